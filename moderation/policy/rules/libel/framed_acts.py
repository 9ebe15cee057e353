"""Acts the sentence's frame takes off any person: a list of trades after a colon that
describes an outfit ("cartels are now like diversified corporations: fuel theft, extortion,
human smuggling"), and what a prosecutor would have to prove ("Proving the governor knew it
was a bribe ... is much harder"). Each is a guard of `unattributed_claim`."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.officials import OUTFITS, words_regex

_OUTFIT = re.compile(words_regex(OUTFITS | {"mafias", "gangs", "organized crime"}))
# Between the colon and the act: list items only (words, commas, "and"), no clause stop.
_LIST_SO_FAR = re.compile(r":[\w\s,'-]{0,160}")


def outfit_trades_listed(an: Analysis, units: list[Unit], crime: Unit) -> bool:
    """The act is an item of a list after a colon, and the clause before the colon speaks of
    criminal outfits (`OUTFITS`): the list names their trades, not a person's deeds. "Mayor
    Ruiz: bribes, kickbacks" has no outfit before its colon and stays a charge."""
    text = an.norm.text
    start = units[0].start
    colon = text.rfind(":", start, crime.start)
    if colon == -1 or _LIST_SO_FAR.fullmatch(text, colon, crime.start) is None:
        return False
    return _OUTFIT.search(text, start, colon) is not None


# "Proving (that) X ...", "to prove X ...", "probar/demostrar que X ..." opening the sentence,
# and a verdict on how hard that is after the act: what a court must establish, not a claim.
_PROVING = re.compile(
    r"[\W_]*(?:but\s+|pero\s+)?(?:proving|to prove|showing|to show|probar|demostrar)\b"
)
_HARD = re.compile(
    r"\b(?:is|would be|will be|es|seria|sera)\s+(?:much\s+|a lot\s+|far\s+|mucho\s+)?"
    r"(?:harder|hard|difficult|tougher|another matter|the hard part|mas dificil|dificil|"
    r"otra cosa|lo dificil)\b"
)


def proof_required(an: Analysis, units: list[Unit], crime: Unit) -> bool:
    """The sentence opens with what must be proven (`_PROVING`) and says, after the act, that
    proving it is hard (`_HARD`): the burden of proof discussed, the act not asserted."""
    text = an.norm.text
    if _PROVING.match(text, units[0].start) is None:
        return False
    return _HARD.search(text, crime.end, units[-1].end) is not None
