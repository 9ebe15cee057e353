"""Whether a slur is aimed: called at someone, reported, refused, or quoted as a name."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.normalize import fold_term
from moderation.policy.rules.context import condemned_elsewhere, is_question
from moderation.policy.rules.hate.slur_homonyms import (
    sentence_start,
)

# Verbs of name-calling whose subject is someone else: "they called him", "le decían".
# First-person and present forms that double as the writer's own act ("llamo", "grito",
# "call him a ...") are left out: those are the writer using the word.
_CALLING = frozenset(
    {"called", "called a", "called an", "called them", "calling", "yelled", "yelled at",
     "shouted", "shouted at", "screamed", "screamed at", "used to call", "call", "calls",
     "decian", "decia", "dijeron", "llamaban", "llamaron", "gritaban", "gritaron", "gritaba",
     "han llamado", "ha llamado", "habian llamado", "llamado", "llamada", "llamados",
     "llamadas", "apodaban", "insultaban"}
)  # fmt: skip
_CALLERS = frozenset(
    {"they", "he", "she", "people", "kids", "someone", "somebody", "everyone", "everybody",
     "others", "men", "guys", "cops", "classmates", "neighbors", "neighbours", "teachers",
     "was", "were", "been", "got", "get", "gets", "being", "be", "is", "are", "ellos",
     "has been", "have been", "had been",
     "fue", "fueron", "era", "eran", "sido", "me", "le", "les", "nos", "lo", "la", "los",
     "las"}
)  # fmt: skip
_CALLED_ONE = frozenset(
    {"me", "him", "her", "us", "them", "my", "his", "our", "their", "a", "an", "mi", "mis",
     "su", "sus", "nuestro", "nuestra", "uncle", "dad", "mom", "father", "mother", "brother",
     "sister", "son", "daughter", "cousin", "grandpa", "grandfather", "abuelo", "padre",
     "madre", "hermano", "hermana", "tio", "tia", "primo", "prima", "hijo", "hija"}
)  # fmt: skip
# One of a people named in the singular before an adjective slur ("me decían india patarrajada"):
# these forms are also a country, a colour or a plain word, so the lexicon does not mark them G.
_ONE_OF_A_PEOPLE = frozenset(
    {"india", "indio", "negra", "negro", "china", "chino", "judia", "judio", "gitana", "gitano"}
)
_WHAT_WAS = frozenset({"what", "lo que", "how", "como", "that", "eso", "those", "all of", "all"})
_ENDORSING = frozenset(
    {"right", "rightly", "deserved", "deserves", "accurate", "true", "razon", "merecia",
     "merece", "cierto", "verdad", "because he is", "porque lo es", "and he is"}
)  # fmt: skip


_REFUSING = frozenset({"ni", "not", "no", "nor", "neither"})
_LIST_WORDS = _REFUSING | {"o", "or", "y", "and", "son", "are", "somos", "we are"}
_INSTEAD = frozenset({"son", "are", "somos", "we are", "sino", "but", "just", "solo", "only",
                      "simplemente", "simply", "todos", "all", "sino que son", "they are",
                      "our", "my", "nuestros", "nuestras", "mis", "just our", "they", "ellos",
                      "ellas"})  # fmt: skip
_PERSON_WORDS = frozenset(
    {"personas", "seres humanos", "humanos", "vecinos", "vecinas", "gente", "hermanos",
     "ciudadanos", "companeros", "people", "human beings", "humans", "neighbours", "neighbors",
     "citizens", "brothers", "persons", "fellow citizens"}
)  # fmt: skip


def names_refused(an: Analysis, u: Unit) -> bool:
    """The slur is one of a list of names refused for what the people are: "Ni X ni Y:
    personas", "No son X, son vecinos", "Not X, not Y: people". The list (slurs and group
    words joined by "ni", "not", "or") opens with a refusal word and closes on a word for
    persons; "ni X ni Y en mi barrio" names no persons and stays."""
    run = an.sentence_run(u.index)
    i = u.index - run[0].index
    heads = [x for x in run[max(0, i - 2) : i] if x.text in _REFUSING]
    if not heads:
        return False
    k = i + 1
    while k < len(run) and (run[k].code in ("S", "G") or run[k].text in _LIST_WORDS):
        k += 1
    while k < len(run) and run[k].text in _INSTEAD:
        k += 1
    return k < len(run) and run[k].text in _PERSON_WORDS


def _masked(an: Analysis, text: str, u: Unit) -> bool:
    """The word as typed holds digits or symbols between its letters ("n1gg@s", "n*ggas")."""
    start, end = an.span(u.index, u.index)
    word = text[start:end].strip()
    return len(word) > 2 and any(
        not c.isalpha() and not c.isspace() and c not in "'’-" for c in word[1:-1]
    )  # an apostrophe or hyphen is spelling ("nigga's"), not a mask


def reported_name(an: Analysis, u: Unit) -> bool:
    """The slur is named as what someone else called a person ("they called my uncle a X",
    "X is what they called him", "le decían X", "X, Y, Z: my family has been called all of
    it"): reported speech, not use. Not when the writer is the caller, when the one called
    is the reader ("you"), or when the writer agrees with the name."""
    if not _owners_of(an, u) <= {u.index}:
        return False
    same = an.sentence_run(u.index)
    # after the verb: "<someone> called <someone> (a) SLUR"
    for k in range(u.index - 1, max(-1, u.index - 5), -1):
        v = an.units[k]
        if v.sentence != u.sentence:
            break
        if v.text in _CALLING:
            between = an.units[k + 1 : u.index]
            # a group noun may stand before an adjective slur: "nos decían indios patarrajadas"
            return _caller_ok(an, k) and all(
                x.text in _CALLED_ONE
                or x.code == "A"
                or (x.index == u.index - 1 and (x.code == "G" or x.text in _ONE_OF_A_PEOPLE))
                for x in between
            )
    # before the verb: "SLUR is what they called ...", "SLUR, ... . My family was called all of it"
    nxt_sentence = u.sentence + 1
    for k in range(u.index + 1, min(len(an.units), u.index + 12)):
        v = an.units[k]
        if v.sentence not in (u.sentence, nxt_sentence):
            break
        if v.text in _CALLING and _caller_ok(an, k):
            if v.sentence == u.sentence:
                return any(
                    an.units[j].text in _WHAT_WAS
                    or (an.units[j].text == "que" and an.units[j - 1].text == "lo")
                    for j in range(u.index + 1, k)
                )
            after = an.units[k + 1 : k + 4]
            return any(x.text in _WHAT_WAS or x.text == "it" for x in after) and all(
                x.code in "SXGwA" for x in same
            )
    return False


def _caller_ok(an: Analysis, k: int) -> bool:
    """Someone other than the writer calls (or a passive "was called"), not an imperative."""
    v = an.units[k]
    for j in range(k - 1, max(-1, k - 6), -1):  # "the kids on my block called"
        x = an.units[j]
        if x.sentence != v.sentence:
            break
        if x.code == "I" or x.text in ("i", "we", "yo", "nosotros", "you", "te", "tu"):
            return False
        if x.text in _CALLERS or x.code == "t":
            return True
    return v.text in ("decian", "llamaban", "llamaron", "dijeron", "gritaban", "gritaron")


# Forms that are an order on their own: "call him a X", "llámenle X", "dile X".
_ORDER_CALLS = frozenset(
    {"call", "llamale", "llamalo", "llamala", "llamales", "llamalos", "llamalas", "llamenle",
     "llamenlo", "llamenla", "llamenles", "llamenlos", "llamadle", "llamadlo", "llamadles",
     "dile", "diles", "diganle", "diganles", "decidle", "decidles", "gritale", "gritenle"}
)  # fmt: skip
# Name-calling verbs, read off a unit's last word ("stop calling", "do not call" are units).
# A reporting verb before a slur is no frame when the writer calls, orders the calling, calls
# the reader, or agrees with the name: then the slur is used, not reported.
_CALL_WORDS = (
    frozenset(
        {"call", "calls", "called", "calling", "yell", "yelled", "shout", "shouted", "scream",
         "screamed", "llamo", "llamamos", "llama", "llaman", "llamas", "llamaba", "llamaban",
         "llamaron", "llamaste", "llamado", "digo", "decimos", "dice", "dicen", "dices", "decia",
         "decian", "dijo", "dije", "dijeron", "grito", "gritan", "gritaba", "gritaban",
         "gritaron", "gritamos", "apodaban", "insultaban"}
    )
    | _ORDER_CALLS
)  # fmt: skip
# First-person forms: the writer is the caller ("llamo" only without the accent of "llamó").
_MY_CALLS = frozenset({"llamamos", "digo", "decimos", "dije", "gritamos", "llamo"})
# Words that may open an order before its verb: "just call them X", "so call him X".
_ORDER_OPENERS = frozenset(
    {"just", "so", "please", "go ahead and", "then", "now", "and", "let is", "let us", "y",
     "pues", "mejor", "asi que", "ahora", "entonces", "ya"}
)  # fmt: skip
_WRITER = frozenset({"i", "we", "yo", "nosotros", "nosotras"})
_READER = frozenset({"you", "u", "ya", "te", "os", "usted", "ustedes", "vosotros"})
SELF = frozenset({"me", "myself", "us", "ourselves", "each other", "one another", "nos"})
# A calling that is refused, stopped or only supposed: "don't call him X", "if anyone calls
# you X", "nadie te llame X".
_NOT_CALLING = frozenset(
    {"not", "no", "never", "nunca", "jamas", "ni", "stop", "quit", "nobody", "no one",
     "nadie", "if", "si", "when", "whenever", "cuando", "anyone", "anybody", "alguien",
     "whoever", "cualquiera", "deja", "dejen", "dejad", "should", "shouldnt"}
)  # fmt: skip
_PRESENT_COPULAS = frozenset({"is", "are", "am", "es", "eres", "son", "sois", "soy"})
_PERSONS = frozenset(
    {"he", "she", "you", "they", "u", "el", "ella", "tu", "usted", "ustedes", "ellos", "ellas",
     "ese", "esa", "este", "esta", "this guy", "that guy", "guy", "dude", "man", "woman",
     "tipo", "wey", "guey"}
)  # fmt: skip
_COPULAS = _PRESENT_COPULAS | frozenset({"was", "were", "era", "eran", "fue", "eras"})
_ONE = frozenset({"one", "ones", "uno", "una", "unos", "unas"})
_RIGHT = frozenset({"right", "rightly", "correct", "accurate", "razon", "con razon"})
_RIGHT_AFTER = _COPULAS | frozenset({"tenian", "tenia", "tienen", "tiene", "con", "totally"})
_WRONG = frozenset({"wrong", "equivocaban", "equivocaron", "equivocados", "equivocado",
                    "equivocaba", "mentian", "lying"})  # fmt: skip


# The last words of the frames that agree with someone just reported ("they were right",
# "he's not wrong", "she has a point", "tienen razón", "no se equivoca"): frames.tsv reads
# each as one unit, so the word alone is not there to be asked about.
_AGREEING_ENDS = frozenset({"right", "correct", "wrong", "on", "point", "razon", "equivoca",
                            "equivocan"})  # fmt: skip


def _owners_of(an: Analysis, u: Unit) -> frozenset[int]:
    """Up to two indices of units of the slur's sentence that own or endorse a name (the
    writer, the reader, "right", "exactly"): two tell whether one other than the slur is
    there. Remembered per sentence: a comment of one long sentence of slurs would otherwise
    read it again for each of them."""
    same = an.sentence_run(u.index)  # one run of units, read without the rest of the comment
    key = ("hate.reported_name.owners", same[0].index)
    found = an.memo.get(key)
    if found is None:
        hits: list[int] = []
        for x in same:
            if x.text in _ENDORSING or x.code in ("I", "U") or _agreement_unit(x):
                hits.append(x.index)
                if len(hits) == 2:
                    break
        found = an.memo[key] = frozenset(hits)
    return found


def _agreement_unit(x: Unit) -> bool:
    return x.has("endorse") and not x.quoted and x.text.split()[-1] in _AGREEING_ENDS


# A stem in every word of _CALL_WORDS and _CALLING (tests check it): a sentence whose units
# hold none of them has no calling verb.
_CALL_STEMS = re.compile("call|yell|shout|scream|llam|grit|apod|insult|d[eiu][cgjl]")


def _aimed(an: Analysis, u: Unit, memo: list[bool]) -> bool:
    """`_aimed_name`, remembered in `memo` (empty until first asked) for the slur's checks."""
    if not memo:
        memo.append(_aimed_name(an, u))
    return memo[0]


