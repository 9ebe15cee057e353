"""Write moderator-labelled comments as JSON Lines, in screen_comments' input format plus the
decision, for evaluate_policy or training."""

import json
from datetime import date, datetime, time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from moderation.models import Decision

# A moderator's final status as the label the engine should have produced.
LABELS = {
    "published": "approve",
    "held": "hold",
    "rejected": "reject",
    "spam": "reject",
    "removed": "reject",
}
STATUS_ACTIONS = (
    "approve",
    "reject",
    "spam",
    "edit-approve",
    "remove",
    "keep",
    "appeal-uphold",
    "appeal-deny",
    "libel-keep",
    "libel-remove",
)


class Command(BaseCommand):
    help = "Export comments decided by moderators since DATE as JSON Lines (one object a line)."

    def add_arguments(self, parser):
        parser.add_argument("--since", required=True, help="a date, YYYY-MM-DD")
        parser.add_argument("--output", "-o", default="-", help="a file, or - for stdout")

    def handle(self, *args, **options):
        try:
            since = date.fromisoformat(options["since"])
        except ValueError as exc:
            raise CommandError(
                f"--since must be a date like 2026-01-31, not {options['since']!r}"
            ) from exc
        start = timezone.make_aware(datetime.combine(since, time.min))
        decisions = (
            Decision.objects.filter(
                actor_kind=Decision.Actor.MODERATOR,
                action__in=STATUS_ACTIONS,
                created_at__gte=start,
                comment__isnull=False,
            )
            .select_related("comment__article__author", "actor")
            .order_by("comment_id", "created_at", "pk")
        )
        latest: dict[int, Decision] = {}
        for decision in decisions.iterator(chunk_size=1000):
            latest[decision.comment_id] = decision  # the newest moderator decision wins
        out = self.stdout if options["output"] == "-" else open(options["output"], "w")  # noqa: SIM115
        try:
            for decision in latest.values():
                comment = decision.comment
                article = comment.article
                label = LABELS.get(decision.to_status, decision.to_status)
                record = {
                    "id": str(comment.pk),
                    "text": comment.text,
                    "lang": comment.lang or None,
                    "author_name": comment.author_name,
                    "article_title": article.title,
                    "article_author": article.author.display_name if article.author_id else "",
                    "expected": label,
                    "decision": {
                        "action": decision.action,
                        "from_status": decision.from_status,
                        "to_status": decision.to_status,
                        "clause": decision.clause,
                        "moderator": decision.actor.get_username() if decision.actor else "",
                        "decided_at": decision.created_at.isoformat(),
                        "engine_action": (comment.verdict or {}).get("action", ""),
                        "policy_version": decision.policy_version,
                    },
                }
                # evaluate_policy reads "categories" as the gold labels when present, else
                # "expected": a takedown without a clause must not read as "nothing wrong".
                if label == "approve":
                    record["categories"] = []
                elif decision.clause:
                    record["categories"] = [decision.clause]
                if record["lang"] is None:
                    del record["lang"]
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        finally:
            if out is not self.stdout:
                out.close()
        self.stderr.write(f"{len(latest)} comments exported.")
