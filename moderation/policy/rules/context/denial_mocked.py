"""A denial mocked by "don't tell me": "No me digan que los X no Y", "Don't tell me X don't Y".

Why: the imperative "no me digan que" / "don't tell me" waves a denial away as absurd, so the
line after it, with its own "no", asserts the claim: "No me digan que los X no controlan los
bancos" says they do. The shared guards read "digan que" as a report and the "no" inside the
match as a negation, and both would let it pass.

The lead waves away only the clause it introduces: in "Don't tell me the Holocaust was real,
the Holocaust never happened" the denial is a second clause, asserted, and a "no" of another
phrase ("... controlan los bancos y no los masones") is no denial of the trope's verb.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.context.sentence_bounds import sentence_start

# The imperative that mocks what follows, at the end of the text before the group: it opens its
# sentence (or follows "y", "pero", "ahora", "and", "so"). A question ("¿no me vas a decir que
# ...?") asks and is left out.
_MOCKING_LEAD = re.compile(
    r"(?:^|[,;:¡] ?)\s*(?:(?:y|pero|ahora|and|so|oh|please|ah) )?"
    r"(?:(?:que )?no me (?:digas|digan|diga|vengas|vengan|venga) (?:con )?(?:que|q)|"
    r"(?:don'?t|do not) (?:you )?(?:(?:try to |even )?tell me|pretend)(?: that)?|"
    r"you can'?t tell me(?: that)?) $"
)
_SENTENCE_END = re.compile(r"[.!?\n]")
_ARTICLE_AT_END = re.compile(r"(?:\b(?:los|las|el|la|the|all)\s+)$")

# What closes the clause the lead introduces: a comma, semicolon, colon or dash, or a new
# subject ("... happened it was a hoax", "... real, eso fue una farsa"). A relative clause set
# off by commas ("the Holocaust, which ..., never happened") keeps the clause open.
_CLAUSE_BREAK = re.compile(r"[,;:]| - | -- |\u2014")
_ASIDE = re.compile(r", (?:which|who|that|que|el cual|la cual|quien)\b[^,;:.!?]*,")
_NEW_SUBJECT = re.compile(
    r"\b(?:it|this|that|they|these|those|eso|esto|ellos)"
    r" (?:is|was|were|are|never|did|didn'?t|wasn'?t|isn'?t|fue|es|era|son|fueron|nunca|no|jamas)\b"
    r"|\b(?:it'?s|that'?s|thats)\b"
)

# ... but a clause that is one more thing the lead waves away ("..., or that it was made up",
# "..., ni que fue un invento", "..., or a hoax") stays under it.
_STILL_LED_AFTER = re.compile(
    r"[,;:\s\-\u2014]*(?:(?:or|nor|o|ni|and|y) (?:that|que)\b|(?:or|nor|o|ni)\b)"
)
_STILL_LED_BEFORE = re.compile(r"\b(?:that|que)\s*$")


def mocking_lead_before(an: Analysis, first: int) -> bool:
    """The text before unit `first` in its sentence is the mocking imperative
    (`_MOCKING_LEAD`) and an article at most, and the sentence is no question."""
    text = an.norm.text
    start = an.units[first].start
    stop = _SENTENCE_END.search(text, start)
    if stop is not None and stop.group(0) == "?":
        return False  # "¿No me digan que los X no ...?" may ask in earnest
    before = _ARTICLE_AT_END.sub("", text[sentence_start(text, start) : start])
    return _MOCKING_LEAD.search(before) is not None


def later_clause(an: Analysis, first: int, end: int) -> int | None:
    """The first unit of the last clause in the text from unit `first` to offset `end`, or
    None when that text stays in one clause: a clause break (`_CLAUSE_BREAK`) once asides are
    set by, a new subject (`_NEW_SUBJECT`), or a second mention of the word at `first` or of a
    group opens a clause."""
    units = an.units
    base = units[first].start
    span = an.norm.text[base:end]
    span = _ASIDE.sub(lambda a: " " * len(a.group(0)), span)
    cut = -1
    for rx in (_CLAUSE_BREAK, _NEW_SUBJECT):
        for b in rx.finditer(span):
            if not _STILL_LED_AFTER.match(span, b.start()) and not _STILL_LED_BEFORE.search(
                span, 0, b.start()
            ):
                cut = max(cut, b.start() + base)
    head = units[first].text
    for u in units[first + 1 :]:
        if u.start >= end:
            break
        if u.text == head or u.code in ("G", "g"):
            cut = max(cut, u.start)  # "the Holocaust was real the Holocaust never happened"
    if cut < 0:
        return None
    return next((u.index for u in units[first + 1 :] if cut <= u.start < end), None)


def in_lead_clause(an: Analysis, first: int, end: int) -> bool:
    """The text from unit `first` to offset `end` stays in one clause (`later_clause`)."""
    return later_clause(an, first, end) is None


# Units that cannot be the trope's verb after the negation, or its subject before it: an
# article, a group, a conjunction, another negation ("... los bancos y no los masones").
_NOT_A_VERB = frozenset({"A", "G", "g", "B", "N"})
_THAT = frozenset({"que", "that", "q"})  # "ni que ...": one more thing waved away


def denial_mocked(an: Analysis, first: int, last: int) -> bool:
    """The match of units `first`..`last` holds one negation, after its first unit and right
    before the trope's verb, in the clause the mocking imperative leads: the denial is waved
    away and the claim asserted."""
    units = an.units
    negations = [k for k in range(first, last + 1) if units[k].code == "N"]
    if len(negations) != 1 or negations[0] in (first, last):
        return False
    n = negations[0]
    after = units[n + 1]
    if after.code in _NOT_A_VERB or after.text in _THAT or units[n - 1].code == "B":
        return False  # "controlan los bancos y no los masones": "no" of another phrase
    if not in_lead_clause(an, first, units[n].start):
        return False
    return mocking_lead_before(an, first)
