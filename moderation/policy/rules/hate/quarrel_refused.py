"""A quarrel refused with a group ("no queremos pleito con los menonitas", "we don't want any
trouble with the Mennonites"): what is not wanted is the quarrel, not the people, unless the
sentence goes on to judge them or want them gone or dead (`hate.broad` reads the rest)."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

_QUARREL = frozenset(
    {"pleito", "pleitos", "problemas", "broncas", "bronca", "conflicto", "conflictos", "guerra",
     "pelea", "peleas", "lio", "lios", "trouble", "fight", "fights", "problems", "war"}
)  # fmt: skip
# What would have them gone or dead, after a quarrel refused: "... los queremos fuera", "we
# want them out", "que se mueran"
_GONE = re.compile(
    r"\b(?:(?:los|las) queremos fuera|fuera de (?:aqui|aca|mexico|el pais|la colonia|el pueblo)|"
    r"que se (?:vayan|larguen|regresen|mueran|vuelvan)|want them (?:out|gone|dead)|"
    r"(?:get|kick|throw|ship) them out|acabar con|matar\w*|extermin\w*|kill\w*|wipe (?:them )?"
    r"out|deport\w*|sacarlos|sacarlas|los saquen|las saquen|se mueran|dead)\b"
)
_REFUSALS = frozenset({"no queremos", "don't want", "do not want", "do not want any"})
_QUARREL_DETERMINERS = frozenset(
    {"a", "any", "more", "mas", "ningun", "ninguna", "ningunos", "un", "una", "otro", "otra"}
)


def quarrel_refused(an: Analysis, pred: int, g: int) -> bool:
    """'No queremos pleito con los X', "we don't want trouble with X": what is not wanted is a
    quarrel with the group, said in one stretch, and nothing after it wants them gone or
    dead, nor judges or threatens them."""
    if not pred < g or an.units[pred].text not in _REFUSALS:
        return False
    between = [u.text for u in an.units[pred + 1 : g]]
    while between and between[-1] in ("los", "las", "the", "those", "these", "esos", "esas"):
        between.pop()
    if between and between[0] in _QUARREL_DETERMINERS:
        between = between[1:]
    if not between or between[0] not in _QUARREL or between[-1] not in ("con", "with"):
        return False
    text = an.norm.text
    if any(c in text[an.units[pred].end : an.units[g].start] for c in ",;:.!?"):
        return False
    sentence = an.units[g].sentence
    if any(u.code in ("V", "H", "D", "X") for u in an.units[g + 1 :] if u.sentence == sentence):
        return False
    end = text.find(".", an.units[g].end)
    return _GONE.search(text, an.units[g].end, end if end >= 0 else len(text)) is None
