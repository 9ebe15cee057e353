"""Over-blocks of the forty-first session, fixed by shape, with the neighbours that keep their
verdict. Passed: kindness or respect stated for a group (it deserves respect or support, is
welcome, should not have to fear; the writer's "we" invites, thanks or helps it), which the
models must leave to the rules (`kindness_stated`); a group told as the victim of attackers in
the active past ("Thugs attacked Somali shop owners", `harmed_by_others`); a camp told as
history and closed with a call to remember it ("..., nunca hay que olvidarlo"); a sanction
aimed at whoever harms a group ("Voy a denunciar a quien agreda a los gays"). Flagged: the
same words with the kindness taken back, the attack cheered, the camp called for again, the
aggressor rewarded. Also passed: hateful words quoted after an attribution or a denial of the
group ("Black men aren't 'thugs'", "En el mercado oí '...'"), which the blog model must leave
to the rules (`quoted_and_answered`); "I'll die on that hill" after a sentence naming a group;
"any condition that ..." (only a bare "any condition" is a buyer's pitch). Hand-written,
English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # Kindness or respect stated for a group: a defence the models leave to the rules ...
    ("Disabled people deserve respect.", "en", "hate", "approve"),
    ("Trans people deserve our support.", "en", "hate", "approve"),
    ("Deaf children deserve patience and good teachers.", "en", "hate", "approve"),
    ("Gay couples deserve respect and kindness like anyone else.", "en", "hate", "approve"),
    ("Refugee families are welcome here.", "en", "hate", "approve"),
    (
        "Black parents shouldn't have to teach their kids how to survive a traffic stop.",
        "en",
        "hate",
        "approve",
    ),
    (
        "Muslim kids should not have to explain themselves at every airport.",
        "en",
        "hate",
        "approve",
    ),
    ("We should invite the Somali families on our block to the cookout.", "en", "hate", "approve"),
    ("We should thank the migrant workers who pick our food.", "en", "hate", "approve"),
    ("Let's help the Haitian families who just arrived, they need coats.", "en", "hate", "approve"),
    ("Las personas trans merecen respeto.", "es", "hate", "approve"),
    ("Los migrantes merecen nuestro apoyo.", "es", "hate", "approve"),
    ("Los refugiados son bienvenidos aquí.", "es", "hate", "approve"),
    ("Deberíamos invitar a las familias haitianas a cenar.", "es", "hate", "approve"),
    ("Hay que ayudar a los migrantes que llegan sin nada.", "es", "hate", "approve"),
    # ... not when the kindness is taken back, or the "good" is a harm
    ("Disabled people deserve to be put down.", "en", "hate", "flag"),
    ("Immigrants deserve what's coming to them.", "en", "hate", "flag"),
    ("Los gays merecen respeto, pero lejos de mis hijos.", "es", "hate", "flag"),
    ("Los gitanos merecen lo que les pase.", "es", "hate", "flag"),
    # A group harmed by attackers, told in the active past: a report of the harm ...
    ("Thugs attacked Somali shop owners and threatened to come back.", "en", "hate", "approve"),
    (
        "Some thugs threatened the Somalis on our street last night, cops say they'll come back.",
        "en",
        "hate",
        "approve",
    ),
    (
        "Two masked men beat up a Sikh cab driver near the station on Friday.",
        "en",
        "hate",
        "approve",
    ),
    ("Unos matones golpearon a dos migrantes en la central de autobuses.", "es", "hate", "approve"),
    # ... not when the writer does it or wants it done
    ("We should beat up the Somalis on our street.", "en", "hate", "flag"),
    ("Hay que golpear a los migrantes de la central.", "es", "hate", "flag"),
    # A camp told as history and closed with a call to remember it ...
    (
        "En los 30 metieron a los gitanos en campos, nunca hay que olvidarlo.",
        "es",
        "hate",
        "approve",
    ),
    ("En el 42 encerraron a los japoneses en campos. No lo olvidemos.", "es", "hate", "approve"),
    ("En los 40 metieron a los judíos en campos, para que no se repita.", "es", "hate", "approve"),
    # ... not when the camp is called for again or the memory is of what they "are"
    (
        "En los 30 metieron a los gitanos en campos, y hay que volver a hacerlo.",
        "es",
        "hate",
        "flag",
    ),
    ("En los 30 metieron a los gitanos en campos, nunca debieron salir.", "es", "hate", "flag"),
    (
        "En los 30 metieron a los gitanos en campos, no hay que olvidar lo que son.",
        "es",
        "hate",
        "flag",
    ),
    # A sanction aimed at whoever harms a group ...
    ("Voy a denunciar a quien agreda a los gays.", "es", "hate", "approve"),
    ("Voy a castigar a quien ataque a los migrantes.", "es", "hate", "approve"),
    ("I will report anyone who attacks gay people.", "en", "hate", "approve"),
    # ... not a reward for the aggressor, nor the act called for
    ("Voy a premiar a quien agreda a los gays.", "es", "hate", "flag"),
    ("Hay que golpear a los gays.", "es", "hate", "flag"),
    # Hateful words in quotes, attributed to someone or denied of the group ...
    ("Autistic kids aren't 'broken.' They just think differently.", "en", "hate", "approve"),
    (
        "My uncle said 'the Haitians are taking over' at dinner and nobody answered him.",
        "en",
        "hate",
        "approve",
    ),
    (
        "En la fila oí 'esos venezolanos vienen a robar'. Era una señora esperando el camión.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Mi vecino dice que 'los chinos traen enfermedades'. Le mandé este artículo.",
        "es",
        "hate",
        "approve",
    ),
    # ... not scare quotes in the writer's own claim, nor a quote the writer agrees with
    ("Those 'refugees' are just invaders.", "en", "hate", "flag"),
    (
        "My neighbor says 'the Somalis are ruining this town' and he is right, they are.",
        "en",
        "hate",
        "flag",
    ),
    # "die on this hill": the writer's stand on an opinion, no one's death ...
    ("Bathroom bill protects women's privacy. I'll die on that hill.", "en", "hate", "approve"),
    ("Gay couples should be able to adopt. I will die on this hill.", "en", "hate", "approve"),
    # ... while a bare "Die." after a group is still violence against it
    ("Immigrants keep coming. Die.", "en", "hate", "flag"),
    # "any condition" is a house buyer's pitch only when it stands alone, not "any condition
    # that affects driving"
    (
        "Plenty of blind people live alone, and the state reviews any condition that affects "
        "driving.",
        "en",
        "spam",
        "approve",
    ),
    ("We buy cars, any condition. Call us.", "en", "spam", "flag"),
    ("Compro casas en cualquier condición, efectivo en 7 días", "es", "spam", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblocks_fortyfirst(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
