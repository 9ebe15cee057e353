"""Five rules that open with a search of the folded comment declare it as their gate
(`rule(..., needs=...)`), so the screen's one walk of the shared needle index skips them on
comments without its words; the stand-in search of `names_stand_in` sits behind the same
index (`NeedleGate`). Nothing a rule finds may change: the hits below still come from their
rules, and the near misses (the gate's words there, the rule's shape not) still pass.
`test_rule_gates.py` checks every gated rule against its gate on all the table cases."""

import pytest

from moderation.policy.analysis import analyse
from moderation.policy.rules import all_rules
from moderation.policy.rules.hate_everyday import masking
from tests.policy.expect import assert_category_action, rule_action

_NEWLY_GATED = (
    "hate.en_habit",
    "hate.en_shut",
    "hate.en_unwelcome",
    "profanity.favours",
    "troll.sealion",
)


def test_the_rules_are_gated_by_the_index():
    gated = {r.id: r.needs for r in all_rules() if r.id in _NEWLY_GATED}
    assert set(gated) == set(_NEWLY_GATED)
    for rule_id, needs in gated.items():
        assert needs is not None and needs.number is not None, rule_id
        assert not needs.searched, rule_id  # every pattern is read from the index


# (text, lang, the rule that must still find it)
HITS = [
    ("Immigrants always bring crime wherever they go.", "en", "hate.en_habit"),
    ("Muslims should never be allowed to adopt children.", "en", "hate.en_shut"),
    ("Mexicans are not welcome here.", "en", "hate.en_unwelcome"),
    ("Immigrants are not welcome in this town.", "en", "hate.en_unwelcome"),
    ("La diputada subió en las encuestas de rodillas.", "es", "profanity.favours"),
    ("Esa regidora llegó al puesto mamándosela a alguien del partido.", "es", "profanity.favours"),
    ("The new manager got the job on her knees, everyone knows it.", "en", "profanity.favours"),
    (
        "Why won't you answer? Where is your source? What are you afraid of? I'll wait.",
        "en",
        "troll.sealion",
    ),
    (
        "¿Por qué no contestas? ¿Dónde está tu fuente? ¿Tienes miedo? Sigo esperando.",
        "es",
        "troll.sealion",
    ),
]


@pytest.mark.parametrize(("text", "lang", "rule_id"), HITS)
def test_gated_rules_still_find_their_comments(text, lang, rule_id):
    assert rule_action(text, lang, rule_id) is not None
    assert_category_action(text, "flag", rule_id.split(".")[0], lang)


# The gate's words are there, the rule's shape is not: approved, as before.
NEAR_MISSES = [
    ("I always bring a jacket wherever I go.", "hate", "en"),
    ("Students should be allowed to vote in the student council.", "hate", "en"),
    ("Everyone is welcome at the library on Saturday.", "hate", "en"),
    ("Llegó de rodillas a la Basílica para cumplir su promesa.", "profanity", "es"),
    ("Where is the bus stop? Is it near the library? Thanks, I'll wait there.", "troll", "en"),
    (
        "¿A qué hora abre la biblioteca? ¿Y los sábados? Gracias, sigo esperando el camión.",
        "troll",
        "es",
    ),
]


@pytest.mark.parametrize(("text", "category", "lang"), NEAR_MISSES)
def test_near_misses_still_pass(text, category, lang):
    assert_category_action(text, "approve", category, lang)


STAND_IN_TEXTS = [
    "These people are ruining the country.",
    "Esa gente no respeta nada.",
    "The other side of the river floods every spring.",
    "People like you make this town better.",
    "The council meets on Tuesday about the bridge.",
    "Los de afuera vienen a robar.",
    "Nos vemos en el parque el domingo.",
]


@pytest.mark.parametrize("text", STAND_IN_TEXTS)
def test_stand_in_gate_answers_as_the_search(text):
    folded = analyse(text, None).norm.text
    gated = masking._STAND_INS_GATED.search(folded)
    plain = masking._STAND_INS.search(folded)
    assert (gated is None) == (plain is None)
