"""How `hate_everyday` tells a line set apart from the writer's own voice: someone else's
belief held up, a question answered no, a condition after it, a quotation or a report, and a
comment that calls some line racist, false or a myth."""

from __future__ import annotations

import re
from collections.abc import Callable

from moderation.policy.analysis import Analysis
from moderation.policy.literal_gate import LiteralGate
from moderation.policy.rules.context import (
    all_quoted,
    claim_denied,
    endorsed,
    is_question,
    labelled_false,
    quoted_claim,
    report_frame_before,
    reported_after,
    slogan_answered,
)
from moderation.policy.rules.context.denials import OPENING_DENIALS
from moderation.policy.rules.context.label_fended_es import OWN_DENIAL_ES
from moderation.policy.rules.hate_everyday.masking import Masked
from moderation.policy.rules.refuting import REFUTING

# The answer that turns a question into the writer's denial ("Deport them all? No."): the
# plain `denials`, and two that only open a reply.
_NO_ANSWER = re.compile(rf"^(?:{'|'.join(sorted(OPENING_DENIALS))}|i don't think so|no creo)\b")


def answered_no(an: Analysis, s: int, n: int, sentence: Callable[[int], Masked]) -> bool:
    """Sentence `s` (of `n`) is a question the next sentence answers with a no."""
    nxt = an.next_sentence(s)
    return an.asked(s) and nxt < n and bool(_NO_ANSWER.match(sentence(nxt)[0]))


# A condition right after a shape ("X will never integrate if we keep them in camps").
CONDITION_AFTER = re.compile(
    r" (?:if|unless|until|as long as|while|without|so long as|si|mientras|sin|hasta que|"
    r"a menos que)\b"
)

# Some line called false, a myth or bigotry, or data set against it (`refuting`).
_REFUTED = re.compile(
    rf"\b(?:{REFUTING}|is not true|(?<!not a )(?<!no )lie|nonsense|(?<!no es )(?<!no son )mentira|"
    r"racist|racism|racista|racismo|bigot\w*|hateful|xenophob\w*|xenofob\w*|homophob\w*|"
    r"homofob\w*|dehumaniz\w*|deshumaniz\w*)\b"
)
# The writer's own denial, or a label fended off in advance ("I'm not racist", "call me a
# bigot", "without being called a racist", "for noticing"; the Spanish fending-off phrases
# are `label_fended_es`'s): no refutation of the line.
_OWN_DENIAL = re.compile(
    r"(?:\bnot|n't|\bno|\bnever|\bnunca|\bni|\bcall (?:me|us|them)|called (?:me|us|them)|"
    # "... without being called a racist", "tired of getting called a bigot": fended off
    r"\b(?:without|for|of) (?:being|getting) called|"
    r"calls? (?:it|that)|screaming|scream|cry|crying|yell|yelling|"
    rf"{OWN_DENIAL_ES})"
    r"(?: [^\s,;.]+){0,3}? (?:racist|racism|racista|racismo|bigot\w*|hateful|xenophob\w*|"
    r"xenofob\w*|homophob\w*|homofob\w*|transphob\w*|transfob\w*|antisemit\w*|hate|odio)\b|"
    r"\b(?:for|to) (?:not )?(?:notice|noticing|point|pointing|say|saying)\b"
)

# The strings one of which every `_REFUTED` match holds ("false", "racis", "data show"): most
# comments hold none, and the regex opens with a word boundary tried at every word.
_REFUTED_GATE = LiteralGate(_REFUTED)


# A document or a name called false ("con su nombre falso", "papeles falsos") is a thing said
# to be forged, no line of talk refuted.
_FORGED = re.compile(
    r"\b(?:nombre|nombres|identidad|documentos?|credencial|credenciales|pasaportes?|perfil|"
    r"perfiles|dni|papeles|actas?|titulos?|domicilio) (?:\w+ )?(?:falso|falsa)\b"
)


def condemns(an: Analysis) -> bool:
    """The comment calls some line racist, false or a myth, beyond the writer's own "I'm
    not racist", "call me a bigot" or "for noticing"."""
    text = an.norm.text
    if not _REFUTED_GATE.may_match(text):
        return False  # none of the strings one of which every match holds: nothing refuted
    refuted = [m.start() for m in _REFUTED.finditer(text)]
    if not refuted:  # most comments: the denials (the costlier search) need not be read
        return False
    denied = [m.span() for m in _OWN_DENIAL.finditer(text)]
    denied += [(m.end() - 6, m.end()) for m in _FORGED.finditer(text)]
    return any(not any(a <= start < b for a, b in denied) for start in refuted)


def set_apart(an: Analysis, first: int, last: int, *, sided: bool = False) -> bool:
    """The line is quoted, reported, or held up to be denied. (The context module's wider
    `counter_speech` also reads a bigotry label anywhere as condemnation, but these writers
    fend one off in advance: "I'll get banned for 'hate'", "call me a bigot".) A report the
    writer is `sided` with right after it ("..., y tiene toda la razón") is theirs."""
    return (
        all_quoted(an, first, last)
        or (quoted_claim(an, first, last) and not _agreed_alongside(an, first))
        or (not sided and (report_frame_before(an, first) or reported_after(an, last)))
        or claim_denied(an, first, last)
        or labelled_false(an, first, last)
        # "Deport them all? Most of them were born here.": the call echoed, then answered
        or (is_question(an, first) and slogan_answered(an, first))
    )


def _agreed_alongside(an: Analysis, first: int) -> bool:
    """The writer agrees with the quoted line after it in its own sentence ("When people talk
    about X 'bringing disease' they are right"): held up only to be owned. A hedge before it
    ("I'm just saying three deputies told me ...") opens a report instead."""
    sentence = an.units[first].sentence
    return any(
        k > first and an.units[k].sentence == sentence for k in an.by_class.get("endorse", ())
    ) and endorsed(an, first)
