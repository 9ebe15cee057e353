"""Spam (clause `spam`): links (hold at PolicyConfig.links_to_hold, as WordPress does),
link-only comments, known spam patterns (pills, casinos, crypto, SEO, work from home),
phone numbers offering services, and repeated promotion.
"""

from __future__ import annotations

import re
from functools import lru_cache

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.types import Category, Submission

_URL = re.compile(
    r"https?://\S+|www\.\S+|\b[a-z0-9-]+\.(?:com|net|org|info|biz|ru|cn|xyz|top|io|co|me|ly|"
    r"online|site|shop|store|club|click|link)\b(?:/\S*)?",
    re.IGNORECASE,
)
_PHONE = re.compile(r"(?<!\d)\+?\d[\d ()\-.]{8,}\d(?!\d)")
_SERVICE = re.compile(
    r"\b(call|text|whatsapp|telegram|contact|services?|available|24/7|hire|book|booking|"
    r"llama|llamanos|llamame|contacta|contactanos|servicios?|disponible|escribe|escribenos)\b"
)
_WORD = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=64)  # four rules ask about the same comment in a row
def links(text: str) -> tuple[tuple[int, int], ...]:
    if "." not in text and "://" not in text:
        return ()  # every form of link holds one or the other
    return tuple(m.span() for m in _URL.finditer(text))


@rule("spam.links", Category.SPAM)
def many_links(an: Analysis, sub: Submission) -> list[Hit]:
    found = links(sub.text)
    if len(found) >= max(1, sub.config.links_to_hold):
        return [Hit("spam.links", 0.6, tuple(found), f"{len(found)} links", True)]
    return []


@rule("spam.link_only", Category.SPAM)
def link_only(an: Analysis, sub: Submission) -> list[Hit]:
    found = links(sub.text)
    if not found:
        return []
    rest = _URL.sub(" ", sub.text)
    if len(_WORD.findall(rest)) < 3:
        return [Hit("spam.link_only", 0.7, tuple(found), "a link with no comment")]
    return []


@rule("spam.pattern", Category.SPAM)
def pattern(an: Analysis, sub: Submission) -> list[Hit]:
    text = an.norm.text
    mine = an.prefixes
    if not mine & an.lex.spam_keys:
        return []  # no word any spam pattern needs
    weight = 0.0
    spans = []
    names = []
    for ident, w, rx, keys in an.lex.spam:
        if keys and not keys & mine:
            continue
        m = rx.search(text)
        if m is not None:
            weight += w
            spans.append(an.norm.span(m.start(), m.end()))
            names.append(ident)
    if not spans:
        return []
    if links(sub.text):
        weight += 0.3
    if _PHONE.search(sub.text):
        weight += 0.3
    if sub.context.recent_texts and links(sub.text):
        weight += 0.2
    score = 0.9 if weight >= 1.0 else (0.6 if weight >= 0.5 else 0.0)
    if not score:
        return []
    return [Hit("spam.pattern", score, tuple(spans), "spam: " + ", ".join(names))]


@rule("spam.phone", Category.SPAM)
def phone(an: Analysis, sub: Submission) -> list[Hit]:
    m = _PHONE.search(sub.text)
    if m is None or sum(c.isdigit() for c in m.group()) < 9:
        return []
    if not _SERVICE.search(an.norm.text):
        return []
    return [Hit("spam.phone", 0.7, (m.span(),), "phone number offering a service")]
