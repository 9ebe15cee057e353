"""Load the plain-data lexicons once into immutable lookup tables (phrase index, regexes).

Terms are folded with the same normaliser as comments, so accents, case and typography never
decide a match. `load()` is cached; everything it returns is read-only after loading.
"""

from __future__ import annotations

import gc
import hashlib
import re
import threading
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache, reduce
from operator import or_
from pathlib import Path
from types import MappingProxyType

from moderation.policy import adjective_nouns
from moderation.policy.adjective_nouns import COLOURS as _COLOURS
from moderation.policy.adjective_nouns import AdjectiveNouns
from moderation.policy.normalize import fold_term
from moderation.policy.regex_literals import Info, info_of_tree, required_of_tree
from moderation.policy.regex_store import from_parse, precompiled, remembered
from moderation.policy.shared_branch import SharedBranch, SplitRegex
from moderation.policy.shared_branch import available as _sharing

try:  # the standard library's regex parser, to read which strings a pattern needs
    import re._constants as _sre_c
    import re._parser as _sre
except ImportError:  # pragma: no cover - a future Python may move it; patterns then always run
    _sre = _sre_c = None
try:  # and its compiler, to compile a regex parsed in pieces (the coded rows, `_coded_regex`)
    import re._compiler as _sre_compiler
except ImportError:  # pragma: no cover - coded rows are then compiled from their source
    _sre_compiler = None

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
_SPLIT = re.compile(r"\t+| {2,}")
# r"[a-z*]+(?:'[a-z]+)?|[0-9]+%?", opening with the class of every token's first character so
# the regex engine jumps between tokens instead of trying both branches at every position.
_TOKEN = re.compile(r"[a-z*0-9](?:(?<=[a-z*])[a-z*]*(?:'[a-z]+)?|[0-9]*%?)")

# Contractions split into words so "aren't" and "arent" both read as "are not".
_CONTRACTIONS = {
    "can't": ("can", "not"), "cant": ("can", "not"), "cannot": ("can", "not"),
    "won't": ("will", "not"), "wont": ("will", "not"), "ain't": ("are", "not"),
    "aint": ("are", "not"), "dont": ("do", "not"), "doesnt": ("does", "not"),
    "didnt": ("did", "not"), "isnt": ("is", "not"), "arent": ("are", "not"),
    "wasnt": ("was", "not"), "werent": ("were", "not"), "shouldnt": ("should", "not"),
    "wouldnt": ("would", "not"), "couldnt": ("could", "not"), "havent": ("have", "not"),
    "hasnt": ("has", "not"), "im": ("i", "am"), "youre": ("you", "are"),
    "theyre": ("they", "are"), "ive": ("i", "have"), "i'd": ("i", "would"),
    "i'll": ("i", "will"), "they'll": ("they", "will"), "we'll": ("we", "will"),
    "you'll": ("you", "will"), "lets": ("let's",), "ppl": ("people",), "u": ("you",),
    "ur": ("you", "are"), "r": ("are",),
}  # fmt: skip
_SUFFIXES = {"'re": "are", "'m": "am", "'ll": "will", "'ve": "have", "'d": "would", "'s": "is"}

CONTENT_CLASSES = frozenset(
    {"G", "S", "PROF", "INS", "D", "X", "P", "H", "W", "V", "K", "Z", "Y", "y", "E"}
)


def split_words(text: str) -> list[tuple[str, int, int]]:
    """Words of folded text with their [start, end) offsets; contractions expanded."""
    # findall and str.find instead of a match object per word: only characters that start no
    # token lie between two tokens, so a word's first occurrence after the previous one is it.
    words: list[tuple[str, int, int]] = []
    append = words.append
    find = text.find
    get = _CONTRACTIONS.get
    e = 0
    for w in _TOKEN.findall(text):
        s = find(w, e)
        e = s + len(w)
        parts = get(w)
        if parts is None:
            if "'" not in w:
                append((w, s, e))
                continue
            head, _, tail = w.partition("'")
            if tail == "t" and head.endswith("n"):
                parts = (head[:-1], "not")
            elif "'" + tail in _SUFFIXES:
                parts = (head, _SUFFIXES["'" + tail])
            else:
                parts = (head,)
        words.extend((p, s, e) for p in parts if p)
    return words


@dataclass(frozen=True, slots=True)
class Entry:
    """Everything the lexicons say about one phrase: class -> (lang, meta) pairs."""

    classes: MappingProxyType  # str -> tuple[tuple[str, str], ...]
    codes: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))  # lang -> code

    def has(self, cls: str, lang: str | None = None) -> bool:
        pairs = self.classes.get(cls)
        if not pairs:
            return False
        if lang is None or cls in CONTENT_CLASSES:
            return True
        return any(pl in (lang, "*") for pl, _ in pairs)

    def meta(self, cls: str) -> str:
        pairs = self.classes.get(cls)
        return pairs[0][1] if pairs else ""


_LETTER_RUN = re.compile(r"[a-z]+")
# Tokens a NeedleIndex's newer generation holds before it becomes the older one (`_MaskMemo`).
# At some 560 bytes a token (its mask of the needle strings: 31,500 distinct over 57,000
# tokens after 10,000 benchmark comments), the two hold at most 50,000 tokens, about 28 MiB;
# after those comments some 39,000 (22 MiB) against 57,000 (32 MiB) for one memo of 80,000
# that empties when full, for 66,000 masks worked out instead of 57,000 (a token's first
# sight is some 9 µs).
_WORD_MEMO_LIMIT = 25_000
# A needle piece with more bits than this keeps them as one int (`build_needle_group`).
_WHOLE_BITS = 12


class _MaskMemo(dict):
    """token -> the bits of the needle strings in it (see `NeedleIndex`), computed on first
    sight; bounded and thread-safe (single dict reads and writes, swaps of whole dicts). Two
    generations: the memo itself (the newer, read in C) and `older`, what it held when it
    last filled. A token met again in the older one comes back with its mask (a dict lookup,
    not a trie pass), so the tokens in use survive a swap and the rest go: half the memory of
    one memo that empties when full, for about as many first sights. Never frozen either: a
    server running for weeks would otherwise look up every token it had not met in its first
    few thousand comments again and again."""

    __slots__ = ("masks", "older", "rx", "shared")

    def __init__(self, rx: re.Pattern, masks: MappingProxyType) -> None:
        """`masks`: piece (what `rx` finds) -> the numbers of its bits, or those bits as an
        int for a piece with many (`_WHOLE_BITS`)."""
        super().__init__()
        self.rx, self.masks, self.shared = rx, masks, {}
        self.older: dict[str, int] = {}

    def __missing__(self, token: str) -> int:
        found = self.older.get(token)
        if found is None:
            found = self._read(token)
        if len(self) >= _WORD_MEMO_LIMIT:
            self.older = self.copy()  # a plain dict; the one before it goes
            self.clear()
            self.shared = {}  # the masks of tokens the newer generation holds
        found = self.shared.setdefault(found, found)  # tokens share one int per distinct mask
        self[token] = found
        return found

    def _read(self, token: str) -> int:
        """The token's mask, from the pieces the trie finds in it."""
        masks = self.masks
        found = 0
        for s in self.rx.findall(token):
            bits = masks[s]
            if bits.__class__ is int:  # a piece of many sets: its bits as one int
                found |= bits
                continue
            for bit in bits:
                found |= 1 << bit
        return found


class NeedleIndex:
    """One token -> bits lookup shared by several `Needles` (the spam and troll patterns), so
    a comment's tokens are looked up once for all of them. Every distinct set of required
    strings has a bit k that says the text holds a string of the set that has no white space;
    a set with a string with white space and letters has a second bit, k + 1, that says the
    text holds the letters of such a string ("my" of " my ", "dm" of "por dm"), which
    `Needles` then looks for only if it would decide a regex. The other sets (about half) have
    no second bit, so the masks are shorter. The sets are numbered from the commonest (least
    selective) on, so the masks of most tokens and texts are short ints: they are OR-ed in C
    for every comment, at a cost that grows with their length."""

    __slots__ = ("certain", "last", "loose", "mask", "memo", "spaced")

    def __init__(self, memo: _MaskMemo | None, certain: int, spaced: int, loose: int = 0) -> None:
        self.memo = memo
        self.certain = certain  # every set's first bit
        self.spaced = spaced  # the first bits of the sets that have a second one
        self.loose = loose  # sets with a string that has no letters (may be anywhere)
        # the spam rule and the troll rule ask about the same folded text in a row
        self.mask = lru_cache(maxsize=16)(self._mask)
        self.last: tuple[int | None, int, int] = (None, 0, 0)  # see `sets`

    def sets(self, m: int) -> tuple[int, int]:
        """(certain, hopeful) of a text's mask `m`: the first bits of the sets the text holds a
        string of, and of those it may hold one of (the letters of a string with white space
        are in it too, or a string of the set has no letters). Kept for the last mask, replaced
        whole: the spam, troll and coded rows read the same mask in a row, and each step is a
        pass over thousands of bits."""
        seen = self.last
        if seen[0] is m:  # the same int object: the same value
            return seen[1], seen[2]
        certain = m & self.certain
        hopeful = certain | (m >> 1 & self.spaced) | self.loose
        self.last = (m, certain, hopeful)
        return certain, hopeful

    def tokens_mask(self, tokens) -> int:
        """The bits of the needle strings in the white-space separated tokens."""
        if self.memo is None:
            return 0
        return reduce(or_, map(self.memo.__getitem__, tokens), 0)

    def _mask(self, text: str) -> int:
        """The bits of the needle strings in the text: a string without white space lies
        inside one white-space separated token, so the memo answers token by token."""
        return self.tokens_mask(text.split())


@dataclass(frozen=True, slots=True)
class Needles:
    """Which of many regexes can match a text: every regex lists sets of strings (one string
    of each set is in every match, see `required_literals`), and a regex is a candidate when
    each of its sets has a string in the text. Much cheaper than a search per regex or string.

    Most strings hold no white space ("casino", "sub4sub", "bit.ly"), so each lies inside one
    white-space separated token of the text: the sets a token holds a string of are found
    once per distinct token (a trie regex tried at every position of it), remembered as bits
    (`NeedleIndex`) and OR-ed over the text's tokens in C. A regex is then tested only when
    the bit of its rarest set is on (a few a comment), however common its other strings
    ("at", "my"). A string with white space (" my ", "al dm") is looked for with `in` only for
    a regex that it alone keeps from being a candidate, and only in texts holding its longest
    run of letters."""

    index: NeedleIndex
    primary: int  # the bits of each regex's rarest set
    # bit number + 1 -> ((result, bits of its other sets), ...): the bit itself left out, the
    # int is as wide as the regex's second rarest set (a third of them have none: 0), not its
    # rarest (all its sets' bits were 8.7 MiB of ints some 2 KiB wide)
    by_primary: MappingProxyType
    spelled: MappingProxyType  # bit number + 1 -> the set's strings that are not plain letters
    always: frozenset[int]  # results with a regex that has no certain string
    # the last text asked about without a mask and its answer, one (text, numbers) pair
    # replaced whole: two rules read the coded rows of one comment in a row
    last: list = field(default_factory=lambda: [None], compare=False, repr=False)

    def candidates(self, text: str, mask: int | None = None) -> list[int]:
        """Numbers (in order) of the regexes that may match the text; `mask` is the index's
        mask of the text, when the caller has it (of each part of a joined text)."""
        if mask is None:
            seen = self.last[0]
            if seen is not None and seen[0] == text:
                return list(seen[1])
            found = self._candidates(text, self.index.mask(text))
            self.last[0] = (text, tuple(found))
            return found
        return self._candidates(text, mask)

    def _candidates(self, text: str, m: int) -> list[int]:
        certain, hopeful = self.index.sets(m)  # hopeful: with the sets that may be anywhere
        ready = set(self.always)
        p = hopeful & self.primary
        sure = p & certain  # rarest sets with a string in the text
        # the rest: rarest sets whose strings are looked for; split once, two O(width) steps,
        # instead of testing `certain` at every bit (each test a pass over thousands of bits)
        self._walk(text, certain, hopeful, sure, False, ready)
        self._walk(text, certain, hopeful, p ^ sure, True, ready)
        return sorted(ready)

    def _walk(
        self, text: str, certain: int, hopeful: int, p: int, unsure: bool, ready: set[int]
    ) -> None:
        """Add to `ready` the regexes whose rarest set's bit is in `p` and whose every other
        set the text holds; `unsure`: those rarest sets' strings must be looked for too."""
        by_primary = self.by_primary
        while p:  # from the highest bit down: one bit_length and one shift a bit, not a
            # negation of the whole (thousands of bits) mask; `ready` is sorted by the caller
            top = p.bit_length()
            bit = 1 << (top - 1)  # the rarest set's, in `hopeful`
            p ^= bit
            own = bit if unsure else 0
            for result, rest in by_primary[top]:
                if hopeful & rest == rest:
                    have = certain & rest
                    # the sets not certain: their strings looked for (no negation of `certain`)
                    if (have == rest and not own) or self._spelled(text, (rest ^ have) | own):
                        ready.add(result)

    def _spelled(self, text: str, bits: int) -> bool:
        """Whether the text holds a string of every set in `bits` (its letters were seen)."""
        spelled = self.spelled
        while bits:
            top = bits.bit_length()
            bits ^= 1 << (top - 1)
            for string in spelled[top]:
                if string in text:
                    break
            else:
                return False
        return True


