"""`decide.left_to_rules`: the one gate by which the blog model leaves a comment's likeliest
clause to the rules, read by the whole-comment path (`_blog_findings`) and the window path
(`_blog_window_findings`) alike, so a wink at the weather now passes a hate window too. Called
on analysed text, no model needed. Our own examples."""

import pytest

from moderation.policy.analysis import analyse
from moderation.policy.decide import left_to_rules

# (lang, text, the clauses left to the rules)
CASES = [
    # a wink at the weather, not at a people: hate is the rules' call
    ("es", "Con el aguacero se tapó otra vez la coladera de la esquina, ya saben cómo es esto.",
     {"hate"}),
    # the same wink at newcomers: the model may read it
    ("es", "Llegaron los de fuera a la colonia y empezaron los robos, ya saben cómo es esto.",
     set()),
    # a report of what was chanted: hate is the rules' call
    ("en", "At the rally they chanted that the newcomers should all go back where they came "
           "from.", {"hate"}),
    # a crime told from its victim's side: libel is the rules' call
    ("en", "My cousin was robbed outside the pharmacy last week and nobody stopped to help.",
     {"libel"}),
    ("es", "A mi vecina la asaltaron, fue asaltada en la parada del camión y nadie hizo nada.",
     {"libel"}),
    # a charge on the record, told as a report: both
    ("es", "La fiscalía informó que el tesorero desvió dinero del fondo escolar.",
     {"hate", "libel"}),
    # the writer's own charge, and a plain slight: nothing left to the rules
    ("en", "The treasurer stole from the school fund and everyone knows it.", set()),
    ("en", "Those people from across the border only come here to steal.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "left"), CASES)
def test_the_blog_model_leaves_framed_clauses_to_the_rules(lang: str, text: str, left: set):
    an = analyse(text, lang)
    found = {
        cat for cat in ("hate", "libel", "troll", "profanity", "spam") if left_to_rules(an, cat)
    }
    assert found == left
