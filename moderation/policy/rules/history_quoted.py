"""A hateful call put after it in the mouth of history's perpetrators ("A esos hay que colgarlos,
decían los nazis de los judíos, y así empezó todo", "..., as the Klan used to say, and we know
how that ended"): a report of what they said, which `context.dismissed_after` counts as
counter-speech. Agreed with ("..., y tenían razón") or borrowed as the writer's own ("como
decían los nazis" with nothing told after it) it stays the writer's call."""

from __future__ import annotations

import re

# Perpetrators of persecution, by the name history gives them.
_PERPETRATORS = (
    r"(?:(?:los|las|the)\s+)?(?:nazis|nazi|ss|gestapo|klan|kkk|klansmen|fascistas|fascists|"
    r"franquistas|falangistas|inquisidores|the\s+inquisition|la\s+inquisicion|esclavistas|"
    r"slavers|slaveholders|slave\s+owners|confederates|segregationists|segregacionistas|"
    r"hutus|interahamwe|jemeres\s+rojos|khmer\s+rouge|genocidas|the\s+genocidaires|"
    r"los\s+de\s+la\s+triple\s+a|la\s+triple\s+a|escuadrones\s+de\s+la\s+muerte|"
    r"death\s+squads|lynch\s+mobs?|the\s+mob)"
)
# Their words told in the past, after a comma: "decían los nazis", "gritaban los del Klan",
# "as the Klan used to say", "the Nazis said".
_TOLD = re.compile(
    r"^[^.!?;]*?[,:]\s*(?P<as>(?:como|as)\s+)?(?:"
    r"(?:decian|decia|dijeron|dijo|gritaban|gritaron|coreaban|escribian|predicaban|repetian|"
    r"proclamaban|pensaban)\s+"
    + _PERPETRATORS
    + r"|"
    + _PERPETRATORS
    + r"\s+(?:used\s+to\s+say|would\s+say|said|says|chanted|shouted|wrote|preached|"
    r"proclaimed|believed|thought))\b"
)
# The writer siding with them after it ("y tenían razón", "and they were right").
_BACKED = re.compile(
    r"\b(?:tenian razon|tenia razon|no se equivocaban|no estaban equivocados|y con razon|"
    r"(?:they|he)(?:'re| are| were| was) (?:right|not wrong|correct)|had (?:a point|it right)|"
    r"had the right idea|y yo (?:tambien|igual)|and so do i|i agree|estoy de acuerdo)\b"
)
# What history made of the words, told after them ("y así empezó todo", "and we know how that
# ended", "y terminó en genocidio"): the writer reports, rather than borrows, the call.
_CONSEQUENCE = re.compile(
    r"\b(?:asi (?:empezo|comenzo|acabo|termino)|y ya sabemos como (?:acabo|termino)|"
    r"termino en|acabo en|empezo todo|comenzo todo|(?:and )?(?:we all know|we know|everyone "
    r"knows) how (?:that|it) (?:ended|went|turned out)|that'?s how it (?:started|began)|"
    r"and (?:it|that) ended in|genocidio|genocide|holocausto|holocaust|exterminio|"
    r"extermination|millones de muertos|millions (?:died|dead))\b"
)


def told_as_history(rest: str) -> bool:
    """`rest` (the normalised text after the matched words) names a perpetrator of history as
    their speaker, after a comma and in the past, with no agreement of the writer's after; a
    call borrowed with "como"/"as" counts only when what came of it is told."""
    m = _TOLD.match(rest)
    if m is None or _BACKED.search(rest, m.end()):
        return False
    return not m.group("as") or _CONSEQUENCE.search(rest, m.end()) is not None
