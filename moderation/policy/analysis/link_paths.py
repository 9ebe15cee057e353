"""The path of a shared link is a page's address, not the reader's words.

A news link's slug ("/escoria-rio", "/mayor-called-an-idiot") names the page it points to; read
as words, it made the reader say them. The host stays: the spam rules read a domain's words.
"""

from __future__ import annotations

import re

# A scheme or "www." host, then the path: from the first "/" after the host to the next space.
_PATH = re.compile(r"(?:https?://|www\.)[^\s/]+(/\S*)")


def link_paths(text: str) -> list[tuple[int, int]]:
    """Spans of the paths of the links in `text` (empty when it has none)."""
    if "://" not in text and "www." not in text:
        return []
    return [m.span(1) for m in _PATH.finditer(text)]


def without_link_paths(raw: list[tuple[str, int, int]], text: str) -> list[tuple[str, int, int]]:
    """The words of `raw` that do not start inside a link's path."""
    paths = link_paths(text)
    if not paths:
        return raw
    return [w for w in raw if not any(s <= w[1] < e for s, e in paths)]
