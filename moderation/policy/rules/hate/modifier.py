"""`hate.modifier`: a group word with a profane or derogatory modifier."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import suppressed
from moderation.policy.rules.hate.generalisation_guards import clause_mark_between, either_way
from moderation.policy.rules.hate.guards import (
    finish,
    plural_group,
    scan,
    weak_group,
)
from moderation.policy.rules.hate.helpers import CRIME_TRADES
from moderation.policy.rules.hate.own_manners import counted_manners
from moderation.policy.rules.hate.reaction_verb import reaction_verb
from moderation.policy.rules.hate.slurs import SWEAR_SLURS
from moderation.policy.rules.hate.some_members import said_to_exist
from moderation.policy.rules.hate.typical_act import HOSTILE, faulty_act, gerund_act
from moderation.policy.types import Category, Submission

_MODIFIER = re.compile(r"(?P<p>[XYS])[AY]*(?P<g>G)|(?P<g2>G)(?P<p2>y)")


@rule("hate.modifier", Category.HATE)
def modifier(an: Analysis, sub: Submission) -> list[Hit]:
    """'filthy X', 'fucking X', 'X de mierda': a derogatory word fused with the group."""
    hits: list[Hit] = []
    if "G" not in an.codes:
        return hits  # every shape here needs a named group
    for first, last, idx, m in scan(an, _MODIFIER, ("g", "g2", "p", "p2")):
        g = an.units[idx.get("g", idx.get("g2", first))]
        if not g.has("G") or weak_group(g):
            continue
        p = an.units[idx["p"]] if m.group("p") is not None else None
        if p is not None and p.code == "S" and p.text not in SWEAR_SLURS:
            continue  # only the swear slurs stand as a modifier; other slurs are hate.slur's
        profane = m.group("p") == "Y" or (p is not None and p.code == "S")
        if m.group("p") is not None and reaction_verb(an, idx["p"]):
            continue  # "lo que me molesta de los X es que ...": the verb, not a word for X
        if counted_manners(an, g.index, an.units[idx.get("p", idx.get("p2", first))]):
            continue  # "Two very loud Catholics argued all night": a few people's manner
        if said_to_exist(an, g.index, an.units[idx.get("p", idx.get("p2", first))]):
            continue  # "there are lazy Mexicans and lazy gringos": some members
        if _self_named(an, first):
            continue  # "I'm a fucking immigrant and proud of it", "soy un pinche mexicano"
        if m.group("g") is not None and clause_mark_between(an, idx["p"], idx["g"]):
            continue  # "stay home when they're sick, women included": two phrases
        if m.group("g") is not None and not plural_group(g) and not profane:
            continue  # "a stupid woman" may be about one person; "a fucking woman" is not
        if _adjective_of_noun_before(an, first):
            continue  # "se dijeron cosas horribles de las personas gays": the things said
        if m.group("g") is not None and _object_of_deed(an, first, idx["g"]):
            continue  # "los policías roban a los migrantes": the group is who is robbed
        if m.group("g") is not None and _trade_with_origin(an, first, idx["g"]):
            continue  # "detuvieron a tres narcos paraguayos": some traffickers, not a people
        if an.units[idx.get("p", idx.get("p2", first))].code == "X" and either_way(
            an, idx.get("p", idx.get("p2", first))
        ):
            continue  # "buenos o malos, los X son vecinos": whatever they are
        if m.group("g") is not None and typical_of_good(an, idx["p"], g.index):
            continue  # "How typical of X to be so generous": the habit decides (`hate.reread`)
        if suppressed(an, first, last):
            continue
        finish(an, hits, "hate.modifier", 0.88, first, last, "derogatory word on a group")
    return hits[:1]


_SELF_COPULAS = frozenset({"am", "soy", "i am", "i'm", "im"})


def _self_named(an: Analysis, first: int) -> bool:
    """The writer names themself one of the group ("I am a fucking X", "soy un pinche X", "as
    a damn X"): a swear of the writer's own voice, not an attack on the group."""
    before = [
        u for u in an.units[max(0, first - 3) : first] if u.sentence == an.units[first].sentence
    ]
    while before and before[-1].code == "A":
        before.pop()
    if not before:
        return False
    last = before[-1]
    return (
        last.text in _SELF_COPULAS
        or (
            last.code == "C"
            and len(before) >= 2
            and before[-2].code == "I"
            and before[-2].text in ("i", "yo", "we", "nosotros")
        )
        or (last.text == "as" and len(before) == 1)
    )


# Spanish marks a person object with "a": "roban a los migrantes", "golpearon a las
# haitianas". A word of crime or contempt before that "a" is the verb, and the group who
# suffers it is not being called a name.
_OBJECT_MARKERS = frozenset({"a", "a los", "a las", "al", "a la", "a unos", "a unas"})


def _object_of_deed(an: Analysis, p: int, g: int) -> bool:
    units = an.units
    return (
        an.lang == "es"
        and g >= p + 2
        and units[p].code == "X"
        and any(units[k].text in _OBJECT_MARKERS for k in range(p + 1, g))
    )


def _trade_with_origin(an: Analysis, p: int, g: int) -> bool:
    """Spanish puts the origin after the noun: "narcos paraguayos" names traffickers of a
    nationality (a report of crime), where "malditos paraguayos" insults the people."""
    return an.lang == "es" and g == p + 1 and an.units[p].text in CRIME_TRADES


def _adjective_of_noun_before(an: Analysis, first: int) -> bool:
    """Spanish: the derogatory word follows a plain noun and "de" follows it ("cosas horribles
    de los X", "las condiciones horribles de los migrantes"): an adjective of that noun, and
    the group is what the noun is about. The epithet "esos asquerosos de los X" has a
    determiner before the word, not a noun."""
    units = an.units
    p = units[first]
    if an.lang != "es" or p.code != "X" or first == 0 or first + 1 >= len(units):
        return False
    noun, nxt = units[first - 1], units[first + 1]
    stop = an.lex.stopwords.get("es", frozenset())
    return (
        noun.sentence == p.sentence
        and noun.code == "w"
        and noun.entry is None
        and noun.text not in stop
        and len(noun.text) > 3
        and nxt.text in ("de", "del", "sobre")
    )


def typical_of_good(an: Analysis, p: int, g: int) -> bool:
    """The word "typical" sneers only through what it calls typical: alone ("Typical X.",
    "typical X behaviour") it is one, but "How typical of X to be so generous" and "Typical X,
    always helping the neighbours" call a good typical. So "typical" with words after the group
    in its sentence, none of them hostile nor a swear or insult, and either "to ..." (a habit
    `hate.reread` reads as "X typically ..."), a word of praise or an act in "-ing" with no
    fault in it (`typical_act`) is no derogatory word."""
    units = an.units
    if units[p].text != "typical":
        return False
    rest = [u for u in units[g + 1 :] if u.sentence == units[g].sentence]
    if not rest or any(
        u.code in HOSTILE or u.has("PROF") or u.has("INS") or u.has("S") for u in rest
    ):
        return False
    if rest[0].text == "to" or any(u.code == "P" for u in rest):
        return True
    act = gerund_act(rest)  # "Typical X, always bringing food": the act read for a fault
    return act is not None and not faulty_act(rest[act:])
