"""Filter evasion by spelling (our own sentences, English and Spanish): a slur or strong insult
glued to the words around it, two words of a hateful phrase typed without the space between
them, and a long term's first letter dropped or swapped are read through, with the evidence
pointing at the text as typed; derived words, names, places, real words one slip from a term
and counter-speech that quotes a glued slur pass."""

import pytest

from moderation.policy import Submission, screen
from moderation.policy.analysis import canonical
from moderation.policy.analysis.segment import _segment
from moderation.policy.lexicon import load

from .expect import assert_category_action

# (text, lang, rule, the words as typed that the evidence must cover)
HITS = [
    # a slur glued to one or two ordinary words on either side
    ("eresunmaricon", "es", "hate.slur", "eresunmaricon"),
    ("Vaya panda demaricones.", "es", "hate.slur", "demaricones"),
    ("Eres un maricondemierda.", "es", "hate.slur", "maricondemierda"),
    ("Callate, putomaricon.", "es", "hate.slur", "putomaricon"),
    ("You are just afaggot.", "en", "hate.slur", "afaggot"),
    ("Shut up, you stupidnigger.", "en", "hate.slur", "stupidnigger"),
    # two words of a hateful phrase run together, the rest of the phrase around them
    ("Los discapacitados son una cargapara la sociedad.", "es", "hate.derogation", "cargapara"),
    ("Las mujeres como tú deberíancallarse.", "es", "hate.derogation", "deberíancallarse"),
    ("Hay queacabar con los gitanos.", "es", "hate.violence", "queacabar"),
    ("Trans people are adisease.", "en", "hate.derogation", "adisease"),
    # a swapped or dropped letter, the first one included for long terms
    ("Eres un mariocn de mierda.", "es", "hate.slur", "mariocn"),
    ("Las mujeres son secoria.", "es", "hate.derogation", "secoria"),
    ("Muslims are naimals.", "en", "hate.derogation", "naimals"),
    ("Women are completely sueless.", "en", "hate.derogation", "sueless"),
]


@pytest.mark.parametrize(("text", "lang", "rule", "typed"), HITS)
def test_glued_and_slipped_terms_are_read_with_evidence_as_typed(text, lang, rule, typed):
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    assert verdict.action != "approve", text
    spans = [text[s:e] for f in verdict.findings if f.rule == rule for s, e in f.evidence]
    assert any(typed in span for span in spans), (rule, spans)


NEAR_MISSES = [
    ("Ando encabronado con el tráfico de hoy.", "es", "troll"),  # en + cabron + ado: one word
    ("Visité Montenegro el verano pasado.", "es", "hate"),
    ("We spent a week in Montenegro.", "en", "hate"),
    ("I grew up near Scunthorpe.", "en", "profanity"),
    ("That was a bitchy remark about the weather.", "en", "hate"),
    ("Me hizo un saco de lana.", "es", "hate"),  # asco, swapped: a real word
    ("Me duele el oido.", "es", "hate"),  # odio, swapped
    ("The scoria on the volcano was black.", "en", "troll"),  # escoria is Spanish
    ("Las animas del purgatorio.", "es", "hate"),  # animals, one letter dropped
    ("Read Dickensian novels.", "en", "profanity"),
    ("La cargapara el camión llegó tarde.", "es", "hate"),  # a glued pair, no hateful phrase
    ("Decir que las mujeres son escoria es machismo puro.", "es", "hate"),
    ("Calling someone afaggot is homophobic.", "en", "hate"),
    ("Decir eresunmaricon es homofobia.", "es", "hate"),
]


@pytest.mark.parametrize(("text", "lang", "category"), NEAR_MISSES)
def test_near_misses_of_glued_and_slipped_terms_pass(text, lang, category):
    assert_category_action(text, "approve", category, lang=lang)


@pytest.mark.parametrize(
    ("word", "lang", "parts"),
    [
        ("eresunmaricon", "es", ["eres", "un", "maricon"]),
        ("demaricones", "es", ["de", "maricones"]),
        ("afaggot", "en", ["a", "faggot"]),
        # words derived from a slur or insult, and words that only hold its letters
        ("mariconada", "es", None),
        ("encabronado", "es", None),
        ("cabronazo", "es", None),
        ("bitchy", "en", None),
        ("montenegro", "es", None),
        ("penistone", "en", None),
    ],
)
def test_a_slur_glued_to_words_splits_only_one_way(word, lang, parts):
    found = _segment(word, load(), lang)
    assert (list(found) if found else None) == parts


@pytest.mark.parametrize(
    ("word", "lang", "term"),
    [
        ("secoria", "es", "escoria"),  # first two letters swapped
        ("secoria", "en", "secoria"),  # swapped, but escoria is Spanish
        ("naimals", "en", "animals"),
        ("nimals", "en", "nimals"),  # a dropped first letter spells real words: left alone
        ("retina", "es", "retina"),  # cretina
    ],
)
def test_a_long_terms_first_letter_slip(word, lang, term):
    assert canonical(word, load(), lang) == term
