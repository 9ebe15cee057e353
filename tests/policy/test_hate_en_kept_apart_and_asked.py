"""English hate in shapes the rules nearly read (enhate14): a group barred from a role or a say
in polite words, sent to a separate class or bus, granted a menial use and refused the one that
matters; a grievance or clannish loyalty called a group's habit; a question that asks what a
group ever gave "besides" a harm, or dares the reader to find a member without a fault; and
two tropes of sex and sexuality (children "turned gay", women "asking for it"). Every hit
holds. The near misses say the same of people who are no protected group, meet a need the
group has, praise, deny, report or condemn the line."""

import pytest

from tests.policy.expect import assert_rules_pass_all, rules_flagging

HITS = [
    # a polite bar on a role or a say (hate.en_shut)
    ("Gay men shouldn't coach youth sports.", "hate.en_shut"),
    ("Jews shouldn't run newspapers.", "hate.en_shut"),
    ("Haitians shouldn't get a say on the new water plan.", "hate.en_shut"),
    ("Deaf people are so slow and shouldn't sit on juries.", "hate.en_shut"),
    # kept apart
    ("The Somali kids at Lincoln need their own building.", "hate.en_shut"),
    ("Those Haitian students should be put in a separate class.", "hate.en_shut"),
    ("The autistic kids get all the attention. Put them in a separate school.", "hate.en_shut"),
    # a menial use granted, the one that matters refused
    ("I'd trust a Haitian with my yard work but never with my kids.", "hate.en_shut"),
    (
        "Korean doctors are fine for checkups, but when it's surgery I want an American surgeon.",
        "hate.en_shut",
    ),
    (
        "A Black pilot is fine for short hops, but on a long flight I want a real captain.",
        "hate.en_shut",
    ),
    # a grievance or a clan called a habit (hate.en_habit)
    ("They always pull the race card the minute they get caught.", "hate.en_habit"),
    ("Your people always cover for each other.", "hate.en_habit"),
    ("Mexicans will always side with their own kind.", "hate.en_habit"),
    ("Forever the victims with you people.", "hate.en_habit"),
    # asked for none (hate.reread)
    ("What have Somalis ever contributed to this town except crime?", "hate.reread"),
    ("What did the Haitians ever bring here but trouble?", "hate.reread"),
    ("Is there even one Somali who isn't a thief?", "hate.reread"),
    ("Has anyone ever met a Gypsy who didn't steal?", "hate.reread"),
    # tropes of sex and sexuality (hate.coded)
    ("Drag queens are turning our kids trans.", "hate.coded"),
    ("That cartoon is making little boys gay.", "hate.coded"),
    ("Any girl who walks home alone at night is asking for trouble.", "hate.coded"),
    ("A woman who dresses like that deserves what she gets.", "hate.coded"),
]

PASSES = [
    # no protected group, or a condition that narrows it
    "Politicians shouldn't coach youth sports.",
    "Felons shouldn't get a say on parole rules.",
    "Immigrants who commit crimes shouldn't get a say on parole rules.",
    "The kids at Lincoln need their own building, the old one is falling apart.",
    "Interns are fine for checkups, but I want a real surgeon.",
    "I'd trust a mechanic with my car but never with my taxes.",
    "Politicians always play the victim card.",
    "The cops always cover for each other.",
    "The senator will always side with his own donors.",
    "What have the Romans ever done for us besides roads?",
    "How many senators have ever held a real job?",
    "Drivers who text are asking for trouble.",
    "The coach turned our kids into champions.",
    # a need met, praise, a fair answer
    "Deaf kids need their own school with signing teachers.",
    "Muslim students need a separate room to pray.",
    "Gay couples should have their own section at the parade, it was a blast.",
    "Filipino nurses are fine for the night shift, but we need more of them on days too.",
    "What have immigrants ever given this town besides its best restaurants?",
    "What have Mexicans ever given us besides tacos and music? A lot, actually.",
    "Has anyone ever met a Mexican who didn't love his mother?",
    "How many Haitians have ever been given a fair hearing?",
    "Women who run marathons deserve a medal.",
    # denied, reported, condemned
    "Muslims shouldn't be barred from coaching youth sports.",
    "Nobody is saying gay men shouldn't coach youth sports.",
    "Saying Jews shouldn't run newspapers is antisemitic.",
    "They don't always play the race card, you know.",
    "Critics say they always play the race card, which is a racist trope.",
    "It's a lie that Muslims always stick together no matter what.",
    "Books don't turn kids gay.",
    "The myth that gay teachers turn kids gay is bigotry.",
    "Saying women who wear short skirts are asking for it is victim blaming.",
    "No woman who walks home alone is asking for it.",
]


@pytest.mark.parametrize(("text", "rule"), HITS)
def test_kept_apart_and_asked_held(text, rule):
    assert rule in rules_flagging(text, "en", ("hate",)), text


@pytest.mark.parametrize("text", PASSES)
def test_kept_apart_and_asked_near_misses_pass(text):
    assert_rules_pass_all(text, "en")
