"""Window reading of long comments: the blog model scores each sentence of a long comment (with
as many neighbours as it takes to reach its word floor) when the whole comment is not held.

Hand-written comments in the blog's voice; none is copied from the training file or the blog
set.
"""

import pytest

from moderation.policy import Submission, decide, screen
from moderation.policy.analysis import analyse
from moderation.policy.decide import BLOG_MIN_WORDS, BLOG_WINDOW_WORDS, blog_windows
from moderation.policy.model import BLOG_ARTIFACT, load_scorer, model_text
from moderation.training.blog import gate_row

# One offending sentence among reasonable ones, 50 words or more (BLOG_WINDOW_WORDS).
LONG_ONE_BAD = [
    (
        "en",
        "I have lived on this street for twenty years and I mostly agree with the article about "
        "the new parking rules. The meters went in last spring, and the city promised the money "
        "would fix the sidewalks, which has not happened on our block. Those families from "
        "across the border only come here to steal and should be kept out of our neighborhood "
        "for good. Anyway, I hope the council sends someone to look at the cracked curbs near "
        "the school.",
    ),
    (
        "es",
        "Vivo en esta colonia desde hace veinte años y coincido con casi todo lo que dice la "
        "nota sobre los parquímetros nuevos. Los pusieron en primavera y el municipio prometió "
        "que el dinero serviría para arreglar las banquetas, cosa que en mi calle no ha pasado. "
        "Esa gente que viene del sur solo llega a robar y habría que sacarla de la colonia para "
        "siempre. En fin, ojalá el cabildo mande a alguien a revisar las guarniciones rotas "
        "junto a la escuela.",
    ),
]

# Near misses: as long, one sharp sentence at a policy, an official's decision or a problem,
# at nobody in the thread and no group: window reading must leave them alone.
LONG_NEAR_MISSES = [
    (
        "en",
        "I have lived on this street for twenty years and I mostly agree with the article about "
        "the new parking rules. The meters went in last spring, and the city promised the money "
        "would fix the sidewalks, which has not happened on our block. Whoever signed that "
        "contract wasted our money and should have to explain it at the next council meeting. "
        "Anyway, I hope the council sends someone to look at the cracked curbs near the school.",
    ),
    (
        "en",
        "Great reporting on the flood maps. My neighbors were furious at the meeting, and "
        "honestly so was I, because the county knew about the drainage problem for a decade and "
        "did nothing. Saying that the people who live by the river deserve to lose their homes "
        "is cruel and wrong, and I told the man who said it so. We need the buyout program "
        "funded before the next rainy season.",
    ),
    (
        "es",
        "Vivo en esta colonia desde hace veinte años y coincido con casi todo lo que dice la "
        "nota sobre los parquímetros nuevos. Los pusieron en primavera y el municipio prometió "
        "que el dinero serviría para arreglar las banquetas, cosa que en mi calle no ha pasado. "
        "Quien firmó ese contrato tiró nuestro dinero y tendría que explicarlo en la próxima "
        "sesión de cabildo. En fin, ojalá manden a alguien a revisar las guarniciones rotas "
        "junto a la escuela.",
    ),
    (
        "es",
        "Muy buena la nota sobre las inundaciones. Mis vecinos estaban furiosos en la junta, y "
        "yo también, porque el municipio sabía del problema del drenaje desde hace diez años y "
        "no hizo nada. Decir que la gente que vive junto al río merece perder su casa es cruel "
        "y falso, y así se lo dije al señor que lo dijo. Necesitamos que el programa de "
        "reubicación tenga presupuesto antes de las lluvias.",
    ),
]


@pytest.fixture(scope="module")
def blog():
    """The engine's own scorer (its header is what the tests change), the shipped artifact."""
    scorer = decide.blog_model_scorer()
    assert scorer is not None and scorer.header == load_scorer(BLOG_ARTIFACT).header
    if scorer is None:
        pytest.fail("the blog model artifact is missing or does not load")
    return scorer


def _words(blog, an, first=0, last=None) -> int:
    return blog.word_count(model_text(an, first, last))


@pytest.mark.parametrize(("lang", "text"), LONG_ONE_BAD + LONG_NEAR_MISSES)
def test_windows_are_sentence_runs_of_at_least_the_floor(blog, lang, text):
    an = analyse(text, lang)
    windows = blog_windows(an)
    assert windows
    starts = {first for first, _ in an.sentences}
    ends = {first + len(codes) - 1 for first, codes in an.sentences}
    assert len(set(windows)) == len(windows)
    for first, last, _framed in windows:
        assert first in starts and last in ends  # whole sentences
        assert (first, last) != (0, len(an.units) - 1)  # never the whole comment again
        assert _words(blog, an, first, last) >= BLOG_MIN_WORDS
    # every sentence is in some window
    covered = {k for first, last, _ in windows for k in range(first, last + 1)}
    assert covered == set(range(len(an.units)))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "One long sentence with no full stop at all that just keeps going on about the bus "
               "routes and the parking meters and the sidewalks on our block for ever"),
        ("es", "Una sola frase larga sin ningún punto que sigue y sigue hablando de las rutas de "
               "autobús y de los parquímetros y de las banquetas de la cuadra"),
        ("en", "Short one. Another short one. And a third."),  # too short for any window
    ],
)  # fmt: skip
def test_no_window_when_the_comment_is_one_sentence_or_too_short(lang, text):
    assert blog_windows(analyse(text, lang)) == []


