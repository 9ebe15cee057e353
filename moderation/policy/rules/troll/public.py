"""Public figures: offices and stage roles, whose holders may be judged harshly on public
conduct, and private roles, which may not; an office-holder addressed by title; `_OFFICE`, which
the threat, sealion and dox rules read too."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.normalize import fold_term
from moderation.policy.rules.context.second_person import SECOND_PERSON
from moderation.policy.rules.context.sentence_bounds import sentence_start
from moderation.policy.rules.troll.words import (
    COMMENTER_CUES,
    EXCLAIM,
    PERSON_SUBJECT,
    spoken_to,
)
from moderation.policy.types import Submission

# Offices and public bodies named in one word: a unit the put-down rules read as public
# (`_PUBLIC`), and a word of the sentence test `_OFFICE`, which adds plurals and prefixes.
_OFFICE_TITLES = frozenset(
    {"mayor", "alcalde", "alcaldesa", "senator", "senador", "senadora", "governor", "gobernador",
     "sheriff", "commissioner", "ayuntamiento", "municipio", "gobierno", "government", "agency",
     "police"}
)  # fmt: skip
# Offices and bodies a visit may be paid to, to be heard ("hay que hacerle una visita al
# alcalde para exigir ...", troll/literal_errand.py's civic visit): the one-word titles above
# and the councils, boards and deputies that take more than one word or a suffix.
OFFICIAL_VISITED = re.compile(
    r"\b(?:al|a la|a los|a las|a el|the|our|to the|to our)\s+(?:(?:senor|senora|nuevo|nueva|"
    r"new|local)\s+)?(?:"
    + "|".join(sorted(_OFFICE_TITLES))
    + r"|presidente municipal|presidenta municipal|regidor\w*|diputad[oa]s?|senador\w*|"
    r"gobernador\w*|concejal\w*|cabildo|delegad[oa]|secretari[oa]|ministr[oa]|sindic[oa]|"
    r"comisionad[oa]|councilm[ae]n|councilwom[ae]n|council member|city council|council|"
    r"representative|congressman|congresswoman|school board|city hall|county board|"
    r"alderm[ae]n|superintendent)\b"
)
_PUBLIC = _OFFICE_TITLES | frozenset(
    {"president", "minister", "congress", "congressman", "congresswoman", "party",
     "administration", "secretary", "judge", "presidente", "presidenta", "ministro", "ministra",
     "diputado", "diputada", "partido", "policy", "law", "politica", "ley", "official",
     "officials", "politician", "politicians", "politico", "politicos", "democrats",
     "republicans", "liberals", "conservatives", "senators", "governors", "mayors", "judges",
     "lawmakers", "congressmen", "diputados", "diputadas", "senadores", "gobernadores",
     "alcaldes", "regidores", "jueces", "legisladores", "ministros", "funcionarios",
     "congresistas", "fiscalia", "procuraduria", "tribunal", "congreso", "senado", "cabildo",
     "court", "council", "senate", "la fiscalia", "la policia", "el gobierno", "el congreso",
     "el senado", "la corte", "el ayuntamiento", "el municipio", "spokesman", "spokeswoman",
     "spokesperson", "vocero", "vocera", "fiscal", "prosecutor", "opposition", "oposicion",
     "la oposicion", "candidate", "candidates", "candidato", "candidata", "candidatos",
     "secretario", "secretaria", "cabinet", "gabinete", "regime", "regimen", "ministry", "army",
     "ejercito", "dirigentes", "leaders", "lideres",
     # boards and commissions that govern a school district or a county
     "board", "boards", "commission", "commissioners", "legislature", "trustees", "comision",
     "junta",
     # unions, judged like parties on their public conduct
     "sindicato", "sindicatos", "el sindicato", "union", "unions", "la union"}
) | frozenset(
    # performers judged on their public work: "ese concursante es un pesado", "the host is a
    # clown" are reviews of a show, said of nobody in the thread
    {"concursante", "concursantes", "presentador", "presentadora", "presentadores", "streamer",
     "streamers", "contestant", "contestants", "host", "presenter", "comediante", "humorista",
     "comedian", "jurado", "locutor", "locutora", "locutores"}
)  # fmt: skip


_COPULA_3 = frozenset({"is", "es", "was", "fue", "is just", "is such", "is a", "es un", "es una"})


def named_subject(an: Analysis, sub: Submission, u: Unit) -> bool:
    """'Trump is a clown', 'AMLO es un payaso': a capitalised name, not one of the thread's
    participants, is the subject of the insult: harsh opinion of a public figure."""
    before = [x for x in an.units[: u.index] if x.sentence == u.sentence]
    while before and before[-1].code in ("A", "Y"):
        before.pop()
    if len(before) < 2 or (before[-1].text not in _COPULA_3 and before[-1].code != "C"):
        return False
    if COMMENTER_CUES.search(an.norm.text):
        return False  # "Ruben is an idiot, ignore him": one of the thread
    subject = before[-2]
    if len(before) >= 3 and before[-3].text in PRIVATE_ROLES:
        return False  # "Coach Miller is an idiot": a private person named by role, no office
    start, end = an.span(subject.index, subject.index)
    word = sub.text[start:end]
    if not word[:1].isupper() or word.lower() in ("you", "tu", "usted", "i", "yo"):
        return False
    return not any(subject.text in fold_term(n).split() for n in sub.context.participants())


def exclaims_of_public(an: Analysis, u: Unit, prev: list[Unit], text: str) -> bool:
    """A bare exclamation ("¡Qué ridículo!") closing a comment that spoke of an official or an
    institution in an earlier sentence, to nobody in the thread: said of what they did."""
    if not prev or prev[-1].text not in EXCLAIM or "@" in text:
        return False
    k = u.index + 1
    if k < len(an.units) and an.units[k].sentence == u.sentence:
        return False
    return any(
        x.sentence < u.sentence and (x.text in _PUBLIC or _office_title(x))
        for x in an.units[: u.index]
    )


def closing_word_on_public(an: Analysis, u: Unit, text: str) -> bool:
    """A one-word sentence ("Clown.", "Payaso.") closing a comment that spoke of an official or
    an institution in an earlier sentence, to nobody in the thread (no @handle, no second
    person): the word judges what the official did, as `_exclaims_of_public` reads "¡Qué
    ridículo!"."""
    if "@" in text or u.index == 0 or u.index != len(an.units) - 1:
        return False
    if an.units[u.index - 1].sentence == u.sentence or spoken_to(an, an.units):
        return False
    if _READER.search(an.norm.text) or _WRITER.search(an.norm.text):
        return False  # "read your own comment. Idiot.", "the author of this blog ... Hypocrite."
    return any(x.text in _PUBLIC or _office_title(x) for x in an.units[: u.index])


