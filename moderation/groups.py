"""The Editors and Moderators groups, kept in place after every migrate and flush.

The data migration 0002 creates them on a new database; a flush (a transactional test, a
`manage.py flush`) empties the table again, and Django re-creates only permissions then. This
post_migrate handler re-creates the groups the same way, so a fresh or flushed site always has them.
"""

from django.contrib.auth.models import Group, Permission

GROUP_PERMISSIONS: dict[str, list[tuple[str, str]]] = {
    "Editors": [
        ("blog", f"{action}_{model}")
        for model in ("article", "image", "tag")
        for action in ("add", "change", "delete", "view")
    ]
    + [("blog", "view_author"), ("blog", "change_author")],
    "Moderators": [
        ("comments", "view_comment"),
        ("comments", "change_comment"),
        ("comments", "can_moderate"),
        ("moderation", "view_decision"),
        ("moderation", "add_ban"),
        ("moderation", "change_ban"),
        ("moderation", "view_ban"),
        ("moderation", "view_report"),
        ("moderation", "change_report"),
        ("moderation", "view_appeal"),
        ("moderation", "change_appeal"),
        ("moderation", "view_libelcomplaint"),
        ("moderation", "change_libelcomplaint"),
        ("moderation", "add_policysettings"),
        ("moderation", "view_policysettings"),
        ("moderation", "change_policysettings"),
    ],
}


def groups_ensure(**kwargs) -> None:
    """Create any missing group with its permissions (post_migrate handler; idempotent)."""
    existing = set(Group.objects.filter(name__in=GROUP_PERMISSIONS).values_list("name", flat=True))
    for name in GROUP_PERMISSIONS.keys() - existing:
        group = Group.objects.create(name=name)
        wanted = GROUP_PERMISSIONS[name]
        perms = [
            p
            for p in Permission.objects.filter(
                content_type__app_label__in={app for app, _ in wanted}
            ).select_related("content_type")
            if (p.content_type.app_label, p.codename) in wanted
        ]
        group.permissions.set(perms)
