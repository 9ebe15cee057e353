"""Everyday hate in a commenter's voice: a group sent away whatever its papers, denied
everything, said never to fit in, its faults put down to culture or blood, equated with a vice
("X = perverts"), hinted at as the ones behind crime ("read the names"), or named in code.

Sentences are read as in `hate_shapes` (each group word masked as `GRP`, `masking`); some
shapes speak of "them" or "their culture" and count only when the comment names a group or a
stand-in for one ("these people", "the Pride crowd", "the other side"). The shapes are regexes
by family (`shut_out`, `blamed`, `vice`, `hints`, `faith`, `scare_quotes`), tried in the order
of `shapes.CLASSES`; `prefilter` tells which may match before any sentence is masked. Every hit
only holds: a moderator reads it. Quoting, reporting, refuting or condemning the line lets it
pass (`counter_speech`).
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context.others_belief import OTHERS_BELIEF
from moderation.policy.rules.hate.explained import outside_cause_at
from moderation.policy.rules.hate.legal_condition import legal_condition_after
from moderation.policy.rules.hate.not_all import not_all_rebuttal
from moderation.policy.rules.hate_es_hinted import kind_act_plainly_defends
from moderation.policy.rules.hate_everyday.counter_speech import (
    CONDITION_AFTER,
    answered_no,
    condemns,
    set_apart,
)
from moderation.policy.rules.hate_everyday.excuse_refused import excuse_refused
from moderation.policy.rules.hate_everyday.hints import POWER, numbers_counted
from moderation.policy.rules.hate_everyday.kindly import kindly_said
from moderation.policy.rules.hate_everyday.masking import Masked, mask_sentence, names_stand_in
from moderation.policy.rules.hate_everyday.prefilter import CODE_K, SEARCHED, SNEER_K, may_match
from moderation.policy.rules.hate_everyday.roles import NOTHING_WRONG, PLACED
from moderation.policy.rules.hate_everyday.scare_quotes import scare_quoted
from moderation.policy.rules.hate_everyday.shapes import (
    CABAL_HINT_WHAT,
    CLASSES,
    CRIME_CONTEXT,
    GO_WRONG_WHAT,
    GROUP_NEAR,
    KNOWING_WHAT,
    LEFT_TO_GUESS_WHAT,
    NEAR_GROUP,
    PLACE_HINT_WHAT,
    STATUS_BLIND,
    WINK_WHAT,
)
from moderation.policy.rules.hate_everyday.winks import (
    COINCIDENCE,
    aimed_at_office,
    charged,
    defended,
    wink_counts,
)
from moderation.policy.rules.hate_shapes import group_units
from moderation.policy.types import Category

_SCORE = 0.75
# Shapes whose words also praise: a custom, a people looking out for their own, a knowing nod
_KIND_READABLE = frozenset(
    {"a group said to shield its own or to be all criminals",
     "a fault put down to culture or blood", "a fault put down to culture",
     "a knowing hint about a group"}
)  # fmt: skip
NEVER_FIT_WHAT = "a group said never to fit in"
_TEXT = attrgetter("text")


def _status_only(an: Analysis, first: int, last: int) -> bool:
    """Every group word in the span names a migrant status, not a people ("illegals",
    "asylum seekers"): what is said of them may be immigration policy."""
    kinds = {u.meta("G") for u in an.units[first : last + 1] if u.code in ("G", "g") and u.has("G")}
    return kinds == {"immigrants"}


def _placed_before(
    before: str, index: list[int], s: int, sentence: Callable[[int], Masked]
) -> int | None:
    """The first unit of a people put in a role (`roles.PLACED`) before a sneer, in the
    sneer's sentence (`before` it) or the one before: None when there is none."""
    if PLACED.search(before):
        return index[0]
    if not s:
        return None
    masked, _offsets, earlier = sentence(s - 1)
    return earlier[0] if earlier and PLACED.search(masked) else None


