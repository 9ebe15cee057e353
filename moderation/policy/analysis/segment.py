"""Words run together, split again (`_segment`): a pair with a lexicon half ("muslimsare"),
Spanish function words glued to each other or to a term ("alosgays"), and a slur glued to
ordinary words ("eresunmaricon"), each only where one reading is safe."""

from __future__ import annotations

import re

from moderation.policy.analysis.edits import FUZZY_CLASSES
from moderation.policy.analysis.lexicon_reads import per_lexicon
from moderation.policy.analysis.phrase_slips import _hateful_openings
from moderation.policy.lexicon import Lexicon


def _segment(word: str, lex: Lexicon, lang: str = "en") -> list[str] | None:
    """Split a run-together pair ("muslimsare", "ihate", "blackpeople") into two known words,
    one of them a lexicon word; the split with the longest lexicon half wins."""
    if lang == "es" and len(word) >= 4 and word not in lex.vocab:
        glued = _glued_function_words(word, lex)
        if glued:
            return glued
    if lang == "es" and len(word) >= 6 and word not in lex.vocab and word.isalpha():
        glued = _glued_before_term(word, lex) or _curse_after_noun(word, lex)
        if glued:
            return glued
    if len(word) < 5 or word in lex.vocab or not word.isalpha():
        return None
    clitic = _CLITIC_INFINITIVE.match(word) if lang == "es" else None
    if clitic and clitic.group(1) not in lex.words:
        return None  # "bañarse", "comerlo": an infinitive with its pronoun, not "ban arse"
    best: list[str] | None = None
    best_len = 0
    words = lex.words
    for i in range(1, len(word)):
        if clitic and i != clitic.end(1):
            continue  # "controlarse" is "controlar" + "se", never "control" + "arse"
        left, right = word[:i], word[i:]
        if left not in words and right not in words:
            continue  # only a split with a lexicon half can win (in_lex, below)
        joins = _SHORT_JOIN_ES if lang == "es" else _SHORT_JOIN
        short_ok = [p for p in (left, right) if p in joins]
        if not all(len(p) >= 3 or p in _SHORT_OK or p in short_ok for p in (left, right)):
            continue
        in_lex = [len(p) for p in (left, right) if p in lex.words]
        if short_ok and max(in_lex, default=0) < 4:
            continue
        known = all(
            p in lex.words or p in lex.vocab or p in _SHORT_OK or p in short_ok
            for p in (left, right)
        )
        if lang == "es" and _prefixed_word(left, right, lex):
            continue  # "controló" is a verb, not "con" + a slur
        if lang == "es" and not (
            all(p in lex.words for p in (left, right))
            and (
                any(
                    (e := lex.lookup((p,))) is not None
                    and any(c in e.classes for c in FUZZY_CLASSES)
                    for p in (left, right)
                )
                or (left, right) in _hateful_openings(lex)  # "muertea": "muerte a (los ...)"
            )
        ):
            continue  # Spanish verb endings are not English words ("matare" is not "mat are")
        if in_lex and known and max(in_lex) > best_len:
            best, best_len = [left, right], max(in_lex)
    return best or _around_slur(word, lex, lang)


_GLUE_MIN_TERM = 5  # slurs and strong insults this long or longer are looked for inside words


_GLUE_PIECE_OK = frozenset({"a", "y", "o", "i", "u"})  # one-letter words glued to a slur


# Endings that make a new word of a slur or insult rather than a word after it ("bitchy",
# "cabronazo", "putero"): what follows a glued term must be a word of its own.
_DERIVING_ENDINGS = frozenset(
    {"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ar", "er", "ir", "azo",
     "aza", "ote", "ota", "ito", "ita", "illo", "illa", "ero", "era", "eros", "eras", "eria",
     "ez", "ismo", "ista", "istas", "on", "ona", "ones", "ish", "ness", "ly", "ed", "ing",
     "ings", "ers", "ery", "ry", "ic", "ism", "ist", "es", "en", "ie", "ies", "ette",
     "like", "dom", "hood", "al", "ian", "ous", "ize", "ise", "ised", "ized", "ity"}
)  # fmt: skip


