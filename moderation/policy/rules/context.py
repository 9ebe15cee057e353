"""Context tests shared by the rules: negation, quotation, reporting frames, counter-speech.

These decide when words that look hateful are someone else's words being condemned, a
negated claim, or a report, which the policy protects.
"""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit

_FIRST_PERSON = frozenset({"i", "we", "yo", "nosotros", "i am", "i'm", "am"})
_NEG_WINDOW = 3
_CLAUSE_WORDS = frozenset({"that", "que", "but", "pero", "because", "porque"})


def endorsed(an: Analysis) -> bool:
    """The writer signals agreement or a "not racist, but" hedge: claims are their own."""
    return any(u.has("endorse") and not u.quoted for u in an.units)


def negated_before(an: Analysis, first: int) -> bool:
    """A negation shortly before the match, in the same sentence ("not all X are ...")."""
    sentence = an.units[first].sentence
    for k in range(first - 1, max(-1, first - 1 - _NEG_WINDOW), -1):
        u = an.units[k]
        if u.sentence != sentence or u.text in _CLAUSE_WORDS:
            break
        if u.code == "N" or u.text in ("not", "no", "never"):
            return True
    return False


def report_frame_before(an: Analysis, first: int) -> bool:
    """Someone else's words or a claim under discussion: "people who say", "the myth that"."""
    sentence = an.units[first].sentence
    k = first - 1
    while k >= 0 and an.units[k].sentence == sentence:
        u = an.units[k]
        if u.has("report") and k > 0 and an.units[k - 1].code == "M":
            k -= 1
            continue  # "should be considered ...": the writer's own claim
        if u.has("report") and not _first_person_before(an, k):
            # "Do you agree that X are ...?" with nothing condemning it is a leading question
            if u.text.startswith(("you ", "do you")) and is_question(an, first):
                return condemned_elsewhere(an, first, first)
            return True
        k -= 1
    return False


def _first_person_before(an: Analysis, k: int) -> bool:
    """'I say', 'we said' (the writer's own words) are no frame; 'I can't believe' is."""
    if k == 0:
        return False
    u = an.units[k - 1]
    if u.sentence != an.units[k].sentence:
        return False
    if u.text in _FIRST_PERSON or u.code == "I":
        return not an.units[k].text.startswith(("can not believe", "cannot believe"))
    return False


def all_quoted(an: Analysis, first: int, last: int) -> bool:
    return all(an.units[k].quoted for k in range(first, last + 1))


def condemned_elsewhere(an: Analysis, first: int, last: int) -> bool:
    """Words condemning hateful speech outside the match (counter-speech)."""
    for u in an.units:
        if first <= u.index <= last:
            continue
        if u.has("condemn") and not _negated_unit(an, u):
            return True
    return False


def _negated_unit(an: Analysis, u: Unit) -> bool:
    k = u.index - 1
    if k >= 0 and an.units[k].sentence == u.sentence:
        prev = an.units[k]
        if prev.code == "N":
            return True
        if k >= 1 and an.units[k - 1].code == "N" and prev.code == "A":
            return True
    return False


def is_question(an: Analysis, first: int) -> bool:
    s = an.units[first].sentence
    return s < len(an.sentence_ends) and an.sentence_ends[s]


def counter_speech(an: Analysis, first: int, last: int) -> bool:
    """True when the match is quoted, reported or condemned rather than asserted."""
    if endorsed(an):
        return False
    if all_quoted(an, first, last):
        return True
    if report_frame_before(an, first):
        return True
    return bool(condemned_elsewhere(an, first, last))


def suppressed(an: Analysis, first: int, last: int, *, allow_negation: bool = False) -> bool:
    if not allow_negation and negated_before(an, first):
        return True
    return counter_speech(an, first, last)
