"""The writer's hatred of a group said without "I hate": owned as a noun ("I have nothing but
hate for X", "all my contempt goes to X" is left to others) or given as one more reason ("One
more reason to hate X", "Yet another reason to despise X"). "Lots of hate for X in this
thread", "there's no reason to hate X" and "the reason people hate X is propaganda" tell of
others' hatred or refuse it, and stay approved."""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.context import is_question
from moderation.policy.rules.context.said_after import speaker_named_after

_TOWARD = frozenset({"for", "toward", "towards", "against"})
_ARTICLES = frozenset({"the", "all", "all the", "those", "these"})
# Just before the noun: the writer's own ("nothing but hate", "only hate", "my hate").
_OWNING = frozenset({"nothing but", "only", "my", "our", "all my"})
# Just before "reason": another one added to the writer's tally.
_ONE_MORE = frozenset({"more", "one more", "another", "yet another", "just another"})
# Words that may open the sentence before the tally ("And one more reason ...").
_OPENERS = frozenset({"and", "so", "just", "yet", "well", "one", "here", "here's", "heres"})
_NOUNS = frozenset({"hate", "hatred", "contempt", "disgust", "loathing"})
_VERBS = frozenset({"hate", "despise", "loathe", "detest", "fear"})


def _group_after(an: Analysis, k: int, sentence: int) -> int | None:
    """The group unit at `k`, or at `k + 1` after an article, in `sentence`."""
    for j in (k, k + 1):
        if j >= len(an.units) or an.units[j].sentence != sentence:
            return None
        u = an.units[j]
        if u.code == "G":
            return j
        if u.text not in _ARTICLES:
            return None
    return None


def _negated_before(an: Analysis, h: int) -> bool:
    sentence = an.units[h].sentence
    return any(
        x.code == "N" or x.text in ("no", "not", "never")
        for x in an.units[:h]
        if x.sentence == sentence
    )


def _owned_noun(an: Analysis, h: Unit) -> tuple[int, int] | None:
    """ "I have nothing but hate for X": a first person, then "nothing but"/"my", the noun,
    "for", the group."""
    k, s = h.index, h.sentence
    if h.text not in _NOUNS or k == 0 or an.units[k - 1].text not in _OWNING:
        return None
    if k + 1 >= len(an.units) or an.units[k + 1].text not in _TOWARD:
        return None
    g = _group_after(an, k + 2, s)
    if g is None:
        return None
    before = [x for x in an.units[:k] if x.sentence == s]
    if not any(x.code == "I" or x.text in ("my", "our") for x in before):
        return None
    return before[0].index, g


def _one_more_reason(an: Analysis, h: Unit) -> tuple[int, int] | None:
    """ "One more reason to hate X": the sentence opens with the tally, then "to", the verb,
    the group."""
    k, s = h.index, h.sentence
    if h.text not in _VERBS or k < 3 or an.units[k - 1].text != "to":
        return None
    reason, tally = an.units[k - 2], an.units[k - 3]
    if reason.text not in ("reason", "reasons") or tally.text not in _ONE_MORE:
        return None
    before = [x for x in an.units[: tally.index] if x.sentence == s]
    if any(x.text not in _OPENERS for x in before):
        return None  # "the report gives one more reason to hate X": someone else's case
    g = _group_after(an, k + 1, s)
    if g is None:
        return None
    return (before[0].index if before else tally.index), g


def hatred_owned(an: Analysis) -> tuple[int, int] | None:
    """(first, last) units of the writer's hatred owned as a noun or tallied as a reason, in
    a sentence that is no question, holds no negation before it and names no other speaker."""
    if an.lang == "es":
        return None
    for h in an.units:
        if h.code != "H":
            continue
        found = _owned_noun(an, h) or _one_more_reason(an, h)
        if found and not is_question(an, h.index) and not _negated_before(an, h.index):
            if speaker_named_after(an, found[1]):
                return None  # "..., according to the trolls here": someone else's words
            return found
    return None
