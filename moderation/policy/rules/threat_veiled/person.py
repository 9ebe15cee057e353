"""The cues of a veiled threat against a person (`threat_veiled`): the writer knows where the
target is, something may befall them, the writer can reach them, a disclaimer or a wink. Each
is (kind, weight, pattern) over the normalised text."""

from __future__ import annotations

import re

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
# Who a job hangs on: the target's boss, employer or workplace.
_BOSS = (
    r"(?:boss|employer|manager|supervisor|foreman|hr(?: department)?|company|"
    r"coworkers|co-workers|principal)"
)
_BOSS_ES = (
    r"(?:jefe|jefa|patron|patrona|supervisor|supervisora|empresa|encargad[oa]|gerente|"
    r"mayordomo|companeros de trabajo)"
)
COLOR = r"(?:white|black|gray|grey|silver|red|blue|green|tan|brown|beige|gold|maroon)"
_MAKE = (
    r"(?:f-?150|f-?250|silverado|tacoma|tundra|ram|camry|civic|corolla|jetta|altima|sentra|"
    r"accord|tahoe|suburban|explorer|wrangler|jeep|prius|mustang|camaro|charger|cr-?v|rav-?4)"
)
# A vehicle named by colour, make or a compliment: "the gray F-150", "nice truck".
_VEHICLE_DESCRIBED = (
    rf"(?:(?:nice|cute|pretty|sweet|shiny|the|that|your|ur) )?(?:(?:{COLOR}|new|old|lifted) )?"
    rf"(?:{_MAKE}|(?:{COLOR} |(?:nice|cute|pretty|sweet|shiny) )(?:truck|pickup|car|suv|van|"
    r"minivan|sedan))"
)
_VEHICLE_ES = r"(?:camioneta|troca|carro|coche|carrito|pick ?up)"
_COLOR_ES = r"(?:blanc[oa]|negr[oa]|gris|roj[oa]|azul|platead[oa]|verde|dorad[oa]|guind[oa])"
# By a compliment before it or a colour after it: "bonita camioneta", "la troca gris".
_VEHICLE_ES_DESCRIBED = (
    rf"(?:(?:bonit[oa]|lind[oa]|buen[oa]?|nuev[oa]|precios[oa]) {_VEHICLE_ES}(?: {_COLOR_ES})?|"
    rf"{_VEHICLE_ES} {_COLOR_ES})"
)
# A sentence end or a comparison right after the noun: "we know your car." / "... better than
# your staff", not "I know your schedule is busy".
_CLAUSE_END = r"(?=\s*(?:[.!,;:?]|$|better than|by heart|too\b|as well|now\b|mejor que))"

