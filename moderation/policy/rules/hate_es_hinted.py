"""Spanish group hate left for the reader to finish (`hate.es_hinted`, hold only).

Writers who know a line would be removed leave the group unsaid and point at it: a place's
decline, a crime or a family name, then "saquen sus conclusiones", "ustedes saben de quiénes
hablo", "ahí se los dejo". The wink alone is common and harmless (a vote count, a rumour of a
UFO), so it counts only with a group, a people's marks (colour, accent, surname, a synagogue),
newcomers or a neighbourhood's crime and dirt in its sentence or the two before ("cuidado con
las familias de Chiapas, ya saben cómo son"). Also here: a group said to come only to take ("no
vienen a trabajar, vienen a vivir del gobierno"), and a whole people told to be deported or
thrown out, all of them ("hay que juntarlos a todos y echarlos del país"). And a people pointed
back at after it is named: its vices in a clause of their own ("contraté a unos X, nunca más,
flojos y cochinos todos"), "siempre es lo mismo con esa gente" after a crime, and the short
winks ("Ustedes saben.", "todo mundo lo sabe") after a group or a shelter and a decline.

Every hit only holds: a moderator reads it. A negation before the shape, someone else's words
("los que dicen que vienen a robar"), quoted or reported lines, talk of politicians for the
wink, someone else's demand ("pidiendo que deporten a todos"), a comment that talks about the
line (`hate_es_traits.about_the_line`), and one that calls some line racist or false let it
pass; the pointed-back shapes also pass beside offices and police, men arrested or charged, a
group that is the one wronged, and the writer's own people ("somos").
"""

from __future__ import annotations

import re

from moderation.policy import branch_trie
from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.hate_es_held import first_own_shape, held_shape
from moderation.policy.rules.hate_es_implicit import POLITICS, VICE
from moderation.policy.rules.hate_es_short import CREWS, GROUP, PEOPLE_PLACE, masked_words
from moderation.policy.rules.hate_es_traits import about_the_line
from moderation.policy.rules.hate_shapes import group_units
from moderation.policy.types import Category

_RULE = "hate.es_hinted"
_SCORE = 0.75

