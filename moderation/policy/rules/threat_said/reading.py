"""A comment's threats (`read`, kept on the analysis) and their hits (`hits`): the gate of
trigger prefixes, then each shape's match read as a threat or set aside."""

from __future__ import annotations

import re
from dataclasses import dataclass

from moderation.policy.analysis import Analysis
from moderation.policy.lexicon import skipping
from moderation.policy.rules import Hit
from moderation.policy.rules.context import (
    all_quoted,
    condemned_elsewhere,
    dismissed_after,
    kind_manner,
    playful_threat,
    quoted_claim,
    reported_after,
    suppressed,
)
from moderation.policy.rules.hate.helpers import how_many_more
from moderation.policy.rules.threat_said.acts_en import EN_HOME, EN_MEANS
from moderation.policy.rules.threat_said.acts_es import (
    ES_ACT,
    ES_BLOW,
    ES_GIVE,
    ES_MEANS,
    ES_WEAK,
    ES_WEAK_BLOW,
)
from moderation.policy.rules.threat_said.bare_order import bare_order
from moderation.policy.rules.threat_said.described import (
    after_trial,
    coordinated_en,
    relative_indicative_es,
)
from moderation.policy.rules.threat_said.forms import SUBJUNCTIVE, TRIGGERS
from moderation.policy.rules.threat_said.guards import (
    CRIMINALS,
    DONE,
    after_mood,
    guarded,
    negated,
    team_beaten,
)
from moderation.policy.rules.threat_said.named import character_object
from moderation.policy.rules.threat_said.places import placed
from moderation.policy.rules.threat_said.relative_doer import act_of_relative_doer
from moderation.policy.rules.threat_said.shapes import (
    EN_SHAPES,
    ES_SHAPES,
    SEARCHED,
    Shape,
    group_or_none,
)
from moderation.policy.rules.threat_said.targets import (
    HOME_ES,
    PEOPLE,
    PESTS,
    ROLE,
    STOPS,
    YOU,
    antecedent,
    person_word,
    sentence_spans,
    unit_at,
    whom,
)


@dataclass(frozen=True, slots=True)
class Threat:
    target: str  # "group" (a protected group), "person" (someone named or spoken to), "people"
    strong: bool  # a clear act of harm; a weak one ("deal with", "teach a lesson") holds
    first: int  # units
    last: int
    why: str


# Words of the hand-written pieces (particles, dues, blows, the shapes' own acts) as triggers.
_TRIGGER_WORDS_EN = (
    "wipe wiped wipes wiping beat beats beating string strung rough finish hunt gun "
    "guns gunned mow mowed blow blew burn burnt smash shoot shot light lit run ran cut "
    "knock put pump teach taught take took taking round fair open legitimate target fire "
    "flames lesson deserve deserves deserved deserving earned earn killing shooting "
    "beating lynching hanging stabbing burning torching gassing bombing hitting punching "
    "hurting raping hunting hit punch slap drive driving coming bullet bullets rope noose "
    "throw throws throwing threw thrown drives drove push pushes pushing pushed dump dumps "
    "dumping dumped toss tosses tossing tossed bury buried sink sank "
    "death die lead happens coming did line lined lining stand stood firing gallows gas ovens "
    "oven wall"
)
_TRIGGER_WORDS_ES = (
    "sacar sacarlos sacarlas agarrar agarrarlos mataron quemaron colgaron lincharon "
    "balearon golpearon asesinaron desaparecieron acribillaron masacraron murieron "
    "ahogaron vamos voy iremos ire venimos vengo merecen merece merecian merecia "
    "merecerian necesitan ocupan golpiza paliza madriza putiza chinga calentada tunda "
    "felpa tiro balazo plomazo machetazo escarmiento susto plomo bala balazos cran piso arrancar "
    "horca paredon hoguera soga sogas metralla silla camara camaras "
    "matarile muerte fuego candela merecido leccion hacer hacerles darles malas"
)
TRIGGERS["en"].update(w[:4] for w in _TRIGGER_WORDS_EN.split())
TRIGGERS["es"].update(w[:4] for w in _TRIGGER_WORDS_ES.split())
# Function words some forms open with ("dé" is "de" folded): never a trigger on their own.
_NOT_TRIGGERS = frozenset(
    {"de", "con", "por", "en", "a", "o", "an", "do", "id", "ida",
     "idas", "ido", "idos", "dan", "dad", "ire", "ira", "imos", "amos", "iend"}
)  # fmt: skip
# `PESTS.search`'s answer, found faster (`lexicon.skipping`): read as a yes or no.
_PESTS_SEARCH = skipping(PESTS)[0]
# Built once the act modules imported above have filed their triggers in `TRIGGERS`.
_TRIGGER_SETS = {lang: frozenset(words) - _NOT_TRIGGERS for lang, words in TRIGGERS.items()}


