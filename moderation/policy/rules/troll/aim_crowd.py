"""Two more ways an insult points at the thread (`aim._insult_at` reads these): a bare "bola de"
before it ("..., bola de huevones"), the commenters hailed as a crowd, and a one-word verdict
closing a comment that speaks to a reader or the author ("... Do you even own a TV?
Pathetic.")."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.troll.words import DEGREE, EXCLAIM, THING_WORDS, spoken_to, you
from moderation.policy.types import Submission

# What makes "bola de" a description, not a hail: "son una bola de", "esa bola de", "toda su
# bola de lambiscones", "la misma bola de".
_BOLA_DESCRIBED = frozenset(
    {"una", "la", "esa", "esta", "toda", "todo", "su", "sus", "tu", "tus", "misma", "otra",
     "mi", "nuestra", "aquella", "cualquier"}
)  # fmt: skip


def bare_bola(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """ "bola de" right before the insult, opening its sentence or set off by a comma, no
    article or possessive before it: a crowd hailed ("Aquí nomás opinan los que no trabajan,
    bola de huevones"), not one described ("los regidores son una bola de inútiles")."""
    if len(prev) < 2 or prev[-1].text != "de" or prev[-2].text != "bola":
        return False
    bola = prev[-2]
    if bola.index == 0 or an.units[bola.index - 1].sentence != bola.sentence:
        return True
    before = an.units[bola.index - 1]
    if before.text in _BOLA_DESCRIBED:
        return False
    gap = an.norm.text[before.end : bola.start]
    return "," in gap or before.text in ("pura", "puro", "que", "pinche")


# Who the comment speaks to: an @handle, "you are"/"your comment", a second-person verb in
# Spanish, or the article's writer. A "you" alone ("did you see the turnout?") is not enough.
_READER = re.compile(
    r"@\w|\b(?:you(?:'re| are| were)|ur|you'?ve|do you even|did you even|your (?:comments?|"
    r"posts?|takes?|replies|opinions?|articles?|piece|column|writing|argument)|"
    r"eres|estas|fuiste|tienes|sabes|escribes|comentas|opinas|tu comentario|tus comentarios|"
    r"tu articulo|usted es|the author|this author|the writer|this writer|whoever wrote|"
    r"el autor|la autora|el columnista|la columnista|el que escribio|quien escribio)\b"
)
# The reader agreed with: the verdict is on what they both deplore.
_AGREED = re.compile(
    r"\b(?:(?:you'?re|you are|ur) (?:so |absolutely |totally |dead |exactly )?right|spot on|"
    r"i agree|agreed|good point|well said|exactly|tienes (?:toda la )?razon|tiene razon|"
    r"estoy de acuerdo|exacto|bien dicho|como dice|as (?:you|the author) (?:said|says))\b"
)
# A name set off as a vocative in the original text: "Why do you even post here, Linda?"
_NAME_HAILED = re.compile(r",\s+[A-Z][a-z\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1]+\s*[?!.]")


def verdict_on_reader(an: Analysis, u: Unit, sub: Submission) -> bool:
    """The insult is the whole of the comment's last sentence (after "qué" or "so" at most)
    and the comment before it speaks to a reader or the author: the verdict is theirs."""
    if u.index != len(an.units) - 1:
        return False
    run = an.sentence_run(u.index)
    if run[0].index == 0:
        return False  # the comment is the verdict alone: `_closing_vocative` decides
    if any(x.text not in EXCLAIM and x.text not in DEGREE for x in run if x is not u):
        return False
    last = [x for x in an.units if x.sentence == run[0].sentence - 1]
    if not last or not (spoken_to(an, last) or _READER.search(an.norm.text, last[0].start)):
        return False  # "You're right, Linda. The senator skipped it. Pathetic.": his conduct
    before = an.norm.text[: run[0].start]
    if _AGREED.search(before):
        return False  # "Your comment is spot on ... Pathetic.": the verdict shared with them
    return bool(_READER.search(before) or _NAME_HAILED.search(sub.text))


def quoted_words_judged(an: Analysis, u: Unit) -> bool:
    """A word for a thing ("garbage", "basura") right after a quotation: the quoted words are
    judged ("posting the same 'I know who you are' garbage", "tu 'globalist' garbage"), not a
    person called it."""
    if u.text not in THING_WORDS or u.quoted or u.index == 0:
        return False
    before = an.units[u.index - 1]
    if not before.quoted or before.sentence != u.sentence:
        return False
    # "You 'journalist' garbage", "eres un 'experto' basura": the reader is called it
    return not any(
        not p.quoted and (p.code == "U" or you(an, p) or p.text in ("eres", "sos", "sois"))
        for p in an.sentence_run(u.index)
        if p.index < u.index
    )
