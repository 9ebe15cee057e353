"""Names said to someone, and homonyms read in their ordinary sense: whether a bad word with
an ordinary sense (`allow.tsv`) is a name called at someone (`called_name`), whether its
context words are near enough to count (`context_word_near`), whether a slur that is also a
given name is written as one (`titled_name`), whether its context selects the ordinary sense
(`read_in_context`), and which of its uses the public model should not read
(`ordinary_senses`). Shared by the slur, insult and swear readers."""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.context.words import PHRASE_WORDS, context_phrase_in

# Words right before a name that make it one said to or at someone: "you jackass", "eres un
# cabrón", "what a jerk". A context word elsewhere ("the donkey at the fair")
# does not make such a name an animal's.
_CALLING = frozenset(
    {"you", "you're", "youre", "ur", "you are", "eres", "sos", "what a", "such a", "fucking",
     "fuckin", "stupid", "dumb", "listen", "oye"}
)  # fmt: skip
_CURSE_OPENERS = frozenset({"pinche", "pinches", "fucking", "stupid", "dumb"})


def context_word_near(an: Analysis, u: Unit, ctx: frozenset[str], words: set[str]) -> bool:
    """One of a homonym's single context words in the comment (`words`: its unit texts) or,
    for a term of `allow.tsv` kind `homonym_near` (`Lexicon.homonym_near`), within
    `_NEAR_SPAN` words of it in its own sentence ("Vi un bicho con antenas en la maceta"); a
    sentence away it says nothing of this use ("Qué mal bicho el de arriba. Ojalá le pique un
    alacrán")."""
    if u.text not in an.lex.homonym_near:
        return not words.isdisjoint(ctx)
    return any(
        x.text in ctx
        for x in an.sentence_run(u.index)
        if x.index != u.index and abs(x.index - u.index) <= _NEAR_SPAN
    )


def read_in_context(an: Analysis, u: Unit, ctx: frozenset[str], words: set[str]) -> bool:
    """The homonym's context selects its ordinary sense for this use: a context word
    (`context_word_near`) or a context phrase (`context_phrase_in`: "cock and bull", "jerk
    chicken" for the use it covers)."""
    return context_word_near(an, u, ctx, words) or context_phrase_in(an, ctx, u)


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
        if units[k].text in _CALLING or units[k].text in _NEGATED_BE:
            return True  # "you jackass", "no seas capullo"
        if units[k].text == "are" and k > 0 and units[k - 1].text == "you":
            return True
        if article and units[k].text in _COPULAS and _person_subject(an, u, k):
            return True
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
_DEMONSTRATIVES = frozenset({"ese", "esa", "este", "esta", "aquel", "aquella", "that", "esos",
                             "esas", "estos", "estas", "those"})  # fmt: skip
_POINTING = _DEMONSTRATIVES | {"el", "la", "los", "las"}
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
    article unless it is "don"/"doña" ("mi primo Kike ya llegó", "ayer vino el tío Kike",
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
        own = frozenset(c for c in ctx if u.text in PHRASE_WORDS.split(c))
        if own and not called_name(an, u) and context_phrase_in(an, own, u):
            out.append(u.index)
    return frozenset(out)
