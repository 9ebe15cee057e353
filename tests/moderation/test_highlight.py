"""Evidence highlighting: spans clamped and merged, every piece of reader text escaped."""

from moderation.highlight import spans_merge, text_highlight, verdict_spans


def test_spans_are_clamped_merged_and_bad_ones_dropped():
    spans = [[5, 9], [0, 2], [8, 12], [40, 50], ["x", 1], [3, 3], [None], [-4, 1]]
    assert spans_merge(spans, 20) == [(0, 2), (5, 12)]


def test_highlight_escapes_and_marks():
    text = 'a <b>"bold"</b> claim\nsecond line'
    html = text_highlight(text, [[2, 15]])
    assert html == ("a <mark>&lt;b&gt;&quot;bold&quot;&lt;/b&gt;</mark> claim<br>\nsecond line")
    assert text_highlight("", [[0, 5]]) == ""
    assert text_highlight("plain", None) == "plain"


def test_verdict_spans_skip_approve_findings():
    verdict = {
        "findings": [
            {"action": "approve", "evidence": [[0, 1]]},
            {"action": "hold", "evidence": [[2, 4]]},
            "not a finding",
        ]
    }
    assert verdict_spans(verdict) == [[2, 4]]
    assert verdict_spans(None) == []
