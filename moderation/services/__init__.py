"""Writes of the moderation app, one module per concern; import them from here."""

from moderation.services.appeals import appeal_blocker, appeal_decide, appeal_submit
from moderation.services.authors import author_ban, author_trust
from moderation.services.decisions import (
    ACTION_TARGET,
    ACTIONS_FOR_STATUS,
    CLAIM_MINUTES,
    CLAUSES,
    BulkResult,
    ClaimResult,
    comment_claim,
    comment_claim_next,
    comment_release,
    comments_bulk_decide,
    decision_record,
)
from moderation.services.errors import DecisionConflict, ModerationError
from moderation.services.libel import (
    libel_comment_find,
    libel_complaint_submit,
    libel_decide,
    libel_poster_notify,
)
from moderation.services.policy import policy_activate, policy_version_create

__all__ = [
    "ACTIONS_FOR_STATUS",
    "ACTION_TARGET",
    "CLAIM_MINUTES",
    "CLAUSES",
    "BulkResult",
    "ClaimResult",
    "DecisionConflict",
    "ModerationError",
    "appeal_blocker",
    "appeal_decide",
    "appeal_submit",
    "author_ban",
    "author_trust",
    "comment_claim",
    "comment_claim_next",
    "comment_release",
    "comments_bulk_decide",
    "decision_record",
    "libel_comment_find",
    "libel_complaint_submit",
    "libel_decide",
    "libel_poster_notify",
    "policy_activate",
    "policy_version_create",
]
