"""The rule registry: small functions with stable ids, registered by category.

A rule takes the comment's Analysis and the Submission and returns Hits (a score and evidence).
The id is stable (moderators and tests refer to it) and each id maps to one clause of the
posted policy; `decide.screen` turns hits into Findings using the policy's thresholds.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from moderation.policy.analysis import Analysis
from moderation.policy.heap import release_free_pages
from moderation.policy.lexicon import (
    SharedNeedles,
    alternative_literals,
    build_shared_needles,
    pattern_needles,
    shared_needles,
)
from moderation.policy.lexicon import load as load_lexicon
from moderation.policy.regex_store import precompiled
from moderation.policy.types import Category, Submission


@dataclass(frozen=True, slots=True)
class Hit:
    rule: str
    score: float
    evidence: tuple[tuple[int, int], ...]
    explanation: str = ""
    cap_hold: bool = False  # this evidence may hold a comment but never reject it


RuleFn = Callable[[Analysis, Submission], list[Hit]]


class Needs:
    """The gate of a rule that finds nothing unless one of its `patterns` matches the
    comment's folded text (`an.norm.text`): a rule that opens with `m = X.search(text)` and
    returns no hit when there is none. `decide.screen` skips the rule when no pattern may match,
    judged by the strings every match of a pattern holds (`pattern_needles`: a few bits of the
    token index that the spam, troll and coded rows already read for the same text), without
    calling it: a whole-text search tried at every position of most comments for nothing. A
    pattern the index cannot read (an alternative with no string of two letters, "(((") is
    searched instead. Never wrong by construction of the needles; tests/policy/
    test_rule_gates.py checks each gated rule against its gate on the table cases."""

    __slots__ = ("needles", "number", "patterns", "readable", "searched")

    def __init__(self, patterns: tuple[re.Pattern, ...]) -> None:
        self.patterns = patterns
        self.readable = tuple(p for p in patterns if all(alternative_literals(p.pattern)))
        self.searched = tuple(p for p in patterns if p not in self.readable)
        self.needles: SharedNeedles | None = (
            pattern_needles(self.readable) if self.readable else None
        )
        self.number: int | None = None  # this gate's number in `_GATES`, once registered

    def may_match(self, an: Analysis) -> bool:
        """Whether one of the patterns may match the comment (always, when it does)."""
        text = an.norm.text
        if self.needles is not None:
            if self.number is not None:
                if self.number in ready_gates(an):
                    return True
            elif self.needles.candidates(text):
                return True
        if not self.searched:  # every gate but one: no generator to build and run for nothing
            return False
        return any(p.search(text) for p in self.searched)


# Every registered gate's readable patterns in one needle group (`_register_gates`), owner the
# gate's number: one walk of the index a comment answers all of them, where each gate's own
# group cost a walk of its own (some 2 µs each, sixteen gates). A group's candidates depend
# on its own strings only, so a gate's number is among them exactly when its own group has one.
GATES: list[SharedNeedles] = []
_GATES_KEY = "rule_gates"


def ready_gates(an: Analysis) -> frozenset[int]:
    """The numbers of the gates that may match the comment, kept in its memo."""
    found = an.memo.get(_GATES_KEY)
    if found is None:
        found = an.memo[_GATES_KEY] = frozenset(GATES[0].candidates(an.norm.text))
    return found


def _register_gates(rules: list[Rule]) -> None:
    """Put the gates of `rules` in one needle group, before the shared index is built."""
    gates = [r.needs for r in rules if r.needs is not None and r.needs.needles is not None]
    if not gates or GATES:
        return
    needs: list[tuple[frozenset[str], ...]] = []
    owner: list[int] = []
    for number, gate in enumerate(gates):
        for pattern in gate.readable:
            for alternative in alternative_literals(pattern.pattern):
                needs.append(alternative)
                owner.append(number)
    GATES.append(shared_needles([(needs, owner)])[0])
    for number, gate in enumerate(gates):
        gate.number = number


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    category: Category
    clause: str
    fn: RuleFn
    needs: Needs | None = None  # run only when one of these patterns may match (`rule`)


# Filled once at import time by the rule modules; read-only afterwards.
_REGISTRY: list[Rule] = []
# The rule modules in the order their findings are listed (coded hate last, after the other
# categories). Importing one of them on its own registers only its rules: `all_rules` loads the
# rest and orders the registry by this tuple, so the order never depends on who imported first.
MODULES = (
    "hate", "hate_shapes", "hate_everyday", "hate_hinted", "hate_generalised", "hate_en_short",
    "hate_reread",
    "hate_en_fragments",
    "hate_en_kept",
    "hate_en_brought",
    "hate_en_pointed",
    "hate_en_written_off",
    "hate_en_no_surprise",
    "hate_en_belittled",
    "hate_habits",
    "identity_insult", "group_epithet", "libel", "profanity", "profanity_oath",
    "profanity_favours", "spam", "troll",
    "troll_jabs",
    "threat_veiled", "coded",
    "hate_es_short",  # listed after coded: its holds come after every other finding
    "hate_es_implicit",
    "hate_es_women",
    "hate_es_hinted",
    "hate_es_tropes",
    "hate_es_lgbt",
    "hate_es_traits",
    "hate_es_bare",
    "hate_es_fates",
    "hate_es_jokes",
    "hate_es_disability",
    "hate_es_barred",
    "hate_es_your_kind",
    "hate_es_arrival_wink",
    "hate_es_scorned",
    "hate_es_put_down",
    "hate_es_behind",
    "hate_es_since_came",
    "hate_es_not_all_but",
    "hate_vowed",
    "hate_plain_claims",
    "hate_es_puto",
    "hate_kindness_taken_back",
)  # fmt: skip
_ORDERED: list[tuple[Rule, ...]] = []


def rule(
    rule_id: str, category: Category, *, needs: tuple[re.Pattern, ...] = ()
) -> Callable[[RuleFn], RuleFn]:
    """Register `fn` under a stable id; the clause anchor is the category name. `needs`: the
    regexes of which one must match the comment's folded text for `fn` to return any hit (the
    search it opens with); the screen skips `fn` on a comment none of them may match (`Needs`).
    """
    gate = Needs(needs) if needs else None

    def register(fn: RuleFn) -> RuleFn:
        _REGISTRY.append(Rule(rule_id, category, str(category), fn, gate))
        return fn

    return register


def remembered(fn: RuleFn) -> RuleFn:
    """`fn` answering from its first call when asked about the same comment again: for a rule
    that another rule reads as well (`troll.threat`, which `hate.violence` asks first). Kept in
    the comment's own `Analysis.memo` beside the Submission that asked (as the libel name
    readers keep their spans), so no other comment or thread can see it; the hits are immutable
    and each caller gets a list of its own."""
    key = f"rule:{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def read(an: Analysis, sub: Submission) -> list[Hit]:
        seen = an.memo.get(key)
        if seen is None or seen[0] is not sub:
            seen = (sub, tuple(fn(an, sub)))
            an.memo[key] = seen
        return list(seen[1])

    return read


def all_rules() -> tuple[Rule, ...]:
    """Every rule, by module in MODULES order, then in registration order within its module."""
    if not _ORDERED:
        with precompiled(ends_start_up=True):
            _load_modules()
            load_lexicon()  # its rows' needle groups, then the index shared with the rules' own
            _register_gates(_REGISTRY)
            build_shared_needles()
        release_free_pages()  # the start-up's garbage: built, the engine only reads
        rank = {name: i for i, name in enumerate(MODULES)}
        _ORDERED.append(tuple(sorted(_REGISTRY, key=lambda r: rank[_rule_module(r.fn.__module__)])))
    return _ORDERED[0]


def _rule_module(module: str) -> str:
    """The name in MODULES of the rule module (or package) that `module` belongs to:
    "moderation.policy.rules.hate.slurs" -> "hate"."""
    return module.removeprefix(f"{__name__}.").split(".", 1)[0]


def registry_problems(rules: tuple[Rule, ...] | None = None) -> list[str]:
    """What the system check reports: duplicate ids and categories without a rule."""
    rules = all_rules() if rules is None else rules
    problems: list[str] = []
    seen: set[str] = set()
    for r in rules:
        if r.id in seen:
            problems.append(f"duplicate rule id {r.id!r}")
        seen.add(r.id)
    covered = {r.category for r in rules}
    for cat in Category:
        if cat not in covered:
            problems.append(f"category {cat.value!r} has no rule")
    return problems


def _load_modules() -> None:
    # Imported for their @rule side effect; `all_rules` puts them in MODULES order.
    import importlib

    for name in MODULES:
        importlib.import_module(f"moderation.policy.rules.{name}")
