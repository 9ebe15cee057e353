"""Harmless comments the engine held or rejected before this change (over-blocks: counted
like a miss), each beside violations of the same shape that must still be flagged.

- a Spanish plural object pronoun whose referent is a thing of policy ("desaparézcanlos,
  esos gastos") is abolished spending, not people;
- a harmful goal put as a condition and judged met ("si el objetivo es castigar a los X,
  funciona") mocks a policy;
- "they should never have been let in" after a sentence that names no people (raccoons in the
  garage) has no protected target; alone, it stays held;
- a people's word in a club's name ("el Atlético Norteño") is the club;
- "¡Ay, cabrón, ...!" of surprise names no one;
- a mild swear at the weather counts half ("damn heat", "qué pinche calor");
- a civil insult word said of a rule or a thing ("the new parking rules are so dumb");
- "X love them ..., hate them ..." describes a third party's hatred.
"""

import pytest

from tests.policy.expect import assert_category_action

# (text, lang, category whose finding held it before)
OVER_BLOCKS = [
    ("Desaparézcanlos del presupuesto, esos gastos.", "es", "troll"),
    ("Los subsidios a las petroleras no sirven. Desaparézcanlos.", "es", "troll"),
    ("Los impuestos a la gasolina hay que eliminarlos de una vez.", "es", "troll"),
    ("Los privilegios de los diputados, desaparézcanlos todos.", "es", "troll"),
    ("Quémenlos, esos recibos viejos, no sirven para nada.", "es", "troll"),
    ("Si el objetivo es castigar a los migrantes, funciona.", "es", "hate"),
    ("Si la meta era expulsar a los migrantes, misión cumplida.", "es", "hate"),
    ("If the goal is to punish immigrants, it's working.", "en", "hate"),
    (
        "The raccoons got into the garage again. They should never have been let in to begin with.",
        "en",
        "hate",
    ),
    ("La directiva del Atlético Norteño es una vergüenza.", "es", "hate"),
    ("El Deportivo Chiapaneco es una vergüenza, tres goles en contra en casa.", "es", "hate"),
    ("¡Ay cabrón, no me esperaba ese final!", "es", "troll"),
    ("¡Ah cabrón, no me lo esperaba!", "es", "troll"),
    ("¡Ay cabrona, qué susto con el temblor!", "es", "troll"),
    ("¡Puta madre, qué pinche calor hace hoy en la plaza!", "es", "profanity"),
    ("Damn drought, damn heat, damn water bill. Long week.", "en", "profanity"),
    ("The new parking rules are so dumb.", "en", "troll"),
    ("Filters are so dumb sometimes.", "en", "troll"),
    ("The mayor loves Haitians at rallies, hates them in budget meetings.", "en", "hate"),
]

# (text, lang, category that must flag it)
STILL_FLAGGED = [
    ("Desaparézcanlos a todos, esos reporteros.", "es", "troll"),
    ("Los periodistas no sirven. Desaparézcanlos.", "es", "troll"),
    ("Esos migrantes, desaparézcanlos ya.", "es", "hate"),
    ("Los haitianos del albergue, quémenlos.", "es", "hate"),
    ("Si el objetivo es matar a los migrantes, yo me apunto.", "es", "hate"),
    ("If the goal is to get rid of immigrants, let's do it.", "en", "hate"),
    ("The goal is to punish immigrants.", "en", "hate"),
    ("They should never have been let in to begin with.", "en", "hate"),
    ("Mexicans should never have been let in to begin with.", "en", "hate"),
    ("Those people should never have been let in to begin with.", "en", "hate"),
    (
        "Haitians ruined this town. They should never have been let in to begin with.",
        "en",
        "hate",
    ),
    ("Los norteños son una vergüenza.", "es", "hate"),
    ("Los chiapanecos son unos tramposos.", "es", "hate"),
    ("¡Ay cabrón, qué pendejo eres!", "es", "troll"),
    ("¡Cabrón, lárgate de aquí!", "es", "troll"),
    ("Cabrón, ¿qué haces aquí?", "es", "troll"),
    ("Puta madre, otra vez recortes. Pinche gobierno.", "es", "profanity"),
    ("Commenters are so dumb sometimes.", "en", "troll"),
    ("You are so dumb sometimes.", "en", "troll"),
    ("Love the food, hate the Mexicans.", "en", "hate"),
    ("Honestly, love tacos, hate Mexicans.", "en", "hate"),
]


@pytest.mark.parametrize(("text", "lang", "category"), OVER_BLOCKS)
def test_overblock_now_passes(text: str, lang: str, category: str) -> None:
    assert_category_action(text, "approve", category, lang)


@pytest.mark.parametrize(("text", "lang", "category"), STILL_FLAGGED)
def test_close_violation_still_flagged(text: str, lang: str, category: str) -> None:
    assert_category_action(text, "flag", category, lang)
