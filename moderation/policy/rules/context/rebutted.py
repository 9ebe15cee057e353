"""A claim about a group the writer sets up only to knock down: denied in the same breath
("they think they are inferior, but they are not"), disbelief urged before it ("don't let
anyone tell you X are ..."), or a negated claim asked and rebutted ("X can't lead? Yes they
can.", "Tell that to Merkel.")."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.context.sentence_bounds import sentence_start

# ", but they are not." closing the clause right after the claim: the claim denied.
_DENIED_AFTER = re.compile(
    r"\s*[,;]?\s*(?:but|yet|pero|aunque|sin embargo)\s+(?:"
    r"(?:they|he|she|we|you)\s*(?:are|is|were|was|'re|'s)(?:\s+not|n'?t)"
    r"|(?:they|he|she|we|you) (?:aren'?t|isn'?t|weren'?t|wasn'?t)"
    r"|(?:that|it)(?:'s|\s+is|\s+was)\s+(?:not true|not the case|false|a lie|a myth|untrue)"
    r"|(?:eso |esto )?no (?:lo )?(?:son|es|somos|eran|era|fueron)(?: (?:asi|cierto|verdad))?"
    r"|(?:eso|esto) es (?:falso|mentira|un mito))"
    r"(?:\s+(?:at all|really|in fact|in reality|para nada|en absoluto|en realidad|de verdad))?"
    r"\s*(?:[.!;]|$)"
)


def denied_after(an: Analysis, last: int) -> bool:
    """The claim ends and the writer denies it at once: "..., but they are not.",
    "..., pero no lo son.", "..., but that's a myth." A "but they are not" followed by more
    words ("but they are not all bad") is a new claim and does not count."""
    return bool(_DENIED_AFTER.match(an.norm.text, an.units[last].end))


# An imperative not to believe or listen to those who say what follows.
_DISBELIEF_URGED = re.compile(
    r"\b(?:(?:don'?t|do not|never) (?:let (?:anyone|anybody|them|people|others|the \w+) "
    r"(?:tell|convince|persuade|fool) (?:you|u)|believe (?:anyone|anybody|those|people|them|"
    r"the \w+)(?: who (?:says?|tells? you|claims?))?|listen to (?:anyone|anybody|those|people|"
    r"them|the \w+)(?: who (?:says?|tells? you|claims?))?|buy (?:the lie|the myth|it when "
    r"(?:they|people) say)|fall for (?:the lie|the myth|the idea))"
    r"|no (?:dejes|dejen|permitas|permitan) que (?:nadie|nadie te|te|les) \w+"
    r"|no (?:te creas|se crean|creas|crean|escuches|escuchen) (?:a )?(?:nadie|quien|quienes|"
    r"los que|las que|la gente que|eso de)(?: (?:te |les )?(?:dice|dicen|diga|digan))?)"
    r"(?: that| que)?\s*$"
)


def disbelief_urged(an: Analysis, first: int) -> bool:
    """Right before the claim, in its sentence: "don't let anyone tell you", "no te creas a
    quien diga que": the reader warned against the claim."""
    text = an.norm.text
    start = an.units[first].start
    opened = sentence_start(text, start, ".!?;\n")
    return bool(_DISBELIEF_URGED.search(text, max(opened, start - 70), start))


_NEGATED = re.compile(r"\b(?:not|no|never|nunca|can'?t|cannot|won'?t|jamas)\b|n't\b")
# The next sentence contradicts a negated claim: "Yes they can.", "Tell that to Merkel.",
# "Claro que pueden.", "Sí deberían.", "Claro que sí.", "Díselo a Bachelet."
_REBUTTAL = re.compile(
    r"\s*(?:(?:yes|yeah|yep|of course|sure),?\s+(?:they|we|she|he|you|it|women|men)\s+"
    r"(?:can|could|do|did|are|were|will|have|has|is|should|would|deserve|may)\b"
    r"|(?:tell|say|explain) (?:that|it|this) to\b|try telling (?:that|it) to\b"
    r"|(?:si|claro que|claro que si|por supuesto que|por supuesto que si|pues si|pues claro que)"
    r"\s*,?\s+(?:pueden|podemos|puede|saben|sabemos|sabe|son|somos|es|tienen|tenemos|lo hacen|"
    r"lo hacemos|deben|deberian|debemos|merecen|merecemos|sirven|valen|hacen)\b"
    # the bare yes of Spanish, which affirms what the negated question denied
    r"|(?:claro que si|por supuesto que si|pues claro que si|claro que si que)\s*(?:[.!]|$)"
    r"|(?:diselo|diganselo|cuentaselo|cuentenselo|explicaselo)\s+a\b"
    r"|(?:dile|diles|cuentale|cuentales) (?:eso )?a\b)"
)


