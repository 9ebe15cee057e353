"""Shapes a comment took past the engine (our own sentences, each one example of its shape),
with the hard harmless neighbours of each: a Spanish disease metaphor with its copula turned
round, a people hunted or warned of a weapon, women said to be asking to be raped, a colour as
the name a person is called, respelt swears and an oath at a name, a burial ordered, and the
writer of a piece insulted in the third person."""

import pytest

from .expect import assert_category_action, category_action

# A people as what a singular subject is, the copula turned round ("El cáncer de
# este país son los X"), against "es la corrupción" and the good said the same way.
INVERTED = [
    ("El cáncer de este país son los inmigrantes.", "es", "hate", "flag"),
    ("La plaga de este barrio son los gitanos", "es", "hate", "flag"),
    ("La peste de Europa son los judíos.", "es", "hate", "flag"),
    ("La lacra de esta sociedad son los negros", "es", "hate", "flag"),
    ("El cáncer de este país eran los gitanos", "es", "hate", "flag"),
    ("Pero el cáncer de España son los musulmanes.", "es", "hate", "flag"),
    ("La ruina de este pueblo son los mexicanos", "es", "hate", "flag"),
    ("El cáncer de este país es la corrupción.", "es", "hate", "approve"),
    ("La plaga de los cárteles azota el norte.", "es", "hate", "approve"),
    (
        "El oncólogo explicó que el cáncer entre los migrantes se detecta tarde.",
        "es",
        "hate",
        "approve",
    ),
    ("Lo mejor de este país son los inmigrantes.", "es", "hate", "approve"),
    ("La fuerza de este barrio son los inmigrantes.", "es", "hate", "approve"),
    ("El cáncer de este país son los que odian a los inmigrantes.", "es", "hate", "approve"),
    ("El motor de la economía son los inmigrantes.", "es", "hate", "approve"),
    ("¿El cáncer de este país son los inmigrantes? No, es la corrupción.", "es", "hate", "approve"),
    ("El cáncer de este país son los políticos corruptos.", "es", "hate", "approve"),
]

# A people threatened whoever of them remains, or warned of a deed with a weapon; the
# ballot box, deer, the police and a cake recipe are no threat.
HUNTED = [
    ("Les daré caza a los judíos que queden.", "es", "hate", "reject"),
    ("Daré caza a los gitanos que queden.", "es", "hate", "reject"),
    ("Mataremos a los gitanos que encontremos.", "es", "hate", "reject"),
    ("We will kill the Jews that remain.", "en", "hate", "reject"),
    ("Ya verán los inmigrantes lo que les voy a hacer con mi pistola.", "es", "hate", "flag"),
    ("Los judíos ya verán lo que les haré con mi escopeta.", "es", "hate", "flag"),
    ("Los gitanos van a ver lo que les hago con un bate.", "es", "hate", "flag"),
    ("Those immigrants will see what I'll do to them with my gun.", "en", "hate", "flag"),
    ("Ya verán los diputados lo que les voy a hacer en las urnas.", "es", "hate", "approve"),
    ("Mañana salgo a cazar ciervos con mi padre.", "es", "hate", "approve"),
    (
        "Que los guardias le disparen a refugiados desarmados es un crimen.",
        "es",
        "hate",
        "approve",
    ),
    ("La policía dio caza a los ladrones del banco.", "es", "hate", "approve"),
    ("Los judíos que quedan en el barrio son buena gente.", "es", "hate", "approve"),
    ("Ayudaremos a los inmigrantes que queden sin papeles.", "es", "hate", "approve"),
    ("Let's help the immigrants that remain in the shelter.", "en", "hate", "approve"),
    ("Ya verán los niños lo que les voy a hacer con mi receta de pastel.", "es", "hate", "approve"),
    ("My kids will see what I'll do to them with my camera at the party.", "en", "hate", "approve"),
]

# Women said to be asking to be raped; reports, denials and teams asking to be beaten pass.
VICTIM_BLAMED = [
    ("Girls who drink at parties are asking to be raped.", "en", "hate", "flag"),
    ("Women who wear short skirts are asking to be assaulted.", "en", "hate", "flag"),
    ("Any woman who walks alone at night is asking to get raped.", "en", "hate", "flag"),
    ("Las mujeres que visten así están pidiendo que las violen.", "es", "hate", "flag"),
    ("Las chicas que salen solas de noche andan buscando que las violen.", "es", "hate", "flag"),
    (
        "Saying girls who drink are asking to be raped is disgusting victim-blaming.",
        "en",
        "hate",
        "approve",
    ),
    ("No woman is ever asking to be raped, no matter what she wears.", "en", "hate", "approve"),
    ("Teams that play that sloppy are asking to be beaten.", "en", "hate", "approve"),
    ("Drivers who text are asking for a crash.", "en", "hate", "approve"),
    (
        "Decir que las mujeres que visten así están pidiendo que las violen es asqueroso.",
        "es",
        "hate",
        "approve",
    ),
    ("Ninguna mujer pide que la violen.", "es", "hate", "approve"),
]

