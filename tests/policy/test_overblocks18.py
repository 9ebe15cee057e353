"""Harmless comments the rules held, in shapes of their own (our own sentences), beside a close
violating twin that must still be held:

- "ok boomer" / "touch grass" inside a point the writer goes on to make pass; posted alone or
  beside another dismissal of the person (go back to Facebook, yell at a cloud, "imagine being
  this worked up", an insult, "lol") they stay flame bait (`troll/jab_in_point.py`);
- a mock "Ok Karen" after a spokesperson "told" a station what the comment reports;
- an office-holder called "un vendido" and nothing more: opinion, not libel;
- act nouns listed after a colon as the trades of cartels, and what a court would have to prove;
- "not gonna lie, I ..." admits the writer's own past, not a claim in another sentence;
- violence described ("they kidnap drivers and hang them", "los talibanes, que cuelgan a
  mujeres") or left to a court ("after a fair trial") is no call for it.

The rules alone are asked: the blog model's holds are measured on their own."""

import pytest

from .expect import assert_rules_flag, assert_rules_pass_all, rules_flagging

JABS_WITH_A_POINT = [
    ("ok boomer, the 80s called and they want their tariff plan back", "en"),
    ("Touch grass, then come back and walk us through the water budget", "en"),
    ("@Rudy touch grass my friend, the Astros lost, we'll live", "en"),
    ("touch grass, Marco. it's 108 out, the lawn died in June anyway", "en"),
    ("Y'all need to touch grass, it's a parking meeting.", "en"),
    (
        "Imagine believing the Amish secretly run the county. Touch grass. The Amish I know "
        "can't agree on a bake sale date.",
        "en",
    ),
    ("ok boomer 😂 ya sé que no te gusta la cumbia pero el tema era el agua, cada quien", "es"),
]

JABS_AT_THE_PERSON = [
    ("ok boomer", "en"),
    ("Ok boomer, go yell at a cloud.", "en"),
    ("ok boomer, go back to your Facebook group and leave this to the adults", "en"),
    ("lol ok boomer, the grownups are talking about the tariff plan now", "en"),
    ("Imagine typing four paragraphs about a parade. Touch grass, Kevin.", "en"),
    ("Go touch grass @Rudy, this site is not good for you.", "en"),
    ("Okay Boomer wrote something sensible for once, mark the calendar", "en"),
    ("touch grass, loser", "en"),
    ("Ok boomer, vete a dormir.", "es"),
]


@pytest.mark.parametrize("text,lang", JABS_WITH_A_POINT)
def test_jab_inside_a_point_passes(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize("text,lang", JABS_AT_THE_PERSON)
def test_jab_at_the_person_is_held(text: str, lang: str) -> None:
    assert_rules_flag(text, lang, "troll")


def test_ok_karen_after_a_spokesperson_told_a_station() -> None:
    assert_rules_pass_all(
        "Water district spokesperson Karen Ochoa told KRGV the boil notice was 'routine.' "
        "Ok Karen.",
        "en",
    )
    assert_rules_flag("My cousin told KRGV the fence was his. Ok Karen.", "en", "troll")


SELLOUT_OPINION = [
    "El alcalde es un vendido, punto.",
    "La gobernadora es una vendida.",
    "El regidor de Nava es un vendido y punto.",
]
SELLOUT_CHARGED = [
    "El autor es un vendido, punto.",
    "El alcalde es un vendido, le pagan los de la constructora.",
    "El alcalde es un vendido al cartel.",
]


@pytest.mark.parametrize("text", SELLOUT_OPINION)
def test_office_holder_called_sellout_passes(text: str) -> None:
    assert_rules_pass_all(text, "es")


@pytest.mark.parametrize("text", SELLOUT_CHARGED)
def test_sellout_with_a_payer_or_of_the_author_is_held(text: str) -> None:
    assert_rules_flag(text, "es", "libel")


FRAMED_ACTS = [
    "The cartels here work like franchises now: extortion, fuel theft and human smuggling.",
    "Proving the sheriff knew it was a kickback is much harder than proving the money moved.",
]
CHARGED_ACTS = [
    "Mayor Ruiz is no saint: bribes, kickbacks, fraud.",
    "Proving it is easy: the sheriff took bribes from the towing company.",
]


@pytest.mark.parametrize("text", FRAMED_ACTS)
def test_acts_framed_off_any_person_pass(text: str) -> None:
    assert_rules_pass_all(text, "en")


@pytest.mark.parametrize("text", CHARGED_ACTS)
def test_acts_charged_to_a_person_are_held(text: str) -> None:
    assert_rules_flag(text, "en", "libel")


def test_admission_of_own_past_does_not_endorse_the_next_sentence() -> None:
    assert_rules_pass_all(
        "Not gonna lie, I was against the new temple at first. I grew up being told that "
        "Hindus wanted to take over, all of it. Then I met the families. I was wrong, and I "
        "am embarrassed at what I used to believe.",
        "en",
    )
    assert_rules_flag("Not gonna lie, Hindus want to take over this town.", "en", "hate")


DESCRIBED_NOT_CALLED = [
    ("The gangs are a plague. They kidnap drivers and hang them from overpasses.", "en"),
    ("Lock them up or hang them, after a fair trial. That's what courts are for.", "en"),
    ("Otros aplauden a los talibanes, que cuelgan a mujeres en las plazas.", "es"),
]
CALLED = [
    ("They kidnap drivers. Round them up and hang them from the overpass.", "en"),
    ("They vote wrong and hang them all, I say.", "en"),
    ("Esos migrantes del puente, que los cuelguen a todos.", "es"),
    ("A los migrantes, que mueran todos en el río.", "es"),
]


@pytest.mark.parametrize("text,lang", DESCRIBED_NOT_CALLED)
def test_violence_described_or_left_to_a_court_passes(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize("text,lang", CALLED)
def test_violence_called_for_is_still_flagged(text: str, lang: str) -> None:
    assert rules_flagging(text, lang, ("troll", "hate")), text
