"""The blog model: what it adds to the rules, what it must leave alone, and how it is trained.

Hand-written comments of 15 words or more (the engine asks the model nothing shorter), in the
blog's voice; none is copied from the training file or the blog set.
"""

import io
import itertools
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from django.core.management import call_command

from moderation.policy import Submission, decide, screen
from moderation.policy.analysis import analyse
from moderation.policy.decide import (
    BLOG_HOLD_FLOOR,
    BLOG_LONG_WORDS,
    BLOG_MIN_WORDS,
    BLOG_SHORT_WORDS,
    blog_cut,
)
from moderation.policy.model import BLOG_ARTIFACT, load_scorer, model_text
from moderation.training.blog import HYPER, gate_row, hold_cut, meets_bars, wilson

REPO = Path(__file__).resolve().parents[2]

# Violations with no listed word, phrasing or act: the rules let them through.
IMPLICIT = [
    ("hate", "You can always tell when a neighborhood starts going downhill, the moment those "
             "families from across the border start moving in next door."),
    # (the rules now hold "we all know exactly which kind of people are filling those beds"
    # beside a crime figure, since enhate8's neighbourhood hints: this one names neither)
    ("hate", "They keep putting the new shelters in our part of town and then act surprised "
             "when the police blotter doubles."),
    ("hate", "Cada vez que abren un albergue para migrantes sube la delincuencia, y todos "
             "sabemos muy bien qué clase de gente duerme ahí."),
    ("libel", "El director de obras Julián Cantú cobra lo suyo de cada contrato del municipio, "
              "por eso anda estrenando camioneta cada año."),
    ("libel", "Everybody at city hall knows councilman Pete Arvizu is taken care of by the "
              "towing company every month, that is why they keep the contract."),
    ("troll", "Honestly Marcos, reading your comments every morning is like watching a toddler "
              "try to explain economics to a room full of adults, just stop."),
]  # fmt: skip

# Hard harmless comments: civil disagreement, thanks, attributed allegations, counter-speech.
HARMLESS = [
    "I think you are wrong about the asylum numbers, the court backlog doubled after the "
    "hiring freeze, here is the report from the clerk's office.",
    "Thanks for answering my question about the water permits, you explained it better than "
    "the county website ever did, honestly.",
    "The senator was convicted in 2019 of taking bribes from a paving contractor, according "
    "to the federal court records linked in the article.",
    "Saying that immigrants are criminals is a lie, and the county's own arrest data shows "
    "they are arrested less often than people born here.",
    "No estoy de acuerdo contigo en lo de los aranceles, pero reconozco que tus números están "
    "bien citados y que el argumento es serio.",
    "Según la Fiscalía, el exalcalde está acusado de desviar fondos del DIF, aunque él dice "
    "que es persecución política y que lo va a demostrar.",
    "Decir que los indígenas son flojos es puro racismo, mi abuelo trabajó la milpa toda su "
    "vida y nunca faltó un solo día al campo.",
    "Gracias por escribir esto, eres de las pocas periodistas que todavía va a los pueblos a "
    "preguntar en lugar de repetir lo que dice el gobierno.",
]

# Harsh opinion the model still holds for a human (the rules pass it): known over-holds,
# bounded here so that they can never become rejections.
KNOWN_OVER_HOLDS = [
    "They are all the same, these people from Congress. Liars and crooks, every last one.",
    "The president's wall is a stupid waste of money and Congress should stop funding it.",
    # an idiom about a place, held at p=0.754 (cut 0.75) since the sixth session's retraining
    "You can take the boy out of Texas, but you can't take Texas out of the boy.",
    # held at p=0.766 and 0.772 (cut 0.75) since the seventh session's retraining, which added
    # 900 long and short comments; hand-written near misses of the troll and spam rules
    "Your kids go to public school, right? Then you know how bad the funding is.",
    "Soy el dueño de la taquería de la nota. Gracias a todos por el apoyo, seguimos abiertos.",
    # held at p=0.81 (cut 0.8) since the eighth session's retraining, which added 899 comments
    # on heat and health and on the courts; "culture breeds" said of a council, not a people
    "The council's culture breeds more secrecy every year the mayor stays in office, and the "
    "audit of the refugee housing fund proves it.",
]


