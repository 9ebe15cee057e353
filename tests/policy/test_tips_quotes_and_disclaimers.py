"""The fifty-ninth session's readings, hand-written, English and Spanish: a customer's tip with a
shop's number and "not an ad" (never a healer's or a loan's testimonial); a claim quoted inside
its predicate ("son 'una carga'") or repeated by "people above"; "I'm not antisemitic, but" and
"no soy racista" as disclaimers that condemn nothing; "people who" that quotes no one; "no somos
todos iguales"; "una mentira asquerosa"; coded shapes: a place between "every X" and the crime,
Jews ruling from the shadows, dual loyalty unnamed, a town that would be paradise without a
people, a round-up ordered, women told to obey. Near misses that must pass beside each."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # A customer's tip with the shop's number ...
    (
        "For the lady asking about brakes: Garza Auto on Cedar fixed my van the same day, "
        "555-0148. Not an ad, just grateful.",
        "en",
        "spam",
        "approve",
    ),
    (
        "La panadería de doña Rosa me salvó la boda cuando el pastel se cayó, 555-0176. "
        "No es publicidad, se lo merece.",
        "es",
        "spam",
        "approve",
    ),
    # ... but not a healer's, a loan's or a firm's own pitch.
    (
        "Brother Kofi cured my diabetes with his herbs, not an ad, call him at 555-0102.",
        "en",
        "spam",
        "flag",
    ),
    (
        "Llama a la oficina Camino Seguro al 555-0131, green card en 60 días, primera consulta "
        "gratis.",
        "es",
        "spam",
        "flag",
    ),
    (
        "Call the county clerk's office today at 555-0100 about your ballot.",
        "en",
        "spam",
        "approve",
    ),
    ("Loans for undocumented workers, no SSN, apply at prestamoya.loan", "en", "spam", "flag"),
    ("We march at 6am.Today is the day, message me for signs.", "en", "spam", "approve"),
    # A claim held up in quotes or repeated by others ...
    (
        "Cada vez que leo que los hondureños son 'una carga', pienso en mi cuñada la enfermera.",
        "es",
        "hate",
        "approve",
    ),
    (
        "People in this thread keep repeating that Somalis are 'all criminals'; I coach six of "
        "their kids.",
        "en",
        "hate",
        "approve",
    ),
    # ... but the writer's own line, repeated, is still theirs.
    ('Let me repeat it: Somalis are "parasites".', "en", "hate", "flag"),
    # A disclaimer condemns nothing ...
    (
        "I'm not antisemitic, but the Holocaust is exaggerated and everyone knows it.",
        "en",
        "hate",
        "flag",
    ),
    (
        "Ya son puros hondureños en la colonia. Son como una plaga, una vez que entran no se "
        "van. No soy racista, nada más quiero mi colonia como antes.",
        "es",
        "hate",
        "flag",
    ),
    # ... while a real condemnation still does.
    ("Saying the Holocaust is exaggerated is antisemitic propaganda.", "en", "hate", "approve"),
    # "People who" describing what people do quotes no one.
    (
        "The people who pick which plants close are always that same small tribe, the globalists.",
        "en",
        "hate",
        "flag",
    ),
    ("People who say Haitians are criminals have never met one.", "en", "hate", "approve"),
    # Not all alike; a lie judged.
    ("Los guatemaltecos no somos todos iguales, dejen de generalizar.", "es", "hate", "approve"),
    ("Eso de los volantes es una mentira asquerosa y hay que decirlo.", "es", "troll", "approve"),
    # Coded shapes ...
    ("Every Honduran on the east side of town is a drug mule.", "en", "hate", "flag"),
    ("Los judíos siempre mandan desde atrás en este país.", "es", "hate", "flag"),
    ("Their loyalty is with Israel, not with this country.", "en", "hate", "flag"),
    ("Este pueblo sin haitianos sería el paraíso.", "es", "hate", "flag"),
    ("Round up every illegal in the county and bus them south.", "en", "hate", "flag"),
    ("Las mujeres al cabildo, qué chiste. Que se callen y obedezcan.", "es", "hate", "flag"),
    # ... and their look-alikes.
    ("A black swarm of grackles took over the Walmart lot again.", "en", "hate", "approve"),
    (
        "Sin los migrantes, este valle jamás sería el paraíso agrícola que es.",
        "es",
        "hate",
        "approve",
    ),
    # Dogs, hens and a neighbour's pigs.
    ("La perra galga de mi tía ganó la carrera del domingo.", "es", "troll", "approve"),
    ("Compré unas pollas de raza Rhode Island para el gallinero.", "es", "profanity", "approve"),
    ("Los cerdos del vecino se comieron mis calabazas otra vez.", "es", "troll", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_tips_quotes_and_disclaimers(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
