"""A commenter's data on request: `export EMAIL` prints it as JSON, `erase EMAIL` blanks it.

Erasing keeps thread structure, statuses and the audit log's decisions (the law lets us keep
records of moderation; the personal data goes).
"""

import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from comments.models import Comment
from comments.services import commenter_erase
from moderation.models import Report


def commenter_export(email: str) -> dict:
    comments = (
        Comment.objects.filter(author_email__iexact=email)
        .select_related("article")
        .order_by("created_at", "id")
    )
    reports = Report.objects.filter(reporter_email__iexact=email).order_by("created_at", "id")
    return {
        "email": email,
        "comments": [
            {
                "id": c.pk,
                "article": c.article.title,
                "url": c.get_absolute_url(),
                "parent_id": c.parent_id,
                "author_name": c.author_name,
                "author_email": c.author_email,
                "author_url": c.author_url,
                "text": c.text,
                "submitted_text": c.raw_text,
                "status": c.status,
                "created_at": c.created_at.isoformat(),
                "edited_at": c.edited_at.isoformat() if c.edited_at else None,
                "notify_replies": c.notify_replies,
                "ip_address_stored_as_keyed_hash": bool(c.ip_hash),
            }
            for c in comments
        ],
        "reports": [
            {
                "comment_id": r.comment_id,
                "reason": r.reason,
                "note": r.note,
                "outcome": r.outcome,
                "created_at": r.created_at.isoformat(),
            }
            for r in reports
        ],
    }


class Command(BaseCommand):
    help = "Export (as JSON) or erase the comments and reports of one email address."

    def add_arguments(self, parser) -> None:
        parser.add_argument("action", choices=["export", "erase"], help="export or erase")
        parser.add_argument("email", help="the commenter's email address")

    def handle(self, *args, action: str, email: str, **options) -> None:
        email = email.strip()
        try:
            validate_email(email)
        except ValidationError as exc:
            raise CommandError(f"{email!r} is not an email address.") from exc
        if action == "export":
            self.stdout.write(json.dumps(commenter_export(email), indent=2, ensure_ascii=False))
            return
        n = commenter_erase(email=email)
        self.stdout.write(f"Erased the personal data of {n} comment(s) by {email}.")
