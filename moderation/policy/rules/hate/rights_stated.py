"""A right or a protection stated for a group ("Women should be allowed to choose.", "Gay
people should not be fired for who they are.", "Los migrantes merecen ser tratados con
dignidad"): the group opens its sentence and a modal of duty gives it a freedom, equal
treatment, or shelter from a harm. `defence_frame` reads such a comment, with no hostile word
anywhere in it, as a defence: the models, which see a group's name beside "fired" or
"allowed", must leave it to the rules. A right denied ("should not be allowed to vote") is no
defence, and neither is a harm the modal calls for."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

_EN = re.compile(
    r"\s+(?:(?:too|also|still|all|everywhere|here) )?(?:should|must|deserve to|ought to|need to|"
    r"have the right to|has the right to|are entitled to|is entitled to)(?: (?:also|still|all|"
    r"always|just))? (?:(?:be (?:able|allowed|free|welcome) to|have the right to|have (?:the same|"
    r"equal) (?:rights|pay|access|protections?|opportunities|chances)|be treated (?:equally|fairly|"
    r"with (?:respect|dignity)|the same|like everyone else|as equals)|be (?:respected|protected|"
    r"included|heard|believed|safe|paid (?:fairly|equally|the same))|get (?:equal|the same|fair) "
    r"\w+|choose|decide|vote|marry|love)\b|(?:not|never) (?:be )?(?:fired|discriminated against|"
    r"harassed|attacked|punished|excluded|bullied|evicted|mistreated|treated differently|"
    r"persecuted|beaten|arrested|jailed|targeted|shamed|insulted|judged|denied (?:\w+ )?(?:for|"
    r"because)|turned away|kicked out for|afraid|scared|hiding)\b)",
    re.IGNORECASE,
)
_ES = re.compile(
    r"\s+(?:(?:tambien|todos|todas) )?(?:(?:deberian|deben|merecen|tienen (?:el )?derecho a|"
    r"necesitan)(?: tambien)? (?:poder (?:decidir|elegir|votar|casarse|trabajar|vivir)|tener "
    r"(?:los mismos|iguales) (?:derechos|salarios|oportunidades)|ser (?:tratad[oa]s (?:con "
    r"(?:respeto|dignidad)|igual|por igual|como (?:todos|cualquiera))|respetad[oa]s|"
    r"protegid[oa]s|escuchad[oa]s|incluid[oa]s|libres)|decidir|elegir|votar|casarse|amar)\b|"
    r"no (?:deberian|deben|merecen) (?:ser |estar )?(?:despedid|discriminad|acosad|atacad|"
    r"castigad|excluid|maltratad|perseguid|golpead|insultad|juzgad|desalojad|echad[oa]s por|"
    r"tener miedo|esconderse))"
)
_HOSTILE = frozenset("XDZSVKHWE")


def rights_stated(an: Analysis) -> list[int]:
    """Sentences that state a right or a protection for the group that opens them, in a
    comment with no hostile word."""
    if _HOSTILE.intersection(an.codes):
        return []
    text = an.norm.text
    pattern = _ES if an.lang == "es" else _EN
    found = []
    for base, codes in an.sentences:
        lead = len(codes) - len(codes.lstrip("A"))
        if lead >= len(codes) or codes[lead] != "G" or "B" in codes:
            continue
        u = an.units[base + lead]
        if pattern.match(text, u.end):
            found.append(u.sentence)
    return found
