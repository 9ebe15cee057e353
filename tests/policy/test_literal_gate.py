"""The literal checks before costly searches (`literal_gate.LiteralGate`, the needle groups of
`hate.es_scorned`, `hate_es_short.masked_words` kept per comment) answer as the searches they skip:
a regex is skipped only on texts it cannot match, and the rules behind them still fire."""

import re
import sys

import pytest

from moderation.policy import Submission, screen
from moderation.policy.analysis import analyse
from moderation.policy.literal_gate import LiteralGate, NeedleGate, lower
from moderation.policy.rules import all_rules

all_rules()  # the rule modules, imported in the registry's order

from moderation.policy.rules import hate_es_scorned  # noqa: E402
from moderation.policy.rules.hate_es_short import masked_words  # noqa: E402
from moderation.policy.rules.hate_shapes import group_units  # noqa: E402
from moderation.policy.rules.threat_veiled import warned  # noqa: E402
from tests.policy.expect import assert_category_action  # noqa: E402
from tests.policy.test_rule_gates import table_texts  # noqa: E402

_OWN = [
    # whereabouts told (the original text, case-insensitive words, case-sensitive names)
    ("Beto works the night shift at Lucky Fuel on Route 9, just so you know.", "troll", "reject"),
    ("Gerardo trabaja en Muebles Lupita de Av. Juárez, turno de noche.", "troll", "reject"),
    ("La casa de Toño es la de la reja verde, por si alguien lo busca.", "troll", "reject"),
    ("Su hija va a la secundaria 12, a la salida la pueden esperar.", "troll", "reject"),
    ("My sister Ana works the night shift at the hospital on Elm Street.", "troll", "approve"),
    (
        "The mayor works at City Hall on Main Street, visit us during office hours.",
        "troll",
        "approve",
    ),
    ("Mi prima trabaja en la tienda de la esquina y le va bien.", "troll", "approve"),
    # the Spanish scorn shapes behind their needle groups (masked and plain words)
    ("Qué asco los indios, siempre en la calle pidiendo.", "hate", "hold"),
    ("Los indígenas son el atraso de México.", "hate", "hold"),
    ("Pinche india, ni hablar sabe.", "hate", "hold"),
    ("Qué asco la comida del festival, estaba fría.", "hate", "approve"),
    ("El atraso del tren fue de dos horas por la lluvia.", "hate", "approve"),
    ("No es cierto que los indígenas sean el atraso del país, es racismo.", "hate", "approve"),
    # a demand fired again and again without a question mark, and a menace beside homes told
    ("Source. Source. Source. Still waiting.", "troll", "hold"),
    ("Fuente. Fuente. Fuente. Sigo esperando.", "troll", "hold"),
    ("The source said the bridge opens in May, please share it.", "troll", "approve"),
    ("Tengo un arma y sé dónde viven los migrantes.", "hate", "reject"),
    ("I have a gun and I know where those Muslims live.", "hate", "reject"),
    ("I know where those Muslims live, they run the bakery on Main.", "hate", "approve"),
]


@pytest.mark.parametrize(("text", "category", "action"), _OWN)
def test_the_rules_behind_the_checks_still_answer(text, category, action):
    assert_category_action(text, action, category)


_CASES = [
    # a case-insensitive regex with a case-sensitive part, as `_WHEREABOUTS` are written
    re.compile(r"\b(?-i:[A-Z])\w+ (?:works|trabaja) at\b", re.I),
    re.compile(r"\bhis (?:son|daughter) goes to\b", re.I),
    re.compile(r"\bJohn Smith\b"),  # case-sensitive: checked in the text as typed
    re.compile(r"(?i:kelvin) scale"),
    re.compile(r"\d{3}"),  # no string proven: always searched
]
_TEXTS = [
    "Sam works at the diner.",
    "HIS SON GOES TO the lake.",
    "HİS SON GOES TO school",  # dotted capital I: the engine reads it as "i"
    "ſam and his ſon goes to",  # long s: the engine's case folding matches it to "s"
    "john smith and John Smith",
    "john smith only",
    "the \u212aELVIN scale",  # the Kelvin sign folds to "k"
    "room 101",
    "nothing here at all",
]


