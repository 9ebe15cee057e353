"""A hedge shields nothing the blog model is sure of: "I'm just saying", "let's be honest", "not
saying all of them", "people who" put no words in anyone else's mouth, so when the model is
sure a whole comment is hateful (`decide.blog_sure`) it holds it as it would without the hedge.
Speech told ("my uncle keeps saying", "people who say", "dicen que") still leaves hate to the
rules, and a hedged harmless comment stays approved. Our own examples, 15 words or more.
"""

import pytest

from moderation.policy import Submission, screen
from moderation.policy.analysis import analyse
from moderation.policy.decide import BLOG_MIN_WORDS, blog_model_scorer, blog_sure
from moderation.policy.rules.hate.hedge_frame import told_frame

needs_model = pytest.mark.skipif(blog_model_scorer() is None, reason="no blog model artifact")

HEDGED_HATE = [
    (
        "I'm just saying, people who come up from Honduras are animals and they will turn this "
        "county into the same hellhole they ran away from.",
        "en",
    ),
    (
        "I'm not saying all of them, but the men from Michoacán are born violent, you see it in "
        "the fields, in the bars and in how they treat their wives.",
        "en",
    ),
    (
        "Let's be honest, people who come from Oaxaca don't value clean living, look at how they "
        "keep those trailers behind the packing shed.",
        "en",
    ),
]

HEDGED_OR_TOLD_HARMLESS = [
    (
        "Calling the Hondurans in the trailer park thieves is racist, and the landlord who keeps "
        "saying it should be ashamed of himself.",
        "en",
    ),
    (
        "Decir que los haitianos llenan todo de basura es puro racismo, y el regidor que lo repite "
        "debería disculparse con la colonia.",
        "es",
    ),
    (
        "My uncle keeps saying people from Honduras are animals, and I keep telling him he has "
        "never met one, which is the whole problem.",
        "en",
    ),
    (
        "People who say the Oaxacan families are dirty should see the trailers the grower gives "
        "them, with no water and one toilet for forty people.",
        "en",
    ),
    (
        "I'm just saying, people who work twelve hours in the strawberry rows deserve shade, "
        "water and a raise, and the growers can afford it.",
        "en",
    ),
    (
        "No digo que todos los rancheros sean malos, pero los que no dan agua ni sombra a los "
        "jornaleros deberían perder sus contratos con las tiendas.",
        "es",
    ),
    (
        "Dicen que los que vienen de Honduras son unos animales; yo trabajo con ellos en la "
        "empacadora y son la gente más trabajadora que conozco.",
        "es",
    ),
]


@needs_model
@pytest.mark.parametrize(("text", "lang"), HEDGED_HATE)
def test_sure_model_holds_through_a_hedge(text: str, lang: str) -> None:
    verdict = screen(Submission(text=text, lang=lang))
    assert str(verdict.action) == "hold"
    assert [f.rule for f in verdict.findings] == ["model.blog"]
    assert verdict.findings[0].category == "hate"


@pytest.mark.parametrize(("text", "lang"), HEDGED_OR_TOLD_HARMLESS)
def test_hedged_or_told_harmless_approved(text: str, lang: str) -> None:
    assert str(screen(Submission(text=text, lang=lang)).action) == "approve"


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("I'm just saying, people who come from there are animals.", False),
        ("Let's be honest, anyone who crosses is a criminal.", False),
        ("No digo que todos, pero la gente que llega es floja.", False),
        ("People who say migrants are animals never met one.", True),
        ("My uncle keeps saying migrants are animals.", True),
        ("Dicen que los migrantes son flojos.", True),
        ("The crowd chanted that migrants are animals.", True),
        ("Call me old-fashioned, but migrants are animals.", False),
        ("They call them migrants, I call them animals.", True),
        ("Trump called them animals at the rally.", True),
        ("Trump used to call them animals at every rally.", True),
        ("En la radio los llaman invasores todos los días.", True),
        ("I'm not racist, but they are animals.", False),
        ("Racist garbage on my feed today: migrants are vermin, ship them back.", True),
        ("It's not racism, it's arithmetic: they bring the gangs.", False),
        ("No soy racista, pero los de allá son flojos.", False),
        ("Calling migrants animals is vile and everyone knows it.", True),
    ],
)
def test_told_frame_reads_speech_not_hedges(text: str, told: bool) -> None:
    assert told_frame(analyse(text, None)) is told


def test_sure_needs_the_whole_comment_and_no_slur_the_rules_let_through() -> None:
    plain = analyse("I'm just saying, people who come from there are animals, all of them.", None)
    slur = analyse("If I want to call myself a fag at my own wedding, I will, thanks.", None)
    assert blog_sure(plain, 0.95, {"hate": 0.9}, BLOG_MIN_WORDS)
    assert not blog_sure(plain, 0.95, {"hate": 0.9}, BLOG_MIN_WORDS - 1)
    assert not blog_sure(plain, 0.8, {"hate": 0.9}, BLOG_MIN_WORDS)
    assert not blog_sure(plain, 0.95, {"hate": 0.4, "troll": 0.9}, BLOG_MIN_WORDS)
    assert not blog_sure(slur, 0.95, {"hate": 0.9}, BLOG_MIN_WORDS)


@pytest.mark.parametrize(
    "text",
    [
        "I'm just saying, people who came here as kids shouldn't be deported anywhere, ever.",
        "I'm just saying, people from there are not gang members, they are families like ours.",
    ],
)
def test_sure_not_when_the_analysis_reads_a_defence(text: str) -> None:
    assert not blog_sure(analyse(text, None), 0.95, {"hate": 0.9}, BLOG_MIN_WORDS)
