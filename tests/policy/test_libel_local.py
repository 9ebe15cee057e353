"""Libel against local figures who hold no national office (a coach, a priest, a notary, a
referee, a hospital director, a union leader, a dealer, a radio host, a principal): a lone
surname in a longer comment, a title before a name, a wrong told as a deed rather than named
as a crime, hearsay passed on as fact, and a gain left to the reader. The rules alone must hold
the hits; the near misses (a source, a hedge, opinion on conduct, a request for proof, an
institution with nobody accused) must pass the rules too (the blog model, judged elsewhere,
may still hold a comment that echoes a lawsuit's charge). Our own sentences."""

import pytest

from moderation.policy import Submission, screen

HITS = [
    # records falsified, fake papers signed, billing for what never happened
    "Okafor doctored the inspection records so the bakery could reopen.",
    "Dr. Lindgren signs off on fake invoices every quarter.",
    "El contador Ibáñez falsifica las facturas de la cooperativa.",
    "La licenciada Treviño firma actas falsas a quien le pague.",
    "Principal Moreau changed the seniors' grades so the graduation rate looked better.",
    "La directora Quintero le cambió las calificaciones a medio salón para subir el promedio.",
    "Pruitt bills the county for repairs that never happened.",
    "Father Dominic ordered the attendance records altered before the audit.",
    # payoffs by their wrapping, a bought official, paying an inspector
    "Councilman Ferris walked out of the meeting with an envelope from the builder.",
    "Bauer is a bought referee, plain and simple.",
    "Quiroga es un árbitro comprado y todos en la liga lo saben.",
    "El director Julián Cantú cobra su moche de cada contrato del municipio.",
    "El profe Zamora recibió su moche por cada uniforme que vendió la tienda.",
    "Don Aurelio le paga al inspector para que sus camiones pasen sin revisión.",
    "Commissioner Hale voted yes a week after the developers paid off his mortgage.",
    # money moved to kin, skimming, theft
    "Pastor Greaves moves the building fund into his son's account.",
    "El padre Tiburcio le pasa las ofrendas a su sobrino.",
    "Cisneros lleva años robándose las cuotas del sindicato, y nadie dice nada.",
    "El padre de la parroquia de Guadalupe es un ratero.",
    # harm hidden, kids hit, games bet on, drinking on duty
    "Dr. Vasquez hid the surgical deaths so the hospital kept its rating.",
    "La doctora Elizondo escondió las muertes del quirófano para salvar la acreditación.",
    "Coach Brandt hits kids when nobody is watching.",
    "Rooney bets on the games he referees.",
    "El árbitro Ledezma apuesta en los partidos que pita.",
    "Coach Wilkes drinks before practice and drives the team van.",
    "Principal Haynes covered for the janitor who was harassing students.",
    # a lone surname in a longer comment, carried to the next sentence by a pronoun
    "I have shopped at that dealership for years and I never had a problem until last winter. "
    "Everyone around here knows Petrakis. He rolls back the odometers on the trade-ins before "
    "they go on the lot.",
    # hearsay passed on as fact
    "My cousin works the front desk and says Dr. Halvorsen bills insurance for patients who are "
    "already dead.",
    # a gain or a tie left to the reader
    "Qué curioso que Villarreal estrenó camioneta justo después del fallo. Saquen sus "
    "conclusiones.",
    "Ruggiero's new lake house went up the same month the contract was signed. Think about it.",
]

NEAR_MISSES = [
    # a source, a court outcome, a hedge
    "The state audit found that Okafor's office misfiled two inspection records.",
    "Según la Fiscalía, el contador Ibáñez está investigado por facturas falsas.",
    "The lawsuit alleges that Pruitt billed the county for repairs that never happened.",
    "La demanda alega que la licenciada Treviño firmó actas falsas. A ver qué dice el juez.",
    "Coach Brandt was accused of hitting a player; the district cleared him in May.",
    # opinion on conduct, criticism with nobody accused of a crime
    "Principal Moreau handled the grading change badly and should apologise to the seniors.",
    "El profe Zamora es terco y grita demasiado, pero nunca lo he visto hacer nada chueco.",
    "Bauer blew the call at the end. That does not make him a bought referee.",
    "El árbitro se equivocó, pero de ahí a decir que está comprado hay mucho trecho.",
    "Pastor Greaves preaches too long and the building fund drive was poorly run.",
    # a request for a source
    "Does anyone have a source for the claim that Dr. Vasquez hid deaths? I can't find one.",
    "¿Alguien tiene pruebas de que el padre Tiburcio toca el dinero de las ofrendas?",
    # institutions, places and ordinary acts
    "The county hospital needs more nurses, not another parking garage.",
    "La colonia Bellavista tiene el mercado más caro; una señora me vendió el chile a 180 pesos.",
    "Coach Wilkes drinks coffee before practice every morning.",
    "My cousin says Dr. Halvorsen is the best surgeon in the valley.",
    "Think about it: the library has been closed on Sundays for years.",
]


@pytest.mark.parametrize("text", HITS)
def test_local_libel_held_by_rules(text):
    verdict = screen(Submission(text=text), blog_model=False)
    assert verdict.action == "hold" and "libel" in verdict.categories, verdict.to_dict()


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_local_libel_near_misses_pass(text):
    verdict = screen(Submission(text=text), blog_model=False)
    assert "libel" not in verdict.categories, verdict.to_dict()
