"""Pronouns and stand-ins read as the group they point to: a demonstrative subject ("Esos
son ..."), a "they" the comment names afterwards, a group spoken about, and a people's
stand-in ("those people") blamed on its culture or blood."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from moderation.policy.analysis.units import Unit

# Demonstratives standing alone as a subject ("Esos son repugnantes.", "Those are animals."):
# the group of the sentence before, when no other plural noun was named after it.
_DEMONSTRATIVES = {
    "en": frozenset({"those", "these"}),
    "es": frozenset({"esos", "esas", "estos", "estas", "aquellos", "aquellas"}),
}


_DEMONSTRATIVE_VERBS = frozenset("CM")


# Words ending in "s" that name no plural thing: adverbs and the like.
_NOT_PLURALS = frozenset(
    {"downstairs", "upstairs", "always", "perhaps", "sometimes", "nowadays", "besides",
     "afterwards", "towards", "indoors", "outdoors", "overseas", "anyways", "across", "unless",
     "ademas", "despues", "atras", "quizas", "jamas", "apenas", "entonces", "antes", "mientras",
     "detras", "menos", "todas", "todos", "ellos", "ellas", "nosotros", "this", "was", "has",
     "is", "its", "thus", "yes", "less", "does"}
)  # fmt: skip


def group_named_before(
    units: Sequence[Unit],
    k: int,
    *,
    reach: int | None = 1,
    passed: Callable[[Unit], bool] | None = None,
    stop: Callable[[Unit], bool] | None = None,
) -> Unit | None:
    """The group word a pronoun at unit k points back to: the nearest unit before it coded
    and listed as a group (`G`), passing over those `passed` says yes to. None once the walk
    goes more than `reach` sentences back (None: the whole comment may hold it) or meets a
    unit `stop` says yes to first (a nearer plural noun the pronoun may stand for instead).
    The one walk back of every reader of an antecedent, in the analysis and in the rules."""
    sentence = units[k].sentence
    for j in range(k - 1, -1, -1):
        w = units[j]
        if reach is not None and w.sentence < sentence - reach:
            return None
        if w.code == "G" and w.has("G") and (passed is None or not passed(w)):
            return w
        if stop is not None and stop(w):
            return None
    return None


def plural_noun(w: Unit) -> bool:
    """A plural noun that is no group: what a demonstrative after it may stand for."""
    return (
        w.code in ("w", "X", "D", "g")
        and w.text.endswith("s")
        and len(w.text) > 3
        and w.text not in _NOT_PLURALS
    )


def demonstrative_subjects(units: list[Unit], lang: str) -> None:
    """Code a sentence-initial demonstrative before a copula or modal as "t" (a pronoun that
    refers back), when the last plural noun before it, in this sentence or the one before,
    is a group ("X opened shops. Those are ...": the shops, `_plural_noun`)."""
    words = _DEMONSTRATIVES.get(lang)
    if not words:
        return
    for k in range(1, len(units) - 1):
        u, nxt = units[k], units[k + 1]
        if (
            u.text not in words
            or u.sentence == units[k - 1].sentence
            or nxt.sentence != u.sentence
            or nxt.code not in _DEMONSTRATIVE_VERBS
        ):
            continue
        if group_named_before(units, k, stop=plural_noun) is not None:
            units[k] = u._replace(code="t")


# Words of speaking, judging or knowing before "about": "tell you about X", "be honest about X",
# "the truth about X", "I know all about X"; the group is the topic that a later "they" takes up.
_SPEAKING = frozenset(
    {"tell", "tell you", "talk", "talking", "speak", "speaking", "honest", "frank", "truth",
     "real", "clear", "think", "thinking", "know", "knows", "read", "heard", "learned", "learnt",
     "sobre"}
)  # fmt: skip


# "nothing against X": the disclaimer names the group the comment goes on to speak of; a word
# after it that keeps the clause its own ("nothing against X personally").
_DISCLAIMING = frozenset({"nothing", "anything"})
_DISCLAIMER_TAILS = frozenset({"personally", "really", "at all", "per se"})


def spoken_about(units: list[Unit], g: int) -> bool:
    """The group at g, demoted after "about" or "against", is what the writer speaks about: a
    speaking word before "about", or a disclaimer ("I've got nothing against X. They ..."),
    and the group closes its clause."""
    if g >= 2 and units[g - 1].text == "against" and units[g - 2].text in _DISCLAIMING:
        tail = g + 1 < len(units) and units[g + 1].text in _DISCLAIMER_TAILS
        return _closes_clause(units, g, g + 1 if tail else g)
    if g < 2 or units[g - 1].text not in ("about", "regarding", "concerning"):
        return False
    # "talk to me about X", "be honest with you about X": the speaking word three words back
    before = units[max(0, g - 4) : g - 1]
    if units[g].entry is None or not any(u.text.split()[-1] in _SPEAKING for u in before):
        return False
    return _closes_clause(units, g)


def _closes_clause(units: list[Unit], g: int, last: int | None = None) -> bool:
    """The group word at g (or the unit `last` after it) closes its clause: "... about X. They
    are", "... about X: they are"."""
    end = g if last is None else last
    nxt = units[end + 1] if end + 1 < len(units) else None
    return (
        units[g].entry is not None
        and "G" in units[g].entry.classes
        and (nxt is None or nxt.sentence != units[end].sentence or nxt.code == "t")
    )


