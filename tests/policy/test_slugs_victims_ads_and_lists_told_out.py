"""The sixty-first session's readings, hand-written, English and Spanish: a link's slug is a
page's name and not the reader's words; a person kidnapped or extorted by nameless men is a
victim, not accused; a short ad around a bare link; a shouted put-down of the blog; a list of
peoples told "out"; "mojados" after a crowd noun; the six million taken on faith; the land or
its water said to be owned by Jews; a question about who funds the caravans answered with
them; "not all X are thieves, but the ones that cross are"; a people renamed what "they are";
a people denied its mosque; a town "nice before 1995, we all know what changed"; asking whether
noticing is racism. Near misses that must pass beside each: a report's slug, a slag heap and
heavy metals, pigs on a farm, a cold that is "cabrón" and a surprised "¡Ay, cabrón!", a city
that gives the nuns nothing, "when people here say X" answered, one man's act that angers, a
campaign's candidates at Mass, a source's front page, a fan's shouted game, a Jewish family's
water rights, a county's six million, a cartel's men and a fox, a jackass and a sail's spar."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # A link's slug names its page: no insult typed by the reader ...
    (
        "Les comparto el reportaje: https://heraldo.example.mx/escoria-rio. Ojalá lo revisen.",
        "es",
        "troll",
        "approve",
    ),
    (
        "Read this: https://ledger.example.com/news/mayor-called-idiot-by-council, then judge.",
        "en",
        "troll",
        "approve",
    ),
    # ... while the words around it are still read.
    ("You are an idiot https://ledger.example.com/a", "en", "troll", "flag"),
    ("Hay metales pesados en el agua cerca de los patios de escoria.", "es", "troll", "approve"),
    ("Faltó hablar de los que trabajan en las granjas de cerdos.", "es", "troll", "approve"),
    ("Son escoria, todos ustedes.", "es", "troll", "flag"),
    # A victim named, kidnapped or extorted by no one named ...
    ("Juan Pérez was kidnapped for three days and came back thin.", "en", "libel", "approve"),
    ("Juan Pérez was extorted by the cartel for two years.", "en", "libel", "approve"),
    ("Juan Pérez fue extorsionado por el cártel.", "es", "libel", "approve"),
    # ... and the same shapes with someone accused.
    ("Juan Pérez was extorted by Mayor Ruiz for two years.", "en", "libel", "flag"),
    ("Juan Pérez extorted the bakers on Fifth Street for years.", "en", "libel", "flag"),
    # Deeds told flat of someone named: people beaten as a habit, money taken and kept, public
    # land sold to kin, starting spots sold ...
    ("Hank Dombrowski pays them cash and beats them if they complain.", "en", "libel", "flag"),
    (
        "Mayor Vavra's husband beats the Guatemalan guys who work on his farm.",
        "en",
        "libel",
        "flag",
    ),
    ("@Ximena_Qro took the sign-up money for the school trip and kept it.", "en", "libel", "flag"),
    ("Mayor Arturo Benavides Ochoa sold the zoo land to his cousin. Fact.", "en", "libel", "flag"),
    ("Coach Trinidad Olguín sells starting spots at the youth academy.", "en", "libel", "flag"),
    # ... and a team beaten, a private sale, a receipt kept, raffle tickets sold.
    ("Coach Ruiz beats the Eagle Pass guys every single year.", "en", "libel", "approve"),
    (
        "Don Pedro Garza sold the land to his nephew in 1990 and moved away.",
        "en",
        "libel",
        "approve",
    ),
    (
        "Mrs. Lozano took the bake sale money to the bank and kept the receipt.",
        "en",
        "libel",
        "approve",
    ),
    ("Coach Olguín sells raffle tickets at every game for the bus fund.", "en", "libel", "approve"),
    # A short ad around a bare link ...
    ("Curso de inglés en 7 días 📚 inglesrapido.com", "es", "spam", "flag"),
    ("Need a loan today? Approved in 5 min: fastcash-mx-loans.net", "en", "spam", "flag"),
    ("🔥 FREE followers & likes 🔥 boostyourpage-fast.com", "en", "spam", "flag"),
    ("Lentes de sol originales a 99 pesos 😎 ofertasnorte.example.mx", "es", "spam", "flag"),
    # ... and a front page named as a source, a cause or a team.
    ("I read this on ledger.com and it was better there.", "en", "spam", "approve"),
    ("Lo leí en eluniversal.com.mx, ahí viene más completo.", "es", "spam", "approve"),
    ("Free speech matters: eff.org", "en", "spam", "approve"),
    ("Game tonight, win or go home: clubleon.mx", "en", "spam", "approve"),
    ("La feria empieza hoy, entrada gratis para niños: feriadeleon.mx", "es", "spam", "approve"),
    # A short put-down of the blog, shouted ...
    ("ESTE BLOG ES BASURA!!! 🗑️🗑️🗑️", "es", "troll", "flag"),
    ("THIS BLOG IS GARBAGE!!!", "en", "troll", "flag"),
    # ... but not a fan's shout at a game.
    ("QUÉ BASURA DE PARTIDO!!", "es", "troll", "approve"),
    ("NO MORE WAR!!!", "en", "troll", "approve"),
    # Readers' put-downs and a stalker's notice ...
    (
        "Nobody reads you, Ramón. Nobody. Your own mother skips to the comments.",
        "en",
        "troll",
        "flag",
    ),
    (
        "@Marisol te vi hoy en el Walmart de Las Torres, bonita tu blusa roja 😘",
        "es",
        "troll",
        "flag",
    ),
    ("Gustavo, we all know you can't read past a headline.", "en", "troll", "flag"),
    # ... and a reader seen at a march, a rhetorical "can't read this", a tough cold.
    ("@Marisol te vi ayer en la marcha, qué buen discurso.", "es", "troll", "approve"),
    (
        "Whatever you think of the state, you can't read this and come away thinking it works.",
        "en",
        "troll",
        "approve",
    ),
    ("Cabrón el frío de la madrugada, pero los globos valen la pena.", "es", "troll", "approve"),
    ("Ay, cabrón, otra vez cortaron el agua sin avisar.", "es", "troll", "approve"),
    ("Cabrón el tráfico en el puente hoy, dos horas para cruzar.", "es", "troll", "approve"),
    ("Cállate, cabrón.", "es", "troll", "flag"),
    # Words with an everyday sense beside them.
    (
        "Saw a real jackass pulling a cart of alfalfa down the avenue today.",
        "en",
        "troll",
        "approve",
    ),
    (
        "Con el ventarrón se rompió la verga del velero grande antes de la regata.",
        "es",
        "profanity",
        "approve",
    ),
    ("Ojo con el tarugo de madera que sostiene la puerta del vagón.", "es", "troll", "approve"),
    ("El pinche de cocina del restaurante nuevo es español.", "es", "profanity", "approve"),
    ("Lerdo's plaza is still the prettiest in La Laguna.", "en", "troll", "approve"),
    # Peoples told out, in a list ...
    ("Mexico for Mexicans. Haitians, Hondurans, whatever, out.", "en", "hate", "flag"),
    ("Muslims and Jews out now.", "en", "hate", "flag"),
    # ... and out in force at a vigil.
    ("Haitians and Hondurans out in force at the vigil tonight.", "en", "hate", "approve"),
    # "Mojados" after a crowd noun ...
    ("Otra familia de m0j4d0s sin papeles en la cuadra.", "es", "hate", "flag"),
    # ... and people wet from the rain.
    ("Llegamos a la casa de mis tíos todos mojados por la lluvia.", "es", "hate", "approve"),
    # The six million taken on faith, the land said to be theirs ...
    (
        "They play victim and the world swallowed the 6 million number without a single question.",
        "en",
        "hate",
        "flag",
    ),
    ("Jews own the water rights, look it up.", "en", "hate", "flag"),
    ("Los judíos son dueños de las tierras del valle.", "es", "hate", "flag"),
    # ... and a county's six million, a family's water rights.
    (
        "The county spent six million without a single question from the board.",
        "en",
        "hate",
        "approve",
    ),
    (
        "Jewish families have farmed here since 1900 and own the water rights to the old ditch.",
        "en",
        "hate",
        "approve",
    ),
    # Who funds the caravans, answered with them ...
    (
        "¿Y quién creen que financia las caravanas? Los banqueros de siempre, los de la kipá.",
        "es",
        "hate",
        "flag",
    ),
    # ... and answered with a report.
    (
        "¿Quién financia las caravanas? Según el reportaje, iglesias y ONGs locales.",
        "es",
        "hate",
        "approve",
    ),
    # Not all of them, but the ones arriving ...
    (
        "Not saying all Mexicans are thieves, but the ones that cross sure seem to be.",
        "en",
        "hate",
        "flag",
    ),
    # ... and the ones arriving said to flee.
    (
        "Not all Mexicans are cartel, but the ones moving north are mostly fleeing it.",
        "en",
        "hate",
        "approve",
    ),
    # Renamed, denied a mosque, equated, a town better before ...
    (
        "Don't call them immigrants. Call them what they are: an invasive species.",
        "en",
        "hate",
        "flag",
    ),
    ("Los musulmanes no deberían tener mezquita en Guymon. Ni una.", "es", "hate", "flag"),
    ("Mexican = illegal. Don't care what papers they have.", "en", "hate", "flag"),
    ("Women in politics = disaster.", "en", "hate", "flag"),
    ("Guymon was a nice town before 1995. We all know what changed.", "en", "hate", "flag"),
    (
        "Haitianos, venezolanos, hondureños... es la misma basura con diferente bandera.",
        "es",
        "hate",
        "flag",
    ),
    # ... and a permit fought for, a renamed disaster, a white Christmas.
    ("Muslims shouldn't have to fight the county for a mosque permit.", "en", "hate", "approve"),
    ("Call it what it is: a disaster.", "en", "hate", "approve"),
    ("Keep Christmas white!", "en", "hate", "approve"),
    # What others say, believed ...
    ("Dicen que los hondureños son ratas, y yo les creo.", "es", "hate", "flag"),
    ("People say Haitians are rats, and I believe them.", "en", "hate", "flag"),
    # ... and not believed, or believed of something kind.
    (
        "Dicen que los hondureños son ratas; yo no les creo, trabajo con ellos.",
        "es",
        "hate",
        "approve",
    ),
    ("Dicen que los hondureños son trabajadores, y yo les creo.", "es", "hate", "approve"),
    # Whether noticing is racism, asked so that the answer is no ...
    (
        "Nomás una pregunta: ¿por qué será que desde que llegaron los haitianos subieron los "
        "robos? ¿Es racismo notar algo que todos ven? Esa gente es así.",
        "es",
        "hate",
        "flag",
    ),
    # ... and asked the other way, or answered.
    ("¿No es racismo decir que los haitianos son sucios?", "es", "hate", "approve"),
    ("Is it racist to say Mexicans are rapists? Yes, it is.", "en", "hate", "approve"),
    # A complaint for others, a report answered, one man's act, a campaign.
    (
        "The shelter is full, the nuns are exhausted, and the city gives them nothing.",
        "en",
        "hate",
        "approve",
    ),
    (
        "So when people here say the immigrants are a drain on the town, I'd invite them to "
        "come look at my books.",
        "en",
        "hate",
        "approve",
    ),
    (
        "Me enoja cuando un gringo dice que todos los mexicanos somos narcos.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Qué casualidad que cada vez que hay elecciones aparecen los candidatos en la misa.",
        "es",
        "hate",
        "approve",
    ),
    ("Yakamas are drunk parasites. Always have been.", "en", "hate", "flag"),
    (
        "The Yakama Nation runs the fisheries on the river and does it well.",
        "en",
        "hate",
        "approve",
    ),
    # The first reviews' probes: wet children, a team, a county, roofs, a Christmas, an ugly
    # church, a shouted praise, the fine print, a choir, free tamales ...
    (
        "Los chamacos regresaron puros mojados del río y la abuela los regañó.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Utes out. Brutal loss to the Cougars, but there is always next season.",
        "en",
        "hate",
        "approve",
    ),
    (
        "Kiowa County commissioners are a bunch of thieves, read the road budget.",
        "en",
        "hate",
        "approve",
    ),
    ("Cool roofs cut the electric bill in July. Keep roofs white.", "en", "hate", "approve"),
    ("White Christmas is a better Christmas, ask any kid in Ruidoso.", "en", "hate", "approve"),
    (
        "Catholics shouldn't have a church this ugly, the new one looks like a bank.",
        "en",
        "hate",
        "approve",
    ),
    ("DAMN GOOD ARTICLE!!", "en", "troll", "approve"),
    (
        "No one reads you the fine print at the dealerships, so read it yourself.",
        "en",
        "troll",
        "approve",
    ),
    ("Comadre, te vi el domingo en la misa, qué bonito cantó el coro.", "es", "troll", "approve"),
    (
        "Free tamales today after the 10 am Mass: stmarys-parish.example.org",
        "en",
        "spam",
        "approve",
    ),
    (
        "Aprobado hoy mismo el bono de $500 para los maestros: sep.example.mx",
        "es",
        "spam",
        "approve",
    ),
    # ... and the leaks they found.
    ("Uy, cabrona, ni quien te quiera con esa actitud.", "es", "troll", "flag"),
    ("Eres parte de la escoria de esta ciudad.", "es", "troll", "flag"),
    ("You clearly can't read this, so stop commenting.", "en", "troll", "flag"),
    (
        "Don Pancho fue robado por delincuentes como el licenciado Omar Cisneros.",
        "es",
        "libel",
        "flag",
    ),
    ("Me da asco cuando un haitiano se sienta junto a mí en el camión.", "es", "hate", "flag"),
    # The second reviews' probes: a lake town, a tournament, a question to the zoning board, a
    # writer's father quoted with shame, a library's stream, a union's notice, a grandmother,
    # a dictionary pointed at the reader, a bartender, a friend who looked well ...
    ("White Swan is a nicer Swan in the spring, go see the orchards.", "en", "hate", "approve"),
    (
        "Brazilians and Argentines out. Unreal. Copa América is wide open now.",
        "en",
        "hate",
        "approve",
    ),
    (
        "Who decided Sikhs shouldn't build a gurdwara here? The zoning board owes us answers.",
        "en",
        "hate",
        "approve",
    ),
    (
        "Lo confieso con vergüenza: mi papá les dice indios patarrajada y nunca le dije nada.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Council meeting stream today at 6, free to watch: cityofwapato.example.org",
        "en",
        "spam",
        "approve",
    ),
    (
        "Credito Infonavit para maestros con 10% de enganche, requisitos: https://www.snte.org.mx",
        "es",
        "spam",
        "approve",
    ),
    (
        "Mi renta subió 500 pesos este año, miren la nota: elheraldo.example.mx",
        "es",
        "spam",
        "approve",
    ),
    ("This is you: https://www.merriam-webster.com/dictionary/moron", "en", "troll", "flag"),
    ("Nobody reads you better than a good bartender, trust me.", "en", "troll", "approve"),
    ("Marta, te vi ayer en la feria, te veías feliz con tus nietos.", "es", "troll", "approve"),
    ("TE QUIERO, CABRÓN!!", "es", "troll", "approve"),
    (
        "Ana Lucero beats the other pickers every season in the harvest contest.",
        "en",
        "libel",
        "approve",
    ),
    # ... and the leaks they found.
    ("Folks in town think the Guatemalans are thieves, and I do too.", "en", "hate", "flag"),
    ("People around here say it like it is: Haitians are animals.", "en", "hate", "flag"),
    ("Me enoja cuando un gringo se burla de mi acento en la tienda.", "es", "hate", "approve"),
    ("Cabrón el frío que vas a pasar en la cárcel, ratero.", "es", "troll", "flag"),
    (
        "Mrs. Ortega was extorted by the gang that Danny Ochoa runs on Fifth Street.",
        "en",
        "libel",
        "flag",
    ),
    ("Juan Pérez was extorted for years by the narcos.", "en", "libel", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_slugs_victims_ads_and_lists_told_out(
    text: str, lang: str, category: str, expected: str
) -> None:
    assert_category_action(text, expected, category, lang)