def _call_word(u: Unit) -> str:
    return u.text.rsplit(" ", 1)[-1]


def _aimed_name(an: Analysis, u: Unit) -> bool:
    """The slur is the name in a calling the writer owns: the writer calls ("I call him a X",
    "yo le llamo X"), orders it ("call him a X", "llámenle X"), calls the reader ("they
    called you a X"), says a person is "what they call a X", or agrees with the name
    ("because you are one", "and they were right", "porque lo es"). Someone else's calling
    of someone else stays a report; a refused or supposed calling ("don't call him X", "if
    anyone calls you X") and the writer named ("they call me X") are no aim."""
    units = an.units
    # the sentence is one run of units: read it alone, not every unit of the comment, and
    # only when its words hold the stem of a calling verb (most sentences do not)
    run = an.sentence_run(u.index)
    if not _CALL_STEMS.search(" ".join([x.text for x in run])):
        return False
    calls = [x.index for x in run if x.text in _CALLING or _call_word(x) in _CALL_WORDS]
    if not calls:
        return False
    before = [k for k in calls if u.index - 7 < k < u.index]
    if before:
        v = before[-1]
        between = units[v + 1 : u.index]
        if any(x.code == "B" for x in between):
            before = []
    if not before:  # "X is what they called him ...": only agreement counts
        if _called_a_slur(an, calls[0]):
            return False  # "X ... she's right to call it a slur": the word is what is named
        return _agrees(an, u, calls[0])
    if _refused(an, v):
        return False
    verb = units[v]
    word = _call_word(verb)
    prev = units[v - 1] if v > 0 and units[v - 1].sentence == u.sentence else None
    if any(x.text in SELF for x in between) or (prev is not None and prev.text in SELF):
        return False  # "I call myself a X", "me llaman X": the writer is the one named
    if _agrees(an, u, v):
        return True
    if word in _MY_CALLS and (word != "llamo" or not _accented(an, verb)):
        return True  # "le llamo X", "les digo X" (not "le llamó", he called)
    if _writer_calls(an, v):
        return True
    if word in _ORDER_CALLS and word == verb.text and _opens_clause(an, v):
        return True  # "Call him a X", "Llámenle X"
    reader = any(x.text in _READER or x.code == "U" for x in between) or (
        prev is not None and prev.text in ("te", "os")
    )
    if reader:  # "they called you a X", "te dicen X", unless asked or condemned
        return not (is_question(an, u.index) or condemned_elsewhere(an, u.index, u.index))
    return _what_they_call(an, v)


