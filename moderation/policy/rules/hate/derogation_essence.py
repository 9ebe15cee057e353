"""Shapes `hate.derogation` reads: a group wished gone, said to be so by essence, dehumanised
without a name, cast as perpetrators, or with a clause between it and its predicate."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.lexicon import skipping
from moderation.policy.rules import Hit
from moderation.policy.rules.context import negated_before, suppressed, units_in
from moderation.policy.rules.hate.generalisation_guards import (
    act_or_words_subject,
    attributive,
    nuisance_about_a_matter,
    risk_of_being,
    said_of_something_else,
    wanted_there_by_others,
)
from moderation.policy.rules.hate.guards import (
    RELATIVE_WORDS,
    _hit,
    plural_group,
)
from moderation.policy.rules.hate.helpers import (
    group_past_clause,
)
from moderation.policy.rules.hate.relative_object import OBJECT_MARKS
from moderation.policy.rules.hate.words import (
    CLEAR,
    F,
)

# "Un buen X es un X deportado", "el único X bueno es el X muerto", "the only good X is a
# dead X", and "un país sin X sería un país limpio", "el mundo sin X estaría mejor": the
# group wished dead, gone or away, in a set phrase rather than with a violent verb.
_GONE_ES = r"(?:muert[oa]|deportad[oa]|encerrad[oa]|enterrad[oa]|fuera)"
_ONLY_GOOD = re.compile(
    r"\b(?:(?:el|la|un|una) (?:unic[oa] )?buen[oa]? (?P<w>\w+(?: \w+){0,2}?)"
    r"|(?:el|la) unic[oa] (?P<w2>\w+(?: \w+){0,2}?) buen[oa])"
    r" (?:es|era) (?:el|la|un|una) (?:(?P=w)|(?P=w2))s? " + _GONE_ES + r"\b"
    # "un X muerto es un X bueno"
    r"|\b(?:un|una) (?P<w4>\w+(?: \w+){0,2}?) " + _GONE_ES + r" (?:es|era) (?:un|una) (?P=w4)"
    r" buen[oa]\b"
    r"|\bthe only good (?P<w3>\w+) (?:is|was) (?:a|the) (?:dead|deported|gone) (?P=w3)\b"
)
_WITHOUT = re.compile(
    r"\b(?:pais|paises|mundo|ciudad|barrio|colonia|mexico|planeta|estado|world|country|city"
    r"|neighbou?rhood) (?:sin|without) (?:los |las |esos |esas |tanto |tantos |tantas |"
    r"any |the )?(?P<w>\w+)\b(?P<rest>[^.!?]{0,40})"
)
_WITHOUT_GOOD = re.compile(
    r"\b(?:seria|estaria|sera|estara|habria|habra|would be|will be|would have)\b[^.!?]{0,25}?"
    r"\b(?:mejor|limpi[oa]|paz|segur[oa]|feliz|tranquil[oa]|better|clean|cleaner|safer|"
    r"peace|happier|paradise|heaven|perfect|great|wonderful|nicer|a better place)\b"
)


# "Wouldn't the world be better without X?", "¿No estaría mejor el mundo sin X?"
_BETTER_WITHOUT = re.compile(
    r"\b(?:would|seria|estaria|sera|estara)\b[^.!?]{0,25}?\b(?:better|mejor|safer|cleaner|"
    r"happier|more peaceful)\b[^.!?]{0,25}?\b(?:pais|paises|mundo|ciudad|barrio|planeta|world"
    r"|country|city|planet|neighbou?rhood) (?:sin|without) (?:los |las |any |the |all )?(?P<w>\w+)"
)
_GONE_CUES = (" sin ", "buen", "without", "good")


def wished_gone(an: Analysis) -> list[Hit]:
    """A group wished dead or away in a set phrase (see _ONLY_GOOD and _WITHOUT)."""
    text = an.norm.text
    if not any(cue in text for cue in _GONE_CUES):
        return []
    for m in _ONLY_GOOD.finditer(text):
        hit = _gone_hit(an, m.start(), m.end(), "the only good member is a gone one")
        if hit:
            return hit
    for m in _BETTER_WITHOUT.finditer(text):
        first, _ = units_in(an, m.start("w"), m.end("w"))
        if first is not None and an.units[first].code == "G":
            hit = _gone_hit(an, m.start(), m.end(), "a place better without the group")
            if hit:
                return hit
    for m in _WITHOUT.finditer(text):
        if _WITHOUT_GOOD.search(m.group("rest")):
            first, _ = units_in(an, m.start("w"), m.end("w"))
            if first is None or an.units[first].code != "G":
                continue
            hit = _gone_hit(an, m.start(), m.end(), "a place better without the group")
            if hit:
                return hit
    return []


def _gone_hit(an: Analysis, start: int, end: int, what: str) -> list[Hit]:
    first, last = units_in(an, start, end)
    if first is None or not any(an.units[k].code == "G" for k in range(first, last + 1)):
        return []
    if suppressed(an, first, last):
        return []
    return [_hit(an, "hate.derogation", CLEAR, first, last, what)]


# "That's just what they are", "es lo que son", "it's in their blood", "así son", "every race
# has its role": a fault said to be the group's nature. Held only when the comment also names
# a group and a fault (a negative word, a crime): "it's who they are" after praise passes.
_ESSENTIAL = re.compile(
    r"\b(?:(?:that|this|it)(?:'s| is)|eso es|es)(?: just| simply| exactly| solo| simplemente)?"
    r" (?:what|who|lo que) (?:they are|they do|son|hacen)\b"
    r"|\b(?:in|en) (?:their|su|sus|los|la) (?:nature|blood|genes|dna|naturaleza|sangre|adn)\b"
    r"|\bthey(?:'re| are) all (?:like that|the same)\b|\b(?:todos|todas) son (?:asi|iguales)\b"
    r"|\bson (?:todos|todas) (?:asi|iguales)\b|\basi son(?! las| los| muchas| muchos)\b"
    r"|\b(?:every|each) race has (?:its|their) (?:role|place|purpose|job)\b"
    r"|\bcada raza tiene su (?:papel|lugar|rol|funcion)\b"
    r"|\b(?:es|son|asi es|es parte de) (?:su|de su) (?:naturaleza|condicion|raza)\b(?! humana)"
    r"|\b(?:nacieron|nacen|vienen) asi\b|\bes (?:cosa|algo) de (?:su )?raza\b"
)
# The same first match, found jumping between the characters it can open with.
ESSENTIAL_SEARCH, _ESSENTIAL_GROUP = skipping(_ESSENTIAL)
_FAULT_CODES = frozenset("XDZV")


def essentialist(an: Analysis) -> list[Hit]:
    m = ESSENTIAL_SEARCH.search(an.norm.text)
    start, end = m.span(_ESSENTIAL_GROUP)
    first, last = units_in(an, start, end)
    if first is None or not any(u.code in ("G", "g") and u.has("G") for u in an.units):
        return []
    fault = any(
        u.code in _FAULT_CODES or any(w in _CRIME_NOUNS or w in _CRIME_ACTS for w in u.text.split())
        for u in an.units
    )
    before = an.norm.text[max(0, start - 5) : start].split()
    if not fault or (before and before[-1] in ("not", "no", "nunca", "never")):
        return []  # "it's not in their nature"
    if _subject_after(an, last):
        return []  # "infestar es lo que hacen las cucarachas": said of roaches, not a people
    if suppressed(an, first, last):
        return []
    return [_hit(an, "hate.derogation", 0.7, first, last, "a fault called the group's nature")]


def _subject_after(an: Analysis, last: int) -> bool:
    """Spanish "es lo que hacen/son" followed by its own subject, an article and a noun that
    names no group ("las cucarachas", "las plagas"): the nature said is theirs."""
    units = an.units
    k = last + 1
    if k + 1 >= len(units) or units[k].sentence != units[last].sentence:
        return False
    return units[k].text in ("las", "los", "el", "la") and units[k + 1].code not in ("G", "g")


def unnamed_dehumanised(an: Analysis) -> list[Hit]:
    """'They're rats, all of them, and they breed like rabbits' with no group named: two
    dehumanising predicates of a bare "they" (or a Spanish plural verb) say who is meant.
    One alone ("The refs? They're animals.") passes; held, never rejected."""
    found: list[int] = []
    for u in an.units:
        if u.code not in ("D", "Z") or u.index == 0:
            continue
        k = u.index - 1
        subject = False
        while k >= 0 and an.units[k].sentence == u.sentence and an.units[k].code in "ACtY":
            w = an.units[k]
            subject = subject or w.code == "t" or (w.code == "C" and w.text in PLURAL_COPULA)
            k -= 1
        if k >= 0 and an.units[k].sentence == u.sentence and an.units[k].code != "B":
            continue  # another subject or verb before it ("our rabbits breed like rabbits")
        if an.lang == "es" and k == u.index - 1:
            subject = any(w.endswith("n") for w in u.text.split()[:2])  # "se reproducen como"
        if subject and not negated_before(an, u.index):
            found.append(u.index)
    if len(found) < 2 or suppressed(an, found[0], found[-1]):
        return []
    return [_hit(an, "hate.derogation", 0.7, found[0], found[-1], "people called animals")]


# "Los X son los que roban", "X are the ones who sell the drugs", "It's always the X who
# steal", "Son los X los que venden droga": a group named as the doers of a crime.
_CRIME_ACTS = frozenset(
    {"steal", "steals", "stealing", "rob", "robs", "robbing", "mug", "mugs", "mugging",
     "loot", "loots", "looting", "smuggle", "smuggles", "smuggling", "traffic", "trafficking",
     "break into", "breaks into", "burgle", "burgles", "shoplift", "shoplifts", "scam",
     "scams", "roban", "robando", "asaltan", "asaltando", "atracan", "trafican", "traficando",
     "delinquen", "delinquiendo", "estafan", "estafando", "saquean", "saqueando", "secuestran",
     "extorsionan", "violan", "matan", "apunalan"}
)  # fmt: skip
_CRIME_VERBS = frozenset(
    {"commit", "commits", "committing", "sell", "sells", "selling", "deal", "deals", "dealing",
     "push", "pushes", "pushing", "move", "moves", "moving", "bring", "brings", "bringing",
     "cause", "causes", "cometen", "cometiendo", "venden", "vendiendo", "mueven", "moviendo",
     "traen", "trayendo", "causan", "meten", "distribuyen", "fill", "llenan"}
)  # fmt: skip
_CRIME_NOUNS = frozenset(
    {"crime", "crimes", "drugs", "drug", "fentanyl", "meth", "heroin", "cocaine", "robberies",
     "murders", "rapes", "attacks", "terror", "violence", "prisons", "jails", "crimen",
     "crimenes", "delitos", "droga", "drogas", "robos", "asaltos", "asesinatos", "violaciones",
     "atentados", "carceles", "violencia", "delincuencia", "fentanilo", "cocaina", "narco"}
)  # fmt: skip
_DOER_HEADS = frozenset({"ones", "those", "los", "las", "aquellos", "aquellas", "quienes"})
_HABIT = frozenset({"always", "siempre", "mostly", "mainly", "sobre todo", "mas", "most",
                    "the most", "all", "todos", "todas", "just", "solo"})  # fmt: skip
_PASSIVE = frozenset({"get", "gets", "got", "are", "were", "be", "been", "son", "fueron",
                      "han sido", "sufren", "suffer", "sufre"})  # fmt: skip


def _crime_act(an: Analysis, k: int, end: int) -> bool:
    """Unit k opens a crime committed by the clause's subject ("roban", "sell drugs")."""
    u = an.units[k]
    if u.text in _CRIME_ACTS or (u.code == "X" and u.text.split()[0] in _CRIME_VERB_HEADS):
        return True
    if u.code == "V" and not u.text.endswith(("ed", "ados", "adas", "idos", "idas")):
        return True  # "los que violan", "the ones who rape"
    if u.text.split()[0] in _CRIME_VERBS:
        return any(
            w in _CRIME_NOUNS
            for j in range(k, min(end, k + 4))
            for w in an.units[j].text.split()[1 if j == k else 0 :]
        )
    return False


