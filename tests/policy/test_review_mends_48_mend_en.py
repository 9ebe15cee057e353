"""The forty-eighth review's mends of the English veiled-hate rows: a place's tag "wonder why"
needs a decline and no named cause, "guess which" answered with nothing harmful is no code, a
decline word that is denied or mere noise follows no one "from down south", a quoted word that
names a thing or a gym crowd is no place, and "those people" in a stand-in row is the party or
office named before it. Our own sentences."""

from __future__ import annotations

import pytest

from .expect import assert_category_action, assert_rules_pass_all

# Must-pass rows that the rules approve but the blog model still holds as hate: asked of the
# rules alone (the model's call is not these rows' to mend)
MODEL_HELD = {
    "Property values near the new highway interchange are tanking. Wonder why.",
    "Break-ins in my part of town dropped after the block watch started. Wonder why.",
    "Realtors know what you'll find on the other side of the tracks: cheaper lots and bigger "
    "yards.",
    "Everybody knows what goes on on the other side of the tracks: the best tacos in the county.",
    "The plant hired folks from down south and the police never had any trouble, they were great.",
}

PASS = [
    # place_know_why: no decline, or a named cause
    "Home values in our neighborhood keep rising. Wonder why.",
    "Crime in my zip code went up after the bus route changes. Wonder why.",
    "Property values near the new highway interchange are tanking. Wonder why.",
    "Crime in our neighborhood is down since the new streetlights. Wonder why.",
    "Break-ins in my part of town dropped after the block watch started. Wonder why.",
    # geo_guess / that_side_know: the question answered with nothing harmful
    "Guess which neighborhoods get the cops first? The wealthy ones, of course.",
    "I guess which neighborhoods get the cops first depends on the precinct.",
    "Everybody knows what goes on on that side of town: the farmers market every Saturday.",
    "Realtors know what you'll find on the other side of the tracks: cheaper lots and bigger "
    "yards.",
    "Everybody knows what goes on on the other side of the tracks: the best tacos in the county.",
    # from_down_south: a denied decline, or police and noise
    "The plant hired folks from down south and the police never had any trouble, they were great.",
    "Workers from across the border come shop here every weekend and the traffic is loud.",
    "The folks from across the river never brought any crime, just good food.",
    # quoted_decline / quoted_euphemism: a quoted word about a thing, or weak with no decline
    'The park was nicer before it got "urban" landscaping, all concrete now.',
    '"Vibrant" is one word for it: the new Senate map is a mess.',
    'That "new crowd" at the gym is so loud.',
    'The "colorful" part of town has the best murals.',
    'The "colorful" mural district gets busier every year.',
    # stand-in rows: "those people" is the office or the voters named
    "Trump voters? You can't reason with those people.",
    "Congress? Those people are just not like us.",
    "Senators? You can't reason with those people.",
]

HIT = [
    "Property values on Ridgeline about to tank. You know why.",
    "Same zip code, same story, every single weekend. Wonder why.",
    "Crime was down until they came. Do the math.",
    "Everybody knows what goes on on that side of town.",
    "Everybody knows what goes on on that side of town: drugs and gangs.",
    "You know exactly which part of town the looters will be from.",
    "Take a guess which neighborhoods the calls come from.",
    "Guess which apartments the trash comes from.",
    "The plant started hiring from down south and there were cars on the lawns.",
    "Families from down south moved in and the break-ins started within a year.",
    "The east side got real 'diverse' the last few years, so lock your car.",
    'Realtor warned us about the "colorful" part of town. Lock your cars.',
    "The 'new crowd' on Elm Street sure made the place louder and dirtier.",
    '"Urban" neighborhoods always have the most crime, we all know it.',
    "'Culturally enriched' is one word for it.",
    '"Vibrant" is one word for it: the whole neighborhood went downhill.',
    "Immigrants? You can't reason with those people.",
    "Mexicans are just not like us.",
]


@pytest.mark.parametrize("text", PASS)
def test_the_rules_alone_approve_the_near_misses(text: str) -> None:
    assert_rules_pass_all(text, "en")


@pytest.mark.parametrize("text", [t for t in PASS if t not in MODEL_HELD])
def test_near_misses_pass(text: str) -> None:
    assert_category_action(text, "approve", "hate", "en")


@pytest.mark.parametrize("text", HIT)
def test_veiled_hate_still_held(text: str) -> None:
    assert_category_action(text, "flag", "hate", "en")
