"""A Spanish bigotry label the writer fends off in advance ("me van a llamar racista, pero ...",
"dirán que soy racista", "que me llamen xenófobo si quieren"): like English "call me racist,
but", it defends the line near it and condemns none of it. The one home of the Spanish
fending-off phrases (`FENDING_ES`): `label_fended_off_es` reads them right before a label
unit, `hate_everyday.counter_speech` reads them a few words before a label in the text, and
`fended_spans` finds them with their label in running words (the Spanish shape rules' report
check, `hate_es_traits`, `hate_shapes`)."""

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
# llaman", "te tachan de", "os tildan de"), and wished or shrugged at ("que me llamen",
# "aunque me digan").
_LABELLING_NOW = r"(?:llaman|llamais|dicen|tachan de|tildan de|acusan de)"
_LABELLING_WISHED = r"(?:llamen|digan|tachen de|tilden de|acusen de)"

# What puts the label on the writer or the reader for saying the line, just before the label:
# the name to come ("me van a llamar", "me dirán", "dirán que soy", "ya sé que suena", "te van
# a tachar de"), wished or shrugged at ("que me llamen", "aunque me digan", "llámenme"), given
# now or before ("luego te dicen", "me llamaron"), feared ("por miedo a que me llamen"), or
# others' overreaction waved off ("y el que se queja es", "no me vengan con que es", "llorar").
# A third person ("le dijeron racista") is someone else's quarrel, so not here. Both readers
# share it: `label_fended_off_es` right before a label unit, `hate_everyday.counter_speech` (as
# `OWN_DENIAL_ES`) a few words before a label anywhere in the text.
FENDING_ES = (
    r"\b(?:me|nos|te) (?:van a|vayan a|iran a|pueden|podran) (?:llamar|decir|tachar de|"
    r"acusar de)|"
    r"\b(?:me|nos|te) (?:llamaran|diran|tacharan de|acusaran de|llamaron|dijeron|tacharon de|"
    rf"acusaron de|{_LABELLING_WISHED})|"
    rf"\b(?:me|te|nos|os|uno) {_LABELLING_NOW}|"
    r"\b(?:llamenme|diganme|tachenme de|llamame|dime)|"
    r"\b(?:diran|van a decir|diras|vas a decir|pensaran|van a pensar) que "
    r"(?:soy|somos|eres|es|esto es|eso es|sea|suena)|"
    r"\b(?:ya )?se que (?:esto |eso )?(?:suena|sonara|parece|parecera|me hace ver)|"
    r"\b(?:ser|sere|seremos|seras) (?:llamad|tachad|acusad)[oa]s? de|"
    # the writer as "uno": "porque uno es xenófobo", "no es que uno sea racista"
    r"\buno (?:ya )?(?:es|sea|seria|queda como|pasa por)|"
    # the label denied before the reason the writer gives ("no es que yo sea racista, es que")
    r"\bno es que (?:yo )?(?:sea|seamos)|"
    # the writer's own "I'm not racist" ("no soy racista, nada más quiero ..."), as the
    # English "I'm not racist" is read as a negated label
    r"\b(?:yo )?no (?:soy|somos)(?: nada| ningun| ninguna)?|"
    r"\buno\b[^.;]{0,40}? le (?:dicen|llaman|tachan de|tildan de|acusan de)|"
    r"\bel que se queja es|\bno me (?:vengan|salgan) con que(?: eso)? es|\bno me hablen de|"
    # whoever would say it dared ("y el que diga que soy racista, que vaya a vivir con ellos")
    r"\b(?:el|la) que (?:diga|dice|piense|crea) que (?:soy|somos|es)|"
    r"\bllorar"
)
FENDED_BEFORE_ES = re.compile(rf"(?:{FENDING_ES}) (?:un |una |de )?$")
# The same phrases as `hate_everyday.counter_speech` reads them (the caller adds the gap and
# the labels).
OWN_DENIAL_ES = FENDING_ES
# A fended-off label in running folded text ("luego te dicen racista", "que me llamen
# xenofobo"): the phrase and the label it fends off.
FENDED_LABEL_ES = re.compile(rf"(?:{FENDING_ES}) (?:un |una |de )?{LABELS_ES.pattern}\b")


def fended_spans(words: str) -> list[tuple[int, int]]:
    """The spans of `FENDED_LABEL_ES` in folded `words`: a report verb inside one ("te
    dicen", "que me llamen") puts a label on the writer and reports no line."""
    if not any(needle in words for needle in _LABEL_NEEDLES):
        return []
    return [m.span() for m in FENDED_LABEL_ES.finditer(words)]


# A string each label of `LABELS_ES` holds: without one, no label is fended off.
_LABEL_NEEDLES = ("racis", "xenofob", "homofob", "transfob", "machis", "clasis", "intoleran",
                  "islamofob", "antisemit")  # fmt: skip


def label_fended_off_es(an: Analysis, k: int) -> bool:
    """The Spanish bigotry label at unit k follows `FENDED_BEFORE_ES` in its clause, or asks
    whether noticing is bigotry (`_ASKED_BEFORE`, `_NOTICING_AFTER`)."""
    u = an.units[k]
    if not LABELS_ES.fullmatch(u.text):
        return False
    text = an.norm.text
    before = text[max(0, u.start - 50) : u.start]
    if _ASKED_BEFORE.search(before) and _NOTICING_AFTER.match(text, u.end):
        return True  # "¿Es racismo notar algo que todos ven?": the label asked away
    return FENDED_BEFORE_ES.search(before) is not None


# "¿Es racismo notar ...?", "¿ahora es racismo decir la verdad?": whether seeing is bigotry,
# asked so that the answer is no ("¿No es racismo decir que ...?" asks the opposite).
_ASKED_BEFORE = re.compile(
    r"(?:^|[¿,;:.!?] ?|\by |\bpor que |\bdesde cuando )(?:ahora )?(?:es|seria|sera) $"
)
_NOTICING_AFTER = re.compile(
    r" (?:notar|ver|senalar|observar|darse cuenta|decir la verdad|decir lo que (?:todos|todo "
    r"mundo) (?:ve|ven|sabe|sabemos|saben)|preguntar)\b"
)
