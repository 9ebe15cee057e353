"""Veiled threats (clauses `troll` and `hate`): menace that names no act. Against a person, the
writer knows where they are, hints that something may befall them or wraps it in a disclaimer;
against a group, violence done to it is cheered, wished for or called for by a hint.

Each cue is a word class in a sentence shape (`_PERSON`, `_GROUP`). A strong cue holds on its
own; a weak one ("accidents happen", "just a friendly advice", "near my place") only beside a
weak one of another kind, or (a fate foretold) beside a named office or the article's author.
Quoted, reported or condemned cues count for nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from moderation.policy.analysis import Analysis, any_stopwords
from moderation.policy.lexicon import Needles, alternative_literals, build_needles
from moderation.policy.normalize import fold_term
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import counter_speech
from moderation.policy.rules.hate_shapes import _PROXIES
from moderation.policy.types import Category

_HOLD = 0.75  # veiled: a moderator reads it
_REJECT = 0.9  # the writer can reach the target, or a call names its means ("plomo")

Cue = tuple[str, str, re.Pattern]  # kind, weight ("strong" or "weak"), pattern

# Who may be watching: the writer or an "us" that speaks with them.
_WE = (
    r"(?:i|we|(?:a lot|lots|plenty|some|many|most|all|half|a few|enough) of us|"
    r"people (?:here|around here|in this town)|everyone here|everybody here|folks here)"
    r"(?: all| already| now| sure| do)?"
)
_KIN = (
    r"(?:kids?|children|daughters?|sons?|wife|husband|family|mom|mother|dad|father|"
    r"granddaughter|grandson|grandkids)"
)
_ROUTINE = (
    rf"(?:car|truck|ride|plates?|license plate|schedule|routine|route|commute|address|street|"
    rf"house|door|block|building|office|workplace|shift|gym|whereabouts|movements|"
    rf"{_KIN}'?s? (?:school|bus stop|daycare|practice))"
)
_ROUTINE_ES = (
    r"(?:rutina|horario|ruta|carro|coche|camioneta|troca|placas|direccion|domicilio|casa|"
    r"oficina|trabajo|escuela|colegio)"
)
_COMES_OUT = (
    r"(?:sale|sales|salen|llega|llegas|llegan|entra|entras|entran|pasa|pasas|camina|caminas|"
    r"corre|corres|estaciona|estacionas|deja|dejas|recoge|recoges|regresa|regresas)"
)
# A sentence end or a comparison right after the noun: "we know your car." / "... better than
# your staff", not "I know your schedule is busy".
_CLAUSE_END = r"(?=\s*(?:[.!,;:?]|$|better than|by heart|too\b|as well|now\b|mejor que))"

_PERSON: tuple[Cue, ...] = (
    # The writer knows the target's routine, car, family's whereabouts or the way to them.
    (
        "know",
        "strong",
        re.compile(
            rf"\b{_WE} know (?:(?:exactly|precisely) )?(?:your|ur|his|her) (?:\w+ )?{_ROUTINE}"
            rf"{_CLAUSE_END}|"
            rf"\b{_WE} know (?:exactly )?(?:where|when|what time|which \w+) (?:your|ur|his|her) "
            rf"(?:\w+ )?{_KIN}\b|"
            rf"\b{_WE} know (?:exactly )?(?:where|when|what time) (?:your|ur|his|her) "
            r"(?:\w+ ){0,2}(?:is|are|gets out|leaves?|parks?)\b|"
            rf"\b{_WE} know (?:exactly )?where (?:you|u) (?:live|work|sleep|park)\b(?! (?:is|was)\b)|"
            rf"\b{_WE} know (?:exactly )?(?:when|what time|which way|what route) "
            r"(?:you|u|he|she) (?:leave|leaves|get off|gets off|walk|walks|jog|jogs|drive|drives|"
            r"park|parks|go home|goes home|get home|gets home|get out|gets out)\b|"
            rf"\b(?:ya )?(?:se|sabemos|yo se|conozco|conocemos|ubico|ubicamos|tenemos ubicad[oa]) "
            r"(?:a que hora|a q hora|por donde|por que calle|cuando) (?:sales|llegas|entras|pasas|"
            r"caminas|corres|estacionas|dejas|recoges|regresas)\b|"
            rf"\b(?:ya )?(?:se|sabemos|yo se|conozco|conocemos|ubico|ubicamos|tenemos ubicad[oa]) "
            rf"(?:a que hora|a q hora|por donde|por que calle|cuando) {_COMES_OUT}"
            r"(?=\s*(?:[.,;!?]|$)| (?:de|del|a|al|con|hacia|para|su|tu|sus|tus|sol[oa])\b)|"
            r"\b(?:ya )?(?:se|sabemos|yo se) donde (?:queda|esta) (?:tu|su|la|el) "
            r"(?:casa|oficina|trabajo|negocio|domicilio|escuela|colegio|despacho|consultorio)\b|"
            r"\b(?:ya )?(?:se|sabemos|yo se) (?:donde|a que escuela|a que hora) (?:va|van|estudia|"
            r"estudian|juega|juegan|sale|salen) (?:tu|tus|su|sus) (?:hij[oa]s?|esposa|esposo|"
            r"famili\w+|ninos|ninas)\b|"
            rf"\b(?:ya )?(?:conozco|conocemos|sabemos|se|tenemos|tengo) (?:bien )?(?:tu|su) "
            rf"{_ROUTINE_ES}{_CLAUSE_END}"
        ),
    ),
    # Some of "us" will not stay this polite away from the screen.
    (
        "offline",
        "strong",
        re.compile(
            r"\b(?:some|many|most|a lot|plenty|a few) of us (?:aren'?t|are not|won'?t be|wouldn'?t be|"
            r"ain'?t) (?:this|so|as|that) (?:polite|patient|nice|civil|friendly|restrained|calm|"
            r"gentle) (?:offline|in person|irl|in real life|face to face|outside|off the internet)\b|"
            r"\bnot (?:everyone|everybody|all of us)(?: here| around here| in this town)? (?:is|are) "
            r"(?:this|so|as) (?:nice|polite|patient|civil|friendly|calm|forgiving|restrained) "
            r"(?:offline|in person|irl|in real life|face to face)\b|"
            r"\bno (?:todos|todo el mundo) (?:somos|son|es) tan (?:pacientes?|educad[oa]s?|"
            r"amables?|tranquil[oa]s?) (?:fuera de internet|en persona|en la calle|cara a cara)\b"
        ),
    ),
    (
        "offline",
        "weak",
        re.compile(
            r"\b(?:somebody|someone|people|others|other people|folks|guys) (?:a lot |much |way |far )?"
            r"less (?:patient|polite|nice|civil|friendly|restrained|calm|forgiving) than "
            r"(?:me|i am|us)\b|"
            r"\b(?:alguien|otros|otras personas|gente) (?:mucho )?(?:menos|no tan) (?:paciente|"
            r"pacientes|educad[oa]s?|amables?|tranquil[oa]s?) (?:que|como) yo\b"
        ),
    ),
    # The target deserves a scare: harm named as a lesson.
    (
        "deserve",
        "strong",
        re.compile(
            r"\b(?:merece|merecen|mereces|se merece|se merecen|le hace falta|les hace falta|"
            r"te hace falta|necesita|necesitan|necesitas) (?:un|una) (?:buen |buena |pequeno |"
            r"pequena )?(?:susto|escarmiento|calentada|madriza|visita de los muchachos)\b|"
            r"\b(?:deserves?|needs?) (?:a )?(?:good |little |real )?(?:scare|scaring|beatdown|"
            r"visit from (?:some|a few) (?:of us|friends|guys))\b"
        ),
    ),
    # Something may befall the target.
    (
        "fate",
        "strong",
        re.compile(
            r"\bbetter hope (?:his|her|your|ur|their) (?:\w+ ){0,2}(?:security|bodyguards?|guards?|"
            r"detail|escorts?|locks?|alarm system|alarm)\b|"
            r"\b(?:gates|walls|fences|locks|bodyguards?|security details?|guards|escoltas|rejas|"
            r"bardas|guardaespaldas) (?:don'?t|do not|won'?t|can'?t|cannot|no) (?:\w+ )?(?:stop|"
            r"protect|keep out|keep you safe|protegen|protege|detienen|paran|sirven|cuidan) "
            r"(?:\w+ )?(?:everything|everyone|everybody|forever|de todo|todo|para siempre|a nadie|"
            r"siempre)\b|"
            r"\b(?:bodyguards?|security|guards?|escoltas|guardaespaldas|police protection) "
            r"(?:can'?t|cannot|won'?t|no (?:pueden|puede|van a)) (?:be|estar) (?:everywhere|there "
            r"forever|around forever|en todos lados|en todas partes|siempre)\b|"
            r"\bwouldn'?t want (?:anything|something) (?:bad )?to (?:happen to|interrupt|"
            r"get in the way of) (?:you|u|him|her|them|your|his|her|the routine|that routine)\b|"
            r"\bya (?:le|te) (?:toca|tocaba|va a tocar|llego|llega) (?:su|tu) visita\b(?! (?:a|al|con|"
            r"a la) (?:dentista|doctor\w*|medic\w*|abuel\w+|suegr\w+|mama|papa|ti[oa]s?)\b)|"
            r"\b(?:tienen|tiene) la costumbre de (?:aparecer|amanecer|terminar|acabar)|"
            r"\b(?:have|has) a (?:way|habit) of (?:turning up|ending up|washing up|showing up) "
            r"(?:dead|floating|in (?:a|the))|"
            r"\baccidents (?:happen|do happen|can happen) (?:to (?:people|folks|those|reporters|"
            r"journalists|nosy|snitches|people like)|around here|on (?:that|this|your) (?:road|"
            r"street|bridge|highway|route|commute))|\b(?:los )?accidentes (?:pasan|ocurren|"
            r"suceden) (?:a (?:la gente|los) (?:que|como)|en esa carretera|en ese camino)|"
            r"\bsin que (?:le|te) pase algo\b|"
            r"\b(?:hope|hopefully) (?:you|u|he|she) (?:have|has|got) (?:good |enough |a lot of |"
            r"plenty of )?(?:life )?insurance\b|\bespero que (?:tengas|tenga) (?:buen |un buen )?"
            r"seguro(?: de vida)?\b|"
            r"\bcheck (?:under|beneath) (?:your|ur|his|her) (?:car|truck|hood)\b|"
            r"\brevis(?:a|e|en) (?:debajo de|abajo de) (?:tu|su) (?:carro|coche|camioneta)\b|"
            r"\b(?:people|folks|reporters|journalists|judges|gente|periodistas|jueces) like (?:you|u|"
            r"him|her) (?:tend to|have a way of|usually|often) (?:disappear|vanish|have accidents|"
            r"end up)\b|\b(?:la gente|los|las) como (?:tu|usted|el|ella) (?:suele|suelen|tiende|"
            r"tienden a) (?:desaparecer|tener accidentes|acabar mal)\b|"
            r"\b(?:would|it'?d|itd|be) (?:a )?(?:real )?shame if (?:your|ur|his|her|the author'?s|"
            r"the writer'?s) (?:\w+ ){0,3}(?:got|get|were|was|went|ended up|caught) (?:\w+ )?"
            r"(?:slashed|keyed|broken|smashed|burned|torched|vandali[sz]ed|hurt|on fire|damaged|"
            r"egged|stolen|doxxed|followed)\b|"
            r"\bseria una (?:pena|lastima) que (?:a )?(?:tu|su|sus|tus) (?:\w+ ){0,3}(?:le )?"
            r"(?:pasara|rayaran|poncharan|quemaran|robaran|siguieran)\b|"
            r"\b(?:nice|lovely|beautiful|pretty|cute|bonit[oa]s?|lind[oa]s?|hermos[oa]s?) "
            r"(?:\w+ )?(?:family|kids|wife|husband|daughter|son|house|home|car|truck|familia|hijos|"
            r"hijas|esposa|esposo|casa|carro|camioneta)\b[^\n]{0,60}?\b(?:shame|pity|pena|lastima)"
            r"(?:\W*$| if\b| si\b| que\b)"
        ),
    ),
    (
        "flatter",
        "weak",
        re.compile(
            r"\b(?:nice|lovely|beautiful|pretty|cute|bonit[oa]s?|lind[oa]s?|hermos[oa]s?) "
            r"(?:\w+ )?(?:family|kids|wife|husband|daughter|son|house|home|familia|hijos|hijas|"
            r"esposa|esposo|casa)\b"
        ),
    ),
    (
        "careful",
        "weak",
        re.compile(
            r"\b(?:be careful|stay careful|ten cuidado|tenga cuidado|cuidese)"
            r"(?: out there| ahi afuera)?"
            r"(?! (?:on|with|when|driving|in the|en la|con el|con la|al manejar))\b"
        ),
    ),
    (
        "fate",
        "weak",
        re.compile(
            r"\baccidents (?:happen|do happen|can happen)\b|\b(?:los )?accidentes (?:pasan|ocurren|"
            r"suceden)\b|\b(?:things|bad things|stuff) (?:happen|can happen) to "
            r"(?:people|those|folks)\b|"
            r"\bwhat (?:happens|can happen|happened) to (?:people|those|folks|journalists|reporters|"
            r"judges|politicians|snitches) like (?:you|u|him|her)\b|\blo que (?:le|les) pasa a (?:la "
            r"gente|los|las) como (?:tu|usted|el|ella)\b|"
            r"\b(?:find out|learn|remember|knows?) what (?:happens|happened) to (?:people|those|folks|"
            r"journalists|reporters|judges|politicians|snitches|traitors) (?:who|that)\b|"
            r"\b(?:ya sabe|ya saben|ya sabes|va a saber|van a saber|vas a saber|va a aprender|"
            r"recuerde|recuerda) lo que (?:le|les) (?:pasa|paso) a (?:la gente|los|las|quienes)\b|"
            r"\bwouldn'?t want (?:anything|something) (?:bad )?to (?:happen|interrupt|go wrong)\b|"
            r"\bno (?:termina|va a terminar|acaba|va a acabar|completa|va a completar|llega al fin "
            r"de) (?:el|su) (?:trienio|sexenio|periodo|mandato|cuatrienio|gestion)\b|"
            r"\b(?:won'?t|will not|isn'?t going to|is not going to|not gonna) (?:finish|complete|"
            r"serve out|make it to the end of) (?:his|her|their) term\b|"
            r"\bya (?:le|te|les) (?:toca|tocaba|llego|llega|llegara|va a llegar) (?:su|tu) "
            r"(?:hora|turno|dia)\b|\b(?:tu|su) (?:dia|hora) (?:va a llegar|llegara|ya viene)\b|"
            r"\b(?:your|his|her|their) (?:time|day|turn) (?:is coming|will come)\b|\btick,? tock\b|"
            r"\b(?:don'?t|do not|nobody should|no one should|won'?t) be surprised (?:if|when)\b|"
            r"\b(?:que no se sorprendan?|no te sorprendas|no se sorprenda|nadie se (?:debe|deberia) "
            r"sorprender) (?:si|cuando)\b|"
            r"\b(?:it'?d|it would|would) be (?:a pity|terrible|awful|sad) if (?:something|anything)\b|"
            r"\b(?:i'?d|i would) hate for (?:something|anything) (?:bad )?to happen\b|"
            r"\b(?:have|has) (?:you|he|she) checked (?:your|his|her) brakes\b|"
            r"\brevis(?:a|e) (?:tus|sus) frenos\b|\b(?:lock|check) your doors\b|"
            r"\bes cuestion de tiempo (?:para|antes de) que (?:alguien|le|les)\b|"
            r"\b(?:only|just) a matter of time (?:before|until) (?:someone|somebody|something)\b|"
            r"\b(?:playing|jugando) (?:a )?(?:dangerous game|con fuego|with fire|un juego peligroso)\b|"
            r"\b(?:how|como) (?:history|la historia) (?:treats|trata) (?:a )?(?:people|los que|"
            r"gente)\b|"
            r"\b(?:tired|done|sick) of voting\b|\bcansad[oa]s de votar\b|"
            r"\b(?:una|an?) (?:justicia|justice) (?:mas vieja|mas antigua|older|old fashioned|"
            r"of the street|de la calle)\b|"
            r"\b(?:end up|ends up|turn up|turns up|show up|shows up|wash up|washes up|aparecer|"
            r"aparecen|aparece|amanecer|terminar|terminan|acabar|acaban) (?:\w+ ){0,2}"
            r"(?:floating|flotando|in a ditch|en una zanja|en un canal|en los canales|colgad[oa]s?|"
            r"in (?:a|the) (?:river|canal)|en el rio|face down|boca abajo|en una bolsa|in a bag)\b|"
            r"\b(?:algun dia|un dia de estos|tarde o temprano|some ?day|one day|one of these days|"
            r"sooner or later) (?:\w+ ){0,3}(?:le|lo|la|him|her) (?:va a|will|is going to|is gonna|"
            r"gonna) (?:hacer el favor|do (?:the world|society|us all|everyone) a favou?r|"
            r"(?:get|gets) (?:him|her)|take care of (?:him|her)|dar su merecido)\b|"
            r"\b(?:some ?day|one day|one of these days|sooner or later) (?:\w+ ){0,3}(?:will|is going "
            r"to|is gonna|gonna|'ll) do (?:the world|society|us all|everyone|the city|the town) "
            r"a favou?r\b|"
            r"\b(?:algun dia|un dia de estos|tarde o temprano) alguien (?:va a|tendra que) "
            r"(?:tener que )?hacer lo que hay que hacer\b|"
            r"\b(?:lincoln|kennedy|jfk|mlk|martin luther king|mckinley|garfield|colosio|obregon|"
            r"madero|ruiz massieu|galan)\b,? (?:\w+ )?(?:kennedy|colosio|a long list|tantos otros|"
            r"y otros|and others|many others|the list goes on)\b"
        ),
    ),
    (
        "fate",
        "weak",
        re.compile(
            r"\bcuid(?:ate|ese|ense|arse|arte) (?:bien )?(?:la|las) espaldas?\b|"
            r"\b(?:mas (?:te|le) vale|mejor) (?:que )?(?:te cuides|se cuide|cuidarte|cuidarse)\b|"
            r"\b(?:should|better|had better|'d better) (?:be careful|watch (?:out|(?:his|her|your) "
            r"step))(?! on the ice| on the stairs| when| if| with the)\b"
        ),
    ),
    (
        "wish",
        "weak",
        re.compile(
            r"\b(?:ojala (?:que sea )?pronto|ojala sea pronto|hopefully soon|i hope (?:it'?s )?soon|"
            r"(?:and )?the sooner the better|entre mas pronto mejor)\b"
        ),
    ),
    # The writer can reach the target: near their place, an encounter, a visit, in person.
    (
        "near",
        "weak",
        re.compile(
            r"\b(?:\d+|ten|five|two|three|a few|a couple) (?:min(?:ute)?s?|blocks|miles|streets) "
            r"(?:from|away from) (?:my|our) (?:place|house|home|door|street)\b|"
            r"\b(?:close to|near|down the street from|around the corner from|right by) (?:my|our) "
            r"(?:place|house|home)\b|"
            r"\bque cerca (?:trabajas|vives|estudias|trabaja|vive|queda tu \w+) de (?:mi|nuestra) "
            r"(?:casa|trabajo|colonia|barrio)\b|"
            r"\b(?:como )?a (?:\d+|dos|tres|cinco|diez|unas|pocas) (?:cuadras|minutos|calles) de "
            r"(?:mi|nuestra) (?:casa|colonia)\b"
        ),
    ),
    (
        "contact",
        "weak",
        re.compile(
            r"\b(?:we'?ll|we will|we might|we may|i'?ll|i will|i might) (?:\w+ )?(?:run into|bump into|"
            r"cross paths with) (?:each other|you|u)\b|\bmaybe we'?ll (?:run into|bump into|meet)\b|"
            r"\b(?:nos topamos|nos vamos a topar|nos topemos|te topo|te voy a topar|"
            r"nos encontramos un dia)\b|"
            r"\b(?:say|tell) (?:it|this|that) to (?:you|u|your face) in person\b|"
            r"\b(?:igual|a lo mejor|quiza|tal vez|capaz) (?:voy|paso|me paso|me doy una vuelta) "
            r"(?:a platicar|a hablar|el \w+|por (?:tu|su|la|el|unas?|unos))|"
            r"\b(?:platicar|hablar|hablarlo|decirselo|decirtelo) en persona\b|"
            r"\b(?:saludame|saludos) a tu (?:esposo|esposa|marido|mujer|hijos?|hijas?|familia|mama)\b|"
            r"\bsay hi to (?:your|ur) (?:wife|husband|kids|daughter|son|family|mom)\b"
        ),
    ),
    (
        "jibe",
        "weak",
        re.compile(
            r"\byou talk (?:a lot|big|tough|so much) for (?:someone|somebody|a guy|a girl|a man|"
            r"a woman)\b|\b(?:para ser|eres|muy|tan) (?:tan )?valientes? (?:en|detras de) (?:los "
            r"comentarios|internet|la pantalla|el teclado|redes)\b|"
            r"\bso (?:brave|tough|bold) behind (?:a|your|the) (?:keyboard|screen)\b|"
            r"\byou (?:deleted|removed|banned|censored) (?:my|me)\b|"
            r"\b(?:borra|borras|borro|borraste) (?:mis|mi) comentarios?\b"
        ),
    ),
    (
        "persist",
        "weak",
        re.compile(
            r"\bkeep (?:digging|writing|posting|asking questions|poking around|snooping|talking|"
            r"pushing)\b|\bsigue (?:escribiendo|investigando|publicando|metiendote|hablando|"
            r"escarbando)\b"
        ),
    ),
    # Where the target lives or works, said in passing or asked back.
    (
        "where",
        "weak",
        re.compile(
            r"\b(?:says|said|dice|mentions|mentioned) (?:you|u|he|she) (?:live|lives|work|works) "
            r"(?:in|on|at)\b|"
            r"\b(?:you|u) (?:still )?(?:live|work|park) (?:on|at|in|near|over on|by) (?:[\w']+,? ){1,5}"
            r"(?:right|huh|yeah|correct)\s*\?|"
            r"\b(?:vives|trabajas|estacionas) (?:en|por|sobre|cerca de) (?:\w+,? ){1,6}\W*(?:verdad|no|"
            r"cierto|eh)\s*\?|"
            r"\b(?:lives|works|vive|trabaja) (?:on|en|en la|at) (?:calle |avenida |av )?(?:\w+ ){1,2}"
            r"(?:street|st|avenue|ave|road|rd|lane|drive|court|blvd)\b|"
            r"\b(?:vive|trabaja) en la (?:calle|avenida|colonia|privada) \w+|"
            r"\bonly so many (?:houses|cars|doors|homes)\b|"
            r"\b(?:presumes|mencionas|publicas|subes) (?:los|las|el|la|tus) (?:\w+ ){0,3}(?:de tus "
            r"hij[oa]s|de tu (?:esposo|esposa|marido|mujer))\b"
        ),
    ),
    # A threat disowned in advance: the writer knows how it reads.
    (
        "disclaim",
        "weak",
        re.compile(
            r"\bnot saying (?:it|anything|that) should happen\b|\bno digo que (?:deba|debe|tenga que) "
            r"pasar\b|\b(?:i'?m|i am) not threatening (?:anybody|anyone|you)\b|"
            r"\bno (?:estoy|ando) amenazando\b|"
            r"\bno es (?:una )?amenaza\W+(?:es|sino|nomas|solo) (?:un|una|lo que)\b|"
            r"\bnot a threat\W+(?:just |only |it'?s |its )?(?:a |an )?(?:prediction|promise|warning|"
            r"fact|advice|observation|reminder)\b|"
            r"\bluego no (?:digan|diga|digas) que (?:nadie|no) (?:le |les |se le |se les |te )?"
            r"avis\w*\b|"
            r"\bdon'?t say (?:you weren'?t|nobody|no one) warned\b|"
            r"\b(?:estas|esta|estan|quedas) (?:avisad[oa]s?|advertid[oa]s?)\b"
        ),
    ),
    # A wink: the writer means more than the words say.
    (
        "wink",
        "weak",
        re.compile(
            r"\b(?:nomas|solo|nada mas) (?:un|es un) consejo\b|\bconsejo de amig[oa]\b|"
            r"\bde buena fe,? (?:eh|he)\b|\b(?:just )?(?:a )?friendly (?:advice|warning|reminder)\b|"
            r"\b(?:just )?something to think about\b|\b(?:he|she|you) should think about (?:that|it)\b|"
            r"\bdeberia pensarlo (?:bien|dos veces)\b|\bpiensalo (?:bien|dos veces)\b|"
            r"\bif you catch my drift\b|\blos que entiendan,? (?:que )?entiendan\b|"
            r"\bya (?:saben|sabes) (?:cual|como|que hacer)\b|\byou know (?:which|what i mean)\b|"
            r"\bif you know what i mean\b|"
            r"\b(?:just saying|interesting|good to know|noted|nomas digo|nada mas digo|solo digo|"
            r"interesante|bueno saberlo|anotado)\W*$|"
            r"\b(?:i'?m|i am) not going to do anything,? of course\b|"
            r"\bdeberia cuidar (?:mas )?lo que (?:comparte|publica|dice)\b|"
            r"\bshould be (?:more )?careful (?:what|about what) (?:you|u|he|she) (?:share|post)s?\b"
        ),
    ),
)
_BY_KIND = {(kind, weight): cue for cue in _PERSON for kind, weight, _rx in (cue,)}
# Weak fate cues that hold beside a named office or the author: "Ese alcalde no termina el
# trienio", "Keep digging, Mr. Hale. Accidents happen."
_TARGETED_KINDS = frozenset({"fate", "where", "disclaim", "offline", "call"})
_TARGET_WORDS = frozenset(
    {"mr", "mrs", "ms", "sr", "sra", "senor", "senora", "licenciado", "licenciada", "autora",
     "autor", "columnist", "columnista", "moderator", "moderador", "moderadora", "writer",
     "councilwoman", "concejal", "concejala", "regidora", "diputado", "sheriff", "reportera",
     "reportero", "journalist", "commissioner", "comisionado", "fiscal", "prosecutor"}
)  # fmt: skip
# An ousting foretold is politics: "no termina el trienio, lo van a destituir".
_OUSTED = re.compile(
    r"\b(?:impeach\w*|recall\w*|resign\w*|voted out|vote (?:him|her|them) out|ousted|election|"
    r"polls|destitu\w+|revoca\w*|desafuero|renunci\w+|juicio politico|elecciones|votos|"
    r"encuestas|lo corren|la corren|lo van a correr|la van a correr)\b"
)
# A friendly visit or errand in the same comment: "I know where your office is, I'll bring the
# forms", "sé dónde queda tu casa, te llevo sopa", or plain consolation ("accidents happen,
# don't beat yourself up").
_FRIENDLY = re.compile(
    r"\b(?:soup|casserole|cake|cookies|flowers|bring (?:you|u|over|by)|drop (?:off|by) (?:the|a|"
    r"some)|a ride|carpool|congrats|congratulations|welcome|get well|feel better|happy birthday|"
    r"housewarming|let me know if you need|sopa|pastel|flores|felicidades|bienvenid[oa]s?|"
    r"te llevo (?:un|una|unos|unas|el|la|algo)|aventon|que te mejores|cumpleanos|"
    r"don'?t (?:worry|beat yourself up)|no te preocupes|no pasa nada|not your fault|"
    r"no fue tu culpa|it'?s (?:ok|okay|fine)|drive safe|stay safe|be safe|borrow|prestas|"
    r"me prestas|recomiendas|recommend|firmas|peticion|petition|signatures)\b"
)
# A threat denounced: "someone told the author they know her car; that is a threat, reported".
_CONDEMN = re.compile(
    r"\b(?:reported|report it|reportado|lo reporte|denuncie|disgusting|vile|despicable|"
    r"unacceptable|that'?s a threat|that is a threat|es una amenaza|eso es (?:una )?amenaza|"
    r"inaceptable|que asco|cobardes?|cowards?|nobody should|nadie (?:deberia|debe)|condeno|"
    r"condenamos|i condemn|we condemn|nadie merece|nobody deserves|no one deserves|verguenza|"
    r"indignante|repugnante|lamentable|shameful|horrific|heartbreaking|desgarrador)\b"
)

# Violence done to a group or one of its places.
_ATTACK = (
    r"(?:torch\w*|burn(?:ed|t|ing)?|firebomb\w*|bomb(?:ed|ing)?|shot up|shooting|attack\w*|"
    r"massacre|arson|set (?:fire|on fire)|on fire|"
    r"fire(?! (?:department|fighters?|truck|station|chief|alarm|drill|engine|marshal|season))|"
    r"ran (?:his|her|their|a|the) (?:truck|car|van) into|rammed|lynch\w*|"
    r"what happened (?:at|in|to)|"
    r"what (?:they|he|she|someone|somebody|those guys) did (?:to|at|in)|"
    r"up in flames|flames|blaze|ablaze|explosion|"
    r"quem\w+|incendi\w+|prendieron fuego|en llamas|ardiendo|ardio|atentado|ataque|balacera|"
    r"tiroteo|masacre|matanza|linchamiento|atropell\w+|lo que (?:le |les )?hicieron (?:a|en|con))"
)
_CHEER = (
    r"(?:did (?:the|this|our|us|everyone|everybody|the whole) (?:\w+ )?(?:a )?favou?r|"
    r"deserves? a medal|(?:i'?d|i would|gladly|happily|i want to) (?:shake (?:the|his|her) hand|"
    r"buy (?:him|her|them|the guy|that guy|whoever) a (?:beer|drink|round))|"
    r"(?:glad|good|que bueno|me alegra|que bien) (?:que|that) (?:(?:they|someone|somebody|"
    r"alguien|les|lo|la|le) )?(?:quemaron|incendiaron|"
    r"balacearon|atacaron|burned|torched|attacked|bombed|shot up)|"
    r"should(?:'ve| have) been (?:bigger|worse)|"
    r"(?:hope|ojala|should|next time|needs? to|gotta|let'?s|will|'ll|maybe (?:he|they)'?ll) "
    r"(?:\w+ )?(?:finish (?:what (?:he|she|they) started|the job)|terminar (?:lo que empezo|"
    r"el trabajo))|(?:too bad|shame|pity|sad|sick|lastima|que pena|unfortunately|bummer|"
    r"disappointed|disappointing)\W+(?:\w+\W+){0,2}?(?:that )?(?:he|they|it|no|nobody|"
    r"the (?:fire|flames|blast|bomb|shooter)|el fuego|el incendio|las llamas) (?:missed|fallo|"
    r"fallaron|didn'?t (?:finish|spread|get)|wasn'?t (?:bigger|worse|more)|no (?:fue (?:mas|"
    r"peor)|se extendio|alcanzo))|"
    r"(?:bring(?:ing)?|i'?ll bring|traigo|llevo|yo pongo) (?:the )?(?:marshmallows|malvaviscos|"
    r"bombones|popcorn|palomitas|hot dogs|salchichas|s'?mores)|"
    r"burns? (?:so )?(?:nicely|well|beautifully|bright)|arde(?:n)? (?:bien |tan )?(?:bonito|rico|"
    r"precioso)|(?<!no )(?<!nadie )(?<!que )(?<!ni )(?:se lo|se la) (?:buscaron|merecian|"
    r"merecieron|ganaron)|(?<!nobody )(?<!no one )(?<!never )(?<!that they )had it coming|"
    r"(?:le|les) hizo un favor|hicieron un favor|(?:fue )?un favor (?:a|para) (?:la ciudad|"
    r"la sociedad|todos|el barrio|la colonia|el pueblo|el pais))"
)
# Within its sentence or into the next one.
_NEAR = r"[^.!?]*?(?:[.!?]+\s+[^.!?]*?)?"
_GROUP_PLACE = re.compile(
    r"\b(?:mosques?|synagogues?|sikh temple|black church|gay (?:bar|club|bars|clubs)|"
    r"pride (?:parade|march)|mezquitas?|sinagogas?|bar gay|antro gay|marcha del orgullo|"
    r"(?:migrant|refugee|asylum) shelters?|albergues?)\b"
)
_CLEANSE = r"(?:cleansing|purge|purging|limpia|limpieza|purga|barrida)"
_GROUP: tuple[Cue, ...] = (
    (
        "cheered",
        "strong",
        re.compile(
            rf"\b{_ATTACK}\b{_NEAR}\b{_CHEER}|\b{_CHEER}\b{_NEAR}\b{_ATTACK}\b|"
            r"\bburns? (?:so )?(?:nicely|beautifully)\b|\barden (?:tan )?(?:bonito|precioso)\b"
        ),
    ),
    ("cheered", "strong", re.compile(r"\b(?:marshmallows|malvaviscos|bombones|s'?mores)\b")),
    # A wish that it happen again, said as a sentence of its own right after the attack.
    (
        "cheered",
        "strong",
        re.compile(
            rf"\b{_ATTACK}\b[^.!?]*[.!?,]+\s*(?:y )?(?:ojala )?(?:que se repita|hope (?:it|this|that) "
            r"happens again|(?:ojala|hope|espero que) (?:que )?(?:haya|there (?:are|will be)|"
            r"there'?s) (?:mas|more)(?: of (?:this|that|these|those))?|more of (?:this|that) please)"
            r"\W*(?:$|[.!?])"
        ),
    ),
    # The attack itself called the best thing or news: "el incendio fue lo mejor que ...".
    (
        "cheered",
        "strong",
        re.compile(
            rf"\b{_ATTACK}\b[^.!?]{{0,60}}?\b(?:fue|es|ha sido|was|is|has been) (?:lo mejor que|"
            r"la mejor noticia|the best (?:thing|news)|the greatest thing)\b|"
            r"\b(?:next time|la proxima(?: vez)?)\b[^.!?]{0,60}?\b(?:finish (?:what|the job)|"
            r"terminar? (?:lo que|el trabajo)|more ammo|mas (?:balas|gasolina)|bring more|traiga mas)\b"
        ),
    ),
    (
        "cheered",
        "strong",
        re.compile(
            rf"\b(?:whoever|the (?:guy|man|woman|people|person|one) who|el que|la que|quien|quienes|"
            rf"los que) (?:\w+ ){{0,3}}{_ATTACK}\b[^.!?]{{0,60}}?\b(?:did (?:the|this|our|us|everyone) "
            r"(?:\w+ )?(?:a )?favou?r|is a hero|deserves a medal|hizo un favor|es un heroe|"
            r"merece una medalla)\b"
        ),
    ),
    # Death wished on every one of them.
    (
        "wished",
        "strong",
        re.compile(
            r"\b(?:hope|hoping|ojala|espero que|let'?s hope|pray)\b[^.!?]{0,30}?"
            r"\b(?:every (?:last )?one(?: of (?:them|em))?|all of (?:them|em)|each (?:one|of them)|"
            r"they all) (?:drowns?|burns?|freezes?|starves?|chokes?|rots?|dies?)\b|"
            r"\b(?:hope|hoping|ojala|espero que|let'?s hope|pray)\b[^.!?]{0,25}?\b(?:the|that|their|"
            r"la|esa|su) (?:boat|raft|bus|plane|balsa|lancha|panga|camion|avion) (?:sinks|crashes|"
            r"capsizes|flips|se hunda|se voltee|se caiga|choque)\b|"
            r"\bque se (?:ahoguen|quemen|congelen|los lleve el rio|las lleve el rio|los coma el mar|"
            r"mueran ahogad[oa]s)\b|"
            r"\b(?:ojala|que) (?:les|le) (?:den|de|dieran|diera|pongan) (?:piso|cuello|matarile|"
            r"chicharron|cran|plomo)\b"
        ),
    ),
    # A few dead as a message: "a few bodies in the river would send a message".
    (
        "wished",
        "strong",
        re.compile(
            r"\b(?:a few|some|a couple|unos cuantos|unos|algunos) (?:bodies|dead|cuerpos|muertos|"
            r"cadaveres) (?:\w+ ){0,6}(?:would|will|could|might|mandaria|mandarian|enviaria|"
            r"enviarian) (?:send|make|un|el) (?:a )?(?:message|point|mensaje)\b"
        ),
    ),
    # Harm to them met with a shrug: "if it did, nobody would cry".
    (
        "shrug",
        "strong",
        re.compile(
            r"\b(?:if (?:it|that|something|anything) (?:did|does|happened|happens|were to happen)|"
            r"(?:something|anything) (?:should )?happen(?:s|ed)? to)\b[^.!?]{0,60}?"
            r"\b(?:nobody|no one)(?: here| in this town| around here)? (?:would|will|is going to|"
            r"gonna) (?:cry|miss (?:them|em)|shed a tear|mourn)\b|"
            r"\bif (?:\w+ ){0,4}(?:burned|burnt|burns|burned down|got hurt|died|drowned|disappeared|"
            r"got shot|were (?:gone|hurt|killed|shot))\b[^.!?]{0,40}?\b(?:nobody|no one)(?: here)? "
            r"(?:would|will|is going to|gonna) (?:cry|miss (?:them|em)|shed a tear|mourn)\b|"
            r"\b(?:nobody|no one)(?: here)? (?:would|will) (?:cry|shed a tear|miss (?:them|em)|mourn) "
            r"if (?:\w+ ){0,5}(?:burned|burnt|burned down|got hurt|died|drowned|disappeared|got shot|"
            r"happened)\b|"
            r"\b(?:i|we) (?:wouldn'?t|won'?t|would not|will not) (?:cry|shed a tear|lose sleep|mourn)"
            r"\b[^.!?]{0,20}\bif (?:something|anything) (?:happened|happens)\b|"
            r"\b(?:les|le) (?:pasa|pasara|llega a pasar|sucede|sucediera) algo\b[^.!?]{0,30}?"
            r"\b(?:no (?:voy|vamos) a llorar|nadie (?:lo |los |las )?(?:va a llorar|lloraria|"
            r"va a extranar|extranaria)|ni (?:una lagrima|quien los llore))"
        ),
    ),
    # A call by a hint with its means: line them up, shot on sight, "al X que veas, plomo".
    (
        "call",
        "strong",
        re.compile(
            r"\bline (?:em|'em|them|those \w+|all of (?:them|em)) up\b(?! for (?:a|the) (?:photo|"
            r"picture|shot|group))|"
            r"\b(?:shot|shoot|killed|kill) on sight\b|"
            r"\b(?:se les|hay que|hay que echarles|echarles|echenles|les) (?:echa|echan|echamos|"
            r"echen)? ?(?:lumbre|fuego|gasolina)\b(?! (?:amiga|amigo|hermano|jaja))|"
            r"\b(?:al|a la|a los|a las|a todo|a toda|a cada) (?:\w+ ){0,2}que (?:veas|vean|veamos|"
            r"se te cruce|se cruce|encuentres|encontremos|agarres)\W+(?:plomo|bala|balazos|plomazo|"
            r"palo|palos|lena|machete|fuego|lumbre|chingadazos|madrazos)\b|"
            r"\b(?:any|every|each) (?:\w+ ){0,2}(?:you|u|we) (?:see|find|meet|catch)\W+(?:shoot|"
            r"hit|stab|burn|hang|beat|run (?:em|them) over)\b"
        ),
    ),
    (
        "cleanse",
        "strong",
        re.compile(
            rf"\b{_CLEANSE} (?:of|de) (?:the |los |las |esos |those )?|"
            r"\b(?:needs?|could use|deserves?|is due for|are due for|time for) (?:a |an |some )?"
            r"(?:good |proper |real |thorough |little )?(?:cleansing|purge|purging)\b"
        ),
    ),
    (
        "call",
        "weak",
        re.compile(
            rf"\b(?:needs?|could use|deserves?|is due for|are due for|time for) (?:a |an |some )?"
            rf"(?:good |proper |real |thorough |little )?{_CLEANSE}\b|"
            rf"\b(?:necesita|necesitan|hace falta|le hace falta|urge) (?:una )?(?:buena )?{_CLEANSE}"
            r"\b(?! de (?:calles|basura|drenaje|primavera))|"
            r"\b(?:only|solo) (?:understand|respond to|speak) (?:one (?:thing|language)|force|"
            r"violence)\b|\bentienden? (?:nada mas|nomas|solo|solamente|unicamente) (?:de )?"
            r"(?:una forma|un idioma|un lenguaje|a golpes|a palos|a balazos|por las malas)\b|"
            r"\bse (?:resuelven?|arreglan?|solucionan?) (?:de una sola forma|de una sola manera|"
            r"por las malas|a la antigua)\b|\bonly one way to (?:deal with|handle|solve) (?:them|"
            r"these|those|this kind|people like)\b|\b(?:solo|nada mas) hay una (?:forma|manera) de "
            r"(?:arreglar|resolver|tratar|lidiar)\b|"
            r"\b(?:handle|deal with|take care of|solve|settle|fix) (?:it|this|them|that|things|the "
            r"problem) (?:some other way|another way|the old way|the old fashioned way|our own way|"
            r"by other means)\b|\b(?:lo|los|las|la) (?:va|vamos|van) a (?:resolver|arreglar|"
            r"solucionar) por su cuenta\b|"
            r"\b(?:should|ought to|needs? to|let'?s|gonna|going to) (?:go )?pay (?:the|those|these|"
            r"them|em) (?:\w+ ){0,6}a (?:little |friendly )?visit\b|"
            r"\b(?:hay que|vamos a|deberiamos) (?:hacerles|darles) una (?:visita|visitita)\b|"
            r"\b(?:recibirlos|recibirlas|tratarlos|tratarlas|atenderlos) como se merecen\b|"
            r"\b(?:if|what if|si) (?:a few|some|enough) of us (?:\w+ )?(?:showed up|show up|went|"
            r"paid (?:them|em) a visit)\b[^.!?]{0,30}\bwith (?:bats|baseball bats|torches|"
            r"pitchforks|ropes?|gasoline|gas cans)\b"
        ),
    ),
    (
        "menace",
        "weak",
        re.compile(
            r"\bwouldn'?t want to be (?:one of them|him|her|them|in (?:his|her|their) shoes) "
            r"(?:walking|alone|at night|after)\b|"
            r"\b(?:no me gustaria|no quisiera) (?:ser|estar en (?:sus|su) zapatos) (?:uno de ellos|"
            r"el|ella) (?:caminando|sol[oa]|de noche|saliendo)\b"
        ),
    ),
    _BY_KIND[("fate", "weak")],
    _BY_KIND[("disclaim", "weak")],
    _BY_KIND[("wink", "weak")],
)
# The group calls by a hint read for a person too ("he only understands one language").
_PERSON = (*_PERSON, next(c for c in _GROUP if c[:2] == ("call", "weak")))


def _prefilter(patterns: tuple[re.Pattern, ...]) -> Needles:
    """Which of the patterns may match a text, from the strings every match of one of a
    pattern's top-level alternatives holds (as in `hate_shapes`): most comments hold none, and
    one token lookup is much cheaper than thirty searches that each try every position."""
    needs: list[tuple[frozenset[str], ...]] = []
    owner: list[int] = []
    for number, pattern in enumerate(patterns):
        for alternative in alternative_literals(pattern.pattern):
            needs.append(alternative)
            owner.append(number)
    return build_needles(needs, owner)


_PATTERNS = tuple({id(rx): rx for _k, _w, rx in (*_PERSON, *_GROUP)}.values())
_NUMBER = {id(rx): k for k, rx in enumerate(_PATTERNS)}
_SEARCHED = _prefilter(_PATTERNS)


@lru_cache(maxsize=8)
def _ready(text: str) -> frozenset[int]:
    """The patterns that may match the text; both rules read one comment in turn."""
    return frozenset(_SEARCHED.candidates(text))


def _span_units(an: Analysis, start: int, end: int) -> tuple[int, int] | None:
    inside = [u.index for u in an.units if u.end > start and u.start < end]
    return (inside[0], inside[-1]) if inside else None


# The writer denies in advance that it is hate ("que no me vengan con que es discurso de odio",
# "it's not hate, it's common sense"): a hate word there condemns nothing.
_HATE_DENIED = re.compile(
    r"\b(?:no es|not|isn'?t|ain'?t|que es|call it|call this|call me|llamen|digan)\b[^.!?]{0,25}"
    r"\b(?:odio|hate|hateful|racis\w*|xenofob\w*|xenophob\w*|bigot\w*|intolerante)\b"
)


def _said_not_meant(an: Analysis, first: int, last: int) -> bool:
    """Quoted, reported or condemned (counter-speech); a condemnation the writer turns on
    itself ("don't tell me it's hate") does not count."""
    if all(an.units[k].quoted for k in range(first, last + 1)):
        return True
    return counter_speech(an, first, last) and not _HATE_DENIED.search(an.norm.text)


def _numbered(table: tuple[Cue, ...]) -> tuple[tuple[int, str, str, re.Pattern], ...]:
    return tuple((_NUMBER[id(rx)], kind, weight, rx) for kind, weight, rx in table)


def _cues(an: Analysis, table) -> list[tuple[str, str, int, int]]:
    """(kind, weight, first unit, last unit) of the first meant match of every cue of a
    `_numbered` table."""
    text = an.norm.text
    ready = _ready(text)
    if not ready:
        return []
    found = []
    for number, kind, weight, rx in table:
        if number not in ready:
            continue
        for m in rx.finditer(text):
            span = _span_units(an, m.start(), m.end())
            if span is None or _said_not_meant(an, *span):
                continue
            found.append((kind, weight, *span))
            break
    return found


_PERSON_CUES = _numbered(_PERSON)
_GROUP_CUES = _numbered(_GROUP)


def _decide(cues: list[tuple[str, str, int, int]]) -> tuple[int, int, str] | None:
    """A strong cue, or two weak ones of different kinds: (first, last, why)."""
    strong = [c for c in cues if c[1] == "strong"]
    if strong:
        kind, _w, first, last = strong[0]
        return first, last, kind
    kinds = {c[0]: c for c in cues}
    if len(kinds) >= 2:
        picked = sorted(kinds.values(), key=lambda c: c[2])
        return picked[0][2], picked[-1][3], " and ".join(sorted(kinds))
    return None


# Someone spoken to: an @handle, a quoted user name ("TexasTeacher88"), or a capitalised name
# set off by a comma at a sentence's start or end ("Dana, ...", "..., Hollis.").
_HANDLE = re.compile(r"@\w+|\"[A-Za-z]+\d+\"|\"[A-Z][a-z]+[A-Z]\w*\"")
_VOCATIVE = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:hey|oye|hola|ey|mira|look|listen|escucha),?\s+)?"
    r"([A-Z][a-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1]+),\s|"
    r",\s+([A-Z][a-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1]+)\s*[.!?]+(?:\s|$)"
)


def _named_target(an: Analysis) -> bool:
    """An office or role named ("Councilman", "la diputada", "the author"), or someone spoken
    to by name or handle."""
    if "title" in an.by_class or any(u.text in _TARGET_WORDS for u in an.units):
        return True
    original = an.norm.original
    if _HANDLE.search(original):
        return True
    common = any_stopwords(an.lex)
    for m in _VOCATIVE.finditer(original):
        name = fold_term(m.group(1) or m.group(2))
        if name not in an.lex.words and name not in common:
            return True
    return False


@rule("troll.veiled_threat_person", Category.TROLL)
def veiled_threat_person(an: Analysis, sub) -> list[Hit]:
    """Hold a comment that menaces a person without naming an act."""
    del sub
    if not an.units:
        return []
    text = an.norm.text
    cues = _cues(an, _PERSON_CUES)
    if not cues:
        return []
    if any(c[0] == "call" for c in cues) and _group_near(an, 0, len(an.units) - 1, anywhere=True):
        cues = [c for c in cues if c[0] != "call"]  # "these people only understand force": hate
    if _FRIENDLY.search(text) or _CONDEMN.search(text):
        cues = [c for c in cues if c[0] not in ("know", "near", "contact", "where", "fate")]
    if (
        len(cues) == 1
        and cues[0][0] in _TARGETED_KINDS
        and _named_target(an)
        and not _OUSTED.search(text)
    ):
        cues.append(("target", "weak", cues[0][2], cues[0][3]))
    decided = _decide(cues)
    if decided is None:
        return []
    first, last, why = decided
    kinds = {c[0] for c in cues}
    return [
        Hit(
            "troll.veiled_threat_person",
            _REJECT if {"know", "contact"} <= kinds else _HOLD,
            (an.span(first, last),),
            f"a veiled threat ({why})",
        )
    ]


# Where people live, purged: "these neighborhoods need a good cleansing" speaks of residents.
_PEOPLED = re.compile(
    r"\b(?:neighbou?rhoods?|barrios?|colonias?|blocks|districts?|communities|comunidades)\b"
)


def _group_units(an: Analysis) -> list[int]:
    """Group words, slurs, the proxies `hate_shapes` reads ("esa gente"), and a capitalised
    adjective whose plural names a group ("Somali neighborhoods": "somalis")."""
    found = list(an.by_class.get("G", ()))
    for u in an.units:
        if u.text in _PROXIES or u.code == "S":
            found.append(u.index)
        elif u.code == "w" and u.text.isalpha() and an.capitalised(u.index):
            entry = an.lex.lookup((u.text + "s",))
            if entry is not None and "G" in entry.classes:
                found.append(u.index)
    return found


def _group_near(an: Analysis, first: int, last: int, *, anywhere: bool = False) -> bool:
    """A protected group (or one of its places) in the cue's sentence, the three before or the
    one after; anywhere in the comment when `anywhere`."""
    if _PEOPLED.search(an.norm.text, an.units[first].start, an.units[last].end):
        return True
    lo = -1 if anywhere else an.units[first].sentence - 3
    hi = an.units[-1].sentence if anywhere else an.units[last].sentence + 1
    if any(lo <= an.units[k].sentence <= hi for k in _group_units(an)):
        return True
    for m in _GROUP_PLACE.finditer(an.norm.text):
        span = _span_units(an, m.start(), m.end())
        if span and lo <= an.units[span[0]].sentence <= hi:
            return True
    return bool(re.search(r"\b(?:esa|esta) gente\b|\b(?:those|these) people\b", an.norm.text))


@rule("hate.violence_cheered", Category.HATE)
def violence_cheered(an: Analysis, sub) -> list[Hit]:
    """Hold a comment that cheers, wishes or hints at violence against a protected group."""
    del sub
    if not an.units:
        return []
    cues = [
        c
        for c in _cues(an, _GROUP_CUES)
        if c[0] in ("wink", "disclaim") or _group_near(an, c[2], c[3], anywhere=c[1] == "weak")
    ]
    if _CONDEMN.search(an.norm.text):
        cues = [c for c in cues if c[1] == "strong" and c[0] not in ("cheered", "shrug")]
    if not cues or all(c[0] in ("wink", "disclaim") for c in cues):
        return []
    decided = _decide(cues)
    if decided is None:
        return []
    first, last, why = decided
    explicit = any(c[0] == "call" and c[1] == "strong" for c in cues)
    return [
        Hit(
            "hate.violence_cheered",
            _REJECT if explicit else _HOLD,
            (an.span(first, last),),
            f"violence against a group ({why})",
            cap_hold=not explicit,
        )
    ]
