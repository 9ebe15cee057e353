"""A group's name joined to an insult noun, threats on a group in the plural "you" or through a
pronoun, and the friendly hyperbole and counter-speech that must pass (our own sentences,
Spanish and English). "flag" means hold or reject in the row's category; each table has near
misses: insults aimed at an official or a reader, the literal senses of the words, reports,
quotes, negation, harsh opinion on a policy, and a real threat to a person that must still
hold."""

import pytest

from .expect import assert_category_action, rules_flagging

# The insult joined to the group, either order (`rules/group_epithet.py`).
EPITHETS = [
    ("Gitanos hijos de puta, siempre igual.", "es", "reject"),
    ("Esos mierdas de rumanos otra vez en la plaza.", "es", "reject"),
    ("Esa escoria de marroquíes no debería ni entrar.", "es", "reject"),
    ("¡La basura de los gitanos!", "es", "reject"),
    ("Los judíos, hijos de puta todos.", "es", "reject"),
    ("Musulmanes, panda de cabrones.", "es", "reject"),
    ("Estos cerdos de musulmanes ya se creen los dueños.", "es", "reject"),
    ("Escoria gitana, eso es lo que son.", "es", "flag"),
    ("Ese gitano cabrón me robó la bici.", "es", "hold"),
    ("Los ecuatorianos hijos de perra que viven enfrente.", "es", "flag"),
    ("Muslim bastards, every one of them.", "en", "reject"),
    ("Gypsy sons of bitches ruined the fair.", "en", "reject"),
    ("Immigrants, bunch of bastards.", "en", "reject"),
    ("That Jewish bastard next door.", "en", "hold"),
    # near misses: literal senses, the words negated, reported or quoted, a policy judged
    ("Mi perra negra se perdió cerca del parque, avisad si la veis.", "es", "approve"),
    ("Los hijos de los inmigrantes van al mismo cole que los míos.", "es", "approve"),
    ("Los gitanos no son escoria, son vecinos como tú y como yo.", "es", "approve"),
    ('Me gritaron "gitano hijo de puta" en el metro y nadie hizo nada.', "es", "approve"),
    ('Llamar "esa escoria de moros" a tus vecinos es racismo puro.', "es", "approve"),
    ("La política migratoria del gobierno es una basura.", "es", "approve"),
    ("My Jewish grandfather was a tough old man who never missed a game.", "en", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), EPITHETS)
def test_group_epithet(text, lang, expected):
    assert_category_action(text, expected, "hate", lang=lang)