@pytest.fixture(scope="module")
def blog():
    # The engine's own scorer (decide caches it), not a fresh load: a test elsewhere in the
    # worker that clears load_scorer's cache would leave this fixture patching a copy the
    # engine never reads, and the cut tests below would pass or fail by test order.
    scorer = decide.blog_model_scorer()
    if scorer is None:
        pytest.fail("the blog model artifact is missing or does not load")
    return scorer


def test_artifact_is_small_and_names_its_signals_and_cut(blog):
    assert BLOG_ARTIFACT.stat().st_size < 20_000_000
    assert blog.signals == ("flag", "hate", "libel", "troll", "profanity", "spam")
    assert 0.5 <= blog.header["meta"]["hold_at"] <= 0.95
    assert blog.ngrams == (4,)


@pytest.mark.parametrize(("category", "text"), IMPLICIT)
def test_holds_what_the_rules_miss_with_clause_and_words(category, text):
    assert screen(Submission(text=text), blog_model=False).action == "approve"
    verdict = screen(Submission(text=text))
    assert verdict.action == "hold"
    (finding,) = verdict.findings
    assert (finding.rule, str(finding.category), finding.clause) == (
        "model.blog",
        category,
        category,
    )
    assert finding.evidence
    for start, end in finding.evidence:
        assert 0 <= start < end <= len(text) and text[start:end].strip()


@pytest.mark.parametrize("text", HARMLESS)
def test_hard_harmless_comments_pass(text):
    verdict = screen(Submission(text=text))
    assert verdict.action == "approve", verdict.findings


@pytest.mark.parametrize("text", KNOWN_OVER_HOLDS)
def test_known_over_holds_are_never_rejected(text):
    assert screen(Submission(text=text), blog_model=False).action == "approve"
    verdict = screen(Submission(text=text))
    assert verdict.action in ("approve", "hold")
    assert all(f.rule == "model.blog" for f in verdict.findings)


# A short comment the rules still approve (the "leave a mess wherever they go" shapes are now
# hate.everyday's and hate.en_habit's: a neighbourhood's decline, told without a verb of blame).
SHORT_BAD = "Everywhere those border families settle, the neighborhood goes downhill fast."


def test_short_comments_reach_the_model_only_with_a_short_cut(blog, monkeypatch):
    """The model rates this short comment above its main cut; the word floor keeps it out unless
    the artifact stores a short cut, which it then has to reach."""
    read = model_text(analyse(SHORT_BAD))
    assert BLOG_SHORT_WORDS <= blog.word_count(read) < BLOG_MIN_WORDS
    p = blog.score(read, "flag")
    assert p >= blog.header["meta"]["hold_at"]
    meta = {k: v for k, v in blog.header["meta"].items() if k != "hold_short_at"}
    for short_cut, held in ((None, False), (p - 0.001, True), (p + 0.001, False)):
        if short_cut is not None:
            meta["hold_short_at"] = short_cut
        monkeypatch.setitem(blog.header, "meta", dict(meta))
        verdict = screen(Submission(text=SHORT_BAD))
        found = [(f.rule, f.action) for f in verdict.findings if f.rule.startswith("model.blog")]
        assert found == ([("model.blog.short", "hold")] if held else [])


def test_the_short_cut_applies_only_from_the_short_floor(blog, monkeypatch):
    """Under BLOG_SHORT_WORDS words, nothing is read however low the short cut."""
    text = "Those families ruin neighborhoods."
    assert blog.word_count(model_text(analyse(text))) < BLOG_SHORT_WORDS
    monkeypatch.setitem(blog.header, "meta", {**blog.header["meta"], "hold_short_at": 0.0})
    monkeypatch.setattr(decide, "BLOG_HOLD_FLOOR", 0.0)
    monkeypatch.setitem(decide.DEFAULT_THRESHOLDS, "hold", 0.0)
    monkeypatch.setitem(blog.header["meta"], "hold_at", 0.0)
    assert not [f for f in screen(Submission(text=text)).findings if f.rule.startswith("model.b")]


