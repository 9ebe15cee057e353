"""Libel told as a plain deed of a named or titled person in everyday words, found by the class
of the act (`frames_deeds`): ballots tampered with, an offence of one's own or of kin made to
vanish, public money spent on oneself, public property sold to kin, people hired to do harm, a
beating or a hit-and-run, credentials and figures faked, money kept or spent on oneself, a fee
for an act of office, insurance fires; and the harmless comments that share their words
(figures of speech, errands, lawful spending, sources, questions). Our own names."""

import pytest

from tests.policy.expect import assert_category_action, rule_action

CASES = [
    # ballots and tallies
    ("Precinct judge Wilma Orcutt stuffed the box for her cousin's slate.", "en", "hold"),
    ("Clerk Doreen Pask shredded two hundred mail ballots in her garage.", "en", "hold"),
    ("Elections chief Hal Brisco changed the totals after the observers left.", "en", "hold"),
    # an offence made to vanish
    (
        "Councilman Otis Prell got his DUI dropped by his fishing buddy at the DA's office.",
        "en",
        "hold",
    ),
    ("Trustee Bo Fennimore hit a kid with his truck and had it buried.", "en", "hold"),
    ("Sheriff Gus Tandy let his nephew off for the bar fight.", "en", "hold"),
    ("DA Laurel Fitch dropped the charges against her own son.", "en", "hold"),
    ("Chief Ned Corliss buried three excessive force complaints last spring.", "en", "hold"),
    # public money on oneself, public property to kin, spoils split
    ("Former mayor Rudy Kestrel paid his girlfriend with county credit cards.", "en", "hold"),
    ("Pastor Len Haskett took the building fund money and bought himself a boat.", "en", "hold"),
    ("Judge Amos Pirtle and Commissioner Ida Sorrel split the kickbacks.", "en", "hold"),
    (
        "Director Vance Ebling sold the district's old buses to his own brother-in-law.",
        "en",
        "hold",
    ),
    ("Coach Terry Wolcott collects the uniform fees and keeps the money.", "en", "hold"),
    # harm done or hired
    ("Developer Clint Harrow paid some guys to torch the tenants' cars.", "en", "hold"),
    ("Alderman Jim Tosh beat up a waiter outside the steakhouse.", "en", "hold"),
    ("Commissioner Lyle Brandt had that reporter roughed up in 2019.", "en", "hold"),
    ("@dusty_rhodes88 you're the one who slashed the tires on the mayor's van.", "en", "hold"),
    # faked credentials and figures
    ("Superintendent Carla Voss faked her degree.", "en", "hold"),
    ("Captain Moe Driscoll ordered deputies to falsify the crime stats.", "en", "hold"),
    ("Principal Edna Roark cooked the attendance figures to keep her bonus.", "en", "hold"),
    # Spanish: money kept or spent on oneself, fees, bribes, fires
    ("La tesorera Nidia Barajas se queda con la mitad de cada apoyo.", "es", "hold"),
    ("El padre Evaristo Lomelí se compró una camioneta con las limosnas.", "es", "hold"),
    ("El síndico Rosendo Aparicio cobra por dar licencias de alcoholes.", "es", "hold"),
    ("La regidora Olga Piña recibió dinero de la gasera para votar el aumento.", "es", "hold"),
    ("El diputado Saúl Barrera le dio el contrato a su cuñado.", "es", "hold"),
    ("El comerciante Lupe Tovar quemó su propia bodega para cobrar el seguro.", "es", "hold"),
    ("El contador Aurelio Paz robaba los fondos del sindicato.", "es", "hold"),
    # a name after a demonstrative; a jury or a trial that is the act's object, not a source
    ("That Lorna Quist from the library board embezzled the book fund.", "en", "hold"),
    ("Wade Pell paid off the jury in his brother's trial.", "en", "hold"),
    ("Mayor Wade Pell was convicted of bribery at trial.", "en", "approve"),
    # wealth set against a public wage, left to the reader
    ("Commissioner Pia Varga sure drives a nice Escalade for a county salary.", "en", "hold"),
    ("How does Judge Rory Talbot afford two lake houses on that salary?", "en", "hold"),
    ("El regidor Anselmo Tapia tiene tres ranchos con sueldo de funcionario.", "es", "hold"),
    ("My mom raised four of us and bought a small house on a cafeteria salary.", "en", "approve"),
    ("Neta, ¿quién puede pagar 25 mil de renta con salario de aquí?", "es", "approve"),
    # kin shielded, own games bet on, footage destroyed, goods sold to kin for nothing
    ("Judge Corinne Blay covers for her reckless nephew.", "en", "hold"),
    ("Coach Abe Lindell bets on his own team's games.", "en", "hold"),
    ("Warden Russ Kimball deletes the jail camera footage after every beating.", "en", "hold"),
    ("Parks director Sal Denton sold the old mowers to his cousin for nothing.", "en", "hold"),
    ("Producer Lyle Crane drugged two contestants for ratings.", "en", "hold"),
    ("Candidate Rhea Mott lied on her résumé about a law degree.", "en", "hold"),
    ("The app deletes the camera footage after thirty days.", "en", "approve"),
    ("Coach Abe Lindell bet on his own players when nobody else did.", "en", "approve"),
    # records shredded, contests rigged or fixed, votes erased
    ("Treasurer Mona Glick shredded the 2019 invoices before the audit.", "en", "hold"),
    ("Clerk Hal Brisco rigged the primary.", "en", "hold"),
    ("Promoter Dale Pruitt fixed the fight for his cousin.", "en", "hold"),
    ("El árbitro Chucho Baeza arregló el partido con los de la porra.", "es", "hold"),
    ("La consejera Elvia Mora borró los votos de la casilla 12.", "es", "hold"),
    ("Coach Reyes fixed the game plan at halftime and it worked.", "en", "approve"),
    (
        "The system is rigged against working people, and Senator Ida Sorrel knows it.",
        "en",
        "approve",
    ),
    # the same words in lawful or suffered senses
    ("Councilman Otis Prell kept the money in the rainy day fund.", "en", "approve"),
    ("Clerk Doreen Pask covers for her sister at the bakery on Sundays.", "en", "approve"),
    ("Councilman Otis Prell set fire to the debate with one line.", "en", "approve"),
    # Spanish fees per head or favour, others' money carried off, officials bought
    ("El agente Rutilio Baeza les cobra 300 pesos por cabeza a los paisanos.", "es", "hold"),
    ("La contadora Fidelia Ochoa se llevó la caja chica de la cooperativa.", "es", "hold"),
    ("El constructor Abel Quiroz compró a dos inspectores de obra.", "es", "hold"),
    ("El padre Tadeo Ruelas se queda con la limosna de los domingos.", "es", "hold"),
    (
        "El gobernador Ruelas y su muro de boyas son puro show pagado con el dinero de los "
        "contribuyentes.",
        "es",
        "approve",
    ),
    ("El alcalde Ruelas tiene un rancho en Durango pagado con dinero del erario.", "es", "hold"),
    ("El alcalde Ruelas les compró a los policías chalecos nuevos.", "es", "approve"),
    ("La atleta Nidia Baeza recibió 300 mil de la Conade por su medalla.", "es", "approve"),
    ("Mi tía Rosa se llevó dos mil pesos en la rifa de la kermés, ¡qué suerte!", "es", "approve"),
    # harmless comments that share the words
    (
        "The columnist absolutely torched the mayor's argument here. Brutal, and correct.",
        "en",
        "approve",
    ),
    ("Sheriff Gus Tandy let his daughter off with a warning about curfew.", "en", "approve"),
    ("Mayor Rudy Kestrel paid for the new park with federal grant money.", "en", "approve"),
    ("Councilman Otis Prell got his truck fixed at the shop on Main.", "en", "approve"),
    ("Senator Ida Sorrel voted against the budget and broke her tax promise.", "en", "approve"),
    ("According to the indictment, Clerk Doreen Pask shredded mail ballots.", "en", "approve"),
    ("If Chief Ned Corliss buried those complaints, he should resign.", "en", "approve"),
    ("Pastor Len Haskett sold his own house to his son last year.", "en", "approve"),
    ("El municipio compró patrullas con el dinero del fondo federal.", "es", "approve"),
    ("¿El síndico Rosendo Aparicio cobra por dar licencias? Nadie lo ha probado.", "es", "approve"),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_libel_deeds(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "libel", lang)


# The rules' own call on comments the blog model holds for its own reasons: one's own money.
RULES_APPROVE = [
    ("El notario Rubén Lara cobra 3 mil pesos por cada escritura, como dice el arancel.", "es"),
    ("Nidia Barajas se compró un coche con el dinero de su herencia.", "es"),
    ("Con el dinero de su herencia, mi tía Nidia se compró un coche rojo precioso.", "es"),
]


@pytest.mark.parametrize("text,lang", RULES_APPROVE)
def test_libel_deeds_rules_approve(text: str, lang: str) -> None:
    assert rule_action(text, lang, "libel.unattributed_claim") is None, text
