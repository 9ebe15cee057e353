"""The lexicon word an obfuscated or misspelt token stands for (`canonical`): squeezed
repeats, masked letters ("f*ck"), Spanish diminutives of insults, and one-edit near words
(`_fuzzy`), each read only where a real word is unlikely to be meant."""

from __future__ import annotations

import re

from moderation.policy.analysis.edits import (
    FUZZY_CLASSES,
    first_letter_ok,
    first_slip,
    noun_like_entry,
    one_edit,
    slip_not_swap,
    slip_rank,
)
from moderation.policy.analysis.lexicon_reads import RESPELT_SWEARS, has_lang, per_lexicon
from moderation.policy.es_verb_forms import other_person
from moderation.policy.lexicon import Entry, Lexicon, deletions
from moderation.policy.normalize import squeeze_variants

_LIBEL_CLASSES = frozenset({"crime", "hedge", "attribution", "title"})


def canonical(word: str, lex: Lexicon, lang: str) -> str:
    """The lexicon word an obfuscated or misspelt token stands for, or the token itself."""
    if word in RESPELT_SWEARS and lang == "en":
        return RESPELT_SWEARS[word]  # "fck": English only; a Spanish comment keeps the word
    if word in lex.words or word.isdigit() or word in lex.vocab or word in lex.names:
        return word  # a real word is itself: "assess" is no "asses", "llame" no "lame"
    for variant in squeeze_variants(word):
        if variant in lex.words:
            return variant
    if "*" in word:
        return _wildcard(word, lex)
    if len(word) < 3 or not word.isalpha():
        return word
    if lang == "es":
        base = derived(word, lex)
        if base:
            return base
    return fuzzy(word, lex, lang)


# Spanish diminutives and augmentatives of an insult ("pendejazo", "tontito", "imbecilote",
# "payasón"): the insult itself, said smaller or bigger.
_DERIVATIONS = (
    "azo", "aza", "azos", "azas", "ote", "ota", "otes", "otas", "on", "ona", "ones", "onas",
    "ito", "ita", "itos", "itas", "illo", "illa", "illos", "illas", "cito", "cita", "citos",
    "citas", "cete", "cetes", "ucho", "ucha", "uchos", "uchas",
)  # fmt: skip


# Animal words whose diminutives are animals ("ratón", "cerdito", "perrita", "pelotón").
_NO_DERIVED = frozenset(
    {"rata", "ratas", "cerdo", "cerda", "perra", "perro", "zorra", "zorro", "bicho", "vaca",
     "foca", "ballena", "morsa", "pelota", "vibora", "cabra", "burro", "mona", "mono", "loro",
     "gallina", "sabandija"}
)  # fmt: skip


def _derivable_slur(entry: Entry) -> bool:
    """A slur whose diminutive or augmentative is the slur too ("jotito", "sudacazo"); not one
    with ordinary senses (homonym) or a gendered noun whose derived forms mean other things."""
    meta = entry.meta("S")
    return bool(meta) and not {"homonym", "noun"} & set(meta.rsplit("|", 1)[-1].split(","))


def derived(word: str, lex: Lexicon) -> str:
    """The insult a Spanish diminutive or augmentative is made from, or ""."""
    for suffix in _DERIVATIONS:
        if not word.endswith(suffix) or len(word) - len(suffix) < 3:
            continue
        stem = word[: -len(suffix)]
        plural = "s" if suffix.endswith("s") else ""
        feminine = suffix.rstrip("s").endswith("a")
        order = ("a", "", "o", "e") if feminine else ("o", "", "a", "e")
        for base in (stem + ending for ending in order):
            base += plural if base[-1] in "aeo" else ("es" if plural else "")
            entry = lex.lookup((base,))
            if (
                entry is not None
                and ("INS" in entry.classes or _derivable_slur(entry))
                and "D" not in entry.classes
                and base.rstrip("s") not in _NO_DERIVED
                and base not in _NO_DERIVED
            ):
                return base
    return ""


