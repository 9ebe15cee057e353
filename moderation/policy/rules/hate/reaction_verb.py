"""A Spanish verb of reaction that is also an adjective ("me molesta", "le indigna"): after an
object clitic it is the verb, whose subject is the clause it introduces ("Lo que me molesta de
los X es que los discriminen"), not a word said of the group."""

from __future__ import annotations

from moderation.policy.analysis import Analysis

_REACTIONS = frozenset({"molesta", "molestan", "indigna", "enoja", "enfada", "irrita", "fastidia",
                        "preocupa", "duele", "entristece", "ofende", "asusta", "apena",
                        "avergüenza", "averguenza", "frustra", "harta", "cansa"})  # fmt: skip
_CLITICS = frozenset({"me", "te", "le", "nos", "les", "os", "lo que me", "lo que nos",
                      "que me", "no me", "si me", "mas me", "tanto me"})  # fmt: skip


def reaction_verb(an: Analysis, k: int) -> bool:
    """The unit at k is a reaction verb after an object clitic in its sentence."""
    if an.lang != "es" or k == 0 or an.units[k].text not in _REACTIONS:
        return False
    prev = an.units[k - 1]
    return prev.sentence == an.units[k].sentence and (
        prev.text in _CLITICS or prev.text.split()[-1] in ("me", "te", "le", "nos", "les")
    )