# The wink: the reader is told to finish the thought.
_WINK = re.compile(
    r"\b(?:saquen|saque|saca|saquen ustedes) (?:sus|tus) (?:propias )?(?:conclusiones|cuentas)|"
    r"(?:ustedes|ya|todos|uno ya) (?:ya )?(?:saben|sabemos|sabeis|sabe) (?:a (?:que|q) me "
    r"refiero|de quien(?:es)? (?:hablo|estoy hablando|hablamos)|quienes son|cuales|cual(?! es)|"
    r"de (?:que|q) (?:paises|pais|religion|raza|color|barrio|lado)|quienes|"
    r"a quienes me refiero|de (?:que|q)(?: \w+)? (?:hablo|estoy hablando)|de donde vienen|"
    r"que traen|cual es el plan)|"
    r"ustedes entienden|ahi se los dejo|nomas lo dejo ahi|ya saben como es esto|"
    r"ya me entend(?:eis|ieron|iste)|ustedes saben cual|"
    r"ya (?:sabes|saben|sabemos|se sabe) como son"
)
# Arrival points at newcomers, not at what arrives: weather, a season, bills, roadworks, a
# service's trucks or a holiday named right after the verb ("llegaron las lluvias", "llegan los
# recibos", "llegaron las obras"). People after it ("llegaron los húngaros") still point.
_NO_THING = (
    r"(?! (?:el|la|los|las|unos|unas|un|una) (?:\w+ )?(?:lluvias?|aguaceros?|tormentas?|nortes?|"
    r"heladas?|frios?|calor(?:es)?|vientos?|huracan\w*|ciclon\w*|nevadas?|granizadas?|"
    r"temporada\w*|invierno|verano|recibos?|cuentas|facturas?|cobros?|multas?|obras?|"
    r"camion\w*|pipas?|fiestas?|vacaciones|posadas|ferias?|elecciones|campanas|apagones|"
    r"cortes|aumentos?|paquetes?|pedidos?|quincena|aguinaldo|precios)\b)"
    rf"(?! (?:los|las) de(?:l| la| el)? {CREWS}\b)"
)
# What turns the wink on a people: a group, its marks, newcomers, or a place's crime and dirt.
_POINTED = re.compile(
    r"\b(?:GRP|albergues?|(?:llegaron|llegaran|llegar|llegan)(?! (?:tarde|temprano|a tiempo))"
    rf"{_NO_THING}|"
    r"delincuencia|maras|pandillas|plaga|los de fuera|los de afuera|morenos?|"
    r"morenitos?|acento|color|apellidos?|sinagoga|nariz|cierta gente|ciert[oa]s|nuevos|"
    r"hombres? sol[oa]s?|globalistas|comunidad|robos?|roban|asaltos?|rateros|limpieza|mugre|"
    r"(?<!camion de )(?<!camiones de )(?<!recoleccion de )(?<!servicio de )basura|"
    r"dengue|extranjeros|raza|religion|huarache|del sur|esos|esas|"
    rf"(?:los|las|gente|familias) de (?:la |el )?{PEOPLE_PLACE})\b"
)
# Dirt on the street points at a people only when nothing else put it there: rain, wind or a
# flood, or a collection that did not come ("con la lluvia se llenaron las calles de basura,
# ya saben cómo es esto", "el camión de la basura no pasó otra vez").
_DIRT = re.compile(r"\b(?:basura|mugre|limpieza)\b")
_DIRT_CAUSE = re.compile(
    r"\b(?:lluvias?|llovio|llueve|llover|aguaceros?|tormentas?|vientos?|ventarron|"
    r"inundac\w+|inunda\w*|huracan\w*|granizada|camion(?:es)? de (?:la )?basura|"
    r"recoleccion|recolector\w*|recogen|recogieron|recoger|(?:no|ni) (?:paso|pasa|pasan|"
    r"pasaron|han pasado|ha pasado)|contenedor\w*|tambos?|tiradero|servicio de limpia|"
    r"la limpia)\b"
)
# A trade's or a service's crew arriving ("llegaron los de la CFE"): the wink is at them.
_CREW_CAME = re.compile(
    rf"\b(?:llegaron|llegaran|llegar|llegan|vinieron|vienen|pasaron) (?:los|las) "
    rf"de(?:l| la| el)? {CREWS}\b"
)
# A service that failed, or its company named ("se fue la luz", "con la CFE").
_SERVICE_FAILED = re.compile(
    rf"\b(?:con|de|por) (?:la|el|los|las) {CREWS}\b|\bse (?:fue|va|cort\w+) (?:la luz|el agua|"
    r"el gas|el internet)\b|\bsin (?:luz|agua|gas|internet|servicio)\b|\bapagon\w*"
)
# The people of any other place point only with a vice or a danger beside them: "los de
# Saltillo manejan como locos, ya saben cómo es esto" is banter about a city.
_ANY_PLACE = re.compile(
    r"\b(?:los|las|gente|familias) de (?!(?:siempre|arriba|abajo|la|el|los|las|politica|"
    rf"gobierno|{CREWS})\b)\w+\b"
)
# A wink at a people's virtue ("son bien unidas, ya saben cómo son") hints at nothing bad.
_PRAISE = re.compile(
    r"\b(?:trabajador[ae]?s?|unid[oa]s|amables?|buena gente|buenos vecinos|alegres?|"
    r"honrad[oa]s|sabros[oa]s?|ric[oa]s?|ayuda|ayudan|ayudaron|generos[oa]s|orgull\w+|"
    r"cocinan|cantan|bailan|comparten|celebran|festejan|invitan)\b"
)
# The group defended, or met with a kind act or wronged, as `hate_everyday.winks` reads it in
# English: food, clothes or money taken to them, volunteers, a food bank, its taxes and its
# lower crime, or a charge laid on it by others ("cada que abren un albergue los vecinos
# llevan comida. Saquen sus conclusiones."). A wink after it points at those who charge it.
_DEFENDED = re.compile(
    r"\b(?:(?:llevan|llevamos|llevaron|traen|trajeron|donan|donaron|donamos|reparten|"
    r"repartieron|regalan|regalaron|juntan|juntaron|juntamos) (?:\w+ ){0,2}?(?:comida|ropa|"
    r"cobijas|despensas?|viveres|medicinas|juguetes|tortas|tamales|cafe|agua)|donativos?|"
    r"donaciones|voluntari\w+|bancos? de (?:alimentos|comida)|comedor(?:es)? comunitari\w+|"
    r"(?:pagan|pagaron) (?:\w+ )?impuestos|(?:cometen|hay) menos (?:delitos|crimenes|robos)|"
    r"chivos? expiatorios?|(?:los|las|les) (?:culpan|culparon|discriminan|discriminaron))\b"
)