def build_needles(
    needs: list[tuple[frozenset[str], ...]], owner: list[int] | None = None
) -> Needles:
    """The index over the regexes' required strings (`needs[i]` for regex number i). With
    `owner`, entry i is one top-level alternative of regex `owner[i]` (see
    `alternative_literals`): the regex is a candidate when any of its alternatives is."""
    return build_needle_group([(needs, owner)])[0]


def pattern_needles(patterns: tuple[re.Pattern, ...]) -> SharedNeedles:
    """Which of `patterns` may match a text, from the strings every match of one of a pattern's
    top-level alternatives holds: most comments hold none, and one token lookup is much cheaper
    than a search per pattern that tries every position (hate shapes, veiled threats). Shares
    one index with the lexicon's rows (`shared_needles`)."""
    needs: list[tuple[frozenset[str], ...]] = []
    owner: list[int] = []
    for number, pattern in enumerate(patterns):
        for alternative in alternative_literals(pattern.pattern):
            needs.append(alternative)
            owner.append(number)
    return shared_needles([(needs, owner)])[0]


NeedleGroup = tuple[list[tuple[frozenset[str], ...]], list[int] | None]


class _NeedlePool:
    """Needle groups waiting for their shared index (`shared_needles`), and that index's
    `Needles` once built."""

    __slots__ = ("built", "groups")

    def __init__(self) -> None:
        self.groups: list[NeedleGroup] = []
        self.built: tuple[Needles, ...] | None = None

    def needles(self) -> tuple[Needles, ...]:
        with _POOL_LOCK:
            if self.built is None:
                self.built = build_needle_group(self.groups)
                self.groups = []
            return self.built


_POOL_LOCK = threading.Lock()
_OPEN_POOL = [_NeedlePool()]  # where the next groups go; replaced once its index is built


class SharedNeedles:
    """The `Needles` of one group, built on the first question to any group of its pool into
    one NeedleIndex with every group registered before it (`shared_needles`). The lexicon's
    spam, troll and coded rows and the rule modules' patterns (veiled threats, hate shapes)
    are registered before a comment is screened: the tokens of a text they all read (the
    normalised comment) are then looked up once for all of them, and a token met for the
    first time is read by one trie instead of one per module. Which groups share an index
    changes no answer: a group's candidates depend on its own strings only."""

    __slots__ = ("_needles", "_number", "_pool")

    def __init__(self, pool: _NeedlePool, number: int) -> None:
        self._pool, self._number = pool, number
        self._needles: Needles | None = None

    @property
    def needles(self) -> Needles:
        found = self._needles
        if found is None:
            found = self._needles = self._pool.needles()[self._number]
        return found

    @property
    def index(self) -> NeedleIndex:
        return self.needles.index

    def candidates(self, text: str, mask: int | None = None) -> list[int]:
        """`Needles.candidates`."""
        return self.needles.candidates(text, mask)

    def __getattr__(self, name: str):
        if name.startswith("__") or name == "needles" or name in self.__slots__:
            raise AttributeError(name)  # a copy being built asks before its slots are set
        return getattr(self.needles, name)  # the rest of `Needles` (tests read `_candidates`)


def build_shared_needles() -> None:
    """Build the shared index of the groups registered so far (`shared_needles`) now, rather
    than on the first question to one of them: the rule registry asks once every rule module
    and the lexicon have registered theirs, so the index holds them all and is built before the
    first comment, outside its time (and apart from the first comment's own tables, which
    would otherwise be built beside it: some 18 MiB more resident memory)."""
    with _POOL_LOCK:
        pool = _OPEN_POOL[0]
    if pool.groups:
        pool.needles()


def shared_needles(groups: list[NeedleGroup]) -> tuple[SharedNeedles, ...]:
    """`build_needle_group` for `groups`, sharing the index with every group registered before
    the first question to any of them (see SharedNeedles). A group registered after that goes
    into a new pool: slower to read, never wrong."""
    with _POOL_LOCK:
        pool = _OPEN_POOL[0]
        if pool.built is not None:
            pool = _OPEN_POOL[0] = _NeedlePool()
        first = len(pool.groups)
        pool.groups.extend(groups)
    return tuple(SharedNeedles(pool, first + k) for k in range(len(groups)))


def build_needle_group(groups: list[NeedleGroup]) -> tuple[Needles, ...]:
    """`build_needles` for several (needs, owner) groups sharing one NeedleIndex. The plan (bit
    numbers, masks, trie) is kept between processes (`regex_store.remembered`, under the groups'
    strings in a fixed order): building it was a fifth of the start-up."""
    return _needles_from_plan(remembered(_needle_plan, _groups_key(groups), groups))


def _groups_key(groups: list[NeedleGroup]) -> str:
    """A digest of the groups, the same in every process (a set's strings sorted)."""
    digest = hashlib.blake2b(digest_size=32)
    for needs, owner in groups:
        digest.update(repr(owner).encode())
        for sets in needs:
            digest.update(repr([sorted(strings) for strings in sets]).encode())
    return digest.hexdigest()


def _needles_from_plan(plan: tuple) -> tuple[Needles, ...]:
    certain, spaced, loose, masks, trie, spelled, out = plan
    # equal masks one int: the plan comes back from marshal with an int each, and some 1,300
    # of the 10,400 wide ones (pieces' and regexes' masks, ~1.3 KiB apiece) repeat another
    one: dict[int, int] = {}
    same = one.setdefault
    memo = None
    if trie is not None:
        rx = re.compile("(?=(" + trie + "))")
        masks = {k: same(v, v) if v.__class__ is int else v for k, v in masks.items()}
        memo = _MaskMemo(rx, MappingProxyType(masks))
    index = NeedleIndex(memo, certain, spaced, loose)
    # and equal strings one string (22,000 in the sets' strings, 8,600 distinct)
    text: dict[str, str] = {}
    once = text.setdefault
    frozen_spelled = MappingProxyType({k: tuple(once(s, s) for s in v) for k, v in spelled.items()})
    return tuple(
        Needles(
            index,
            primary,
            MappingProxyType(
                {k: tuple((r, same(f, f)) for r, f in v) for k, v in by_primary.items()}
            ),
            frozen_spelled,
            frozenset(always),
        )
        for primary, by_primary, always in out
    )


def _needle_plan(groups: list[NeedleGroup]) -> tuple:
    """What `build_needle_group` builds its `Needles` from, in a form marshal stores."""
    found: dict[frozenset[str], None] = {}
    for needs, _owner in groups:
        for sets in needs:
            for strings in sets:
                found.setdefault(strings, None)
    # a set's bit number (its bit is 1 << number, its letters' bit, if it has one, 1 <<
    # (number + 1)): the commonest (least selective) first, so that every mask is as short as
    # it can be (the token masks are OR-ed for every comment; see NeedleIndex)
    order = sorted(found, key=needle_rank)
    bit_of: dict[frozenset[str], int] = {}
    certain = spaced = 0
    position = 0
    for strings in order:
        bit_of[strings] = position
        certain |= 1 << position
        if any(s.split() != [s] and _LETTER_RUN.search(s) for s in strings):
            spaced |= 1 << position
            position += 2
        else:
            position += 1
    # a string without white space ("casino", "bit.ly") lies inside one white-space separated
    # token, where the trie finds it
    inside: dict[str, int] = {}  # such a string -> the bits of the sets holding it
    guards: dict[str, int] = {}  # `_guard_run` of another string -> its sets' bits
    spelled: dict[int, list[str]] = {}
    loose = 0
    for strings, number in bit_of.items():
        for s in sorted(strings):
            if s.split() == [s]:
                inside[s] = inside.get(s, 0) | 1 << number
                continue
            spelled.setdefault(number + 1, []).append(s)
            guard = _guard_run(s)
            if guard:
                guards[guard] = guards.get(guard, 0) | 1 << (number + 1)
            else:
                loose |= 1 << number
    pieces = inside.keys() | guards.keys()
    masks: dict[str, tuple[int, ...] | int] = {}
    trie_source = None
    if pieces:
        trie: dict = {}
        for s in pieces:
            node = trie
            for ch in s:
                node = node.setdefault(ch, {})
            node[""] = {}
        # the trie reports only the longest piece at a position: it brings the bits of the
        # shorter pieces it starts with
        # a piece's bits as bit numbers, not as an int: most bits are high (thousands of them),
        # so an int a piece held 8 MiB, for a step taken only on a token's first sight; but a
        # piece of many sets ("at", "re") costs a shift and an OR over the whole width per bit
        # there, so it keeps its int (`_WHOLE_BITS`: about 4 MiB, a token's first sight about
        # three times faster)
        numbers = list(range(position + 1))  # one int per bit number, shared by the pieces
        for s in pieces:
            bits = reduce(
                or_, (inside.get(s[:k], 0) | guards.get(s[:k], 0) for k in range(1, len(s) + 1))
            )
            if bits.bit_count() > _WHOLE_BITS:
                masks[s] = bits
                continue
            held = []
            while bits:
                top = bits.bit_length() - 1
                bits ^= 1 << top
                held.append(numbers[top])
            masks[s] = tuple(held)
        trie_source = _trie_regex(trie)
    out = []
    for needs, owner in groups:
        owners = list(owner) if owner else list(range(len(needs)))
        by_primary: dict[int, list[tuple[int, int]]] = {}
        always = set()
        for regex, sets in enumerate(needs):
            if not sets:
                always.add(owners[regex])
                continue
            rarest = bit_of[max(sets, key=needle_rank)]
            rest = reduce(or_, (1 << bit_of[s] for s in sets if bit_of[s] != rarest), 0)
            by_primary.setdefault(rarest + 1, []).append((owners[regex], rest))
        out.append(
            (
                reduce(or_, (1 << (k - 1) for k in by_primary), 0),
                {k: tuple(v) for k, v in by_primary.items()},
                tuple(sorted(always)),
            )
        )
    frozen = {k: tuple(v) for k, v in spelled.items()}
    return certain, spaced, loose, masks, trie_source, frozen, tuple(out)


def literal_alternation(strings) -> str:
    """A regex matching any of the strings, written as a trie ("b(?:anker|oxcar)|..."): at
    each position Python's regex engine then tries one branch per first character instead of
    one per string."""
    trie: dict = {}
    for s in strings:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    """A regex matching the longest string of the trie at a position (greedy optional tails)."""
    alts = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


