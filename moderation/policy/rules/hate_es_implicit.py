"""Implicit Spanish group hate that names no slur and no insult (`hate.es_implicit`, hold only).

The shapes the blog's hateful Spanish comments take when the writer keeps the words polite:
a group (named, or "ellos" / "esa gente" once the comment names one) with a stereotype
predicate ("no respetan nada", "traen otras costumbres", "nos están invadiendo"); a
neighbourhood said to be ruined since a group came; a wish that a river, a storm or the
train take the group away ("ojalá el río se los lleve a todos"); a "you know what they are
like" about a group ("ya saben cómo son"); a call to watch, fumigate or run a group out, or
to keep the race pure ("hay que cuidar la raza"); a vice put down to blood, genes or race;
"por algo será" after a group and its lot; a group barred from voting or office; harm to a
group said to be deserved; a group refused a home or a job; the antisemitic trope of "the
same ones as always" behind the banks and the media; a sneering "qué casualidad" on a
group's crime; a group held to be less than people or kept from "normal" families; and a
threat to run a family, by its surname, out of town ("a los Pérez hay que correrlos del
pueblo"), while a team named the same way is beaten, not threatened.

The comment is read as the words of `hate_es_short.masked_words` (groups masked as `GRP`, commas and
sentence breaks kept). Every hit only holds: a moderator reads it. A negation before the
shape, a cause or condition after it ("no se integran porque nadie los ayuda"), words quoted,
reported or denied, and a comment that calls some line racist or false let it pass.
"""

from __future__ import annotations

import re

from moderation.policy import branch_trie
from moderation.policy.analysis import Analysis
from moderation.policy.lexicon import pattern_needles
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import dismissed_after
from moderation.policy.rules.context.label_fended_es import fended_spans
from moderation.policy.rules.context.others_belief import OTHERS_BELIEF
from moderation.policy.rules.hate_es_short import (
    GAP,
    GROUP,
    NEG_BEFORE_ES,
    SAID_BEFORE,
    masked_words,
    negated_es,
    units_inside,
)
from moderation.policy.rules.hate_everyday.counter_speech import (
    condemns,
    set_apart,
)
from moderation.policy.rules.hate_everyday.kindly import kindly_said
from moderation.policy.rules.hate_shapes import group_units
from moderation.policy.types import Category

_RULE = "hate.es_implicit"
_SCORE = 0.75

# A group, or a stand-in for one the comment has named ("ellos", "esa gente").
GROUP_OR_STAND_IN = (
    rf"(?:{GROUP}|ellos|ellas|esos|esas|esa gente|esta gente|gente (?:asi|de ese tipo)|"
    r"ese tipo de gente)"
)
# A group left unnamed on purpose ("cierta comunidad", "ciertas razas", "gente de cierto tipo").
UNNAMED_GROUP = (
    r"(?:ciert[oa]s? (?:comunidad|comunidades|gente|grupos?|razas?|tipo|paises|familias)|"
    r"ese tipo de gente|gente de ese tipo)"
)

_STEREOTYPE = "a group with a stereotype predicate"
_RUINED = "a place said to be ruined since a group came"
_WISHED = "a group wished away by a river, a storm or the train"
_KNOWN = "a group said to be known for what it is"
_CALL = "a call to watch, fumigate or run out a group, or to keep the race pure"
_BLOOD = "a fault put down to a people's blood, genes or race"
_FOR_A_REASON = "a group's lot said to be deserved: 'por algo será'"
_BARRED = "a group said to be unfit to vote, govern or hold office"
_DESERVED = "harm to a group said to be deserved or approved"
_SHUT_OUT = "a group refused a home, a job or a sale"
_SNIDE = "a group's crime put with a sneering 'what a coincidence'"
_LESSER = "a group held to be less than people, or kept apart from 'normal' people"
_SAME_ONES = "the same few families said to own the banks and the media"