def kind_act_defends(around: str) -> bool:
    """The Spanish sentences around a wink defend the group or tell of a kind act done for it
    (`_DEFENDED`), and charge it with no vice beyond the defence's own words: the wink then
    points at those who charge it. Shared by every Spanish reader of a wink."""
    return _DEFENDED.search(around) is not None and not VICE.search(_DEFENDED.sub(" ", around))


_NEGATION = re.compile(r"\b(?:no|nunca|jamas|ni|tampoco)\b")


def kind_act_plainly_defends(around: str) -> bool:
    """`kind_act_defends`, with no negation anywhere around that could undo the defence:
    "las tiendas de los X nunca pagan impuestos. Curioso, ¿no?" is a charge."""
    return kind_act_defends(around) and _NEGATION.search(around) is None


_DANGER = re.compile(r"\b(?:banda|cuidado|arriesg\w+|malandr\w+|cholos?)\b")
# The people marks that keep the wink on a people even beside talk of politicians.
_PEOPLE_MARK = re.compile(
    r"\b(?:GRP|morenos?|morenitos?|acento|color|apellidos?|sinagoga|nariz|raza|religion|"
    r"huarache|del sur|los de fuera|los de afuera|extranjeros)\b"
)
# A group said to come only to take, what it comes for.
_COME_TO_TAKE = re.compile(
    rf"\b(?:{GROUP}|estos|esos|ellos)\b(?: [^ ,.]+){{0,3}}? (?:solo |nomas |nada mas )?"
    r"(?:vienen|viene|llegan|vinieron|llegaron) (?:a|por|pa) (?P<p>vivir del (?:cuento|sistema|"
    r"gobierno|erario)|cobrar (?:apoyos|ayudas|programas)|tener hijos|ocupar|delinquir|"
    r"que (?:el gobierno|les den|los mantengan)|quitarnos|robar|vender droga|llenar (?:las|los|"
    r"nuestros|nuestras)|ensuciar|imponer|reclamar derechos|poner bombas)\b|"
    r"\bno (?:vienen|viene|vinieron|llegan) a trabajar(?: honradamente)? , "
    r"(?P<q>vienen|viene|vinieron|llegan) a\b"
)

# Words every shape holds: most comments end at this search.
_OPENING = branch_trie.compile(
    r"\b(?:saque|saca|saben|sabes|sabemos|sabeis|sabe|entend|dejo|vien|vinieron|llega|hay que|"
    r"juntarlos|echarlos|sacarlos|correrlos|deportarlos|regresarlos|deporten|regresen|echen|"
    r"saquen|corran|devuelvan|remigracion|"
    # the pointed-back shapes: a bare vice, "lo mismo con esa gente", a short wink
    r"floj|cochin|suci|mugros|rater|ladron|huevon|vag[oa]s|trampos|apest|salvaj|violent|"
    r"transa|tranza|manos[oa]s|borrach|delincuent|malandr|cerd[oa]s|marran|puerc|animales|"
    r"ratas|parasit|inutil|brut[oa]s|mentiros|conflictiv|peleon|escandalos|groser|prepotent|"
    r"corrientes|nacos|ignorantes|terroristas|tacan|asesin|violadores|lacras|escoria|"
    r"lo mismo|lo suyo|lo de ellos|nunca se sabe|cuentas|"
    r"conclusiones|digo|genio|adivino|nunca sabe|lo sabe|hablo|refiero)"
)

