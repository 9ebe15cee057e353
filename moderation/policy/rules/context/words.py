"""Word sets and unit readers the context tests share: contrast and negation words, a unit's
sentence, whether it asks, is quoted or negated, and the first person before a frame.
"""

from __future__ import annotations

import re
from functools import cache

from moderation.policy.analysis import Analysis, Unit

CONTRAST = frozenset({"but", "pero", "though", "however", "aunque", "sin embargo", "yet"})


_FIRST_PERSON = frozenset({"i", "we", "yo", "nosotros", "i am", "i'm", "am"})
# Auxiliaries that may stand between the writer and their own verb of saying; after "been"
# only the progressive ("I have been saying"), since "I have been called X" reports others.
_AUXILIARIES = frozenset(
    {"have been", "had been", "have always been", "have", "have always", "had", "keep", "always"}
)
_OWN_SAYING = frozenset({"saying", "said", "telling", "warning", "writing", "arguing"})


def _own_saying_after(an: Analysis, k: int, aux: Unit) -> bool:
    """Unit k is the writer's own verb of saying with an auxiliary (`aux`, unit k - 1) between
    it and the writer."""
    said = an.units[k].text
    if aux.text not in _AUXILIARIES or said not in _OWN_SAYING or k < 2:
        return False
    if "been" in aux.text and not said.endswith("ing"):
        return False
    return an.units[k - 2].sentence == aux.sentence


def next_in_sentence(an: Analysis, u: Unit) -> Unit | None:
    """The unit after `u` in its sentence, or None at the sentence's end."""
    k = u.index + 1
    if k < len(an.units) and an.units[k].sentence == u.sentence:
        return an.units[k]
    return None


def units_in(an: Analysis, start: int, end: int) -> tuple[int | None, int]:
    """The first and last unit indexes overlapping [start, end) of the normalised text (first
    is None when no unit does): where a regex match over the text sits among the units."""
    first = None
    last = 0
    for u in an.units:
        if u.end > start and u.start < end:
            if first is None:
                first = u.index
            last = u.index
    return first, last


QUESTION_OPENERS = frozenset({"acaso", "y", "pero", "entonces", "so", "and", "but"})


# How far back in its sentence a frame is looked for: a frame holds up the words that follow
# it, not a group word sixty words on, and a pasted run-on "sentence" stays linear.
FRAME_REACH = 60


def sentence_initial(an: Analysis, k: int) -> bool:
    """Unit k opens its sentence (after at most a conjunction: "y pensar que ...")."""
    s = an.units[k].sentence
    j = k - 1
    if j >= 0 and an.units[j].sentence == s and an.units[j].text in ("y", "pero", "e"):
        j -= 1
    return j < 0 or an.units[j].sentence != s


# "¿No crees que ...?", "¿No te parece que ...?": the writer's view put as a question.
# After "no" in a question the plural asks the readers too ("¿No creen que los X ...?").
LEADING_ES = frozenset(
    {"crees que", "piensas que", "opinas que", "te parece que", "creen que", "piensan que",
     "opinan que", "les parece que", "creeis que", "pensais que", "os parece que", "dirias que",
     "dirian que"}
)  # fmt: skip


def first_person_before(an: Analysis, k: int) -> bool:
    """'I say', 'we said' (the writer's own words) are no frame; 'I can't believe' is, and so
    is 'I'm sick of hearing' (the writer weary of others' words)."""
    if k == 0:
        return False
    u = an.units[k - 1]
    if u.sentence != an.units[k].sentence:
        return False
    if _own_saying_after(an, k, u):
        u = an.units[k - 2]  # "I have been saying", "what we have always said"
    if u.text in _FIRST_PERSON or u.code == "I":
        text = an.units[k].text
        return not text.startswith(("can not believe", "cannot believe")) and not (
            text.endswith(("of hearing that", "of reading that"))
        )
    return False


def all_quoted(an: Analysis, first: int, last: int) -> bool:
    return all(an.units[k].quoted for k in range(first, last + 1))


def quote_closes(an: Analysis, first: int, last: int) -> int:
    """Where the claim in the match ends: the last unit of a quoted run of two or more units
    that names a group, when the quote closes inside the match ('"All X are Y" is a lie and
    dangerous'); otherwise `last`. What follows the closing quote is the writer's word about
    the quote, even when a broad match runs on over it."""
    units = an.units
    k = first
    while k <= last:
        if not units[k].quoted:
            k += 1
            continue
        j = k
        while j + 1 <= last and units[j + 1].quoted:
            j += 1
        run = units[k : j + 1]
        if j < last and len(run) >= 2 and any(u.code in ("G", "g") for u in run):
            return j
        k = j + 1
    return last


