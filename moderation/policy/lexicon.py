"""Load the plain-data lexicons once into immutable lookup tables (phrase index, regexes).

Terms are folded with the same normaliser as comments, so accents, case and typography never
decide a match. `load()` is cached; everything it returns is read-only after loading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType

from moderation.policy.normalize import fold_term

try:  # the standard library's regex parser, to read which strings a pattern needs
    import re._constants as _sre_c
    import re._parser as _sre
except ImportError:  # pragma: no cover - a future Python may move it; patterns then always run
    _sre = _sre_c = None

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"
_SPLIT = re.compile(r"\t+| {2,}")
_TOKEN = re.compile(r"[a-z*]+(?:'[a-z]+)?|[0-9]+%?")

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
_WORD_MEMO_LIMIT = 50_000  # tokens remembered by a Needles (a few MiB at most)


class _TokenMemo(dict):
    """token -> the letter strings of a Needles in it, computed on first sight; bounded (a
    full memo stops growing) and thread-safe (single dict reads and writes)."""

    __slots__ = ("index", "rx")

    def __init__(self, rx: re.Pattern, index: MappingProxyType) -> None:
        super().__init__()
        self.rx, self.index = rx, index

    def __missing__(self, token: str) -> tuple[str, ...]:
        index = self.index
        found = tuple({t for s in self.rx.findall(token) for t in index[s]})
        if len(self) < _WORD_MEMO_LIMIT:
            self[token] = found
        return found


@dataclass(frozen=True, slots=True)
class Needles:
    """Which of many regexes can match a text: every regex lists sets of strings (one string
    of each set is in every match, see `required_literals`), and a regex is a candidate when
    each of its sets has a string in the text. Much cheaper than a search per regex or string.

    Most strings are plain letters, so each lies inside one white-space separated token of the
    text: the strings a token holds are found once per distinct token (a trie regex tried at
    every position of it) and remembered, since comments repeat their words; a trie pass over
    every position of every comment cost more than the rest of the spam rule. A string with
    other characters (" my ", "sub4sub") is looked for with `in`, only in texts holding its
    longest run of letters (its guard)."""

    rx: re.Pattern | None  # trie of the letter strings and guards, tried at each position
    index: MappingProxyType  # letter string -> it and the shorter ones it starts with
    # (the trie reports only the longest string at a position)
    full: tuple[int, ...]  # per regex: the bits of all its sets
    always: frozenset[int]  # regexes with no certain string: always candidates
    owner: tuple[int, ...] = ()  # per entry, the regex it is an alternative of (none: itself)
    pairs: MappingProxyType = MappingProxyType({})  # letter string -> ((regex, bit), ...)
    guarded: MappingProxyType = MappingProxyType({})  # guard -> ((string, pairs), ...)
    unguarded: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = ()  # no letters: any text
    memo: dict = field(default_factory=dict)  # token -> letter strings in it (a _TokenMemo)

    def candidates(self, text: str) -> list[int]:
        """Numbers (in order) of the regexes that may match the text."""
        if self.rx is None:
            ready = set(self.always)
        else:
            met: dict[int, int] = {}
            # a string of letters lies inside one run of letters, so inside one white-space
            # separated token: the memo answers most tokens in one C loop
            strings = set().union(*map(self.memo.__getitem__, set(text.split())))
            pairs, guarded = self.pairs, self.guarded
            for s in strings:
                for regex, bit in pairs.get(s, ()):
                    met[regex] = met.get(regex, 0) | bit
                for string, its_pairs in guarded.get(s, ()):
                    if string in text:
                        for regex, bit in its_pairs:
                            met[regex] = met.get(regex, 0) | bit
            for string, its_pairs in self.unguarded:
                if string in text:
                    for regex, bit in its_pairs:
                        met[regex] = met.get(regex, 0) | bit
            full = self.full
            ready = {r for r, bits in met.items() if bits == full[r]} | self.always
        if self.owner:
            ready = {self.owner[r] for r in ready}
        return sorted(ready)


def build_needles(
    needs: list[tuple[frozenset[str], ...]], owner: list[int] | None = None
) -> Needles:
    """The index over the regexes' required strings (`needs[i]` for regex number i). With
    `owner`, entry i is one top-level alternative of regex `owner[i]` (see
    `alternative_literals`): the regex is a candidate when any of its alternatives is."""
    own: dict[str, set[tuple[int, int]]] = {}
    for regex, sets in enumerate(needs):
        for number, strings in enumerate(sets):
            for s in strings:
                own.setdefault(s, set()).add((regex, 1 << number))
    always = frozenset(r for r, sets in enumerate(needs) if not sets)
    full = tuple((1 << len(sets)) - 1 for sets in needs)
    owners = tuple(owner or ())
    if not own:
        return Needles(None, MappingProxyType({}), full, always, owners)
    pairs = {s: tuple(sorted(p)) for s, p in own.items() if _LETTER_RUN.fullmatch(s)}
    guarded: dict[str, list[tuple[str, tuple[tuple[int, int], ...]]]] = {}
    unguarded = []
    for s in sorted(own.keys() - pairs.keys()):
        runs = _LETTER_RUN.findall(s)
        if runs:
            guarded.setdefault(max(runs, key=len), []).append((s, tuple(sorted(own[s]))))
        else:
            unguarded.append((s, tuple(sorted(own[s]))))
    pieces = pairs.keys() | guarded.keys()
    trie: dict = {}
    for s in pieces:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}
    index = MappingProxyType(
        {s: tuple(s[:k] for k in range(1, len(s) + 1) if s[:k] in pieces) for s in pieces}
    )
    rx = re.compile("(?=(" + _trie_regex(trie) + "))")
    return Needles(
        rx,
        index,
        full,
        always,
        owners,
        MappingProxyType(pairs),
        MappingProxyType({k: tuple(v) for k, v in guarded.items()}),
        tuple(unguarded),
        _TokenMemo(rx, index),
    )


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
    fuzzy_index: MappingProxyType  # deletion variant -> tuple of single-word terms
    by_length: MappingProxyType  # length -> single-word content terms (for masked words)
    vocab: frozenset[str]
    homonym_context: MappingProxyType  # term -> frozenset of context words
    scunthorpe: frozenset[str]
    tropes: tuple[tuple[str, str, Prefiltered], ...]
    spam: tuple[tuple[str, float, re.Pattern, tuple[frozenset[str], ...]], ...]  # last: needs
    spam_needles: Needles  # finds the spam patterns' required strings in one pass
    troll: tuple[tuple[str, str, Prefiltered, frozenset[str]], ...]  # last: prefilter keys
    stopwords: MappingProxyType  # lang -> frozenset
    counts: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))

    def lookup(self, words: tuple[str, ...]) -> Entry | None:
        for length, table in self.phrases.get(words[0], ()):
            if length == len(words):
                return table.get(words)
        return None


# One code letter per unit, by priority (a phrase may sit in several lexicons); see analysis.py.
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
    Unlike word-start keys this is exact, so a prefilter built on it never hides a match."""
    tree = _parse(pattern)
    return () if tree is None else _required_of(tree)