# A whole people told to be deported or thrown out, all of them.
_ALL_OUT = re.compile(
    r"\b(?:hay que|que) (?:juntarlos|echarlos|sacarlos|correrlos|deportarlos|regresarlos|"
    r"los (?:regresen|deporten|echen|saquen|corran|devuelvan))(?: a todos)?(?: \w+){0,3}? "
    r"(?:del pais|a todos|de mexico|de aqui|en el primer \w+)\b|"
    r"\b(?:deporten|regresen|echen) (?:primero|a todos)\b(?! (?:los|las) (?:ninos|ninas|"
    r"alumnos|estudiantes|trabajadores|empleados|maestros|pacientes))|\bremigracion\b"
)
_ALL = "a whole people told to be deported or thrown out"
# Someone else asking for it just before ("paisanos pidiendo que deporten a todos").
_ASKED_BEFORE = re.compile(r"\b(?:pidiendo|exigiendo|gritando|gritan|gritaban|grito|piden)\b")
# Someone else's words told right after the line ("que los deporten a todos, gritaban").
_TOLD_AFTER = re.compile(
    r" [,;]? ?(?:gritaban|gritaron|gritan|grito|decian|dijeron|dicen|dijo|decia|pedian|pedia|"
    r"exigian|coreaban|escribio|escribieron|ponia|ponian)\b"
)
# Offices, forces, teams and gangs thrown out "a todos": no people ("que los corran a todos
# del ayuntamiento", "sacarlos a todos del penal").
_NOT_A_PEOPLE = re.compile(
    r"\b(?:congreso|ayuntamiento|cabildo|gobierno|senado|camara|regidores|diputad\w+|"
    r"senador\w*|politicos?|funcionari\w+|polic\w+|agentes|militares|jueces|ministros|"
    r"magistrados|jugadores|equipo|directiva|tecnico|cartel\w*|mara|narcos?|penal|carcel|"
    r"sindicato|empresa|oficina|escuela|maestros|corrupt\w+|partido|morena|pri|pan|prd)\b"
)
_WINKED = "a group's crime or a place's decline left for the reader to finish"

# The short winks that close a sentence on their own ("Ustedes saben.", "Hagan cuentas.",
# "mejor ni digo más"): counted only with a group or a shelter named and a vice or a decline
# beside it, since "nos vemos en la feria, ya saben" winks at nothing.
_BARE_WINK = re.compile(
    r"\b(?:(?:ustedes|todos) (?:ya )?saben|ya saben|ustedes (?:ya )?me entienden|"
    r"(?:hagan|saquen|saque) (?:sus )?(?:cuentas|conclusiones)|(?:mejor )?ni digo (?:mas|nada)|"
    r"no digo (?:nada )?mas|no hay que ser (?:genio|adivino)|uno ya sabe (?:quienes|como) son|"
    r"(?:todos|todo (?:el )?mundo) lo (?:sabemos|sabe|saben)|ya (?:sabemos|sabes))"
    r"(?= [.,?]|$)"
)
_BARE_POINTED = re.compile(
    r"\b(?:GRP|albergues?|los de fuera|los de afuera|esos|esas|ellos|ciert[oa]s|raza)\b"
)
# Crime words beyond `VICE` that a bare wink may close on.
_CRIME = re.compile(r"\b(?:delincuen\w+|crimen|maras?|pandill\w+|mareros)\b")
# A decline of a place, the other half of a bare wink with a shelter or a group.
_DECLINE = re.compile(
    r"\b(?:ya no se puede|ni se puede|no se puede ni|no pueden (?:volver|salir|andar)|"
    r"huele (?:distinto|diferente|feo|mal)|no alcanza|antes (?:era|no|nunca)|"
    r"ya no es (?:lo que era|igual|segur[oa]|tranquil[oa])|candado|se pone)\b"
)

