"""Kindness to a people taken back with an exit ("X deserve respect... from a distance", "X are
welcome to go back home", "ayudémosles a hacer las maletas") and an attack on a people approved
once done ("Finally someone beat up the X, about time", "quien agreda a los X hace bien"): the
rules hold them by themselves (`hate.kindness_taken_back`). Near misses must pass: sincere
respect, welcomes and help, help to return safely, attackers arrested, a negation, a question of
approval about something else. All examples are our own."""

import pytest

from tests.policy.expect import assert_category_action, rule_action

_RULE = "hate.kindness_taken_back"

TAKEN_BACK_EN = [
    "Gay people deserve respect... from a distance.",
    "Muslims deserve love, just from far away.",
    "I respect trans people, from the other side of the wall.",
    "Refugees deserve compassion. Somewhere else.",
    "Muslims are welcome to go back home.",
    "Mexicans are more than welcome to leave.",
    "We should invite all the migrants to leave.",
    "Let's help the illegals pack their bags.",
    "Kindly ask the Somalis to find the exit, then escort them to the border.",
    "Immigrants deserve a one-way ticket home.",
    "Let's buy the Haitians a one way ticket.",
]

TAKEN_BACK_ES = [
    "Los gays merecen respeto... pero lejos.",
    "Los musulmanes merecen respeto, pero en su país.",
    "Respeto a los gitanos, pero de lejos.",
    "Los inmigrantes son bienvenidos a regresarse a su país.",
    "Los venezolanos están invitados a largarse.",
    "Ayudémosles a hacer las maletas a los marroquíes.",
    "Invitemos a los migrantes a irse cuanto antes.",
    "Los haitianos se merecen un boleto de ida.",
]

CHEERED_EN = [
    "Finally someone beat up the Somalis on our street, about time.",
    "Good, somebody finally burned out the Pakistanis next door.",
    "Someone attacked the Jews at the bus stop. Good riddance.",
    "They chased the gypsies out of town last night, serves them right.",
    "Whoever beats up gays did good.",
]

CHEERED_ES = [
    "Quien agreda a los gays hace bien.",
    "Por fin alguien les dio una paliza a los gitanos, ya era hora.",
    "Golpearon a unos haitianos en mi colonia, se lo merecían.",
    "Ya era hora de que alguien golpeara a los marroquíes del barrio.",
    "Atacaron a los migrantes en la plaza, bien hecho.",
]

PASSES_EN = [
    "Gay people deserve respect.",
    "Muslims deserve respect, full stop.",
    "Trans people deserve dignity in their own country and abroad.",
    "Refugees deserve respect wherever they live.",
    "Refugees are welcome here.",
    "Muslims are welcome to join the reading group.",
    "Let's help the refugees settle in.",
    "We should help refugees return home safely once the war is over.",
    "Let's help the Ukrainians leave the war zone.",
    "Let's invite the Somali families to the street party.",
    "Refugees deserve a ticket to safety.",
    "Finally someone stood up for the Somalis on our street.",
    "Finally the men who beat up the Somalis were arrested.",
    "Good that nobody attacked the Jews at the march.",
    "Someone attacked the Muslims at the bus stop. Disgusting.",
    "Finally the city opened a new clinic, about time.",
]

PASSES_ES = [
    "Los gays merecen respeto.",
    "Los inmigrantes son bienvenidos.",
    "Los refugiados son bienvenidos a quedarse el tiempo que necesiten.",
    "Ayudemos a los migrantes a encontrar trabajo.",
    "Ayudemos a los refugiados a volver a su casa a salvo cuando termine la guerra.",
    "Por fin detuvieron a los que golpearon a los gitanos.",
    "Golpearon a unos haitianos en mi colonia, qué vergüenza.",
    "Por fin alguien defendió a los migrantes, ya era hora.",
    "Las mujeres se lo merecen todo.",
]


@pytest.mark.parametrize("text", TAKEN_BACK_EN + CHEERED_EN)
def test_held_en(text):
    assert rule_action(text, "en", _RULE) == "hold", text
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize("text", TAKEN_BACK_ES + CHEERED_ES)
def test_held_es(text):
    assert rule_action(text, "es", _RULE) == "hold", text
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", PASSES_EN)
def test_passes_en(text):
    assert_category_action(text, "approve", "hate", "en")


@pytest.mark.parametrize("text", PASSES_ES)
def test_passes_es(text):
    assert_category_action(text, "approve", "hate", "es")
