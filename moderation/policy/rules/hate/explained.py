"""A group's difficulty explained by a cause outside it ("no se integran porque el
ayuntamiento no da clases de idioma", "they don't integrate because the jobs are at night"):
the writer says WHY, and blames an institution or a circumstance, not the group's nature.
Read by `hate.derogation` and `hate.broad` for a difficulty predicate (code Z), never for
crime or violence, and by `hate.everyday` after "never fit in"."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

# The words that open a cause right after the predicate.
_CAUSE = re.compile(
    r"\s*,?\s*(?:porque|pues|ya que|debido a(?: que)?|por culpa de|por falta de|a causa de|"
    r"because(?: of)?|since|due to|as long as nobody|thanks to)\b(?P<why>[^.!?;]*)"
)
# A cause that still puts the fault in the group: its will, its nature, its culture or its
# numbers ("porque no quieren", "porque son así", "because they don't have to", "because of
# their culture", "por su religión", "there are enough of them"); a cause whose subject is
# "they" keeps the group in the blame.
_GROUP_FAULT = re.compile(
    r"^\s*(?:ellos|ellas|they|them|their)\b"  # the group itself the subject of the cause
    r"|\b(?:enough of them|too many of them|so many of them|son demasiados|son muchos|"
    r"hay demasiados|ya son mayoria|are the majority)\b"
    r"|^\s*(?:(?:simplemente|simply|just|solo|nomas|en el fondo)\s+)*"
    r"(?:no quieren|no les (?:da la gana|interesa|importa|gusta)|les da igual|prefieren|"
    r"se niegan|rechazan|desprecian|odian|se creen|no respetan|son\b|no son\b|es su|"
    r"asi son|(?:do not|don't|dont|won't|will not) (?:want|care|bother|try)|refuse|hate|"
    r"despise|look down|are\b|'re\b|think they|can'?t be bothered)"
    r"|\b(?:su|sus|their|la|el|de)\s+(?:propia\s+|own\s+)?(?:cultura|culturas|religion|"
    r"costumbres|mentalidad|naturaleza|raza|sangre|genes|forma de ser|manera de ser|culture|"
    r"religion|customs|mentality|nature|race|blood|genes|way of life|values|valores|islam|"
    r"coran|quran|sharia)\b"
)


def outside_cause_at(text: str, at: int) -> bool:
    """At `at` in the normalised text, a cause ("porque", "because", "por falta de") of two
    words or more that does not put the fault in the group's will, nature or culture."""
    m = _CAUSE.match(text, at)
    if m is None or len(m.group("why").split()) < 2:
        return False
    return _GROUP_FAULT.search(m.group("why")) is None


# Crowding said of a place, whose cause may come after the place: "migrants are flooding the
# shelters because the state closed the processing center".
_CROWDING = frozenset({"are flooding"})
_PLACE_THEN = re.compile(
    r"\s+(?:the|our|this|that|these|those|every)(?:\s+[a-z']+){1,3}?"
    r"(?=\s*,?\s*(?:because|since|due to|thanks to)\b)"
)


def difficulty_explained_outside(an: Analysis, pred: Unit) -> bool:
    """Right after a difficulty predicate (code Z, not crime or violence), an outside cause."""
    if pred.code != "Z" or pred.has("crime") or pred.has("V") or pred.has("D"):
        return False
    text = an.norm.text
    if pred.text in _CROWDING and (m := _PLACE_THEN.match(text, pred.end)) is not None:
        return outside_cause_at(text, m.end())
    return outside_cause_at(text, pred.end)
