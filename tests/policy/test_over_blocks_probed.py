"""Harmless comments the engine once held or rejected (found by probing), each with
paraphrases on the same words in innocent use (must pass, the rules alone approve the whole
comment), and their hateful twins (must flag, so a fix opens no hole). Our own examples."""

import pytest

from moderation.policy import Submission, screen
from tests.policy.expect import assert_rules_flag, assert_rules_pass_all

# Words reported as someone else's: the Spanish relative frame with the speaker after the
# verb ("lo que dijo el pastor, que ...", "eso que dijo X de que ..."), and "I heard him say"
PASS_REPORTED = [
    ("Lo que dijo el pastor, que los haitianos son una plaga, es asqueroso.", "es"),
    ("Eso que dijo el pastor de que los haitianos son una plaga es asqueroso.", "es"),
    ("Lo que dijo el regidor, que los hondureños son ratas, fue vergonzoso.", "es"),
    ("Eso que dijo tu tío de que los guatemaltecos son una plaga no tiene nombre.", "es"),
    ("Lo que gritaron en la marcha, que los haitianos son basura, me dio tristeza.", "es"),
    ("Aquello que dijo el locutor, que los migrantes son una plaga, le costó el programa.", "es"),
    ("Lo que dijeron en la radio, que los venezolanos son una plaga, es indignante.", "es"),
    ("Eso que escribió el concejal de que los salvadoreños son basura merece disculpa.", "es"),
    ("Lo que dijo el obispo, que hay que ayudar a los haitianos, me pareció muy bonito.", "es"),
    ("Lo que dijo la maestra, que los niños haitianos aprenden rapidísimo, es cierto.", "es"),
    ("Eso que dijo el alcalde de que los migrantes sostienen la economía es verdad.", "es"),
    (
        "Lo que publicó el diario, que los haitianos llegaron huyendo del terremoto, es cierto.",
        "es",
    ),
    ("Lo que dijo el pastor en misa, que los haitianos son hermanos, me hizo llorar.", "es"),
    ("Eso que dijo mi abuela de que los oaxaqueños cocinan como nadie es la verdad.", "es"),
    ("Lo que dijeron los vecinos, que los haitianos ayudaron en la inundación, es cierto.", "es"),
    ("I heard him say the Somalis are trash. Disgusting.", "en"),
    ("I overheard a guy at the bar say Mexicans are animals. I told the bartender.", "en"),
    ("We heard a man at the game yelling that Haitians are a plague. Shameful.", "en"),
    ("I heard my uncle say the Somalis are trash at dinner and I left the table.", "en"),
    ("I heard the mayor say the Somali shop owners saved the block during the flood.", "en"),
    ("I heard him say the Somali restaurant on 5th is the best in town.", "en"),
    ("I heard the pastor say the Haitian families are the heart of the church.", "en"),
    ("I heard the coach say the Mexican players carried the team.", "en"),
    ("I heard her say the Somalis on Elm helped everyone shovel snow.", "en"),
    ("We heard the officer say Somali volunteers found the lost kid.", "en"),
]

# The same claims as the writer's own, or endorsed after the frame
FLAG_REPORTED = [
    ("Lo que dijo el pastor, que los haitianos son una plaga, es la pura verdad.", "es"),
    ("Lo que dijo el pastor, que los haitianos son una plaga, es la verdad.", "es"),
    ("Los haitianos son una plaga, como dijo el pastor.", "es"),
    ("El pastor tiene razón: los haitianos son una plaga.", "es"),
    ("Eso que dijo el pastor de que los haitianos son una plaga, tiene toda la razón.", "es"),
    ("The Somalis are trash.", "en"),
    ("I heard the Somalis are trash.", "en"),
    ("I heard him say the Somalis are trash, and he is right.", "en"),
    ("I heard him say the Somalis are trash. He's right.", "en"),
    ("Somalis are trash, I heard him say it and I agree.", "en"),
]

