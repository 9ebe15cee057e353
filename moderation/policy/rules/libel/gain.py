"""`libel.insinuated_gain`: a gain or a tie hinted about a named person and left to the reader;
and `kin_favoured`, someone's kin handed a contract or a post, which `coded` asks."""

from __future__ import annotations

import re

from moderation.policy import branch_trie
from moderation.policy.analysis import Analysis
from moderation.policy.lexicon import Prefiltered
from moderation.policy.normalize import fold_term
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.libel.act_words import BAD_PARTY, KIN_EN, KIN_ES
from moderation.policy.rules.libel.doer import NAME_AFTER, identifies
from moderation.policy.rules.libel.hearsay import hearsay
from moderation.policy.rules.libel.known import known_misdeed
from moderation.policy.rules.libel.name_spans import _name_spans
from moderation.policy.rules.libel.names import OPENING_WORD, name_word
from moderation.policy.rules.libel.sources import URL, attributes
from moderation.policy.types import Category, Submission

# Someone's kin handed public money or a post: "the contract went to his brother-in-law",
# "la obra se la dieron a su cuñado", "metió a su primo en la nómina".
_FAVOUR = re.compile(
    r"\b(?:contracts?|bids?|jobs?|payroll|posts?|permits?|licen[cs]es?|grants?|contratos?|"
    r"obras?|licitacion\w*|plazas?|puestos?|nomina|permisos?|concesion\w*|chambas?)\b"
)
_OWN_KIN = re.compile(rf"\b(?:his|her|su|sus)\s+(?:own\s+|propi[oa]s?\s+)?(?:{KIN_EN}|{KIN_ES})\b")


def kin_favoured(an: Analysis, sentences: range) -> bool:
    """The sentences tell of someone's kin and a contract or a post: a charge of nepotism
    against whoever gave it, a person even when unnamed."""
    units = [u for u in an.units if u.sentence in sentences]
    if not units:
        return False
    text = an.norm.text
    start, end = units[0].start, units[-1].end
    return bool(_FAVOUR.search(text, start, end) and _OWN_KIN.search(text, start, end))


# A charge left to the reader: the comment points at a gain or a tie and closes with a cue
# that the reader should draw the conclusion ("think about it", "saquen sus conclusiones",
# "qué curioso que ...", "nomás pregunto", "claro, coincidencia").
# Behind a substring test (`Prefiltered`): its lead-in ("^" or a mark) opens no literal, so the
# regex engine tries it at every position of every comment; hardly any holds one of its phrases.
_LEFT_TO_READER = Prefiltered(
    re.compile(
        r"(?:^|[.!?,:;]\s*|\.\.\.\s*)(?:think about it|piensenle|piensenlo|pienselo|"
        r"(?:you )?do the math|haganle cuentas|(?:ustedes )?saquen (?:sus )?(?:propias )?"
        r"(?:conclusiones|cuentas)|(?:yo )?nomas pregunto|solo pregunto|just asking(?: questions)?|"
        r"connect the dots|aten cabos|claro,? (?:pura )?coincidencia|pura coincidencia|"
        r"total coincidence)\s*(?:[.!?]|$)|"
        r"\b(?:que curioso que|everyone knows where|(?:todos|todo (?:el )?mundo) sabe[n]? "
        r"(?:de )?donde)\b"
    )
)
# What the reader is pointed at: money or goods come by, a payer, a tie, a timing.
_GAIN = branch_trie.compile(
    r"\b(?:estreno|estrena|new (?:truck|house|car|boat)|lake house|cash|money|dinero|lana|"
    r"troca|camioneta|casa|house|sponsor|patrocinador|paid|pago|pagaron|contracts?|contratos?|"
    r"right after|justo despues|same month|mismo mes|donations|limosna|cuentas|load|"
    rf"cargamento|laundromat|lavadero|{BAD_PARTY})\b"
)


