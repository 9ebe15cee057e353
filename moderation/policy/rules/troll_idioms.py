"""Spanish idioms in which a mild insult word insults no one.

"Loco", "feo", "gordo" and "falso" are in the insult lexicon because they can be said of a
person ("estás loco", "qué feo eres"). In everyday Spanish they more often are not: "como
locos" is a manner ("like crazy"), "me cae gordo" is a dislike the writer owns, "¡qué loco!"
exclaims at a story, "les ganamos bien feo" is how a game went, "si es cierto, está feo" judges
a situation, and "tu dato es falso" calls a claim untrue. Each reading is decided from the
words right around the insult, so a person named or addressed beside it keeps the insult.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.context.second_person import SPOKEN_TO_ES

_LOCO = frozenset({"loco", "loca", "locos", "locas"})
_GORDO = frozenset({"gordo", "gorda", "gordos", "gordas"})
_FEO = frozenset({"feo", "fea", "feos", "feas", "feisimo", "feisima", "feisimos", "feisimas"})
_FALSO = frozenset({"falso", "falsa", "falsos", "falsas"})
# "caer gordo": to be disliked by someone ("me cae gordo", "les caían gordos").
_CAER = frozenset({"cae", "caen", "caes", "caia", "caian", "cayo", "cayeron", "caera", "caeran",
                   "caigo", "caiste", "caeria"})  # fmt: skip
# Verbs that open an impersonal clause about a situation: "está feo", "se puso feo".
_SITUATION_VERBS = frozenset({"esta", "estuvo", "estaba", "se puso", "se pone", "se ve",
                              "se esta poniendo", "se ven", "quedo"})  # fmt: skip
_DEGREE = frozenset({"bien", "muy", "re", "super", "bastante", "tan", "mas"})
# Verbs that link an adjective to their subject: after these, "bien feo" describes someone.
_LINKING = frozenset(
    {"es", "eres", "sos", "son", "soy", "somos", "sois", "esta", "estas", "estan", "estoy",
     "ves", "ve", "veo", "ven", "pareces", "parece", "parecen", "quedas", "queda", "luces",
     "luce", "pones", "pone", "sigues", "sigue", "andas", "anda", "eras", "era", "fuiste", "fue",
     "seas", "sea", "te ves", "se ve"}
)  # fmt: skip
_VERB_FORM = re.compile(r"^[a-z]{3,}(?:as|es|aste|iste|e|i|o|amos|imos|aron|ieron|aba|aban)$")
_CLAIMS = frozenset(
    {"comentario", "comentarios", "dato", "datos", "argumento", "argumentos", "cifra", "cifras",
     "numero", "numeros", "punto", "teoria", "premisa", "afirmacion", "informacion", "noticia",
     "nota", "titular", "rumor", "video", "foto", "post", "mensaje", "cuento", "historia",
     "version", "narrativa", "estadistica", "encuesta", "testimonio", "dicho", "argumentacion"}
)  # fmt: skip
_CLAIM_LINKS = frozenset({"es", "son", "era", "eran", "fue", "parece", "resulta", "suena",
                          "me parece", "sigue siendo", "es completamente",
                          "es totalmente"})  # fmt: skip
_POSSESSIVES = frozenset({"tu", "tus", "su", "sus", "el", "la", "los", "las", "ese", "esa",
                          "este", "esta", "eso", "esos", "esas"})  # fmt: skip
_INTERJECTIONS = ("ja", "je", "ay", "uy", "wow", "oh", "ah", "hijole", "orale", "n'hombre", "pero")
_WENT = frozenset({"fue", "va", "iba", "ha ido", "esta yendo"})
_CLITICS = frozenset({"me", "te", "le", "nos", "les", "os"})
_CLOSES = (",", ".", "!", "?", "…", ";", ":")
# "loco si cree que ...": a belief called crazy, the stock way to disagree with it.
_IF_BELIEVED = re.compile(
    r"\s+si (?:de verdad |en serio |neta )?(?:crees|creen|cree|creeis|piensas|piensan|piensa|"
    r"esperas|esperan|espera) (?:que|en)\b"
)


def harmless_idiom(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """The insult word `u` is one of the idioms above, with nobody insulted by it."""
    if an.lang != "es":
        return False
    if _whoever_does(an, u, prev):
        return True  # "Gilipollas el que aparque en doble fila", "naco es el que se burla"
    if not prev:
        return u.text in _FEO and _alone(an, u)  # "Feísimo." after a report
    last = prev[-1]
    if u.text in _LOCO and last.text.split()[-1] == "como":
        return True  # "se reproducen como locos", "trabajé como loca"
    if u.text in _LOCO and _IF_BELIEVED.match(an.norm.text, u.end):
        return True  # "están locos si creen que esto baja los precios": the belief is judged
    if u.text in _GORDO and last.text.split()[-1] in _CAER:
        return True  # "me cae gordo", "les caían gordos"
    if (
        u.text == "payaso"
        and last.text == "el"
        and len(prev) >= 2
        and prev[-2].text.split()[-1].startswith("carg")
    ):
        return True  # "nos está cargando el payaso": we are in trouble, no one is a clown
    if (
        u.text in ("loco", "loca")
        and last.text == "que"
        and _closed(an, u)
        and (len(prev) == 1 or prev[-2].text.startswith(_INTERJECTIONS))
    ):
        return True  # "¡Qué loco!", "Qué loco, no sabía eso": a story exclaimed at
    if u.text in _FEO:
        return _feo_of_a_situation(an, u, prev)
    if u.text in _FALSO:
        return _claim_called_false(prev)
    return False


def _closed(an: Analysis, u: Unit) -> bool:
    """Nothing but punctuation, or the end, follows `u`."""
    rest = an.norm.text[u.end :].lstrip()
    return not rest or rest.startswith(_CLOSES)


def _alone(an: Analysis, u: Unit) -> bool:
    """`u` is its sentence on its own: "Feísimo." after a report judges what was reported."""
    return (u.index == 0 or an.units[u.index - 1].sentence != u.sentence) and (
        u.index == len(an.units) - 1 or an.units[u.index + 1].sentence != u.sentence
    )


def _feo_of_a_situation(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """ "Feo" as how something went ("les ganamos bien feo"), or as the predicate of a clause
    with no subject ("si es cierto, está feo"), or a sentence on its own ("Feísimo.")."""
    if _alone(an, u):
        return True
    same = [p for p in prev if p.sentence == u.sentence]
    if not same:
        return False
    last = same[-1]
    if last.text in _DEGREE and len(same) >= 2:
        verb = same[-2]
        if verb.text not in _LINKING and verb.entry is None and _VERB_FORM.match(verb.text):
            return True  # "les ganamos bien feo", "llovió bien feo"
        if verb.text in _WENT and len(same) >= 3 and same[-3].text in _CLITICS:
            return True  # "nos fue bien feo": how it went for us
    if last.text in _DEGREE:
        same, last = same[:-1], same[-2] if len(same) >= 2 else None
    if last is None or last.text not in _SITUATION_VERBS:
        return False
    before = same[:-1]
    if not before:
        return True  # "Está feo.", "Se puso feo lo de ayer."
    gap = an.norm.text[before[-1].end : last.start]
    return "," in gap  # "si es cierto, está feo": the verb opens its own clause


def _claim_called_false(prev: list[Unit]) -> bool:
    """ "Falso" said of a claim ("tu dato es falso", "ese video es falso"), not of a person."""
    k = len(prev) - 1
    while k >= 0 and (prev[k].text in _CLAIM_LINKS or prev[k].text in _DEGREE):
        k -= 1
    if k == len(prev) - 1 or k < 0:
        return False
    return prev[k].text in _CLAIMS and (k == 0 or prev[k - 1].text in _POSSESSIVES)


# "Gilipollas el que aparque en doble fila", "naco es el que se burla del que vende": the word
# judges whoever does something, a saying about a deed. Not when the deed is reading or
# answering this comment ("pendejo el que lo lea"), the oldest jab at the reader.
_WHOEVER = re.compile(
    r"\s*,?\s*(?:es |son |seria |sera )?(?:el|la|los|las) que (?!(?:lo |la |esto |este )?"
    r"(?:lea|lee|leyo|lean|leen|leyeron|comenta|comente|comenten|responda|conteste|contesta)\b)"
)


def _whoever_does(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """The insult opens its sentence and "el que" + a deed follows it, with no "you" in the
    rest of the sentence ("idiota, el que no entiende eres tú" is said to someone)."""
    if any(p.sentence == u.sentence for p in prev):
        return False
    m = _WHOEVER.match(an.norm.text, u.end)
    if m is None:
        return False
    rest = _SENTENCE_REST.match(an.norm.text, m.end())
    return not _YOU_WORDS.search(rest.group() if rest else "")


_SENTENCE_REST = re.compile(r"[^.!?\n]*")
_YOU_WORDS = re.compile(rf"\b(?:{SPOKEN_TO_ES})\b")
