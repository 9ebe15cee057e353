"""Death by drowning or fire wished on a group as a reflexive infinitive or its subjunctive
("los X deberían ahogarse", "ojalá los X se ahoguen"), and the passive of extermination or
pest control said of people ("deberían ser fumigados", "ser gaseados"): `hate.violence` reads
them like "morirse" and "ser exterminados". Near misses keep the same guards: a report,
sympathy, negation, reported speech condemned, crops or pests, and no protected group (a
politician, a cartel, the police). All examples are our own."""

import pytest

from .expect import assert_rules_approve, rule_action

HITS = [
    "Los refugiados deberían ahogarse en el río.",
    "Los refugiados deberían ahogarse.",
    "Los indocumentados deberían ser fumigados.",
    "Ojalá los migrantes se ahoguen en el río.",
    "Ojalá los gitanos se quemen vivos.",
    "Ojalá los refugiados sean fumigados.",
    "Los refugiados deberían quemarse en el infierno.",
    "Los judíos deberían ser gaseados.",
    "Los inmigrantes deberían ser envenenados.",
    "Los haitianos deberían morirse.",
    "Los refugiados deberían ser exterminados.",
]

PASSES = [
    "Los políticos deberían ahogarse en su propia mierda",
    "Los migrantes se ahogan en el río cada verano",
    "Es terrible que los refugiados se ahoguen en el río",
    "Es una vergüenza que los refugiados se ahoguen en el Mediterráneo.",
    "Los campos deberían ser fumigados",
    "Los mosquitos deberían ser fumigados.",
    "Las plagas deberían ser fumigadas.",
    "Nadie merece morir ahogado, tampoco los migrantes",
    "Dicen que los indocumentados deberían ser fumigados, qué asco",
    "Los refugiados no deberían ahogarse en el río.",
    "Ningún migrante debería ahogarse en el mar.",
    "Ojalá los refugiados no se ahoguen en el río.",
    "Espero que los migrantes no se ahoguen.",
    "Los refugiados se ahogaron en el río.",
    "Los refugiados temen quemarse en el incendio.",
    "Los narcos deberían ahogarse en el río.",
    "Los policías deberían ser fumigados.",
    "Mi abuela se quemó con la sartén.",
]


@pytest.mark.parametrize("text", HITS)
def test_drowning_or_fumigation_wished_on_a_group_is_rejected(text: str) -> None:
    assert rule_action(text, "es", "hate.violence") == "reject", text


@pytest.mark.parametrize("text", PASSES)
def test_reports_sympathy_negation_and_non_groups_pass(text: str) -> None:
    assert_rules_approve(text, "es", "hate.violence")
