"""Over-blocks found by probing with our own sentences (thirty-first session): a people named
as the reason for a good outcome, a takeover the writer cheers, crowding with an outside cause,
a Spanish group that is the verb's object; and insults said of a thing, of who fills a body,
or refused ("no te digo mentiroso"). Each with twins that must still be flagged."""

import pytest

from tests.policy.expect import assert_rules_flag, assert_rules_pass_all

PASS_HATE_WORDS = [
    ("Immigrants are the reason this county's farms are still running.", "en"),
    ("Native kids are the reason I became a teacher.", "en"),
    ("Haitian families are the reason the church food bank stayed open all winter.", "en"),
    ("Latinos are taking over the city council, and honestly it's about time.", "en"),
    ("Women are taking over the engineering program at the college. About time.", "en"),
    ("Migrants are flooding the shelters because the state closed the processing center.", "en"),
    ("Asylum seekers are flooding the ER because the county clinic shut down.", "en"),
    ("A los niños migrantes los contaminan las ideas de los reclutadores del cártel.", "es"),
]
FLAG_HATE_WORDS = [
    ("Immigrants are the reason crime is up in this county.", "en"),
    ("Muslims are the reason we can't have nice things.", "en"),
    ("Jews are the reason the banks are still running this country into the ground.", "en"),
    ("Immigrants are the reason wages stay low and rents stay high.", "en"),
    ("Latinos are taking over the city council. Wake up people.", "en"),
    ("Mexicans are taking over this town, finally someone said it.", "en"),
    ("The Chinese are taking over our farmland.", "en"),
    ("Migrants are flooding the shelters because they know they'll get free stuff.", "en"),
    ("Illegals are flooding the border because of their culture.", "en"),
    ("Mexicans are flooding this town.", "en"),
    ("Los migrantes contaminan a nuestros hijos con sus costumbres.", "es"),
    ("Esos hondureños contaminan el barrio.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), PASS_HATE_WORDS)
def test_hate_words_in_a_good_sense_pass(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang"), FLAG_HATE_WORDS)
def test_hate_words_still_flagged(text: str, lang: str) -> None:
    assert_rules_flag(text, lang, "hate")


PASS_INSULT_WORDS = [
    ("Mike, ese argumento está bien tonto. Los números dicen que bajaron los cruces.", "es"),
    ("Esa comparación está bien mensa, Paco, y lo sabes. Juárez no es Kabul.", "es"),
    ("Pregunta tonta, pero ¿el retén cierra en la noche?", "es"),
    ("No te digo mentiroso, Beto, pero tus datos son de 2015.", "es"),
    ("No te estoy llamando tonto, Beto, pero revisa los datos.", "es"),
    ("Ese partido está lleno de ratas, siempre lo ha estado.", "es"),
    ("El cabildo está lleno de ratas.", "es"),
    ("That council is full of clowns and crooks.", "en"),
    ("Jajaja Gabe payaso, yo llevo las cheves el sábado.", "es"),
    ("Lmao Gabe you clown, I'll bring the beer Saturday.", "en"),
]
FLAG_INSULT_WORDS = [
    ("Ese argumento está bien tonto, y tú también.", "es"),
    ("Mike, tu argumento está bien tonto, como tú.", "es"),
    ("Mike, estás bien tonto.", "es"),
    ("Te digo mentiroso porque lo eres, Beto.", "es"),
    ("Beto, eres un mentiroso y lo sabes.", "es"),
    ("Este blog está lleno de idiotas.", "es"),
    ("Esta sección está llena de tarados. Sobre todo tú, Ricardo.", "es"),
    ("This comment section is full of idiots.", "en"),
    ("Jajaja Gabe payaso, no entiendes nada.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), PASS_INSULT_WORDS)
def test_insult_words_not_aimed_pass(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang"), FLAG_INSULT_WORDS)
def test_insults_aimed_still_flagged(text: str, lang: str) -> None:
    assert_rules_flag(text, lang, "troll")


# Someone outside the thread named by role: no reader or author is attacked
PASS_OUTSIDERS = [
    ("El chofer del camión manejaba como idiota, casi nos mata.", "es"),
    ("El güey de la gasolinera me cobró de más, qué sinvergüenza.", "es"),
    ("La maestra de mi hijo es una bruja, lo castigó por nada.", "es"),
    ("La del Oxxo es bien amargada, nunca saluda.", "es"),
    ("The bus driver drove like an idiot, almost killed us.", "en"),
    ("My son's teacher is a witch, she punished him for nothing.", "en"),
    ("The cashier at the counter was a total jerk about my receipt.", "en"),
]
FLAG_AT_THE_THREAD = [
    ("El de arriba es un idiota.", "es"),
    ("The guy above is an idiot.", "en"),
    ("El chofer es un idiota, igual que tú.", "es"),
    ("The author is a clown.", "en"),
    ("La autora es una payasa.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), PASS_OUTSIDERS)
def test_insult_of_someone_outside_the_thread_passes(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang"), FLAG_AT_THE_THREAD)
def test_insult_at_the_thread_still_flagged(text: str, lang: str) -> None:
    assert_rules_flag(text, lang, "troll")


# A stranger in a story told, the insult the subject of what happened
PASS_STRANGERS = [
    ("Un idiota se pasó el alto y chocó con la patrulla.", "es"),
    ("Ayer un imbécil le disparó a un perro en la colonia, ojalá lo agarren.", "es"),
    ("Un pendejo dejó la puerta del corral abierta y se salieron las vacas.", "es"),
    ("Una mentirosa me vendió un carro chocado en el tianguis.", "es"),
    ("El payaso de la fiesta llegó tarde pero los niños se rieron mucho.", "es"),
    ("La bruja de la pastorela fue mi sobrina, lo hizo increíble.", "es"),
    ("Un loco gritaba en la plaza que el fin del mundo llegó.", "es"),
    ("Some idiot ran the red light and hit the cop car.", "en"),
    ("Yesterday a moron parked across three spaces at the clinic.", "en"),
]
FLAG_STRANGER_IS_HERE = [
    ("Un idiota como tú no entendería.", "es"),
    ("Un idiota, eso es lo que eres.", "es"),
    ("Un pendejo escribió este artículo.", "es"),
    ("Some idiot wrote this article.", "en"),
    ("An idiot wrote this.", "en"),
    ("El idiota del autor no sabe nada.", "es"),
    ("El payaso de arriba no sabe leer.", "es"),
    ("El analfabeta de siempre dando cátedra. Bravo, campeón.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), PASS_STRANGERS)
def test_insult_of_a_stranger_in_a_story_passes(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang"), FLAG_STRANGER_IS_HERE)
def test_insult_of_someone_here_still_flagged(text: str, lang: str) -> None:
    assert_rules_flag(text, lang, "troll")


# Spanish counter-speech the English already passed: a claim whose source is asked after, a
# holdout believer, a belief someone dropped ("decía que ... hasta que")
PASS_ES_DOUBTED = [
    "No sé de dónde sacan que los migrantes son una plaga.",
    "¿De dónde sacan que los mexicanos son flojos? Mi tío tiene tres trabajos.",
    "¿Quién sigue creyendo que los judíos controlan los bancos? Estamos en 2026.",
    "Mi abuelo decía que los mexicanos eran flojos hasta que trabajó con ellos en el campo.",
]
FLAG_ES_ASSERTED = [
    "Ya saben de dónde salen: los migrantes son una plaga.",
    "Mi abuelo decía que los mexicanos eran flojos y tenía razón.",
    "Los judíos controlan los bancos, quien sigue dudando es un ingenuo.",
]


@pytest.mark.parametrize("text", PASS_ES_DOUBTED)
def test_es_claim_doubted_passes(text: str) -> None:
    assert_rules_pass_all(text, "es")


@pytest.mark.parametrize("text", FLAG_ES_ASSERTED)
def test_es_claim_asserted_still_flagged(text: str) -> None:
    assert_rules_flag(text, "es", "hate")


# A predicate said under a condition: the advice is for anyone ill ("Women should stay home if
# they are sick" passes the rules too, but the hate model still holds it at 0.92)
PASS_CONDITIONED = [
    ("Las mujeres deberían quedarse en casa si están enfermas.", "es"),
]
FLAG_UNCONDITIONED = [
    ("Las mujeres deberían quedarse en casa.", "es"),
    ("Women should stay home, they are too emotional to lead.", "en"),
    ("If they are Muslims they are terrorists.", "en"),
    ("Muslims are terrorists if they pray five times a day.", "en"),
    ("Las mujeres deberían quedarse en casa si quieren que sus hijos salgan bien.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), PASS_CONDITIONED)
def test_predicate_under_a_condition_passes(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang"), FLAG_UNCONDITIONED)
def test_predicate_unconditioned_still_flagged(text: str, lang: str) -> None:
    assert_rules_flag(text, lang, "hate")


# "No es racismo" that is about something else: the claim after it is put in another's mouth or
# set against it; asked as a question, the reader is to agree it is racism
PASS_ES_BIGOTRY_NAMED = [
    "Eso no es racismo, es ignorancia de quien dice que los indígenas son flojos.",
    "No es racismo criticar al gobierno, pero decir que los mexicanos son flojos sí lo es.",
    "¿Y no es racismo pensar que los haitianos traen enfermedades?",
    "Es racismo pensar que los haitianos traen enfermedades.",
]
FLAG_ES_HEDGED = [
    "No es racismo decir que los mexicanos son flojos.",
    "No es racismo, los mexicanos son flojos.",
    "No es racismo, pero los haitianos traen enfermedades.",
    "No es racismo decirlo, pero los haitianos traen enfermedades.",
    "No es racismo pensar que los haitianos traen enfermedades.",
    "¿No es lógico pensar que los migrantes son criminales?",
]


@pytest.mark.parametrize("text", PASS_ES_BIGOTRY_NAMED)
def test_es_bigotry_named_passes(text: str) -> None:
    assert_rules_pass_all(text, "es")


@pytest.mark.parametrize("text", FLAG_ES_HEDGED)
def test_es_hedge_still_flagged(text: str) -> None:
    assert_rules_flag(text, "es", "hate")
