"""Words whose speaker is named after them: reported ("..., dijo el acusado"), dismissed
("..., decía mi abuelo, qué tontería") or an old belief regretted ("..., y qué vergüenza").
"""

from __future__ import annotations

import bisect
import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.context.sentence_bounds import sentence_start
from moderation.policy.rules.context.words import FRAME_REACH
from moderation.policy.rules.history_quoted import told_as_history

# A speech verb after the words, with someone else as its subject ("..., dijo el acusado",
# "..., said the defendant", "..., según el fiscal"): the sentence reports them.
_SAID_AFTER = re.compile(
    r"^[^,;:.!?]*[,;:]\s*(?:(?:dijo|dice|dicen|dijeron|declaro|declararon|afirmo|afirman|"
    r"grito|gritaron|escribio|escribieron|publico|tuiteo|contesto|respondio|anadio|agrego|"
    r"aseguro|sostuvo|insistio|repitio|segun|decia|decian|gritaba|gritaban|escribia|"
    r"coreaba|coreaban|exclamo|publicaba|tuiteaba|repetia|repetian)\s+"
    r"(?:el|la|los|las|un|una|su|sus|ese|esa|"
    r"aquel|este|esta|[a-z]+ (?:de|del) )|(?:dices|dijiste|afirmas|sostienes|opinas|segun tu|"
    r"segun usted|eso es lo que (?:dijiste|dices|dijo|dicen|piensas))\b|"
    r"(?:said|says|wrote|shouted|yelled|tweeted|posted|"
    r"told|added|claimed|insisted|according to)\s+(?:the|a|an|his|her|their|one|this|that|"
    r"he|she|they|someone|somebody|some)\b|"
    # the teller first, as English tells it: "..., he posted", "..., the man in the video yelled"
    r"(?:he|she|they|someone|somebody|(?:the|a|this|that) (?:man|guy|woman|suspect|shooter|"
    r"defendant|poster|user|commenter|crowd|mob|protesters?|rioters?)(?: [a-z]+){0,3}?)\s+"
    r"(?:said|says|wrote|shouted|yelled|tweeted|posted|chanted|screamed|told)\b)"
)


_WRITER_NAMED = re.compile(r"^[^,;:.!?]*[,;:]\s*\S+\s+(?:yo|i|me|myself)\b")


def reported_after(an: Analysis, last: int) -> bool:
    """The matched words are followed, after a comma in the same sentence, by a verb of saying
    whose subject is someone else ("No soporto a ningún X, dijo el acusado", "X are vermin,
    said the man on trial"): a report of their words, not the writer's claim."""
    units = an.units
    end = last
    reach = min(len(units) - 1, last + FRAME_REACH)
    while end < reach and units[end + 1].sentence == units[last].sentence:
        end += 1
    rest = an.norm.text[units[last].end : units[end].end + 1]
    return bool(_SAID_AFTER.match(rest)) and not _WRITER_NAMED.match(rest)


# Someone's old belief told before the words ("mi abuela decía que", "los colonizadores decían
# que", "nos enseñaron que") and regretted or blamed right after ("y qué vergüenza me da", "y
# así justificaron el despojo", "y se equivocaba"): the belief held up to be rejected.
_OLD_BELIEF = re.compile(
    r"\b(?:decia|decian|dijo|dice|dicen|pensaba|pensaban|creia|creian|repetia|repetian|solia decir|"
    r"solian decir|nos ensenaron|me ensenaron|nos decian|me decian|ensenaban|predicaban)"
    r"(?: \w+){0,2} que (?:\w+ ){0,2}$"
)


# The teller may be named again ("pero ella estaba equivocada"), and the writer may simply
# not share it ("Yo no lo creo.", "pero yo no pienso igual", "y qué equivocado estaba").
_REGRET_AFTER = re.compile(
    r"^[^.!?]{0,60}?[,;:.!?]\s*(?:(?:y|pero|hoy|ahora)\s+)*"
    r"(?:(?:ella|el|ellos|ellas|yo|(?:mi|la|el) [a-z]+)\s+)?(?:que (?:verguenza|pena|ignorancia|"
    r"horror|tristeza)|me da (?:verguenza|pena)|asi justifica\w*|con eso justifica\w*|"
    r"se equivoca\w*|(?:esta|estan|estaba\w*) (?:muy |tan |totalmente |completamente )?"
    r"equivocad\w*|"
    r"que equivocad\w* (?:estaba|estaban)|era mentira|eran mentiras|sabemos que no|"
    r"se que no es (?:cierto|verdad|asi)|(?:hoy|ahora) se que (?:no|es mentira)|"
    r"no (?:lo|me lo) creo|no (?:pienso|opino|creo) (?:igual|lo mismo|eso|asi)|"
    r"no estoy de acuerdo|(?:no|nunca) (?:tuvo|tenia) razon)\b"
)