def negated_claim_rebutted(an: Analysis, first: int) -> bool:
    """A negated claim about a group asked as a question ("X can't lead?") and contradicted by
    the next sentence ("Yes they can.", "Tell that to Merkel."). Only a negated claim: "X are
    dangerous? Yes they are." agrees, and "tell that to the victims" would too."""
    s = an.units[first].sentence
    if not an.asked(s):
        return False
    units = [u for u in an.units if u.sentence == s]
    after = an.next_sentence(s)
    if not units or not any(u.sentence == after for u in an.units):
        return False
    text = an.norm.text
    if not _NEGATED.search(text, units[0].start, units[-1].end):
        return False
    return bool(_REBUTTAL.match(text, an.closed_at(s)))


# A claim put to the reader as their belief ("Do you really think X are ...?", "¿De verdad
# crees que los X son ...?") and answered in the next sentence by calling the group people
# like anyone ("They are people like us.", "Son personas como nosotros."): asked back to be
# refuted. Without the answer, or with an answer that agrees, the claim stands.
_ASKED_BACK = re.compile(
    r"(?:^|\b(?:but|so|and|y|pero|o sea)\s+)"
    r"(?:(?:do|does|did)\s+(?:you|u|they|people|anyone|he|she)\s+|(?:you|u)\s+)"
    r"(?:(?:really|honestly|seriously|actually|truly|still)\s+)?(?:think|believe|imagine|suppose)"
    r"(?:\s+that)?\s*$"
    r"|(?:^|\b(?:y|pero)\s+)(?:(?:de verdad|en serio|realmente|acaso)\s+)?"
    r"(?:crees|creen|cree|creeis|piensas|piensan|piensa)\s+(?:(?:de verdad|en serio|realmente)\s+)?"
    r"que\s*$"
)
_PEOPLE_LIKE_US = re.compile(
    r"\s*(?:(?:no|nope|of course not|claro que no)\s*[,.!]?\s*)?"
    r"(?:(?:they|these|those|we|most of them|most|many of them)(?:\s+are|\s*'re|\s+re)\s+"
    r"(?:(?:just|only|simply|ordinary|normal|regular|all|mostly|human)\s+)*"
    r"(?:people|persons|humans|human beings|human|neighbou?rs|families|parents|citizens|"
    r"like (?:us|you|me|everyone|anyone|the rest of us))\b"
    r"|(?:(?:ellos|ellas|la mayoria|casi todos|todos)\s+)?(?:son|somos)\s+"
    r"(?:(?:solo|simplemente|tambien)\s+)?(?:personas|gente|seres humanos|humanos|vecinos|"
    r"familias|como (?:nosotros|tu|usted|cualquiera|todos))\b)"
)
_HOSTILE = frozenset("XDZSVKHWE")


def asked_back_rebutted(an: Analysis, first: int) -> bool:
    """The question holding unit `first` opens by asking the reader whether they believe the
    claim, and the next sentence answers that the group are people like anyone (see above);
    the answer holds no hostile word ("They are people who ...")."""
    s = an.units[first].sentence
    if not an.asked(s):
        return False
    base = an.sentence_of(first)[0]
    text = an.norm.text
    if not _ASKED_BACK.search(text, an.units[base].start, an.units[first].start):
        return False
    after = an.next_sentence(s)
    answer = [u for u in an.units if u.sentence == after]
    if not answer or any(u.code in _HOSTILE for u in answer):
        return False
    return bool(_PEOPLE_LIKE_US.match(text, an.closed_at(s)))
