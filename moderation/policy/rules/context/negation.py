"""Negation scope: "not all X are ...", "I don't think X are ..." (raised), a list sharing its
negation, "without saying ..."; and a negation that is not the claim's (a rhetorical
question, a denied clause restated: "it isn't migration, it's an invasion").
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.context.words import LEADING_ES, QUESTION_OPENERS, is_question

_NEG_WINDOW = 3


_CLAUSE_WORDS = frozenset({"that", "que", "but", "pero", "because", "porque"})


# "I don't think X are Y" means "X are not Y": the negation moves down into the clause.
NEG_RAISE = frozenset(
    {"do not think", "do not believe", "doubt", "i doubt", "did not think", "never thought",
     "do not consider", "would not say", "do not feel", "no creo que", "no creo", "dudo",
     "dudo que", "no pienso que", "no pienso", "no considero", "no considero que",
     "no diria que", "nunca pense que", "no me parece que", "no opino que", "nunca diria que",
     "jamas diria que", "jamas pense que", "nunca he dicho que", "nunca dije que",
     "jamas he dicho que", "no digo que", "would never say", "never said",
     "no estoy de acuerdo con que", "no estoy de acuerdo en que", "do not agree that",
     "disagree that"}
)  # fmt: skip


# Words or treatment held up as what one can do without, or refused ("se puede criticar a la
# Corte sin decir que hay que quemarla", "discutirlo sin tratar a la gente como hormigas",
# "refuse to talk about people as 'illegals' like they're objects"): refused, not said.
# Read over the folded text right before a match, in its clause.
WITHOUT_SAYING = re.compile(
    r"\b(?:sin (?:decir|pedir|gritar|desear|escribir|andar diciendo|tratar|llamar|ver|pintar|"
    r"describir|hablar de|considerar)|without (?:saying|calling(?: for)?|asking for|wishing|"
    r"shouting|writing|suggesting|treating|seeing|painting|describing|talking about)|"
    r"refuses? to (?:talk about|treat|call|describe|see|speak of)|"
    r"(?:se niegan?|nos negamos|me niego) a (?:hablar de|tratar|llamar|describir|ver))\b"
    r"(?:(?![.!?;,]|\b(?:because|since|but|so|porque|pues|pero|ya que)\b).){0,40}$"
)


def without_saying(an: Analysis, start: int) -> bool:
    """The words at folded offset `start` follow "sin decir que", "without treating ...":
    what is held up as needless is not said."""
    return bool(WITHOUT_SAYING.search(an.norm.text, max(0, start - 80), start))


def neg_raised(
    an: Analysis, first: int, *, reach: int = 4, past_groups: bool = False
) -> int | None:
    """Index of an "I don't think" / "no creo que" heading the clause of unit `first`, at most
    `reach` units back. A clause break stops the search; so does a group word, unless
    `past_groups` (an insult after its group: "no creo que los X sean ratas")."""
    sentence = an.units[first].sentence
    stops = ("B",) if past_groups else ("B", "G")
    for k in range(first - 1, max(-1, first - 1 - reach), -1):
        u = an.units[k]
        if u.sentence != sentence or u.code in stops:
            return None
        if u.text in NEG_RAISE:
            return k
    return None


def negated_before(an: Analysis, first: int) -> bool:
    """A negation shortly before the match, in the same sentence ("not all X are ...")."""
    if neg_raised(an, first) is not None:
        return True
    sentence = an.units[first].sentence
    for k in range(first - 1, max(-1, first - 1 - _NEG_WINDOW), -1):
        u = an.units[k]
        if u.sentence != sentence or u.text in _CLAUSE_WORDS:
            break
        if _affirmed_after_break(an, k, first):
            break  # "This isn't migration anymore, it's an infestation": the denial is done
        if u.text == "ni" and k + 1 < first and an.units[k + 1].text == "modo":
            continue  # "ni modo, ...": "oh well", no negation of what follows
        if u.code == "N" or u.text in ("not", "no", "never"):
            # "Aren't X just the worst?", "Isn't it obvious that ...?", "Don't you think X
            # are ...?": rhetorical questions
            opens = k == 0 or an.units[k - 1].sentence != sentence
            if not opens and an.units[k - 1].text in QUESTION_OPENERS:
                opens = k == 1 or an.units[k - 2].sentence != sentence
            nxt = an.units[k + 1]
            rhetorical = (
                (k >= 1 and _opens_sentence(an, k - 1))
                or (u.text in _NEG_OPENERS and opens)
                # "¿No son todos los X ...?", "¿Acaso no deberían ...?": a negative question
                # that opens with its verb expects a yes
                or (opens and u.text == "no" and nxt.code in ("C", "M"))
                # "¿No odias a los X?", "¿No te dan asco?", "¿No estaría mejor ...?": the
                # reader is asked to agree with the writer's feeling or wish
                or (
                    opens
                    and u.text == "no"
                    and (
                        nxt.code in ("H", "W")
                        or nxt.text in ("te", "os")
                        or nxt.text in LEADING_ES  # "¿No crees que ...?"
                        or nxt.text.endswith(("ria", "rian"))
                    )
                )
            )
            return not (rhetorical and (is_question(an, first) or _inverted(an, k)))
    return _negated_list(an, first)


def _inverted(an: Analysis, k: int) -> bool:
    """English puts the verb before its subject only to ask: "Aren't X just the worst" asks
    with or without its "?", the copula or modal opening the sentence, the negation at `k`
    and a group named right after. Spanish "No son todos los X ..." also states a denial."""
    units = an.units
    if an.lang != "en" or k < 1 or units[k - 1].code not in ("C", "M"):
        return False
    if not _opens_sentence(an, k - 1):
        return False
    after = units[k + 1 : k + 3]
    return any(u.code == "G" and u.sentence == units[k].sentence for u in after)


# The subject and copula that open an affirmative restatement after a denied clause: "They
# aren't refugees, they're an occupying army", "This isn't migration, it's an invasion".
_RESTATING = frozenset({"it", "they", "this", "that", "these", "those", "he", "she", "we"})


# Spanish drops the subject, so the restating clause may open on its copula ("no hay que
# darles ni agua, son ladrones", "eso no es protesta, es lo que son"); a pronoun may head it.
_RESTATING_ES = frozenset({"eso", "esto", "ellos", "ellas", "esos", "esas"})


_COPULAS_ES = frozenset({"es", "son", "era", "eran", "fue", "fueron", "seran"})


_CLAUSE_BREAK = re.compile(r"[,;:\u2013\u2014]|\s-\s")


def _affirmed_after_break(an: Analysis, k: int, first: int) -> bool:
    """Unit `k` ends a clause (a comma, semicolon, colon or dash after it) and the clause
    after it, which holds `first`, opens with a subject and an affirmed copula ("..., it's an
    infestation", "...; they are invaders"): a negation before the break is not its own."""
    units = an.units
    if k + 2 > first + 1 or not _CLAUSE_BREAK.search(
        an.norm.text[units[k].end : units[k + 1].start]
    ):
        return False
    j = k + 1
    if units[j].text in ("but", "just", "rather", "pero", "sino"):
        j += 1
    if an.lang == "es" and j <= first and units[j].text.split()[0] in _COPULAS_ES:
        j -= 1  # no subject: the verb opens the clause ("son unas bestias" is one unit)
    elif an.lang == "es" and j < first and units[j].text in _RESTATING_ES:
        if units[j + 1].text.split()[0] not in _COPULAS_ES:
            return False
    else:
        if j + 1 >= len(units) or j > first:
            return False
        subject, verb = units[j], units[j + 1]
        if subject.text not in _RESTATING or verb.text not in ("is", "are", "was", "were"):
            g = _group_heads_clause(an, j, first)
            if g is None:
                return False
            j = g  # "I don't care what anyone says, X are ...": the group is the new subject
            if _denies(units[j + 1]):
                return False
    after = units[j + 2] if j + 2 < len(units) else None
    return after is None or not _denies(after)


def _denies(unit: Unit) -> bool:
    """A negation word ("not", "no", "never", or a unit coded N)."""
    return unit.code == "N" or unit.text in ("not", "no", "never")


def _group_heads_clause(an: Analysis, j: int, first: int) -> int | None:
    """English: the clause after the break opens with a named group (after articles or "all"),
    and a word of its own follows in the sentence: the index of the group, or None. The
    negation before the break ("I don't care, X are ...", "Don't forget, X ...") is the lead
    clause's own."""
    units = an.units
    if an.lang != "en":
        return None
    while j < first and units[j].code == "A":
        j += 1
    if j > first or j + 1 >= len(units):
        return None
    u = units[j]
    if u.code != "G" or not u.has("G") or units[j + 1].sentence != u.sentence:
        return None
    return j


# "X are not A or B", "no son A ni B": a disjunct shares the negation before the first one
# ("... aren't cartel soldiers or violent migrants"); "not only A or B" adds, it denies nothing.
_OR_WORDS = frozenset({"or", "nor", "o", "ni", "u"})


_NOT_ONLY = frozenset({"only", "just", "merely", "solo", "solamente", "nomas", "nada mas"})


def _negated_list(an: Analysis, first: int) -> bool:
    units = an.units
    sentence = units[first].sentence
    k = first - 1
    while k >= 0 and first - k <= 8 and units[k].sentence == sentence:
        if units[k].text in _OR_WORDS:
            break
        k -= 1
    else:
        return False
    if k < 0 or units[k].text not in _OR_WORDS or units[k].sentence != sentence:
        return False
    if any(c in an.norm.text[units[k].end : units[first].start] for c in ",;:"):
        return False  # "ni votar ni trabajar, están enfermos": a new clause, said outright
    for j in range(k - 1, max(-1, k - 6), -1):
        u = units[j]
        if u.sentence != sentence or u.text in _CLAUSE_WORDS or u.code in ("G", "B"):
            return False
        if u.code == "N" or u.text in ("not", "no", "never", "nunca"):
            nxt = units[j + 1]
            if "," in an.norm.text[u.end : nxt.start]:
                return False  # "No, those are A or B": an answer, the list stands
            return nxt.text not in _NOT_ONLY and not is_question(an, first)
    return False


_NEG_OPENERS = frozenset({"do not", "does not", "did not", "do not you", "would not", "is not"})


def _opens_sentence(an: Analysis, k: int) -> bool:
    u = an.units[k]
    return u.code in ("C", "M", "F", "w") and (k == 0 or an.units[k - 1].sentence != u.sentence)
