"""Spanish hate in Mexican usage (our own sentences): optative "que" + subjunctive, expulsion
verbs with their clitics, "the only good X", a place better without a group, anti-Semitic
tropes of war and world control, Mexican slurs and fillers; with the near misses that must
pass (echo questions, "como si fueran", other people's beliefs, non-protected targets)."""

import pytest

from moderation.policy.analysis import canonical
from moderation.policy.lexicon import load

from .expect import assert_category_action

HITS = [
    ("Que encierren a todos los migrantes y se olviden de ellos.", "flag"),
    ("Que quemen a esos judíos.", "flag"),
    ("Un buen musulmán es un musulmán deportado.", "flag"),
    ("El único gay bueno es el gay muerto.", "flag"),
    ("The only good Mexican is a dead Mexican.", "flag"),
    ("Una colonia sin haitianos sería una colonia más limpia.", "flag"),
    ("El mundo sin gitanos estaría mejor.", "flag"),
    ("Los judíos provocan todas las guerras para ganar dinero.", "flag"),
    ("Los judíos quieren dominar el mundo con sus bancos.", "flag"),
    ("Los judíos inventaron el holocausto, eso está clarísimo.", "flag"),
    ("Hitler tenía razón sobre los judíos.", "flag"),
    ("Ya llegaron más hondureños. Hay que correrlos a todos.", "flag"),
    ("Los salvadoreños deberían regresarse todos, aquí sobran.", "flag"),
    ("Los guatemaltecos nomás estorban en el mercado.", "flag"),
    ("Esos venecos no hacen nada bueno.", "flag"),
    ("Pinches patas rajadas, ni hablar saben.", "flag"),
    ("Los nicaragüenses son unos mareros.", "flag"),
    ("Ojalá les caiga una bomba a todos los árabes.", "flag"),
    ("Estos cubanos deberían estar en su selva.", "flag"),
]
NEAR_MISSES = [
    ("Que encierren a los secuestradores y tiren la llave.", "approve"),
    ("Que deporten a los funcionarios corruptos a una isla, jaja.", "approve"),
    ("En la colonia tratan a los hondureños como si fueran una plaga, qué tristeza.", "approve"),
    ("¿Que los haitianos son flojos? Trabajan doble turno en la obra.", "approve"),
    ("Hay gente que piensa que los indígenas no deberían votar, qué atraso.", "approve"),
    ("Un buen maestro es un maestro paciente.", "approve"),
    ("Una ciudad sin baches sería una ciudad más segura.", "approve"),
    ("Hitler fue un genocida y los judíos sus víctimas.", "approve"),
    ("Los gobiernos provocan las guerras y los pobres ponen los muertos.", "approve"),
    ("Me da mareos el veneno de las fumigaciones.", "approve"),
    ("Hay que sacarla del horno a tiempo y correrla de lugar.", "approve"),
    ("Los mareros controlan esa colonia y extorsionan a todos.", "approve"),
    ("Que saquen de aquí a los franeleros que cobran por estacionarse.", "approve"),
]


@pytest.mark.parametrize(("text", "expected"), HITS + NEAR_MISSES)
def test_mexican_spanish_hate(text, expected):
    assert_category_action(text, expected, "hate")


@pytest.mark.parametrize("word", ["veneno", "sacarla", "correrla", "mareos", "correrias"])
def test_ordinary_words_are_not_read_as_new_terms(word):
    assert canonical(word, load(), "es") == word
