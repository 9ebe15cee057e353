"""English coded hate left to the reader (rows of `lexicons/coded.tsv`, twenty-eighth session):
"we all know which religion", "what do you expect when you let that crowd in", "it's always
the same kind of people", "follow the money" ending on the same families, "look at who owns the
networks", the "pattern" the reader is told to see, "not racist to notice", "connect the dots"
beside a group, "you know the ones"; a denied clause restated ("They aren't refugees, they're
an occupying army"); and the fixes: a concession about officials, a writer of the group mocking
the coded words, a people's hint not read as libel. Near misses: the same words about
officials, teams, volunteers or a building, praise, and counter-speech. Hand-written."""

import pytest

from tests.policy.expect import assert_category_action, rules_flagging

CASES = [
    # (text, expected)
    # "We all know which ..." left to the reader ...
    ("When something blows up, we all know which religion we'll hear about.", "flag"),
    (
        "The crime calls come from the same blocks, and we all know which ethnicity lives there.",
        "flag",
    ),
    # ... but an answer given, or an office, is not.
    ("We all know who runs this county: the water district board.", "approve"),
    ("We all know which teams will make the playoffs this year.", "approve"),
    # What you get when you let them in ...
    ("Of course the car show got rowdy, what do you expect when you let that crowd in.", "flag"),
    ("That's what happens when you let them take over a town.", "flag"),
    # ... but a rookie, a council or a budget is not.
    ("What do you expect when you let a rookie pitch in the ninth?", "approve"),
    ("That's what happens when you let the council run the budget without oversight.", "approve"),
    # Always the same kind of people ...
    ("Why is it always the same tribe on the boards of the banks and the studios?", "flag"),
    # ... but the same volunteers or the same names on a ballot are not.
    ("It's always the same people at the bake sale, bless them.", "approve"),
    ("It's always the same people at the council meeting complaining about parking.", "approve"),
    ("The ballot has the same names every year, always the same names.", "approve"),
    # Money and ownership as the hint ...
    ("Follow the money and you'll find the same globalist bankers as always.", "flag"),
    ("Look at who owns the networks telling you to feel sorry for the caravans.", "flag"),
    # ... but a stadium deal, a landlord LLC or a quoted line is not.
    (
        "Follow the money on the stadium deal, the developer donated to every council member.",
        "approve",
    ),
    ("Look up who owns your building, it's probably an LLC in Delaware.", "approve"),
    ('"Look at who owns the networks" is an old antisemitic line, and you know it.', "approve"),
    # The pattern, the dots, the notice ...
    ("Bigger mosque, bigger breeding ground. Connect the dots.", "flag"),
    # ... but the dots about a tax break, or a pattern of potholes, are not.
    ("More bike lanes on Fifth, fewer crashes on Fifth. Connect the dots.", "approve"),
    (
        "Three water main breaks on Elm this month. Anyone else see a pattern in the repairs?",
        "approve",
    ),
    # "You know the ones" after a people ...
    ('Phoenix did not look like that before the "newcomers" came. You know the ones.', "flag"),
    ('Wonder which "community" the looters belonged to.', "flag"),
    # ... but after a bakery praised, or a question answered kindly, it is not.
    ("The Mexican bakeries on Fifth, you know the ones, have the best conchas.", "approve"),
    ("The taco trucks on Fifth, you know the ones, have the best al pastor.", "approve"),
    (
        "Guess which community showed up to clean the river? The Vietnamese one, as always.",
        "approve",
    ),
    # A denied clause restated as an affirmative ...
    ("They aren't refugees, they're an occupying army.", "flag"),
    ("This isn't migration anymore, it's an infestation.", "flag"),
    # ... but a denial restated as a defence is not.
    ("Immigrants are not vermin, they are people.", "approve"),
    ("It's not an infestation, it's a few families looking for work.", "approve"),
    ("They aren't invaders, they're our neighbours.", "approve"),
    ("Migrants aren't an infestation; they are families.", "approve"),
    ("They are not animals, they're not vermin, they are human beings.", "approve"),
    # The concession about a people ...
    ("Not all of them, sure. But enough of those refugees steal that I lock the shed.", "flag"),
    ("Not saying all of them are in gangs but have you ever met one whose cousin isn't?", "flag"),
    # ... but about officials or police it is no hate.
    ("Not all of them, but enough of the commissioners took the money.", "approve"),
    (
        "Not all of them, obviously. But enough of the deputies on that shift ignored the calls.",
        "approve",
    ),
    # A writer of the group mocking the coded words ...
    (
        "As a lesbian I can confirm the gay agenda this week is: get married and adopt a cat.",
        "approve",
    ),
    ("I'm gay and the gay agenda is mostly brunch.", "approve"),
    (
        "As a gay man from Midland I want to thank the county for the licenses. Jokes aside, "
        "I remember when I couldn't hold a guy's hand at the Whataburger.",
        "approve",
    ),
    # ... while the words used against the group still hold.
    ("The gay agenda is coming for our kids.", "flag"),
    # A hint at a people, with no person named, is hate (not libel).
    ("Hire Americans. Actual Americans. You know what I mean.", "flag"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_insinuated_hate(text: str, expected: str) -> None:
    assert_category_action(text, expected, "hate", "en")


# Left to the reader with no group named at all: the rows that read these shapes (`who_owns_look`,
# `ask_who_funds`, `pattern_seen`, `racist_notice`, `same_kind`, `we_all_know`) count only
# beside a named group (".g"), since without one they held harmless sentences about donors,
# road crews, the Border Patrol and zoning hearings. A reading that tells these apart is next work.
NEED_A_GROUP = [
    "Ask yourself who funds the NGOs busing them north.",
    "I grab my keys when a group of them walks by. I call it pattern recognition.",
]
# A place's decline laid at "their" arrival is read with no group named (hate.everyday's
# arrival shape, test_hate_en_proxies.py).
NOW_READ = [
    "It isn't racist to notice the neighborhoods go downhill once they move in.",
    # who lives past a road or the tracks, left to the reader (coded.tsv geo_guess)
    "Buy north of the highway if you want value. We all know who lives south of it.",
]
# ("Always the same kind of people in the police reports." is read again with no group named:
# crime talk beside "the same kind of people", test_hate_en_hedged_and_arrival.py.)


@pytest.mark.xfail(strict=True, reason="needs a named group since the merge (see NEED_A_GROUP)")
@pytest.mark.parametrize("text", NEED_A_GROUP)
def test_insinuated_hate_without_a_group(text: str) -> None:
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize("text", NOW_READ)
def test_arrival_blamed_without_a_group(text: str) -> None:
    assert_category_action(text, "flag", "hate", "en")


# The same words about donors, road crews, networks and developers, with no people named: the
# merge's probes, each held before the rows above needed a named group.
NO_GROUP_NAMED = [
    "Follow the money: the bankers who wrote the bond deal are the same ones cashing in now.",
    "Look at who owns the networks: five corporations, and they all want the same ad dollars.",
    "Look at the last names on the donor list, half of them are the developer's relatives.",
    "Ask yourself who funds the NGOs running the shelters, the answer is federal grants.",
    "Pattern recognition tells me the road crews only show up in election years.",
    "What do you expect when you let that crowd of developers write the zoning code?",
    "It's not racist to notice that the Border Patrol stops brown drivers more, it's documented.",
    "Guess we know which community shows up when the river floods: all of them, every time.",
    "We all know what kind of people show up to a zoning hearing: retirees and developers.",
    "Guess we know which 'community' the mayor listens to: the golf course crowd.",
]


@pytest.mark.parametrize("text", NO_GROUP_NAMED)
def test_no_group_named_passes(text: str) -> None:
    """The rules' call: the blog model holds five of these (p 0.87-0.99), its own matter."""
    assert rules_flagging(text, "en", ("hate",)) == [], text
