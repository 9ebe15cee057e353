"""branch_trie.compile finds what re.compile finds: the same spans and groups, in the same
order, on hand-written English and Spanish comments and on the regexes it rewrites."""

from __future__ import annotations

import re

import pytest

from moderation.policy import branch_trie
from moderation.policy.rules import (
    hate_es_barred,
    hate_es_disability,
    hate_es_implicit,
    hate_es_short,
    hate_es_traits,
    hate_es_women,
    spam_soft,
    troll_jabs,
)
from moderation.policy.rules.libel import claimed, gain, hearsay, known, sources

TEXTS = [
    "no les gusta trabajar , viven del gobierno y se reproducen como conejos",
    "dicen que los vecinos no quieren trabajar pero es un prejuicio",
    "casi siempre son ellos . siempre son ellos",
    "that senator took a bribe from the cartel , everyone knows it",
    "the mayor pocketed the money , sources say",
    "i think the policy is fair and the data backs it up",
    "",
    "a",
    "ab abc abd abcd xyz xy",
]

# Written regexes with the shapes the rewrite meets: shared first letters, an alternative
# that opens with a class, a choice or an optional part, empty alternatives, groups, lazy
# and greedy options, nested alternations, and a back reference.
PATTERNS = [
    r"\b(?:ab|abc|abd|xy|xyz|a)\b",
    r"\b(?:abd|ab|[ax]y|abc|a)",
    r"(?:es|son) (?:los )?mas (?:flojos|sucios)|esta|estan|eso",
    r"\b(?:(?:casi )?siempre son ellos|siempre|sin|si)\b",
    r"(?:(?:casi )??siempre|sin|si)",
    r"\b(?P<w>ab|ac|ad)(?:c|d|x|y)\b|\b(ab)\1",
    r"(?:a|b|c|d|ab|ba|abc)+",
    r"\b(?:no (?:le|les) gusta|no quieren|no saben (?:ni )?leer|no piensan(?! en)|nada|nunca|)",
]


def _matches(rx: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text)]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_same_matches_as_written(pattern: str) -> None:
    fast = branch_trie.compile(pattern)
    slow = re.compile(pattern)
    assert fast.pattern == slow.pattern and fast.groups == slow.groups
    for text in TEXTS:
        assert _matches(fast, text) == _matches(slow, text), text


@pytest.mark.parametrize(
    "rx",
    [
        hate_es_traits._TRAIT,
        hate_es_traits._OPENING,
        gain._GAIN,
        known._MISDEED,
        claimed.WRITER_SAYS,
        hearsay._UNCHECKABLE_AFTER,
        spam_soft._VOUCH,
        troll_jabs._DERAIL,
        troll_jabs._BRUSH_OFF,
        hate_es_disability._MARK,
        hate_es_short._SNEER_EMOJI,
        hate_es_short.ANY_NAMED,
        sources._OFFICIAL_TELLS,
        hate_es_women._WOMEN,
        hate_es_implicit._SURNAME_THREAT,
        hate_es_barred._MARK,
    ],
)
def test_rewritten_rule_regexes(rx: re.Pattern) -> None:
    slow = re.compile(rx.pattern, rx.flags)
    for text in TEXTS:
        assert _matches(rx, text) == _matches(slow, text), text


def test_ignore_case_left_as_written() -> None:
    rx = branch_trie.compile(r"\b(?:ab|abc|Abd|aBx)\b", re.IGNORECASE)
    assert rx.search("ABD") is not None
