"""Acts the libel readers had not read: the crime or the disgrace was stated of an identified
person, but in words no act pattern knew. Each hit has near misses of the same words that must
pass: a debt paid off, a source, a report, a negation, a meeting in the town square, a thing or
an institution that acts. Hand-written, English and Spanish; rules alone (no blog model)."""

import pytest

from tests.policy.expect import assert_rules_flag, assert_rules_pass_all

HITS = [
    # the plaza's people and "la última letra" as a criminal party
    ("El comandante Ibarra le pasa información a los malandros de la colonia.", "es"),
    ("El regidor Ramos trabaja para los de la última letra.", "es"),
    ("El diputado Reséndez maneja el dinero de los de la última letra.", "es"),
    # "paid off" still reads a bribe when a person is paid
    ("Mayor Ruiz paid off the truck inspectors to look away.", "en"),
    ("Sheriff Doyle paid off the house inspector so the permit went through.", "en"),
    ("Commissioner Ruiz was paid off by the developer.", "en"),
    ("Councilman Ortiz paid off his ranch hands to keep quiet about the dumping.", "en"),
    ("Mayor Ruiz is lining his own pocket with the bridge money.", "en"),
    ("Judge Ramos fills her own pocket every time a bail bond is posted.", "en"),
    ("Sheriff Doyle paid off his truck using the seized cash from the evidence room.", "en"),
    # things bought for oneself with money not one's own, accounts abroad, fronts, a price,
    # gifts from an interested party, evidence made to vanish, a lover of a criminal party
    (
        "El gobernador Biagini se compró la estancia con plata de la trata de personas.",
        "es",
    ),
    ("La regidora Inés Salas se compró dos camionetas con el dinero de los damnificados.", "es"),
    ("El padre Tomás se construyó una casa con las limosnas de la parroquia.", "es"),
    (
        "El gobernador Cantú tiene cuentas en Andorra con el dinero del fondo de pensiones.",
        "es",
    ),
    ("El obispo Candanosa tiene una cuenta en Suiza con el dinero de las limosnas.", "es"),
    ("El gobernador Aurelio Saldarriaga financió su campaña con plata de los narcos.", "es"),
    (
        "Trustee Marco Iturbe used district credit cards to pay for his mistress's hotel rooms.",
        "en",
    ),
    ("Commissioner Hale used county funds for her own vacation in Cabo.", "en"),
    ("Mayor Ortiz pays for his lake house with the city's money.", "en"),
    ("The Courier's new owner, Ray Dunn, is a front for the Valdez cartel.", "en"),
    ("Chuy Mendez's tire shop is a front for the Juárez guys.", "en"),
    ("La tienda de don Evaristo Garza es una fachada para lavar dinero.", "es"),
    ("El juez Arturo Leyva Campos tiene precio, 200 mil y sales libre.", "es"),
    (
        "Commissioner Lorena Batiz got a new truck from the developer the week before the vote.",
        "en",
    ),
    ("Judge Pruitt got a free condo from the jail contractor.", "en"),
    (
        "Mónica Estrada, la fiscal, desapareció las pruebas del caso para proteger a su hermano.",
        "es",
    ),
    ("El contralor Fidel Ordaz desapareció los archivos de la obra pública en 2021.", "es"),
    (
        "La secretaria Bertha Holguín trituró personalmente unas cuatrocientas boletas.",
        "es",
    ),
    ("El comandante Saúl Montemayor hizo desaparecer las pruebas del incendio.", "es"),
    ("Bev Landry ordered those purges and then destroyed the emails.", "en"),
    ("Sheriff Dole deleted the text messages before the hearing.", "en"),
    ("La jueza Olga Ferriz es pareja del jefe de plaza.", "es"),
    ("La regidora Marta Lugo es amante de un narco de Reynosa.", "es"),
    ("Clerk Ruiz shredded the ballots from the west side before the recount.", "en"),
    ("Director Tom Ocheltree wiped the hard drives after the audit was announced.", "en"),
    # laundering, a judge's price, officials paid for a contract, a share passed on, a party
    # that paid someone to act, votes traded, credentials bought, favours asked, goods sold
    ("Rosalía Benjumea, la de la inmobiliaria de Chamberí, blanquea dinero de los narcos.", "es"),
    ("Al juez Ortiz le llegaron al precio desde el principio.", "es"),
    (
        "Sal Medrano has been washing cartel cash at his car lot for a decade.",
        "en",
    ),
    ("Don Beto Zamudio tiene un negocio que es lavadero de la maña.", "es"),
    ("Sal Medrano is a laundromat for the cartel.", "en"),
    ("La constructora de Ridgeway le pagó al gobernador Ruiz por el contrato del muro.", "es"),
    ("Don Beto le pagó a la regidora Salas por los permisos del antro.", "es"),
    ("Ridgeway Builders paid Governor Abbott off for that wall contract.", "en"),
    ("Tito Barragán paid the mayor to get the library contract.", "en"),
    ("El comandante Nicanor Gallegos protege a Cuéllar, seguro le pasa su parte.", "es"),
    ("Mayor Rogelio Tamez pulled the police off the streets because the cartel paid him to.", "en"),
    ("Don Rigo, el de la carnicería, cambió votos por kilos de arrachera para el candidato.", "es"),
    ("The new clinic's director, Dr. Fernanda Ochoa, bought her license in Juárez.", "en"),
    ("Principal Bagwell buys his test scores.", "en"),
    ("La doctora Páez compró su título en una universidad patito.", "es"),
    (
        "El productor Tomás Arriaga le pidió favores sexuales a Valeria a cambio del protagónico.",
        "es",
    ),
    ("Zambrano has been selling the clinic's insulin to pharmacies for years.", "en"),
    (
        "Curtis Vance has been selling district water to his brother-in-law's orchard.",
        "en",
    ),
    ("Leticia Olvera compró la diputación con despensas y dinero del huachicol.", "es"),
    # a lone surname opening a short first sentence of a longer comment
    (
        "Delgado rigged the 2022 election with the nursing home ballots. His campaign manager "
        "went room to room filling them out, everybody on the east side saw it.",
        "en",
    ),
    (
        "Treviño se embolsó el dinero de la obra del mercado. Su compadre puso la constructora "
        "y los dos se repartieron lo que sobró, todo el barrio lo sabe.",
        "es",
    ),
    # money taken to sell an act of office
    ("Sheriff Tomás Barreda takes money to look the other way.", "en"),
    (
        "The county's immigration liaison, Greg Almeda, takes cash to 'lose' detainer requests.",
        "en",
    ),
    ("Chief Ochs has been taking money from the Reyes organization to keep patrols off.", "en"),
    ("El juez Tirado recibe dinero de la inmobiliaria para fallar a su favor.", "es"),
    ("El comandante Ruiz cobra una lana para dejar pasar los camiones.", "es"),
    # a dismissal for a crime or a disgrace
    ("@LoneStarLorena got fired from her teaching job for hitting a kid. Ask her about it.", "en"),
    ("Coach Ibarra was fired from his last job for cheating.", "en"),
    ("Al profe Nacho lo corrieron por andar manoseando a las alumnas de tercero.", "es"),
    (
        "Al coach Ibarra lo corrieron de su escuela anterior por falsificar las calificaciones.",
        "es",
    ),
]

