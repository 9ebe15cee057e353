"""Readings that are no threat, in the clause of the act: a figure of speech, sport, the courts,
self-defence, the state's agents, criminals as the target, a negation, grief; and `in_play` and
`in_game`, which `troll.threat` asks."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.context.sentence_bounds import sentence_end, sentence_start
from moderation.policy.rules.threat_said.acts_en import EN_MEANS
from moderation.policy.rules.threat_said.acts_es import ES_MEANS

# Readings that are no threat, in the clause of the act.
_FIGURE_EN = re.compile(
    r"\b(?:kill|murder|strangle|stab|shoot|die|fight|punch)(?: (?:a man|someone|somebody|"
    r"anyone|my (?:own )?\w+))? for (?:a|an|some|one|that|this|just one)\b|"
    r"\b(?:kill(?:s|ed|ing)? (?:it|time|me|myself|the messenger)|killing it|killed it|"
    r"(?:kill|murder|shoot|torch|burn|bury|strangle|gut|hang|nuke|blow up)\w* (?:the |a |this |"
    r"that |their |our |his |her |any |every )?(?:[\w-]+ ){0,2}(?:bill|bills|deal|vibe|mood|"
    r"show|competition|idea|momentum|lights?|engine|music|buzz|proposal|amendment|measure|"
    r"noise|chatter|drama|hype|rumou?rs?|spin|negativity|volume|tv|radio|"
    r"ordinance|plan|project|reform|budget|program|policy|initiative|motion|tax|levy|"
    r"zoning|rezoning|permit|contract|merger|debate|conversation|thread|joke|argument|fees?|"
    r"dues|tolls?|surcharges?|(?:rate )?hikes?|increases?|fines?)\b|"
    r"\bbury (?:them|him|her|it|us|you|the \w+) (?:in|with|under) (?:\w+ ){0,2}(?:comments|"
    r"paperwork|emails|e-mails|letters|calls|phone calls|complaints|votes|signatures|petitions|"
    r"lawsuits|requests|records requests|data|evidence|receipts|testimony|questions)\b|"
    r"die (?:of|from) (?:laughter|laughing|embarrassment|boredom|shame|cringe)|"
    r"(?:kill|killing|murder|murdering|destroy|destroying|crush|crushing|beat|beating|"
    r"shoot|shooting) (?:a|the|my|our|that|this|those|these|some)? ?(?:burger|pizza|beer|"
    r"sandwich|song|game|exam|test|interview|record|workout|traffic|odds|clock|deadline|"
    r"competition|market|photos?|video|film|scene|ball|shot|hoops|breeze|bill|proposal|"
    r"polls?|budget|farms?|jobs|business|economy|industry|town|city|deal|point|argument)\b)|"
    r"\bwith (?:kindness|love|laughter|kisses|facts|logic|votes|ballots)\b|"
    r"\b(?:at|in) the (?:polls|ballot box|ballot|election|midterms|primaries|primary|debate|"
    r"next election|courts?|courtroom|marketplace|market|box office)\b|"
    r"\b(?:hang(?:s|ing)? out|hang in there|hung up|blow(?:s|ing)? up (?:my|your|the) "
    r"(?:phone|inbox|feed|mentions)|burn(?:s|ed|ing)? (?:calories|fat|bridges|the midnight "
    r"oil|money|cash|daylight|rubber)|shoot(?:s|ing)? (?:me|us|him|her|them|the \w+|\w+) (?:a|an) "
    r"(?:message|email|text|dm|note|line)|punch(?:es|ed|ing)? up|"
    r"beat (?:the|this|that) (?:heat|rush|system|odds|"
    r"record|traffic|clock|deadline|virus|cancer|addiction)|take care of (?:yourself|"
    r"themselves|himself|herself|each other|your|their|the kids|my|our|the paperwork|"
    r"business|it|this|that))\b|"
    # "the host should have cut him off" (on air); "before we start hanging anybody": a rush
    # to judgement warned against, not a call to hang
    r"\bcut (?:him|her|them|me|you|us|the caller|callers) off\b|"
    r"\bbefore (?:we|you|anyone|anybody|people) (?:even )?(?:start )?(?:hang|lynch|crucify|"
    r"burn)\w* (?:anybody|anyone|somebody|someone|him|her|them|the \w+)\b"
)
_FIGURE_ES = re.compile(
    r"\b(?:me muero de|nos morimos de|se mueren de|morir de (?:risa|hambre|ganas|sed|"
    r"calor|frio|amor|pena|verguenza|envidia|aburrimiento)|muero de|me mata(?:s|n)? de|"
    r"matar (?:el tiempo|el hambre|la sed|dos pajaros|al mensajero)|mato de risa|"
    r"(?:mat|asesin|quem|enterr|revent|ahorc|sepult|fusil)\w* (?:la|esa|esta|una|el|ese|este|un|"
    r"los|las|esos|esas|estas|estos) (?:propuestas?|reformas?|ley|leyes|iniciativas?|"
    r"proyectos?|ideas?|dictamen|presupuestos?|negocios?|temas?|debates?|contratos?|"
    r"acuerdos?|planes?|plan|licitacion|concesion|tratado|votacion)|mataria por|"
    r"muerto de (?:risa|"
    r"hambre|cansancio|sueno|miedo)|morirme de|a besos|de risa|matar la (?:iniciativa|"
    r"reforma|propuesta|ley)|en las urnas|en las elecciones|en la cancha|en el ring|"
    r"en el debate|a (?:preguntas|abrazos|cosquillas|mimos)|spoilers?|en (?:audiencia|redes|las "
    r"redes|la gala|el concurso|el programa|los votos|las votaciones|el casting)|si no (?:vienes|"
    r"venis|votais|votas|me invitas|me invitais|me llamas|me llamais|me escribes)|"
    r"pegar (?:un|una|el|la|los|las) (?:cartel|carteles|anuncio|anuncios|"
    r"foto|fotos|grito|brinco|salto|vistazo|ojo)|colg\w* (?:el|la|un|una|los|las) "
    r"(?:telefono|video|foto|fotos|post|ropa|cuadro|tenis|guantes|botas)|quemar "
    r"(?:calorias|grasa|las naves|los ojos|el arroz|la comida|cartuchos|la basura|"
    r"incienso|basura|hojas)|se me quema|quemo la cena|darle (?:like|me gusta|una "
    r"oportunidad)|echar(?:le)? (?:ganas|la culpa|un ojo|un vistazo)|cazar (?:ofertas|"
    r"pokemon|talentos)|matar(?:se)? (?:trabajando|estudiando)|"
    # "cobrar" as a charge or a vote: "hay que cobrarles más impuestos", "se lo vamos a
    # cobrar en noviembre" (at the polls), not a score to settle
    r"cobrar\w* (?:mas |menos |los |las |el |la |un |una |sus )?(?:impuestos?|cuotas?|multas?|"
    r"peajes?|predial|renta|iva|tarifas?|comision(?:es)?|intereses|recargos|derechos)|"
    r"cobrar\w* (?:en (?:noviembre|junio|las urnas|la eleccion|las elecciones|las votaciones|"
    r"la boleta|los comicios)|con (?:el )?votos?))\b"
)
# "Season" and "temporada" name a contest's run, but "a season of budget cuts", "temporada de
# recortes" is only a stretch of time: a bare noun after "of"/"de" that names no sport or show.
_SEASON = (
    r"(?:season(?!\s+of\s+(?!(?:the|this|that|our|their|his|her|its|football|baseball|"
    r"basketball|hockey|soccer|racing|golf|tennis)\b)\w)|temporada(?!\s+de\s+(?!(?:la|el|los|las|"
    r"esta|este|esa|ese|su|futbol|beisbol|basquet|liga|tenis|golf)\b)\w))"
)
SPORT = re.compile(
    rf"\b(?:game|match|matchup|{_SEASON}|playoffs?|finals?|tournament|league|(?:first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|final|next|\d+(?:st|nd|rd|"
    r"th)) round|ring|"
    r"fight night|boxing|boxer|ufc|mma|knockout|ko|score|scored|goals?|points|innings?|"
    r"quarter|halftime|touchdown|rematch|team|coach|court|field|pitch|stadium|"
    r"partido|juego|liguilla|final|torneo|liga|asalto|boxeo|boxeador|"
    r"pelea|nocaut|marcador|goles?|gol|cancha|estadio|equipo|seleccion|tri|clasico|"
    r"\d+\s*(?:-|a|to)\s*\d+)\b"
)
# The harm is the courts' or the state's (a sentence, prison) or the writer's defence.
_COURTS = re.compile(
    r"\b(?:jail|prison|locked up|lock (?:him|her|them) up|behind bars|life sentence|for life|"
    r"death penalty|death row|electric chair|sentenced|convicted|trial|court|courts|judge|"
    r"jury|the law|legally|carcel|prision|tras las rejas|cadena perpetua|pena de muerte|"
    r"sentencia|juicio|juez|jueza|condena|condenado|condenados|la ley|legalmente)\b"
)
_DEFENCE = re.compile(
    r"\b(?:self[- ]defen[cs]e|defend (?:myself|my family|my home|ourselves|my kids)|"
    r"(?:breaks?|broke|breaking) into (?:my|our)|break in|breaks in|broke in|attacks? "
    r"(?:me|my|us|our)|comes? at (?:me|us)|threatens? (?:me|my|us|our)|"
    r"defensa propia|defender(?:me|nos)? a mi (?:familia|casa)|legitima defensa|"
    r"(?:se mete|se meta|se metio|entra|entre|entro) a (?:mi|nuestra) casa|me ataca|nos ataca|"
    r"me quiere (?:matar|robar)|intruders?|home invaders?|burglars?|rapists?|"
    r"(?:a|the) bear|bears|coyotes?|dogs? attack)\b"
)
# Someone other than the writer who would do it as their job or in a war: a report or a
# policy debate ("should police be allowed to shoot", "the army should bomb the cartel").
_STATE_AGENTS = re.compile(
    r"\b(?:police|cops?|officers?|troops|army|military|soldiers|marines|navy|air force|"
    r"government|the state|swat|guards|sniper|policias?|ejercito|militares|soldados|marina|"
    r"gobierno|guardia nacional|la guardia|agentes|allowed to|permitted to|authori[sz]ed|"
    r"the right to|legal to|should it be legal|permitir|permitido|autorizad[oa]s?)\b"
)
# Criminals as the target: a penal opinion, not a threat to a group ("cartel members should
# be hanged"); a call on "someone" or a vigilante "we" stays a threat to a person.
CRIMINALS = re.compile(
    r"(?:\b(?:who|that)|\b(?:los|las|el|la|aquel|aquellos|esos|esas|unos) que|\bquienes)\s+"
    r"(?:\w+\s+)?(?:shot|killed|murdered|raped|kidnapped|"
    r"stabbed|tortured|molested|abused?|trafficked|mataron|mato|asesinaron|asesino|violaron|"
    r"violo|secuestraron|secuestro|torturaron|abusaron|balearon|desaparecieron)\b|"
    r"\b(?:gang ?members?|gangbangers?|smugglers?|pandilleros?|polleros?|abusers?|"
    r"murderers?|killers?|rapists?|pedophiles?|pedos|child molesters?|molesters?|"
    r"terrorists?|shooters?|gunman|gunmen|traffickers?|cartels?|cartel members|sicarios?|"
    r"narcos?|narcotraficantes?|secuestradores?|violadores?|asesinos?|pederastas?|"
    r"feminicidas?|terroristas?|mass shooters?|school shooters?|war criminals?)\b"
)

_NEGATION = re.compile(
    r"\b(?:not|never|no|nobody|no one|noone|nothing|nunca|jamas|nadie|ningun|ninguna|ni|"
    r"don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|shouldn'?t|can'?t|cannot|mustn'?t|isn'?t|"
    r"aren'?t|stop|deja de|dejen de|dejar de|instead of|en vez de|en lugar de|rather than|"
    r"sin)\b"
)
# What a sentence says when it is grief, fear for someone or a report of harm done.
# A prayer for a family, unless a wish follows it ("pray for his family to ...").
_GRIEF = re.compile(
    r"\b(?:rest in peace|rip|descanse en paz|condolences|pesame|thoughts and prayers|"
    r"praying for|afraid (?:that|they|he|she|someone)|scared (?:that|they|someone)|worried "
    r"(?:that|they|someone)|tengo miedo de que|me da miedo que|temo que|miedo a que|"
    r"for the families|por las familias|victims?|victimas?|(?:pray(?:ers)? for (?:the|his|her|"
    r"their) famil(?:y|ies)|(?:oremos|recemos|oren|recen|oracion(?:es)?) por (?:la|las|su|sus) "
    r"familias?)\b(?![^.!?]*\b(?:to|para que|que se)\b))\b"
)


# A judge or a jury named before a fate is whom the fate befalls ("pray for that judge's family
# to die", "ojalá el juez se muera"), not the court that hands a sentence down.
_COURT_PERSON = re.compile(r"\b(?:judges?|jur(?:y|ies)|juez|jueces|juezas?|jurados?)\b")


def after_mood(text: str, lo: int, fate: int | None, hi: int) -> str:
    """The text from the mood to the clause's stop, where `guarded` reads a court's sentence;
    before a fate (its start `fate`), a judge named is the target, so is left out."""
    if fate is None:
        return text[lo:hi]
    return _COURT_PERSON.sub(" ", text[lo:fate]) + text[fate:hi]


def guarded(clause: str, right: str, lang: str, writer: bool = False) -> bool:
    """Readings of the clause that are no threat: a figure of speech, sport, self-defence, grief,
    a debate of what police may do; and, after the mood, a punishment through the courts."""
    figure = _FIGURE_ES if lang == "es" else _FIGURE_EN
    if figure.search(clause) or SPORT.search(clause) or _DEFENCE.search(clause):
        return True
    if _GAMES.search(clause):
        return True
    if _GRIEF.search(clause) or (not writer and _STATE_AGENTS.search(clause)):
        return True
    return bool(_COURTS.search(right))


DONE = re.compile(
    r"(?<!should )(?<!would )(?<!could )(?<!must )(?<!ought to )(?<!'d )(?<!'ve )"
    r"\b(?:was|were|been|being|had|has|have|fue|fueron|han sido|ha sido)\s+$"
)


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around start..end begins and ends: the marks before and after it."""
    lo = sentence_start(text, start, ".!?;\n")
    return lo, sentence_end(text, end, ".!?;\n")


