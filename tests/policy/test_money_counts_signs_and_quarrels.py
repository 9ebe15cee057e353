"""The sixtieth session's readings, hand-written, English and Spanish: Jewish money said to
decide things, a grievance said to be a Jewish invention for a purpose, the six million said
never to have been the count; a people written equal to vermin or a disaster with "="; a
people denied its humanity, then called monkeys ("no son gente, son changos"), named by its
country after "del"; a people sent to the jungle, a town better "when it was white", a proverb
of thieves, "not saying all X are criminals, just the ones here", fewer X and more decent
people, the third world imported, peoples unfit for civilisation; a writer inside one group
speaking of another; a dead person's identity used; an unread article called garbage. Near
misses that must pass beside each: a Spanish six million in pesos or votes, a grandmother's
count, an invention for fun, "=" between policies, "live off welfare" and a quarrel denied, a
cold that is "cabrón" (not a woman called Lluvia), a writer glad of the town's change, another
paper's article, a writer's own "stop commenting", a round-up of kids for a team photo."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # Tropes: money that decides, an invention with a purpose, a count denied ...
    ("Jewish money picks which candidates the papers like, it always has.", "en", "hate", "flag"),
    ("El dinero judío decide qué obras salen en las noticias.", "es", "hate", "flag"),
    (
        "The Jews made up 'white privilege' so that we would feel guilty while they take it all.",
        "en",
        "hate",
        "flag",
    ),
    ("Los judíos inventaron la palabra 'odio' para dividirnos.", "es", "hate", "flag"),
    ("The toll was never six million, look it up yourself.", "en", "hate", "flag"),
    ("Del holocausto solo digo esto: nunca fueron seis millones.", "es", "hate", "flag"),
    ("Deportaciones de Obama: nunca fueron seis millones, fueron tres.", "es", "hate", "approve"),
    # ... and their look-alikes.
    ("El puente no fueron seis millones de pesos, fueron nueve.", "es", "hate", "approve"),
    ("Los votos del PRI nunca fueron seis millones en ese estado.", "es", "hate", "approve"),
    (
        "For my grandfather the count was never six million, it was his four sisters by name.",
        "en",
        "hate",
        "approve",
    ),
    ("Saying Jewish money decides elections is an old antisemitic lie.", "en", "hate", "approve"),
    (
        "The Jews invented the bagel so that Sunday mornings would be better.",
        "en",
        "hate",
        "approve",
    ),
    # "=" read as the copula it stands for ...
    ("Haitians = rats. Simple as that.", "en", "hate", "flag"),
    ("Mujeres al volante = desastre.", "es", "hate", "flag"),
    # ... but not between policies.
    ("More tariffs = higher prices at the Walmart.", "en", "hate", "approve"),
    ("Deportaciones masivas = desastre para las huertas.", "es", "hate", "approve"),
    # A people named by its country after "del", denied its humanity ...
    ("Los del Congo no son personas, son animales.", "es", "hate", "flag"),
    ("La gente del Congo son changos.", "es", "hate", "flag"),
    # ... and not a people praised by the same shape.
    ("La gente de Somalia no es gente floja, son trabajadores.", "es", "hate", "approve"),
    # Coded shapes ...
    ("Maya people belong in a zoo, not in the plaza.", "en", "hate", "flag"),
    ("This county was safer when it was white.", "en", "hate", "flag"),
    ("Hondureño que ves, ladrón que tienes.", "es", "hate", "flag"),
    (
        "I'm not saying all Somalis are thieves, just that the ones at the plant clearly are.",
        "en",
        "hate",
        "flag",
    ),
    ("Necesitamos menos haitianos y más gente de bien en la colonia.", "es", "hate", "flag"),
    (
        "The packing plant has been importing the third world for twenty years.",
        "en",
        "hate",
        "flag",
    ),
    ("No Somalis, no Haitians. Keep the town ours.", "en", "hate", "flag"),
    ("Hay razas que no están hechas para la civilización.", "es", "hate", "flag"),
    # ... and their look-alikes.
    ("Jaguars belong in the jungle, not in a hotel lobby.", "en", "hate", "approve"),
    ("The fence was nicer when it was white, now it's peeling.", "en", "hate", "approve"),
    ("Mexicano que ves, compadre que tienes.", "es", "hate", "approve"),
    (
        "I'm not saying all Somalis are saints, just that the ones at the plant are my friends.",
        "en",
        "hate",
        "approve",
    ),
    ("We import third-world wages and first-world rents.", "en", "hate", "approve"),
    ("No somos ni negros ni indios, somos de aquí y ya.", "es", "hate", "approve"),
    # A writer inside one group speaking of another ...
    (
        "I'm Mexican myself, so spare me. The Haitian refugees they bus in come for the handouts.",
        "en",
        "hate",
        "flag",
    ),
    # ... and one speaking of their own from inside.
    ("As a gay man I can confirm the gay agenda is mostly brunch.", "en", "hate", "approve"),
    # Denials of a stereotype, a quarrel refused, a town's change welcomed.
    (
        "Los hondureños no vinieron a vivir del welfare, vinieron a trabajar.",
        "es",
        "hate",
        "approve",
    ),
    ("Somalis did not come to live off welfare.", "en", "hate", "approve"),
    ("No queremos pleito con los menonitas, queremos agua limpia.", "es", "hate", "approve"),
    (
        "Ya no reconozco mi barrio: hay tianguis africano y misa en mam. Algunos se quejan, yo "
        "no. Me da gusto.",
        "es",
        "hate",
        "approve",
    ),
    # A round-up that gathers people for something, and one that is a round-up.
    ("Round up the refugee kids for the team photo after Mass.", "en", "hate", "approve"),
    ("Round up the migrant shelter volunteers, we need them by six.", "en", "hate", "approve"),
    ("Round up the migrants for the buses south and be done with it.", "en", "hate", "flag"),
    # An identity taken from the dead, told as fact or reported.
    (
        "Reminder: Tomasa Leyva used a dead woman's social security number to get hired.",
        "en",
        "libel",
        "flag",
    ),
    ("Dicen los vecinos que Ruperto Gil usó la identidad de un difunto.", "es", "libel", "flag"),
    (
        "The indictment says Ray Dolan used a dead man's identity for the loan.",
        "en",
        "libel",
        "approve",
    ),
    # The reviews' look-alikes: the Maya train, money managers, counts of migrants and pesos,
    # a car that was white, Catholics, imported coffee, a praise of players, a lawyer who
    # borrows the diocese's name.
    ("Tren Maya = desastre ecológico para los cenotes.", "es", "hate", "approve"),
    ("A Jewish money manager picks the stocks for the pension fund.", "en", "hate", "approve"),
    ("The number was never 6 million migrants; CBP counts encounters.", "en", "hate", "approve"),
    ("¿Cuánto costó el puente? No fueron seis millones.", "es", "hate", "approve"),
    ("Mi coche estaba mejor cuando era blanco.", "es", "hate", "approve"),
    (
        "I'm not saying all Mexicans are Catholic, just that most of them are.",
        "en",
        "hate",
        "approve",
    ),
    ("We import the third world's coffee and call it artisanal.", "en", "hate", "approve"),
    ("Los del Congo son unos animales para el fútbol, no paran.", "es", "hate", "approve"),
    ("No queremos pleitos con los hondureños, los queremos fuera.", "es", "hate", "flag"),
    (
        "Los haitianos no quieren vivir de su trabajo, quieren vivir del gobierno.",
        "es",
        "hate",
        "flag",
    ),
    ("As a Jew I can tell you the Muslims are out-breeding us.", "en", "hate", "flag"),
    (
        "Ya no reconozco mi barrio con tanto haitiano. Dicen que es para bien; para mí no.",
        "es",
        "hate",
        "flag",
    ),
    (
        "Asesoría migratoria con abogado de la diócesis, consulta rápida, marque al 555-0120.",
        "es",
        "spam",
        "flag",
    ),
    ("Mr. Mayor, stop posting and fix the water main you promised.", "en", "troll", "approve"),
    # The second reviews' look-alikes and leaks: a round-up for the camps, a quarrel refused
    # before a death wish, a school painted white, those who commit crimes, towns unfit for
    # the city's life, a policy "=" a disaster, guilt as a joke.
    ("Round up the Somalis for the showers.", "en", "hate", "flag"),
    ("No queremos pleito con los hondureños, queremos que se mueran.", "es", "hate", "flag"),
    (
        "We don't want any trouble with the Mennonites, we just want clean water.",
        "en",
        "hate",
        "approve",
    ),
    ("The school was nicer when it was white; now it's painted orange.", "en", "hate", "approve"),
    (
        "I'm not saying all immigrants are criminals, only that those who commit crimes are.",
        "en",
        "hate",
        "approve",
    ),
    (
        "Muchos pueblos chicos no se adaptan a la vida civilizada de la ciudad.",
        "es",
        "hate",
        "approve",
    ),
    ("Cutting funds for refugees = disaster for the town's economy.", "en", "hate", "approve"),
    ("Jews invented guilt, Catholics perfected it. Signed, a Catholic.", "en", "hate", "approve"),
    # A cold that is rough, and a woman called Lluvia.
    ("Lluvia cabrona, deja de inventar cosas del alcalde.", "es", "troll", "flag"),
    ("Llegó el frío cabrón de enero, abríguense.", "es", "troll", "approve"),
    # Flame bait: an unread article called garbage by the writer ...
    ("Didn't even read the article, but I know it's garbage.", "en", "troll", "flag"),
    ("Ni leí la nota y ya sé que es pura basura.", "es", "troll", "flag"),
    # ... but not another paper's article, nor a mailer, nor the writer's own "stop".
    (
        "No leí la nota de Milenio, pero sé que es basura; aquí sí informan bien.",
        "es",
        "troll",
        "approve",
    ),
    ("The campaign mailer? Didn't read it, but I know it's garbage.", "en", "troll", "approve"),
    (
        "I should stop commenting and go to bed, you all have a good night.",
        "en",
        "troll",
        "approve",
    ),
    ("I didn't read the article but I know the council vote is Tuesday.", "en", "troll", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_money_counts_signs_and_quarrels(
    text: str, lang: str, category: str, expected: str
) -> None:
    assert_category_action(text, expected, category, lang)