# What a people is said to do or be by nature, with no insult word in it.
_PREDICATE = (
    r"(?P<p>no respeta(?:n)? (?:nada|a nadie|las leyes|nuestras \w+|nuestra \w+)|"
    r"no se (?:adapta(?:n)?|integra(?:n)?|asimila(?:n)?)(?: nunca| jamas| a nada)?|"
    r"(?:traen|tienen) (?:otras|sus) (?:costumbres|manas|mentalidad)|"
    r"tiene(?:n)? otra mentalidad|no tienen remedio|no cambian(?: nunca)?|"
    r"viven? (?:del robo|del contrabando|de robar|de pedir|del cuento|de la limosna)|"
    r"se reproducen como|tienen (?:muchos|tantos|cinco|seis|diez) hijos a proposito|"
    r"(?:solo|nomas|nada mas) ven por los suyos|siempre seran extranjeros|"
    r"se (?:estan |van )?(?:apoderando|aduenando|apoderan|aduenan|apoderaron|aduenaron)"
    r"(?: de)? (?:todo|las colonias|los barrios|el comercio|la ciudad|el pais|nuestras|"
    r"nuestros)|"
    r"nos (?:estan|van a) (?:colonizando|invadiendo|reemplazando|desplazando|colonizar|"
    r"invadir|reemplazar|desplazar)|(?:vienen|llegan) a quitarnos|"
    r"(?:nomas |solo )?(?:ensucian|afean)(?: todo| la ciudad| el centro| las calles)?|"
    r"no aguantan (?:nada|el trabajo|jornadas \w+)|"
    r"siempre (?:buscan|quieren) (?:sacar ventaja|aprovecharse|algo gratis))\b"
)
# A cause, condition, purpose or field right after the predicate: the writer explains, not
# sneers ("no se integran porque nadie los ayuda", "no se adaptan al frio").
_EXPLAINED_AFTER = re.compile(
    r" (?:,? )?(?:porque|por (?:falta|culpa|miedo)|ya que|pues|debido|sin|si|si no|cuando|"
    r"mientras|hasta que|a menos que|al (?:frio|calor|clima|idioma|trabajo|invierno|horario|"
    r"cambio de horario)|a la (?:ciudad|escuela|comida|altura|humedad|nieve)|a los horarios|"
    # customs or a mindset of a field of everyday life ("otra mentalidad para el ahorro")
    r"(?:para|en) (?:el|la|los|las|sus) (?:ahorro|comida|cocina|musica|fiestas?|ropa|negocios?|"
    r"deportes?|bodas|navidad|futbol|baile|bailes))\b"
)
# Someone's words just before the shape ("dicen que", "según el alcalde").
_REPORTED_BEFORE = re.compile(
    r"\b(?:dicen|dice|dijo|dijeron|decia|decian|segun|afirma|afirman|asegura|aseguran|creen|cree|"
    r"piensan|piensa|repiten|repite|pensaba|pensaban|creia|creian|decia|decian|crei|pense|"
    r"desean|desea|quieren|quiere|piden|pide|esperan|diciendo|gritando|escribiendo|"
    # the names others give them ("me indigna que los llamen flojos")
    r"llaman|llamen|llamaron|llamaban|tachan|tachen|tildan|tilden|acusan|acusen|"
    # what others say, resented in the subjunctive ("me cansa que digan que somos flojos");
    # the imperative "no me digan que ..." has no "que" before it and asserts, and "que digan
    # lo que quieran", "digan lo que digan" wave the talk away
    r"(?<=que )(?<!lo que )(?:(?:me|nos|les|te|se) )?"
    r"(?:digan|diga|anden diciendo|sigan diciendo)(?! lo que))"
    r"(?: [^ .]+){0,5}? (?:que )?$"
)


def reported_before(before: str, words: str = "", offset: int = 0) -> bool:
    """Someone's words end `before` (`_REPORTED_BEFORE`), `before` being `words` from `offset`
    on. A verb of saying inside a label the writer fends off (`fended_spans`: "luego te dicen
    racista, pero ...", "que me llamen xenófobo, pero ...") names the writer, not a speaker of
    the line, so it reports nothing."""
    r = _REPORTED_BEFORE.search(before)
    if r is None or not words:
        return r is not None
    fended = fended_spans(words)
    while r is not None:
        if not any(a <= offset + r.start() < b for a, b in fended):
            return True
        r = _REPORTED_BEFORE.search(before, r.start() + 1)
    return False


# A place, a family or a stand-in for "everyone who crosses", taken away by nature.
_TAKERS = (
    r"(?:el rio|el bravo|el mar|la corriente|la bestia|el tren|la tormenta|el huracan|"
    r"un terremoto|la proxima tormenta|la proxima inundacion|el desierto|el calor)"
)
_ALL_WHO_CROSS = r"todos los que (?:cruzan|crucen|vienen|llegan|se brincan|brincan|se avientan)"
# Politics: "ya saben quiénes" about politicians or parties is political opinion.
POLITICS = re.compile(
    r"\b(?:gobierno|politicos?|partidos?|diputad\w+|senador\w*|morena|pri|pan|prd|"
    r"funcionari\w+|corrupt\w+|alcalde|gobernador\w*|presidente|narcos?|cartel\w*)\b"
)
# Sports: a team named by a plural ("a los Tigres", "los Flores el sábado") is played, not
# threatened.
_SPORTS = re.compile(
    r"\b(?:partido|partidazo|juego|ganar|ganamos|ganaron|perdimos|cancha|estadio|gol|goles|"
    r"marcador|liga|liguilla|jornada|torneo|final|semifinal|equipo|aficion|afici\w+|"
    r"campeonato|temporada|carreras?|entrada|inning|innings|beisbol|futbol|basquet)\b"
)

