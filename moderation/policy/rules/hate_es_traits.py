"""A people given a vice as its nature, in Spanish (`hate.es_trait`, hold only).

A group (a group word, "esa gente", "los del sur") and, in its sentence or the next, a trait
said of the whole people: idle ("no les gusta trabajar", "flojos"), unthinking ("no piensan",
"no saben ni leer"), breeding ("se reproducen como conejos"), living off others ("viven del
gobierno", "estiran la mano"), a plague or an invasion, "otra especie", "no son como nosotros",
"es su forma de ser", a people outbreeding or replacing "us", dirt and smell ("no se bañan",
"huele diferente"), a child's or an animal's mind ("son como niños", "son como conejas"), a
lower sort ("gente de segunda", "raza de chulos") and the one to blame every time ("siempre son
ellos"). The same pairing reads mosques
with terror or takeover ("mezquita hoy, bombas mañana"), disabled people with lines that shut
them away ("no deberían votar", "son un gasto"), and a town said to have turned into a poor or
foreign country ("ya parece Kabul"). The phrases the other Spanish rules read as insults
(vermin, crime) are theirs; these are the polite ones.

These are also the lines the blog's readers quote most to answer them ("leer que los X no
quieren trabajar me duele"), so every hit only holds, and a comment that talks about the line
(reads, hears or quotes it, calls it a prejudice, a myth, a generalisation or racism) passes
unless the writer only fends the name off ("no es racismo, es la verdad"); so do a negation
between the group and the trait or before them, and a quoted or reported line.
"""

from __future__ import annotations

import re

from moderation.policy import branch_trie
from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context.label_fended_es import FENDED_LABEL_ES
from moderation.policy.rules.context.others_belief import OTHERS_BELIEF
from moderation.policy.rules.hate.credited import good_outcome
from moderation.policy.rules.hate.explained import outside_cause_at
from moderation.policy.rules.hate.reaction_verb import others_belief_resented
from moderation.policy.rules.hate.some_members import there_are_before
from moderation.policy.rules.hate_es_held import held_shape
from moderation.policy.rules.hate_es_implicit import VICE, asked_es, reported_before
from moderation.policy.rules.hate_es_short import (
    CREWS,
    FAULT,
    NEG_BEFORE_ES,
    PEOPLE_PLACE,
    masked_words,
    units_inside,
)
from moderation.policy.rules.hate_es_tropes import marked_span
from moderation.policy.rules.hate_shapes import group_units
from moderation.policy.types import Category

_RULE = "hate.es_trait"
_SCORE = 0.75

