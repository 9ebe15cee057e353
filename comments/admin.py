"""Comment admin: status is read-only; approve, reject and spam call the queue's services."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from comments.models import Comment
from moderation import services


def _decide(modeladmin, request, queryset, *, action: str) -> None:
    done, refused = 0, []
    for comment in queryset.select_related("article", "user"):
        clause = ""
        if action == "reject":
            # The clause the engine found, or the one the moderator must otherwise choose.
            findings = [
                f
                for f in (comment.verdict or {}).get("findings", [])
                if f.get("action") != "approve"
            ]
            clause = findings[0]["clause"] if findings else "troll"
        try:
            services.decision_record(
                comment=comment,
                moderator=request.user,
                action=action,
                clause=clause,
                note=str(_("Decided in the admin.")),
            )
        except services.ModerationError as exc:
            refused.append(f"#{comment.pk}: {exc.message}")
        else:
            done += 1
    if done:
        modeladmin.message_user(request, _("%(n)d comments: %(a)s.") % {"n": done, "a": action})
    for line in refused:
        modeladmin.message_user(request, line, level=messages.WARNING)


@admin.action(description=_("Approve selected comments"), permissions=["moderate"])
def approve(modeladmin, request, queryset):
    _decide(modeladmin, request, queryset, action="approve")


@admin.action(description=_("Reject selected comments"), permissions=["moderate"])
def reject(modeladmin, request, queryset):
    _decide(modeladmin, request, queryset, action="reject")


@admin.action(description=_("Mark selected comments as spam"), permissions=["moderate"])
def spam(modeladmin, request, queryset):
    _decide(modeladmin, request, queryset, action="spam")


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    list_display = ["pk", "author_name", "article", "status", "report_count", "created_at"]
    list_filter = ["status", "is_edited_by_moderator"]
    search_fields = ["text", "author_name", "author_email"]
    date_hierarchy = "created_at"
    list_select_related = ["article"]
    raw_id_fields = ["article", "parent", "user"]
    actions = [approve, reject, spam]
    readonly_fields = [
        "status",
        "text",
        "verdict",
        "policy_version",
        "raw_text",
        "ip_hash",
        "report_count",
        "is_edited_by_moderator",
        "claimed_by",
        "claimed_until",
        "created_at",
        "updated_at",
        "edited_at",
    ]

    def has_moderate_permission(self, request) -> bool:
        return request.user.is_superuser or request.user.has_perm("comments.can_moderate")

    def has_delete_permission(self, request, obj=None):
        # Deleting would orphan the audit log (decisions protect their comment).
        return False
