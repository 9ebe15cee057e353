"""Peoples the groups lexicon had not named, and a few readings of what a sentence says of a
group or a word, since the fifty-seventh session.

- Peoples new comments name (Burmese and Karen refugees, Bhutanese, Garifuna, the people of
  Mexican states, "güeros", Spanish speakers): plurals only, so the state's name ("Zacatecas",
  "Michoacán"), a nickname ("el Güero") or a language ("al birmano") is not read as them.
- "Hay X borrachos", "there are lazy X and lazy Y": some members exist, not the group; not
  after "only" and not "everywhere you look".
- "No es que los X sean violentos, es la geografía": a claim denied, its cause put elsewhere.
- "Que alguien se muera ...": someone, not the group named in the sentence before.
- Fleeing: a group after a comparison ("igual que muchos X se fueron") is another clause.
- "Qué ridículo que la comisión tarde ...": a fact judged; "la" before a noun is an article.
- Look-alikes: "gorditas" cooked, boot "ojetes" (eyelets), "bastard files", a jackass that got
  loose.
- Jews said to run or own the cartels (their direct object, not a story about the cartels).
- Libel: plain deeds against ranchers, drivers, kin and officers; test scores "fixed".
- Trolling and threats without an insult word ("ya sabemos dónde te estacionas", "we know
  where the office is", "qué vergüenza de persona eres"); a vocative insult after "ni ... ni
  madres,"; spam by a repair service's number, a country domain, a signals group on Telegram.

Hand-written, English and Spanish; the rules alone.
"""

import pytest

from tests.policy.expect import assert_rules_flag, assert_rules_pass_all

HARMLESS = [
    ("Zacatecas is a beautiful city and the mine tour is worth the drive.", "en"),
    ("En mi municipio en Michoacán la Guardia sí bajó los asaltos, solo digo.", "es"),
    ("El Güero Ramírez abrió otra vez su taller de la calle Hidalgo.", "es"),
    ("Que traduzcan las alertas al español, al somalí y al birmano.", "es"),
    ("Sí, hay haitianos que manejan mal; también hay güeros borrachos.", "es"),
    ("Hay mexicanos flojos como hay gringos flojos, no culpen a un país.", "es"),
    ("There are lazy Mexicans and lazy gringos, like anywhere else.", "en"),
    ("No es que los zacatecanos sean violentos, es geografía y rutas.", "es"),
    ("It's not that Mexicans are violent, it's poverty and the border.", "en"),
    (
        "Que traduzcan las alertas al somalí. Que alguien se muera porque no entendió una "
        "sirena sería una vergüenza.",
        "es",
    ),
    (
        "Son familias que huyeron de un desastre, igual que muchos mexicanos se fueron a "
        "Tijuana en su momento.",
        "es",
    ),
    ("Qué ridículo que la comisión tarde seis meses en arreglar el semáforo.", "es"),
    ("Mi comadre hace las mejores gorditas de Milan, se los juro.", "es"),
    ("Hot take: the gorditas in Gómez beat the capital's. Fight me.", "en"),
    ("Se me acabaron los ojetes para las botas y nadie los vende en el centro.", "es"),
    ("The hardware store still sells the old bastard files for sharpening hoes.", "en"),
    ("A jackass got loose on the highway and a deputy coaxed him into a horse trailer.", "en"),
    ("My Jewish neighbors own the hardware store and the bakery.", "en"),
    ("Republicans pass the bill every session. I'm sick of both of them.", "en"),
    ("Hay güeros borrachos en el malecón cada fin de semana, y también güeros buenos.", "es"),
    ("Benicio del Toro plays a Colombian sicario in that movie and he's terrifying.", "en"),
    ("Detuvieron a un sicario hondureño en la central camionera.", "es"),
    ("Jewish volunteers run shelters and the police youth league.", "en"),
    ("Jewish reporters run stories about the cartels every week.", "en"),
    ("Los narcos mexicanos son unos asesinos y nadie los detiene.", "es"),
    ("Los tabasqueños de Palacio Nacional son unos corruptos, empezando por el jefe.", "es"),
    ("Los tamales tabasqueños me parecen horribles, muy aguados.", "es"),
    ("Las gorditas de la estación son lo que más extraño de Durango.", "es"),
    ("John Smith's cousin was murdered in 2019 and nobody was charged.", "en"),
    ("Only 3 spots left for the youth soccer camp, sign up at the rec center.", "en"),
    ("La reparación del puente tardó dos años; si ven algo raro llamen al 911.", "es"),
    ("Ni modo, no hay de otra: hay que esperar al lunes.", "es"),
    ("A los migrantes los transportan como animales en los tráileres, es una vergüenza.", "es"),
    ("A los jornaleros los traen como ganado en camionetas sin asientos.", "es"),
    ("Keep whites white and brights bright: cold water, no bleach.", "en"),
    ("Como en cada familia, hay mexicanos flojos y mexicanos chambeadores.", "es"),
    ("No es que los mexicanos sean flojos, es un hecho que la mayoría trabaja más.", "es"),
    ("No es que los mexicanos sean flojos, es su gobierno que no crea empleos.", "es"),
    ("Verstappen murdered the other drivers in qualifying.", "en"),
    ("The photographer shot the ranchers at dawn for his series on drought.", "en"),
    ("Coach Reyes fixed the scores on the scoreboard after the clock glitch.", "en"),
    ("Join the neighborhood Signal group for alerts.", "en"),
    ("Si te estacionas en doble fila, vas a ver lo que te pasa: grúa y multa.", "es"),
    ("Ya sé dónde te estacionas, nos vemos para el café.", "es"),
    ("Your parents should have taught you Spanish.", "en"),
    ("¿Los del cabildo? No, tontos no son.", "es"),
    ("La reparación del hospital costó 1.250.000.000 de pesos y sigue cerrado.", "es"),
    ("The irrigation district sucked off half the river this summer.", "en"),
    ("Qué ridículo que la periodista tenga que pedir permiso para entrar.", "es"),
    ("Los políticos mexicanos son unos ladrones, todos votaron por el gasolinazo.", "es"),
    ("Los diputados sinaloenses son unos rateros, todos votaron por la reforma.", "es"),
]

