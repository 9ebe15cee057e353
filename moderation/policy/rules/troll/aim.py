"""Whether an insult word is aimed at someone in the thread (`_insult_at`): the second person near
it, a commenter picked out, a vocative; and what turns it away: a negation, the writer's own
self, a feeling, a cheer, an idiom, a count, an act after it."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.normalize import fold_term
from moderation.policy.rules.context import is_question
from moderation.policy.rules.troll.banter import _BANTER, _PRAISE_AFTER
from moderation.policy.rules.troll.public import (
    _exclaims_of_public,
    _named_subject,
    _names_public_subject,
    _office_addressed,
)
from moderation.policy.rules.troll.things import (
    _accented_verb,
    _age_of_a_thing,
    _crude_of_a_thing,
    _exclaimed_thing,
    _fact_judged,
    _idea_judged,
    _manner_or_thing,
    _named_by_its_thing,
    _nominal,
    _opinion_of_a_thing,
    _qualifies_conduct,
    _said_of_a_thing,
    _there_are,
    _thing_noun_next,
    _thing_subject,
    _words_aimed_subject,
)
from moderation.policy.rules.troll.third_parties import (
    _about_criminals,
    _defined_by_deed,
    _in_the_thread,
    _no_one_of_the_thread,
    _partisan_camp,
    _people_elsewhere,
    _sentence_before,
    _third_parties,
)
from moderation.policy.rules.troll.words import (
    _AGE_WORDS,
    _AIMING_VERBS,
    _ARTICLES,
    _COMMENTER_CUES,
    _DEGREE,
    _DEMONSTRATIVE,
    _ESTAR,
    _EXCLAIM,
    _EXPLETIVE_WORDS,
    _INFINITIVE,
    _PERSON_ENDINGS,
    _PERSON_NOUNS,
    _PERSON_SUBJECT,
    _THING_WORDS,
    _YOU_AFTER,
    _YOU_NEAR,
    _content_next,
    _next_text,
    _spoken_to,
    _you,
)
from moderation.policy.rules.troll_idioms import harmless_idiom
from moderation.policy.types import Submission

_WEAK_SUBJECT = frozenset({"he", "she", "el", "este", "esta"})


def _insult_at(an: Analysis, u: Unit, sub: Submission) -> tuple[bool, str]:
    """Is this insult aimed at a person present (second person, vocative, the author)?"""
    strong = u.meta("INS") == "strong"
    # an insult an office-holder may be called as opinion on public conduct: any mild one, and
    # a strong one that is no swear word, slur or dehumanising word ("the senator is an
    # imbecile", "el diputado es un imbécil"; not "... es un hijo de puta", "... es una rata")
    civil = not strong or not (u.has("PROF") or u.has("S") or u.has("D"))
    sentence = u.sentence
    prev = [an.units[k] for k in range(max(0, u.index - 4), u.index)
            if an.units[k].sentence == sentence]  # fmt: skip
    if any(p.code == "N" for p in prev[-2:]):
        if any(p.text in _DONT_BE for p in prev[-2:]):
            return True, "insult aimed at a commenter"  # "no seas tonto"
        return False, ""
    if _negated_before(an, u, prev):
        return False, ""  # "el autor no se volvió loco", "he is not an idiot"
    if harmless_idiom(an, u, prev):
        return False, ""  # "como locos", "me cae gordo", "les ganamos bien feo"
    if not strong and (_partisan_camp(an, u, sub) or _people_elsewhere(an, u, sub)):
        return False, ""  # "chairos y fifís de acuerdo", "los prianistas de Twitter están ..."
    if _words_aimed_subject(an, u):
        return False, ""  # "los chistes sobre los X son asquerosos": the jokes are
    if _exclaimed_thing(an, u) and _no_one_of_the_thread(an, sub):
        return False, ""  # "qué estereotipo tan viejo", in a comment aimed at no reader
    if an.lang == "es" and _ugly_exclaimed(an, u, prev) and _no_reader(an, sub):
        return False, ""  # "Chale, qué feo.", "Qué feas las cuentas después.": a thing, a state
    if u.text in _BEFORE_NOUN and _content_next(an, u):
        return False, ""  # "la vieja casa", "el viejo puerto": an adjective of a thing
    if _PRAISE_AFTER.match(an.norm.text, u.end) and (
        u.text in _AGE_WORDS or (not strong and not _spoken_to(an, an.sentence_run(u.index)))
    ):
        return False, ""  # "un viejo muy querido", "qué loco tan querido": said with love
    if an.lang == "es" and _age_of_a_thing(an, u, prev):
        return False, ""  # "tubería vieja", "ese cuento ya está muy viejo", "la vieja está rota"
    if an.lang == "es" and _named_by_its_thing(prev):
        return False, ""  # "los de las gorditas", "la de los tamales": vendors named by their food
    if _feeling(an, u, prev):
        return False, ""  # "te sientes tonto durante meses", "you feel stupid for months"
    if an.lang == "es" and _manner_or_thing(an, u, prev):
        return False, ""  # "te equivocas feo", "te dije cosas feas": how it was said, or what
    if (
        prev
        and an.lang == "es"
        and (
            (prev[-1].text in _ESTAR and u.text in _TOUGH)
            or (
                len(prev) >= 2
                and prev[-1].text in _DEGREE
                and prev[-2].text in _ESTAR
                and u.text in _TOUGH
            )
            or (prev[-1].text == "de" and u.text in ("locos", "locas"))
        )
    ):
        return False, ""  # "está cabrón" (it's tough), "un día de locos" (a crazy day)
    if an.lang == "es" and _crude_of_a_thing(an, u, prev):
        return False, ""  # "qué cabrón está el calor": the heat is tough, nobody is insulted
    if an.lang == "es" and _fact_judged(an, u, prev):
        return False, ""  # "qué cabrón que el gobierno gaste ...", "qué feo que la autora diga"
    if an.lang == "es" and _cheer(an, u):
        return False, ""  # "¡viva México, cabrones!": a cheer to everyone
    if an.lang == "en" and _idiom_or_verb(an, u):
        return False, ""  # "a bitch of a morning", "bitch all you want": no one is named
    if an.lang == "es" and not strong and _opinion_of_a_thing(an, u, prev):
        return False, ""  # "me parece hipócrita cómo ...", "sé que parece inútil"
    if _counted(an, u, prev):
        return False, ""  # "3 paletas de hielo", "por cuatro perras": things or people counted
    if prev and prev[-1].text in _MY and an.lang == "es":
        return False, ""  # "mi vieja", "mi gordita": family and endearment
    if prev and prev[-1].text in _KIN_POSSESSIVE and u.text in _AGE_WORDS and an.lang == "es":
        return False, ""  # "cuiden a sus viejitos", "tus viejos": someone's parents
    if an.lang == "es" and _about_self(an, u, prev):
        return False, ""  # "soy una pringada", "qué tonta soy": the writer about themself
    if _about_criminals(an, u) or (an.lang == "es" and _defined_by_deed(an, u)):
        return False, ""  # "los cárteles son unas ratas": harsh opinion of criminal groups
    if an.lang == "es" and _idea_judged(an, u, prev):
        return False, ""  # "es repugnante que digas ...", "nada más asqueroso que el racismo"
    if _thing_subject(an, u):
        return False, ""  # "Negarlo es repugnante", "lo de 'invasión' es asqueroso"
    if civil and _office_addressed(an.norm.text, u.start):
        return False, ""  # "Senator, you are a pathetic old fool": an office-holder, not a reader
    if any(_you(an, p) or p.code == "U" for p in prev) or (
        an.lang == "es"
        and any(p.text in _YOU_NEAR and not _demonstrative_estas(an, p) for p in prev[-3:])
    ):
        return True, "insult aimed at a commenter"  # "eres un...", "te ves ridícula"
    if u.text.startswith(_SELF_AIMED):
        return True, "insult aimed at a commenter"
    if an.lang == "en" and any(p.text in _FIRST_SINGULAR for p in prev[-4:]):
        return False, ""  # "I am such a crybaby": the writer about themself
    if (_you_are_before(an, u) or _handle_before(an, u, sub.text)) and not (
        u.text in _THING_WORDS and _content_next(an, u)
    ):
        return True, "insult aimed at a commenter"  # "you're either a shill or stupid"
    if civil and an.lang == "es" and _name_is_subject(an, sub, u):
        return False, ""  # "Saucedo es un mentiroso compulsivo": opinion of a named figure
    if an.lang == "es" and _pointed_at(an, u, prev):
        return True, "insult aimed at a person"
    if an.lang == "es" and _you_after(an, u):
        return True, "insult aimed at a commenter"  # "qué asco me das", "qué idiota eres"
    if _YOU_AFTER_RX.match(an.norm.text, u.end):
        return True, "insult aimed at a commenter"  # "tan bruta como tú", "even for you"
    if _AT_PARTICIPANT.search(_sentence_before(an, u)):
        return True, "insult aimed at a commenter or the author"  # "the guy above me is a"
    if _in_the_thread(an, u):
        return True, "insult aimed at the thread's readers"  # "the idiots in this thread"
    if u.text in _EXPLETIVE_WORDS:
        return False, ""  # "qué mierda", "qué asco": exasperation unless said of someone
    if _there_are(an, u, prev):
        return False, ""  # "Hay ojetes en todos lados": people of a kind exist, no one is named
    if _qualifies_conduct(an, u):
        return False, ""  # "Clown behavior.", "un movimiento de payaso": a deed judged
    if civil and _names_public_subject(an, sub, u):
        return False, ""  # "el presidente es un idiota": opinion of an office-holder
    if an.lang == "es" and _said_of_a_thing(an, u, prev):
        return False, ""  # "es una frase asquerosa", "esa teoría es vieja": a thing judged
    if an.lang == "es" and _act_after(an, u):
        return False, ""  # "qué feo leer eso", "es asqueroso lo que dijo": an act judged
    if _nominal(an, u, prev):
        return True, "insult used as a noun for a person"  # "la falsa esta", "es una ridícula"
    near = [p for p in prev[-3:] if p.code not in ("A", "Y") and p.text not in _DEGREE]
    if near and near[-1].text in _AIMING_VERBS and (u.text not in _THING_WORDS or strong):
        return True, "insult aimed at a person"
    if u.text in _THING_WORDS and _article_next(an, u):
        return False, ""  # "qué ridículo el discurso del gobernador": said of the speech
    if u.text in _THING_WORDS and _exclaims_of_public(an, u, prev, sub.text):
        return False, ""  # "¿Escuchaste el discurso del gobernador? Qué ridículo."
    if (prev and prev[-1].text in _EXCLAIM) or (len(prev) >= 2 and prev[-2].text in _EXCLAIM):
        return True, "insult aimed at a person"
    text_before = " ".join(p.text for p in prev)
    for name in sub.context.participants():
        if fold_term(name) and fold_term(name) in text_before:
            return True, "insult aimed at a named participant"
    for p in prev:
        if p.text in _PERSON_SUBJECT:
            if p.text in _WEAK_SUBJECT and not strong:
                continue
            return True, "insult aimed at a person"
    # vocative: the comment opens with the insult, or is a short jab at someone
    in_sentence = an.sentence_run(u.index)
    # A short jab is read as aimed at whoever it answers, unless it names a public subject
    # ("The senator is an idiot", "Trump is a liar"): harsh opinion on officials is allowed.
    if civil and _names_public_subject(an, sub, u):
        return False, ""
    if civil and _named_subject(an, sub, u) and not _COMMENTER_CUES.search(an.norm.text):
        return False, ""  # "Senator Blake is a scumbag": opinion of a public figure
    if not strong and (_third_parties(an, u) or _named_subject(an, sub, u)):
        return False, ""  # "Fox News hosts are idiots", "Trump is a clown": not a commenter
    if u.text not in _THING_WORDS and _closing_vocative(an, u):
        return True, "insult closing the comment, addressed to the reader"
    short = len(an.units) <= 12 or (
        in_sentence and in_sentence[0].index == u.index and len(in_sentence) <= 3
    )
    if short and (u.text not in _THING_WORDS or len(an.units) <= 3):
        return True, "insult"
    if u.index == 0 and an.lang == "es" and u.text not in _THING_WORDS and not _content_next(an, u):
        return True, "insult"  # the comment opens with it: "Hipócrita, ..."
    if strong and u.text not in _THING_WORDS:
        return True, "strong insult"
    return False, ""


_THREAD_WORDS = re.compile(r"\b(?:foro|blog|hilo|comentarios|seccion|autor|autora)\b")


def _no_reader(an: Analysis, sub: Submission) -> bool:
    """No second person and no @handle anywhere in the comment."""
    return "@" not in sub.text and not _spoken_to(an, an.units)


_UGLY = frozenset({"feo", "fea", "feos", "feas"})


def _ugly_exclaimed(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """ "¡Qué feo!" closing its sentence, or before an article and what it describes ("qué
    feas las cuentas"): how ugly a thing or a state of affairs is, not a person called ugly
    ("qué feo el tipo ese" still names someone)."""
    if u.text not in _UGLY or not prev or prev[-1].text not in _EXCLAIM:
        return False
    after = [x for x in an.sentence_run(u.index) if x.index > u.index]
    if not after:
        return True
    return (
        len(after) >= 2
        and after[0].text in ("el", "la", "los", "las", "lo")
        and not after[1].has("INS")
        and after[1].text not in _PERSON_NOUNS
        and not after[1].text.endswith(_PERSON_ENDINGS)
        and not an.capitalised(after[1].index)
    )


def _name_is_subject(an: Analysis, sub: Submission, u: Unit) -> bool:
    """A Spanish "X es un ..." opening its sentence, whose subject is a name (`_named_subject`:
    capitalised, not a participant), no common Spanish word ("Este es un payaso" points at
    someone), in a comment that speaks to no one and names no thread: read like "Trump is a
    clown", harsh opinion of a figure. Shouted comments are left to the other tests."""
    if not _named_subject(an, sub, u) or _COMMENTER_CUES.search(an.norm.text):
        return False
    if _THREAD_WORDS.search(an.norm.text):
        return False  # "Gerardo es el más menso del foro": one of the thread
    head = [x for x in an.sentence_run(u.index) if x.index < u.index and x.code not in ("A", "Y")]
    if len(head) != 2:
        return False  # "el que le vaya a Rayados es un perdedor": the name is no subject
    subject = head[0]
    start, end = an.span(u.index, u.index)
    if sub.text[start:end].isupper() or subject.text in _PERSON_SUBJECT:
        return False
    if subject.text in an.lex.vocab_by_lang.get("es", an.lex.vocab) or subject.has("INS"):
        return False
    return _no_reader(an, sub)


def _closing_vocative(an: Analysis, u: Unit) -> bool:
    """The comment ends on the insult (with one insulting word before it at most), set off by
    a comma or a sentence of its own: "..., nadie te va a extrañar, payaso", "... again. lol.
    pathetic losers". Said to whoever reads it, however long the comment before it."""
    units = an.units
    if u.index != len(units) - 1 or u.index == 0:
        return False
    j = u.index - 1
    if units[j].sentence == u.sentence and units[j].has("INS"):
        j -= 1  # "pathetic losers", "viejo menso"
    if j < 0:
        return False
    if units[j].sentence != u.sentence:
        return True
    return "," in an.norm.text[units[j].end : units[j + 1].start]


# Insult phrases that carry their own second person ("me das asco", "te odio").
_SELF_AIMED = ("das ", "me das ", "eres ", "no vales", "que asco das", "te ", "os ", "nadie te ",
               "no sirves", "me caes", "me cae")  # fmt: skip


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


_POINTERS = frozenset({"pedazo de", "pedazo", "menudo", "menuda", "menudos", "menudas",
                       "la muy", "el muy", "los muy", "las muy", "pobre", "maldito", "maldita",
                       "malditos", "malditas", "puto", "puta", "putos", "putas", "pinche",
                       "pinches", "grandisimo", "grandisima", "so"})  # fmt: skip


# Words after a negation that turn it into "nothing but" ("no eres más que un idiota", "you
# are nothing but a troll"): the insult is asserted, not denied.
_ONLY_BUT = frozenset({"mas que", "sino", "but", "than", "mas", "que", "except", "solo"})


def _negated_before(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """A negation up to four words before the insult in the same clause ("no se volvió loco",
    "is not really a fool"), with no comma between, no second person, and nothing that turns it
    into "nothing but"."""
    text = an.norm.text
    for k in range(len(prev) - 1, max(-1, len(prev) - 5), -1):
        p = prev[k]
        if p.code == "N" or p.text in ("no", "not", "never", "nunca", "jamas", "ni"):
            between = prev[k + 1 :]
            if "," in text[p.end : u.start] or p.text in _DONT_BE:
                return False
            if any(x.text in _ONLY_BUT or _you(an, x) or x.code == "U" for x in between):
                return False
            if any(x.text in _DONT_BE for x in between):
                return False
            same = an.sentence_run(u.index)
            if _spoken_to(an, same):
                return False  # "nadie es tan idiota como tú": the reader is still named
            return not _YOU_AFTER_RX.match(text, u.end)
        if p.text in _CLAUSE_OPENERS:
            return False
    return False


_KIN_POSSESSIVE = frozenset({"su", "sus", "tu", "tus"})


# Verbs of feeling: what follows is how someone feels, not a name they are called.
_FEEL = frozenset({"feel", "feels", "felt", "feeling", "te sientes", "se siente", "se sienten",
                   "te sentiste", "te sentias", "sentirse", "sentirte", "sientes", "siente",
                   "sienten", "sentir"})  # fmt: skip
_NOW = frozenset({"now", "ahora", "ahorita", "bet", "apuesto", "apuesto que", "debes",
                  "deberias", "debe", "debes de", "debe de", "must", "should"})  # fmt: skip
_FEEL_BETWEEN = frozenset({"so", "like", "como", "a", "an", "un", "una", "really", "kind of"})


def _feeling(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """'You feel stupid for months', 'te sientes tonto durante meses': a feeling told as what
    happens to anyone, in a statement. A question, a modal, "now" or "bet" makes it a taunt
    ("Don't you feel stupid now?", "you should feel stupid", "apuesto que te sientes tonto")."""
    if u.meta("INS") == "strong":
        return False
    near = [p for p in prev[-3:] if p.sentence == u.sentence]
    while near and (near[-1].text in _DEGREE or near[-1].text in _FEEL_BETWEEN):
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
     "a", "la", "el", "los", "las", "al", "de", "del", "y", "que", "pinche"}
)  # fmt: skip


def _cheer(an: Analysis, u: Unit) -> bool:
    """A plural banter word closing a cheer addresses everyone and no one: after "viva" or
    "arriba" ("¡viva México, cabrones!"), or closing an exclamation that only names what a
    crowd celebrates ("¡Liguilla, cabrones!", "¡Ganamos, cabrones!", "¡Feliz año, cabrones!").
    Not a command or a second person ("Cállense, cabrones", "ustedes, cabrones, ...")."""
    if u.text not in _BANTER or not u.text.endswith("s"):
        return False
    same = [x for x in an.units if x.sentence == u.sentence]
    before = [x for x in same if x.index < u.index]
    if not before or len(before) > 4:
        return False
    if any(x.code == "U" or _you(an, x) for x in same):
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


def _idiom_or_verb(an: Analysis, u: Unit) -> bool:
    """'A bitch of a morning' rates the morning; 'bitch all you want' is the verb to complain:
    neither names a person, unless a second person is the subject."""
    if u.text not in ("bitch", "hell", "beast", "monster"):
        return False
    m = _IDIOM_AFTER.match(an.norm.text, u.end)
    if m is None:
        return False
    return not any(  # the "you" of "all you want" is the idiom's own
        x.code == "U" or _you(an, x)
        for x in an.units
        if x.sentence == u.sentence and not (m.start() <= x.start < m.end())
    )


_BEFORE_NOUN = frozenset({"viejo", "vieja", "viejos", "viejas", "pobre", "pobres"})


_FIRST_SINGULAR = frozenset({"i", "i am", "am", "im", "i was", "myself"})
# Words that open a new clause: a "you are" before them says nothing of what follows.
_CLAUSE_OPENERS = frozenset(
    {"that", "which", "who", "because", "but", "when", "if", "while", "que", "porque", "pero",
     "cuando", "si", "aunque", "and", "y"}
)  # fmt: skip


def _you_are_before(an: Analysis, u: Unit) -> bool:
    """ "you are"/"you're" earlier in the same clause ("you're either a paid shill or just
    plain stupid"), or a Spanish second-person preterite just before ("naciste tonto")."""
    text = an.norm.text
    for k in range(u.index - 1, max(-1, u.index - 9), -1):
        p = an.units[k]
        if p.text in ("and", "y") and an.units[k + 1].text in _ARTICLES:
            continue  # "you're wrong and a fool": the same "you are" goes on
        if p.sentence != u.sentence or p.text in _CLAUSE_OPENERS or "," in text[p.end : u.start]:
            return False
        if p.text in ("are", "were") and k > 0 and an.units[k - 1].text in ("you", "u"):
            return True
        if p.code == "C":
            return False  # "you are so right the plan is stupid": another subject
        if (
            an.lang == "es"
            and u.text not in _THING_WORDS  # "dijiste algo ridículo": said of what was said
            and k >= u.index - 2
            and p.entry is None
            and len(p.text) > 5
            and p.text.endswith(("aste", "iste"))
        ):
            return True
    return False


_HANDLE_IS = re.compile(
    r"@\w+\s+(?:is|was|es|eres|sos)\s+(?:a\s+|an\s+|un\s+|una\s+|such\s+a\s+|just\s+a\s+|"
    r"the\s+|so\s+|such\s+an\s+|el\s+|la\s+)?$",
    re.IGNORECASE,
)


def _handle_before(an: Analysis, u: Unit, text: str) -> bool:
    """An @handle, a copula and the insult: "@Maria is a troll", "@Chuy es un payaso"."""
    start = an.span(u.index, u.index)[0]
    return "@" in text[:start] and bool(_HANDLE_IS.search(text[max(0, start - 60) : start]))


def _article_next(an: Analysis, u: Unit) -> bool:
    """A Spanish article right after the word: what follows is what it describes."""
    k = u.index + 1
    return (
        an.lang == "es"
        and k < len(an.units)
        and an.units[k].sentence == u.sentence
        and an.units[k].text in ("el", "la", "los", "las", "lo")
    )


_DONT_BE = frozenset({"seas", "seais"})  # "no seas tonto" (never "no sea que")


def _demonstrative_estas(an: Analysis, p: Unit) -> bool:
    """'estas' (these) before a plural word ("estas ridículas reglas", "estas reglas son
    ridículas"), not "estás" (you are), which takes a singular ("estás ridícula") or a
    gerund ("estás diciendo")."""
    if p.text != "estas" or p.index + 1 >= len(an.units):
        return False
    nxt = an.units[p.index + 1]
    return (
        nxt.sentence == p.sentence
        and nxt.text.endswith("s")
        and " " not in nxt.text
        and nxt.text not in _DEGREE
        and nxt.code not in ("U", "A", "C")
    )


# A commenter or the article's writer picked out by where they posted or what they wrote: "the
# guy above me", "la que comentó arriba", "este periodista", "whoever wrote this".
_AT_PARTICIPANT = re.compile(
    r"\b(?:the|that|this) (?:guy|person|dude|commenter|poster|one|woman|man|lady|clown) "
    r"(?:above|below|upthread|before me)\b|\b(?:el|la) que comento arriba\b|"
    r"\b(?:este|esta|this) (?:periodista|reportero|reportera|columnista|comentarista|"
    r"journalist|reporter|columnist|commenter)\b|\b(?:el|la) que escribio (?:esto|esta|este)\b|"
    r"\bwhoever wrote (?:this|that)\b|\bwhoever the author is\b|"
    r"\b(?:the )?author(?: of (?:this|the) (?:piece|article|post|column))?(?:'s| is| was)\b|"
    r"\bthe (?:guy|person|woman|man|one) who wrote (?:this|that|the)\b"
)


_MY = frozenset({"mi", "mis", "nuestra", "nuestro", "nuestras", "nuestros"})


# After the insult, a comparison or a measure that names the reader: "tan bruta como tú",
# "clowns like you", "pathetic, even for you", "patético hasta para ti".
_YOU_AFTER_RX = re.compile(
    r"\W*(?:\w+\W+){0,2}?(?:como (?:tu|usted|ustedes)|like (?:you|u|yourself)|"
    r"(?:even|incluso|hasta|aun) (?:for|para) (?:you|u|ti|usted))\b"
)


def _you_after(an: Analysis, u: Unit) -> bool:
    """Second person in the few words after ("qué asco de persona eres", "gente tan bruta
    como tú")."""
    last = u.index + (4 if _next_text(an, u) == "de" else 3)  # "asco de persona eres"
    for k in range(u.index + 1, min(len(an.units), last)):
        nxt = an.units[k]
        if nxt.sentence != u.sentence:
            return False
        if nxt.text in _YOU_AFTER or (
            nxt.text == "me" and k + 1 < len(an.units) and an.units[k + 1].text in ("das", "dais")
        ):
            return True
    return False


def _about_self(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """First person right before or after the insult, with only articles or adverbs between."""
    k = len(prev) - 1
    while k >= 0 and prev[k].text in _BETWEEN:
        k -= 1
    if k >= 0 and (
        prev[k].text in _SELF or (k >= 1 and f"{prev[k - 1].text} {prev[k].text}" in _SELF)
    ):
        return True
    nxt = u.index + 1
    return (
        nxt < len(an.units)
        and an.units[nxt].sentence == u.sentence
        and an.units[nxt].text in _SELF
        and an.units[nxt].text != "yo"
    )


_NUMBERS = frozenset({"dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
                      "diez", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                      "ten"})  # fmt: skip


def _counted(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """A plural insult right after a number ("3 paletas", "cuatro perras", "two clowns on TV"),
    in a sentence with no second person: a count of things or of people not in the thread."""
    if not prev or prev[-1].sentence != u.sentence or not u.text.endswith("s"):
        return False
    if not (prev[-1].text.isdigit() or prev[-1].text in _NUMBERS):
        return False
    return not any(x.code == "U" or _you(an, x) or x.text in _YOU_NEAR or x.text in _YOU_AFTER
                   for x in an.sentence_run(u.index))  # fmt: skip


def _act_after(an: Analysis, u: Unit) -> bool:
    """Right after the insult, an infinitive or "lo que"/"lo de" clause that is what it judges
    ("qué feo leer eso", "es asqueroso lo que dijo"), in a sentence with no second person."""
    k = u.index + 1
    if k >= len(an.units) or an.units[k].sentence != u.sentence:
        return False
    nxt = an.units[k]
    after = an.units[k + 1].text if k + 1 < len(an.units) else ""
    act = (nxt.text in ("lo", "lo de") and after in ("que", "de")) or (
        nxt.entry is None and bool(_INFINITIVE.match(nxt.text)) and len(nxt.text) > 3
    )
    if not act or "," in an.norm.text[u.end : nxt.start]:
        return False
    return not any(x.code == "U" or _you(an, x) or x.text in _YOU_NEAR or x.text in _YOU_AFTER
                   for x in an.sentence_run(u.index))  # fmt: skip


def _pointed_at(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """A determiner or a curse that makes the insult a noun for someone ("esta gorda", "pedazo
    de imbécil", "el payaso este", "niñata de mierda")."""
    if prev and u.text not in _THING_WORDS and u.text not in _EXPLETIVE_WORDS:
        if prev[-1].text in _DEMONSTRATIVE and _thing_noun_next(an, u):
            return False  # "estas ridículas reglas": the word is an adjective of a thing
        if (prev[-1].text in _DEMONSTRATIVE and not _accented_verb(an, prev[-1])) or (
            prev[-1].text in _POINTERS
        ):
            return True
        if len(prev) >= 2 and f"{prev[-2].text} {prev[-1].text}" in _POINTERS:
            return True
    nxt = an.units[u.index + 1] if u.index + 1 < len(an.units) else None
    if nxt is None or nxt.sentence != u.sentence:
        return False
    if nxt.text in _DEMONSTRATIVE and u.text not in _THING_WORDS and not _accented_verb(an, nxt):
        return prev[-1:] != [] and prev[-1].text in ("el", "la", "los", "las")
    if u.text in ("mierda", "mierdas") and prev[-1:] and prev[-1].text == "de":
        return len(prev) >= 2 and (prev[-2].text in _PERSON_NOUNS or prev[-2].has("INS"))
    return u.text in ("mierda", "mierdas") and bool(prev) and prev[-1].text in ("un", "pedazo de")


_TOUGH = frozenset({"cabron", "cabrona", "canijo", "canija", "gacho", "gacha"})
