"""What a legal immigration status may do, debated: "Asylum seekers shouldn't be allowed to
work", "los refugiados no deberían poder votar en las municipales".

Work permits, the vote, licences and benefits for a status (asylum seekers, refugees, visa
holders, undocumented people) are set by law and argued over as policy; the same sentence
about a people by race or faith ("Muslims shouldn't be allowed to vote") is still hate, and
so is a status denied life, a family or a place to live ("shouldn't be allowed to breed",
"to stay", "to exist"). Read by `hate.derogation`, `hate.negated_positive` and `hate.coded`.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.hate.generalisation_guards import BY_STATUS

# Group words that name an immigration status, not a people: those `status_vote` reads, and
# the statuses a work permit, licence or benefit is argued over for.
STATUS_GROUPS = BY_STATUS | frozenset(
    {"asylum seekers", "asylum seeker", "refugees", "refugee", "visa holders", "undocumented",
     "undocumented immigrants", "illegal immigrants", "solicitantes de asilo",
     "solicitante de asilo", "refugiados", "refugiadas", "indocumentados", "indocumentadas",
     "sin papeles", "residentes", "asilados", "asylees", "legal residents"}
)  # fmt: skip
# "Should not be allowed to" and its Spanish forms, as the lexicon joins them.
_DENIED = frozenset(
    {"should not be allowed to", "shouldn't be allowed to", "should not be able to",
     "should never be allowed to", "must not be allowed to", "no deberian poder",
     "no deben poder", "no deberia poder", "no debe poder", "no deberian tener derecho a",
     "no deben tener derecho a"}
)  # fmt: skip
# The acts a status is licensed for: work, the vote, a licence, a lease, benefits.
LEGAL_ACTS = frozenset(
    {"work", "vote", "drive", "rent", "buy", "own", "get", "receive", "claim", "collect",
     "apply", "sponsor", "access", "open", "hold", "enroll", "register", "obtain", "use",
     "run", "serve", "trabajar", "votar", "manejar", "conducir", "rentar", "alquilar",
     "comprar", "sacar", "cobrar", "recibir", "solicitar", "pedir", "acceder", "abrir",
     "postularse", "inscribirse", "registrarse", "obtener", "tramitar", "usar"}
)  # fmt: skip
# After the act, what turns it into a people denied a life or a family.
_NOT_POLICY = re.compile(
    r"\b(?:married|children|kids|babies|pregnant|near|around|among|with our|our (?:daughters|"
    r"sons|kids|children|women)|hijos|bebes|casarse|embarazadas|cerca|entre nosotros|"
    r"con nuestr[oa]s)\b"
)

# The same leave denied, read over the text from where a `coded.tsv` row matched ("los
# refugiados no deberían poder votar en las municipales"): a status from `STATUS_GROUPS`, then
# "allowed/able to" or "(no) deberían poder" and an act of `LEGAL_ACTS`, with no people's
# life or family (`_NOT_POLICY`) after it in the sentence.
_STATUS_WORDS = "|".join(re.escape(w) for w in sorted(STATUS_GROUPS, key=lambda w: (-len(w), w)))
_ACT_WORDS = "|".join(sorted(LEGAL_ACTS, key=lambda w: (-len(w), w)))
STATUS_LEAVE_TEXT = re.compile(
    rf"(?:the |all |most |los |las )?(?:{_STATUS_WORDS})\b[^.!?]{{0,40}}\b"
    rf"(?:(?:allowed|able|get) to (?:{_ACT_WORDS})|have the right to vote|"
    rf"(?:deberian|deben|deberia|debe) poder (?:{_ACT_WORDS}))\b"
    rf"(?![^.!?]*{_NOT_POLICY.pattern})"
)


def status_policy(an: Analysis, g: int, pred: Unit) -> bool:
    """The group unit `g` names an immigration status, `pred` denies it leave to do
    something, and what follows is an act the law licenses (to work, vote, drive, rent)."""
    if an.units[g].text not in STATUS_GROUPS:
        return False
    words = pred.text.split()
    if pred.text in _DENIED or (words[-1] in LEGAL_ACTS and "allowed" in words):
        nxt = pred.index + 1
        if words[-1] not in LEGAL_ACTS:
            if nxt >= len(an.units) or an.units[nxt].sentence != pred.sentence:
                return False
            if an.units[nxt].text.split()[0] not in LEGAL_ACTS:
                return False
        cut = re.search(r"[.!?\n]", an.norm.text[pred.end :])
        rest = an.norm.text[pred.end : pred.end + cut.start()] if cut else an.norm.text[pred.end :]
        return _NOT_POLICY.search(rest) is None
    return False


def status_leave_doubted(an: Analysis, g: int, p: int) -> bool:
    """ "I don't think asylum seekers should be allowed to work": the group unit `g` names a
    status and the positive word `p` ("allowed", "able") opens a licensed act."""
    if an.units[g].text not in STATUS_GROUPS or an.units[p].text not in ("allowed", "able"):
        return False
    after = [u.text for u in an.units[p + 1 : p + 3] if u.sentence == an.units[p].sentence]
    if len(after) < 2 or after[0] != "to" or after[1].split()[0] not in LEGAL_ACTS:
        return False
    cut = re.search(r"[.!?\n]", an.norm.text[an.units[p].end :])
    end = an.units[p].end + cut.start() if cut else len(an.norm.text)
    return _NOT_POLICY.search(an.norm.text, an.units[p].end, end) is None