# A vice or lack, for the blood and "por algo" shapes: a people's blood that dances is no fault.
VICE = re.compile(
    r"\b(?:crim\w*|delinqu\w*|delito\w*|violen\w*|rob\w*|ladron\w*|flojo\w*|flojera|vag[oa]s|"
    r"pobre\w*|atrasad\w*|inteligentes|capacidad|lent[oa]s|mara|tranza\w*|corrupci\w+|"
    r"bravos|conflictiv\w+|pedir|limosna|sucio\w*|mugre|borrach\w*|colonizador\w*|"
    r"no (?:trabajan|progresan|avanzan|se adaptan|piensan|aprenden)|huele|huelen|apesta\w*|"
    r"peligros\w*|droga\w*|narco\w*|invasor\w*|inferior\w*|nacos?|feos?|cochin\w+|"
    r"sin educacion|sin futuro|bombas?|enfermedad\w*|vicio|asalt\w+|robad\w+)\b"
)
# A people's virtues: "ya saben cómo son" said of them is fondness.
_FOND = re.compile(
    r"\b(?:amables?|trabajador[ae]?s?|buena gente|alegres?|unid[oa]s|generos[oa]s|honrad[oa]s|"
    r"hospitalari[oa]s|carinos[oa]s|educad[oa]s|limpi[oa]s|respetuos[oa]s)\b"
)
# Others blaming a group: "qué curioso que siempre culpen a los X" sneers at the blame.
_BLAMED = re.compile(
    r"\b(?:culp\w+|acus\w+|dicen|echan|discrimin\w+|estereotip\w+|menos|segun|estudios?|"
    r"datos|cifras)\b"
)
# The group as the one harmed ("los que son robados", "a los que asaltan"): the sneer is at
# what is done to them.
_HARMED = re.compile(
    r"\b(?:son|fueron|salen|terminan|resultan) (?:\w+ )?(?:robad|asaltad|atacad|golpead|"
    r"estafad|extorsionad|asesinad|desalojad|acosad|maltratad|explotad)[oa]s\b|"
    r"\b(?:a (?:los|las) que|a quienes) (?:les |los |las )?(?:roban|asaltan|atacan|golpean|"
    r"estafan|extorsionan|matan|explotan|desalojan|acosan|maltratan)\b"
)
# Animals bred by breed: "hay razas que necesitan ejercicio" is about dogs.
_ANIMALS = re.compile(
    r"\b(?:perr\w+|gat[oa]s?|caball\w+|ganado|vacas?|toros?|gallos?|gallinas?|canin\w+|"
    r"mascotas?|cachorr\w+|pitbull\w*|chihuahuas?)\b"
)
# The marks of the antisemitic trope of "the same ones as always" behind the money: a
# skullcap, a star, a nose, a surname ending, "odd surnames", a community left unnamed.
SAME_ONES_MARK = (
    r"(?:los (?:de|del) (?:la )?(?:kipa|kippa|estrellita|sombrerito|nariz|gremio de la kipa)|"
    r"estrella de seis puntas|nariz grande|(?:terminad[oa]s?|terminan|acaban) en "
    r"-?(?:berg|stein|man)|apellidos? (?:raros?|de cierto tipo|de cierta comunidad|"
    r"(?:muy )?particulares|que todos conoc\w+|judios|que no son ni mexicanos|de esos|"
    r"de los de siempre)|(?:ustedes|ya) saben? de que comunidad|una comunidad muy chiquita|"
    r"ese pueblo siempre gana)"
)
# The money, the media and the border's caravans that the trope says they own.
_OWNED = (
    r"(?:bancos?|banqueros?|banca|wall street|hollywood|medios|televisoras?|periodicos|diarios|"
    r"financi\w+|caravanas|ongs?|reserva federal|usureros|fondos|farmaceuticas|dinero|"
    r"inmobiliarias|casas de cambio|agencias de noticias|controlan|mandan|mueven|manejan|"
    r"detras de)"
)

