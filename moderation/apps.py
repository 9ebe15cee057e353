"""Moderation app: the review queue, audit log, bans, appeals and the versioned policy settings."""

from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "moderation"
    verbose_name = "Moderation"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from moderation import checks  # noqa: F401 - registers the policy engine's checks
        from moderation.groups import groups_ensure

        # After migrate and after every flush; the auth app's own handler runs first (it is
        # installed earlier), so the permissions exist by then.
        post_migrate.connect(groups_ensure, sender=self, dispatch_uid="stoa-groups-ensure")
