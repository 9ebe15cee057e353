"""The word memos are caches only: a full memo starts again, and every reading stays the same."""

import pytest

import moderation.policy.analysis as analysis
from moderation.policy import Submission, screen
from moderation.policy.analysis import indexes, lexicon_reads, phrase_slips
from moderation.policy.lexicon import load

_TEXTS = [
    ("en", "Those peple are a plauge on this city, get them out"),
    ("en", "I think the new bus schedule is a real improvement for the neighbourhood"),
    ("en", "teh mayor realy messed up the budgett this year"),  # near miss: harsh, not hate
    ("es", "Esa gente es una plaga y hay que sacarlos de aqui"),
    ("es", "El nuevo horario del autobus es una mejora para el barrio"),
    ("es", "el alcalde la rego con el presupuesto este anio"),  # near miss: harsh, not hate
]


def _reading(text: str, lang: str) -> tuple:
    an = analysis.analyse(text, lang)
    verdict = screen(Submission(text, lang=lang))
    return tuple(u.text for u in an.units), an.codes, str(verdict.action)


@pytest.mark.parametrize(("lang", "text"), _TEXTS)
def test_a_full_memo_starts_again_with_the_same_reading(monkeypatch, lang, text):
    expected = _reading(text, lang)
    lex = load()
    canon, segment = indexes._word_memos(lex)
    tables = (*canon.values(), *segment.values(), phrase_slips._slip_memo(lex))
    for table in tables:
        table.clear()
    monkeypatch.setattr(lexicon_reads, "_MEMO_LIMIT", 3)
    for other_lang, other in _TEXTS:  # fill the memos past the limit
        analysis.analyse(other, other_lang)
    assert _reading(text, lang) == expected
    assert all(len(table) <= 3 for table in tables)
    # a word no comment had before: a full memo that stopped growing would never hold it
    analysis.analyse("zorblaxity", lang)
    assert "zorblaxity" in canon[lang]
