"""`troll.sealion`: a string of questions fired at a commenter with a taunt for not answering."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.troll.public import _OFFICE
from moderation.policy.rules.troll.words import ADDRESSEE
from moderation.policy.types import Category, Submission

# Sealioning: a string of questions fired at a commenter with a taunt for not answering
# ("I'll wait", "why won't you answer?", "¿No contestas? Lo suponía."). An honest question,
# even several, carries no taunt; questions put to an office-holder are politics.
_TAUNT = re.compile(
    r"\b(?:i'?ll wait|still waiting|sigo esperando|yes or no|si o no|"
    r"why (?:won'?t|don'?t|haven'?t|didn'?t|can'?t) (?:you|u) (?:just )?(?:answer|respond|reply)|"
    r"why (?:do (?:you|u) keep|are (?:you|u)) (?:dodging|avoiding|hiding|scared|afraid|running)|"
    r"what are (?:you|u) (?:so )?(?:afraid|scared) of|keep (?:dodging|avoiding)|"
    r"no contestas|no contesta|contesta(?:me)?|conteste|lo suponia|que raro|"
    r"(?:i|we) thought so|answer the question|no te vayas por la tangente|"
    r"sigues sin (?:contestar|responder)|no me (?:has|ha) (?:contestado|respondido))\b"
)


@rule("troll.sealion", Category.TROLL, needs=(_TAUNT,))
def sealion(an: Analysis, sub: Submission) -> list[Hit]:
    """Four or more questions at someone in the thread, and a taunt for the missing answer."""
    questions = sub.text.count("?")
    if questions < 2:
        return []
    text = an.norm.text
    taunts = list(_TAUNT.finditer(text))
    if not taunts or (questions < 4 and len({t.group() for t in taunts}) < 2):
        return []  # two questions need two different taunts
    if not ADDRESSEE.search(text) or _OFFICE.search(text):
        return []
    m = taunts[0]
    return [Hit("troll.sealion", 0.6, (an.norm.span(m.start(), m.end()),), "questions as a taunt")]
