"""Everyday Mexican Spanish hate about indigenous and trans people, typed as on a phone
(`hate.es_scorned` and the families it joins): disgust exclaimed, a group not wanted, a group
that will never amount to anything, harm approved as earned, a group ranked below a dog, a
call to hit one on sight, a people fit only to serve or blamed for the country's
backwardness, trans people as a danger to children, misgendering, and indigenous words used as
insults. Must-pass rows: counter-speech, negation, reporting, harsh opinion of governments
and officials, "India" the country, "Indios" the team, "prieto" the bean, languages spoken.
English rows check the Spanish shapes leave English alone. Our own sentences."""

import pytest

from .expect import assert_category_action, rule_action

RULE = "hate.es_scorned"

# Held by the new rule itself (rules alone).
SCORNED_ES = [
    "que asco los indios",
    "qué asquito las inditas del mercado",
    "guacala, esos travestis",
    "aqui no queremos indios",
    "aca no queremos vestidas",
    "a los trans ni agua",
    "las indias pa su rancho",
    "que los trans se vayan del pais",
    "los indios nunca van a progresar",
    "una mujer trans nunca va a ser mujer",
    "esos indios ni saben leer",
    "se lo merecia por travesti",
    "la golpearon por trans, bien hecho",
    "una vestida menos en el mundo",
    "prefiero un perro que un indio",
    "mi gato vale mas que un indigena",
    "los trans son menos que nada",
    "si ves una vestida, escupele",
    "las indias sirven para chachas",
    "los indigenas son el atraso de mexico",
    "sin los indios seriamos primer mundo",
    "los oaxaquitos no deberian bajar a la ciudad",
    "a los trans hay que internarlos",
    "hay que limpiar el centro de indios",
    "los trans lavan el cerebro a los niños",
    "los travestis quieren confundir a los niños",
    "la ideologia de genero es una enfermedad",
    "ese señor que se cree mujer",
    "esos vatos que se visten de vieja",
    "es un señor con falda",
    "pinche india",
    "hablas como indio",
    "son cosas de indios",
    "las mujeres no deberian trabajar",
]

# Flagged in the hate category by whichever rule (rules and model together).
FLAGGED_ES = [
    "hay que mejorar la raza",  # coded.tsv's group_proverb_es
    "los indios son una plaga",
    "pinches indios apestosos",
    "¿por que los indigenas son tan flojos?",
    "¿por que los judios son tan codos?",
    "odio a los travestis",
    "las vestidas son una plaga",
    "las mujeres trans no son mujeres",
    "hay que matar a los travestis",
    "los indigenas nunca sirven para nada",
    "pinchesindios",
]

# Must pass: the engine approves the whole comment.
PASSES_ES = [
    "los pueblos indigenas merecen respeto",
    "decir que los indios son flojos es racismo",
    "no es cierto que los indigenas sean sucios",
    "que asco la gente que se burla de los trans",
    "que asco los politicos que roban",
    "aqui no queremos corruptos",
    "los indigenas nunca van a olvidar la masacre de Acteal",
    "la mataron por ser trans, es un crimen de odio",
    "prefiero a mi perro que a muchos politicos",
    "si ves a un indigena siendo discriminado, ayudalo",
    "la corrupcion es el atraso de mexico",
    "sin corrupcion seriamos primer mundo",
    "los indigenas deberian poder quedarse en sus pueblos con servicios dignos",
    "los migrantes no deberian trabajar 16 horas",
    "a los corruptos hay que encerrarlos",
    "los politicos se van a ir al infierno",
    "ese señor que se cree dueño de la calle",
    "es un hombre con sombrero",
    "hablas como mi abuela",
    "son cosas de niños",
    "viajamos a la India y fue increible",
    "la gata de mi vecina tuvo gatitos",
    "los Indios de Juarez jugaron un partidazo",
    'eso de "mejorar la raza" es puro racismo',
    "mis papas son de Oaxaca y hablan zapoteco",
    "los trans no son un peligro para los niños",
    "el frijol prieto es mi favorito",
    "Agua Prieta es una ciudad de Sonora",
    "el gobierno federal abandonó a las comunidades indigenas",
    "los indigenas no son el atraso de mexico, el atraso es la corrupcion",
]

PASSES_EN = [
    "What a disgrace, the governor vetoed the water bill for the reservation.",
    "I'd rather have my dog than this city council.",
    "If you see a trans kid being bullied, step in.",
]


@pytest.mark.parametrize("text", SCORNED_ES)
def test_held_by_the_rule(text):
    assert rule_action(text, "es", RULE) in ("hold", "reject"), text


@pytest.mark.parametrize("text", SCORNED_ES + FLAGGED_ES)
def test_flagged_as_hate(text):
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", PASSES_ES)
def test_passes_es(text):
    assert_category_action(text, "approve", "hate", "es")


@pytest.mark.parametrize("text", PASSES_EN)
def test_passes_en(text):
    assert_category_action(text, "approve", "hate", "en")