# The article's writer is one of the thread: a word closing a comment about them is aimed.
_WRITER = re.compile(r"\b(?:author|writer|columnist|blogger|autor|autora|columnista|bloguero)\b")
# A reader in the comment by a possessive, a second-person verb or a call to the reader.
_READER = re.compile(
    rf"\b(?:{SECOND_PERSON}|yours|yourself|y'?all|comentas|"
    r"escribes|opinas|dices|piensas|crees|lees|sabes|read|look|check|go|ask)\b|"
    r"\b\w{2,}(?:aste|iste)\b"
)


# Roles held in public view without an office: a team's coach or manager, a referee, a
# company's chief, a news anchor. Judged on the game, the call, the company's moves or the
# broadcast, they are judged like an office-holder on public conduct ("the coach is an idiot,
# he sat his best player all half"); with nothing of that performance in the comment they
# stay private persons ("the coach" of a kids' team, "my manager").
_STAGE_ROLES = frozenset(
    {"coach", "the coach", "head coach", "manager", "referee", "referees", "ref", "refs",
     "umpire", "umpires", "ceo", "the ceo", "anchor", "anchorman", "newscaster",
     "entrenador", "entrenadora", "tecnico", "director tecnico", "dt", "arbitro", "arbitra",
     "arbitros", "referi", "conductor", "conductora", "director general", "directora general",
     # the players themselves, judged on the game ("ese portero es un cabrón, paró tres penales")
     "portero", "porteros", "arquero", "guardameta", "delantero", "delanteros", "jugador",
     "jugadores", "lanzador", "pitcher", "goalie", "goalkeeper", "keeper", "quarterback",
     "striker", "player", "players"}
)  # fmt: skip
_ON_STAGE = re.compile(
    r"\b(?:games?|match(?:es)?|season|playoffs?|lineup|roster|substitutions?|timeouts?|"
    r"penalt(?:y|ies)|calls?|plays?|halftime|innings?|goals?|league|tournament|finals?|"
    r"scored?|team|fans|offside|foul|red card|yellow card|var|"
    r"partidos?|juegos?|temporada|alineacion|cambios?|penal(?:es)?|marcador|gol(?:es)?|liga|"
    r"torneo|equipo|aficion|fuera de lugar|falta|tarjeta roja|tarjeta amarilla|"
    r"broadcast|newscast|segment|on air|interview|noticiero|programa|entrevista|transmision|"
    r"company|shareholders|layoffs|earnings|stock|board|empresa|despidos|accionistas)\b"
)


