"""`troll.personal_attack`: an insult aimed at a commenter or the article's writer, and the
readings it asks first that call no one a name: a word mentioned or taken back, a name, a pet, a
friend's address term, words condemned, deeds listed or denied of others."""

from __future__ import annotations

import bisect
import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.normalize import fold_term
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import (
    admiring_banter,
    condemned_elsewhere,
    neg_raised,
    report_frame_before,
    speaker_named_after,
)
from moderation.policy.rules.context.haters_object import haters_scorned
from moderation.policy.rules.context.names_called import called_name, read_in_context
from moderation.policy.rules.fondness import fond_address, friendly_hail
from moderation.policy.rules.profanity import intensifying
from moderation.policy.rules.troll.aim import insult_at
from moderation.policy.rules.troll.aim_cues import AT_PARTICIPANT
from moderation.policy.rules.troll.animal_called import (
    ANIMALS_EN,
    PETS,
    animal_called,
    said_of_a_pet,
)
from moderation.policy.rules.troll.banter import (
    AFFECTION,
    BANTER,
    CONCEDED_AFTER,
    FRIENDLY,
    warm_banter,
)
from moderation.policy.rules.troll.bodies_judged import body_judged
from moderation.policy.rules.troll.clown_hired import clown_hired
from moderation.policy.rules.troll.echo import echoed
from moderation.policy.rules.troll.epithets import admired_third_party, third_party_epithet
from moderation.policy.rules.troll.greeted import greeting_hail
from moderation.policy.rules.troll.herd_moving import herd_moving
from moderation.policy.rules.troll.oath import oath_exclaimed
from moderation.policy.rules.troll.role_judged import role_judged
from moderation.policy.rules.troll.stuff_repeated import stuff_repeated
from moderation.policy.rules.troll.thing_exclaimed import (
    adjective_of_a_thing,
    interjection_closing,
    manner_praised,
)
from moderation.policy.rules.troll.third_parties import sentence_before
from moderation.policy.rules.troll.words import (
    AIMING_VERBS,
    PERSON_SUBJECT,
    YOU_NEAR,
    sentence_spoken_to,
    you,
)
from moderation.policy.types import Category, Submission

_PERFECT = frozenset({"ha", "han", "he", "has", "hemos", "habeis", "habia", "habian", "haber",
                      "hubiera", "haberle", "haberte", "haberlo", "haberla", "haberme",
                      "haberles", "habiendo", "habias", "habra", "habria"})  # fmt: skip


# Verbs of calling someone a name: the insult after them is reported, not said to anyone
# ("alguien le dijo pendejo al autor", "calling people trolls is lazy").
_CALLING = frozenset({"dijo", "dijeron", "llamo", "llamaron", "llaman", "llamen", "llamar",
                      "llama", "llamaba", "llamaban", "llamando",
                      "digan", "dicen", "decirle", "called", "calling", "call", "calls",
                      "labelled", "labeled", "label", "labeling", "dices", "dijiste",
                      "llamas", "llamaste", "dije", "llame", "decian", "decia", "deciamos",
                      "apodaban", "apodan", "apodaron"})  # fmt: skip
_CALLED_OBJECT = frozenset({"le", "les", "lo", "la", "los", "las", "him", "her", "them",
                            "people", "everyone", "anyone", "a", "an", "the", "al",
                            "a la", "me", "nos", "us"})  # fmt: skip
# The writer's own name-calling taken back in the same comment ("I called you a paid shill
# yesterday and that was out of line", "te dije ignorante y me pasé, perdón").
_CALLER_SELF = frozenset({"i", "i would", "id", "yo"})
# A clitic names the one called, so the article after the verb opens the name itself ("le
# decían el loco", "la apodaban la bruja"), where "dijo el idiota" has the speaker after it.
_CLITIC_OBJECTS = frozenset({"le", "les", "lo", "la", "los", "las"})
_NAME_ARTICLES = frozenset({"el", "la", "los", "las"})
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
            if before in _CLITIC_OBJECTS and k == u.index - 2:
                return an.units[k + 1].text in _NAME_ARTICLES  # "le decían el loco a un señor"
            return not modifier
        if p.text in _YOU_CALLED:
            you_object = True
            continue
        if p.text not in _CALLED_OBJECT:
            if modifier or k != u.index - 1:
                return False
            modifier = True
    return False