@dataclass(frozen=True, slots=True)
class Lexicon:
    phrases: MappingProxyType  # first word -> ((length, {words tuple: Entry}), ...), longest first
    words: frozenset[str]  # every single word of every phrase (for fuzzy guards)
    # deletion variant -> its single-word term, or a tuple of them when several (most keys have
    # one: a tuple each was 3.5 MiB)
    fuzzy_index: MappingProxyType
    by_length: MappingProxyType  # length -> single-word content terms (for masked words)
    vocab: frozenset[str]  # ordinary words of either language (fuzzy matching leaves them)
    homonym_context: MappingProxyType  # term -> frozenset of context words
    # the terms of `allow.tsv` kind `homonym_near`: their context words count only near them
    homonym_near: frozenset[str]
    scunthorpe: frozenset[str]
    tropes: tuple[tuple[str, str, Prefiltered], ...]
    spam: tuple[tuple[str, float, re.Pattern, tuple[frozenset[str], ...]], ...]  # last: needs
    spam_needles: SharedNeedles  # finds the spam patterns' required strings in one pass
    troll: tuple[tuple[str, str, Prefiltered, frozenset[str]], ...]  # last: prefilter keys
    stopwords: MappingProxyType  # lang -> frozenset
    counts: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    troll_needles: SharedNeedles | None = None  # the troll rows' alternatives
    troll_parts: tuple[tuple[int, re.Pattern, int], ...] = ()  # (row, `skipping` regex, group)
    troll_aimed: tuple[tuple[str, str, re.Pattern, int], ...] = ()  # rows needing a listener:
    # (id, action, `skipping` regex, group)
    aimed_needles: SharedNeedles | None = None  # which `troll_aimed` rows may match (spam's index)
    coded: CodedRows | tuple = ()  # coded.tsv: (id, lang, regex source); `head(k)`: id, lang
    coded_needles: SharedNeedles | None = None  # which coded rows may match (spam's index)
    coded_search: Sequence[tuple[re.Pattern, int]] = ()  # per coded row: `skipping(regex)`
    # per coded row: a regex of strings one of which every match of the row holds
    # (`regex_literals`), or None; a text it finds nothing in is not searched with the row
    coded_prefilters: tuple[re.Pattern | None, ...] = ()
    # the coded rows whose prefilter strings are a required set of each of their alternatives:
    # `coded_needles` picks such a row only for a text holding one of them, so the prefilter's
    # search would pass every time (a whole-text search; for one row the 510 {G} words)
    coded_prefilter_proven: frozenset[int] = frozenset()
    spam_search: tuple[tuple[re.Pattern | Gated, int], ...] = ()  # per spam row: `gated(regex)`
    # lang -> the ordinary words of that language: a Spanish word in an English comment is a
    # misspelling there ("retad"), and the other way round
    vocab_by_lang: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))
    # names one edit from a term ("Tamez", "Mabry"): near-word matching leaves them as typed,
    # yet they are no dictionary words, so the name readers still take them for names
    names: frozenset[str] = frozenset()
    # the nouns an identity adjective names its people with, read by the analysis
    adjective_nouns: AdjectiveNouns | None = None

    def lookup(self, words: tuple[str, ...]) -> Entry | None:
        for length, table in self.phrases.get(words[0], ()):
            if length == len(words):
                return table.get(words)
        return None


# One code letter per unit, by priority (a phrase may sit in several lexicons); see
# analysis/read.py.
PRIORITY = (
    ("S", "S"), ("G", "G"), ("T", "t"), ("H", "H"), ("W", "W"), ("E", "E"), ("V", "V"),
    ("K", "K"), ("Z", "Z"), ("D", "D"), ("X", "X"), ("Y", "Y"), ("y", "y"), ("P", "P"),
    ("C", "C"), ("N", "N"), ("M", "M"), ("F", "F"), ("O", "O"), ("I", "I"), ("U", "U"),
    ("Q", "Q"), ("J", "J"), ("A", "A"), ("B", "B"), ("report", "r"), ("condemn", "c"),
    ("endorse", "e"),
)  # fmt: skip


# Grammar words that mean something else in the other language ("son" is a child in English,
# "he" a verb form in Spanish); only these follow the detected language.
_CROSS_LANGUAGE = frozenset(
    {("son",), ("era",), ("he",), ("me",), ("se",), ("te",), ("a",), ("as",), ("ya",), ("es",),
     ("la",), ("el",), ("lo",), ("los",), ("las",), ("un",), ("una",), ("de",), ("mas",),
     ("como",), ("solo",), ("todo",), ("i",), ("y",), ("o",), ("u",), ("an",), ("the",),
     ("so",), ("more",), ("may",), ("can",), ("will",), ("ill",), ("no",), ("ni",), ("sin",),
     ("hope",), ("wish",), ("tu",), ("you",), ("r",), ("ser",), ("fit",), ("real",), ("mata",),
     ("vas",), ("pero",), ("para",), ("con",), ("ti",), ("nada",), ("ningun",), ("more",)}
)  # fmt: skip


def _code(entry: Entry, lang: str, words: tuple[str, ...] = ()) -> str:
    cross = words not in _CROSS_LANGUAGE
    for cls, letter in PRIORITY:
        if cross:
            if entry.has(cls):
                return letter
        elif any(pl in (lang, "*") for pl, _ in entry.classes.get(cls, ())):
            return letter  # "con" is a swindler only in English
    return "w"


# Word starts too common to tell a pattern apart; a pattern's prefilter keeps its rarer words.
_COMMON_PREFIXES = frozenset(
    {"the", "and", "you", "your", "with", "this", "that", "have", "what", "will", "just",
     "from", "about", "know", "good", "more", "like", "make", "best", "free", "work", "home",
     "time", "would", "they", "them", "then", "there", "here", "when", "were", "want", "need",
     "very", "really", "some", "into", "over", "only", "also", "than", "even", "back", "well",
     "much", "many", "most", "such", "each", "because", "people", "think", "could", "should",
     "going", "says", "said", "dont", "does", "done", "every"}
)  # fmt: skip


# Regex escapes such as \b, \d or \w are not letters of a word.
_ESCAPE = re.compile(r"\\[a-zA-Z]")


def _prefilter_keys(pattern: str) -> frozenset[str]:
    """Four-letter starts of the words a regex spells out; a text lacking all of them cannot
    match it (so the regex is skipped). Common words are left out when rarer ones exist."""
    keys = {w[:4] for w in re.findall(r"[a-z]{3,}", _ESCAPE.sub(" ", pattern))}
    rare = {k for k in keys if k not in {c[:4] for c in _COMMON_PREFIXES}}
    return frozenset(rare or keys)


def required_literals(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of strings such that every match of the regex holds at least one string of each
    set, read from the parsed regex (a run of literal characters, or one such run in each
    branch of an alternation). Empty when nothing is certain: the regex then always runs.
    Unlike word-start keys this is exact, so a prefilter built on it never hides a match.
    Kept between processes (`regex_store.remembered`): parsing was much of the start-up."""
    return remembered(_required_literals, pattern)


def _required_literals(pattern: str) -> tuple[frozenset[str], ...]:
    tree = _parse(pattern)
    return () if tree is None else _required_of(tree)


def alternative_literals(pattern: str) -> tuple[tuple[frozenset[str], ...], ...]:
    """`required_literals` of each top-level alternative of the regex ("a...|b...|c..."), so a
    text must hold a string of every set of at least one of them. Far sharper for the long
    alternations of spam.tsv than the sets common to all alternatives; a regex that is not one
    alternation at the top counts as its own single alternative. Kept between processes, as
    `required_literals`."""
    return remembered(_alternative_literals, pattern)


def _alternative_literals(pattern: str) -> tuple[tuple[frozenset[str], ...], ...]:
    tree = _parse(pattern)
    return ((),) if tree is None else _alternatives_of(tree)


def _group_marks(pattern: str, k: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, mark, group depth after it) for each "(", ")" and "|" of the regex from k on,
    escapes and character classes skipped: where its groups and alternatives are."""
    depth, klass = 0, False
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            k += 2
            continue
        if klass:
            klass = ch != "]"
        elif ch == "[":
            klass = True
            if pattern[k + 1 : k + 2] == "]" or pattern[k + 1 : k + 3] == "^]":
                k += 2 if pattern[k + 1] == "]" else 3
                continue
        elif ch in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[ch]
            yield k, ch, depth
        k += 1


def top_alternatives(pattern: str) -> list[str]:
    """The top-level "a|b|c" pieces of a regex (escapes, classes and groups kept whole)."""
    pieces, start = [], 0
    for k, mark, depth in _group_marks(pattern):
        if mark == "|" and depth == 0:
            pieces.append(pattern[start:k])
            start = k + 1
    pieces.append(pattern[start:])
    return pieces


def _parse(pattern: str) -> list | None:
    """The parsed regex's top-level items, or None: no parser, a bad pattern, or "(?i)" (its
    letters match either case, so no string is certain)."""
    if _sre is None:
        return None
    try:
        parsed = _sre.parse(pattern)
    except re.error:
        return None
    return None if parsed.state.flags & re.IGNORECASE else list(parsed)


def _read(pattern: str) -> tuple[re.Pattern, list | None]:
    """`re.compile(pattern)` and its `_parse` tree from one parse: the spam, troll and trope
    rows were parsed three to five times each at load (for the regex, its strings, its
    alternatives, its first characters). The regex is compiled from the parse as
    `re.compile` does (`re._compiler.compile`), keeping its source as `.pattern`; it equals
    `re.compile(pattern)` (tests/policy/test_prefilter.py). Raises re.error as re.compile."""
    if _sre is None or _sre_compiler is None:  # pragma: no cover - see the imports
        return re.compile(pattern), _parse(pattern)
    parsed = _sre.parse(pattern)
    regex = from_parse(pattern, parsed)  # its code kept between processes, as re.compile's
    return regex, None if parsed.state.flags & re.IGNORECASE else list(parsed)


def _required_of(tree: list) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(c) for c in _required_all(tree))


def _alternatives_of(tree: list) -> tuple[tuple[frozenset[str], ...], ...]:
    at = [k for k, (op, _av) in enumerate(tree) if op is _sre_c.BRANCH]
    if len(at) != 1:
        return (_required_of(tree),)
    k = at[0]  # the parser moves a prefix shared by all alternatives (often "\b") before it
    shared = _required_all(tree[:k]) + _required_all(tree[k + 1 :])
    return tuple(
        tuple(frozenset(c) for c in shared + _required_all(list(branch)))
        for branch in tree[k][1][1]
    )


