"""`troll.paid_jibe`: a reader or the author sneered at as paid to write ("who pays you to
write this?", "does anyone actually pay you for this?", "do you get paid per panic?", "¿quién
te paga, autor?", "¿te pagan por palabra o por mentira?", "bot pagado", "seguro cobras por
escribir"). The money is the insult: the writer is said to have no view of their own. Who pays
for a bridge, a wall or the teachers is a question about policy and passes, and so does an
official or a party called bought ("the senator is paid by the oil lobby"): harsh opinion of
public conduct is protected."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context.second_person import HANDLE, SECOND_PERSON
from moderation.policy.types import Category, Submission

_PAID = re.compile(
    # English: who pays you, does anyone pay you for this, paid per <anything>.
    r"\bwho(?:'s| is)? (?:pays?|paying|paid) (?:you|u|y'?all|the author|this author|the writer|"
    r"this writer|this blog)\b(?! (?:back|a visit|a compliment|attention))|"
    r"\b(?:does|do|did|would) (?:anybody|anyone|someone|somebody|they|people) (?:actually |"
    r"really |still |seriously )?pay (?:you|u|him|her|this author|the author) (?:for|to)\b|"
    r"\b(?:do|does|did) (?:you|u|the author|the writer|this author) get paid (?:per|by the) \w+|"
    r"\bget(?:s|ting)? paid (?:per|by the) (?:panic|tear|lie|typo|cliche|meltdown|outrage|"
    r"word|tantrum|sob story)\b|"
    r"\b(?:a |an |another |obviously a |clearly a |just a )?paid (?:shill|troll|bot|account|"
    r"stooge|hack|pr (?:flack|hack)|mouthpiece|sock ?puppet)s?\b|"
    # Spanish: quién te paga, alguien te paga por, te/le pagan por palabra o por X.
    r"\bquien (?:te|les) paga\b(?! (?:la|el|los|las|tu|tus|su|sus)\b)(?! a (?!ustedes))|"
    r"\bquien le paga (?:al autor|a la autora|a este|a esta|a ese|a esa|por|pa|para)\b|"
    r"\b(?:alguien|de verdad) (?:te|le|les) paga(?:n)? (?:por|pa|para) (?:escribir|comentar|"
    r"opinar|esto|decir|joder|defender)\b|"
    r"\b(?:te|le|les) paga(?:n|ban|ran)? por (?:palabra|linea|renglon|comentario|tonteria|"
    r"mentira|lagrima|joder|trollear)\b|"
    r"\b(?:bots?|trolls?|cuentas?|aplaudidor(?:es|as)?|comentaristas?|acarreados?) pagad[oa]s?\b|"
    r"\bseguro (?:es|eres|estas|esta|son|estan) pagad[oa]s?\b|"
    r"\b(?:seguro|se nota que) (?:cobras|cobra|cobran) (?:por|para) (?:escribir|comentar|"
    r"opinar|defender)\b"
)  # fmt: skip
# The paid party is an official, a party or a government: opinion on public conduct.
_PUBLIC = re.compile(
    r"\b(?:senator|senador\w*|governor|gobernador\w*|mayor|alcalde\w*|president\w*|diputad\w*|"
    r"congress\w*|council\w*|regidor\w*|cabildo|gobierno|government|partido|party|campaign|"
    r"campana|lobby|cartel|candidat\w*|secretari\w*|sheriff|fiscal)\b"
)  # fmt: skip
# Someone in the thread is named or addressed.
_THREAD = re.compile(
    rf"{HANDLE}|\b(?:{SECOND_PERSON}|author|autor|autora|writer|columnist|"
    r"columnista|blog|comment|comments|comentario|comentarios|account|cuenta|commenter|"
    r"comentarista|regulars?|thread|hilo|usuari[oa]|cobras|estas|contesten|respondan|"
    r"hagan caso|ignore (?:him|her)|ignorenl[oa])\b"
)
# Quoted to be objected to: "calling people 'paid shills' is lazy".
_OBJECTED = re.compile(
    r"\b(?:calling|called|call|llamar|llame|decirle|acusar\w*|accus\w*)\b[^.!?]{0,25}$|"
    r"\b(?:not|never|isn'?t|wasn'?t|no soy|no es|no eres|no somos|nunca he sido)\W+"
    r"(?:an? |un |una )?$"
)

# The reader as the one paid, beside an official: a subject or object pronoun, or "you are".
# Narrower than `SECOND_PERSON` on purpose: a possessive names no one paid ("who pays the
# senator to write your laws?" is about the senator).
_PAID_READER = re.compile(r"\b(?:you|u|tu|te|eres|usted)\b")

# Supposed, not said: "If the columnist is a paid mouthpiece, show us the checks".
_SUPPOSED = re.compile(r"\b(?:if|whether|si|suppose|supongamos que)\b")


# Gated (`rule(needs=...)`): it finds nothing without a paid jibe, and most comments hold none
# (its search tried every position of every comment).
@rule("troll.paid_jibe", Category.TROLL, needs=(_PAID,))
def paid_jibe(an: Analysis, sub: Submission) -> list[Hit]:
    """The author or a reader called paid to write what they wrote."""
    text = an.norm.text
    for m in _PAID.finditer(text):
        s = max(text.rfind(".", 0, m.start()), text.rfind("?", 0, m.start()),
                text.rfind("!", 0, m.start())) + 1  # fmt: skip
        e = len(text)
        for c in ".?!":
            k = text.find(c, m.end())
            if k != -1:
                e = min(e, k)
        sentence = text[s:e]
        if _OBJECTED.search(text, s, m.start()) or _SUPPOSED.search(text, s, m.start()):
            continue
        if _PUBLIC.search(sentence) and not _PAID_READER.search(sentence):
            continue
        if not _THREAD.search(text) and not re.search(r"@\w|\?", sub.text):
            continue
        a, b = an.norm.span(m.start(), m.end())
        return [Hit("troll.paid_jibe", 0.65, ((a, b),), "a writer sneered at as paid")]
    return []