CATAPHORA = re.compile(r"tC[AY]*G")


# "They are a plague. I'm talking about X", "Son una plaga. Hablo de los X": the comment says
# afterwards which group "they" are.
_TOPIC = re.compile(
    r"\b(?:i(?:'m| am) talking about|i mean|i(?:'m| am) referring to|hablo de|me refiero a|"
    r"estoy hablando de)\s+(?:the |los |las |a los |a las )?(\w+)"
)


_TOPIC_CUES = ("talking about", "i mean", "referring to", "hablo de", "me refiero", "hablando de")


# A stand-in for a people ("these people", "those folks", "their kind") in a sentence that puts
# what it says down to that people's culture, blood or upbringing: nobody speaks of a company's
# or a party's "blood", so the stand-in names a group though the comment names none ("Those
# people don't respect the law, it's in how they're raised.").
_PEOPLE_STAND_IN = re.compile(r"\b(?:people|folks|kind|sort|crowd|types?|ones)$")


_PEOPLEHOOD = re.compile(
    r"\b(?:it'?s|that'?s|its|thats|is)(?: just| all| simply| purely)? (?:a )?cultural\b|"
    r"\b(?:a|their|that|the) culture thing\b|\b(?:in|part of|just) (?:their|that) culture\b|"
    r"\b(?:that|their) culture (?:works|is)\b|"
    r"\bin (?:their|the) (?:blood|dna|genes)\b|\bby nature\b|\bfrom birth\b|\bgenetic(?:ally)?\b|"
    r"\bhow (?:they'?re|they are|theyre) (?:raised|brought up|wired|bred)\b|"
    r"\bthat'?s (?:just )?how (?:it is|it goes|they are) with\b|\bwith those people\b"
)


# Offices, parties and workplaces: "those people in Congress ..., it's the culture there" is
# about the holders of a post, never a people.
POSTS = re.compile(
    r"\b(?:council\w*|congress\w*|senat\w+|parliament\w*|government|administration|party|"
    r"parties|democrats?|republicans?|liberals?|conservatives?|politic\w+|officials?|office|"
    r"agency|department|dmv|city hall|county|board|company|management|corporat\w+|bank\w*|"
    r"media|press|university|hollywood|washington|the left|the right|leftists?|"
    r"right-wingers?|fans?|team|club|union)\b"
)


# Words after a stand-in that pick out some people, not a people ("those people at the DMV").
_RESTRICTED_BY = frozenset(
    {"in", "on", "at", "from", "of", "with", "who", "that", "running", "working", "living",
     "around", "near", "over", "across", "inside", "behind", "under", "here", "there"}
)  # fmt: skip


def peoplehood_stand_ins(units: list[Unit], text: str) -> list[Unit]:
    """Code as a group each people stand-in (`_PEOPLE_STAND_IN`) of a sentence that, or whose
    next sentence, puts the claim down to a people's nature (`_PEOPLEHOOD`), when the comment
    names no office, party or workplace and nothing after the stand-in restricts it."""
    if not _PEOPLEHOOD.search(text) or POSTS.search(text):
        return units
    marked: set[int] = set()
    for m in _PEOPLEHOOD.finditer(text):
        here = next((u.sentence for u in units if u.end > m.start()), None)
        if here is not None:
            marked.update((here, here - 1))
    return [
        u._replace(code="G")
        if u.code == "t"
        and u.sentence in marked
        and _PEOPLE_STAND_IN.search(u.text)
        and (k + 1 >= len(units) or units[k + 1].text not in _RESTRICTED_BY)
        else u
        for k, u in enumerate(units)
    ]


def named_as_topic(units: list[Unit], text: str) -> bool:
    if not any(cue in text for cue in _TOPIC_CUES):
        return False
    for m in _TOPIC.finditer(text):
        u = next((x for x in units if x.start <= m.start(1) < x.end), None)
        if (
            u is not None
            and u.code in ("G", "g")
            and u.entry is not None
            and "G" in u.entry.classes
        ):
            return True
    return False


# Plural nouns of people a group word may describe ("Somali newcomers", "Chinese restaurant
# owners"): the members so named are what a later "they" stands for.
_MEMBER_NOUNS = frozenset(
    {"newcomers", "nationals", "owners", "families", "kids", "children", "guys", "boys",
     "girls", "workers", "students", "folks", "neighbors", "neighbours", "residents", "parents",
     "teenagers", "teens", "youths", "tenants", "shopkeepers", "vendors", "employees",
     "arrivals", "settlers", "citizens", "drivers", "males", "females", "dudes", "ladies"}
)  # fmt: skip


def members_named(units: list[Unit], g: int) -> bool:
    """The group word at g (read as an adjective, "g") describes a plural noun of people one or
    two words on in its sentence ("these Somali newcomers", "the Chinese restaurant owners")."""
    u = units[g]
    if u.entry is None or "G" not in u.entry.classes:
        return False
    for k in range(g + 1, min(g + 3, len(units))):
        w = units[k]
        if w.sentence != u.sentence or w.code != "w":
            return False
        if w.text in _MEMBER_NOUNS:
            return True
    return False
