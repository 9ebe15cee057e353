"""Slur words that are something else: proper names, respellings, ordinary nouns, homonyms."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.normalize import fold_term
from moderation.policy.rules.context.names_called import read_in_context
from moderation.policy.rules.hate.helpers import (
    person_noun,
)


def sentence_start(an: Analysis, k: int) -> int:
    s = an.units[k].sentence
    while k > 0 and an.units[k - 1].sentence == s:
        k -= 1
    return k


def proper_name(an: Analysis, text: str, u: Unit) -> bool:
    """Capitalised inside a sentence (not shouted) and beside another capitalised word or a
    preposition of place: a surname or a place ("Dora Pike", "in Matamoros")."""
    start, end = an.span(u.index, u.index)
    word = text[start:end]
    if not word[:1].isupper() or word.isupper() or start == 0:
        return False
    before = text[max(0, start - 3) : start].rstrip()
    if not before or before[-1] in '.!?\n"':
        return False  # first word of a sentence: capitalised anyway
    head = text[:start].rsplit(None, 2)[-2:]  # the two words before, no more
    prev_word = head[-1] if head else ""
    opener = len(head) < 2 or head[-2][-1:] in ".!?"  # the previous word opens a sentence
    next_words = text[end:].split(None, 1)
    next_word = next_words[0] if next_words else ""
    return (
        (prev_word[:1].isupper() and not opener)
        or next_word[:1].isupper()
        or prev_word.lower() in _PLACE_WORDS
    )


def respelt_name(an: Analysis, text: str, u: Unit) -> bool:
    """A word read as a slur only by changing a letter, written as a name is written: an
    acronym in capitals in a comment that is not shouting ("the HEB on Main"), or capitalised
    inside a sentence. Obfuscation hides a slur with symbols, not with a capital letter."""
    start, end = an.span(u.index, u.index)
    word = text[start:end]
    if not word.isalpha() or fold_term(word) == u.text:
        return False
    if word.isupper():
        letters = [c for c in text if c.isalpha()]
        shouting = sum(c.isupper() for c in letters) * 2 > len(letters)
        return len(word) <= 4 and not shouting
    if not word[:1].isupper() or start == 0:
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?\n\"'“‘:"


_PLACE_WORDS = frozenset(
    {"in", "from", "to", "near", "at", "en", "de", "desde", "a", "hacia", "cerca", "por"}
)  # fmt: skip
_DETERMINERS = frozenset(
    {"a", "an", "you", "una", "un", "unas", "unos", "las", "los", "esa", "esas", "eres", "es",
     "son", "sois", "those", "these", "that", "such", "stupid", "dumb", "silly", "fat", "ugly",
     "esta", "estas", "menuda", "vaya", "pedazo de", "so", "que", "you are", "eres una", "dirty",
     "filthy", "little", "old", "crazy", "loca", "gorda", "fea", "maldita", "malditas", "puta"}
)  # fmt: skip
# Quantifiers that make the word a noun for women only when no noun follows it ("otra guarra
# más", "demasiadas furcias en el país"; "otra puta vez" intensifies "vez").
_QUANTIFIERS = frozenset(
    {"otra", "otras", "demasiadas", "tantas", "muchas", "aquella", "aquellas", "cualquier",
     "ninguna", "todas", "todas las", "another", "other",
     # the masculine forms, for "mojados" ("otros mojados", "ningún mojado")
     "otros", "demasiados", "tantos", "muchos", "varios", "algunos", "todos los",
     "ningun", "ninguno"}
)  # fmt: skip
# Numbers count people only before a masculine plural ("a dos o tres mojados"): "por cuatro
# perras" is a pittance, "hijo de mil putas" a curse.
_COUNTS = frozenset({"dos", "tres", "cuatro", "cinco", "diez", "cien", "mil", "miles de",
                     "cientos de"})  # fmt: skip
_AFTER_NOUN = frozenset(
    {"en", "de", "del", "que", "mas", "aqui", "alli", "ahi", "por", "con", "y", "como", "in",
     "of", "from", "here", "there", "and", "more", "like"}
)  # fmt: skip


# "Vestida" is also the participle "dressed": what it is dressed in or as follows it ("vestidas
# de novia", "vestida con ropa típica", "vestidos como catrinas"), or a manner or a verb of
# going about before it ("muy bien vestidas", "iban vestidas").
_DRESSED_AFTER = frozenset({"con", "como", "para", "igual", "iguales", "en"})
# "a la moda", "al estilo de": a fashion after "a la" or "al"; "las vestidas al circo" sends them.
_FASHION = ("moda", "estilo", "ultima", "usanza", "antigua", "mexicana", "americana")
_DRESSED_BEFORE = frozenset({"bien", "mal", "muy", "iban", "van", "fueron", "llegaron",
                             "andaban", "andan", "estaban", "estan", "salieron", "venian",
                             "vienen", "todas", "todos"})  # fmt: skip
_ARTICLES_AFTER_DE = frozenset({"la", "las", "el", "los", "mi", "mis", "tu", "su", "sus",
                                "esta", "este", "esa", "ese", "nuestra", "nuestro"})  # fmt: skip


def dressed_participle(an: Analysis, u: Unit) -> bool:
    """ "Las vestidas de novia", "iban vestidas con ropa típica": "vestida" as "dressed",
    with what it is dressed in after it ("de" and a bare noun or colour, not "de la colonia",
    which may name where the people are) or a manner or going-about verb before it."""
    if not u.text.startswith("vestid"):
        return False
    run = an.sentence_run(u.index)
    after = [x for x in run if x.index > u.index]
    before = [x for x in run if x.index < u.index]
    if before and before[-1].text in _DRESSED_BEFORE:
        return True
    if not after:
        return False
    if after[0].text in _DRESSED_AFTER:
        return True
    if after[0].text.split()[0] in ("al", "a") and (
        after[0].text.endswith(_FASHION) or (len(after) > 1 and after[1].text.startswith(_FASHION))
    ):
        return True
    if after[0].text == "de" and len(after) > 1:
        nxt = after[1]
        return nxt.code not in ("G", "S", "U") and nxt.text.split()[0] not in _ARTICLES_AFTER_DE
    return (
        after[0].code != "y"  # "vestidas de mierda": a curse, not a dress
        and after[0].text.startswith("de ")
        and after[0].text.split()[1] not in _ARTICLES_AFTER_DE
    )


def noun_use(an: Analysis, u: Unit) -> bool:
    """Misogynist insults count as slurs only used as a noun for someone ("eres una zorra")."""
    if dressed_participle(an, u):
        return False  # "las vestidas de novia": dressed as brides
    k = u.index - 1
    nxt = an.units[u.index + 1] if u.index + 1 < len(an.units) else None
    if nxt is not None and nxt.sentence == u.sentence and nxt.code == "y":
        return True  # "Mojados de mierda, ...": a curse fused to the word makes it a noun
    if k < 0 or an.units[k].sentence != u.sentence:
        if (
            nxt is not None
            and nxt.sentence == u.sentence
            and nxt.code == "C"
            and any(x.code == "U" or x.text in ("eres", "sois") for x in an.sentence_run(u.index))
        ):
            return True  # "Zorra es lo que eres."
        return len(an.units) <= 3
    prev = an.units[k]
    if (
        an.lang == "es"
        and "," in an.norm.text[prev.end : u.start]
        and not _after_headless_relative(an, u, nxt)
    ):
        return True  # "Cállate, zorra.": called by the word
    if prev.code == "H" and (
        prev.text.split()[-1] in _DETERMINERS or prev.text.endswith(" de") or u.text.endswith("s")
    ):
        return True  # "odio a las zorras", "no quiero putas aquí": the object of hatred
    before = an.units[k - 1] if k > 0 and an.units[k - 1].sentence == u.sentence else None
    if before is not None and (
        (prev.text == "de" and before.text in _TYPICAL_OF)
        or (
            prev.text == "de"
            and before.text in _FULL_OF
            and u.text.endswith("s")
            and not any(x.text in _WET for x in an.sentence_run(u.index))
        )
        or (prev.text in ("tan", "muy") and (before.code == "U" or before.text in _BE_SAID))
    ):
        return True  # "típico de zorra", "¿por qué eres tan zorra?": said of someone
    if prev.text in _QUANTIFIERS or (prev.text in _COUNTS and u.text.endswith("os")):
        return (
            nxt is None or nxt.sentence != u.sentence or nxt.code != "w" or nxt.text in _AFTER_NOUN
        )
    if sworn_at_thing(an, u):
        return False  # "la ley es una puta mierda": the word swears at the thing after it
    if (
        prev.text in _ARTICLE_DETERMINERS
        and not u.text.endswith("s")
        and not _predicate_article(an, k)
        and _thing_after(an, u)
    ):
        return False  # "esta puta ley", "la puta vida": a swear word intensifying a thing
        # (not the plural: "esas putas X" may name people the lexicon does not know)
    return prev.text in _DETERMINERS or prev.code in ("U", "X", "Y")


# A sentence that opens with a headless relative ("El que ...", "Quien ...", "Los que ..."), the
# subject of a saying: the comma after it closes that subject, and a word with more of its
# clause after it is the predicate ("El que con niños se acuesta, mojado amanece"), not a
# reader called by name.
_HEADLESS = re.compile(r"(?:el|la|los|las|lo) que\b|quien(?:es)?\b")


def _after_headless_relative(an: Analysis, u: Unit, nxt: Unit | None) -> bool:
    """The word follows the comma that closes a sentence-opening headless relative, and its
    clause goes on after it with no mark between."""
    if nxt is None or nxt.sentence != u.sentence or nxt.code not in ("w", "C", "O"):
        return False
    if nxt.text in ("o", "u", "y", "e", "ni"):
        return False  # "El que quiera entrar, mojado o no, ...": a member named, either way
    text = an.norm.text
    if any(c in text[u.end : nxt.start] for c in ",;:.!?"):
        return False
    first = an.units[sentence_start(an, u.index)]
    return _HEADLESS.match(text, first.start) is not None


# What a person's way is called before "de": "típico de X", "cosa de X", "propio de X".
# A place or a crowd full of the word's people ("rancho de mojados", "lleno de mojados",
# "bola de putas"): a plural after "de" names people, not a wet thing.
_FULL_OF = frozenset(
    {"rancho", "nido", "bola", "manada", "monton", "lleno", "llena", "llenos", "llenas",
     "bandada", "camionada", "plaga", "invasion", "cueva", "madriguera", "pocilga",
     "familia", "familias", "grupo", "grupos", "camioneta", "troca", "casa", "cuarteria"}
)  # fmt: skip
_WET = frozenset({"lluvia", "aguacero", "tormenta", "inundacion", "paraguas", "alberca",
                  "resfriados", "frio", "empapados", "sudados", "llovia", "llovio", "chubasco",
                  "granizo", "charcos", "regadera", "agua", "globos", "manguera", "piscina",
                  "aspersor", "aspersores", "splash", "chapoteadero", "autolavado", "bautizo",
                  "acuatico", "olas", "playa", "lavado", "lavacoches", "sudor", "chaparron",
                  "cubeta", "cubetas", "tina", "hielo", "goteaba", "rocio"})  # fmt: skip
# (not "río" or "mar": crossing a river or a sea is where the slur comes from)
_TYPICAL_OF = frozenset(
    {"tipico", "tipica", "tipicos", "tipicas", "propio", "propia", "cosa", "cosas", "digno",
     "digna", "comportamiento", "actitud"}
)  # fmt: skip
# Copulas that say the word of someone after "tan"/"muy" ("es tan puta", "sois muy zorras").
_BE_SAID = frozenset({"eres", "es", "sois", "son", "sos", "eras", "era", "fue", "fuiste"})


# Articles and demonstratives (no copulas: "eres una X ..." still names the reader).
_ARTICLE_DETERMINERS = frozenset({"una", "un", "la", "esa", "esta", "menuda", "vaya", "que"})


# Slang for a woman or girl that the person-noun test does not know.
_WOMEN_SLANG = frozenset(
    {"tipa", "tipas", "morra", "morras", "chava", "chavas", "chavala", "chavalas", "piba",
     "pibas", "maestra", "maestras", "doña", "dona", "nena", "nenas", "zorra", "perra"}
)  # fmt: skip


def _predicate_article(an: Analysis, k: int) -> bool:
    """'eres una ...', 'es un ...': an indefinite article after a copula or "you" opens a
    predicate said of someone, where the word keeps its sense."""
    if an.units[k].text not in ("una", "un") or k == 0:
        return False
    before = an.units[k - 1]
    return before.sentence == an.units[k].sentence and before.code in ("C", "U", "I")


# Nouns for a thing that a swear word intensifies ("una puta mierda", "una puta basura", "una
# puta vergüenza"): said of a law or a plan, no person or group in the sentence before.
_SWORN_THINGS = frozenset(
    {"mierda", "basura", "verguenza", "porqueria", "locura", "desgracia", "cagada", "mamada",
     "pesadilla", "broma", "chingadera", "estupidez", "tonteria", "burla", "farsa", "ruina",
     "lata", "joda", "pena", "maravilla"}
)  # fmt: skip


def sworn_at_thing(an: Analysis, u: Unit) -> bool:
    """ "La ley es una puta mierda": after an article, the singular word swears at the
    thing-noun after it (`_sworn_thing`); read by `hate.slur` and `hate.epithet`."""
    k = u.index - 1
    return (
        k >= 0
        and an.units[k].sentence == u.sentence
        and an.units[k].text in _ARTICLE_DETERMINERS
        and not u.text.endswith("s")
        and _sworn_thing(an, u)
    )


def _sworn_thing(an: Analysis, u: Unit) -> bool:
    """The word stands right before a thing-noun of `_SWORN_THINGS` in its sentence, with no
    protected group and no person spoken to or about before it: a swear at a thing."""
    k = u.index + 1
    if k >= len(an.units):
        return False
    nxt = an.units[k]
    base, codes = an.sentence_of(u.index)
    before = an.units[base : u.index]
    return (
        nxt.sentence == u.sentence
        and nxt.text in _SWORN_THINGS
        and "," not in an.norm.text[u.end : nxt.start]
        and "G" not in codes[: u.index - base]
        and not any(
            v.code in ("U", "I", "T", "t")
            or v.text in ("eres", "sois", "tu", "su", "ella", "el")
            or person_noun(v.text)
            or v.text in _WOMEN_SLANG
            for v in before
        )
    )


def _thing_after(an: Analysis, u: Unit) -> bool:
    """An unknown noun right after the word in its sentence, not a word for a person, nor a
    preposition or adverb, with no protected group named before it in its sentence ("los X
    son una puta vergüenza" stays held): the word stands before a thing as an intensifier. A
    group named after the thing is what the thing acts on ("esta puta ley protege a los X")."""
    k = u.index + 1
    if k >= len(an.units):
        return False
    nxt = an.units[k]
    base, codes = an.sentence_of(u.index)
    return (
        nxt.sentence == u.sentence
        and "G" not in codes[: u.index - base]
        and nxt.code == "w"
        and nxt.entry is None
        and nxt.text not in _AFTER_NOUN
        and not person_noun(nxt.text)
        and nxt.text not in _WOMEN_SLANG
        and not nxt.text.endswith("mente")
        and nxt.text not in _VERBS_AFTER
        and "," not in an.norm.text[u.end : nxt.start]
    )


# Verbs the word may be the subject of, never a thing it swears at: "solo una X diría eso",
# "vaya X estás hecha".
_VERBS_AFTER = frozenset(
    {"diria", "haria", "podria", "pensaria", "querria", "creeria", "votaria", "aceptaria",
     "defenderia", "tendria", "sabria", "estas", "eres", "sera", "seria", "dice", "dijo"}
)  # fmt: skip


def homonym(an: Analysis, u: Unit, words: set[str]) -> bool:
    """A context word or phrase reads the slur in its ordinary sense (`read_in_context`; a
    phrase that holds the word clears only the use it covers: "Go home spic, and take your
    Spic and Span"), or the writer's own dog, or a plural of a context word ("packs of fags",
    "raiding the bins")."""
    ctx = an.lex.homonym_context.get(u.text)
    if not ctx:
        return False
    return (
        read_in_context(an, u, ctx, words)
        or _own_dog(an, u)
        or any(w[-1:] == "s" and (w[:-1] in ctx or w[:-2] in ctx) for w in words)
    )


_DOG_WORDS = frozenset({"perra", "perras"})
_MY = frozenset({"mi", "mis", "nuestra", "nuestras"})
# What may open a sentence whose subject is dropped before the word: "Es una perra bien
# educada" goes on about the dog named before; "esa perra de la diputada" points at a woman.
_DROPPED_LEAD = frozenset({"es", "era", "una", "muy", "bien", "tan", "ahora", "ya", "y", "pero"})


def _own_dog(an: Analysis, u: Unit) -> bool:
    """ "Mi perra Luna ... Es una perra bien educada": the writer's own dog, named with "mi" in
    a sentence that speaks to no one; a later use counts as the dog only where its sentence
    has no subject of its own before it and it is no "perra de ..." pointed at someone."""
    if u.text not in _DOG_WORDS or _speaks_to(an, u.index):
        return False  # "Tu mamá es una perra": said to someone all the same
    if u.index and an.units[u.index - 1].text in _MY:
        return True
    run = an.sentence_run(u.index)
    lead = run[: u.index - run[0].index]
    named = [
        k for k, x in enumerate(lead) if x.text in _DOG_WORDS and k and lead[k - 1].text in _MY
    ]
    if named:  # "Mi perra Luna es una perra ...": the dog, its name, then the predicate
        lead = lead[named[0] + 2 :]
    if any(x.text not in _DROPPED_LEAD for x in lead):
        return False
    nxt = an.units[u.index + 1] if u.index + 1 < len(an.units) else None
    if nxt is not None and nxt.sentence == u.sentence and nxt.text in ("de", "del"):
        return False
    return any(
        x.text in _DOG_WORDS
        and x.index
        and an.units[x.index - 1].text in _MY
        and not _speaks_to(an, x.index)
        for x in an.units[: u.index]
    )


def _speaks_to(an: Analysis, k: int) -> bool:
    return any(y.code == "U" or y.text in _YOU_ES for y in an.sentence_run(k))


_YOU_ES = frozenset({"tu", "tus", "te", "ti", "usted", "ustedes", "eres", "estas"})
