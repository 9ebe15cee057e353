"""A people said not to think ("No piensan por sí mismos.", "porque no piensan") is the trait
itself, not talk about the line: "piensan" counts as someone's view only before "que", "así",
"eso" or "igual", and "se creen" is a boast said of them, not a belief reported. Near misses
that must pass: others' view held up and answered, thinking about something or planning to go,
thinking for oneself praised. Our own sentences."""

import pytest

from .expect import assert_rules_flag, assert_rules_pass_all

HITS = [
    "Esa gente de la sierra es como ganado, los traen en camiones a votar. No piensan por sí "
    "mismos.",
    "Los de Oaxaca votan por los programas porque no piensan, como son indígenas son fáciles de "
    "manipular.",
]

PASSES = [
    "Hay quienes piensan que los indígenas no piensan por sí mismos, y están equivocados.",
    "Los indígenas de la sierra no piensan igual que los políticos, y tienen razón.",
    "Los migrantes no piensan en otra cosa que trabajar y mandar dinero a su familia.",
    "Los de la sierra votan por quien quieren, no son ganado como creen en la capital.",
    "Los gringos se creen dueños de la frontera, pero los migrantes trabajan duro.",
    "Los jóvenes indígenas piensan por sí mismos y votan con la cabeza.",
    "Los haitianos no piensan quedarse aquí, van de paso hacia Estados Unidos.",
]


@pytest.mark.parametrize("text", HITS)
def test_flagged_as_hate(text):
    assert_rules_flag(text, "es", "hate")


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_rules_pass_all(text, "es")
