"""Two-word group names ("black people", "personas trans"): their halves by the other half,
so a misspelt half is read when the other stands beside it as written."""

from __future__ import annotations

from moderation.policy.analysis.edits import one_edit
from moderation.policy.analysis.lexicon_reads import per_lexicon
from moderation.policy.lexicon import Lexicon, deletions


@per_lexicon
def _compounds(lex: Lexicon) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Two-word group names by their second word ("people" -> gay, black, trans, ...) and by
    their first ("personas" -> trans, negras, ...), an identity adjective's nouns among them
    ("nurses" -> haitian, ...); built once per lexicon."""
    before: dict[str, set[str]] = {}
    after: dict[str, set[str]] = {}
    for tables in lex.phrases.values():
        for length, table in tables:
            if length != 2:
                continue
            for words, entry in table.items():
                if "G" in entry.classes and all(len(x) >= 3 for x in words):
                    before.setdefault(words[1], set()).add(words[0])
                    after.setdefault(words[0], set()).add(words[1])
    table = lex.adjective_nouns
    for options in table.adjectives.values() if table is not None else ():
        for adjective, entries in options:  # "pakistani nurses": read by the unit loop
            for noun_options in table.nouns.values():
                for noun, kind in noun_options:
                    words = adjective + noun
                    if len(words) == 2 and kind in entries and all(len(x) >= 3 for x in words):
                        before.setdefault(words[1], set()).add(words[0])
                        after.setdefault(words[0], set()).add(words[1])
    sets: dict[frozenset[str], frozenset[str]] = {}  # equal sets shared: the nouns' adjectives

    def one(words: set[str]) -> frozenset[str]:
        made = frozenset(words)
        return sets.setdefault(made, made)

    return (
        {k: one(v) for k, v in before.items()},
        {k: one(v) for k, v in after.items()},
    )


def compound_part(word: str, raw: list[tuple[str, int, int]], i: int, lex: Lexicon) -> str:
    """A misspelt half of a two-word group name ("balck people", "peronsas trans", "gy
    people"): the other half pins the candidates down to a handful, so one slip of a letter
    is safe to undo, even a dropped letter of a three-letter word."""
    before, after = _compounds(lex)
    options: frozenset[str] = frozenset()
    if i + 1 < len(raw):
        options = before.get(raw[i + 1][0], options)
    if not options and i > 0:
        options = after.get(raw[i - 1][0], options)
    for term in options:
        if one_edit(word, term) or (len(word) == 2 and len(term) == 3 and word in deletions(term)):
            return term
    return word


# What follows a Spanish group name that ends its noun phrase: its verb, or a negation.
_AFTER_GROUP_ES = frozenset(
    {"son", "no", "deberian", "merecen", "tienen", "estan", "eran", "seran", "van", "siempre",
     "nunca", "solo", "me", "nos"}
)  # fmt: skip


def real_word_halves(
    raw: list[tuple[str, int, int]], known: list[bool], after: dict, lex: Lexicon, text: str
) -> frozenset[int]:
    """Raw words that are real words yet stand as the misspelt second half of a Spanish group
    name ("las personas tras son ...", "odio a las personas tans."): after the first half, no
    lexicon word, and the clause goes on with a verb or ends right after."""
    return frozenset(
        i
        for i in range(1, len(raw))
        if known[i]
        and raw[i - 1][0] in after
        and raw[i][0] not in lex.words
        and raw[i][0].isalpha()
        and _clause_goes_on(raw, i, text)
    )


def _clause_goes_on(raw: list[tuple[str, int, int]], i: int, text: str) -> bool:
    """Raw word `i` closes its sentence or a Spanish verb of the clause follows it."""
    if i + 1 >= len(raw):
        return True
    gap = text[raw[i][2] : raw[i + 1][1]]
    return any(c in gap for c in ".!?;,") or raw[i + 1][0] in _AFTER_GROUP_ES
