"""Words and phrases that hate rules read as a hint or a rank, used in their plain sense: a
knowing nod said of how a policy ends or of a pain the writer's family felt, the Great
Replacement named as the conspiracy it is, "de segunda generación" as an ordinal, an adjective
on the noun after a preposition ("huyen de barrios violentos"). Each passing row has its
hateful twin beside it, still held. All examples are our own."""

import pytest

from .expect import assert_category_action

PLAIN = [
    # a nod at an outcome, no people named near it
    ("es", "Si el tren se licita como la refinería, ya sabemos cómo acaba."),
    ("es", "Otra comisión para revisar el agua. Ya saben cómo termina esto."),
    # a nod at a pain the writer's own family has felt
    (
        "es",
        "A mi tío le gritaban cosas feas en los campos de Oregon y aguantó por nosotros. Por "
        "eso no dejo que mis hijos le digan nada así a nadie. Ya sabemos lo que duele.",
    ),
    # the theory named as a conspiracy, not held
    (
        "en",
        "A county official told the crowd the newcomers were sent to replace them. That's the"
        " Great Replacement conspiracy, and it has a body count.",
    ),
    ("en", "Please stop sharing Great Replacement theory memes in the neighborhood group."),
    # "de segunda" as an ordinal
    ("es", "Mis vecinos son mexicanos de segunda generación y casi no hablan español."),
    ("es", "Muchos allá son mexicanos de segunda o tercera generación, campesinos como uno."),
    # the adjective belongs to the noun after the preposition
    ("es", "La ley nueva protege a las mujeres que salen de matrimonios violentos."),
    ("es", "En el albergue ayudamos a los migrantes que huyen de barrios violentos."),
]


@pytest.mark.parametrize(("lang", "text"), PLAIN)
def test_plain_sense_passes(lang: str, text: str) -> None:
    assert_category_action(text, "approve", "hate", lang)


HATEFUL_TWINS = [
    ("es", "Le rentaron la casa a unas familias gitanas. Ya sabemos cómo acaba."),
    ("es", "Otra caravana de hondureños en camino. Ya saben cómo acaba."),
    ("es", "Los hondureños llegaron a la colonia y ya sabemos cómo terminan esos barrios."),
    ("es", "Que no den clases los maestros gays, ya sabemos lo que les gusta."),
    ("en", "The Great Replacement is happening and nobody will stop it."),
    ("en", "The great replacement theory is real, look at the census."),
    ("en", "It's not a theory, the great replacement is happening right now."),
    ("es", "Los mexicanos son de segunda, siempre lo he dicho."),
    ("es", "Las mujeres son de segunda, que se queden en casa."),
    ("es", "Las mujeres son violentas por naturaleza."),
]


@pytest.mark.parametrize(("lang", "text"), HATEFUL_TWINS)
def test_hateful_twin_still_held(lang: str, text: str) -> None:
    assert_category_action(text, "flag", "hate", lang)
