"""Acts that defame no one: with no victim, a game or a joke, the writer's own, an offence
classified or counted, or one the person stops (an arrest, a report)."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.context import laughs
from moderation.policy.rules.libel.words import CLAUSE_BREAK, QUANTITIES

# Before the act, these make the person one who fights, exposes or denies it.
_NOT_COMMITTED = frozenset(
    {"arrested", "arrests", "arresting", "caught", "catches", "busted", "busts", "raided",
     "raid", "raids", "seized", "seizes", "prosecuted", "prosecutes", "prosecuting", "jailed",
     "fined", "fired", "exposed", "exposes", "exposing", "denied", "denies", "deny", "denying",
     "stopped", "stops", "fights", "fought", "fighting", "cracked down", "cracks down",
     "detuvo", "detienen", "detuvieron", "arresto", "arrestaron", "capturo", "capturaron",
     "nego", "niega", "negaron", "niegan", "combate", "persigue", "expuso", "exhibio",
     "investigates", "investigated", "investigating", "uncovered", "blocked", "banned",
     "outlawed", "prohibio", "castigo", "sanciono", "sentencio", "condeno", "juzgo",
     "shot", "chased", "identified", "rescued", "confronted", "captured", "nabbed",
     "apprehended", "extradited", "extradito", "extraditaron", "abatio", "abatieron"}
)  # fmt: skip


_MANNER = frozenset({"in cold blood", "execution style", "execution-style"})


def stops(an: Analysis, u: Unit, crime: Unit) -> bool:
    """A verb of fighting or denying the act ("arrested", "denied") before it; not inside a
    relative clause whose person then does the act ("the agent who shot the teen was high
    on meth": a copula after the clause carries the claim)."""
    if u.text not in _NOT_COMMITTED or crime.text in _MANNER:
        return False  # "shot the kid in cold blood": the shooting is the act
    if _caught_doing(an, u, crime):
        return False  # "they caught Ramírez stealing": the one caught did it
    k = u.index - 1
    if k < 0 or an.units[k].text not in ("who", "que", "q", "quien"):
        return True
    return not any(an.units[j].code == "C" for j in range(u.index + 1, crime.index + 1))


_CAUGHT = frozenset({"caught", "catches", "busted", "saw", "seen", "watched", "filmed",
                     "recorded", "cacharon", "cacho", "agarraron", "agarro", "pillaron",
                     "pillo", "vieron", "vio", "grabaron", "grabo"})  # fmt: skip
_GERUND = re.compile(r"[a-z]{3,}(?:ing|ando|iendo)\b")


def _caught_doing(an: Analysis, u: Unit, crime: Unit) -> bool:
    """ "caught Ramírez stealing", "cacharon a Soto robando": the act in its -ing form right
    after the one caught, who is a name or "him"/"her"; the catching tells the act as fact."""
    if u.text not in _CAUGHT or not _GERUND.match(crime.text):
        return False
    between = an.units[u.index + 1 : crime.index]
    if not between or len(between) > 3:
        return False
    return all(
        v.text in ("him", "her", "a", "al", "lo", "la") or an.capitalised(v.index) for v in between
    )


# Killing and stealing, which the lexicon lists as bare verbs: a crime with a victim or
# someone's property after them, not with a performance, a plant, a bill or a recruit ("the
# author killed it", "killed nine blueberry bushes", "se robó el show", "stole three of our
# deputies" from another department).
_BARE_ACTS = frozenset({"killed", "kill", "kills", "killing", "stole", "steal", "steals",
                        "stealing", "is stealing", "robo", "roba", "robar", "roban", "robaron",
                        "robado", "robando", "robaste", "se robo", "se roba",
                        "se robaron"})  # fmt: skip
# People hired away: "stole three of our deputies", "se robaron a nuestro mejor maestro".
_PEOPLE_TAKEN = frozenset({"deputies", "officers", "players", "teachers", "nurses", "staff",
                           "workers", "employees", "coaches", "cooks", "customers", "clients",
                           "jugadores", "jugador", "maestros", "maestro", "maestras",
                           "enfermeras", "trabajadores", "empleados", "clientes", "entrenador",
                           "cocineros"})  # fmt: skip
_NO_VICTIM = _PEOPLE_TAKEN | frozenset(
    {"it", "show", "spotlight", "scene", "room", "crowd", "set", "song", "performance",
     "speech", "debate", "game", "match", "bill", "amendment", "proposal", "deal", "vibe",
     "mood", "momentum", "joke", "line", "recipe", "look", "heart", "hearts", "ball", "base",
     "bases", "plants", "plant", "bushes", "bush", "trees", "tree", "tomatoes", "garden",
     "lawn", "grass", "roses", "flowers", "battery", "buzz", "conversation", "paragraph",
     "ending", "interview", "escena", "pelicula", "atencion", "miradas", "corazon",
     "corazones", "balon", "pelota", "receta", "chiste", "frase", "ambiente", "platica",
     "plantas", "rosas", "flores", "pasto", "jardin", "espectaculo", "protagonismo",
     "aplausos", "cancion", "partido", "final", "entrevista", "parrafo"}
)  # fmt: skip
# Words between the verb and its object: determiners, possessives, numbers, "of".
_BEFORE_OBJECT = frozenset(
    {"a", "an", "the", "el", "la", "los", "las", "un", "una", "su", "sus", "our", "my",
     "your", "their", "his", "her", "nuestro", "nuestra", "nuestros", "nuestras", "mi", "mis",
     "tu", "tus", "of", "de", "del", "all", "best", "top", "whole", "entire", "todo", "toda",
     "mejor", "mejores", "that", "this", "ese", "esa", "este", "esta"}
)  # fmt: skip
_OURS = frozenset({"our", "my", "nuestro", "nuestra", "nuestros", "nuestras", "mi", "mis"})


def no_victim(an: Analysis, crime: Unit) -> bool:
    """A bare verb of killing or stealing whose object, past a few modifiers, is a thing no
    one is wronged by: "killed it", "killed the bill", "killed nine blueberry bushes", "se
    robó el show", "robar su receta"; people only when hired away from the writer's side
    ("stole three of our deputies"). A person, a preposition or the sentence's end stops."""
    if crime.text not in _BARE_ACTS:
        return False
    units = an.units
    ours = False
    for k in range(crime.index + 1, min(crime.index + 6, len(units))):
        u = units[k]
        if u.sentence != crime.sentence:
            return False
        if u.text in _NO_VICTIM:
            return u.text not in _PEOPLE_TAKEN or ours
        ours = ours or u.text in _OURS
        if u.text in _BEFORE_OBJECT or u.text.isdigit() or u.text in QUANTITIES:
            continue
        if u.entry is None and u.code == "w" and k > crime.index + 1:
            continue  # a modifier: "blueberry bushes", "closing paragraph"
        return False
    return False


# A score in the sentence ("killed Fabens 42-7", "by 30 points", "3 a 0") makes "killed" a win;
# "killed me" with laughter is a joke that landed.
_SCORE = re.compile(
    r"\b\d{1,3}\s*(?:-|–|to|a)\s*\d{1,3}\b(?!\s*(?:years?|anos|%|percent|weeks?|days?|"
    r"months?|hours?|semanas|dias|meses|horas|people|men|women|personas))|"
    r"\bby\s+\d{1,3}\s+(?:points?|runs?|goals?|touchdowns?|strokes?)\b|"
    r"\b(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|zero|one|two|three|four|five|six|seven)\s+"
    r"(?:a|to)\s+(?:cero|nada|uno|dos|tres|cuatro|zero|nothing|nil|one|two|three|four)\b|"
    r"\bpor\s+\d{1,3}\s+(?:puntos|goles|carreras)\b"
)
_GAME_ACTS = frozenset({"killed", "kills", "murdered", "destroyed", "mato", "mataron"})


def game_or_laugh(an: Analysis, crime: Unit) -> bool:
    """ "Tigres killed Rayados 3-0", "we got killed by 30 points", "the Tajín comment killed
    me 😂": a game's score or a laugh, no one harmed."""
    if crime.text.split()[0] not in _GAME_ACTS:
        return False
    rest = _SENTENCE_REST.match(an.norm.text, crime.end)
    if rest and _SCORE.search(rest.group()[:60]) and not _PEOPLE.search(rest.group()[:60]):
        return True
    after = an.norm.text[crime.start : crime.end + 40]
    if _GAME_WORDS.search(an.norm.text, _sentence_start(an, crime), crime.end + 60) and not (
        _PEOPLE.search(after) or _GAME_VICTIMS.search(after)
    ):
        return True  # "Tigres killed Rayados last night", "destroyed El Paso in the final"
    nxt = an.units[crime.index + 1] if crime.index + 1 < len(an.units) else None
    return bool(nxt and nxt.text in ("me", "us") and laughs(an))


_SENTENCE_REST = re.compile(r"[^.!?\n]*")
# A game around a win told as a killing: a team of the region or a word of sport (ours).
_GAME_WORDS = re.compile(
    r"\b(?:tigres|rayados|chivas|pumas|xolos|bravos|cowboys|spurs|astros|texans|rockets|"
    r"mavericks|mavs|dodgers|yankees|lakers|chihuahuas|sockers|locomotive|the final|la final|"
    r"semifinal|playoffs?|liguilla|el clasico|the game|el partido|the match|tournament|torneo|"
    r"season opener|home opener|scoreboard|marcador|on the court|en la cancha|at the stadium)\b"
)

# People harmed at a game are no score: "killed a fan after the match".
_GAME_VICTIMS = re.compile(
    r"\b(?:a|an|the|that|this|un|una|al|a\s+la|a\s+un|a\s+una)\s+(?:\w+\s+)?(?:fan|reporter|"
    r"ref|referee|umpire|kid|boy|girl|guy|player|aficionado|reportero|periodista|arbitro|nino|"
    r"muchacho|chavo|jugador|senor|senora)\b"
)


def _sentence_start(an: Analysis, crime: Unit) -> int:
    """Where the act's sentence starts in the normalised text."""
    k = crime.index
    while k > 0 and an.units[k - 1].sentence == crime.sentence:
        k -= 1
    return an.units[k].start


# Harm suffered: a past participle of violence after a passive auxiliary or set off by a comma
# ("Officer Whitley was killed", "Dana Whitley, killed during the chase"): the person named is
# the victim. An agent after it ("killed by ...") is someone accused, so it still counts, and
# so does a cause ("got people killed").
_SUFFERED_ACTS = frozenset({"killed", "murdered", "shot", "stabbed", "kidnapped", "assaulted",
                            "attacked", "beaten", "gunned", "wounded", "injured", "asesinado",
                            "asesinada", "asesinados", "asesinadas", "secuestrado",
                            "secuestrada", "baleado", "baleada", "extorted", "robbed",
                            "mugged", "abducted", "threatened", "extorsionado",
                            "extorsionada", "amenazado", "amenazada", "levantado",
                            "levantada", "robado", "robada", "asaltado", "asaltada",
                            "golpeado", "golpeada"})  # fmt: skip
_PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:was|were|has been|have been|had been|fue|fueron|ha sido|han sido|resulto|"
    r"resultaron)\s+"
    r"(?:(?:nearly|almost|fatally|tragically|brutally|casi)\s+)?|\b(?:got|gets)\s+|,\s*)$"
)
# An agent or a cause told after the harm: whoever did it or why is the claim.
_AGENT_OR_CAUSE = re.compile(
    r"\b(?:by|por|after|because|orders?|ordered|hands|despues|ordenes|porque)\b"
)
_APPOSITION_NEXT = re.compile(
    r"\s*(?:during|in|at|on|when|while|last|en|durante|cuando|"
    # how long: "kidnapped for three days", "extorted for years"
    r"for (?:\S+ ){0,2}(?:hours?|days?|weeks?|months?|nights?|years?)|"
    r"por (?:\S+ ){0,2}(?:horas|dias|semanas|meses|noches|anos))\b"
)
# Agents that name no one ("by the cartel", "por hombres armados"): the one named stays the
# victim, and no person is accused.
_NAMELESS_AGENT = re.compile(
    r"\s*(?:by|por) (?:the |a |an |some |two |three |several |el |la |los |las |un |una |unos |"
    r"unas |dos |tres )?(?:cartel|cartels|gang|gangs|gunmen|armed men|masked men|unknown men|"
    r"men|strangers|criminals|thieves|sicarios|cartel|carteles|delincuentes|desconocidos|"
    r"hombres armados|encapuchados|sujetos|ladrones|maleantes|criminales|banda|pandilla|narcos|"
    r"smugglers|polleros|coyotes|kidnappers|secuestradores|los de la mana|la mana|"
    r"crimen organizado)\b"
    r"(?!\s+(?:that|which|who|que|de|del|named|working|run|led|of|sent|hired|enviados|como|like|"
    r"such as|on|paid|pagados|contratados|mandados)\b)"
)


