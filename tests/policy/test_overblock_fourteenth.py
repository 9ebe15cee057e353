"""Harmless comments the rules used to hold, fourteenth round, with the near misses that must
still be caught. Numbers used as quantities (a change, a count of things, a clock time) are no
hate code; equality denied in pay or before the law states unequal treatment, not lesser
worth; a refusal to hire, trust or rent told of someone else ("my boss said he would never
hire a woman") reports discrimination. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # Numbers as quantities: a change, a count of things, a clock time ...
    ("Rent went up 13 percent this year and 50 families left the block.", "en", "hate", "approve"),
    ("Bus fares rose 13 percent, and 50 riders signed the petition.", "en", "hate", "approve"),
    ("The shuttle to the clinic leaves at 13:50 from the plaza.", "en", "hate", "approve"),
    ("El alquiler subió 13 por ciento y 50 familias dejaron la colonia.", "es", "hate", "approve"),
    ("El camión a la clínica sale a las 13:50 de la plaza.", "es", "hate", "approve"),
    # ... but the same numbers as a share of people are still the code.
    ("13/50. Look it up and then call me names.", "en", "hate", "flag"),
    ("13 percent of the people, 50 of the crime. Do the math.", "en", "hate", "flag"),
    ("Remember 13/50 before you vote for the new chief.", "en", "hate", "flag"),
    # Equality denied in respect of what a group receives is unequal treatment ...
    ("Women are not equal in pay at the plant, we checked the payroll.", "en", "hate", "approve"),
    ("Gay couples are not equal under the law in half the states.", "en", "hate", "approve"),
    (
        "Las mujeres no son iguales en salario, aunque hagan el mismo trabajo.",
        "es",
        "hate",
        "approve",
    ),
    ("Los indígenas no son iguales ante la ley si no hay intérpretes.", "es", "hate", "approve"),
    # ... but denied in worth, or bare, it is still a verdict on the group.
    ("Women are not equal in intelligence.", "en", "hate", "flag"),
    ("Women are not equal to men, period.", "en", "hate", "flag"),
    ("Las mujeres no son iguales a los hombres en inteligencia.", "es", "hate", "flag"),
    # A refusal told of someone else reports discrimination ...
    (
        "My manager told me he would never hire a woman for the warehouse. That's illegal.",
        "en",
        "hate",
        "approve",
    ),
    ("Banks do not trust Black families, that is what redlining was.", "en", "hate", "approve"),
    (
        "The cannery would never hire a woman as foreman, my aunt tried for ten years.",
        "en",
        "hate",
        "approve",
    ),
    (
        "Mi jefe dijo que nunca contrataría a una mujer y recursos humanos no hizo nada.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Los bancos no confían en las familias indígenas, lo dice el estudio.",
        "es",
        "hate",
        "approve",
    ),
    # ... but the writer's own refusal, a command, or a subject held up as a model is not.
    ("I would never hire a woman for the warehouse.", "en", "hate", "flag"),
    ("Never trust a Muslim.", "en", "hate", "flag"),
    ("Smart landlords never rent to Mexicans.", "en", "hate", "flag"),
    ("Employers should never hire women.", "en", "hate", "flag"),
    ("Nunca contrataría a una mujer.", "es", "hate", "flag"),
    ("No confíen en los gitanos.", "es", "hate", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_fourteenth(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
