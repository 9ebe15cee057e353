"""Harmless comments the hate rules used to hold or reject, with the near misses that must
still be caught: a speech verb after the words with someone else as its subject, a group's
feeling about a government, a statement of what the law says, a prediction the writer
makes conditional on how we treat the group, and an accented Spanish word near a slur.
Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # A verb of saying after the words, with a third person as subject: a report.
    ("Odio a todos los judíos, gritó el detenido según la crónica.", "es", "hate", "approve"),
    ("No quiero a ningún gitano en mi calle, dijo el concejal en el pleno.", "es", "hate",
     "approve"),
    ("Muslims are vermin, said the man the police arrested on Friday.", "en", "hate",
     "approve"),
    ("Gays are disgusting, according to the pastor's old sermon.", "en", "hate", "approve"),
    # ... but the writer's own words, or the writer agreeing, are still hate.
    ("Odio a todos los judíos, dije yo, y lo repito.", "es", "hate", "flag"),
    ("Muslims are vermin, and I mean it.", "en", "hate", "flag"),
    ("Muslims are vermin.", "en", "hate", "flag"),
    # A group's feeling about a government or a power is no insult of the group.
    ("Los cubanos están resentidos con el régimen, y con razón.", "es", "hate", "approve"),
    ("Los nicaragüenses están hartos y resentidos contra la dictadura.", "es", "hate",
     "approve"),
    ("Los cubanos están resentidos con el régimen.", "es", "troll", "approve"),
    # ... but the feeling word said of the group itself still is.
    ("Los cubanos son unos resentidos.", "es", "hate", "flag"),
    # A statement of what the law says.
    ("Los migrantes no tienen derechos en ese estado, es la ley y hay que cambiarla.", "es",
     "hate", "approve"),
    ("Under that law, refugees have no rights to appeal.", "en", "hate", "approve"),
    # ... but the same words as the writer's claim, or a wish, are still hate.
    ("Los migrantes no tienen derechos.", "es", "hate", "flag"),
    ("Los gays no tienen derechos y no deberían tenerlos.", "es", "hate", "flag"),
    # A prediction made conditional on how we treat the group blames the treatment.
    ("Refugees will never integrate if we keep them locked in camps.", "en", "hate",
     "approve"),
    ("Los migrantes nunca se van a integrar si los seguimos encerrando en centros.", "es",
     "hate", "approve"),
    # ... but a condition that blames the group (letting them in), or none, is still hate.
    ("Refugees will never integrate if we let them in.", "en", "hate", "flag"),
    ("Refugees will never integrate.", "en", "hate", "flag"),
    # A shop noun written with its accent is not a slur one letter away.
    ("La extorsión a cada tortillería del barrio sigue igual.", "es", "hate", "approve"),
    # ... but the slur itself, with or without its accent, is still one.
    ("Eres un maricón.", "es", "hate", "flag"),
    ("Eres un maricon.", "es", "hate", "flag"),
    ("Eres una tortillera asquerosa.", "es", "hate", "flag"),
    # An opinion verb whose clause has a subject of its own: the group is not what is judged.
    ("Me parece que los dos partidos usan a los migrantes para asustar.", "es", "hate",
     "approve"),
    ("Whatever pundits think of the vote, Latinos turned out in record numbers.", "en", "hate",
     "approve"),
    # ... but the group as the subject of the opinion is still hate.
    ("Me parece que los migrantes son una plaga.", "es", "hate", "flag"),
    ("I think that Mexicans are lazy.", "en", "hate", "flag"),
    # A group word quoted after a verb or noun of using words is mentioned, not used: its use
    # is judged. Quoted as the subject of a plural verb it is still said of the people.
    ('"Illegals" in the headline is lazy writing.', "en", "hate", "approve"),
    ('Using "illegals" in every headline is lazy.', "en", "hate", "approve"),
    ('Calling them "illegals" in every story is lazy.', "en", "hate", "approve"),
    ('Escribir "ilegales" en cada titular es flojo.', "es", "hate", "approve"),
    ('"Ilegales" en un titular es periodismo flojo.', "es", "hate", "approve"),
    ('"Illegals" are lazy.', "en", "hate", "flag"),
    ('Los "ilegales" son flojos.', "es", "hate", "flag"),
    # A group's "place" as others want it ("they want", "quieren"), told as a complaint about
    # exclusion; the writer's own wish or the group's place stated outright is still hate.
    ("Quieren al latino en la cancha y en la cocina, pero no en el cabildo.", "es", "hate",
     "approve"),
    ("Quieren a los mexicanos en el campo y en la cocina, pero no en el ayuntamiento.", "es",
     "hate", "approve"),
    ("A las mujeres las quieren en la cocina, pero no en el congreso.", "es", "hate",
     "approve"),
    ("They want women in the kitchen, not in the Senate.", "en", "hate", "approve"),
    ("They want Latinos on the field and in the kitchen, but not on the council.", "en",
     "hate", "approve"),
    ("Queremos al latino en la cocina, no en el cabildo.", "es", "hate", "flag"),
    ("Las mujeres deberían estar en la cocina, no en el cabildo.", "es", "hate", "flag"),
    ("We want women in the kitchen, not in the Senate.", "en", "hate", "flag"),
    ("Latinos belong in the kitchen, not on the council.", "en", "hate", "flag"),
    # "afirma que", "sostiene que", "alega que", "insists/asserts/alleges that": someone
    # else's claim, as "dice que" and "says that" are.
    ("La columna que afirma que los musulmanes son terroristas es una vergüenza.", "es", "hate",
     "approve"),
    ("Ese pastor sostiene que los gays son enfermos; qué tristeza.", "es", "hate", "approve"),
    ("La demanda alega que los judíos controlan el banco, algo absurdo.", "es", "hate",
     "approve"),
    ("The op-ed insists that immigrants are vermin, which is disgusting.", "en", "hate",
     "approve"),
    ("The flyer asserts that Jews control the banks. Shameful.", "en", "hate", "approve"),
    # ... but the writer's own "afirmo", or agreeing with the one who says it, is still hate.
    ("Yo afirmo que los musulmanes son terroristas.", "es", "hate", "flag"),
    ("Mi tío afirma que los migrantes son una plaga y tiene toda la razón.", "es", "hate",
     "flag"),
    ("I assert that Jews control the banks.", "en", "hate", "flag"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_hate_frames(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
