"""The records that make moderation accountable: decisions, policy versions, bans, reports,
appeals and libel complaints. Comments are referred to by string so this module imports no app.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PolicySettings(models.Model):
    """One version of the moderator-tunable policy; exactly one is active at a time."""

    version = models.PositiveIntegerField(unique=True)
    is_active = models.BooleanField(default=False)
    # {"hate": {"hold": 0.5, "reject": 0.85}, ...}; missing keys use the engine's defaults.
    thresholds = models.JSONField(default=dict, blank=True)
    extra_blocked_terms = models.TextField(blank=True, help_text=_("One term a line."))
    extra_allowed_terms = models.TextField(blank=True, help_text=_("One term a line."))
    links_to_hold = models.PositiveSmallIntegerField(default=2)
    profanity_excessive = models.PositiveSmallIntegerField(
        default=2, help_text=_("How many swear words make a comment 'excessive foul language'.")
    )
    trust_threshold = models.PositiveSmallIntegerField(
        default=5,
        help_text=_("Published comments, with no rejection, before an author is trusted."),
    )
    report_threshold = models.PositiveSmallIntegerField(
        default=3, help_text=_("Weighted reports that send a published comment back to review.")
    )
    note = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    activated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-version"]
        verbose_name_plural = _("policy settings")
        constraints = [
            models.UniqueConstraint(
                fields=["is_active"], condition=Q(is_active=True), name="one_active_policy"
            )
        ]

    def __str__(self) -> str:
        return f"Policy v{self.version}{' (active)' if self.is_active else ''}"

    def get_absolute_url(self) -> str:
        return reverse("moderation:policy-detail", kwargs={"version": self.version})

    @property
    def version_label(self) -> str:
        return f"v{self.version}"


class Decision(models.Model):
    """Append-only audit log: every status change, by the engine or a person, is one row."""

    class Actor(models.TextChoices):
        ENGINE = "engine", _("Engine")
        MODERATOR = "moderator", _("Moderator")
        AUTHOR = "author", _("Author")
        READER = "reader", _("Reader")
        SYSTEM = "system", _("System")

    comment = models.ForeignKey(
        "comments.Comment",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="decisions",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_kind = models.CharField(max_length=10, choices=Actor)
    action = models.CharField(max_length=40)
    from_status = models.CharField(max_length=10, blank=True)
    to_status = models.CharField(max_length=10, blank=True)
    clause = models.CharField(max_length=40, blank=True)
    note = models.TextField(blank=True)
    policy_version = models.CharField(max_length=40, blank=True)
    findings = models.JSONField(default=list, blank=True)
    # A moderator's edit keeps the text it replaced here, so the log shows what changed.
    previous_text = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["comment", "created_at"]),
            models.Index(fields=["actor_kind", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_kind} {self.action}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionDenied("Decisions are append-only.")
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        if self.comment_id:
            return reverse("moderation:item", kwargs={"pk": self.comment_id})
        return reverse("moderation:queue")

    def delete(self, *args, **kwargs):
        raise PermissionDenied("Decisions are append-only.")


class BanQuerySet(models.QuerySet):
    def active(self) -> "BanQuerySet":
        now = timezone.now()
        return self.filter(
            Q(expires_at__isnull=True) | Q(expires_at__gt=now), lifted_at__isnull=True
        )

    def matching(self, *, email: str = "", ip_hash: str = "") -> "BanQuerySet":
        q = Q(pk__in=[])
        if email:
            q |= Q(email__iexact=email)
        if ip_hash:
            q |= Q(ip_hash=ip_hash)
        return self.active().filter(q)


class Ban(models.Model):
    email = models.EmailField(blank=True, db_index=True)
    ip_hash = models.CharField(max_length=64, blank=True, db_index=True)
    reason = models.TextField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField(null=True, blank=True, help_text=_("Empty: for good."))
    lifted_at = models.DateTimeField(null=True, blank=True)

    objects = BanQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Ban {self.email or self.ip_hash[:10]}"

    def get_absolute_url(self) -> str:
        return reverse("admin:moderation_ban_change", args=[self.pk])


class Report(models.Model):
    """A reader's report of a published comment."""

    class Reason(models.TextChoices):
        TROLL = "troll", _("Trolling or personal attack")
        LIBEL = "libel", _("Libel (false statement of fact about a person)")
        HATE = "hate", _("Hate (racist, anti-Semitic or other offensive comment)")
        PROFANITY = "profanity", _("Excessive foul language")
        SPAM = "spam", _("Spam")
        OTHER = "other", _("Something else")

    class Outcome(models.TextChoices):
        PENDING = "pending", _("Pending")
        UPHELD = "upheld", _("Upheld")
        DISMISSED = "dismissed", _("Dismissed")

    comment = models.ForeignKey(
        "comments.Comment", on_delete=models.CASCADE, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Who reported, for "distinct reports": the user id or a keyed hash of the IP address.
    reporter_key = models.CharField(max_length=80)
    reporter_email = models.EmailField(blank=True)
    reason = models.CharField(max_length=10, choices=Reason)
    note = models.TextField(blank=True)
    weight = models.FloatField(default=1.0)
    outcome = models.CharField(max_length=10, choices=Outcome, default=Outcome.PENDING)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "reporter_key"], name="one_report_per_reader"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} on #{self.comment_id}"

    def get_absolute_url(self) -> str:
        return reverse("moderation:item", kwargs={"pk": self.comment_id})