_SHAPES: tuple[tuple[str, re.Pattern], ...] = (
    (
        _LESSER,
        re.compile(
            rf"(?<!\ba )(?<!\bde )\b(?:GRP|esos|esas)\b{GAP} (?:ni|no) (?:parecen|son) "
            r"(?:humanos|personas|gente|gente como uno)(?= [.,?]|$)|"
            r"\bque aprendan a \w+(?: \w+){0,3}? como (?:la gente|gente normal|gente decente|"
            r"los demas|gente civilizada)\b|\b(?:que se civilicen|hay que civilizarlos)\b|"
            r"\b(?:lejos de|no molesten a|no molestan a|aparte de) (?:la gente|las familias|"
            r"los ninos de las familias) (?:normal|normales|decente|decentes|de bien)\b|"
            rf"(?<!\ba )(?<!\bde )\b(?:GRP|esos|esas)\b{GAP} (?:deberian quedarse|que se queden|"
            r"q se queden|se deberian quedar) (?:en|alla) (?:el monte|la sierra|su sierra|"
            r"alla arriba|arriba|sus cerros|el cerro|la selva|su selva|su monte)\b"
        ),
    ),
    (
        _SAME_ONES,
        re.compile(
            rf"\b{SAME_ONES_MARK}\b[^.]{{0,80}}?\b{_OWNED}\b|"
            rf"\b{_OWNED}\b[^.]{{0,80}}?\b{SAME_ONES_MARK}\b|"
            rf"\b(?:los mismos(?: \w+)? de siempre|siempre (?:son )?los mismos|los de siempre|"
            rf"(?:fijense|fijate|busquen|busca|investiguen|vean) (?:en )?(?:los|el) apellidos?)\b"
            rf"[^.]{{0,80}}?\b{_OWNED}\b|"
            rf"\b{_OWNED}\b[^.]{{0,80}}?\b(?:los mismos(?: \w+)? de siempre|"
            r"siempre (?:son )?los mismos|los mismos apellidos|"
            r"(?:fijense|fijate|busquen|busca|investiguen|vean) (?:en )?(?:los|el) apellidos?)\b|"
            r"\b(?:ellos|GRP) (?:controlan|manejan|mueven) (?:todo|los hilos|los bancos|"
            r"wall street|hollywood|los medios|la reserva federal|el dinero|a los gobiernos)\b"
        ),
    ),
    (
        _BLOOD,
        re.compile(
            r"\b(?P<p>(?:esta|estar|lo traen|lo llevan|lo tienen|traen \S+(?: \S+)?|tienen \S+"
            r"(?: \S+)?|llevan \S+(?: \S+)?) en la sangre|sera la sangre|la sangre se nota|"
            r"es genetic[oa]|es genetica|genetica(?= \.|$)|explicacion genetica|"
            r"cosa de (?:la )?raza|es de raza|sangre (?:africana|indigena|india|negra|gitana|mora)|"
            r"de sangre (?:indigena|india|negra|africana))\b|"
            r"\b(?:hay|son|esas|ciertas) razas (?:que|inferiores)\b|\bson otra raza\b|"
            r"\b(?:cuidar|mejorar|blanquear|defender|defienden|cambiando|cuidan) (?:la|su|nuestra|"
            r"sus) (?:raza|sangre)\b|\blos de (?:tu|su) raza\b"
        ),
    ),
    (
        _FOR_A_REASON,
        re.compile(
            r"\bpor algo (?P<p>sera|(?:su|sus) \w+ (?:esta|estan) como (?:esta|estan)|"
            r"(?:esta|estan) como (?:esta|estan)|(?:los|las) (?:corrieron|han corrido|echaron|"
            r"encerro|sacaron|odian)|nadie (?:los|las) quiere|les dicen|siguen (?:pobres|igual|"
            r"atrasad\w+)|(?:esa|su) (?:region|zona|tierra) no avanza|(?:viene|vienen) de)\b"
        ),
    ),
    (
        _BARRED,
        re.compile(
            rf"(?<!\ba )(?<!\bde )\b(?:GRP|las viejas)\b{GAP} no (?:deberian|deben|debieron) "
            r"(?:votar|gobernar|mandar|opinar|manejar|adoptar|ser (?:jefas?|jefes|comandantes|"
            r"presidentas?|alcaldesas?|gobernadoras?|juezas?|jueces|maestr[oa]s|policias)|"
            r"estar (?:de|en) (?:jefas?|puestos|la politica|el gobierno|el poder|la policia|"
            r"el ejercito|cargos))\b|"
            r"\b(?:no se debe|no hay que|no deberian|nunca debieron) (?:dejar|dejarles) (?:a )?"
            r"(?:(?:las|los) )?(?:viejas|GRP) (?:gobernar|votar|mandar|opinar)\b|"
            r"\b(?:lo peor|error|mala idea|no debieron|nunca debieron|el problema (?:fue|es))\b"
            r"[^.]{0,40}?\b(?:darle|darles|dar) el voto a (?:(?:las|los) )?(?:viejas|GRP)\b|"
            r"\b(?:GRP|las viejas)\b[^.]{0,40}? (?:deberian|deben) perder el (?:derecho a votar|"
            r"voto)\b"
        ),
    ),
    (
        _DESERVED,
        re.compile(
            rf"\b{GROUP_OR_STAND_IN}\b[^.]{{0,60}}? (?P<p>(?:solitos |solitas |solos )?"
            r"se lo (?:buscan|buscaron|busco)|se (?:merecen|merecian|merecieron) lo que (?:les "
            r"pasa|les paso|les pase|les toca))\b|"
            r"\b(?:esta|estuvo|estaria|que) (?:bien|bueno) (?:que|lo que) (?:(?:les|los|las) )?"
            r"(?:golpeen|golpearan|hicieron|paso|maten|mataran|corran|corrieran|quemen|"
            r"quemaran|den una leccion|dieron una leccion)\b(?:[^.]{0,40}? (?:GRP|esos|esas|"
            r"esa gente|frontera|a no venir))|"
            r"\b(?:plomo|bala|balazos|disparen|disparenle|disparenles|fuego) (?:a )?(?:todo el que|"
            r"al que|a los que|a todo el que|el que) (?:cruce|se brinque|se acerque|brinque|cruza|"
            r"salte)\b|\bal que (?:cruce|se brinque|se acerque|brinque|salte)(?: \S+){0,3}? ,? "
            r"(?:que le disparen|bala|plomo|balazos|fuego)\b"
        ),
    ),
    (
        _SHUT_OUT,
        re.compile(
            r"\b(?:ya no (?:le |les )?|yo no (?:le |les )?|no (?:le |les )?|nunca (?:le |les )?|"
            r"prohib\w+ |que no (?:le |les )?|no hay que )(?:rento|rentarle|rentarles|renten|"
            r"rentes|rentar|contrato|contrata|contraten|contratar|vendan|vendas|vender|admito|"
            r"dejarles rentar|dejen rentar)(?: [^ .]+){0,3}? (?:a )?(?:los |las |esos |esas |"
            r"ningun |ninguna |gente de |puro |puros )?GRP\b"
        ),
    ),
    (
        _SNIDE,
        re.compile(
            r"\b(?:que raro|que curioso|curioso|que casualidad|casualidad|coincidencia|mira que "
            r"casualidad)\b[^.]{0,80}?\bGRP\b|\bGRP\b[^.]{0,80}? ,? (?:casualidad|coincidencia)"
            r"(?: seguramente| claro| verdad| no)?(?= \.|$| \?)"
        ),
    ),
    (
        _STEREOTYPE,
        re.compile(
            rf"(?<!\ba )(?<!\bde )(?<!\bcon )(?<!\bpara )\b{GROUP_OR_STAND_IN}{GAP}(?: ,)? "
            r"(?:siempre |nunca |nomas |solo |ya |todos |todas )?" + _PREDICATE
        ),
    ),
    (
        _RUINED,
        re.compile(
            r"\bdesde que (?:llegaron|llego|vinieron|se vinieron|se metieron|los dejaron entrar|"
            r"se llen\w+ de|abrieron el albergue)(?: (?:los|las|esos|esas|todos|puros))? "
            rf"(?:\S+ ){{0,2}}?{GROUP_OR_STAND_IN}\b[^.]{{0,50}}? (?P<p>ya no es (?:el mismo|"
            r"la misma|igual|como antes|lo que era|segur[oa]|tranquil[oa])|"
            r"se (?:echo a perder|arruino|pudrio|acabo)|ya no se puede (?:vivir|salir|caminar))\b|"
            r"\b(?:el barrio|la colonia|la cuadra|la ciudad|el pueblo|el centro|la vecindad|"
            r"el vecindario) ya no es (?:el mismo|la misma|igual|como antes|lo que era|"
            r"segur[oa]|tranquil[oa])(?: [^ .]+){0,3}? desde que (?:llegaron|llego|vinieron|"
            r"se vinieron|se metieron|los dejaron entrar|se llen\w+ de)(?: (?:los|las|esos|esas|"
            rf"todos|puros))? (?:\S+ ){{0,2}}?{GROUP_OR_STAND_IN}\b"
        ),
    ),
    (
        _WISHED,
        re.compile(
            rf"\b(?:ojala|que|a ver si)\b(?: [^ .]+){{0,3}}? {_TAKERS} (?:se (?:los|las) lleve|"
            rf"se lleve a (?:todos|todas|unos cuantos|los demas|esos|esas|GRP|los GRP|"
            rf"{_ALL_WHO_CROSS})|haga su (?:trabajo|chamba|parte))\b|"
            rf"\bque se (?:los|las) (?:lleve|trague|coma) {_TAKERS}\b|"
            rf"\b(?:ojala|que) se (?:ahoguen|mueran|pudran|revienten|ahogaran|murieran)"
            rf"(?! de (?:risa|envidia|ganas|celos|verguenza|miedo|aburrimiento|amor))"
            rf"(?: [^ .]+){{0,3}}? (?:todos (?:los|las|esos|esas) GRP|{_ALL_WHO_CROSS}|"
            r"todos esos|todas esas|esos GRP|los GRP)\b|"
            r"\b(?:ojala|lastima que no)\b(?: [^ .]+){0,3}? (?:hitler|el bigoton|el austriaco|"
            r"los nazis|el del bigotito) (?:hubiera|hubieran|terminara|terminaran|no) "
            r"(?:terminado|acabado|termino|acabo) (?:el|su) (?:trabajo|chamba)\b|"
            r"\bojala (?:hubieran|hubiera) terminado el trabajo\b|"
            r"\bque se (?:ahoguen|mueran) en el (?:rio|bravo)\b|"
            r"\b(?:dejen|dejaran|abandonen) a (?:los |esos |todos los )?GRP en el desierto\b"
        ),
    ),
    (
        _KNOWN,
        re.compile(
            rf"\b(?:{GROUP_OR_STAND_IN}|{UNNAMED_GROUP})\b[^.]{{0,60}}? ,? ya "
            r"(?:saben|sabes|sabemos|se sabe) "
            r"(?:como (?:son|es esa gente|cocinan|viven)|quienes|cuales|cual|lo que son)\b|"
            r"\bya (?:saben|sabes|sabemos|se sabe) (?:como son|quienes son|lo que son) "
            rf"(?:los |las |esos |esas )?(?:GRP|{UNNAMED_GROUP})\b|"
            r"\bya (?:saben|sabes|sabemos|se sabe) como es (?:la gente de \w+|GRP)\b|"
            rf"\b{UNNAMED_GROUP} ,? ya (?:saben|sabes|sabemos) "
            r"(?:cual|cuales|quienes|de que \w+)\b|"
            r"\bya (?:saben|sabes|sabemos) (?:cual|cuales|quienes|de que (?:pais|raza|gente))"
            rf" ,? {UNNAMED_GROUP}\b|"
            rf"\b{GROUP_OR_STAND_IN}\b[^.]{{0,40}}? , ya (?:saben|sabes|sabemos) , "
            r"(?P<p>sin \w+|puro \w+|pura \w+|nomas \w+|siempre \w+)|"
            rf"\b{GROUP_OR_STAND_IN}\b[^.]{{0,80}}?\b(?:ya (?:saben|sabes|sabemos)|todos saben|"
            r"todo (?:el )?mundo sabe|todos sabemos) (?:que traen|a que se dedican|"
            r"de donde vienen|a que vienen|lo que traen|que hacen)\b"
        ),
    ),
    (
        _CALL,
        re.compile(
            r"\bhay que (?:cuidar|mejorar|proteger|limpiar|blanquear) (?:la|nuestra) raza\b|"
            r"\bhay que (?:fumigar(?:los|las)?|juntarlos|echarlos|sacarlos|correrlos|"
            r"tenerlos vigilados|tenerlas vigiladas|cerrarles la puerta|tratarlos como|"
            r"vigilar a)\b(?: (?:a|a los|a las|los|las|la|el|a todos|"
            r"todos))?(?: \S+){0,2}? (?:GRP|esa gente|esos|esas|frontera|albergue|zona norte|"
            r"caravana)\b|"
            r"\b(?:a los|a las|a esos|a esas) GRP hay que (?:vigilarlos|vigilarlas|tenerlos "
            r"vigilados|fumigarlos|correrlos|echarlos|sacarlos|juntarlos|cerrarles la puerta)\b"
        ),
    ),
)
# Which of the shapes may match the masked words, from the strings each must hold: most
# Spanish comments hold those of none, and one token lookup is cheaper than a dozen searches.
_SEARCHED = pattern_needles(tuple(pattern for _what, pattern in _SHAPES))