def test_the_artifact_stores_a_short_cut_not_below_the_main_one_or_none(blog):
    meta = blog.header["meta"]
    assert meta.get("hold_short_at") is None or meta["hold_at"] <= meta["hold_short_at"] <= 1.0


@pytest.mark.parametrize(
    ("en", "es", "expected"),
    [
        # each language passes from some cut, never both at one: off
        ([(0.8, 60, 1), (0.9, 20, 4)], [(0.8, 30, 5), (0.9, 40, 0)], None),
        ([(0.8, 60, 1), (0.9, 30, 0)], [(0.8, 30, 5), (0.9, 40, 0)], 0.9),
        ([(0.8, 60, 1), (0.9, 30, 0)], [(0.8, 60, 2), (0.9, 30, 1)], 0.8),
        # the bars met below the main cut (0.8): the main cut's own line decides
        ([(0.7, 60, 1), (0.8, 9, 5)], [(0.7, 60, 1), (0.8, 40, 0)], None),
        ([(0.8, 0, 0), (0.9, 0, 0)], [(0.8, 0, 0), (0.9, 0, 0)], None),  # adds nothing: off
        # 12 harmless of 1,000: more than MAX_HARMLESS however precise
        ([(0.8, 200, 12), (0.9, 90, 3)], [(0.8, 190, 1), (0.9, 90, 2)], 0.9),
        # nine right of nine is no evidence of 90% precision: off
        ([(0.8, 9, 0), (0.9, 5, 0)], [(0.8, 9, 0), (0.9, 6, 0)], None),
    ],
)
def test_the_short_cut_must_meet_the_bars_in_both_languages_at_once(en, es, expected):
    from moderation.training.blog import short_hold_cut

    gates = {"en": [_gate(*g) for g in en], "es": [_gate(*g) for g in es]}
    assert short_hold_cut(gates, 0.8) == expected


def test_the_short_gate_reads_the_band_and_its_own_harmless_comments():
    from moderation.training.blog import CUTS, BlogRow, short_gate

    def row(words, category=None, approve=True):
        return BlogRow("x", "en", category, "w", words=words, rules_approve=approve)

    rows = [
        row(BLOG_SHORT_WORDS, "hate"),  # in the band, caught from any cut
        row(BLOG_MIN_WORDS - 1),  # harmless in the band, held from any cut
        row(BLOG_MIN_WORDS - 1, "troll", approve=False),  # the rules hold it already
        row(BLOG_SHORT_WORDS - 1, "libel"),  # too short
        row(BLOG_MIN_WORDS, "libel"),  # the main cut's
        row(BLOG_MIN_WORDS),  # harmless, not in the band: not in the share
    ]
    p = [0.99, 0.99, 0.99, 0.99, 0.99, 0.99]
    asked = [r.rules_approve for r in rows]
    gate = short_gate(rows, np.array(p), np.array(asked), np.ones(6, dtype=bool), BLOG_SHORT_WORDS)
    assert [g["cut"] for g in gate] == list(CUTS)
    for g in gate:
        assert (g["caught"], g["harmless_held"], g["missed_before"]) == (1, 1, 1)
        assert g["harmless_share"] == 1.0


def test_the_model_never_rejects_and_never_names_spam_or_profanity():
    texts = [t for _, t in IMPLICIT] + HARMLESS + KNOWN_OVER_HOLDS
    findings = [f for t in texts for f in screen(Submission(text=t)).findings]
    found = [f for f in findings if f.rule == "model.blog"]
    assert len(found) >= len(IMPLICIT)
    for f in found:
        assert f.action == "hold"
        assert str(f.category) in ("hate", "libel", "troll")


