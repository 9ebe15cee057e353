"""A place's decline laid at a people's arrival (`hate_everyday`): "crime went up when they
moved in", "ever since those people showed up the neighborhood went downhill". The people are
seldom named: "they" who "moved in" or "showed up" is the hint, and crime, dirt or a ruined
place is what they are said to have brought. A regex over a sentence with its groups masked
as `GRP`; it only holds, like every shape of the rule. A decline put down to a deed ("when
they closed the plant") is no arrival, and a place that got better is no charge.
"""

from __future__ import annotations

import re

_ARRIVERS = (
    r"(?:they|GRP|them|all of them|the newcomers|the new people|the new arrivals|"
    r"the new families|the new neighbors|the migrants)"
)
_ARRIVE = (
    r"(?:moved in|move in|started moving in|began moving in|moved here|arrived|showed up|"
    r"started showing up|came in|got here|took over|started coming|poured in|flooded in|"
    r"moved into (?:the |our |this |my )?\S+|came across|came over)"
)
_WORSE = (
    r"(?:went downhill|went down hill|went to (?:hell|shit|crap|pot|the dogs)|"
    r"got (?:dangerous|dirty|filthy|sketchy|scary|ghetto|trashy|rough)|"
    r"became (?:a dump|a ghetto|dangerous|a slum|a war zone|unsafe|unlivable)|fell apart|"
    r"turned into (?:a dump|a ghetto|a slum|a war zone|a pigsty|a third world \S+)|"
    r"(?:is|was) ruined|(?:is|was) never the same)"
)
_RISE = r"(?:went up|shot up|rose|spiked|exploded|skyrocketed|tripled|doubled|started|began)"
_DECLINE = (
    rf"(?:(?:the )?(?:crime|crime rate|crime rates|break ins|robberies|shootings|stabbings|"
    rf"thefts?|car thefts|burglaries|trash|graffiti|drug dealing|gangs?|gang activity) {_RISE}|"
    rf"(?:the |this |our |my |that )?(?:neighborhood|neighbourhood|area|town|block|street|city|"
    rf"schools?|park|place|community|complex|building|apartments) {_WORSE}|"
    r"(?:the )?property values (?:tanked|dropped|crashed|fell|plummeted))"
)
_WHEN = r"(?:when|once|after|since|ever since|the minute|the day|as soon as|right after)"

ARRIVED = re.compile(
    rf"\b{_DECLINE}(?: \S+){{0,3}} {_WHEN} {_ARRIVERS} {_ARRIVE}\b|"
    rf"\b{_WHEN} {_ARRIVERS} {_ARRIVE}(?: \S+){{0,6}}? {_DECLINE}\b"
)
