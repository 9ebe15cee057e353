"""Site-wide template context: the SiteSettings row, loaded once per request."""

from django.http import HttpRequest

from blog.models import SiteSettings


def site(request: HttpRequest) -> dict:
    return {"site": SiteSettings.load_for(request)}
