"""Threat shapes that describe instead of call: a Spanish relative clause in the indicative
("los ayatolas, que cuelgan a homosexuales": what they do, not "que los cuelguen"), an English
"and hang them" coordinated with a subject's verb ("They behead people and hang them from
bridges": what they do, not an order), and a hanging called for only after a trial
("Hang them. After a fair trial, obviously": a penal opinion). Guards of `reading`."""

from __future__ import annotations

import re

from moderation.policy.rules.threat_said.forms import SUBJUNCTIVE

# A relative "que" right after a comma: ", que cuelgan ...".
_RELATIVE_QUE = re.compile(r"\s*,\s*que\s*$")
# -ar stems whose subjunctive changes spelling: colgar -> cuelguen, ahorcar -> ahorquen.
_RESPELLED = (("g", "gu"), ("c", "qu"), ("z", "c"))


def _ar_indicative(word: str) -> bool:
    """`word` is a present indicative "-an" of an -ar verb of the acts: its "-en" form (maybe
    respelled) is the subjunctive the act list holds ("cuelgan" / "cuelguen", "matan" /
    "maten"); "mueran" (morir) has no such twin and stays a subjunctive."""
    if not word.endswith("an"):
        return False
    stem = word[:-2]
    forms = {stem + "en"} | {stem[: -len(a)] + b + "en" for a, b in _RESPELLED if stem.endswith(a)}
    return any(f in SUBJUNCTIVE for f in forms)


def relative_indicative_es(who: str, act: str) -> bool:
    """The wish's "que" follows a comma and its verb is an indicative: a relative clause that
    says what the noun before it does."""
    words = act.split()
    return bool(words) and _RELATIVE_QUE.match(who) is not None and _ar_indicative(words[0])


# A third-person subject and a violent act of its own, then "and": "they behead people and
# ...", a series of what they do ("they vote wrong and hang them" is no such series).
_SUBJECT_VERB_AND = re.compile(
    r"(?:^|[.;:,!?]\s*)(?:they|he|she|who)\s+(?:(?:also|still|even|then|often|always)\s+)?"
    r"(?:behead|kill|murder|shoot|shot|torture|kidnap|rape|burn|execute|slaughter|butcher|"
    r"mutilate|dismember|stab|beat|hunt|massacre|disappear|extort)(?:s|ed|ped|ped)?\b"
    r"[^,;:.!?]*\band\s+$"
)


def coordinated_en(text: str, start: int, act_start: int) -> bool:
    """The imperative opened by "and" continues a clause whose subject is a third person with
    a violent act of its own: a description of what they do."""
    return _SUBJECT_VERB_AND.search(text[start:act_start]) is not None


_AFTER_TRIAL = re.compile(
    r"\b(?:after (?:a |the )?(?:fair |proper |real )?trial|once (?:they(?:'re| are) )?"
    r"convicted|if (?:they(?:'re| are) )?convicted|(?:despues de|tras) (?:un |el )?juicio|"
    r"con juicio (?:justo|de por medio)|si (?:los|las) condenan)\b"
)


# What may stand between the act and the trial: the rest of the act's sentence, or its end
# when the trial opens the next one ("Hang them. After a fair trial, obviously").
_UP_TO_TRIAL = re.compile(r"[^.!?]*(?:[.!?]+\s*)?")


def after_trial(text: str, start: int = 0) -> bool:
    """The act from `start` asks for a trial first, in its own sentence or at the head of the
    next: a sentence called for, not violence. A trial named elsewhere excuses nothing ("Hang
    the journalist from a tree. The rest after a fair trial." is a threat)."""
    m = _AFTER_TRIAL.search(text, start)
    return m is not None and _UP_TO_TRIAL.fullmatch(text, start, m.start()) is not None
