"""The blog model's out-of-voice gate: it holds on its own only when enough of a comment's
features have a weight, the floor chosen in training on our own comments.

Hand-written comments in the blog's voice; none is copied from the training file or a data set.
"""

import numpy as np
import pytest

from moderation.policy import Submission, screen
from moderation.policy.analysis import analyse
from moderation.policy.decide import blog_model_scorer
from moderation.policy.model import model_text
from moderation.training.blog import COVERAGE_FLOORS, coverage, coverage_floor
from moderation.training.fit import featurise

from .test_blog_model import IMPLICIT

# Our own comments in the blog's voice (EN and ES), harmless and violating alike.
IN_VOICE = [
    "I read the whole piece about the water permits and I still think the county got the "
    "numbers wrong, the report from last spring says otherwise.",
    "Leí la nota completa sobre los permisos de agua y sigo pensando que el municipio se "
    "equivocó con las cifras, el informe de la primavera dice otra cosa.",
    *[text for _, text in IMPLICIT],
]
# Made-up words in no language: nothing like it was in training.
NO_VOICE = (
    "Vzqk xjwpt oqqhv zrrkb jjqx wvvzt pkqqx bzzvj, qxxwk vjjpz hhqwz trkqv oxxzj wqqvb zzjkx "
    "pqvvh jwwxk."
)


@pytest.fixture(scope="module")
def blog():
    # The engine's own scorer (decide caches it): a test that clears load_scorer's cache would
    # otherwise leave this fixture patching a copy the engine never reads.
    scorer = blog_model_scorer()
    if scorer is None:
        pytest.fail("the blog model artifact is missing or does not load")
    return scorer


def _read(text: str) -> str:
    return model_text(analyse(text))


def test_the_artifact_stores_a_floor_from_the_grid_or_none(blog):
    floor = blog.header["meta"].get("min_coverage")
    assert floor is None or floor in COVERAGE_FLOORS


@pytest.mark.parametrize("text", [*IN_VOICE, NO_VOICE])
def test_coverage_is_what_training_measures(blog, text):
    """The scorer's share and training's (on the featurised row) are the same number."""
    read = _read(text)
    x = featurise([read], bits=blog.header["bits"], classes=blog.classes, ngrams=blog.ngrams)
    has_weight = np.frombuffer(blog._tables[0].tobytes(), dtype="<i2") != 0
    assert blog.coverage(read, "flag") == pytest.approx(coverage(x, has_weight)[0], abs=1e-9)


@pytest.mark.parametrize("text", IN_VOICE)
def test_our_voice_is_covered(blog, text):
    floor = blog.header["meta"].get("min_coverage") or 0.0
    assert floor <= blog.coverage(_read(text), "flag") <= 1.0


def test_made_up_words_are_not(blog):
    assert blog.coverage(_read(NO_VOICE), "flag") < min(COVERAGE_FLOORS)


def _model_only(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The rows the rules approve: only there does the gate decide anything (as rules grow,
    some implicit rows are caught by them and leave the model nothing to hold)."""
    return [
        (c, t) for c, t in rows if screen(Submission(text=t), blog_model=False).action == "approve"
    ]


def test_implicit_rows_left_for_the_gate():
    assert len(_model_only(IMPLICIT)) >= 3


@pytest.mark.parametrize(("category", "text"), _model_only(IMPLICIT)[:4])
def test_a_hold_needs_the_floor(blog, monkeypatch, category, text):
    """Just under the comment's coverage it holds, just over it the rules' approval stands, and
    an artifact without a floor holds as before."""
    share = blog.coverage(_read(text), "flag")
    meta = {k: v for k, v in blog.header["meta"].items() if k != "min_coverage"}
    for floor, held in ((None, True), (share - 0.001, True), (share + 0.001, False)):
        monkeypatch.setitem(
            blog.header, "meta", meta if floor is None else {**meta, "min_coverage": floor}
        )
        verdict = screen(Submission(text=text))
        assert verdict.action == ("hold" if held else "approve")
        if held:
            assert [f.category for f in verdict.findings] == [category]


def _line(floor: float, caught: int, kept: int) -> dict:
    return {"floor": floor, "caught": caught, "caught_kept": kept}


@pytest.mark.parametrize(
    ("en", "es", "expected"),
    [
        # the highest floor keeping 99% in both languages at once
        ([(0.7, 100, 100), (0.8, 100, 99), (0.9, 100, 90)],
         [(0.7, 200, 200), (0.8, 200, 198), (0.9, 200, 150)], 0.8),
        # Spanish loses more than 1% at 0.8: the floor stays at 0.7
        ([(0.7, 100, 100), (0.8, 100, 100), (0.9, 100, 99)],
         [(0.7, 200, 199), (0.8, 200, 197), (0.9, 200, 190)], 0.7),
        # no floor keeps 99%: none is stored
        ([(0.7, 100, 95), (0.8, 100, 90), (0.9, 100, 80)],
         [(0.7, 200, 200), (0.8, 200, 200), (0.9, 200, 200)], None),
        # no catches to keep: any floor keeps them all
        ([(0.7, 0, 0), (0.8, 0, 0)], [(0.7, 0, 0), (0.8, 0, 0)], 0.8),
    ],
)  # fmt: skip
def test_the_floor_keeps_the_catches_in_both_languages(en, es, expected):
    gates = {"en": [_line(*g) for g in en], "es": [_line(*g) for g in es]}
    assert coverage_floor(gates) == expected