def in_play(text: str, start: int, end: int, lang: str) -> bool:
    """The sentence around start..end is a figure of speech or a game ("we will beat them at
    the ballot box", "I'm going to destroy you at chess"): for the stock threat rows too."""
    lo, hi = _sentence_bounds(text, start, end)
    sentence = text[lo:hi]
    figure = _FIGURE_ES if lang == "es" else _FIGURE_EN
    return bool(figure.search(sentence) or in_game(sentence))


# A team beaten on its day: a capitalised plural name after the act ("a los Halcones el
# sábado", "the Tigers on Friday"), a match day or a game named in the sentence, and nothing
# of a real fight (where they live, the way out of the stadium, a weapon).
_TEAM = re.compile(r"\b(?:a (?:los|las)|the)\s+(\w{3,}s)\b")
# A town's or a school's team called by its name ("beat the hell out of Las Cruces on Friday",
# "beat El Paso High"): a place name opened by an article or a saint, or closed by a school.
_TOWN_TEAM = re.compile(
    r"\s*(?:(?:out of|of|over|a|to)\s+)?((?:el|la|las|los|san|santa|fort|port)\s+\w{3,}|"
    r"\w{3,}\s+(?:high|academy|prep|state|college))\b"
)
# A club's side named by its club anywhere in the sentence ("a los del América los vamos a
# matar el sábado"): the club's name, not a plural, is what is capitalised.
_CLUB_SIDE = re.compile(r"\b(?:los|las) del?\s+(\w{3,})\b")
MATCH_DAY = re.compile(
    r"\b(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|jornada|clasico|derby|kickoff|rematch|la ida|la vuelta|"
    r"de visita|de local|en casa|at home|on the road)\b"
)
_REAL_FIGHT = re.compile(
    r"\b(?:donde viven|donde vive|en su casa|a su casa|sus casas|a la salida|saliendo del|"
    r"afuera del|en el estacionamiento|where they live|their houses?|in the parking lot|"
    r"outside the stadium|after the game outside|parking lot|bats|bates)\b|"
    + ES_MEANS
    + "|"
    + EN_MEANS
)


