"""Shapes of hateful language that recur whatever the topic (housing, technology, city life,
culture wars, faith communities): a place said to decline because a group came, a fault called a
group's nature, a group barred from a board, a job, the vote or from having children, a faith
said to command killing or lying, a group as a burden, a mental illness or a fifth column, a
group driven out of a town, no morals without a god, Holocaust mockery, and Jewish control of
"all" of something or hinted at through "the same tribe" or a scare-quoted "community". Each
table has its near misses (a plant closing, criticism of a policy, counter-speech, reports,
negation, neutral mentions) that must stay approved. All examples are our own."""

import pytest

from tests.policy.expect import assert_category_action

HITS = [
    # a place declines because a group came
    ("The whole street went downhill once those people started renting there.", "en"),
    ("Every time another synagogue opens, the district goes downhill.", "en"),
    ("Our plaza used to be a nice place before the Somalis took it over.", "en"),
    ("El barrio se echó a perder desde que empezaron a llegar los de Chiapas.", "es"),
    ("Desde que llegaron los haitianos al fraccionamiento ya no es lo mismo.", "es"),
    # a fault called the group's nature
    ("Those Romanians cheat on every job, being what they are.", "en"),
    ("Nigerians run these scams. Some nationalities are just prone to fraud.", "en"),
    ("Los rumanos roban carteras en el metro. Es su naturaleza.", "es"),
    ("Hay razas que no están hechas para estudiar, nomás para trabajar.", "es"),
    ("Ese gitano miente en todo, como toda su raza.", "es"),
    # barred from a board, a job, the vote, children
    ("Muslims shouldn't be on the library board, full stop.", "en"),
    ("Deaf people shouldn't drive, they are a danger to the rest of us.", "en"),
    ("People with Down syndrome should not have children.", "en"),
    ("Women aren't suited to engineering, that's biology.", "en"),
    ("Los sordos no deberían manejar, son un peligro.", "es"),
    ("Las mujeres no deberían votar en las elecciones del sindicato.", "es"),
    ("Los indígenas no sirven para la programación.", "es"),
    ("Son demasiado emocionales para gobernar, por eso las mujeres no deben ser alcaldesas.", "es"),
    # a faith said to command killing or lying; its name sneered at
    ("I know Muslims, their holy book tells them to lie to us.", "en"),
    ("Los musulmanes sonríen, pero su libro les manda matarnos.", "es"),
    ("Another bombing by the religion of peace, what a surprise.", "en"),
    # a fifth column, a burden, a mental illness
    ("Sikhs in the army are a fifth column, mark my words.", "en"),
    ("Los musulmanes del barrio son una bomba de tiempo.", "es"),
    ("Disabled people are a burden on the taxpayers.", "en"),
    ("A los discapacitados que los sienten al fondo, donde no estorben.", "es"),
    ("Being gay is a mental illness and should be treated like one.", "en"),
    ("El ateísmo es una enfermedad mental.", "es"),
    # driven out of a town; killed where they pray
    ("The Hindus here should be run out of this town.", "en"),
    ("A los evangélicos hay que correrlos de la ciudad.", "es"),
    ("Somebody should shoot every last one of those synagogue people.", "en"),
    ("Hay que quemar a todos los de ese templo.", "es"),
    # no morals without a god
    ("Atheists have no morals, they answer to nobody.", "en"),
    ("Un ateo nunca va a ser buen vecino.", "es"),
    # Holocaust mockery, Jewish control
    ("The Holocaust industry is doing great this year.", "en"),
    ("Las cifras del Holocausto son infladas, investiguen.", "es"),
    ("Los judíos se inventaron el Holocausto para cobrar.", "es"),
    ("Jews own all the pharmacies in this county, look it up.", "en"),
    ("Los judíos controlan todos los periódicos del país.", "es"),
    ("Guess who runs the newsrooms? The same tribe that owns the banks.", "en"),
    ("Los bancos del centro son todos de la misma 'comunidad', qué casualidad.", "es"),
    # a group turns every place into a slum; likes living like pigs; does not bathe
    ("Guatemalans turn any block into a dump within a year.", "en"),
    ("Los hondureños convierten cualquier colonia en un basurero.", "es"),
    ("Allá en su pueblo les gusta vivir como puercos.", "es"),
    ("Those Pakistanis don't even bathe, you can tell on the bus.", "en"),
    # kinds of people; "ya se sabe cómo son los de X"
    ("Certain races just don't respect a contract, ask any landlord.", "en"),
    ("Ciertas nacionalidades no respetan un contrato, pregúntale a cualquier casero.", "es"),
    # a negative command that shuts a group out: the "No" commands, it negates nothing
    ("No contrates a ciertas nacionalidades, ustedes saben cuáles.", "es"),
    ("Ya se sabe cómo son los de Guerrero, puros flojos.", "es"),
    # faiths banned, sharia, a terror group, a plan
    ("Ban every mosque in the state and be done with it.", "en"),
    ("Hay que cerrar todas las mezquitas del estado.", "es"),
    ("Muslims want sharia in this county, they just wait for the numbers.", "en"),
    ("Los mormones son el ISIS de Utah.", "es"),
    ("Refugees settle near the synagogues. It's not a coincidence, it's a plan.", "en"),
    ("Llegan los refugiados y luego la mezquita. No es casualidad, es un plan.", "es"),
    # carted off; decline after a group got a right
    ("Que los suban a todos en vagones de ganado.", "es"),
    ("Gay people got marriage and the country's been going downhill ever since.", "en"),
    ("Desde que llegaron 'esos' al edificio hay más robos.", "es"),
    # the same people, Zionists owning everything, a slurred city name
    ("Funny how the banks and the networks are all run by the same few families.", "en"),
    ("Los sionistas manejan todos los periódicos de la capital.", "es"),
    ("Read it in the Jew York papers, I guess.", "en"),
    # "your kind"; kept off a board; crime wherever a group goes; "it's cultural"
    ("Of course you'd defend the cartel bill, that's normal for your kind.", "en"),
    ("Keep the Somalis off the school board and the budget balances itself.", "en"),
    ("Wherever Gypsies settle, there's crime. Always.", "en"),
    ("Donde se instalan los haitianos aumentan los asaltos.", "es"),
    ("Those Haitians are lazy on every job site. It's cultural.", "en"),
    ("Los hondureños tienen otra cultura, más violenta.", "es"),
    # unfit by nature; children who "catch" it; sterilising a group
    ("Las mujeres no tienen cabeza para dirigir una empresa.", "es"),
    ("Los indígenas no entienden de economía, por eso votan así.", "es"),
    ("Women shouldn't be judging criminal trials, they are too soft.", "en"),
    ("No quiero que mis hijos vean a esos gays en la feria, luego se les pega.", "es"),
    ("Habría que esterilizar a las haitianas en la frontera.", "es"),
    # the Holocaust played down; strings pulled; the host nation
    ("El Holocausto ni fue para tanto, puro cuentito.", "es"),
    ("Six million, sure, whatever you say.", "en"),
    ("Jewish donors pull the strings in every campaign.", "en"),
    ("Their whole agenda is to weaken the host nation from inside.", "en"),
    # most of the crime; homes neglected; a "no-go zone"; the world "not built" for them
    ("Haitians and Cubans commit most of the robberies downtown.", "en"),
    ("Los gitanos cometen la mayoría de los robos del mercado.", "es"),
    ("Somali families never take care of their yards, look at the block.", "en"),
    ("Once the Muslims get their mosque, the district will be a no-go zone.", "en"),
    ("No tengo nada contra los árabes, pero donde se instalan aumentan los robos.", "es"),
    ("The world wasn't built for you people, stop asking us to pay for ramps.", "en"),
    ("El mundo no está hecho para ustedes, acepten que no pueden con todo.", "es"),
    ("Schools were fine, but when certain other families moved in, things went downhill.", "en"),
    ("Hondurans steal from every job site, it's in their blood.", "en"),
    ("Los chinos son langostas, se acaban todo.", "es"),
    ("These people come from a culture that doesn't value work the way we do.", "en"),
    # a group lying as a body, voting for handouts, a culture "not compatible"; disgust
    ("Trans women lie about everything, you can't believe a word.", "en"),
    ("Las migrantes mienten para conseguir asilo, ya se saben el cuento.", "es"),
    ("Haitians vote for whoever hands out free phones.", "en"),
    ("Their religion is not compatible with democracy, never will be.", "en"),
    ("Su cultura no es compatible con la civilización.", "es"),
    ("Los guatemaltecos venden tamales en la banqueta, qué asco de gente.", "es"),
    ("Los hondureños no tienen cultura del trabajo.", "es"),
]

