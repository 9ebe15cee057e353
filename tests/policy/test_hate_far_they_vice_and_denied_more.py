"""Three readings of English hate (and their Spanish twins where they apply): a "they" that
`hate.generalised` follows up to three sentences back to its group when no other people or
party comes between (`hate_generalised/pronoun.py`); "machismo" laid on a group as one of its
vices, which condemns nothing near it (`context/vice_named.py`); and a denied "more" in a
comparison ("don't commit more crime than"), which passes like "less" does
(`hate/comparison_favoured.py`). All examples are our own."""

import pytest

from tests.policy.expect import assert_category_action, category_action

FAR_THEY_HITS = [
    "Somalis moved in last year. The schools changed. The parks changed. They steal.",
    "Afghans arrived in the spring. The rents went up. The streets got louder. They steal.",
]

# Rules alone: the blog model reads these texts for itself.
FAR_THEY_PASSES = [
    # another people or party the "they" may stand for comes between
    "Somalis moved in last year. The council did nothing. The police shrugged. They steal.",
    "Somalis moved in last year. The schools changed. Teenagers hang around the parks. They steal.",
    "Somalis moved in last year. The schools changed. Our neighbours moved out. They steal.",
    "Somalis moved in last year. The schools changed. The officials ignored it. They steal.",
    # too far back
    "Somalis moved in last year. The schools changed. The parks changed. The shops closed. "
    "They steal.",
    # negated
    "Somalis moved in last year. The schools changed. The parks changed. They don't steal.",
]

VICE_HITS = [
    "Moroccans are different. Violence is normal to them, machismo and all, and they bring it "
    "with them.",
    "Moroccans came here. Corruption, machismo, violence. They bring it with them.",
    "Moroccans came here. Their machismo is the problem. They bring it with them.",
]

VICE_PASSES = [
    ("Machismo is killing our young men.", "en"),
    ("Calling women too emotional to lead is machismo, plain and simple.", "en"),
    ("Decir que las mujeres no sirven para gobernar es machismo puro.", "es"),
    ("Los insultos contra la periodista por ser mujer son racismo y machismo juntos.", "es"),
]

COMPARISON_HELD = [
    "Immigrants commit more crime than people born here.",
]

COMPARISON_PASSES = [
    ("Immigrants don't commit more crime than people born here.", "en"),
    ("Refugees do not cause more violence than people born here.", "en"),
    ("Immigrants commit less crime than people born here.", "en"),
]


@pytest.mark.parametrize("text", FAR_THEY_HITS + VICE_HITS + COMPARISON_HELD)
def test_held(text: str) -> None:
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize("text", FAR_THEY_PASSES)
def test_far_they_passes(text: str) -> None:
    assert category_action(text, "hate", "en", blog_model=False) == "approve", text


@pytest.mark.parametrize(("text", "lang"), VICE_PASSES + COMPARISON_PASSES)
def test_passes(text: str, lang: str) -> None:
    assert_category_action(text, "approve", "hate", lang)
