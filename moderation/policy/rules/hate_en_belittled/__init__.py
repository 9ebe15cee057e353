"""English implicit derogation: a protected group demeaned with no insult word, by what the
writer expects of it, pities, is ashamed of or compares it to ("What else would you expect from
a X?", "Putting a X in charge is a recipe for disaster", "X have the manners of goats", "I'd be
embarrassed to be seen with a X", "X are only fit to scrub floors", "X are best seen and not
heard").

Read over each sentence's words with the group masked (`GRP`, women `WMN`, people named by
immigration status `MIG`, a pronoun read as the group `THEY`), as `hate_en_kept` does, so the
same words about anyone else ("What else would you expect from a politician?", "Putting the
intern in charge was a disaster") pass. A negation before the group, the writer's own group
("as a X", "we X"), a quotation, a report or a condemnation ("Saying X are only fit to scrub
floors is bigoted") passes too. Every hit holds: a moderator reads the shape.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.lexicon import skipping
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import is_question
from moderation.policy.rules.hate.proxies import may_stand_in, stand_ins
from moderation.policy.rules.hate_en_belittled.asked import ASKED, WISHED_AWAY
from moderation.policy.rules.hate_en_belittled.shapes import BELITTLED
from moderation.policy.rules.hate_everyday.counter_speech import condemns
from moderation.policy.rules.masked_words import masked_words, plainly_said, shape_fits
from moderation.policy.types import Category, Submission

_SCORE = 0.72
_PRONOUNS = frozenset({"they", "them", "he", "she", "him", "her", "those", "these"})
_WOMEN = frozenset({"women", "woman", "females", "female", "girls", "ladies", "wives"})
_TOKEN = re.compile(r"\b(?:GRP|WMN|MIG|THEY)\b")
# The writer's own group: "we X", "as a X", "us X", "fellow X", "I am a X".
_OWN = re.compile(r"\b(?:we|us|fellow|as an?|i am an?|i am|we are)(?: \S+)? (?:GRP|WMN|MIG)\b")

_BELITTLED_WORDS = re.compile(
    r"\b(?:expect|course|for you|charge|boss|manager|leader|president|ceo|pilot|surgeon|"
    r"doctor|teacher|judge|captain|coach|supervisor|mayor|governor|power|government|office|"
    r"wheel|running|like|manners|brains?|intelligence|iq|hygiene|morals|attention|mentality|"
    r"nothing|no more|only|just|proof|useful|helpful|smart|intelligent|clever|bright|"
    r"embarrass\w*|shame\w*|humiliat\w*|disgrace\w*|degrading|mortif\w*|ashamed|sorry|pity|"
    r"want|wanna|seen|fit|good|suited|own|thankful|grateful|begging|asking|looking|hands|"
    r"grabbing|whining|stick|nature|naturally|blood|dna|genes|culture|rather|more|inch|since|"
    r"than|over|before|never|no way|about|respecting|trusting|liking|loving|befriending|"
    r"impossible|pointless|reason|point|need|wrong|mistake|madness|stupid|absurd|ridiculous|"
    r"treat|regard|consider|accept|happier|better|nicer|safer|cleaner|peaceful|allowed|"
    r"permitted|exist|existing|care|give|must|ew|eww|ugh|yuck|gross|yikes|thank|kill|shoot|die|"
    r"nobody|no one|no man|no woman|no sane|no decent|no normal|looking|seeing|sight|thought|"
    r"being|quit|stop|pretending|met|seen|known|marry|date|hire|cares|deal|shut|done|fed up|"
    r"enough|sick of|tired of|no more|fuck|fuck off|piss off|screw you)\b"
)
_BELITTLED_GATE = skipping(_BELITTLED_WORDS)[0]


def _word(an: Analysis, u: Unit) -> tuple[str, ...]:
    """A protected group noun (also one the analysis demoted after "about", "with") one
    `GRP` (women `WMN`, immigration status `MIG`), a pronoun read as the group `THEY`."""
    del an
    if u.quoted or not (u.code == "G" or (u.code == "g" and u.has("G"))):
        return tuple(u.text.split())
    if u.text in _PRONOUNS:
        return ("THEY",) if u.code == "G" else tuple(u.text.split())
    if u.text.split()[-1] in _WOMEN:
        return ("WMN",)
    return ("MIG",) if u.meta("G") == "immigrants" else ("GRP",)


def masked(an: Analysis, s: int) -> tuple[str, list[int]]:
    """Sentence `s` masked as the shapes of `shapes` and `asked` read it."""
    return masked_words(an, s, _word, then=stand_ins)


_ANSWERS = frozenset({"because", "since", "easy", "simple", "obviously", "well"})


def _answered(an: Analysis, s: int) -> bool:
    """The writer answers the question in the next sentence ("Because ...", "Easy: ...")."""
    if s + 1 >= len(an.sentences):
        return False
    base, codes = an.sentences[s + 1]
    return bool(codes) and an.units[base].text.split()[0] in _ANSWERS


def _others_group(text: str) -> bool:
    """The masked sentence names a group, and not as the writer's own ("we X", "as a X")."""
    return bool(_TOKEN.search(text)) and not _OWN.search(text)


def group_masked(an: Analysis) -> bool:
    """Whether a sentence's masked words (`masked`) may hold a group token, without masking
    any: `_word` masks only a unit coded as a group word, and `stand_ins` the phrases
    `may_stand_in` looks for. Two comments in three name no group, and `found` searches no
    sentence without a token (`_others_group`), so they are spared the masking."""
    return "G" in an.codes or "g" in an.codes or may_stand_in(an.units)


def found(
    an: Analysis,
    rule_id: str,
    shape: re.Pattern,
    why: str,
    *,
    negates: bool = False,
    asks: bool = False,
) -> list[Hit]:
    """The first sentence whose masked words fit `shape` as the writer's own line about a
    group: not the writer's own group, not quoted, reported or condemned; not a question
    unless the shape `asks`; no negation before it, nor inside it unless the shape `negates`
    by its own words ("never", "no right")."""
    for s, first, last, _m in shape_fits(an, shape, masked, _others_group):
        if not asks and is_question(an, first):
            continue
        if asks and _answered(an, s):
            continue  # "Why should anyone hire a X? Because they are qualified."
        if not plainly_said(an, first, last, negates=negates):
            continue
        return [Hit(rule_id, _SCORE, (an.span(first, last),), why, cap_hold=True)]
    return []


@rule("hate.en_belittled", Category.HATE)
def belittled(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a group demeaned by low expectations, ridicule of a member in charge, a likeness
    to animals or things, shame or pity at its company, or a lowly place it is kept to."""
    del sub
    if an.lang != "en" or not group_masked(an):
        return []
    if not _BELITTLED_GATE.search(an.norm.text) or condemns(an):
        return []
    why = "a group demeaned without an insult"
    return (
        found(an, "hate.en_belittled", BELITTLED, why, negates=True)
        or found(an, "hate.en_belittled", ASKED, "low expectations of a group, asked", asks=True)
        or found(
            an,
            "hate.en_belittled",
            WISHED_AWAY,
            "a group wished away, asked",
            asks=True,
            negates=True,
        )
    )