_MASKED_CLASSES = ("PROF", "S")  # what people mask: swear words and slurs


_MASKED_FALLBACK = frozenset({"G", "INS"})  # also masked, when nothing else fits


def _wildcard(word: str, lex: Lexicon) -> str:
    """The lexicon word a masked word stands for ("f*ck", "sh**ty", "f@#$ing" as "f***ing"),
    or the word itself when the mask is ambiguous. A run of two or more stars may hide fewer
    letters than it has ("sh**t"); a swear word or slur fits before any other term; another
    term only when it is the one term that fits and a group word or insult ("m*slims"), never
    an ordinary content word ("s*ck" is no "sick"). A word masked over half its letters
    ("f***") is read only as a swear word of its exact length, when every one that fits is as
    strong as the others ("d***" may be "damn" or "dick"): a slur that fits too ("f***",
    "fags") is not chosen, since the swear word is the milder reading."""
    stars = word.count("*")
    letters = len(word) - stars
    if letters == 0:
        return word
    pieces = [p for p in word.split("*") if p]
    runs = [len(r) for r in re.findall(r"\*+", word)]
    slack = sum(n - 1 for n in runs)  # a run of n stars hides 1..n letters
    # A term that fits holds the word's longest unmasked piece: when no term of these lengths
    # does, skip building a regex (most such words are user names, "@john_doe").
    longest = max(pieces, key=len)
    lengths = [n for n in range(len(word), len(word) - slack - 1, -1) if n >= 3]
    if not any(longest in _terms_of_length(lex, n) for n in lengths):
        return word
    pattern = re.compile(
        "^"
        + "".join(
            re.escape(part) if not part.startswith("*") else
            ("." if len(part) == 1 else f".{{1,{len(part)}}}")
            for part in re.findall(r"\*+|[^*]+", word)
        )
        + "$",
        re.MULTILINE,
    )  # fmt: skip
    # One regex pass over the terms of each length (one a line, exact length first); "." never
    # crosses the newlines between terms.
    found: list[tuple[str, Entry | None]] = []
    for n in lengths:
        for m in pattern.finditer(_terms_of_length(lex, n)):
            found.append((m.group(), lex.lookup((m.group(),))))
    masked = [
        (t, e) for t, e in found if e is not None and any(c in e.classes for c in _MASKED_CLASSES)
    ]
    if stars * 2 > len(word) + 1:  # over half the word hidden: "f***"
        swears = [(t, e) for t, e in masked if len(t) == len(word) and "PROF" in e.classes]
        if not swears or len({e.meta("PROF") for _, e in swears}) > 1:
            return word  # "d***": "damn" or "dick"
        heads = phrase_heads(lex)
        return min(swears, key=lambda te: te[0] not in heads)[0]
    if masked:  # the exact length first, then the spelling the phrases use ("fuck", "fcuk")
        heads = phrase_heads(lex)
        return min(masked, key=lambda te: (len(te[0]) != len(word), te[0] not in heads))[0]
    if (
        len(found) == 1
        and found[0][1] is not None
        and _MASKED_FALLBACK.intersection(found[0][1].classes)
    ):
        return found[0][0]
    return word


@per_lexicon
def phrase_heads(lex: Lexicon) -> frozenset[str]:
    """Words that open a longer lexicon phrase ("fuck" of "fuck you"): of several spellings
    of one swear word, the one the phrases are written with."""
    return frozenset(
        first for first, groups in lex.phrases.items() if any(n > 1 for n, _ in groups)
    )


@per_lexicon
def _term_lines(lex: Lexicon) -> dict[int, str]:
    """`lex.by_length` as strings, a term a line."""
    return {n: "\n".join(terms) for n, terms in lex.by_length.items()}


def _terms_of_length(lex: Lexicon, length: int) -> str:
    """`lex.by_length[length]` as one string, a term a line (built once per lexicon)."""
    return _term_lines(lex).get(length, "")


