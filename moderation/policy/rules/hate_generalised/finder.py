"""The sentences `hate.generalised` finds: a whole group as the subject (masked by `masking`)
followed by a crime (`crimes`) or a vice family (`patterns`), or one of the free shapes; each
with its span, its family and whether it rejects. A mild fault counts only when the writer puts
it down to the group's nature or culture ("naturally", "it's cultural", "lo llevan en la
sangre", `_essentialised`).
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.hate.guards import plural_group, weak_group
from moderation.policy.rules.hate_generalised.crimes import CRIME_EN, CRIME_EN_MORE, CRIME_ES
from moderation.policy.rules.hate_generalised.families_en import DEHUMANISED, PROXY_ONLY
from moderation.policy.rules.hate_generalised.frame import TAIL_WORDS
from moderation.policy.rules.hate_generalised.masking import (
    _STAND_INS,
    NAMED,
    _masked,
    may_name,
    may_stand_in,
)
from moderation.policy.rules.hate_generalised.patterns import EN, ES, FREE_EN, FREE_ES
from moderation.policy.rules.hate_generalised.pronoun import whole_group_they

# Group words that are plural as they stand ("the Chinese", "Roma").
_INVARIANT = frozenset(
    {"chinese", "japanese", "vietnamese", "lebanese", "congolese", "sudanese", "senegalese",
     "roma", "romani", "hmong", "navajo", "apache", "the disabled", "disabled", "handicapped",
     "lgbt", "lgbtq", "gente", "la gente", "indigenous"}
)  # fmt: skip

# The fault put down to nature or culture, in the same sentence or the next.
_ESSENCE = re.compile(
    r"\b(?:(?:it is|that is|its|thats|this is)(?: just| all| so| simply| purely| totally| "
    r"literally)? (?:cultural|(?:in |part of )?(?:their|the) (?:culture|blood|dna|nature|"
    r"genes|religion)|genetic|in the blood|how they are(?: raised| built| wired| made)?|"
    r"a cultural thing|the culture|just who they are|who they are|biology|science|genetics|"
    r"biologico|biologia|ciencia|genetica)|because (?:of )?(?:the|their) culture|by nature|"
    r"in their "
    r"(?:blood|dna|genes|nature)|(?:es|eso es) (?:algo )?(?:cultural|de su cultura|su cultura|"
    r"genetico|de raza)|lo llevan en la sangre|(?:esta|va) en su (?:sangre|adn|naturaleza|"
    r"cultura|raza)|por naturaleza)\b"
)

_NATURE_ADV = re.compile(r"\b(?:naturally|by nature|genetically|inherently|por naturaleza)\b")


def _last_unit(offsets: list[int], index: list[int], end: int) -> int:
    inside = [index[i] for i, o in enumerate(offsets) if o < end and index[i] >= 0]
    return inside[-1]


def _group_is_plural(an: Analysis, units: list[Unit], tail_after: bool) -> bool:
    last = units[-1]
    return (
        tail_after
        or plural_group(last)
        or last.text in _INVARIANT
        or last.text in _STAND_INS
        or last.text in NAMED
        or whole_group_they(an, last)
    )


def find(an: Analysis) -> list[tuple[int, int, str, bool]]:
    """(first unit, last unit, family, rejects) for each generalising sentence."""
    found: list[tuple[int, int, str, bool]] = []
    for s, (base, codes) in enumerate(an.sentences):
        units = an.units[base : base + len(codes)]
        # asked by the run's own sentence number, not its position `s` (they part past an
        # empty sentence: "Wow!! X are ...?")
        if an.asked(units[0].sentence):
            continue  # a question: asked, not said
        stand_ins = may_stand_in(units)
        if "G" not in codes and "g" not in codes and not stand_ins and not may_name(an, units):
            continue
        hit, one = None, False
        # a "they" for the people named before is read as the group only when the sentence as
        # written matches nothing: the families' own words hold "they" ("X were fine when they")
        for pronouns in (False, True):
            if pronouns and not any(whole_group_they(an, u) for u in units):
                break
            text, offsets, index, kinds = _masked(an, units, stand_ins, pronouns)
            if "GRP" in text:
                hit, one = _predicate(an, s, text, offsets, index, kinds)
            if hit is not None:
                break
        if hit is None:
            continue
        m, what, rejects = hit
        g_first = _last_unit(offsets, index, m.start("g") + 1)
        g_last = _last_unit(offsets, index, m.end("g") - 1)
        groups = [an.units[k] for k in range(g_first, g_last + 1)]
        after = text[m.end("g") :].split(" ", 1)[0]
        tail = after in TAIL_WORDS
        kind = kinds.get(g_first)
        if kind is None and not one and not _group_is_plural(an, groups, tail):
            continue
        first = index[next(i for i, o in enumerate(offsets) if o >= m.start("g"))]
        last = _last_unit(offsets, index, m.end("p"))
        if rejects and (m.groupdict().get("loose") or any(weak_group(u) for u in groups)):
            rejects = False
        if any(whole_group_they(an, u) for u in groups):
            rejects = False  # "they" read as the people named before: ours to read, so held
        if kind is not None:
            rejects = what in DEHUMANISED and kind == "placed"
        found.append((first, last, what, rejects))
    return found


def _predicate(
    an: Analysis, s: int, text: str, offsets: list[int], index: list[int], kinds: dict[int, str]
) -> tuple[tuple[re.Match, str, bool] | None, bool]:
    """The first crime, vice family or free shape the masked sentence `text` holds, as (match,
    family, rejects), and whether the free shape may have one member as its subject."""
    es = an.lang == "es"
    families = ES if es else EN
    crime = CRIME_ES if es else CRIME_EN
    m = crime.search(text)
    if m is None and not es:
        m = CRIME_EN_MORE.search(text)
    if m is not None:
        return (m, "a crime", True), False
    for what, rx in families:
        m = rx.search(text)
        if m is None:
            continue
        if what == "a fault" and not _essentialised(an, s, text, m):
            continue
        if what in PROXY_ONLY and (kinds.get(_last_unit(offsets, index, m.start("g") + 1)) is None):
            continue
        return (m, what, False), False
    for what, rx, single in FREE_ES if es else FREE_EN:
        m = rx.search(text)
        if m is not None:
            return (m, what, False), single
    return None, False


def _essentialised(an: Analysis, s: int, text: str, m: re.Match) -> bool:
    """The mild fault is put down to the group's nature: an adverb of nature before it, or
    "it's cultural" / "by nature" after it in the sentence or opening the next one."""
    if _NATURE_ADV.search(m.group("adv") or ""):
        return True
    if _ESSENCE.search(text[m.end() :]):
        return True
    if s + 1 < len(an.sentences):
        base, codes = an.sentences[s + 1]
        nxt = " ".join(u.text for u in an.units[base : base + min(len(codes), 10)])
        return bool(_ESSENCE.match(nxt) or _ESSENCE.search(nxt[:40]))
    return False
