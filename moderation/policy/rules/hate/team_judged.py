"""A nation's side judged at its sport: "Mexicans suck at penalties, every World Cup", "los
argentinos son malísimos en los penales". Fans speak of a national team by its people's name;
a poor mark for its play in a sport's own words is a sports opinion, not a verdict on a people.
Only a nationality, only a verdict on skill, and only with the sport as the verdict's own
complement ("at penalties", "en el Mundial") closing the clause: "Mexicans suck at driving",
"los hondureños son malos, todos terminan en el penal" or "suck at baseball and at not
stealing" stay read as hate."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.context.words import marked_between

# Verdicts on how a side plays, not on what a people is.
_SKILL_VERDICTS = frozenset(
    {"suck", "sucks", "bad", "terrible", "awful", "horrible", "choke", "chokers", "malos",
     "malas", "malisimos", "malisimas", "pesimos", "pesimas", "fatales", "un desastre"}
)  # fmt: skip
# The verdict's complement: "at", "en", "para" and an optional determiner.
_AT = frozenset({"at", "in", "en", "para", "con"})
_DET = frozenset({"the", "el", "la", "los", "las", "their", "su", "sus"})
# The sport's plays and contests; words with another everyday sense ("penal" is a prison,
# "copa" a drink, "corners" cut) are left out.
_SPORT = re.compile(
    r"(?:penalt(?:y|ies)(?: kicks?| shootouts?)?|penales|penaltis|shootouts?|free kicks?|"
    r"tiros libres|world cup|mundial(?:es)?|copa (?:america|oro|del mundo|mundial)|gold cup|"
    r"olympics?|olimpiadas|soccer|futbol|football|baseball|beisbol|basketball|basquet|"
    r"boxing|boxeo|national team|seleccion|goalkeeping|qualifiers|eliminatorias|"
    r"world baseball classic|clasico mundial)$"
)
# The verdict reaches past the sport: "suck at everything, even soccer", "como personas".
_BEYOND_SPORT = re.compile(
    r"\b(?:everything|anything|life|at being|as (?:people|humans|a people|a race)|human beings|"
    r"todo|nada|la vida|como personas|como seres humanos|como pueblo|como raza)\b"
)
_MARKS = frozenset(",;:.!?")
_LAUGH = re.compile(r"(?:lol|lmao|xd|(?:ja|ha|je|ah){2,}j?)$")


def team_judged(an: Analysis, g: int, pred: Unit) -> bool:
    """Unit `g` names a nationality, `pred` is a verdict on skill, and the verdict's
    complement is a sport that closes the clause."""
    group = an.units[g]
    if group.code != "G" or group.meta("G") != "nationality":
        return False
    if pred.text not in _SKILL_VERDICTS and pred.text.split()[-1] not in _SKILL_VERDICTS:
        return False
    units = an.units
    k = pred.index + 1
    if k >= len(units) or units[k].sentence != pred.sentence or units[k].text not in _AT:
        return False
    k += 1
    if k < len(units) and units[k].text in _DET and units[k].sentence == pred.sentence:
        k += 1
    sport = None
    for j in range(k, min(k + 3, len(units))):  # "penalty kicks", "world cup", "copa america"
        if units[j].sentence != pred.sentence:
            break
        if _SPORT.match(an.norm.text, units[k].start, units[j].end):
            sport = j
    if sport is None:
        return False
    text = an.norm.text
    if sport + 1 < len(units) and units[sport + 1].sentence == pred.sentence:
        after = units[sport + 1].text
        if not marked_between(an, sport, sport + 1, _MARKS) and not _LAUGH.match(after):
            return False  # "... at baseball and at not stealing": the clause goes on
    run = an.sentence_run(g)
    return _BEYOND_SPORT.search(text, run[0].start, run[-1].end) is None


def team_judged_in(an: Analysis, first: int, last: int) -> bool:
    """`team_judged` for a reading that gives only its span: a nationality and a verdict on
    skill among units first..last."""
    span = an.units[first : last + 1]
    groups = [u for u in span if u.code == "G"]
    verdicts = [u for u in span if u.code != "G"]
    return any(team_judged(an, g.index, v) for g in groups for v in verdicts)
