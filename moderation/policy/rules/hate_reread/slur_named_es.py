"""A people named in Spanish only by a slur that also has an everyday sense ("los mojados",
"los moros"), taken as the sentence's group by `hate_reread`: its readers ask for a group word,
which the lexicon gives such a word only as a slur (code `S`), so "Mi tío dice que los moros
son unos ladrones." was never re-read.

Only the plural with an article counts ("los mojados", "las moras"), never "la ropa mojada",
and only in a sentence with a fault or a saying the readers look for (a fault word, a crime, a
reported saying); "moros y cristianos" (the festival, the dish) is never the people."""

from __future__ import annotations

from moderation.policy.analysis import Unit

_ARTICLES = frozenset({"los", "las", "esos", "esas", "estos", "estas"})
_FESTIVAL = "cristianos"


def _homonym_slur(u: Unit) -> bool:
    """A slur with an ordinary sense (`slurs.tsv` flags `homonym` or `noun`), in the plural."""
    if u.code != "S" or not u.text.endswith("s") or " " in u.text:
        return False
    flags = ([*u.meta("S").split("|"), "", ""])[2]
    return "homonym" in flags or "noun" in flags


def _fault_or_saying(run: tuple[Unit, ...]) -> bool:
    """The sentence says a fault (an attribute, a crime) or reports a saying."""
    return any(u.code in ("X", "D", "r") or u.has("crime") or u.has("report") for u in run)


def slur_named_es(run: tuple[Unit, ...]) -> tuple[Unit, ...]:
    """The units of the sentence `run` that name a people by a homonym slur, plural with an
    article, in a sentence with a fault or a saying; none when the sentence has no such word."""
    found = []
    for i, u in enumerate(run[1:], 1):
        if not _homonym_slur(u) or run[i - 1].text not in _ARTICLES:
            continue
        near = {v.text for v in run[max(0, i - 2) : i + 3]}
        if _FESTIVAL in near:
            continue  # "moros y cristianos"
        found.append(u)
    return tuple(found) if found and _fault_or_saying(run) else ()
