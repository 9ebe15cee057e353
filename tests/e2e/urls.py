"""The site's URLs plus uploaded media, which the live server must serve for browser tests."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from config.urls import urlpatterns as site_urlpatterns


def media(request, path: str):
    # MEDIA_ROOT is a fresh temporary folder per test, so read it at request time.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [
    re_path(r"^{}(?P<path>.+)$".format(settings.MEDIA_URL.strip("/") + "/"), media),
    *site_urlpatterns,
]