# Insults that are also given names ("Memo" for Guillermo): capitalised, they are the name.
_GIVEN_NAMES = frozenset({"memo", "dick"})


def _given_name(an: Analysis, u: Unit, text: str) -> bool:
    start, end = an.span(u.index, u.index)
    word = text[start:end]
    return u.text in _GIVEN_NAMES and word[:1].isupper() and not word.isupper()


_POSSESSIVE = frozenset({"mi", "mis", "my", "our", "nuestra", "nuestro", "nuestras", "nuestros"})


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
        if not any(y.code == "U" or you(an, y) for y in an.sentence_run(x.index)):
            return True
    return False


# Spanish diminutive and superlative endings, and the base endings they replace.
_FORM_ENDINGS = (("isimas", ("a", "o")), ("isimos", ("o", "a")), ("isima", ("a", "o")),
                 ("isimo", ("o", "a")), ("itas", ("as", "a")), ("itos", ("os", "o")),
                 ("ita", ("a", "o")), ("ito", ("o", "a")))  # fmt: skip


# An accented vowel before its own plain letter ("lée", "crée", "véé"): a verb's stress
# ("léelos", "créelo"), never the drawn-out vowels of emphasis ("tontooo").
_ACCENTED_PAIR = re.compile(r"á[aA]|é[eE]|í[iI]|ó[oO]|ú[uU]|Á[aA]|É[eE]|Í[iI]|Ó[oO]|Ú[uU]")


def _ordinary_form(an: Analysis, u: Unit, text: str) -> bool:
    """The written word is not the insult but one edit from it, and is itself a diminutive or
    superlative of an ordinary Spanish word ("gorrita" of "gorra", read as "gordita";
    "pegadísima" of "pegada", read as "pesadísima")."""
    start, end = an.span(u.index, u.index)
    written = fold_term(text[start:end])
    if " " in written or written == u.text or not written.isalpha():
        return False
    if _ACCENTED_PAIR.search(text[start:end]):
        return True  # "Léelos" (read them), squeezed to "lelos": a verb, not the insult
    vocab = an.lex.vocab_by_lang.get("es", an.lex.vocab)
    for ending, bases in _FORM_ENDINGS:
        stem = written[: -len(ending)]
        if written.endswith(ending) and len(stem) >= 3:
            return any(
                stem + b in vocab and stem + b not in an.lex.words and stem + b != u.text
                for b in bases
            )
    return False


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
        (x.code == "U" or you(an, x) or x.text.split()[0] in _SECOND_WORDS) and not x.quoted
        for x in units
    ):
        return False  # "You said 'X'. Disgusting.": said to a commenter
    if any(
        x.code in ("G", "g")
        or (x.text in PERSON_SUBJECT and (" " in x.text or x.text in _PRONOUNS_3))
        for x in an.sentence_run(u.index)
        if not x.quoted
    ):
        return False  # "X are vile, I said it", "this guy is disgusting": said of people
    return any(
        x.quoted or x.code == "r" or x.text in _SPEECH_VERBS for x in units if x.index != u.index
    )


# Rioplatense address terms: friends hail each other with them ("Che boludo, ¿viste?",
# "Boludo, traeme un alfajor", "tres horas, boludo."); predicated ("sos un boludo", "qué boludo
# sos") they insult, and the aiming tests (`aim`) still read those.
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
        return len(before) == 1 or before[-2].text not in AIMING_VERBS
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
                         "slur", "compliment", "cumplido", "halago", "piropo"})  # fmt: skip
