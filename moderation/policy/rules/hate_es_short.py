"""Spanish group hate in the short shapes the other rules miss (`hate.es_shape`, hold only).

The comment is read as one string of its words, each group word or slur masked as `GRP`, with
its commas kept (`,`) and its sentence breaks (`.`), so a shape is one regex: a group with a
predicate of vermin, crime or dirt ("esos X son unos ratones", "son pura delincuencia"); a
member's insult said of the whole people ("..., como todos los de su raza"); a group's arrival
tied to crime or decline ("llegaron los X y subieron los asaltos"); a fault put down to their
culture or nature after a group ("no entienden de leyes, es su cultura"); a call to close a
group's businesses or send it back ("cierren sus restaurantes", "que se regresen a su monte");
LGBT people cast as degenerate or as a danger to children; proverbs that deny a good member
("X bueno es X preso", "X y honrado, eso no existe", "¿X pobre? Eso no existe"); vermin emoji
after a group, and a line about a group closed by a sneering emoji; a need or a pride called a
pose ("mucho X pero bien que ..."); who someone is given as the reason ("es X, con razón los
precios"); a people cast as all rich, or its poverty laid at its idleness.

Every hit only holds: a moderator reads it. A negation right before the predicate, a line
quoted, reported or denied, and a comment that calls some line racist or false let it pass
(`hate_everyday.counter_speech`).
"""

from __future__ import annotations

import re

from moderation.policy import branch_trie
from moderation.policy.analysis import Analysis
from moderation.policy.lexicon import pattern_needles
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import dismissed_after
from moderation.policy.rules.context.haters_object import haters_object
from moderation.policy.rules.context.others_belief import OTHERS_BELIEF
from moderation.policy.rules.hate.guards import plural_group
from moderation.policy.rules.hate.helpers import not_the_group
from moderation.policy.rules.hate.rebutted_by_example import denial_rebutted
from moderation.policy.rules.hate.slurs import swear_intensifies
from moderation.policy.rules.hate_es_yes_answered import sincere_yes
from moderation.policy.rules.hate_everyday.counter_speech import (
    condemns,
    set_apart,
)
from moderation.policy.rules.hate_everyday.masking import joined
from moderation.policy.rules.hate_shapes import group_units
from moderation.policy.types import Category

_SCORE = 0.75

# Places whose people stand for a people in these comments (the south, the sierra, a poor
# country); a city's residents are not a protected group ("los de Saltillo manejan feo").
PEOPLE_PLACE = (
    r"(?:sur|afuera|fuera|sierra|cerro|centroamerica|chiapas|oaxaca|guerrero|honduras|"
    r"guatemala|haiti|venezuela|africa|caribe|albergue|sinaloa|michoacan|tabasco|nicaragua|"
    r"salvador|colombia|cuba|peru|bolivia|ecuador|marruecos|rumania|congo|somalia|nigeria|"
    r"siria|afganistan|pakistan)"
)
# The people of a trade, a service or a show ("los de la feria", "los de la CFE", "los de la
# mudanza"): workers and crowds who come and go with it, no people.
CREWS = (
    r"(?:feria|circo|mudanza|cfe|luz|agua|gas|cable|internet|telefono|paqueteria|basura|limpia|"
    r"banco|seguro|censo|ine|sat|imss|aduana|obra|construccion|fumigacion|mantenimiento|"
    r"alumbrado|pipa|grua|mariachi|banda|boda|fiesta|posada|kermes|tianguis|mercado|taller|"
    r"tienda|super|farmacia|fabrica|maquila|planta|mina|rancho de al lado|tele|television|"
    r"radio|encuesta|paqueteria|mensajeria|uber|didi|rifa|loteria|carpa|juegos)"
)
# A group: a group word or slur, or a people named by where it comes from.
GROUP = (
    r"(?:GRP(?: GRP)*|(?:esa|esta|toda esa|toda esta) (?:gente|raza)|"
    rf"(?:los|las|esos|esas) de(?:l| la| el)? {PEOPLE_PLACE}|"
    r"(?:los|las|esos|esas|la gente|gente|personas)(?: \w+)? que (?:se )?(?:vienen|viene|vino|"
    r"vinieron|llegan|llega|llegaron|traen|trajeron|bajan|baja) (?:de alla |de aca )?"
    rf"de(?:l| la| el)? {PEOPLE_PLACE}|"
    r"(?:esa |esta )?gente de(?:l| la| el)? (?:chiapas|oaxaca|guerrero|honduras|guatemala|haiti|"
    r"venezuela|africa|color|centroamerica|afuera|fuera|congo|somalia|nigeria|siria|"
    r"afganistan|pakistan))"
)
# Words between a group and its verb that keep it the subject ("los X de la tienda").
GAP = r"(?: (?!(?:no|ni|nunca|jamas|tampoco|que|pero|y|ninguna|nada|absoluto)\b)[^ ,.]+){0,4}?"
# Vermin, crime, dirt and degeneracy said of a people, beyond the lexicon's derogation words.
BAD = (
    r"(?:ratas|ratones|ratoncitos|perros|cucarachas|cucarachos|changos|monos|simios|animales|"
    r"bestias|plaga|plagas|basura|escoria|lacra|delincuentes|delincuencia|ladrones|rateros|"
    r"chorros|mara|mareros|pandilleros|terroristas|extremistas|violadores|degenerad[oa]s|"
    r"pervertid[oa]s|hombres enfermos|mujeres enfermas|enfermos mentales|sucios|sucias|"
    r"mugrosos|mugrosas|cochinos|cochinas|apestosos|salvajes|copiones|parasitos|sanguijuelas|"
    r"piojosos|inferiores|brutos|bombas andando|bombas de tiempo|brutas|mas violentos|"
    r"violentos por naturaleza|"
    r"raza inferior|inferior(?:es)? (?:al|a los|a las|a nosotros)|una raza de \w+|"
    r"clones sin alma|feos|feas|chaparros|fenomenos?(?: de circo)?|enfermos mentales|"
    r"muertos de hambre|\w+ muertos de hambre|estafadores|tranzas)"
)
# What may stand between the copula and the predicate ("son todos unos", "son pura").
_FILL = r"(?: (?:todos|todas|puros|puras|pura|puro|unos|unas|una|un|bien|nomas|solo|mas que|medio|"
_FILL += r"una manga de|una bola de|una bola|manga de|bola de|raza de|gente|igual de))*"
# A group named inside a match: a group word or a people's place, or Pride by name.
_NAMED = re.compile(
    rf"{GROUP}|\b(?:orgullo de que|lo trans|la marcha gay|marcha del orgullo|gente del sur)\b"
)
# A group in the normalised text when no group word or slur is: a stand-in, a people's place,
# Pride by name, or a people word of `_EXTRA_PEOPLE`.
ANY_NAMED = branch_trie.compile(
    rf"{_NAMED.pattern}|\b(?:sirios|sirias|garifunas|prietos|prietas|chapines|veneks|playos|"
    r"hondurenos|salvadorenos|guatemaltecos|nicaraguenses|oaxaquitos|mayas|moritos|aleluyas|"
    r"catrachos|catrachas|chiapanecos|chiapanecas|puertorriquenos|puertorriquenas|"
    r"senegaleses|vietnamitas|morenitos|morenitas|ellos|esos|esas|esa gente|esta gente|"
    r"dejaron entrar|(?:llegaran|vinieran|bajaran) del? (?:sur|fuera|afuera|sierra))\b"
)
# People words the group lexicon leaves out, masked as groups by these shapes only.
_EXTRA_PEOPLE = frozenset(
    {"sirios", "sirias", "garifunas", "prietos", "prietas", "chapines", "veneks", "playos",
     "hondurenos", "salvadorenos", "guatemaltecos", "nicaraguenses", "oaxaquitos", "mayas",
     "moritos", "aleluyas", "catrachos", "catrachas", "chiapanecos", "chiapanecas",
     "puertorriquenos", "puertorriquenas", "senegaleses", "vietnamitas", "morenitos",
     "morenitas"}
)  # fmt: skip
# A belief told as someone's or as one's own past one ("pensaba que", "dejar de repetir que").
SAID_BEFORE = re.compile(
    r"\b(?:pensaba|pensabamos|creia|creiamos|crei|pense|repetir|repiten|decir|dicen|dice|"
    r"dijo|dijeron|decia|decian|afirmar|afirman|asumir|asumen|suponer|escribio|escribe|escribieron|"
    r"puso|pone|comento|comentan|opina|opino|cree|creen|piensa|piensan|asegura|aseguran|grito|"
    r"gritaron|grita)(?: (?!que\b)[^ .]+){0,4}? que\b"
)
NEG_BEFORE_ES = re.compile(
    r"\b(?:no|ni|nunca|jamas|tampoco|ningun|ninguna|nadie|dejen de|deja de|basta de)\b"
)

