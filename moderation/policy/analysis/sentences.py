"""Sentences and quotes of a comment: where its sentences end (not after a title's
abbreviation), which spans are quoted, and a group named alone carried into the sentence
beside it ("You know what I hate? Muslims.")."""

from __future__ import annotations

import re

from moderation.policy.analysis.units import Unit

# A full stop after a title's abbreviation ("Dr. Patel", "State Rep. Cruz", "Lic. Ruiz") does
# not end the sentence: the name after it belongs to the same statement.
_ABBREVIATIONS = ("dr", "mr", "mrs", "ms", "sr", "sra", "srta", "jr", "lic", "ing", "gen", "gov",
                  "sen", "rep", "prof", "lt", "sgt", "capt", "det", "rev", "hon")  # fmt: skip


# Sentence boundaries are r"[.!?;\n]" with, for each abbreviation, (?<!\bdr\.) and so on; found
# in two steps: every mark, then the full stops that end an abbreviation dropped (cheaper than
# 21 look-behinds tried at every mark).
_MARK_RX = re.compile(r"[.!?;\n]")


# The run of marks that closes a sentence at its boundary ("?", "??", "!?", "...?"): each mark
# is a boundary of its own, so a doubled mark leaves empty sentences; the sentence with words is
# a question if its run holds a "?", and its answer begins past the run.
CLOSING = re.compile(r"[.!?](?:[ \t]*[.!?])*")


_ABBREVIATION_END = re.compile(r"\b(?:" + "|".join(_ABBREVIATIONS) + r")\Z")


_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))


def _boundaries(ntext: str) -> list[int]:
    """Offsets of the sentence boundaries in the normalised text: ".", "!", "?", ";" and
    line breaks, except the full stop of a title's abbreviation."""
    found = [m.start() for m in _MARK_RX.finditer(ntext)]
    if "." not in ntext:
        return found
    end = _ABBREVIATION_END.search
    return [
        i
        for i in found
        if ntext[i] != "." or end(ntext, max(0, i - _LONGEST_ABBREVIATION), i) is None
    ]


# Double quotes, and single quotes at a word edge ('like this', 'or this.'), not apostrophes
# (don't). Every branch opens with the quote itself, so the engine only stops at quote
# characters.
_QUOTE_RX = re.compile(r"\"|'(?:(?<![a-z0-9]')(?=[a-z0-9])|(?<=[a-z0-9.,!?;:]')(?![a-z0-9]))")


# Punctuation typed inside a closing single quote ("it's 'just parking.' That's how ...")
_INNER_PUNCT = frozenset(".,!?;:")


def quote_marks(ntext: str) -> list[int]:
    """Positions of the quote marks that open or close a quotation. A single quote after a
    word with none open before it is a possessive apostrophe ("the countries' budgets"), not
    a closing quote that would leave the rest of the comment quoted. A single quote after the
    punctuation it encloses ('profile.') closes the quote left open and never opens one: read
    as an opener, the next apostrophe ("That's") closed it and left every word between
    quoted."""
    marks: list[int] = []
    single_open = False
    for m in _QUOTE_RX.finditer(ntext):
        i = m.start()
        if ntext[i] == '"':
            marks.append(i)
        elif i and ntext[i - 1] in _INNER_PUNCT and ntext[i + 1 : i + 2] not in _WORD_END:
            if single_open:
                marks.append(i)
                single_open = False
        elif not (i and ntext[i - 1] in _WORD_END):
            if not single_open:
                marks.append(i)
                single_open = True
        elif single_open:
            marks.append(i)
            single_open = False
    return marks


_WORD_END = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


# A sentence that only names a group ("Muslims.", "¿Inmigrantes?", "Trans people, obviously.")
# stands in the place of the sentence beside it: the answer to a question's "who"/"what"
# ("You know what I hate? Muslims.", "Who should be wiped out? X."), or the subject of the
# verbless predicate that follows ("Gay people. Disgusting.", "¿Inmigrantes? Plaga.").
_WH_WORDS = frozenset({"what", "who", "whom", "que", "quien", "quienes", "a quien", "a quienes"})


_FRAGMENT_MOST = 4  # units of a group named alone: "all the trans people", "los gitanos, claro"


_BARE_PREDICATE = re.compile(r"^[AY]*[XD][AYXDBt]{0,4}$")


def _sentence_spans(units: list[Unit]) -> list[tuple[int, int]]:
    """(first, end) unit indices of each sentence, in order."""
    spans: list[tuple[int, int]] = []
    for k, u in enumerate(units):
        if spans and units[spans[-1][0]].sentence == u.sentence:
            spans[-1] = (spans[-1][0], k + 1)
        else:
            spans.append((k, k + 1))
    return spans


def _bare_group(units: list[Unit], first: int, end: int) -> bool:
    run = units[first:end]
    return (
        len(run) <= _FRAGMENT_MOST
        and all(u.code in ("G", "A") and not u.quoted for u in run)
        and any(u.code == "G" and u.entry is not None and "G" in u.entry.classes for u in run)
    )


def carry_fragments(units: list[Unit], ntext: str, boundaries: list[int]) -> None:
    """Put a group named alone in a sentence where the sentence beside it needs it (see
    `_WH_WORDS`): a question's subject "who" is read as the group; any other gap takes the
    question's words into the group's sentence, so the group follows its verb ("what I
    hate ... Muslims"); a verbless predicate after the group joins the group's sentence."""
    spans = _sentence_spans(units)
    for j, (first, end) in enumerate(spans):
        if not _bare_group(units, first, end):
            continue
        s = units[first].sentence
        if j > 0:
            pf, pe = spans[j - 1]
            prev = units[pf:pe]
            ends_q = (
                units[pe - 1].sentence < len(boundaries)
                and ntext[boundaries[units[pe - 1].sentence]] == "?"
            )
            wh = next((k for k in range(pf, min(pe, pf + 3)) if units[k].text in _WH_WORDS), None)
            if ends_q and wh is not None and not any(u.code in "GgtS" for u in prev):
                nxt = units[wh + 1] if wh + 1 < pe else None
                if nxt is not None and nxt.code in ("M", "C", "K", "V", "Z", "W", "X"):
                    units[wh] = units[wh]._replace(code="G")  # "Who deserves to die? X."
                else:
                    for k in range(pf, pe):  # "What do I hate? X.": the gap after the verb
                        units[k] = units[k]._replace(sentence=s)
                continue
        if j + 1 < len(spans):
            nf, ne = spans[j + 1]
            codes = "".join(u.code for u in units[nf:ne])
            if _BARE_PREDICATE.match(codes) and not any(u.quoted for u in units[nf:ne]):
                for k in range(first, end):  # "Gay people. Disgusting."
                    units[k] = units[k]._replace(sentence=units[nf].sentence)