def harm_suffered(an: Analysis, crime: Unit) -> bool:
    """The act is a harm the person named suffered: a passive ("was killed during ...") or a
    participle set off by a comma, followed by when or where ("..., killed during the chase");
    no agent or cause ("by ...", "after he testified") in the rest of the sentence."""
    if crime.text.split()[0] not in _SUFFERED_ACTS:
        return False
    text = an.norm.text
    m = _PASSIVE_BEFORE.search(text, max(0, crime.start - 24), crime.start)
    if m is None:
        return False
    if _NAMELESS_AGENT.match(text, crime.end):
        return True  # "was extorted by the cartel": the one named suffered it, no one named did
    rest = _SENTENCE_REST.match(text, crime.end)
    agent = _AGENT_OR_CAUSE.search(rest.group()) if rest else None
    if agent is not None and not (
        agent.group() in ("by", "por") and _NAMELESS_AGENT.match(text, rest.start() + agent.start())
    ):
        return False  # "killed by the sheriff", "shot after he testified": someone is accused
    # when or where it happened follows ("..., killed during the chase", "was shot at the
    # rally"): "..., killed two men" names no victim
    return bool(_APPOSITION_NEXT.match(text, crime.end))


_PEOPLE = re.compile(
    r"\b(?:people|persons?|men|women|man|woman|kids|children|migrants|civilians|personas|"
    r"hombres|mujeres|ninos|migrantes|civiles|victims|victimas)\b"
)


