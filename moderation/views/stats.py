"""The stats page and the moderator's own notification preference."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from moderation.forms import PreferenceForm
from moderation.models import ModeratorPreference
from moderation.selectors import moderation_stats
from moderation.views.access import moderator_required


@require_GET
@moderator_required
def stats(request: HttpRequest) -> HttpResponse:
    return render(request, "moderation/stats.html", {"stats": moderation_stats()})


@moderator_required
def preferences(request: HttpRequest) -> HttpResponse:
    pref = ModeratorPreference.objects.filter(user=request.user).first() or ModeratorPreference(
        user=request.user
    )
    form = PreferenceForm(request.POST or None, instance=pref)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your notification preference is saved."))
        return redirect("moderation:preferences")
    return render(request, "moderation/preferences.html", {"form": form})
