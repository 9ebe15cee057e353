"""Profanity (clause `profanity`): excessive foul language, sexual vulgarity, swearing at someone.

A single swear word for emphasis is fine ("fuck yeah, what a goal"); several, strong sexual
vulgarity, or profanity aimed at a person are not. "Several" is PolicyConfig.profanity_excessive.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.lexicon import AnyPrefiltered
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import admiring_banter, report_frame_before
from moderation.policy.rules.context.names_called import called_name, read_in_context
from moderation.policy.rules.context.thing_nouns import WEATHER
from moderation.policy.rules.fondness import fond_address, friendly_hail
from moderation.policy.rules.hate.slur_in_group import in_group
from moderation.policy.rules.profanity_body_before import said_of_party_before
from moderation.policy.rules.profanity_counted_half import DAILY_NUISANCES, crude_praise
from moderation.policy.rules.profanity_institution import body_cursed
from moderation.policy.rules.profanity_subject import said_of_a_person, said_of_a_thing
from moderation.policy.types import Category, Submission

# A swear word followed by one of these is praise, not abuse ("eres el puto amo").
_PRAISE = frozenset(
    {"amo", "ama", "madre", "crack", "genio", "rey", "reina", "mejor", "mejores", "bomba",
     "maquina", "awesome", "amazing", "great", "brilliant", "hilarious", "legend", "genius",
     "right", "beautiful", "gorgeous", "good", "best", "love", "loved", "cool", "yeah", "yes",
     "nice", "excellent", "perfect", "true", "correct", "epic", "incredible", "fantastic",
     "wonderful", "lovely", "hero", "idolo", "idola", "bueno", "buena", "buenisimo", "guapo",
     "guapa", "grande", "hostia", "polla", "gracioso", "graciosa", "brutal"}
)  # fmt: skip
_SECOND_PERSON = frozenset(
    {"you", "your", "yourself", "te", "tu", "eres", "sos", "os", "vosotros",
     "ustedes", "you are", "ti", "vete", "callate", "largate", "andate", "jodete", "tienes",
     "haces", "dices", "sabes", "vales", "das", "estas", "pareces", "vas", "ere", "contigo",
     "vayase", "callaos", "callense", "tus", "pelas", "chupas", "chupame", "mamame"}
)  # fmt: skip
# English chat spellings of "you": in Spanish "ya" is "already" ("ya ni chingan con los precios").
_SECOND_PERSON_EN = frozenset({"u", "ya"})
_NAME_SENSES = frozenset({"dick", "dicks"})
# Spanish swear words said as interjections ("joder, qué bien", "coño, te has pasado"):
# exasperation or surprise, not aimed at whoever is addressed next to them. Aimed only as a
# predicate ("eres una mierda").
INTERJECTIONS = frozenset(
    {"joder", "jode", "cono", "hostia", "hostias", "ostia", "ostias", "carajo", "leches",
     "cojones", "verga", "vergas", "chingada", "chingados", "mierda", "me cago en", "cago en",
     "ptm", "alv", "a la verga", "a la mierda", "no mames", "puta madre", "la puta madre",
     "de la verga"}
)  # fmt: skip
# Spanish swear words that only intensify the next word ("una puta pasada", "el puto amo",
# "pinche calor"): the word after them says whether anyone is insulted.
INTENSIFIERS = frozenset(
    {"puta", "puto", "putas", "putos", "pinche", "pinches", "jodido", "jodida", "jodidos",
     "jodidas", "punetero", "punetera", "puneteros", "puneteras"}
)  # fmt: skip
# Words that may follow an intensified noun without making it a noun itself ("puta de mierda",
# "puto tú").
_NOT_CONTENT = frozenset(
    {"de", "del", "que", "y", "o", "e", "a", "en", "con", "por", "para", "como", "tu", "tus",
     "te", "ti", "vosotros", "ustedes", "you", "u", "and", "or", "of", "to", "in", "is", "are",
     "eres", "es", "sois", "son", "jaja", "jajaja", "haha", "lol"}
)  # fmt: skip
_YOUR = frozenset({"tu", "tus", "su", "sus", "vuestra", "vuestras", "vuestro", "vuestros",
                   "your", "yo mama", "ur"})  # fmt: skip
_YOUR_2P = frozenset({"tu", "tus", "vuestra", "vuestras", "vuestro", "vuestros", "your"})
_COPULA_YOU = frozenset({"eres", "sos", "sois", "you are", "are", "es", "son", "estas", "ere"})

# Words of address no other reading here needs: a possessive pronoun, the polite "usted".
_READER_ONLY = frozenset({"yours", "usted"})


def second_person(an: Analysis, x: Unit) -> bool:
    """A word that speaks to the reader: a second-person unit, pronoun or verb ("you", "te",
    "eres", "dices"); the chat spellings "u" and "ya" in English only."""
    return (
        x.code == "U"
        or x.text in _SECOND_PERSON
        or (an.lang == "en" and x.text in _SECOND_PERSON_EN)
    )


def addresses_reader(an: Analysis) -> bool:
    """Some word of the comment speaks to the reader: a second-person word, alone or inside a
    phrase ("you are wrong"), or a second-person possessive ("your", "tus")."""
    return any(
        second_person(an, x)
        or any(
            w in _SECOND_PERSON
            or w in _YOUR_2P
            or w in _READER_ONLY
            or (an.lang == "en" and w in _SECOND_PERSON_EN)
            for w in x.text.split()
        )
        for x in an.units
    )


# The latest comment's answer: profanity.aimed and profanity.excessive ask in a row. One tuple,
# replaced whole, so threads never see half of it.
_last: tuple[Analysis | None, Submission | None, tuple[Unit, ...]] = (None, None, ())


def swear_units(an: Analysis, sub: Submission) -> list[Unit]:
    global _last
    last = _last
    if last[0] is an and last[1] is sub:
        return list(last[2])
    found = _swear_units(an, sub)
    _last = (an, sub, tuple(found))
    return found


def _swear_units(an: Analysis, sub: Submission) -> list[Unit]:
    allowed = {t.lower() for t in sub.config.extra_allowed_terms}
    found = []
    words: set[str] | None = None
    prof = set(an.by_class.get("PROF", ()))
    for u in an.units:
        # a phrase from another lexicon ("a la mierda") may still hold a swear word
        if u.index not in prof and (u.entry is None or " " not in u.text or not holds_swear(an, u)):
            continue  # cheapest test first: most units are neither
        if u.text in allowed:
            continue
        ctx = an.lex.homonym_context.get(u.text)
        if ctx:
            if words is None:
                words = {x.text for x in an.units}
            if not called_name(an, u) and read_in_context(an, u, ctx, words):
                continue  # a context word, or a context phrase ("cock and bull")
        if u.text in _NAME_SENSES and _looks_like_name(an, u):
            continue
        if _part_of_a_name(an, u) or _surname(an, u):
            continue
        found.append(u)
    return found


_SWEAR_TAILS = (
    "show",
    "head",
    "heads",
    "face",
    "hole",
    "holes",
    "bag",
    "bags",
    "storm",
    "stain",
    "wad",
    "sucker",
    "suckers",
)
_SWEAR_HEADS = ("mother", "bull", "horse", "dumb", "jack", "dip", "ape", "chicken")


def _part_of_a_name(an: Analysis, u: Unit) -> bool:
    """A swear word found inside a longer capitalised word ("Cockrell Hill", "the Cumming
    family"): a surname or a place, split apart only because the whole word is unknown."""
    start, end = an.span(u.index, u.index)
    text = an.norm.original
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    word = text[start:end]
    if word.lower().endswith(_SWEAR_TAILS) or word.lower().startswith(_SWEAR_HEADS):
        return False  # "Shitshow", "Dickhead", "Motherfucker": swear compounds
    return (
        word.isalpha()
        and len(word) > len(u.text)
        and word[:1].isupper()
        and not word.isupper()
        and word[1:].islower()
    )


_NAMING = frozenset({"named", "called", "mr", "mrs", "ms", "dr", "llamado", "llamada", "llama",
                     "senor", "senora", "don", "dona"})  # fmt: skip


def _surname(an: Analysis, u: Unit) -> bool:
    """A capitalised swear word right after a capitalised given name, in running text ("a guy
    named Peter Cocks", "ask Tom Dick"): the second half of a person's name. The name must not
    open the sentence unless a naming word comes before it, neither word is shouted, and the
    word after is not capitalised too ("What The Fuck Is This" is a title, not a name)."""
    k = u.index - 1
    if k < 0 or an.units[k].sentence != u.sentence or an.units[k].entry is not None:
        return False
    text = an.norm.original
    start, end = an.span(u.index, u.index)
    pstart, pend = an.span(k, k)
    word, given = text[start:end], text[pstart:pend]
    if not (word[:1].isupper() and word[1:].islower() and given[:1].isupper()):
        return False
    if not given[1:].islower() or not given.isalpha():
        return False
    nxt = text[end:].lstrip()
    if nxt[:1].isupper():
        return False
    opens = k == 0 or an.units[k - 1].sentence != u.sentence
    return not opens or (k >= 1 and an.units[k - 1].text in _NAMING)


def holds_swear(an: Analysis, u: Unit) -> bool:
    """A phrase of another lexicon with a swear word in it ("pedazo de mierda", "pinche
    pendejo", "una mierda"): profane like the word it holds."""
    if " " not in u.text:
        return False
    for w in u.text.split():
        entry = an.lex.lookup((w,))
        if entry is not None and "PROF" in entry.classes:
            return True
    return False


def _looks_like_name(an: Analysis, u: Unit) -> bool:
    """'Dick' capitalised (not shouted) is read as a name: Dick Cheney, Moby Dick."""
    start, end = an.span(u.index, u.index)
    word = an.norm.original[start:end]
    return word[:1].isupper() and not word.isupper()


def _praise_after(an: Analysis, u: Unit) -> bool:
    for k in range(u.index + 1, min(len(an.units), u.index + 3)):
        nxt = an.units[k]
        if nxt.sentence != u.sentence or nxt.text in _YOUR:
            return False  # "chinga tu madre" is no "de puta madre"
        if nxt.text in _PRAISE:
            # "de puta madre" is praise; "chingada madre", "me cago en la madre" and a "puta
            # madre" said alone ("¡Puta madre, qué ...!") are curses
            return nxt.text != "madre" or (
                u.text in ("puta", "puto") and u.index > 0 and an.units[u.index - 1].text == "de"
            )
    return False


def intensifying(an: Analysis, u: Unit) -> bool:
    """'puta'/'pinche'/'fucking' right before a noun or adjective only intensifies it."""
    if u.text not in INTENSIFIERS or u.index + 1 >= len(an.units):
        return False
    nxt = an.units[u.index + 1]
    if nxt.sentence != u.sentence or nxt.text in _NOT_CONTENT:
        return False
    stop = an.lex.stopwords.get(an.lang, frozenset())
    return nxt.text not in stop or nxt.text in ("mas", "more")


# Curses whose form is an order given to someone; a lexicon phrase each (with the fillers
# profanity.tsv lists: "kiss my hairy ass", "eat a bag of dicks").
# "bugger off", "piss off" are mild, often said in jest ("Bugger off, I'm busy"): not here.
_CURSES_AT = frozenset({"eat shit", "kiss my ass", "kiss my arse", "fuck off", "eff off",
                        "f off"})  # fmt: skip
_CURSE_HEADS = ("kiss my ", "eat a ", "suck a ")


def _curse_at(text: str) -> bool:
    """'eat shit', 'kiss my (hairy) ass', 'eat a bag of dicks': an order by its very form."""
    return text in _CURSES_AT or (" " in text and text.startswith(_CURSE_HEADS))


_ARTICLES = frozenset({"un", "una", "unos", "unas", "el", "los", "la", "las"})


_ORDER_BEFORE = frozenset({"can", "go", "should", "could", "just", "please", "and", "now"})


def _ordered(an: Analysis, u: Unit) -> bool:
    """An order: first in its sentence, or after 'can'/'go' ('he can kiss my ass')."""
    k = u.index - 1
    return k < 0 or an.units[k].sentence != u.sentence or an.units[k].text in _ORDER_BEFORE


def _noun_use(an: Analysis, u: Unit) -> bool:
    """'es un puto', 'el pinche de Ramiro': an article before it and no word after it to
    intensify, so the word names (and insults) a person."""
    k = u.index
    if k == 0 or an.units[k - 1].sentence != u.sentence or an.units[k - 1].text not in _ARTICLES:
        return False
    return (
        k + 1 >= len(an.units)
        or an.units[k + 1].sentence != u.sentence
        or (an.units[k + 1].text in ("de", "del", "que"))
    )


def _predicate_of_you(an: Analysis, u: Unit) -> bool:
    """'eres una mierda', 'tu canal es una mierda', 'you are shit': said of the person."""
    prev = [an.units[k] for k in range(max(0, u.index - 4), u.index)
            if an.units[k].sentence == u.sentence]  # fmt: skip
    while prev and prev[-1].code in ("A", "Y"):
        prev.pop()
    if not prev or prev[-1].text not in _COPULA_YOU:
        return False
    return prev[-1].text not in ("es", "son", "are") or any(
        second_person(an, p) or p.text in _YOUR for p in prev[:-1]
    )


def _curse_on_yours(an: Analysis, u: Unit) -> bool:
    """'me cago en tu madre', 'me cago en tus muertos'."""
    k = u.index + 1
    return (
        u.text in ("me cago en", "cago en")
        and k < len(an.units)
        and an.units[k].sentence == u.sentence
        and an.units[k].text in _YOUR
    )


_MOTHER_CURSES = frozenset({"me cago en la madre", "me cago en la puta madre"})


def _curse_on_someones_mother(an: Analysis, u: Unit) -> bool:
    """'me cago en la (puta) madre del alcalde': the curse names whose mother it is."""
    k = u.index + 1
    return (
        u.text in _MOTHER_CURSES
        and k < len(an.units)
        and an.units[k].sentence == u.sentence
        and an.units[k].text in ("de", "del")
    )


_GO = frozenset(
    {"vete", "iros", "idos", "vayanse", "vayase", "andate", "anda", "larga", "te vas", "vayan",
     "vayase usted", "anda vete", "se vayan", "que se vayan"}
)  # fmt: skip
_SENT_TO = frozenset({"al", "a", "la", "a la"})
# "vete mucho a la verga", "váyanse bien a la chingada": an adverb between does not soften it
_SENT_HOW = frozenset({"mucho", "bien", "mucha", "directo"})


def _sent_off(an: Analysis, u: Unit) -> bool:
    """'vete a la mierda', 'idos al carajo': someone sent off with a curse."""
    k = u.index - 1
    if k < 0 or an.units[k].sentence != u.sentence:
        return False
    prev = an.units[k]
    while (
        (prev.text in _SENT_TO or prev.text in _SENT_HOW)
        and k > 0
        and an.units[k - 1].sentence == u.sentence
    ):
        k -= 1  # "váyanse a la chingada", "vete al carajo", "vete mucho a la verga"
        prev = an.units[k]
    return prev.text in _GO


def _sends_off(text: str) -> bool:
    """A sending-off with "chingada" that the hate lexicon reads as one unit ("váyanse a la
    chingada", "que se vayan a la chingada"): aimed, as its words were when read apart."""
    return text in _SENT_OFF_UNITS


_SENT_OFF_UNITS = frozenset({"vayanse a la chingada", "que se vayan a la chingada"})


# Crude nouns that Spanish speakers also use in admiration ("cabrón, qué bien lo explicas").
_BANTER_PROF = frozenset({"cabron", "cabrona", "cabrones", "cabronas", "mamon", "mamona",
                          "chingon", "chingona", "chingones", "chingonas"})  # fmt: skip


def aimed_at_person(an: Analysis, u: Unit) -> bool:
    if " " in u.text and any(
        w in _SECOND_PERSON or w in _YOUR_2P or w in _SECOND_PERSON_EN for w in u.text.split()
    ):
        return True  # "chinga tu madre", "vete a tomar por culo", "que te jodan"
    if " " in u.text and _sends_off(u.text):
        return True  # "váyanse a la chingada", "que se vayan a la verga": one unit
    if _curse_on_someones_mother(an, u):
        return True
    if _curse_at(u.text) and _ordered(an, u):
        return True  # "eat shit, Marco": said to someone by its very form
    if _praise_after(an, u) or intensifying(an, u):
        return False
    if u.text in _BANTER_PROF and (admiring_banter(an) or fond_address(an)):
        return False  # "@Beto cabrón, te la rifaste, gracias", "está bien mamón jaja": banter
    if u.code == "S" and "reclaimable" in u.meta("S") and in_group(an, u):
        return False  # "Jaja pinche prieto, te quiero carnal": a nickname between friends
    if friendly_hail(an, u):
        return False  # "Hey you old bastard, coffee Tuesday?": an old friend teased
    if u.text in INTENSIFIERS and _noun_use(an, u):
        return True  # "ese wey es un puto": the intensifier used as the insult itself
    if u.text in INTERJECTIONS:
        return _curse_on_yours(an, u) or _predicate_of_you(an, u) or _sent_off(an, u)
    if said_of_a_thing(an, u):
        return False  # "that wall is a fucking disgrace": a thing sworn at, no one named
    mild = u.meta("PROF") == "mild"
    for k in range(max(0, u.index - 3), min(len(an.units), u.index + 2)):
        other = an.units[k]
        if other.sentence != u.sentence or k == u.index:
            continue
        if second_person(an, other):
            return True
        if abs(k - u.index) == 1 and other.has("INS") and not other.has("PROF") and not mild:
            return True  # "stupid fucking ...": not "a damn disgrace", which says how bad
    return False


# Curses wished on someone in the third person, short and with no "you": "the mayor can suck my
# ass", "he should go f**k himself", "can go to hell with their bullshit", "chinguen a su madre
# los del cabildo", "hijos de puta los de ...", "me la pelan los de ...", "váyase a cagar",
# "métanse su fallo por el culo". Read over the normalised text (masks are "*"): a hold, since
# the target may be a public body and a person judges how far it goes.
_F = r"f(?:u|\*+)?(?:c|\*+)?(?:k|\*+k)"
# behind substring tests of its alternatives' words: tried at every position, it was the
# costliest regex of the engine (most comments hold none of them)
_CURSE_ON = AnyPrefiltered(
    re.compile(
        r"\b(?:can|should|could|go|just) (?:go )?(?:s(?:u|\*+)ck|kiss|lick)"
        r" (?:my|it(?! up)|a big one)\b"
        r"|\b(?:go|should|can) " + _F + r" (?:himself|herself|themselves|itself|off)\b"
        r"|\bcan go to (?:hell|heii)\b[^.!?]{0,40}\b(?:bullshit|shit|crap|ass|asses)\b"
        r"|\b(?:shove|stick) (?:it|them|that|this|those|their|his|her|your)\b[^.!?]{0,30}"
        r"(?:\bup (?:their|his|her|your|y'?all'?s) (?:ass|asses|arse)\b"
        r"|\bwhere the sun (?:don'?t|doesn'?t|does not) shine\b)"
        r"|\bching(?:uen|ue|ense) (?:a )?su (?:puta |reputa |p\*+ta )?madre\b"
        r"(?![^.!?]{0,40}\bque (?:mataron|asesinaron|violaron|secuestraron|desaparecieron|"
        r"torturaron|matan|asesinan|violan)\b)"
        r"|\bhijos? de (?:su )?(?:puta|p\*+ta|perra)(?: madre)? (?:los|las|todos|todas|el|la)\b"
        r"|(?:^|[.!?] )hijos? de (?:su )?(?:puta|p\*+ta|perra)(?: madre)?,? (?:los|las|todos)\b"
        r"|\bme la (?:pelan|pela|mascan)\b"
        r"|\b(?:vayase|vayanse|que se vaya|que se vayan|se pueden ir)"
        r" a (?:cagar|la verga|la chingada)\b"
        r"|\bque (?:le|les) den por (?:el culo|el orto|detras|donde no (?:le|les) da el sol)\b"
        r"|\bque (?:se la|me la) (?:chupen|chupe|mamen|mame|pelen|pele)\b"
        r"|\b(?:metanse|metete|meteselo|meteselos|que se (?:la |lo |los |las )?metan?|metaselo)\b"
        r"[^.!?]{0,30}"
        r"\b(?:por el culo|por el orto|por donde (?:les|le|te) quepa)\b"
        r"|(?:^|[.!?,] )a la verga (?:el|la|los|las|con) \w+"
    )
)


def _curse_on(an: Analysis) -> tuple[int, int] | None:
    """A curse wished on someone in the third person (see _CURSE_ON), unless quoted or reported."""
    m = _CURSE_ON.search(an.norm.text)
    if m is None:
        return None
    head = an.norm.text[: m.start()]
    if head.count('"') % 2 or head.count("\u201c") > head.count("\u201d"):
        return None  # inside a quotation: someone else's words
    if body_cursed(an, m.start(), m.end()):
        return None  # "Chingue a su madre el gobierno": a body sworn at once, as "Fuck ICE"
    return an.norm.span(m.start(), m.end())


@rule("profanity.aimed", Category.PROFANITY)
def aimed(an: Analysis, sub: Submission) -> list[Hit]:
    """Swearing at someone: 'fuck you', 'you stupid bitch', 'hijo de puta'."""
    named: Unit | None = None
    for u in swear_units(an, sub):
        if an.lang == "es" and report_frame_before(an, u.index):
            continue  # 'decir "eres un pendejo" está mal': someone else's words
        if _group_named_so(an, u) and report_frame_before(an, u.index):
            continue  # "if you call women bitches, you are ...": a group's name-calling, told
        if _reported_quote(an, u):
            continue  # 'le gritó "vete a tu país, X de mierda"': a stranger's abuse, told
        if aimed_at_person(an, u):
            return [Hit("profanity.aimed", 0.9, (an.span(u.index, u.index),),
                        "foul language aimed at a person")]  # fmt: skip
        if named is None and _foul_name(an, u) and said_of_a_person(an, u):
            named = u  # "el alcalde es un pinche pendejo": a person called a foul name
        if named is None and _those_of_a_body(an, u):
            named = u  # "esos hijos de puta del cabildo nos robaron"
        if named is None and _foul_name(an, u) and said_of_party_before(an, u):
            named = u  # "La policía no hizo nada. Son unos hijos de puta."
    span = _curse_on(an)
    if span is not None:
        return [Hit("profanity.aimed", 0.7, (span,), "a curse wished on someone")]
    if named is not None:
        return [Hit("profanity.aimed", 0.7, (an.span(named.index, named.index),),
                    "a person called a foul name")]  # fmt: skip
    return []


_INDEFINITE = frozenset({"un", "una", "unos", "unas", "a", "an"})
# Crude words with a sense of praise or toughness ("es una cabrona", "un chingón"), and names
# of places ("a shithole"): no foul name for a person.
_NOT_NAMES = _BANTER_PROF | {"shithole", "shitholes", "shithouse", "hellhole", "cagadero"}


# Quantities that name a plural as a kind ("a bunch of assholes", "un montón de pendejos"),
# matched on the words before the swear word whatever units they reached the rules as: "a
# bunch of" and "un monton de" are one grammar unit, "una bola de" is three ("una", "bola",
# "de"), "a pack of" two.
_PLURAL_QUANTITY = frozenset(
    {"a bunch of", "a pack of", "a load of", "a gang of", "a band of", "a couple of",
     "bola de", "bolas de", "monton de", "punta de", "partida de", "bonche de"}
)  # fmt: skip
_QUANTITY_WORDS = 3  # the longest quantity, in words, and how far before the swear word
# "puro pendejo", "puros pendejos": Mexican Spanish names a whole lot so ("en el cabildo hay
# puro pendejo"), but "puro" also means "nothing but" of things ("son puras mamadas"): only
# before a noun for a person (an insult too) and after a plural verb, or in the plural.
_PURE = frozenset({"puro", "pura", "puros", "puras"})
_PURE_PLURAL = frozenset({"puros", "puras"})
_PURE_AFTER = frozenset({"son", "eran", "fueron", "seran", "serian", "hay", "habia", "habra"})
_PLURAL_COPULAS = frozenset({"are", "were", "are all", "were all", "are just", "are nothing but"})


def _plural_named(an: Analysis, u: Unit) -> bool:
    """English names a plural with no article: "the cops are pieces of shit", "they are
    assholes"; a plural copula right before a plural foul noun."""
    return (
        an.lang == "en"
        and u.index >= 1
        and an.units[u.index - 1].text in _PLURAL_COPULAS
        # the head noun is the first word of a phrase ("pieces of shit", "sons of bitches")
        and u.text.split(" ", 1)[0].endswith("s")
    )


def _quantity_before(an: Analysis, u: Unit) -> bool:
    """A quantity of people among the three units before the swear word: "a bunch of", "un
    montón de", "una bola de" (see `_PLURAL_QUANTITY`; "a bunch of lying, thieving sons of
    bitches"), or a "puro" that names a plural of people ("son puro pendejo", "puros
    pendejos", see `_PURE`)."""
    for j in range(max(0, u.index - _QUANTITY_WORDS), u.index):
        words = " ".join(x.text for x in an.units[max(0, j - 2) : j + 1]).split()
        if any(" ".join(words[k:]) in _PLURAL_QUANTITY for k in range(len(words))):
            return True
    k = u.index - 1
    if an.lang != "es" or k < 0 or an.units[k].text not in _PURE or not u.has("INS"):
        return False
    if an.units[k].text in _PURE_PLURAL:
        return True
    return (
        k >= 1
        and an.units[k - 1].sentence == u.sentence
        and (an.units[k - 1].text.rsplit(" ", 1)[-1] in _PURE_AFTER)
    )


def _foul_name(an: Analysis, u: Unit) -> bool:
    """A swear word that is a noun for someone, not a mild one nor one that intensifies the
    next word ("un pedazo de mierda", "una mierda", "a piece of shit"; not "a damn liar")."""
    if u.meta("PROF") == "mild" or intensifying(an, u) or u.text in _NOT_NAMES:
        return False
    if (
        not u.text.startswith(("un ", "una "))
        and not any(
            an.units[j].text.rsplit(" ", 1)[-1] in _INDEFINITE  # "son unos" is one unit
            for j in range(max(0, u.index - 3), u.index)
        )
        and not _quantity_before(an, u)
        and not _plural_named(an, u)
    ):
        return False  # "es bien mamón", "está más cabrona": said how, not named
    k = u.index + 1
    if k >= len(an.units) or an.units[k].sentence != u.sentence:
        return True
    nxt = an.units[k]
    if an.lang == "es" and any(c in ",;:" for c in an.norm.text[u.end : nxt.start]):
        return True  # "son unos hijos de la chingada, ojalá ...": the name ends its clause
    # (English only when what follows is no content: "a tough old bitch, best nose in the
    # county" is said of a dog, read with what comes after)
    return nxt.text in _NOT_CONTENT or nxt.text in an.lex.stopwords.get(an.lang, frozenset())


_DEMONSTRATIVES = frozenset({"estos", "esos", "estas", "esas", "aquellos", "aquellas"})
_OF_BODY = frozenset({"del", "de la", "de los", "de las", "de"})
# Bodies and offices whose members a foul name may point at.
_BODIES = frozenset(
    {"congreso", "cabildo", "ayuntamiento", "gobierno", "municipio", "senado", "sindicato",
     "partido", "consejo", "concejo", "ine", "sat", "imss", "gobernador", "alcalde", "camara",
     "presidencia", "palacio", "tribunal", "juzgado", "policia", "transito", "ejercito"}
)  # fmt: skip


def _those_of_a_body(an: Analysis, u: Unit) -> bool:
    """A demonstrative, a plural foul name for people, then the body they sit in ("estos hijos
    de la chingada del Congreso", "esos hijos de puta del cabildo"): the members named so."""
    k = u.index
    if an.lang != "es" or k < 1 or k + 2 >= len(an.units):
        return False
    if an.units[k - 1].text not in _DEMONSTRATIVES or not u.text.startswith("hijos de"):
        return False
    of, body = an.units[k + 1], an.units[k + 2]
    if of.sentence != u.sentence or body.sentence != u.sentence:
        return False
    if of.text in ("de la", "de los", "de las"):
        return body.text in _BODIES
    if of.text in _OF_BODY and body.text in _BODIES:
        return True
    if of.text == "de" and body.text in ("la", "los", "las") and k + 3 < len(an.units):
        return an.units[k + 3].text in _BODIES
    return False


def _group_named_so(an: Analysis, u: Unit) -> bool:
    """The swear word is what a group is called: a calling verb, the group, then the word
    ("call women bitches", "calling gay men f*gs"). Whether someone else calls them so is
    for report_frame_before."""
    k = u.index
    if k < 2 or an.units[k - 1].code != "G" or an.units[k - 1].sentence != u.sentence:
        return False
    verb = an.units[k - 2]
    return verb.sentence == u.sentence and verb.has("report") and "call" in verb.text


# Verbs that introduce someone's words in a quotation ('le gritó "..."', 'yelled "..." at her').
_QUOTING_VERBS = frozenset(
    {"grito", "gritaron", "gritaba", "gritaban", "le grito", "les grito", "dijo", "dijeron",
     "decia", "decian", "escribio", "escribieron", "pintaron", "insulto", "insultaron",
     "yelled", "shouted", "screamed", "said", "told", "called", "wrote", "spray-painted",
     "painted", "chanted", "hurled", "muttered", "spat"}
)  # fmt: skip


def _reported_quote(an: Analysis, u: Unit) -> bool:
    """The swear word sits in a quotation that a verb of saying or shouting introduces within
    ten words before it, in its sentence: someone else's abuse, told ("un señor le gritó a una
    chica '... de mierda'", "a guy yelled 'go home, you f***ing ...' at my mom", "a man told
    the kid working the register to 'go back to your ... country'")."""
    if not u.quoted:
        return False
    k = u.index
    while k > 0 and an.units[k - 1].quoted and an.units[k - 1].sentence == u.sentence:
        k -= 1
    for j in range(k - 1, max(-1, k - 11), -1):
        p = an.units[j]
        if p.sentence != u.sentence:
            return False
        if p.text in _QUOTING_VERBS or p.code == "r":
            if k - j > 6 and an.units[k - 1].text not in ("to", "que"):
                return False  # far from its verb only as "told the kid ... to '...'", "le
                # gritó al muchacho ... que '...'"
            return j == 0 or an.units[j - 1].text not in ("i", "yo", "te", "you")
    return False


# Verbs that introduce how a place or a people say something ('en Maracaibo decimos "qué
# verga"', 'allá dicen "hostia"'): the quoted words are an example of speech, not the writer's.
_SAY_GENERIC = frozenset({"decimos", "dicen", "se dice", "decir", "we say", "they say", "say"})


def _quoted_example(an: Analysis, u: Unit) -> bool:
    """The swear word sits in a quotation that a generic verb of saying introduces."""
    k = u.index
    while k > 0 and an.units[k - 1].quoted and an.units[k - 1].sentence == u.sentence:
        k -= 1
    return k > 0 and an.units[k - 1].sentence == u.sentence and an.units[k - 1].text in _SAY_GENERIC


def _mentioned(an: Analysis, u: Unit) -> bool:
    """The swear word alone between quotes, or in a quotation given as an example of how
    people talk: a writer talking about the word (who said it, what it means elsewhere), not
    swearing with it."""
    if not u.quoted:
        return False
    if _quoted_example(an, u):
        return True
    units = an.units
    for k in (u.index - 1, u.index + 1):
        if 0 <= k < len(units) and units[k].quoted and units[k].sentence == u.sentence:
            return False
    return True


# "la Polla" is Chile's lottery ("la Polla Gol" its football pools) and a betting pool in
# much of South America: read so when a word of betting or sport stands in the comment.
_LOTTERY_NAMES = frozenset({"polla", "pollas"})
_LOTTERY_WORDS = frozenset(
    {"loteria", "loterias", "sorteo", "sorteos", "boleto", "boletos", "quiniela", "quinielas",
     "apuesta", "apuestas", "apostar", "apostamos", "pozo", "kino", "loto", "gol", "goles",
     "premio", "premios", "mundial", "partido", "partidos", "cartilla", "numeros", "jackpot",
     "lottery", "ticket", "tickets", "pool", "bet", "bets"}
)  # fmt: skip
# Without capitals the betting sense needs a word of betting, not only of football.
_BETTING_WORDS = frozenset(
    {"loteria", "sorteo", "sorteos", "boleto", "boletos", "quiniela", "apuesta", "apuestas",
     "apostar", "apostamos", "pozo", "kino", "loto", "cartilla", "lottery", "ticket", "bet"}
)  # fmt: skip


def _lottery_name(an: Analysis, u: Unit) -> bool:
    """ "Polla" as the lottery or a betting pool: capitalised with a word of betting or sport
    beside it in the comment ("la Polla Gol", "compramos la Polla"), or lower case with a word
    of betting ("hicimos una polla para el mundial, apuesta de mil")."""
    if u.text not in _LOTTERY_NAMES:
        return False
    words = {w for x in an.units for w in x.text.split()}
    start, end = an.span(u.index, u.index)
    word = an.norm.original[start:end]
    capital = word[:1].isupper() and not word.isupper()
    return bool(words & (_LOTTERY_WORDS if capital else _BETTING_WORDS))


def _one_mild_word(units: list[Unit]) -> bool:
    """Every swear word in the comment is the same mild one, said more than once."""
    return len(units) > 1 and all(
        u.text == units[0].text and u.meta("PROF") == "mild" for u in units
    )


def _intensifies_a_swear(an: Analysis, u: Unit, units: list[Unit]) -> bool:
    """A mild intensifier right before another mild swear word ("pinche chingadera"): the two
    are one mild swear word ("pinche mierda" stays two)."""
    if u.text not in INTENSIFIERS or u.index + 1 >= len(an.units):
        return False
    nxt = an.units[u.index + 1]
    return (
        nxt.sentence == u.sentence
        and nxt.meta("PROF") == "mild"
        and any(w.index == nxt.index for w in units)
    )


def _trailing_intensifier(an: Analysis, u: Unit, units: list[Unit]) -> bool:
    """'puta' right after a swear word that opens the sentence, with nothing after them but
    a comma ("Hostia puta, ...", "Mierda puta."): Spanish puts the intensifier after the
    interjection, and the two are one exclamation."""
    k = u.index - 1
    if u.text not in ("puta", "puto") or k < 0:
        return False
    head = an.units[k]
    if head.sentence != u.sentence or (k > 0 and an.units[k - 1].sentence == u.sentence):
        return False
    if not any(w.index == k for w in units):
        return False
    nxt = u.index + 1
    if nxt < len(an.units) and an.units[nxt].sentence == u.sentence:
        return "," in an.norm.text[u.end : an.units[nxt].start]
    return True


_SEXUAL_INTERJECTIONS = frozenset({"verga", "vergas", "vrga", "vrgas", "vrg"})


def _sexual_interjection(an: Analysis, u: Unit) -> bool:
    """'verga' said as an interjection: first in its sentence, or after 'qué' ("qué vergas",
    "q vrgas"), with no article before it ("la verga de caballo" is the organ)."""
    if u.text not in _SEXUAL_INTERJECTIONS:
        return False
    k = u.index - 1
    return k < 0 or an.units[k].sentence != u.sentence or an.units[k].text in ("que", "q")


# "Un chingo" (a lot: "lo quiero un chingo"), "hell" before an answer ("hell no", "hell
# yes") and after "as" ("good as hell") are idioms of degree: they count half, like the praise
# idioms.
_ANSWERS = frozenset({"no", "yes", "yeah", "yep", "nope"})


def _idiom_of_degree(an: Analysis, sub: Submission, u: Unit) -> bool:
    """The swear word at u is "un chingo" as written, or "hell" right before an answer or
    after "as"."""
    nxt = an.units[u.index + 1] if u.index + 1 < len(an.units) else None
    if u.text == "hell":
        prev = an.units[u.index - 1] if u.index > 0 else None
        if prev is not None and prev.sentence == u.sentence and prev.text == "as":
            # "good as hell", "hot as hell": a degree; "stupid as hell" is still an insult's
            said = an.units[u.index - 2] if u.index > 1 else None
            return said is None or not said.has("INS")
        return nxt is not None and nxt.sentence == u.sentence and nxt.text in _ANSWERS
    if u.text not in ("chingo", "chingon") or u.index == 0:
        return False
    start, end = an.span(u.index, u.index)
    return an.units[u.index - 1].text == "un" and sub.text[start:end].lower() == "chingo"


# Mild swear words that stand before a noun as its adjective ("this damn heat", "pinche calor").
_MILD_BEFORE_NOUN = frozenset(
    {"damn", "goddamn", "damned", "bloody", "freaking", "frigging", "pinche", "pinches",
     "jodido", "jodida", "jodidos", "jodidas"}
)  # fmt: skip


# The weather and the nuisances of the day: what a mild swear before it grumbles at
_GRUMBLED_AT = WEATHER | DAILY_NUISANCES


def _mild_on_the_weather(an: Analysis, u: Unit) -> bool:
    """A mild swear word right before a word of the weather or a nuisance of the day ("damn
    heat", "qué pinche calor", "pinche tráfico"): a grumble at the day counts half; before a
    body or a person ("pinche gobierno", "pinche vato") it counts whole."""
    if u.text not in _MILD_BEFORE_NOUN or u.index + 1 >= len(an.units):
        return False
    nxt = an.units[u.index + 1]
    if nxt.sentence != u.sentence or nxt.text not in _GRUMBLED_AT:
        return False
    return _ends_its_phrase(an, nxt)


# Words after the weather word that leave it the head of its phrase ("this damn heat today",
# "qué pinche calor hace"), beside the lexicon's stopwords.
_AFTER_THE_HEAD = frozenset({"today", "tonight", "again", "outside", "lately", "already",
                             "hoy", "hace", "ayer", "otra", "afuera", "todavia", "ya",
                             "ahorita"})  # fmt: skip


def _ends_its_phrase(an: Analysis, x: Unit) -> bool:
    """The weather word closes its noun phrase: nothing, a stop or a function word after it.
    "Cold ass landlord", "cold-hearted boss": "cold" describes someone, and counts whole."""
    if x.index + 1 >= len(an.units):
        return True
    after = an.units[x.index + 1]
    if after.sentence != x.sentence or an.norm.text[x.end : after.start].strip(" -"):
        return True  # a comma or a stop closes the phrase
    if after.code != "w" or after.entry is not None:
        return False  # "cold ass": a swear or a listed word goes on the phrase
    return after.text in _AFTER_THE_HEAD or after.text in an.lex.stopwords.get(an.lang, frozenset())


@rule("profanity.excessive", Category.PROFANITY)
def excessive(an: Analysis, sub: Submission) -> list[Hit]:
    """Several swear words, or sexual vulgarity."""
    # 'I said "damn" once', 'por decir "pinche"': a word named, not used, is not counted
    units = [
        u for u in swear_units(an, sub) if not _mentioned(an, u) and not _reported_quote(an, u)
    ]
    if not units:
        return []
    # Every swear word counts once (the setting is "how many swear words"); praise idioms
    # ("de puta madre") count half, sexual vulgarity counts one and a half.
    units = [u for u in units if not _lottery_name(an, u)]
    if not units:
        return []
    weight = 0.0
    sexual = []
    if _one_mild_word(units):
        weight -= 1.0  # "Crap. Just crap.": one mild word said again is emphasis, not excess
    for u in units:
        severity = u.meta("PROF")
        if _praise_after(an, u) or _idiom_of_degree(an, sub, u):
            weight += 0.5  # "de puta madre"; "lo quiero un chingo", "hell no": idioms
            continue
        if crude_praise(an, u):
            weight += 0.5  # "¡Qué chingón estuvo el concierto!": crude praise counts half
            continue
        if _mild_on_the_weather(an, u):
            weight += 0.5  # "¡Puta madre, qué pinche calor!": a grumble at the day counts half
            continue
        if severity == "mild" and _intensifies_a_swear(an, u, units):
            continue  # "pinche chingadera": one swear word, said with its intensifier
        if _trailing_intensifier(an, u, units):
            continue  # "¡Hostia puta, qué frío!": one interjection, its intensifier after it
        if severity == "sexual" and _sexual_interjection(an, u):
            weight += 1.0  # "¡Verga, qué fuerte!", "qué vergas": exasperation, not sex
            continue
        weight += 1.5 if severity == "sexual" else 1.0
        if severity == "sexual":
            sexual.append(u)
    limit = max(1, sub.config.profanity_excessive)
    spans = tuple(an.span(u.index, u.index) for u in units)
    if weight >= limit + 2:
        return [Hit("profanity.excessive", 0.9, spans, f"excessive foul language ({len(units)})")]
    if weight >= limit:
        return [Hit("profanity.excessive", 0.7, spans, f"foul language ({len(units)} words)")]
    if sexual and any(" " in u.text for u in sexual):
        return [Hit("profanity.excessive", 0.9, spans, "sexual vulgarity")]
    if sexual:
        return [Hit("profanity.excessive", 0.6, spans, "sexual vulgarity")]
    return []
