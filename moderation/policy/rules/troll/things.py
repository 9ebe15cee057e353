"""Insult words said of a thing, an act or what was said rather than of a person ("una ley
estúpida", "clown behavior", "negarlo es repugnante", "feo" as an adverb, the age of a thing)."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.context import thing_nouns
from moderation.policy.rules.troll.public import role
from moderation.policy.rules.troll.words import (
    AGE_WORDS,
    ARTICLES,
    DEGREE,
    DEMONSTRATIVE,
    ESTAR,
    EXCLAIM,
    EXPLETIVE_WORDS,
    INFINITIVE,
    PERSON_ENDINGS,
    PERSON_NOUNS,
    PERSON_SUBJECT,
    THING_WORDS,
    YOU_AFTER,
    YOU_NEAR,
    content_next,
    next_text,
    spoken_to,
    you,
)

# Crude words that Mexican Spanish also uses for how hard or intense a thing is.
_CRUDE_INTENSE = frozenset({"cabron", "cabrona", "culero", "culera", "gacho", "gacha",
                            "canijo", "canija", "perro", "perra"})  # fmt: skip


def crude_of_a_thing(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """'¡Qué cabrón está el calor!', 'qué culero estuvo el tráfico', 'qué cabrón el calor':
    "qué X (está)" followed by a thing (not a person noun, a name or you) describes the thing
    as rough."""
    if u.text not in _CRUDE_INTENSE or not prev or prev[-1].text not in EXCLAIM:
        return False
    after = [x for x in an.units[u.index + 1 : u.index + 4] if x.sentence == u.sentence]
    if after and after[0].text in ESTAR:
        after = after[1:]  # the verb may be left out: "¡Qué cabrón el calor!"
    return (
        len(after) >= 2
        and after[0].text in ARTICLES
        and after[1].code == "w"
        and after[1].text not in PERSON_NOUNS
        and not after[1].has("INS")
        and after[1].text not in PERSON_SUBJECT
        and not an.capitalised(after[1].index)
    )


# Endings no Spanish verb form has: the word after "la" or "los" is a noun, so they are
# articles ("la comisión", "los regidores"), not object pronouns ("la ves").
_NOUN_END = re.compile(
    r"(?<!lect)(?<!segu)(?<!us)(?<!moderad)(?<!coment)(?<!comentad)(?<!comentar)(?<!for)"
    r"(?:cion|sion|dad|tad|ismo|ista|istas|miento|mientos|encia|ancia|ores|ora|oras)$"
)


def fact_judged(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
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
    if nxt.text in ("te", "me", "se", "lo", "le", "les", "nos"):
        return False  # "qué tonto que te ves", "qué pendejo que se ve": a person again
    if nxt.text in ("la", "los") and not (
        k + 2 < len(an.units) and _NOUN_END.search(an.units[k + 2].text)
    ):
        return False  # an object pronoun ("qué feo que la tratas"); not "qué ridículo que la
        # comisión tarde ...": an article before a noun
    return not any(
        x.code == "U" or you(an, x) or x.text in YOU_NEAR or x.text in YOU_AFTER
        for x in an.sentence_run(u.index)
    )


def age_of_a_thing(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """'Viejo' is mostly the adjective of age: right after a noun that is no person ("tubería
    vieja", "el camión viejo"), after "está" with a thing as subject ("ese cuento ya está muy
    viejo"), or as the elliptic "la vieja" of a thing with an accented "está" after it ("la
    vieja está rota"); "los viejos" with a first-person plural after it is the writer among the
    old ("los viejos nos vamos a seguir cayendo")."""
    if u.text not in AGE_WORDS:
        return False
    units = an.units
    same = [p for p in an.sentence_run(u.index) if p.index < u.index]
    if (
        len(same) >= 2
        and _plain_noun(an, same[-1])
        and same[-2].text in _DETERMINERS
        and not any(you(an, p) or p.code == "U" for p in _clause_of(an, same))
    ):
        return True  # "no sé ustedes, pero yo extraño el mercado viejo": a thing's age
    if spoken_to(an, same):
        return False
    nxt = units[u.index + 1] if u.index + 1 < len(units) else None
    nxt = nxt if nxt is not None and nxt.sentence == u.sentence else None
    if same and _plain_noun(an, same[-1]):
        return True  # "tubería vieja"
    if len(same) >= 2 and same[-1].code == "c" and same[-2].text in _CLAIM_NOUNS:
        return True  # "mentira antisemita vieja": the claim's age, past its adjective
    if nxt is not None and nxt.text in ("nos", "somos") and u.text.endswith("s"):
        return True  # "los viejos nos vamos ..."
    if nxt is not None and nxt.text in DEMONSTRATIVE and accented_verb(an, nxt):
        return True  # "la vieja está rota": the verb, not "la vieja esta"
    k = len(same) - 1
    while k >= 0 and (same[k].text in DEGREE or same[k].text in _SUBJECT_ADVERBS):
        k -= 1
    if k < 2 or same[k].text not in ESTAR:
        return False
    j = k - 1
    while j >= 0 and same[j].text in _SUBJECT_ADVERBS:
        j -= 1
    return j >= 1 and _plain_noun(an, same[j]) and same[j - 1].text in _DETERMINERS


def _clause_of(an: Analysis, before: list[Unit]) -> list[Unit]:
    """The units of `before` after its last "pero", "y" or comma: the clause that ends it."""
    text = an.norm.text
    for k in range(len(before) - 1, 0, -1):
        if (
            before[k].text in ("pero", "y", "but", "and")
            or "," in text[before[k - 1].end : before[k].start]
        ):
            return before[k:]
    return before


# Nouns of a claim that the lexicon reads as condemning ("mentira"): things all the same, whose
# age an adjective after them tells ("mentira vieja", "un bulo muy viejo").
_CLAIM_NOUNS = frozenset({"mentira", "mentiras", "bulo", "bulos", "calumnia", "calumnias"})


def _plain_noun(an: Analysis, x: Unit) -> bool:
    """A content word that is no person, office, group or insult ("tubería", "cuento")."""
    if x.text in _CLAIM_NOUNS:
        return True
    stop = an.lex.stopwords.get(an.lang, frozenset())
    return (
        x.code == "w"
        and x.entry is None
        and x.text not in stop
        and x.text not in PERSON_NOUNS
        and x.text not in PERSON_SUBJECT
        and not role(x)
        and len(x.text) > 3
        and not an.capitalised(x.index)
        and x.text not in _LINKING
        and x.text not in ESTAR
    )


def named_by_its_thing(prev: list[Unit]) -> bool:
    """'Los de las gorditas', 'la de los tamales': people named by what they sell or carry;
    the word after "de" and its article is that thing."""
    return (
        len(prev) >= 3
        and prev[-1].text in ("el", "la", "los", "las")
        and prev[-2].text == "de"
        and prev[-3].text in ("el", "la", "los", "las")
    )


_OPINION = frozenset({"me parece", "nos parece", "me parecio", "me parecen", "nos parecen"})


def opinion_of_a_thing(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """'Me parece hipócrita cómo ...': an opinion with the writer as experiencer, followed by
    the thing judged (how, that, when, an infinitive) or with a thing as subject ("algo que
    me parece ..."); 'sé que parece inútil' has a clause (an effort) as subject. A person as
    subject ("este tipo me parece ...") is still an insult."""
    if not prev:
        return False
    last = prev[-1]
    if last.text == "parece" and len(prev) >= 2 and prev[-2].text == "que":
        return u.text in THING_WORDS
    if last.text not in _OPINION:
        return False
    if any(x.text in PERSON_SUBJECT or x.code in ("G", "U") for x in prev[:-1]):
        return False
    nxt = an.units[u.index + 1] if u.index + 1 < len(an.units) else None
    thing_after = (
        nxt is not None
        and nxt.sentence == u.sentence
        and (nxt.text in _THING_AFTER or bool(INFINITIVE.match(nxt.text)))
    )
    return thing_after or any(x.text in _THING_SUBJECTS for x in prev[:-1])


_THING_AFTER = frozenset({"como", "que", "cuando", "en", "lo", "lo de", "eso", "esto", "el",
                          "la", "los", "las", "todo"})  # fmt: skip


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


def manner_or_thing(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """ "Feo" right after a verb that does not link it to a subject is how something was done
    ("te equivocas feo", "hablar feo de nadie"); after a noun for words said, it rates them
    ("cosas feas"). A linking verb ("eres feo", "te ves feo") or a degree word keeps the
    insult, and so does a second person right after it ("feo eres")."""
    if u.text not in _MANNER or not prev or prev[-1].sentence != u.sentence:
        return False
    if next_text(an, u) in YOU_AFTER or next_text(an, u) in ("tu", "usted"):
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
    return bool(after) and (after[0].text in _SAID_THINGS or thing_noun(after[0]))


def _ugly_thing_before(prev: list[Unit]) -> bool:
    """A thing before "feo" with only a degree word between: "qué cifras tan feas"."""
    words = [p for p in prev if p.text not in DEGREE]
    return len(words) < len(prev) and bool(words) and thing_noun(words[-1])


def nominal(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """An insult right after an article, with no noun of its own after it, is a noun for a
    person ("la tonta que se cree", "es una ridícula"); "una ley estúpida" and "una estúpida
    ley" are about things."""
    if not prev or prev[-1].text not in ARTICLES or u.text in EXPLETIVE_WORDS:
        return False
    if u.text in ACT_NOUNS:
        return False  # "fue una payasada lo del cabildo": a deed, no one's name
    if an.lang != "es":
        return False  # English adjectives need their noun ("a stupid idea")
    return not content_next(an, u)


# Insult words that are nouns of a deed or a saying, never of a person ("una payasada", "una
# idiotez", "otra pendejada"): after an article they name what was done.
ACT_NOUNS = frozenset(
    {"payasada", "payasadas", "idiotez", "idioteces", "estupidez", "estupideces", "pendejada",
     "pendejadas", "tonteria", "tonterias", "babosada", "babosadas", "burrada", "burradas",
     "sandez", "sandeces", "majaderia", "majaderias", "necedad", "necedades", "mamada",
     "mamadas", "jalada", "jaladas", "chingadera", "chingaderas", "porqueria", "porquerias",
     "gilipollez", "gilipolleces", "memez", "mensada", "mensadas"}
)  # fmt: skip


# Nouns an insult may be the genitive of without naming anyone ("el chiste del payaso", "el
# comercial del payaso"), and verbs of dressing up as one ("se disfrazó de payaso"). Not the
# heads of a put-down ("cara de idiota", "pedazo de imbécil", "bola de pendejos").
_PUT_DOWN_HEADS = frozenset({"cara", "pedazo", "bola", "monton", "punado", "manada", "hijo", "hija",
                             "asco", "pinta", "facha", "actitud", "nivel", "tipo", "tipa",
                             "especie", "clase", "cosa", "tono", "montonal", "grupo", "banda",
                             "panda", "sarta", "partida", "recua", "jauria", "horda",
                             "comentario", "comentarios", "argumento", "respuesta", "opinion",
                             "articulo", "nota", "columna", "post", "texto", "blog", "mensaje",
                             "reportaje", "boca", "cabeza", "logica"})  # fmt: skip
_DRESSED = frozenset({"disfrazo", "disfrazado", "disfrazada", "disfrazados", "disfrazar",
                      "disfrazarse", "disfrace", "vestido", "vestida", "vestidos", "vistio",
                      "se disfrazo", "me disfrace", "se vistio", "trabaja", "trabajaba",
                      "trabajo", "chamba", "chambeaba"})  # fmt: skip


def owner_of_a_thing(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """The insult is the genitive of a plain noun ("el chiste del payaso", "ese comercial del
    payaso de hamburguesas") or the costume or trade after "de" ("se disfrazó de payaso",
    "trabajaba de payaso"), in a sentence that speaks to no one."""
    if len(prev) < 2 or prev[-1].text not in ("de", "del") or u.text.endswith("s"):
        return False
    head = prev[-2]
    if spoken_to(an, an.sentence_run(u.index)):
        return False
    if head.text in _DRESSED:
        return True
    return (
        prev[-1].text == "del"
        and head.code == "w"
        and not head.has("INS")
        and head.text not in _PUT_DOWN_HEADS
        and head.text not in PERSON_NOUNS
        and head.text not in an.lex.stopwords.get(an.lang, frozenset())
    )


_DETERMINERS = frozenset({"un", "una", "el", "la", "los", "las", "unos", "unas", "esa", "ese",
                          "esta", "este", "esas", "esos", "estas", "estos", "aquella",
                          "aquel", "su", "sus", "mi", "mis", "otra", "otro"})  # fmt: skip
_YOU_LATER = frozenset({"tu", "usted", "ustedes", "you", "te", "eres", "estas"})
# Determiners that point at the thing itself (not "tu", "su": the reader's own).
_POINTING = frozenset({"el", "la", "esa", "ese", "esta", "este", "aquella", "aquel", "eso"})
_LINKS = frozenset({"es", "era", "fue", "son", "eran", "fueron", "esta", "estan", "parece",
                    "me parece", "resulta", "sigue", "sigue siendo", "y", "esta bien", "estan bien",
                    "es bien", "son bien", "estuvo bien"})  # fmt: skip


def thing_noun(unit: Unit) -> bool:
    """A Spanish noun known as a thing (`context.thing_nouns`), none of the person nouns."""
    return thing_nouns.thing_noun(unit, people=PERSON_NOUNS, person_endings=PERSON_ENDINGS)


def _said_of_a_thing(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """The insult is an adjective right after a thing ("una frase asquerosa") or the
    predicate of one ("esa teoría es vieja"), in a sentence that speaks to no one, or that
    points at the thing with a demonstrative or an article even while it speaks to a reader
    ("Mike, ese argumento está bien tonto": the argument is judged, not Mike)."""
    run = an.sentence_run(u.index)
    same = [p for p in run if p.index < u.index]
    if any(p.text in _YOU_LATER for p in run if p.index > u.index):
        return False  # "ese argumento está bien tonto, y tú también": the reader too
    spoken = spoken_to(an, same)
    if len(same) >= 2 and thing_noun(same[-1]) and same[-2].text in _DETERMINERS:
        return not spoken or same[-2].text in _POINTING
    if len(same) == 1 and thing_noun(same[0]):
        return True  # "Pregunta tonta, pero ...": the sentence opens with the thing judged
    k = len(same) - 1
    while k >= 0 and (
        same[k].text in _LINKS
        or same[k].text in DEGREE
        # "el racismo en México es el más hipócrita": a superlative of the thing
        or (same[k].text in ("el", "la", "lo") and k + 1 < len(same) and same[k + 1].text == "mas")
    ):
        k -= 1
    if k == len(same) - 1 or k < 1:
        return False
    if not thing_noun(same[k]):
        return not spoken and _thing_subject_before(an.sentence_run(u.index), same[k].index)
    while k >= 3 and same[k - 1].text in ("de", "del") and thing_noun(same[k - 2]):
        k -= 2  # "el plan de movilidad está bien ...": the head noun and its determiner
    if spoken:
        return same[k - 1].text in _POINTING
    return same[k - 1].text in _DETERMINERS or same[k - 1].text == "que"  # "qué frase tan"


_THREAD_WORDS = frozenset({"seccion", "blog", "hilo", "foro", "comentarios", "section", "thread",
                           "forum", "comments", "pagina", "page", "site", "sitio"})  # fmt: skip
_FULL = frozenset({"lleno", "llena", "llenos", "llenas", "full", "repleto", "repleta", "plagado",
                   "plagada", "infestado", "infestada"})  # fmt: skip


def full_of(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """'El partido está lleno de ratas', 'that council is full of clowns': the people a place or
    a body holds, none of them a reader spoken to (`_in_the_thread` reads "this blog is full of
    idiots" first)."""
    if len(prev) < 2 or prev[-1].text not in ("de", "of") or prev[-2].text not in _FULL:
        return False
    if any(x.text in _THREAD_WORDS for x in prev) or any(x.text in _YOU_LATER for x in an.units):
        return False  # "esta sección está llena de tarados. Sobre todo tú"
    return not spoken_to(an, an.sentence_run(u.index))


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
        if x.has("INS") or x.text in PERSON_NOUNS or x.text in PERSON_SUBJECT or role(x):
            return False
        if x.code in ("C", "U", "G", "B"):
            return False
        if thing_noun(x) and j >= 1 and same[j - 1].text in _DETERMINERS:
            return j < k
    return False


def accented_verb(an: Analysis, x: Unit) -> bool:
    """ "está", "estás" written with the accent: the verb, not the demonstrative "esta"."""
    start, end = an.span(x.index, x.index)
    return "á" in an.norm.original[start:end].lower()


def thing_noun_next(an: Analysis, u: Unit) -> bool:
    """An ordinary noun right after the word that is no word for a person ("reglas", not
    "mujeres" or "periodistas")."""
    if not content_next(an, u):
        return False
    noun = an.units[u.index + 1].text
    stems = {noun, noun.removesuffix("s"), noun.removesuffix("es")}
    return stems.isdisjoint(PERSON_NOUNS) and not noun.endswith(PERSON_ENDINGS)


_AIMED_AT = frozenset({"against", "toward", "towards", "about", "contra", "hacia", "sobre",
                       "en contra de", "en contra"})  # fmt: skip


def words_aimed_subject(an: Analysis, u: Unit) -> bool:
    """The insult is the predicate, through a copula, of a subject that is a thing aimed at
    someone ("los chistes sobre los gitanos del grupo son asquerosos", "the slurs against
    the new family were disgusting"): said of the jokes, to no one."""
    same = [x for x in an.sentence_run(u.index) if x.index < u.index]
    k = next((j for j in range(len(same) - 1, 0, -1) if same[j].code == "C"), None)
    if k is None or any(x.code != "A" and x.text not in DEGREE for x in same[k + 1 :]):
        return False
    subject = same[:k]
    if spoken_to(an, subject):
        return False
    j = 0
    while j < len(subject) and subject[j].text in _DETERMINERS:
        j += 1
    if j >= len(subject) or not thing_noun(subject[j]):
        return False
    return any(x.text in _AIMED_AT for x in subject[j + 1 : j + 4])


# Crowds, and what a reader writes: "qué opinión tan estúpida" is said of a reader's words.
_NOT_THINGS = frozenset({"raza", "pueblo", "bola", "monton", "banda", "tropa", "opinion",
                         "opiniones", "respuesta", "argumento", "pregunta", "post", "take",
                         "mensaje", "aporte"})  # fmt: skip


def exclaimed_thing(an: Analysis, u: Unit) -> bool:
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
        and stems.isdisjoint(PERSON_NOUNS)
        and not noun.text.endswith(PERSON_ENDINGS)
        and noun.text not in _NOT_THINGS
    )


# Nouns for what someone said or argued, beyond `_SAID_THINGS`: "qué argumentos tan flojos".
# The reader's own words of `_NOT_THINGS` ("qué opinión tan estúpida", "qué post tan pendejo")
# never reach this: `exclaimed_thing` takes them as aimed at the reader who wrote them.
_SAID_OR_ARGUED = _SAID_THINGS | frozenset(
    {"argumentos", "razonamiento", "logica", "postura", "declaracion", "declaraciones", "tweet",
     "tuit", "publicacion"}
)  # fmt: skip


def words_exclaimed(an: Analysis, u: Unit, sub_text: str) -> bool:
    """ "Las X no son tontas, qué comentario tan ignorante.": a mild insult rates what was said
    (`_exclaimed_thing` with a noun of words) and closes its sentence, in a comment that
    speaks to no one. A strong word ("qué comentario tan pendejo"), a name or a jab after it
    ("..., Rosaura", "..., igualito a su dueño"), an @handle or a "you" still aim it."""
    if u.meta("INS") == "strong" or u.has("PROF") or "@" in sub_text:
        return False
    run = an.sentence_run(u.index)
    return (
        run[-1].index == u.index
        and exclaimed_thing(an, u)
        and an.units[u.index - 2].text in _SAID_OR_ARGUED
        and not spoken_to(an, an.units)
    )


# Verbs of saying or believing after "es <insult> que": the words or beliefs are judged.
_SAYING = re.compile(
    r"^(?:dig|pien|cre|escrib|defiend|apoy|justifiqu|opin|compar|repit)\w*(?: que)?$"
)
_IMPERSONAL = frozenset({"es", "me parece", "parece", "resulta", "me resulta", "seria", "era"})


def idea_judged(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
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
        return thing_noun(thing)
    return False


# Subjects that are a thing, an act or what was said, not a person: "lo de ... es asqueroso",
# "negarlo es repugnante", "eso es hipócrita", "this is dumb".
_THING_SUBJECTS = frozenset({"lo de", "lo", "eso", "esto", "eso de", "esto de", "it", "this",
                             "that", "algo", "hay algo que", "todo esto", "todo eso"})  # fmt: skip
_DEMONSTRATIVE_SUBJECTS = frozenset({"it", "this", "that", "eso", "esto"})
_INFINITIVE_OBJECT = re.compile(r"^[a-z]+(?:ar|er|ir)(?:lo|la|los|las)$")


def thing_subject(an: Analysis, u: Unit) -> bool:
    """The sentence opens with a thing or an infinitive ("Negarlo", "Decir eso") as the
    subject of the insult, with no second person anywhere in it."""
    same = an.sentence_run(u.index)
    if not same or any(x.code == "U" or you(an, x) for x in same):
        return False
    if _prejudice_subject(same, u):
        return True  # "la homofobia es asquerosa": a prejudice condemned, nobody insulted
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
                or (INFINITIVE.match(first) and _infinitive_clause_subject(an, u, same))
            )
        )
    )


_PREJUDICE_ENDS = ("ismo", "fobia", "ginia", "ism", "phobia", "gyny", "bigotry")


def _prejudice_subject(same: list[Unit], u: Unit) -> bool:
    """The sentence opens (after an article) with the name of a prejudice ("la homofobia",
    "racism", "el machismo") and a linking verb leads to the insult: the prejudice is what is
    called disgusting, not a person."""
    k = 1 if len(same) > 1 and same[0].text in ("el", "la", "lo", "the") else 0
    if k + 1 >= len(same) or same[k + 1].code != "C" or same[k + 1].index >= u.index:
        return False
    head = same[k]
    return head.has("condemn") and head.text.endswith(_PREJUDICE_ENDS)


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


_THERE_IS = frozenset({"hay", "habia", "habra", "siempre hay", "tambien hay", "existen"})


def there_are(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """A plural insult after "hay" ("hay ojetes en todos lados", "hay pendejos en todas
    partes"): that such people exist, said of nobody in particular."""
    if an.lang != "es" or not u.text.endswith("s"):
        return False
    near = [p for p in prev if p.code not in ("A", "Y")]
    if not near or near[-1].text not in _THERE_IS:
        return False
    return not any(x.code == "U" or you(an, x) for x in an.sentence_run(u.index))


# Nouns of conduct an insult word can qualify ("clown behavior", "idiot move", "actitud de
# payaso"): the deed is judged, and nobody is called a name.
_CONDUCT = frozenset(
    {"behavior", "behaviour", "move", "moves", "energy", "antics", "tactics", "stuff", "logic",
     "politics", "show", "circus", "stunt", "nonsense"}
)  # fmt: skip
_CONDUCT_ES = frozenset({"actitud", "movimiento", "jugada", "comportamiento", "logica"})


def qualifies_conduct(an: Analysis, u: Unit) -> bool:
    """The insult word stands before a noun of conduct ("Clown behavior.", "total idiot move")
    or after one and "de" ("actitud de payaso"), with no second person in its sentence."""
    units = an.units
    same = an.sentence_run(u.index)
    if any(x.code == "U" or you(an, x) for x in same):
        return False
    nxt = units[u.index + 1] if u.index + 1 < len(units) else None
    if nxt is not None and nxt.sentence == u.sentence and nxt.text in _CONDUCT:
        return True
    return (
        u.index >= 2 and units[u.index - 1].text == "de" and units[u.index - 2].text in _CONDUCT_ES
    )
