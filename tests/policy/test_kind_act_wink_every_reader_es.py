"""A Spanish wink after a kind act done for a group or a defence of it passes every hate
reader, not only `hate.es_hinted`: `hate.everyday`'s knowing hint ("ustedes saben de quiénes
hablo") and `hate.coded`'s winks ("saquen sus conclusiones") share its reading. A wink after a
crime, or a defence undone by a charge, still holds. All examples are our own."""

import pytest

from .expect import category_action

DEFENDED = [
    "En la colonia juntamos ropa y cobijas para los hondureños del albergue."
    " Ustedes saben de quiénes hablo.",
    "Los hondureños cometen menos delitos que nosotros. Saquen sus conclusiones.",
    "Los venezolanos de la cuadra pagan sus impuestos como todos. Saquen sus conclusiones.",
    "Los de la parroquia llevamos despensas a las familias haitianas. Ya saben de quiénes hablo.",
]


@pytest.mark.parametrize("text", DEFENDED)
def test_wink_after_a_defence_passes_the_rules(text: str) -> None:
    assert category_action(text, "hate", "es", blog_model=False) == "approve"


CHARGED = [
    "Los hondureños cometen más delitos que nosotros. Saquen sus conclusiones.",
    "Los hondureños cometen menos delitos que nosotros, pero venden droga."
    " Saquen sus conclusiones.",
    "En la colonia hay muchos hondureños. Ustedes saben de quiénes hablo.",
    "Llevamos comida al albergue de los venezolanos y desde entonces hay robos."
    " Ustedes saben de quiénes hablo.",
]


@pytest.mark.parametrize("text", CHARGED)
def test_wink_after_a_charge_holds(text: str) -> None:
    assert category_action(text, "hate", "es", blog_model=False) in ("hold", "reject")