_COPULA_WORDS = frozenset({"es", "no es", "era", "sera", "is", "isnt", "is not", "was"})
_AMONG_FRIENDS = frozenset({"amigos", "amigas", "panas", "compas", "cuates", "colegas", "friends",
                            "mates"})  # fmt: skip


_TOLD = frozenset({"decian", "decia", "nos decian", "me decian", "les decian", "call", "called",
                   "used to call"})  # fmt: skip


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
        elif copula and x.text in ("what", "lo que"):
            # "X is what they used to call us", "X es lo que nos decían": a name told
            return any(y.text in _CALLING or y.text in _TOLD for y in same if y.index > x.index)
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


_PLACE_BEFORE = frozenset({"de", "del", "en", "desde", "hasta", "in", "at", "to", "from", "near",
                           "the"})  # fmt: skip
# Towns whose names are insult words: after "a" ("el camino a Naco", "me mudé a Lerdo") the
# town, where "a" before any other capitalised insult may mark a person ("dile a Pendejo").
_TOWN_INSULTS = frozenset({"naco", "lerdo"})
# After "the", a town's name heads a noun for a place or an event ("the Lerdo fair").
_PLACE_NOUNS = frozenset({"fair", "feria", "market", "bridge", "plaza", "river", "road", "area",
                          "county", "city", "town", "dam", "mayor", "council", "school", "church",
                          "clinic", "hospital", "park", "festival", "parade", "highway", "exit",
                          "border", "crossing", "valley", "mine", "plant", "office"})  # fmt: skip
# Before "de", words that make what follows a kind of person ("típico de", "clase de").
_KIND_OF = frozenset({"tipico", "tipica", "clase", "tipo", "cosa", "cosas", "bola", "pedazo",
                      "monton", "cara", "bonita", "tremendo", "tremenda"})  # fmt: skip
# After the word, what points at a reader ("el Lerdo de arriba", "the Idiot above").
_AT_READER = re.compile(
    r"\s*(?:de arriba|de abajo|de siempre|del comentario|que (?:escribio|comento|contesto)|"
    r"who|above|below|again|in the comments|in this thread|de este hilo)\b"
)


def _place_named(an: Analysis, u: Unit, text: str) -> bool:
    """The insult word is written capitalised after a preposition of place or an article, away
    from the start of its sentence, in a sentence that speaks to no one: a town or a street
    ("la feria de Lerdo", "tested in Lerdo", "the Lerdo fair"), not a name for anyone."""
    start, end = an.span(u.index, u.index)
    word = text[start:end]
    if not word[:1].isupper() or word.isupper() or not u.index:
        return False
    prev = an.units[u.index - 1]
    if prev.sentence != u.sentence:
        return False
    if an.lang == "es" and (prev.text == "a" or prev.text.endswith(" a")):
        if u.text not in _TOWN_INSULTS:
            return False  # "el camino a Naco", never "dile a Pendejo"
    elif prev.text not in _PLACE_BEFORE:
        return False
    if "," in an.norm.text[prev.end : u.start] or _AT_READER.match(an.norm.text, u.end):
        return False
    if prev.text in ("de", "del") and u.index > 1 and an.units[u.index - 2].text in _KIND_OF:
        return False  # "Típico de Pendejos", "qué clase de Idiota": a kind of person
    if prev.text == "the":
        nxt = an.units[u.index + 1] if u.index + 1 < len(an.units) else None
        if nxt is None or nxt.sentence != u.sentence or nxt.text not in _PLACE_NOUNS:
            return False
    return not any(x.code == "U" or you(an, x) for x in an.sentence_run(u.index))


