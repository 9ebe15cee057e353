"""An identity adjective and a role noun name the people as one group unit, read by the
analysis (`analysis/group_nouns.py`) from a table of nouns rather than a lexicon phrase for
every adjective: English "Pakistani taxi drivers", Spanish "los taxistas paquistaníes". Our own
sentences: hits over the long role list, and must-pass neighbours (praise, a writer's own
people, counter-speech, reporting, negation, things that are not people, a state's offices)."""

import pytest

from moderation.policy.adjective_nouns import en_nouns, es_nouns
from moderation.policy.analysis import analyse
from moderation.policy.lexicon import load

from .expect import assert_category_action

FLAGGED = [
    ("Honduran roofers are filthy animals.", "en"),
    ("Black electricians are too stupid to wire a house.", "en"),
    ("Haitian cashiers are thieves, every one of them.", "en"),
    ("Guatemalan gardeners are subhuman vermin.", "en"),
    ("Nigerian accountants are scammers, all of them.", "en"),
    ("Jewish bankers are parasites.", "en"),
    ("Muslim plumbers should be deported.", "en"),
    ("Gay hairdressers are disgusting perverts.", "en"),
    ("Filipino caregivers are dirty and stupid.", "en"),
    ("Cuban mechanics are lazy thieves.", "en"),
    ("Los taxistas paquistaníes son violadores.", "es"),
    ("Los albañiles hondureños son unos ladrones.", "es"),
    ("Los meseros chinos son unas ratas.", "es"),
    ("Las enfermeras musulmanas son terroristas.", "es"),
    ("Los jardineros guatemaltecos son unas bestias.", "es"),
    ("Los maestros gays son depredadores.", "es"),
]

APPROVED = [
    ("My Pakistani landlord fixed the heater in an hour.", "en"),
    ("Our Indian engineers shipped the release early.", "en"),
    ("Salvadoran teenagers won the science fair.", "en"),
    ("Indian engineers are not frauds.", "en"),
    ('Saying "Pakistani taxi drivers are rapists" is racist garbage.', "en"),
    ("People who say Mexican contractors are thieves are bigots.", "en"),
    ("He called Dominican barbers drug dealers and got banned.", "en"),
    ("Mexican food is great.", "en"),
    ("We ate at a Jewish deli.", "en"),
    ("Black History Month starts tomorrow.", "en"),
    ("Some criminals are Venezuelan.", "en"),
    ("Haitian roofers fixed half the street after the storm.", "en"),
    ("Los taxistas paquistaníes me llevaron al aeropuerto, muy amables.", "es"),
    ("Decir que los albañiles hondureños son ladrones es puro racismo.", "es"),
    ("Los meseros chinos del centro atienden rapidísimo.", "es"),
    ("El papa argentino visitó México.", "es"),
    ("La cura china para la tos no sirve.", "es"),
    ("Los policías mexicanos son corruptos.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), FLAGGED)
def test_identity_adjective_and_role_is_held(text: str, lang: str) -> None:
    assert_category_action(text, "flag", "hate", lang=lang)


@pytest.mark.parametrize(("text", "lang"), APPROVED)
def test_role_neighbours_pass(text: str, lang: str) -> None:
    assert_category_action(text, "approve", "hate", lang=lang)


@pytest.mark.parametrize(
    ("text", "lang", "unit"),
    [
        ("Pakistani taxi drivers are rapists.", "en", "pakistani taxi drivers"),
        ("Black principals spoke.", "en", "black principals"),
        ("Puerto Rican shop owners agree.", "en", "puerto rican shop owners"),
        ("Los taxistas paquistaníes llegaron.", "es", "taxistas paquistanies"),
        ("Los maestros gay llegaron.", "es", "maestros gay"),
    ],
)
def test_adjective_and_noun_are_one_group_unit(text: str, lang: str, unit: str) -> None:
    found = [u for u in analyse(text, lang).units if u.text == unit]
    assert found and found[0].code == "G", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Brown drivers were stopped.", "en"),  # a colour other than black and white
        ("Mexican cops took bribes.", "en"),  # a state's office after a nationality
        ("Catholic priests met.", "en"),  # clergy after a religion
        ("Los policías mexicanos llegaron.", "es"),
        ("Un taxista hondureños", "es"),  # number disagrees
        ("Un alcalde chino.", "es"),  # one person
    ],
)
def test_nouns_not_read_with_the_adjective(text: str, lang: str) -> None:
    units = analyse(text, lang).units
    assert not any(" " in u.text and u.code == "G" for u in units[:3]), [u.text for u in units]


def test_roles_are_no_lexicon_phrases() -> None:
    """The long list costs no phrase for each adjective (the memory a phrase each took)."""
    lex = load()
    assert lex.lookup(("pakistani", "taxi", "drivers")) is None
    assert lex.lookup(("haitian", "nurses")) is None
    assert len(en_nouns()) > 200 and len(es_nouns()) > 100
