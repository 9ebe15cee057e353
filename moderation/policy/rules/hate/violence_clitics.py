"""`hate.violence` shapes in Spanish clitics ("a los X hay que matarlos") and conditional
threats."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit
from moderation.policy.rules.context import suppressed
from moderation.policy.rules.hate.guards import (
    _antecedent,
    _hit,
)
from moderation.policy.rules.hate.helpers import (
    CLITICS,
    WRITER_FORMS,
)
from moderation.policy.rules.hate.violence_targets import (
    CLITIC_ENDINGS,
    CONDITIONS,
    OBJECT_PRONOUNS,
    WRITER_MEETS,
)
from moderation.policy.rules.hate.violence_wished import (
    PAST_ENDINGS,
    past,
)
from moderation.policy.rules.hate.words import (
    STRONG,
)

# "A todos los X los mataré", "A los X los voy a quemar": the group put first as the topic,
# then the writer's harm through a clitic.
_TOPIC_CLITIC = re.compile(r"^[AB]*(?P<g>G)(?P<c>A)(?P<f>[FM]?)(?P<v>V)")


def topic_then_clitic(an: Analysis) -> list[Hit]:
    for base, codes in an.sentences:
        m = _TOPIC_CLITIC.match(codes)
        if m is None or an.units[base].text.split()[0] != "a":
            continue
        c, v = an.units[base + m.start("c")], an.units[base + m.start("v")]
        head = v.text.split()[0]
        writer = (
            m.group("f")
            or head.endswith(WRITER_FORMS)
            or (head.endswith("o") and not head.endswith(("ado", "ido")))  # "los mato"
        )
        if c.text not in CLITICS or not writer or v.text.endswith(PAST_ENDINGS):
            continue
        last = base + m.end() - 1
        if not suppressed(an, base, last):
            return [
                _hit(an, "hate.violence", STRONG, base, last, "a threat to the group named first")
            ]
    return []


# The writer's own harm to a group named before, by its clitic: "Yo los mataría a todos.",
# "... y sinceramente los quiero muertos". Only the plural clitics, and only in a clause that
# opens with the writer or nothing (a third party's "los matan" reports).
_CLITIC_HARM = re.compile(r"(?:^|[BI])(?P<adv>[AYw]*?)(?P<c>A)(?:(?P<v>V)|(?P<f>F)[AY]*(?P<k>K))")
_PLURAL_CLITICS = frozenset({"los", "las", "les"})
_WANTING = ("quiero", "queremos", "quisiera", "quisieramos", "los quiero", "las quiero")


def clitic_after_group(an: Analysis) -> list[Hit]:
    for base, codes in an.sentences:
        for m in _CLITIC_HARM.finditer(codes):
            c = base + m.start("c")
            if an.units[c].text not in _PLURAL_CLITICS or _antecedent(an, c) is None:
                continue
            adverbs = an.units[base + m.start("adv") : c]
            if any(u.code == "w" and not u.text.endswith("mente") for u in adverbs):
                continue  # only "francamente", "sinceramente" between the clause and its verb
            if m.group("v") is not None:
                head = an.units[base + m.start("v")].text.split()[0]
                if not head.endswith(WRITER_FORMS) or head.endswith(PAST_ENDINGS):
                    continue  # "los mataría" is the writer's; "los matarían" someone else's
            elif not an.units[base + m.start("f")].text.startswith(_WANTING):
                continue  # "los quiero muertos", not "los van a dejar morir"
            last = base + m.end() - 1
            if not suppressed(an, c, last):
                return [_hit(an, "hate.violence", 0.8, c, last, "a threat to a group named before")]
    return []


def _next_time_es(an: Analysis, base: int) -> bool:
    """The sentence opens with "la próxima vez que" (read as its words: "próxima" folds)."""
    words = [u.text for u in an.units[base : base + 4]]
    return (
        an.lang == "es"
        and words[:1] == ["la"]
        and words[1:2] in (["proxima"], ["proximo"])
        and words[2:4] == ["vez", "que"]
    )


def _clitic_on(verb: str) -> bool:
    words = verb.split()
    return words[0].endswith(CLITIC_ENDINGS)  # a clitic alone, or one joined to its verb


_NEXT = frozenset({"next", "proximo", "proxima"})
_NEXT_OPENERS = _NEXT | {"the", "el", "la", "al", "a la"}


def _next_one(an: Analysis, base: int) -> bool:
    """The sentence opens on "the next X I see" / "el próximo X que vea": a condition the
    writer meets, like "if I see a X"."""
    units = an.units[base : base + 2]
    return units[0].text in _NEXT_OPENERS and any(u.text in _NEXT for u in units)


def conditional_threat(an: Analysis) -> list[Hit]:
    text = an.norm.text
    for base, codes in an.sentences:
        head = an.units[base]
        if "V" not in codes or "G" not in codes:
            continue
        if head.text not in CONDITIONS and not _next_time_es(an, base) and not _next_one(an, base):
            continue
        end = base + len(codes)
        comma = next(
            (
                k
                for k in range(base + 1, end)
                if "," in text[an.units[k - 1].end : an.units[k].start]
            ),
            None,
        )
        if comma is None and an.lang == "es":  # "Cuando vea a un X lo mato"
            comma = next((k for k in range(base + 1, end) if an.units[k].code == "V"), None)
        if comma is None:
            continue
        cond = an.units[base:comma]
        if not any(u.code == "G" and u.has("G") for u in cond):
            continue
        if not any(u.code == "I" or u.text in WRITER_MEETS for u in cond):
            continue  # "if they see a X": someone else's act; "si ves a un X" tells the reader
        act = an.units[comma:end]
        v = next((u for u in act if u.code == "V"), None)
        if v is None or past(v):
            continue
        before = act[: v.index - comma]
        writer = any(u.code in ("I", "F") for u in before) or (
            an.lang == "es" and all(u.code in ("A", "w") for u in before)
        )  # "lo mato", "le pego un tiro": the verb's person is the writer's
        after = an.units[v.index + 1] if v.index + 1 < end else None
        aimed = (
            any(u.text in CLITICS for u in before)
            or (after is not None and (after.text in OBJECT_PRONOUNS or after.code == "G"))
            or (an.lang == "es" and _clitic_on(v.text))
        )  # "le daré una paliza", "mátalo": the clitic is part of the verb
        if writer and aimed and not suppressed(an, base, v.index):
            return [_hit(an, "hate.violence", STRONG, base, v.index, "a threat on a condition")]
    return []
