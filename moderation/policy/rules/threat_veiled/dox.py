"""Doxxing and located menace (`threat_veiled`): the writer shows they can find the target (where
they live, park, work or take their children), publishes it or asks others to, waits for them,
or wishes a "shame" on what is theirs. Each is (kind, weight, pattern) over the normalised text;
kept apart from `person.PERSON` so that `person.BY_KIND` (read by `group`) does not move.

Kinds: "dox" (an address sought or published for others: rejects), "know" (the writer has
located the target), "located" (a place, house, car or plate told, weak), "invite" (others sent
there, weak), "brave" (courage tested away from the screen), "contact" (waiting for the target),
"cuidate" (weak, only beside a place), "expose" (the target's boss or clients told), "fate"
("be a shame if ...")."""

from __future__ import annotations

import re

from moderation.policy.rules.threat_veiled.person import COLOR, Cue

_ST = (
    r"(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|blvd|loop|way|circle|cir|"
    r"calle|avenida|av|privada|retorno|cerrada)"
)
_SOMEONE = r"(?:someone|somebody|anyone|anybody|y'?all|can (?:someone|somebody|anyone))"
_CAR = r"(?:truck|car|pickup|suv|van|silverado|tacoma|tundra|f-?150|f-?250|ram|civic|camry|jeep)"
_COLOR_ES = r"(?:blanc[oa]|negr[oa]|gris|roj[oa]|azul|platead[oa]|verde|dorad[oa]|amarill[oa])"
_VEHICLE_ES = r"(?:carro|coche|camioneta|troca|carrito|tsuru|pick ?up)"
_KIN = r"(?:grand)?(?:kids?|daughters?|sons?|children|granddaughter|grandson)"
_SPOUSE = r"(?:wife|husband|mom|mother|dad|father|boyfriend|girlfriend|old lady|old man)"
_KIN_ES = (
    r"(?:esposa|esposo|marido|mujer|vieja|viejo|mama|papa|madre|padre|hij[oa]|novi[oa]|"
    r"herman[oa])"
)
# Not a pinned place: a border, a river, a side of town ("lives in a house on the border").
_WIDE = (
    r"(?:the )?(?:border|river|coast|line|edge|outskirts|weekends?|(?:east|west|north|south) ?side)"
)
# Nothing asked or begged after the tag: "... right? how long is the wait there?" is a regular.
_LAST_ASKED = r"(?=[^?]*$)(?![^?]*\b(?:tell (?:us|me)|cuentanos|dinos|platicanos)\b)"

