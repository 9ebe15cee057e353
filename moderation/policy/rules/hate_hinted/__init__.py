"""Implicit English hate the other rules miss because no slur or plain "X are Y" is said:
a stereotype left to "they" ("that's just how they are"), a place said to change once they
came, a drowning wished on a group, a family name given as the target of a run-out threat,
and claims made in a roundabout form (a report then agreed with, a group put first and
taken up by "they", a refused pretence) that are screened again in plain form (`restated`).

Every hit only holds (`cap_hold`): the shapes are hints, and a moderator reads them. A
comment that condemns a line as racist or false, or that quotes or reports it, passes
(`hate_everyday.counter_speech`).
"""

from __future__ import annotations

import operator
import re

from moderation.policy.analysis import Analysis
from moderation.policy.lexicon import skipping
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.hate_everyday.counter_speech import condemns, set_apart
from moderation.policy.rules.hate_everyday.masking import mask_sentence, names_stand_in
from moderation.policy.rules.hate_hinted.restated import AGREED, hateful, restatements
from moderation.policy.rules.hate_hinted.shapes import (
    ALWAYS,
    BEFORE_THEM,
    DROWNING,
    NOT_FAMILY,
    SHAPE_NEEDS,
    SPORT,
    STEREOTYPE,
    SURNAME_NEEDS,
    SURNAME_THREAT,
    WELCOMED,
    WISH_DENIED,
)
from moderation.policy.rules.hate_shapes import group_units
from moderation.policy.types import Category

_SCORE = 0.7
# Words one of the regex shapes needs somewhere in the comment, asked before any masking.
_MAY = re.compile(
    r"\b(?:how|what|way|respect|value|care|back|fit|belong|work|changed|changing|downhill|same|"
    r"apart|sink|sinks|sank|capsiz\w*|drown\w*|down|flips?|river|sea|out of|lynched|hanged|"
    r"hung|strung|alive|feathered|before|until|till|always|never|all|takes|gets|kills|claims|"
    r"swallows|finishes|wipes|optional|suggestions|suckers|other|everyone)\b"
)
_MAY_SEARCH = skipping(_MAY)[0]  # the same answer, searched faster (a yes or no only)
# (pattern, what, needs a group named in the comment)
_REGEX_SHAPES = (
    (STEREOTYPE, "a stereotype said of a group", True),
    (DROWNING, "a drowning wished on a group", True),
    (BEFORE_THEM, "a place said to be fine before a group came", False),
    (ALWAYS, "'they always do' said of a group", True),
)
_CHANGE = re.compile(r"\b(?:changed|changing|downhill|same|apart)\b")


def _regex_shapes(an: Analysis, groups: set[int], named: bool) -> list[tuple[int, int, str]]:
    """(first unit, last unit, what) of each regex shape found, sentence by sentence; a
    sentence is masked only when a shape may match it (`SHAPE_NEEDS`, read in its words)."""
    text = an.norm.text
    if not _MAY_SEARCH.search(text):
        return []
    found: list[tuple[int, int, str]] = []
    found.extend(_surname_threats(an, groups))
    shapes = tuple(shape for shape in _REGEX_SHAPES if named or not shape[2])
    words = _words(an.units)
    shapes = tuple(shape for shape in shapes if _may(shape[0], words))
    if not shapes:
        return found
    stand_in = names_stand_in(an)
    for first, codes in an.sentences:
        run = an.units[first : first + len(codes)]
        if not run:
            continue
        if len(shapes) > 1 or len(run) < len(an.units):
            words = _words(run)
            may = [shape for shape in shapes if _may(shape[0], words)]
            if not may:
                continue
        else:
            may = shapes
        masked, offsets, index = mask_sentence(an, groups, run, stand_in)
        for pattern, what, _needs_named in may:
            m = pattern.search(masked)
            if m is None:
                continue
            said = m.group(0)
            if pattern is DROWNING and WISH_DENIED.search(said):
                continue
            welcomed = WELCOMED.search(f"{masked[: m.start()]} {masked[m.end() :]}")
            if (pattern is BEFORE_THEM or _CHANGE.search(said)) and welcomed:
                continue  # "... changed once they came, and it is better for it"
            inside = [index[i] for i, o in enumerate(offsets) if m.start() <= o < m.end()]
            if inside:
                found.append((inside[0], inside[-1], what))
    return found


_WORD = re.compile(r"\w+")


_TEXT = operator.itemgetter(1)  # Unit.text


def _words(units) -> set[str]:
    """The runs of word characters in the units' texts (a unit may hold "@" or "'"). Most
    texts are letters and spaces alone (\\w is `isalnum` or "_"): split in C, no regex."""
    joined = " ".join(map(_TEXT, units))
    if joined.replace(" ", "").isalnum():
        return set(joined.split())
    return set(_WORD.findall(joined))


# SHAPE_NEEDS by the shape's identity: a compiled regex as a dict key is hashed, its whole
# compiled program, at every lookup. The shapes are module constants SHAPE_NEEDS holds.
_NEEDS_BY_ID = {id(pattern): needs for pattern, needs in SHAPE_NEEDS.items()}


def _may(pattern: re.Pattern, words: set[str]) -> bool:
    """`pattern` may match a masked sentence of these words (`_words`): one of its
    alternatives finds a word of each set it needs."""
    needs = _NEEDS_BY_ID[id(pattern)]
    return any(all(not need.isdisjoint(words) for need in alt) for alt in needs)


def _surname_threats(an: Analysis, groups: set[int]) -> list[tuple[int, int, str]]:
    """A capitalised plural unknown to the lexicon (a family name) told to be run out of town
    or lynched; not a team, party or office, and not in a comment about a game."""
    text = an.norm.text
    found: list[tuple[int, int, str]] = []
    if not any(need in text for need in SURNAME_NEEDS):
        return found
    for m in SURNAME_THREAT.finditer(text):
        name_at = m.start(1) if m.group(1) else m.start(2)
        k = an.unit_at(name_at)
        if k is None or k in groups:
            continue
        u = an.units[k]
        if u.text in NOT_FAMILY or u.code != "w" or not an.capitalised(k) or SPORT.search(text):
            continue
        last = an.unit_at(m.end() - 1)
        found.append((k, k if last is None else last, "a family named as a threat's target"))
    return found


@rule("hate.hinted", Category.HATE)
def hinted(an: Analysis, sub) -> list[Hit]:
    """Hold a comment that hints at a group's nature, wishes it drowned, threatens a family,
    or makes a hateful claim about a group in a roundabout form."""
    del sub
    if not an.units:
        return []
    groups = group_units(an)
    found: list[tuple[int, int, str]] = []
    if an.lang == "en":  # the regex shapes are English; an agreed report is read in both
        found = _regex_shapes(an, groups, bool(groups) or names_stand_in(an))
    if groups:
        for first, last, claim, what in restatements(an, groups):
            if hateful(an, claim):
                found.append((first, last, what))
                break
    if not found or condemns(an):
        return []
    for first, last, what in found:
        # an agreed report is set apart by its own frame: the agreement after it decides
        if what != AGREED and set_apart(an, first, last):
            continue
        return [Hit("hate.hinted", _SCORE, (an.span(first, last),), what, cap_hold=True)]
    return []
