"""Run axe-core (vendored from the npm package `axe-core`, see vendor/) inside a page.

The script is evaluated through the DevTools protocol, which the site's Content Security Policy
does not govern, so the page under test keeps its real CSP.
"""

from functools import cache
from pathlib import Path

AXE_JS = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
SEVERE = frozenset({"serious", "critical"})


@cache
def axe_source() -> str:
    return AXE_JS.read_text(encoding="utf-8")


def axe_run(page) -> list[dict]:
    """All violations on the page (WCAG 2.x A and AA plus best practices)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(axe_source())
    result = page.evaluate(
        """async () => {
            const r = await axe.run(document, {resultTypes: ['violations']});
            return r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({
                    target: n.target.join(' '), html: n.html.slice(0, 200),
                    summary: n.failureSummary,
                })),
            }));
        }"""
    )
    return result


def axe_severe(page) -> list[dict]:
    return [v for v in axe_run(page) if v["impact"] in SEVERE]


def axe_report(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['impact']}: {v['id']} ({v['help']})")
        for node in v["nodes"][:5]:
            summary = (node["summary"] or "").replace("\n", " ")
            lines.append(f"    {node['target']} {node['html']}\n      {summary[:300]}")
    return "\n".join(lines)
