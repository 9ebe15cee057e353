"""Links a comment's author is given: the clause of the posted policy, and a signed appeal link."""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from comments.tokens import comment_token_make


def policy_url(clause: str = "") -> str:
    base = reverse("blog:policy")
    return f"{base}#{clause}" if clause else base


def appeal_url(comment_id: int) -> str:
    token = comment_token_make(comment_id=comment_id, purpose="appeal")
    return reverse("moderation:appeal", kwargs={"token": token})


def absolute(path: str) -> str:
    """A site URL for emails (settings.STOA_SITE_URL + path)."""
    return settings.STOA_SITE_URL.rstrip("/") + path


# How each clause of the posted policy is named to a reader.
CLAUSE_LABELS = {
    "hate": _("hateful or offensive comments"),
    "profanity": _("excessive foul language"),
    "libel": _("libel"),
    "troll": _("trolling"),
    "spam": _("spam"),
}


def clause_label(clause: str) -> str:
    return str(CLAUSE_LABELS.get(clause, clause or _("our comment policy")))


def verdict_clause(verdict: dict) -> str:
    """The clause of the most severe finding in a stored verdict (Comment.verdict)."""
    order = {"reject": 2, "hold": 1}
    findings = [f for f in (verdict or {}).get("findings", []) if f.get("action") in order]
    if not findings:
        return ""
    best = max(findings, key=lambda f: (order[f["action"]], f.get("score", 0)))
    return best.get("clause", "")
