"""An order to harm one person, said bare: a plural imperative of a violent act on a person
word, the clause ending right after it ("Quemen al reportero.", "Cuelguen al alcalde ya",
"Hang the mayor."). These acts are figures when they go on ("quemen al candidato en redes",
"hang the mayor out to dry", "cuelguen al alcalde la medalla"), so the reader otherwise asks
for a place, a weapon or the reader spoken to (`reading._AMBIGUOUS`); said bare, with nothing
after the person, the act is the order itself."""

from __future__ import annotations

import re

# Acts that, bare on a person, are violence: hanging, drowning, raping, running over,
# "quebrar" and "tronar" (kill). Not "echar", "tirar" ("echen al alcalde": throw him out of
# office), "pegar" (stick), "desaparecer" (read in `reading`).
_ES_BARE = re.compile(
    r"(?:quem|cuelg|colg|ahorq|ahog|entierr|viol|atropell|quiebr|truen|crucifiq)\w*$"
)
# Burning and burying are figures said bare ("quemen al reportero": expose him; "entierren al
# alcalde": beat him at the polls): violence only with the victim "vivo" (a place, a fire or a
# weapon is read in `reading`).
_ES_FIGURE = re.compile(r"(?:quem|entierr)\w*$")
_ALIVE = re.compile(r"\s+viv[oa]s?\b")
_EN_BARE = re.compile(r"(?:hang|drown|crucify)$")
# The person right after the act, past the personal "a" and a determiner, as one word.
_ES_PERSON = re.compile(
    r"\s+(?:a|al)\s+(?:(?:ese|esa|este|esta|aquel|aquella|la|el)\s+)?(?P<person>\w+)"
)
_EN_PERSON = re.compile(r"\s+(?:the|that|this)\s+(?P<person>\w+)")
# The clause ends right after the person: a mark, the end, or "alive", "now" and a mark.
_ENDS = re.compile(
    r"(?:\s+(?:vivos?|vivas?|ya|de una vez|ahora|ahorita|alive|now|already))?\s*(?:$|[.!?;,])"
)


def bare_order(lang: str, text: str, act: tuple[int, int], end: int) -> bool:
    """The act (normalised offsets) is a violent act whose object, the person word ending at
    `end`, comes right after it and closes the clause."""
    verb = text[act[0] : act[1]]
    bare, person = (_ES_BARE, _ES_PERSON) if lang == "es" else (_EN_BARE, _EN_PERSON)
    if " " in verb.strip() or not bare.match(verb):
        return False
    m = person.match(text, act[1])
    if m is None or m.end() != end or _ENDS.match(text, end) is None:
        return False
    return not _ES_FIGURE.match(verb) or _ALIVE.match(text, end) is not None
