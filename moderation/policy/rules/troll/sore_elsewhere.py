""" "Ardidos" (sore losers) said of people outside the thread, named as those of a place, a
site or a team ("los del face bien ardidos porque cantó en español", "la afición del América
anda ardida"): a jab at a crowd elsewhere, not at a reader. With a second person, a handle or
an insult in the comment it is read as bait."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.context.second_person import HANDLE, SECOND_PRONOUNS_ES
from moderation.policy.rules.context.sentence_bounds import sentence_start
from moderation.policy.rules.troll.words import THREAD_PLACES

_SORE = re.compile(r"\bardid[oa]s?$")
# The thread itself is no elsewhere: "los del hilo", "los de los comentarios" are readers.
_ELSEWHERE = re.compile(
    r"\b(?:los|las) (?:del|de la|de los|de las|de) (?!aqui|este|esta|arriba|abajo)"
    rf"(?!(?:(?:el|la|los|las) )?(?:{'|'.join(sorted(THREAD_PLACES))})\b)\w+|"
    r"\b(?:la gente|la aficion|los aficionados|las aficionadas|los fans|los haters) (?:del?|en)"
    r" \w+|\ben (?:el |la )?(?:face|facebook|twitter|tiktok|insta|instagram|youtube|tele)\b"
)
# A reader spoken to: the pronouns, "vos", the verbs that say what the reader is ("eres",
# "estás") and "andas" ("andas bien ardido": the reader is the sore one). Narrower than
# `SECOND_PERSON_ES`, whose orders ("cállate", "vete") and "contigo" were never part of this
# test; adding them would read more "ardidos" comments as bait, a change of verdicts.
_SECOND = re.compile(rf"{HANDLE}|\b(?:{SECOND_PRONOUNS_ES}|eres|estas|andas|vos|sos)\b")


def sore_elsewhere(an: Analysis, raw: str, matched: str, start: int, end: int) -> bool:
    """The matched "ardidos" has, earlier in its sentence, a crowd of another place or site,
    and the comment speaks to no reader and holds no insult."""
    if not _SORE.search(matched.strip()) or "@" in raw or "INS" in an.by_class:
        return False
    text = an.norm.text
    if _SECOND.search(text):
        return False
    left = sentence_start(text, start, ".!?;\n")
    return _ELSEWHERE.search(text, left, start) is not None
