"""Words of silencing ("shut up", "cállate") that silence no one in the thread: told of
someone in a story ("the parent shut up", "he finally shut up"), or advice on where to keep
quiet after a condition ("si no quieres que multen a tu equipo, cállate en los despejes", "if
you don't want the fine, shut up during goal kicks"); and "nadie te toma en serio" as what
follows from a way of arguing ("si generalizas así, nadie te toma en serio"). Read over the
folded text; a handle, an insult or a place that is the thread itself ("cállate en los
comentarios") keeps the jeer."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.context.sentence_bounds import sentence_start
from moderation.policy.rules.troll.words import THREAD_PLACES

_SILENCE = frozenset({"shut up", "callate", "callense", "callese"})
# What follows from a way of arguing ("si generalizas así, nadie te toma en serio"): advice on
# the argument after a condition, not a reader dismissed.
_UNHEEDED = frozenset({"nadie te toma en serio", "nadie te hace caso", "nadie te lee"})
# A third-person subject right before "shut up", maybe with an adverb: a past event told.
_TOLD_SUBJECT = re.compile(
    r"(?:\b(?:the|that|this|a|an|his|her|their|my|our)\s+\w+|\b(?:he|she|they|the room|"
    r"the crowd|it))\s+(?:(?:finally|quickly|immediately|just|instantly|promptly|actually)\s+)?$"
)
# "My god", "my gosh" are exclamations, not a subject: "oh my gosh shut up" is an imperative.
_EXCLAIMED = re.compile(r"my\s+(?:god|gosh|lord|word|goodness)\b")
# "Everybody shut up" is an imperative to all; told, it has a past event beside it ("everybody
# shut up when the judge walked in").
_ALL_SUBJECT = re.compile(r"\b(?:everyone|everybody|nobody)\s+(?:(?:finally|just)\s+)?$")
_PAST_EVENT = re.compile(
    r"\s+(?:when|after|once|as soon as|the moment|until|as)\s+(?:\w+\s+){0,4}?"
    r"(?:\w+ed|was|were|came|saw|began|spoke|said|got|went|left|took|told|stood|sat|ran|"
    r"made|gave|rang|hit|won|lost|knew|heard|felt)\b"
)
_NOT_SUBJECTS = frozenset({"you", "u", "just", "please", "pls", "now", "ya"})
# A condition opening the sentence before the imperative ("si no quieres ..., cállate").
_CONDITION = re.compile(r"\s*(?:y |and |pero |but |so )?(?:si|if|cuando|when)\b")
# Where to keep quiet, right after the imperative: a place or a moment.
_SETTING = re.compile(
    r"\s+(?:en|durante|during|at|in|on)\s+(?:(?:el|la|los|las|the|a|an|cada)\s+)?(\w+)"
)
_THREAD = THREAD_PLACES | frozenset({"here", "aqui", "this", "este", "esta", "tu", "your",
                                     "casa", "house", "home"})  # fmt: skip


def quiet_unaimed(an: Analysis, raw: str, matched: str, start: int, end: int) -> bool:
    """`matched` (at start..end of the folded text) silences no reader: a story's "shut up",
    or a conditional advice on keeping quiet in a setting; no handle or insult in the
    comment."""
    said = matched.strip()
    if said not in _SILENCE | _UNHEEDED or "@" in raw or "INS" in an.by_class:
        return False
    text = an.norm.text
    left = sentence_start(text, start, ".!?;\n")
    before = text[left:start]
    if said in _UNHEEDED:
        return _CONDITION.match(before) is not None and len(before.split()) >= 3
    if said == "shut up":
        m = _TOLD_SUBJECT.search(before)
        if m and not set(m.group(0).split()) & _NOT_SUBJECTS and not _EXCLAIMED.match(m.group(0)):
            return True  # "The parent shut up.", "he finally shut up"
        if _ALL_SUBJECT.search(before) and _PAST_EVENT.match(text, end):
            return True  # "Everybody shut up when the judge walked in."
    setting = _SETTING.match(text, end)
    if setting is None or setting.group(1) in _THREAD:
        return False
    return _CONDITION.match(before) is not None
