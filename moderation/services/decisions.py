"""Moderators' decisions on comments: one conditional UPDATE and one Decision row per move.

The UPDATE only matches the status the moderator saw and a claim that is free or theirs, so
two moderators can never both decide the same comment: the second gets a clear refusal.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from blog.sanitize import strip_markup
from comments.models import Comment
from comments.services import comment_published_notify
from moderation.audit import decision_log
from moderation.models import Decision, Report
from moderation.notify import author_decision_notify
from moderation.services.errors import DecisionConflict, ModerationError

S = Comment.Status
CLAIM_MINUTES = 5

# action -> the status it moves the comment to (None: the status stays, the decision is recorded)
ACTION_TARGET: dict[str, str | None] = {
    "approve": S.PUBLISHED,
    "reject": S.REJECTED,
    "spam": S.SPAM,
    "edit-approve": S.PUBLISHED,
    "remove": S.REMOVED,
    "keep": None,  # a reported published comment stays up; its reports are dismissed
    "hold": S.HELD,
    "appeal-uphold": S.PUBLISHED,
    "libel-hold": S.HELD,
    "libel-keep": S.PUBLISHED,
    "libel-remove": S.REMOVED,
}
# Which actions a moderator may pick from the item page, by the status they saw.
ACTIONS_FOR_STATUS: dict[str, tuple[str, ...]] = {
    S.HELD: ("approve", "reject", "spam", "edit-approve", "remove"),
    S.PUBLISHED: ("keep", "remove", "spam"),
    S.REJECTED: ("approve", "spam"),
    S.SPAM: ("approve", "reject"),
    S.REMOVED: ("approve",),
}
NEEDS_CLAUSE = frozenset({"reject", "remove", "libel-remove"})
CLAUSES = ("hate", "profanity", "libel", "troll", "spam")


def _claim_free_or_mine(moderator, now) -> Q:
    q = Q(claimed_until__isnull=True) | Q(claimed_until__lte=now)
    if moderator is not None:
        q |= Q(claimed_by=moderator)
    return q


def _conflict_message(pk: int, expected: str, moderator) -> str:
    current = (
        Comment.objects.filter(pk=pk)
        .select_related("claimed_by")
        .only("status", "claimed_until", "claimed_by__username")
        .first()
    )
    if current is None:
        return _("This comment no longer exists.")
    if current.status != expected:
        return _(
            "This comment was already decided by someone else: it is now “%(status)s”. "
            "Nothing was changed."
        ) % {"status": current.get_status_display()}
    who = current.claimed_by.get_username() if current.claimed_by else _("another moderator")
    return _("%(who)s is working on this comment until %(until)s. Nothing was changed.") % {
        "who": who,
        "until": timezone.localtime(current.claimed_until).strftime("%H:%M"),
    }


def _reports_settle(*, comment_id: int, target: str | None) -> None:
    """Moderators' decisions are the outcome of pending reports: taking the comment down
    upholds them, keeping or publishing it dismisses them (lowering their reporters' weight)."""
    if target == S.HELD:
        return
    upheld = target in (S.REMOVED, S.SPAM, S.REJECTED)
    Report.objects.filter(comment_id=comment_id, outcome=Report.Outcome.PENDING).update(
        outcome=Report.Outcome.UPHELD if upheld else Report.Outcome.DISMISSED
    )


def decision_record(
    *,
    comment: Comment,
    moderator,
    action: str,
    clause: str = "",
    note: str = "",
    expected_status: str | None = None,
    new_text: str | None = None,
    actor_kind: str = Decision.Actor.MODERATOR,
    notify_author: bool = True,
) -> Decision:
    """Move `comment` by `action`, only if it still has `expected_status` and no one else holds
    its claim; write the Decision in the same transaction. Raises DecisionConflict otherwise."""
    if action not in ACTION_TARGET:
        raise ModerationError(_("Unknown action “%(action)s”.") % {"action": action})
    if action in NEEDS_CLAUSE and clause not in CLAUSES:
        raise ModerationError(_("Choose the policy clause this decision applies."))
    expected = expected_status or comment.status
    if expected not in S.values:
        raise ModerationError(_("Unknown status “%(status)s”.") % {"status": expected})
    target = ACTION_TARGET[action]
    if target == expected:
        raise ModerationError(
            _("This comment is already “%(status)s”.") % {"status": S(expected).label}
        )
    if target is not None and target not in Comment.TRANSITIONS[expected]:
        raise ModerationError(
            _("A comment that is “%(from)s” cannot be moved to “%(to)s”.")
            % {"from": S(expected).label, "to": S(target).label}
        )
    now = timezone.now()
    updates: dict = {"claimed_by": None, "claimed_until": None, "updated_at": now}
    if target is not None:
        updates["status"] = target
    previous_text = ""
    if new_text is not None:
        new_text = strip_markup(new_text)
        if not new_text:
            raise ModerationError(_("The edited comment is empty."))
        previous_text = comment.text
        updates.update(text=new_text, is_edited_by_moderator=True, edited_at=now)
    human = actor_kind == Decision.Actor.MODERATOR
    with transaction.atomic():
        qs = Comment.objects.filter(pk=comment.pk, status=expected)
        if human:
            qs = qs.filter(_claim_free_or_mine(moderator, now))
        if qs.update(**updates) == 0:
            raise DecisionConflict(_conflict_message(comment.pk, expected, moderator))
        decision = decision_log(
            comment=comment,
            actor=moderator,
            actor_kind=actor_kind,
            action=action,
            from_status=expected,
            to_status=target or expected,
            clause=clause,
            note=note,
            policy_version=comment.policy_version,
            findings=(comment.verdict or {}).get("findings", []),
            previous_text=previous_text,
        )
        _reports_settle(comment_id=comment.pk, target=target)
        for name, value in updates.items():
            setattr(comment, name, value)
        if notify_author and human:
            author_decision_notify(comment=comment, decision=decision)
        if target == S.PUBLISHED:
            # Replies and article authors hear of a newly public comment, as at submit time.
            comment_published_notify(comment=comment)
    return decision


@dataclass
class ClaimResult:
    ok: bool
    holder: str = ""
    until: object = None


def comment_claim(*, comment: Comment, moderator) -> ClaimResult:
    """Claim a comment for a few minutes so two moderators don't work it at once.

    On PostgreSQL the row is locked with SELECT ... FOR UPDATE SKIP LOCKED: a moderator whose
    claim is being written by someone else at this instant simply doesn't get it."""
    now = timezone.now()
    until = now + timedelta(minutes=CLAIM_MINUTES)
    with transaction.atomic():
        qs = Comment.objects.filter(pk=comment.pk)
        if connection.features.has_select_for_update_skip_locked:
            locked = qs.select_for_update(skip_locked=True).values_list("pk", flat=True)
            if not list(locked):
                return ClaimResult(ok=False, holder=_("another moderator"))
        won = qs.filter(_claim_free_or_mine(moderator, now)).update(
            claimed_by=moderator, claimed_until=until
        )
    if won:
        comment.claimed_by, comment.claimed_until = moderator, until
        return ClaimResult(ok=True, until=until)
    current = Comment.objects.select_related("claimed_by").get(pk=comment.pk)
    holder = current.claimed_by.get_username() if current.claimed_by else ""
    return ClaimResult(ok=False, holder=holder, until=current.claimed_until)


def comment_claim_next(*, moderator, filters=None) -> Comment | None:
    """Claim the most urgent queue item nobody else holds, and return it (None: none left).

    On PostgreSQL the candidates are read with FOR UPDATE SKIP LOCKED, so moderators asking at
    the same instant are handed different comments instead of queueing on the same row."""
    from moderation.selectors.queue import queue_queryset

    now = timezone.now()
    for _attempt in range(3):
        with transaction.atomic():
            qs = queue_queryset(filters).filter(_claim_free_or_mine(moderator, now))
            if connection.features.has_select_for_update_skip_locked:
                qs = qs.select_for_update(skip_locked=True, of=("self",))
            pk = qs.values_list("pk", flat=True).first()
            if pk is None:
                return None
            comment = Comment.objects.get(pk=pk)
            if comment_claim(comment=comment, moderator=moderator).ok:
                return comment
    return None


def comment_release(*, comment: Comment, moderator) -> None:
    Comment.objects.filter(pk=comment.pk, claimed_by=moderator).update(
        claimed_by=None, claimed_until=None
    )


@dataclass
class BulkResult:
    done: list[int] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)


def comments_bulk_decide(
    *, comment_ids: list[int], moderator, action: str, clause: str = "", note: str = ""
) -> BulkResult:
    """Approve or reject many held comments; each one is its own conditional decision."""
    if action not in ("approve", "reject"):
        raise ModerationError(_("Bulk actions are approve and reject."))
    result = BulkResult()
    for comment in Comment.objects.filter(pk__in=comment_ids).order_by("pk"):
        try:
            decision_record(
                comment=comment,
                moderator=moderator,
                action=action,
                clause=clause,
                note=note,
                expected_status=S.HELD,
            )
        except ModerationError as exc:
            result.refused.append((comment.pk, exc.message))
        else:
            result.done.append(comment.pk)
    return result