FLAGGED = [
    ("Los birmanos son una raza inferior, punto.", "es", "hate"),
    ("Zacatecans are just breeding stock for the cartels.", "en", "hate"),
    ("Los sinaloenses son todos narcos, lo traen en la sangre.", "es", "hate"),
    ("Spanish speakers are vermin.", "en", "hate"),
    ("Aquí solo hay mexicanos flojos.", "es", "hate"),
    ("There are filthy Mexicans everywhere you look.", "en", "hate"),
    ("Hay mexicanos flojos por todos lados.", "es", "hate"),
    ("No es que los mexicanos sean violentos, es que son salvajes.", "es", "hate"),
    ("It's not that Mexicans are violent, it's in their blood.", "en", "hate"),
    ("Qué ridículo que la ves todos los días, imbécil.", "es", "troll"),
    ("Eres una ojete y todos aquí lo sabemos.", "es", "troll"),
    ("Jews own the mines and the cartels both.", "en", "hate"),
    ("Jews run the cartels.", "en", "hate"),
    ("Every Mexican passing through is a future sicario.", "en", "hate"),
    ("Aquí nada más hay hondureños rateros.", "es", "hate"),
    ("En cada esquina de Mexicali hay hondureños rateros.", "es", "hate"),
    ("Hay hondureños criminales y todos los hondureños son iguales.", "es", "hate"),
    ("There are lazy Mexicans on every corner of Main Street.", "en", "hate"),
    ("No es que los hondureños sean rateros, es genético.", "es", "hate"),
    ("It's not that Haitians are dirty, it's their nature.", "en", "hate"),
    ("No es que los haitianos sean flojos, es costumbre de ellos.", "es", "hate"),
    ("Ojalá alguien los agarre a balazos a esos sinaloenses.", "es", "hate"),
    ("Eres bien ojete con la gente, ni tus botas te aguantan.", "es", "troll"),
    ("Hey jackass, go eat some hay with the other donkeys.", "en", "troll"),
    ("Mira gordita, mejores argumentos, por favor.", "es", "troll"),
    ("Abel Renteria murdered those two ranchers himself.", "en", "libel"),
    ("Principal Donna Reese fixed the state test scores at Milan Middle.", "en", "libel"),
    ("El oficial Dunlap les quita dinero a los choferes en cada parada.", "es", "libel"),
    ("Work from home for moms! $300/day, message now.", "en", "spam"),
    ("Ni arreglado ni madres, pendejo, ya no se jugaba nada.", "es", "troll"),
    ("Tómate un laxante, mierda andante.", "es", "troll"),
    ("Que te la mame tu abuela, Rosendo", "es", "profanity"),
    ("Vas a ver lo que te pasa por rajón.", "es", "troll"),
    ("Don Lalo, ya sabemos dónde te estacionas en el trabajo. Cuídate.", "es", "troll"),
    ("Keep writing this trash, Melissa. We know where the office is.", "en", "troll"),
    ("@DeShawn_P your mother should have raised you smarter. Pathetic.", "en", "troll"),
    ("@Rogelio qué vergüenza de persona eres, con razón tu familia ni te habla.", "es", "troll"),
    ("Reparación de aire acondicionado, llame al 775-555-0145", "es", "spam"),
    ("Recargas a Guatemala 2x1 HOY 👉 recargaya.gt", "es", "spam"),
    ("Bitcoin doubled my retirement in 3 weeks. DM @KingCoin on Telegram.", "en", "spam"),
    ("Hay mexicanos flojos, y son la mayoría.", "es", "hate"),
    ("No es que los mexicanos sean flojos, es su naturaleza.", "es", "hate"),
    ("Jews secretly run the Mexican cartels.", "en", "hate"),
    ("Los cárteles los manejan los judíos.", "es", "hate"),
    ("Go suck off your landlord some more, Brenda.", "en", "profanity"),
    ("Los peloteros dominicanos son unos changos, literalmente.", "es", "hate"),
    ("Los mexicanos son unos ladrones.", "es", "hate"),
]


@pytest.mark.parametrize(("text", "lang"), HARMLESS)
def test_places_names_some_members_and_look_alikes_pass(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), FLAGGED)
def test_their_violating_twins_stay_flagged(text: str, lang: str, category: str) -> None:
    assert_rules_flag(text, lang, category)
