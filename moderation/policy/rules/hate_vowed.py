"""Threats at a group in shapes the violence rules' code patterns miss, read over a sentence's
words with every protected group noun made one `GRP` (a pronoun the analysis reads as the group
`THEY`):

- the writer going to a house of worship (or a gay bar, a migrants' shelter) to harm "them"
  or everyone there ("Mañana voy a la sinagoga a matarlos a todos", "I'm going to the mosque
  to shoot them all"): the place names the people, so no group word is needed;
- a group thrown somewhere that kills or hurts ("Voy a tirar a los X al mar", "We'll toss the
  X off a bridge"), in the writer's or a command's voice;
- the writer's getting rid of a group, with a time word before it or as a wish ("Pronto nos
  desharemos de los X", "Quiero deshacerme de los X", "one day we will be rid of X");
- every member the writer meets promised a bad end ("Cada X que se me cruce va a terminar
  muerto", "Every X I meet is going to end up in a ditch").

Others' acts in the third person ("los traficantes tiran a los migrantes al mar"), idioms
("to kill time", "matar el tiempo"), things got rid of ("los prejuicios contra los X") and a
quoted, reported, negated or condemned threat pass. Every hit holds: a moderator reads it.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import kind_manner, suppressed
from moderation.policy.rules.masked_words import grouped, shape_fits
from moderation.policy.types import Category, Submission

_SCORE = 0.74


# -- the writer going to a group's place to harm the people there --------------------------
_PLACE_ES = (
    r"(?:sinagogas?|mezquitas?|iglesias?|templos?|gurdwaras?|"
    r"(?:bar|antro|discoteca|club) (?:gay|GRP)|"
    r"marcha del orgullo|albergues?(?: de (?:migrantes|refugiados))?)"
)
_HARM_ES = (
    r"(?:matar|balear|quemar|masacrar|fusilar|acuchillar|apunalar|exterminar|reventar|linchar|"
    r"golpear|madrear|disparar|volar|degollar|ahorcar|asesinar|rociar)"
)
_VISIT_ES = re.compile(
    r"(?:^|(?<= ))(?:voy a|vamos a|me voy a|nos vamos a|ire a|iremos a|voy|vamos|ire|iremos)"
    r"(?: ir a| ir)?(?: a)? (?:la |el |esa |ese |esta |este |su |al |a la )?"
    + _PLACE_ES
    + r"(?: \S+){0,4}? (?:a|para) (?:"
    + _HARM_ES
    + r"(?:los|las|les)|"
    + _HARM_ES
    + r" a (?:todos|todas|cada uno|la gente|los fieles|GRP|los GRP|las GRP))"
    r"(?= |$)"
)
_PLACE_EN = (
    r"(?:synagogues?|mosques?|churches|church|temples?|gurdwaras?|(?:gay|GRP) (?:bar|club)|"
    r"pride (?:parade|march)|(?:migrant|refugee) shelter)"
)
_VISIT_EN = re.compile(
    r"(?:^|(?<= ))(?:i|we) (?:am |are |will |shall )?(?:going|gonna go|go|goin|heading|head|"
    r"walk|walking|drive|driving|show up|showing up)(?: down| over| in| out)? (?:to|into|at) "
    r"(?:the |that |this |their |a |every )?(?:\S+ )?" + _PLACE_EN + r"(?: \S+){0,4}? (?:to|and) "
    r"(?:kill|shoot|murder|stab|burn|gas|slaughter|massacre|blow up|butcher|beat|lynch) "
    r"(?:them|everyone|everybody|every one of them|all of them|GRP|every GRP|the (?:whole )?"
    r"(?:congregation|worshippers|people))(?= |$)"
)

# -- a group thrown somewhere that kills or hurts -------------------------------------------
_THROW_ES = (
    r"(?:(?:voy a|vamos a|hay que|habria que|deberiamos|deberian|tenemos que|quiero|"
    r"me gustaria|ojala pudiera|van a) (?:tirar|arrojar|aventar|lanzar|botar|echar)(?:los|las)?|"
    r"(?:tirare|tiraremos|arrojare|arrojaremos|aventare|aventaremos|lanzare|lanzaremos|botare|"
    r"botaremos|echare|echaremos|tiremos|arrojemos|echemos|aventemos|tiren|arrojen|echen|"
    r"avienten|lancen|boten|tirenlos|arrojenlos|echenlos|tirarlos|arrojarlos|echarlos|"
    r"aventarlos|tirarlas|echarlas))"
)
_WHERE_ES = (
    r"(?:al mar|al rio|al agua|al oceano|al fuego|a la hoguera|al horno|a los tiburones|"
    r"a los cocodrilos|a los leones|a los perros|a los lagartos|al volcan|al vacio|"
    r"a una fosa|al basurero|a la basura|por (?:la|una|el|un) (?:ventana|barranco|acantilado|"
    r"puente|borda|precipicio|azotea|balcon)|desde (?:un|el|una|la) (?:puente|edificio|azotea|"
    r"avion|helicoptero))"
)
_THROWN_ES = re.compile(
    r"(?:^|(?<= ))(?:los |las )?" + _THROW_ES + r" (?:a )?(?:todos |todas )?(?:a )?"
    r"(?:los |las |esos |esas |estos |estas )?(?:GRP|THEY)(?: \S+){0,2}? "
    + _WHERE_ES
    + r"(?= |$)|(?:^|(?<= ))(?:los|las) "
    + _THROW_ES
    + r" "
    + _WHERE_ES
    + r"(?= |$)"
)
_THROWN_EN = re.compile(
    r"(?:^(?:just |so |then |now )?|(?:^|(?<= ))(?:(?:i|we) (?:will|am going to|are going to|"
    r"gonna|would love to|want to|should|need to|have to)|let us|(?:we|you) should|someone "
    r"should|time to) (?:just )?)(?:throw|toss|push|dump|chuck|hurl|drop|feed) (?:all |every |"
    r"the |those |these )*(?:GRP|THEY|them)(?: \S+){0,2}? (?:off (?:a|the|every) (?:bridge|"
    r"cliff|roof|rooftop|building|boat|plane|helicopter|balcony)|(?:in|into) (?:the )?(?:sea|"
    r"ocean|river|lake|fire|furnace|volcano|gulf)|overboard|to the (?:sharks|alligators|gators|"
    r"crocodiles|lions|dogs|wolves))(?= |$)"
)

# -- the writer getting rid of a group, after a time word or as a wish ----------------------
_RID_ES = re.compile(
    r"(?:^|(?<= ))(?:(?:muy )?pronto|por fin|un dia|algun dia|ya|manana|al fin|finalmente|"
    r"tarde o temprano|ojala|quiero|queremos|quisiera|me gustaria|me encantaria|nos "
    r"encantaria|voy a|vamos a|tenemos que) (?:(?:muy )?pronto )?(?:nos )?(?:desharemos|"
    r"libraremos|deshagamos|libremos|deshacernos|librarnos|deshacerme|librarme|deshacerse|"
    r"desharia|libraria|desharemos pronto|libraremos pronto)(?: pronto)? de (?:todos |todas )?"
    r"(?:los |las |esos |esas |estos |estas )?(?:GRP|THEY)(?= |$)"
)
_RID_EN = re.compile(
    r"(?:^|(?<= ))(?:(?:one day|some day|someday|soon|finally|at last|sooner or later) )?"
    r"(?:we|i) (?:will|shall|are going to|am going to|gonna)? ?(?:soon |finally |all )?be "
    r"(?:rid|free) of (?:all |every |the |those |these )*(?:GRP|THEY)(?= |$)"
)

# -- every member the writer meets promised a bad end ---------------------------------------
_MEETS_ES = (
    r"(?:se me (?:cruce|acerque|atraviese|ponga enfrente|ponga delante)|me (?:cruce|encuentre|"
    r"tope)|vea|encuentre|pille|agarre|se cruce en mi camino|se acerque a mi \S+|pase por mi "
    r"\S+|se meta (?:en|a) mi \S+)"
)
_END_ES = (
    r"(?:va a |van a )?(?:terminar|acabar|quedar|terminara|acabara|quedara|termina|acaba|"
    r"queda|ir a parar|ira a parar|va a parar|saldra|sale) (?:muert[oa]s?|en el hospital|"
    r"en el suelo|bajo tierra|en una zanja|colgad[oa]s?|sin dientes|en silla de ruedas|"
    r"en el cementerio|en la morgue|tres metros bajo tierra|con los pies por delante|"
    r"en una bolsa|desangrad[oa]s?|en una caja|en un ataud|tiesos?|tiesas?)"
)
_MEMBER_ES = re.compile(
    r"(?:^|(?<= ))(?:cada|todo|toda|cualquier|el proximo|la proxima)(?: \S+)? GRP(?: \S+)? "
    r"que " + _MEETS_ES + r"(?: \S+){0,4}? " + _END_ES + r"(?= |$)"
)
_MEMBER_EN = re.compile(
    r"(?:^|(?<= ))(?:every|any|each|the next)(?: single| last)? GRP(?: \S+)? (?:that |who )?"
    r"(?:i (?:see|meet|run into|find|catch|come across|get my hands on)|(?:crosses|comes "
    r"near|comes close to|walks past|steps (?:on|onto|into)) (?:me|my \S+))(?: \S+){0,4}? "
    r"(?:is going to|will|is gonna|gonna) (?:end up|wind up|be|get|leave) (?:dead|in (?:the|a) "
    r"(?:hospital|ditch|morgue|body bag|coffin|box|wheelchair)|six feet under|on the ground|"
    r"shot|stabbed|beaten|hurt|bleeding|in pieces|feet first|horizontal)(?= |$)"
)

_SHAPES = (
    (_VISIT_ES, "the writer going to a group's place to harm the people there"),
    (_VISIT_EN, "the writer going to a group's place to harm the people there"),
    (_THROWN_ES, "a group thrown somewhere that kills"),
    (_THROWN_EN, "a group thrown somewhere that kills"),
    (_RID_ES, "the writer getting rid of a group"),
    (_RID_EN, "the writer getting rid of a group"),
    (_MEMBER_ES, "every member the writer meets promised a bad end"),
    (_MEMBER_EN, "every member the writer meets promised a bad end"),
)
_SHAPE_ORDER = tuple(shape for shape, _why in _SHAPES)
_WHY = dict(_SHAPES)
_GATE = re.compile(
    r"\b(?:sinagog|mezquit|iglesi|templ|gurdwar|gay|orgullo|albergu|synagog|mosque|church|"
    r"temple|pride|shelter|tir|arroj|avent|lanz|bot|ech|throw|toss|push|dump|chuck|hurl|drop|"
    r"feed|deshar|deshag|deshac|librar|librem|libraremos|rid|free|cada|todo|toda|cualquier|"
    r"proxim|every|any|each|next)"
)
_PLACE_GATE = re.compile(r"\b(?:sinagog|mezquit|iglesi|templ|gurdwar|synagog|mosque|church|temple)")


@rule("hate.vowed", Category.HATE, needs=(_GATE,))
def vowed(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold the writer's threat at a group in the shapes above, unless suppressed."""
    del sub
    text = an.norm.text
    if not _GATE.search(text):
        return []
    named = any(u.code == "G" and not u.quoted for u in an.units)
    if not named and not _PLACE_GATE.search(text):
        return []
    for s, first, last, m in shape_fits(an, _SHAPE_ORDER, grouped):
        if _others_voice(an, an.sentences[s][0], first) or suppressed(an, first, last):
            continue
        if kind_manner(an.norm.text, an.units[last].end):
            continue  # "voy a la iglesia a matarlos de risa": a joke, no harm
        if m.re in (_MEMBER_ES, _MEMBER_EN) and _FATE_EXPLAINED.search(m.string, m.end()):
            continue  # "... will end up dead if the police keep this up": a fear
        return [Hit("hate.vowed", _SCORE, (an.span(first, last),), _WHY[m.re], cap_hold=True)]
    return []


# A fate put down to a cause or a condition after it, or to others' hands: a fear for the
# members, not the writer's promise ("... if the police keep this up", "... a manos de ...").
_FATE_EXPLAINED = re.compile(
    r"(?:^|(?<= ))(?:if|unless|because|the way|at the hands|by the|police|cops|si|porque|"
    r"por culpa|a manos|por la|policia|la migra)(?= |$)"
)

_OTHERS = frozenset({"he", "she", "they", "ella", "ellos", "ellas", "someone", "alguien"})


def _others_voice(an: Analysis, base: int, first: int) -> bool:
    """A third person opens the clause before the match ("he says he is going to ..."): told."""
    return any(an.units[k].text in _OTHERS for k in range(base, first))
