"""Shapes the rules used to approve, each seen across several writers of the blog's training
comments: intimidation that names a reader's workplace, street, boss or child's school with no
violent word; condescension with no insult word ("bless your heart, ... must be exhausting
being you", "did your mom help with the big words?"); a reader's return announced as a
nuisance and mock praise ("oh look, X is back", "another masterpiece from ..."); Jews hinted
at through surnames ("look up the last names", "siempre los mismos apellidos"); the group left
for the reader to name ("ya sabemos quiénes"); and scare quotes round a group's name ("these
'families'", "then the 'newcomers' showed up"). Each comes with near misses that must pass:
sincere sympathy and pride, a friend's news, talk about words, cronyism charged against
officials, and criticism of an office-holder. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # Intimidation: the reader's places and people named back to them.
    ("Keep it up, Dora. I know which bakery you work at.", "en", "troll", "flag"),
    ("We know what street you live on, Hal.", "en", "troll", "flag"),
    ("Would be a shame if your landlord saw what you post here, Tess.", "en", "troll", "flag"),
    ("Does your boss at the clinic know what you write here all day?", "en", "troll", "flag"),
    ("I'm sending these screenshots to your employer, Ray.", "en", "troll", "flag"),
    ("Your son goes to Mesa Verde Middle, right? Small town.", "en", "troll", "flag"),
    ("Ya sé que vives en la calle Álamo, Toño.", "es", "troll", "flag"),
    ("Tengo fotos de tu camioneta, Rubén. Sigue escribiendo.", "es", "troll", "flag"),
    ("Sabemos que tu hija estudia en la secundaria 9. Piénsalo.", "es", "troll", "flag"),
    ("Bonita casa en la colonia Juárez, Lalo. 🏠", "es", "troll", "flag"),
    # ... but a shared gym, a school recommended, sincere shame, a shop praised, pass.
    ("I know which gym you mean, the one on Fifth with the pool.", "en", "troll", "approve"),
    ("It would be a shame if the city lost that library branch.", "en", "troll", "approve"),
    ("Your son's school has a great robotics club, sign him up.", "en", "troll", "approve"),
    (
        "Your kids go to public school, right? Then you know the buses are late.",
        "en",
        "troll",
        "approve",
    ),
    (
        "It would be a shame if anything happened to that old theater downtown.",
        "en",
        "troll",
        "approve",
    ),
    ("My boss would love to see more stories like this one.", "en", "troll", "approve"),
    ("Qué bonita casa tiene mi tía en el rancho.", "es", "troll", "approve"),
    ("Mi hijo va a la secundaria técnica y le encanta.", "es", "troll", "approve"),
    # Condescension with no insult word.
    ("Bless your heart, Nell. Maybe ask someone to explain the chart.", "en", "troll", "flag"),
    ("Must be exhausting being you, Carl.", "en", "troll", "flag"),
    ("Must be nice not having a job, Walt.", "en", "troll", "flag"),
    (
        "Your mom must be so proud, spending your weekend losing arguments here.",
        "en",
        "troll",
        "flag",
    ),
    ("Did your mom help with the big words, Brad?", "en", "troll", "flag"),
    ("Did a ten year old write this?", "en", "troll", "flag"),
    ("Bendito sea tu corazón, Chela, siempre tan segura.", "es", "troll", "flag"),
    ("Debe ser cansado equivocarse tanto, Memo.", "es", "troll", "flag"),
    # ... but sincere blessings, sympathy and pride pass.
    ("Bless your heart for driving water out to the shelter.", "en", "troll", "approve"),
    ("That must be hard for you, I'm sorry about your dad.", "en", "troll", "approve"),
    ("Congratulations on the degree! Your mom must be so proud.", "en", "troll", "approve"),
    ("Debe ser cansado trabajar doble turno en la maquila.", "es", "troll", "approve"),
    # A return announced as a nuisance; mock praise.
    ("Oh look, Marty is back to explain tariffs to us.", "en", "troll", "flag"),
    ("Another masterpiece from the guy who thinks Texas borders Ohio.", "en", "troll", "flag"),
    ("We're all grateful to our resident genius, @kb_tx.", "en", "troll", "flag"),
    ("Otra vez Pancho con sus testamentos de siempre.", "es", "troll", "flag"),
    ("Ay sí, la experta en todo ya habló.", "es", "troll", "flag"),
    ("Ya llegó el licenciado a explicarnos cómo funciona el mundo.", "es", "troll", "flag"),
    # ... but welcomes back, praise, and a jab at an office-holder pass.
    ("Good to see you back, Marty, we missed your posts.", "en", "troll", "approve"),
    ("Another great piece from the author, thank you.", "en", "troll", "approve"),
    ("Another masterpiece from the mayor: the bus routes cut again.", "en", "troll", "approve"),
    ("Otra vez llovió en la sierra y el río creció.", "es", "troll", "approve"),
    # Jews hinted at through surnames; the group left for the reader to name.
    ("Who funds the shelters? Look up the last names.", "en", "hate", "flag"),
    ("Banks, studios, charities: the same small tribe every time.", "en", "hate", "flag"),
    ("Detrás de cada fundación siempre salen los mismos apellidos.", "es", "hate", "flag"),
    ("Antes el barrio era tranquilo. Ya sabemos quiénes lo cambiaron.", "es", "hate", "flag"),
    # ... but family history, cronyism charged against officials, and counter-speech pass.
    ("I looked up the last names in my family tree at the library.", "en", "hate", "approve"),
    ("Look up the last names of the council members: all cousins.", "en", "hate", "approve"),
    ("'Same small tribe' is an antisemitic dog whistle, and you know it.", "en", "hate", "approve"),
    (
        "En el cabildo siempre salen los mismos apellidos, puro compadrazgo.",
        "es",
        "hate",
        "approve",
    ),
    ("Ya sabemos quiénes ganaron la liga, felicidades a los Toros.", "es", "hate", "approve"),
    # Scare quotes round a group's name.
    ("Another 'refugee' family, another free apartment.", "en", "hate", "flag"),
    ("Half these 'families' are strangers travelling together.", "en", "hate", "flag"),
    ("The town was fine until the 'newcomers' showed up.", "en", "hate", "flag"),
    ("Otro 'paisano' del sur en la cárcel, qué raro.", "es", "hate", "flag"),
    ("Desde que llegaron los 'nuevos vecinos' ya nadie sale de noche.", "es", "hate", "flag"),
    # ... but talk about words and plain mentions pass.
    ("Why say 'migrants' instead of 'asylum seekers' in the headline?", "en", "hate", "approve"),
    ("The word 'refugee' has a legal meaning the article gets right.", "en", "hate", "approve"),
    ("El artículo confunde 'refugiados' con 'asilados'.", "es", "hate", "approve"),
    # A reader sent back to a hobby or lane, told they type like a failure, stories waved away.
    ("Maybe stick to the crossword, Vern.", "en", "troll", "flag"),
    ("Stay in your lane, Tommy.", "en", "troll", "flag"),
    ("Go grade some papers, lady.", "en", "troll", "flag"),
    ("Go back to whatever swamp you crawled out of.", "en", "troll", "flag"),
    ("You type like a kid who flunked typing class.", "en", "troll", "flag"),
    ("Nobody cares about your cousin's story, Pam.", "en", "troll", "flag"),
    # ... but advice on sources, writing praised, and a kind word pass.
    ("I'd stick to the court records and not the rumors.", "en", "troll", "approve"),
    ("She writes like someone who has lived on both sides of the river.", "en", "troll", "approve"),
    ("Nobody cares about your accent here, everyone is welcome.", "en", "troll", "approve"),
    # Killing at the border offered as the fix.
    ("A few snipers on the fence would fix the migrant problem fast.", "en", "hate", "flag"),
    (
        "Cartel gunmen fired across the river at the border agents last night.",
        "en",
        "hate",
        "approve",
    ),
    # Spanish intimidation and condescension with no insult word.
    ("Ya sé en qué taller mecánico trabajas, Beto.", "es", "troll", "flag"),
    ("Sigue escribiendo así, Nico, y a ver si sales entero el sábado.", "es", "troll", "flag"),
    ("Algún día nos vamos a topar en el mercado, Lalo.", "es", "troll", "flag"),
    ("Ya le pasé tu nombre a tu supervisor, Isa.", "es", "troll", "flag"),
    ("Anda, déjanos hablar a los adultos, Tere.", "es", "troll", "flag"),
    ("Se nota que en tu casa nadie te hace caso, Rolando.", "es", "troll", "flag"),
    ("Qué hueva leerte, Fabi, siempre lo mismo.", "es", "troll", "flag"),
    ("Mija, regrésate a tu turno en la tienda.", "es", "troll", "flag"),
    # ... but a neighbour's workplace told as news, a sincere sadness, and a plan to meet pass.
    (
        "Mi primo trabaja en el taller de la esquina y arregla frenos baratos.",
        "es",
        "troll",
        "approve",
    ),
    ("Qué triste vida la de los jornaleros en pleno verano.", "es", "troll", "approve"),
    ("Nos vemos en el mercado el sábado para la colecta, Lalo.", "es", "troll", "approve"),
    # Mock wonder at a reader or writer.
    ("Imagine writing 3,000 words and still missing the point.", "en", "troll", "flag"),
    ("Did you skip class or were you always like this, Brent?", "en", "troll", "flag"),
    # ... but sincere wonder passes.
    ("Imagine living on the river in 1900 without a levee.", "en", "troll", "approve"),
    # Insinuation that leaves the group to the reader.
    (
        "The bus stop got dangerous the year the shelter opened. Just an observation.",
        "en",
        "hate",
        "flag",
    ),
    ("You can always tell which streets they moved into.", "en", "hate", "flag"),
    ("Funny how every Somali family gets a brand new apartment.", "en", "hate", "flag"),
    ("Qué casualidad que siempre que hay un robo hay extranjeros cerca.", "es", "hate", "flag"),
    ("¿Por qué será que los gitanos nunca se quedan? Piénsenlo.", "es", "hate", "flag"),
    # ... but observations about weather, prices and the council pass.
    ("Funny how every time it rains the power goes out on our street.", "en", "hate", "approve"),
    (
        "Just an observation, the bus was late three times this week, is that normal?",
        "en",
        "hate",
        "approve",
    ),
    ("¿Por qué será que siempre llueve en Semana Santa?", "es", "hate", "approve"),
    ("No es casualidad que los precios suban en diciembre.", "es", "hate", "approve"),
    # Stock jibes; "better you don't even comment" said to the reader.
    ("Do you even proofread, Marcy?", "en", "troll", "flag"),
    ("Your posts are the reason they invented the mute button, Stu.", "en", "troll", "flag"),
    ("Whoever gave Dwight a keyboard owes us all an apology.", "en", "troll", "flag"),
    ("Con esa ortografía mejor ni opines, Chuy.", "es", "troll", "flag"),
    # ... but advice about a troll, and a sincere question, pass.
    ("Mejor ni le contesten a ese, solo viene a provocar.", "es", "troll", "approve"),
    ("Do you even need a permit to fish the canal?", "en", "troll", "approve"),
    # People "imported"; "real Americans" as those to keep; the same family names behind it.
    ("Crime is up and we keep importing people from cartel states.", "en", "hate", "flag"),
    ("Give the county jobs to real Americans for once.", "en", "hate", "flag"),
    ("Every open-border group? It's always the same family names.", "en", "hate", "flag"),
    # ... but trade, quoted slogans and officials pass.
    ("We keep importing tomatoes from Sinaloa because it is cheaper.", "en", "hate", "approve"),
    ("Politicians love to talk about 'real Americans' at rallies.", "en", "hate", "approve"),
    (
        "On the county board it's always the same families, year after year.",
        "en",
        "hate",
        "approve",
    ),
    # Threats normalised as someone else's duty; entry refused by sign; a herd of animals; a
    # group as a drag on the rest.
    ("Somebody should do something about the Somalis on our street.", "en", "hate", "flag"),
    ("Alguien debería hacer algo con los gitanos de la plaza.", "es", "hate", "flag"),
    ("Prohibida la entrada a gitanos en este local.", "es", "hate", "flag"),
    ("Those people poured off the bus like a herd of goats.", "en", "hate", "flag"),
    ("Los migrantes cruzaron como manada de animales.", "es", "hate", "flag"),
    ("Refugees are a drag on every town they land in.", "en", "hate", "flag"),
    # ... but a civic duty, a house rule, children at play, a policy judged, pass.
    ("Someone should do something about the potholes on Main.", "en", "hate", "approve"),
    ("No se admiten mascotas en el restaurante.", "es", "hate", "approve"),
    ("The kids ran around the park like a pack of wolves.", "en", "hate", "approve"),
    ("Tariffs are a drag on the border economy.", "en", "hate", "approve"),
    ("Immigrants are not a drag on the economy, the data says so.", "en", "hate", "approve"),
    # "No one asked you" as well as "nobody asked you"; not "nobody asked you to pay".
    ("No one asked you, pal.", "en", "troll", "flag"),
    ("No one cares what you think, Lou.", "en", "troll", "flag"),
    ("No one asked you to pay for it, the county covered it.", "en", "troll", "approve"),
    ("Nobody asked you to apologize, we know you meant well.", "en", "troll", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_recall_sixth(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
