"""Short comments and the blog model: under BLOG_MIN_WORDS words the engine asks it nothing
unless the artifact stores a short cut (`hold_short_at`), as the shipped one does since the
seventeenth session (moderation/training/blog.py, SHORT_READING). With or without one, these
harmless near misses (a group named kindly, a policy called stupid, an allegation attributed,
counter-speech) stay approved; with one at 0.95, short violations the rules miss are held
under `model.blog.short`.

Hand-written, English and Spanish, BLOG_SHORT_WORDS to 14 words as the model reads them; none
copied from the training file or the blog set.
"""

import pytest

from moderation.policy import Submission, decide, screen
from moderation.policy.analysis import analyse
from moderation.policy.decide import BLOG_MIN_WORDS, BLOG_SHORT_WORDS
from moderation.policy.model import model_text
from tests.policy.expect import assert_category_action

NEAR_MISSES = [
    # (text, lang, category the model would name)
    ("Immigrants built half the businesses on Main Street, and I love it.", "en", "hate"),
    ("My neighbors from Honduras brought tamales to the block party again.", "en", "hate"),
    ("Trans women are women, and the council should say so plainly.", "en", "hate"),
    ("Muslims in our town raised the money for the new food pantry.", "en", "hate"),
    ("Women ran the county clinic for thirty years and ran it well.", "en", "hate"),
    ("Go and vote on Tuesday, women, the school board race is close.", "en", "hate"),
    ("The mayor's housing plan is a disaster and she should resign.", "en", "libel"),
    ("According to the indictment, the sheriff took bribes from a towing firm.", "en", "libel"),
    ("Calling refugees criminals is a lie, and the arrest data proves it.", "en", "hate"),
    ("That bill is stupid and whoever wrote it never rode a bus.", "en", "troll"),
    ("I disagree with you, Marcos, but your numbers on the budget are right.", "en", "troll"),
    ("Los migrantes levantaron medio mercado, y eso hay que reconocerlo.", "es", "hate"),
    ("Mis vecinos venezolanos abrieron una panadería buenísima en la colonia.", "es", "hate"),
    ("Las mujeres trans son mujeres y el cabildo debería decirlo claro.", "es", "hate"),
    ("Los musulmanes del barrio organizaron la colecta para el albergue.", "es", "hate"),
    ("Decir que los indígenas son flojos es puro racismo y es mentira.", "es", "hate"),
    ("Según la Fiscalía, el exalcalde desvió fondos del DIF, pero él lo niega.", "es", "libel"),
    ("El plan de agua del gobernador es un desastre y debe renunciar.", "es", "libel"),
    ("Esa ley es una tontería y quien la escribió nunca usa el camión.", "es", "troll"),
    ("No estoy de acuerdo contigo, Lupita, pero tu argumento es serio.", "es", "troll"),
]

# Rated 0.95 or more by the shipped model; the rules let them through.
SHORT_VIOLATIONS = [
    ("Honestly Gail, your brain must run on a single AA battery.", "en", "troll"),
    (
        "Councilman Pete Arvizu takes cash from the towing company every single month.",
        "en",
        "libel",
    ),
]
# "Esa gente del sur solo viene a robar y a vivir del gobierno." stood here until
# `hate.es_shape` read a group said to come only to take: the rules now hold it
# (tests/policy/test_hate_es_short.py).
# "El director Julián Cantú cobra su moche de cada contrato del municipio." stood here until the
# libel rules read a bribe by its wrapping ("cobra su moche"): the rules now hold it
# (tests/policy/test_libel_local.py).


@pytest.fixture
def short_cut(monkeypatch):
    """The shipped artifact with a short cut of 0.95 (the lowest that passed the bars out of
    fold from 5 words)."""
    blog = decide.blog_model_scorer()
    if blog is None:
        pytest.fail("the blog model artifact is missing or does not load")
    monkeypatch.setitem(blog.header, "meta", {**blog.header["meta"], "hold_short_at": 0.95})
    return blog


def _words(text: str, lang: str) -> int:
    return decide.blog_model_scorer().word_count(model_text(analyse(text, lang)))


@pytest.mark.parametrize(("text", "lang", "category"), NEAR_MISSES)
def test_short_near_misses_stay_approved(text, lang, category):
    assert BLOG_SHORT_WORDS <= _words(text, lang) < BLOG_MIN_WORDS
    assert_category_action(text, "approve", category, lang)
    assert screen(Submission(text=text, lang=lang)).action == "approve"


@pytest.mark.parametrize(("text", "lang", "category"), NEAR_MISSES)
def test_short_near_misses_stay_approved_with_a_short_cut(short_cut, text, lang, category):
    assert_category_action(text, "approve", category, lang)
    assert screen(Submission(text=text, lang=lang)).action == "approve"


@pytest.mark.parametrize(("text", "lang", "category"), SHORT_VIOLATIONS)
def test_short_violations_held_by_the_shipped_artifact(text, lang, category):
    """The shipped artifact stores a short cut (since the seventeenth session), so these are
    held as they come, with no cut patched in."""
    assert BLOG_SHORT_WORDS <= _words(text, lang) < BLOG_MIN_WORDS
    assert "hold_short_at" in decide.blog_model_scorer().header["meta"]
    assert_category_action(text, "hold", category, lang)


@pytest.mark.parametrize(("text", "lang", "category"), SHORT_VIOLATIONS)
def test_short_violations_held_with_a_short_cut(short_cut, text, lang, category):
    assert_category_action(text, "hold", category, lang)
    (finding,) = screen(Submission(text=text, lang=lang)).findings
    assert (finding.rule, finding.clause) == ("model.blog.short", category)
    assert finding.evidence