def alternative_literals(pattern: str) -> tuple[tuple[frozenset[str], ...], ...]:
    """`required_literals` of each top-level alternative of the regex ("a...|b...|c..."), so a
    text must hold a string of every set of at least one of them. Far sharper for the long
    alternations of spam.tsv than the sets common to all alternatives; a regex that is not one
    alternation at the top counts as its own single alternative."""
    tree = _parse(pattern)
    return ((),) if tree is None else _alternatives_of(tree)


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


def _sharpest(sets: tuple[frozenset[str], ...], n: int = 2) -> tuple[frozenset[str], ...]:
    """The n most telling of an alternative's required sets. Every set is needed on its own, so
    any of them keeps the prefilter exact; past two, more strings cost the one-pass search
    more time than they save in regexes not run (measured on the benchmark comments)."""
    return tuple(sorted(sets, key=_selectivity, reverse=True)[:n])


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
    return [c for c in candidates if min(_letters(k) for k in c) >= 2]


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
        out: set[str] = set()
        for branch in av[1]:
            found = _required_seq(list(branch))
            if not found:
                return None
            out |= found
        return out
    if op in (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT) and av[0] >= 1:
        return _required_seq(list(av[2]))
    return None


def _letters(s: str) -> int:
    return sum(c.isalpha() for c in s)