def test_engine_screens_without_the_blog_artifact():
    code = (
        "from pathlib import Path\n"
        "import moderation.policy.model as model\n"
        "import moderation.policy.decide as decide\n"
        "decide.BLOG_ARTIFACT = Path('no-such-dir') / 'blog_model.bin'\n"
        "from moderation.policy import Submission, screen\n"
        f"v = screen(Submission(text={IMPLICIT[0][1]!r}))\n"
        "print(v.action, [f.rule for f in v.findings])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "approve []"


def test_training_never_reads_the_blog_sets_test_rows():
    from moderation.training.blog import BLOG_SET, blog_rows

    rows = blog_rows()
    from_set = [r for r in rows if r.group.startswith("blog-set")]
    lines = [json.loads(x) for x in BLOG_SET.read_text(encoding="utf-8").splitlines() if x]
    test_texts = {x["text"][:20_000] for x in lines if x["split"] == "test"}
    assert len(from_set) == sum(x["split"] == "dev" for x in lines)
    assert not test_texts & {r.text for r in rows}


def test_command_trains_deterministically_and_the_scorer_loads_it(tmp_path):
    """A small training file (three writers) with the blog set's dev rows (three batches):
    the same bytes twice, a report, and an artifact the engine's scorer loads."""
    lines = (REPO / "moderation/training/data/blog_comments_train.jsonl").read_text(
        encoding="utf-8"
    )
    rows = [json.loads(x) for x in lines.splitlines() if x]
    small = [r for w in ("writer-a", "writer-b", "writer-c") for r in rows if r["writer"] == w][
        ::15
    ]
    train = tmp_path / "train.jsonl"
    train.write_text("".join(json.dumps(r) + "\n" for r in small), encoding="utf-8")
    outs = []
    for n in (1, 2):
        out, report = tmp_path / f"m{n}.bin", tmp_path / f"r{n}.md"
        call_command(
            "train_blog_model",
            train_file=str(train),
            out=str(out),
            report=str(report),
            stdout=io.StringIO(),
        )
        outs.append(out.read_bytes())
        assert "## Out-of-fold figures" in report.read_text(encoding="utf-8")
    assert outs[0] == outs[1]
    scorer = load_scorer(tmp_path / "m1.bin")
    assert scorer is not None and set(scorer.scores("hola")) >= {"flag", "hate"}


def test_command_fails_clearly_without_a_training_file(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="training file not found"):
        call_command("train_blog_model", train_file=str(tmp_path / "none.jsonl"))


@pytest.mark.parametrize(
    ("meta", "words", "cut"),
    [
        ({"hold_at": 0.75, "hold_long_at": 0.55}, 15, 0.75),
        ({"hold_at": 0.75, "hold_long_at": 0.55}, BLOG_LONG_WORDS - 1, 0.75),
        ({"hold_at": 0.75, "hold_long_at": 0.55}, BLOG_LONG_WORDS, 0.55),
        ({"hold_at": 0.75, "hold_long_at": 0.55}, 400, 0.55),
        ({"hold_at": 0.75}, 400, 0.75),  # an artifact from before the long cut
        ({"hold_at": 0.7, "hold_long_at": 0.8}, 400, 0.7),  # never above the main cut
        ({"hold_at": 0.75, "hold_long_at": 0.2}, 400, BLOG_HOLD_FLOOR),  # never below the floor
        ({}, 400, 1.0),
        # short comments: read only with a short cut, from BLOG_SHORT_WORDS words
        ({"hold_at": 0.8}, BLOG_MIN_WORDS - 1, None),  # no short cut: not read
        ({"hold_at": 0.8, "hold_short_at": 0.95}, BLOG_MIN_WORDS - 1, 0.95),
        ({"hold_at": 0.8, "hold_short_at": 0.95}, BLOG_SHORT_WORDS, 0.95),
        ({"hold_at": 0.8, "hold_short_at": 0.95}, BLOG_SHORT_WORDS - 1, None),
        ({"hold_at": 0.8, "hold_short_at": 0.95}, BLOG_MIN_WORDS, 0.8),
        ({"hold_at": 0.8, "hold_short_at": 0.6}, BLOG_MIN_WORDS - 1, 0.8),  # never below main
        ({"hold_at": 0.2, "hold_short_at": 0.3}, BLOG_MIN_WORDS - 1, BLOG_HOLD_FLOOR),
    ],
)
def test_blog_cut_by_length(meta, words, cut):
    assert blog_cut(meta, words) == cut


def _gate(cut: float, caught: int, wrong: int) -> dict:
    """A gate-table line as training builds it, out of 1,000 harmless comments."""
    return gate_row(cut, caught, wrong, 1000)


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [
        (0, 0, 0.0, 1.0),  # no trial: nothing known
        (25, 25, 0.902, 1.0),
        (18, 20, 0.738, 0.966),
        (725, 758, 0.943, 0.967),
        (0, 1000, 0.0, 0.003),
        (42, 5524, 0.006, 0.010),
    ],
)
def test_wilson_bounds(k, n, low, high):
    lo, hi = wilson(k, n)
    assert (round(lo, 3), round(hi, 3)) == (low, high)
    assert lo <= (k / n if n else lo) <= hi


