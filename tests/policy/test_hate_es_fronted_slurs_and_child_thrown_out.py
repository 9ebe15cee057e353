"""Spanish hate a reader names at once: what a people is put first ("Cucarachas, eso son los
X."), a few slurs the lexicon lacked ("ojos de alcancía", "ching chang chong", "aleluyas" for
evangelicals), and a son or a daughter thrown out or wished dead or a thief rather than gay.
Each with the twins that must pass: a good word, officials, a question or a denial, the
hymn's "aleluya", a slur remembered as a wound, a child kept. All examples are our own."""

import pytest

from .expect import assert_category_action

FRONTED = [
    "Cucarachas, eso son los migrantes.",
    "Ratas, eso es lo que son los hondureños.",
    "Una plaga, eso son los gitanos.",
]

FRONTED_PASS = [
    "Héroes, eso son los migrantes.",
    "Trabajadores, eso son los hondureños.",
    "Unos ladrones, eso son los diputados.",
    "¿Cucarachas, eso son los migrantes? Qué asco de comentario.",
    "Cucarachas, eso son los migrantes. Mentira, son personas que trabajan.",
]

SLURS = [
    "Ojos de alcancía en la junta vecinal, lo que faltaba.",
    "Ching chang chong, a ver si así me entiendes.",
    "Los aleluyas fuera de la colonia.",
]

SLURS_PASS = [
    "En la misa de pascua cantamos aleluyas.",
    "¡Aleluya! Por fin arreglaron el bache.",
    "Los evangélicos de mi colonia cantan aleluyas todo el domingo.",
    "En la primaria me decían ojos de alcancía y me dolía mucho.",
]

THROWN_OUT = [
    "Si mi hija sale lesbiana la corro de la casa.",
    "Si mi hija me sale lesbiana la echo de mi casa.",
    "Prefiero un hijo ladrón que un hijo gay.",
    "Prefiero una hija presa que una hija lesbiana.",
]

THROWN_OUT_PASS = [
    "Si mi hijo es gay lo voy a querer igual, jamás lo correría de la casa.",
    "Mi papá me corrió de la casa cuando le dije que era gay.",
    "A muchos chavos gays los corren de la casa y terminan en la calle.",
    "Si mi hija sale lesbiana no la corro de la casa, la quiero igual.",
    "Si mi hijo trae malas calificaciones lo corro de la casa jaja.",
]


@pytest.mark.parametrize("text", FRONTED + SLURS + THROWN_OUT)
def test_fronted_slurs_and_thrown_out_are_flagged(text: str) -> None:
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", FRONTED + THROWN_OUT)
def test_fronted_and_thrown_out_are_held_not_rejected(text: str) -> None:
    assert_category_action(text, "hold", "hate", "es")


@pytest.mark.parametrize("text", FRONTED_PASS + SLURS_PASS + THROWN_OUT_PASS)
def test_good_words_officials_hymns_and_kept_children_pass(text: str) -> None:
    assert_category_action(text, "approve", "hate", "es")


def test_english_twin_of_a_kept_child_passes() -> None:
    text = "If my son turns out gay I will love him the same, I would never throw him out."
    assert_category_action(text, "approve", "hate", "en")