# Pointed back: a people named in one clause (often as the object: "contraté a unos X"),
# then called its vices in a clause of their own ("..., flojos y cochinos todos", ". Puros
# rateros."), or said to be always the same ("siempre es lo mismo con esa gente").
_VICE_WORD = (
    r"(?:floj[oa]s|cochin[oa]s|suci[oa]s|mugros[oa]s|rater[oa]s|ladron(?:es|as)|huevon(?:es|as)|"
    r"vag[oa]s|tramposos|tramposas|apestos[oa]s|salvajes|violent[oa]s|transas|tranzas|"
    r"manos[oa]s|borrach[oa]s|delincuentes|malandros|cerd[oa]s|marranos|puercos|animales|"
    r"ratas|parasitos|inutiles|brut[oa]s|mentiros[oa]s|conflictiv[oa]s|peleoneros|"
    r"escandalos[oa]s|groser[oa]s|prepotentes|corrientes|nacos|ignorantes|salvajes|"
    r"terroristas|tacan[oa]s|asesin[oa]s|violadores|lacras|escoria)"
)
_BARE_VICE = re.compile(
    r"(?:^|(?<=[,.:] ))(?:y )?"
    # one or two of them: "Puros rateros.", "Todos unos tacaños."
    r"(?P<all>(?:(?:todos|todas|puros|puras|puro|pura|bien|unos|unas|pinches) ){1,2})?"
    rf"{_VICE_WORD}(?P<more>(?: ,| y| e)(?: (?:bien|muy|mas|unos|unas))? {_VICE_WORD})*"
    r"(?P<tail> (?:todos|todas|toditos|toditas|todos ellos|todas ellas|como siempre|"
    r"como todos))?(?= [,.?]|$)"
)
_SAME_AGAIN = re.compile(
    r"\b(?:siempre (?:es|pasa) lo mismo con|(?:siempre )?lo mismo de siempre con|"
    r"(?:uno )?nunca (?:se )?sabe con|asi es|asi son) (?:GRP|ellos|ellas|esos|esas|"
    r"esa religion|esa raza)(?= [.,?]|$)|"
    r"\b(?:con|de) (?:GRP|ellos|ellas|esos|esas) siempre (?:es|pasa) lo mismo\b|"
    r"\bes lo (?:suyo|de ellos)(?= [.,?]|$)|"
    r"\b(?:ojo|cuidado|aguas) (?:ahi|con ellos) , nunca se sabe\b"
)
# Words that make a bare vice a generalisation rather than one man's fault.
_EVERY_TIME = re.compile(r"\b(?:nunca mas|siempre|todos|todas|ni uno|otra vez)\b")
_POINTED_BACK = "a people named, then called its vices in a clause of their own"
# The group as the one wronged ("a los X los asaltan en el tren, todo mundo lo sabe"), or the
# writer's own people laughed at ("los mexicanos somos bien fiesteros, ya sabes").
_WRONGED_OR_WE = re.compile(
    r"\b(?:sufren|sufrieron|padecen|victimas?|(?:los|las|les) (?:asaltan|asaltaron|roban|"
    r"robaron|golpean|golpearon|extorsionan|quitan|discriminan|maltratan)|somos|nosotros|"
    r"nosotras)\b"
)
# Men arrested or charged: calling them criminals speaks of them, not of their people.
_ARRESTED = re.compile(
    r"\b(?:detuvieron|detenid[oa]s|arrestaron|arrestad[oa]s|capturaron|capturad[oa]s|"
    r"agarraron|acusad[oa]s|sentenciad[oa]s|condenad[oa]s|procesad[oa]s|vinculad[oa]s)\b"
)
# Offices, forces and gangs near the vice: the writer means them, not a people.
_NOT_PEOPLE_NEAR = re.compile(rf"{POLITICS.pattern}|\bpolic\w+|\bpatron\w*")
_TAKERS = "a group said to come only to take"


def wink_at_a_thing(an: Analysis) -> bool:
    """Every wink of the comment is at the weather, a missed collection or a crew that came
    and went ("con la lluvia se llenaron las calles de basura, ya saben cómo es esto"): none
    points at a people, so a model's hate reading of the wink's words is the rules' call."""
    if an.lang != "es" or not an.units or not _OPENING.search(an.norm.text):
        return False
    words, _offsets, _index = masked_words(an, group_units(an))
    winks = list(_WINK.finditer(words))
    if not winks:
        return False
    for m in winks:
        around = _window(words, m.start(), m.end())
        pointers = {p.group(0) for p in _POINTED.finditer(around)}
        if not (
            _DIRT_CAUSE.search(around)
            or _CREW_CAME.search(around)
            or _SERVICE_FAILED.search(around)
        ):
            return False
        if any(not _DIRT.fullmatch(p) for p in pointers) or VICE.search(around):
            return False
        if _ANY_PLACE.search(around) or _PEOPLE_MARK.search(around):
            return False
    return True


def _window(words: str, at: int, end: int) -> str:
    """The sentence of the match with the two sentences before it (a wink often follows a
    short aside: "... dos robos. Antes nunca. Saquen sus conclusiones")."""
    prev = words.rfind(" . ", 0, max(0, words.rfind(" . ", 0, max(0, words.rfind(" . ", 0, at)))))
    stop = words.find(" . ", end)
    return words[max(0, prev, at - 220) : stop if stop >= 0 else len(words)]


