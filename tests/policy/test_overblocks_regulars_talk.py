"""Over-blocks of a border blog's regulars fixed as shapes: "entitled to" a benefit as the
law's word, a people credited with a good outcome ("the reason our choir got so good"), a
loyalty the writer admires, "no matter what" as a concession, a stereotype others say resented
("me cansa que digan que somos ..."), a friend hailed as "cabrón" in a greeting, a "cabrón" of
surprise before a plural noun ("¡Ay cabrón, qué carreras!"), a role judged at its job with a
mild word ("That coach is clueless"), a safe space asked for a group, scorn for those who hate a
group, and "as hell" as a degree. The same words aimed at a group or a reader stay flagged.
Hand-written rows."""

import pytest

from tests.policy.expect import assert_category_action, category_action, held_elsewhere

# (text, lang, category, expected)
ROWS = [
    # 1. "entitled to" a benefit: pass
    ("Refugees are entitled to welfare for eight months.", "en", "hate", "approve"),
    ("Asylum seekers are entitled to a lawyer at the hearing.", "en", "hate", "approve"),
    # ... the charge of entitlement stays
    ("Refugees are entitled parasites.", "en", "hate", "reject"),
    ("Refugees are so entitled to everything.", "en", "hate", "reject"),
    ("Refugees are entitled, lazy and ungrateful.", "en", "hate", "reject"),
    ("Refugees act entitled to everything we own.", "en", "hate", "reject"),
    # 2. a people credited with a good outcome: pass
    ("Haitians are the reason our church choir got so good.", "en", "hate", "approve"),
    ("Mexicans are the reason this town has the best food in Texas.", "en", "hate", "approve"),
    (
        "Los mexicanos son la razón por la que el coro de la iglesia suena tan bien.",
        "es",
        "hate",
        "approve",
    ),
    ("Muslims are the reason the food drive doubled this year.", "en", "hate", "approve"),
    # ... harm or a good lost charged to them stays
    ("Muslims are the reason rents doubled this year.", "en", "hate", "reject"),
    ("Haitians are the reason crime went up.", "en", "hate", "reject"),
    ("Haitians are the reason our town is not good anymore.", "en", "hate", "reject"),
    ("Mexicans are the reason our schools got so bad.", "en", "hate", "reject"),
    ("Los mexicanos son la razón por la que hay tanto crimen.", "es", "hate", "flag"),
    ("Los haitianos son la razón por la que el barrio ya no es bonito.", "es", "hate", "flag"),
    # 3. a loyalty admired, "no matter what" as a concession: pass
    (
        "Haitians always stick together no matter what, and I admire that.",
        "en",
        "hate",
        "approve",
    ),
    ("Mexicans show up for work no matter the weather.", "en", "hate", "approve"),
    ("Los inmigrantes siempre se ayudan entre ellos, y eso lo admiro.", "es", "hate", "approve"),
    # ... the clan as a charge, or worth denied, stays
    ("Haitians always stick together no matter what.", "en", "hate", "flag"),
    ("Los inmigrantes siempre se tapan entre ellos, como mafia.", "es", "hate", "flag"),
    ("Haitians don't matter no matter what you say.", "en", "hate", "flag"),
    # 4. a stereotype others say, resented by one of the people: pass
    ("Como mexicana, me cansa que digan que somos flojos.", "es", "hate", "approve"),
    (
        "Como mexicano, estoy harto de que digan que somos flojos; trabajamos más que nadie.",
        "es",
        "hate",
        "approve",
    ),
    (
        "A mi tía le dijeron que los haitianos son sucios y ella les contestó que no.",
        "es",
        "hate",
        "approve",
    ),
    # ... said in the writer's voice, agreed with, or the talk waved away, it stays
    ("Mis amigos dijeron que los mexicanos son flojos y tienen razón.", "es", "hate", "reject"),
    ("Los mexicanos son flojos.", "es", "hate", "reject"),
    ("Como mexicano te digo que somos flojos.", "es", "hate", "flag"),
    ("Que digan lo que quieran, los haitianos viven del gobierno.", "es", "hate", "flag"),
    # 5. a friend hailed as "cabrón", a "cabrón" of surprise: pass
    ("Qué buena onda, cabrón.", "es", "troll", "approve"),
    ("Qué onda, cabrón, ¿vienes al partido?", "es", "troll", "approve"),
    ("¡Órale cabrón, qué bien te quedó la carne asada!", "es", "troll", "approve"),
    ("¡Ay cabrón, qué carreras!", "es", "troll", "approve"),
    ("¡Ay cabrón, qué fronteras tan largas!", "es", "troll", "approve"),
    # ... a predicate, a second swear or an order keeps the attack
    ("Eres un cabrón de mierda.", "es", "troll", "flag"),
    ("Pinche cabrón, cállate.", "es", "troll", "flag"),
    ("Qué onda, cabrón, cállate ya.", "es", "troll", "flag"),
    ("Hola cabrón, eres un inútil.", "es", "troll", "flag"),
    ("Cabrón, te arrepentirás.", "es", "troll", "flag"),
    # 6. a role judged at its job with a mild word: pass
    ("That coach is clueless.", "en", "troll", "approve"),
    ("That ref is clueless.", "en", "troll", "approve"),
    ("El entrenador es incompetente.", "es", "troll", "approve"),
    # ... said to a reader, in the thread, or with a name-calling noun, it stays
    ("You are clueless, idiot.", "en", "troll", "flag"),
    ("That coach is clueless, ignore him.", "en", "troll", "flag"),
    ("That coach is an idiot.", "en", "troll", "flag"),
    ("Eres un incompetente.", "es", "troll", "flag"),
    # 7. a safe space asked for a group: pass; the taunt stays
    ("Gay kids need a safe space of their own.", "en", "troll", "approve"),
    ("Need a safe space, snowflake?", "en", "troll", "flag"),
    ("You need a safe space, go cry.", "en", "troll", "flag"),
    ("Gay kids should be kept away from ours.", "en", "hate", "reject"),
    # 8. scorn for those who hate a group: pass
    pytest.param(
        "Los putos nazis que odian a los judíos son escoria.",
        "es",
        "troll",
        "approve",
        marks=held_elsewhere("the blog model holds it as hate"),
    ),
    ("Los racistas que odian a los mexicanos son basura.", "es", "hate", "approve"),
    ("Los racistas que odian a los mexicanos son unos pendejos.", "es", "troll", "approve"),
    ("The fucking Nazis who hate Jews are scum.", "en", "troll", "approve"),
    # ... the group itself scorned stays
    ("Los judíos son escoria.", "es", "hate", "reject"),
    ("Los judíos que viven aquí son escoria.", "es", "hate", "reject"),
    ("Jews who live here are scum.", "en", "hate", "flag"),
    # ... and so does a people named as the haters
    ("Los judíos que atacan a los palestinos son escoria.", "es", "hate", "flag"),
    ("Muslims who attack Jews are scum.", "en", "troll", "flag"),
    ("¿Qué tal si te callas, cabrón?", "es", "troll", "flag"),
    # 9. "as hell" as a degree: pass; more swearing stays
    ("Damn, that carne asada was good as hell.", "en", "profanity", "approve"),
    ("Damn, this heat is hot as hell, shit.", "en", "profanity", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), ROWS)
def test_overblocks_regulars_talk(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)


# Rows whose hate the rules now pass and the blog model still holds (it sees "putos" and
# "escoria" beside a people): the rules' findings alone.
RULES_ROWS = [
    ("Los putos nazis que odian a los judíos son escoria.", "es", "hate", "approve"),
    ("Los pinches nazis que odian a los mexicanos son basura.", "es", "hate", "approve"),
    ("Los judíos son escoria.", "es", "hate", "reject"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), RULES_ROWS)
def test_overblocks_regulars_talk_rules(text: str, lang: str, category: str, expected: str) -> None:
    assert category_action(text, category, lang, blog_model=False) == expected, text