# A family by its surname as the object of a call to run it out or hurt it ("a los Pérez hay
# que correrlos del pueblo"): read in the original text, where the capital marks the name.
_SURNAME_THREAT = branch_trie.compile(
    r"\b[Aa] (?:los|esos|todos los) (?P<name>[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:ez|éz|iz|íz|az|oz)|"
    r"Garc[ií]a|Flores|Torres|Rivera|Castillo|Morales|Reyes|Cruz|Herrera|Medina|Aguilar|Vargas|"
    r"Castro|Romero|Mendoza|Silva|Rojas|Soto|Navarro|Delgado|Vega|Campos|R[ií]os|Luna|Salazar|"
    r"Cort[eé]s|Ramos|Molina|Moreno|Santos|Ibarra|Villa|Ortega|Guerra|Jim[eé]nez|Le[oó]n)\b"
    r"(?:(?!\.)[^.]){0,40}?\b(?:hay que|habria que|habría que|vamos a|voy a|deberian|deberían|"
    r"tenemos que|que) (?:correrlos|sacarlos|echarlos|quemarlos|colgarlos|"
    r"lincharlos|matarlos|desaparecerlos|quemarles la casa|correr|sacar|echar)\b"
    r"(?:(?!\.)[^.]){0,20}?\b(?:del pueblo|de la colonia|del barrio|de la ciudad|del rancho|"
    r"de aqu[ií]|a balazos|a golpes|a pedradas|a patadas|a todos|de una vez|la casa)\b"
)
# Shapes that need no group named: "everyone who crosses" stands for migrants, the river and
# the train that kill them at this border are wished on no one else, and "the race" is one.
_UNNAMED_OK = re.compile(
    rf"\b(?:{_ALL_WHO_CROSS}|(?:el rio|el bravo|la corriente|la bestia|el desierto) se (?:los|"
    r"las) lleve|se (?:los|las) (?:lleve|trague) (?:el rio|el bravo|la corriente|la bestia)|"
    r"que se ahoguen en el (?:rio|bravo)|todo el que cruce|al que (?:cruce|se brinque|se acerque|"
    r"brinque|salte)|a no venir|raza|razas|hitler|bigoton|austriaco|nazis|bigotito|"
    r"ellos controlan|ellos manejan|ellos mueven)\b|"
    + SAME_ONES_MARK
    + r"|\b(?:los mismos(?: \w+)? de siempre|"
    r"siempre (?:son )?los mismos|los mismos apellidos|los de siempre|apellidos?)\b"
)
# A call told as someone's, or denied, just before it ("dicen que a los Pérez ...").
_SAID_OR_DENIED = re.compile(
    r"\b(?:dice|dicen|dijo|decía|decían|según|gritaban|gritaron|quieren|no|nunca|nadie)\b"
    r"(?: \S+){0,4}? (?:que )?$"
)
_SURNAME = "a family named by its surname threatened"


