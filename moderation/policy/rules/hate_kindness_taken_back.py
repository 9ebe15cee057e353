"""Hate dressed as kindness, and harm to a people cheered after the fact
(`hate.kindness_taken_back`, hold only), English and Spanish.

1. A kind word taken back in the same breath: respect owed "from a distance" or "en su país", a
   people "welcome to go back home" / "bienvenidos a regresarse", invited or helped to leave or
   to pack their bags ("ayudémosles a hacer las maletas"), a one-way ticket as their due. The
   kindness is the sarcasm; the exit is the message. Sincere respect, welcomes and help (to
   settle in, to return "safely" or "if they want") have no exit in them and pass.
2. An attack on a people approved once done: "finally / about time / good" with someone beating
   or burning them out, "quien agreda a los X hace bien", or the attack told and then "se lo
   merecían", "ya era hora", "serves them right". An arrest or a condemnation of the attackers
   ("finally the men who beat up X were charged") is not approval and passes.

Read over the comment's words with groups masked as `GRP` (`hate_es_short.masked_words`). Every hit
only holds (`hate_es_held.held_shape`), and a negated, quoted, reported or condemned line passes
(`context.suppressed`).
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import suppressed
from moderation.policy.rules.hate_es_held import held_shape
from moderation.policy.rules.hate_es_short import masked_words, units_inside
from moderation.policy.rules.hate_shapes import group_units
from moderation.policy.types import Category

_RULE = "hate.kindness_taken_back"
_SCORE = 0.72
_TAKEN_BACK = "a kind word to a people taken back with an exit"
_CHEERED = "an attack on a people approved"

# The comment may hold one of the shapes at all (the gate: most comments hold none of these).
_GATE = re.compile(
    r"\b(?:respect|love|kindness|compassion|dignity|rights|equality|welcome|invite\w*|help\w*|assist|escort\w*|"
    r"support|tolerate|adore|accept|one[ -]way|finally|about time|at last|good|glad|great|nice|"
    r"serves|deserved|had it coming|asked for it|riddance|more of this|well done|thank god|"
    r"thankfully|hell yes|hero|medal|did right|did well|god s work|"
    r"respeto|amor|carino|dignidad|derechos|quiero|amo|apoyo|acepto|tolero|aprecio|respetamos|queremos|"
    r"aceptamos|bienvenid\w+|invitad\w+|invit\w+|ayud\w+|acompan\w+|de ida|hace bien|hizo bien|"
    r"hacen bien|hara bien|por fin|al fin|ya era hora|bien hecho|merecian|merecido|alegra|"
    r"menos mal|buscaron|ganaron|jodan|que bueno|ole|bravo|tiene razon|heroe|medalla|premio|"
    r"aplauso)\b"
)

_KIND_EN = (
    r"(?:respect|love|kindness|compassion|dignity|rights|tolerance|sympathy|support|acceptance|"
    r"equality|a chance|a warm welcome|our best wishes|the best)"
)
# How far away the kindness is meant: always an exit ("from a distance", "de lejos") ...
_FAR_EN = (
    r"(?:from (?:a (?:safe |long |good )?distance|afar|far away|the other side of the "
    r"(?:border|wall|ocean|world))|far (?:away )?from (?:here|us|me)|anywhere but here)"
)
# ... or only once the kind word has been set off by a pause or a "but" ("respect... in their own
# country"): "deserve rights in their own country" is said of people who live there.
_ELSEWHERE_EN = (
    r"(?:in their own (?:country|countries|land|lands|homeland|homelands)|back home|"
    r"back where they came from|where they came from|somewhere else|elsewhere|over there)"
)
_KIND_ES = (
    r"(?:respeto|amor|carino|compasion|dignidad|derechos|tolerancia|apoyo|empatia|"
    r"una oportunidad|lo mejor)"
)
_FAR_ES = (
    r"(?:de lejos|bien lejos|lejos de aqui|lejos de nosotros|a (?:la |una )?distancia|"
    r"fuera de aqui|del otro lado de la (?:frontera|valla|muro))"
)
_ELSEWHERE_ES = (
    r"(?:lejos|en su (?:propio |propia )?(?:pais|tierra|casa)|"
    r"en sus (?:propios |propias )?(?:paises|tierras|casas)|alla|"
    r"en otro lado|en otra parte|de donde vinieron)"
)
_SET_OFF_EN = r"(?: [.,] (?:but |just |only |yes |sure |)?| (?:but|just|only) )"
_SET_OFF_ES = r"(?: [.,] (?:pero |eso si |solo |claro |si |)?| (?:pero|eso si|solo) )"
_OWED_EN = (
    r"\bGRP (?:\w+ ){0,2}(?:deserve|deserves|should get|should have|can have|are owed|get) "
    rf"(?:all (?:the|our) |our |every |full |equal |some |much |)?{_KIND_EN}\b"
)
_OWED_ES = (
    r"\bGRP (?:\w+ ){0,2}(?:merecen|merece|se merecen|tienen derecho a) "
    rf"(?:todo (?:el|nuestro) |nuestro |mucho |todo |)?{_KIND_ES}\b"
)
# The writer's own kindness: "I love X... from a distance", "respeto a los X, pero lejos".
_FELT_EN = (
    r"\b(?:i|we) (?:\w+ )?(?:love|respect|support|welcome|tolerate|adore|accept) "
    r"(?:all |the |those |these |)*GRP\b"
)
_FELT_ES = (
    r"\b(?:respeto|quiero|amo|apoyo|acepto|tolero|aprecio|respetamos|queremos|aceptamos) "
    r"(?:a )?(?:los |las |todos los |todas las |)?GRP\b"
)
# Owed where they live and not here: "X deserve rights in their own country, not here".
_NOT_HERE_EN = (
    r"(?: [.,])? (?:and |but |just |)?(?:not|never) (?:here|in ours|ours|with us|among us|"
    r"in (?:our|this|my) (?:country|town|city|state|neighbou?rhood|land))\b"
)
_NOT_HERE_ES = (
    r"(?: [.,])? (?:y |pero |)?(?:no|nunca|jamas) (?:aqui|aca|en el nuestro|con nosotros|"
    r"en (?:nuestro|este|mi) (?:pais|barrio|pueblo|ciudad|estado))\b"
)
# Respect owed or felt, then the distance it is kept at: "X deserve respect... from a distance".
_OWED_FAR = re.compile(
    rf"(?:{_OWED_EN}|{_FELT_EN})(?:{_SET_OFF_EN}| )(?:\w+ )?{_FAR_EN}\b"
    rf"|(?:{_OWED_EN}|{_FELT_EN}){_SET_OFF_EN}(?:\w+ )?{_ELSEWHERE_EN}\b"
    rf"|(?:{_OWED_ES}|{_FELT_ES})(?:{_SET_OFF_ES}| )(?:\w+ )?{_FAR_ES}\b"
    rf"|(?:{_OWED_ES}|{_FELT_ES}){_SET_OFF_ES}(?:\w+ )?{_ELSEWHERE_ES}\b"
    rf"|(?:{_OWED_EN}|{_FELT_EN}) (?:\w+ )?{_ELSEWHERE_EN}{_NOT_HERE_EN}"
    rf"|(?:{_OWED_ES}|{_FELT_ES}) (?:\w+ )?{_ELSEWHERE_ES}{_NOT_HERE_ES}"
)
# A people "welcome" or "invited" to leave: "X are welcome to go back home".
_WELCOME_OUT = re.compile(
    r"\bGRP (?:\w+ ){0,2}(?:are|is|r) (?:more than |very |always |totally |all |most |so "
    r"|perfectly |)?(?:welcome|invited|welcomed) to (?:go|head|fly|swim|sail|move|return|run|"
    r"walk|get)(?: right)? (?:back|home|out)\b|"
    r"\bGRP (?:\w+ ){0,2}(?:are|is|r) (?:more than |very |always |totally |all |most |so "
    r"|perfectly |)?(?:welcome|invited|welcomed) to (?:leave|pack (?:their|up)|self deport|"
    r"get lost|take the next (?:boat|plane|flight|bus))\b|"
    r"\bGRP (?:\w+ ){0,2}(?:son|estan|seran|quedan) (?:muy |mas que |todos |siempre |)?"
    r"(?:bienvenid[oa]s|invitad[oa]s) a (?:regresar|regresarse|volver|volverse|irse|largarse|"
    r"marcharse|pirarse|hacer (?:las|sus) maletas|empacar|tomar el (?:proximo|primer) "
    r"(?:avion|barco|bus|vuelo))\b"
)
# A kind verb of helping or inviting ...
_KIND_VERB = re.compile(
    r"\b(?:invite|invites|inviting|help|helps|helping|assist|kindly ask|politely ask|"
    r"escort|escorting|show|walk|encourage|invitemos|invitamos|invitar|invitarlos|"
    r"invitemoslos|invitarles|ayudemosles|ayudemoslos|ayudemos|ayudarles|ayudarlos|ayudar|"
    r"acompanemos|acompanemoslos|acompanar|acompanarlos)\b"
)
# ... with a people and an exit after it in its clause: "invite all the X to leave".
_EXIT = re.compile(
    r"\b(?:to leave|leave(?= [.,]|$| now| already| for good| today| immediately| right away| "
    r"our| this country| here)|pack (?:their|up|your)\w*|go (?:back|home)|get out|self deport|"
    r"to the (?:door|exit|border|airport)|the (?:door|exit)|out of (?:the|our|this) country|"
    r"on their way (?:out|home|back)|(?:hacer|empacar|preparar) (?:las|sus) maletas|"
    r"a (?:irse|largarse|marcharse|pirarse|salir del pais)|a (?:regresar|volver)(?:se)? a su|"
    r"(?:a|hasta) la (?:frontera|puerta|salida))\b"
)
# The help is sincere: to return safely, when they wish, to visit, from a war.
_SINCERE = re.compile(
    r"\b(?:safely|safe|if they (?:want|wish|choose|like)|when(?:ever)? they|voluntarily|"
    r"to visit|the war|war zone|a salvo|si (?:quieren|lo desean|lo eligen)|cuando (?:quieran|"
    r"lo deseen)|la guerra|de visita)\b"
)
# A one-way ticket as a people's due: "X deserve a one-way ticket home".
_ONE_WAY = re.compile(
    r"\bGRP (?:\w+ ){0,2}(?:deserve|deserves|need|needs|should get|get|earned|merecen|se merecen|"
    r"necesitan) (?:a |their |un |)?(?:free |complimentary |gratis )?(?:one way tickets?|"
    r"(?:boleto|billete|pasaje|vuelo)s? (?:solo )?de ida)\b|"
    r"\b(?:give|buy|gift|offer|book|send|regalar|regalemos|regalarles|demos|darles|comprarles) "
    r"(?:all |the |those |these |a los |las |los |todos los |)*GRP (?:\w+ )?(?:a |un |)?"
    r"(?:free |)?(?:one way tickets?|(?:boleto|billete|pasaje)s? (?:solo )?de ida)\b"
)
_SAFE_TICKET = re.compile(r"^ (?:to|a la|hacia la) (?:safety|freedom|seguridad|libertad)\b")

_ATTACK_EN = (
    r"(?:beat up|beats up|beating up|beaten up|beat the (?:hell|crap|shit) out of|attacked|"
    r"assaulted|lynched|stabbed|shot|killed|burned|torched|firebombed|set fire to|bashed|"
    r"roughed up|jumped|punched|kicked|ran (?:\w+ )?out|chased|hounded|drove (?:\w+ )?out|"
    r"smashed)"
)
_ATTACK_ES = (
    r"(?:agred\w*|golpe\w*|peg(?:a|o|an|aron|ue|uen|ara|aran|arle|arles|arlos)|apale\w*|"
    r"atac\w*|mat(?:o|aron|e|en|ara|aran|ar|arlos)|quem\w*|linch\w*|apunal\w*|dispar\w*|"
    r"(?:dio|dieron|dar|darle|darles|den) (?:una |tremenda |buena )?paliza|"
    r"(?:sacaron|echaron|corrieron) a patadas)"
)
_THEM = r"(?:\w+ ){0,2}?(?:(?:a |al )?(?:los|las|unos|unas|some|the|those|these|a few|a|un|una) )?"
_APPROVE_BEFORE = (
    r"(?:finally|at last|about time|good|great|glad|so glad|nice|well done|thank god|thankfully|"
    r"hell yes|por fin|al fin|ya era hora|bien hecho|que bueno|me alegra|menos mal|ole|bravo)"
)
_APPROVE_AFTER = (
    r"(?:about time|finally|good|well done|good riddance|serves them right|they (?:had it coming|"
    r"deserved it|asked for it)|deserved it|more of this|se lo merecian|se lo tenian merecido|"
    r"se lo buscaron|se lo ganaron|ya era hora|bien hecho|por fin|que se jodan)"
)
# The approval, then the attack on a people in its clause: "Finally someone beat up the X".
_CHEERED_BEFORE = re.compile(
    rf"(?:^|(?<=[.,] )){_APPROVE_BEFORE}\b(?P<mid>[^.]{{0,50}}?)\b(?P<act>{_ATTACK_EN}|"
    rf"{_ATTACK_ES}) {_THEM}GRP\b"
)
# The attack told, then approved: "... beat up the X on our street, about time".
_CHEERED_AFTER = re.compile(
    rf"\b(?P<act>{_ATTACK_EN}|{_ATTACK_ES}) {_THEM}GRP\b[^.]{{0,60}}? [.,] (?:and |y |)?"
    rf"{_APPROVE_AFTER}\b"
)
# Whoever attacks a people does right: "quien agreda a los X hace bien".
_WHOEVER = re.compile(
    rf"\b(?:quien|quienes|el que|los que|whoever|anyone who|anybody who) (?P<act>{_ATTACK_ES}|"
    rf"{_ATTACK_EN}|beats up|attacks) {_THEM}GRP\b[^.]{{0,30}}?\b(?:hace bien|hacen bien|"
    rf"hara bien|hizo bien|tiene razon|es un heroe|merece (?:un premio|una medalla|un aplauso)|"
    rf"did (?:good|right|well)|is a hero|deserves a medal|has my respect|is doing god s work)\b"
)
# What keeps an approval off the attack: its doers arrested or named in a relative clause, or a
# negation ("good that nobody attacked X").
_NOT_CHEERED = re.compile(
    r"\b(?:arrest\w*|charged|jailed|caught|convicted|sentenced|condemn\w*|punish\w*|police|"
    r"stopped|prevented|no one|nobody|not|never|didn t|did not|who|which|detuv\w*|"
    r"conden\w*|castig\w*|juzg\w*|denunci\w*|policia|carcel|prision|nadie|no|nunca|quienes|"
    r"el que|los que|al que|a los que)\b"
)


def _clause(words: str, at: int) -> int:
    """Where the sentence holding offset `at` ends."""
    end = words.find(" . ", at)
    return len(words) if end < 0 else end


def _spans(words: str) -> list[tuple[int, int, str]]:
    """Character spans of the shapes in the masked `words`, with what each is."""
    found: list[tuple[int, int, str]] = []
    for pattern in (_OWED_FAR, _WELCOME_OUT):
        found.extend((m.start(), m.end(), _TAKEN_BACK) for m in pattern.finditer(words))
    for m in _ONE_WAY.finditer(words):
        if not _SAFE_TICKET.search(words, m.end(), m.end() + 20):
            found.append((m.start(), m.end(), _TAKEN_BACK))
    for m in _KIND_VERB.finditer(words):
        end = min(_clause(words, m.end()), m.end() + 70)
        group = words.find("GRP", m.end(), end)
        exit_ = _EXIT.search(words, m.end(), end)
        if group < 0 or exit_ is None or _SINCERE.search(words, m.end(), _clause(words, m.end())):
            continue
        found.append((m.start(), max(exit_.end(), group + 3), _TAKEN_BACK))
    for m in _CHEERED_BEFORE.finditer(words):
        if not _NOT_CHEERED.search(m.group("mid") or ""):
            found.append((m.start(), m.end(), _CHEERED))
    for pattern in (_CHEERED_AFTER, _WHOEVER):
        for m in pattern.finditer(words):
            before = words[max(0, m.start() - 14) : m.start()]
            if pattern is _CHEERED_AFTER and _NOT_CHEERED.search(before):
                continue
            found.append((m.start(), m.end(), _CHEERED))
    return found


@rule(_RULE, Category.HATE, needs=(_GATE,))
def kindness_taken_back(an: Analysis, sub) -> list[Hit]:
    """Hold a comment whose kindness to a people is an exit, or that cheers an attack on one."""
    del sub
    if an.lang not in ("en", "es") or not an.units or not _GATE.search(an.norm.text):
        return []
    groups = group_units(an)
    if not groups:
        return []
    words, offsets, index = masked_words(an, groups)
    shapes: list[tuple[int, int, str]] = []
    for a, b, what in _spans(words):
        inside = units_inside(offsets, index, a, b)
        if not inside or any(an.units[i].quoted for i in inside):
            continue
        if suppressed(an, inside[0], inside[-1]):
            continue
        shapes.append((inside[0], inside[-1], what))
    return held_shape(an, _RULE, _SCORE, shapes)
