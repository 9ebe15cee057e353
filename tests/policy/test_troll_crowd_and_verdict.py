"""Two ways an insult points at the thread: a bare "bola de" hailing the commenters ("...,
bola de huevones"), and a one-word verdict closing a comment whose last sentence speaks to a
reader or the author ("Do you even own a TV? Pathetic."). Their near misses must pass: "bola
de" describing officials or a snowball, the verdict on a politician's or a council's conduct,
on a turnout, shared with a reader agreed with, or on the writer's own slip. Rules alone;
hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_rules_pass_all, rule_action

AIMED = [
    ("Aquí nomás opinan los que no trabajan, bola de huevones", "es"),
    ("Ustedes los del blog siempre censuran lo que no les conviene, bola de hipócritas.", "es"),
    ("Lean antes de comentar, bola de ignorantes.", "es"),
    (
        "Why do you even post here, Linda? Every comment is you crying about something. Pathetic.",
        "en",
    ),
    ("You're not a 'truth teller', you're a guy with a keyboard and a grudge. Pathetic.", "en"),
    ("Who lets the author write about soccer? Do you even own a TV? Pathetic.", "en"),
    ("@Carmen_L tú siempre con tus rollos, seguro eres de las que todo le ofende. Ridícula.", "es"),
]

PASSES = [
    ("Did you see the turnout at the forum? Pathetic.", "en"),
    ("The council voted to raise water fees again. Pathetic.", "en"),
    ("You're right that the mayor skipped the hearing again. Pathetic.", "en"),
    ("Your comment is spot on, the county ignored the flooding for a decade. Pathetic.", "en"),
    ("You are so right, Linda. The senator voted against the bridge funding. Pathetic.", "en"),
    ("I forgot my own kid's recital. Pathetic, I know.", "en"),
    (
        "Do you remember when the bridge wait was 20 minutes? Now it's 3 hours. Ridiculous.",
        "en",
    ),
    ("¿Viste lo que hizo el cabildo? Otra vez subieron el predial. Patético.", "es"),
    ("Tienes razón, el gobernador no dijo nada de los desaparecidos. Patético.", "es"),
    ("Como dice el autor, los diputados se subieron el sueldo. Ridículo.", "es"),
    ("El autor tiene razón: tres años y el puente sigue cerrado. Mediocre.", "es"),
    ("Los diputados son una bola de inútiles, no aprobaron nada.", "es"),
    ("Los del cabildo, bola de inútiles, otra vez sin quórum.", "es"),
    ("Esa bola de rateros del gobierno nos tiene sin agua.", "es"),
    ("Me tocó una bola de nieve en la cara, jaja.", "es"),
    ('Dicen "bola de huevones" a los que protestan, y eso es injusto.', "es"),
]


@pytest.mark.parametrize(("text", "lang"), AIMED)
def test_insult_at_the_thread_holds(text: str, lang: str) -> None:
    assert rule_action(text, lang, "troll.personal_attack") == "hold"


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_verdict_on_conduct_passes(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)
