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
# What "qué buen(a)/bonito/chido ..." praises as a friend's doing: an event or a thing made,
# cooked or shown ("qué buena fiesta", "qué bonito quedó el mural"). Not a way of doing ("qué
# buena manera de arruinar ...", sarcasm) nor the friend's looks ("qué bonito te ves callado").
_PRAISED = (
    r"(?:fiesta|fiestas|carne|carnita|carnitas|asada|comida|cena|comid[ao]s?|tacos|pastel|"
    r"mural|foto|fotos|video|cancion|rola|show|concierto|boda|viaje|regalo|casa|carro|coche|"
    r"jardin|partido|gol|golazo|jugada|noticia|noticias|chamba|trabajo|proyecto|tatuaje|"
    r"pintura|dibujo|libro|disco|album|evento|reunion|carne asada|posada|pachanga|peda|"
    r"onda|rollo)"
)
# A greeting or a word of approval in the comment: what friends hail each other with.
_GREETED = re.compile(
    r"\b(?:que onda|quiubo|quihubo|que hubo|orale|"
    r"(?:que |muy |bien )?buena onda|que (?:chido|padre|rico|sabroso)|"
    r"que (?:buen|buena|buenas|buenos|bonit[oa]s?|chid[oa]s?|padres?|hermos[oa]s?) "
    rf"(?:quedo|quedaron|salio|salieron|{_PRAISED})|"
    r"que bien (?:te|les|nos) (?:quedo|quedaron|salio|salieron)|(?:te|les) (?:quedo|quedaron|"
    r"salio|salieron) (?:bien |muy |bien )?(?:rico|rica|ricos|ricas|chido|chida|buenisim[oa]s?|"
    r"sabros[oa]s?|perron|perrona)|feliz (?:cumple\w*|navidad|ano))\b"
)
# Words of a clause that make the hail a predicate or the comment hostile after all: a name,
# an order to shut up, to stop or to leave in any person or mood ("a ver cuándo se largan de
# mi país", "ya dejen de escribir"), a country claimed as the writer's.
_HOSTILE = re.compile(
    r"\b(?:eres|sos|es usted|callate|callense|callas|te calles|callarte|larg\w+|vete|vayanse|"
    r"vayase|se (?:van|vayan|regresan|regresen)|regres(?:ate|ense|en|an|as) (?:a|pa) (?:su|tu)|"
    r"fuera de (?:aqui|mi|nuestro|este)|(?:mi|nuestro) pais|(?<!no )(?:deja|dejen|dejas|dejes|"
    r"dejan) de|chinga|chingate|no sirves|me caes mal|odio|de mierda|hijo de|ya veras)\b"
)
# What may stand between the greeting and the hail of one clause: a comma, an opening mark.
_SAME_CLAUSE_GAP = re.compile(r"[\s,¡¿]*")
# A hail that is a sentence of its own ("Cabrón. Qué buena onda la fiesta."): the sentence
# beside it is what it hails the friend with, past a stop, an exclamation or an ellipsis.
_NEXT_SENTENCE_GAP = re.compile(r"[\s,.!¡¿…]*")


def greeting_hail(an: Analysis, u: Unit) -> bool:
    """The "cabrón" at `u` hails a friend: a comma sets it off from the rest of its clause
    (or it opens or closes its sentence), a greeting or approval stands right beside it, and
    there is no other insult or swear word and nothing hostile."""
    if an.lang != "es" or u.text not in _HAIL:
        return False
    text = an.norm.text
    run = an.sentence_run(u.index)
    before = [x for x in run if x.index < u.index]
    after = [x for x in run if x.index > u.index]
    gap = _NEXT_SENTENCE_GAP if not before and not after else _SAME_CLAUSE_GAP
    if _HOSTILE.search(text) or not _greeted_beside(text, u, gap):
        return False
    if any(x.index != u.index and (x.has("INS") or x.has("PROF")) for x in an.units):
        return False
    set_off_before = not before or "," in text[before[-1].end : u.start]
    set_off_after = not after or bool(re.match(r"\s*[,!?]", text[u.end :]))
    if before and before[-1].text in ("un", "una", "el", "la", "ese", "esa", "pinche"):
        return False
    return set_off_before or set_off_after


def _greeted_beside(text: str, u: Unit, gap: re.Pattern) -> bool:
    """A greeting or approval right beside the hail, in its clause: "qué onda, cabrón",
    "cabrón, qué bien te quedó". A greeting in another sentence hails no one with it, unless
    the hail is a sentence of its own (`gap`: "Cabrón. Qué buena onda la fiesta.")."""
    for m in _GREETED.finditer(text):
        if m.end() <= u.start and gap.fullmatch(text, m.end(), u.start):
            return True
        if m.start() >= u.end and gap.fullmatch(text, u.end, m.start()):
            return True
    return False
