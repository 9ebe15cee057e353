"""One name as the object of a threat ("Somebody should beat the hell out of Maria for what she
did", "alguien debería partirle la cara a Ramírez"): a person, though no full name, title or
second person marks them, when the comment shows the word to be someone's name."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.normalize import fold_term
from moderation.policy.rules.libel.claim import FICTION
from moderation.policy.rules.libel.names import name_word
from moderation.policy.rules.threat_said.guards import MATCH_DAY, SPORT, in_game

# A capitalised word that may be a name, in the original text.
_CAP = re.compile(r"[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]{2,}")
# One person referred back to ("for what she did", "he had it coming"): what shows a word the
# dictionary holds ("Maria", "Dennis") to be a name.
_ONE_PERSON = re.compile(r"\b(?:he|she|him|his|her|himself|herself|él|ella)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")
# What stands between the act and its object: Spanish marks a person with "a" ("partirle la
# cara a Ramírez"; "al América" is a club); English "beat the crap out" takes its "of".
_PERSONAL_A = re.compile(r"\s*a\s+")
_OF = re.compile(r"\s*(?:of\s+)?")
_LEADS = frozenset({"a", "of"})
# A show's or a book's words beside the ones `_FICTION` reads: its run, its writers, a
# character written out ("kill Negan off"), the next chapter.
_STORY = re.compile(
    r"\b(?:the show|this show|that show|the series|this series|(?:this|next|last) season|"
    r"the (?:season )?finale|the writers|showrunners?|the books?|kill(?:s|ed)? \w+ off|"
    r"(?:el|este|proximo|siguiente|ultimo) capitulo|(?:la|esta|proxima) temporada|"
    r"los guionistas|el final de temporada)\b"
)


def about_story(norm: str) -> bool:
    """The comment speaks of a show, a novel or a film (normalised text)."""
    return bool(FICTION.search(norm) or _STORY.search(norm))


# One capitalised word right after an act (past Spanish "a"): the character it falls on.
_CHARACTER_AFTER = re.compile(r"\s+(?:a\s+)?([A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]{2,})(?![\w'’]|\s+[A-Z])")


def character_named(an: Analysis, end: int) -> bool:
    """The act ending at `end` (normalised offset) falls on one capitalised name, no lexicon
    term, in a comment about a story ("Que alguien mate a Joffrey ya, la temporada está
    aburridísima"): a character, not a person."""
    if not about_story(an.norm.text):
        return False
    a = an.norm.span(max(0, end - 1), end)[1]
    m = _CHARACTER_AFTER.match(an.norm.original, a)
    if m is None:
        return False
    folded = m.group(1).lower()
    return not any(u.text == folded and u.entry is not None for u in an.units)


# The object of the act is a story's character by that word ("que maten al personaje del
# alcalde", "kill off the sheriff character"): past a particle, an article and two words.
_CHARACTER_NOUN = re.compile(
    r"\s*(?:(?:off|ya|already|now|a|al|el|la|los|las|the|that|this|ese|esa|este|esta)\s+){0,3}"
    r"(?:[\w']+\s+){0,2}?(?:personajes?|characters?)\b"
)


def character_object(norm: str, end: int) -> bool:
    """The act ending at `end` (normalised offset) falls on a character named as one: fiction,
    with or without the show named."""
    return bool(_CHARACTER_NOUN.match(norm, end))


# First names the vocabulary also holds as words ("Maria", "John", "Pedro"): the object of a
# strong act, capitalised, they name a person ("Someone should kill Maria"). Words with a common
# sense of their own ("Mark", "Will", "Grace", "Rose", "Frank") are left out.
_FIRST_NAMES = frozenset({
    "maria", "john", "juan", "jose", "pedro", "carlos", "mary", "james", "paul", "peter",
    "david", "laura", "carmen", "diego", "jorge", "martin", "marta", "julia", "ramon", "ana",
    "rosa", "lucia", "sofia", "elena", "miguel", "pablo", "luis", "raul", "victor", "tom",
    "tim",
})  # fmt: skip


def one_name(
    an: Analysis, s: tuple[int, int, int, int], act: tuple[int, int], hi: int
) -> int | None:
    """The unit that is the object of a strong act (normalised offsets; the clause ends at hi)
    when it is one capitalised name: right after the act (past the personal "a" in Spanish) or
    inside it past its verb ("put Valdez in the ground"); no lexicon term, not the first of a
    longer proper name or a possessive ("Maria's record"); a dictionary word only when a
    singular pronoun refers back in its sentence or the next; never in a sentence about a game
    or a match day ("beat the hell out of Tulsa on Friday"), nor about a story's characters."""
    norm = an.norm.text
    sentence = norm[s[0] : s[1]]
    if MATCH_DAY.search(sentence) or SPORT.search(sentence) or in_game(sentence):
        return None
    if about_story(norm):
        return None  # "la novela ya se alargó, ya maten a Leonardo": a character
    lead = _PERSONAL_A if an.lang == "es" else _OF
    units = range(s[2], s[3] + 1)
    inside = [j for j in units if act[0] < an.units[j].start < act[1]][:1]
    if an.lang == "es":
        inside = []  # Spanish acts hold no object ("darle una golpiza"): it comes after "a"
    k = next(
        (j for j in units if act[1] <= an.units[j].start < hi and an.units[j].text not in _LEADS),
        None,
    )
    if k is not None and lead.fullmatch(norm, act[1], an.units[k].start):
        inside.append(k)
    text = an.norm.original
    for k in inside:
        u = an.units[k]
        if u.code != "w" or " " in u.text or not u.text.isalpha():
            continue
        a, b = an.span(k, k)
        m = _CAP.fullmatch(text, a, b)
        if m is not None:
            break
    else:
        return None  # "this deadline", "the Dodgers": no capitalised word as the object
    if re.match(r"['’]s\b|\s+[A-ZÁÉÍÓÚÑÜ]", text[b : b + 3]):
        return None  # "Maria's record", "Eagle Pass": a thing of hers, a longer name
    end = _SENTENCE_END.search(text, b)
    end = _SENTENCE_END.search(text, end.end()) if end else None
    pronoun = _ONE_PERSON.search(text[b : end.end() if end else len(text)].lower())
    known = pronoun is not None or fold_term(m.group()) in _FIRST_NAMES
    return k if name_word(an, text, m.group(), dictionary=known) else None
