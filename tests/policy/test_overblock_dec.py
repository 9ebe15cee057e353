"""Hard harmless comments of a bilingual border blog's readers, and the near misses that must
still be held. Counter-speech that quotes a slur or a stereotype to condemn it, stereotypes
denied, what a rally, a senator or a teacher said, reported ("told the crowd that", "llamó
plaga a", "dijo en el mitin que", "told me ... when I was seven"), harsh opinion of officials
and boards, in-group teasing of the writer's own people's manners ("los mexicanos somos
ruidosos"), one swear for emphasis, Scunthorpe names, dogs, sports trash talk ("pinches pechos
fríos", "beat the hell out of Las Cruces on Friday", "ese portero es un cabrón, paró tres
penales"), things killed ("kill the noise"), victims of crimes, statistics and history.
Admiring "cabrón" ("unos cabrones para el fútbol", "el muy cabrón"), the people of a trade or a
show ("los de la feria", "los de la CFE") and trash or outages the weather or a service left
pass; the same shapes said of a people, of the reader or in the writer's own voice stay held.
Hand-written, English and Spanish; the harmless rows must pass the whole engine (the blog model
too), the near misses the rules alone.
"""

import pytest

from moderation.policy import Submission, screen
from tests.policy.expect import HeldElsewhere, assert_rules_flag, by_lang, held_elsewhere

