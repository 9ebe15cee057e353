"""Everyday hate in a commenter's voice: a group sent away whatever its papers, denied
everything, said never to fit in, its faults put down to culture or blood, equated with a vice
("X = perverts"), hinted at as the ones behind crime ("read the names"), or named in code.

Sentences are read as in `hate_shapes` (each group word masked as `GRP`); some shapes speak of
"them" or "their culture" and count only when the comment names a group or a stand-in for one
("these people", "the Pride crowd", "the other side"). Every hit only holds: a moderator reads
it. Quoting, reporting, refuting or condemning the line lets it pass.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from operator import attrgetter

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.lexicon import alternative_literals, pattern_needles
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import (
    all_quoted,
    claim_denied,
    labelled_false,
    quoted_claim,
    report_frame_before,
    reported_after,
)
from moderation.policy.rules.hate_shapes import _group_units
from moderation.policy.types import Category

_SCORE = 0.75

# Stand-ins the group lexicon leaves out: vague plurals for a people, the Pride crowd,
# "the other side" of a border river. Read only by this module's shapes.
_STAND_INS = re.compile(
    r"\b(?:th(?:ese|ose) (?:people|folks|groups|types|ones|families|kinds? of people)|their kind|"
    r"(?:certain|some) (?:groups|backgrounds|cultures|communities)|"
    r"(?:the )?pride (?:crowd|people|folks|types|parade crowd|mafia|lobby)|"
    r"gay (?:mafia|lobby|lifestyle|agenda)|homosexual (?:lifestyle|agenda)|"
    r"the other side(?: of the (?:river|bridge|border))?|(?:the )?(?:third|3rd) world|"
    r"people like (?:that|them|those)|(?:that|this) crowd|"
    r"(?:esa|esta|esa clase de|ese tipo de) gente|los de (?:afuera|fuera|alla)|gente asi|"
    r"el otro lado)\b"
)
_PRONOUN = r"(?:GRP|they|them|em|those|these|ellos|ellas|los|las)"
_THEY = r"(?:GRP|they|them|em|ellos|ellas)"

# Sending a whole people away.
_SEND = (
    r"(?:send|sent|ship|deport|kick|throw|put|bus|truck|fly|run|make|drive|push|"
    r"round up)"
)
_AWAY = (
    r"(?:back|home|out(?= of (?:here|our|my|this|the country|town|america|mexico)\b|$| now\b)|"
    r"packing|over the (?:river|border|bridge)|across the (?:river|border)|"
    r"back where they came from)"
)
_WHOLE = (
    r"(?:all|all of (?:them|em)|every (?:last |single )?(?:one|GRP)(?: of (?:them|em))?|"
    r"the (?:whole|entire) (?:lot|bunch|family|families|department|community)|"
    r"the lot of (?:them|em))"
)
# Papers, status or children said not to matter: the expulsion is of a people.
_STATUS_BLIND = (
    r"(?:legal or not|papers or not|documented or not|citizens? or not|with or without papers|"
    r"(?:citizens|kids|children|families|babies) included|whether (?:legal|citizens?) or not|"
    r"con papeles o sin (?:ellos|papeles)|legales o no|con o sin papeles|"
    r"(?:ninos|hijos|familias) incluid[oa]s)"
)
_EXPEL = re.compile(
    rf"\b{_SEND} (?:the |those |these )?(?:{_THEY}|foreign ones|\S+ ones) (?:all )?(?:go )?"
    rf"{_AWAY}\b|"
    rf"\b{_SEND} (?:{_THEY} )?{_WHOLE}(?: \S+){{0,2}} {_AWAY}\b|"
    rf"\b(?:(?:mandar|regresar|deportar|echar|sacar|correr|expulsar|devolver)(?:los|las)|"
    rf"(?:manden|regresen|deporten|echen|saquen|corran|expulsen|devuelvan)(?:los|las)|"
    rf"(?:mandar|regresar|deportar|echar|sacar|correr|expulsar|devolver|manden|regresen|"
    rf"deporten|echen|saquen|corran|expulsen) a (?:todos |todas )?(?:los |las |esos |esas )?"
    rf"GRP)\b(?: \S+){{0,2}} "
    rf"(?:de (?:vuelta|regreso)|a su (?:pais|tierra|casa)|del pais|a todos|a todas)\b|"
    rf"\bque (?:los|las) (?:regresen|deporten|saquen|echen|corran|manden|devuelvan)"
    rf"(?: \S+)?(?: a su (?:pais|tierra)| de vuelta| de regreso| en el primer| a patadas| "
    rf"a todos| a todas| "
    rf"del pais| de aqui|$)|"
    rf"\bque se (?:vayan|regresen|larguen|devuelvan) (?:todos |todas )?(?:a su (?:pais|tierra)|"
    rf"de (?:vuelta|regreso)|por donde (?:vinieron|llegaron))\b"
)
# The same, with papers or status said not to matter: no group need be named.
_EXPEL_BLIND = re.compile(
    r"\b(?:they|them|GRP|you people) (?:(?!not\b|never\b|no\b)\S+ ){0,3}"
    r"(?:go|get|be put|be shoved|stay|belong|crawl) back in(?:to)? (?:the |their )?closets?\b|"
    r"\b(?:de vuelta|regresen|metanse|vuelvan|deberian regresar|deberian volver) (?:al|a su) "
    r"(?:closet|closets|"
    r"armario)\b|"
    r"\bpor que no se (?:van|regresan|largan) (?:a su (?:pais|tierra)|de (?:vuelta|regreso))\b|"
    r"\bwhy (?:do not|don't) they (?:just )?go back (?:to|where) (?:their|they)\b|"
    rf"\bdeport (?:{_THEY} all|{_WHOLE})\b|"
    r"\b(?:are not|is not) (?:real )?(?:americans|mexicans|texans|one of us) and never will be\b|"
    rf"\b{_STATUS_BLIND}\b.*\b(?:go|leave|out|back|deport\w*|gone|over the \S+)\b|"
    rf"\b(?:go|leave|out|back|deport\w*|gone)\b.*\b{_STATUS_BLIND}\b|"
    rf"\bevery (?:last |single )?(?:one of (?:them|em)|GRP)\b.*\bshould (?:go|leave|be deported|"
    rf"be sent back|be removed|get out)\b"
)
# A group said to shield its own, to ruin all it touches, to be all criminals, or to be
# watched as a whole.
_OWN = re.compile(
    r"\b(?:protect|protects|protecting|cover for|covers for|covering for|look after|looks "
    r"after|looking after|take care of|takes care of|only hire|hire|hiring|never catch\w*) "
    r"(?:one of )?their own\b|"
    r"\b(?:protegiendo|cubriendo|protege|protegen|cubre|cubren|cuidan|contratan) a (?:los suyos|"
    r"sus paisanos)\b|\bse cuidan entre ellos\b|"
    r"\b(?:GRP|they)(?: (?!no\b|not\b|never\b|nunca\b)\S+){0,4} "
    r"(?:wreck|ruin|destroy|trash|wrecks|ruins|destroys|trashes) "
    r"(?:everything|every \S+|whatever) (?:they|GRP) (?:touch|get|go)\b|"
    r"\b(?:all of them|they are all|every one of them|todos ellos|todos esos|todas esas) "
    r"(?:are |son )?(?:the same |unos |unas |puros |puras )?(?:\S+ )?(?:criminals|thieves|"
    r"terrorists|trash|rapists|gangbangers|animals|delincuentes|ladrones|basura|criminales|"
    r"terroristas|rateros|malandros)\b|"
    r"\b(?:every|all|each) (?:GRP|one of them)(?: \S+){0,5} (?:should|must|needs? to|ought to) "
    r"be (?:on a (?:watch ?list|list|registry)|watched|tracked|registered|monitored)\b|"
    r"\btodos los GRP(?: \S+){0,4} (?:deberian|deben) estar (?:en una lista|vigilados|"
    r"fichados|registrados)\b"
)
# A knowing hint about a group ("you know how they are", "ya saben a qué vienen").
_KNOWING = re.compile(
    r"\b(?:read|check|look at|google|see) (?:the |their |the \S+ )?(?:names|last names|"
    r"surnames)(?: on \S+ \S+| in \S+ \S+)?$|"
    r"\b(?:it is |that is )?(?:not|never) (?:a )?coincidence\b|\bno es (?:casualidad|"
    r"coincidencia)\b|"
    r"\b(?:you know|we know|we all know|everybody knows|everyone knows) (?:how they are|what "
    r"they are like|what they are here for|what they come for|what they are|what to expect)\b|"
    r"\b(?:ya saben|ustedes saben|todos sabemos|ya sabemos|ya sabes) (?:como son|a que vienen|"
    r"lo que (?:te|les|nos) espera|de quienes hablo|quienes son|(?:perfectamente )?que clase de "
    r"gente)\b|"
    r"^(?:and )?(?:you know|ya saben|ya sabes)$|"
    r"\bGRP,? (?:como siempre|como de costumbre|as usual|of course)$"
)
# Crime, drugs or disease said to come with a group.
_BRING = re.compile(
    r"\bGRP(?: (?!no\b|not\b|never\b|nunca\b|ni\b)\S+){0,4} "
    r"(?:bring|brings|brought|bringing|carry|carries|spread|spreads|"
    r"traen|trajeron|traen consigo|contagian) (?:\S+ ){0,2}(?:diseases?|drugs|crime|gangs|"
    r"violence|filth|lice|tb|enfermedades|drogas|delincuencia|crimen|pandillas|violencia|"
    r"piojos|sarna)\b"
)
# Everything withheld from a group ("X shouldn't get anything", "no permits for them").
_ALL_OF_IT = (
    r"(?:anything|a thing|a dime|a cent|a penny|nothing|any rights|rights|a parade|a say|"
    r"a voice|the vote|to vote|a permit)"
)
_DENY = re.compile(
    rf"\b(?:GRP|they) (?:should not|should never|do not|does not|must not) "
    rf"(?:get|have|be given|deserve) {_ALL_OF_IT}\b|"
    rf"^(?:\S+ )?(?:and )?(?:should not|should never) (?:get|be given) (?:anything|a thing|"
    rf"a dime|nothing)\b|"
    rf"\b(?:give|gives) (?:{_THEY}) (?:nothing|not a dime|not a cent|zero)\b|"
    rf"\bno (?:\S+ )?for (?:{_THEY})\b.*\bno (?:nothing|anything|more)\b|"
    rf"\bno (?:\S+ ){{0,2}}(?:for|para) (?:{_THEY}|los GRP|las GRP)(?: no \S+)*,? "
    rf"(?:no nothing|nada de nada|ni nada)\b|"
    rf"\b(?:a los|a las|a esos|a esas) GRP (?:no hay que|no se les debe|ni) "
    rf"(?:dar(?:les)?|darle) (?:nada|ni un peso)\b|"
    rf"\bni un peso (?:para|a) (?:los |las |esos |esas )?GRP\b|"
    rf"\b(?:GRP|they) (?:do not|does not) deserve (?:to (?:live|be|stay) here|anything|"
    rf"rights|a thing|to vote)\b|"
    rf"\b(?:GRP |ellos |ellas )?no merecen (?:ni )?(?:pisar|vivir aqui|estar aqui|nada|"
    rf"derechos|votar)\b"
)
# Never fitting in, stated as a fact about the whole group.
_FIT = (
    r"(?:assimilate|integrate|fit in|adapt|belong here|share our values|respect our \S+|"
    r"be (?:americans|like us|one of us|real \S+))"
)
_NEVER_FIT = re.compile(
    rf"\b(?:GRP|they)(?: \S+)? (?:just |simply |really )?(?:do not|does not|will never|"
    rf"never|can not|cannot|refuse to|won't|will not) (?:ever |really |even )?{_FIT}\b|"
    rf"\b(?:GRP|they) (?:are not|is not) (?:americans|one of us|like us)\b.*\bnever will be\b|"
    rf"\b(?:GRP|they) (?:do not|does not|will never) (?:want to|even want to) "
    rf"(?:be (?:americans?|like us|one of us)|assimilate|integrate|fit in|learn english)\b|"
    rf"\b(?:GRP|they) (?:want|wants) (?:america|this country|our country|us|this town) to "
    rf"(?:become|turn into|look like)\b|"
    rf"\b(?:GRP|they) turns? (?:every|each|any|our|this) \S+ (?:\S+ )?into (?:a |an )?"
    rf"(?:\S+ )?(?:dump|slum|shithole|cesspool|ghetto|war zone|third world \S+|"
    rf"third-world \S+)\b|"
    rf"\b(?:GRP|ellos|ellas)(?: \S+){{0,2}} (?:convierten?|vuelven?|hacen?) (?:cada|todo|"
    rf"todos los|nuestros?|este) \S+ (?:en )?(?:un |una )?(?:basurero|muladar|pocilga|"
    rf"chiquero|ghetto|gueto|tercer mundo)\b|"
    rf"\b(?:GRP|they) (?:do not|will not|won't|never) (?:assimilate|integrate)\b.*"
    rf"\b(?:they|GRP) (?:colonize|colonise|conquer|invade|occupy|take over|replace)\b|"
    rf"^(?:\S+ )?(?:they|GRP) (?:colonize|colonise|conquer|invade|occupy)$|"
    rf"\b(?:GRP|ellos|ellas)(?: \S+)? no (?:se )?(?:van a |quieren |pueden |saben )?"
    rf"(?:adaptar|adaptarse|integrar|integrarse|asimilar|asimilarse|mezclar|mezclarse)"
    rf"(?:se)?(?: nunca| jamas)?\b|"
    rf"\b(?:GRP|ellos|ellas) no tienen (?:nuestra|nuestros|nuestras) (?:cultura|valores|"
    rf"costumbres)\b|"
    rf"\bnunca (?:van a ser|seran) (?:mexicanos|espanoles|como nosotros|de aqui)\b"
)
# A fault put down to culture, religion, blood or biology.
_ESSENCE = re.compile(
    r"\b(?:it is|that is) (?:just )?(?:how|what) (?:the|their) (?:culture|religion) "
    r"(?:works|is|does|teaches)\b|"
    r"\b(?:es|son) (?:su|la) (?:cultura|sangre|naturaleza|raza)$|"
    r"\bson asi,? no (?:hay nada que hacer|tienen remedio|van a cambiar)\b|"
    r"\basi es (?:su|esa) gente\b|"
    r"\b(?:it is|that is|it's) (?:just )?how (?:they|GRP) (?:are|do business|live|operate|"
    r"behave|raise their kids|were raised)$|"
    r"\b(?:because of|it is|it's) (?:the|their) (?:culture|religion|blood|genes|race),? not "
    r"(?:the )?(?:poverty|economy|racism|policing|money|jobs|schools)\b|"
    r"\b(?:it is|is|a) (?:a )?culture of (?:freeloaders|violence|crime|laziness|dependency|"
    r"welfare|thieves|criminals|victimhood|handouts)\b|"
    r"\bes (?:culpa de )?como es esa gente\b|"
    r"\b(?:es|son) (?:una cultura|un pueblo|una raza) (?:atrasad[oa]|violent[oa]|primitiv[oa]|"
    r"salvaje|inferior)\b"
)
# A fault put down to culture or blood in a bare sentence ("It's cultural."), read only when
# the comment speaks of crime, dirt or trash (a people's cooking "is in their blood" too).
_BARE_ESSENCE = re.compile(
    r"^(?:\S+ )?(?:it is|that is|it's|its) (?:just |all |purely |simply )?(?:cultural|"
    r"genetic|biological|biology|in their (?:blood|dna|genes|nature))$|"
    r"\b(?:lo llevan|lo traen) en la sangre\b|"
    r"^(?:\S+ )?es su (?:cultura|naturaleza|sangre|forma de ser)\b"
)
# A people's culture said to be crime or to scorn school, work or the law.
_THEIR_CULTURE = re.compile(
    r"\btheir (?:culture|religion|way of life|whole culture|people) (?:is|are|=) "
    r"(?:\S+ )?(?:gangs|drugs|crime|violence|terror|welfare|laziness|hate|filth|backward|"
    r"primitive|violent|savage|sick)\b|"
    r"\btheir (?:culture|religion|way of life|whole culture|people) (?:does not|do not|never) "
    r"(?:value|respect|care about|teach) (?:education|school|work|women|life|the law|hygiene|"
    r"honesty|hard work)\b"
)
# A people's faults put down to nature, said without naming it ("some people are just
# naturally more violent, it's biology").
_NATURE = re.compile(
    r"\b(?:it is|that is) (?:just )?(?:biology|genetics|nature) and history\b|"
    r"\b(?:naturally|genetically|inherently|biologically) (?:more|less) (?:violent|criminal|"
    r"lazy|stupid|aggressive|dishonest|intelligent|capable|civilized)\b|"
    r"\b(?:just |simply )?less (?:suited|fit|able|capable) (?:to|for) (?:academic|school|"
    r"intellectual|skilled|professional|civilized|modern)\b|"
    r"\bdemographics (?:is|are) destiny\b|"
    r"\b(?:por naturaleza|geneticamente|biologicamente) (?:mas|menos) (?:violent[oa]s|"
    r"flojo|flojos|criminales|tont[oa]s|inteligentes|capaces)\b"
)
# A group equated with a vice or a crime ("Pride = perverts on parade").
_EQUATE_RIGHT = (
    r"(?:perverts?|degenerates?|deviants?|groomers?|predators?|pedophiles?|criminals?|"
    r"terrorists?|gangbangers?|rapists?|thieves|parasites?|leeches|welfare|crime|disease|"
    r"filth|trash|garbage|sickness|pervertidos?|degenerados?|delincuentes?|criminales|"
    r"terroristas?|ladrones|violadores|parasitos|basura|enfermos?|"
    r"future (?:criminals|gangbangers|terrorists|rapists|thieves)|"
    r"mujeres que no \S+ hombre)\b"
)
_EQUATE = re.compile(rf"\b(?:GRP)(?: \S+)? = (?:\S+ )?{_EQUATE_RIGHT}")
# Breeding, recruiting and sickness said of a group or of a place of worship.
_BREED = re.compile(
    r"\b(?:GRP|they|their \S+|(?:that|this|the|their) (?:neighborhood|neighbourhood|community|"
    r"side of town|shelter|camp|barrio|colonia|albergue)) (?:is|are|has become|have become|es|"
    r"son)(?: \S+)? (?:a |just a |un |una )?(?:breeding grounds?|semillero|nido)\b|"
    r"\b(?:GRP)\b.*\b(?:so they can|to|want to|wants to|just want to) (?:recruit|groom)$|"
    r"\b(?:GRP)\b.*\b(?:recruit|recruiting|groom|grooming) (?:your |our |the |young |"
    r"confused )?(?:kids|children|teens|teenagers|youth|boys|girls)\b|"
    r"\b(?:GRP|they)\b.*\b(?:coming for|going after|after) (?:your|our) (?:kids|children)\b|"
    r"\byour (?:kids|children) are the (?:target|targets)\b|"
    r"\b(?:GRP) (?:is|are) (?:a |an )?(?:sickness|disease|mental illness|mental disorder|"
    r"perversion|sick in the head|mentally ill)\b|"
    r"\b(?:get them|give them|need|needs) (?:treatment|help|therapy|a psychiatrist|"
    r"medication|an exorcism),? not (?:a |an )?(?:permit|parade|rights|law|laws|flag|stage|"
    r"platform|microphone|month|holiday)\b|"
    r"\b(?:GRP|they)\b.*\b(?:always |just )?(?:go|goes|going) (?:for|after) (?:the |our |your )?"
    r"(?:kids|children)\b|"
    r"\bque les den (?:terapia|tratamiento),? (?:y )?no (?:leyes|derechos|permisos|desfiles)\b|"
    r"\b(?:necesitan|ocupan) (?:terapia|tratamiento|un psiquiatra),? no (?:leyes|derechos|"
    r"permisos|desfiles|un escenario|un mes)\b|"
    r"\b(?:GRP)\b.*\b(?:reclutar|reclutan|reclutando) (?:a )?(?:los |nuestros |sus )?"
    r"(?:ninos|hijos|jovenes)\b"
)
# Hinting at who commits the crimes ("read the names", "we all know which crowd").
_WHO = (
    r"(?:who|which (?:crowd|group|side|people|ones|neighborhood|part of town|community|"
    r"religion|race|country|countries))"
)
_INSINUATE = re.compile(
    rf"\b(?:everybody|everyone|we all|you all|y'?all|all of us) (?:already )?knows? "
    rf"{_WHO}\b|"
    r"\b(?:we|you) (?:all )?know (?:which|what) (?:crowd|group|side|kind of people)\b|"
    r"\b(?:read|check|look at|google|see) (?:the |their |the \S+ )?(?:names|last names|"
    r"surnames|mugshots|faces)(?: on \S+ \S+| in \S+ \S+)?$|"
    r"\b(?:point out|pointing out|notice|noticing|say|saying|mention|so|we know|asking|ask|"
    r"question|wonder|guess|look at|tell me) who (?:is |are )?(?:commits|committing|does|doing|"
    r"is doing|keeps|is behind) (?:the |all the |most of the |all of the )?(?:crimes?|"
    r"shootings|stealing|robberies|robbing|break ins|shoplifting|burglaries|car thefts|thefts?|"
    r"carjackings|drug dealing|dealing)\b|"
    r"\b(?:look|go look) at who is (?:in line|getting arrested|on the list|in the mugshots|"
    r"in jail|on welfare)\b|"
    r"\bwhy is it always (?:their|the same|GRP|those)\b|"
    r"\b(?:suspects?|perps?|perpetrators|shooters?|thieves|robbers|attackers) (?:were|was|"
    r"are|is),? (?:surprise|big surprise|what a surprise|shocker|surprise surprise|"
    r"you guessed it|guess who)\b|"
    r"\b(?:todos sabemos|ya sabemos|ya saben|todo mundo sabe|todos saben) (?:quienes|quien|"
    r"que gente|que clase de gente|de que (?:pais|religion|raza))\b|"
    r"\b(?:fijense|miren|lean|revisen|chequen) (?:en )?(?:los|sus) (?:apellidos|nombres|"
    r"caras)\b|"
    r"\bpor que siempre que hay (?:\S+ )?hay (?:un |una |algun )?GRP\b|"
    r"\bque casualidad,? (?:otra vez |siempre )?(?:puros|puras|son|eran) |"
    r"\bsame (?:people|type of \S+|kind of \S+|crowd|folks|tenants|families)\b.*"
    r"\bsame (?:results|problems|story|outcome)\b|"
    r"\b(?:the same|del mismo|de la misma|all the same) (?:race|color|colour|skin color|raza|"
    r"color de piel)\b|"
    r"\b(?:guess|adivinen|adivina) (?:which|what|de que) (?:color|colour|race|religion|raza)\b|"
    r"^(?:and )?(?:you know|you know why|we all know why|ya saben|ya saben por que|"
    r"todos sabemos por que)$"
)
_CRIME_CONTEXT = re.compile(
    r"\b(?:crimes?|criminal|arrests?|arrested|suspects?|report|reports|fraud|trash|mess|"
    r"robb\w+|stealing|theft|shootings?|violence|mugshots?|police|cops|sheriff|lawsuits?|"
    r"doing it|behind|responsible|dirty|delincuen\w+|crimen(?:es)?|asaltos?|robos?|"
    r"nota roja|policia|detenid[oa]s?|basura|sucios?|sucias?|filthy|lazy|violent|drunk|"
    r"flojos?|violentos?|borrachos?|enfermedades|diseases?)\b"
)
# A mosque's every step read as the road to sharia; a people's neighbours told to mind
# their pets.
_SLOPE = re.compile(
    r"\b(?:today|this year|now|hoy)\b.*\b(?:sharia|caliphate|califato)\b.*"
    r"\b(?:tomorrow|next year|next|manana)$|"
    r"\b(?:sharia|caliphate|califato)(?: \S+)? (?:tomorrow|next year|next|manana)$|"
    r"\b(?:al otro|al dia siguiente|despues|luego|y luego|and then|then) (?:es |sera |viene |"
    r"it is |comes )?(?:la |the )?(?:sharia|califato|caliphate)(?: law)?$|"
    r"\bwhat is next,? (?:sharia|the caliphate)\b|"
    r"\b(?:mosques?|synagogues?|mezquitas?|sinagogas?) (?:is|are|has become|have become|es|son)"
    r"(?: \S+)? (?:a |just a |un |una )?(?:breeding grounds?|semilleros?|nidos?)\b"
)
# Every believer of a faith cast as a terrorist or a fool; a place of worship said to hide
# weapons or plots; a group's arrival said to end in no-go zones or collapse.
_BELIEVERS = re.compile(
    r"\b(?:anyone|anybody|everyone|everybody|every one|whoever|all) (?:who|that) (?:follows|"
    r"believes in|practices|goes to|attends|prays at) (?:it|that religion|that faith|GRP|"
    r"(?:a |the |that )?(?:mosque|synagogue|temple|church)) (?:is|are) (?:either |basically |"
    r"just )?(?:a |an )?(?:terrorists?|terrorist sympathizers?|pedophiles?|idiots?|criminals?|"
    r"sheep|brainwashed|extremists?|fanatics?)\b|"
    r"\b(?:todo el que|cualquiera que|quien|todos los que) (?:sigue|siguen|cree en|creen en|"
    r"practica|practican|va a|van a) (?:esa religion|esa fe|la mezquita|GRP) (?:es|son) "
    r"(?:un |una |unos )?(?:terroristas?|pederastas?|idiotas?|fanaticos?|borregos)\b|"
    r"\b(?:mosques?|synagogues?|mezquitas?|sinagogas?)\b.*\b(?:stash|hide|hiding|store|"
    r"stockpile|esconder|guardar) (?:the |their |las |sus )?(?:weapons|guns|bombs|explosives|"
    r"armas|bombas|explosivos)\b|"
    r"\b(?:every|any|each|cada) (?:city|town|country|place|civilization|society|ciudad|pais|"
    r"civilizacion|sociedad) (?:that|which|que) (?:lets|let|embraced|embraces|accepted|accepts|"
    r"tolerated|allowed|deja entrar|acepto|acepta) (?:in )?(?:the )?(?:GRP|mosques|"
    r"homosexuality|islam|mezquitas|la homosexualidad)(?: in)? (?:\S+ ){0,3}?(?:collapsed|fell|"
    r"ends up with no ?go zones|end up with no ?go zones|got no ?go zones|se derrumbo|cayo)\b"
)
_OUTBREED = re.compile(
    r"\b(?:out ?breed|out-breed|outbreed|out breed) (?:you|us|everyone|the rest of us)\b|"
    r"\b(?:nos|les) (?:ganan|van a ganar) (?:a punta de hijos|por numero|en numero)\b"
)
_PETS = re.compile(
    r"\b(?:keep an eye on|watch|lock up|hide|hold on to) your (?:cats|dogs|pets|cat|dog)\b|"
    r"\b(?:cuiden|cuida|escondan|guarden) (?:a )?(?:sus|tus) (?:gatos|perros|mascotas)\b"
)
# Asking in bad faith, once crime and a group are in the comment ("just asking", "nomás
# pregunto").
_ASKING = re.compile(
    r"\b(?:just asking(?! questions)|asking for a friend|just a question|nomas pregunto|"
    r"solo pregunto|pregunta inocente|nomas digo|yo nomas digo|just saying|just sayin|"
    r"just an observation|draw your own conclusions?|saquen sus conclusiones|"
    r"not saying anything)\b"
)
# Code names for Jews and a cabal ("the tribe always gets paid", "happy merchant").
_CODE_NAMES = (
    r"\bhappy merchants?\b|"
    r"\bthe tribe (?:always |again )?(?:gets paid|got paid|wins again|strikes again|looks "
    r"after (?:its|their) own|takes care of (?:its|their) own)\b|"
    r"\b(?:crowd|people|tribe|folks|ones|bunch) (?:that|who) (?:owns?|runs?|controls?) "
    r"(?:hollywood|the banks|the media|wall street)\b|"
    r"\brootless cosmopolitans?\b|"
    r"\b(?:gay|homosexual|jewish|muslim|GRP) (?:mafia|lobby) (?:controls|runs|owns|is behind|"
    r"control|run|own)\b|"
    r"\blos de la tribu\b|\bla tribu (?:siempre|otra vez|de siempre)\b"
)
# The "13 percent" statistic: digits, so no string the needles can look for (its alternatives
# start with a digit, the others with a letter: last or first, they match the same).
_CODE_NUMBERS = (
    r"\b13 (?:percent|per cent|%)(?: \S+){0,3} (?:you know|does|do|commit|50|of the (?:crime|"
    r"murders|violent))|\b13 50\b"
)
_CODE = re.compile(f"{_CODE_NAMES}|{_CODE_NUMBERS}")
# A whole group reduced to one contemptible trait ("X are sheep who'll believe anything").
_SHEEP = re.compile(
    r"\b(?:GRP) (?:are|is) (?:all |just |basically |mostly |nothing but )?(?:a bunch of |a "
    r"herd of )?(?:sheep|lemmings|cattle|robots|drones|zombies|brainwashed \S+)\b|"
    r"\b(?:GRP)\b(?: \S+){0,4} (?:is|are) (?:mostly |all |just )?(?:degenerates|perverts|"
    r"deviants|freaks|sick in the head)\b|"
    r"\b(?:GRP) (?:son|es) (?:como |puro |pura |un |una )?(?:ganado|borregos|rebano|"
    r"secta de lavados de cerebro)\b"
)

_CLASSES: tuple[tuple[str, re.Pattern, bool], ...] = (
    # (what, pattern, needs a group named somewhere in the comment)
    ("a group sent away whatever its status", _EXPEL, True),
    ("a group sent away whatever its status", _EXPEL_BLIND, False),
    ("a group said to bring crime or disease", _BRING, True),
    ("a group denied everything", _DENY, True),
    ("a group said to shield its own or to be all criminals", _OWN, True),
    ("a knowing hint about a group", _KNOWING, True),
    ("a group said never to fit in", _NEVER_FIT, True),
    ("a fault put down to culture or blood", _ESSENCE, True),
    ("a fault put down to nature", _NATURE, False),
    ("a people's culture said to scorn school or law", _THEIR_CULTURE, False),
    ("a fault put down to culture", _BARE_ESSENCE, True),
    ("a group equated with a vice", _EQUATE, False),
    ("a group cast as breeding, recruiting or sick", _BREED, True),
    ("a hint at who commits the crimes", _INSINUATE, False),
    ("a code name for a group", _CODE, False),
    ("a place of worship as a threat", _SLOPE, False),
    ("a pet joke about a group", _PETS, True),
    ("a group said to outbreed us", _OUTBREED, False),
    ("a faith's believers or places cast as a threat", _BELIEVERS, False),
    ("a loaded question about a group and crime", _ASKING, True),
    ("a group reduced to one trait", _SHEEP, False),
)
# Words for people whose standing a writer mocks by quoting them ("the 'disabled'", "these
# 'refugees'", "the 'vibrant new community'"), beside a sneer in the same sentence.
# Not a group's own name: that is as often quoted to discuss the word ("calls them 'migrantes'").
_SCARE_WORDS = frozenset(
    {"disabled", "refugees", "refugee", "asylum seekers", "dreamers", "victims", "victim",
     "new arrivals", "newcomers", "migrants", "vibrant", "community", "diversity", "families",
     "refugiados", "refugiado", "victimas", "discapacitados", "solicitantes de asilo",
     "migrantes", "familias"}
)  # fmt: skip
_SNEER = re.compile(
    r"\b(?:funny how|so called|yeah right|more like|just future|surprise|every single time|"
    r"si como no|pobrecitos)\b"
)


# Which shapes may match a text, from the strings each must hold: the class patterns (the
# "13 percent" code apart, see `_CODE_NUMBERS`), then the sneer of a scare quote. Most comments
# hold the strings of none, and one token lookup is cheaper than twenty-two searches.
_CODE_K = next(k for k, (_what, pattern, _needs) in enumerate(_CLASSES) if pattern is _CODE)
_EQUATE_K = next(k for k, (_what, pattern, _needs) in enumerate(_CLASSES) if pattern is _EQUATE)
_SNEER_K = len(_CLASSES)
_SEARCHED = pattern_needles(
    (
        *(re.compile(_CODE_NAMES) if k == _CODE_K else c[1] for k, c in enumerate(_CLASSES)),
        _SNEER,
    )
)
# What the masking adds to a sentence, "GRP" for a group and "=" kept as a word: their masks,
# and the needle strings with white space that hold them (read as present in every comment
# that may have them: no other needle string can span a word the masking changed).
_PREFILTERED = tuple(
    string
    for pattern in (_CODE, *(c[1] for c in _CLASSES), _SNEER)
    for alternative in alternative_literals(pattern.pattern)
    for strings in alternative
    for string in strings
)
_GRP_BITS = _SEARCHED.index.tokens_mask(("GRP",))
_GRP_STRINGS = "".join(sorted({f"\n{string}" for string in _PREFILTERED if "GRP" in string}))
_EQUALS_BITS = _SEARCHED.index.tokens_mask(("=",))
_EQUALS_STRINGS = "".join(sorted({f"\n{string}" for string in _PREFILTERED if "=" in string}))
# Shapes that count only with a group and a crime word in their sentence or the next to it.
_NEAR_GROUP = frozenset({"a loaded question about a group and crime"})
# Shapes that count only with a group named in their sentence or the one next to it.
_GROUP_NEAR = frozenset({"a knowing hint about a group"})
_NEEDS_CRIME = frozenset(
    {
        "a hint at who commits the crimes",
        "a loaded question about a group and crime",
        "a fault put down to culture",
    }
)
# Whether a shape counts only with a group named somewhere in the comment (its own flag, or
# "GRP" asked of the sentences around it).
_NEEDS_NAMED = tuple(
    needs or what in _NEAR_GROUP or what in _GROUP_NEAR for what, _pattern, needs in _CLASSES
)
_PRIDE = frozenset({"pride"})
_TEXT = attrgetter("text")
# Nouns after a group word that keep it the subject ("the homosexual lifestyle is ...").
_GROUP_NOUNS = frozenset(
    {"lifestyle", "agenda", "community", "crowd", "people", "folks", "families", "family",
     "men", "women", "guys", "types", "kids", "gente", "familias", "comunidad"}
)  # fmt: skip
_REFUTED = re.compile(
    r"\b(?:myth|myths|false|falsely|not true|is not true|debunked|lie|nonsense|"
    r"(?:data|numbers|figures|statistics|stats|studies|records) (?:show|shows|say|says)|"
    r"mito|falso|falsa|mentira|no es cierto|no es verdad|los datos|las cifras|"
    r"racist|racism|racista|racismo|bigot\w*|hateful|xenophob\w*|xenofob\w*|homophob\w*|"
    r"homofob\w*|dehumaniz\w*|deshumaniz\w*)\b"
)
_OWN_DENIAL = re.compile(
    r"(?:\bnot|n't|\bno|\bnever|\bnunca|\bni|\bcall (?:me|us|them)|called (?:me|us|them)|"
    r"calls? (?:it|that)|"
    r"me (?:digan|llamen)|screaming|scream|cry|crying|yell|yelling)"
    r"(?: \S+){0,3}? (?:racist|racism|racista|racismo|bigot\w*|hateful|xenophob\w*|"
    r"xenofob\w*|homophob\w*|hate|odio)\b|"
    r"\b(?:for|to) (?:not )?(?:notice|noticing|point|pointing|say|saying)\b"
)


# A sentence's words with the groups masked, each word's offset in them and its unit index
Masked = tuple[str, list[int], list[int]]


def _sentence(an: Analysis, groups: set[int], units: tuple[Unit, ...], stand_in: bool) -> Masked:
    """A sentence's words with groups and stand-ins masked as `GRP` and an "=" kept as a word
    (the unit list drops it), plus each word's offset and unit index."""
    tokens: list[tuple[str, int]] = []
    for u in units:
        if "=" in an.norm.text[max(0, u.start - 3) : u.start] and tokens:
            tokens.append(("=", u.index))
        masked = u.index in groups or (u.text in _PRIDE and an.capitalised(u.index))
        tokens.append(("GRP" if masked else u.text, u.index))
    if stand_in:
        raw = " ".join(word for word, _k in tokens)
        spans = [m.span() for m in _STAND_INS.finditer(raw)]
        if spans:
            kept: list[tuple[str, int]] = []
            pos = 0
            for word, k in tokens:
                inside = next((a for a, b in spans if a <= pos < b), None)
                if inside is None:
                    kept.append((word, k))
                elif inside == pos:
                    kept.append(("GRP", k))
                pos += len(word) + 1
            tokens = kept
    tokens = [
        (word, k)
        for j, (word, k) in enumerate(tokens)
        if not (j and tokens[j - 1][0] == "GRP" and word in _GROUP_NOUNS)
    ]
    offsets: list[int] = []
    pos = 0
    for word, _k in tokens:
        offsets.append(pos)
        pos += len(word) + 1
    return " ".join(word for word, _k in tokens), offsets, [k for _w, k in tokens]