# A group, or a stand-in for one.
_MARK = re.compile(
    r"\b(?:GRP|esa gente|esta gente|los del sur|los de afuera|los de fuera|indios|morenos|"
    r"morenitos|prietos|gente del sur|el sur|esas familias|ciertos paises|cierta gente|"
    r"los que (?:vienen|llegan|vinieron|llegaron) del? \w+|"
    rf"(?:los|las|gente|familias) de (?!(?:la |el |las |los )?{CREWS}\b)"
    r"(?:la |el |las |los )?(?!(?:siempre|arriba|abajo|gobierno|"
    r"partido|congreso|senado|cabildo|ayuntamiento|cartel|sindicato|morena|pri|pan|equipo|"
    r"club|empresa|banco|oficina|escuela)\b)\w+)\b"
)
# The people of a place named by its name: a town's residents are no people ("los de
# Mexicali aguantan 50 grados, son de otra especie"), unless the place stands for one.
_TOWNSFOLK = re.compile(r"(?:los|las|gente|familias) de (?:la |el |las |los )?(?P<place>\w+)")
_PEOPLE_PLACE_WORD = re.compile(rf"{PEOPLE_PLACE}$")
_TRAIT = branch_trie.compile(
    r"\b(?:no (?:le|les) gusta trabajar|no quieren trabajar|no saben (?:ni )?(?:leer|vivir|"
    r"trabajar)|no piensan(?! (?:en|quedarse|ir|irse|volver|regresar|seguir|parar|dejar|venir|"
    r"llegar|hacer|votar|trabajar|pedir)\b)|"
    r"no tienen (?:cultura(?! del?\b)|educacion|higiene|preparacion|remedio|"
    r"la cultura(?! del?\b))|sin educacion|viven? como animales|como conejos|se reproducen?|"
    r"tienen tantos hijos|estirar la mano|estiran la mano|viven? del (?:gobierno|sistema|"
    r"cuento|programa|erario)|otra especie|bajan el nivel|son la razon|"
    r"(?:es|son) (?:los )?mas (?:violent[oa]s?|floj[oa]s?|sucios|manosos|problematicos|"
    r"salvajes|groseros)(?! (?:al|para) \w+)|otra mentalidad|manosos|no valoran|"
    r"traen (?:sus pandillas|"
    r"enfermedades|piojos|malas costumbres)|es cultural|asi nacieron|asi los crian|"
    r"su forma de ser|lo peor de lo peor|sanguijuelas|carga publica|un lastre|"
    r"(?:son|es) (?:una |como )?plaga|una invasion|invasores|no son como nosotros|"
    r"no son (?:mexicanos|espanoles) de verdad|no se parecen a nosotros|"
    r"no se puede (?:razonar|esperar mucho)|viven? como hace|floj[oa]s|"
    # a people called idle or dirty, in the feminine singular of "la gente" ("la gente del sur
    # es floja"; a thing or a pet "es flojo") or in the plural ("son unos cochinos")
    r"(?:(?:es|era) (?:muy |bien |bastante |medio |tan |mas )?(?:floja|huevona|sucia|cochina|"
    r"mugrosa)|(?:son|eran) (?:muy |bien |bastante |medio |tan |mas |todos |unos |unas )?"
    r"(?:sucios|sucias|cochinos|cochinas|mugros[oa]s|puercos|puercas))(?! (?:con|para|en|de)\b)|"
    # the same nature said by a people's ways, or as the one thing that explains it
    r"no tienen (?:otra forma de vivir|los mismos valores)|(?:asi|esa) es su cultura|"
    r"es su cultura|asi trabajan ellos|asi son (?:todos|todas|ellos|ellas)|"
    r"mas parecen de la selva|vienen con (?:otra agenda|la mentalidad|otras enfermedades)|"
    r"son la misma cucaracha|eso lo explica todo|"
    # the one to blame every time, dirt and smell, an animal's or a child's mind, a lower sort
    r"(?:casi )?siempre son ellos(?= ?[.,]|$)|no se banan|sin banarse|ni se banan?|"
    r"aprendan a banarse|(?:aprendan|ensenan|ensenen|sepan|saben ni) a usar el bano|"
    r"huelen? (?:diferente|a sudor|a mugre|a rancio|a orines)|"
    r"son como (?:las gallinas|ninos|conejas|ganado|borregos|animales|burros)|"
    r"raza de (?:chulos|ranchos|flojos|ladrones|rateros|vagos|salvajes|mantenidos)|"
    r"nada bueno sale de esa raza|gente de segunda|(?:la )?mentalidad del tercer mundo|"
    r"no merecen ni el aire|huelen? distinto|no les da la cabeza|no sirven para otra cosa|"
    r"no saben lo que es el progreso|que se civilicen|vivir como hace|solo paren|nomas paren|"
    r"son un (?:riesgo|peligro)(?! para)|"
    r"(?:(?:se|ellas solas se) )?(?:merecen|buscan) lo que les pas[ae]|"
    r"nos van a (?:sustituir|reemplazar)|(?:todos )?apoyan la yihad|"
    r"son todos (?:del isis|chavistas|comunistas)|a ver que se roban|"
    r"no entienden (?:de|la) democracia|"
    r"(?:entender|entiendes?|entienden) por q(?:ue)? el pais no avanza|"
    r"nomas (?:tienen?|saben tener) (?:hijos|chamacos)|piden? en los cruceros|"
    r"se sienten (?:de aqui|duenos)|como si fuera suya|dan mala imagen|"
    r"afean (?:el centro|la ciudad|todo)|"
    r"no son \w+ iguales que nosotros|no son iguales que nosotros|"
    r"no saben perder(?! (?:la|el|su|sus|tiempo))|andan de resentidos|"
    r"se (?:la|lo) (?:toman|gastan|beben) en (?:alcohol|vino|cerveza|pulque)|"
    r"no (?:deberia|deberian) ni estar aqui|no merecen? (?:ponerse la camiseta|el nombre de|"
    r"vivir aqui|estar aqui)|van a acabar con (?:la ciudad|el pais|la colonia|el barrio)|"
    r"nos estan echando a perder|con su ignorancia|(?:sera|es) la sangre|"
    # trouble that comes wherever a people settles
    r"donde (?:llegan|se instalan|se meten)(?: (?:los|las|esos|esas) \w+)?(?: de \w+)?(?: ?,)? "
    r"(?:llega el desmadre|llegan los problemas|pasa lo que pasa|desplazan|hay problemas|"
    r"sube la delincuencia|empiezan? (?:los|las) (?:robos|asaltos|problemas|broncas|pleitos|"
    r"pandillas|maras)|empieza la (?:delincuencia|inseguridad|droga|mara|ms))|"
    # a town no longer one's own for a people's number in it
    r"(?:uno )?ya no se siente (?:uno )?en (?:mexico|su ciudad|su pais|su colonia|casa)|"
    r"ya (?:ni|no) (?:se )?reconoce(?: uno)? (?:su|la) propia (?:colonia|ciudad|calle|tierra)|"
    r"(?:seria|estaria) (?:otra cosa|mejor) sin tant[oa]s? \w+|"
    # a people's nearness as a warning to guard one's wallet or lock the door
    r"(?:cuiden|cuida|esconder|esconde|escondan|agarren|agarra|guarden|guarda|aguas con) "
    r"(?:bien )?(?:la|tu|sus|su|las|tus) (?:cartera|carteras|billetera|billeteras|bolsa|bolsas)|"
    r"(?:fijate|fijese|revisa) que no te falte (?:la|tu) (?:cartera|billetera)|"
    r"cierra(?:n)? bien (?:la|tu|su) puerta|"
    # culture, mentality and blood as the people's fault
    r"(?:traen?|vienen con|tienen) (?:otras|esa|la misma) (?:costumbres|mentalidad)|"
    r"otras costumbres|costumbres (?:raras|atrasadas)|cultura de (?:muerte|malandros|"
    r"pedir|mendigo|no pagar)|su cultura no es como la nuestra|"
    r"(?:es|por) (?:la|su) cultura|esa mentalidad|la misma mentalidad|(?:esta|lo traen|traen?|"
    r"tenemos|tienen|llevan) (?:lo |la |el )?(?:criminal|flojera|violencia|robo|corrupcion|"
    r"crimen|delincuencia|vagancia|mugre|malo|ratero|flojo|violento) en la sangre|"
    r"la sangre (?:se nota|\w+ es)|sera la sangre|"
    r"cuidar? (?:su|la|nuestra) (?:sangre|raza)|(?:echar|echando) a perder la sangre|"
    r"por naturaleza|"
    # a "race" said to be hardier or lesser, or born to serve ("su raza aguanta más")
    r"(?:su|esa|la|una) raza (?:aguanta|resiste|soporta|es (?:mas |menos )?(?:fuerte|resistente|"
    r"aguantadora|dura|inferior|menor|debil)|no da para mas)|"
    r"(?:son|es) (?:una )?raza (?:mas |menos )?(?:fuerte|resistente|aguantadora|inferior|menor)|"
    r"aguantan mas por (?:su|la) (?:raza|sangre)|"
    r"(?:estan|fueron|son) hechos para (?:el trabajo (?:pesado|duro)|servir|obedecer|el campo)|"
    r"nacieron para (?:servir|obedecer|trabajar el campo|el trabajo pesado)|"
    # a people likened to herds, animals or children, or said never to be trusted
    r"(?:son|es) como (?:ninos|ganado|animales|changos|perros|borregos)|como (?:changos|perros)|"
    r"no se (?:le |les )?(?:puede|deben?) confiar|no me fio de (?:ningun|ninguna)|"
    r"(?:ningun|ninguna) \w+ es de fiar|"
    # a people to be stripped of its rights or kept where it came from
    r"que (?:les|le) quiten (?:la|el|los|las) (?:visa|pension|voto|hijos|nacionalidad|"
    r"derechos|apoyos?)|quitarles (?:el voto|la pension|los hijos|la visa|la nacionalidad|"
    r"los derechos)|que prohiban a (?:los|las)|no deberian dejar que|"
    r"que se queden en (?:su|sus) (?:pais|paises|tierra|isla|sierra|tercer mundo)|"
    # a people said to be outbreeding or replacing "us"
    r"minoria en nuestra propia tierra|(?:nos|los) van a (?:sustituir|reemplazar|desplazar)"
    r"(?! con)|"
    r"nos estan (?:sustituyendo|reemplazando|desplazando)|"
    r"ya no (?:va|vamos) a ser (?:mexico|nuestro|nuestra|de nosotros|mexicanos)|"
    r"van a ser mas que nosotros|ya no es nuestra ciudad)\b"
)
# Traits that are no fault by themselves ("es su cultura" of a people's kindness, "son como
# niños" at the snow): they count only with a vice or a lack in the sentences around.
_SOFT = re.compile(
    r"\b(?:cultura|cultural|costumbres|mentalidad|forma de ser|como ninos|"
    r"asi son|eso lo explica todo|asi nacieron|asi los crian|asi trabajan)\b"
)
# Lacks and vices of these comments beyond the shared lists.
_LACK = re.compile(
    r"\b(?:vagancia|flojera|ignoran\w+|malandr\w+|mendig\w+|pedir|exigir|muerte|criminal|"
    r"brujeria|atrasad\w+|no respetan|no aportar|no valora\w*|no pagar|pobreza|pobres)\b"
)
_PRAISE = re.compile(
    r"\b(?:enriquec\w+|famos[oa]s|conocid[oa]s|amables?|bonit[oa]s?|precios[oa]s?|hermos[oa]s?|"
    r"admir\w+|orgullo\w*|ric[oa]s?|alegres?|trabajador[ae]s|relajad[oa]s?|calid[oa]s?)\b"
)