# Pets and animals: "mi perra Lola es una cabrona", "mi perro Pendejo": the writer's animal
# named or judged, nobody in the thread.
# "el tonto de mi hermano", "ese cabrón de mi compadre": the epithet's determiner.
_EPITHET_DETERMINERS = frozenset({"el", "la", "los", "las", "ese", "esa", "esos", "esas",
                                  "este", "esta", "estos", "estas"})  # fmt: skip
_KIN_OF_MINE = frozenset({"mi", "mis", "my"})


def _of_my_own(an: Analysis, u: Unit) -> bool:
    """The insult is said of the writer's own people or animals, in a sentence that speaks to
    no one: their subject opens it ("mi casero es bien payaso", "mi perra Lola es una
    cabrona"), or the insult is the epithet of one ("la pija de mi prima"), or it names the
    writer's pet ("mi perro Pendejo")."""
    same = an.sentence_run(u.index)
    if sentence_spoken_to(an, same):
        return False
    units = an.units
    k = u.index
    if (
        k + 2 < len(units)
        and units[k + 1].sentence == u.sentence
        and units[k + 1].text == "de"
        and units[k + 2].text in _KIN_OF_MINE
        and k >= 1
        and units[k - 1].text in _EPITHET_DETERMINERS
    ):
        return True  # "la pija de mi prima", "ese cabrón de mi compadre"
    before = same[: k - same[0].index]  # a sentence is one run of units
    if len(before) >= 2 and before[-1].text in PETS and before[-2].text in _KIN_OF_MINE:
        return True  # "mi perro Pendejo": the pet's name
    if not before or before[0].text not in _KIN_OF_MINE or len(before) < 2:
        return False
    if before[1].text not in PETS and (before[1].has("INS") or before[1].code != "w"):
        return False
    return any(x.code == "C" or x.text in AIMING_VERBS for x in before[2:])


_PROUD = re.compile(r"\s*,?\s*(?:y (?:muy )?orgullos[oa]s?|and (?:damn |very )?proud)\b")
_FIRST_IS = frozenset({"soy", "somos", "fui", "fuimos", "era", "eramos"})
_FIRST_ME = frozenset({"yo", "nosotros", "nosotras"})


