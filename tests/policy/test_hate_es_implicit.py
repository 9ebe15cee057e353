"""Implicit Spanish group hate with no slur and no insult (`hate.es_implicit`, hold only): a
group or its stand-in with a stereotype predicate, a place ruined since a group came, a group
wished away by the river or the train, "you know what they are like", calls to watch or run out
a group or to keep the race pure, a fault put down to blood or genes, "por algo será", a group
barred from voting or office, harm said to be deserved, a group refused a home or a job, the
antisemitic "same ones as always" behind the banks, a sneering "what a coincidence", a family
threatened by its surname, and a reported claim the writer then affirms ("... Y lo son.").
Near misses that must pass: the same words about politicians, teams, dogs and oneself,
negation, causes and conditions, reports, wishes and beliefs of others, and counter-speech.
Our own sentences."""

import pytest

from moderation.policy import Submission, screen

from .expect import rule_action, rules_flagging

RULE = "hate.es_implicit"

HOLDS = [
    # stereotype predicates, with the group named or carried by "esa gente" / "ellos"
    "Los nicaragüenses de la cuadra no respetan nada.",
    "Llegaron más salvadoreños a la unidad. Esa gente no respeta a nadie.",
    "Los migrantes traen otras costumbres y nunca se adaptan.",
    "Los chinos se están adueñando de todo el comercio del centro.",
    "Los venezolanos nos están invadiendo poco a poco.",
    # a place ruined since a group came
    "La colonia ya no es la misma desde que llegaron los haitianos.",
    "Desde que se vinieron esos hondureños el barrio ya no es seguro.",
    # wishes: a river, the train or a storm taking a group away
    "Que se los lleve la corriente a todos esos migrantes.",
    "Ojalá el río se los lleve a todos.",
    "Ojalá la tormenta se lleve a los guatemaltecos del albergue.",
    "Que se ahoguen todos los que crucen.",
    # "you know what they are like"
    "Los hondureños de la vecindad, ya sabemos cómo son.",
    "Gente de Guerrero, ya saben, puro desmadre.",
    # calls to watch, fumigate or run out, or to keep the race pure
    "Hay que mejorar la raza, no mezclarse.",
    "A los gitanos hay que tenerlos vigilados.",
    # blood, genes and race
    "Los guatemaltecos traen la flojera en la sangre.",
    "Hay razas que no progresan, así de simple.",
    # "por algo"
    "Yo nada contra los cubanos, pero por algo su país está como está.",
    # barred from voting or office
    "Las mujeres no deberían ser alcaldesas.",
    "El peor error fue darle el voto a las mujeres.",
    # harm said to be deserved
    "Los haitianos del parque se lo buscaron, que ni lloren.",
    "Plomo al que se brinque el muro.",
    # refused a home or a job
    "Yo ya no les rento a hondureños.",
    "Que el comité prohíba rentarle a venezolanos.",
    # the antisemitic "same ones as always"
    "Los bancos y los medios son de los mismos de siempre, ya saben.",
    "Los de la kipá financian todo esto.",
    # a sneering coincidence
    "Qué casualidad que el del robo de la tienda sea venezolano.",
    # less than people, or kept apart from "normal" people
    "Esos hondureños ni parecen personas.",
    "Los mixtecos que aprendan a trabajar como la gente.",
    "Los trans deberían vivir aparte, lejos de las familias normales.",
    "Esos zapotecos deberían quedarse en su monte.",
    # a family threatened by its surname
    "A los Ramírez hay que sacarlos de la colonia a patadas.",
]

# A reported claim that the writer affirms: held by the derogation rules once the agreement is
# read ("y lo son" endorses the report).
AFFIRMED = [
    "Mi vecina dice que los hondureños son unos flojos. Y lo son.",
    "Mi abuelo decía que los gitanos son unos rateros, y sí lo son.",
]

