"""Claims about a group that the writer makes in a roundabout form, restated plainly and
screened again: a report the writer then agrees with ("A man said X are savages. True."), a
group put first and taken up by "they" ("The X next door, they are pigs"), a pretence
refused ("I won't pretend X are anything but parasites"), a praise refused ("X are anything
but honest") and a sentence about "they" right after one that names a group.

The plain claim is screened by the whole engine (rules only), so what counts as hateful is
what the other rules already say of "X are ...": these shapes add no word list of their own,
and a report followed by disagreement, or a kind thing said after the comma, stays approved.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextvars import ContextVar

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.context.said_after import AGREES_ES
from moderation.policy.types import Category, Submission

# Set while a restated claim is screened: the inner screen reads no restatements of its own.
_INSIDE: ContextVar[bool] = ContextVar("hate_hinted_inside", default=False)

# A verb that reports someone else's words or belief.
_REPORT_VERBS = frozenset(
    {"said", "says", "say", "told me", "told us", "tells me", "claims", "claimed", "thinks",
     "believes", "wrote", "posted", "insists", "insisted", "swears", "argued", "argues",
     "keeps saying", "kept saying", "yelled", "shouted", "reckons",
     "dice", "dijo", "dicen", "dijeron", "dice que", "dijo que", "dicen que", "dijeron que",
     "cree que", "piensa que", "asegura que", "afirma que", "opina que", "me dijo que"}
)  # fmt: skip
# The next sentence, whole, as the writer's own agreement (in Spanish, `said_after.AGREES_ES`
# and the short replies).
_AGREEMENT = re.compile(
    r"^(?:(?:and |but |sadly |honestly |well )?(?:true|so true|very true|sad but true|facts?|"
    r"agreed|i agree|exactly|correct|truth|the truth|spot on|yep|yes|yup|100|preach|"
    r"(?:he|she|they|the man|the guy|the woman) (?:is|was|are|were) (?:right|correct|not wrong|"
    r"spot on|onto something)|(?:he|she) (?:has|had) a point|(?:i )?(?:can not|cannot) argue "
    r"with that|hard to argue|(?:and |yes |yeah |well )?they (?:are|really are|sure are|"
    r"truly are|definitely are)|(?:it is|that is) (?:true|the truth|a fact|facts)|no lie|"
    r"not wrong)(?: tbh| honestly| though| lol)?)$|"
    r"^(?:y |pues )?(?:lo son|si lo son|claro que lo son|cierto|verdad|asi es|exacto|de acuerdo|"
    rf"{AGREES_ES})$"
)
AGREED = "a report the writer agrees with"
# Unit texts of "they" and of the copula after it.
_THEY = frozenset({"they"})
_PRETEND = frozenset({"pretend", "pretending"})
_REFUSAL = frozenset(
    {"not", "refuse to", "refuse", "stop", "quit", "never", "no longer", "no more", "cannot"}
)
# A clause joined to one about the group ("X were savages then and they are savages now").
_JOINS = frozenset({"and", "but", "so", "because", "cause", "since"})
# Words between "pretend" and the group ("pretend that the Somalis are ...").
_FILLERS = frozenset({"that", "the", "these", "those", "all", "all the"})
_COPULA = frozenset({"are", "is", "were"})
_BUT = frozenset({"but", "other than", "except", "besides"})
# "They" reaching back this many units into the sentence before for its group: its subject
# ("Some people attacked Muslims. They ..." speaks of the attackers).
_SUBJECT_REACH = 2
# A group put first and taken up by "they" this many units later.
_DISLOCATION_REACH = 12


def _word(an: Analysis, u: Unit, groups: set[int]) -> str:
    """A unit's text, a group word as typed (capitals tell a people from a common noun)."""
    if u.index in groups:
        start, end = an.span(u.index, u.index)
        return an.norm.original[start:end]
    return u.text


def _sentences(an: Analysis) -> list[tuple[Unit, ...]]:
    return [an.units[first : first + len(codes)] for first, codes in an.sentences]


def _hateful(claim: str, lang: str) -> bool:
    """A rule of the engine flags `claim` for hate on its own."""
    from moderation.policy.decide import screen  # the engine screening its own restatement

    token = _INSIDE.set(True)
    try:
        verdict = screen(Submission(claim, lang=lang), blog_model=False)
    finally:
        _INSIDE.reset(token)
    # a rule's finding, not the small model's (it reads "X are neighbours" as hate too)
    return any(
        f.category == Category.HATE and not f.rule.startswith("model.") for f in verdict.findings
    )


def restatements(an: Analysis, groups: set[int]) -> Iterator[tuple[int, int, str, str]]:
    """(first unit, last unit, plain claim, what) of each roundabout claim about a group."""
    if _INSIDE.get():
        return
    sentences = _sentences(an)
    for s, run in enumerate(sentences):
        if not run:
            continue
        yield from _affirmed(an, groups, sentences, s)
        yield from _dislocated(an, groups, run)
        yield from _refused(an, groups, sentences, s)
        yield from _carried(an, groups, sentences, s)