@per_lexicon
def glue_terms(lex: Lexicon) -> tuple[frozenset[str], int, frozenset[str]]:
    """Single-word slurs of five letters or more, the longest's length and their first five
    letters, built once per lexicon: the terms a reader glues to the words around them
    ("eresunmaricon", "afaggot"). A term can start only where the word's next five letters
    open one, so most positions of most words are passed over with one lookup.
    Not the strong insults: "basura", "asqueroso" glue into ordinary Spanish as often (more
    harmless Spanish comments were held with them, no more hateful one caught). Homonym
    slurs only from six letters ("faggot"): shorter ones ("negro") glue into ordinary words
    in their other senses."""
    terms = set()
    for tables in lex.phrases.values():
        for length, table in tables:
            if length != 1:
                continue
            for (w,), entry in table.items():
                if len(w) < _GLUE_MIN_TERM or not w.isalpha():
                    continue
                if "S" in entry.classes and ("homonym" not in entry.meta("S") or len(w) >= 6):
                    terms.add(w)
    heads = frozenset(t[:_GLUE_MIN_TERM] for t in terms)
    return frozenset(terms), max(map(len, terms), default=0), heads


def _derived_from(term: str, rest: str) -> bool:
    """Whether `rest` after `term` is an ending that derives a word from it ("maricon" +
    "ada", "twat" + "ted" with its last letter doubled, "bitch" + "y")."""
    if rest in _DERIVING_ENDINGS or rest == "y":
        return True
    doubled = rest[:1] == term[-1:] and rest[1:]
    return bool(doubled) and (rest[1:] in _DERIVING_ENDINGS or rest[1:] == "y")


def _known_pieces(text: str, lex: Lexicon, lang: str) -> list[str] | None:
    """`text` as one or two ordinary or lexicon words of the comment's language, or None."""
    vocab = lex.vocab_by_lang.get(lang, lex.vocab)

    def ok(p: str) -> bool:
        return (len(p) >= 2 and (p in vocab or p in lex.words)) or p in _GLUE_PIECE_OK

    if ok(text):
        return [text]
    splits = [[text[:k], text[k:]] for k in range(1, len(text)) if ok(text[:k]) and ok(text[k:])]
    return splits[0] if len(splits) == 1 else None


def _around_slur(word: str, lex: Lexicon, lang: str) -> list[str] | None:
    """An unknown word that is a slur glued to one or two ordinary words on
    either side ("eresunmaricon", "maricondemierda", "afaggot"), read as those words, when
    exactly one such reading exists: the words around must be words of the comment's
    language, so names and real compounds that hold a slur's letters stay one word."""
    terms, longest, heads = glue_terms(lex)
    if len(word) < _GLUE_MIN_TERM + 1 or len(word) > 40 or not word.isalpha():
        return None
    found: list[list[str]] = []
    for i in range(len(word) - _GLUE_MIN_TERM + 1):
        if word[i : i + _GLUE_MIN_TERM] not in heads:
            continue  # no term starts here
        ends = [
            j
            for j in range(min(len(word), i + longest), i + _GLUE_MIN_TERM - 1, -1)
            if word[i:j] in terms
        ]
        if word[i:] not in terms and any(_derived_from(word[i:j], word[j:]) for j in ends):
            return None  # "bitchy", "mariconada", "twatted": the term's own derived word
        for j in ends:
            term = word[i:j]
            rest = word[j:]
            if (i == 0 and j == len(word)) or (rest and len(rest) < 2):
                continue
            left = _known_pieces(word[:i], lex, lang) if i else []
            right = _known_pieces(rest, lex, lang) if rest else []
            if left is None or right is None:
                continue
            if (
                lang == "es"
                and left
                and left[-1] in _ES_PREFIXES
                and (rest or (_prefixed_word(left[-1], term, lex) and len(term) < 6))
            ):
                continue  # "con" + "trolo", "en" + "cabron" + "ado": a word built on it
            found.append([*left, term, *right])
            break  # the longest term at this start ("maricones" before "marico")
    if len({tuple(f) for f in found}) != 1:
        return None  # none, or two readings: not a safe split
    return found[0]


# Spanish prefixes that build ordinary words ("con-trolar", "des-graciar", "en-cerrar"): a
# slur or insult after one of them is far likelier the rest of a real word than an evasion.
_ES_PREFIXES = frozenset(
    {"con", "com", "de", "des", "en", "em", "in", "im", "re", "pre", "sub", "sobre", "contra",
     "entre", "tras", "anti", "ante", "inter", "ex", "dis", "per", "pro"}
)  # fmt: skip


_INSULT_CLASSES = frozenset({"S", "PROF", "INS", "X", "D"})


_PHRASE_CLASSES = frozenset({"G", "H", "V"})


def _prefixed_word(left: str, right: str, lex: Lexicon) -> bool:
    """A Spanish word prefix before a slur or insult ("con" + "trolo"): read as one real word
    (a verb form the word lists lack), never as the two. Groups, hate verbs and violence keep
    their splits ("muertea", "odioa"), which open hateful phrases."""
    if left not in _ES_PREFIXES:
        return False
    entry = lex.lookup((right,))
    if entry is None:
        return False
    classes = set(entry.classes)
    return bool(classes & _INSULT_CLASSES) and not classes & _PHRASE_CLASSES