# Someone's words told and then regretted ("..., decía mi abuelo, y qué vergüenza me da").
_SHAMED_AFTER = re.compile(
    r"[^.!?]{0,40}?, (?:decia|decian|dice|dicen|dijo|repetia|repite) [^,.!?]{1,30}, (?:y )?"
    r"(?:que (?:verguenza|pena|horror|barbaridad|triste|ignorancia)|pobre (?:hombre|mujer))"
)
# A sneer phrase closed by a sneering emoji, counted with a group named near it.
_SNEER = "a group sneered at with an emoji"
_SNEER_EMOJI = branch_trie.compile(
    "[\U0001f921\U0001f644\U0001f92e\U0001f922\U0001f643\U0001f914\U0001f937\U0001f60f"
    "\U0001f92b\U0001f92d]"
)
# A line about a group that a sneering emoji closes, the emoji carrying the judgement ("dicen
# que vienen huyendo, pero bien que traen celular nuevo 🙄"); the writer's own people laughed
# at ("mi apodo es X y soy de ...") is no sneer at others.
SNEER_CLOSED = "a line about a group closed by a sneering emoji"
_OWN_PEOPLE = re.compile(r"\b(?:soy|somos|nosotros|nosotras|mi apodo)\b")
# A people's marks that stand for its name before such an emoji ("no voy a decir el color,
# pero ya saben 😏", "ya vieron de dónde son los que asaltaron 🤷"): "la raza" alone is folks.
_PEOPLE_MARKS = (
    r"(?:raza de bronce|de (?:que|cual) raza|esa raza|su raza|no (?:voy a|quiero) decir el color|"
    r"color de (?:piel|su piel)|de donde son|turbantes?|"
    rf"bandera de {PEOPLE_PLACE})"
)
# "De dónde son" is as often a plain question ("¿alguien sabe de dónde son los bomberos que
# vinieron? 🤔"): it stands for a people only beside a crime or a charge.
_ORIGIN_ASKED = "de donde son"
_CHARGED = re.compile(
    r"\b(?:asalt\w+|rob\w+|ladron\w*|inseguridad|delinc\w+|delitos?|crimen\w*|detenid\w+|"
    r"arrestad\w+|pandill\w+|violen\w+|balacera\w*|drogas?|narco\w*|mugre|basura)\b"
)
# A scare-quoted group word before vermin emoji is the sneer, not a quotation.
_EMOJI = "vermin emoji after a group"

# A group that opens a clause as its subject, not the object of a verb or preposition before it
# ("los hombres que pegan a mujeres son ...").
_SUBJECT = r"(?<!\ba )(?<!\bal )(?<!\bcon )(?<!\bde )(?<!\bcontra )(?<!\bpor )(?<!\bpara )"
# A fault in the clause before "es su cultura": a negation or a vice (a people's singing "in
# their blood" is no fault).
FAULT = re.compile(
    r"\b(?:no|ni|nunca|jamas|roban|robar|mienten|sucios?|sucias?|flojos?|delinqu\w+|ladron\w*|"
    r"pandill\w+|tranzas|malandros?|violent\w+|borrach\w+|salvajes|mugros\w+|cochin\w+|apest\w+|"
    r"tramp\w+|estaf\w+|vagos?|peligros\w+|mal|malos|feos?|ruidosos?|sucio|basura|asaltan)\b"
)
_CULTURE = "a fault put down to a people's culture or nature"
_CULPRITS = "a group named as the ones who commit the crimes"
_ARRIVAL = "a group's arrival tied to crime or decline"
# "They" arriving, with crime or ruin after: the group is left unsaid on purpose.
_THEY_ARRIVE = re.compile(
    r"\b(?:estabamos bien|viviamos en paz|(?:eramos|estabamos|viviamos) tranquil[oa]s) "
    r"antes de que (?:llegaran|vinieran|bajaran) (?:esos|esas|ellos|del? (?:sur|fuera|afuera|"
    r"sierra))\b|"
    r"\b(?:ellos (?:llegaron|vinieron)|llegaron ellos)\b[^.]{0,40}\b(?:sub(?:io|ieron) "
    r"(?:el |la |los )?(?:crimen|asaltos|robos|delincuencia|inseguridad)|se pudrio)\b|"
    r"\bdesde que (?:los|las) dejaron entrar\b[^.]{0,40}\b(?:sub(?:io|ieron) (?:el |la |los )?"
    r"(?:crimen|asaltos|robos|delincuencia|inseguridad)|se pudrio|ya no es lo que era)\b"
)
_LGBT = "LGBT people cast as degenerate or a danger to children"
# A group word that names people of an office, a party or a gang, not a people ("esa gente del
# gobierno", "los del cártel"), right after the group.
_OFFICE_AFTER = re.compile(
    r"(?:GRP|gente|sur|fuera|afuera)(?: \S+)?? (?:de|del|de la|de los) (?:gobierno|partido|"
    r"cartel|cabildo|ayuntamiento|congreso|senado|sindicato|municipio|alcaldia|pri|pan|morena|"
    r"prd|pp|psoe|vox|podemos|estado)\b"
)
# A condition right after a shape ("... cuando mejore la economía", "... si no hay trabajo");
# "sin" is no condition here ("una raza de copiones sin alma").
_CONDITION_AFTER = re.compile(r" (?:si|cuando|mientras|hasta que|a menos que|en cuanto)\b")
# Someone's wish for the group told ("quieren que se regresen ..."), not the writer's call.
_THEIR_WISH = re.compile(r"\b(?:quieren|quiere|quisieran|esperan|piden|pidieron|suenan) $")

