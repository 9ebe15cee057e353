"""Spanish lines owned without being said plainly, read again as the line (`hate.reread`): a
relative's saying the writer sides with right after, in the sentence or the next one, and a
habit put in a periphrasis ("se la pasan robando", "viven pidiendo", "se dedican a robar").
The converse: a relative's saying the writer does not share ("pero estaba muy equivocado",
"Yo no lo creo.") passes. Hits, near misses and counter-speech; all examples are our own."""

import pytest

from .expect import assert_category_action

HITS = [
    # someone's saying, then the writer's agreement
    "Mi suegra dice que los gitanos se la pasan robando, y tiene razón.",
    "Mi cuñado dice que los haitianos huelen diferente y tiene toda la razón.",
    "Mi abuela siempre dijo que los judíos son unos avaros. Y la señora nunca se equivocaba.",
    "Mi abuelo decía que los indios son flojos por naturaleza. Y no se equivocaba.",
    "Mi jefe dice que las mujeres no sirven para mandar, y la verdad tiene razón.",
    "Mi papá siempre dice que los venezolanos vienen a robar, y estoy de acuerdo con él.",
    # a habit in a periphrasis
    "Los gitanos se la pasan robando.",
    "Esos hondureños se la viven robando en la central.",
    "Los haitianos nomás andan pidiendo en los cruceros.",
    "Los venezolanos se dedican a robar.",
]

PASSES = [
    # the saying denied, turned down or not taken up
    "Mi suegra dice que los gitanos roban, pero no tiene razón.",
    "Mi suegra dice que los gitanos roban, pero está equivocada.",
    "Nadie dice que los gitanos roben, y es verdad.",
    "Mi abuelo decía que los indios eran flojos, pero estaba muy equivocado.",
    "Mi abuela decía que los gitanos eran tramposos, pero ella estaba equivocada.",
    "Mi abuela decía que los gitanos eran tramposos. Yo no lo creo.",
    "Mi abuela decía que los gitanos eran tramposos, pero yo no pienso igual.",
    "Mi papá decía que los negros eran flojos, y qué equivocado estaba.",
    # a harmless saying sided with, and harmless habits
    "Mi mamá dice que los migrantes vienen a trabajar, y tiene razón.",
    "Mi maestra dice que los gitanos tienen una historia muy rica, y tiene toda la razón.",
    "Los migrantes se la pasan trabajando todo el día.",
    "Los voluntarios se dedican a ayudar a los migrantes del albergue.",
]


@pytest.mark.parametrize("text", HITS)
def test_owned_lines_are_held(text: str) -> None:
    assert_category_action(text, "flag", "hate", "es")


@pytest.mark.parametrize("text", PASSES)
def test_denied_or_harmless_lines_pass(text: str) -> None:
    assert_category_action(text, "approve", "hate", "es")
