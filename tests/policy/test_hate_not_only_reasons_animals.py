"""Readings added for named misses, each with its near misses and harmless neighbours: "not
only X, also Y" adds rather than denies; the reader judged with a group as the reason; "you
sound like a X" for gender and faith; a slur called deserved; death wished on a group; one
person pointed at with "aquella"; "Aren't X just the worst" without its "?"; "nothing but a
X" for a nationality; English animal names for one person. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action, held_elsewhere, rules_flagging

CASES = [
    # (text, lang, category, expected)
    # "No solo X, también Y" / "not only X, they also Y": both halves are said of the group.
    ("Los migrantes no solo roban, también matan", "es", "hate", "reject"),
    ("Los gitanos no solo trabajan poco, sino que también roban", "es", "hate", "reject"),
    ("Immigrants not only steal, they also kill", "en", "hate", "reject"),
    ("Muslims not only work here, they also steal", "en", "hate", "reject"),
    ("Los migrantes no solo trabajan, también traen problemas", "es", "hate", "hold"),
    ("Los migrantes no solo trabajan, también pagan impuestos", "es", "hate", "approve"),
    ("Los migrantes no solo traen problemas, también traen soluciones", "es", "hate", "approve"),
    ("Los migrantes no roban", "es", "hate", "approve"),
    ("No solo los migrantes roban, también los políticos", "es", "hate", "approve"),
    ("Immigrants not only work, they also pay taxes", "en", "hate", "approve"),
    ("Immigrants not only work hard, but they steal nothing from anyone", "en", "hate", "approve"),
    # The reader judged with a protected group as the reason.
    ("You're not smart because you're a woman", "en", "hate", "reject"),
    ("You're not welcome here because you're a woman", "en", "hate", "reject"),
    ("You are useless for being a woman", "en", "hate", "reject"),
    ("No eres inteligente porque eres mujer", "es", "hate", "reject"),
    ("No eres bienvenido aquí por ser gay", "es", "hate", "reject"),
    (
        "You're not wrong because you're a woman, you're wrong because your numbers are off",
        "en",
        "hate",
        "approve",
    ),
    ("You're not smart because you're a woman, but because you work hard", "en", "hate", "approve"),
    ("You're not welcome here because you keep spamming links", "en", "hate", "approve"),
    ("Are you not welcome here because you're a woman?", "en", "hate", "approve"),
    ("He said I'm not welcome because I'm a woman", "en", "hate", "approve"),
    pytest.param(
        "No eres lista por ser mujer, eres lista porque estudias",
        "es",
        "hate",
        "approve",
        marks=held_elsewhere("the blog model (model.blog.short) holds it; the rules approve"),
    ),
    # "You sound like a X" for gender and faith, closing its clause.
    ("You sound like a Muslim", "en", "hate", "hold"),
    ("You sound like a woman", "en", "hate", "hold"),
    ("Hablas como una mujer", "es", "hate", "hold"),
    ("You sound like a woman I used to work with", "en", "hate", "approve"),
    ("You sound like my grandmother, who was a proud Muslim", "en", "hate", "approve"),
    ("Habla como un cristiano, que no te entiendo", "es", "hate", "approve"),
    ("You sound like a Christian, God bless you", "en", "hate", "approve"),
    # A slur called deserved.
    ("Llamarle maricón es lo mínimo que merece", "es", "hate", "reject"),
    ("Llamarle maricón es quedarse corto", "es", "hate", "reject"),
    ("Calling him a faggot is the least he deserves", "en", "hate", "reject"),
    ("Llamarle maricón es inaceptable", "es", "hate", "approve"),
    ("Calling him a faggot is disgusting", "en", "hate", "approve"),
    ("Una multa es lo mínimo que merece por mentir", "es", "hate", "approve"),
    # Death wished on a group.
    ("I wish death on immigrants", "en", "hate", "reject"),
    ("I wish death upon all Muslims", "en", "hate", "reject"),
    ("I wish death on no one", "en", "hate", "approve"),
    ("I wish the death penalty were abolished", "en", "hate", "approve"),
    ("I would never wish death on immigrants", "en", "hate", "approve"),
    ("People who wish death on immigrants are monsters", "en", "hate", "approve"),
    # One person pointed at with a demonstrative is a personal attack, not group hate.
    ("Aquella mujer es una víbora", "es", "troll", "hold"),
    ("Esa mujer es una rata", "es", "troll", "hold"),
    ("Aquellas mujeres son unas víboras", "es", "hate", "reject"),
    # English asks by its word order: "Aren't X ..." needs no "?".
    ("Aren't Muslims just the worst", "en", "hate", "reject"),
    ("Aren't immigrants the worst", "en", "hate", "reject"),
    ("Aren't women just the best", "en", "hate", "approve"),
    ("Aren't Muslims allowed to pray here", "en", "hate", "approve"),
    ("Los musulmanes no son lo peor", "es", "hate", "approve"),
    # "Nothing but a X": a nationality too, with the bare reducers only.
    ("You are nothing but a Mexican", "en", "hate", "hold"),
    ("No eres más que un mexicano", "es", "hate", "hold"),
    ("You're just a Mexican like me, relax", "en", "hate", "approve"),
    ("You're only a Canadian, so you can't vote here", "en", "hate", "approve"),
    # English animal names for one person, as Spanish holds "es una rata".
    ("This woman is a pig", "en", "troll", "hold"),
    ("That guy is a rat", "en", "troll", "hold"),
    ("You're such a pig", "en", "troll", "hold"),
    ("Ese tipo es una rata", "es", "troll", "hold"),
    ("This dog is a pig about food", "en", "troll", "approve"),
    ("That politician is a liar about the budget", "en", "troll", "approve"),
    ("He ate like a pig at the buffet", "en", "troll", "approve"),
    ("My guinea pig is a rat", "en", "troll", "approve"),
    ("The lab rat escaped", "en", "troll", "approve"),
    ("Rats, I missed the bus", "en", "troll", "approve"),
    ("That woman is not a snake", "en", "troll", "approve"),
]


@pytest.mark.parametrize("text,lang,category,expected", CASES)
def test_named_reading(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)


# One person pointed at: a personal attack (held above as trolling), no hate finding.
ONE_PERSON = [
    ("Aquella mujer es una víbora", "es"),
    ("Esa mujer es una rata", "es"),
    ("That woman is a snake", "en"),
]


@pytest.mark.parametrize("text,lang", ONE_PERSON)
def test_one_person_pointed_at_is_no_hate(text: str, lang: str) -> None:
    assert rules_flagging(text, lang, ("hate",)) == [], text