def negated_unit(an: Analysis, u: Unit) -> bool:
    k = u.index - 1
    if k >= 0 and an.units[k].sentence == u.sentence:
        prev = an.units[k]
        if prev.code == "N":
            return True
        # "not a racist", "no es homofobia", "no soy xenófobo": an article or a copula between
        if k >= 1 and an.units[k - 1].code == "N" and prev.code in ("A", "C"):
            return True
    return False


def marked_between(an: Analysis, a: int, b: int, marks: frozenset[str]) -> bool:
    """One of `marks` in the comment's text between unit a and unit b (past the last unit:
    the text's end). Readers differ in which marks end what they read, so each passes its own."""
    text = an.norm.text
    end = an.units[b].start if b < len(an.units) else len(text)
    return not marks.isdisjoint(text[an.units[a].end : end])


def context_phrase_in(an: Analysis, ctx: frozenset[str], u: Unit | None = None) -> bool:
    """A homonym's context phrase of several words ("pit bull", "cock-and-bull"), which the
    word units may split, found whole in the comment, its words joined by spaces or hyphens
    only, never across a sentence's end. A phrase that holds the word itself ("jerk chicken")
    clears only the unit `u` it covers: "You're a jerk, and your jerk chicken is dry" and "Stop
    being a jerk. Chicken wings are on me" still call someone a jerk."""
    text = an.norm.text
    for c in ctx:
        if " " not in c and "-" not in c:
            continue
        found = _phrase_regex(c).finditer(text)
        if u is not None and u.text in _PHRASE_WORDS.split(c):
            if any(m.start() <= u.start < m.end() for m in found):
                return True
        elif next(found, None) is not None:
            return True
    return False


_PHRASE_WORDS = re.compile(r"[ -]")


@cache
def _phrase_regex(phrase: str) -> re.Pattern[str]:
    body = r"[ -]+".join(re.escape(w) for w in _PHRASE_WORDS.split(phrase))
    return re.compile(rf"(?<![\w'-]){body}(?![\w'-])")


# Words right before a name that make it one said to or at someone: "you jackass", "eres un
# cabrón", "what a jerk". A context word elsewhere ("the donkey at the fair")
# does not make such a name an animal's.
_CALLING = frozenset(
    {"you", "you're", "youre", "ur", "you are", "eres", "sos", "what a", "such a", "fucking",
     "fuckin", "stupid", "dumb", "listen", "oye"}
)  # fmt: skip
_CURSE_OPENERS = frozenset({"pinche", "pinches", "fucking", "stupid", "dumb"})


NEAR = "@near"  # in a homonym's context set: its context words count only in its sentence


def context_word_near(an: Analysis, u: Unit, ctx: frozenset[str], words: set[str]) -> bool:
    """One of a homonym's single context words in the comment (`words`: its unit texts) or,
    for a row of `allow.tsv` kind `homonym_near` (`NEAR` in its set), within `_NEAR_SPAN`
    words of it in its own sentence ("Vi un bicho con antenas en la maceta"); a sentence away
    it says nothing of this use ("Qué mal bicho el de arriba. Ojalá le pique un alacrán")."""
    if NEAR not in ctx:
        return not words.isdisjoint(ctx)
    return any(
        x.text in ctx
        for x in an.sentence_run(u.index)
        if x.index != u.index and abs(x.index - u.index) <= _NEAR_SPAN
    )


_NEAR_SPAN = 6


def called_name(an: Analysis, u: Unit) -> bool:
    """Unit u is in a name's place: after a word of calling (`_CALLING`, past "a"/"un"/"una";
    "you are a"), or a copula and "a"/"un"/"una" ("El de arriba es una víbora", "the
    councilman is a jackass"); opening its sentence, a curse word before it at most, before a
    comma ("Cabrón, primero ordena tus ideas"); closing it after a comma ("Go back to your
    barn, jackass."); before "eres" ("Qué capullo eres"); or heading "de" and a person's office
    or a comment ("esa víbora de la síndica", "el mamón del comentario de arriba")."""
    units = an.units
    k = u.index - 1
    article = k >= 0 and units[k].text in ("a", "an", "un", "una")
    if article:
        k -= 1
    if k >= 0 and units[k].sentence == u.sentence:
        if units[k].text in _CALLING:
            return True
        if units[k].text == "are" and k > 0 and units[k - 1].text == "you":
            return True
        if article and units[k].text in _COPULAS and _person_subject(an, u, k):
            return True
    if k >= 0 and units[k].sentence == u.sentence and units[k].text in _NEGATED_BE:
        return True  # "no seas capullo"
    nxt = units[u.index + 1] if u.index + 1 < len(units) else None
    same_next = nxt is not None and nxt.sentence == u.sentence
    if same_next and nxt.text in ("eres", "sos", "are you", "you are"):
        return True
    if (
        same_next
        and nxt.text in ("de", "del")
        and u.index > 0
        and units[u.index - 1].text in _POINTING
        and _person_after_de(an, nxt.index, units[u.index - 1].text in _DEMONSTRATIVES)
    ):
        return True
    if any(
        x.text in _AT_COMMENTER
        for x in units[u.index + 1 : u.index + 5]
        if x.sentence == u.sentence
    ):
        return True  # "qué mamón el de arriba", "ese capullo que comenta arriba"
    if (
        not same_next
        and not u.text.endswith("s")
        and an.norm.text[: u.start].rstrip().endswith(",")
    ):
        return True  # "..., jackass." (not the last of a list: "caballos, cerdos, vacas.")
    j = u.index - 1
    if j >= 0 and units[j].sentence == u.sentence and units[j].text in _CURSE_OPENERS:
        j -= 1
    opens = j < 0 or units[j].sentence != u.sentence
    return opens and an.norm.text[u.end : u.end + 1] == ","


