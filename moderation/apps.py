"""Moderation app: the review queue, audit log, bans, appeals and the versioned policy settings."""

from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "moderation"
    verbose_name = "Moderation"
