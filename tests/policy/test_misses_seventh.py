"""Hateful shapes the rules missed, seventh round, with the harmless neighbours that must still
pass: a group's lives said not to count, a group set apart from "us", a group equated with an
evil by a sign, "the chosen people" said to control, and the writer's harm to any member of a
group who does something harmless. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    ("Black lives don't count.", "en", "hate", "flag"),
    ("Immigrant lives will never matter to me.", "en", "hate", "flag"),
    ("Las vidas de los indígenas no cuentan.", "es", "hate", "flag"),
    ("La vida de un gitano no vale nada.", "es", "hate", "flag"),
    ("Black lives matter.", "en", "hate", "approve"),
    ("Women don't count calories anymore.", "en", "hate", "approve"),
    ("Los votos de los migrantes no cuentan en esta elección.", "es", "hate", "approve"),
    # A group set apart from "us" as the whole claim.
    ("Esa gente no es como nosotros.", "es", "hate", "flag"),
    ("Those people are not like us.", "en", "hate", "flag"),
    ("Los musulmanes nunca serán como nosotros.", "es", "hate", "flag"),
    ("Those people are not like us, they work twice as hard.", "en", "hate", "approve"),
    ("Mis vecinos no son como nosotros, ellos madrugan más.", "es", "hate", "approve"),
    # A group equated with an evil by a sign.
    ("Indígenas = atraso.", "es", "hate", "flag"),
    ("Migrantes = delincuencia.", "es", "hate", "flag"),
    ("Immigrants = crime.", "en", "hate", "flag"),
    ("Indígenas = 15% de la población.", "es", "hate", "approve"),
    ("Immigrants = 14% of the workforce.", "en", "hate", "approve"),
    # "The chosen people" said to control (held: no Jewish word is named).
    ("El pueblo elegido controla los bancos.", "es", "hate", "flag"),
    ("El pueblo elegido maneja la prensa y el gobierno.", "es", "hate", "flag"),
    ("The chosen people run the media.", "en", "hate", "flag"),
    ("Israel se llama el pueblo elegido en la Biblia.", "es", "hate", "approve"),
    ("The tribe controls the casino and the water rights.", "en", "hate", "approve"),
    # The writer's harm to any member of a group picked out by a harmless act.
    ("I'll kill any of the Mexicans who comes near me.", "en", "hate", "flag"),
    ("Mataré a cualquiera de esos gitanos que se acerque a mi casa.", "es", "hate", "flag"),
    ("I'll kill any of the men who attack my family.", "en", "hate", "approve"),
    ("I'll protect any of the Muslims who come to this mosque.", "en", "hate", "approve"),
    ("Mataré a cualquiera que entre a robar a mi casa.", "es", "hate", "approve"),
    ("I would never hurt any of the immigrants who come to our church.", "en", "hate", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_misses_seventh(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
