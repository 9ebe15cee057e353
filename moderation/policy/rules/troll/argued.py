"""A "did you even read it" jab that goes on to argue: the writer points at what the article,
the author or the record says ("the author addresses your point in paragraph four", "the
shelter is closing, not expanding", "I've worked at the port eleven years"). Heated, but an
argument answered with a correction, not flame bait; while the same jab with a sneer, an
insult or a swear beside it ("maybe try reading before embarrassing yourself again lol",
"Typical.") still is."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

# The jab is about reading or knowing the matter.
_READING_JAB = re.compile(
    r"\b(?:read|reading|headline|idea what|leiste|leer|lectura|titulo|titular|comprension)\b"
)
# ... and about the reader's reading ("you didn't read", "¿leíste?"), or the bare "reading
# comprehension"; "Not reading any of this" is the writer's own dismissal. Not the shared
# `SECOND_PERSON`: the reader here must be the one who read, and "tus", "usted" would take the
# writer reading the reader's words too ("leer tus comentarios es como ...").
_AT_READER = re.compile(
    r"\b(?:you|your|u|ur|leiste|lees|tu|te|reading comprehension|comprension lectora)\b"
)
# A correction: what the article, the author or the record says, a "not X" contrast, a count
# or the writer's own years at the matter.
_CORRECTION = re.compile(
    r"\b(?:the (?:article|author|piece|story|bill|report|study|data|law|ordinance|budget|record)"
    r"|paragraph|(?:he|she|they|it) (?:said|says|wrote|writes)|(?:el|la) (?:articulo|autora?|"
    r"nota|ley|reporte|informe|estudio|presupuesto)|parrafo|dice que|dijo que|"
    r"i'?ve (?:worked|lived|been)|trabaje|he trabajado|\d+ (?:years|anos))\b"
    r"|, not \w+|\bnot \w+ing\b|\bno (?:es|son|esta|estan) \w+, (?:es|son|esta|estan)\b"
)
# A sneer, mockery or contempt kept beside the jab.
_SNEER = re.compile(
    r"\b(?:lol|lmao|lmfao|jaja\w*|typical|as usual|again|every time|always|never|embarrass\w*|"
    r"genius|einstein|campeon|genio|strong suit|is hard|crayons?|pathetic|patetico|clown|"
    r"payaso|sad|smh|yikes|como siempre|otra vez|tipico|ridicul\w+|verguenza|not surprised|"
    r"judging by|your thing|doesn'?t seem|don'?t get it|you'?re all|all of you|bless your|"
    r"sweetie|honey|buddy|pal|no me sorprende|se nota)\b|[😂🤣🤡💀🙄]"
)


def argued_jab(an: Analysis, jab: str, start: int, end: int) -> bool:
    """The reading jab `jab` (at start..end of the normalised text) comes with a correction
    outside it, and the comment holds no sneer, insult or swear word."""
    if not _READING_JAB.search(jab) or not _AT_READER.search(jab):
        return False
    text = an.norm.text
    rest = text[:start] + " " + text[end:]
    if len(rest.split()) < 6 or not _CORRECTION.search(rest):
        return False
    return not (_SNEER.search(text) or any(u.has("INS") or u.has("PROF") for u in an.units))


# A verdict on the reader's argument (not on the reader) that the writer goes on to rebut.
_CLAIM_VERDICT = re.compile(
    r"^(?:your|ur) (?:arguments?|takes?|comments?|points?|claims?) (?:is|are) "
    r"(?:laughable|irrelevant|meaningless|a joke)$"
)
# The rebuttal opens right after it: a colon, a dash, "because", "since", "porque".
_REBUTTAL = re.compile(r"\s*(?::|—|–| - |,? because\b|,? since\b|,? as\b)")


def claim_rebutted(an: Analysis, jab: str, end: int) -> bool:
    """ "@Chuck your argument is laughable: the state paid for the bridge, not the city": the
    argument is judged and answered at once, six words or more after a colon or "because", and
    the comment holds no sneer, insult or swear word."""
    if not _CLAIM_VERDICT.match(jab.strip()):
        return False
    text = an.norm.text
    if not _REBUTTAL.match(text, end) or len(text[end:].split()) < 7:
        return False
    return not (_SNEER.search(text) or any(u.has("INS") or u.has("PROF") for u in an.units))