def _named(words: str) -> bool:
    """The comment names a group (masked) or a group left unnamed on purpose."""
    return "GRP" in words or bool(re.search(UNNAMED_GROUP, words))


def reported_es(words: str, m: re.Match) -> bool:
    """Someone's words or wish just before the shape or before its predicate ("hay quienes
    desean que ...", "gente diciendo 'se lo buscaron'")."""
    if reported_before(words[: m.start()], words):
        return True
    p = m.start("p") if "p" in m.re.groupindex and m.group("p") else -1
    return p > m.start() and reported_before(words[m.start() : p], words, m.start())


# The writer siding with the line just told ("mi suegra dice que ..., y tiene toda la razón",
# "mi abuela decía que ... y nunca se equivocaba", "... . Y lo son."): the filler before it
# holds no contrast, denial, reply or bigotry label ("pero no tiene razón", "y se equivoca",
# "le contesté que es racismo").
_SIDED_AFTER = re.compile(
    r"(?:(?! (?:pero|sino|aunque|no|ni|nadie|racis\w*|xenofob\w*|mentira|falso|contest\w*|"
    r"respond\w*|dije|dijo|decia|dice|dicen)\b)[^.]){0,60}?"
    r"(?: \.(?: (?:y|e|pues|y la verdad|y la neta|la verdad|la neta))?)?"
    r" (?:(?:tiene|tienen|tienes|tenia|tenian|tuvo) (?:toda la |mucha |bien de )?razon|"
    r"(?:no|nunca|jamas) se (?:equivoca|equivocan|equivocaba|equivocaban|equivoco)|"
    r"(?:no|nunca|jamas) (?:miente|mienten|mentia|mentian)|"
    r"(?:cuanta|que) razon (?:tiene|tienen|tenia|tenian)|estoy de acuerdo|"
    r"y (?:si |claro que |vaya que )?lo (?:son|eran))\b"
)


