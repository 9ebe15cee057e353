"""A knowing "you know who I mean" said of a gang or a cartel named in its own sentence ("The
cartels run the drugs and you know who I mean: the Sinaloa guys"): the outfit is who is
meant, not a people left to the reader."""

from __future__ import annotations

from moderation.policy.analysis import Analysis
from moderation.policy.analysis.group_words import CRIMINAL_BODIES

# The gangs of `CRIMINAL_BODIES`: "mafia", "mob" and "clan" are also said of a cabal ("the
# media mafia, you know who I mean"), so they do not count here.
_GANGS = CRIMINAL_BODIES & frozenset(
    {"cartel", "cartels", "gang", "gangs", "carteles", "pandilla", "pandillas", "mara", "maras",
     "crimen organizado", "criminal organization", "grupo criminal", "grupos criminales"}
)  # fmt: skip


def gang_meant(an: Analysis, first: int) -> bool:
    """The sentence of unit `first` names a gang or a cartel and no group of people: the
    hint points at the outfit."""
    run = an.sentence_run(first)
    return any(u.text in _GANGS for u in run) and not any(u.code in ("G", "g") for u in run)