# A Jewish family running its own shop, and money in a clause of its own after it: not the
# control trope (control of banks, media, governments, the money supply)
PASS_TROPE_CONTROL = [
    (
        "The Jewish families on Elm have run the deli for forty years, and the money goes "
        "right back into the neighborhood.",
        "en",
    ),
    (
        "The Jewish family that owns the bakery on Main has run it since 1952, and the "
        "money stays in town.",
        "en",
    ),
    (
        "A Jewish couple runs the hardware store; the money they make sponsors the Little League.",
        "en",
    ),
    (
        "The Jewish community center runs a food pantry, and the money raised feeds two "
        "hundred families.",
        "en",
    ),
    (
        "Jewish volunteers run the soup kitchen on Fridays, and the money from the bake "
        "sale covers the rent.",
        "en",
    ),
    (
        "My Jewish neighbors own the laundromat, and their money helped rebuild the playground.",
        "en",
    ),
    ("The Jewish deli owners run a tight kitchen, but the money goes to fair wages.", "en"),
    (
        "The Jewish family has owned the pharmacy for decades, while the money from the "
        "pharmacy funds scholarships.",
        "en",
    ),
    (
        "Jewish refugees ran small tailor shops after the war, and the money paid for "
        "their kids' college.",
        "en",
    ),
    ("The Jewish moms run the PTA fundraiser, and the money goes to the library.", "en"),
    ("The Jewish family runs the corner store, and the money is reinvested in the block.", "en"),
    ("The synagogue runs a thrift shop; the money supports the shelter.", "en"),
    (
        "Two Jewish brothers own the garage on 9th, and the money from repairs pays their "
        "staff well.",
        "en",
    ),
    (
        "The Jewish owners ran the theater for sixty years, and the money kept the lights "
        "on downtown.",
        "en",
    ),
    (
        "The Jewish bakers run the shop before dawn, and the money from the challah sale "
        "goes to the food bank.",
        "en",
    ),
    (
        "Las familias judías manejan la panadería desde hace cuarenta años, y el dinero "
        "se queda en el barrio.",
        "es",
    ),
    (
        "Una pareja judía maneja la ferretería, y el dinero que ganan patrocina la liga infantil.",
        "es",
    ),
]

# Control of banks, media or money: the verb's objects, listed or not
FLAG_TROPE_CONTROL = [
    ("The Jews run the banks and the media.", "en"),
    ("Jews own the mobile home parks and the banks.", "en"),
    ("Jews control the money, and nobody dares say it.", "en"),
    ("The Jewish families run the media, and the money flows to Israel.", "en"),
    ("Jews run the ngos, the media and the banks.", "en"),
    ("Jews own all the money in this country.", "en"),
    ("Los judíos controlan los bancos y los medios.", "es"),
    ("Los judíos manejan el dinero del país.", "es"),
]

# A group after the Spanish object marker "a" is who suffers the deed ("roban a los migrantes"),
# not a group called a name
PASS_OBJECT_OF_DEED = [
    ("Los agentes de la garita extorsionan a los migrantes todos los días.", "es"),
    ("Los polleros asaltan a los migrantes en el desierto y nadie hace nada.", "es"),
    ("La patrulla municipal golpeó a los hondureños que dormían en la plaza.", "es"),
    ("Los guardias del penal maltratan a las haitianas y la fiscalía lo sabe.", "es"),
    ("Los coyotes engañan a los guatemaltecos con promesas falsas.", "es"),
    ("Unos ladrones robaron a los migrantes del albergue anoche.", "es"),
    ("En la carretera asaltan a los migrantes que viajan en el tren.", "es"),
    ("Los funcionarios corruptos estafan a los venezolanos con trámites falsos.", "es"),
    ("Los policías roban a los migrantes y el alcalde se hace de la vista gorda.", "es"),
    ("Me da coraje que extorsionen a los migrantes en cada retén.", "es"),
    ("Los narcos secuestran a los migrantes para cobrar rescate.", "es"),
    ("Los patrones abusan de los jornaleros mexicanos y les roban el sueldo.", "es"),
    ("El albergue protege a los migrantes que asaltaron en Coahuila.", "es"),
    ("Denunciamos que la policía roba a los migrantes en la central de autobuses.", "es"),
]

# The group as the doer, or called the name
FLAG_OBJECT_OF_DEED = [
    ("Los migrantes roban a todo el mundo.", "es"),
    ("Malditos migrantes ladrones.", "es"),
    ("Los migrantes son unos ladrones.", "es"),
    ("Ratas los migrantes, todos roban.", "es"),
    ("Asquerosos hondureños, váyanse.", "es"),
]