def read(an: Analysis) -> tuple[Threat, ...]:
    """Every threat the comment makes in the grammar of `shapes` (memoised on the analysis)."""
    key = "threat_said"
    if key not in an.memo:
        text = an.norm.text
        gate = _TRIGGER_SETS["es" if an.lang == "es" else "en"]
        readable = an.units and not gate.isdisjoint(an.prefixes) and not _PESTS_SEARCH.search(text)
        an.memo[key] = tuple(_read(an)) if readable else ()
    return an.memo[key]


def _read(an: Analysis):
    text = an.norm.text
    lang = "es" if an.lang == "es" else "en"
    ready = set(SEARCHED[lang].candidates(text))
    shapes = [
        shape for k, shape in enumerate(ES_SHAPES if lang == "es" else EN_SHAPES) if k in ready
    ]
    if not shapes:
        return
    gate = _TRIGGER_SETS[lang]
    for s in sentence_spans(an):
        if not any(w[:4] in gate for w in text[s[0] : s[1]].split()):
            continue
        for shape in shapes:
            for m in shape.rx.finditer(text, s[0], s[1]):
                threat = _reading(an, s, shape, m)
                if threat is not None:
                    yield threat
                    break


_VIGILANTE = re.compile(r"\b(?:someone|somebody|alguien|we|nosotros|let'?s|vamos|i'll|i will)\b")


def _span(m: re.Match, names: tuple[str, ...]) -> tuple[int, int] | None:
    for name in names:
        if group_or_none(m, name) is not None:
            return m.start(name), m.end(name)
    return None


# An explicit agent for a weak act: "someone should deal with him", "hay que acabar con ellos";
# "the county should go after them" (an office doing its job) is not one.
_AGENT = re.compile(
    r"\b(?:someone|somebody|anyone|people|we|y'?all|you guys|everyone|let'?s|let us|i|"
    r"alguien|hay que|habria que|tenemos que|vamos|voy|nosotros|yo|deberiamos|debemos)\b"
)


# Acts that threaten only a group: a hunt, a line-up with no wall ("we'll hunt Republicans in
# every district", "line them all up, the candidates"), and the verbless calls of `shapes`.
_GROUP_ONLY = re.compile(r"(?:hunt|hunts|line|lines)\b(?![^.!?;]*\bwall\b)")
_WALL = re.compile(r"\bagainst (?:a|the) wall\b")


# Acts as often figures or everyday deeds when their object is one person ("enterrar a su
# abuelo", "colgarle la medalla", "quemar al candidato", "crucify him in the press", "bury him
# in paperwork"): they threaten a person spoken to, or with a weapon or a blow named.
_AMBIGUOUS = re.compile(
    r"(?:quem|incendi|colg|cuelg|peg|ahog|bombarde|atropell|revent|revient|desaparec|viol|"
    r"ech|tir|arroj|throw|threw|drive|drove|push|dump|toss|"
    r"quebr|enterr|entierr|tron|cazar|caz|rematar|remat|hang|hung|burn|torch|bur(?:y|ied)|"
    r"drown|crucif|smash|blow|blew|nuk|bomb|chok|whip|skin|stone|hunt|finish|gas)"
)


def _plain(an: Analysis, m: re.Match, act: tuple[int, int], k: int) -> bool:
    """The act is plainly violent: it falls on someone spoken to ("te", "you"), names a weapon
    or a blow, or a burning falls on a home."""
    text = an.norm.text
    u = an.units[k].text
    if u in YOU[an.lang] or u.split()[0] in YOU[an.lang]:
        return True
    if re.search(r"\bte\b|\w(?:ar|er|ir)te\b", text[m.start() : act[1]]):
        return True
    means = ES_MEANS if an.lang == "es" else EN_MEANS
    rest = text[act[0] : min(len(text), act[1] + 80)]
    if re.search(means, rest) or re.search(rf"\b{EN_HOME}\b|{HOME_ES}", rest):
        return True  # ("carteles" holds no "car")
    if an.lang == "es" and re.match(r"\s+" + ES_BLOW, text[act[1] :]):
        return True  # "os pegaremos un tiro": the blow named
    if an.lang == "es" and _ALIVE.match(text, act[0]):
        return True  # "quémenlo vivo", "entiérrenla viva": burnt or buried alive
    if an.lang == "es" and _DISAPPEARED.match(text, act[0]):
        return True  # "hay que desaparecer a ese comentarista": a forced disappearance
    # "os colgaremos" falls on the readers, "os colgaremos las fotos" on a thing given them
    return bool(re.search(r"\bos\b|\w(?:ar|er|ir)os\b", text[m.start() : act[1]])) and not (
        _THING_AFTER.match(text, act[1])
    )


