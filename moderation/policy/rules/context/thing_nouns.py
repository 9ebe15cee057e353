"""Nouns for things, not people: an insult word said of one ("una frase asquerosa", "qué menso
estuvo ese comercial", "that logo looks so dumb") judges the thing, not a reader. One test for
the put-down readers (`troll.things`, `troll.thing_exclaimed`, `troll.aim`)."""

from __future__ import annotations

from collections.abc import Collection

from moderation.policy.analysis import Unit

# Spanish nouns of things that insults also describe ("una frase asquerosa", "esa teoría es
# vieja"), and the endings of abstract nouns ("-ción", "-dad", "-ismo", ...).
THING_NOUNS_ES = frozenset(
    {"frase", "idea", "ley", "teoria", "nota", "video", "foto", "cancion", "pelicula",
     "propuesta", "opinion", "palabra", "broma", "chiste", "imagen", "mentira", "excusa",
     "pregunta", "respuesta", "historia", "noticia", "columna", "articulo", "cifra", "dato",
     "tema", "discurso", "plan", "proyecto", "reforma", "medida", "obra", "calle", "casa",
     "camioneta", "carro", "coche", "comida", "musica", "letra", "letras", "serie", "libro",
     "programa", "campana", "costumbre", "situacion", "politica", "regla", "norma", "mensaje",
     "titular", "pancarta", "cartel", "meme", "version", "argumento", "postura", "decision",
     "gala", "prueba", "baile", "vestido", "peinado", "plato", "receta", "capitulo",
     "temporada", "partido", "jugada", "examen", "tarea", "clima", "trafico", "calor",
     "precio", "precios", "nomina", "lista", "padron", "registro", "documento", "copia",
     "factura", "encuesta"}
)  # fmt: skip
THING_ENDINGS_ES = ("cion", "sion", "dad", "tad", "ura", "aje", "mento", "ismo", "eza", "ncia")
# The weather, which no one does: a swear at it is a grumble, never aimed ("pinche calor"), and
# a tough word after it describes it ("el frío cabrón").
WEATHER = frozenset(
    {"heat", "heatwave", "heat wave", "cold", "drought", "rain", "wind", "snow", "storm",
     "humidity", "weather", "hail", "calor", "caloron", "frio", "sequia", "lluvia", "viento",
     "tormenta", "humedad", "clima", "granizo", "bochorno", "solazo", "aguacero", "helada",
     "aire", "polvo", "sol", "nevada", "norte", "lodo"}
)  # fmt: skip

# English words for people the lexicon gives no class, and endings of agent nouns ("writer",
# "commenter", "journalist"): these are someone, not a thing. English nouns are an open class,
# so a word is a thing unless it is one of these.
PEOPLE_EN = frozenset({"guy", "guys", "dude", "dudes", "man", "men", "woman", "women", "people",
                       "person", "kid", "kids", "he", "she", "they", "him", "her", "them",
                       "op", "lady", "girl", "boy", "folks", "everyone", "everybody",
                       "anyone", "someone", "somebody", "nobody", "bro", "mate",
                       "buddy", "admin", "admins", "mod", "mods", "moderator", "staff",
                       "team", "crew", "users", "user", "members", "member", "fans", "fan",
                       "folk", "mom", "dad", "parents", "cops", "cop", "refs", "ref",
                       "boomers", "boomer", "millennials", "zoomers", "libs", "lib",
                       "liberals", "conservatives", "democrats", "republicans", "trolls",
                       "troll", "bots", "bot", "noobs", "noob", "kiddos", "teens",
                       "adults", "students", "friends", "neighbors", "customers", "humans",
                       "idiots", "sheep", "normies", "nerds", "geeks"})  # fmt: skip
AGENT_ENDINGS_EN = ("er", "ers", "or", "ors", "ist", "ists", "ian", "ians", "ent", "ents", "ant")


def thing_noun(
    x: Unit,
    lang: str = "es",
    *,
    people: Collection[str] = frozenset(),
    person_endings: tuple[str, ...] = (),
    known: Collection[str] = frozenset(),
) -> bool:
    """A plain noun for a thing, not a word for someone.

    English nouns are an open class: any word the lexicon gives no class that is no word for a
    person or an agent. Spanish ones must be known as things (listed, or in `known`, or their
    plural, or an abstract ending), since a Spanish insult stands alone as a noun for someone;
    a word of condemnation with an abstract ending ("el racismo") is a thing too.
    `people` and `person_endings` are the caller's words and endings for someone ("tío",
    "-ista"); a Spanish word is no thing if it or its singular is one. A reader may widen
    `people` with nouns it judges in person (the reader's own "comentario")."""
    t = x.text
    if lang == "en":
        return (
            x.code == "w"
            and x.entry is None
            and t not in PEOPLE_EN
            and t not in people
            and not t.endswith(AGENT_ENDINGS_EN)
        )
    if x.code == "c" and ((len(t) > 5 and t.endswith(THING_ENDINGS_ES)) or t in THING_NOUNS_ES):
        return True  # "el racismo", "una mentira": a word of condemnation, a thing
    if x.code != "w" or x.has("INS") or x.has("PROF"):
        return False
    if t in people or t.endswith(person_endings) or (t.endswith("s") and t[:-1] in people):
        return False
    if t in THING_NOUNS_ES or t in known:
        return True
    if t.endswith("s") and (t[:-1] in THING_NOUNS_ES or t[:-1] in known):
        return True  # "cifras", "frases": the plural of a thing
    return len(t) > 5 and t.endswith(THING_ENDINGS_ES)
