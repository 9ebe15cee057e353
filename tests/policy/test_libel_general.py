"""Libel beyond the phrasings the rules were first tuned on: acts read as a verb and its object
class (ties to a cartel, a trade one is in, taxes dodged, work copied, contracts for kin), people
named by office and place, a former office, an honorific or "tú", and the near misses that must
pass (a source, a hedge, a question, a group, opinion, the person as a victim). Our own words."""

import pytest

from moderation.policy import Submission, screen

HITS = [
    # cartel ties and a criminal trade
    "Commissioner Yates is in bed with the Gulf Cartel.",
    "The state police chief in Michoacan has ties to the Knights Templar.",
    "El alcalde Ramiro Téllez tiene nexos con el Cártel del Golfo.",
    "El juez Anaya está metido con los de la maña, por eso los suelta.",
    "El alcalde de Reynosa anda con los del Golfo, por eso no hay seguridad.",
    "El presidente municipal de Celaya le entra al huachicol, todo el mundo lo sabe.",
    "El director de Pemex en Salamanca está metido en el robo de combustible.",
    "El juez Herrera es compadre del Mencho y por eso liberó a su gente.",
    # taxes, looting, money kept, bribes in other words
    "Ray Donnelly hasn't paid a cent in taxes in a decade.",
    "Senator Whitaker dodged millions in taxes through his wife's charity.",
    "Don Leopoldo Rivas no paga impuestos, tiene todo escondido en Panamá.",
    "Claudio Rosales evade impuestos con facturas falsas.",
    "El exgobernador de Chihuahua saqueó las arcas del estado y se fue a Texas.",
    "El gobernador de Veracruz se llevó millones del fondo de pensiones.",
    "La regidora Alma Ortiz se llevó la lana de las despensas.",
    "@maria_t you're a fraud, you took donations for the flood victims and kept them.",
    "Tom Bradley, the city manager, gets a kickback on every parking meter contract.",
    "Judge Harmon sells bail reductions; two grand and you walk.",
    "La regidora Mariana Cuevas reparte las licencias de alcohol a cambio de sobres.",
    # plagiarism
    "The author copied half of this post from a 2019 magazine story without credit.",
    "The author lifted entire paragraphs from a Reuters piece without credit.",
    "El autor de esta nota copió todo de un reportaje de otra revista.",
    "La autora de este blog se fusila los textos de otros periodistas.",
    # contracts and jobs for kin
    "The fire chief of Yuma gave his son's company the ambulance contract.",
    "El presidente municipal de Tepic le dio todos los contratos de obra a su cuñado.",
    "La secretaria de educación metió a toda su familia en la nómina.",
    # violence, drugs, harassment, fabricated evidence
    "Chief Ramos roughed up a handcuffed teenager last summer.",
    "Officer Brandt shot that kid in cold blood and then planted a gun on him.",
    "Kevin Moss is a drunk who hits his wife, and he wants to be our sheriff?",
    "The mayor of Laredo doped up before every council meeting.",
    "Mayor Hector Salas gets his cocaine from the same guys he's supposed to be policing.",
    "@ElChilango88 tú golpeas a tu esposa, así que no vengas a hablar de violencia.",
    "@TapatioReal tú le vendes droga a los chavos de la prepa.",
    "El senador Ibarra acosa a sus asistentes desde hace años.",
    "La fiscal Ramírez fabricó pruebas contra los detenidos.",
    # people named by role and place, a former office, an honorific
    "Your author, Ms. Lindqvist, stole this whole analysis from my blog.",
    "El jefe de tránsito de Guadalajara extorsiona a los taxistas todos los días.",
    "El titular de la SSP en Zacatecas cobra cuota a las bandas de secuestradores.",
    "El líder sindical Romero se embolsa las cuotas de los trabajadores.",
    "El director de Seguridad Pública de Celaya cobra cuota a los narcomenudistas.",
    "Rep. Lisa Crane padded her expense reports by $80k and nobody ever audited her.",
    "But let's not pretend they are clean: Judge Raymond Castillo has been taking envelopes.",
    # a source for another matter does not source the claim
    "Great piece. The report says homicides rose 20% last year. Meanwhile Mayor Tom Ruiz takes "
    "bribes from the cartel and nobody cares.",
    "Según el INEGI, la violencia subió. El alcalde Pedro Gómez trabaja para el cártel.",
]