@pytest.mark.parametrize("regex", _CASES)
def test_a_gate_says_no_only_where_the_regex_cannot_match(regex):
    gate = LiteralGate(regex)
    for text in (*_TEXTS, *table_texts()):
        if regex.search(text) is not None:
            assert gate.may_match(text), (regex.pattern, text)
            assert gate.may_match(text, lower(text)), (regex.pattern, text)
        assert (gate.search(text) is None) == (regex.search(text) is None)


def test_the_dotted_capital_i_is_searched():
    assert lower("HİS") is None
    assert LiteralGate(_CASES[1]).may_match("HİS SON GOES TO school")


def test_the_whereabouts_gates_skip_only_what_cannot_match():
    gates = warned._WHEREABOUTS_GATED
    assert [g.regex for g in gates] == list(warned._WHEREABOUTS)
    assert all(g.strings for g in gates)  # each has strings: none is searched every time
    skipped = 0
    for text in table_texts():
        low = lower(text)
        for gate in gates:
            if not gate.may_match(text, low):
                skipped += 1
                assert gate.regex.search(text) is None, (gate.regex.pattern, text)
    assert skipped > len(table_texts())


def test_the_scorn_shapes_needle_groups_skip_only_what_cannot_match():
    for text in table_texts():
        an = analyse(text, "es")
        if not an.units:
            continue
        words = masked_words(an, group_units(an))[0]
        ready = set(hate_es_scorned._SEARCHED.candidates(words))
        for k, (_what, pattern) in enumerate(hate_es_scorned._SHAPES):
            if k not in ready:
                assert pattern.search(words) is None, (k, text)
        ready = set(hate_es_scorned._RAW_SEARCHED.candidates(an.norm.text))
        for k, (_what, pattern) in enumerate(hate_es_scorned._RAW_SHAPES):
            if k not in ready:
                assert pattern.search(an.norm.text) is None, (k, text)


def test_the_masked_words_are_kept_per_comment_and_per_mask():
    an = analyse("Los migrantes llegaron ayer y los vecinos los recibieron.", "es")
    masked = masked_words(an, group_units(an))
    assert masked_words(an, group_units(an)) is masked
    plain = masked_words(an, set())
    assert plain is not masked and "GRP" in masked[0] and "GRP" not in plain[0]
    again = analyse("Los migrantes llegaron ayer y los vecinos los recibieron.", "es")
    assert masked_words(again, group_units(again)) == masked  # a new comment works it out anew


def test_the_screen_still_reads_a_shape_after_a_near_miss():
    """The memo is the comment's own: a near miss screened first changes nothing after it."""
    screen(Submission(text="Qué asco la comida del festival, estaba fría.", lang="es"))
    verdict = screen(Submission(text="Qué asco los indios, siempre en la calle.", lang="es"))
    assert any(f.rule.startswith("hate.") for f in verdict.findings)


def test_a_needle_gate_skips_only_what_cannot_match():
    located = sys.modules["moderation.policy.rules.threat_veiled.group_located"]
    badger = sys.modules["moderation.policy.rules.troll.source_badger"]
    gates = [located._MENACE_GATED, badger._DEMANDING_GATED]
    assert all(g.needles is not None for g in gates)  # the index reads them
    skipped = 0
    for text in table_texts():
        folded = analyse(text, None).norm.text
        for gate in gates:
            assert (gate.search(folded) is None) == (gate.regex.search(folded) is None), text
            skipped += not gate.needles.candidates(folded)
    assert skipped > len(table_texts())  # most comments are answered without the search


def test_a_case_insensitive_regex_is_always_searched():
    gate = NeedleGate(re.compile(r"\bwatch out\b", re.I))
    assert gate.needles is None and gate.search("WATCH OUT") is not None
