"""Site-wide template context: the SiteSettings row, loaded once per request."""

from django.http import HttpRequest

from blog.models import SiteSettings


def site(request: HttpRequest) -> dict:
    if not hasattr(request, "_stoa_site"):
        request._stoa_site = SiteSettings.load()
    return {"site": request._stoa_site}
