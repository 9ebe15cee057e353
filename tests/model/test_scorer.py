"""The shipped model's pure-Python scorer: loads fast, scores sensibly, fails soft, stays light."""

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from moderation.policy.model import ARTIFACT, load_scorer, load_scorer_clear
from moderation.policy.model.scorer import Scorer

REPO = Path(__file__).resolve().parents[2]

# Our own sentences (nothing copied from the evaluation sets).
NEUTRAL_POLITICAL = [
    "The senator's tax plan is a reckless giveaway and voters should throw him out in November.",
    "I disagree with the mayor about the new bridge; the budget numbers simply do not add up.",
    "Congress keeps failing on immigration reform and both parties share the blame for it.",
    "The council meeting ran late but the vote on the school budget finally passed.",
]
HATEFUL = [
    "Muslims are animals, every one of them is a violent savage.",
    "Black people are subhuman trash and do not belong here.",
    "Women are stupid and worthless and should never be allowed to vote.",
]
PROFANE = [
    "This is fucking bullshit, you stupid piece of shit, fuck off.",
    "What a shitty fucking article, total crap, fuck this asshole writer.",
]


@pytest.fixture
def scorer() -> Scorer:
    found = load_scorer()
    if found is None:
        pytest.skip("no model artifact in this checkout")
    return found


def test_artifact_is_committed_and_small():
    assert ARTIFACT.is_file()
    assert ARTIFACT.stat().st_size < 20_000_000


def test_loads_fast_and_is_cached():
    load_scorer_clear()
    start = time.perf_counter()
    first = load_scorer()
    elapsed = time.perf_counter() - start
    assert first is not None
    assert elapsed < 1.0
    assert load_scorer() is first


@pytest.mark.parametrize(
    "text", ["", "   ", "!!!", "ñandú über café", "a" * 5000, "\u200b\x00\ufeff"]
)
def test_scores_are_probabilities_for_any_text(scorer, text):
    scores = scorer.scores(text)
    assert set(scores) == {"hate", "profanity"}
    assert all(0.0 <= p <= 1.0 for p in scores.values())


def test_hateful_outscores_neutral_politics(scorer):
    neutral = max(scorer.scores(t)["hate"] for t in NEUTRAL_POLITICAL)
    for text in HATEFUL:
        assert scorer.scores(text)["hate"] > neutral, text


def test_profane_outscores_neutral_politics(scorer):
    neutral = max(scorer.scores(t)["profanity"] for t in NEUTRAL_POLITICAL)
    for text in PROFANE:
        assert scorer.scores(text)["profanity"] > neutral, text


def test_scoring_is_fast(scorer):
    text = " ".join(NEUTRAL_POLITICAL)  # about 60 words
    scorer.scores(text)
    start = time.perf_counter()
    for _ in range(200):
        scorer.scores(text)
    assert (time.perf_counter() - start) / 200 < 0.002  # generous: CI machines are shared


def test_missing_artifact_gives_none(tmp_path):
    assert load_scorer(tmp_path / "nope.bin") is None


@pytest.mark.parametrize(
    "content", [b"", b"garbage", ARTIFACT.read_bytes()[:200] if ARTIFACT.is_file() else b"x"]
)
def test_corrupt_artifact_gives_none(tmp_path, content):
    path = tmp_path / "broken.bin"
    path.write_bytes(content)
    assert load_scorer(path) is None


def test_scorer_imports_no_heavy_or_django_modules():
    code = (
        "import sys\n"
        "from moderation.policy.model import load_scorer\n"
        "s = load_scorer()\n"
        "s and s.scores('hello there')\n"
        "bad = [m for m in ('django', 'numpy', 'scipy', 'sklearn') if m in sys.modules]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""


def test_top_words_point_at_the_foul_words(scorer):
    words = [w for w, _ in scorer.top_words("The meeting was fucking useless shit.", "profanity")]
    assert words
    assert set(words) & {"fucking", "shit"}
    assert scorer.top_words("", "hate") == []


@pytest.mark.shared
def test_naughty_strings_and_payloads_score_cleanly(datasets, scorer):
    """Evaluate-only lists, read at test time: every line scores, nothing raises."""
    lines = json.loads((datasets / "blns" / "blns.json").read_text(encoding="utf-8"))
    for path in sorted((datasets / "xss-payloads").glob("*.txt")):
        lines += path.read_text(encoding="utf-8", errors="replace").splitlines()
    for line in lines:
        assert all(0.0 <= p <= 1.0 for p in scorer.scores(line).values())


def test_engine_screens_without_the_artifact():
    """With no model file the engine still answers, on rules alone (fresh interpreter)."""
    code = (
        "from pathlib import Path\n"
        "import moderation.policy.model as model\n"
        "model.ARTIFACT = Path('no-such-dir') / 'policy_model.bin'\n"
        "from moderation.policy import Submission, screen\n"
        "assert model.load_scorer() is None\n"
        "ok = screen(Submission(text='The new library budget looks sensible to me.'))\n"
        "print(ok.action)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "approve"


@pytest.mark.parametrize("signal", ["hate", "profanity"])
def test_one_signal_scores_as_all_signals_do(scorer, signal):
    """The engine asks for hate alone; it must get the same probability as the full scoring."""
    for text in [*HATEFUL, *PROFANE, *NEUTRAL_POLITICAL, "", "!!!"]:
        assert scorer.score(text, signal) == pytest.approx(scorer.scores(text)[signal], abs=1e-12)
