"""English hate that reaches past a group word (`hate.everyday`, `hate.hinted`): a place's
decline laid at a people's arrival in more of its forms (the year they moved onto a street, a
place filled up with them, a place "got diverse", a people let in to run it, its make-up
flipped), a place said to be no longer ours beside a people, who is meant left for the reader
to name beside a charge ("you know who I mean", "I'll let you guess which ones"), a people
judged by every one of them the writer met, a fault put down to "a cultural thing", "just
how men from that background are", and a claim said after "it's not racist to say". Each
only holds. The near misses (a decline put down to a deed, a
change welcomed, a hint at officials or at one person, a building finished, counter-speech)
must pass the rules (some of them the blog model reads on its own). Our own sentences."""

import pytest

from moderation.policy import Submission, screen

from .expect import assert_category_action, assert_rules_pass_all

HELD = [
    # decline laid at an arrival
    ("Our block went downhill the year the Somali families moved onto it. Everybody saw it.",
     "hate.everyday"),
    ("You could see the block was done the year the first Haitian families moved onto Birch "
     "Street.", "hate.everyday"),
    ("When the apartments on Fifth filled up with families from down south, the break-ins "
     "started.", "hate.everyday"),
    ("Every school in this district that got diverse went downhill fast.", "hate.everyday"),
    ("Lakewood stopped feeling like America once the Pakistanis arrived.", "hate.everyday"),
    ("This town stopped feeling like home when they moved in.", "hate.everyday"),
    ("The county fair has gone downhill since they started letting the Somalis run the food "
     "stalls.", "hate.everyday"),
    ("When the demographics flipped, the crime rate went up. Simple as that.", "hate.everyday"),
    ("When a city's demographics shift that fast, the character of the place changes with it. "
     "Our block got the Haitians and lost its soul.", "hate.everyday"),
    ("When a town's demographics flip that fast, the character of the town flips with it, and "
     "you can't say so without being called a racist.", "hate.everyday"),
    # a place no longer ours beside a people
    ("Our street has a dozen Guatemalan families now. It isn't ours anymore.", "hate.everyday"),
    ("Dearborn is half Arab now and it's not America anymore.", "hate.everyday"),
    # who is meant left to the reader, beside a charge
    ("Certain people in this town can't stop stealing. I'll let you guess which ones.",
     "hate.everyday"),
    ("Look at the demographics of the neighborhoods with the most shootings. I'll let you "
     "guess.", "hate.everyday"),
    ("Anybody who lives here knows exactly who I mean when I talk about the break-ins.",
     "hate.everyday"),
    ("We don't need to say who is doing the break-ins on Maple. You figure it out.",
     "hate.everyday"),
    # a fault put down to culture or background
    ("My brother-in-law is Mexican so nobody call me racist. It's a cultural thing, the "
     "drinking and the violence, they bring it with them.", "hate.everyday"),
    ("Somali tenants left a mess in every unit I rented them. Cultural thing.", "hate.everyday"),
    ("The guys from that background all drink on the job and get violent. It's just how men "
     "from that background are.", "hate.hinted"),
    # a people judged by every one of them the writer met
    ("I'm not racist, I have Muslim friends, but every one of them I worked with lied about "
     "their hours.", "hate.everyday"),
    ("I've managed crews for twenty years. Every single Honduran I ever hired stole tools from "
     "the site.", "hate.everyday"),
    # a hold on the banks left to the reader
    ("Forget the politicians, we all know which tribe runs those banks.", "hate.everyday"),
    ("The graffiti and the break-ins on Oak came with the new tenants. Everybody knows it, "
     "nobody says it.", "hate.everyday"),
    # a claim said after "it's not racist to say"
    ("It's not racist to say downtown was safer before it diversified.", "hate.hinted"),
]  # fmt: skip

PASSES = [
    "Our block changed a lot the year the Somali families moved onto it, and it is livelier "
    "for it.",
    "The old neighborhood went downhill when the factory closed and the jobs left.",
    "When the apartments on Fifth filled up with students, the parking got terrible.",
    "The park isn't the same since the city cut the maintenance budget.",
    "The neighbourhood has changed since the new families arrived, with new shops and a bakery "
    "on every corner.",
    "Crime went up the year the plant closed.",
    "Saying the neighborhood went downhill when they moved in is racist, and you deserve being "
    "called a racist for it.",
    "This town stopped feeling like home when the mill closed.",
    "The county fair has gone downhill since they started charging twenty dollars for parking.",
    "When the demographics of the county shift, the services have to change with them.",
    "This country isn't America anymore since the court ruling on free speech.",
    "The neighborhood isn't ours anymore since the developers bought up every lot.",
    "Our street has a dozen Guatemalan families now and it's never been friendlier.",
    "The new school building was finished the year the Haitian families moved onto Birch Street.",
    "Certain people on the council can't stop wasting money. I'll let you guess which ones.",
    "The mayor's office keeps losing money. I'll let you guess who is stealing it.",
    "We don't need to say who is stealing the packages, the doorbell camera shows his face. "
    "You figure it out.",
    "Look at the demographics of the county, it is aging fast and the clinics can't keep up.",
    "I'm not racist, and I'm sick of people saying immigrants bring crime when the data says "
    "otherwise.",
    "I worked with a lot of Guatemalans and every single one of them was a hard worker.",
    "Every one of them I worked with was honest and worked harder than me.",
    "I've managed crews for twenty years. Every single Honduran I ever hired showed up early.",
    "Every one of the contractors I hired lied about the schedule.",
    "Every one of them I worked with was robbed by the landlord at some point.",
    "Certain ethnic communities get fewer loans from those banks, and that is discrimination.",
    "The landlord never fixes the heat. Everybody knows it, nobody says it.",
    "The tamales at the festival were amazing. It's a cultural thing, every family has its own "
    "recipe.",
    "Leaving the lights on all night is a cultural thing at our office, it wastes money.",
]


@pytest.mark.parametrize(("text", "rule"), HELD)
def test_the_shape_holds(text, rule):
    verdict = screen(Submission(text=text, lang="en"), blog_model=False)
    assert rule in {f.rule for f in verdict.findings}, verdict.to_dict()
    assert verdict.action in ("hold", "reject"), verdict.to_dict()


@pytest.mark.parametrize(("text", "rule"), HELD)
def test_the_comment_is_flagged_as_hate(text, rule):
    del rule
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize("text", PASSES)
def test_near_misses_pass_the_rules(text):
    assert_rules_pass_all(text, "en")
