"""English implicit derogation in its general shapes: a group put in a lesser place or kept
under control, made a tool or a thing, placed below "us", denied a virtue by "have no", said to
drag everyone down, or called absurd in a role; with the near misses that must pass (support,
negation, history, reports, policy and politicians). All examples are our own."""

import pytest

from moderation.policy import Submission, screen
from moderation.policy.lexicon import expand

HITS = [
    "Immigrants belong behind bars.",
    "Black people belong in the fields.",
    "Muslims belong back in the dark ages.",
    "Gay people should be in a zoo.",
    "Trans people should be locked up in a psych ward.",
    "Gay people need to be cured.",
    "Black people need to be civilised.",
    "Muslims need to be kept on a tight leash.",
    "Women are only fit for breeding.",
    "Immigrants are nothing but cheap labour.",
    "Trans people are just men in dresses.",
    "Women are baby machines.",
    "Black people are beneath us.",
    "Immigrants are the lowest of the low.",
    "Women are meant to obey.",
    "Immigrants have the brains of a goldfish.",
    "Gay people have the morals of an alley cat.",
    "Jews have no loyalty to this country.",
    "Muslims have no respect for women.",
    "Trans people are an insult to nature.",
    "Muslims are incompatible with Western values.",
    "Muslims are stuck in the dark ages.",
    "Immigrants lower the IQ of this country.",
    "Disabled people hold everyone back.",
    "Gay people corrupt our youth.",
    "Trans people should crawl back under their rock.",
    "Black people should go back to the jungle.",
    "Immigrants are like locusts.",
    "A woman in charge is a recipe for disaster.",
    "Women in power are a joke.",
    "Black people make every neighbourhood worse.",
    "Trans lives are worth less.",
    "Gay lives are meaningless.",
    "Women always lie.",
    "Disabled people just want handouts.",
    "Women are the weaker sex.",
    "I would rather die than date a black person.",
    # the reaction in the past tense, a stereotype told again and again
    "There was a gay couple at the party and they made me sick.",
    "Immigrants, they are nothing but trouble.",
    "Black people, they never stop complaining.",
    # profanity at a group
    "Immigrants are shitty people.",
    "Crappy trans people.",
    "Bugger off, Muslims.",
    "I'd fuck up any Muslim I see.",
    # rhetorical questions (held)
    "Can anyone trust a Jew?",
    "Why does anyone still listen to women?",
    "Is there anything more disgusting than a gay couple?",
    # normative threats
    "Every Arab who crosses the border should be treated as an enemy combatant.",
    "Trans people have to be stopped by any means necessary.",
    "We are going to make immigrants pay in blood.",
]
PASSES = [
    "Women belong in the boardroom as much as men do.",
    "Immigrants belong here, this is their home too.",
    "Gay people do not need to be cured.",
    "Trans people don't need to be fixed; they need support.",
    "Disabled people need to be included.",
    "Women are not just baby machines.",
    "Calling immigrants cheap labour is dehumanising.",
    "Immigrants provide cheap labour for the farms, and they deserve better pay.",
    "Black people are not beneath anyone.",
    "Women have integrity and brains.",
    "Gay people have no protection under that law.",
    "Disabled people have no access to the building.",
    "Women have no voice in that government.",
    "The politicians here have no shame.",
    "The tax cuts will lower the standards of our schools.",
    "In the past, gay people were forced back into the closet.",
    "The old laws held women back for centuries.",
    "Racism holds this country back.",
    "I'd rather die than vote for that party again.",
    "Women were made to feel unwelcome at the club.",
    "Black people were treated as second-class citizens under segregation.",
    "She said gay people belong in the closet, which is disgusting.",
    "Women in charge is a great idea.",
    "Immigrants say the new rules make everything worse for their families.",
    "Black lives matter.",
    "The old zoning laws made every neighbourhood worse for black people.",
    "Claiming that women in power are a joke is plain sexism.",
    "Muslim voters feel their voices do not count in this election.",
    "Trans people should be in charge of their own medical decisions.",
    "Gay people should be in the cabinet.",
    "People who say immigrants belong in cages are monsters.",
    "Immigrants are no more than a statistic to the government, and that's wrong.",
    "The paperwork immigrants face is a pain in the ass.",
    "Bugger off, I'm busy.",
    "Shit, another bunch of immigrants drowned off the coast. Heartbreaking.",
    "Can anyone trust the police after this?",
    "Why does anyone still listen to that senator?",
    "Can anyone recommend a good Muslim restaurant?",
    "Is there anything more dangerous than a drunk driver?",
    "Protesters who attack police should be met with force.",
    "The cartels should be stopped by any means necessary.",
    "Muslims were treated as enemies of the state under that regime.",
    "Immigrants should be treated as equals.",
    "The smugglers will pay with their lives if the cartel finds out.",
]


@pytest.mark.parametrize("text", HITS)
def test_implicit_derogation_is_flagged(text):
    verdict = screen(Submission(text=text, lang="en"))
    assert verdict.action in ("hold", "reject"), verdict.to_dict()
    assert "hate" in verdict.categories, verdict.to_dict()


@pytest.mark.parametrize("text", PASSES)
def test_near_misses_pass(text):
    verdict = screen(Submission(text=text, lang="en"))
    assert verdict.action == "approve", verdict.to_dict()


@pytest.mark.parametrize(
    ("term", "forms"),
    [
        ("belong{s|} in {cages|the gutter}", ["belongs in cages", "belongs in the gutter",
                                              "belong in cages", "belong in the gutter"]),
        ("have{ no| zero} loyalty", ["have no loyalty", "have zero loyalty"]),
        ("matar~", ["matar", "matarlos", "matarlas", "matarles", "matarlo", "matarla"]),
    ],
)  # fmt: skip
def test_lexicon_choices_expand(term, forms):
    assert expand(term) == forms
