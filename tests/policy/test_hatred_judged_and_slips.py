"""Readings mended when this session's branches met on main. A Spanish phrase word read
through a slip of a letter keeps its person ("me enoja" is no "me enojan": what angers the
writer is the clause after it, not the group); an infinitive clause of hatred that is the
subject of a verdict ("Nunca respetar a los X fue el gran error") is judged, not felt; the
noun and infinitive of "dehumanise" condemn like its finite forms; every plural verb of coming
and going carries its errand to an "y a" infinitive; a people's lobbies buying the politicians
is the trope, not an office. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # The clause that angers, after a singular reaction
    ("De los migrantes me enoja cómo los tratan en la frontera.", "es", "hate", "approve"),
    ("De los haitianos me indigna lo que les hacen los patrones.", "es", "hate", "approve"),
    ("De los migrantes me enoja todo, son una plaga.", "es", "hate", "flag"),
    ("A mí los musulmanes me dan asco, qué quieren que les diga.", "es", "hate", "flag"),
    ("Odio a los migrantes.", "es", "hate", "flag"),
    # a plural's dropped "n" is still read as the plural
    ("Los gitanos no merece vivir aquí.", "es", "hate", "flag"),
    ("Los migrantes me da asco.", "es", "hate", "flag"),
    # Hatred as the subject of a verdict
    ("Nunca respetar a los indígenas fue el gran error del gobierno.", "es", "hate", "approve"),
    ("Odiar a los judíos fue el pecado de toda una época.", "es", "hate", "approve"),
    ("Hating Mexicans is a mistake this town keeps making.", "en", "hate", "approve"),
    ("Hating Mexicans is what I do best.", "en", "hate", "flag"),
    ("Nunca respetar a los indígenas, esa es la regla en mi casa.", "es", "hate", "flag"),
    # Dehumanising named to condemn it
    (
        "Alguien llamó 'ratas' a los de la caravana. Eso no es opinión, es deshumanizar.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Calling the caravan 'rats' is not an opinion, it is dehumanization.",
        "en",
        "hate",
        "approve",
    ),
    # The errand of a verb of coming and going
    ("Esos gitanos nomás entran a robar y a ensuciar la plaza.", "es", "hate", "flag"),
    ("Los turistas nomás bajan a comprar y a tomar fotos.", "es", "hate", "approve"),
    # Lobbies as the trope
    (
        "Los sionistas de siempre. Ellos compran a los políticos con sus lobbies. Lean un poco "
        "de historia y verán que siempre son ellos.",
        "es",
        "hate",
        "flag",
    ),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_hatred_judged_and_slips(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)


# "Nothing" narrowed to what befalls them is sympathy; "nothing" alone denies them everything.
NONE_OF_THIS = [
    ("Los haitianos no merecen nada de esto, los tratan peor que a animales.", "es", "approve"),
    ("Ningún refugiado merece nada de lo que le pasó en la frontera.", "es", "approve"),
    ("Los haitianos no merecen nada, que se regresen.", "es", "flag"),
    ("Ningún refugiado merece nada.", "es", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), NONE_OF_THIS)
def test_nothing_of_this_deserved(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "hate", lang)
