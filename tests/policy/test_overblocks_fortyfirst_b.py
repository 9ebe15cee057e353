"""Over-blocks fixed as shapes: a group said to arrive with nothing but what it can carry
(poverty, not a charge), the danger run by being a member somewhere ("being gay in Iran is
dangerous"), a prejudice called disgusting ("la homofobia es asquerosa"), a negated claim
asked back and answered with a named example ("Women can't lead? Look at Merkel."), and a
"why should X not ...?" question that argues for equality. The same words asserted stay
flagged. Hand-written rows."""

import pytest

from tests.policy.expect import assert_category_action

# (text, lang, category, expected)
ROWS = [
    # 1. nothing but what they carry: pass
    ("Refugees bring nothing but the clothes on their backs.", "en", "hate", "approve"),
    ("Most migrants bring nothing but a suitcase and some photos.", "en", "hate", "approve"),
    ("Asylum seekers bring nothing but their children and one bag.", "en", "hate", "approve"),
    ("Those refugees bring nothing but a few old shoes.", "en", "hate", "approve"),
    ("Many immigrants bring nothing but their skills.", "en", "hate", "approve"),
    # ... a charge after "nothing but" stays
    ("Refugees bring nothing but trouble.", "en", "hate", "flag"),
    ("Migrants bring nothing but crime to this town.", "en", "hate", "flag"),
    ("Immigrants bring nothing but their bags and their diseases.", "en", "hate", "flag"),
    # 2. the danger of being a member somewhere: pass
    ("Being gay in Iran is dangerous.", "en", "hate", "approve"),
    ("Being a woman in Afghanistan is dangerous.", "en", "hate", "approve"),
    ("Being trans in some states is risky these days.", "en", "hate", "approve"),
    ("Ser gay en Irán es peligroso.", "es", "hate", "approve"),
    ("Ser una mujer en ese país es peligroso.", "es", "hate", "approve"),
    # ... the group called dangerous stays
    ("Gays are dangerous.", "en", "hate", "flag"),
    ("Being gay is a disease.", "en", "hate", "flag"),
    ("Los gays son peligrosos.", "es", "hate", "flag"),
    # 3. a prejudice called disgusting: pass
    ("La homofobia es asquerosa.", "es", "troll", "approve"),
    ("La xenofobia es repugnante.", "es", "troll", "approve"),
    ("El machismo es patético.", "es", "troll", "approve"),
    ("El antisemitismo es asqueroso, sin más.", "es", "troll", "approve"),
    ("Homophobia is disgusting.", "en", "troll", "approve"),
    ("Racism is pathetic.", "en", "troll", "approve"),
    # ... the reader insulted stays
    ("La homofobia es asquerosa, igual que tú.", "es", "troll", "flag"),
    ("Tu homofobia es asquerosa, idiota.", "es", "troll", "flag"),
    ("Eres asquerosa.", "es", "troll", "flag"),
    # 4. a negated claim asked back and rebutted by a named example: pass
    ("¿Las mujeres no pueden mandar? Mira a Merkel.", "es", "hate", "approve"),
    ("Women can't lead? Look at Merkel.", "en", "hate", "approve"),
    ("Women can't lead? Just look at Jacinda Ardern.", "en", "hate", "approve"),
    (
        "¿Los gitanos no son buenos estudiantes? Ahí está mi prima Lola, médica.",
        "es",
        "hate",
        "approve",
    ),
    # ... said flat, or pointing at the group itself, stays
    ("Women can't lead. Look at Merkel.", "en", "hate", "flag"),
    ("Las mujeres no pueden mandar. Mira a Merkel.", "es", "hate", "flag"),
    ("Women can't lead? Look at them.", "en", "hate", "flag"),
    ("¿Las mujeres no pueden mandar? Mira a las mujeres, no sirven.", "es", "hate", "flag"),
    # 5. "why should X not ...?" argues for them: pass
    ("Why should women not be treated as equals?", "en", "hate", "approve"),
    ("Why should women not be equals?", "en", "hate", "approve"),
    ("Why would immigrants not be good neighbours?", "en", "hate", "approve"),
    ("¿Por qué las mujeres no deberían ser tratadas como iguales?", "es", "hate", "approve"),
    ("¿Por qué los gays no podrían ser buenos padres?", "es", "hate", "approve"),
    # ... the denial asserted, or a question about a nature, stays
    ("Women should not be equals.", "en", "hate", "flag"),
    ("Las mujeres no deberían ser tratadas como iguales.", "es", "hate", "flag"),
    ("Why can women not ever be normal?", "en", "hate", "flag"),
    ("Why do women never work?", "en", "hate", "flag"),
    # 6. a headless relative makes the violent verb the attackers': they are condemned, pass
    ("Los que golpean a los migrantes son unos cobardes.", "es", "hate", "approve"),
    ("Los que agreden a los gays hacen mal y deberían estar presos.", "es", "hate", "approve"),
    ("Quienes atacan a los judíos de esta ciudad no nos representan.", "es", "hate", "approve"),
    # ... the attackers praised, or the violence called for, stays
    ("Los que golpean a los migrantes son unos héroes.", "es", "hate", "flag"),
    ("Los que agreden a los gays merecen una medalla.", "es", "hate", "flag"),
    ("Hay que golpear a los migrantes.", "es", "hate", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), ROWS)
def test_overblocks_fortyfirst_b(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
