"""Warnings aimed at a reader and a private person's whereabouts told (clause `troll`): the
shapes `person.PERSON` and `dox.DOX` leave out because they name no act and no address sought.

A warning ("careful, Sam", "cuidadito", "we know who you are", "karma's got your address") is
held when it is said to someone and carries a sign of being watched, or is menace by itself. A
named person's workplace with a shift or a street, a house told by its gate or number, or a
child's school is rejected: the policy rejects doxxing. Hazards ("careful, the roads are icy"),
meetings, shops' public addresses, public offices and a victim telling where it happened pass.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.literal_gate import LiteralGate, lower
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.libel.names import name_word
from moderation.policy.types import Category

_HOLD = 0.75
_REJECT = 0.9

# Menace on its own: being watched, known or found, said to the reader.
_STRONG = re.compile(
    r"\b(?:we|i) know who you (?:really )?are\b|"
    r"\b(?:we(?:'re| are)|i'?m|i am) (?:always )?watching you(?: (?:now|closely|all|always))?"
    r"\s*(?:[,.!?]|$)|\bkarma(?:'s| has)? got your (?:home )?address\b|"
    r"\bkarma knows where you (?:live|sleep|work)\b|"
    r"\bconsider yourself warned\b|\bbetter (?:hire|get) (?:a |some )?bodyguards?\b|"
    r"\b(?:que se consiga|mejor que contrate|mejor consiga) (?:un )?guardaespaldas\b|"
    r"\bnice (?:family|wife|kids|house|home) you(?:'ve)? (?:have|got)\b|"
    r"\b(?:sabemos|se|ya sabemos|ya se) quien eres\b|"
    r"\bte (?:estamos|estoy|tenemos) vigilad[oa]\b|"
    r"\bte (?:estamos|estoy|andamos) (?:vigilando|observando|siguiendo)\b|"
    r"\bya te (?:busque|buscamos|ubique|ubicamos|encontre|encontramos)\b|"
    r"\b(?:que )?bonita familia (?:tienes|tiene|tienen)\b|\bcuidate la espalda\b|"
    r"\bconste que (?:avise|te avise|les avise)\b|\bquedas advertid[oa]\b"
)
# A warning that needs someone addressed and a sign of watching beside it.
_WEAK = re.compile(
    # "be careful" said to the reader, not the writer's own ("so I'll be careful", "have to be")
    r"(?:(?:^|[.!?,;]\s*)careful|(?<!i'll )(?<!i will )(?<!we'll )(?<!i'd )(?<!to )(?<!ill )"
    r"\bbe careful|\bwatch yourself|\bwatch your back|"
    r"\bwatch it\s*[,.!?]|\b(?:watch your step|just wait|you'?ve been warned|"
    r"we'?ll be seeing you|i'?ll be seeing you|(?:we|i) saw you (?:yesterday|today|at)|"
    r"cuidadito|(?:ten|tenga|tengan|tened) (?:mas |mucho )?cuidado|"
    r"(?:ya )?nos (?:vamos a ver|veremos)|te vi (?:ayer|hoy|en)|(?:nomas )?esperate))\b"
)
_SIGN = re.compile(
    r"\b(?:not a threat|isn'?t a threat|no es (?:una )?amenaza|(?:it'?s|just|es un|solo un) "
    r"(?:advice|consejo)|read(?:s|ing)? (?:this blog|your article|your posts?)|"
    r"leen (?:este blog|tus)|so do i|yo tambien|watching|vigil\w*|know who|quien eres|address|"
    r"direccion|where you (?:live|work|sleep)|donde (?:vives|trabajas)|bodyguard|guardaespaldas|"
    r"militia|patriots?|what you (?:post|write)|lo que (?:publicas|escribes)|"
    r"(?:nice|pretty|cute|cool) (?:dress|shirt|jacket|hat|car|truck|jeep|house|yard|dog)|"
    r"(?:bonit[oa]|lind[oa]|buen[oa]) (?:vestido|blusa|camisa|chamarra|carro|coche|auto|troca|"
    r"camioneta|casa|perro)|deputies|ice agents|la migra|in person|en persona|we know|sabemos)\b"
)
# Someone addressed: a name or title set off by a comma, a handle, "commenter", or "you".
_ADDRESSED = re.compile(
    r"(?:^|[.!?,]\s*)(?:[A-Z][a-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1]+|(?:Mr|Mrs|Ms|Sr|Sra)\.? "
    r"[A-Z]\w+)\s*[,.!?]|@\w+|\b(?:commenter|comentarista|you|your|te|tu|usted)\b"
)
# A hazard, a meeting or a kindness is what the warning is about.
_HARMLESS_WARNING = re.compile(
    r"\b(?:roads?|icy|ice|snow|wet|floor|stairs|steps|curb|mud|snakes?|rattlers?|bees|sun|weather|heat|storm|flood\w*|scam\w*|fraud|stove|slippery|drive|"
    r"driving|traffic|calor|lluvia|carretera|hielo|estafa\w*|fraude|maneje|manejen|"
    r"at the (?:\w+ )?(?:meeting|game|rally|march|event|show|party|potluck|hearing|session)|"
    r"next (?:week|time|meeting)|"
    r"en la (?:junta|reunion|marcha|fiesta|misa)|tomorrow|manana|saturday|sunday|sabado|domingo|"
    r"thanks|gracias|welcome|bienvenid\w+|congrat\w*|felicidades)\b"
)


# Gated (`rule(needs=...)`): it finds nothing without a strong or a weak warning, and the
# weak one's look-behinds made its search one of the dearest of a comment.
@rule("troll.warning_addressed", Category.TROLL, needs=(_STRONG, _WEAK))
def warning_addressed(an: Analysis, sub) -> list[Hit]:
    """Hold a warning said to a reader with a sign that they are watched or known."""
    del sub
    text = an.norm.text
    m = _STRONG.search(text)
    if m is None:
        weak = _WEAK.search(text)
        if (
            weak is None
            or _HARMLESS_WARNING.search(text)
            or not _ADDRESSED.search(an.norm.original)
            or not (_SIGN.search(text) or _titled(an.norm.original))
        ):
            return []
        m = weak
    if _quoted_or_reported(text, m.start()):
        return []
    return [Hit("troll.warning_addressed", _HOLD, (m.span(),), "a warning aimed at a reader")]


def _titled(original: str) -> bool:
    """A title before a name ("Ms. Abernathy"): the warning is aimed at one person."""
    return bool(re.search(r"\b(?:Mr|Mrs|Ms|Sr|Sra|Srta)\.? [A-Z]\w+", original))


_QUOTES = frozenset("'\"\u201c\u2018\u00ab")
_REPORTED = re.compile(
    r"\b(?:told|said|wrote|posted|posting|sent|texted|messages|mensajes|llegaron|dijo|dijeron|escribio|escribieron|mandaron|"
    r"reported|denunci\w+|that'?s a threat|es una amenaza|someone|alguien)\b"
)


def _quoted_or_reported(text: str, start: int) -> bool:
    """The warning is relayed or denounced rather than given."""
    before = re.split(r"[.!?]\s", text[max(0, start - 80) : start])[-1]
    return (
        bool(_REPORTED.search(before))
        or before[-1:] in _QUOTES
        or (text.count('"') >= 2 and '"' in before)
    )


# A capitalised word that is not a pronoun or a determiner, case-sensitive inside `re.I`.
_NAME = (
    r"(?-i:(?!(?:She|He|It|My|Our|They|We|You|Your|His|Her|The|This|That|Mi|Su|Ella|El|"
    r"\u00c9l|Mi|Tu|Nadie|Everyone|Nobody)\b)"
    r"[A-Z\u00c1\u00c9\u00cd\u00d3\u00da\u00d1][a-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1]+)"
)
_STREET = (
    r"(?:route \d+|highway \d+|carretera|calle|avenida|av\.|boulevard|blvd|privada|colonia|"
    r"street|st\.|road|rd\.|lane|drive|court|ave\.)"
)
# Whereabouts told with a name (matched on the original text, case-insensitive for the words).
_WHEREABOUTS = (
    # "Beto works the night shift at Lucky Fuel", "Gerardo trabaja en Muebles Lupita de Av. Juárez"
    re.compile(
        rf"\b(?P<who>{_NAME}(?: {_NAME})?),? (?:works|trabaja)(?: the (?:night|day|late|early|"
        r"graveyard|"
        r"morning) shift| (?:el |en el )?turno (?:de (?:la )?)?(?:noche|nocturno|manana|tarde))? "
        rf"(?:at|en) (?:the |la |el )?(?-i:[A-Z])\w+[^.!?]{{0,40}}?(?:{_STREET}|shift|turno)",
        re.I,
    ),
    re.compile(
        rf"\b(?P<who>{_NAME}) (?:works|trabaja) (?:the (?:night|late|graveyard) shift|el turno "
        r"de noche)",
        re.I,
    ),
    # "La casa de Toño es la de la reja verde", "Paco's house is the green one on Nogal"
    re.compile(
        rf"\b(?:la )?casa de (?P<who>{_NAME}) es la (?:de la |del |que |azul|verde|blanca|"
        r"amarilla|roja|gris|rosa|de )|\b(?P<who2>" + _NAME + r")'s (?:house|home|place) is the "
        r"(?:\w+ )?(?:one|house)\b",
        re.I,
    ),
    # "Found Paco: green house at 88 Calle Norte", "Alberto Kowalski, Mezquite 1122"
    re.compile(
        rf"\b(?:found|encontre|encontramos|ubique|ubicamos) (?P<who>{_NAME})\b[^.!?]{{0,40}}?"
        r"\b\d{1,5}\b",
        re.I,
    ),
    re.compile(rf"\b(?P<who>{_NAME} {_NAME}), {_NAME} \d{{2,5}}\b"),
    # "Hey Lupe, nice house on Cedar Court", "bonita casa en la calle Nogal, Lupe"
    re.compile(
        rf"\b(?:nice|cute|pretty|bonita|linda) (?:house|home|casa) (?:on|at|en) (?:la )?"
        rf"(?:calle )?{_NAME}",
        re.I,
    ),
    # "su hija va a la secundaria 12", "his daughter goes to Lincoln Middle": a school named or
    # numbered, not "la primaria pública"; the reader's own ("your kids go to ...") is a veiled
    # threat or small talk, which `troll.veiled_threat_person` reads
    re.compile(
        r"\b(?:su|sus) (?:hij[oa]s?|nin[oa]s?|chamac[oa]s?) (?:va|van|estudia|estudian) "
        r"(?:a|en) (?:la |el )?(?:secundaria|primaria|escuela|prepa|kinder)(?: tecnica)? "
        r"(?:no\.? ?)?(?:\d+|(?-i:[A-Z])\w+)|"
        r"\b(?:his|her) (?:daughter|son|kids?|children) (?:goes|go|attends?) to "
        r"(?-i:[A-Z])\w+ "
        r"(?:elementary|middle|high|academy)\b",
        re.I,
    ),
)
# Each searched only when the original text holds a string every match of it holds: seven
# searches of the original text at every position were one of the dearest rules a comment.
_WHEREABOUTS_GATED = tuple(LiteralGate(rx) for rx in _WHEREABOUTS)
# Public places, a shop's own address, a victim's account, a reporter's beat.
_PUBLIC = re.compile(
    r"\b(?:mayor|alcald\w+|city hall|ayuntamiento|presidencia municipal|office|oficina|"
    r"visit us|visitanos|open (?:daily|from|until)|abierto|hours|horario|menu|best|recommend|"
    r"recomiendo|delicious|delicios\w+|ask for|pregunten por|rally|meeting|march|vigil|event|"
    r"junta|reunion|marcha|evento|misa|festival|attacked me|robbed|me asaltaron|me robaron|"
    r"beat|covers|cubre|reporter|reportera|reportero|congrat\w*|felicidades|proud|orgullos\w+)\b",
    re.I,
)

# The writer's own kin or friends named ("my sister Ana", "mi prima Lupita"): a story told of
# one's own people, not a stranger's whereabouts handed out.
_OWN_PEOPLE = re.compile(r"\b(?:my|our|mi|mis|nuestr[oa]s?)(?: \w+){1,2} $", re.I)


@rule("troll.whereabouts_told", Category.TROLL)
def whereabouts_told(an: Analysis, sub) -> list[Hit]:
    """Reject a private person's workplace with its shift, house or child's school, named."""
    del sub
    original = an.norm.original
    lowered = lower(original)
    for gate in _WHEREABOUTS_GATED:
        if not gate.may_match(original, lowered):
            continue
        m = next(
            (m for m in gate.regex.finditer(original) if _names_someone(an, original, m)), None
        )
        if m is None:
            continue
        if _PUBLIC.search(original) or _quoted_or_reported(original.lower(), m.start()):
            return []
        if _OWN_PEOPLE.search(original, max(0, m.start() - 30), m.start()):
            return []  # "My sister Ana works the night shift at ...": the writer's own story
        return [Hit("troll.whereabouts_told", _REJECT, (m.span(),), "a person's whereabouts told")]
    return []


# A capitalised word after which a name is a place's or a business's ("Main Street", "Lucky
# Fuel Station", "Sunday Market"), and the articles before a business ("the Hilton").
_PLACE_AFTER = re.compile(
    r"\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Drive|Court|Plaza|Park|Mall|Market|"
    r"Bakery|Cafe|Café|Diner|Grill|Bar|Pub|Hotel|Inn|Motel|Store|Shop|Mart|Station|Center|Centre|"
    r"Church|School|Hospital|Clinic|Bank|Depot|Tower|Square|Calle|Avenida|Colonia|Mercado|"
    r"Panader[ií]a|Tienda)\b|\s+(?:downtown|uptown|midtown|del centro)\b"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|el|la|los|las|un|una)\s+$", re.I)
# A capitalised word right before: the name is the tail of a longer one ("Somebody Nice").
_CAPITAL_BEFORE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’]*\s+$")


def _names_someone(an: Analysis, original: str, m: re.Match) -> bool:
    """The match's person (its `who` group, where it has one) is a person's name."""
    who = next((g for g in ("who", "who2") if g in m.re.groupindex and m.group(g)), None)
    return who is None or _person_named(an, original, *m.span(who), m.start())


def _person_named(an: Analysis, original: str, start: int, end: int, opened: int) -> bool:
    """The capitalised words at [start, end) name a person, by the libel readers' one test
    (`libel.names.name_word`): no stop word, place word, abstract noun or, at a sentence's
    opening, where every word is capitalised, a common noun for staff, kin or a crowd
    ("Security", "Housekeeping", "Mom"; a dictionary word there still names someone: "Dale",
    "Rose"); not after an article ("the Hilton") or another capitalised word, and not the first
    words of a place's or a business's name ("Main Street Bakery", "Hilton downtown").
    `opened`: where the pattern's match starts."""
    if _ARTICLE_BEFORE.search(original, max(0, start - 6), start):
        return False
    if opened == start and _CAPITAL_BEFORE.search(original, max(0, start - 30), start):
        return False  # the pattern's own words ("Found Paco") are no part of the name
    if _PLACE_AFTER.match(original, end):
        return False
    before = original[:start].rstrip()
    opener = not before or before[-1] in '.!?:\n"“'
    words = original[start:end].split()
    if opener and (words[0].lower() in _NOT_A_NAME_OPENING or words[0].lower().endswith("ing")):
        return False
    return all(name_word(an, original, w, dictionary=True) for w in words)


# Common nouns that open a sentence as the subject of "works the night shift" and name no one:
# a department, a crew, kin, a time, everyone.
_NOT_A_NAME_OPENING = frozenset(
    {"security", "staff", "management", "maintenance", "reception", "admin", "crew", "team",
     "everyone", "everybody", "somebody", "someone", "nobody", "anyone", "anybody", "mom",
     "dad", "mum", "mother", "father", "grandma", "grandpa", "tonight", "today",
     "nurse", "nurses", "cleaning", "catering", "kitchen", "personal", "seguridad", "limpieza",
     "mama", "papa", "alguien", "nadie", "todos", "hoy"}
)  # fmt: skip