# Must pass the hate rules (another clause may hold them: naming a commander's police as
# robbers is libel's call)
NOT_HATE = [
    ("Los policías del comandante Ibarra roban a los migrantes.", "es"),
]
# "Cabrón" as an interjection of admiration for a play, the only swear and aimed at no one
PASS_ADMIRING_CABRON = [
    ("¡Qué golazo, cabrón!", "es"),
    ("¡Qué golazo, cabrón, qué golazo!", "es"),
    ("Cabrón, qué golazo del Chucky.", "es"),
    ("¡Qué atajada, cabrón! El portero se lució.", "es"),
    ("Qué jugadón, cabrón, no lo puedo creer.", "es"),
    ("¡Qué chilena, cabrón! Eso fue de otro planeta.", "es"),
    ("Tremendo partidazo, cabrón, valió cada peso.", "es"),
    ("¡Qué pase, cabrón! Ese gol es de los dos.", "es"),
    ("Vaya golazo, cabrón, ganamos el clásico.", "es"),
    ("¡Bien jugado, cabrón! Campeones.", "es"),
    ("Cabrón, qué remate de cabeza en el último minuto.", "es"),
    ("¡Qué jonrón, cabrón! Se fue hasta la calle.", "es"),
    ("Qué clavada, cabrón, el estadio se vino abajo.", "es"),
    ("¡Qué crack, cabrón! Tres goles en un partido.", "es"),
    ("¡Qué tirazo, cabrón! Desde media cancha.", "es"),
    ("¡Qué golazo, cabrona! Mi hija anotó en la final.", "es"),
]

# "Cabrón" said of or to a person, with or without a play admired beside it
FLAG_ADMIRING_CABRON = [
    ("Eres un cabrón.", "es"),
    ("Qué golazo, y tú eres un cabrón y un pendejo.", "es"),
    ("Cállate, cabrón, nadie te pidió opinión.", "es"),
    ("El autor es un cabrón mentiroso.", "es"),
]

# "No more X on the roster?": who is picked for a side, not who may live here
PASS_LINEUP = [
    ("No more Mexicans on the roster?", "en"),
    ("No more Mexicans on the team?", "en"),
    ("No more Brazilians in the lineup this year?", "en"),
    ("No more Irish on the squad?", "en"),
    ("No more Mexicans on the national team?", "en"),
    ("No more Koreans on the roster after the trade?", "en"),
    ("No more Nigerians on the bench?", "en"),
    ("No more Mexicans on the roster. Who is going to take the penalties now?", "en"),
    ("No more Cubans in the lineup?", "en"),
    ("No more Dominicans on the team, and the infield shows it.", "en"),
    ("No more Mexicans in the starting lineup? The coach must be joking.", "en"),
    ("No more Canadians on the squad?", "en"),
    ("No more Jamaicans on the relay team?", "en"),
    ("No more Argentines on the roster, sadly.", "en"),
    ("No more Italians in the cast?", "en"),
]

# The slogan over a place to live, or as a list
FLAG_LINEUP = [
    ("No more Mexicans in this town.", "en"),
    ("No more Muslims in our neighborhood.", "en"),
    ("No more Mexicans on our streets.", "en"),
    ("No more Haitians here.", "en"),
    ("No dogs, no Mexicans.", "en"),
]

# A clinic's or a shelter's address and number passed on as community information: not a
# service sold (spam) nor someone located (doxxing)
PASS_CLINIC_LINE = [
    ("The women's shelter on Mesa is at 2400 N Mesa St, phone (915) 555-0134.", "en"),
    (
        "For anyone who needs it: Centro de Salud Familiar, 1208 Myrtle Ave, (915) "
        "555-0177, they see you even without insurance.",
        "en",
    ),
    ("The clinic at 3rd and Oregon does walk-in care, call 915-555-0110 for hours.", "en"),
    ("The health clinic on Alameda moved to 7600 Alameda Ave. New number is 915-555-0165.", "en"),
    (
        "Shelter info for the storm: Sacred Heart gym, 602 S Oregon St, 915-555-0120, "
        "open all night.",
        "en",
    ),
    ("La clínica de salud de la calle Oregon está en el 1500 y su teléfono es 915-555-0100.", "es"),
    (
        "El albergue para mujeres atiende las 24 horas al 656 555 0123, por si alguien lo "
        "necesita.",
        "es",
    ),
    (
        "Para quien lo necesite: Clínica Guadalupe, Av. 16 de Septiembre 450, tel. 656 "
        "555 0144, atienden sin cita.",
        "es",
    ),
    (
        "El refugio de la colonia está en Calle Ocampo 210, teléfono 656-555-0188, "
        "reciben familias.",
        "es",
    ),
    (
        "La clínica del Seguro Popular cambió de dirección: ahora en Av. Juárez 900, tel "
        "656 555 0155.",
        "es",
    ),
    ("Clinic hours changed: Mon-Fri 8-5, 1500 Montana Ave, 915-555-0133. Bring your ID.", "en"),
    (
        "If your kid needs shots, the county clinic at 5115 El Paso Dr does them free, "
        "915-555-0190.",
        "en",
    ),
    (
        "The church food pantry at 400 Oak St is open Thursdays, 915-555-0102 if you need a ride.",
        "en",
    ),
    ("Legal aid clinic for tenants facing eviction: 915-555-0129, walk-in hours Tuesday.", "en"),
    (
        "El refugio para familias de la parroquia recibe gente esta noche, su número es "
        "656-555-0171.",
        "es",
    ),
    (
        "For anyone who needs it, the women's shelter hotline is 915-555-0136 and it is "
        "staffed all night.",
        "en",
    ),
]

