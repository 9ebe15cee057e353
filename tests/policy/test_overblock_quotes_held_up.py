"""Hateful words quoted to be answered, with the near misses the writer makes their own.

Passed: a group named outside the quotes with the quoted words after a verb of saying or
talking or a word for someone's statement ("when people talk about X 'bringing disease'", "the
mayor's statement that X 'bring crime'", `context.quoting.quoted_claim`); a hedge of the
writer's in another sentence ("Eso no es racismo, es presupuesto", "just saying") that owns
their own point, not the words they report (`context.endorsement`); a quote that opens its
sentence and is called a take, a myth or a joke, or said to be read in the thread, which the
blog model leaves to the rules (`hate.quoted_answered`). Flagged: the same words agreed with
("..., they are right"), hedged in their own sentence, or said as the writer's own. Our own
sentences, English and Spanish."""

import pytest

from moderation.policy.analysis import analyse
from moderation.policy.decide import left_to_rules
from tests.policy.expect import assert_category_action

PASSED = [
    (
        'When neighbours talk about migrants "bringing disease," I think of the nurse who '
        "vaccinated half this town.",
        "en",
    ),
    (
        "Somebody on the parish page wrote that refugees are 'bringing disease like rats.' That "
        "line is as old as it is ugly.",
        "en",
    ),
    ('The mayor\'s statement that asylum seekers "bring crime" has no numbers behind it.', "en"),
    (
        "Not saying the border should be open, just saying. When people call refugees "
        "'invaders' it gets easier to stop seeing them.",
        "en",
    ),
    (
        'Eso no es racismo, es presupuesto. Lo racista es decir que los marroquíes "no se '
        'integran por su cultura".',
        "es",
    ),
    ("'Women belong in the kitchen' is a wild take from someone who can't fry an egg.", "en"),
    (
        '"Parásitos", "ratas", "plaga"... ya leí de todo en este hilo. Nadie aquí ha pisado un '
        "albergue.",
        "es",
    ),
    ('"Las mujeres no saben manejar" es un chiste viejo que ya no hace gracia.', "es"),
]

FLAGGED = [
    ('When people talk about migrants "bringing disease" they are right.', "en"),
    ('Just saying. Mexicans are "lazy" and everyone knows it.', "en"),
    ('My statement is simple: asylum seekers "bring crime".', "en"),
    ('"Immigrants are rats" is a wild take, but they really are rats.', "en"),
    ('No es racismo. Los marroquíes "no se integran" y punto.', "es"),
    ('Hay que repetir que los chinos "nos quitan el trabajo".', "es"),
    # a bare agreement after the reported quote owns it
    ("Un vecino escribió que 'los hondureños no quieren trabajar'. Y es verdad.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), PASSED)
def test_passed(text: str, lang: str) -> None:
    assert_category_action(text, "approve", "hate", lang)


@pytest.mark.parametrize(("text", "lang"), FLAGGED)
def test_flagged(text: str, lang: str) -> None:
    assert_category_action(text, "flag", "hate", lang)


@pytest.mark.parametrize(
    ("text", "lang", "left"),
    [
        ("'Women belong in the kitchen' is a wild take from a man who can't boil water.", "en",
         True),
        ('"Ratas", "plaga"... ya leí de todo en este hilo.', "es", True),
        # the writer's own line in scare quotes: the model may read it
        ("'Women belong in the kitchen', and I mean it.", "en", False),
    ],
)  # fmt: skip
def test_a_quote_answered_is_left_to_the_rules(text: str, lang: str, left: bool) -> None:
    assert left_to_rules(analyse(text, lang), "hate") is left
