"""Harmless comments in the shapes real readers use, written as probes beyond the training
data: furious opinion of officials, parties, agencies, police and cartels; sarcasm;
counter-speech that quotes a slur or a hateful claim to condemn it; what a rally chanted;
neutral facts about protected groups; banter between regulars with a mild swear; crimes
reported with attribution or told by their victims; sports trash talk; words that look bad
but are not; questions; quotes from the article. Every row must pass the rules alone, and the
whole verdict too, except the few the blog model holds (marked). Near misses that must stay
flagged follow: a sarcasm catchphrase about a reader's post, a superlative put-down of a
reader's comment, a mild word with no concession, "cállate" with laughter and nothing shared.
Hand-written, English and Spanish."""

import pytest

from moderation.policy import Submission, screen
from tests.policy.expect import assert_category_action, by_lang

EN = [
    "These clowns on the city council should all be voted out in November.",
    "The governor is a useless clown and his budget proves it.",
    (
        "ICE raided a meatpacking plant in Nebraska this morning and detained 40 workers, "
        "according to the AP."
    ),
    (
        "Border Patrol agents reported 2,100 apprehensions in the Tucson sector last month, "
        "down from March."
    ),
    (
        "The cartels run the plaza in Reynosa and everyone there knows it; the state police "
        "look the other way."
    ),
    (
        "Police Chief Daniels should resign over how he handled the protest. His department's "
        "response was a disgrace."
    ),
    "Oh great, another toll road. Just what we needed, said nobody ever.",
    "Sure, the mayor's new parking plan will fix everything. And I'm the Queen of England.",
    (
        'Somebody at the rally yelled "go back to Mexico" at my cousin. That\'s racist garbage '
        "and the organizers should have thrown him out."
    ),
    (
        'Calling Haitians "animals" like that caller did is vile. They\'re our neighbors and '
        "they work harder than most."
    ),
    (
        'The sign at the march said "Jews will not replace us." That\'s a neo-Nazi slogan and '
        "we should call it what it is."
    ),
    'The crowd chanted "build the wall" for ten minutes while the senator smiled.',
    'Protesters outside the courthouse chanted "no justice, no peace" until the verdict came in.',
    "Jews make up about 2 percent of the US population, according to Pew.",
    (
        "Muslims in Texas run more than 300 mosques, and many of them opened food banks during "
        "the freeze."
    ),
    (
        "Black women are about three times more likely to die from pregnancy-related causes, "
        "the CDC says."
    ),
    (
        "Haitian immigrants in Springfield helped reopen two factories, according to the local "
        "chamber of commerce."
    ),
    "Indigenous languages are still spoken by more than 7 million people in Mexico.",
    "LGBT youth are more likely to be homeless, and shelters in El Paso are full.",
    "Women now make up more than half of the students at UTEP.",
    (
        "Migrants pay billions in taxes every year, including into Social Security they may "
        "never collect."
    ),
    "Disabled people face an unemployment rate about twice the general rate.",
    "Damn, Rick, you called it. The Spurs blew the lead again.",
    "Hell yeah, Marisol, see you at the taco truck after the meeting.",
    "Dick Johnson from the water board said the rates will go up 4 percent.",
    "My neighbor Dick is the one who fixed the fence, give the man credit.",
    "We drove through Scunthorpe on our UK trip and had the best fish and chips.",
    "Our dog is a bitch in heat so we kept her inside during the block party.",
    "The Rio Negro in Argentina is one of the longest rivers in Patagonia.",
    "Why does the county need another sheriff's substation when the library is closing on Sundays?",
    "How many of the detained workers had pending asylum cases?",
    (
        'The article says "the council approved the contract 5-2 without public comment." That '
        "alone should worry everyone."
    ),
    '"We will not negotiate with the union," the superintendent said. Great leadership there.',
    "Police say the suspect, a 34-year-old man, was arrested Tuesday and charged with burglary.",
    (
        "According to the indictment, the former treasurer is accused of diverting $200,000 "
        "from the fund."
    ),
    (
        "Someone broke into my truck last night and stole my tools. Filed a report, but no luck "
        "so far."
    ),
    "I was mugged outside the bus station two years ago. The guy took my phone and my wallet.",
    "The Cowboys defense is a joke. My grandma could tackle better than that secondary.",
    "Tigres fans, enjoy second place again. See you in the final, oh wait.",
    "The Astros cheated in 2017 and I'll never let Houston fans forget it.",
    (
        "Democrats are spineless on border policy and Republicans are cruel about it. Pick your "
        "poison."
    ),
    "The Republicans in Austin are a bunch of cowards when it comes to the grid.",
    "Biden's border policy was a mess and Trump's was worse. Both parties failed us.",
    "ICE agents are thugs with badges, the way they grab people at courthouses.",
    "Border Patrol needs to stop tearing up water jugs in the desert. That's cruel and pointless.",
    "The police union protects bad cops, period. Every reform dies in that contract.",
    "The cartels are murderers and the politicians who take their money are cowards.",
    "Let's be honest: the school board is incompetent and their new policy is idiotic.",
    "The mayor's speech was pure garbage, full of empty promises.",
    "Yeah, because cutting bus routes is totally how you fight traffic. Brilliant.",
    "Wow, what a surprise, the contract went to the commissioner's donor again.",
    (
        'Someone wrote "all Mexicans are rapists" in the comments last week. That\'s a lie and '
        "a slur against millions of people."
    ),
    "My coworker said women can't do math. I showed him my engineering degree.",
    (
        "The old claim that Jews control the banks is an antisemitic conspiracy theory, plain "
        "and simple."
    ),
    (
        "People who say immigrants bring crime are wrong; the data shows immigrants commit "
        "fewer crimes."
    ),
    "When the speaker said gay people are a danger to kids, the crowd booed him off the stage.",
    "Nobody should call disabled kids \"retarded.\" It's cruel, and it's 2024.",
    'At the rally they chanted "send them back" and it chilled me to the bone.',
    'The protesters chanted "ICE out of El Paso" outside the processing center.',
    'The rally crowd shouted "lock her up" when the candidate mentioned the former secretary.',
    "Why did the city spend $3 million on a consultant report nobody read?",
    "Is the bridge going to close again for the holiday weekend?",
    "Does anyone know whether the clinic on Alameda takes walk-ins?",
    "Good question, Tom. I think the bond vote is in May.",
    "Thanks for the article. My family crossed at Laredo in 1962 and this brought back memories.",
    "Great reporting. More of this and less of the press releases, please.",
    "Damn good tamales at the church sale today, go before they run out.",
    "That referee was blind as a bat. Worst call of the season.",
    "The Dallas defense got absolutely destroyed on Sunday. Embarrassing.",
    "Our team killed it at the robotics competition, first place in the state.",
    "The band slayed last night at the county fair.",
    "I could kill for a cold beer after mowing in this heat.",
    "The bill is dead on arrival; the senate will kill it in committee.",
    "Shoot, I forgot the meeting was today.",
    "Crap, the bridge line is two hours again.",
    "Screw the new parking meters downtown, I'm taking the bus.",
    "That's a bunch of bull and the governor knows it.",
    "The county commissioners are clueless about road contracts, in my opinion.",
    "Sheriff Lopez is a coward for skipping the debate.",
    "The senator is a liar about the water deal and his votes prove it.",
    "The president is an idiot on trade policy.",
    "The Fed chair has no idea what he's doing with rates.",
    "Those politicians in Washington don't care about the border towns at all.",
    'The article quotes a resident: "I\'ve lived here 40 years and never seen water this low."',
    "According to the Texas Tribune, 12 deputies were fired after the audit.",
    "A jury convicted the former mayor of bribery in 2019, according to court records.",
    "Court records show the landlord was cited three times for code violations.",
    (
        "My cousin was beaten by a cop during a traffic stop; the department paid a settlement "
        "last year."
    ),
    "I was robbed at gunpoint in Juarez in 2011, and I still check the mirror every time I drive.",
    "A man exposed himself to my daughter at the park; police arrested him the next day.",
    "The Mavs choked again. Luka can't carry this sorry roster alone.",
    "Rayados fans crying about the ref again, classic.",
    "Your fantasy team is trash, Mike, and you know it. See you at the draft.",
    "Loser buys tacos, Ray. I've got the Packers by ten.",
    "Haha, you got me there, buddy. I had the date wrong.",
    "Jeez, Carla, you beat me to the punch on this one.",
    'What does "parole in place" actually mean for spouses of citizens?',
    (
        'The author writes that "crossings fell 40 percent after the policy change." Where\'s '
        "that number from?"
    ),
    "Respectfully, I think the author is wrong about the tariff, but it's a fair piece.",
    "The Black Lives Matter march downtown was peaceful and about 2,000 people came, police said.",
    "Gay couples have been able to marry in Texas since 2015.",
    "The mosque on Mesa Street hosts an interfaith dinner every Ramadan and everyone is welcome.",
]