def _owned_label(an: Analysis, u: Unit) -> bool:
    """The writer wears the label, in a sentence that speaks to no one: it opens the sentence
    and is owned with pride ("Chairo y orgulloso", "naco and proud"), or "soy yo"/"fuimos
    nosotros" closes the phrase it heads ("el tío naco de la familia soy yo", "los comemierdas
    fuimos nosotros")."""
    same = an.sentence_run(u.index)
    if sentence_spoken_to(an, same):
        return False
    if same[0].index == u.index and _PROUD.match(an.norm.text, u.end):
        return True
    base = same[0].index
    after = same[u.index + 1 - base : u.index + 7 - base]
    if any(x.code == "N" or x.text in ("no", "ni") for x in after):
        return False  # "el pendejo aquí no soy yo": someone else is
    return any(
        x.text in _FIRST_IS and k + 1 < len(after) and after[k + 1].text in _FIRST_ME
        for k, x in enumerate(after)
    )


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
        if an.lang == "en" and u.text in ANIMALS_EN and not animal_called(an, u):
            continue  # "my guinea pig", "ate like a pig": the animal itself, no one called it
        if said_of_a_pet(an, u):
            continue  # "Ese perro es un cerdo con la comida": a pet's manners judged
        ctx = an.lex.homonym_context.get(u.text)
        if ctx:
            if words is None:
                words = {x.text for x in an.units}
            if not called_name(an, u) and (
                read_in_context(an, u, ctx, words) or _owned_animal(an, u)
            ):
                continue  # "our bitch had puppies", "mi perra se llama Luna. Es la perra..."
        if an.lang == "es" and herd_moving(an, u):
            continue  # "Las vacas cruzan el río": the animals out in the land
        if an.lang == "es" and _ordinary_form(an, u, sub.text):
            continue  # "gorrita" (a cap) is no "gordita", "pegadísima" no "pesadísima"
        if u.index > 0 and an.units[u.index - 1].text in _PERFECT:
            continue  # "ha fracasado": a verb, not an insult
        if oath_exclaimed(an, u):
            continue  # "¡Hijo de puta, qué frío hace!": the cold is cursed, no one is called it
        if stuff_repeated(an, u):
            continue  # "before you repeat that garbage": a claim, not the one who repeats it
        if interjection_closing(an, u) or adjective_of_a_thing(an, u) or manner_praised(an, u):
            continue  # "Qué partido tan malo, cabrón.", "qué menso estuvo ese comercial"
        if (
            u.quoted
            or _named_by_someone(an, u)
            or (report_frame_before(an, u.index) and not _writer_of_it(an, u))
        ):
            continue  # quoted or reported words ("decir que ... es racista", "le dijo idiota")
        if speaker_named_after(an, u.index) and condemned_elsewhere(an, u.index, u.index):
            continue  # "Los X son unos cerdos, dice mi vecino. Qué racista": reported, condemned
        if _condemns_words(an, u):
            continue  # "dijo que los X 'traen enfermedades'. Falso y asqueroso."
        if _denied_of_others(an, u):
            continue  # "No creo que los X sean ratas", "I don't think they're idiots": denied
        if an.lang == "es" and _doers_listed(an, u):
            continue  # "infestar es lo que hacen las plagas, las cucarachas, las ratas"
        if _address_term(an, u) or _word_mentioned(an, u):
            continue  # "Che boludo, ¿viste?", "Facha no es argumento": a hail, a word discussed
        if body_judged(an, u, sub.text):
            continue  # "La policía no hizo nada. Son unas ratas.": the force judged
        if clown_hired(an, u):
            continue  # "Mi hijo quiere un payasito en su fiesta": the entertainer
        if _in_proper_name(an, u, sub.text) or _place_named(an, u, sub.text) or _of_my_own(an, u):
            continue  # "Chula Vista", "mi casero es bien payaso": a place, the writer's own
        if _owned_label(an, u):
            continue  # "Chairo y orgulloso", "el tío naco de la familia soy yo": the writer's own
        if intensifying(an, u) and not you(an, an.units[u.index - 1]):
            continue  # "una puta pasada": the next word decides
        if u.text in BANTER and (
            admiring_banter(an)
            or AFFECTION.search(an.norm.text)
            or AFFECTION.search(sub.text)
            or fond_address(an)
        ):
            continue  # "qué cabrón, jajaja", "Cabrón, me hiciste reír": admiring banter
        if u.meta("INS") != "strong" and CONCEDED_AFTER.match(
            an.norm.text[u.end : u.end + 60].lstrip(" ,;")
        ):
            continue  # "es bien necio, pero hoy sí tuvo razón": the point conceded to him
        if friendly_hail(an, u):
            continue  # "Hey you old bastard, coffee Tuesday?": an old friend teased
        if greeting_hail(an, u):
            continue  # "Qué buena onda, cabrón", "¿Qué onda, cabrón?": a friend hailed
        if role_judged(an, u):
            continue  # "That coach is clueless": a role judged at its job, no name called
        if admired_third_party(an, u, sub):
            continue  # "son unos cabrones para el fútbol", "mi compadre, el muy cabrón, ..."
        if third_party_epithet(an, u, sub):
            continue  # "ese cabrón del portero", "esos cabrones": said of someone outside
        if echoed(an.norm.text, u.start, u.end):
            continue  # "¿Pendejo? Más bien ingenuo": the word echoed to answer it
        if haters_scorned(an, u.index):
            continue  # "los racistas que odian a los mexicanos son unos pendejos": counter-speech
        aimed, why = insult_at(an, u, sub)
        if aimed and u.meta("INS") != "strong":
            if friendly is None:
                friendly = bool(
                    FRIENDLY.search(an.norm.text) or FRIENDLY.search(sub.text) or warm_banter(an)
                )
            if friendly:
                continue
        if aimed:
            score = 0.8 if u.meta("INS") == "strong" else 0.65
            return [Hit("troll.personal_attack", score, (an.span(u.index, u.index),), why)]
    return []


