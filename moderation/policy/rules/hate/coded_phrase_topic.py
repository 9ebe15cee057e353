"""Everyday phrases that a coded row reads as a hint, said of something that is no people:
"así empiezan las guerras" (a war between states), "a stranger in her own neighbourhood" told
of gentrification, "model minority" named as the stereotype it is."""

from __future__ import annotations

import re

# "Así empiezan" followed by what begins: a war, a crisis, a dictatorship, none a people.
_BEGINS_A_THING = re.compile(
    r"\s+(?:las|los|la|el|todas las|todos los)\s+(?:guerras?|conflictos?|crisis|dictaduras?|"
    r"revoluciones|revolucion|golpes? de estado|incendios?|pleitos?|divorcios?|huelgas?)\b"
)
# The rent and the buyers that make a neighbour a stranger at home: gentrification, told.
_PRICED_OUT = re.compile(r"\b(?:gentrif\w+|rents?|evict\w*|priced out|landlords?|airbnbs?)\b")
# "Model minority" named as a stereotype, a myth or a harm, not claimed for a people.
_STEREOTYPE_NAMED = re.compile(
    r"\b(?:stereotypes?|myths?|backhanded|racist|wedge|leash|trope|push back|harmful|"
    r"pressure|hides?)\b"
)


def phrase_about_no_people(name: str, text: str, start: int, end: int) -> bool:
    """The coded row `name`, matched at `start:end`, names a thing or a stereotype rather
    than hinting at a people."""
    if name == "look_europe" and text[start:end].startswith("asi "):
        return _BEGINS_A_THING.match(text, end) is not None
    if name == "strangers_street":
        return _PRICED_OUT.search(text) is not None
    if name == "simple_folk" and text[start:end] == "model minority":
        return _STEREOTYPE_NAMED.search(text) is not None
    return False
