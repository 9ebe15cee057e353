"""Other people's belief or talk, one definition (`rules/context/others_belief.py`): a line held
up as what others think ("if you think X", "los que dicen que X") or named as what a reaction
is about ("what bothers me is that people think X", "me molesta que la gente crea que X") is
not the writer's own. Our own sentences: such lines pass; the writer's own line still held."""

import pytest

from moderation.policy.rules.context.others_belief import OTHERS_BELIEF

from .expect import assert_category_action

APPROVED = [
    ("What bothers me about Mexicans is that people think they are all lazy.", "en"),
    ("It annoys me that people who say Muslims are terrorists get a platform.", "en"),
    ("If you think Haitians are criminals, you have never met one.", "en"),
    ("Lo que me molesta de los indígenas es que la gente crea que todos son flojos.", "es"),
    ("Me da coraje que digan que los hondureños son ladrones.", "es"),
    ("Si crees que los gitanos son ladrones, estás mal.", "es"),
    ("Los que dicen que los gitanos son ladrones no los conocen.", "es"),
]

FLAGGED = [
    ("Mexicans are lazy and it bothers me that people pretend otherwise.", "en"),
    ("Los gitanos me dan asco, qué quieren que les diga.", "es"),
    ("Los gitanos son unos ladrones y punto.", "es"),
    ("Pues a mí sí me molesta, qué quieren que les diga: los gitanos son unos ladrones.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), APPROVED)
def test_other_peoples_belief_passes(text: str, lang: str) -> None:
    assert_category_action(text, "approve", "hate", lang=lang)


@pytest.mark.parametrize(("text", "lang"), FLAGGED)
def test_the_writers_own_line_is_held(text: str, lang: str) -> None:
    assert_category_action(text, "flag", "hate", lang=lang)


@pytest.mark.parametrize(
    "said",
    [
        "if you think",
        "people who say",
        "the idea that",
        "los que dicen",
        "decir que",
        "que la gente crea",
        "que se diga",
        "that people think",
        "the way the media portrays",
    ],
)
def test_one_pattern_reads_both_shapes(said: str) -> None:
    assert OTHERS_BELIEF.search(said)


def test_the_writers_tag_is_no_belief_of_others() -> None:
    assert not OTHERS_BELIEF.search("pues asi es, que quieren que les diga")
    assert not OTHERS_BELIEF.search("eren que les diga")
