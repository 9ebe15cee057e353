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
    r"(?:they|(?:the |those |these |all the |more |the first (?:few )?|a few )?GRP|them|"
    r"all of them|the newcomers|the new people|the new arrivals|"
    r"the new families|the new neighbors|the migrants|(?:a|one|another) (?:new )?(?:family|"
    r"bunch|group) (?:of them|from (?:over there|down south|across the \S+))|one of them)"
)
_ARRIVE = (
    r"(?:moved in|move in|moves in|start moving in|started moving in|began moving in|"
    r"moved here|move here|settle|settles|settled|settle in|settled in|"
    r"arrive|arrives|arrived|show up|shows up|showed up|"
    r"(?:moves?|moved) (?:onto|into|to) (?:the |our |this |my |your |a )?\S+|"
    r"started showing up|came in|got here|took over|started coming|poured in|flooded in|"
    r"moved into (?:the |our |this |my )?\S+|came across|came over)"
)
_WORSE = (
    r"(?:(?:went|go|goes|gone|going) (?:downhill|down hill|to (?:hell|shit|crap|pot|the dogs))|"
    r"(?:got|get|gets) (?:dangerous|dirty|filthy|sketchy|scary|ghetto|trashy|rough)|"
    r"(?:became|become|becomes) (?:a dump|a ghetto|dangerous|a slum|a war zone|unsafe|"
    r"unlivable)|(?:fell|fall|falls) apart|"
    r"turned into (?:a dump|a ghetto|a slum|a war zone|a pigsty|a third world \S+)|"
    r"(?:is|was) ruined|(?:is|was) (?:done for|finished for)|"
    r"(?:stopped|stops) feeling like (?:america|home|our \S+|a \S+))"
)
# "Never the same" says a place changed, not that it got worse: it counts after the arrival of a
# people, not after a place "got diverse" ("it was never the same, it got better").
_NOT_THE_SAME = (
    r"(?:(?:is|was) never the same|(?:is|was) not the same|"
    r"(?:has not|had not|have not) been the same)"
)
_RISE = (
    r"(?:went up|goes up|go up|shot up|shoots up|rose|rises|spiked|spikes|exploded|explodes|"
    r"skyrocketed|skyrockets|tripled|triples|doubled|doubles|started|starts|began|begins)"
)
_PLACE = (
    r"(?:neighborhoods?|neighbourhoods?|areas?|towns?|blocks?|streets?|city|cities|schools?|"
    r"parks?|place|places|community|communities|complex|building|apartments|festival|fair|"
    r"market|mall|pool|library|church|downtown|valley|county)"
)
_DECLINE = (
    rf"(?:(?:the )?(?:crime|crime rate|crime rates|break ins|robberies|shootings|stabbings|"
    rf"thefts?|car thefts|burglaries|trash|graffiti|drug dealing|gangs?|gang activity) {_RISE}|"
    rf"(?:the |this |our |my |that |every |any )?{_PLACE} (?:always |usually |all |just |"
    rf"quickly |fast |soon |has |have |had )?(?:{_WORSE}|{_NOT_THE_SAME})|"
    # a place seen to be done for ("you could tell the old neighborhood was done"), not a
    # building finished ("the school was done the year they arrived")
    rf"(?:tell|knew|know|saw|see)(?: that)? (?:the |this |our |my |that )?(?:old )?{_PLACE} "
    r"(?:was|is) (?:done|finished)|"
    r"(?:the )?property values (?:tanked|tank|tanks|dropped|drop|drops|crashed|crash|crashes|"
    r"fell|fall|plummeted|plummet)|(?:stopped|stops) feeling like (?:america|home))"
)
_WHEN = (
    r"(?:when|once|after|since|ever since|the minute|the day|as soon as|right after|any time|"
    r"anytime|every time|whenever|wherever|(?:the|that) (?:year|summer|month|week))"
)

# A place filled with a people ("when the apartments filled up with X"), or made diverse
# ("every school that got diverse went downhill"): the arrival said of the place itself.
_FILLED = (
    r"(?:filled|fills|fill) (?:up )?with (?:\S+ )?(?:GRP|families from (?:down south|over "
    r"there|across the \S+))"
)
_DIVERSE = (
    r"(?:got|gets|went|goes|became|becomes|turned) (?:more |real |really |so )?(?:diverse|"
    r"diversified)"
)

# A people let in or a place's make-up changed ("since they started letting the other side
# run it", "when a town's demographics flip, its character flips with it").
_LET_IN = (
    r"(?:they|we|the city|the county|the school|the board) (?:started |began )?(?:letting|let|"
    r"allowing|allowed) (?:in )?(?:the |all the |more |all these |all those )?GRP"
)
_SHIFT = (
    r"(?:\S+ ){0,3}?demographics? (?:\S+ )?(?:changed|shifted|flipped|changes|shifts|flips|"
    r"change|shift|flip)"
)
_CHARACTER = (
    r"(?:character|culture|feel) (?:of (?:the|our|this|that) \S+ )?(?:flips|flipped|changes|"
    r"changed|went|goes|is gone|was gone|died)"
)

ARRIVED = re.compile(
    rf"\b{_DECLINE}(?: \S+){{0,3}} {_WHEN} {_ARRIVERS} {_ARRIVE}\b|"
    rf"\b{_WHEN} {_ARRIVERS} {_ARRIVE}(?: \S+){{0,6}}? {_DECLINE}\b|"
    rf"\b{_WHEN} (?:\S+ ){{1,4}}?{_FILLED}(?: \S+){{0,6}}? {_DECLINE}\b|"
    rf"\b{_DIVERSE}(?: \S+){{0,4}}? {_WORSE}\b"
    rf"|\b{_DECLINE}(?: \S+){{0,3}} {_WHEN} {_LET_IN}\b|"
    rf"\b{_WHEN} {_SHIFT}(?: \S+){{0,10}}? (?:{_DECLINE}|{_CHARACTER})\b"
)

# A place said to be no longer ours ("a town that's 80 percent one kind of immigrant isn't
# America anymore", "one day the neighborhood just isn't yours anymore"): counted only with a
# people named beside it (`shapes.GROUP_NEAR`): "this country isn't America anymore since the
# ruling" names none.
NOT_OURS = re.compile(
    rf"\b(?:{_PLACE}|country|it|this|that)(?: \S+){{0,8}}? (?:is not|is no longer|stopped "
    r"being|will not be|does not feel like|stopped feeling like|is not even) (?:just )?"
    r"(?:america|american|ours|yours|mine|our \S+|your \S+|home) (?:anymore|any more)\b"
)
