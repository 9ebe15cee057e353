"""English animal names as insults (`troll.personal_attack`): "that guy is a rat", "this woman
is a pig", "you pig". Spanish calls one person "una rata" or "una cerda" in the same way; the
English words also name the animals themselves ("my guinea pig", "the lab rat escaped", "ate
like a pig"), so they count only when said of a person: the reader, or one pointed at."""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit

ANIMALS_EN = frozenset({"pig", "rat", "swine", "snake"})

# Nouns for one person after "this" / "that" ("that guy", "this woman").
_PERSON = frozenset(
    {"guy", "dude", "man", "woman", "girl", "boy", "lady", "person", "bloke", "chick", "kid",
     "fella", "fellow", "gentleman", "individual", "character", "clown", "idiot"}
)  # fmt: skip
_POINTING = frozenset({"this", "that"})
# What may stand between the copula and the animal ("is such a", "is a dirty", "are a").
_BETWEEN = frozenset(
    {"a", "an", "such a", "such", "total", "complete", "real", "dirty", "filthy", "lying",
     "little", "fat", "sneaky", "absolute", "fucking"}
)  # fmt: skip
_COPULAS = frozenset({"is", "was", "are", "were", "is such", "is just", "are just", "is being"})


def animal_called(an: Analysis, u: Unit) -> bool:
    """The animal word at `u` names a person: "you pig", "you're a rat", or a person pointed
    at and said to be one ("that guy is a rat", "this woman is a pig")."""
    run = an.sentence_run(u.index)
    pos = next(i for i, x in enumerate(run) if x.index == u.index)
    k = pos - 1
    if k >= 0 and (run[k].code == "U" or run[k].text == "you"):
        return True  # "you pig"
    while k >= 0 and run[k].text in _BETWEEN:
        k -= 1
    if k < 0 or run[k].text not in _COPULAS:
        return False
    subject = run[:k]
    if subject and (subject[-1].code == "U" or subject[-1].text == "you"):
        return True  # "you are a rat"
    return (
        len(subject) >= 2
        and subject[-2].text in _POINTING
        and (subject[-1].text in _PERSON or subject[-1].meta("G").startswith("gender"))
    )
