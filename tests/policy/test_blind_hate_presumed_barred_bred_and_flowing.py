"""Implicit hate shapes seen in blind-written comments, each with its hard harmless neighbours
(our own sentences): a people presumed guilty, barred by "no X should be allowed to", its
loyalty asked after, a slight excused as genetics, a vice bred in from birth, the "third
world" imported, records pointed at for the reader to name the group, a people thrown out
"for a reason", plots suspected behind its doors, refuse flowing over a border, migrants
renamed a horde, blame moved from rulers to "the people", a people weighed as a waste of
money, a gene pool improved by its absence, a money motive marked "as usual", a decline put
onto an arrival by mock surprise, a vice called a people's culture, a massacre left to God
to sort, a people to be replaced by a plot."""

import pytest

from .expect import assert_category_action, rules_flagging

HATE_HELD = [
    "Every one of them is MS-13 until proven otherwise.",
    "All of those people are criminals until proven otherwise.",
    "Every single Somali is a terrorist until proven innocent.",
    "No Marshallese should be allowed to own property here.",
    "No Somali should be allowed to own property here.",
    "Nobody with a Spanish last name should sit on the border security committee.",
    "No one with a Spanish last name should hold office in this county.",
    "No one of Chinese descent should serve on the base.",
    "The Somali councilman voted again. Where do their loyalties really lie?",
    "Marshallese kids are slow. That's not an insult, it's genetics.",
    "They are taught to lie from the time they can walk.",
    "The agents know it. They're taught to lie from the time they can walk.",
    "Somalis are raised to steal from the cradle.",
    "Gypsy kids are trained to beg before they can walk.",
    "They steal and they lie. It's not personal, it's just how that kind is raised.",
    "Import the third world, become the third world.",
    "The Valley is turning into a third world dump full of people who can't flush a toilet.",
    "This town became a third world hellhole thanks to Haitians.",
    "Check the crime blotter and tell me which group keeps showing up. I'll wait.",
    "Look at the mugshot page for a week and then tell me immigrants don't commit more crime.",
    "Read the arrest reports and guess which names keep coming up.",
    "Their own country threw them out for a reason.",
    "There's a reason their own government doesn't want them.",
    "The women in headscarves give me the creeps. Nobody knows what they're planning in those "
    "apartments.",
    "Those Somalis rent the whole building and no one knows what they are up to in there.",
    "Our town used to be decent before the river started leaking human garbage.",
    "That city is a sewer and whatever crawls out of it across that bridge is the rats.",
    "The buses keep dumping human trash on our streets.",
    "Not refugees. A horde. Military age men.",
    "Not families, it's an invasion.",
    "Every country they come from is a mess. Maybe the problem was never the governments. "
    "Maybe it's the people.",
    "The problem is not the regime, it's the people.",
    "Special ed kids in regular classrooms drag everyone down. They're a waste of the "
    "teacher's time and our tax money.",
    "The Marshallese can go back to their islands. Might improve the gene pool around here.",
    "The Jewish lawyers suing the county don't care about us. In it for the money, as usual.",
    "The Chinese landlords are only in it for the money, typical.",
    "I'm sure it's a total coincidence that my street went to hell the year the trucks with "
    "out-of-state plates showed up.",
    "Funny coincidence that crime went up the same summer those families moved in.",
    "Not saying all of them, but you don't see a lot of Marshallese hustling, do you? It's a "
    "culture of taking.",
    "Put them all in the river and let God sort them out.",
    "Round up those people and let God sort them out.",
    "The globalists want to replace the people of this county, and nobody dares say it.",
    "The elites plan to replace the native population with cheap labor.",
]

