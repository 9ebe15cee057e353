"""The decision log: browse it, or download it as CSV. Read-only by design."""

import csv

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from moderation.models import Decision
from moderation.views.access import moderator_required

COLUMNS = [
    "id",
    "created_at",
    "comment_id",
    "actor_kind",
    "actor",
    "action",
    "from_status",
    "to_status",
    "clause",
    "policy_version",
    "note",
    "categories",
]


def _decisions(request: HttpRequest):
    qs = Decision.objects.select_related("actor").order_by("-created_at", "-pk")
    comment = request.GET.get("comment", "")
    if comment.isdigit():
        qs = qs.filter(comment_id=int(comment))
    action = request.GET.get("action", "").strip()
    if action:
        qs = qs.filter(action=action)
    return qs


@require_GET
@moderator_required
def decision_list(request: HttpRequest) -> HttpResponse:
    page = Paginator(_decisions(request), 100).get_page(request.GET.get("page"))
    return render(
        request,
        "moderation/decision_list.html",
        {"page": page, "query": request.GET.urlencode()},
    )


class _Echo:
    def write(self, value):
        return value


def _csv_safe(value) -> str:
    """Neutralise spreadsheet formulas in reader-supplied text (CSV injection)."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _rows(qs):
    yield COLUMNS
    for d in qs.iterator(chunk_size=2000):
        categories = sorted({f.get("category", "") for f in d.findings if isinstance(f, dict)})
        yield [
            d.pk,
            d.created_at.isoformat(),
            d.comment_id or "",
            d.actor_kind,
            d.actor.get_username() if d.actor else "",
            d.action,
            d.from_status,
            d.to_status,
            d.clause,
            d.policy_version,
            _csv_safe(d.note),
            " ".join(c for c in categories if c),
        ]


@require_GET
@moderator_required
def decision_csv(request: HttpRequest) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())
    response = StreamingHttpResponse(
        (writer.writerow(row) for row in _rows(_decisions(request))),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="decisions.csv"'
    return response
