"""Spanish group hate said without a slur, with the near misses that must pass. A people
reduced to one vice ("no tienen nada mejor que hacer que robar", "se pasan el día ..."),
wished fewer or gone ("cuantos menos X, mejor", "el mundo sería mejor sin ..."), kept from
one's children, one's family and one's trust, all alike, told to shut up or its existence
asked; a claim offered for agreement as a question ("¿No es verdad que ...?"); a stereotype in
the words of the English predicates ("son demasiado emocionales"); swearing at a people's mothers
and a curse wished on it; disgust said of it; a member "worth it" never met. Twins: the same
words of politicians, criminals, trolls, a team or a club's fans, the vice called work, a
negation, a report, counter-speech, history and banter among friends. Our own examples."""

import pytest

from tests.policy.expect import assert_category_action, rules_flagging

HOLDS = [
    # a people reduced to one vice
    "Los gitanos no tienen nada mejor que hacer que robar.",
    "Los inmigrantes no tienen nada mejor que hacer que vivir de las ayudas.",
    "Las mujeres no tienen otra cosa que hacer que quejarse.",
    "Los negros no saben hacer otra cosa que robar.",
    "Los musulmanes no saben hacer otra cosa que poner bombas.",
    "Las mujeres no hacen otra cosa que quejarse.",
    "Los inmigrantes no hacen más que dar problemas.",
    "Los gays no tienen otra cosa que hacer que provocar.",
    "Los gitanos se pasan el día robando.",
    "Las feministas se pasan la vida quejándose.",
    "Los gitanos lo único que saben hacer es robar.",
    "Para lo único que sirven los gitanos es para molestar.",
    "Lo único que les importa a las indígenas es tener hijos y vivir de los programas.",
    "Los refugiados no dan más que problemas.",
    # wished fewer or gone, in a world, a country or an office
    "Cuantos menos gitanos, mejor.",
    "Cuantos menos inmigrantes haya, mejor.",
    "Un país sin negros sería un paraíso.",
    "El mundo sería mejor sin los gitanos.",
    "España sería mucho mejor sin los inmigrantes.",
    "Una mujer en el gobierno es lo último que necesitamos.",
    "Prefiero a un perro antes que a un musulmán.",
    "Los gays están por debajo de nosotros.",
    "Los inmigrantes deberían dar las gracias de que les dejemos vivir aquí.",
    "Dios se equivocó al crear a las personas trans.",
    "Los discapacitados no tienen derecho a quejarse de nada.",
    "Los gitanos están mejor encerrados.",
    "Los negros están mejor lejos de nosotros.",
    "Los inmigrantes deberían ser arrojados a un vertedero.",
    # kept from one's trust, children and family; all alike; no living beside them
    "Todos los judíos son iguales.",
    "Nunca te fíes de una sola palabra que diga un gitano.",
    "No confíes en nada de lo que diga una persona trans.",
    "No dejes que los gays se acerquen a tus hijos.",
    "Yo no dejaría a mis hijos solos con un inmigrante.",
    "Nadie quiere a los gitanos cerca.",
    "Me moriría si mi hijo saliera con un negro.",
    "Ningún padre quiere que su hija se case con un musulmán.",
    "Mezclarse con los gitanos es rebajarse.",
    "Es imposible convivir con los musulmanes.",
    "A los inmigrantes, ni agua.",
    # shut up, existence asked, fate shrugged at, a curse wished on them
    "Que se callen de una puta vez los gays.",
    "¿Por qué coño existen los gitanos?",
    "Me importa una mierda lo que les pase a los refugiados.",
    "Ojalá todos los inmigrantes se fueran a la mierda.",
    "Las mujeres son gente de mierda.",
    "Me cago en la madre de los gitanos.",
    "Me cago en los muertos de los musulmanes.",
    "Me cago en la puta madre que parió a los negros.",
    "Veo a los gays en la calle y me entran ganas de vomitar.",
    # a claim offered for agreement as a question
    "¿No es verdad que los gitanos son inferiores?",
    "¿No es cierto que las mujeres son menos inteligentes?",
    "¿A que los inmigrantes son unos vagos?",
    # a worth denied to every member by never having met one
    "Nunca he conocido a un gitano que valga la pena.",
    "No conozco a ningún inmigrante que trabaje.",
    # stereotypes in the English predicates' words
    "Las mujeres son demasiado emocionales.",
    "Los gitanos siempre se están quejando.",
    "Los inmigrantes causan todos los problemas.",
    "Los musulmanes no tienen derecho a estar aquí.",
    "Los gays están arruinando nuestro país.",
    "Los refugiados son bombas de relojería.",
]

