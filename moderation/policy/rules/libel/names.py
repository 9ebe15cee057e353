"""Whether a word or words name a person: a full name, an honorific, one given name placed in
the thread, a sentence's opening surname, a name typed in lower case."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, any_stopwords
from moderation.policy.normalize import fold_term
from moderation.policy.rules.libel.said_before import SAID_BEFORE
from moderation.policy.rules.libel.words import CLITICS, DEMONSTRATIVES, QUANTITIES

# Two or more capitalised words: a person's name ("Maria Lopez", "John R. Smith").
NAME = re.compile(
    r"\b[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü'’-]+(?:\s+(?:[A-Z]\.\s+)?[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü'’-]+)+"
)
# An honorific and a surname: "Ms. Lindqvist", "Sr. Ramos", "Lic. Pérez"; an abbreviated title
# as typed ("DA Arredondo", "Lt. Garza", "Rev. Moreland"), in capitals so "da" is no title.
HONORIFIC = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Sr|Sra|Srta|Lic|Ing|Profa?|DA|Lt|Sgt|Rev|Det|Capt|Cmdr|Gov|Sen|Supt|"
    r"Gral|Dip)\.?\s+[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü'’-]+"
)


NOT_NAMES = frozenset(
    {"the", "this", "that", "el", "la", "los", "las", "united", "states", "new", "north",
     "south", "mexico", "city", "estados", "unidos", "san", "santa", "santo", "fort", "port",
     "lake", "mount", "saint", "st", "east", "west", "del", "de", "eagle"}
)  # fmt: skip
# Bare words that open a sentence as its subject and are no person: places, teams, months,
# bodies and collectives of the blog's region (ours; a few dozen are enough, since the act
# must follow at once).
NOT_PEOPLE = frozenset(
    {"juarez", "tijuana", "mexico", "texas", "reynosa", "matamoros", "monterrey", "nogales",
     "laredo", "chihuahua", "sonora", "sinaloa", "tamaulipas", "coahuila", "arizona",
     "california", "houston", "dallas", "phoenix", "guadalajara", "mexicali", "brownsville",
     "mcallen", "tucson", "yuma", "culiacan", "acapulco", "honduras", "guatemala", "venezuela",
     "cuba", "colombia", "america", "china", "russia", "israel", "iran", "gaza", "ukraine",
     "washington", "austin", "tigres", "rayados", "chivas", "pumas", "xolos", "bravos",
     "santos", "toluca", "atlas", "necaxa", "cowboys", "spurs", "rangers", "astros", "texans",
     "rockets", "mavericks", "mavs", "dodgers", "yankees", "lakers", "chihuahuas", "diablos",
     "sultanes", "naranjeros", "tomateros", "january", "february", "march", "april", "may",
     "june", "july", "august", "september", "october", "november", "december", "enero",
     "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
     "noviembre", "diciembre", "police", "policia", "congress", "congreso", "government",
     "gobierno", "management", "security", "staff", "immigration", "migracion", "customs",
     "aduana", "everyone", "everybody", "somebody", "someone", "nobody", "alguien", "nadie",
     "todos", "cartel", "morena", "pri", "pan", "gop", "democrats", "republicans", "ice",
     "fema", "cbp", "sedena", "marina", "ejercito", "army", "navy", "god", "dios", "karma",
     "life", "covid", "money", "dinero", "greed", "church", "iglesia", "kid", "guy", "dude",
     "man", "lady", "girl", "boy", "bro", "buddy", "neighbor", "neighbour", "cousin", "grandpa",
     "grandma", "uncle", "aunt", "mom", "dad", "baby", "teacher", "cop", "officer", "senor",
     "vato", "morro", "chavo", "compa", "wey", "primo", "vecino", "mija", "mijo", "council",
     "board", "city", "county", "state", "court", "senate", "house", "district", "commission",
     "cabildo", "ayuntamiento", "municipio", "administration", "agency", "company", "empresa",
     "chiapas", "oaxaca", "michoacan", "jalisco", "veracruz", "puebla", "yucatan", "durango",
     "zacatecas", "tabasco", "queretaro", "tapachula", "ciudad", "rafah", "haiti", "salvador"}
)  # fmt: skip

# Armed groups, movements and parties named by one word ("Hezbollah took money from Iran"):
# an organisation, not an identifiable person, whatever the charge.
ORGANISATION_NAMES = frozenset(
    {"hezbollah", "hizbollah", "hizballah", "hezbola", "hizbola", "hamas", "isis", "isil",
     "daesh", "taliban", "qaeda", "houthis", "houthi", "huties", "huti", "farc", "eta", "boko",
     "shabaab", "likud", "fatah", "morena", "pri", "pan", "prd", "gop"}
)  # fmt: skip


# One given name that still picks out a person: a commenter placed in the thread ("Frank in
# these comments", "Rosaura la de los comentarios", "el comentarista Teo"), someone's kin
# ("Rita's husband", "el esposo de Marta"), or a name set before its role ("Villegas, el
# comandante, ..."); the first word of a sentence is capitalised anyway, so one capitalised
# word alone is no name.
_KIN_WORDS = (
    r"(?:husband|wife|brother|sister|son|daughter|father|mother|dad|mom|boyfriend|girlfriend|"
    r"cousin|uncle|aunt|nephew|esposo|esposa|marido|mujer|hermano|hermana|hijo|hija|papa|papá|"
    r"mamá|novio|novia|primo|prima|sobrino|cuñado|suegro)"
)
ONE_NAME = re.compile(
    r"\b([A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+),?\s+(?:(?:in|from|on)\s+(?:the|these|this)\s+(?:comments|"
    r"comment\s+section|thread|forum)|(?:from\s+)?upthread|(?:el|la)\s+(?:de\s+(?:los|estos)\s+"
    r"comentarios|del\s+foro|del\s+blog|de\s+aquí|de\s+aqui|de\s+arriba))\b"
    r"|\b(?:[Ee]l|[Ll]a|[Tt]he|[Tt]his|[Tt]hat|[Ee]se|[Ee]sa)\s+(?:comentarista|commenter|forista|"
    r"usuari[oa]|user)\s+[\"“'@]?([A-Za-zÁÉÍÓÚÑáéíóúñ][\w.-]*[\w])"
    rf"|\b([A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+)['’]s\s+{_KIN_WORDS}\b"
    rf"|\b{_KIN_WORDS}\s+de\s+([A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+)\b"
    r"|^\W*([A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+),\s+(?:el|la|the|our|nuestro|nuestra)\s+[a-záéíóúñü]+"
    r"(?:\s+(?:de|del|of)\s+\w+)?,"
)


# A sentence's first word, capitalised as every first word is (see `subject_name`).
OPENING_WORD = re.compile(
    r"(?:^|[.!?]\s+|\n)[\W_]*([A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]{2,})(?=['’]s?\b|[\s,])"
)


# The blog model's floor (decide.BLOG_MIN_WORDS): below it only the rules read a comment. On
# the blog set's test rows the opening-name reading held 3 harmless comments of 15 words or more
# for 2 catches, and 0 under 15 words for 3.
_SUBJECT_NAME_WORDS = 15
_SUBJECT_GAP = re.compile(
    r"(?:['’]s?)?(?:\s+(?!(?:que|quien|who|that|which|the|el|la|los|las|un|una|an?|por|for|to|de|"
    r"of|y|and|con|with|get|gets|got|getting|being|fue|fueron)\b)[a-záéíóúñü]+){0,3}\s+"
)
# A cleft between the name and its act names the doer as plainly: "Barragán es el que avisa
# ...", "Ochoa is the one who sells ...".
_CLEFT_GAP = re.compile(
    r"(?:['’]s)?\s+(?:es|era|fue|is|was)\s+(?:(?:el|la)\s+(?:mism[oa]\s+)?que|the\s+"
    r"(?:one|guy|man|woman|same\s+(?:guy|man|woman|one))\s+(?:who|that))"
    r"(?:\s+(?:le|les|se|lo|la|has|had|always|still))?\s+"
)
# Words that may stand between a long comment's opening name and its act past the first
# ("Mendoza lleva años robándose ...", "Kessler has been taking ...").
_AUX_GAP = frozenset({"has", "have", "had", "been", "is", "was", "keeps", "still", "always",
                      "also", "lleva", "llevaba", "anos", "sigue", "seguia", "siempre", "ya",
                      "tambien", "le", "les", "se", "lo", "la"})  # fmt: skip
# Substances and things that open a sentence as the doer of a killing or a theft.
THINGS = frozenset({"fentanyl", "fentanilo", "cocaine", "cocaina", "meth", "heroin", "heroina",
                     "narcan", "covid", "cancer", "inflation", "inflacion", "alcohol", "booze",
                     "tequila", "whiskey", "drugs", "drogas", "opioids", "pills"})  # fmt: skip
# Abstract nouns by their endings ("Poverty killed this town", "Capitalism killed the mills",
# "Corrupción mató al pueblo"): a cause, not a person. No border surname ends so; the stems
# are long enough to spare given names ("Florence", "Trinidad", "Clement").
ABSTRACT = re.compile(
    r"[a-z]{3,}(?:tion|sion|ism|ity|erty|elty|iety)|[a-z]{4,}(?:ness|ment|ance)|[a-z]{5,}ence"
    r"|[a-z]{3,}(?:cion|sion|ismo|eza)|[a-z]{5,}idad"
)


def common_plural(folded: str, an: Analysis) -> bool:
    """An English plural in "-ies" ("Pharmacies", "Agencies", "Utilities"): a kind of business
    or body, not one person. The engine has no English dictionary to tell other plurals from
    surnames ("Sanders", "Torres"), so only this ending is read; "Davies" is the price."""
    return an.lang == "en" and folded.endswith("ies")


def subject_name(an: Analysis, text: str, s_start: int, crime_start: int) -> bool:
    """The sentence opens with one capitalised word, the act follows within three lower-case
    words ("Saucedo desvió ...", "Benavides has been selling ...", "Nacho le pega ..."), and
    the word is no stop word, lexicon term or word written in lower case elsewhere: a name.
    A vocative ("Memo, me robo ...") has its comma, and an act further on may have another
    subject. In a longer comment (`_SUBJECT_NAME_WORDS`), which opens more sentences with words
    no list holds, the act must follow the word at once or past one word ("Costa notarized",
    "Mendoza lleva años robándose")."""
    long = len(text.split()) >= _SUBJECT_NAME_WORDS
    vouched = _VOUCHED_WORD.match(text, s_start)
    m = vouched or _GREETED_WORD.match(text, s_start) or OPENING_WORD.match(text, s_start)
    m = m or OPENING_WORD.match(text, max(0, s_start - 2))
    if m is None and not long and an.lang == "es" and text == text.lower():
        # Spanish only: an English lower-case opener is as often a handle ("bigjim took ..."),
        # a person only when the thread names them (`Context.participants`)
        return _lower_subject(an, text, s_start, crime_start)
    if m is None or m.start(1) < s_start or m.end(1) >= crime_start:
        return False
    if fold_term(m.group(1)) in DEMONSTRATIVES:
        # "Esa señora del puesto vende ...": a person pointed at; "Esa patrulla abusa de ...":
        # a public body, no one; anything else is read as before (the thing may be the named
        # person's: "don X ... Esa tienda es pura fachada para lavar dinero")
        pointed = fold_term(text[m.end(1) : crime_start])
        if _POINTED_PERSON.fullmatch(pointed):
            return True
        if pointed.split()[:1] and pointed.split()[0] in _POINTED_BODIES:
            return False
    gap = _SUBJECT_GAP.fullmatch(text, m.end(1), crime_start)
    if gap is None and _CLEFT_GAP.fullmatch(text, m.end(1), crime_start):
        # "Barragán es el que avisa ...", not a definition ("Terrorista es el que ...")
        folded = fold_term(m.group(1))
        return name_word(an, text, m.group(1)) and not any(
            u.text == folded and u.code != "w" for u in an.units
        )
    if gap is None or (long and not set(gap.group().split()[1:]) <= _AUX_GAP):
        return False  # a long comment: the act right after the word ("Costa notarized ...")
    word = m.group(1)
    folded = fold_term(word)
    # A given name that is also a word ("Carmen", "Rosa", "Ray"): a name only when the act
    # follows it at once or past a clitic ("Rosa lava dinero", "Guadalupe le robó"), so
    # "Rosa mexicano" and "Ray of hope" stay words.
    # After the writer's vouching ("I know Maria takes bribes"), a word right before its act
    # is a name as well, when no lexicon term: the frame says a person is spoken of.
    given = (folded in _GIVEN_WORDS or vouched is not None) and set(gap.group().split()) <= CLITICS
    if vouched is not None and (
        folded in NOT_PEOPLE or any(u.text == folded and u.entry is not None for u in an.units)
    ):
        return False  # "I know Congress takes bribes": a body, or a lexicon term
    if not name_word(an, text, word, dictionary=given):
        return False
    return given or not any(u.text == folded and u.code != "w" for u in an.units)


# A person pointed at by a demonstrative, maybe with the place the reader knows them by, and
# the act after it past a clitic: "Esa señora del puesto vende ...", "Ese tipo de la tienda le
# roba ...". Folded text, its ends stripped.
_POINTED_PERSON = re.compile(
    r"(?:senora|senor|senorita|tipo|tipa|hombre|mujer|muchacho|muchacha|chavo|chava|morro|"
    r"morra|vato|guey|wey|cuate|sujeto|individuo|vieja|viejo|don|dona|vecino|vecina)"
    r"(?:\s+(?:de\s+la|de\s+los|de\s+las|del|de)\s+[a-z0-9]+)?"
    r"(?:\s+(?:le|les|se|lo|la|ya|siempre|tambien))?"
)


# Public bodies a demonstrative points at ("Esa patrulla fronteriza", "Esta corporación"):
# an institution, which no libel reaches.
_POINTED_BODIES = frozenset(
    {"patrulla", "patrullas", "policia", "corporacion", "dependencia", "institucion",
     "secretaria", "fiscalia", "procuraduria", "guardia", "agencia", "gobierno", "alcaldia",
     "presidencia", "administracion", "comision", "aduana", "garita", "migra", "ejercito",
     "marina", "partido", "congreso", "cabildo", "ayuntamiento", "municipio", "tribunal",
     "juzgado", "oficina", "delegacion", "comandancia"}
)  # fmt: skip


# Given names that are also dictionary words, ours: read as a name only as the subject right
# before an act (`subject_name`).
_GIVEN_WORDS = frozenset(
    {"carmen", "rosa", "ray", "guadalupe", "luz", "dolores", "pilar", "mercedes", "consuelo",
     "soledad", "rocio", "amparo", "esperanza", "paz", "gloria", "cruz", "rey", "socorro",
     "angeles", "concepcion", "remedios", "milagros", "victoria", "clemente", "modesto",
     "prudencio", "leal", "bill", "rob", "mark", "jack", "frank", "grace", "hope",
     "faith", "joy", "dawn", "april", "june", "rose", "lily", "ivy", "pat", "sue", "rich",
     "carol", "ruby", "hunter", "art", "bob", "pierce", "mike", "nick", "sandy", "dean",
     "gene", "miles", "wade", "rusty", "bud", "sal", "trini"}
)  # fmt: skip
# "Like I said," as written (with accents) inside the case-blind part of `_VOUCHED_WORD`.
_SAID_BEFORE_WRITTEN = SAID_BEFORE.replace("comente", "coment[ée]")
# A sentence's first word after the writer's vouching ("I know Maria ...", "We all know that
# Linda ...", "Trust me, Kevin ...", "Yo sé que Carlos ..."): it opens the claim as a
# sentence's first word opens a sentence.
_VOUCHED_WORD = re.compile(
    r"[\W_]*(?i:(?:i|we|everyone|everybody)(?:\s+(?:all|just|already|happen\s+to|damn\s+well))*"
    r"\s+(?:know|knew)(?:\s+for\s+a\s+fact)?(?:\s+that)?|(?:trust|believe)\s+me,|"
    r"i'?m\s+telling\s+you,|(?:yo\s+)?(?:sé|se|sabemos)\s+(?:muy\s+bien\s+|de\s+buena\s+fuente\s+)?"
    r"que|todos\s+sab(?:emos|en)\s+que|cr[ée]eme,|" + _SAID_BEFORE_WRITTEN + r")\s+"
    r"([A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]{2,})(?=['’]s?\b|[\s,])"
)
# A sentence's first word after a greeting ("Hola, Carmen estafó ...", "Hey, Ray took ...").
_GREETED_WORD = re.compile(
    r"[\W_]*(?i:hola|hi|hey|hello|oye|oigan|buenas|fyi|psst)(?:\s+(?i:all|todos|a\s+todos))?"
    r"[\s,!:.]+([A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]{2,})(?=['’]s?\b|[\s,])"
)


# Times and places that open a sentence typed in lower case.
_WHEN = frozenset({"ayer", "hoy", "anoche", "manana", "ahora", "aqui", "aca", "alla", "neta",
                   "today", "yesterday", "tonight", "tomorrow", "here", "there", "now",
                   "lol", "jaja", "jajaja", "omg"})  # fmt: skip
# A sentence's first word in a comment typed all in lower case.
_OPENING_LOWER = re.compile(r"(?:^|[.!?]\s+|\n)[\W_]*([a-záéíóúñü]{3,})(?=\s)")


def _lower_subject(an: Analysis, text: str, s_start: int, crime_start: int) -> bool:
    """A short Spanish comment typed all in lower case names someone in lower case too ("mendoza
    cobra en la nómina de la empresa"): the sentence's first word, the act right after it,
    and the word no stop word, dictionary word, lexicon term, place word or substance."""
    m = _OPENING_LOWER.match(text, s_start) or _OPENING_LOWER.match(text, max(0, s_start - 2))
    if m is None or m.start(1) < s_start or not text[m.end(1) : crime_start].isspace():
        return False
    folded = fold_term(m.group(1))
    if folded in any_stopwords(an.lex) or folded in an.lex.vocab or folded in QUANTITIES:
        return False
    if folded in _WHEN or (an.lang == "es" and text[crime_start:].split()[0].endswith("n")):
        return False  # "ayer roban en la tienda": a time, and a plural verb names no one
    if folded in NOT_NAMES or folded in THINGS or common_plural(folded, an):
        return False
    if ABSTRACT.fullmatch(folded):
        return False  # "Poverty killed this town": a cause
    return not any(u.text == folded and u.entry is not None for u in an.units)


def dictionary_word(an: Analysis, folded: str) -> bool:
    """A word the vocabulary holds and the name list does not: a surname that is also a word
    ("Prieto", "Chona") is listed in names_near.txt, and a capitalised one stays a name."""
    return folded in an.lex.vocab and folded not in an.lex.names


def name_word(an: Analysis, text: str, word: str, *, dictionary: bool = False) -> bool:
    """The one test of the name readers: a capitalised word may be a person's name unless it is
    a stop word of either language, a dictionary word (unless `dictionary`: the comment shows
    it to be a name otherwise), a word of a place's name ("San", "Lake"), a substance that does
    harm ("Fentanyl"), an abstract noun ("Poverty", "Corrupción"), an "-ies" plural
    ("Pharmacies": a kind of business) or a word the comment also writes in lower case."""
    folded = fold_term(word)
    if folded in any_stopwords(an.lex) or (dictionary_word(an, folded) and not dictionary):
        return False
    if len(word) > 3 and word.endswith("ó"):
        return False  # "Compró lo que ...", "Llegó tarde": a verb in the past, no surname
    if folded in NOT_NAMES or folded in THINGS or common_plural(folded, an):
        return False
    if ABSTRACT.fullmatch(folded):
        return False  # "Poverty killed this town": a cause
    if folded in ORGANISATION_NAMES:
        return False  # "Hezbollah", "Hamas": a named organisation
    return word.lower() not in lower_words(an, text)


# A whole word in lower case (letters only, between word boundaries).
_LOWER_WORD = re.compile(r"\b[a-záéíóúñü]+\b")


def lower_words(an: Analysis, text: str) -> frozenset[str]:
    """The words the comment writes in lower case, found once per comment."""
    found = an.memo.get("libel.lower")
    if found is None or found[0] is not text:
        found = (text, frozenset(_LOWER_WORD.findall(text)))
        an.memo["libel.lower"] = found
    return found[1]
