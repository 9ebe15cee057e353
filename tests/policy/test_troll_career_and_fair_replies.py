"""Trolling both ways, the rules alone. Held: the writer of the article sent to another trade or
back to school, told they never held a job or got theirs through family, a reader's age, mother
or right to the internet used against them. Passed: the same words about facts, a school
building, an official's record, the writer's own life or a child; a bet's loser, a belief called
crazy, the moderators asked to block a troll, a tax or a vote "cobrado", a phone screen that
can't be read; both camps' nicknames lumped together, a rush to judgement warned against,
a host who should have cut a caller off, a relative's spouse named. Hand-written, English
and Spanish."""

import pytest

from tests.policy.expect import assert_rules_flag, assert_rules_pass_all, by_lang

HITS = by_lang(
    [
        "Whoever wrote this piece should go back to writing horoscopes.",
        "The columnist should find another line of work, this is embarrassing.",
        "This writer ought to stick to the obituaries.",
        "Another lazy take from an author who has never held a real job.",
        "The author only got this gig because her father knows the publisher.",
        "At your age you should be worrying about your pills, not the tariff.",
        "Shouldn't you be napping, grandpa?",
        "Honestly you shouldn't be allowed to have a keyboard.",
        "You're the reason they invented the mute button.",
        "This comment section is 90% people who never passed a civics class.",
        "Useless column by a useless columnist, as usual.",
        "Y'all have never worked a day in your lives and it shows.",
        "Every thread, same guy. Don't you have a shift to get to?",
        "Hey Lalo, your posts say you work at the tire shop on 4th. See you around.",
        "Choir practice at your church, Thursday 7pm, right? See you there.",
        "I'm sure your 3 followers loved that take, Brad.",
        "Must be exhausting being the only smart guy in Texas, huh Ron?",
        "Does your wife know you spend all night commenting on a water blog?",
        "You believed the mayor's press release again. Clown.",
        "The author of this blog skipped the hearing and wrote about it anyway. Hypocrite.",
    ],
    [
        "El columnista debería dedicarse a otra cosa, qué nota tan floja.",
        "La autora debería regresar a la primaria antes de escribir de economía.",
        "Quien escribió esta nota debería buscarse otra chamba.",
        "El autor escribe puras ocurrencias. Consíguete otro oficio.",
        "Se nota que el autor nunca ha salido de su burbuja.",
        "Se nota que nunca has pisado la frontera, opinas de oídas.",
        "La columnista tiene esa plaza porque es sobrina del director.",
        "Seguro eres de esos que viven con su mamá a los 40.",
        "Con esa ortografía no deberías tener internet.",
        "Eres la razón por la que existe el botón de silenciar.",
        "Se nota que lo escribieron entre siesta y siesta.",
        "Se nota que los que comentan aquí no han trabajado un día en su vida.",
        "Tú eres un chairo y tu amigo un fifí, los dos igual de ignorantes.",
        "Aquí todos los chairos y fifís igual de llorones, como siempre.",
        "Te lo explicaría, pero no traigo dibujitos, compa.",
        "Si te cansa leer, hay libros para colorear, a lo mejor te sirven.",
        "El columnista no sabe ni dónde queda Chihuahua y ya anda opinando.",
        "Bonito escribes, lástima que no piensas.",
        "Cada vez que esta autora publica, un árbol llora.",
        "Siempre aquí a las tres de la mañana, ¿no tienes trabajo o qué?",
        "Aquí el autor escribiendo para sus cuatro gatos que lo leen.",
        "Tu análisis parece escrito por un niño de primaria, Lalo.",
        "Discutes como niño de primaria, Memo.",
        "Los que aplauden esto tienen el cerebro del tamaño de un frijol.",
        "Qué flojera leerte, Maribel, siempre lo mismo.",
        "Tú siempre con tus quejas, ya aburres.",
        "Ni tu perro te aguanta, Carlos.",
    ],
)

