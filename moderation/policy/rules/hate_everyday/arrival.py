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
    r"the new families|the new neighbors|the migrants|(?:a|one|another) (?:new )?(?:family|"
    r"bunch|group) (?:of them|from (?:over there|down south|across the \S+))|one of them)"
)
_ARRIVE = (
    r"(?:moved in|move in|moves in|start moving in|started moving in|began moving in|"
    r"moved here|move here|settle|settles|settled|settle in|settled in|"
    r"arrive|arrives|arrived|show up|shows up|showed up|"
    r"moves? (?:onto|into|to) (?:the |our |this |my |your |a )?\S+|"
    r"started showing up|came in|got here|took over|started coming|poured in|flooded in|"
    r"moved into (?:the |our |this |my )?\S+|came across|came over)"
)
_WORSE = (
    r"(?:(?:went|go|goes) (?:downhill|down hill|to (?:hell|shit|crap|pot|the dogs))|"
    r"(?:got|get|gets) (?:dangerous|dirty|filthy|sketchy|scary|ghetto|trashy|rough)|"
    r"(?:became|become|becomes) (?:a dump|a ghetto|dangerous|a slum|a war zone|unsafe|"
    r"unlivable)|(?:fell|fall|falls) apart|"
    r"turned into (?:a dump|a ghetto|a slum|a war zone|a pigsty|a third world \S+)|"
    r"(?:is|was) ruined|(?:is|was) never the same)"
)
_RISE = (
    r"(?:went up|goes up|go up|shot up|shoots up|rose|rises|spiked|spikes|exploded|explodes|"
    r"skyrocketed|skyrockets|tripled|triples|doubled|doubles|started|starts|began|begins)"
)
_DECLINE = (
    rf"(?:(?:the )?(?:crime|crime rate|crime rates|break ins|robberies|shootings|stabbings|"
    rf"thefts?|car thefts|burglaries|trash|graffiti|drug dealing|gangs?|gang activity) {_RISE}|"
    rf"(?:the |this |our |my |that |every |any )?(?:neighborhoods?|neighbourhoods?|areas?|towns?|"
    rf"blocks?|streets?|city|cities|schools?|parks?|place|places|community|communities|complex|"
    rf"building|apartments) (?:always |usually |all |just |quickly |fast |soon )?{_WORSE}|"
    r"(?:the )?property values (?:tanked|tank|tanks|dropped|drop|drops|crashed|crash|crashes|"
    r"fell|fall|plummeted|plummet))"
)
_WHEN = (
    r"(?:when|once|after|since|ever since|the minute|the day|as soon as|right after|any time|"
    r"anytime|every time|whenever|wherever)"
)

ARRIVED = re.compile(
    rf"\b{_DECLINE}(?: \S+){{0,3}} {_WHEN} {_ARRIVERS} {_ARRIVE}\b|"
    rf"\b{_WHEN} {_ARRIVERS} {_ARRIVE}(?: \S+){{0,6}}? {_DECLINE}\b"
)
