"""The only module that imports bleach: article HTML is cleaned on save, comments become plain text.

Sanitising happens on input; templates still escape on output, so a gap here is not an XSS hole.
"""

import html
import re

import bleach
from bleach.linkifier import Linker

ARTICLE_TAGS = frozenset(
    {
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "cite",
        "code",
        "em",
        "figcaption",
        "figure",
        "h2",
        "h3",
        "h4",
        "hr",
        "i",
        "img",
        "li",
        "ol",
        "p",
        "pre",
        "q",
        "s",
        "small",
        "strong",
        "sub",
        "sup",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
    }
)
ARTICLE_ATTRIBUTES = {
    "a": ["href", "title", "rel"],
    "abbr": ["title"],
    "img": ["src", "alt", "width", "height", "loading"],
    "td": ["colspan", "rowspan"],
    "th": ["colspan", "rowspan", "scope"],
    "blockquote": ["cite"],
    "q": ["cite"],
}
ARTICLE_PROTOCOLS = frozenset({"http", "https", "mailto"})

_COMMENT_REL = "nofollow ugc noopener"


# Elements whose content is code or foreign markup, not prose. bleach's strip=True removes a
# disallowed tag but keeps its text, which would leave script source visible on the page, so
# these go first with everything inside them (an unclosed one runs to the end of the input).
_DROP_WITH_CONTENT = re.compile(
    r"<(script|style|template|noscript|iframe|object|svg|math)\b.*?(?:</\1\s*>|$)",
    re.IGNORECASE | re.DOTALL,
)


def sanitize_html(value: str) -> str:
    """Keep the markup an editor needs; drop scripts, event handlers and javascript: URLs."""
    value = value or ""
    previous = None
    while previous != value:  # nested tricks like <scr<script>x</script>ipt> need a second pass
        previous = value
        value = _DROP_WITH_CONTENT.sub("", value)
    return bleach.clean(
        value,
        tags=ARTICLE_TAGS,
        attributes=ARTICLE_ATTRIBUTES,
        protocols=ARTICLE_PROTOCOLS,
        strip=True,
        strip_comments=True,
    )


def strip_markup(value: str) -> str:
    """Reduce reader input to plain text: tags removed, entities decoded, line breaks kept."""
    text = bleach.clean(value or "", tags=set(), attributes={}, strip=True, strip_comments=True)
    text = html.unescape(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def _set_rel(attrs: dict, new: bool = False) -> dict:
    href_key = (None, "href")
    if href_key not in attrs:
        return attrs
    if not attrs[href_key].startswith(("http://", "https://")):
        return None  # drop anything that is not a web link
    attrs[(None, "rel")] = _COMMENT_REL
    return attrs


_linker = Linker(callbacks=[_set_rel], skip_tags={"pre", "code"}, parse_email=False)


def comment_html(text: str) -> str:
    """Plain comment text as safe HTML: escaped, paragraphs kept, URLs linked with rel=ugc."""
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]
    parts = []
    for para in paragraphs:
        escaped = html.escape(para, quote=True).replace("\n", "<br>\n")
        parts.append(f"<p>{_linker.linkify(escaped)}</p>")
    return "\n".join(parts)
