"""Filter evasion (our own sentences, English and Spanish): letters spaced or dotted apart,
spaces typed inside a word, and a dropped or swapped letter in a slur, a group word or a hate
word are read through, with the evidence pointing at the words as typed; real words one slip
from a term, ordinary pairs of words and spaced letters that spell nothing hateful pass."""

import pytest

from moderation.policy import Submission, screen
from moderation.policy.analysis import canonical
from moderation.policy.lexicon import load
from moderation.policy.normalize import normalize

from .expect import assert_category_action

# (text, lang, rule, the words as typed that the evidence must cover)
SPACED = [
    ("Muslims are r a t s.", "en", "hate.derogation", "r a t s"),
    ("You are a f.a.g", "en", "hate.slur", "f.a.g"),
    ("you are a f a g", "en", "hate.slur", "f a g"),
    ("Immigrants are a p l a g u e on society.", "en", "hate.derogation", "p l a g u e"),
    ("Women should all d i e.", "en", "hate.violence", "d i e"),
    ("I hate g a y people.", "en", "hate.emotion", "g a y people"),
    ("I can't s t a n d Muslims.", "en", "hate.emotion", "s t a n d Muslims"),
    ("I'll never hire a t r a n n y.", "en", "hate.slur", "t r a n n y"),
    ("k i l l a l l g a y s", "en", "hate.violence", "k i l l a l l g a y s"),
    ("F u c k you, moron.", "en", "profanity.aimed", "F u c k"),
    ("Los gitanos son r a t a s.", "es", "hate.derogation", "r a t a s"),
    ("Eres un m.a.r.i.c.o.n", "es", "hate.slur", "m.a.r.i.c.o.n"),
    ("Los judíos s o n escoria.", "es", "hate.derogation", "s o n escoria"),
    ("No s o p o r t o a los gitanos.", "es", "hate.emotion", "s o p o r t o"),
]
SPLIT = [
    ("I hate musl ims.", "en", "hate.emotion", "musl ims"),
    ("Shut up, you faggo t.", "en", "hate.slur", "faggo t"),
    ("Immigrants are ver min.", "en", "hate.derogation", "ver min"),
    ("I des pise trans people.", "en", "hate.emotion", "des pise"),
    ("Women are disgust ing.", "en", "hate.derogation", "disgust ing"),
    ("Odio a los musul manes.", "es", "hate.emotion", "musul manes"),
    ("Los gitanos son as querosos.", "es", "hate.derogation", "as querosos"),
]
RUN_TOGETHER = [
    ("Muertea los judíos.", "es", "hate.emotion", "Muertea"),
    ("Nosoporto a los gitanos.", "es", "hate.emotion", "Nosoporto"),
    ("Me danasco los gitanos.", "es", "hate.emotion", "danasco"),
]
SLIPPED = [
    ("I hate muslms.", "en", "hate.emotion", "muslms"),
    ("Go back home, you fagot.", "en", "hate.slur", "fagot"),
    ("Get out of here, you n1gg3r.", "en", "hate.slur", "n1gg3r"),
    ("Go home, you nigge.", "en", "hate.slur", "nigge"),
    ("You are a trany.", "en", "hate.slur", "trany"),
    ("I hate uslims.", "en", "hate.emotion", "uslims"),
    ("Gy people are vermin.", "en", "hate.derogation", "Gy people"),
    ("Deth to all immigrants.", "en", "hate.emotion", "Deth to all immigrants"),
    ("Gay people mke me sick.", "en", "hate.emotion", "mke me sick"),
    ("We should muder all trans people.", "en", "hate.violence", "muder"),
    ("Odio a los usulmanes.", "es", "hate.emotion", "usulmanes"),
    ("No soport a los gitanos.", "es", "hate.emotion", "soport"),
    ("Los judíos son unos crdos.", "es", "hate.derogation", "crdos"),
]


@pytest.mark.parametrize(("text", "lang", "rule", "typed"), SPACED + SPLIT + RUN_TOGETHER + SLIPPED)
def test_evasion_is_read_and_the_evidence_is_the_text_as_typed(text, lang, rule, typed):
    verdict = screen(Submission(text=text, lang=lang))
    assert verdict.action != "approve", text
    spans = [text[s:e] for f in verdict.findings if f.rule == rule for s, e in f.evidence]
    assert any(typed in span for span in spans), (rule, spans)


