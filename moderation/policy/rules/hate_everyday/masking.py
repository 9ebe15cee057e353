"""A sentence as `hate_everyday`'s shapes read it (after `hate_shapes`): its words with each
group word, and each stand-in for a group the lexicon leaves out, masked as `GRP`."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.lexicon import skipping
from moderation.policy.literal_gate import NeedleGate
from moderation.policy.rules.hate.proxies import KEYS, STAND_IN

# What follows a people addressed through one of its members ("your people always ...", "his
# kind have been ..."), so "his kind words" or "your people skills" are no stand-in.
_ADDRESSED_VERB = (
    r" (?:are|is|were|was|have|has|had|will|would|always|never|should|can|could|do|does|did|"
    r"just|all|moved|came|get|got|on|in|around|like|cheer|keep|think)\b| ?[.,!?;]|$"
)
# Stand-ins the group lexicon leaves out: vague plurals for a people, the Pride crowd,
# "the other side" of a border river, "that element", "a certain kind of crowd", "someone of
# that background". Read only by these shapes.
_STAND_INS = re.compile(
    r"\b(?:th(?:ese|ose) (?:people|folks|groups|types|ones|families|kinds? of people)|their kind|"
    r"(?:certain|some) (?:ethnic |racial |immigrant )?(?:groups|backgrounds|cultures|"
    r"communities)|"
    r"(?:the )?pride (?:crowd|people|folks|types|parade crowd|mafia|lobby)|"
    r"gay (?:mafia|lobby|lifestyle|agenda)|homosexual (?:lifestyle|agenda)|"
    r"the other side(?: of the (?:river|bridge|border))?|(?:the )?(?:third|3rd) world|"
    r"people like (?:that|them|those)|(?:that|this) crowd|people like you(?! and me\b)|"
    r"(?:that|this) element(?! of\b)|certain (?:individuals|elements|types|folks)|"
    r"(?:a |that |this )?certain (?:kind|type|sort|class) of (?:crowd|people|person|folks|"
    r"individuals?)|(?:that|this|those) (?:kind|type|sort|class) of (?:crowd|people|folks)|"
    r"(?:of|from) (?:that|those) backgrounds?|"
    rf"(?:you people|(?:your|his|her) (?:people|kind|type))(?={_ADDRESSED_VERB})|"
    r"(?:esa|esta|esa clase de|ese tipo de) gente|los de (?:afuera|fuera|alla)|gente asi|"
    r"el otro lado)\b"
)
# The stand-ins of `proxies` ("people from the rez", "folks with accents"), searched only in a
# comment or sentence holding one of their words (`proxies.KEYS`): most hold none.
_PROXIES = re.compile(rf"\b(?:{STAND_IN})\b")
_PROXIES_SEARCH = skipping(_PROXIES)[0]
# `_STAND_INS.search` behind the shared needle index: most comments hold none of its strings,
# and the index answers them without a search tried at every position.
_STAND_INS_GATED = NeedleGate(_STAND_INS)
_PRIDE = frozenset({"pride"})
# Nouns after a group word that keep it the subject ("the homosexual lifestyle is ...").
_GROUP_NOUNS = frozenset(
    {"lifestyle", "agenda", "community", "crowd", "people", "folks", "families", "family",
     "men", "women", "guys", "types", "kids", "gente", "familias", "comunidad"}
)  # fmt: skip
# A sentence's words with the groups masked, each word's offset in them and its unit index
Masked = tuple[str, list[int], list[int]]


def names_stand_in(an: Analysis) -> bool:
    """The comment names a group by a stand-in ("these people", "the other side") or as
    Pride, capitalised. Kept in the comment's memo: `hate.everyday` and `hate.hinted` both ask."""
    found = an.memo.get(_MEMO_KEY)
    if found is None:
        found = an.memo[_MEMO_KEY] = (
            bool(_STAND_INS_GATED.search(an.norm.text))
            or any(u.text in _PRIDE and an.capitalised(u.index) for u in an.units)
            or (
                not KEYS.isdisjoint(u.text for u in an.units)
                and bool(_PROXIES_SEARCH.search(an.norm.text))
            )
        )
    return found


_MEMO_KEY = "masking.names_stand_in"


def mask_sentence(
    an: Analysis, groups: set[int], units: tuple[Unit, ...], stand_in: bool
) -> Masked:
    """A sentence's words with groups and stand-ins masked as `GRP` and an "=" kept as a word
    (the unit list drops it), plus each word's offset and unit index. Kept in the comment's
    memo, keyed by the masking's parameters: `hate.everyday` and `hate.hinted` mask the same
    sentences with the same groups (`hate_shapes.group_units`), so each is masked once. The
    callers only read what they get."""
    if not units:
        return _masked(an, groups, units, stand_in)
    key = (_MASK_KEY, units[0].index, len(units), stand_in, frozenset(groups))
    found = an.memo.get(key)
    if found is None:
        found = an.memo[key] = _masked(an, groups, units, stand_in)
    return found


_MASK_KEY = "masking.mask_sentence"


def _masked(an: Analysis, groups: set[int], units: tuple[Unit, ...], stand_in: bool) -> Masked:
    """`mask_sentence` worked out."""
    tokens: list[tuple[str, int]] = []
    for u in units:
        if "=" in an.norm.text[max(0, u.start - 3) : u.start] and tokens:
            tokens.append(("=", u.index))
        masked = u.index in groups or (u.text in _PRIDE and an.capitalised(u.index))
        tokens.append(("GRP" if masked else u.text, u.index))
    if stand_in:
        raw = " ".join(word for word, _k in tokens)
        spans = [m.span() for m in _STAND_INS.finditer(raw)]
        if not KEYS.isdisjoint(word for word, _k in tokens):
            spans += [m.span() for m in _PROXIES.finditer(raw)]
            spans.sort()
        if spans:
            kept: list[tuple[str, int]] = []
            pos = 0
            for word, k in tokens:
                inside = next((a for a, b in spans if a <= pos < b), None)
                if inside is None:
                    kept.append((word, k))
                elif inside == pos:
                    kept.append(("GRP", k))
                pos += len(word) + 1
            tokens = kept
    tokens = [
        (word, k)
        for j, (word, k) in enumerate(tokens)
        if not (j and tokens[j - 1][0] == "GRP" and word in _GROUP_NOUNS)
    ]
    return joined(tokens)


def joined(tokens: list[tuple[str, int]]) -> Masked:
    """The (word, unit index) tokens as one space-joined string, each word's offset in it and
    its unit index: what the masked-sentence regexes search and map back to units."""
    offsets: list[int] = []
    pos = 0
    for word, _k in tokens:
        offsets.append(pos)
        pos += len(word) + 1
    return " ".join(word for word, _k in tokens), offsets, [k for _w, k in tokens]