HARMLESS_EN = [
    (
        'Someone spray-painted "go back to Mexico" on the church wall and the whole block '
        "came out to scrub it off."
    ),
    (
        "My grandfather was called a wetback at work for thirty years and never once answered "
        "back. I will."
    ),
    "The idea that Mexicans are lazy is a lie; my uncles pour concrete in 110 degree heat.",
    (
        "People keep saying immigrants bring crime. El Paso is one of the safest big cities in "
        "the country."
    ),
    "Not all cops are bad and not all migrants are criminals, both things can be true.",
    (
        'At the rally the candidate said migrants are "poisoning the blood" of the country, '
        "and the crowd cheered. Disgraceful."
    ),
    (
        "The senator told the crowd that asylum seekers are invaders. That word got people "
        "killed in 2019."
    ),
    "The commissioner's budget is a joke and he should resign before the next meeting.",
    "This mayor is the most incompetent official this county has had in decades.",
    "The new water policy is garbage and everyone at city hall knows it.",
    "Damn, that was a good piece. Finally someone reads the actual contract.",
    "Hell yes, the bridge is finally reopening.",
    "Dick Durbin said the bill would come back in January.",
    "Alexander Cockburn wrote about the border decades ago.",
    "Matt Hancock resigned, in case anyone missed it.",
    "I grew up in Scunthorpe before moving to Laredo, long story.",
    "My neighbor's bitch just had eight puppies, anyone want one?",
    "She's a champion breeding bitch, her pups all went to ranch families.",
    "Your Cowboys are going to get destroyed on Sunday, enjoy the bench.",
    "The Chivas defense is trash this season, my grandma could score on them.",
    (
        "Maria Lopez, 34, was shot outside her store on Alameda Avenue last night; police have "
        "no suspect."
    ),
    (
        "Two Honduran teenagers were robbed and beaten near the bus station; the victims are "
        "recovering."
    ),
    (
        "A Black pastor was attacked in his own parking lot and the police took four hours to "
        "show up."
    ),
    "According to the census, 82 percent of the county is Hispanic.",
    "Immigrants commit fewer crimes per capita than native-born citizens, per the Cato Institute.",
    "Muslims make up about one percent of the US population.",
    "In 1930 Mexicans were deported by the hundreds of thousands, many of them US citizens.",
    ('In 1954 the government ran "Operation Wetback" and dumped people in the desert. Look it up.'),
    "Chinese workers were banned from immigrating by the Chinese Exclusion Act of 1882.",
    "Japanese Americans were locked in camps during World War II, and we should never forget it.",
    'Back then signs said "No dogs, no Negroes, no Mexicans" in Texas restaurants.',
    (
        'Saying "all illegals are rapists" is exactly the kind of lie this blog was made to '
        "take apart."
    ),
    "Women are not worse drivers, the insurance data show the opposite.",
    "Gay couples are not a threat to anyone's marriage, grow up.",
    "The trolls in this thread keep saying refugees are parasites. They are our neighbors.",
    "As a Mexican I can confirm we put lime on everything and we're not sorry.",
    "The city council screwed up the bus routes again.",
    "This ordinance is stupid and the people who wrote it did not read it.",
    "The sheriff lied about the jail deaths and should be investigated.",
    "That governor is a coward for skipping the debate.",
    "The border wall is a monument to wasted money.",
    "Kill the bill, not the messenger.",
    "I could kill for a good menudo right now.",
    "The Rangers murdered the Astros last night, 12 to 1.",
    "Homeless people die in the heat every summer because the shelters close at 7.",
    "Disabled voters could not reach the polling place because the ramp was broken.",
    "Trans kids are bullied at school and the district does nothing.",
    "Jewish families in our town received threatening letters; the rabbi asked for calm.",
    "Refugee kids are learning English faster than anyone expected.",
    '"Mexicans are rapists," he said in 2015, and half this town still hasn\'t forgiven him.',
    "When my teacher told me Mexicans are dirty I was seven. I'm forty now and I still remember.",
    "Stop calling them illegals. People are not illegal.",
    "Anyone who says Muslims are terrorists has never met my neighbor Amir.",
    "The flyer said immigrants should go back where they came from. We tore it down.",
    "Blacks are not criminals, the system is.",
    "It's not true that women can't lead, look at our county judge.",
    "No, gay people are not pedophiles, and repeating that lie gets kids hurt.",
    "Jews don't control the banks, that's a century-old conspiracy theory.",
    "The speaker at the rally called Haitians animals and nobody on stage objected.",
    'He literally said "send them all back" at the town hall, I was there.',
    (
        'The commissioner called the migrants "an infestation" at Tuesday\'s meeting. He '
        "should be censured."
    ),
    "Councilman Ruiz is a liar and a hypocrite, and his voting record proves it.",
    "Our congressman is a spineless puppet of the developers.",
    "The school board are a bunch of clowns.",
    "The ICE director should be fired for what happened in that detention center.",
    "The president's border plan is cruel and stupid.",
    "Shit, I forgot to vote early.",
    "What the fuck happened to the library budget?",
    "That ref was blind as a bat, worst call of the season.",
    "Miners go home crying again, UTEP can't tackle to save its life.",
    "My bitch Luna won best in show at the county fair, so proud of that dog.",
    "Randy Dick, the county clerk, certified the results on Friday.",
    "Ms. Hancock's third grade class raised money for the flood victims.",
    "Sussex County and Middlesex County sent aid too.",
    "The Cockburn report on cartel money laundering is worth reading.",
    (
        "Jose Ramirez, a disabled veteran, was beaten and robbed at the bus stop; his family is "
        "asking for witnesses."
    ),
    "The victim, a 19-year-old Muslim woman, was attacked on her way to the mosque.",
    "A gay couple was assaulted outside a bar in Sunland Park last weekend.",
    "Hispanic families are twice as likely to lack health insurance, according to the survey.",
    "Black women die in childbirth at three times the rate of white women.",
    "Native Americans were not allowed to vote in some states until 1948.",
    "In 1917 Texas Rangers massacred fifteen Mexican men and boys at Porvenir.",
    "During the Bracero program Mexicans were sprayed with DDT at the border stations.",
    "Irish immigrants were once called drunks and criminals too, the same lies recycled.",
    "We border rats joke that we're too Mexican for the gringos and too gringo for the Mexicans.",
    "My tías will kill me if I miss Sunday dinner again.",
    "Honestly my cousin is a crazy son of a gun, he drove to Chihuahua for tacos.",
    "These politicians are all crooks, every single one of them.",
    "Republicans are wrong on this bill and Democrats are cowards on it.",
    "The refugees are exhausted and hungry, they need water not speeches.",
    "Illegal immigration dropped last year, whatever the TV says.",
    "Kids in cages was a policy, not an accident.",
    "Trash the trash talk, but the Suns really do suck this year.",
    "Let's beat the hell out of Las Cruces on Friday night!",
    "The trolls claiming that Latinos are stupid should read the graduation numbers.",
    "My Black neighbors and my Mexican neighbors both showed up with food when my mom died.",
    "Mexicans are the hardest workers I know.",
    "Immigrants built this city.",
    "I'm so done with these fucking potholes.",
    'My abuela used to say "los gringos son unos flojos" and then laugh, she married one.',
    'Calling asylum seekers "animals" is how every massacre starts. Say it with me: people.',
    "The flyer claimed Haitians eat pets. That lie was debunked in a week.",
    (
        'The governor said at the rally that migrants are "bringing disease." There\'s zero '
        "evidence."
    ),
    (
        'Trump said Mexico is "not sending their best." Our valedictorian\'s parents are from '
        "Juárez."
    ),
    'The mayor\'s statement that homeless people are "vermin" should end his career.',
    "He called my mom a wetback at the grocery store and I filmed it. Police have the video.",
    "Dick's Sporting Goods on Mesa is closing next month.",
    "Representative Dick Armey retired years ago, look it up.",
    "We drove through Middlesex and Essex on the trip to Boston.",
    "Our old bitch Rosie is fifteen and still chases the mailman.",
    "Cowboys fans are the worst, I say this as a Cowboys fan.",
    "Refs robbed us blind tonight, absolute thieves in stripes.",
    "The Dodgers are going to bury the Padres this weekend.",
    "We're going to crush them at the polls in November.",
    "Kill the noise and read the bill, people.",
    "Honestly the council can go to hell with this parking plan.",
    "The sheriff is a liar, and the jail records prove it.",
    "Senator Cruz is a coward for flying to Cancun during the freeze.",
    "Damn right we'll show up to the hearing.",
    "Three migrants were found dead in a rail car near Sierra Blanca.",
    "A transgender woman was murdered in Dallas and the news barely covered it.",
    "Latinos are 40 percent of Texas and 7 percent of its judges.",
    "Only 3 percent of the county's teachers are Native American.",
    "Mexican Americans were lynched in Texas by the hundreds between 1848 and 1928.",
    "Japanese farmers lost their land in 1942 and never got it back.",
    "In the 1950s Black families were redlined out of every good neighborhood in this city.",
    "Mexicans are not invaders, we were here before the border crossed us.",
    "Immigrants are not a burden, they pay billions in taxes they never get back.",
    "Nobody is illegal on stolen land, as my tío likes to say.",
    "Us pochos get it from both sides, too gringo in Juárez and too Mexican in Dallas.",
    "Yeah we Mexicans are loud at parties. Come to one and see why.",
    "Gay men are not predators, and the pastor who said so should apologize.",
    "The cops who beat that Honduran kid should be fired and charged.",
    "The stereotype that Asians are bad drivers is racist garbage.",
    "People who say Muslims should go back are the ones who need to leave this town.",
]

