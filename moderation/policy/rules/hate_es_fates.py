"""A people's killing wished for, approved or called for, in Spanish (`hate.es_fate`, hold only).

The blog's Spanish comments that wish a people dead rarely say "maten a los X": they ask for
another massacre ("hace falta otra masacre de indios"), approve one that happened ("lo de la
masacre estuvo bien, eran puros indios"), wish a group the fate of the victims of a known one
("ojalá les pase lo mismo que a los de San Fernando"), wish it death or a plague ("ojalá les
llegue la muerte a todos los X"), or call for the border to be held with
gunfire ("que les disparen a los que crucen el río", "a las invasiones se les responde a
balazos"). Each shape counts only with a group, a people's place or the crossers of the border
in its sentence, so the same words about cartels, a police purge or a robber pass.

These are also the words of the blog's reports and grief ("la masacre de San Fernando, 72
migrantes asesinados"), its outrage ("¿cuántas masacres más hacen falta para que el gobierno
actúe?") and its condemnations ("que la Patrulla dispare a migrantes es un crimen"). Every hit
only holds: a moderator reads it. A question, a purpose after the call ("para que ..."), a
negation before the shape, a quoted or reported line, and a comment that calls some line racist,
a crime or false let it pass.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.hate_es_held import held_shape
from moderation.policy.rules.hate_es_implicit import own_shape
from moderation.policy.rules.hate_es_short import PEOPLE_PLACE, masked_words
from moderation.policy.rules.hate_shapes import group_units
from moderation.policy.types import Category

_RULE = "hate.es_fate"
_SCORE = 0.75

# The comments this rule can read name a killing or gunfire; most comments end at this test.
_NEEDLES = re.compile(
    r"\b(?:masacre|matanza|exterminio|exterminarlos|genocidio|holocausto|pogrom|limpia|"
    r"limpieza|dispar|balazos|plomazos|plomo|bala|tiros|tiren|matar|lo mismo que|acteal|"
    r"san fernando|muerte|peste|plaga)"
)

# A mass killing, by name or by a known one (Acteal, San Fernando).
_KILLING = (
    r"(?:masacre|matanza|exterminio|genocidio|holocausto|pogromo?|limpieza etnica|"
    r"(?:limpia|limpieza) de (?:los |las |esos |esas |estos |estas )?GRP|"
    r"acteal|san fernando)"
)
# The people it falls on: a group, a people's place, the border's crossers.
_PEOPLE = rf"(?:GRP|{PEOPLE_PLACE}|invasores|invasion)"
_CROSSERS = (
    r"\b(?:(?:que|quien|quienes|los que|las que|el que|la que|cualquiera que|todo el que|"
    r"todos los que) (?:se )?(?:crucen?|cruzan?|brinquen?|brincan?|acerquen?|acercan?|pasen?|"
    r"salten?|metan?|intenten? (?:cruzar|pasar|brincar))|nadie (?:cruza|cruzaria|se brinca|"
    r"pasa))\b"
)

# The border where crossers are met, and the criminals the same gunfire is asked for: gunfire
# at the river is aimed at people crossing it unless the sentence names gunmen or thieves.
_BORDER = (
    r"\b(?:en|al|del|desde) "
    r"(?:el rio|la frontera|el muro|el suchiate|el bravo|la garita|la valla)\b"
)
_CRIMINALS = re.compile(
    r"\b(?:sicarios?|narcos?|asaltantes?|ladron(?:es)?|rateros?|delincuentes?|criminales?|"
    r"carteles?|polleros?|traficantes?|secuestradores?|huachicoleros?|halcones|malandros?)\b"
)

_WISHED = "a massacre of a people wished for"
_APPROVED = "a massacre of a people approved"
_SAME_FATE = "a people wished the fate of a massacre's victims"
_SHOT = "gunfire called for against a people or the border's crossers"
_DEATH = "a people wished dead"

_SHAPES: tuple[tuple[str, re.Pattern], ...] = (
    (
        _WISHED,
        re.compile(
            r"\b(?:hace falta|hacen falta|se necesita|se necesitan|necesitamos|ocupamos|urge|"
            r"falta|deberia haber|debe haber|ojala (?:haya|hubiera|venga|llegue)|"
            r"que (?:haya|venga)|"
            r"les toca|les hace falta|les falta|se merecen|merecen) "
            rf"(?:otra|otro|una|un|nuevamente (?:una|un)|una buena|un buen) (?:nueva |buena )?"
            rf"{_KILLING}\b(?P<rest>[^.]*)"
        ),
    ),
    (
        _APPROVED,
        re.compile(
            rf"\b(?:la|lo de la|esa|aquella|lo de) {_KILLING}(?: de (?:\w+ )?(?:{_PEOPLE}|\w+))?"
            r"(?: de \w+)? (?:estuvo bien|estuvo muy bien|fue justa|fue justicia|fue poca|fue poco|"
            r"se quedo corta|se quedo corto|fue lo mejor|nos hizo un favor|hizo falta|"
            r"(?:se la|se lo) (?:merecian|ganaron|buscaron)|bien merecida|bien hecha|"
            r"que bueno|me alegro)\b(?P<rest>[^.]*(?: \. [^.]*)?)"
        ),
    ),
    (
        _SAME_FATE,
        re.compile(
            r"\b(?:ojala|que|a ver si|deberia)\b(?P<pre>[^.]{0,60}?)\b(?:les|le) "
            r"(?:pase|pasara|toque|tocara|suceda|ocurra|hagan|hicieran) lo mismo que "
            rf"(?:a |en |les paso a |le paso a |le hicieron a |les hicieron a )?(?:los|las)? ?"
            rf"(?:de )?(?:{_KILLING}|judios|chinos|GRP)\b(?P<rest>[^.]*)"
        ),
    ),
    (
        # "ojalá les llegue la muerte a todos los X", "que les caiga una peste"
        _DEATH,
        re.compile(
            r"\b(?:ojala|que|a ver si|deseo que|quisiera que)\b(?P<pre>(?: \w+){0,3}?) (?:les|le) "
            r"(?:llegue|llegara|llegase|caiga|cayera|venga|viniera|agarre|alcance) "
            r"(?:(?:pronto|ya|de una vez|rapido|a todos|a todas) )*"
            r"(?:la muerte|una muerte \w+|una plaga|una peste|la peste)\b(?P<rest>[^.]*)"
        ),
    ),
    (
        _SHOT,
        re.compile(
            r"\b(?:que (?:(?:\w+ ){0,4}?(?:les|le|los|las|lo) )?"
            r"(?:disparen|dispare|tiren a matar|echen plomo|"
            r"reciban a (?:balazos|plomazos|tiros)|reciba a (?:balazos|plomazos|tiros))|"
            r"(?:hay que|habria que|hay q|deberian|deberia|deben|tienen que|tiene que) "
            r"(?:dispararles|disparar(?:le)?|tirar(?:les)? a matar|"
            r"recibir(?:los|lo|las) a (?:balazos|plomazos|tiros)|"
            r"sacarlos a balazos|correrlos a balazos)|"
            r"se (?:les |le )?(?:responde|recibe|reciben|contesta) a (?:balazos|plomazos|tiros)|"
            r"permiso de disparar|licencia para (?:disparar|matar)|que (?:\w+ ){0,4}?disparen? a "
            r"(?:cualquiera|todo el que|todos|los que|quien|GRP|los GRP|las GRP))\b(?P<rest>[^.]*)"
        ),
    ),
)

# A purpose or a condition after the call: outrage at a state that waits for the dead, not a
# wish ("¿cuántas masacres hacen falta para que actúen?", "hasta que haya otra masacre").
_PURPOSE = re.compile(r"^(?:[^.]{0,60}?)\b(?:para que|pa que|hasta que|antes de que)\b")
# The wish is judged after it ("que haya otra masacre sería una vergüenza").
_JUDGED_AFTER = re.compile(
    r"\b(?:seria|es|fue|sera) (?:un |una |algo )?(?:verguenza|crimen|horror|horrible|terrible|"
    r"tragedia|inaceptable|inhumano|barbarie|atrocidad)"
)
# A negation inside the wish for the same fate ("ojalá a nadie le pase lo mismo").
_NOT_TO_ANYONE = re.compile(r"\b(?:no|nadie|ningun|ninguno|ninguna|nunca|jamas)\b")
# A death wish told as others' or judged after it ("..., eso piden los racistas, qué asco").
_DEATH_TOLD = re.compile(
    r"\b(?:(?:eso|es lo que|lo que) (?:piden|dicen|gritan|gritaban|quieren|desean|escriben)|"
    r"racis\w*|xenofob\w*|odio|asco|verguenza)\b"
)
# Waited for rather than wished: "hasta que haya otra masacre", "antes de que venga otra".
_WAITED = re.compile(r"\b(?:hasta|antes de|sin|esperan a|esperando a|esperar a)(?: que)? ?$")


def _people_near(words: str, start: int, end: int) -> bool:
    """A group, a people's place or the border's crossers in the sentence of the shape or the
    next one ("la masacre estuvo bien . eran puros GRP")."""
    s = words.rfind(" . ", 0, start) + 1
    e = words.find(" . ", end)
    if e >= 0:
        nxt = words.find(" . ", e + 3)
        e = nxt if nxt >= 0 else len(words)
    around = words[s : e if e >= 0 else len(words)]
    if re.search(rf"\b{_PEOPLE}\b", around) or re.search(_CROSSERS, around):
        return True
    return bool(re.search(_BORDER, around)) and not _CRIMINALS.search(around)


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    words, offsets, index = masked_words(an, group_units(an))
    found: list[tuple[int, int, str]] = []
    for what, pattern in _SHAPES:
        for m in pattern.finditer(words):
            if _PURPOSE.search(m.group("rest")) or _WAITED.search(words, 0, m.start()):
                continue
            if _JUDGED_AFTER.search(m.group("rest")[:60]):
                continue
            if what in (_SAME_FATE, _DEATH) and _NOT_TO_ANYONE.search(m.group("pre")):
                continue
            if what == _DEATH and _DEATH_TOLD.search(m.group("rest")):
                continue
            if not _people_near(words, m.start(), m.end()):
                continue
            shape = own_shape(words, offsets, index, m, what, 60)
            if shape:
                found.append(shape)
                break
    return found


@rule(_RULE, Category.HATE, needs=(_NEEDLES,))
def es_fate(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that wishes, approves or calls for a people's killing."""
    del sub
    if an.lang != "es" or not an.units:
        return []
    return held_shape(an, _RULE, _SCORE, _shapes(an), asked=True)