# A coincidence pointed at ("funny how ...", "interesting that ...", "qué casualidad que ...",
# "raro que ...", "... coincidence?"): the writer hints, and the charge is what it points at.
_HINTED = Prefiltered(
    re.compile(
        r"\b(?:(?:funny|interesting|curious) (?:how|that)|(?:(?:que|q|muy|bien|nada) )?"
        r"(?:casualidad|raro|curioso|conveniente) (?:que|q)|se me hace (?:muy )?(?:raro|curioso|"
        r"conveniente) que)\b|\b(?:coincidence|coincidencia|casualidad)\?|"
        r"\b(?:que|q|what a) (?:casualidad|coincidencia|coincidence)\b"
    )
)
# What a hint points at about a person: kin handed a contract or a post, a purchase or a new
# possession, a gain timed right after a vote or a ruling ("got the paving contract", "bought a
# lake house right after the ruling", "se compró un rancho", "estrena camioneta").
# Kin words a hint names, in English and Spanish.
_KIN_WORDS = (
    r"brother-in-law|sister-in-law|son-in-law|brother|sister|wife|husband|son|daughter|"
    r"nephew|niece|cousin|cunad[oa]|herman[oa]|espos[oa]|hij[oa]|sobrin[oa]|prim[oa]|yerno|"
    r"compadre"
)
_HINTED_GAIN = re.compile(
    rf"\b(?:{_KIN_WORDS})(?:'s)?\s+(?:\w+\s+){{0,4}}?(?:got|gets|landed|won|opened|sits|tiene|gano|"
    r"consiguio|abrio|se quedo)\b|"
    r"\b(?:got|gets|landed|won|went to)\s+(?:the\s+|that\s+|a\s+)?(?:\w+\s+){0,2}?"
    r"(?:contract|bid|permit|job|abatement)\b|"
    r"\b(?:new|brand new|nueva|nuevo)\s+(?:truck|boat|house|car|f-\d+|ranch|camioneta|casa|"
    r"troca|rancho)\b|\b(?:lake house|estren\w*|se compro|bought (?:a|that|the) (?:\w+\s+)?"
    r"(?:house|ranch|boat|truck))\b|"
    r"\b(?:right after|the same (?:month|week|spring|year)|weeks? after|months? after|"
    r"justo despues|justo la semana|a los (?:dos|tres|pocos) (?:meses|dias|semanas))\b"
)
# Kin and a post, a contract or a business in the same few sentences: "the bid went to
# Pruitt's brother-in-law", "owned by the sheriff's brother-in-law", "la sobrina del regidor
# es ahora la jefa", "la agencia del cuñado de la secretaria".
_HINTED_KIN = re.compile(rf"\b(?:{_KIN_WORDS}|kid|suegr[oa])(?:'s)?\b")
_HINTED_POST = re.compile(
    rf"{_FAVOUR.pattern}|\b(?:company|companies|firm|outfit|business|llc|agency|empresa|"
    r"agencia|constructora|despacho|jef[ea]|director[a]?|board|owned by|works (?:in|at|for)|"
    r"trabaja (?:en|para))\b"
)


# Wealth set against a public wage: "drives a nice Lexus for a public salary", "afford three
# houses on that salary", "tres ranchos con sueldo de legislador": the reader is left to say
# where the money came from.
_ON_SALARY = Prefiltered(
    re.compile(
        r"\b(?:on|for|with)\s+(?:a|an|his|her|that|the|their|this|just|only)\s+"
        r"(?:[\w'$,.-]+\s+){0,3}?(?:salary|paycheck|stipend)\b|"
        r"\b(?:con|para|de)\s+(?:un\s+|una\s+|el\s+|su\s+|ese\s+|esa\s+)?(?:sueldo|salario)\s+"
        r"(?:de|del)\b(?!\s+(?:aqui|alla|hambre|miseria|risa)\b)|\bcon\s+(?:su|el|ese)\s+(?:sueldo|salario)\b"
    )
)
_WEALTH = re.compile(
    r"\b(?:houses?|ranch|ranchos?|ranches|lake house|boat|yacht|truck|lexus|escalade|range rover|"
    r"maserati|rolex|tahoe|f-\d+|mansion|condo|afford|affords|afforded|paid cash|pays cash|"
    r"paid off|private schools?|casas?|camionetas?|trocas?|carros?|audi|chales|yate|"
    r"departamentos?|mansion|compra|compro|pagar|paga|pago|tiene|tenga)\b"
)
_OWN_KIN_WRITER = re.compile(
    r"\b(?:my|mi|mis|our|nuestro|nuestra)\s+(?:dad|mom|father|mother|papa|mama|padre|madre|"
    r"hij[oa]s?|son|daughter|parents|padres|abuel[oa]|grand\w+|husband|wife|espos[oa])\b"
)


_WAGE_WORDS = ("salar", "paycheck", "stipend", "sueldo")

# A pointed question handed to the reader to put to a person: how much someone was paid, how
# they paid for what they own, where public money went ("ask Coach X how much the refs got",
# "ask the mayor about his new boat", "pregúntenle al general de dónde salieron sus tres
# casas", "... dónde quedaron los millones"). The answer is the charge.
_ASKED_GAIN = Prefiltered(
    re.compile(
        r"\bask\s+(?!(?:my|your|our|his|her)\b)(?:[\w.'\"-]+\s+){1,4}?(?:how\s+much\s+(?:the\s+\w+\s+)?(?:got|he\s+got|"
        r"she\s+got|they\s+got|he\s+paid|she\s+paid|he\s+took|she\s+took)|how\s+(?:he|she)\s+"
        r"(?:paid|afforded|bought|can\s+afford|could\s+afford)|about\s+(?:his|her)\s+new\s+"
        r"(?:boat|truck|house|car|ranch|escalade|pool|lake\s+house)|where\s+(?:the|all\s+the)\s+"
        r"(?:\w+\s+)?(?:money|funds|donations|millions)\s+went)\b|"
        r"\bpregunten?le\s+(?:a|al)\s+(?!(?:mi|mis|tu|tus|su|sus|nuestr[oa]s?)\b)"
        r"(?:[\w.'\"-]+\s+){1,4}?(?:cuanto\s+(?:le\s+|les\s+)?"
        r"(?:paso|pasaron|dio|dieron|pago|pagaron|saco)|como\s+(?:pago|compro|se\s+compro)|"
        r"de\s+donde\s+(?:salieron|saco|sacaron|salio)|donde\s+(?:quedaron|quedo|fue\s+a\s+parar|"
        r"fueron\s+a\s+parar))\b"
    )
)


