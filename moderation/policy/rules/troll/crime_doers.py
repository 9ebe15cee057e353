"""Insults for the doers of a crime the comment names in a relative clause right after them:
"esos desgraciados que robaron la escuela", "those scumbags who robbed the food bank". The
clause says who they are (people outside the thread, known by the deed) and the word is a
verdict on the deed's doers, harsh opinion the policy protects. Said to a reader ("eres de los
desgraciados que robaron", "you scumbags who stole") or with an @handle, it is still read as
aimed."""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.troll.words import spoken_to

_WHO = frozenset({"que", "who", "that", "quienes", "quien"})
# Past or present verbs of a crime against people or property.
_CRIMES = frozenset(
    {"robaron", "robo", "roban", "mataron", "mato", "matan", "asesinaron", "asesino",
     "secuestraron", "secuestro", "secuestran", "violaron", "violo", "golpearon", "golpeo",
     "asaltaron", "asalto", "asaltan", "balearon", "baleo", "dispararon", "disparo",
     "estafaron", "estafo", "estafan", "extorsionan", "extorsionaron", "extorsiono",
     "abusaron", "abuso", "atropellaron", "atropello", "quemaron", "desaparecieron",
     "torturaron", "vandalizaron", "saquearon", "saqueo", "envenenaron", "apunalaron",
     "robbed", "rob", "killed", "kill", "murdered", "shot", "kidnapped", "raped", "beat",
     "assaulted", "stole", "steal", "scammed", "scam", "torched", "vandalized", "vandalised",
     "looted", "abused", "trafficked", "stabbed", "poisoned", "mugged", "carjacked",
     "burglarized", "defrauded", "embezzled", "tortured"}
)  # fmt: skip
_AUX = frozenset({"have", "has", "had", "han", "habian", "le", "les", "lo", "la", "los", "las",
                  "se", "nos", "me"})  # fmt: skip


def doers_of_a_crime(an: Analysis, u: Unit) -> bool:
    """The insult, then "que"/"who" and (after at most two auxiliary or clitic words) a verb
    of a crime, in a comment with no handle and a sentence that speaks to no one."""
    if u.has("S") or "@" in an.norm.original or any(x.code == "U" for x in an.units):
        return False
    run = an.sentence_run(u.index)
    if spoken_to(an, run):
        return False
    after = [x for x in run if x.index > u.index][:4]
    if not after or after[0].text not in _WHO:
        return False
    for x in after[1:]:
        if x.text in _CRIMES:
            return True
        if x.text not in _AUX:
            return False
    return False
