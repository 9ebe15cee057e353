"""Hate (clause `hate`): slurs, dehumanisation, derogatory generalisations, threats and calls
for exclusion aimed at a protected group, and anti-Semitic tropes. English and Spanish.

Patterns run over the sentence's unit codes (see analysis/read.py): G group, C copula, N negation,
X negative attribute, D dehumanising word, Z implicit derogation, P positive attribute,
H hate verb, W hate reaction, V violence or expulsion, K doom verb, M modal or wish,
F intent, E "better off without", Y profane modifier, A filler.

One module per public rule (`derogation`, `negated_positive`, `broad`, `emotion`, `modifier`,
`directed`, `violence`, `slurs`, `tropes`), imported below in the order their rules register
(the order findings are listed); the shapes a rule reads on its own sit beside it
(`derogation_*`, `violence_*`, `slur_*`), and what several rules read sits in `words`,
`guards`, `generalisation_guards` and `helpers`.
"""

from __future__ import annotations

# Imported to register their rules, in this order (the order findings are listed).
# isort: off
from moderation.policy.rules.hate import derogation  # noqa: F401
from moderation.policy.rules.hate import negated_positive  # noqa: F401
from moderation.policy.rules.hate import broad  # noqa: F401
from moderation.policy.rules.hate import emotion  # noqa: F401
from moderation.policy.rules.hate import modifier  # noqa: F401
from moderation.policy.rules.hate import directed  # noqa: F401
from moderation.policy.rules.hate import violence  # noqa: F401
from moderation.policy.rules.hate import slurs  # noqa: F401
from moderation.policy.rules.hate import tropes  # noqa: F401

# isort: on
from moderation.policy.rules.hate.slur_in_group import self_named_slur

__all__ = ["self_named_slur"]
