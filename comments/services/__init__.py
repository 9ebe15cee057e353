"""Writes of the comments app: submit (and reply), edit, delete, report, unsubscribe, erase.

Every status change is a conditional update plus a Decision row in the same transaction;
emails are enqueued as tasks on commit. Import from here, not from the submodules.
"""

from comments.services.common import CommentRefused, comment_published_notify
from comments.services.edit import (
    comment_delete,
    comment_edit,
    comment_editable_until,
    comment_is_editable,
)
from comments.services.privacy import ERASED_TEXT, comment_unsubscribe, commenter_erase
from comments.services.reports import comment_report
from comments.services.submit import comment_submit

__all__ = [
    "ERASED_TEXT",
    "CommentRefused",
    "comment_delete",
    "comment_edit",
    "comment_editable_until",
    "comment_is_editable",
    "comment_published_notify",
    "comment_report",
    "comment_submit",
    "comment_unsubscribe",
    "commenter_erase",
]
