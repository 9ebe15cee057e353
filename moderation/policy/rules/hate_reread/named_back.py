"""A group named in one clause or sentence and attacked through "they" or "them" in a later
one ("I met some X at work. They are such parasites.", "X keep coming, but they are nothing but
a plague."): the analysis already reads the pronoun as the group, but rules that look for the
group's own word miss it. The sentence is re-read with the group's word in place of each such
pronoun, so the other hate rules read "X are such parasites."; its negations, counter-speech and
the rest of the comment stay as written ("They are not vermin" stays a denial).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from moderation.policy.analysis import Analysis, Unit, group_named_before
from moderation.policy.rules.hate_generalised.pronoun import whole_group_they
from moderation.policy.rules.hate_reread.singular import plural_en

_PRONOUNS = frozenset({"they", "them"})


def _passed(u: Unit) -> bool:
    """A group word the swap may not put back: a quoted one, or a pronoun."""
    return u.quoted or u.text in _PRONOUNS


def named_back(an: Analysis, s: int, start: int, end: int) -> Iterator[str]:
    """Sentence `s` (its original text at [start, end)) with each "they"/"them" the analysis
    reads as a group put back as the group's word, or nothing when it has none."""
    base, codes = an.sentences[s]
    if "G" not in codes:
        return
    original = an.norm.original
    swaps: list[tuple[int, int, str]] = []
    for u in an.units[base : base + len(codes)]:
        if u.code != "G" or u.text != "they" or u.quoted:
            continue
        if an.span(u.index, u.index)[0] != start:
            continue  # only a "they" opening its sentence: "... until they got to the desert"
        if not whole_group_they(an, u):
            continue  # a few counted or owned members: "Two X moved in next door. They ..."
        back = group_named_before(an.units, u.index, passed=_passed)
        if back is None:
            continue
        a, b = an.span(u.index, u.index)
        g0, g1 = an.span(back.index, back.index)
        word = original[g0:g1]
        if a == start:
            word = word[:1].upper() + word[1:]
        swaps.append((a, b, word))
    if not swaps:
        return
    plain = original[start:end]
    for a, b, word in reversed(swaps):
        plain = plain[: a - start] + word + plain[b - start :]
    yield plain


# A pronoun said to be a member of a group: "they are just X after all", "she's a X". The
# other clauses the same pronoun opens are then said of the group ("Of course she is useless,
# she is a X" reads "Of course X are useless").
_SUBJECTS = frozenset({"they", "he", "she"})
_COPULAS = re.compile(
    r"(?:is|are|was|were)(?: (?:just|only|all|simply|nothing but|nothing more "
    r"than|merely|still))?"
)
# What may follow the group in that clause and keep it a bare membership: not "a woman who
# ...", "Muslims from ...", "immigrants in ...", which describe one person or a few.
_DESCRIBED = frozenset(
    {"who", "that", "from", "in", "with", "of", "at", "whose", "which", "like", "working",
     "living", "born", "and", "or", "too", "herself", "himself", "themselves", "myself", "but",
     "though", "although", "however", "yet"}
)  # fmt: skip
_PLURAL_VERBS = {"is": "are", "has": "have", "does": "do"}
# A clause of one past event ("he was rude to me") tells of the person, not of the group.
_PAST = frozenset({"was", "were", "did", "had", "said", "told", "went", "came", "got"})
# The writer setting the membership aside: "... but that has nothing to do with it".
_ASIDE = re.compile(
    r"\b(?:nothing to do with|irrelevant|does not matter|not because|"
    r"regardless of|no matter)\b"
)


def _membership(an: Analysis) -> tuple[int, Unit] | None:
    """(the pronoun unit, the group unit) of the comment's first "PRONOUN is (a) X" clause."""
    units = an.units
    for k, u in enumerate(units[:-2]):
        if u.text not in _SUBJECTS or u.quoted or not _COPULAS.fullmatch(units[k + 1].text):
            continue
        j = k + 2
        while j < len(units) and units[j].code == "A" and j < k + 5:
            j += 1
        if j >= len(units) or units[j].code not in ("G", "g") or not units[j].has("G"):
            continue
        if units[j].sentence != u.sentence or units[j].quoted:
            continue
        after = units[j + 1] if j + 1 < len(units) else None
        if after is not None and after.sentence == u.sentence and after.text in _DESCRIBED:
            continue
        return k, units[j]
    return None


