"""The antisemitic tropes of Spanish comments, by their marks (`hate.es_trope`, hold only).

Jews named, or pointed at by their marks (a synagogue, a skullcap, "el pueblo elegido", "su
tribu", a family name held up as Jewish, "globalistas"), beside the trope of money and control:
the banks, the media and Hollywood are theirs, they pull the strings, they look after only
their own, their loyalty is to Tel Aviv. And the Holocaust called a tale, a business or
smaller than told. Criticism of Israel's government names a state, not these marks, and
passes.

Every hit only holds: a moderator reads it. The trope is the commonest line the blog's readers
quote to refute ("eso de que los judíos controlan los bancos es un mito"): a negation before
it, a quoted or reported line, and a comment that calls some line antisemitic, false or a myth
let it pass.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context.label_fended_es import FENDING_ES
from moderation.policy.rules.context.others_belief import OTHERS_BELIEF
from moderation.policy.rules.hate.reaction_verb import others_belief_resented
from moderation.policy.rules.hate_es_held import held_shape
from moderation.policy.rules.hate_es_implicit import reported_before, reported_es
from moderation.policy.rules.hate_es_short import (
    NEG_BEFORE_ES,
    masked_words,
    negated_es,
    units_inside,
)
from moderation.policy.types import Category

_RULE = "hate.es_trope"
_SCORE = 0.75

# Jews named or pointed at by their marks.
_MARK = re.compile(
    r"\b(?:judi[oa]s?|sinagogas?|kipa|kippa|rothschild\w*|pueblo elegido|su tribu|"
    r"globalistas?|goldberg|goldman|goldstein|cohen|levy|apellidos? (?:judios|raros?)|"
    r"(?:terminan|terminados?) en (?:berg|stein)|de que pueblo es|el mismo grupito)\b"
)
# The trope of money and control: a verb of control, ownership or funding with an object of
# power ("controlan los bancos", "son dueños de los medios", "financian las guerras"), or a
# phrase that is the trope on its own ("se cuidan entre ellos", "mueven los hilos"). Money,
# a bank or a business alone is everyday life ("el banco de alimentos", "un negocio de telas").
_CONTROL_VERB = (
    r"(?:controlan|controla|controlando|controlarnos|controlar|manejan|maneja|mandan en|"
    r"manda en|dominan|domina|duenos de|dueno de|detras de|detras del|financian|financia|"
    r"financiando|"
    r"mueven|moviendo|compraron|compran|tienen comprad[oa]s?|patrocinan|manipulan|manipular|"
    r"pertenecen|les pertenecen)"
)
_POWER = (
    r"(?:(?:los |las |la |el |a los |a la |al |del )?(?:todo|bancos|banca|banqueros|medios|prensa|"
    r"hollywood|dinero|gobiernos?|televisoras|wall street|fmi|banco mundial|guerras|"
    r"politicos|congreso|inmobiliarias|remesadoras|western union|mundo|hilos|"
    r"presidentes?|elecciones|cadenas|corporaciones|empresas|todas las \w+))"
)
_CONTROL = re.compile(
    rf"\b{_CONTROL_VERB} (?:\w+ ){{0,2}}?{_POWER}\b|"
    r"\b(?:se (?:protegen?|cuidan|ayudan|tapan) (?:solo )?entre (?:ellos|ustedes)|"
    r"mueven los hilos|su agenda|reemplaz\w+|banqueros|prestamistas|dominados|bancos|"
    r"controlan|controlando|controlarnos|cobran intereses|usur\w+|"
    r"gan\w+ con (?:las )?guerras|(?:pista al|sigan el|siguele al|sigue el) dinero|"
    r"todo el dinero|el dinero del mundo|wall street|davos|ya sabemos para quien(?:es)?)\b|"
    r"\b(?:paga|pagan|pagando|financia\w*) (?:\w+ ){0,2}?(?:las |los )?"
    r"(?:marchas|protestas|caravanas|campanas|revueltas|disturbios)\b|"
    # two seats of power in one breath: "en el gobierno y en los medios"
    r"\ben (?:el |los |la )?(?:gobierno|medios|bancos|hollywood|prensa)\W+(?:y|e) (?:en )?"
    r"(?:el |los |la )?(?:gobierno|medios|bancos|hollywood|prensa)\b"
)
# The Holocaust called a tale, a business or smaller than told.
_DENIAL = re.compile(
    r"\bholocausto\b[^.]{0,80}?\b(?:no fue (?:como|tan)|ni fue (?:como|tan)|cuento|cuentito|"
    r"negocio|se inflaron|inflad[oa]s?|lo inventa\w*|inventad[oa]|mentira|que si seis millones|"
    r"ya aburren|mucho menos|para seguir cobrando|para sacar dinero|sobrevivieron\W)|"
    r"\b(?:seis millones|6 millones)\b[^.]{0,30}?\b(?:aja|si claro|que nada|ya aburren|cuento)\b|"
    r"\b(?:tanto llorar|ya se quejan|se quejan|ahora todo es)\b[^.]{0,20}?\bholocausto\b|"
    r"\bholocuento\b|\bana frank\b[^.]{0,40}?\b(?:no escribio|boligrafo|invent\w+|mentira)\b"
)
_MONEY = "Jews held to own the money and the media or to look after their own"
_DENIED = "the Holocaust called a tale or a business"


# A negation or a rebuttal between the mark and the trope ("los judíos no controlan nada").
_DENIED_BETWEEN = re.compile(r"\b(?:no|ni|nunca|jamas|tampoco|nadie|ningun|ninguna)\b")
# The trope named a tale to refute it, beyond `condemns` ("ese cuento ya está muy viejo"), or
# a word's use discussed, unless the writer fends the name off ("no me digan antisemita").
_REBUTTED = re.compile(
    r"\b(?:cuento|mito|bulo|mentira|antisemit\w*|conspirativ\w+|nazis?|tonterias|cliche|"
    r"caricaturas?|libelo|disparate|quiere decir|(?:lo|la|se) usan? (?:para|como)|"
    r"como si (?:fueran|fuera)|los que hablan de|me (?:da|dan) (?:mas )?(?:tristeza|pena|coraje)|"
    r"(?:alguien|gente|uno) (?:aqui )?(?:escribe|escribio|escriben|dice|dijo) que)\b"
)
# The name denied ("no es antisemitismo", "no soy nazi") or fended off in advance with the
# shared phrases (`label_fended_es.FENDING_ES`: "me van a llamar antisemita", "díganme
# nazi"); the names are this rule's own (a tale, a lie, a conspiracy), so the labels are kept
# here.
_FENDED = re.compile(
    rf"(?:\b(?:no (?:es|soy|sean)|ni (?:es|soy)|y no es)|{FENDING_ES}) "
    r"(?:\w+ ){0,2}?(?:antisemit\w*|nazi|conspirac\w+|cuento|mentira)"
)


# A short sentence that only fends off the name of a bigotry ("No es racismo, es prudencia.",
# "Yo no soy homofóbico.", "Es cuestión de salud, no de racismo."): its "no" denies the name,
# not the line, and it does not part a group from the line said of it across it.
_DISCLAIMER = re.compile(
    r"(?:^|(?<= \. ))(?:[a-z,]+ ){0,5}?(?:(?:no|ni) (?:es|soy|somos|sea|se trata de|lo digo por|"
    r"tiene nada que ver con)|, no de|no de) (?:el |la |\w+ )?(?:racis\w+|xenofob\w+|odio|"
    r"homofob\w+|antisemit\w+|machis\w+|discrimin\w+|prejuicio|clasis\w+|transfob\w+)"
    r"(?: , (?:(?:es|sino|solo|nomas|simplemente|pura|puro) )+(?:[a-z]+ ){0,3}?[a-z]+"
    r"| , (?:tengo|conozco|trabajo con|tuve) (?:[a-z]+ ){0,6}?[a-z]+)?(?: \. |$)"
)


# A string of each name `_DISCLAIMER` fends off: without one, there is nothing to blank.
_DISCLAIMER_NEEDLES = ("racis", "xenofob", " odio", "homofob", "antisemit", "machis", "discrimin",
                       "prejuicio", "clasis", "transfob")  # fmt: skip


def without_disclaimers(words: str) -> str:
    """`words` with each fended-off name sentence blanked (offsets kept)."""
    if not any(needle in words for needle in _DISCLAIMER_NEEDLES):
        return words
    return _DISCLAIMER.sub(lambda m: " " * len(m.group(0)), words)


def marked_span(words: str, mark: re.Pattern, said: re.Pattern) -> tuple[int, int] | None:
    """The span of a group's `mark` and a line `said` of it in one sentence or two adjacent
    ones, with no negation between them ("los judíos no controlan nada"). A sentence that only
    fends off a name ("no es racismo, es prudencia") sits between them as if not there."""
    words = without_disclaimers(words)
    # the lines said in each window, read once: a window of one long sentence holds every mark
    said_in: dict[tuple[int, int], list[re.Match]] = {}
    for m in mark.finditer(words):
        start = words.rfind(" . ", 0, m.start())
        start = words.rfind(" . ", 0, max(0, start)) if start > 0 else 0
        end = words.find(" . ", m.end())
        end = words.find(" . ", end + 3) if end >= 0 else -1
        window = (max(0, start), end if end >= 0 else len(words))
        if window not in said_in:
            said_in[window] = list(said.finditer(words, *window))
        for c in said_in[window]:
            a, b = min(m.start(), c.start()), max(m.end(), c.end())
            gap = (m.end(), c.start()) if m.start() < c.start() else (c.end(), m.start())
            if not _DENIED_BETWEEN.search(words, *gap):
                return a, b
    return None


def _rebutted(words: str) -> bool:
    """The comment calls the trope a tale or a myth, and not to fend the name off."""
    return any(
        not _FENDED.search(words, max(0, r.start() - 40), r.end())
        for r in _REBUTTED.finditer(words)
    )


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    words, offsets, index = masked_words(an, set())
    found: list[tuple[int, int, str]] = []
    denial = _DENIAL.search(words)
    if denial and not (negated_es(words, denial) or reported_es(words, denial)):
        found.append((denial.start(), denial.end(), _DENIED))
    span = marked_span(words, _MARK, _CONTROL)
    if span is not None and not _rebutted(words):
        found.append((span[0], span[1], _MONEY))
    units: list[tuple[int, int, str]] = []
    for a, b, what in found:
        lo = max(0, a - 60)
        before = words[lo:a]
        if OTHERS_BELIEF.search(before) or reported_before(before, words, lo):
            continue
        if NEG_BEFORE_ES.search(words, max(0, a - 20, words.rfind(",", 0, a)), a):
            continue
        inside = units_inside(offsets, index, a, b)
        if inside and others_belief_resented(an, inside[-1]):
            continue  # "de los X me molesta que la gente diga que controlan los bancos"
        if inside:
            units.append((inside[0], inside[-1], what))
    return units


# Words every shape holds: most comments end at this search.
_OPENING = re.compile(
    r"\b(?:judi|sinagoga|kip|rothschild|elegido|tribu|globalista|gold|cohen|levy|apellido|"
    r"holocausto|millones|holocuento|ana frank|terminan|pueblo es|grupito)"
)


@rule(_RULE, Category.HATE, needs=(_OPENING,))
def es_trope(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that puts Jews behind the money or calls the Holocaust a tale."""
    del sub
    if an.lang != "es" or not an.units or not _OPENING.search(an.norm.text):
        return []
    return held_shape(an, _RULE, _SCORE, _shapes(an))
