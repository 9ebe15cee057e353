"""Libel told in the words of the street and vouched for by the town: people bought, work done
for the cartel, tip-offs to its lookouts, a fee for each favour, a cut of every deal, assets in
a relative's name, a favour of office paid in kind, a known offender, a firing for a misdeed,
a cleft that names the doer ("Lozano es el que ..."), and a misdeed passed off as common
knowledge ("todo el pueblo lo sabe", "everybody at the courthouse knows"). The rules alone
must hold the hits; the near misses (a source, a hedge, a denial, a question, opinion about
public conduct, a kind of person rather than one) must pass. Our own sentences, invented
names and towns."""

import pytest

from moderation.policy import Submission, screen

HITS = [
    # people bought, work for the cartel, tip-offs to its lookouts
    "El regidor Anzures ya tiene comprados a los del comisariado, les dio una troca a cada uno.",
    "El alcalde de Palo Dulce, Efrén Zataráin, trabaja pa'l cártel desde antes de la campaña.",
    "El comandante Ocaranza le pasa la información de los retenes a la gente de la plaza.",
    "Lozano es el que avisa a los halcones cuando entra la Marina a Cerro Prieto.",
    "Lozano is the one who sells the seized rifles to the cartel.",
    # a fee for each favour, a cut taken, a share split
    "El comandante Iturbe cobra por cada camión que pasa sin revisión en la garita de Las Moras.",
    "El director Bocanegra se lleva su parte de cada pipa que se vende en la colonia.",
    "Commissioner Haldane has been taking a cut of every paving contract since he took office.",
    # assets in a relative's name; a favour of office paid in kind
    "El ingeniero Saldívar tiene la constructora a nombre de su suegro para cobrarle al municipio.",
    "El juez Pradera recibió un departamento en la playa a cambio de soltar al hijo del compadre.",
    "La tesorera Olmos se compró la camioneta con el dinero del fondo de pensiones.",
    # violence ordered
    "El regidor Tamayo mandó quemar el puesto de la señora que no le pagó.",
    # a known offender, fired for a misdeed, caught in the act
    "The new night manager at the Rialto, Dwayne Corliss, is a known dealer.",
    "Gus Pendry got fired from the county clerk's office for stealing from the tax drawer.",
    "Ray Tolliver got caught hauling loads for the Sandoval crew, and now he runs for sheriff.",
    # a misdeed passed off as common knowledge
    "El síndico Villaseñor levanta gente para los de la maña, es cosa sabida en Bajío Seco.",
    "Judge Corwin Pell's clerk pockets the filing fees. Everybody at the courthouse knows.",
    "Todo el mercado sabe que la regidora Quintanar le cobra la cuota a los locatarios.",
]

NEAR_MISSES = [
    # a source, a court outcome, a hedge
    "Según la fiscalía, el comandante Ocaranza le pasaba información a la gente de la plaza.",
    "El regidor Anzures supuestamente tiene comprados a los del comisariado; falta que lo prueben.",
    "The indictment says Commissioner Haldane took a cut of every paving contract.",
    "Gus Pendry was convicted in 2019 of stealing from the tax drawer.",
    "Dicen que la tesorera Olmos se compró la troca con dinero del fondo, nadie lo ha probado.",
    # a denial, a question, a request for proof
    "Todo el pueblo sabe que el alcalde Zataráin nunca ha robado un peso.",
    "Everybody in town knows Mayor Hale never took a dime from anyone.",
    "¿Es cierto que el juez Pradera recibió una casa a cambio de un fallo? ¿Hay pruebas?",
    "Is it true that Judge Pell takes cash? Everyone at the courthouse knows something.",
    # opinion about public conduct
    "Todos sabemos que el alcalde Zataráin es un inútil y que su plan de agua es un desastre.",
    "Everybody in town knows Mayor Hale's parking plan is a disaster.",
    "Lozano es el que más trabaja en el cabildo, aunque no estoy de acuerdo con él.",
    # a kind of person, not one; a crime told without a doer
    "Ladrón es el que se roba el dinero de las despensas, no el que pide en la calle.",
    "The worst thing for a department is the guy in uniform everybody knows is dirty.",
    "Los cárteles cobran cuota a los locatarios del mercado de Bajío Seco.",
    "La regidora cambió de opinión sobre el mercado, qué poca seriedad.",
]


@pytest.mark.parametrize("text", HITS)
def test_street_scheme_libel_held_by_rules(text):
    verdict = screen(Submission(text=text), blog_model=False)
    assert verdict.action == "hold" and "libel" in verdict.categories, verdict.to_dict()


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_street_scheme_near_misses_pass(text):
    verdict = screen(Submission(text=text), blog_model=False)
    assert "libel" not in verdict.categories, verdict.to_dict()
