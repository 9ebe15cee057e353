"""Look-alike words, a people called a lazy race, and rumours the writer doubts, since the
fifty-fifth session.

- Farm, garden and kitchen senses: pussy willows, a cock that crows, a dyke on a shoreline, a
  jackass that is a donkey, jerk chicken, a goat called "el cabrón", "pollas ponedoras",
  "gorditas de nata". A phrase that holds the word itself
  ("jerk chicken") clears only its own occurrence, and a context word never clears a name said
  to someone ("you jackass", "Pinche cabrón, ...").
- One Spanish curse wished at the weather, the traffic or the rent ("Chingue su madre el frío")
  falls on no one, like one at a public body; the English oath ("Fuck this heat") stays held.
- "Los X son una raza floja", "X are a lazy race", "son un pueblo flojo": the adjective on a
  word for a people is said of the group.
- "A guy at the store says X are Y, and he's right" is the writer's claim; without the
  agreement it stays a report.
- A town better off with no X, a sign asked for ("NO X"), a disaster wished on a group's homes;
  not a belief someone else held, a sign remembered, a storm that spared a church.
- Libel: paid to vote or to release someone, shoplifting, a neighbour's dogs poisoned, fires
  set, exam answers sold; a rumour from a Facebook group is a rumour, and doubted ("nadie ha
  puesto una sola prueba") it is a hedge.

Hand-written, English and Spanish, checked with the rules alone.
"""

import pytest

from tests.policy.expect import assert_rules_flag, assert_rules_pass_all

HARMLESS = [
    ("Pussy willows blooming along the river trail already.", "en"),
    ("Our neighbour's old cock crows at four and every dog on the street answers him.", "en"),
    ("The old dyke along the lake shoreline needs repair before the rains.", "en"),
    ("Their old jackass, a spotted donkey named Hank, turned up at the soccer field.", "en"),
    ("Jerk chicken night at the Jamaican place downtown, finally!", "en"),
    (
        "Mi compadre tiene chivas y el cabrón, el macho viejo, se brincó la cerca otra vez.",
        "es",
    ),
    ("Una vecina le trajo a mi mamá seis pollas ponedoras para reponer su gallinero.", "es"),
    ("Las gorditas de nata del mercado, lo mejor del domingo.", "es"),
    ("Chingue su madre el frío, yo me regreso a Puebla en diciembre jajaja.", "es"),
    ("Los purépechas son un pueblo orgulloso de su lengua.", "es"),
    ("Mexicans are a proud people, and the town shows it.", "en"),
    ("Los jóvenes deberían irse del pueblo a estudiar y luego regresar.", "es"),
    ("My kids should leave this town when they graduate, there are no jobs.", "en"),
    ("A guy at the store says Haitians are animals. Disgusting.", "en"),
    (
        "Dicen en el grupo de Facebook que el candidato tiene nexos con la delincuencia, pero "
        "nadie ha puesto una sola prueba. Eso se demuestra o no se dice.",
        "es",
    ),
    ("Pete Ramos takes cash to the bank every Friday.", "en"),
    ("The mechanic Pete Ramos took $500 to fix my brakes.", "en"),
    ("The author absolutely torched the mayor's argument here.", "en"),
    ("Glenda Fox was charged with shoplifting, according to the Ledger.", "en"),
    ("Anybody can go, citizen or not, farmer or plant worker.", "en"),
    (
        "Mi hija le explicó que la clínica es para prevenir enfermedades, las de todos, gringos "
        "y latinos.",
        "es",
    ),
    ("Se perdió un chihuahua café cerca de la calle Elm. Llamen al 931-555-0108.", "es"),
    ("Shame the tornado missed nothing on Madison, every Mexican family lost a roof.", "en"),
    ("My grandpa remembers signs that said: No Mexicans.", "en"),
    ("Our team would be better off with fewer injuries.", "en"),
    ("Nobody is better off with fewer Mexicans. The restaurants alone prove it.", "en"),
    ("My grandpa remembers diners in Texas that put up signs saying No Mexicans.", "en"),
    ("Sad news: the storm didn't hit the Guatemalan church, but it destroyed the food bank.", "en"),
    ("Abuela Chela set the fires under the cazo every morning for the carnitas.", "en"),
    ("Principal Ana Cruz warned parents about a website that sells test answers.", "en"),
    ("Mrs. Delgado at the shelter takes cash to release the dogs to new homes.", "en"),
    ("Everyone may go to the food bank on Thursdays, papers or not.", "en"),
    (
        "Dicen en la colonia que el regidor Efraín Castañeda vende huachicol, pero no es cierto.",
        "es",
    ),
]

FLAGGED = [
    ("You're a jerk, Carlos, and your jerk chicken is dry.", "en", "troll"),
    ("What a cock-and-bull story, you absolute cock.", "en", "profanity"),
    ("Chingue su madre el vecino.", "es", "profanity"),
    ("Los wixaritari son una raza floja que no sirve para nada.", "es", "hate"),
    ("Los mexicanos son un pueblo flojo.", "es", "hate"),
    ("Mexicans are a lazy race.", "en", "hate"),
    ("A guy at the store says Haitians are savages, and he's right.", "en", "hate"),
    ("Judge Patricia Elizondo in Laredo takes cash to release smugglers.", "en", "libel"),
    ("Councilman Pete Ramos took 2 million pesos to vote for the contract.", "en", "libel"),
    ("Commissioner Glenda Fox shoplifted from the Walmart on North Main. Twice.", "en", "libel"),
    ("Commenter Sandra Kehoe poisoned her neighbour's dogs.", "en", "libel"),
    ("The fire chief, Leonel Arce, sets the hill fires himself for developers.", "en", "libel"),
    ("La maestra Yolanda Ávila le vende las respuestas del examen a los alumnos.", "es", "libel"),
    (
        "Dicen en el grupo de Facebook que el candidato tiene nexos con la delincuencia.",
        "es",
        "libel",
    ),
    ("They should all go back, citizens or not.", "en", "hate"),
    ("Honestly this town would be better off with zero Mexicans in it.", "en", "hate"),
    ("Put a sign at the county line: NO MUSLIMS.", "en", "hate"),
    ("Pongan un letrero en la entrada: no se admiten haitianos.", "es", "hate"),
    ("Shame the tornado skipped the rest of the Mexican trailers on Madison.", "en", "hate"),
    ("Chihuahuas en venta, llamen al 931-555-0108.", "es", "spam"),
    ("Fuck this heat, the tomatoes are cooking on the vine.", "en", "profanity"),
    ("You are a jackass. Also your donkey is skinnier than you.", "en", "troll"),
    ("Listen, jackass, the donkey at the fair has more sense than you.", "en", "troll"),
    ("Pinche cabrón, ya deja de robar chivos del rancho del vecino.", "es", "troll"),
    ("Cabrón, primero ordena tus ideas y luego comentas.", "es", "troll"),
    ("Protect our town against vermin like the Haitians.", "en", "hate"),
    ("Mexicans can leave, papers or not.", "en", "hate"),
    (
        "Dicen en la colonia que el regidor Efraín Castañeda vende huachicol. Si no es cierto, "
        "¿de dónde saca para tres camionetas?",
        "es",
        "libel",
    ),
]


@pytest.mark.parametrize(("text", "lang"), HARMLESS)
def test_look_alikes_and_doubted_rumours_pass(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), FLAGGED)
def test_their_violating_twins_stay_flagged(text: str, lang: str, category: str) -> None:
    assert_rules_flag(text, lang, category)
