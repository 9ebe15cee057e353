"""Spanish drops the subject: a sentence that opens on its plural copula after one naming a
group ("Llegaron muchos haitianos. Son un foco de infección.") is read by the looser shapes
of `hate.broad` as said of that group, as "Ellos son ..." already was. Near misses that must
pass: the dropped subject with a harm done to the group, a defence, a neutral or kind
predicate, or a later plural noun nearer than the group. Our own sentences."""

import pytest

from .expect import assert_rules_flag, assert_rules_pass_all

HITS = [
    "Llegaron muchos haitianos. Son un foco de infección.",
    "Los hondureños llegaron al barrio. Son un nido de ratas.",
    "Si siguen dejando pasar venezolanos nos van a contagiar de todo. Son un foco de infección.",
]

PASSES = [
    "Llegaron muchos haitianos. Son víctimas de la violencia.",
    "Los hondureños llegaron al albergue. Son familias enteras que huyen de las pandillas.",
    "Llegaron muchos haitianos. Son gente trabajadora, no delincuentes.",
    "Los migrantes llegan enfermos. Son presa fácil de los coyotes y de los criminales.",
    "Los migrantes duermen en la calle. Son tratados como basura por las autoridades.",
    "Los haitianos cruzaron el río. Son acusados de todo sin pruebas.",
    "Llegaron muchos haitianos. Son un foco de atención para los medios.",
    "Los racistas dicen que los haitianos traen enfermedades. Son unos ignorantes.",
    "Los haitianos llegaron al parque. Son perseguidos por la migra como si fueran criminales.",
    "Los centroamericanos trabajan en los campos. Son explotados por los patrones.",
    "A los haitianos los culpan de todo. Son el chivo expiatorio de los políticos corruptos.",
    "Llegaron muchos hondureños. No son delincuentes, son familias.",
]


@pytest.mark.parametrize("text", HITS)
def test_flagged_as_hate(text):
    assert_rules_flag(text, "es", "hate")


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_rules_pass_all(text, "es")
