"""Review mends of the Spanish slur phrases and put-downs (`slurs.tsv`, `coded.tsv`): "pinche
prieto" and "chinada" said with fondness between friends and family are reclaimable
(`fond_es`), the old saying "si no la hace a la entrada, la hace a la salida" needs a group
named, "nunca cambian" followed by envy or laughter clears, "tratarlos como lo que son:
clientes" names a neutral noun, and "a ver si aguantan a esa gente" at a match or party is
about fans. All examples are our own."""

import pytest

from tests.policy.expect import assert_category_action

MUST_PASS = [
    ("Jaja pinche prieto, te quiero carnal.", "hate"),
    ("Jaja pinche prieto, te quiero carnal.", "profanity"),
    ("Mi pinche prieta, feliz cumpleaños.", "hate"),
    ("La chinada de mi prima se ve bien bonita.", "hate"),
    ("Mi abuela decía que si no la hace a la entrada la hace a la salida, del portero.", "hate"),
    ("Los costeños nunca cambian, siempre de fiesta, jaja qué envidia.", "hate"),
    ("A los gringos hay que tratarlos como lo que son: clientes.", "hate"),
    ("A los gringos hay que tratarlos como lo que son: turistas.", "hate"),
    ("A ver si aguantan a esa gente, los del Cruz Azul gritan todo el partido.", "hate"),
]

HITS = [
    "Pinche prieto de mierda, lárgate de aquí.",
    "Pinches prietos, regrésense a su país.",
    "Jaja pinches prietos, lárguense de aquí.",
    "Esa chinada de los del barrio no sirve para nada.",
    "Si no la hace a la entrada la hace a la salida, así son los chinos.",
    "Los costeños nunca cambian.",
    "A los gringos hay que tratarlos como lo que son: invasores.",
    "A ver si aguantan a esa gente, los mexicanos son así.",
]


@pytest.mark.parametrize(("text", "category"), MUST_PASS)
def test_fond_and_neutral_uses_pass(text: str, category: str) -> None:
    assert_category_action(text, "approve", category, "es")


@pytest.mark.parametrize("text", HITS)
def test_put_downs_still_held(text: str) -> None:
    assert_category_action(text, "flag", "hate", "es")
