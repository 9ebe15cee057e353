"""The tenth round of named misses, as shapes (all examples our own): the writer's hatred owned
as a noun or tallied as one more reason, a group denied the same rights, a negated claim asked
back and agreed with, a people's place called narcos; and the over-blocks let through: a
"why should X not have rights?" question, an expulsion named as what nothing excuses, and a
herd's beasts crossing a river. Each with the near misses that must stay as they are."""

import pytest

from tests.policy.expect import assert_category_action, rules_flagging

FLAGGED = [
    # the writer's hatred owned as a noun, or tallied as one more reason
    ("I have nothing but hate for refugees", "en"),
    ("One more reason to hate Muslims", "en"),
    ("Yet another reason to despise the Mexicans.", "en"),
    # a group denied the same or equal rights, said or answered
    ("los gays no deberían tener los mismos derechos", "es"),
    ("gay people should not have the same rights", "en"),
    ("Trans people shouldn't have equal rights.", "en"),
    ("¿Por qué los gays deberían tener los mismos derechos? No los merecen.", "es"),
    # a negated claim asked back and agreed with
    ("¿Las mujeres no saben gobernar? Claro que no.", "es"),
    ("¿Los indígenas no saben trabajar? Por supuesto que no.", "es"),
    ("Women can't lead? Of course not.", "en"),
    # a people's place called narcos or hitmen
    ("los de Sinaloa son todos narcos", "es"),
    ("Los de Guerrero son puros sicarios.", "es"),
    # the plain denials the guards below must not let through
    ("Los migrantes no deberían tener derechos.", "es"),
]

APPROVED = [
    # hatred told of others, refused, asked or reported
    ("Lots of hate for refugees in this thread", "en"),
    ("there's no reason to hate Muslims", "en"),
    ("the reason people hate Muslims is propaganda", "en"),
    ("Is this one more reason to hate Muslims?", "en"),
    ("I have nothing but love for refugees", "en"),
    ("Fox gives viewers one more reason to hate Muslims every night", "en"),
    ("I have nothing but hate for the people who attacked refugees", "en"),
    ("One more reason to hate Muslims, according to the trolls here. Pathetic.", "en"),
    # equal rights claimed, or the negated why-question argued for the group
    ("los gays deberían tener los mismos derechos", "es"),
    ("nadie debería tener menos derechos", "es"),
    ("Why should gay people not have the same rights? They should.", "en"),
    ("Nobody should have fewer rights than gay people.", "en"),
    ("People who say gay people should not have the same rights are bigots.", "en"),
    ("Dicen que los gays no deberían tener los mismos derechos. Qué atraso.", "es"),
    ("Corporations should not have the same rights as people.", "en"),
    ("¿Por qué los migrantes no deberían tener derechos? Sí deberían.", "es"),
    ("¿Por qué los migrantes no deberían tener derechos?", "es"),
    # the asked-back claim refuted, or said of no group
    ("¿Las mujeres no saben gobernar? Claro que no es cierto.", "es"),
    ("¿Los políticos no saben gobernar? Claro que no.", "es"),
    ("Women can't lead? Of course they can.", "en"),
    # a place's people and their team; the narcos of a place; a denial
    ("los de Sinaloa ganaron", "es"),
    ("los narcos de Sinaloa son violentos", "es"),
    ("los de Sinaloa no son todos narcos", "es"),
    ("No es cierto que los de Sinaloa sean narcos.", "es"),
    ("los del cártel de Sinaloa son narcos", "es"),
    ("Los de Sinaloa son víctimas de los narcos.", "es"),
    # an expulsion named as what nothing excuses
    ("One crime is no excuse to deport all Haitians", "en"),
    ("A few bad apples are no reason to send them all back", "en"),
    ("Un robo no es excusa para deportar a todos los haitianos.", "es"),
]

HELD = [
    # the expulsion proposed after all
    ("One crime is reason enough to deport all Haitians", "en"),
    ("No excuse needed, deport all Haitians", "en"),
]

# A herd's beasts crossing a river are animals; a person called one stays held.
BEASTS_APPROVED = [
    ("Las vacas cruzan el río y traen enfermedades.", "es"),
    ("Los burros atraviesan la carretera sin mirar.", "es"),
]
BEASTS_HELD = [
    ("Eres una vaca.", "es"),
    ("Las vacas de tu familia cruzan el río.", "es"),
    ("Ustedes son unas vacas que cruzan el río.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), FLAGGED)
def test_flagged(text, lang):
    assert_category_action(text, "flag", "hate", lang)


@pytest.mark.parametrize(("text", "lang"), APPROVED)
def test_approved(text, lang):
    assert_category_action(text, "approve", "hate", lang)


# The rules pass these; the blog model already held them at the branch point.
RULES_APPROVED = [
    ("¿Por qué los gays no deberían tener los mismos derechos? Sí deberían.", "es"),
    ("¿Las mujeres no saben gobernar? Claro que no, qué tontería.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), RULES_APPROVED)
def test_rules_approved(text, lang):
    assert rules_flagging(text, lang) == [], text


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_held(text, lang):
    assert_category_action(text, "flag", "hate", lang)


@pytest.mark.parametrize(("text", "lang"), BEASTS_APPROVED)
def test_beasts_approved(text, lang):
    assert_category_action(text, "approve", "troll", lang)


@pytest.mark.parametrize(("text", "lang"), BEASTS_HELD)
def test_beasts_held(text, lang):
    assert_category_action(text, "flag", "troll", lang)
