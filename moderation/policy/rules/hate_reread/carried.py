"""A group named on its own, then attacked in the next words (`hate_reread`): "Haitians: they
should all leave.", "Somalis. Nothing but trouble.", "Los migrantes. Hay que detenerlos." The
naming part is a fragment (the group, perhaps with "again" or "keep coming"), and the attack
leans on it for its subject. Re-read as one clause ("Haitians should all leave.", "Somalis are
nothing but trouble.", "Hay que detener a los migrantes."), the other hate rules read it; a
clause about anything else ("The council: they should all resign.") names no group and is left.

Also the masks the clause reader cannot see through: a group word broken by dots
("im.mi.grants"), and a group word in the predicate ("X are all illegals and criminals"), whose
second group word the reader takes for a new subject.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from moderation.policy.analysis import Analysis, Unit

# What may follow the group in its naming fragment: unknown words ("again", "keep coming"),
# never a copula, modal or fault word, which make it a clause of its own.
_NAMING = re.compile(r"A?G[wB]{0,5}")
# The only words a naming fragment may add to its group: "again", "keep coming", "otra vez".
# Anything else ("llegaron ayer", "opened two bakeries") makes the sentence a clause of its own,
# and a pronoun after it may stand for any of its nouns.
_NAMING_WORDS = re.compile(
    r"(?:again|once again|yet again|otra vez|de nuevo|everywhere|por todos lados|"
    r"(?:keep|siguen) (?:coming|growing|multiplying|llegando|creciendo)(?: in number)?|"
    r"more and more|cada vez mas|too|also|tambien)",
    re.IGNORECASE,
)
# The marks that close a naming fragment inside one sentence ("Haitians: they ...").
_INNER_BREAK = re.compile(r"^\s*(?::|\.\.\.+|…|—|–| - |;)\s*")
_PRONOUN = re.compile(r"^(?:they|ellos|ellas)\b\s*", re.IGNORECASE)
_THEYRE = re.compile(r"^they'?re\b\s*", re.IGNORECASE)
# A first person or another subject opening the next words: they are not said of the group.
_OWN_SUBJECT = re.compile(
    r"^(?:i|i'm|im|i've|we|you|he|she|it|this|that|there|my|our|yo|nosotros|el|ella|eso|esto|"
    r"mi|mis|nuestr[oa]s?|but|pero|and|y|so|the|el|la|no wonder|con razon)\b",
    re.IGNORECASE,
)
# "Hay que detenerlos": the group as the clitic object of an infinitive after "hay que".
_HAY_QUE = re.compile(r"\b(hay que|tienen que|deben|debemos|hay|a) (\w+?[aei]r)(?:los|las)\b", re.I)
_THEM = re.compile(r"\bthem\b", re.IGNORECASE)


def _group_at(run: tuple[Unit, ...]) -> int | None:
    """The index in `run` of the group that opens the naming fragment."""
    k = 1 if run and run[0].code == "A" else 0
    if k < len(run) and run[k].code == "G" and run[k].has("G") and not run[k].quoted:
        return k
    return None


def _readings(named: str, rest: str, lang: str) -> list[str]:
    """The clause(s) the group `named` and the words after it are re-read as."""
    rest = rest.strip()
    if not rest or (_OWN_SUBJECT.match(rest) and not _PRONOUN.match(rest)):
        return []
    copula = "son" if lang == "es" else "are"
    if _THEYRE.match(rest):
        return [f"{named} are {_THEYRE.sub('', rest)}"]
    if _PRONOUN.match(rest):
        return [f"{named} {_PRONOUN.sub('', rest)}"]
    low = rest[0].lower() + rest[1:]
    if lang == "es" and _HAY_QUE.search(low):
        return [_HAY_QUE.sub(lambda m: f"{m[1]} {m[2]} a {named.lower()}", low, count=1)]
    if lang == "en" and _THEM.search(low):
        return [_THEM.sub(named.lower(), low, count=1)]
    return [f"{named} {low}", f"{named} {copula} {low}"]


def carried(an: Analysis, s: int) -> Iterator[tuple[str, int, int]]:
    """(re-read words, start, end in the comment of what they replace) for sentence `s` when it
    opens with a naming fragment closed by a colon or dash, or follows a sentence that is one."""
    original = an.norm.original
    base, codes = an.sentences[s]
    run = an.units[base : base + len(codes)]
    if not run:
        return
    end = an.span(run[-1].index, run[-1].index)[1]
    while end < len(original) and original[end] in "?!.":
        end += 1
    g = _group_at(run)
    if g is not None and g + 1 < len(run):
        start, g_end = an.span(run[0].index, run[g].index)
        brk = _INNER_BREAK.match(original[g_end : an.span(run[g + 1].index, run[g + 1].index)[0]])
        if brk:
            for plain in _readings(
                original[start:g_end], original[g_end + brk.end() : end], an.lang
            ):
                yield plain, start, end
    if s == 0:
        return
    pbase, pcodes = an.sentences[s - 1]
    prev = an.units[pbase : pbase + len(pcodes)]
    g = _group_at(prev)
    if g is None or not _NAMING.fullmatch(pcodes):
        return
    after = " ".join(u.text for u in prev[g + 1 :])
    if after and not _NAMING_WORDS.fullmatch(after):
        return  # "Los inmigrantes llegaron ayer.", "Refugees opened two bakeries.": a clause
    start, g_end = an.span(prev[0].index, prev[g].index)
    if any(u.text in ("we", "nosotros", "us") for u in prev):
        return
    rest = original[an.span(run[0].index, run[0].index)[0] : end]
    for plain in _readings(original[start:g_end], rest, an.lang):
        yield plain + ("" if plain.endswith((".", "!", "?")) else "."), start, end


# "are all illegals and criminals": a group word said of the group before the fault noun.
_EXTRA_GROUP = re.compile(
    r"\b((?:are|son)(?: all| todos| nothing but| just| puros| unos)?) "
    r"(?:illegals|illegal aliens|aliens|wetbacks|ilegales|indocumentados|mojados) (?:and|y) ",
    re.IGNORECASE,
)


def without_extra_group(said: str) -> str | None:
    """`said` without the group word that opens its predicate, or None when it has none."""
    plain = _EXTRA_GROUP.sub(r"\1 ", said)
    return plain if plain != said else None


# A word broken by dots ("im.mi.grants", "Mus.lims", "J.e.w.s"): letters on both sides of
# each dot, none after the last piece.
_DOTTED = re.compile(r"(?<![\w.])[A-Za-zÀ-ÿ]{1,6}(?:\.[A-Za-zÀ-ÿ]{1,6})+(?![\w])")


def dotted_words(original: str) -> list[str]:
    """The words of the comment broken by dots, joined ("immigrants"), or [] when none."""
    if "." not in original:
        return []
    return [m[0].replace(".", "") for m in _DOTTED.finditer(original)]


def undotted(original: str) -> str | None:
    """The comment with its dotted words joined, or None when it has none."""
    if "." not in original or not _DOTTED.search(original):
        return None
    return _DOTTED.sub(lambda m: m[0].replace(".", ""), original)