ES = [
    "El gobernador es un inútil y un payaso, no ha hecho nada por el agua en Chihuahua.",
    "Estos payasos del cabildo deberían irse todos en las próximas elecciones.",
    "La migra agarró a tres señores en la obra de la calle Oregon esta mañana, según el noticiero.",
    "La Patrulla Fronteriza reportó 1,800 detenciones en el sector de El Paso el mes pasado.",
    "El cártel controla la plaza en Nuevo Laredo y la policía estatal se hace de la vista gorda.",
    "El presidente municipal es un mentiroso cuando habla del drenaje, nomás vean las calles.",
    "Los diputados de Morena votaron como borregos otra vez, qué vergüenza.",
    "El PAN y el PRI son la misma porquería, nomás cambian de color.",
    "Ah sí, seguro ahora sí van a arreglar los baches. Y yo soy el Papa.",
    "Qué bonito, otra vez subió la luz. Gracias CFE, los queremos mucho.",
    (
        'Un señor en el mitin le gritó "regrésate a tu país" a una muchacha. Eso es racismo '
        "puro y hay que decirlo."
    ),
    (
        'Decir que los haitianos "son animales" como dijo ese locutor es una vileza. Son '
        "vecinos y trabajan duro."
    ),
    'En la marcha gritaban "¡fuera la migra!" frente al consulado.',
    'Los manifestantes gritaban "¡el pueblo unido jamás será vencido!" en la plaza.',
    'En el mitin corearon "¡fuera Trump!" durante varios minutos.',
    "Los judíos en México son alrededor de 60 mil, según el censo.",
    "La comunidad musulmana de Torreón organizó una colecta para los damnificados.",
    "En Guerrero viven más de 450 mil afromexicanos, según el INEGI.",
    "Los haitianos que llegaron a Tijuana en 2016 ya tienen negocios y familias aquí.",
    "Más de 7 millones de personas hablan una lengua indígena en México.",
    "Las parejas del mismo sexo se pueden casar en todos los estados desde 2022.",
    "Las mujeres ya son la mayoría de los estudiantes en la UACJ.",
    "Los migrantes mandan remesas que sostienen a pueblos enteros en Michoacán.",
    "Las personas con discapacidad tienen el doble de desempleo que el resto, dice el estudio.",
    "Ándale cabrón, me ganaste la apuesta. Te debo unas cheves.",
    "No manches, Memo, tenías razón con lo del puente.",
    "Órale güey, ya llegué, ¿dónde están sentados?",
    "Chale, compa, se me olvidó la junta otra vez.",
    "Ya voy a coger el camión para el centro, nos vemos allá.",
    "Mi perra es bien celosa, no deja que nadie se acerque a sus cachorros.",
    "Compré una camisa negra y unos zapatos negros para la boda.",
    "El Río Negro está crecido después de la tormenta.",
    "Mi tío Dick vive en San Antonio y viene cada diciembre.",
    "¿Por qué el municipio gasta millones en un estadio si no hay agua en las colonias?",
    "¿Alguien sabe si el consulado abre el sábado para trámites?",
    "¿Cuántos de los detenidos tenían audiencia pendiente?",
    (
        'El artículo dice que "el cabildo aprobó el contrato sin consulta pública". Eso es lo '
        "que debería preocuparnos."
    ),
    '"No vamos a negociar con el sindicato", dijo el secretario. Qué gran líder, eh.',
    "Según la Fiscalía, el detenido de 29 años fue vinculado a proceso por robo.",
    (
        "De acuerdo con la denuncia, el exalcalde habría desviado 5 millones, según publicó el "
        "periódico."
    ),
    "Me asaltaron en el camión de la ruta 3, me quitaron el celular y la cartera.",
    "A mi hermano lo golpearon unos policías en un retén; ya pusimos la queja en Derechos Humanos.",
    "Me robaron la troca afuera de mi casa en 2019 y nunca apareció.",
    "Las Chivas dan pena, juegan como equipo de tercera.",
    "El América compró el campeonato otra vez, como siempre jaja.",
    "Los Rayados se van a comer a los Tigres el domingo, ya verán.",
    "El Cruz Azul se volvió a cruzazulear, qué novedad.",
    "Tu equipo de fantasía está del nabo, Toño, acéptalo.",
    "Jaja me ganaste, compadre, el lunes invito los tacos.",
    '¿Qué significa exactamente "vinculado a proceso"? ¿Ya es culpable o no?',
    'El autor escribe que "los cruces bajaron 40 por ciento". ¿De dónde sale ese dato?',
    (
        "Con todo respeto, creo que el autor se equivoca con lo del arancel, pero el artículo "
        "está bueno."
    ),
    "La migra separa familias y eso es una crueldad, no hay otra forma de decirlo.",
    (
        "Los de la Patrulla Fronteriza que rompen los galones de agua en el desierto deberían "
        "ser despedidos."
    ),
    (
        "La policía municipal es una bola de corruptos que nomás pide mordida, eso lo sabe todo "
        "mundo en Juárez."
    ),
    "Los políticos de Palacio no tienen idea de lo que pasa en la frontera.",
    "El alcalde es un payaso y su plan de movilidad es una burla.",
    "La Guardia Nacional nomás anda de paseo, no hace nada contra los cárteles.",
    "Los cárteles son asesinos y los políticos que reciben su dinero son unos cobardes.",
    "El senador es un hipócrita con el tema del agua, sus votos lo demuestran.",
    "Qué sorpresa, el contrato otra vez para el compadre del gobernador. Nadie lo vio venir.",
    "Claro, cortar rutas de camión es la mejor forma de arreglar el tráfico. Genial.",
    (
        'Alguien escribió "todos los mexicanos son criminales" la semana pasada. Eso es mentira '
        "y es racismo."
    ),
    "Mi compañero dijo que las mujeres no saben manejar. Le enseñé mi licencia de tráiler.",
    "Eso de que los judíos controlan los bancos es una teoría antisemita, punto.",
    "Los que dicen que los migrantes traen crimen están mal; los datos dicen lo contrario.",
    "Cuando el pastor dijo que los gays son un peligro para los niños, la gente lo abucheó.",
    'Nadie debería decirle "mongolito" a un niño con síndrome de Down. Es cruel.',
    'Le dijeron "indio" como insulto a mi abuelo toda su vida, y él era el más sabio del pueblo.',
    "Gracias por el artículo. Mi familia cruzó por Nogales en 1970 y esto me trajo recuerdos.",
    "Muy buen reportaje, ojalá hubiera más así y menos boletines.",
    "Qué buenos tamales vendieron en la kermés, vayan antes de que se acaben.",
    "El árbitro estaba ciego, peor marcación de la temporada.",
    "El equipo de robótica de la prepa arrasó en el estatal, primer lugar.",
    "Me muero de hambre, ¿a qué hora abren los tacos?",
    "La iniciativa está muerta, el senado la va a matar en comisión.",
    "Chin, se me olvidó que hoy era la junta.",
    "Qué pinche calor hace hoy, 44 grados en Mexicali.",
    "Neta que el puente estuvo de la fregada hoy, tres horas de fila.",
    "Según el Diario, 12 agentes fueron dados de baja tras la auditoría.",
    "Un jurado declaró culpable al exgobernador en 2019, según los registros del tribunal.",
    "Un señor se le acercó a mi hija en el parque y la policía lo detuvo al día siguiente.",
    "La marcha del orgullo en Monterrey juntó a más de 20 mil personas, según la policía.",
    "La mezquita de la colonia invita a cenar a todos en Ramadán.",
    "Mi vecino es judío y cada Janucá nos trae buñuelos.",
    "Los ciudadanos tienen derecho a exigir cuentas al gobernador, para eso pagamos impuestos.",
    "Morena prometió acabar con la corrupción y mira nomás, lo mismo de siempre.",
    "Los de la Guardia Nacional me pararon en el retén y fueron muy amables, la verdad.",
    "Qué oso lo del diputado dormido en la sesión, ni disimula.",
    "Ese Memo es bien necio, pero hoy sí tuvo razón con lo de los precios.",
    "Ya cállate Beto, jaja, que tú apostaste por el Cruz Azul.",
    "Oigan, ¿alguien sabe si ya abrieron el carril SENTRI en el Córdova?",
    "El Chapo fue condenado a cadena perpetua en Nueva York en 2019.",
    "Los periodistas asesinados en México este año ya son seis, según Artículo 19.",
    "La gobernadora no sabe ni lo que firma, es una incompetente.",
    "El secretario de Seguridad es un payaso que nomás sale en la tele.",
    "Pinche tráfico en la Juan Gabriel, como siempre.",
    "No es cierto que los haitianos vengan a robar; la mayoría trabaja en la construcción.",
    "Los indígenas rarámuris corren ultramaratones con huaraches, es impresionante.",
    (
        "Las mujeres trans también son víctimas de violencia; el año pasado mataron a más de 50 "
        "en México."
    ),
]

