"""Read a comment once for all rules: normalised text, language, words, lexicon units, sentences.

A *unit* is the longest lexicon phrase (or an unknown word) at a position, with its classes and
one code letter; rules match patterns over the string of codes, so a pattern like "group,
copula, insult" is one small regex over a few dozen letters instead of a pass over the text.
`analyse` (read.py) is the entry; the modules beside it hold its steps, one concern each.
"""

from moderation.policy.analysis.canonical_words import canonical
from moderation.policy.analysis.group_words import CRIMINAL_BODIES
from moderation.policy.analysis.language import detect_language
from moderation.policy.analysis.lexicon_reads import any_stopwords
from moderation.policy.analysis.pronouns import group_named_before
from moderation.policy.analysis.read import analyse
from moderation.policy.analysis.rivals import acted_on_by_others, rival_subject
from moderation.policy.analysis.units import Analysis, Unit

__all__ = [
    "CRIMINAL_BODIES",
    "Analysis",
    "Unit",
    "acted_on_by_others",
    "analyse",
    "any_stopwords",
    "canonical",
    "detect_language",
    "group_named_before",
    "rival_subject",
]
