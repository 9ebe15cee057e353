"""`troll.threat`: the threat and flame-bait rows of `troll.tsv` and the threat reader's finds
aimed at a person; remembered on the analysis, since `hate.violence` asks first."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, remembered, rule, threat_said
from moderation.policy.rules.context import kind_manner, playful_threat, without_saying
from moderation.policy.rules.context.sentence_bounds import sentence_start
from moderation.policy.rules.history_quoted import told_as_history
from moderation.policy.rules.threat_said.relative_doer import wish_on_relative_doer_es
from moderation.policy.rules.troll.argued import argued_jab, claim_rebutted
from moderation.policy.rules.troll.banter import AFFECTION, warm_banter
from moderation.policy.rules.troll.compared import compared_with_officials
from moderation.policy.rules.troll.echo import echoed
from moderation.policy.rules.troll.jab_in_point import jab_with_point
from moderation.policy.rules.troll.kin_told import kin_told
from moderation.policy.rules.troll.literal_errand import civic_visit, workers_told
from moderation.policy.rules.troll.public import _OFFICE_TITLES, office_addressed
from moderation.policy.rules.troll.quiet import quiet_unaimed
from moderation.policy.rules.troll.sore_elsewhere import sore_elsewhere
from moderation.policy.rules.troll.threat_guards import (
    _AFFECTION,
    ACT_ROWS,
    CONCEDED,
    DISBELIEF,
    KNOW_ROWS,
    NOT_WISHED,
    SECOND,
    SHAPE_ROWS,
    STANDS_BY,
    WARNING_ROWS,
    about_office,
    advice_to_all,
    aimed,
    answers_quoted_hate,
    befalls_a_thing,
    claim_disbelieved,
    clause_bounds,
    gift_visit,
    group_named,
    hyperbole,
    lament,
    named_third,
    negated_act,
    punishes_criminals,
    said_of_writer,
    service_address,
    service_line,
    shames_hate,
    shut_up_unaimed,
    threat_quoted,
    threat_received,
    threat_reported,
    workplace_cared,
)
from moderation.policy.types import Category, Submission


def _quoted_jeer(an: Analysis, start: int, end: int) -> bool:
    """The jeer's words, several of them, all between quotes ('le gritan "regrésate a tu
    país"'): a report of what someone said. A single quoted word ('calls people "libtards"')
    and a verb of saying alone ("came here to say ...") still count as the writer's."""
    inside = [u for u in an.units if u.end > start and u.start < end]
    if not inside or not all(u.quoted for u in inside):
        return False
    # the whole quotation it stands in: 'gritaban "eres hombre, lárgate"' reports the jeer
    first, last = inside[0].index, inside[-1].index
    while (
        first > 0
        and an.units[first - 1].quoted
        and '"' not in an.norm.text[an.units[first - 1].end : an.units[first].start]
    ):
        first -= 1
    while (
        last + 1 < len(an.units)
        and an.units[last + 1].quoted
        and '"' not in an.norm.text[an.units[last].end : an.units[last + 1].start]
    ):
        last += 1
    words = sum(len(an.units[k].text.split()) for k in range(first, last + 1))
    return words >= 2


# The writer's own relative or partner right before a name and workplace: family news, not
# someone unmasked.
_OWN_KIN = re.compile(
    r"\b(?:my|mi|our|nuestr[oa])\s+(?:\w+\s+)?(?:brother|sister|mom|mother|dad|father|son|"
    r"daughter|wife|husband|cousin|uncle|aunt|niece|nephew|grandma|grandpa|partner|hermano|"
    r"hermana|mama|madre|papa|padre|hijo|hija|esposa|esposo|primo|prima|tio|tia|sobrino|"
    r"sobrina|abuela|abuelo|novio|novia|pareja)\s*$|"
    # the writer's relative's spouse: "mi hija se casó con un hondureño. Se llama Óscar, ..."
    r"\b(?:my|mi)\s+\w+\s+(?:se caso con|married|is married to|esta casad[oa] con|"
    r"se junto con|anda con|sale con|is dating)\s+(?:un|una|a|an)\s+\w+\W*$"
)


