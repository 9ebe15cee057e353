"""URLs of reader comments (namespace `comments`)."""

from django.urls import path
from django.views.generic import TemplateView

app_name = "comments"

urlpatterns = [
    path("<int:pk>/delete/", TemplateView.as_view(template_name="base.html"), name="delete"),
]
