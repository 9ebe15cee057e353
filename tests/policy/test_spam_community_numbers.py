"""A phone number given to help readers (a free clinic, a food bank, a public defender, a
tenants' hotline) is a community notice, not a service sold; the same number beside a price, a
guarantee or a pitch is still held. Our own sentences, English and Spanish."""

import pytest

from tests.policy.expect import rule_action

RULE = "spam.phone"

HELPING = [
    ("La clínica gratuita atiende los sábados, llamen al 555-0142 para cita.", "es"),
    (
        "El banco de comida de la colonia abre los martes; si necesitan despensa, "
        "marquen al 555-0187.",
        "es",
    ),
    (
        "Si alguien necesita abogado de oficio gratis, la defensoría pública atiende al 555-0176.",
        "es",
    ),
    ("El centro de salud vacuna gratis a los niños, pidan cita al 656 555 0123.", "es"),
    ("The food bank on 4th Street is open Saturdays, call 555-0199 to sign up for a box.", "en"),
    ("Planned Parenthood on Mesa takes Medicaid, call 915-555-0110 to book.", "en"),
    ("The tenants' union has a free hotline for eviction questions: 555-0163.", "en"),
    ("Mobile vaccine van at the library Saturday, no cost, call 555-0148 with questions.", "en"),
]


@pytest.mark.parametrize("text,lang", HELPING)
def test_community_number_passes(text: str, lang: str) -> None:
    assert rule_action(text, lang, RULE) is None, text


SELLING = [
    ("Clínica dental, limpiezas a 300 pesos, llamen al 555-0142 para cita.", "es"),
    (
        "La clínica gratuita atiende los sábados; consultas privadas a 500 pesos, "
        "llamen al 555-0142.",
        "es",
    ),
    ("Trámites de visa garantizados, llamen al 555-0176.", "es"),
    ("Need a lawyer? Injury claims, no win no fee, call 915-555-0110 now.", "en"),
    ("Best tax prep in town, only $49, call 555-0199 today!", "en"),
    ("Cheap plumbing, same-day service, call 555-0163.", "en"),
]


@pytest.mark.parametrize("text,lang", SELLING)
def test_service_number_held(text: str, lang: str) -> None:
    assert rule_action(text, lang, RULE) == "hold", text
