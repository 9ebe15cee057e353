"""Hate over-blocks read again: a comparison in a group's favour ("commit less crime than
people born here"), a "not saying all X are ..., but most ..." concession that ends in praise,
a wish that falls on whoever harms a group ("I wish death on anyone who hurts immigrants": the
act is the wrongdoer's, so no group hate), and comments the writer reads about a group ("when
I see comments here about women being ..."). Each with the violating twin that stays flagged.
All examples are our own."""

import pytest

from .expect import assert_category_action

HITS = [
    # the comparison against the group, or with nothing compared but the group
    ("Immigrants are less than people.", "en"),
    ("Immigrants are less human than people born here.", "en"),
    ("Immigrants have less value than real people.", "en"),
    ("Los inmigrantes valen menos que la gente de aquí.", "es"),
    # the concession that ends in a vice, a denial, a doubt or a harm
    ("I'm not saying all Haitians are bad, but most of them are lazy.", "en"),
    ("I'm not saying all Mexicans are criminals, but most of them are.", "en"),
    ("I'm not saying all Mexicans are angels, but most of them steal.", "en"),
    ("I'm not saying all Mexicans are criminals, but most of them don't work.", "en"),
    ("I'm not saying all Haitians are thieves, but have you ever met an honest one?", "en"),
    ("No digo que todos los haitianos sean buenos, pero la mayoría roba.", "es"),
    # a wish that falls on the group itself
    ("I wish death on all immigrants", "en"),
    ("I hope immigrants get hurt.", "en"),
    ("I wish someone would hurt those immigrants.", "en"),
    ("I hope someone hurts the immigrants in that shelter.", "en"),
    ("Ojalá se mueran todos los inmigrantes.", "es"),
    # the claim said plainly, with no comments read
    ("Women are too emotional for office.", "en"),
    ("Los haitianos no se adaptan.", "es"),
    # arrival told as coming to steal, a place between ("llegaron a Juárez a puro robar")
    ("Esos venezolanos llegaron a Juárez a puro robar.", "es"),
    ("Esos venezolanos llegaron a robar, antes no había tantos asaltos.", "es"),
]

PASSES = [
    ("Immigrants commit less crime than people born here.", "en"),
    ("Immigrants commit less violent crime than people born here.", "en"),
    ("Refugees have fewer arrests than people born in this county.", "en"),
    ("Los inmigrantes cometen menos delitos que la gente nacida aquí.", "es"),
    ("I'm not saying all Haitians are good, but most of them work hard.", "en"),
    ("I'm not saying all Mexicans are saints, but most of them are honest people.", "en"),
    (
        "I'm not saying all Haitians are angels, but most of them are hard-working and pay "
        "their taxes.",
        "en",
    ),
    ("Not all of them, sure, but most of them are kind.", "en"),
    ("No digo que todos los haitianos sean buenos, pero la mayoría trabaja duro.", "es"),
    ("I wish death on anyone who hurts immigrants", "en"),
    ("I hope whoever hurts immigrants dies.", "en"),
    ("I wish death on anyone who attacks Muslims.", "en"),
    ("Ojalá se mueran los que lastiman a los inmigrantes.", "es"),
    (
        "When I see comments here about women being too emotional for office, I think about "
        "my mother reading those notes.",
        "en",
    ),
    (
        "Cuando leo comentarios de que los haitianos no se adaptan, me dan ganas de invitarlos "
        "a comer.",
        "es",
    ),
    ("Dicen que los venezolanos llegaron a puro robar, y es mentira: vinieron a trabajar.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), HITS)
def test_flagged(text, lang):
    assert_category_action(text, "flag", "hate", lang)


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_passes(text, lang):
    assert_category_action(text, "approve", "hate", lang)
