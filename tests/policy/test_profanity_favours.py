"""A person said to have got a post by sexual favours (`rules/profanity_favours.py`), in clean
words one by one; and the twins: a pilgrim on her knees to the basilica, a government that
negotiated on its knees, a rise in the polls earned by work, the claim quoted. All sentences
are our own."""

import pytest

from tests.policy.expect import assert_category_action, by_lang

HELD_EN = [
    "Everyone knows the new deputy chief got the promotion on her knees.",
    "That linesman earned his spot on his knees in the owner's box.",
]
HELD_ES = [
    "La regidora esa llegó al cabildo de rodillas, ya sabemos cómo.",
    "Esa conductora consiguió el programa mamándosela al productor.",
    "La directora es de las que se abren de piernas con tal de un ascenso.",
]

APPROVED_EN = [
    "The pilgrims got to the shrine on their knees, a tradition older than the town.",
    "The mayor negotiated on his knees with the developer and we pay for it.",
]
APPROVED_ES = [
    "Mi tía llegó de rodillas hasta la Basílica, como cada diciembre.",
    "El gobierno negoció de rodillas con la minera y nos dejó sin agua.",
    "La regidora subió en las encuestas por su trabajo en las colonias.",
    'Un usuario escribió "se abren de piernas para subir" y lo reporté.',
]


@pytest.mark.parametrize(("text", "lang"), by_lang(HELD_EN, HELD_ES))
def test_post_won_by_sexual_favours_is_flagged(text, lang):
    assert_category_action(text, "flag", "profanity", lang)


@pytest.mark.parametrize(("text", "lang"), by_lang(APPROVED_EN, APPROVED_ES))
def test_knees_and_quotes_pass(text, lang):
    assert_category_action(text, "approve", "profanity", lang)
