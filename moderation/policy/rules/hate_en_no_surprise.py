"""English group blame left to a shrug: a misdeed in the news with the doer's people named,
and a sneer that says nobody should be surprised ("Not surprised the Somali contestant got
caught lying.", "Of course the smuggler was Mexican.", "Another Haitian daycare 'scandal.'
Shocked, I tell you.", "Typical Guatemalan work ethic"). The people is given as the reason for
the deed: the English twin of the Spanish "con razón" reading (`hate.es_shape`).

Read over the comment's words with groups masked as `GRP` (`hate_es_short.masked_words`). The
sneer opens the sentence that names the people and the deed, or stands in the sentence right
after it. A negation, a wrong done to the people ("got robbed", "profiled", "blamed"), the
writer's own people ("we Mexicans") or praise instead of a misdeed let it pass. Every hit only
holds (`hate_es_held.held_shape`: condemned, quoted or reported lines pass).
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.hate_es_held import held_shape
from moderation.policy.rules.hate_es_short import masked_words, units_inside
from moderation.policy.rules.hate_shapes import group_units
from moderation.policy.types import Category

_RULE = "hate.en_no_surprise"
_SCORE = 0.7

# The sneer that opens the sentence ("Of course the ...", "Not surprised the ...", "Typical.")
_LEAD = (
    r"(?:of course|not surprised|no surprise|naturally|typical|shocker|go figure|what a "
    r"surprise|big surprise|surprise ?, surprise)"
)
# ... or that follows it as a sentence or a clause of its own
_AFTER = (
    r"(?:shocker|shocked(?: ,)? i tell you|shocking|go figure|figures|typical|what a surprise|"
    r"big surprise|surprise ?, surprise|who could have guessed|who would have guessed|"
    r"who'?d have guessed|color me (?:shocked|surprised)|surprised \? nobody should be|"
    r"nobody should be surprised|nobody is surprised|nobody'?s surprised)"
)
# A misdeed of the doer: crimes, lies, scams and idleness said of the one in the news.
_MISDEED = (
    r"(?:arrested|charged with|caught (?:lying|stealing|cheating|shoplifting|red[- ]handed|"
    r"with)|busted|indicted|convicted|lying|lied|liars?|fraud|frauds|"
    r"scandal|scam|scams|scammers?|stole|steals|stealing|thieves|thief|theft|rapists?|"
    r"smugglers?|smuggling|traffick\w+|shooters?|criminals?|gang|gangs|gangbangers?|cartel|"
    r"shoplift\w*|robbers?|burglars?|muggers?|pickpockets?|carjackers?|killers?|murderers?|"
    r"arsonists?|terrorists?|bombers?|"
    r"drugs|coke|cocaine|fentanyl|meth|dealers?|welfare|handouts|food stamps|drunk|drunks|"
    r"lazy|cheated|cheating|corrupt|corruption|bribes?|bribery|riot|riots|looting|looters|"
    r"work ethic|never finished|nothing ever gets finished)"
)
_LEAD_SHAPE = re.compile(
    rf"(?:^|\. ){_LEAD}(?: ,| \.)? (?P<body>[^.]*?\bGRP\b[^.]*?\b{_MISDEED}\b[^.]*?|"
    rf"[^.]*?\b{_MISDEED}\b[^.]*?\bGRP\b[^.]*?)(?= \.|$)"
)
_AFTER_SHAPE = re.compile(
    rf"(?:^|\. )(?P<body>[^.]*?\bGRP\b[^.]*?\b{_MISDEED}\b[^.]*?|[^.]*?\b{_MISDEED}\b[^.]*?"
    rf"\bGRP\b[^.]*?)(?: ,| \.| \?| !)+ (?:\S+ ){{0,2}}?{_AFTER}\b"
)
# "Typical Guatemalan work ethic": the people's trait named after the sneer itself.
_TYPICAL_TRAIT = re.compile(
    r"\btypical GRP (?:work ethic|behaviou?r|attitude|mentality|driving|drivers?|laziness|"
    r"thieves|thievery|scam|scammers|hustle|excuse|excuses)\b"
)
# The people wronged, a charge called false, the writer's own people, or a negation.
_PASS = re.compile(
    r"\b(?:not|never|no|isn'?t|wasn'?t|aren'?t|weren'?t|didn'?t|doesn'?t|don'?t)\b|"
    r"\b(?:got|get|gets|were|was|being|been) (?:robbed|attacked|beaten|scammed|cheated|"
    r"shot|targeted|blamed|accused|profiled|framed|harassed|exploited|denied|cut off)\b|"
    r"\b(?:blamed|blame|scapegoat\w*|profil\w+|falsely|wrongly|wrongfully|innocent|"
    r"for nothing|no reason|racist|racism|stereotype\w*|smear\w*|bigot\w*|"
    r"said (?:nobody|no one))\b|"
    r"\b(?:we|us) GRP\b"
)
_WHAT = "a people named as the reason for a misdeed, with a sneer that nobody is surprised"

_GATE_WORDS = re.compile(
    r"\b(?:of course|surprise|surprised|naturally|typical|shocker|shocked|shocking|figure|"
    r"figures|guessed)\b"
)


def _shapes(words: str, offsets: list[int], index: list[int]) -> list[tuple[int, int, str]]:
    """Each sneer at a people's misdeed whose body no guard clears, as (first, last, what)."""
    found: list[tuple[int, int, str]] = []
    for rx in (_LEAD_SHAPE, _AFTER_SHAPE, _TYPICAL_TRAIT):
        for m in rx.finditer(words):
            body = m.group("body") if "body" in rx.groupindex else m.group(0)
            if _PASS.search(body):
                continue
            inside = units_inside(offsets, index, m.start(), m.end())
            if inside:
                found.append((inside[0], inside[-1], _WHAT))
    return found


@rule(_RULE, Category.HATE, needs=(_GATE_WORDS,))
def en_no_surprise(an: Analysis, sub) -> list[Hit]:
    """Hold an English comment that names a people as the doer of a misdeed and sneers that
    nobody should be surprised."""
    del sub
    if an.lang != "en" or not an.units or not _GATE_WORDS.search(an.norm.text):
        return []
    groups = group_units(an)
    if not groups:
        return []
    words, offsets, index = masked_words(an, groups)
    return held_shape(an, _RULE, _SCORE, _shapes(words, offsets, index))
