"""Pages for the public: an author's appeal (by signed link) and the libel complaint form."""

import time

from django.contrib import messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from comments.identity import request_ip_hash
from comments.models import Comment
from comments.tokens import comment_token_read
from moderation import services
from moderation.forms import AppealForm, LibelComplaintForm

APPEAL_MAX_AGE = 60 * 60 * 24 * 60  # an appeal link works for 60 days
# A complete complaint hides a comment at once, so one address may send only a few an hour.
LIBEL_LIMIT = (5, 3600)


def _libel_throttled(request: HttpRequest) -> bool:
    count, seconds = LIBEL_LIMIT
    key = f"stoa:rl:libel:{request_ip_hash(request)}:{int(time.time() // seconds)}"
    if cache.add(key, 1, timeout=seconds + 1):
        return False
    try:
        return cache.incr(key) > count
    except ValueError:  # the window ended between add() and incr()
        return False


def appeal(request: HttpRequest, token: str) -> HttpResponse:
    comment_id = comment_token_read(token, purpose="appeal", max_age=APPEAL_MAX_AGE)
    comment = (
        Comment.objects.select_related("article").filter(pk=comment_id).first()
        if comment_id
        else None
    )
    if comment is None:
        return render(
            request,
            "moderation/appeal.html",
            {"invalid": True},
            status=404 if comment_id else 400,
        )
    blocker = services.appeal_blocker(comment)
    form = AppealForm(request.POST or None)
    if request.method == "POST" and not blocker and form.is_valid():
        try:
            services.appeal_submit(comment=comment, message=form.cleaned_data["message"])
        except services.ModerationError as exc:
            form.add_error(None, exc.message)
        else:
            messages.success(
                request, _("Your appeal is with the moderators. Their decision will be final.")
            )
            return redirect(request.path)
    decision = (
        comment.decisions.exclude(action__in=("appeal", "ban-author", "trust-author"))
        .order_by("-created_at", "-pk")
        .first()
    )
    return render(
        request,
        "moderation/appeal.html",
        {"comment": comment, "form": form, "blocker": blocker, "decision": decision},
    )


def libel_complaint(request: HttpRequest) -> HttpResponse:
    form = LibelComplaintForm(
        request.POST or None, initial={"comment": request.GET.get("comment", "")}
    )
    if request.method == "POST" and _libel_throttled(request):
        return render(
            request,
            "moderation/libel_complaint.html",
            {"form": form, "throttled": True},
            status=429,
        )
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        complaint = services.libel_complaint_submit(
            comment=form.comment_obj,
            name=d["name"],
            contact=d["contact"],
            reference=d["comment"],
            untrue_statement=d["untrue_statement"],
            why_untrue=d["why_untrue"],
        )
        request.session["libel_complaint"] = complaint.pk
        return redirect("moderation:libel-complaint-done")
    return render(request, "moderation/libel_complaint.html", {"form": form})


def libel_complaint_done(request: HttpRequest) -> HttpResponse:
    from moderation.models import LibelComplaint

    pk = request.session.get("libel_complaint")
    complaint = LibelComplaint.objects.filter(pk=pk).first() if pk else None
    return render(request, "moderation/libel_complaint_done.html", {"complaint": complaint})