# A side named by its country or city before the pronoun the act falls on, in the words of a
# match ("Honduras no tiene defensa. Los vamos a matar el sábado", "Playing Dallas next week,
# we are going to murder them"): played or faced, its defence or lineup named. After "contra"
# or "against" alone the name may be a person's: a game must be named in the comment too.
_NAME = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+(?:\s[A-ZÁÉÍÓÚÑ][\wáéíóúñ]+)?"
_SIDE_NAMED = re.compile(
    r"\b(?i:(?P<vs>contra|against)|vs\.?|versus|playing|play|plays|facing|face|le toca a|"
    r"nos toca|enfrentamos a|enfrentar a|alineaci[oó]n de|lineup of|defensa de|defense of)\s+"
    rf"(?:el\s|la\s|the\s)?(?P<a>{_NAME})|"
    rf"(?P<b>{_NAME})\s+(?i:no tiene|has no|doesn'?t have|does not have|tiene|has)\s+"
    r"(?i:(?:una?|the|su|their|muy|very|so|mala|bad|weak|poor|terrible|ni|any)\s+)*"
    r"(?i:defensa|defense|defence|portero|goalie|goalkeeper|delantera|ataque|offense|offence|"
    r"lineup|alineaci[oó]n|bullpen|banca|bench)\b|"
    rf"(?P<c>{_NAME})\s+(?i:juega|plays|is playing|viene a jugar|visita|visits)\b"
)
# The act falls on "them" ("los vamos a matar", "matarlos", "kill them").
_THEM = re.compile(r"\b(?:los|las|them|em)\b|\w(?:los|las)\b")