def _called_a_slur(an: Analysis, v: int) -> bool:
    """The calling after the slur names the word itself a slur or bigotry ("call it a slur",
    "lo llaman un insulto racista"): a pronoun object, then a word for a slur or a
    condemnation within three words."""
    run = [x for x in an.units[v + 1 : v + 5] if x.sentence == an.units[v].sentence]
    if not run or run[0].text not in ("it", "that", "this", "lo", "eso", "esto"):
        return False
    return any(x.text in WORD_WORDS or x.has("condemn") for x in run[1:])


_ACCENTED = re.compile(r"[áéíóú]")
_WORD_CHARS = re.compile(r"[\wáéíóúüñÁÉÍÓÚÜÑ]+")


def accented_other_word(an: Analysis, text: str, u: Unit) -> bool:
    """The whole written word around the unit is a shop noun in "-ería" written with its
    accent ("tortillería", one letter off a slur): the writer typed an ordinary word. (A word
    split into two, "controló", is left alone: glued evasions look the same.)"""
    start, end = an.span(u.index, u.index)
    while start > 0 and _WORD_CHARS.match(text[start - 1]):
        start -= 1
    while end < len(text) and _WORD_CHARS.match(text[end]):
        end += 1
    word = text[start:end]
    if not _ACCENTED.search(word.lower()) or fold_term(word) == u.text:
        return False
    return fold_term(word).endswith(("eria", "erias"))  # a shop: "tortillería"


