"""English verdicts on a group without a verb (`rules/hate_en_fragments.py`): a fault noun as a
sentence of its own after the group, groups called one breed, a pest simile opening the next
sentence, pest emoji as the predicate, a slogan that bans a group, and an order that sends a
group away with words the phrasal verbs lack; with the near misses that must pass (the same
words about councils, cartels, teams and real pests, the group as victim, the speaker's own
group, praise, negation, quotations and reports). All examples are our own."""

import pytest

from tests.policy.expect import assert_rules_approve, rule_action

_RULE = "hate.en_fragment"

HITS = [
    # a fault noun as its own sentence
    "The women on that street just keep having babies. Parasites.",
    "Somalis took over the whole block. Criminals, every last one of them.",
    "Hondurans at every corner downtown. Thieves, all of them.",
    # groups called one breed
    "Gypsies, Mexicans, same thieving breed.",
    "Haitians, Somalis, same filthy lot.",
    # a pest simile opening the next sentence
    "Guatemalans everywhere at the day labor lot. Like ants on sugar.",
    "Afghans all over the east side now. Just like rats.",
    # pest emoji as the predicate
    "Haitians 🐀🐀",
    "Somalis = 🦠",
    "Mexicans are 🪳",
    # slogans that ban a group
    "No more Muslims.",
    "No more Haitians in this county.",
    "No dogs, no blacks, no Mexicans.",
    "No mosques in my town. Period.",
    # an order that sends a group away
    "Haitians brought nothing here but crime and diseases. Send them somewhere else.",
    "Keep the Mexicans in the fields and out of the voting booth.",
]

NEAR_MISSES = [
    # the same words about non-protected targets
    "The council raised taxes again. Parasites, all of them.",
    "The cartel bosses got off again. Animals, all of them.",
    "Politicians, same thieving breed.",
    "Freeloaders, all of them. The council members who voted themselves a raise.",
    "Send the cartel bosses south, to the federal prison.",
    "The Dodgers and the Giants, same old rivalry.",
    # real pests and animals
    "Rats in the warehouse again. Like roaches, they never leave.",
    "Our kitchen is full of ants. Like ants on sugar, every summer.",
    "Keep the dogs in the yard and out of the garden.",
    "Send the kids somewhere else for the weekend.",
    # the group as victim, the speaker's own group, praise
    "Mexicans were attacked outside the bar last night. Animals.",
    "We Haitians work hard. Criminals? No.",
    "Women fought for the vote. Heroes, all of them.",
    "Immigrants built this town. Legends, every last one of them.",
    "Mexicans and Cubans, same great food.",
    "The Haitians at the shelter need beds. Send them somewhere else, somewhere warm.",
    "My Muslim neighbours moved. Send them my best wishes.",
    # emoji that are no predicate
    "Haitians love pets 🐍",
    "Took the Haitians to the petting zoo 🐷",
    "Mexicans 🐐🐐 best team",
    "Muslims celebrating Eid at the park today 🐑",
    "People keep calling Haitians 🐀 online. Disgusting.",
    # slogans that ban no group, or are quoted to condemn them
    "No more Muslims being harassed at airports, please.",
    "No more Mexican food for me this week.",
    "No mosque was damaged in the storm.",
    "Someone spray-painted 'no more Muslims' on the mosque. Disgusting.",
    "The sign at the rally said 'No dogs, no Mexicans'. Vile.",
    "Someone yelled 'send them back where they came from' at the Haitians. Disgusting.",
    "The refugees arrived yesterday. Parasites, someone shouted at them. Shameful.",
    # history, not a verdict
    "Jews were persecuted for centuries. Pogroms, expulsions, camps.",
]


@pytest.mark.parametrize("text", HITS)
def test_held(text):
    assert rule_action(text, "en", _RULE) == "hold", text


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_pass(text):
    assert_rules_approve(text, "en", _RULE)
