"""More of the fifty-eighth session's readings, hand-written, English and Spanish. Near misses
that must pass: a group called the victims of criminals, people running from criminals, a
blame mocked by blaming the weather in the next breath, a lost donkey's notice with a number, a
shelter's or a salon's number in the sentence after the place, a cow on the road, "perra vida",
tits at a bird feeder, a harmless question about a people's dish. Violating comments that must
be flagged: a list of controlled drugs with discreet shipping, a casino's bonus percentage,
sports betting with a number to call, "crawl back in your trailer" to a reader, Jews as
"owners" in an equation, Holocaust numbers mocked or said to lack proof (with Jews or the
Holocaust named: a sum of six million pesos is no trope), the great replacement called real,
"hay razas que avanzan", "globalists" with the same last names, a Spanish joke about a
people."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # Victims of criminals, people running from them.
    (
        "Los migrantes no son delincuentes, son víctimas de los delincuentes.",
        "es",
        "hate",
        "approve",
    ),
    ("Guatemalans on the trains are prey for the gangs, not the gangs.", "en", "hate", "approve"),
    (
        "The Salvadorans at the shelter aren't criminals, they're running from criminals.",
        "en",
        "hate",
        "approve",
    ),
    ("Los hondureños son unos rateros, todos.", "es", "hate", "flag"),
    # A blame mocked by blaming the weather: not a charge.
    (
        "Ay sí, los haitianos tienen la culpa de todo. Seguro también tienen la culpa de la "
        "sequía.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Los hondureños son unos rateros. Seguro que también roban cuando hace calor.",
        "es",
        "hate",
        "flag",
    ),
    # A lost animal's notice, a place's own number, a cow on the road, idioms and birds.
    (
        "Se nos perdió una burra gris por la presa, si la ven llamen al 442-555-0107.",
        "es",
        "spam",
        "approve",
    ),
    (
        "Lost two hens near the church on Elm, please call 555-0144 if you see them.",
        "en",
        "spam",
        "approve",
    ),
    (
        "El comedor de la parroquia necesita arroz y frijol para el sábado. Su teléfono es "
        "442 555 0175 para coordinar.",
        "es",
        "troll",
        "approve",
    ),
    (
        "La del salón de belleza de la esquina es muy buena, su número es 423-555-0111.",
        "es",
        "troll",
        "approve",
    ),
    (
        "Se salió la vaca del vecino otra vez, manejen con cuidado por la brecha.",
        "es",
        "troll",
        "approve",
    ),
    ("Perra vida la del que espera el camión a las cinco de la mañana.", "es", "troll", "approve"),
    (
        "Birders: great tits and blue tits at the feeder behind the library this morning.",
        "en",
        "profanity",
        "approve",
    ),
    (
        "What do you call the Vietnamese soup with the brisket? My kid loves it.",
        "en",
        "hate",
        "approve",
    ),
    # Pills, casinos and betting.
    ("Xanax, Percocet and Adderall shipped discreetly, rx-fast-meds.biz", "en", "spam", "flag"),
    (
        "Casino en línea en español, bono 150% en tu primera recarga: casinoganador.example",
        "es",
        "spam",
        "flag",
    ),
    (
        "Apuestas de la NFL y la Liga MX, pago por Zelle, pregunta por Memo al 555-0130",
        "es",
        "spam",
        "flag",
    ),
    ("Las apuestas de la Liga MX le costaron la casa a mi compadre.", "es", "spam", "approve"),
    # A reader told to crawl back to his trailer; a family crawling back into theirs.
    ("Crawl back in your trailer, @PatriotBob.", "en", "troll", "flag"),
    ("After the storm we crawled back into the trailer to get the cat.", "en", "troll", "approve"),
    # Tropes and denial.
    ("Judíos = dueños de los bancos. Piénsenlo.", "es", "hate", "flag"),
    ("Six million? Sure, buddy.", "en", "hate", "flag"),
    ("Los judíos y sus famosos seis millones, y nadie ha visto las pruebas.", "es", "hate", "flag"),
    ("The Great Replacement isn't a theory anymore, look at our schools.", "en", "hate", "flag"),
    ("The great replacement isn't a theory, it's a racist hoax.", "en", "hate", "approve"),
    ("Hay razas que avanzan y otras que se quedan atrás, así es.", "es", "hate", "flag"),
    ("Decir que hay razas superiores es puro racismo.", "es", "hate", "approve"),
    (
        "Ever notice the globalists behind the shelters all share the same last names?",
        "en",
        "hate",
        "flag",
    ),
    ("¿Cómo se le dice a un hondureño con trabajo? Milagro.", "es", "hate", "flag"),
    # What the reviews of these readings found, kept: a number given to set readers on someone
    # is doxxing whatever follows it ...
    (
        "Su número es 656 555 0123 por si quieren decirle lo que pensamos de ella.",
        "es",
        "troll",
        "flag",
    ),
    # ... "needs fewer" reads a people that closes the phrase, of any colour, not a cuisine or
    # people suffering ...
    ("Downtown needs fewer Mexican restaurants and more parking.", "en", "hate", "approve"),
    ("Necesitamos menos haitianos durmiendo en la calle y más albergues.", "es", "hate", "approve"),
    ("This town needs fewer whites.", "en", "hate", "flag"),
    # ... one owner's exception yields to a people's control said in the same sentence, and
    # buying or sending things is no control ...
    ("Of course a Jewish family owns the newspapers and the TV stations.", "en", "hate", "flag"),
    ("Sure, a Jewish couple runs the bakery, but Jews control the media.", "en", "hate", "flag"),
    ("Los judíos mandan sobre todo a sus hijos a escuelas religiosas.", "es", "hate", "approve"),
    ("Vi a unos judíos comprando chiles en el mercado, como todo mundo.", "es", "hate", "approve"),
    # ... "same X, different Y" after a vote or an election is about the parties ...
    ("Mexicans voted for Morena again. Same thieves, different color.", "en", "hate", "approve"),
    # ... an errand with a journalist, a traitor or a tracked child in it is a threat ...
    ("Esa periodista vendida ya está marcada, cuando salga voy por ella.", "es", "troll", "flag"),
    (
        "Ya sé dónde estudia la hija del periodista, voy por ella a la escuela.",
        "es",
        "troll",
        "flag",
    ),
    # ... the second round's: a trait explained by the heat is no mocked blame, victims of
    # "other X" are the group again, a person's own number is theirs wherever they work, and
    # bonuses, sums of money, vocabulary questions, food sales, immigration levels and a
    # pharmacy complaint are no spam, trope or hate ...
    ("Mexicans are all criminals. Probably the heat makes them crazy.", "en", "hate", "flag"),
    ("Blacks are victims of the criminals, meaning other blacks.", "en", "hate", "flag"),
    ("Nice tits, sweetheart. Bring your binoculars to my place.", "en", "profanity", "flag"),
    ("Mexicans are not the guys doing honest work around here.", "en", "hate", "flag"),
    ("The Haitians arrived this week. Same vermin, different boat.", "en", "hate", "flag"),
    (
        "La jueza que liberó al acusado sale de la oficina a las 5. Su teléfono personal es "
        "656 555 2020.",
        "es",
        "troll",
        "flag",
    ),
    (
        "El tipo que me chocó trabaja en un taller de la Juárez. Su número es 656 555 2299, a "
        "ver si le da vergüenza.",
        "es",
        "troll",
        "flag",
    ),
    (
        "Doña Lupe vende tamales, su número es 656 555 0101 por si quieren encargar.",
        "es",
        "troll",
        "approve",
    ),
    ("El sindicato exige un bono de 15% para los maestros.", "es", "spam", "approve"),
    (
        "Vendo tamales de rajas, la docena a 180. Pago por Zelle o efectivo.",
        "es",
        "spam",
        "approve",
    ),
    (
        "Las farmacias de Juárez venden clonazepam y alprazolam sin receta y nadie hace nada.",
        "es",
        "spam",
        "approve",
    ),
    (
        "Seis millones de pesos desviados del DIF y nadie ha visto pruebas de que los regresaron.",
        "es",
        "hate",
        "approve",
    ),
    ("The grant was 6 million, right? So why are the parks still closed?", "en", "hate", "approve"),
    (
        "The great replacement isn't a theory, it's white nationalist propaganda.",
        "en",
        "hate",
        "approve",
    ),
    ("¿Cómo se le dice a un mexicano en inglés? Mexican.", "es", "hate", "approve"),
    ("The US needs fewer immigrants, not more.", "en", "hate", "approve"),
    # ... the ones killing people are someone else, and a people's clothes are fumigated.
    ("Muslims are not the ones killing people, it's the cartels.", "en", "hate", "approve"),
    (
        "Fumigate the migrants' clothes at the shelter? That's what they did in 1917.",
        "en",
        "hate",
        "approve",
    ),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_mocked_blame_victims_and_notices(
    text: str, lang: str, category: str, expected: str
) -> None:
    assert_category_action(text, expected, category, lang)
