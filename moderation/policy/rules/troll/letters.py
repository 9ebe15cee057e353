"""Letter and word patterns, and the counts of letters and capitals, that shouting, repeat, flood
and the threat guards read."""

from __future__ import annotations

import re
import string

WORD = re.compile(r"[^\W\d_]+")
ASCII_WORD = re.compile(r"[a-z]+")  # `_WORD` of lower-case ASCII text
_LETTERS = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-ZÁÉÍÓÚÑÜ]")


_ASCII_LETTERS = string.ascii_letters.encode("ascii")
_ASCII_UPPER = string.ascii_uppercase.encode("ascii")


def _upper_count(text: str) -> int:
    """How many characters `_UPPER` matches: in ASCII text exactly A-Z, deleted from the
    bytes in one C pass (a regex stops at every capital)."""
    if text.isascii():
        return len(text) - len(text.encode("ascii").translate(None, _ASCII_UPPER))
    return len(_UPPER.findall(text))


def _letter_count(text: str) -> int:
    """How many characters `_LETTERS` matches, without a list of them: in ASCII text those
    are exactly a-z and A-Z, deleted from the bytes in one C pass."""
    if text.isascii():
        return len(text) - len(text.encode("ascii").translate(None, _ASCII_LETTERS))
    return len(_LETTERS.findall(text))