# "Desaparecer" with a person as its object, marked by the personal "a" or a clitic: in
# Mexico a forced disappearance ("hay que desaparecer a ese reportero", "desaparecerlo");
# with a thing ("desaparecer la oficina", "el programa") it abolishes, which `_headed` reads.
_DISAPPEARED = re.compile(r"desaparec\w*?(?:\s+(?:a|al)\s|(?:l[oa]s?|les?)\b)")
_ALIVE = re.compile(r"(?:quem|incendi|entierr|enterr)\w*\s+viv[oa]s?\b")
_THING_AFTER = re.compile(
    r"\s+(?:el|la|los|las|un|una|unos|unas|mi|mis|tu|tus|su|sus|vuestr[oa]s?|nuestr[oa]s?)\b"
)


def _imperative_es(act: str) -> bool:
    """The act opens with a plural imperative: a subjunctive of the acts ("maten",
    "quémenlos"), or "denles", "rómpanles" and the like."""
    word = act.split()[0]
    return word in SUBJUNCTIVE or bool(_GIVE_IMPERATIVE.fullmatch(word))


# A singular usted imperative, with its clitics ("cuelgue", "tírelo"), not a past or an
# infinitive ("colgaba", "colgaría", "colgar").
_USTED = re.compile(r"(?!\w*(?:aba|ia|ra|ar|er|ir)(?:l[oa]s?|les?)?$)\w+[ea](?:l[oa]s?|les?)?")
_GIVE_IMPERATIVE = re.compile(
    r"(?:den|metan|echen|rompan|partan|quiebren|revienten|corten|tuerzan|saquen|arranquen)\w*"
)
# Weak acts that threaten only with a weapon or a crowd named ("lo esperamos con palos").
_MEANS_ONLY = re.compile(r"(?:esper|agarr|sac|saqu)\w*\b")


# "Enseñar a" and the infinitive of a skill teaches it ("a hacer pan", "a leer"); any other
# verb ("a respetar", "a sangrar") is the lesson a warning promises.
_SKILL_TAUGHT = re.compile(
    r"\s+(?:(?:a|al) (?:\w+ ){0,3}?)?a (?:hacer|leer|escribir|manejar|cocinar|nadar|hablar|"
    r"coser|tejer|bailar|cantar|sembrar|usar|programar|tocar|pescar|contar|sumar|dibujar|pintar|"
    r"montar|preparar|cuidar|rezar|jugar|andar en|arreglar|reparar|hornear|vender|cultivar|"
    r"ahorrar|pronunciar|deletrear|traducir|sacar cuentas)\b"
)


def _lament(an: Analysis, act: tuple[int, int], lo: int, hi: int) -> bool:
    """`how_many_more` for a threat's act: "¿Cuántas mujeres más tienen que morir?" counts
    the group named before the act (units lo..hi are the sentence's) to ask that it stop."""
    v = unit_at(an, act[0], lo, hi)
    g = next((k for k in range(v - 1, lo - 1, -1) if an.units[k].code == "G"), None)
    return g is not None and how_many_more(an, g, v)


