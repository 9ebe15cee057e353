"""Crime words of the libel lexicon in their everyday sense, and harms foreseen, accuse no one.
"Traffic" in a road's compound nouns ("the bridge traffic cam") is not trafficking; "pays her
kitchen staff" pays wages, not a bribe to her; "is going to get somebody killed" warns about a
decision's outcome. The same words as deeds of a named person are still held. Hand-written,
English and Spanish; rules only."""

import pytest

from tests.policy.expect import category_action

CASES = [
    # (text, lang, expected): "flag" is hold or reject (libel only holds)
    # "traffic" on the road ...
    ("Penistone Road traffic cam footage was funnier than the whole show.", "en", "approve"),
    ("Commissioner Ruiz says the Elm Street traffic lights get fixed next month.", "en", "approve"),
    (
        "Mayor Treviño and the bridge traffic jams are the only things that never change.",
        "en",
        "approve",
    ),
    ("Judge Alvarez runs traffic court like a fiefdom, but she is fair.", "en", "approve"),
    # ... not trafficking by someone named
    ("Tony Vidal and his cousins traffic guns across the river.", "en", "flag"),
    ("Mayor Ruiz lets the Zetas traffic people through the bridge lanes.", "en", "flag"),
    ("Councilman Pete Ochoa traffics kids for the cartel.", "en", "flag"),
    # "pays her" with "her" a possessive ...
    (
        "Lorraine Becerra pays her kitchen staff $18 an hour, more than anyone on Front Street.",
        "en",
        "approve",
    ),
    ("Rita Salas pays her rent late every month, like the rest of us.", "en", "approve"),
    ("Dana Whitfield pays her interns, which is more than the paper does.", "en", "approve"),
    # ... not the payee of a bribe
    ("Councilman Reyes pays her to keep quiet about the contract.", "en", "flag"),
    ("Councilman Reyes pays her off every month.", "en", "flag"),
    # a harm foreseen as a decision's outcome ...
    (
        "Sandhill Memorial cutting labor and delivery is going to get somebody killed.",
        "en",
        "approve",
    ),
    ("Commissioner Ruiz's new road design is gonna get a kid killed.", "en", "approve"),
    ("Closing the clinic on Mayor Pratt's watch will get people killed.", "en", "approve"),
    # ... not a harm done
    ("Commissioner Ruiz got somebody killed with that road and he knows it.", "en", "flag"),
    ("Sheriff Dunn killed a man in 2019 and got away with it.", "en", "flag"),
    # the Spanish clitic killing: a thing that killed, or a person who did
    ("A mi hermano Rubén Ortiz un infarto lo mató el año pasado.", "es", "approve"),
    ("El alcalde Ruiz lo mató y todos lo saben.", "es", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_libel_everyday_words(text: str, lang: str, expected: str) -> None:
    action = category_action(text, "libel", lang, blog_model=False)
    assert (action != "approve") == (expected == "flag"), action
