"""`hate.reread` (clause `hate`): English hate that the other hate rules miss only because of
how it is worded, found by reading the comment again in plain words and asking them.

Six re-readings, each of one sentence, with the rest of the comment kept as written (so a
group named before, a denial or counter-speech around it, still count); the plain words are in
`plain`, the questions' statements in `questions`:

- profanity used as an intensifier is dropped: "X need to get the fuck out", "who the hell
  wants X around?" read as "X need to get out", "who wants X around?";
- a question is read as the statement it presumes: "Why do X lie so much?" as "X lie so
  much.", "Why can't X be normal?" as "X can not be normal.", and a yes/no question that
  expects "no" ("Can X even think?", "Do X ever work?") as "X can not think.", "X never
  work."; a question the writer answers with a denial ("They don't.") is left as asked;
- "don't have" and "lack" read as "have no", "have no idea how to" as "do not know how to",
  the words the lexicon's predicates use ("X don't have souls" as "X have no souls");
- a challenge to find a member without a fault read as the claim that all have it ("I've yet
  to meet an X who isn't a liar" as "Every X is a liar.");
- Spanish: someone's saying the writer sides with right after it ("Mi suegra dice que los X
  roban, y tiene razón", "... . Y nunca se equivocaba") is read as the saying, and a habit in a
  periphrasis ("se la pasan robando", "se dedican a robar") as the present (`sided_es`); a
  relative's saying told in the present and disputed nowhere ("Mi tío dice que los X son
  ladrones.", `told_es`), a bigotry label fended off for saying a line ("A uno le dicen racista
  por decir que ...", `fended_es`) and a people's worth denied ("Un X honrado no existe.",
  `worth_asked_es`) are read as the line, and what a people is put first ("Cucarachas, eso
  son los X.", "El cáncer de este país son los X.") as the plain copula (`fronted_es`);
- a group picked up again by "every single one", "the lot of them" at the end of a clause is
  read as "them", which the analysis resolves to the group ("I know many X and I hate every
  single one").

A hit of another hate rule inside the re-read sentence holds the comment (never rejects: the
re-reading is ours, a moderator reads it).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator
from itertools import islice

from moderation.policy.analysis import Analysis, Unit, analyse
from moderation.policy.rules import Hit, Rule, all_rules, rule
from moderation.policy.rules.hate_reread.answered_against import answered_against
from moderation.policy.rules.hate_reread.carried import (
    carried,
    dotted_words,
    undotted,
    without_extra_group,
)
from moderation.policy.rules.hate_reread.fended_es import said_for_label_es
from moderation.policy.rules.hate_reread.fronted_es import fronted_es, inverted_es
from moderation.policy.rules.hate_reread.named_back import (
    addressed,
    identified,
    named_back,
    who_are,
)
from moderation.policy.rules.hate_reread.plain import (
    CHALLENGE_MET,
    CLAIM_DENIED_WORDS,
    CLEFT_WORDS,
    INFIX,
    INFIX_WORDS,
    NO_IDEA,
    NO_IDEA_WORDS,
    NOT_HAVE,
    NOT_HAVE_WORDS,
    PICKED_UP,
    PICKED_UP_END,
    challenged,
    claim_denied,
    clefted,
    echo_agreed,
    folded,
    have_no,
    may_hold,
    unmarked_question,
)
from moderation.policy.rules.hate_reread.questions import ANSWERED_NO, presumed
from moderation.policy.rules.hate_reread.sided_es import HABIT_WORDS, habit_es, sided_report_es
from moderation.policy.rules.hate_reread.singular import (
    none_ever_es,
    plural_reading_en,
    plural_reading_es,
)
from moderation.policy.rules.hate_reread.slur_named_es import slur_named_es
from moderation.policy.rules.hate_reread.swearing_es import WORDS as SWEARING_WORDS
from moderation.policy.rules.hate_reread.swearing_es import without_swearing_es
from moderation.policy.rules.hate_reread.told_es import told_now_es
from moderation.policy.rules.hate_reread.typical import WORDS as TYPICAL_WORDS
from moderation.policy.rules.hate_reread.typical import typical_habit
from moderation.policy.rules.hate_reread.worth_asked_es import worth_denied_es, worth_stated_es
from moderation.policy.types import Category, Submission

_ID = "hate.reread"
_HOLD = 0.75
_MIN_SCORE = 0.5  # what the rules' hits must reach to hold on their own
_SKIPPED_RULES = frozenset({_ID})
_BROAD = "hate.broad"


@functools.cache
def _hate_rules() -> tuple[Rule, ...]:
    """The hate rules a re-read sentence is asked of, in the screen's order; the registry is
    filled once at import, so the tuple is made once, not for every re-reading."""
    return tuple(
        r for r in all_rules() if r.category == Category.HATE and r.id not in _SKIPPED_RULES
    )


@functools.lru_cache(maxsize=1024)
def _names_group(text: str, lang: str) -> bool:
    """Whether `text` (a dotted word joined) is a protected group's word. Remembered: the
    same few are met again and again ("US" of "U.S.", "eg" of "e.g."), and each asks the whole
    analysis of its word (the lexicon is loaded once and never changes)."""
    return any(u.code == "G" and u.has("G") for u in analyse(text, lang).units)


def _sentence_span(an: Analysis, run: tuple[Unit, ...]) -> tuple[int, int]:
    """The original-text span of the sentence, through its closing mark(s)."""
    start, end = an.span(run[0].index, run[-1].index)
    original = an.norm.original
    while end < len(original) and original[end] in "?!.":
        end += 1
    return start, end


Rereading = tuple[str, int, int, tuple[int, int], bool]


def _group_opens(an: Analysis, run: tuple[Unit, ...], lo: int, hi: int) -> bool:
    """A group unit of the sentence `run` starts at a text offset in [lo, hi): the words a
    re-reading rewrites ("Name one X who ...") name the group, not a word beside it. A
    Spanish people named by a homonym slur ("los mojados", `slur_named_es`) counts too."""
    named = slur_named_es(run) if an.lang == "es" else ()
    return any(
        ((u.code in ("G", "g") and u.has("G")) or u in named)
        and lo <= an.span(u.index, u.index)[0] < hi
        for u in run
    )


def _slur_named_anywhere(an: Analysis) -> bool:
    """Some Spanish sentence names its people only by a homonym slur (`slur_named_es`)."""
    return (
        an.lang == "es"
        and "S" in an.codes
        and any(slur_named_es(an.units[b : b + len(c)]) for b, c in an.sentences if "S" in c)
    )


def _swap(original: str, start: int, end: int, plain: str, broad: bool) -> Rereading:
    """The comment with its sentence at [start, end) put in `plain` words (see `_rereadings`)."""
    return original[:start] + plain + original[end:], start, start + len(plain), (start, end), broad


def _rereadings(an: Analysis) -> Iterator[Rereading]:
    """(the comment re-read, where the re-read sentence starts and ends in it, the span of
    the sentence in the comment as written, whether `hate.broad` may answer for it), one
    sentence at a time. `hate.broad` reads any "have no" + good word as a denial ("have no
    equal pay"), so it does not answer for a "don't have" re-read."""
    original = an.norm.original
    joined = undotted(original)
    if joined is not None and any(_names_group(w, an.lang) for w in dotted_words(original)):
        # "Im.mi.grants are vermin": the comment read with its dotted group word joined, and
        # that reading's own group-then-attack re-readings
        yield joined, 0, len(joined), (0, len(original)), True
        again = analyse(joined, an.lang)
        for s in range(len(again.sentences)):
            for plain, a, b in carried(again, s):
                text = joined[:a] + plain + joined[b:]
                yield text, 0, len(text), (0, len(original)), True
    if an.lang == "en":
        for text, a, b in identified(an):
            yield text, a, b, (0, len(original)), True
    for s, (base, codes) in enumerate(an.sentences):
        for plain, a, b in carried(an, s):
            yield _swap(original, a, b, plain, True)
        if an.lang == "en" and "r" in codes:
            run = an.units[base : base + len(codes)]
            start, end = _sentence_span(an, run)
            named = who_are(original[start:end])
            if named is not None and _names_group(named[1], an.lang):
                yield _swap(original, start, end, named[0], True)
        run = an.units[base : base + len(codes)]
        if "G" not in codes and "g" not in codes and not (an.lang == "es" and slur_named_es(run)):
            continue
        start, end = _sentence_span(an, run)
        said = original[start:end]
        # asked by the run's own sentence number, not its position `s` (they part past an
        # empty sentence: "Wow!! Why do X ...?")
        question = an.asked(run[0].sentence)
        for plain in named_back(an, s, start, end):
            yield _swap(original, start, end, plain, True)
        plain = addressed(an, s, start, end) if an.lang == "en" else None
        if plain is not None:
            yield _swap(original, start, end, plain, True)
        extra = without_extra_group(said)
        if extra is not None:
            yield _swap(original, start, end, extra, True)
        plural = (plural_reading_es if an.lang == "es" else plural_reading_en)(an, run, said, start)
        if plural is not None:
            yield _swap(original, start, end, plural, True)
        if an.lang == "es":
            never = none_ever_es(said)
            if never is not None and _group_opens(an, run, start + never[1], start + never[1] + 1):
                yield _swap(original, start, end, never[0], True)
        low = folded(said)  # the regexes' literal gates (`plain.may_hold`)
        cleft = clefted(said, an.lang) if may_hold(low, CLEFT_WORDS) else None
        if cleft is not None:
            claim, (a, b) = cleft
            if _group_opens(an, run, start + a, start + b):
                yield _swap(original, start, end, claim, True)
        lead = codes.lstrip("A")
        if lead[:1] == "G" and question:
            # a claim asked back and agreed with in the writer's next words
            echoed = echo_agreed(said, original[end:], "N" in codes)
            if echoed is not None:
                yield _swap(original, start, end, echoed, True)
        if question and not any(u.quoted for u in run):
            against = answered_against(an, run, original[end:])
            if against is not None:  # "Why should X be ...? They are not."
                yield _swap(original, start, end, against.rstrip(" ?!.") + ".", True)
        habit = typical_habit(said, an.lang) if may_hold(low, TYPICAL_WORDS) else None
        if (
            habit is not None
            and _group_opens(an, run, start + habit[1][0], start + habit[1][1])
            and not ANSWERED_NO.match(original[end:])
        ):  # "Isn't it typical for X to steal?" as "X typically steal."
            yield _swap(original, start, end, habit[0], True)
        if an.lang == "es":
            unsworn = without_swearing_es(said) if may_hold(low, SWEARING_WORDS) else None
            if unsworn is not None:  # "Ninguna puta X sabe ...", "son una puta carga"
                yield _swap(original, start, end, unsworn, True)
            sided = sided_report_es(said, original[end:])
            if sided is not None and _group_opens(an, run, start + sided[1], end):
                yield _swap(original, start, end, sided[0], True)
            worth = worth_denied_es(said, original[end:]) or worth_stated_es(said, original[end:])
            if worth is not None and _group_opens(an, run, start + worth[1], end):
                yield _swap(original, start, end, worth[0], True)
            told = told_now_es(said, original[:start], original[end:])
            if told is not None and _group_opens(an, run, start + told[1], end):
                yield _swap(original, start, end, told[0], True)
            fronted = fronted_es(said, original[end:]) if "eso" in said.lower() else None
            if fronted is not None and _group_opens(an, run, start + fronted[1], end):
                yield _swap(original, start, end, fronted[0], True)
            inverted = inverted_es(said, original[end:])
            if inverted is not None and _group_opens(
                an, run, start + inverted[1], start + inverted[2]
            ):
                yield _swap(original, start, end, inverted[0], True)
            fended = said_for_label_es(said, original[end:])
            if fended is not None and _group_opens(an, run, start + fended[1], end):
                yield _swap(original, start, end, fended[0], True)
            habit = habit_es(said) if may_hold(low, HABIT_WORDS) else None
            if habit is not None and _group_opens(an, run, start, start + habit[1]):
                yield _swap(original, start, end, habit[0], True)
        if an.lang != "en":
            continue

        challenge = challenged(said)
        if challenge is not None and not CHALLENGE_MET.match(original[end:]):
            claim, (a, b) = challenge
            if _group_opens(an, run, start + a, start + b):
                claim = claim[0].upper() + claim[1:]
                yield _swap(original, start, end, claim, True)
        if may_hold(low, INFIX_WORDS) and INFIX.search(said):
            # before the plural test: "I wouldn't let a fucking X near my kids" names one member
            plain = INFIX.sub("", said)
            yield _swap(original, start, end, plain, True)
        if "G" not in codes:
            continue
        picked = PICKED_UP.search(said) if low is None or PICKED_UP_END.search(low) else None
        if picked and any(
            u.code == "G" and an.span(u.index, u.index)[1] <= start + picked.start()
            for u in an.units[: base + len(codes)]
        ):
            plain = PICKED_UP.sub("them", said)
            yield _swap(original, start, end, plain, True)
        if (may_hold(low, NOT_HAVE_WORDS) and NOT_HAVE.search(said)) or (
            may_hold(low, NO_IDEA_WORDS) and NO_IDEA.search(said)
        ):
            plain = NO_IDEA.sub("do not know how to", NOT_HAVE.sub(have_no, said))
            yield _swap(original, start, end, plain, False)
        denied = claim_denied(said) if may_hold(low, CLAIM_DENIED_WORDS) else None
        if denied is not None:
            yield _swap(original, start, end, denied, True)
        if s == len(an.sentences) - 1:
            asked = unmarked_question(said, original[end:])
            if asked is not None:
                yield _swap(original, start, end, asked, True)
        if not question or any(u.quoted for u in run):
            continue
        if ANSWERED_NO.match(original[end:]):
            continue  # "Why do X steal? They don't.": asked to be answered
        statement = presumed(an, run)
        if statement:
            statement = INFIX.sub("", statement).rstrip(" ?!.") + "."
            # "Do X even have souls?" presumes "X do not have souls", said as "have no souls"
            plain = NOT_HAVE.sub(have_no, statement)
            yield _swap(original, start, end, plain, plain == statement)


# Each re-reading analyses the whole comment again with one sentence swapped, so a comment of
# the same sentence pasted to the form's limit ("Los putos mexicanos del Boca, neta, ..." 80
# times) was read 80 times whole: seconds of CPU. No comment of the training, pending or test
# rows (82,000) yields more than three re-readings; past eight the rest go unasked.
MAX_REREADINGS = 8


@rule(_ID, Category.HATE)
def reread(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a sentence that the other hate rules flag once re-read in plain words."""
    if an.lang not in ("en", "es"):
        return []
    if (
        "G" not in an.codes
        and "g" not in an.codes
        and undotted(an.norm.original) is None
        and not _slur_named_anywhere(an)
    ):
        return []
    for text, start, end, span, broad in islice(_rereadings(an), MAX_REREADINGS):
        again = analyse(text, an.lang)
        asked = dataclasses.replace(sub, text=text, lang=an.lang)
        for r in _hate_rules():
            if r.id == _BROAD and not broad:
                continue  # its hits (all `hate.broad`, `hate/broad.py`) would be passed over
            if r.needs is not None and not r.needs.may_match(again):
                continue  # the screen's own gate (`rules.Needs`): the rule finds nothing
            for hit in r.fn(again, asked):
                if hit.rule in _SKIPPED_RULES or hit.score < _MIN_SCORE:
                    continue
                if hit.rule == _BROAD and not broad:
                    continue
                if not any(start <= a < end or start < b <= end for a, b in hit.evidence):
                    continue
                return [
                    Hit(_ID, _HOLD, (span,), f"read as {text[start:end]!r}: {hit.explanation}",
                        cap_hold=True)
                ]  # fmt: skip
    return _reread_unsworn(an, sub)


def _reread_unsworn(an: Analysis, sub: Submission) -> list[Hit]:
    """A Spanish comment whose swearing, dropped, leaves a sentence one of the re-readings
    above holds ("Ninguna puta X sabe conducir" is "Ninguna X sabe conducir", which the
    singular reading holds): the re-readings asked again of the comment without it."""
    original = an.norm.original
    if an.lang != "es" or not may_hold(folded(original), SWEARING_WORDS):
        return []
    unsworn = without_swearing_es(original)
    if unsworn is None:
        return []
    found = reread(analyse(unsworn, an.lang), dataclasses.replace(sub, text=unsworn))
    return [
        Hit(_ID, _HOLD, ((0, len(original)),), f"without its swearing, {h.explanation}",
            cap_hold=True)
        for h in found[:1]
    ]  # fmt: skip
