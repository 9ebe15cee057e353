"""People an insult may be about other than a commenter: third parties, criminals and
wrongdoers, partisan camps called by their nickname, people elsewhere (on Twitter, on TV), and
the thread itself named."""

from __future__ import annotations

import re
from collections.abc import Iterable

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.profanity import intensifying
from moderation.policy.rules.troll.words import (
    DEGREE,
    EXPLETIVE_WORDS,
    THING_WORDS,
    YOU_NEAR,
    spoken_to,
    you,
)
from moderation.policy.types import Submission

_CONDEMNS = re.compile(r"\b(?:racis\w*|antisemit\w*|supremacist\w*|bigot\w*|xenofob\w*)\b")
# The thread itself named in the insult's sentence, before or after it: "the idiots in this
# comment section", "you people", "y'all", "the mods here", "los payasos de los comentarios".
_IN_THE_THREAD = re.compile(
    r"\b(?:in|on|from|of) (?:this|the) (?:comments?|thread|comments? section)\b|"
    r"\bthis (?:comments? section|thread)\b|\by'?all\b|\byou people\b|\bcommenters?\b|"
    r"\bthe (?:mods|moderators?)\b|\b(?:de|en) (?:los|estos) comentarios\b|"
    r"\bcomentaristas?\b|\beste hilo\b"
)


def in_the_thread(an: Analysis, u: Unit) -> bool:
    """The insult's sentence names the thread or its readers: a word for a person ("idiots",
    not "garbage", which also judges what was posted), in a comment that does not condemn hate
    ("racist trash in this thread" calls out the posts)."""
    if u.text in THING_WORDS or u.text in EXPLETIVE_WORDS or u.text in ("loco", "loca"):
        return False
    same = an.sentence_run(u.index)
    start, end = same[0].start, same[-1].end
    return bool(_IN_THE_THREAD.search(an.norm.text, start, end)) and not _CONDEMNS.search(
        an.norm.text
    )


def sentence_before(an: Analysis, u: Unit) -> str:
    """The normalised text of u's sentence up to u."""
    k = u.index
    while k > 0 and an.units[k - 1].sentence == u.sentence:
        k -= 1
    return an.norm.text[an.units[k].start : u.start]


_DEMONSTRATIVES = frozenset({"these", "those", "estos", "esos", "estas", "esas", "aquellos"})
_PLURAL_COPULAS = frozenset({"are", "were", "are all", "are just", "son", "eran", "son unos",
                             "son unas", "estan"})  # fmt: skip


def _third_parties(an: Analysis, u: Unit) -> bool:
    """A plural insult about people who are not in the conversation: a demonstrative right
    before it, or a plural noun subject with no "you" in the sentence."""
    before = [x for x in an.units[: u.index] if x.sentence == u.sentence]
    if any(x.code == "U" or you(an, x) for x in before):
        return False
    if any(x.text in _DEMONSTRATIVES for x in before[-2:]):
        return True
    if len(before) >= 2 and before[-1].text in ("de", "of") and before[-2].text in _COLLECTIVE:
        return True  # "esa bola de idiotas en el Congreso", "a bunch of clowns in Austin"
    for k, x in enumerate(before):
        if x.text in _PLURAL_COPULAS and k > 0:
            subject = before[k - 1]
            return (
                subject.code in ("w", "G") and subject.text.endswith("s") and len(subject.text) > 3
            )
    return False


# Partisan camps called by their nickname ("chairos", "fachas"): a name for a side of
# politics, like "the left" or "conservatives", when the comment puts no one of the thread in
# it. A nickname thrown at readers says where they are ("aquí", "en los comentarios", "este
# blog", "ya llegaron"), speaks to them, or jeers at their tears.
_CAMPS = frozenset({"chairos", "chairas", "fachas", "fachos", "snowflakes", "borregos"})
_THREAD_CUES = re.compile(
    r"\b(?:aqui|aca|here|in here|blog|comentarios?|comments?|comment section|thread|hilo|foro|"
    r"forum|este sitio|this site|esta pagina|this page|seccion|section|llegaron|llego|showed up|"
    r"show up|commenters?|comentaristas?|lectores|readers|posters?)\b"
)
_JEERS = re.compile(
    r"\b(?:llor\w*|cry\w*|crie\w*|melt\w*|ardid\w*|tears|lagrimas|berrinche\w*|seethe|cope|"
    r"calla\w*|shut up|vete|vayanse|largo)\b"
)
_JEER_SIGNS = ("🤡", "🍿", "😂", "🤣")
# Places outside the thread where the people judged speak: "los prianistas de Twitter",
# "the MAGA crowd on Facebook", "los morenistas en la tele".
_OUTSIDE = frozenset({"twitter", "x", "facebook", "face", "tiktok", "youtube", "instagram",
                      "reddit", "whatsapp", "tele", "la tele", "tv", "television", "cable",
                      "cable news", "fox", "cnn", "redes", "las redes", "internet",
                      "the internet", "online", "congress", "el congreso", "la camara",
                      "el senado", "washington", "la mananera", "radio", "la radio"})  # fmt: skip
