"""Spanish group hate kept polite, with the near misses that must pass. A hedge that opens its
own clause and renames the prejudice ("..., no es odio, es prevención."); adoption by
same-sex couples refused with "un niño necesita papá y mamá"; a people held unfit for
self-rule, freedom or modern life ("no están listos para la democracia"); lesbians and
feminists said to lack "un hombre de verdad"; the Holocaust's toll called inflated. Twins:
the hedge quoted or mocked, a subject before it ("Revisar la salud ... no es
discriminación"), a group's grievance told as history, budget and arithmetic; a child's need
in a custody dispute, the adoption argument answered; countries, towns, children, prisoners
and one's own grandmother unready for something; "a real man" reported or denied; the
Holocaust remembered and its denial called out. Our own examples."""

import pytest

from tests.policy.expect import assert_category_action, rules_flagging

HOLDS = [
    # a hedge that opens its own clause and renames the prejudice
    "No sé por qué dejan que se junten tantos haitianos en una colonia. No es racismo, es "
    "algo que se ve.",
    "A mis hijos les dije que no jueguen con los niños chinos. No es odio, es prevención.",
    "El mexicano güerito se ve más decente en las entrevistas, no es racismo es presentación.",
    "Los de sangre indígena tienen menos capacidad. No es ofensa, es ciencia.",
    "Que mis hijas no se junten con negros, no es racismo, es cuidar la raza.",
    "Esa gente trae lo del dinero en la cultura. No es odio, es conocer cómo son.",
    "Los centroamericanos nos arruinaron la ciudad. No es racismo, es sobrevivencia.",
    "Los gitanos no cambian nunca. No es odio, es historia.",
    # adoption refused with "a child needs a father and a mother"
    "Está bien que existan, pero que no adopten. Un niño necesita papá y mamá.",
    "Nada contra ellos, pero eso de adoptar ya es demasiado. Los niños necesitan un papá "
    "y una mamá.",
    "Un niño necesita papá y mamá, no dos señores de esos.",
    "No hay que permitir que las parejas gay adopten, todo niño merece un papá y una mamá.",
    # a people held unfit for self-rule, freedom or modern life
    "Digamos que ciertos grupos no saben vivir en libertad.",
    "Yo no digo que sean menos, pero hay pueblos que todavía no están listos para la democracia.",
    "Los indígenas no están preparados para la democracia, por eso votan por una despensa.",
    "Los hondureños nunca van a saber gobernarse, está comprobado.",
    "Los haitianos no les da la cabeza para vivir en un país civilizado.",
    # lesbians and feminists said to lack "a real man", or one to put them in their place
    "Las lesbianas son mujeres que no encontraron un hombre de verdad.",
    "Lesbianas = mujeres que nunca han conocido a un hombre de verdad jaja",
    "A las feministas les hace falta un buen macho que las ponga en su lugar.",
    "Las lesbianas nomás necesitan un buen hombre, con una buena noche se les quita.",
    # the Holocaust's toll called inflated, a tale nobody believes, survival in scare quotes
    "Los que saben dicen que las cifras del Holocausto se inflaron después de la guerra.",
    "Ya ni el holocausto ese se lo cree nadie, seis millones que nada.",
    'Todos los abuelos judíos "sobrevivieron" al holocausto, qué suerte jaja.',
]

PASSES = [
    # the hedge quoted, mocked, after a subject, or naming a wrong done to the people
    'Dicen "no es odio, es prevención" justo antes de decir algo lleno de odio.',
    '"No es racismo, es presentación" es literalmente la definición de racismo, carnal.',
    "El que dice que no es racismo, es prevención, es un racista con miedo.",
    "Revisar la salud de los migrantes no es discriminación, es prevención para ellos mismos.",
    "Recordar la expulsión de los chinos de Sonora no es odio, es historia: hay que conocerla.",
    "No es odio, es historia: en 1931 expulsaron a los chinos de Sonora y hay que recordarlo.",
    "No es racismo, es historia. A los indígenas les quitaron sus tierras y nadie los indemnizó.",
    "No es homofobia, es ciencia: ser gay no es una enfermedad y la OMS lo dejó claro.",
    "Hay que limitar la entrada si no hay trabajo. No es odio, es aritmética.",
    "Pedir más presupuesto para Chiapas no es odio, es administración.",
    "Criticar al gobierno de Israel no es odio, es política. Los judíos de aquí no tienen "
    "la culpa.",
    # a child's needs outside the adoption argument, or the argument answered
    "Los que dicen que un niño necesita papá y mamá nunca han visto a mis vecinos, dos "
    "hombres que adoptaron a dos hermanitos.",
    "Un niño necesita papá y mamá presentes, por eso la pensión alimenticia debe cobrarse.",
    "Adoptamos a nuestra hija hace cinco años. Un niño necesita amor, no importa si tiene "
    "papá y mamá o dos mamás.",
    "¿Quién dijo que un niño necesita papá y mamá? Lo que necesita es amor. Dos hombres "
    "pueden adoptar perfectamente.",
    "Dos mujeres adoptaron a mi sobrino y le va muy bien. Eso de que un niño necesita "
    "papá y mamá es un mito.",
    # unready for something, but no people held unfit
    "Decir que los indígenas no están preparados para la democracia es puro racismo.",
    "El país no está listo para la democracia directa, opina el politólogo.",
    "Mi abuela dice que ella no está hecha para la vida moderna, no sabe usar el celular jaja.",
    "Los niños no están listos para votar, por eso la edad mínima es 18.",
    "Hay pueblos que no pueden gobernarse porque los cárteles mandan y el gobierno no llega.",
    "Hay pueblos que no están listos para la democracia porque el cacique compra los votos.",
    "Los municipios no pueden gobernarse solos sin presupuesto federal.",
    "Los presos no pueden vivir en libertad hasta cumplir su condena.",
    "Los migrantes que llegan sí están preparados para la vida moderna, muchos son ingenieros.",
    "Hay culturas que no están listas para la democracia, dicen los racistas de siempre, "
    "y se equivocan.",  # "a real man" reported, denied, or a man who is something else
    "Mi hermano dijo que las lesbianas 'solo necesitan un hombre de verdad'. Le pedí que lo "
    "repitiera delante de su hija.",
    "Las lesbianas no necesitan un hombre para ser felices.",
    "Mi tía es lesbiana y nunca conoció a un hombre tan amable como mi papá.",
    "Las feministas de la marcha no encontraron a un hombre que las defendiera de la policía.",
    "A la alcaldesa le hace falta un jefe de policía que la respalde.",
    "A mi hija le hace falta un buen maestro que la ponga a estudiar.",
    # the Holocaust remembered, its denial called out
    "Decir que las cifras del Holocausto se inflaron es negacionismo, y en Alemania es delito.",
    "Mi abuelo sobrevivió al Holocausto y nos contó todo.",
    "Los negacionistas dicen que el holocausto es puro cuento; los archivos los desmienten.",
    "Las cifras del holocausto se confirmaron con los registros de los propios nazis.",
    "Las cifras del Holocausto nunca se exageraron.",
    'Mi abuela "sobrevivió" al holocausto de la dieta navideña jaja.',
    "Los que saben de historia dicen que las víctimas del Holocausto fueron más de seis millones.",
]


@pytest.mark.parametrize("text", HOLDS)
def test_held(text: str) -> None:
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", PASSES)
def test_rules_leave_near_misses(text: str) -> None:
    assert rules_flagging(text, "es") == [], text