# Mosques, and the terror or the takeover said to come with them.
_MOSQUE = re.compile(r"\bmezquitas?\b")
_MOSQUE_SAID = re.compile(
    r"\b(?:bombas?|terroris\w+|nido|cuartel|sharia|yihad\w*|antes de que pase algo|"
    r"vigilar|cierren|cerradas|prohib\w+|luego vienen mas|al tiempo)\b"
)
# Disabled and old people, and the lines that would shut them away or out.
_DISABLED = re.compile(
    r"\b(?:mongol(?:es|itos?)?|invalidos|cojos|sordomudos|discapacitad[oa]s|sindrome de down|"
    r"retrasad[oa]s|viejitos|ninos especiales|minusvalid[oa]s)\b"
)
_DISABLED_SAID = re.compile(
    r"\b(?:no deberian? (?:votar|nacer|tener hijos|gobernar|existir|salir)|estorba\w*|"
    r"carga publica|una carga|un gasto|que se queden en (?:su|sus) casas?|que los separen|"
    r"su propia escuela|encerrad[oa]s|esterilizar\w*|castigo de dios|ni caminar puede|"
    r"no sirven|no entienden nada|para que los traen)\b"
)
# A town said to have turned into a poor or foreign country.
_BECOME = re.compile(
    r"\b(?:ya parece|va a parecer|van a parecer|se volvio|sera|parece) (?:una pequena |"
    r"un pequeno |otra |otro )?(?:honduras|haiti|africa|kabul|marruecos|wuhan|guatemala|"
    r"la selva|somalia|un pais africano)\b|\bhuele a (?:africa|haiti|selva)\b"
)
_PAIRS = ((_MOSQUE, _MOSQUE_SAID), (_DISABLED, _DISABLED_SAID), (_BECOME, _BECOME))

