"""A crude word used as an epithet for someone outside the thread: "ese cabrón del portero",
"el cabrón del gobernador", "esos cabrones" (the ones arrested). In Spanish "el/ese + crude
word + de + noun" names the noun after "de", so the word is said of that person (a player, an
official, a criminal), in admiration or harsh opinion, not aimed at a reader.

Only the banter words that admire as often as they insult ("cabrón", "wey"), and only when
the comment holds no other insult or swear word, no @handle, and speaks to no one: "el pendejo
del autor", "el cabrón de @beto" or "el cabrón del alcalde se puede ir a la verga" stay
aimed.

Also admiring: the word followed by what someone is good at ("son unos cabrones para el
fútbol", "es bien cabrón para los números"; "para con", towards someone, is left out), and
"el muy cabrón" set beside a third person ("mi compadre, el muy cabrón, se sacó la lotería",
"el muy cabrón de mi hijo sacó puro diez"), and a player or a referee judged on the game
("ese portero es un cabrón, paró tres penales")."""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.normalize import fold_term
from moderation.policy.rules.troll.public import on_stage
from moderation.policy.rules.troll.words import spoken_to
from moderation.policy.types import Submission

_CRUDE_EPITHETS = frozenset(
    {"cabron", "cabrona", "cabrones", "cabronas", "wey", "guey", "buey"}
)  # fmt: skip
_DETERMINERS = frozenset(
    {"el", "la", "los", "las", "ese", "esa", "esos", "esas", "este", "esta", "estos", "estas",
     "aquel", "aquella", "aquellos", "aquellas"}
)  # fmt: skip
_PLURAL_DEMONSTRATIVES = frozenset({"esos", "esas", "estos", "estas", "aquellos", "aquellas"})
_OF = frozenset({"de", "del", "de la", "de los", "de las"})
_ARTICLES = frozenset({"el", "la", "los", "las"})
# Nouns that are the thread itself or its writer: the epithet then names a participant.
_THREAD = frozenset(
    {"autor", "autora", "columnista", "articulo", "blog", "foro", "hilo", "comentario",
     "comentarios", "comentarista", "nota", "sitio", "pagina"}
)  # fmt: skip


def third_party_epithet(an: Analysis, u: Unit, sub: Submission) -> bool:
    """The crude word at u is an epithet for someone outside the thread (see module)."""
    if an.lang != "es" or u.text not in _CRUDE_EPITHETS or u.index == 0 or "@" in sub.text:
        return False  # an @handle names someone in the thread the epithet may be for
    prev = an.units[u.index - 1]
    if prev.sentence != u.sentence or prev.text not in _DETERMINERS:
        return False
    if any(x.index != u.index and (x.has("INS") or x.has("PROF")) for x in an.units):
        return False  # one crude word alone, not a string of abuse
    if spoken_to(an, an.sentence_run(u.index)):
        return False
    after = [x for x in an.units[u.index + 1 : u.index + 4] if x.sentence == u.sentence]
    if after and after[0].text in _OF:
        rest = [x for x in after[1:] if x.text not in _ARTICLES]
        if not rest or rest[0].text in _THREAD or rest[0].text.startswith(("mi", "tu", "su")):
            return False  # "el cabrón del autor"; "de mi hermana" is read elsewhere
        names = [fold_term(n) for n in sub.context.participants()]
        return not any(n and n in rest[0].text for n in names)
    return prev.text in _PLURAL_DEMONSTRATIVES and u.text.endswith("s")


_VERY = frozenset({"muy", "bien", "re"})


def admired_third_party(an: Analysis, u: Unit, sub: Submission) -> bool:
    """The crude word at u praises a skill ("cabrones para el fútbol") or is "el muy cabrón"
    said of a third person, in a comment with no other crude word that speaks to no one."""
    if an.lang != "es" or u.text not in _CRUDE_EPITHETS or "@" in sub.text:
        return False
    if any(x.index != u.index and (x.has("INS") or x.has("PROF")) for x in an.units):
        return False
    if spoken_to(an, an.sentence_run(u.index)):
        return False
    units = an.units
    after = [x for x in units[u.index + 1 : u.index + 3] if x.sentence == u.sentence]
    if after and after[0].text == "para" and (len(after) < 2 or after[1].text != "con"):
        return True  # "cabrones para el fútbol": good at it
    k = u.index
    if any(on_stage(an, x) for x in an.sentence_run(u.index) if x.index < k):
        return True  # "ese portero es un cabrón, paró tres penales": a player on the game
    return (
        k >= 2
        and units[k - 1].text in _VERY
        and units[k - 2].text in _ARTICLES
        and units[k - 2].sentence == u.sentence
        and not any(x.text in _THREAD for x in units)
    )  # "el muy cabrón": a third person's epithet, not the author's or a commenter's
