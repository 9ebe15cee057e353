"""Where a body is left: the place of the act as the tell that an ambiguous act ("hang",
"colgar", "drown", "echar") falls on a person and not on a flag or a figure ("hang the reporter
from the bridge", "cuelguen al alcalde de un árbol"), and the acts of leaving a body there
("dump the author in a ditch", "tiren al periodista a una zanja")."""

from __future__ import annotations

import re

# A gallows: a bridge, a tree, a post; "from" (or "de") names what the body hangs from.
_EN_GALLOWS = (
    r"(?:bridge|overpass|tree|oak|lamppost|lamp post|lamp-post|light pole|streetlight|street "
    r"light|telephone pole|power pole|pole|crane|yardarm|rafters|flagpole|goalpost)"
)
# Water, a ditch, the desert: where a body is dumped or drowned.
_EN_DUMP = (
    r"(?:river|sea|ocean|bay|lake|creek|canal|swamp|ditch|desert|landfill|quarry|shallow grave|"
    r"mass grave|gutter|sewer)"
)
# A weight to sink a body with.
_WEIGHT = (
    r"with (?:cinder ?blocks|concrete (?:shoes|boots|blocks)|(?:a )?(?:rocks?|bricks?|weights?|"
    r"an anchor|chains?) (?:tied|chained|on|around))"
)
_EN_DET = r"(?:a|an|the|that|this|some|any|nearest|closest)"
EN_PLACE = (
    rf"\b(?:from {_EN_DET}(?: (?:nearest|closest|old|big|tallest|highest))? {_EN_GALLOWS}|"
    rf"(?:in|into) {_EN_DET}(?: (?:nearest|closest|middle of the|bottom of the))? {_EN_DUMP}|"
    rf"{_WEIGHT})\b"
)
_ES_GALLOWS = (
    r"(?:puente|arbol|poste|farol|farola|semaforo|grua|viga|palo|balcon|paso elevado|"
    r"pasarela|antena)"
)
_ES_DUMP = r"(?:rio|mar|canal|presa|zanja|cuneta|barranco|desierto|fosa|canon|laguna|drenaje)"
ES_PLACE = (
    rf"\b(?:(?:del|de un|de una|de algun|de ese|de este|de aquel|de la) {_ES_GALLOWS}|"
    rf"(?:al|a un|a una|a la|en el|en un|en una|en la) {_ES_DUMP}|"
    r"con (?:piedras|bloques|cemento|concreto|una piedra|un bloque) (?:atad|amarrad|en los pies))"
)
_PLACE = {"en": re.compile(EN_PLACE), "es": re.compile(ES_PLACE)}

# What is left to drown a body put in the water without a weight: "and let the current
# take him", "and let the current decide", "and see if he floats", "face down", "let him
# drown"; the current carrying the inner tubes is a summer outing.
_EN_DROWNED = (
    r"(?:,? and (?:let|watch) (?:the )?(?:current|currents|river|tide|water|sea|fish|gators|"
    r"alligators|crocodiles|sharks) (?:(?:take|takes|carry|carries|get|gets|have|eat|eats|"
    r"finish|finishes|sweep|sweeps|handle|handles) (?:him|her|them|it|the rest)\b|"
    r"(?:decide|do the rest|sort (?:it|him|her|them) out)\b)|,? and (?:let|watch) (?:him|her|them) "
    r"(?:drown|sink)\b|,? and see (?:if|whether) (?:he|she|they|it) "
    r"(?:floats?|swims?|sinks?)\b| face ?down\b)"
)
# Leaving a body in water, a ditch or the desert: a verb of dumping, its object, the place,
# not for a swim; "put" only with a weight to sink it ("put the kids in the river" is a swim).
# Someone's things and own limbs are no victim ("throw your phone in the river", "put your
# feet in the river"); a possessed person or body is ("throw your neighbor in the river",
# "throw his body in the river"). A family outing is no dumping ("put the kids in the river").
_NOT_OWNED = (
    r"(?!(?:your|ur|my|his|her|their|our|its) (?:old |own |new |damn |stupid )?(?:phones?|"
    r"cell ?phones?|keys|tv|tvs|television|remote|laptop|computer|trash|garbage|junk|stuff|"
    r"things|shoes|boots|socks|clothes|hats?|caps?|shirts?|jerseys?|feet|foot|toes|hands?|"
    r"legs?|heads?|rings?|money|cash|wallet|ballots?|votes?|cards?|bags?|books?|papers|flags?|"
    r"guns?|weapons?|ashes|waste|oil|sewage|chemicals|bottles?|cans|cigarettes?|butts|lines?|"
    r"hooks?|bait|nets?|boats?|canoes?|kayaks?|rafts?|cars?|trucks?|bikes?|dogs?|cats?|pets?|"
    r"toys?|dreams?|hopes?|careers?|reputations?|degrees?|diplomas?|medals?|badges?|uniforms?|"
    r"masks?|meds|pills|drugs|beer|beers|drinks?)\b)"
    r"(?!(?:the|your|our|my|his|her|their) (?:kids|children|boys|girls|family|little ones|"
    r"grandkids)\b)"
)
# A swim, not a drowning: "for a swim", "to cool off", or a swim promised in the same
# sentence ("Just throw him in the lake, he'll learn to swim").
_SWIM = (
    r" (?:for a (?:swim|dip)|to (?:swim|cool off|play))|"
    r"[^.!?]{0,40}?\b(?:learns? to swim|learned to swim|swimming lessons?|a swimming lesson)\b"
)
EN_DUMPED = (
    r"(?:(?:throw|throws|threw|thrown|toss|tosses|tossed|dump|dumps|dumped|"
    rf"bury|buries|buried|sink|sinks|sank) {_NOT_OWNED}(?:[\w']+ ){{1,3}}?(?:in|into) (?:a|an|the) "
    rf"{_EN_DUMP}(?!{_SWIM})|"
    rf"put(?:s|ting)? {_NOT_OWNED}(?:[\w']+ ){{1,3}}?(?:in|into) (?:a|an|the) {_EN_DUMP}"
    rf"(?: {_WEIGHT}|(?={_EN_DROWNED})))"
)
# The end of a dumping (its place or its weight), as lookbehinds: an imperative's clause may go
# on after it ("dump the author in a ditch and let nature sort it out").
EN_DUMPED_END = "|".join(
    f"(?<={w})"
    for w in sorted(set(re.findall(r"[a-z]+(?=[|)])", _EN_DUMP + "|tied|chained|around)")))
)
ES_DUMPED = (
    r"(?:tir|ech|arroj|entierr|enterr)\w*(?:\s+(?:a|al)\s+(?:\w+\s+){1,3}?|"
    rf"(?:lo|la|los|las)\s+)(?:a|al|en)\s+(?:(?:un|una|el|la)\s+)?{_ES_DUMP}"
)


def placed(lang: str, text: str, act: tuple[int, int], after: int) -> bool:
    """The act holds a place a body is left ("échenlo al río"), or one follows right after
    its object (`after`, the end of the target or of the act): "hang the reporter from the
    bridge", not "hang the mayor's portrait from the bridge" nor "hang the banner from the
    bridge, reporter"."""
    rx = _PLACE["es" if lang == "es" else "en"]
    if rx.search(text, act[0], act[1]):
        return True
    return (
        _RIGHT_AFTER.match(text, after) is not None
        and rx.match(text, _RIGHT_AFTER.match(text, after).end()) is not None
    )


# What may stand between the object and the place: "string him up from a tree".
_RIGHT_AFTER = re.compile(r"\s+(?:(?:up|alive|high|vivos?|vivas?)\s+)?")
