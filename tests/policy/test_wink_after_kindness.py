"""A wink ("saquen sus conclusiones", "draw your own conclusions") after a kind act done for a
group or a defence of it points at those who charge it, not at the group: `hate.es_hinted`
reads it as `hate_everyday.winks` does in English. A wink after a crime or a decline still
holds. All examples are our own."""

import pytest

from .expect import category_action, rule_action

KIND = [
    ("es", "Cada que abren otro albergue los vecinos llevan comida. Saquen sus conclusiones."),
    (
        "es",
        "En la colonia juntamos ropa y cobijas para los hondureños del albergue."
        " Ustedes saben de quiénes hablo.",
    ),
    ("es", "Los migrantes del albergue pagan sus impuestos como todos. Saquen sus conclusiones."),
    (
        "es",
        "Llegaron familias de Honduras y los voluntarios de la parroquia les dan clases."
        " Ahí se los dejo.",
    ),
    (
        "en",
        "Every time they open another shelter the neighbours bring food."
        " Draw your own conclusions.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), KIND)
def test_wink_after_a_kind_act_passes(lang: str, text: str) -> None:
    if lang == "en":
        assert category_action(text, "hate", lang, blog_model=False) == "approve"
    else:  # other readers of the group's sentences (`hate.coded`, `hate.everyday`) are theirs
        assert rule_action(text, lang, "hate.es_hinted") is None


CHARGED = [
    "Cada que abren otro albergue hay más robos en la colonia. Saquen sus conclusiones.",
    "Abrieron otro albergue y los vecinos llevan comida, pero ahora hay robos cada semana. "
    "Saquen sus conclusiones.",
]


@pytest.mark.parametrize("text", CHARGED)
def test_wink_after_a_crime_holds(text: str) -> None:
    assert rule_action(text, "es", "hate.es_hinted") == "hold"
