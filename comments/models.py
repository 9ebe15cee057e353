"""Reader comments: one status field, one table of allowed moves between statuses."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Comment(models.Model):
    class Status(models.TextChoices):
        HELD = "held", _("Awaiting moderation")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Not published")
        SPAM = "spam", _("Spam")
        REMOVED = "removed", _("Removed by a moderator")
        DELETED = "deleted", _("Deleted by the author")

    # Every status change must be one of these moves (see docs/architecture.md).
    TRANSITIONS: dict[str, frozenset[str]] = {
        Status.HELD: frozenset(
            {Status.PUBLISHED, Status.REJECTED, Status.SPAM, Status.REMOVED, Status.DELETED}
        ),
        Status.PUBLISHED: frozenset({Status.HELD, Status.REMOVED, Status.SPAM, Status.DELETED}),
        Status.REJECTED: frozenset({Status.HELD, Status.PUBLISHED, Status.SPAM, Status.DELETED}),
        Status.SPAM: frozenset({Status.PUBLISHED, Status.HELD, Status.REJECTED, Status.DELETED}),
        Status.REMOVED: frozenset({Status.PUBLISHED, Status.HELD, Status.DELETED}),
        Status.DELETED: frozenset(),
    }

    article = models.ForeignKey("blog.Article", on_delete=models.CASCADE, related_name="comments")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="replies"
    )
    depth = models.PositiveSmallIntegerField(default=0, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="comments",
    )
    author_name = models.CharField(_("name"), max_length=80)
    author_email = models.EmailField(_("email"), blank=True, db_index=True)
    author_url = models.URLField(_("website"), blank=True)
    text = models.TextField(_("comment"), help_text=_("Plain text; markup is stripped."))
    raw_text = models.TextField(blank=True, help_text=_("Exactly what was submitted, for audit."))
    status = models.CharField(max_length=10, choices=Status, default=Status.HELD, db_index=True)
    verdict = models.JSONField(default=dict, blank=True)
    policy_version = models.CharField(max_length=40, blank=True)
    lang = models.CharField(max_length=5, blank=True)
    ip_hash = models.CharField(max_length=64, blank=True, db_index=True)
    notify_replies = models.BooleanField(_("email me replies"), default=False)
    report_count = models.PositiveIntegerField(default=0)
    is_edited_by_moderator = models.BooleanField(default=False)
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    claimed_until = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    edited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["article", "status", "created_at"]),
            models.Index(fields=["status", "created_at"]),
        ]
        permissions = [("can_moderate", "Can moderate comments")]

    def __str__(self) -> str:
        return f"{self.author_name}: {self.text[:50]}"

    def get_absolute_url(self) -> str:
        return f"{self.article.get_absolute_url()}#c{self.pk}"

    def get_delete_url(self) -> str:
        return reverse("comments:delete", kwargs={"pk": self.pk})

    def can_move_to(self, status: str) -> bool:
        return status in self.TRANSITIONS[self.status]

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.PUBLISHED
