"""Whom a swear word said through a copula is about: its subject, a person or a thing.

"El alcalde es un pinche pendejo", "the mayor is a piece of shit": a person (an official is one)
is called a foul name, which is profanity aimed at a person. "El presupuesto del alcalde es un
pedazo de mierda", "that bill is a piece of shit", "ese muro es una mierda": one swear word about
a thing is vulgar opinion. The subject is read back from the copula to the start of its clause;
its head is the first noun in Spanish ("el presupuesto del alcalde") and the last one before
"of" in English ("the mayor's budget", "the budget of the mayor").
"""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.context.thing_nouns import thing_noun
from moderation.policy.rules.profanity_place import named_place

# Words between the copula and the swear word that leave it the predicate ("es un verdadero
# pedazo de mierda", "is a useless piece of shit", "is such a goddamn ...").
_PREDICATE_FILLERS = frozenset(
    {"un", "una", "unos", "unas", "a", "an", "such", "such a", "total", "complete", "absolute",
     "real", "verdadero", "verdadera", "autentico", "autentica", "tremendo", "tremenda",
     "pura", "puro", "muy", "bien", "re", "mas", "more", "big", "the", "el", "la", "lo"}
)  # fmt: skip
_COPULAS = frozenset(
    {"es", "son", "era", "eran", "fue", "fueron", "sera", "seran", "sigue siendo", "is", "are",
     "was", "were", "s", "re", "remains", "esta", "estan", "parece", "seems", "looks like"}
)  # fmt: skip
# Where a subject's clause begins: a conjunction or a relative word before it.
_CLAUSE_BREAKS = frozenset(
    {"y", "e", "pero", "o", "que", "porque", "pues", "and", "but", "or", "because", "so",
     "who", "which", "that's", "cuando", "when", "si", "if", "aunque", "though"}
)  # fmt: skip
_DETERMINERS = frozenset(
    {"el", "la", "los", "las", "ese", "esa", "esos", "esas", "este", "esta", "estos", "estas",
     "aquel", "aquella", "su", "sus", "nuestro", "nuestra", "nuestros", "nuestras", "mi", "mis",
     "the", "that", "this", "these", "those", "his", "her", "their", "our", "my", "its",
     "todo", "toda", "todo el", "toda la", "whole", "the whole", "entire", "nuevo", "nueva",
     "new", "pinche", "pinches", "maldito", "maldita", "damn", "stupid"}
)  # fmt: skip
_OF = frozenset({"de", "del", "de la", "de los", "de las", "of", "from", "con", "with", "en", "in"})
_YOU = frozenset({"tu", "tus", "your", "you", "usted", "ustedes", "vuestro", "vuestra", "ur"})
# Things people swear about: laws and plans, works and places, services, what is written or
# shown, games and weather. Public bodies are here too ("el gobierno", "the council"): a body
# sworn at is harsh opinion, no person named.
_THINGS = frozenset(
    {"ley", "leyes", "reforma", "reformas", "iniciativa", "propuesta", "presupuesto", "plan",
     "programa", "politica", "medida", "decreto", "norma", "regla", "reglamento", "impuesto",
     "impuestos", "arancel", "aranceles", "tarifa", "tarifas", "contrato", "acuerdo", "tratado",
     "muro", "puente", "garita", "carretera", "calle", "calles", "camino", "autopista", "obra",
     "obras", "ruta", "fila", "linea", "trafico", "aeropuerto", "hospital", "clinica", "escuela",
     "sistema", "servicio", "app", "aplicacion", "pagina", "sitio", "blog", "nota", "articulo",
     "columna", "video", "partido", "juego", "equipo", "temporada", "eleccion",
     "elecciones", "debate", "discurso", "informe", "reporte", "estudio", "encuesta", "sentencia",
     "fallo", "veredicto", "juicio", "proceso", "tramite", "gobierno", "congreso", "cabildo",
     "ayuntamiento", "municipio", "senado", "concejo", "consejo", "departamento", "agencia",
     "oficina", "estado", "pais", "ciudad", "condado", "clima", "calor", "lluvia", "agua", "luz",
     "renta", "precio", "precios", "gasolina", "economia", "situacion", "idea", "excusa",
     "bill", "bills", "law", "laws", "policy", "policies", "reform", "proposal", "budget",
     "plans", "program", "measure", "ordinance", "rule", "rules", "tax", "taxes",
     "tariff", "tariffs", "deal", "treaty", "contract", "wall", "fence", "bridge", "port",
     "road", "roads", "highway", "street", "line", "lane", "traffic", "airport",
     "clinic", "school", "system", "service", "site", "website", "article",
     "story", "column", "piece", "show", "game", "match", "team", "season", "election",
     "speech", "report", "study", "poll", "verdict", "ruling", "sentence", "trial",
     "process", "government", "congress", "council", "commission", "senate", "department",
     "agency", "office", "state", "country", "city", "county", "town", "weather", "heat",
     "rain", "water", "power", "rent", "rents", "price", "prices", "gas", "economy",
     "excuse", "situation", "mess", "thing", "whole thing", "stuff", "decision", "vote",
     "filter", "algorithm", "form", "filtro", "algoritmo", "formulario"}
)  # fmt: skip
_THING_ENDINGS_EN = ("tion", "sion", "ment", "ness", "ity", "ism", "ance", "ence", "ship")
# Whole subjects that are a thing or a state of affairs ("esto es una mierda", "it's bullshit").
_THING_PRONOUNS = frozenset({"esto", "eso", "todo", "todo esto", "todo eso", "it", "this",
                             "that", "everything", "lo de", "eso de", "esto de"})  # fmt: skip
