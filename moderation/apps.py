"""Moderation app: the review queue, audit log, bans, appeals and the versioned policy settings."""

from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "moderation"
    verbose_name = "Moderation"

    def ready(self) -> None:
        from moderation import checks  # noqa: F401 - registers the policy engine's checks
