"""The queue, an item with its context, and the moderators' actions.

Thin views: bind a form, call one service, add a message, redirect.
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from comments.models import Comment
from moderation import services
from moderation.forms import (
    AppealDecideForm,
    BanForm,
    BulkForm,
    DecideForm,
    LibelStepForm,
    QueueFilterForm,
    TrustForm,
)
from moderation.highlight import text_highlight, verdict_spans
from moderation.models import Appeal, LibelComplaint
from moderation.notify import policy_page_url
from moderation.selectors import QueueFilters, author_history, queue_list, queue_neighbours
from moderation.views.access import moderator_required

PAGE_SIZE = 50


def _filters(request: HttpRequest) -> tuple[QueueFilterForm, QueueFilters]:
    form = QueueFilterForm(request.GET or None)
    if form.is_bound and form.is_valid():
        d = form.cleaned_data
        return form, QueueFilters(
            category=d["category"],
            article=d["article"],
            author=d["author"].strip(),
            reason=d["reason"],
            since=d["since"],
            until=d["until"],
            q=d["q"].strip(),
        )
    return form, QueueFilters()


@require_GET
@moderator_required
def queue(request: HttpRequest) -> HttpResponse:
    form, filters = _filters(request)
    page = Paginator(queue_list(filters), PAGE_SIZE).get_page(request.GET.get("page"))
    for comment in page.object_list:
        comment.deciding = _deciding(comment.verdict)
    return render(
        request,
        "moderation/queue.html",
        {"page": page, "filter_form": form, "bulk_form": BulkForm(), "query": _query(request)},
    )


def _query(request: HttpRequest) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


def _deciding(verdict: dict | None) -> dict | None:
    findings = [
        f for f in (verdict or {}).get("findings", []) or [] if f.get("action") != "approve"
    ]
    order = {"reject": 2, "hold": 1}
    return max(
        findings, key=lambda f: (order.get(f.get("action"), 0), f.get("score", 0)), default=None
    )


@require_GET
@moderator_required
def item(request: HttpRequest, pk: int) -> HttpResponse:
    comment = get_object_or_404(
        Comment.objects.select_related(
            "article", "article__author", "parent", "user", "claimed_by"
        ),
        pk=pk,
    )
    claim = services.comment_claim(comment=comment, moderator=request.user)
    if not claim.ok:
        messages.warning(
            request,
            _("%(who)s is working on this comment right now; your decision may be refused.")
            % {"who": claim.holder or _("Another moderator")},
        )
    verdict = comment.verdict or {}
    highlighted = (
        text_highlight(comment.text, [])
        if comment.is_edited_by_moderator
        else text_highlight(comment.text, verdict_spans(verdict))
    )
    _form, filters = _filters(request)
    previous_id, next_id = queue_neighbours(pk=comment.pk, filters=filters)
    deciding = _deciding(verdict)
    decisions = list(comment.decisions.select_related("actor").order_by("created_at", "pk"))
    context = {
        "comment": comment,
        "claim": claim,
        "highlighted": highlighted,
        "findings": verdict.get("findings", []),
        "deciding": deciding,
        "history": author_history(comment),
        "reports": comment.reports.select_related("reporter").order_by("created_at"),
        "decisions": decisions,
        "appeals": _appeals_with_original(comment, decisions),
        "complaints": comment.libel_complaints.order_by("created_at"),
        "actions": services.ACTIONS_FOR_STATUS.get(comment.status, ()),
        "decide_form": DecideForm(
            initial={
                "expected_status": comment.status,
                "clause": (deciding or {}).get("clause", ""),
                "text": comment.text,
            }
        ),
        "ban_form": BanForm(),
        "trust_form": TrustForm(),
        "appeal_form": AppealDecideForm(),
        "libel_form": LibelStepForm(),
        "query": _query(request),
        "previous_id": previous_id,
        "next_id": next_id,
        "clauses": services.CLAUSES,
        "policy_url": policy_page_url(),
    }
    return render(request, "moderation/item.html", context)


def _appeals_with_original(comment: Comment, decisions: list) -> list:
    """Each appeal with the decision it contests: the last status decision before it."""
    appeals = list(comment.appeals.select_related("decided_by").order_by("created_at"))
    for appeal in appeals:
        appeal.original = None
        for d in decisions:
            if d.created_at <= appeal.created_at and d.to_status and d.action != "appeal":
                appeal.original = d
    return appeals


def _back(pk: int):
    return redirect(reverse("moderation:item", kwargs={"pk": pk}))


def _next_or_back(request: HttpRequest, pk: int):
    """After a decision, go on to the next item in the queue (or back to the queue)."""
    _prev, next_id = queue_neighbours(pk=pk)
    if next_id is not None and next_id != pk:
        return redirect(reverse("moderation:item", kwargs={"pk": next_id}))
    return redirect("moderation:queue")


@require_POST
@moderator_required
def decide(request: HttpRequest, pk: int) -> HttpResponse:
    comment = get_object_or_404(Comment.objects.select_related("article", "user"), pk=pk)
    form = DecideForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("That decision was incomplete: %s") % form.errors.as_text())
        return _back(pk)
    d = form.cleaned_data
    action = d["action"]
    if action not in services.ACTIONS_FOR_STATUS.get(d["expected_status"], ()):
        messages.error(request, _("That action is not available for this comment."))
        return _back(pk)
    try:
        services.decision_record(
            comment=comment,
            moderator=request.user,
            action=action,
            clause=d["clause"],
            note=d["note"].strip(),
            expected_status=d["expected_status"],
            new_text=d["text"] if action == "edit-approve" else None,
        )
    except services.ModerationError as exc:
        messages.error(request, exc.message)
        return _back(pk)
    messages.success(
        request,
        _("Comment #%(pk)s: %(status)s.") % {"pk": pk, "status": comment.get_status_display()},
    )
    return _next_or_back(request, pk)


@require_POST
@moderator_required
def bulk(request: HttpRequest) -> HttpResponse:
    form = BulkForm(request.POST)
    ids = [int(v) for v in request.POST.getlist("ids") if v.isdigit()]
    if not form.is_valid() or not ids:
        messages.error(
            request,
            form.errors.as_text() if form.errors else _("Select at least one comment."),
        )
        return redirect("moderation:queue")
    result = services.comments_bulk_decide(
        comment_ids=ids,
        moderator=request.user,
        action=form.cleaned_data["action"],
        clause=form.cleaned_data["clause"],
    )
    if result.done:
        messages.success(
            request,
            _("%(n)d comments: %(action)s.")
            % {"n": len(result.done), "action": form.cleaned_data["action"]},
        )
    for pk, message in result.refused:
        messages.warning(request, f"#{pk}: {message}")
    return redirect("moderation:queue")


@require_POST
@moderator_required
def ban(request: HttpRequest, pk: int) -> HttpResponse:
    comment = get_object_or_404(Comment, pk=pk)
    form = BanForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The ban was not saved: %s") % form.errors.as_text())
        return _back(pk)
    d = form.cleaned_data
    try:
        services.author_ban(
            comment=comment,
            moderator=request.user,
            reason=d["reason"],
            days=d["days"],
            ban_email=d["ban_email"],
            ban_ip=d["ban_ip"],
        )
    except services.ModerationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The author is banned."))
    return _back(pk)


@require_POST
@moderator_required
def trust(request: HttpRequest, pk: int) -> HttpResponse:
    comment = get_object_or_404(Comment.objects.select_related("user"), pk=pk)
    form = TrustForm(request.POST)
    form.is_valid()
    try:
        services.author_trust(
            comment=comment, moderator=request.user, note=form.cleaned_data.get("note", "")
        )
    except services.ModerationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The author is now trusted."))
    return _back(pk)


@require_POST
@moderator_required
def appeal_decide(request: HttpRequest, pk: int) -> HttpResponse:
    appeal = get_object_or_404(
        Appeal.objects.select_related("comment__article", "comment__user"), pk=pk
    )
    form = AppealDecideForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose uphold or deny."))
        return _back(appeal.comment_id)
    try:
        services.appeal_decide(
            appeal=appeal,
            moderator=request.user,
            uphold=form.cleaned_data["outcome"] == "uphold",
            note=form.cleaned_data["note"].strip(),
        )
    except services.ModerationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The appeal is decided; that decision is final."))
    return _back(appeal.comment_id)


@require_POST
@moderator_required
def libel_step(request: HttpRequest, pk: int) -> HttpResponse:
    form = LibelStepForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a step."))
        return _back(pk)
    complaint = get_object_or_404(
        LibelComplaint.objects.select_related("comment__article", "comment__user"),
        pk=form.cleaned_data["complaint"],
        comment_id=pk,
    )
    d = form.cleaned_data
    try:
        if d["step"] == "notify":
            services.libel_poster_notify(complaint=complaint, moderator=request.user)
        else:
            services.libel_decide(
                complaint=complaint,
                moderator=request.user,
                keep=d["step"] == "keep",
                poster_response=d["poster_response"],
                note=d["note"],
            )
    except services.ModerationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("The complaint moved on: %s.") % d["step"])
    return _back(pk)


@require_POST
@moderator_required
def claim_next(request: HttpRequest) -> HttpResponse:
    _form, filters = _filters(request)
    comment = services.comment_claim_next(moderator=request.user, filters=filters)
    if comment is None:
        messages.info(request, _("Every item in the queue is decided or being worked on."))
        return redirect("moderation:queue")
    url = reverse("moderation:item", kwargs={"pk": comment.pk})
    query = _query(request)
    return redirect(f"{url}?{query}" if query else url)


@require_POST
@moderator_required
def release(request: HttpRequest, pk: int) -> HttpResponse:
    comment = get_object_or_404(Comment, pk=pk)
    services.comment_release(comment=comment, moderator=request.user)
    messages.info(request, _("You released comment #%s.") % pk)
    return redirect("moderation:queue")
