"""Short English verdicts on a group (`coded.tsv` rows after `breed_stock.g`, the English
trope rows, and the group and slur rows they need): a group that breeds crime or multiplies,
welfare and free money as what a group loves or lives on, faults called natural, a group's
neighbourhoods called zoos, every member a mule or a predator, women too emotional for office,
"real Americans" replaced, groomer talk, a group shipped back or rounded up as an order, death
at the border wished or cheered, Jews behind it all, coded globalist and Holocaust talk, and
evasions of the group word (letters spaced apart, Arabic-Indic digits as letters); with the near
misses that must pass (counter-speech, negation, reports, questions answered, policy, the same
words about cartels, politicians, animals and things). All examples are our own."""

import pytest

from tests.policy.expect import assert_category_action

HITS = [
    # a group that breeds crime or multiplies
    "Somalis breed crime in every town they settle.",
    "Those people breed terrorists, look at the news.",
    "Haitians multiply, they take, they never leave.",
    "Town is full of illegals now. Rats breed fast.",
    # welfare and free money
    "Puerto Ricans love their welfare checks more than their jobs.",
    "Haitians came for the free clinics and stayed for the food stamps.",
    "Somalis and welfare, name a more iconic duo.",
    "Black families got their reparations. It's called welfare.",
    # faults called natural, places called zoos, every member a criminal
    "Mexicans are naturally more violent, that's just biology.",
    "Latino neighborhoods are just crime zoos.",
    "Every Honduran over there is a drug mule.",
    "Salvadorans are all MS-13 anyway.",
    "Guatemalans = MS-13, nothing more to say.",
    "Their culture just doesn't value life.",
    "Certain nationalities just aren't capable of civilization.",
    # women, gay and trans people
    "Women shouldn't be fire chiefs, too emotional.",
    "Women voters did this. Repeal the 19th.",
    "Drag queens at story hour. Groomers gonna groom.",
    "The gays are recruiting at the library again.",
    # replacement and diversity
    "Real Americans are getting replaced and nobody cares.",
    "Diversity is just a code word for fewer of us.",
    # orders to expel, wishes of death
    "Send every Somali back home.",
    "Muslims out now.",
    "M U S L I M S out or else.",
    "M٥slims out.",
    "Moslims out now!",
    "Round them all up and ship them south.",
    "Build it higher and shoot anyone who climbs.",
    "Hope every last one of those migrants drowns.",
    # tropes and dog whistles
    "Jews run the banking industry, look it up.",
    "The Jews again, always the Jews behind this.",
    "Jewish money bought the council seat.",
    "Globalists funding the border crisis again, you know who.",
    "Six million? Do the math, people.",
    "Kung flu is back, close the airports to them.",
    "Afghans with passports, that's all they are: goats with passports.",
    "You know how those people treat their women.",
    "They aren't even people, they're a plague.",
    "Somalis at the mall, just waiting to blow stuff up.",
    "Someone should pay that mosque a visit after dark.",
    "Autistic adults don't need housing, they need a cage.",
]

PASSES = [
    # counter-speech, reports, negation, questions answered
    'Saying "Muslims out" at a rally is hate speech.',
    "Claims that immigrants commit more crime are false; the data shows the opposite.",
    "The old claim that Black people are naturally more violent is pure racism.",
    "Calling Black neighborhoods zoos is disgusting.",
    "Calling gay teachers groomers is a smear.",
    "Critics said women were too emotional to vote. They were wrong.",
    "Repeal the 19th? That's the dumbest thing I've read all week.",
    "The myth that Black people live on welfare needs to die.",
    "Someone wrote that 'globalists' fund the caravans. That is an antisemitic conspiracy theory.",
    "Saying 'Jews did 9/11' is a conspiracy theory and antisemitic garbage.",
    "It's always the Jews who get blamed when the economy tanks.",
    "The term 'kung flu' is racist.",
    "Migrants are drowning in the river and nobody cares. I cried.",
    "I cheered when the migrants were finally granted asylum.",
    # the same words about other things or other targets
    "Muslims out in force at the interfaith vigil tonight.",
    "Poverty breeds crime, not skin color.",
    "Politicians breed corruption wherever they go.",
    "Cartels multiply, they take, they kill. Enough.",
    "Rats breed fast in the alley behind the diner.",
    "Politicians love their handouts from donors.",
    "Cutting welfare hurts Black families the most.",
    "Black neighborhoods are food deserts because of redlining.",
    "Every Mexican restaurant on Main is a gem.",
    "Every cartel member is a criminal, obviously.",
    "Women shouldn't be afraid to run for sheriff.",
    "Real Americans are immigrants, every last one of us.",
    "Groomers at the pet salon did a great job with my poodle.",
    "Send every Haitian child a backpack for school.",
    "Ship the Mexican food order back, it came cold.",
    "Round them all up for the group photo, kids!",
    "Let the river take care of the irrigation this year.",
    "Jews were behind the founding of the hospital on Fifth.",
    "Six million people visited the park last year.",
    "Ask yourself who really runs the banks: private equity and hedge funds.",
    "Round them all up and send them home, the party is over.",
    "Some cultures are more prone to heart disease because of diet.",
    "You know how those people at the DMV are, slow as ever.",
    "Who's making dinner tonight, honey?",
    "They aren't people, they're volunteers, and they deserve thanks.",
    "We should pay the mosque a visit during the open house.",
    "What happened at that synagogue was a tragedy.",
    "These pets don't need toys, they need a walk.",
    "Room ٣٤ is on the second floor.",
    "Moslims in my town held a food drive.",
    "Women out-earned men in three counties.",
    # Spanish: the English rows never read a Spanish comment
    "Los judíos fundaron el hospital del barrio.",
    "Los cárteles se multiplican y nadie hace nada.",
]

HITS_ES = [
    "Musulmanes fuera.",
]


@pytest.mark.parametrize("text", HITS)
def test_flagged_as_hate(text):
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize("text", HITS_ES)
def test_flagged_as_hate_es(text):
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    lang = "es" if text.startswith("Los ") else "en"
    assert_category_action(text, "approve", "hate", lang)
