"""A bigotry label the writer fends off is no condemnation of the line beside it: "they call
you a racist for noticing", "don't call me a bigot", "so I'm the racist?", "you don't have to be
racist to notice", "the people screaming racism", a stereotype that "exists for a reason". And
some frames open no one else's words: "if you" before a step the reader is asked to take or a
want the writer answers ("if you look at who owns ...", "if you want your town safe, ..."), the
writer's own saying after an auxiliary ("what we've been saying:"), "That said," and a call as
a noun ("the call center"). Near misses that must pass: the label pinned by the writer on the
line or on its speaker ("I'd call you a racist", "that's called racism"), a cry of racist slurs
reported, "if you think ..." held up to be answered, others' saying ("my uncle keeps saying"),
being called a slur ("I've been called ..."), a stereotype called a lie, harsh policy talk
beside a fended label, and Spanish counter-speech (the reading is English). Our own
sentences."""

import pytest

from .expect import assert_rules_flag, assert_rules_pass_all, by_lang

HITS = [
    "The Eritreans who moved into the complex are all thieves, and they call you a racist for "
    "noticing.",
    "Somalis are a drain on this town, and nobody's allowed to say it without getting called a "
    "bigot.",
    "You don't have to be a racist to see that some cultures just don't value work. It shows "
    "in every block they take over.",
    "Pakistanis are all cheats, and I'm the bigot for pointing it out? Wake up.",
    "Muslims want sharia and they are patient about it. Spare me the hysteria about Islamophobia.",
    "If you look at who owns the studios and the networks you'll see it's the same tribe.",
    "If you want your street safe, you keep the Hondurans out. Simple.",
    "This week's arrests prove what we have been saying all along: Salvadorans are vermin.",
    "I've been saying this for years: the Rothschilds fund both the cartels and the border patrol.",
    "That said, every Pakistani I've hired steals.",
    "The call center on Fifth hires nothing but those brown cockroaches that crawl over the wall.",
    "The lazy Mexican stereotype exists for a reason. Drive past any job site at noon.",
]

PASSES = [
    "Saying the Sudanese families bring crime is racist. I'd call you a racist for writing it.",
    "Eritreans bring crime? That's called racism, and the police blotter says otherwise.",
    "People who say Pakistanis are cheats are bigots, and I'm not scared of being called rude "
    "for saying so.",
    'The man yelling "Hondurans are animals" was screaming racist slurs at the kids.',
    "If you think the Sudanese families bring crime, you have never met one.",
    "If you look at the county budget, the shelter costs less than the jail.",
    "Nobody should call you a racist for wanting the asylum courts funded and the backlog cleared.",
    "Don't call me a bigot for opposing the bond; I oppose every bond this council floats.",
    "You don't have to be a racist to want the border crossing staffed properly.",
    "People have been saying for years that Muslims are liars. It's a vile lie.",
    "My uncle keeps saying the Guatemalans are an infestation. He's wrong.",
    "That said, I disagree with the council on the bond.",
    "I've been called a globalist and a wetback in the same hour on this thread.",
    "The welfare queen stereotype is a lie Reagan made up to cut benefits.",
    "The stereotype that Black neighborhoods are dangerous exists because of redlining, and it "
    "is racist.",
]

PASSES_ES = [
    "Decir que los hondureños roban es racismo, y te lo digo en la cara.",
    "Si crees que los haitianos traen enfermedades, no conoces a ninguno.",
]


@pytest.mark.parametrize("text", HITS)
def test_flagged_as_hate(text):
    assert_rules_flag(text, "en", "hate")


@pytest.mark.parametrize(("text", "lang"), by_lang(PASSES, PASSES_ES))
def test_passes(text, lang):
    assert_rules_pass_all(text, lang)