def identified(an: Analysis) -> Iterator[tuple[str, int, int]]:
    """(the comment re-read, start, end of the re-read words) when a pronoun is said to be a
    member of a group and the same pronoun opens another clause: that clause's pronoun put as
    the group, in the plural."""
    found = _membership(an)
    if found is None or _ASIDE.search(an.norm.text):
        return
    k, group = found
    pronoun = an.units[k].text
    original = an.norm.original
    g0, g1 = an.span(group.index, group.index)
    word = original[g0:g1]
    plural = word if pronoun == "they" else _plural(word)
    swaps: list[tuple[int, int, str]] = []
    last = 0
    for u in an.units:
        if u.text != pronoun or u.index == k or u.quoted:
            continue
        if abs(u.sentence - an.units[k].sentence) > 1:
            continue
        a, b = an.span(u.index, u.index)
        verb = an.units[u.index + 1] if u.index + 1 < len(an.units) else None
        if verb is not None and verb.text.split()[0] in _PAST:
            continue
        if (
            verb is not None
            and pronoun != "they"
            and verb.text in _PLURAL_VERBS
            and verb.sentence == u.sentence
        ):
            b = an.span(verb.index, verb.index)[1]
            plural = f"{plural} {_PLURAL_VERBS[verb.text]}"
        swaps.append((a, b, plural))
        plural = word if pronoun == "they" else _plural(word)
        last = u.sentence
    if not swaps:
        return
    text = original
    for a, b, said in reversed(swaps):
        if a == 0 or original[:a].rstrip().endswith((".", "!", "?")):
            said = said[:1].upper() + said[1:]
        text = text[:a] + said + text[b:]
    base, codes = an.sentences[last]
    end = an.span(base + len(codes) - 1, base + len(codes) - 1)[1]
    yield text, swaps[0][0], end + len(text) - len(original)


def _plural(word: str) -> str:
    """ "trans person" -> "trans people": the last word in the plural."""
    head, _, last = word.rpartition(" ")
    return f"{head} {plural_en(last)}" if head else plural_en(last)


# A group named by a relative clause ("people who are gay", "anyone who is disabled"): the
# analysis reads "people who" as a frame of report ("people who say ..."), so the rules do not
# see the group. Re-read as the group's plural ("gay people"), the verb after it made plural
# when the head was one person ("anyone who is X is ..." as "X people are ...").
_WHO_ARE = re.compile(
    r"\b(?:(?:the|all|any|most|those) )?(?P<head>people|folks|persons|anyone|anybody|someone|"
    r"somebody|everyone|everybody|those|men|women|kids|children|guys) (?:who|that) "
    r"(?:are|is|'re|'s) (?:all |just |openly |actually )?(?P<adj>[a-z]+)\b(?! (?:and|or|in|at|"
    r"to|of|about|for|with|from|enough|than))",
    re.IGNORECASE,
)
_ONE = frozenset({"anyone", "anybody", "someone", "somebody", "everyone", "everybody"})
_ONE_VERB = re.compile(r"^(\W*)\b(is|was|has|does|isn't|doesn't)\b", re.IGNORECASE)
_ONE_PLURAL = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't",
               "doesn't": "don't"}  # fmt: skip


def who_are(said: str) -> tuple[str, str] | None:
    """(`said` with its "people who are X" as "X people", the X) or None when it has none."""
    m = _WHO_ARE.search(said)
    if m is None:
        return None
    head = m["head"].lower()
    noun = head if head in ("men", "women", "kids", "children", "guys", "folks") else "people"
    rest = said[m.end() :]
    if head in _ONE:
        rest = _ONE_VERB.sub(lambda v: v[1] + _ONE_PLURAL[v[2].lower()], rest, count=1)
    return f"{said[: m.start()]}{m['adj']} {noun}{rest}", f"{m['adj']} {noun}"


_YOU_END = re.compile(r"\byou\s+$", re.IGNORECASE)


def addressed(an: Analysis, s: int, start: int, end: int) -> str | None:
    """Sentence `s` (its original text at [start, end)) with "you" dropped before a group it
    addresses ("Why do you X always lie?" as "Why do X always lie?"), or None."""
    base, codes = an.sentences[s]
    units = an.units[base : base + len(codes)]
    # the run's own sentence number: past an empty sentence ("Wow!! Why do you X ...?") it
    # parts from `s`, the run's position
    if not an.asked(units[0].sentence):
        return None  # a question only: "Don't let anyone tell you X are dangerous"
    for u, nxt in itertools.pairwise(units):
        if u.text.split()[-1] != "you" or nxt.code != "G" or not nxt.has("G") or nxt.quoted:
            continue
        if nxt.text in _PRONOUNS or not nxt.text.endswith(("s", "people", "men", "folk")):
            continue
        original = an.norm.original
        a = an.span(u.index, u.index)[0]
        b = an.span(nxt.index, nxt.index)[0]
        before = _YOU_END.sub("", original[a:b])  # "Why do you " as "Why do "
        if before != original[a:b]:
            return original[start:a] + before + original[b:end]
    return None
