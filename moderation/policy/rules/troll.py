"""Trolling (clause `troll`): personal attacks on commenters or the author, flame bait,
shouting, copy-paste repeats, threats and doxxing, and the moderators' own blocked terms.

Mostly hold for a person to judge; threats and doxxing reject.
"""

from __future__ import annotations

import difflib
import re
import string
from collections.abc import Iterable
from itertools import islice, pairwise
from operator import eq

from moderation.policy.analysis import Analysis, Unit, any_stopwords
from moderation.policy.lexicon import skipping
from moderation.policy.normalize import fold_term, fold_text
from moderation.policy.rules import Hit, remembered, rule, threat_said
from moderation.policy.rules.context import (
    admiring_banter,
    condemned_elsewhere,
    is_question,
    kind_manner,
    neg_raised,
    next_in_sentence,
    playful_threat,
    report_frame_before,
    units_in,
    without_saying,
)
from moderation.policy.rules.profanity import addresses_reader, intensifying
from moderation.policy.rules.troll_idioms import harmless_idiom
from moderation.policy.types import Category, Submission

_YOU = frozenset({"you", "u", "ya", "eres", "sos", "tu", "you are", "vosotros", "ustedes", "os"})


def _you(an: Analysis, x: Unit) -> bool:
    """A second-person word; Spanish "ya" is "already", not the English "ya"."""
    return x.text in _YOU and not (x.text == "ya" and an.lang == "es")


_EXCLAIM = frozenset({"que", "menudo", "menuda", "vaya", "pedazo de", "so", "what a", "such a",
                      "menudos", "menudas", "pedazo", "valiente", "hola"})  # fmt: skip
_PERSON_SUBJECT = frozenset(
    {"this guy", "this dude", "this woman", "this girl", "this man", "the author", "this author",
     "the writer", "this writer", "el autor", "la autora", "este tio", "esta tia", "este tipo",
     "esta tipa", "esta chica", "este chico", "este chaval", "esta chavala", "esta senora",
     "ellos", "ellas",
     "este senor", "esta mujer", "este hombre", "este", "esta", "el tio", "la tia", "he", "she",
     "el", "ella", "op"}
)  # fmt: skip
_PERFECT = frozenset({"ha", "han", "he", "has", "hemos", "habeis", "habia", "habian", "haber",
                      "hubiera", "haberle", "haberte", "haberlo", "haberla", "haberme",
                      "haberles", "habiendo", "habias", "habra", "habria"})  # fmt: skip
_WEAK_SUBJECT = frozenset({"he", "she", "el", "este", "esta"})
# Verbs that aim what follows at the person addressed or talked about (Spanish drops pronouns).
_AIMING_VERBS = frozenset({"eres", "sos", "estas", "pareces", "es", "esta", "parece", "vas de",
                           "va de", "te crees", "se cree", "menudo", "menuda"})  # fmt: skip
# Insults that also describe things ("a stupid law", "una ley estúpida"): need a person.
_THING_WORDS = frozenset(
    {"estupido", "estupida", "ridiculo", "ridicula",
     "patetico", "patetica", "lamentable",
     "penoso", "penosa", "falso", "falsa", "mediocre", "inutil", "basura", "mierda",
     "horrible", "stupid", "dumb", "pathetic", "ridiculous", "garbage", "trash", "ignorant",
     "disgrace", "worthless", "idiotic", "lamentables", "mediocres", "inutiles", "pesado",
     "dumbest", "stupidest",
     "pesada", "loco", "loca", "falsos", "falsas",
     "bruto", "bruta", "brutos", "brutas", "vendido", "vendida", "vendidos", "vendidas"}
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile(r"[a-z]+")  # `_WORD` of lower-case ASCII text
_LETTERS = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-ZÁÉÍÓÚÑÜ]")


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
    if u.text in _BEFORE_NOUN and _content_next(an, u):
        return False, ""  # "la vieja casa", "el viejo puerto": an adjective of a thing
    if u.text in _AGE_WORDS and _PRAISE_AFTER.match(an.norm.text, u.end):
        return False, ""  # "un viejo muy querido", "una viejita encantadora": age, with love
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
# Insults that are also the commonest expletives: "¡qué mierda!", "qué asco" are exasperation;
# "eres una mierda", "asco de tía" are insults (handled by the aiming tests above).
_EXPLETIVE_WORDS = frozenset({"mierda", "mierdas", "asco", "que asco", "basura", "puta", "putas"})
# First person: the writer calls themself names ("soy una pringada", "qué tonto soy").
_SELF = frozenset(
    {"soy", "fui", "era", "estoy", "sere", "me siento", "me senti", "me considero", "me veo",
     "me vi", "me he sentido", "me sentia", "somos",
     "me hice", "me hago", "me hace sentir", "me hizo sentir", "me volvi", "me vuelvo",
     "me estoy volviendo", "me volveria", "me puse", "me pongo"}
)  # fmt: skip
_BETWEEN = frozenset({"un", "una", "unos", "unas", "muy", "tan", "mas", "bien", "super", "el",
                      "la", "a", "an", "so", "such", "the", "such a", "re", "bastante",
                      "medio", "algo", "como", "tremendo", "tremenda"})  # fmt: skip
# Determiners that make the insult a noun for someone present ("esta gorda", "la muy tonta",
# "el payaso este"); "esta ley" is no person, but an insult right after it is one.
_DEMONSTRATIVE = frozenset({"esta", "este", "esa", "ese", "estos", "estas", "esos", "esas",
                            "aquel", "aquella"})  # fmt: skip
_POINTERS = frozenset({"pedazo de", "pedazo", "menudo", "menuda", "menudos", "menudas",
                       "la muy", "el muy", "los muy", "las muy", "pobre", "maldito", "maldita",
                       "malditos", "malditas", "puto", "puta", "putos", "putas", "pinche",
                       "pinches", "grandisimo", "grandisima", "so"})  # fmt: skip
# Person nouns whose "de mierda" is an insult ("niñata de mierda", "tía de mierda").
_PERSON_NOUNS = frozenset(
    {"tio", "tia", "tipo", "tipa", "nino", "nina", "ninata", "ninato", "chica", "chico",
     "hombre", "mujer", "persona", "gente", "senora", "senor", "vieja", "viejo", "cabron",
     "cabrona", "youtuber", "influencer", "chaval", "chavala", "morro", "morra", "vato", "wey",
     "guey", "hija", "hijo", "madre", "padre", "familia", "pendejo", "pendeja", "puta", "perra"}
)  # fmt: skip


# Crude words that Mexican Spanish also uses for how hard or intense a thing is.
_CRUDE_INTENSE = frozenset({"cabron", "cabrona", "culero", "culera", "gacho", "gacha",
                            "canijo", "canija", "perro", "perra"})  # fmt: skip


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
            if any(_you(an, x) or x.text in _YOU_NEAR or x.code == "U" for x in same):
                return False  # "nadie es tan idiota como tú": the reader is still named
            return not _YOU_AFTER_RX.match(text, u.end)
        if p.text in _CLAUSE_OPENERS:
            return False
    return False