class Appeal(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        UPHELD = "upheld", _("Upheld: comment published")
        DENIED = "denied", _("Denied: decision stands")

    comment = models.ForeignKey(
        "comments.Comment", on_delete=models.CASCADE, related_name="appeals"
    )
    message = models.TextField()
    status = models.CharField(max_length=10, choices=Status, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"Appeal on #{self.comment_id} ({self.status})"

    def get_absolute_url(self) -> str:
        return reverse("moderation:item", kwargs={"pk": self.comment_id})


class LibelComplaint(models.Model):
    class Step(models.TextChoices):
        RECEIVED = "received", _("Received, comment held")
        INCOMPLETE = "incomplete", _("Incomplete")
        POSTER_NOTIFIED = "notified", _("Poster notified, awaiting response")
        KEPT = "kept", _("Decided: comment kept")
        REMOVED = "removed", _("Decided: comment removed")

    comment = models.ForeignKey(
        "comments.Comment", on_delete=models.PROTECT, related_name="libel_complaints"
    )
    name = models.CharField(max_length=120)
    contact = models.CharField(max_length=200)
    untrue_statement = models.TextField()
    why_untrue = models.TextField()
    # The comment as the complainant identified it (a link or a number), kept for the record.
    comment_reference = models.CharField(max_length=300, blank=True)
    step = models.CharField(max_length=10, choices=Step, default=Step.RECEIVED)
    respond_by = models.DateTimeField(null=True, blank=True)
    poster_response = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"Libel complaint on #{self.comment_id} ({self.step})"

    def get_absolute_url(self) -> str:
        return reverse("moderation:item", kwargs={"pk": self.comment_id})


class TrustedAuthor(models.Model):
    """A moderator's override: this author (by email or account) is published at once when the
    engine only holds. Reject-level findings still apply."""

    email = models.EmailField(blank=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    note = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(email="") | Q(user__isnull=False), name="trusted_author_has_key"
            )
        ]

    def __str__(self) -> str:
        return f"Trusted {self.email or self.user}"

    def get_absolute_url(self) -> str:
        return reverse("admin:moderation_trustedauthor_change", args=[self.pk])


class ModeratorPreference(models.Model):
    """How a moderator wants to hear about held comments."""

    class Mode(models.TextChoices):
        IMMEDIATE = "immediate", _("An email for each held comment")
        DIGEST = "digest", _("A daily digest")
        NONE = "none", _("No email")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="moderation_preference"
    )
    mode = models.CharField(max_length=10, choices=Mode, default=Mode.IMMEDIATE)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("moderator preference")

    def __str__(self) -> str:
        return f"{self.user}: {self.mode}"

    def get_absolute_url(self) -> str:
        return reverse("moderation:preferences")
