"""A group word that only names a measure or its debate ("the trans bathroom ordinance debate",
"the refugee hearing at city hall"), or a people named only as whom a criticism of their
government spares ("..., no a la gente china"): the harsh word is for the policy, the government
or how it was argued, not for a people. The people themselves called the same words are still
held. All examples are our own."""

import pytest

from .expect import assert_category_action

MEASURE = [
    ("en", "The trans bathroom ordinance debate was ugly."),
    ("en", "The trans bathroom ordinance debate at the school board was ugly, but fair."),
    ("en", "The Muslim ban debate was ugly."),
    ("en", "The refugee hearing at city hall was a farce."),
    # the people named only as whom the criticism spares
    ("es", "Es una crítica al gobierno chino, no a la gente china."),
    ("es", "Mi queja es con el gobierno ruso, no con los rusos."),
]


@pytest.mark.parametrize(("lang", "text"), MEASURE)
def test_measure_criticised_passes(lang: str, text: str) -> None:
    assert_category_action(text, "approve", "hate", lang)


PEOPLE = [
    ("en", "Trans people are ugly."),
    ("en", "Trans women are a disgrace."),
    ("en", "The refugees at city hall were a disgrace."),
    ("en", "The trans kids at the school board meeting were disgusting."),
    ("es", "Los chinos, no son gente de fiar."),
    ("es", "Los gitanos, no son personas honradas."),
]


@pytest.mark.parametrize(("lang", "text"), PEOPLE)
def test_people_called_the_same_are_held(lang: str, text: str) -> None:
    assert_category_action(text, "flag", "hate", lang)
