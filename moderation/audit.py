"""Writing the audit log: the one function every status change calls, whoever makes it."""

from collections.abc import Iterable

from moderation.models import Decision


def decision_log(
    *,
    comment=None,
    actor=None,
    actor_kind: str,
    action: str,
    from_status: str = "",
    to_status: str = "",
    clause: str = "",
    note: str = "",
    policy_version: str = "",
    findings: Iterable[dict] = (),
    previous_text: str = "",
) -> Decision:
    """Append one Decision row. Callers run it inside the transaction that changes the status."""
    return Decision.objects.create(
        comment=comment,
        actor=actor if actor is not None and actor.is_authenticated else None,
        actor_kind=actor_kind,
        action=action,
        from_status=from_status,
        to_status=to_status,
        clause=clause,
        note=note,
        policy_version=policy_version,
        findings=list(findings),
        previous_text=previous_text,
    )


def decision_step(
    *,
    comment,
    action: str,
    actor=None,
    actor_kind: str = Decision.Actor.MODERATOR,
    clause: str = "",
    note: str = "",
) -> Decision:
    """Record a step that leaves the comment's status as it is (an appeal, a ban, a libel step)."""
    return decision_log(
        comment=comment,
        actor=actor,
        actor_kind=actor_kind,
        action=action,
        from_status=comment.status,
        to_status=comment.status,
        clause=clause,
        note=note,
        policy_version=comment.policy_version,
    )
