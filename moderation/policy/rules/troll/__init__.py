"""Trolling (clause `troll`): personal attacks on commenters or the author, flame bait,
shouting, copy-paste repeats, threats and doxxing, and the moderators' own blocked terms.

Mostly hold for a person to judge; threats and doxxing reject.

One module per public rule (`attack`, `threats`, `shouting`, `repeat`, `blocked_term`,
`sealion`, `flood`, `dox`, `cried_at`, `paid_jibe`, `source_badger`, `wits_mocked`,
`idle_mocked`, `talked_down`), imported below in the
order their rules register (the order findings are listed). What `troll.personal_attack`
reads sits beside it: whether an insult is aimed at someone (`aim`, weighing what points it
at a reader, `aim_cues`, against what turns it away, `aim_guards`), said of a thing
(`things`), of a public figure (`public`) or of people outside the thread
(`third_parties`), or banter (`banter`); `threat_guards` holds what sets a threat aside;
`words` and `letters` hold what several modules share.
"""

from __future__ import annotations

# Imported to register their rules, in this order (the order findings are listed).
# isort: off
from moderation.policy.rules.troll import attack  # noqa: F401
from moderation.policy.rules.troll import threats  # noqa: F401
from moderation.policy.rules.troll import shouting  # noqa: F401
from moderation.policy.rules.troll import repeat  # noqa: F401
from moderation.policy.rules.troll import blocked_term  # noqa: F401
from moderation.policy.rules.troll import sealion  # noqa: F401
from moderation.policy.rules.troll import flood  # noqa: F401
from moderation.policy.rules.troll import dox  # noqa: F401
from moderation.policy.rules.troll import cried_at  # noqa: F401
from moderation.policy.rules.troll import paid_jibe  # noqa: F401
from moderation.policy.rules.troll import source_badger  # noqa: F401
from moderation.policy.rules.troll import wits_mocked  # noqa: F401
from moderation.policy.rules.troll import idle_mocked  # noqa: F401
from moderation.policy.rules.troll import talked_down  # noqa: F401

# isort: on
from moderation.policy.rules.troll.banter import warm_banter
from moderation.policy.rules.troll.threats import threat

__all__ = ["threat", "warm_banter"]
