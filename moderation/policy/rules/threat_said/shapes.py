"""The shapes a threat takes in a sentence (mood, act, target), compiled per language, and the
needle index that tells which shapes a comment may match."""

from __future__ import annotations

import re
from dataclasses import dataclass

from moderation.policy.lexicon import pattern_needles
from moderation.policy.rules.threat_said.acts_en import (
    EN_ACT,
    EN_BODY,
    EN_BODY_ACT,
    EN_DUE,
    EN_FATE,
    EN_FIRE,
    EN_WEAK,
)
from moderation.policy.rules.threat_said.acts_es import (
    ES_ACT,
    ES_ACT_FUTURE,
    ES_BLOW,
    ES_DUE,
    ES_FATE,
    ES_FIRE,
    ES_FIRE_FUTURE,
    ES_GIVE,
    ES_GIVE_FUTURE,
    ES_WEAK,
    ES_WEAK_FUTURE,
)
from moderation.policy.rules.threat_said.moods import (
    EN_CALL,
    EN_INTENT,
    EN_PROGRESSIVE,
    EN_WISH,
    ES_CALL,
    ES_CLITICS,
    ES_INTENT,
    ES_LEAD,
    ES_WISH,
    SENTENCE_START,
    WISH_SUBJECT,
)
from moderation.policy.rules.threat_said.places import EN_DUMPED, EN_DUMPED_END, ES_DUMPED


@dataclass(frozen=True, slots=True)
class Shape:
    name: str
    rx: re.Pattern
    where: str  # where the target is: "after" the act, "before" (its subject), "both"


def _compile(name: str, pattern: str, where: str) -> Shape:
    return Shape(name, re.compile(pattern), where)


