"""A whole group pinned to a habit with no crime word (hold only): a bad conduct hinted at
("The Roma always do that", "you know how the Gypsies are, always up to something", "classic
Roma move", "así son los gitanos", "los X siempre andan en algo"), a vice stated as its routine
("los indios se emborrachan todos los fines de semana", "those people are always drunk", "viven
borrachos", "drink like fish", "spend every check on booze"), or contempt closed by a judgement
("Los gitanos son lo último, qué asco", "Those people are the worst, disgusting", "X are always
waiting for handouts, pathetic").

Read over each sentence's words with protected groups masked `GRP` and the stand-ins "those
people", "esa gente" (`hate_shapes._PROXIES`) masked `PRX`. A stand-in counts for the vice and
the contempt, never for the bare hint, and not when the comment first names ordinary people it
may stand for ("My neighbours ... those people are always drunk"). A named person or "my uncle"
is no group. A question, a negation, a quotation, a report, a condemnation or the writer's own
group passes. The hint is a hint only while the conduct stays unnamed: a custom praised, named
after the comma or told in the sentence before ("Mexicans always do that, bring way too much
food to a party and I love it", "They sang all night. The Irish always do that.") passes, and
so does a shrug closing a complaint ("Pero bueno, así son los chilangos"); a fault, a crime or
a loss named there keeps it. Figures, laws and care about drinking pass, and a plain "drink" or
"toman" counts only with alcohol ("toman agua de jamaica todos los días" is no vice). Every hit
holds: a moderator reads it.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import dismissed_after, is_question
from moderation.policy.rules.hate_everyday.counter_speech import condemns
from moderation.policy.rules.hate_everyday.kindly import kindly_said
from moderation.policy.rules.hate_habits.guards import (
    ANTECEDENT,
    SHRUG,
    WRITER,
    custom_before,
    named_after,
)
from moderation.policy.rules.hate_habits.shapes import CONTEMPT, FIGURES, HINTED, VICE
from moderation.policy.rules.hate_shapes import PROXIES, names_an_outfit
from moderation.policy.rules.masked_words import Masked, masked_words, plainly_said, shape_fits
from moderation.policy.types import Category, Submission

_SCORE = 0.72
_PRONOUNS = frozenset({"they", "them", "their", "ellos", "ellas", "em"})


def _word(an: Analysis, u: Unit) -> tuple[str, ...]:
    """A unit as these shapes read it: a stand-in "those people", "esa gente" `PRX`, a
    protected group word (not a pronoun, not quoted, not an outfit's adjective) `GRP`; any
    other unit its own words."""
    if u.text in PROXIES and u.text.endswith(("people", "gente")) and not u.quoted:
        return ("PRX",)
    if u.has("G") and not u.quoted and u.text not in _PRONOUNS:
        return ("GRP",) if not names_an_outfit(an, u.index) else tuple(u.text.split())
    return tuple(u.text.split())


def _masked(an: Analysis, s: int) -> Masked:
    """Sentence `s`'s words, each protected group noun `GRP` and each stand-in `PRX`, a comma
    or colon between units as `,`; with the unit index of each word. Remembered per comment
    (`masked_words`): the three rules read the same sentences."""
    return masked_words(an, s, _word, commas=True)


def _names_group(words: str) -> bool:
    """The masked sentence names a group or a stand-in for one."""
    return "GRP" in words or "PRX" in words


def _held(
    an: Analysis,
    rule_id: str,
    shape: re.Pattern,
    why: str,
    *,
    fondness: bool = False,
    figures: bool = False,
) -> list[Hit]:
    """A hold for the first sentence whose masked words fit `shape` as the writer's own line:
    not asked, negated, quoted, reported or condemned, not said of the writer's own group, not
    a stand-in for ordinary people named before; with `fondness`, not a custom told with
    praise; with `figures`, not about rates, laws or care."""
    if condemns(an):
        return []
    text = an.norm.text
    for s, first, last, m in shape_fits(an, shape, _masked, _names_group):
        base = an.sentences[s][0]
        words, index = _masked(an, s)
        if is_question(an, first):
            continue
        if not plainly_said(an, first, last):
            continue  # "Gypsies are not always drunk"
        if dismissed_after(an, last):
            continue
        if WRITER.search(text, an.units[base].start, an.units[first].start + 1):
            continue
        stand_in = "PRX" in m.group(0) and "GRP" not in m.group(0)
        if stand_in and ANTECEDENT.search(text, 0, an.units[first].start):
            continue  # the stand-in points back at neighbours, fans, students
        if fondness and (kindly_said(an, first) or custom_before(an, base)):
            continue  # the custom praised, or told in the sentence before
        if fondness and SHRUG.search(words, 0, m.start()):
            continue  # "Pero bueno, así son los chilangos": a shrug closing a complaint
        if fondness and named_after(an, words, index, m.end()):
            continue  # "you know how the Irish are, any excuse for a song": the habit named
        if figures and FIGURES.search(text):
            continue
        return [Hit(rule_id, _SCORE, (an.span(first, last),), why, cap_hold=True)]
    return []


_HINT_GATE = re.compile(
    r"\b(?:always|forever|constantly|all the time|every time|up to|you know how|that is|"
    r"that'?s|thats|will be|asi son|como son|son asi|lo que|typical|classic|such a|"
    r"siempre|en algo|tramando|movidas|sus cosas|de las suyas|en las mismas|viendo)\b"
)
_VICE_GATE = re.compile(
    r"\b(?:drunk|wasted|hammered|plastered|boozed|high|stoned|strung|passed out|drink\w*|"
    r"liquor|alcohol|beer|meth|crack|beben|pisto|chupe|cerveza|cheve|vino|mezcal|drogas|"
    r"booz\w+|drugs|bottle|borrach\w+|pedos|briagos|ebri[oa]s|tomad[oa]s|drogad[oa]s|grifos|"
    r"marihuanos|hasta atras|crudos|emborrach\w+|drogan|drogarse|toman|tomar|chupan|chupar|"
    r"pistean|pistear|tomando|chupando|pisteando)\b"
)
_CONTEMPT_GATE = re.compile(
    r"\b(?:disgusting|pathetic|gross|vile|sickening|revolting|repulsive|despicable|nasty|ugh|"
    r"yuck|asco|asquerosos|asquerosas|patetic\w+|que pena|lamentable|repugnantes?|guacala|"
    r"fuchi)\b"
)


@rule("hate.habit_hinted", Category.HATE, needs=(_HINT_GATE,))
def habit_hinted(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a group pinned to a bad conduct it is said always to show, left unnamed."""
    del sub
    if not an.units or not _HINT_GATE.search(an.norm.text):
        return []
    return _held(
        an, "hate.habit_hinted", HINTED, "a group's bad conduct hinted as its habit",
        fondness=True,
    )  # fmt: skip


@rule("hate.habit_vice", Category.HATE, needs=(_VICE_GATE,))
def habit_vice(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a group (or "those people") said to be drunk or high as a matter of routine."""
    del sub
    if not an.units or not _VICE_GATE.search(an.norm.text):
        return []
    return _held(an, "hate.habit_vice", VICE, "a vice stated as a group's habit", figures=True)


@rule("hate.closing_contempt", Category.HATE, needs=(_CONTEMPT_GATE,))
def closing_contempt(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a group (or "those people") called the worst or needy, then judged disgusting."""
    del sub
    if not an.units or not _CONTEMPT_GATE.search(an.norm.text):
        return []
    return _held(
        an, "hate.closing_contempt", CONTEMPT, "contempt for a group closed by a judgement"
    )
