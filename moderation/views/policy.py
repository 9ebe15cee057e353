"""Policy versions: list, create, look at one, test it on history, activate it."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from moderation import services
from moderation.active_policy import policy_settings_active
from moderation.forms import PolicySettingsForm
from moderation.models import Decision, PolicySettings
from moderation.selectors.replay import DEFAULT_LIMIT, MAX_LIMIT, policy_replay
from moderation.views.access import moderator_required


@require_GET
@moderator_required
def policy_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "moderation/policy_list.html",
        {
            "versions": PolicySettings.objects.select_related("created_by"),
            "activations": Decision.objects.filter(action="policy-activate")
            .select_related("actor")
            .order_by("-created_at")[:20],
        },
    )


@moderator_required
def policy_create(request: HttpRequest) -> HttpResponse:
    base = policy_settings_active() or PolicySettings.objects.first()
    if request.method == "POST":
        form = PolicySettingsForm(request.POST)
        if form.is_valid():
            policy = services.policy_version_create(moderator=request.user, **form.policy_values())
            messages.success(
                request,
                _("Saved as version %(v)s. Test it on history before activating it.")
                % {"v": policy.version},
            )
            return redirect(policy.get_absolute_url())
    else:
        form = PolicySettingsForm(instance=base)
        form.instance = PolicySettings()  # a copy to edit: never the base row itself
    return render(request, "moderation/policy_form.html", {"form": form, "base": base})


@require_GET
@moderator_required
def policy_detail(request: HttpRequest, version: int) -> HttpResponse:
    policy = get_object_or_404(PolicySettings.objects.select_related("created_by"), version=version)
    return render(
        request,
        "moderation/policy_detail.html",
        {
            "policy": policy,
            "active": policy_settings_active(),
            "activations": Decision.objects.filter(
                action="policy-activate", policy_version=policy.version_label
            ).select_related("actor"),
        },
    )


@require_GET
@moderator_required
def policy_test(request: HttpRequest, version: int) -> HttpResponse:
    policy = get_object_or_404(PolicySettings, version=version)
    raw = request.GET.get("n", "")
    limit = int(raw) if raw.isdigit() and 0 < int(raw) <= MAX_LIMIT else DEFAULT_LIMIT
    result = policy_replay(policy=policy, limit=limit)
    return render(
        request,
        "moderation/policy_test.html",
        {"policy": policy, "result": result, "limit": limit, "max_limit": MAX_LIMIT},
    )


@require_POST
@moderator_required
def policy_activate(request: HttpRequest, version: int) -> HttpResponse:
    policy = get_object_or_404(PolicySettings, version=version)
    try:
        services.policy_activate(
            policy=policy, moderator=request.user, note=request.POST.get("note", "")[:2000]
        )
    except services.ModerationError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _("Version %(v)s is now active.") % {"v": policy.version})
    return redirect(policy.get_absolute_url())