# Before the act, what says the writer does it: "I'm stealing that for the group chat", "le
# voy a robar su receta": no one else is accused.
_FIRST_PERSON = frozenset({"i", "we", "yo", "nosotros", "voy a", "vamos a", "im"})
_AUXILIARIES = frozenset({"am", "is", "are", "was", "have", "had", "will", "would", "gonna",
                          "going to", "just", "totally", "definitely", "so", "le", "les", "te",
                          "me", "se", "lo", "la"})  # fmt: skip


def writer_does(an: Analysis, crime: Unit) -> bool:
    """The act's subject, past auxiliaries and clitics, is the writer ("I", "we", "voy a")."""
    k = crime.index - 1
    while k >= 0 and an.units[k].sentence == crime.sentence:
        word = an.units[k].text
        if word in _FIRST_PERSON:
            return True
        if word not in _AUXILIARIES:
            return False
        k -= 1
    return False


# "was classified as assault", "se tipificó como robo": the offence a case was filed under,
# not someone said to have done it.
_CLASSIFYING = frozenset(
    {"classified", "reclassified", "ruled", "treated", "filed", "logged", "listed", "counted",
     "recorded", "coded", "labeled", "labelled", "categorized", "investigated", "clasifico",
     "clasificaron", "reclasifico", "tipifico", "tipificaron", "catalogo", "catalogaron",
     "registro", "registraron", "califico", "calificaron", "trato", "trataron", "investiga",
     "investigan", "investigo", "clasificado", "clasificada", "tipificado", "tipificada"}
)  # fmt: skip


