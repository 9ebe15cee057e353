"""The path of a shared link is a page's address, not the reader's words.

A news link's slug ("/escoria-rio", "/mayor-called-an-idiot") names the page it points to; read
as words, it made the reader say them. The host stays (the spam rules read a domain's words), and
so does a path of one word or a dictionary's entry ("This is you: <dictionary>/moron").
"""

from __future__ import annotations

import re

# A scheme or "www." host, then the path: from the first "/" after the host to the next space.
_PATH = re.compile(r"(?:https?://|www\.)([^\s/]+)(/\S*)")
# An article's slug: words joined by hyphens or underscores ("/escoria-rio", "/mayor_fined").
_SLUG = re.compile(r"[a-z0-9]+[-_][a-z0-9]")
# A dictionary's entry is a word pointed at the reader ("This is you: <dictionary>/moron").
_DICTIONARY = re.compile(r"dictionary|dle\.rae|wordreference|urbandictionary|diccionario|thesaurus")


def link_paths(text: str) -> list[tuple[int, int]]:
    """Spans of the article slugs among the paths of the links in `text`: a path of one bare
    word, or any path on a dictionary's site, stays the reader's word."""
    if "://" not in text and "www." not in text:
        return []
    return [
        m.span(2)
        for m in _PATH.finditer(text)
        if _SLUG.search(m.group(2)) and not _DICTIONARY.search(m.group(1))
    ]


def without_link_paths(raw: list[tuple[str, int, int]], text: str) -> list[tuple[str, int, int]]:
    """The words of `raw` that do not start inside a link's path."""
    paths = link_paths(text)
    if not paths:
        return raw
    return [w for w in raw if not any(s <= w[1] < e for s, e in paths)]