def _condemns(an: Analysis) -> bool:
    """The comment calls some line racist, false or a myth, beyond the writer's own "I'm
    not racist", "call me a bigot" or "for noticing"."""
    text = an.norm.text
    denied = [m.span() for m in _OWN_DENIAL.finditer(text)]
    return any(not any(a <= m.start() < b for a, b in denied) for m in _REFUTED.finditer(text))


# Someone else's belief held up, not the writer's own ("if you think X", "the guy saying X",
# "los que dicen que X").
_THEIR_BELIEF = re.compile(
    r"\b(?:if you think|if you believe|you think|people who (?:think|say|believe)|"
    r"those who (?:say|think)|anyone who (?:says|thinks)|(?:guy|man|woman|person|people|folks|"
    r"commenter|poster|one) (?:saying|who says|who said|claiming)|(?:the |that )?(?:idea|"
    r"claim|notion|myth|argument|arguments|line) that|to say that|si crees que|si piensan que|"
    r"los que dicen|quienes dicen|el que dice|la que dice|decir que|eso de que)\b"
)


# The answer that turns a question into the writer's denial ("Deport them all? No.").
_NO_ANSWER = re.compile(
    r"^(?:no|nope|not really|of course not|hell no|i do not think so|i don't think so|claro que no|"
    r"para nada|no creo|por supuesto que no|obviously not|absolutely not)\b"
)


