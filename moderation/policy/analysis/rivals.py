"""Who else a later "they" may stand for: a rival subject (officials, forces, the writer's
kin) that opens a sentence, or another party that acted on the group; rules ask the same of
a pronoun (`rival_subject`, `acted_on_by_others`)."""

from __future__ import annotations

from collections.abc import Sequence

from moderation.policy.analysis.units import Unit
from moderation.policy.officials import RIVALS

# Words between an act and its object, and verbs of being (no act): "a los", "in", "are".
_OBJECT_MARKS = frozenset({"a", "a los", "a las", "al", "the", "those", "these", "unos", "unas"})


_NOT_ACTS = frozenset(
    {"in", "of", "for", "with", "about", "from", "to", "by", "on", "at", "like", "than", "and",
     "or", "but", "near", "around", "into", "among", "between", "behind", "without", "within",
     "after", "before", "during", "over", "under", "toward", "towards", "through", "de", "en",
     "con", "para", "por", "sobre", "como", "que", "y", "o", "pero", "entre", "cerca", "hacia",
     "sin", "tras", "many", "more", "most", "muchos", "muchas", "mas", "some", "algunos", "all",
     "todos"}
)  # fmt: skip


_AGENT_CODES = frozenset({"r", "c"})  # "some people", "racists"


# Plural subjects a later "they" may stand for instead of a group named before them: offices,
# forces and outfits (harsh opinion about them is no hate; `officials.RIVALS`), and the
# writer's own kin. Spanish ones after "los", "las" or "la" ("La policía no hizo nada. Ellos").
_RIVALS = RIVALS


_OFFICE_OWNERS = frozenset(
    {"the", "city", "county", "state", "federal", "local", "los", "las", "la"}
)


# The writer's own kin ("My in-laws are X. They ..."), only after "my" or "our": "Their kids"
# are the group's own.
_KIN = frozenset(
    {"family", "in-laws", "parents", "relatives", "cousins", "grandparents", "kids", "children"}
)


def rival_subject(units: Sequence[Unit], k: int, text: str) -> bool:
    """Unit `k` opens its sentence (after "the", "my", "city", ...) as a plural subject from
    `_RIVALS`: "The police did nothing.", "My in-laws came over."; a verb follows it."""
    u = units[k]
    if u.code == "G":
        return False
    after = k + 1
    surface = text[u.start : u.end]
    kin = surface in _KIN
    if kin:
        k = _kin_owner(units, k, text)
        if k is None:
            return False
    elif surface not in _RIVALS:
        if after >= len(units) or text[u.start : units[after].end] not in _RIVALS:
            return False
        after += 1  # "border patrol", two words
    owners = ("my", "our") if kin else _OFFICE_OWNERS
    j = k - 1
    while j >= 0 and units[j].sentence == u.sentence and units[j].text in owners:
        j -= 1
    if j >= 0 and units[j].sentence == u.sentence:
        return False  # not the sentence's opening subject
    nxt = units[after] if after < len(units) else None
    return nxt is not None and nxt.sentence == u.sentence and nxt.code not in ("G", "g", "B")


# The writer's kin whose family is theirs too ("my wife's family", "my mom's side").
_KIN_OWNERS = frozenset(
    {"wife", "husband", "partner", "spouse", "mom", "mum", "mother", "dad", "father",
     "girlfriend", "boyfriend", "fiance", "fiancee"}
)  # fmt: skip


def _kin_owner(units: Sequence[Unit], k: int, text: str) -> int | None:
    """Where the owner of the kin word at k starts: "my"/"our" right before it, or "my wife's"
    ("my wife's family": the possessive's unit shares the kin word's span); None without one."""
    j = k - 1
    if j >= 2 and text[units[j].start : units[j].end].endswith(("'s", "’s")):
        if units[j - 1].text in _KIN_OWNERS and units[j - 2].text in ("my", "our"):
            return j - 1  # the owners' loop below takes the "my" before
        return None
    if j >= 0 and units[j].text in ("my", "our"):
        return k
    return None


def opened_by_rival(before: Sequence[Unit], g: Unit, text: str) -> bool:
    """The sentence of the group unit `g` opens with a rival subject (`rival_subject`), after
    its owners if any ("My wife's family is X.")."""
    k = len(before) - 1
    while k >= 0 and before[k].sentence == g.sentence:
        k -= 1
    units = [*before, g]
    return any(rival_subject(units, j, text) for j in range(k + 1, min(k + 5, len(before))))


def acted_on_by_others(units: Sequence[Unit], g: int, text: str = "") -> bool:
    """The group at `g` is the object of what another plural party did ("Some people attacked
    X.", "Unos nazis agredieron a los X."): a "they" in a later sentence may be either party,
    so it is not read as the group. The writer as the doer ("I met X", "Vi a unos X") keeps
    the group as what "they" stands for. With the text, a plural agent is read from its
    surface form (the unit of "landlords" is "landlord")."""
    sentence = units[g].sentence
    k = g - 1
    while (
        k >= 0
        and units[k].sentence == sentence
        and (units[k].code == "A" or units[k].text in _OBJECT_MARKS)
    ):
        k -= 1
    if k < 1 or units[k].sentence != sentence:
        return False
    verb = units[k]
    if verb.code in ("C", "M", "N", "B", "G", "I", "U", "F") or verb.text in _NOT_ACTS:
        return False
    for j in range(k - 1, -1, -1):
        a = units[j]
        if a.sentence != sentence or a.code in ("B", "G", "I", "U", "F"):
            return False
        surface = text[a.start : a.end] if text else a.text
        if a.code in _AGENT_CODES or (a.code == "w" and len(surface) > 3 and surface.endswith("s")):
            return True
    return False
