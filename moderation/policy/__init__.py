"""The policy engine: pure Python, no Django. `screen(submission) -> Verdict`."""

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
