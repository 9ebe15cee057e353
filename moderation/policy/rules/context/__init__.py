"""Context tests shared by the rules: negation, quotation, reporting frames, counter-speech.

These decide when words that look hateful are someone else's words being condemned, a
negated claim, or a report, which the policy protects. The entry points are `counter_speech`
and `suppressed` (`suppression`), which weigh the tests of the modules beside it: `negation`,
`report_frames` (with `treatment` and `vouching`), `quoting`, `claims`, `questions` and
`slogans`, `condemnation` (with `vice_named`), `said_after`, `another_cause` and
`endorsement`; `banter` reads play and praise, and `words` holds what they share.
"""

from __future__ import annotations

from moderation.policy.rules.context.another_cause import denied_for_another_cause, says_no_hate
from moderation.policy.rules.context.banter import (
    admiring_banter,
    kind_manner,
    laughs,
    playful_threat,
    praises,
)
from moderation.policy.rules.context.claims import (
    claim_denied,
    claim_vouched,
    labelled_false,
    labelled_next,
)
from moderation.policy.rules.context.condemnation import (
    CONDEMN_REACH,
    condemned_elsewhere,
    condemned_near,
    denied_then_refused,
    disgust_at_speakers,
    refuted_by_evidence,
)
from moderation.policy.rules.context.endorsement import endorsed, hedge_then_denial
from moderation.policy.rules.context.negation import (
    NEG_RAISE,
    WITHOUT_SAYING,
    neg_raised,
    negated_before,
    without_saying,
)
from moderation.policy.rules.context.questions import asked_if_hateful
from moderation.policy.rules.context.quoting import depicted_as, quoted_claim
from moderation.policy.rules.context.report_frames import (
    heard_saying,
    report_frame_before,
    said_before_speaker,
)
from moderation.policy.rules.context.said_after import (
    belief_then_regretted,
    dismissed_after,
    reported_after,
    speaker_named_after,
)
from moderation.policy.rules.context.slogans import slogan_answered
from moderation.policy.rules.context.suppression import counter_speech, suppressed
from moderation.policy.rules.context.vouching import naming_approved, naming_vouched
from moderation.policy.rules.context.words import (
    FRAME_REACH,
    all_quoted,
    asked_by_opener,
    is_question,
    next_in_sentence,
    quote_closes,
    units_in,
)

__all__ = [
    "CONDEMN_REACH",
    "FRAME_REACH",
    "NEG_RAISE",
    "WITHOUT_SAYING",
    "admiring_banter",
    "all_quoted",
    "asked_by_opener",
    "asked_if_hateful",
    "belief_then_regretted",
    "claim_denied",
    "claim_vouched",
    "condemned_elsewhere",
    "condemned_near",
    "counter_speech",
    "denied_for_another_cause",
    "denied_then_refused",
    "depicted_as",
    "disgust_at_speakers",
    "dismissed_after",
    "endorsed",
    "heard_saying",
    "hedge_then_denial",
    "is_question",
    "kind_manner",
    "labelled_false",
    "labelled_next",
    "laughs",
    "naming_approved",
    "naming_vouched",
    "neg_raised",
    "negated_before",
    "next_in_sentence",
    "playful_threat",
    "praises",
    "quote_closes",
    "quoted_claim",
    "refuted_by_evidence",
    "report_frame_before",
    "reported_after",
    "said_before_speaker",
    "says_no_hate",
    "slogan_answered",
    "speaker_named_after",
    "suppressed",
    "units_in",
    "without_saying",
]
