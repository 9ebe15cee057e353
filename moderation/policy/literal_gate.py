"""Literal checks before costly regex searches. The strings come from the regex itself
(`regex_literals.required_strings`, `lexicon.alternative_literals`), so a check is never
wrong: a text holding none of them cannot match, and the search is skipped without changing
any answer. `LiteralGate` reads any text (the original comment, a rule's rewritten words);
`NeedleGate` reads the shared needle index, for a search in the folded comment inside a rule
(a whole rule that opens with one is gated by `rule(needs=...)` instead).
"""

from __future__ import annotations

import re

from moderation.policy.lexicon import SharedNeedles, alternative_literals, pattern_needles
from moderation.policy.regex_literals import required_strings

# A case flag anywhere in the regex ("(?i", "(?-i:"): its letters may match either case.
_CASE_FLAG = re.compile(r"\(\?[a-zA-Z-]*i")
# The one character whose `str.lower` is not the regex engine's own lower case: "İ" lowers to
# "i" and a combining dot, while the engine reads it as "i". A text holding it is searched.
_UNEVEN_LOWER = "\u0130"


class LiteralGate:
    """Whether a regex may match a text: it holds one of the strings every match holds.
    A case-sensitive regex is checked in the text as it is; a case-insensitive one in the
    text lower-cased (`lowered`), which is what `required_strings` assumes."""

    __slots__ = ("ascii", "lowered", "regex", "strings")

    def __init__(self, regex: re.Pattern) -> None:
        self.regex = regex
        strings = required_strings(regex)
        self.lowered = bool(regex.flags & re.IGNORECASE) or bool(_CASE_FLAG.search(regex.pattern))
        if strings is not None and self.lowered and any(s != s.lower() for s in strings):
            strings = None  # an upper-case letter of a case-sensitive part: never in `lowered`
        # None: nothing proven, always searched
        self.strings: tuple[str, ...] | None = None if strings is None else tuple(sorted(strings))
        # the strings a plain ASCII text may hold: the case-insensitive letters' other forms
        # ("ſ" of "s", "ı" of "i") are most of the strings, and most texts are ASCII
        self.ascii: tuple[str, ...] | None = (
            None if strings is None else tuple(s for s in self.strings if s.isascii())
        )

    def may_match(self, text: str, lowered: str | None = None) -> bool:
        """Whether the regex may match `text` (always, when it does). `lowered`: `lower(text)`,
        when the caller has it for several gates."""
        strings = self.strings
        if strings is None:
            return True
        if self.lowered:
            if lowered is None:
                lowered = lower(text)
            if lowered is None:
                return True
            text = lowered
        if text.isascii():
            strings = self.ascii
        for s in strings:  # noqa: SIM110 - a plain loop: no generator made a comment
            if s in text:
                return True
        return False

    def search(self, text: str, lowered: str | None = None) -> re.Match[str] | None:
        """`regex.search(text)`, skipped when the regex cannot match."""
        return self.regex.search(text) if self.may_match(text, lowered) else None


def lower(text: str) -> str | None:
    """The text lower-cased as the regex engine compares letters, or None when `str.lower`
    would differ from it (then every gate of a case-insensitive regex answers yes)."""
    if _UNEVEN_LOWER in text:
        return None
    return text.lower()


class NeedleGate:
    """`regex.search(text)` behind the needle index the lexicon's rows and the rule gates share
    (`lexicon.pattern_needles`): on the folded comment, whose token mask those have already
    made, one walk of the regex's own group answers most comments without the search. Made
    at import, before the shared index is built. A regex the index cannot read (an
    alternative with no string, a case flag) is always searched."""

    __slots__ = ("needles", "regex")

    def __init__(self, regex: re.Pattern) -> None:
        self.regex = regex
        readable = not regex.flags & re.IGNORECASE and all(alternative_literals(regex.pattern))
        self.needles: SharedNeedles | None = pattern_needles((regex,)) if readable else None

    def search(self, text: str) -> re.Match[str] | None:
        """`regex.search(text)`, skipped when no string of the regex is in the text."""
        if self.needles is not None and not self.needles.candidates(text):
            return None
        return self.regex.search(text)
