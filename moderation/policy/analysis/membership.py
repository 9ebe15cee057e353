"""Membership read as the group: "anyone who is X", "if you are X", the reader told they are
one ("You are gay. You ..."), and "X like you"; the frame's words become filler so what
follows is said of the group."""

from __future__ import annotations

import re
from collections.abc import Sequence

from moderation.policy.analysis.units import Unit

# "Anyone who is X is trash", "If you are (one of those) X, you are scum": whoever belongs to
# the group, that is the group; the frame ("anyone who", "if you") reports nobody's words here.
_MEMBERSHIP_FRAMES = frozenset({"anyone who", "if you", "whoever", "everyone who", "anybody who"})


_MEMBERSHIP_COPULAS = frozenset({"is", "are", "re", "happens to be", "happen to be"})


_ONE_OF = frozenset({"one", "one of", "of"})


def _membership(units: list[Unit]) -> None:
    """Read the frame and its copula as filler before a group that names what one is."""
    for k in range(len(units) - 2):
        u, cop = units[k], units[k + 1]
        if u.text not in _MEMBERSHIP_FRAMES or cop.text not in _MEMBERSHIP_COPULAS:
            continue
        j = k + 2
        while j < len(units) and j <= k + 6 and (units[j].code == "A" or units[j].text in _ONE_OF):
            j += 1
        g = units[j] if j < len(units) else None
        if g is None or g.sentence != u.sentence or g.code != "G":
            continue
        units[k] = u._replace(code="A", entry=None)  # no report frame either
        units[k + 1] = cop._replace(code="A")


# The reader told what group they belong to ("You are gay.", "Eres judío", "As a woman you
# ..."): a "you" after it is a member of that group, so what is said of "you" is said of one
# for being one. Insults that hold their own second person ("eres basura", "me das asco",
# "te odio") are read as a predicate or reaction after the group.
_ASCRIBING = re.compile(r"U[AC]*A*(?P<g>G)|A*(?P<g2>G)U")


_AS_A = frozenset({"as a", "as an", "como", "siendo", "as"})


_ADDRESSEE_WINDOW = 2  # sentences after the one that names what the reader is


_INSULT_AS = {"eres ": "X", "sos ": "X", "me das ": "W", "das ": "W", "te odio": "W",
              "te desprecio": "W", "te detesto": "W", "me repugnas": "W",
              "me enfermas": "W"}  # fmt: skip


def addressee_member(units: list[Unit]) -> None:
    """Code the reader as the group they were said to belong to (see `_ASCRIBING`)."""
    codes = "".join(u.code for u in units)
    for m in _ASCRIBING.finditer(codes):
        g = m.start("g") if m.group("g") else m.start("g2")
        first = m.start()
        if m.group("g2") and not (g > 0 and units[g - 1].text in _AS_A):
            continue  # "as a woman, you ...", not "women you ..."
        if len({units[k].sentence for k in range(first, m.end())}) > 1:
            continue
        if _cause_denied(units, first):
            continue  # "You're not stupid because you're a woman": the group is no cause
        group = units[g]
        if group.entry is None or "G" not in group.entry.classes:
            continue
        last = group.sentence + _ADDRESSEE_WINDOW
        for k in range(m.end(), len(units)):
            u = units[k]
            if u.sentence > last:
                break
            adjacent = all(units[j].code in "AYU" for j in range(g + 1, k))
            if u.code == "U" and not (u.sentence == group.sentence and adjacent):
                units[k] = u._replace(code="G")  # (a "you" right after the group reads as is)
            elif u.code == "w" and u.entry is not None and "INS" in u.entry.classes:
                code = next((c for p, c in _INSULT_AS.items() if u.text.startswith(p)), None)
                if code is not None:
                    units[k] = u._replace(code=code)
        return


_BECAUSE = frozenset({"because", "just because", "cause", "since", "porque"})


def _cause_denied(units: Sequence[Unit], k: int) -> bool:
    """The "you" at `k` opens a reason ("because you are a woman") for a fault the sentence
    denies ("You're not stupid because ..."): the writer denies the group is the cause. A
    denied good ("You're not welcome because you're a woman") gives the group as the cause."""
    if k == 0 or units[k - 1].text not in _BECAUSE:
        return False
    sentence = units[k].sentence
    fault = False
    j = k - 2
    while j >= 0 and units[j].sentence == sentence:
        if units[j].code == "X":
            fault = True
        elif units[j].code == "P":
            return False
        elif units[j].code == "N":
            return fault
        j -= 1
    return False


def group_cause_denied(units: Sequence[Unit], g: int) -> bool:
    """The group at `g` closes a reason the writer denies ("You're not lazy because you're an
    immigrant, ..."): what follows the clause is not said of the group."""
    k = g - 1
    while k >= 0 and units[k].code in ("A", "C") and units[k].sentence == units[g].sentence:
        k -= 1
    return k >= 0 and units[k].code == "U" and _cause_denied(units, k)


_LIKE = frozenset({"like", "como"})


_YOU_FORMS = frozenset({"you", "yourself", "yourselves", "tu", "ti", "vosotros", "ustedes"})


def like_you(units: list[Unit]) -> None:
    """ "X like you", "los X como tú": the one addressed is counted among the group; the two
    words read as filler so what follows is said of the group ("X like you should die")."""
    for k in range(1, len(units) - 1):
        u, nxt = units[k], units[k + 1]
        if (
            u.text in _LIKE
            and nxt.text in _YOU_FORMS
            and units[k - 1].code == "G"
            and nxt.sentence == u.sentence
        ):
            units[k] = u._replace(code="A")
            units[k + 1] = nxt._replace(code="A")
