"""Hate (clause `hate`): a protected group's name joined to an insult noun, in either order.

Spanish joins them with "de" in the epithet construction ("esos hijos de puta de rumanos", "esa
escoria de moros", "la basura de los X"), or puts the insult after the group as an apposition
("Gitanos hijos de puta", "Los X, panda de cabrones"); English puts the group word first
("Muslim bastards", "Romanian pieces of shit"). Either way the insult is aimed at the people
for being the group, with no copula for `hate.derogation` to read.

What does not count: the insult aimed at someone else the group word only describes ("el
presidente mexicano, hijo de puta": an official; "el hijo de puta del alcalde"), a reader
spoken to after the group ("respeta a los gitanos, imbécil"), the literal things some of these
words name ("recogimos la basura de los migrantes del albergue"), and, as everywhere, quoting,
reporting, negating or condemning the words.

A plural group or insult rejects; one member ("ese gitano cabrón") holds for a person to judge.
"""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.lexicon import CONTENT_CLASSES
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import suppressed
from moderation.policy.rules.hate.slur_homonyms import sworn_at_thing
from moderation.policy.types import Category, Submission

RULE_ID = "hate.epithet"
_HOLD, _REJECT = 0.7, 0.88

# Profane words that are nouns for a person ("bastards", "mierdas"); the lexicon's profanity
# class also holds adjectives and interjections ("fucking", "puto", "joder"), which these shapes
# must not read as a noun after the group ("Muslims fucking up the vote" has a verb).
_PROFANE_NOUNS = frozenset(
    {"bastard", "bastards", "asshole", "assholes", "arsehole", "arseholes", "piece of shit",
     "pieces of shit", "motherfucker", "motherfuckers", "fuckers", "cunts", "pricks",
     "dickheads", "douchebags", "shitheads", "son of a bitch", "sons of bitches",
     "hijo de puta", "hija de puta", "hijos de puta", "hijas de puta", "hijoputa", "hijoputas",
     "mierdas", "cabron", "cabrona", "cabrones", "cabronas", "culeros", "culeras", "pendejos",
     "malparidos", "mamones", "hijueputas", "gilipollas", "hijos de perra", "hijas de perra"}
)  # fmt: skip
# Insult words that also name a thing or an animal someone may own or leave behind ("la basura
# de los vecinos", "los perros de los pastores"): in the "de" epithet they count after a
# demonstrative, or when the group closes the clause ("¡La basura de los X!").
_THING_WORDS = frozenset(
    {"basura", "mierda", "mierdas", "trash", "garbage", "cerdos", "ratas", "perros", "pigs",
     "rats", "dogs", "animales", "animals", "bichos"}
)  # fmt: skip
_DEMONSTRATIVES = frozenset(
    {"ese", "esa", "esos", "esas", "este", "esta", "estos", "estas", "aquel", "aquella",
     "aquellos", "aquellas", "that", "those", "these", "this", "panda", "bunch"}
)  # fmt: skip
_ARTICLES = frozenset({"el", "la", "los", "las", "un", "una", "unos", "unas", "the", "a", "an"})
_COLLECTIVE = frozenset({"scum", "trash", "gentuza", "chusma", "escoria", "basura", "lacra"})
# Colour words that are group words too: after a noun they are most often its colour.
_COLOURS = ("negr", "blanc", "moren")
_OF = frozenset({"de", "del", "of"})
# Collective nouns for a crowd of people: "panda de cabrones", "atajo de", "bunch of".
_CROWD = frozenset({"panda", "atajo", "manada", "pandilla", "bola", "bunch"})
_CROWD_OF = frozenset({"bunch of", "pack of", "load of", "lot of"})
# Clause openers before an epithet with no demonstrative ("y la escoria de los X ...").
_OPENERS = frozenset({"y", "and", "que", "pero", "but", "o", "or", "pues", "ya", "a", "al"})


def _group(u: Unit) -> bool:
    """A protected group's word (a noun, its adjective or a slur), not a pronoun standing for
    one."""
    return (u.code in ("G", "g") and u.has("G")) or u.code == "S"


def _insult(u: Unit) -> bool:
    """A noun that insults a person: the insult lexicon or a profane noun."""
    return u.has("INS") or u.text in _PROFANE_NOUNS


def _plural(u: Unit) -> bool:
    """A plural noun or a collective one ("hijos de puta", "escoria")."""
    return u.text.split()[0].endswith("s") or u.text in _COLLECTIVE


def _between(an: Analysis, a: Unit, b: Unit) -> str:
    """The normalised text between two units (punctuation, spaces)."""
    return an.norm.text[a.end : b.start]


def _clause_start(an: Analysis, k: int) -> bool:
    """Unit k opens its clause: first of its sentence, after a comma or colon, or after a
    conjunction that does."""
    if k == 0 or an.units[k - 1].sentence != an.units[k].sentence:
        return True
    prev = an.units[k - 1]
    if any(c in _between(an, prev, an.units[k]) for c in ",:;¡!("):
        return True
    return prev.text in _OPENERS and _clause_start(an, k - 1)


def _clause_end(an: Analysis, k: int) -> bool:
    """Nothing but punctuation (or "todos") follows unit k in its clause."""
    nxt = k + 1
    if nxt < len(an.units) and an.units[nxt].text in ("todos", "todas", "all of them"):
        nxt += 1
    if nxt >= len(an.units) or an.units[nxt].sentence != an.units[k].sentence:
        return True
    return any(c in _between(an, an.units[nxt - 1], an.units[nxt]) for c in ",:;")