PASSES = [
    # the same words of people no protected group names
    "Los políticos no tienen nada mejor que hacer que robar.",
    "Los delincuentes no saben hacer otra cosa que robar.",
    "Los trolls no tienen nada mejor que hacer que molestar.",
    "Los del Madrid no saben hacer otra cosa que quejarse del árbitro.",
    "Los niños se pasan el día jugando.",
    "Lo único que les importa a los políticos es robar.",
    "Cuantos menos políticos, mejor.",
    "Un político corrupto más es lo último que necesitamos.",
    "Prefiero a mi perro antes que a los políticos.",
    "Los políticos deberían dar las gracias de que les dejemos gobernar.",
    "Dios se equivocó al crear los lunes.",
    "Los jugadores del Barça no tienen derecho a quejarse del árbitro.",
    "Los políticos no dan más que problemas.",
    "Todos los políticos son iguales.",
    "Nunca te fíes de lo que diga un político.",
    "No dejaría a mis hijos solos con un desconocido.",
    "Me moriría si mi hija se casara con un futbolista.",
    "Es imposible convivir con los vecinos del quinto.",
    "A los políticos, ni agua.",
    "Que se callen de una puta vez los políticos.",
    "Ojalá todos los políticos se fueran a la mierda.",
    "Los políticos son gente de mierda.",
    "Me importa una mierda lo que les pase a los políticos.",
    "¿No es verdad que los políticos son unos ladrones?",
    "Nunca he conocido a un político que valga la pena.",
    "Los políticos están arruinando nuestro país.",
    "Los clientes siempre se están quejando.",
    "Los niños son demasiado emocionales a esa edad.",
    # the act no vice, the fact no verdict
    "Los gitanos no saben hacer otra cosa que trabajar.",
    "Los inmigrantes no tienen nada mejor que hacer que trabajar doce horas al día.",
    "Las mujeres se pasan el día trabajando y cuidando a los hijos.",
    "Mis amigos gays se pasan el día criticando a todo el mundo.",
    "Lo único que les importa a los gitanos es su familia.",
    "Los inmigrantes no dan más que trabajo y alegría.",
    "Todos los gitanos son iguales ante la ley.",
    "No conozco a ningún inmigrante que trabaje en el ayuntamiento.",
    "No conozco a ningún gitano que no sea buena persona.",
    "Los salarios de los inmigrantes están por debajo de la media.",
    "Los gitanos están por debajo de la media en esperanza de vida.",
    "Los inmigrantes no tienen derecho a votar en las generales.",
    "Mezclarse con los gitanos es enriquecerse.",
    "¿Por qué hay tantos gitanos en mi barrio?",
    "¿Por qué existen tantos prejuicios contra los gitanos?",
    "No me da igual lo que les pase a los gitanos.",
    "¿No es verdad que los gitanos sufren discriminación?",
    "¿No es cierto que los inmigrantes pagan impuestos?",
    "¿A que los gays son geniales?",
    "Los gitanos llevan los muebles viejos al vertedero.",
    "Los gitanos van al vertedero a buscar chatarra.",
    "En 1940 los gitanos fueron arrojados a un vertedero por los nazis.",
    "Un mundo sin gays sería aburrido.",
    # what follows "sin" or the turn is not the people
    "Cuantos menos prejuicios contra los gitanos, mejor.",
    "Un mundo sin racismo contra los negros sería un paraíso.",
    "El mundo sería mejor sin el racismo contra los gitanos.",
    "Mi vida sería mejor sin los prejuicios contra los gitanos.",
    "Otro recorte a los inmigrantes es lo último que necesitamos.",
    "Los gitanos sufren porque los racistas no tienen nada mejor que hacer que molestar.",
    "No dejes que los racistas se acerquen a tus hijos.",
    "Nunca te fíes de quien habla mal de los gitanos.",
    "Los que insultan a los gitanos son gente de mierda.",
    "Ojalá los racistas que atacan a los gitanos se fueran a la mierda.",
    "Me cago en la madre de quien insulta a los gitanos.",
    # negation, report, counter-speech, a question answered
    "No es verdad que los gitanos no tengan nada mejor que hacer que robar.",
    "Mi tío dice que los gitanos no saben hacer otra cosa que robar, y es un racista.",
    "Dicen que los inmigrantes no hacen más que dar problemas, pero es mentira.",
    "Es falso que los inmigrantes solo sepan robar.",
    "Los racistas creen que los gitanos no saben hacer otra cosa que robar.",
    "No es verdad que todos los gitanos son iguales.",
    "No es verdad que los gitanos son inferiores.",
    "¿No es verdad que los gitanos son inferiores? Pues no, es un prejuicio.",
    "Nadie quiere a los gitanos cerca, y eso es racismo puro.",
    "Es imposible convivir con los gitanos, decía mi abuela, y se equivocaba.",
    "Los gitanos no dan más que problemas, dicen los racistas.",
    "Cuantos menos inmigrantes, mejor, dicen en Vox; yo no lo creo.",
    "Dicen que los gitanos son gente de mierda, y eso es racismo.",
    "Dicen que las mujeres pertenecen a la cocina, qué barbaridad.",
    "Mi abuelo decía que la mujer pertenece a la cocina, y mi abuela se reía de él.",
    "No es verdad que los inmigrantes causan todos los problemas.",
    "Los inmigrantes no causan todos los problemas.",
]


@pytest.mark.parametrize("text", HOLDS)
def test_held(text: str) -> None:
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", PASSES)
def test_rules_leave_near_misses(text: str) -> None:
    assert rules_flagging(text, "es", ("hate",)) == [], text
