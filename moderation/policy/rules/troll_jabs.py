"""Trolling with no insult word (clause `troll`): jabs the insult lexicon cannot see.

Three shapes, English and Spanish, each held for a moderator (never rejected):

- **A brush-off aimed at a reader** (`troll.brush_off`): "get a hobby", "log off", "nobody
  asked", "learn to read", "stick to writing obituaries", "búscate otra chamba", "vete a
  dormir", "ya supéralo", "con dibujitos", said in a sentence that names or addresses someone
  (you, an @handle, a name set off by a comma, "the author", "señora", "mijo"), or as a short
  sentence right beside one that does. Not when the comment argues against hate or a threat
  ("No, migrants are not vermin. Grow up."), reports the phrase ("People keep saying 'just log
  off'"), or is friendly ("go outside buddy", "ya supéralo hermano, te invito una carne
  asada"); "nobody asked" and "nobody cares" count only as a verdict on what was said ("nobody
  asked.", "nobody cares about your goats"), not as news ("nobody asked the neighbours").
- **The readers as a crowd called names** (`troll.crowd_verdict`): the comment section, "you
  people", "everyone who agrees with this", "todos los que comentan", "ustedes", beside a
  put-down ("morons", "brainwashed sheep", "a joke", "unos borregos", "una vergüenza"). Harsh
  words for officials, parties or the article alone are not this shape.
- **Derailing** (`troll.derail`): the thread's subject waved away ("who cares about the
  budget", "forget the border", "ya olvídense del presupuesto", "this thread is dead") and
  another subject or a dare put in its place ("did you see the game", "let's talk Spurs",
  "pineapple on pizza is the real crisis", "¿vieron el clásico?", "mejor hablen de aliens").
  "Fight me" alone is the banter of a hot take ("Best pozole in town. Fight me.") and passes.
"""

from __future__ import annotations

import re

from moderation.policy import branch_trie
from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.troll import warm_banter
from moderation.policy.rules.troll.jab_in_point import jab_with_point
from moderation.policy.types import Category, Submission

# --- brush-offs ---------------------------------------------------------------------------

_BRUSH_OFF = branch_trie.compile(
    r"\b(?:get|find) (?:a|yourself a|some) (?:hobby|life|job|real job)\b|\bgo outside\b|"
    r"\blog off\b|\bgrow up\b|\btry harder\b|\bcry (?:about it|more|harder)\b|"
    r"\b(?:nobody|no one) asked(?= *(?:[.!?,]|$|for (?:your|this|that)|you\b(?! to)))|"
    r"\b(?:nobody|no one) cares(?= *(?:[.!?,]|$|about (?:your|you|what you)|what you))|"
    r"\bcope\b|\bseethe\b|\btouch grass\b|"
    r"\bstick to (?:writing|grocery|restaurant|covering|obituaries|horoscopes|the highway)|"
    r"\blearn (?:to|how to) (?:read|write|spell)\b|\b(?:take|off) (?:your|his|her|their) meds\b|"
    r"\bseek help\b|\bgo back to (?:school|third grade|the basement|your basement)\b|"
    r"\bdo (?:us all|everyone) a favou?r\b|"
    r"\bnobody(?:'s| is)? read(?:s|ing)? (?:it|your|past your)\b|"
    r"\bkeyboard (?:warrior|hero)\b|\bbehind (?:a|the|that|your) (?:keyboard|screen)\b|"
    r"\bpeaked in\b|\bleave the thinking\b|\bstay in your lane\b|"
    r"\bnadie te (?:pregunto|pela|hace caso|lee)\b|\bnadie (?:la|lo|los|las) pela\b|"
    r"\bni quien te pele\b|\ba nadie le importa (?:tu|lo que (?:opinas|piensas|dices))\b|"
    r"\bsuperal[oe]\b|\bsuperelo\b|"
    r"\b(?:vete|vayase|ve|vaya) a (?:dormir|rezar|ver su novela|ver tu novela|regar)\b|"
    r"\b(?:buscate|consiguete|busquese|consigase) (?:una vida|un trabajo|otra chamba|una chamba|"
    r"un oficio)\b|\baprende a (?:leer|escribir|usar)\b|"
    r"\b(?:dedicate|dedicarse|dedicarte|dediquese) a otra cosa\b|\bya ni comentes\b|"
    r"\bmejor (?:ni|no) (?:opines|comentes)\b|\bdeja de llorar\b|\bsal a la calle\b|"
    r"\bretirate\b|\bretirese\b|\bpena ajena\b|\bcon dibujitos\b|\bcomprension lectora\b"
)  # fmt: skip
# Someone named or addressed in the sentence (on the normalised text).
_AIMED = re.compile(
    r"(?<![\w'])(?:you|your|you're|youre|u|ur|yourself|tu|tus|te|ti|usted|eres|sos|vos|"
    r"contigo|tienes|sabes|comentas|escribes|opinas|deberias)\b|"
    r"\b(?:the|this) (?:author|writer|blogger|columnist)\b|\bauthor'?s\b|\bwhoever wrote\b|"
    r"\b(?:el|la) (?:autor|autora|columnista)\b|\b(?:el|la) que escribio\b|"
    r"\b(?:senora|senor|mijo|mija|sweetie|honey|lady|pal|grandpa|abuelo|abuela|grandma|dear|"
    r"compa|wey|pibe|dona)\b"
)  # fmt: skip
# On the text as typed: an @handle, or a capitalised name set off by a comma ("Janet, ...",
# "..., Janet.").
_AIMED_AS_TYPED = re.compile(
    r"@\w|(?:^|[.!?]\s+)(?:[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+ )?[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+,|"
    r",\s*[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s*(?:[.!?]|$)"
)
# The comment argues against hate or a threat, or quotes: the brush-off answers a bigot.
_ANSWERS_HATE = re.compile(
    r"\b(?:racis\w*|bigot\w*|debunk\w*|slurs?|hateful|vermin|threat\w*|racista|xenofob\w*|"
    r"odio|amenaz\w*)\b|[\"“”]"
)
_FRIENDLY = re.compile(
    r"\b(?:buddy|hermano|my friend|fellas|everybody|te invito|bro|for a bit|with food)\b|"
    r"\bjaja\w* wey\b|\b(?:welcome|meant well|no worries|don'?t worry|bienvenid[oa]s?)\b"
)
_NOT_NEAR = ("the ", "this ", "author", "whoever", "el ", "la ")
# A comment that opens with an @handle answers that reader: its brush-offs are said to them
# ("@AbueloFrank ... Mejor váyase a dormir que ya le toca la medicina").
_REPLY = re.compile(r"\s*@\w")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?\n]*")
_REPORTED = re.compile(r"(?:saying|say|says|said|dice|dicen|decir) *['‘]?(?:just )?$")


