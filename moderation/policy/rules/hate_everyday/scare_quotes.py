"""A group's name or a word for refugees or the disabled in scare quotes, in a sentence that
sneers (`hate_everyday`): "Funny how the 'refugees' always have new phones"."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

# Words for people whose standing a writer mocks by quoting them ("the 'disabled'", "these
# 'refugees'", "the 'vibrant new community'"), beside a sneer in the same sentence.
# Not a group's own name: that is as often quoted to discuss the word ("calls them 'migrantes'").
_SCARE_WORDS = frozenset(
    {"disabled", "refugees", "refugee", "asylum seekers", "dreamers", "victims", "victim",
     "new arrivals", "newcomers", "migrants", "vibrant", "community", "diversity", "families",
     "refugiados", "refugiado", "victimas", "discapacitados", "solicitantes de asilo",
     "migrantes", "familias"}
)  # fmt: skip
SNEER = re.compile(
    r"\b(?:funny how|so called|yeah right|more like|just future|surprise|every single time|"
    r"si como no|pobrecitos)\b"
)


def _in_quotes(text: str, u: Unit) -> bool:
    """The unit's last words sit between quote marks ("the 'disabled'": the unit holds the
    article before the opening mark)."""
    return text[u.end : u.end + 1] in ("'", '"') and any(
        q in text[u.start : u.end] or text[u.start - 1 : u.start] == q for q in ("'", '"')
    )


def scare_quoted(an: Analysis, groups: set[int], units: tuple[Unit, ...], masked: str) -> bool:
    """A short quotation of a group's name or a word for refugees or the disabled, in a
    sentence that sneers ("Funny how the 'disabled' always ...")."""
    if not SNEER.search(masked):  # the cheap test first: few sentences sneer
        return False
    text = an.norm.text
    quoted = [u for u in units if u.quoted or _in_quotes(text, u)]
    if not quoted or len(quoted) > 4 or len(quoted) == len(units):
        return False
    return any(u.text.split()[-1] in _SCARE_WORDS for u in quoted)
