"""Spanish verb forms that near-word matching (`analysis.canonical_words._fuzzy`) must not
read as each other: one letter changes who acts or is acted on, and the hate phrases are
written for "them"."""

from __future__ import annotations

import re

# Object pronouns by person: "matarnos" (us) is no "matarlos" (them), "callarte" (you) no
# "callarse"; the third person's pronouns stand for each other.
_CLITIC_PERSON = {"me": 1, "nos": 1, "te": 2}
_CLITIC = re.compile(r"(?:ar|er|ir)(me|te|nos|se|lo|la|los|las|le|les)$")
_ENCLITIC = re.compile(r"[aeiou](me|te|nos|se|lo|la|los|las|le|les)$")
# no "os" (vosotros): "puteros", "mareros" are nouns
_INFINITIVE = re.compile(r"(?:ar|er|ir)(?:me|te|nos|se|lo|la|los|las|le|les)?$")
_FINITE_END = frozenset("aeions")  # how a conjugated verb ends ("entra", "castigan", "existio")


def _clitic_person(word: str) -> int | None:
    found = _CLITIC.search(word)
    return None if found is None else _CLITIC_PERSON.get(found.group(1), 3)


def _changed_at_end(word: str, term: str) -> bool:
    """The one edit falls on the last letter of the shorter word or after it."""
    k = next((i for i, (a, b) in enumerate(zip(word, term, strict=False)) if a != b), None)
    return k is None or k >= min(len(word), len(term)) - 1


def other_person(word: str, term: str) -> bool:
    """Whether `term` is `word` said of another person or number, or another kind of verb
    form: a singular verb read as the plural ("regrese" as "regresen", "estuviera" as
    "estuvieran"), "you" as "they" ("mereces" as "merecen"), an object "us" or "you" as
    "them" ("matarnos" as "matarlos"), an infinitive as a conjugated verb or back ("ensuciar"
    as "ensucian", "entra" as "entrar"). A comment about one person, or about the writer's own
    side, is not one about a people, and a verb's person is no typing slip."""
    if term == word + "n" or (word.endswith("s") and term == word[:-1] + "n"):
        return True
    found = _ENCLITIC.search(word)
    if found is not None:  # "vayase" as "vayanse", "regresese" as "regresense"
        cut = found.start(1)
        if term == word[:cut] + "n" + word[cut:]:
            return True
    a, b = _clitic_person(word), _clitic_person(term)
    if a is not None and b is not None and a != b:
        return True
    if min(len(word), len(term)) < 5 or not _changed_at_end(word, term):
        return False
    finite = [w for w in (word, term) if not _INFINITIVE.search(w)]
    return len(finite) == 1 and finite[0][-1] in _FINITE_END