# The shape whose own "no" denies the people their humanity, not the charge
_DENIED_HUMANITY = "a people denied its humanity and called vermin"

_SHAPES: tuple[tuple[str, re.Pattern], ...] = (
    (
        "a group called vermin, criminals or filth",
        re.compile(
            rf"{_SUBJECT}\b{GROUP}{GAP} (?:son|eran|seran|es)(?: todos| todas)?{_FILL} "
            # "son unos animales para el fútbol": praise of how they play
            rf"(?P<p>{BAD})\b(?!(?:(?<=animales)|(?<=bestias)|(?<=salvajes)) (?:para (?:el futbol|"
            r"el beisbol|el basquet|el criquet|el rugby|el box|jugar|correr|trabajar|la chamba|"
            r"el trabajo|la cocina|bailar)|en la cancha|jugando)\b)"
        ),
    ),
    (
        # "Esa gente del Congo no es gente, son changos": personhood denied, then vermin
        _DENIED_HUMANITY,
        re.compile(
            rf"{_SUBJECT}\b{GROUP}{GAP} no (?:es|son|eran|era) (?:ni siquiera )?(?:gente|"
            rf"personas|humanos|seres humanos)(?: ,| :)? (?:son|eran|es|sino)"
            rf"(?: unos| unas| una| puros| puras)? (?P<p>{BAD})\b"
        ),
    ),
    (
        # only of a place's people: "los policías X son unos narcos" judges a force
        "a people's place called narcos",
        re.compile(
            rf"{_SUBJECT}\b(?:los|las|esos|esas) de(?:l| la| el)? {PEOPLE_PLACE} "
            rf"(?:son|eran|seran)(?: todos| todas)?{_FILL} "
            r"(?P<p>narcos|narcotraficantes|sicarios|criminales)\b"
        ),
    ),
    (
        "a member's fault said of the whole people",
        re.compile(
            r"\bGRP\b[^.]{0,80} (?:como|igual que) (?:todos|todas) (?:los|las) de su "
            r"(?:raza|especie|calana|tipo)\b|"
            r"\bGRP\b[^.]{0,80} (?:como|igual que) (?:toda su raza|todos ellos|todas ellas)\b|"
            r"\b(?:todos|todas) (?:los|las) de su raza\b|"
            rf"\b{GROUP}(?: (?!(?:no|ni|nunca|como|si|somos|fueramos|fueran|sean|seamos)\b)"
            r"[^ .,]+){0,6}?"
            # the verdict may open the next sentence: "Conocí a unos X. Todos iguales."
            r"(?: ,| \.)? (?:son )?todos iguales\b(?! (?:ante|en derechos|que nosotros))"
            # ... unless alike in a praise ("todos iguales de guapos")
            r"(?! de (?:guap|bonit|buen|trabajador|amable|alegre|chid|lind|simpatic|honrad|"
            r"list|inteligent|educad|atent|generos|valient))"
        ),
    ),
    (
        _ARRIVAL,
        re.compile(
            r"(?:\b(?:GRP|ellos|esos|esas)(?: \S+){0,2}? (?:llegaron|llego|llegan|vinieron|"
            r"entraron|se vinieron)\b|\b(?:llegaron|llego|llegan|vinieron|entraron|llegaran)"
            r"(?: (?:mas|mas de|otra vez|todos|los|las|unos|puros|esos|esas|tantos|tantas|"
            r"muchos|muchas|miles de|cientos de)){0,2} "
            r"(?:GRP|ellos|esos|esas)\b|\bdesde que (?:los|las) dejaron entrar\b|"
            r"\bcon tant[oa]s? GRP\b|\btant[oa]s? GRP (?:en|suelt[oa]s?)\b|"
            # a place filled with a people ("se llenó Tapachula de X", "llenaron la ciudad de X")
            r"\b(?:se llen(?:o|a|an|aron)|llenaron|lleno|llena)(?: [^ ,.]+){0,3}? de "
            r"(?:GRP|gente del? (?:sur|fuera|afuera))\b|"
            r"\b(?:otro|otra) GRP mas\b|"
            r"\bse (?:vienen|vinieron|van|fueron) a vivir (?:aqui )?"
            r"(?:los |las |unos |unas )?GRP\b)"
            r"[^.]{0,60}?(?: \. [^.]{0,60}?)?"
            r"\b(?P<p>(?:sub(?:io|ieron|en|e)|aumenta(?:ron|n)?|se dispar\w+|crec(?:io|ieron|en)) "
            r"(?:\w+ ){0,2}?(?:los |el |la |las )?(?:asaltos|robos|crimen|crimenes|delitos|"
            r"delincuencia|inseguridad|balaceras|secuestros|asesinatos)\b(?! contra)|"
            r"se (?:pudrio|echo a perder|lleno de (?:basura|mugre|ratas|delincuentes|maras|"
            r"pandilleros|droga|robos))|"
            r"(?:empie(?:zan|za|cen|zen)|empezaron|empezo) (?:los |las )?(?:robos|asaltos|"
            r"problemas|broncas|pleitos)(?! (?:para|contra|a|con) (?:ellos|ellas|los|las|GRP)\b)|"
            r"(?:ya )?(?:estan|andan|empiezan a) (?:robando|asaltando|robar|asaltar)|"
            r"se (?:vuelve|volvio|hizo|hace|pone|puso) (?:mas |muy )?(?:cochin[oa]|suci[oa]|"
            r"peligros[oa]|insegur[oa]|violent[oa])|"
            r"(?:ya |ahora )?no (?:pueden|puede) (?:ni )?(?:volver|salir|andar|caminar|regresar) "
            r"(?:sol[oa]s|de noche|tranquil[oa]s)|(?:cerrar|cierren|cierra) (?:todo |bien )?"
            r"con candado|(?:el agua|la luz|el hospital|la clinica) (?:ya )?no (?:alcanza|"
            r"se da abasto)|antes era (?:un lugar |una colonia |un barrio )?(?:bonit[oa]|"
            r"tranquil[oa]|segur[oa]|limpi[oa])(?= [.,]|$)|"
            r"ya no es (?:lo que era|segur[oa])|ya no se puede (?:caminar|vivir|salir)|"
            r"hech[oa] un (?:cochinero|basurero|chiquero|muladar)|llego la mugre|"
            r"(?:a )?cuidar (?:las|los|sus|tus|nuestras|nuestros) (?:bicis|bicicletas|carteras|"
            r"celulares|cosas|gatos|perros|coches|carros)|"
            r"escondan (?:a )?(?:los|sus|tus) (?:gatos|perros|bicis|carteras|celulares)|"
            r"estabamos bien|era tranquil[oa]|ya parece otro pais|ni va a ser \w+|"
            r"ya no se puede ni salir|(?:ya |ahora )?ni se puede (?:caminar|salir|vivir))|"
            r"\bse volvio un (?:basurero|cochinero|muladar|chiquero)(?: humano)?[^.]{0,30} "
            r"desde que (?:llegaron|vinieron|los dejaron entrar)\b|"
            r"\b(?:estabamos bien|era tranquil[oa]|viviamos en paz|(?:eramos|estabamos|vivimos|"
            r"viviamos) tranquil[oa]s) (?:hasta|antes de) que (?:llegaran|llegaron|vinieron|"
            r"vinieran|bajaran|bajaron|empezaron a rentarle a)(?: (?:los |las |esos |esas )?"
            r"(?:GRP|esos|esas|esa gente|ellos)| del? (?:sur|fuera|afuera|sierra))\b|"
            # a ruin full of a people ("ahora es un muladar lleno de gente de fuera")
            r"\b(?:un|una) (?:muladar|basurero|cochinero|chiquero|pocilga)(?: humano)? "
            r"(?:llen[oa]|repleto|repleta) de (?:GRP|gente del? (?:sur|fuera|afuera))\b"
        ),
    ),
    (
        _CULTURE,
        re.compile(
            rf"\b{GROUP}\b[^.]{{0,60}}? [,.] (?:pues |porque |y )?(?P<p>es su "
            r"(?:cultura|naturaleza|costumbre|forma de ser)(?! humana)|"
            r"lo (?:llevan|traen) en la sangre|"
            r"es (?:algo )?cultural|esta en (?:la|su) sangre|la sangre se nota|"
            r"asi son(?: ellos)?|"
            r"ya (?:saben|sabes|sabemos|se) (?:como|lo que) son|no cambian(?: nunca)?|"
            r"no (?:esta|lo tienen|lo traen) en su (?:naturaleza|cultura|sangre)|"
            r"es (?:de raza|genetico|natural))\b|"
            rf"\b{GROUP}\b[^.]{{0,30}}?\bnaci(?:o|eron) para "
            r"(?:delinquir|robar|matar|obedecer|servir)\b|"
            rf"\bya (?:saben|sabes|sabemos) (?:como|lo que) son (?:los |las |esos |esas )?{GROUP}"
        ),
    ),
    (
        "disgust at one more of a group",
        re.compile(
            r"\b(?:otro|otra|otra vez los|otra vez las|puro|puros|puras|pura) GRP\b"
            r"(?: (?!(?:muert|asesinad|golpead|detenid|desaparecid|agredid|atacad|insultad)\w*)"
            r"[^ .]+){0,8}? [.,] que asco(?= \.|$)"
        ),
    ),
    (
        "a group said to have had enough of",
        re.compile(
            rf"\b{GROUP}\b[^.]{{0,60}}?\b(?:nos|me) tienen (?:hart[oa]s?|hasta la madre|"
            r"hasta el gorro|hasta la coronilla|fritos|podridos)\b"
        ),
    ),
    (
        "a call to close a group's places or send it back",
        re.compile(
            r"\b(?:cierren|clausuren|que cierren|que clausuren) (?:todos |todas )?(?:sus|esos|"
            r"esas) (?:restaurantes|negocios|tiendas|puestos|comercios|mezquitas|sinagogas)\b|"
            r"\b(?:que se|se)? ?(?:regresen|regresense|larguense|vayanse|devuelvanse|vuelvan|"
            r"volvete|regresate|regresa) (?:a|pa|para) (?:su|sus|tu) (?:pais|paises|tierra|"
            r"pueblo|pueblos|tierras|islas|monte|montes|cerro|cerros|selva|isla|rancho|ranchos|"
            r"muladar|"
            r"reservacion|jungla|arbol|"
            r"choza|continente)\b|"
            r"\b(?:que )?(?:los|las) (?:deporten|regresen|saquen|echen|corran|devuelvan|manden "
            r"de (?:vuelta|regreso)) (?:a )?(?:todos|todas)\b|"
            r"\b(?:mandenlos|regresenlos|deportenlos|saquenlos|echenlos|corranlos) "
            r"(?:de (?:vuelta|regreso) )?(?:a )?(?:todos|todas)\b|"
            r"\bque (?:regresen|deporten|saquen|echen|corran) a todos (?:los|las) GRP\b|"
            r"\b(?:regresar|deportar|sacar|echar|correr) a todos (?:los|las) GRP\b|"
            r"\b(?:que se regresen|regresen|vuelvan|regresate|vete|que vuelvan) a la cocina\b|"
            r"\bhay que (?:juntarlos|sacarlos|echarlos|correrlos|deportarlos|fumigarlos|"
            r"exterminarlos)\b|"
            r"\bque se regresen (?:nadando|a patadas|por donde vinieron|en el primer \w+)\b|"
            r"\bmand\w+ a todos (?:los|las|esos|esas) GRP de (?:regreso|vuelta)\b|"
            r"\bcierren la frontera a (?:esa raza|esa gente|los GRP|GRP)\b|"
            r"\b(?:cierren|clausuren) (?:las |todas las )?(?:mezquitas|sinagogas)\b|"
            r"\b(?:ningun|ninguna) GRP deberia (?:poder )?(?:cruzar|entrar|votar|rentar|vivir aqui|"
            r"trabajar|estudiar|ser)\b|"
            r"\bno (?:los|las) dejen entrar\b|"
            r"(?:^|[.,] )fuera(?: todos| de (?!(?:eso|esto|ello|broma|lo|serie|tiempo|lugar|"
            r"contexto|juego|control|peligro|temporada|horario|si)\b)\w+| del \w+)?(?: ya)?"
            r"(?= [.,]|$)"
        ),
    ),
    (
        _LGBT,
        re.compile(
            r"\b(?:orgullo de que|lo trans|la marcha gay|marcha del orgullo|GRP)\b[^.]{0,40}"
            r"(?: \. [^.]{0,40})?\b(?P<p>degenerad\w+|pervertid\w+|aberracion\w*|antinatural\w*|"
            r"contra natura|desviad[oa]s|moda degenerada)\b|"
            r"\bGRP\b[^.]{0,30}\b(?:(?:quieren|van por) (?:a )?(?:nuestros|mis) (?:hijos|ninos)|"
            r"(?:adoctrinar|reclutar|corromper|pervertir|confundir) a (?:nuestros|mis|los) "
            r"(?:hijos|ninos|ninas|menores)|no deberian acercarse a (?:nuestros|mis|los) "
            r"(?:hijos|ninos|ninas|menores)|lejos de (?:nuestros|mis) (?:hijos|ninos))\b|"
            r"\b(?:psiquiatra|psiquiatrico|manicomio),? no derechos\b"
        ),
    ),
    (
        "a proverb that denies a group any good member",
        re.compile(
            r"\bGRP bueno (?:es GRP (?:muerto|preso|encerrado|calladito|callado|deportado)|"
            r"no (?:hay|existe))\b|\bGRP bueno no (?:hay|existe)\b|"
            r"\bGRP que no (?:roba|miente|estafa|apesta) no es GRP\b|"
            r"\bGRP (?:y|pero) (?:honrad[oa]|honest[oa]|trabajador[a]?|limpi[oa]|decente|pobre)"
            r" ,? (?:eso )?no existe\b|"
            # "¿X pobre? Eso no existe jaja": the answer may follow as a sentence of its own
            r"\b(?:un |una )?GRP pobres? [,.]? (?:(?:ja|jaja\w*|jeje\w*|je) [,.]? )?(?:eso )?"
            r"(?:no existen?|ni existen?)\b|"
            r"\bnunca (?:vas a ver|veras|he visto|vi|van a ver) (?:a )?(?:un|una|ningun|ninguna) "
            r"GRP pobre\b|"
            r"\bGRP que llega ,? GRP que (?:roba|delinque|estorba)\b|"
            r"\bdonde hay GRP hay (?:problemas|piojos|robos|delincuencia|mugre|basura|droga)\b"
        ),
    ),
    (
        "a group said to be good for nothing or to come only to take",
        re.compile(
            rf"\b(?:{GROUP}|esos|esas)\b[^.]{{0,40}}?\b(?:(?:solo|nomas|nada mas|no) sirven "
            r"(?:ni )?(?:para|pa)\b(?! (?:servir|ayudar))|"
            r"(?:solo|nomas|nada mas)? ?(?:vienen|viene|llegan) (?:a|por) (?P<p>robar|"
            r"estirar la mano|ensuciar|pedir(?! (?:asilo|refugio|trabajo|ayuda|empleo|papeles))|"
            r"vivir del gobierno|vivir de nuestros impuestos|lo gratis|traficar|espiar|invadir|"
            r"tener hijos))\b|"
            r"\bes lo unico para lo que sirven\b|"
            r"\bGRP\b" + GAP + r" (?:no|nunca) (?:quieren|saben) (?P<q>progresar|superarse|"
            r"integrarse|adaptarse|banarse|usar la democracia)\b|"
            r"\bGRP\b" + GAP + r" (?:siempre |todos |solo |nomas )?(?:venden|trafican) (?:pura |"
            r"puras |puro )?(?:droga|drogas|pirateria|robado|cosas robadas)\b"
        ),
    ),
    (
        "a group said to stink or to eat pets",
        re.compile(
            r"\b(?:GRP|esa gente)\b" + GAP + r" (?P<p>(?:huelen|apestan|huele) (?:a (?:mugre|"
            r"rancho|selva|sucio|podrido|caca|orines|mierda|animal|zorrillo)|diferente|feo|"
            r"mal)|apestan|no se banan|comen (?:perros?|gatos?|murcielagos|ratas))\b|"
            r"\b(?:huelen|apestan) (?:a (?:mugre|rancho|selva|sucio|podrido))?(?: \w+)? GRP\b|"
            r"\bhuele a (?:africa|haiti|GRP)\b"
        ),
    ),
    (
        "a group kept out or wished away",
        re.compile(
            r"\bni (?:un|una|uno) (?!mujer\b)GRP mas\b(?! (?:muert|asesinad|desaparecid|"
            r"detenid|ahogad|en el desierto|en la carcel|sin )\w*)|"
            r"\b(?:GRP|mujer|vieja) tenia que ser\b|"
            r"\b(?:las viejas|ninguna vieja|ninguna mujer) (?:no )?(?:deben|deberian|sirve|sirven) "
            r"(?:para )?(?:votar|gobernar|mandar|opinar|alcaldesa|presidenta|ser alcaldesas?|"
            r"ser presidentas?)\b|"
            r"\bGRP no deberian (?:nacer|existir|reproducirse|tener hijos)\b|"
            r"\bGRP deberian quedarse en (?:sus|su) (?:cerros|cerro|monte|pueblo|pais|casa|isla|"
            r"selva|rancho|reservacion)\b|\btenia que ser (?:una )?(?:GRP|mujer|vieja)\b"
        ),
    ),
    (
        "a group said to be behind everything",
        re.compile(
            r"\b(?:GRP|globalistas)\b" + GAP + r" (?:siempre )?detras de (?:todo|todos|cada)\b|"
            r"\b(?:GRP|globalistas)\b"
            + GAP
            + r" (?:controlan|manejan|mueven|son (?:los )?duenos de|"
            r"se aduenaron de|se apoderaron de|compraron a) "
            r"(?:los |el |la |a la |a los |del |todo |"
            r"toda )?(?:bancos|banca|comercio|terrenos|"
            r"medios|onu|mundo|hilos|politicos|dinero del mundo)\b"
        ),
    ),
    (
        "a group named, then a dehumanising word after a comma",
        re.compile(
            r"\bGRP\b[^.]{0,60}? , (?:puros |puras |pura |puro |unos |unas |manga de |bola de |"
            r"todos |todas )?(?:animales|salvajes|ratas|cucarachas|bestias|vagos|parasitos|"
            r"delincuentes|ladrones|chorros|basura|escoria|plaga|lacra|changos|monos)(?= \.|$)|"
            r"\b(?:todo|cada) GRP que \w+ (?:es|=) (?:un |una )?(?:pandillero|delincuente|ladron|"
            r"terrorista|criminal|narco|violador|bomba|marero|rata|parasito)\b|"
            r"\bGRP que \w+ = (?:un |una )?\w+ que \w+\b|"
            r"\bmas (?:GRP|mezquitas) = mas (?:delitos|crimen|robos|bombas|violencia|inseguridad|"
            r"terrorismo|delincuencia)\b|"
            r"\bGRP = (?:\w+ ){0,2}?(?:robo|robos|bombas?|terroris\w+|delincuencia|crimen|"
            r"clones|ratas|basura|plaga|violadores|ladrones)\b"
        ),
    ),
    (
        "a group said to bring crime, drugs or disease",
        re.compile(
            rf"\b{GROUP}\b" + GAP + r" (?:siempre |solo |nomas |son los que )?(?P<p>traen|trae|"
            r"trajeron) (?:puros? |puras? |mas |la |el |los |las )?(?:problemas|delincuencia|"
            r"crimen|droga|drogas|piojos?|enfermedad(?:es)?|mugre|violencia|inseguridad|virus|"
            r"covid|sarna)\b|\bGRP mataron a cristo\b"
        ),
    ),
    (
        _CULPRITS,
        re.compile(
            # "los X (de la vecindad) son los que roban": the group as the habitual culprit
            rf"{_SUBJECT}\b{GROUP}(?: (?!(?:no|ni|nunca|jamas|tampoco|pero|si)\b)[^ ,.]+){{0,7}}? "
            r"(?:son|eran) (?:los|las) (?:que|q) (?:siempre |mas |nomas |solo |andan |luego )?"
            r"(?P<p>roban|asaltan|andan (?:robando|asaltando)|delinquen|estafan|trafican|"
            r"secuestran|violan|venden (?:droga|drogas|robado)|traen (?:el crimen|la droga|"
            r"la delincuencia|las enfermedades|los problemas)|ensucian|hacen (?:el desmadre|"
            r"los destrozos|el cochinero))\b|"
            # "esos X del albergue seguro fueron los del asalto": guessed culprits by who they are
            rf"\b{GROUP}(?: [^ ,.]+){{0,4}}? (?:seguro|de seguro|seguramente|a fuerza) "
            r"(?:fueron|eran|son) (?:los|las) "
            r"(?:del (?:asalto|robo|atraco)|que (?:robaron|asaltaron))\b|"
            r"\b(?:malandros|rateros|ladrones|asaltantes|delincuentes)(?: [^ ,.]+){0,3}? "
            rf"(?:seguro|de seguro|seguramente|a fuerza) (?:eran|fueron|son) (?:de )?{GROUP}"
        ),
    ),
    (
        "a group in office blamed for the ruin",
        re.compile(
            r"\b(?:con razon|por eso|asi nos va|que esperaban)\b[^.]{0,60}?\b(?:pusieron a|"
            r"metieron a|eligieron a|manejado por|gobernado por|dirigido por) (?:una |un |puras |"
            r"puros )?(?:GRP|mujer|mujeres)\b|"
            r"\b(?:GRP|mujeres) en (?:el gobierno(?! de)|la politica|el poder|el ejercito|"
            r"el congreso|el cabildo|el gabinete)\b[^.]{0,50}?(?: \. )?(?:por eso (?:estamos asi|"
            r"el pais va como va|nos va como nos va)|asi nos va|ya perdimos)\b"
        ),
    ),
    (
        _SNEER,
        re.compile(
            r"\b(?:luego que|nomas falta|solo falta|que casualidad|que curioso|que raro|"
            r"que podia salir mal|que esperaban|ahi vienen|ya llegaron|ya llego|ahi va otra vez|"
            r"bienvenidos a la nueva|por algo sera|con razon|asi nos va)\b[^.]{0,80}?"
            r"(?: \. [^.]{0,60}?)?\bSNEER\b"
        ),
    ),
    (
        _EMOJI,
        re.compile(r"\bGRP (?:\w+ )?VERMIN\b"),
    ),
    (
        SNEER_CLOSED,
        # the group in the sentence the emoji closes, or in the one before it
        re.compile(
            rf"\b(?:GRP|{_PEOPLE_MARKS})\b[^.]{{0,160}}?(?: \. [^.]{{0,100}}?)?\bSNEER(?= \.|$)"
        ),
    ),
    (
        "a people's need or pride called a pose",
        # "dicen que es refugiada, pero bien que ...", "mucho X pero bien que se llenan de ...":
        # the opening is part of the sneer; a negative claim answered ("dicen que no pagan
        # impuestos, pero bien que pagan IVA") is a rebuttal and is left to the report guard
        re.compile(
            r"\b(?:dicen que (?!(?:\w+ ){0,6}?no )(?:\w+ ){0,5}?|"
            r"(?:ay si ,? )?(?:muy|mucho|bien) (?:\w+ ){0,4}?)?"
            r"GRP\b[^.]{0,50}? pero bien que \w+"
        ),
    ),
    (
        "a people named as the explanation of a fault",
        # "resultó que eran de X. Eso lo explica todo.", "la directora es X, con razón los
        # precios": who they are given as the reason, with nothing else said or a fault after
        re.compile(
            r"\b(?:dicen que |resulta que )?(?:\w+ ){0,5}?(?:es|son|era|eran|resulto|resultaron) "
            r"(?:de )?(?:un |una )?GRP\b[^.]{0,12}? [,.] (?:ah ,? |pues |ya )?"
            r"(?:eso (?:lo )?explica (?:todo|mucho)|ya decia yo|ahora entiendo todo|con razon)"
            r"(?= [.,]|$| (?:los precios|tant[oa]s? (?:inseguridad|robos?|basura|mugre|crimen|"
            r"delincuencia|desmadre|problemas?)|ya nadie|nada funciona|asi (?:esta|estamos|"
            r"nos va)|esta como esta)\b)"
        ),
    ),
    (
        "a people cast as all rich or as siding with money",
        # "todos los X son ricos", "los X siempre del lado que paga"; "los X son muy ricos"
        # without "todos" or "siempre" may be a country's wealth and is left alone
        re.compile(
            r"\bGRP (?:son |estan )?(?:todos|todas|siempre) (?:son |estan )?(?:bien |muy )?"
            r"(?:ricos|ricas|forrados|millonarios|podridos en dinero)\b|"
            r"\b(?:todos|todas) (?:los |las )?GRP (?:son|estan) (?:bien |muy )?(?:ricos|ricas|"
            r"forrados|millonarios)\b|"
            r"\bGRP (?:siempre (?:tienen|traen) (?:mucho )?|(?:siempre )?(?:tienen|traen) todo el )"
            r"dinero\b|\bGRP nadan en (?:dinero|billetes|oro)\b|"
            r"\bGRP (?:siempre )?(?:estan )?del lado (?:que paga|del dinero|de quien paga|"
            r"del que paga)\b"
        ),
    ),
    (
        "a people's poverty laid at its own idleness",
        re.compile(
            r"\bGRP (?:siguen|son|estan|viven) (?:tan |bien |muy )?(?:pobres|jodidos|"
            r"en la miseria|en la pobreza)(?: ,| porque| por que| por) (?:son )?(?:no (?:trabajan|"
            r"quieren trabajar|les gusta trabajar|le echan ganas)|floj[oa]s|huevon(?:es|as)|"
            r"vag[oa]s)\b"
        ),
    ),
    (
        "a question that answers itself with the group's worthlessness or crimes",
        re.compile(
            # "¿Qué han aportado los X a este país? Nada." / "... aparte de delincuencia?"
            r"\bque (?:nos )?(?:ha|han) (?:aportado|traido|dado) (?:\w+ ){0,2}?GRP\b[^.]{0,40}?"
            r"(?:\b(?:aparte|ademas|fuera) de (?:la |el |los |las |puros? |puras? )?"
            r"(?P<p>delincuencia|crimen(?:es)?|robos?|drogas?|problemas|violencia|mugre|basura|"
            r"enfermedades|pandillas|inseguridad)\b|"
            r" \. (?P<n>nada|ni madres|ni madre)(?= \.|$| ,))|"
            # "¿Cuántos crímenes más de X hay que aguantar?": their crimes taken as given
            r"\bcuant[oa]s (?P<c>crimenes|robos|asaltos|delitos|atracos|desmadres) mas "
            r"(?:de|por parte de|cometidos por) (?:los |las |esos |esas |estos |estas )?GRP\b"
            r"[^.]{0,20}?\b(?:hay que|tenemos que|vamos a|debemos|van a) (?:aguantar|soportar|"
            r"tolerar|esperar|permitir|sufrir)\b"
        ),
    ),
)
# Which of the shapes may match the masked words (see `hate_es_implicit._SEARCHED`).
_SEARCHED = pattern_needles(tuple(pattern for _what, pattern in _SHAPES))

