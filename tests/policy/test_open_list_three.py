"""The third open list of misses and over-blocks, fixed by shape, with the near misses that must
keep their verdict. Hate: hatred as the subject of a verdict of approval ("Odiar a los X es lo
más natural del mundo", "Despising X is perfectly normal"); a group word as the vocative of an
order of dismissal ("Cállate, judío", "Shut up, jew"); a group's homes located beside a weapon
("Tengo un arma y sé dónde viven los X"). Troll: a call to kill a person is a threat though
"a season of budget cuts" is named. Libel: a claim vouched for by "like I said", "como ya dije";
a name after a whole locative ("En la colonia Chona es una ladrona"). Passed: a clown hired for
a party, a public body or a force judged after it is named ("La policía no hizo nada. Son unas
ratas."), a denial of belonging bound to a legal step ("unless they naturalize"), and a reaction
verb whose clause is what angers ("Lo que me molesta de los X es que los discriminen").
Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action, held_elsewhere

_ORDER_HELD = held_elsewhere("troll.flame_bait holds the rude order itself; hate passes it")

CASES = [
    # (text, lang, category, expected)
    # Hatred held natural, normal or justified is the writer's ...
    ("Odiar a los judíos es lo más natural del mundo", "es", "hate", "flag"),
    ("Odiar a los gitanos es normal", "es", "hate", "flag"),
    ("Odiar a los migrantes es sano", "es", "hate", "flag"),
    ("Odiar a los musulmanes es lo más lógico", "es", "hate", "flag"),
    ("Odiar a los gitanos está justificado", "es", "hate", "flag"),
    ("Despreciar a los indígenas es lo correcto", "es", "hate", "flag"),
    ("Hating Jews is only natural", "en", "hate", "flag"),
    ("Despising Muslims is perfectly normal", "en", "hate", "flag"),
    ("Hating immigrants is justified", "en", "hate", "flag"),
    # ... not hatred condemned, asked about, reported, or of a thing or a hateful movement
    ("Odiar a los judíos es lo peor del mundo", "es", "hate", "approve"),
    ("Hating Jews is wrong", "en", "hate", "approve"),
    ("¿Odiar a los migrantes es normal?", "es", "hate", "approve"),
    ("Dicen que odiar a los migrantes es normal. Qué asco.", "es", "hate", "approve"),
    ("Odiar los lunes es lo más natural del mundo", "es", "hate", "approve"),
    ("Hating mondays is only natural", "en", "hate", "approve"),
    ("Odiar a los racistas es sano", "es", "hate", "approve"),
    ("Hating Nazis is only natural", "en", "hate", "approve"),
    ("Odiar a los gitanos no es normal", "es", "hate", "approve"),
    ("Odiar a los judíos no es sano", "es", "hate", "approve"),
    ("Los gitanos no son normales", "es", "hate", "flag"),
    # A group word as the vocative of an order of dismissal ...
    ("Cállate, judío", "es", "hate", "flag"),
    ("Cállate judío", "es", "hate", "flag"),
    ("Calla, gitano", "es", "hate", "flag"),
    ("Judío, cállate", "es", "hate", "flag"),
    ("Cállense, judíos", "es", "hate", "flag"),
    ("Lárgate ya, gitano, nadie te quiere aquí", "es", "hate", "flag"),
    ("Shut up, jew", "en", "hate", "flag"),
    ("Shut up jew, nobody asked", "en", "hate", "flag"),
    ("Get lost, Muslim", "en", "hate", "flag"),
    ("Go back home, Mexican", "en", "hate", "flag"),
    # ... not a name, a group spoken of, a quotation reported, or a friend teased
    pytest.param("Cállate, Juan", "es", "hate", "approve", marks=_ORDER_HELD),
    pytest.param("Shut up, I am a Jew and I know this", "en", "hate", "approve", marks=_ORDER_HELD),
    ("Get out, Muslims are coming to the party too", "en", "hate", "approve"),
    pytest.param("Cállate y escucha a los gitanos", "es", "hate", "approve", marks=_ORDER_HELD),
    ("Women, get out there and win!", "en", "hate", "approve"),
    ("Women, shut up and dance!", "en", "hate", "approve"),
    ('He told me "shut up, jew" and I reported him', "en", "hate", "approve"),
    ('Me gritó "cállate, judío" en el metro y nadie hizo nada', "es", "hate", "approve"),
    pytest.param(
        "Cállate, negra, me haces reír jajaja", "es", "hate", "approve", marks=_ORDER_HELD
    ),
    # A group's homes located beside a weapon or a warning ...
    ("Tengo un arma y sé dónde viven los judíos", "es", "hate", "flag"),
    ("Tengo una pistola y sé dónde viven los migrantes", "es", "hate", "flag"),
    ("Ya sé dónde viven los gitanos y tengo gasolina", "es", "hate", "flag"),
    ("I have a gun and I know where the Muslims live", "en", "hate", "flag"),
    ("I own a rifle and I know where those immigrants live", "en", "hate", "flag"),
    ("We know where the Jews live. Soon enough.", "en", "hate", "flag"),
    # ... not a visit with food, a volunteer's help, a deer, or a threat reported
    ("Sé dónde viven los migrantes, les llevo comida cada semana", "es", "hate", "approve"),
    ("Sé dónde viven los migrantes, les llevo comida cada semana", "es", "troll", "approve"),
    ("I know where the refugees live, I volunteer there", "en", "hate", "approve"),
    ("I have a gun for hunting and I know where the best deer live", "en", "hate", "approve"),
    (
        'Someone posted "I have a gun and I know where the Muslims live". Reported.',
        "en",
        "hate",
        "approve",
    ),
    # A call to kill a person, beside a stretch of time called a season ...
    (
        "Someone should kill the mayor already, this season of budget cuts is dragging",
        "en",
        "troll",
        "reject",
    ),
    (
        "Somebody needs to kill the governor, this season of layoffs is endless",
        "en",
        "troll",
        "reject",
    ),
    (
        "Alguien debería matar al alcalde ya, esta temporada de recortes es eterna",
        "es",
        "troll",
        "reject",
    ),
    # ... not a character in a show's season
    (
        "Someone should kill the mayor already, this season of the show is dragging",
        "en",
        "troll",
        "approve",
    ),
    (
        "They should kill the mayor in the next episode, this season is dragging",
        "en",
        "troll",
        "approve",
    ),
    # Libel vouched for by the writer's earlier word, or after a whole locative ...
    ("Like I said, Voss takes bribes from the cartel", "en", "libel", "flag"),
    ("As I said before, Hart steals from the church fund", "en", "libel", "flag"),
    ("Como dije, Pedro roba dinero de la cooperativa", "es", "libel", "flag"),
    ("Como ya dije, Salinas cobra moches a los locatarios", "es", "libel", "flag"),
    ("En la colonia Chona es una ladrona y todos lo saben", "es", "libel", "flag"),
    ("En el barrio Rosa es una ladrona y todos lo saben", "es", "libel", "flag"),
    ("In our town Voss is a thief and everyone knows it", "en", "libel", "flag"),
    # ... not praise, the weather, a source named, or a place
    ("Like I said, the weather is nice", "en", "libel", "approve"),
    ("Like I said, Voss is a great coach", "en", "libel", "approve"),
    ("Like the paper said, Voss takes bribes from the cartel", "en", "libel", "approve"),
    ("En la colonia Chona es una señora muy querida", "es", "libel", "approve"),
    ("Vivo en la colonia Juárez y es una colonia tranquila", "es", "libel", "approve"),
    # A clown hired for a party or a show is the entertainer ...
    ("Mi hijo quiere un payasito en su fiesta", "es", "troll", "approve"),
    ("Contratamos un payaso para la fiesta de mi hija", "es", "troll", "approve"),
    ("Mi sobrina quiere un payasito para su cumpleaños", "es", "troll", "approve"),
    ("¿Alguien recomienda un payaso para fiesta infantil en Monterrey?", "es", "troll", "approve"),
    ("My son wants a clown at his party", "en", "troll", "approve"),
    ("We hired a clown for the birthday and the kids loved it", "en", "troll", "approve"),
    # ... not a reader called one, the thread called a circus, or a clown "de feria"
    ("Eres un payaso de circo, ni para fiestas sirves", "es", "troll", "flag"),
    ("You are a clown, go work a birthday party", "en", "troll", "flag"),
    ("What a clown, this thread is a circus", "en", "troll", "flag"),
    ("¡Qué payaso! Esto parece circo", "es", "troll", "flag"),
    ("jajaja mírenlo, @TigreSanLuis ya se enojó, payasito de feria", "es", "troll", "flag"),
    ("author = clown, comments = circus", "en", "troll", "flag"),
    # A public body or a force judged after it is named ...
    ("Los policías no hicieron nada. Ellos son unos inútiles.", "es", "troll", "approve"),
    ("Los diputados aprobaron la ley. Ellos son unos inútiles.", "es", "troll", "approve"),
    ("La policía no hizo nada. Son unas ratas.", "es", "troll", "approve"),
    ("Los funcionarios se robaron todo. Son unas ratas.", "es", "troll", "approve"),
    ("Los militares llegaron tarde otra vez. Son unos incompetentes.", "es", "troll", "approve"),
    ("The police did nothing. They're rats.", "en", "troll", "approve"),
    # ... not a reader, a people, or "they" with nobody named
    ("Ellos son unos inútiles", "es", "troll", "flag"),
    ("La policía no hizo nada. Ustedes son unas ratas por defenderla.", "es", "troll", "flag"),
    ("Los judíos no hicieron nada. Son unas ratas.", "es", "hate", "flag"),
    ("La policía detuvo a unos gitanos. Son unas ratas.", "es", "hate", "flag"),
    ("The police arrested some Mexicans. They are rats.", "en", "hate", "flag"),
    # A denial of belonging bound to a legal step states the law ...
    (
        "Mexicans will never be Americans in the eyes of the law unless they naturalize",
        "en",
        "hate",
        "approve",
    ),
    (
        "Immigrants will never be citizens unless they apply for naturalization",
        "en",
        "hate",
        "approve",
    ),
    ("Refugees will never be British until they take the oath", "en", "hate", "approve"),
    (
        "Los mexicanos nunca serán estadounidenses a menos que se naturalicen",
        "es",
        "hate",
        "approve",
    ),
    (
        "Los migrantes nunca serán españoles hasta que obtengan la nacionalidad",
        "es",
        "hate",
        "approve",
    ),
    # ... not a denial for ever, whatever the papers say
    ("Mexicans will never be Americans", "en", "hate", "flag"),
    ("Immigrants will never be British, no matter what", "en", "hate", "flag"),
    ("Mexicans will never be Americans, even with citizenship", "en", "hate", "flag"),
    ("Los mexicanos nunca serán españoles", "es", "hate", "flag"),
    ("Los migrantes nunca serán españoles aunque tengan papeles", "es", "hate", "flag"),
    # A reaction verb: the clause after it is what angers, not the group ...
    ("Lo que me molesta de los gitanos es que los discriminen", "es", "hate", "approve"),
    ("De los indígenas me indigna que los llamen flojos", "es", "hate", "approve"),
    ("De los migrantes me enoja que los traten así", "es", "hate", "approve"),
    ("Me molesta que a los migrantes los traten como basura", "es", "hate", "approve"),
    # ... not the group as what bothers, or the group called the word
    ("Me molestan los gitanos", "es", "hate", "flag"),
    ("Qué molestos los gitanos", "es", "hate", "flag"),
    ("Me indigna que los indígenas sean tan flojos", "es", "hate", "flag"),
    ("Lo que me molesta de los gitanos es que roben", "es", "hate", "flag"),
    ("De los gitanos me molesta que sean tan sucios", "es", "hate", "flag"),
    ("De los migrantes me molesta que no trabajen", "es", "hate", "flag"),
    ("De los migrantes me molesta que les roben el salario", "es", "hate", "approve"),
    ("De los judíos me indigna que los insulten", "es", "hate", "approve"),
    (
        "De los migrantes me molesta que la policía sea tan violenta con ellos",
        "es",
        "hate",
        "approve",
    ),
    (
        "Lo que me molesta de los políticos gringos es que hablan de México como si fuera un solo "
        "lugar peligroso.",
        "es",
        "hate",
        "approve",
    ),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_open_list_three(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
