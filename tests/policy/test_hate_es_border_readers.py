"""Harmless Spanish comments in the voice of border readers that the Spanish hold-only rules
(`hate.es_women`, `hate.es_hinted`, `hate.es_trope`, `hate.es_lgbt`, `hate.es_trait` and their
neighbours) must approve: the neighbours, churches, synagogues, mosques, shops, restaurants,
festivals and families of each group; banter about a city's people (not a protected group);
sympathetic facts and figures; reports of hate; questions asked in good faith; negation; calls
to throw out an office, a force or a team "a todos". Our own sentences. The rows still held by
a rule outside these are strict xfails that say which."""

import pytest

from moderation.policy import Submission, screen

PASSES = [
    # the people of a city judged by a copula ("la gente de ... es bien mamona"): no reader
    "La gente de Guadalajara es bien mamona con sus tortas ahogadas, pero sí están buenas.",
    "Los judíos de la colonia Polanco abrieron su sinagoga para el festival de Janucá, fuimos "
    "con los niños.",
    "Mi vecino es judío y cada viernes nos invita a cenar, bien buena onda la familia.",
    "En la sinagoga de Tijuana juntaron víveres para los albergues, qué chido.",
    "La panadería de los judíos de la esquina vende el mejor pan jalá de la ciudad.",
    "En el mitin gritaron que los judíos controlan todo, qué asco, nadie los paró.",
    "¿Alguien sabe a qué hora abre la sinagoga el sábado? Quiero llevar a mi abuela.",
    "Los musulmanes de Torreón abrieron la mezquita a los vecinos en Ramadán, nos dieron dátiles.",
    "La mezquita de la colonia organizó una colecta para los damnificados del huracán.",
    "Mi compa es musulmán y no toma, pero siempre es el que maneja de regreso, jaja.",
    "¿Es cierto que los musulmanes no comen puerco? Pregunto porque voy a invitar a unos "
    "compañeros.",
    "El restaurante de los árabes en la Juárez tiene unos tacos árabes bien buenos.",
    "Los haitianos del Chaparral montaron una panadería y ya todos vamos ahí por pan.",
    "Mis vecinos haitianos hablan creol y francés, sus hijos ya hablan mejor español que yo.",
    "La iglesia de los haitianos en Tijuana canta bien bonito los domingos.",
    "No es cierto que los haitianos traigan enfermedades, eso es puro cuento de los racistas.",
    "Según el INEGI, la mayoría de los haitianos en Baja California tiene empleo formal.",
    "Los hondureños de la cuadra hicieron baleadas para la kermés de la parroquia, se acabaron "
    "en un rato.",
    "Mi cuñada es hondureña y cocina bien rico, su familia es bien trabajadora.",
    "¿Cuántos hondureños llegaron este año a Tapachula? Quiero ver los datos del Colef.",
    "En la caravana venían familias hondureñas con niños chiquitos, me partió el alma.",
    "Los chinos de Mexicali tienen la mejor comida china de todo el país, es un orgullo de la "
    "ciudad.",
    "La comunidad china de Mexicali celebró el año nuevo con dragones en La Chinesca.",
    "Mi suegro es chino y lleva cuarenta años con su restaurante en el centro.",
    "Los del restaurante chino de la esquina siempre me regalan galletas de la fortuna.",
    "Eso de que los chinos comen perros es un mito racista, ya párenle.",
    "Las familias indígenas de la sierra venden artesanías preciosas en la plaza, cómprenles.",
    "Los rarámuris corren descalzos kilómetros, son unos atletas impresionantes.",
    "La escuela indígena de la colonia da clases en mixteco y en español, qué bien.",
    "Es falso que los indígenas no quieran trabajar; la mitad de los jornaleros del valle son "
    "mixtecos.",
    "En la fiesta del pueblo los triquis bailaron y repartieron tamales a todos.",
    "Mi abuela era zapoteca y hablaba su lengua, ojalá yo la hubiera aprendido.",
    "La marcha del orgullo en Tijuana estuvo bien bonita, fuimos con mis primos gays.",
    "Mi hermano es gay y se casó con su novio el año pasado, la boda estuvo de poca.",
    "Los gays del barrio organizaron la colecta para el asilo, aplausos.",
    "En la iglesia dijeron que los gays son degenerados, qué vergüenza de sermón.",
    "¿Por qué hay gente que todavía cree que ser gay es una enfermedad? No lo entiendo.",
    "Mi compañera de trabajo es trans y es la mejor ingeniera del equipo.",
    "Las personas trans tienen derecho a su credencial con su nombre, así lo dijo la Corte.",
    "Un grupo de mujeres trans abrió una estética en la colonia y les va muy bien.",
    "No es cierto que las personas trans sean un peligro para los niños, eso es odio.",
    "Las mujeres de la colonia organizaron la posada y quedó bien padre.",
    "Mi mamá y mis tías manejan el negocio de la familia desde hace veinte años.",
    "Las mujeres ganan 15% menos que los hombres por el mismo trabajo, según el Inegi.",
    "Un diputado dijo que las mujeres no deberían votar, qué barbaridad, hay que correrlo.",
    "Las mujeres del mercado se juntaron para pedir más seguridad en la noche.",
    "Mi primo usa silla de ruedas y es el mejor en la liga de básquet adaptado.",
    "Las personas con discapacidad necesitan rampas en el centro, el municipio no ha hecho nada.",
    "La escuela de la colonia recibe a niños con discapacidad y les va bien a todos.",
    "Mi hermana es sorda y trabaja de diseñadora, y ni te imaginas lo chida que es.",
    "Los migrantes del albergue ayudaron a limpiar el río después de la tormenta.",
    "Los migrantes venezolanos abrieron un puesto de arepas en el centro, pasen, están buenísimas.",
    "El albergue de migrantes necesita cobijas y agua, ahí les dejo la dirección.",
    "Dicen que los migrantes vienen a robar, pero los datos de la fiscalía dicen lo contrario.",
    "¿Cuántos migrantes cruzan al año por Juárez? Pregunto de buena fe, no sé nada del tema.",
    "La gente de Monterrey es bien codona, no te invitan ni un agua, jaja.",
    "Los de Juárez manejan como locos, cada que voy me quieren chocar.",
    "Los de Tijuana dicen que sus tacos son los mejores, ya saben cómo son de presumidos.",
    "Las familias de Oaxaca que llegaron al barrio pusieron una fonda de tlayudas bien rica.",
    "Los de Sinaloa hablan bien fuerte, pero son bien alegres y buena gente.",
    "Los del norte comemos carne asada cada domingo, ya saben cómo somos.",
    "Los de Chiapas que vinieron a la feria trajeron café buenísimo, ya saben de dónde sale el "
    "bueno.",
    "Ya saben quiénes son los que siempre llegan tarde a la junta de vecinos: los del 4B, jaja.",
    "En el rancho de mi tío los de la sierra venden quesos y nadie les gana.",
    "Los del cártel ya saben quiénes son, todos en el pueblo saben, pero nadie dice nada.",
    "Los políticos de siempre, ya saben de quiénes hablo, robando el presupuesto otra vez.",
    "Hay que sacarlos a todos del Congreso en la próxima elección, son unos corruptos.",
    "Que los corran a todos del ayuntamiento, no sirven para nada esos regidores.",
    "El equipo de los Rayados juega horrible, hay que correr a todos los jugadores.",
    "La policía municipal no sirve, que los corran a todos y pongan gente decente.",
    "Antes del Mundial hay que limpiar el estadio, está hecho un cochinero.",
    "En la escuela nos enseñaron que los mexicas llegaron a Tenochtitlan buscando el águila.",
    "Leí que en 1931 deportaron a miles de mexicanos de Estados Unidos, qué historia tan triste.",
    "Lo que les hicieron a los chinos de Torreón en 1911 fue una masacre racista que hay que "
    "recordar.",
    "Mi abuelo decía que los indios eran flojos, y ya de grande entendí que era puro racismo.",
    "No todos los migrantes son iguales, cada quien tiene su historia.",
    "¿Es verdad que la mayoría de los guatemaltecos que llegan son menores de edad? Vi la nota y "
    "me sorprendió.",
    "Los guatemaltecos de la obra me enseñaron a hacer pepián, bien sabroso.",
    "Los salvadoreños de la colonia venden pupusas los domingos, no se las pierdan.",
    "Mis vecinos nicaragüenses son bien amables, siempre me ayudan con el garrafón.",
    "Esa gente de la iglesia evangélica nos ayudó cuando se inundó la casa.",
    "Los de la iglesia de la esquina hacen ruido con sus cantos, pero son buenos vecinos.",
    "Los musulmanes también fueron víctimas del terrorismo, no hay que meterlos a todos en el "
    "mismo costal.",
    "Que no los deporten a todos, muchos llevan años trabajando aquí.",
    "La comunidad judía de Monterrey donó equipo al hospital infantil.",
    "Los gays no son enfermos, los enfermos son los que les pegan.",
    "Qué bueno que llegaron los hondureños al equipo de futbol de la colonia, ya ganamos el "
    "torneo.",
    "Las mujeres de la cooperativa deciden todo con el corazón y les va bien, el negocio creció "
    "el doble.",
    "Mi jefa dice que en la política hace falta más mujeres, y tiene razón.",
    "Mi abuela decía que las mujeres nacieron para otras cosas, pero mi mamá le demostró lo "
    "contrario.",
    "Las señoras de la parroquia se ponen a llorar cada que cantan las mañanitas a la virgen, "
    "bien bonito.",
    "Las muchachas del equipo de futbol son más emocionales que nosotros, gritan cada gol, jaja.",
    "¿Por qué siguen diciendo que las mujeres mienten cuando denuncian? Casi nunca pasa.",
    "Mi hermana es policía y dice que el trabajo de hombres ya no existe, ella maneja la patrulla.",
    "Las mujeres que denuncian abuso merecen que les crean, no que las cuestionen.",
    "El gay de la telenovela es el personaje más querido, mi abuela lo adora.",
    "Mi tía dice que ser gay es una enfermedad, y ya le expliqué que no, que lo dice la OMS.",
    "Los gays de mi iglesia dan clases de catecismo y los niños los quieren mucho.",
    "Una pareja del mismo sexo adoptó a dos hermanitos del DIF, qué bonito final.",
    "Las personas trans no son enfermos, son nuestros vecinos.",
    "La gente de Monterrey es bien floja para caminar, todo en carro, jaja.",
    "Los de Juárez tienen otra mentalidad para los negocios, bien emprendedores.",
    "La gente de Chiapas hace el mejor café del país, es su cultura cafetalera.",
    "Los de Tijuana son como niños con la nieve, la ven una vez al año y se vuelven locos.",
    "Las familias de la sierra tienen tantos hijos porque allá el trabajo es del campo, así era "
    "antes en todo México.",
    "Los de Saltillo manejan como locos en el bulevar, ya saben cómo es esto.",
    "Los de Mexicali aguantan 50 grados, deben de ser de otra especie, jaja.",
    "Los de la colonia Libertad se organizaron para limpiar el arroyo, saquen sus conclusiones: "
    "cuando queremos, podemos.",
    "Los de arriba siempre se salen con la suya, ustedes saben de quiénes hablo.",
    "Los de Nuevo León y los de Coahuila siempre se pelean por el agua, ya saben cómo es esto.",
    "Ya saben cuáles son los tacos buenos: los de la esquina de la Revolución.",
    "Llegaron los de la feria del libro y el centro se llenó de gente, ya saben cómo se pone.",
    "Los bancos suben los intereses cada año y el gobierno no hace nada.",
    "El dueño de la televisora se apellida Salinas, y ya sabemos cómo manejan las noticias.",
    "La mezquita de Torreón pidió vigilancia porque les pintaron insultos en la pared.",
    "Mi hijo con síndrome de Down va a votar por primera vez, estamos orgullosos.",
    "Los viejitos del asilo no deberían salir solos de noche, por su seguridad, dice la enfermera.",
    "Los discapacitados no son una carga, son ciudadanos con derechos.",
    "Los haitianos vienen a trabajar, a los que dicen que vienen a robar nunca les he creído.",
    "Que los deporten a todos, gritaban en la marcha; qué tristeza ver eso en mi ciudad.",
    "Los de la mara ya saben quiénes son, que los saquen a todos del penal.",
    "Hay que correrlos a todos, a los del cártel, del estado entero.",
    "Los policías corruptos de la aduana, hay que sacarlos a todos y meter gente honesta.",
    "¿Es verdad que en España ya deportan a todos los que llegan en patera? Pregunto porque vi "
    "un video.",
    "Los del sindicato son unos flojos, ya saben cómo son.",
    "Mi vecino hondureño es el más trabajador de la cuadra, ojalá todos fuéramos así.",
    "Los chinos de la Chinesca tienen otra mentalidad para el ahorro, por eso sus negocios duran.",
    "Los venezolanos traen otras costumbres en la comida, ya probé la arepa y está buenísima.",
    "Mis vecinos musulmanes rezan cinco veces al día, es su cultura y la respeto.",
    "Eso que dijo el pastor de que los haitianos son una plaga es asqueroso.",
    "Los hondureños del albergue cantan bien bonito, es su cultura.",
]