# Verbs with their object between the verb and its particle: "wipe them out", "beat him up".
_EN_PARTICLE = (
    r"(?:wip(?:e|es|ed|ing)|beat(?:s|ing)?|string(?:s|ing)?|strung|rough(?:s|ed|ing)?|"
    r"finish(?:es|ed|ing)?|hunt(?:s|ed|ing)?|gun(?:s|ned|ning)?|mow(?:s|ed|ing)?|"
    r"blow(?:s|ing)?|blew|burn(?:s|ed|ing|t)?|smash(?:es|ed|ing)?|shoot(?:s|ing)?|shot|"
    r"light(?:s|ing)?|lit|run(?:s|ning)?|ran|cut(?:s|ting)?|"
    r"knock(?:s|ed|ing)?) (?:[\w']+ ){1,3}?(?:out|up|down|off|to death|to a pulp|alive|"
    r"on fire|over|senseless|bloody|black and blue|half to death|within an inch)\b"
)
# Thrown into the sea or a river to drown: "we'll drive you into the sea".
_EN_SEA = (
    r"(?:throw|throws|throwing|threw|thrown|drive|drives|driving|drove|push|pushes|pushing|"
    r"pushed|dump|dumps|dumping|dumped|toss|tosses|tossing|tossed) (?:[\w']+ ){1,3}?into the "
    r"(?:sea|ocean|river)\b"
)
_EN_PUT = (
    r"(?:put|stick|shove|drive)(?:s|ting)? (?:a|my|our|his|this|the) (?:fist|boot|foot|knife|"
    r"blade|bat|brick|bullet) (?:through|in|into|down)\b|"
    r"(?:put(?:s|ting)?|pump(?:s|ed|ing)?) (?:a bullet|bullets|a round|rounds|one|two|lead|a knife|"
    r"a blade|a hole|holes|a slug|some lead|a cap) (?:in|into|through)\b|"
    r"put(?:s|ting)? (?:[\w']+ ){1,3}?(?:in the ground|six feet under|in the hospital|in a body "
    r"bags?|in (?:a|the) (?:grave|coffin|morgue|icu)|on (?:a|the) (?:slab|rope))"
)
# A burial ordered: "put him in the ground", "put that reporter six feet under"; the ground
# floor and ground beef are no grave, and "put the bulbs in the ground" names no one (`whom`).
_EN_BURIED = (
    r"put (?:[\w']+ ){1,3}?(?:in the ground(?![ -](?:floor|level|beef|turkey|pork|rules?|"
    r"work))|six feet under|in (?:a|the|his|her|their) (?:grave|graves|coffin|body bags?))"
)
# A massacre of history held up as the thing to do again: "do to the X what they did in ...",
# "darles lo que les dieron en Europa", "hacer lo que hicieron en ... con los X".
_EN_ECHO = (
    r"do to (?:[\w']+ ){1,4}?what (?:they|he|hitler|the nazis|the germans|the hutus|the klan) "
    r"did (?:in|to|at|with)\b|do what (?:they|hitler|the nazis|the klan) did (?:to|with) "
)
_ES_ECHO = (
    r"(?:hacer(?:les|le)?|darles|darle)"
    r"(?: (?:a|con) (?:los|las|esos|esas|todos los)(?: \w+){1,3}?)?"
    r" lo (?:mismo )?que (?:les |le )?(?:hicieron|dieron|hizo|"
    r"hacian|daban) (?:en|a|con|los nazis|hitler)\b"
)
# What may stand between a mood and its act: a verb of starting ("it's time we started
# shooting them") or of getting to the target ("gonna find that reporter and beat ...").
_EN_LEAD = (
    r"(?:(?:start|started|begin|began|go|come) (?:to )?|(?:find|catch|track down|grab|get|"
    r"corner|wait for|meet|visit|go find) (?:[\w'@]+ ){0,4}?and (?:then )?)?"
)
# A firing squad: "put them against a wall", "line every one of them up against the wall",
# or "line them all up" closing its clause (`reading` takes that bare one for a group only:
# "line them up for the photo" goes on).
_EN_WALL = (
    r"(?:put|stand|line|lined|lining|stood) (?:[\w']+ ){1,5}?(?:up )?against (?:a|the) wall|"
    r"lines? (?:[\w']+ ){1,3}?up(?=\s*(?:$|[.,;!?]))"
)
_EN_ACTS = (
    rf"(?P<act>{_EN_ECHO}|{_EN_SEA}|{_EN_WALL}|{EN_DUMPED}|{_EN_PUT}|{_EN_PARTICLE}|{EN_ACT}|{EN_FIRE}|"
    rf"{EN_BODY_ACT}(?= (?:[\w']+ ){{0,4}}?{EN_BODY}\b))"
)
_EN_WEAK_ACT = (
    rf"(?P<weak>(?:teach|teaches|teaching|taught|round|rounds|rounded|run|runs|ran|take|takes|"
    rf"taking|took) (?:them|him|her|you|'?em|those|these|every|all|each)"
    rf"(?: [\w']+){{0,2}}? (?:a lesson|a thing or two|up|out of town|out)\b"
    rf"(?! (?:in|on|about|of|to|for|from|with the|and)\b)|{EN_WEAK})"
)
EN_SHAPES = (
    # "I'll break your legs", "we're gonna deal with every last one of them", "let's burn ..."
    _compile(
        "intent", rf"(?P<who>{EN_INTENT})\s+{_EN_LEAD}(?:{_EN_ACTS}|{_EN_WEAK_ACT})\b", "after"
    ),
    # "I'm burning his house down", "we're coming for you"
    _compile(
        "progressive",
        rf"(?P<who>{EN_PROGRESSIVE})\s+(?P<act>(?:burning|shooting|killing|stabbing|"
        rf"lynching|hanging|torching|gassing|bombing|beating|hunting|driving (?:straight )?"
        rf"(?:through|into)|running over)|(?P<weak>coming for|coming after|going after))\b",
        "after",
    ),
    # "someone ought to teach those X a lesson with a bat", "hay que quemar ..."
    _compile("call", rf"(?P<who>{EN_CALL})\s+{_EN_LEAD}(?:{_EN_ACTS}|{_EN_WEAK_ACT})\b", "after"),
    # "Wipe them out, all the X", "Shoot every last one of them": an imperative opening a clause
    _compile(
        "imperative",
        rf"(?:{SENTENCE_START}|[,:]\s+|\b(?:just|so|now|and|please|go|then)\s+)(?P<who>)"
        rf"(?:(?P<act>{EN_DUMPED}|{_EN_WALL}|{_EN_BURIED}|(?:(?:wipe|beat|string|burn|blow|gun|mow|hunt|finish|rough|"
        r"light|smash) (?:[\w']+ ){1,3}?(?:out|up|down|off|on fire)|"
        r"put (?:a bullet|bullets|one|lead) in|"
        r"kill|murder|shoot|stab|hang|lynch|burn|torch|bomb|nuke|"
        r"slaughter|butcher|massacre|exterminate|wipe out|string up|drown|hurt|strangle|"
        r"behead|rape|torture|whip|stone|run over|mow down|gun down|blow up|put down|bash|"
        r"hunt down|finish off|rough up|set fire to|lynch|gas|hunt))|"
        r"(?P<weak>(?:take|round|run|teach)"
        r" (?:them|him|her|you|'?em|those|these|every|all|each)(?: [\w']+){0,2}? "
        r"(?:out|up|out of town|a lesson)|deal with|get rid of))\b"
        rf"(?:{EN_DUMPED_END}|(?! (?:in|on|about|of|to|for|from|and)\b))",
        "after",
    ),
    # "hope every last one of them drowns", "I'd pay good money to see that reporter's car on
    # fire", "hope someone beats them"
    _compile(
        "wish",
        rf"(?P<who>{EN_WISH}){WISH_SUBJECT}\s+(?:(?P<fate>{EN_FATE})|{_EN_ACTS}|"
        rf"(?P<fire>on fire|in flames|burn(?:ed|t|ing)? down|(?:blown|shot) up))\b",
        "both",
    ),
    # "X deserve to be beaten", "any X who shows up deserves whatever happens to him"
    _compile(
        "due",
        rf"(?P<who>\b(?:deserves?|deserved|deserving|earned|earns?))\s+(?:(?:nothing but|only|"
        rf"all|every one of them|each|a|what)\s+)?(?P<act>{EN_DUE})"
        rf"|(?P<who2>\b(?:needs?|could use|should get|should all get|are owed|is owed))\s+"
        rf"(?P<act2>a (?:good |proper |real )?(?:beating|bullet|kicking|thrashing|lynching|"
        rf"bat to the (?:head|face|knees)|bullet (?:in|to) the (?:head|face)))\b",
        "before",
    ),
    # "X should be shot", "X need to be taught a lesson with live rounds", "deben ser ..."
    _compile(
        "passive",
        r"(?P<who>\b(?:should|shoulda|ought to|needs? to|must|have to|has to|gotta|deserves? to|"
        r"are gonna|are going to|is gonna|is going to|will|'ll|need(?:s)? to be|all need to)"
        r"(?: all| really| just| each)?(?: have)? be(?:en)?(?: all)?)\s+(?P<act>shot|killed|"
        r"murdered|lynched|hanged|hung|burned|burnt|beaten|beaten up|stabbed|gassed|"
        r"exterminated|wiped out|strung up|put down|tortured|raped|slaughtered|massacred|"
        r"bombed|nuked|run over|mowed down|gunned down|stoned|whipped|flogged|beheaded|"
        r"torched|drowned|hurt|roughed up|finished off|hunted down|burned alive|"
        r"a target|targets|fair game|shot on sight|taught (?:a lesson|their place))\b",
        "before",
    ),
    # "X are fair game", "beating X is fine", "it's ok to hit X"
    _compile(
        "norm",
        rf"(?:(?P<act>(?:killing|shooting|beating|lynching|hanging|stabbing|burning|torching|"
        rf"gassing|bombing|hitting|punching|hurting|raping|hunting|beating up)) (?:[\w']+ ){{1,4}}?"
        rf"(?P<who>is|are|was)(?: (?:totally|perfectly|completely|just|only|actually))? "
        rf"(?:fine|ok|okay|normal|justified|deserved|fair|only fair|acceptable|what they "
        rf"deserve|the answer|the only answer|the only way|the right thing|a public service|"
        rf"self[- ]defen[cs]e|fun)\b"
        rf"|(?P<who2>\b(?:it'?s|its|it is|it would be|it'd be)(?: (?:totally|perfectly|just|only))?"
        rf" (?:fine|ok|okay|normal|justified|fair|only fair|acceptable|right) to) "
        rf"(?P<act2>{EN_ACT}|hit|punch|slap)\b"
        rf"|(?P<who3>\b(?:are|is) (?:all )?(?:fair game|open season|legitimate targets?)))",
        "both",
    ),
    # "Rope for the X", "A bullet for every X", "Gas chambers for ...": the means of a killing
    # called for with no verb, opening its sentence (`reading` takes it for a group only)
    _compile(
        "verbless",
        rf"{SENTENCE_START}(?P<who>)(?P<act>(?:a |the )?(?:rope|ropes|noose|nooses|bullets?|"
        r"lead|firing squads?|the gallows|gallows|gas chambers?|ovens?)"
        r"(?: (?:and|or) (?:a )?(?:rope|ropes|bullets?|lead|nooses?))? (?:for|to))\b",
        "after",
    ),
)

