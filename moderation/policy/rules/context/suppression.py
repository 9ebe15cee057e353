"""The entry points: `counter_speech` weighs this package's tests in order (the match quoted,
reported or condemned rather than asserted); `suppressed` adds negation, a recanted belief
and a hater described ("si odias a los X, ...").
"""

from __future__ import annotations

from moderation.policy.analysis import Analysis
from moderation.policy.rules.context.another_cause import denied_for_another_cause
from moderation.policy.rules.context.claims import (
    claim_denied,
    claim_vouched,
    labelled_false,
    labelled_next,
)
from moderation.policy.rules.context.condemnation import (
    condemned_near,
    denied_then_refused,
    disgust_at_speakers,
    refuted_by_evidence,
)
from moderation.policy.rules.context.endorsement import endorsed
from moderation.policy.rules.context.negation import negated_before, without_saying
from moderation.policy.rules.context.questions import (
    answered_no,
    answered_yes,
    asked_if_hateful,
    echo_question,
)
from moderation.policy.rules.context.quoting import depicted_as, quoted_claim
from moderation.policy.rules.context.rebutted import (
    asked_back_rebutted,
    denied_after,
    disbelief_urged,
    negated_claim_rebutted,
)
from moderation.policy.rules.context.reductio import mocked_by_reductio
from moderation.policy.rules.context.report_frames import report_frame_before
from moderation.policy.rules.context.said_after import (
    belief_then_regretted,
    dismissed_after,
    reported_after,
)
from moderation.policy.rules.context.slogans import slogan_answered
from moderation.policy.rules.context.treatment import treatment_ordered_within
from moderation.policy.rules.context.words import all_quoted, is_question, negated_unit, quoted_in
from moderation.policy.rules.recanted import recanted


def counter_speech(an: Analysis, first: int, last: int) -> bool:
    """True when the match is quoted, reported or condemned rather than asserted."""
    if claim_denied(an, first, last):
        return True  # "la idea de que ... no es cierta": held up to be denied
    if denied_after(an, last) or disbelief_urged(an, first):
        return True  # "..., but they are not.", "don't let anyone tell you ...": knocked down
    if mocked_by_reductio(an, first, last):
        return True  # "..., tienen la culpa. Seguro también del granizo": the charge mocked
    if negated_claim_rebutted(an, first) or asked_back_rebutted(an, first):
        return True  # "X can't lead? Yes they can.", "Do you think X are ...? They are
        # people like us.": rebutted
    if labelled_false(an, first, last) or labelled_next(an, last, quoted_in(an, first, last)):
        return True  # "X is the dual loyalty trope": said in the same breath, it outweighs
        # agreement elsewhere ("@Y tiene razón en señalarlo")
    if claim_vouched(an, first):
        return False  # "eso de que ... no es falso": a double denial vouches for the claim
    if endorsed(an, first):
        return False
    asked = asked_if_hateful(an, first)
    if asked is not None:
        # "Is it racist to say that X are ...?": the writer's view, unless answered "yes" or
        # condemned in other words than the frame's own
        return answered_yes(an, first) or any(
            k != asked and not (first <= k <= last) and not negated_unit(an, an.units[k])
            for k in an.by_class.get("condemn", ())
        )
    if depicted_as(an, first, last):
        return True
    if all_quoted(an, first, last):
        return True
    if quoted_claim(an, first, last):
        return True
    if (report_frame_before(an, first) and not treatment_ordered_within(an, first, last)) or (
        reported_after(an, last)
    ):
        return True
    if without_saying(an, an.units[first].start):
        return True  # "debatirlo sin tratar a los X como ratas": the depiction refused
    if denied_then_refused(an, first, last):
        return True  # "X are not Y, stop saying that": the words denied, then refused
    if dismissed_after(an, last):
        return True  # "..., decía mi abuelo, qué tontería": someone's words, then rejected
    if belief_then_regretted(an, first, last):
        return True  # "mi abuela decía que los X ..., y qué vergüenza me da ahora"
    if is_question(an, first) and (
        answered_no(an, first) or echo_question(an, first) or slogan_answered(an, first)
    ):
        return True
    if disgust_at_speakers(an, first):
        return True
    if refuted_by_evidence(an, last):
        return True  # "... immigrants bring crime. The county's own numbers say the opposite."
    return condemned_near(an, first, last)


# "Si odias a los X, ...", "Quien odia a los X ...": the group is the object of a hater the
# sentence describes, and what follows is said of that hater.
_HATER_OPENERS = frozenset(
    {"si", "quien", "quienes", "el que", "la que", "los que", "las que", "la gente que",
     "cualquiera que", "todo el que", "aquel que", "aquellos que"}
)  # fmt: skip


_WRITER_HATES = ("odio", "detesto", "desprecio", "aborrezco", "no soporto", "no aguanto")


def _hater_described(an: Analysis, first: int, last: int) -> bool:
    if an.lang != "es":
        return False
    sentence = an.units[first].sentence
    gs = [k for k in range(first, last + 1) if an.units[k].code == "G"]
    if not gs:
        before = (k for k in range(first - 1, -1, -1) if an.units[k].sentence == sentence)
        gs = [next((k for k in before if an.units[k].code == "G"), -1)]
    g = gs[0]
    if g < 0 or any(
        an.units[k].code == "C" and an.units[k].text.startswith(("son", "eran", "seran", "sean"))
        for k in range(first, last + 1)
    ):
        return False  # "..., son unos X": a plural verb is said of the group, not the hater
    for k in range(g - 1, max(-1, g - 4), -1):
        u = an.units[k]
        if u.sentence != sentence:
            return False
        if u.code == "H":
            if u.text.split()[0] in _WRITER_HATES or u.text.startswith(_WRITER_HATES) or k == 0:
                return False
            prev = an.units[k - 1]
            return prev.sentence == sentence and prev.text in _HATER_OPENERS
        if u.code not in ("A", "w"):
            return False
    return False


def suppressed(an: Analysis, first: int, last: int, *, allow_negation: bool = False) -> bool:
    if not allow_negation and negated_before(an, first):
        return True
    if _hater_described(an, first, last):
        return True
    if recanted(an, first, last):
        return True  # "I used to think X were ... until I met", "no porque ellos sean ..."
    if counter_speech(an, first, last):
        return True
    return denied_for_another_cause(an, first, last)