def _answered_no(an: Analysis, s: int, n: int, sentence: Callable[[int], Masked]) -> bool:
    """Sentence `s` (of `n`) is a question the next sentence answers with a no."""
    ends = an.sentence_ends
    return s < len(ends) and ends[s] and s + 1 < n and bool(_NO_ANSWER.match(sentence(s + 1)[0]))


_CONDITION_AFTER = re.compile(
    r" (?:if|unless|until|as long as|while|without|so long as|si|mientras|sin|hasta que|"
    r"a menos que)\b"
)


def _possible(
    text: str, mask: int, named: bool, equals: bool, crime: Callable[[], bool]
) -> set[int]:
    """The shapes (`_SEARCHED` numbers) that may be found once masked in the words `text` (of
    index mask `mask`), with "GRP" for a group if one is `named` in the comment and "=" kept
    as a word if it `equals`, under the comment's own conditions: a group named, crime
    spoken of."""
    spelled = text
    if named:
        mask |= _GRP_BITS
        spelled += _GRP_STRINGS
    if equals:
        mask |= _EQUALS_BITS
        spelled += _EQUALS_STRINGS
    found = set(_SEARCHED.candidates(spelled, mask))
    if "13" in text:
        found.add(_CODE_K)
    if not (equals or "=" in text):
        found.discard(_EQUATE_K)
    if not named:
        found = {k for k in found if k == _SNEER_K or not _NEEDS_NAMED[k]}
    if any(k < _SNEER_K and _CLASSES[k][0] in _NEEDS_CRIME for k in found) and not crime():
        found = {k for k in found if k == _SNEER_K or _CLASSES[k][0] not in _NEEDS_CRIME}
    return found


