"""An identity adjective and the noun it names its people with, read as one group unit by the
unit loop of `analyse`: "Pakistani taxi drivers", "Black cops", "Muslim neighborhoods", and in
Spanish the noun first and plural, "los taxistas paquistaníes". The nouns are a table
(`adjective_nouns`), not a lexicon phrase for every adjective."""

from __future__ import annotations

from moderation.policy.adjective_nouns import CLERGY, OFFICE, AdjectiveNouns
from moderation.policy.lexicon import Entry

# Spanish identity words that agree with a noun of either number ("los maestros gay")
_INVARIABLE_ES = frozenset({"trans", "gay", "lgbt", "lgbtq", "queer"})


def adjective_noun(
    texts: tuple[str, ...], k: int, table: AdjectiveNouns
) -> tuple[int, Entry] | None:
    """(words, entry) of the longest English identity adjective + noun at `k` ("pakistani taxi
    drivers": 3), as its lexicon phrase would have been read, or None."""
    options = table.adjectives.get(texts[k])
    if options is None:
        return None
    n = len(texts)
    best: tuple[int, Entry] | None = None
    for adjective, entries in options:
        a = k + len(adjective)
        if a >= n or texts[k:a] != adjective:
            continue
        for noun, kind in table.nouns.get(texts[a], ()):
            entry = entries.get(kind)
            length = len(adjective) + len(noun)
            if entry is None or (best is not None and length <= best[0]):
                continue
            if texts[a : a + len(noun)] == noun:
                best = (length, entry)  # type: ignore[assignment]
    return best


def noun_group_es(noun: str, group: str, entry: Entry, table: AdjectiveNouns) -> bool:
    """Whether a Spanish role noun and the group word after it name the people together
    ("taxistas paquistanies", "meseros chinos"): the noun is listed and plural, and so is the
    group word (one person, "un alcalde chino", is no statement about the people), an office
    follows only an identity that is no nationality ("los policías mexicanos" are a country's
    institutions) and clergy only one that is no religion."""
    kind = table.es_nouns.get(noun)
    if kind is None or not noun.endswith("s"):
        return False
    if group not in _INVARIABLE_ES and not group.endswith("s"):
        return False
    group_kind = entry.meta("G")
    if kind == OFFICE and group_kind == "nationality":
        return False
    return not (kind == CLERGY and group_kind == "religion")
