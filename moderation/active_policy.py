"""The active PolicySettings row as the engine's PolicyConfig (cached, reset on activation)."""

from django.core.cache import cache

from moderation.models import PolicySettings
from moderation.policy.types import PolicyConfig

_CACHE_KEY = "stoa:active-policy"


def _terms(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.splitlines() if t.strip())


def policy_config_from(row: PolicySettings | None) -> PolicyConfig:
    if row is None:
        return PolicyConfig()
    return PolicyConfig(
        version=row.version_label,
        thresholds=row.thresholds or {},
        extra_blocked_terms=_terms(row.extra_blocked_terms),
        extra_allowed_terms=_terms(row.extra_allowed_terms),
        links_to_hold=row.links_to_hold,
        profanity_excessive=row.profanity_excessive,
    )


def policy_settings_active() -> PolicySettings | None:
    return PolicySettings.objects.filter(is_active=True).first()


def policy_config_active() -> PolicyConfig:
    """The config every new comment is screened with. Cached for a minute across requests."""
    config = cache.get(_CACHE_KEY)
    if config is None:
        config = policy_config_from(policy_settings_active())
        cache.set(_CACHE_KEY, config, 60)
    return config


def policy_cache_clear() -> None:
    cache.delete(_CACHE_KEY)
