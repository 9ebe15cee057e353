"""Hate said of a group outside the clause that names it, or put as a question, a denied
praise or with a swear word: the group carried to a pronoun, a demonstrative, a question's
"who"/"what", a verbless sentence or the reader said to be a member; faults presupposed by a
question; no good member existing; the writer's liking denied; an adjective before a plural
swear word. With the near misses that must pass: the same shapes about something else, said
in the group's favour, denied, reported or condemned. All examples are our own."""

import pytest

from tests.policy.expect import assert_category_action

HITS_EN = [
    # a group named alone, read in the sentence beside it
    "You know what I can't stand? Refugees.",
    "Who ought to be wiped out? Trans people, obviously.",
    "Lesbians. Revolting.",
    "Immigrants? Vermin, the lot of them.",
    # a demonstrative or a noun phrase pointing back
    "A bunch of refugees moved in downstairs. Those are animals.",
    "Gay men run the cafe now. That kind of people are a disease.",
    "Let me tell you about Somalis. They are the worst.",
    # membership
    "Anyone who is a Muslim is filth.",
    "If you are one of those trans people, you are a freak.",
    # the reader said to be a member
    "I can tell you are Jewish. You make me sick.",
    "You're a lesbian. I despise you.",
    # questions that take a fault as given
    "Why are Mexicans this filthy?",
    "Is there anything more revolting than a gay man?",
    "Who in their right mind would hire a disabled person?",
    "Who would let a lesbian teach our kids?",
    # no good member
    "I have never met a Muslim who was decent.",
    "You will never find an immigrant who is honest.",
    "I don't know a single trans person who is normal.",
    # the writer's liking denied
    "I have never liked Jews.",
    "I will never accept lesbians.",
    "I would never marry a Muslim.",
    "I could never be friends with a lesbian.",
    # swearing aimed at a group
    "Muslims are filthy bastards.",
    "Refugees are a bunch of lazy assholes.",
    "Lesbians are a fucking joke.",
]

HITS_ES = [
    "¿Qué detesto? A los gitanos.",
    "¿Quién deja que una mujer dirija la policía?",
    "¿Quiénes deberían desaparecer? Los judíos.",
    "¿Venezolanos? Plaga.",
    "Llegaron unos hondureños al barrio. Esos son unas ratas.",
    "Se mudaron lesbianas al edificio. Ese tipo de gente me da asco.",
    "Por fin conocí a los nuevos vecinos gitanos. Asquerosos, todos.",
    "Los haitianos se adueñaron de la plaza. Criaturas repugnantes.",
    "Vi a los gitanos en el mercado. Yo los mataría a todos.",
    "Los judíos se quejan de todo y francamente los quiero muertos.",
    "Eres indígena. Das asco.",
    "¿No les da vergüenza ser tan sucios a los gitanos?",
    "¡Lo flojos que son los hondureños!",
    "¿No creen que los musulmanes son asquerosos?",
    "¿A poco los gitanos no son unos ladrones?",
    "Ningún gitano puede ser honrado.",
    "Ni un solo inmigrante es decente.",
    "Ningún musulmán será nunca decente.",
    "No hay ningún hondureño honrado.",
    "No conozco a ninguna lesbiana que sea normal.",
    "No existe un gitano digno de confianza.",
    "No aprecio a los indígenas.",
    "No me caen bien los judíos.",
    "Nunca aceptaré a las lesbianas.",
    "Nunca contrataría a un hondureño.",
    "No me fío de los gitanos.",
    "Nunca seré amigo de un musulmán.",
    "Los venezolanos son unos flojos de mierda.",
    "Las lesbianas son una pinche broma.",
    "Los hondureños son una puta vergüenza.",
    # a negated imperative on the group, then what the group is
    "No contraten hondureños, son unos vagos.",
    "No dejen entrar gitanos, son unos ladrones.",
]

PASSES_EN = [
    # the same shapes about something else, or in the group's favour
    "What do I love about this town? Refugees.",
    "Who suffers most in every war? Women.",
    "Who was attacked outside the bar last night? Gay men.",
    "Refugees opened two bakeries downstairs. Those are awful, the bread is stale.",
    "Jokes about Muslims. They are offensive.",
    "Anyone who is gay is protected under the law.",
    "If you are an immigrant, you are welcome here.",
    "You are trans and you are valid.",
    "You are Jewish and you are welcome at our table.",
    "Who would trust a refugee with no papers to rent the flat upstairs?",
    "Who lets women walk home alone at night in this city?",
    # negated faults, states and the writer's own past
    "I have never met a Muslim who was violent.",
    "I have never met an immigrant who was not kind.",
    "Not a single refugee was safe in that camp.",
    "Immigrants are not safe here.",
    "I don't like how Muslims are treated.",
    "I do not hate lesbians.",
    "I have never liked the way women are treated at work.",
    "I could never be friends with a Muslim who mocks my faith.",
    "I would never work with refugees for free, but I volunteer on weekends.",
    "Muslims are victims of violent bastards.",
    "Refugees are a fucking delight to have as neighbours.",
    "Immigrants are fucking tired of being blamed.",
    # reported or condemned
    "People claim no Muslim is honest, which is a racist lie.",
    "He said they were animals and got fired.",
]

PASSES_ES = [
    "¿Quién sufre más en la guerra? Las mujeres.",
    "¿A quién odian los racistas? A los migrantes.",
    "Los inmigrantes abrieron tiendas. Esas son horribles, todo caro.",
    "Los gitanos tienen tradiciones. Esas son bonitas.",
    "Los migrantes llegan cansados. Los narcos los matarían sin pensarlo.",
    "Los migrantes llegaron. Yo los ayudaría a todos.",
    "Eres gay y eres valiente.",
    "Eres inmigrante. Aquí eres bienvenido.",
    "¿A poco los migrantes no son personas?",
    "Ningún musulmán es violento.",
    "No conozco a ningún musulmán que sea violento.",
    "No hay ninguna mujer que no sea bienvenida.",
    "Ninguna mujer está segura en esa ciudad.",
    "No me gusta cómo tratan a los migrantes.",
    "No me gustan los musulmanes que pegan a sus mujeres.",
    "Nunca acepté a los gays hasta que mi hijo salió del clóset.",
    "Nunca votaría por una mujer del PRI.",
    "No me fío de los judíos, ni de los cristianos, ni de nadie: soy desconfiado.",
    "Los inmigrantes viven en condiciones de mierda.",
    "Los migrantes de mi colonia son una puta maravilla.",
    "Dicen que ningún gitano es honrado, qué mentira.",
    "No culpen a los migrantes, son víctimas.",
    "No discriminen a los indígenas, son personas como todos.",
]


@pytest.mark.parametrize("text", HITS_EN)
def test_flagged_en(text):
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize("text", HITS_ES)
def test_flagged_es(text):
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", PASSES_EN)
def test_passes_en(text):
    assert_category_action(text, "approve", "hate", "en")


@pytest.mark.parametrize("text", PASSES_ES)
def test_passes_es(text):
    assert_category_action(text, "approve", "hate", "es")