def _crude_of_a_thing(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """'¡Qué cabrón está el calor!', 'qué culero estuvo el tráfico', 'qué cabrón el calor':
    "qué X (está)" followed by a thing (not a person noun, a name or you) describes the thing
    as rough."""
    if u.text not in _CRUDE_INTENSE or not prev or prev[-1].text not in _EXCLAIM:
        return False
    after = [x for x in an.units[u.index + 1 : u.index + 4] if x.sentence == u.sentence]
    if after and after[0].text in _ESTAR:
        after = after[1:]  # the verb may be left out: "¡Qué cabrón el calor!"
    return (
        len(after) >= 2
        and after[0].text in _ARTICLES
        and after[1].code == "w"
        and after[1].text not in _PERSON_NOUNS
        and not after[1].has("INS")
        and after[1].text not in _PERSON_SUBJECT
        and not an.capitalised(after[1].index)
    )


def _fact_judged(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """'¡Qué cabrón que el gobierno gaste en cámaras!', 'qué feo que la autora diga ...': an
    exclamation of the word, then "que" and a clause with a subject of its own: the fact is
    judged. Not with a copula or a second person in the sentence ("qué tonto que eres", "qué
    feo que te ves", "qué idiota que es Juan")."""
    if not prev or prev[-1].text != "que":
        return False
    if u.meta("INS") == "strong" and u.text not in _CRUDE_INTENSE:
        return False
    k = u.index + 1
    if k + 1 >= len(an.units) or an.units[k].text != "que":
        return False
    nxt = an.units[k + 1]
    if nxt.sentence != u.sentence or nxt.code == "C" or nxt.text in _LINKING:
        return False
    if nxt.text in ("te", "me", "se", "lo", "la", "le", "los", "les", "nos"):
        return False  # "qué tonto que te ves", "qué pendejo que se ve": a person again
    return not any(
        x.code == "U" or _you(an, x) or x.text in _YOU_NEAR or x.text in _YOU_AFTER
        for x in an.sentence_run(u.index)
    )


_AGE_WORDS = frozenset({"viejo", "vieja", "viejos", "viejas"})
_KIN_POSSESSIVE = frozenset({"su", "sus", "tu", "tus"})


def _age_of_a_thing(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """'Viejo' is mostly the adjective of age: right after a noun that is no person ("tubería
    vieja", "el camión viejo"), after "está" with a thing as subject ("ese cuento ya está muy
    viejo"), or as the elliptic "la vieja" of a thing with an accented "está" after it ("la
    vieja está rota"); "los viejos" with a first-person plural after it is the writer among the
    old ("los viejos nos vamos a seguir cayendo")."""
    if u.text not in _AGE_WORDS:
        return False
    units = an.units
    same = [p for p in an.sentence_run(u.index) if p.index < u.index]
    if any(_you(an, p) or p.code == "U" or p.text in _YOU_NEAR for p in same):
        return False
    nxt = units[u.index + 1] if u.index + 1 < len(units) else None
    nxt = nxt if nxt is not None and nxt.sentence == u.sentence else None
    if same and _plain_noun(an, same[-1]):
        return True  # "tubería vieja"
    if nxt is not None and nxt.text in ("nos", "somos") and u.text.endswith("s"):
        return True  # "los viejos nos vamos ..."
    if nxt is not None and nxt.text in _DEMONSTRATIVE and _accented_verb(an, nxt):
        return True  # "la vieja está rota": the verb, not "la vieja esta"
    k = len(same) - 1
    while k >= 0 and (same[k].text in _DEGREE or same[k].text in _SUBJECT_ADVERBS):
        k -= 1
    if k < 2 or same[k].text not in _ESTAR:
        return False
    j = k - 1
    while j >= 0 and same[j].text in _SUBJECT_ADVERBS:
        j -= 1
    return j >= 1 and _plain_noun(an, same[j]) and same[j - 1].text in _DETERMINERS


def _plain_noun(an: Analysis, x: Unit) -> bool:
    """A content word that is no person, office, group or insult ("tubería", "cuento")."""
    stop = an.lex.stopwords.get(an.lang, frozenset())
    return (
        x.code == "w"
        and x.entry is None
        and x.text not in stop
        and x.text not in _PERSON_NOUNS
        and x.text not in _PERSON_SUBJECT
        and not _role(x)
        and len(x.text) > 3
        and not an.capitalised(x.index)
        and x.text not in _LINKING
        and x.text not in _ESTAR
    )


def _named_by_its_thing(prev: list[Unit]) -> bool:
    """'Los de las gorditas', 'la de los tamales': people named by what they sell or carry;
    the word after "de" and its article is that thing."""
    return (
        len(prev) >= 3
        and prev[-1].text in ("el", "la", "los", "las")
        and prev[-2].text == "de"
        and prev[-3].text in ("el", "la", "los", "las")
    )


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


_OPINION = frozenset({"me parece", "nos parece", "me parecio", "me parecen", "nos parecen"})


def _opinion_of_a_thing(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """'Me parece hipócrita cómo ...': an opinion with the writer as experiencer, followed by
    the thing judged (how, that, when, an infinitive) or with a thing as subject ("algo que
    me parece ..."); 'sé que parece inútil' has a clause (an effort) as subject. A person as
    subject ("este tipo me parece ...") is still an insult."""
    if not prev:
        return False
    last = prev[-1]
    if last.text == "parece" and len(prev) >= 2 and prev[-2].text == "que":
        return u.text in _THING_WORDS
    if last.text not in _OPINION:
        return False
    if any(x.text in _PERSON_SUBJECT or x.code in ("G", "U") for x in prev[:-1]):
        return False
    nxt = an.units[u.index + 1] if u.index + 1 < len(an.units) else None
    thing_after = (
        nxt is not None
        and nxt.sentence == u.sentence
        and (nxt.text in _THING_AFTER or bool(_INFINITIVE.match(nxt.text)))
    )
    return thing_after or any(x.text in _THING_SUBJECTS for x in prev[:-1])


_THING_AFTER = frozenset({"como", "que", "cuando", "en", "lo", "lo de", "eso", "esto", "el",
                          "la", "los", "las", "todo"})  # fmt: skip


_BEFORE_NOUN = frozenset({"viejo", "vieja", "viejos", "viejas", "pobre", "pobres"})


# "Feo" is also the adverb "badly" ("te equivocas feo", "te contesté feo", "hablar feo") and
# the adjective of what was said ("cosas feas"): neither calls anyone ugly.
_MANNER = frozenset({"feo", "fea", "feos", "feas"})
# Verbs that link "feo" to their subject: "eres feo", "te ves feo", "se puso feo".
_LINKING = frozenset(
    {"es", "eres", "sos", "son", "soy", "somos", "sois", "esta", "estas", "estan", "estoy",
     "ves", "ve", "veo", "ven", "pareces", "parece", "parecen", "quedas", "queda", "quedo",
     "luces", "luce", "pones", "pone", "puso", "pusiste", "sigues", "sigue", "andas", "anda",
     "naciste", "nacio", "eras", "era", "fuiste", "fue", "seas", "sea", "te ves", "se ve",
     "estas bien", "que", "tan", "muy", "bien", "super", "mas", "re", "bastante"}
)  # fmt: skip
_SAID_THINGS = frozenset(
    {"cosas", "cosa", "palabras", "palabra", "comentarios", "comentario", "mensajes", "mensaje",
     "respuestas", "respuesta", "insultos"}
)  # fmt: skip
_VERB_FORM = re.compile(r"^[a-z]{3,}(?:as|es|aste|iste|e|i|o|ar|er|ir|amos|imos|aron|ieron)$")


def _manner_or_thing(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """ "Feo" right after a verb that does not link it to a subject is how something was done
    ("te equivocas feo", "hablar feo de nadie"); after a noun for words said, it rates them
    ("cosas feas"). A linking verb ("eres feo", "te ves feo") or a degree word keeps the
    insult, and so does a second person right after it ("feo eres")."""
    if u.text not in _MANNER or not prev or prev[-1].sentence != u.sentence:
        return False
    if _next_text(an, u) in _YOU_AFTER or _next_text(an, u) in ("tu", "usted"):
        return False
    if _ugly_thing_after(an, u) or _ugly_thing_before(prev):
        return True  # "qué feo comentario", "qué fea la inflación", "qué cifras tan feas"
    last = prev[-1]
    if last.text in _SAID_THINGS:
        return True
    if last.text in _LINKING or last.entry is not None or last.code != "w":
        return False
    return bool(_VERB_FORM.match(last.text))


def _ugly_thing_after(an: Analysis, u: Unit) -> bool:
    """A thing right after "feo", or after an article that follows it: "qué feo comentario",
    "qué fea la inflación"."""
    after = [x for x in an.units[u.index + 1 : u.index + 3] if x.sentence == u.sentence]
    if after and after[0].text in ("el", "la", "los", "las"):
        after = after[1:]
    return bool(after) and (after[0].text in _SAID_THINGS or _thing_noun(after[0]))


def _ugly_thing_before(prev: list[Unit]) -> bool:
    """A thing before "feo" with only a degree word between: "qué cifras tan feas"."""
    words = [p for p in prev if p.text not in _DEGREE]
    return len(words) < len(prev) and bool(words) and _thing_noun(words[-1])


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


def _content_next(an: Analysis, u: Unit) -> bool:
    k = u.index + 1
    if k >= len(an.units) or an.units[k].sentence != u.sentence:
        return False
    nxt = an.units[k]
    stop = an.lex.stopwords.get(an.lang, frozenset())
    return nxt.entry is None and nxt.text not in stop and nxt.code == "w"


_DONT_BE = frozenset({"seas", "seais"})  # "no seas tonto" (never "no sea que")
# Second person in the words just before ("te ves ridícula", "tienes cara de tonta").
_YOU_NEAR = frozenset(
    {"te", "ti", "contigo", "tienes", "pareces", "vas", "haces", "dices", "sabes", "crees",
     "ves", "pones", "quedas", "sigues", "estas", "tu", "tus", "hablas", "escribes", "eras",
     "seas"}
)  # fmt: skip


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


_DEGREE = frozenset({"mas", "muy", "tan", "super", "bien", "bastante", "re", "demasiado",
                     "tremendamente", "realmente", "totalmente", "completamente", "menos",
                     "un poco", "algo"})  # fmt: skip
_ARTICLES = frozenset({"un", "una", "unos", "unas", "el", "la", "los", "las", "a", "an", "the"})


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
_CONDEMNS = re.compile(r"\b(?:racis\w*|antisemit\w*|supremacist\w*|bigot\w*|xenofob\w*)\b")
# The thread itself named in the insult's sentence, before or after it: "the idiots in this
# comment section", "you people", "y'all", "the mods here", "los payasos de los comentarios".
_IN_THE_THREAD = re.compile(
    r"\b(?:in|on|from|of) (?:this|the) (?:comments?|thread|comments? section)\b|"
    r"\bthis (?:comments? section|thread)\b|\by'?all\b|\byou people\b|\bcommenters?\b|"
    r"\bthe (?:mods|moderators?)\b|\b(?:de|en) (?:los|estos) comentarios\b|"
    r"\bcomentaristas?\b|\beste hilo\b"
)


def _in_the_thread(an: Analysis, u: Unit) -> bool:
    """The insult's sentence names the thread or its readers: a word for a person ("idiots",
    not "garbage", which also judges what was posted), in a comment that does not condemn hate
    ("racist trash in this thread" calls out the posts)."""
    if u.text in _THING_WORDS or u.text in _EXPLETIVE_WORDS or u.text in ("loco", "loca"):
        return False
    same = an.sentence_run(u.index)
    start, end = same[0].start, same[-1].end
    return bool(_IN_THE_THREAD.search(an.norm.text, start, end)) and not _CONDEMNS.search(
        an.norm.text
    )


def _sentence_before(an: Analysis, u: Unit) -> str:
    """The normalised text of u's sentence up to u."""
    k = u.index
    while k > 0 and an.units[k - 1].sentence == u.sentence:
        k -= 1
    return an.norm.text[an.units[k].start : u.start]


def _nominal(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """An insult right after an article, with no noun of its own after it, is a noun for a
    person ("la tonta que se cree", "es una ridícula"); "una ley estúpida" and "una estúpida
    ley" are about things."""
    if not prev or prev[-1].text not in _ARTICLES or u.text in _EXPLETIVE_WORDS:
        return False
    if an.lang != "es":
        return False  # English adjectives need their noun ("a stupid idea")
    return not _content_next(an, u)


# Spanish nouns of things that insults also describe ("una frase asquerosa", "esa teoría es
# vieja"), and the endings of abstract nouns ("-ción", "-dad", "-ismo", ...).
_THING_NOUNS = frozenset(
    {"frase", "idea", "ley", "teoria", "nota", "video", "foto", "cancion", "pelicula",
     "propuesta", "opinion", "palabra", "broma", "chiste", "imagen", "mentira", "excusa",
     "pregunta", "respuesta", "historia", "noticia", "columna", "articulo", "cifra", "dato",
     "tema", "discurso", "plan", "proyecto", "reforma", "medida", "obra", "calle", "casa",
     "camioneta", "carro", "coche", "comida", "musica", "letra", "letras", "serie", "libro",
     "programa", "campana", "costumbre", "situacion", "politica", "regla", "norma", "mensaje",
     "titular", "pancarta", "cartel", "meme", "version", "argumento", "postura", "decision",
     "gala", "prueba", "baile", "vestido", "peinado", "plato", "receta", "capitulo",
     "temporada", "partido", "jugada", "examen", "tarea", "clima", "trafico", "calor",
     "precio", "precios"}
)  # fmt: skip
_THING_ENDINGS = ("cion", "sion", "dad", "tad", "ura", "aje", "mento", "ismo", "eza", "ncia")
_DETERMINERS = frozenset({"un", "una", "el", "la", "los", "las", "unos", "unas", "esa", "ese",
                          "esta", "este", "esas", "esos", "estas", "estos", "aquella",
                          "aquel", "su", "sus", "mi", "mis", "otra", "otro"})  # fmt: skip
_LINKS = frozenset({"es", "era", "fue", "son", "eran", "fueron", "esta", "estan", "parece",
                    "me parece", "resulta", "sigue", "sigue siendo", "y"})  # fmt: skip


def _thing_noun(unit: Unit) -> bool:
    t = unit.text
    if unit.code == "c" and len(t) > 5 and t.endswith(_THING_ENDINGS):
        return True  # "el racismo", "la discriminación": a word of condemnation, a thing
    if unit.code != "w" or unit.has("INS") or t in _PERSON_NOUNS:
        return False
    if t.endswith("s") and t[:-1] in _THING_NOUNS:
        return True  # "cifras", "frases": the plural of a thing
    return t in _THING_NOUNS or (len(t) > 5 and t.endswith(_THING_ENDINGS))


def _said_of_a_thing(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """The insult is an adjective right after a thing ("una frase asquerosa") or the
    predicate of one ("esa teoría es vieja"), in a sentence that speaks to no one."""
    same = [p for p in an.sentence_run(u.index) if p.index < u.index]
    if any(_you(an, p) or p.code == "U" or p.text in _YOU_NEAR for p in same):
        return False
    if len(same) >= 2 and _thing_noun(same[-1]) and same[-2].text in _DETERMINERS:
        return True
    k = len(same) - 1
    while k >= 0 and (
        same[k].text in _LINKS
        or same[k].text in _DEGREE
        # "el racismo en México es el más hipócrita": a superlative of the thing
        or (same[k].text in ("el", "la", "lo") and k + 1 < len(same) and same[k + 1].text == "mas")
    ):
        k -= 1
    if k == len(same) - 1 or k < 1:
        return False
    if not _thing_noun(same[k]):
        return _thing_subject_before(an.sentence_run(u.index), same[k].index)
    return same[k - 1].text in _DETERMINERS or same[k - 1].text == "que"  # "qué frase tan"


# Adverbs between a subject and its verb ("el dato ya está viejo").
_SUBJECT_ADVERBS = frozenset({"ya", "todavia", "aun", "tambien", "siempre", "hoy", "ahora"})


def _thing_subject_before(run: list[Unit], end: int) -> bool:
    """A determiner and a thing noun open the subject, with a short modifier between it and
    the linking verb (up to five words): "el video que circula está muy feo", "el dato de
    2018 ya está viejo".
    No person, office or other insult may sit between."""
    same = [x for x in run if x.index <= end]
    k = len(same) - 1
    while k >= 0 and same[k].text in _SUBJECT_ADVERBS:
        k -= 1
    for j in range(k, max(0, k - 6), -1):
        x = same[j]
        if x.has("INS") or x.text in _PERSON_NOUNS or x.text in _PERSON_SUBJECT or _role(x):
            return False
        if x.code in ("C", "U", "G", "B"):
            return False
        if _thing_noun(x) and j >= 1 and same[j - 1].text in _DETERMINERS:
            return j < k
    return False


_MY = frozenset({"mi", "mis", "nuestra", "nuestro", "nuestras", "nuestros"})
_YOU_AFTER = frozenset({"eres", "sois", "sos", "das", "dais", "me das", "me dais", "you are"})
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


def _next_text(an: Analysis, u: Unit) -> str:
    nxt = next_in_sentence(an, u)
    return nxt.text if nxt is not None else ""


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


def _accented_verb(an: Analysis, x: Unit) -> bool:
    """ "está", "estás" written with the accent: the verb, not the demonstrative "esta"."""
    start, end = an.span(x.index, x.index)
    return "á" in an.norm.original[start:end].lower()


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


_PERSON_ENDINGS = ("ista", "istas", "ora", "oras", "ores", "ero", "era", "eros", "eras", "ante",
                   "antes", "iente", "ientes")  # fmt: skip


def _thing_noun_next(an: Analysis, u: Unit) -> bool:
    """An ordinary noun right after the word that is no word for a person ("reglas", not
    "mujeres" or "periodistas")."""
    if not _content_next(an, u):
        return False
    noun = an.units[u.index + 1].text
    stems = {noun, noun.removesuffix("s"), noun.removesuffix("es")}
    return stems.isdisjoint(_PERSON_NOUNS) and not noun.endswith(_PERSON_ENDINGS)


# Offices and public bodies named in one word: a unit the put-down rules read as public
# (`_PUBLIC`), and a word of the sentence test `_OFFICE`, which adds plurals and prefixes.
_OFFICE_TITLES = frozenset(
    {"mayor", "alcalde", "alcaldesa", "senator", "senador", "senadora", "governor", "gobernador",
     "sheriff", "commissioner", "ayuntamiento", "municipio", "gobierno", "government", "agency",
     "police"}
)  # fmt: skip
_PUBLIC = _OFFICE_TITLES | frozenset(
    {"president", "minister", "congress", "congressman", "congresswoman", "party",
     "administration", "secretary", "judge", "presidente", "presidenta", "ministro", "ministra",
     "diputado", "diputada", "partido", "policy", "law", "politica", "ley", "official",
     "officials", "politician", "politicians", "politico", "politicos", "democrats",
     "republicans", "liberals", "conservatives", "senators", "governors", "mayors", "judges",
     "lawmakers", "congressmen", "diputados", "diputadas", "senadores", "gobernadores",
     "alcaldes", "regidores", "jueces", "legisladores", "ministros", "funcionarios",
     "congresistas", "fiscalia", "procuraduria", "tribunal", "congreso", "senado", "cabildo",
     "court", "council", "senate", "la fiscalia", "la policia", "el gobierno", "el congreso",
     "el senado", "la corte", "el ayuntamiento", "el municipio", "spokesman", "spokeswoman",
     "spokesperson", "vocero", "vocera", "fiscal", "prosecutor", "opposition", "oposicion",
     "la oposicion", "candidate", "candidates", "candidato", "candidata", "candidatos",
     "secretario", "secretaria", "cabinet", "gabinete", "regime", "regimen", "ministry", "army",
     "ejercito", "dirigentes", "leaders", "lideres",
     # unions, judged like parties on their public conduct
     "sindicato", "sindicatos", "el sindicato", "union", "unions", "la union"}
) | frozenset(
    # performers judged on their public work: "ese concursante es un pesado", "the host is a
    # clown" are reviews of a show, said of nobody in the thread
    {"concursante", "concursantes", "presentador", "presentadora", "presentadores", "streamer",
     "streamers", "contestant", "contestants", "host", "presenter", "comediante", "humorista",
     "comedian", "jurado"}
)  # fmt: skip


_DEMONSTRATIVES = frozenset({"these", "those", "estos", "esos", "estas", "esas", "aquellos"})
_PLURAL_COPULAS = frozenset({"are", "were", "are all", "are just", "son", "eran", "son unos",
                             "son unas", "estan"})  # fmt: skip


def _third_parties(an: Analysis, u: Unit) -> bool:
    """A plural insult about people who are not in the conversation: a demonstrative right
    before it, or a plural noun subject with no "you" in the sentence."""
    before = [x for x in an.units[: u.index] if x.sentence == u.sentence]
    if any(x.code == "U" or _you(an, x) for x in before):
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

_AIMED_AT = frozenset({"against", "toward", "towards", "about", "contra", "hacia", "sobre",
                       "en contra de", "en contra"})  # fmt: skip


def _words_aimed_subject(an: Analysis, u: Unit) -> bool:
    """The insult is the predicate, through a copula, of a subject that is a thing aimed at
    someone ("los chistes sobre los gitanos del grupo son asquerosos", "the slurs against
    the new family were disgusting"): said of the jokes, to no one."""
    same = [x for x in an.sentence_run(u.index) if x.index < u.index]
    k = next((j for j in range(len(same) - 1, 0, -1) if same[j].code == "C"), None)
    if k is None or any(x.code != "A" and x.text not in _DEGREE for x in same[k + 1 :]):
        return False
    subject = same[:k]
    if any(x.code == "U" or _you(an, x) or x.text in _YOU_NEAR for x in subject):
        return False
    j = 0
    while j < len(subject) and subject[j].text in _DETERMINERS:
        j += 1
    if j >= len(subject) or not _thing_noun(subject[j]):
        return False
    return any(x.text in _AIMED_AT for x in subject[j + 1 : j + 4])


# Crowds, and what a reader writes: "qué opinión tan estúpida" is said of a reader's words.
_NOT_THINGS = frozenset({"raza", "pueblo", "bola", "monton", "banda", "tropa", "opinion",
                         "opiniones", "respuesta", "argumento", "pregunta", "post", "take",
                         "mensaje", "aporte"})  # fmt: skip


def _exclaimed_thing(an: Analysis, u: Unit) -> bool:
    """Spanish "qué <noun> tan/más <insult>" of a thing ("qué estereotipo tan viejo", "qué
    excusa más tonta"), not of a person ("qué tipo tan payaso", "qué gente tan pesada")."""
    k = u.index
    if an.lang != "es" or k < 3:
        return False
    degree, noun, que = an.units[k - 1], an.units[k - 2], an.units[k - 3]
    stems = {noun.text, noun.text.removesuffix("s"), noun.text.removesuffix("es")}
    return (
        degree.text in ("tan", "mas")
        and que.text == "que"
        and que.sentence == u.sentence
        and noun.code in ("w", "c")
        and not noun.has("INS")
        and stems.isdisjoint(_PERSON_NOUNS)
        and not noun.text.endswith(_PERSON_ENDINGS)
        and noun.text not in _NOT_THINGS
    )


def _no_one_of_the_thread(an: Analysis, sub: Submission) -> bool:
    """Nothing in the comment points at the thread: no second person, no word for the
    comments or the people writing them, no jeer at anyone's tears."""
    text = an.norm.text
    if any(x.code == "U" or _you(an, x) or x.text in _YOU_NEAR for x in an.units):
        return False
    if "@" in sub.text or any(sign in sub.text for sign in _JEER_SIGNS):
        return False
    return not (_THREAD_CUES.search(text) or _JEERS.search(text))


def _partisan_camp(an: Analysis, u: Unit, sub: Submission) -> bool:
    """A plural partisan nickname in a comment that puts no reader in it: "Chairos y fifís
    de acuerdo en algo: la luz sube", "los chairos y los fifís se pelean y el alcalde feliz"."""
    if u.text not in _CAMPS:
        return False
    same = an.sentence_run(u.index)
    text = an.norm.text
    if same[0].index == u.index and len(same) > 1 and "," in text[u.end : same[1].start]:
        return False  # "Chairos, son unos payasos": called to
    if same[-1].index == u.index and len(same) > 1 and "," in text[same[-2].end : u.start]:
        return False  # "..., chairos"
    return _no_one_of_the_thread(an, sub)


def _people_elsewhere(an: Analysis, u: Unit, sub: Submission) -> bool:
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
    if k is None or any(x.code != "A" and x.text not in _DEGREE for x in before[k + 1 :]):
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
    return (plural or subject.text in ("crowd", "gente", "people")) and _no_one_of_the_thread(
        an, sub
    )


_ESTAR = frozenset({"esta", "estuvo", "estaba", "estara", "estaria", "esta bien", "se puso",
                    "se pone", "anda", "andaba"})  # fmt: skip
_TOUGH = frozenset({"cabron", "cabrona", "canijo", "canija", "gacho", "gacha"})
_COLLECTIVE = frozenset({"bola", "monton", "punado", "bunch", "pack", "gang", "band"})
_COPULA_3 = frozenset({"is", "es", "was", "fue", "is just", "is such", "is a", "es un", "es una"})


_COMMENTER_CUES = re.compile(
    r"\b(ignore (him|her)|do not feed|(his|her) (comments?|posts?|replies)|comment(ed)? above|"
    r"posted above|su comentario|sus comentarios|ignorenlo|ignorenla|no le hagan caso|"
    r"comento arriba)\b"
)


def _named_subject(an: Analysis, sub: Submission, u: Unit) -> bool:
    """'Trump is a clown', 'AMLO es un payaso': a capitalised name, not one of the thread's
    participants, is the subject of the insult: harsh opinion of a public figure."""
    before = [x for x in an.units[: u.index] if x.sentence == u.sentence]
    while before and before[-1].code in ("A", "Y"):
        before.pop()
    if len(before) < 2 or (before[-1].text not in _COPULA_3 and before[-1].code != "C"):
        return False
    if _COMMENTER_CUES.search(an.norm.text):
        return False  # "Ruben is an idiot, ignore him": one of the thread
    subject = before[-2]
    if len(before) >= 3 and before[-3].text in _PRIVATE_ROLES:
        return False  # "Coach Miller is an idiot": a private person named by role, no office
    start, end = an.span(subject.index, subject.index)
    word = sub.text[start:end]
    if not word[:1].isupper() or word.lower() in ("you", "tu", "usted", "i", "yo"):
        return False
    return not any(subject.text in fold_term(n).split() for n in sub.context.participants())


def _exclaims_of_public(an: Analysis, u: Unit, prev: list[Unit], text: str) -> bool:
    """A bare exclamation ("¡Qué ridículo!") closing a comment that spoke of an official or an
    institution in an earlier sentence, to nobody in the thread: said of what they did."""
    if not prev or prev[-1].text not in _EXCLAIM or "@" in text:
        return False
    k = u.index + 1
    if k < len(an.units) and an.units[k].sentence == u.sentence:
        return False
    return any(
        x.sentence < u.sentence and (x.text in _PUBLIC or _office_title(x))
        for x in an.units[: u.index]
    )


# Roles held in public view without an office: a team's coach or manager, a referee, a
# company's chief, a news anchor. Judged on the game, the call, the company's moves or the
# broadcast, they are judged like an office-holder on public conduct ("the coach is an idiot,
# he sat his best player all half"); with nothing of that performance in the comment they
# stay private persons ("the coach" of a kids' team, "my manager").
_STAGE_ROLES = frozenset(
    {"coach", "the coach", "head coach", "manager", "referee", "referees", "ref", "refs",
     "umpire", "umpires", "ceo", "the ceo", "anchor", "anchorman", "newscaster",
     "entrenador", "entrenadora", "tecnico", "director tecnico", "dt", "arbitro", "arbitra",
     "arbitros", "referi", "conductor", "conductora", "director general", "directora general"}
)  # fmt: skip
_ON_STAGE = re.compile(
    r"\b(?:games?|match(?:es)?|season|playoffs?|lineup|roster|substitutions?|timeouts?|"
    r"penalt(?:y|ies)|calls?|plays?|halftime|innings?|goals?|league|tournament|finals?|"
    r"scored?|team|fans|offside|foul|red card|yellow card|var|"
    r"partidos?|juegos?|temporada|alineacion|cambios?|penal(?:es)?|marcador|gol(?:es)?|liga|"
    r"torneo|equipo|aficion|fuera de lugar|falta|tarjeta roja|tarjeta amarilla|"
    r"broadcast|newscast|segment|on air|interview|noticiero|programa|entrevista|transmision|"
    r"company|shareholders|layoffs|earnings|stock|board|empresa|despidos|accionistas)\b"
)


def _on_stage(an: Analysis, x: Unit) -> bool:
    """A role of `_STAGE_ROLES`, in a comment that speaks of its public performance."""
    return x.text in _STAGE_ROLES and bool(_ON_STAGE.search(an.norm.text))


def _names_public_subject(an: Analysis, sub: Submission, u: Unit) -> bool:
    """The insult is about an office-holder or institution named by role ("the senator"), or
    names one after a copula ("el más tonto de esta historia es el secretario"); or about a
    role in public view judged on its performance (`_STAGE_ROLES`)."""
    units = an.units
    k = u.index - 1
    while k >= 0 and units[k].sentence == u.sentence:
        x = units[k]
        if (x.text in _PUBLIC or _office_title(x) or _on_stage(an, x)) and (
            x.text not in _PERSON_SUBJECT
        ):
            return True
        k -= 1
    copula = False
    for x in units[u.index + 1 : u.index + 12]:
        if x.sentence != u.sentence:
            break
        if x.code == "C" or x.text in _COPULA_3:
            copula = True
        elif copula and (x.text in _PUBLIC or _office_title(x) or _on_stage(an, x)):
            return True
    return _public_after_article(an, u) or _dropped_public_subject(an, sub, u)


def _is_public(x: Unit) -> bool:
    return (x.text in _PUBLIC or x.text in _OFFICES or _office_title(x)) and (
        x.text not in _PERSON_SUBJECT
    )


def _role(x: Unit) -> bool:
    """A word for someone by role, public or private ("el alcalde", "el profe"): a person."""
    return _is_public(x) or x.has("title")


# Roles the libel lexicon lists as identifying a person ("title") that hold no public office:
# teachers, clergy, coaches, doctors, notaries, professionals, bosses, owners, relatives and
# the press. Calling one of them names is a personal attack like calling a neighbour names;
# only an office's holder may be judged harshly on public conduct.
_PRIVATE_ROLES = frozenset(
    {"teacher", "professor", "coach", "dr", "doctor", "priest", "pastor", "reverend", "rabbi",
     "imam", "bishop", "father", "notary", "landlord", "principal", "ceo", "the ceo", "owner",
     "the owner", "journalist", "reporter", "columnist", "blogger", "the blogger",
     "profe", "profesor", "profesora", "maestro", "maestra", "padre", "el cura", "parroco",
     "obispo", "entrenador", "entrenadora", "doctora", "el doctor", "la doctora", "notario",
     "notaria", "licenciado", "licenciada", "ingeniero", "contador", "contadora", "gerente",
     "coordinador", "coordinadora", "administrador", "administradora", "empresario",
     "empresaria", "el dueño", "la dueña", "jefe", "jefa", "don", "doña", "rector", "rectora",
     "periodista", "reportero", "reportera", "columnista",
     "your husband", "your wife", "your brother", "your son", "your father", "your dad",
     "your boss", "your cousin", "your uncle", "tu esposo", "tu esposa", "tu marido",
     "tu mujer", "tu hermano", "tu jefe", "tu papa", "tu tio", "tu primo"}
)  # fmt: skip


def _office_title(x: Unit) -> bool:
    """A title of the libel lexicon that names a public office (not a teacher or a priest)."""
    return x.has("title") and x.text not in _PRIVATE_ROLES


# Offices named in the singular that the plural list above lacks.
_OFFICES = frozenset({"regidor", "regidora", "congresista", "legislador", "legisladora",
                      "funcionario", "funcionaria", "juez", "jueza", "comisionado", "comisionada",
                      "councilman", "councilwoman", "lawmaker"})  # fmt: skip


def _public_after_article(an: Analysis, u: Unit) -> bool:
    """'Qué hipócrita el congresista que vota ...', 'huevones del sindicato': the insult, an
    article (or "del") and an office or public body right after it: that is who it is about."""
    after = [x for x in an.units[u.index + 1 : u.index + 3] if x.sentence == u.sentence]
    return (
        an.lang == "es"
        and len(after) == 2
        and after[0].text in ("el", "la", "los", "las", "del")
        and _is_public(after[1])
    )


_DROPPED_COPULA = frozenset({"es", "es un", "es una", "era", "era un", "era una", "fue"})


def _dropped_public_subject(an: Analysis, sub: Submission, u: Unit) -> bool:
    """'Ese regidor lleva 12 años ... Es un inútil': a Spanish sentence that opens with a
    third-person copula has a dropped subject; when the sentence before named an office and
    nobody in the thread is addressed (no second person, no @handle), that is the subject."""
    if an.lang != "es" or "@" in sub.text:
        return False
    same = an.sentence_run(u.index)
    if not same:
        return False
    head = [x for x in same if x.index < u.index and x.code not in ("A", "Y")]
    if not head:
        if len(same) > 3 or u.index == 0:
            return False  # a bare verdict ("Mentiroso profesional.") after the office is named
    elif head[-1].text not in _DROPPED_COPULA:
        return False
    # the copula opens the sentence, or a clause after "que" ("digo que es un incompetente")
    if len(head) > 1 and head[-2].text not in ("que", "digo que", "creo que", "pienso que"):
        return False
    upto = [x for x in an.units if x.sentence <= u.sentence]  # a later "tu" is generic
    if any(x.code == "U" or _you(an, x) or x.text in _YOU_NEAR for x in upto):
        return False
    return any(
        u.sentence - 3 <= x.sentence < u.sentence and _is_public(x) for x in an.units[: u.index]
    )


# Praise right after an age word makes it a word of age, not an insult ("un viejo sabio").
_PRAISE_AFTER = re.compile(
    r"\s+(?:(?:muy|tan|bien|re|super|mas)\s+)?(?:querid[oa]s?|sabi[oa]s?|lind[oa]s?|"
    r"encantador(?:a|es|as)?|entranables?|amables?|buena onda|bonach[oa]n[oa]?s?|"
    r"respetad[oa]s?|generos[oa]s?|trabajador(?:a|es|as)?|simpatic[oa]s?)\b"
)
# Affection or praise in the same comment makes a mild insult banter ("tonta, te quiero").
_FRIENDLY = re.compile(
    r"\b(te quiero|te amo|os quiero|te adoro|love you|love u|ily|crack|idolo|idola|maquina|"
    r"guapa|guapo|preciosa|precioso|bonita|bonito|genio|amo|mi vida|cariño|carino|bro|"
    r"hermano|hermana|tio bueno|jefe|reina|rey)\b|"
    # affection for the one talked about: "... pero lo queremos", "but we love him"
    r"\b(?:lo|la) (?:queremos|quiero|adoramos|adoro)(?: mucho| un chingo| igual)?(?=\s*[.!,]|$)|"
    r"\b(?:we|i) (?:love|adore) (?:him|her)(?: to bits| dearly| anyway| though)?(?=\s*[.!,]|$)|"
    r"[\u2764\U0001F495-\U0001F49F\U0001F60D"
    r"\U0001F618\U0001F970\U0001F973]"
)


# Laughter beside a sign of friendship between the two makes a mild jab or a tease banter
# between regulars: a debt or a date they share ("me debés un asado", "el jueves lo vemos"), a
# hug sent, or the tease owned as a joke ("jk", "es broma") and not taken back ("jk... unless?",
# "es broma... o no"). Laughter alone does not ("jajaja sos un boludo, no entendés nada"), nor
# "compa", which a mocker says as often as a friend ("qué ardido andas, compa").
_WARM = re.compile(
    r"\b(?:me debes|te debo|me debe|(?:un |otro |mandame un |te mando un )?abrazos?|abrazote|"
    r"nos vemos|lo vemos|te veo (?:el|en|manana|al rato)|see you (?:at|on|tomorrow|saturday|"
    r"sunday)|you owe me|i owe you|"
    r"(?:jk|j k|just kidding|only kidding|es broma|de broma|no te creas)"
    r"(?![\s.,!?]*(?:jk[\s.,!?]*)?(?:unless|or not|or am i|o no|o sea no|ya veremos|o tal vez no|"
    r"maybe not|we'?ll see)\b))\b"
)


def warm_banter(an: Analysis) -> bool:
    """Laughter and a sign of friendship in the same comment (`_WARM`)."""
    return admiring_banter(an) and bool(_WARM.search(an.norm.text))


# Swear-word nouns that Spanish speakers also use in admiration or banter, mostly with laughter
# ("qué cabrón, jajaja, cómo lo clava").
_BANTER = frozenset({"cabron", "cabrona", "cabrones", "cabronas", "cabronazo", "hijo de puta",
                     "hija de puta", "mamon", "mamona"})  # fmt: skip


# Verbs of calling someone a name: the insult after them is reported, not said to anyone
# ("alguien le dijo pendejo al autor", "calling people trolls is lazy").
_CALLING = frozenset({"dijo", "dijeron", "llamo", "llamaron", "llaman", "llamen", "llamar",
                      "llama", "llamaba", "llamaban", "llamando",
                      "digan", "dicen", "decirle", "called", "calling", "call", "calls",
                      "labelled", "labeled", "label", "labeling", "dices", "dijiste",
                      "llamas", "llamaste", "dije", "llame"})  # fmt: skip
_CALLED_OBJECT = frozenset({"le", "les", "lo", "la", "los", "las", "him", "her", "them",
                            "people", "everyone", "anyone", "a", "an", "the", "al",
                            "a la", "me", "nos", "us"})  # fmt: skip
# The writer's own name-calling taken back in the same comment ("I called you a paid shill
# yesterday and that was out of line", "te dije ignorante y me pasé, perdón").
_CALLER_SELF = frozenset({"i", "i would", "id", "yo"})
_YOU_CALLED = frozenset({"you", "te", "u"})
_PAST_CALLING = frozenset({"called", "dije", "llame"})
_FIRST_CALLING = frozenset({"dije", "llame"})  # the writer, by the verb's own person
_APOLOGY = re.compile(
    r"\b(?:out of line|my bad|i(?:'m| am)? sorry|i apologi[sz]e|apologies|cheap shot|"
    r"shouldn'?t have|perdon|perdona|perdoname|disculpa|me disculpo|me pase|no debi|"
    r"fue un golpe bajo)\b"
)


def _named_by_someone(an: Analysis, u: Unit) -> bool:
    """A calling verb just before the insult, with at most a third-person object between, or
    the writer ("me dices chairo", "they called me a traitor"): someone's words, told. The
    writer's own calling counts only when taken back ("I called you a shill ... my bad")."""
    you_object = False
    modifier = False  # one word of another kind may qualify the insult: "a paid shill"
    for k in range(u.index - 1, max(-1, u.index - 5), -1):
        p = an.units[k]
        if p.sentence != u.sentence:
            return False
        if p.text in _CALLING:
            before = an.units[k - 1].text if k > 0 else ""
            you_object = you_object or before in _YOU_CALLED  # "te dije ignorante"
            if before in _CALLER_SELF or p.text in _FIRST_CALLING or you_object:
                return p.text in _PAST_CALLING and bool(_APOLOGY.search(an.norm.text))
            return not modifier
        if p.text in _YOU_CALLED:
            you_object = True
            continue
        if p.text not in _CALLED_OBJECT:
            if modifier or k != u.index - 1:
                return False
            modifier = True
    return False


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


def _criminal_word(x: Unit, same: Iterable[Unit]) -> bool:
    """A criminal, or a wrongdoer in a sentence that names no group."""
    if x.text in _CRIMINALS or x.text.split()[-1] in _CRIMINALS:
        return True
    return x.text in _WRONGDOERS and not any(y.code in ("G", "g") for y in same)


def _about_criminals(an: Analysis, u: Unit) -> bool:
    """The insult's sentence names a criminal organisation or its members (before it, or just
    after it: "ratas asesinas del cártel"), and nobody in the thread is addressed in it."""
    same = an.sentence_run(u.index)
    # read first: most insults name no criminal, and then nothing else needs reading
    named = [x.index for x in same if _criminal_word(x, same)]
    if not named:
        return _criminals_before(an, u, same)
    if any(x.code == "U" or _you(an, x) for x in same):
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


def _defined_by_deed(an: Analysis, u: Unit) -> bool:
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
        x.code == "U" or _you(an, x) or x.text in _YOU_NEAR or x.text in _COMMENTERS
        for x in an.sentence_run(u.index)
    )


# Verbs of saying or believing after "es <insult> que": the words or beliefs are judged.
_SAYING = re.compile(
    r"^(?:dig|pien|cre|escrib|defiend|apoy|justifiqu|opin|compar|repit)\w*(?: que)?$"
)
_IMPERSONAL = frozenset({"es", "me parece", "parece", "resulta", "me resulta", "seria", "era"})


def _idea_judged(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """An insult that judges a statement or an idea, not its speaker: after an impersonal
    copula with "que" and a verb of saying next ("es repugnante que digas que ..."), or a
    comparison with a thing ("no hay nada más asqueroso que el racismo")."""
    nxt = an.units[u.index + 1 : u.index + 4]
    if len(nxt) < 2 or nxt[0].text != "que" or nxt[1].sentence != u.sentence:
        return False
    if prev and prev[-1].text in _IMPERSONAL and _SAYING.match(nxt[1].text):
        return True
    if len(prev) >= 2 and prev[-1].text == "mas" and prev[-2].text in ("nada", "algo"):
        thing = nxt[2] if len(nxt) > 2 and nxt[1].text in _DETERMINERS else nxt[1]
        return _thing_noun(thing)
    return False


_PLURAL_COPULA_ES = frozenset({"son", "son unos", "son unas", "eran", "eran unos", "eran unas",
                               "son puras", "son puros"})  # fmt: skip


def _criminals_before(an: Analysis, u: Unit, same: list[Unit]) -> bool:
    """'... que el cártel cobre piso en el mercado. Son unas ratas.': a Spanish sentence that
    opens with a plural copula has a dropped subject, here the criminals the sentence before
    named, when nobody is addressed in it."""
    if an.lang != "es" or not same or same[0].text not in _PLURAL_COPULA_ES:
        return False
    if any(x.code == "U" or _you(an, x) for x in same):
        return False
    if any(x.has("PROF") and not intensifying(an, x) for x in same):
        return False
    s = u.sentence - 1
    before = [x for x in an.units[: same[0].index] if x.sentence == s]
    for k, x in enumerate(before):
        if _criminal_word(x, same):
            return True
        if k > 0 and before[k - 1].text in ("los", "las") and x.text.endswith("s"):
            return False  # "Los comentaristas defienden al cártel. Son unas ratas."
    return False


# Subjects that are a thing, an act or what was said, not a person: "lo de ... es asqueroso",
# "negarlo es repugnante", "eso es hipócrita", "this is dumb".
_THING_SUBJECTS = frozenset({"lo de", "lo", "eso", "esto", "eso de", "esto de", "it", "this",
                             "that", "algo", "hay algo que", "todo esto", "todo eso"})  # fmt: skip
_DEMONSTRATIVE_SUBJECTS = frozenset({"it", "this", "that", "eso", "esto"})
_INFINITIVE_OBJECT = re.compile(r"^[a-z]+(?:ar|er|ir)(?:lo|la|los|las)$")


def _thing_subject(an: Analysis, u: Unit) -> bool:
    """The sentence opens with a thing or an infinitive ("Negarlo", "Decir eso") as the
    subject of the insult, with no second person anywhere in it."""
    same = an.sentence_run(u.index)
    if not same or any(x.code == "U" or _you(an, x) for x in same):
        return False
    first = same[0].text
    if first in _DEMONSTRATIVE_SUBJECTS and not (len(same) > 1 and same[1].code == "C"):
        return False  # "that idiot kid ...": a determiner of a person, not "that is ..."
    return (
        first in _THING_SUBJECTS
        or bool(_INFINITIVE_OBJECT.match(first))
        or (
            an.lang == "es"
            and same[0].entry is None
            and len(same) > 1
            and (
                (first.endswith(("ar", "er", "ir")) and same[1].code == "C")
                or (_INFINITIVE.match(first) and _infinitive_clause_subject(an, u, same))
            )
        )
    )


_INFINITIVE = re.compile(r"^[a-z]{2,}(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?$")
_YOU_ES_OBJECT = frozenset({"contigo", "te", "tu", "usted", "ti", "tus", "su", "sus"})


def _infinitive_clause_subject(an: Analysis, u: Unit, same: list[Unit]) -> bool:
    """'Usar esa palabra para insultar a alguien es asqueroso': an infinitive clause opens the
    sentence and "es" right before the insult makes the clause its subject, unless the clause
    is about the reader ("hablar contigo es inútil")."""
    k = u.index - 1
    while k > same[0].index and an.units[k].code in ("A", "Y"):
        k -= 1
    if an.units[k].text not in ("es", "era", "fue", "seria"):
        return False
    return not any(x.text in _YOU_ES_OBJECT for x in same if x.index < u.index)


# Insults that are also given names ("Memo" for Guillermo): capitalised, they are the name.
_GIVEN_NAMES = frozenset({"memo", "dick"})


def _given_name(an: Analysis, u: Unit, text: str) -> bool:
    start, end = an.span(u.index, u.index)
    word = text[start:end]
    return u.text in _GIVEN_NAMES and word[:1].isupper() and not word.isupper()


_POSSESSIVE = frozenset({"mi", "mis", "my", "our", "nuestra", "nuestro", "nuestras", "nuestros"})


_NOT_WORD = re.compile(r"[^\w'-]+")


def _context_phrase(an: Analysis, ctx: frozenset[str]) -> bool:
    """A homonym's context phrase of several words ("pit bull"), which the word units may
    split, found whole in the comment."""
    text = f" {_NOT_WORD.sub(' ', an.norm.text)} "  # "lluvias subnormales," ends a phrase too
    return any(" " in c and f" {c} " in text for c in ctx)


def _owned_animal(an: Analysis, u: Unit) -> bool:
    """A word that is also an animal ("perra", "bitch"), said somewhere in the comment after a
    possessive ("mi perra se llama Luna", "my old bitch Lola"), in a sentence with no second
    person: the writer's dog, and so is every other use of the word in the comment."""
    for x in an.units:
        if x.text != u.text:
            continue
        before = [y for y in an.units[max(0, x.index - 2) : x.index] if y.sentence == x.sentence]
        if not any(y.text in _POSSESSIVE for y in before):
            continue
        if not any(y.code == "U" or _you(an, y) for y in an.sentence_run(x.index)):
            return True
    return False


# Spanish diminutive and superlative endings, and the base endings they replace.
_FORM_ENDINGS = (("isimas", ("a", "o")), ("isimos", ("o", "a")), ("isima", ("a", "o")),
                 ("isimo", ("o", "a")), ("itas", ("as", "a")), ("itos", ("os", "o")),
                 ("ita", ("a", "o")), ("ito", ("o", "a")))  # fmt: skip


def _ordinary_form(an: Analysis, u: Unit, text: str) -> bool:
    """The written word is not the insult but one edit from it, and is itself a diminutive or
    superlative of an ordinary Spanish word ("gorrita" of "gorra", read as "gordita";
    "pegadísima" of "pegada", read as "pesadísima")."""
    start, end = an.span(u.index, u.index)
    written = fold_term(text[start:end])
    if " " in written or written == u.text or not written.isalpha():
        return False
    vocab = an.lex.vocab_by_lang.get("es", an.lex.vocab)
    for ending, bases in _FORM_ENDINGS:
        stem = written[: -len(ending)]
        if written.endswith(ending) and len(stem) >= 3:
            return any(
                stem + b in vocab and stem + b not in an.lex.words and stem + b != u.text
                for b in bases
            )
    return False


_THERE_IS = frozenset({"hay", "habia", "habra", "siempre hay", "tambien hay", "existen"})


def _there_are(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """A plural insult after "hay" ("hay ojetes en todos lados", "hay pendejos en todas
    partes"): that such people exist, said of nobody in particular."""
    if an.lang != "es" or not u.text.endswith("s"):
        return False
    near = [p for p in prev if p.code not in ("A", "Y")]
    if not near or near[-1].text not in _THERE_IS:
        return False
    return not any(x.code == "U" or _you(an, x) for x in an.sentence_run(u.index))


# Nouns of conduct an insult word can qualify ("clown behavior", "idiot move", "actitud de
# payaso"): the deed is judged, and nobody is called a name.
_CONDUCT = frozenset(
    {"behavior", "behaviour", "move", "moves", "energy", "antics", "tactics", "stuff", "logic",
     "politics", "show", "circus", "stunt", "nonsense"}
)  # fmt: skip
_CONDUCT_ES = frozenset({"actitud", "movimiento", "jugada", "comportamiento", "logica"})


def _qualifies_conduct(an: Analysis, u: Unit) -> bool:
    """The insult word stands before a noun of conduct ("Clown behavior.", "total idiot move")
    or after one and "de" ("actitud de payaso"), with no second person in its sentence."""
    units = an.units
    same = an.sentence_run(u.index)
    if any(x.code == "U" or _you(an, x) for x in same):
        return False
    nxt = units[u.index + 1] if u.index + 1 < len(units) else None
    if nxt is not None and nxt.sentence == u.sentence and nxt.text in _CONDUCT:
        return True
    return (
        u.index >= 2 and units[u.index - 1].text == "de" and units[u.index - 2].text in _CONDUCT_ES
    )


# Words of disgust or falsehood that judge an act or a statement ("Gritarle 'X' a un niño es
# asqueroso", "La pinta decía 'fuera X'. Repugnante.", "... dijo que 'X'. Falso y asqueroso."):
# beside a quotation or a report of what someone said, they condemn the words.
_CONDEMNING = frozenset(
    {"asqueroso", "asquerosa", "asquerosos", "asquerosas", "repugnante", "repugnantes",
     "vergonzoso", "vergonzosa", "indignante", "deplorable", "despreciable", "falso", "falsa",
     "disgusting", "vile", "gross", "repulsive", "despicable", "sickening", "shameful",
     "revolting", "false", "viejo", "feo", "fea"}
)  # fmt: skip
_SPEECH_VERBS = frozenset(
    {"dijo", "dice", "dicen", "dijeron", "decia", "decian", "grito", "gritaba", "gritaron",
     "gritaban", "gritarle", "gritarles", "escribio", "escribieron", "publico", "said", "says",
     "yelled", "shouted", "wrote", "posted", "chanted", "tweeted", "read", "decir", "decirle",
     "llamar", "llamarle", "repetir", "repiten"}
)  # fmt: skip
_PRONOUNS_3 = frozenset({"he", "she", "ellos", "ellas", "him", "her"})
_SECOND_WORDS = frozenset({"you", "your", "tu", "usted", "dijiste", "escribiste", "dices",
                          "escribes", "ustedes"})  # fmt: skip
_NOMINAL_BEFORE = frozenset({"un", "una", "el", "la", "ese", "esa", "este", "esta", "a", "an",
                             "that", "this", "you", "tu", "eres", "pedazo de"})  # fmt: skip


def _condemns_words(an: Analysis, u: Unit) -> bool:
    """A word of disgust or falsehood, not made a noun for someone, in a comment that quotes
    or reports what someone said and speaks to no one in the thread."""
    if u.text not in _CONDEMNING:
        return False
    units = an.units
    if (
        u.index > 0
        and units[u.index - 1].sentence == u.sentence
        and (units[u.index - 1].text in _NOMINAL_BEFORE or units[u.index - 1].code == "U")
    ):
        return False
    if "@" in an.norm.text or any(
        (x.code == "U" or _you(an, x) or x.text.split()[0] in _SECOND_WORDS) and not x.quoted
        for x in units
    ):
        return False  # "You said 'X'. Disgusting.": said to a commenter
    if any(
        x.code in ("G", "g")
        or (x.text in _PERSON_SUBJECT and (" " in x.text or x.text in _PRONOUNS_3))
        for x in an.sentence_run(u.index)
        if not x.quoted
    ):
        return False  # "X are vile, I said it", "this guy is disgusting": said of people
    return any(
        x.quoted or x.code == "r" or x.text in _SPEECH_VERBS for x in units if x.index != u.index
    )


# Rioplatense address terms: friends hail each other with them ("Che boludo, ¿viste?",
# "Boludo, traeme un alfajor", "tres horas, boludo."); predicated ("sos un boludo", "qué boludo
# sos") they insult, and the aiming tests below still read those.
_ADDRESS_TERMS = frozenset({"boludo", "boluda", "boludos", "boludas"})


def _address_term(an: Analysis, u: Unit) -> bool:
    """An address term set off as a vocative: after "che", or opening or closing its sentence
    with a comma between it and the rest, in a comment with no other insult or swear word."""
    if u.text not in _ADDRESS_TERMS:
        return False
    if any(x.index != u.index and (x.has("INS") or x.has("PROF")) for x in an.units):
        return False  # "boludo, estos pelotudos del Congreso ...": the rest decides
    same = an.sentence_run(u.index)
    before = [x for x in same if x.index < u.index]
    after = [x for x in same if x.index > u.index]
    if before and before[-1].text == "che":
        return len(before) == 1 or before[-2].text not in _AIMING_VERBS
    text = an.norm.text
    if not before:
        return not after or "," in text[u.end : after[0].start]
    if not after:
        return "," in text[before[-1].end : u.start]
    return False


# Nouns for a word or what a word does: "Feminazi es un término para no discutir", "Facha no es
# argumento": the sentence talks about the word, and calls nobody by it.
_WORD_NOUNS = frozenset({"termino", "palabra", "insulto", "argumento", "etiqueta", "apodo",
                         "saludo", "word", "term", "insult", "label", "argument",
                         "slur"})  # fmt: skip
_COPULA_WORDS = frozenset({"es", "no es", "era", "sera", "is", "isnt", "is not", "was"})
_AMONG_FRIENDS = frozenset({"amigos", "amigas", "panas", "compas", "cuates", "colegas", "friends",
                            "mates"})  # fmt: skip


def _word_mentioned(an: Analysis, u: Unit) -> bool:
    """The insult opens its sentence as the subject of a statement about the word: a copula
    and a noun for a word or an argument ("X es un término", "X no es argumento"), or how it
    is used "entre amigos"."""
    same = an.sentence_run(u.index)
    if not same or same[0].index != u.index or len(same) < 3:
        return False
    after = list(same[1:6])
    if after[0].text in ("entre", "among") and after[1].text in _AMONG_FRIENDS:
        return True
    copula = False
    for x in after:
        if x.code == "C" or x.text in _COPULA_WORDS:
            copula = True
        elif copula and x.text in _WORD_NOUNS:
            return True
        elif x.code not in ("A", "N", "Y"):
            return False
    return False


def _in_proper_name(an: Analysis, u: Unit, text: str) -> bool:
    """The insult word is written capitalised inside a run of capitalised words, away from the
    start of its sentence: part of a place or a title ("Chula Vista", "El Gordo y la Flaca"),
    not a name for anyone. An insult alone in capitals ("cállate, Payaso") is still read."""
    start, end = an.span(u.index, u.index)
    word = text[start:end]
    if not word[:1].isupper() or word.isupper():
        return False
    same = an.sentence_run(u.index)
    if not same or same[0].index == u.index:
        return False
    first = same[0].index
    return any(
        an.capitalised(x.index) and not x.has("INS")
        for x in same
        if x.index != first and x.index != u.index and u.index - 1 <= x.index <= u.index + 3
    )


# Pets and animals: "mi perra Lola es una cabrona", "mi perro Pendejo": the writer's animal
# named or judged, nobody in the thread.
_ANIMALS = frozenset({"perro", "perra", "perrito", "perrita", "gato", "gata", "gatito",
                      "gatita", "gallo", "loro", "caballo", "dog", "cat", "puppy"})  # fmt: skip
_KIN_OF_MINE = frozenset({"mi", "mis", "my"})


def _of_my_own(an: Analysis, u: Unit) -> bool:
    """The insult is said of the writer's own people or animals, in a sentence that speaks to
    no one: their subject opens it ("mi casero es bien payaso", "mi perra Lola es una
    cabrona"), or the insult is the epithet of one ("la pija de mi prima"), or it names the
    writer's pet ("mi perro Pendejo")."""
    same = an.sentence_run(u.index)
    if any(x.code == "U" or _you(an, x) or x.text in _YOU_NEAR for x in same):
        return False
    units = an.units
    k = u.index
    if (
        k + 2 < len(units)
        and units[k + 1].sentence == u.sentence
        and units[k + 1].text == "de"
        and units[k + 2].text in _KIN_OF_MINE
        and k >= 1
        and units[k - 1].text in ("el", "la", "los", "las")
    ):
        return True  # "la pija de mi prima", "el tonto de mi hermano"
    before = [x for x in same if x.index < k]
    if len(before) >= 2 and before[-1].text in _ANIMALS and before[-2].text in _KIN_OF_MINE:
        return True  # "mi perro Pendejo": the pet's name
    if not before or before[0].text not in _KIN_OF_MINE or len(before) < 2:
        return False
    if before[1].text not in _ANIMALS and (before[1].has("INS") or before[1].code != "w"):
        return False
    return any(x.code == "C" or x.text in _AIMING_VERBS for x in before[2:])


@rule("troll.personal_attack", Category.TROLL)
def personal_attack(an: Analysis, sub: Submission) -> list[Hit]:
    if "INS" not in an.by_class:
        return []  # no insult in the comment
    allowed = {t.lower() for t in sub.config.extra_allowed_terms}
    friendly: bool | None = None
    words: set[str] | None = None  # built when an insult has a homonym's context words
    for u in an.with_class("INS"):
        if u.text in allowed or u.quoted or _given_name(an, u, sub.text):
            continue
        ctx = an.lex.homonym_context.get(u.text)
        if ctx:
            if words is None:
                words = {x.text for x in an.units}
            if words & ctx or _context_phrase(an, ctx) or _owned_animal(an, u):
                continue  # "our bitch had puppies", "mi perra se llama Luna. Es la perra..."
        if an.lang == "es" and _ordinary_form(an, u, sub.text):
            continue  # "gorrita" (a cap) is no "gordita", "pegadísima" no "pesadísima"
        if u.index > 0 and an.units[u.index - 1].text in _PERFECT:
            continue  # "ha fracasado": a verb, not an insult
        if u.quoted or report_frame_before(an, u.index) or _named_by_someone(an, u):
            continue  # quoted or reported words ("decir que ... es racista", "le dijo idiota")
        if _condemns_words(an, u):
            continue  # "dijo que los X 'traen enfermedades'. Falso y asqueroso."
        if _denied_of_others(an, u):
            continue  # "No creo que los X sean ratas", "I don't think they're idiots": denied
        if an.lang == "es" and _doers_listed(an, u):
            continue  # "infestar es lo que hacen las plagas, las cucarachas, las ratas"
        if _address_term(an, u) or _word_mentioned(an, u):
            continue  # "Che boludo, ¿viste?", "Facha no es argumento": a hail, a word discussed
        if _in_proper_name(an, u, sub.text) or _of_my_own(an, u):
            continue  # "Chula Vista", "mi casero es bien payaso": a place, the writer's own
        if intensifying(an, u) and not _you(an, an.units[u.index - 1]):
            continue  # "una puta pasada": the next word decides
        if u.text in _BANTER and admiring_banter(an):
            continue  # "qué cabrón, jajaja", "Cabrón, qué bien explicado": admiring banter
        aimed, why = _insult_at(an, u, sub)
        if aimed and u.meta("INS") != "strong":
            if friendly is None:
                friendly = bool(
                    _FRIENDLY.search(an.norm.text) or _FRIENDLY.search(sub.text) or warm_banter(an)
                )
            if friendly:
                continue
        if aimed:
            score = 0.8 if u.meta("INS") == "strong" else 0.65
            return [Hit("troll.personal_attack", score, (an.span(u.index, u.index),), why)]
    return []


def _denied_of_others(an: Analysis, u: Unit) -> bool:
    """The insult under "no creo que", "I don't think", "jamás diría que" a few words back in
    its clause, and no second person in the sentence: a denial about a third party, not an
    attack ("No creo que seas más que una rata" still speaks to the reader)."""
    if neg_raised(an, u.index, reach=7, past_groups=True) is None:
        return False
    return not any(_you(an, y) or y.text in ("seas", "eres") for y in an.sentence_run(u.index))


_WHAT_THEY_DO = frozenset({"hacen", "hace", "son", "es"})


def _doers_listed(an: Analysis, u: Unit) -> bool:
    """ "Infestar es lo que hacen las plagas, las cucarachas, las ratas": the insult is one
    of the nouns a "lo que hacen/son" names as its own subject, articles and nouns only
    between them, with no second person: the animals whose nature is said, not a person."""
    sentence = an.sentence_run(u.index)
    if any(
        _you(an, x) or x.code == "U" or x.text in _YOU_NEAR or x.text in ("usted", "vos")
        for x in sentence
    ):
        return False  # "... las ratas como tú": the reader is one of them
    run = [x for x in an.units[: u.index] if x.sentence == u.sentence]
    for k in range(len(run) - 2, 0, -1):
        if run[k].text in _WHAT_THEY_DO and run[k - 1].text == "que" and k >= 2:
            if run[k - 2].text not in ("lo", "es lo"):
                return False
            between = run[k + 1 :]
            return bool(between) and all(
                x.code in ("A", "w", "D") and not x.has("INS") and x.text not in _YOU_NEAR
                for x in between
            )
    return False


def _quoted_jeer(an: Analysis, start: int, end: int) -> bool:
    """The jeer's words, several of them, all between quotes ('le gritan "regrésate a tu
    país"'): a report of what someone said. A single quoted word ('calls people "libtards"')
    and a verb of saying alone ("came here to say ...") still count as the writer's."""
    inside = [u for u in an.units if u.end > start and u.start < end]
    words = sum(len(u.text.split()) for u in inside)
    return words >= 2 and all(u.quoted for u in inside)


# The writer's own relative or partner right before a name and workplace: family news, not
# someone unmasked.
_OWN_KIN = re.compile(
    r"\b(?:my|mi|our|nuestr[oa])\s+(?:\w+\s+)?(?:brother|sister|mom|mother|dad|father|son|"
    r"daughter|wife|husband|cousin|uncle|aunt|niece|nephew|grandma|grandpa|partner|hermano|"
    r"hermana|mama|madre|papa|padre|hijo|hija|esposa|esposo|primo|prima|tio|tia|sobrino|"
    r"sobrina|abuela|abuelo|novio|novia|pareja)\s*$"
)


@rule("troll.threat", Category.TROLL)
@remembered  # hate.violence reads the same comment's threats first (`_group_threatened`)
def threat(an: Analysis, sub: Submission) -> list[Hit]:
    """Threats of violence and doxxing reject; flame bait holds."""
    text = an.norm.text
    hits = []
    rows = an.lex.troll
    # One pass over the text tells which top-level alternatives of the rows can match (their
    # required strings, exact); only those, compiled on their own, are searched. Built with
    # the lexicon, sharing the spam patterns' token lookups.
    parts = an.lex.troll_parts
    for k in an.lex.troll_needles.candidates(text):
        number, rx, group = parts[k]  # the match is `group` of rx (lexicon.skipping)
        ident, action = rows[number][0], rows[number][1]
        m = rx.search(text)
        if m is None:
            continue
        before = text[max(0, m.start(group) - 40) : m.start(group)]
        if ident.startswith("dox.") and _OWN_KIN.search(before):
            continue  # "mi hermano se llama ... y trabaja en ...": the writer's own family
        if action == "hold" and _quoted_jeer(an, m.start(group), m.end(group)):
            continue  # 'le gritan "regrésate a tu país"': someone else's jeer, told
        if _advice_to_all(
            an, sub, m.group(group), text[max(0, m.start(group) - 80) : m.start(group)]
        ):
            continue  # "some of us need to log off and touch grass": said to everyone, self too
        if (
            action == "hold"
            and "@" not in sub.text  # an @handle names someone the jeer may be for
            and _said_of_writer(text, m.start(group), m.end(group))
        ):
            continue  # "then I'll shut up", "reading comprehension fail on my part"
        if _shames_hate(an, m.group(group), m.start(group), m.end(group)):
            continue  # "that's an antisemitic trope and you should be ashamed": counter-speech
        if (
            action == "hold"
            and ident in _SHAPE_ROWS
            and _about_office(text, m.start(group), m.end(group))
        ):
            continue  # "the senator couldn't find a compromise with a map": an office-holder
        if action == "hold" and _office_addressed(text, m.start(group)):
            continue  # "Senator, you are a pathetic old fool": said to an official, not a reader
        if ident == "dox.invite" and _about_office(text, m.start(group), m.end(group)):
            continue  # "el teléfono del ayuntamiento es ..., llámenle": a public line
        if action == "hold" and _lament(text, m.group(group), m.start(group), m.end(group)):
            continue  # "se van a ahogar más personas y a nadie le importa": indifference decried
        if (
            action == "hold"
            and ident != "flame.tldr"
            and (_AFFECTION.search(text) or warm_banter(an))
        ):
            continue  # "ya cállate, Lupita, te quiero", "ok boomer 😂 jk": banter between friends
        if action == "hold" and _CONCEDED.search(
            text, max(0, m.start(group) - 60), m.end(group) + 60
        ):
            continue  # "cállate, Lupe, tenías razón": a friend conceding the point, laughing
        if action == "hold" and _shut_up_unaimed(text, m.start(group), m.end(group)):
            continue  # "politicians should shut up and listen", "don't shut up about pay"
        if action == "reject" and _NOT_WISHED.search(
            text[max(0, m.start(group) - 30) : m.start(group)]
        ):
            continue  # "no quiero que se muera": a fear for someone, not a wish
        if action == "reject" and kind_manner(text, m.end(group)):
            continue  # "te voy a matar a besos", "I'll kill you with kindness": affection
        if ident == "threat.kill" and _hyperbole(an, m.group(group)):
            continue  # "I will end you 😂": a friend's hyperbole, with laughter
        if ident in _ACT_ROWS and not _group_named(an) and playful_threat(an):
            continue  # "como no ganéis os voy a matar jajaja": friends' hyperbole
        if ident in _WARNING_ROWS and (
            _AFFECTION.search(text)
            or warm_banter(an)
            or playful_threat(an)
            or threat_said.in_game(text[slice(*_clause_bounds(text, m.start(group), m.end(group)))])
        ):
            continue  # "sigue así y ya verás, jaja te quiero", "si te veo en el partido te parto"
        if action == "reject" and _threat_quoted(an, m.start(group), m.end(group)):
            continue  # 'le escribieron "ya sabemos dónde vives": es una amenaza': rejected
        if ident in _KNOW_ROWS and _gift_visit(text, m.group(group), m.end(group)):
            continue  # "ya sé dónde vives, ahí te llevo tamales", "I'm bringing soup tomorrow"
        if ident == "threat.outside" and _STANDS_BY.match(text, m.end(group)):
            continue  # "say that to my face, I'll say it again": the writer's words stood by
        if action == "reject" and _threat_reported(an, m.start(group), m.end(group)):
            continue  # "le escribió a la maestra que ya sabemos dónde vive; lo denuncié"
        if without_saying(an, m.start(group)):
            continue  # "se puede criticar sin decir que hay que quemarla": the call refused
        if action == "hold" and _answers_quoted_hate(an, sub, m.start(group), m.end(group)):
            continue  # "people calling to 'nuke' a country need to touch grass": counter-speech
        if ident in _ACT_ROWS and threat_said.in_play(text, m.start(group), m.end(group), an.lang):
            continue  # "we will beat them at the ballot box", "te voy a destrozar en ajedrez"
        if ident == "threat.veiled" and _befalls_a_thing(an, m.group(group), m.end(group)):
            continue  # "sería una pena que le pasara algo al teatro viejo": regret for a place
        if ident == "dox.phone" and _service_line(text, m.start(group)):
            continue  # "the free clinic ...; their number is ...": a public line
        if ident == "threat.kill_call" and _punishes_criminals(an, m.start(group), m.end(group)):
            continue  # "gang members who shot those kids should be hanged": penal opinion
        if ident in _NICKNAME_ROWS and _nickname_for_office(text, m.start(group), m.end(group)):
            continue  # "Ok Karen. The county spokesperson says the water is safe, again."
        if ident == "flame.jibe" and _named_third(sub.text, an, m, group):
            continue  # "Hadley couldn't find the bridge with a map": a named figure mocked
        if _DISBELIEF.match(m.group(group)) and _claim_disbelieved(an, sub, m, group):
            continue  # "Another 'temporary' tax. Sure, Jan.": the claim is mocked, no one
        score = 0.95 if action == "reject" else 0.6
        rid = "troll.flame_bait" if action == "hold" else "troll.threat"
        hits.append(Hit(rid, score, (an.norm.span(m.start(group), m.end(group)),), ident))
    hits += _aimed(an, sub)
    if not any(h.rule == "troll.threat" for h in hits):
        hits += threat_said.hits(an, ("person", "people"), "troll.threat", 0.95, 0.75)
    if not hits:
        return []
    return [max(hits, key=lambda h: h.score)]


# A catchphrase of disbelief ("Sure, Jan.") held as flame bait when it is the whole reply or is
# said to someone; beside a claim or a thing the writer names, with no one addressed ("Another
# 'temporary' tax. Sure, Jan.", "Sure, Jan, migrants are stealing the jobs nobody wants."), it
# mocks the claim: sarcasm about an argument, which the policy keeps.
_DISBELIEF = re.compile(r"^sure,? jan$")


def _claim_disbelieved(an: Analysis, sub: Submission, m: re.Match, group: int) -> bool:
    text = an.norm.text
    if "@" in sub.text or addresses_reader(an):
        return False  # said to someone: a Spanish "ya" ("already") is no "you"
    rest = (text[: m.start(group)] + " " + text[m.end(group) :]).strip()
    return len(_ASCII_WORD.findall(rest)) >= 2


# "End" and "destroy" said to the reader with laughter are the hyperbole of friends ("I will end
# you 😂", "we're gonna destroy you lol"); with a weapon, a place or a second threat they are not.
_HYPERBOLE_ACT = re.compile(r"\b(?:end|destroy)\s+(?:you|u|ya)\b")
_MENACE = re.compile(
    r"\b(?:gun|knife|bat|shoot|stab|kill|house|home|address|where you (?:live|work)|"
    r"find you|watch your back|for real|not joking|no joke|i mean it|seriously)\b"
)


def _group_named(an: Analysis) -> bool:
    """A protected group is named in the comment: a threat beside it is never play."""
    return "G" in an.codes or "S" in an.codes


def _hyperbole(an: Analysis, matched: str) -> bool:
    """A figurative act ("end", "destroy") said with laughter and nothing that menaces."""
    return (
        bool(_HYPERBOLE_ACT.search(matched))
        and admiring_banter(an)
        and not _MENACE.search(an.norm.text)
    )


# The rows that name an act of harm: a game or a figure of speech can make them no threat.
_ACT_ROWS = frozenset({"threat.kill", "threat.es", "threat.lesson"})
# "I know where you live" followed by a visit with food or a gift: a neighbour's kindness.
_KNOW_ROWS = frozenset({"threat.know", "dox.visit", "threat.es", "threat.es_know"})
_GIFT_VISIT = re.compile(
    r"\b(?:(?:te|les|los|las|le) (?:llevo|llevamos|traigo|traemos|caemos con|caigo con)|"
    r"llego con|llegamos con|vamos con|(?:i'?m|we'?re|i am|we are) bringing|(?:i'?ll|we'?ll) "
    r"bring|bringing you|dropping off|(?:i'?ll|we'?ll) drop off)\b[^.!?]{0,30}?\b(?:tamales|"
    r"sopa|soup|pastel|cake|chelas|cervezas|beers?|regalos?|gifts?|flores|flowers|comida|food|"
    r"posadas?|pan|galletas|cookies|pozole|menudo|tortillas|tacos|pizza|casserole|cafe|coffee|"
    r"pie|tarta|dulces|candy|aguinaldos?)\b"
)
_GRIM = re.compile(
    r"\b(?:tumba|funeral|entierro|velorio|grave|coffin|ataud|plomo|balas?|bullets?|bat|"
    r"machete|cuchillo|knife|gun|pistola|fierro|cuerno)\b"
)


def _gift_visit(text: str, matched: str, end: int) -> bool:
    """Knowing where someone lives or works, then bringing them food or a gift: a neighbour's
    visit ("ya sé dónde vives, ahí te llevo tamales"), unless a grave or a weapon comes too."""
    if "donde" not in matched and "where" not in matched:
        return False
    after = text[end : end + 100]
    return bool(_GIFT_VISIT.search(after)) and not _GRIM.search(after)


# Warnings to a reader who keeps posting or will be met ("sigue así y ya verás", "si te veo en la
# feria te parto la madre"): friends say them too, in play, with laughter or with love.
_WARNING_ROWS = frozenset({"threat.persist", "threat.met", "threat.small"})
# What a quoted threat is called when the writer rejects it: a threat, a crime, reported.
_THREAT_NAMED = re.compile(
    r"\b(?:amenazas?|threats?|threatening|reported|report it|reportad[oa]s?|reporte|denunci\w*|"
    r"carcel|jail|prison|police|policia|fiscalia|delito|crime|intimidar|intimidation|"
    r"intimidacion|solidaridad|solidarity|banned|ban them|banea\w*|bloque\w+|"
    r"verguenza|shameful|disgusting|asqueroso|inaceptable|unacceptable)\b"
)


def _threat_quoted(an: Analysis, start: int, end: int) -> bool:
    """The threat's words are all between quotes and the writer names them a threat, a crime
    or a thing to report, or condemns them: a threat quoted to reject it."""
    first, last = units_in(an, start, end)
    if first is None or not all(an.units[k].quoted for k in range(first, last + 1)):
        return False
    return bool(_THREAT_NAMED.search(an.norm.text)) or condemned_elsewhere(an, first, last)


def _threat_reported(an: Analysis, start: int, end: int) -> bool:
    """The threat is what someone else said or wrote, told after a verb of saying ("le
    escribió a la maestra que ...", "someone wrote to her that ..."), and the writer names it
    a threat, a crime or a thing to report, or condemns it: a victim's or witness's report."""
    first, last = units_in(an, start, end)
    if first is None or not report_frame_before(an, first):
        return False
    text = an.norm.text
    if _WRITER_WARNS.search(text, 0, start):
        return False  # "te lo digo: ...", "I'm telling you ...": the writer's own warning
    left, right = _clause_bounds(text, start, end)
    # `_ADDRESSEE` is sealion's (a second person or an @handle): a regex of whom the words were
    # said to ("le escribió a", "wrote to her") once stood above under the same name, but that
    # one was shadowed and never read, so this test has always used sealion's.
    if _YOU_WORD.search(text, start, right) and not _ADDRESSEE.search(text, left, start):
        return False  # "mi primo dice que ya sabemos dónde vives": passed on to the reader
    # the verdict comes after the threat is told, never inside it ("ni la policía te salva")
    return bool(_THREAT_NAMED.search(text, end)) or any(
        k > last and not _negated_condemn(an, k) for k in an.by_class.get("condemn", ())
    )


# The writer offering to repeat their own words right after "say that to my face" ("...,
# I'll say it again", "..., te lo repito"): standing by an opinion, no fight offered.
_STANDS_BY = re.compile(
    r"\W*(?:and |y )?(?:(?:i'?ll|i will|i'?d|i would|i can) (?:say|repeat) (?:it|that|them)"
    r"(?: again| to anyone| anywhere| any day)?|(?:yo )?(?:te |se )?lo (?:repito|vuelvo a "
    r"decir|sostengo|digo otra vez))\b"
)
# The reader as the words' target: a pronoun of the second person ("ya" is no "you" here).
_YOU_WORD = re.compile(r"\b(?:you|your|u|ur|tu|tus|te|ti|usted|ustedes|vos)\b")
# The writer warning or swearing to the reader in the first person before the words told.
_WRITER_WARNS = re.compile(
    r"\b(?:(?:te|se|les|os) (?:lo )?(?:digo|dije|juro|aviso|advierto|repito)|yo (?:digo|dije)|"
    r"i(?:'m| am)? (?:telling|tell|told|warn|warned|warning|swear|promise)(?: you| ya)?)\b"
)


def _negated_condemn(an: Analysis, k: int) -> bool:
    u = an.units[k - 1] if k else None
    return u is not None and u.sentence == an.units[k].sentence and u.code == "N"


# What quoted words must hold to be hate or violence answered: a dehumanising word, a call to
# violence or a slur.
_HATEFUL_CODES = frozenset({"D", "V", "K", "S"})


def _answers_quoted_hate(an: Analysis, sub: Submission, start: int, end: int) -> bool:
    """A jab at the thread at large ("Reading comprehension, folks", "people calling to 'nuke'
    a country need to touch grass") in a comment that quotes someone's hateful or violent
    words after a verb of saying: it answers that speech. No @handle, insult or second person
    in the comment: a reader singled out is still jeered at."""
    if "@" in sub.text or "INS" in an.by_class:
        return False
    if _SECOND.search(an.norm.text):
        return False  # "you quoted ... Reading comprehension, folks": a reader is answered
    units = an.units
    for u in units:
        if not (u.quoted and u.code in _HATEFUL_CODES) or start <= u.start < end:
            continue
        if any(x.code == "r" for x in units[: u.index] if x.sentence == u.sentence):
            return True
    return False


def _clause_bounds(text: str, start: int, end: int, stops: str = ".!?;\n") -> tuple[int, int]:
    """Where the stretch of text around start..end begins and ends: just past the nearest stop
    character before it, and at the nearest one after it (or the text's end)."""
    left = max(text.rfind(c, 0, start) for c in stops) + 1
    rights = [k for k in (text.find(c, end) for c in stops) if k != -1]
    return left, min(rights) if rights else len(text)


# People named by a violent crime they did, in a relative clause: "the men who shot those
# kids", "los que mataron a la familia". Killing and shooting need people as their object
# ("who killed the bill" is politics); murder, rape and kidnapping are of people by definition.
_CRIME_CLAUSE = re.compile(
    r"\b(?:who|that|que|quienes)\s+(?:(?:murdered|raped|kidnapped|molested|trafficked|"
    r"asesinaron|asesino|violaron|violo|secuestraron|secuestro|desaparecieron|abusaron)\b"
    r"|(?:shot|killed|stabbed|tortured|massacred|beat|mataron|mato|balearon|acribillaron|"
    r"torturaron|masacraron|golpearon)\s+(?:\w+\s+){0,3}?(?:kids|children|child|people|"
    r"women|woman|girls?|boys?|men|man|family|families|officers?|students|teens|babies|baby|"
    r"ninos|ninas|nino|nina|personas|mujeres|mujer|familia|jovenes|estudiantes|policias|"
    r"hombres?|bebes?|chavos|chavas|muchachos|muchachas)\b)"
)
_VIGILANTE = ("someone", "somebody", "alguien")


def _punishes_criminals(an: Analysis, start: int, end: int) -> bool:
    """A sentence that asks the gallows or the firing squad for people named as criminals
    ("cartel members should be hanged", "the gang members who shot those kids should be
    hanged", "deberían colgarlos a los secuestradores"): opinion on punishment, like the death
    penalty debate, about no commenter and no protected group. A call on "someone" to do it
    keeps its threat; so does any second person, group name or swear word in the sentence."""
    text = an.norm.text
    if text[start:end].startswith(_VIGILANTE):
        return False
    left, right = _clause_bounds(text, start, end)
    sentence = text[left:right]
    if _SECOND.search(sentence) or any(w in sentence for w in _VIGILANTE):
        return False
    same = [u for u in an.units if u.start >= left and u.end <= right]
    if any(u.code in ("G", "g", "S") or u.has("PROF") for u in same):
        return False
    return any(_criminal_word(u, same) for u in same) or bool(_CRIME_CLAUSE.search(sentence))


# What "something happening" befalls in a veiled threat ("sería una pena que le pasara algo a
# ..."): an article and its noun, or a possessive, or a bare name or pronoun.
_BEFALLS = re.compile(
    r"\s+a(?:l|\s+(?P<det>la|los|las|este|esta|estos|estas|ese|esa|esos|esas|aquel|aquella|"
    r"tu|tus|su|sus|vuestro|vuestra|vuestros|vuestras|mi|mis|nuestro|nuestra|nuestros|nuestras))?"
    r"\s+(?:(?:viej[oa]s?|pobres?|querid[oa]s?|famos[oa]s?|antigu[oa]s?|bonit[oa]s?)\s+)?"
    r"(?P<noun>\w+)"
)
_THEIR = frozenset({"tu", "tus", "su", "sus", "vuestro", "vuestra", "vuestros", "vuestras"})
# Family and home, the other things a veiled threat names ("a tu familia", "a la casa de ...").
_KIN_AND_HOME = frozenset(
    {"familia", "familiares", "hijo", "hijos", "hija", "hijas", "esposa", "esposo", "mujer",
     "marido", "mama", "papa", "madre", "padre", "hermano", "hermana", "hermanos", "hermanas",
     "abuela", "abuelo", "abuelos", "nieto", "nietos", "novia", "novio", "casa", "hogar",
     "gente", "chamaco", "chamacos", "ninos", "ninas", "perro", "perrito", "mascota"}
)  # fmt: skip


def _befalls_a_thing(an: Analysis, matched: str, end: int) -> bool:
    """ "Sería una pena que le pasara algo al teatro viejo": what the harm befalls is named
    right after, with an article, and it is no person, group, family or home (a building, a
    tradition, a team's season): regret, not a veiled threat. The reader's own things ("a tu
    coche"), a name ("a Marta") and no target at all stay threats."""
    if not matched.startswith("seria una"):
        return False  # only the Spanish "le pasara algo" shape names its target after it
    m = _BEFALLS.match(an.norm.text, end)
    if m is None or not m.group(0).lstrip().startswith(("al ", "a ")):
        return False
    det, noun = m.group("det"), m.group("noun")
    if det in _THEIR or (det is None and not m.group(0).lstrip().startswith("al ")):
        return False  # "a tu familia", "a Marta", "a ella": someone
    stems = {noun, noun.removesuffix("s"), noun.removesuffix("es")}
    person = not stems.isdisjoint(_PERSON_NOUNS | _KIN_AND_HOME | _PUBLIC) or noun.endswith(
        _PERSON_ENDINGS
    )
    group = any(
        u.code == "G" for u in an.units if u.start >= m.start("noun") and u.start < m.end("noun")
    )
    return not person and not group


# Plain affection for the reader in the same comment makes a jeer banter ("cállate, te
# quiero", "nadie te preguntó, pero me alegra que vayas ganando"); not in the "not reading all
# that, happy for you or sorry that happened" meme, where it is the mockery.
_AFFECTION = re.compile(
    r"\b(?:te quiero|te amo|os quiero|te adoro|love you|love ya|love u|me alegra|me alegro|"
    r"happy for you|glad for you)\b"
)
# A concession to the reader next to it makes "shut up" a laugh between friends ("shut up, you
# were right", "ya cállate y dame la razón").
_CONCEDED = re.compile(
    r"\b(?:you(?: were| are|'re| re|re) right|you win|i love (?!how|it when|that|when|you)|"
    r"(?:tienes|tenias|tuviste) (?:toda la )?razon|dame la razon|me ganaste)\b"
)
# A wish of death with a negation right before it is a fear, not a wish ("no quiero que se
# muera", "ojalá no se muera").
_NOT_WISHED = re.compile(
    r"\b(?:no (?:quiero|queremos|quisiera|quisieramos|deseo|deseamos)|ojala no|"
    r"tengo miedo de|me da miedo)\s*$"
)
_MODAL_BEFORE = re.compile(
    r"\b(?:should|must|need to|needs to|ought to|have to|has to|gotta|will|would|"
    r"deberian|deberia|tienen que|tiene que)(?: not| never|n'?t)?\s*$|"
    r"\b(?:not|never|don'?t|won'?t|no)\s*$"
)


def _shut_up_unaimed(text: str, start: int, end: int) -> bool:
    """ "Shut up" after a modal or a negation, with no second person in its sentence: said
    of others or negated ("politicians should shut up and listen", "women should not shut up
    about pay"), not a reader told to be quiet."""
    if text[start:end].strip() != "shut up":
        return False
    left, right = _clause_bounds(text, start, end, ".!?;:\n")
    sentence = text[left:right]
    return bool(_MODAL_BEFORE.search(text[left:start])) and not _SECOND.search(sentence)


# A public service or a business named before "their number is ...": its line, no one's
# private number.
_SERVICE = re.compile(
    r"\b(?:clinic|clinica|consultorio|hospital|food bank|banco de alimentos|shelter|albergue|"
    r"office|oficina|library|biblioteca|church|iglesia|parroquia|store|shop|tienda|restaurant|"
    r"restaurante|pharmacy|farmacia|school|escuela|center|centre|centro|hotline|linea|pantry|"
    r"despensa|comedor)\b"
)


def _service_line(text: str, start: int) -> bool:
    """ "Their number" (not his or hers; Spanish "su" is anyone's) after a named service or
    business in the comment."""
    return text[start:].startswith("their ") and bool(_SERVICE.search(text[:start]))


_NAME_RUN = re.compile(r"^(?:[A-ZÁÉÍÓÚÑ][\w'’-]+\s+){1,2}$")


def _named_third(raw: str, an: Analysis, m: re.Match, group: int) -> bool:
    """A jibe whose sentence opens with a capitalised name right before it ("Hadley couldn't
    find ...", "Saucedo no encuentra ..."), no second person or @handle in the comment:
    mockery of a named figure's competence, opinion, not a commenter baited."""
    if "@" in raw or _COMMENTER_CUES.search(an.norm.text):
        return False
    text = an.norm.text
    start = m.start(group)
    left = max(text.rfind(c, 0, start) for c in ".!?;:\n") + 1
    if _SECOND.search(text):
        return False
    s, _ = an.norm.span(left, start)
    e, _ = an.norm.span(start, start + 1)
    run = raw[s:e].strip()
    stop = any_stopwords(an.lex)
    if not _NAME_RUN.match(run + " ") or any(fold_term(w) in stop for w in run.split()):
        return False
    # each word of the run is no word the lexicons know ("Hadley", not "I've" or "Lmao")
    names = [u for u in an.units if left <= u.start < start]
    return bool(names) and all(u.code == "w" and u.entry is None for u in names)


_SECOND_VERB = re.compile(r"\b\w{2,}(?:aste|iste|abas|ias)\b")  # "escribiste", "decías"
_NOBODY_CARES = ("a nadie le importa", "nobody cares", "no one cares")


def _lament(text: str, matched: str, start: int, end: int) -> bool:
    """ "Nobody cares" as the end of a clause about something else ("se van a ahogar más
    personas y a nadie le importa", "parece que a nadie le importa hasta que ..."), with no
    second person in its sentence: indifference decried, not a reader dismissed. Opening a
    sentence, or with "what you think", it is still a jeer."""
    if matched.strip() not in _NOBODY_CARES:
        return False
    left, right = _clause_bounds(text, start, end, ".!?;:\n")
    before = text[left:start].strip()
    sentence = text[left:right]
    if len(before.split()) < 2 or _SECOND.search(sentence) or _SECOND_VERB.search(sentence):
        return False
    return not re.match(r"^[\s,]*(?:lo que|what|about|de (?:lo que|tu|tus))\b", text[end:right])


# The general shapes of put-downs (rows of `troll.tsv`): harsh words about an office-holder
# in a sentence that speaks to no one in the thread are opinion of a public figure.
_SHAPE_ROWS = frozenset({"flame.jibe", "flame.worthless", "flame.mockery", "flame.everyone",
                         "flame.concern", "flame.persist", "flame.idiom", "flame.menial",
                         "flame.school", "flame.worth", "flame.expert", "flame.imagine",
                         "flame.wrong", "flame.nothing", "flame.keep", "flame.brain",
                         "flame.champ", "flame.another", "flame.back",
                         "flame.condescend", "flame.stick_to", "flame.types_like",
                         "flame.imagine_words", "flame.jabs", "flame.tacked",
                         "flame.tacked_es", "flame.spain", "flame.brain_small",
                         "flame.imagine_paid", "flame.spell", "flame.typical2",
                         "flame.saysguy"})  # fmt: skip


def _about_office(text: str, start: int, end: int) -> bool:
    """The match's sentence names an office (mayor, senator, county, ...) and no reader."""
    left, right = _clause_bounds(text, start, end)
    sentence = text[left:right]
    return bool(_OFFICE.search(sentence)) and not _SECOND.search(sentence)


# An office-holder addressed by title, with or without a name, at the head of the sentence.
_OFFICE_ADDRESS = re.compile(
    r"(?:(?:mr|mrs|madam|mister|senor|senora|sr|sra)\.?\s+)?(?:mayor|alcalde|alcaldesa|senator|"
    r"senador|senadora|governor|gobernador|gobernadora|sheriff|commissioner|comisionado|"
    r"comisionada|president|presidente|presidenta|congressman|congresswoman|representative|"
    r"diputado|diputada|secretary|secretario|secretaria|judge|juez|jueza|councilman|"
    r"councilwoman|councilmember|regidor|regidora)(?:\s+[^\W\d_]+){0,2}\s*,"
)


def _office_addressed(text: str, start: int) -> bool:
    """The sentence of `start` opens by addressing an office-holder ("Senator, you are ...",
    "Alcalde Ruiz, usted ..."): harsh words to an official are opinion, not a jab at a reader."""
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    while left < start and not text[left].isalnum():
        left += 1
    return bool(_OFFICE_ADDRESS.match(text, left, start))


_TOUCH_GRASS = re.compile(r"\btouch (?:some )?grass\b|\bsal(?:gan|ir)? a tocar pasto\b")
_ALL_OF_US_NEED = re.compile(
    r"\b(?:i|we|we all|all of us|some of us|most of us|some of (?:you|y'?all|ya'?ll|yall)|"
    r"half of us|algunos|algunas|todos|unos cuantos)\b(?:(?![.!?]).){0,30}"
    r"\b(?:need|needs|should|gotta|have to|ought to|necesitamos|necesitan|deberiamos|"
    r"deberian|tenemos que|tienen que)\b(?:(?![.!?]).){0,40}$"
)


def _advice_to_all(an: Analysis, sub: Submission, matched: str, before: str) -> bool:
    """'Some of us need to log off and touch grass': advice to a crowd, the writer included
    or only some of it, with no one singled out (no @handle, no insult) is no jeer."""
    if not _TOUCH_GRASS.search(matched) or "@" in sub.text or "INS" in an.by_class:
        return False
    return bool(_ALL_OF_US_NEED.search(before))


# The writer as the subject of a resolve right before a jeer ("then I'll shut up", "mejor me
# callo"; a bare "I lose brain cells" mocks whoever caused it) or
# as its owner right after ("... fail on my part", "... de mi parte"): self-mockery.
_WRITER_BEFORE = re.compile(
    r"\b(?:i will|i would|i'll|ill|i'd|i should|i must|i gotta|i have to|i need to|let me|"
    r"me voy a|mejor me|ya me)\s+(?:(?:just|better|really|totally|now|then|go|ya|mejor)\s+)?$"
)
_WRITER_AFTER = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:on my (?:own )?part|de mi parte|my bad)\b")
_SECOND = re.compile(r"@\w|\b(?:you|u|your|ur|ya|y'?all|tu|tus|te|ti|usted|ustedes|eres)\b")


def _said_of_writer(text: str, start: int, end: int) -> bool:
    """A jeer the writer aims at themself, with no second person anywhere in its clause:
    owning a mistake or promising to be quiet is no flame bait."""
    left = max(text.rfind(c, 0, start) for c in ".!?;:\n") + 1
    rights = [k for k in (text.find(c, end) for c in ".!?;:\n") if k != -1]
    right = min(rights) if rights else len(text)
    if _SECOND.search(text[left:right]):
        return False
    return bool(_WRITER_BEFORE.search(text[left:start]) or _WRITER_AFTER.match(text[end:right]))


_SHAME = ("ashamed", "verguenza")
_SCARE_QUOTED = frozenset({"you", "your", "ur", "u", "tu", "tus", "usted", "vos", "eres", "sos"})


def _shames_hate(an: Analysis, matched: str, start: int, end: int) -> bool:
    """ "You should be ashamed" said to someone for hateful words the comment names as such
    ("that language is disgusting", "an antisemitic trope") defends the target: it is the
    counter-speech the policy protects, not a jeer. Needs a condemning word of its own
    outside the jeer, or someone's words quoted ("people calling him an 'animal' should be
    ashamed", "you mock my faith as a 'sky daddy'"), and no insult for the person shamed."""
    if not any(w in matched for w in _SHAME) or "INS" in an.by_class:
        return False
    if any(
        u.quoted
        and not (start <= u.start < end)
        and (u.index == 0 or an.units[u.index - 1].text not in _SCARE_QUOTED)
        for u in an.units
    ):
        return True  # someone's words, not scare quotes for the person ("you 'journalist'")
    return any(not (start <= an.units[k].start < end) for k in an.by_class.get("condemn", ()))


_HANDLE = re.compile(r"@\w")


def _aimed(an: Analysis, sub: Submission) -> list[Hit]:
    """Jeers that are trolling only when the comment speaks to someone in the thread (an
    @handle or "you"): "you teach? God help them", "someone should teach @X a lesson",
    "nobody cares what a washed-up trucker thinks". Read over the folded text with its
    @handles as typed (the normaliser reads "@" as a letter)."""
    handle = "@" in sub.text and bool(_HANDLE.search(sub.text))
    if not handle and "U" not in an.codes and "usted" not in an.prefixes:
        return []
    folded = fold_text(sub.text)
    text = folded.text
    rows = an.lex.troll_aimed
    # Only the rows whose required strings the text holds (exact; the token lookups of this
    # text are already made by the spam rule) are searched, in order: the first match wins.
    needles = an.lex.aimed_needles
    for k in range(len(rows)) if needles is None else needles.candidates(text):
        ident, action, rx, group = rows[k]
        m = rx.search(text)  # the match is `group` of rx (lexicon.skipping)
        if m is not None:
            reject = action == "aimed-reject"
            if not reject and warm_banter(an):
                continue  # "dejá de llorar, boludo ... me debés un asado 😂": friends teasing
            return [
                Hit(
                    "troll.threat" if reject else "troll.flame_bait",
                    0.95 if reject else 0.6,
                    (folded.span(m.start(group), m.end(group)),),
                    ident,
                )
            ]
    return []


@rule("troll.shouting", Category.TROLL)
def shouting(an: Analysis, sub: Submission) -> list[Hit]:
    """Mostly capitals over a real stretch of text."""
    upper = _upper_count(sub.text)
    if upper < 14:
        return []  # 70% of at least 20 letters
    letters = _letter_count(sub.text)
    if letters < 20 or len(list(islice(_WORD.finditer(sub.text), 4))) < 4:
        return []  # (at least four words: the first four found are enough)
    if upper / letters >= 0.7:
        if _slogan(an, sub.text):
            return []
        return [Hit("troll.shouting", 0.6, ((0, len(sub.text)),), "shouting (mostly capitals)")]
    m = _CAPS_RUN_SEARCH.search(sub.text)  # the match is group _CAPS_RUN_GROUP
    if m and _letter_count(m.group(_CAPS_RUN_GROUP)) >= 30:
        span = m.span(_CAPS_RUN_GROUP)
        return [Hit("troll.shouting", 0.6, (span,), "shouting (a run of capitals)")]
    return []


# A capitalised comment this short is a slogan ("STOP THE VIOLENCE. PERIOD.", "NI UNA MENOS")
# unless something in it aims it at someone: fewer words than the shouted sentence of
# `_CAPS_RUN` (eight).
SLOGAN_WORDS = 8
# Signs that a short capitalised comment is shouted at someone: the reader addressed (not
# Spanish "ya", "already") or sent away, an @handle, runs of ! or ?, laughter, a dismissal of
# everyone.
_AT_SOMEONE = re.compile(
    r"@\w|[!?¡¿]{2,}|\b(?:you|u|your|ur|yours|yourself|y'?all|tu|tus|te|ti|usted|ustedes|"
    r"vosotros|vosotras|os|sois|sos|vos|eres|nobody|no one|nadie|get off|go away|get lost|"
    r"shut up|log off|vete|largate|callate|callense|"
    r"(?:ha){2,}h?|(?:ja){2,}j?|(?:je){2,}j?|lol|lmao)\b"
)
# Put-down words of the lexicons: an insult, a foul word, a negative attribute, a filth word.
_PUT_DOWN = ("INS", "PROF", "X", "D")


def _slogan(an: Analysis, text: str) -> bool:
    """A capitalised comment of a few words with nothing aiming it at anyone: no second
    person, no put-down word, no repeated word, no !!! or laughter. Emphasis, not shouting."""
    words = _WORD.findall(text)
    if len(words) >= SLOGAN_WORDS or any(an.by_class.get(c) for c in _PUT_DOWN):
        return False
    folded = [w.lower() for w in words]
    if any(folded.count(w) >= 3 for w in set(folded)):
        return False  # "TRUMP 2024 TRUMP 2024 TRUMP 2024": a chant pasted in
    return not _AT_SOMEONE.search(an.norm.text) and not _AT_SOMEONE.search(text)


_ASCII_LETTERS = string.ascii_letters.encode("ascii")
_ASCII_UPPER = string.ascii_uppercase.encode("ascii")


def _upper_count(text: str) -> int:
    """How many characters `_UPPER` matches: in ASCII text exactly A-Z, deleted from the
    bytes in one C pass (a regex stops at every capital)."""
    if text.isascii():
        return len(text) - len(text.encode("ascii").translate(None, _ASCII_UPPER))
    return len(_UPPER.findall(text))


def _letter_count(text: str) -> int:
    """How many characters `_LETTERS` matches, without a list of them: in ASCII text those
    are exactly a-z and A-Z, deleted from the bytes in one C pass."""
    if text.isascii():
        return len(text) - len(text.encode("ascii").translate(None, _ASCII_LETTERS))
    return len(_LETTERS.findall(text))


# Eight or more words in capitals in a row: a shouted sentence inside a calmer comment.
_CAPS_RUN = re.compile(r"(?:\b[A-ZÁÉÍÓÚÑÜ]{2,}\b[^\w]+){7,}\b[A-ZÁÉÍÓÚÑÜ]{2,}\b")
# The same first match, found jumping between capitals (`lexicon.skipping`).
_CAPS_RUN_SEARCH, _CAPS_RUN_GROUP = skipping(_CAPS_RUN)


def _squash(text: str) -> str:
    return " ".join(_WORD.findall(fold_term(text)))


@rule("troll.repeat", Category.TROLL)
def repeat(an: Analysis, sub: Submission) -> list[Hit]:
    """The same comment pasted again (the caller passes the author's recent comments)."""
    if not sub.context.recent_texts:
        return []
    mine = _squash(sub.text)
    if len(mine) < 20:
        return []
    same = 0
    for other in sub.context.recent_texts[:20]:
        theirs = _squash(other)
        if theirs == mine or (
            abs(len(theirs) - len(mine)) < 0.2 * len(mine)
            and difflib.SequenceMatcher(None, mine, theirs).ratio() >= 0.9
        ):
            same += 1
    if not same:
        return []
    score = 0.75 if same >= 2 else 0.6
    return [Hit("troll.repeat", score, ((0, len(sub.text)),), f"repeated {same} time(s)")]


@rule("custom.blocked_term", Category.TROLL)
def blocked_term(an: Analysis, sub: Submission) -> list[Hit]:
    """A term the moderators blocked in the active PolicySettings rejects."""
    if not sub.config.extra_blocked_terms:
        return []
    text = an.norm.text
    spans = []
    for term in sub.config.extra_blocked_terms:
        folded = fold_term(term)
        if not folded:
            continue
        for m in re.finditer(r"(?<![a-z0-9])" + re.escape(folded) + r"(?![a-z0-9])", text):
            spans.append(an.norm.span(m.start(), m.end()))
    if not spans:
        return []
    return [Hit("custom.blocked_term", 0.95, tuple(spans), "term blocked by the moderators")]


# Sealioning: a string of questions fired at a commenter with a taunt for not answering
# ("I'll wait", "why won't you answer?", "¿No contestas? Lo suponía."). An honest question,
# even several, carries no taunt; questions put to an office-holder are politics.
_TAUNT = re.compile(
    r"\b(?:i'?ll wait|still waiting|sigo esperando|yes or no|si o no|"
    r"why (?:won'?t|don'?t|haven'?t|didn'?t|can'?t) (?:you|u) (?:just )?(?:answer|respond|reply)|"
    r"why (?:do (?:you|u) keep|are (?:you|u)) (?:dodging|avoiding|hiding|scared|afraid|running)|"
    r"what are (?:you|u) (?:so )?(?:afraid|scared) of|keep (?:dodging|avoiding)|"
    r"no contestas|no contesta|contesta(?:me)?|conteste|lo suponia|que raro|"
    r"(?:i|we) thought so|answer the question|no te vayas por la tangente|"
    r"sigues sin (?:contestar|responder)|no me (?:has|ha) (?:contestado|respondido))\b"
)
_ADDRESSEE = re.compile(
    r"@\w|\b(?:you|u|your|tu|tus|te|ti|usted|vos|tenes|contesta|conteste|dime|digame)\b"
)
_OFFICE = re.compile(
    r"\b(?:" + "|".join(sorted(_OFFICE_TITLES)) + r"|gobernadora|congress\w*|diputad[oa]s?|"
    r"president[ea]?|council\w*|concejal\w*|regidor\w*|secretari[oa]|fiscal\w*|minister\w*|"
    r"ministr[oa]|city hall|county|agencia|department|departamento|policia|cops|patrol|"
    r"patrulla|officers|agentes|la migra)\b"
)


# A spokesperson or an office as the speaker of what the comment reports: "Ok Karen" then mocks
# what the office says ("Ok Karen. The spokesperson says the water is safe, again.").
_SPEAKERS = (
    r"(?:spokes(?:person|woman|man)|press secretary|press office|vocer[oa]|portavoz|"
    + "|".join(sorted(_OFFICE_TITLES))
    + r"|gobernadora|secretari[oa]|secretary|fiscal\w*|minister\w*|ministr[oa]|president[ea]?|"
    r"council\w*|regidor\w*|diputad[oa]|department|departamento|county|city hall)"
)
_SPEECH = (
    r"(?:says|said|claims|claimed|insists|insisted|announced|assures|swears|tells us|told us|"
    r"dice|dijo|asegura|aseguro|insiste|insistio|afirma|afirmo|anuncio|jura|nos dice|nos dijo)"
)
_OFFICIAL_SAYS = re.compile(
    rf"\b{_SPEAKERS}(?:'s)?\b[^.!?,;]{{0,40}}\b{_SPEECH}\b|\b{_SPEECH}\s+(?:el|la|the|our|nuestr[oa])"
    rf"\s+(?:\w+\s+)?{_SPEAKERS}\b"
)
_NICKNAME_ROWS = frozenset({"flame.nickname", "flame.s_ok_vocative"})


def _nickname_for_office(text: str, start: int, end: int) -> bool:
    """A mock nickname ("ok Karen", "sure, sweetie") in a comment that reports what a
    spokesperson or an office says and speaks to no one in the thread: said of the official."""
    rest = text[:start] + " " + text[end:]
    return bool(_OFFICIAL_SAYS.search(rest)) and not _SECOND.search(rest)


@rule("troll.sealion", Category.TROLL)
def sealion(an: Analysis, sub: Submission) -> list[Hit]:
    """Four or more questions at someone in the thread, and a taunt for the missing answer."""
    questions = sub.text.count("?")
    if questions < 2:
        return []
    text = an.norm.text
    taunts = list(_TAUNT.finditer(text))
    if not taunts or (questions < 4 and len({t.group() for t in taunts}) < 2):
        return []  # two questions need two different taunts
    if not _ADDRESSEE.search(text) or _OFFICE.search(text):
        return []
    m = taunts[0]
    return [Hit("troll.sealion", 0.6, (an.norm.span(m.start(), m.end()),), "questions as a taunt")]


# The same words pasted over and over inside one comment ("Vote X. Vote X. Vote X. ...").
# Chants and cheers of one short word ("gol gol gol", "no no no") and thanks pass.
_CHEER = frozenset({"gol", "ja", "je", "ha", "jaja", "haha", "si", "no", "gracias", "thanks",
                    "thank", "you", "bravo", "ole", "viva", "yes", "go", "love", "wow",
                    "amen", "congrats", "felicidades", "muchas"})  # fmt: skip


_LAUGH_WORD = re.compile(r"^(?:(?:[jh][aeiou])+h?|(?:lol)+|(?:xd)+)$")


def _repeat_sizes(words: list[str], longest: int) -> list[int]:
    """The run lengths s <= `longest` for which some run of s words is followed at once by
    itself, that is, s positions k in a row with words[k] == words[k + s], in increasing
    order. Only these lengths can add a repeat to `_longest_repeat`. For s >= 2 such a run is
    s - 1 positions in a row where a pair of neighbouring words comes back s words later, so
    it is read from the positions of repeated pairs: most comments repeat none (repeated
    single words, "the", "and", are far commoner and cost a loop each)."""
    sizes = [1] if longest >= 1 and any(map(eq, words, words[1:])) else []
    pairs = list(pairwise(words))
    if len(set(pairs)) == len(pairs):
        return sizes
    positions: dict[tuple[str, str], list[int]] = {}
    for k, pair in enumerate(pairs):
        positions.setdefault(pair, []).append(k)
    starts_by_size: dict[int, set[int]] = {}
    for ks in positions.values():
        for a, i in enumerate(ks):
            for j in ks[a + 1 :]:
                if j - i > longest:
                    break
                if j - i >= 2:
                    starts_by_size.setdefault(j - i, set()).add(i)
    for size, starts in starts_by_size.items():
        if len(starts) >= size - 1 and any(
            k - 1 not in starts and all(k + t in starts for t in range(1, size - 1)) for k in starts
        ):
            sizes.append(size)
    return sorted(sizes)


def _longest_repeat(words: list[str], sizes: Iterable[int] | None = None) -> tuple[int, int, int]:
    """(unit length, repetitions, start) of the most repeated run of consecutive words, trying
    the run lengths in `sizes` (by default only those `_repeat_sizes` lets through)."""
    best = (0, 0, 0)
    n = len(words)
    for size in _repeat_sizes(words, min(20, n // 2)) if sizes is None else sizes:
        i = 0
        while i + size <= n:
            unit = words[i : i + size]
            reps = 1
            j = i + size
            while j + size <= n and words[j : j + size] == unit:
                reps += 1
                j += size
            if reps >= 2 and size * reps > best[0] * best[1]:
                best = (size, reps, i)
            # From i + size the same run repeats once less, and so on, so none of those starts
            # can beat this one: go to its last unit at once. Stepping one unit at a time made
            # a comment of one word pasted thousands of times cost seconds (quadratic).
            i += size * (reps - 1) if reps > 1 else 1
    return best


@rule("troll.flood", Category.TROLL)
def flood(an: Analysis, sub: Submission) -> list[Hit]:
    """A phrase pasted again and again in one comment, or a line of one emoji."""
    text = sub.text
    # ASCII text folds to its lower case (normalize._fold), without the per-character pass,
    # whose words are runs of a-z: a range test per character, not a Unicode category lookup
    words = _ASCII_WORD.findall(text.lower()) if text.isascii() else _WORD.findall(fold_term(text))
    if len(words) < 6:
        return _emoji_line(sub)
    size, reps, start = _longest_repeat(words)
    if reps < 2:
        return []
    unit = words[start : start + size]
    letters = sum(len(w) for w in unit) * reps
    if all(w in _CHEER or _LAUGH_WORD.match(w) for w in unit):
        return []
    if (
        (reps >= 5 and letters >= 24)
        or (size >= 4 and reps >= 3 and letters >= 30)
        or (size >= 5 and reps >= 2 and letters >= 30)
    ):
        return [Hit("troll.flood", 0.6, ((0, len(sub.text)),), f"the same words {reps} times")]
    return []


# Mocking emoji only (clown, poo, middle finger, sheep, chicken, eye-roll, yawn, sleep,
# vomit, thumbs down, snake, rat): a line of hearts, claps or laughter is praise.
_EMOJI_RUN = re.compile(
    "([\U0001f921\U0001f4a9\U0001f595\U0001f411\U0001f414\U0001f644\U0001f971"
    "\U0001f634\U0001f92e\U0001f922\U0001f44e\U0001f40d\U0001f400])(?:\\s*\\1){4,}"
)


def _emoji_line(sub: Submission) -> list[Hit]:
    m = _EMOJI_RUN.search(sub.text)
    if m is None or _letter_count(sub.text) > 20:
        return []
    return [Hit("troll.flood", 0.6, (m.span(),), "one emoji over and over")]


# Doxxing as an invitation: where someone lives, works or parks, or their number, and the
# readers invited to go and tell them ("in case anyone wants to drop by", "por si alguien le
# quiere reclamar en persona", "díganle lo que piensan"). The writer's own family, offices
# and help lines are public or their own business.
# Where someone works the till or a shift, in both `_LOCATOR` and `_PINNED`.
_WORKS_POST = r"works the (?:\w+ )?(?:register|counter|desk|shift|line) (?:at|in)"
_LOCATOR = re.compile(
    r"\b(?:lives (?:off|on|at|near)|vive en|trabaja en|works (?:at|the \w+ shift)|"
    + _WORKS_POST
    + r"|"
    r"work the \w+ shift|da clases (?:de|en)|turno de la (?:tarde|manana|noche)|"
    r"sale a las (?:\d|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)|"
    r"(?:white|green|blue|red|yellow|gray|grey|brown|beige) house|"
    r"casa (?:blanca|verde|azul|roja|amarilla|gris)|\d{3}[- .]\d{4}|"
    r"(?:su|tu) correo (?:personal )?es|cell|celular|telefono de|parks (?:on|at|in)|"
    r"se estaciona|todas las (?:tardes|mananas|noches)|every (?:afternoon|morning|night))\b"
)
_INVITE = re.compile(
    r"\b(?:(?:in case|if) (?:anyone|anybody|someone|somebody) (?:wants?|would like|feels? "
    r"like) to (?:drop by|stop by|swing by|visit|say hi|pay (?:him|her|them) a visit|"
    r"tell (?:him|her|them)|have a word)|"
    r"let (?:him|her|them) know what (?:you|y'?all) think|"
    r"tell (?:him|her|them) what (?:you|y'?all) think|"
    r"por si alguien (?:le |la |lo |les )?(?:quiere|quisiera|desea) (?:ir a )?"
    r"(?:(?:reclamar|decir|llevar|visitar|saludar|charlar|platicar|hablar)(?:le|la|lo|les|los|"
    r"las)?|dar las gracias)|"
    r"para que (?:sepan|sepas) (?:donde|como) (?:encontrarl[oa]|ubicarl[oa]|buscarl[oa])|"
    r"(?:so|in case) (?:you|y'?all|everyone|people) (?:all )?knows? where to find (?:him|her|them)|"
    r"(?:maybe|perhaps) (?:someone|somebody|some of (?:you|y'?all)) (?:should|could|ought to) "
    r"(?:stop|drop|swing|go) (?:by|over)|"
    r"alguien (?:deberia|podria) (?:ir a|pasar a|darse una vuelta)|"
    r"para los que quieran (?:reclamar|decir|ir|visitar|saludar)\w*|"
    r"diganle|diganles|vayan a (?:saludar|visitar|ver|reclamar)\w*|pasaos|pasense|"
    r"caiganle|reclamenle|(?:se la|se lo|la|lo) pueden (?:encontrar|ir a)|"
    r"like some (?:company|visitors)|"
    r"(?:discuss|debate|talk|decirle|tell (?:him|her)|lo que piensan?)\b[^.!?]{0,30}"
    r"\b(?:in person|en persona))\b"
)
# The same first match, found jumping between the characters it can open with.
_INVITE_SEARCH, _INVITE_GROUP = skipping(_INVITE)
_OWN_FAMILY = re.compile(
    r"\b(?:my|mi|mis|our|nuestr[oa]s?)\s+(?:\w+\s+)?(?:brother|sister|mom|mother|dad|father|"
    r"son|daughter|wife|husband|cousin|uncle|aunt|grandma|grandpa|hermano|hermana|mama|madre|"
    r"papa|padre|hijo|hija|esposa|esposo|primo|prima|tio|tia|abuela|abuelo)\b"
)


# Where a person can be found, pinned closer than `_LOCATOR`: their house told apart, the
# vehicle they drive, where they park it, the street they work on or the shift they work.
# Enough with a shrug of an invitation (`_LEFT_HERE`), where an hour alone is not.
_PINNED = re.compile(
    r"\b(?:lives (?:off|on|at|near|in)|vive (?:en|por)|"
    r"(?:his|her|their|su) (?:house|home|place|casa) (?:is|es) (?:the|la)\b|"
    r"casa (?:con|de) (?:el|la) (?:porton|reja|barda|puerta)|"
    r"(?:drives|maneja|trae|anda en) (?:a|an|the|that|una|un|la|el|esa|ese) (?:\w+ ){0,2}"
    r"(?:truck|pickup|car|suv|van|silverado|f-?150|tacoma|camioneta|troca|carro|coche|"
    r"pick ?up)|"
    r"parks (?:it |his \w+ |her \w+ )?(?:behind|in front of|outside|next to|across from|at)|"
    r"(?:la|lo) (?:estaciona|deja) (?:frente a|afuera de|detras de|enfrente de|junto a|en)|"
    r"(?:works|trabaja)\b[^.!?]{0,50}\b(?:calle|avenida|av|street|st|ave|avenue|road|rd|blvd|"
    r"boulevard|highway|route|carretera)|" + _WORKS_POST + r")\b"
)
# The writer's own people: a neighbour's flooded street or a friend's shop is news.
_OWN_PEOPLE = re.compile(
    r"\b(?:my|mi|mis|our|nuestr[oa]s?)\s+(?:\w+\s+)?(?:neighbou?rs?|friends?|coworkers?|"
    r"co-workers?|vecin[oa]s?|amig[oa]s?|compadres?|comadres?|companer[oa]s?)\b"
)
# A shrug that leaves the location with the readers: "just saying", "ahí se los dejo",
# "in case anyone is curious".
_LEFT_HERE = re.compile(
    r"\b(?:(?:just saying|nomas digo|solo digo|nada mas digo|ahi (?:se )?(?:los|les|lo) dejo|"
    r"ahi queda|nomas lo dejo (?:aqui|ahi))\W*$|(?:just putting (?:it|that|this) out there|"
    r"(?:in case|if) (?:anyone|anybody|someone|y'?all)(?:'s| is| are| was| were)? "
    r"(?:curious|wondering|interested)|"
    r"por si alguien (?:tenia|tiene|tuviera) (?:la )?curiosidad|"
    r"por si a alguien le (?:interesa|interesaba|sirve))\b)"
)


@rule("troll.dox_invite", Category.TROLL)
def dox_invite(an: Analysis, sub: Submission) -> list[Hit]:
    """Someone located (home, work, car, number) and the readers sent there: rejects."""
    text = an.norm.text
    invite = _INVITE_SEARCH.search(text)
    if invite is not None:
        where, group = _LOCATOR.search(text), _INVITE_GROUP
    else:
        invite = _LEFT_HERE.search(text)
        if invite is None:
            return []
        where, group = _PINNED.search(text), 0
        if _OWN_PEOPLE.search(text):
            return []
    if where is None or _OFFICE.search(text) or _OWN_FAMILY.search(text):
        return []
    spans = (
        an.norm.span(where.start(), where.end()),
        an.norm.span(invite.start(group), invite.end(group)),
    )
    return [Hit("troll.dox_invite", 0.95, spans, "someone located and readers sent to them")]
