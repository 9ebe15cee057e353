"""How the act alternations are built (`alt` for English terms, `es_alt` for Spanish verbs and
their forms), and what they gather while they are built: the trigger prefixes of the gate, the
Spanish plural subjunctives and first person futures."""

from __future__ import annotations

import re

from moderation.policy.lexicon import conjugate, expand, literal_alternation

# The first four letters of the first word of every act, fate and due (the gate in `reading`): a
# comment none of whose words starts so holds no threat this reader can see.
TRIGGERS: dict[str, set[str]] = {"en": set(), "es": set()}


_LIGHT = frozenset(
    {"get", "gets", "be", "are", "is", "end", "ends", "wind", "turn", "up", "set", "sets",
     "setting", "make", "makes", "made", "se", "le", "les", "lo", "la", "los", "las", "ir",
     "a", "al", "el", "en", "de", "con", "por",
     "caiga", "caigan", "toque", "pase", "van", "vayan", "what's", "what", "me", "nos",
     "un", "una", "unos", "todos", "todas", "te", "que", "y"}
)  # fmt: skip


def _trigger(form: str) -> str:
    """The first four letters of a form's first word that is not a light one ("get shot":
    "shot"; "se mueran": "muer")."""
    words = form.split()
    return next((w for w in words if w not in _LIGHT), words[-1])[:4]


def alt(*terms: str) -> str:
    """One regex alternation (a trie) of the English terms with their `{a|b}` choices
    expanded; their first words are triggers."""
    forms = {f for t in terms for f in expand(t)}
    TRIGGERS["en"].update(_trigger(f) for f in forms)
    return "(?:" + literal_alternation(forms) + ")"


# The third person plural subjunctives (the plural imperatives: "maten", "quémenlos") of the
# Spanish acts, filled by `es_alt`.
SUBJUNCTIVE: set[str] = set()
# The first person futures of the Spanish acts ("mataremos", "colgaré"), filled by `es_alt`: the
# writer's intent with no "voy a" ("os colgaremos", "los mataremos a todos").
_FUTURE: set[str] = set()


def futures() -> str:
    """The futures `es_alt` gathered since the last call, as one alternation (none: no match)."""
    forms = set(_FUTURE)
    _FUTURE.clear()
    return "(?:" + literal_alternation(forms) + ")" if forms else "(?!x)x"


_PLURAL = re.compile(r"[a-z]+[ea]n")
_OBJECTS = ("lo", "la", "los", "las", "le", "les")


def es_alt(*infinitives: str, extra: tuple[str, ...] = ()) -> str:
    """The common forms of Spanish verbs (`lexicon.conjugate`), with the plural imperatives and
    their object pronouns ("mátenlos", "denles"), as one alternation."""
    forms = set(extra)
    # An irregular plural imperative given as is ("cuelguen", "desaparezcan") takes its object
    # pronouns as the regular ones do ("desaparézcanlos", "cuélguenla").
    forms.update(f + c for f in extra if _PLURAL.fullmatch(f) for c in _OBJECTS)
    SUBJUNCTIVE.update(f for f in forms if re.search(r"[ea]n(?:l[oa]s?|les?)?$", f))
    for inf in infinitives:
        head, _, tail = inf.partition(" ")
        plural = "en" if head.endswith("ar") else "an"
        stem = head[:-2]
        for f in conjugate(head):
            if f.endswith(plural) and len(f) <= len(stem) + 3 and not f.endswith(("ran", "ian")):
                SUBJUNCTIVE.update(f + c for c in ("", "los", "las", "les", "le", "lo", "la"))
            forms.add(f"{f} {tail}".strip())
            if f.endswith(("en", "ar", "er", "ir")) and not f.endswith("ien"):
                for c in ("los", "las", "les", "lo", "la", "le", "te"):
                    forms.add(f"{f}{c} {tail}".strip())
                if f.endswith(("ar", "er", "ir")):
                    forms.add(f"{f}os {tail}".strip())  # Spain's "mataros", "quemaros"
            if f in (head + "e", head + "emos"):  # "matare", "mataremos"; not "masacre"
                _FUTURE.add(f"{f} {tail}".strip())
    TRIGGERS["es"].update(_trigger(f) for f in forms)
    return "(?:" + literal_alternation(forms) + ")"
