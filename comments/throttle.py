"""Rate limits for posting, kept in the cache so Redis enforces them across workers in production.

Fixed windows: a counter per key and window, created with add() and bumped with incr(), both atomic
in Redis. Limits come from settings as (count, seconds).
"""

import time

from django.conf import settings
from django.core.cache import cache


def _hit(key: str, limit: tuple[int, int]) -> bool:
    """Count one attempt; True when this attempt is over the limit."""
    count, seconds = limit
    if count <= 0:
        return False
    window = int(time.time() // seconds)
    cache_key = f"stoa:rl:{key}:{window}"
    if cache.add(cache_key, 1, timeout=seconds + 1):
        return count < 1
    try:
        current = cache.incr(cache_key)
    except ValueError:  # expired between add() and incr()
        cache.add(cache_key, 1, timeout=seconds + 1)
        current = 1
    return current > count


def comment_throttled(*, ip_hash: str, email: str) -> bool:
    """Count one posting attempt against the IP's and the email's limits."""
    over = False
    if ip_hash:
        over = _hit(f"ip:{ip_hash}", settings.STOA_RATE_LIMIT_IP) or over
    if email:
        over = _hit(f"email:{email.strip().lower()}", settings.STOA_RATE_LIMIT_EMAIL) or over
    return over


def report_throttled(*, ip_hash: str) -> bool:
    """Count one report against the IP's limit (a separate window from posting)."""
    return bool(ip_hash) and _hit(f"report:{ip_hash}", settings.STOA_RATE_LIMIT_IP)
