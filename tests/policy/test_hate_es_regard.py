"""Spanish hate in the shapes added for the denied regard of a group, hatred told in the past,
implicit derogation and the slurs for indigenous, gay and trans people, with the near misses
that must stay approved: counter-speech quoting a slur, a word talked about in quotes, a
negated or outgrown hatred, a policy about numbers, a homonym (a pet, an invitation), and
sympathy for a group. Hand-written, Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # Regard denied after a modal or an auxiliary ("no puedo respetar a", "nunca me han gustado")
    ("No puedo respetar a los gitanos.", "es", "hate", "flag"),
    ("Nunca voy a aceptar a las personas trans.", "es", "hate", "flag"),
    ("No soy capaz de tolerar a los musulmanes.", "es", "hate", "flag"),
    ("Nunca me han caído bien los judíos.", "es", "hate", "flag"),
    # ... said after the group, or as not caring
    ("Los indígenas no me caen nada bien.", "es", "hate", "flag"),
    ("Las lesbianas nunca me han gustado.", "es", "hate", "flag"),
    ("No me importan una mierda los inmigrantes.", "es", "hate", "flag"),
    ("Los discapacitados valen una mierda.", "es", "hate", "flag"),
    ("No tengo ningún respeto por los gays.", "es", "hate", "flag"),
    ("Las mujeres no merecen nuestra compasión.", "es", "hate", "flag"),
    # ... but how many, a treatment, an act or some of them is no regard denied
    ("No podemos aceptar a más refugiados este año, no hay plazas.", "es", "hate", "approve"),
    ("No puedo aceptar que traten así a los gitanos.", "es", "hate", "approve"),
    ("No me gusta cómo tratan a los migrantes en la frontera.", "es", "hate", "approve"),
    ("No me gustan las películas sobre gitanos, son todas iguales.", "es", "hate", "approve"),
    # Hatred told in the past, after the group was named ...
    ("Conocí a varios gitanos en la universidad, y los odiaba a todos.", "es", "hate", "flag"),
    ("He visto a los gays en la tele y dan asco.", "es", "hate", "flag"),
    # ... not a hatred outgrown, nor someone else's pity or an infinitive's topic
    ("Odiaba a los gitanos hasta que conocí a mi cuñado.", "es", "hate", "approve"),
    ("Vi a unos migrantes en la estación y dan pena, nadie los ayuda.", "es", "hate", "approve"),
    (
        "Hay una diferencia entre criticar la política de Marruecos y odiar a los marroquíes.",
        "es",
        "hate",
        "approve",
    ),
    # Implicit derogation: surprise at a member's competence, a backhanded compliment ...
    ("Me sorprende que un indígena sepa leer.", "es", "hate", "flag"),
    ("Es bastante listo para ser gitano.", "es", "hate", "flag"),
    ("Nunca votaría a una mujer.", "es", "hate", "flag"),
    ("Ojalá no hubiera musulmanes en mi barrio.", "es", "hate", "flag"),
    ("Las mujeres tienen que aprender cuál es su lugar.", "es", "hate", "flag"),
    ("Los judíos deberían llevar una marca para reconocerlos.", "es", "hate", "flag"),
    ("Hay que tener a los gays lejos de los niños.", "es", "hate", "flag"),
    ("Mi perro es más listo que cualquier negro.", "es", "hate", "flag"),
    ("No me extraña, era un gitano.", "es", "hate", "flag"),
    ("Los indígenas siempre dan problemas.", "es", "hate", "flag"),
    # ... but a refusal for another reason, a surprise negated, sympathy, news
    ("No votaría a una mujer solo por ser mujer, votaría a la mejor.", "es", "hate", "approve"),
    ("Nunca votaría a una mujer del PRI, ni a un hombre.", "es", "hate", "approve"),
    ("No me sorprende que los indígenas sepan leer, ¿por qué no?", "es", "hate", "approve"),
    ("Ojalá hubiera más mujeres en el Congreso.", "es", "hate", "approve"),
    ("Es una pena que haya tan pocas mujeres en ciencia.", "es", "hate", "approve"),
    # Slurs for indigenous, gay and trans people, and their homonyms
    ("Eres un cacorro.", "es", "hate", "flag"),
    ("Eres un chuncho.", "es", "hate", "flag"),
    ("Mi compañero es un maricueca.", "es", "hate", "flag"),
    ("Esa vestida me da asco.", "es", "hate", "flag"),
    ("playos de mierda, que los metan presos a todos", "es", "hate", "flag"),
    ("Llegó vestida de rojo a la boda.", "es", "hate", "approve"),
    ("La perra de mi vecina tuvo cachorros, ¿alguien quiere uno?", "es", "hate", "approve"),
    (
        "Si gana tu candidato te invito los tacos, si gana el mío me invitas.",
        "es",
        "hate",
        "approve",
    ),
    # ... a slur talked about in quotes, or quoted to condemn it
    ('Ahora "naco" y "buchón" son estética de lujo en los corridos.', "es", "hate", "approve"),
    ('Llamar "cacorro" a alguien es homofobia, y punto.', "es", "hate", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_hate_es_regard(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
