"""Care or safety advice to a group in a hazard: "With the heat wave, older adults and disabled
people should stay home and drink water", "por el humo, las personas con asma deberían
quedarse en casa".

"X should stay home" keeps a group out of sight; said in a heat wave, a cold snap, smoke or
flu season, and with no "for good" or "where nobody sees them", it is the advice a health
office gives to those most at risk. "A problem of child protection" is the same care, said of
a group's welfare. Read by `hate.derogation` and `hate.coded`.
"""

from __future__ import annotations

import re

from moderation.policy.rules.context.sentence_bounds import sentence_start

_HAZARD = re.compile(
    r"\b(?:heat ?waves?|extreme heat|the heat|heat advisory|heat index|smoke|wildfires?|"
    r"air quality|flu season|the flu|flu|covid|outbreaks?|storms?|hurricanes?|freeze|"
    r"cold snap|cold wave|snowstorms?|blizzards?|smog|ola de calor|olas de calor|el calor|"
    r"calorones?|ola de frio|el frio|heladas?|nevadas?|humo|incendios?|contingencia|"
    r"calidad del aire|temporada de (?:gripe|gripa|frio|calor|lluvias|huracanes)|gripe|gripa|"
    r"influenza|brotes?|tormentas?|huracan|huracanes|smog|polvo|dust storms?)\b"
)
# Staying in: at home, inside, out of the sun.
_STAY_IN = re.compile(
    r"\b(?:stay|stays|remain|keep|be) (?:at )?(?:home|indoors|inside|in|out of the sun|cool)\b|"
    r"\b(?:quedarse|quedense|permanecer|estar|resguardarse|resguardense) (?:en (?:casa|sus casas|"
    r"la casa|interiores|la sombra)|adentro|dentro)\b|\bno salir\b"
)
# What turns advice into keeping a group out of sight for good.
_FOR_GOOD = re.compile(
    r"\b(?:forever|for good|permanently|never|nobody|no one|out of sight|hide|hidden|where we|"
    r"para siempre|nunca|nadie|escondid[oa]s|esconderse|no molesten|donde no)\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")
# "Son un problema de protección infantil": a problem of their care, not a people that is one.
_PROBLEM = frozenset({"son un problema", "are a problem", "es un problema", "is a problem"})
_OF_CARE = re.compile(
    r"\s*(?:de|of|for) (?:la |the )?(?:proteccion|bienestar|derechos humanos|asistencia social|"
    r"child (?:protection|welfare|safety)|protection|welfare|human rights|social services)\b"
)


def care_advised(text: str, at: int) -> bool:
    """The sentence holding offset `at` advises staying in because of a hazard (heat, smoke,
    flu), and says nothing of keeping the group away for good."""
    opening = sentence_start(text, at)
    cut = _SENTENCE_END.search(text, at)
    sentence = text[opening : cut.start() if cut else len(text)]
    return (
        _HAZARD.search(sentence) is not None
        and _STAY_IN.search(sentence) is not None
        and _FOR_GOOD.search(sentence) is None
    )


def care_problem(text: str, pred_text: str, end: int) -> bool:
    """ "Los niños X son un problema de protección infantil": the predicate "a problem" is
    named as one of their protection or welfare (`end`: the predicate's end offset)."""
    return pred_text in _PROBLEM and _OF_CARE.match(text, end) is not None
