"""The Spanish put-downs with no insult word (`troll.wits_mocked`, `troll.idle_mocked`,
`troll.talked_down`) read in their own sentence and clause: a "tú" elsewhere in the comment
points no jab, the writer's own family and chores are no target, a group named before "no
tienen trabajo" is people out in the world, help or sympathy beside the phrase is kindness,
a phrase after a verb of saying is counter-speech, "read by no one" needs a writing of the
reader's as its subject, and bedtime at home is bedtime. Each row: text, the rule, and
whether that rule holds it (our own sentences; other rules may still flag a row)."""

import pytest

from .expect import rule_action

W, ID, D = "troll.wits_mocked", "troll.idle_mocked", "troll.talked_down"
ROWS = [
    # A third-person jab points at a reader only within its own sentence, never at the writer
    # or their family, nor at someone named before it in its clause.
    (
        "Mi hija tiene problemas de comprensión lectora y la escuela no ayuda, "
        "¿ustedes qué hacen?",
        W,
        False,
    ),
    ("Yo siempre soy el último en entender los chistes, ¿a ti te pasa?", W, False),
    ("Mi hijo de 5 años escribe mejor que yo, ¿ustedes también lo notan con sus hijos?", W, False),
    ("Ella fue la última en entender el chiste, y tú también te reíste.", W, False),
    ("Tiene problemas de comprensión lectora. ¿Tú qué opinas del tema?", W, False),
    ("Mi sobrino de primaria escribe mejor que tú.", W, True),
    ("Mejor ni le respondan, claramente tiene problemas de comprensión lectora.", W, True),
    ("Ay doña Rosa, siempre la última en entender.", W, True),
    ("Ay Perla, siempre la última en entender. Ni te esfuerces.", W, True),
    ("Qué listo el comentarista de arriba. Lástima que no sepa ni leer.", W, True),
    ("Alma, entiendo que te cuesta leer sentencias, pero para eso existen los adultos.", W, True),
    ("El de arriba tiene el cerebro del tamaño de un cacahuate.", W, True),
    # "te cuesta" in sympathy or with help.
    ("Entiendo que te cuesta leer con la dislexia, a mí también me pasa.", W, False),
    ("Se nota que te cuesta leer, ¿necesitas lentes? Yo te recomiendo un óptico.", W, False),
    ("Se nota que te cuesta entender un texto de dos párrafos.", W, True),
    # Hearsay aimed at a reader is the jab; an office-holder excuses only as the subject.
    ("Dicen que no sabes ni leer, y se nota.", W, True),
    ("Dicen que los migrantes no saben ni leer, y es mentira.", W, False),
    ("El autor, igual que el alcalde, no sabe ni leer.", W, True),
    ("El alcalde no sabe ni leer, tú lo sabes.", W, False),
    # Plural forms: a group named before the phrase, or no reader addressed.
    ("¿Acaso los migrantes no tienen trabajo? Claro que sí, trabajan más que nadie.", ID, False),
    ("Es falso que los migrantes no tienen trabajo o que se la pasan de vagos.", ID, False),
    (
        "Los migrantes no tienen nada mejor que hacer que trabajar de sol a sol, "
        "y aún así los insultan.",
        ID,
        False,
    ),
    ("Ellos no tienen vida social, los pobres abuelos del asilo.", ID, False),
    ("Los ricos nunca han trabajado un día en su vida.", ID, False),
    ("Ustedes no tienen trabajo o qué, todo el día aquí.", ID, True),
    ("¿De verdad no tienen trabajo? Todo el día aquí peleando.", ID, True),
    # Help, an invitation or a day off beside "¿no tienes trabajo?".
    ("¿No tienes trabajo? Te paso el contacto de mi jefe, buscan gente.", ID, False),
    ("Hoy es domingo, ¿no tienes trabajo? Ven a comer.", ID, False),
    ("¿De verdad no tienes trabajo mañana? ¡Qué suerte!", ID, False),
    ("¿De verdad no tienes trabajo?", ID, True),
    ("¿Comentas tanto porque no tienes nada mejor que hacer?", ID, True),
    # After a verb of saying, or in quotation marks: counter-speech.
    ("Decir a los desempleados consíganse un trabajo es cruel.", ID, False),
    ('Decir a los desempleados "consíganse un trabajo" es cruel.', ID, False),
    ("Consíganse un trabajo.", ID, True),
    # A handle anywhere in the comment addresses the plural; "son unos X" names no subject.
    ("Ahí vienen @Pepe y sus cuates. Son unos amargados que no tienen vida.", ID, True),
    ("Se nota q los comentaristas de aquí no han trabajado un día en su vida.", ID, True),
    # "Read by no one": a writing of the reader's or the author's is the subject.
    ("Gran artículo sobre un poeta que nadie lee ya; gracias por rescatarlo.", D, False),
    ("Este artículo trata de una novela que nadie lee hoy, pero que debería leerse.", D, False),
    (
        "El informe tiene menos lectores que el boletín, según el autor, por falta de difusión.",
        D,
        False,
    ),
    ("Escribí un libro que nadie va a leer, jaja, pero el blog me inspiró.", D, False),
    ("Tu blog tiene menos lectores que el boletín parroquial.", D, True),
    ("Su columna es tan mala que ni la lee nadie.", D, True),
    # The writer's own only in the reader or kin slot, not an opinion frame.
    ("La única que te lee es tu mamá, me parece.", D, True),
    ("Yo creo que la única que te lee es tu mamá.", D, True),
    ("Dicen que la única que te lee es tu mamá, autor.", D, True),
    ("La única que me lee es mi mamá, jaja, y tú lo sabes.", D, False),
    # Real children at home, a parent's message.
    ("Es hora de dormir para los niños, mañana hay escuela. Buenas noches a todos.", D, False),
    (
        "En mi casa a las 8 ya es hora de dormir para los niños, ¿a qué hora duermen los suyos?",
        D,
        False,
    ),
    ("Dile a tu mamá que te preste el celular para que me escribas, te extraño hijo.", D, False),
    ("Dile a tu mamá que te quite el celular.", D, True),
    ("Ya es hora de dormir para los niños.", D, True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "rule", "held"), ROWS)
def test_mocked_phrase_scoped(text, rule, held):
    assert (rule_action(text, "es", rule) == "hold") is held, text
