"""Thin views: bind a form, call one service, add a message, redirect back to the article."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from blog.models import Article, SiteSettings
from comments import identity
from comments.forms import CommentEditForm, CommentForm, ReportForm
from comments.links import appeal_url, clause_label, policy_url, verdict_clause
from comments.models import Comment
from comments.services import (
    CommentRefused,
    comment_delete,
    comment_edit,
    comment_is_editable,
    comment_report,
    comment_submit,
    comment_unsubscribe,
)
from comments.throttle import comment_throttled, report_throttled
from comments.tokens import comment_token_read

Status = Comment.Status
TAG = "comments"  # messages for the comment section, shown next to the thread


def _refuse(form, exc: CommentRefused) -> None:
    form.add_error(exc.field if exc.field in form.fields else None, exc.message)


def _outcome_message(request: HttpRequest, comment: Comment, *, edited: bool = False) -> None:
    if comment.status == Status.PUBLISHED:
        text = _("Your edit is saved.") if edited else _("Thank you: your comment is published.")
        messages.success(request, text, extra_tags=TAG)
    elif comment.status == Status.HELD:
        messages.info(
            request,
            _(
                "Thank you: your comment is awaiting review by a moderator. Until then only you "
                "can see it."
            ),
            extra_tags=TAG,
        )
    else:
        clause = verdict_clause(comment.verdict)
        messages.warning(
            request,
            format_html(
                'Your comment was not published: it breaks our comment policy on <a href="{}">{}'
                '</a>. If you think this is a mistake, you can <a href="{}">appeal</a>.',
                policy_url(clause),
                clause_label(clause),
                appeal_url(comment.pk),
            ),
            extra_tags=TAG,
        )


def _too_many(request: HttpRequest, article: Article | None) -> HttpResponse:
    # Give the reader their words back so that waiting costs them nothing.
    text = request.POST.get("text", "")[:20000]
    return render(request, "comments/429.html", {"article": article, "text": text}, status=429)


@require_POST
def comment_post(request: HttpRequest, article_pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.published().select_related("author"), pk=article_pk)
    if not article.comments_are_open(SiteSettings.load()):
        messages.info(request, _("Comments are closed on this article."), extra_tags=TAG)
        return redirect(article.get_absolute_url() + "#comments")
    user = request.user
    email = user.email if user.is_authenticated else request.POST.get("email", "")
    ip_hash = identity.request_ip_hash(request)
    if comment_throttled(ip_hash=ip_hash, email=email):
        return _too_many(request, article)
    form = CommentForm(request.POST, user=user)
    if form.is_valid():
        data = form.cleaned_data
        parent = None
        if data.get("parent"):
            parent = Comment.objects.filter(pk=data["parent"], article=article).first()
            if parent is None:
                form.add_error(None, _("The comment you replied to is no longer available."))
        if not form.errors:
            try:
                comment = comment_submit(
                    article=article,
                    text=data["text"],
                    author_name=data.get("name", ""),
                    author_email=data.get("email", ""),
                    author_url=data.get("url", ""),
                    parent=parent,
                    user=user,
                    ip_hash=ip_hash,
                    notify_replies=data["notify_replies"],
                )
            except CommentRefused as exc:
                _refuse(form, exc)
            else:
                _outcome_message(request, comment)
                response = redirect(comment.get_absolute_url())
                if not user.is_authenticated:
                    identity.owned_ids_add(request, response, comment.pk)
                return response
    return render(request, "comments/post_form.html", {"form": form, "article": article})


def _owned(request: HttpRequest, comment: Comment) -> bool:
    user = request.user
    if user.is_authenticated and comment.user_id == user.pk:
        return True
    return comment.user_id is None and comment.pk in identity.owned_ids(request)


def _authorise(request: HttpRequest, comment: Comment, *, purpose: str) -> str:
    """The token to carry in the form ('' for owners); 403 for anyone else or a forged token."""
    token = request.POST.get("token") or request.GET.get("token") or ""
    if token:
        if comment_token_read(token, purpose=purpose) != comment.pk:
            raise PermissionDenied(_("This link is not valid for this comment."))
        return token
    if _owned(request, comment):
        return ""
    raise PermissionDenied(_("Only the author of a comment can do that."))


@require_http_methods(["GET", "POST"])
def comment_delete_view(request: HttpRequest, pk: int) -> HttpResponse:
    comment = get_object_or_404(Comment.objects.select_related("article"), pk=pk)
    token = _authorise(request, comment, purpose="delete")
    back = comment.article.get_absolute_url() + "#comments"
    if comment.status == Status.DELETED:
        messages.info(request, _("This comment was already deleted."), extra_tags=TAG)
        return redirect(back)
    if request.method == "POST":
        comment_delete(comment=comment, user=request.user)
        messages.success(request, _("Your comment is deleted."), extra_tags=TAG)
        return redirect(back)
    return render(request, "comments/delete_confirm.html", {"comment": comment, "token": token})


@require_http_methods(["GET", "POST"])
def comment_edit_view(request: HttpRequest, pk: int) -> HttpResponse:
    comment = get_object_or_404(Comment.objects.select_related("article", "parent"), pk=pk)
    if not _owned(request, comment):
        raise PermissionDenied(_("Only the author of a comment can edit it."))
    if not comment_is_editable(comment):
        messages.info(request, _("The time for editing this comment is over."), extra_tags=TAG)
        return redirect(comment.get_absolute_url())
    form = CommentEditForm(
        request.POST if request.method == "POST" else None, initial={"text": comment.text}
    )
    if request.method == "POST" and form.is_valid():
        try:
            comment = comment_edit(
                comment=comment, text=form.cleaned_data["text"], user=request.user
            )
        except CommentRefused as exc:
            _refuse(form, exc)
        else:
            _outcome_message(request, comment, edited=True)
            return redirect(comment.get_absolute_url())
    return render(request, "comments/edit_form.html", {"form": form, "comment": comment})


@require_http_methods(["GET", "POST"])
def comment_report_view(request: HttpRequest, pk: int) -> HttpResponse:
    comment = get_object_or_404(
        Comment.objects.select_related("article"), pk=pk, status=Status.PUBLISHED
    )
    form = ReportForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and report_throttled(ip_hash=identity.request_ip_hash(request)):
        return _too_many(request, comment.article)
    if request.method == "POST" and form.is_valid():
        report = comment_report(
            comment=comment,
            reason=form.cleaned_data["reason"],
            note=form.cleaned_data["note"],
            user=request.user,
            ip_hash=identity.request_ip_hash(request),
        )
        if report is None:
            messages.info(request, _("You have already reported this comment."), extra_tags=TAG)
        else:
            messages.success(
                request, _("Thank you: moderators will look at your report."), extra_tags=TAG
            )
        return redirect(comment.article.get_absolute_url() + "#comments")
    return render(request, "comments/report_form.html", {"form": form, "comment": comment})


@require_http_methods(["GET", "POST"])
def unsubscribe_view(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows a button (link scanners must not unsubscribe anyone); POST unsubscribes,
    including the one-click POST of mail clients (RFC 8058)."""
    comment_id = comment_token_read(token, purpose="unsubscribe")
    comment = Comment.objects.filter(pk=comment_id).first() if comment_id else None
    if comment is None:
        raise PermissionDenied(_("This unsubscribe link is not valid."))
    done = False
    if request.method == "POST":
        comment_unsubscribe(comment=comment)
        done = True
    return render(request, "comments/unsubscribe.html", {"comment": comment, "done": done})
