"""Four Spanish families of polite hate the engine let through (hold only): a people's fault
put down to its culture or birth (`hate.es_put_down`), a coded few behind the money read
across sentences (`hate.es_behind`), a place's decline told as a people's coming
(`hate.es_since_came`), and a generalisation opened by "no digo que todos, pero"
(`hate.es_not_all_but`); a racism label fended off in advance ("luego te dicen racista")
condemns nothing. Near misses that must pass: negation, reports and counter-speech,
praise, customs, politicians, developers and cartels, and English neighbours the Spanish rules
never read. All examples are our own."""

import pytest

from .expect import assert_rules_approve, rule_action

HOLDS = [
    # put down to culture, birth or upbringing
    ("hate.es_put_down", "Los hondureños del albergue se la pasan robando, es cultural."),
    ("hate.es_put_down", "Los salvadoreños de la colonia son tramposos desde la cuna."),
    ("hate.es_put_down", "Los tejanos son todos unos racistas de nacimiento."),
    ("hate.es_put_down", "Los chinos de la frontera lavan dinero, todos. Es su manera de ser."),
    ("hate.es_put_down", "Las haitianas se embarazan a propósito, es su estrategia de siempre."),
    ("hate.es_put_down", "Los gitanos no pagan la luz. Es una cultura que no valora el trabajo."),
    # the coded few behind the money
    ("hate.es_behind", "¿Quién financia las caravanas? Los mismos de siempre, los de la kipa 😏"),
    ("hate.es_behind", "Hollywood, bancos, Netflix... siempre la misma tribu. Qué casualidad."),
    (
        "hate.es_behind",
        "¿Quién es dueño de los prestamistas? Busca los apellidos. Siempre los mismos.",
    ),
    ("hate.es_behind", "Curioso que los banqueros siempre sean de esa comunidad 🤔"),
    # the decline told as a people's coming
    (
        "hate.es_since_came",
        "Mi colonia era tranquila, los niños jugaban afuera. Luego llegaron los hondureños y "
        "ahora hay drogas y balazos.",
    ),
    ("hate.es_since_came", "Antes Saltillo era tranquilo, hasta que se llenó de sureños."),
    ("hate.es_since_came", "Nadie me lo va a negar: antes de que llegaran esto no pasaba."),
    # the racism label fended off in advance is no condemnation
    (
        "hate.es_since_came",
        "Desde que llegaron los hondureños ya no se puede dormir en la cuadra, y luego te "
        "dicen racista.",
    ),
    (
        "hate.es_put_down",
        "No me vengan con que es racismo: los rumanos de la plaza roban carteras, es cultural.",
    ),
    # "no digo que todos, pero ..."
    (
        "hate.es_not_all_but",
        "No digo que todos, pero ¿se han fijado cuántos musulmanes salen en las noticias de "
        "tráfico de personas?",
    ),
    (
        "hate.es_not_all_but",
        "Yo no digo que sean malos, pero ¿ya vieron cuántos de los que vienen en la caravana "
        "andan tatuados?",
    ),
    (
        "hate.es_not_all_but",
        "No digo que todos los venezolanos sean delincuentes, pero la mayoría viene a robar.",
    ),
]

PASSES = [
    # negation, reports and counter-speech
    ("hate.es_put_down", "La violencia en Guerrero no es cultural, es el abandono del gobierno."),
    (
        "hate.es_put_down",
        "Dicen que los hondureños son violentos, pero no es cultural, es la pobreza.",
    ),
    ("hate.es_put_down", "Decir que los migrantes son flojos de nacimiento es puro racismo."),
    (
        "hate.es_put_down",
        "Mi tío dice que los hondureños roban porque es cultural, y eso es racismo puro.",
    ),
    # praise, customs, birth that is no fault
    ("hate.es_put_down", "Los oaxaqueños son bien trabajadores y alegres, es cultural."),
    ("hate.es_put_down", "Los chinos de Mexicali cocinan con mucho ajo, es su cultura."),
    ("hate.es_put_down", "Mi hijo es mexicano de nacimiento y sordo de nacimiento."),
    ("hate.es_put_down", "El gobierno sube la gasolina a propósito, es su estrategia de siempre."),
    # a synagogue, a bank, a hoax called one, politicians
    (
        "hate.es_behind",
        "El rabino de la sinagoga y el imam hicieron una comida para recaudar fondos.",
    ),
    ("hate.es_behind", "Mi tía trabaja en un banco y dice que la sinagoga de Polanco es preciosa."),
    ("hate.es_behind", "Lo de que los Rothschild controlan el dólar es un bulo antisemita."),
    (
        "hate.es_behind",
        "Los diputados de siempre votaron otra vez a favor de los bancos. Siempre los mismos.",
    ),
    (
        "hate.es_behind",
        "Aquí dicen 'sionista' por no decir judío: cuando escriben 'banqueros sionistas' es el "
        "cliché antisemita de siempre.",
    ),
    # developers and cartels, kind arrivals, reports and denials
    (
        "hate.es_since_came",
        "El barrio era tranquilo hasta que llegaron las constructoras y subieron las rentas.",
    ),
    (
        "hate.es_since_came",
        "La colonia era tranquila hasta que llegaron los narcos y la policía no hizo nada.",
    ),
    (
        "hate.es_since_came",
        "La colonia era tranquila, y cuando llegaron los venezolanos abrieron una panadería.",
    ),
    (
        "hate.es_since_came",
        "Dicen que desde que llegaron los haitianos se llenó de delincuentes, pero la fiscalía "
        "dice que los robos bajaron.",
    ),
    (
        "hate.es_since_came",
        "No es cierto que desde que llegaron los migrantes se echó a perder la ciudad.",
    ),
    # a defence after the "pero", politicians, police
    (
        "hate.es_not_all_but",
        "No digo que todos los migrantes sean santos, pero merecen un juicio justo.",
    ),
    (
        "hate.es_not_all_but",
        "No digo que todos los diputados sean corruptos, pero la mayoría votó sin leer.",
    ),
    (
        "hate.es_not_all_but",
        "No digo que todos los policías sean malos, pero cuántos casos más de abuso faltan.",
    ),
]

# English neighbours: the Spanish rules never read them.
ENGLISH = [
    "The block was quiet until the developers came and the rents doubled.",
    "I'm not saying all of them, but how many more police shootings do we need?",
    "It's cultural: the whole street cooks tamales on Christmas Eve.",
]
RULES = ("hate.es_put_down", "hate.es_behind", "hate.es_since_came", "hate.es_not_all_but")


@pytest.mark.parametrize(("rule", "text"), HOLDS)
def test_held_by_the_rule(rule, text):
    assert rule_action(text, "es", rule) == "hold", text


@pytest.mark.parametrize(("rule", "text"), PASSES)
def test_passes(rule, text):
    assert_rules_approve(text, "es", rule)


@pytest.mark.parametrize("text", ENGLISH)
def test_english_untouched(text):
    assert all(rule_action(text, "en", rule) is None for rule in RULES), text
