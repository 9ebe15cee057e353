"""Three English shapes of hate that passed (issue 4): someone's saying the writer sides with in
other words than "he is right" ("..., and it's true", "He had it right", "he's probably right");
a fault said to be carried along by a group ("Violence is normal to them down there and they
bring it with them", `rules/hate_en_brought.py`); and a crime or welfare comparison in a
group's disfavour ("X commit more crime than people born here", `hate.generalised`). Their twins
pass: the saying disputed or condemned, the same words of a party, an agency or officials, a
good thing carried along, and the comparison negated, reported to refute it or in the group's
favour. Spanish has the sided saying (`hate_reread/sided_es.py`); its twins are checked here
too. All examples are our own."""

import pytest

from tests.policy.expect import assert_category_action, rule_action

FLAG_EN = [
    # a saying sided with
    "People say women are too emotional for public office, and it's true.",
    "Everyone says gays are perverts, and that's a fact.",
    "My dad used to say Muslims are liars. He had it right.",
    "My neighbor says Somalis are thieves and honestly he's probably right.",
    "My old boss always said Gypsies are thieves, and he was absolutely right.",
    # a fault carried along
    "Hondurans are a different story, violence is normal to them and they bring it with them.",
    "Somalis brought the same corruption here.",
    "The Haitians moved in last spring. The garbage piles up now. They carry it wherever they go.",
    # a comparison in a group's disfavour
    "Mexicans commit more crime than people born here.",
    "Somalis commit way more violent crime than anyone else.",
    "Muslims are more likely to rape than anyone else.",
    "Haitians take more welfare than people born here.",
]

APPROVE_EN = [
    # the saying disputed, condemned, or said of a party or an agency
    "My grandpa always said Mexicans are lazy, and he was wrong.",
    "My grandpa always said Mexicans are lazy. He was wrong.",
    "People say women are too emotional for public office, and it's nonsense.",
    "My dad always said Democrats can't be trusted. He was right.",
    "My grandpa always said the IRS can't be trusted. He had it right.",
    "My uncle says the county commissioners are crooks, and honestly he's probably right.",
    # a good thing carried along, a crowd with no group, a negation, counter-speech
    "Mexican families have a lot of warmth and they bring it with them.",
    "Guatemalans bring their families with them.",
    "Mexicans bring their food and their music with them.",
    "The lobbyists bring corruption with them.",
    "Mexicans don't bring it with them.",
    "It's a lie that Hondurans bring violence with them.",
    # the comparison in the group's favour, reported, refuted or said of officials
    "Immigrants commit less crime than people born here.",
    "It's a myth that immigrants commit more crime than people born here.",
    "The claim that Mexicans commit more crime than natives is false.",
    "People say Mexicans commit more crime than people born here, and it's nonsense.",
    "Do Mexicans commit more crime than people born here? No.",
    "Politicians commit more crime than people born here.",
    "Where does 'immigrants commit more crime' come from? Every study says the opposite.",
]

FLAG_ES = [
    "Mi abuela decía que los gitanos roban, y tenía toda la razón.",
    "Mi vecino dice que los migrantes son una plaga y es la pura verdad.",
]

APPROVE_ES = [
    "Mi abuela decía que los gitanos roban, y se equivocaba.",
    "Mi vecino dice que los migrantes son una plaga, qué vergüenza.",
    "Mi abuelo decía que los políticos son unos ladrones, y tenía toda la razón.",
]


@pytest.mark.parametrize("text", FLAG_EN)
def test_english_hate_is_flagged(text):
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize("text", APPROVE_EN)
def test_english_twins_pass(text):
    assert_category_action(text, "approve", "hate", "en")


@pytest.mark.parametrize("text", FLAG_ES)
def test_spanish_sided_saying_is_flagged(text):
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", APPROVE_ES)
def test_spanish_twins_pass(text):
    assert_category_action(text, "approve", "hate", "es")


@pytest.mark.parametrize(
    "text",
    [
        "Hondurans are a different story, violence is normal to them and they bring it with them.",
        "Somalis brought the same corruption here.",
    ],
)
def test_carried_fault_is_read_by_its_rule(text):
    assert rule_action(text, "en", "hate.en_brought") == "hold", text


@pytest.mark.parametrize(
    "text",
    [
        "Mexicans have a great work ethic and they bring it with them.",
        "The lobbyists bring corruption with them. They carry it wherever they go.",
    ],
)
def test_no_fault_or_no_group_is_not_read(text):
    """A good thing carried along, or a crowd that is no protected group: the rule passes
    them (the blog model may still ask a moderator about the short sentences)."""
    assert rule_action(text, "en", "hate.en_brought") is None, text
