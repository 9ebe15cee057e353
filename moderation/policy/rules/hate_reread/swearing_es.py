"""Spanish swearing used as an intensifier, dropped (`hate_reread`, hold only): "Ninguna puta
mujer sabe conducir", "Los X son una puta carga", "Los odio de cojones", "Joder, los X son
unos vagos" read as the sentence without the swear word. Dropping it leaves the claim whole,
and the phrases the lexicon holds ("son una carga", "ninguna mujer sabe") are met again.

Not "puto" or "pinche" as the insult itself ("un puto", "pinche X" alone, "X de mierda"):
there the swear word carries the judgement and the other rules read it. Swearing about a
thing or in praise ("qué puto día más bueno", "unas putas cracks") drops to a plain sentence
that no rule holds."""

from __future__ import annotations

import re

# A swear word between a determiner, a quantifier or a copula's article and the noun or
# adjective it intensifies ("ningún puto X", "son una puta carga", "esos jodidos X").
_BEFORE_NOUN = re.compile(
    r"\b(?P<det>los|las|el|la|un|una|unos|unas|ningun|ninguna|ningún|esos|esas|estos|estas|"
    r"cada|todos|todas|mis|sus|tus|nuestros|nuestras|de|a|con|y|que|son|es|eres|sois|somos)"
    r"\s+(?:put[oa]s?|pinches?|jodid[oa]s?|maldit[oa]s?|chingad[oa]s?|pinchis)\s+"
    r"(?!(?:de|del|que|y|o|a|en|con|por|para|madre|mierda|vida)\b)(?=[a-záéíóúñ]{3,})",
    re.IGNORECASE,
)
# A swear word as a degree adverb ("odio de cojones", "un asco de la hostia", "jodidamente
# asquerosos"). The spaces before the phrase are read from the first of their run, once.
_DEGREE = re.compile(
    r"(?<!\s)\s++(?:de (?:los |mil )?cojones|de la hostia|de la verga|de la chingada|del carajo|"
    r"de la puta madre)\b|\b(?:jodidamente|putamente|pinchemente|malditamente)\s+",
    re.IGNORECASE,
)
# An interjection that opens the sentence ("Joder, ...", "Hostia puta, ...", "La puta madre,").
_OPENING = re.compile(
    r"^\s*(?:joder|jo+der|hostia(?:s| puta)?|mierda|carajo|coño|chingado|chingada|puta madre|"
    r"la puta madre|me cago en (?:la leche|dios|todo))\s*[,!¡.:]+\s*",
    re.IGNORECASE,
)
# Every match of the three holds one of these (a literal gate).
WORDS = ("put", "pinch", "jodid", "maldit", "chingad", "cojones", "hostia", "joder", "verga",
         "carajo", "mierda", "coño", "cago")  # fmt: skip


def without_swearing_es(said: str) -> str | None:
    """`said` with its intensifying swear words dropped, or None when it holds none."""
    plain = _BEFORE_NOUN.sub(lambda m: m["det"] + " ", said)
    plain = _DEGREE.sub("", plain)
    opened = _OPENING.match(plain)
    if opened is not None and opened.end() < len(plain):
        rest = plain[opened.end() :]
        plain = rest[:1].upper() + rest[1:]
    return plain if plain != said else None
