"""A vice put on a whole protected group as its habit or nature (`hate.generalised`): a crime
said of the group rejects, incompetence, dirt, disloyalty, living off welfare, entitlement,
mistreating women and a mild fault put down to culture hold; with the near misses that must
pass (negation, counter-speech and reports, challenging questions, one person or an
institution as the subject, "steal the show", figures with a source, positive traits and
groups that are not protected)."""

import pytest

from moderation.policy import Submission, screen
from tests.policy.expect import rule_action

RULE = "hate.generalised"

# (text, lang, the rule's action)
HITS = [
    ("Gypsy families steal, everybody around here knows it.", "en", "reject"),
    ("The Roma rob tourists and pickpocket everyone.", "en", "reject"),
    ("Salvis are all gang members, simple as that.", "en", "reject"),
    ("Muslims rape and kill, it's what they do.", "en", "reject"),
    ("Mexicans in this town steal.", "en", "hold"),  # loose subject: held
    ("Gay men rape.", "en", "reject"),
    ("Women are simply terrible drivers.", "en", "hold"),
    ("Blind people make lousy employees.", "en", "hold"),
    ("Hispanics can't run a business.", "en", "hold"),
    ("Somalis smell like curry and never bathe.", "en", "hold"),
    ("Pakistanis make the whole building smell.", "en", "hold"),
    ("Jews take their orders from Tel Aviv.", "en", "hold"),
    ("Chinese Americans can't be trusted with anything secret.", "en", "hold"),
    ("Haitians live off welfare and our taxes.", "en", "hold"),
    ("Dominicans keep having kids for the food stamps.", "en", "hold"),
    ("Deaf people always want special treatment.", "en", "hold"),
    ("Lesbians play the victim card, every time.", "en", "hold"),
    ("Arabs treat their wives like property.", "en", "hold"),
    ("Nigerians just don't pay their bills.", "en", "hold"),
    ("Puerto Ricans don't value education. It's in their culture.", "en", "hold"),
    ("Guatemalans are always late, it's how they are raised.", "en", "hold"),
    (
        "Salvadorans came through here last year. Those people will cheat at anything.",
        "en",
        "hold",
    ),
    ("Los colombianos venden droga en todos lados.", "es", "reject"),
    ("Los hondureños son puros pandilleros.", "es", "reject"),
    ("Las mujeres son pésimas conductoras.", "es", "hold"),
    ("Los peruanos no se bañan.", "es", "hold"),
    ("Las dominicanas tienen hijos solo para cobrar subsidios.", "es", "hold"),
    ("Los judíos sirven a Israel, no a México.", "es", "hold"),
    ("Los ecuatorianos siempre quieren trato especial.", "es", "hold"),
    ("Los cubanos no pagan la renta.", "es", "hold"),
]

PASSES = [
    ("Women are not bad leaders.", "en"),
    ("Not all Mexicans steal, obviously.", "en"),
    ("People who say Roma steal are bigots.", "en"),
    ("My uncle thinks Mexicans steal, he's wrong.", "en"),
    ("Who says women are bad drivers?", "en"),
    ("Do Haitians live off welfare? No, most of them work two jobs.", "en"),
    ("'Gypsies steal' is the oldest stereotype in Europe.", "en"),
    ("Muslims lie about everything, said no one who has met one.", "en"),
    ("The Mexican guy at work steals my lunch.", "en"),
    ("The Mexican government steals from its own people.", "en"),
    ("Mexicans steal the show every single year at the parade.", "en"),
    ("Immigrants commit fewer crimes, according to the census data.", "en"),
    ("Politicians steal.", "en"),
    ("Cops lie and landlords cheat.", "en"),
    ("Yankees fans always want special treatment at the stadium.", "en"),
    ("Women are great leaders.", "en"),
    ("Asians are great cooks and we eat at their place every week.", "en"),
    ("Roma steal a late winner against Lazio.", "en"),
    ("Japanese people don't wear shoes indoors, it's cultural.", "en"),
    ("Hispanics just don't care about the primary this year.", "en"),
    ("Los mexicanos no son ladrones.", "es"),
    ("¿Quién dice que las mujeres son malas conductoras?", "es"),
    ("Mi vecino dice que los cubanos no pagan la renta, pero se equivoca.", "es"),
    ("El gobierno venezolano vende droga, según la fiscalía.", "es"),
    ("Los políticos roban.", "es"),
    ("Los solicitantes de asilo no pueden trabajar durante seis meses.", "es"),
    ("Los chinos tienen una cocina increíble.", "es"),
]


@pytest.mark.parametrize(("text", "lang", "action"), HITS)
def test_generalisation_flagged(text, lang, action):
    assert rule_action(text, lang, RULE) == action


@pytest.mark.parametrize(("text", "lang"), PASSES)
def test_near_miss_passes(text, lang):
    assert rule_action(text, lang, RULE) is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Women are naturally poor managers.", "en"),
        ("Wheelchair people expect special treatment from everybody.", "en"),
        ("Catholics serve the Vatican, not this country.", "en"),
        ("Las mujeres no tienen el temple para mandar.", "es"),
    ],
)
def test_plain_word_predicates_no_longer_approved(text, lang):
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    assert verdict.action.value != "approve", verdict.to_dict()
