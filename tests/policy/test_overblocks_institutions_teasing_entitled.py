"""Harmless comments the engine held or rejected, read as shapes (overblocks51): one curse at an
institution (as "Fuck ICE"), a friend teased by their people's name beside thanks or a greeting,
a benefit resented as a burden, "cabrón" hailed on its own before praise, people talked of
"like" they were something, words repeated ("repetir que"), a word friends call each other.
Each with the near misses that must still be flagged: a curse at a person or beside another
swear or insult, a people insulted with the swear ("los putos X ... deberían darles
vergüenza"), a people told to leave. Hand-written rows, English and Spanish."""

import pytest

from moderation.policy import Submission, screen
from moderation.policy.analysis import analyse
from moderation.policy.rules.context.condemnation import shame_on_the_subject
from moderation.policy.rules.fondness import _warm_comment
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
    # a party or a political camp is harsh opinion too, as its leader is ("Fuck Trump")
    ("Fuck the Republicans", "en", "profanity", "approve"),
    ("Fuck the Democrats, they sold us out on the border bill.", "en", "profanity", "approve"),
    ("Fuck the GOP", "en", "profanity", "approve"),
    ("A la verga el PRI", "es", "profanity", "approve"),
    ("Fuck the Republicans and the Mexicans", "en", "profanity", "flag"),
    ("Fuck the liberals and their fucking lies", "en", "profanity", "flag"),
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


# The review's findings on the rows above (mendob): each a hit that had been let through or a
# near miss that had been blocked, with a variant of our own.
MENDED = [
    # 1. a people narrowed to a team, an agency or an organisation: the shame falls on the body
    (
        "Los pinches argentinos del Boca deberían darles vergüenza, qué partido tan malo.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Los pinches mexicanos del Tri deberían darles vergüenza por cómo jugaron.",
        "es",
        "hate",
        "approve",
    ),
    ("Los pinches gringos del ICE deberían darles vergüenza.", "es", "hate", "approve"),
    ("Los putos musulmanes del ISIS deberían darles vergüenza.", "es", "hate", "approve"),
    ("Los pinches colombianos del cartel deberían darles vergüenza.", "es", "hate", "approve"),
    ("Los putos mexicanos de Tijuana deberían darles vergüenza.", "es", "hate", "flag"),
    # 2. a discourse word before the subject, a comma after it: the people still shamed
    ("Neta, los putos mexicanos deberían darles vergüenza.", "es", "hate", "flag"),
    ("Pues los putos mexicanos deberían darles vergüenza.", "es", "hate", "flag"),
    ("Y los putos mexicanos deberían darles vergüenza.", "es", "hate", "flag"),
    ("Los putos mexicanos, deberían darles vergüenza.", "es", "hate", "flag"),
    ("La neta, los putos chinos, deberían darles vergüenza.", "es", "hate", "flag"),
    ("Neta, los putos nazis de la marcha deberían darles vergüenza.", "es", "hate", "approve"),
    # 3. every name joined to the body a body, no people named anywhere
    ("Fuck the government and the Jews.", "en", "profanity", "flag"),
    ("Fuck the police and all the blacks in this city.", "en", "profanity", "flag"),
    ("Fuck the IRS and the illegals.", "en", "profanity", "flag"),
    ("Chingue a su madre la policía y todos los indios.", "es", "profanity", "flag"),
    ("Fuck the police and their families.", "en", "profanity", "flag"),
    # a party is a body since the fifty-second session: "the Republicans" joined is no people
    ("Fuck the government and the Republicans.", "en", "profanity", "approve"),
    ("Fuck the FBI and the Mexicans.", "en", "profanity", "flag"),
    ("Fuck the police for what they did to the Muslims.", "en", "profanity", "flag"),
    ("Fuck the government and the border patrol.", "en", "profanity", "approve"),
    ("Chingue a su madre la policía y el gobierno.", "es", "profanity", "approve"),
    # ... a judge is a person, as the refs: one unit or two, the same hold
    ("Fuck the judge", "en", "profanity", "flag"),
    ("Fuck the judges", "en", "profanity", "flag"),
    ("Fuck the courts.", "en", "profanity", "approve"),
    # 4. more said of the person after the teased name: no teasing
    ("Thanks, you crazy Jew, always counting your money.", "en", "hate", "flag"),
    ("Love you, you crazy Muslim, don't blow up the party.", "en", "hate", "flag"),
    ("Thanks for the ride, you crazy Jew, now give me my money back.", "en", "hate", "flag"),
    ("Happy birthday, you crazy Mexican, hope ICE gets you.", "en", "hate", "flag"),
    ("Love you, you crazy Jew, stop being so cheap with the tips.", "en", "hate", "flag"),
    ("Happy birthday, you crazy Mexican, love you!", "en", "hate", "approve"),
    ("Thanks for the ride, you crazy Colombian, see you Saturday!", "en", "hate", "approve"),
    ("Feliz cumpleaños, mexicano loco, te quiero!", "es", "hate", "approve"),
    # 5. no one addressed: a person talked of, no friend greeted
    ("Congrats, another crazy Muslim shot up a school.", "en", "hate", "flag"),
    ("Merry Christmas to all except the crazy Muslim next door.", "en", "hate", "flag"),
    ("Happy new year, except that crazy Mexican on the corner.", "en", "hate", "flag"),
    # 6. a bare good wish is no fondness before a colour called
    ("Merry Christmas, you filthy black.", "en", "hate", "flag"),
    ("Have a good day, you stupid black.", "en", "hate", "flag"),
    ("Cheers, you dumb black.", "en", "hate", "flag"),
    ("Salud, you stupid black.", "en", "hate", "flag"),
    ("Happy holidays, you dirty white.", "en", "hate", "flag"),
    ("Love you, you crazy Brazilian!", "en", "hate", "approve"),
    # 7. the writer's own wish to treat them "like": no way of talking reported
    ("We should treat migrants like they're vermin.", "en", "hate", "flag"),
    ("Treat them like they're rats, that's what they are.", "en", "hate", "flag"),
    ("I say we treat refugees like they're cockroaches.", "en", "hate", "flag"),
    ("I hate how the news talks about migrants like they're vermin.", "en", "hate", "approve"),
    # 8. "repetir que" the writer's own unless the infinitive is the subject
    ("Voy a repetir que los mexicanos son flojos.", "es", "hate", "flag"),
    ("No me canso de repetir que los gitanos son ladrones.", "es", "hate", "flag"),
    ("Quiero repetir hoy que los gitanos son ladrones.", "es", "hate", "flag"),
    ("Los políticos repiten que los mexicanos son flojos, y es mentira.", "es", "hate", "approve"),
    # 9. "así nos decimos" only of the writer's friend, in the slur's sentence
    ("El marica del vecino se mudó jaja, así nos decimos con mis amigos.", "es", "hate", "flag"),
    ("Ese maricón del tercer piso, así nos decimos jaja.", "es", "hate", "flag"),
    ("El marica de mi amigo me dejó plantado. Así nos decimos en Bogotá.", "es", "hate", "flag"),
    ("Mi amigo el marica llegó tarde otra vez, así nos decimos jaja.", "es", "hate", "approve"),
    # 10. praise of an event or a thing, not a way of doing nor the friend's looks
    ("Cabrón. Qué buena manera de arruinar la fiesta.", "es", "troll", "flag"),
    ("Cabrón. Qué bonito te ves callado.", "es", "troll", "flag"),
    ("Cabrón. Qué buena forma de cagarla.", "es", "troll", "flag"),
    ("Cabrón, qué buena carne asada.", "es", "troll", "approve"),
    # 11. "come here and get welfare" is the trope; "get welfare and we pay" a complaint
    ("Mexicans come here and get welfare checks.", "en", "hate", "flag"),
    ("Immigrants come over here just to collect welfare.", "en", "hate", "flag"),
    ("Mexicans come here and get jobs nobody else wants.", "en", "hate", "approve"),
    # 12. the writer ashamed of the people is still the swear on them
    ("Los putos mexicanos me dan vergüenza", "es", "hate", "flag"),
    ("Los putos mexicanos deberían darles pena.", "es", "hate", "flag"),
    ("Los putos nazis de la marcha deberían darles pena.", "es", "hate", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), MENDED)
