"""Harmless comments the rules used to hold or reject, third round, with the violating near
misses that must still be caught: a slur named as what someone else was called, a new clause
about the writer's own family after a group is named. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # A slur reported as what someone else called a person is reported speech, not use.
    ("Dyke is what the boys at school called my sister for years.", "en", "hate", "approve"),
    ("Kike is what the kids on my block called my grandfather.", "en", "hate", "approve"),
    ("A mi hermano le decían sudaca en el instituto.", "es", "hate", "approve"),
    (
        "Spic, beaner, illegal. My dad has been called all of it at the plant.",
        "en",
        "hate",
        "approve",
    ),
    ("A mi tía le decían marimacha en el pueblo y nunca lo olvidó.", "es", "hate", "approve"),
    ("Sudaca es lo que le gritaban a mi padre en Madrid.", "es", "hate", "approve"),
    # ... but a slur aimed at someone, or the writer's own name-calling, still rejects.
    ("Shut up, you dyke.", "en", "hate", "reject"),
    ("Spic is what you are and always will be.", "en", "hate", "reject"),
    ("Sudaca es lo que eres.", "es", "hate", "reject"),
    ("Eres un sudaca de mierda.", "es", "hate", "reject"),
    ("Spic, beaner, whatever. That is what I call them.", "en", "hate", "reject"),
    # After a group is named, a comma and "our kids" / "mis padres" start a new subject.
    ("My brother married a Muslim woman, our parents are delighted.", "en", "hate", "approve"),
    (
        "My brother married a Jewish girl, our parents are confused but supportive.",
        "en",
        "hate",
        "approve",
    ),
    ("Mi hija se casó con un musulmán, mis suegros están confundidos.", "es", "hate", "approve"),
    ("Muslims are vermin, our country is infested.", "en", "hate", "flag"),
    ("Jews, their kids are vermin too.", "en", "hate", "flag"),
    ("Los judíos son unas ratas, mis vecinos lo saben.", "es", "hate", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_third(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)


CASES_HOLDS = [
    # (text, lang, category, expected)
    # A crude word rating a thing, a cheer, an idiom or the verb to complain names no one.
    ("¡Qué cabrón está el tráfico en el periférico!", "es", "troll", "approve"),
    ("Qué culero estuvo el granizo anoche, se llevó las macetas.", "es", "troll", "approve"),
    ("¡Arriba Monterrey cabrones! Gran nota, por cierto.", "es", "troll", "approve"),
    ("Qué cabrón está tu compadre, no sabe ni leer.", "es", "troll", "flag"),
    ("Qué culero eres.", "es", "troll", "flag"),
    ("Bitch of a commute this morning, but the bridge is finally open.", "en", "troll", "approve"),
    ("Bitch all you want about the toll road, it cut my drive in half.", "en", "troll", "approve"),
    ("You are a bitch of a person.", "en", "troll", "flag"),
    ("What a bitch of a woman you are.", "en", "troll", "flag"),
    # An opinion with the writer as experiencer, or "que parece", is about a thing.
    ("Me parece hipócrita cómo el ayuntamiento cobra el agua dos veces.", "es", "troll", "approve"),
    ("Sé que parece inútil, pero firmar la petición sí ayuda.", "es", "troll", "approve"),
    ("Tú me pareces un hipócrita.", "es", "troll", "flag"),
    ("Este tipo me parece hipócrita.", "es", "troll", "flag"),
    ("Eres un inútil.", "es", "troll", "flag"),
    # An infinitive clause as subject: the act is judged, not a person.
    ("Burlarse de un niño enfermo en redes es repugnante.", "es", "troll", "approve"),
    ("Gritarle a una mesera por un café frío es asqueroso.", "es", "troll", "approve"),
    ("Leer tus comentarios es asqueroso.", "es", "troll", "flag"),
    ("Hablar contigo es inútil, eres un idiota.", "es", "troll", "flag"),
    # A Spanish infinitive with its pronoun is not split into an English swear word.
    ("Sin agua otra vez. Carajo, ni para bañarse.", "es", "profanity", "approve"),
    (
        "Cock fighting is still legal in two parishes and it is plain cruelty.",
        "en",
        "profanity",
        "approve",
    ),
    ("Suck my cock.", "en", "profanity", "flag"),
    # Shaming someone for hateful words the comment condemns is counter-speech.
    ("That slur is disgusting and you should be ashamed of posting it.", "en", "troll", "approve"),
    ("Ese comentario es racista y debería darte vergüenza.", "es", "troll", "approve"),
    ("You should be ashamed of your stupid article.", "en", "troll", "flag"),
    ("Debería darte vergüenza, idiota.", "es", "troll", "flag"),
    # Advice to a crowd the writer belongs to is no jeer; said to one person it is.
    ("Honestly some of us need to put the phone down and touch grass.", "en", "troll", "approve"),
    ("I need to touch grass after reading this whole thread.", "en", "troll", "approve"),
    ("Touch grass, all of you.", "en", "troll", "flag"),
    ("@Pete you need to touch grass.", "en", "troll", "flag"),
    # "The data does not show that X ..." refutes the claim it names.
    ("Los informes no dicen que las personas refugiadas sean un peligro.", "es", "hate", "approve"),
    (
        "Ningún estudio muestra que las personas refugiadas cometan más delitos.",
        "es",
        "hate",
        "approve",
    ),
    ("The census does not show that immigrant people commit more crime.", "en", "hate", "approve"),
    ("No creo que los gitanos sean personas.", "es", "hate", "flag"),
    ("I don't think that gay people are human.", "en", "hate", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES_HOLDS)
def test_overblock_third_holds(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