def _accented(an: Analysis, u: Unit) -> bool:
    start, end = an.norm.span(u.start, u.end)
    return an.norm.original[start:end].lower().endswith(("ó", "ò"))


def _refused(an: Analysis, v: int) -> bool:
    """Negation, "stop", or a condition before the verb in its clause: no one is called."""
    units = an.units
    words = units[v].text.split()[:-1]
    text = an.norm.text
    for k in range(v - 1, max(-1, v - 5), -1):
        x = units[k]
        if x.sentence != units[v].sentence or x.code == "B":
            break
        words.extend(x.text.split())
        words.append(x.text)
        if x.code == "N":
            return True
        if "," in text[x.end : units[k + 1].start]:
            break
    return any(w in _NOT_CALLING for w in words)


def _writer_calls(an: Analysis, v: int) -> bool:
    """The nearest subject before the verb is the writer ("I'd call him", "yo le llamo")."""
    units = an.units
    for k in range(v - 1, max(-1, v - 5), -1):
        x = units[k]
        if x.sentence != units[v].sentence or x.code == "B":
            return False
        if x.code == "I" or x.text in _WRITER:
            return True
        if x.code == "t" or (x.text in _CALLERS and x.text not in ("le", "les", "lo", "la")):
            return False  # "they call him", "kids called him": someone else
    return False


