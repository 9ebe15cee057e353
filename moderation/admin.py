"""Admin for moderation records. Decisions are read-only for everyone, superusers included;
appeal and complaint steps change only through the queue's services (so they are audited)."""

from django.contrib import admin

from moderation.models import (
    Appeal,
    Ban,
    Decision,
    LibelComplaint,
    ModeratorPreference,
    PolicySettings,
    Report,
    TrustedAuthor,
)


@admin.register(Decision)
class DecisionAdmin(admin.ModelAdmin):
    list_display = [
        "created_at",
        "comment_id",
        "actor_kind",
        "actor",
        "action",
        "from_status",
        "to_status",
        "clause",
        "policy_version",
    ]
    list_filter = ["actor_kind", "action", "clause"]
    search_fields = ["note", "comment__id"]
    date_hierarchy = "created_at"
    list_select_related = ["actor"]
    actions = None  # no "delete selected"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Ban)
class BanAdmin(admin.ModelAdmin):
    list_display = ["__str__", "email", "reason", "created_at", "expires_at", "lifted_at"]
    search_fields = ["email", "ip_hash", "reason"]
    readonly_fields = ["created_by", "created_at"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(PolicySettings)
class PolicySettingsAdmin(admin.ModelAdmin):
    """Versions are created and activated from the moderation pages (activation is audited)."""

    list_display = ["version", "is_active", "created_at", "activated_at", "created_by"]
    readonly_fields = ["version", "is_active", "activated_at", "created_by", "created_at"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False  # a change is a new version, tested on history first

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    list_display = ["comment", "reason", "weight", "outcome", "created_at"]
    list_filter = ["reason", "outcome"]
    readonly_fields = ["comment", "reporter", "reporter_key", "weight", "outcome", "created_at"]
    list_select_related = ["comment"]


@admin.register(Appeal)
class AppealAdmin(admin.ModelAdmin):
    list_display = ["comment", "status", "created_at", "decided_by", "decided_at"]
    list_filter = ["status"]
    readonly_fields = ["comment", "message", "status", "created_at", "decided_by", "decided_at"]

    def has_add_permission(self, request):
        return False


@admin.register(LibelComplaint)
class LibelComplaintAdmin(admin.ModelAdmin):
    list_display = ["comment", "name", "step", "respond_by", "created_at"]
    list_filter = ["step"]
    readonly_fields = ["comment", "step", "respond_by", "created_at", "updated_at"]

    def has_add_permission(self, request):
        return False


@admin.register(TrustedAuthor)
class TrustedAuthorAdmin(admin.ModelAdmin):
    list_display = ["__str__", "email", "user", "created_by", "created_at"]
    search_fields = ["email", "user__username"]
    readonly_fields = ["created_by", "created_at"]
    raw_id_fields = ["user"]

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(ModeratorPreference)
class ModeratorPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "mode", "updated_at"]
