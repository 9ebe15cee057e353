"""`hate.violence` shapes of harm wished or approved: fates, cleansing, deterrents, violence
called deserved, and threats addressed to the group."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules import Hit
from moderation.policy.rules.context import kind_manner, suppressed, units_in
from moderation.policy.rules.hate.guards import (
    _hit,
    plural_group,
)
from moderation.policy.rules.hate.helpers import (
    INFINITIVE_ES,
    clause_ends,
    wished_at_a_place,
)
from moderation.policy.rules.hate.violence_words import (
    DEATH_K,
    EXPULSION,
    PAST_FORMS,
    SPRAYED_THINGS,
    SPRAYS,
    SUBJUNCTIVE_K,
)
from moderation.policy.rules.hate.words import (
    CLAUSE_END_OK,
    CLEAR,
    HOLD,
    STRONG,
)


def fate_goes_on(an: Analysis, k: int) -> bool:
    """A death or suffering the writer intends may go on with its cause or manner ("suffer
    for everything", "sufran como nunca"); not with a negation ("suffer no more")."""
    u = an.units[k]
    if not u.text.startswith((*DEATH_K, "bleed", "sangr", "sufran", "mueran")):
        return False
    nxt = an.units[k + 1]
    return nxt.code != "N" and nxt.text not in ("less", "menos", "no more", "nunca mas")


# A wish for the group's fate that opens its sentence: "May all X die", "May X burn",
# "Que todos los X se mueran", "Que los X sean fusilados".
_MAY_FATE = re.compile(r"^(?P<q>w)[AY]*(?P<g>G)[AY]*(?P<c>C[AY]*)?(?P<v>[KV])")


# A death the group is wished to bring on itself, as "se mueran" is: "que los X se ahoguen",
# "que se quemen". Followed by anything but a clause's end or a hostile place ("se ahoguen en
# papeleo", "se quemen al sol"), it is a figure, and the guard below lets it be.
_SELF_HARM_SUBJ = frozenset({"se ahoguen", "se quemen", "se ahogaran", "se quemaran"})


def optative_fate(an: Analysis) -> list[Hit]:
    for base, codes in an.sentences:
        m = _MAY_FATE.match(codes)
        if m is None:
            continue
        q, v = an.units[base], an.units[base + m.start("v")]
        c = an.units[base + m.start("c")] if m.group("c") else None
        if q.text == "may" and an.lang == "en":
            ok = (c is None and (v.code == "K" or v.has("K"))) or (
                c is not None and c.text == "be" and v.code == "V"
            )  # "May X burn", "May X be hanged"
        elif q.text == "que" and an.lang == "es":
            ok = (
                (c is None and v.code == "K" and v.text.startswith(tuple(SUBJUNCTIVE_K)))
                or (c is not None and c.text in ("sean", "fueran") and v.code == "V")
                or (c is None and v.text in _SELF_HARM_SUBJ)
            )  # "Que los X se mueran", "Que los X sean fusilados", "que se ahoguen"
        else:
            ok = False
        first, last = base, base + m.end() - 1
        nxt = an.units[last + 1] if last + 1 < base + len(codes) else None
        if (
            nxt is not None
            and (v.code == "K" or c is None)
            and nxt.text not in CLAUSE_END_OK
            and not wished_at_a_place(an, last)
        ):
            continue  # "que se vayan a casa a salvo": a journey wished well
        if ok and not suppressed(an, first, last):
            g = an.units[base + m.start("g")]
            score = HOLD if v.text in EXPULSION and g.meta("G") == "immigrants" else STRONG
            return [_hit(an, "hate.violence", score, first, last, "a wish for a group's fate")]
    return []


# "Hay que limpiar la ciudad de X", "Ojalá alguien limpie el barrio de tanto X", "Limpiemos el
# país de X": a place to be cleaned of a group. The verb is the writer's wish (a modal or
# intent before it, or a subjunctive or imperative form), never a report ("limpian las casas
# de ...", "quiere limpiar ...").
_CLEAN_WISH = re.compile(
    r"^(?:limpi(?:en|e|emos|ara|aran|aremos|aria|ariamos|arian)|purg(?:uen|ue|uemos)|"
    r"desinfect(?:en|e|emos)|fumig(?:uen|ue|uemos)|barran|barramos)(?:l[oa]s?)?$"
)
_CLEAN_INF = re.compile(r"^(?:limpiar|purgar|desinfectar|fumigar|barrer)(?:l[oa]s?)?$")
_CLEAN_OF = frozenset({"de", "de tanto", "de tanta", "de tantos", "de tantas", "de todos",
                       "de todas", "de esos", "de esas", "de estos", "de estas"})  # fmt: skip
_CLEAN_DETS = frozenset({"tanto", "tanta", "tantos", "tantas", "todos", "todas", "esos", "esas",
                         "estos", "estas", "los", "las", "a todos", "a todas"})  # fmt: skip


def cleansing(an: Analysis) -> list[Hit]:
    for u in an.units:
        if u.code not in ("w", "V") or not u.text.startswith(
            ("limpi", "purg", "desinf", "fumig", "barr")
        ):  # "fumigar" is also a violent verb of its own ("que fumiguen a los X")
            continue
        prev = an.units[u.index - 1] if u.index else None
        same = prev is not None and prev.sentence == u.sentence
        bare = False  # an infinitive opening its sentence: a call, or the subject of "es"
        if _CLEAN_INF.match(u.text):
            if same and prev.code not in ("M", "F"):
                continue  # "quiere limpiar ...": someone else's plan
            bare = not same
        elif not _CLEAN_WISH.match(u.text):
            continue
        k, end = u.index + 1, min(len(an.units), u.index + 7)
        while k < end and an.units[k].sentence == u.sentence:
            w = an.units[k]
            j = k - 1
            while j > u.index and an.units[j].text in _CLEAN_DETS:
                j -= 1
            if (
                w.code in ("G", "g")
                and w.has("G")
                and an.units[j].text in _CLEAN_OF
                and not (
                    u.text.startswith(SPRAYS)
                    and any(an.units[x].text in SPRAYED_THINGS for x in range(u.index + 1, j))
                )  # "fumigar las casas de los migrantes por la sarna": their rooms sprayed
            ):
                first = prev.index if same and prev.code in ("M", "F") else u.index
                if suppressed(an, first, k) or (
                    bare
                    and any(x.code == "C" for x in an.units[k + 1 :] if x.sentence == u.sentence)
                ):
                    break  # "Limpiar la ciudad de X es limpieza étnica": the act discussed
                violent = any(
                    x.code == "V" for x in an.units if u.sentence <= x.sentence <= u.sentence + 1
                ) or re.search(r"\b(?:balas|balazos|plomo|a tiros)\b", an.norm.text)
                score = HOLD if w.meta("G") == "immigrants" and not violent else CLEAR
                return [_hit(an, "hate.violence", score, first, k, "a place cleaned of a group")]
            if w.code in ("B", "N") or (w.code == "G" and not w.has("G")):
                break
            k += 1
    return []


# Violence as a lesson to the rest: "shoot a few and the rest will turn back", "si matan a
# unos cuantos, los demás dejarán de venir", "a ver si así aprenden".
_REST = re.compile(
    r"\b(?:the rest|the others|everyone else|all the others|los demas|el resto|los otros)\b"
    r"(?P<after>.{0,40})"
)
_LESSON = re.compile(
    r"\ba ver si (?:asi )?(?:aprenden|dejan|se van|se regresan|entienden|no vuelven|se largan)"
    r"|\bpara que (?:aprendan|dejen de|se vayan|no vuelvan|entiendan|se regresen)"
    r"|\b(?:so|and) (?:they|the rest)(?:'ll| will)? (?:stop coming|learn|get the message|"
    r"think twice|turn back|go home|stay home|stay away)\b"
)
_FUTURE = re.compile(r"\b(?:will|'ll|would|are going to|will soon)\b|\b\w+(?:ran|ra|rian)\b")
PAST_ENDINGS = ("ed", "aron", "ieron", "ados", "adas", "idos", "idas")


def past(v: Unit) -> bool:
    """A verb in the past ("shot", "mataron"): a report of what happened, not a threat."""
    return v.text.endswith(PAST_ENDINGS) or v.text in PAST_FORMS


def deterrent(an: Analysis) -> list[Hit]:
    """A call to attack some of a group so that the others leave or stay away."""
    if not any(u.code in ("G", "g", "t") for u in an.units):
        return []
    text = an.norm.text
    for base, codes in an.sentences:
        if "V" not in codes:
            continue
        end = base + len(codes) - 1
        v = base + codes.index("V")
        vu = an.units[v]
        if past(vu):
            continue  # "they shot a few and the rest ran": a report
        if not any(
            u.code in ("G", "g", "t") and u.sentence >= vu.sentence - 1 for u in an.units[: end + 1]
        ):
            continue  # the group is named in this sentence or the one before
        rest = text[vu.end : an.units[end].end]
        m = _REST.search(rest)
        lesson = (m is not None and _FUTURE.search(m.group("after"))) or _LESSON.search(rest)
        if lesson and not suppressed(an, v, end):
            return [_hit(an, "hate.violence", 0.8, v, end, "violence to frighten off a group")]
    return []


# "Violence against X is justified", "La violencia contra los X está justificada": harm to a
# group, named after "against" (which otherwise takes the group out of the subject), approved.
_AGAINST_APPROVED = re.compile(
    r"^[AY]*(?P<v>[Vw])(?P<ag>w)A?(?P<g>[gG])[AYw]{0,3}(?:C|(?P<esta>w))[AY]*(?P<j>J)"
)
# "está" folds to "esta" (this), which the lexicon cannot read as a copula
_ESTA = frozenset({"esta", "estan"})
_VIOLENCE_NOUNS = frozenset({"violence", "violencia", "la violencia", "attacks", "ataques"})
_AGAINST = frozenset({"against", "contra", "towards", "toward", "hacia"})


# Approval first, then the act: "Está bien matar a los X", "es lo correcto exterminar a ...",
# "It's acceptable to beat X", "There is nothing wrong with hurting X".
_APPROVED_ACT = re.compile(
    r"^[AB]*(?P<it>w)?(?:C[AY]*)?(?P<j>J)[AY]*(?:(?P<is>C)[AY]*)?(?P<to>w)?(?:C[AY]*)?(?P<v>V)"
    r"[AYI]*(?P<g>G)"
)
_DUMMY_SUBJECTS = frozenset({"it", "there", "that", "this"})
# "The solution is to deport X" is a policy, however harsh: only harm is approved this way.
_POLICY_VERBS = frozenset(
    {"deport", "expel", "ban", "remove", "detain", "jail", "arrest", "send back", "kick out",
     "deportar", "expulsar", "prohibir", "encarcelar", "detener", "echar", "sacar"}
)  # fmt: skip
_TO = frozenset({"to"})

# The act as the subject, approved: "Attacking X is justified", "Punching a X is totally okay",
# "X getting beaten is a good thing".
_GERUND_APPROVED = re.compile(r"^[AB]*(?P<v>[Vw])[AYI]*(?P<g>G)[AY]*C[AY]*(?P<j>J)")
_SUFFERED_APPROVED = re.compile(r"^[AB]*(?P<g>G)[AY]*(?P<get>w)(?P<v>V)[AY]*C[AY]*(?P<j>J)")
_HARM_GERUNDS = frozenset(
    {"attacking", "punching", "slapping", "kicking", "assaulting", "harming", "hitting",
     "bashing", "beating up", "stoning", "torturing", "raping", "shooting", "stabbing",
     "killing", "beating", "lynching", "hurting", "murdering", "strangling", "burning"}
)  # fmt: skip
_GETTING = frozenset({"getting", "being", "get"})
_HARM_INFINITIVES_ES = ("pegar", "golpear", "patear", "apalear", "agredir", "madrear")


# Approval of a harm put as a condition: "It would be a good thing if all X were shot".
_APPROVED_IF = re.compile(
    r"^[AB]*(?:w[AY]*)?(?:C[AY]*)?(?P<j>J)[AY]*(?P<if>w)[AY]*(?P<g>G)[AY]*C[AY]*(?P<v>[VK])"
)
_IF_THAT = frozenset({"if", "when", "that", "si", "que"})


def _act_approved(an: Analysis, base: int, codes: str) -> list[Hit]:
    """Harm to a group as the subject of an approval: "Attacking X is justified", "X getting
    killed is a good thing"; "Defending X is justified" and "... is never okay" pass."""
    m = _GERUND_APPROVED.match(codes) or _SUFFERED_APPROVED.match(codes)
    if m is None or not an.units[base + m.start("g")].has("G"):
        return []
    v = an.units[base + m.start("v")]
    if "get" in m.groupdict():
        if an.units[base + m.start("get")].text not in _GETTING:
            return []
    elif an.lang == "es":
        if not INFINITIVE_ES.search(v.text.split()[0]) or (
            v.code != "V" and not v.text.startswith(_HARM_INFINITIVES_ES)
        ):
            return []  # "Golpear a los X es divertido", "pegarles a los X está justificado"
    elif not v.text.endswith("ing") or (v.code != "V" and v.text not in _HARM_GERUNDS):
        return []
    last = base + m.end() - 1
    if not clause_ends(an, last) or suppressed(an, base, last):
        return []
    return [_hit(an, "hate.violence", CLEAR, base, last, "violence against a group approved")]


def harm_approved(an: Analysis) -> list[Hit]:
    for base, codes in an.sentences:
        m = _APPROVED_IF.match(codes)
        if (
            m is not None
            and an.units[base + m.start("if")].text in _IF_THAT
            and an.units[base + m.start("g")].has("G")
            and clause_ends(an, base + m.end() - 1)
            and not suppressed(an, base, base + m.end() - 1)
        ):
            what = "violence against a group approved"
            return [_hit(an, "hate.violence", CLEAR, base, base + m.end() - 1, what)]
        hit = _act_approved(an, base, codes)
        if hit:
            return hit
        m = _APPROVED_ACT.match(codes)
        if (
            m is not None
            and an.units[base + m.start("g")].has("G")
            and (m.start("it") < 0 or an.units[base + m.start("it")].text in _DUMMY_SUBJECTS)
            and (m.start("to") < 0 or an.units[base + m.start("to")].text in _TO)
            and (m.start("is") < 0 or an.units[base + m.start("v")].text not in _POLICY_VERBS)
        ):
            last = base + m.end() - 1
            v = an.units[base + m.start("v")]
            if not v.text.endswith(PAST_ENDINGS) and not suppressed(an, base, last):
                what = "violence against a group approved"
                return [_hit(an, "hate.violence", CLEAR, base, last, what)]
        m = _AGAINST_APPROVED.match(codes)
        if m is None:
            continue
        g, j = base + m.start("g"), base + m.start("j")
        if an.units[base + m.start("ag")].text not in _AGAINST or not an.units[g].has("G"):
            continue
        if m.group("esta") and an.units[base + m.start("esta")].text not in _ESTA:
            continue
        v = an.units[base + m.start("v")]
        if v.code == "w" and v.text not in _VIOLENCE_NOUNS:
            continue
        if j + 1 < base + len(codes) and an.units[j + 1].code not in ("B", "A"):
            continue  # "... is necessary to report": the approval is of something else
        if not suppressed(an, base, j):
            return [_hit(an, "hate.violence", CLEAR, base, j, "violence against a group approved")]
    return []


# A threat spoken to a group: "We're coming for you, X", "X: your days are numbered",
# "Vamos a por vosotros, X", "Vosotros, X, vais a morir".
_ADDRESSED_THREAT = re.compile(
    r"\b(?:(?:we|i)(?:'re| are|'m| am) coming (?:for|to get) (?:you|all of you|every one of you)"
    r"|you(?:'re| are) (?:all )?next\b(?! (?:in|to|up|on|for|week|year|time|door))"
    r"|your days are numbered|watch your backs?\b|sleep with one eye open"
    r"|(?:we|i)(?:'ll| will| are going to|'re going to|'m going to| am going to) "
    r"(?:find|get|hunt|kill|hurt|shoot|burn|hang|end) (?:you|all of you|every one of you)\b"
    r"|you(?:'ll| will| are going to|'re going to) (?:all )?(?:die|pay|bleed|suffer|burn|hang)\b"
    r"|you(?:'re| are) (?:all )?(?:dead|going to die|gonna die)\b|we know where you live"
    r"|\b(?:vamos|voy) a (?:ir a )?por (?:vosotr[oa]s|ustedes)\b|\b(?:vais|van) a (?:morir|pagar"
    r"|sufrir|arder|sangrar)\b|\b(?:sois|son) (?:los|las) siguientes\b"
    r"|\b(?:teneis|tienen) los dias contados|\b(?:os|les) (?:vamos|voy) a (?:matar|encontrar"
    r"|cazar|quemar|colgar|reventar|partir|romper|linchar|hacer pagar)\b"
    r"|\bsabemos donde (?:vivis|viven)\b|\bos vais a enterar\b"
    # the future said to the group itself: "pagaréis con vuestra vida, X", "os mataré, X"
    r"|\b(?:morireis|pagareis|sufrireis|ardereis|sangrareis|(?:estais|estan) muert[oa]s)\b"
    r"|\b(?:os|les) (?:matare|mataremos|encontrare|encontraremos|cazare|cazaremos|quemare"
    r"|quemaremos|colgare|colgaremos|reventare|reventaremos|degollare|degollaremos"
    r"|aplastare|aplastaremos|exterminare|exterminaremos)\b"
    r"|\b(?:os|les) (?:vamos|voy) a (?:degollar|exterminar|aplastar|apunalar|ahorcar|disparar"
    r"|pegar un tiro|dar una paliza)\b)"
)
YOU_ALL = frozenset({"you", "vosotros", "vosotras", "ustedes", "you all", "y'all"})


def addressed_threat(an: Analysis) -> list[Hit]:
    """A threat phrase in a comment that speaks to a protected group: "you X", or the group
    named alone at either end of its sentence, set off by a comma or a colon."""
    m = None
    for u in an.units:
        if u.code != "G" or not u.has("G") or not plural_group(u):
            continue
        if not (u.index and an.units[u.index - 1].text in YOU_ALL) and not vocative(an, u):
            continue
        m = m or _ADDRESSED_THREAT.search(an.norm.text)
        if m is None:
            return []
        if kind_manner(an.norm.text, m.end()):
            return []  # "os vamos a matar a besos, chicas": affection in a threat's words
        first, last = units_in(an, m.start(), m.end())
        if first is None or suppressed(an, first, last):
            continue
        lo, hi = min(first, u.index), max(last, u.index)
        return [_hit(an, "hate.violence", STRONG, lo, hi, "a threat spoken to a group")]
    return []


CLITIC_F = ("os ", "los ", "las ", "les ")


def vocative(an: Analysis, u: Unit) -> bool:
    """The group named alone at the start or end of its sentence, set off by punctuation."""
    text = an.norm.text
    prev = an.units[u.index - 1] if u.index else None
    nxt = an.units[u.index + 1] if u.index + 1 < len(an.units) else None
    opens = prev is None or prev.sentence != u.sentence
    closes = nxt is None or nxt.sentence != u.sentence
    if opens and nxt is not None and not closes:
        return any(c in text[u.end : nxt.start] for c in ",:")
    if closes and prev is not None and not opens:
        return any(c in text[prev.end : u.start] for c in ",:")
    return (  # "Count the days, X: ...": set off on both sides
        prev is not None
        and nxt is not None
        and any(c in text[prev.end : u.start] for c in ",:")
        and any(c in text[u.end : nxt.start] for c in ",:")
    )
