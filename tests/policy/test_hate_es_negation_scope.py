"""A Spanish "no" governs its own clause only: a comma and an affirmed copula ("no hay que
darles ni agua, son ladrones"), or a "pero" ("no es por nada pero los X ..."), open a new
clause that the negation before it does not deny. Near misses that must pass: the negation
inside the clause of the claim, a restatement that praises or defends, a denial with its cause
elsewhere. Our own sentences."""

import pytest

from .expect import assert_rules_flag, assert_rules_pass_all

HITS = [
    "A los hondureños no hay que darles ni trabajo, son ladrones todos.",
    "A los haitianos no hay que tenerles lástima, son una plaga.",
    "Los haitianos no vienen por trabajo, son invasores.",
    "No es por nada pero los de la sierra nomás sirven para vender chicles.",
    "No lo digo por ofender pero los haitianos son una plaga.",
    "No me importa lo que digan, los venezolanos son unos delincuentes.",
]

PASSES = [
    "No son criminales, son trabajadores que vienen a ganarse la vida.",
    "No es una invasión, son familias que huyen de la violencia.",
    "Los hondureños no son delincuentes, son gente trabajadora.",
    "No son ratas, son seres humanos.",
    "No, no son una plaga, son vecinos.",
    "No hay que darles la espalda, son nuestros hermanos.",
    "No los llamen invasores, son refugiados.",
    "No es por nada pero los de la sierra trabajan más que nadie.",
    "No son una plaga, pero hay que ordenar la migración.",
    "No creo que los migrantes sean ladrones, pero sí hace falta más policía.",
    "Los venezolanos no son ladrones, ni violadores, ni una plaga.",
    "No es que los haitianos sean sucios, es que no les dan agua.",
    "Nadie dice que los migrantes sean criminales, pero el albergue está lleno.",
    "Ellos no son invasores, son vecinos; eso es lo que son.",
    "No son parásitos, son los que levantan las cosechas.",
    "No es protesta, es lo que son: familias con hambre.",
    "No sé qué le pasa al alcalde, pero los migrantes no son una plaga.",
]


@pytest.mark.parametrize("text", HITS)
def test_flagged_as_hate(text):
    assert_rules_flag(text, "es", "hate")


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_rules_pass_all(text, "es")
