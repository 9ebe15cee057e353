"""A Spanish foul oath used as an interjection about the weather or a mishap ("¡Hijo de puta,
qué frío hace!", "¡Ay, hijo de la chingada, se me quemaron los frijoles!"): it opens its sentence
and a comma hands over to an exclamation about a state of things, with no one addressed in the
comment. It curses the cold, not a reader; the profanity rules still weigh the swear itself.
"Eres un hijo de puta", "Hijo de puta, ¿qué haces aquí?" and "Hijo de puta, qué feo eres" are
aimed at someone and stay personal attacks.

"Cabrón" alone is also Mexico's interjection of surprise ("¡Ay, cabrón, qué golazo!", "¡Ah
cabrón, no me lo esperaba!"): opening an exclamation, before any "qué ..." or a "no me lo
esperaba", with no one addressed, it marks the writer's surprise, not a reader's name."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.troll.words import SECOND_PERSON_ES

# The oaths: "hijo/hija de puta", "de perra", "de la (gran) chingada", "de su puta madre".
_OATH = re.compile(r"^(?:hij[oa] de |hijueputa|hijoputa)")
# Interjections that may come before the oath in its sentence ("¡Ay, hijo de ...!").
_LEAD = frozenset({"ay", "uy", "ah", "oh", "uf", "chale", "ijole", "hijole", "no", "pero"})
# What can be exclaimed over: weather, a blow or a fright, traffic, prices, tiredness.
_STATE = (
    r"(?:frio|friazo|friecito|calor|caloron|calorcito|bochorno|humedad|lluvia|lluvion|"
    r"aguacero|tormenta|granizo|granizada|viento|ventarron|helada|nevada|neblina|polvo|"
    r"tierrero|lodo|lodazal|humo|solazo|sol|golpe|golpazo|madrazo|chingadazo|susto|sustote|"
    r"dolor|hambre|sed|sueno|cansancio|trafico|trafical|cola|fila|caro|cara|caros|"
    r"precios?|dia|diita|semana|lunes|calorones|frios|desvelada|cruda|gripa)"
)
# The exclamation after the comma: "qué (pinche) frío (hace)", or an impersonal mishap ("otra
# vez se fue la luz", "se me quemaron los frijoles", "me di un golpazo").
_EXCLAMATION = re.compile(
    rf"\s*[,!]+\s*(?:(?:que|como|vaya|menudo|menuda) (?:\w+ )?{_STATE}\b|"
    r"(?:otra vez |ya )?se (?:me |nos |le )?(?:fue|fueron|cayo|cayeron|acabo|acabaron|"
    r"descompuso|descompusieron|quemo|quemaron|rompio|rompieron|olvido|olvidaron|poncho|"
    r"inundo|inundaron|volo|volaron|murio|apago|apagaron|tapo)\b|"
    r"me (?:di|dio|pegue|queme|corte|cai|cayo|torci|machuque)\b)"
)
# Any second person or address in the comment aims the oath at someone after all.
_SECOND_PERSON = re.compile(rf"\b(?:{SECOND_PERSON_ES})\b")


# The surprise "cabrón" exclaims: "qué golazo", "cómo corre", "no me lo esperaba", "no manches".
_SURPRISE = re.compile(
    r"\s*[,!]+\s*(?:(?:que|como) \w+|no (?:me |lo |te )*(?:esperaba|esperaban|esperabamos|"
    r"puedo creer|creo|manches|mames|inventes)\b|(?:mira|miren) nomas\b|otra vez\b|ya \w+)"
)
# A second person in a verb's ending ("me diste", "lo hiciste", "das", the future "ya verás",
# "te arrepentirás"): someone addressed, or threatened.
_SECOND_PERSON_VERB = re.compile(
    r"\b\w+(?:aste|iste)\b|\b(?:das|dices|haces|andas|vas|tienes|sabes|puedes|quieres)\b|"
    r"\b\w+(?:aras|eras|iras|dras)\b"
)


# A future's ending is also a plural noun's ("qué carreras", "las fronteras"): after "qué" or a
# plural determiner the word is the noun.
_FUTURE = re.compile(r"(?:aras|eras|iras|dras)$")
_BEFORE_NOUN = re.compile(
    r"\b(?:que|las|unas|esas|estas|tus|sus|mis|otras|tantas|muchas|pocas|cuantas)\s+$"
)


def _addressed_verb(text: str) -> bool:
    """A verb in the second person somewhere in `text` (normalised), not a plural noun that
    only ends like a future."""
    for m in _SECOND_PERSON_VERB.finditer(text):
        if _FUTURE.search(m.group(0)) and _BEFORE_NOUN.search(text, 0, m.start()):
            continue
        return True
    return False


def _surprise(an: Analysis, u: Unit) -> bool:
    """A singular "cabrón" opening an exclamation of surprise with no one addressed."""
    if u.text not in ("cabron", "cabrona") or _addressed_verb(an.norm.text):
        return False
    start, end = an.span(u.index, u.index)
    typed = an.norm.original
    if "!" not in typed[end:] and "¡" not in typed[:start]:
        return False
    return _SURPRISE.match(an.norm.text, u.end) is not None


def oath_exclaimed(an: Analysis, u: Unit) -> bool:
    """The insult at `u` is an oath opening its sentence (maybe after "ay", "uy") and followed,
    after a comma, by an exclamation about the weather or a mishap, or a "cabrón" of surprise;
    nobody is addressed."""
    if an.lang != "es" or not (_OATH.match(u.text) or u.text in ("cabron", "cabrona")):
        return False
    run = an.sentence_run(u.index)
    if any(x.text not in _LEAD for x in run[: u.index - run[0].index]):
        return False
    text = an.norm.text
    if _SECOND_PERSON.search(text) or any(x.code == "U" for x in an.units):
        return False
    if any(x.index != u.index and (x.has("INS") or x.has("PROF")) for x in an.units):
        return False  # "Hijueputa, qué fila tan culera": a second swear, not one oath
    return _EXCLAMATION.match(text, u.end) is not None or _surprise(an, u)
