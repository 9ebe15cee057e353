"""Who may use the moderation pages: superusers and holders of comments.can_moderate."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied


def is_moderator(user) -> bool:
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.has_perm("comments.can_moderate"))
    )


def moderator_required(view):
    """Anonymous visitors go to the login page; signed-in non-moderators get 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_moderator(request.user):
            raise PermissionDenied("Only moderators can open the moderation pages.")
        return view(request, *args, **kwargs)

    return wrapper
