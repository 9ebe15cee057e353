"""Known wrong verdicts of the rules, fixed by their shape, with the near misses on either side.
A treatment refused ("Stop treating X like rats", "Basta de tratar a los X como ratas") is
counter-speech, unless the writer's own claim follows it after a comma. A group given a place of
work or home and kept from office ("I want X in the fields, not on the council", "las X en la
cocina, no en el congreso") is exclusion when the writer wants or orders it; a role on the
council, a group put on it, or others' wish told, is not. A crowd hailed with one swear word
after Spanish "ya" ("already") is a cheer: "ya" is no "you", and a comment with no stop word
takes the language of the terms it writes ("Ganamos, cabrones!"). A group said to be lesser in a
good quality ("Las X son menos capaces que ...") is held as its English "less capable" is; "no
son menos capaces" is a double negation and passes. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # A treatment refused, told to the reader or to everyone, defends the group ...
    ("Stop treating migrants like rats.", "en", "hate", "approve"),
    ("Quit treating refugees like animals, they are families.", "en", "hate", "approve"),
    ("We need to stop treating Muslims like vermin in this town.", "en", "hate", "approve"),
    ("Stop treating women like objects.", "en", "hate", "approve"),
    ("Dejen de tratar a los migrantes como ratas.", "es", "hate", "approve"),
    ("Basta de tratar a los gitanos como animales.", "es", "hate", "approve"),
    ("Ya basta de tratar a los migrantes como criminales.", "es", "hate", "approve"),
    # ... the treatment ordered, or the writer's claim after the refused one, is hate.
    ("Treat migrants like rats.", "en", "hate", "flag"),
    ("Just treat migrants like rats.", "en", "hate", "flag"),
    ("Stop treating migrants like humans, they are rats.", "en", "hate", "flag"),
    ("Don't treat migrants like people, they are rats.", "en", "hate", "flag"),
    ("Traten a los migrantes como ratas.", "es", "hate", "flag"),
    ("Dejen de tratar a los gitanos como personas, son animales.", "es", "hate", "flag"),
    # A group given its place and kept from office or public life ...
    ("I want Mexicans in the fields, not on the council.", "en", "hate", "flag"),
    ("Keep the Somalis in the warehouse, not on the school board.", "en", "hate", "flag"),
    ("Put the Black folks in the back, not on the bench.", "en", "hate", "flag"),
    ("I'd rather have Mexicans in the fields than on the council.", "en", "hate", "flag"),
    ("Quiero a los mexicanos en el campo, no en el cabildo.", "es", "hate", "flag"),
    ("Los indígenas deberían estar en el campo y no en el gobierno.", "es", "hate", "flag"),
    ("Pongan a los gitanos en el mercado, no en el ayuntamiento.", "es", "hate", "flag"),
    ("Hay que mantener a los mexicanos en el campo, no en el cabildo.", "es", "hate", "flag"),
    # ... but a role on the council, a group put on it, or the gap told, is not.
    ("I want more farmworkers on the council, not just growers.", "en", "hate", "approve"),
    ("I want Mexicans on the council, not just in the fields.", "en", "hate", "approve"),
    ("I want Latinos on the council, not in the fields.", "en", "hate", "approve"),
    ("We need Mexicans in the fields and on the council.", "en", "hate", "approve"),
    (
        "Mexicans work in the fields, not on the council, and that is the problem.",
        "en",
        "hate",
        "approve",
    ),
    ("Saying 'Mexicans in the fields, not on the council' is racist.", "en", "hate", "approve"),
    ("This woman belongs in a cell, not on the bench.", "en", "hate", "approve"),
    ("The growers keep Mexicans in the fields, not on the council.", "en", "hate", "approve"),
    ("Quieren a los mexicanos en el campo, no en el cabildo.", "es", "hate", "approve"),
    ("Esta jueza debería estar en la cárcel, no en el tribunal.", "es", "hate", "approve"),
    ("Quiero más jornaleros en el cabildo, no solo productores.", "es", "hate", "approve"),
    ("Quiero a las mujeres en el cabildo, no solo en la cocina.", "es", "hate", "approve"),
    (
        "Los mexicanos trabajan en el campo, no en el cabildo, y eso hay que cambiarlo.",
        "es",
        "hate",
        "approve",
    ),
    ("Decir 'los mexicanos en el campo, no en el cabildo' es racismo.", "es", "hate", "approve"),
    # A crowd hailed with one swear word: Spanish "ya" is "already", no "you" ...
    ("¡Ya es viernes, cabrones!", "es", "troll", "approve"),
    ("Ya es quincena, cabrones!", "es", "troll", "approve"),
    ("¡Ganamos, cabrones!", "es", "troll", "approve"),
    ("Ganamos, cabrones!", None, "troll", "approve"),
    ("Sure, Jan. Ya subieron otra vez el predial.", "es", "troll", "approve"),
    # ... a swear word aimed at a person, a command, or an English "ya" still is.
    ("Ya eres un cabrón.", "es", "troll", "flag"),
    ("Ya cállense, cabrones.", "es", "troll", "flag"),
    ("Ustedes ya son unos cabrones.", "es", "troll", "flag"),
    ("Cállense, cabrones.", None, "troll", "flag"),
    ("Fuck off, idiot.", None, "troll", "flag"),
    ("Sure, Jan, ya know better.", "en", "troll", "flag"),
    ("Sure, Jan. Ya te dije que no.", "es", "troll", "flag"),
    # A group lesser than others in a good quality ...
    ("Las mujeres son menos capaces que los hombres.", "es", "hate", "flag"),
    ("Los gitanos son menos inteligentes que los demás.", "es", "hate", "flag"),
    ("Las mujeres son mucho menos aptas que los hombres para mandar.", "es", "hate", "flag"),
    ("Las mujeres son inferiores a los hombres.", "es", "hate", "flag"),
    ("Women are less capable than men.", "en", "hate", "flag"),
    # ... denied, condemned or reported, or a lesser share of something, is not.
    ("Las mujeres no son menos capaces que los hombres.", "es", "hate", "approve"),
    ("Los gitanos no son menos inteligentes que nadie.", "es", "hate", "approve"),
    ("Decir que las mujeres son menos capaces es machismo.", "es", "hate", "approve"),
    ("Mi abuelo decía que las mujeres eran menos capaces, qué tontería.", "es", "hate", "approve"),
    ("Las mujeres cobran menos que los hombres por el mismo trabajo.", "es", "hate", "approve"),
    ("Las mujeres están menos representadas en el congreso.", "es", "hate", "approve"),
    ("Women are not less capable than men.", "en", "hate", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_refused_placed_ranked(text: str, lang: str | None, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
