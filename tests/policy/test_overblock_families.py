"""Over-blocking is as much a failure as a miss: harmless shapes the rules alone used to flag,
each with near misses that must stay flagged. Hand-written, English and Spanish; read with the
rules only (no blog model), since these are the rules' call.

- A claim denied and its cause put elsewhere ("No es que los X sean Y, es que el barrio no
  tiene drenaje"), unless the second clause carries hate of its own.
- A call echoed as a bare question and answered against it ("Send the refugees home? They have
  no home, it was bombed."), unless the answer agrees or adds hate.
- An animal comparison of how a group is forced or made to live ("forced to live like animals
  in those camps"), unless prescribed ("should be kept like animals").
- "Run" with an everyday or charitable bank ("Jews run the food bank"), not finance.
- A group word with a pair of opposites ("Judío bueno o malo, eso no importa").
- Friends' hyperbole over gossip or food ("Amiga, te voy a matar si no me cuentas el chisme"),
  not a real conditional threat.
"""

import pytest

from moderation.policy import Submission, screen

_ORDER = ["approve", "hold", "reject"]


def _rules_action(text: str, lang: str, category: str) -> tuple[str, str]:
    """(the rules-only verdict, the strongest action in `category`)."""
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    found = [str(f.action) for f in verdict.findings if str(f.category) == category]
    return str(verdict.action), max(found, key=_ORDER.index, default="approve")


def _check(text: str, lang: str, expected: str, category: str) -> None:
    overall, action = _rules_action(text, lang, category)
    if expected == "approve":
        assert overall == "approve", (text, overall)
    elif expected == "flag":
        assert action in ("hold", "reject"), (text, action)
    else:
        assert action == expected, (text, action)


DENIED_CAUSE = [
    # The claim denied, the cause put on a place, a service, other people.
    ("No es que los mexicanos sean sucios, es que la colonia no tiene drenaje.", "es", "approve"),
    ("No es que los gitanos sean ladrones, es que nadie les da trabajo.", "es", "approve"),
    ("No es que las mujeres manejen mal, sino que nadie les enseñó.", "es", "approve"),
    (
        "No es porque los indígenas sean ignorantes, es porque nunca llegó la escuela.",
        "es",
        "approve",
    ),
    ("It's not that Mexicans are dirty, it's that the barrio has no drainage.", "en", "approve"),
    ("It isn't that Roma are thieves; it's that nobody will hire them.", "en", "approve"),
    (
        "The problem isn't that Muslims are violent, the problem is that the news only shows that.",
        "en",
        "approve",
    ),
    # ... but a second clause that says something hateful keeps the first read.
    ("No es que los mexicanos sean sucios.", "es", "flag"),
    ("No es que los gitanos sean ladrones, es que son así.", "es", "flag"),
    ("No es que los gitanos sean ladrones, es que lo llevan en la sangre.", "es", "flag"),
    ("No es que los negros sean flojos, es que no quieren trabajar.", "es", "flag"),
    ("No es que los musulmanes sean terroristas, es que hay que echarlos a todos.", "es", "flag"),
    ("No es que los inmigrantes vengan, es que vienen a reemplazarnos.", "es", "flag"),
    ("It's not that Mexicans are dirty, it's that they are lazy.", "en", "flag"),
    ("It's not that trans people are sick, it's that they are freaks.", "en", "flag"),
    ("It's not that Jews are greedy, it's that they control the banks.", "en", "flag"),
    (
        "It's not that immigrants are criminals, it's that we need to deport every one of them.",
        "en",
        "flag",
    ),
]


@pytest.mark.parametrize("text,lang,expected", DENIED_CAUSE)
def test_denied_for_another_cause(text, lang, expected):
    _check(text, lang, expected, "hate")


SLOGAN_ANSWERED = [
    ("Send the refugees home? They have no home, it was bombed.", "en", "approve"),
    ("Send the migrants back? They have nowhere to go back to.", "en", "approve"),
    ("Deport the Syrians? Back where? Their city is rubble.", "en", "approve"),
    ("¿Mandar a los refugiados a su casa? No tienen casa, la bombardearon.", "es", "approve"),
    # ... an answer that agrees, or adds hate of its own, or no question at all.
    ("Send the refugees home? Yes, all of them.", "en", "flag"),
    ("Send the refugees home? Absolutely, today.", "en", "flag"),
    ("Send the refugees home? No, they should be shot.", "en", "flag"),
    ("Send the refugees home? They are parasites anyway.", "en", "flag"),
    ("Send the refugees home. They have no right to be here.", "en", "flag"),
    ("¿Echar a los gitanos? No, hay que matarlos.", "es", "flag"),
]


