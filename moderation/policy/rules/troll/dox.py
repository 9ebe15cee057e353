"""`troll.dox_invite`: where someone lives, works or parks, or their number, and the readers
invited to go and tell them."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.lexicon import skipping
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.troll.public import _OFFICE
from moderation.policy.types import Category, Submission

# Doxxing as an invitation: where someone lives, works or parks, or their number, and the
# readers invited to go and tell them ("in case anyone wants to drop by", "por si alguien le
# quiere reclamar en persona", "díganle lo que piensan"). The writer's own family, offices
# and help lines are public or their own business.
# Where someone works the till or a shift, in both `_LOCATOR` and `_PINNED`.
_WORKS_POST = r"works the (?:\w+ )?(?:register|counter|desk|shift|line) (?:at|in)"
_LOCATOR = re.compile(
    r"\b(?:lives (?:off|on|at|near)|vive en|trabaja en|works (?:at|the \w+ shift)|"
    + _WORKS_POST
    + r"|"
    r"work the \w+ shift|da clases (?:de|en)|turno de la (?:tarde|manana|noche)|"
    r"sale a las (?:\d|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)|"
    r"(?:white|green|blue|red|yellow|gray|grey|brown|beige) house|"
    r"casa (?:blanca|verde|azul|roja|amarilla|gris)|\d{3}[- .]\d{4}|"
    r"(?:su|tu) correo (?:personal )?es|cell|celular|telefono de|parks (?:on|at|in)|"
    r"se estaciona|todas las (?:tardes|mananas|noches)|every (?:afternoon|morning|night))\b"
)
_INVITE = re.compile(
    r"\b(?:(?:in case|if) (?:anyone|anybody|someone|somebody) (?:wants?|would like|feels? "
    r"like) to (?:drop by|stop by|swing by|visit|say hi|pay (?:him|her|them) a visit|"
    r"tell (?:him|her|them)|have a word)|"
    r"let (?:him|her|them) know what (?:you|y'?all) think|"
    r"tell (?:him|her|them) what (?:you|y'?all) think|"
    r"por si alguien (?:le |la |lo |les )?(?:quiere|quisiera|desea) (?:ir a )?"
    r"(?:(?:reclamar|decir|llevar|visitar|saludar|charlar|platicar|hablar)(?:le|la|lo|les|los|"
    r"las)?|dar las gracias)|"
    r"para que (?:sepan|sepas) (?:donde|como) (?:encontrarl[oa]|ubicarl[oa]|buscarl[oa])|"
    r"(?:so|in case) (?:you|y'?all|everyone|people) (?:all )?knows? where to find (?:him|her|them)|"
    r"(?:maybe|perhaps) (?:someone|somebody|some of (?:you|y'?all)) (?:should|could|ought to) "
    r"(?:stop|drop|swing|go) (?:by|over)|"
    r"alguien (?:deberia|podria) (?:ir a|pasar a|darse una vuelta)|"
    r"para los que quieran (?:reclamar|decir|ir|visitar|saludar)\w*|"
    r"diganle|diganles|vayan a (?:saludar|visitar|ver|reclamar)\w*|pasaos|pasense|"
    r"caiganle|reclamenle|(?:se la|se lo|la|lo) pueden (?:encontrar|ir a)|"
    r"like some (?:company|visitors)|"
    r"(?:discuss|debate|talk|decirle|tell (?:him|her)|lo que piensan?)\b[^.!?]{0,30}"
    r"\b(?:in person|en persona))\b"
)
# The same first match, found jumping between the characters it can open with.
_INVITE_SEARCH, _INVITE_GROUP = skipping(_INVITE)
_OWN_FAMILY = re.compile(
    r"\b(?:my|mi|mis|our|nuestr[oa]s?)\s+(?:\w+\s+)?(?:brother|sister|mom|mother|dad|father|"
    r"son|daughter|wife|husband|cousin|uncle|aunt|grandma|grandpa|hermano|hermana|mama|madre|"
    r"papa|padre|hijo|hija|esposa|esposo|primo|prima|tio|tia|abuela|abuelo)\b"
)


# Where a person can be found, pinned closer than `_LOCATOR`: their house told apart, the
# vehicle they drive, where they park it, the street they work on or the shift they work.
# Enough with a shrug of an invitation (`_LEFT_HERE`), where an hour alone is not.
_PINNED = re.compile(
    r"\b(?:lives (?:off|on|at|near|in)|vive (?:en|por)|"
    r"(?:his|her|their|su) (?:house|home|place|casa) (?:is|es) (?:the|la)\b|"
    r"casa (?:con|de) (?:el|la) (?:porton|reja|barda|puerta)|"
    r"(?:drives|maneja|trae|anda en) (?:a|an|the|that|una|un|la|el|esa|ese) (?:\w+ ){0,2}"
    r"(?:truck|pickup|car|suv|van|silverado|f-?150|tacoma|camioneta|troca|carro|coche|"
    r"pick ?up)|"
    r"parks (?:it |his \w+ |her \w+ )?(?:behind|in front of|outside|next to|across from|at)|"
    r"(?:la|lo) (?:estaciona|deja) (?:frente a|afuera de|detras de|enfrente de|junto a|en)|"
    r"(?:works|trabaja)\b[^.!?]{0,50}\b(?:calle|avenida|av|street|st|ave|avenue|road|rd|blvd|"
    r"boulevard|highway|route|carretera)|" + _WORKS_POST + r")\b"
)
# The writer's own people: a neighbour's flooded street or a friend's shop is news.
_OWN_PEOPLE = re.compile(
    r"\b(?:my|mi|mis|our|nuestr[oa]s?)\s+(?:\w+\s+)?(?:neighbou?rs?|friends?|coworkers?|"
    r"co-workers?|vecin[oa]s?|amig[oa]s?|compadres?|comadres?|companer[oa]s?)\b"
)
# A shrug that leaves the location with the readers: "just saying", "ahí se los dejo",
# "in case anyone is curious".
_LEFT_HERE = re.compile(
    r"\b(?:(?:just saying|nomas digo|solo digo|nada mas digo|ahi (?:se )?(?:los|les|lo) dejo|"
    r"ahi queda|nomas lo dejo (?:aqui|ahi))\W*$|(?:just putting (?:it|that|this) out there|"
    r"(?:in case|if) (?:anyone|anybody|someone|y'?all)(?:'s| is| are| was| were)? "
    r"(?:curious|wondering|interested)|"
    r"por si alguien (?:tenia|tiene|tuviera) (?:la )?curiosidad|"
    r"por si a alguien le (?:interesa|interesaba|sirve))\b)"
)


# Gated (`rule(needs=...)`): it finds nothing without an invitation or a shrug, and most
# comments hold none of the words those open with, so both whole-text searches are skipped.
@rule("troll.dox_invite", Category.TROLL, needs=(_INVITE, _LEFT_HERE))
def dox_invite(an: Analysis, sub: Submission) -> list[Hit]:
    """Someone located (home, work, car, number) and the readers sent there: rejects."""
    text = an.norm.text
    invite = _INVITE_SEARCH.search(text)
    if invite is not None:
        where, group = _LOCATOR.search(text), _INVITE_GROUP
    else:
        invite = _LEFT_HERE.search(text)
        if invite is None:
            return []
        where, group = _PINNED.search(text), 0
        if _OWN_PEOPLE.search(text):
            return []
    if where is None or _OFFICE.search(text) or _OWN_FAMILY.search(text):
        return []
    spans = (
        an.norm.span(where.start(), where.end()),
        an.norm.span(invite.start(group), invite.end(group)),
    )
    return [Hit("troll.dox_invite", 0.95, spans, "someone located and readers sent to them")]
