"""A group word as the vocative of an order of dismissal ("Cállate, judío", "Shut up, jew",
"Lárgate, gitano"): the person spoken to is called by the group as if it were an insult, which
is abuse for belonging, not only a rude reply."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit
from moderation.policy.rules.context import suppressed
from moderation.policy.rules.hate.guards import _hit, plural_group
from moderation.policy.rules.hate.words import CLEAR
from moderation.policy.rules.troll.banter import FRIENDLY

# Orders that send the one spoken to away or silence them.
_ORDERS = frozenset(
    {"callate", "calla", "callese", "callense", "largate", "larguense", "vete", "vayase",
     "vayanse", "pierdete", "muerete", "shut up", "shut it", "get lost", "get out", "go back",
     "go home", "go away", "fuck off", "piss off", "beat it", "get out of here", "go die",
     "get away from me", "get away from us", "stay away from me", "stay away from us",
     "keep away from me", "keep away from us"}
)  # fmt: skip
# Words an order may carry before the vocative ("go back home, X", "lárgate ya, X").
_ORDER_TAIL = frozenset({"home", "away", "already", "now", "back", "ya", "de aqui", "ahora",
                         "de una vez", "already then"})  # fmt: skip

# Group words that are also nicknames of endearment in Spanish ("negra", "chino"): with a
# laugh or a word of affection in the comment, a friend is teased.
_ENDEARMENTS = frozenset({"negro", "negra", "negrito", "negrita", "chino", "china", "chinito",
                          "chinita", "guero", "guera", "gordo", "gorda"})  # fmt: skip
_LAUGH = re.compile(r"\b(?:(?:ja|je|ji|ha|he|ah|aj){2,}\w*|lol|xd+|lmao)\b")


def _comma_between(an: Analysis, a: int, b: int) -> bool:
    """A comma between the units at a and b (a < b) in the original text."""
    return "," in an.norm.original[an.span(a, a)[1] : an.span(b, b)[0]]


def _vocative_at(an: Analysis, g: int) -> int | None:
    """The first unit of the order the group word at `g` is the vocative of, or None: the
    order right before it (past its tail words) with the group word closing the clause, or the
    group word opening the sentence with a comma and the order after it."""
    run = an.sentence_run(g)
    pos = next(k for k, x in enumerate(run) if x.index == g)
    after = run[pos + 1 :]
    if pos == 0:
        if plural_group(an.units[g]):
            return None  # "Women, get out there and win!": a crowd hailed, a cheer
        if after and after[0].text in _ORDERS and _comma_between(an, g, after[0].index):
            return g
        return None
    if after and not _comma_between(an, g, after[0].index):
        return None  # "Get out, Muslims are coming": the group is a subject
    k = pos - 1
    while k > 0 and run[k].text in _ORDER_TAIL:
        k -= 1
    if run[k].text not in _ORDERS or k != 0:
        return None
    return run[k].index


def vocative_group(an: Analysis) -> list[Hit]:
    """The group word called out as the vocative of an order, not quoted or reported."""
    for u in an.units:
        if u.code != "G" or u.quoted or not u.has("G"):
            continue
        first = _vocative_at(an, u.index)
        if first is None:
            continue
        lo, hi = min(first, u.index), max(first, u.index)
        if suppressed(an, lo, hi):
            continue
        if u.text in _ENDEARMENTS and (
            _LAUGH.search(an.norm.text) or FRIENDLY.search(an.norm.text)
        ):
            continue  # "Cállate, negra, me haces reír jajaja": a friend teased
        return [_hit(an, "hate.directed", CLEAR, lo, hi, "a group word used as an insult")]
    return []
