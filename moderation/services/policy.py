"""Versions of the tunable policy: create a new one, activate it (a recorded decision)."""

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from moderation.active_policy import policy_cache_clear
from moderation.audit import decision_log
from moderation.models import Decision, PolicySettings
from moderation.services.errors import ModerationError

FIELDS = (
    "thresholds",
    "extra_blocked_terms",
    "extra_allowed_terms",
    "links_to_hold",
    "profanity_excessive",
    "trust_threshold",
    "report_threshold",
    "note",
)


def policy_version_create(*, moderator, **values) -> PolicySettings:
    """Save the values as the next version (inactive until someone activates it)."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ModerationError(_("Unknown policy fields: %s") % ", ".join(sorted(unknown)))
    with transaction.atomic():
        last = PolicySettings.objects.aggregate(v=Max("version"))["v"]
        return PolicySettings.objects.create(
            version=(last or 0) + 1, created_by=moderator, **values
        )


def policy_activate(*, policy: PolicySettings, moderator, note: str = "") -> Decision:
    """Make `policy` the active version; earlier versions can be re-activated the same way."""
    with transaction.atomic():
        previous = PolicySettings.objects.select_for_update().filter(is_active=True).first()
        if previous is not None and previous.pk == policy.pk:
            raise ModerationError(_("Version %(v)s is already active.") % {"v": policy.version})
        PolicySettings.objects.filter(is_active=True).update(is_active=False)
        PolicySettings.objects.filter(pk=policy.pk).update(
            is_active=True, activated_at=timezone.now()
        )
        decision = decision_log(
            comment=None,
            actor=moderator,
            actor_kind=Decision.Actor.MODERATOR,
            action="policy-activate",
            note=note
            or _("Activated %(new)s (was %(old)s).")
            % {
                "new": policy.version_label,
                "old": previous.version_label if previous else _("the defaults"),
            },
            policy_version=policy.version_label,
        )
        transaction.on_commit(policy_cache_clear)
    policy_cache_clear()
    policy.refresh_from_db()
    return decision