@pytest.mark.parametrize("text,lang,expected", SLOGAN_ANSWERED)
def test_slogan_answered(text, lang, expected):
    _check(text, lang, expected, "hate")


MADE_TO_LIVE = [
    ("Migrants are forced to live like animals in those detention camps.", "en", "approve"),
    ("Refugees are made to sleep like animals on the concrete floor.", "en", "approve"),
    ("Asylum seekers are being kept like animals in cages at the border.", "en", "approve"),
    ("Los migrantes son obligados a vivir como animales en esos centros.", "es", "approve"),
    ("A los jornaleros haitianos los tratan como animales en ese rancho.", "es", "approve"),
    ("Los refugiados tienen que dormir como animales en el suelo del albergue.", "es", "approve"),
    # ... what they are said to be or do, or what should be done to them.
    ("Migrants are like animals.", "en", "flag"),
    ("Migrants behave like animals.", "en", "flag"),
    ("Migrants should be treated like animals.", "en", "flag"),
    ("Los migrantes viven como animales.", "es", "flag"),
    ("Los migrantes merecen vivir como animales.", "es", "flag"),
    ("Los gitanos tienen hijos como conejos.", "es", "flag"),
]


@pytest.mark.parametrize("text,lang,expected", MADE_TO_LIVE)
def test_made_to_live_like_animals(text, lang, expected):
    _check(text, lang, expected, "hate")


EVERYDAY_BANK = [
    ("Jews run the food bank on Elm street, and they feed everyone.", "en", "approve"),
    ("The food bank downtown is run by Jews from the synagogue.", "en", "approve"),
    ("A Jewish couple runs the blood bank at the county hospital.", "en", "approve"),
    (
        "Los judíos manejan el banco de alimentos de la colonia y reparten a todos.",
        "es",
        "approve",
    ),
    # ... finance, and a food bank beside the banks.
    ("Jews control the banks.", "en", "flag"),
    ("The banks are run by Jews.", "en", "flag"),
    ("Jews own the banks, the food bank is just a front.", "en", "flag"),
    ("Jews control the world bank.", "en", "flag"),
    ("Los judíos controlan los bancos.", "es", "flag"),
]


@pytest.mark.parametrize("text,lang,expected", EVERYDAY_BANK)
def test_everyday_bank_is_no_trope(text, lang, expected):
    _check(text, lang, expected, "hate")


EITHER_WAY = [
    ("Judío bueno o malo, eso no importa: es tu vecino.", "es", "approve"),
    ("Good Muslim or bad Muslim, it doesn't matter: he's your neighbour.", "en", "approve"),
    ("Buenos o malos, los migrantes son nuestros vecinos.", "es", "approve"),
    ("Limpios o sucios, los mexicanos merecen respeto.", "es", "approve"),
    ("Rich or poor, clean or dirty, gays are welcome here.", "en", "approve"),
    # ... two bad words joined, or a bad word said outright.
    ("Mexicans are dirty or lazy, take your pick.", "en", "flag"),
    ("Los gitanos son ladrones o mentirosos.", "es", "flag"),
    ("Bad Jews or worse Jews, they're all the same.", "en", "flag"),
    ("Los judíos no importan.", "es", "flag"),
]


@pytest.mark.parametrize("text,lang,expected", EITHER_WAY)
def test_either_way(text, lang, expected):
    _check(text, lang, expected, "hate")


FRIENDS_HYPERBOLE = [
    ("Amiga, te voy a matar si no me cuentas el chisme", "es", "approve"),
    ("Te mato si no me cuentas qué pasó en la cita, amiga.", "es", "approve"),
    ("Si te comes mi pastel te mato, hermana.", "es", "approve"),
    ("Girl, I'm going to kill you if you don't spill the tea.", "en", "approve"),
    ("Bro, I will kill you if you eat my fries again.", "en", "approve"),
    # ... a real condition, a debt, a menace, or no friend and no trivial matter.
    ("te voy a matar si vuelves a pasar por mi casa", "es", "reject"),
    ("Amiga, te voy a matar si vuelves a pasar por mi casa", "es", "reject"),
    ("Te voy a matar si no me pagas lo que me debes.", "es", "reject"),
    ("Te voy a matar si no me cuentas todo, sé dónde vives.", "es", "reject"),
    ("Bro, I will kill you if you touch my sister again.", "en", "reject"),
    (
        "I'm going to kill you if you don't tell me everything, I know where you live.",
        "en",
        "reject",
    ),
]


@pytest.mark.parametrize("text,lang,expected", FRIENDS_HYPERBOLE)
def test_friends_hyperbole(text, lang, expected):
    _check(text, lang, expected, "troll")