def belief_then_regretted(an: Analysis, first: int, last: int) -> bool:
    """The words are an old belief told after its teller ("mi abuela decía que") and
    regretted, blamed or refuted right after ("y qué vergüenza me da ahora")."""
    text = an.norm.text
    start = an.units[first].start
    opening = sentence_start(text, start)
    if _OLD_BELIEF.search(text, opening, start) is None:
        return False
    return _REGRET_AFTER.match(text[an.units[last].end :]) is not None


# Someone named as the speaker of the words before, after a comma ("..., decía mi abuelo",
# "..., my uncle used to say", "..., según mi suegra"), not the writer.
_SPEAKER_AFTER = re.compile(
    r"^[^.!?;]*?[,:]\s*(?:(?:como|as)\s+)?(?:"
    r"(?:decia|decian|dice|dicen|dijo|dijeron|solia decir|solian decir|repetia|repetian|"
    r"repite|opina|opinaba|pensaba|piensa|creia|cree|aseguraba|segun|me decia|nos decia|"
    r"me dijo|nos dijo)\s+(?!yo\b)\w+"
    r"|(?!i\b|we\b)(?:\w+\s+){1,3}?(?:says|said|used to say|would say|keeps saying|"
    r"always says|always said|thinks|thought|believes|believed|claims|claimed|told me|told us)"
    r"|(?:says|said|according to)\s+(?!i\b|me\b)\w+)"
)


# The writer's verdict after it, in the same sentence or the next: an exclamation or a relative
# clause that calls the words nonsense, or the speaker wrong ("qué tontería", "what nonsense",
# "which is rubbish", "he was wrong", "estaba equivocado").
_DISMISSAL = re.compile(
    r"[^.!?]*?[,;:.!?]\s*(?:(?:and|but|y|pero|lol|jaja\w*)\s+)?"
    r"(?:(?:que|menuda|menudo|vaya|pura|puras|valiente|valientes)\s+"
    r"(?:tonteria|tonterias|estupidez|estupideces|barbaridad|burrada|disparate|mentira|"
    r"ignorancia|idiotez|sandez|bobada|pendejada|cosa mas tonta)"
    r"|what (?:a load of )?(?:nonsense|rubbish|garbage|bs|bullshit|crap|a load of crap|"
    r"an idiotic thing|a dumb thing|a stupid thing)"
    r"|(?:which|that|and that|lo cual|lo que|cosa que|y eso)\s+(?:is|was|es|era)\s+"
    r"(?:(?:total|complete|utter|pure|absolute|pura|una|un|an?|so)\s+)*"
    r"(?:rubbish|nonsense|garbage|false|untrue|wrong|bs|bullshit|crap|tonteria|mentira|falso|"
    r"una tonteria|una mentira|una estupidez|estupidez|disparate|un disparate|absurdo)"
    r"|(?:he|she|they)(?:'s|'re| is| are| was| were)\s+(?:so |completely |dead |totally )?"
    r"(?:wrong|full of it)"
    r"|(?:estaba|estaban|esta|estan|estaria|estabas)\s+(?:muy |tan |totalmente )?equivocad[oa]s?"
    r"|(?:se equivocaba|se equivocaban|se equivoca|se equivocan))\b"
)


def dismissed_after(an: Analysis, last: int) -> bool:
    """The words are someone else's, named after them ("..., decía mi abuelo"), and the writer
    then dismisses them ("qué tontería", "which is rubbish", "he was wrong"): quoted in
    order to be rejected, counter-speech. Named and not dismissed ("..., como dice mi tío")
    they may be the writer's own view, and stay read as such."""
    units = an.units
    k = an.sentence_of(last)[0]
    key = ("context.history_told", k)
    told = an.memo.get(key)
    if told is None:  # one reading per sentence, whichever of its words asks
        told = an.memo[key] = told_as_history(an.norm.text[units[k].start :])
    if told:
        return True  # "..., decían los nazis de los judíos, y así empezó todo": history told
    speaker = _after_comma(an, _SPEAKER_AFTER_TAIL, units[last].end)
    return speaker is not None and bool(_DISMISSAL.match(an.norm.text, speaker[1]))


_STOPS = re.compile(r"[.!?;]")
_COMMAS = re.compile(r"[,:]")


def _clause_tail(opening: re.Pattern) -> re.Pattern:
    """A pattern of the shape `^[^.!?;]*?[,:]...` past its opening scan: the comma and what
    follows it."""
    return re.compile(opening.pattern.removeprefix("^[^.!?;]*?"))


