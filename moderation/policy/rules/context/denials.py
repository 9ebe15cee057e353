"""Replies that deny a question outright: "No.", "Not at all.", "Para nada.", "I doubt it".
One list for the readers that take a question answered no as the writer's denial
(`context.questions`, `hate_everyday.counter_speech`), read as whole unit words, which are
accent-folded ("qué va" is read as "que va").
"""

from __future__ import annotations

# The plain denials a reply opens with, also read as a regex's alternatives
# (`hate_everyday.counter_speech`): "Deport them all? No.", "... Of course not."
OPENING_DENIALS = frozenset(
    {"no", "nope", "not really", "of course not", "hell no", "absolutely not", "obviously not",
     "i do not think so", "claro que no", "por supuesto que no", "para nada"}
)  # fmt: skip
# Every denial a whole reply may open with.
DENIALS = OPENING_DENIALS | frozenset(
    {"nah", "not at all", "certainly not", "definitely not", "no way",
     "not in the slightest", "not even close", "far from it", "not one bit",
     "nada de eso", "desde luego que no",
     "en absoluto", "de ninguna manera", "ni de broma", "ni mucho menos", "obvio que no",
     "ni de lejos", "que va", "i doubt it", "i doubt that",
     "i very much doubt it", "lo dudo", "no lo creo"}
)  # fmt: skip
