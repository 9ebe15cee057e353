"""A superlative put-down of a take capped by a comparison with what officials write ("the
dumbest take I've read all week, and I read the county budget", "la opinión más absurda de la
semana, y eso que leí el presupuesto municipal"): the joke lands on the public body, and the
take is judged, not its writer. A comparison with a commenter, the article or anyone addressed
("... and I've read your comments, Chad", "y eso que leo a @beto") stays a jab."""

from __future__ import annotations

import re

from moderation.policy.rules.context.second_person import SECOND_PRONOUNS
from moderation.policy.rules.troll.public import _OFFICE, _PUBLIC

_COMPARED = re.compile(
    r"[^.!?]{0,40}?(?:,\s*)?\b(?:and|y eso que|and that'?s after|after)\s+(?:i|yo)?\s*"
    r"(?:'ve been |have been |'ve |have |also |just |ya )?"
    r"(?:read|reading|lei|leo|watched|watching|vi|veo|sat through|listened to|escuche)\b"
    r"([^.!?]{0,50})"
)
_DOCUMENTS = re.compile(
    r"\b(?:budget|presupuesto|minutes|acta|agenda|ordinance|reglamento|bill|iniciativa|"
    r"press releases?|boletin|comunicado|tweets|x accounts?|informe|report)\b"
)
# A reader addressed: pronouns in both languages and any "@". Unlike `SECOND_PERSON_ES` it holds
# no verb forms ("eres"); kept as written, since widening it changes which put-downs pass.
_SECOND = re.compile(rf"\b(?:{SECOND_PRONOUNS})\b|@")
# A reader's own writing put down: the comparison does not make that a joke on officials.
_THEIR_POST = re.compile(r"\b(?:comments?|repl(?:y|ies)|posts?|comentarios?|respuestas?)\b")
# A name closing the comment ("..., Chad."): the put-down is said to someone.
_VOCATIVE_END = re.compile(r",\s*[A-ZÁÉÍÓÚÑ][\w'’-]+\W*$")


def compared_with_officials(text: str, matched: str, end: int, raw: str) -> bool:
    """After the put-down `matched`, ending at `end`, a comparison with a public body's
    writing, and no one addressed in the comment."""
    if _THEIR_POST.search(matched) or _SECOND.search(text) or _VOCATIVE_END.search(raw):
        return False
    m = _COMPARED.match(text, end)
    if m is None:
        return False
    what = m.group(1)
    return bool(
        _DOCUMENTS.search(what)
        or _OFFICE.search(what)
        or any(w in _PUBLIC for w in re.findall(r"\w+", what))
    )