MISSES = [
    # decline from an event, not a people
    ("The whole street went downhill once the factory closed.", "en"),
    ("Our plaza used to be a nice place before the city cut the cleaning budget.", "en"),
    ("El barrio se echó a perder desde que cerraron la maquila.", "es"),
    # nature and habits of non-groups
    ("Being what they are, landlords will raise rents whenever they can.", "en"),
    ("Es su naturaleza: los gatos cazan pájaros.", "es"),
    # boards and jobs: a policy debate, a condition, counter-speech
    ("Immigrants shouldn't drive without a license, same as anyone.", "en"),
    ("Disabled people should not have to wait two hours at the town hall.", "en"),
    ("Las personas con discapacidad no deberían tener que pagar el transporte.", "es"),
    (
        "Mi hermana es policía y salvó a dos compañeros; que le digan a ella que las mujeres"
        " no sirven para eso.",
        "es",
    ),
    ("My aunt says women are too emotional to run a company; I told her she's wrong.", "en"),
    # faiths: doctrine, leadership, sincere praise, counter-speech
    ("Islam is a religion of peace for most of the people who practise it.", "en"),
    ("The bishops' council lied about the abuse reports and should resign.", "en"),
    ("Saying atheists have no morals is bigoted nonsense.", "en"),
    ("Decir que los ateos no tienen valores es un prejuicio sin base.", "es"),
    ("The 'community' garden runs a plant sale every spring.", "en"),
    ("La comunidad judía de Monterrey abrió su centro cultural a los vecinos.", "es"),
    ("The same families have owned the ranches around here since the 1880s.", "en"),
    ("Jewish families have run the bakery on Main Street for sixty years.", "en"),
    ("The claim that Jews control all the banks is an old antisemitic lie.", "en"),
    ("My grandmother is a Holocaust survivor; fewer survivors are left every year.", "en"),
    ("El museo del Holocausto publicó las cifras de víctimas por país.", "es"),
    # reports and neutral mentions
    ("The mosque on Fifth Street hosts a food drive every Friday.", "en"),
    ("Los sijs del templo repartieron comida a los damnificados.", "es"),
    ("The council voted to give people with Down syndrome priority for job coaching.", "en"),
    # places, events, offices and a hedged few
    ("Some Muslims in my town want to impose sharia and that scares me.", "en"),
    ("The new landlords turn every building they buy into luxury condos.", "en"),
    ("The city should ban cars from the plaza around the mosque on Fridays.", "en"),
    ("The budget cuts are not an accident, it's a plan by the governor.", "en"),
    ("Los obreros del turno de noche no se bañan en la planta porque no hay regaderas.", "es"),
    # kind words, boards of wood, sterilisation as history, the Holocaust affirmed
    ("Thanks for your kind words about the fundraiser.", "en"),
    ("Keep the kids off the board walk when it rains.", "en"),
    ("En los noventa esterilizaron a miles de mujeres indígenas sin su consentimiento.", "es"),
    ("The Holocaust was not exaggerated; the archives prove every number.", "en"),
    ("La cultura del esfuerzo se aprende en casa, no es cuestión de raza.", "es"),
    ("Wherever there's a new stadium, there's traffic.", "en"),
    # crime by age or place, poverty, a kind reminder, a termite, lobsters
    ("Young men commit most of the violent crime in every country.", "en"),
    ("Donde hay pobreza llega la delincuencia, eso dicen los estudios.", "es"),
    pytest.param(
        "I know the world wasn't built for you, and that's on all of us to fix.",
        "en",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the blog model holds it as hate at p(flag) 0.65 (cut 0.59; held since the "
            "sixteenth session's retrain); the rules approve",
        ),
    ),
    ("Las langostas de Baja California se exportan a China.", "es"),
    ("The county doesn't value teachers the way we do in Arizona.", "en"),
    # hedged few, one person, a study; a rare surname
    ("Some women lie about abuse, and that hurts the real victims.", "en"),
    ("My cousin votes for whoever promises free stuff.", "en"),
    ("The study found that women who report abuse rarely lie about it.", "en"),
    ("Este software no es compatible con la versión anterior.", "es"),
]


@pytest.mark.parametrize("text,lang", HITS)
def test_shape_is_flagged(text, lang):
    assert_category_action(text, "flag", "hate", lang)


@pytest.mark.parametrize("text,lang", MISSES)
def test_near_miss_is_approved(text, lang):
    assert_category_action(text, "approve", "hate", lang)