# People named by a word of no lexicon ("ese güey", "the guy", "el árbitro").
_PEOPLE = frozenset(
    {"guey", "wey", "guey este", "vato", "tipo", "tipa", "tio", "tia", "senor", "senora", "don",
     "dona", "hombre", "mujer", "chavo", "chava", "morro", "morra", "vecino", "vecina",
     "arbitro", "jugador", "portero", "entrenador", "cura", "padre", "jefe", "jefa", "patron",
     "patrona", "cabron", "ella", "guy", "dude", "man", "woman", "lady", "ref", "referee",
     "ump", "umpire", "coach", "boss", "neighbor", "neighbour", "he", "she", "him", "kid",
     "fulano", "sujeto", "individuo", "persona", "person", "fella", "bastard"}
)  # fmt: skip


def predicate_copula(an: Analysis, u: Unit) -> int | None:
    """The index of the copula whose predicate the swear word is ("es un pedazo de mierda",
    "is a useless piece of shit"), with at most two words between them; None if none."""
    k = u.index - 1
    skipped = 0
    while k >= 0 and an.units[k].sentence == u.sentence:
        x = an.units[k]
        if x.code == "C" or x.text in _COPULAS:
            return k
        if x.text not in _PREDICATE_FILLERS and x.code not in ("A", "Y"):
            skipped += 1
            if skipped > 2 or x.code in ("N", "U") or x.text in _YOU:
                return None
        k -= 1
    return None


def _subject(an: Analysis, copula: int) -> list[Unit]:
    """The units of the copula's subject: back to the sentence's start, a clause break or an
    earlier copula, at most eight units."""
    out: list[Unit] = []
    k = copula - 1
    sentence = an.units[copula].sentence
    text = an.norm.text
    while k >= 0 and len(out) < 8:
        x = an.units[k]
        if x.sentence != sentence or x.code == "C" or x.text in _CLAUSE_BREAKS:
            break
        out.append(x)
        if k > 0 and "," in text[an.units[k - 1].end : x.start]:
            break
        k -= 1
    out.reverse()
    return out


def _head(an: Analysis, subject: list[Unit]) -> Unit | None:
    """The subject's head noun: the first after its determiners in Spanish, the last before
    "of" in English."""
    words = [x for x in subject if x.text not in _DETERMINERS or x.has("title")]
    if not words:
        return None
    if an.lang == "es":
        return words[0]
    head = words[0]
    for x in words:
        if x.text in _OF:
            break
        head = x
    return head


def _thing(x: Unit, lang: str) -> bool:
    """The subject's head is a thing, not a person or a body of people in office.

    Spanish reads the shared `thing_noun` with this reading's things and people. English keeps
    a closed list: the shared test takes any English word the lexicon gives no class as a
    thing (the put-down readers ask it of a word already aimed at something), which here would
    excuse a swear at a lower-case name or a word for someone no list holds ("mendez is a
    piece of shit", "the nanny is a piece of shit")."""
    if x.has("title") or x.has("INS") or x.code in ("G", "S", "U") or x.text in _PEOPLE:
        return False
    t = x.text
    if lang == "es":
        # A listed thing counts whatever class the lexicon gives it ("el gas" of the bill is a
        # violence word to the lexicon); the shared test takes only plain words.
        return t in _THINGS or thing_noun(x, people=_PEOPLE, known=_THINGS)
    stem = t[:-1] if t.endswith("s") else t
    return t in _THINGS or stem in _THINGS or (len(t) > 5 and t.endswith(_THING_ENDINGS_EN))


