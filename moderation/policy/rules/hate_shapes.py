"""Implicit hate in whole-sentence shapes: a named group plus a pattern class (a pest simile,
"X and Y don't mix", a decline dated from the group's arrival, exclusion from a role).

Each sentence is read as its words with every group word replaced by `GRP` (and "they/them"
by `GRP` when a group was named just before), so one pattern covers every group. The hits
only hold: these shapes are strong signals, not proof, and a moderator reads them.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import CRIMINAL_BODIES, Analysis, Unit
from moderation.policy.lexicon import pattern_needles
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import (
    claim_denied,
    counter_speech,
    labelled_false,
    neg_raised,
    reported_after,
)
from moderation.policy.rules.context.label_fended_es import FENDED_LABEL_ES
from moderation.policy.rules.hate.guards import one_pointed_at
from moderation.policy.types import Category

_SCORE = 0.75
# Words the group lexicon leaves out because they name no protected trait on their own, but
# that stand for migrants in a sentence about where people come from ("another caravan").
PROXIES = frozenset(
    {"caravan", "caravans", "caravana", "caravanas", "those people", "these people",
     "esa gente", "esta gente", "los de afuera", "queers", "hmong", "apaches", "navajos",
     "paisas", "salvis", "magrebies", "magrebis", "bangladesies", "bangladeshies",
     "pakistani", "moros", "menas", "sudacas"}
)  # fmt: skip
_PRONOUNS = frozenset({"they", "them", "ellos", "ellas", "em"})
_G = (
    r"GRP(?: GRP)*(?: (?:families|family|people|folks|kids|men|guys|community|crowd|"
    r"familias|gente|chavales))?"
)
_ANY = r"(?:\S+ ){0,6}?"

# Pests, weeds and rot: a group compared to them is dehumanised without a slur.
_PEST = (
    r"(?:locusts?|mold|mould|ants|cockroach(?:es)?|roach(?:es)?|rats?|weeds?|termites?|lice|"
    r"fleas|leeches|parasites?|vermin|pests?|pest problem|infestation|plague|swarm|mice|"
    r"mosquitos?|mosquitoes|bacteria|germs|cancer|strays|"
    r"langostas?|moho|hormigas?|cucarachas?|ratas?|hierba mala|mala hierba|maleza|termitas?|"
    r"piojos|pulgas|sanguijuelas|parasitos?|plagas?|bichos|alimanas|cancer|perros callejeros)"
)
_LIKE = r"(?:like|as|just like|same with|same as|so do|same goes for|como|igual que|lo mismo con)"
_SIMILE = re.compile(
    rf"\b{_LIKE} (?:a |an |the |some |la |las |los |el |una |unos |unas )?{_PEST}\b.*\b{_G}\b|"
    rf"\b{_G}\b.*\b{_LIKE} (?:a |an |the |some |la |las |los |el |una |unos |unas )?{_PEST}\b|"
    rf"\b{_G} (?:are|is|son|es) (?:a |an |the |la |una )?{_PEST}\b|"
    rf"\b{_G}\b.*\b(?:la misma|the same|son una|are a|son unas|son puras|are just) {_PEST}\b|"
    rf"\b{_G}\b.*\b(?:breed|breeding|multiply|se multiplican|se reproducen) "
    rf"(?:like|como) (?:rabbits|rats|conejos|ratas|cucarachas|cockroaches)\b"
)
# Pest sentence followed or preceded by "so do they" / "same with X".
_PEST_ALONE = re.compile(rf"\b{_PEST}\b")
_SAME_WITH = re.compile(
    rf"^(?:and )?(?:so do|so are|same with|same goes for|just like|same way with|"
    rf"lo mismo con|lo mismo pasa con|igual con|igualito que) (?:the |these |those |los |las )?"
    rf"{_G}\b|\b(?:same way|the same way|la misma forma|igual) (?:with|con) (?:the |these |"
    rf"those |los |las |estos |estas |esos |esas )?{_G}\b"
)
_MIX = re.compile(
    rf"\b{_G} and {_ANY}(?:do not|never|will never|just do not|simply do not) mix\b|"
    rf"\b{_G} y {_ANY}no se mezclan\b|\b{_G} y {_ANY}(?:no son|nunca seran) compatibles\b|"
    rf"\b{_G} (?:are|is) (?:incompatible|not compatible) with\b|"
    rf"\b{_G} (?:son|es) incompatibles? con\b"
)
_LIST = re.compile(
    rf"\b(?:put|keep|add|register|track|log) (?:all |every |the |those |these )*{_G} "
    rf"(?:\S+ )?(?:on|in|into) a (?:list|registry|register|watch list|watchlist|database)\b|"
    rf"\b(?:poner|pongan|meter|metan|anotar|apunten|registrar|registren) a (?:todos |todas )?"
    rf"(?:los |las |esos |esas )?{_G} en (?:una )?(?:lista|registro|padron)\b|"
    rf"\bfich(?:ar|en|emos) a (?:todos |todas )?(?:los |las )?{_G}\b"
)
_KEEP = re.compile(
    # "keep away them away": the split verb reads the particle twice
    rf"\bkeep(?: away| out)? (?:the |those |these )?(?:{_G}|them|em) (?:people )?"
    rf"(?:on their (?:own )?side|"
    rf"over there|where they belong|in their own|away from (?:our|my|the) (?:kids|children|"
    rf"schools?|town|neighborhoods?|daughters?))|"
    rf"\bkeep(?: away| out)? (?:the |those |these )?(?:{_G}|em|them) (?:out|away)\b|"
    rf"\b(?:que se queden|mantenerlos|mantengan a los {_G}|que los {_G} se queden) "
    rf"(?:en su lado|de su lado|del otro lado|en su pais|alla|en sus? (?:pais|tierra|barrio))"
)
_ARRIVE = (
    r"(?:arrived|came|came in|came up|come in|moved in|showed up|started coming|got here|"
    r"took over|started moving in|move in|moves in|move into|moved into|show up|"
    r"llegaron|vinieron|se mudaron|empezaron a llegar|se metieron)"
)
_DECLINE = (
    r"(?:went downhill|gone downhill|go downhill|went to hell|gone to hell|went to crap|"
    r"never been the same|was never the same|fell apart|ruined|tanked|"
    r"(?:property values|home values) (?:\S+ )?(?:tank|tanked|go down|went down|drop|dropped)|"
    r"(?:crime|thefts?|car thefts|robberies|break ins|shootings|violence|stabbings) "
    r"(?:\S+ )?(?:rose|went up|go up|goes up|tripled|doubled|spiked|jumped|started|follows)|"
    r"empezaron los (?:robos|asaltos|problemas|balazos)|ya no se puede (?:salir|vivir)|"
    r"se fue al (?:carajo|diablo|cuerno)|se echo a perder|se arruino|nos arruinaron|"
    r"ya no es (?:lo mismo|igual|seguro)|subieron los (?:robos|asaltos|crimenes)|"
    r"subio la (?:delincuencia|inseguridad)|se acabo la (?:tranquilidad|paz))"
)
_ARRIVAL_DECLINE = re.compile(
    rf"\b(?:the |those |these )?{_G} {_ARRIVE} and (?:suddenly |now |then |overnight )?"
    rf"(?:\S+ ){{0,3}}{_DECLINE}\b|"
    rf"\b(?:this is|that is|that's) what (?:happens|you get) when (?:you |they |we )?"
    rf"(?:let|allow|bring|bus) (?:in )?(?:the |these |those |more )?{_G}\b|"
    rf"\bes lo que pasa cuando (?:dejas|se deja|dejan|traen) (?:entrar |llegar )?a "
    rf"(?:los |las |esos |esas )?{_G}\b|"
    rf"\b(?:ruin|ruins|ruined|destroy|destroys|destroyed|wreck|wrecks|trash|trashes) "
    rf"(?:every|each|any) \S+ (?:they|GRP) (?:touch|touched|move|moved|go|went|settle)|"
    rf"\b(?:turn|turns|turned) every \S+ (?:they|GRP) (?:touch|touched|move|moved) "
    rf"(?:in|into)\b|"
    rf"\b(?:arruinan|destrozan|destruyen) (?:todo|cada) (?:\S+ )?(?:donde|al que|a donde|que) "
    rf"(?:llegan|van|tocan)\b|"
    rf"\b(?:once|when|after|since|ever since|the (?:day|year|minute)) {_ANY}"
    rf"(?:the |those |these )?{_G} {_ARRIVE}\b.*\b{_DECLINE}\b|"
    rf"\b{_DECLINE}\b.*\b(?:once|when|after|since|year|day) (?:the |those |these )?{_G} "
    rf"{_ARRIVE}\b|"
    rf"\b(?:desde que|cuando|en cuanto) (?:llegaron|vinieron|se mudaron|empezaron a llegar) "
    rf"(?:los |las |esos |esas )?{_G}\b.*\b{_DECLINE}\b|"
    rf"\b(?:desde que|cuando) (?:los |las |esos |esas )?{_G} (?:llegaron|vinieron|se mudaron)"
    rf"\b.*\b{_DECLINE}\b"
)
# "Main Street used to be clean. Before the X." / "Then the X came."
_NOSTALGIA = re.compile(
    r"\b(?:used to be|used to|was (?:a )?(?:nice|clean|safe|quiet|proud|decent)|had a nice|"
    r"remember when|back when|in my day|antes (?:era|eramos|todos|en mi|habia|se podia|"
    r"mi|el|la)|era (?:limpio|tranquilo|seguro|bonito|otra cosa|distinto|mejor)|me acuerdo)\b"
)
_BEFORE_THEN = re.compile(
    rf"\b(?:now|and now) (?:it is|it's|its|they are|the \S+ is) (?:half|all|mostly|full of|"
    rf"wall to wall) {_G}\b|"
    rf"\bahora (?:hay|es|esta llen[oa] de|son|ya es) (?:puro |pura |puros |puras |pur[oa]s? )?"
    rf"{_G}\b|"
    rf"\b(?:era otra cosa|era distinto|era mejor|era limpio|era tranquilo) antes de que "
    rf"(?:llegaran|vinieran)\b|"
    rf"^(?:\S+ )?(?:before|until) (?:the |those |these )?{_G}(?: {_ARRIVE}| started)?\b|"
    rf"\b(?:that was )?before (?:the |those |these )?{_G} (?:{_ARRIVE}|started)\b|"
    rf"^(?:\S+ )?(?:then|and then) (?:the |those |these )?{_G}(?: \S+)? {_ARRIVE}\b|"
    rf"^(?:\S+ )?(?:antes de (?:los |las )?{_G}\b|antes de que (?:llegaran|vinieran) "
    rf"(?:los |las )?{_G}\b)|"
    rf"^(?:\S+ )?(?:luego|despues|y luego|hasta que) (?:llegaron|vinieron|empezaron a llegar) "
    rf"(?:los |las )?{_G}\b"
)
_FOLLOWS = re.compile(
    rf"\b(?:every|any|each|cada) \S+ (?:that|which|que) (?:lets|let's|let|takes in|deja entrar a|"
    rf"acepta a) (?:the |los |las )?{_G} (?:in )?(?:gets|ends up|has|acaba|termina|tiene)\b|"
    rf"\b{_G}\b.*\b(?:recruiting|grooming|getting at|going after) (?:our |your |the )?"
    r"(?:kids|children)\b|"
    r"\b(?:crime|violence|trouble|theft|drugs|the violence|the crime) (?:\S+ ){0,3}?"
    r"follows? (?:them|em|GRP)\b|"
    r"\b(?:la )?(?:delincuencia|violencia|inseguridad|crimen) (?:los|las) (?:sigue|acompana)\b|"
    rf"\b{_G}\b.*\b(?:hide|lock up|watch) (?:your|the) (?:wallets?|purses?|valuables|copper|"
    r"bikes?|daughters?|kids)\b|"
    rf"\b{_G}\b.*\b(?:esconde|escondan|cuida|cuiden|guarden) (?:tu|tus|su|sus|la|las) "
    r"(?:cartera|carteras|bolsa|bolsas|cosas|hijas|cobre)\b"
)
_AWAY_FROM = re.compile(
    rf"\b(?:every|each|any|all|cada|todo|toda|todos los|todas las) {_G}(?: \S+){{0,5}} "
    r"(?:is|are|es|son|esta|estan) (?:just |only |always |siempre |solo )?"
    r"(?:one \S+(?: \S+)? away from|a \S+ away from|a (?:potential|future|sleeping|ticking)|"
    r"un (?:potencial|futuro)|a un (?:\S+ )?de (?:distancia de )?)"
)
_JAQ = re.compile(
    rf"\b(?:why|how come) (?:are|is|do|does|is it that|do so many|does every|are so many|"
    rf"is it always) (?:the |so many |all )?{_G}\b(?: \S+){{0,3}} (?:over ?represented|always|"
    r"never|all|end up|ends up|so many|need|keep|run|running|control|own)\b|"
    rf"\b(?:why|how come) (?:does |do )?every {_G} (?:\S+ )?(?:needs?|has|have|gets?|is|are)\b|"
    rf"\bpor que (?:los |las |todos los |tantos )?{_G} (?:siempre|nunca|tienen tanto|"
    r"terminan|estan sobrerrepresentad|controlan|son los que)\b"
)
# A question about what a group suffers ("why do so many X end up sleeping in their cars?",
# "¿por qué los X terminan viviendo en cuartos sin agua?"): it asks after their conditions,
# not what is wrong with them. Crime, prison, welfare or a fault in the question keeps it
# loaded ("why do so many X end up in prison / on welfare?").
_HARDSHIP = re.compile(
    r"\b(?:living|live|sleeping|sleep|stuck|crammed|packed|crowded|renting|rent|camping|"
    r"viviendo|viven|vivir|durmiendo|duermen|dormir|hacinad\w+|amontonad\w+|rentando)\b"
    r"|\b(?:without|no|sin|lack|lacks|still lack|carecen de|no tienen) "
    r"(?:running water|clean water|water|power|electricity|ac|a c|air conditioning|"
    r"heat|heating|healthcare|health care|insurance|a doctor|doctors|agua|luz|drenaje|"
    r"electricidad|aire|calefaccion|seguro|servicios|doctor|atencion medica)\b"
    r"|\b(?:homeless|poverty|underpaid|paid less|evicted|exploited|drown\w*|dying|die in|"
    r"get sick|the worst housing|trailers|shelters|tents|en la calle|en la pobreza|"
    r"mal pagad\w+|desalojad\w+|explotad\w+|se ahogan|mueren|muriendo|donde dormir|"
    r"donde vivir|cuartos|cuarterias|albergues|campamentos|carpas)\b"
)
_LOADED = re.compile(
    r"\b(?:crime|crimes|criminals?|prison|jail|welfare|benefits|handouts|food stamps|gangs?|"
    r"drugs|trouble|steal\w*|violent|lazy|dirty|carcel|prision|delinqu\w+|crimen|"
    r"criminales|pandillas?|drogas|robando|roban|ayudas|subsidios|flojos|sucios|problemas)\b"
)


# "Why are immigrants always blamed for crime?": what others do to the group is asked after,
# even beside a crime word (the crime is what they are blamed for).
_DONE_TO = re.compile(
    r"\b(?:always|so often|still|constantly|first to be|keep|keeps) (?:being |getting |get |be )?"
    r"(?:blamed|targeted|profiled|stopped|harassed|attacked|arrested|scapegoated|accused|"
    r"robbed|assaulted|beaten|evicted|ignored|passed over|"
    r"demoni[sz]ed|discriminated|mistreated|bullied|underpaid|detained|searched|culpad\w+|"
    r"acusad\w+|detenid\w+|discriminad\w+|atacad\w+)\b"
)


def _asks_about_hardship(question: str) -> bool:
    if _DONE_TO.search(question):
        return True
    return bool(_HARDSHIP.search(question)) and not _LOADED.search(question)


_ELECT = re.compile(
    rf"\b(?:elect|hire|put|promote|vote in|vote for|let) (?:a|an|another|some|more) {_G}"
    r"(?: \S+)?,? (?:and )?(?:you )?(?:get|watch|=) (?:a |an |the )?(?:\S+ )?"
    r"(?:broken|ruined|mess|disaster|bankrupt|chaos|crime|collapse|dead)\b|"
    rf"\b(?:elige|elijan|vota por|voten por|pon|pongan|contrata) (?:a )?(?:un|una|otro|otra) "
    rf"{_G}(?: \S+)?,? (?:y )?(?:tendras|tienes|obtienes|te queda|veras) (?:una? )?(?:\S+ )?"
    r"(?:rota|rot[oa]|desastre|quiebra|caos|ruina)\b"
)
_ROLE = (
    r"(?:uniform|the military|the army|the police|the force|combat|the cockpit|office|kids|"
    r"children|our kids|your kids|schools?|classrooms?|daycares?|the jury|juries|girls|boys|"
    r"government|congress|the bench|positions? of power|here|this country)"
)
_ROLE_ES = (
    r"(?:uniforme|el ejercito|la policia|los ninos|ninos|ninas|las escuelas|escuelas|"
    r"el gobierno|las aulas|salones|el jurado|cargos publicos|aqui|este pais)"
)
_EXCLUDE = re.compile(
    rf"^(?:\S+ )?{_G} (?:do not|does not|should not|shouldn't|must not|have no business) "
    rf"(?:belong |be |being )?(?:anywhere )?(?:in|near|around|with|teaching|coaching) "
    rf"(?:\S+ )?{_ROLE}\b|"
    rf"\bkeep(?: away| out| off)? (?:the |those |these )?{_G} (?:away from|out of|off) "
    rf"(?:\S+ )?{_ROLE}\b|"
    rf"^(?:\S+ )?(?:los |las )?{_G} no (?:deberian|deberia|deben|debe|tienen que|tienen nada que) "
    rf"(?:ni )?(?:estar |trabajar |hacer )?(?:\S+ )?(?:(?:en|cerca de|con) )?{_ROLE_ES}\b|"
    rf"\bcon (?:los |las |esos |esas )?{_G} no se puede (?:convivir|vivir)\b|"
    rf"\b(?:you )?can not (?:live|coexist) with (?:the |those |these )?{_G}\b"
)
_DOUBLE = re.compile(r"\b(\w+?)s? (?:gonna|gon|gon na|will|van a) (\1)\b")
_DOUBLE_VERBS = (" gonna ", " gon ", " will ", " van a ")

_CLASSES: tuple[tuple[str, re.Pattern], ...] = (
    ("a pest simile", _SIMILE),
    ("'don't mix'", _MIX),
    ("a list of a group", _LIST),
    ("keeping a group away", _KEEP),
    ("a decline dated from a group's arrival", _ARRIVAL_DECLINE),
    ("crime said to follow a group", _FOLLOWS),
    ("a group as latent danger", _AWAY_FROM),
    ("a loaded question about a group", _JAQ),
    ("a group blamed for ruin in office", _ELECT),
    ("a group kept out of a role", _EXCLUDE),
)
# The class regexes, then the two read beside them in a sentence with a group, then the pest
# word alone: `_SEARCHED` numbers them for `_prefilter`.
_BEFORE_THEN_AT = len(_CLASSES)
_SAME_WITH_AT = _BEFORE_THEN_AT + 1
_PEST_ALONE_AT = _BEFORE_THEN_AT + 2


_SEARCHED = pattern_needles(
    (*(rx for _what, rx in _CLASSES), _BEFORE_THEN, _SAME_WITH, _PEST_ALONE)
)


_CONDEMN = re.compile(
    r"\b(?:racist|racism|bigot|bigoted|bigotry|hateful|dehumaniz\w*|xenophob\w*|"
    r"racista|racismo|xenofob\w*|deshumaniz\w*|odio|intolerante|discriminatori\w*)\b"
)
# The writer's own denial ("I'm not racist", "no soy racista") or a label fended off in
# advance: in Spanish with the shared phrases (`label_fended_es`: "que me llamen racista",
# "me dirán xenófobo"); the English "call me racist" is kept here, since the English fending
# (`condemnation._FENDED_BEFORE`) is read on units, not on this joined text.
_OWN_DENIAL = re.compile(
    r"\b(?:not|no|never|nunca|ni) (?:a |un |una |being |ser |soy )?(?:\S+ )?"
    r"(?:racist|racista|bigot|xenophob\w*|xenofob\w*|hate|odio)\b|"
    rf"\bcall (?:me|us) (?:a )?(?:racist|bigot)|{FENDED_LABEL_ES.pattern}"
)


# "not when the X arrived", "no desde que llegaron": the writer denies the link.
_NOT_WHEN = re.compile(
    r"\b(?:not|no|never|nunca|nothing to do with|nada que ver con) (?:when|since|once|after|"
    r"because|desde|cuando|porque|por)\b"
)


# "..., the sheriff claimed": someone else's claim, reported.
_SAID_BY = re.compile(
    r"^ ?(?:\S+ ){0,2}?(?:the |a |an |his |her |their |some |el |la |los |las |un |una )"
    r"?\S+ (?:claimed|claims|said|says|insisted|argued|alleged|wrote|tweeted|dijo|dice|"
    r"afirmo|aseguro|sostuvo|alego|escribio)\b"
)


def _is_group(u: Unit) -> bool:
    return u.has("G") or u.text in PROXIES


def group_units(an: Analysis) -> set[int]:
    """The indexes of the units `_is_group` accepts, read from the analysis' class index
    (most units are not groups: asking each one is the dearer way)."""
    groups = {k for k in an.by_class.get("G", ()) if not names_an_outfit(an, k)}
    groups.update([u.index for u in an.units if u.text in PROXIES])
    return groups


def names_an_outfit(an: Analysis, k: int) -> bool:
    """Unit k is a group adjective on a criminal organisation ("Mexican cartels", "los carteles
    mexicanos"): the outfit is what the sentence speaks of, not the people."""
    u = an.units[k]
    if u.code != "g":
        return False
    near = (an.units[j] for j in (k - 1, k + 1) if 0 <= j < len(an.units))
    return any(x.sentence == u.sentence and x.text in CRIMINAL_BODIES for x in near)


def _speaks(units: list[Unit], j: int) -> bool:
    """The pronoun at j is the subject of a verb of saying ("they were yelling that X are ..."):
    the ones who said it, not the group they spoke of."""
    for u in units[j + 1 : j + 3]:
        if u.code == "r":
            return True
        if u.code != "C":
            return False
    return False


def _sentence_words(
    units: list[Unit], groups: set[int], group_named: bool
) -> tuple[str, list[int], list[int]]:
    """A sentence's words with groups (`groups`: their unit indexes) masked, plus each word's
    offset and unit index."""
    words: list[str] = []
    offsets: list[int] = []
    index: list[int] = []
    pos = 0
    for j, u in enumerate(units):
        word = u.text
        if u.index in groups or (group_named and u.text in _PRONOUNS and not _speaks(units, j)):
            word = "GRP"
        offsets.append(pos)
        index.append(u.index)
        words.append(word)
        pos += len(word) + 1
    return " ".join(words), offsets, index


def _units_of(offsets: list[int], index: list[int], start: int, end: int) -> tuple[int, int]:
    inside = [index[i] for i, o in enumerate(offsets) if start <= o < end]
    return (inside[0], inside[-1]) if inside else (index[0], index[-1])


def condemned(an: Analysis, first: int, last: int) -> bool:
    """Counter-speech or report: the comment calls such lines racist or hateful (and does not
    merely deny being racist itself), quotes them, attributes them to someone else ("..., the
    sheriff claimed") or calls them false."""
    if any(u.quoted for u in an.units[first : last + 1]):
        return True
    text = " ".join(u.text for u in an.units)
    hits = [m for m in _CONDEMN.finditer(text)]
    denials = {m.end() for m in _OWN_DENIAL.finditer(text)}
    if any(m.end() not in denials for m in hits):
        return True
    return (
        counter_speech(an, first, last)
        or reported_after(an, last)
        or claim_denied(an, first, last)
        or labelled_false(an, first, last)
    )


def _double(an: Analysis) -> list[tuple[int, int, str]]:
    """Read "X gonna X": a group word made a verb of its own conduct ("Paisas gonna paisa")."""
    found: list[tuple[int, int, str]] = []
    text = an.norm.text
    if not any(verb in text for verb in _DOUBLE_VERBS):
        return found  # the regex (a back-reference tried at every word) cannot match
    for m in _DOUBLE.finditer(text):
        stem = m.group(1)
        if len(stem) < 3 or stem in {"boy", "man", "kid", "girl", "it", "tha"}:
            continue
        first = next((u.index for u in an.units if u.start >= m.start()), None)
        last = next((u.index for u in reversed(an.units) if u.end <= m.end()), None)
        if first is not None and last is not None:
            found.append((first, last, "'X gonna X'"))
    return found


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    """(first unit, last unit, shape) for every shape found in the comment."""
    found: list[tuple[int, int, str]] = []
    groups = group_units(an)
    if not groups:
        return _double(an)  # every other shape needs a group's name ("GRP") in some sentence
    n = an.units[-1].sentence + 1
    by_sentence: list[list[Unit]] = [[] for _ in range(n)]
    for u in an.units:
        by_sentence[u.sentence].append(u)
    grouped = {an.units[k].sentence for k in groups}
    masked = [
        _sentence_words(by_sentence[s], groups, s in grouped or s - 1 in grouped) for s in range(n)
    ]
    for s, (text, offsets, index) in enumerate(masked):
        if not index:
            continue
        if "GRP" not in text and (s + 1 >= n or not masked[s + 1][1]):
            continue  # a sentence without a group counts only before another (a pest simile)
        ready = set(_SEARCHED.candidates(text))
        if not ready:
            continue  # no pattern can match this sentence
        if "GRP" in text:
            for k, (what, pattern) in enumerate(_CLASSES):
                m = pattern.search(text) if k in ready else None
                if m and not _NOT_WHEN.search(text) and not _SAID_BY.match(text[m.end() :]):
                    if pattern is _JAQ and _asks_about_hardship(text[m.start() :]):
                        continue  # "why do so many X end up living in trailers with no AC?"
                    found.append((*_units_of(offsets, index, m.start(), m.end()), what))
            if (
                _BEFORE_THEN_AT in ready
                and _BEFORE_THEN.search(text)
                and any(_NOSTALGIA.search(masked[k][0]) for k in range(max(0, s - 2), s + 1))
            ):
                found.append((index[0], index[-1], "a decline dated from a group's arrival"))
            m = _SAME_WITH.search(text) if _SAME_WITH_AT in ready else None
            if m and any(_PEST_ALONE.search(masked[k][0]) for k in range(max(0, s - 2), s)):
                found.append((index[0], index[-1], "a pest simile"))
        if _PEST_ALONE_AT in ready and _PEST_ALONE.search(text) and s + 1 < n and "GRP" not in text:
            nxt = masked[s + 1]
            if nxt[1] and _SAME_WITH.search(nxt[0]):
                found.append((index[0], nxt[2][-1], "a pest simile"))
    return found + _double(an)


# A slur or a dehumanising word defended as a fair name: "What's wrong with calling them X?",
# "Why can't I call a X a X?", "¿Qué tiene de malo llamarlos X?", "¿Por qué no puedo llamar X a
# un X?". The frame opens the sentence (a report, "he asked what's wrong with ...", does not);
# a thing named ("calling it a genocide", "llamarlo invasión") is political speech.
_DEFENCE = re.compile(
    r"^(?:(?:so|but|and|honestly|seriously|then|y|pero|entonces|o sea|a ver) )?"
    r"(?:what is wrong with|what is the (?:problem|harm|issue) with|what is so (?:bad|wrong) "
    r"about|(?:there is |i see )?nothing wrong with|since when is it (?:wrong|racist|a crime) to|"
    r"why is it (?:wrong|racist|offensive|bad|a crime) to|(?:can not|could not) (?:we|i|you)"
    r"(?: just| simply)?|why (?:can not|should not|will not) "
    r"(?:i|we|you|people|anyone|one)(?: just| simply)?|que tiene de malo|(?:no )?tiene nada "
    r"de malo|cual es el problema (?:de|con|en)|por que no (?:puedo|podemos|se puede|puede uno|"
    r"puede una|debo|debemos)(?: yo| nosotros)?|por que (?:es|seria) (?:malo|racista|delito))"
    r" (?=\S)"
)
_CALL_VERBS = frozenset({"call", "calling", "name", "naming", "label", "labelling", "labeling"})
_CALL_ES = ("llamar", "decirles", "decirle", "nombrar", "tachar")
_THING_OBJECTS = frozenset(
    {"it", "this", "that", "what", "eso", "esto", "aquello", "lo", "la", "el"}
)  # fmt: skip
# A war's or an army's doers named ("call the troops invaders"): a judgement of a war.
_ARMED = frozenset(
    {"soldiers", "troops", "army", "armies", "forces", "regime", "government", "soldados",
     "tropas", "ejercito", "fuerzas", "regimen", "gobierno", "settlers", "colonos"}
)  # fmt: skip
_WINDOW = 7
_INSTEAD = re.compile(r"\b(?:instead|rather than|not|en vez de|en lugar de|no)\b")


def _called(u: Unit) -> bool:
    """A verb of naming: "call", "calling", "llamarlos", "decirles"."""
    return u.text in _CALL_VERBS or u.text.startswith(_CALL_ES)


# Words as often said of one person's conduct ("call a rat a rat" of an informer, "a pig" of a
# cop, "an animal" of a killer): doubled, they name no people.
_ONE_PERSON = frozenset(
    {"rat", "rats", "pig", "pigs", "snake", "snakes", "animal", "monster", "beast", "dog",
     "rata", "cerdo", "puerco", "serpiente", "monstruo", "bestia", "perro"}
)  # fmt: skip


def _people_named(verb: Unit, after: list[Unit]) -> bool:
    """The naming is of people: "them", a group, "a X" with X a slur or a group word, a
    dehumanising word doubled ("call a savage a savage") or a Spanish plural clitic
    ("llamarlos", "decirles"); never "it", "this" or "lo"."""
    if not after or after[0].text in _THING_OBJECTS:
        return False
    if verb.text.endswith(("los", "las", "les")):
        return True
    doubled = [u.text for u in after if u.code == "D" and u.text not in _ONE_PERSON]
    return any(u.code in ("t", "G", "S") for u in after) or len(doubled) != len(set(doubled))


def _unit_at(units: tuple[Unit, ...], offset: int) -> int:
    """The position in `units` of the unit that starts at `offset` of their joined texts."""
    pos = 0
    for i, u in enumerate(units):
        if pos >= offset:
            return i
        pos += len(u.text) + 1
    return len(units)


# The writer's own answer to the question: "What's wrong with calling them X? Everything."
_ANSWER = frozenset(
    {"everything", "a lot", "plenty", "all of it", "todo", "mucho", "pues todo", "bastante"}
)  # fmt: skip


def _answered(an: Analysis, sentence: int) -> bool:
    """The next sentence (past a doubled mark: "...X??? Everything.") opens with an answer that
    the naming is wrong."""
    nxt = an.sentence_units(an.next_sentence(sentence))
    return bool(nxt) and nxt[0].text in _ANSWER


def _slur_defended(an: Analysis) -> list[tuple[int, int, str]]:
    """(first, last, shape) for a sentence that defends calling people a slur or a
    dehumanising word."""
    found: list[tuple[int, int, str]] = []
    if "S" not in an.codes and "D" not in an.codes:
        return found
    for base, codes in an.sentences:
        units = an.units[base : base + len(codes)]
        words = " ".join(u.text for u in units)
        m = _DEFENCE.match(words)
        if m is None:
            continue
        k = _unit_at(units, m.end())  # the first unit after the frame
        verb = next((u for u in units[k : k + 2] if _called(u)), None)
        if verb is None:
            continue
        after = list(units[verb.index - base + 1 : verb.index - base + 1 + _WINDOW])
        if not _people_named(verb, after) or any(u.text in _ARMED for u in units):
            continue
        if _INSTEAD.search(" ".join(u.text for u in after)):
            continue  # "calling them neighbours instead of X": the slur is what is refused
        name = next((u for u in after if u.code in ("S", "D")), None)
        if name is not None and not _answered(an, units[-1].sentence):
            found.append((units[0].index, name.index, "a slur defended as a fair name"))
    return found


@rule("hate.group_shape", Category.HATE)
def group_shape(an: Analysis, sub) -> list[Hit]:
    """Hold a comment that fits a named group into an implicit-hate shape."""
    del sub
    if not an.units:
        return []
    for first, last, what in _slur_defended(an) + _shapes(an):
        if what == "'X gonna X'" and not _doubled_group(an, first, last):
            continue
        if what == "a pest simile" and _pest_denied(an, first, last):
            continue
        if condemned(an, first, last):
            continue
        g = next((k for k in range(first, last + 1) if an.units[k].code == "G"), None)
        if g is not None and one_pointed_at(an, g):
            continue  # "Esa mujer es una rata": one person insulted, not the group
        return [
            Hit(
                "hate.group_shape",
                _SCORE,
                (an.span(first, last),),
                f"a group in {what}",
                cap_hold=True,
            )
        ]
    return []


# The pest word denied where it stands: "X are not a plague", "no son una plaga", "nunca
# han sido ratas", "ningún X es una rata"; the denial must sit right before it, so "they are
# not people, they are rats" keeps its second, affirmed clause.
_PEST_DENIED = re.compile(
    rf"\b(?:no|not|never|nunca|jamas|ni)\s+(?:(?:are|is|were|was|be|been|son|es|fueron|fue|"
    rf"seran|sera|han sido|ha sido|somos)\s+)?(?:(?:a|an|the|just|only|una|unos|unas|la|las|"
    rf"el|los|solo|ninguna?|como)\s+)?{_PEST}$"
)
_NONE_OF = frozenset({"ningun", "ninguna", "ningunos", "ningunas", "nadie", "ni"})


def _pest_denied(an: Analysis, first: int, last: int) -> bool:
    """A pest simile whose pest is denied, or whose group is "none of" them, or under "I
    don't think" / "jamás diría que": counter-speech, not the simile. A negation elsewhere
    ("they aren't refugees, they're an infestation") leaves the simile standing."""
    units = an.units
    span = an.norm.text[units[first].start : units[last].end]
    if _PEST_DENIED.search(span):
        return True
    for k in range(first, max(-1, first - 3), -1):
        if units[k].sentence != units[first].sentence:
            break
        if units[k].text.split()[0] in _NONE_OF:
            return True
    return neg_raised(an, first) is not None  # "jamás diría que los X son una plaga"


def _doubled_group(an: Analysis, first: int, last: int) -> bool:
    """The doubled word names people: a group word or a capitalised plural ("Paisas")."""
    unit = an.units[first]
    return (
        _is_group(unit)
        or (an.capitalised(first) and unit.text.endswith("s"))
        or (an.capitalised(first) and last > first and an.units[first + 1].text == "as")
    )
