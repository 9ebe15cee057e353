"""Word sets and unit readers the context tests share: contrast and negation words, a unit's
sentence, whether it asks, is quoted or negated, and the first person before a frame.
"""

from __future__ import annotations

import re
from functools import cache

from moderation.policy.analysis import Analysis, Unit

CONTRAST = frozenset({"but", "pero", "though", "however", "aunque", "sin embargo", "yet"})


_FIRST_PERSON = frozenset({"i", "we", "yo", "nosotros", "i am", "i'm", "am"})
# Auxiliaries that may stand between the writer and their own verb of saying; after "been"
# only the progressive ("I have been saying"), since "I have been called X" reports others.
_AUXILIARIES = frozenset(
    {"have been", "had been", "have always been", "have", "have always", "had", "keep", "always"}
)
_OWN_SAYING = frozenset({"saying", "said", "telling", "warning", "writing", "arguing"})


def _own_saying_after(an: Analysis, k: int, aux: Unit) -> bool:
    """Unit k is the writer's own verb of saying with an auxiliary (`aux`, unit k - 1) between
    it and the writer."""
    said = an.units[k].text
    if aux.text not in _AUXILIARIES or said not in _OWN_SAYING or k < 2:
        return False
    if "been" in aux.text and not said.endswith("ing"):
        return False
    return an.units[k - 2].sentence == aux.sentence


def next_in_sentence(an: Analysis, u: Unit) -> Unit | None:
    """The unit after `u` in its sentence, or None at the sentence's end."""
    k = u.index + 1
    if k < len(an.units) and an.units[k].sentence == u.sentence:
        return an.units[k]
    return None


def units_in(an: Analysis, start: int, end: int) -> tuple[int | None, int]:
    """The first and last unit indexes overlapping [start, end) of the normalised text (first
    is None when no unit does): where a regex match over the text sits among the units."""
    first = None
    last = 0
    for u in an.units:
        if u.end > start and u.start < end:
            if first is None:
                first = u.index
            last = u.index
    return first, last


QUESTION_OPENERS = frozenset({"acaso", "y", "pero", "entonces", "so", "and", "but"})


# How far back in its sentence a frame is looked for: a frame holds up the words that follow
# it, not a group word sixty words on, and a pasted run-on "sentence" stays linear.
FRAME_REACH = 60


def sentence_initial(an: Analysis, k: int) -> bool:
    """Unit k opens its sentence (after at most a conjunction: "y pensar que ...")."""
    s = an.units[k].sentence
    j = k - 1
    if j >= 0 and an.units[j].sentence == s and an.units[j].text in ("y", "pero", "e"):
        j -= 1
    return j < 0 or an.units[j].sentence != s


# "¿No crees que ...?", "¿No te parece que ...?": the writer's view put as a question.
# After "no" in a question the plural asks the readers too ("¿No creen que los X ...?").
LEADING_ES = frozenset(
    {"crees que", "piensas que", "opinas que", "te parece que", "creen que", "piensan que",
     "opinan que", "les parece que", "creeis que", "pensais que", "os parece que", "dirias que",
     "dirian que"}
)  # fmt: skip


def first_person_before(an: Analysis, k: int) -> bool:
    """'I say', 'we said' (the writer's own words) are no frame; 'I can't believe' is, and so
    is 'I'm sick of hearing' (the writer weary of others' words)."""
    if k == 0:
        return False
    u = an.units[k - 1]
    if u.sentence != an.units[k].sentence:
        return False
    if _own_saying_after(an, k, u):
        u = an.units[k - 2]  # "I have been saying", "what we have always said"
    if u.text in _FIRST_PERSON or u.code == "I":
        text = an.units[k].text
        return not text.startswith(("can not believe", "cannot believe")) and not (
            text.endswith(("of hearing that", "of reading that"))
        )
    return False


def all_quoted(an: Analysis, first: int, last: int) -> bool:
    return all(an.units[k].quoted for k in range(first, last + 1))