DOX: tuple[Cue, ...] = (
    # An address sought or published for others: "somebody find out where the author lives",
    # "post his home address in here", "alguien que me pase la dirección del autor".
    (
        "dox",
        "strong",
        re.compile(
            rf"\b{_SOMEONE},? (?:please |pls |go |just )?(?:find|finds|dig up|look up|"
            r"track down|post|posts|share|drop)(?: out)? (?:where (?:the |this |that )?"
            r"(?:author|writer|reporter|columnist|[a-z]+)(?: [a-z]+)? (?:lives|sleeps|parks)|"
            r"(?:his|her|their|the author'?s|the writer'?s|@\w+'?s?|\w+'s) (?:home |real |"
            r"house |street )?(?:address|addy))\b|"
            r"\b(?:i'?m gonna|i'?m going to|i'?ll|we'?ll|we will|i will|want me to|should i) "
            r"(?:post|publish|share|drop|put up|leak) (?:your|ur|his|her|their) (?:home |real |"
            r"full |street )?(?:address|suite number|home phone)\b|"
            r"\b(?:post|put) (?:his|her|their) (?:home )?address (?:in |up )?here\b|"
            r"\baddress and (?:puts?|posts?) it (?:up )?here\b|"
            r"\b(?:alguien|alguno)(?: que| q)? (?:me |nos )?(?:pase|pasen|consiga|consigan|"
            r"publique|publiquen) (?:la |el |su )?(?:direccion|domicilio)\b|"
            r"\b(?:pasenme|paseme|consiganme) (?:la |su )?(?:direccion|domicilio)\b|"
            r"\b(?:la|lo) (?:voy|vamos) a publicar aqui (?:para que|pa que|a ver)\b|"
            r"\b(?:vamos|voy) a publicar (?:donde (?:trabajas|vives|trabaja|vive)|tu (?:direccion|"
            r"domicilio))\b|\bla digo yo con todo y (?:direccion|domicilio)\b"
        ),
    ),
    # Others sent there: "so y'all can go tell him", "por si alguien quiere ir a explicarle".
    (
        "invite",
        "weak",
        re.compile(
            r"\b(?:now you (?:all )?know where|so (?:y'?all|everyone|everybody|you all|people) "
            r"can go|if (?:anyone|anybody|someone|somebody) wants to (?:stop by|ask (?:him|her|"
            r"them) in person|go (?:tell|ask|talk to|explain))|go ask (?:him|her|them) "
            r"(?:\S+ ){0,3}in person|(?:someone|somebody) should go say hi|"
            r"just so everybody knows who to talk to)\b|"
            r"\bjust so (?:everyone|everybody|y'?all|people) knows?\W*$|"
            r"\b(?:por si alguien (?:quiere|(?:lo|la|le) quiere) (?:ir|pasar|darse una vuelta|"
            r"visitar(?:l[oa])?)|"
            r"ya saben donde (?:buscarl[oa]|encontrarl[oa])|pasen a saludarl[oa]|"
            r"para que vayan a (?:visitarl[oa]|pedirle|explicarle|decirle)|ahora todos saben)\b|"
            r"\bfor (?:those|anyone|everyone|people) (?:who (?:want|wants)|wanting) to '?(?:talk|"
            r"chat|visit|explain)"
        ),
    ),
    # A house told by its number, colour and gate: "lives at 4411 ... Ct", "casa blanca con
    # portón negro", "the blue house with the broken carport".
    (
        "located",
        "weak",
        re.compile(
            rf"\b(?:lives?|vive|viven|address is)\b[^.!?]{{0,12}}?\b(?:at |en (?:la )?)?"
            rf"(?:\d{{2,5}} (?:[a-z]+ ){{1,3}}{_ST}\b|{_ST} (?:[a-z]+ ){{1,2}}\d{{2,5}}\b)|"
            r"\b(?:white|blue|gray|grey|green|red|yellow|pink|blanca|azul|gris|verde|roja|"
            r"amarilla|rosa) (?:house|casa|stucco|duplex) (?:with|con) (?:the |a |el |la )?"
            r"(?:\w+ )?(?:gate|fence|porch|carport|reja|porton|barda)\b|"
            r"\b(?:la|una) de (?:la |el )?(?:reja|porton|barda) (?:verde|negr[oa]|blanc[oa]|azul|"
            r"gris|roj[oa]) en (?:la )?calle\b|"
            r"\bplacas [a-z]{2,3}-?\d{2,4}\b|\b(?:licen[cs]e )?plates? (?:starts|ends|start|end) "
            rf"(?:with|in)\b|\b(?:wife|husband) drives (?:the|a) (?:\w+ )?{_CAR}\b|"
            rf"\bya vi tu {_VEHICLE_ES}\b|"
            r"\b(?:i|we) know (?:you(?:'re| are) )?(?:(?:that|the) )?(?:\w+ )?(?:teach|work|"
            r"works|teacher|nurse|clerk|manager) (?:at|in|for)\b|"
            r"\b(?:i|we) know (?:your|ur) (?:last name|real name|face|byline)\b|"
            r"\b(?:lives (?:in|off) the (?:[a-z]+ ){0,3}?(?:subdivision|cul-de-sac)|"
            r"vive en el fraccionamiento)\b|\blives on calle [a-z]+\b|"
            rf"\bdrives (?:a|the) (?:{COLOR} )(?:lifted )?{_CAR}\b|\bgets home (?:around|at) \d|"
            r"\b(?:ya |yo )?se cual es(?=\W*(?:eh\b|$|[.,!?]))|"
            r"\b(?:sabe|saben|sabemos) donde viv(?:e|es|en)\b"
        ),
    ),
    # A reader's workplace or home pinned to a street and asked back with a tag, the last
    # question of the comment: "Works at the Ace on Fourth, right?", "tu marido trabaja en la
    # yonke de la 5ta, ¿verdad?". A town alone ("you live in El Paso, right?") is not pinned,
    # and a question or an ask after it ("... right? how long is the wait?") is a regular's.
    (
        "dox",
        "strong",
        re.compile(
            rf"(?:(?:^|[.!?,]\s+)|\b(?:you|u) (?:still )?|\b(?:your|ur) (?:{_KIN}|{_SPOUSE}) "
            r"(?:still )?)(?:work|works|live|lives|park|parks|teach|teaches|shop|shops)"
            r"(?: (?:nights|days|mornings|weekends|the \w+ shift))? (?:at|in) "
            r"(?:the |that )?(?!(?:a|an|some)\b)[\w']+(?: [\w']+){0,2}? (?:on|off|by|near|"
            rf"across from|next to|behind) (?!{_WIDE}\b)(?:the )?[\w']+(?: [\w']+){{0,2}}?,? "
            r"(?:right|correct|yeah|huh|don'?t (?:you|they|he|she)|doesn'?t (?:he|she)|"
            r"isn'?t (?:it|that))\s*\?" + _LAST_ASKED + "|"
            rf"\b(?:trabajas|vives|estacionas|das clases|atiendes|(?:tu|su) (?:{_KIN_ES}) "
            r"(?:todavia |aun |sigue )?(?:trabaja|vive|atiende|da clases)) "
            r"(?:todavia |aun )?en (?:(?:la|el) (?:misma|mismo) (?:casa|calle|colonia|cuadra|"
            r"departamento|depa|tienda|oficina|escuela) (?:de|en|sobre) (?:la|el) \w+|"
            r"(?:la|el|los|las) [\w']+(?: [\w']+){0,3}? "
            r"(?:de|sobre|frente a|junto a|por|en) (?:la |el )?(?:calle|avenida|av|esquina|"
            r"colonia|col|fraccionamiento|fracc|privada|\d+\w*))\b[^?]{0,30}?\W*"
            r"(?:verdad|no|cierto|eh|o me equivoco)\s*\?" + _LAST_ASKED
        ),
    ),
    # The writer has located the target: where they live or work, their car where it stands,
    # their children's school.
    (
        "know",
        "strong",
        re.compile(
            r"\b(?:ya )?(?:te|lo|la) (?:ubique|ubicamos|tengo ubicad[oa]|tenemos ubicad[oa])\b|"
            r"\b(?:ya )?(?:se|sabemos) (?:que|q) (?:vives|vivis|sales (?:a|de)|das clases en)\b|"
            r"\bya (?:se|sabemos) (?:por donde (?:andas|vives|te mueves|caminas)"
            r"(?=\s*(?:$|[^\w\s,\u00bf?]))|desde (?:que|cual) "
            r"(?:ciudad|colonia|barrio|computadora) (?:escribes|comentas))\b|"
            r"\b(?:ya )?(?:se|sabemos) (?:donde|en que (?:escuela|colegio|primaria|secundaria|"
            r"cafe|oficina|clinica)|a que hora|por donde) (?:viven|los llevas|dejas a|"
            r"estudian|dan clases|trabaja|escribes)\b|"
            r"\b(?:gente|alguien|todos) (?:aqui )?(?:que )?(?:ya )?(?:sabe|sabemos) donde vive\b|"
            r"\bya sabemos tu (?:turno|horario|ruta)\b|"
            r"\bya se como se llama tu (?:esposa|esposo|mujer|marido|hij[oa])\b|"
            r"\bsabemos donde esta (?:la|el|tu) \w+ y a que hora\b|"
            rf"\b(?:tu|su) {_VEHICLE_ES}(?: \w+){{0,8}}? (?:siempre esta estacionad[oa]|"
            r"siempre esta en (?:el|la) mism[oa]|se ve (?:\w+ ){1,2}estacionad[oa]|"
            r"lo dejas|la dejas)\b|"
            rf"\bse que tu {_VEHICLE_ES} es (?:la|el) {_COLOR_ES}\b|"
            r"\b(?:i|we) (?:know|see|can see) (?:roughly |exactly |now )?(?:(?:you(?:'re| are) )?"
            rf"(?:the|that) (?:guy|one|lady|woman|man) with (?:the|that) (?:\w+ )?{_CAR}|"
            r"which (?:house|gas station|practice|clinic|store|shop|church|gym|apartment|one of "
            r"you) (?:on (?:\w+ ){1,3})?(?:is yours|you (?:live|work|park|go to)|lives|parks)|"
            r"roughly where (?:you|u) live|"
            r"(?:where|which way) (?:you|u) (?:are|go)\b[^.!?]{0,20}\bposts|"
            rf"(?:the|what) {_CAR} (?:you|u) drive|what (?:your|ur) (?:car|truck|house) looks "
            r"like|(?:you|u) (?:live|park|work nights|work evenings) (?:on|in|at)|"
            r"people who know where)\b|"
            rf"\b(?:i|we)(?: saw| see| seen|'?ve seen| have seen) (?:you park )?(?:your|ur) "
            rf"(?:{COLOR} )?(?:\w+ )?{_CAR}\b(?: \w+){{0,4}}? (?:parked|at the|in the|outside)\b|"
            rf"\bsaw (?:your|ur) (?:{COLOR} )?{_CAR} (?:parked|in the|at the|outside)\b|"
            rf"\b(?:his|her|the author'?s|the writer'?s) {_KIN}'?s? (?:go|goes|attend|attends) to "
            r"[a-z]+ (?:elementary|middle|high school|academy)\b|"
            rf"\b(?:your|ur) {_KIN}'?s? school looks\b|"
            r"\b(?:tu|su) hij[oa] sigue en (?:el|la) (?:colegio|escuela|primaria|secundaria)\b"
        ),
    ),
    # A reader unmasked: their job or face told back ("I know you're Danny Pham from the print
    # shop on Main", "ya sé que eres la maestra de la secundaria 14"), their number read out,
    # their real name or IP found, the writer's wife or kids seen, their photo passed on.
    (
        "dox",
        "strong",
        re.compile(
            r"\b(?:i|we) (?:all )?know (?:you'?re|you are) (?:that (?:\w+ )?(?:teacher|nurse|clerk|"
            r"cashier|guard|driver|deputy|pastor|coach|mechanic)\b|(?:\w+ ){0,3}from the "
            r"(?:\w+ ){0,2}(?:shop|store|office|plant|clinic|bank|church|station|garage|"
            r"dealership) on\b)|"
            r"\bya (?:se|sabemos) (?:que eres|quien eres)\b[^.!?]{0,30}\b(?:(?:la|el) "
            r"(?:maestr[oa]|profe|enfermer[oa]|cajer[oa]|doctor[a]?) de (?:la|el)|hij[oa] del? "
            r"(?:de la|del|la)|trabaja en)\b|"
            r"\b(?:your|ur|tu) (?:home |cell |house )?(?:number|phone|phone number|numero|"
            r"telefono|numero de telefono|celular|cel)(?: de (?:tu )?casa)?(?: is| es)?"
            r"(?: el)?:? \+?\d[\d ()\-]{7,}|"
            r"\b(?:numero|telefono) de tu casa:? \+?\d[\d ()\-]{7,}|"
            r"\b(?:find|found|dug up|tengo|encontre|consegui) (?:\w+'s|his|her|your|ur|tu|su) "
            r"(?:real name and (?:employer|address|job|workplace|number)|nombre real y (?:trabajo|"
            r"direccion|numero)|ip(?: address)?|employer)\b|"
            r"\b(?:les|le) pase tu (?:foto|nombre|direccion)\b[^.!?]{0,25}\ba (?:unos|mis|los) "
            r"(?:amigos|primos|compas|muchachos|carnales)\b"
        ),
    ),
    (
        "know",
        "strong",
        re.compile(
            r"\b(?:your|ur) (?:wife|husband|kids?|daughter|son|mom)\b(?!'s)[^?]{0,80}"
            r"\b(?:saw|seen) "
            r"(?:her|him|them) (?:at|outside|leaving)\b"
        ),
    ),
    # A reader's address called easy to find: a hint, weak alone ("your address is public
    # record, if you own the house").
    (
        "located",
        "weak",
        re.compile(
            r"\b(?:your|ur|tu) (?:home )?(?:address|direccion) (?:is|es|esta) (?:public|publica|"
            r"public record|easy to find|on google|online|not hard to find|en internet|facil de "
            r"encontrar)\b"
        ),
    ),
    # Courage tested away from the screen: "see how brave you are then", "walking to your car".
    (
        "brave",
        "strong",
        re.compile(
            r"\b(?:see|we'?ll see|let'?s see) how (?:brave|tough|big|bold) (?:you|u) (?:are|really"
            r" are|feel)(?! then (?:on|in|at) the (?:field|court|ring|pitch|mat|game|match|track|"
            r"rink|debate))(?: then\b| in person| face to face| walking| tonight|"
            r" after (?:your|ur)| when (?:you'?re|you are|u r) (?:walking|alone|leaving|out)|"
            r" when (?:i|we) (?:come|show up|find))|"
            r"\b(?:funny|real|so) (?:how )?brave (?:you are )?(?:talking|typing)\b"
            r"[^.!?]{0,40}\b(?:house|duplex|apartment|street|calle)\b|"
            r"\bvas a ver quien te espera (?:afuera|a la salida)\b"
        ),
    ),
    (
        "jibe",
        "weak",
        re.compile(
            r"\ba ver si (?:sigues |sigue |eres |es )?(?:tan|igual de) valientes?\b|"
            r"\bsigue de valiente\b|\bsigues con tu boca grande\b|"
            r"\b(?:keep|go ahead,?) report(?:ing)? me\b|\bsleep tight\b|"
            r"\byou know who you are,? (?:buddy|pal|bud)\b"
        ),
    ),
    # Waiting for the target: "I'll be waiting outside the hall for you", "te voy a esperar
    # afuera del local".
    (
        "contact",
        "strong",
        re.compile(
            r"\b(?:i'?ll|we'?ll|i will|we will|i'?m gonna) be waiting for (?:you|u) "
            r"(?:outside|in the parking lot|at the|by your)\b|"
            r"\b(?:i'?ll|we'?ll|i will|we will) be waiting outside (?:the |your )?[\w' ]{0,30}"
            r"for (?:you|u)\b"
        ),
    ),
    (
        "contact",
        "weak",
        re.compile(
            r"\bsee (?:you|u) at the gate\b|\bsee (?:you|u) (?:soon|around)\W*$|"
            r"\b(?:i'?ll|we'?ll|i will) be waiting outside\b|"
            r"\b(?:te|lo|la) (?:voy|vamos) a esperar (?:afuera|a la salida)\b|"
            r"\bcuando te esperemos\b"
        ),
    ),
    # Read only beside a place known or told (`_CUIDATE_WITH`): "cuídate mucho" alone is care.
    (
        "cuidate",
        "weak",
        re.compile(
            r"\bcuid(?:ate|alo|ala|ese)(?: mucho| bien)?\b|\bque se cuide\b|"
            r"\b(?:drive safe(?:ly)?|stay safe|be safe|watch yourself)\b"
        ),
    ),
    # The target's boss, principal or clients told: "perhaps his principal would like to know".
    (
        "expose",
        "strong",
        re.compile(
            r"\b(?:someone|somebody) should (?:tell|let) (?:\w+'s|his|her) (?:boss|employer|"
            r"principal|supervisor)\b|"
            r"\b(?:perhaps|maybe) (?:his|her|your) (?:principal|boss|employer|patients|clients|"
            r"customers|supervisor) (?:would like|might like|would want|wants?) to (?:know|read|"
            r"see)\b|\b(?:wonder|bet) (?:if|whether) (?:your|his|her) (?:principal|boss|employer) "
            r"knows\b|\bbefore (?:your|ur) (?:principal|boss|employer) (?:reads|sees)\b|"
            r"\bwonder what (?:the parents|your (?:boss|principal|students|patients)) would think "
            r"of (?:your|these) (?:posts|comments)\b|"
            r"\bya le (?:hable|escribi|conte|mande \w+) a tu (?:jefe|jefa|patron)\b|"
            r"\b(?:a tu|al) (?:jefe|jefa|patron)\b[^.!?]{0,30}\b(?:le voy a mandar|le mande) "
            r"(?:capturas|tus comentarios)\b|"
            r"\ba tus (?:clientes|pacientes|alumnos) les (?:encantaria|gustaria) (?:leer|saber)\b"
        ),
    ),
    # "Be a shame if something happened to ...", "sería una pena que explotara".
    (
        "fate",
        "strong",
        re.compile(
            r"\b(?:would|it'?d|itd|be|gonna be|it would) (?:a )?(?:real |damn )?shame (?:if|when) "
            r"(?:something (?:happened|happens) (?:to|on)|(?:someone|somebody|folks|people) "
            r"(?:found out|catches|stopped by|forwarded|showed up)|(?:your|ur) (?:\w+ ){0,2}"
            r"(?:had an accident|caught fire|blew up|got hurt)|that (?:\w+ ){1,3}(?:found|got) "
            r"(?:his|her) (?:tires|windows|car|truck))\b|"
            r"\bshame if (?:that|the) \w+'s (?:kids|wife|husband|family) (?:saw|found)\b|"
            r"\bseria una (?:pena|lastima) que (?:algo (?:le|les) pasara|a(?:l| la) \w+ (?:le|les) "
            r"pasara algo|explotara|se quemara|(?:tu|su) (?:jefe|jefa|esposa|esposo) (?:viera|"
            r"leyera|se enterara)|sus (?:companeros|alumnos|clientes|vecinos) (?:leyeran|vieran|"
            r"se enteraran))\b"
        ),
    ),
)
