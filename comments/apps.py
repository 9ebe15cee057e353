"""Comments app: how readers talk on the site; every comment is screened before anyone sees it."""

from django.apps import AppConfig


class CommentsConfig(AppConfig):
    name = "comments"
    verbose_name = "Comments"
