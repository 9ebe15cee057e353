"""Coded hate rows for shapes the engine missed in training comments (`coded.tsv` rows
`that_culture`, `how_they_are_there`, `all_charged.g`, `them_out`, `them_out.g`,
`arrival_spoiled`, `remembered_before`, `ruin_because`, `women_unfit`, `disabled_unfit`,
`keep_their_side`, `two_things`, `fewer_them`): "that culture" let in, a fault put down to how
"they" are down there, a crime or vermin charge on every member, "them" sent off, a place
spoiled by who came, women and disabled people held unfit for a post, a people kept on their
side of a line, summed up as two things, or fewer of them welcomed. All hold, never reject.

The near misses that must pass: the same words about an office, a custom told fondly, animals,
weather, traffic or a closed plant, quotation and counter-speech, claims called false, women
and disabled people in office told plainly, and a dog kept behind a fence. All examples are our
own."""

import pytest

from tests.policy.expect import assert_category_action, rule_action

HITS = [
    # that culture let in, fed or carried along; a fault put down to how they are down there
    "The south end is a war zone now. That's what happens when you let that culture in.",
    "Pour all the grant money you want into those blocks, that culture comes with them.",
    "Stop throwing money at that culture, nothing changes.",
    "Shootings at every wedding and nobody calls the cops. That's just how they are down there.",
    # a crime or vermin charge on every member of a named people
    "Every Haitian is a criminal waiting for a chance.",
    "The Somalis got here last spring. Smugglers, every last one of them.",
    # them sent off
    "Cut their benefits and send them back where they came from.",
    "They should all be rounded up before the election.",
    "Migrants keep coming. Round them all up.",
    # a place spoiled by who came, or ruined by who lives there
    "The fair was nice until the bus from the reservation showed up.",
    "The park used to be quiet until half of Juarez showed up on Sundays.",
    'Remember when this block was safe? Before "they" showed up.',
    "The old downtown is a slum because of the people who live there now.",
    # women and disabled people held unfit for a post
    "Women got the vote and it has been downhill ever since.",
    "The department should go back to hiring men, period.",
    "A woman as police chief is a publicity stunt.",
    "Women on the school board sounds nice until they start crying over the budget.",
    "Female firefighters are a liability in a real blaze.",
    "Someone in a wheelchair is not fit to hold office.",
    "Put the deaf guy off the jury, he slows everything down.",
    # kept on their side of a line, summed up as two things, fewer of them welcomed
    "Mariachi at the school assembly? Keep that on the reservation.",
    "Their food is fine as long as they stay on their side of the tracks.",
    "Guatemala exports two things: coffee and gang members.",
    "Shut the crossing for a month. Fewer of them coming over.",
    "One less anchor baby, nobody cries.",
]

PASSES = [
    # the same words about an office's habits, weather, traffic, a plant, a fence
    "Our office used to reward burnout, and we finally let that culture go.",
    "The library was quiet until the school bus showed up with forty third graders.",
    "Remember when this town was quiet? Before they built the interstate bypass.",
    "Remember when this block was safe? Before the county cut the streetlight budget.",
    "The fair was nice until the rain showed up at four.",
    "The mill town is dying because the plant closed and the jobs left.",
    "Keep your dog on your side of the fence, please.",
    "Mexico exports two things I love: avocados and telenovelas.",
    "Monarch butterflies were late this year, and fewer of them came through the valley.",
    "The boots were two sizes too small so I sent them back.",
    # women and disabled people in office, told plainly
    "Women got the vote in 1920 after decades of organising.",
    "A woman as police chief is long overdue in this county.",
    "Women on the school board pushed the literacy program through, and scores went up.",
    "Female firefighters passed the same tests as everyone else, the chief said.",
    "Disabled voters shouldn't have to wait two hours at a polling place with no ramp.",
    "Kids with Down syndrome were on homecoming court this year and the whole school cheered.",
    "Imagine having a woman in charge who actually answers her email!",
    "The women in office cried at the flood memorial, and so did half the town.",
    # quotation, counter-speech, claims called false, negation
    '"Women got the vote and look how it\'s been going since" is the kind of line my uncle '
    "says, and it's sexist garbage.",
    "It's false that every Haitian is a criminal; the sheriff's own data shows otherwise.",
    "Not every Haitian is a criminal, and the sheriff's own numbers prove it.",
    'The chant "they\'re all criminals" at the rally was vile and the organisers should apologise.',
    'Saying "send them back where they came from" to a kid born in El Paso is racist.',
    'Nobody should say "one less anchor baby" about a child who drowned. That is monstrous.',
]

# Near misses the blog model may hold on its own: the coded rows leave them alone.
PASSES_RULES = [
    # a custom told fondly
    "Tamales every Christmas Eve with the whole family. That's just how they are down there, "
    "and I love it.",
    "They hug every guest at the door and feed you three times. That's just how they are down "
    "there.",
    "The sheep got through the gate again, so we had to round them all up.",
    "The cartel bosses who ordered the massacre? Animals, every last one of them.",
]


@pytest.mark.parametrize("text", HITS)
def test_hate_shapes_hold(text):
    assert_category_action(text, "hold", "hate", "en")


@pytest.mark.parametrize("text", PASSES)
def test_near_misses_pass(text):
    assert_category_action(text, "approve", "hate", "en")


@pytest.mark.parametrize("text", PASSES_RULES)
def test_near_misses_left_by_the_coded_rows(text):
    assert rule_action(text, "en", "hate.coded") is None