_OUTSIDE_PREPOSITIONS = frozenset({"de", "del", "en", "on", "in", "from"})
_ADVERBS_BEFORE_COPULA = frozenset({"hoy", "ya", "siempre", "todavia", "aun", "tambien", "ahora",
                                    "today", "always", "now", "still", "again", "tonight",
                                    "otra vez", "esta semana", "this week"})  # fmt: skip
_GOING = frozenset({"andan", "anda", "andaban", "se ponen", "se pusieron"})  # "andan pesados"


def no_one_of_the_thread(an: Analysis, sub: Submission) -> bool:
    """Nothing in the comment points at the thread: no second person, no word for the
    comments or the people writing them, no jeer at anyone's tears."""
    text = an.norm.text
    if spoken_to(an, an.units):
        return False
    if "@" in sub.text or any(sign in sub.text for sign in _JEER_SIGNS):
        return False
    return not (_THREAD_CUES.search(text) or _JEERS.search(text))


def partisan_camp(an: Analysis, u: Unit, sub: Submission) -> bool:
    """A plural partisan nickname in a comment that puts no reader in it: "Chairos y fifís
    de acuerdo en algo: la luz sube", "los chairos y los fifís se pelean y el alcalde feliz"."""
    if _both_camps(an, u):
        return True  # "Chairos y fifís peleándose en los comentarios": both sides, teased
    if u.text not in _CAMPS:
        return False
    same = an.sentence_run(u.index)
    text = an.norm.text
    if same[0].index == u.index and len(same) > 1 and "," in text[u.end : same[1].start]:
        return False  # "Chairos, son unos payasos": called to
    if same[-1].index == u.index and len(same) > 1 and "," in text[same[-2].end : u.start]:
        return False  # "..., chairos"
    return no_one_of_the_thread(an, sub)


# The two sides' nicknames (Mexico's left and right): a sentence naming both lumps the camps
# together ("chairos y fifís, todos en el mismo tráfico") and takes no side against a reader.
_LEFT_CAMP = frozenset({"chairo", "chaira", "chairos", "chairas", "zurdo", "zurda", "zurdos",
                        "zurdas", "pejezombie", "pejezombies"})  # fmt: skip
_RIGHT_CAMP = frozenset({"fifi", "fifis", "derechairo", "derechaira", "derechairos",
                         "derechairas", "facho", "fachos", "facha", "fachas", "prianista",
                         "prianistas"})  # fmt: skip


def _both_camps(an: Analysis, u: Unit) -> bool:
    """The nickname `u` and one of the other side's in the same sentence, with no second person
    and no other insult in it: the writer mocks the quarrel ("Ya párenle con el chairo y el
    fifí"), not a reader."""
    if u.text not in _LEFT_CAMP and u.text not in _RIGHT_CAMP:
        return False
    same = an.sentence_run(u.index)
    words = {x.text for x in same}
    if not (words & _LEFT_CAMP and words & _RIGHT_CAMP):
        return False
    camps = _LEFT_CAMP | _RIGHT_CAMP
    return not any(
        you(an, x) or (x.has("INS") and x.text not in camps) for x in same
    )  # "todos los chairos y fifís igual de llorones": another name called keeps it


def people_elsewhere(an: Analysis, u: Unit, sub: Submission) -> bool:
    """A mild insult said through a copula of a plural subject placed outside the thread ("los
    prianistas de Twitter hoy están insoportables", "the MAGA crowd on TV is unbearable"), or
    of a partisan camp ("los chairos son unos payasos"), in a comment that points at no one."""
    before = [x for x in an.units[: u.index] if x.sentence == u.sentence]
    k = next(
        (
            j
            for j in range(len(before) - 1, 0, -1)
            if before[j].code == "C" or before[j].text in _GOING
        ),
        None,
    )
    if k is None or any(x.code != "A" and x.text not in DEGREE for x in before[k + 1 :]):
        return False
    j = k - 1
    while j > 0 and before[j].text in _ADVERBS_BEFORE_COPULA:
        j -= 1
    place = False
    if j > 1 and before[j].text in _OUTSIDE:
        j -= 1
        if before[j].text in ("la", "el", "the") and j > 1:
            j -= 1
        if before[j].text not in _OUTSIDE_PREPOSITIONS:
            return False
        place, j = True, j - 1
    subject = before[j]
    if "," in an.norm.text[subject.end : before[k].start]:
        return False  # "Chairos, son unos payasos": called to, not spoken of
    if subject.text not in _CAMPS and not place:
        return False
    plural = subject.text.endswith("s") and len(subject.text) > 3 and subject.code in ("w", "G")
    return (plural or subject.text in ("crowd", "gente", "people")) and no_one_of_the_thread(
        an, sub
    )


_COLLECTIVE = frozenset({"bola", "monton", "punado", "bunch", "pack", "gang", "band"})


