"""Libel read by clause and by doer: a hedge qualifies only its own clause ("I could be wrong
about the budget, but Mayor X took cash" states the act), a lone surname opening a short comment
is a person even when a word list holds it ("Garza is a thief"), a named person's men robbing
or beating the defenceless is a claim about them, and a win told as a killing beside a team or
a game is sport. The near misses: hedges over the act, questions, sources, crimes by unnamed
people or plural doers, places, teams, the person as victim, fiction, a cause opening the
sentence ("Poverty killed ..."), a measure called a fraud, "vendió" with one's own goods or a
people sold out. Our own names."""

import pytest

from tests.policy.expect import assert_rules_approve, rule_action

RULE = "libel.unattributed_claim"

HELD = [
    # a hedge closed by a contrast before the act
    ("I could be wrong about the budget, but Mayor Ruiz took cash from the cartel.", "en"),
    ("Maybe the budget is fine, but Mayor Ruiz took cash from the Salgado brothers.", "en"),
    ("Probably nobody reads this, but Judge Alvarez sells his rulings.", "en"),
    ("Quizás el presupuesto está bien, pero el alcalde Ruiz recibió sobornos del cártel.", "es"),
    ("Creo que el parque quedó bien, pero el alcalde Ruiz se embolsó el dinero de la obra.", "es"),
    # a lone surname opening a short comment
    ("Garza is a thief and everybody in this county knows it", "en"),
    ("Garza stole the money from the fair.", "en"),
    ("Delgado took bribes from the cartel", "en"),
    ("Garza es un ratero.", "es"),
    ("Garza se robó el dinero de la feria.", "es"),
    ("Treviño se embolsó el dinero de la obra", "es"),
    # a person, not a measure, is the subject; or a second act charges the owner
    ("El socio del alcalde es un estafador.", "es"),
    ("El padre Octavio vende a los paisanos a los Zetas.", "es"),
    ("Memo Lozano vende boletos falsos afuera del estadio.", "es"),
    ("La jueza Ramírez vendió la sentencia, así de fácil.", "es"),
    ("La rifa del regidor Pérez fue un fraude, él se quedó con el dinero.", "es"),
    # a named person's men
    ("Sheriff Dalton's deputies rob migrants at the checkpoint", "en"),
    ("Sheriff Dalton robs migrants at the checkpoint", "en"),
    ("los agentes del comandante Ibarra extorsionan a los paisanos", "es"),
    ("Los hombres del comandante Ibarra golpean a los migrantes en el retén.", "es"),
]


@pytest.mark.parametrize("text,lang", HELD)
def test_libel_scope_doers_held(text: str, lang: str) -> None:
    assert rule_action(text, lang, RULE) == "hold", text


NEAR_MISSES = [
    # hedges over the act
    ("Mayor Ruiz may have taken cash from the Salgado brothers.", "en"),
    ("Mayor Ruiz probably took bribes from the cartel.", "en"),
    ("Mayor Ruiz took bribes from the cartel, I think.", "en"),
    ("I think Mayor Ruiz took bribes from the cartel.", "en"),
    ("Creo que el alcalde Ruiz recibió sobornos del cártel.", "es"),
    ("El alcalde Ruiz tal vez recibió sobornos del cártel.", "es"),
    # the lone surname: sources, hedges, questions, victims, places, plurals, teams
    ("Garza was indicted for taking bribes.", "en"),
    ("Garza may have taken bribes.", "en"),
    ("Garza is a thief? No way.", "en"),
    ("Garza was robbed at the bridge.", "en"),
    ("Garza fue asaltado en el puente.", "es"),
    ("Garza se robó el dinero, según la Fiscalía.", "es"),
    ("Police stole the money from the fair.", "en"),
    ("Thieves stole the copper wire last night.", "en"),
    ("Mexico stole the election from us.", "en"),
    ("Karma is a thief lol", "en"),
    ("Mayo se robó el show.", "es"),
    ("Batman is a thief in the new movie.", "en"),
    ("Kid stole the cookie jar and blamed the dog, classic.", "en"),
    ("Council killed tenant protections again.", "en"),
    ("Pharmacies selling pills with no prescription are a scam.", "en"),
    # a cause, not a person: an abstract noun or a substance opening the comment
    ("Poverty killed this town long before the plant closed.", "en"),
    ("Capitalism killed the textile mills and NAFTA buried them.", "en"),
    ("Globalization killed the mills, not the migrants.", "en"),
    ("Corruption stole our water and nobody went to jail.", "en"),
    ("Unemployment destroyed half the families on my street.", "en"),
    ("Negligence killed those workers at the plant.", "en"),
    ("Alcohol killed my dad at 52.", "en"),
    ("Corrupción mató al pueblo.", "es"),
    ("Pobreza y abandono, eso mató a la colonia.", "es"),
    ("Impunidad es lo que mató a este pueblo.", "es"),
    # a measure called a crime by name: policy judged, its author named only as its owner
    ("The mayor's water plan is a fraud.", "en"),
    ("The governor's new fee is a scam on every family in the county.", "en"),
    ("That tax is theft, plain and simple.", "en"),
    ("The whole recount was a fraud from start to finish.", "en"),
    ("El plan del alcalde es una estafa para subirnos el recibo del agua.", "es"),
    ("La reforma del gobernador es una estafa.", "es"),
    ("El nuevo cobro del municipio es un robo descarado.", "es"),
    ("Ese impuesto es puro robo.", "es"),
    ("La licitación del puente fue un fraude para los vecinos.", "es"),
    # "vendió" with one's own goods, or a whole people sold out (political opinion)
    ("El gobernador vendió el rancho de su familia en 2019.", "es"),
    ("El alcalde vendió su casa y se fue a San Antonio.", "es"),
    ("Doña Chela vendió tamales en la feria y se acabaron en una hora.", "es"),
    ("El gobernador vendió a los rancheros por una foto con las boyas.", "es"),
    ("El diputado vendió a México por un puesto en el gabinete.", "es"),
    ("El alcalde vendió a su propia gente con ese acuerdo del agua.", "es"),
    # plural doers with no named person, sources, the named person reporting or arresting
    ("Someone stole the copper wire from the pump station.", "en"),
    ("Smugglers rob migrants at the checkpoint.", "en"),
    ("Sheriff Dalton says gangs rob migrants at the checkpoint.", "en"),
    ("Sheriff Dalton's deputies say smugglers rob migrants at the checkpoint.", "en"),
    ("Sheriff Dalton arrested the men who rob migrants at the checkpoint.", "en"),
    ("Sheriff Dalton's deputies were robbed at the checkpoint.", "en"),
    ("Do Sheriff Dalton's deputies rob migrants at the checkpoint?", "en"),
    ("Sheriff Dalton's deputies never rob migrants.", "en"),
    ("These new fees rob taxpayers blind.", "en"),
    ("El comandante Ibarra detuvo a los que asaltan a los paisanos.", "es"),
    ("Según la CNDH, los agentes del comandante Ibarra golpean a los migrantes.", "es"),
    # sport, opinion on public conduct, a crime told by its victim
    ("Tigres killed Rayados last night", "en"),
    ("Juárez destroyed El Paso in the final", "en"),
    ("Los Tigres mataron a los Rayados en la final.", "es"),
    ("The Chihuahuas murdered them at the stadium, what a game", "en"),
    ("the mayor's water plan is a scam", "en"),
    ("my cousin was robbed at the bridge", "en"),
]


@pytest.mark.parametrize("text,lang", NEAR_MISSES)
def test_libel_scope_doers_near_misses(text: str, lang: str) -> None:
    assert_rules_approve(text, lang, RULE)
