"""Spanish group hate with no verb (`hate.es_bare`, hold only): a group and an insult and
nothing else, "fuera" with a group after it, an insult said back with "eso son". Near misses
that must pass: the line quoted to condemn it, a group named with praise, "fuera de" as a
preposition, vermin that are vermin, a cartel called rats, apes at the zoo. Our own
sentences."""

import pytest

from .expect import assert_rules_approve, rule_action

RULE = "hate.es_bare"

HOLDS = [
    "Catrachos mugrosos 🤮",
    "FUERA HAITIANOS DE TIJUANA!!",
    "i n d i o s   d e   m i e r d a",
    "Ratas del sur, eso son todas.",
    "Pinches chinos cochinos.",
    "Chapines apestosos, eso es lo que son",
    "Puros hondureños en esa colonia, qué esperaban",
    "Un país gobernado por puros indios de rancho, ¿qué esperaban?",
]

PASSES = [
    '"Negros de mierda", les gritaron a los jugadores del Cruz Azul; qué asco de afición.',
    "Haitianos sucios, así les dicen en la central, y eso es puro racismo.",
    "Cucarachas en la cocina del restaurante, eso son las fotos que subió Profeco.",
    "Ratas del cártel, eso son, y ojalá los agarren.",
    "Los chinos del restaurante, bien amables.",
    "Indígenas de la sierra, artesanos de primera.",
    "Hondureños, salvadoreños y guatemaltecos, todos invitados a la posada de la parroquia.",
    "Fuera políticos corruptos del cabildo.",
    "Llevamos a los niños a ver los changos al zoológico de Chapultepec.",
    "Gays y lesbianas, bienvenidos a la marcha del sábado.",
    "Migrantes cansados, con hambre y con frío: eso vi en la central anoche.",
    "Judíos, musulmanes y católicos juntos en la cena de la paz, qué bonito.",
    "No somos cucarachas, somos gente, decía la pancarta de los migrantes.",
    "La neta no sé qué esperaban, pusieron al ejército a administrar las aduanas.",
    "Puros migrantes en la fila del consulado, qué esperaban con las nuevas reglas.",
    "Una mujer de presidenta, con razón la ciudad por fin tiene alumbrado.",
]


@pytest.mark.parametrize("text", HOLDS)
def test_held_by_the_rule(text):
    assert rule_action(text, "es", RULE) == "hold", text


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_rules_approve(text, "es", RULE)