# Still held, each by the rules named: known over-blocks left for later work.
STILL_HELD = [
    (
        "Los chilangos siempre se quejan del tráfico pero no sueltan el carro, jaja.",
        "hate.derogation",
    ),
    (
        "La gente de Chihuahua es bien trabajadora, ya saben cómo son los norteños.",
        "hate.coded, hate.es_implicit, hate.es_shape, hate.everyday",
    ),
    (
        "Las familias migrantes que llegaron a la colonia son bien unidas, ya saben cómo son, "
        "todo en familia.",
        "hate.coded, hate.es_implicit, hate.everyday",
    ),
    (
        "La sinagoga y la mezquita hicieron juntas una cena para los migrantes, saquen sus "
        "conclusiones sobre quién sí ayuda.",
        "hate.coded",
    ),
    (
        "Los judíos de la ciudad se cuidan entre ellos y también cuidan a los vecinos, mi "
        "colonia lo sabe.",
        "hate.es_trope, hate.everyday",
    ),
    (
        "Mi ciudad ya parece Haití después del huracán, sin luz y sin agua, pobre gente.",
        "hate.coded, hate.es_trait",
    ),
]


def _rules_action(text: str) -> str:
    return str(screen(Submission(text=text, lang="es"), blog_model=False).action)


@pytest.mark.parametrize("text", PASSES)
def test_border_readers_pass(text):
    assert _rules_action(text) == "approve", text


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(t, marks=pytest.mark.xfail(strict=True, reason=f"held by {r}"))
        for t, r in STILL_HELD
    ],
)
def test_still_held(text):
    assert _rules_action(text) == "approve", text
