"""A protected group's name used as an insult or put-down (rule hate.identity_insult), and
Spanish diminutives and augmentatives of a listed slur (read as the slur by the analysis).

The frame decides: an imperative put-down ("don't be such a X", "no seas X") rejects; an
exclamation alone ("qué X eres", "that's so X") or "eres un X" holds, unless the comment admires;
a nationality counts only beside a put-down word; a gender or (non-stereotyped) faith word holds
at most, and only in an imperative. Near misses that must pass: the same frames
with ordinary words, people naming their own identity, an identity described warmly, nationality
banter, and the words quoted, reported or condemned. All examples are our own."""

import pytest

from moderation.policy import Submission, screen
from tests.policy.expect import assert_category_action

RULE = "hate.identity_insult"

HITS = [
    # imperative put-downs: the group's name is the insult
    ("don't be such a jew and pay your share", "en", "reject"),
    ("Stop being such a Jew about the bill", "en", "reject"),
    ("stop acting so gay", "en", "reject"),
    ("Quit acting so gay, man", "en", "reject"),
    ("Don't act like a gypsy", "en", "reject"),
    ("no seas judío y paga tu parte", "es", "reject"),
    ("no seas indio", "es", "reject"),
    ("no seas gitano", "es", "reject"),
    ("Deja de ser tan judío y presta el dinero", "es", "reject"),
    ("No te comportes como un indio", "es", "reject"),
    ("Oye, no seas indio", "es", "reject"),
    ("Please stop being so gay about everything", "en", "reject"),
    # exclamations and weaker frames: a person decides
    ("qué judío eres, no sueltas ni un peso", "es", "hold"),
    ("que autista eres, no entiendes nada", "es", "hold"),
    ("that's so gay", "en", "hold"),
    ("this is so gay lol", "en", "hold"),
    ("What a Jew you are, cheapskate", "en", "hold"),
    ("You're such a Jew, always pinching pennies", "en", "hold"),
    ("eres un gitano", "es", "hold"),
    ("qué judío que eres", "es", "hold"),
    # a gender word: an imperative holds
    ("don't be such a woman about it", "en", "hold"),
    ("no seas mujer, pelea", "es", "hold"),
    # a nationality beside a put-down word
    ("no seas gringo de mierda", "es", "hold"),
    ("No seas mexicano, flojo", "es", "hold"),
]


@pytest.mark.parametrize(("text", "lang", "action"), HITS)
def test_group_name_as_put_down(text: str, lang: str, action: str) -> None:
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    found = [f for f in verdict.findings if f.rule == RULE]
    assert found, text
    assert max(str(f.action) for f in found) == action, text
    assert_category_action(text, "flag", "hate", lang)


DIMINUTIVES = [
    ("los jotitos del desfile dan asco", "es"),
    ("Ese mariconcito no sabe nada", "es"),
    ("Un sudacazo me quitó el puesto", "es"),
]


@pytest.mark.parametrize(("text", "lang"), DIMINUTIVES)
def test_derived_slur(text: str, lang: str) -> None:
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    assert any(f.rule == "hate.slur" for f in verdict.findings), text


PASSES = [
    # the same frames with ordinary words
    ("don't be such a stranger", "en"),
    ("no seas malo", "es"),
    ("Don't be shy, gay people are welcome here", "en"),
    ("No seas tímido, los gitanos también pueden venir", "es"),
    ("Stop being so hard on gay people", "en"),
    ("Deja de ser tan duro con los judíos", "es"),
    ("that's so gay people can marry now", "en"),
    # a statement or a clause, not a command
    ("I'll never stop being gay", "en"),
    ("Me da igual que no seas judío", "es"),
    ("Aunque no seas gitano, eres bienvenido", "es"),
    # people naming or describing an identity
    ("I'm Jewish and proud", "en"),
    ("soy indígena y a mucha honra", "es"),
    ("he's so gay and so happy with his husband", "en"),
    ("Qué orgullosa estoy de ser gitana", "es"),
    ("Eres judío? Qué bien, yo también", "es"),
    ("what a Jewish thing to celebrate, love it", "en"),
    ("eres un mexicano de corazón", "es"),
    ("what a Muslim woman she is, so brave", "en"),
    ("qué gitano eres bailando, me encanta", "es"),
    # a believer's exhortation about a faith
    ("Don't be a Muslim in name only, live your faith", "en"),
    ("No seas cristiano solo los domingos", "es"),
    ("qué mujer eres, te admiro", "es"),
    ("what a woman you are", "en"),
    ("You are a Jew? Me too, welcome", "en"),
    # disability words in their figurative sense
    ("don't be so blind to the facts", "en"),
    ("no seas ciego, mira los datos", "es"),
    # nationality banter: no put-down word beside it
    ("qué mexicano eres, siempre con chile", "es"),
    ("that's so American of you", "en"),
    ("no seas gringo, ven a la fiesta", "es"),
    ("Don't be so British about it, just ask her", "en"),
    # quoted, reported or condemned
    ("he told her 'don't be such a jew' and got fired, good", "en"),
    ('My grandma always said "don\'t be such a Jew" and I hated it', "en"),
    ('Saying "that\'s so gay" is homophobic.', "en"),
    ('Mi jefe me dijo "no seas indio" y lo denuncié', "es"),
    ('Decir "no seas gitano" es racismo puro', "es"),
    ('Es racista decir "no seas gitano".', "es"),
    ('Frases como "no seas indio" deberían desaparecer.', "es"),
    ('Odio cuando la gente dice "qué judío eres".', "es"),
    # diminutives of ordinary words and of slurs that have ordinary senses
    ("Mi perrito y mi gatito duermen juntos", "es"),
    ("El morito de la foto es mi sobrino", "es"),
]


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_near_miss_passes(text: str, lang: str) -> None:
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    assert not [f for f in verdict.findings if f.rule == RULE], text
    assert_category_action(text, "approve", "hate", lang)
