"""Claims and acts a sentence holds up only to drop them: a belief the writer (or someone) once
held and was cured of ("I used to think X were criminals until I met ..."), a reason denied
("no porque ellos sean criminales"), and an act named as the subject of a verdict of cruelty
("Deportar a los X a una cárcel ... es inhumano"). The hate rules read none as the writer's."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

# A past belief right before the words (at most four words between: "que todos los"), with
# "that"/"que" or not: "I used to think", "I always thought", "yo también pensaba que",
# "antes creía que", "me enseñaron que", "crecí pensando que".
_PAST_BELIEF = re.compile(
    r"\b(?:(?:i|we)\s+(?:also\s+|too\s+|once\s+|always\s+|honestly\s+)?"
    r"(?:used to (?:think|believe|assume)|thought|believed|assumed|grew up (?:thinking|believing)|"
    r"was (?:raised|taught) to (?:think|believe)|was taught)"
    r"|(?:yo\s+)?(?:tambien\s+|antes\s+|siempre\s+|de nino\s+|de nina\s+)?"
    r"(?:pensaba|creia|crei|pense|pensabamos|creiamos|suponia|decia|decian|pensaban|creian)"
    r"|me ensenaron|nos ensenaron|creci (?:pensando|creyendo))"
    r"\s+(?:that\s+|que\s+)?(?:\S+\s+){0,4}$"
)
# The turn that drops it, later in the sentence or in the next one: an encounter that changed
# the mind, or the writer owning the error. "Now I know" is left out: it may confirm.
TURN = re.compile(
    r"\b(?:until|till|hasta que|hasta conocer|hasta (?:que )?(?:conoci|trabaje|vivi)|"
    r"i was wrong|we were wrong|boy was i wrong|not anymore|no longer|me equivoque|"
    r"estaba equivocad[oa]s?|est[aá]bamos equivocad[oa]s|uno se equivoca|ya no (?:lo )?"
    r"(?:pienso|creo)|que equivocad[oa] estaba)\b"
)
# "No porque ..." / "not because ...": the reason the sentence denies (at most three words
# between: "no porque ellos sean", "not because all of them are").
_REASON_DENIED = re.compile(
    r"(?:^|[,;:]\s*|\b(?:y|pero|and|but|it'?s|it is|es|fue|was)\s+)"
    r"(?:no|not)\s+(?:porque|because|since|por que)\s+(?:\S+\s+){0,3}$"
)


_REACH_CHARS = 400


def _sentence_bounds(an: Analysis, first: int, last: int) -> tuple[int, int]:
    """Normalised-text offsets of the start of `first`'s sentence and of the end of the
    sentence after `last`'s (or of `last`'s own when it is the comment's last)."""
    units = an.units
    start = an.sentence_of(first)[0]
    base, codes = an.sentence_of(last)
    end = base + len(codes) - 1
    if end + 1 < len(units) and units[end + 1].sentence == units[last].sentence + 1:
        base, codes = an.sentence_of(end + 1)
        end = base + len(codes) - 1
    return units[start].start, units[end].end


def recanted(an: Analysis, first: int, last: int) -> bool:
    """The words [first, last] are a belief dropped, or a reason denied, in their sentence."""
    units = an.units
    text = an.norm.text
    begin, finish = _sentence_bounds(an, first, last)
    # the belief or the denied reason stands within a few hundred characters before the words:
    # a pasted run-on sentence is read that far back only, so the searches stay linear
    before = text[max(begin, units[first].start - _REACH_CHARS) : units[first].start]
    if _REASON_DENIED.search(before):
        return True  # "no porque ellos sean criminales", "not because they are lazy"
    if _PAST_BELIEF.search(before):
        return bool(TURN.search(text, units[last].end, finish))
    return False


# A verdict of cruelty or wrong on the act, after it in its sentence: "is cruel", "es inhumano"
# ("no es grave" denies it).
_VERDICT = re.compile(
    r"[^.!?;]*?(?<!\bno )(?<!\bnunca )(?<!\bjamas )\b"
    r"(?:is|was|would be|will be|are|es|fue|seria|sera|son|resulta|me parece)\s+"
    r"(?:(?:just|simply|plain|flat out|pure|downright|so|really|una|un|simplemente|"
    r"totalmente|francamente|muy)\s+)*"
    r"(?:cruel|cruelty|inhumane|inhuman|barbaric|evil|wrong|a disgrace|disgraceful|shameful|"
    r"a shame|illegal|unconstitutional|an atrocity|a crime|monstrous|unjust|indefensible|"
    r"inhumano|inhumana|cruel|crueldad|barbaridad|barbarie|ilegal|inconstitucional|verguenza|"
    r"vergonzoso|vergonzosa|crimen|atrocidad|injusto|injusta|monstruoso|indefendible|"
    r"una salvajada|inmoral|gravisimo|gravisima|grave|terrible|horrible|indignante|aberrante|"
    r"una aberracion|un abuso|espantoso|outrageous|appalling|horrific|horrifying|abhorrent|"
    r"sickening)\b"
    # and nothing after it in the sentence takes the verdict back ("..., pero hay que hacerlo",
    # "..., said nobody")
    r"(?![^.!?]*\b(?:but|pero|though|although|aunque|yet|however|sin embargo|said no ?one|"
    r"said nobody|dijo nadie|nobody said|nadie dijo)\b)"
)
# Who or what may stand before the act in its sentence: nothing, a conjunction, "that", or the
# act named as a matter ("Lo de mandar a los X a una cárcel sin juicio me parece gravísimo").
_ACT_OPENERS = frozenset(
    {"and", "but", "so", "y", "pero", "que", "that", "i think", "creo que", "lo", "eso", "esto",
     "de"}
)  # fmt: skip


def act_condemned(an: Analysis, verb: int, last: int) -> bool:
    """The act (an infinitive or gerund at `verb`) opens its sentence and the sentence then
    calls it cruel or wrong: "Deporting X to a prison without a hearing is cruel", "Deportar
    a los X a una cárcel en El Salvador es inhumano". The act is judged, not called for."""
    units = an.units
    v = units[verb]
    word = v.text.split()[0]
    if not (word.endswith("ing") or re.search(r"(?:ar|er|ir)(?:los|las|les|lo|la|le)?$", word)):
        return False
    base, codes = an.sentence_of(verb)
    if any(units[k].text not in _ACT_OPENERS for k in range(base, verb)):
        return False
    end = max(last, base + len(codes) - 1)
    return bool(_VERDICT.match(an.norm.text, units[last].end, units[end].end + 1))