HATE_PASSES = [
    "Every defendant is innocent until proven otherwise.",
    "Every one of them is innocent until proven guilty, Marshallese or not.",
    "Treating all Hondurans as criminals until proven otherwise is the bigotry we should reject.",
    "He said every one of them is MS-13 until proven otherwise. That is a vile lie.",
    "No child should be allowed to go hungry.",
    "No Marshallese family should have to fear losing their home.",
    "No Muslim should be denied the right to vote.",
    "Nobody with a criminal record should sit on the committee.",
    "Nobody with a famous last name should run for office on name alone.",
    "It's wrong to say no Mexican should be allowed to own land here.",
    "Where do the senator's loyalties really lie, with donors or with voters?",
    "Where do their loyalties lie? With the oil companies, obviously.",
    "Kenyans win marathons. That's not a stereotype, it's genetics.",
    "My kids are all short. That's not an insult, it's genetics.",
    "Saying Marshallese kids are slow is not science, it's racism.",
    "My kids were taught to share from the time they could walk.",
    "Cartel recruits are trained to kill from a young age.",
    "The agents lied in court. They are trained to lie from the first week at the academy.",
    "Mexicans aren't taught to steal from birth, that's a racist myth.",
    "We import third world goods and complain about quality.",
    "The roads are turning into a third world mess because of the county commissioners.",
    "The county became a third world mess full of potholes.",
    "Check the crime blotter and tell me which neighborhood has the most break-ins.",
    "Look at the mugshots and tell me immigrants don't work hard.",
    "Their own country threw them out for speaking against the regime.",
    "The club threw them out for a reason.",
    "Nobody knows what the council is planning in those closed sessions.",
    "Nobody knows what the Mexicans are planning for the World Cup.",
    "The sewer line is leaking human waste into the creek.",
    "The basement is crawling with rats.",
    "Whatever crawls out of that drain at night is rats, call an exterminator.",
    "The county jail keeps releasing human garbage back onto our streets.",
    "They are not a horde, they are families.",
    "Not tourists. A horde of shoppers hit the outlet mall.",
    "The problem was never the government. It's the people we keep electing.",
    "The problem isn't the president, it's the people in charge of the budget.",
    "The new stadium is a waste of our tax money.",
    "The consultants are a waste of our money.",
    "Darwin awards exist to improve the gene pool.",
    "The lawyers from New York suing the county are in it for the money, as usual.",
    "The Mexican restaurant closed early again. The landlord is in it for the money, as usual.",
    "Marshallese families have lived in Springdale since the eighties and they work hard.",
    "My coworker is Marshallese and she is the best lead on the line.",
    "Special ed kids deserve more aides, not fewer.",
    "Hondurans here work hard, unlike the culture of entitlement at city hall.",
    "Somalis are welcome here; what we have to fight is the culture of violence in our jails.",
    "They say it's a culture of taking with Mexicans, which is a lie.",
    "Both sides are lying. Let God sort it out.",
    "My kids are fighting over the remote again, I'll let God sort them out.",
    "The council wants to replace the people on the planning board.",
    "They want to replace the locals with self-checkout kiosks at the grocery.",
    "Some people claim the globalists want to replace the people of this county. It's nonsense.",
]

# Near misses the rules pass but the blog model, reading the words alone, may still hold.
RULES_PASS = [
    "Every one of them is a crook until proven otherwise, I mean the county commissioners.",
    "Look at the arrest records and tell me which group keeps getting stopped by deputies.",
    "I'm sure it's a total coincidence that the neighborhood went to hell the year the plant "
    "closed.",
    "I'm sure it's a total coincidence that rents doubled the year the new landlord showed up.",
    "It's just a coincidence that crime went up the year the casino opened and the gamblers "
    "showed up.",
    "It's no coincidence that break-ins went up the summer the police cut night patrols.",
]


@pytest.mark.parametrize("text", HATE_HELD)
def test_hate_held(text: str) -> None:
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize("text", HATE_PASSES)
def test_hate_passes(text: str) -> None:
    assert_category_action(text, "approve", "hate", "en")


@pytest.mark.parametrize("text", RULES_PASS)
def test_rules_pass(text: str) -> None:
    assert rules_flagging(text, "en", ("hate",)) == [], text
