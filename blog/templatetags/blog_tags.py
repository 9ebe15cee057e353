"""Template tags of the blog: responsive <picture>, the archive widget and the tag list."""

from django import template

from blog import selectors
from blog.images import rendition_urls

register = template.Library()

DEFAULT_SIZES = "(min-width: 992px) 720px, 100vw"


@register.inclusion_tag("blog/_picture.html")
def picture(image, sizes: str = DEFAULT_SIZES, loading: str = "lazy", css_class: str = ""):
    """<picture> with a WebP source, a JPEG/PNG fallback srcset, width, height and alt."""
    if image is None:
        return {"image": None}
    return {
        "image": image,
        "sizes": sizes,
        "loading": loading,
        "css_class": css_class,
        **rendition_urls(image),
    }


@register.inclusion_tag("includes/_archive_widget.html", takes_context=True)
def archive_widget(context):
    """Blogger-style archive: years, then months, each with how many articles it holds."""
    return {"years": selectors.archive_counts(), "request": context.get("request")}


@register.inclusion_tag("includes/_tag_widget.html")
def tag_widget():
    return {"tags": selectors.tag_list_used()}


@register.simple_tag(takes_context=True)
def canonical_url(context) -> str:
    """The page's absolute address without tracking or preview parameters (page number kept)."""
    request = context.get("request")
    if request is None:
        return ""
    url = request.build_absolute_uri(request.path)
    page = request.GET.get("page", "")
    if page.isdigit() and page != "1":
        url += f"?page={page}"
    return url


@register.simple_tag(takes_context=True)
def absolute_url(context, url: str) -> str:
    """An absolute URL for `url`: media on another host (S3, a CDN) is already absolute."""
    request = context.get("request")
    if not url or url.startswith(("http://", "https://")) or request is None:
        return url or ""
    return request.build_absolute_uri(url)
