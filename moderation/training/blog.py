"""The blog model: one linear model per signal, trained on labelled blog comments of our own
writing (English and Spanish), for what the rules miss on this blog: implicit hate, libel
stated as fact, and attacks on commenters that use no listed word.

The public sets teach "hate against a protected group" in English tweets; the blog's policy
also removes libel and trolling, and half its readers write in Spanish. This model learns the
policy itself from comments labelled by it. It can only hold, never reject (`decide.py`), and
its operating point is chosen here, on out-of-fold predictions grouped by writer, and stored
in the artifact.
"""

from __future__ import annotations

import json
import math
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import GroupKFold

from moderation.policy import screen
from moderation.policy.analysis import analyse
from moderation.policy.decide import (
    BLOG_CATEGORIES,
    BLOG_HOLDS,
    BLOG_LONG_WORDS,
    BLOG_MIN_WORDS,
    BLOG_SHORT_WORDS,
    BLOG_WINDOW_WORDS,
    MAX_TEXT,
    blog_windows,
    speech_frame,
)
from moderation.policy.model import model_text
from moderation.policy.model.scorer import text_words
from moderation.policy.types import Action, Submission
from moderation.training.data import word_classes
from moderation.training.fit import QMAX, Hyper, featurise, model_fit, models_export
from moderation.training.must_pass import must_pass_cases

