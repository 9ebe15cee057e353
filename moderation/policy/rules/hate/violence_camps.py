"""`hate.violence`: a group sent, put or locked away in camps, as a call ("Send the X to the
camps", "No, put them in camps", "Hay que meterlos en campos de concentración")."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit
from moderation.policy.rules.context import is_question, suppressed
from moderation.policy.rules.hate.guards import _hit, plural_group
from moderation.policy.rules.hate.words import STRONG

# Where a call opens: a clause's start, a modal of the call, "let's", "just"; then a verb of
# sending or confining, up to four words of target, and the camps. In English a camp must end
# the clause or be one of confinement ("send them to the camps in Jordan where UNHCR ..." is
# aid); in Spanish "campos" alone are fields, so the kind of camp is named.
_OPENS = (
    r"(?:^|[.?,;:\u00a1\u00bf!]\s*|\b(?:just|and|then|so|please|should|must|need to|needs to|"
    r"have to|gotta|ought to|let'?s|time to|we'?ll|i'?d|hay que|habria que|tenemos que|deberian|"
    r"deberiamos|hay q|y|pues|ya)\s+)"
)
_CAMPS_EN = re.compile(
    _OPENS + r"(?P<v>send|ship|put|lock|throw|toss|herd|pack|cram|haul|drag|round up|"
    r"intern|keep)\s+(?P<mid>(?:[\w']+\s+){1,4}?)(?:(?:up|off|away|back|all)\s+)?"
    r"(?:to|in|into|inside|back to|back in)\s+(?:the\s+|a\s+|some\s+)?"
    r"(?:(?P<kind>concentration|internment|detention|labou?r|death|work|re-?education|"
    r"extermination|prison)\s+)?(?P<camp>camps?|gulags?|ghettos?)\b"
    r"(?P<end>\s*(?:$|[.!?;,]|\s(?:where they belong|and throw away the key|for good|"
    r"like in \d+|like (?:the )?(?:nazis|germans) did|like before|again)\b))?"
)
_CAMPS_ES = re.compile(
    _OPENS + r"(?P<v>(?:mand|envi|mete|meta|meti|encierr|encerr|llev)\w*)\s+"
    r"(?P<mid>(?:[\w']+\s+){0,4}?)(?:a|en)\s+(?:los\s+|unos\s+|el\s+|un\s+)?"
    r"(?P<camp>(?:campos?|campamentos?) de (?:concentracion|trabajo(?: forzado)?|exterminio|"
    r"internamiento|detencion|reeducacion)|guetos?|ghettos?)\b(?P<end>)"
)
_NEGATED = re.compile(
    r"\b(?:not|never|no one|nobody|don'?t|doesn'?t|shouldn'?t|won'?t|can'?t|nunca|jamas|nadie|"
    r"no)\b"
)
_CLITIC_END = re.compile(r"(?:los|las)$")


def sent_to_camps(an: Analysis) -> list[Hit]:
    """A call to send a group to camps: the group (or "them", a clitic for it) between the verb
    and the camps, the call not negated in its clause, not an echo question ("Send them to
    the camps? That is what they did in 1942") and not quoted or condemned."""
    text = an.norm.text
    if "camp" not in text and "guet" not in text and "ghet" not in text:
        return []
    rx = _CAMPS_ES if an.lang == "es" else _CAMPS_EN
    for m in rx.finditer(text):
        if an.lang != "es" and m.group("kind") is None and m.group("end") is None:
            continue  # "to the camps in Jordan where they get food": a place of aid
        v = an.unit_at(m.start("v"))
        last = max((u.index for u in an.units if u.start < m.end("camp")), default=None)
        if v is None or last is None or an.units[last].sentence != an.units[v].sentence:
            continue
        group = next(
            (
                k
                for k in range(v, last)
                if an.units[k].code == "G" and (plural_group(an.units[k]) or an.units[k].has("T"))
            ),
            None,
        )
        if group is None and _CLITIC_END.search(m.group("v")):
            group = _named_before(an, v)  # "mándenlos a campos de concentración"
        if group is None:
            continue
        base = an.sentence_of(v)[0]
        clause = max(text.rfind(c, an.units[base].start, m.start("v")) for c in ",;:") + 1
        if _NEGATED.search(text, max(clause, an.units[base].start), m.start("v")):
            continue  # "we should never send them to camps"
        if is_question(an, v) and v == base:
            continue  # an echo of the call, asked to answer it
        lo, hi = (min(v, group), last) if group > v else (v, last)  # a clitic: from the verb
        if suppressed(an, lo, hi, allow_negation=True):
            continue  # quoted, reported, condemned
        return [_hit(an, "hate.violence", STRONG, lo, hi, "a group sent to camps")]
    return []


def _named_before(an: Analysis, k: int) -> int | None:
    """The plural group a clitic stands for: the last one named in its sentence or the one
    before ("¿Mandar a los X a casa? No, mándenlos a ...")."""
    sentence = an.units[k].sentence
    for j in range(k - 1, -1, -1):
        u = an.units[j]
        if u.sentence < sentence - 1:
            return None
        if u.code == "G" and u.has("G") and plural_group(u):
            return j
    return None