def _assumed() -> bool:
    return True


def _once(read: Callable[[], bool]) -> Callable[[], bool]:
    """`read`, worked out on the first call only (a search over the whole comment)."""
    memo: list[bool] = []

    def answer() -> bool:
        if not memo:
            memo.append(read())
        return memo[0]

    return answer


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    text = an.norm.text
    equals = "=" in text
    units = an.units
    # the cheap test first, before any sentence is masked: with a group taken as named and
    # crime as spoken of, may any shape match the comment's words? Most comments end here.
    words = list(map(_TEXT, units))
    words_text = " ".join(words)
    tokens_mask = _SEARCHED.index.tokens_mask
    mask = tokens_mask(words)
    if not _possible(words_text, mask, True, equals, _assumed):
        return []
    groups = _group_units(an)
    stand_in = _once(
        lambda: (
            bool(_STAND_INS.search(text))
            or any(u.text in _PRIDE and an.capitalised(u.index) for u in units)
        )
    )
    named = bool(groups) or stand_in()
    crime = _once(lambda: bool(_CRIME_CONTEXT.search(text)))
    possible = _possible(words_text, mask, named, equals, crime)
    if not possible:
        return []
    n = units[-1].sentence + 1
    by_sentence: list[tuple[Unit, ...]] = [()] * n
    for first, codes in an.sentences:
        by_sentence[units[first].sentence] = units[first : first + len(codes)]
    masked_at: list[Masked | None] = [None] * n

    def sentence(s: int) -> Masked:
        """Sentence `s` masked, once and only when read."""
        done = masked_at[s]
        if done is None:
            done = masked_at[s] = _sentence(an, groups, by_sentence[s], stand_in())
        return done

    found: list[tuple[int, int, str]] = []
    for s, run in enumerate(by_sentence):
        if not run:
            continue
        words = list(map(_TEXT, run))
        here = possible & _possible(" ".join(words), tokens_mask(words), named, equals, crime)
        if not here:
            continue
        masked, offsets, index = sentence(s)
        if not index or _answered_no(an, s, n, sentence):
            continue
        ready = [k for k in _SEARCHED.candidates(masked) if k in here and k != _SNEER_K]
        if _CODE_K in here and "13" in masked and _CODE_K not in ready:
            ready = sorted((*ready, _CODE_K))
        window = ""
        if ready:
            window = " ".join(sentence(j)[0] for j in range(max(0, s - 1), min(n, s + 2)))
        for k in ready:
            what, pattern, _needs_group = _CLASSES[k]
            if what in _NEAR_GROUP and not ("GRP" in window and _CRIME_CONTEXT.search(window)):
                continue
            if what in _GROUP_NEAR and "GRP" not in window:
                continue
            m = pattern.search(masked)
            if m is None or _THEIR_BELIEF.search(masked[: m.start()]):
                continue
            if _CONDITION_AFTER.match(masked, m.end()):
                continue  # "X will never integrate if we keep them in camps": a condition
            inside = [index[i] for i, o in enumerate(offsets) if m.start() <= o < max(m.end(), 1)]
            first, last = (inside[0], inside[-1]) if inside else (index[0], index[-1])
            found.append((first, last, what))
        if _SNEER_K in here and _scare_quoted(an, groups, run, masked):
            found.append((index[0], index[-1], "a group's name in scare quotes"))
    return found


