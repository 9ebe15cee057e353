"""The cues of violence against a group (`threat_veiled`): an attack on it or its places
cheered, death wished on every one of them, harm met with a shrug, a call made by a hint.
Each is (kind, weight, pattern) over the normalised text."""

from __future__ import annotations

import re

from moderation.policy.rules.threat_veiled.person import BY_KIND, Cue

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
GROUP_PLACE = re.compile(
    r"\b(?:mosques?|synagogues?|sikh temple|black church|gay (?:bar|club|bars|clubs)|"
    r"pride (?:parade|march)|mezquitas?|sinagogas?|bar gay|antro gay|marcha del orgullo|"
    r"(?:migrant|refugee|asylum) shelters?|albergues?)\b"
)
_CLEANSE = r"(?:cleansing|purge|purging|limpia|limpieza|purga|barrida)"
# Who did an attack, and one whose name is an attack on a group.
_PERPETRATOR = (
    r"(?:the|that|this|el|ese|aquel|del|al) (?:(?:mall|school|church|mosque|synagogue|bar|club|"
    r"store|walmart|festival|concert|parade|plaza|mercado|escuela|iglesia|mezquita|antro|bar) )?"
    r"(?:shooter|gunman|gunmen|bomber|attacker|tirador|pistolero|atacante|agresor|terrorist|"
    r"terrorista)"
)
_HATE_ATTACKER = (
    r"(?:the )?(?:klan|kkk|ku klux klan|klansmen|(?:christchurch|el paso|charleston|pittsburgh|"
    r"buffalo|oslo|utoya|orlando|pulse|tree of life|colorado springs|halle|hanau) (?:guy|shooter|"
    r"gunman|killer|attacker|man|tirador|atacante|asesino)|breivik|dylann roof|crusius|tarrant)"
)
# The praise, in the same sentence (no negation between) or the next one.
_NEAR_PRAISE = (
    r"(?:(?![^.!?]*\b(?:not|never|nothing|no|nunca|nada)\b)[^.!?]{0,80}?|[^.!?]*[.!?]+\s*)"
)
_PRAISE = (
    r"(?:had (?:the right idea|it figured out|it right|a point|the guts)|was right|"
    r"did (?:what|exactly what) (?:a lot of|many of|most of|all of|half of|some of) us "
    r"(?:were|are|was) (?:thinking|too scared)|did nothing wrong|(?:is|was) a (?:hero|legend|"
    r"patriot)|hero\b|legend\b|deserves a medal|more of that|showed (?:us )?the way|"
    r"tenia razon|tuvo los (?:huevos|pantalones|tanates)|(?:es|fue) un (?:heroe|patriota|"
    r"valiente)|heroe\b|hizo lo que (?:todos|muchos|varios|la mitad)|pensaba(?:mos)? lo mismo "
    r"que|merece una medalla|que se repita|ojala se repita)"
)
GROUP: tuple[Cue, ...] = (
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
            rf"\b{_ATTACK}\b[^.!?]*[.!?,]+\s*(?:y )?(?:ojala )?(?:que se repita|hope (?:it|this|"
            rf"that) "
            r"happens again|(?:ojala|hope|espero que) (?:que )?(?:haya|there (?:are|will be)|"
            r"there'?s) (?:mas|more)(?: of (?:this|that|these|those))?|more of (?:this|"
            r"that) please)"
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
            r"terminar? (?:lo que|el trabajo)|more ammo|mas (?:balas|gasolina)|bring more|"
            r"traiga mas)\b"
        ),
    ),
    (
        "cheered",
        "strong",
        re.compile(
            rf"\b(?:whoever|the (?:guy|man|woman|people|person|one) who|el que|la que|quien|"
            rf"quienes|"
            rf"los que) (?:\w+ ){{0,3}}{_ATTACK}\b[^.!?]{{0,60}}?\b(?:did (?:the|this|our|us|"
            rf"everyone) "
            r"(?:\w+ )?(?:a )?favou?r|is a hero|deserves a medal|hizo un favor|es un heroe|"
            r"merece una medalla)\b"
        ),
    ),
    # The perpetrator of an attack praised as right, brave or a hero ("the shooter did what a lot
    # of us were thinking", "el tirador tuvo los huevos de hacerlo"); a group near is needed.
    ("cheered", "strong", re.compile(rf"\b{_PERPETRATOR}\b{_NEAR_PRAISE}\b{_PRAISE}")),
    # One whose name is the attack on a group, praised: it needs no group named ("the Klan had
    # the right idea", "the Christchurch guy had it figured out").
    ("praised", "strong", re.compile(rf"\b{_HATE_ATTACKER}\b{_NEAR_PRAISE}\b{_PRAISE}")),
    # Death wished on every one of them.
    (
        "wished",
        "strong",
        re.compile(
            r"\b(?:hope|hoping|ojala|espero que|let'?s hope|pray)\b[^.!?]{0,30}?"
            r"\b(?:every (?:last )?one(?: of (?:them|em))?|all of (?:them|em)|each (?:one|of them)|"
            r"they all) (?:drowns?|burns?|freezes?|starves?|chokes?|rots?|dies?)\b|"
            r"\b(?:hope|hoping|ojala|espero que|let'?s hope|pray)\b[^.!?]{0,25}?\b(?:the|that|"
            r"their|"
            r"la|esa|su) (?:boat|raft|bus|plane|balsa|lancha|panga|camion|avion) (?:sinks|crashes|"
            r"capsizes|flips|se hunda|se voltee|se caiga|choque)\b|"
            r"\bque se (?:ahoguen|quemen|congelen|los lleve el rio|las lleve el rio|"
            r"los coma el mar|"
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
            r"\bif (?:\w+ ){0,4}(?:burned|burnt|burns|burned down|got hurt|died|drowned|"
            r"disappeared|"
            r"got shot|were (?:gone|hurt|killed|shot))\b[^.!?]{0,40}?\b(?:nobody|no one)(?: here)? "
            r"(?:would|will|is going to|gonna) (?:cry|miss (?:them|em)|shed a tear|mourn)\b|"
            r"\b(?:nobody|no one)(?: here)? (?:would|will) (?:cry|shed a tear|miss (?:them|em)|"
            r"mourn) "
            r"if (?:\w+ ){0,5}(?:burned|burnt|burned down|got hurt|died|drowned|disappeared|"
            r"got shot|"
            r"happened)\b|"
            r"\b(?:i|we) (?:wouldn'?t|won'?t|would not|will not) (?:cry|shed a tear|lose sleep|"
            r"mourn)"
            r"\b[^.!?]{0,20}\bif (?:something|anything) (?:happened|happens)\b|"
            r"\bif (?:something|anything) (?:happened|happens|were to happen)\b[^.!?]{0,30}?"
            r"\b(?:i|we) (?:wouldn'?t|won'?t|would not|will not) (?:cry|shed a tear|"
            r"lose (?:any )?sleep|mourn)\b|"
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
            rf"\b(?:necesita|necesitan|hace falta|le hace falta|"
            rf"urge) (?:una )?(?:buena )?{_CLEANSE}"
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
    # Death left to the river, the desert or the cartels.
    (
        "wished",
        "strong",
        re.compile(
            r"\b(?:let|que) (?:the )?(?:river|desert|cartels?|sea|heat|el rio|el desierto|el mar|"
            r"los carteles|el calor|el frio) (?:take care of|handle|deal with|se encargue|"
            r"se encarguen|haga su trabajo|hagan su trabajo)\b|"
            r"\b(?:hope|ojala)\b[^.!?]{0,25}\b(?:the cartels?|los carteles|los narcos|the coyotes|"
            r"the heat|el calor|el desierto|the desert|the river|el rio) (?:gets?|finds?|agarren?|"
            r"encuentren?|se los lleve|se los trague|takes?) (?:them|em|los)?\b"
        ),
    ),
    (
        "call",
        "strong",
        re.compile(
            r"\b(?:grab|get|bring out|dust off) (?:your|the) (?:pitchforks|torches|ropes)\b|"
            r"\b(?:saquen|agarren|traigan) (?:las|sus) (?:antorchas|sogas|horcas)\b"
        ),
    ),
    (
        "precedent",
        "weak",
        re.compile(
            r"\b(?:we|they) did it (?:before|once)\b[^.!?]{0,30}\b(?:again|otra vez)\b|"
            r"\bya lo hicimos (?:una vez|antes)\b|\bcomo en los viejos tiempos\b|"
            r"\b(?:somebody|someone|alguien) (?:should|needs to|has to|tiene que|deberia) "
            r"(?:do something about|hacer algo con) (?:them|em|ellos|ellas|esa gente|"
            r"those people)\b"
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
    BY_KIND[("fate", "weak")],
    BY_KIND[("disclaim", "weak")],
    BY_KIND[("wink", "weak")],
)
