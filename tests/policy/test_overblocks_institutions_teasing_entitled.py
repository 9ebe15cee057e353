"""Harmless comments the engine held or rejected, read as shapes (overblocks51): one curse at an
institution (as "Fuck ICE"), a friend teased by their people's name beside thanks or a greeting,
a benefit resented as a burden, "cabrón" hailed on its own before praise, people talked of
"like" they were something, words repeated ("repetir que"), a word friends call each other.
Each with the near misses that must still be flagged: a curse at a person or beside another
swear or insult, a people insulted with the swear ("los putos X ... deberían darles
vergüenza"), a people told to leave. Hand-written rows, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

# (text, lang, category, expected)
ROWS = [
    # 1. one curse at an institution: harsh opinion of a public body
    ("Fuck the police", "en", "profanity", "approve"),
    ("Fuck the cops!", "en", "profanity", "approve"),
    ("Fuck the government and the border patrol.", "en", "profanity", "approve"),
    ("Fuck the IRS, they took half my refund.", "en", "profanity", "approve"),
    ("Fuck this administration.", "en", "profanity", "approve"),
    ("Fuck Congress.", "en", "profanity", "approve"),
    ("fuck la migra", "es", "profanity", "approve"),
    ("Fuck el gobierno, otra vez subió la gasolina.", "es", "profanity", "approve"),
    ("Chingue a su madre el gobierno.", "es", "profanity", "approve"),
    ("A la verga la policía, nunca llegan.", "es", "profanity", "approve"),
    ("Que se vaya a la verga el ayuntamiento.", "es", "profanity", "approve"),
    # ... a curse at a person, a second swear or an insult beside it still counts
    ("Fuck you", "en", "profanity", "reject"),
    ("Fuck this guy.", "en", "profanity", "flag"),
    ("Fuck the refs.", "en", "profanity", "flag"),
    ("Fuck the police officer who shot him.", "en", "profanity", "flag"),
    ("Fuck the police, every last one of those corrupt pigs.", "en", "profanity", "flag"),
    ("Fuck the police and fuck you too.", "en", "profanity", "flag"),
    ("Fuck the fucking cops.", "en", "profanity", "flag"),
    ("Chinga tu madre.", "es", "profanity", "reject"),
    ("Chinga tu madre, gobierno.", "es", "profanity", "reject"),
    ("Chingue a su madre el alcalde.", "es", "profanity", "flag"),
    ("Chinguen a su madre los del cabildo.", "es", "profanity", "flag"),
    ("Que le den por el culo al ayuntamiento.", "es", "profanity", "flag"),
    ("Que se la chupen los del gobierno.", "es", "profanity", "flag"),
    ("Que se vaya a la verga el gobierno, pinches rateros.", "es", "profanity", "flag"),
    # 2. contempt for hate groups is opinion; a people insulted with the swear is not
    ("Los putos nazis de la marcha del sábado deberían darles vergüenza", "es", "hate", "approve"),
    ("Los pinches racistas de la marcha deberían darles vergüenza.", "es", "hate", "approve"),
    ("Fuck the Nazis.", "en", "hate", "approve"),
    ('A los que gritaron "putos mexicanos" les debería dar vergüenza.', "es", "hate", "approve"),
    (
        "Los que dicen que los mexicanos son flojos deberían darles vergüenza.",
        "es",
        "hate",
        "approve",
    ),
    ("Los putos mexicanos deberían darles vergüenza.", "es", "hate", "flag"),
    ("Los putos judíos de la marcha deberían darles vergüenza.", "es", "hate", "flag"),
    ("A los putos mexicanos les debería dar vergüenza.", "es", "hate", "flag"),
    ("Putos mexicanos.", "es", "hate", "flag"),
    # 3. a friend teased by their people's name beside thanks, love or a greeting
    ("Happy birthday, you crazy Mexican!", "en", "hate", "approve"),
    ("Thanks for the ride, you crazy Colombian!", "en", "hate", "approve"),
    ("Love you, you silly Muslim!", "en", "hate", "approve"),
    ("Congrats on the new job, you crazy Jew!", "en", "hate", "approve"),
    ("Feliz cumpleaños, mexicano loco!", "es", "hate", "approve"),
    # ... an insult, a plural people, a people told to leave, scorned thanks: still hate
    ("Happy birthday, you dirty Mexican!", "en", "hate", "flag"),
    ("Happy birthday, you stupid Mexican!", "en", "hate", "flag"),
    ("Shut up, you crazy Mexican!", "en", "hate", "flag"),
    ("Happy birthday, you crazy Mexican, now go back to Mexico.", "en", "hate", "flag"),
    ("Thanks for nothing, you crazy Mexican.", "en", "hate", "flag"),
    ("Happy birthday to my mom. Mexicans are crazy.", "en", "hate", "flag"),
    # 4. a benefit resented as a burden: a complaint of the policy
    ("Refugees are entitled to welfare and we pay for it", "en", "hate", "approve"),
    ("Immigrants are entitled to benefits and taxpayers foot the bill.", "en", "hate", "approve"),
    ("Asylum seekers are entitled to free healthcare and we pay for it.", "en", "hate", "approve"),
    ("Refugees get welfare and we pay for it.", "en", "hate", "approve"),
    ("Immigrants get free housing on our dime.", "en", "hate", "approve"),
    # ... the charge of entitlement, a slur on them, the trope named: still hate
    ("Refugees are so entitled.", "en", "hate", "flag"),
    ("Refugees feel entitled to welfare and we pay for it.", "en", "hate", "flag"),
    ("Refugees are entitled to everything and we get nothing.", "en", "hate", "flag"),
    ("Refugees are entitled to welfare and we pay for it, these leeches.", "en", "hate", "flag"),
    ("Those people get handouts and we pay for it.", "en", "hate", "flag"),
    ("Refugees live off welfare and we pay for it.", "en", "hate", "flag"),
    # 5. "cabrón" hailed alone before praise
    ("Cabrón. Qué buena onda la fiesta.", "es", "troll", "approve"),
    ("Cabrón... qué bonito quedó el mural.", "es", "troll", "approve"),
    ("Cabrones, qué buena fiesta.", "es", "troll", "approve"),
    # ... the praise turned into an insult or a sending-off: still an attack
    ("Cabrón. Qué pendejo eres.", "es", "troll", "flag"),
    ("Cabrón, qué buena onda la fiesta, eres un idiota.", "es", "troll", "flag"),
    ("Eres un cabrón. Qué buena onda la fiesta.", "es", "troll", "flag"),
    # 6. talked about "like" they were animals: the way of talking condemned
    (
        "She'd smack anyone in this thread who talks about those families like they're animals.",
        "en",
        "hate",
        "approve",
    ),
    (
        "My neighbours are migrants. Nobody should treat them like they're dogs.",
        "en",
        "hate",
        "approve",
    ),
    ("Migrants act like they're animals.", "en", "hate", "flag"),
    ("Migrants are animals.", "en", "hate", "flag"),
    # 7. words repeated, as words said
    (
        "Repetir hoy que 'los chinos nos quitan el trabajo' tiene una historia muy oscura.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Repetir que los haitianos traen enfermedades es lo que hacían los nazis.",
        "es",
        "hate",
        "approve",
    ),
    ("Yo repito que los mexicanos son flojos.", "es", "hate", "flag"),
    ("Lo voy a repetir: los chinos nos quitan el trabajo.", "es", "hate", "flag"),
    # 8. a reclaimable word said to be what friends call each other
    (
        "El marica de mi mejor amigo me dejó plantado otra vez jaja, así nos decimos en Bogotá.",
        "es",
        "hate",
        "approve",
    ),
    ("El marica de mi vecino me dejó plantado.", "es", "hate", "flag"),
    ("Los maricas deberían morirse, así nos decimos en Bogotá.", "es", "hate", "flag"),
    ("El marica de mi amigo es un pendejo, así nos decimos.", "es", "hate", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), ROWS)
def test_overblocks_institutions_teasing_entitled(
    text: str, lang: str, category: str, expected: str
) -> None:
    assert_category_action(text, expected, category, lang)
