"""URLs of the moderators' queue (namespace `moderation`)."""

from django.urls import path
from django.views.generic import TemplateView

app_name = "moderation"

urlpatterns = [
    path("", TemplateView.as_view(template_name="base.html"), name="queue"),
    path("item/<int:pk>/", TemplateView.as_view(template_name="base.html"), name="item"),
    path(
        "policy/<int:version>/",
        TemplateView.as_view(template_name="base.html"),
        name="policy-detail",
    ),
]
