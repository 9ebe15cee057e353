"""Threats and calls for violence read as grammar (our own sentences, `rules/threat_said/`):
who acts or how the harm is wanted (I/we, someone/alguien, "hay que", an imperative, "ojalá",
"que" with a subjunctive, "deserve", "beating them is fine"), the act (a verb of harm, with its
idioms: "teach a lesson with a bat", "darles una golpiza", "prenderles fuego"), and the target
(a protected group: hate; someone spoken to, the author or a named person: troll). Near misses
must pass: reports of attacks, condemnation, a threat quoted to report it, the courts, self
defence, a police debate, figures of speech ("this bill will kill small farms", "me muero de
risa"), boxing, sports and games. "flag" means hold or reject in the row's category."""

import pytest

from .expect import assert_category_action

GROUP_EN = [
    ("Wipe them out, all the Roma in this county.", "reject"),
    ("Somebody ought to teach those Mexicans a lesson with a bat.", "reject"),
    ("Gay men deserve to be beaten.", "reject"),
    ("Hope every last one of the Haitians drowns on the way over.", "reject"),
    ("Let's burn their houses down, all the Jews on that street.", "reject"),
    ("Every synagogue in this city should be a target.", "reject"),
    ("Shoot every last one of them, the Somalis first.", "reject"),
    ("I'd love to see every mosque in this state on fire.", "reject"),
    ("Trans people need a good beating.", "reject"),
    ("Beating gay men is fine by me.", "reject"),
    ("Hope the next storm wipes out every Haitian in the camp.", "reject"),
    ("Muslims should be shot on sight.", "reject"),
    ("We should do to the Roma what they did in the forties.", "reject"),
]
GROUP_EN_NEAR = [
    ("This bill will kill small farms.", "approve"),
    ("Two Muslim students were beaten outside the library last night.", "approve"),
    ("Nobody deserves to be beaten for who they love.", "approve"),
    ('Someone wrote "gay men deserve to be beaten" under the post. I reported it.', "approve"),
    ("The man who attacked the synagogue should be locked up for life.", "approve"),
    ("We should take them out to dinner, the new Syrian family next door.", "approve"),
    ("So take it up with them, the Mexican consulate handles visas.", "approve"),
    ("No one should be killed for their religion.", "approve"),
    ("I hope the killer rots in prison for what he did to those Jewish kids.", "approve"),
    ("Let's crush the opposition in the polls this fall.", "approve"),
    ("We should do to the Roma what the council did for the Irish: build housing.", "approve"),
]
PERSON_EN = [
    ("I'm going to break your jaw, Dave.", "reject"),
    ("Someone should beat the author until she stops writing.", "reject"),
    ("Somebody needs to put a bullet in that columnist.", "reject"),
    ("I hope someone beats you senseless.", "reject"),
    ("I'd pay good money to see the reporter's car on fire.", "reject"),
    ("If he puts that sign up again I'm burning his house down.", "reject"),
    ("We'll deal with every last one of you.", "flag"),
    ("Shoot every last one of them at the fence line.", "flag"),
    ("I'm gonna find that reporter and beat the hell out of him.", "reject"),
    ("Hope you get hit by a truck, moderator.", "reject"),
    ("I'd love to put my fist through your face.", "reject"),
    ("We're coming for every last one of you traitors.", "flag"),
]
PERSON_EN_NEAR = [
    ("They killed it on stage at the county fair.", "approve"),
    ("The champ will knock him out in the fifth round.", "approve"),
    ("I'd shoot anyone who broke into my house at night.", "approve"),
    ("We will beat them at the ballot box in November.", "approve"),
    ("I hope the family of the man who was shot gets justice.", "approve"),
    ("Should police be allowed to shoot at fleeing cars?", "approve"),
    ("Honestly I could kill for a coffee right now.", "approve"),
    ("I'm going to destroy you at chess tomorrow.", "approve"),
    ("Kill them with kindness, all of them.", "approve"),
    ("The county should go after them for the unpaid fines.", "approve"),
    ("Teach them a lesson in manners, the kids at school need it.", "approve"),
    ("I'm going to find a good book and kill some time.", "approve"),
    ("We're coming for the championship this year.", "approve"),
    ("I'm going to go and hurt my back lifting this couch.", "approve"),
    ("I'm going to burn this old couch in the backyard.", "approve"),
    ("Then they kill the bipartisan bill and blame the other side.", "approve"),
    ('Someone told the author "we know where you live". That is a threat, reported.', "approve"),
]
GROUP_ES = [
    ("Ojalá alguien les dé una golpiza a los gitanos del barrio.", "reject"),
    ("Que les prendan fuego a las casas de los migrantes.", "reject"),
    ("Los gays merecen que les peguen.", "reject"),
    ("Las feministas merecen una paliza cada una.", "reject"),
    ("Que aparezcan muertos todos los judíos del centro.", "reject"),
    ("Hay que quemarles las mezquitas a los musulmanes.", "reject"),
    ("Vamos a quemarles las casas a los gitanos.", "reject"),
    ("Los haitianos que lleguen van a arder, ya verán.", "reject"),
    ("Los migrantes deberían aparecer todos colgados.", "reject"),
    ("Hay que hacer lo de antes con los judíos, sacarlos a pedradas.", "reject"),
    ("Quemen vivos a los gitanos de la colonia.", "reject"),
    ("Vamos a empezar a matarlos, a los migrantes.", "reject"),
    ("Voy a romperle el cuello a cualquier gay que se me acerque.", "reject"),
    ("Hay que darles a los musulmanes lo que les dieron en Bosnia.", "reject"),
    ("Los chinos del mercado se van por las buenas o por las malas.", "hold"),
]
GROUP_ES_NEAR = [
    ("Anoche golpearon a dos migrantes afuera del albergue.", "approve"),
    ("Nadie merece que le peguen por ser quien es.", "approve"),
    ('Alguien escribió "hay que matar a los judíos" y ya lo reporté.', "approve"),
    ("Esta reforma va a matar a los pequeños productores.", "approve"),
    ("Ojalá que les vaya bien a los migrantes en su nuevo trabajo.", "approve"),
    ("Que les den una beca a los estudiantes indígenas.", "approve"),
    ("No hay que pegarle a los niños, nunca.", "approve"),
    ("Qué bueno que detuvieron a los que golpearon a los migrantes.", "approve"),
    ("Denles una oportunidad a los migrantes recién llegados.", "approve"),
    ("Los gitanos del barrio se van de vacaciones por las buenas.", "approve"),
]
PERSON_ES = [
    ("Alguien debería darle una paliza al autor.", "reject"),
    ("Te voy a romper las piernas, ya verás.", "reject"),
    ("Ojalá te secuestren, a ver si sigues opinando igual.", "reject"),
    ("Este viernes lo agarramos entre todos, al de la tienda.", "reject"),
    ("Hay que darle una golpiza a ese periodista.", "reject"),
    ("Si veo otra vez a ese tipo en mi calle lo mato.", "reject"),
    ("Si el alcalde no renuncia, lo sacamos a la fuerza.", "flag"),
    ("Ese ratero ya se la sabe. Mañana vamos por él.", "flag"),
]
PERSON_ES_NEAR = [
    ("Me muero de risa con esta columna.", "approve"),
    ("El boxeador lo noqueó en el tercer asalto.", "approve"),
    ("Al que mató a esa familia le deberían dar cadena perpetua.", "approve"),
    ("Hay que matar esa propuesta en comisiones.", "approve"),
    ("Esta ley mordaza hay que matarla ya.", "approve"),
    ("Vamos a aplastarlos el domingo en la cancha.", "approve"),
    ("Le voy a dar una paliza a mi hermano en el FIFA.", "approve"),
    ("Ni modo, hay que esperar el fallo de la Suprema Corte.", "approve"),
    ("Sí hay mordelones, claro, y hay que correrlos.", "approve"),
    ("Que se pudran en la cárcel los que mataron a esos muchachos.", "approve"),
    ("Vamos por unas cervezas después del trabajo.", "approve"),
    ("Si llueve lo dejamos para mañana.", "approve"),
    ("Voy a quemar esa silla vieja en el patio.", "approve"),
    ("Vamos a empezar a golpear la mesa en el cabildo.", "approve"),
    ("Si alguien se mete a mi casa, me defiendo como pueda.", "approve"),
    ('A la autora le escribieron "ya sabemos dónde vives". Eso es una amenaza.', "approve"),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_EN + GROUP_EN_NEAR)
def test_threat_on_a_group_en(text, expected):
    assert_category_action(text, expected, "hate", "en")


@pytest.mark.parametrize(("text", "expected"), GROUP_ES + GROUP_ES_NEAR)
def test_threat_on_a_group_es(text, expected):
    assert_category_action(text, expected, "hate", "es")


@pytest.mark.parametrize(("text", "expected"), PERSON_EN + PERSON_EN_NEAR)
def test_threat_on_a_person_en(text, expected):
    assert_category_action(text, expected, "troll", "en")


@pytest.mark.parametrize(("text", "expected"), PERSON_ES + PERSON_ES_NEAR)
def test_threat_on_a_person_es(text, expected):
    assert_category_action(text, expected, "troll", "es")
