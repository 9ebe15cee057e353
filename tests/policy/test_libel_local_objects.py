"""Libel against local figures, the harder shapes: a surname a dictionary holds that opens its
sentence ("Delgado", "Tate", "Soto"), a name typed in lower case, the accused as the object of
the verb ("they caught X stealing", "le pagaron a Soto para que ..."), the act sentences after
the name, an affair with someone in one's charge, hush money and the flock's money spent on
oneself. The rules alone must hold the hits and must pass the near misses: a source, a hedge, a
question, opinion on conduct, plurals, times and ordinary acts. Our own sentences."""

import pytest

from moderation.policy import Submission, screen

HITS = [
    # a dictionary word that is a surname, opening its sentence, shown by "his"/"her"/"él"
    "Delgado took the mill's offer on the pension because they paid off his house.",
    "Tate's a charming person at the fair, I'll give her that. But she changed the seniors' "
    "grades without the teacher's approval.",
    "Rivers is on the company's payroll and his members pay for it.",
    "Mendoza aceptó el contrato porque la empresa le pagó la casa.",
    # a name typed in lower case in a short comment
    "mendoza cobra en la nomina de la empresa. siempre ha sido asi",
    "quiroga roba las cuotas del equipo",
    # the accused as object
    "They caught Ramírez stealing from the parish safe last spring.",
    "Le pagaron a Soto para que no dijera nada del accidente.",
    "Big Hank is no folksy radio guy. He's the bagman. Candidates who want airtime pay him "
    "under the table.",
    # the act sentences after the name, carried by "she", a Spanish verb or a short aside
    "Principal Okoro isn't just a weak manager. She's the reason the lab money vanished. She "
    "signed purchase orders for equipment that never showed up.",
    "La maestra Ibarra es amable en las juntas, eso sí. Pero le cambió las calificaciones a mi "
    "hijo para subir el promedio de la escuela.",
    "It calls Fenwick's reversal 'pressure'. Come on. He met the builder at a diner and walked "
    "out with an envelope.",
    # an affair or sex with someone in one's charge
    "Pastor Lyle is sleeping with the youth director. Everyone at church knows.",
    "El pastor Abdiel se acuesta con su secretaria desde hace años.",
    "Coach Pruett had an affair with one of his players' mothers and a player, the whole team "
    "knows.",
    # hush money, the flock's money spent on oneself
    "Father Cormac paid the family to keep quiet after the camp trip.",
    "El profe Valdés le dio dinero a la familia para que se callara.",
    "El padre Rosendo se va de viaje cada verano, pagado con la limosna de la parroquia.",
    "Coach Dillard bought a bass boat with the booster money.",
    "El notario Arriaga se gasta los donativos del asilo en sus viajes.",
    # deeds of landlords, doctors, referees and priests
    "The landlord on Fifth, Gus Meyer, kept every tenant's deposit and dares them to sue.",
    "Dr. Pellerin bills the state for patients that don't exist.",
    "El árbitro Nájera está comprado por el equipo de casa.",
    "Father Ignatius keeps the raffle money for himself.",
    "La jueza Roldán cobra por archivar las causas de desahucio.",
    "Chief Dorsey beats suspects in the holding cell.",
    "El comandante Ávila borra los videos de las cámaras cuando detienen a sus amigos.",
    "Garza billed the parish for work his cousin never did.",
    "Coach Lang calls ICE on the families who complain about playing time.",
]

NEAR_MISSES = [
    # attributed, reported or hedged
    "The DA charged Delgado with one count of misusing union funds. If he's guilty, out he goes.",
    "Según la denuncia, a Soto le pagaron para que no declarara. Que lo pruebe la fiscalía.",
    "The Ledger reported that they caught Ramírez stealing from the parish safe.",
    "Allegedly Pastor Lyle is sleeping with the youth director; nobody has shown anything.",
    "Father Cormac was accused of paying the family to keep quiet; the diocese cleared him.",
    "Here's the court filing on Dr. Pellerin's billing: https://example.org/case/311",
    # questions and opinion on conduct
    "Did they really catch Ramírez stealing, or is that just a rumor?",
    "¿Es cierto que le pagaron a Soto para que no dijera nada? Nadie ha enseñado pruebas.",
    "Delgado negotiates like he's scared of management. Replace him.",
    "Tate's a lovely person, I'll give her that, but her bell schedule is a mess.",
    "La maestra Ibarra es estricta con las calificaciones y a veces exagera.",
    # plurals, times, numbers and ordinary deeds
    "Parents caught the bus late again and the school blamed them.",
    "ayer roban en la tienda de la esquina, cuidado",
    "Two years for running a stash house is too soft, and I'll vote against her retention.",
    "Coach Pruett is sleeping in the team bus because the motel flooded.",
    "Father Cormac paid the family a visit after the camp trip.",
    "Le pagaron a Soto por el terreno lo que pidió, y todos contentos.",
    "Coach Dillard bought a bass boat with his own savings.",
    "Father Ignatius keeps the raffle tickets in the sacristy.",
    "Our plumber Joe Tate is great. He fixed the boiler and we pay him in cash.",
    "Chief Dorsey beats the traffic by leaving the station at six.",
    "La contadora Ruiz cobra por hora, como cualquier contadora.",
    "Borré los videos viejos del celular para tener espacio.",
    "Garza billed the parish for the roof work his crew did in May.",
]


@pytest.mark.parametrize("text", HITS)
def test_local_libel_shapes_held_by_rules(text):
    verdict = screen(Submission(text=text), blog_model=False)
    assert verdict.action == "hold" and "libel" in verdict.categories, verdict.to_dict()


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_local_libel_shapes_near_misses_pass(text):
    verdict = screen(Submission(text=text), blog_model=False)
    assert "libel" not in verdict.categories, verdict.to_dict()
