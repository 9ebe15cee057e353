"""Fondness said to the one addressed: love, a friend's word, a debt or a date shared, praise
for what they did ("te queremos", "amiga", "te debo unos tacos", "sacaste la beca"). Beside it a
crude word of banter ("cabrón", "chingona") is affection, not abuse (`profanity.aimed`). And an
old friend hailed as "you old bastard" with a meeting or a greeting (`friendly_hail`), and a
friend teased by their own people's name ("Happy birthday, you crazy Mexican!": `teased_friend`)."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

_FOND = re.compile(
    r"\b(?:te quiero|te queremos|os queremos|te adoro|te amo|love you|love ya|"
    r"(?<=, )(?:amiga|amigo|hermanit[oa])(?=\s*(?:[,.!]|$))|"
    r"te debo|me debes|i owe you|you owe me|te invito|"
    r"felicidades|felicitaciones|congrats|congratulations|bien hecho|well done|"
    r"(?:te la )?rifaste|sacaste|ganaste|lo lograste|you did it|you won)\b"
)
# An insult kept beside the fondness ("cabrona mentirosa", "pinche rata, amiga").
_STILL_HOSTILE = re.compile(
    r"\b(?:mentiros[oa]s?|rata|ratas|traidor[a]?|lacra|basura|escoria|nadie te quiere|"
    r"largate|liar|traitor|scum|trash)\b"
)


def fond_address(an: Analysis) -> bool:
    """The comment says fondness for the one addressed and no hostile word beside it."""
    text = an.norm.text
    return bool(_FOND.search(text)) and not _STILL_HOSTILE.search(text)


# "You old X", "you lucky X": the teasing hail between old friends, right before the word.
_HAIL_BEFORE = re.compile(r"\byou (?:old|lucky|sly|crafty|clever)\s+$")
# An age word called after a comma ("..., viejo", "..., old man"): the same hail.
_AGE_CALLS = frozenset({"viejo", "vieja", "viejito", "viejita", "old man", "old timer", "gramps"})
# A meeting, a greeting or a debt between the two: what friends hail each other for.
_MEETING = re.compile(
    r"\b(?:coffee|lunch|breakfast|dinner|beers?|drinks|a pint|tacos|bbq|cookout|watch party|"
    r"see you|see ya|catch you|happy birthday|welcome back|good to see you|missed you|"
    r"you owe me|i owe you|saw you at|haven'?t seen you|drop by|come by|stop by|"
    r"bienvenid[oa]|que gusto verte|te extranamos|feliz cumple\w*|nos vemos)\b"
)
# Hostility kept beside the hail: a sending-off, a silencing, a wish of harm.
_HAIL_HOSTILE = re.compile(
    r"\b(?:shut|piss off|fuck off|get lost|go away|rot|die|hate|nobody wants|ruined|"
    r"disgrace|pathetic|worthless|miserable|senile|scum|trash)\b"
)


def friendly_hail(an: Analysis, u: Unit) -> bool:
    """The insult at u hails the reader as "you old ..." (or "..., viejo") in a comment that
    proposes a meeting or greets them ("Hey you old bastard, coffee Tuesday?"), with no other
    insult or swear word and nothing hostile: an old friend teased, not an attack."""
    text = an.norm.text
    age_called = u.text in _AGE_CALLS and text[max(0, u.start - 2) : u.start].strip() == ","
    if not age_called and not _HAIL_BEFORE.search(text, max(0, u.start - 20), u.start):
        return False
    if any(x.index != u.index and (x.has("INS") or x.has("PROF")) for x in an.units):
        return False
    return bool(_MEETING.search(text)) and not _HAIL_HOSTILE.search(text)


# Fondness, thanks or a greeting for the one addressed: a friend teased ("Love you, you crazy
# Brazilian!", "Thank you, you beautiful ...", "Feliz cumpleaños, mexicano loco").
WARM = re.compile(
    r"\b(?:love (?:you|ya|u)|miss (?:you|ya)|thank (?:you|u)|thanks|happy birthday|"
    r"happy (?:anniversary|new year|holidays)|merry christmas|good luck|cheers|"
    r"have a (?:great|good|happy) \w+|congrats|congratulations|well done|bless you|"
    r"proud of you|good to see you|welcome back|feliz cumple\w*|"
    r"feliz (?:aniversario|navidad|ano)|felicidades|felicitaciones|muchas gracias|te quiero|"
    r"te extrano|te extranamos|buena suerte|salud)\b"
)
# A people told to leave, thanks said in scorn, hostility: no teasing, whatever greeting
# stands beside it.
_COLD = re.compile(
    r"\b(?:go (?:home|back)|get out|deport\w*|send (?:them|him|her|you) back|for nothing|"
    r"vete a tu pais|regresate|largate|fuera de aqui|shut|piss off|fuck off|get lost|go away|"
    r"rot|die|hate|nobody wants|disgrace|pathetic|worthless|scum|trash|mentiros[oa]s?|rata|"
    r"ratas|traidor[a]?|lacra|basura|escoria|liar|traitor)\b"
)
# The teasing words friends call each other ("you crazy ...", "loco"): a whim, never a vice.
_TEASING = frozenset(
    {"crazy", "mad", "silly", "insane", "nuts", "nutty", "wild", "goofy", "weird", "loco",
     "loca", "chiflado", "chiflada"}
)  # fmt: skip


# What may follow the teased name and still close the greeting: a warm closing ("love you",
# "see you Saturday", "te quiero"), laughter, marks and emoji. Anything else is said of the
# person ("..., you crazy Jew, always counting your money") and no teasing.
_WARM_CLOSING = re.compile(
    r"\b(?:love (?:you|ya|u)(?: (?:so much|lots|always|man|bro))?|miss (?:you|ya)|"
    r"see (?:you|ya)(?: (?:soon|later|tomorrow|tonight|then|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|next week))?|cheers|hugs|xoxo|xo|lol|haha\w*|jaja\w*|"
    r"te quiero(?: mucho)?|te queremos|nos vemos(?: (?:pronto|manana|el sabado|el domingo))?|"
    r"un abrazo|abrazos|besos|salud)\b"
)
_SECOND_PERSON = frozenset({"you", "tu", "ya"})
_MEMO_KEY = "fondness.warm_comment"


def teased_friend(an: Analysis, group: int, attribute: int) -> bool:
    """A teasing word right beside one person named by their people ("you crazy Mexican",
    "mexicano loco") who is addressed ("you" before it, or set off by a comma: "Feliz
    cumpleaños, mexicano loco"), with nothing said of them after it but a warm closing, in a
    comment of thanks, love or a greeting with no other insult, swear word or hostility: a
    friend teased ("Happy birthday, you crazy Mexican!"), not a people insulted. A plural
    ("Mexicans are crazy") is the people, and one talked of ("another crazy Muslim shot ...",
    "except the crazy Muslim next door") is no friend greeted."""
    g, a = an.units[group], an.units[attribute]
    if a.text not in _TEASING or abs(group - attribute) != 1 or g.text.endswith("s"):
        return False
    lo, hi = min(group, attribute), max(group, attribute)
    if not _addressed(an, lo) or not _nothing_more_said(an, hi):
        return False
    return _warm_comment(an)


def _addressed(an: Analysis, lo: int) -> bool:
    """The teased name opening at unit `lo` follows "you"/"tú", or a comma sets it off."""
    if lo > 0 and an.units[lo - 1].text in _SECOND_PERSON:
        return True
    text = an.norm.text
    before = text[an.units[lo - 1].end if lo > 0 else 0 : an.units[lo].start]
    return "," in before


def _nothing_more_said(an: Analysis, hi: int) -> bool:
    """After the teased name ending at unit `hi`: only marks, emoji and warm closings."""
    rest = _WARM_CLOSING.sub(" ", an.norm.text[an.units[hi].end :])
    return not any(c.isalnum() for c in rest)


def _warm_comment(an: Analysis) -> bool:
    """The comment holds warmth (`WARM`), nothing cold (`_COLD`) and no insult, swear word,
    slur or dehumanising word but the teasing words. Kept in the analysis's own memo: the hate
    rules ask it once a match, and a comment of a thousand matches read it that often."""
    found = an.memo.get(_MEMO_KEY)
    if found is None:
        text = an.norm.text
        found = bool(WARM.search(text)) and not _COLD.search(text)
        found = found and not any(
            x.text not in _TEASING and (x.has("INS") or x.has("PROF") or x.code in ("D", "S"))
            for x in an.units
        )
        an.memo[_MEMO_KEY] = found
    return found
