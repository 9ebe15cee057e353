"""The shapes of a faith cast as a threat (`hate_everyday`): a place of worship as the road to
sharia, every believer a terrorist or a fool, a mosque said to hide weapons."""

from __future__ import annotations

import re

# A mosque's every step read as the road to sharia.
SLOPE = re.compile(
    r"\b(?:today|this year|now|hoy)\b.*\b(?:sharia|caliphate|califato)\b.*"
    r"\b(?:tomorrow|next year|next|manana)$|"
    r"\b(?:sharia|caliphate|califato)(?: \S+)? (?:tomorrow|next year|next|manana)$|"
    r"\b(?:al otro|al dia siguiente|despues|luego|y luego|and then|then) (?:es |sera |viene |"
    r"it is |comes )?(?:la |the )?(?:sharia|califato|caliphate)(?: law)?$|"
    r"\bwhat is next,? (?:sharia|the caliphate)\b|"
    r"\b(?:mosques?|synagogues?|mezquitas?|sinagogas?) (?:is|are|has become|have become|es|son)"
    r"(?: \S+)? (?:a |just a |un |una )?(?:breeding grounds?|semilleros?|nidos?)\b"
)

# Every believer of a faith cast as a terrorist or a fool; a place of worship said to hide
# weapons or plots; a group's arrival said to end in no-go zones or collapse.
BELIEVERS = re.compile(
    r"\b(?:anyone|anybody|everyone|everybody|every one|whoever|all) (?:who|that) (?:follows|"
    r"believes in|practices|goes to|attends|prays at) (?:it|that religion|that faith|GRP|"
    r"(?:a |the |that )?(?:mosque|synagogue|temple|church)) (?:is|are) (?:either |basically |"
    r"just )?(?:a |an )?(?:terrorists?|terrorist sympathizers?|pedophiles?|idiots?|criminals?|"
    r"sheep|brainwashed|extremists?|fanatics?)\b|"
    r"\b(?:todo el que|cualquiera que|quien|todos los que) (?:sigue|siguen|cree en|creen en|"
    r"practica|practican|va a|van a) (?:esa religion|esa fe|la mezquita|GRP) (?:es|son) "
    r"(?:un |una |unos )?(?:terroristas?|pederastas?|idiotas?|fanaticos?|borregos)\b|"
    r"\b(?:mosques?|synagogues?|mezquitas?|sinagogas?)\b.*\b(?:stash|hide|hiding|store|"
    r"stockpile|esconder|guardar) (?:the |their |las |sus )?(?:weapons|guns|bombs|explosives|"
    r"armas|bombas|explosivos)\b|"
    r"\b(?:every|any|each|cada) (?:city|town|country|place|civilization|society|ciudad|pais|"
    r"civilizacion|sociedad) (?:that|which|que) (?:lets|let|embraced|embraces|accepted|accepts|"
    r"tolerated|allowed|deja entrar|acepto|acepta) (?:in )?(?:the )?(?:GRP|mosques|"
    r"homosexuality|islam|mezquitas|la homosexualidad)(?: in)? (?:\S+ ){0,3}?(?:collapsed|fell|"
    r"ends up with no ?go zones|end up with no ?go zones|got no ?go zones|se derrumbo|cayo)\b"
)
