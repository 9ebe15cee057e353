"""`hate.generalised`, second round: Spanish shapes (exploiting the system, corrupting children,
voting with the heart, "no se civilizan", exclusion, a vile trait said of all, "tienden a la
violencia", arrivals that "traen puro desorden", "nomás llegan los X y ...", worth less,
disclaimers that introduce the claim) and English shapes where the group does not open the
sentence ("every X I've dealt with ...", "if X wanted respect they'd stop ...", "put an X
teacher in ... and act surprised when ..."); with their near misses."""

import pytest

from tests.policy.expect import rule_action

RULE = "hate.generalised"

# (text, lang, the rule's action)
HITS = [
    ("Los rumanos se roban todo, eso lo sabe todo mundo.", "es", "reject"),
    ("No lo digo por racista, pero los hondureños roban.", "es", "reject"),
    ("No digo que todos, pero los cubanos se aprovechan de las ayudas.", "es", "hold"),
    ("Los judíos siempre le sacan provecho a cualquier desgracia.", "es", "hold"),
    ("Los gays están pervirtiendo a nuestros hijos.", "es", "hold"),
    ("Las mujeres deciden con las emociones y no con la cabeza.", "es", "hold"),
    ("Los indígenas nunca se van a civilizar.", "es", "hold"),
    ("Los chinos no deberían conducir, son un peligro.", "es", "hold"),
    ("Las dominicanas son todas sumisas.", "es", "hold"),
    ("Los negros tienden a delinquir.", "es", "hold"),
    ("Los haitianos que vinieron a Tijuana traen puro desorden.", "es", "hold"),
    ("Apenas llegan los venezolanos y la plaza se vuelve un cochinero.", "es", "hold"),
    ("Los gitanos son una raza de ladrones.", "es", "hold"),
    ("Las mujeres rinden menos que un hombre.", "es", "hold"),
    ("Los musulmanes deberían vivir lejos de nosotros.", "es", "hold"),
    ("Los indios de la sierra no saben ni leer.", "es", "hold"),
    ("Bonito discurso, pero los haitianos se aprovechan del sistema.", "es", "hold"),
    ("Si los gays quieren respeto, que se comporten.", "es", "hold"),
    ("Los peruanos traen puro desorden. No lo digo por racista, vivo ahí.", "es", "hold"),
    ("Every Mexican I've rented to has trashed the unit.", "en", "hold"),
    ("If Muslims wanted acceptance, they'd quit demanding special rules.", "en", "hold"),
    ("Put a trans coach near the girls and act shocked when parents complain.", "en", "hold"),
]

PASSES = [
    ("Dicen que los rumanos roban, y es mentira.", "es"),
    ("No todos los gitanos roban.", "es"),
    ("Los gitanos no roban, eso es un prejuicio.", "es"),
    ("¿De verdad crees que los haitianos traen desorden?", "es"),
    ("El gitano de la esquina me robó la cartera.", "es"),
    ("El gobierno chino se aprovecha del sistema comercial.", "es"),
    ("Los políticos se aprovechan del sistema.", "es"),
    ("Los policías tienden a la violencia.", "es"),
    ("Los caseros se aprovechan de los inquilinos.", "es"),
    ("La afición del América trae puro desorden al estadio.", "es"),
    ("Las mujeres son todas increíbles.", "es"),
    ("Los judíos no deberían tener que esconderse.", "es"),
    ("Los venezolanos que llegan a Monterrey traen ganas de trabajar.", "es"),
    ("Apenas llegan los venezolanos y la plaza se llena de música.", "es"),
    ("No es cierto que los gays estén pervirtiendo a los niños.", "es"),
    ("Mi tío dice que las mujeres votan con el corazón, qué ridículo.", "es"),
    ("No lo digo por racista, pero los gitanos no roban.", "es"),
    ("Es racista decir que los gitanos roban.", "es"),
    ("Every Mexican I've worked with has been great.", "en"),
    ("If gay people want respect, they shouldn't have to ask for it.", "en"),
    ("People who say every Jew they've met tried to cheat them are bigots.", "en"),
]


@pytest.mark.parametrize(("text", "lang", "action"), HITS)
def test_generalisation_flagged(text, lang, action):
    assert rule_action(text, lang, RULE) == action


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_near_miss_passes(text, lang):
    assert rule_action(text, lang, RULE) is None
