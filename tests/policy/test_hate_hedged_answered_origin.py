"""Hate the blog's readers showed the engine approving, as shapes (all examples our own): a
"why should X ...?" question answered "no" by the writer, a group that brings nothing but harm,
a "they" that stands for a people named just before, an unnamed "they" carrying disease over the
border, a place's people given a vice, a foreseen charge of racism brushed aside, and a claim
sold as what nobody dares to say; with the near misses that must stay approved (the question
argued for the group, good things brought, counted members, animals, a place's team or vote,
and the hedge followed by no claim about a group)."""

import pytest

from tests.policy.expect import assert_category_action

FLAGGED = [
    # a "why should X ...?" question the writer answers against the group
    ("Why should lesbians be treated as equals? They are not.", "en"),
    ("So why should Muslims be trusted? They shouldn't.", "en"),
    ("Why should trans people be respected? They should not.", "en"),
    ("¿Por qué las mujeres deberían votar? No deberían.", "es"),
    # a group that brings nothing but harm
    ("Los migrantes no traen más que delincuencia a este barrio.", "es"),
    ("Esos venezolanos no nos han traído otra cosa que robos y miseria.", "es"),
    ("Los haitianos no nos traen sino enfermedades y pleitos.", "es"),
    # "they" standing for the people named in the sentence before
    ("I quit hiring Guatemalans years ago. They steal and they lie.", "en"),
    ("We stopped renting to Somalis. They're a different breed.", "en"),
    # an unnamed "they" carrying disease over the border
    ("Another caravan is coming. They carry disease across that river.", "en"),
    ("Traen enfermedades cuando cruzan el río, y nadie revisa nada.", "es"),
    # a place's people given a vice
    ("People from Oaxaca are filthy.", "en"),
    ("People from Honduras are lazy.", "en"),
    ("La gente del sur es floja.", "es"),
    ("La gente de Chiapas es muy sucia.", "es"),
    # a foreseen charge of racism brushed aside, then a claim
    ("Será muy racista lo que digo, pero los haitianos son unos flojos.", "es"),
    ("Sé que suena racista, pero los gitanos son unos ladrones.", "es"),
    ("I know this sounds racist but Somalis are lazy.", "en"),
    ("This may sound racist, but Mexicans are criminals.", "en"),
    # a claim sold as what nobody dares to say
    ("Lo que nadie se atreve a decir: los marroquíes son unos ladrones.", "es"),
    ("What nobody dares to say: Haitians are criminals.", "en"),
]

APPROVED = [
    # the question argued for the group, or answered with a reason
    ("Why should lesbians not be treated as equals? They should.", "en"),
    ("Why should gay couples be treated as equals? Because they are people.", "en"),
    ("Why should gay people be treated as less? They are not.", "en"),
    # good things brought, or harm not said to be all
    ("Los migrantes no traen más que ganas de trabajar.", "es"),
    ("Los migrantes no traen más que la ropa que llevan puesta.", "es"),
    ("Los migrantes no solo traen problemas, también traen soluciones.", "es"),
    ("Es falso que los migrantes no traen más que delincuencia.", "es"),
    ("El gobierno no nos trae más que problemas.", "es"),
    # "they" for counted members, or for no people
    ("Two Guatemalans moved in next door. They steal and they lie.", "en"),
    ("Police arrested three Somalis yesterday. They stole a car.", "en"),
    ("My grandparents were immigrants. They're a different breed, tougher than any of us.", "en"),
    # animals and water carry disease
    ("Mosquitoes carry disease across that river.", "en"),
    ("Mosquitoes breed in the reeds. They carry disease across the river.", "en"),
    ("The river carries sewage past the bridge.", "en"),
    ("They carry supplies across that river every morning.", "en"),
    ("Los mosquitos traen enfermedades cuando cruzan el río.", "es"),
    # a place's people and their team, vote or flight
    ("Los de Guerrero ganaron el partido.", "es"),
    ("La gente del sur votó por Morena.", "es"),
    ("La gente de Oaxaca es muy trabajadora.", "es"),
    ("Los de Guerrero no son flojos.", "es"),
    ("People from Honduras are fleeing violence.", "en"),
    ("People from Honduras are hardworking.", "en"),
    # the hedge with no claim about a group after it
    ("Será muy racista lo que digo, pero no lo es: es un hecho que la inflación subió.", "es"),
    ("Sé que suena racista, pero los migrantes no son delincuentes.", "es"),
    ("I know this sounds racist but it isn't: the bill only funds more judges.", "en"),
    ("Lo que nadie se atreve a decir: los migrantes sostienen la economía del valle.", "es"),
    ("What nobody dares to say: the mayor wasted the flood budget.", "en"),
    ("Sé que suena racista, pero es mentira que los gitanos roban.", "es"),
    ("What nobody dares to say is that calling immigrants vermin is racist.", "en"),
    ("Your comment sounds racist, but Mexicans are not lazy.", "en"),
    ("Lo que nadie se atreve a decir: los políticos son unos ladrones.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), FLAGGED)
def test_flagged(text, lang):
    assert_category_action(text, "flag", "hate", lang)


@pytest.mark.parametrize(("text", "lang"), APPROVED)
def test_approved(text, lang):
    assert_category_action(text, "approve", "hate", lang)