def on_stage(an: Analysis, x: Unit) -> bool:
    """A role of `_STAGE_ROLES`, in a comment that speaks of its public performance."""
    return x.text in _STAGE_ROLES and bool(_ON_STAGE.search(an.norm.text))


def names_public_subject(an: Analysis, sub: Submission, u: Unit) -> bool:
    """The insult is about an office-holder or institution named by role ("the senator"), or
    names one after a copula ("el más tonto de esta historia es el secretario"); or about a
    role in public view judged on its performance (`_STAGE_ROLES`)."""
    units = an.units
    k = u.index - 1
    while k >= 0 and units[k].sentence == u.sentence:
        x = units[k]
        if (x.text in _PUBLIC or _office_title(x) or on_stage(an, x)) and (
            x.text not in PERSON_SUBJECT
        ):
            return True
        k -= 1
    copula = False
    for x in units[u.index + 1 : u.index + 12]:
        if x.sentence != u.sentence:
            break
        if x.code == "C" or x.text in _COPULA_3:
            copula = True
        elif copula and (x.text in _PUBLIC or _office_title(x) or on_stage(an, x)):
            return True
    return public_after_article(an, u) or _dropped_public_subject(an, sub, u)


def is_public(x: Unit) -> bool:
    return (x.text in _PUBLIC or x.text in _OFFICES or _office_title(x)) and (
        x.text not in PERSON_SUBJECT
    )


def role(x: Unit) -> bool:
    """A word for someone by role, public or private ("el alcalde", "el profe"): a person."""
    return is_public(x) or x.has("title")


# Roles the libel lexicon lists as identifying a person ("title") that hold no public office:
# teachers, clergy, coaches, doctors, notaries, professionals, bosses, owners, relatives and
# the press. Calling one of them names is a personal attack like calling a neighbour names;
# only an office's holder may be judged harshly on public conduct.
PRIVATE_ROLES = frozenset(
    {"teacher", "professor", "coach", "dr", "doctor", "priest", "pastor", "reverend", "rabbi",
     "imam", "bishop", "father", "notary", "landlord", "principal", "ceo", "the ceo", "owner",
     "the owner", "journalist", "reporter", "columnist", "blogger", "the blogger",
     "profe", "profesor", "profesora", "maestro", "maestra", "padre", "el cura", "parroco",
     "obispo", "entrenador", "entrenadora", "doctora", "el doctor", "la doctora", "notario",
     "notaria", "licenciado", "licenciada", "ingeniero", "contador", "contadora", "gerente",
     "coordinador", "coordinadora", "administrador", "administradora", "empresario",
     "empresaria", "el dueño", "la dueña", "jefe", "jefa", "don", "doña", "rector", "rectora",
     "periodista", "reportero", "reportera", "columnista", "el autor", "la autora", "autor",
     "autora", "the author", "author", "the writer", "writer", "escritor", "escritora",
     "your husband", "your wife", "your brother", "your son", "your father", "your dad",
     "your boss", "your cousin", "your uncle", "tu esposo", "tu esposa", "tu marido",
     "tu mujer", "tu hermano", "tu jefe", "tu papa", "tu tio", "tu primo"}
)  # fmt: skip