def _required_all(items: list) -> list[set[str]]:
    """Every certain requirement of a sequence of regex items."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is _sre_c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        if op is None:
            break
        found = _required_node(op, av)
        if found:
            candidates.append(found)
    return [c for c in candidates if min(_letters(k) for k in c) >= 2 or all(map(_symbols, c))]


def _required_seq(items: list) -> set[str] | None:
    """The most telling requirement of a sequence (one set, for a branch of an alternation)."""
    good = _required_all(items)
    return max(good, key=_selectivity) if good else None


def _selectivity(keys: set[str]) -> tuple[int, float]:
    """Longer strings are rarer: rank by the shortest, then by the average length."""
    lengths = [_letters(k) for k in keys]
    return (min(min(lengths), 4), sum(lengths) / len(lengths))


def _required_node(op, av) -> set[str] | None:
    if op is _sre_c.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            return None  # "(?i:...)": either case matches
        return _required_seq(list(av[-1]))
    if op is _sre_c.BRANCH:
        if av is _KNOWN_BRANCH[0]:
            return None if _KNOWN_BRANCH[1] is None else set(_KNOWN_BRANCH[1])
        out: set[str] = set()
        for branch in av[1]:
            found = _required_seq(list(branch))
            if not found:
                return None
            out |= found
        return out
    if op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT) and av[0] >= 1:
        return _required_seq(list(av[2]))
    if op is _sre_c.IN and all(o is _sre_c.LITERAL for o, _ in av):
        chars = {chr(code) for _, code in av}
        if all(map(_symbols, chars)):
            return chars  # "[🐒🐵🦍]": one of them is in every match
    return None


@cache
def _symbols(s: str) -> bool:
    """A string of pictographs and other symbols only ("🐒", "🤡"): rare in comments, so a
    requirement worth reading though it has no letters (a class of letters or punctuation is
    not)."""
    return bool(s) and all(unicodedata.category(ch) == "So" for ch in s)


# The {G} alternation shared by the coded rows' parsed regexes (`_group_branch`) and its
# requirement, read once rather than for each of its some 400 words in every row.
_KNOWN_BRANCH: list = [None, None, None]  # its parsed item, strings, first characters


def _index_selectivity(keys: frozenset[str]) -> tuple[int, float]:
    """`_selectivity` of what the token index sees of a set: of a string with white space
    only its rarest run of letters (`_guard_run`: " my " is "my", "al dm" is "dm"), none for
    one without any. A set ranked on its whole strings would be the primary set of a regex
    far more often than those short runs are rare ("al" is in most comments)."""
    seen = []
    for k in keys:
        if k.split() == [k]:
            seen.append(_letters(k))
        else:
            seen.append(len(_guard_run(k)))
    return (min(min(seen), 4), sum(seen) / len(seen))


# How often the token index meets a needle string, from its length alone: over the benchmark's
# comments a string of n letters inside a token was in about 0.18 * 0.37 ** (n - 2) of the texts
# (two letters 18%, four 2.4%, six 0.4%), and some four times as often when it is part of a stop
# word ("at" of "that", "hat" of "what"). Only the choice of each regex's primary set and the
# order of the bits depend on it, never an answer (see `build_needle_group`).
_NEEDLE_BASE, _NEEDLE_DECAY, _NEEDLE_STOP = 0.18, 0.37, 4.0
_NEEDLE_SYMBOL = 0.005  # one pictograph ("🐒"): `_symbols`


@cache
def _stop_words() -> str:
    """The stop words of both languages, folded, one a line (for substring tests)."""
    rows = _rows("stopwords.tsv")
    return "\n".join(fold_term(cols[0]) for cols in rows if cols[1].startswith("stop-"))


@cache
def _needle_chance(string: str) -> float:
    """The share of comments in which the token index sees `string`: a string without white
    space whole, of one with white space only its rarest run of letters (`_guard_run`: " my "
    is "my"), which it looks for only where that run is; one without letters is looked for
    everywhere. A string with capitals is a stand-in that a rule writes into the text it asks
    about ("GRP" for a group's name, folded comments have none): where it is asked for, it is
    there."""
    if string != string.lower():
        return 1.0
    if _symbols(string):
        return _NEEDLE_SYMBOL
    if string.split() != [string]:
        string = _guard_run(string)
        if not string:
            return 1.0
    return _run_chance(string)


def _run_chance(string: str) -> float:
    """`_needle_chance` of a string without white space, from its length and whether it is
    part of a stop word."""
    chance = _NEEDLE_BASE * _NEEDLE_DECAY ** (len(string) - 2)
    if string in _stop_words():
        chance *= _NEEDLE_STOP
    return min(1.0, chance)


@cache
def _guard_run(string: str) -> str:
    """The run of letters of a needle string with white space that the token index looks
    for ("" when it has none): the rarest by `_run_chance` (the first on a tie), as any of its
    runs is in every text holding the string. The longest alone was often a stop word ("the"
    of "the rez is a zoo") and sent the string to a substring test in most comments."""
    runs = _LETTER_RUN.findall(string)
    return min(runs, key=_run_chance) if runs else ""


def needle_rank(keys: frozenset[str]) -> tuple[float, tuple[int, float]]:
    """How rare a set of needle strings is to the token index, rarest highest: the estimated
    share of comments holding none of its strings (`_needle_chance`), then
    `_index_selectivity`. A set of many strings is as common as their chances add up: the
    {G} alternation's 400 words, each rare, are in a good share of comments, while "ya" alone
    is not. Ranked by the shortest string alone, the primary set of a regex was often a
    common one ("ale", "art" of a long verb list) beside a rarer one."""
    missing = 1.0
    for k in keys:
        missing *= 1.0 - _needle_chance(k)
    return (missing, _index_selectivity(keys))


@cache
def _letters(s: str) -> int:
    """Letters in a required string; remembered, as the parse of every coded.tsv row counts
    them again for each of the some 400 words of its {G} alternation, at every level."""
    return len(s) if s.isalpha() else sum(c.isalpha() for c in s)


_CASE_FLAG = re.compile(r"\(\?[a-zA-Z-]*i")  # (?i) or (?i:...): literals are not literal then


def skipping(regex: re.Pattern, tree: list | None = None) -> tuple[re.Pattern, int]:
    """A regex and group number whose `search` finds the same leftmost match as `regex`, but
    lets the engine jump between the characters a match can start with. Python's engine skips
    ahead only when a pattern opens with a literal or a character class; one that opens with
    r"\\b(subscribe|sub|follow ...)" is tried at every position of the text. The new regex
    is `[F](?<=(?=(P))[F])`: it stops at a character of F (every match of P opens with one)
    and asks there, looking ahead, for P's own match, which group 1 holds. Patterns whose
    first characters are unknown (a negated class, ".", a possibly empty match, a back
    reference, a case flag) come back unchanged with group 0. `tree`: the regex's `_parse`,
    when the caller has read it."""
    source, group = _skipping_source(regex.pattern, regex.flags, tree)
    return (re.compile(source), 1) if group else (regex, 0)


def _skipping_source(pattern: str, flags: int = 0, tree: list | None = None) -> tuple[str, int]:
    """`skipping`'s regex as source text (or `pattern` itself, group 0), so a caller holding
    only the source compiles one regex, not two; `tree` is the pattern's `_parse`, if read."""
    if _CASE_FLAG.search(pattern) or _GROUP_REFERENCE.search(pattern) or flags & ~re.UNICODE:
        return pattern, 0  # a reference to group n would point at another group once wrapped
    if tree is None:
        tree = _parse(pattern)
    if _opens_with_a_character(tree):
        return pattern, 0  # the engine jumps to its first character by itself
    first = None if tree is None else _first_chars(tree)
    if first is None or first[1] or not first[0]:
        return pattern, 0
    chars = "".join(sorted(first[0]))
    return f"[{chars}](?<=(?=({pattern}))[{chars}])", 1


def _opens_with_a_character(tree: list | None) -> bool:
    """The parsed regex opens with a literal or a class, where the engine itself jumps."""
    return bool(tree) and tree[0][0] in (_sre_c.LITERAL, _sre_c.IN)


def _closing_paren(pattern: str, k: int) -> int:
    """The index of the ")" closing the group that opens at pattern[k] ("("), or -1."""
    return next((i for i, mark, depth in _group_marks(pattern, k) if mark == ")" and not depth), -1)


class Gated:
    """A regex that `skipping` cannot speed up (its match opens with "^\\W*", a negated
    class or a list of lead-in words), behind regexes that can: every top-level alternative
    without its leading "(?:...)" group. A match of the regex holds a match of one of these
    (where the lead-in ends), so a text without any is answered without the regex; otherwise
    the regex itself answers. Reads like the re.Pattern it wraps for `search`."""

    __slots__ = ("gates", "regex")

    def __init__(self, regex: re.Pattern, gates: tuple[re.Pattern, ...]) -> None:
        self.regex, self.gates = regex, gates

    def search(self, string: str) -> re.Match | None:
        for gate in self.gates:
            if gate.search(string) is not None:
                return self.regex.search(string)
        return None


def gated(regex: re.Pattern, tree: list | None = None) -> tuple[re.Pattern | Gated, int]:
    """`skipping(regex)`, or, when it cannot skip, the regex behind `Gated` gates (group 0:
    the match is the regex's own), or the regex unchanged. `tree`: as for `skipping`."""
    fast, group = skipping(regex, tree)
    pattern = regex.pattern
    if group or _CASE_FLAG.search(pattern) or _GROUP_REFERENCE.search(pattern):
        return fast, group
    if regex.flags & ~re.UNICODE:
        return fast, group
    gates = []
    for piece in top_alternatives(pattern):
        if piece.startswith("(?:"):
            end = _closing_paren(piece, 0)
            if end < 0 or piece[end + 1 : end + 2] in ("?", "*", "+", "{"):
                return fast, group  # a quantified lead-in may be the whole match
            piece = piece[end + 1 :]
        try:
            piece_regex, piece_tree = _read(piece)
        except re.error:
            return fast, group
        gate, skip = skipping(piece_regex, piece_tree)
        if not skip and not _opens_with_a_character(piece_tree):
            return fast, group  # this alternative would be tried at every position anyway
        gates.append(gate)
    return Gated(regex, tuple(gates)), 0


def unanchored(regex: re.Pattern) -> bool:
    """Whether the regex reads nothing outside its match: no anchor (^, $, \\b) and no
    look-ahead or look-behind. Such a regex that matches a piece of a text also matches the
    text itself, so one search of the whole text can answer for all of its pieces."""
    return _unanchored_pattern(regex.pattern)  # hashing a Pattern reads all its compiled code


@cache
def _unanchored_pattern(pattern: str) -> bool:
    tree = _parse(pattern)
    return tree is not None and _unanchored(tree)


def _unanchored(items) -> bool:
    c = _sre_c
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT, c.GROUPREF_EXISTS):
            return False
        if op is c.SUBPATTERN:
            inner = [av[-1]]
        elif op is c.BRANCH:
            inner = av[1]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            inner = [av[2]]
        elif op is c.ATOMIC_GROUP:
            inner = [av]
        else:
            continue
        if not all(_unanchored(list(sub)) for sub in inner):
            return False
    return True


_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")
_CATEGORY_ESCAPES = {}
if _sre_c is not None:
    _CATEGORY_ESCAPES = {_sre_c.CATEGORY_DIGIT: r"\d", _sre_c.CATEGORY_SPACE: r"\s"}


def _first_chars(items) -> tuple[set[str], bool] | None:
    """The characters (as pieces of a regex class) that a match of the item sequence can open
    with, and whether it can match the empty string; None when that cannot be told."""
    c = _sre_c
    found: set[str] = set()
    for op, av in items:
        if op is c.LITERAL:
            return found | {_class_char(av)}, False
        if op is c.IN:
            pieces = set()
            for kind, value in av:
                if kind is c.LITERAL:
                    pieces.add(_class_char(value))
                elif kind is c.RANGE:
                    pieces.add(_class_char(value[0]) + "-" + _class_char(value[1]))
                elif kind is c.CATEGORY and value in _CATEGORY_ESCAPES:
                    pieces.add(_CATEGORY_ESCAPES[value])
                else:
                    return None  # a negated class, \w and such: not worth a skip
            return found | pieces, False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero width: the next item opens the match
        if op is c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None
            inner = [_first_chars(list(av[-1]))]
        elif op is c.BRANCH:
            if av is _KNOWN_BRANCH[0]:  # the {G} alternation: its words read once, not per row
                inner = [_KNOWN_BRANCH[2]]
            else:
                inner = [_first_chars(list(branch)) for branch in av[1]]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            sub = _first_chars(list(av[2]))
            inner = [sub if sub is None or av[0] >= 1 else (sub[0], True)]
        elif op is c.ATOMIC_GROUP:
            inner = [_first_chars(list(av))]
        else:
            return None
        if any(f is None for f in inner):
            return None
        for chars, _empty in inner:  # type: ignore[misc]
            found |= chars
        if not any(empty for _chars, empty in inner):  # type: ignore[misc]
            return found, False
    return found, True


def _class_char(code: int) -> str:
    ch = chr(code)
    return "\\" + ch if ch in "\\]^-[" else ch


class Prefiltered:
    """A lexicon regex behind a substring test. Python's regex engine tries a pattern such as
    r"\\b(i will|i'll) ... (kill|hurt)" at every position of the text, while `in` scans in C:
    every match holds a string of each of `required_literals(pattern)`, so a text missing one
    of those sets is answered without the regex. Reads like the re.Pattern it wraps, and the
    answer is always the regex's own (troll and trope patterns; spam has `Needles`)."""

    __slots__ = ("needs", "regex")

    def __init__(self, regex: re.Pattern, tree: list | None = None) -> None:
        """`tree`: the regex's `_parse`, when the caller has read it (`_read`)."""
        self.regex = regex
        if _CASE_FLAG.search(regex.pattern):
            needs: tuple[frozenset[str], ...] = ()
        elif tree is not None:
            needs = _required_of(tree)
        else:
            needs = required_literals(regex.pattern)
        # the rarest set first: most texts stop there. A string holding another string of its
        # set is never looked for: where it is, the shorter one is too ("t read", "read").
        ordered = sorted(needs, key=_selectivity, reverse=True)
        self.needs = tuple(
            tuple(
                sorted((x for x in strings if not any(y != x and y in x for y in strings)), key=len)
            )
            for strings in ordered
        )

    def search(self, string: str, *args) -> re.Match | None:
        for strings in self.needs:
            for needle in strings:
                if needle in string:
                    break
            else:
                return None  # a required string is missing: the regex cannot match
        return self.regex.search(string, *args)

    def finditer(self, string: str, *args) -> Iterator[re.Match]:
        """The regex's own `finditer`, behind the same test as `search`: a text missing a
        required string has no match at all (`libel.insinuated_gain` walks its cues so)."""
        for strings in self.needs:
            for needle in strings:
                if needle in string:
                    break
            else:
                return iter(())
        return self.regex.finditer(string, *args)

    def __getattr__(self, name: str):
        if name in self.__slots__:  # not set yet (a copy being built)
            raise AttributeError(name)
        return getattr(self.regex, name)  # pattern, finditer, ... as on the regex itself

    def __repr__(self) -> str:
        return f"Prefiltered({self.regex!r})"


