"""Z phrases that turn on the rest of their sentence: a people credited with a good outcome
("Immigrants are the reason the farms are still running"), a takeover the writer cheers
("Latinos are taking over the council, and it's about time"), and a Spanish verb whose object
the group is ("A los niños migrantes los contaminan las ideas de los reclutadores").

Said with harm ("X are the reason crime is up", "X are taking over, we're done"), or with no
outcome at all ("X are taking over"), the phrase stands."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

_REASON = frozenset({"are the reason", "the reason", "is the reason", "son la razon"})
_TAKEOVER = frozenset({"are taking over", "taking over", "took over", "take over"})

# A good outcome named after "the reason": what runs, stays, grows or is done well.
_GOOD = re.compile(
    r"\b(?:still (?:running|open|here|alive|standing|going|in business)|stayed open|"
    r"(?:is|are|was|were|stays?|kept) (?:open|alive|thriving|growing|full)|"
    r"became|become|thriv\w*|surviv\w*|succeed\w*|success|proud|love|loved|won|win|wins|"
    r"saved|rebuilt|fed|feed|feeds|feeding|afford|welcom\w*|(?:got|get|gets) (?:better|built|"
    r"done|fixed|picked)|(?:got|gets|get|received?) (?:such |the )?(?:good|great|excellent|best|"
    r"better|decent|kind|proper) (?:care|treatment|help|service|attention)|recovered|"
    r"sigue abiert\w*|siguen? (?:funcionando|vivos?|de pie)|salio adelante|"
    r"orgullo\w*|"
    # praise of what a place has or how it does: "the reason our choir got so good", "this
    # town has the best food", "el coro suena tan bien"
    r"(?:got|gets|is|are|was|were|sounds?|sounded|looks?|tastes?|stays?|has|have|had) "
    r"(?:(?:so|such|the|a|really|very|now|still) )*(?:good|great|best|amazing|beautiful|"
    r"delicious|lively|awesome|wonderful|fantastic)|"
    # what a parish or a town is glad to see grow: "the food drive doubled this year"
    r"(?:food drive|donations|attendance|membership|enrollment|enrolment|congregation|choir|"
    r"parish|church|team|sales|business|harvest|colecta|donativos|parroquia|coro|equipo|"
    r"ventas|cosecha)s? (?:doubled|tripled|grew|grows|increased|took off|crecio|crecieron|"
    r"se duplico|se duplicaron|se triplico|aumento|aumentaron)|"
    r"(?:suenan?|sonaba|saben?|es|son|esta|estan|quedan?|tienen?|tenemos) "
    r"(?:(?:tan|muy|la|el|las|los|lo|ahora) )*(?:bien|buen[oa]s?|mejor(?:es)?|bonit[oa]s?|"
    r"hermos[oa]s?|sabros[oa]s?|ric[oa]s?))\b"
)
# Hands and goods a place has thanks to the people: "the reason our hospitals have enough
# nurses", "la razón por la que los hospitales tienen enfermeras". Not "do not have", "no
# tienen": a lack is charged to them.
_STAFFED = re.compile(
    r"\b(?<!not )(?<!n't )(?<!never )(?<!no )(?<!nunca )(?:have|has|get|gets|keep|keeps|"
    r"tienen|tiene|tenemos|hay|cuentan? con|contamos con) "
    r"(?:(?:enough|plenty of|so many|many|more|good|great|skilled|the|our|their|"
    r"suficientes?|bastantes?|mas|buen[oa]s|tant[oa]s|much[oa]s|los|las|sus|nuestr[oa]s) )*"
    r"(?:nurses|doctors|teachers|caregivers|carers|workers|staff|farmworkers|farmhands|"
    r"builders|engineers|scientists|cooks|chefs|cleaners|food|restaurants|businesses|shops|"
    r"enfermer[oa]s|medic[oa]s|doctor(?:es|as)|maestr[oa]s|profesor(?:es|as)|cuidador(?:es|as)|"
    r"trabajador(?:es|as)|personal|cociner[oa]s|comida|restaurantes|negocios|cosechas)\b"
    r"(?! than| que)"  # "more workers than jobs": a complaint
)
# Praise for a takeover, in its sentence or the next: the writer wants it.
_CHEERED = re.compile(
    r"\b(?:(?:about time|finally|ya era hora|por fin)(?!,? (?:some|any|people|they|we|a |an |the )"
    r"\w* ?(?:said|says|say|admits?|admitted|noticed?|notices|sees?|saw|gets?|got|dijo|dice) )|"
    r"good for them|and good|proud|love (?:it|this|that|to see)|congrat\w*|well deserved|"
    r"overdue|que bueno|orgullo\w*)\b"
)
# Harm or fear near either: the outcome is charged to the people after all.
HARM = re.compile(
    r"\b(?:crime|criminal\w*|violen\w*|drugs?|unsafe|danger\w*|ruin\w*|worse|dying|dead|"
    r"broke|bankrupt|taxes|problem\w*|can'?t|cannot|no longer|lost|losing|lose|disease\w*|"
    r"sick|afraid|scared|rape\w*|murder\w*|steal\w*|stole|stolen|gangs?|invad\w*|invasion|"
    r"replac\w*|destroy\w*|overrun|gone|leav\w*|left|fled|flee\w*|wake up|watch out|"
    r"before it'?s too late|into the ground|delito\w*|crimen|peligro\w*|drogas?|reemplaz\w*|"
    r"destru\w*|arruin\w*|"
    # a skill at a wrong or a full jail is no good outcome: "so good at lying", "the jails have
    # the best occupancy", "tan buenos robando"
    r"l(?:ie|ies|ying|ied|iars?)|jails?|prisons?|locked up|arrest\w*|rob|robs|robb\w*|"
    r"cheat\w*|scam\w*|fraud\w*|brainwash\w*|propaganda|carcel\w*|prision\w*|"
    r"rob(?:a|an|ar|ando|aron|aba|aban|o|os)|mienten|miente|mentiras?|mentir\w*|estaf\w*|"
    r"engan(?:o|os|a|an|ar|ando|aron))\b"
)
# A good denied by the words just before it: "nothing is good", "no neighborhood is great",
# "ya nada es bueno", "ningún barrio está bien". Up to three words back, so a noun or "here"
# may stand between the denial and the praise.
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:no|not|never|nothing|nobody|none|nowhere|hardly|barely|nada|nadie|ningun[oa]?|"
    r"ningunas|ningunos|nunca|jamas|tampoco|ni)\b|n't)(?:\W+\w+){0,3}\W*$"
)


def rest_of(text: str, sentences: int) -> str:
    end = 0
    for _ in range(sentences):
        cut = re.search(r"[.!?\n](?=\s|$)", text[end:])
        if cut is None:
            return text
        end += cut.end()
    return text[:end]


def takeover_cheered(text: str, end: int) -> bool:
    """The two sentences from offset `end` of the normalised text cheer and fear nothing
    ("... taking over the council, and it's about time")."""
    rest = rest_of(text[end:], 2)
    return bool(_CHEERED.search(rest)) and not HARM.search(rest)


def good_outcome(rest: str) -> bool:
    """The words after "the reason" / "la razón", to the end of their sentence, name a good
    outcome ("the farms are still running", "los hospitales tienen enfermeras") and no harm."""
    rest = rest_of(rest, 1)
    if HARM.search(rest):
        return False
    if _STAFFED.search(rest):
        return True
    return any(
        not _DENIED_BEFORE.search(rest[max(0, m.start() - 60) : m.start()])
        for m in _GOOD.finditer(rest)
    )


def credited_with_good(an: Analysis, pred: Unit) -> bool:
    """A people named as the reason for a good outcome, or a takeover cheered."""
    if pred.text in _REASON:
        return good_outcome(an.norm.text[pred.end :])
    if pred.text in _TAKEOVER:
        return takeover_cheered(an.norm.text, pred.end)
    return False


_OBJECT_CLITICS = frozenset({"los", "las"})
_OBJECT_MARKS = frozenset({"a", "a los", "a las", "al"})


def group_is_the_object(an: Analysis, pred: Unit) -> bool:
    """'A los X los <verb>': the clitic doubles the group as the verb's object, so the verb's
    subject is someone else ("a los niños migrantes los contaminan los reclutadores")."""
    if an.lang != "es" or pred.index < 2:
        return False
    units = an.units
    clitic = units[pred.index - 1]
    if clitic.text not in _OBJECT_CLITICS or clitic.sentence != pred.sentence:
        return False
    k = pred.index - 2
    saw_group = False
    while k >= 0 and units[k].sentence == pred.sentence and pred.index - k <= 6:
        if units[k].code == "G":
            saw_group = True
        elif units[k].text in _OBJECT_MARKS:
            return saw_group
        k -= 1
    return False
