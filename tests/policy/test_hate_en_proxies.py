"""English hate that names no group word: the group named by a stand-in (where its people
live, what they practise or wear, how they came, "everyone from <country>"), a people's home
walled in, a place's decline laid at "their" arrival, and "women should stay home". Stand-ins
hold; only a dehumanising predicate of a placed stand-in rejects. Near misses of the same
words (the stand-in praised, negated, reported or refuted, a policy about legal status, a
decline put down to a deed, a body named "welfare committee", a clause mark before the group
word) must pass. Our own sentences."""

import pytest

from moderation.policy import Submission, screen

from .expect import rule_action

HELD = [
    ("Nobody from the rez can hold down a job.", "hate.generalised"),
    ("Nobody from the reservation will ever hold down a job.", "hate.generalised"),
    ("Everyone on Section 8 is a thief.", "hate.generalised"),
    ("Section 8 tenants are all drug dealers.", "hate.generalised"),
    ("Half the folks on Section 8 are running scams, everybody knows it.", "hate.generalised"),
    ("Those people from the rez steal everything.", "hate.generalised"),
    ("Anybody from the barrio will rob you blind.", "hate.generalised"),
    ("honestly the rez people are all drunks", "hate.generalised"),
    ("Those reservation guys can't stay sober.", "hate.generalised"),
    ("The folks from the barrio don't belong in this town.", "hate.generalised"),
    ("People who pray five times a day don't belong in this country.", "hate.generalised"),
    ("Folks with accents shouldn't be teaching our kids.", "hate.generalised"),
    ("Guys with turbans shouldn't be flying planes.", "hate.generalised"),
    ("People with names like that should be searched at the airport.", "hate.generalised"),
    ("The ones who pray on rugs at the park should go back home.", "hate.generalised"),
    ("the people who came across the river don't pay taxes", "hate.generalised"),
    ("The ones who just got off the bus are already stealing.", "hate.generalised"),
    ("Everyone from Honduras is a criminal.", "hate.generalised"),
    ("Folks from south of the border are all drug mules.", "hate.generalised"),
    ("People from Haiti eat pets.", "hate.generalised"),
    ("The folks who came up from Guatemala are all criminals.", "hate.generalised"),
    ("Those who come from Haiti are savages.", "hate.generalised"),
    ("Everyone from the other side of the tracks is a criminal.", "hate.generalised"),
    ("Families from those neighborhoods never raise their kids right, it's cultural.",
     "hate.generalised"),
    ("The rez kids are always the ones fighting. It's in their blood.", "hate.generalised"),
    ("Reservation kids drag down every classroom they're in.", "hate.generalised"),
    ("The barrio crowd needs to go back where they came from.", "hate.generalised"),
    ("Women should stay home.", "hate.generalised"),
    ("No offense, but Section 8 tenants are all drug dealers.", "hate.generalised"),
    ("I'm not racist but the ones who just got off the bus are already stealing.",
     "hate.generalised"),
    ("Neighborhoods always go downhill once they move in. Pattern recognition.", "hate.everyday"),
    ("Any time a new family from over there moves onto the block the property values crash.",
     "hate.everyday"),
    ("Those folks from the reservation bring drugs and crime into town.", "hate.everyday"),
    ("Ghetto people ruin every neighborhood they move into.", "hate.everyday"),
    ("Put a fence around the reservation and let them sort it out.", "hate.everyday"),
    ("Build a wall around the projects.", "hate.everyday"),
    ("Clear out the colonias too.", "hate.everyday"),
    ("Do the math, crime went up when they moved in.", "hate.everyday"),
    ("I'm just noticing that the neighborhood went downhill when they arrived.",
     "hate.everyday"),
    ("Ever since those people showed up the park turned into a dump.", "hate.everyday"),
    ("Property values tanked once they took over the block.", "hate.everyday"),
    ("Since the Section 8 families moved in, the street went to hell.", "hate.everyday"),
]  # fmt: skip

REJECTED = [
    ("People who come from Honduras are animals.", "hate.generalised"),
    ("People from the projects are animals.", "hate.generalised"),
    ("Kids from the projects are basically animals, no offense.", "hate.generalised"),
    ("Those people from the colonias are a disease.", "hate.generalised"),
]

