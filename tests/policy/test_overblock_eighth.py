"""Harmless comments the rules used to hold, eighth round, with the near misses that must still
be caught: a claim taken up and called false or bigotry in the next sentence, agreement with a
subject of its own elsewhere in the comment, a group depicted "as" something by someone else,
an adjective of a noun before "de" + group, age words of things, Mexican crude words rating a
situation, a feeling told as what happens to anyone, people named by what they sell, initials
typed apart, a swear word as a surname, and slurs worn with pride. Hand-written, English and
Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # A reported claim taken up in the next sentence and called false, a smear or bigotry.
    (
        "Alguien publicó en el grupo que 'todos los hondureños son rateros'. Le contestamos "
        "que eso es falso y racista.",
        "es",
        "hate",
        "approve",
    ),
    (
        "My uncle posted that 'all Somalis are thieves'. That claim is a lie, and I told him.",
        "en",
        "hate",
        "approve",
    ),
    (
        "The man at the rally shouting that Muslims are 'invaders' should be ashamed. That word "
        "is a smear.",
        "en",
        "hate",
        "approve",
    ),
    # ... but taken up and called true, a fact, or "not racist", it is the writer's claim.
    ("All Somalis are thieves. That is the truth.", "en", "hate", "flag"),
    ("Somalis are thieves. That is not racist, it's a fact.", "en", "hate", "flag"),
    ("Los hondureños son rateros. Eso es un hecho.", "es", "hate", "flag"),
    ("Los hondureños son rateros. Eso no es racismo, es la realidad.", "es", "hate", "flag"),
    # Agreement with a subject of its own in another sentence agrees with that subject.
    (
        "Un vecino escribió que 'los venezolanos son unos delincuentes'. Eso es mentira. "
        "La nota tiene razón: el odio se organiza en esos grupos.",
        "es",
        "hate",
        "approve",
    ),
    (
        'Lo de "oaxacos flojos de nacimiento" ya es exagerado. Critica la renta, que es real, '
        "no a la gente.",
        "es",
        "hate",
        "approve",
    ),
    # ... but agreeing with the claim itself, or with a comment that made it, endorses it.
    ("Alguien publicó que 'los venezolanos son delincuentes'. Y es verdad.", "es", "hate", "flag"),
    (
        "Los venezolanos son delincuentes. El comentario de arriba tiene razón.",
        "es",
        "hate",
        "flag",
    ),
    # A group depicted "as" something by someone else.
    (
        "The people slandering Sikhs as terrorists should eat at the gurdwara once.",
        "en",
        "hate",
        "approve",
    ),
    ("Cable news keeps painting Haitians as criminals for ratings.", "en", "hate", "approve"),
    ("No acepto que en mi iglesia se hable de los gays como enfermos.", "es", "hate", "approve"),
    ("Los noticieros pintan a los migrantes como delincuentes.", "es", "hate", "approve"),
    # ... but the writer's own depiction, an order to depict, or a call to treat them so is not.
    ("I would describe Sikhs as terrorists.", "en", "hate", "flag"),
    ("Describe Muslims as what they are: terrorists.", "en", "hate", "flag"),
    ("Hay que tratar a los gays como enfermos.", "es", "hate", "flag"),
    ("Yo hablo de los gays como enfermos porque lo son.", "es", "hate", "flag"),
    # A claim the same sentence calls bigotry.
    (
        "People slide into saying Jews run Congress, which is the oldest hate in the book.",
        "en",
        "hate",
        "approve",
    ),
    (
        "Dicen que los judíos controlan los bancos, lo cual es antisemitismo puro.",
        "es",
        "hate",
        "approve",
    ),
    # ... but "which is why I hate them" is hatred, not a label.
    ("Jews run Congress, which is why I hate them.", "en", "hate", "flag"),
    ("Los judíos controlan los bancos y eso lo sabe todo el mundo.", "es", "hate", "flag"),
    # An adjective of a noun before "de" + group: the noun is what is judged.
    ("En el foro se dijeron cosas horribles de las personas trans.", "es", "hate", "approve"),
    (
        "Escribieron comentarios asquerosos de los migrantes y nadie los borró.",
        "es",
        "hate",
        "approve",
    ),
    # ... but the epithet "esos asquerosos de los X" is hate.
    ("Esos asquerosos de los gitanos nos roban.", "es", "hate", "flag"),
    ("Los asquerosos de los migrantes ya llegaron.", "es", "hate", "flag"),
    # Age words said of things, of someone's parents, or of the writer's own kind.
    ("No es culpa del alcalde, es pura tubería vieja.", "es", "troll", "approve"),
    ("Ese rumor ya está muy viejo.", "es", "troll", "approve"),
    ("Pongan rampa nueva porque la vieja está rota.", "es", "troll", "approve"),
    ("Con este calor, cuiden a sus viejitos.", "es", "troll", "approve"),
    ("Si no cambia el sistema, los viejos nos vamos a seguir cayendo.", "es", "troll", "approve"),
    # ... but an old person pointed at, or the reader called old, is still an insult.
    ("Cállate, vieja esta, nadie te pidió opinión.", "es", "troll", "flag"),
    ("Eres un viejo amargado y un ridículo.", "es", "troll", "flag"),
    ("La vieja esta no sabe ni leer.", "es", "troll", "flag"),
    # Mexican crude words rating a situation or a fact.
    ("Qué cabrón que el municipio gaste en patrullas y no en lámparas.", "es", "troll", "approve"),
    ("Qué cabrón el tráfico en el puente hoy.", "es", "troll", "approve"),
    ("Allá en el rancho la sequía está más cabrona.", "es", "troll", "approve"),
    ("Qué feo que el periódico publique eso sin confirmar nada.", "es", "troll", "approve"),
    # ... but said of a person, with a copula or a second person, it is aimed.
    ("Qué cabrón que eres, Toño, siempre mintiendo.", "es", "troll", "flag"),
    ("Qué pendejo que te ves con esa gorra.", "es", "troll", "flag"),
    ("Qué cabrón el Toño, nos volvió a robar.", "es", "troll", "flag"),
    # A feeling told as what happens to anyone.
    ("When a scammer gets you, you feel stupid for months.", "en", "troll", "approve"),
    ("Cuando te estafan te sientes tonto durante meses.", "es", "troll", "approve"),
    # ... but a taunt with "now", a modal or a question is still aimed.
    ("Bet you feel stupid now.", "en", "troll", "flag"),
    ("You should feel stupid.", "en", "troll", "flag"),
    ("Te debes sentir muy tonto.", "es", "troll", "flag"),
    ("¿No te sientes tonto ahora?", "es", "troll", "flag"),
    # People named by what they sell; food words in their food sense; an animal.
    ("Los de las gorditas del mercado llevan treinta años ahí.", "es", "troll", "approve"),
    ("El señor de la esquina vende paletas de mango con chile.", "es", "troll", "approve"),
    ("Se me escapó la perra y regresó con un hueso enorme.", "es", "troll", "approve"),
    # ... but the same words aimed at a person are insults.
    ("Ese paleto de tu primo no sabe ni leer.", "es", "troll", "flag"),
    ("Eres una perra y una mentirosa.", "es", "troll", "flag"),
    # An idiom: "the bitch of it".
    ("The bitch of it is, both bills were decent.", "en", "troll", "approve"),
    ("You're a bitch and everyone here knows it.", "en", "troll", "flag"),
    # Initials typed apart are read only as spelt; a full slur typed apart is still read.
    ("Meet me at the H-E-B on Zaragoza after work.", "en", "hate", "approve"),
    ("Go back to Israel, you h.e.e.b.", "en", "hate", "flag"),
    ("You filthy k-i-k-e.", "en", "hate", "flag"),
    # A swear word as the surname after a given name.
    (
        "There's a guy named Peter Cocks on the zoning board and he read the contract.",
        "en",
        "profanity",
        "approve",
    ),
    ("Ask Tom Shitt at the county office, he keeps the permits.", "en", "profanity", "approve"),
    ("Cocks and shit everywhere on this fucking board.", "en", "profanity", "flag"),
    # Slurs worn with pride by the writer's own people.
    (
        "Jotos, lenchas, así nos decíamos en la prepa y ahora lo usamos con orgullo.",
        "es",
        "hate",
        "approve",
    ),
    # ... but pride in using them on others, or with disgust, is still hate.
    ("Jotos, así les decimos con orgullo a esos enfermos.", "es", "hate", "flag"),
    ("Jotos de mierda, nos dan asco y lo decimos con orgullo.", "es", "hate", "flag"),
    ("We call them fags proudly.", "en", "hate", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_eighth(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
