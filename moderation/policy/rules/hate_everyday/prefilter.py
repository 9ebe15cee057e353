"""Which of `hate_everyday`'s shapes may match a comment, read from its words before any
sentence is masked: most comments hold the needle strings of none and end there."""

from __future__ import annotations

import re
from collections.abc import Callable

from moderation.policy.lexicon import alternative_literals, pattern_needles
from moderation.policy.rules.hate_everyday.hints import CODE, CODE_NAMES
from moderation.policy.rules.hate_everyday.scare_quotes import SNEER
from moderation.policy.rules.hate_everyday.shapes import CLASSES, NEEDS_CRIME, NEEDS_NAMED
from moderation.policy.rules.hate_everyday.vice import EQUATE

# Which shapes may match a text, from the strings each must hold: the class patterns (the
# "13 percent" code apart: digits, see `hints.CODE`), then the sneer of a scare quote. Most comments
# hold the strings of none, and one token lookup is cheaper than twenty-two searches.
CODE_K = next(k for k, (_what, pattern, _needs) in enumerate(CLASSES) if pattern is CODE)
_EQUATE_K = next(k for k, (_what, pattern, _needs) in enumerate(CLASSES) if pattern is EQUATE)
SNEER_K = len(CLASSES)
SEARCHED = pattern_needles(
    (
        *(re.compile(CODE_NAMES) if k == CODE_K else c[1] for k, c in enumerate(CLASSES)),
        SNEER,
    )
)
# What the masking adds to a sentence, "GRP" for a group and "=" kept as a word: their masks,
# and the needle strings with white space that hold them (read as present in every comment
# that may have them: no other needle string can span a word the masking changed).
_PREFILTERED = tuple(
    string
    for pattern in (CODE, *(c[1] for c in CLASSES), SNEER)
    for alternative in alternative_literals(pattern.pattern)
    for strings in alternative
    for string in strings
)
_GRP_STRINGS = "".join(sorted({f"\n{string}" for string in _PREFILTERED if "GRP" in string}))
_EQUALS_STRINGS = "".join(sorted({f"\n{string}" for string in _PREFILTERED if "=" in string}))


def _bits(token: str) -> int:
    """The index bits of a word the masking writes ("GRP", "="; the memo keeps them). Asked
    with the first comment, not at import: a question builds the shared index, and the rule
    modules imported after this one would have to build one of their own (`shared_needles`).
    """
    return SEARCHED.index.tokens_mask((token,))


def may_match(
    text: str, mask: int, named: bool, equals: bool, crime: Callable[[], bool]
) -> set[int]:
    """The shapes (`SEARCHED` numbers) that may be found once masked in the words `text` (of
    index mask `mask`), with "GRP" for a group if one is `named` in the comment and "=" kept
    as a word if it `equals`, under the comment's own conditions: a group named, crime
    spoken of. Never fewer than match: a masked sentence holds only its units' words, "GRP"
    and "=", and no needle string but those holding "GRP" or "=" spans a masked word."""
    spelled = text
    if named:
        mask |= _bits("GRP")
        spelled += _GRP_STRINGS
    if equals:
        mask |= _bits("=")
        spelled += _EQUALS_STRINGS
    found = set(SEARCHED.candidates(spelled, mask))
    if "13" in text:  # the "13 percent" code: digits, no needle string to look for
        found.add(CODE_K)
    if not (equals or "=" in text):  # " = " has no letters to look for either
        found.discard(_EQUATE_K)
    if not named:
        found = {k for k in found if k == SNEER_K or not NEEDS_NAMED[k]}
    if any(k < SNEER_K and CLASSES[k][0] in NEEDS_CRIME for k in found) and not crime():
        found = {k for k in found if k == SNEER_K or CLASSES[k][0] not in NEEDS_CRIME}
    return found