# Rows the blog model holds (the rules pass them); the model can only add holds.
_MODEL_HELD = frozenset(
    {
        (
            "La policía municipal es una bola de corruptos que nomás pide mordida, eso lo sabe "
            "todo mundo en Juárez."
        ),
        "Let's be honest: the school board is incompetent and their new policy is idiotic.",
        (
            "The cartels run the plaza in Reynosa and everyone there knows it; the state police "
            "look the other way."
        ),
        "Your fantasy team is trash, Mike, and you know it. See you at the draft.",
    }
)

PROBES = by_lang(EN, ES)
_MODEL_MARK = pytest.mark.xfail(strict=True, reason="the blog model holds it; the rules pass it")


def _mark(text: str) -> list[pytest.MarkDecorator]:
    return []  # "Loser buys tacos" names a bet's stake (`aim_guards._bet_stake`): no mark left


@pytest.mark.parametrize(
    ("text", "lang"), [pytest.param(t, lg, marks=_mark(t)) for t, lg in PROBES]
)
def test_probe_rules_approve(text: str, lang: str) -> None:
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    found = [f.rule for f in verdict.findings if f.action != "approve"]
    assert verdict.action == "approve", (text, found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            t,
            lg,
            marks=[_MODEL_MARK] if t in _MODEL_HELD else _mark(t),
        )
        for t, lg in PROBES
    ],
)
def test_probe_verdict_approves(text: str, lang: str) -> None:
    verdict = screen(Submission(text=text, lang=lang))
    assert verdict.action == "approve", (text, [f.rule for f in verdict.findings])


