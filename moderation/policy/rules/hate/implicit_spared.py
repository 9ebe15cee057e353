"""What makes a group's implicit derogation predicate (class `Z` of `hate_terms.tsv`: "should
stay home", "shouldn't be allowed to", "no deberían poder") no verdict on the group. Both
`hate.derogation` and `hate.broad` ask the same questions of such a predicate; they ask them
here, once, so the two rules cannot drift apart."""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.hate.care_advice import care_advised
from moderation.policy.rules.hate.generalisation_guards import (
    pays_a_price,
    peaceful_wish,
    said_of_something_else,
    status_vote,
    vote_advised,
)
from moderation.policy.rules.hate.status_policy import status_policy
from moderation.policy.rules.hate.stereotype_rejected import stereotype_rejected


def implicit_spared(an: Analysis, g: int, pred: Unit) -> bool:
    """`pred` is a `Z` predicate said of the group unit `g`, and it is:
    a cost ("los X lo van a pagar en el súper"), a peaceful wish ("las personas trans solo
    quieren trabajar tranquilas"), advice at the ballot ("Catholics shouldn't vote for him"),
    said of something else ("a threat to no one", "les sobran ganas"), the vote or another
    licensed act of an immigration status debated ("immigrants shouldn't be allowed to vote",
    "asylum seekers shouldn't be allowed to work"), a stereotype refused ("women don't belong in
    the kitchen, they belong wherever they want") or care advice in a hazard ("con la ola de
    calor, las personas con X deberían quedarse en casa")."""
    if pred.code != "Z":
        return False
    text = an.norm.text
    return (
        pays_a_price(an, pred)
        or peaceful_wish(an, pred)
        or vote_advised(an, pred)
        or status_vote(an, g, pred)
        or status_policy(an, g, pred)
        or stereotype_rejected(text, pred.start)
        or care_advised(text, pred.start)
        or said_of_something_else(an, pred)
    )
