"""Over-blocks fixed as shapes: a threat negated or support for it refused ("no le voy a
pegar", "no apoyo que maten a ..."), a vow told of a third person ("el asesino juró que
mataría a ..."), a known address followed by a kindness ("sabemos dónde viven y les llevamos
despensa"), a hateful claim knocked down (denied right after, disbelief urged before it, a
negated claim asked and rebutted) and a group as the victim of a passive act ("X were
attacked by thugs"). The same words asserted stay flagged. Hand-written rows."""

import pytest

from tests.policy.expect import assert_category_action

# (text, lang, category, expected)
ROWS = [
    # 1. negated threat / support refused: pass
    ("No apoyo que maten a los gitanos.", "es", "troll", "approve"),
    ("No estoy de acuerdo con que maten a los gitanos.", "es", "troll", "approve"),
    ("no le voy a pegar, tranquilo", "es", "troll", "approve"),
    ("Nunca le voy a pegar a nadie.", "es", "troll", "approve"),
    ("Jamás le voy a pegar a mi hijo.", "es", "troll", "approve"),
    ("No, no te voy a buscar.", "es", "troll", "approve"),
    ("I'm never going to hurt anyone.", "en", "troll", "approve"),
    # ... while the act said, or negated only for now, stays
    ("Le voy a pegar.", "es", "troll", "reject"),
    ("No te voy a matar hoy, pero mañana sí.", "es", "troll", "reject"),
    ("No le voy a pegar... todavía.", "es", "troll", "reject"),
    ("No te voy a pegar, te voy a matar.", "es", "troll", "reject"),
    ("Apoyo que maten a los gitanos.", "es", "hate", "reject"),
    # 2. a vow reported of a named third person: pass
    ("El asesino juró que mataría a todos los inmigrantes.", "es", "hate", "approve"),
    (
        "Su manifiesto decía que eliminaría a todos los gitanos, y la policía lo detuvo.",
        "es",
        "hate",
        "approve",
    ),
    ("The gunman's manifesto said he would kill all the immigrants.", "en", "hate", "approve"),
    # ... the writer's own vow stays
    ("Juro que mataría a todos los inmigrantes.", "es", "hate", "reject"),
    ("Yo mataría a todos los inmigrantes.", "es", "hate", "reject"),
    ("Te digo que mataría a todos los inmigrantes.", "es", "hate", "reject"),
    # 3. "we know where they live" and a kindness: pass
    ("Ya sabemos dónde viven los migrantes y les llevamos despensa.", "es", "troll", "approve"),
    ("Sabemos dónde viven los refugiados y les vamos a llevar cobijas.", "es", "troll", "approve"),
    ("We know where they live, and we're going to bring them blankets.", "en", "troll", "approve"),
    (
        "Ya sé dónde vives y te voy a llevar flores para darte la bienvenida.",
        "es",
        "troll",
        "approve",
    ),
    # ... alone, with a weapon, or with a menace, it stays
    ("Sabemos dónde vives.", "es", "troll", "reject"),
    ("Ya sabemos dónde viven los migrantes y vamos a ir por ellos.", "es", "troll", "reject"),
    (
        "Sabemos dónde viven y les vamos a dar la bienvenida que merecen con palos.",
        "es",
        "troll",
        "reject",
    ),
    # 4. a claim knocked down: pass
    ("Women think they are inferior, but they are not.", "en", "hate", "approve"),
    ("People say immigrants are lazy, but they aren't.", "en", "hate", "approve"),
    ("Don't let anyone tell you Muslims are dangerous.", "en", "hate", "approve"),
    ("No dejes que nadie te diga que los inmigrantes son criminales.", "es", "hate", "approve"),
    ("Haitians were attacked by thugs. They were terrified.", "en", "hate", "approve"),
    ("Mexicans were robbed by a gang of criminals last night.", "en", "hate", "approve"),
    ("Los haitianos fueron atacados por unos delincuentes.", "es", "hate", "approve"),
    # ... a new claim after "but", or the claim itself, stays
    ("Women are inferior, but they are not all bad.", "en", "hate", "flag"),
    ("Muslims are dangerous, and they are not welcome.", "en", "hate", "flag"),
    ("Let them tell you Muslims are dangerous, because they are.", "en", "hate", "flag"),
    ("Haitians are thugs.", "en", "hate", "flag"),
    ("Los haitianos son delincuentes.", "es", "hate", "flag"),
    # 5. a negated claim asked and rebutted: pass
    ("Women can't lead? Tell that to Merkel.", "en", "hate", "approve"),
    ("Women can't lead? Yes they can.", "en", "hate", "approve"),
    ("Gay people can't be good parents? Of course they can.", "en", "hate", "approve"),
    ("¿Las mujeres no pueden liderar? Claro que pueden.", "es", "hate", "approve"),
    # ... asserted, agreed with, or not asked, it stays
    ("Immigrants are lazy? Yes they are.", "en", "hate", "flag"),
    ("Women can't lead? Yes, I said it.", "en", "hate", "flag"),
    ("Women can't lead. Tell that to Merkel.", "en", "hate", "flag"),
    ("Las mujeres no pueden liderar.", "es", "hate", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), ROWS)
def test_overblocks_knocked_down(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
