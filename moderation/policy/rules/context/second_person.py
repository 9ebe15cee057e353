"""The second person as regex alternatives, in English and Spanish: one definition for the
tests that ask whether someone here is spoken to. A test that means something narrower or
wider builds its own from these pieces and says why beside it."""

from __future__ import annotations

# The pronouns ("ur" is "your" and "you're" as typed; "u" is "you").
SECOND_PRONOUNS_EN = r"you|your|u|ur"
SECOND_PRONOUNS_ES = r"tu|tus|te|ti|usted|ustedes"
SECOND_PRONOUNS = rf"{SECOND_PRONOUNS_EN}|{SECOND_PRONOUNS_ES}"
# ... and the Spanish verbs that say "you are", which name the reader as a pronoun would.
SECOND_PERSON = rf"{SECOND_PRONOUNS}|eres|sos"
# Spanish alone, with the voseo pronoun and "contigo": a reader spoken to in Spanish.
SPOKEN_TO_ES = rf"{SECOND_PRONOUNS_ES}|eres|sos|vos|contigo"
# A handle. The normalised text folds "@" to "a" before a letter, so over that text this sees
# only handles that open with a digit or stand alone; the typed text shows them all.
HANDLE = r"@\w"