class AnyPrefiltered:
    """`Prefiltered` for a regex that is one long alternation of unlike shapes ("\\bcan go
    to hell ...|\\bhijos? de ...|..."), which has no string common to all its matches: every
    match holds a string of each set of `alternative_literals` of one of its top-level
    alternatives. Python's engine tries such a regex at every position of the text, trying
    each alternative there; substring tests scan in C. A text in which no alternative finds
    all its sets is answered without a search; otherwise the search runs over the alternatives
    that found them, in their order (the others cannot match anywhere in the text, so the
    match is the whole regex's own: same span, same alternative), compiled once per such
    choice. For `search` (and its `start`, `end`, `span`) only: the match's `re` is the
    narrower regex, and a regex with groups or global flags is always searched whole."""

    __slots__ = ("needs", "pieces", "regex", "subsets")

    def __init__(self, regex: re.Pattern) -> None:
        self.regex = regex
        pattern = regex.pattern
        # a case-blind regex (inline or by flag) matches strings that substring tests miss
        blind = _CASE_FLAG.search(pattern) or regex.flags & re.IGNORECASE
        alternatives = ((),) if blind else alternative_literals(pattern)
        # None (always search) when some alternative has no certain string
        self.needs = (
            None
            if any(not sets for sets in alternatives)
            else tuple(
                tuple(
                    tuple(
                        sorted(
                            (x for x in strings if not any(y != x and y in x for y in strings)),
                            key=len,
                        )
                    )
                    for strings in sorted(sets, key=_selectivity, reverse=True)
                )
                for sets in alternatives
            )
        )
        pieces = top_alternatives(pattern)
        self.pieces = (
            tuple(pieces)
            if len(pieces) == len(alternatives) > 1
            and not regex.groups
            and not _GLOBAL_FLAGS.match(pattern)
            and "|".join(pieces) == pattern
            else None
        )
        self.subsets: dict[tuple[int, ...], re.Pattern] = {}

    def search(self, string: str, *args) -> re.Match | None:
        needs = self.needs
        if needs is None:
            return self.regex.search(string, *args)
        ready = []
        for k, sets in enumerate(needs):
            for strings in sets:
                for needle in strings:
                    if needle in string:
                        break
                else:
                    break  # a set of this alternative is missing: it cannot match
            else:
                ready.append(k)  # this alternative may match
        if not ready:
            return None
        pieces = self.pieces
        if pieces is None or len(ready) == len(pieces):
            return self.regex.search(string, *args)
        key = tuple(ready)
        narrow = self.subsets.get(key)
        if narrow is None:
            narrow = re.compile("|".join([pieces[k] for k in key]), self.regex.flags)
            if len(self.subsets) < _SUBSETS:
                self.subsets[key] = narrow
        return narrow.search(string, *args)

    def __repr__(self) -> str:
        return f"AnyPrefiltered({self.regex!r})"


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")  # "(?x)" opening a regex: for all its pieces
_SUBSETS = 256  # choices of alternatives compiled and kept, per regex


class LexiconError(Exception):
    """A lexicon file is missing or malformed (reported by the system check)."""


# In coded.tsv, tropes.tsv, spam.tsv and troll.tsv a row is named by an id: a verdict's
# explanation names the row, and code picks rows out by it (`_INSINUATION`, "flame.mind"), so
# one id must mean one row (in each language, where the file has a language column: a shape
# written in English and Spanish).
def _check_unique_ids(name: str, rows: list[list[str]], by_lang: bool) -> None:
    seen: set[tuple[str, ...]] = set()
    for cols in rows:
        key = (cols[0], cols[1]) if by_lang else (cols[0],)
        if key in seen:
            raise LexiconError(f"{name}: the row id {' '.join(key)!r} is used twice")
        seen.add(key)


def _id_rows(name: str, by_lang: bool = False) -> list[list[str]]:
    """The rows of a file whose first column is an id, each id once (`_check_unique_ids`)."""
    rows = _rows(name)
    _check_unique_ids(name, rows, by_lang)
    return rows


def _rows(name: str) -> list[list[str]]:
    path = LEXICON_DIR / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"cannot read lexicon {name}: {exc}") from exc
    rows = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        cols = _SPLIT.split(line)
        if len(cols) < 2 and not name.endswith(".txt"):
            raise LexiconError(f"{name}:{n}: expected at least two columns")
        rows.append(cols)
    return rows


# Who "they" may be in a coded shape: a pronoun or a vague noun phrase standing for a group.
_THEY_WORDS = (
    r"(?:they|them|these people|those people|that crowd|their kind|that kind|people like that"
    r"|the same kind of people|such people|this lot|that lot|those types|these types"
    r"|esta gente|esa gente|esos|estos|ellos|los de fuera|los de afuera|esa clase de gente)"
)


def _group_terms() -> list[str]:
    """Every term of groups.tsv (expanded and folded), longest first, then alphabetically (two
    words of one length never match at one place, so only the regex's source changes: the
    same in every process, so its compiled code is found in `regex_store`); an identity
    adjective stands alone too ("a Mexican flag" names the group)."""
    terms: set[str] = set()
    for cols in _rows("groups.tsv"):
        for form in expand(cols[0]):
            folded = fold_term(form)
            if folded and len(folded) > 2:
                terms.add(folded)
    return sorted(terms, key=lambda t: (-len(t), t))


def _group_words(terms: list[str] | None = None) -> str:
    """The group terms as one alternation, longest first (the {G} of a coded row's source)."""
    ordered = _group_terms() if terms is None else terms
    return "(?:" + "|".join(re.escape(t) for t in ordered) + ")"


def _group_trie(terms: list[str] | None = None) -> str:
    """The same alternation written as a trie (`literal_alternation`), which the coded rows
    are searched with. At a position Python's engine tries each of the some 400 words of the
    plain alternation (a row opening with {G} cost 15-20 µs a search, 100-400 µs for a long
    comment), the trie one branch per letter. Both match the same strings in the same order:
    the words that match at one position are prefixes of one another, and the trie's greedy
    optional tails try the longest first, as the plain alternation does."""
    return "(?:" + literal_alternation(_group_terms() if terms is None else terms) + ")"


class CodedRows(Sequence):
    """coded.tsv's rows as (id, lang, regex source), the source with {G} and {T} written out
    when a row is read: written out for every row, the group alternation (some 5 KiB) held
    474 copies, 2.6 MiB that only tests read (the rules search `CodedSearch`)."""

    __slots__ = ("_group", "_rows")

    def __init__(self, rows: list[tuple[str, str, str]], group: str) -> None:
        self._rows, self._group = tuple(rows), group

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, k):  # type: ignore[override]
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        ident, lang, rx = self._rows[k]
        return ident, lang, rx.replace("{G}", self._group).replace("{T}", _THEY_WORDS)

    def head(self, k: int) -> tuple[str, str]:
        """Row k's id and language, without writing its source out (some 5 µs a row): what
        the rules read for every candidate row of every comment."""
        ident, lang, _rx = self._rows[k]
        return ident, lang


_PIECE = re.compile(r"\{[A-Z][A-Z_]*\}")
_PIECE_DEFINES = "="  # the lang column of a row that names a piece


def coded_source_rows() -> list[list[str]]:
    """coded.tsv's rows with its named pieces written in: a row whose lang is "=" names a
    piece ("{SHOPS_EN}") that the rows after it use, so that a list two rows share (the
    shops of a boycott) is written once. {G} and {T} are left for `_coded_rows`."""
    pieces: dict[str, str] = {}
    rows = []

    def piece(m: re.Match) -> str:
        name = m.group()
        if name in ("{G}", "{T}"):
            return name
        if name not in pieces:
            raise LexiconError(f"coded.tsv: {name} is used before a row names it")
        return pieces[name]

    for cols in _rows("coded.tsv"):
        rx = _PIECE.sub(piece, cols[2])
        if cols[1] == _PIECE_DEFINES:
            if not _PIECE.fullmatch(cols[0]):
                raise LexiconError(f"coded.tsv: a piece's name is written {{NAME}}: {cols[0]}")
            pieces[cols[0]] = rx
            continue
        rows.append([cols[0], cols[1], rx, *cols[3:]])
    return rows


def _coded_rows() -> tuple[
    CodedRows,
    CodedSearch,
    tuple[list[tuple[frozenset[str], ...]], list[int]],
    tuple[re.Pattern | None, ...],
    frozenset[int],
]:
    """coded.tsv: regexes over normalised text, with {G} for a word of groups.tsv and {T} for
    a pronoun or vague phrase that stands for a group ("these people", "that crowd").
    Returns the rows (id, lang, regex source), each row's `skipping` regex and group, the
    (needs, owner) group of `build_needle_group` for them, each row's prefilter
    (`_prefilter`) and the rows whose prefilter the needles prove (`_needles_prove`). {G} is
    an alternation of some 400
    words: parsing it in every row was most of the lexicons' load time, so it is parsed once
    and put into each row's parsed regex (`_coded_regex`); the rows are searched with it
    written as a trie (`_group_trie`), their strings read from the plain alternation."""
    terms = _group_terms()
    group = _group_words(terms)
    branch = _group_branch(group)
    trie = _group_trie(terms)
    searched = _trie_branch(trie)
    if searched is not None and _sharing:  # the trie's code made once for every row
        searched = SharedBranch(searched)
    rows, search, needs, owner, prefilters = [], [], [], [], []
    proven: list[int] = []
    # one object for equal string sets (the {G} words' set is in hundreds of rows; those the
    # store gives back are shared already, `_GroupSets`)
    sets: dict[frozenset[str], frozenset[str]] = {}
    group_sets = _GroupSets(_KNOWN_BRANCH[1] if branch is not None else None)
    source = coded_source_rows()
    _check_unique_ids("coded.tsv", source, by_lang=True)
    for number, cols in enumerate(source):
        ident, lang, rx = cols[0], cols[1], cols[2]
        pattern = rx.replace("{G}", group).replace("{T}", _THEY_WORDS)
        try:
            alternatives, fast, strings = _coded_row(
                rx, pattern, branch, searched, trie, group_sets
            )
        except re.error as exc:
            raise LexiconError(f"coded.tsv: {ident}: {exc}") from exc
        search.append(fast)
        prefilters.append(_prefilter(strings))
        if _needles_prove(strings, alternatives):
            proven.append(number)
        # rules/coded.py picks its rows through the needles and searches `search`: a row may
        # match a text when one of its top-level alternatives has all its required strings
        # there (most comments have none); it is then searched whole, so its match is the row's
        for alternative in alternatives:
            needs.append(tuple(sets.setdefault(c, c) for c in alternative))
            owner.append(number)
        rows.append((ident, lang, rx))
    return (
        CodedRows(rows, group),
        CodedSearch(search),
        (needs, owner),
        tuple(prefilters),
        frozenset(proven),
    )


def _needles_prove(
    strings: frozenset[str] | None, alternatives: tuple[tuple[frozenset[str], ...], ...]
) -> bool:
    """Whether every alternative of a row requires a set each string of which holds one of
    `strings` (the prefilter's; "afganas" holds "afgana"): the needles pick the row only for
    a text where some alternative has a string of each of its sets, so that text holds one of
    `strings` and the prefilter cannot turn it away."""
    if not strings or not alternatives:
        return False
    return all(strings in alt or any(_all_hold(s, strings) for s in alt) for alt in alternatives)