def _affirmed(
    an: Analysis, groups: set[int], sentences: list[tuple[Unit, ...]], s: int
) -> Iterator[tuple[int, int, str, str]]:
    """A report of someone's words about a group, then a sentence of agreement."""
    run = sentences[s]
    if s + 1 >= len(sentences) or not sentences[s + 1]:
        return
    if not any(u.text in _REPORT_VERBS for u in run):
        return  # no report, nothing to agree with (asked first: joining the answer costs more)
    answer = " ".join(u.text for u in sentences[s + 1])
    if not _AGREEMENT.match(answer):
        return
    for j, u in enumerate(run):
        if u.text in _REPORT_VERBS:
            rest = run[j + 1 :]
            if rest and rest[0].text in ("that", "que"):
                rest = rest[1:]
            if not any(r.index in groups for r in rest):
                return
            claim = " ".join(_word(an, r, groups) for r in rest)
            yield rest[0].index, sentences[s + 1][-1].index, claim, AGREED
            return


def _dislocated(
    an: Analysis, groups: set[int], run: tuple[Unit, ...]
) -> Iterator[tuple[int, int, str, str]]:
    """A group named first in the sentence, then a comma or "and" and "they" with what they
    are."""
    text = an.norm.text
    heads = [i for i, u in enumerate(run[:5]) if u.index in groups]
    if not heads:
        return
    head = heads[0]
    for t in range(head + 2, min(len(run) - 1, head + _DISLOCATION_REACH)):
        joined = "," in text[run[t - 1].end : run[t].start] or run[t - 1].text in _JOINS
        if run[t].text in _THEY and joined:
            claim = " ".join(
                [_word(an, run[head], groups)] + [_word(an, u, groups) for u in run[t + 1 :]]
            )
            yield run[head].index, run[-1].index, claim, "a group taken up by 'they'"
            return


def _refused(
    an: Analysis, groups: set[int], sentences: list[tuple[Unit, ...]], s: int
) -> Iterator[tuple[int, int, str, str]]:
    """A refused pretence, "won't pretend X are anything but Y" (read as X are Y), or a
    refused praise, "X are anything but Y" (X are not Y); X a group or "they" for the last
    group named before."""
    run = sentences[s]
    words = [u.text for u in run]
    for i in range(len(run) - 3):
        if words[i + 1] not in _COPULA:
            continue
        k = i + 2
        if k < len(run) and words[k] == "not":
            k += 1
        if k + 2 > len(run) or words[k] != "anything" or words[k + 1] not in _BUT:
            continue
        subject = _subject(an, groups, sentences, s, run[i])
        if subject is None or k + 2 >= len(run):
            continue
        j = i - 1
        while j >= 0 and words[j] in _FILLERS:
            j -= 1
        pretence = j >= 0 and words[j] in _PRETEND
        if pretence:
            before = words[max(0, j - 3) : j]
            if not any(w in _REFUSAL for w in before):
                continue
            copula = "are"
        else:
            copula = "are not"
        rest = " ".join(_word(an, u, groups) for u in run[k + 2 :])
        what = "a refused pretence" if pretence else "a refused praise"
        yield run[max(0, i - 4)].index, run[-1].index, f"{subject} {copula} {rest}", what
        return


def _subject(
    an: Analysis,
    groups: set[int],
    sentences: list[tuple[Unit, ...]],
    s: int,
    u: Unit,
) -> str | None:
    """The group a subject names: itself, or for "they" the last group named before it."""
    if u.index in groups:
        return _word(an, u, groups)
    if u.text not in _THEY:
        return None
    before = [k for k in groups if k < u.index]
    return _word(an, an.units[max(before)], groups) if before else None


def _carried(
    an: Analysis, groups: set[int], sentences: list[tuple[Unit, ...]], s: int
) -> Iterator[tuple[int, int, str, str]]:
    """A sentence that opens with "they" right after one that names a single group."""
    run = sentences[s]
    if s == 0 or len(run) < 3 or run[0].text not in _THEY or not sentences[s - 1]:
        return
    if any(u.index in groups for u in run):
        return
    before = sentences[s - 1]
    heads = [u for u in before[:_SUBJECT_REACH] if u.index in groups]
    if len(heads) != 1 or sum(u.index in groups for u in before) != 1:
        return
    # "they" may take up someone else in a second clause ("Refugees rent basements and the
    # slumlords squeeze them. They are disgusting."): one clause only
    clause = an.norm.text[before[0].start : before[-1].end]
    if any(u.text in _JOINS for u in before) or "," in clause:
        return
    claim = " ".join([_word(an, heads[0], groups)] + [_word(an, u, groups) for u in run[1:]])
    yield run[0].index, run[-1].index, claim, "a claim about 'they' for a group just named"


def hateful(an: Analysis, claim: str) -> bool:
    """The plain claim is hateful by the engine's own rules."""
    return _hateful(claim, an.lang)
