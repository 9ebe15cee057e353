"""English hate carried by the sentence's structure rather than one listed word: a challenge
to find a member worth something or without a fault ("I've never met an X worth talking to",
"... who didn't steal"), a claim put in the group's mouth and denied ("X think they are equal
to us, but they are not"), a "they" after "If you meet an X, ..." or after a group word that
describes people ("these Somali newcomers ... they"), goods denied with a possessive ("do not
deserve our sympathy"), profane contempt for a group's ways or presence, a question typed
without its "?", and a group told to get away from the writer. Near misses
that must pass: the same shapes about officials, things or virtues, negated or answered, a
harm denied ("worth hating"), and counter-speech. All examples are our own."""

import pytest

from tests.policy.expect import assert_category_action

HITS = [
    # a challenge to find a member worth something: "No X is worth ..."
    ("I have never met a Muslim worth talking to.", "en"),
    ("Never met a disabled person worth hiring.", "en"),
    ("I have never met a woman who was any good at her job.", "en"),
    ("You will never meet a black person worth trusting.", "en"),
    ("There has never been a trans person worth listening to.", "en"),
    ("Not one woman has ever been worth listening to.", "en"),
    # a challenge to find a member without a fault done: "X always ..."
    ("I've never met an immigrant who didn't steal.", "en"),
    ("Call me what you like, but I've never met a Somali who didn't lie to me.", "en"),
    # "there's" and scare quotes around the virtue
    ("There's no such thing as a decent Muslim.", "en"),
    ("There's no such thing as a 'peaceful' Muslim, it's in the book.", "en"),
    # a claim put in the group's mouth and denied
    ("Women think they are equal to us, but they are not.", "en"),
    ("Muslims claim they are peaceful, but they are not.", "en"),
    ("Gay people think they are normal, yet they are not.", "en"),
    # a "they" after the reader meets a member, or after a group word that describes people
    ("If you meet a Muslim, remember they are all cheats.", "en"),
    ("If you see a Mexican, they are all thieves.", "en"),
    ("These Somali newcomers at the plant are everywhere now. They are a threat.", "en"),
    ("Nigerian students keep arriving; they are all scammers.", "en"),
    ("The Muslim families on my street moved in last year, and honestly they are filthy.", "en"),
    # goods denied with a possessive
    ("Women do not deserve our sympathy.", "en"),
    ("Immigrants will never deserve our trust.", "en"),
    # profane contempt for a group's ways or its presence
    ("What is it with trans people and their bullshit?", "en"),
    ("I'm so done with refugees and their crap.", "en"),
    ("Who the fuck invited gay people?", "en"),
    ("Why the fuck are women here?", "en"),
    ("Who the hell let these Mexicans in?", "en"),
    # a question typed without its mark
    ("Aren't asylum seekers just vile", "en"),
    ("Don't you think Muslims are lazy", "en"),
    ("What good are Black people", "en"),
    ("Are disabled people even human", "en"),
    # a group told to get or stay away
    ("Get away from me, Pakistanis.", "en"),
    ("Muslims, stay away from me.", "en"),
    ("Get the fuck away from me, Latinos.", "en"),
    # Spanish shapes of the same kind that the engine already reads
    ("Nunca he conocido a un gitano honrado.", "es"),
    ("No existe un musulmán decente.", "es"),
]

MISSES = [
    # the challenge answered, about no group, a harm denied, or a virtue done
    ("I've never met a politician worth trusting.", "en"),
    ("I've never met an immigrant who didn't work hard.", "en"),
    ("I have never met a trans person who wasn't kind.", "en"),
    ("I've never met a Muslim who didn't welcome me into their home.", "en"),
    ("I've never met a Mexican who didn't love their family.", "en"),
    ("I have never met a refugee worth hating.", "en"),
    ("I've never met a Muslim worth fearing.", "en"),
    ("I have never met a woman worth less than a man.", "en"),
    ("Not one woman has ever been worth less than a man.", "en"),
    ("Show me a good Mexican restaurant, I'm starving.", "en"),
    ("Name one decent Jew? Easy: my neighbour.", "en"),
    ("There's no such thing as a 'peaceful' protest, says the sheriff.", "en"),
    # the denied claim is a fault, or the claim is about officials
    ("Bigots think women are weak, but they are not.", "en"),
    ("The ministers think they are competent, but they are not.", "en"),
    # a member met, the pronoun praising, or the people acted on
    ("If you meet a Muslim, remember they are all people like you.", "en"),
    ("I met a Muslim, remember that they are all lovely.", "en"),
    ("The Somali newcomers at the plant are working hard. They are a great addition.", "en"),
    ("The Mexican kids at school were bullied, and they are scared.", "en"),
    # goods owed, or denied to no protected group
    ("Refugees deserve our sympathy.", "en"),
    ("Trans people deserve our respect.", "en"),
    ("Immigrants deserve our support.", "en"),
    ("Criminals don't deserve our sympathy.", "en"),
    ("Muslims don't deserve the hatred they get.", "en"),
    # profanity at others, or a profane question on the group's behalf
    ("I'm sick of racists and their bullshit.", "en"),
    ("The government and their bullshit again.", "en"),
    ("Why the hell are immigrants being blamed for this?", "en"),
    ("Muslims and their wonderful food.", "en"),
    ("The fucking government keeps failing refugees and their families.", "en"),
    # questions without their mark asked in good faith or on the group's behalf
    ("Why do people hate Muslims so much", "en"),
    ("Why are refugees blamed for everything", "en"),
    ("Are women still paid less than men", "en"),
    ("Should immigrants be allowed to vote in local elections", "en"),
    # sent away, but no group
    ("Stay away from me, I have a cold.", "en"),
    ("My kids, stay away from the road.", "en"),
    # counter-speech and reports
    ("Someone told me Jews are the scum of the earth. What a vile thing to say.", "en"),
    ("People who call immigrants parasites are the real problem.", "en"),
    ("Nunca he conocido a un político honrado.", "es"),
    ("Los migrantes merecen nuestra compasión.", "es"),
]


@pytest.mark.parametrize("text,lang", HITS)
def test_shape_is_flagged(text, lang):
    assert_category_action(text, "flag", "hate", lang)


@pytest.mark.parametrize("text,lang", MISSES)
def test_near_miss_is_approved(text, lang):
    assert_category_action(text, "approve", "hate", lang)