# Talk about the line: it is read, heard, quoted, or called a prejudice or a myth.
_ABOUT_THE_LINE = re.compile(
    r"\b(?:leer|leo|lei|oigo|oir|escuche|escucho|frase|argumento|cantaleta|comentarios?|"
    r"diciendo|dices|dice|dicen|dijo|decir|suelta|piense|piensan (?=que|asi|eso|igual)|me duele|"
    r"me (?:da|dan) (?:pena|tristeza|coraje)|generaliz\w+|injust\w+|racis\w+|xenofob\w+|"
    r"prejuicio\w*|mentira|falso|estereotip\w+|(?<!del )cuento|mito|ignoran\w+|datos|"
    r"que no me digan|"
    r"historia de que|eso de que|lo mismo (?:que )?decian|odio|deshumaniz\w+|escribe|"
    r"escribio|escriben|creyendo|(?<!se )cree|(?<!se )creen|pintaron|como si fuera|verguenza|"
    r"decian|decia)\b"
)
# The writer calling the line unsayable: the writer's own line follows ("ya sé que no se puede
# decir, pero ...", "lo que nadie se atreve a decir: ..."), no saying of others.
_UNSAYABLE = re.compile(
    r"(?:ya )?(?:se|sabemos|saben) que (?:esto )?no se (?:puede|debe) decir|"
    r"no se puede decir(?:lo)? , pero|(?:lo que )?nadie (?:se atreve a|quiere|puede) decir(?:lo)?|"
    r"lo que nadie dice|(?:lo que )?no se (?:puede decir|dice) en (?:publico|voz alta)"
)
# The writer denying the name ("no soy racista", "no es racismo decir"), or fending it off in
# advance (`label_fended_es`: "me van a llamar racista", "aunque me digan xenófobo"): no talk
# about the line.
_FENDED = re.compile(
    r"\b(?:(?:no|ni) (?:es|soy|sea|somos|lo digo (?:por|con)|se trata de|"
    r"tiene nada que ver con)|no de) "
    r"(?:\w+ )?(?:racis\w+|xenofob\w+|odio|prejuicio|homofob\w+|transfob\w+|machis\w+|"
    rf"discrimin\w+)|{FENDED_LABEL_ES.pattern}|"
    r"(?:tampoco|no) es racismo decir|" + _UNSAYABLE.pattern
)
# Words every pair holds: most comments end at this search.
# The wallet warning after a theft the group's member suffered ("a mi tía, que es migrante, le
# robaron la bolsa; cuiden sus carteras") is advice, not a people's vice.
_WALLET = re.compile(r"\w+ (?:bien )?(?:la|tu|sus|su|las|tus) (?:cartera|billetera|bolsa)")
_ROBBED = re.compile(
    r"\b(?:le|les|me|nos|te) (?:robaron|asaltaron|bolsearon|quitaron|carterearon)\b"
)
_OPENING = branch_trie.compile("|".join(p.pattern for p in (_TRAIT, _MOSQUE, _DISABLED, _BECOME)))
_NATURE = "a people given a vice or a lack as its nature"