@pytest.mark.parametrize(
    ("caught", "wrong", "harmless", "passes"),
    [
        (0, 0, 1000, True),  # holds nothing: nothing to be wrong about
        (25, 0, 1000, True),  # the fewest holds that can pass, all right
        (24, 0, 1000, False),
        (9, 0, 1000, False),  # 100% at the point estimate, on nine
        (18, 2, 1000, False),  # 90.0% at the point estimate, 73.8% at the bound
        (60, 2, 1000, True),
        (900, 60, 100_000, True),  # 93.8%, 92.3% at the bound
        (190, 8, 1000, True),  # 0.8% of harmless held: the share at its point estimate
        (190, 10, 1000, True),
        (190, 11, 1000, False),  # 1.1% of harmless held, however precise
    ],
)
def test_a_gate_line_meets_the_precision_bar_at_its_lower_bound(caught, wrong, harmless, passes):
    g = gate_row(0.5, caught, wrong, harmless)
    assert meets_bars(g) is passes
    assert hold_cut([g], default=0.95) == (0.5 if passes else 0.95)


@pytest.mark.parametrize(
    ("en", "es", "expected"),
    [
        # each language passes from some cut, but never both at the same one: the main cut
        ([(0.6, 60, 1), (0.65, 20, 4)], [(0.6, 30, 5), (0.65, 40, 0)], 0.75),
        ([(0.6, 60, 1), (0.65, 30, 0)], [(0.6, 30, 5), (0.65, 40, 0)], 0.65),
        ([(0.6, 60, 1), (0.65, 30, 0)], [(0.6, 60, 2), (0.65, 30, 1)], 0.6),
        # nothing added: no reason to read more at a lower cut (on the 0.01 grid the line just
        # under the main cut often adds nothing)
        ([(0.6, 0, 0), (0.65, 0, 0)], [(0.6, 0, 0), (0.65, 0, 0)], 0.75),
        ([(0.6, 0, 0), (0.7, 0, 0)], [(0.6, 30, 0), (0.7, 0, 0)], 0.6),
        # the eleventh session's long cut: 90% at the point estimate on a few dozen comments
        # (18 for 2, 28 for 3), and 23 right of 23, are not enough to claim 90%: the main cut
        ([(0.6, 18, 2), (0.65, 11, 2)], [(0.6, 28, 3), (0.65, 23, 0)], 0.75),
        # nothing added in one language, enough evidence in the other
        ([(0.6, 0, 0), (0.65, 0, 0)], [(0.6, 40, 1), (0.65, 25, 0)], 0.65),
    ],
)
def test_the_long_cut_must_meet_the_bars_in_both_languages_at_once(en, es, expected):
    from moderation.training.blog import long_hold_cut

    gates = {"en": [_gate(*g) for g in en], "es": [_gate(*g) for g in es]}
    assert long_hold_cut(gates, 0.75) == expected


def test_the_artifact_has_a_long_cut_between_the_floor_and_the_main_cut(blog):
    meta = blog.header["meta"]
    assert BLOG_HOLD_FLOOR <= meta["hold_long_at"] <= meta["hold_at"]


