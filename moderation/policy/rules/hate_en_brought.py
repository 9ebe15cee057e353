"""English hate that lays a fault on a group as something it carries along: "They bring it with
them", "they carry that way of living wherever they go", "Somalis brought the same corruption
here". The fault is often named a sentence or two before ("Corruption, machismo, violence. They
bring it wherever they go."), so "it" or "that" counts only when a harm is named in its sentence
or the two before; "their food", "their music" or "a great work ethic" carried along is no
charge and passes.

Read over each sentence's words with a protected group noun one `GRP` and a pronoun the
analysis reads as that group `THEY` (`masked_words.grouped`): the same words of a party, an
agency or a crowd with no group ("The lobbyists bring it with them") name no group. A negation,
a quotation, a report or counter-speech ("The 'they bring it with them' crowd never checks the
numbers") passes. It holds, never rejects: a moderator reads the shape.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.lexicon import skipping
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.fault_words import FAULTS_EN
from moderation.policy.rules.masked_words import grouped, plainly_said, shape_fits
from moderation.policy.types import Category, Submission

_SCORE = 0.72
_CARRY = (
    r"(?:bring|brings|brought|bringing|carry|carries|carried|import|imports|imported|"
    r"drag|drags|dragged)"
)
# What is carried along when the harm is named in the object itself.
HARM = (
    r"(?:corruption|crime|crimes|violence|gangs?|gang wars?|tribal wars?|wars|feuds?|drugs|"
    r"machismo|filth|trash|garbage|squalor|disorder|lawlessness|chaos|disease|diseases|fraud|"
    r"terror|terrorism|cartels?|cartel culture|hatred|hate|dysfunction|savagery|backwardness|"
    r"problems|mess)"
)
_THING = (
    rf"(?:(?:the same|their|all their|all that|that|this|those) (?:\S+ )?{HARM}|{HARM}|"
    r"(?P<it>it|that|this|all that|all of that|that way of (?:life|living)|"
    r"that (?:culture|mentality|behavior|behaviour)))"
)
_ALONG = (
    r"(?:(?:right )?(?:here|over here|up here|north|across|over|along)|with THEY|with them|"
    r"(?:wherever|everywhere|anywhere) (?:THEY|they) (?:go|goes|went|move|moved|settle|settled|"
    r"land|landed|end up)|from (?:down|over|back) (?:there|home|south))"
)
BROUGHT = re.compile(
    rf"(?:^|(?<= ))(?:GRP|THEY) (?:\S+ ){{0,3}}?{_CARRY} {_THING}(?: \S+){{0,2}}? {_ALONG}"
    r"(?= |$)"
)
# A harm named near "it": a vice, a crime or dirt (`fault_words` and more), the words a fault
# carried along refers to.
_NAMED_HARM = re.compile(
    rf"\b(?:{FAULTS_EN}|machismo|trash|garbage|dirty|dirt|smell\w*|stink\w*|hatred|hate|"
    r"stabbings?|shootings?|rapes?|theft|thefts|steal\w*|can not (?:trust|be trusted)|"
    r"dysfunction\w*|wars?|feuds?)\b"
)
_GATE = skipping(re.compile(rf"\b{_CARRY}\b"))[0]


def _harm_named(an: Analysis, s: int, start: int) -> bool:
    """A harm is named in sentence `s` before offset `start` of the text, or in one of the two
    sentences before it: what a carried "it" or "that" stands for."""
    base = an.sentences[max(0, s - 2)][0]
    return _NAMED_HARM.search(an.norm.text, an.units[base].start, start) is not None


@rule("hate.en_brought", Category.HATE, needs=(re.compile(rf"\b{_CARRY}\b"),))
def brought(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a group said to carry a fault along with it: "They bring it wherever they go"."""
    del sub
    if an.lang != "en" or not _GATE.search(an.norm.text):
        return []
    for s, first, last, m in shape_fits(an, BROUGHT, grouped, re.compile(r"GRP|THEY").search):
        if m["it"] is not None and not _harm_named(an, s, an.units[last].start):
            continue  # "They have a great work ethic and they bring it with them"
        if not plainly_said(an, first, last):
            continue
        why = "a fault said to be carried along by a group"
        return [Hit("hate.en_brought", _SCORE, (an.span(first, last),), why, cap_hold=True)]
    return []
