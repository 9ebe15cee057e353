"""Threats read in more shapes: an order opening a sentence past the first ("El reportero mintió
otra vez. Quemen al reportero.", "The mayor? Throw him in the river."), an order said bare on
a person ("Cuelguen al alcalde ya"), a body put in the river to drown with no weight named,
verb forms near-word matching read as others ("chínguenle", "sáquenles", "ardieran"), and a
group threatened with no verb ("Plomo a todos los X", "Rope for the X"), with a line-up, a
hunt or a gassing. The neighbours that must pass: figures on things, chores, sports, history,
fiction, reports and condemnation. Hand-written, English and Spanish."""

import pytest

from moderation.policy.analysis import analyse
from moderation.policy.es_verb_forms import other_person
from tests.policy.expect import assert_category_action

PERSON = [
    # (text, lang, expected in the troll category)
    # An order opening a later sentence, its person named before.
    ("El columnista mintió otra vez. Cuelguen al columnista del puente.", "es", "reject"),
    ("El alcalde otra vez robando. Échenlo al río.", "es", "reject"),
    ("El autor de esta nota es un corrupto. Entiérrenlo en el desierto.", "es", "reject"),
    ("Ese regidor no sirve. Tírenlo a la presa.", "es", "reject"),
    ("The mayor? Throw him in the river.", "en", "reject"),
    ("The commissioner lied again. Dump him in a ditch.", "en", "reject"),
    # An order said bare on a person: nothing after the person.
    ("Quemen al reportero vivo.", "es", "reject"),
    ("Ya estuvo. Cuelguen al alcalde ya.", "es", "reject"),
    ("Ahoguen al columnista.", "es", "reject"),
    ("Hang the mayor.", "en", "reject"),
    # Burnt alive, eyes gouged, a tongue torn out.
    ("Ese columnista es un vendido. Quémenlo vivo.", "es", "reject"),
    ("Sáquenles los ojos a esos periodistas.", "es", "reject"),
    ("Arránquenle la lengua al reportero.", "es", "reject"),
    # Put in the river to drown, no weight named.
    ("Put the author in the river and let the current decide.", "en", "reject"),
    ("Put that reporter in the river and see if he floats.", "en", "reject"),
    # Figures, things, chores, a vote, a report, history, fiction: no threat.
    ("Quemen al reportero en redes, que se lo merece.", "es", "approve"),
    ("Quemen al candidato con sus propias palabras.", "es", "approve"),
    ("Cuelguen al alcalde la medalla, se la ganó.", "es", "approve"),
    ("Echen al alcalde en las urnas.", "es", "approve"),
    ("Échenle ganas, muchachos.", "es", "approve"),
    ("Esa ley es pura basura, échenlo a la basura.", "es", "approve"),
    ("Quemen las calorías con este ejercicio.", "es", "approve"),
    ("Entiérrenlo ya, ese tema ya aburre.", "es", "approve"),
    ("El alcalde presentó su plan. Entiérrenlo ya.", "es", "approve"),
    ("El alcalde presentó su plan. Ahóguenlo en el Congreso.", "es", "approve"),
    ("El reportero publicó su nota. Cuélguenla en el muro del salón.", "es", "approve"),
    ("Hay que sacarle los ojos al presupuesto y revisarlo a fondo.", "es", "approve"),
    ("Sácale la lengua al fotógrafo, jaja.", "es", "approve"),
    ("Cría cuervos y te sacarán los ojos.", "es", "approve"),
    ("Quemaron al reportero en 1995 y nadie fue detenido.", "es", "approve"),
    ('"Quemen al reportero", gritaban; fueron detenidos.', "es", "approve"),
    ("Entierren al abuelo en el panteón del pueblo.", "es", "approve"),
    ("The mayor? Throw him out of office.", "en", "approve"),
    ("Hang the mayor out to dry, his own party will.", "en", "approve"),
    ("Hang the mayor's portrait in the lobby.", "en", "approve"),
    ("They hanged him in 1915.", "en", "approve"),
    ("In the novel, the villagers hang the mayor from the old oak.", "en", "approve"),
    ("Put the kayak in the river and let the current take it.", "en", "approve"),
    ("Put your feet in the river and let the current cool you off.", "en", "approve"),
    ("Throw your old TV in the landfill.", "en", "approve"),
    ("Line them up against the wall, the paintings, so we can see them.", "en", "approve"),
    ("We'll hunt Republicans in every district.", "en", "approve"),
    ("Line up at the door, everyone.", "en", "approve"),
]

GROUP = [
    # (text, lang, expected in the hate category)
    ("Plomo a todos los migrantes.", "es", "reject"),
    ("Plomo parejo para los haitianos.", "es", "reject"),
    ("Horca para los gays.", "es", "reject"),
    ("Balas pa' los hondureños.", "es", "reject"),
    ("Desaparézcanlos a todos esos indios.", "es", "reject"),
    ("Hay que sacarles los ojos a los migrantes.", "es", "reject"),
    ("Rope for every one of these immigrants.", "en", "reject"),
    ("A bullet for every Muslim.", "en", "reject"),
    ("Line them all up, the Muslims.", "en", "reject"),
    ("Put every last one of them against a wall, these illegals.", "en", "reject"),
    ("Gas them all, the Jews.", "en", "reject"),
    ("Let's go hunt some Mexicans tonight.", "en", "reject"),
    # Criminals, a team, a law of the past, a report, things: no threat to a group.
    ("Plomo a los sicarios.", "es", "approve"),
    ("La horca para los gays era la ley en ese país.", "es", "approve"),
    ("Plomo y más plomo a la defensa del América.", "es", "approve"),
    ("Plomo para los migrantes, gritaba el tipo en el video; lo detuvieron.", "es", "approve"),
    ("Maten a los migrantes, gritaba el tipo en el video; lo detuvieron.", "es", "approve"),
    ("Kill all the migrants, he posted, and he's been banned.", "en", "approve"),
    ('He said "hang them all" and was arrested.', "en", "approve"),
    ("Let's go hunt for Mexican food tonight.", "en", "approve"),
    ("Line them up for the photo, the kids are ready.", "en", "approve"),
    ("Gas up the truck before the trip.", "en", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), PERSON)
def test_threat_to_person(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "troll", lang)


@pytest.mark.parametrize(("text", "lang", "expected"), GROUP)
def test_threat_to_group(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "hate", lang)


@pytest.mark.parametrize(
    "word", ["chinguenle", "saquenles", "ardieran", "sufrieran", "desaparezcanlos"]
)
def test_verb_form_read_as_typed(word: str) -> None:
    """A verb with an object pronoun of another case, or a past subjunctive, stays itself."""
    an = analyse(f"{word} al columnista", "es")
    assert an.units[0].text == word


@pytest.mark.parametrize(
    ("word", "term", "changed"),
    [
        ("chinguenle", "chinguense", True),  # get on with it, not screw yourselves
        ("saquenles", "saquenlas", True),  # take from them, not take them out
        ("ardieran", "arderan", True),  # a wish, not a future
        ("sufrieran", "sufriran", True),
        ("matenlas", "matenlos", False),  # the accusatives stand for each other
    ],
)
def test_other_form(word: str, term: str, changed: bool) -> None:
    assert other_person(word, term) is changed