# The writer denies the jeer that follows: "I don't think the author is a fraud, I think she
# missed the point", "no digo que seas un payaso, pero ...".
_DENIED_BEFORE = re.compile(
    r"\b(?:i (?:don'?t|do not|never) (?:think|believe|say|said|mean|claim|call|called)|"
    r"i wouldn'?t (?:say|call|claim)|i'?m not (?:saying|calling|claiming)|not saying|"
    r"no (?:creo|digo|pienso|estoy diciendo|quiero decir|es que) que|nunca (?:dije|he dicho) "
    r"que)(?: that)?\s+$"
)


_PRAISE = re.compile(
    r"\b(?:great|nice|beautiful|gorgeous|awesome|amazing|sweet|clean|love|loved|congrats|"
    r"congratulations|bonit[oa]|precios[oa]|chul[oa]|felicidades|hermos[oa])\b"
)
_THINGS_SEEN = re.compile(r"^(?:i )?(?:saw|seen|spotted) (?:your|ur) (?:car|truck)\b")
_MENACE = re.compile(
    r"\b(?:shame|careful|cuidat\w*|hate (?:for|to)|would be a pity|watch|think twice|looked "
    r"(?:you|u) up|know where)\b"
)


def _admired(text: str, end: int) -> bool:
    """Praise right after a thing of the reader's that was seen ("... at the car show, great
    paint job!"), in a comment with no word of menace."""
    return bool(_PRAISE.search(text, end, end + 60)) and not _MENACE.search(text)


# The rows of an act called for on someone: a story's character may be its object.
_CALL_ROWS = ACT_ROWS | {"threat.kill_call"}


# The third-person death wishes of `threat.es` a headless relative may name the doers of.
_DEATH_WISHED = frozenset({"que se muera", "ojala se muera"})