def _office_title(x: Unit) -> bool:
    """A title of the libel lexicon that names a public office (not a teacher or a priest)."""
    return x.has("title") and x.text not in PRIVATE_ROLES


# Offices named in the singular that the plural list above lacks.
_OFFICES = frozenset({"regidor", "regidora", "congresista", "legislador", "legisladora",
                      "funcionario", "funcionaria", "juez", "jueza", "comisionado", "comisionada",
                      "councilman", "councilwoman", "lawmaker"})  # fmt: skip


def public_after_article(an: Analysis, u: Unit) -> bool:
    """'Qué hipócrita el congresista que vota ...', 'huevones del sindicato': the insult, an
    article (or "del") and an office or public body right after it: that is who it is about."""
    after = [x for x in an.units[u.index + 1 : u.index + 4] if x.sentence == u.sentence]
    if an.lang != "es" or len(after) < 2 or after[0].text not in ("el", "la", "los", "las", "del"):
        return False
    if is_public(after[1]):
        return True
    # "qué necios los del ayuntamiento": the ones of a public body
    return (
        len(after) == 3
        and after[0].text != "del"
        and after[1].text in ("de", "del", "de la")
        and is_public(after[2])
    )


_DROPPED_COPULA = frozenset({"es", "es un", "es una", "era", "era un", "era una", "fue"})


def _dropped_public_subject(an: Analysis, sub: Submission, u: Unit) -> bool:
    """'Ese regidor lleva 12 años ... Es un inútil': a Spanish sentence that opens with a
    third-person copula has a dropped subject; when the sentence before named an office and
    nobody in the thread is addressed (no second person, no @handle), that is the subject."""
    if an.lang != "es" or "@" in sub.text:
        return False
    same = an.sentence_run(u.index)
    if not same:
        return False
    head = [x for x in same if x.index < u.index and x.code not in ("A", "Y")]
    if not head:
        if len(same) > 3 or u.index == 0:
            return False  # a bare verdict ("Mentiroso profesional.") after the office is named
    elif head[-1].text not in _DROPPED_COPULA:
        return False
    # the copula opens the sentence, or a clause after "que" ("digo que es un incompetente")
    if len(head) > 1 and head[-2].text not in ("que", "digo que", "creo que", "pienso que"):
        return False
    upto = [x for x in an.units if x.sentence <= u.sentence]  # a later "tu" is generic
    if spoken_to(an, upto):
        return False
    return any(
        u.sentence - 3 <= x.sentence < u.sentence and is_public(x) for x in an.units[: u.index]
    )


# An office-holder addressed by title, with or without a name, at the head of the sentence.
_OFFICE_ADDRESS = re.compile(
    r"(?:(?:mr|mrs|madam|mister|senor|senora|sr|sra)\.?\s+)?(?:mayor|alcalde|alcaldesa|senator|"
    r"senador|senadora|governor|gobernador|gobernadora|sheriff|commissioner|comisionado|"
    r"comisionada|president|presidente|presidenta|congressman|congresswoman|representative|"
    r"diputado|diputada|secretary|secretario|secretaria|judge|juez|jueza|councilman|"
    r"councilwoman|councilmember|regidor|regidora)(?:\s+[^\W\d_]+){0,2}\s*,"
)


def office_addressed(text: str, start: int) -> bool:
    """The sentence of `start` opens by addressing an office-holder ("Senator, you are ...",
    "Alcalde Ruiz, usted ..."): harsh words to an official are opinion, not a jab at a reader."""
    left = sentence_start(text, start)
    while left < start and not text[left].isalnum():
        left += 1
    return bool(_OFFICE_ADDRESS.match(text, left, start))


_OFFICE = re.compile(
    r"\b(?:" + "|".join(sorted(_OFFICE_TITLES)) + r"|gobernadora|congress\w*|diputad[oa]s?|"
    r"president[ea]?|council\w*|concejal\w*|regidor\w*|secretari[oa]|fiscal\w*|minister\w*|"
    r"ministr[oa]|city hall|county|agencia|department|departamento|policia|cops|patrol|"
    r"patrulla|officers|agentes|la migra|cfe|pemex|imss|issste|conagua|utility|utilities)\b"
)