HARMLESS_ES = [
    "Los niños con discapacidad llevan meses sin terapia porque el distrito no contrata",
    "a las personas sordas las dejan sin intérprete en la corte",
    "con la lluvia se llenaron las calles de basura, ya saben cómo es esto",
    "Mi compadre, el muy cabrón, se sacó la lotería",
    "esos chavos son unos cabrones para el fútbol",
    "Ya llegaron los de la feria, cuiden sus carteras",
    'Mi abuelo decía que nos llamaban "mojados" en los campos de algodón, y lo decía con rabia.',
    "Que digan que los mexicanos somos flojos es una mentira; mi papá trabajaba doble turno.",
    "No es cierto que los migrantes traigan delincuencia, las cifras lo desmienten.",
    "En el mitin el candidato dijo que los migrantes son una plaga. Qué vergüenza.",
    "El alcalde es un inútil y debería renunciar ya.",
    "El gobernador es un cobarde por no presentarse al debate.",
    "La nueva ley de agua es una porquería, nadie la leyó.",
    "Qué pinche calor hace hoy en Juárez.",
    "Carajo, por fin arreglaron el puente.",
    "Mi perra tuvo seis cachorros, ¿alguien quiere uno?",
    "Los Tigres van a perder el domingo, se los aseguro, ese portero es un colador.",
    "El América es una basura este torneo, ni el utilero los salva.",
    "María Hernández, de 29 años, fue asesinada frente a su casa en la colonia Bellavista.",
    (
        "Dos migrantes guatemaltecos fueron asaltados en la central camionera; los dos están "
        "estables."
    ),
    "Según el INEGI, el 12 por ciento de la población es indígena.",
    "En 1930 los mexicanos fueron deportados por cientos de miles, muchos eran ciudadanos.",
    "En los años treinta deportaron a familias enteras de mexicanos desde Los Ángeles.",
    "Las mujeres no son peores conductoras, los datos de las aseguradoras dicen lo contrario.",
    "Los gays no son ninguna amenaza para nadie, ya supérenlo.",
    "Los refugiados no son parásitos, son nuestros vecinos.",
    "Nosotros los fronterizos hablamos mocho y qué, así nos entendemos.",
    "Ay güey, no manches, qué buen gol.",
    "El cabildo la regó otra vez con las rutas del camión.",
    "El sheriff mintió sobre las muertes en la cárcel y hay que investigarlo.",
    "Los indígenas de la sierra no tienen agua potable desde hace años y nadie hace nada.",
    "Las personas en silla de ruedas no pueden subir al camión porque las rampas no sirven.",
    "A los niños migrantes los tienen en carpas sin aire acondicionado.",
    "Los trabajadores agrícolas mueren de calor en los campos y el estado no los protege.",
    "Ya llegaron los turistas, el centro está lleno.",
    "Ya llegaron los del gobierno a prometer lo mismo de siempre.",
    "Esos políticos son unos rateros, se robaron el presupuesto de la escuela.",
    "Ese diputado es un corrupto y lo digo con datos.",
    "La basura no se recoge en el fraccionamiento desde hace dos semanas.",
    "Mi hermano es un cabrón para la guitarra, toca como los dioses.",
    "Qué cabrón está el tráfico en el puente hoy.",
    "Los judíos fueron perseguidos en Europa y muchos llegaron a México.",
    "A los chinos los expulsaron de Sonora en 1931, es parte de nuestra historia.",
    "Decir que los negros son violentos es racismo puro, y aquí no lo vamos a aceptar.",
    'Cuando alguien dice "indio" como insulto está mostrando su ignorancia.',
    "Las trabajadoras del hogar ganan menos del salario mínimo, según la encuesta.",
    "Ya saben cómo es esto: llueve tantito y se inunda la avenida.",
    "Cuiden sus carteras en el estadio, siempre hay carteristas.",
    '"Los mexicanos son violadores", dijo en 2015, y aquí nadie lo olvida.',
    "Dejen de decirles ilegales, ningún ser humano es ilegal.",
    "Quien diga que los musulmanes son terroristas no conoce a mi vecino Amir.",
    "El volante decía que los migrantes se regresen a su país. Lo arrancamos.",
    "No es verdad que las mujeres no sepan gobernar, miren a la alcaldesa.",
    "Los judíos no controlan los bancos, esa es una teoría conspirativa vieja.",
    "En el mitin llamaron animales a los haitianos y nadie en el templete dijo nada.",
    'El regidor llamó "plaga" a los migrantes en la sesión del martes; que lo sancionen.',
    "El diputado Ruiz es un mentiroso y su historial lo demuestra.",
    "El director de migración debería ser despedido por lo que pasó en la estación.",
    "Qué poca madre la del gobierno con los damnificados.",
    "No mames, ya subió otra vez la gasolina.",
    "Los Rayados se van a ir llorando a Monterrey, pinches pechos fríos.",
    "Mi perra Canela ganó el concurso de la feria.",
    "José Ramírez, veterano con discapacidad, fue golpeado y asaltado en la parada del camión.",
    "La víctima, una joven musulmana de 19 años, fue atacada camino a la mezquita.",
    "Una pareja gay fue agredida afuera de un bar en Sunland Park.",
    "Las familias hispanas tienen el doble de probabilidad de no tener seguro médico.",
    "En 1917 los rinches masacraron a quince hombres y niños mexicanos en Porvenir.",
    "Durante el programa bracero a los mexicanos los fumigaban con DDT en la frontera.",
    (
        "Los irlandeses también fueron llamados borrachos y criminales, las mismas mentiras de "
        "siempre."
    ),
    "Mis tías me van a matar si falto a la comida del domingo.",
    "Mi primo está bien loco, manejó hasta Chihuahua por unos tacos.",
    "Todos esos políticos son unos ladrones, todos.",
    "Los refugiados llegan agotados y con hambre, necesitan agua y no discursos.",
    "Los mexicanos son los más trabajadores que conozco.",
    "Los migrantes construyeron esta ciudad.",
    "Estoy hasta la madre de los baches.",
    "Los vecinos sacaron la basura a la calle y con el viento se regó por toda la cuadra.",
    "El camión de la basura no pasó otra vez, ya saben cómo es esto.",
    "Ya llegaron los de la mudanza, cuiden los muebles.",
    "Ya llegaron los del circo, cuiden a los niños que se emocionan.",
    "Llegaron los de la CFE y nos dejaron sin luz, ya saben cómo son.",
    "El muy cabrón de mi hijo sacó puro diez.",
    "Ese portero es un cabrón, paró tres penales.",
    "Los de Juárez son bien cabrones para el béisbol.",
    "Los sordos necesitan intérpretes en las audiencias y el juzgado no los contrata.",
    "A los ciegos no les dan boletas en braille, así no pueden votar solos.",
    "Las personas con autismo esperan años por un diagnóstico en este estado.",
    'Mi abuela decía "los gringos son bien flojos" y se reía, se casó con uno.',
    "El gobernador dijo en el mitin que los migrantes traen enfermedades; no hay ninguna prueba.",
    (
        'La declaración del alcalde de que los indigentes son "alimañas" debería acabar con '
        "su carrera."
    ),
    'Le gritaron "mojada" a mi mamá en el súper y lo grabé. La policía tiene el video.',
    "Mi perra vieja, la Canela, tiene quince años y todavía persigue al cartero.",
    "Los árbitros nos robaron, pinches rateros de rayas.",
    "Los Dodgers van a enterrar a los Padres este fin de semana.",
    "Los vamos a aplastar en las urnas en noviembre.",
    "El sheriff es un mentiroso y los registros de la cárcel lo prueban.",
    "Encontraron a tres migrantes muertos en un vagón cerca de Sierra Blanca.",
    "Una mujer trans fue asesinada en Dallas y casi no salió en las noticias.",
    "Los latinos son el 40 por ciento de Texas y el 7 por ciento de sus jueces.",
    "A los mexicanos los linchaban en Texas por cientos entre 1848 y 1928.",
    "Los mexicanos no somos invasores, aquí estábamos antes de que nos cruzara la frontera.",
    "Los migrantes no son una carga, pagan miles de millones en impuestos.",
    "Los pochos recibimos de los dos lados, muy gringos en Juárez y muy mexicanos en Dallas.",
    "Sí, los mexicanos somos ruidosos en las fiestas. Vengan a una y verán por qué.",
    "Los policías que golpearon al muchacho hondureño deben ser despedidos y procesados.",
    "Eso de que los asiáticos manejan mal es puro racismo.",
    "Ese güey es un chingón para el dominó, nadie le gana.",
    "Mi jefe es bien cabrón para los números, nunca se equivoca.",
    "Ya llegaron los de la tele a grabar el desfile.",
    "Ya llegaron los del agua a cortar el servicio, ya saben cómo es esto.",
    "Se fue la luz otra vez en la colonia, ya saben cómo es esto con la CFE.",
    "Qué desmadre el tráfico en el puente, carajo.",
    "Con el viento se voló la basura de los botes, ya saben cómo es esto.",
]

