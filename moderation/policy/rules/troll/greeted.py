"""A Mexican "cabrón" or "güey" called to a friend in a greeting or a word of approval ("¿Qué
onda, cabrón?", "Qué buena onda, cabrón", "¡Órale, cabrón, qué bien te quedó la carne
asada!"): set off by a comma at the edge of its clause, it is the friend's hail, not a name
for anyone. A second insult or swear ("pinche cabrón"), a predicate ("eres un cabrón"), or an
order to shut up or leave ("cabrón, cállate") keep it an attack."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

# The hail words: singular or plural, as friends call each other.
_HAIL = frozenset({"cabron", "cabrona", "cabrones", "cabronas"})
# A greeting or a word of approval in the comment: what friends hail each other with.
_GREETED = re.compile(
    r"\b(?:que onda|quiubo|quihubo|que hubo|orale|"
    r"(?:que |muy |bien )?buena onda|que (?:chido|padre|rico|sabroso)|"
    r"que bien (?:te|les|nos) (?:quedo|quedaron|salio|salieron)|(?:te|les) (?:quedo|quedaron|"
    r"salio|salieron) (?:bien |muy |bien )?(?:rico|rica|ricos|ricas|chido|chida|buenisim[oa]s?|"
    r"sabros[oa]s?|perron|perrona)|feliz (?:cumple\w*|navidad|ano))\b"
)
# Words of a clause that make the hail a predicate or the comment hostile after all.
_HOSTILE = re.compile(
    r"\b(?:eres|sos|es usted|callate|callense|callas|te calles|callarte|largate|largense|vete|"
    r"larguense|chinga|chingate|no sirves|me caes mal|odio|de mierda|hijo de|ya veras)\b"
)


def greeting_hail(an: Analysis, u: Unit) -> bool:
    """The "cabrón" at `u` hails a friend: a comma sets it off from the rest of its clause
    (or it opens or closes its sentence), the comment greets or approves, and there is no
    other insult or swear word and nothing hostile."""
    if an.lang != "es" or u.text not in _HAIL:
        return False
    text = an.norm.text
    if not _GREETED.search(text) or _HOSTILE.search(text):
        return False
    if any(x.index != u.index and (x.has("INS") or x.has("PROF")) for x in an.units):
        return False
    run = an.sentence_run(u.index)
    before = [x for x in run if x.index < u.index]
    after = [x for x in run if x.index > u.index]
    set_off_before = not before or "," in text[before[-1].end : u.start]
    set_off_after = not after or bool(re.match(r"\s*[,!?]", text[u.end :]))
    if before and before[-1].text in ("un", "una", "el", "la", "ese", "esa", "pinche"):
        return False
    return set_off_before or set_off_after