_COPULAS = frozenset({"is", "was", "es", "era", "fue", "son", "sera", "seria"})
_NEGATED_BE = frozenset({"seas", "sea", "seais", "sean"})
_POINTING = frozenset({"ese", "esa", "este", "esta", "el", "la", "aquel", "aquella", "that", "los",
                       "las", "esos", "esas", "estos", "estas", "those"})  # fmt: skip
_DEMONSTRATIVES = frozenset({"ese", "esa", "este", "esta", "aquel", "aquella", "that", "esos",
                             "esas", "estos", "estas", "those"})  # fmt: skip
# Words after a name that point it at a commenter: "el de arriba", "que comenta".
_AT_COMMENTER = frozenset({"arriba", "comenta", "comento", "comentas", "escribe", "escribio",
                           "above", "commenter", "poster"})  # fmt: skip
_ANIMALS = frozenset({"dog", "dogs", "lab", "pit", "mix", "mutt", "pup", "puppy", "hound",
                      "perro", "perra", "perrita", "mascota", "mare", "horse", "donkey", "cow",
                      "goat", "animal", "one"})  # fmt: skip
# Who a copula's subject may be for "X is a jackass" to call someone a name.
_PERSON_SUBJECTS = frozenset({"he", "she", "guy", "man", "woman", "commenter", "poster",
                              "author", "writer", "him", "ella", "senor", "senora", "tipo",
                              "vato", "arriba", "comentarista", "autor", "autora", "above",
                              "usted", "dude", "lady"})  # fmt: skip


def _person_subject(an: Analysis, u: Unit, copula: int) -> bool:
    """The copula's subject is a person: an office, a word for a person or a commenter ("the
    councilman is a jackass", "El de arriba es una víbora"), or a capitalised name."""
    units = an.units
    subject = [x for x in units[max(0, copula - 5) : copula] if x.sentence == u.sentence]
    ctx = an.lex.homonym_context.get(u.text, frozenset())
    if any(x.text in ctx or x.text in _ANIMALS for x in subject):
        return False  # "My dog Rosie is a bitch with more sense than ...": an animal
    return any(x.has("title") or x.text in _PERSON_SUBJECTS or x.code == "U" for x in subject) or (
        copula > 0 and units[copula - 1].sentence == u.sentence and _name_at(an, copula - 1)
    )


def _name_at(an: Analysis, k: int) -> bool:
    """Unit k is written as a name: capitalised, the rest in lower case, letters only, and not
    opening its sentence ("Life is a bitch, but every dog has its day" names no one)."""
    if k == 0 or an.units[k - 1].sentence != an.units[k].sentence:
        return False
    start, end = an.span(k, k)
    word = an.norm.original[start:end]
    return len(word) > 1 and word.isalpha() and word[0].isupper() and word[1:].islower()


# After "de": what makes the name an epithet for a person ("el mamón del comentario").
_PEOPLE_AFTER_DE = frozenset({"comentario", "comentarios", "comentarista", "arriba", "autor",
                              "autora"})  # fmt: skip


def _person_after_de(an: Analysis, k: int, pointed: bool) -> bool:
    """After "de": a commenter or the article's author ("el mamón del comentario de arriba"),
    or, after a demonstrative, an office or a capitalised name ("esa víbora de la síndica",
    "ese bicho de Ramírez"); after an article an office is an owner ("la perra de la
    doctora")."""
    units = an.units
    for x in units[k + 1 : k + 3]:
        if x.sentence != units[k].sentence:
            return False
        if x.text in _PEOPLE_AFTER_DE:
            return True
        if pointed and (x.has("title") or an.capitalised(x.index)):
            return True
        if x.text not in ("la", "el", "los", "las", "mi", "su", "tu"):
            return False
    return False