_CRIME_VERB_HEADS = _CRIME_ACTS | _CRIME_VERBS


def _object_marked(an: Analysis, start: int, k: int) -> bool:
    """Between the group and the relative word (units `start` to `k`), an "a"/"al" marks the
    group as the object of the clause's verb, the one the crime is done to ("siempre son los X
    a los que asaltan"): the victims, not the doers."""
    return any(an.units[j].text in OBJECT_MARKS for j in range(start, min(k + 1, len(an.units))))


def perpetrators(an: Analysis) -> list[Hit]:
    for base, codes in an.sentences:
        end = base + len(codes)
        for g in range(base, end):
            gu = an.units[g]
            if gu.code not in ("G", "g") or not gu.has("G") or not plural_group(gu):
                continue
            k = g + 1
            cleft = g > base and any(
                an.units[j].code == "C" for j in range(max(base, g - 4), g)
            )  # "It's (always) the X who ...", "Son los X los que ..."
            if not cleft:
                while k < end and an.units[k].code == "A" and an.units[k].text in _HABIT:
                    k += 1
                if k >= end or an.units[k].code != "C":
                    continue
                k += 1
            while k < end and an.units[k].code == "A" and an.units[k].text not in _DOER_HEADS:
                k += 1
            if an.lang == "es" and _object_marked(an, g + 1, k):
                continue  # "son los X a los que asaltan": the group is who is robbed
            head = an.units[k].text if k < end else ""
            if head in _DOER_HEADS and head != "quienes":
                k += 1
            elif not cleft and head != "quienes":
                continue
            if k >= end or an.units[k].text.split()[-1] not in RELATIVE_WORDS:
                continue
            k += 1
            while k < end and (an.units[k].code == "A" or an.units[k].text in _HABIT):
                k += 1
            if k >= end or an.units[k - 1].text in _PASSIVE:
                continue
            if any(an.units[j].code == "N" for j in range(g, k + 1)):
                continue  # "X are not the ones who steal"
            if _crime_act(an, k, end) and not suppressed(an, g, k):
                return [_hit(an, "hate.derogation", 0.8, g, k, "a group named as the culprits")]
    return []


