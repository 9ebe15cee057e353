"""A crime told from its victim's side: "María Hernández, de 29 años, fue asesinada frente a su
casa", "Two Honduran teenagers were robbed and beaten near the bus station". Someone suffered
it and no one is said to have done it, so the person the comment names is the victim; the blog
model's libel hold on such a comment is the rules' call (`decide._blog_findings`)."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

# A crime suffered, in the passive: the one named is its subject.
_SUFFERED = re.compile(
    r"\b(?:fue|fueron|ha sido|han sido|habia sido|resulto|resultaron|was|were|has been|"
    r"have been|had been|got)\s+(?:(?:brutalmente|brutally|fatally|violently|reportedly)\s+)?"
    r"(?:asesinad[oa]s?|matad[oa]s?|balead[oa]s?|acuchillad[oa]s?|apunalad[oa]s?|"
    r"atacad[oa]s?|agredid[oa]s?|asaltad[oa]s?|golpead[oa]s?|robad[oa]s?|secuestrad[oa]s?|"
    r"levantad[oa]s?|atropellad[oa]s?|violad[oa]s?|murdered|killed|shot|stabbed|attacked|"
    r"assaulted|robbed|beaten|mugged|kidnapped|abducted|raped|run over|hit)\b"
    r"(?!\s+(?:por|by)\b)"
)


def victim_told(an: Analysis) -> bool:
    """A crime suffered is told (`_SUFFERED`, no doer after it with "por"/"by") and the libel
    lexicon finds no crime charged to anyone in the comment."""
    return "crime" not in an.by_class and bool(_SUFFERED.search(an.norm.text))
