"""Two verdict-identical shortcuts of the forty-fifth session (`speed8`): a masked-words shape
searched through its skipping form first (`masked_words.first_match`) finds the match its own
search finds, and a coded row whose prefilter the needles already prove
(`Lexicon.coded_prefilter_proven`) is never turned away by that prefilter. The verdicts of
the shapes so searched stay as they were: hits held, near misses and reports passed."""

import json
from pathlib import Path

import pytest

from moderation.policy.lexicon import load
from moderation.policy.normalize import normalize
from moderation.policy.rules.hate_en_belittled.asked import ASKED, WISHED_AWAY
from moderation.policy.rules.hate_en_belittled.shapes import BELITTLED
from moderation.policy.rules.masked_words import first_match, skipping_form
from tests.policy.expect import assert_category_action

_DATA = Path(__file__).resolve().parents[2] / "moderation" / "training" / "data"

# Masked sentences as the shapes read them: a match at the start, after a space, glued to the
# word before (no match: the shapes open after a space), twice, and near misses.
_MASKED = [
    "would not we all be happier if GRP just vanished",
    "honestly would not we all be happier if GRP just vanished",
    "xwould not we all be happier if GRP just vanished",
    "why do GRP even exist and why do GRP even exist",
    "how are WMN even allowed to drive",
    "how are the kids even allowed to drive",
    "so what else would you expect from a GRP",
    "what else would you expect from a politician",
    "has anyone ever met a smart GRP",
    "you can not expect anything better from GRP",
    "nothing here at all",
    "",
]


@pytest.mark.parametrize("shape", [WISHED_AWAY, ASKED, BELITTLED], ids=["wished", "asked", "bel"])
@pytest.mark.parametrize("text", _MASKED)
def test_first_match_is_the_search_match(shape, text):
    want, got = shape.search(text), first_match(shape, text)
    assert (want is None) == (got is None)
    if want is not None:
        assert (got.re, got.span(), got.groups()) == (want.re, want.span(), want.groups())


def test_skipping_form_only_for_few_opening_characters():
    """`WISHED_AWAY` opens with a handful of letters and is skipped to; `BELITTLED` opens
    with nearly any letter, where the form was slower, and is searched as it is."""
    assert skipping_form(WISHED_AWAY) is not None
    assert skipping_form(BELITTLED) is None


_SHAPES = [
    ("Wouldn't we all be happier if immigrants just vanished?", "en", "flag"),
    ("Wouldn't we all be happier if the rain just stopped?", "en", "approve"),
    ("How are women even allowed to drive?", "en", "flag"),
    ("How are teenagers even allowed to drive at night?", "en", "approve"),
    ("Has anyone ever met a smart Mexican?", "en", "flag"),
    ("Has anyone ever met a smart mayor?", "en", "approve"),
    ("What else would you expect from a politician?", "en", "approve"),
    ('Saying "wouldn\'t we all be happier if immigrants just vanished" is vile bigotry.', "en",
     "approve"),
    ("Cada gitano que se me cruce va a terminar muerto", "es", "flag"),
    ("Cada turista que se me cruce va a terminar feliz", "es", "approve"),
    ("Todo vecino que se me acerque se lleva un abrazo", "es", "approve"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "expected"), _SHAPES)
def test_shapes_searched_by_their_skipping_form_keep_their_verdicts(text, lang, expected):
    assert_category_action(text, expected, "hate", lang)


def test_some_rows_are_proven_and_the_group_words_row_among_them():
    """The row whose prefilter is the {G} words (510 of them, in half the comments) is one."""
    lex = load()
    names = {lex.coded.head(k)[0] for k in lex.coded_prefilter_proven}
    assert "role_disgust" in names
    assert 20 <= len(names) < len(lex.coded)


def _training_texts() -> list[str]:
    texts = []
    for stem in ("train", "pending"):
        with (_DATA / f"blog_comments_{stem}.jsonl").open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh]
    return texts


def test_a_proven_prefilter_passes_every_text_the_needles_pick():
    """Over the training comments: wherever the needles pick a proven row, its prefilter
    finds one of its strings, so not asking it changes nothing."""
    lex = load()
    proven, prefilters = lex.coded_prefilter_proven, lex.coded_prefilters
    wrong = []
    for raw in _training_texts():
        text = normalize(raw).text
        for k in lex.coded_needles.candidates(text):
            if k in proven and prefilters[k].search(text) is None:
                wrong.append((lex.coded.head(k)[0], text[:80]))
    assert not wrong, wrong[:5]