def _around(sentence: Callable[[int], Masked], s: int, rest: str) -> str:
    """The two sentences masked before sentence `s` and the `rest` of it after a wink: what
    the wink refers to, without its own words ("funny how that works")."""
    return " ".join([*(sentence(j)[0] for j in range(max(0, s - 2), s)), rest])


def _held_power(sentence: Callable[[int], Masked], s: int, n: int) -> bool:
    """Sentence `s` or the one before it says someone holds the banks or the press
    (`hints.POWER`), with no defence of a people: what a "you know who" needs beside it."""
    window = " ".join(sentence(j)[0] for j in range(max(0, s - 1), min(n, s + 1)))
    return POWER.search(window) is not None and not defended(window)


def _answered(an: Analysis, index: list[int], end: int, offsets: list[int]) -> bool:
    """A colon after the hint in its sentence names who is meant ("We all know who runs the
    banks: shareholders"): an answer, not a hint."""
    after = [index[i] for i, o in enumerate(offsets) if o >= end]
    if not after:
        return False
    return ":" in an.norm.text[an.units[after[0]].start : an.units[index[-1]].end]


def _assumed() -> bool:
    """Crime taken as spoken of: the first, widest test."""
    return True


def _once(read: Callable[[], bool]) -> Callable[[], bool]:
    """`read`, worked out on the first call only (a search over the whole comment)."""
    memo: list[bool] = []

    def answer() -> bool:
        if not memo:
            memo.append(read())
        return memo[0]

    return answer


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    """(first unit, last unit, what) of each shape found: sentence by sentence, each in the
    order of `CLASSES`, then a scare quote."""
    text = an.norm.text
    equals = "=" in text
    units = an.units
    # the cheap test first, before any sentence is masked: with a group taken as named and
    # crime as spoken of, may any shape match the comment's words? Most comments end here.
    words = list(map(_TEXT, units))
    words_text = " ".join(words)
    tokens_mask = SEARCHED.index.tokens_mask
    mask = tokens_mask(words)
    if not may_match(words_text, mask, True, equals, _assumed):
        return []
    groups = group_units(an)
    stand_in = _once(lambda: names_stand_in(an))
    named = bool(groups) or stand_in()
    crime = _once(lambda: bool(CRIME_CONTEXT.search(text)))
    possible = may_match(words_text, mask, named, equals, crime)
    if not possible:
        return []
    n = units[-1].sentence + 1
    by_sentence: list[tuple[Unit, ...]] = [()] * n
    for first, codes in an.sentences:
        by_sentence[units[first].sentence] = units[first : first + len(codes)]

    def sentence(s: int) -> Masked:
        """Sentence `s` masked, only when read (once a comment: `mask_sentence`'s memo)."""
        return mask_sentence(an, groups, by_sentence[s], stand_in())

    found: list[tuple[int, int, str]] = []
    for s, run in enumerate(by_sentence):
        if not run:
            continue
        words = list(map(_TEXT, run))
        here = possible & may_match(" ".join(words), tokens_mask(words), named, equals, crime)
        if not here:
            continue
        masked, offsets, index = sentence(s)
        if not index or (answered_no(an, s, n, sentence) and not COINCIDENCE.match(masked)):
            continue  # "Coincidence? I don't think so.": the no assents to the hint
        ready = [k for k in SEARCHED.candidates(masked) if k in here and k != SNEER_K]
        if CODE_K in here and "13" in masked and CODE_K not in ready:
            ready = sorted((*ready, CODE_K))
        window = ""
        if ready:
            window = " ".join(sentence(j)[0] for j in range(max(0, s - 1), min(n, s + 2)))
        for k in ready:
            what, pattern, _needs_group = CLASSES[k]
            if what in NEAR_GROUP and not ("GRP" in window and CRIME_CONTEXT.search(window)):
                continue
            if what in NEAR_GROUP and defended(window):
                continue  # "Immigrants commit less crime. Just saying.": a defence
            if what in GROUP_NEAR and "GRP" not in window:
                continue
            if what == KNOWING_WHAT and an.lang == "es" and kind_act_plainly_defends(window):
                continue  # "juntamos ropa para los X del albergue. Ustedes saben de quiénes hablo."
            m = pattern.search(masked)
            if m is None or OTHERS_BELIEF.search(masked[: m.start()]):
                continue
            if what == WINK_WHAT and not wink_counts(
                _around(sentence, s, masked[m.end() :]), CRIME_CONTEXT
            ):
                continue  # "Somali families run the food pantry. Just saying.": no charge
            if what == PLACE_HINT_WHAT and not charged(
                " ".join(sentence(j)[0] for j in range(max(0, s - 2), min(n, s + 2))),
                CRIME_CONTEXT,
            ):
                continue  # "We all know which neighborhoods have the best tacos": no charge
            if what == LEFT_TO_GUESS_WHAT:
                near = " ".join(sentence(j)[0] for j in range(max(0, s - 2), min(n, s + 2)))
                if not charged(near, CRIME_CONTEXT) or aimed_at_office(near):
                    continue  # "the mayor's friends get every contract, you know who I mean"
            if what == CABAL_HINT_WHAT and (
                not _held_power(sentence, s, n) or _answered(an, index, m.end(), offsets)
            ):
                continue  # "You know who did it? My brother.": no hold on money or the press
            if excuse_refused(masked[: m.start()]):
                continue  # "one crime is no excuse to deport all X": the act refused
            if CONDITION_AFTER.match(masked, m.end()) or legal_condition_after(masked, m.end()):
                continue  # "X will never integrate if we keep them in camps": a condition
            if what == NEVER_FIT_WHAT and outside_cause_at(masked, m.end()):
                continue  # "X don't integrate because the classes were cut": an outside cause
            inside = [index[i] for i, o in enumerate(offsets) if m.start() <= o < max(m.end(), 1)]
            if what == GO_WRONG_WHAT:
                placed = _placed_before(masked[: m.start()], index, s, sentence)
                if placed is None:
                    continue  # "budget cuts, what could go wrong": no people put anywhere
                nxt = an.next_sentence(s)
                if nxt < n and NOTHING_WRONG.match(sentence(nxt)[0]):
                    continue  # "What could go wrong? Nothing, they're great teachers."
                inside = [placed, *inside]
            if k == CODE_K and numbers_counted(an, inside):
                continue  # "went up 13 percent ... 50 families": quantities, no code
            first, last = (inside[0], inside[-1]) if inside else (index[0], index[-1])
            found.append((first, last, what))
        if SNEER_K in here and scare_quoted(an, groups, run, masked):
            found.append((index[0], index[-1], "a group's name in scare quotes"))
    return found


@rule("hate.everyday", Category.HATE)
def everyday(an: Analysis, sub) -> list[Hit]:
    """Hold a comment that sends a group away, shuts it out, blames its blood or culture,
    equates it with a vice, hints at it behind crime or names it in code."""
    del sub
    if not an.units:
        return []
    shapes = _shapes(an)  # before `condemns`, which reads the whole text: most find none
    if not shapes or condemns(an):
        return []
    for first, last, what in shapes:
        if set_apart(an, first, last):
            continue
        if not_all_rebuttal(an, first):
            continue  # "Not all migrants bring crime with them": the claim denied
        if what in STATUS_BLIND and _status_only(an, first, last):
            continue  # "asylum seekers shouldn't be allowed to work": a policy on status
        if what in _KIND_READABLE and kindly_said(an, first):
            continue  # "se cuidan entre ellos, qué bonito", "cantan en las fiestas, es su cultura"
        return [
            Hit(
                "hate.everyday",
                _SCORE,
                (an.span(first, last),),
                f"{what}",
                cap_hold=True,
            )
        ]
    return []
