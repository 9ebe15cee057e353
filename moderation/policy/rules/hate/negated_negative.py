"""Denials that defend a group rather than slight it, read by the denial rules
(`hate.negated_positive`, `hate.broad`): a bad kind of person denied ("no son gente mala",
"they are not bad people"), and "not all" ("no todos los X son iguales"), which denies that a
whole group shares one trait instead of denying the group a good one."""

from __future__ import annotations

from moderation.policy.analysis import Analysis

# Nouns for a kind of person that a following (Spanish) or preceding (English) adjective
# qualifies: "gente mala", "bad people".
_KIND_NOUNS = frozenset(
    {"gente", "personas", "persona", "people", "person", "folks", "folk", "men", "women",
     "guys", "humans", "human beings", "seres humanos", "hombres", "mujeres", "tipos"}
)  # fmt: skip
# Bad qualities: with a kind noun, the denial says what the group is NOT, and that is bad.
_BAD_WORDS = frozenset(
    {"bad", "evil", "dangerous", "violent", "wicked", "lazy", "dirty", "criminal", "horrible",
     "terrible", "awful", "scary", "cruel",
     "mala", "malas", "malo", "malos", "peligrosa", "peligrosas", "peligroso", "peligrosos",
     "violenta", "violentas", "violento", "violentos", "mal", "malvada", "malvadas", "malvados",
     "floja", "flojas", "flojos", "sucia", "sucias", "sucios", "criminales", "horribles",
     "terribles", "crueles"}
)  # fmt: skip
# "Not all", "no todos": some members are excepted, the group is not judged as one.
_ALL = frozenset({"todos", "todas", "all", "every", "all of the", "all the"})


def bad_kind(an: Analysis, p: int) -> bool:
    """The denied predicate at p is a kind of person qualified by a bad quality right next
    to it ("no son gente mala", "are not bad people"): a negated negative, a defence."""
    if an.units[p].text not in _KIND_NOUNS:
        return False
    near = an.units[max(0, p - 1) : p + 2]
    return any(u.text in _BAD_WORDS and u.sentence == an.units[p].sentence for u in near)


def not_all(an: Analysis, n: int, g: int) -> bool:
    """The negation at n denies "all" of the group named at g ("no todos los X",
    "not all X"): an exception claimed for some members, not a verdict on every one."""
    return any(an.units[k].text in _ALL for k in range(n + 1, g))