def _hold(rule_id: str, an: Analysis, m: re.Match, why: str) -> list[Hit]:
    """The one hold every jab here makes: a mild insult's score, the matched words as evidence."""
    return [Hit(rule_id, 0.65, (an.norm.span(m.start(), m.end()),), why)]


def _aimed(an: Analysis, start: int, end: int, sub: Submission, near: bool = False) -> bool:
    """Someone is named or addressed in text[start:end]; beside the brush-off (`near`), only a
    second person, an @handle or a name set off by a comma counts, not "the author"."""
    m = _AIMED.search(an.norm.text, start, end)
    if m and not (near and m.group(0).startswith(_NOT_NEAR)):
        return True
    a, b = an.norm.span(start, end)
    return bool(_AIMED_AS_TYPED.search(sub.text[a:b]))


@rule("troll.brush_off", Category.TROLL, needs=(_BRUSH_OFF,))
def brush_off(an: Analysis, sub: Submission) -> list[Hit]:
    text = an.norm.text
    if not _BRUSH_OFF.search(text) or _ANSWERS_HATE.search(text) or _FRIENDLY.search(text):
        return []
    if warm_banter(an):
        return []  # "dejá de llorar, boludo, el sábado lo vemos": a tease between friends
    sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    for i, (s, e) in enumerate(sentences):
        m = _BRUSH_OFF.search(text, s, e)
        if m is None or _REPORTED.search(text, s, m.start()):
            continue
        if jab_with_point(an, m.group(0), m.start(), m.end()):
            continue  # "touch grass, Brandon. it's 104 out, grass is dead anyway": a point
        aimed = _aimed(an, s, e, sub) or _REPLY.match(sub.text) is not None
        if not aimed and len(text[s:e].split()) <= 6:
            aimed = any(
                0 <= j < len(sentences) and _aimed(an, *sentences[j], sub, near=True)
                for j in (i - 1, i + 1)
            )
        if aimed:
            return _hold("troll.brush_off", an, m, "a brush-off aimed at a reader")
    return []


# --- the readers as a crowd ---------------------------------------------------------------

