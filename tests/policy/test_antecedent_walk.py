"""The one walk back from a pronoun to its group, `analysis.group_named_before`, and its readers:
a demonstrative subject ("Esos son ..."), "ninguno" after a group (`hate.negated_positive`,
`hate.emotion`), a dropped Spanish subject (`hate.guards`), with the walk's reach and stops.
Also the readers that moved or were folded in the same review: `masked_words.plainly_said` in
`hate.trope`, and the libel rumour and hearsay readers (`libel.hearsay`). Our own examples."""

import pytest

from moderation.policy.analysis import analyse, group_named_before
from moderation.policy.analysis.pronouns import plural_noun

from .expect import assert_category_action

CASES = [
    # a demonstrative subject stands for the group of the sentence before
    ("en", "Somali families moved in downstairs. Those are animals.", "flag"),
    ("es", "Los gitanos llegaron al barrio. Esos son unos parásitos.", "flag"),
    # ... not when a plural noun named after the group is the nearer antecedent
    ("en", "Somali families opened three shops. Those are animals.", "approve"),
    ("es", "Los gitanos abrieron tiendas. Esas son un desastre.", "approve"),
    # ... nor when what is said of them is kind
    ("en", "Somali families moved in downstairs. Those are my neighbours now.", "approve"),
    ("es", "Los gitanos llegaron al barrio. Esos son mis vecinos.", "approve"),
    # "ninguno" after a group named anywhere before it: every member at once
    ("es", "Conozco a muchos gitanos y ninguno vale nada.", "flag"),
    ("es", "Conozco a muchos musulmanes y no soporto a ninguno.", "flag"),
    ("es", "Conozco a muchos vecinos y ninguno vale nada.", "approve"),
    ("es", "Conozco a muchos banqueros y no soporto a ninguno.", "approve"),
    ("es", "Conozco a muchos gitanos y ninguno es mala persona.", "approve"),
    # a dropped subject read back to the group
    ("es", "Los inmigrantes llegaron el lunes. Son una plaga.", "flag"),
    ("es", "Los inmigrantes llegaron el lunes. Son bienvenidos.", "approve"),
    # hate.trope through plainly_said: a denial's own "never" is the trope, a report of it not
    ("en", "The Holocaust never happened.", "flag"),
    ("en", "Anyone who says the Holocaust never happened is lying.", "approve"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_rules_on_the_antecedent_walk(lang, text, expected):
    assert_category_action(text, expected, "hate", lang)


LIBEL = [
    # a rumour passed on is the writer's charge; doubted, a hedge (libel.hearsay)
    ("es", "Dicen que el regidor Lozano cobra mordidas.", "flag"),
    ("es", "Dicen que el regidor Lozano cobra mordidas, pero nadie ha mostrado pruebas.",
     "approve"),
    # hearsay from the writer's kin is no source
    ("en", "I heard my cousin say the mayor Ruiz steals from the city.", "flag"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), LIBEL)
def test_libel_hearsay_readers(lang, text, expected):
    assert_category_action(text, expected, "libel", lang)


def _at(an, word: str) -> int:
    return next(u.index for u in an.units if u.text == word)


def test_reach_counts_sentences_back():
    an = analyse("Muslims came. It rained. It was cold. They steal.", "en")
    they = _at(an, "they")
    assert group_named_before(an.units, they) is None  # one sentence back by default
    back = group_named_before(an.units, they, reach=None)  # the whole comment
    assert back is not None and back.text == "muslims"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Somali families moved in downstairs. Those are animals.", "somali families"),
        ("Somali families opened three shops. Those are animals.", None),  # stopped by "shops"
    ],
)
def test_a_nearer_plural_noun_stops_the_walk(text, expected):
    an = analyse(text, "en")
    those = _at(an, "those")
    back = group_named_before(an.units, those, stop=plural_noun)
    assert (back.text if back is not None else None) == expected
    # without the stop, the group is found either way
    assert group_named_before(an.units, those).text == "somali families"