def classified(before: list[Unit]) -> bool:
    return (
        len(before) >= 2 and before[-1].text in ("as", "como") and before[-2].text in _CLASSIFYING
    )


# A clause that opens with a count of offences is a statistic ("Sheriff's office released
# numbers: 14 aggravated assaults in the county", "hubo 30 robos en la colonia").
# A body that counts cases opens such a count as well ("Human Rights First documented hundreds
# of kidnappings", "la CNDH documentó decenas de secuestros").
_COUNT_OPENERS = frozenset({"there were", "there are", "hubo", "hay", "se registraron", "with",
                            "con", "were", "fueron", "about", "over", "unos", "mas de",
                            "more than", "documented", "recorded", "logged", "tallied",
                            "counted", "tracked", "documento", "documentaron", "registro",
                            "registraron", "contabilizo", "contabilizaron"})  # fmt: skip
# Offences listed together share the count before the first: "hundreds of kidnappings and
# assaults", "decenas de secuestros y extorsiones".
_LISTED = frozenset({"and", "or", "y", "e", "o", "u"})
_OF = frozenset({"of", "de"})


def counted(an: Analysis, before: list[Unit], crime: Unit) -> bool:
    """A plural offence after a number that opens its clause: a count of cases, about no one."""
    if not crime.text.endswith("s") or not before:
        return False
    k = len(before) - 1
    if k >= 2 and before[k].text in _LISTED and before[k - 1].text.endswith("s"):
        return counted(an, before[: k - 1], before[k - 1])  # "... kidnappings and assaults"
    if before[k].text in _OF and k > 0:
        k -= 1  # "hundreds of assaults", "decenas de robos"
    if before[k].entry is None and not _number(before[k]) and k > 0:
        k -= 1  # one modifier: "aggravated"
    number = before[k]
    if not _number(number):
        return False
    if k == 0 or before[k - 1].text in _COUNT_OPENERS:
        return True
    return bool(CLAUSE_BREAK.search(an.norm.text, before[k - 1].end, number.start))


def _number(u: Unit) -> bool:
    """A figure or a quantity word ("14", "hundreds", "decenas")."""
    return u.text.isdigit() or u.text in QUANTITIES
