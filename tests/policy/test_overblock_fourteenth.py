"""Harmless comments the rules used to hold, fourteenth round, with the near misses that must
still be caught. Numbers used as quantities (a change, a count of things, a clock time) are no
hate code; equality denied in pay or before the law states unequal treatment, not lesser
worth; a refusal to hire, trust or rent told of someone else ("my boss said he would never
hire a woman") reports discrimination. A Spanish verb of harm in the present ("golpean a las
mujeres") tells what others do. A call refused ("sin decir que hay que quemarla"), a threat told
by its victim and named as one, a jab that answers quoted hate and a cheer quoted to condemn it
are counter-speech; Spanish reported speech reads as English does ("me gritó que ...", "lo
reporté"). A coach, referee, chief executive or anchor judged on the game, the call, the
company or the broadcast is judged on public conduct, like an office-holder. Hand-written,
English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # Numbers as quantities: a change, a count of things, a clock time ...
    ("Rent went up 13 percent this year and 50 families left the block.", "en", "hate", "approve"),
    ("Bus fares rose 13 percent, and 50 riders signed the petition.", "en", "hate", "approve"),
    ("The shuttle to the clinic leaves at 13:50 from the plaza.", "en", "hate", "approve"),
    ("El alquiler subió 13 por ciento y 50 familias dejaron la colonia.", "es", "hate", "approve"),
    ("El camión a la clínica sale a las 13:50 de la plaza.", "es", "hate", "approve"),
    # ... but the same numbers as a share of people are still the code.
    ("13/50. Look it up and then call me names.", "en", "hate", "flag"),
    ("13 percent of the people, 50 of the crime. Do the math.", "en", "hate", "flag"),
    ("Remember 13/50 before you vote for the new chief.", "en", "hate", "flag"),
    # Equality denied in respect of what a group receives is unequal treatment ...
    ("Women are not equal in pay at the plant, we checked the payroll.", "en", "hate", "approve"),
    ("Gay couples are not equal under the law in half the states.", "en", "hate", "approve"),
    (
        "Las mujeres no son iguales en salario, aunque hagan el mismo trabajo.",
        "es",
        "hate",
        "approve",
    ),
    ("Los indígenas no son iguales ante la ley si no hay intérpretes.", "es", "hate", "approve"),
    # ... but denied in worth, or bare, it is still a verdict on the group.
    ("Women are not equal in intelligence.", "en", "hate", "flag"),
    ("Women are not equal to men, period.", "en", "hate", "flag"),
    ("Las mujeres no son iguales a los hombres en inteligencia.", "es", "hate", "flag"),
    # A refusal told of someone else reports discrimination ...
    (
        "My manager told me he would never hire a woman for the warehouse. That's illegal.",
        "en",
        "hate",
        "approve",
    ),
    ("Banks do not trust Black families, that is what redlining was.", "en", "hate", "approve"),
    (
        "The cannery would never hire a woman as foreman, my aunt tried for ten years.",
        "en",
        "hate",
        "approve",
    ),
    (
        "Mi jefe dijo que nunca contrataría a una mujer y recursos humanos no hizo nada.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Los bancos no confían en las familias indígenas, lo dice el estudio.",
        "es",
        "hate",
        "approve",
    ),
    # ... but the writer's own refusal, a command, or a subject held up as a model is not.
    ("I would never hire a woman for the warehouse.", "en", "hate", "flag"),
    ("Never trust a Muslim.", "en", "hate", "flag"),
    ("Smart landlords never rent to Mexicans.", "en", "hate", "flag"),
    ("Employers should never hire women.", "en", "hate", "flag"),
    ("Nunca contrataría a una mujer.", "es", "hate", "flag"),
    ("No confíen en los gitanos.", "es", "hate", "flag"),
    # A Spanish verb of harm in the present's third person plural tells what others do ...
    ("Golpean a las mujeres en esa colonia y nadie hace nada.", "es", "hate", "approve"),
    ("Queman a los migrantes en los albergues y la policía no llega.", "es", "hate", "approve"),
    ("They beat women in that neighborhood and nobody does anything.", "en", "hate", "approve"),
    # ... its command, or a call with a modal, still calls for it.
    ("Golpeen a las mujeres.", "es", "hate", "flag"),
    ("Quemen a los migrantes.", "es", "hate", "flag"),
    ("Hay que golpear a las mujeres.", "es", "hate", "flag"),
    ("Kill the immigrants.", "en", "hate", "flag"),
    # A call held up as what need not be said is refused, not made ...
    (
        "Se puede criticar a la Corte sin decir que hay que quemarla, y defender la reforma "
        "sin odiar a cada juez.",
        "es",
        "troll",
        "approve",
    ),
    ("Se puede criticar al alcalde sin decir que hay que colgarlo.", "es", "troll", "approve"),
    (
        "You can criticize the court without saying someone should burn it down.",
        "en",
        "troll",
        "approve",
    ),
    # ... but said, it is a call.
    ("Hay que quemarla, a la Corte y a todos sus jueces.", "es", "troll", "flag"),
    # A threat told by its victim or a witness, named a threat or reported, is no threat ...
    (
        "Alguien le escribió a la maestra que ya sabemos dónde vive, y nadie lo denunció. "
        "Qué vergüenza.",
        "es",
        "troll",
        "approve",
    ),
    (
        "Someone wrote to the teacher that we know where she lives, and nobody reported it. "
        "Shameful.",
        "en",
        "troll",
        "approve",
    ),
    (
        'People who answer every argument with "say that to my face" should be banned.',
        "en",
        "troll",
        "approve",
    ),
    (
        'A los que contestan con "ya sabemos dónde vives" deberían bloquearlos.',
        "es",
        "troll",
        "approve",
    ),
    # ... while said, told without any stance against it, sworn to the reader, or passed on
    # to the reader ("you"), it still threatens.
    ("Ya sabemos dónde vives.", "es", "troll", "flag"),
    ("Te lo digo clarito, ya sabemos dónde vives. Denúnciame si quieres.", "es", "troll", "flag"),
    (
        "I'm telling you that we know where you live. Report it if you want.",
        "en",
        "troll",
        "flag",
    ),
    (
        "Mi primo dice que ya sabemos dónde vives y que ni la policía te va a salvar.",
        "es",
        "troll",
        "flag",
    ),
    (
        "My cousin says we know where you live and the police won't save you.",
        "en",
        "troll",
        "flag",
    ),
    ("We know where you live. Say that to my face.", "en", "troll", "flag"),
    ("Alguien debería escribirle que ya sabemos dónde vive.", "es", "troll", "flag"),
    # A jab at the thread in a comment that answers quoted hate or violence is counter-speech ...
    (
        "Quoting somebody saying 'these people are animals' in order to criticize it is not "
        "the same as saying it. Reading comprehension, folks.",
        "en",
        "troll",
        "approve",
    ),
    (
        'People calling to "nuke" a whole country need to log off and touch grass. That is '
        "millions of human beings.",
        "en",
        "troll",
        "approve",
    ),
    (
        'La gente pidiendo "quemar" el albergue necesita salir a tocar pasto. Son familias.',
        "es",
        "troll",
        "approve",
    ),
    # ... the same jab alone, or aimed at a reader, is still flame bait.
    ("Reading comprehension, folks.", "en", "troll", "flag"),
    (
        'You quoted "these people are animals" and agreed with it. Reading comprehension, folks.',
        "en",
        "troll",
        "flag",
    ),
    # A cheer of an attack quoted from others and condemned is counter-speech ...
    (
        'Fue un ataque contra la comunidad gay, y leer a gente diciendo "se lo buscaron" me '
        "da asco.",
        "es",
        "hate",
        "approve",
    ),
    (
        'It was an attack on the gay bar, and people here saying "they had it coming" '
        "should be ashamed.",
        "en",
        "hate",
        "approve",
    ),
    # ... in the writer's voice, or quoted and agreed with, it is still a cheer.
    ("Fue un ataque contra la comunidad gay, y se lo buscaron.", "es", "hate", "flag"),
    (
        'Fue un ataque contra la comunidad gay y, lo digo claro, "se lo buscaron".',
        "es",
        "hate",
        "flag",
    ),
    ("It was an attack on the gay community, and they had it coming.", "en", "hate", "flag"),
    # Spanish reported speech, told by a victim or witness who condemns it, as in English ...
    (
        "Un vecino le dijo a mi hija que los gitanos son una plaga. Lo reporté.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Un señor me gritó que los mexicanos son animales. Lo reporté con el gerente.",
        "es",
        "hate",
        "approve",
    ),
    (
        "A neighbor told my daughter that gypsies are a plague. I reported him.",
        "en",
        "hate",
        "approve",
    ),
    ("Me gritó que me iba a matar. Lo denuncié a la policía.", "es", "troll", "approve"),
    # ... but the writer's own words, or a claim relayed as news, are still the writer's.
    ("Le dije a mi hija que los gitanos son una plaga.", "es", "hate", "flag"),
    ("Yo le dije a mi hija que los gitanos son una plaga.", "es", "hate", "flag"),
    ("My dad told me Jews control the media.", "en", "hate", "flag"),
    # A coach, a referee, a chief executive or an anchor judged on the game, the call, the
    # company or the broadcast is judged on public conduct, like an office-holder ...
    (
        "The coach is an idiot, he sat our best player the whole second half and we lost the game.",
        "en",
        "troll",
        "approve",
    ),
    ("The CEO is a fool, the layoffs came right after record earnings.", "en", "troll", "approve"),
    ("The anchor is a hack, that interview was a softball.", "en", "troll", "approve"),
    (
        "El entrenador es un idiota, sacó al mejor jugador y perdimos el partido.",
        "es",
        "troll",
        "approve",
    ),
    ("El árbitro es un payaso, no vio el penal.", "es", "troll", "approve"),
    (
        "La conductora del noticiero es una ridícula, la entrevista fue un desastre.",
        "es",
        "troll",
        "approve",
    ),
    # ... with nothing of that performance in view the role is a private person, and a reader
    # insulted beside the game is still insulted.
    ("The coach is an idiot.", "en", "troll", "hold"),
    ("El entrenador es un imbécil.", "es", "troll", "hold"),
    ("You are an idiot, that was a great game.", "en", "troll", "hold"),
    ("Eres un idiota, el entrenador sabe lo que hace en cada partido.", "es", "troll", "hold"),
    (
        "The coach is an idiot, and you are an idiot too for defending him after that game.",
        "en",
        "troll",
        "hold",
    ),
    # Words or treatment held up as what one can do without are refused ...
    ("Lo podemos discutir sin tratar a la gente como hormigas.", "es", "hate", "approve"),
    ("Podemos debatirlo sin tratar a los migrantes como ratas.", "es", "hate", "approve"),
    ("We can debate it without treating migrants like rats.", "en", "hate", "approve"),
    # ... but a depiction asserted, or said "without sugarcoating", is the writer's.
    ("Tratan a la gente como hormigas.", "es", "hate", "flag"),
    ("Migrants are rats, I say it without sugarcoating.", "en", "hate", "flag"),
    # A word after a group's relative clause belongs to that clause's verb ...
    (
        "La homilía sobre las mujeres que trabajan fuera de casa me pareció anticuada.",
        "es",
        "hate",
        "approve",
    ),
    ("Women who work out of town deserve better childcare.", "en", "hate", "approve"),
    # ... a doom word said to the group is still one.
    ("Los gitanos fuera.", "es", "hate", "flag"),
    ("Mujeres, ¡fuera!", "es", "hate", "flag"),
    # "Me enfermé" (I got sick) is no "me enferman" (they sicken me) ...
    ("Mis compañeros musulmanes me cubrieron cuando me enfermé.", "es", "hate", "approve"),
    ("Los musulmanes me enferman.", "es", "hate", "flag"),
    # A nationality after "del" + noun describes that noun ("del gobierno cubano") ...
    ("La corrupción del gobierno cubano es brutal.", "es", "hate", "approve"),
    ("The corruption of the Cuban government is brutal.", "en", "hate", "approve"),
    # ... but the people, named as such, are still the group.
    ("El pueblo cubano es brutal.", "es", "hate", "flag"),
    ("La violencia del pueblo mexicano es brutal.", "es", "hate", "flag"),
    # A disjunct shares the negation before the first ("aren't A or B", "no son A ni B") ...
    ("Most of my clients aren't cartel soldiers or violent migrants.", "en", "hate", "approve"),
    ("Mis clientes no son sicarios ni migrantes violentos.", "es", "hate", "approve"),
    # ... but "not just A or B", an answer "No, ...", or no negation at all leave it said.
    ("They are not just thieves or violent migrants, they are animals.", "en", "hate", "flag"),
    ("No, those are cartel soldiers or filthy Mexicans, same thing.", "en", "hate", "flag"),
    ("Mis clientes son sicarios o migrantes de mierda.", "es", "hate", "flag"),
    ("Los chinos nunca se integraron ni se van a integrar, son sucios.", "es", "hate", "flag"),
    ("They never learned English or paid taxes, Somalis are filthy.", "en", "hate", "flag"),
    # A verb of judging before a group, with no bad word in what follows, judges nothing bad ...
    ("Me parece bien lo del mixteco, pero también hace falta inglés.", "es", "hate", "approve"),
    ("I consider Mexicans hard workers.", "en", "hate", "approve"),
    # ... with one, it still does.
    ("Considero a los gitanos unos parásitos.", "es", "hate", "flag"),
    ("I consider Mexicans vermin.", "en", "hate", "flag"),
    # "Como ataque" is the noun, no command to attack ...
    ("No lo digo como ataque, me parece bien lo del mixteco.", "es", "hate", "approve"),
    ("Ataquen a los gitanos.", "es", "hate", "flag"),
    # A depiction refused ("refuse to talk about people as objects") is not made ...
    (
        'You can enforce the law and still refuse to talk about people as "illegals" like '
        "they're objects.",
        "en",
        "hate",
        "approve",
    ),
    ("Me niego a hablar de los migrantes como si fueran basura.", "es", "hate", "approve"),
    ("Migrants are objects, not people.", "en", "hate", "flag"),
    ("Los migrantes son basura, no personas.", "es", "hate", "flag"),
    # "Say that to my face" followed by the writer's offer to repeat their words stands by an
    # opinion ...
    (
        "The busing stunt is theater on our dime. Say that to my face, I'll say it again.",
        "en",
        "troll",
        "approve",
    ),
    ("El gobernador montó un circo. Dímelo en la cara, te lo repito.", "es", "troll", "approve"),
    # ... a dare alone is a threat.
    ("Say that to my face and see what happens.", "en", "troll", "flag"),
    ("Dímelo en la cara, cobarde.", "es", "troll", "flag"),
    # A charge quoted to be answered as no argument, unproven or false is not made ...
    (
        "I don't like the governor either, but \"he's a cartel puppet\" isn't an argument. "
        "Show me the contracts.",
        "en",
        "libel",
        "approve",
    ),
    (
        'Tampoco me cae bien el gobernador, pero "es un títere del cártel" no es un argumento. '
        "Muestra los contratos.",
        "es",
        "libel",
        "approve",
    ),
    # ... said, or quoted and vouched for, it is.
    ("The governor is a cartel puppet.", "en", "libel", "flag"),
    (
        "I don't like the governor either, but \"he's a cartel puppet\" and I can prove it.",
        "en",
        "libel",
        "flag",
    ),
    # The nouns "lo que hacen" names as its subject are the animals whose nature is said ...
    ("Infestar es lo que hacen las plagas, las cucarachas, las ratas.", "es", "troll", "approve"),
    # ... a reader among them, or called one, is insulted.
    ("Eso es lo que hacen las ratas como tú.", "es", "troll", "flag"),
    ("Eres una rata.", "es", "troll", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_fourteenth(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