def _opens_clause(an: Analysis, v: int) -> bool:
    """The verb opens its sentence or clause, alone or after "just", "so", "y": an order."""
    units = an.units
    text = an.norm.text
    k = v
    while True:
        if k == 0 or units[k - 1].sentence != units[v].sentence:
            return True
        if "," in text[units[k - 1].end : units[k].start]:
            return True
        if units[k - 1].text not in _ORDER_OPENERS or v - k >= 2:
            return False
        k -= 1


def _what_they_call(an: Analysis, v: int) -> bool:
    """'He's what they call a X', 'eres lo que llaman un X': a person, now, is named."""
    units = an.units
    for k in range(v - 1, max(0, v - 4), -1):
        x = units[k]
        if x.sentence != units[v].sentence:
            return False
        is_what = x.text == "what" or (x.text == "que" and units[k - 1].text == "lo")
        if not is_what:
            continue
        c = k - 1 if x.text == "what" else k - 2
        if c < 0 or units[c].text not in _PRESENT_COPULAS:
            return False
        if units[c].text in ("eres", "sois"):
            return True
        s = c - 1
        return (
            s >= 0
            and units[s].sentence == x.sentence
            and (units[s].code == "U" or units[s].text in _PERSONS)
        )
    return False


def _agrees(an: Analysis, u: Unit, v: int) -> bool:
    """After the named slur the writer agrees with it: "because he is one", "porque lo es",
    "and they were right", "y tenían razón", "they weren't wrong", in the same sentence or
    opening the next. Not when the one named is the writer ("because I am")."""
    units = an.units
    end = min(len(units), u.index + 12)
    for k in range(u.index + 1, end):
        x = units[k]
        if x.sentence > u.sentence + 1:
            break
        nxt_sentence = x.sentence != u.sentence
        if nxt_sentence and k - sentence_start(an, k) > 3:
            break
        negated = any(
            units[j].code == "N" or units[j].text in ("not", "no", "never", "nunca")
            for j in range(max(u.index + 1, k - 2), k)
        )
        if _agreement_unit(x) or (
            x.text in _RIGHT
            and (x.text in ("rightly", "con razon") or units[k - 1].text in _RIGHT_AFTER)
        ):
            return not negated  # "they were right", "tenían razón" (not "right in front")
        if x.text in _WRONG:
            return negated
        if x.text in _COPULAS or (x.code == "C" and x.text in _COPULAS):
            subject = units[k - 1]
            if subject.text == "lo" and k >= 2:
                subject = units[k - 2]
            if subject.code == "I" or subject.text in _WRITER or x.text in ("am", "soy"):
                continue
            after = units[k + 1] if k + 1 < len(units) else None
            if negated or (after is not None and after.code == "N"):
                continue
            if after is not None and after.sentence == x.sentence and after.text in _ONE:
                return True
            if units[k - 1].text == "lo":
                return True  # "porque lo es", "y lo eres"
            if not nxt_sentence and (after is None or after.sentence != x.sentence):
                return True  # "... because he is.", "... because that's what you are."
    return False


OTHERS = frozenset({"other", "others", "those", "these", "their", "otros", "otras", "esos",
                     "esas", "estos", "estas", "sus", "ajenos"})  # fmt: skip
WORD_WORDS = frozenset({"word", "term", "slur", "insult", "palabra", "termino", "insulto",
                         "words", "terms", "slurs", "palabras", "insultos", "n-word", "phrase",
                         "phrases", "expression", "frase", "frases", "expresion"})  # fmt: skip
