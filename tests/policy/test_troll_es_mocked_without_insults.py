"""Spanish trolling with no insult word (our own sentences): a reader's or the author's wits
mocked (`troll.wits_mocked`: "no sabes ni leer", "pídele a un adulto que te lo explique"), a
reader mocked as idle or jobless (`troll.idle_mocked`: "se nota que no trabajas", "¿no tienes
nada mejor que hacer?") and a reader talked down to as a child or as read by no one
(`troll.talked_down`: "cuando seas adulto vienes a opinar", "te lee alguien que no sea tu
mamá"). Each table's near misses (the writer's own life, people out in the world, advice, a
condition, reports and quotes, harsh words for officials) pass the rules alone."""

import pytest

from .expect import assert_rules_approve, rule_action

WITS = [
    "@RicardoM no sabes ni leer, la nota dice otra cosa.",
    "Cuando se te ocurra algo inteligente nos avisas, aquí te esperamos.",
    "Algún día vas a decir algo coherente, Manuel, pero hoy no es ese día.",
    "Si fueras un poquito inteligente no escribirías esas cosas.",
    "Se nota que te cuesta entender un texto de dos párrafos.",
    "Pídele a un adulto que te lo explique, mijo.",
    "Con ese cerebrito no me extraña que pienses así.",
    "Tus dos neuronas no dan para más, ya se vio.",
    "Se te está derritiendo el cerebro de tanto TikTok.",
    "Escribes con más faltas que mi sobrino de primero.",
    "Vuelve cuando sepas leer, campeón.",
    "Hablas y hablas sin decir nada, como siempre.",
    "Mejor ni le contesten, no sabe ni leer.",
    "El autor no sabe ni escribir, un niño de primaria escribe mejor.",
    "Su comentario tiene el nivel intelectual de una piedra, señor.",
    "@Lalo_R leer no es lo tuyo, está claro.",
    "El de arriba tiene el cerebro del tamaño de un cacahuate.",
    "Ay doña Rosa, siempre la última en entender.",
    "Señora, pídale a sus nietos que se lo expliquen despacito.",
    "Ni siquiera sabes sumar y vienes a hablar de economía.",
    "Uy sí, Gabriel, tan listo como siempre, el que más habla sin decir nada.",
    "Ándale @chava_tx, algún día vas a pensar por tu cuenta.",
    "Mejor ni le respondan, claramente tiene problemas de comprensión lectora.",
]
WITS_NEAR = [
    "No sé ni leer mi propia letra, jaja.",
    "En mi pueblo muchos abuelos no saben ni leer ni escribir, por eso hacen falta maestros.",
    "Si no entiendes el formulario, pídele a alguien de la oficina que te lo explique.",
    "Mi hija de 8 años ya sabe leer y escribir muy bien.",
    '"No sabes ni leer" es lo que me gritaba mi maestra, y por eso me costó tanto la escuela.',
    "El nivel intelectual de los debates en el Congreso ha bajado mucho en veinte años.",
    "No estoy de acuerdo contigo porque el presupuesto no alcanza, y eso se ve en las cifras.",
    "Si eres inteligente, vas a ahorrar para el enganche antes de comprar.",
    "Te cuesta leer de noche? Prueba con lentes de luz cálida.",
    "El cabildo no sabe ni sumar.",
    "Mi abuela no sabe ni leer, señor, y aun así sacó adelante a ocho hijos.",
    "Pues sí, Martha, mi hijo tiene problemas de comprensión lectora y la escuela no ayuda.",
    "Bueno, Juárez, como siempre: el alcalde habla sin decir nada en sus conferencias.",
    "Los alumnos de secundaria tienen problemas de comprensión lectora según el último examen.",
]
IDLE = [
    "¿De verdad no tienen trabajo? Todo el día aquí peleando.",
    "Se nota que no trabajas, @Rulo_22, siempre estás comentando.",
    "Ustedes no han trabajado un día en su vida y vienen a opinar de sindicatos.",
    "¿No tienes nada mejor que hacer que corregir a todos?",
    "Consíganse un trabajo, bola de desocupados.",
    "Ya vayan a trabajar y dejen de llenar el blog de quejas.",
    "Tú lo que necesitas es una vida, no otro pleito en el blog.",
    "Tienes todo el día para escribir aquí, ¿no?",
    "¿Y tú de qué vives aparte de comentar? Ah ya sé, de nada.",
    "¿Alguno de ustedes trabaja o todos viven del gobierno?",
    "No sabes lo que es trabajar de verdad, mijo.",
]
IDLE_NEAR = [
    "No tengo trabajo desde marzo, ¿alguien sabe de vacantes?",
    "Si no tienes trabajo, el programa de empleo del municipio te ayuda con el CV.",
    "Los jóvenes del pueblo no tienen trabajo y por eso se van al norte.",
    "Los jóvenes no tienen trabajo.",
    "Mi hermano no tiene trabajo desde que cerró la maquila.",
    "Cuando no tienes trabajo, cada peso cuenta.",
    "Mañana ya vete a trabajar temprano porque hay bloqueo en el puente, te aviso jaja",
    "La gente que no tiene trabajo necesita apoyo, no sermones.",
    "Los diputados nunca han trabajado un día en su vida, y así legislan.",
]
DOWN = [
    "Dile a tu mamá que te quite el celular, @Beto_99, ya es tarde.",
    "Ve y pide que te cambien el pañal, chamaco.",
    "Cuando seas adulto vienes a opinar de impuestos.",
    "Deja la política a los adultos, mijo.",
    "Mientras tanto los adultos seguimos platicando, ¿va?",
    "Ya es hora de dormir para los niños, @Kevin_R.",
    "Sigue escribiendo, a lo mejor un día te lee alguien que no sea tu mamá.",
    "La única que lo lee es su mamá, y eso por compromiso.",
    "Seguro escribes con el wifi de tu mamá.",
    "El autor debería revisar sus artículos, ah no, que ni los lee nadie.",
    "Alguien dígale al autor que su blog tiene menos lectores que la fonda de mi tía.",
    "Pobre autor, tanto esfuerzo para escribir algo que nadie va a leer.",
    "Nadie lee este blog de mediocres, ciérrenlo ya.",
]
DOWN_NEAR = [
    "La única que me lee es mi mamá, jaja, pero aquí sigo escribiendo.",
    "Cuando seas grande lo vas a entender, le digo a mi hijo cada noche.",
    "Dile a tu mamá que te prepare un té con miel para la tos.",
    "El único que lo lee completo es el contador, los demás ni lo abren.",
    "Nadie aparte de tu mamá sabe hacer ese mole, qué suerte tienes.",
    "Los niños de la primaria deberían aprender a leer antes de los siete.",
    "Otro 'plan integral' que nadie va a leer",
    "El reglamento existe pero ni lo lee nadie en el cabildo.",
    "Nadie lee los términos y condiciones, por eso nos cobran de más.",
    "Mi blog de recetas tiene menos lectores que el de mi prima, jaja, pero me divierte.",
]


@pytest.mark.parametrize(
    ("text", "rule"),
    [(t, "troll.wits_mocked") for t in WITS]
    + [(t, "troll.idle_mocked") for t in IDLE]
    + [(t, "troll.talked_down") for t in DOWN],
)
def test_mocked_without_insults_held(text, rule):
    assert rule_action(text, "es", rule) == "hold", text


@pytest.mark.parametrize(
    ("text", "rule"),
    [(t, "troll.wits_mocked") for t in WITS_NEAR]
    + [(t, "troll.idle_mocked") for t in IDLE_NEAR]
    + [(t, "troll.talked_down") for t in DOWN_NEAR],
)
def test_mocked_without_insults_near_misses_pass(text, rule):
    assert_rules_approve(text, "es", rule)
