"""Known misses and over-blocks fixed by shape, with the near misses that must keep their verdict.
Threats: one capitalised name as the object of a strong act called for by someone else ("Somebody
should beat the hell out of Maria for what she did", "alguien debería partirle la cara a
Ramírez"), while a team, a deadline, a record, a story's character or a weak act ("beat Texas")
pass. Libel: a claim after the writer's vouching frame ("I know Ruiz beats his wife", "we all
know Ortiz steals ...", "trust me, ...") names the person even when a word list holds the
surname; a record cited or a friend vouched for passes. Hate: someone else's name for a group
agreed with ("They call them vermin, and they're right", "Los llaman plaga y con razón"), while
the naming condemned or left alone passes; a group that is the one blamed, with contempt for the
blaming after a comma ("Immigrants are always blamed for everything, pathetic"), passes, while
the group as the culprit is still read; a hateful call attributed after it to history's
perpetrators ("..., decían los nazis de los judíos, y así empezó todo") is history told, unless
agreed with ("y tenían razón") or borrowed ("como decían los nazis."). Hand-written, English and
Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # One name as a threat's target, called for by someone else ...
    ("Somebody should beat the hell out of Maria for what she did", "en", "troll", "flag"),
    ("Someone ought to beat the crap out of Dennis, he had it coming", "en", "troll", "flag"),
    ("Somebody should beat the shit out of Kowalski", "en", "troll", "flag"),
    ("Someone should punch Carla in the face for what she said", "en", "troll", "flag"),
    ("I hope someone shoots Kowalski", "en", "troll", "flag"),
    ("alguien debería partirle la cara a Ramírez", "es", "troll", "flag"),
    ("Alguien tendría que romperle la cara a Gutiérrez por lo que hizo", "es", "troll", "flag"),
    ("alguien debería darle una golpiza a Ramírez", "es", "troll", "flag"),
    # ... not a team, a thing, a record, a weak act, a message or a story's character
    ("somebody should beat the Dodgers", "en", "troll", "approve"),
    ("someone should beat this deadline", "en", "troll", "approve"),
    ("beat the heat", "en", "troll", "approve"),
    ("Somebody should beat Texas this year", "en", "troll", "approve"),
    ("Someone should beat Maria's record, she set it in 1998", "en", "troll", "approve"),
    ("Someone should beat the hell out of Alabama on Saturday", "en", "troll", "approve"),
    ("We are going to beat the hell out of Tulsa on Friday night", "en", "troll", "approve"),
    ("Somebody should hire Maria for what she did", "en", "troll", "approve"),
    ("Somebody should shoot Lopez a message about the meeting", "en", "troll", "approve"),
    ("alguien debería partirle la cara al América en la final", "es", "troll", "approve"),
    ("Alguien debería partirle la madre a Monterrey el sábado", "es", "troll", "approve"),
    ("alguien debería darle las gracias a Ramírez", "es", "troll", "approve"),
    (
        "neta q la novela ya se alargó demasiado, ya maten a Leonardo de una vez jajaja",
        "es",
        "troll",
        "approve",
    ),
    # A claim vouched for by the writer names the person, surname in a word list or not ...
    ("I know Ruiz beats his wife", "en", "libel", "flag"),
    ("We all know Ortiz steals from the fund", "en", "libel", "flag"),
    ("I know for a fact Ortiz steals from the fund", "en", "libel", "flag"),
    ("I know that Ortiz pockets the parking money", "en", "libel", "flag"),
    ("we all know the sheriff takes bribes", "en", "libel", "flag"),
    ("I happen to know Councilman Ortiz steals from the fund", "en", "libel", "flag"),
    ("Trust me, Ruiz beats his wife", "en", "libel", "flag"),
    ("I know Hill beats his wife", "en", "libel", "flag"),
    ("Todos saben que Ruiz le pega a su esposa", "es", "libel", "flag"),
    ("Yo sé que Ortiz se roba el dinero del fondo", "es", "libel", "flag"),
    # ... not a friend vouched for, a deed of no harm or a record cited
    ("I know Ruiz coaches the team", "en", "libel", "approve"),
    ("I know Ruiz, and he is a good man", "en", "libel", "approve"),
    ("I know the sheriff was convicted of taking bribes", "en", "libel", "approve"),
    ("I don't know if Ruiz takes bribes", "en", "libel", "approve"),
    ("I know Ruiz lost his job", "en", "libel", "approve"),
    ("No sé si Ruiz cobra moches", "es", "libel", "approve"),
    ("Todos saben que Ruiz entrena al equipo", "es", "libel", "approve"),
    # Someone else's name for a group, agreed with ...
    ("Los llaman plaga y con razón", "es", "hate", "flag"),
    ("They call them vermin, and they're right", "en", "hate", "flag"),
    ("A los migrantes los llaman plaga y con razón", "es", "hate", "reject"),
    ("A los gitanos los llaman ratas y no se equivocan", "es", "hate", "reject"),
    ("People called them animals, and rightly so", "en", "hate", "flag"),
    ("Los llaman ratas, y tienen toda la razón", "es", "hate", "flag"),
    # ... not condemned, denied, said of criminals or a team, or a word of praise
    ("Los llaman plaga, y eso es racismo", "es", "hate", "approve"),
    ("They call them vermin, which is disgusting", "en", "hate", "approve"),
    ("A los migrantes los llaman plaga, y eso es racismo", "es", "hate", "approve"),
    ("They call them vermin, and they're wrong", "en", "hate", "approve"),
    ("Los llaman plaga y no tienen razón", "es", "hate", "approve"),
    ("A los del cartel los llaman ratas y con razón", "es", "hate", "approve"),
    ("They call them heroes, and they're right", "en", "hate", "approve"),
    ("Con razón no vino Pedro, estaba enfermo", "es", "hate", "approve"),
    # A group that is the one blamed, the blaming scorned ...
    ("Immigrants are always blamed for everything, pathetic", "en", "hate", "approve"),
    ("Muslims always get blamed first", "en", "hate", "approve"),
    ("Siempre culpan a los migrantes de todo, qué patético", "es", "hate", "approve"),
    ("Siempre culpan a los migrantes de todo. Qué patético.", "es", "hate", "approve"),
    ("Gay people are always scapegoated, so pathetic", "en", "hate", "approve"),
    ("Immigrants keep getting blamed for the housing crisis. Pathetic.", "en", "hate", "approve"),
    # ... not the group as culprit, or the word put back on the group
    ("immigrants ruin everything, pathetic", "en", "hate", "flag"),
    ("Immigrants are always blamed for everything, they are pathetic", "en", "hate", "flag"),
    ("Los migrantes son culpables de todo, qué patético", "es", "hate", "flag"),
    ("Siempre culpan a los migrantes de todo, son unos parásitos", "es", "hate", "flag"),
    # A call told as what history's perpetrators said ...
    (
        "A esos hay que colgarlos, decían los nazis de los judíos, y así empezó todo.",
        "es",
        "troll",
        "approve",
    ),
    (
        "A esos hay que colgarlos, decían los nazis de los judíos, y así empezó todo.",
        "es",
        "hate",
        "approve",
    ),
    ("Hang them all, the Klan used to say, and we know how that ended.", "en", "troll", "approve"),
    (
        "Hang them all, as the Klan used to say, and that's how it started.",
        "en",
        "troll",
        "approve",
    ),
    (
        "Hay que quemarlos a todos, gritaban los inquisidores, y así empezó todo.",
        "es",
        "troll",
        "approve",
    ),
    # ... not the writer's own call, agreed with or borrowed
    ("A esos hay que colgarlos.", "es", "troll", "reject"),
    ("A esos hay que colgarlos, como decían los nazis, y tenían razón", "es", "troll", "reject"),
    ("A esos hay que colgarlos, como decían los nazis.", "es", "troll", "reject"),
    ("Hang them all, as the Klan used to say, and they were right.", "en", "troll", "reject"),
    (
        "A los judíos hay que exterminarlos, decían los nazis, y no se equivocaban.",
        "es",
        "hate",
        "reject",
    ),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_open_list(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
