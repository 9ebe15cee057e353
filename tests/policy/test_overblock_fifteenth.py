"""Harmless comments the rules used to flag, fifteenth round, with the near misses that must
still be caught. A fee, a due or a hike is a thing to "kill"; burying someone in comments or
paperwork is a figure of speech; a prayer for a family is grief; a road hazard named after
"watch your back" is a warning to neighbours; a quoted threat after a verb of receiving it is
a victim's report. Blame refused ("stop blaming X for ...", "culpar a los X de ... es otra
cosa") is counter-speech; a group word that names the purpose of a post or an office leaves
the predicate on the post; "female" beside an animal noun is the animal's sex. A person
named as the one a killing befell ("was killed during ...", "..., killed in ...") is its
victim, not accused of it.
Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # A fee, a due or a hike as the thing to kill ...
    ("Kill the parking fee, not the farmers market.", "en", "troll", "approve"),
    ("Let's kill the water rate hike at Tuesday's meeting.", "en", "troll", "approve"),
    # ... but a person or people as the object is still a threat.
    ("Kill the landlord, not the fee.", "en", "troll", "flag"),
    ("Kill the neighbors who complained about the fee.", "en", "troll", "flag"),
    # Buried in paperwork or comments is a figure of speech ...
    (
        "We'll bury them in records requests until they publish the contract.",
        "en",
        "troll",
        "approve",
    ),
    ("Bury the board in public comments, the hearing is Monday.", "en", "troll", "approve"),
    # ... buried in the ground is not.
    ("We'll bury them in the desert where nobody looks.", "en", "troll", "flag"),
    # A prayer for a family is grief ...
    (
        "Pray for the family of the man shot at the gas station last night.",
        "en",
        "troll",
        "approve",
    ),
    ("Recen por la familia del joven que mataron en la carretera.", "es", "troll", "approve"),
    # A road or weather hazard named after "watch your back" is a warning ...
    ("Watch your back, the potholes on Mesa are eating tires again.", "en", "troll", "approve"),
    # ... someone who knows where you live is a threat.
    ("Watch your back, my cousins know where you park.", "en", "troll", "flag"),
    ("Watch your back, the guys from the shop are looking for you.", "en", "troll", "flag"),
    # A quoted threat after a verb of receiving it is a victim's report ...
    (
        "My neighbor got 'we know where you live' after posting about the dump.",
        "en",
        "troll",
        "approve",
    ),
    (
        "A mi tía le escribieron 'ya sabemos dónde vives' por una reseña del taller.",
        "es",
        "troll",
        "approve",
    ),
    # ... the writer passing it on, or saying it, is a threat.
    ("Mi primo te manda 'ya sabemos dónde vives'.", "es", "troll", "flag"),
    ("We know where you live, and my cousin got your plate number.", "en", "troll", "flag"),
    # Blame refused is counter-speech ...
    (
        "Dejen de culpar a los migrantes de la inflación, el problema es otro.",
        "es",
        "hate",
        "approve",
    ),
    ("Culpar a los musulmanes de un atentado es otra cosa.", "es", "hate", "approve"),
    # ... blame with a verdict on the group is still hate.
    ("Culpen a los migrantes de todo, son una plaga.", "es", "hate", "flag"),
    ("Dejen de culpar a los migrantes, son una plaga.", "es", "hate", "flag"),
    ("Stop blaming immigrants, they are a plague anyway.", "en", "hate", "flag"),
    # A group word naming a post's purpose leaves the predicate on the post ...
    ("Honestly the city's refugee outreach budget is a waste of money.", "en", "hate", "approve"),
    # ... the group itself as the subject is still a verdict on it.
    ("Refugee families are a waste of money.", "en", "hate", "flag"),
    # "Female" beside an animal noun is the animal's sex ...
    ("Dog show people: a bitch is just a female dog, relax.", "en", "hate", "approve"),
    # ... women called dogs are still derogated.
    ("Women are female dogs.", "en", "hate", "flag"),
    ("Are women dogs?", "en", "hate", "flag"),
    # A person named as the one a killing befell is its victim ...
    (
        "Sharing the vigil for Officer Ray Delgado, killed during the flood rescue.",
        "en",
        "libel",
        "approve",
    ),
    ("Councilman Tom Brandt was shot at the parade last night.", "en", "libel", "approve"),
    (
        "Qué tristeza lo del profe Julián Navarro, asesinado en la carretera el sábado.",
        "es",
        "libel",
        "approve",
    ),
    # ... as the one who did it, or with an agent named, it is still a claim.
    ("Councilman Tom Brandt killed a man at the parade last night.", "en", "libel", "flag"),
    ("Officer Ray Delgado was killed by Councilman Tom Brandt.", "en", "libel", "flag"),
    ("El alcalde Ruiz mató a la periodista Lucía Ferrer.", "es", "libel", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_fifteenth(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