# The writer vouching for the line with everyone's knowledge ("no lo digo yo, lo dicen los
# papás", "lo dice cualquiera que vea los números", "pregúntale a cualquier policía y te dice
# lo mismo"): the saying is called in as a witness, the line is still the writer's.
_BLAMED = r"racis|xenofob|homofob|ignoran|nazi|fach|intoleran|odia"
_VOUCHED = re.compile(
    rf"\bno lo (?:digo|invento) yo\b(?: , (?:lo )?(?:dicen|dice) (?:(?!{_BLAMED})\w+ ){{0,4}}?"
    rf"(?!{_BLAMED})\w+)?|"
    r"\blo (?:dice|sabe|ve) (?:cualquiera|todo el mundo|todo mundo)\b|"
    r"\bcualquiera (?:te|se|les) lo (?:dice|dira)\b|"
    r"\b(?:te|les) (?:dice|dira|van a decir|dicen) lo mismo\b|"
    r"\blo dicen (?:los|las) (?:datos|numeros|hechos|estadisticas|cifras)\b|"
    # a knowing nod ("no hace falta decir más") and agreement with another comment on
    # something else ("en eso coincido con el comentario de arriba")
    r"\b(?:no hace falta|no hay que|mejor ni|no necesito|no tengo que) decir (?:nada )?mas\b|"
    r"\b(?:coincido|estoy de acuerdo|concuerdo) con (?:\w+ ){0,3}?(?:comentario|nota|articulo|"
    r"autor|vecino|analisis)(?: (?:de arriba|anterior))?(?: que dice)?\b"
)


# A subject of its own right before a trait that comes ahead of the group ("las empresas no
# valoran el trabajo de los X", "los patrones los tratan como ..."): the trait is said of that
# subject, with the group its object. A plural noun after an article or a quantifier, closing
# the words before the trait; a group word is masked as GRP and never counts.
_OTHER_SUBJECT = re.compile(
    r"(?:^|[.,;] |\b(?:y|pero|porque|que) )(?:(?:las|los|esas|esos|estas|estos|muchas|muchos|"
    r"algunas|algunos|nuestras|nuestros|sus|el|la|este|esta|ese|esa|mi|su) )(?!GRP\b)"
    r"[a-z]+(?: (?:de|del) (?:la |el |los |las )?[a-z]+)? $"
)