TRAIN_FILE = Path(__file__).resolve().parent / "data" / "blog_comments_train.jsonl"
BLOG_SET = Path(__file__).resolve().parents[2] / "tests" / "policy" / "data" / "blog_comments.jsonl"
# The blog set's batches, in file order: its dev rows train too, grouped by batch.
BLOG_BATCHES = (450, 480, 420, 761, 500)  # the first five
# the sixth to the twenty-fifth, then the twenty-sixth on
BLOG_BATCHES += (400,) * 8 + (399, 398, 400, 400, 399, 399, 399, 400, 398, 400, 398, 400)
BLOG_BATCHES += (397, 400, 400)
BLOG_BATCHES += (399, 400, 398)  # twenty-nine to thirty-one: test only
BLOG_BATCHES += (399, 400)  # thirty-two and thirty-three: test only
BLOG_BATCHES += (399, 399)  # thirty-four and thirty-five: test only
BLOG_BATCHES += (400, 400)  # thirty-six and thirty-seven: test only
BLOG_BATCHES += (400, 400)  # thirty-eight and thirty-nine: test only
BLOG_BATCHES += (399, 398)  # forty and forty-one: test only
BLOG_BATCHES += (399, 400)  # forty-two and forty-three: test only
BLOG_BATCHES += (399, 399)  # forty-four and forty-five: test only
BLOG_BATCHES += (398, 399)  # forty-six and forty-seven: test only
BLOG_BATCHES += (397, 400)  # forty-eight and forty-nine: test only
BLOG_BATCHES += (399, 399)  # fifty and fifty-one: test only
BLOG_BATCHES += (398, 399)  # fifty-two and fifty-three: test only
BLOG_BATCHES += (400, 400)  # fifty-four and fifty-five: test only
BLOG_BATCHES += (400, 400)  # fifty-six and fifty-seven: test only
BLOG_BATCHES += (398, 400)  # fifty-eight and fifty-nine: test only
BLOG_BATCHES += (400, 400)  # sixty and sixty-one: test only
BLOG_BATCHES += (400, 400)  # sixty-two and sixty-three: test only
BLOG_BATCHES += (398, 400)  # sixty-four and sixty-five: test only
BLOG_BATCHES += (399, 399)  # sixty-six and sixty-seven: test only
BLOG_BATCHES += (400, 400)  # sixty-eight and sixty-nine: test only
BLOG_BATCHES += (399, 400)  # seventy and seventy-one: test only
BLOG_BATCHES += (400, 400)  # seventy-two and seventy-three: test only
BLOG_BATCHES += (398, 399)  # seventy-four and seventy-five: test only
BLOG_BATCHES += (399, 395)  # seventy-six and seventy-seven: test only
BLOG_BATCHES += (397, 400)  # seventy-eight and seventy-nine: test only
BLOG_BATCHES += (399, 398)  # eighty and eighty-one: test only
BLOG_BATCHES += (399, 399)  # eighty-two and eighty-three: test only
BLOG_BATCHES += (399, 399)  # eighty-four and eighty-five: test only
BLOG_BATCHES += (399, 399)  # eighty-six and eighty-seven: test only
BLOG_BATCHES += (399, 400)  # eighty-eight and eighty-nine: test only
BLOG_BATCHES += (400, 400)  # ninety and ninety-one: test only
BLOG_BATCHES += (400, 400)  # ninety-two and ninety-three: test only
BLOG_BATCHES += (400, 399)  # ninety-four and ninety-five: test only
BLOG_BATCHES += (399, 400)  # ninety-six and ninety-seven: test only
BLOG_BATCHES += (399, 399)  # ninety-eight and ninety-nine: test only
BLOG_BATCHES += (396, 398)  # one hundred and one hundred and one: test only
CATEGORIES = BLOG_CATEGORIES  # the engine names the clause among these signals
SIGNALS = ("flag", *CATEGORIES)  # flag: breaks any clause
# C, the NB smoothing (Hyper.nb_alpha, 1) and no row weights, measured again on 31,124 training
# rows (74 writers) on the flag signal (the clause signals as they are): out of fold, writers
# grouped, its catches among the violating comments the rules let through that the engine would
# hand it (15 words or more, likeliest clause hate, libel or troll) at 1% of each language's
# harmless comments, English / Spanish: 984 / 1,048 here. C 8: 948 / 1,009; C 32: 983 / 1,076;
# smoothing 0.5: 990 / 1,064, 2: 948 / 1,031. Violating rows weighted 0.7: 962 / 1,061; 1.5:
# 1,011 / 1,062; 2: 1,014 / 1,057; the violating rows the rules already catch weighted 0.5 or
# 0.25 (the model is asked only about the rest): 968 / 1,071 and 944 / 1,072. The best,
# violating rows 1.5 with C 32: 1,014 / 1,069 (a writer bootstrap's 90% interval of the gain:
# +6 to +56 in English, -7 to +57 in Spanish), as many must-pass cases held (4), but its scores
# sit higher, and on CUTS its chosen cut, 0.85, catches 867 / 980 for 41 / 65 harmless holds
# against 849 / 987 for 43 / 72 at 0.75 here: no clear gain where the engine reads it, so
# neither changed.
HYPER = Hyper(c=16.0, nb=True)
# Character 4-grams only (the public model uses 2-5): as good out of fold, a fifth of the
# hashing per new word, which the web process pays on every comment the rules approve. Tried
# again on 31,124 rows, as HYPER: with 3-grams 938 / 1,036 catches at 1% of the harmless
# comments (against 984 / 1,048), with 5-grams 964 / 1,042, and the scorer's first reading of a
# comment costs 25% and 12% more (about 150 and 135 µs a comment against 120, on 2,000 of the
# screening benchmark's). Word trigrams are features already: scorer.context_features hashes
# every trigram within a clause, class words as their class.
CHAR_NGRAMS = (4,)
FOLDS = 5
# The cuts tried, on a 0.01 grid from 0.5 to 0.95: the same rule read on a 0.05 grid left
# catches on the table. On 32,853 rows the bars passed at 0.71, not 0.75: out of fold 933
# English and 1,048 Spanish catches against 866 and 981, for 63 and 88 harmless holds against
# 41 and 71; what bound there was the harmless share in Spanish. On the sixteenth session's
# 45,183 rows they pass at 0.62 (docs/blog-model.md, "The operating point"), and each retraining
# on more rows has moved the cut down, since the bars are read in our writers' voice only.
# Finer than 0.01 would choose among cuts a few comments apart. The report prints REPORT_CUTS
# and the chosen line.
CUT_STEP = 0.01
CUTS = tuple(round(0.5 + CUT_STEP * i, 2) for i in range(46))
REPORT_CUTS = (0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
# The operating point: the lowest cut at which the model's extra holds (on comments the rules
# approve) are at least MIN_PRECISION violations and hold at most MAX_HARMLESS of the harmless
# comments, in English and in Spanish alike, out of fold with every writer's comments kept in
# one fold. The ninth session tried 2% (cut 0.65 instead of 0.75): out of fold and on the blog
# set's test rows it caught about four violating comments for each harmless one it held more
# (test rows: 65 for 14), but on OffendES's non-offensive Spanish comments, written outside our
# writers' voice, it held 380 more for 64 more catches (macro-F1 0.724 -> 0.705). So 1% stays.
MIN_PRECISION = 0.9
MAX_HARMLESS = 0.01
# The precision bar is read at its one-sided 95% Wilson lower bound, not at the point estimate:
# it is read on the holds a cut adds, which can be a few dozen, and a cut read on so few could
# pass by luck. The eleventh session's long cut, 0.6, passed at 18 catches for 2 harmless (90.0%)
# in English and 28 for 3 in Spanish, and held 6 harmless for 14 catches on the blog set's test
# rows. With the bound no cut passes on fewer than 25 holds (25 right of 25 is 90.2% at the
# bound), 18 of 20 is 73.8%, and the main gate, read on hundreds, moves little (725 of 758 is
# 94.3%). The harmless share stays a point estimate: it is read on all the harmless comments of
# a language (thousands, the same for every cut), and at its upper bound it would only tighten
# the 1% budget (to about 0.8% on today's data; the main cut would go from 0.75 to 0.8, out of
# fold 146 fewer catches for 24 fewer harmless holds), a change of policy, not of luck.
BAR_Z = 1.645
# The cut for comments of BLOG_LONG_WORDS words or more: the lowest of these at which the holds
# it adds to the main cut's meet the same bars in each language. Not 0.5: out of fold the holds
# between 0.5 and 0.55 were 5 violating comments for 2 harmless, and the bars are read on a few
# dozen comments here.
LONG_CUTS = tuple(c for c in CUTS if c >= 0.55)  # those under the main cut are read
# Window reading (decide.blog_windows): the comment lengths from which it was tried; the
# engine's is decide.BLOG_WINDOW_WORDS, and its cut the lowest of CUTS at which the holds it
# adds to the whole comment's meet the bars in each language at once (none: it stays off).
WINDOW_WORDS_TRIED = (30, 50)
# Short comments (decide.BLOG_SHORT_WORDS to BLOG_MIN_WORDS - 1 words): the lengths from which
# reading them was tried; the engine's cut for them, `hold_short_at`, is the lowest of CUTS, not
# below the main cut, at which the holds it adds meet the bars in each language at once, the
# share of harmless comments read among the short harmless ones of the language (a few hundred,
# not thousands); none passing, the artifact has no short cut and the engine reads no short
# comment.
SHORT_WORDS_TRIED = (5, 8, 10)
# Off: the cut is chosen and reported, never stored. Out of fold the bars pass (0.95 from 5
# words, 0.9 from 8 or 10), but on short comments the model is sure of itself for the wrong
# reasons: at the engine's BLOG_SHORT_WORDS (10) it held 24 of our hand-written must-pass cases
# in tests/policy at 0.9, 12 at 0.95 and still 2 at 0.99 ("The refs tonight? They're animals,
# every one of them.", "Nobody cares about the small ranchers, that's the truth."); from 5
# words 51, 28 and 6. A model fitted on comments under 20 words only was no better out of fold
# (more harmless holds for as many catches). The tenth session's training file, with about
# 1,400 more short comments, still held 28 must-pass cases at 0.9 from 10 words; on 31,124 rows
# the bars pass at 0.95 from 10 words and it holds 49 of the 977 must-pass cases of 10-14 words
# the rules approve at 0.9, 27 at 0.95 and 7 at 0.99. Turn on when a retraining clears those
# cases.
# Measured again on 32,853 rows with the 0.01 grid (main cut 0.71), out of fold from 10 words,
# English and Spanish catches / harmless holds, and the must-pass cases of 10-14 words the rules
# approve (1,047) that the full model would hold. No guard: the bars pass from 0.92 (90/1 and
# 112/5, 45 must-pass cases), at 0.95 69/0 and 74/2 (29), at 0.97 42/0 and 52/2 (18). Guards
# of language tried, each a reading the engine could make of the comment:
# - no quoted words (a mention, not a use): from 0.9, 97/3 and 123/7 (51); at 0.95 28 held;
# - someone to offend (a group, the second person, a name or title): from 0.92 (33); 0.95: 21;
# - the named clause's own object (hate: a group or a group pronoun; troll: the second person
#   or a name; libel: a name or a title): from 0.89, 75/3 and 101/4 (35); 0.95: 43/0, 55/0 (18);
# - the named clause's own signal at the cut as well: the bars pass at the main cut, 132/4 and
#   135/4, but 71 must-pass cases held; 0.95: 42/0, 42/1 (15);
# - no negation (ten words are too few for n-grams to tell "women shouldn't be judges" from
#   "women shouldn't be in danger"): from 0.92 (32); 0.95: 57/0, 52/1 (21);
# - the clause's object and no negation: from 0.89, 63/2 and 69/1 (22); 0.95: 37/0, 37/0 (10);
# - those two and the clause's signal: from the main cut, 77/1 and 69/1 (28); at 0.95 26/0 and
#   23/0 (4), under the bars in Spanish (23 of 23 is 89.5% at the bound).
# None holds at most a handful of must-pass cases at the cut the rule chooses, nor at one where
# it still catches most of what it adds unguarded: what stays held is a group sentence with a
# kind ending, congratulations to a "you", an office's money, an idiom ("se robó las miradas").
# Off then; contrasting short harmless comments of those shapes in the training file were the fix.
# On since the seventeenth session: six writers (eq-ev) added 1,791 comments of 4-14 words, 60%
# harmless of those shapes (46,974 rows). Out of fold the bars pass at 0.95 from 10 words, the
# must-pass cases held fell (at 0.95, 25 -> 11 of the 1,125 of 10-14 words the rules approve), and
# on the blog set's test rows the short comments caught went 830 -> 866 of 1,087 with none of
# their 981 harmless held. What it still holds of our must-pass cases is a strict xfail.
SHORT_READING = True
# The out-of-voice gate (decide.blog_in_voice): the engine's holds need at least this share of
# the comment's feature occurrences to have a weight in the flag table (`Scorer.coverage`), the
# share of the comment the model saw anything like in training. On OffendES (Spanish comments
# on television, outside our writers' voice; evaluate-only) the model held about five
# non-offensive comments for each offensive one, with p(flag) barely different between them, so
# neither a higher cut nor the confidence margin tells them apart; what sets those comments
# apart is that they are not written like ours. The floor is chosen here on our comments only:
# the highest of COVERAGE_FLOORS that keeps at least COVERAGE_KEEP of the out-of-fold extra
# catches in each language (each fold's coverage read on that fold's quantised weights, so a
# comment is measured against writers it was not written by, as a new reader's would be).
# Coverage is read on all the features, as the score is: a share of word unigrams or of word
# bigrams alone was tried, and on English tweets (HateXplain's train split, another voice)
# fewer of the comments the model would hold fall under their floors (5% and 10%, against 17%).
# Measured after the choice, never used for it: at 0.8 the blog set's test rows lose no catch,
# and OffendES's holds go from 743 non-offensive and 152 offensive to 676 and 135 (macro-F1
# 0.725 -> 0.727): most of those comments are not far from our voice by this measure.
COVERAGE_FLOORS = (0.7, 0.72, 0.74, 0.76, 0.78, 0.8, 0.82, 0.84, 0.86)
COVERAGE_KEEP = 0.99
LENGTH_BANDS = (
    ("5-7", 5, 8),
    ("8-9", 8, 10),
    ("10-14", 10, BLOG_MIN_WORDS),
    ("15-29", 15, 30),
    ("30-49", 30, 50),
    ("50-59", 50, 60),
    ("60+", 60, 1 << 30),
)


@dataclass(frozen=True, slots=True)
class BlogRow:
    text: str
    lang: str
    category: str | None  # None: harmless
    group: str  # the writer or batch: folds keep a group together
    model_text: str = ""
    rules_approve: bool = True  # the engine without the blog model approves it
    framed: bool = False  # a reporting or counter-speech frame: no hold for hate (decide.py)
    words: int = 0  # words as the model reads them (of `model_text`)
    # (model text, framed) of each window the engine would read (decide.blog_windows), for
    # comments the rules approve from the shortest length tried
    windows: tuple[tuple[str, bool], ...] = ()

    @property
    def long_enough(self) -> bool:
        """Long enough for the engine to ask the blog model (decide.BLOG_MIN_WORDS)."""
        return self.words >= BLOG_MIN_WORDS

    def short(self, min_words: int = BLOG_SHORT_WORDS) -> bool:
        """Under the floor but from `min_words` words: read only with a short cut."""
        return min_words <= self.words < BLOG_MIN_WORDS

    def label(self, signal: str) -> int:
        if signal == "flag":
            return int(self.category is not None)
        return int(self.category == signal)


def _row(obj: dict, group: str) -> BlogRow:
    text = obj["text"][:MAX_TEXT]
    lang = obj.get("lang")
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    an = analyse(text, lang)
    rules_approve = verdict.action == Action.APPROVE
    mtext = model_text(an)
    words = len(text_words(mtext))
    windows: tuple[tuple[str, bool], ...] = ()
    if rules_approve and words >= min(WINDOW_WORDS_TRIED):
        windows = tuple((model_text(an, a, b), f) for a, b, f in blog_windows(an))
    return BlogRow(
        text=text,
        lang=lang or "",
        category=obj.get("category"),
        group=group,
        model_text=mtext,
        rules_approve=rules_approve,
        framed=speech_frame(an),
        words=words,
        windows=windows,
    )


def blog_rows(train_file: Path = TRAIN_FILE, blog_set: Path = BLOG_SET) -> list[BlogRow]:
    """The training file (grouped by its `writer` field) and the blog set's dev rows (grouped
    by batch). The blog set's test rows are never read here."""
    rows = []
    for line in train_file.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            rows.append(_row(obj, obj["writer"]))
    if blog_set.is_file():
        bounds = np.cumsum(BLOG_BATCHES)
        lines = [ln for ln in blog_set.read_text(encoding="utf-8").splitlines() if ln.strip()]
        for i, line in enumerate(lines):
            obj = json.loads(line)
            if obj.get("split") == "dev":
                batch = int(np.searchsorted(bounds, i, side="right")) + 1
                rows.append(_row(obj, f"blog-set batch {batch}"))
    return rows


def wilson(k: int, n: int, z: float = BAR_Z) -> tuple[float, float]:
    """The Wilson score interval of k successes in n trials: unlike the normal approximation it
    stays inside [0, 1] and stays wide when k is 0 or n, where small samples are read."""
    if n <= 0:
        return 0.0, 1.0
    p = k / n
    d = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / d
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return max(0.0, centre - half), min(1.0, centre + half)


def gate_row(cut: float, caught: int, wrong: int, harmless: int) -> dict:
    """One line of a gate table: what a cut adds, the two figures the bars read, and the
    precision's lower bound (`precision_low`), at which its bar is read."""
    held = caught + wrong
    return {
        "cut": cut,
        "caught": caught,
        "harmless_held": wrong,
        "harmless": harmless,
        "precision": caught / held if held else None,
        "precision_low": wilson(caught, held)[0] if held else None,
        "harmless_share": wrong / harmless if harmless else 0.0,
    }


def meets_bars(g: dict) -> bool:
    """A gate line passes when its holds are at least MIN_PRECISION violations at the lower
    bound and hold at most MAX_HARMLESS of the harmless comments. A line that holds nothing
    passes (it adds no hold to be wrong about)."""
    if g["caught"] + g["harmless_held"] == 0:
        return True
    return g["precision_low"] >= MIN_PRECISION and g["harmless_share"] <= MAX_HARMLESS


def _gate(rows: list[BlogRow], p: np.ndarray, asked: np.ndarray, scope: np.ndarray) -> list[dict]:
    """Extra holds per cut among the comments in `scope` that the engine would hand to the
    model (`asked`: the rules approve, long enough, likeliest clause one the model may hold)."""
    approve = asked & scope
    bad = np.array([r.category is not None for r in rows])
    harmless = int((~bad & scope).sum())
    missed = int((np.array([r.rules_approve for r in rows]) & bad & scope).sum())
    out = []
    for cut in CUTS:
        held = approve & (p >= cut)
        caught, wrong = int((held & bad).sum()), int((held & ~bad).sum())
        out.append({**gate_row(cut, caught, wrong, harmless), "missed_before": missed})
    return out


def hold_cut(gate: list[dict], default: float = CUTS[-1]) -> float:
    """The lowest cut meeting both bars (`default` when none does)."""
    for g in gate:
        if meets_bars(g):
            return g["cut"]
    return default


def long_hold_cut(gates: dict[str, list[dict]], cut: float) -> float:
    """The lowest long cut at which the added holds meet both bars in every language at once
    (`cut`, the main one, when none does). Asking each language for its own lowest passing cut
    and taking the higher is not enough here: a few dozen long comments make the figures
    jumpy, and a cut can pass in one language and fail in the other above its own."""
    for i, g in enumerate(next(iter(gates.values()), [])):
        # a line that adds no catch is no reason to read more (on the 0.01 grid the line just
        # under the main cut often adds nothing, and passed the bars for holding nothing)
        if not any(gate[i]["caught"] for gate in gates.values()):
            continue
        if all(meets_bars(gate[i]) for gate in gates.values()):
            return min(cut, g["cut"])
    return cut


def long_gate(
    rows: list[BlogRow], p: np.ndarray, asked: np.ndarray, scope: np.ndarray, cut: float
) -> list[dict]:
    """The holds a lower cut for long comments adds to the main cut's, per long cut: violating
    comments, harmless ones, and those per length band (30-59 words, 60 or more)."""
    words = np.array([r.words for r in rows])
    bad = np.array([r.category is not None for r in rows])
    harmless = int((~bad & scope).sum())
    out = []
    for long_cut in (c for c in LONG_CUTS if c < cut):
        extra = asked & scope & (words >= BLOG_LONG_WORDS) & (p >= long_cut) & (p < cut)
        caught, wrong = int((extra & bad).sum()), int((extra & ~bad).sum())
        out.append(gate_row(long_cut, caught, wrong, harmless))
    return out


def short_gate(
    rows: list[BlogRow], p: np.ndarray, asked: np.ndarray, scope: np.ndarray, min_words: int
) -> list[dict]:
    """`_gate` among comments of `min_words` to BLOG_MIN_WORDS - 1 words in `scope` (`asked`:
    the rules approve, the likeliest clause one the model may hold): the harmless share is of
    the band's harmless comments."""
    return _gate(rows, p, asked, scope & np.array([r.short(min_words) for r in rows]))


def short_hold_cut(gates: dict[str, list[dict]], cut: float) -> float | None:
    """The lowest short cut, not below the main `cut`, at which the holds it adds meet both bars
    in every language at once and catch something, or None (short comments stay unread)."""
    return joint_hold_cut(gates, floor=cut)


def window_holds(rows: list[BlogRow], owner: np.ndarray, wp: dict[str, np.ndarray], cut: float):
    """Per row: a window of it the engine would hold on at `cut` (p(flag) at least the cut, its
    likeliest clause one the model may hold, no hate in a frame of the comment or window)."""
    out = np.zeros(len(rows), dtype=bool)
    for j in np.flatnonzero(wp["flag"] >= cut):
        i = owner[j]
        top = max(CATEGORIES, key=lambda c: wp[c][j])
        framed = rows[i].framed or rows[i].windows[_window_index(owner, j)][1]
        if top in BLOG_HOLDS and not (top == "hate" and framed):
            out[i] = True
    return out


def _window_index(owner: np.ndarray, j: int) -> int:
    """The place of window j among its comment's windows (windows are stored row by row)."""
    return j - int(np.searchsorted(owner, owner[j], side="left"))


def window_gate(
    rows: list[BlogRow],
    owner: np.ndarray,
    wp: dict[str, np.ndarray],
    whole_held: np.ndarray,
    scope: np.ndarray,
    min_words: int,
) -> list[dict]:
    """The holds window reading adds to the whole comment's, per window cut, among comments of
    `min_words` words or more the rules approve and the whole comment does not hold."""
    bad = np.array([r.category is not None for r in rows])
    words = np.array([r.words for r in rows])
    approve = np.array([r.rules_approve for r in rows])
    harmless = int((~bad & scope).sum())
    base = scope & approve & (words >= min_words) & ~whole_held
    out = []
    for cut in CUTS:
        extra = base & window_holds(rows, owner, wp, cut)
        caught, wrong = int((extra & bad).sum()), int((extra & ~bad).sum())
        out.append(gate_row(cut, caught, wrong, harmless))
    return out


def window_hold_cut(gates: dict[str, list[dict]]) -> float | None:
    """The lowest window cut at which the added holds meet both bars in every language at once,
    or None (window reading off)."""
    return joint_hold_cut(gates)


def joint_hold_cut(gates: dict[str, list[dict]], floor: float = 0.0) -> float | None:
    """The lowest cut from `floor` at which the added holds meet both bars in every language at
    once, or None; a cut that adds no catch is no reason to read more comments."""
    for i, g in enumerate(next(iter(gates.values()))):
        if g["cut"] < floor:
            continue
        if all(meets_bars(gate[i]) for gate in gates.values()):
            return g["cut"] if any(gate[i]["caught"] for gate in gates.values()) else None
    return None


def by_length(
    rows: list[BlogRow], held: np.ndarray, scope: np.ndarray
) -> list[tuple[str, int, int, int, int]]:
    """(band, caught, violating the rules let through, harmless held, harmless) per band of
    words as the model reads them."""
    words = np.array([r.words for r in rows])
    bad = np.array([r.category is not None for r in rows])
    approve = np.array([r.rules_approve for r in rows])
    out = []
    for name, lo, hi in LENGTH_BANDS:
        band = scope & (words >= lo) & (words < hi)
        out.append(
            (
                name,
                int((held & bad & band).sum()),
                int((approve & bad & band).sum()),
                int((held & ~bad & band).sum()),
                int((~bad & band).sum()),
            )
        )
    return out


def weighted(model) -> np.ndarray:
    """Per feature: it has a weight once the model is quantised as the artifact stores it
    (fit.quantise), which is what `Scorer.coverage` reads."""
    coef = model.coef_[0]
    peak = float(np.max(np.abs(coef))) or 1.0
    return np.rint(coef / (peak / QMAX)) != 0


def coverage(x, has_weight: np.ndarray) -> np.ndarray:
    """Per row of `x` (featurise: counts over the root of the total): the share of its feature
    occurrences that have a weight, as `Scorer.coverage` reads it (a common factor cancels)."""
    total = np.asarray(x.sum(axis=1)).ravel()
    seen = np.asarray(x @ has_weight.astype(np.float64)).ravel()
    return np.divide(seen, total, out=np.ones_like(total), where=total > 0)


def coverage_gate(
    rows: list[BlogRow], held: np.ndarray, cov: np.ndarray, scope: np.ndarray
) -> list[dict]:
    """Per floor of COVERAGE_FLOORS: of the holds in `scope`, the violating and harmless ones
    kept (coverage at the floor or above), and the comments the model reads that fall under."""
    bad = np.array([r.category is not None for r in rows])
    reads = np.array([r.rules_approve and r.long_enough for r in rows]) & scope
    out = []
    for floor in COVERAGE_FLOORS:
        keep = cov >= floor
        out.append(
            {
                "floor": floor,
                "caught": int((held & bad & scope).sum()),
                "caught_kept": int((held & bad & scope & keep).sum()),
                "harmless_held": int((held & ~bad & scope).sum()),
                "harmless_kept": int((held & ~bad & scope & keep).sum()),
                "reads": int(reads.sum()),
                "reads_under": int((reads & ~keep).sum()),
            }
        )
    return out


def coverage_floor(gates: dict[str, list[dict]]) -> float | None:
    """The highest floor that keeps COVERAGE_KEEP of the extra catches in every language at
    once, or None (no floor: every comment is read as in voice)."""
    best = None
    for i, g in enumerate(next(iter(gates.values()))):
        kept = (
            gate[i]["caught_kept"] >= COVERAGE_KEEP * gate[i]["caught"] for gate in gates.values()
        )
        if all(kept):
            best = g["floor"]
    return best


def must_pass_held(
    models: dict,
    lookup: dict[str, str],
    cut: float,
    long_cut: float,
    cases: list[tuple[str, str | None]],
    min_coverage: float | None = None,
    short_cut: float | None = None,
) -> list[tuple[str, str, float, str]]:
    """(text, lang, p(flag), clause) of our hand-written must-pass cases (must_pass.py) that the
    engine would hold at the stored cuts: the rules approve, long enough (or, with a
    `short_cut`, from BLOG_SHORT_WORDS words), p(flag) at the cut for its length, the likeliest
    clause one the model may hold, not hate in a frame. For the report only: a cut moved to
    clear a named sentence would be fitted to it."""
    rows = [_row({"text": t, "lang": lang}, "must-pass") for t, lang in cases]
    asked = [r for r in rows if r.rules_approve and (r.long_enough or (short_cut and r.short()))]
    if not asked:
        return []
    x = featurise(
        [r.model_text for r in asked], bits=HYPER.bits, classes=lookup, ngrams=CHAR_NGRAMS
    )
    p = {sig: m.predict_proba(x)[:, 1] for sig, m in models.items()}
    cov = coverage(x, weighted(models["flag"]))
    floor = 0.0 if min_coverage is None else min_coverage
    out = []
    for i, r in enumerate(asked):
        top = max(CATEGORIES, key=lambda c, i=i: p[c][i])
        if r.words < BLOG_MIN_WORDS:
            at = max(cut, short_cut or 1.0)
        else:
            at = long_cut if r.words >= BLOG_LONG_WORDS else cut
        if cov[i] < floor:
            continue
        if p["flag"][i] >= at and top in BLOG_HOLDS and not (top == "hate" and r.framed):
            out.append((r.text, r.lang, float(p["flag"][i]), top))
    return out


def blog_training_run(*, out: Path, train_file: Path = TRAIN_FILE) -> dict:
    started = time.perf_counter()
    rows = blog_rows(train_file)
    # The public model's class words (English group names and slurs): Spanish ones were no
    # better out of fold, and with the same classes the engine reads a comment's context
    # features once for both models.
    classes = word_classes()
    lookup = {w: name for name, words in classes.items() for w in words}
    x = featurise([r.model_text for r in rows], bits=HYPER.bits, classes=lookup, ngrams=CHAR_NGRAMS)
    groups = np.array([r.group for r in rows])
    writers = ~np.char.startswith(groups.astype(str), "blog-set")
    folds = list(GroupKFold(n_splits=FOLDS).split(x, groups=groups))
    # every row's windows, scored out of fold by the model of the row's fold
    owner = np.array([i for i, r in enumerate(rows) for _ in r.windows], dtype=int)
    xw = featurise(
        [t for r in rows for t, _ in r.windows], bits=HYPER.bits, classes=lookup, ngrams=CHAR_NGRAMS
    )
    oof: dict[str, np.ndarray] = {}
    wp: dict[str, np.ndarray] = {}
    models = {}
    cov = np.ones(len(rows))  # coverage, each row read on its fold's flag weights
    for sig in SIGNALS:
        y = np.array([r.label(sig) for r in rows])
        p = np.zeros(len(rows))
        pw = np.zeros(len(owner))
        for train, val in folds:
            fitted = model_fit(x[train], y[train], hyper=HYPER)
            p[val] = fitted.predict_proba(x[val])[:, 1]
            if sig == "flag":
                cov[val] = coverage(x[val], weighted(fitted))
            in_val = np.isin(owner, val)
            if in_val.any():
                pw[in_val] = fitted.predict_proba(xw[in_val])[:, 1]
        oof[sig] = p
        wp[sig] = pw
        models[sig] = model_fit(x, y, hyper=HYPER)
    top = [max(CATEGORIES, key=lambda c, i=i: oof[c][i]) for i in range(len(rows))]
    may_hold = np.array(
        [
            r.rules_approve and t in BLOG_HOLDS and not (t == "hate" and r.framed)
            for r, t in zip(rows, top, strict=True)
        ]
    )
    asked = may_hold & np.array([r.long_enough for r in rows])
    # The cut is chosen on the training file's writers only: the rules were developed on the
    # blog set's dev rows, so those rows say little about what the rules would miss.
    gate = {
        lang: _gate(rows, oof["flag"], asked, writers & np.array([r.lang == lang for r in rows]))
        for lang in ("en", "es")
    }
    gate["all"] = _gate(rows, oof["flag"], asked, writers)
    cut = max(hold_cut(gate["en"]), hold_cut(gate["es"]))  # the bars hold in each language
    langs = {lang: writers & np.array([r.lang == lang for r in rows]) for lang in ("en", "es")}
    long = {lang: long_gate(rows, oof["flag"], asked, s, cut) for lang, s in langs.items()}
    long_cut = long_hold_cut(long, cut)
    words = np.array([r.words for r in rows])
    held = asked & (oof["flag"] >= np.where(words >= BLOG_LONG_WORDS, long_cut, cut))
    window = {
        n: {lang: window_gate(rows, owner, wp, held, s, n) for lang, s in langs.items()}
        for n in WINDOW_WORDS_TRIED
    }
    window_cut = window_hold_cut(window[BLOG_WINDOW_WORDS])
    short = {
        n: {lang: short_gate(rows, oof["flag"], may_hold, s, n) for lang, s in langs.items()}
        for n in SHORT_WORDS_TRIED
    }
    short_passing = short_hold_cut(short[BLOG_SHORT_WORDS], cut)
    short_cut = short_passing if SHORT_READING else None
    if short_cut is not None:
        held = held | (may_hold & np.array([r.short() for r in rows]) & (oof["flag"] >= short_cut))
    # the out-of-voice gate, on all our comments (the training file's writers and the blog
    # set's dev rows): both are written in the voice the engine will read
    everyone = np.ones(len(rows), dtype=bool)
    in_lang = {lang: np.array([r.lang == lang for r in rows]) for lang in ("en", "es")}
    voice = {lang: coverage_gate(rows, held, cov, s) for lang, s in in_lang.items()}
    voice["all"] = coverage_gate(rows, held, cov, everyone)
    min_coverage = coverage_floor({lang: voice[lang] for lang in in_lang})
    if min_coverage is not None:
        held = held & (cov >= min_coverage)
    held_whole = held
    if window_cut is not None:
        approve = np.array([r.rules_approve for r in rows])
        held = held | (
            approve & (words >= BLOG_WINDOW_WORDS) & window_holds(rows, owner, wp, window_cut)
        )
    lengths = {lang: by_length(rows, held, s) for lang, s in langs.items()}
    lengths_whole = {lang: by_length(rows, held_whole, s) for lang, s in langs.items()}
    auc = {}
    for sig in SIGNALS:
        y = np.array([r.label(sig) for r in rows])
        auc[sig] = float(roc_auc_score(y[writers], oof[sig][writers]))
    named: Counter = Counter()  # (labelled category, the clause the model names) at the cut
    for i in np.flatnonzero(writers & asked & (oof["flag"] >= cut) & held):
        named[(rows[i].category or "harmless", top[i])] += 1
    meta = {
        "kind": "blog",
        "seed": HYPER.seed,
        "c": HYPER.c,
        "hold_at": cut,
        "hold_long_at": long_cut,
    }
    if window_cut is not None:
        meta["hold_window_at"] = window_cut
    if short_cut is not None:
        meta["hold_short_at"] = short_cut
    if min_coverage is not None:
        meta["min_coverage"] = min_coverage
    models_export(out, models=models, hyper=HYPER, meta=meta, classes=classes, ngrams=CHAR_NGRAMS)
    cases = must_pass_cases()  # the test tables, parsed once
    must_pass = must_pass_held(models, lookup, cut, long_cut, cases, min_coverage, short_cut)
    # what the passing short cut would hold besides, while short reading is off (the reason it
    # is off): the short comments among the holds at that cut
    must_pass_short = []
    if short_cut is None and short_passing is not None:
        held_at = must_pass_held(models, lookup, cut, long_cut, cases, min_coverage, short_passing)
        must_pass_short = [h for h in held_at if h not in must_pass]
    counts = Counter((r.group, r.lang, r.category or "harmless") for r in rows)
    return {
        "rows": len(rows),
        "counts": {k: n for k, n in sorted(counts.items())},
        "gate": gate,
        "hold_at": cut,
        "hold_long_at": long_cut,
        "long_gate": long,
        "hold_window_at": window_cut,
        "window_gate": window,
        "hold_short_at": short_cut,
        "min_coverage": min_coverage,
        "coverage_gate": voice,
        "short_passing": short_passing,
        "short_gate": short,
        "windows": len(owner),
        "lengths": lengths,
        "lengths_whole": lengths_whole,
        "roc_auc": auc,
        "named": dict(sorted(named.items())),
        "must_pass_cases": len(cases),
        "must_pass_held": must_pass,
        "must_pass_short": must_pass_short,
        "artifact_bytes": out.stat().st_size,
        "seconds": time.perf_counter() - started,
    }