APPROVED = [
    "People who come from Honduras are hard workers.",
    "People who come from Honduras are not criminals.",
    "Folks who moved here from Mexico are the reason this town still has a main street.",
    "Everyone who came from Haiti after the quake got TPS.",
    "The women at my church are all on welfare committees.",
    "Teachers and nurses should stay home when they're sick, women included.",
    "Immigrants shouldn't be allowed to vote",
    "Immigrants shouldn't be allowed to vote in federal elections until they naturalize.",
    "Women should stay home if they have the flu.",
    "Nobody from the rez was invited to the hearing, which is a disgrace.",
    "People from the rez deserve clean water like everyone else.",
    "It's a lie that everyone on Section 8 is a thief.",
    "Saying people from the projects are animals is disgusting racism.",
    "My uncle says folks from the barrio don't belong in this town. He's wrong.",
    "People who pray five times a day are my neighbors and they are wonderful.",
    "Folks with accents should be teaching our kids, they bring so much.",
    "The ones who just got off the bus were exhausted and hungry.",
    "Those people from the county board can't hold down a budget.",
    "People from Mexico are hard workers.",
    "Nobody from Mexico can afford these tariffs.",
    "The guys from the reservation won the basketball tournament again.",
    "The thieves who broke into my truck are animals.",
    "These people on the city council are clowns.",
    "People with accents are not criminals.",
    "Is everyone from Honduras a criminal? Of course not.",
    "Section 8 tenants are not drug dealers, stop spreading that.",
    "The cartel guys from Sinaloa are all drug dealers, that's literally their job.",
    "Kids in those neighborhoods can't stay out of trouble without after-school programs.",
    "The folks in certain neighborhoods don't get the same police response time.",
    "People from China should be allowed to visit their families.",
    "The people from the projects should stay home during the storm.",
    "People from the rez should get out and vote!",
    "Nobody in those neighborhoods can get a loan, because the banks redlined them.",
    "Families from the colonias need to go to the county office to sign up.",
    "People who just got off the bus need to go to the shelter on Fifth.",
    "Everyone from the tenants union is a volunteer.",
    "Folks from India are not all tech workers.",
    "People who can't speak English should be given free classes.",
    "Guys with turbans fly planes for Air India every day, and they're great pilots.",
    "People with names like that get searched at the airport more, which is discrimination.",
    "Everyone should be searched at the airport, no exceptions.",
    "Families from those neighborhoods never get the funding they need.",
    "Anybody from the barrio will tell you the taco truck is the best.",
    "The cartels will rob you blind.",
    "The people who came across the river were fleeing violence and deserve a hearing.",
    "Kids from the projects are not animals, they are kids.",
    "Nobody from the reservation will ever forget that betrayal.",
    "The ones who wear hijabs at my school are the nicest girls I know.",
    "The rez kids are always the ones winning the state cross-country title.",
    "Crime went up when they closed the rec center.",
    "Crime went down when they moved in, the new neighbors are great.",
    "People keep saying the neighborhood went downhill when they arrived, which is a racist myth.",
    "The neighborhood went downhill when they built the highway through it.",
    "It's not true that crime went up when they moved in; the stats show the opposite.",
    "The schools got better when they arrived with new funding.",
    "Property values drop when they move the landfill closer.",
    "The school gets better when they arrive with volunteers every fall.",
    "Every bigot starts with \"I'm not racist but Mexicans steal\" and it's gross.",
    "I'm not racist, and I'd never say Mexicans steal.",
    "No offense, but the women's team is the best in the league.",
    "I'm not racist, but I think the new zoning law is a mistake.",
    "With all due respect, but immigrants are not criminals.",
    "Women should stay home tonight, the storm is coming.",
    "Some women should stay home and some should work, it's their choice.",
]


@pytest.mark.parametrize(("text", "rule"), HELD)
def test_stand_in_hate_holds(text, rule):
    assert rule_action(text, "en", rule) == "hold"


@pytest.mark.parametrize(("text", "rule"), REJECTED)
def test_placed_stand_in_dehumanised_rejects(text, rule):
    assert rule_action(text, "en", rule) == "reject"


@pytest.mark.parametrize("text", APPROVED)
def test_near_misses_pass(text):
    """No rule holds the near miss (the n-gram models are judged by their own reports: one of
    them holds the vote-for-immigrants line on its words alone)."""
    verdict = screen(Submission(text=text, lang="en"), blog_model=False)
    ruled = [f.rule for f in verdict.findings if not f.rule.startswith("model.")]
    assert ruled == [], ruled
