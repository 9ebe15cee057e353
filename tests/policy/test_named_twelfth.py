"""Named misses and over-blocks, twelfth round: "typical" said of a good ("How typical of X to be
so generous", "Typical X, always helping ..."), "no solo ..., también ..." with a good second
half, and contempt with the degree word after the noun ("un asco total a los X"). Hits and the
near misses that stay approved, in both languages. Our own sentences."""

import pytest

from .expect import assert_category_action

HATE_FLAGGED = [
    # "typical" of a fault, or alone, still sneers
    ("How typical of Mexicans to steal.", "en"),
    ("How typical of Nigerians to lie about everything.", "en"),
    ("How typical of Mexicans to be so lazy.", "en"),
    ("Typical Mexicans, always stealing.", "en"),
    ("Typical Muslims, always stealing and lying.", "en"),
    ("Typical Mexicans.", "en"),
    # "no solo ..." with a fault after "también", and the plain "only"
    ("Los migrantes no solo sirven para limpiar, también para robar.", "es"),
    ("Los haitianos no solo sirven para limpiar, sino también para robar.", "es"),
    ("Los migrantes solo sirven para limpiar.", "es"),
    ("Las mujeres solo sirven para cocinar.", "es"),
    # contempt with its degree word after the noun
    ("Tengo un asco total a los gitanos.", "es"),
    ("Le tengo un asco total a los gitanos.", "es"),
    ("Siento un odio enorme por los migrantes.", "es"),
    ("Siento un desprecio absoluto por los judíos.", "es"),
    ("Sentimos un rechazo tremendo hacia los haitianos.", "es"),
]

MUST_PASS = [
    ("How typical of Mexicans to be so generous.", "en"),
    ("How typical of Mexicans to throw a party for the whole street.", "en"),
    ("Typical Mexicans, always helping the neighbours.", "en"),
    ("Typical Mexicans, always so generous with their neighbours.", "en"),
    ("Los migrantes no solo sirven para limpiar, también dirigen negocios.", "es"),
    ("Los migrantes no solo sirven para limpiar, también para dirigir empresas.", "es"),
    ("Las mujeres no solo sirven para cocinar, sino que también mandan.", "es"),
    ("Los indígenas no solo saben sembrar, sino también dirigir empresas.", "es"),
    ("Tengo un asco total a la corrupción.", "es"),
    ("Siento un odio enorme por la corrupción del gobierno.", "es"),
    ("Siento un desprecio absoluto por los racistas que atacan a los gitanos.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), HATE_FLAGGED)
def test_hate_flagged(text, lang):
    assert_category_action(text, "flag", "hate", lang)


@pytest.mark.parametrize(("text", "lang"), MUST_PASS)
def test_must_pass(text, lang):
    assert_category_action(text, "approve", "hate", lang)
