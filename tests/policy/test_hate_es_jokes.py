"""A joke told on a people, in Spanish (`hate.es_joke`, hold only): a riddle's frame with a
group as its subject and the writer's own laugh or excuse. Near misses that must pass: a riddle
asked in earnest, a joke retold to be refused, a kind punchline, a joke with no people in it,
a bar-joke frame that names a football final. Our own sentences."""

import pytest

from .expect import assert_rules_pass_all, rule_action

RULE = "hate.es_joke"

HOLDS = [
    "¿Cuál es la diferencia entre un haitiano y un mono? Ya saben el resto jaja",
    "¿En qué se parece un indio a una piedra? Jajaja no se ofendan",
    "¿Cómo sabes que un gitano pasó por tu casa? Porque ya no está la tele 🤣",
    "Ahí les va un chiste: van un chino, un judío y un negro en un avión... jajaja",
    "Otro chiste: ¿cómo le dices a un hondureño con trabajo? Nada, no existe jajaja, es humor",
    "Mi primo se sabe uno buenísimo: ¿qué diferencia hay entre un musulmán y una mochila?",
]

PASSES = [
    "¿Cuál es la diferencia entre un migrante y un expatriado? El color de la piel. Así somos.",
    "Un chiste que me contó mi tío: en qué se parece un migrante a una cucaracha. "
    "Todos se rieron menos yo.",
    "¿Cómo sabes que un venezolano cocina? Pruebas sus arepas y ya jaja, las mejores de Monterrey",
    "Ahí les va un chiste de mi abuelita: ¿qué le dice una uva verde a una morada? ¡Respira! jaja",
    'Los chistes de "van un gallego y un andaluz" no dan risa, son racistas y ya.',
    "¿Cuál es la diferencia entre un refugiado y un migrante? Depende de la ley, lo explica bien.",
    "Van un mexicano, un gringo y un canadiense a la final del torneo jaja qué buen partido",
    "Jaja mi compa chino me contó un chiste buenísimo sobre su abuela, me morí de risa",
]


@pytest.mark.parametrize("text", HOLDS)
def test_held_by_the_rule(text):
    assert rule_action(text, "es", RULE) == "hold", text


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_rules_pass_all(text, "es")
