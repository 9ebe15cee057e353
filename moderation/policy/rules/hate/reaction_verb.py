"""A Spanish verb of reaction that is also an adjective ("me molesta", "le indigna"): after an
object clitic it is the verb, whose subject is the clause it introduces ("Lo que me molesta de
los X es que los discriminen"), not a word said of the group."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.context.others_belief import OTHERS_BELIEF

_REACTIONS = frozenset({"molesta", "molestan", "indigna", "enoja", "enfada", "irrita", "fastidia",
                        "preocupa", "duele", "entristece", "ofende", "asusta", "apena",
                        "avergüenza", "averguenza", "frustra", "harta", "cansa"})  # fmt: skip
_CLITICS = frozenset({"me", "te", "le", "nos", "les", "os", "lo que me", "lo que nos",
                      "que me", "no me", "si me", "mas me", "tanto me"})  # fmt: skip
_OBJECT_CLITICS = frozenset({"me", "te", "le", "nos", "les", "os"})


def reaction_verb(an: Analysis, k: int) -> bool:
    """The unit at k is a reaction verb after an object clitic in its sentence, or the two
    read as one lexicon phrase ("me enoja" as "me enojan")."""
    if an.lang != "es":
        return False
    parts = an.units[k].text.split()
    if len(parts) == 2 and parts[0] in _OBJECT_CLITICS:
        verb = parts[1]
        return verb in _REACTIONS or (verb.endswith("n") and verb[:-1] in _REACTIONS)
    if k == 0 or an.units[k].text not in _REACTIONS:
        return False
    prev = an.units[k - 1]
    return prev.sentence == an.units[k].sentence and (
        prev.text in _CLITICS or prev.text.split()[-1] in ("me", "te", "le", "nos", "les")
    )


# Vices said with a plural subjunctive ("que roben", "que no trabajen"): the group's own deeds.
_VICE_VERBS = frozenset({"roben", "roban", "mientan", "mienten", "estafen", "estafan", "delincan",
                         "delinquen", "apesten", "apestan", "ensucien", "ensucian", "invadan",
                         "invaden", "no trabajen", "no trabajan", "no se banen",
                         "no se bañen"})  # fmt: skip
# What the clause does to the group (a clitic object, "a los"): treatment, not a vice.
_DONE_TO = frozenset({"los", "las", "les", "a los", "a las", "se les", "no los", "no les"})


def vice_after_reaction(an: Analysis) -> tuple[int, int] | None:
    """ "De los X me molesta que sean tan sucios", "Lo que me molesta de los X es que roben":
    a reaction verb about a named group, and the "que" clause it introduces gives the group a
    vice (a copula and a derogatory word, or a verb of vice), nothing done to them: (first,
    last) units."""
    for u in an.units:
        if u.code not in ("X", "w") or not reaction_verb(an, u.index):
            continue
        same = an.sentence_run(u.index)
        groups = [
            x for x in same if x.code == "G" and x.has("G") and an.units[x.index - 1].code == "A"
        ]  # the group itself, not "los políticos gringos"
        if not groups:
            continue
        after = [x for x in same if x.index > u.index and x.index > groups[0].index]
        k = next((i for i, x in enumerate(after) if x.text in ("que", "es que")), None)
        if k is None or k + 1 >= len(after) or after[k + 1].text in _DONE_TO:
            continue
        clause = after[k + 1 : k + 5]  # its own verb first: not "como si fuera ..." later
        copula = False
        for j, x in enumerate(clause):
            if x.text in _DONE_TO or x.code == "r":
                break  # "que los llamen flojos": what others say or do to them
            copula = copula or x.code == "C"
            said = f"{clause[j - 1].text} {x.text}" if j and clause[j - 1].code == "N" else x.text
            if (copula and x.code in ("X", "D")) or said in _VICE_VERBS:
                return min(u.index, groups[0].index), x.index
            if not copula and x.code not in ("A", "N", "C"):
                break  # "que la policía sea violenta": another subject first
    return None


# What a reaction verb's clause opens with: the clause, not the group before, is its subject
_CLAUSE_OPENERS = ("como", "que", "lo que", "la forma", "la manera", "el trato", "cuando")
_OPENER_PREFIXES = tuple(o + " " for o in _CLAUSE_OPENERS)


def clause_after_reaction(an: Analysis, w: int) -> bool:
    """The reaction verb at unit w, typed in the singular, is followed straight on (no comma)
    by a clause it is about: "De los X me enoja cómo los tratan". A plural ("los X me dan asco,
    qué quieren que haga") has the group for its subject."""
    unit = an.units[w]
    nxt = an.units[w + 1] if w + 1 < len(an.units) else None
    if nxt is None or nxt.sentence != unit.sentence:
        return False
    if an.norm.text[unit.start : unit.end].endswith("n"):
        return False
    if an.norm.text[unit.end : nxt.start].strip():
        return False  # a comma or a dash between: a new clause, not the verb's subject
    return nxt.text in _CLAUSE_OPENERS or nxt.text.startswith(_OPENER_PREFIXES)


# The same in English: a reaction said of the writer ("what bothers me about X is ...") and
# other people's belief or talk as what it is about ("... is that people think they are Y").
_REACTION_EN = re.compile(
    r"\b(?:bothers|annoys|angers|upsets|irritates|frustrates|bugs|infuriates|saddens|hurts|"
    r"worries|offends|outrages|enrages|pisses) (?:me|us)\b"
)
# The writer siding with the belief after all ("... y tienen razón", "and it's true").
_ENDORSED = re.compile(
    r"\b(?:(?:y )?(?:tienen|tiene) razon|es (?:la )?verdad|y es cierto|(?:they|people) are right|"
    r"(?:it'?s|it is|which is) true|and rightly so|con razon)\b"
)


def others_belief_resented(an: Analysis, k: int) -> bool:
    """The unit at k stands in a clause of other people's belief or talk that a reaction verb
    before it in its sentence introduces ("Lo que me molesta de los X es que la gente crea que
    todos son Y", "What bothers me about X is that people think they are Y"): the writer
    resents the generalisation, unless the sentence sides with it after all."""
    unit = an.units[k]
    run = an.sentence_run(k)
    text = an.norm.text
    if _ENDORSED.search(text, run[0].start, run[-1].end):
        return False
    if an.lang == "en":
        react = _REACTION_EN.search(text, run[0].start, unit.start)
        return bool(react) and bool(OTHERS_BELIEF.search(text, react.end(), unit.start))
    if an.lang != "es":
        return False
    for u in run:
        if u.index >= k:
            break
        if reaction_verb(an, u.index) and OTHERS_BELIEF.search(text, u.end, unit.start):
            return True
    return False


# Where a reaction verb's own clause ends ("me dan asco, qué quieren que les diga").
_CLAUSE_BREAK = re.compile(r"[,;:]")


def reaction_to_others_belief(an: Analysis, w: int) -> bool:
    """The reaction verb at unit w is about other people's belief or talk later in its
    sentence ("Lo que me enoja de los X es que la gente diga que ...")."""
    if an.lang != "es":
        return False
    run = an.sentence_run(w)
    text = an.norm.text
    if _ENDORSED.search(text, run[0].start, run[-1].end):
        return False
    # the verb's own clause, up to a comma: "me dan asco, qué quieren que les diga" is a tag
    stop = _CLAUSE_BREAK.search(text, an.units[w].end, run[-1].end)
    end = stop.start() if stop else run[-1].end
    return bool(OTHERS_BELIEF.search(text, an.units[w].end, end))