# An insult aimed at one person the group word only describes, or at an official, is
# profanity or trolling (other clauses may hold it), never this rule's hate.
NOT_EPITHETS = [
    ("El hijo de puta del alcalde ha vuelto a subir el IBI.", "es"),
    ("El presidente mexicano, hijo de puta, nos vendió a todos.", "es"),
    ("Usted es una mujer amargada y cruel.", "es"),
    ("Recogimos la basura de los migrantes del albergue el domingo.", "es"),
    ("La basura de los migrantes se acumula junto al campamento.", "es"),
    ("The mayor is a son of a bitch and his housing plan is a joke.", "en"),
    ("Respect Muslims, you idiot.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_EPITHETS)
def test_not_group_epithet(text, lang):
    assert "hate.epithet" not in rules_flagging(text, lang)


# A singular insult closing the sentence after a comma and a plural group is said to the reader
# (trolling, another clause), not of the group; a plural or collective one still is.
READER_CALLED = [
    ("Respeta a los gitanos, imbécil.", "es", []),
    ("Defiendo a los musulmanes, idiota.", "es", []),
    ("Respect Muslims, you idiot.", "en", []),
    ("Leave the gays alone, you moron.", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "expected"), READER_CALLED)
def test_reader_called_not_group(text, lang, expected):
    assert rules_flagging(text, lang, ("hate",)) == expected


@pytest.mark.parametrize(
    ("text", "lang"), [("Los gitanos, escoria.", "es"), ("Muslims, idiots.", "en")]
)
def test_group_called_after_comma(text, lang):
    assert rules_flagging(text, lang, ("hate",))


# Threats on a group: Spain's plural "you", a chant with a pronoun for the group named before,
# thrown into the sea; and the reports, trips and things that pass.
GROUP_THREATS = [
    ("Moros, os echaremos al mar.", "es", "reject"),
    ("Os vamos a tirar al río, rumanos.", "es", "reject"),
    ("Los judíos mandan en todo. A la hoguera con ellos.", "es", "flag"),
    ("Los musulmanes están por todas partes. Al río con todos ellos.", "es", "flag"),
    ("Los gitanos roban. Fuera con ellos, al río.", "es", "flag"),
    ("Muslims are everywhere now. Into the river with them all.", "en", "flag"),
    ("We should drive the Palestinians into the sea.", "en", "reject"),
    ("Fuimos al río con ellos y lo pasamos genial.", "es", "approve"),
    ('Gritaron "a la hoguera con ellos" y la policía no hizo nada.', "es", "approve"),
    ('Los ultras gritaron "a la hoguera con los judíos", es vergonzoso.', "es", "approve"),
    ("Tiramos las cenizas de mi abuelo al mar, como él quería.", "es", "approve"),
    ("We threw the old couch into the river, which was dumb.", "en", "approve"),
    ('They chanted "to the stake with them" and the police did nothing.', "en", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), GROUP_THREATS)
def test_group_threat(text, lang, expected):
    assert_category_action(text, expected, "hate", lang=lang)


# A collective threat to the readers with no group named is a threat (troll); friends'
# hyperbole on a trivial condition, or laughing about a game or a party, is not; a real
# threat to a person (a debt, a home known, "not joking") still rejects.
PERSON_THREATS = [
    ("Os echaremos al mar.", "es", "reject"),
    ("We will throw you into the sea.", "en", "reject"),
    ("Si no me pagas te voy a matar.", "es", "reject"),
    # A condition alone, with no laugh and no game or party, is no play.
    ("If you come near my house again I will kill you.", "en", "reject"),
    ("Si vienes otra vez a mi casa te voy a matar.", "es", "reject"),
    ("Te voy a matar jajaja, sé dónde vives.", "es", "reject"),
    ("If you don't pay me back I'll kill you.", "en", "reject"),
    ("I will kill you, I know where you live.", "en", "reject"),
    ("Te voy a matar si no vienes a la fiesta.", "es", "approve"),
    ("Como no ganéis os voy a matar jajaja", "es", "approve"),
    ("Como no ganéis el domingo os mato, que me juego la porra.", "es", "approve"),
    ("Si llegas tarde otra vez te mato jaja", "es", "approve"),
    ("I'm gonna kill you if you don't come to the party lol", "en", "approve"),
    ("If you guys don't win tonight I'm going to kill you all haha", "en", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), PERSON_THREATS)
def test_person_threat(text, lang, expected):
    assert_category_action(text, expected, "troll", lang=lang)


# Counter-speech that lists slurs to refuse them names persons after the list; the list alone,
# or followed by a place or an order, is the slur used.
REFUSED_NAMES = [
    ("Ni sudacas ni moros: personas.", "es", []),
    ("Ni sudacas ni moros, son personas.", "es", []),
    ("No son sudacas, son vecinos.", "es", []),
    ("They are not wetbacks, they are our neighbors.", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "expected"), REFUSED_NAMES)
def test_slurs_refused(text, lang, expected):
    assert rules_flagging(text, lang) == expected


SLURS_USED = [
    ("Ni sudacas ni moros en mi barrio.", "es"),
    ("Ni sudacas ni moros: fuera todos.", "es"),
    ("No wetbacks in my town.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), SLURS_USED)
def test_slur_list_used(text, lang):
    assert "hate.slur" in rules_flagging(text, lang)