# Near misses that must stay approved in the category: counter-speech, reports and negation
# of spaced words, spaced letters that spell nothing hateful, ordinary pairs of words that
# join into a term, and real words one letter from a slur or a group word.
NEAR_MISSES = [
    ("Saying Muslims are r a t s is racist.", "en", "hate"),
    ("He called my brother a f a g, which is disgusting.", "en", "hate"),
    ("Muslims are not v e r m i n.", "en", "hate"),
    ("I love w o m e n.", "en", "hate"),
    ("Calling gay people d i s g u s t i n g is bigotry.", "en", "hate"),
    ("The a b c of cooking is patience.", "en", "hate"),
    ("Plan a b c failed, so we tried d.", "en", "hate"),
    ("c o c k t a i l hour starts at six", "en", "profanity"),
    ("The pen is mightier than the sword.", "en", "profanity"),
    ("My wet back hurts after the rain.", "en", "hate"),
    ("She is in competent hands now.", "en", "troll"),
    ("I studied Latin as a kid.", "en", "hate"),
    ("He lacks the votes to pass it.", "en", "hate"),
    ("A ripple went through the crowd.", "en", "hate"),
    ("The liens on the house were paid off.", "en", "hate"),
    ("The Indus river floods every year.", "en", "hate"),
    ("The Omani delegation arrived on Monday.", "en", "hate"),
    ("Dear to all of us, thank you.", "en", "hate"),
    ("Los gitanos no son r a t a s.", "es", "hate"),
    ("Los abuelos s o n lo mejor.", "es", "hate"),
    ("Tengo un cuchillo en la cocina.", "es", "hate"),
    ("Vivo en el hogar de mi madre.", "es", "hate"),
    ("Me operaron la retina del ojo.", "es", "troll"),
    ("Arica es una ciudad de Chile.", "es", "hate"),
    ("Esa latina canta precioso, atina siempre la nota.", "es", "hate"),
    ("La madera se vetea con el tiempo.", "es", "profanity"),  # not "vete a"
    ("Si compras un loro, ¿lo enjaulas o lo dejas suelto?", "es", "hate"),
]


@pytest.mark.parametrize(("text", "lang", "category"), NEAR_MISSES)
def test_near_misses_of_evasion_pass(text, lang, category):
    assert_category_action(text, "approve", category, lang=lang)


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("you are a f.a.g", "you are a fag"),  # the article stays a word
        ("i can't s t a n d it", "i can't stand it"),  # no run after an apostrophe
        ("f. u. c. k", "fuck"),
        ("a b c", "a b c"),  # three plain-spaced letters: left to the lexicon
        ("1 2 3 4", "1 2 3 4"),
        ("x, y and z", "x, y and z"),
    ],
)
def test_spaced_letters_join_with_one_kind_of_separator(raw, folded):
    assert normalize(raw).text == folded


# A slip of one letter in a slur, a group word or a hate word, and the term it stands for.
@pytest.mark.parametrize(
    ("word", "lang", "term"),
    [
        ("muslms", "en", "muslims"),
        ("nigge", "en", "nigger"),  # a dropped letter before a replaced one ("nigga")
        ("trany", "en", "tranny"),  # a slur before a group word of another slip ("trans")
        ("muder", "en", "murder"),  # an English term before a Spanish one ("mujer")
        ("uslims", "en", "muslims"),  # a long group word's first letter dropped
        ("imgrants", "en", "migrants"),  # ... or swapped with the second
        ("usulmanes", "es", "musulmanes"),
        ("maricones", "es", "maricones"),
    ],
)
def test_slips_are_read_as_the_term(word, lang, term):
    assert canonical(word, load(), lang) == term


# Real words one edit from a slur or a group word stay themselves: a slip is only read where
# it spells no word (names and places included).
@pytest.mark.parametrize(
    ("word", "lang"),
    [
        ("lacks", "en"),  # blacks
        ("liens", "en"),  # aliens
        ("ripple", "en"),  # cripple
        ("indus", "en"),  # hindus
        ("omani", "en"),  # romani
        ("ozzie", "en"),
        ("bigger", "en"),
        ("niger", "en"),
        ("retina", "en"),  # cretina
        ("tras", "es"),  # trans
        ("retina", "es"),
        ("atina", "es"),  # latina
        ("ayate", "es"),  # mayate
        ("hogar", "es"),  # ahogar
        ("cuchillo", "es"),
        ("mariones", "es"),  # maricones
        ("plage", "es"),
        ("oido", "es"),  # odio
        ("interns", "en"),  # internos, a word of a Spanish phrase only
    ],
)
def test_real_words_one_slip_from_a_term_stay_themselves(word, lang):
    assert canonical(word, load(), lang) == word