def _side_before(an: Analysis, start: int, end: int) -> bool:
    """A side named before the act start..end in a match's words (`_SIDE_NAMED`), the act
    falling on "them", and the side no people the lexicon holds, typed in the plural ("Los
    Hondureños juegan ..."); a country's name that is a group word too ("Argentina") passes."""
    text = an.norm.text
    if not _THEM.search(text, max(0, start - 12), min(len(text), end + 8)):
        return False
    before = an.norm.span(start, end)[0]
    for m in _SIDE_NAMED.finditer(an.norm.original, 0, before):
        if m.group("vs") and not (in_game(text) or SPORT.search(text)):
            continue  # "contra Ramírez": a person, unless a game is named
        g = next(g for g in "abc" if m.group(g))
        lo, hi = m.span(g)
        if not m.group(g).endswith("s") or not any(
            u.code in "GgS"
            and an.span(u.index, u.index)[0] < hi
            and an.span(u.index, u.index)[1] > lo
            for u in an.units
        ):
            return True
    return False


def team_beaten(an: Analysis, start: int, end: int) -> bool:
    """The act start..end falls on a team on its match day ("Le vamos a partir la madre a los
    Halcones el sábado"): a capitalised plural after it that names no group the lexicon
    holds, a day or a game in the sentence, no real fight; or on "them" after a side named in
    a match's words (`_side_before`)."""
    text = an.norm.text
    if _REAL_FIGHT.search(text):
        return False
    if _side_before(an, start, end):
        return True
    lo, hi = _sentence_bounds(text, start, end)
    sentence = text[lo:hi]
    if not (MATCH_DAY.search(sentence) or in_game(sentence) or SPORT.search(sentence)):
        return False
    teams = [*_TEAM.finditer(text, end, hi), *_CLUB_SIDE.finditer(text, lo, hi)]
    for m in teams:
        a, b = an.norm.span(m.start(1), m.end(1))
        if not an.norm.original[a:b][:1].isupper():
            continue  # "a los vecinos el sábado": people, not a team
        if any(u.code in "GgS" for u in an.units if u.start < m.end(1) and u.end > m.start(1)):
            continue  # "a los Migrantes": a group, whatever its capital
        return True
    town = _TOWN_TEAM.match(text, end, hi)
    if town is None or any(
        u.code in "GgS" for u in an.units if u.start < town.end(1) and u.end > town.start(1)
    ):
        return False  # "out of Los Mexicanos": a group, whatever its capitals
    a, b = an.norm.span(town.start(1), town.end(1))
    name = an.norm.original[a:b].split()
    return bool(name) and all(w[:1].isupper() for w in name)


