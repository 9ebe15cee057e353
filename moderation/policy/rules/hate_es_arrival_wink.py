"""Spanish arrival winks: a people named only by a proxy, then a warning, a decline, a taking
or a wink (`hate.es_arrival_wink`, hold only).

The writer names no group but points at one the reader decodes: "los del otro lado del río",
"los de fuera", a neighbourhood "filled with those" ("se llenó la colonia de esos"). What
follows finishes the thought: guard your wallets ("cuiden sus carteras"), lock the doors,
"se acabó la tranquilidad", "ya no se puede dormir", "van a empezar los problemas", a people
come only to take ("vienen nomás a ensuciar", "se quedan con todo"; the only thing that
counts after a bare "los del otro lado", which may be a debate's side), or the bare wink "ya
saben" closing the sentence.

Every hit only holds: a moderator reads it. Winks at things pass: rain, the tax office or a
fair name no proxy ("ya llegaron las lluvias, cuiden sus techos", "ya llegaron los del SAT,
ya saben"); "esos" followed by the noun it stands for, or a wink that goes on to name what it
meant ("se llenó el jardín de esos, ya saben, los caracoles"), points at a thing. A line told
as someone else's, negated, quoted, or a comment that calls such talk racist passes too.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.hate_es_barred import told
from moderation.policy.rules.hate_es_held import held_shape
from moderation.policy.rules.hate_es_short import masked_words, units_inside
from moderation.policy.types import Category

_RULE = "hate.es_arrival_wink"
_SCORE = 0.75

# Where a people may be said to arrive or to fill: a neighbourhood or a public place.
_PLACE = (
    r"(?:la |el |mi |nuestra |nuestro |esta |este )?(?:colonia|barrio|cuadra|calle|parque|"
    r"plaza|centro|pueblo|ciudad|vecindario|fraccionamiento|edificio|mercado|zona|rancho|"
    r"escuela|metro|camion|pais)"
)
# "esos" standing alone for people: nothing named after it but a stop, a comma or "ya".
_THOSE = (
    r"(?:puros |pura |mas |muchos |muchas |tantos |tantas )?(?:de )?(?:esos|esas|esa gente|"
    r"gente de esa|gente asi)(?: (?:morenos|morenitos|prietos|negros|negritos|indios))?"
    rf"(?= [,.]|$| ya\b| (?:a|al|en) {_PLACE}(?= [,.]|$| ya\b))"
)
# The proxy for a people, read in the masked words of `masked_words`.
_PROXY = re.compile(
    r"\b(?:los|las) del otro lado (?:del rio|del charco|del bravo|del muro|de la frontera|"
    r"de la linea)\b|"
    r"\b(?:los|las) de (?:fuera|afuera)\b|\bfuerenos\b|"
    rf"\b(?:se )?(?:lleno|llenaron|esta llenando|esta lleno|esta llena|llenan) {_PLACE} "
    rf"(?:de|con) {_THOSE}|"
    rf"\b{_PLACE} se (?:lleno|esta llenando) de {_THOSE}|"
    rf"\b(?:ya )?(?:llegaron|llegan|vienen|se metieron|se mudaron|se instalaron) "
    rf"(?:a {_PLACE} )?(?:mas |muchos |puros )?{_THOSE}|"
    rf"\b(?:ves|veo|hay|ven) (?:a )?(?:tantos|tantas|muchos|muchas|puros|puras) de "
    rf"(?:esos|esas) (?:en|por) {_PLACE}\b|"
    # "del otro lado" alone may be a debate's side: only with a people's taking after it
    r"\b(?P<weak>(?:los|las|gente|la gente) del otro lado)\b"
)
# A people said to come only to take, or to keep everything.
_TAKE = re.compile(
    r"^ (?:que )?(?:(?:solo|nomas|nada mas) )?(?:vienen?|llegan?) (?:nada mas |nomas |solo )?"
    r"a (?:ensucia\w*|roba\w*|gorrea\w*|delinqu\w*|asalta\w*|vivir del gobierno|quitarnos|"
    r"vender droga|hacer desmadre)(?= |$)|"
    r"^ (?:se (?:lo )?quedan (?:con )?todo|nos quitan (?:el trabajo|todo))\b"
)
# What finishes the thought: belongings to guard, doors to lock, a quiet gone.
_WARNING = re.compile(
    r"\b(?:cuiden|guarden|escondan|agarren|vigilen|amarren|aseguren|cuida|guarda|esconde|"
    r"agarra) (?:bien )?(?:sus|tus|las|los) (?:carteras|bolsas|bolsos|celulares|cosas|"
    r"pertenencias|carros|coches|bicis|bicicletas|gallinas|hijas|mujeres|casas|billeteras|"
    r"tendederos)\b|"
    r"\bcierren (?:bien )?(?:las puertas|con llave|sus casas|sus puertas)\b|"
    r"\b(?:adios a|se acabo) la tranquilidad\b|"
    r"\bya (?:valio|se (?:echo|fue) a perder) (?:la colonia|el barrio|la cuadra|el pueblo)\b|"
    r"\bya no se puede (?:ni )?(?:dormir|vivir|salir|andar|caminar)\b|"
    r"\b(?:va|van) a (?:haber|empezar) (?:problemas|los problemas|los robos|robos)\b|"
    r"\b(?:empiezan|empezaron) los (?:robos|problemas|asaltos)\b"
)
# The bare wink, closing its sentence (a wink that goes on names what it meant).
_WINK = re.compile(
    r"\b(?:ya|ustedes|todos) (?:ya )?(?:saben|sabemos)(?: (?:como (?:es|son)(?: esto)?|"
    r"a (?:que|quienes) me refiero|de quienes hablo))?(?= \.|$)|"
    r"\bustedes (?:ya )?(?:me )?entienden(?= \.|$)"
)
# The comment calls such talk what it is: the writer is against the line.
_CALLED_OUT = re.compile(
    r"\b(?:racist\w*|racismo|xenofob\w*|clasist\w*|discrimin\w*|prejuicio\w*|estereotipo\w*|"
    r"generaliz\w+|que feo|que verguenza)\b"
)
# A wink must follow the people closely ("los de fuera, ya saben"): farther, it is about
# whatever the sentence went on to tell.
_WINK_GAP = 40
# Games, fairs and parties: the people from elsewhere came as rivals or guests.
_EVENT = re.compile(
    r"\b(?:torneo|partido|juego|equipo|liga|copa|final|ganaron|perdieron|empataron|gol|goles|"
    r"feria|fiesta|boda|concierto|carrera|maraton|congreso)\b"
)
# The decline's cause named right after it: a thing, not the people.
_CAUSE_NAMED = re.compile(r" (?:por|con) (?:tanto|tanta|tantos|tantas|el|la|los|las) ")
_WHAT = "a people named by a proxy, then a warning, a taking or a wink for the reader to finish"


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    words, offsets, index = masked_words(an, set())
    if _CALLED_OUT.search(words):
        return []
    for m in _PROXY.finditer(words):
        if told(words, m.start()):
            continue
        stop = words.find(" . ", m.end())
        stop = words.find(" . ", stop + 3) if stop >= 0 else len(words)  # and the next one
        after = words[m.end() : stop if stop >= 0 else len(words)]
        if m.group("weak"):
            finish = _TAKE.search(after)
            if finish is None:
                continue
        else:
            finish = _TAKE.search(after) or _WARNING.search(after)
        if finish is None:
            finish = _WINK.search(after)
            if finish is None or finish.start() > _WINK_GAP:
                continue  # a wink far from the people winks at what came between
        if _CAUSE_NAMED.match(after, finish.end()):
            continue  # "ya no se puede ni caminar por tanto bache": the cause is named
        opening = max(0, words.rfind(" . ", 0, m.start()))
        if _EVENT.search(words, opening, m.end()) or _EVENT.search(after, 0, finish.start()):
            continue  # "llegaron los de afuera al torneo y nos ganaron": a rival team
        inside = units_inside(offsets, index, m.start(), m.end() + finish.end())
        if not inside or any(an.units[i].quoted for i in inside):
            continue
        return [(inside[0], inside[-1], _WHAT)]
    return []


_NEEDLE = re.compile(
    r"\b(?:otro lado|de fuera|de afuera|fuerenos|esos|esas|esa gente|gente de esa|gente asi)\b"
)


@rule(_RULE, Category.HATE, needs=(_NEEDLE,))
def es_arrival_wink(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that names a people by a proxy and leaves the rest to a wink."""
    del sub
    if an.lang != "es" or not an.units or not _NEEDLE.search(an.norm.text):
        return []
    return held_shape(an, _RULE, _SCORE, _shapes(an))