@lru_cache(maxsize=64)
def _all_hold(needed: frozenset[str], strings: frozenset[str]) -> bool:
    """Whether every string of `needed` holds one of `strings` (the {G} words' sets are in
    hundreds of rows)."""
    lengths = sorted({len(t) for t in strings})
    return all(
        any(s[i : i + n] in strings for n in lengths for i in range(len(s) - n + 1)) for s in needed
    )


def _coded_row(
    rx: str,
    pattern: str,
    branch: tuple | None,
    searched: tuple | SharedBranch | None,
    trie: str,
    group_sets: _GroupSets,
) -> tuple[tuple[tuple[frozenset[str], ...], ...], tuple, frozenset[str] | None]:
    """A coded row's `alternative_literals`, `skipping` regex and group (`_coded_regex`), and
    the strings one of which every match holds (`_row_strings`). Read from the store where the
    shared trie code is (`regex_store.remembered`: parsing and splicing the rows was a third of
    the lexicons' load), else from the row."""
    if searched.__class__ is not SharedBranch:
        tree, fast = _coded_regex(rx, pattern, branch, searched, trie)
        if tree is None:
            return ((),), fast, None
        return _alternatives_of(tree), fast, _row_strings(tree)
    key = "\0".join((rx, pattern, trie))
    alternatives, split, group, made, strings = remembered(
        _coded_row_parts, key, rx, pattern, branch, searched, trie, group_sets.whole
    )
    fast = SplitRegex.from_parts(made, searched) if split else re.compile(made)
    unpack = group_sets.unpack
    alternatives = tuple(tuple(map(unpack, sets)) for sets in alternatives)
    return alternatives, (fast, group), unpack(strings)


def _coded_row_parts(
    rx: str,
    pattern: str,
    branch: tuple | None,
    searched: SharedBranch,
    trie: str,
    whole: frozenset[str],
) -> tuple:
    """`_coded_row` in a form marshal stores: (alternatives, 1, group, `SplitRegex.parts`,
    strings) or (alternatives, 0, group, the source of a row compiled whole, strings), a set
    holding all of `whole` (the {G} strings) written as `_GroupSets.pack` writes it."""
    tree, (fast, group) = _coded_regex(rx, pattern, branch, searched, trie)
    alternatives = ((),) if tree is None else _alternatives_of(tree)
    strings = None if tree is None else _row_strings(tree)
    alternatives = tuple(tuple(_pack_group(c, whole) for c in sets) for sets in alternatives)
    strings = _pack_group(strings, whole)
    if fast.__class__ is SplitRegex:
        return alternatives, 1, group, fast.parts(searched), strings
    return alternatives, 0, group, fast.pattern, strings


def _pack_group(
    strings: frozenset[str] | None, whole: frozenset[str]
) -> frozenset[str] | tuple[str, ...] | None:
    """A set holding every string of `whole` as the strings it adds to them (a tuple,
    sorted); any other set as itself."""
    if strings is None or not whole or not whole <= strings:
        return strings
    return tuple(sorted(strings - whole))


class _GroupSets:
    """The coded rows' string sets that hold every {G} string (some 650: the words of
    groups.tsv), which `_coded_row_parts` stores as the strings each set adds to them
    (`_pack_group`) and `unpack` reads back as one frozenset per distinct set. Stored whole,
    each row's sets came back from the store as their own copies: about 340,000 strings
    made and dropped again at every load, which left the process some MiB larger."""

    __slots__ = ("_made", "whole")

    def __init__(self, whole: set[str] | frozenset[str] | None) -> None:
        self.whole: frozenset[str] = frozenset(whole or ())
        self._made: dict[tuple[str, ...], frozenset[str]] = {}

    def unpack(self, strings: frozenset[str] | tuple[str, ...] | None) -> frozenset[str] | None:
        """The set `_pack_group` wrote, the same object for the same strings."""
        if strings.__class__ is not tuple:
            return strings  # type: ignore[return-value]
        found = self._made.get(strings)  # type: ignore[arg-type]
        if found is None:
            found = self._made[strings] = self.whole.union(strings)  # type: ignore[index]
        return found


def _row_strings(tree: list) -> frozenset[str] | None:
    """`regex_literals.required_of_tree` of a coded row's parse (lower-cased text, as the
    rows search), the {G} alternation spliced into it read once for all rows."""
    known: dict[int, Info] = {}
    av = _KNOWN_BRANCH[0]
    if av is not None:  # kept alive by `_KNOWN_BRANCH`, so its id is not reused
        if _KNOWN_BRANCH_INFO[0] is not av:
            _KNOWN_BRANCH_INFO[:] = [av, info_of_tree([(_sre_c.BRANCH, av)])]
        known[id(av)] = _KNOWN_BRANCH_INFO[1]
    return required_of_tree(tree, 0, known)


_KNOWN_BRANCH_INFO: list = [None, None]  # the {G} alternation's argument and its `Info`


def _prefilter(strings: frozenset[str] | None) -> re.Pattern | None:
    """A regex finding any of a row's required strings (a trie, `literal_alternation`)."""
    return None if not strings else re.compile(literal_alternation(sorted(strings)))


# Stands for {G} while a coded row is parsed: two alternatives of private-use characters, which
# the parser keeps as one alternation item, as it keeps the group's (see `_coded_regex`).
_G_STAND_IN = "(?:\ue000\ue000|\ue001\ue001)"


def _group_branch(group: str) -> tuple | None:
    """The group alternation parsed once, as the one alternation item it is in every row; None
    (rows are then parsed whole) if the parser made anything else of it."""
    tree = _parse(group)
    if tree is None or len(tree) != 1 or tree[0][0] is not _sre_c.BRANCH:
        return None
    op, av = tree[0]
    _KNOWN_BRANCH[:] = [None, None, None]
    _KNOWN_BRANCH[:] = [av, _required_node(op, av), _first_chars(tree)]
    return tree[0]


def _trie_branch(trie: str) -> tuple | None:
    """`_group_trie` parsed once, as the one alternation item it is in every row, or None."""
    tree = _parse(trie)
    if tree is None or len(tree) != 1 or tree[0][0] is not _sre_c.BRANCH:
        return None
    return tree[0]


def _coded_regex(
    rx: str,
    pattern: str,
    branch: tuple | None,
    searched: tuple | SharedBranch | None = None,
    trie: str | None = None,
) -> tuple[list | None, tuple[re.Pattern | SplitRegex | _SplicedRegex, int]]:
    """A coded row's `_parse` tree (for its strings) and its `skipping` regex (or, for a row
    with {G}, how to compile it: `SplitRegex` when `searched` is a `SharedBranch`, else
    `_SplicedRegex`) and group. The
    row is parsed with a short stand-in for {G}, and the group's parsed alternation is put in
    the stand-in's place in the tree; its trie form (`searched`, the parsed `trie`; default:
    the alternation itself) is put in its place in the parsed `skipping` regex, which is then
    compiled from that parse. The parser treats both alike (one alternation item, never equal
    to another, so never moved out of a branch as a shared prefix): the tree is the whole
    row's, and the compiled code that of the whole row with {G} written as the trie
    (tests/policy/test_hate_coded.py compares the code)."""
    if searched is None or trie is None:
        searched, trie = branch, None
    short = rx.replace("{G}", _G_STAND_IN).replace("{T}", _THEY_WORDS)
    tree = None if branch is None or "{G}" not in rx else _parse(short)
    if tree is None or _sre_compiler is None or _GROUP_REFERENCE.search(rx):
        tree = _parse(pattern)  # None for a bad pattern: re.compile says why
        if trie is not None and "{G}" in rx and tree is not None:
            fast = rx.replace("{G}", trie).replace("{T}", _THEY_WORDS)
            source, group = _skipping_source(fast, 0)
        else:
            source, group = _skipping_source(pattern, 0, tree)
        return tree, (re.compile(source), group)
    _splice(tree, branch)
    source, group = _skipping_source(short, 0, tree)  # its first characters are the row's
    if searched.__class__ is SharedBranch:
        parsed = _sre.parse(source)
        _splice(parsed, searched.item)
        return tree, (SplitRegex(parsed), group)
    return tree, (_SplicedRegex(source, searched), group)


class _SplicedRegex:
    """How to compile a coded row's `skipping` regex: its source with the {G} stand-in, and
    the parsed alternation to put in the stand-in's place, compiled whole (2-4 ms a row).
    The lexicon uses `SplitRegex` instead, whose trie code is made once; this stays for a
    Python whose compiler `shared_branch` cannot reach, and for the tests that compare."""

    __slots__ = ("searched", "source")

    def __init__(self, source: str, searched: tuple) -> None:
        self.source, self.searched = source, searched

    def compile(self) -> re.Pattern:
        parsed = _sre.parse(self.source)
        _splice(parsed, self.searched)
        return _sre_compiler.compile(parsed)


class CodedSearch(Sequence):
    """The coded rows' (`skipping` regex, group) pairs. A row with {G} is kept uncompiled
    (`SplitRegex`, or `_SplicedRegex` where the standard library's compiler cannot be
    reached) and compiled when read; the last `limit` rows read stay compiled (`lru_cache`).
    A compiled row holds the whole trie's code (about 70 KiB): kept for every row read, a
    long-running process that meets every row in time grew by some 13 MiB; from its pieces a
    row compiles in tens of µs, so the bound costs little. 32 rows: 388 compiles over 5,000
    benchmark comments (88 rows read, 5,656 reads) against 118 for 64, for 2.2 MiB less.
    Thread-safe: two threads reading one row at once may both compile it, and either regex
    is right."""

    __slots__ = ("_compiled", "_rows", "limit")

    def __init__(
        self, rows: list[tuple[re.Pattern | SplitRegex | _SplicedRegex, int]], limit: int = 32
    ) -> None:
        self._rows, self.limit = rows, limit
        self._compiled = lru_cache(maxsize=limit)(self._compile)  # thread-safe, bounded

    def _compile(self, k: int) -> tuple[re.Pattern, int]:
        row = self._rows[k]
        return row[0].compile(), row[1]

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        row = self._rows[k]
        if row[0].__class__ is re.Pattern:
            return row
        return self._compiled(k % len(self._rows))


def _is_stand_in(item: tuple) -> bool:
    op, av = item
    if op is not _sre_c.BRANCH or len(av[1]) != 2:
        return False
    first, second = (list(b) for b in av[1])
    lit = _sre_c.LITERAL
    return first == [(lit, 0xE000)] * 2 and second == [(lit, 0xE001)] * 2


def _splice(items, branch: tuple) -> None:
    """Put `branch` wherever `_G_STAND_IN` is in the parsed regex, at every depth, in place,
    and forget the widths the parser measured with the stand-in (the compiler reads them)."""
    if isinstance(items, _sre.SubPattern):
        items.width = None
    for k, item in enumerate(items):
        if _is_stand_in(item):
            items[k] = branch
            continue
        av = item[1]
        for part in av if isinstance(av, tuple | list) else (av,):
            for sub in part if isinstance(part, list) else (part,):
                if isinstance(sub, _sre.SubPattern):
                    _splice(sub, branch)


def _check_choices(name: str, term: str) -> None:
    """Raise LexiconError on a term whose {a|b} choices nest or do not close: `expand` reads
    one level only, so "{took|{got|received}} bribes" would silently load broken phrases."""
    depth = 0
    for ch in term:
        if ch == "{":
            depth += 1
            if depth > 1:
                raise LexiconError(
                    f"{name}: {term!r}: nested braces; write the choices as one flat "
                    "{a|b|c} group or as separate rows"
                )
        elif ch == "}":
            depth -= 1
            if depth < 0:
                raise LexiconError(f"{name}: {term!r}: '}}' with no '{{' before it")
    if depth:
        raise LexiconError(f"{name}: {term!r}: '{{' never closed")