def fuzzy(word: str, lex: Lexicon, lang: str) -> str:
    """The lexicon term one edit from `word` (see `canonical`), or the word itself."""
    idx = lex.fuzzy_index
    # Terms one edit away: the word is the term with a letter deleted, or both share a
    # deletion (a letter added, swapped or replaced). The first letter changes only by
    # `_first_slip` (dropped: the word itself is the key; swapped with the second: deleting
    # the word's second letter finds it), so deleting the word's first letter finds no term
    # that deleting its second does not (the index holds every deletion of its terms).
    found = set()
    for key in (word, *deletions(word, 1)):
        terms = idx.get(key)
        if terms is None:
            continue
        for term in (terms,) if terms.__class__ is str else terms:  # one term, or a tuple
            if (term[0] == word[0] and one_edit(word, term)) or first_slip(word, term):
                found.add(term)
    if not found:
        return word

    def rank(t: str) -> tuple[bool, bool, int, str]:
        # content terms first, then terms of the comment's language ("muder" in English is
        # "murder", not "mujer"), then the likelier slip: a dropped or swapped letter
        # ("nigge" is "nigger" before "nigga"), a replaced one, an added one
        e = lex.lookup((t,))
        content = e is not None and any(c in e.classes for c in FUZZY_CLASSES)
        native = e is not None and has_lang(e, lang)
        return (not content, not native, slip_rank(word, t), t)

    for term in sorted(found, key=rank):
        entry = lex.lookup((term,))
        if term[0] != word[0] and not first_letter_ok(word, term, entry, lang):
            continue  # a changed first letter: see `_first_letter_ok`
        if lang == "es" and (past_as_wish(word, term) or other_person(word, term)):
            continue
        if entry is None or not any(c in entry.classes for c in FUZZY_CLASSES):
            if (
                len(term) >= 5
                and len(word) >= 5
                and lang == "en"
                and (
                    (entry is None and term not in spanish_only_words(lex))
                    or (entry is not None and _evasion_shaped(word, term, entry))
                )
            ):
                return term  # a grammar word or a word of a phrase ("satnd": "can't stand")
            if (
                lang == "es"
                and len(word) >= 4
                and word not in lex.stopwords.get("es", ())
                and slip_not_swap(word, term)
                and term in _hateful_phrase_words(lex)
            ):
                return term  # "me dan acso", "hay que matr": a slip inside a hateful phrase
            if entry is None or _LIBEL_CLASSES.issuperset(entry.classes):
                continue  # a libel claim must be spelt out ("extorsion" is no "extorsiona")
        # short words only for English, and never onto a short English word of their own
        # Spanish: a swapped or dropped letter of a group, slur or hate verb ("gyas", "matr")
        slip = (
            lang == "es"
            and len(word) >= 4
            and word not in lex.stopwords.get("es", ())
            and slip_not_swap(word, term)
            and any(c in entry.classes for c in ("G", "S", "H", "V"))
        )
        if len(term) < 5 and (lang != "en" or len(word) < 3) and not slip:
            continue
        if (
            lang == "es"
            and len(word) < 7
            and not ("G" in entry.classes or "S" in entry.classes)
            and not (len(word) >= 5 and slip_not_swap(word, term) and noun_like_entry(entry))
            and not slip
        ):
            continue  # a changed letter is often another word; a swap or a dropped letter less so
        if lang == "en" and entry.classes.keys() <= _ABUSE_EN and not has_lang(entry, "en"):
            continue  # an English misspelling is of an English insult or slur, not of "lela",
            # "chairo" or a Spanish slur ("Maricopa" is a county)
        if not _evasion_shaped(word, term, entry):
            continue
        return term
    return word


def past_as_wish(word: str, term: str) -> bool:
    """A Spanish past tense read as the wish one letter away ("murieron" as "murieran",
    "masacraron", "quemaban" as "quemaran"): what happened is no wish that it happen, and the
    hate phrases hold the wish."""
    if word.endswith("ron"):
        return term == word[:-2] + "an"
    for past, wish in (("ban", "ran"), ("ba", "ra")):
        if word.endswith(past):
            return term == word[: -len(past)] + wish
    return False


