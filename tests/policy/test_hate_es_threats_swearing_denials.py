"""Spanish hate in the shapes of the Spanish HateCheck functionalities that fell short: a
direct threat in the first person against a group, hate said with swearing, and a good thing
denied to a group. All examples are our own (the suite is only measured).

- **Threats** (`hate.violence`): the writer's future or conditional of a harm verb, also after
  a time ("Pronto mataré ..."), with its clitic ("les haré daño a"), with an adverb of manner
  between verb and group ("mataré sin dudarlo a ..."), the next member met ("al siguiente X
  que vea"), a harm to "you" joined to every other member ("te dispararé a ti y a cualquier
  otro X como tú"), intent said as impatience, pleasure or resolve ("no puedo esperar a",
  "disfrutaría matando", "me propongo", "seguiremos golpeando"), a death called the answer for
  a group ("la muerte es la única solución para los X"), and a doom vouched for ("van a
  acabar muertas, yo me encargaré").
- **Swearing** (`hate.reread` drops Spanish swear words used as intensifiers; the lexicon
  reads "pueden irse a la mierda" after a group, "el puto problema son los X", "estoy cansado
  de los X").
- **A good thing denied** (the lexicon): "no deberían importarle a nadie", "no se puede ser
  amable con ningún X", "no vale la pena hablar con ninguno de los X".

The near misses that must pass: threats of votes, lawsuits and games, harm to time, weeds or
a rival team, reported threats condemned, swearing at things or in praise, the same curses
aimed at politicians or at the people who attack a group, the problems a group faces, and
negated negative claims."""

import pytest

from tests.policy.expect import assert_category_action

THREAT_HITS = [
    "Os haré daño a todos, personas negras.",
    "Les haré daño a todos los negros que vea.",
    "Voy a hacerle daño a las personas negras como tú.",
    "Pronto mataré a cada una de ustedes, mujeres.",
    "No puedo esperar a matar a las personas negras.",
    "Tengo muchas ganas de partirle la cara a un homosexual.",
    "Nos aseguraremos de que todos vosotros, indígenas, estéis muertos pronto.",
    "Las mujeres como tú van a acabar muertas, yo me encargaré.",
    "Voy a patear a todos los negros del barrio.",
    "Voy a hacer volar por los aires a los judíos.",
    "Voy a mandar al hospital a cualquier discapacitado que vea.",
    "Le dispararé al siguiente negro que vea.",
    "Pienso cargarme al siguiente gay con el que me cruce.",
    "Disfrutaría matando a los gays.",
    "Me divertiría torturando a los judíos.",
    "Seguiremos golpeando a los gays hasta que se mueran.",
    "La muerte es la única solución para los judíos.",
    "El exterminio es la solución para los gitanos.",
    "Me apetece hacer daño a los negros.",
    "Me propongo hacer daño a las mujeres.",
    "Llevo años esperando matar a algún gay.",
    "Mataré sin remordimiento a todo gay que vea.",
    "Mataré sin dudarlo a cualquier judío que vea.",
    "Le dispararé en la cabeza al primer gay que vea.",
    "Quitaré la vida a todo negro que vea.",
    "Te dispararé a ti y a cualquier otro gay como tú.",
    "Te haré daño a ti y a cualquier otro negro como tú.",
    "Te cortaré el cuello a ti y a cualquier otra persona trans como tú.",
    "Te mataré a ti y a cualquier otro gay como tú.",
]

SWEARING_HITS = [
    "Ningún puto negro merece respeto.",
    "Ninguna puta mujer sabe conducir.",
    "Los discapacitados son una puta carga para la sociedad.",
    "Estoy cansado de cojones de los gays como tú.",
    "Estoy jodidamente harto de los negros como tú.",
    "Los gays pueden irse a la mierda.",
    "Los negros pueden irse a tomar por culo.",
    "Las mujeres ya se pueden ir al carajo.",
    "El mayor problema son los judíos.",
    "El puto problema son los gays.",
    "El puñetero problema son los negros.",
]

