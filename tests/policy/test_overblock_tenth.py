"""Harmless comments the rules used to hold, tenth round, with the near misses that must still
be caught: a quoted claim condemned after its closing quote (inside a broad match), a claim
named as a theory or rumour ("las teorías de que ..."), an act against a group judged wrong
("me parece injusto culpar a ..."), "echar la culpa" (to blame), a swear word intensifying a
thing ("esta puta ley"), "they" after another party's act on the group, a tolerating
question about how others treat a group, "estas" (these) before a plural noun, and a slur
the writer agrees is called a slur. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # A quoted claim, then the writer's label after the closing quote ...
    ('"Todos los hondureños son pandilleros" es mentira y es peligroso.', "es", "hate", "approve"),
    ('"Los gitanos son ladrones" es racista y además falso.', "es", "hate", "approve"),
    (
        'A fan posting that "Jews own the banks" is exactly the antisemitic rot we saw in 1930.',
        "en",
        "hate",
        "approve",
    ),
    # ... but the claim agreed with, or the label denied, is still held.
    ('"Todos los hondureños son pandilleros" y son peligrosos.', "es", "hate", "flag"),
    ('"Los gitanos son ladrones" no es racista, es la verdad y son basura.', "es", "hate", "flag"),
    (
        '"Jews own the banks" is not antisemitic, it is true and they are garbage.',
        "en",
        "hate",
        "flag",
    ),
    # A claim with the group in quotes, dismissed as junk in the next sentence ...
    pytest.param(
        'Otra vez que "los judíos" están detrás de la migración. Es la misma basura de siempre.',
        "es",
        "hate",
        "approve",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the blog model holds it as hate at p(flag) 0.61 (cut 0.59) since the "
            "seventeenth session's retrain; the rules approve",
        ),
    ),
    ('Someone posted that "Jews" run the newspapers. That is garbage.', "en", "hate", "approve"),
    # ... but with no quotes, or the junk said of a group, it is still held.
    ("Los judíos pagan las caravanas. Es la misma basura de siempre.", "es", "hate", "flag"),
    (
        'Ya salió otro con que "los judíos" pagan las caravanas. Es la misma basura que los '
        "refugiados.",
        "es",
        "hate",
        "flag",
    ),
    # A claim named as a theory or a rumour before "that"/"de que" ...
    (
        "Ya me cansé de las teorías de que los judíos financian las caravanas.",
        "es",
        "hate",
        "approve",
    ),
    ("I am tired of the conspiracy theories that Jews control the banks.", "en", "hate", "approve"),
    # ... but the same frame called true is the writer's claim.
    ("Las teorías de que los judíos controlan los bancos son ciertas.", "es", "hate", "flag"),
    ("The theories that Jews control the banks are correct.", "en", "hate", "flag"),
    # An act against a group judged wrong ...
    ("Me parece injusto culpar a los haitianos de la falta de vivienda.", "es", "hate", "approve"),
    ("Echarles la culpa a los refugiados de todo es fácil y cobarde.", "es", "hate", "approve"),
    (
        "Los datos no cuadran. Echarle la culpa a los migrantes es peligroso.",
        "es",
        "hate",
        "approve",
    ),
    # ... but an approving word or an expulsion is still held.
    ("Me parece bien culpar a los haitianos de todo.", "es", "hate", "flag"),
    ("Me parece justo deportar a los haitianos.", "es", "hate", "flag"),
    ("Los migrantes traen crimen, hay que echarlos ya.", "es", "hate", "flag"),
    # A swear word intensifying a thing ...
    ("Esta puta ley de alquileres no sirve para nada.", "es", "hate", "approve"),
    ("Qué puta semana, otra vez sin luz en el barrio.", "es", "hate", "approve"),
    # ... but as a noun for a woman, or after "eres una", it is still a slur.
    ("Esa puta no sabe ni escribir.", "es", "hate", "flag"),
    ("Eres una puta.", "es", "hate", "flag"),
    # "They" after another party's act on the group ...
    (
        "Refugees rent damp basements and the slumlords squeeze them. They are disgusting.",
        "en",
        "hate",
        "approve",
    ),
    # ... but with no other party, "they" is the group.
    ("Refugees moved into our street. They are disgusting.", "en", "hate", "flag"),
    # A tolerating question about how others treat a group ...
    ("Why do we let employers underpay migrant workers like this?", "en", "hate", "approve"),
    # ... but asked of the group itself it is still held.
    ("Why do we let immigrants in?", "en", "hate", "flag"),
    ("Why do we tolerate Muslims?", "en", "hate", "flag"),
    # "estas" (these) before a plural noun ...
    ("Estas ridículas reglas de estacionamiento no tienen sentido.", "es", "troll", "approve"),
    ("Estas estúpidas multas solo castigan a los vecinos.", "es", "troll", "approve"),
    # ... but "estás" (you are) with an insult, or a demonstrative before a person, still aims.
    ("Estas loco si crees eso.", "es", "troll", "flag"),
    ("Estás más tonto que ayer.", "es", "troll", "flag"),
    ("Estas estúpidas periodistas no saben nada.", "es", "troll", "flag"),
    # A slur the writer agrees is called a slur ...
    (
        'The term "anchor babies" came up, and the mayor was right to call it a slur.',
        "en",
        "hate",
        "approve",
    ),
    # ... but agreeing with the name said of people is still hate.
    ("Wetbacks, that is what my boss is right to call them.", "en", "hate", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_tenth(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
