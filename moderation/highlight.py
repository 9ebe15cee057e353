"""Comment text as safe HTML with the engine's evidence spans wrapped in <mark>.

Every piece of reader text is escaped here; only our own <mark> and <br> tags are added.
"""

import html

from django.utils.safestring import SafeString, mark_safe


def spans_merge(spans, length: int) -> list[tuple[int, int]]:
    """Clamp spans to the text, drop empty or malformed ones, merge overlaps, sort."""
    clean: list[tuple[int, int]] = []
    for span in spans or ():
        try:
            start, end = int(span[0]), int(span[1])
        except (TypeError, ValueError, IndexError):
            continue
        start, end = max(0, start), min(length, end)
        if start < end:
            clean.append((start, end))
    clean.sort()
    merged: list[tuple[int, int]] = []
    for start, end in clean:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _escape(text: str) -> str:
    return html.escape(text, quote=True).replace("\n", "<br>\n")


def text_highlight(text: str, spans) -> SafeString:
    """`text` escaped, line breaks kept, each span in <mark>."""
    text = text or ""
    out: list[str] = []
    cursor = 0
    for start, end in spans_merge(spans, len(text)):
        out.append(_escape(text[cursor:start]))
        out.append(f"<mark>{_escape(text[start:end])}</mark>")
        cursor = end
    out.append(_escape(text[cursor:]))
    return mark_safe("".join(out))


def verdict_spans(verdict: dict | None) -> list[list[int]]:
    spans: list[list[int]] = []
    for finding in (verdict or {}).get("findings", []) or []:
        if isinstance(finding, dict) and finding.get("action", "hold") != "approve":
            spans.extend(finding.get("evidence") or [])
    return spans
