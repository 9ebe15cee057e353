"""A sentence as `hate.generalised` reads it: its words with every group word (a name for a
group the lexicon leaves out, a disability word before "people", a stand-in such as "those
people") masked as `GRP` and a `,` at each clause mark, and the cheap tests that tell whether a
sentence may name a group at all before it is masked.
"""

from __future__ import annotations

import re
from operator import attrgetter

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.hate import proxies
from moderation.policy.rules.hate_generalised.pronoun import whole_group_they

# Group words the lexicon leaves out that name a disability with "people" after them.
_PROXY_BEFORE_PEOPLE = frozenset({"wheelchair", "wheelchair bound", "special needs", "crippled"})
# Names for a group that the group lexicon leaves out (most are derogatory shortenings).
NAMED = frozenset(
    {"paisas", "salvis", "magrebies", "magrebis", "moros", "menas", "sudacas", "hmong",
     "apaches", "navajos", "queers", "bangladesies", "pakistani", "sordos", "sordomudos"}
)  # fmt: skip
# Stand-ins for a group named before them in the comment ("Mexicans ... Those people ...").
_STAND_INS = frozenset(
    {"those people", "these people", "such people", "people like that", "people like them",
     "esa gente", "esta gente", "gente asi", "gente como esa"}
)  # fmt: skip


def _groupish(an: Analysis, u: Unit, nxt: Unit | None, pronouns: bool = False) -> bool:
    """A group word, a name for a group, a disability word before "people", a stand-in
    ("those people") for a group the comment named before, and with `pronouns` a "they" for
    the people named before (`whole_group_they`)."""
    if (u.code in ("G", "g") and u.has("G")) or u.text in NAMED:
        return True
    if pronouns and whole_group_they(an, u):
        return True  # "I stopped hiring X. They steal.": the people named before
    if u.text in _PROXY_BEFORE_PEOPLE:
        return nxt is not None and nxt.text == "people"
    if u.text in _STAND_INS:  # or read as a group by the analysis (a people's nature told)
        return u.code == "G" or any(
            an.units[k].has("G") for k in an.by_class.get("G", ()) if k < u.index
        )
    return False


_GROUP_CODES = frozenset({"G", "g"})
_MAY_NAME = NAMED | _PROXY_BEFORE_PEOPLE | _STAND_INS
_CODE, _TEXT = attrgetter("code"), attrgetter("text")


def may_name(an: Analysis, units) -> bool:
    """A unit that is or may stand for a group's name (`_groupish` reads which), tested in C."""
    return not _GROUP_CODES.isdisjoint(map(_CODE, units)) or not _MAY_NAME.isdisjoint(
        map(_TEXT, units)
    )


_CLAUSE_MARK = re.compile(r"[,;:()—–-]")  # between two units: a "," in the masked sentence


def may_stand_in(units) -> bool:
    """A unit one of the stand-ins for a group (`proxies`) holds, tested in C."""
    return not proxies.KEYS.isdisjoint(map(_TEXT, units))


def _masked(
    an: Analysis, units: tuple[Unit, ...], stand_ins: bool = False, pronouns: bool = False
) -> tuple[str, list[int], list[int], dict[int, str]]:
    """A sentence's words with groups as `GRP` and a `,` where the text had a clause mark,
    plus each word's offset in that text, its unit index (-1 for a mark), and with
    `stand_ins`, each stand-in for a group (`proxies`) made one `GRP` too, its kind by the
    index of its first unit."""
    words: list[str] = []
    offsets: list[int] = []
    index: list[int] = []
    pos = 0
    text = an.norm.text
    for i, u in enumerate(units):
        gap = u.start - units[i - 1].end if i else 0
        # most gaps are one space, which holds no mark: no search for them
        if (
            gap > 0
            and (gap > 1 or text[u.start - 1] != " ")
            and (_CLAUSE_MARK.search(text, u.start - gap, u.start))
        ):
            words.append(",")
            offsets.append(pos)
            index.append(-1)
            pos += 2
        nxt = units[i + 1] if i + 1 < len(units) else None
        words.append("GRP" if _groupish(an, u, nxt, pronouns) else u.text)
        offsets.append(pos)
        index.append(u.index)
        pos += len(words[-1]) + 1
    kinds: dict[int, str] = {}
    if stand_ins:
        words, index, kinds = proxies.collapse(words, index)
        offsets = []
        pos = 0
        for word in words:
            offsets.append(pos)
            pos += len(word) + 1
    return " ".join(words), offsets, index, kinds