_CROWD = (
    r"(?:(?:this|the) comments? section|(?:the )?commenters (?:here|on this blog|in this thread)|"
    r"(?:everyone|everybody|anyone|anybody) (?:here|in this thread|on this blog|who (?:agrees|"
    r"supports|defends|reads|likes|comments))|all of you|you(?:'re| are) all|"
    r"(?:every|each) (?:last |single )?one of you|you people|you guys|y'?all|"
    r"(?:the )?(?:regulars|people) (?:here|on this blog|in this thread|who (?:comment|post) here)|"
    r"los comentaristas(?: de (?:aqui|este blog))?|(?:los|todos los) que comentan(?: aqui)?|"
    r"todos (?:aqui|ustedes)|ustedes|los que defienden (?:este|esta|al|a la)|"
    r"(?:los|todos los) que (?:leen|lean) (?:este|esto))"
)  # fmt: skip
_PUT_DOWN = (
    r"(?:morons?|idiots?|losers?|dumb(?:est)?|stupid(?:est)?|sheep|brainwashed|clowns?|a joke|"
    r"garbage|trash|brain ?dead|no brains|imbeciles?|fools?|pathetic|hicks|snowflakes|"
    r"crybab(?:y|ies)|borregos|perdedores|ignorantes|brutos|tontos|huevones|hipocritas|"
    r"una verguenza|mediocres|aburridos|payasos|idiotas|pendejos|weyes|chairos|zanganos|ciegos|"
    r"bola de \w+)"
)  # fmt: skip
_CROWD_VERDICT = re.compile(
    rf"\b{_CROWD}\b[^.!?]{{0,40}}?\b{_PUT_DOWN}\b|\b{_PUT_DOWN}\b[^.!?]{{0,25}}?\b{_CROWD}\b"
)


@rule("troll.crowd_verdict", Category.TROLL, needs=(_CROWD_VERDICT,))
def crowd_verdict(an: Analysis, sub: Submission) -> list[Hit]:
    text = an.norm.text
    if _ANSWERS_HATE.search(text):
        return []
    for m in _CROWD_VERDICT.finditer(text):
        if text.endswith(_WHERE, 0, m.start()) and not _PUT_DOWN_RX.match(text, m.start()):
            continue  # "the debate in this comment section has gotten stupid": the debate is
        return _hold("troll.crowd_verdict", an, m, "the readers called names as a crowd")
    return []


_WHERE = ("in ", "on ", "en ", "de ")
_PUT_DOWN_RX = re.compile(rf"\b{_PUT_DOWN}\b")


# --- derailing ----------------------------------------------------------------------------

_WAVED_AWAY = (
    r"(?:who cares about|forget (?:about )?the|enough about|nobody cares about|never ?mind the|"
    r"why are we (?:even )?talking about|what does any of this have to do with|"
    r"(?:y )?a quien le importa (?:el|la|los|las)|olvidense (?:del?|de la)|ya olvidense|"
    r"nada que ver con el tema|ya basta de|este tema ya me aburrio|"
    r"this (?:whole )?thread is (?:boring|dead)|cool story\.? anyway|bla bla bla|"
    r"(?:has|have) nothing to do with anything)"
)  # fmt: skip
_PUT_INSTEAD = (
    r"(?:did (?:you|anyone|anybody|y'?all) (?:see|watch) the (?:game|match)|let'?s talk|"
    r"lets talk|who wants to (?:talk|argue|fight)|the real (?:crisis|question|story|issue)|"
    r"fight me|\bdiscuss\b|anyone wanna|anybody want to argue|pineapple|lizard people?|"
    r"moon landing|flat earth|nobody cares|i'?m bored|"
    r"vieron el (?:clasico|partido)|quien vio el (?:clasico|partido)|hablemos de|"
    r"mejor hablen de|quien va a ganar|arriba (?:las|los|el)\b|discutanme|y el fut\b|aliens\b|"
    r"\b(?:cowboys|spurs|rangers|coyotes|chivas|tigres|rayados|futbol|fut)\b)"
)  # fmt: skip
_DERAIL = branch_trie.compile(rf"{_WAVED_AWAY}[^\n]{{0,160}}?{_PUT_INSTEAD}")
_SERIOUS = re.compile(r"\b(?:racis\w*|bigot\w*|slurs?|prioridades|priorities)\b")


@rule("troll.derail", Category.TROLL, needs=(_DERAIL,))
def derail(an: Analysis, sub: Submission) -> list[Hit]:
    text = an.norm.text
    m = _DERAIL.search(text)
    if m is None or _SERIOUS.search(text):
        return []
    return _hold("troll.derail", an, m, "the thread's subject waved away for a provocation")


# --- a reader filed as a type ---------------------------------------------------------------

# "Typical ignorant poster", "típico chavito que leyó un hilo", "eres la típica señora que ...":
# a reader or what they posted filed as a stock type. "The typical person I meet" is a report.
_TYPECAST = re.compile(
    r"\btypical (?:[\w-]+ ){0,2}?(?:comment|commenter|poster|millennial|boomer|reply|take)s?\b|"
    r"\btipic[oa] (?:\w+ )?(?:chavito|chavita|comentario|comentarista|senora|senor)s?\b|"
    r"\b(?:eres|es) (?:el|la) tipic[oa]\b"
)


@rule("troll.typecast", Category.TROLL, needs=(_TYPECAST,))
def typecast(an: Analysis, sub: Submission) -> list[Hit]:
    text = an.norm.text
    m = _TYPECAST.search(text)
    if m is None or _ANSWERS_HATE.search(text):
        return []
    return _hold("troll.typecast", an, m, "a reader filed as a stock type")
