"""Trolling with no insult word, and insults aimed at the thread: a brush-off said to a reader
("get a hobby, Marta", "búscate otra chamba"), the readers called names as a crowd ("this comment
section is a bunch of sheep", "todos los que comentan son unos borregos"), derailing ("who cares
about the levy, did anyone catch the match?"), and the author or the thread named beside an
insult. The harmless neighbours must pass: a hot take closed with "fight me", a brush-off that
answers a bigot, friendly teasing, news that "nobody asked" the neighbours, harsh words for
officials, "off topic but" with no dare. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, expected in the troll category)
    # Brush-offs aimed at a reader.
    ("You've posted on every story today, Marta. Get a hobby.", "en", "hold"),
    ("@riverkid nobody asked, champ.", "en", "hold"),
    ("Your spelling says it all. Learn to read before you lecture us.", "en", "hold"),
    ("The author should stick to writing about car shows.", "en", "hold"),
    ("Don Tito, ya supérelo, nadie le cree.", "es", "hold"),
    ("Escribes como niño de kínder. Búscate otra chamba.", "es", "hold"),
    ("Señora, mejor vaya a dormir y deje de comentar.", "es", "hold"),
    ("Te lo explico con dibujitos a ver si así entiendes.", "es", "hold"),
    # The readers as a crowd.
    ("This comment section is a bunch of brainwashed sheep.", "en", "hold"),
    ("Everyone who agrees with this column is a fool.", "en", "hold"),
    ("Todos los que comentan aquí son unos borregos.", "es", "hold"),
    ("Ustedes son una vergüenza, de verdad.", "es", "hold"),
    # Derailing.
    ("Who cares about the levy, did anyone see the game Sunday?", "en", "hold"),
    ("Forget the zoning stuff, the real question is whether birds are real.", "en", "hold"),
    ("Ya olvídense del predial, ¿vieron el partido de anoche?", "es", "hold"),
    ("¿Y a quién le importa el drenaje? Mejor hablen de fantasmas, jaja.", "es", "hold"),
    # The author or the thread beside an insult.
    ("Author's a moron, skip this one.", "en", "hold"),
    ("The author of this column is a total clown.", "en", "hold"),
    ("Only fools in this thread would buy that.", "en", "hold"),
    # A reader filed as a stock type.
    ("Typical lazy commenter, never reads past the headline.", "en", "hold"),
    ("Eres la típica que opina de todo sin leer nada.", "es", "hold"),
    # Near misses.
    ("The typical family we serve at the pantry has three kids.", "en", "approve"),
    ("Best menudo in the valley is at the corner stand. Fight me.", "en", "approve"),
    ("Tacos de suadero > todo. Discútanme, jaja.", "es", "approve"),
    ("No, refugees are not 'vermin'. Grow up.", "en", "approve"),
    ("Threatening a reporter? Grow up and argue the point.", "en", "approve"),
    ("Nobody asked the tenants before the vote, and that is the scandal.", "en", "approve"),
    ("Nobody cares about the east side until the river floods.", "en", "approve"),
    ("A nadie le importa el drenaje de la colonia hasta que se inunda.", "es", "approve"),
    ("People keep telling victims 'just log off'. It is not that simple.", "en", "approve"),
    ("Take your pills with food, grandpa, the doctor said so.", "en", "approve"),
    ("@Lalo ya supéralo hermano, te invito unos tacos para el duelo jaja", "es", "approve"),
    ("The council is a clown show on the budget, again.", "en", "approve"),
    ("The author quotes three officials and no residents. Try harder next time.", "en", "approve"),
    ("Off topic but the Coyotes won last night. Great game.", "en", "approve"),
    ("Racist garbage in this thread today. Mods, please clean it up.", "en", "approve"),
    ("La conferencia del diputado me dio pena ajena.", "es", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_troll_jabs(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "troll", lang)
