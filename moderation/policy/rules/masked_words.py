"""A sentence's words with its group nouns masked, for rules that read their shapes over a
token such as `GRP` instead of every group's name. Each rule family says how one unit is masked
(`word`) and what it does to the joined words after (`then`); the walk, the clause marks and the
memo are the same for all, so they stay in one place."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.lexicon import skipping
from moderation.policy.rules.context import counter_speech, negated_before

# The masked words joined by spaces, and the unit index of each word.
Masked = tuple[str, list[int]]
# How one unit reads in the masked words (one or more words; its own words when unmasked).
Word = Callable[[Analysis, Unit], tuple[str, ...]]
# What a rule family does to a sentence's masked words once joined (stand-ins made `GRP`),
# given the sentence's units, the words and their unit indexes.
Then = Callable[[tuple[Unit, ...], list[str], list[int]], Masked]

_CLAUSE_MARKS = ",;:"
_GROUP_PRONOUNS = frozenset({"they", "them", "their", "ellos", "ellas", "those", "these"})


def group_or_they(an: Analysis, u: Unit) -> tuple[str, ...]:
    """The plainest masking (`hate.plain_claim`, `hate.vowed`): a protected group noun, not
    quoted, one `GRP`, a pronoun the analysis reads as the group `THEY`, else its own words.
    One function for both, so the comment's memo holds their masked sentences once."""
    del an
    if u.code == "G" and not u.quoted:
        return ("THEY",) if u.text in _GROUP_PRONOUNS else ("GRP",)
    return tuple(u.text.split())


def grouped(an: Analysis, s: int) -> Masked:
    """Sentence `s` masked by `group_or_they`, for `shape_fits`."""
    return masked_words(an, s, group_or_they)


def masked_words(
    an: Analysis, s: int, word: Word, *, commas: bool = False, then: Then | None = None
) -> Masked:
    """Sentence `s`'s words, each unit as `word` reads it; with `commas`, a comma, semicolon
    or colon between two units as one `,` (its unit index that of the unit after it); then
    `then`, if given. Kept in the comment's memo for each set of options: a family's rules
    read the same sentences (the callers only read the list)."""
    key = ("masked_words", word, then, commas, s)
    found = an.memo.get(key)
    if found is None:
        found = an.memo[key] = _worked_out(an, s, word, commas, then)
    return found


def _worked_out(an: Analysis, s: int, word: Word, commas: bool, then: Then | None) -> Masked:
    base, codes = an.sentences[s]
    units = an.units[base : base + len(codes)]
    text = an.norm.text
    words: list[str] = []
    index: list[int] = []
    prev_end = None
    for u in units:
        if (
            commas
            and prev_end is not None
            and any(c in _CLAUSE_MARKS for c in text[prev_end : u.start])
        ):
            words.append(",")
            index.append(u.index)
        for w in word(an, u):
            words.append(w)
            index.append(u.index)
        prev_end = u.end
    if then is not None:
        return then(units, words, index)
    return " ".join(words), index


def unit_at(index: list[int], text: str, offset: int) -> int:
    """The unit index of the masked word at character `offset` of the joined `text`."""
    return index[min(text.count(" ", 0, offset), len(index) - 1)]


# A shape whose matches open with at most this many characters is first searched in
# `lexicon.skipping`'s form; past it the engine stops at nearly every letter anyway and the
# form was slower (`BELITTLED`, 28 characters, measured against 2-13 for the others).
_FEW_OPENINGS = 10
# id(shape) -> (shape, its skipping form or None). Keyed by identity: hashing a compiled
# regex hashes its whole compiled program on every lookup (some 40 µs for the longest shapes,
# several lookups a comment); the shape kept beside its form keeps the id from being reused.
_SKIPPED: dict[int, tuple[re.Pattern, re.Pattern | None]] = {}


def skipping_form(shape: re.Pattern) -> re.Pattern | None:
    """`skipping(shape)` when it jumps between few opening characters, else None; made once
    per shape (a dict write is atomic, and two threads making it make the same regex)."""
    found = _SKIPPED.get(id(shape))
    if found is None or found[0] is not shape:
        fast, group = skipping(shape)
        opening = fast.pattern[1 : fast.pattern.find("](?<=")] if group else ""
        found = _SKIPPED[id(shape)] = (
            shape,
            fast if group and len(opening) <= _FEW_OPENINGS else None,
        )
    return found[1]


def first_match(shape: re.Pattern, text: str) -> re.Match | None:
    """`shape.search(text)`, the same match object's content: a shape opening with
    "(?:^|(?<= ))" and a list of lead-in words is tried by the engine at every position, while
    its skipping form jumps to the characters a match opens with and tells where the leftmost
    match starts; the shape itself is then searched from there. Its match there is the one a
    search from the start finds (no match starts before it, and "^", "\\b" and look-behinds
    read the text before `pos` as they would without it); only `match.pos` differs."""
    fast = skipping_form(shape)
    if fast is None:
        return shape.search(text)
    m = fast.search(text)
    return None if m is None else shape.search(text, m.start(1))


def shape_fits(
    an: Analysis,
    shape: re.Pattern | tuple[re.Pattern, ...],
    masked: Callable[[Analysis, int], Masked],
    present: Callable[[str], object] | None = None,
) -> Iterator[tuple[int, int, int, re.Match]]:
    """Each sentence's first match of `shape` over its masked words, in order, as (sentence,
    first unit, last unit, match); given several shapes, each one's first match in a sentence,
    in their order, before the next sentence (`match.re` tells which). A sentence whose masked
    text fails `present` (no group token, say) is not searched. The rules that hold "the first
    sentence that fits, unless ..." share this walk and keep their own unless-checks."""
    shapes = shape if isinstance(shape, tuple) else (shape,)
    for s, (_base, codes) in enumerate(an.sentences):
        if not codes:
            continue
        text, index = masked(an, s)
        if present is not None and not present(text):
            continue
        for one in shapes:
            m = first_match(one, text)
            if m is None:
                continue
            first = unit_at(index, text, m.start())
            yield s, first, unit_at(index, text, max(m.start(), m.end() - 1)), m


def plainly_said(an: Analysis, first: int, last: int, *, negates: bool = False) -> bool:
    """The match of units `first`..`last` stands as the writer's own line: no negation inside
    it unless the shape `negates` by its own words ("have no", "never"), none before it, and no
    counter-speech around it. The common check of the rules that walk with `shape_fits`."""
    if not negates and any(an.units[k].code == "N" for k in range(first, last + 1)):
        return False  # "Migrants don't bring crime wherever they go"
    return not (negated_before(an, first) or counter_speech(an, first, last))
