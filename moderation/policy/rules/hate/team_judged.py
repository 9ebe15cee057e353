"""A nation's side judged at its sport: "Mexicans suck at penalties, every World Cup", "los
argentinos son malísimos en los penales". Fans speak of a national team by its people's name;
a poor mark for its play in a sport's own words is a sports opinion, not a verdict on a people.
Only a nationality, only a verdict on skill, and only with the sport named in the sentence:
"Mexicans suck at driving" or "los hondureños son malos para trabajar" stay read as hate."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

# Verdicts on how a side plays, not on what a people is.
_SKILL_VERDICTS = frozenset(
    {"suck", "sucks", "bad", "terrible", "awful", "horrible", "choke", "chokers", "malos",
     "malas", "malisimos", "malisimas", "pesimos", "pesimas", "fatales", "un desastre"}
)  # fmt: skip
# The sport named: its plays, its contests, its sides.
_SPORT_WORDS = re.compile(
    r"\b(?:penalt(?:y|ies)|penal(?:es|ti|tis)?|shootouts?|free kicks?|tiros libres|corners?|"
    r"world cup|mundial(?:es)?|copa|gold cup|copa oro|olympics?|olimpiadas|soccer|futbol|"
    r"football|baseball|beisbol|basketball|basquet|boxing|boxeo|national team|seleccion|"
    r"tri|goalkeepers?|porteros?|strikers?|delanteros?|defenders?|defensas?|midfield|"
    r"world baseball classic|clasico mundial|qualifiers?|eliminatorias)\b"
)

# The verdict reaches past the sport: "suck at everything, even soccer", "como personas".
_BEYOND_SPORT = re.compile(
    r"\b(?:everything|anything|life|at being|as (?:people|humans|a people|a race)|human beings|"
    r"todo|nada|la vida|como personas|como seres humanos|como pueblo|como raza)\b"
)


def team_judged(an: Analysis, g: int, pred: Unit) -> bool:
    """Unit `g` names a nationality, `pred` is a verdict on skill, and the sentence names
    the sport the verdict is about."""
    group = an.units[g]
    if group.code != "G" or group.meta("G") != "nationality":
        return False
    if pred.text not in _SKILL_VERDICTS and pred.text.split()[-1] not in _SKILL_VERDICTS:
        return False
    run = an.sentence_run(g)
    lo, hi = run[0].start, run[-1].end
    text = an.norm.text
    return _SPORT_WORDS.search(text, lo, hi) is not None and not _BEYOND_SPORT.search(text, lo, hi)


def team_judged_in(an: Analysis, first: int, last: int) -> bool:
    """`team_judged` for a reading that gives only its span: a nationality and a verdict on
    skill among units first..last."""
    span = an.units[first : last + 1]
    groups = [u for u in span if u.code == "G"]
    verdicts = [u for u in span if u.code != "G"]
    return any(team_judged(an, g.index, v) for g in groups for v in verdicts)
