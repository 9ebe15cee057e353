"""Signed tokens that let a guest act on their own comment without an account.

One salt per purpose, so a delete link can never be replayed as an appeal or an unsubscribe.
"""

from django.core import signing

PURPOSES = frozenset({"delete", "appeal", "unsubscribe", "edit"})


def comment_token_make(*, comment_id: int, purpose: str) -> str:
    if purpose not in PURPOSES:
        raise ValueError(f"unknown token purpose {purpose!r}")
    return signing.dumps({"c": comment_id}, salt=f"stoa.comment.{purpose}", compress=True)


def comment_token_read(token: str, *, purpose: str, max_age: int | None = None) -> int | None:
    """The comment id the token was made for, or None when it is forged, altered or expired."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown token purpose {purpose!r}")
    try:
        data = signing.loads(token, salt=f"stoa.comment.{purpose}", max_age=max_age)
    except signing.BadSignature:
        return None
    value = data.get("c") if isinstance(data, dict) else None
    return value if isinstance(value, int) else None