def about_the_line(words: str) -> bool:
    """The comment talks about the line, beyond the writer's fending off of a name or
    vouching for it with what everyone says."""
    fended = [m.span() for m in _FENDED.finditer(words)]
    fended += [m.span() for m in _VOUCHED.finditer(words)]
    return any(
        not any(a <= m.start() < b for a, b in fended) for m in _ABOUT_THE_LINE.finditer(words)
    )


def _at_fault(words: str, a: int, b: int) -> bool:
    """A vice or a lack in the sentences around a soft trait, and no praise."""
    start = words.rfind(" . ", 0, max(0, words.rfind(" . ", 0, a)))
    end = words.find(" . ", b)
    around = words[max(0, start) : end if end >= 0 else len(words)]
    fault = VICE.search(around) or FAULT.search(around) or _LACK.search(around)
    return bool(fault and not _PRAISE.search(around))


def _paired(an: Analysis) -> tuple[tuple[str, list[int], list[int]], tuple[int, int], re.Pattern]:
    """The first pair found: the words it was read in (groups masked for the people pair, as
    written for the others, whose marks the group lexicon may mask), its span and its line."""
    masked = masked_words(an, group_units(an))
    span = marked_span(masked[0], _MARK, _TRAIT)
    if span is not None:
        return masked, span, _TRAIT
    plain = masked_words(an, set())
    for mark, said in _PAIRS:
        span = marked_span(plain[0], mark, said)
        if span is not None:
            return plain, span, said
    return masked, (-1, -1), _TRAIT


def _shape(an: Analysis) -> tuple[int, int] | None:
    (words, offsets, index), (a, b), trait = _paired(an)
    if a < 0 or about_the_line(words):
        return None
    said = max((m.start() for m in trait.finditer(words, a, b)), default=a)
    line = trait.match(words, said)
    if line and _SOFT.search(line.group(0)) and not _at_fault(words, a, b):
        return None
    if line and _WALLET.match(line.group(0)) and _ROBBED.search(words, max(0, said - 120), said):
        return None
    if line and outside_cause_at(words, line.end()):  # "tienen tantos hijos porque allá ..."
        return None
    if line and line.group(0) == "son la razon" and good_outcome(words[line.end() :]):
        return None  # "son la razón por la que los hospitales tienen enfermeras": credited
    if (
        said == a
        and line
        and line.group(0).startswith("no ")  # a denied verb of conduct, the group not inside
        and "GRP" not in line.group(0)
        and _OTHER_SUBJECT.search(words, max(0, words.rfind(" . ", 0, a)), a)
    ):
        return None  # "las empresas no valoran el trabajo de los X": the firms' fault
    for at in (a, said):
        lo = max(0, at - 60)
        before = _UNSAYABLE.sub(lambda m: " " * len(m.group(0)), words[lo:at])
        if OTHERS_BELIEF.search(before) or reported_before(before, words, lo):
            return None
    if NEG_BEFORE_ES.search(words, max(0, a - 20, words.rfind(",", 0, a)), a):
        return None
    if there_are_before(words, a):
        return None  # "hay mexicanos flojos como hay gringos flojos": some members
    town = _TOWNSFOLK.match(words, a)
    if town and not _PEOPLE_PLACE_WORD.match(town.group("place")):
        named = units_inside(offsets, index, town.start("place"), town.end("place"))
        if named and an.capitalised(named[0]):
            return None
    inside = units_inside(offsets, index, a, b)
    if not inside or asked_es(an, inside[0]):
        return None
    if others_belief_resented(an, inside[-1]):
        return None  # "lo que me indigna de los X es que muchos crean que son flojos"
    return inside[0], inside[-1]


@rule(_RULE, Category.HATE, needs=(_OPENING,))
def es_trait(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that gives a people a vice or a lack as its nature."""
    del sub
    if an.lang != "es" or not an.units or not _OPENING.search(an.norm.text):
        return []
    found = _shape(an)
    shapes = [] if found is None else [(found[0], found[1], _NATURE)]
    return held_shape(an, _RULE, _SCORE, shapes)
