"""Living off handouts denied of a group ("no vinieron a vivir del welfare", "did not come to
live off welfare"): the denial is of a stereotype, not of a good quality; living off their own
work ("no quieren vivir de su trabajo") is the quality itself, denied."""

from __future__ import annotations

from moderation.policy.analysis import Analysis

_LIVE = frozenset({"vivir", "a vivir", "viven", "vive", "live", "to live", "lives", "living"})
# What living off is a stereotype of: handouts, the state, other people's money
_HANDOUTS = frozenset(
    {"welfare", "gobierno", "government", "apoyos", "ayudas", "ayuda", "limosnas", "asistencia",
     "handouts", "subsidios", "becas", "cheques", "cheque", "taxpayers", "contribuyentes",
     "impuestos", "nadie", "nosotros", "us", "food", "estado", "programas", "others", "otros"}
)  # fmt: skip


def lives_off_handouts(an: Analysis, p: int) -> bool:
    """The good word is "live" and it lives off handouts or others ("vivir del welfare", "live
    off handouts"): what is denied is the stereotype, not a good quality. Living off their
    own work ("vivir de su trabajo") is the quality itself."""
    units = an.units
    if units[p].text not in _LIVE:
        return False
    after = [u for u in units[p + 1 : p + 4] if u.sentence == units[p].sentence]
    if not after or after[0].text not in ("de", "del", "off", "on"):
        return False
    return any(u.text in _HANDOUTS for u in after[1:])