def _reading(an: Analysis, s, shape: Shape, m: re.Match) -> Threat | None:
    """The threat one match of a shape makes, once its guards and its target are read."""
    text = an.norm.text
    start, end, ufirst, ulast = s
    who = _span(m, ("who", "who2", "who3")) or (m.start(), m.start())
    act = _span(m, ("act", "act2", "weak", "fate", "fire")) or (who[1], who[1])
    lo_all = min(who[0], act[0])
    weak = group_or_none(m, "weak") is not None
    stop = STOPS.search(text, act[1], end)
    clause = text[start:end]
    writer = shape.name in ("intent", "progressive", "plan", "future", "by_hand")  # the writer
    fate = m.start("fate") if group_or_none(m, "fate") is not None else None
    if guarded(
        clause, after_mood(text, lo_all, fate, stop.start() if stop else end), an.lang, writer
    ):
        return None
    if kind_manner(text, act[1]):
        return None  # "kill them with kindness", "matarlos a besos"
    if (
        weak
        and "ensen" in text[act[0] : act[1]]
        and _SKILL_TAUGHT.match(text, act[1])
        and not re.search(ES_MEANS, text[act[1] : end])
    ):
        return None  # "yo le enseñé a hacer baleadas": a skill taught, no lesson given
    if team_beaten(an, act[0], act[1]):
        return None  # "les vamos a partir la madre a los Pumas este domingo": a match
    if character_object(text, act[1]):
        return None  # "que se muera ya el personaje del alcalde": a story's character
    if _lament(an, act, ufirst, ulast):
        return None  # "¿Cuántas mujeres más tienen que morir?": a lament that asks it to stop
    if shape.name == "wish" and act_of_relative_doer(text, who[1], act[0]):
        return None  # "I wish death on anyone who hurts immigrants": the act is the wrongdoer's
    said = range(unit_at(an, lo_all, ufirst, ulast),
                  unit_at(an, max(act[0], act[1] - 1), ufirst, ulast) + 1)  # fmt: skip
    if all(an.units[k].quoted for k in said):
        return None  # '"Ojalá se mueran todos" escribió un señor ... Lo reporté': quoted
    if shape.name != "passive" and DONE.search(text, max(start, act[0] - 12), act[0]):
        return None  # "the man who was shot", "after they were beaten": harm done, reported
    usted = False  # a usted imperative ("cuélguelo"), a threat only with the act's place
    if shape.name == "imperative" and an.lang == "es" and not _imperative_es(text[act[0] : act[1]]):
        if not _USTED.fullmatch(text[act[0] : act[1]].split()[0]):
            return None  # "golpearon a ...", "matar a ..." open a report or a subject
        usted = True
    if (
        shape.name == "wish"
        and an.lang == "es"
        and relative_indicative_es(text[who[0] : who[1]], text[act[0] : act[1]])
    ):
        return None  # "los ayatolas, que cuelgan a homosexuales": what they do, described
    if shape.name == "imperative" and an.lang == "en" and coordinated_en(text, start, act[0]):
        return None  # "They behead people and hang them from bridges": what they do
    if shape.name == "plan":
        plan = _plan(an, s, m, act)
        if plan is None or isinstance(plan, Threat):
            return plan
        weak = plan
    lo = max(start, max(text.rfind(c, start, lo_all) for c in ",;:") + 1)
    if negated(text, lo, act[0]):
        if not text.startswith(("si ", "if "), who[0]):
            return None
        near = max(start, max(text.rfind(c, start, act[0]) for c in ",;:") + 1)
        if negated(text, near, act[0]):
            return None  # "si no renuncia, lo sacamos": the condition's negation is not ours
    target = whom(an, s, shape, m, who, act, stop)
    if target is None:
        return None
    kind, k = target
    if kind == "name":
        if weak or writer:
            return None  # "deal with Ortiz" is mild; "I'm gonna kill Dave" a friend's hyperbole
        kind = "person"  # "someone should beat the hell out of Maria for what she did"
    if kind == "people":
        kind = antecedent(an, k)
    if group_or_none(m, "who3") is not None and kind != "group":
        return None  # "politicians are fair game" (for criticism)
    if kind != "group" and (shape.name == "verbless" or _GROUP_ONLY.match(text, act[0])):
        return None  # "rope for traitors", "line them up", "hunt Democrats": harsh talk
    if kind == "people" and _WALL.search(text, act[0], act[1]) and not _lined_up(an, act, k):
        return None  # "line them up against the wall, the paintings": "them" may be things
    if kind != "group" and playful_threat(an):
        return None  # "if you guys don't win tonight I'll kill you all haha": friends in play
    u = an.units[k]
    if u.end <= act[0]:
        side = text[start : act[0]]
    elif u.start >= act[1] and u.text not in PEOPLE:
        side = text[act[1] : end]
    else:
        side = clause  # a clitic or a pronoun stands for someone named anywhere before
    if CRIMINALS.search(side) and not _VIGILANTE.search(clause):
        return None  # "cartel members should be hanged": a penal opinion
    if (
        shape.name in ("imperative", "passive", "call")
        and kind != "group"
        and after_trial(text, act[0])
        and not _VIGILANTE.search(clause)
    ):
        return None  # "Hang them. After a fair trial, obviously": a sentence called for
    at_place = placed(an.lang, text, act, max(act[1], an.units[k].end))
    if usted and not at_place:
        return None  # "mate al rey", "cuelgue la ropa": a game, a chore
    if (
        kind == "person"
        and _AMBIGUOUS.match(text, act[0])
        and not _plain(an, m, act, k)
        and not at_place
        and not (shape.name == "imperative" and not usted and _bare_person(an, act, k))
    ):
        return None  # "hay que enterrar a su abuelo", "the press will crucify him": figures
    strong = not weak
    if weak and kind == "person" and re.match(r"beat\b", text[act[0] : act[1]]):
        strong = True  # "someone should beat the author": a team is beaten in a game
    if an.lang == "es" and group_or_none(m, "act") and ES_WEAK_BLOW.search(group_or_none(m, "act")):
        strong = False
    if shape.name == "ultimatum":
        return _finish(an, s, kind, False, lo_all, act[1], shape.name, m, k)
    if not strong:
        means = ES_MEANS if an.lang == "es" else EN_MEANS
        strong = bool(re.search(means, text[act[0] : end]))
        if not strong and shape.name not in (
            "intent",
            "future",
            "call",
            "plan",
            "imperative",
            "ultimatum",
            "progressive",
        ):
            return None
        if not strong and _MEANS_ONLY.match(text, act[0]):
            return None  # "hay que esperar el fallo": waiting harms only with clubs in hand
        if not strong and shape.name == "call" and not _AGENT.search(text, lo, act[0]):
            return None  # "the county should go after them": an office at its job
        if not strong and kind == "group" and shape.name == "call":
            return None  # "we need to deal with the immigration backlog": policy
    return _finish(an, s, kind, strong, lo_all, act[1], shape.name, m, k)