# Long comments with one sharp sentence among reasonable ones, harsh on a policy or an official
# but at nobody in the thread: the lower cut for long comments must leave them alone.
LONG_HARMLESS = [
    "The council's decision to cut the bus budget again is a disgrace and the mayor should be "
    "ashamed of herself for signing it. I have taken the number 12 to work for nine years, and "
    "half the stops on the east side will now go without service after seven in the evening. "
    "The people who clean offices and work late shifts are the ones who will pay for this.",
    "I went to the planning meeting on Tuesday about the new bike lanes on Elm Street, and most "
    "of the presentation was reasonable: the counts were solid, the budget is modest and the "
    "contractor has done good work in other towns. A man in the back row argued that the lanes "
    "would hurt deliveries, which is a fair worry even if I disagree. I think the second option "
    "with the painted buffer is the better one.",
    "La decisión del ayuntamiento de recortar otra vez el presupuesto de autobuses es una "
    "vergüenza y la alcaldesa debería avergonzarse de haberla firmado. Llevo nueve años cogiendo "
    "la línea 12 para ir al trabajo, y la mitad de las paradas del este se quedarán sin servicio "
    "después de las siete de la tarde. Los que limpian oficinas y trabajan de noche son los que "
    "van a pagar esto.",
    "Fui a la reunión del barrio el martes sobre el nuevo parque y la mayor parte de la "
    "presentación fue razonable: los números tenían sentido, el presupuesto es modesto y la "
    "empresa ha hecho buen trabajo en otros pueblos. Un vecino se quejó del ruido de las obras, "
    "una preocupación razonable aunque no estoy de acuerdo. Creo que la segunda opción, con más "
    "árboles, es la mejor.",
]


@pytest.mark.parametrize("text", LONG_HARMLESS)
def test_long_harmless_comments_pass(blog, text):
    assert blog.word_count(model_text(analyse(text))) >= BLOG_LONG_WORDS
    assert screen(Submission(text=text)).action == "approve"


# A long comment whose one put-down is diluted by reasonable sentences, and the same put-down
# in a shorter comment. Their p(flag) is far below any shipped cut (and the default hold
# threshold); those are lowered here so that the test checks which cut applies at which length.
DILUTED_LONG = (
    "Thanks for the detailed write-up on the school board vote. I read the whole thing and I "
    "agree with most of it, especially the part about bus routes and the late start for the high "
    "school, which the research seems to support pretty well. People like you who write these "
    "articles are brainless clowns and your readers are even dumber for taking you seriously. "
    "The cafeteria section could have used more numbers though."
)
DILUTED_SHORT = (
    "Thanks for the write-up on the school board vote. People like you who write these articles "
    "are brainless clowns and your readers are even dumber for taking you seriously."
)


@pytest.mark.parametrize(("text", "held"), [(DILUTED_LONG, True), (DILUTED_SHORT, False)])
def test_the_long_cut_applies_from_the_long_floor(blog, monkeypatch, text, held):
    read = model_text(analyse(text))
    p = blog.score(read, "flag")
    assert screen(Submission(text=text), blog_model=False).action == "approve"
    assert (blog.word_count(read) >= BLOG_LONG_WORDS) == held
    meta = {**blog.header["meta"], "hold_at": 0.99, "hold_long_at": p - 0.01}
    monkeypatch.setitem(blog.header, "meta", meta)
    monkeypatch.setattr(decide, "BLOG_HOLD_FLOOR", 0.0)
    monkeypatch.setitem(decide.DEFAULT_THRESHOLDS, "hold", 0.0)
    found = [f for f in screen(Submission(text=text)).findings if f.rule == "model.blog"]
    assert bool(found) == held


def test_cuts_are_tried_on_a_fine_grid_and_reported_on_a_coarse_one():
    from moderation.training.blog import CUT_STEP, CUTS, LONG_CUTS, REPORT_CUTS

    assert CUTS[0] == 0.5 and CUTS[-1] == 0.95 and len(CUTS) == 46
    assert all(round(b - a, 2) == CUT_STEP for a, b in itertools.pairwise(CUTS))
    assert set(REPORT_CUTS) <= set(CUTS)
    assert LONG_CUTS[0] == 0.55 and set(LONG_CUTS) <= set(CUTS)


def test_the_main_cut_is_the_lowest_passing_line_of_the_fine_grid():
    # 0.7 fails (2% of the harmless held), 0.72 passes: the grid no longer jumps to 0.75
    gate = [_gate(0.7, 300, 20), _gate(0.71, 290, 11), _gate(0.72, 280, 9), _gate(0.75, 250, 5)]
    assert hold_cut(gate) == 0.72