AFTER_CLAUSE = re.compile(rf"^G(?:[CMF]{F})?(?:C{F})?(?P<p>[XDZ])|^G[AY]*C[AY]*(?P<p2>[wSY])")


def past_the_clause(an: Analysis) -> list[Hit]:
    """A generalisation said of a group past a neutral clause ("X who live in Dearborn are
    ...") or of its members in a role ("female drivers are a menace")."""
    for g, c, codes_after in group_past_clause(an):
        m = AFTER_CLAUSE.match("G" + codes_after)
        if m is None:
            continue
        p = c + (m.start("p") if m.group("p") else m.start("p2")) - 1
        pred = an.units[p]
        if m.group("p2") and not (pred.has("INS") or pred.has("S") or pred.has("PROF")):
            continue
        if (pred.code == "X" and attributive(an, pred)) or suppressed(an, g, p):
            continue
        if pred.code == "Z" and said_of_something_else(an, pred):
            continue  # "Haitians at the port could smell the tear gas"
        if risk_of_being(an, g, pred):
            continue  # "being gay in Iran is dangerous": the danger is the one they run
        if topic_of_speech(an, g):
            continue  # "the way the sheriff talks about X in press conferences is gross"
        if nuisance_about_a_matter(an, g, pred):
            continue  # "my Mexican coworkers are a pain in the ass about the thermostat"
        if wanted_there_by_others(an, g, pred):
            continue  # "quieren a los X en la cocina, pero no en el ayuntamiento"
        if an.units[g].quoted and act_or_words_subject(an, g, p):
            continue  # 'Using "illegals" in every headline is lazy': the word is mentioned
        return [_hit(an, "hate.derogation", 0.8, g, p, "a generalisation past a clause")]
    return []


