"""The walks several hate rules share: `masked_words.shape_fits` given several shapes (as
`hate.plain_claim` and `hate.vowed` ask it), the analysis's `group_named_before` (the
"they" readers of `hate.generalised` and `hate_reread.named_back`) and `hate.proxies.stand_ins`
(the English masking of `hate_en_kept` and `hate_en_belittled`). Hits and near misses for the
rules that call them, and the walks' own answers. Our own examples."""

import pytest

from moderation.policy.analysis import analyse, group_named_before
from moderation.policy.rules.hate.proxies import stand_ins
from moderation.policy.rules.hate_plain_claims import NOTHING_EN, TRAIT_EN, UNEQUAL_EN
from moderation.policy.rules.hate_reread.named_back import _passed
from moderation.policy.rules.masked_words import grouped, shape_fits

from .expect import assert_category_action

CASES = [
    # hate.plain_claim: its shapes asked together, sentence by sentence
    ("en", "The weather was fine. Honestly, immigrants bring nothing good to this town.", "flag"),
    ("en", "Muslims should never be treated as equals. Being gay is disgusting.", "flag"),
    ("en", "Being gay is disgusting.", "flag"),
    ("es", "Los gitanos no aportan nada bueno.", "flag"),
    ("es", "La homosexualidad es una aberración.", "flag"),
    ("en", "Refugees arrived with nothing but the clothes on their backs.", "approve"),
    ("en", "Being homophobic is disgusting.", "approve"),
    ("en", "Immigrants should not be treated as criminals.", "approve"),
    ("es", "Los migrantes no deberían ser tratados como criminales.", "approve"),
    # hate.vowed: its shapes asked together; a fate put down to a cause is a fear
    ("en", "Tomorrow I'm going to the mosque to shoot them all.", "flag"),
    ("es", "Un día nos libraremos de los gitanos.", "flag"),
    ("en", "Every Muslim I meet is going to end up in a ditch.", "flag"),
    ("en", "Every Muslim I meet is going to end up dead if the police keep this up.", "approve"),
    ("es", "Los traficantes tiran a los migrantes al mar.", "approve"),
    ("en", "I'm going to the church to kill time before the wedding.", "approve"),
    ("en", "We had a long day. I'm going to the synagogue to pray for them all.", "approve"),
    # a "they" read back to the people named before it
    ("en", "There are Somalis on my street. They should all be removed.", "flag"),
    # stand-ins masked as the group
    ("en", "Those families from across the border always leave a mess wherever they go.", "flag"),
    ("en", "Those tourists from across the ocean always leave a mess wherever they go.", "approve"),
    ("en", "What else would you expect from kids with autism?", "flag"),
    ("en", "What else would you expect from a senator?", "approve"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_rules_on_the_shared_walks(lang, text, expected):
    assert_category_action(text, expected, "hate", lang)


def test_several_shapes_fit_sentence_by_sentence_in_their_order():
    an = analyse("Being gay is disgusting. Muslims should never be treated as equals.", "en")
    shapes = (NOTHING_EN, UNEQUAL_EN, TRAIT_EN)
    found = [(s, m.re) for s, _first, _last, m in shape_fits(an, shapes, grouped)]
    assert found == [(0, TRAIT_EN), (1, UNEQUAL_EN)]
    # one shape alone, as before: only its own fits
    assert [s for s, *_ in shape_fits(an, TRAIT_EN, grouped)] == [0]


@pytest.mark.parametrize(
    ("text", "passed", "expected"),
    [
        ("I stopped hiring Mexicans. They steal.", None, "mexicans"),
        ("Mexicans came. It rained. They steal.", None, None),  # two sentences back
        ('I read "Mexicans" on a sign. They steal.', None, "mexicans"),
        ('I read "Mexicans" on a sign. They steal.', _passed, None),  # quoted: not put back
    ],
)
def test_group_named_before(text, passed, expected):
    an = analyse(text, "en")
    they = next(u for u in an.units if u.text == "they")
    back = group_named_before(an.units, they.index, passed=passed)
    assert (back.text if back is not None else None) == expected


def test_stand_ins_mask_people_named_by_the_border_or_a_condition():
    an = analyse("Kids with autism and folks from across the border", "en")
    units = an.units
    words = " ".join(u.text for u in units).split()
    index = [u.index for u in units for _ in u.text.split()]
    text, _index = stand_ins(units, words, index)
    assert text == "GRP and GRP"
