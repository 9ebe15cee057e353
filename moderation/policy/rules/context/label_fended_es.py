"""A Spanish bigotry label the writer fends off in advance ("me van a llamar racista, pero ...",
"dirán que soy racista", "que me llamen xenófobo si quieren"): like English "call me racist,
but", it defends the line near it and condemns none of it. The one home of the Spanish
fending-off phrases: `label_fended_off_es` reads them right before a label unit, and
`hate_everyday.counter_speech` reads `OWN_DENIAL_ES` a few words before a label in the text."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

# The Spanish labels of a bigotry (folded), with their feminine and plural forms.
LABELS_ES = re.compile(
    r"(?:racist[ao]s?|racismo|xenofob[ao]s?|xenofobia|homofob[ao]s?|homofobia|transfob[ao]s?|"
    r"transfobia|machistas?|machismo|clasistas?|intolerantes?|islamofob[ao]s?|islamofobia|"
    r"antisemitas?|antisemitismo)"
)
# Others putting the label on the writer or the reader as it is told now ("te dicen", "nos
# llaman", "te tachan de"), and wished or shrugged at ("que me llamen", "aunque me digan"):
# the phrases both readers share.
_LABELLING_NOW = r"(?:llaman|dicen|tachan de|acusan de)"
_LABELLING_WISHED = r"(?:llamen|digan)"

# What puts the label on the writer or the reader for saying the line, before the label: the
# name to come ("me van a llamar", "me dirán", "dirán que soy", "te van a tachar de"), wished
# or shrugged at ("que me llamen", "aunque me digan", "llámenme"), or feared ("por miedo a que
# me llamen"). A third person ("le dijeron racista") is someone else's quarrel, so not here.
FENDED_BEFORE_ES = re.compile(
    r"(?:\b(?:me|nos|te) (?:van a|vayan a|iran a|pueden|podran) (?:llamar|decir|tachar de|"
    r"acusar de)|"
    r"\b(?:me|nos|te) (?:llamaran|diran|tacharan de|acusaran de|"
    rf"{_LABELLING_WISHED}|tachen de|acusen de|llamaron|dijeron|tacharon de|acusaron de|"
    rf"{_LABELLING_NOW})|"
    r"\b(?:llamenme|diganme|tachenme de|llamame|dime)|"
    r"\b(?:diran|van a decir|diras|vas a decir|pensaran|van a pensar) que "
    r"(?:soy|somos|eres|es|esto es|eso es|sea|suena)|"
    r"\b(?:ya )?se que (?:esto |eso )?(?:suena|sonara|parece|parecera|me hace ver)|"
    r"\b(?:ser|sere|seremos|seras) (?:llamad|tachad|acusad)[oa]s? de|"
    # the writer as "uno": "porque uno es xenófobo", "cuando uno se queja le dicen racista"
    r"\buno (?:ya )?(?:es|seria|queda como|pasa por)|"
    r"\buno\b[^.;]{0,40}? le (?:dicen|llaman|tachan de|tildan de|acusan de))"
    r" (?:un |una |de )?$"
)

# The same fending-off as `hate_everyday.counter_speech` reads it, a few words before a label
# anywhere in the text (the caller adds the gap and the labels): the label wished on the writer
# ("que me llamen"), or others' overreaction fended off in advance ("luego te dicen racista",
# "y el que se queja es racista", "no me vengan con que es racismo", "llorar racismo").
OWN_DENIAL_ES = (
    rf"me {_LABELLING_WISHED}|"
    rf"\b(?:te|nos|os|uno) (?:{_LABELLING_NOW}|llamais|tildan de)|"
    # the writer as "uno" ("no se puede decir nada porque uno es xenófobo", "cuando uno se
    # queja le dicen racista")
    r"\buno (?:ya )?(?:es|seria|queda como|pasa por)|"
    r"\buno\b[^.;]{0,40}? le (?:dicen|llaman|tachan de|tildan de|acusan de)|"
    r"\bel que se queja es|\bno me (?:vengan|salgan) con que(?: eso)? es|\bno me hablen de|"
    r"\bllorar"
)


def label_fended_off_es(an: Analysis, k: int) -> bool:
    """The Spanish bigotry label at unit k follows `FENDED_BEFORE_ES` in its clause."""
    u = an.units[k]
    if not LABELS_ES.fullmatch(u.text):
        return False
    before = an.norm.text[max(0, u.start - 50) : u.start]
    return FENDED_BEFORE_ES.search(before) is not None
