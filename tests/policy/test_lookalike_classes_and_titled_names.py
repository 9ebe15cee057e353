"""Look-alike words read through shared classes of context words, names after a title of
kinship or respect, and a few readings of what a word is not said of, since the fifty-sixth
session.

- `allow.tsv` classes ("@insects_es", "@snakes_es", "@plants_es", "@horses_es", "@horses_en",
  "@vehicles_en") that several homonyms share, and context words in the Spanish shorthand
  ("becerr@"): an insect called "bicho", a rattlesnake ("víbora de cascabel"), rose buds
  ("capullos"), a roan horse ("caballo moro"), a calving cow, a transmission ("tranny"), "cum
  laude", a "bastard file", "mamón" the cake.
- A capitalised word right after a word of kinship, respect or office is a given name ("mi
  primo Kike", "don Panchito"); a place after "a" ("el camino a Naco").
- The public model does not read a word the rules read in its ordinary sense ("Spic and
  Span"): the whole engine approves.
- What a group fled is not said of them ("huyeron de un desastre"); a participle after a plural
  noun for people says what befell them ("funerals for people killed back home").

Hand-written, English and Spanish; the rules alone unless the row says otherwise.
"""

import pytest

from moderation.policy import Submission, screen
from tests.policy.expect import assert_rules_flag, assert_rules_pass_all

HARMLESS = [
    ("Encontré un bicho negro con antenas largas en la maceta del patio, ¿será plaga?", "es"),
    ("Ojo con el bicho que anda, en la oficina ya van cinco con fiebre y tos.", "es"),
    ("Mataron una víbora de cascabel atrás de la escuela; revisen el zacate antes de jugar.", "es"),
    ("El rosal de la entrada ya está lleno de capullos, en dos semanas florea.", "es"),
    ("Mi tío vendió su caballo moro en la cabalgata del domingo.", "es"),
    ("La vaca pinta de don Chuy parió anoche, una becerra sana.", "es"),
    ("Traje mamón de la panadería de la esquina, con cajeta y todo.", "es"),
    ("La tortillera de la avenida abrió temprano hoy, ya hay fila.", "es"),
    ("Mi primo Kike llega el jueves de Houston.", "es"),
    ("Que en paz descanse don Panchito, el zapatero del barrio.", "es"),
    ("Otra vez cerraron la carretera en el camino a Naco, no hay paso.", "en"),
    ("The tranny went out on my wife's van, the mechanic says a rebuild runs two grand.", "en"),
    ("My niece finished summa cum laude and starts nursing school in the fall.", "en"),
    ("Grandpa kept a bastard file in the barn for the mower blades.", "en"),
    ("Somebody's jackass got loose and ate half the hay at the ranch next door.", "en"),
    ("The families here fled the violence back home; they came to work.", "en"),
    ("Son familias que huyeron de un desastre, no vienen a robar a nadie.", "es"),
    (
        "Don Tomás, our old sacristan, rang the bell at every funeral, even the ones for people "
        "killed back home.",
        "en",
    ),
]

FLAGGED = [
    ("Eres un capullo, vete a regar tus rosas.", "es", "troll"),
    ("A tranny in a pickup truck, what a joke.", "en", "hate"),
    ("Los hondureños son un desastre, huyeron de su país y aquí siguen igual.", "es", "hate"),
    ("Sheriff Dawson has people killed when they cross him.", "en", "libel"),
    ("Sheriff Dawson killed two people in 2019 and covered it up.", "en", "libel"),
    ("Los cholos de la colonia son todos unos rateros y unos tortilleros.", "es", "hate"),
]


@pytest.mark.parametrize(("text", "lang"), HARMLESS)
def test_look_alike_classes_and_names_pass(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), FLAGGED)
def test_their_violating_twins_stay_flagged(text: str, lang: str, category: str) -> None:
    assert_rules_flag(text, lang, category)


def test_the_public_model_does_not_read_a_cleaning_brand_as_a_slur() -> None:
    verdict = screen(Submission(text="The pantry needs Spic and Span and paper towels.", lang="en"))
    assert verdict.action == "approve", [f.rule for f in verdict.findings]