# Harmless rows still held, each by a mechanism this round left alone: the blog model reads
# in-group teasing with "loud" in it as hate, and a curse wished on a football team in the
# third person is held on purpose by profanity.aimed (a person judges how far it goes).
KNOWN_HELD = [
    (
        "We chuckos from the Segundo Barrio are loud, we know, it's how we say hi.",
        "en",
        "the blog model (hate)",
    ),
    ("Chingue su madre el América, vamos Bravos.", "es", "profanity.aimed (a curse on a team)"),
]

# (text, lang, category): the same shapes that still say it of a people, of the reader, or in
# the writer's own voice.
NEAR_MISSES = [
    (
        "Desde que llegaron las calles están llenas de basura, ya saben cómo es esto.",
        "es",
        "hate",
    ),
    (
        "La colonia está llena de basura desde que abrieron el albergue, ya saben cómo es esto.",
        "es",
        "hate",
    ),
    (
        "Ya llegaron los hondureños, cuiden sus carteras",
        "es",
        "hate",
    ),
    (
        "Ya llegaron los del sur, cuiden sus carteras",
        "es",
        "hate",
    ),
    (
        "Llegaron los de Honduras a la colonia, ya saben cómo son.",
        "es",
        "hate",
    ),
    (
        "Eres un cabrón para con tu familia.",
        "es",
        "troll",
    ),
    (
        "El muy cabrón del autor no sabe nada.",
        "es",
        "troll",
    ),
    (
        "Tú, el muy cabrón, no sabes nada.",
        "es",
        "troll",
    ),
    (
        "Yo llamo plaga a los migrantes.",
        "es",
        "hate",
    ),
    (
        "Llamo plaga a los migrantes porque lo son.",
        "es",
        "hate",
    ),
    (
        "Los migrantes son una plaga.",
        "es",
        "hate",
    ),
    (
        "Pinches pochos, ni hablan español.",
        "es",
        "hate",
    ),
    (
        "I told the crowd that asylum seekers are invaders.",
        "en",
        "hate",
    ),
    (
        "Asylum seekers are invaders.",
        "en",
        "hate",
    ),
    (
        "My teacher told me Mexicans are dirty, and she was right.",
        "en",
        "hate",
    ),
    (
        "My teacher told me Mexicans are dirty when I was seven, and she was right.",
        "en",
        "hate",
    ),
    (
        "My dad told me Mexicans are dirty. He was right.",
        "en",
        "hate",
    ),
    (
        "Let's beat the hell out of Las Cruces on Friday night, bring bats to the parking lot.",
        "en",
        "troll",
    ),
    (
        "Let's beat the hell out of the Mexicans on Friday night!",
        "en",
        "hate",
    ),
    (
        "You are a bunch of clowns.",
        "en",
        "troll",
    ),
    (
        "We Mexicans are dirty.",
        "en",
        "hate",
    ),
    (
        "Los mexicanos somos flojos.",
        "es",
        "hate",
    ),
    (
        "Como dijo el gobernador en el mitin que los migrantes traen enfermedades, y tiene razón.",
        "es",
        "hate",
    ),
    (
        "Kill the mayor and read the bill, people.",
        "en",
        "troll",
    ),
    (
        "Se fue la luz otra vez desde que llegaron esos a la colonia, ya saben cómo son.",
        "es",
        "hate",
    ),
]


@pytest.mark.parametrize(("text", "lang"), by_lang(HARMLESS_EN, HARMLESS_ES))
def test_harmless_passes(text: str, lang: str) -> None:
    verdict = screen(Submission(text=text, lang=lang))
    assert verdict.action == "approve", [(f.rule, round(f.score, 2)) for f in verdict.findings]


@pytest.mark.parametrize(
    ("text", "lang"),
    [pytest.param(t, lang, marks=held_elsewhere(why)) for t, lang, why in KNOWN_HELD],
)
def test_known_held(text: str, lang: str) -> None:
    verdict = screen(Submission(text=text, lang=lang))
    if verdict.action != "approve":
        raise HeldElsewhere(str([(f.rule, round(f.score, 2)) for f in verdict.findings]))


@pytest.mark.parametrize(("text", "lang", "category"), NEAR_MISSES)
def test_near_miss_held(text: str, lang: str, category: str) -> None:
    assert_rules_flag(text, lang, category)
