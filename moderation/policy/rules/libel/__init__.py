"""Libel (clause `libel`): a statement of fact that an identifiable person committed a crime or
a disgraceful act, with no attribution or hedge. Always HOLD, never reject: a person decides.

One module per public rule (`claim` for `libel.unattributed_claim`, `gain` for
`libel.insinuated_gain`), imported below in the order their rules register (the order findings
are listed). What the claim rule reads sits beside it: where an act begins (`acts`, its patterns
in `act_words` and the six `frames_*` lists), whether the writer states it (`claimed`), who did
it (`doer`), acts that defame no one (`deeds`), places and bodies that are no person (`bodies`)
and sources (`sources`); the gain rule also reads misdeeds vouched for as common knowledge
(`known`); both rules read the name readers (`names`, `name_spans`, `handles`) and `words`.
"""

from __future__ import annotations

# Imported to register their rules, in this order (the order findings are listed).
# isort: off
from moderation.policy.rules.libel import claim  # noqa: F401
from moderation.policy.rules.libel import gain  # noqa: F401

# isort: on
from moderation.policy.rules.libel.gain import kin_favoured
from moderation.policy.rules.libel.name_spans import names_person
from moderation.policy.rules.libel.sources import officially_told

__all__ = ["kin_favoured", "names_person", "officially_told"]