# Emoji that cast a group as vermin or as apes when they follow its name.
_VERMIN = re.compile("[\U0001f400\U0001f401\U0001fab3\U0001f412\U0001f435\U0001f98d\U0001f99f]")
_GAP_MARK = re.compile(r"[,:]|(?<!\.)\.\.\.")


def masked_words(an: Analysis, groups: set[int]) -> tuple[str, list[int], list[int]]:
    """The comment's words with groups and slurs masked as `GRP`, commas as `,`, sentence
    breaks as `.` and vermin emoji as `VERMIN`; each token's offset and unit index. Kept in
    the comment's memo for each set of masked units: a dozen Spanish rules read the same
    words, most with `group_units` or none masked (the callers only read the lists)."""
    key = ("es_words", frozenset(groups))
    found = an.memo.get(key)
    if found is None:
        found = an.memo[key] = _worked_out(an, groups)
    return found


def _worked_out(an: Analysis, groups: set[int]) -> tuple[str, list[int], list[int]]:
    text = an.norm.text
    tokens: list[tuple[str, int]] = []
    prev_end = 0
    prev_sentence = an.units[0].sentence
    for u in an.units:
        gap = text[prev_end : u.start]
        spaced = gap == " "  # the common gap: none of the marks below is in it
        if u.sentence != prev_sentence:
            tokens.append((".", u.index))
        elif not spaced and _GAP_MARK.search(gap):
            tokens.append((",", u.index))
        if not spaced and tokens:
            if "=" in gap:
                tokens.append(("=", u.index))
            if _VERMIN.search(gap):
                tokens.append(("VERMIN", u.index))
            if _SNEER_EMOJI.search(gap):
                tokens.append(("SNEER", u.index))
        masked = (
            u.index in groups
            or (u.code == "S" and not swear_intensifies(an, u))  # not "putos políticos"
            or u.text in _EXTRA_PEOPLE
        )
        tokens.append(("GRP" if masked else u.text, u.index))
        prev_end, prev_sentence = u.end, u.sentence
    if _VERMIN.search(text, prev_end):
        tokens.append(("VERMIN", an.units[-1].index))
    if _SNEER_EMOJI.search(text, prev_end):
        tokens.append(("SNEER", an.units[-1].index))
    return joined(tokens)