def quote_closes(an: Analysis, first: int, last: int) -> int:
    """Where the claim in the match ends: the last unit of a quoted run of two or more units
    that names a group, when the quote closes inside the match ('"All X are Y" is a lie and
    dangerous'); otherwise `last`. What follows the closing quote is the writer's word about
    the quote, even when a broad match runs on over it."""
    units = an.units
    k = first
    while k <= last:
        if not units[k].quoted:
            k += 1
            continue
        j = k
        while j + 1 <= last and units[j + 1].quoted:
            j += 1
        run = units[k : j + 1]
        if j < last and len(run) >= 2 and any(u.code in ("G", "g") for u in run):
            return j
        k = j + 1
    return last


def negated_unit(an: Analysis, u: Unit) -> bool:
    k = u.index - 1
    if k >= 0 and an.units[k].sentence == u.sentence:
        prev = an.units[k]
        if prev.code == "N":
            return True
        # "not a racist", "no es homofobia", "no soy xenófobo": an article or a copula between
        if k >= 1 and an.units[k - 1].code == "N" and prev.code in ("A", "C"):
            return True
    return False


def marked_between(an: Analysis, a: int, b: int, marks: frozenset[str]) -> bool:
    """One of `marks` in the comment's text between unit a and unit b (past the last unit:
    the text's end). Readers differ in which marks end what they read, so each passes its own."""
    text = an.norm.text
    end = an.units[b].start if b < len(an.units) else len(text)
    return not marks.isdisjoint(text[an.units[a].end : end])


def context_phrase_in(an: Analysis, ctx: frozenset[str], u: Unit | None = None) -> bool:
    """A homonym's context phrase of several words ("pit bull", "cock-and-bull"), which the
    word units may split, found whole in the comment, its words joined by spaces or hyphens
    only, never across a sentence's end. A phrase that holds the word itself ("jerk chicken")
    clears only the unit `u` it covers: "You're a jerk, and your jerk chicken is dry" and "Stop
    being a jerk. Chicken wings are on me" still call someone a jerk."""
    text = an.norm.text
    for c in ctx:
        if " " not in c and "-" not in c:
            continue
        found = _phrase_regex(c).finditer(text)
        if u is not None and u.text in PHRASE_WORDS.split(c):
            if any(m.start() <= u.start < m.end() for m in found):
                return True
        elif next(found, None) is not None:
            return True
    return False


PHRASE_WORDS = re.compile(r"[ -]")


@cache
def _phrase_regex(phrase: str) -> re.Pattern[str]:
    body = r"[ -]+".join(re.escape(w) for w in PHRASE_WORDS.split(phrase))
    return re.compile(rf"(?<![\w'-]){body}(?![\w'-])")


def is_question(an: Analysis, first: int) -> bool:
    return an.asked(an.units[first].sentence)


# Spanish openers that make their sentence a question expecting a yes to its negation ("¿Acaso
# los X no son ...?", "A poco no son ..."): they ask by themselves, so the "?" comments often
# drop is not needed ("Acaso los X no son lo peor"), as English "Aren't X ..." asks by its order.
ASKING_OPENERS_ES = frozenset({"acaso", "y acaso", "a poco", "y a poco"})
_LEAD_INS = frozenset({"y", "pero", "entonces"})


def asked_by_opener(an: Analysis, first: int) -> bool:
    """The sentence of unit `first` opens with "acaso" or "a poco", or with "y" / "pero" and
    then one of them ("¿Y acaso ...?"): a question, "?" or not."""
    run = an.sentence_run(first)
    if len(run) > 1 and run[0].text in _LEAD_INS:
        run = run[1:]
    return run[0].text in ASKING_OPENERS_ES


def quoted_in(an: Analysis, first: int, last: int) -> bool:
    return any(an.units[k].quoted for k in range(first, last + 1))


NEGATIONS = frozenset({"not", "no", "never", "nunca", "ningun", "ninguna", "ni"})


PUNCT = re.compile(r"[,;:()]")
