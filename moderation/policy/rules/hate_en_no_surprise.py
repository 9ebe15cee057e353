"""English group blame left to a shrug: a misdeed in the news with the doer's people named,
and a sneer that says nobody should be surprised ("Not surprised the Somali contestant got
caught lying.", "Of course the smuggler was Mexican.", "Another Haitian daycare 'scandal.'
Shocked, I tell you.", "Typical Guatemalan work ethic"). The people is given as the reason for
the deed: the English twin of the Spanish "con razón" reading (`hate.es_shape`).

Read over the comment's words with groups masked as `GRP` (`hate_es_short.masked_words`),
sentence by sentence with plain searches: the sneer opens the sentence that names the people and
the deed, or stands in the sentence or clause right after it, and ties only to the 300
characters next to it (a long comment with no full stop costs no more than its sentences, and
"Typical" ties to nothing thousands of characters on). The people must be the doer: named before
the misdeed with no verb acting on it between ("the Somali shopkeeper caught the thief", "the
Jewish lawyer exposed the fraud", "stayed through the riots" pass), or after it and not as its
agent ("the car thief was Honduran", not "... caught by the Somali shopkeeper"). A negation, a
wrong done to the people ("got robbed", "profiled", "blamed"), the writer's own people ("we
Mexicans"), praise ("she's brilliant", "to help everyone") or speech against profiling ("driving
while brown", "planted the drugs", "white kids get a warning for the same thing") let it pass.
Every hit only holds (`hate_es_held.held_shape`: condemned, quoted or reported lines pass).
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
_LEAD_RX = re.compile(rf"{_LEAD}(?: ,)?(?: |$)")
_AFTER_RX = re.compile(rf"(?:\S+ ){{0,2}}?{_AFTER}\b")
_MISDEED_RX = re.compile(rf"\b{_MISDEED}\b")
_GRP_RX = re.compile(r"\bGRP\b")
# The sneer ties only to the words near it: a body is read over this many characters at most
# (the lead's next ones, the words right before a trailing sneer), so a long rant with no full
# stop neither ties "Typical" to a people and a misdeed far off nor costs more than a sentence.
_SPAN = 300
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
# Praise, or speech against profiling, beside the deed: the people is no doer the writer
# sneers at ("she's brilliant", "stayed to help everyone", "driving while brown", "he planted
# the drugs", "white kids get a warning for the same thing").
_COUNTER = re.compile(
    r"\b(?:brilliant|sharp as|genius|heroe?s?|heroic|brave(?:ly)?|amazing|talented|kudos|"
    r"proud of (?:her|him|them)|good for (?:her|him|them)|well done|thanks?|thank you|"
    r"(?:to|and|who) help(?:ed)? (?:everyone|everybody|people|others|neighbou?rs|out)|"
    r"(?:driving|walking|shopping|jogging|breathing|sleeping|standing|being) while|"
    r"planted|same thing|same crime|double standard|"
    r"white (?:kids?|guys?|people|folks|men|man|women|woman|boys?|girls?|dudes?) "
    r"(?:get|gets|got|would get|would have gotten|walk|walks|walked))\b"
)
# The people acting on the misdeed or its doer, not doing it: an active verb or a setting
# between the people and the misdeed ("the Somali shopkeeper caught the thief", "the Jewish
# lawyer exposed the fraud", "the Haitian nurses stayed through the riots").
_ACTS_ON = re.compile(
    r"(?<!got )(?<!get )(?<!gets )(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )(?<!are )"
    r"\b(?:caught|catch|catches|catching|exposed|exposes|exposing|expose|stopped|stops|stop|"
    r"stopping|reported|reports|report|chased|chase|chases|fought|fights|fight|fighting|"
    r"foiled|thwarted|uncovered|tackled|confronted|"
    r"(?:arrested|busted|nabbed) (?:the|a|an|two|three|him|her|them|this|that|those|these)|"
    r"turned in|rescued|saved|protected|survived|fled|escaped|warned|investigated|"
    r"returned|returns|gave back|gives back|handed back|helped|helps|"
    r"prosecuted|cleaned up|victims? of|through|during|amid|despite|against)\b"
)
# The misdeed done by a people named after it: "the car thief was Haitian", unless by them
# ("the thief was caught by the Somali shopkeeper").
_BY = re.compile(r"\bby\b")
_WHAT = "a people named as the reason for a misdeed, with a sneer that nobody is surprised"

_GATE_WORDS = re.compile(
    r"\b(?:of course|surprise|surprised|naturally|typical|shocker|shocked|shocking|figure|"
    r"figures|guessed)\b"
)


def _sentence_spans(words: str) -> list[tuple[int, int]]:
    """Each sentence of the masked words as (start, end), cut at the `.` tokens."""
    spans: list[tuple[int, int]] = []
    at = 0
    while True:
        stop = words.find(" . ", at)
        if stop < 0:
            end = len(words) - 2 if words.endswith(" .") else len(words)
            if end > at:
                spans.append((at, end))
            return spans
        spans.append((at, stop))
        at = stop + 3


def _capped(words: str, a: int, b: int, from_end: bool = False) -> tuple[int, int]:
    """The span a..b cut to `_SPAN` characters at a word's edge: its first ones, or its last
    ones when `from_end` (the words right before a trailing sneer)."""
    if b - a <= _SPAN:
        return a, b
    if from_end:
        cut = words.find(" ", b - _SPAN, b)
        return (cut + 1 if cut >= 0 else b - _SPAN), b
    cut = words.rfind(" ", a, a + _SPAN)
    return a, (cut if cut > a else a + _SPAN)


def _people_do_it(body: str) -> bool:
    """Whether the body names a people as the doer of a misdeed: the people before the misdeed
    with no verb acting on it between ("the Haitian guy got arrested", not "the Somali
    shopkeeper caught the thief"), or the misdeed's doer said to be of the people after it
    ("the car thief was Honduran", not "... caught by the Somali shopkeeper")."""
    if _PASS.search(body) or _COUNTER.search(body):
        return False
    people = [m.span() for m in _GRP_RX.finditer(body)]
    if not people:
        return False
    for m in _MISDEED_RX.finditer(body):
        for g_start, g_end in people:
            if g_end <= m.start():
                if not _ACTS_ON.search(body, g_end, m.start()) and not _ACTS_ON.match(
                    body, m.start()
                ):
                    return True
            elif g_start >= m.end() and not _BY.search(body, m.end(), g_start):
                return True
    return False


def _bodies(words: str) -> list[tuple[int, int, int, int]]:
    """Each stretch a sneer ties to: the words after a lead that opens a sentence ("Of course
    ...", or the next sentence after "Typical."), and the words before a trailing sneer in the
    next sentence or clause ("... arrested. Shocker.", "..., go figure"); each one capped, as
    (start, end) of the body and (start, end) of the whole shape with its sneer."""
    spans = _sentence_spans(words)
    found: list[tuple[int, int, int, int]] = []
    for i, (a, b) in enumerate(spans):
        lead = _LEAD_RX.match(words, a, b)
        if lead:
            if lead.end() < b:
                body = _capped(words, lead.end(), b)
                found.append((*body, a, body[1]))
            elif i + 1 < len(spans):
                body = _capped(words, *spans[i + 1])
                found.append((*body, a, body[1]))
        after = i + 1 < len(spans) and _AFTER_RX.match(words, *spans[i + 1])
        if after:
            found.append((*_capped(words, a, b, from_end=True), a, after.end()))
        comma = words.find(" , ", a, b)
        while comma >= 0:
            after = _AFTER_RX.match(words, comma + 3, b)
            if after:
                body = _capped(words, a, comma, from_end=True)
                found.append((*body, body[0], after.end()))
            comma = words.find(" , ", comma + 3, b)
    return found


def _shapes(words: str, offsets: list[int], index: list[int]) -> list[tuple[int, int, str]]:
    """Each sneer at a people's misdeed whose body no guard clears, as (first, last, what).
    Read sentence by sentence with plain searches over capped stretches: no pattern spans
    a whole comment, so a long one with no full stop costs what its sentences cost."""
    found: list[tuple[int, int, str]] = []
    for a, b, first, last in _bodies(words):
        if _people_do_it(words[a:b]):
            inside = units_inside(offsets, index, first, last)
            if inside:
                found.append((inside[0], inside[-1], _WHAT))
    for m in _TYPICAL_TRAIT.finditer(words):
        inside = units_inside(offsets, index, m.start(), m.end())
        if inside and not _PASS.search(m.group(0)):
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
