"""A whole group pinned to a habit with no crime word (hold only): a bad conduct hinted at
("The Roma always do that", "you know how the Gypsies are, always up to something", "así son
los gitanos"), a vice stated as its routine ("los indios se emborrachan todos los fines de
semana", "those people are always drunk"), or contempt closed by a judgement ("Los gitanos son
lo último, qué asco", "Those people are the worst, disgusting").

Read over each sentence's words with protected groups masked `GRP` and the stand-ins "those
people", "esa gente" (`hate_shapes._PROXIES`) masked `PRX`. A stand-in counts for the vice and
the contempt, never for the bare hint, and not when the comment first names ordinary people it
may stand for ("My neighbours ... those people are always drunk"). A named person or "my uncle"
is no group. A question, a negation, a quotation, a report, a condemnation, the writer's own
group or a custom told with fondness ("Mexicans always do that, bring way too much food, and I
love it", "The Roma always do that dance at weddings") pass; so do figures and care about
drinking ("alcohol deaths are higher among ..."). Every hit holds: a moderator reads it.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import (
    counter_speech,
    dismissed_after,
    is_question,
    negated_before,
)
from moderation.policy.rules.hate_everyday.counter_speech import condemns
from moderation.policy.rules.hate_everyday.kindly import _FAULT, kindly_said
from moderation.policy.rules.hate_shapes import _PROXIES, names_an_outfit
from moderation.policy.types import Category, Submission

_SCORE = 0.72
_PRONOUNS = frozenset({"they", "them", "their", "ellos", "ellas", "em"})
_END = r"(?= ,| \.|$)"
_DET = r"(?:(?:the|all|all the|those|these|los|las|todos los|todas las|esos|esas|estos|estas) )?"

# 1. A conduct hinted at: "always do that", "up to something", "you know how X are".
_HINTED = re.compile(
    rf"(?:^|(?<= )){_DET}GRP (?:\S+ )?(?:always|constantly|forever|just always|always just) "
    r"(?:do|does|pull|pulls|try|tries) (?:that|this|it|that stuff|this stuff|that crap|"
    rf"that shit|the same thing|the same|that kind of thing){_END}|"
    rf"(?:^|(?<= )){_DET}GRP (?:are |is )?(?:always |forever |constantly |just always )"
    r"(?:up to (?:something|no good|their (?:old )?tricks|mischief|some scheme|some scam)|"
    r"scheming|plotting something)(?= |$)|"
    rf"(?:^|(?<= ))you know how {_DET}GRP (?:are|get|operate|behave|act){_END}|"
    rf"(?:^|(?<= ))that is (?:just |so |exactly )?(?:how|what) {_DET}GRP (?:are|do|act|behave)"
    rf"{_END}|"
    r"(?:^|(?<= ))GRP will be GRP(?= |$)|"
    # Spanish
    rf"(?:^|(?<= ))(?:asi|como) son {_DET}GRP{_END}|"
    rf"(?:^|(?<= )){_DET}GRP (?:\S+ )?siempre (?:hacen|andan haciendo|salen con|hacen lo mismo"
    r"|andan en las mismas) ?(?:eso|lo mismo|las mismas|sus cosas|de las suyas|sus movidas)?"
    rf"{_END}|"
    rf"(?:^|(?<= )){_DET}GRP (?:\S+ )?(?:siempre |ya |nomas )?(?:andan|estan|van|se la pasan) "
    r"(?:siempre )?(?:en algo|tramando algo|en sus movidas|en sus cosas|haciendo de las suyas|"
    r"en las mismas|viendo (?:que|a quien) (?:se )?(?:roban|chingan|transan)|"
    r"viendo a ver que)(?= |$)|"
    r"(?:^|(?<= ))siempre (?:hacen eso|hacen lo mismo|andan en algo|andan tramando algo|"
    rf"andan en sus movidas|andan haciendo de las suyas) {_DET}GRP(?= |$)"
)

# 2. A vice stated as a habit: drunk, high, passed out, drinking or drugging by routine.
_HABIT_EN = (
    r"(?:always|all the time|every (?:single )?(?:weekend|night|day|friday|saturday|payday)|"
    r"constantly|24/7|day and night|all day(?: long)?|non ?stop|half the time)"
)
_VICE_EN = (
    r"(?:drunk|wasted|hammered|plastered|boozed up|high|stoned|strung out|passed out|"
    r"drinking|boozing|getting drunk|getting high|doing drugs|on drugs|on the bottle)"
)
_HABIT_ES = (
    r"(?:siempre|todo el tiempo|todos los (?:dias|fines de semana|fines|viernes|sabados|"
    r"domingos)|cada (?:fin de semana|fin|quincena|viernes|sabado|rato)|diario|a diario|"
    r"de lunes a domingo|dia y noche|noche y dia)"
)
_VICE_ES = (
    r"(?:borrach[oa]s?|bien pedos?|pedos?|briag[oa]s?|ebri[oa]s?|tomad[oa]s?|drogad[oa]s?|"
    r"grif[oa]s?|marihuan[oa]s?|tirad[oa]s? de borrach[oa]s?|hasta atras|crud[oa]s?)"
)
_DRINK_ES = (
    r"(?:se emborrachan|se ponen (?:bien )?(?:pedos|borrachos|hasta atras|hasta el gorro)|"
    r"se drogan|toman|chupan|pistean|se la pasan (?:tomando|chupando|pisteando|borrach[oa]s|"
    r"drogad[oa]s|pedos))"
)
_G = r"(?:GRP|PRX)"
_VICE = re.compile(
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:are|is|get|gets|seem) (?:\S+ )?{_HABIT_EN} "
    rf"{_VICE_EN}(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:are always|are constantly|always|constantly) {_VICE_EN}(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:are|is|get|gets) {_VICE_EN} {_HABIT_EN}(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:drink|drinks|booze|get drunk|get wasted|get high|"
    rf"do drugs|drink themselves stupid) (?:\S+ ){{0,2}}?{_HABIT_EN}(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?{_HABIT_EN} (?:drink|drinks|booze|get drunk|get high|"
    r"do drugs)(?= |$)|"
    rf"(?:^|(?<= ))all {_G} (?:ever )?do is (?:drink|get drunk|get high|do drugs|booze)(?= |$)|"
    # Spanish
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:{_HABIT_ES} |nomas |puro )(?:andan?|estan?|van?|viven?|"
    rf"se la pasan?|pasan?|vienen?) (?:bien |todos |puro |siempre )?{_VICE_ES}(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:andan?|estan?|viven?|se la pasan?) (?:bien |puro )?"
    rf"{_VICE_ES} {_HABIT_ES}(?= |$)|"
    rf"(?:^|(?<= )){_HABIT_ES} (?:andan?|estan?|viven?|se la pasan?) (?:bien |puro )?{_VICE_ES} "
    rf"{_DET}{_G}(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:{_HABIT_ES} )?{_DRINK_ES} (?:\S+ ){{0,3}}?"
    rf"{_HABIT_ES}(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:siempre|nomas|nada mas|puro) {_DRINK_ES}(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:nomas|nada mas|solo) (?:viven|sirven|saben) (?:para )?"
    r"(?:tomar|chupar|pistear|emborracharse|drogarse)(?= |$)"
)
# Figures, law and care about drinking: a rate, a study, a program, a death toll.
_FIGURES = re.compile(
    r"\b(?:rates?|percent|statistics?|stats|study|studies|data|deaths?|died|program|programs|"
    r"treatment|rehab|addiction|alcoholism|disease|tasas?|por ciento|estadistic\w+|estudios?|"
    r"datos|muertes?|murieron|programas?|tratamiento|adiccion\w*|alcoholismo|enfermedad|"
    r"law|laws|ley|leyes|ban|prohibicion|veda)\b|%"
)

# 5. Contempt, then a closing judgement: "X are the worst, disgusting".
_WORST = (
    r"(?:the worst|the lowest|the scum of the earth|the bottom of the barrel|a joke|a disgrace|"
    r"lo ultimo|lo peor|lo mas bajo|la peor|una verguenza|un asco|la escoria)"
)
_FREEBIES = (
    r"(?:handouts?|free stuff|free money|freebies|welfare|a check|checks|government money|"
    r"something for nothing|a free ride|special treatment)"
)
_NEEDY = (
    rf"(?:(?:waiting for|looking for|asking for|begging for|expecting|living off|living on) "
    rf"{_FREEBIES}|whining|complaining|crying|playing the victim|"
    r"pidiendo (?:apoyos|dinero|limosna|todo regalado|algo|que les den)|estirando la mano|"
    r"esperando (?:apoyos|que les den|todo regalado|limosna|el cheque)|quejandose|llorando|"
    r"de victimas|viviendo de (?:apoyos|los apoyos|limosna|nosotros|los demas|nuestros "
    r"impuestos))"
)
_JUDGED = (
    r"(?:disgusting|pathetic|gross|vile|sickening|revolting|repulsive|despicable|nasty|"
    r"ugh|yuck|que asco|asco|asquerosos|que asquerosos|asquerosas|patetico|pateticos|"
    r"pateticas|que pena|lamentable|repugnantes?|que repugnante|guacala|fuchi)"
)
_CONTEMPT = re.compile(
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:are|is|son|es) (?:just |simply |really |all |"
    rf"todos |todas |de )?{_WORST}(?: \S+){{0,4}} , (?:so |just |que |y |and )?{_JUDGED}"
    rf"(?: \S+)?$|"
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:are |son |estan |andan )?(?:always |siempre |"
    rf"nomas |just )+{_NEEDY}(?: \S+){{0,6}} , (?:so |just |que |y |and )?{_JUDGED}"
    r"(?: \S+)?$"
)

# Ordinary people a stand-in may point back to, named before it: "My neighbours ... those
# people are always drunk" speaks of the neighbours.
_ANTECEDENT = re.compile(
    r"\b(?:neighbou?rs|tenants|landlords|roommates|drivers|kids|teens|teenagers|students|"
    r"fans|tourists|guests|customers|players|refs|officials|politicians|council|board|cops|"
    r"coworkers|in-laws|relatives|cousins|bikers|partiers|vecinos|inquilinos|chavos|"
    r"muchachos|estudiantes|aficionados|turistas|invitados|clientes|jugadores|politicos|"
    r"regidores|diputados|policias|companeros|suegros|parientes|primos|fiesteros)\b"
)
# A shrug that closes a complaint about someone with where they are from ("Su artículo tiene
# más errores que un examen. Pero bueno, así son los chilangos."): a tease a moderator cannot
# tell from a slight, left to the other rules.
_SHRUG = re.compile(r"^(?:pero |y )?(?:bueno|en fin|ni modo|oh well|but hey|anyway) , ")
# The writer's own group: "we Roma always do that", "nosotros los gitanos ...".
_WRITER = re.compile(r"\b(?:we|us|our|as an?|nosotros|nosotras|somos|como (?:un|una))\b")


def _masked(an: Analysis, s: int) -> tuple[str, list[int]]:
    """Sentence `s`'s words, each protected group noun `GRP` and each stand-in `PRX`, a comma
    or colon between units as `,`; with the unit index of each word. Kept in the memo: the
    three rules read the same sentences."""
    key = ("hate_habits.masked", s)
    found = an.memo.get(key)
    if found is None:
        found = an.memo[key] = _mask(an, s)
    return found


def _mask(an: Analysis, s: int) -> tuple[str, list[int]]:
    base, codes = an.sentences[s]
    text = an.norm.text
    words: list[str] = []
    index: list[int] = []
    prev_end = None
    for u in an.units[base : base + len(codes)]:
        if prev_end is not None and any(c in ",;:" for c in text[prev_end : u.start]):
            words.append(",")
            index.append(u.index)
        if u.text in _PROXIES and u.text.endswith(("people", "gente")) and not u.quoted:
            parts: tuple[str, ...] = ("PRX",)
        elif u.has("G") and not u.quoted and u.text not in _PRONOUNS:
            parts = ("GRP",) if not names_an_outfit(an, u.index) else tuple(u.text.split())
        else:
            parts = tuple(u.text.split())
        for w in parts:
            words.append(w)
            index.append(u.index)
        prev_end = u.end
    return " ".join(words), index


# What keeps a habit unnamed after its comma: another hint ("always up to something", "ya
# saben"), or what the reader is told to guard.
_STILL_HINTED = re.compile(
    r"\b(?:up to|no good|something|algo|las suyas|sus movidas|lo mismo|ya sabes|ya saben|"
    r"you know|that|eso|watch|lock|hide|cuiden|guarden|escondan)\b"
)
_HOSTILE = frozenset("XDSVK")


def _named_after(an: Analysis, words: str, index: list[int], end: int) -> bool:
    """The hint is followed, after a comma, by the habit it meant, named in two words or more
    with no fault, crime or insult in them ("Mexicans always do that, bring way too much
    food", "así son los mexicanos, siempre llegan tarde"): a custom told, not a hint."""
    if not words.startswith(" , ", end):
        return False
    rest = words[end + 3 :]
    if len(rest.split()) < 2 or _STILL_HINTED.search(rest) or _FAULT.search(rest):
        return False
    first = _unit_at(index, words, end + 3)
    sentence = an.units[first].sentence
    return not any(
        u.code in _HOSTILE or u.has("INS") or u.has("crime")
        for u in an.units[first:]
        if u.sentence == sentence
    )


def _unit_at(index: list[int], text: str, offset: int) -> int:
    return index[min(text.count(" ", 0, offset), len(index) - 1)]


def _held(
    an: Analysis,
    rule_id: str,
    shape: re.Pattern,
    why: str,
    *,
    fondness: bool = False,
    figures: bool = False,
) -> list[Hit]:
    """A hold for the first sentence whose masked words fit `shape` as the writer's own line:
    not asked, negated, quoted, reported or condemned, not said of the writer's own group, not
    a stand-in for ordinary people named before; with `fondness`, not a custom told with
    praise; with `figures`, not about rates, laws or care."""
    if condemns(an):
        return []
    text = an.norm.text
    for s, (base, codes) in enumerate(an.sentences):
        if not codes:
            continue
        words, index = _masked(an, s)
        if "GRP" not in words and "PRX" not in words:
            continue
        m = shape.search(words)
        if m is None:
            continue
        first = _unit_at(index, words, m.start())
        last = _unit_at(index, words, max(m.start(), m.end() - 1))
        if is_question(an, first):
            continue
        if any(an.units[k].code == "N" for k in range(first, last + 1)):
            continue  # "Gypsies are not always drunk"
        if negated_before(an, first) or counter_speech(an, first, last):
            continue
        if dismissed_after(an, last):
            continue
        if _WRITER.search(text, an.units[base].start, an.units[first].start + 1):
            continue
        stand_in = "PRX" in m.group(0) and "GRP" not in m.group(0)
        if stand_in and _ANTECEDENT.search(text, 0, an.units[first].start):
            continue  # the stand-in points back at neighbours, fans, students
        if fondness and kindly_said(an, first):
            continue
        if fondness and _SHRUG.search(words, 0, m.start()):
            continue  # "Pero bueno, así son los chilangos": a shrug closing a complaint
        if fondness and _named_after(an, words, index, m.end()):
            continue  # "you know how the Irish are, any excuse for a song": the habit named
        if figures and _FIGURES.search(text):
            continue
        return [Hit(rule_id, _SCORE, (an.span(first, last),), why, cap_hold=True)]
    return []


_HINT_GATE = re.compile(
    r"\b(?:always|forever|constantly|up to|you know how|that is|will be|asi son|como son|"
    r"siempre|andan|estan|van|se la pasan)\b"
)
_VICE_GATE = re.compile(
    r"\b(?:drunk|wasted|hammered|plastered|boozed|high|stoned|strung|passed out|drink\w*|"
    r"booz\w+|drugs|bottle|borrach\w+|pedos|briagos|ebri[oa]s|tomad[oa]s|drogad[oa]s|grifos|"
    r"marihuanos|hasta atras|crudos|emborrach\w+|drogan|drogarse|toman|tomar|chupan|chupar|"
    r"pistean|pistear|tomando|chupando|pisteando)\b"
)
_CONTEMPT_GATE = re.compile(
    r"\b(?:disgusting|pathetic|gross|vile|sickening|revolting|repulsive|despicable|nasty|ugh|"
    r"yuck|asco|asquerosos|asquerosas|patetic\w+|que pena|lamentable|repugnantes?|guacala|"
    r"fuchi)\b"
)


@rule("hate.habit_hinted", Category.HATE)
def habit_hinted(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a group pinned to a bad conduct it is said always to show, left unnamed."""
    del sub
    if not an.units or not _HINT_GATE.search(an.norm.text):
        return []
    return _held(
        an, "hate.habit_hinted", _HINTED, "a group's bad conduct hinted as its habit",
        fondness=True,
    )  # fmt: skip


@rule("hate.habit_vice", Category.HATE)
def habit_vice(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a group (or "those people") said to be drunk or high as a matter of routine."""
    del sub
    if not an.units or not _VICE_GATE.search(an.norm.text):
        return []
    return _held(an, "hate.habit_vice", _VICE, "a vice stated as a group's habit", figures=True)


@rule("hate.closing_contempt", Category.HATE)
def closing_contempt(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a group (or "those people") called the worst or needy, then judged disgusting."""
    del sub
    if not an.units or not _CONTEMPT_GATE.search(an.norm.text):
        return []
    return _held(
        an, "hate.closing_contempt", _CONTEMPT, "contempt for a group closed by a judgement"
    )