# ... and not when the writer answers it in the same sentence, after a comma or a colon ("ask
# my grandmother how she paid for her house: forty years of work", "..., the report is out")
_ANSWERED = re.compile(r"[^.!?]*?[,;:]\s*\w")


def _asked_gain(text: str) -> re.Match | None:
    """A pointed question about a person's money that the comment leaves unanswered."""
    for m in _ASKED_GAIN.finditer(text):
        if not _ANSWERED.match(text, m.end()):
            return m
    return None


def _beyond_salary(an: Analysis) -> re.Match | None:
    """A public wage set against wealth in the same sentence (`_ON_SALARY`, `_WEALTH`), not
    about the writer's own kin ("my dad put three of us through school on that paycheck")."""
    text = an.norm.text
    if not any(w in text for w in _WAGE_WORDS):
        return None  # most comments: no wage named, no scan
    for m in _ON_SALARY.finditer(text):
        k = an.unit_at(m.start())
        if k is None:
            continue
        units = [u for u in an.units if u.sentence == an.units[k].sentence]
        start, end = units[0].start, units[-1].end
        if _WEALTH.search(text, start, end) and not _OWN_KIN_WRITER.search(text, start, end):
            return m
    return None


def _hinted_gain(an: Analysis, sub: Submission) -> re.Match | None:
    """A coincidence pointed at in a sentence that, with the next one, tells of a gain."""
    text = an.norm.text
    for cue in _HINTED.finditer(text):
        k = an.unit_at(cue.start())
        sentence = an.units[k].sentence if k is not None else 0
        units = [u for u in an.units if sentence - 1 <= u.sentence <= sentence + 1]
        if not units:
            continue
        start, end = units[0].start, units[-1].end
        if _HINTED_GAIN.search(text, start, end) or (
            _HINTED_KIN.search(text, start, end) and _HINTED_POST.search(text, start, end)
        ):
            return cue
    return None


@rule("libel.insinuated_gain", Category.LIBEL)
def insinuated_gain(an: Analysis, sub: Submission) -> list[Hit]:
    """A gain or a tie hinted about a named person and left to the reader, with no source:
    held as libel, never rejected (a group named is left to the hate rules)."""
    text = an.norm.text
    cue = _LEFT_TO_READER.search(text)
    if cue is not None and not (_GAIN.search(text) or _OWN_KIN.search(text)):
        cue = None
    hinted = cue is None
    if hinted:
        cue = _hinted_gain(an, sub) or known_misdeed(an) or _beyond_salary(an) or _asked_gain(text)
    if cue is None or URL.search(sub.text):
        return []
    if "G" in an.codes or "g" in an.codes:
        return []
    if any(attributes(an, u) and not hearsay(an, u) for u in an.with_class("attribution")):
        return []
    if not (
        _name_spans(an, sub)
        or _opening_name(an, sub.text, cue.group())
        or _titled_name(an, sub.text)
        or (hinted and any(identifies(an, u, sub.text) for u in an.with_class("title")))
    ):
        return []  # a name, not an office many hold ("the same commissioners")
    return [
        Hit(
            "libel.insinuated_gain",
            0.6,
            (an.norm.span(cue.start(), cue.end()),),
            "a gain or tie hinted about a person and left to the reader",
            True,
        )
    ]


def _titled_name(an: Analysis, text: str) -> bool:
    """A title with a name after it ("el padre Anselmo", "Coach H")."""
    return any(NAME_AFTER.match(text, an.span(u.index, u.index)[1]) for u in an.with_class("title"))


def _opening_name(an: Analysis, text: str, cue: str) -> bool:
    """Some sentence opens with a capitalised word that is no stop word, dictionary word or
    word the comment writes in lower case: a surname ("Mendoza firmó ..."). The cue's own
    first word is none ("Saquen cuentas.", "Piénsenle."): an imperative to the readers."""
    cue_words = set(re.findall(r"\w+", cue))
    return any(
        name_word(an, text, m.group(1)) and fold_term(m.group(1)) not in cue_words
        for m in OPENING_WORD.finditer(text)
    )
