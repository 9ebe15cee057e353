"""The Editors and Moderators groups survive a flush with their permissions."""

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from moderation.groups import GROUP_PERMISSIONS


@pytest.mark.django_db(transaction=True)
def test_groups_come_back_after_a_flush():
    call_command("flush", interactive=False, verbosity=0)
    for name, wanted in GROUP_PERMISSIONS.items():
        group = Group.objects.get(name=name)
        got = {(p.content_type.app_label, p.codename) for p in group.permissions.all()}
        assert got == set(wanted), name


@pytest.mark.django_db
def test_migration_and_handler_agree():
    """The data migration (new databases) and the handler (after a flush) give the same rights."""
    for name, wanted in GROUP_PERMISSIONS.items():
        group = Group.objects.get(name=name)
        got = {(p.content_type.app_label, p.codename) for p in group.permissions.all()}
        assert got == set(wanted), name
