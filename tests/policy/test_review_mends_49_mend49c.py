"""Review mends of the English kept-apart and asked-for-none readings: a place apart asked for
people with a disability is a need met (an entrance, a classroom), held only with a hostile
reason or an order to put them away; a place apart ordered, or given with a hostile reason,
holds any group; a how-many question the writer answers with "most of them" asks for no
none."""

import pytest

from tests.policy.expect import assert_rules_pass_all, rules_flagging

HITS = [
    # a hostile reason or an order to put a group apart (hate.en_shut)
    ("Muslims should be put in their own separate schools, away from our kids.", "hate.en_shut"),
    ("Mexicans need their own buses so they stop bothering us.", "hate.en_shut"),
    ("Gypsies should be sent to their own schools where they belong.", "hate.en_shut"),
    ("Autistic kids need their own school so they stop disrupting our kids.", "hate.en_shut"),
    ("Deaf kids should be put in a separate class, away from normal kids.", "hate.en_shut"),
    ("Disabled kids need separate classrooms so we don't have to deal with them.", "hate.en_shut"),
    # kept as the merged branch meant
    ("The Somali kids at Lincoln need their own building.", "hate.en_shut"),
    ("The autistic kids get all the attention. Put them in a separate school.", "hate.en_shut"),
    # asked for none, answered by nobody or denied outright (hate.reread)
    ("How many Somalis have ever held a real job?", "hate.reread"),
    ("How many Somalis have ever held a real job? Most of them are on welfare.", "hate.reread"),
]

PASSES = [
    # a need met for people with a disability
    "Deaf students should have their own classrooms.",
    "Disabled people need special entrances.",
    "Kids with autism need their own schools.",
    "Wheelchair users need special entrances.",
    "Children with Down syndrome should go to their own schools.",
    "Kids with autism need their own schools so they can learn at their pace.",
    "Disabled kids should be put in a separate class with signing teachers.",
    "Deaf kids need their own classrooms with teachers who sign so they don't fall behind.",
    "Disabled kids need their own entrance so they are not stuck on the stairs.",
    # the question answered by the writer
    "How many immigrants have ever held a real job? Most of them, my whole family included.",
    "How many Somalis have ever paid taxes? Most, in my town.",
    "How many Mexicans have ever held a real job? All of them I know.",
    "How many Haitians have ever held a real job? Plenty.",
    # words that only begin like the gate's
    "I bought okra and some finery but the fine print was odd.",
]


@pytest.mark.parametrize(("text", "rule"), HITS)
def test_review_mends_49c_held(text, rule):
    assert rule in rules_flagging(text, "en", ("hate",)), text


@pytest.mark.parametrize("text", PASSES)
def test_review_mends_49c_pass(text):
    assert_rules_pass_all(text, "en")