# Words of kinship and respect that a given name or nickname follows: "mi primo Kike", "don
# Panchito". Offices ("sheriff", "judge", "profe") go with surnames, and a slur after one is
# the slur ("Judge F..."): not here.
NAME_TITLES = frozenset(
    {"primo", "prima", "tio", "tia", "compadre", "comadre", "don", "dona", "abuelo", "abuela",
     "sobrino", "sobrina", "cunado", "cunada", "suegro", "suegra", "nieto", "nieta", "padrino",
     "madrina", "cousin", "uncle", "aunt", "auntie", "grandpa", "grandma", "nephew", "niece"}
)  # fmt: skip


def titled_name(an: Analysis, text: str, u: Unit) -> bool:
    """Unit u is written as a given name (capitalised, not shouted, not opening its sentence)
    right after a word of kinship or respect (`NAME_TITLES`), itself after a possessive or an
    article unless it is "don"/"doña" ("mi primo Kike ya llegó", "saluda a tu tío Kike",
    "descanse en paz don Panchito"). Not after "otro"/"un"/"some" ("otro don Panchito más"),
    not said to someone ("eres", "you are"), not in a sentence that names or sums up a group
    ("uno menos de esos ...", "como todos"). Only for words that are also names (the slur
    lexicon's `name` flag)."""
    k = u.index - 1
    units = an.units
    if k < 0 or units[k].sentence != u.sentence or units[k].text not in NAME_TITLES:
        return False
    start, end = an.span(u.index, u.index)
    word = text[start:end]
    if not word[:1].isupper() or word.isupper() or not word.isalpha():
        return False
    if "," in text[an.span(k, k)[1] : start]:
        return False
    before = units[k - 1].text if k and units[k - 1].sentence == u.sentence else ""
    if before in _NOT_ONE_NAMED:
        return False
    if units[k].text not in ("don", "dona") and before not in _OWNING:
        return False
    return not any(
        x.text in _SPOKEN_TO or x.text in _GROUP_SUMS or x.code in ("G", "g")
        for x in an.sentence_run(u.index)
    )


_SPOKEN_TO = frozenset({"eres", "sos", "you are", "you're", "are you", "usted es"})
_OWNING = frozenset({"mi", "mis", "tu", "tus", "su", "sus", "el", "la", "my", "your", "our",
                     "his", "her", "their", "nuestro", "nuestra", "the"})  # fmt: skip
_NOT_ONE_NAMED = frozenset({"otro", "otra", "un", "una", "another", "some", "a", "any",
                            "cualquier"})  # fmt: skip
_GROUP_SUMS = frozenset({"esos", "esas", "todos", "todas", "all", "those", "typical", "tipico",
                         "tipica", "iguales"})  # fmt: skip


def ordinary_senses(an: Analysis) -> frozenset[int]:
    """The units of words with an ordinary sense (`allow.tsv` homonyms) that a context phrase
    holding the word reads in it ("Spic and Span", "pussy willows", "jerk chicken"), none said
    to someone (`called_name`). The public model does not read them: it learnt the words as
    slurs and swears only. A single context word nearby is not enough ("Chinks at the door
    again, send them back")."""
    ctx_of = an.lex.homonym_context
    out = []
    for u in an.units:
        ctx = ctx_of.get(u.text)
        if not ctx:
            continue
        own = frozenset(c for c in ctx if u.text in _PHRASE_WORDS.split(c))
        if own and not called_name(an, u) and context_phrase_in(an, own, u):
            out.append(u.index)
    return frozenset(out)


def is_question(an: Analysis, first: int) -> bool:
    return an.asked(an.units[first].sentence)


# Spanish openers that make their sentence a question expecting a yes to its negation ("¿Acaso
# los X no son ...?", "A poco no son ..."): they ask by themselves, so the "?" comments often
# drop is not needed ("Acaso los X no son lo peor"), as English "Aren't X ..." asks by its order.
ASKING_OPENERS_ES = frozenset({"acaso", "y acaso", "a poco", "y a poco"})
_LEAD_INS = frozenset({"y", "pero", "entonces"})


def asked_by_opener(an: Analysis, first: int) -> bool:
    """The sentence of unit `first` opens with "acaso" or "a poco", or with "y" / "pero" and
    then one of them ("¿Y acaso ...?"): a question, "?" or not."""
    run = an.sentence_run(first)
    if len(run) > 1 and run[0].text in _LEAD_INS:
        run = run[1:]
    return run[0].text in ASKING_OPENERS_ES


def quoted_in(an: Analysis, first: int, last: int) -> bool:
    return any(an.units[k].quoted for k in range(first, last + 1))


NEGATIONS = frozenset({"not", "no", "never", "nunca", "ningun", "ninguna", "ni"})


PUNCT = re.compile(r"[,;:()]")