@rule("troll.threat", Category.TROLL)
@remembered  # hate.violence reads the same comment's threats first (`_group_threatened`)
def threat(an: Analysis, sub: Submission) -> list[Hit]:
    """Threats of violence and doxxing reject; flame bait holds."""
    text = an.norm.text
    hits = []
    rows = an.lex.troll
    # One pass over the text tells which top-level alternatives of the rows can match (their
    # required strings, exact); only those, compiled on their own, are searched. Built with
    # the lexicon, sharing the spam patterns' token lookups.
    parts = an.lex.troll_parts
    for k in an.lex.troll_needles.candidates(text):
        number, rx, group = parts[k]  # the match is `group` of rx (lexicon.skipping)
        ident, action = rows[number][0], rows[number][1]
        m = rx.search(text)
        if m is None:
            continue
        before = text[max(0, m.start(group) - 40) : m.start(group)]
        if ident.startswith("dox.") and _OWN_KIN.search(before):
            continue  # "mi hermano se llama ... y trabaja en ...": the writer's own family
        if action == "hold" and _DENIED_BEFORE.search(
            text, max(0, m.start(group) - 40), m.start(group)
        ):
            continue  # "I don't think the author is a fraud, ...": the jeer denied
        if (
            ident == "dox.seen"
            and _THINGS_SEEN.match(m.group(group))
            and _admired(text, m.end(group))
        ):
            continue  # "I saw your truck at the car show, great paint job!": admiration
        if action == "hold" and _quoted_jeer(an, m.start(group), m.end(group)):
            continue  # 'le gritan "regrésate a tu país"': someone else's jeer, told
        if action == "hold" and echoed(text, m.start(group), m.end(group)):
            continue  # "touch grass? in this heat? no thanks": a jab echoed to answer it
        if action == "hold" and argued_jab(an, m.group(group), m.start(group), m.end(group)):
            continue  # "you didn't read past the headline; the author says ...": argued
        if ident == "flame.yours" and claim_rebutted(an, m.group(group), m.end(group)):
            continue  # "your argument is laughable: the state paid for the bridge": rebutted
        if action == "hold" and jab_with_point(an, m.group(group), m.start(group), m.end(group)):
            continue  # "touch grass, then come back and explain the tariff math": a point made
        if advice_to_all(
            an, sub, m.group(group), text[max(0, m.start(group) - 80) : m.start(group)]
        ):
            continue  # "some of us need to log off and touch grass": said to everyone, self too
        if (
            action == "hold"
            and "@" not in sub.text  # an @handle names someone the jeer may be for
            and said_of_writer(text, m.start(group), m.end(group))
        ):
            continue  # "then I'll shut up", "reading comprehension fail on my part"
        if shames_hate(an, m.group(group), m.start(group), m.end(group)):
            continue  # "that's an antisemitic trope and you should be ashamed": counter-speech
        if (
            action == "hold"
            and ident in SHAPE_ROWS
            and about_office(text, m.start(group), m.end(group))
        ):
            continue  # "the senator couldn't find a compromise with a map": an office-holder
        if action == "hold" and office_addressed(text, m.start(group)):
            continue  # "Senator, you are a pathetic old fool": said to an official, not a reader
        if ident == "dox.invite" and about_office(text, m.start(group), m.end(group)):
            continue  # "el teléfono del ayuntamiento es ..., llámenle": a public line
        if action == "hold" and lament(text, m.group(group), m.start(group), m.end(group)):
            continue  # "se van a ahogar más personas y a nadie le importa": indifference decried
        if (
            action == "hold"
            and ident != "flame.tldr"
            and (_AFFECTION.search(text) or AFFECTION.search(text) or warm_banter(an))
        ):
            continue  # "ya cállate, Lupita, te quiero", "ok boomer 😂 jk": banter between friends
        if action == "hold" and CONCEDED.search(
            text, max(0, m.start(group) - 60), m.end(group) + 60
        ):
            continue  # "cállate, Lupe, tenías razón": a friend conceding the point, laughing
        if action == "hold" and shut_up_unaimed(text, m.start(group), m.end(group)):
            continue  # "politicians should shut up and listen", "don't shut up about pay"
        if action == "hold" and quiet_unaimed(
            an, sub.text, m.group(group), m.start(group), m.end(group)
        ):
            continue  # "the parent shut up", "si no quieres multas, cállate en los despejes"
        if action == "hold" and ident in _KIN_ROWS and kin_told(text, m.start(group), m.end(group)):
            continue  # "mi abuela, que no terminó la primaria, sacó adelante a ocho hijos"
        if ident in _SORE_ROWS and sore_elsewhere(
            an, sub.text, m.group(group), m.start(group), m.end(group)
        ):
            continue  # "los del face bien ardidos porque cantó en español": a crowd elsewhere
        if action == "reject" and NOT_WISHED.search(
            text[max(0, m.start(group) - 30) : m.start(group)]
        ):
            continue  # "no quiero que se muera": a fear for someone, not a wish
        if (
            ident in ACT_ROWS
            and negated_act(text, m.start(group), m.end(group))
            and not _again(rx, text, m.end(group))
        ):
            continue  # "no le voy a pegar", "nunca te voy a buscar": a promise not to
        if (
            ident == "threat.es"
            and m.group(group) in _DEATH_WISHED
            and wish_on_relative_doer_es(text, m.end(group))
            and not SECOND.search(text, m.end(group))
        ):
            continue  # "ojalá se muera quien golpea a los migrantes": on wrongdoers, no reader
        if action == "reject" and kind_manner(text, m.end(group)):
            continue  # "te voy a matar a besos", "I'll kill you with kindness": affection
        if ident == "threat.kill" and hyperbole(an, m.group(group)):
            continue  # "I will end you 😂": a friend's hyperbole, with laughter
        if ident in ACT_ROWS and not group_named(an) and playful_threat(an):
            continue  # "como no ganéis os voy a matar jajaja": friends' hyperbole
        if ident in WARNING_ROWS and (
            _AFFECTION.search(text)
            or warm_banter(an)
            or playful_threat(an)
            or threat_said.in_game(text[slice(*clause_bounds(text, m.start(group), m.end(group)))])
        ):
            continue  # "sigue así y ya verás, jaja te quiero", "si te veo en el partido te parto"
        if action == "reject" and threat_quoted(an, m.start(group), m.end(group)):
            continue  # 'le escribieron "ya sabemos dónde vives": es una amenaza': rejected
        if ident in KNOW_ROWS and gift_visit(text, m.group(group), m.end(group)):
            continue  # "ya sé dónde vives, ahí te llevo tamales", "I'm bringing soup tomorrow"
        if workers_told(text, ident, m.start(group), m.end(group)):
            continue  # "the chef told the line cooks to get back in the kitchen": an order
        if civic_visit(text, ident, m.start(group), m.end(group)):
            continue  # "hay que hacerle una visita al alcalde para exigir ...": civic
        if workplace_cared(text, ident, m.group(group), m.start(group)):
            continue  # "sé que trabajas en el hospital, cuídate mucho": care, no menace
        if ident == "threat.outside" and STANDS_BY.match(text, m.end(group)):
            continue  # "say that to my face, I'll say it again": the writer's words stood by
        if action == "reject" and threat_received(an, m.start(group), m.end(group)):
            continue  # "a mi prima le comentaron 'ya sabemos dónde vives'": a threat received
        if action == "reject" and threat_reported(an, m.start(group), m.end(group)):
            continue  # "le escribió a la maestra que ya sabemos dónde vive; lo denuncié"
        if action == "reject" and told_as_history(text[sentence_start(text, m.start(group)) :]):
            continue  # "hay que colgarlos, decían los nazis, y así empezó todo": history told
        if without_saying(an, m.start(group)):
            continue  # "se puede criticar sin decir que hay que quemarla": the call refused
        if action == "hold" and answers_quoted_hate(an, sub, m.start(group), m.end(group)):
            continue  # "people calling to 'nuke' a country need to touch grass": counter-speech
        if ident in ACT_ROWS and threat_said.in_play(text, m.start(group), m.end(group), an.lang):
            continue  # "we will beat them at the ballot box", "te voy a destrozar en ajedrez"
        if ident in ACT_ROWS and threat_said.team_beaten(an, m.start(group), m.end(group)):
            continue  # "le vamos a partir la madre a los Halcones el sábado": a match
        if ident in _CALL_ROWS and threat_said.character_named(an, m.end(group)):
            continue  # "que alguien mate a Joffrey ya, la temporada está aburrida": a story
        if action == "reject" and threat_said.character_object(text, m.end(group)):
            continue  # "que maten al personaje del alcalde ya": a story's character
        if ident == "threat.veiled" and befalls_a_thing(an, m.group(group), m.end(group)):
            continue  # "sería una pena que le pasara algo al teatro viejo": regret for a place
        if ident == "threat.watch" and _HAZARD_NAMED.match(text, m.end(group)):
            continue  # "watch your back, the pothole on Fifth is back": a hazard warned of
        if ident == "dox.street" and service_address(text, m.start(group)):
            continue  # "Centro de Salud Familiar, 1208 Myrtle Ave, ... they see you": a clinic
        if ident == "dox.phone" and service_line(text, m.start(group)):
            continue  # "the free clinic ...; their number is ...": a public line
        if ident == "threat.kill_call" and punishes_criminals(an, m.start(group), m.end(group)):
            continue  # "gang members who shot those kids should be hanged": penal opinion
        if ident in _NICKNAME_ROWS and _nickname_for_office(text, m.start(group), m.end(group)):
            continue  # "Ok Karen. The county spokesperson says the water is safe, again."
        if ident == "flame.jibe" and named_third(sub.text, an, m, group):
            continue  # "Hadley couldn't find the bridge with a map": a named figure mocked
        if ident in ("flame.mind", "flame.iq_lowered") and compared_with_officials(
            text, m.group(group), m.end(group), sub.text
        ):
            continue  # "dumbest take I've read all week, and I read the county budget"
        if DISBELIEF.match(m.group(group)) and claim_disbelieved(an, sub, m, group):
            continue  # "Another 'temporary' tax. Sure, Jan.": the claim is mocked, no one
        score = 0.95 if action == "reject" else 0.6
        rid = "troll.flame_bait" if action == "hold" else "troll.threat"
        hits.append(Hit(rid, score, (an.norm.span(m.start(group), m.end(group)),), ident))
    hits += aimed(an, sub)
    if not any(h.rule == "troll.threat" for h in hits):
        hits += threat_said.hits(an, ("person", "people"), "troll.threat", 0.95, 0.75)
    if not hits:
        return []
    return [max(hits, key=lambda h: h.score)]