def _after_comma(an: Analysis, tail: re.Pattern, start: int) -> tuple[int, int] | None:
    """The span `tail` matches from the first comma at or after `start` of the folded text
    where it matches, unless a stop comes first (None then): what `^[^.!?;]*?` + `tail`
    matches from `start`, as (comma, end). Where `tail` matches is found once per comment and
    looked up by bisection: a comment of one long sentence with hundreds of hits would
    otherwise be scanned to its end again for each."""
    key = ("context.after_comma", tail.pattern)
    found = an.memo.get(key)
    if found is None:
        text = an.norm.text
        stops = an.memo.get("context.stops")
        if stops is None:
            stops = an.memo["context.stops"] = [m.start() for m in _STOPS.finditer(text)]
        spans = []
        for c in _COMMAS.finditer(text):
            m = tail.match(text, c.start())
            if m is not None:
                spans.append((m.start(), m.end()))
        found = an.memo[key] = (spans, stops)
    spans, stops = found
    i = bisect.bisect_left(spans, (start, -1))
    if i == len(spans):
        return None
    comma = spans[i][0]
    j = bisect.bisect_left(stops, start)
    if j < len(stops) and stops[j] < comma:
        return None
    return spans[i]


_SPEAKER_AFTER_TAIL = _clause_tail(_SPEAKER_AFTER)


# A speaker other than the writer named after the words, closing their clause ("..., dice mi
# vecino.", "..., según mi suegra", "..., says my uncle", "..., my neighbor thinks"): the words
# are reported. Not dismissed (`dismissed_after`), they are no counter-speech either, so the
# rules hold them rather than reject them as the writer's own voice.
_SPEAKER_CLOSES = re.compile(
    r"^[^.!?;]*?[,:]\s*(?:(?:como|as)\s+)?(?:"
    r"(?:dice|decia|dijo|dicen|decian|dijeron|opina|opinaba|piensa|pensaba|cree|creia|asegura|"
    r"aseguraba|repite|repetia|segun|me dice|me dijo|me decia|nos dice|nos dijo|solia decir)\s+"
    r"(?:mi|mis|su|sus|el|la|los|las|un|una|nuestro|nuestra|nuestros|tu|tus|ese|esa)\s+\w+"
    r"|(?:says|said|according to|claims|insists)\s+(?:my|our|his|her|their|the|a|an|your|that)"
    r"\s+\w+"
    r"|(?:my|our|his|her|their|the|a|an|your)\s+(?:\w+\s+){1,2}?(?:says|said|used to say|"
    r"would say|always says|keeps saying|thinks|believes|claims|told me|told us|insists))"
    r"(?:\s+\w+){0,2}\s*(?:[,.;!?)]|$)"
)


_SPEAKER_CLOSES_TAIL = _clause_tail(_SPEAKER_CLOSES)


def speaker_named_after(an: Analysis, last: int) -> bool:
    """The words up to unit `last` are followed, in their sentence, by a third-party speaker
    that closes the clause ("Los X son tal, dice mi vecino"): a report of someone's words."""
    start = an.units[last].end
    speaker = _after_comma(an, _SPEAKER_CLOSES_TAIL, start)
    return speaker is not None and not _SPEAKER_BACKED.search(an.norm.text[start : speaker[1] + 80])


# Spanish agreement with a saying just told, the one list of the two readers that ask for it
# (`speaker_named_after` here, `hate_reread.sided_es`): "tiene (toda la) razón", "nunca se
# equivocaba", "no miente", "cuánta razón tenía", "estoy de acuerdo (con ella)", "y es la pura
# verdad", "es cierto". Partial agreement ("tiene razón en lo legal", "en parte") is not taken as
# siding with all of it. Accents are optional, so it reads the folded text and the typed one.
AGREES_ES = (
    r"(?:(?:tiene|tienen|ten[ií]a|ten[ií]an|tuvo) (?:toda la |mucha |bien de |harta )?raz[oó]n"
    r"(?! en (?:lo|parte|algo|que|cuanto|una)\b)"
    r"|(?:no|nunca|jam[aá]s) se equivoc(?:a|an|aba|aban|[oó])\b"
    r"|(?:no|nunca|jam[aá]s) (?:miente|mienten|ment[ií]a|ment[ií]an)\b"
    r"|(?:cu[aá]nta|qu[eé]) raz[oó]n (?:tiene|tienen|ten[ií]a|ten[ií]an)\b"
    r"|(?:yo )?estoy de acuerdo(?: con (?:ella|[eé]l|ellos|ellas))?(?!\s+en\b)"
    r"|(?:es|era) (?:la pura |toda la )?(?:verdad|cierto)\b)"
)


# The writer siding with the speaker right after ("..., dice mi vecino, y tiene razón").
_SPEAKER_BACKED = re.compile(
    rf"\b(?:{AGREES_ES}|y yo tambien|"
    r"(?:he|she|they)(?:'s|'re| is| are| was| were) (?:right|not wrong|correct)|i agree|"
    r"me too|so do i|says so|said so|look it up|it'?s true|lo dice|"
    r"buscalo|busquenlo)\b"
)