def units_inside(offsets: list[int], index: list[int], a: int, b: int) -> list[int]:
    """The units whose words start between character offsets `a` and `b` of `masked_words`' text."""
    return [index[i] for i, o in enumerate(offsets) if a <= o < b]


def _clause_start(words: str, at: int) -> int:
    """Where the clause holding offset `at` opens: after a comma, a full stop or a "pero"
    ("no es por nada pero los X ..."): a "no" before it governs its own clause, not this one."""
    but = words.rfind(" pero ", 0, at)
    return max(words.rfind(",", 0, at), words.rfind(".", 0, at), but + 5 if but >= 0 else -1)


# "No solo sirven para limpiar, también dirigen negocios": the "only" of a people fit for one
# task is denied, and what follows "también" / "sino" is said of them as well; the rules read
# that second half on its own ("no solo roban, también matan" is still a fault said).
_NOT_ONLY = re.compile(
    r"\bno (?:solo|solamente|nomas|unicamente|nada mas) (?:sirven?|nacieron|nacio|valen|saben|"
    r"son (?:para|pa|buen[oa]s? para))\b"
)
_ALSO_AFTER = re.compile(r"[^.!?]*?\b(?:tambien|sino|ademas)\b")
# The second half that repeats the task with a worse one ("..., también para robar"): the
# people are still said to be fit for harm, so the shape stands.
_WORSE_TASK = re.compile(
    r" (?:que )?(?:tambien |ademas )?(?:sirven |son )?(?:para|pa) (?:robar|delinquir|estorbar|"
    r"molestar|traficar|vender droga|ensuciar|mendigar|parir|pedir limosna|matar|violar|"
    r"dar problemas|vivir del gobierno)\b"
)


