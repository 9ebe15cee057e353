"""Harmless comments the rules used to hold, thirteenth round, with the near misses that must
still be caught. Libel: a verb of killing or stealing whose object is a performance, a bill, a
plant or a recruit is no crime ("the author killed it"); the writer doing it is no accusation;
a place ("in Casa Grande") or a public body ("Cuervo Springs PD", "the sheriff's office") is
no person; an offence a case was classified under, or counted in a statistic, is said of no
one; a plot retold is fiction. Trolling: a partisan nickname for a side of politics, and
people placed outside the thread ("los prianistas de Twitter"), are no commenters, unless the
comment points at the thread, speaks to someone or jeers at tears; words aimed at a group
("los chistes sobre los X son asquerosos") or an exclamation about a thing ("qué estereotipo
tan viejo") judge no reader. Hate: a subject that is blame or words aimed at a group ("blaming
X for ... is lazy"), an exclamation about a stereotype, a question after a group's hardship
("why do so many X end up sleeping in their cars?") and a hint that officials scapegoat a
group are not said of the group. Counter-speech: agreeing with someone who condemned a slur
agrees with the condemnation; "infesting is what roaches do" says the roaches' nature; a joke
or a word about a group, judged false or unfunny, is mentioned, not used. An act whose own
subject is plural and common ("the cartels ..., they launder it") accuses no one person.
Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # Killing or stealing a performance, a bill, a plant or a recruit is no crime ...
    ("The columnist killed it with this one, best piece all year.", "en", "libel", "approve"),
    ("Councilwoman Reyes killed the parking bill in committee.", "en", "libel", "approve"),
    ("Ms. Haddad killed it at the talent night, the whole gym stood up.", "en", "libel", "approve"),
    ("Don Beto, you've killed four lemon trees this year. Try cactus.", "en", "libel", "approve"),
    ("Mrs. Olsen stole the show at the spelling bee.", "en", "libel", "approve"),
    ("Valley High stole two of our best coaches last spring.", "en", "libel", "approve"),
    ("La maestra Ibarra se robó el show en la kermés.", "es", "libel", "approve"),
    ("El profe Salas se robó las miradas con ese baile.", "es", "libel", "approve"),
    ("Doña Chela, le voy a robar la receta de sus tamales.", "es", "libel", "approve"),
    # ... but killing or stealing from people, or their money or goods, is still a claim.
    ("Councilwoman Reyes killed a cyclist and drove away.", "en", "libel", "flag"),
    ("Mrs. Olsen stole the bake sale money.", "en", "libel", "flag"),
    ("Coach Barnes stole two of the school's trucks.", "en", "libel", "flag"),
    ("La maestra Ibarra se robó el dinero de la cooperativa.", "es", "libel", "flag"),
    ("El profe Salas se robó tres computadoras de la escuela.", "es", "libel", "flag"),
    # A place or a public body is no person ...
    (
        "Mesa Verde PD shot a teenager in March and nobody was disciplined.",
        "en",
        "libel",
        "approve",
    ),
    (
        "The sheriff's office beat a man in custody and the county paid him off.",
        "en",
        "libel",
        "approve",
    ),
    pytest.param(
        "La oficina del alcalde se quedó con el dinero de las despensas.",
        "es",
        "libel",
        "approve",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the blog model's short reading (from the seventeenth "
            "session) holds it as libel at p(flag) 0.99 (short cut 0.95); the rules approve",
        ),
    ),
    (
        "The attack on the cook in Palo Alto Flats was filed as a robbery. Why?",
        "en",
        "libel",
        "approve",
    ),
    (
        "El ataque al cocinero en Villa Juárez se clasificó como robo. ¿Por qué?",
        "es",
        "libel",
        "approve",
    ),
    # ... but the officer or the officeholder named is still accused.
    ("Officer Dale Pruett shot an unarmed teenager in March.", "en", "libel", "flag"),
    ("The sheriff beat a man in custody and the county paid him off.", "en", "libel", "flag"),
    (
        "Sheriff Molina's deputies beat a man and Molina ordered the cover-up.",
        "en",
        "libel",
        "flag",
    ),
    ("El alcalde Treviño se quedó con el dinero de las despensas.", "es", "libel", "flag"),
    # A count of offences is a statistic ...
    ("County figures: 22 aggravated assaults last year, down from 31.", "en", "libel", "approve"),
    (
        "Datos del municipio: 40 robos en la colonia este año, dijo el alcalde Gil.",
        "es",
        "libel",
        "approve",
    ),
    # ... but a person said to have done them is not.
    ("Judge Farrow committed 3 assaults before he was appointed.", "en", "libel", "flag"),
    # A plot retold is fiction.
    (
        "En la novela de anoche, Don Aurelio mandó matar a su socio. ¡Qué capítulo!",
        "es",
        "libel",
        "approve",
    ),
    ("Spoilers: in the last episode Captain Rourke killed his brother.", "en", "libel", "approve"),
    # A partisan nickname for a side of politics, with no reader in the comment, is politics ...
    ("Chairos y fachas por fin de acuerdo: el agua sale carísima.", "es", "troll", "approve"),
    ("Los chairos y los fachas discuten y el gobernador tan tranquilo.", "es", "troll", "approve"),
    ("Los chairos son unos exagerados con lo del aeropuerto.", "es", "troll", "approve"),
    pytest.param(
        "Snowflakes and boomers finally agree: the bus fare is a joke.",
        "en",
        "troll",
        "approve",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the blog model's short reading (from the seventeenth "
            "session) holds it as troll at p(flag) 0.95 (short cut 0.95); the rules approve",
        ),
    ),
    # ... but thrown at the thread, at someone, or jeering at tears, it is an attack.
    ("Ya llegaron los chairos a llorar, jajaja.", "es", "troll", "flag"),
    ("Los chairos de este blog son unos exagerados.", "es", "troll", "flag"),
    ("Chairos, son unos exagerados.", "es", "troll", "flag"),
    ("Ustedes los fachas son unos exagerados.", "es", "troll", "flag"),
    ("Snowflakes, you are clowns.", "en", "troll", "flag"),
    # People placed outside the thread are no commenters ...
    ("Los panistas de Twitter hoy están insoportables, jaja", "es", "troll", "approve"),
    ("Los morenistas de la tele andan bien pesados esta semana.", "es", "troll", "approve"),
    ("The Dem guys on cable news are unbearable tonight, lol", "en", "troll", "approve"),
    # ... but the ones here are.
    ("Los panistas de aquí hoy están insoportables.", "es", "troll", "flag"),
    ("The commenters here are idiots tonight.", "en", "troll", "flag"),
    # Words aimed at a group, or a stereotype, judged in an exclamation, insult no reader ...
    (
        "Los chistes sobre los gitanos en el grupo del cole son asquerosos.",
        "es",
        "troll",
        "approve",
    ),
    ("Las mujeres sí saben manejar, qué estereotipo tan viejo.", "es", "troll", "approve"),
    ("Las mujeres sí saben manejar, qué estereotipo tan viejo.", "es", "hate", "approve"),
    ("Los migrantes sí trabajan, qué prejuicio tan flojo.", "es", "hate", "approve"),
    # ... but said of the reader's words, to the reader, or of people, they do.
    ("Qué comentario tan pendejo, Lupita.", "es", "troll", "flag"),
    ("Qué comentario tan menso, el tuyo.", "es", "troll", "flag"),
    ("Los chistes de ustedes sobre los gitanos son asquerosos.", "es", "troll", "flag"),
    ("Las mujeres son flojas.", "es", "hate", "flag"),
    # Blame or words aimed at a group, as the subject, are what the predicate judges ...
    ("Blaming refugees for the rent hikes is lazy and false.", "en", "hate", "approve"),
    ("Scapegoating Muslims for the plant closing is disgusting.", "en", "hate", "approve"),
    (
        "Los insultos contra la comunidad china después del partido fueron asquerosos.",
        "es",
        "hate",
        "approve",
    ),
    # ... but the group as the subject is still judged.
    ("Refugees are lazy and false.", "en", "hate", "flag"),
    ("La comunidad china es asquerosa.", "es", "hate", "flag"),
    # A question after a group's hardship asks about their conditions ...
    (
        "Why do so many Haitian families end up sleeping in their cars here?",
        "en",
        "hate",
        "approve",
    ),
    (
        "Why are so many Navajo families always stuck without running water?",
        "en",
        "hate",
        "approve",
    ),
    (
        "¿Por qué tantos migrantes terminan viviendo en cuartos sin agua ni luz?",
        "es",
        "hate",
        "approve",
    ),
    # ... but one after crime, welfare or a fault is loaded.
    ("Why do so many Haitians end up on welfare?", "en", "hate", "flag"),
    ("Why do so many Mexicans end up in prison?", "en", "hate", "flag"),
    ("¿Por qué los gitanos siempre terminan viviendo de las ayudas?", "es", "hate", "flag"),
    # A hint that officials scapegoat a group is counter-speech ...
    (
        "¿Por qué será que en cada elección los candidatos culpan a los migrantes de todo?",
        "es",
        "hate",
        "approve",
    ),
    (
        "Funny how every campaign season the politicians blame immigrants for the potholes.",
        "en",
        "hate",
        "approve",
    ),
    # ... a hint at the group itself is not.
    ("¿Por qué será que los migrantes siempre andan metidos en problemas?", "es", "hate", "flag"),
    ("Funny how every time the Haitians move in, crime goes up.", "en", "hate", "flag"),
    # Agreeing with someone who condemned a slur agrees with the condemnation ...
    (
        'El padre contó que alguien les gritó "indios apestosos" a unas señoras otomíes en el '
        "tianguis. Dijo que eso es pecado, y tiene razón.",
        "es",
        "hate",
        "approve",
    ),
    (
        'La maestra dijo que llamar "cerdos" a los gitanos es racismo, y tiene toda la razón.',
        "es",
        "hate",
        "approve",
    ),
    # ... agreeing with the slur is still hate.
    ("Los indios son apestosos, tienes razón.", "es", "hate", "flag"),
    # "Infesting is what roaches do": their nature, not a people's ...
    (
        'El regidor dijo que la colonia está "infestada" de migrantes. Infestar es lo que hacen '
        "las plagas. Decirlo de personas tiene una historia horrible.",
        "es",
        "hate",
        "approve",
    ),
    # ... "stealing is what the X do" is still the group's.
    ("Los migrantes roban. Eso es lo que hacen los migrantes.", "es", "hate", "flag"),
    # A joke or a word about a group, judged unfunny or false, is mentioned ...
    (
        "That joke about the migrant horde is not funny. A shooter used that exact word.",
        "en",
        "hate",
        "approve",
    ),
    ('El chiste de la "horda" de migrantes no es gracioso. Ya basta.', "es", "hate", "approve"),
    # ... told with approval, or said outright, it is used.
    ("That joke about the migrant horde is hilarious.", "en", "hate", "flag"),
    ("The migrant horde is not welcome here.", "en", "hate", "flag"),
    # An act whose subject is plural and common accuses no one person ...
    (
        "Taxing remittances misses the point. The cartels don't use Western Union, they "
        "launder it through trade invoices.",
        "en",
        "libel",
        "approve",
    ),
    (
        "Gravar las remesas no sirve. Los cárteles no usan Western Union. Los coyotes lavan "
        "con facturas falsas en Laredo.",
        "es",
        "libel",
        "approve",
    ),
    # ... but with a named person in its clause it still does.
    ("Mayor Ruiz and his brothers launder money for the cartel.", "en", "libel", "flag"),
    ("El alcalde Ruiz y sus hermanos lavan dinero para el cártel.", "es", "libel", "flag"),
    ("Quintanilla takes bribes from the tow yards, ask anyone.", "en", "libel", "flag"),
    (
        "The clinic manager, Dora Pike, sells the early slots. Patients pay her under the table.",
        "en",
        "libel",
        "flag",
    ),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_thirteenth(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
