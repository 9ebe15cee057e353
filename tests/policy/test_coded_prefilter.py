"""The coded rows searched only when their prefilter matches (`rules/coded_prefilter.py`): each
prefilter names a row that exists and only words of that row, a hit of the row matches its
prefilter, and a near miss with the group named but not the rare words matches neither."""

import re
from functools import cache

import pytest

from moderation.policy.analysis import analyse
from moderation.policy.lexicon import load
from moderation.policy.rules.coded_prefilter import PREFILTERS


@cache
def _row(ident: str) -> re.Pattern:
    """The row's whole regex, {G} and {T} written out."""
    for name, _lang, source in load().coded:
        if name == ident:
            return re.compile(source)
    raise KeyError(ident)


def _folded(text: str) -> str:
    return analyse(text, None).norm.text


# (row, a hit of the row, a near miss that names the group)
_CASES = [
    ("question_sneer", "The city hired more immigrants? That explains a lot.",
     "The city hired more immigrants? They work hard."),
    ("crime_share", "They are 13 percent of the population but commit half of the murders.",
     "Immigrants commit half of the murders, says the mayor."),
    ("thirteen_fifty", "13 percent of the population, you know.",
     "Thirteen of the population, you know."),
    ("every_mule", "Every Mexican is a drug mule.", "Every Mexican I know works hard."),
    ("equated", "Muslims = terrorists.", "Muslims and terrorists are not the same."),
    ("fewer_equals", "Less immigrants = less crime", "Less immigrants, less crime"),
    ("no_value", "Those people don't value life.", "Those people don't care about life."),
    ("like_pests", "Immigrants breed like rats.", "Immigrants live like everyone else."),
    ("again", "Muslims again.", "Muslims."),
    ("most_crime", "Immigrants commit most of the crime.", "Immigrants commit less crime."),
    ("most_crime", "Los migrantes cometen la mayoría de los delitos.",
     "Los migrantes cometen pocos delitos."),
    ("only_force.g", "They only understand force.", "They only understand Spanish."),
    ("only_force.g", "Los migrantes solo entienden a palos.", "Los migrantes solo hablan."),
    ("fuera_G", "Fuera los migrantes, ya.", "Los migrantes se fueron."),
    ("expel.g", "Send them all back.", "Send them a letter."),
    ("scare_quotes", 'These "refugees" again.', "These refugees again."),
    ("equals", "Immigrants = crime", "Immigrants and crime"),
    ("unfit.g", "Women are too emotional for office.",
     "Women are too emotional about office hours."),
    ("unfit.g", "Women judges = chaos", "Women judges and chaos"),
    ("temperament", "Women just don't have the temperament for leadership.",
     "Women just don't have the time for leadership."),
    ("temperament", "Las mujeres no tienen la capacidad para mandar.",
     "Las mujeres no tienen tiempo para mandar."),
    ("bred_out", "They are breeding us out.", "They want us gone."),
    ("expel_all", "Deport them all.", "Deport the smugglers."),
    ("expel_all", "Speak English or leave.", "Speak English at work."),
    ("disclaimer.g", "I'm not racist but I don't want Mexicans in my street.",
     "I love my neighbours but I don't want noise in my street."),
    ("contact_refused", "I would never sit next to a Muslim.",
     "I would never forget a Muslim friend."),
    ("we_know.g", "We all know why.", "We all know it."),
    ("barred_field.g", "Women shouldn't be in engineering.", "Women shouldn't be in danger."),
]  # fmt: skip


def test_every_prefilter_names_a_row_and_only_its_words():
    rows = {name: source for name, _lang, source in load().coded}
    for ident, prefilter in PREFILTERS.items():
        assert ident in rows, ident
        for word in re.findall(r"[a-z]{3,}", re.sub(r"\\[a-zA-Z]", " ", prefilter.pattern)):
            assert word in rows[ident], (ident, word)


def test_every_prefilter_has_cases():
    assert {row for row, _hit, _miss in _CASES} == set(PREFILTERS)


@pytest.mark.parametrize(("ident", "hit", "miss"), _CASES)
def test_hit_passes_and_near_miss_is_turned_away(ident, hit, miss):
    row, prefilter = _row(ident), PREFILTERS[ident]
    assert row.search(_folded(hit)), hit
    assert prefilter.search(_folded(hit)), hit
    assert not prefilter.search(_folded(miss)), miss
    assert not row.search(_folded(miss)), miss