def _not_only(words: str, m: re.Match, clause: int) -> bool:
    """The match is the first half of "no solo ..., también / sino ..." (see `_NOT_ONLY`)."""
    said = _NOT_ONLY.search(words, clause, m.end())
    if said is None:
        return False
    also = _ALSO_AFTER.match(words, said.end())
    return also is not None and not _WORSE_TASK.match(words, also.end())


def negated_es(words: str, m: re.Match) -> bool:
    """A negation just before the match or its predicate ("no todos los X son ...", "y no
    subieron los robos", "dejen de llamarlos degenerados"), or an "only" denied by "no solo
    ..., también ..."."""
    clause = max(0, m.start() - 30, _clause_start(words, m.start()))
    if _not_only(words, m, clause) or _negated_before(words, m):
        return True
    p = m.start("p") if "p" in m.re.groupindex and m.group("p") else -1
    if p <= 0:
        return False
    start = max(m.start(), p - 25, _clause_start(words, p))
    # "los X vienen a trabajar, a los que dicen que vienen a robar ..." tells others' line
    return bool(
        NEG_BEFORE_ES.search(words, start, p)
        or SAID_BEFORE.search(words, max(m.start(), p - 40), p)
    )


def _negated_before(words: str, m: re.Match) -> bool:
    """A negation or a saying just before the match, in its clause: `negated_es` without the
    predicate's, for a shape whose own "no son gente" is its charge."""
    clause = max(0, m.start() - 30, _clause_start(words, m.start()))
    return bool(
        NEG_BEFORE_ES.search(words, clause, m.start())
        or SAID_BEFORE.search(words, max(0, m.start() - 40), m.start())
    )


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    groups = group_units(an)
    words, offsets, index = masked_words(an, groups)
    named = "GRP" in words or bool(_NAMED.search(words))
    found: list[tuple[int, int, str]] = []
    for k in _SEARCHED.candidates(words):
        what, pattern = _SHAPES[k]
        for m in pattern.finditer(words):
            # a shape that names no group itself counts when the comment does
            if not (
                named
                or what == SNEER_CLOSED  # the match holds a group or a people's marks
                or (what == _ARRIVAL and _THEY_ARRIVE.search(m.group(0)))
            ):
                continue
            if _CONDITION_AFTER.match(words, m.end()) or _OFFICE_AFTER.search(
                words, m.start(), m.start() + 60
            ):
                continue
            if _THEIR_WISH.search(words, max(0, m.start() - 12), m.start()):
                continue
            p = m.start("p") if "p" in m.re.groupindex and m.group("p") else -1
            if what == _LGBT and p > 0 and NEG_BEFORE_ES.search(words, m.start(), p):
                continue
            if (
                what == _CULTURE
                and m.group("p")
                and not FAULT.search(words, m.start(), m.start("p"))
            ):
                continue
            if negated_es(words, m) if what != _DENIED_HUMANITY else _negated_before(words, m):
                continue
            if what == _SNEER and not _NAMED.search(words[max(0, m.start() - 150) : m.end() + 100]):
                continue
            if what == SNEER_CLOSED and _OWN_PEOPLE.search(m.group(0)):
                continue
            if (
                what == SNEER_CLOSED
                and _ORIGIN_ASKED in m.group(0)
                and not _CHARGED.search(words, max(0, m.start() - 80), m.end())
            ):
                continue
            if OTHERS_BELIEF.search(words[max(0, m.start() - 40) : m.start()]):
                continue
            inside = units_inside(offsets, index, m.start(), m.end())
            if not inside:
                continue
            if any(k in groups for k in inside[:3]) and haters_object(
                an, next(k for k in inside if k in groups)
            ):
                continue  # "los nazis que odian a los judíos son escoria": the haters scorned
            if what == SNEER_CLOSED and _yes_to_a_fair_question(an, words, m, inside[0]):
                continue
            g = next((k for k in inside[:3] if k in groups), None)
            if (
                g is not None
                and plural_group(an.units[g])
                and not_the_group(an, g)
                and not any(an.units[k].code == "D" for k in inside)
            ):
                continue  # "los políticos mexicanos son unos ladrones": office-holders judged;
                # not "los peloteros dominicanos son unos changos"
            found.append((inside[0], inside[-1], what))
            break
    return found


