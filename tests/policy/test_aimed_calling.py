"""A slur after a verb of calling is reported speech only when someone else calls someone
else. When the writer calls, orders the calling, calls the reader, names a person "what they
call a X", or agrees with the name, the slur is used. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, expected)
    # The writer is the caller.
    ("I call him a faggot and I always will.", "en", "flag"),
    ("I'd call her a dyke to her face.", "en", "flag"),
    ("We call them wetbacks around here.", "en", "flag"),
    ("Yo le llamo maricón porque lo es.", "es", "flag"),
    ("Yo a ese le digo sudaca.", "es", "flag"),
    ("Le llamo maricón y punto.", "es", "flag"),
    # An order to call someone it.
    ("Call him a faggot.", "en", "flag"),
    ("Just call them spics, that's what they are.", "en", "flag"),
    ("Call her what she is, a dyke.", "en", "flag"),
    ("Llámenle maricón.", "es", "flag"),
    ("Dile sudaca a ver qué hace.", "es", "flag"),
    # The reader is the one called.
    ("They called you a faggot because you are one.", "en", "flag"),
    ("Everyone at work calls you a dyke.", "en", "flag"),
    ("Te dicen maricón en todo el barrio.", "es", "flag"),
    # A person, now, is "what they call a X".
    ("He's what they call a faggot.", "en", "flag"),
    ("You are what people call a wetback.", "en", "flag"),
    ("Eres lo que llaman un sudaca.", "es", "flag"),
    # The writer agrees with someone else's name-calling.
    ("Kids called him a faggot and they were right.", "en", "flag"),
    ("The guys at the shop called him a spic. They weren't wrong.", "en", "flag"),
    ("A mi vecino le decían maricón y tenían razón.", "es", "flag"),
    ("Le dicen sudaca porque lo es.", "es", "flag"),
    # Near misses that must pass: someone else called someone else (a report).
    ("They called my uncle a spic at the plant.", "en", "approve"),
    ("Kids called him a faggot and they were wrong.", "en", "approve"),
    ("They called my dad a wetback because he was Mexican.", "en", "approve"),
    ("They called my cousin a dyke right in front of her teachers.", "en", "approve"),
    ("My grandpa was what they called a wetback back then.", "en", "approve"),
    ("A mi abuelo le decían sudaca en la fábrica.", "es", "approve"),
    # a group noun before an adjective slur, still the name someone else called
    ("Nos dijeron indios patarrajadas en la escuela y todavía me duele.", "es", "approve"),
    ("Les dijeron indios patarrajadas a los niños del albergue. Qué vergüenza.", "es", "approve"),
    ("Les dije indios patarrajadas y qué.", "es", "flag"),
    ("A mi tío le gritaban maricón y nunca respondió.", "es", "approve"),
    # ... the writer is the one named (reclaimed or reported), or the calling is refused.
    ("They call me a dyke because I am one, and I'm proud.", "en", "approve"),
    ("I call myself a dyke these days.", "en", "approve"),
    ("Don't call him a faggot, it's cruel.", "en", "approve"),
    ("I would never call anyone a faggot.", "en", "approve"),
    ("Stop calling him a faggot.", "en", "approve"),
    ("If anyone calls you a faggot here, report it.", "en", "approve"),
    ("Did they call you a faggot? That's disgusting.", "en", "approve"),
    ("Me llamaban sudaca en el colegio.", "es", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_aimed_calling(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "hate", lang)