PASSES = [
    # the same predicates about others, explained, negated or reported
    "Los políticos no respetan nada.",
    "Mis hijos no respetan nada cuando están de vacaciones.",
    "Los migrantes nunca se integran si no les dan papeles.",
    "No es cierto que los venezolanos no respeten nada.",
    "Dicen que los haitianos no respetan nada, pero es mentira.",
    "Yo era de los que pensaban que los migrantes vienen a quitarnos el trabajo. Ya no.",
    # wishes that take nobody, or somebody else's wish
    "Ojalá se mueran de risa los del América.",
    "Ojalá el río no se lleve a nadie este año.",
    "No entiendo cómo hay gente que desea que se mueran en el río.",
    # politics, dogs, oneself
    "Ya saben quiénes son los corruptos del gobierno.",
    "Los mismos de siempre se roban el presupuesto del gobierno.",
    "Hay razas de perros que necesitan mucho ejercicio.",
    "El béisbol lo llevamos en la sangre los sonorenses.",
    "Por algo se empieza.",
    "Los hondureños son pobres, por algo huyen de la violencia.",
    # office, votes and rights said the other way
    "Las mujeres no deberían tener miedo de denunciar.",
    "Fue un avance darle el voto a las mujeres en 1953.",
    "Los migrantes no deberían morir en el desierto.",
    # deserved harm denied, a report of discrimination
    "Los migrantes no se lo buscaron, huían de la violencia.",
    "Los corruptos se lo buscaron.",
    "Los caseros no les rentan a los haitianos y eso es discriminación.",
    # coincidences that cut the other way, or the blame of others
    "Qué casualidad que los barrios con migrantes tengan menos crimen, según estudios.",
    "Qué curioso que siempre culpen a los migrantes de los robos.",
    # people, manners and shelters
    "Los migrantes son personas como nosotros.",
    "Los migrantes no son delincuentes, son personas.",
    "¿A poco los haitianos no son gente?",
    "Que aprendan a manejar como la gente, estos taxistas.",
    "Los migrantes deberían quedarse en el albergue hasta que baje el calor.",
    # a reported claim denied
    "Mi vecina dice que los hondureños son unos flojos. Y no lo son.",
    # teams and families named by a plural
    "A los Tigres hay que sacarlos de la liguilla a patadas.",
    "Vamos a visitar a los Flores el sábado.",
    "Dicen que a los Pérez hay que correrlos del pueblo, qué barbaridad.",
    "A los Flores el sábado les ganamos tres a cero.",
    "Hay que tener cuidado con los migrantes en este calor, llévenles agua.",
]

# English: a report affirmed by the writer is held; the same report denied passes.
AFFIRMED_EN = ["My uncle says Hondurans are lazy, and he is right."]
PASSES_EN = [
    "My uncle says Hondurans are lazy, and he is wrong.",
    "We beat the Tigers on Saturday, we crushed them.",
]


@pytest.mark.parametrize("text", HOLDS)
def test_held_by_the_rule(text):
    assert rule_action(text, "es", RULE) == "hold", text


@pytest.mark.parametrize("text", HOLDS)
def test_held_never_rejected_alone(text):
    verdict = screen(Submission(text=text, lang="es"), blog_model=False)
    assert verdict.action in ("hold", "reject"), verdict.to_dict()
    assert all(f.action == "hold" for f in verdict.findings if f.rule == RULE)


@pytest.mark.parametrize(
    ("text", "lang"), [(t, "es") for t in AFFIRMED] + [(t, "en") for t in AFFIRMED_EN]
)
def test_affirmed_report_is_flagged(text, lang):
    assert rules_flagging(text, lang), text


@pytest.mark.parametrize(
    ("text", "lang"), [(t, "es") for t in PASSES] + [(t, "en") for t in PASSES_EN]
)
def test_passes(text, lang):
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    assert RULE not in {f.rule for f in verdict.findings}, verdict.to_dict()
    assert verdict.action == "approve", verdict.to_dict()
