"""Implicit hate in whole-sentence shapes (`hate.group_shape`): a named group plus a pest
simile, "don't mix", a list, a decline dated from its arrival, crime said to follow it, a
latent danger, a loaded question, ruin in office or exclusion from a role; with the near
misses that must pass (no group, negation, counter-speech, a budget or a season "like
locusts")."""

import pytest

from moderation.policy import Submission, screen

RULE = "hate.group_shape"

HITS = [
    "Those refugees are like termites, they hollow out every street they live on.",
    "Somalis spread through a city like mold through a basement.",
    "Hindus and this country don't mix. Never will.",
    "Register all the Syrians in a database and crime would fall.",
    "Keep the Haitians on their side of the bridge and everyone is happy.",
    "Ever since the Cubans moved in, the whole street went downhill.",
    "Our park was clean and safe once. That was before the Somalis arrived.",
    "Every Arab taxi driver in this town is one bad day away from a bombing.",
    "Why are Jews always running the banks? Just asking.",
    "Hire a woman sheriff, get a broken department.",
    "Lesbians shouldn't be anywhere near our schools.",
    "Weeds come back every spring. Same with the migrants.",
    "Los ecuatorianos son como las cucarachas, se meten en todas partes.",
    "Los musulmanes y la democracia no se mezclan.",
    "Hay que poner a todos los gitanos en una lista.",
    "Desde que llegaron los hondureños el barrio se fue al carajo.",
    "Antes la plaza era tranquila. Luego llegaron los haitianos.",
    "Los gays no deberían trabajar con niños.",
    "Con los marroquíes no se puede convivir.",
]
PASSES = [
    "The tourist season went through downtown like locusts, not a taco left.",
    "The budget cuts ate the library hours like termites.",
    "Oil and water don't mix, and neither do my neighbours' dogs.",
    "Put the potholes on a list and fix them before winter.",
    "Our block went downhill once the mill closed and the bus stopped running.",
    "Once the Somali families arrived the block got a bakery and a soccer league.",
    "Crime went up after the plant closed, not when the Venezuelans arrived.",
    "Kids shouldn't be anywhere near the highway construction.",
    'Calling Muslims "one sermon away from a vest" is racist garbage.',
    "It is racist to say the street went downhill once the Cubans moved in.",
    "I'm Mexican and my family moved in in 1990; the street was great then and now.",
    "Los turistas arrasan la costa como langostas cada agosto.",
    "El barrio se fue al carajo desde que cerraron la fábrica.",
    "Decir que los gitanos son una plaga es racismo puro.",
    "Los gitanos llegaron a la península en el siglo XV.",
    "Los niños no deberían jugar cerca de la carretera.",
    "Robberies rose once the Hondurans came, the mayor said, but the police logs say otherwise.",
    "Desde que llegaron los sirios subieron los robos, afirmó el concejal; es falso.",
]


@pytest.mark.parametrize("text", HITS)
def test_held_as_hate(text):
    verdict = screen(Submission(text=text))
    assert verdict.action in ("hold", "reject"), verdict.to_dict()
    assert "hate" in verdict.categories, verdict.to_dict()


@pytest.mark.parametrize("text", PASSES)
def test_passes_the_shapes(text):
    verdict = screen(Submission(text=text))
    assert RULE not in [f.rule for f in verdict.findings], verdict.to_dict()
