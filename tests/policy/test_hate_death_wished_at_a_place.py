"""A death wished on a group does not turn into a fate because a place follows the verb:
"Migrants should die in the river", "deberían morirse en el desierto", "que los X se ahoguen
en el mar" are rejected by `hate.violence` as the same wishes without the place are. Only a
hostile place counts (river, desert, sea, gutter, border, hell); "at home", "in peace", a
cause ("de viejos") or a figure ("ahogarse en papeleo") still end the reading. The protest's
question ("¿Cuántas mujeres más tienen que morir?", "How many more X must die?") asks that the
deaths stop and passes. All examples are our own."""

import pytest

from moderation.policy import Submission, screen

from .expect import assert_rules_approve, rule_action

HITS = [
    ("Migrants should die in the river", "en"),
    ("Migrants should all die in the desert.", "en"),
    ("Those refugees should rot in the desert", "en"),
    ("Los migrantes deberían morirse en el desierto", "es"),
    ("Ojalá los haitianos se mueran en la frontera", "es"),
    ("Que los musulmanes se ahoguen en el mar", "es"),
    ("Que los musulmanes se ahoguen", "es"),
    ("Que los haitianos se mueran en el río", "es"),
    ("Los haitianos tienen que morir.", "es"),
    ("Migrants should die in the Rio Grande.", "en"),
    ("Que los migrantes se ahoguen en el río Bravo.", "es"),
    ("Que los cubanos se ahoguen en el mar Caribe.", "es"),
    ("Hondurans should die on the streets of Tijuana.", "en"),
    # the lament answered with a wish, or a killing counted, is no lament
    ("How many more Muslims must die? Not enough yet, honestly.", "en"),
    ("¿Cuántos migrantes más tienen que morir? Muchos más, ojalá.", "es"),
    ("How many more times must I say it: shoot every Mexican at the border.", "en"),
]

PASSES = [
    ("Migrants will die in the desert if Congress keeps funneling them there.", "en"),
    ("Too many migrants die in the river every year and nobody cares.", "en"),
    ("Migrants are going to die in the desert this summer unless the water stations stay.", "en"),
    ("The abuelos deserve to die at home, not in a hospital hallway.", "en"),
    ("My grandparents wanted to die in Mexico, near the sea.", "en"),
    ("Veterans shouldn't have to sleep and die on the street.", "en"),
    ("How many more Haitians must die at the border?", "en"),
    ("How many more migrants have to die in the desert before Congress acts?", "en"),
    ("Los migrantes van a seguir muriendo en el río mientras no haya vías legales.", "es"),
    ("Si cierran los albergues, los migrantes se van a morir en la calle.", "es"),
    ("Ningún niño migrante debería morir en la frontera.", "es"),
    ("Los ancianos no deberían morir en la calle.", "es"),
    ("¿Cuántas mujeres más tienen que morir para que nos escuchen?", "es"),
    ("Cuántos haitianos más tienen que morir en la frontera para que hagan algo?", "es"),
    ("Que los migrantes se ahoguen en papeleo, esa es la política de este gobierno.", "es"),
    ("Que los turistas se ahoguen en margaritas este verano jaja", "es"),
    ("Los narcos deberían morirse en la cárcel.", "es"),
    # a question, a fate foretold, the sentence going on, "sin": no wish (review findings)
    ("¿Por qué los hondureños tienen que morir en el río?", "es"),
    ("Why do Haitians have to die in the river so Abbott can look tough?", "en"),
    ("More migrants will die in the river now that the buoys are up.", "en"),
    ("Migrants could die in the river today.", "en"),
    ("Los migrantes deberían poder cruzar sin morir en el río.", "es"),
    ("¿Que los migrantes se ahoguen en el río? ¡Jamás!", "es"),
    ("¿Cuántas mujeres más tienen que morir en Juárez?", "es"),
    ("How many more Haitians have to drown at sea?", "en"),
    ("How many more little Honduran girls have to drown in the Rio Grande?", "en"),
    # other readers of a clause's end are untouched: a march is no expulsion
    ("Women get out on the streets today for 8M.", "en"),
    ("Mexicans should get out in the streets now and protest this.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), HITS)
def test_death_wished_on_a_group_at_a_place_is_rejected(text: str, lang: str) -> None:
    assert rule_action(text, lang, "hate.violence") == "reject", text


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_fates_laments_figures_and_non_groups_pass(text: str, lang: str) -> None:
    assert_rules_approve(text, lang, "hate.violence")


def test_hostile_places_repeated_to_the_length_limit_are_screened() -> None:
    """A place walk is a loop: "Migrants should die" and " at sea" pasted to 5,000 characters
    once recursed past Python's limit, an error out of `screen` (a 500 on the form)."""
    text = ("Migrants should die" + " at sea" * 720)[:5000]
    assert screen(Submission(text=text)).action in ("approve", "hold", "reject")
