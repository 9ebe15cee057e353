"""Three over-blocks read in general, with the near misses that keep their verdict.

"Typical X, always <act>" calls the act typical: a kind, warm or hard-working act passes, one
with a fault in it (crime, violence, laziness, dirt, cheating, disease, breeding, begging)
stays flagged, in English (`hate.modifier`, `typical_act`) and Spanish ("Típicos X, siempre
robando" read as "X siempre roban", `hate.reread`). "De una puta vez" swears at the time, not at
women: the call to silence women is what stays flagged. A place of confinement refused for a
group, with a good place said instead ("X don't belong in cages, they belong in school"),
defends it, and the blog model leaves it to the rules; sending them away or to another cell
does not. Our own sentences."""

import pytest

from tests.policy.expect import assert_category_action, rule_action, rules_flagging

PASSED = [
    # a kind or everyday act called typical
    ("Typical Mexicans, always bringing tamales to every party.", "en"),
    ("Typical Mexicans, always showing up for their friends.", "en"),
    ("Typical Irish, always singing at every wake.", "en"),
    ("Typical Italians, always cooking for the whole street.", "en"),
    ("Typical Filipinos, always sharing food with the whole office.", "en"),
    ("Típicos mexicanos, siempre trayendo comida para todos.", "es"),
    ("Típicos colombianos, siempre bailando en las fiestas.", "es"),
    ("Típicas abuelas hondureñas, siempre cocinando para el barrio.", "es"),
    ("Típicos venezolanos, siempre trabajando de sol a sol.", "es"),
    # a swear that times the call, said to a commenter or a city: no slur
    ("Ya terminen la obra de una puta vez.", "es"),
    ("Arreglen el semáforo de una puta vez, llevamos tres meses así.", "es"),
    ("Déjenme en puta paz con sus encuestas.", "es"),
    # a place of confinement refused, a good place said instead
    ("Asylum seekers do not belong in detention centers, they belong in our schools.", "en"),
    ("Immigrant kids don't belong in cages, they belong in classrooms with their friends.", "en"),
    ("Refugee families do not belong in tents on the street, they belong in real homes.", "en"),
    ("Los niños migrantes no pertenecen a las jaulas, pertenecen a nuestras escuelas.", "es"),
    ("Los solicitantes de asilo no deben estar en celdas, deben estar con sus familias.", "es"),
]

FLAGGED = [
    # a fault called typical
    ("Typical Mexicans, always stealing our jobs.", "en"),
    ("Typical Mexicans, always breeding.", "en"),
    ("Typical Mexicans, always begging for handouts.", "en"),
    ("Typical Mexicans, always cheating at cards.", "en"),
    ("Typical Mexicans, always spreading disease.", "en"),
    ("Typical Mexicans, always being lazy.", "en"),
    ("Typical Mexicans, always showing up late.", "en"),
    ("Typical Mexicans, always drinking.", "en"),
    ("Typical Muslims, always killing.", "en"),
    ("Typical Mexicans, always making a mess.", "en"),
    ("Typical Mexicans, always something.", "en"),
    ("Típicos mexicanos, siempre robando.", "es"),
    ("Típicos gitanos, siempre robando carteras.", "es"),
    ("Típicos gitanos, siempre mintiendo.", "es"),
    ("Típicas mujeres, siempre quejándose.", "es"),
    ("Típicos hondureños, siempre ensuciando todo.", "es"),
    ("Típicos mexicanos, siempre emborrachándose.", "es"),
    # silencing women stays hate, with or without the swear
    ("Las mujeres deberían callarse de una puta vez.", "es"),
    ("Las mujeres deberían callarse.", "es"),
    # the group kept out of a good place, sent back, or moved to another cell
    ("Asylum seekers do not belong in our schools.", "en"),
    (
        "Asylum seekers do not belong in detention centers, they belong in their own countries.",
        "en",
    ),
    ("Muslims don't belong in camps, they belong in jail.", "en"),
    ("Los migrantes no pertenecen a las escuelas, pertenecen a su país.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), PASSED)
def test_passed(text: str, lang: str) -> None:
    assert_category_action(text, "approve", "hate", lang)


@pytest.mark.parametrize(("text", "lang"), FLAGGED)
def test_flagged(text: str, lang: str) -> None:
    assert_category_action(text, "flag", "hate", lang)


@pytest.mark.parametrize(
    "text",
    ["Las mujeres deberían callarse de una puta vez.", "Otra puta vez con lo mismo, ya cállense."],
)
def test_the_timing_swear_is_no_slur(text: str) -> None:
    assert rule_action(text, "es", "hate.slur") is None


def test_silencing_women_is_the_evidence() -> None:
    """The hold rests on the call to silence the group, not on the swear."""
    assert "hate.derogation" in rules_flagging(
        "Las mujeres deberían callarse de una puta vez.", "es"
    )


def test_silencing_a_commenter_is_a_jab_not_hate() -> None:
    text = "Cállate de una puta vez."
    assert_category_action(text, "flag", "troll", "es")
    assert rules_flagging(text, "es", ("hate",)) == []


def test_a_slur_for_a_woman_stays() -> None:
    assert rule_action("Esa mujer es una puta.", "es", "hate.slur") is not None