def _described_noun_before(an: Analysis, g: int) -> bool:
    """The group word is an adjective of a noun before it ("el presidente mexicano", "la
    alcaldesa gitana"): the insult after it is aimed at that one person, not the group."""
    if g == 0 or an.units[g - 1].sentence != an.units[g].sentence:
        return False
    prev = an.units[g - 1]
    if any(c in _between(an, prev, an.units[g]) for c in ",:;"):
        return False
    stop = an.lex.stopwords.get(an.lang, frozenset())
    if prev.text in stop or prev.text in _DEMONSTRATIVES or prev.text in _ARTICLES:
        return False
    plain = prev.entry is None or CONTENT_CLASSES.isdisjoint(prev.entry.classes)
    return prev.code == "w" and plain and len(prev.text) > 2


def _group_then_insult(an: Analysis) -> list[tuple[int, int]]:
    """ "Gitanos hijos de puta", "Los X, panda de cabrones", "Muslim bastards": the insult
    right after the group, or after a comma when it agrees with a plural group."""
    found = []
    for g, u in enumerate(an.units[:-1]):
        if not _group(u) or _described_noun_before(an, g):
            continue
        k = g + 1
        nxt = an.units[k]
        if nxt.sentence != u.sentence:
            continue
        comma = "," in _between(an, u, nxt)
        if nxt.text in _CROWD and k + 2 < len(an.units) and an.units[k + 1].text in _OF:
            k += 2  # "panda de cabrones"
        elif nxt.text in _CROWD_OF and k + 1 < len(an.units):
            k += 1  # "bunch of assholes" (one unit of the grammar lexicon)
        nxt = an.units[k]
        if not _insult(nxt) or nxt.sentence != u.sentence:
            continue
        if comma and _plural(u) and not _plural(nxt):
            continue  # "respeta a los gitanos, imbécil": a reader spoken to
        pointed = g > 0 and an.units[g - 1].text in _DEMONSTRATIVES
        if not _plural(u) and not _plural(nxt) and not pointed:
            continue  # "usted es una mujer amargada": one person described, not the group
        found.append((g, k))
    return found


def _insult_of_group(an: Analysis) -> list[tuple[int, int]]:
    """ "Esos hijos de puta de rumanos", "esa escoria de moros", "la basura de los X": an
    insult noun, "de", the group (its article between)."""
    found = []
    units = an.units
    for k, u in enumerate(units):
        # "de"/"of" after it first: a set lookup, and most units are followed by neither
        if k + 2 >= len(units) or units[k + 1].text not in _OF or not _insult(u):
            continue
        j = k + 2
        if j < len(units) and units[j].text in _ARTICLES:
            j += 1
        if j >= len(units) or not _group(units[j]) or units[j].sentence != u.sentence:
            continue
        if j + 1 < len(units) and units[j + 1].text in _OF and not _clause_end(an, j):
            continue  # "la basura de los migrantes de Lesbos": a place follows, a thing's owner
        before = units[k - 1] if k and units[k - 1].sentence == u.sentence else None
        pointed = before is not None and before.text in _DEMONSTRATIVES
        opens = _clause_start(an, k) or (
            before is not None and before.text in _ARTICLES and _clause_start(an, k - 1)
        )
        if not (pointed or opens):
            continue  # "recogimos la basura de los migrantes": a thing in a clause
        if u.text in _THING_WORDS and not pointed and not _clause_end(an, j):
            continue  # "La basura de los migrantes se acumula": whose rubbish, not who they are
        found.append((k - 1 if pointed else k, j))
    return found


def _insult_then_group(an: Analysis) -> list[tuple[int, int]]:
    """Spanish puts the group's adjective after the insult noun: "escoria gitana", "cabrones
    rumanos". A thing word with one member ("el coche es una mierda rumana") names a product."""
    found: list[tuple[int, int]] = []
    if an.lang != "es":
        return found
    units = an.units
    for k, u in enumerate(units[:-1]):
        g = units[k + 1]
        if not _insult(u) or not _group(g) or g.sentence != u.sentence:
            continue
        if any(c in _between(an, u, g) for c in ",:;"):
            continue
        if (u.text in _THING_WORDS or u.has("S")) and not (_plural(g) and _plural(u)):
            continue  # "mi perra negra se perdió": a pet and its colour
        if g.text.startswith(_COLOURS) and not _plural(g):
            continue
        found.append((k, k + 1))
    return found


@rule(RULE_ID, Category.HATE)
def epithet(an: Analysis, sub: Submission) -> list[Hit]:
    """A group's name joined to an insult noun, in either order."""
    if "G" not in an.codes and "g" not in an.codes and "S" not in an.codes:
        return []
    found = _insult_of_group(an) + _group_then_insult(an) + _insult_then_group(an)
    for first, last in sorted(found):
        if suppressed(an, first, last):
            continue
        if any(sworn_at_thing(an, an.units[k]) for k in range(first, last + 1)):
            continue  # "la reforma es una puta basura": a swear at a thing, no group
        plural = any(_plural(an.units[k]) for k in (first, last))
        score = _REJECT if plural else _HOLD
        what = "an insult joined to a group's name"
        return [Hit(RULE_ID, score, (an.span(first, last),), what)]
    return []
