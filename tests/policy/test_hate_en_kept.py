"""English implicit hate that keeps a group in its place (`rules/hate_en_kept.py`): women sent
back to the kitchen or called unfit for a role, a group told to stay out of sight, a group shut
out of ordinary life, a group blamed by habit for what it leaves wherever it goes, and a whole
group denied a virtue; with the near misses that must pass (the same words about non-protected
crowds, policy on immigration status, negation, counter-speech and plain kitchens). All
examples are our own."""

import pytest

from moderation.policy import screen
from moderation.policy.types import Submission
from tests.policy.expect import assert_rules_approve, rule_action

HITS = [
    # women kept to a role
    ("Women who think they can lead should be put back in the kitchen.", "hate.en_role"),
    ("Girls who want to run for sheriff belong back in the kitchen.", "hate.en_role"),
    ("Women just aren't built for patrol work, that's biology.", "hate.en_role"),
    ("Ladies are not cut out for command, simple as that.", "hate.en_role"),
    ("A woman reading the evening news? Stick to the kitchen segment.", "hate.en_role"),
    # a group told to stay out of sight
    ("Why can't gay people just keep it to themselves?", "hate.en_hidden"),
    ("Trans people should keep it to themselves.", "hate.en_hidden"),
    ("Why do lesbians always have to shove it in our faces?", "hate.en_hidden"),
    ("Fine, be gay. Keep it behind closed doors like everyone else.", "hate.en_hidden"),
    ("Keep Pride in Austin where it belongs.", "hate.en_hidden"),
    ("Muslims can pray all they want. Keep it on their side of the river.", "hate.en_hidden"),
    # shut out of ordinary life
    ("Deaf people shouldn't be on juries.", "hate.en_shut"),
    ("Blind people shouldn't be living on their own.", "hate.en_shut"),
    ("Women judges shouldn't be hearing custody cases.", "hate.en_shut"),
    ("Gay couples should never be allowed to foster.", "hate.en_shut"),
    ("Kids with autism shouldn't be in public schools.", "hate.en_shut"),
    ("Special needs kids should not be in a normal classroom.", "hate.en_shut"),
    # blamed by habit
    (
        "Those families from across the border always leave a mess wherever they go.",
        "hate.en_habit",
    ),
    ("The Haitians moved in last year. They bring trouble wherever they go.", "hate.en_habit"),
    ("Somalis leave trash in every park they move into.", "hate.en_habit"),
    # a whole group denied a virtue
    ("None of those migrants have any morals.", "hate.en_lacking"),
    ("Not a single one of the Guatemalans has any decency.", "hate.en_lacking"),
    ("None of the Muslims have any loyalty to begin with.", "hate.en_lacking"),
]

NEAR_MISSES = [
    # non-protected crowds in the same shapes
    "Gentrifiers ruin every neighborhood they move into.",
    "Gentrifiers always leave a mess wherever they go.",
    "Tourists leave trash everywhere they go.",
    "Cartels always bring violence wherever they go.",
    "Landlords have no shame at all.",
    "None of the senators have any shame.",
    "Why can't vegans just keep it to themselves?",
    "Felons shouldn't vote.",
    "Kids in wheelchairs shouldn't be left without an aide.",
    "Wheelchair users shouldn't have to wait an hour for the lift.",
    "Special ed students should never be in classrooms without trained staff.",
    "Deaf people shouldn't be on juries without interpreters.",
    "Keep politics out of the classroom where it belongs.",
    "Keep your religion in church where it belongs.",
    "Put the trash back where it belongs.",
    # policy on immigration status
    "Immigrants shouldn't be allowed to vote in local elections.",
    "None of the migrants have any money left after the smugglers.",
    "None of those migrants have any papers, so the judge sent them to asylum court.",
    # negation and counter-speech
    "Migrants don't bring crime wherever they go, they bring hard work.",
    "It's a lie that migrants bring crime wherever they go.",
    "Saying women belong in the kitchen is sexist.",
    "Nobody thinks women belong in the kitchen anymore.",
    "Anyone who says deaf people shouldn't be on juries is a bigot.",
    "I'm not saying gay people shouldn't adopt.",
    "Women aren't built for combat? Tell that to the Marines who served with them.",
    # plain kitchens and privacy
    "My wife is back in the kitchen making tamales.",
    "The women in the kitchen were cooking all day.",
    "Gay couples can keep it private if they want, that's their right.",
    "My Muslim neighbors keep to themselves.",
    "Migrants always bring their kids with them.",
]


@pytest.mark.parametrize(("text", "rule"), HITS)
def test_held(text, rule):
    assert rule_action(text, "en", rule) == "hold", text


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_misses_pass(text):
    for rule in ("hate.en_role", "hate.en_hidden", "hate.en_shut", "hate.en_habit"):
        assert rule_action(text, "en", rule) is None, (rule, text)
    assert_rules_approve(text, "en", "hate.en_lacking")


def test_a_question_that_defends_privacy_passes():
    """Merged beside hate.everyday's own kept-down shapes: asking why a couple should have to
    hide is a defence of it, and neither reading may hold it."""
    verdict = screen(Submission(text="Why should gay couples have to keep it private?", lang="en"))
    assert verdict.action == "approve", verdict.findings
