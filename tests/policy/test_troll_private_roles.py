"""A private person named by role is no office-holder: teachers, priests, coaches, doctors,
notaries and other professionals called names, to their face or in the third person, are
personally attacked (hold), like a neighbour. Senators, mayors, governors, ministers and judges
stay public offices whose conduct may be judged harshly, in the third person or addressed by
title ("Senator, you are ..."). Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # A private role, addressed in the second person, insulted: a personal attack ...
    ("Maestra Julia, con todo respeto, usted es una vieja ignorante.", "es", "troll", "hold"),
    ("Profe, usted es un payaso y lo sabe.", "es", "troll", "hold"),
    ("Padre Anselmo, usted es un viejo hipócrita.", "es", "troll", "hold"),
    ("Licenciada, usted es una inútil.", "es", "troll", "hold"),
    ("Coach Danny, with respect, you are a ridiculous old clown.", "en", "troll", "hold"),
    ("Doctor Patel, you are a pathetic fool.", "en", "troll", "hold"),
    ("Father Owen, you're a hypocrite and a clown.", "en", "troll", "hold"),
    # ... and in the third person too, as a neighbour would be.
    ("El entrenador es un imbécil.", "es", "troll", "hold"),
    ("El notario Ramírez es un payaso.", "es", "troll", "hold"),
    ("The coach is an idiot.", "en", "troll", "hold"),
    ("Coach Dawson is a moron.", "en", "troll", "hold"),
    ("The teacher is a clown.", "en", "troll", "hold"),
    # Praise, thanks or a plain report about the same people pass.
    ("La maestra Julia es una santa, gracias por todo.", "es", "troll", "approve"),
    ("El profe explicó muy bien, es un crack.", "es", "troll", "approve"),
    ("Coach Danny, you are a legend. Thanks for the season.", "en", "troll", "approve"),
    ("The teacher said the field trip is cancelled.", "en", "troll", "approve"),
    # Public offices may still be judged harshly on their conduct ...
    ("El gobernador es un payaso, otra vez prometió el puente.", "es", "troll", "approve"),
    ("La jueza es una incompetente, liberó al acusado sin pruebas.", "es", "troll", "approve"),
    ("The mayor is an idiot for cutting the bus routes.", "en", "troll", "approve"),
    ("Senator Blake is a clown, he voted against his own bill.", "en", "troll", "approve"),
    # ... in the second person too, addressed by title: the comment speaks to the official,
    # not to a reader, in English as in Spanish.
    ("Senator, you are a pathetic old fool.", "en", "troll", "approve"),
    ("Mayor Okafor, you are a disgrace to this city after that vote.", "en", "troll", "approve"),
    ("Senador Pérez, usted es un viejo ridículo.", "es", "troll", "approve"),
    ("Gobernadora, usted es una vergüenza para el estado.", "es", "troll", "approve"),
    # A radio or TV host is judged on the show, like a performer.
    ("Ese locutor es un payaso y su programa son tres horas de gritos.", "es", "troll", "approve"),
    (
        "La locutora de la mañana es una ignorante, no sabe qué es un arancel.",
        "es",
        "troll",
        "approve",
    ),
    ("That radio host is a clown, three hours of yelling.", "en", "troll", "approve"),
    ("Eres un payaso, locutor de quinta.", "es", "troll", "flag"),
    # ... but not called a swear word, and a commenter is still a commenter.
    ("Mayor, you are a piece of shit.", "en", "profanity", "flag"),
    ("Senator Ruiz is right and you are an idiot.", "en", "troll", "flag"),
    ("El alcalde es un hijo de puta.", "es", "troll", "flag"),
    ("You are an idiot, the mayor did nothing wrong.", "en", "troll", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_troll_private_roles(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
