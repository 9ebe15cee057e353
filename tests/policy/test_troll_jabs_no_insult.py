"""Jabs at a commenter or the blog's staff with no insult word (troll.tsv, spamtroll10): a
mother wished she had done otherwise, writing mocked as a child's, the argument better had
with a houseplant, "Keep talking, <name>." before a sneer, a journalist or a moderator called a
sell-out or a censor; and "hijo de su puta madre" said of a person, read as "hijo de puta". The
twins: a mother's advice told, children learning to write, a bureaucracy compared to a wall,
"keep talking" said in praise, a politician's words quoted to report them. All sentences are
our own."""

import pytest

from tests.policy.expect import assert_category_action, by_lang

HELD_EN = [
    "Your mom should've kept you away from the keyboard, @Rusty88.",
    "Your mother must be so proud of that comment 🙄",
    "Hey columnist, learn to write before you publish.",
    "Wow, Doug finally learned how to use punctuation. Proud of you.",
    "I could have this debate with a toaster and get better answers.",
    "Keep talking, @Lena_B. Everyone can see who you are.",
]
HELD_ES = [
    "Tu madre debió enseñarte a pensar antes de comentar.",
    "Mejor aprende a poner las comas, Memo, y luego opinas.",
    "Discutiría mejor con una piedra, me entendería más.",
    "El reportero ese es un chayotero.",
    "La moderadora es una censora y una cobarde.",
    "Ese policía hijo de su puta madre me quitó la cartera.",
]

APPROVED_EN = [
    "My mom should've gotten a second opinion before the surgery, honestly.",
    "Your mom should've called the clinic first, they open at eight.",
    "Kids in the district learn to write cursive in third grade again.",
    "Arguing with the water utility is like arguing with a wall.",
    "Keep talking, Rosa, this is the most useful thread on the bus routes.",
]
APPROVED_ES = [
    "Mi mamá me enseñó a leer con el periódico de los domingos.",
    "Discutir con el municipio es como hablarle a una pared.",
    'El alcalde dijo que "el periodista es un vendido" y eso es atacar a la prensa.',
    "Los niños aprenden a usar las comas en segundo de primaria.",
]


@pytest.mark.parametrize(("text", "lang"), by_lang(HELD_EN, HELD_ES))
def test_jab_without_insult_is_held(text, lang):
    assert_category_action(text, "flag", "troll", lang)


@pytest.mark.parametrize(("text", "lang"), by_lang(APPROVED_EN, APPROVED_ES))
def test_twin_passes(text, lang):
    assert_category_action(text, "approve", "troll", lang)