_SHORT_ABUSE = 6  # swear words, insults and slurs this long or shorter: see `_evasion_shaped`


_EVADED_CLASSES = ("PROF", "INS", "S")


def _evasion_shaped(word: str, term: str, entry: Entry) -> bool:
    """Whether `word` may be read as the short swear word, insult or slur `term`: only by a
    slip that hides a word on purpose (a vowel dropped, "fck", "btch"; two neighbours
    swapped; a letter typed twice, "shiit") or its plural or gender, never by a replaced or added
    letter, which is how real words sit next to short swear words ("funk", "dock", "hull",
    "pito", "cork"; "puck", "shirt"): every short swear word added to the lexicon would
    otherwise make more of the words that no word list holds (names, slang, the other
    language) read as one."""
    if len(term) > _SHORT_ABUSE or not any(c in entry.classes for c in _EVADED_CLASSES):
        return True
    if (
        len(word) >= 5
        and len(word) + 1 == len(term)
        and "D" in entry.classes
        and has_lang(entry, "es")
        and not has_lang(entry, "en")
    ):
        return True  # a Spanish dehumanising word with any letter dropped ("baura", "escoia")
    if "G" in entry.classes:
        return True  # a group word ("jew", "gays") is read through any slip
    if word == term + "s" or (
        word[:-1] == term[:-1] and {word[-1], term[-1]} == {"o", "a"} and has_lang(entry, "es")
    ):
        return True  # the plural of an insult ("hacks"), a Spanish one's other gender ("veneca")
    if len(word) == len(term):
        return slip_not_swap(word, term)  # two neighbours swapped
    if len(word) + 1 == len(term):  # one letter dropped: a vowel ("fck", "sht", "pndjo"),
        # one of a doubled letter ("trany"), or any of a slur of six letters or more ("nigge")
        k = next((i for i in range(len(word)) if word[i] != term[i]), len(word))
        return (
            term[k] in "aeiou"
            or (k > 0 and term[k - 1] == term[k])
            or (k + 1 < len(term) and term[k + 1] == term[k])
            or ("S" in entry.classes and len(term) >= 6)
        )
    if len(word) == len(term) + 1:  # one letter added: only a doubled one
        k = next((i for i in range(len(term)) if word[i] != term[i]), len(term))
        return word[:k] + word[k + 1 :] == term and (
            (k > 0 and word[k] == word[k - 1]) or (k + 1 < len(word) and word[k] == word[k + 1])
        )
    return False


_ABUSE_CLASSES = frozenset({"INS", "PROF"})


_ABUSE_EN = _ABUSE_CLASSES | {"S"}


@per_lexicon
def _hateful_phrase_words(lex: Lexicon) -> frozenset[str]:
    """Words of hate phrases ("asco" of "me dan asco", "matar" of "hay que matar a"), built
    once per lexicon: a Spanish slip in one of them is undone only when it is no word itself."""
    return frozenset(
        w
        for tables in lex.phrases.values()
        for length, table in tables
        if length > 1
        for key, entry in table.items()
        if any(c in entry.classes for c in ("H", "W", "V", "K"))
        for w in key
        if len(w) >= 4 and w.isalpha() and w not in lex.stopwords.get("es", ())
    )


@per_lexicon
def spanish_only_words(lex: Lexicon) -> frozenset[str]:
    """Words found only in Spanish phrases ("internos" of "golpea a los internos"): an English
    word one letter from one of them ("interns") is not a slip of it."""
    by_lang: dict[str, set[str]] = {"es": set(), "other": set()}
    for tables in lex.phrases.values():
        for length, table in tables:
            if length < 2:
                continue
            for key, entry in table.items():
                spanish = all(pl == "es" for pairs in entry.classes.values() for pl, _ in pairs)
                by_lang["es" if spanish else "other"].update(key)
    table = lex.adjective_nouns  # the English nouns after an identity adjective
    return frozenset(by_lang["es"] - by_lang["other"] - (table.words if table else frozenset()))
