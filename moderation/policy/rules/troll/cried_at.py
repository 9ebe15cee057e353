"""`troll.cried_at`: a reader or a side mocked as crying ("another commie crying", "here come
the libs to cry", "otro chairo llorando", "ya vienen los fifís a llorar", "lloren, chairos",
"qué lloradera"). The tears are the taunt; it needs a sneer beside it (laughter, "again", a
partisan label, a reader addressed) so that news of someone in tears ("otro niño llorando en el
albergue", "the mother was crying on camera") passes, and so does a comment that quotes the
taunt to object to it."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.types import Category, Submission

_CRY = (
    r"(?:crying|whining|sobbing|weeping|to cry|to whine|llorando|lloriqueando|chillando|"
    r"a llorar|a chillar)"
)
# Someone arriving or pointed at in tears: "another X crying", "here come the X to cry",
# "look at the X crying", "otro X llorando", "ahí vienen los X a llorar", "mírenlo llorando".
_POINTED = re.compile(
    r"\b(?:another|here (?:comes?|come) (?:the|another)|look(?:,)? (?:at )?(?:all )?the|"
    r"oh look,? (?:the|another)|there (?:goes|go) (?:the|another)|otr[oa]s?|"
    r"ahi (?:viene|vienen|esta|estan|va|van)|ya (?:viene|vienen|llego|llegaron|salio|salieron)|"
    r"miren(?:lo|la|los|las)?|mira(?:lo|la|los|las)?)\b"
    rf"[^.!?]{{0,45}}?\b{_CRY}\b"
)  # fmt: skip
# Tears as the writer's pleasure or a plain order: "lloren, X", "gonna cry", "your tears".
_TEARS = re.compile(
    r"(?:^|[.!?,;:] *|\bja(?:ja)+\w* |\blol |\blmao )lloren\b(?! (?:juntos|conmigo|si|lo que))|"
    r"\bque lloradera\b|\bpuro llor[oó]n\b|\bllorones? de (?:sillon|siempre|closet|teclado)\b|"
    r"\b(?:sus|tus) lagrimas me (?:alimentan|dan vida|hacen feliz)\b|"
    r"\b(?:your|their|the) tears (?:are|taste|feed|fuel|nourish) (?:me|delicious|so|sweet)\b|"
    r"\blet the tears flow\b|"
    r"\b(?:gonna|going to|about to|will) cry\b[^.!?]{0,20}\b(?:lol|lmao|haha)|"
    r"\bcrying again\b[^.!?]{0,20}\?|\ba llorar con (?:su|tu) (?:mami|mama)\b|"
    r"\bbring (?:your|the) tissues\b"
)  # fmt: skip
# What makes the tears a taunt: laughter, "again", a partisan or mocking label, a reader.
_SNEER = re.compile(
    r"\b(?:ja(?:ja)+\w*|je(?:je)+\w*|lol|lmao|lmfao|haha\w*|xd|again|otra vez|de nuevo|"
    r"de siempre|as usual|como siempre|pobrecit[oa]s?|que pena das|no aguantan nada|"
    r"comunistas?|commies?|chairos?|chairas?|fifis?|derechairos?|libs?|liberals?|lefties?|"
    r"leftists?|snowflakes?|magas?|magats?|trumpers?|progres?|woke|inclusivos|bleeding hearts?|"
    r"defensores de|vendepatrias|llorones?|ardidos?|crybab(?:y|ies)|"
    r"you|your|u|tu|tus|te|eres|usted)\b|[@😂🤣😭🍿🤡]"
)  # fmt: skip
# Sympathy or a report of real grief: the tears are not mocked.
_SYMPATHY = re.compile(
    r"\b(?:que triste|tristeza|me parte|partio el alma|heartbreaking|heartbroken|sad to|"
    r"my heart|se me (?:rompe|parte)|no es para burlarse|ni para burlarse|"
    r"no (?:te|se) burles|stop mocking|don'?t mock|no es un argumento|is not an argument|"
    r"isn'?t an argument)\b"
)  # fmt: skip
# The taunt quoted to be objected to: a saying verb right before it, or quotation marks round it.
_QUOTED = re.compile(r"\b(?:saying|calling|say|decir|llamar|dicen|dice)\W*$")


def _quoted(raw: str, raw_start: int, text: str, start: int) -> bool:
    """The taunt sits inside quotation marks (`raw`, as typed) or right after a saying verb."""
    before = raw[:raw_start]
    if before.count('"') % 2 == 1 or before.count("“") > before.count("”"):
        return True
    return bool(_QUOTED.search(text, max(0, start - 20), start))


# Gated (`rule(needs=...)`): without tears ordered or someone pointed at crying it finds
# nothing, and most comments hold neither (the sympathy search it opens with ran on them all).
@rule("troll.cried_at", Category.TROLL, needs=(_TEARS, _POINTED))
def cried_at(an: Analysis, sub: Submission) -> list[Hit]:
    """A reader or a side pointed at as crying, with a sneer beside it; or tears ordered."""
    text = an.norm.text
    if _SYMPATHY.search(text):
        return []
    m = _TEARS.search(text)
    if m is None:
        m = _POINTED.search(text)
        if m is None:
            return []
        lo, hi = max(0, m.start() - 60), m.end() + 60
        a, b = an.norm.span(lo, min(hi, len(text)))
        if not (_SNEER.search(text, lo, hi) or _SNEER.search(sub.text, a, b)):
            return []
    a, b = an.norm.span(m.start(), m.end())
    if _quoted(sub.text, a, text, m.start()):
        return []
    return [Hit("troll.cried_at", 0.65, ((a, b),), "a reader or a side mocked as crying")]