def _writer_of_it(an: Analysis, u: Unit) -> bool:
    """The verb of writing sits in a relative clause that names the insult's subject ("el tipo
    que escribió esto es un ...", "la señora que publicó la nota es una ..."): the writer of the
    article or a comment is called the name, not someone's words reported."""
    return bool(AT_PARTICIPANT.search(sentence_before(an, u)))


def _denied_of_others(an: Analysis, u: Unit) -> bool:
    """The insult under "no creo que", "I don't think", "jamás diría que" a few words back in
    its clause, and no second person in the sentence: a denial about a third party, not an
    attack ("No creo que seas más que una rata" still speaks to the reader)."""
    k = neg_raised(an, u.index, reach=7, past_groups=True)
    if k is None:
        return False
    if an.units[k].text in _SAY_DENIED and not any(
        x.text in _BUT_MORE for x in an.units[k + 1 : u.index]
    ):
        return True  # "No digo que seas un payaso, pero ...": the writer denies saying it
    return not any(you(an, y) or y.text in ("seas", "eres") for y in an.sentence_run(u.index))


# Denials of saying or calling, which hold for the reader too ("no digo que seas un payaso",
# "I'm not saying you're a clown"), unless the denial is a "no more than" ("no digo que seas
# más que un payaso").
_SAY_DENIED = frozenset({"no digo que", "nunca dije que", "nunca he dicho que",
                         "jamas he dicho que", "would never say", "never said", "would not say",
                         "no diria que", "nunca diria que", "jamas diria que"})  # fmt: skip
_BUT_MORE = frozenset({"mas", "mas que", "sino", "nada mas", "only", "just", "nothing but"})


_WHAT_THEY_DO = frozenset({"hacen", "hace", "son", "es"})


def _doers_listed(an: Analysis, u: Unit) -> bool:
    """ "Infestar es lo que hacen las plagas, las cucarachas, las ratas": the insult is one
    of the nouns a "lo que hacen/son" names as its own subject, articles and nouns only
    between them, with no second person: the animals whose nature is said, not a person."""
    sentence = an.sentence_run(u.index)
    base = sentence[0].index
    key = ("troll.doers_listed", base)
    found = an.memo.get(key)
    if found is None:  # read once per sentence: the reader in it, and where "que hacen" stands
        found = an.memo[key] = (
            any(
                you(an, x) or x.code == "U" or x.text in YOU_NEAR or x.text in ("usted", "vos")
                for x in sentence
            ),
            [
                k
                for k in range(2, len(sentence))
                if sentence[k].text in _WHAT_THEY_DO and sentence[k - 1].text == "que"
            ],
        )
    reader, doings = found
    if reader:
        return False  # "... las ratas como tú": the reader is one of them
    run = an.units[base : u.index]
    # the last "que hacen" at least two words before the insult
    i = bisect.bisect_right(doings, len(run) - 2)
    if i:
        k = doings[i - 1]
        if run[k - 2].text not in ("lo", "es lo"):
            return False
        # articles and nouns only between: the first word past "que hacen" that is none
        # (the sentence's end if none), found once per "que hacen"
        first_other = an.memo.get((key, k))
        if first_other is None:
            first_other = an.memo[(key, k)] = next(
                (
                    j
                    for j in range(k + 1, len(sentence))
                    if not (
                        sentence[j].code in ("A", "w", "D")
                        and not sentence[j].has("INS")
                        and sentence[j].text not in YOU_NEAR
                    )
                ),
                len(sentence),
            )
        return len(run) > k + 1 and first_other >= len(run)
    return False
