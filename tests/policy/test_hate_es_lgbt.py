"""Spanish anti-LGBT lines with no slur (`hate.es_lgbt`, hold only): gay, lesbian and trans
people called ill, to be cured, not real men or women, or a danger kept from children. Near
misses that must pass: the line denied, reported or called ignorance, someone who was ill, and
plain news. Our own sentences."""

import pytest

from .expect import assert_rules_approve, rule_action

RULE = "hate.es_lgbt"

HOLDS = [
    "Los gays del centro necesitan psiquiatra, no una marcha.",
    "Lo trans es un trastorno y punto, que no me vengan con cuentos.",
    "A las lesbianas de la oficina lo que les falta es un hombre de verdad.",
    "Un maestro gay no debería estar con niños, que no den clases.",
    "Si mi sobrino sale gay mi hermano lo corre de la casa, y hace bien. Lo saco de la casa yo.",
    "Las parejas del mismo sexo no son una familia y nunca lo van a ser.",
]

PASSES = [
    # the line denied, reported or answered
    "Ser trans no es un trastorno, lo dice la medicina desde hace años.",
    "Los gays no son enfermos, ya basta de eso.",
    "En la junta un señor dijo que los homosexuales son enfermos y lo callaron.",
    "Decir que las lesbianas necesitan un hombre de verdad es pura ignorancia.",
    # someone ill, and plain news
    "Mi compañero gay estuvo enfermo de covid dos semanas.",
    "La marcha del orgullo pasó por la avenida Juárez con miles de familias.",
]


@pytest.mark.parametrize("text", HOLDS)
def test_held_by_the_rule(text):
    assert rule_action(text, "es", RULE) == "hold", text


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_rules_approve(text, "es", RULE)