def test_review_findings_mended(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Los pinches argentinos del Boca deberían darles vergüenza, qué partido tan malo.",
        "Los putos musulmanes del ISIS deberían darles vergüenza.",
    ],
)
def test_people_narrowed_to_a_body_never_rejected(text: str) -> None:
    """Finding 1 asks for at most a hold: the whole verdict, rules and models, never rejects."""
    assert str(screen(Submission(text=text, lang="es")).action) != "reject", text


@pytest.mark.parametrize(
    ("text", "shame"),
    [
        ("Los putos mexicanos deberían darles pena.", "pena"),
        ("Los putos mexicanos deberían darles asco.", "asco"),
        ("Los putos mexicanos deberían darles vergüenza.", "verguenza"),
    ],
)
def test_shame_forms_fall_on_the_subject(text: str, shame: str) -> None:
    """Finding 12: "pena" and "asco" close the clause as "vergüenza" does."""
    an = analyse(text, "es")
    k = next(u.index for u in an.units if u.text == shame)
    g = next(u.index for u in an.units if u.code == "G")
    assert shame_on_the_subject(an, k, g - 1, g)


def test_warm_comment_kept_per_analysis() -> None:
    """Finding 14: the warm reading is kept on each analysis, never shared between two."""
    warm = analyse("Happy birthday, you crazy Mexican!", "en")
    cold = analyse("Happy birthday, you crazy Mexican, now go back.", "en")
    assert _warm_comment(warm) and not _warm_comment(cold) and _warm_comment(warm)
    assert "fondness.warm_comment" in warm.memo and "fondness.warm_comment" in cold.memo
