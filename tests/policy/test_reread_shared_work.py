"""Work the hate rules share instead of doing twice: a sentence masked for `hate.everyday` and
`hate.hinted` once a comment (`hate_everyday/masking.mask_sentence`, kept in the analysis memo
by the masking's parameters), and `hate.reread` not asking `hate.broad` of a "don't have"
re-reading, whose `hate.broad` hits it would pass over. The verdicts are those of doing the
work each time: "don't have" re-read as "have no" still holds through the other rules, a lack
of pay or beds stays harmless, and the Spanish shapes over masked sentences still hold a
group put under watch while a denial or counter-speech passes. Hand-written."""

import pytest

from moderation.policy.analysis import analyse
from moderation.policy.rules.hate_everyday.masking import _masked, mask_sentence, names_stand_in
from moderation.policy.rules.hate_shapes import group_units
from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, expected)
    # "Don't have", "lack" re-read as "have no": a group denied a virtue ...
    ("Haitians don't have any morals.", "en", "flag"),
    ("Muslims lack any decency.", "en", "flag"),
    ("Gypsies don't have a single honest bone in their bodies.", "en", "flag"),
    # ... but a lack of pay, of beds, of an easy life, a denial and counter-speech are no
    # hate ("have no equal pay" is no denial of a quality: `hate.broad` is not asked).
    ("Haitians don't have equal pay at the plant, and that has to change.", "en", "approve"),
    ("Refugees don't have enough beds in the shelter this winter.", "en", "approve"),
    ("Immigrants don't have it easy here.", "en", "approve"),
    ("It is a lie that Muslims lack decency.", "en", "approve"),
    ("Saying immigrants don't have morals is plain bigotry.", "en", "approve"),
    # Spanish shapes read over the masked sentence: a group put under watch, denied a culture
    ("Todos los gitanos deberían estar vigilados.", "es", "flag"),
    ("Los inmigrantes no tienen nuestra cultura ni nuestros valores.", "es", "flag"),
    ("Cada gitano que conozco es un ladrón.", "es", "flag"),
    # ... a negation, counter-speech, harmless look-alikes.
    ("No todos los gitanos deberían estar vigilados, eso es racismo.", "es", "approve"),
    ("Decir que todos los gitanos deberían estar vigilados es racismo.", "es", "approve"),
    ("Todos los gitanos deberían estar invitados a la fiesta.", "es", "approve"),
    ("Los inmigrantes no tienen papeles todavía y esperan la cita.", "es", "approve"),
    ("Cada gitano que conozco es un gran músico.", "es", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_shared_work_keeps_verdicts(text, lang, expected):
    assert_category_action(text, expected, "hate", lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("These people always ruin every town they move into. Muslims too.", "en"),
        ("Los gitanos roban. Esa gente no cambia nunca.", "es"),
    ],
)
def test_masked_once_and_as_worked_out(text, lang):
    an = analyse(text, lang)
    groups = group_units(an)
    stand_in = names_stand_in(an)
    for first, codes in an.sentences:
        run = an.units[first : first + len(codes)]
        once = mask_sentence(an, groups, run, stand_in)
        assert mask_sentence(an, set(groups), run, stand_in) is once  # the memo's answer
        assert once == _masked(an, groups, run, stand_in)
        # other parameters are another masking, not the memo's
        assert mask_sentence(an, set(), run, stand_in) == _masked(an, set(), run, stand_in)
