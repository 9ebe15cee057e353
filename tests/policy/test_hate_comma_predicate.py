"""A group's predicate followed by a comma and a tag ("X are lazy, period.", "..., that's a
fact") is still said of the group; a comma inside a list of adjectives on another noun is not
(our own sentences). "flag" means hold or reject."""

import pytest

from .expect import assert_category_action

FLAGGED = [
    ("Mexicans are lazy, period.", "en"),
    ("Muslims are violent, that's just the truth.", "en"),
    ("Immigrants are dirty, everybody around here knows it.", "en"),
    ("Jews are greedy, always have been.", "en"),
    ("Los mexicanos son flojos, todo el mundo lo sabe.", "es"),
]
APPROVED = [
    ("Immigrants are hardworking, that's a fact.", "en"),
    ("Some people think Mexicans are lazy, which is a lie.", "en"),
    ("My uncle says Mexicans are lazy, and he is wrong.", "en"),
    ("Migrants are fleeing violent, armed gangs.", "en"),
    ("The new tenants are quiet, polite, and Mexican.", "en"),
    ("Los inmigrantes son trabajadores, eso es un hecho.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), FLAGGED)
def test_tagged_predicate_is_flagged(text, lang):
    assert_category_action(text, "flag", "hate", lang=lang)


@pytest.mark.parametrize(("text", "lang"), APPROVED)
def test_near_misses_pass(text, lang):
    assert_category_action(text, "approve", "hate", lang=lang)
