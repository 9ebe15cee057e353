"""Mends of enhate15's English shapes (hate.en_no_surprise, hate.coded rows): each near miss
the review found, with its flagged neighbours.

The shrug ("Of course ...", "... Shocker.") holds only a people named as the doer of the
misdeed: praise, a people acting on the misdeed ("caught the thief", "exposed the fraud",
"stayed through the riots") and speech against profiling ("driving while brown", "planted the
drugs", "white kids get a warning for the same thing") pass. The rule reads a comment sentence
by sentence over capped stretches: a 5,000-character comment with no full stop is screened as
fast as its words allow, and a sneer ties to nothing thousands of characters away.

The coded rows: a drive "through the mosque parking lot" is an errand, visitors "with bats" at
a ball game are a team, volunteers of a synagogue paying a visit are its own people, a garden
wall left to nature is gardening, "if they miss their family they can go home any time they
like" is goodwill, and shared last names with nepotism or kin named is a family."""

import itertools

import pytest

from moderation.policy import screen
from moderation.policy.types import Submission
from tests.policy.expect import assert_rules_pass_all, rules_flagging

HITS = [
    # a people as the doer of the misdeed, with a shrug
    ("Of course the Jewish lawyer was caught stealing from his clients.", "hate.en_no_surprise"),
    ("Of course the Somali shopkeeper got caught with stolen phones.", "hate.en_no_surprise"),
    ("Naturally the Haitian guy was caught stealing copper.", "hate.en_no_surprise"),
    (
        "Of course the Mexican guy got arrested, he's a criminal like the rest.",
        "hate.en_no_surprise",
    ),
    ("Of course the car thief was Honduran.", "hate.en_no_surprise"),
    ("Three Haitians arrested for the copper theft. Shocker.", "hate.en_no_surprise"),
    # a drive through a group's place or march, bats at its door
    ("Someone should drive through the mosque on Fifth.", "hate.coded"),
    ("Somebody should drive a truck into the pride parade.", "hate.coded"),
    ("The drag story hour is Saturday, somebody should drive through it.", "hate.coded"),
    ("Expect some visitors with bats at the mosque Saturday.", "hate.coded"),
    ("Someone should pay a visit to the mosque and remind them whose town this is.", "hate.coded"),
    ("The Muslims on Oak Street need someone to remind them whose town this is.", "hate.coded"),
    # death left to nature at a border; a people sent home for a custom or a complaint
    ("Build the border wall and let nature sort it out.", "hate.coded"),
    ("Build the wall taller and let the heat take care of the rest.", "hate.coded"),
    ("Put up the wall and let the desert take care of them.", "hate.coded"),
    ("If they want to speak Spanish they can go back to Mexico.", "hate.coded"),
    ("If they complain about the cold, they can go back to Somalia.", "hate.coded"),
    # shared last names with no kin named
    (
        "The board members all have the same last names, think about who runs this town.",
        "hate.coded",
    ),
]

PASSES = [
    # praise, a people acting on the misdeed, speech against profiling
    "Of course the Jewish lawyer exposed the fraud, she's brilliant.",
    "Naturally the Haitian nurses stayed through the riots to help everyone.",
    "Of course the Somali shopkeeper caught the thief, she's sharp as a tack.",
    "Of course the Mexican guy got arrested, he was driving while brown.",
    "Of course the Mexican was arrested — by a cop who later admitted he planted the drugs.",
    "Of course the black kid got arrested, white kids get a warning for the same thing.",
    "Of course the Mexican neighbors chased off the burglars, they look out for the whole block.",
    "Of course the Somali cab drivers are the ones who returned the lost wallet to the thief's "
    "victim.",
    # errands, a ball game, a congregation's own visit
    "Someone should drive through the mosque parking lot and check if the lot is plowed.",
    "Somebody should drive into the synagogue lot and help the elderly with groceries.",
    "Expect some visitors with bats at the Little League game Saturday.",
    "The synagogue volunteers pay a visit to the shelter to remind people what kind of town "
    "this is: a kind one.",
    # a garden, goodwill, nepotism
    "The wall around our garden is falling apart, I'll let nature sort it out.",
    "If they miss their family, they can go home to Mexico any time they like, it's a free "
    "country.",
    "If they want better jobs, they can move back to their own country and build it up, good "
    "for them.",
    "The board members all have the same last names, it's nepotism by the mayor's family.",
]