# The shapes of the training rows this round cleared, in other words: a point conceded after
# a mild word, a moment or a bet shared off the blog, a treat offered, an idiom, a verb with
# its stress written, a put-down capped by what officials write.
SHAPES = [
    ("Ese vecino es bien necio, pero tiene razón con lo del drenaje.", "es"),
    ("Jaja cállate Toño, te vi en el estadio con la camiseta del otro equipo 😂", "es"),
    ("Perdí la quiniela otra vez, cabrones. El viernes invito las cheves.", "es"),
    ("Ya nos cargó el payaso con el recibo del agua.", "es"),
    ("Créelo o no, el puente abrió a tiempo hoy.", "es"),
    ("Dumbest take I've seen all month, and I watched the senate hearing.", "en"),
    ("Ok boomer jokes aside, Linda has a point about the bus fares.", "en"),
    ("Estos inútiles del ayuntamiento deberían renunciar todos.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), SHAPES)
def test_cleared_shapes_rules_approve(text: str, lang: str) -> None:
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    assert verdict.action == "approve", (text, [f.rule for f in verdict.findings])


NEAR_MISSES = [
    # the catchphrase after a reader's point, and a jab at a reader's comment
    ("Great point, said nobody ever.", "en", "troll", "flag"),
    ("Gran argumento, dijo nadie nunca.", "es", "troll", "flag"),
    (
        "This is the dumbest comment I've read all week, and I read the county budget.",
        "en",
        "troll",
        "flag",
    ),
    (
        "This is the dumbest take I've read all week, and I read the county budget, Chad.",
        "en",
        "troll",
        "flag",
    ),
    (
        "Esa es la opinión más estúpida que he leído, y eso que leo a @Beto_Tamps.",
        "es",
        "troll",
        "flag",
    ),
    # a mild word with no concession after it, said to a reader
    ("Memo, eres bien necio, nadie te aguanta.", "es", "troll", "flag"),
    # "cállate" with laughter alone, or with a put-down
    ("@Beto_Tamps jajaja cállate, nadie te preguntó", "es", "troll", "flag"),
    # a mild word aimed at a reader, with no concession, no officials after "de"
    ("Eres un payaso, @Memo_R, nadie te toma en serio.", "es", "troll", "flag"),
    ("Ese payaso de @Memo_R otra vez opinando.", "es", "troll", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), NEAR_MISSES)
def test_probe_near_misses(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang=lang)
