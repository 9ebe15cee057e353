"""A treatment or naming ordered or refused: "Treat X like rats" is the writer's call, "stop
treating X like ..." refuses it; what a report frame over such a verb covers.
"""

from __future__ import annotations

from moderation.policy.analysis import Analysis

# A verb of treating said as an order or the writer's plan ("Treat X like rats.", "Just treat
# them as vermin", "We should treat X like animals", "Let's treat ..."): nobody's conduct is
# reported, the writer calls for it. Not after a negation ("Don't treat X like rats", "Nobody
# should treat ...") or a subject of a report ("They treat X like rats in those camps").
_TREAT_VERBS = frozenset({"treat", "call", "llama"})


_ORDER_OPENERS = frozenset({"just", "please", "so", "now", "then", "and", "simply"})


_WRITER_MODALS = (
    "we ",
    "let",
    "you should",
    "you must",
    "you need",
    "you have",
    "you gotta",
    "everyone should",
    "everybody should",
    "people should",
)


def treatment_ordered(an: Analysis, k: int) -> bool:
    if an.units[k].text not in _TREAT_VERBS:
        return False
    s = an.units[k].sentence
    j = k - 1
    while j >= 0 and an.units[j].sentence == s and an.units[j].text in _ORDER_OPENERS:
        j -= 1
    if j < 0 or an.units[j].sentence != s:
        return True  # "Treat X like ...": the bare imperative
    if "," in an.norm.text[an.units[j].end : an.units[j + 1].start]:
        return True  # "..., treat them like rats": an imperative opens the clause
    u = an.units[j]
    if u.code in ("M", "F") and u.text.startswith(_WRITER_MODALS) and "not" not in u.text:
        return j == 0 or an.units[j - 1].sentence != s
    return False


def treatment_ordered_within(an: Analysis, first: int, last: int) -> bool:
    """A treatment ordered inside the match, after its first unit ("Stop treating X like
    people, treat them like rats"): a broad match that opens at the group inside a refusal's
    reach runs on into the writer's own order, which the refusal does not cover."""
    sentence = an.units[first].sentence
    return any(
        an.units[k].sentence == sentence and an.units[k].has("report") and treatment_ordered(an, k)
        for k in range(first + 1, last + 1)
    )


def treatment_refused_before(an: Analysis, k: int, first: int) -> bool:
    """A frame that refuses a treatment or a name ("stop treating", "don't call", "dejen de
    tratar a") covers its own object and simile only: a claim after a comma ("Stop treating X
    like people, they are rats", "No traten a los X como personas, son animales") is said by
    the writer."""
    u = an.units[k]
    words = u.text.split()
    if not any(w.startswith(_TREAT_STEMS) for w in words):
        return False
    before = an.units[k - 1] if k > 0 and an.units[k - 1].sentence == u.sentence else None
    if not any(w in _REFUSING for w in words) and not (
        before is not None and (before.code == "N" or before.text.split()[-1] in _REFUSING)
    ):
        return False
    return "," in an.norm.text[u.end : an.units[first].start]


def refusal_after_modal(an: Analysis, k: int) -> bool:
    """The modal before the frame at k asks for the naming to stop or denies it ("you need
    to stop calling", "hay que dejar de llamar", "no deberías llamar", "no hay que llamar"):
    the words after it are refused, not the writer's claim ("we should call them ...")."""
    words = an.units[k].text.split()
    if words[0] in _REFUSING and any(w.startswith(_TREAT_STEMS) for w in words):
        return True
    modal = an.units[k - 1]
    if "not" in modal.text.split() or "no" in modal.text.split():
        return True
    j = k - 2
    return (
        j >= 0
        and an.units[j].sentence == modal.sentence
        and an.units[j].code == "N"
        and "," not in an.norm.text[an.units[j].end : modal.start]  # "No, we should call ..."
    )


_TREAT_STEMS = ("treat", "trat", "call", "llam", "refer", "descri", "decir", "repet", "repeat",
                "afirm", "claim", "creer")  # fmt: skip


_REFUSING = frozenset({"stop", "quit", "not", "dont", "never", "no", "deja", "dejen", "dejar",
                       "dejemos", "dejad", "basta"})  # fmt: skip
