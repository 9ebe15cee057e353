"""The coded rows' prefilters (`Lexicon.coded_prefilters`), derived from each row's parsed regex
at load (`regex_literals`): strings one of which every match of the row holds. Sound over the
training comments and hand-written strings (a row's prefilter never turns away a text the row
matches), a hit of a row passes its prefilter, and a near miss that names the group but not the
row's rare words is turned away."""

import json
import re
from functools import cache
from pathlib import Path

import pytest

from moderation.policy.analysis import analyse
from moderation.policy.lexicon import load
from moderation.policy.normalize import normalize

_DATA = Path(__file__).resolve().parents[2] / "moderation" / "training" / "data"


@cache
def _row(ident: str) -> int:
    lex = load()
    for k in range(len(lex.coded)):
        if lex.coded.head(k)[0] == ident:
            return k
    raise KeyError(ident)


def _folded(text: str) -> str:
    return analyse(text, None).norm.text


# (row, a hit of the row, a near miss that names the group)
_CASES = [
    ("question_sneer", "The city hired more immigrants? That explains a lot.",
     "The city hired more immigrants? They work hard."),
    ("crime_share", "They are 13 percent of the population but commit half of the murders.",
     "Immigrants commit half of the murders, says the mayor."),
    ("thirteen_fifty", "13 percent of the population, you know.",
     "Thirteen of the population, you know."),
    ("every_mule", "Every Mexican is a drug mule.", "Every Mexican I know works hard."),
    ("equated", "Muslims = terrorists.", "Muslims and terrorists are not the same."),
    ("fewer_equals", "Less immigrants = less crime", "More immigrants, more taxes"),
    ("no_value", "Those people don't value life.", "Those people don't care about life."),
    ("like_pests", "Immigrants breed like rats.", "Immigrants live like everyone else."),
    ("again", "Muslims again.", "Muslims."),
    ("most_crime", "Immigrants commit most of the crime.", "Immigrants commit less crime."),
    ("most_crime", "Los migrantes cometen la mayoría de los delitos.",
     "Los migrantes cometen pocos delitos."),
    ("only_force.g", "They only understand force.", "They only understand Spanish."),
    ("only_force.g", "Los migrantes solo entienden a palos.", "Los migrantes solo hablan."),
    ("fuera_G", "Fuera los migrantes, ya.", "Los migrantes se fueron."),
    ("expel.g", "Send them all back.", "Write them a letter."),
    ("scare_quotes", 'These "refugees" again.', "These refugees again."),
    ("equals", "Immigrants = crime", "Immigrants and crime"),
    ("unfit.g", "Women are too emotional for office.", "Women are at the office."),
    ("unfit.g", "Women judges = chaos", "Women judges and chaos"),
    ("temperament", "Women just don't have the temperament for leadership.",
     "Women just don't have the time for leadership."),
    ("temperament", "Las mujeres no tienen la capacidad para mandar.",
     "Las mujeres no tienen tiempo para mandar."),
    ("bred_out", "They are breeding us out.", "They want us gone."),
    ("expel_all", "Deport them all.", "Deport the smugglers."),
    ("expel_all", "Speak English or leave.", "Speak English at work."),
    ("disclaimer.g", "I'm not racist but I don't want Mexicans in my street.",
     "I love my neighbours but I don't want noise in my street."),
    ("contact_refused", "I would never sit next to a Muslim.",
     "I would never forget a Muslim friend."),
    ("we_know.g", "We all know why.", "We all know it."),
    ("barred_field.g", "Women shouldn't be in engineering.", "Women work in engineering."),
]  # fmt: skip


@pytest.mark.parametrize(("ident", "hit", "miss"), _CASES)
def test_hit_passes_and_near_miss_is_turned_away(ident, hit, miss):
    lex, k = load(), _row(ident)
    row, prefilter = re.compile(lex.coded[k][2]), lex.coded_prefilters[k]
    assert prefilter is not None, ident
    assert row.search(_folded(hit)), hit
    assert prefilter.search(_folded(hit)), hit
    assert not row.search(_folded(miss)), miss


def test_most_rows_have_a_prefilter():
    """Derivation gives up only on rows it cannot prove anything of."""
    prefilters = load().coded_prefilters
    assert len(prefilters) == len(load().coded)
    assert sum(p is not None for p in prefilters) >= 0.9 * len(prefilters)


def _training_texts() -> list[str]:
    texts = []
    for stem in ("train", "pending"):
        with (_DATA / f"blog_comments_{stem}.jsonl").open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh]
    return texts


def test_no_prefilter_turns_away_a_training_comment_its_row_matches():
    """Over the training comments, as the rows read them: wherever the needles let a row be
    searched (`Lexicon.coded_needles`, sound on their own) and its prefilter turns the text
    away, the row's regex finds nothing."""
    lex = load()
    rows, search, prefilters = lex.coded, lex.coded_search, lex.coded_prefilters
    turned_away: dict[int, list[str]] = {}  # row -> texts searched only for this test
    for raw in _training_texts():
        text = normalize(raw).text
        for k in lex.coded_needles.candidates(text):
            prefilter = prefilters[k]
            if prefilter is not None and prefilter.search(text) is None:
                turned_away.setdefault(k, []).append(text)
    wrong = []
    for k, texts in turned_away.items():  # row by row: each row compiled once
        rx, _group = search[k]
        wrong += [(rows.head(k)[0], text[:80]) for text in texts if rx.search(text)]
    assert not wrong, wrong[:5]


# Hand-written texts, each a hit of some coded row: a row that matches one must pass it
_WRITTEN = [hit for _ident, hit, _miss in _CASES] + [
    "They're not refugees, they're invaders.",
    "Funny how every time they move in, crime goes up.",
    "You know what they say about those people... 13/50.",
    "Send them back where they came from!!!",
    "Qué casualidad que siempre son los mismos apellidos.",
    "Ya saben cómo son, nomás digo.",
    "Los migrantes = delincuencia",
    "No soy racista, pero los migrantes traen enfermedades.",
    "They breed like rabbits and vote as a bloc.",
    "Women belong in the kitchen, not in the boardroom.",
    "Diversity is code for white genocide.",
    "Those people are animals. They don't value human life.",
    "Good luck getting a job with a name like that, if you know what I mean.",
]


def test_no_prefilter_turns_away_a_written_text_its_row_matches():
    """Every row, whatever the needles say: a row that matches a text passes its prefilter."""
    lex = load()
    folded = [_folded(text) for text in _WRITTEN]
    for k in range(len(lex.coded)):  # row by row: each row compiled once
        prefilter = lex.coded_prefilters[k]
        if prefilter is None:
            continue
        row = re.compile(lex.coded[k][2])
        for text in folded:
            if row.search(text):
                assert prefilter.search(text), (lex.coded.head(k)[0], text)
