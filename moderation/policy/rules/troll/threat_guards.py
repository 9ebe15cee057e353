"""What sets a threat or flame-bait match aside (`troll.threat`): disbelief, hyperbole, a
gift visit, a threat quoted or reported to condemn it, criminals punished, a thing befallen, a
service line, a lament, an office judged, advice to everyone, self-mockery, shame at hate; and
`_aimed`, the threat reader's finds aimed at a person."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, any_stopwords
from moderation.policy.normalize import fold_term, fold_text
from moderation.policy.rules import Hit
from moderation.policy.rules.context import (
    admiring_banter,
    condemned_elsewhere,
    report_frame_before,
    units_in,
)
from moderation.policy.rules.context.second_person import SECOND_PRONOUNS
from moderation.policy.rules.context.sentence_bounds import sentence_end, sentence_start
from moderation.policy.rules.profanity import addresses_reader
from moderation.policy.rules.troll.banter import warm_banter
from moderation.policy.rules.troll.letters import ASCII_WORD
from moderation.policy.rules.troll.public import _OFFICE, _PUBLIC
from moderation.policy.rules.troll.third_parties import criminal_word
from moderation.policy.rules.troll.words import (
    ADDRESSEE,
    COMMENTER_CUES,
    PERSON_ENDINGS,
    PERSON_NOUNS,
)
from moderation.policy.types import Submission

# A catchphrase of disbelief ("Sure, Jan.") held as flame bait when it is the whole reply or is
# said to someone; beside a claim or a thing the writer names, with no one addressed ("Another
# 'temporary' tax. Sure, Jan.", "Sure, Jan, migrants are stealing the jobs nobody wants."), it
# mocks the claim: sarcasm about an argument, which the policy keeps. "X, said nobody ever"
# reads the same way after a policy or a thing ("Another toll road, just what we needed, said
# nobody ever"), not after a comment or a take, which makes it a jab at whoever wrote it.
DISBELIEF = re.compile(
    r"^(?:sure,? jan|(?:said|says) (?:no one|nobody|noone) ever|dijo nadie (?:nunca|jamas))$"
)
_ABOUT_POST = re.compile(
    r"\b(?:point|take|argument|comment|logic|post|reply|analysis|punto|argumento|comentario|"
    r"logica|respuesta|analisis)s?\b"
)


def claim_disbelieved(an: Analysis, sub: Submission, m: re.Match, group: int) -> bool:
    text = an.norm.text
    if "@" in sub.text or addresses_reader(an):
        return False  # said to someone: a Spanish "ya" ("already") is no "you"
    rest = (text[: m.start(group)] + " " + text[m.end(group) :]).strip()
    return len(ASCII_WORD.findall(rest)) >= 2 and not _ABOUT_POST.search(rest)


# "End" and "destroy" said to the reader with laughter are the hyperbole of friends ("I will end
# you 😂", "we're gonna destroy you lol"); with a weapon, a place or a second threat they are not.
_HYPERBOLE_ACT = re.compile(r"\b(?:end|destroy)\s+(?:you|u|ya)\b")
_MENACE = re.compile(
    r"\b(?:gun|knife|bat|shoot|stab|kill|house|home|address|where you (?:live|work)|"
    r"find you|watch your back|for real|not joking|no joke|i mean it|seriously)\b"
)


def group_named(an: Analysis) -> bool:
    """A protected group is named in the comment: a threat beside it is never play."""
    return "G" in an.codes or "S" in an.codes


def hyperbole(an: Analysis, matched: str) -> bool:
    """A figurative act ("end", "destroy") said with laughter and nothing that menaces."""
    return (
        bool(_HYPERBOLE_ACT.search(matched))
        and admiring_banter(an)
        and not _MENACE.search(an.norm.text)
    )


# The rows that name an act of harm: a game or a figure of speech can make them no threat.
ACT_ROWS = frozenset({"threat.kill", "threat.es", "threat.lesson"})
# "I know where you live" followed by a visit with food or a gift: a neighbour's kindness.
KNOW_ROWS = frozenset({"threat.know", "dox.visit", "threat.es", "threat.es_know"})
_GIFT_VISIT = re.compile(
    r"\b(?:(?:te|les|los|las|le) (?:llevo|llevamos|llevaremos|traigo|traemos|trajimos|dejamos|"
    r"caemos con|caigo con|(?:voy|vamos) a (?:llevar|traer|dejar))|llego con|llegamos con|"
    r"vamos con|(?:i'?m|we'?re|i am|we are) (?:bringing|taking|going to (?:bring|take|drop off))|"
    r"(?:i'?ll|we'?ll|i will|we will) (?:bring|take|drop off)|(?:we|i) (?:brought|took|dropped "
    r"off|bring|take)|bringing you|dropping off)\b[^.!?]{0,30}?\b(?:tamales|"
    r"sopa|soup|pastel|cake|chelas|cervezas|beers?|regalos?|gifts?|flores|flowers|comida|food|"
    r"posadas?|pan|galletas|cookies|pozole|menudo|tortillas|tacos|pizza|casserole|cafe|coffee|"
    r"pie|tarta|dulces|candy|aguinaldos?|despensas?|viveres|groceries|ropa|clothes|cobijas|"
    r"mantas|blankets?|abrigos|coats|medicinas?|medicine|juguetes|toys|utiles|school supplies|"
    r"supplies)\b|"
    # a welcome or a hand offered: "sabemos dónde viven y vamos a darles la bienvenida"
    r"\b(?:dar(?:te|les|le)? la bienvenida|welcome (?:them|you|him|her)|"
    r"(?:ayudarles|ayudarte|help them|help you) (?:con|with) (?:la|el|los|las|the|their|your|"
    r"su|sus|tu|tus)\b)"
)
_GRIM = re.compile(
    r"\b(?:tumba|funeral|entierro|velorio|grave|coffin|ataud|plomo|balas?|bullets?|bats?|palos?|"
    r"piedras|rocks|stones|gasolina|gasoline|sogas?|rope|fuego|fire|"
    r"machete|cuchillo|knife|gun|pistola|fierro|cuerno)\b"
)


# A reader's workplace told back with a well-wish ("sé que trabajas en el hospital, cuídate
# mucho", "I know you work at the clinic, stay safe"): care for a nurse or a driver, unless the
# comment also names the home, the family or a menace. One reading for `troll.threat` (here)
# and `troll.veiled_threat_person` (threat_veiled/workplace_care.py).
_WORKPLACE_ROWS = frozenset({"threat.knownplace", "threat.es_know"})
_WORKS = re.compile(r"\b(?:que trabajas|trabajas|trabaja|works?)\b")
WELL_WISH_END = re.compile(
    r"\b(?:cuidate|cuidese|cuidense|(?:stay|be|keep) safe|drive safe(?:ly)?|take care"
    r"(?: of yourself)?|be careful out there|que te vaya bien|mucha suerte|good luck)"
    r"(?:,? (?:mucho|muchisimo|porfa|por favor|please|ok|eh|amig[oa]|mij[oa]|friend|[a-z]+))?"
    r"(?: (?:out there|en la chamba|en el trabajo|on the road|en el camino|tonight|hoy))?"
    r"(?:,? (?:and thank you|and thanks|y gracias))?\W*$"
)
# "Careful" warns ("be careful", "cuidado con ..."), save in the wish "be careful out there".
WORKPLACE_MENACE = re.compile(
    r"\b(?:where|donde|vives?|live|lives|casa|house|home|address|direccion|calle|street|"
    r"familia|family|esposa|esposo|mujer|marido|wife|husband|hij[oa]s?|kids|children|mama|mom|"
    r"nos vemos|see you|ya veras|you'?ll see|accidentes?|accidents?|pena|shame|regret|"
    r"arrepent\w*|cuidado con|careful(?! out there)|watch|vigil\w*|keep (?:talking|posting|"
    r"it up)|sigue(?:s)? (?:asi|hablando|escribiendo|comentando)|a ver si|nadie olvida|noche|"
    r"night|parking|estacionamiento|sol[oa]|alone|ubicad[oa]|te tenemos|we have you|or else|"
    r"o si no|dark|oscur\w+)\b"
)


def wished_well_unmenaced(text: str, start: int = 0) -> bool:
    """The comment ends (after `start`) wishing the reader well, and names no home, family,
    night or menace anywhere."""
    return bool(WELL_WISH_END.search(text, start)) and not WORKPLACE_MENACE.search(text)


def workplace_cared(text: str, ident: str, matched: str, end: int) -> bool:
    """The row found a workplace (not a home) and the comment ends wishing the reader well,
    with no home, family or menace named anywhere in it."""
    if ident not in _WORKPLACE_ROWS or not _WORKS.search(matched):
        return False
    if "donde" in matched or "where" in matched:
        return False  # "sé dónde trabajas": knowing where, the menace itself
    return wished_well_unmenaced(text, end)


# ... or asking, as a customer, for the service the place gives: a table, an appointment, a
# discount ("sé dónde trabajas, ¿me apartas una cita?", "I know where you work, save me a table").
PATRON_ASK = re.compile(
    r"\b(?:(?:me )?(?:apartas|apartes|aparta|guardas|guardes|guarda|consigues|consigas|haces|"
    r"hagas|das|des)(?: una| un)? (?:cita|mesa|lugar|turno|descuento|corte|consulta)|hazme (?:un )?"
    r"descuento|(?:save|book|get|hold|give) me (?:a |an |the )?(?:table|appointment|seat|spot|"
    r"discount|haircut|booth)|hook me up with)\b"
)


def gift_visit(text: str, matched: str, end: int) -> bool:
    """Knowing where someone lives or works, then bringing them food or a gift (a neighbour's
    visit: "ya sé dónde vives, ahí te llevo tamales") or asking for a table or an appointment
    there (a customer), unless a grave or a weapon comes too."""
    if "donde" not in matched and "where" not in matched:
        return False
    after = text[end : end + 100]
    friendly = _GIFT_VISIT.search(after) or PATRON_ASK.search(after)
    return bool(friendly) and not _GRIM.search(after)


# Warnings to a reader who keeps posting or will be met ("sigue así y ya verás", "si te veo en la
# feria te parto la madre"): friends say them too, in play, with laughter or with love.
WARNING_ROWS = frozenset({"threat.persist", "threat.met", "threat.small", "threat.regret"})
# What a quoted threat is called when the writer rejects it: a threat, a crime, reported.
_THREAT_NAMED = re.compile(
    r"\b(?:amenazas?|amenazar|threats?|threatening|reported|report it|reportad[oa]s?|reporte|"
    r"denunci\w*|"
    r"carcel|jail|prison|police|policia|fiscalia|delito|crime|intimidar|intimidation|"
    r"intimidacion|solidaridad|solidarity|banned|ban them|banea\w*|bloque\w+|"
    r"verguenza|shameful|disgusting|asqueroso|inaceptable|unacceptable)\b"
)


def threat_quoted(an: Analysis, start: int, end: int) -> bool:
    """The threat's words are all between quotes and the writer names them a threat, a crime
    or a thing to report, or condemns them: a threat quoted to reject it."""
    first, last = units_in(an, start, end)
    if first is None or not all(an.units[k].quoted for k in range(first, last + 1)):
        return False
    return (
        bool(_THREAT_NAMED.search(an.norm.text))
        or bool(_NO_JOKE.match(an.norm.text, an.units[last].end))
        or condemned_elsewhere(an, first, last)
    )


# Right after the quoted words, a denial that they are harmless ('"..." no es chiste', '"..."
# no es crítica, es otra cosa', "'...' isn't speech"): the writer rejects them.
_NO_JOKE = re.compile(
    r"\W*(?:no es|no son|no era|tampoco es|isn'?t|is not|wasn'?t|was not|aren'?t|are not)\s+"
    r"(?:un |una |a |an |free |just |solo |ninguna )?(?:chiste|broma|critica|opinion|"
    r"libertad de expresion|joke|speech|criticism|opinion|banter)\b"
)


def threat_reported(an: Analysis, start: int, end: int) -> bool:
    """The threat is what someone else said or wrote, told after a verb of saying ("le
    escribió a la maestra que ...", "someone wrote to her that ..."), and the writer names it
    a threat, a crime or a thing to report, or condemns it: a victim's or witness's report."""
    first, last = units_in(an, start, end)
    if first is None or not report_frame_before(an, first):
        return False
    text = an.norm.text
    if _WRITER_WARNS.search(text, 0, start):
        return False  # "te lo digo: ...", "I'm telling you ...": the writer's own warning
    left, right = clause_bounds(text, start, end)
    told = _TOLD_TO.search(text, left, start) or ADDRESSEE.search(text, left, start)
    if _YOU_WORD.search(text, start, right) and not told:
        return False  # "mi primo dice que ya sabemos dónde vives": passed on to the reader
    # the verdict comes after the threat is told, never inside it ("ni la policía te salva")
    return bool(_THREAT_NAMED.search(text, end)) or any(
        k > last and not _negated_condemn(an, k) for k in an.by_class.get("condemn", ())
    )


# The writer offering to repeat their own words right after "say that to my face" ("...,
# I'll say it again", "..., te lo repito"): standing by an opinion, no fight offered.
STANDS_BY = re.compile(
    r"\W*(?:and |y )?(?:(?:i'?ll|i will|i'?d|i would|i can) (?:say|repeat) (?:it|that|them)"
    r"(?: again| to anyone| anywhere| any day)?|(?:yo )?(?:te |se )?lo (?:repito|vuelvo a "
    r"decir|sostengo|digo otra vez))\b"
)
# Whom the words told were said to, named before them ("le escribió a la maestra", "me
# gritó", "wrote to her"), or a second person who said them ("you said ..."): the "you" of the
# words is not the reader. (This was the intent of an older regex that a later one of the same
# name shadowed, so only the second-person half was ever read.)
_TOLD_TO = re.compile(
    r"\b(?:le|les|me|nos) \w+|\b(?:told|wrote to|yelled at|said to|texted|messaged|sent|"
    r"emailed|shouted at|screamed at) (?:me|him|her|us|them|my|the|a|an|his|our)\b"
)
# The reader as the words' target: a pronoun of the second person ("ya" is no "you" here).
_YOU_WORD = re.compile(rf"\b(?:{SECOND_PRONOUNS}|vos)\b")
# The writer warning or swearing to the reader in the first person before the words told.
_WRITER_WARNS = re.compile(
    r"\b(?:(?:te|se|les|os) (?:lo )?(?:digo|dije|juro|aviso|advierto|repito)|yo (?:digo|dije)|"
    r"i(?:'m| am)? (?:telling|tell|told|warn|warned|warning|swear|promise)(?: you| ya)?)\b"
)


def _negated_condemn(an: Analysis, k: int) -> bool:
    u = an.units[k - 1] if k else None
    return u is not None and u.sentence == an.units[k].sentence and u.code == "N"


# What quoted words must hold to be hate or violence answered: a dehumanising word, a call to
# violence or a slur.
_HATEFUL_CODES = frozenset({"D", "V", "K", "S"})


def answers_quoted_hate(an: Analysis, sub: Submission, start: int, end: int) -> bool:
    """A jab at the thread at large ("Reading comprehension, folks", "people calling to 'nuke'
    a country need to touch grass") in a comment that quotes someone's hateful or violent
    words after a verb of saying: it answers that speech. No @handle, insult or second person
    in the comment: a reader singled out is still jeered at."""
    if "@" in sub.text or "INS" in an.by_class:
        return False
    if SECOND.search(an.norm.text):
        return False  # "you quoted ... Reading comprehension, folks": a reader is answered
    units = an.units
    for u in units:
        if not (u.quoted and u.code in _HATEFUL_CODES) or start <= u.start < end:
            continue
        if any(x.code == "r" for x in units[: u.index] if x.sentence == u.sentence):
            return True
    return False


def clause_bounds(text: str, start: int, end: int, stops: str = ".!?;\n") -> tuple[int, int]:
    """Where the stretch of text around start..end begins and ends: just past the nearest stop
    character before it, and at the nearest one after it (or the text's end)."""
    left = sentence_start(text, start, stops)
    return left, sentence_end(text, end, stops)


# People named by a violent crime they did, in a relative clause: "the men who shot those
# kids", "los que mataron a la familia". Killing and shooting need people as their object
# ("who killed the bill" is politics); murder, rape and kidnapping are of people by definition.
_CRIME_CLAUSE = re.compile(
    r"\b(?:who|that|que|quienes)\s+(?:(?:murdered|raped|kidnapped|molested|trafficked|"
    r"asesinaron|asesino|violaron|violo|secuestraron|secuestro|desaparecieron|abusaron)\b"
    r"|(?:shot|killed|stabbed|tortured|massacred|beat|mataron|mato|balearon|acribillaron|"
    r"torturaron|masacraron|golpearon)\s+(?:\w+\s+){0,3}?(?:kids|children|child|people|"
    r"women|woman|girls?|boys?|men|man|family|families|officers?|students|teens|babies|baby|"
    r"ninos|ninas|nino|nina|personas|mujeres|mujer|familia|jovenes|estudiantes|policias|"
    r"hombres?|bebes?|chavos|chavas|muchachos|muchachas)\b)"
)
_VIGILANTE = ("someone", "somebody", "alguien")


def punishes_criminals(an: Analysis, start: int, end: int) -> bool:
    """A sentence that asks the gallows or the firing squad for people named as criminals
    ("cartel members should be hanged", "the gang members who shot those kids should be
    hanged", "deberían colgarlos a los secuestradores"): opinion on punishment, like the death
    penalty debate, about no commenter and no protected group. A call on "someone" to do it
    keeps its threat; so does any second person, group name or swear word in the sentence."""
    text = an.norm.text
    if text[start:end].startswith(_VIGILANTE):
        return False
    left, right = clause_bounds(text, start, end)
    sentence = text[left:right]
    if SECOND.search(sentence) or any(w in sentence for w in _VIGILANTE):
        return False
    same = [u for u in an.units if u.start >= left and u.end <= right]
    if any(u.code in ("G", "g", "S") or u.has("PROF") for u in same):
        return False
    return any(criminal_word(u, same) for u in same) or bool(_CRIME_CLAUSE.search(sentence))


# What "something happening" befalls in a veiled threat ("sería una pena que le pasara algo a
# ..."): an article and its noun, or a possessive, or a bare name or pronoun.
_BEFALLS = re.compile(
    r"\s+a(?:l|\s+(?P<det>la|los|las|este|esta|estos|estas|ese|esa|esos|esas|aquel|aquella|"
    r"tu|tus|su|sus|vuestro|vuestra|vuestros|vuestras|mi|mis|nuestro|nuestra|nuestros|nuestras))?"
    r"\s+(?:(?:viej[oa]s?|pobres?|querid[oa]s?|famos[oa]s?|antigu[oa]s?|bonit[oa]s?)\s+)?"
    r"(?P<noun>\w+)"
)
_THEIR = frozenset({"tu", "tus", "su", "sus", "vuestro", "vuestra", "vuestros", "vuestras"})
# Family and home, the other things a veiled threat names ("a tu familia", "a la casa de ...").
_KIN_AND_HOME = frozenset(
    {"familia", "familiares", "hijo", "hijos", "hija", "hijas", "esposa", "esposo", "mujer",
     "marido", "mama", "papa", "madre", "padre", "hermano", "hermana", "hermanos", "hermanas",
     "abuela", "abuelo", "abuelos", "nieto", "nietos", "novia", "novio", "casa", "hogar",
     "gente", "chamaco", "chamacos", "ninos", "ninas", "perro", "perrito", "mascota"}
)  # fmt: skip


def befalls_a_thing(an: Analysis, matched: str, end: int) -> bool:
    """ "Sería una pena que le pasara algo al teatro viejo": what the harm befalls is named
    right after, with an article, and it is no person, group, family or home (a building, a
    tradition, a team's season): regret, not a veiled threat. The reader's own things ("a tu
    coche"), a name ("a Marta") and no target at all stay threats."""
    if not matched.startswith("seria una"):
        return False  # only the Spanish "le pasara algo" shape names its target after it
    m = _BEFALLS.match(an.norm.text, end)
    if m is None or not m.group(0).lstrip().startswith(("al ", "a ")):
        return False
    det, noun = m.group("det"), m.group("noun")
    if det in _THEIR or (det is None and not m.group(0).lstrip().startswith("al ")):
        return False  # "a tu familia", "a Marta", "a ella": someone
    stems = {noun, noun.removesuffix("s"), noun.removesuffix("es")}
    person = not stems.isdisjoint(PERSON_NOUNS | _KIN_AND_HOME | _PUBLIC) or noun.endswith(
        PERSON_ENDINGS
    )
    group = any(
        u.code == "G" for u in an.units if u.start >= m.start("noun") and u.start < m.end("noun")
    )
    return not person and not group


# Plain affection for the reader in the same comment makes a jeer banter ("cállate, te
# quiero", "nadie te preguntó, pero me alegra que vayas ganando"); not in the "not reading all
# that, happy for you or sorry that happened" meme, where it is the mockery.
_AFFECTION = re.compile(
    r"\b(?:te quiero|te amo|os quiero|te adoro|love you|love ya|love u|me alegra|me alegro|"
    r"happy for you|glad for you)\b"
)
# A concession to the reader next to it makes "shut up" a laugh between friends ("shut up, you
# were right", "ya cállate y dame la razón").
CONCEDED = re.compile(
    r"\b(?:you(?: were| are|'re| re|re) right|you win|i love (?!how|it when|that|when|you)|"
    r"(?:tienes|tenias|tuviste|tiene|tenia|tuvo) (?:toda la )?razon|dame la razon|me ganaste|"
    r"(?:has|had|you have|you had) a (?:good |fair |real )?point|"
    r"(?:you(?:'re| are| re|re)|you were) not wrong|no (?:estas|estabas|esta|estaba|estan) "
    r"(?:tan |nada )?equivocad[oa]s?|no te equivocas|no se equivoca|(?:buen|tienes un) punto|"
    r"(?:good|fair) point)\b"
)
# A wish of death with a negation right before it is a fear, not a wish ("no quiero que se
# muera", "ojalá no se muera").
NOT_WISHED = re.compile(
    r"\b(?:no (?:quiero|queremos|quisiera|quisieramos|deseo|deseamos)|ojala no|"
    r"tengo miedo de|me da miedo|"
    # support or approval refused: "no apoyo que maten a ...", "nadie pide que cuelguen a ..."
    r"(?:no|nunca|jamas) (?:apoyo|apoyamos|apoyare|aplaudo|celebro|justifico|justificamos|"
    r"defiendo|pido|pedimos|propongo|aprobamos|apruebo|estoy a favor de|estamos a favor de|"
    r"estoy de acuerdo (?:con|en)|estamos de acuerdo (?:con|en))|nadie (?:pide|quiere|propone|"
    r"dice)|(?:i|we) (?:don'?t|do not|never|would never|won'?t) (?:want|support|condone|"
    r"endorse|wish|ask|approve of|call for)(?: for)?)(?: que| that)?\s*$"
)
# A threat of the writer's with "no"/"never" right before it, and no "but"/"yet" after:
# "no le voy a pegar", "nunca te voy a buscar" is a promise not to.
_NEGATED_ACT = re.compile(
    r"\b(?:no|nunca|jamas|never|not|won'?t|wouldn'?t|would never|will never)\s*$"
)
_NOT_YET = re.compile(
    r"[^!?\n]{0,60}?\b(?:pero|sino|todavia|aun|hoy|esta vez|por ahora|de momento|mas tarde|"
    r"manana|but|yet|today|this time|for now|until|hasta|instead)\b"
)


def negated_act(text: str, start: int, end: int) -> bool:
    """The act is said with a negation before it ("no le voy a pegar") and no "but", "yet" or
    "today" after it in its sentence ("no te voy a matar hoy" still threatens)."""
    return bool(_NEGATED_ACT.search(text, max(0, start - 20), start)) and not _NOT_YET.match(
        text, end
    )


_MODAL_BEFORE = re.compile(
    r"\b(?:should|must|need to|needs to|ought to|have to|has to|gotta|will|would|"
    r"deberian|deberia|tienen que|tiene que)(?: not| never|n'?t)?\s*$|"
    r"\b(?:not|never|don'?t|won'?t|no)\s*$"
)


def shut_up_unaimed(text: str, start: int, end: int) -> bool:
    """ "Shut up" after a modal or a negation, with no second person in its sentence: said
    of others or negated ("politicians should shut up and listen", "women should not shut up
    about pay"), not a reader told to be quiet."""
    if text[start:end].strip() != "shut up":
        return False
    left, right = clause_bounds(text, start, end, ".!?;:\n")
    sentence = text[left:right]
    return bool(_MODAL_BEFORE.search(text[left:start])) and not SECOND.search(sentence)


# A public service or a business named before "their number is ...": its line, no one's
# private number.
_SERVICE = re.compile(
    r"\b(?:clinic|clinica|consultorio|hospital|food bank|banco de alimentos|shelter|albergue|"
    r"office|oficina|library|biblioteca|church|iglesia|parroquia|store|shop|tienda|restaurant|"
    r"restaurante|pharmacy|farmacia|school|escuela|center|centre|centro|hotline|linea|pantry|"
    r"despensa|comedor|fonda|cocina economica|taller|bakery|panaderia|loncheria|taqueria|"
    r"garage|body shop|ferreteria|hardware store|salon|estetica|peluqueria|barberia|"
    r"barbershop|nail salon|tortilleria|carniceria|paleteria|neveria|purificadora|towing|"
    r"tow truck|gruas|auto shop|auto repair|llantera|vulcanizadora|mercado|market|"
    r"cafeteria|coffee shop|deli|daycare|guarderia|veterinaria|vet clinic|barbacoas?)\b"
)
# A number told as a place's own, in the sentence after the one that names the place
# ("El albergue ... necesita cobijas. Su teléfono es ...").
_ITS_NUMBER = re.compile(r"(?:their|its|su) ")
_PERSONAL_LINE = re.compile(
    r"(?:their|its|su) (?:\w+ )?(?:personal|celular|cel|privado|private|cell)"
)
# A person by role in the sentences read: the number is theirs ("la jueza ... sale de la oficina").
# The blog's own writers and commenters are `_WRITER_ROLE`, read with it.
_PERSON_ROLE = re.compile(
    r"\b(?:juez|jueza|regidor|regidora|alcalde|alcaldesa|diputad[oa]|senador|senadora|"
    r"maestr[oa]|profe|director|directora|gerente|senor|senora|judge|mayor|teacher|principal|"
    r"manager|councilman|councilwoman|tipo|vato|sujeto|guy|dude|la del comentario|"
    r"el del comentario|trabaja en|works at)\b"
)
# The blog's own people: a writer, a commenter or a troll of the thread. A shop's address in their
# sentence is where to find them ("the reporter who wrote this buys coffee at the deli, 1420 N
# Oregon St"); everyday role words ("el señor", "the manager") are left to a shop's sentence.
_WRITER_ROLE = re.compile(
    r"\b(?:periodista|reporter[oa]?|columnista|columnist|comentarista|commenter|troll|"
    r"author|autor|autora|blogger|bloguer[oa]|who wrote this|el que escribio|la que escribio|"
    r"el que escribe|la que escribe)\b|@\w"
)


def service_line(text: str, start: int) -> bool:
    """ "Their number" (not his or hers; Spanish "su" is anyone's) after a named service or
    business in the comment, or any number or address given in a sentence that names a
    service before it ("la clínica de la calle Oregon ... su teléfono es ...")."""
    if text[start:].startswith("their ") and _SERVICE.search(text[:start]):
        return True
    if _ITS_NUMBER.match(text, start) and not _PERSONAL_LINE.match(text, start):
        left, _ = clause_bounds(text, start, start, ".!?\n")
        before, _ = clause_bounds(text, max(0, left - 2), max(0, left - 2), ".!?\n")
        opening = text[before : min(left, before + 40)]  # the place as the sentence's subject
        sentences = text[before:start]
        if (
            _SERVICE.search(opening)
            and not _PERSONAL_PLACE.search(sentences)
            and not _PERSON_ROLE.search(sentences)
            and not _WRITER_ROLE.search(sentences)
        ):
            return True  # the place named in the sentence before: its number
    return service_address(text, start)


# A person's home or car in the same sentence makes the address someone's, not the service's
_PERSONAL_PLACE = re.compile(
    r"\b(?:his|her|their|your|tu|sus?) (?:house|home|place|apartment|car|truck|casa|depa|"
    r"departamento|carro|camioneta|troca)\b|\b(?:lives|vive|viven|live)\b"
)


def service_address(text: str, start: int) -> bool:
    """A clinic, shelter or office named in the sentence before the address or number at
    `start`, and no one's home in it: community information, not doxxing."""
    left, right = clause_bounds(text, start, start, ".!?\n")
    sentence = text[left:right]
    return (
        bool(_SERVICE.search(text[left:start]))
        and not _PERSONAL_PLACE.search(sentence)
        and not _WRITER_ROLE.search(sentence)
    )


_NAME_RUN = re.compile(r"^(?:[A-ZÁÉÍÓÚÑ][\w'’-]+\s+){1,2}$")


def named_third(raw: str, an: Analysis, m: re.Match, group: int) -> bool:
    """A jibe whose sentence opens with a capitalised name right before it ("Hadley couldn't
    find ...", "Saucedo no encuentra ..."), no second person or @handle in the comment:
    mockery of a named figure's competence, opinion, not a commenter baited."""
    if "@" in raw or COMMENTER_CUES.search(an.norm.text):
        return False
    text = an.norm.text
    start = m.start(group)
    left = max(text.rfind(c, 0, start) for c in ".!?;:\n") + 1
    if SECOND.search(text):
        return False
    s, _ = an.norm.span(left, start)
    e, _ = an.norm.span(start, start + 1)
    run = raw[s:e].strip()
    stop = any_stopwords(an.lex)
    if not _NAME_RUN.match(run + " ") or any(fold_term(w) in stop for w in run.split()):
        return False
    # each word of the run is no word the lexicons know ("Hadley", not "I've" or "Lmao")
    names = [u for u in an.units if left <= u.start < start]
    return bool(names) and all(u.code == "w" and u.entry is None for u in names)


_SECOND_VERB = re.compile(r"\b\w{2,}(?:aste|iste|abas|ias)\b")  # "escribiste", "decías"
_NOBODY_CARES = ("a nadie le importa", "nobody cares", "no one cares")


def lament(text: str, matched: str, start: int, end: int) -> bool:
    """ "Nobody cares" as the end of a clause about something else ("se van a ahogar más
    personas y a nadie le importa", "parece que a nadie le importa hasta que ..."), with no
    second person in its sentence: indifference decried, not a reader dismissed. Opening a
    sentence, or with "what you think", it is still a jeer."""
    if matched.strip() not in _NOBODY_CARES:
        return False
    left, right = clause_bounds(text, start, end, ".!?;:\n")
    before = text[left:start].strip()
    sentence = text[left:right]
    if len(before.split()) < 2 or SECOND.search(sentence) or _SECOND_VERB.search(sentence):
        return False
    return not re.match(r"^[\s,]*(?:lo que|what|about|de (?:lo que|tu|tus))\b", text[end:right])


# The general shapes of put-downs (rows of `troll.tsv`): harsh words about an office-holder
# in a sentence that speaks to no one in the thread are opinion of a public figure.
SHAPE_ROWS = frozenset({"flame.jibe", "flame.worthless", "flame.mockery", "flame.everyone",
                         "flame.concern", "flame.persist", "flame.idiom", "flame.menial",
                         "flame.school", "flame.worth", "flame.expert", "flame.imagine",
                         "flame.wrong", "flame.nothing", "flame.keep", "flame.brain",
                         "flame.champ", "flame.another", "flame.back",
                         "flame.condescend", "flame.stick_to", "flame.types_like",
                         "flame.imagine_words", "flame.jabs", "flame.tacked",
                         "flame.tacked_es", "flame.spain", "flame.brain_small",
                         "flame.imagine_paid", "flame.spell", "flame.typical2",
                         "flame.saysguy", "flame.career", "flame.never_worked",
                         "flame.age", "flame.written_off", "flame.jibes_es",
                         "flame.nothing_better", "flame.mock3", "flame.jibes_es2"})  # fmt: skip


def about_office(text: str, start: int, end: int) -> bool:
    """The match's sentence names an office (mayor, senator, county, ...) and no reader."""
    left, right = clause_bounds(text, start, end)
    sentence = text[left:right]
    return bool(_OFFICE.search(sentence)) and not SECOND.search(sentence)


_TOUCH_GRASS = re.compile(r"\btouch (?:some )?grass\b|\bsal(?:gan|ir)? a tocar pasto\b")
_ALL_OF_US_NEED = re.compile(
    r"\b(?:i|we|we all|all of us|some of us|most of us|some of (?:you|y'?all|ya'?ll|yall)|"
    r"half of us|algunos|algunas|todos|unos cuantos)\b(?:(?![.!?]).){0,30}"
    r"\b(?:need|needs|should|gotta|have to|ought to|necesitamos|necesitan|deberiamos|"
    r"deberian|tenemos que|tienen que)\b(?:(?![.!?]).){0,40}$"
)


def advice_to_all(an: Analysis, sub: Submission, matched: str, before: str) -> bool:
    """'Some of us need to log off and touch grass': advice to a crowd, the writer included
    or only some of it, with no one singled out (no @handle, no insult) is no jeer."""
    if not _TOUCH_GRASS.search(matched) or "@" in sub.text or "INS" in an.by_class:
        return False
    return bool(_ALL_OF_US_NEED.search(before))


# The writer as the subject of a resolve right before a jeer ("then I'll shut up", "mejor me
# callo"; a bare "I lose brain cells" mocks whoever caused it) or
# as its owner right after ("... fail on my part", "... de mi parte"): self-mockery.
_WRITER_BEFORE = re.compile(
    r"\b(?:i will|i would|i'll|ill|i'd|i should|i must|i gotta|i have to|i need to|let me|"
    r"me voy a|mejor me|ya me)\s+(?:(?:just|better|really|totally|now|then|go|ya|mejor)\s+)?$"
)
_WRITER_AFTER = re.compile(r"^\W*(?:\w+\W+){0,2}?(?:on my (?:own )?part|de mi parte|my bad)\b")
# "ya" is "you" only in English turns ("see ya", "ya know"); in Spanish it is "already".
SECOND = re.compile(
    r"@\w|\b(?:you|u|your|ur|y'?all|tu|tus|te|ti|usted|ustedes|eres|(?:see|thank|love|got|"
    r"told|hear|bet|catch|miss) ya|ya (?:know|think|see|got|gotta|need|want|wanna|ever|guys))\b"
)


def said_of_writer(text: str, start: int, end: int) -> bool:
    """A jeer the writer aims at themself, with no second person anywhere in its clause:
    owning a mistake or promising to be quiet is no flame bait."""
    left, right = clause_bounds(text, start, end, ".!?;:\n")
    if SECOND.search(text[left:right]):
        return False
    return bool(_WRITER_BEFORE.search(text[left:start]) or _WRITER_AFTER.match(text[end:right]))


_SHAME = ("ashamed", "verguenza")
_SCARE_QUOTED = frozenset({"you", "your", "ur", "u", "tu", "tus", "usted", "vos", "eres", "sos"})


def shames_hate(an: Analysis, matched: str, start: int, end: int) -> bool:
    """ "You should be ashamed" said to someone for hateful words the comment names as such
    ("that language is disgusting", "an antisemitic trope") defends the target: it is the
    counter-speech the policy protects, not a jeer. Needs a condemning word of its own
    outside the jeer, or someone's words quoted ("people calling him an 'animal' should be
    ashamed", "you mock my faith as a 'sky daddy'"), and no insult for the person shamed."""
    if not any(w in matched for w in _SHAME) or "INS" in an.by_class:
        return False
    if any(
        u.quoted
        and not (start <= u.start < end)
        and (u.index == 0 or an.units[u.index - 1].text not in _SCARE_QUOTED)
        for u in an.units
    ):
        return True  # someone's words, not scare quotes for the person ("you 'journalist'")
    return any(not (start <= an.units[k].start < end) for k in an.by_class.get("condemn", ()))


_HANDLE = re.compile(r"@\w")


def aimed(an: Analysis, sub: Submission) -> list[Hit]:
    """Jeers that are trolling only when the comment speaks to someone in the thread (an
    @handle or "you"): "you teach? God help them", "someone should teach @X a lesson",
    "nobody cares what a washed-up trucker thinks". Read over the folded text with its
    @handles as typed (the normaliser reads "@" as a letter)."""
    handle = "@" in sub.text and bool(_HANDLE.search(sub.text))
    if not handle and "U" not in an.codes and "usted" not in an.prefixes:
        return []
    folded = fold_text(sub.text)
    text = folded.text
    rows = an.lex.troll_aimed
    # Only the rows whose required strings the text holds (exact; the token lookups of this
    # text are already made by the spam rule) are searched, in order: the first match wins.
    needles = an.lex.aimed_needles
    for k in range(len(rows)) if needles is None else needles.candidates(text):
        ident, action, rx, group = rows[k]
        m = rx.search(text)  # the match is `group` of rx (lexicon.skipping)
        if m is not None:
            reject = action == "aimed-reject"
            if not reject and warm_banter(an):
                continue  # "dejá de llorar, boludo ... me debés un asado 😂": friends teasing
            return [
                Hit(
                    "troll.threat" if reject else "troll.flame_bait",
                    0.95 if reject else 0.6,
                    (folded.span(m.start(group), m.end(group)),),
                    ident,
                )
            ]
    return []


# A verb of receiving or being sent words right before a quoted threat ("my sister got '...'",
# "a mi prima le comentaron '...'"), or a question about what the words mean ("asked what
# '...' means"): the threat is one the writer or someone close received, told as a report.
_RECEIVED = re.compile(
    r"\b(?:(?:got|gets|getting|received|receives|receiving|recibio|recibi|recibimos|recibe|"
    r"reciben|recibieron)(?: (?:a|an|the|this|that) (?:message|comment|dm|text|note|reply))?"
    r"(?: (?:saying|que decia|que dice))?|(?P<to>le|les|me|nos|te) (?:comentaron|comento|"
    r"comentan|comenta|escribieron|escribio|escriben|escribe|mandaron|mando|mandan|manda|"
    r"dejaron|dejo|dejan|pusieron|puso|ponen|llego|llegaron|llega|llegan)|(?:asked|ask|asks|"
    r"explain|explains|means?) what|que significa)\W*$"
)
_GENERIC_WHEN = re.compile(r"\b(?:cuando|si|when|if|whenever)\b")


def threat_received(an: Analysis, start: int, end: int) -> bool:
    """The threat's words are all between quotes, right after a verb of receiving them: a
    report of a threat received. Sent to "te" it is the reader's, unless said of anyone
    ("cuando alguien te escribe '...'")."""
    first, last = units_in(an, start, end)
    if first is None or not all(an.units[k].quoted for k in range(first, last + 1)):
        return False
    while first > 0 and an.units[first - 1].quoted:
        first -= 1  # the quote opens before the matched words ("'ya sabemos ...'")
    text = an.norm.text
    left, _ = clause_bounds(text, an.units[first].start, end, ".!?;\n")
    m = _RECEIVED.search(text, left, an.units[first].start)
    if m is None:
        return False
    # sent to "te" it is passed on to the reader ("mi primo te manda '...'"), unless generic
    return m.group("to") != "te" or bool(_GENERIC_WHEN.search(text, left, m.start()))