def _choices(cell: str) -> list[str]:
    """The "|"-separated entries of a cell, a "|" inside braces ("{old |}{truck|car}") being
    part of its entry."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(cell):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(cell[start:i])
            start = i + 1
    out.append(cell[start:])
    return out


def expand(term: str) -> list[str]:
    """Spanish shorthand: asqueros@ -> o/a/os/as, imbecil+ -> plural, matar~ -> clitics,
    estrangular^ -> the forms of a regular verb (also as the first word of a phrase).
    In any language, {a|b} is one of its choices (an empty choice drops it): "belong{s|} in
    {cages|the gutter}" is four phrases."""
    if "{" in term:
        head, _, rest = term.partition("{")
        choices, _, tail = rest.partition("}")
        return [
            " ".join(form.split())
            for choice in choices.split("|")
            for form in expand(head + choice + tail)
        ]
    if "^" in term:
        head, _, rest = term.partition("^")
        return [form + rest for form in conjugate(head)]
    if term.endswith("@"):
        stem = term[:-1]
        return [stem + s for s in ("o", "a", "os", "as")]
    if term.endswith("+"):
        stem = term[:-1]
        if stem.endswith("z"):
            return [stem, stem[:-1] + "ces"]
        if stem[-1] in "aeiou":
            return [stem, stem + "s"]
        return [stem, stem + "es"]
    if term.endswith("~"):
        stem = term[:-1]
        return [stem, stem + "los", stem + "las", stem + "les", stem + "lo", stem + "la"]
    return [term]


# The forms a threat or a call is written in: the infinitive with its object pronoun, the
# participle (passive: "deberían ser estrangulados"), the gerund, the first person and the
# "nosotros" of the present, future and conditional, and the subjunctive of a wish or an order.
_ENDINGS = {
    "ar": ("ar", "arlos", "arlas", "arles", "arlo", "arla", "ado", "ada", "ados", "adas",
           "ando", "andolos", "andolas", "o", "amos", "an", "are", "aremos", "aran", "ara",
           "aria", "ariamos", "arian", "en", "emos", "e", "ad"),
    "er": ("er", "erlos", "erlas", "erles", "erlo", "erla", "ido", "ida", "idos", "idas",
           "iendo", "iendolos", "iendolas", "o", "emos", "en", "ere", "eremos", "eran", "era",
           "eria", "eriamos", "erian", "an", "amos", "a", "ed"),
    "ir": ("ir", "irlos", "irlas", "irles", "irlo", "irla", "ido", "ida", "idos", "idas",
           "iendo", "iendolos", "iendolas", "o", "imos", "en", "ire", "iremos", "iran", "ira",
           "iria", "iriamos", "irian", "an", "amos", "a", "id"),
}  # fmt: skip
# Spelling that keeps the sound before "e" in the subjunctive: ataque, pegue, cace.
_SOFTEN = {"c": "qu", "g": "gu", "z": "c"}


# Forms that are also everyday nouns or adverbs ("el deporte", "aparte"): left out.
_NOUN_FORMS = frozenset({"deporte", "aparte", "golpe", "cazo", "quema"})


def conjugate(infinitive: str) -> list[str]:
    """The common forms of a regular Spanish verb, accents folded (see `_ENDINGS`)."""
    stem, kind = infinitive[:-2], infinitive[-2:]
    if kind not in _ENDINGS:
        return [infinitive]
    forms = []
    for ending in _ENDINGS[kind]:
        s = stem
        if kind == "ar" and ending[0] == "e" and s[-1:] in _SOFTEN:
            s = s[:-1] + _SOFTEN[s[-1]]
        if s + ending not in _NOUN_FORMS:
            forms.append(s + ending)
    return forms


def deletions(word: str, start: int = 0) -> set[str]:
    """`word` with one letter deleted, at every position from `start` on (the fuzzy index's
    keys: two words one edit apart share a deletion)."""
    return {word[:i] + word[i + 1 :] for i in range(start, len(word))}


_HATEFUL_PHRASE_CLASSES = ("H", "W", "V", "K")

# A Spanish predicate is listed in the plural ("no valen nada", "deberian ser esclavos"); said
# of one member ("un X no vale nada", "una X deberia ser esclava") it takes the singular verb.
# Only the third-person plurals below are turned, and a plural right after "ser", "estar" or
# "mejor" (the participle or noun agreeing with the subject).
_SINGULAR_CLASSES = frozenset({"X", "Z", "K", "W"})
_SINGULAR_VERBS = {
    "son": "es", "estan": "esta", "seran": "sera", "han": "ha", "deberian": "deberia",
    "deben": "debe", "tienen": "tiene", "tendran": "tendra", "merecen": "merece",
    "vienen": "viene", "vinieron": "vino", "valen": "vale", "viven": "vive",
    "sirven": "sirve", "traen": "trae", "pertenecen": "pertenece", "quieren": "quiere",
    "roban": "roba", "hacen": "hace", "reproducen": "reproduce", "importan": "importa",
    "huelen": "huele", "apestan": "apesta", "estorban": "estorba", "arruinan": "arruina",
    "venden": "vende", "quitan": "quita", "quejan": "queja", "llegan": "llega",
    "llegaran": "llegara", "invaden": "invade", "trabajan": "trabaja", "sobran": "sobra",
    "saben": "sabe", "pueden": "puede", "pintan": "pinta", "piensan": "piensa",
    "integran": "integra", "infestan": "infesta", "ensucian": "ensucia",
    "destruyen": "destruye", "corrompen": "corrompe", "contaminan": "contamina",
    "carecen": "carece", "banan": "bana", "aportan": "aporta", "abusan": "abusa",
    "andan": "anda", "causan": "causa", "reemplazan": "reemplaza", "producen": "produce",
    "dan": "da", "ponen": "pone", "repugnan": "repugna", "enferman": "enferma",
    "asquean": "asquea", "cabrean": "cabrea", "enojan": "enoja", "enfadan": "enfada",
    "irritan": "irrita", "molestan": "molesta", "revuelven": "revuelve", "repelen": "repele",
}  # fmt: skip
_AGREEING_AFTER = frozenset({"ser", "estar", "mejor"})
# A reaction said of one member counts only when it is disgust: "me da pena / miedo / rabia"
# and "me molesta" are as often felt for someone ("me da pena lo que les pasa a los X").
_DISGUST_WORDS = frozenset(
    {"asco", "repugna", "nauseas", "enferma", "enfermo", "vomitar", "repulsion", "repele",
     "repugnancia", "asquea", "grima", "arcadas", "estomago"}
)  # fmt: skip


def singular_es(phrase: str) -> str | None:
    """The singular of a plural Spanish predicate ("no valen nada" -> "no vale nada",
    "deberian ser esclavos" -> "deberia ser esclavo"), or None when nothing is plural."""
    words = phrase.split()
    if not any(w in _SINGULAR_VERBS for w in words) and words[0] not in _AGREEING_AFTER:
        return None
    out = []
    for k, w in enumerate(words):
        if w in _SINGULAR_VERBS:
            w = _SINGULAR_VERBS[w]
        elif k and words[k - 1] in _AGREEING_AFTER and re.fullmatch(r"\w+[oa]s", w):
            w = w[:-1]
        out.append(w)
    one = " ".join(out)
    return one if one != phrase else None


