"""Harmless comments the engine held or rejected, by family, and the near misses each fix must
still catch: a claim echoed as a question and denied with any shared denial ("Ni de lejos."); a
question about a people answered with a sincere yes before a musing emoji; others' assumptions
asked about or jeered at ("why do people assume", "imagínate seguir creyendo que"); a threat
someone writes, put as a case ("cuando alguien escribe que hay que matar a ..."); a way of
speaking refused as unfair ("what isn't fair is turning that into ..."); "chino" among the
nicknames of looks; an act named as a matter and judged wrong ("Lo de mandar a los X a una
cárcel sin juicio me parece gravísimo"); a comment rated, not its writer ("qué comentario tan
ignorante."); a people kept from dying ("evita que se mueran de hambre"); a hardship lacked
("they lack a primary doctor"); an argument about a people knocked down ("destroys the whole
'X bring crime' argument"); an agreement with a clause of its own ("estoy de acuerdo con que
los papás tengan voz") that leaves a sign quoted in another sentence a report."""

import pytest

from tests.policy.expect import assert_category_action

# (text, lang, category, expected)
CASES = [
    # --- a claim echoed as a question, answered with a shared denial
    ("¿Los gitanos son todos ladrones? Ni de lejos.", "es", "hate", "approve"),
    ("¿Los migrantes son delincuentes? Ni mucho menos.", "es", "hate", "approve"),
    ("¿Los haitianos son todos criminales? En absoluto.", "es", "hate", "approve"),
    ("Are gypsies all thieves? Far from it.", "en", "hate", "approve"),
    ("¿Los gitanos son todos ladrones? Sí.", "es", "hate", "flag"),
    ("¿Los gitanos son todos ladrones? Ni de lejos, son peores.", "es", "hate", "flag"),
    ("Los gitanos son todos ladrones. Ni de lejos exagero.", "es", "hate", "flag"),
    # --- a sincere yes before a musing emoji
    ("¿Los migrantes pagan impuestos? Según el SAT sí, y bastante 🤔", "es", "hate", "approve"),
    ("¿Los migrantes trabajan? Según el IMSS sí, y mucho 🤔", "es", "hate", "approve"),
    ("¿Los haitianos pagan renta? De acuerdo con el INEGI sí 🤔", "es", "hate", "approve"),
    ("¿Los migrantes pagan impuestos? Sí, claro 🙄", "es", "hate", "flag"),
    ("¿Los migrantes pagan impuestos? Sí, cómo no 🙄", "es", "hate", "flag"),
    ("¿Los migrantes pagan impuestos? Según ellos sí 🙄", "es", "hate", "flag"),
    ("¿Los migrantes roban? Según la policía sí, y bastante 🤔", "es", "hate", "flag"),
    ("¿Los migrantes trabajan? Sí 🙄", "es", "hate", "flag"),
    # --- others' assumptions asked about or jeered at
    (
        "Sincere question: why do people assume Sikhs are Muslim extremists? Where does that "
        "come from?",
        "en",
        "hate",
        "approve",
    ),
    ("Honest question: why do people assume Muslims are terrorists?", "en", "hate", "approve"),
    ("lmao people still think immigrants are all rapists", "en", "hate", "approve"),
    (
        "jaja imagínate seguir creyendo que todos los mexicanos son criminales en 2026",
        "es",
        "hate",
        "approve",
    ),
    ("jajaja imagínense creer que los haitianos comen mascotas", "es", "hate", "approve"),
    ("¿Por qué la gente asume que los musulmanes son terroristas?", "es", "hate", "approve"),
    ("I assume Mexicans are all criminals.", "en", "hate", "flag"),
    ("People still think Mexicans are criminals, and they're right.", "en", "hate", "flag"),
    ("Assuming Muslims are terrorists is just common sense.", "en", "hate", "flag"),
    ("Sigo creyendo que los migrantes son delincuentes.", "es", "hate", "flag"),
    ("Asumo que los gitanos son ladrones.", "es", "hate", "flag"),
    ("Seguir creyendo que los migrantes son delincuentes es lo lógico.", "es", "hate", "flag"),
    ("Imagínate que los migrantes son todos ladrones.", "es", "hate", "flag"),
    # --- a threat someone writes, put as a case
    (
        "El problema es cuando alguien escribe que hay que matar a un diputado, con nombre y "
        "apellido.",
        "es",
        "troll",
        "approve",
    ),
    (
        "The problem is when someone writes that we should kill a senator by name.",
        "en",
        "troll",
        "approve",
    ),
    ("Hay que matar a un diputado.", "es", "troll", "reject"),
    ("Escribo que hay que matar al diputado Ramírez.", "es", "troll", "reject"),
    ("Voy a escribir que hay que matar al diputado Ramírez.", "es", "troll", "reject"),
    ("I'm writing that we should kill Senator Ruiz.", "en", "troll", "reject"),
    # --- a way of speaking refused as unfair
    (
        "What isn't fair game is deciding your Jewish coworker secretly runs a bank.",
        "en",
        "hate",
        "approve",
    ),
    ("What's not okay is assuming Jews control the media.", "en", "hate", "approve"),
    (
        "Lo que no es justo es asumir que los judíos controlan los bancos.",
        "es",
        "hate",
        "approve",
    ),
    ("What isn't fair is that Jews control Congress.", "en", "hate", "reject"),
    ("What is fair is deciding Jews run the banks.", "en", "hate", "reject"),
    ("Lo que no es justo es que los judíos controlan los bancos.", "es", "hate", "reject"),
    # --- "chino" among the nicknames of looks
    (
        "jajaja a mí me dicen 'el chino' desde la primaria porque tengo el pelo rizado. En "
        "México todo mundo es chino, gordo o flaco, nadie se salva",
        "es",
        "hate",
        "approve",
    ),
    ("En mi salón había un chino, un gordo y un flaco, como en todos.", "es", "hate", "approve"),
    ("El Chino ganó la carrera otra vez.", "es", "hate", "approve"),
    ("Los chinos son gordos.", "es", "hate", "reject"),
    ("Los chinos, gordos y feos, nos quitan el trabajo.", "es", "hate", "reject"),
    # --- an act named as a matter and judged wrong
    (
        "Lo de mandar a venezolanos a una cárcel en El Salvador sin juicio me parece gravísimo.",
        "es",
        "hate",
        "approve",
    ),
    ("Lo de deportar a los haitianos sin audiencia es una barbaridad.", "es", "hate", "approve"),
    (
        "Deporting Venezuelans to a foreign prison without a trial is outrageous.",
        "en",
        "hate",
        "approve",
    ),
    ("Lo de mandar a los venezolanos a una cárcel me parece excelente.", "es", "hate", "flag"),
    ("Lo de mandar a los venezolanos a una cárcel no es grave.", "es", "hate", "flag"),
    ("Deportar a los haitianos no es grave, es lo justo.", "es", "hate", "flag"),
    (
        "Lo de mandar a los venezolanos a una cárcel es terrible, pero hay que hacerlo.",
        "es",
        "hate",
        "flag",
    ),
    # --- a comment rated, not its writer
    (
        "Las mujeres indígenas no son tontas, qué comentario tan ignorante.",
        "es",
        "troll",
        "approve",
    ),
    ("Qué argumento tan flojo, la verdad.", "es", "troll", "approve"),
    ("Qué comentario tan ignorante, eres un idiota.", "es", "troll", "flag"),
    ("Qué tipo tan ignorante.", "es", "troll", "flag"),
    ("Qué ignorante eres.", "es", "troll", "flag"),
    ("Qué comentario tan pendejo, Memo.", "es", "troll", "flag"),
    ("Qué comentario más tonto, igualito al que lo escribió.", "es", "troll", "flag"),
    ("Qué comentario tan ignorante, Rosaura.", "es", "troll", "flag"),
    ("@Rosaura qué comentario tan ignorante.", "es", "troll", "flag"),
    # --- an agreement with a clause of its own, in another sentence than a quoted sign
    (
        'Un hombre traía una cartulina que decía "los jotos son pedófilos". Yo estoy de '
        "acuerdo con que los papás tengan voz en la biblioteca, de verdad.",
        "es",
        "hate",
        "approve",
    ),
    (
        'A man held a sign saying "gays are pedophiles". I agree that parents should have a '
        "say in the library program.",
        "en",
        "hate",
        "approve",
    ),
    (
        'Un hombre traía una cartulina que decía "los jotos son pedófilos". Estoy de acuerdo '
        "con eso.",
        "es",
        "hate",
        "reject",
    ),
    (
        'Un hombre traía una cartulina que decía "los jotos son pedófilos". Estoy de acuerdo '
        "con que lo diga.",
        "es",
        "hate",
        "reject",
    ),
    (
        "Mi tío dice que los migrantes son delincuentes. Estoy de acuerdo con que todos se vayan.",
        "es",
        "hate",
        "flag",
    ),
    (
        "My uncle says Mexicans are criminals. I agree that they should all leave.",
        "en",
        "hate",
        "flag",
    ),
    # --- a people kept from dying, not wished dead
    ("El padre nomás evita que se mueran de hambre en la banqueta.", "es", "hate", "approve"),
    ("El albergue impide que se mueran de sed en el desierto.", "es", "hate", "approve"),
    ("Ojalá que se mueran de hambre esos migrantes.", "es", "hate", "reject"),
    ("Que se mueran de hambre los migrantes.", "es", "hate", "reject"),
    # --- a hardship lacked, not a worth
    ("Most immigrants use the ER because they lack a primary doctor.", "en", "hate", "approve"),
    ("Immigrants lack a primary doctor.", "en", "hate", "approve"),
    ("Immigrants lack basic decency.", "en", "hate", "reject"),
    ("Immigrants lack a brain.", "en", "hate", "reject"),
    # --- a fact that knocks down an argument about a people
    (
        "El Paso's majority immigrant population kind of destroys the whole \"immigrants bring "
        'crime" argument.',
        "en",
        "hate",
        "approve",
    ),
    ("The data on immigrants destroys the myth that they bring crime.", "en", "hate", "approve"),
    ("Los datos sobre los migrantes tumban el mito de que traen crimen.", "es", "hate", "approve"),
    ("Immigrants will destroy this country.", "en", "hate", "flag"),
    ("Immigrants destroy the neighborhood and the argument is over.", "en", "hate", "flag"),
    ("Los migrantes destruyen todo, ese es mi argumento.", "es", "hate", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblocks(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
