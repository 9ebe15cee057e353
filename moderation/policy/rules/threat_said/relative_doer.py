"""A wish whose act is the verb of a headless relative clause: "I wish death on anyone who
hurts immigrants", "I hope whoever hurts a refugee dies". The act is the wrongdoer's, its
object the victim; the wish falls on the wrongdoers, a class no one can be named into, as
"cartel members should be hanged" (`guards.CRIMINALS`). It is neither a threat to the group
named after the act nor one to an identifiable person."""

from __future__ import annotations

import re

# The relative's head, with nothing but an adverb between it and the act: "anyone who (ever)".
_HEADLESS_BEFORE_ACT = re.compile(
    r"\b(?:(?:anyone|anybody|everyone|everybody|someone|somebody|those|people|any(?: one| man|"
    r" person)|the ones?|the people|the (?:men|man|guys?|cowards?|thugs?|monsters?))\s+"
    r"(?:who|that)|whoever|whomever)\s+(?:\w+ly\s+|ever\s+|even\s+|would\s+|dares? to\s+)?$"
)


def act_of_relative_doer(text: str, before: int, act: int) -> bool:
    """The words from `before` to the act at `act` end in a headless relative ("anyone who",
    "whoever"): the act is that clause's verb, done by those the wish falls on."""
    return _HEADLESS_BEFORE_ACT.search(text, before, act) is not None


# The Spanish twin: the wish comes first and the headless relative after it ("ojalá se muera
# quien golpea a los migrantes", "que se muera el que maltrata a un niño"). Only a harm done to
# someone makes the relative's doers wrongdoers; "quien defiende a los migrantes" keeps its
# threat, as it names people for what they stand for.
_ES_RELATIVE_HARM = re.compile(
    r"\s+(?:quien(?:es)?|(?:todo |cualquiera )?(?:el|la|los|las) que|cualquiera que|"
    r"todos (?:los|las) que|aquel(?:la|los|las)? que)\s+"
    r"(?:(?:se atreva a|se atreve a|ose|osa|siquiera|alguna vez|ya)\s+)?"
    r"(?:(?:le|les|la|lo|los|las)\s+)?"
    r"(?:golpe|maltrat|mat[ae]n?\b|viol[ae]n?\b|abus[ae]n?\b|agred[ae]n?\b|atac[ae]n?\b|lastim|"
    r"tortur|secuestr|asesin|peg[ae]n?\b|pegue|explot[ae]n?\b|hac?(?:e|en|a|an) dano|"
    r"trafic[ae]n? con)"
)


def wish_on_relative_doer_es(text: str, end: int) -> bool:
    """The Spanish wish ending at `end` falls on the doers of a harm named in the headless
    relative that follows it: "ojalá se muera quien golpea a los migrantes"."""
    return _ES_RELATIVE_HARM.match(text, end) is not None
