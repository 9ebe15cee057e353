"""Send the daily digest of held comments to moderators who chose a digest (run from cron)."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.urls import reverse

from comments.models import Comment
from moderation.notify import mail_enqueue, moderators_for_digest, site_url
from moderation.selectors import queue_list


class Command(BaseCommand):
    help = "Email the moderators who want a daily digest what is waiting in the queue."

    def handle(self, *args, **options):
        recipients = moderators_for_digest()
        items = list(queue_list()[:50])
        held = Comment.objects.filter(status=Comment.Status.HELD).count()
        if not recipients or not items:
            self.stdout.write(f"Nothing sent ({len(recipients)} recipients, {len(items)} items).")
            return
        with transaction.atomic():
            mail_enqueue(
                template="digest",
                subject=f"Moderation digest: {len(items)} items waiting",
                to=recipients,
                context={
                    "items": items,
                    "held": held,
                    "queue_url": site_url(reverse("moderation:queue")),
                    "item_base": site_url("/moderation/item/"),
                },
            )
        self.stdout.write(f"Digest sent to {len(recipients)} moderators ({len(items)} items).")
