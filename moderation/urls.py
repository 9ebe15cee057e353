"""URLs of the moderators' queue (namespace `moderation`) and its two public pages."""

from django.urls import path

from moderation.views import audit, policy, public, queue, stats

app_name = "moderation"

urlpatterns = [
    path("", queue.queue, name="queue"),
    path("bulk/", queue.bulk, name="bulk"),
    path("next/", queue.claim_next, name="claim-next"),
    path("item/<int:pk>/", queue.item, name="item"),
    path("item/<int:pk>/decide/", queue.decide, name="decide"),
    path("item/<int:pk>/ban/", queue.ban, name="ban"),
    path("item/<int:pk>/trust/", queue.trust, name="trust"),
    path("item/<int:pk>/release/", queue.release, name="release"),
    path("item/<int:pk>/libel/", queue.libel_step, name="libel-step"),
    path("appeals/<int:pk>/decide/", queue.appeal_decide, name="appeal-decide"),
    path("decisions/", audit.decision_list, name="decisions"),
    path("decisions.csv", audit.decision_csv, name="decisions-csv"),
    path("policy/", policy.policy_list, name="policy-list"),
    path("policy/new/", policy.policy_create, name="policy-create"),
    path("policy/<int:version>/", policy.policy_detail, name="policy-detail"),
    path("policy/<int:version>/test/", policy.policy_test, name="policy-test"),
    path("policy/<int:version>/activate/", policy.policy_activate, name="policy-activate"),
    path("stats/", stats.stats, name="stats"),
    path("preferences/", stats.preferences, name="preferences"),
    # Public: an author's appeal by signed link, and the libel complaint form.
    path("appeal/<str:token>/", public.appeal, name="appeal"),
    path("libel-complaint/", public.libel_complaint, name="libel-complaint"),
    path("libel-complaint/sent/", public.libel_complaint_done, name="libel-complaint-done"),
]