@pytest.mark.parametrize(("text", "rule"), HITS)
def test_neighbours_still_flagged(text, rule):
    assert rule in rules_flagging(text, "en", ("hate",)), text


@pytest.mark.parametrize("text", PASSES)
def test_near_misses_pass(text):
    assert_rules_pass_all(text, "en")


def _town_talk(size: int) -> str:
    """A varied comment about the town's business, with no full stop, of about `size`
    characters: no clause repeats."""
    subjects = ["the council", "the mayor", "the school board", "the parks office"]
    subjects += ["the water board", "the county", "the library", "the bus line"]
    verbs = ["delayed", "reviewed", "postponed", "discussed", "approved", "questioned"]
    objects = ["the road plan", "the budget", "the snow routes", "the trash pickup"]
    objects += ["the bridge repairs", "the zoning map", "the sidewalk fund"]
    days = ["on monday", "on tuesday", "on wednesday", "on thursday", "on friday"]
    clauses = []
    for combo in itertools.product(days, objects, verbs, subjects):
        day, obj, verb, subj = combo
        clauses.append(f"{subj} {verb} {obj} {day}")
        if sum(len(c) + 6 for c in clauses) >= size:
            break
    return ", and ".join(clauses)


# 5,000 characters with no sentence mark: the shrug ties only to the words near it. Screened
# in well under a second (each sneer reads a capped stretch); the verdict is what is checked.
LONG_PASSES = [
    "Typical, " + _town_talk(5000) + ", and the Mexican guy got arrested",
    "The Mexican guy got arrested, and " + _town_talk(5000) + ", go figure",
]
LONG_HITS = [
    "Typical, the Mexican guy got arrested, and " + _town_talk(5000),
    _town_talk(5000) + ", and the Mexican guy got arrested, go figure",
]


@pytest.mark.parametrize("text", LONG_PASSES)
def test_long_comment_with_no_full_stop_ties_no_far_sneer(text):
    assert len(text) >= 5000 and "." not in text
    assert_rules_pass_all(text, "en")


@pytest.mark.parametrize("text", LONG_HITS)
def test_long_comment_with_no_full_stop_holds_a_near_sneer(text):
    assert len(text) >= 5000 and "." not in text
    assert "hate.en_no_surprise" in rules_flagging(text, "en", ("hate",))


def _listed_rant(size: int) -> str:
    """A 5,000-character list of peoples and misdeeds with no full stop and no shrug at its
    ends: on one long sentence the old nested patterns backtracked for seconds."""
    people = ["Mexican", "Somali", "Haitian", "Guatemalan", "Honduran", "Cuban"]
    news = ["fraud", "theft", "welfare", "gangs", "drugs", "bribes", "riots"]
    places = ["on elm", "on oak", "downtown", "uptown", "by the river", "near the school"]
    clauses = []
    for place, item, who in itertools.product(places, news, people):
        clauses.append(f"{who} {item} {place}")
        if sum(len(c) + 2 for c in clauses) >= size:
            break
    return "I am not even shocked anymore, " + ", ".join(clauses)


def test_long_list_with_no_full_stop_and_no_shrug_is_no_shrug():
    text = _listed_rant(5000)
    assert len(text) >= 5000 and "." not in text
    assert "hate.en_no_surprise" not in rules_flagging(text, "en", ("hate",))


def test_long_repeated_shrug_is_held():
    text = "typical " + "mexican , arrested , " * 250
    verdict = screen(Submission(text=text, lang="en"), blog_model=False)
    assert verdict.action == "hold"
