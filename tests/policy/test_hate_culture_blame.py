"""A fault laid on "some cultures" or "certain groups" as such, a people's lot blamed on its
culture against the other cause, and a decline timed to who arrived offered as a wink
(`coded.tsv` rows `just_cultures`, `culture_not.g`, `culture_not`, `arrival_when`); with the
near misses that must pass: quotation and counter-speech, negation, claims called false,
questions answered, the same words about fans, family, cartels, an office, a business or a team,
and harmless "some groups just ...". All examples are our own."""

import pytest

from tests.policy.expect import assert_category_action

HITS = [
    "Some cultures just don't respect other people's property, look at the block after dark.",
    "Certain groups just have different values about the law, that's why the jail is full.",
    "Some groups are just better at raising kids than others. The numbers show who.",
    "Some cultures just settle things with knives. We keep importing it anyway.",
    "Certain races just lack the discipline for a job like this.",
    "The east side is a mess because of the culture, not poverty. Everyone knows it.",
    "These people elect crooks wherever they go. It's cultural, they can't help it.",
    'Funny how the break-ins went up right when "they" moved in down the road. Just saying.',
    "Strange how the block was safe until the new families started arriving. Coincidence, sure.",
    "Notice how rents went to hell the same year a certain crowd showed up? Just noticing.",
    # names as the hint at a people
    "Funny how every charity pushing open borders has the same kind of last names on its board.",
    "Odd how the lenders foreclosing on the ranches all have the same kind of surnames 🤔",
]

PASSES = [
    # quotation, counter-speech, negation, claims called false, questions answered
    'To whoever wrote "some cultures just don\'t value school": all five of us finished college.',
    "It's wrong to say some cultures just don't value hard work. My neighbors work three jobs.",
    "Nobody should claim certain groups just have different values about the law; they don't.",
    "Some say crime here is because of the culture, not poverty. That's a racist myth.",
    "Do some cultures just not value education? No. That's a stereotype and a lazy one.",
    "My uncle said \"it's cultural, they can't help it\" about the neighbors. That's racist.",
    "Crime in the Valley follows poverty, not the culture. Mexicans aren't violent.",
    # harmless "some groups just ...", and the same words about fans, parties, offices, teams
    "Some groups just want to be heard at the council meeting, and that's fine.",
    "Certain groups just got more funding than others this year, which the audit should explain.",
    "Some cultures just eat dinner later than we do, and my abuela would agree.",
    "Certain groups just have more volunteers at the food bank this year, bless them.",
    "Some fans just don't know when to stop, every derby ends with a fight in the parking lot.",
    "Some parties just don't care about the border towns, both of them.",
    "The sheriff's office keeps covering for bad deputies. It's the culture.",
    "The problem with the Cowboys isn't the coach, it's the culture in that locker room.",
    "The problem with the cartels isn't the border, it's the culture of impunity in Tamaulipas.",
    # a decline timed to an office, a business, fans, family or a cartel; the claim refuted
    "Funny how shoplifting went up when the new Walmart opened. More stores, more theft.",
    "Funny how the potholes got fixed right when the election came around.",
    # names: counter-speech
    'Saying the NGOs are run by people with "the same kind of last names" is antisemitic code.',
    "Funny how the park was clean until the tournament crowd showed up with no trash cans.",
    "Funny how the block was quiet until my cousins arrived for the quinceañera. Worth it.",
    'People love to say "funny how crime went up when they moved in." Crime went down.',
    "It isn't true that crime went up when the refugees arrived. The police data says otherwise.",
]

PASSES_ES = [
    "Algunos grupos simplemente quieren ser escuchados en el cabildo, y está bien.",
    "Decir que ciertas culturas no respetan la ley es un prejuicio, no un dato.",
    "El problema del equipo no es el técnico, es la cultura del vestidor.",
]


@pytest.mark.parametrize("text", HITS)
def test_flagged_as_hate(text):
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_category_action(text, "approve", "hate", "en")


@pytest.mark.parametrize("text", PASSES_ES)
def test_passes_es(text):
    assert_category_action(text, "approve", "hate", "es")