# Plural words for people in office or uniform the title lexicon has no plural of.
_OFFICIALS = frozenset(
    {"funcionarios", "funcionarias", "politicos", "politicas", "policias", "polis",
     "legisladores", "legisladoras", "servidores publicos", "officials", "politicians",
     "cops", "lawmakers", "councilmen", "councilwomen", "councilors", "councillors"}
)  # fmt: skip


def _plural_title(an: Analysis, x: Unit) -> bool:
    """ "Los regidores", "the senators": the plural of a title names the officials holding it,
    people, as the singular does ("el regidor es un ..."); the lexicon lists singulars."""
    t = x.text
    if t in _OFFICIALS:
        return True
    if " " in t or not t.endswith("s"):
        return False
    for stem in (t[:-2], t[:-1]) if t.endswith("es") else (t[:-1],):
        entry = an.lex.lookup((stem,)) if stem else None
        if entry is not None and entry.has("title"):
            return True
    return False


def _person(an: Analysis, x: Unit) -> bool:
    if x.has("title") or x.text in _PEOPLE or x.has("INS") or _plural_title(an, x):
        return True
    # a name as typed: capitalised, in no lexicon ("Pérez es una mierda")
    return (
        x.entry is None
        and an.capitalised(x.index)
        and x.text not in _THINGS
        and x.text not in _THING_PRONOUNS
        and x.text not in an.lex.stopwords.get(an.lang, frozenset())
    )


def _subject_of(an: Analysis, u: Unit) -> list[Unit] | None:
    k = predicate_copula(an, u)
    if k is None or u.quoted:
        return None
    subject = _subject(an, k)
    if not subject or any(x.text in _YOU or x.code == "U" for x in subject):
        return None  # "tu canal es una mierda": the reader's own, read elsewhere
    if any(x.code == "N" for x in an.units[max(0, k - 2) : u.index]):
        return None  # "el alcalde no es un pendejo", "he is not a piece of shit"
    return subject


def said_of_a_thing(an: Analysis, u: Unit) -> bool:
    """The swear word is the predicate of a thing ("la ley es una mierda", "that bill is a
    piece of shit", "esto es una mierda") and no person is named in the subject."""
    subject = _subject_of(an, u)
    if subject is None:
        return False
    if " ".join(x.text for x in subject) in _THING_PRONOUNS:
        return True
    head = _head(an, subject)
    return head is not None and (_thing(head, an.lang) or named_place(an, u, head))


_THOSE = frozenset({"los", "las", "el", "la"})
_OF_ES = frozenset({"de", "del"})


def _those_of(an: Analysis, subject: list[Unit]) -> bool:
    """ "Los del cabildo", "el de la tienda": an article with no noun, then "de": the people of
    a place or body, though the body itself would be a thing."""
    return (
        an.lang == "es"
        and len(subject) >= 3
        and subject[0].text in _THOSE
        and subject[1].text in _OF_ES
    )


_WHO = frozenset({"los", "las", "todos los", "todas las"})


def _those_who(an: Analysis, copula: int) -> bool:
    """ "Los que se meten en la fila son unos ...": "los que" opens the subject, people named
    by what they do; read back from the copula over at most twelve units of its sentence,
    stopping at a comma or another copula. "Lo que hicieron" is a thing and does not count."""
    sentence = an.units[copula].sentence
    text = an.norm.text
    for k in range(copula - 1, max(-1, copula - 13), -1):
        x = an.units[k]
        if x.sentence != sentence or x.code == "C":
            return False
        if x.text in ("que", "quienes") and k > 0:
            before = an.units[k - 1]
            return x.text == "quienes" or (
                before.sentence == sentence
                and before.text in _WHO
                and "," not in text[before.end : x.start]
            )
        if k > 0 and "," in text[an.units[k - 1].end : x.start]:
            return False
    return False


def said_of_a_person(an: Analysis, u: Unit) -> bool:
    """The swear word is the predicate of a person: a role or office ("el alcalde"), a word
    for someone ("ese güey", "the ref"), a pronoun or a name ("Pérez es una mierda")."""
    subject = _subject_of(an, u)
    if subject is None or " ".join(x.text for x in subject) in _THING_PRONOUNS:
        return False
    if _those_of(an, subject):
        return True
    if an.lang == "es" and _those_who(an, predicate_copula(an, u) or 0):
        return True
    head = _head(an, subject)
    return (
        head is not None
        and not _thing(head, an.lang)
        and not named_place(an, u, head)  # "Juárez es una mierda en verano": a town
        and _person(an, head)
    )
