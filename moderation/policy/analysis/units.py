"""The analysis's result types: `Unit` (one lexicon phrase or unknown word, with its code
letter) and `Analysis` (a comment read once for all rules), which rules import by name."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import NamedTuple

from moderation.policy.lexicon import Entry, Lexicon
from moderation.policy.normalize import Normalized


class Unit(NamedTuple):
    """One lexicon phrase or unknown word (a NamedTuple: cheap to build, immutable)."""

    index: int
    text: str  # folded words joined by spaces
    start: int  # normalised-text offsets
    end: int
    # The number of sentence boundaries before the unit (`sentences._boundaries`), moved by
    # `_carry_fragments`: it skips the sentences that hold no unit ("Wow!! X ..." numbers X's
    # sentence 2), so it is not a position in `Analysis.sentences`; see there.
    sentence: int
    quoted: bool
    entry: Entry | None
    code: str

    def has(self, cls: str) -> bool:
        return self.entry is not None and cls in self.entry.classes

    def meta(self, cls: str) -> str:
        return self.entry.meta(cls) if self.entry is not None else ""


@dataclass(frozen=True, slots=True)
class Analysis:
    norm: Normalized
    lang: str
    units: tuple[Unit, ...]
    codes: str  # one letter per unit, for the whole comment
    # Sentences are counted two ways, and both stay: `sentences` holds only the runs of units
    # (position i is the i-th sentence that has words), while `Unit.sentence` and
    # `sentence_ends` count every boundary, empty sentences too. They agree until a sentence
    # holds no unit ("!!", "?!", "...", a group named alone carried into the next one); past
    # it, position i in `sentences` is sentence number `units[sentences[i][0]].sentence`.
    # Distances ("the sentence before", "two sentences back") are read on `Unit.sentence`;
    # `sentence_of(k)` goes from a unit to its run. A sentence's question mark and end are
    # asked by number (`asked`, `closed_at`), and the sentence after it by `next_sentence`,
    # which skips the empty ones; renumbering either count would change what other readers
    # ask of them, so neither is made the other's source.
    sentences: tuple[tuple[int, str], ...]  # (index of first unit, codes of the sentence)
    sentence_ends: tuple[bool, ...]  # per sentence number (`Unit.sentence`): ends with "?"
    # per sentence number: the span of `norm.text` of its closing run of marks ("?", "!?")
    sentence_closes: tuple[tuple[int, int], ...]
    lex: Lexicon
    by_class: MappingProxyType  # lexicon class -> indices of the units that carry it
    prefixes: frozenset[str]  # first four letters of every word (regex prefilters)
    # What several rules of one screening ask for alike (the libel name readers' spans), kept
    # here on first ask: the analysis lives for one comment, so the memo does too.
    memo: dict = field(default_factory=dict, compare=False, repr=False)

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Original-text span covering units first..last (inclusive)."""
        return self.norm.span(self.units[first].start, self.units[last].end)

    def capitalised(self, k: int) -> bool:
        """Unit k as typed starts with a capital: a name ("Honduras"), not a common noun."""
        start, end = self.span(k, k)
        return self.norm.original[start:end][:1].isupper()

    def unit_at(self, offset: int) -> int | None:
        """The index of the unit at or right after `offset` of the folded text (None past the
        last): where a regex match over `norm.text` begins, in units. Units are in text
        order, so their ends rise."""
        k = bisect.bisect_right(self.units, offset, key=_end)
        return k if k < len(self.units) else None

    def with_class(self, cls: str) -> list[Unit]:
        """The units that carry a lexicon class (e.g. "PROF", "INS", "crime")."""
        return [self.units[k] for k in self.by_class.get(cls, ())]

    def asked(self, sentence: int) -> bool:
        """Sentence number `sentence` (`Unit.sentence`, not a position in `sentences`) ends
        with a question mark: the one question test every reader shares, so none indexes
        `sentence_ends` by the other count."""
        return sentence < len(self.sentence_ends) and self.sentence_ends[sentence]

    def closed_at(self, sentence: int) -> int:
        """The offset of `norm.text` just past the run of marks that closes sentence number
        `sentence` ("?", "??", "!?"; the text's end for a last sentence without one): where
        its answer begins."""
        closes = self.sentence_closes
        return closes[sentence][1] if sentence < len(closes) else len(self.norm.text)

    def next_sentence(self, sentence: int) -> int:
        """The number of the sentence that follows sentence `sentence`'s closing run of marks:
        `sentence + 1` after one mark, past the empty sentences of a doubled one ("No?? Yes.")."""
        closes = self.sentence_closes
        if sentence >= len(closes):
            return sentence + 1
        start, end = closes[sentence]
        return sentence + max(1, sum([c in ".!?" for c in self.norm.text[start:end]]))

    def sentence_units(self, sentence: int) -> list[Unit]:
        return [u for u in self.units if u.sentence == sentence]

    def sentence_of(self, k: int) -> tuple[int, str]:
        """(index of the first unit, codes) of the sentence that holds unit k: units are in
        text order, so a sentence is one run of units, found without reading the others."""
        return self.sentences[bisect.bisect_right(self.sentences, k, key=_first) - 1]

    def sentence_run(self, k: int) -> tuple[Unit, ...]:
        """The units of the sentence that holds unit k, in order."""
        base, codes = self.sentence_of(k)
        return self.units[base : base + len(codes)]


def _first(pair: tuple[int, str]) -> int:
    return pair[0]


def _end(u: Unit) -> int:
    return u.end
