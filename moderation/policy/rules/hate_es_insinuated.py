"""Spanish hate said by insinuation, with no insult word (`hate.es_insinuated`, hold only).

Shapes the blind-written comments use, each read over the words with peoples masked as `GRP`:
- a problem given a people's "name" ("el problema tiene nombre y apellido: los X", "sacándolos
  se arregla todo");
- a crime figure with the offenders' origin left to the reader ("ya saben de dónde vienen",
  "díganme de dónde son los que están llegando");
- humanity denied and a beast or a pest named instead ("ni son gente, son plaga");
- several peoples called one trash under different flags ("X, Y, Z... la misma basura");
- shots or dogs prescribed for whoever crosses the wall or the river ("una bala por cada uno
  que brinque el muro", "recibirlos con los perros sueltos");
- a people's faces read as crime ("les ves la cara y sabes que son delincuentes").

The same words about criminals, officials or a thing pass (the problem named as the mayor, "los
secuestradores no son gente", "ya saben de dónde vienen las armas"), and so do the shapes
denied, reported or condemned (`first_own_shape`, `held_shape`). Every hit only holds.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.hate_es_held import first_own_shape, held_shape
from moderation.policy.rules.hate_es_short import GROUP, masked_words
from moderation.policy.rules.hate_shapes import group_units
from moderation.policy.types import Category

_RULE = "hate.es_insinuated"
_SCORE = 0.75

_NEEDLE = re.compile(
    r"\b(?:nombre|nacionalidad|color|bandera|cara|se (?:arregla|acaba|soluciona|compone|termina)|"
    r"donde|que pais|que color|gente|personas|humanos|humanas|misma|puros?|puras?|bala|balazos?|"
    r"tiros?|plomo|plomazos|perros|disparar\w*|disparen\w*|caras)\b"
)
# A people named right after the words that open its reading ("los X", "puros X").
_PEOPLE = rf"(?:(?:los|las|esos|esas|puros|puras|todos los|todas las) )?{GROUP}"

# A town's or a country's trouble given a people's name, or a people whose removal fixes all.
_NAMED_BLAME = re.compile(
    r"\b(?:problema|culpa|cancer|mal|desmadre)\b(?: \S+){0,4}? (?:tiene|tienen) "
    r"(?:nombre(?: y apellidos?)?|cara|color|nacionalidad|bandera)(?: ,)? (?:y )?"
    rf"(?:se llaman? |son |es )?{_PEOPLE}\b|"
    rf"\b{_PEOPLE}\b(?: \S+){{0,8}}? \. (?:y )?(?:nomas |solo |con )?(?:sacandolos|echandolos|"
    r"corriendolos|quitandolos|deportandolos|sacando a esos|echando a esos|sin ellos)\b"
    r"(?: \S+){0,4}? (?:se (?:arregla|acaba|soluciona|compone|termina) (?:todo|el problema)|"
    r"(?:todo )?se (?:arregla|acaba|soluciona|compone))\b"
)

# A crime figure or a count: what the origin left to the reader is a hint about.
_CRIME = re.compile(
    r"\b(?:crimen|crimenes|delit\w+|detenid[oa]s|arrestad[oa]s|homicidi\w+|asalt\w+|robos?|"
    r"delincuen\w+|violacion\w*|presos|carcel|estadisticas|cifras|numeros|datos)\b"
)
# The origin left to the reader: it ends its sentence, or names only "those arriving".
_ORIGIN_HINTED = re.compile(
    r"\b(?:ya (?:saben|sabemos|sabes|se sabe)|adivinen|adivina|diganme|dime|digame|imaginense|"
    r"ustedes saben|a que no adivinan|no hay que ser (?:genio|adivino) para saber) "
    r"(?:de )?(?:donde|que pais|que color|que nacionalidad) (?:\S+ )?(?:vienen|son|eran|venian|"
    r"llegan|salieron)(?= (?:\.|,|\?)|$| (?:los|las) que (?:\S+ ){0,2}?(?:llegan|llegando|"
    r"vienen|viniendo|entran|entrando|cruzan|cruzando|llegaron|vinieron)\b)"
)

# Humanity denied and a beast, a pest or trash named in its place.
_BEASTS = (
    r"(?:plagas?|animales|animalitos|bestias|basura|ratas|cucarachas|alimanas|escoria|lacra|"
    r"parasitos|salvajes|changos|monos|perros|ganado|bichos|piojos|sanguijuelas)"
)
_HUMANITY_DENIED = re.compile(
    r"(?:^|\. |, |\by )(?:ni|no|ya no|eso no) (?:son|es) (?:gente|personas|seres humanos|"
    rf"humanos|humanas)(?: \.| ,)? (?:(?:son|es|sino) )?(?:una |unos |unas |pura |puros |"
    rf"puras )?{_BEASTS}\b"
)
# Doers of crimes and holders of office: humanity denied to them is anger at their acts.
_DOERS = re.compile(
    r"\b(?:secuestrador\w*|asesin\w+|violador\w*|narcos?|sicari\w+|delincuent\w+|criminal\w*|"
    r"pandiller\w+|mareros|rateros?|ladron\w*|pederast\w+|terrorist\w+|cartel\w*|politic\w+|"
    r"diputad\w+|senador\w*|gobierno|gobernador\w*|alcalde\w*|funcionari\w+|policias?|"
    r"militares|soldados|corrupt\w+|maltratador\w*|abusador\w*|golpeador\w*|extorsionador\w*|"
    r"feminicidas?|traficantes?|polleros|coyotes)\b"
)

# Several peoples, or one, called the same trash ("X, Y, Z... es la misma basura").
_SAME_TRASH = re.compile(
    rf"\b{GROUP}(?: (?:,|y|o|\.) {GROUP}){{0,6}} (?:\. |, )?(?:todos |todas )?(?:es|son) "
    r"(?:la misma|puras?|puros?) (?:basura|mugre|porqueria|plaga|escoria|lacra|cochinada|"
    r"cucaracha|rata)\b"
)

# Shots or loosed dogs prescribed for whoever crosses the wall or the river.
_CROSSERS = (
    r"(?:(?:el|los|la|las|cada uno|cada|a|al|a los|GRP) )?(?:\S+ )?que (?:brinque|brinquen|"
    r"cruce|crucen|salte|salten|pase|pasen|se meta|se metan|entre|entren|se brinque|se brinquen)"
    r"(?: \S+){0,2}? (?:el|la|los) (?:muro|barda|rio|frontera|linea|cerco|reja|valla|bravo)\b"
)
_SHOTS = (
    r"(?:una bala|un balazo|un tiro|plomo|a balazos|a tiros|a plomazos|con (?:plomo|balas|"
    r"(?:los )?perros(?: sueltos)?)|disparen(?:les)?|dispararles|tirar(?:les)? a matar|"
    r"soltarles (?:los )?perros|suelten (?:los )?perros)"
)
_PRESCRIBED = (
    r"(?:hay que|habria que|deberian|deberia|tendrian que|que (?:los|las|les)|"
    r"hay que recibir\w*|habria que recibir\w*|recibir\w*)"
)
_SHOT_AT_CROSSERS = re.compile(
    rf"\b{_SHOTS} (?:por|para) (?:cada uno|cada|el|los|todo el|todos los) (?:\S+ )?que "
    r"(?:brinque|brinquen|cruce|crucen|salte|salten|pase|pasen|se meta|se metan|entre|entren)\b|"
    rf"\b{_CROSSERS}(?: \S+){{0,4}}? {_PRESCRIBED}(?: \S+){{0,2}}? {_SHOTS}\b|"
    rf"\b{_PRESCRIBED}(?: \S+){{0,2}}? {_SHOTS}(?: \S+){{0,3}}? {_CROSSERS}"
)

# A people's faces read as crime ("nomás les ves la cara y sabes que son rateros", "esa raza
# con sus caras de maleantes").
_CROOKS = (
    r"(?:delincuentes|rateros|ladrones|criminales|malandros|maleantes|narcos|mareros|pandilleros|"
    r"violadores|asesinos|terroristas|mafiosos|vagos)"
)
_FACES_READ = re.compile(
    r"\b(?:les ves|les ve uno|verles|con (?:solo|nomas) verles) la cara (?:y )?(?:ya )?"
    r"(?:sabes|se sabe|sabe uno|uno sabe|se nota|te das cuenta|se ve) (?:de )?que (?:son|eran) "
    rf"(?:unos |puros )?{_CROOKS}\b|"
    rf"\b{_PEOPLE}\b(?: \S+){{0,8}}? (?:con )?(?:sus |esas )?caras? de {_CROOKS}\b"
)

_WHAT = (
    (_NAMED_BLAME, "a problem given a people's name"),
    (_ORIGIN_HINTED, "a crime figure with the offenders' origin left to the reader"),
    (_HUMANITY_DENIED, "humanity denied to people and a beast named instead"),
    (_SAME_TRASH, "peoples called the same trash"),
    (_SHOT_AT_CROSSERS, "shots or dogs prescribed for whoever crosses the border"),
    (_FACES_READ, "a people's faces read as crime"),
)


def _around(words: str, m: re.Match) -> str:
    """The rest of the match's sentence in the masked words, before and after it (the match's
    own crime words name no doer)."""
    start = words.rfind(" . ", 0, m.start()) + 1
    end = words.find(" . ", m.end())
    return words[start : m.start()] + " " + words[m.end() : end if end >= 0 else len(words)]


def _fits(words: str, pattern: re.Pattern, m: re.Match) -> bool:
    """The shapes that need more than their words: a crime or a count in the comment for the
    origin hinted, and no criminal or official in the sentence where humanity is denied or
    faces are read."""
    if pattern is _ORIGIN_HINTED:
        return bool(_CRIME.search(words))
    if pattern is _HUMANITY_DENIED or pattern is _FACES_READ:
        return not _DOERS.search(_around(words, m))
    return True


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    words, offsets, index = masked_words(an, group_units(an))
    for pattern, what in _WHAT:
        found = first_own_shape(
            words,
            offsets,
            index,
            (m for m in pattern.finditer(words) if _fits(words, pattern, m)),
            what,
        )
        if found:
            return found
    return []


@rule(_RULE, Category.HATE, needs=(_NEEDLE,))
def es_insinuated(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that insinuates hate in one of the shapes above."""
    del sub
    if an.lang != "es" or not an.units:
        return []
    return held_shape(an, _RULE, _SCORE, _shapes(an))
