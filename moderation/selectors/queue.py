"""The moderators' queue: what needs a decision, most urgent first, in a fixed number of queries."""

from dataclasses import dataclass
from datetime import date

from django.db.models import (
    BooleanField,
    Case,
    Exists,
    FloatField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce

from comments.models import Comment
from moderation.models import Appeal, LibelComplaint, Report

S = Comment.Status
REASONS = {
    "held": "Held by the engine or a complaint",
    "reported": "Reported by readers",
    "appeal": "Appeal",
    "libel": "Libel complaint",
}
LIBEL_OPEN = (
    LibelComplaint.Step.RECEIVED,
    LibelComplaint.Step.INCOMPLETE,
    LibelComplaint.Step.POSTER_NOTIFIED,
)


@dataclass(frozen=True)
class QueueFilters:
    category: str = ""
    article: int | None = None
    author: str = ""
    reason: str = ""
    since: date | None = None
    until: date | None = None
    q: str = ""


def _annotated() -> QuerySet:
    pending = Report.objects.filter(comment=OuterRef("pk"), outcome=Report.Outcome.PENDING)
    weight = pending.order_by().values("comment").annotate(total=Sum("weight")).values("total")[:1]
    return Comment.objects.annotate(
        has_reports=Exists(pending),
        report_weight=Coalesce(Subquery(weight, output_field=FloatField()), Value(0.0)),
        has_open_appeal=Exists(
            Appeal.objects.filter(comment=OuterRef("pk"), status=Appeal.Status.OPEN)
        ),
        has_open_libel=Exists(
            LibelComplaint.objects.filter(comment=OuterRef("pk"), step__in=LIBEL_OPEN)
        ),
        is_reject_level=Case(
            When(verdict__action="reject", then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        ),
    )


def queue_queryset(filters: QueueFilters | None = None) -> QuerySet:
    """Held comments, reported published ones, open appeals and libel complaints, ordered:
    reject-level findings first, then the heaviest reports, then the oldest."""
    f = filters or QueueFilters()
    qs = _annotated().filter(
        Q(status=S.HELD)
        | Q(status=S.PUBLISHED, has_reports=True)
        | Q(has_open_appeal=True)
        | Q(has_open_libel=True)
    )
    if f.reason == "held":
        qs = qs.filter(status=S.HELD)
    elif f.reason == "reported":
        qs = qs.filter(has_reports=True)
    elif f.reason == "appeal":
        qs = qs.filter(has_open_appeal=True)
    elif f.reason == "libel":
        qs = qs.filter(has_open_libel=True)
    if f.category:
        # The verdict's categories as JSON text ('["hate", "spam"]'), or a pending report's reason
        # (and, for libel, an open complaint).
        libel = Q(has_open_libel=True) if f.category == "libel" else Q(pk__in=[])
        qs = qs.filter(
            libel
            | Q(verdict__categories__icontains=f'"{f.category}"')
            | Exists(
                Report.objects.filter(
                    comment=OuterRef("pk"), outcome=Report.Outcome.PENDING, reason=f.category
                )
            )
        )
    if f.article:
        qs = qs.filter(article_id=f.article)
    if f.author:
        qs = qs.filter(Q(author_name__icontains=f.author) | Q(author_email__iexact=f.author))
    if f.since:
        qs = qs.filter(created_at__date__gte=f.since)
    if f.until:
        qs = qs.filter(created_at__date__lte=f.until)
    if f.q:
        qs = qs.filter(
            Q(text__icontains=f.q) | Q(author_name__icontains=f.q) | Q(author_email__icontains=f.q)
        )
    return qs.order_by("-is_reject_level", "-report_weight", "created_at", "pk")


def queue_list(filters: QueueFilters | None = None) -> QuerySet:
    """The queue with what each row shows: article, parent, claimant, pending reports and open
    appeals prefetched (a fixed number of queries whatever the length)."""
    return (
        queue_queryset(filters)
        .select_related("article", "parent", "claimed_by", "user")
        .prefetch_related(
            Prefetch(
                "reports",
                queryset=Report.objects.filter(outcome=Report.Outcome.PENDING).order_by(
                    "created_at"
                ),
                to_attr="pending_reports",
            ),
            Prefetch(
                "appeals",
                queryset=Appeal.objects.filter(status=Appeal.Status.OPEN),
                to_attr="open_appeals",
            ),
            Prefetch(
                "libel_complaints",
                queryset=LibelComplaint.objects.filter(step__in=LIBEL_OPEN),
                to_attr="open_libel",
            ),
        )
    )


def queue_neighbours(
    *, pk: int, filters: QueueFilters | None = None
) -> tuple[int | None, int | None]:
    """The previous and next item ids around `pk` in queue order (for j/k and the links)."""
    ids = list(queue_queryset(filters).values_list("pk", flat=True)[:5000])
    if pk not in ids:
        return None, ids[0] if ids else None
    i = ids.index(pk)
    return (ids[i - 1] if i > 0 else None), (ids[i + 1] if i + 1 < len(ids) else None)


def queue_size() -> int:
    return queue_queryset().count()