def _in_quotes(text: str, u: Unit) -> bool:
    """The unit's last words sit between quote marks ("the 'disabled'": the unit holds the
    article before the opening mark)."""
    return text[u.end : u.end + 1] in ("'", '"') and any(
        q in text[u.start : u.end] or text[u.start - 1 : u.start] == q for q in ("'", '"')
    )


def _scare_quoted(an: Analysis, groups: set[int], units: tuple[Unit, ...], masked: str) -> bool:
    """A short quotation of a group's name or a word for refugees or the disabled, in a
    sentence that sneers ("Funny how the 'disabled' always ...")."""
    if not _SNEER.search(masked):  # the cheap test first: few sentences sneer
        return False
    text = an.norm.text
    quoted = [u for u in units if u.quoted or _in_quotes(text, u)]
    if not quoted or len(quoted) > 4 or len(quoted) == len(units):
        return False
    return any(u.text.split()[-1] in _SCARE_WORDS for u in quoted)


def _set_apart(an: Analysis, first: int, last: int) -> bool:
    """The line is quoted, reported, or held up to be denied. (The context module's wider
    `counter_speech` also reads a bigotry label anywhere as condemnation, but these writers
    fend one off in advance: "I'll get banned for 'hate'", "call me a bigot".)"""
    return (
        all_quoted(an, first, last)
        or quoted_claim(an, first, last)
        or report_frame_before(an, first)
        or reported_after(an, last)
        or claim_denied(an, first, last)
        or labelled_false(an, first, last)
    )


@rule("hate.everyday", Category.HATE)
def everyday(an: Analysis, sub) -> list[Hit]:
    """Hold a comment that sends a group away, shuts it out, blames its blood or culture,
    equates it with a vice, hints at it behind crime or names it in code."""
    del sub
    if not an.units:
        return []
    shapes = _shapes(an)  # before `_condemns`, which reads the whole text: most find none
    if not shapes or _condemns(an):
        return []
    for first, last, what in shapes:
        if _set_apart(an, first, last):
            continue
        return [
            Hit(
                "hate.everyday",
                _SCORE,
                (an.span(first, last),),
                f"{what}",
                cap_hold=True,
            )
        ]
    return []