def said_as_own(words: str, m: re.Match, before: int = 40) -> bool:
    """The line `m` is the writer's own: not negated, not reported, and not put down to
    someone's belief in the `before` characters ahead of it; or told as someone's and then
    sided with (`_sided_with`)."""
    ahead = words[max(0, m.start() - before) : m.start()]
    told = (
        reported_es(words, m)
        or bool(OTHERS_BELIEF.search(ahead))
        or bool(SAID_BEFORE.search(words, max(0, m.start() - 40), m.start()))
    )
    if not told:
        return not negated_es(words, m)
    return _sided_with(words, m, before)


def _sided_with(words: str, m: re.Match, before: int) -> bool:
    """Someone's line that the writer agrees with right after it is the writer's own line;
    a denial before it in its sentence ("nadie dice que ...", "no es cierto que ...") keeps it
    denied whatever follows."""
    sentence = words.rfind(" . ", 0, m.start()) + 1
    if NEG_BEFORE_ES.search(words, max(sentence, m.start() - before), m.start()):
        return False
    return bool(_SIDED_AFTER.match(words, m.end()))


def sided_after(an: Analysis, last: int) -> bool:
    """The writer sides with the line that ends at unit `last` right after it (`_SIDED_AFTER`):
    a report frame before it then sets nothing apart."""
    words, offsets, index = masked_words(an, group_units(an))
    at = next((o - 1 for o, k in zip(offsets, index, strict=True) if k > last), len(words))
    return bool(_SIDED_AFTER.match(words, at))


