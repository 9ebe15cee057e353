"""Loyalty and crime-share tropes said of a faith or origin group (coded.tsv rows
`loyal_abroad`, `loyalty_ask`, `own_vote`, `dual_insinuate`, `leal_es`, `loyal_elsewhere`,
`doble_es`, `crime_share`, `thirteen_fifty`, `who_fills`, `numbers_lie`, `numbers_lie2`,
`fill_jails`, `crime_share_es`, `do_math_crime`, `own_first`): each holds; with the near
misses that must pass (a sourced statistic on disparity, counter-speech, an official's loyalty
to donors or voters, dual citizenship stated as a fact, reporting)."""

import pytest

from moderation.policy import Submission, screen

RULE = "hate.coded"

HITS = [
    ("Presbyterians are fine, but Catholics bow to a foreign pope.", "en"),
    ("Mormons obey a foreign prophet, not the Constitution.", "en"),
    ("Catholics on the bench answer to the Vatican, not America.", "en"),
    ("A Muslim on the school board? Their religion decides whose law comes first.", "en"),
    ("Before we hire the Jewish treasurer, ask where her loyalty really lies.", "en"),
    ("Mexican-American deputies are loyal to Mexico first.", "en"),
    ("Vietnamese voters only vote for their own kind.", "en"),
    ("Hispanic Catholics vote the way the priest tells them.", "en"),
    (
        "The Arab commissioner has dual citizenship. Dual citizenship is not just about paperwork.",
        "en",
    ),
    ("Those people are loyal to a flag that isn't ours.", "en"),
    ("Their real loyalty is somewhere else, always.", "en"),
    ("Los católicos obedecen al Vaticano, no a México.", "es"),
    ("Los musulmanes son leales a su religión primero y luego a España.", "es"),
    ("Los judíos del ayuntamiento, ¿a quién le son leales?", "es"),
    ("Los chinos de la colonia no tienen lealtad a nadie más que a Pekín.", "es"),
    ("Ese regidor tiene doble lealtad.", "es"),
    ("Haitians are 4% of the city but most of the shootings.", "en"),
    ("Somalis are 3 percent of the county and half the arrests.", "en"),
    ("They commit most of the violent crime while being 7% of the state.", "en"),
    ("13/50, every single time.", "en"),
    ("Go on, do the math on who fills the jails.", "en"),
    ("Gangs, shootings, robberies downtown. The numbers don't lie.", "en"),
    ("The stats never lie about those people.", "en"),
    ("Dominicans fill the prisons in this state.", "en"),
    ("Robberies doubled once they moved in. Do the math.", "en"),
    ("Los hondureños son el 3% de la ciudad pero la mayoría de los detenidos.", "es"),
    ("Hagan cuentas de quién llena las cárceles.", "es"),
    ("Los gitanos llenan las cárceles.", "es"),
    ("Iranians hire their own and leave the rest of us waiting.", "en"),
]

MISSES = [
    ("The ACLU reports that Black drivers are stopped at twice the rate of white drivers.", "en"),
    (
        "Black residents are 12% of the county but 40% of arrests, a study found, which points to "
        "biased policing.",
        "en",
    ),
    ("The '13/50' meme is a racist lie.", "en"),
    ("Where is the senator's loyalty, to donors or voters?", "en"),
    ("Ask where his loyalty lies: with the donors or with the voters?", "en"),
    ("The mayor holds dual citizenship with Mexico and the United States.", "en"),
    ("Reporters found a flyer claiming Catholics serve Rome, not America, on church doors.", "en"),
    ("Saying Catholics serve Rome, not America is an old bigoted lie.", "en"),
    ("Statistics don't lie: women still earn less than men.", "en"),
    ("Crime stats don't lie, immigrants commit less crime than people born here.", "en"),
    ("Crime is down 10 percent and the budget is up 20. Do the math.", "en"),
    ("Calling Jewish lawmakers disloyal is the dual loyalty trope, plain antisemitism.", "en"),
    ("He stayed loyal to another club his whole career.", "en"),
    ("The Amish take care of their own.", "en"),
    ("Nurses protect their own first.", "en"),
    ("Mi tío tiene doble nacionalidad, mexicana y española.", "es"),
    ("Según el INEGI, los indígenas son el 10% de la población y el 20% de los presos.", "es"),
    ("Decir que los judíos son leales a Israel y no a México es una mentira antisemita.", "es"),
]


def _rules(text: str, lang: str) -> tuple[str, set[str]]:
    v = screen(Submission(text, lang=lang), blog_model=False)
    return v.action.value, {f.rule for f in v.findings}


@pytest.mark.parametrize(("text", "lang"), HITS)
def test_trope_held(text: str, lang: str) -> None:
    action, _rules_hit = _rules(text, lang)
    assert action != "approve", text


@pytest.mark.parametrize(("text", "lang"), MISSES)
def test_near_miss_passes(text: str, lang: str) -> None:
    action, rules = _rules(text, lang)
    assert RULE not in rules, (text, rules)
    assert action == "approve", (text, rules)
