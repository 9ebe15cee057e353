"""`hate.en_belittled` masks no sentence of a comment with no group word and no stand-in
(`_group_masked`): such a comment must have no masked sentence with a group token (the rule
searches no other), and the rule must still hold a group named only by a stand-in or by its
name. The rule reads English only, so there is no Spanish twin."""

import pytest

from moderation.policy.analysis import analyse
from moderation.policy.rules import all_rules
from tests.policy.expect import assert_category_action

all_rules()  # the rule modules, imported in the registry's order

from moderation.policy.rules.hate_en_belittled import (  # noqa: E402
    _TOKEN,
    group_masked,
    masked,
)

# No group word, no stand-in: `_group_masked` spares the masking.
UNGROUPED = [
    "Interns are best seen and not heard.",
    "What else would you expect from a banker?",
    "Putting the new guy in charge was a recipe for disaster.",
    "I'd be embarrassed to be seen with that car.",
    "The council is only fit to count paperclips.",
]


@pytest.mark.parametrize("text", UNGROUPED)
def test_a_comment_with_no_group_has_no_masked_group_token(text):
    an = analyse(text, "en")
    assert not group_masked(an)
    for s, (_base, codes) in enumerate(an.sentences):
        if codes:
            assert not _TOKEN.search(masked(an, s)[0])


# A group named only by a stand-in, or by its name: still held.
HELD = [
    "People from across the border are only fit to scrub floors.",
    "Folks from the other side of the river are only fit to scrub floors.",
    "Kids with autism are best seen and not heard.",
    "What else would you expect from folks on the rez?",
    "Women are best seen and not heard.",
]


@pytest.mark.parametrize("text", HELD)
def test_a_group_named_by_a_stand_in_is_still_held(text):
    assert group_masked(analyse(text, "en"))
    assert_category_action(text, "hold", "hate", "en")


@pytest.mark.parametrize("text", UNGROUPED)
def test_the_same_words_about_no_group_pass(text):
    assert_category_action(text, "approve", "hate", "en")
