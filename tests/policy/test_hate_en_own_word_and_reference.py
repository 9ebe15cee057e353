"""English hate the writer vouches for as their own word ("not gonna lie, X are ...", "I've
always said X are ...") and hate that refers back to the group a sentence later ("I know all
about X. They are ...", "... I despise every single one.", "Their very presence makes me
sick."). The near misses must pass: a report frame after the writer's word ("Not gonna lie,
people who say X are Y disgust me"), another's saying, the writer's word for something kind,
and a group's presence or existence told as what others did to it. All examples are our own."""

import pytest

from tests.policy.expect import assert_category_action

HITS_EN = [
    # the writer's own word: a view long held, an honest admission
    "I have always said that Muslims are vermin.",
    "As I've always said, Muslims are vermin.",
    "I keep saying Muslims are vermin.",
    "I've always said women are worthless.",
    "Not gonna lie, Muslims are vermin.",
    "I won't lie, gay people make me sick.",
    "I'm not going to lie, women are disgusting.",
    "Not going to lie, disabled people are a waste of space.",
    # the group as the topic one knows or has read about, then "they"
    "I know all about Muslims. They are worthless.",
    "I have read about women. They are worthless.",
    # "every single one" with "of them" left unsaid
    "My town is full of women. I despise every single one.",
    "Immigrants moved into my street. I hate every last one.",
    # their presence or existence standing for the people
    "Trans people live near me. Their very existence disgusts me.",
    "I've met a lot of Muslims and their presence makes me sick.",
]

PASSES_EN = [
    # a report frame after the writer's word: the claim stays someone else's
    "Not gonna lie, people who say Muslims are vermin disgust me.",
    "I agree, people who say Muslims are vermin disgust me.",
    "The truth is, people who say Muslims are vermin disgust me.",
    # the writer's word for a denial or something kind
    "I've always said that it's wrong to call Muslims vermin.",
    "I keep saying that Muslims are not vermin.",
    "I won't lie, I used to think gay people were sick, and I was wrong.",
    "I have always said that women are the backbone of this town.",
    "I'll say it again: trans people are not a threat to anyone.",
    "Not gonna lie, I love my Muslim neighbours.",
    # someone else's saying
    "He has always said Muslims are vermin, and he is wrong.",
    "My uncle always said Muslims are vermin. I stopped visiting him.",
    # the topic, then something kind or what others do to them
    "I know all about immigrants. They work harder than anyone I know.",
    "My town is full of women. I love every single one.",
    "Muslims have lived here for centuries. Their presence is part of our history.",
    "Trans people are hunted in some countries. Their very existence is treated as a crime.",
    "Gay people were persecuted. Their existence was criminalised.",
    "Immigrants arrive daily. Their presence threatens nobody.",
    "Refugees fled the war. Their lives are ruined.",
]


@pytest.mark.parametrize("text", HITS_EN)
def test_flagged_en(text):
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize("text", PASSES_EN)
def test_passes_en(text):
    assert_category_action(text, "approve", "hate", "en")
