"""Spanish insult words in their everyday sense: a ball played with or passed on, pork and
gorditas eaten or bought, rats fumigated, cows raised. The lexicon's homonym contexts
(`allow.tsv`) tell them from the insult; the same words aimed at a person still hold.
Hand-written; rules only."""

import pytest

from tests.policy.expect import category_action

CASES = [
    # (text, expected): "flag" is hold or reject
    ("Los chavos del barrio juegan a la pelota junto a la barda todas las tardes.", "approve"),
    ("El cabildo nada más sabe pasar la pelota al gobierno estatal.", "approve"),
    ("Los de la secundaria son buenos pa la pelota, ganaron el campeonato.", "approve"),
    ("En la fonda venden cerdo frito con frijoles los sábados.", "approve"),
    ("Le compré unas gorditas a la señora de la esquina.", "approve"),
    ("Las ratas del mercado ya son demasiadas, que fumiguen de una vez.", "approve"),
    ("Mi tío tiene vacas en el rancho y vende la leche en el pueblo.", "approve"),
    # the same words called at someone
    ("Eres una vaca, Lupe.", "flag"),
    ("Cállate, cerdo, Ramiro.", "flag"),
    ("Eres una rata, Chuy, nos robaste a todos.", "flag"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_troll_homonyms_es(text: str, expected: str) -> None:
    action = category_action(text, "troll", "es", blog_model=False)
    if expected == "flag":
        assert action in ("hold", "reject"), text
    else:
        assert action == "approve", text