PERSON: tuple[Cue, ...] = (
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
            rf"\b{_WE} know (?:exactly )?where (?:you|u) (?:live|work|sleep|park)\b(?! (?:is|"
            rf"was)\b)|"
            rf"\b{_WE} know (?:exactly )?(?:when|what time|which way|what route) "
            r"(?:you|u|he|she) (?:leave|leaves|get off|gets off|walk|walks|jog|jogs|drive|drives|"
            r"park|parks|go home|goes home|get home|gets home|get out|gets out|lock up|locks up|"
            r"close up|closes up|clock out|clocks out)\b|"
            rf"\b(?:ya )?(?:se|sabemos|yo se|conozco|conocemos|ubico|ubicamos|tenemos ubicad[oa]) "
            r"(?:a que hora|a q hora|por donde|por que calle|cuando) (?:sales|llegas|entras|pasas|"
            r"caminas|corres|estacionas|dejas|recoges|regresas)\b|"
            rf"\b(?:ya )?(?:se|sabemos|yo se|conozco|conocemos|ubico|ubicamos|tenemos ubicad[oa]) "
            rf"(?:a que hora|a q hora|por donde|por que calle|cuando) {_COMES_OUT}"
            r"(?=\s*(?:[.,;!?]|$)| (?:de|del|a|al|con|hacia|para|su|tu|sus|tus|sol[oa])\b)|"
            r"\b(?:ya )?(?:se|sabemos|yo se) donde (?:queda|esta) (?:tu|su|la|el) "
            r"(?:casa|oficina|trabajo|negocio|domicilio|escuela|colegio|despacho|consultorio)\b|"
            r"\b(?:ya )?(?:se|sabemos|yo se) (?:donde|(?:a|en) (?:que|cual) (?:escuela|colegio|"
            r"primaria|secundaria|kinder|guarderia)|a que hora) (?:va|van|estudia|"
            r"estudian|juega|juegan|sale|salen) (?:tu|tus|su|sus) (?:hij[oa]s?|esposa|esposo|"
            r"famili\w+|ninos|ninas)\b|"
            rf"\b(?:ya )?(?:conozco|conocemos|sabemos|se|tenemos|tengo) (?:bien )?(?:tu|su) "
            rf"{_ROUTINE_ES}{_CLAUSE_END}|"
            # The school of the target's children, asked back as a tag question.
            rf"\b(?:your|ur) {_KIN} (?:go|goes|still go|still goes) to "
            r"(?!(?:a|an|the|that|this|public|private|charter|catholic|regular|same)\b)"
            r"(?:[\w']+ ){1,3}"
            r"(?:elementary|school|middle|high|academy|prep|daycare|preschool)\b,? "
            r"(?:right|huh|don'?t they|doesn'?t (?:she|he)|yeah|correct)\b|"
            r"\b(?:tus|sus) (?:hij[oa]s?|nin[oa]s|niet[oa]s) (?:va|van|estudia|estudian) (?:a|en) "
            r"(?:la|el) (?:escuela|colegio|primaria|secundaria|kinder|guarderia) "
            r"(?!(?:publica|publico|privada|privado|particular|oficial|de gobierno)\b)"
            r"(?:\w+,? ){1,4}"
            r"\W*(?:verdad|cierto|no)\s*\?"
        ),
    ),
    # The target's boss or workplace told of what they write here: a job held over them
    # ("your boss at the plant is going to read this", "¿qué diría tu jefe si viera esto?").
    (
        "expose",
        "strong",
        re.compile(
            rf"\b(?:your|ur) {_BOSS}"
            r"(?: (?:at|in|over at|from) (?:the )?[\w'-]+(?: [\w'-]+){0,2}?)? "
            r"(?:will|is going to|is gonna|gonna|might|may|could|would|'?ll|'?d)(?: really)? "
            r"(?:(?:love|like|want|be (?:interested|curious|happy|glad)) to |(?:enjoy|love) "
            r"(?=\w+ing))?(?:read|see|hear about|find out about|know about|learn about|reading|"
            r"seeing|hearing about) (?:this|these|that|all this|your "
            r"(?:comments?|posts?)|what (?:you|u) (?:post|write|say|said|wrote|posted|do) "
            r"(?:here|online|on here))\b|"
            rf"\bwhat (?:(?:would|will|does|do you think) )?(?:your|ur) {_BOSS} "
            r"(?:would |will |'?d |might )?(?:think|say|do)\b[^.!?]{0,30}\b(?:(?:of|about) "
            r"(?:this|these|your comments|your posts|what (?:you|u) (?:post|write|wrote|say))|"
            r"if (?:he|she|they) (?:saw|read|knew|found out))\b|"
            rf"\b(?:tu|su) {_BOSS_ES}(?: (?:en|de) (?:la |el )?\w+(?: \w+){{0,2}}?)? "
            r"(?:(?:seguro|seguramente|de seguro) )?(?:va a|van a|podria|podrian|le gustaria|"
            r"le encantaria|le interesaria|quisiera)(?: querer)? (?:leer|ver|saber|enterarse de|"
            r"conocer) (?:esto|todo esto|estos comentarios|"
            r"tus comentarios|lo que (?:escribes|publicas|dices|pones|escribiste|publicaste))\b|"
            rf"\bque (?:diria|pensaria|haria|dira|pensara|hara) (?:tu|su) {_BOSS_ES}\b"
            r"[^.!?]{0,40}\b(?:si (?:viera|leyera|supiera|se enterara|se entera|lee|ve) |de )"
            r"(?:esto|estos comentarios|tus comentarios|lo que)"
        ),
    ),
    # The target's vehicle described back to them with where they park it, or as theirs with
    # a tag ("nice gray F-150 you drive, by the way", "bonita camioneta la que estacionas
    # frente al Oxxo").
    (
        "know",
        "strong",
        re.compile(
            rf"\b{_VEHICLE_DESCRIBED} (?:that |which )?(?:you|u) (?:park|leave) (?:it )?"
            r"(?:behind|in front of|outside|next to|across from|at|on|by)\b|"
            rf"\b{_VEHICLE_DESCRIBED} (?:that |which )?(?:you|u)(?:'ve| have)? "
            r"(?:drive|got|have)\b,? "
            r"(?:by the way|btw|right\s*\?|huh\s*\?)|"
            rf"\b{_VEHICLE_ES_DESCRIBED} (?:la |el )?(?:que|donde) (?:estacionas|dejas|manejas|"
            r"traes)\b(?: \w+)? (?:frente al?|afuera del?|detras del?|enfrente del?|junto al?|"
            r"en la esquina|por cierto|eh|verdad)\b"
        ),
    ),
    # Some of "us" will not stay this polite away from the screen.
    (
        "offline",
        "strong",
        re.compile(
            r"\b(?:some|many|most|a lot|plenty|a few) of us (?:aren'?t|are not|won'?t be|"
            r"wouldn'?t be|"
            r"ain'?t) (?:this|so|as|that) (?:polite|patient|nice|civil|friendly|restrained|calm|"
            r"gentle) (?:offline|in person|irl|in real life|face to face|outside|"
            r"off the internet)\b|"
            r"\bnot (?:everyone|everybody|all of us)(?: here| around here| in this town)? (?:is|"
            r"are) "
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
            r"\b(?:somebody|someone|people|others|other people|folks|guys) (?:a lot |much |way |"
            r"far )?"
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
            r"\bya (?:le|te) (?:toca|tocaba|va a tocar|llego|llega) (?:su|tu) visita\b(?! (?:a|al|"
            r"con|"
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
            r"\b(?:people|folks|reporters|journalists|judges|gente|periodistas|jueces) like (?:you|"
            r"u|"
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
            r"\bwhat (?:happens|can happen|happened) to (?:people|those|folks|journalists|"
            r"reporters|"
            r"judges|politicians|snitches) like (?:you|u|him|her)\b|\blo que (?:le|"
            r"les) pasa a (?:la "
            r"gente|los|las) como (?:tu|usted|el|ella)\b|"
            r"\b(?:find out|learn|remember|knows?) what (?:happens|happened) to (?:people|those|"
            r"folks|"
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
            r"\b(?:que no se sorprendan?|no te sorprendas|no se sorprenda|nadie se (?:debe|"
            r"deberia) "
            r"sorprender) (?:si|cuando)\b|"
            r"\b(?:it'?d|it would|would) be (?:a pity|terrible|awful|sad) if (?:something|"
            r"anything)\b|"
            r"\b(?:i'?d|i would) hate for (?:something|anything) (?:bad )?to happen\b|"
            r"\b(?:have|has) (?:you|he|she) checked (?:your|his|her) brakes\b|"
            r"\brevis(?:a|e) (?:tus|sus) frenos\b|\b(?:lock|check) your doors\b|"
            r"\bes cuestion de tiempo (?:para|antes de) que (?:alguien|le|les)\b|"
            r"\b(?:only|just) a matter of time (?:before|until) (?:someone|somebody|something)\b|"
            r"\b(?:playing|jugando) (?:a )?(?:dangerous game|con fuego|with fire|"
            r"un juego peligroso)\b|"
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
            r"\b(?:some ?day|one day|one of these days|sooner or later) (?:\w+ ){0,3}(?:will|"
            r"is going "
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
            r"\b(?:ojala (?:que sea )?pronto|ojala sea pronto|hopefully soon|"
            r"i hope (?:it'?s )?soon|"
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
            r"\b(?:i|we) live (?:\d+|ten|five|two|three|a few|a couple) (?:min(?:ute)?s?|blocks|"
            r"streets|houses|doors) (?:from|away from) (?:you|u)\b|"
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
            r"\b(?:we'?ll|we will|we might|we may|i'?ll|i will|i might) (?:\w+ )?(?:run into|"
            r"bump into|"
            r"cross paths with) (?:each other|you|u)\b|\bmaybe we'?ll (?:run into|bump into|"
            r"meet)\b|"
            r"\b(?:nos topamos|nos vamos a topar|nos topemos|te topo|te voy a topar|"
            r"nos encontramos un dia)\b|"
            r"\b(?:say|tell) (?:it|this|that) to (?:you|u|your face) in person\b|"
            r"\b(?:igual|a lo mejor|quiza|tal vez|capaz) (?:voy|paso|me paso|me doy una vuelta) "
            r"(?:a platicar|a hablar|el \w+|por (?:tu|su|la|el|unas?|unos))|"
            r"\b(?:platicar|hablar|hablarlo|decirselo|decirtelo) en persona\b|"
            r"\b(?:saludame|saludos) a tu (?:esposo|esposa|marido|mujer|hijos?|hijas?|familia|"
            r"mama)\b|"
            r"\bsay hi to (?:your|ur) (?:wife|husband|kids|daughter|son|family|mom)\b|"
            r"\btell (?:your|ur) (?:wife|husband|kids|daughter|son|family|mom) (?:i|we) said hi\b|"
            r"\b(?:te|los|la|lo) (?:estaremos|estaremos|vamos a estar) esperando\b|"
            r"\bwe'?ll be waiting (?:for you|for him|for her)\b"
        ),
    ),
    # A visit announced to someone's home or to them by name ("Vamos a ir a visitar al
    # alcalde a su casa", "We'll pay the councilman a visit"): civic when its purpose is told
    # (`literal_errand.civic_visit`), a menace beside a warning ("He'd better watch it").
    (
        "visit",
        "weak",
        re.compile(
            r"\b(?:we'?ll|we will|we are going to|we'?re going to|i'?ll|i will|i'?m going to|"
            r"gonna|let'?s|we should|somebody should|someone should) (?:go |all )?(?:pay|make) "
            r"(?:him|her|them|(?:the|that|this|our|your|his|her) (?:\w+ ){1,2}?)(?:a )?(?:little |"
            r"friendly |personal |surprise |house )?visit\b|"
            r"\b(?:we'?ll|we will|we'?re going to|i'?ll|gonna|let'?s) (?:go )?(?:visit|show up at|"
            r"drop by|stop by|swing by|go to) (?:him |her |them |(?:the|that|our) \w+ )?(?:at )?"
            r"(?:his|her|their) (?:house|home|place|door|front door)\b|"
            r"\b(?:vamos a|voy a|hay que|vayamos a|deberiamos|habria que) (?:ir a )?(?:visitar|"
            r"visitarlo|visitarla|visitarlos|caerle|caerles|ir a ver) (?:a |al |a la |a los )?"
            r"(?:\w+ ){0,3}?(?:a|en) (?:su|sus) (?:casa|casas|domicilio|puerta)\b|"
            r"\b(?:vamos a|voy a) ir (?:a )?(?:su casa|tocarle la puerta)\b"
        ),
    ),
    # A warning with no act: "más le vale, o ya verá", "he'd better watch it", "or else".
    (
        "warned",
        "weak",
        re.compile(
            r"(?:\bmas (?:le|les|te) vale\b|\bo (?:ya |si no )?(?:vera|veran|va a ver|van a ver)"
            r"\b|\bya (?:vera|veran)\b|"
            r"\b(?:had|'d|he|she|they) better (?:watch (?:it|himself|herself|themselves|out|"
            r"(?:his|her|their) (?:back|backs|step))|be careful|behave|keep (?:quiet|(?:his|her|"
            r"their) mouths? shut))\b|\bor else\b|\bo si no\b)"
            r"(?![^.!?]{0,60}\b(?:urnas|elecciones|eleccion|votos?|votar|boletas?|ballots?|polls|"
            r"elections?|votes?|recall|revocacion|demanda|lawsuit|court)\b)"
        ),
    ),
    # Watched, or told they picked the wrong person.
    (
        "watched",
        "strong",
        re.compile(
            r"\b(?:te|lo|la|los|les) (?:estamos|tenemos) (?:vigilad[oa]s?|en la mira|"
            r"bien ubicad[oa]s?)\b|"
            r"\b(?:no sabes|no sabe) con quien (?:te metes|se mete|te estas metiendo)\b|"
            r"\byou (?:don'?t|do not) know who you'?re (?:messing|dealing) with\b|"
            r"\byou messed with the wrong (?:people|person|guys|town)\b"
        ),
    ),
    (
        "watched",
        "weak",
        re.compile(
            r"\b(?:we'?re|we are|i'?m|i am|people are|everyone is) (?:all )?watching "
            r"(?:you|u|him|her)\b(?! (?:play|win|lose|on tv|tonight|grow))|"
            r"\b(?:it'?s a small town|this is a small town|small towns? talk|pueblo chico|"
            r"(?:aqui|alla) (?:todos nos conocemos|nos conocemos todos))\b"
        ),
    ),
    (
        "careful",
        "weak",
        re.compile(
            r"\b(?:be careful|careful|watch) what (?:you|u) (?:write|say|post)\b|"
            r"\bcuidado con lo que (?:escribes|dices|publicas)\b|\bmide tus palabras\b"
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
            r"\b(?:you|u) (?:still )?(?:live|work|park) (?:on|at|in|near|over on|"
            r"by) (?:[\w']+,? ){1,5}"
            r"(?:right|huh|yeah|correct)\s*\?|"
            r"\b(?:vives|trabajas|estacionas) (?:en|por|sobre|"
            r"cerca de) (?:\w+,? ){1,6}\W*(?:verdad|no|"
            r"cierto|eh)\s*\?|"
            r"\b(?:lives|works|vive|trabaja) (?:on|en|en la|at) (?:calle |avenida |"
            r"av )?(?:\w+ ){1,2}"
            r"(?:street|st|avenue|ave|road|rd|lane|drive|court|blvd)\b|"
            r"\b(?:vive|trabaja) en la (?:calle|avenida|colonia|privada) \w+|"
            r"\bonly so many (?:houses|cars|doors|homes)\b|"
            r"\b(?:you|u) (?:have|got) (?:a )?(?:daughter|son|kids|wife|husband|family),? "
            r"(?:right|don'?t you|huh)\s*\?|\b(?:tienes|tiene) (?:hijos|hijas|una hija|un hijo|"
            r"esposa|familia),? \W*(?:verdad|no|cierto)\s*\?|"
            r"\b(?:presumes|mencionas|publicas|subes) (?:los|las|el|la|tus) (?:\w+ ){0,3}(?:de tus "
            r"hij[oa]s|de tu (?:esposo|esposa|marido|mujer))\b"
        ),
    ),
    # A threat disowned in advance: the writer knows how it reads.
    (
        "disclaim",
        "weak",
        re.compile(
            r"\bnot saying (?:it|anything|that) should happen\b|\bno digo que (?:deba|debe|"
            r"tenga que) "
            r"pasar\b|\b(?:i'?m|i am) not threatening (?:anybody|anyone|you)\b|"
            r"\bno (?:estoy|ando) amenazando\b|"
            r"\bno es (?:una )?amenaza\W+(?:es|sino|nomas|solo) (?:un|una|lo que)\b|"
            r"\bnot a threat\W+(?:just |only |it'?s |its )?(?:a |an )?(?:prediction|promise|"
            r"warning|"
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
            r"\bde buena fe,? (?:eh|he)\b|\b(?:just )?(?:a )?friendly (?:advice|warning|"
            r"reminder)\b|"
            r"\b(?:just )?something to think about\b|\b(?:he|she|you) should think about (?:that|"
            r"it)\b|"
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
BY_KIND = {(kind, weight): cue for cue in PERSON for kind, weight, _rx in (cue,)}