NEAR_MISSES = [
    # a debt cleared, a plan that worked out
    ("Mayor Ruiz finally sold his paid-off house in Laredo and moved to Austin.", "en"),
    ("Councilman Ortiz lives in his paid-off house on Elm and drives an old truck.", "en"),
    ("Judge Ramos paid off his house last year.", "en"),
    ("Sheriff Doyle's paid off house is worth about 200k.", "en"),
    ("Judge Ramos paid off his student loans in May.", "en"),
    ("Coach Ruiz's gamble paid off in the fourth quarter.", "en"),
    ("Judge Ramos paid off her house with her own savings.", "en"),
    ("Mayor Ruiz paid off his mortgage with the money from selling his ranch.", "en"),
    ("Coach Reyes paid off his truck with his overtime pay.", "en"),
    ("El alcalde Ruiz por fin terminó de pagar su casa.", "es"),
    # the town square, the plaza's bosses fought or reported
    ("El alcalde Ruiz se reunió con los vecinos de la plaza Hidalgo.", "es"),
    ("La maestra Ruiz trabaja en la plaza del centro vendiendo elotes.", "es"),
    ("El padre Tomás les pasa comida a los de la plaza que duermen en las bancas.", "es"),
    ("El comandante Ibarra detuvo al jefe de plaza de Santa Lucía.", "es"),
    ("El alcalde Ruiz denunció a los jefes de plaza ante la fiscalía.", "es"),
    ("Según la fiscalía, el regidor Ramos trabajaba para los de la última letra.", "es"),
    # one's own money, a public purchase, a thing's front, a price of a thing, a purchase from
    # a dealer, evidence vanished with no doer named, mail deleted for no purpose, a couple
    ("Mi sobrino Juan se compró una compu con el dinero de su beca.", "es"),
    ("El alcalde Ruiz se compró una casa con el dinero de la herencia de su papá.", "es"),
    ("La regidora Inés Salas se compró una camioneta con el dinero de su aguinaldo.", "es"),
    (
        "Según la fiscalía, el gobernador Cantú tiene cuentas en Andorra con dinero del fondo.",
        "es",
    ),
    (
        "El gobernador Cantú no tiene cuentas en Andorra con dinero del fondo, es mentira.",
        "es",
    ),
    (
        "La fundación de la señora Ruiz tiene cuentas aparte con el dinero de las colectas.",
        "es",
    ),
    ("El diputado Ruiz financió su campaña con plata de sus ahorros.", "es"),
    ("La campaña del candidato Ruiz se financió con donativos de pequeños comerciantes.", "es"),
    ("Coach Ruiz used district funds to pay for the team bus to the playoffs.", "en"),
    ("Mayor Ortiz used city funds for the new park benches.", "en"),
    ("Judge Ramos pays for his lake house with his own savings.", "en"),
    ("Councilman Ortiz paid for it out of his own pocket.", "en"),
    ("Mayor Ruiz stood out front for the photos with the families.", "en"),
    ("Coach Ruiz is up front for the team when things go wrong.", "en"),
    ("The mayor's smile is a front, a performance for the cameras.", "en"),
    ("La fachada de la iglesia del padre Tomás quedó preciosa.", "es"),
    ("El alcalde Ruiz pintó la fachada del mercado.", "es"),
    ("Su amabilidad es pura fachada, el alcalde Ruiz no escucha a nadie.", "es"),
    ("Todo tiene precio en esta vida, decía mi abuelo Tomás.", "es"),
    ("La casa del alcalde Ruiz tiene precio de remate.", "es"),
    ("Commissioner Batiz got a new truck from the dealership on Main Street.", "en"),
    ("Coach Ruiz got a free hat from the developer's booth at the fair.", "en"),
    ("My neighbor Joe got a new roof from the contractor after the hail storm.", "en"),
    ("El agente Ruiz encontró las pruebas que desaparecieron del juzgado.", "es"),
    ("Desaparecieron las pruebas del caso y la fiscal Estrada pidió una investigación.", "es"),
    ("En el juzgado del juez Ramos desapareció el expediente, según la fiscalía.", "es"),
    ("La fiscal Mónica Estrada dijo que alguien desapareció las pruebas del caso.", "es"),
    (
        "El ayuntamiento trituró las boletas sobrantes como marca la ley, dijo el secretario Ruiz.",
        "es",
    ),
    ("El comandante Montemayor denunció que alguien hizo desaparecer las pruebas.", "es"),
    ("Mayor Ruiz deleted the old emails from his phone to free up space.", "en"),
    ("Sheriff Dole deleted the texts from his ex-wife, good for him.", "en"),
    ("La jueza Ferriz es pareja del fiscal Ramos desde hace años.", "es"),
    ("La maestra Lugo fue amante de un narco en una telenovela.", "es"),
    ("La jueza Ferriz condenó a la pareja del jefe de plaza.", "es"),
    ("Judge Pruitt got a new house from the developer in the Oak Hills subdivision.", "en"),
    (
        "El secretario Ruiz tiene cuentas en el banco con el dinero de las colectas.",
        "es",
    ),
    ("Then she deleted the emails I sent her, which is her right.", "en"),
    ("Mayor Ruiz wiped the hard drive before he sold his old laptop.", "en"),
    # the same words of a house, a car wash, rent, a visit, a licence plate, a title deed,
    # a report, an auction
    ("La señora Benjumea blanquea la fachada de su casa cada primavera.", "es"),
    ("Al alcalde Ruiz le llegaron al precio de la casa que quería vender.", "es"),
    ("Sal Medrano washes cars at his shop on Zaragoza.", "en"),
    ("Don Beto Zamudio tiene un lavadero de carros en la Tecnológico.", "es"),
    ("Sal Medrano runs a laundromat for the neighborhood on Zaragoza.", "en"),
    ("La constructora le pagó al gobernador Ruiz la renta del local.", "es"),
    ("Le pagué a la regidora Salas por la rifa de la escuela.", "es"),
    ("The city paid the inspector for the permit review, as the budget shows.", "en"),
    ("Tito Barragán paid the mayor a visit to talk about the library contract.", "en"),
    ("Mi hermano le pasa su parte de la renta a mi mamá cada mes.", "es"),
    ("El alcalde Ruiz me pasa la lana de la tanda el viernes.", "es"),
    ("The cartel paid him a visit, the police report says, and he fled.", "en"),
    (
        "Mayor Tamez said the cartel never paid him anything, and showed his bank records.",
        "en",
    ),
    ("Leticia Olvera ganó la diputación con el voto de las colonias.", "es"),
    ("Don Rigo cambió de opinión sobre los votos por correo.", "es"),
    ("Dr. Fernanda Ochoa earned her license in Juárez and practices in El Paso.", "en"),
    ("Coach Ruiz bought his license plates at the county office.", "en"),
    ("La doctora Páez compró su título de propiedad en la notaría.", "es"),
    (
        "La actriz Valeria denunció que el productor le pidió favores sexuales, según la fiscalía.",
        "es",
    ),
    ("Coach Ruiz sold the district surplus buses at a public auction approved by the board.", "en"),
    ("The county sells district water to the farms at a set rate.", "en"),
    ("Mayor Ruiz is selling his own house on Mesa Street.", "en"),
    # a first word that is no person, a longer first sentence, a denial
    (
        "Delgado Street flooded again last night. The city says the new drains will be done "
        "by March, but nobody on our block believes it anymore.",
        "en",
    ),
    (
        "Garza never stole a thing from the little league fund. I was treasurer after him and "
        "the books were clean, so stop spreading that rumor.",
        "en",
    ),
    (
        "Tigres stole the game in the last minute with a penalty nobody saw. The refs should "
        "look at the replay before the second leg.",
        "en",
    ),
    # money taken for a lawful purpose, refused, denied, sourced, supposed, someone else's
    ("Mayor Ruiz took money from the state to fix the potholes on Elm.", "en"),
    ("Coach Ruiz takes money from the booster club to buy uniforms for the kids.", "en"),
    ("Sheriff Barreda said he never took money to look the other way.", "en"),
    ("According to the indictment, Sheriff Barreda took cash to look the other way.", "en"),
    ("If Sheriff Barreda took money to look the other way, he should resign.", "en"),
    ("Judge Ramos refused the cash they offered her to drop the charges.", "en"),
    ("Officer Ruiz arrested a man who took money to let migrants through the gate.", "en"),
    ("Councilman Ortiz raises money to keep the pool open all summer.", "en"),
    ("My uncle Tomás takes cash to mow lawns on weekends.", "en"),
    ("El alcalde Ruiz recibe dinero del estado para arreglar los baches.", "es"),
    ("La maestra Ruiz cobra una lana para dar clases de regularización.", "es"),
    ("El juez Tirado rechazó el dinero que le ofrecieron para soltar al detenido.", "es"),
    ("Según la fiscalía, el juez Tirado recibió dinero para soltar al detenido.", "es"),
    ("El padre Tomás recibe dinero de la parroquia para dejarlos comer en el albergue.", "es"),
    ("El comandante Ruiz detuvo al agente que cobraba lana para dejar pasar los camiones.", "es"),
    # a dismissal for a lawful reason, a denial
    ("Coach Ruiz was fired for losing too many games, which is fair.", "en"),
    (
        "Teacher Ana Ruiz was fired for refusing to take down a flag; a court reinstated her.",
        "en",
    ),
    ("Officer Ruiz was suspended for two weeks for missing a shift.", "en"),
    ("Mayor Ruiz was never arrested for anything, check the records.", "en"),
    ("A la maestra Ruiz la corrieron por faltar mucho, y luego la recontrataron.", "es"),
    ("El regidor Ruiz fue despedido por recorte de presupuesto.", "es"),
]


@pytest.mark.parametrize("text,lang", HITS)
def test_unread_act_held(text, lang):
    assert_rules_flag(text, lang, "libel")


@pytest.mark.parametrize("text,lang", NEAR_MISSES)
def test_unread_act_near_miss(text, lang):
    assert_rules_pass_all(text, lang)