# Criminal organisations and their members: not a protected group and not a commenter, so
# calling them names is harsh opinion ("the cartels are vermin", "esos narcos son unas ratas").
_CRIMINALS = frozenset(
    {"cartel", "cartels", "cartel's", "narco", "narcos", "sicario", "sicarios", "gang", "gangs",
     "gangsters", "mafia", "mafias", "traffickers", "trafficker", "smugglers", "kidnappers",
     "cartel de sinaloa", "cjng", "zetas", "los zetas", "polleros", "secuestradores",
     "extorsionadores", "halcones", "capos", "capo", "chapo", "el chapo", "narcotraficantes",
     "narcotraficante", "carteles", "criminales", "delincuentes", "maleantes", "rateros",
     "ms-13", "ms13", "pandilleros", "pandillas", "pandilla", "huachicoleros"}
)  # fmt: skip
# People named by the hate or abuse they commit ("unos racistas insultaron a ... Son
# escoria"): read as criminals only in a sentence that names no group ("estos gringos son
# unos racistas ignorantes" is still about a people).
_WRONGDOERS = frozenset(
    {"racistas", "racists", "nazis", "neonazis", "neo-nazis", "maltratadores", "abusers",
     "violadores", "rapists", "pedofilos", "pedophiles", "golpeadores"}
)  # fmt: skip


def criminal_word(x: Unit, same: Iterable[Unit]) -> bool:
    """A criminal, or a wrongdoer in a sentence that names no group."""
    if x.text in _CRIMINALS or x.text.split()[-1] in _CRIMINALS:
        return True
    return x.text in _WRONGDOERS and not any(y.code in ("G", "g") for y in same)


def _about_criminals(an: Analysis, u: Unit) -> bool:
    """The insult's sentence names a criminal organisation or its members (before it, or just
    after it: "ratas asesinas del cártel"), and nobody in the thread is addressed in it."""
    same = an.sentence_run(u.index)
    # read first: most insults name no criminal, and then nothing else needs reading
    named = [x.index for x in same if criminal_word(x, same)]
    if not named:
        return _criminals_before(an, u, same)
    if any(x.code == "U" or you(an, x) for x in same):
        return False
    if any(x.has("PROF") and not intensifying(an, x) for x in same):
        return False  # swearing at them is still judged as foul language
    if any(k < u.index for k in named):
        return True  # "the cartels are scum"
    k = u.index + 1  # "ratas del cártel", "scum of the cartels"; not "that retarded kid the
    # cartel used"
    return (
        k < len(an.units)
        and an.units[k].text in ("de", "del", "of", "from")
        and any(u.index < j <= u.index + 3 for j in named)
    )


_DEED_OPENERS = frozenset({"los", "las", "unos", "unas"})
_COMMENTERS = frozenset({"comentaristas", "lectores", "lectoras", "usuarios", "usuarias",
                         "foristas", "comentan", "opinan", "escriben"})  # fmt: skip


def defined_by_deed(an: Analysis, u: Unit) -> bool:
    """ "Los hombres que pegan a mujeres son escoria": a plural noun the sentence defines by
    what they do ("que" and a verb), then a plural copula and the insult, nobody addressed and
    no commenters named: a harsh verdict on a deed's doers, not a person in the thread."""
    same = [x for x in an.sentence_run(u.index) if x.index < u.index]
    if len(same) < 4 or same[0].text not in _DEED_OPENERS or same[2].text != "que":
        return False
    if same[1].code != "w" or same[1].has("INS") or not same[1].text.endswith("s"):
        return False
    if not any(x.text in _PLURAL_COPULA_ES for x in same[3:]):
        return False
    return not any(
        x.code == "U" or you(an, x) or x.text in YOU_NEAR or x.text in _COMMENTERS
        for x in an.sentence_run(u.index)
    )


_PLURAL_COPULA_ES = frozenset({"son", "son unos", "son unas", "eran", "eran unos", "eran unas",
                               "son puras", "son puros"})  # fmt: skip


def _criminals_before(an: Analysis, u: Unit, same: list[Unit]) -> bool:
    """'... que el cártel cobre piso en el mercado. Son unas ratas.': a Spanish sentence that
    opens with a plural copula has a dropped subject, here the criminals the sentence before
    named, when nobody is addressed in it."""
    if an.lang != "es" or not same or same[0].text not in _PLURAL_COPULA_ES:
        return False
    if any(x.code == "U" or you(an, x) for x in same):
        return False
    if any(x.has("PROF") and not intensifying(an, x) for x in same):
        return False
    s = u.sentence - 1
    before = [x for x in an.units[: same[0].index] if x.sentence == s]
    for k, x in enumerate(before):
        if criminal_word(x, same):
            return True
        if k > 0 and before[k - 1].text in ("los", "las") and x.text.endswith("s"):
            return False  # "Los comentaristas defienden al cártel. Son unas ratas."
    return False
