"""English hate in the shapes the engine was weakest on: implicit derogation (a group likened
to children or sharing a nature with vermin, its presence likened to a bomb, reason wasted on
it, sent back to squalor or menial work, its existence regretted), negated worth ("no X is worth
a dime", "X don't deserve medical care"), hostile questions ("why are X even allowed
outside?"), a member refused entry, and a pronoun that carries the attack into the next
sentence. The near misses must pass: counter-speech ("I'm sick of hearing that X ..."), negation,
questions about policy, harsh words about governments, positive statements, and the same verbs
said of a cartel or an administration. All examples are our own."""

import pytest

from tests.policy.expect import assert_category_action

HITS_EN = [
    # reason, teaching or civilising wasted on a group
    "You can't reason with a woman.",
    "you cant reason with muslims",
    "It's impossible to reason with women.",
    "trying to reason with muslims is pointless",
    "You can't civilize a Haitian.",
    "You can never civilise these Somalis.",
    "You can't teach a Mexican anything.",
    # likened to children, vermin, a danger
    "Women are like children, you can't leave them in charge.",
    "Muslims and rats have a lot in common.",
    "Jews and leeches share a lot in common.",
    "Having a Muslim neighbor is like living next to a bomb.",
    "Letting trans people teach is like letting wolves guard sheep.",
    "Hiring a Mexican is like letting a fox into the henhouse.",
    # sent back to squalor or menial work; existence regretted
    "Haitians should go back to their shithole.",
    "Muslims should go back to their sandpits.",
    "Mexicans should go back to mowing lawns.",
    "women should go back to cleaning houses",
    "Muslims belong in the desert not in Texas.",
    "Disabled people should have been aborted.",
    "Venezuelans should've been aborted.",
    "gay ppl shud be ashamed of existing",
    "Muslims should be ashamed to exist.",
    "Jews should pay for what they did.",
    "Somalis can't go a day without stealing something.",
    "Black people just can't handle freedom.",
    "women cannot handle power",
    # negated worth
    "Gay people are never anything but trouble.",
    "Gays have never been anything but a problem.",
    "not one Haitian is worth a dime to this country",
    "No Venezuelan is worth a damn.",
    "No Haitian can be trusted.",
    "No Black person has ever earned anything on their own.",
    "No Somali ever built anything of value.",
    "Disabled people don't deserve medical care.",
    "Muslims don't deserve healthcare.",
    "Jews don't deserve a homeland or any home.",
    "Immigrants don't deserve to breathe our air.",
    "Women don't deserve equal pay, they don't earn it.",
    "Disabled people are defective.",
    # hostile questions
    "Why are women allowed to vote at all?",
    "Why are trans people even allowed outside?",
    "Why are immigrants even allowed here?",
    "Why should we let Haitians breed here?",
    "Why should we allow Muslims to multiply?",
    "Why do Haitians breed so much?",
    "Who in their right mind would let a Somali near their kids?",
    "Who in his right mind would hire a woman?",
    # a member refused entry, no member safe
    "I'd never let a trans person use my restroom.",
    "I would never let a Somali into my shop.",
    "We would never allow a gay couple into our restaurant.",
    "I will make sure no Muslim in this town is safe.",
    "I'll see to it that no Jew in this county feels safe.",
    # the group named, then the pronoun
    "Two Haitians got hired at the plant. They should go back to their shithole.",
]

HITS_ES = [
    "Los haitianos no merecen atención médica.",
    "Ningún hondureño vale nada.",
    "Las mujeres son como niñas, no se les puede dejar a cargo.",
]

PASSES_EN = [
    # counter-speech, reports and refutations
    "I'm sick of hearing that gay people shouldn't adopt. Kids need loving homes.",
    "I am tired of hearing that Mexicans are lazy.",
    "I'm sick and tired of reading that immigrants are vermin.",
    "My grandfather said you can't reason with Mexicans. He was a bigot.",
    "People who say you can't reason with women are sexist.",
    "Comparing Somalis to locusts is dehumanizing.",
    "The idea that women belong in the kitchen is outdated.",
    # negation and positive statements
    "Women are not like children.",
    "Haitians do not eat pets, that rumor was debunked.",
    "Disabled people deserve medical care.",
    "Immigrants deserve healthcare.",
    "Immigrants built this country.",
    "Haitians in Springfield have revived the factories.",
    "My Haitian neighbor is a nurse.",
    "I grew up with Muslims. They taught me generosity.",
    "Some Venezuelans opened a shop downtown. They are doing great.",
    # questions about policy
    "Why are Muslims allowed to pray in public schools?",
    "Why should we let Haitians stay under TPS?",
    "Why are immigrants even allowed to apply if the system rejects them all?",
    "Why do Haitians get TPS and Venezuelans don't?",
    # governments, officials, criminals; the same verbs of something else
    "You can't reason with this administration.",
    "The cartels should go back to their caves.",
    "The Honduran government is corrupt.",
    "The Venezuelan regime is a criminal enterprise.",
    "Venezuela can't handle democracy under Maduro.",
    "My kids can't go a day without complaining.",
    "Immigrants can't handle the paperwork without help.",
    "Cattle breed so much in spring.",
    "Somali pirates hijacked a tanker.",
    "Guatemalan coffee is the best.",
    "I would never let a Mexican family down.",
    "We will never let a Haitian family go hungry in this town.",
    "We will make sure no immigrant family is left without shelter.",
    "Refugee kids are like children everywhere.",
    "The new asylum rule went into effect. It is cruel.",
]

PASSES_ES = [
    "Los haitianos merecen atención médica como cualquiera.",
    "Estoy harto de escuchar que los mexicanos son flojos; es mentira.",
    "El gobierno de Honduras es corrupto.",
]


@pytest.mark.parametrize("text", HITS_EN)
def test_flagged_en(text):
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize("text", HITS_ES)
def test_flagged_es(text):
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", PASSES_EN)
def test_passes_en(text):
    assert_category_action(text, "approve", "hate", "en")


@pytest.mark.parametrize("text", PASSES_ES)
def test_passes_es(text):
    assert_category_action(text, "approve", "hate", "es")