def _lined_up(an: Analysis, act: tuple[int, int], k: int) -> bool:
    """The line-up against the wall holds people named by role ("line those reporters up
    against the wall"), not "them" (things, maybe) nor people named after it."""
    u = an.units[k]
    last = u.text.split()[-1]
    inside = act[0] <= u.start and u.end <= act[1]
    return inside and (person_word(u) or last[:-1] in ROLE or last[:-2] in ROLE)


def _bare_person(an: Analysis, act: tuple[int, int], k: int) -> bool:
    """The imperative's object is a person word that closes the clause ("Quemen al reportero.",
    "Hang the mayor."): `bare_order`."""
    u = an.units[k]
    return person_word(u) and bare_order(an.lang, an.norm.text, act, u.end)


def _plan(an: Analysis, s, m: re.Match, act: tuple[int, int]) -> bool | Threat | None:
    """A plan in the present ("lo agarramos entre todos", "vamos por él"): None when the verb
    names no harm, the finished threat when the shape names its target, else whether weak."""
    if group_or_none(m, "rest") is None:
        who = m.group("weak").split()[0]
        if _fetching(an.norm.text, m.start(), act[1]):
            return None  # "cuando voy por ella a la escuela": a habit or an errand
        k = unit_at(an, act[0], s[2], s[3])
        if who in ("el", "ella", "ti", "usted", "vosotros", "vosotras"):
            return _finish(an, s, "person", False, m.start(), act[1], "plan", m)
        if who in ("ellos", "ellas", "ustedes"):
            return _finish(an, s, antecedent(an, k), False, m.start(), act[1], "plan", m)
        return False
    verb, rest = m.group("act"), m.group("rest")
    if re.fullmatch(ES_GIVE, verb) is not None:
        blow = re.match(r"\s+(?:(?:te|lo|la|los|las|le|les)\s+)?" + ES_BLOW, rest)
        return None if blow is None else bool(ES_WEAK_BLOW.search(blow.group(0)))
    if re.fullmatch(ES_ACT, verb) is not None:
        return False
    return True if re.fullmatch(ES_WEAK, verb) is not None else None