def in_game(sentence: str) -> bool:
    """A contest or a game named in the sentence ("si te veo en el partido", "at chess"); not the
    figures of `in_play` ("at the market" is a place a warning names, not a market share)."""
    return bool(_RESULT.search(sentence) or _GAMES.search(sentence))


# A contest's result named (not its venue: "te encuentro en el estadio" stays a threat).
_RESULT = re.compile(
    rf"\b(?:game|match|{_SEASON}|playoffs?|finals?|tournament|league|score|goals?|points|"
    r"knockout|touchdowns?|partido|liguilla|torneo|liga|marcador|goles?|nocaut|"
    r"\d+\s*(?:-|a|to)\s*\d+)\b"
)


_GAMES = re.compile(
    r"\b(?:at|in) (?:chess|checkers|poker|cards|scrabble|monopoly|mario ?kart|fortnite|"
    r"call of duty|halo|video ?games?|trivia|pool|darts|ping ?pong|tennis|golf|bowling|"
    r"basketball|soccer|football|arm wrestling|dominoes|dominos|bingo|karaoke|cornhole|"
    r"horseshoes|softball|baseball|volleyball|loteria|the cook-?off|the bake-?off)\b|"
    r"\b(?:trivia|chess|poker|dominoes|bingo|karaoke|cook-?off|bake-?off|fantasy|bowling|"
    r"darts|pool) (?:title|crown|trophy|championship|belt)\b|"
    r"\ben (?:ajedrez|damas|poker|cartas|"
    r"domino|futbol|basquet|tenis|boliche|videojuegos?|el fifa|el fut|el mario ?kart|el fortnite|"
    r"el parchis|el mus|el padel|la play|la consola|la partida|el domino|la loteria|el bingo|"
    r"el karaoke|el beis|el softbol|el voli)\b"
)


def negated(text: str, lo: int, start: int) -> bool:
    """A negation in the clause from lo up to the act ("nobody deserves", "I would never",
    "no hay que")."""
    return bool(_NEGATION.search(text, lo, start))
