"""Threats the troll rules read whose target is a protected group, named some other way than
as the threat's object: by its house of worship, by a slur called after the threat, or in the
sentence before with "them"/"los" carrying it. The policy counts them as hate, so the verdict
must name that clause (`hate.violence`). Near misses: a threat at one person or at a gang
(troll only), a report, fiction, negation and idioms (our own sentences)."""

import pytest

from .expect import assert_category_action, category_action

HITS = [
    # the group implied by its place of worship
    ("Voy a ir a la mezquita y voy a matar a todos", "es"),
    ("Este viernes me presento en la sinagoga y los mato a todos.", "es"),
    ("I'm going to the mosque tomorrow and I'll kill them all", "en"),
    ("I will go to the synagogue on Saturday and I will stab every one of them.", "en"),
    # the group (or a slur for it) called after the threat
    ("Os voy a rajar a todos, malditos moros", "es"),
    ("Os voy a reventar a todos, sudacas de mierda.", "es"),
    # the group in the sentence before, carried by a pronoun
    ("Those Somalis on 5th street? I'm going to shoot every one of them.", "en"),
    ("The Jews in my building. I will kill every one of them.", "en"),
    ("Los musulmanes de la esquina... voy a matarlos a todos.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), HITS)
def test_threat_at_group_is_hate(text, lang):
    assert_category_action(text, "reject", "hate", lang)


# Threats at a person or at people picked out by a crime: troll.threat, not hate.
NOT_A_GROUP = [
    ("I'll punch you, Mike", "en"),
    ("Te voy a partir la cara, Juan.", "es"),
    ("Those gang members on 5th street? I'm going to shoot every one of them.", "en"),
    ("Los narcos de mi calle. Voy a matarlos a todos.", "es"),
    ("Os voy a matar a todos, malditos narcos", "es"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_A_GROUP)
def test_threat_at_no_group_stays_troll(text, lang):
    assert category_action(text, "hate", lang) == "approve", text
    assert category_action(text, "troll", lang) == "reject", text


MUST_PASS = [
    # reports and fiction
    ("the man said he would shoot them all", "en"),
    ("He told police he would go to the synagogue and shoot everyone.", "en"),
    ("In the movie, the killer goes to the church and shoots everyone.", "en"),
    ("Dijo que iba a ir a la sinagoga a matarlos a todos.", "es"),
    ("En la novela, el asesino va a la iglesia y mata a todos.", "es"),
    # negation
    ("I would never go to the mosque and kill anyone.", "en"),
    ("Nunca iría a la mezquita a matar a nadie.", "es"),
    ("Those Somalis on 5th street? I'd never hurt any of them.", "en"),
    # idioms and kindness
    ("I'm going to kill it at the synagogue talent show, everyone will love it", "en"),
    ("Voy a la mezquita a matar el tiempo con todos.", "es"),
    ("The Jews in my building. I'll kill them with kindness.", "en"),
    ("Vivo cerca de la mezquita y os voy a matar a todos de risa con este chiste.", "es"),
    # the group as the victim of those threatened; a kind act
    ("Our Sikh neighbours? I am going to invite all of them to the barbecue.", "en"),
    ("Los vecinos gitanos de mi calle. Voy a invitarlos a todos a la fiesta.", "es"),
    ("Voy a ir a la mezquita y voy a saludar a todos.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), MUST_PASS)
def test_must_pass(text, lang):
    assert_category_action(text, "approve", "hate", lang)


def test_victims_named_before_are_not_the_target():
    text = "Some thugs attacked the Somalis on 5th street. I'm going to shoot every one of them."
    assert category_action(text, "hate", "en") != "reject"