def test_the_long_gate_reads_only_cuts_under_the_main_one():
    from moderation.training.blog import BlogRow, long_gate, long_hold_cut

    rows = [BlogRow("x", "en", "hate", "w", words=BLOG_LONG_WORDS)]
    p, on = np.array([0.56]), np.ones(1, dtype=bool)  # under the main cut, 0.58
    gate = long_gate(rows, p, on, on, 0.58)
    assert [g["cut"] for g in gate] == [0.55, 0.56, 0.57]
    assert [g["caught"] for g in gate] == [1, 1, 0]
    # no long cut under the main one: the main cut
    assert long_gate(rows, p, on, on, 0.55) == []
    assert long_hold_cut({"en": [], "es": []}, 0.55) == 0.55


def test_the_report_shows_the_coarse_grid_and_the_chosen_line():
    from moderation.training.blog_report import _cut, shown

    gate = [_gate(c, 10, 0) for c in (0.7, 0.71, 0.72, 0.73, 0.75)]
    assert [g["cut"] for g in shown(gate, 0.72)] == [0.7, 0.72, 0.75]
    assert [g["cut"] for g in shown(gate, None)] == [0.7, 0.75]
    assert (_cut(gate[2], 0.72), _cut(gate[0], 0.72)) == ("**0.72**", "0.7")


class _FixedModel:
    """A fitted model's stand-in: the same probability for every row, weights everywhere."""

    def __init__(self, p: float):
        self.p = p
        self.coef_ = np.ones((1, 1 << HYPER.bits))

    def predict_proba(self, x):
        return np.column_stack([np.full(x.shape[0], 1 - self.p), np.full(x.shape[0], self.p)])


def test_must_pass_cases_held_by_a_short_cut_are_reported():
    from moderation.training.blog import must_pass_held

    models = {"flag": _FixedModel(0.97), "hate": _FixedModel(0.9)}
    models |= {c: _FixedModel(0.1) for c in ("libel", "troll", "profanity", "spam")}
    short = "My neighbors from Honduras brought tamales to the block party again."
    long = (
        "My neighbors from Honduras brought tamales to the block party again, and the kids "
        "from the next street came over to help with the music."
    )
    tiny = "Tamales at the party again."
    cases = [(short, "en"), (long, "en"), (tiny, "en")]
    for short_cut, held in ((None, [long]), (0.95, [short, long]), (0.98, [long])):
        found = must_pass_held(models, {}, 0.75, 0.75, cases, short_cut=short_cut)
        assert [text for text, *_ in found] == held


def test_the_report_names_the_must_pass_cases_a_passing_short_cut_would_hold():
    from moderation.training.blog_report import blog_report_render

    def gate(cuts):
        return [{**_gate(c, 30, 0), "missed_before": 40} for c in cuts]

    held = ("Women ran the county clinic for thirty years and ran it well.", "en", 0.96, "hate")
    result = {
        "rows": 2,
        "counts": {("writer-a", "en", "harmless"): 1, ("writer-a", "en", "hate"): 1},
        "roc_auc": {"flag": 0.9},
        "artifact_bytes": 1000,
        "seconds": 1.0,
        "gate": {"en": gate((0.7, 0.71, 0.75)), "es": gate((0.7, 0.71, 0.75))},
        "hold_at": 0.71,
        "hold_long_at": 0.71,
        "long_gate": {"en": gate((0.6, 0.7)), "es": gate((0.6, 0.7))},
        "short_passing": 0.92,
        "hold_short_at": None,
        "short_gate": {BLOG_SHORT_WORDS: {"en": gate((0.9, 0.92, 0.95))}},
        "lengths": {},
        "named": {},
        "must_pass_held": [],
        "must_pass_short": [held],
    }
    report = blog_report_render(result, artifact_name="blog_model.bin")
    assert "| **0.71** | 30 | 0 |" in report and "| 0.7 | 30 | 0 |" in report
    assert "| 0.71 |" not in report.split("### Long comments")[1].split("### Windows")[0]
    assert f"| {BLOG_SHORT_WORDS} | en | **0.92** |" in report
    assert "short reading would hold 1 of our hand-written must-pass cases" in report
    assert "| 0.96 | hate | en | Women ran the county clinic" in report
