"""What turns an insult away from the reader (`aim._insult_at` reads these): a negation, the
writer's own self, a feeling, a cheer, an idiom, a count, an act or an article after it, an ugly
state of affairs, and a named figure as subject in a comment that speaks to no one."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.context import is_question
from moderation.policy.rules.troll.aim_cues import (
    AT_PARTICIPANT,
    CLAUSE_OPENERS,
    DONT_BE,
    YOU_AFTER_RX,
)
from moderation.policy.rules.troll.banter import BANTER
from moderation.policy.rules.troll.public import named_subject
from moderation.policy.rules.troll.words import (
    COMMENTER_CUES,
    DEGREE,
    EXCLAIM,
    INFINITIVE,
    PERSON_ENDINGS,
    PERSON_NOUNS,
    PERSON_SUBJECT,
    YOU_AFTER,
    YOU_NEAR,
    spoken_to,
    you,
)
from moderation.policy.types import Submission

_THREAD_WORDS = re.compile(r"\b(?:foro|blog|hilo|comentarios|seccion|autor|autora)\b")


def no_reader(an: Analysis, sub: Submission) -> bool:
    """No second person and no @handle anywhere in the comment."""
    return "@" not in sub.text and not spoken_to(an, an.units)


_UGLY = frozenset({"feo", "fea", "feos", "feas"})


def ugly_exclaimed(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """ "¡Qué feo!" closing its sentence, or before an article and what it describes ("qué
    feas las cuentas"): how ugly a thing or a state of affairs is, not a person called ugly
    ("qué feo el tipo ese" still names someone)."""
    if u.text not in _UGLY or not prev or prev[-1].text not in EXCLAIM:
        return False
    after = [x for x in an.sentence_run(u.index) if x.index > u.index]
    if not after:
        return True
    return (
        len(after) >= 2
        and after[0].text in ("el", "la", "los", "las", "lo")
        and not after[1].has("INS")
        and after[1].text not in PERSON_NOUNS
        and not after[1].text.endswith(PERSON_ENDINGS)
        and not an.capitalised(after[1].index)
    )


def name_is_subject(an: Analysis, sub: Submission, u: Unit) -> bool:
    """A Spanish "X es un ..." opening its sentence, whose subject is a name (`_named_subject`:
    capitalised, not a participant), no common Spanish word ("Este es un payaso" points at
    someone), in a comment that speaks to no one and names no thread: read like "Trump is a
    clown", harsh opinion of a figure. Shouted comments are left to the other tests."""
    if not named_subject(an, sub, u) or COMMENTER_CUES.search(an.norm.text):
        return False
    if _THREAD_WORDS.search(an.norm.text):
        return False  # "Gerardo es el más menso del foro": one of the thread
    head = [x for x in an.sentence_run(u.index) if x.index < u.index and x.code not in ("A", "Y")]
    if len(head) != 2:
        return False  # "el que le vaya a Rayados es un perdedor": the name is no subject
    subject = head[0]
    if AT_PARTICIPANT.search(subject.text):
        return False  # "El que escribió esto es un ...": one phrase of the lexicon, the writer
    start, end = an.span(u.index, u.index)
    if sub.text[start:end].isupper() or subject.text in PERSON_SUBJECT:
        return False
    if subject.text in an.lex.vocab_by_lang.get("es", an.lex.vocab) or subject.has("INS"):
        return False
    return no_reader(an, sub)


# First person: the writer calls themself names ("soy una pringada", "qué tonto soy").
_SELF = frozenset(
    {"soy", "fui", "era", "estoy", "sere", "me siento", "me senti", "me considero", "me veo",
     "me vi", "me he sentido", "me sentia", "somos",
     "me hice", "me hago", "me hace sentir", "me hizo sentir", "me volvi", "me vuelvo",
     "me estoy volviendo", "me volveria", "me puse", "me pongo", "fuimos", "eramos",
     # how others see or treat the writer: "nos ven como pendejos", "me tratan de tonta"
     "nos ven", "me ven", "nos vieron", "me vieron", "nos tratan", "me tratan", "nos trataron",
     "me trataron", "nos toman", "me toman", "nos creen", "me creen"}
)  # fmt: skip
_BETWEEN = frozenset({"un", "una", "unos", "unas", "muy", "tan", "mas", "bien", "super", "el",
                      "la", "a", "an", "so", "such", "the", "such a", "re", "bastante",
                      "medio", "algo", "como", "tremendo", "tremenda"})  # fmt: skip


# Words after a negation that turn it into "nothing but" ("no eres más que un idiota", "you
# are nothing but a troll"): the insult is asserted, not denied.
_ONLY_BUT = frozenset({"mas que", "sino", "but", "than", "mas", "que", "except", "solo"})


_THANKS = re.compile(r"\b(?:thanks|thank you|thank u|appreciate|grateful|kudos)\b")


def negated_before(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """A negation up to four words before the insult in the same clause ("no se volvió loco",
    "is not really a fool"), with no comma between, no second person, and nothing that turns it
    into "nothing but"."""
    text = an.norm.text
    for k in range(len(prev) - 1, max(-1, len(prev) - 5), -1):
        p = prev[k]
        if p.code == "N" or p.text in ("no", "not", "never", "nunca", "jamas", "ni"):
            between = prev[k + 1 :]
            if "," in text[p.end : u.start] or p.text in DONT_BE:
                return False
            if _calling_denied(between):
                return True  # "no te digo mentiroso, pero ...": the name is refused
            if any(x.text in _ONLY_BUT or you(an, x) or x.code == "U" for x in between):
                return False
            if any(x.text in DONT_BE for x in between):
                return False
            if (
                p.text == "not"
                and between
                and between[0].text == "being"
                and _THANKS.search(an.norm.text, 0, u.start)
            ):
                return True  # "appreciate you not being a jerk": the name denied of the reader
            same = an.sentence_run(u.index)
            if spoken_to(an, same):
                return False  # "nadie es tan idiota como tú": the reader is still named
            return not YOU_AFTER_RX.match(text, u.end)
        if p.text in CLAUSE_OPENERS:
            return False
    return False


# "No te digo mentiroso", "no le estoy llamando tonto": a name the writer says they do not
# give. The reader is spoken to, but not called it.
_CALLING_CLITICS = frozenset({"te", "le", "les", "lo", "la", "los", "las"})
_CALLING_VERBS = frozenset({"digo", "llamo", "dije", "llame", "diciendo", "llamando", "decir",
                            "llamar", "trato de", "tratando de"})  # fmt: skip
_CALLING_AUX = frozenset({"estoy", "estaba", "voy", "voy a", "a", "quiero"})


def _calling_denied(between: list[Unit]) -> bool:
    words = [x.text for x in between]
    return (
        2 <= len(words) <= 4
        and words[0] in _CALLING_CLITICS
        and words[-1] in _CALLING_VERBS
        and all(w in _CALLING_AUX for w in words[1:-1])
    )


# Verbs of feeling: what follows is how someone feels, not a name they are called.
_FEEL = frozenset({"feel", "feels", "felt", "feeling", "te sientes", "se siente", "se sienten",
                   "te sentiste", "te sentias", "sentirse", "sentirte", "sientes", "siente",
                   "sienten", "sentir"})  # fmt: skip
_NOW = frozenset({"now", "ahora", "ahorita", "bet", "apuesto", "apuesto que", "debes",
                  "deberias", "debe", "debes de", "debe de", "must", "should"})  # fmt: skip
_FEEL_BETWEEN = frozenset({"so", "like", "como", "a", "an", "un", "una", "really", "kind of"})


def feeling(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """'You feel stupid for months', 'te sientes tonto durante meses': a feeling told as what
    happens to anyone, in a statement. A question, a modal, "now" or "bet" makes it a taunt
    ("Don't you feel stupid now?", "you should feel stupid", "apuesto que te sientes tonto")."""
    if u.meta("INS") == "strong":
        return False
    near = [p for p in prev[-3:] if p.sentence == u.sentence]
    while near and (near[-1].text in DEGREE or near[-1].text in _FEEL_BETWEEN):
        near.pop()
    if not near or near[-1].text not in _FEEL:
        return False
    if is_question(an, u.index):
        return False
    return not any(x.code == "M" or x.text in _NOW for x in an.sentence_run(u.index))


_CHEERS = frozenset({"viva", "vivan", "arriba", "que viva"})


# What a crowd celebrates: a match, a title, a holiday, the weekend; and first person plural
# verbs ("ganamos", "vamos", "pasamos a la final").
_CELEBRATED = frozenset(
    {"liguilla", "final", "finales", "campeon", "campeones", "campeonas", "campeonato", "gol",
     "golazo", "golazos", "partidazo", "titulo", "copa", "ascenso", "victoria", "triunfo",
     "clasico", "pase", "clasificados", "invictos", "feliz", "viernes", "sabado", "fiesta",
     "navidad", "ano nuevo", "ano", "quincena", "puente", "vacaciones", "bicampeones",
     "tricampeones", "la final", "a la final", "por fin", "otra vez", "ya", "es", "un", "una",
     "a", "la", "el", "los", "las", "al", "de", "del", "y", "que", "pinche",
     # how good it was ("¡Qué buena estuvo la fiesta, cabrones!"): praise of the thing cheered
     "buena", "bueno", "buenisima", "buenisimo", "chingona", "chingon", "chida", "chido",
     "padre", "padrisima", "padrisimo", "increible", "estuvo", "quedo", "salio", "bien", "muy",
     "super", "concierto", "partido", "noche", "carne asada", "posada", "boda"}
)  # fmt: skip


def cheer(an: Analysis, u: Unit) -> bool:
    """A plural banter word closing a cheer addresses everyone and no one: after "viva" or
    "arriba" ("¡viva México, cabrones!"), or closing an exclamation that only names what a
    crowd celebrates ("¡Liguilla, cabrones!", "¡Ganamos, cabrones!", "¡Feliz año, cabrones!").
    Not a command or a second person ("Cállense, cabrones", "ustedes, cabrones, ...")."""
    if u.text not in BANTER or not u.text.endswith("s"):
        return False
    same = [x for x in an.units if x.sentence == u.sentence]
    before = [x for x in same if x.index < u.index]
    if not before or len(before) > 6:
        return False  # every word before is checked below: a short exclamation
    if any(x.code == "U" or you(an, x) for x in same):
        return False
    if before[0].text in _CHEERS:
        return not any(x.text == "que" for x in same)
    text = an.norm.text
    if u.index != same[-1].index or "," not in text[before[-1].end : u.start]:
        return False  # the banter word closes the exclamation, set off by a comma
    start, end = an.span(before[0].index, u.index)
    typed = an.norm.original
    if "!" not in typed[end : end + 3] and "¡" not in typed[max(0, start - 2) : start]:
        return False
    return all(
        x.text in _CELEBRATED
        or (x.text.endswith("mos") and x.code == "w")
        or (x.code == "w" and an.capitalised(x.index) and x.index != same[0].index)
        for x in before
    )


_IDIOM_AFTER = re.compile(r"\s+(?:of it (?:is|was|all)\b|"
                          r"of an? (?!(?:woman|man|person|guy|girl|boy|wife|husband|"
                          r"mother|boss|neighbou?r|kid|lady|dude)\b)[a-z]|all (?:you|ya) want\b|"
                          r"and moan|and complain|about (?:the|it|this|that)\b)")  # fmt: skip


def idiom_or_verb(an: Analysis, u: Unit) -> bool:
    """'A bitch of a morning' rates the morning; 'bitch all you want' is the verb to complain:
    neither names a person, unless a second person is the subject."""
    if u.text not in ("bitch", "hell", "beast", "monster"):
        return False
    m = _IDIOM_AFTER.match(an.norm.text, u.end)
    if m is None:
        return False
    return not any(  # the "you" of "all you want" is the idiom's own
        x.code == "U" or you(an, x)
        for x in an.units
        if x.sentence == u.sentence and not (m.start() <= x.start < m.end())
    )


# A bet's stake: "loser buys the beers", "el que pierda paga": the losing side, no one named.
_STAKE_AFTER = re.compile(
    r"\s+(?:buys|pays|owes|gets the|has to (?:buy|pay|wear|sing|cook|bring)|brings|treats|"
    r"cooks|wears)\b"
)


def bet_stake(an: Analysis, u: Unit) -> bool:
    """ "Loser buys the beers after the derby, deal?": the word names whoever loses a bet."""
    return u.text in ("loser", "losers") and bool(_STAKE_AFTER.match(an.norm.text, u.end))


def article_next(an: Analysis, u: Unit) -> bool:
    """A Spanish article right after the word: what follows is what it describes."""
    k = u.index + 1
    return (
        an.lang == "es"
        and k < len(an.units)
        and an.units[k].sentence == u.sentence
        and an.units[k].text in ("el", "la", "los", "las", "lo")
    )


def about_self(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """First person right before or after the insult, with only articles or adverbs between."""
    k = len(prev) - 1
    while k >= 0 and prev[k].text in _BETWEEN:
        k -= 1
    if k >= 0 and (
        prev[k].text in _SELF or (k >= 1 and f"{prev[k - 1].text} {prev[k].text}" in _SELF)
    ):
        return True
    nxt = u.index + 1
    if (
        nxt + 1 < len(an.units)
        and an.units[nxt + 1].sentence == u.sentence
        and an.units[nxt].text == "me"
        and an.units[nxt + 1].text in _FELT
    ):
        return True  # "qué idiota me sentí", "qué tonta me vi": the verb's own person
    if (
        nxt < len(an.units)
        and an.units[nxt].sentence == u.sentence
        and an.units[nxt].text in _SELF
        and an.units[nxt].text != "yo"
    ):
        return True
    return _blamed_self(an, u, prev)


def _blamed_self(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """ "Bien pendejo yo que no leí la letra chiquita", "qué menso yo por creerle": "yo" and
    the reason ("que", "por") right after the insult, no comparison before it ("más pendejo
    yo por contestarte" calls the reader one too) and no second person in the sentence."""
    after = [x for x in an.sentence_run(u.index) if x.index > u.index][:2]
    if len(after) < 2 or after[0].text != "yo" or after[1].text not in ("que", "por"):
        return False
    if any(p.text in ("mas", "menos", "tan") for p in prev[-2:]):
        return False
    return not spoken_to(an, an.sentence_run(u.index))


_FELT = frozenset({"senti", "siento", "sentia", "vi", "veo", "veia", "puse", "pongo", "quede",
                   "quedo", "sentire", "veria", "sentiria"})  # fmt: skip


_NUMBERS = frozenset({"dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
                      "diez", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                      "ten"})  # fmt: skip


def counted(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """A plural insult right after a number ("3 paletas", "cuatro perras", "two clowns on TV"),
    in a sentence with no second person: a count of things or of people not in the thread."""
    if not prev or prev[-1].sentence != u.sentence or not u.text.endswith("s"):
        return False
    if not (prev[-1].text.isdigit() or prev[-1].text in _NUMBERS):
        return False
    return not any(x.code == "U" or you(an, x) or x.text in YOU_NEAR or x.text in YOU_AFTER
                   for x in an.sentence_run(u.index))  # fmt: skip


def act_after(an: Analysis, u: Unit) -> bool:
    """Right after the insult, an infinitive or "lo que"/"lo de" clause that is what it judges
    ("qué feo leer eso", "es asqueroso lo que dijo"), in a sentence with no second person."""
    k = u.index + 1
    if k >= len(an.units) or an.units[k].sentence != u.sentence:
        return False
    nxt = an.units[k]
    after = an.units[k + 1].text if k + 1 < len(an.units) else ""
    act = (nxt.text in ("lo", "lo de") and after in ("que", "de")) or (
        nxt.entry is None and bool(INFINITIVE.match(nxt.text)) and len(nxt.text) > 3
    )
    if not act or "," in an.norm.text[u.end : nxt.start]:
        return False
    return not any(x.code == "U" or you(an, x) or x.text in YOU_NEAR or x.text in YOU_AFTER
                   for x in an.sentence_run(u.index))  # fmt: skip