NEAR_MISSES = [
    "El alcalde Ramiro Téllez fue detenido por presuntos nexos con el Cártel del Golfo, según "
    "la FGR.",
    "Commissioner Yates has been accused by two former aides of ties to the Gulf Cartel.",
    "Commissioner Doyle denied any ties to the Gulf Cartel at the hearing.",
    "The killing of Mayor Ruiz is tied to the Gulf Cartel.",
    "Los huachicoleros le entran con todo en Tlahuelilpan, eso informó la Sedena.",
    "No creo que el alcalde de Reynosa esté metido con el narco, no hay pruebas.",
    "Senator Whitaker's tax plan is a giveaway to the rich, nothing more.",
    "Tax evasion by the very rich costs Mexico more than all of the cartels' extortion.",
    "El alcalde Pulido fue denunciado por evasión fiscal ante el SAT, informó El Universal.",
    "Muchos políticos esconden su dinero en paraísos fiscales, lo demostraron los Pandora Papers.",
    "Muchos regidores se llevan la lana de las despensas, eso ya se sabe.",
    "The author cited a Reuters piece for the figures, which seems fair.",
    "La autora de la nota citó la columna de otro periodista, como debe ser.",
    "The author was accused of plagiarism on Twitter, but the accusation was debunked.",
    "Is it true that the fire chief's son got the ambulance contract? Does anyone have a source?",
    # The rules approve it; the blog model holds it as libel at p(flag) 0.77 (cut 0.59; held since
    # the eleventh session's retrain). A known over-hold, listed in the session's note.
    pytest.param(
        "¿Es verdad que el alcalde le dio el contrato a su cuñado? ¿Alguien tiene la fuente?",
        marks=pytest.mark.xfail(strict=True, reason="known blog-model over-hold"),
    ),
    "Director Kaplan awarded the contract without bidding, the state auditor flagged it in 2022.",
    "Mayor Benson opened a rehab center for crack addicts, which I think is great.",
    "Officer Pratt helped a homeless man get into the shelter last week, good on him.",
    "El comandante Rangel dio una conferencia sobre violencia familiar.",
    "@ElChilango88 no estoy de acuerdo contigo, los datos dicen otra cosa.",
    "El secretario de seguridad de Guanajuato es un incompetente, con él la violencia se disparó.",
    "Los narcos usan prestanombres para comprar ranchos y gasolineras.",
    "Hay jueces que venden sentencias, por eso urge la reforma judicial.",
    "The cartels pay off police all over Sonora, that's the whole business model.",
    "If Judge Whitmore really sentenced people while drunk, that needs an inquiry.",
    # a source covers the next sentence about the same person, and the sentence before it
    "According to the indictment, Judge Ortega took bribes. He also laundered money for them.",
    "Según la FGR, el alcalde Gómez recibió dinero del cártel. El alcalde Gómez también lavó "
    "dinero.",
    "Mayor Ruiz took bribes from the cartel. The Ledger reported it last week.",
]


def _libel(text: str) -> bool:
    return "libel" in screen(Submission(text=text)).categories


@pytest.mark.parametrize("text", HITS)
def test_libel_stated_as_fact_is_held(text):
    verdict = screen(Submission(text=text))
    assert verdict.action == "hold" and "libel" in verdict.categories, verdict.to_dict()


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_libel_near_misses_pass(text):
    assert not _libel(text), screen(Submission(text=text)).to_dict()