def _wink_points(words: str, m: re.Match) -> bool:
    """The wink `m` points at a group, a people's marks, or a neighbourhood's crime and dirt
    in its window, and not at the rain's dirt, at politicians, or at a people praised, defended
    or met with a kind act (`_DEFENDED`)."""
    around = _window(words, m.start(), m.end())
    if not (
        _POINTED.search(around)
        or (_ANY_PLACE.search(around) and (VICE.search(around) or _DANGER.search(around)))
    ):
        return False
    pointers = {p.group(0) for p in _POINTED.finditer(around)}
    if (
        pointers
        and all(_DIRT.fullmatch(p) for p in pointers)
        and _DIRT_CAUSE.search(around)
        and not VICE.search(around)
    ):
        return False  # the rain or a missed collection left the dirt
    if POLITICS.search(around) and not _PEOPLE_MARK.search(around):
        return False
    if kind_act_defends(around):
        return False  # "cometen menos delitos": the crime word is the defence's own
    return not (_PRAISE.search(around) and not VICE.search(around))


def _kept(words: str, what: str, m: re.Match) -> bool:
    """A wink, a group said to come to take, or a call to deport them all, that is the
    writer's line: not someone else's demand or words told right after it."""
    if what == _WINKED and not _wink_points(words, m):
        return False
    if what == _ALL and (
        _ASKED_BEFORE.search(words, max(0, m.start() - 30), m.start())
        or _NOT_A_PEOPLE.search(_window(words, m.start(), m.end()))
    ):
        return False
    return not _TOLD_AFTER.match(words, m.end())


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    words, offsets, index = masked_words(an, group_units(an))
    found: list[tuple[int, int, str]] = []
    if about_the_line(words):
        return found
    for what, pattern in ((_WINKED, _WINK), (_TAKERS, _COME_TO_TAKE), (_ALL, _ALL_OUT)):
        kept = (m for m in pattern.finditer(words) if _kept(words, what, m))
        found.extend(first_own_shape(words, offsets, index, kept, what, 60))
    found.extend(_pointed_back(words, offsets, index))
    return found


def _points_back(words: str, pattern: re.Pattern, m: re.Match) -> bool:
    """The bare wink, bare vice clause or "always the same with them" `m` (found by
    `pattern`) points back at a people: not beside offices, police, praise, a wronged group or
    the writer's own people; a vice said of all of them, not of men arrested."""
    around = _window(words, m.start(), m.end())
    prev = words.rfind(" . ", 0, max(0, words.rfind(" . ", 0, m.start())))
    before = words[max(0, prev, m.start() - 220) : m.start()]
    if _NOT_PEOPLE_NEAR.search(around) or (_PRAISE.search(around) and not VICE.search(around)):
        return False
    if _WRONGED_OR_WE.search(around):
        return False
    if pattern is _BARE_WINK:
        if not (
            _BARE_POINTED.search(around)
            and (VICE.search(around) or _DECLINE.search(around) or _CRIME.search(around))
        ):
            return False
    elif "GRP" not in before:
        return False
    if pattern is _BARE_VICE and _ARRESTED.search(before):
        return False
    if pattern is _BARE_VICE and not (
        m.group("all") or m.group("more") or m.group("tail") or _EVERY_TIME.search(around)
    ):
        return False
    return not (pattern is _SAME_AGAIN and not VICE.search(around) and "sabe" not in m.group(0))


def _pointed_back(words: str, offsets: list[int], index: list[int]) -> list[tuple[int, int, str]]:
    """The first bare wink, bare vice clause or "always the same with them" that points back at
    a people named before it in its sentence or the one before."""
    marks = (
        m
        for pattern in (_BARE_WINK, _BARE_VICE, _SAME_AGAIN)
        for m in pattern.finditer(words)
        if _points_back(words, pattern, m)
    )
    return first_own_shape(words, offsets, index, marks, _POINTED_BACK, 60)


@rule(_RULE, Category.HATE, needs=(_OPENING,))
def es_hinted(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that points at a group and leaves the reader to say it."""
    del sub
    if an.lang != "es" or not an.units or not _OPENING.search(an.norm.text):
        return []
    return held_shape(an, _RULE, _SCORE, _shapes(an))
