"""English hate with no insult word: a group demeaned by low expectations, ridicule of a member
in charge, a likeness to beasts or things, shame or pity at its company, a lowly place, a fault
put in its nature (`hate.en_belittled` and the implicit-derogation rows of `hate_terms.tsv`);
worth, respect or a place denied by a negated good ("I will never treat a X as my equal",
"X have no right to be happy"); rhetorical questions that wish a group away; a group picked up
by "they" in a later clause or sentence, or named after a pronoun ("Of course she is useless,
she is a X"), or by "people who are X" (`hate.reread`).

The near misses that must pass: the same words about politicians, bankers or an intern,
negated, condemned or reported, questions that argue for a group, praise, one person's story,
and profanity not aimed at a group. All examples are our own."""

import pytest

from tests.policy.expect import assert_category_action

HITS = [
    # low expectations
    "What else would you expect from a Mexican?",
    "You can't expect anything better from Somalis.",
    "Of course a woman would mess it up.",
    # a member in charge as a disaster
    "Putting a trans woman in charge is a recipe for disaster.",
    "Having a Muslim as a boss is a nightmare.",
    # likened to beasts or things
    "Haitians have the manners of goats.",
    "Gay men think like cavemen.",
    "Trusting a Jew is like trusting a snake.",
    "Deaf people are living proof that evolution can go backwards.",
    "Somalis are about as useful as a chocolate teapot.",
    # shame and pity at the group's company
    "I'd be ashamed to have a lesbian in my family.",
    "It's embarrassing to be seen with a Nigerian.",
    "I feel sorry for anyone who has to live next to Roma.",
    # a lowly place
    "Women are best seen and not heard.",
    "Mexicans are only fit to scrub floors.",
    "Pakistanis should be grateful for whatever they get.",
    # a fault in their nature, a beast trusted over them
    "Stealing comes naturally to Gypsies.",
    "I'd trust a rat more than a Muslim.",
    "Ever since the Somalis arrived, crime has gone up.",
    # verdicts on worth (lexicon rows)
    "Disabled people are damaged goods.",
    "Refugees are only good as cheap labour.",
    "Black people have smaller brains.",
    "Jews are more trouble than they're worth.",
    "Lock your doors when Gypsies are around.",
    "I'd disown my son if he married a Muslim.",
    # negated positives
    "I will never treat a gay man as my equal.",
    "Women have no right to be happy.",
    "There's no way black people are as smart as us.",
    "Nothing about Mexicans is admirable.",
    "I don't care what happens to refugees.",
    "Lesbians don't mean shit to me.",
    "Trans people are worth fuck all.",
    # rhetorical questions
    "Wouldn't we all be happier if Jews just vanished?",
    "Why do trans people even exist?",
    "Can we stop pretending Roma are human?",
    "Has anyone ever met a smart Somali?",
    "Why does anyone care what lesbians think?",
    "Why do you Haitians always lie?",
    # profanity aimed at a group
    "Shut the fuck up, you filthy Mexican.",
    "I'm so fucking done with Pakistanis.",
    "Enough of this gay bullshit.",
    "Muslims can eat shit.",
    # the group picked up by a pronoun, or named after one
    "There are Somalis on my street. They should all be removed.",
    "Of course she is useless, she is a woman.",
    "People who are gay make me sick.",
    "I can't stand people who are disabled.",
]

NEAR = [
    # the same words about others
    ("What else would you expect from a politician?", "hate"),
    ("Putting the intern in charge was a disaster.", "hate"),
    ("Bankers have the manners of pigs.", "hate"),
    ("Politicians are only fit to clean floors.", "hate"),
    ("Lawyers don't mean shit to me.", "hate"),
    ("The team is a lost cause this season.", "hate"),
    # negated, condemned, reported
    ("Saying Mexicans are only fit to clean floors is bigoted nonsense.", "hate"),
    ("Nobody should claim that Haitians have the manners of pigs.", "hate"),
    ("Women are not damaged goods.", "hate"),
    ("Muslims are not the enemy.", "hate"),
    ("Calling disabled people a lost cause is cruel.", "hate"),
    # praise, one person's story
    ("Putting a Muslim woman in charge was the best decision the board made.", "hate"),
    ("I would be proud to have a lesbian in my family.", "hate"),
    ("I will always treat a gay man as my equal.", "hate"),
    ("Immigrants make me want to be a better person.", "hate"),
    ("Of course she is brilliant, she is a woman.", "hate"),
    ("He was rude to me. He is a Muslim but that has nothing to do with it.", "hate"),
    ("What else would you expect from a woman who grew up in a war zone? She is tough.", "hate"),
    ("I met some Somalis at work and they were lovely.", "hate"),
    ("Immigrants are our neighbours. They are not vermin.", "hate"),
    ("People who are gay deserve the same rights as everyone else.", "hate"),
    # questions that argue for a group
    ("Wouldn't we all be happier if people were kinder to refugees?", "hate"),
    ("How are trans people supposed to find work when nobody hires them?", "hate"),
    ("Why do Muslims face so much discrimination?", "hate"),
    ("Why would anyone want to hurt a trans woman?", "hate"),
    ("Thank you immigrants for everything you do.", "hate"),
    ("Why do you hate Muslims?", "hate"),
    ("Has anyone ever met a smart politician?", "hate"),
    ("Enough of this anti-immigrant bullshit.", "hate"),
    # profanity not aimed at a group
    ("These delays are pissing me off, the buses never come.", "profanity"),
    ("Holy shit, the Somali runner won the race!", "hate"),
]


@pytest.mark.parametrize("text", HITS)
def test_hate_without_an_insult_word_is_flagged(text):
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize(("text", "category"), NEAR)
def test_near_misses_pass(text, category):
    assert_category_action(text, "approve", category, "en")
