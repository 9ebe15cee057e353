"""Group claims in plain words the derogation patterns miss, read over a sentence's words with
every protected group noun made one `GRP` (a pronoun the analysis reads as the group `THEY`):

- a group said to bring nothing good ("X bring nothing good", "they have brought nothing but
  misery", "los X no aportan nada bueno", "de los X no sale nada bueno"; "nothing good comes
  from that crowd" after the group was named); "nothing but the clothes on their backs" names
  no harm and passes;
- a group denied equal standing after a modal ("X should not be treated as equals", "no
  deberían ser tratados como iguales", "stop treating X as equals"); "should not be treated
  as criminals" defends them and passes;
- a protected trait called disgusting or an abomination ("Being gay is disgusting",
  "Homosexuality is an abomination", "La homosexualidad es una aberración", "Two men kissing
  is gross"); "being homophobic is disgusting" names no trait.

A negation before the group, a quotation, a report or a condemnation passes. Every hit holds.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import suppressed
from moderation.policy.rules.hate.why_not_argued import why_not_argued
from moderation.policy.rules.masked_words import grouped, shape_fits
from moderation.policy.types import Category, Submission

_SCORE = 0.72


_G = r"(?:GRP|THEY)"
# -- a group said to bring nothing good -----------------------------------------------------
_HARMS_EN = (
    r"(?:trouble|problems|crime|misery|drugs|disease|diseases|chaos|violence|grief|pain|"
    r"headaches|filth|dirt|poverty|terror|destruction|decay|death|rape|hate|hatred|ruin)"
)
NOTHING_EN = re.compile(
    r"(?:^|(?<= ))" + _G + r" (?:\S+ ){0,2}?(?:bring|brings|brought|contribute|contributes|"
    r"contributed|add|adds|added|offer|offers|offered|give|gives|gave|provide|provides|"
    r"provided|have to offer|has to offer) (?:\S+ ){0,3}?nothing (?:good|positive|of value|"
    r"worthwhile|useful|valuable|of worth|but " + _HARMS_EN + r")(?= |$)|"
    r"(?:^|(?<= ))nothing (?:good|positive|worthwhile|of value) (?:\S+ )?(?:comes|come|came) "
    r"(?:from|out of) (?:\S+ )?(?:" + _G + r"|that crowd|those people|these people|their kind|"
    r"people like that|that lot)(?= |$)"
)
_HARMS_ES = (
    r"(?:problemas|delincuencia|crimen|crimenes|miseria|drogas|enfermedades|caos|violencia|"
    r"suciedad|pobreza|terror|destruccion|muerte|desgracias|robos|inseguridad)"
)
_NOTHING_ES = re.compile(
    r"(?:^|(?<= ))(?:los |las |esos |esas |estos |estas )?" + _G + r" (?:\S+ ){0,2}?(?:no )?"
    r"(?:traen|aportan|dan|ofrecen|contribuyen|han traido|han aportado|trajeron|aportaron) "
    r"(?:\S+ ){0,2}?(?:nada (?:bueno|positivo|de valor|util|que valga la pena)|(?:mas que|sino|"
    r"solo|nomas) " + _HARMS_ES + r")(?= |$)|"
    r"(?:^|(?<= ))(?:de|con) (?:los |las |esos |esas |estos |estas )?" + _G + r" (?:no )?"
    r"(?:sale|viene|llega|se obtiene) nada bueno(?= |$)|"
    r"(?:^|(?<= ))nada bueno (?:sale|viene|llega) (?:de|con) (?:los |las |esos |esas |estos |"
    r"estas )?" + _G + r"(?= |$)"
)

# -- a group denied equal standing after a modal --------------------------------------------
_EQUALS_EN = r"(?:our )?(?:equals|equal to us|equal to (?:men|whites|white people)|full citizens)"
UNEQUAL_EN = re.compile(
    r"(?:^|(?<= ))(?<!why )(?:all |the )?" + _G + r" (?:\S+ ){0,2}?(?:should|must|shall|"
    r"will|can|could|ought to) (?:not|never) (?:ever )?(?:be )?(?:treated|seen|regarded|"
    r"considered|accepted|recognized|recognised|counted) as " + _EQUALS_EN + r"(?= |$)|"
    r"(?:^|(?<= ))" + _G + r" (?:do|does) not deserve to be (?:treated|seen|considered|"
    r"regarded) as " + _EQUALS_EN + r"(?= |$)|"
    r"(?:^|(?<= ))(?:we should |we must |let us |time to |)(?:stop|quit) (?:treating|"
    r"seeing|regarding) (?:the )?" + _G + r" as " + _EQUALS_EN + r"(?= |$)"
)
_UNEQUAL_ES = re.compile(
    r"(?:^|(?<= ))" + _G + r" (?:\S+ ){0,2}?no (?:deberian|deben|pueden|merecen|tienen "
    r"por que) (?:ser )?(?:tratad[oa]s|considerad[oa]s|vist[oa]s|aceptad[oa]s|reconocid[oa]s) "
    r"como (?:nuestr[oa]s )?(?:iguales|ciudadan[oa]s de primera)(?= |$)|"
    r"(?:^|(?<= ))(?:hay que |debemos |deberiamos )?dejar de (?:tratar|considerar|ver) a "
    r"(?:los |las )?" + _G + r" como (?:nuestr[oa]s )?iguales(?= |$)"
)

# -- a protected trait called disgusting ----------------------------------------------------
_DISGUST_EN = (
    r"(?:(?!not |never |no )\S+ )?(?:disgusting|repulsive|revolting|vile|sick|sickening|"
    r"gross|nauseating|filthy|"
    r"an abomination|a perversion|an aberration|unnatural|degenerate|depraved|perverted|"
    r"a disease|a sickness|a mental illness|a mental disorder|a disorder|an illness)"
)
TRAIT_EN = re.compile(
    r"(?:^|(?<= ))(?:being (?:a |an )?" + _G + r"|(?:two )?(?:men|women) (?:kissing|holding "
    r"hands|marrying)|homosexuality|transgenderism|lesbianism|bisexuality|transsexualism|"
    r"homosexual (?:behavior|behaviour|acts|sex)|gay (?:sex|marriage|relationships))"
    r" (?:is|are) " + _DISGUST_EN + r"(?= |$)"
)
_DISGUST_ES = (
    r"(?:(?!no |nunca |jamas )\S+ )?(?:asquerosa|asqueroso|repugnante|una aberracion|"
    r"aberrante|antinatural|"
    r"una abominacion|una perversion|una enfermedad|una enfermedad mental|un trastorno|"
    r"enfermiza|enfermizo|un asco|una porqueria|una degeneracion|degenerada|contra natura|"
    r"una cochinada|nauseabunda|nauseabundo|asquerosidad)"
)
_TRAIT_ES = re.compile(
    r"(?:^|(?<= ))(?:(?:la )?(?:homosexualidad|transexualidad|bisexualidad|lesbianidad|"
    r"ideologia de genero)|ser (?:un |una )?" + _G + r"|que dos (?:hombres|mujeres) se "
    r"(?:besen|casen|agarren de la mano)|dos (?:hombres|mujeres) (?:besandose|de la mano))"
    r" es " + _DISGUST_ES + r"(?= |$)"
)

_SHAPES = (
    (NOTHING_EN, "a group said to bring nothing good", "en", True),
    (_NOTHING_ES, "a group said to bring nothing good", "es", True),
    (UNEQUAL_EN, "a group denied equal standing", "en", True),
    (_UNEQUAL_ES, "a group denied equal standing", "es", True),
    (TRAIT_EN, "a protected trait called disgusting", "en", False),
    (_TRAIT_ES, "a protected trait called disgusting", "es", False),
)
_WHY = {shape: why for shape, why, _lang, _needs_group in _SHAPES}
_GATE = re.compile(
    r"\b(?:nothing|nada|equal|iguales|disgust|repuls|revolt|vile|sick|gross|nause|filth|"
    r"abominat|pervers|aberra|unnatural|degenera|deprav|pervert|disease|illness|disorder|"
    r"asquer|repugn|antinatural|enferm|trastorno|asco|porquer|contra natura|cochinada)"
)


@rule("hate.plain_claim", Category.HATE, needs=(_GATE,))
def plain_claim(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a group's plain-word claim in the shapes above, unless suppressed."""
    del sub
    text = an.norm.text
    if not _GATE.search(text):
        return []
    named = any(u.code == "G" and not u.quoted for u in an.units)
    shapes = tuple(
        shape
        for shape, _why, lang, needs_group in _SHAPES
        if lang == an.lang and (named or not needs_group)
    )
    if not shapes:
        return []
    for _s, first, last, m in shape_fits(an, shapes, grouped):
        if suppressed(an, first, last, allow_negation=True):
            continue
        if _negated_group(an, first) or why_not_argued(an, first):
            continue  # "¿Por qué las X no deberían ser tratadas como iguales?" argues for it
        why = _WHY[m.re]
        return [Hit("hate.plain_claim", _SCORE, (an.span(first, last),), why, cap_hold=True)]
    return []


_NEGATORS = frozenset({"not", "no", "never", "nunca", "jamas", "ni"})


def _negated_group(an: Analysis, first: int) -> bool:
    """A negation right before the match's first words ("not all X", "no es que ...")."""
    base, _codes = an.sentence_of(first)
    return any(an.units[k].text in _NEGATORS for k in range(max(base, first - 3), first))
