"""A stereotype placement the writer rejects: "Women don't belong in the kitchen, they belong
wherever they want", "las mujeres no pertenecen a la cocina, pertenecen donde quieran".

The negated verb ("don't belong", "no pertenecen") is hate when it keeps a group out of a place
("X don't belong here"); before the place a stereotype sends a group back to (the kitchen, the
home), it refuses that stereotype. A correction after it must then be open ("wherever they
want", "en cualquier lugar"): "they belong in the bedroom" swaps one stereotype for another and
is still read as a claim. Read by `hate.derogation`, `hate.en_role` and `hate.coded`.
"""

from __future__ import annotations

import re

# The negated placement, then the stereotyped place (the kitchen or the home).
_REJECTED = re.compile(
    r"\b(?:do not|does not|don't|doesn't|are not|aren't|is not|isn't|should not|shouldn't|"
    r"no|ni)\s+(?:only |just |solo |solamente |nomas )?"
    r"(?:belong|belongs|meant|made|built|pertenecen|pertenece|son|es|deben estar|debe estar|"
    r"deberian estar|tienen que estar|tiene que estar|have to stay|need to stay|must stay)"
    r"(?: only| just| solo| solamente)?\s+(?:in|to|for|at|a|de|en|al)\s+"
    r"(?:the |la |el |their |su |sus |a )?(?:kitchens?|cocinas?|stoves?|estufas?|home|hogar|"
    r"metate|fregadero|sink)\b"
)
# A new clause that says again where they belong: it must leave the place open.
_RESTATED = re.compile(
    r"[,;:]\s*(?:but |pero |sino |instead |they |ellas |ellos |women |las mujeres |"
    r"they're |son |they are )*(?:belong|belongs|pertenecen|pertenece|meant|son de|deben estar|"
    r"are meant|estan hechas|can be|pueden estar)\b"
)
_OPEN = re.compile(
    r"\b(?:wherever|anywhere|everywhere|whatever|where(?:ver)? (?:they|she) (?:want|wants|choose|"
    r"chooses|like|likes|please|decide|decides)|donde (?:ellas |ellos |ella )?(?:quieran|quiera|"
    r"elijan|elija|decidan|decida|les de la gana)|en (?:todas|cualquier) (?:partes?|lugar|sitio)|"
    r"a cualquier (?:parte|lugar|sitio)|cualquier (?:lugar|parte|sitio)|en todos lados|"
    r"in every|en todo lugar)\b"
)
_ONLY = re.compile(r"\b(?:only|just|solo|solamente|nomas)\b")
_TOO = re.compile(r"\b(?:too|as well|also|tambien)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")


def stereotype_rejected(text: str, start: int) -> bool:
    """From offset `start` (the group or the negated verb) to the end of its sentence, a
    stereotyped place is refused, and any restated place is left open."""
    cut = _SENTENCE_END.search(text, start)
    sentence = text[start : cut.start() if cut else len(text)]
    m = _REJECTED.search(sentence)
    if m is None or m.start() > 60:
        return False
    rest = sentence[m.end() :]
    again = _RESTATED.search(rest)
    if again is None or _OPEN.search(rest, again.end()) is not None:
        return True
    # "don't belong only in the kitchen, they belong in the lab too": a place added, not swapped
    return _ONLY.search(m.group()) is not None and _TOO.search(rest, again.end()) is not None