# "voy por ella" is also "I go and fetch her": after a clause of habit or time ("cuando
# voy por ella", "siempre que vamos por él") or before the place it is done at ("voy por
# ella a la escuela") it tells an errand, not a plan.
_HABIT_BEFORE = re.compile(
    r"\b(?:cuando|siempre que|cada vez que|a veces|diario|todos los dias)\s+$"
)
_ERRAND_AFTER = re.compile(
    r"\s+(?:a|al|a la|de|del|de la|en)\s+(?:la\s+|el\s+)?(?:escuela|colegio|kinder|primaria|"
    r"secundaria|prepa|guarderia|trabajo|chamba|parada|aeropuerto|central|camion|clinica|"
    r"hospital|iglesia|misa|doctor|practica|entrenamiento|clase|clases)\b"
)


# What makes the errand a threat again ("cuando voy por ella va a ver").
_MENACE_AFTER = re.compile(
    r"[^.!?]{0,40}\b(?:va a ver|van a ver|se va a arrepentir|se van a arrepentir|ya sabe|"
    r"ya saben|me las paga|me la paga|no (?:la|lo) cuenta|se acabo)\b"
)


# A public figure or a reader's enemy in the comment, or the writer tracking someone: "voy por
# ella" is then no errand ("ya sé dónde estudia la hija del periodista, voy por ella").
_AIMED = re.compile(
    r"\b(?:periodista|reporter[oa]|diputad[oa]|regidor|regidora|alcalde|alcaldesa|autor|autora|"
    r"bloguer[oa]|comentarista|columnista|senador|senadora|gobernador|gobernadora|juez|jueza|"
    r"traidor|traidora|vendid[oa]|marcad[oa]|ya se donde|ya ubique|que se cuide|se le acaba|"
    r"le enseno|no ve el amanecer)\b"
)


def _fetching(text: str, start: int, end: int) -> bool:
    """The bare "voy por ella" of a plan tells an errand: `_HABIT_BEFORE`, `_ERRAND_AFTER`,
    unless a menace follows (`_MENACE_AFTER`)."""
    errand = _HABIT_BEFORE.search(text, max(0, start - 30), start) or _ERRAND_AFTER.match(text, end)
    return bool(errand) and not _MENACE_AFTER.match(text, end) and not _AIMED.search(text)


# Frames that describe the target rather than report speech ("anyone who votes for him
# deserves ..."): the context rules read them as "anyone who says ...".
_DESCRIBERS = frozenset(
    {"anyone who", "whoever", "everyone who", "those who", "people who", "anybody who",
     "cualquiera que", "quien", "quienes", "el que", "los que"}
)  # fmt: skip


def _described(an: Analysis, first: int) -> bool:
    """The report frame before `first` in its sentence is a target's description: the nearest
    frame unit is "anyone who" (or the like) and nothing else quotes or condemns."""
    sentence = an.units[first].sentence
    for k in range(first - 1, -1, -1):
        u = an.units[k]
        if u.sentence != sentence:
            return False
        if u.has("report"):
            return u.text in _DESCRIBERS and not any(x.quoted for x in an.units[k:first])
    return False


def _countered(an: Analysis, first: int, last: int) -> bool:
    """Quoted, condemned, reported after or dismissed: counter-speech but for the report frame
    before (which `_described` reads)."""
    return (
        all_quoted(an, first, last)
        or quoted_claim(an, first, last)
        or condemned_elsewhere(an, first, last)
        or reported_after(an, last)
        or dismissed_after(an, last)
    )


def _finish(an, s, kind, strong, lo, hi, name, m, k=None) -> Threat | None:
    """The threat over normalised offsets lo..hi (and the target's unit k), unless the words
    are quoted, reported or condemned."""
    first = unit_at(an, lo, s[2], s[3])
    last = unit_at(an, max(lo, hi - 1), s[2], s[3])
    if k is not None:
        first, last = min(first, k), max(last, k)
    if suppressed(an, first, last, allow_negation=True) and not (
        _described(an, first) and not _countered(an, first, last)
    ):
        return None
    return Threat(kind, strong, first, last, f"{name}: {m.group(0)[:40]!r}")


def hits(
    an: Analysis, targets: tuple[str, ...], rule_id: str, strong: float, weak: float
) -> list[Hit]:
    """The first threat on one of these kinds of target as a hit of `rule_id` (`hate.violence`
    asks for groups, `troll.threat` for persons and people), scored `strong` or `weak`."""
    for t in read(an):
        if t.target in targets:
            score = strong if t.strong else weak
            return [Hit(rule_id, score, (an.span(t.first, t.last),), f"a threat ({t.why})")]
    return []
