"""Training: deterministic, and the pure-Python scorer reproduces scikit-learn's probabilities."""

import io
import math
from array import array

import pytest
from django.core.management import CommandError, call_command

from moderation.policy.model import ARTIFACT
from moderation.policy.model.scorer import Scorer

pytest.importorskip("sklearn")

from moderation.training.fit import Hyper, featurise, model_fit, models_export

# A tiny own-written sample: 1 = the signal is present.
SAMPLE = [
    ("The committee published its report on the water supply today.", 0, 0),
    ("Readers argued politely about the zoning vote in the comments.", 0, 0),
    ("The governor's budget is a disaster and she should resign.", 0, 0),
    ("What a damn fine piece of reporting on the election.", 0, 0),
    ("Those people are parasites and should be thrown out of the country.", 1, 0),
    ("That whole group is subhuman and deserves nothing.", 1, 0),
    ("Shut the fuck up you worthless piece of shit.", 0, 1),
    ("Fuck this shit, fucking garbage, asshole.", 0, 1),
]
HYPER = Hyper(bits=12, c=1.0)
NB_HYPER = Hyper(bits=12, c=4.0, nb=True)
CLASSES = {"GROUP": ["people", "group"], "SLUR": []}
LOOKUP = {w: name for name, words in CLASSES.items() for w in words}


def _fit_export(path):
    texts = [t for t, _, _ in SAMPLE]
    x = featurise(texts, bits=HYPER.bits, classes=LOOKUP)
    models = {
        "hate": model_fit(x, [h for _, h, _ in SAMPLE], hyper=NB_HYPER),
        "profanity": model_fit(x, [p for _, _, p in SAMPLE], hyper=HYPER),
    }
    models_export(path, models=models, hyper=HYPER, meta={"test": True}, classes=CLASSES)
    return models


def test_training_is_deterministic(tmp_path):
    first, second = tmp_path / "a.bin", tmp_path / "b.bin"
    _fit_export(first)
    _fit_export(second)
    assert first.read_bytes() == second.read_bytes()


def test_pure_python_matches_sklearn(tmp_path):
    path = tmp_path / "m.bin"
    models = _fit_export(path)
    scorer = Scorer.from_path(path)
    probes = [t for t, _, _ in SAMPLE] + [
        "An unseen sentence about parasites and garbage.",
        "Those people are not parasites, and that group is not subhuman.",
        "",
    ]
    assert scorer.classes == LOOKUP  # the class words travel in the artifact
    x = featurise(probes, bits=HYPER.bits, classes=LOOKUP)
    for name, model in models.items():
        expected = model.predict_proba(x)[:, 1]
        for text, p in zip(probes, expected, strict=True):
            assert math.isclose(scorer.scores(text)[name], p, abs_tol=1e-9)


def _shipped_as_sklearn():
    """The committed artifact rebuilt as scikit-learn models (weights = dequantised tables)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    scorer = Scorer.from_path(ARTIFACT)
    models = {}
    for k, name in enumerate(scorer.signals):
        model = LogisticRegression()
        table = np.frombuffer(array("h", scorer._tables[k]).tobytes(), dtype=np.int16)
        model.coef_ = (table.astype(np.float64) * scorer.scales[k]).reshape(1, -1)
        model.intercept_ = np.array([scorer.intercepts[k]])
        model.classes_ = np.array([0, 1])
        models[name] = model
    return scorer, models


@pytest.mark.shared
def test_shipped_artifact_matches_sklearn_on_test_split(datasets):
    from moderation.training.data import TEST, load_dynahate

    rows = [r for r in load_dynahate(datasets) if r.split == TEST][::20]
    scorer, models = _shipped_as_sklearn()
    x = featurise([r.text for r in rows], bits=scorer.header["bits"], classes=scorer.classes)
    for name, model in models.items():
        expected = model.predict_proba(x)[:, 1]
        worst = max(
            abs(scorer.scores(r.text)[name] - p) for r, p in zip(rows, expected, strict=True)
        )
        assert worst < 1e-6


@pytest.mark.shared
def test_splits_and_dedup_follow_the_readme(datasets):
    from moderation.training.data import TEST, TRAIN, corpus_load, dedup_key, evaluation_keys

    corpus = corpus_load(datasets=datasets)
    count = {}
    for r in corpus.rows:
        count[(r.source, r.split)] = count.get((r.source, r.split), 0) + 1
    assert count[("davidson", TEST)] == 2505
    assert count[("davidson", TRAIN)] == 22278
    assert count[("hatexplain", TEST)] == 1924
    assert count[("hatexplain", TRAIN)] == 15383 - corpus.dropped["hatexplain"]
    assert count[("dynahate", TEST)] == 3571
    assert count[("dynahate", TRAIN)] == 3506 - 260 - corpus.dropped["dynahate"]
    assert count[("ethos", TEST)] == 105
    assert count[("youtube-spam", TEST)] == 215
    assert corpus.excluded["dynahate"] == 260
    assert corpus.dropped["dynahate"] == 3
    assert corpus.dropped["hatexplain"] >= 1
    keys = evaluation_keys(datasets)
    assert not any(dedup_key(r.text) in keys for r in corpus.rows if r.split == TRAIN)


def test_command_fails_clearly_without_datasets(tmp_path):
    with pytest.raises(CommandError, match="datasets not found"):
        call_command(
            "train_policy_model",
            datasets=str(tmp_path / "missing"),
            out=str(tmp_path / "m.bin"),
            report=str(tmp_path / "r.md"),
        )
    assert not (tmp_path / "m.bin").exists()


def test_command_trains_on_a_tiny_tree_and_the_site_scorer_loads_it(tmp_path):
    from moderation.policy.model import load_scorer
    from moderation.training.data import TRAIN, corpus_load
    from tests.model.make import EVAL_TWIN, tiny_datasets

    root = tiny_datasets(tmp_path / "datasets")
    corpus = corpus_load(datasets=root)
    assert corpus.dropped["hatexplain"] == 1  # the HateCheck twin, matched after normalising
    assert corpus.excluded["dynahate"] == 1
    assert not [r for r in corpus.rows if r.split == TRAIN and r.text == EVAL_TWIN]

    out, report = tmp_path / "m.bin", tmp_path / "r.md"
    call_command(
        "train_policy_model",
        datasets=str(root),
        out=str(out),
        report=str(report),
        no_measure=True,
        stdout=io.StringIO(),
    )
    scorer = load_scorer(out)
    assert scorer is not None
    assert "## Label mapping" in report.read_text()
    foul = scorer.scores("fuck this shitty garbage")["profanity"]
    assert foul > scorer.scores("the council approved the library budget")["profanity"]
