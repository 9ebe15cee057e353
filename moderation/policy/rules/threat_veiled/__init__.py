"""Veiled threats (clauses `troll` and `hate`): menace that names no act. Against a person, the
writer knows where they are, hints that something may befall them or wraps it in a disclaimer;
against a group, violence done to it is cheered, wished for or called for by a hint.

Each cue is a word class in a sentence shape (`person.PERSON`, `group.GROUP`). A strong cue
holds on its own; a weak one ("accidents happen", "just a friendly advice", "near my place")
only beside a weak one of another kind, or (a fate foretold) beside a named office or the
article's author. Quoted, reported or condemned cues count for nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from moderation.policy.analysis import Analysis, any_stopwords
from moderation.policy.lexicon import pattern_needles
from moderation.policy.normalize import fold_term
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import (
    condemned_elsewhere,
    counter_speech,
    report_frame_before,
    units_in,
)
from moderation.policy.rules.hate_shapes import PROXIES
from moderation.policy.rules.threat_veiled import warned  # noqa: F401  (registers its rules)
from moderation.policy.rules.threat_veiled.dox import DOX
from moderation.policy.rules.threat_veiled.group import GROUP, GROUP_PLACE
from moderation.policy.rules.threat_veiled.group_located import group_located, group_warned
from moderation.policy.rules.threat_veiled.person import PERSON, Cue
from moderation.policy.rules.threat_veiled.workplace_care import workplace_cared
from moderation.policy.rules.troll.literal_errand import civic_visit_in
from moderation.policy.rules.troll.threat_guards import PATRON_ASK
from moderation.policy.types import Category

_HOLD = 0.75  # veiled: a moderator reads it
_REJECT = 0.9  # the writer can reach the target, or a call names its means ("plomo")

# Weak fate cues that hold beside a named office or the author: "Ese alcalde no termina el
# trienio", "Keep digging, Mr. Hale. Accidents happen."
# Clear enough to reject: an address sought or published for others, or one told with an
# invitation to go; the writer who has located the target and will meet them.
_CLEAR_KINDS = frozenset({"dox"})
_CLEAR_PAIRS = (
    frozenset({"know", "contact"}),
    frozenset({"where", "invite"}),
    frozenset({"located", "invite"}),
)
_TARGETED_KINDS = frozenset({"fate", "where", "disclaim", "offline", "call"})
_TARGET_WORDS = frozenset(
    {"mr", "mrs", "ms", "sr", "sra", "senor", "senora", "licenciado", "licenciada", "autora",
     "autor", "columnist", "columnista", "moderator", "moderador", "moderadora", "writer",
     "councilwoman", "concejal", "concejala", "regidora", "diputado", "sheriff", "reportera",
     "reportero", "journalist", "commissioner", "comisionado", "fiscal", "prosecutor"}
)  # fmt: skip
# An ousting foretold is politics: "no termina el trienio, lo van a destituir".
_OUSTED = re.compile(
    r"\b(?:impeach\w*|recall\w*|resign\w*|voted out|vote (?:him|her|them) out|ousted|election|"
    r"polls|destitu\w+|revoca\w*|desafuero|renunci\w+|juicio politico|elecciones|votos|"
    r"encuestas|lo corren|la corren|lo van a correr|la van a correr)\b"
)
# A friendly visit or errand in the same comment: "I know where your office is, I'll bring the
# forms", "sé dónde queda tu casa, te llevo sopa", or plain consolation ("accidents happen,
# don't beat yourself up").
_FRIENDLY = re.compile(
    r"\b(?:soup|casserole|cake|cookies|flowers|bring (?:you|u|over|by)|drop (?:off|by) (?:the|a|"
    r"some)|a ride|carpool|congrats|congratulations|welcome|get well|feel better|happy birthday|"
    r"housewarming|let me know if you need|sopa|pastel|flores|felicidades|bienvenid[oa]s?|"
    r"(?:te|les) llevo (?:un|una|unos|unas|el|la|algo|comida|ropa|despensas?|viveres)|"
    r"aventon|que te mejores|cumpleanos|"
    r"don'?t (?:worry|beat yourself up)|no te preocupes|no pasa nada|not your fault|"
    r"no fue tu culpa|it'?s (?:ok|okay|fine)|drive safe|stay safe|be safe|borrow|prestas|"
    r"me prestas|recomiendas|recommend|firmas|peticion|petition|signatures|to help (?:you )?"
    r"(?:carry|move|set up|clean|with)|te ayudo|para ayudarte|"
    r"thanks? (?:you )?for (?:everything|all (?:that )?you do|what you do|your (?:service|work))|"
    r"gracias por (?:todo|lo que haces|tu trabajo|tu servicio)|"
    r"(?:great|nice|beautiful) (?:paint job|restoration))\b"
)
# A wish of a safe road is care, unless the comment first pins where the reader lives, works or
# parks: "I know you live on Maple Street ... Drive safe." is the menace signed off.
_SAFE_WISH = re.compile(r"\b(?:drive safe|stay safe|be safe)\b")
_PINNED = frozenset({"know", "located", "where", "dox"})
# A threat denounced: "someone told the author they know her car; that is a threat, reported".
_CONDEMN = re.compile(
    r"\b(?:reported|report it|reportado|lo reporte|denuncie|disgusting|vile|despicable|"
    r"unacceptable|that'?s a threat|that is a threat|es una amenaza|eso es (?:una )?amenaza|"
    r"inaceptable|que asco|cobardes?|cowards?|nobody should|nadie (?:deberia|debe)|condeno|"
    r"condenamos|i condemn|we condemn|nadie merece|nobody deserves|no one deserves|verguenza|"
    r"indignante|repugnante|lamentable|shameful|horrific|heartbreaking|desgarrador)\b"
)

# "Cuídate" reads as menace only beside a place known or told.
_CUIDATE_WITH = frozenset({"know", "located", "where", "watched"})

# The kinds a friendly errand or a condemnation in the comment undoes.
_FRIENDLY_KINDS = frozenset(
    {"know", "near", "contact", "where", "fate", "dox", "invite", "brave", "located", "visit"}
)

# The group calls by a hint read for a person too ("he only understands one language").
_PERSON = (*PERSON, *DOX, next(c for c in GROUP if c[:2] == ("call", "weak")))
_GROUP = GROUP


_PATTERNS = tuple({id(rx): rx for _k, _w, rx in (*_PERSON, *_GROUP)}.values())
_NUMBER = {id(rx): k for k, rx in enumerate(_PATTERNS)}
_SEARCHED = pattern_needles(_PATTERNS)


@lru_cache(maxsize=8)
def _ready(text: str) -> frozenset[int]:
    """The patterns that may match the text; both rules read one comment in turn."""
    return frozenset(_SEARCHED.candidates(text))


# The writer denies in advance that it is hate ("que no me vengan con que es discurso de odio",
# "it's not hate, it's common sense"): a hate word there condemns nothing.
_HATE_DENIED = re.compile(
    r"\b(?:no es|not|isn'?t|ain'?t|que es|call it|call this|call me|llamen|digan)\b[^.!?]{0,25}"
    r"\b(?:odio|hate|hateful|racis\w*|xenofob\w*|xenophob\w*|bigot\w*|intolerante)\b"
)


# The writer siding with words quoted ("... 'se lo buscaron', y tienen razón").
_AGREED = re.compile(
    r"\b(?:tienen|tenian|tiene|tenia|tuvieron) (?:toda la )?razon\b|\bestoy de acuerdo\b|"
    r"\b(?:they|he|she) (?:are|were|is|was) (?:so |dead )?right\b|\bi agree\b"
)


def _said_not_meant(an: Analysis, first: int, last: int) -> bool:
    """Quoted, reported or condemned (counter-speech); a condemnation the writer turns on
    itself ("don't tell me it's hate") does not count."""
    if all(an.units[k].quoted for k in range(first, last + 1)):
        return True
    return counter_speech(an, first, last) and not _HATE_DENIED.search(an.norm.text)


# Who relays the words rather than says them: "he told her 'I know where you live'", "me
# escribieron: ya sé dónde vives", "someone posted that they know her car".
_RELAYED = re.compile(
    r"\b(?:told|tells|said|says|wrote|writes|posted|posts|texted|messaged|commented|sent|got|"
    r"received|threatened|dijo|dijeron|escribio|escribieron|comento|comentaron|mando|mandaron|"
    r"llego|llegaron|recibi|recibio|puso|pusieron|amenazo|amenazaron)"
    r"(?: (?:her|him|me|us|them|my \w+|le|les|me|nos|a mi \w+))?"
    r"(?:\W*[:\"'\u201c\u2018]|\W+(?:that|que|he|she|they|el|ella|ellos)\b|"
    r"\W+(?:things like|cosas como)\b)"
)
_DOX_IDS = frozenset(id(rx) for _k, _w, rx in DOX)


def _relayed(an: Analysis, start: int, first: int, last: int) -> bool:
    """A located-menace cue quoted, or relayed in its sentence by a verb of saying before it;
    a comment that condemns it is read by `_CONDEMN` (`veiled_threat_person`)."""
    if all(an.units[k].quoted for k in range(first, last + 1)):
        return True
    k = first
    while k > 0 and an.units[k - 1].sentence == an.units[first].sentence:
        k -= 1
    begin = an.units[k].start
    return bool(_RELAYED.search(an.norm.text, begin, start))


def _numbered(table: tuple[Cue, ...]) -> tuple[tuple[int, str, str, re.Pattern], ...]:
    return tuple((_NUMBER[id(rx)], kind, weight, rx) for kind, weight, rx in table)


def _cues(an: Analysis, table) -> list[tuple[str, str, int, int]]:
    """(kind, weight, first unit, last unit) of the first meant match of every cue of a
    `_numbered` table."""
    text = an.norm.text
    ready = _ready(text)
    if not ready:
        return []
    found = []
    for number, kind, weight, rx in table:
        if number not in ready:
            continue
        for m in rx.finditer(text):
            first, last = units_in(an, m.start(), m.end())
            if first is None:
                continue
            if id(rx) in _DOX_IDS:
                if _relayed(an, m.start(), first, last):
                    continue
            elif _said_not_meant(an, first, last):
                continue
            if (
                an.units[last].quoted
                and (report_frame_before(an, last) or condemned_elsewhere(an, last, last))
                and not _HATE_DENIED.search(text)
                and not _AGREED.search(text)
            ):
                continue  # 'un ataque, y leer a gente diciendo "se lo buscaron"': their cheer
            found.append((kind, weight, first, last))
            break
    return found


_PERSON_CUES = _numbered(_PERSON)
_GROUP_CUES = _numbered(_GROUP)


def _decide(cues: list[tuple[str, str, int, int]]) -> tuple[int, int, str] | None:
    """A strong cue, or two weak ones of different kinds: (first, last, why)."""
    strong = [c for c in cues if c[1] == "strong"]
    if strong:
        kind, _w, first, last = strong[0]
        return first, last, kind
    kinds = {c[0]: c for c in cues}
    if len(kinds) >= 2:
        picked = sorted(kinds.values(), key=lambda c: c[2])
        return picked[0][2], picked[-1][3], " and ".join(sorted(kinds))
    return None


def _apart(cues: list[tuple[str, str, int, int]]) -> list[tuple[str, str, int, int]]:
    """A place told (`dox`, "located") over words another weak cue already read counts once:
    "vive en la calle Fresno 418" is one place told, not two hints."""
    kept: list[tuple[str, str, int, int]] = []
    for cue in sorted(cues, key=lambda c: (c[1] != "strong", c[2])):
        if cue[1] == "weak" and any(
            k[1] == "weak" and "located" in (k[0], cue[0]) and k[2] <= cue[3] and cue[2] <= k[3]
            for k in kept
        ):
            continue
        kept.append(cue)
    return kept


# Someone spoken to: an @handle, a quoted user name ("TexasTeacher88"), or a capitalised name
# set off by a comma at a sentence's start or end ("Dana, ...", "..., Hollis.").
_HANDLE = re.compile(r"@\w+|\"[A-Za-z]+\d+\"|\"[A-Z][a-z]+[A-Z]\w*\"")
_VOCATIVE = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:hey|oye|hola|ey|mira|look|listen|escucha),?\s+)?"
    r"([A-Z][a-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1]+),\s|"
    r",\s+([A-Z][a-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1]+)\s*[.!?]+(?:\s|$)"
)


def _named_target(an: Analysis) -> bool:
    """An office or role named ("Councilman", "la diputada", "the author"), or someone spoken
    to by name or handle."""
    if "title" in an.by_class or any(u.text in _TARGET_WORDS for u in an.units):
        return True
    original = an.norm.original
    if _HANDLE.search(original):
        return True
    common = any_stopwords(an.lex)
    for m in _VOCATIVE.finditer(original):
        name = fold_term(m.group(1) or m.group(2))
        if name not in an.lex.words and name not in common:
            return True
    return False


_HOMES = frozenset({"viven", "live", "duermen", "sleep"})
_GROUP_LEADS = frozenset({"los", "las", "esos", "esas", "estos", "estas", "todos los",
                          "todas las", "the", "those", "these", "all", "all the"})  # fmt: skip


def _group_homes(an: Analysis, cue: tuple[str, str, int, int]) -> bool:
    """A "know" cue that locates a named people's homes ("sé dónde viven los X"): no reader
    or person is located; `group_located` reads it, a threat beside a weapon or a warning."""
    kind, _weight, _first, last = cue
    if kind != "know" or an.units[last].text.split()[-1] not in _HOMES:
        return False
    k = last + 1
    while k < len(an.units) and an.units[k].text in _GROUP_LEADS:
        k += 1
    return (
        k < len(an.units)
        and an.units[k].sentence == an.units[last].sentence
        and an.units[k].code in ("G", "S")
    )


@rule("troll.veiled_threat_person", Category.TROLL)
def veiled_threat_person(an: Analysis, sub) -> list[Hit]:
    """Hold a comment that menaces a person without naming an act."""
    del sub
    if not an.units:
        return []
    text = an.norm.text
    cues = [c for c in _apart(_cues(an, _PERSON_CUES)) if not _group_homes(an, c)]
    if not {c[0] for c in cues} & _CUIDATE_WITH:
        cues = [c for c in cues if c[0] != "cuidate"]  # "cuídate mucho, y saludos a tu familia"
    if not cues:
        return []
    if any(c[0] == "call" for c in cues) and _group_near(an, 0, len(an.units) - 1, anywhere=True):
        cues = [c for c in cues if c[0] != "call"]  # "these people only understand force": hate
    pinned = bool({c[0] for c in cues} & _PINNED)
    if (
        _FRIENDLY.search(_SAFE_WISH.sub(" ", text) if pinned else text)
        or PATRON_ASK.search(text)
        or _CONDEMN.search(text)
        or workplace_cared(text)
    ):
        # a friendly errand, a customer's ask ("I know where you work, save me a table"), or
        # the threat condemned
        cues = [c for c in cues if c[0] not in _FRIENDLY_KINDS]
    if civic_visit_in(text):
        # "pay the mayor a visit at city hall to demand ...": a civic visit called for
        cues = [c for c in cues if c[0] not in _FRIENDLY_KINDS and c[0] != "call"]
    if (
        len({c[0] for c in cues}) == 1
        and cues[0][0] in _TARGETED_KINDS
        and _named_target(an)
        and not _OUSTED.search(text)
    ):
        cues.append(("target", "weak", cues[0][2], cues[0][3]))
    decided = _decide(cues)
    if decided is None:
        return []
    first, last, why = decided
    kinds = {c[0] for c in cues}
    return [
        Hit(
            "troll.veiled_threat_person",
            _REJECT if _CLEAR_KINDS & kinds or any(p <= kinds for p in _CLEAR_PAIRS) else _HOLD,
            (an.span(first, last),),
            f"a veiled threat ({why})",
        )
    ]


# Where people live, purged: "these neighborhoods need a good cleansing" speaks of residents.
_PEOPLED = re.compile(
    r"\b(?:neighbou?rhoods?|barrios?|colonias?|blocks|districts?|communities|comunidades)\b"
)


def _group_units(an: Analysis) -> list[int]:
    """Group words, slurs, the proxies `hate_shapes` reads ("esa gente"), and a capitalised
    adjective whose plural names a group ("Somali neighborhoods": "somalis")."""
    found = list(an.by_class.get("G", ()))
    for u in an.units:
        if u.text in PROXIES or u.code == "S":
            found.append(u.index)
        elif u.code == "w" and u.text.isalpha() and an.capitalised(u.index):
            entry = an.lex.lookup((u.text + "s",))
            if entry is not None and "G" in entry.classes:
                found.append(u.index)
    return found


def _group_near(an: Analysis, first: int, last: int, *, anywhere: bool = False) -> bool:
    """A protected group (or one of its places) in the cue's sentence, the three before or the
    one after; anywhere in the comment when `anywhere`."""
    if _PEOPLED.search(an.norm.text, an.units[first].start, an.units[last].end):
        return True
    lo = -1 if anywhere else an.units[first].sentence - 3
    hi = an.units[-1].sentence if anywhere else an.units[last].sentence + 1
    if any(lo <= an.units[k].sentence <= hi for k in _group_units(an)):
        return True
    for m in GROUP_PLACE.finditer(an.norm.text):
        place, _last = units_in(an, m.start(), m.end())
        if place is not None and lo <= an.units[place].sentence <= hi:
            return True
    return bool(re.search(r"\b(?:esa|esta) gente\b|\b(?:those|these) people\b", an.norm.text))


@rule("hate.violence_cheered", Category.HATE)
def violence_cheered(an: Analysis, sub) -> list[Hit]:
    """Hold a comment that cheers, wishes or hints at violence against a protected group."""
    del sub
    if not an.units:
        return []
    cues = [
        c
        for c in _cues(an, _GROUP_CUES)
        if c[0] in ("wink", "disclaim", "praised")
        or _group_near(an, c[2], c[3], anywhere=c[1] == "weak")
    ]
    if cues and _CONDEMN.search(an.norm.text):  # most comments have no cue to keep
        cues = [c for c in cues if c[1] == "strong" and c[0] not in ("cheered", "shrug", "praised")]
    located = _located_in_earnest(an)
    if located is not None:
        cues.append(("located", "strong", *located))
    if not cues or all(c[0] in ("wink", "disclaim") for c in cues):
        return []
    decided = _decide(cues)
    if decided is None:
        return []
    first, last, why = decided
    explicit = any(c[0] in ("call", "located") and c[1] == "strong" for c in cues)
    return [
        Hit(
            "hate.violence_cheered",
            _REJECT if explicit else _HOLD,
            (an.span(first, last),),
            f"violence against a group ({why})",
            cap_hold=not explicit,
        )
    ]


def _located_in_earnest(an: Analysis) -> tuple[int, int] | None:
    """A group's homes located beside a weapon (`group_located`) or a group warned of a deed
    with one (`group_warned`), not quoted, reported, condemned or part of a friendly errand
    ("sé dónde viven, les llevo comida")."""
    found = group_located(an) or group_warned(an)
    if found is None or _said_not_meant(an, *found):
        return None
    if _relayed(an, an.units[found[0]].start, *found):
        return None
    text = an.norm.text
    if _FRIENDLY.search(text) or _CONDEMN.search(text):
        return None
    return found