# A colour or identity adjective as the name "you" are called; a legend, coffee, a van pass.
COLOUR_CALLED = [
    ("Shut up, you fucking black.", "en", "hate", "reject"),
    ("shut up you stupid black", "en", "hate", "reject"),
    ("get lost, you stupid white", "en", "hate", "reject"),
    ("you stupid Chinese", "en", "hate", "reject"),
    ("you fucking legend", "en", "hate", "approve"),
    ("I drink black coffee, no sugar.", "en", "hate", "approve"),
    ("The black Dodge was parked outside.", "en", "hate", "approve"),
    ("Did you see the stupid white van?", "en", "hate", "approve"),
    ("you black belt guys are scary", "en", "hate", "approve"),
    ("You look great in black.", "en", "hate", "approve"),
    ('He called me "you fucking black" and walked off, I reported him.', "en", "hate", "approve"),
]

# The respelt core swear ("fck", "fk") read as the word, and the oath with a Spanish
# determiner; a cheer, an exclamation, counter-speech, a report and an oath at a bare name
# ("Fck ICE.", as "Fuck ICE." passes) pass.
MASKED_OATHS = [
    ("fck off", "en", "profanity", "reject"),
    ("fk you", "en", "profanity", "reject"),
    ("fck this", "en", "profanity", "flag"),
    # one curse at an institution is harsh opinion, as "Fck ICE." (overblocks51)
    ("fck the police", "en", "profanity", "approve"),
    # ... but only bodies may be joined to the body: "and their budget" is held (mendob)
    ("Fck the council and their budget", "en", "profanity", "flag"),
    ("fck the refs", "en", "profanity", "flag"),
    ("Fck ICE.", "en", "profanity", "approve"),
    ("fuck la migra", "es", "profanity", "approve"),
    ("fuck la migra, pinches culeros", "es", "profanity", "flag"),
    ("Fuck Yeah, what a goal", "en", "profanity", "approve"),
    ("Fuck, Tuesday again", "en", "profanity", "approve"),
    ("fuck the trolls, immigrants are welcome here", "en", "profanity", "approve"),
    ("I said fuck ICE at the protest and I'd say it again", "en", "profanity", "approve"),
    ("Fuck It, let's go", "en", "profanity", "approve"),
    ("The FK Partizan match was postponed.", "en", "profanity", "approve"),
]

# Disposal or burial of a person ordered; the body of a bill, crime news, bulbs and a
# funeral pass.
BURIALS = [
    ("Throw his body in the river.", "en", "troll", "reject"),
    ("Put her in the ground.", "en", "troll", "reject"),
    ("Put that reporter in the ground.", "en", "troll", "reject"),
    ("put him six feet under", "en", "troll", "reject"),
    ("Toss his corpse in the lake.", "en", "troll", "reject"),
    ("Throw their bodies in the river.", "en", "troll", "reject"),
    ("Throw the body of the bill in the river, it's dead anyway.", "en", "troll", "approve"),
    ("Police found a body in the river.", "en", "troll", "approve"),
    ("They threw his body in the river in 1998, and nobody was charged.", "en", "troll", "approve"),
    ("Put the bulbs in the ground before the frost.", "en", "troll", "approve"),
    ("Put her in the ground floor office.", "en", "troll", "approve"),
    ("We put Dad in the ground on Tuesday.", "en", "troll", "approve"),
    ("We threw the kids in the lake all summer.", "en", "troll", "approve"),
]

# The writer of the piece insulted in the third person; praise, a denial, a law judged pass.
AUTHOR_INSULTED = [
    ("La que escribió esto es una estúpida.", "es", "troll", "flag"),
    ("El que escribió esto es un idiota.", "es", "troll", "flag"),
    ("La que escribió esto es una ignorante.", "es", "troll", "flag"),
    ("El que escribió esto es un tarado.", "es", "troll", "flag"),
    ("La que escribió esto es una imbécil.", "es", "troll", "flag"),
    ("La que escribió esto es una genia.", "es", "troll", "approve"),
    ("El que escribió esto sabe de lo que habla.", "es", "troll", "approve"),
    ("Esta ley es estúpida.", "es", "troll", "approve"),
    ("El que escribió esto no es un idiota.", "es", "troll", "approve"),
]

ROWS = INVERTED + HUNTED + VICTIM_BLAMED + COLOUR_CALLED + MASKED_OATHS + BURIALS + AUTHOR_INSULTED


@pytest.mark.parametrize("text,lang,category,expected", ROWS)
def test_missed_shape_and_its_neighbours(
    text: str, lang: str, category: str, expected: str
) -> None:
    assert_category_action(text, expected, category, lang)


# Swearing that names no race, held or rejected as profanity only: a question, a colour
# chosen, the word set off by commas.
NO_RACE_CALLED = [
    "Are you fucking black?",
    "I told you, damn white, not cream",
    "Why did you paint the whole damn fence fucking black?",
]


@pytest.mark.parametrize("text", NO_RACE_CALLED)
def test_a_colour_not_called_is_no_hate(text: str) -> None:
    assert category_action(text, "hate", "en") == "approve", text