# Jibes about schooling or work that are also how a family's life is told.
_KIN_ROWS = frozenset({"flame.school", "flame.schooled", "flame.menial"})
_SORE_ROWS = frozenset({"flame.short", "flame.s_llora"})
# A road or weather hazard named right after "watch your back/out": a warning to neighbours.
_HAZARD_NAMED = re.compile(
    r"\W+(?:(?:the|that|this|those|these|a|our|el|la|los|las|ese|esa|el)\s+)?(?:\w+\s+)?"
    r"(?:pothole|potholes|black ice|ice|traffic|heat|mosquitoes|mosquitos|wasps|bees|"
    r"scorpions|rattlesnakes?|speed trap|speed bump|roadwork|road work|construction|flooding|"
    r"flood|dust storm|hail|bache|baches|tope|topes|trafico|calor|alacranes|mosquitos|"
    r"granizo|inundacion)\s+(?:is|are|was|were|on|at|in|by|near|esta|estan|en|de|del|sobre)\b"
)
# A spokesperson or an office as the speaker of what the comment reports: "Ok Karen" then mocks
# what the office says ("Ok Karen. The spokesperson says the water is safe, again.").
_SPEAKERS = (
    r"(?:spokes(?:person|woman|man)|press secretary|press office|vocer[oa]|portavoz|"
    + "|".join(sorted(_OFFICE_TITLES))
    + r"|gobernadora|secretari[oa]|secretary|fiscal\w*|minister\w*|ministr[oa]|president[ea]?|"
    r"council\w*|regidor\w*|diputad[oa]|department|departamento|county|city hall)"
)
_SPEECH = (
    r"(?:says|said|claims|claimed|insists|insisted|announced|assures|swears|tells us|told us|"
    r"told (?:the |a )?(?:press|reporters|[a-z]{3,5} ?\d*)|"
    r"dice|dijo|asegura|aseguro|insiste|insistio|afirma|afirmo|anuncio|jura|nos dice|nos dijo)"
)
_OFFICIAL_SAYS = re.compile(
    rf"\b{_SPEAKERS}(?:'s)?\b[^.!?,;]{{0,40}}\b{_SPEECH}\b|\b{_SPEECH}\s+(?:el|la|the|our|nuestr[oa])"
    rf"\s+(?:\w+\s+)?{_SPEAKERS}\b"
)
_NICKNAME_ROWS = frozenset({"flame.nickname", "flame.s_ok_vocative"})
_OK_NAME = re.compile(r"\b(?:ok|okay|sure|yeah)\W+\w+")


def _nickname_for_office(text: str, start: int, end: int) -> bool:
    """A mock nickname ("ok Karen", "sure, sweetie") in a comment that reports what a
    spokesperson or an office says and speaks to no one in the thread: said of the official.
    A row whose match runs from the comment's start is narrowed to its last "ok Name"."""
    names = list(_OK_NAME.finditer(text, start, end))
    if names:
        start, end = names[-1].span()
    rest = text[:start] + " " + text[end:]
    return bool(_OFFICIAL_SAYS.search(rest)) and not SECOND.search(rest)


def _again(rx: re.Pattern[str], text: str, pos: int) -> bool:
    """The same row matches again further on: "no te voy a pegar... te voy a matar"."""
    return rx.search(text, pos) is not None
