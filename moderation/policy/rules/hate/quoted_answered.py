"""Hateful words in quotes, put in someone else's mouth or denied: "Mentally ill people aren't
'dangerous psychos.'", "Don't tell me Deaf people 'can't enjoy music.'", "En el mercado oí
'esos gitanos ya vienen a robar'", "Mi cuñado repite en cada cena que 'los moros ...'". The
rules read the quote as a quote; the blog model sees only its words, so `decide.left_to_rules`
leaves hate in such a comment to the rules.

Every hostile word of the comment must sit inside the quotes, and the sentence must open the
quote with an attribution ("oí", "escribió ... que", "they yell") or a denial of the group
("X aren't", "don't tell me X"), or open with the quote and go on with the writer's label for
it or where they met it ("'...' is a wild take", "'...'... ya leí de todo en este hilo"):
scare quotes in the writer's own claim ("That's what 'diversity' buys you") have none."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

# Codes of hostile units: insults, slurs, violence, hatred, exclusion, dehumanising words.
_HOSTILE = frozenset("XDZSVKHWE")
_LAUGH = re.compile(r"\b(?:lol|lmao|lmfao|jk|haha\w*|jaja\w*|jeje\w*|xd)\b|😂|🤣|😏|🙄")
# The words between the sentence's start and the quote's first unit.
_OPENS_QUOTE = re.compile(
    r"(?:\b(?<!just )(?:said|says|say|wrote|writes|write|claimed|claims|repeats|repeat|"
    r"tweeted|posted|heard|yelled|yell|yells|shouted|shout|chanted|dijo|dice|dicen|decia|decian|escribio|"
    r"escriben|repite|repiten|oi|escuche|lei|publico|tuiteo|afirma|afirmo|grita|gritan|"
    r"gritaban|defiende|defienden|sostiene)\b[^.!?\"“]{0,40}?|\b(?:are not|is not|aren'?t|"
    r"isn'?t|were not|weren'?t|no son|no eran|no somos)\s*|\b(?:do not|don'?t|stop) (?:tell"
    r"(?:ing)? me|saying|say)\b[^.!?\"“]{0,30}?|\bno me (?:digan|digas|vengan con) (?:que )?"
    r"[^.!?\"“]{0,30}?)[:,]?\s*[\"'“‘]$"
)

# Right after a quote that opens its sentence: the writer's label for it ("'...' is a wild
# take", "'...' es un mito") or where they met it ("'...'... ya leí de todo en este hilo").
_ANSWERS_QUOTE = re.compile(
    r"[\W_]*(?:(?:is|was|are|were|es|son|era|fue)\s+(?:just |only |such |puro |pura |solo )?"
    r"(?:a |an |un |una )?(?:\w+ )?(?:take|myth|lie|trope|stereotype|joke|line|cliche|slur|"
    r"mito|mentira|cuento|estereotipo|chiste|tonteria|disparate|insulto)\b|(?:ya )?(?:lei|oi|"
    r"escuche|he leido|he oido|i(?:'?ve| have)? (?:read|heard)|i keep (?:reading|hearing))\b)"
)


def quoted_and_answered(an: Analysis) -> bool:
    """The comment's hostile words are all quoted, and a quote that names a group or holds a
    hostile word (or follows the group it is said of) is opened by an attribution or by a
    denial of the group (see the module); no laugh anywhere ("te dice 'de todo' jaja")."""
    units = an.units
    if any(u.code in _HOSTILE and not u.quoted for u in units) or _LAUGH.search(an.norm.text):
        return False
    text = an.norm.text
    for k, u in enumerate(units):
        if not u.quoted or (k > 0 and units[k - 1].quoted and units[k - 1].sentence == u.sentence):
            continue
        quote = [units[j] for j in range(k, len(units)) if units[j].quoted][:12]
        near = [units[j] for j in (k - 2, k - 1) if j >= 0 and units[j].sentence == u.sentence]
        named = any(q.code in _HOSTILE or (q.code in ("G", "g") and q.has("G")) for q in quote)
        if not named and not any(q.code == "G" for q in near):
            continue  # "'community' takes care of its own": the quote names no one
        first = k
        while first > 0 and units[first - 1].sentence == u.sentence:
            first -= 1
        head = text[units[first].start if first < k else max(0, u.start - 60) : u.start]
        if _OPENS_QUOTE.search(head) or (first == k and _answered_after(an, k)):
            return True
    return False


def _answered_after(an: Analysis, k: int) -> bool:
    """The quotes that open the sentence at unit k (one, or a list of them) are followed by
    the writer's label for them or by where they read or heard them (`_ANSWERS_QUOTE`)."""
    units = an.units
    last = k
    while last + 1 < len(units) and units[last + 1].quoted:
        last += 1
    return _ANSWERS_QUOTE.match(an.norm.text, units[last].end) is not None