_CASE_FLAG = re.compile(r"\(\?[a-zA-Z-]*i")  # (?i) or (?i:...): literals are not literal then


class Prefiltered:
    """A lexicon regex behind a substring test. Python's regex engine tries a pattern such as
    r"\\b(i will|i'll) ... (kill|hurt)" at every position of the text, while `in` scans in C:
    every match holds a string of each of `required_literals(pattern)`, so a text missing one
    of those sets is answered without the regex. Reads like the re.Pattern it wraps, and the
    answer is always the regex's own (troll and trope patterns; spam has `Needles`)."""

    __slots__ = ("needs", "regex")

    def __init__(self, regex: re.Pattern) -> None:
        self.regex = regex
        needs = () if _CASE_FLAG.search(regex.pattern) else required_literals(regex.pattern)
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

    def __getattr__(self, name: str):
        if name in self.__slots__:  # not set yet (a copy being built)
            raise AttributeError(name)
        return getattr(self.regex, name)  # pattern, finditer, ... as on the regex itself

    def __repr__(self) -> str:
        return f"Prefiltered({self.regex!r})"


class LexiconError(Exception):
    """A lexicon file is missing or malformed (reported by the system check)."""


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


def expand(term: str) -> list[str]:
    """Spanish shorthand: asqueros@ -> o/a/os/as, imbecil+ -> plural, matar~ -> clitics."""
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


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


_HATEFUL_PHRASE_CLASSES = ("H", "W", "V", "K")


