"""The policy engine: pure Python, no Django. `screen(submission) -> Verdict`."""

from moderation.policy.regex_store import precompiled

with precompiled():  # the rule modules compile some 1,400 regexes as they are imported
    from moderation.policy.decide import screen
from moderation.policy.types import (
    Action,
    Category,
    Context,
    Finding,
    PolicyConfig,
    Submission,
    Verdict,
)

__all__ = [
    "Action",
    "Category",
    "Context",
    "Finding",
    "PolicyConfig",
    "Submission",
    "Verdict",
    "screen",
]
