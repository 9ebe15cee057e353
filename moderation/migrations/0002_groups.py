"""Create the Editors and Moderators groups with their permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITOR_PERMS = [
    ("blog", "article", ["add", "change", "delete", "view"]),
    ("blog", "image", ["add", "change", "delete", "view"]),
    ("blog", "tag", ["add", "change", "delete", "view"]),
    ("blog", "author", ["view", "change"]),
]
MODERATOR_PERMS = [
    ("comments", "comment", ["view", "change", "can_moderate"]),
    ("moderation", "decision", ["view"]),
    ("moderation", "ban", ["add", "change", "view"]),
    ("moderation", "report", ["view", "change"]),
    ("moderation", "appeal", ["view", "change"]),
    ("moderation", "libelcomplaint", ["view", "change"]),
    ("moderation", "policysettings", ["add", "view", "change"]),
]


def _codename(action: str, model: str) -> str:
    return action if action.startswith("can_") else f"{action}_{model}"


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, spec in (("Editors", EDITOR_PERMS), ("Moderators", MODERATOR_PERMS)):
        group, _ = Group.objects.get_or_create(name=name)
        for app_label, model, actions in spec:
            for action in actions:
                perm = Permission.objects.get(
                    content_type__app_label=app_label, codename=_codename(action, model)
                )
                group.permissions.add(perm)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Editors", "Moderators"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("blog", "0001_initial"),
        ("comments", "0001_initial"),
        ("moderation", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
