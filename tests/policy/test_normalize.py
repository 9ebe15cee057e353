"""Normalisation undoes obfuscation and keeps spans pointing into the original text."""

import pytest

from moderation.policy import Submission, screen
from moderation.policy.normalize import fold_text, normalize


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("F*ck", "f*ck"),
        ("sh!t happens!", "shit happens!"),
        ("a$$hole", "asshole"),
        ("f u c k", "fuck"),
        ("f.u.c.k off", "fuck off"),
        ("fuuuuuck", "fuuck"),
        ("Ｆｕｌｌｗｉｄｔｈ", "fullwidth"),
        ("𝐁𝐨𝐥𝐝", "bold"),
        ("Сyrillic", "cyrillic"),  # first letter is Cyrillic Es
        ("zero\u200bwidth", "zerowidth"),
        ("Los judíos", "los judios"),
        ("año", "ano"),
        ("$100 in 2024", "$100 in 2024"),
        ("anti-semitic", "anti-semitic"),
    ],
)
def test_fold(raw, folded):
    assert normalize(raw).text == folded


def test_offsets_point_into_original():
    raw = "well, 𝐌𝐮𝐬𝐥𝐢𝐦𝐬 are v e r m i n"
    norm = normalize(raw)
    start = norm.text.index("vermin")
    s, e = norm.span(start, start + len("vermin"))
    assert raw[s:e] == "v e r m i n"
    m = norm.text.index("muslims")
    s, e = norm.span(m, m + len("muslims"))
    assert raw[s:e] == "𝐌𝐮𝐬𝐥𝐢𝐦𝐬"


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("Honestly, imm1gr4nts are p-a-r-a-s-i-t-e-s", "p-a-r-a-s-i-t-e-s"),
        ("Those w\u200bomen are filthy rats", "w\u200bomen are filthy rats"),
        ("go away you f@gg0t", "f@gg0t"),
    ],
)
def test_evidence_spans_use_original_text(text, evidence):
    verdict = screen(Submission(text=text))
    assert verdict.action != "approve"
    spans = [text[s:e] for f in verdict.findings for s, e in f.evidence]
    assert any(evidence in span or span in evidence for span in spans), spans


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Subscribe me!!!", "subscribe me!!!"),
        ("follow @Name_1", "follow @name_1"),
        ("Earn $5k a week", "earn $5k a week"),
        ("check  out\n\nmy\tchannel", "check out my channel"),
        ("Visítanos   ahoraaaa", "visitanos ahoraa"),
        ("ｅｘａｍｐｌｅ.ｃｏｍ", "example.com"),
    ],
)
def test_fold_text_keeps_symbols_as_typed(raw, folded):
    assert fold_text(raw).text == folded


def test_fold_text_spans_point_into_the_original():
    raw = "Ｇａｎａ  dinero   YA"
    n = fold_text(raw)
    start = n.text.index("dinero")
    s, e = n.span(start, start + len("dinero"))
    assert raw[s:e] == "dinero"
