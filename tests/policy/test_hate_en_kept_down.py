"""English implicit hate of a people kept down (`hate.everyday`, `kept_down` and `roles`): sent
back to the kitchen, told to keep out of sight, said to lack every virtue or to leave a mess
wherever they go, kept out of a role, put in one with "what could possibly go wrong", or
singled out as the usual culprits (`cleft`), also when addressed ("people like you"); with
the twins that must pass (no protected group, a migrant status as policy, negation, a
reported or refuted belief, a role granted, the writer's own "nothing")."""

import pytest

from moderation.policy import Submission, screen

RULE = "hate.everyday"

HELD = [
    # sent back to the kitchen
    "Women who think they can run a county should be put back in the kitchen.",
    "Ladies who want to referee should go back to the kitchen where they belong.",
    # told to keep out of sight
    "Why can't gay people just keep it to themselves?",
    "Why can't the lesbians keep it behind closed doors",
    "Trans folks need to stop shoving it in everyone's faces.",
    # a virtue denied to every member
    "None of those migrants have any morals.",
    "Not one of these Haitians has an ounce of decency.",
    # a mess left wherever they go
    "Those families from across the border always leave a mess wherever they go.",
    "Hondurans bring their gangs everywhere they settle.",
    # kept out of a role
    "Women judges shouldn't be hearing asylum cases.",
    "Muslims should never be allowed to serve on juries.",
    "Lesbians should be barred from coaching.",
    # put in a role, met with a sneer
    "Gays teaching kindergarten. What could possibly go wrong?",
    "A Somali running the county office, what could go wrong",
    "Women in combat roles. Great idea if you want to lose.",
    # singled out as the usual culprits
    "Funny how it's always the Haitians at the plant who start the fights.",
    "Why is it always Hondurans who steal from the job site?",
    # a people addressed through one of its members
    "@Rosa people like you never assimilate, you just take.",
    "Your people should never be allowed to serve on juries.",
]

PASSES = [
    # no protected group: occupations, behaviours, places
    "Gentrifiers ruin every neighborhood they move into.",
    "Gentrifiers always leave a mess wherever they go.",
    "Tourists always leave trash wherever they go.",
    "Landlords have no morals, none of them.",
    "None of those politicians have any decency.",
    "Why can't politicians just keep it to themselves?",
    "Teenagers shouldn't drive at night.",
    "Catholics shouldn't vote for a candidate who mocks the church.",
    "Muslims shouldn't teach that in public schools, and neither should anyone.",
    "Felons shouldn't be allowed near kids.",
    "Cutting the border patrol budget in half, what could possibly go wrong?",
    "Raising the sales tax again, great idea if you want to lose the election.",
    "Women in combat roles. Great idea if you want to win, they've earned it.",
    "The chef sent the new line cooks back to the kitchen.",
    # a migrant status: immigration policy, however harsh
    "Non-citizens shouldn't vote in federal elections.",
    "Migrants in the hotel downtown. What could possibly go wrong?",
    # negation, a right defended, the wrong thing denied
    "Gay people shouldn't have to keep it to themselves.",
    "Why should gay couples have to keep it private?",
    "Gay couples should not be banned from adopting.",
    "Women shouldn't be afraid to run for office.",
    "Muslims shouldn't have to hide to vote.",
    "Migrants don't always leave a mess wherever they go, that's a myth.",
    "None of those migrants have any criminal record.",
    # reported, asked back or refuted
    "My uncle says gay couples shouldn't adopt, and he's wrong.",
    "Who says women shouldn't vote?",
    "The idea that women shouldn't vote is absurd.",
    "Saying women should be put back in the kitchen is sexist garbage.",
    "It's a lie that none of those migrants have any morals.",
    "Gay teachers in kindergarten? What could go wrong? Nothing, they're great teachers.",
    # the usual culprits said as the ones wronged, or no protected group
    "It's always the Haitians who get blamed for stealing.",
    "It's always the Black kids who get arrested for nothing.",
    "It's always the tourists who leave the trash.",
    "It's not always the Haitians who start the fights.",
    # "your people", "your kind" that address no people
    "Thanks for your kind words, your people skills are great.",
    "People like you and me built this town.",
    "You people on the council never listen to residents.",
    "You people always leave a mess in the break room.",
]


@pytest.mark.parametrize("text", HELD)
def test_held_not_rejected_by_this_rule(text):
    verdict = screen(Submission(text=text, lang="en"), blog_model=False)
    assert verdict.action in ("hold", "reject"), verdict.to_dict()
    assert "hate" in verdict.categories, verdict.to_dict()


@pytest.mark.parametrize("text", HELD)
def test_the_shape_only_holds(text):
    verdict = screen(Submission(text=text, lang="en"), blog_model=False)
    hits = [f for f in verdict.findings if f.rule == RULE]
    assert hits and all(f.action == "hold" for f in hits), verdict.to_dict()


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    verdict = screen(Submission(text=text, lang="en"), blog_model=False)
    assert RULE not in {f.rule for f in verdict.findings}, verdict.to_dict()
    assert verdict.action == "approve", verdict.to_dict()
