"""Some members, not the group: "también hay gringos borrachos", "there are lazy Mexicans and
lazy gringos" say that such people exist, which is no claim about the rest, unless the sentence
makes it one (ubiquity, a verdict on most of them, "only")."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.hate.own_manners import INTENSIFIERS

# "There are" before the noun phrase: some members exist, which says nothing of the rest
# ("también hay gringos borrachos", "there are lazy Mexicans and lazy gringos"); not after
# "only" ("aquí solo hay mexicanos flojos", "namás hay ...").
_THERE_ARE = re.compile(
    r"(?<!\bsolo )(?<!\bnomas )(?<!\bnamas )(?<!\bnada mas )(?<!\bno mas )(?<!\bunicamente )"
    r"(?<!\bsolamente )(?<!\bpuro )(?<!\bpuros )(?<!\bpuras )(?<!\bpura )(?<!\bonly )"
    r"(?<!\bjust )(?<!\bnothing but )"
    r"\b(?:hay|existen|there are|there're|there are also|there are some|hay tambien)\s+$"
)
_AND = frozenset({"and", "y", "or", "o"})
_MORE = frozenset({"mas", "more", "even", "aun", "todavia", "menos", "less", "still"})
# Ubiquity anywhere in the sentence ("en cada esquina hay X rateros", "there are filthy X
# everywhere you look") and a whole-group verdict after the phrase ("..., todos son iguales",
# "none of them any good") make "some" a claim about all.
_EVERYWHERE = re.compile(
    r"\b(?:everywhere|all over|wherever|every|each|any|por todos lados|por todas partes|"
    r"en todas partes|en todos lados|por donde|a donde|adonde|donde sea|cada|todos los|"
    r"todas las|en todos|en todas|en todo|en toda|a montones|por montones|montones|"
    r"by the (?:thousands|hundreds|dozens)|por miles|a miles)\b"
    r"(?! (?:fin|fines|semana|semanas|ano|anos|dia|dias|vez|veces|"
    r"verano|invierno|domingo|domingos|sabado|sabados|noche|noches|year|years|week|weeks|"
    r"weekend|weekends|day|days|time|spring|summer|winter|night|nights|sunday|saturday)\b)"
)
_ALL_AFTER = re.compile(
    r"\b(?:todos son|todas son|son todos|son todas|no se salva|ninguno (?:se salva|sirve|vale)|"
    r"all of them|none of them (?:is|are) (?:any )?good|every single|they(?:'re| are) all|"
    r"todos iguales|todas iguales|(?<!no )son (?:todos |todas )?lo mismo|"
    r"tod[oa]s l[oa]s \w+ son|all (?:the )?\w+ are|(?<!not )(?:are|they're) (?:all )?the same|"
    r"all the same|la mayoria|most of them|casi todos|casi todas|el resto|the rest of them|"
    r"the whole lot|name (?:me )?one who|conoces a (?:un|una|uno) que no|never met (?:a|one)|"
    r"yet to meet|nunca he (?:visto|conocido) (?:a )?(?:un|una|uno)|(?:are|son) (?:the|la) "
    r"(?:majority|mayoria))\b"
)
# A comparison with everyone ("como en cada familia", "like in any family", "every parish has
# both"): ubiquity said of all people alike, which makes "some X" no claim about the X.
_LIKE_ALL = re.compile(
    r"\b(?:como en|like in|as in|igual que en|just like in|in any|en todo grupo|en toda familia|"
    r"en todas las familias|in every (?:family|group|country|town|church|parish|party)|"
    r"has both|have both|has some|have some|tiene sus|tienen sus|como en todo|like anywhere|"
    r"tiene de los dos|hay de todo|de todo hay|its share|su cuota)\b"
)


def said_to_exist(an: Analysis, g: int, pred: Unit) -> bool:
    """The adjective and the group make one noun phrase (either order, intensifiers between)
    right after "hay" or "there are", or after such a phrase and "and": some members of the
    group have the fault, not all. Not with ubiquity in the sentence, a verdict on all of them
    after it, or a comparative ("todavía más flojos")."""
    if pred.code != "X" or pred.sentence != an.units[g].sentence:
        return False
    lo, hi = min(g, pred.index), max(g, pred.index)
    units = an.units
    if any(units[k].text not in INTENSIFIERS for k in range(lo + 1, hi)):
        return False
    if pred.index > 0 and units[pred.index - 1].text in _MORE:
        return False
    text = an.norm.text
    start = units[lo].start
    k = lo - 1
    if k > 1 and units[k].text in _AND and units[k - 1].code in ("G", "X"):
        k -= 1  # "there are lazy Mexicans and lazy gringos": the phrase before "and"
        while k > 0 and units[k - 1].code in ("G", "X") and units[k - 1].sentence == pred.sentence:
            k -= 1
        start = units[k].start
    if not there_are_before(text, start):
        return False  # most pairs end here, before the sentence is searched
    run = an.sentence_run(hi)
    if _EVERYWHERE.search(text, run[0].start, run[-1].end) and not _LIKE_ALL.search(
        text, run[0].start, run[-1].end
    ):
        return False
    after_end = next((u.end for u in reversed(units) if u.sentence <= pred.sentence + 1), 0)
    return not _ALL_AFTER.search(text, units[hi].end, max(after_end, units[hi].end))


def there_are_before(text: str, start: int) -> bool:
    """ "Hay" or "there are" (`_THERE_ARE`) just before `start`."""
    return _THERE_ARE.search(text, max(0, start - 40), start) is not None