# The body part a blow falls on, with its article: whose it is, the clitic before says
# (`targets.whom` reads no "los" of "romperle los huesos" as "them").
ES_BODY_PART = (
    r"\s+(?:el|la|los|las|su|sus|tu|tus)\s+(?:cuello|cara|madre|ma|piernas?|brazos?|cabeza|"
    r"craneo|hocico|jeta|boca|huesos|costillas|dientes|espalda|garganta|pescuezo|nariz|"
    r"rodillas?|manos?|ojos|tripas|corazon|lengua|unas|cuero cabelludo)"
)
# Food and beasts in the kitchen are no victim ("sáquenles los ojos a las papas", "arránquenles
# la cabeza a los camarones", "córtenle la cabeza al pescado").
_ES_KITCHEN = (
    r"(?!\s+(?:a|al)\s+(?:(?:los|las|la|el|unos|unas|esos|esas|estos|estas|sus|tus)\s+)?"
    r"(?:papas?|patatas?|camarones|camaron|langostinos?|langostas?|mariscos|cangrejos?|jaibas?|"
    r"pescados?|peces|pez|sardinas?|truchas?|mojarras?|huachinangos?|charales|pulpos?|"
    r"calamares|pollos?|gallinas?|guajolotes?|pavos?|cerdos?|puercos?|cochinos?|conejos?|"
    r"chivos?|borregos?|cebollas?|ajos?|tomates?|jitomates?|zanahorias?|chiles?|nopales?|"
    r"elotes?|pinas?|fresas?|aguacates?|hongos?|champinones|flores?|rosas?|plantas?|munecas?|"
    r"munecos?|peluches?)\b)"
)
# A blow to the body with its clitic: "romperle el cuello", "partirles la cara".
_ES_BODY = (
    r"(?:(?:romper|partir|quebrar|reventar|cortar|rebanar|volar|torcer|tronar|desbaratar|"
    r"rompan|partan|quiebren|revienten|corten|tuerzan|rompo|parto|quiebro|reviento|corto|"
    r"rompere|partire)(?:le|les|te|selo|selos)?\s+(?:el|la|los|las|su|sus|tu|tus)\s+"
    r"(?:cuello|cara|madre|ma|piernas?|brazos?|cabeza|craneo|hocico|jeta|boca|huesos|"
    r"costillas|dientes|espalda|garganta|pescuezo|nariz|rodillas?|manos?)|"
    # eyes gouged, a tongue or a heart torn out, always with the victim's pronoun ("sácale la
    # lengua" sticks one's own tongue out at him)
    r"(?:sacar|saquen|arrancar|arranquen)(?:le|les|te)\s+(?:el|la|los|las|sus|tus)\s+"
    r"(?:ojos|tripas|corazon)|(?:arrancar|arranquen)(?:le|les|te)\s+(?:el|la|los|las|su|sus|"
    r"tu|tus)\s+(?:lengua|cabeza|unas|cuero cabelludo))"
    rf"{_ES_KITCHEN}"
)
_ES_ACTS = (
    rf"(?P<act>{_ES_BODY}|{_ES_ECHO}|{ES_DUMPED}|{ES_ACT}|{ES_FIRE}|{ES_GIVE}{ES_CLITICS}\s+{ES_BLOW}|"
    rf"sacar(?:los|las|le|les)? a (?:pedradas|patadas|golpes|balazos|palos|madrazos|"
    rf"chingadazos)|agarrar(?:los|las|lo|la)? a (?:palos|pedradas|golpes|patadas|balazos|"
    rf"madrazos|chingadazos|plomazos)|"
    rf"(?:regres|devolv|devuelv)\w*? a (?:balazos|plomazos|tiros|pedradas|palos|madrazos|"
    rf"chingadazos))"
)
_ES_WEAK_ACT = rf"(?P<weak>{ES_WEAK})"
# The places a curse sends one to ("me voy a la chingada", "vamos a la fregada"): after "voy
# a" the writer goes there, and "chingada" is no act done to "la".
_ES_GONE_TO = (
    r"(?!(?:\w+\s+){1,2}?a\s+la\s+(?:chingada|rechingada|fregada|verga|mierda|porra|goma)\b)"
)
# A time or the writer's own hand before a future that opens its sentence ("Pronto os
# mataré", "Algún día quemaré ...", "Yo mismo los colgaré"): still the writer's intent.
_ES_WHEN = (
    rf"{SENTENCE_START}(?:muy pronto|pronto|algun dia|un dia de estos|tarde o temprano|"
    r"hoy mismo|manana mismo|esta (?:misma )?noche|yo mism[oa]|nosotros mismos|personalmente)"
)
ES_SHAPES = (
    _compile(
        "intent",
        rf"{_ES_GONE_TO}(?P<who>{ES_INTENT})\s*{ES_CLITICS}\s*{ES_LEAD}"
        rf"(?:{_ES_ACTS}|{_ES_WEAK_ACT})\b",
        "after",
    ),
    _compile(
        "call",
        rf"(?P<who>{ES_CALL})(?:[^.!?;]{{0,60}}?,\s*)?{ES_CLITICS}\s*"
        rf"(?:{_ES_ACTS}|{_ES_WEAK_ACT})\b",
        "after",
    ),
    # "Este viernes lo agarramos entre todos", "si no renuncia, lo sacamos a la fuerza",
    # "mañana vamos por él": the writer's plan in the present, with its time or condition
    # "Quemen vivos a los X", "Cuélguenlos a todos": a plural imperative opening a clause
    _compile(
        "imperative",
        rf"(?:{SENTENCE_START}|[,:;\u00a1!]\s*|\by\s+|\bya\s+)(?P<who>)(?P<act>(?:{_ES_BODY}|{ES_DUMPED}|{ES_ACT}|"
        rf"{ES_GIVE}{ES_CLITICS}\s+{ES_BLOW}))\b",
        "after",
    ),
    _compile(
        "plan",
        r"(?P<who>\b(?:manana|pasado manana|este (?:lunes|martes|miercoles|jueves|viernes|"
        r"sabado|domingo|fin)|esta (?:noche|semana|tarde)|hoy|ahorita|al rato|en la noche|"
        r"el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|la proxima(?: vez)?|"
        r"a la salida|saliendo)\b(?:[^.!?;]{0,40}?)|\bsi\b[^.!?;]{3,80}?(?:,\s*|\s+)"
        r"(?:(?:nosotros|yo|entonces|pues)\s+)?)(?:(?:te|lo|la|los|las|le|les|se)\s+)+"
        r"(?P<act>\w+(?:amos|emos|imos|o))\b(?P<rest>[^.!?;]{0,60})",
        "both",
    ),
    _compile(
        "plan",
        r"(?P<who>\b(?:vamos|voy|iremos|ire|venimos|vengo) (?:a )?por)\s+"
        r"(?P<weak>el|ella|ti|ustedes|usted|ellos|ellas|(?:ese|esa|esos|esas) \w+)\b",
        "after",
    ),
    # "Iremos a por vosotros", "vamos a ir a por vosotros uno a uno": the readers hunted, the
    # clause ending there ("iremos a por vosotros al aeropuerto" is a lift)
    _compile(
        "plan",
        r"(?P<who>\b(?:vamos|voy|iremos|ire|venimos|vengo|ir) a por)\s+(?P<weak>vosotros|"
        r"vosotras)(?=(?:\s+(?:uno a uno|uno por uno|a todos|todos|tambien))?\s*(?:$|[.!;,]))",
        "after",
    ),
    # "Os colgaremos", "Los mataremos a todos", "Quemaremos vuestra mezquita": the writer's
    # intent in the future tense, opening a clause
    _compile(
        "future",
        rf"(?:{SENTENCE_START}|[,:;\u00a1!]\s*|\by\s+|\bpues\s+|\bya\s+|\bluego\s+|\bentonces\s+|"
        rf"{_ES_WHEN}\s+)"
        r"(?P<who>(?:(?:a )?(?:vosotros|vosotras|ustedes|todos|todas)\s+)?"
        r"(?:(?:os|te|los|las|les|lo|la|le)\s+)*)"
        rf"(?:(?P<act>{_ES_BODY}|{ES_ACT_FUTURE}|{ES_FIRE_FUTURE}|"
        rf"{ES_GIVE_FUTURE}{ES_CLITICS}\s+{ES_BLOW})|(?P<weak>{ES_WEAK_FUTURE}))\b",
        "after",
    ),
    # "Los X morirán en mis manos", "moriréis por mi mano": a fate the writer's hand brings
    _compile(
        "by_hand",
        rf"(?P<fate>{ES_FATE}|ardereis|morireis|sangrareis)(?:\s+(?:todos|todas))?\s+"
        r"(?P<who>(?:en|a|por|entre|bajo) (?:mis|nuestras) manos|"
        r"por (?:mi|nuestra) (?:propia )?mano)\b",
        "both",
    ),
    # "Vais a arder", "Moriréis todos", "Acabaréis colgados": a fate foretold to the readers,
    # the clause ending with it ("vais a arder de envidia", "moriréis de risa" pass)
    _compile(
        "foretold",
        rf"(?:{SENTENCE_START}|[,:;\u00a1!]\s*|\by\s+|\bpues\s+|\bya\s+|\b(?:vosotros|vosotras|todos)\s+)"
        r"(?P<who>(?:os\s+)?(?:vais a\s+)?)"
        r"(?P<fate>(?:(?<=vais a )(?:arder|sangrar)|ardereis|sangrareis|"
        r"(?:(?<=vais a )(?:morir|palmar)|morireis)(?=\s+(?:todos|todas|como|uno|en el|en la))|"
        r"(?:(?<=vais a )(?:acabar|terminar)|acabareis|terminareis)\s+(?:todos\s+)?"
        r"(?:muert[oa]s|colgad[oa]s|ahorcad[oa]s|quemad[oa]s|fusilad[oa]s|en (?:una|la) "
        r"(?:cuneta|zanja|fosa|hoguera)|bajo tierra|en bolsas|en el cementerio)))"
        r"(?=\s*(?:$|[.!;,]|\.\.\.)|\s+(?:todos|todas|vivos|vivas|como (?:ratas|perros|"
        r"cerdos|cucarachas)|en el infierno|en la hoguera|uno a uno|uno por uno|malditos|"
        r"malditas|cabrones|os lo juro|os lo prometo|ya lo vereis)\b)",
        "both",
    ),
    _compile(
        "wish",
        rf"(?P<who>{ES_WISH})(?:\s+(?:a|al|a los|a las|a la|a todos los|a todas las|la|el|una|"
        rf"un|ese|esa|esos|esas|este|esta|estos|estas|aquel|aquella)(?:\s+[\w-]+){{1,4}}?)?"
        rf"{ES_CLITICS}\s+(?:(?P<fate>{ES_FATE})|{_ES_ACTS})\b",
        "both",
    ),
    # "se van a ir por las buenas o por las malas": an ultimatum, force left unnamed (holds)
    _compile(
        "ultimatum",
        r"(?P<who>\b(?:se van a ir|se van|se largan|se tienen que ir|los vamos a sacar|los "
        r"sacamos|se van a largar))\s+(?:de aqui\s+|del \w+\s+)?(?P<weak>por las buenas o "
        r"por las malas)\b",
        "before",
    ),
    # "Las X merecen una golpiza", "se merecen que les peguen", "merecen ser golpeados"
    _compile(
        "due",
        rf"(?P<who>\b(?:se )?(?:merecen|merece|merecian|merecia|merecerian|se lo (?:merecen|"
        rf"merece|buscaron|busco|ganaron|gano)|se la (?:merecen|buscaron|ganaron)|necesitan|"
        rf"ocupan))\s+(?:(?:todos|todas|cada uno|cada una)\s+)?(?P<act>{ES_DUE})",
        "before",
    ),
    # "deberían aparecer colgados", "deberían llegar en bolsas negras", "van a arder"
    _compile(
        "passive",
        rf"(?P<who>\b(?:deberian|deben|tienen que|merecen|ojala|deberia|debe|tiene que|"
        rf"(?:se )?van? a(?=\s+(?:todos\s+|todas\s+|ya\s+)?\w+(?:\s+\w+)?\s*(?:$|[.!;]|,\s*ya "
        rf"(?:veran|vas a ver|lo veran)|,\s*(?:lo|se los|te lo) (?:juro|prometo))))"
        rf"(?: (?:todos|todas|ya))?)\s+(?P<fate>{ES_FATE}|ser (?:golpead|"
        rf"asesinad|quemad|colgad|linchad|fusilad|ahorcad|violad|torturad|exterminad|apalead|"
        rf"apedread|masacrad|matad|baleead|quemad)[oa]s?)\b",
        "before",
    ),
    # "pegarles está bien", "golpear a los X es lo correcto": the act approved as normal
    _compile(
        "norm",
        rf"(?P<act>{ES_ACT}|{ES_GIVE}{ES_CLITICS}\s+{ES_BLOW})(?:\s+[\w-]+){{0,5}}?\s+"
        rf"(?P<who>(?:esta|es|seria|estaria) (?:bien|normal|justo|lo correcto|lo justo|"
        rf"merecido|necesario|lo que se merecen|lo unico que entienden|la unica (?:salida|"
        rf"solucion|respuesta))|se vale|se lo merecen|se lo buscaron|se lo ganaron)\b",
        "both",
    ),
    # "Plomo a todos los X", "Horca para los X", "Balas pa' los X": the means of a killing
    # called for with no verb, opening its sentence (`reading` takes it for a group only)
    _compile(
        "verbless",
        rf"{SENTENCE_START}(?:\u00a1\s*)?(?P<who>)(?P<act>(?:plomo|balas?|horca|paredon|hoguera|"
        r"soga|sogas|metralla|la silla electrica|camara de gas|camaras de gas)"
        r"(?: (?:parejo|directo|y (?:plomo|balas?|horca|paredon|soga|fuego)))?"
        r"\s+(?:a|para|pa|pa'))\b",
        "after",
    ),
    # "Qué bueno que mataron a esos X": a killing cheered
    _compile(
        "cheer",
        rf"(?P<who>\b(?:que bueno que|que bien que|me alegra que|me alegro de que|"
        rf"bien merecido|bien hecho|ojala fueran todos|uno menos|menos mal que))\s*"
        rf"{ES_CLITICS}\s*(?P<act>mataron|quemaron|colgaron|lincharon|balearon|golpearon|"
        rf"asesinaron|desaparecieron|acribillaron|masacraron|se murieron|murieron|se ahogaron)\b",
        "after",
    ),
)
# Which shapes may match a comment, from the strings each needs (read with the token index the
# lexicon rows share): a shape missing from the whole comment is searched in none of its
# sentences, where each search tries every position of the sentence.
SEARCHED = {
    "en": pattern_needles(tuple(shape.rx for shape in EN_SHAPES)),
    "es": pattern_needles(tuple(shape.rx for shape in ES_SHAPES)),
}


def group_or_none(m: re.Match, name: str) -> str | None:
    """The named group's text, or None when the pattern has no such group or it is unset."""
    return m.group(name) if name in m.re.groupindex else None