@pytest.mark.parametrize(
    ("lang", "text", "framed"),
    [
        ("en", "The article was long but fair about the new zoning map for the east side. "
               "At the rally they chanted that the newcomers should all go back where they came "
               "from, over and over.", [False, True]),
        ("es", "La nota fue larga pero justa con el nuevo mapa de zonificación del lado este. "
               "En el mitin gritaban que los recién llegados se regresaran a su tierra, una y "
               "otra vez.", [False, True]),
    ],
)  # fmt: skip
def test_a_window_knows_its_own_frame(lang, text, framed):
    an = analyse(text, lang)
    if not decide.speech_frame(an):
        pytest.skip("no frame cue read in this wording")
    assert [f for _, _, f in blog_windows(an)] == framed


def _window_meta(blog, an, **extra) -> dict:
    """The artifact's meta with the whole-comment cuts out of reach, and `extra`."""
    return {**blog.header["meta"], "hold_at": 0.999, "hold_long_at": 0.999, **extra}


def _loosen(monkeypatch):
    monkeypatch.setattr(decide, "BLOG_HOLD_FLOOR", 0.0)
    monkeypatch.setitem(decide.DEFAULT_THRESHOLDS, "hold", 0.0)


def _top_window(blog, an) -> float:
    return max(blog.score(model_text(an, a, b), "flag") for a, b, _ in blog_windows(an))


@pytest.mark.parametrize(("lang", "text"), LONG_ONE_BAD)
@pytest.mark.parametrize("present", [True, False])
def test_the_window_cut_applies_only_when_the_artifact_has_one(
    blog, monkeypatch, lang, text, present
):
    an = analyse(text, lang)
    assert _words(blog, an) >= BLOG_WINDOW_WORDS
    assert screen(Submission(text=text, lang=lang), blog_model=False).action == "approve"
    top = _top_window(blog, an)
    meta = _window_meta(blog, an, hold_window_at=top - 0.001)
    if not present:
        del meta["hold_window_at"]
    monkeypatch.setitem(blog.header, "meta", meta)
    _loosen(monkeypatch)
    verdict = screen(Submission(text=text, lang=lang))
    found = [f for f in verdict.findings if f.rule == "model.blog.window"]
    assert bool(found) == present
    assert not [f for f in verdict.findings if f.rule == "model.blog"]
    for f in found:
        assert f.action == "hold" and str(f.category) in decide.BLOG_HOLDS
        assert abs(f.score - top) < 1e-9
        # evidence inside the window, in the original text
        (first, last, _), *_ = [
            w for w in blog_windows(an) if blog.score(model_text(an, w[0], w[1]), "flag") == top
        ]
        lo, hi = an.span(first, last)
        assert f.evidence
        for start, end in f.evidence:
            assert lo <= start < end <= hi and text[start:end].strip()


def test_the_window_cut_applies_only_from_the_window_length(blog, monkeypatch):
    """Below BLOG_WINDOW_WORDS words, no window is read however low the window cut."""
    text = (
        "Nice piece on the parking meters. Those families from across the border only come "
        "here to steal from us."
    )
    an = analyse(text, "en")
    assert _words(blog, an) < BLOG_WINDOW_WORDS
    monkeypatch.setitem(blog.header, "meta", _window_meta(blog, an, hold_window_at=0.0))
    _loosen(monkeypatch)
    found = [f for f in screen(Submission(text=text)).findings if f.rule == "model.blog.window"]
    assert not found


def test_the_artifact_stores_a_window_cut_between_the_floor_and_one_or_none(blog):
    cut = blog.header["meta"].get("hold_window_at")
    assert cut is None or decide.BLOG_HOLD_FLOOR <= cut <= 1.0


def _gate(cut: float, caught: int, wrong: int) -> dict:
    """A gate-table line as training builds it, out of 1,000 harmless comments."""
    return gate_row(cut, caught, wrong, 1000)


@pytest.mark.parametrize(
    ("en", "es", "expected"),
    [
        # each language passes from some cut, never both at one: off
        ([(0.6, 60, 1), (0.65, 20, 4)], [(0.6, 30, 5), (0.65, 40, 0)], None),
        ([(0.6, 60, 1), (0.65, 30, 0)], [(0.6, 30, 5), (0.65, 40, 0)], 0.65),
        ([(0.6, 60, 1), (0.65, 30, 0)], [(0.6, 60, 2), (0.65, 30, 1)], 0.6),
        ([(0.6, 0, 0), (0.65, 0, 0)], [(0.6, 0, 0), (0.65, 0, 0)], None),  # adds nothing: off
        ([(0.6, 200, 12), (0.65, 30, 0)], [(0.6, 60, 1), (0.65, 0, 0)], 0.65),
        # a handful of holds, all right, is luck, not evidence: off
        ([(0.6, 9, 0), (0.65, 5, 0)], [(0.6, 10, 0), (0.65, 6, 0)], None),
    ],
)
def test_the_window_cut_must_meet_the_bars_in_both_languages_at_once(en, es, expected):
    from moderation.training.blog import window_hold_cut

    gates = {"en": [_gate(*g) for g in en], "es": [_gate(*g) for g in es]}
    assert window_hold_cut(gates) == expected


@pytest.mark.parametrize("cut", [None, 0.9])
@pytest.mark.parametrize(("lang", "text"), LONG_NEAR_MISSES)
def test_long_near_misses_stay_approved(blog, monkeypatch, lang, text, cut):
    """With the shipped artifact, and with window reading on at 0.9 (the lowest cut at which
    English passed the bars out of fold from 50 words): a harmless closing sentence alone can
    score 0.8 ("I hope the council sends someone to look at the cracked curbs")."""
    an = analyse(text, lang)
    assert _words(blog, an) >= BLOG_WINDOW_WORDS
    if cut is not None:
        monkeypatch.setitem(blog.header, "meta", {**blog.header["meta"], "hold_window_at": cut})
    verdict = screen(Submission(text=text, lang=lang))
    assert verdict.action == "approve", verdict.findings