@cache
def load() -> Lexicon:
    table: dict[tuple[str, ...], dict[str, list[tuple[str, str]]]] = {}
    counts: dict[str, int] = {}

    def add(term: str, cls: str, lang: str, meta: str = "") -> None:
        for form in expand(term):
            words = tuple(w for w, _, _ in split_words(fold_term(form)))
            if not words:
                continue
            table.setdefault(words, {}).setdefault(cls, []).append((lang, meta))

    for cols in _rows("groups.tsv"):
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
            for noun in _EN_NOUNS if lang == "en" else ():
                add(f"{cols[0]} {noun}", "G", lang, cols[1])
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
    for cols in _rows("grammar.tsv"):
        add(cols[0], cols[1], cols[2])
    for cols in _rows("frames.tsv"):
        add(cols[0], cols[1], cols[2])
    for cols in _rows("libel.tsv"):
        add(cols[0], cols[1], cols[2])

    homonyms: dict[str, frozenset[str]] = {}
    scunthorpe: set[str] = set()
    for cols in _rows("allow.tsv"):
        term, kind = cols[0], cols[1]
        for form in expand(term):
            folded = fold_term(form)
            if kind == "scunthorpe":
                scunthorpe.add(folded)
            else:
                ctx = frozenset(fold_term(c) for c in cols[2].split("|"))
                homonyms[folded] = ctx
                if len(cols) > 2 and term.endswith("+"):
                    homonyms[folded] = ctx

    phrases: dict[str, list] = {}
    for words, classes in table.items():
        entry = Entry(MappingProxyType({k: tuple(v) for k, v in classes.items()}))
        codes = {lang: _code(entry, lang, words) for lang in ("en", "es")}
        entry = Entry(entry.classes, MappingProxyType(codes))
        phrases.setdefault(words[0], []).append((words, entry))
    by_first: dict[str, tuple] = {}
    for first, items in phrases.items():
        lengths: dict[int, dict] = {}
        for words, entry in items:
            lengths.setdefault(len(words), {})[words] = entry
        by_first[first] = tuple(
            (n, MappingProxyType(lengths[n])) for n in sorted(lengths, reverse=True)
        )
    frozen_phrases = MappingProxyType(by_first)
    all_words = frozenset(w for words in table for w in words)

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
        for d in _deletes(w) | {w}:
            fuzzy.setdefault(d, []).append(w)
    # Four-letter words of hateful phrases too ("asco" in "me dan asco"): the phrase is the
    # context that makes a slip of a letter safe to undo.
    hateful = {
        w
        for words, classes in table.items()
        if len(words) > 1 and any(c in classes for c in _HATEFUL_PHRASE_CLASSES)
        for w in words
    }
    for w in sorted(all_words - indexed):
        if (len(w) < 5 and not (len(w) == 4 and w in hateful)) or "*" in w or not w.isalpha():
            continue
        for d in _deletes(w) | {w}:
            fuzzy.setdefault(d, []).append(w)

    stop: dict[str, set[str]] = {"stop-en": set(), "stop-es": set(), "common-es": set()}
    for cols in _rows("stopwords.tsv"):
        stop.setdefault(cols[1], set()).add(fold_term(cols[0]))
    vocab_rows = _rows("vocab_en.txt") + _rows("vocab_en_near.txt") + _rows("vocab_es.txt")
    vocab = (
        frozenset(fold_term(c[0]) for c in vocab_rows) | frozenset(stop["common-es"]) | scunthorpe
    )

    j_words = r"(?:jews?|jewish|jewry|zionists?|judios?|judias?|judaismo|hebreos?|rothschilds?)"
    tropes = []
    for cols in _rows("tropes.tsv"):
        ident, lang, rx = cols[0], cols[1], cols[2]
        try:
            tropes.append((ident, lang, Prefiltered(re.compile(rx.replace("{J}", j_words)))))
        except re.error as exc:
            raise LexiconError(f"tropes.tsv: {ident}: {exc}") from exc
    spam = []
    spam_alternatives: list[tuple[tuple[frozenset[str], ...], ...]] = []
    for cols in _rows("spam.tsv"):
        try:
            tree = _parse(cols[2])  # parsed once for both readings
            keys = () if tree is None else _required_of(tree)
            spam.append((cols[0], float(cols[1]), re.compile(cols[2]), keys))
            spam_alternatives.append(((),) if tree is None else _alternatives_of(tree))
        except (re.error, ValueError) as exc:
            raise LexiconError(f"spam.tsv: {cols[0]}: {exc}") from exc
    troll = []
    for cols in _rows("troll.tsv"):
        try:
            keys = _prefilter_keys(cols[2])
            troll.append((cols[0], cols[1], Prefiltered(re.compile(cols[2])), keys))
        except re.error as exc:
            raise LexiconError(f"troll.tsv: {cols[0]}: {exc}") from exc

    counts.update(
        {
            "phrases": len(table),
            "tropes": len(tropes),
            "spam": len(spam),
            "troll": len(troll),
            "vocab": len(vocab),
        }
    )
    return Lexicon(
        phrases=frozen_phrases,
        words=all_words,
        fuzzy_index=MappingProxyType({k: tuple(v) for k, v in fuzzy.items()}),
        by_length=MappingProxyType({k: tuple(sorted(v)) for k, v in by_length.items()}),
        vocab=vocab,
        homonym_context=MappingProxyType(homonyms),
        scunthorpe=frozenset(scunthorpe),
        tropes=tuple(tropes),
        spam=tuple(spam),
        spam_needles=build_needles(
            [_sharpest(alt) for alts in spam_alternatives for alt in alts],
            [number for number, alts in enumerate(spam_alternatives) for _ in alts],
        ),
        troll=tuple(troll),
        stopwords=MappingProxyType(
            {"en": frozenset(stop["stop-en"]), "es": frozenset(stop["stop-es"])}
        ),
        counts=MappingProxyType(counts),
    )


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