# Verbs of speech whose topic a group can be ("talks about X", "habla de los X"): what is said
# after the group's clause is said of the speech, not of the group.
_SPEECH_TOPIC_VERBS = frozenset(
    {"talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "speaking", "said",
     "says", "say", "wrote", "writes", "joked", "jokes", "preached", "preaches", "ranted",
     "rants", "posted", "tweeted", "habla", "hablo", "hablan", "hablaba", "hablaban",
     "hablando", "dijo", "dice", "dicen", "dijeron", "escribio", "escribe", "predica",
     "predico", "bromeo", "bromea", "se refiere", "se refirio", "opina", "opino"}
)  # fmt: skip
_TOPIC_PREPS = frozenset({"about", "of", "on", "de", "sobre", "acerca de", "a", "contra",
                          "against"})  # fmt: skip


def topic_of_speech(an: Analysis, g: int) -> bool:
    """The group is the object of "about"/"de" after a verb of speech, whose subject is not
    the writer ("the way he talks about X", "lo que dijo de los X")."""
    units = an.units
    k = g - 1
    while k >= 0 and units[k].code == "A" and units[k].text not in _TOPIC_PREPS:
        k -= 1
    if k < 1 or units[k].sentence != units[g].sentence or units[k].text not in _TOPIC_PREPS:
        return False
    v = units[k - 1]
    if v.sentence != units[g].sentence:
        return False
    words = v.text.split()
    if v.code == "r" and words[0] not in ("i", "we", "yo"):
        return True
    if words[-1] not in _SPEECH_TOPIC_VERBS and v.text not in _SPEECH_TOPIC_VERBS:
        return False
    return k < 2 or units[k - 2].code != "I"


PLURAL_COPULA = frozenset(
    {
        "son",
        "eran",
        "seran",
        "serian",
        "fueron",
        "son unos",
        "son unas",
        "son todos",
        "son todas",
        "are",
        "were",
        "are all",
        "are just",
        "are nothing but",
        "son solo",
        "no son mas que",
        "siguen siendo",
    }
)
