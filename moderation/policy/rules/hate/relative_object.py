"""A group named as the object inside a relative clause is not the subject of what follows:
"Los policías que roban a los migrantes deben ir a la cárcel" jails the police. Spanish marks
the object with "a" ("que roban a los migrantes"); English word order already keeps "Cops who
rob migrants should go to jail" apart."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

_RELATIVES = frozenset({"que", "quienes", "quien", "cual", "cuales"})
# The Spanish object marker, alone or joined to its article as the analyser gives it ("a los").
OBJECT_MARKS = frozenset({"a", "al", "a los", "a las", "a la", "a el"})
# At most this many units between the relative pronoun and the object mark: the verb and a
# clitic or an adverb ("que siempre les roban a").
_SPAN = 4


def object_of_relative(an: Analysis, g: int) -> bool:
    """The group unit `g` follows "a"/"al" (alone or with its article, "a los"), and a relative
    pronoun opens the clause a few words before, in the same sentence, with a verb between."""
    if an.lang != "es":
        return False
    k, marked = g - 1, False
    while k >= 0 and not marked and (an.units[k].code == "A" or an.units[k].text in OBJECT_MARKS):
        marked = an.units[k].text in OBJECT_MARKS
        k -= 1
    if not marked:
        return False
    k += 1  # the unit that holds the mark
    sentence = an.units[g].sentence
    for j in range(k - 2, max(k - 2 - _SPAN, -1), -1):
        u = an.units[j]
        if u.sentence != sentence:
            return False
        if u.text in _RELATIVES:
            return True
    return False


# The writer's own sanction or protection aimed at whoever harms the group ("Voy a denunciar a
# quien agreda a los gays", "I'll report anyone who attacks Muslims"): the violent verb is the
# aggressor's, inside a relative clause the sanction's object opens.
_SANCTION_BEFORE = re.compile(
    r"\b(?:denunci\w*|report\w*|castig\w*|deten\w*|arrest\w*|punish\w*|proteg\w*|protect\w*|"
    r"defend\w*|stop|confront\w*|enfrent\w*|ban|expuls\w*|mult\w*|encarcel\w*|demand\w*|sue|"
    r"call the (?:police|cops) on|film\w*|grabar\w*|exhib\w*|expose)\s+(?:a\s+|al\s+)?"
    r"(?:cualquiera que|quien(?:es)?|l[oa]s que|el que|la que|anyone who|anybody who|"
    r"whoever|those who|people who|everyone who)\s*$"
)


def aggressor_sanctioned(an: Analysis, v: int) -> bool:
    """The violent unit `v` opens a relative clause ("quien", "anyone who") that is the object
    of a sanction or a protection ("denunciar", "report") in the same sentence."""
    first = an.units[an.sentence_of(v)[0]]
    return bool(_SANCTION_BEFORE.search(an.norm.text[first.start : an.units[v].start]))


# A headless relative opening the sentence makes the violent verb the aggressors' and the
# group its object: "Los que golpean a los migrantes son unos cobardes" speaks of the
# attackers ("Those who beat up X are cowards" keeps them apart by word order).
_AGGRESSOR_SUBJECT = re.compile(
    r"^\W*(?:(?:y|pero|porque|todos|todas)\s+)?(?:l[oa]s que|el que|la que|quien(?:es)?|"
    r"aquell[oa]s que|cualquiera que)\s*$"
)

# ... unless the rest of the sentence praises them ("merecen una medalla", "son héroes").
_PRAISED = re.compile(
    r"\b(?:medallas?|premios?|aplausos?|heroes|hacen? bien|tienen? razon|bien hecho|gracias|"
    r"bravo|ole|valientes|patriotas|mis respetos|se lo merecian|se lo merecen)\b"
)


def aggressor_subject(an: Analysis, v: int, g: int) -> bool:
    """The violent unit `v` opens a headless relative ("los que", "quien") at the start of
    its sentence, and the group unit `g` after it is the clause's object (marked by "a")."""
    units = an.units
    if an.lang != "es" or not v < g <= v + _SPAN or units[g].sentence != units[v].sentence:
        return False
    if not any(units[k].text in OBJECT_MARKS for k in range(v + 1, g)):
        return False
    sentence = an.sentence_run(v)
    if not _AGGRESSOR_SUBJECT.match(an.norm.text[sentence[0].start : units[v].start]):
        return False
    return not _PRAISED.search(an.norm.text[units[g].end : sentence[-1].end])