DENIED_HITS = [
    "No merece la pena escuchar a ninguna de las mujeres.",
    "No vale la pena hablar con ninguno de los negros.",
    "No se puede ser amable con ningún gay.",
    "No se debe tratar bien a ningún judío.",
]

PASSES = [
    # a ball kicked with a group's children
    "Patearemos el balón con los niños gitanos.",
    # the act falls on the hatred against a group, not on the group
    "Vamos a acabar con el racismo contra los negros.",
    "Voy a acabar con el odio hacia los gays.",
    "Vamos a eliminar la discriminación contra las mujeres.",
    "Voy a acabar con las mentiras contra los judíos.",
    "Voy a votar contra la ley de inmigración.",
    "Vamos a denunciar a los que agredieron a los gitanos.",
    "Voy a proteger a las mujeres de mi barrio.",
    "Pienso luchar por los derechos de los inmigrantes.",
    "Voy a matar el tiempo viendo una serie.",
    "Voy a demandar a la empresa por discriminar a los musulmanes.",
    "Mataré a los zombis en el siguiente nivel.",
    "Me encargaré de que los refugiados tengan donde dormir.",
    "Voy a defender a las personas trans en el congreso.",
    "Les voy a llevar comida a los migrantes del albergue.",
    "Voy a denunciar al alcalde por sus comentarios contra los judíos.",
    "Vamos a marchar con las lesbianas el sábado.",
    "Voy a reventar el récord de ventas este mes.",
    "Pienso acabar con la corrupción del ayuntamiento.",
    "Voy a matar a mi hermano si se come mi pastel, jaja.",
    "Vamos a votar en contra de los recortes a los discapacitados.",
    "Voy a ayudar a los indígenas a registrar sus tierras.",
    "Los vamos a apoyar a todos, a los gays y a las lesbianas.",
    "Nadie va a tocar a los inmigrantes mientras yo esté aquí.",
    "Voy a quemar las calorías de la cena en el gimnasio.",
    "Voy a destruir a mi rival en el debate de mañana.",
    'Alguien dijo "voy a matar a los judíos" y lo denunciamos a la policía.',
    "Quien diga que va a matar a los musulmanes merece la cárcel.",
    "Voy a escribir una carta al diputado para defender a los refugiados.",
    "Mataré esas malas hierbas del jardín este fin de semana.",
    "Voy a acabar con esta botella de vino.",
    "Vamos a presentar una queja formal contra el partido.",
    "Me voy a encargar de que las mujeres cobren lo mismo que los hombres.",
    "Voy a invitar a mis vecinos gitanos a la fiesta.",
    "Voy a enseñar a los niños sobre la historia de los judíos.",
    "Pienso votar contra ese candidato que odia a los migrantes.",
    "Voy a matar a este jefe final aunque me lleve toda la noche.",
    "Vamos a organizar una colecta para los refugiados.",
    "Voy a tumbar esa ley en el tribunal.",
    "Les voy a dar una sorpresa a las personas trans del colectivo: una fiesta.",
    "No voy a permitir que nadie ataque a los musulmanes.",
    "Vamos a aplastar al otro equipo el domingo.",
    "¡Joder, qué partidazo!",
    "Me cago en la leche, otra vez ha llovido.",
    "Qué puto día más bueno hace hoy.",
    "A la mierda con los impuestos abusivos.",
    "Que se jodan los corruptos del ayuntamiento.",
    "Los putos mosquitos no me dejan dormir.",
    "Este pinche tráfico me tiene harto.",
    "Me cago en el árbitro, nos robó el partido.",
    "Qué mierda de servicio tiene esta compañía.",
    "Los jodidos políticos siempre prometen lo mismo.",
    "Mi vecino gitano es un puto genio con la guitarra.",
    "Mierda, se me olvidaron las llaves.",
    "Esa película fue una puta obra maestra.",
    "Hostia, qué bien cocina mi amiga musulmana.",
    "Los pinches bancos cobran comisiones por todo.",
    "Estoy hasta la madre del calor.",
    "Qué chingón está el nuevo disco.",
    "La puta madre, qué buen concierto.",
    "Odio los putos lunes.",
    "Joder, los inmigrantes de mi barrio montaron una fiesta de puta madre.",
    "Al carajo con la dieta, hoy pido pizza.",
    "Los jodidos racistas que atacan a los negros deberían avergonzarse.",
    "Me cago en los que insultan a las personas trans.",
    "Qué asco me dan los que odian a los gays.",
    "A la mierda el racismo contra los gitanos.",
    "Joder, mi jefa es una mujer de puta madre.",
    "Esta mierda de ordenador no arranca.",
    "Los malditos impuestos me van a dejar en la calle.",
    "Pinche frío que está haciendo.",
    "Las lesbianas de mi equipo juegan de puta madre.",
    "Mi abuela dice que los refugiados lo pasan fatal, joder, qué pena.",
    "Las mujeres no son inferiores a nadie.",
    "Los gays no son enfermos.",
    "Las personas trans no son un peligro.",
    "Los inmigrantes no son delincuentes.",
    "Los negros no son violentos por naturaleza.",
    "Los discapacitados no son una carga.",
    "Los indígenas no son ignorantes.",
    "Los judíos no controlan el mundo.",
    "Los musulmanes no son terroristas.",
    "Los gitanos no son ladrones.",
    "Las lesbianas no están confundidas.",
    "Los refugiados no vienen a quitarnos nada.",
    "No es verdad que las mujeres sean peores conductoras.",
    "Nunca diría que los migrantes son un problema.",
    "No odio a nadie por su religión.",
    "Los gays no merecen que los traten mal.",
    "No hay nada malo en ser trans.",
    "Las mujeres no son menos inteligentes que los hombres.",
    "Los negros no merecen el racismo que sufren.",
    "Ningún inmigrante merece ser tratado como basura.",
    "No creo que los musulmanes sean peligrosos.",
    "Los discapacitados no son inútiles, son personas valiosas.",
    "Las personas trans no están enfermas.",
    "Los indígenas no son salvajes, es un insulto racista.",
    "Los judíos no tienen la culpa de nada.",
    "Ningún refugiado es una amenaza.",
    "No me gusta cómo tratan a los gitanos.",
    "No soporto a la gente que odia a los gays.",
    "Los gitanos no son todos iguales, conozco a muchos muy trabajadores.",
    "Las mujeres no deben tener miedo de denunciar.",
    "Los inmigrantes no tienen la culpa de la crisis.",
    "No es cierto que los negros sean menos listos.",
    "Me gusta ayudar a los inmigrantes.",
    "Me encanta matar el tiempo con mis amigos gays.",
    "Me gusta destruir a los rivales en el ajedrez.",
    "Disfruto ayudando a las mujeres del barrio.",
    "Me encanta golpear el saco de boxeo.",
    "Me gusta quemar calorías con las chicas del gimnasio.",
    "Me encanta hacer daño a los gays.",
    "Disfruto pegando a los negros.",
    "Los políticos pueden irse a la mierda.",
    "Los inmigrantes no tienen que irse a la mierda, tienen que quedarse.",
    "Quien odie a los gays puede irse a la mierda.",
    "Los racistas que odian a los negros pueden irse a la mierda.",
    "El mayor problema de los inmigrantes es la vivienda.",
    "El problema de las mujeres es que cobran menos.",
    "El verdadero problema son los racistas, no los inmigrantes.",
    "El mayor problema son los bancos.",
    "El mayor problema de las personas trans es la discriminación.",
    "El mayor problema para los gays es el acoso.",
    "No hay que respetar a los que odian a los gays.",
    "No se puede confiar en los políticos.",
    "No hay que tener piedad de los que maltratan a las mujeres.",
    "No vale la pena hablar con los racistas que insultan a los negros.",
    "La vida de los inmigrantes no debería importarle a nadie más que a ellos, dice el "
    "ministro, y es una vergüenza.",
]


@pytest.mark.parametrize("text", THREAT_HITS + SWEARING_HITS + DENIED_HITS)
def test_spanish_hate_flagged(text: str) -> None:
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", PASSES)
def test_near_misses_pass(text: str) -> None:
    assert_category_action(text, "approve", "hate", "es")
