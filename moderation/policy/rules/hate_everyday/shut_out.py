"""The shapes of a group shut out (`hate_everyday`): sent away whatever its papers, denied
everything, said never to fit in. Each is a regex over a sentence with its groups masked as
`GRP`."""

from __future__ import annotations

import re

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

# Not a going allowed to all: "Anybody can go, citizen or not" opens a clinic's door; "X can go,
# papers or not" still sends them away.
_NOT_ALLOWED = (
    r"(?<!\banybody can )(?<!\banyone can )(?<!\beveryone can )(?<!\beverybody can )"
    r"(?<!\banybody may )(?<!\banyone may )(?<!\beveryone may )(?<!\bwelcome to )"
)
# Papers, status or children said not to matter: the expulsion is of a people.
_STATUS_BLIND = (
    r"(?:legal or not|papers or not|documented or not|citizens? or not|with or without papers|"
    r"(?:citizens|kids|children|families|babies) included|whether (?:legal|citizens?) or not|"
    r"con papeles o sin (?:ellos|papeles)|legales o no|con o sin papeles|"
    r"(?:ninos|hijos|familias) incluid[oa]s)"
)

EXPEL = re.compile(
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
EXPEL_BLIND = re.compile(
    r"\b(?:they|them|GRP|you people) (?:(?!not\b|never\b|no\b)\S+ ){0,3}"
    r"(?:go|get|be put|be shoved|stay|belong|crawl) back in(?:to)? (?:the |their )?closets?\b|"
    r"\b(?:de vuelta|regresen|metanse|vuelvan|deberian regresar|deberian volver) (?:al|a su) "
    r"(?:closet|closets|"
    r"armario)\b|"
    r"\bpor que no se (?:van|regresan|largan) (?:a su (?:pais|tierra)|de (?:vuelta|regreso))\b|"
    r"\bwhy (?:do not|don't) they (?:just )?go back (?:to|where) (?:their|they)\b|"
    rf"\bdeport (?:{_THEY} all|{_WHOLE})\b|"
    r"\b(?:are not|is not) (?:real )?(?:americans|mexicans|texans|one of us) and never will be\b|"
    rf"\b{_STATUS_BLIND}\b.*\b(?:{_NOT_ALLOWED}go|leave|out|back|deport\w*|gone|over the \S+)\b|"
    rf"\b(?:{_NOT_ALLOWED}go|leave|out|back|deport\w*|gone)\b.*\b{_STATUS_BLIND}\b|"
    rf"\bevery (?:last |single )?(?:one of (?:them|em)|GRP)\b.*\bshould (?:go|leave|be deported|"
    rf"be sent back|be removed|get out)\b"
)

# Everything withheld from a group ("X shouldn't get anything", "no permits for them").
_ALL_OF_IT = (
    r"(?:anything|a thing|a dime|a cent|a penny|nothing|any rights|rights|a parade|a say|"
    r"a voice|the vote|to vote|a permit)"
)

DENY = re.compile(
    rf"\b(?:GRP|they) (?:should not|should never|do not|does not|must not) "
    rf"(?:get|have|be given|deserve) {_ALL_OF_IT}\b|"
    rf"^(?:\S+ )?(?:and )?(?:should not|should never) (?:get|be given) (?:anything|a thing|"
    rf"a dime|nothing)\b|"
    # bidden, not told of ("the city gives them nothing" is a complaint for them)
    rf"(?:^|(?<=[,;:] )|\b(?:should|must|let us|lets|we will|just|i say|i would|we should) )give "
    rf"(?:{_THEY}) (?:nothing|not a dime|not a cent|zero)\b|"
    rf"\bno (?:\S+ )?for (?:{_THEY})\b.*\bno (?:nothing|anything|more)\b|"
    rf"\bno (?:\S+ ){{0,2}}(?:for|para) (?:{_THEY}|los GRP|las GRP)(?: no \S+)*,? "
    rf"(?:no nothing|nada de nada|ni nada)\b|"
    rf"\b(?:a los|a las|a esos|a esas) GRP (?:no hay que|no se les debe|ni) "
    rf"(?:dar(?:les)?|darle) (?:nada|ni un peso)\b|"
    rf"\bni un peso (?:para|a) (?:los |las |esos |esas )?GRP\b|"
    rf"\b(?:GRP|they) (?:do not|does not) deserve (?:to (?:live|be|stay) here|anything|"
    rf"rights|a thing|to vote)\b|"
    rf"\b(?:GRP |ellos |ellas )?no merecen (?:ni )?(?:pisar|vivir aqui|estar aqui|nada|"
    rf"derechos|votar)\b(?! de (?:todo )?(?:esto|eso|lo que))"
)

# The people of a country, or of the writer's place, that a group is said never to become
# ("X will never be Americans"; a people's name that is a group word is masked as `GRP`).
_PEOPLE = (
    r"(?:americans|british|brits|english|french|germans|italians|canadians|australians|"
    r"europeans|spanish|spaniards|irish|scottish|scots|dutch|texans|GRP|"
    r"citizens of (?:this|our) \S+)"
)
# Never fitting in, stated as a fact about the whole group.
_FIT = (
    r"(?:assimilate|integrate|fit in|adapt|belong here|share our values|respect our \S+|"
    rf"be (?:like us|one of us|(?:real|true|proper) \S+|{_PEOPLE}))"
)
# The denial, now and for ever ("are not, and never will be", "never will", "can never").
_NEVER = (
    r"(?:(?:are|is) not (?:now )?and )?(?:do not|does not|will never|never will|never|"
    r"can not|cannot|refuse to|won't|will not)"
)

NEVER_FIT = re.compile(
    rf"\b(?:GRP|they)(?: \S+)? (?:just |simply |really )?{_NEVER} (?:ever |really |even )?"
    rf"{_FIT}\b|"
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
    rf"\b(?:nunca (?:van a ser|seran)|(?:ni|no) (?:nunca )?seran(?: nunca| jamas)?|"
    rf"jamas (?:van a ser|seran)) (?:(?:de verdad|verdaderos|autenticos) )?(?:mexicanos|"
    rf"espanoles|chilenos|argentinos|colombianos|peruanos|venezolanos|cubanos|americanos|"
    rf"estadounidenses|franceses|como nosotros|de aqui|GRP)\b"
)