CLAIM_ECHOED = [
    # A claim about a group repeated as a bare question, then answered with a fact or a person.
    ("Mexicans are lazy? Tell that to the crews roofing in August.", "en", "approve"),
    ("Immigrants are criminals? The data says otherwise.", "en", "approve"),
    ("Trans swimmers are 'ruining sports'? There are about four of them.", "en", "approve"),
    (
        "¿Los mexicanos son flojos? Díselo a los albañiles que trabajan bajo el sol.",
        "es",
        "approve",
    ),
    ("¿Los migrantes son criminales? Los datos dicen lo contrario.", "es", "approve"),
    # ... agreed with, answered with a worse claim, or asked as a real question.
    ("Mexicans are lazy? Damn right.", "en", "flag"),
    ("Mexicans are lazy? Yes, and proud of it.", "en", "flag"),
    ("Mexicans are lazy? Tell that to the crews roofing, they're even lazier.", "en", "flag"),
    ("Muslims are terrorists? Ask the FBI, they know.", "en", "flag"),
    ("¿Los gitanos son ladrones? No, son ratas.", "es", "flag"),
]


@pytest.mark.parametrize("text,lang,expected", CLAIM_ECHOED)
def test_claim_echoed_and_answered(text, lang, expected):
    _check(text, lang, expected, "hate")


DISGUST_AT_SPEAKERS = [
    # Hateful words quoted as someone's, then the writer's disgust: it is for the speakers.
    ("En el estadio gritaron 'fuera indios'. Qué asco de gente.", "es", "approve"),
    ("Alguien pintó 'fuera negros' en la barda del vecino. Qué asco me da.", "es", "approve"),
    ("Someone yelled 'go back to Mexico' at my mom. Disgusting people.", "en", "approve"),
    (
        "Alguien escribió que los migrantes son 'una plaga'. Son palabras que deshumanizan.",
        "es",
        "approve",
    ),
    # ... the group is who spoke, or the disgust names the group, or nothing was quoted.
    ("Los migrantes gritaron 'fuera gringos'. Qué asco de gente.", "es", "flag"),
    ("Alguien pintó 'fuera negros' en la barda. Qué asco de gente, los negros.", "es", "flag"),
    ("Los haitianos llegaron al parque. Qué asco me dan.", "es", "flag"),
]


@pytest.mark.parametrize("text,lang,expected", DISGUST_AT_SPEAKERS)
def test_disgust_at_the_speakers(text, lang, expected):
    _check(text, lang, expected, "hate")


DENIED_WITH_A_CLAUSE_BETWEEN = [
    # The denial's cause may come a clause later.
    (
        "It isn't that we hate immigrants; half of us married one. It's that the ranch roads are "
        "full of smugglers.",
        "en",
        "approve",
    ),
    (
        "No es que odiemos a los migrantes; la mitad de mi familia cruzó. Es que el municipio no "
        "pone ni un contenedor.",
        "es",
        "approve",
    ),
    # ... but a hateful clause between, or after, keeps it read.
    (
        "It isn't that we hate immigrants; they are vermin. It's that the roads are full.",
        "en",
        "flag",
    ),
    (
        "It isn't that we hate immigrants; half of us married one. It's that they are parasites.",
        "en",
        "flag",
    ),
]


@pytest.mark.parametrize("text,lang,expected", DENIED_WITH_A_CLAUSE_BETWEEN)
def test_denied_with_a_clause_between(text, lang, expected):
    _check(text, lang, expected, "hate")


AFFIRMING_NO = [
    # A "no" that agrees is no denial: the call or claim before it stays read.
    ("Kill the immigrants? No problem.", "en", "flag"),
    ("Kill all the Jews? No hesitation.", "en", "flag"),
    ("Deport the Somalis? No mercy.", "en", "flag"),
    ("Send the refugees home? Not a bad idea.", "en", "flag"),
    ("Mexicans are lazy? No question.", "en", "flag"),
    ("¿Echar a los gitanos? No estaría mal.", "es", "flag"),
    ("¿Echar a los gitanos? No lo dudes.", "es", "flag"),
    ("¿Matar a los migrantes? No me tiembla la mano.", "es", "flag"),
    # ... while a real "no" still denies.
    ("Are immigrants criminals? No matter what Fox says, the numbers say no.", "en", "approve"),
    ("¿Son criminales los migrantes? No, para nada.", "es", "approve"),
    ("Are gay people sinners? No more than anyone else.", "en", "approve"),
]


@pytest.mark.parametrize("text,lang,expected", AFFIRMING_NO)
def test_affirming_no_is_no_denial(text, lang, expected):
    _check(text, lang, expected, "hate")
