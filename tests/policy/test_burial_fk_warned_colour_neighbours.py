"""The harmless neighbours of four shapes read since misses50, with the shapes themselves: a
burial ordered (bulbs, seeds, ashes and flowers in a grave are no one; a bare "them" in an
order is someone only when people are named near; a swim is no drowning), a respelt swear
("fk" is a foreign key and a club's prefix unless a swear's phrase holds it), a people warned
of a weapon (a bat at a game, a knife at the stove; a people spoken to as "you X"), and a race
called as a name (only a race or a nationality, not after fondness, not a ball's colour)."""

import pytest

from .expect import assert_category_action, held_elsewhere

_BLOG = held_elsewhere("the blog model holds it; the rules approve")
_SWORE = held_elsewhere("profanity.aimed or troll.personal_attack holds the insult itself")

# A burial ordered: whom it falls on is the object between "put" and the grave.
BURIALS = [
    pytest.param(
        "Buy the bulbs in October, then put them in the ground before the first frost.",
        "en",
        "troll",
        "approve",
        marks=_BLOG,
    ),
    ("Soak the seeds overnight and put them in the ground.", "en", "troll", "approve"),
    pytest.param(
        "Dig a hole and put them in the ground, they'll flower by May.",
        "en",
        "troll",
        "approve",
        marks=_BLOG,
    ),
    ("Harden off the seedlings for a week, then put them in the ground.", "en", "troll", "approve"),
    ("Put Grandma's ashes in the ground beside Grandpa.", "en", "troll", "approve"),
    ("Put her ashes in the ground next to Dad.", "en", "troll", "approve"),
    ("Put flowers in her grave every Sunday.", "en", "troll", "approve"),
    ("Put them six feet under, Lakers! Win the series!", "en", "troll", "approve"),
    ("Put him in the ground, ref! What a tackle.", "en", "troll", "approve"),
    ("Just throw him in the lake, he'll learn to swim.", "en", "troll", "approve"),
    ("Just throw him in the river, he'll learn to swim.", "en", "troll", "approve"),
    ("Throw him in the lake for a swim.", "en", "troll", "approve"),
    ("Put her in the ground.", "en", "troll", "reject"),
    ("Put that reporter six feet under.", "en", "troll", "reject"),
    ("Those traitors lie to us every day. Put them in the ground.", "en", "troll", "reject"),
    ("Put them in the ground, all of those traitors.", "en", "troll", "reject"),
    ("Put Gary Wilkes in the ground.", "en", "troll", "reject"),
    ("Put you in the ground.", "en", "troll", "reject"),
    ("We will put them six feet under.", "en", "troll", "reject"),
    ("Just throw him in the lake, he can't swim anyway.", "en", "troll", "reject"),
    ("Toss his dead body in the lake.", "en", "troll", "reject"),
    ("Put the Muslims in the ground.", "en", "hate", "reject"),
]

# "fk" read as the swear only in a swear's phrase, and only in English.
RESPELT = [
    ("Drop the FK, migrate, then add the FK back.", "en", "profanity", "approve"),
    ("FK Partizan beat FK Vojvodina 3-1 last night.", "en", "profanity", "approve"),
    pytest.param(
        "Añade la FK y luego borra la FK vieja.", "es", "profanity", "approve", marks=_SWORE
    ),
    ("The FK you added points to the wrong table.", "en", "profanity", "approve"),
    ("Add an FK from orders to users and the join gets much faster.", "en", "profanity", "approve"),
    ("El FK Partizan ganó la liga.", "es", "profanity", "approve"),
    ("fk you", "en", "profanity", "reject"),
    ("fk off", "en", "profanity", "reject"),
    ("fk this", "en", "profanity", "flag"),
    ("fk the refs", "en", "profanity", "flag"),
    ("fck off", "en", "profanity", "reject"),
    ("you fcking idiot", "en", "profanity", "reject"),
]

# A people warned of a weapon: a bat at a game and a knife at the stove are a boast.
WARNED = [
    (
        "The Japanese will see what we'll do to them with the bat in the final.",
        "en",
        "hate",
        "approve",
    ),
    (
        "Los italianos ya verán lo que les voy a hacer con mi cuchillo: ¡la mejor pasta de su "
        "vida!",
        "es",
        "hate",
        "approve",
    ),
    (
        "Mis amigos mexicanos ya verán lo que les voy a hacer con el cuchillo nuevo: tacos al "
        "pastor.",
        "es",
        "hate",
        "approve",
    ),
    ("You Muslims will see what I'll do to you with my gun.", "en", "hate", "reject"),
    ("You Mexicans will see what I'm going to do to you with my knife.", "en", "hate", "reject"),
    ("Ya veréis, moros, lo que os voy a hacer con mi navaja.", "es", "hate", "reject"),
    ("Ya verán los inmigrantes lo que les voy a hacer con un bate.", "es", "hate", "reject"),
    ("Those Mexicans will see what I'm going to do to them with my knife.", "en", "hate", "reject"),
    ("You guys will see what I'll do to you with my camera.", "en", "hate", "approve"),
]

# A race or nationality called as a name; fondness, a snooker ball, a faith or a disability,
# the verb "polish" are none.
COLOUR_CALLED = [
    ("Love you, you crazy Brazilian!", "en", "hate", "approve"),
    pytest.param(
        "Go in, you stupid black! Ronnie needed that ball for the frame.",
        "en",
        "hate",
        "approve",
        marks=_SWORE,
    ),
    pytest.param(
        "Come on, you fucking black! Double or nothing on the roulette.",
        "en",
        "hate",
        "approve",
        marks=_SWORE,
    ),
    ("Polish it, you lazy polish.", "en", "hate", "approve"),
    pytest.param("Learn to referee, you damn blind.", "en", "hate", "approve", marks=_SWORE),
    pytest.param("Pass the salt, you damn native.", "en", "hate", "approve", marks=_SWORE),
    ("Shut up, you fucking black.", "en", "hate", "reject"),
    ("get lost, you stupid white", "en", "hate", "reject"),
    ("you stupid Chinese", "en", "hate", "reject"),
    ("Get lost, you lazy Polish.", "en", "hate", "reject"),
]

ROWS = BURIALS + RESPELT + WARNED + COLOUR_CALLED


@pytest.mark.parametrize("text,lang,category,expected", ROWS)
def test_shape_and_its_neighbours(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