@cache
def load() -> Lexicon:
    """Every lexicon, built once. The cyclic garbage collector is paused meanwhile: building
    makes some million objects (parse trees, tables) and frees no cycle, so its passes over
    the growing heap were a tenth of the load time for nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        with precompiled():
            return _build()
    finally:
        if enabled:
            gc.enable()


def _build() -> Lexicon:
    table: dict[tuple[str, ...], dict[str, list[tuple[str, str]]]] = {}
    counts: dict[str, int] = {}
    # one string object per distinct word: the phrases' 116,000 words are some 10,000
    # distinct ones, and a copy each (as `split_words` makes them) was 4.6 MiB
    one_word: dict[str, str] = {}
    same_word = one_word.setdefault

    def add(term: str, cls: str, lang: str, meta: str = "") -> None:
        for form in expand(term):
            words = tuple(same_word(w, w) for w, _, _ in split_words(fold_term(form)))
            if not words:
                continue
            table.setdefault(words, {}).setdefault(cls, []).append((lang, meta))

    group_rows = _rows("groups.tsv")
    en_adjectives: list[tuple[str, str]] = []  # identity adjectives, read with their nouns
    nouns_en = {c[0] for c in group_rows if c[2:3] == ["en"] and c[3:4] != ["adj"]}
    for cols in group_rows:
        lang = cols[2] if len(cols) > 2 else "*"
        if len(cols) > 3 and cols[3] == "adj":
            plural = cols[0].endswith("s")
            nouns: tuple[str, ...] = ()
            if lang == "es":
                nouns = _ES_NOUNS_PL if plural else _ES_NOUNS_SG
                if cols[0] in ("trans", "gay", "gays", "lgbt"):  # invariable adjectives
                    nouns = _ES_NOUNS_PL + _ES_NOUNS_SG
            for noun in nouns:
                add(f"{noun} {cols[0]}", "G", lang, cols[1])
            if lang == "en":
                for noun in _EN_NOUNS:
                    add(f"{cols[0]} {noun}", "G", lang, cols[1])
                en_adjectives.append((cols[0], cols[1]))
            if (
                lang == "en"
                and not plural
                and cols[1] in ("nationality", "ethnicity")
                and cols[0] not in nouns_en
                and cols[0] not in _COLOURS
            ):
                # "hire a Haitian", "never trust a Somali": the adjective as a noun, one person
                # (not a word groups.tsv lists as a noun too: "a Muslim" is read already; not
                # a colour)
                for article in _EN_ONE:
                    add(f"{article} {cols[0]}", "G", lang, cols[1])
            continue
        add(cols[0], "G", lang, cols[1])
    counts["groups"] = len(table)
    for cols in _rows("slurs.tsv"):
        term, group, lang, severity = cols[:4]
        flags = cols[4] if len(cols) > 4 else "-"
        add(term, "S", lang, f"{group}|{severity}|{flags}")
    for cols in _rows("profanity.tsv"):
        add(cols[0], "PROF", cols[1], cols[2])
    for cols in _rows("insults.tsv"):
        add(cols[0], "INS", cols[1], cols[2])
    for cols in _rows("dehumanising.tsv"):
        add(cols[0], "D", cols[1])
    for cols in _rows("hate_terms.tsv"):
        add(cols[0], cols[1], cols[2])
        if cols[2] == "es" and cols[1] in _SINGULAR_CLASSES:
            for form in expand(cols[0]):
                one = singular_es(form)
                if one and (cols[1] != "W" or _DISGUST_WORDS.intersection(one.split())):
                    add(one, cols[1], "es")
    for cols in _rows("grammar.tsv"):
        add(cols[0], cols[1], cols[2])
    for cols in _rows("frames.tsv"):
        add(cols[0], cols[1], cols[2])
    for cols in _rows("libel.tsv"):
        _check_choices("libel.tsv", cols[0])
        add(cols[0], cols[1], cols[2])

    homonyms: dict[str, frozenset[str]] = {}
    near_homonyms: set[str] = set()
    scunthorpe: set[str] = set()
    allow_rows = _rows("allow.tsv")
    # A class of context words ("@insects") that several homonyms share; a context word may
    # use the Spanish shorthand ("becerr@" is becerro, becerra, becerros, becerras).
    classes = {
        cols[0]: frozenset(fold_term(f) for c in _choices(cols[2]) for f in expand(c))
        for cols in allow_rows
        if cols[1] == "class"
    }

    def context(cell: str) -> frozenset[str]:
        found: set[str] = set()
        for c in _choices(cell):
            if c.startswith("@"):
                if c not in classes:
                    raise LexiconError(f"allow.tsv: no class {c}")
                found |= classes[c]
            else:
                found.update(fold_term(f) for f in expand(c))
        return frozenset(found)

    for cols in allow_rows:
        term, kind = cols[0], cols[1]
        if kind == "class":
            continue
        ctx = context(cols[2]) if kind != "scunthorpe" else frozenset()
        for form in expand(term):
            folded = fold_term(form)
            if kind == "scunthorpe":
                scunthorpe.add(folded)
            else:
                homonyms[folded] = ctx
                if kind == "homonym_near":
                    near_homonyms.add(folded)

    def split(term: str) -> tuple[str, ...]:
        return tuple(w for w, _, _ in split_words(fold_term(term)))

    # An adjective and its noun are read by the analysis (`adjective_nouns`), not listed as
    # phrases; the few that another lexicon lists as a phrase are groups there too.
    noun_forms = [(split(form), kind) for form, kind in adjective_nouns.en_nouns().items()]
    for adjective, group_kind in en_adjectives:
        allowed = adjective_nouns.allowed_kinds(adjective, group_kind)
        head = split(adjective)
        for noun, kind in noun_forms:
            found = table.get(head + noun) if kind in allowed else None
            if found is not None:
                found.setdefault("G", []).append(("en", group_kind))

    phrases: dict[str, list] = {}
    # Some 27,000 phrases say one of a few hundred distinct things: equal entries are one
    # shared (immutable) object, which keeps about 10 MiB out of every process.
    shared: dict[tuple, Entry] = {}
    for words, classes in table.items():
        frozen = tuple((k, tuple(v)) for k, v in classes.items())
        entry = Entry(MappingProxyType(dict(frozen)))
        codes = tuple((lang, _code(entry, lang, words)) for lang in ("en", "es"))
        key = (frozen, codes)
        if key not in shared:
            shared[key] = Entry(entry.classes, MappingProxyType(dict(codes)))
        phrases.setdefault(words[0], []).append((words, shared[key]))
    by_first: dict[str, tuple] = {}
    for first, items in phrases.items():
        lengths: dict[int, dict] = {}
        for words, entry in items:
            lengths.setdefault(len(words), {})[words] = entry
        by_first[first] = tuple(
            (n, MappingProxyType(lengths[n])) for n in sorted(lengths, reverse=True)
        )
    frozen_phrases = MappingProxyType(by_first)

    def group_entry(pairs: tuple[tuple[str, str], ...]) -> Entry:
        """The shared entry of a group phrase of two words or more with these pairs."""
        classes = (("G", pairs),)
        entry = Entry(MappingProxyType(dict(classes)))
        codes = tuple((lang, _code(entry, lang, ("", ""))) for lang in ("en", "es"))
        key = (classes, codes)
        if key not in shared:
            shared[key] = Entry(entry.classes, MappingProxyType(dict(codes)))
        return shared[key]

    nouns_table = adjective_nouns.build(en_adjectives, split, group_entry)
    phrase_words = frozenset(w for words in table for w in words)
    # the nouns after an identity adjective are known words, but no near-word targets: a slip
    # read as a role would name a people ("Chinese printers" as "painters", "biker" as "baker")
    all_words = phrase_words | nouns_table.words

    # Fuzzy matching (one edit): content words of four letters or more, and every other word
    # of five or more, including the words of longer phrases ("can't stand", "belong in
    # cages"), so that a slip in any word of a phrase does not hide it.
    fuzzy: dict[str, list[str]] = {}
    by_length: dict[int, list[str]] = {}
    indexed: set[str] = set()
    for words, classes in table.items():
        if len(words) != 1 or "*" in words[0]:
            continue
        if not any(c in classes for c in ("G", "S", "D", "X", "H", "V", "PROF", "INS")):
            continue
        w = words[0]
        if len(w) >= 3:
            by_length.setdefault(len(w), []).append(w)
        if len(w) < 4:
            continue
        indexed.add(w)
        for d in deletions(w) | {w}:
            fuzzy.setdefault(d, []).append(w)
    # Four-letter words of hateful phrases too ("asco" in "me dan asco"): the phrase is the
    # context that makes a slip of a letter safe to undo.
    hateful = {
        w
        for words, classes in table.items()
        if len(words) > 1 and any(c in classes for c in _HATEFUL_PHRASE_CLASSES)
        for w in words
    }
    for w in sorted(phrase_words - indexed):
        if (len(w) < 5 and not (len(w) == 4 and w in hateful)) or "*" in w or not w.isalpha():
            continue
        for d in deletions(w) | {w}:
            fuzzy.setdefault(d, []).append(w)
    fuzzy_index = MappingProxyType({k: v[0] if len(v) == 1 else tuple(v) for k, v in fuzzy.items()})
    lengths = MappingProxyType({k: tuple(sorted(v)) for k, v in by_length.items()})
    counts["phrases"] = len(table)
    # The phrase table and the fuzzy lists are done with: dropped before the regex rows are
    # read (some 35 MiB at once), their blocks take those rows' objects instead of new arenas
    # (the allocator keeps an arena while one block of it lives: the load's peak stayed)
    for done in (table, phrases, shared, one_word, fuzzy, by_length, indexed, hateful):
        done.clear()

    stop: dict[str, set[str]] = {"stop-en": set(), "stop-es": set(), "common-es": set()}
    for cols in _rows("stopwords.tsv"):
        stop.setdefault(cols[1], set()).add(fold_term(cols[0]))
    vocab_en = frozenset(
        fold_term(c[0]) for c in _rows("vocab_en.txt") + _rows("vocab_en_near.txt")
    )
    vocab_es = frozenset(fold_term(c[0]) for c in _rows("vocab_es.txt")) | frozenset(
        stop["common-es"]
    )
    vocab = vocab_en | vocab_es | scunthorpe

    j_words = (  # "j*dios", "j3ws": a starred or spelled-out letter still names them
        r"(?:jews?|jewish|jewry|zionists?|zios?|sionistas?|judios?|judias?|judaismo|hebreos?|rothschilds?"
        r"|hebrews|j\*(?:dios?|dias?|ws?))"
    )
    tropes = []
    for cols in _id_rows("tropes.tsv", by_lang=True):
        ident, lang, rx = cols[0], cols[1], cols[2]
        try:
            tropes.append((ident, lang, Prefiltered(*_read(rx.replace("{J}", j_words)))))
        except re.error as exc:
            raise LexiconError(f"tropes.tsv: {ident}: {exc}") from exc
    coded, coded_search, coded_needs, coded_prefilters, coded_proven = _coded_rows()
    # Each row is parsed once (`_read`) and everything read from its parse is read at once, so
    # no parse outlives its row (held for all rows, they left the heap some 12 MiB larger)
    spam = []
    spam_alternatives: list[tuple[tuple[frozenset[str], ...], ...]] = []
    spam_search: list[tuple[re.Pattern | Gated, int]] = []
    for cols in _id_rows("spam.tsv"):
        try:
            regex, tree = _read(cols[2])
            keys = () if tree is None else _required_of(tree)
            spam.append((cols[0], float(cols[1]), regex, keys))
            spam_alternatives.append(((),) if tree is None else _alternatives_of(tree))
            spam_search.append(gated(regex, tree))
        except (re.error, ValueError) as exc:
            raise LexiconError(f"spam.tsv: {cols[0]}: {exc}") from exc
    # The troll rows' top-level alternatives, each compiled on its own and searched only when
    # its required strings are in the text; one NeedleIndex serves them and the spam patterns.
    troll = []
    troll_needs: list[tuple[frozenset[str], ...]] = []
    troll_parts: list[tuple[int, re.Pattern, int]] = []
    troll_aimed: list[tuple[str, str, re.Pattern, int]] = []
    aimed_alternatives: list[tuple[tuple[frozenset[str], ...], ...]] = []
    for number, cols in enumerate(_id_rows("troll.tsv")):
        ident, action = cols[0], cols[1]
        try:
            keys = _prefilter_keys(cols[2])
            regex, tree = _read(cols[2])
        except re.error as exc:
            raise LexiconError(f"troll.tsv: {ident}: {exc}") from exc
        rx = Prefiltered(regex, tree)
        troll.append((ident, action, rx, keys))
        alts = ((),) if tree is None else _alternatives_of(tree)  # alternative_literals
        if action.startswith("aimed"):  # read over the text with its @handles, by `_aimed`
            troll_aimed.append((ident, action, *skipping(rx, tree)))
            aimed_alternatives.append(alts)
            continue
        pieces = top_alternatives(rx.pattern)
        if len(pieces) != len(alts):  # the parser merged branches: search the whole row
            pieces, alts = [rx.pattern], (() if tree is None else _required_of(tree),)
        for piece, alt in zip(pieces, alts, strict=True):
            troll_needs.append(alt)
            if piece == rx.pattern:
                troll_parts.append((number, *skipping(regex, tree)))
            else:
                troll_parts.append((number, *skipping(*_read(piece))))
    # Every required set of an alternative, not only the rarest: a set more costs a bit in the
    # token memo, and spares regex searches (1.7 -> 1.2 spam patterns searched a comment).
    # The listener rows are searched whole (the first row that matches wins) when one of
    # their alternatives may match.
    spam_needles, troll_needles, aimed_needles, coded_needles = shared_needles(
        [
            (
                [alt for alts in spam_alternatives for alt in alts],
                [number for number, alts in enumerate(spam_alternatives) for _ in alts],
            ),
            (troll_needs, None),
            (
                [alt for alts in aimed_alternatives for alt in alts],
                [number for number, alts in enumerate(aimed_alternatives) for _ in alts],
            ),
            coded_needs,  # read over the same text as the troll rows: one mask
        ]
    )

    counts.update(
        {
            "tropes": len(tropes),
            "coded": len(coded),
            "spam": len(spam),
            "troll": len(troll),
            "vocab": len(vocab),
        }
    )
    return Lexicon(
        phrases=frozen_phrases,
        words=all_words,
        fuzzy_index=fuzzy_index,
        by_length=lengths,
        vocab=vocab,
        vocab_by_lang=MappingProxyType(
            {
                "en": vocab_en | scunthorpe | frozenset(stop["stop-en"]),
                "es": vocab_es | scunthorpe | frozenset(stop["stop-es"]),
            }
        ),
        homonym_context=MappingProxyType(homonyms),
        homonym_near=frozenset(near_homonyms),
        scunthorpe=frozenset(scunthorpe),
        names=frozenset(fold_term(c[0]) for c in _rows("names_near.txt")),
        tropes=tuple(tropes),
        coded=coded,
        coded_needles=coded_needles,
        coded_search=coded_search,
        coded_prefilters=coded_prefilters,
        coded_prefilter_proven=coded_proven,
        spam=tuple(spam),
        spam_needles=spam_needles,
        troll=tuple(troll),
        stopwords=MappingProxyType(
            {"en": frozenset(stop["stop-en"]), "es": frozenset(stop["stop-es"])}
        ),
        counts=MappingProxyType(counts),
        troll_needles=troll_needles,
        troll_parts=tuple(troll_parts),
        troll_aimed=tuple(troll_aimed),
        aimed_needles=aimed_needles,
        spam_search=tuple(spam_search),
        adjective_nouns=nouns_table,
    )


# Words before a nationality adjective that make it a noun for each member of the group
# ("every Haitian", "one more Guatemalan"); the analysis reads them as units of their own before
# the group word, as it reads "every Mexican".
EACH_EN = frozenset(
    {("every",), ("every", "single"), ("every", "last"), ("each",), ("any",), ("one", "more")}
)
# ... and the words that make it a noun for one person ("a Haitian").
_EN_ONE = ("a", "an", "another", *(" ".join(words) for words in sorted(EACH_EN)))
_EN_NOUNS = (
    "person",
    "people",
    "lives",
    "man",
    "men",
    "woman",
    "women",
    "guy",
    "guys",
    "girl",
    "girls",
    "boy",
    "boys",
    "kid",
    "kids",
    "folk",
    "folks",
    "dude",
    "dudes",
    "lady",
    "ladies",
    "family",
    "families",
    "behaviour",
    "behavior",
    "neighbor",
    "neighbors",
    "neighbour",
    "neighbours",
    "student",
    "students",
    "worker",
    "workers",
    "colleague",
    "colleagues",
    "individuals",
    "individual",
    "child",
    "children",
    "community",
    "communities",
    "couple",
    "couples",
    "immigrants",
    "citizens",
    # a people named through the streets it lives on ("Black neighborhoods are a sewer")
    "neighborhood",
    "neighborhoods",
    "neighbourhood",
    "neighbourhoods",
)


_ES_NOUNS_SG = (
    "persona",
    "mujer",
    "hombre",
    "chica",
    "chico",
    "nino",
    "nina",
    "gente",
    "vecino",
    "vecina",
    "familia",
    "pareja",
    "comunidad",
    "tipo",
    "tio",
    "tia",
    "senor",
    "senora",
)
_ES_NOUNS_PL = (
    "personas",
    "mujeres",
    "hombres",
    "chicas",
    "chicos",
    "ninos",
    "ninas",
    "vecinos",
    "vecinas",
    "familias",
    "parejas",
    "comunidades",
    "tipos",
    "tios",
    "tias",
)