_CLITIC_INFINITIVE = re.compile(r"^([a-z]{2,}(?:ar|er|ir))(?:se|lo|la|los|las|le|les|me|te|nos)$")


_GLUE_LEFT = frozenset({"a", "de", "en", "y", "que", "con", "por", "para", "hay", "son", "me",
                        "dan", "odio", "asco", "todos", "todas"})  # fmt: skip


_GLUE_RIGHT = frozenset({"los", "las", "el", "la", "un", "una", "unos", "unas", "que", "son",
                         "dan", "asco", "todos", "todas", "a"})  # fmt: skip


def _glued_function_words(word: str, lex: Lexicon) -> list[str] | None:
    """Two Spanish words run together where one is a function word ("alos", "hayque",
    "sonuna", "medan"): no Spanish word is spelt so, and the pair reads as the two words."""
    stop = lex.stopwords.get("es", frozenset())
    for i in range(1, len(word)):
        left, right = word[:i], word[i:]
        if left in _GLUE_LEFT and right in _GLUE_RIGHT and (left in stop or right in stop):
            return [left, right]
    return None


# Function words and modals a Spanish reader runs into the group, slur or verb after them
# ("alosgays", "hayquematar", "amatar", "deberianmorir").
_GLUE_BEFORE = frozenset(
    {"a", "al", "de", "del", "y", "que", "hay", "los", "las", "el", "la", "un", "una", "unos",
     "unas", "son", "a todos", "todos", "todas", "muerte", "voy", "vamos", "deberian",
     "deberia", "hay que", "odio", "matar"}
)  # fmt: skip


_GLUE_TERM_CLASSES = ("G", "S")


def _glued_before_term(word: str, lex: Lexicon) -> list[str] | None:
    """A Spanish word of two to four pieces: up to three function words or modals run into
    a group or slur of four letters or more at its end, or two of them into a violence verb ("a" +
    "los" + "gays", "hay" + "que" + "matar"). The term must close the word, so an ordinary
    word that merely holds one ("piratas") is left alone."""
    for i in range(len(word) - 4, 0, -1):
        head, term = word[:i], word[i:]
        entry = lex.lookup((term,))
        if entry is None:
            continue
        pieces = _function_pieces(head, 3)
        # a violence verb only after two glued words ("hayquematar"): "afuera", "apalear"
        # are words of their own
        if pieces and (
            any(c in entry.classes for c in _GLUE_TERM_CLASSES)
            or ("V" in entry.classes and len(pieces) >= 2)
        ):
            return [*pieces, term]
    return None


def _curse_after_noun(word: str, lex: Lexicon) -> list[str] | None:
    """A Spanish noun run into "de" and a swear word after it ("indiosdemierda",
    "travestisdemierda", "casadelamierda"): no Spanish word ends so, and the three read as
    "X de mierda". The noun must be a word of the lists, so a name stays one word."""
    for i in range(3, len(word) - 5):
        head, tail = word[:i], word[i:]
        if not tail.startswith("de"):
            continue
        rest = tail[2:]
        article = ["la"] if rest.startswith("la") and len(rest) > 6 else []
        rest = rest[2:] if article else rest
        entry = lex.lookup((rest,))
        if entry is None or "PROF" not in entry.classes or len(rest) < 5:
            continue
        if head in lex.vocab or head in lex.words:
            return [head, "de", *article, rest]
    return None


def _function_pieces(head: str, most: int) -> list[str] | None:
    """`head` as at most `most` words of `_GLUE_BEFORE`, or None."""
    if head in _GLUE_BEFORE:
        return [head]
    if most == 1:
        return None
    for k in range(1, len(head)):
        if head[:k] in _GLUE_BEFORE:
            rest = _function_pieces(head[k:], most - 1)
            if rest:
                return [head[:k], *rest]
    return None


_SHORT_OK = frozenset({"i", "we", "u", "ya", "yo"})


# Short function words a run-together pair may end or start with ("plagueon", "shouldbe"),
# only beside a lexicon word of four letters or more.
_SHORT_JOIN = frozenset(
    {"be", "so", "on", "to", "in", "of", "is", "me", "us", "it", "an", "at", "as", "by", "do",
     "go", "no", "up", "my", "he"}
)  # fmt: skip


_SHORT_JOIN_ES = frozenset(
    {"en", "el", "la", "lo", "de", "no", "se", "ya", "al", "un", "mi", "su", "tu", "es", "y", "a"}
)  # fmt: skip