NEAR_MISSES = by_lang(
    [
        "The author should stick to the facts on page two, the totals don't add up.",
        "Whoever wrote this should find another source, the county report disagrees.",
        "The senator has never held a real job outside politics, and this bill shows it.",
        "I never held a real job until I was 25 and I turned out fine.",
        "The author got this job because her water reporting was the best in the state.",
        "At your age you should get the shingles shot, my doctor told me the same.",
        "Kids shouldn't have a phone before middle school, that's my view.",
        "Loser buys the tacos after the derby, deal?",
        "Can the blog fix the mobile layout? Can't read half the replies.",
        "Mods, please ban this troll, he posted the same link ten times.",
        "You can read the whole ruling on the court's site, it's short.",
        "This comment section is 90% people who actually read the report, refreshing.",
        "Most senators have never worked a day in their lives outside of politics.",
        "I'd like to see the audit before we start hanging anybody for it.",
        "The moderator should have cut him off after the second rant.",
        "Don't you have a shift tomorrow? Get some sleep, friend.",
        "The food drive is at St. Pius on Sunday, 10am. See you there!",
        "You work at the library too? Small world. See you around.",
        "Thanks Carmen, you work at the clinic, you know better than me. See you around.",
        "My 3 followers on Instagram are my mom, my aunt and my dog, ha.",
        "Must be hard being a nurse during flu season, thank you for what you do.",
        "Does your wife know you can get the flu shot free at the county clinic?",
        "The mayor skipped the flood meeting again and sent a video instead. Coward.",
    ],
    [
        "El autor debería regresar a la escuela de Nogales para ver cómo quedó la obra.",
        "La autora debería volver a escribir sobre el agua, esa serie fue lo mejor del blog.",
        "Se nota que el gobernador nunca ha pisado la frontera, su plan no sirve.",
        "Yo nunca he salido de mi colonia y aun así entiendo lo del agua.",
        "El director consiguió la plaza porque es sobrino del alcalde, eso es nepotismo.",
        "Vivo con mi mamá a los 40 porque la cuido, y no me da pena.",
        "Los niños no deberían tener celular en la primaria, lo digo como maestra.",
        "Están locos si creen que con ese puente baja el tráfico.",
        "Bloqueen a ese troll, por favor, ya van diez veces que pega lo mismo.",
        "Hay que cobrarles más predial a las casas vacías, no a las familias.",
        "Al alcalde se lo vamos a cobrar en las urnas, nada más.",
        "Lárgate temprano a votar, que se hacen filas enormes.",
        "Yo escribí esto entre siesta y siesta del bebé, perdón por los errores.",
        "Los diputados nunca han trabajado un día en su vida, y así legislan.",
        "Zurdos y fachos en este hilo de acuerdo por primera vez: el puente está carísimo.",
        "Ya párenle con el chairo y el fifí, parecen niños de secundaria.",
        "Mi hermana se casó con un salvadoreño. Se llama Ernesto, trabaja en la planta y es un "
        "gran cuñado.",
        "La maestra les explica con dibujitos a los de primero y así sí entienden.",
        "Le compré a mi hija unos libros para colorear en la feria del libro.",
        "El gobernador no sabe ni dónde queda Sonora, su plan de agua es un chiste.",
        "Mi sobrino de cinco años no sabe ni dónde queda Sonora, pero ya sabe contar.",
        "Lástima que no pienses venir a la posada, te vamos a extrañar.",
        "Te lo explico con manzanas: el presupuesto sube, la recaudación no.",
        "El dibujo del cartel parece hecho por un niño de primaria, y lo es: lo hizo mi sobrino.",
        "Qué flojera leer el reglamento completo, pero hay que hacerlo.",
        "Mi perro es del tamaño de un frijol comparado con el de mi vecino.",
        "Mi hijo discute como niño de primaria porque es niño de primaria, jaja.",
        "El alcalde no fue a la junta del agua y mandó un video. Payaso.",
    ],
)


@pytest.mark.parametrize(("text", "lang"), HITS)
def test_put_downs_are_held(text: str, lang: str) -> None:
    assert_rules_flag(text, lang, "troll")


@pytest.mark.parametrize(("text", "lang"), NEAR_MISSES)
def test_fair_replies_pass(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)
