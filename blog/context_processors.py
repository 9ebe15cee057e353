"""Site-wide template context: the SiteSettings row, loaded once per request."""

from django.http import HttpRequest

from blog.models import SiteSettings


def site(request: HttpRequest) -> dict:
    # `site_settings` is what the base templates use: auth views put their own `site` (a
    # RequestSite) in the context, which would hide ours on the login page.
    settings_row = SiteSettings.load_for(request)
    return {"site": settings_row, "site_settings": settings_row}
