"""Who is commenting: a keyed hash of the IP address and the signed cookie of a guest's comments.

Raw IP addresses are never stored; the key (settings.STOA_IP_HASH_KEY) keeps the hash from being
reversed by trying all four billion addresses.
"""

import hashlib
import hmac
import json

from django.conf import settings
from django.http import HttpRequest, HttpResponse

OWNER_COOKIE = "stoa_comments"
_OWNER_SALT = "stoa.comments.owner"
_OWNER_MAX_IDS = 50
_OWNER_MAX_AGE = 60 * 60 * 24 * 365


def ip_hash(ip: str) -> str:
    """Keyed HMAC-SHA256 of an address (hex); empty for an empty address."""
    if not ip:
        return ""
    key = settings.STOA_IP_HASH_KEY.encode()
    return hmac.new(key, ip.strip().encode(), hashlib.sha256).hexdigest()


def client_ip(request: HttpRequest) -> str:
    # REMOTE_ADDR only: a proxy in front must set it (e.g. gunicorn --forwarded-allow-ips),
    # because X-Forwarded-For is whatever the client chose to send.
    return request.META.get("REMOTE_ADDR", "") or ""


def request_ip_hash(request: HttpRequest) -> str:
    return ip_hash(client_ip(request))


def owned_ids(request: HttpRequest) -> list[int]:
    """Ids of the comments this browser posted as a guest (signed cookie; forged values ignored)."""
    raw = request.get_signed_cookie(OWNER_COOKIE, default=None, salt=_OWNER_SALT)
    if not raw:
        return []
    try:
        data = json.loads(raw)
    except ValueError:
        return []
    return [i for i in data if isinstance(i, int)] if isinstance(data, list) else []


def owned_ids_add(request: HttpRequest, response: HttpResponse, comment_id: int) -> None:
    ids = [i for i in owned_ids(request) if i != comment_id] + [comment_id]
    response.set_signed_cookie(
        OWNER_COOKIE,
        json.dumps(ids[-_OWNER_MAX_IDS:]),
        salt=_OWNER_SALT,
        max_age=_OWNER_MAX_AGE,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure(),
    )
