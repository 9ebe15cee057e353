"""The shared assertion of the table-driven category tests: what the engine does in one
category, compared with "flag" (hold or reject), "hold", "reject" or "approve"."""

from moderation.policy import Submission, screen

_ORDER = ["approve", "hold", "reject"]


def category_action(text: str, category: str, lang: str | None = None) -> str:
    """The strongest action of the findings in `category` ("approve" when there are none)."""
    verdict = screen(Submission(text=text, lang=lang))
    found = [str(f.action) for f in verdict.findings if str(f.category) == category]
    return max(found, key=_ORDER.index, default="approve")


def assert_category_action(
    text: str, expected: str, category: str, lang: str | None = None
) -> None:
    action = category_action(text, category, lang)
    if expected == "flag":
        assert action in ("hold", "reject"), text
    else:
        assert action == expected, text
