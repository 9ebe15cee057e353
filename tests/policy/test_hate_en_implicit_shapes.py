"""English implicit derogation without an insult word (coded rows in `lexicons/coded.tsv`): a
member refused ordinary contact or ranked below an animal, a group sent to a place fit for
animals or refuse, a place's decline dated to a group's arrival, a group's existence
regretted, contact with a member pitied, a group wished unseen, shame at a group, members
traded for animals, a group as the object of control it should suffer; and "far from" as a
negation of a good quality. Near misses: the same words about a wrong done
to a group, a report of another's refusal, counter-speech, and harsh words about offices.
Hand-written."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, expected)
    # Ordinary contact refused, as the writer's own rule ...
    ("I'd never sit next to a Muslim on the train.", "flag"),
    ("I would never shake hands with a lesbian.", "flag"),
    ("I refuse to live next to Mexicans ever again.", "flag"),
    ("Keep your daughters away from Gypsies.", "flag"),
    # ... but another's refusal told, or a refusal of bigots, is not.
    ("My landlord said he'd never rent to a Muslim, and that is illegal.", "approve"),
    ("I would never sit next to someone who hates Muslims.", "approve"),
    ("I would never work with refugees for free, but I volunteer on weekends.", "approve"),
    # A member ranked below an animal or a thing ...
    ("My cat is smarter than most Mexicans.", "flag"),
    ("I'd sooner hire a monkey than a lesbian.", "flag"),
    # ... but a gap in pay or a comparison with no group is not.
    ("My dog is smarter than my brother-in-law.", "approve"),
    ("Women are paid less than men for the same shift.", "approve"),
    # A place fit for animals or refuse ...
    ("Gypsies should live in the sewers.", "flag"),
    ("Somalis should all be shipped off to an island.", "flag"),
    # ... but decent housing wished for them, or camps refused, is not.
    ("Refugees should be able to live in decent housing.", "approve"),
    ("Migrants should not be kept in camps.", "approve"),
    # A place's decline dated to a group's arrival ...
    ("This street was nicer before the Somalis moved in.", "flag"),
    # ... not to developers or a highway.
    ("The park was nicer before the developers came.", "approve"),
    # A group's existence regretted, contact pitied, a group wished unseen ...
    ("It's a pity lesbians were ever born.", "flag"),
    ("I feel sorry for anyone who has to work with a Mexican.", "flag"),
    ("We'd be better off if Gypsies stayed out of sight.", "flag"),
    # ... but a wrong done to the group regretted, or pity for a bigot's family, is not.
    ("It's a shame gay people still face discrimination here.", "approve"),
    ("I feel sorry for anyone who has to live with a bigot.", "approve"),
    # Shame at a group, members traded for animals ...
    ("I'm ashamed to share a country with Somalis.", "flag"),
    ("Being a lesbian is something to be ashamed of.", "flag"),
    ("I'd trade every Gypsy in town for a goat.", "flag"),
    # ... not pride in a group, or shame at what others did.
    ("Being gay is nothing to be ashamed of.", "approve"),
    ("I'm ashamed of how this town treated the Somali families.", "approve"),
    # A group as the object of control it should suffer ...
    ("Muslims should be watched and registered.", "flag"),
    ("Lesbians should be muzzled.", "flag"),
    ("Gypsies should have their kids taken away.", "flag"),
    # ... not protection, a vote, a denial, or the call reported as bigotry.
    ("Muslims should be protected from these attacks.", "approve"),
    ("Immigrants should be registered to vote once they are citizens.", "approve"),
    ("Nobody thinks gay people should be silenced.", "approve"),
    ("Saying trans people should be banned from bathrooms is bigotry.", "approve"),
    ("Women should be fired up about this ruling.", "approve"),
    # "Far from" denies the good quality after it ...
    ("Mexicans are far from intelligent.", "flag"),
    # ... or deny the bad one, or say how far away someone lives.
    ("Immigrants are far from lazy.", "approve"),
    ("Most Somalis here live far from the city centre.", "approve"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hate_en_implicit_shapes(text: str, expected: str) -> None:
    assert_category_action(text, expected, "hate", "en")