# Services sold by phone
FLAG_CLINIC_LINE = [
    ("VISAS RAPIDAS sin cita, llama al 656-555-0187", "es"),
    ("Clínica dental Sonrisas: limpieza con 50% de descuento, llama al 656-555-0111.", "es"),
    ("Cheap loans, no credit check, call 915-555-0150 now!", "en"),
]


# A person's address or number with readers sent to them
FLAG_DOX = [
    (
        "His address is 1208 Myrtle Ave and his phone is 915-555-0177, in case anyone "
        "wants to drop by.",
        "en",
    ),
    ("Su teléfono es 915-555-0100, por si alguien le quiere reclamar en persona.", "es"),
]

# A custom told fondly: "es su cultura" after singing, "se cuidan entre ellos, qué bonito",
# "ya saben cómo son: si hay fiesta, todos cocinan"
PASS_KIND_CUSTOM = [
    ("Los oaxaqueños de la cuadra, ya saben cómo son: si hay fiesta, todos cocinan", "es"),
    ("Los mexicanos cantan en todas las fiestas, es su cultura.", "es"),
    ("Los vecinos coreanos se cuidan entre ellos, qué bonito.", "es"),
    ("Los poblanos del mercado, ya saben cómo son: si alguien se enferma, todos ayudan.", "es"),
    ("Los veracruzanos bailan en cualquier reunión, es su cultura y me encanta.", "es"),
    ("Las familias hondureñas de la iglesia se cuidan entre ellas, da gusto verlas.", "es"),
    ("Los jarochos cantan hasta en los velorios, es su cultura.", "es"),
    ("Los sinaloenses de mi trabajo se apoyan entre ellos, qué bonito.", "es"),
    ("Mis vecinos guatemaltecos, ya saben cómo son: comparten todo lo que cocinan.", "es"),
    ("Los yucatecos invitan a todo el barrio a sus fiestas, es su cultura.", "es"),
    ("Los haitianos del albergue se cuidan entre ellos, ojalá todos fuéramos así.", "es"),
    ("Los michoacanos celebran a sus santos con banda, es su cultura, y qué padre.", "es"),
    ("Los colombianos de la cuadra bailan todos los sábados, es su cultura.", "es"),
    ("Los oaxaqueños se ayudan entre ellos con el tequio, los admiro.", "es"),
    ("Los salvadoreños de la esquina, ya saben cómo son: cocinan pupusas para todos.", "es"),
    ("Los cubanos del edificio se cuidan entre ellos, qué lindo.", "es"),
]

# The same nods finished with a fault, or left unfinished
FLAG_KIND_CUSTOM = [
    ("Los hondureños de la cuadra, ya saben cómo son: puro ruido y borrachera.", "es"),
    ("Los haitianos se cuidan entre ellos y nadie habla cuando roban.", "es"),
    ("Los gitanos roban, es su cultura.", "es"),
    ("Los oaxaqueños, ya saben cómo son.", "es"),
    ("Los mexicanos son flojos, es su cultura.", "es"),
]


PASS = PASS_KIND_CUSTOM + (
    PASS_CLINIC_LINE
    + PASS_LINEUP
    + PASS_ADMIRING_CABRON
    + PASS_OBJECT_OF_DEED
    + PASS_TROPE_CONTROL
    + PASS_REPORTED
)
FLAG = (
    [(t, lang, "hate") for t, lang in FLAG_REPORTED + FLAG_TROPE_CONTROL + FLAG_OBJECT_OF_DEED]
    + [(t, lang, "hate") for t, lang in FLAG_KIND_CUSTOM]
    + [(t, lang, "hate") for t, lang in FLAG_LINEUP]
    + [(t, lang, "troll") for t, lang in FLAG_ADMIRING_CABRON + FLAG_DOX]
    + [(t, lang, "spam") for t, lang in FLAG_CLINIC_LINE]
)


@pytest.mark.parametrize(("text", "lang"), PASS)
def test_must_pass(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), FLAG)
def test_must_flag(text: str, lang: str, category: str) -> None:
    assert_rules_flag(text, lang, category)


@pytest.mark.parametrize(("text", "lang"), NOT_HATE)
def test_not_hate(text: str, lang: str) -> None:
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    assert not [f.rule for f in verdict.findings if str(f.category) == "hate"]
