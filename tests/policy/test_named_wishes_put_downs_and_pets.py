"""Readings added for named misses, each with its near misses and harmless neighbours: death
wished on a group in Spanish; a question opened by "acaso" or "a poco" without its "?"; a
person's place or success put down to a group; a Spanish bigotry label fended off in advance;
an insult said of a pet, and an animal of greed said of an office-holder. Hand-written, English
and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # Death wished on a group in the writer's voice, as English "I wish death on X".
    ("Les deseo la muerte a todos los inmigrantes", "es", "hate", "reject"),
    ("Deseo la muerte a los inmigrantes", "es", "hate", "reject"),
    ("Les deseamos la muerte a los judíos", "es", "hate", "reject"),
    ("I wish death on all immigrants", "en", "hate", "reject"),
    # ... not a wish denied, no group, a wish about a penalty, or someone else's wish reported.
    ("No le deseo la muerte a nadie", "es", "hate", "approve"),
    ("Deseo que se acabe la pena de muerte", "es", "hate", "approve"),
    (
        "No les deseo la muerte a los inmigrantes, solo que respeten las leyes",
        "es",
        "hate",
        "approve",
    ),
    (
        "Hay gente que les desea la muerte a los inmigrantes y eso es horrible",
        "es",
        "hate",
        "approve",
    ),
    ("Le deseo la muerte a mi impresora", "es", "hate", "approve"),
    ("I don't wish death on anyone", "en", "hate", "approve"),
    # "Acaso" and "a poco" ask by themselves: the negation in them expects a yes.
    ("Acaso los musulmanes no son lo peor", "es", "hate", "reject"),
    ("A poco los gitanos no son unos ladrones", "es", "hate", "reject"),
    ("Y acaso los judíos no son unos parásitos", "es", "hate", "reject"),
    ("Aren't Muslims just the worst", "en", "hate", "reject"),
    # ... the same question of praise expects a yes too; a plain denial states one.
    ("Acaso los inmigrantes no son trabajadores", "es", "hate", "approve"),
    ("Acaso los musulmanes no son personas como nosotros", "es", "hate", "approve"),
    ("No son todos los musulmanes iguales", "es", "hate", "approve"),
    ("Los musulmanes no son lo peor", "es", "hate", "approve"),
    ("Por si acaso, los musulmanes no son lo peor", "es", "hate", "approve"),
    ("Acaso no es lo peor este calor", "es", "hate", "approve"),
    # A person's place or success put down to a protected group alone.
    ("You're only here because you're a woman", "en", "hate", "hold"),
    ("You only got the job because you're Mexican", "en", "hate", "hold"),
    ("He was only hired because he is gay", "en", "hate", "hold"),
    ("Solo estás aquí porque eres mujer", "es", "hate", "hold"),
    ("Solo te dieron el trabajo porque eres mexicano", "es", "hate", "hold"),
    ("Solo la contrataron porque es indígena", "es", "hate", "hold"),
    # ... not a reason that names no group, the writer's own place, a denial, a question.
    ("You're only here because you care about this town", "en", "hate", "approve"),
    ("She only got the job because she was the best candidate", "en", "hate", "approve"),
    ("I'm only here because I'm a nurse", "en", "hate", "approve"),
    ("I'm only here because I'm a woman, the panel needed one", "en", "hate", "approve"),
    ("You're not only here because you're a woman, you earned it", "en", "hate", "approve"),
    ("Are you only here because you're a woman?", "en", "hate", "approve"),
    ("Solo estás aquí porque te importa este pueblo", "es", "hate", "approve"),
    ("Solo le dieron el trabajo porque era la mejor candidata", "es", "hate", "approve"),
    ("Solo estoy aquí porque soy enfermera", "es", "hate", "approve"),
    # A Spanish bigotry label fended off in advance condemns nothing.
    ("Me van a llamar racista, pero los hondureños son flojos", "es", "hate", "reject"),
    ("Dirán que soy racista, pero los hondureños son flojos", "es", "hate", "reject"),
    ("Me llamarán xenófobo, pero los guatemaltecos son ladrones", "es", "hate", "reject"),
    ("Que me llamen racista si quieren, los hondureños son flojos", "es", "hate", "reject"),
    ("Call me racist, but Hondurans are lazy", "en", "hate", "reject"),
    # ... the label pinned on the line, or fended off beside praise, still passes.
    ("Decir que los hondureños son flojos es racismo", "es", "hate", "approve"),
    ("Es racista decir que los hondureños son flojos", "es", "hate", "approve"),
    ("Me van a llamar racista, pero los hondureños son muy trabajadores", "es", "hate", "approve"),
    ("Los hondureños son flojos, dice mi vecino. Qué racista.", "es", "hate", "approve"),
    # An insult said of a pet judges the animal.
    ("Ese perro es un cerdo con la comida", "es", "troll", "approve"),
    ("Mi gata es una rata, se come todo", "es", "troll", "approve"),
    ("My dog is such a pig about food", "en", "troll", "approve"),
    # ... but the reader in the sentence, or one person pointed at, is called it.
    ("Tu perro es un cerdo y tú también", "es", "troll", "flag"),
    ("Ese tipo es una rata", "es", "troll", "flag"),
    ("That guy is a rat", "en", "troll", "flag"),
    # An animal of greed said of an office-holder is harsh opinion in both languages.
    ("Ese político es una rata", "es", "troll", "approve"),
    ("That politician is a rat", "en", "troll", "approve"),
    ("El alcalde es un cerdo", "es", "troll", "approve"),
    # ... not a commenter called it, nor a swear word.
    ("Ese comentarista es una rata", "es", "troll", "flag"),
    ("Eres una rata", "es", "troll", "flag"),
    ("You're a rat", "en", "troll", "flag"),
    ("El diputado es un hijo de puta.", "es", "troll", "flag"),
]


@pytest.mark.parametrize("text,lang,category,expected", CASES)
def test_named_reading(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