def own_shape(
    words: str, offsets: list[int], index: list[int], m: re.Match, what: str, before: int = 40
) -> tuple[int, int, str] | None:
    """The shape `m` as (first unit, last unit, `what`) when it is said as the writer's own
    (`said_as_own`) and covers whole units; None otherwise. The step every `hate.es_*` shape
    loop ends with."""
    if not said_as_own(words, m, before):
        return None
    inside = units_inside(offsets, index, m.start(), m.end())
    return (inside[0], inside[-1], what) if inside else None


def _sentence(words: str, m: re.Match) -> str:
    """The sentence of the masked words that holds the match."""
    start = words.rfind(" . ", 0, m.start()) + 1
    end = words.find(" . ", m.end())
    return words[start : end if end >= 0 else len(words)]


def _near_vice(words: str, m: re.Match, what: str) -> bool:
    """A group in the match's sentence or the one before, and a vice or lack beside it (a
    people's country "como está" is the lack itself)."""
    start = words.rfind(" . ", 0, max(0, words.rfind(" . ", 0, m.start())))
    end = words.find(" . ", m.end())
    around = words[max(0, start) : end if end >= 0 else len(words)]
    if not re.search(rf"\b(?:{GROUP_OR_STAND_IN}|razas?)\b", around):
        return False
    return bool(VICE.search(around) or (what == _FOR_A_REASON and "como" in m.group(0)))


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    words, offsets, index = masked_words(an, group_units(an))
    named = _named(words) or bool(re.search(rf"\b{GROUP}\b", words))
    found: list[tuple[int, int, str]] = []
    ready = _SEARCHED.candidates(words)
    for k in ready:
        what, pattern = _SHAPES[k]
        for m in pattern.finditer(words):
            text = m.group(0)
            if not (
                named or _UNNAMED_OK.search(text) or (what == _DESERVED and "frontera" in text)
            ):
                continue
            if what == _STEREOTYPE and _EXPLAINED_AFTER.match(words, m.end()):
                continue
            if what in (_BLOOD, _FOR_A_REASON, _SNIDE) and not _near_vice(words, m, what):
                continue
            if what == _SNIDE and (
                _BLAMED.search(_sentence(words, m)) or _HARMED.search(an.norm.text)
            ):
                continue
            if what == _BLOOD and _ANIMALS.search(words):
                continue
            if (
                what == _SAME_ONES
                and POLITICS.search(_sentence(words, m))
                and not re.search(SAME_ONES_MARK, m.group(0))
            ):
                continue
            if what == _KNOWN and POLITICS.search(words, max(0, m.start() - 60), m.end() + 60):
                continue
            if (
                what == _KNOWN
                and _FOND.search(_sentence(words, m))
                and not VICE.search(_sentence(words, m))
            ):
                continue  # "ya saben cómo es la gente de Oaxaca, bien amable"
            shape = own_shape(words, offsets, index, m, what)
            if shape and what == _KNOWN and kindly_said(an, shape[0]):
                continue  # "ya saben cómo son: si hay fiesta, todos cocinan": a custom, fondly
            if shape:
                found.append(shape)
                break
    return found


def _surname_threat(an: Analysis) -> tuple[int, int] | None:
    """The span of a family threatened by its surname, unless the comment is about a game."""
    text = an.norm.original
    for m in _SURNAME_THREAT.finditer(text):
        if _SPORTS.search(an.norm.text) or POLITICS.search(an.norm.text):
            return None
        if _SAID_OR_DENIED.search(text[max(0, m.start() - 60) : m.start()].lower()):
            continue
        return m.span()
    return None


def asked_es(an: Analysis, first: int) -> bool:
    """The shape is asked, not said ("¿a poco los X no son personas?"): a rhetorical question
    that means the opposite."""
    return an.asked(an.units[first].sentence)


@rule(_RULE, Category.HATE)
def es_implicit(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that fits one of the implicit group-hate shapes above."""
    del sub
    if an.lang != "es" or not an.units:
        return []
    span = _surname_threat(an)
    if span is not None and not condemns(an):
        return [Hit(_RULE, _SCORE, (span,), _SURNAME, cap_hold=True)]
    shapes = _shapes(an)
    if not shapes or condemns(an):
        return []
    for first, last, what in shapes:
        if set_apart(an, first, last, sided=sided_after(an, last)) or dismissed_after(an, last):
            continue
        if what == _LESSER and asked_es(an, first):
            continue
        return [Hit(_RULE, _SCORE, (an.span(first, last),), what, cap_hold=True)]
    return []
