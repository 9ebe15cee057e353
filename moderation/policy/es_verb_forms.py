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
# A verb's last object pronoun after its vowel or an imperative's "n" ("chínguenle",
# "sáquenles", "tírenla"), and the case each pronoun is: the third person's accusatives stand
# for each other ("mátenlas", "mátenlos"), but a dative or a reflexive is another form
# ("chínguenle", get on with it, no "chínguense", screw yourselves; "sáquenles", take from
# them, no "sáquenlas", take them out).
_VERB_CLITIC = re.compile(r"[aeiou]n?(me|te|nos|se|lo|la|los|las|le|les)$")
_CASE = {"lo": "acc", "la": "acc", "los": "acc", "las": "acc", "le": "dat", "les": "dat",
         "se": "refl", "me": "me", "te": "te", "nos": "nos"}  # fmt: skip
# The past subjunctive of "-er" and "-ir" verbs ("ardieran", "sufrieran"): its "i" or its "e"
# dropped, it reads as the future ("arderán", "sufrirán"), another tense, not a slip.
_PAST_SUBJUNCTIVE = re.compile(r"ie(?:ra|ran|ras|se|sen|ses)$")


def _clitic_person(word: str) -> int | None:
    found = _CLITIC.search(word)
    return None if found is None else _CLITIC_PERSON.get(found.group(1), 3)


def _other_case(word: str, term: str) -> bool:
    """The two words are one verb with object pronouns of different cases (`_CASE`)."""
    a, b = _VERB_CLITIC.search(word), _VERB_CLITIC.search(term)
    return (
        a is not None
        and b is not None
        and word[: a.start(1)] == term[: b.start(1)]
        and _CASE[a.group(1)] != _CASE[b.group(1)]
    )


def _other_tense(word: str, term: str) -> bool:
    """`word` is a past subjunctive and `term` the future one letter away ("ardieran")."""
    m = _PAST_SUBJUNCTIVE.search(word)
    if m is None:
        return False
    k = m.start()
    return term in (word[:k] + word[k + 1 :], word[: k + 1] + word[k + 2 :])


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
    side, is not one about a people, and a verb's person is no typing slip. So are an object
    pronoun of another case ("chínguenle" as "chínguense", `_other_case`) and the past
    subjunctive read as the future ("ardieran" as "arderán", `_other_tense`)."""
    if _other_case(word, term) or _other_tense(word, term):
        return True
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