# A charge asked of a people: a yes to it, however sourced, keeps the sneer.
_ASKED_CHARGE = re.compile(rf"\b(?:{BAD})\b|{_CHARGED.pattern}")


def _yes_to_a_fair_question(an: Analysis, words: str, m: re.Match, first: int) -> bool:
    """The emoji closes a sincere yes (`hate_es_yes_answered`) to a question about the group
    that charges it with nothing ("¿Los X pagan impuestos? Según el SAT sí 🤔")."""
    if not an.asked(an.units[first].sentence):
        return False
    answer = words.rfind(" . ", m.start(), m.end())
    return (
        answer > 0
        and not _ASKED_CHARGE.search(words, m.start(), answer)
        and sincere_yes(words[answer + 3 : m.end()])
    )


@rule("hate.es_shape", Category.HATE)
def es_shape(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that fits one of the short group-hate shapes above."""
    del sub
    if an.lang != "es" or not an.units:
        return []
    # every shape needs a group named or a people's marks before a sneering emoji: most
    # comments end at this test
    text = an.norm.text
    if not (
        an.by_class.get("G")
        or "S" in an.codes
        or ANY_NAMED.search(text)
        or _SNEER_EMOJI.search(text)
    ):
        return []
    shapes = _shapes(an)
    if not shapes or condemns(an):
        return []
    for first, last, what in shapes:
        if what != _EMOJI and (
            set_apart(an, first, last)
            or dismissed_after(an, last)
            or _SHAMED_AFTER.match(an.norm.text, an.units[last].end)
            or denial_rebutted(an, first, last)
        ):
            continue
        return [Hit("hate.es_shape", _SCORE, (an.span(first, last),), what, cap_hold=True)]
    return []
