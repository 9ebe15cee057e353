"""The shape of a people singled out as the usual culprits (`hate_everyday`): "it's always the
X at the plant who cause trouble", "funny how it's always the X who start the fights", "why is
it always X who steal?". A regex over a sentence with its groups masked as `GRP`.

The wrong must be one the people are said to do, in the active voice: "it's always the X who
get blamed / get arrested for nothing" points at those who blame them, and a word of blame,
bias or suspicion anywhere after the group lets the sentence pass.
"""

from __future__ import annotations

import re

# Blame, bias or suspicion after the group: the sentence is about those who single it out.
_WRONGED = (
    r"(?!(?: \S+)*? (?:blamed|blame|blames|accused|profiled|targeted|suspected|scapegoat\w*|"
    r"harass\w*|stopped|singled out|racis\w*|for nothing|unfairly|picked on|pulled over|"
    r"victims?|suffer\w*|exploited|underpaid|robbed|attacked|hurt|killed)\b)"
)
_DOES = (
    r"(?:cause|causes|causing|start|starts|starting|steal|steals|stealing|rob|robs|robbing|"
    r"commit|commits|committing|deal|deals|dealing|sell|sells|selling drugs|"
    r"leave (?:the )?(?:trash|a mess|garbage)|leaving (?:the )?(?:trash|a mess|garbage)|"
    r"trash|trashes|trashing|break in|breaking in|cheat|cheats|cheating|lie|lies|lying|"
    r"fight|fighting|riot|rioting|shoplift\w*|scam|scams|scamming|loot|looting|"
    r"(?:are|is|were) (?:the )?(?:problem|trouble|criminals|thieves|ones in (?:the )?"
    r"(?:mugshots|blotter|police report)))"
)
CLEFT = re.compile(
    rf"\b(?:it is|its|is it|it s) (?:always|usually|every time|every single time) (?:the |these |"
    rf"those )?GRP\b{_WRONGED}(?: (?!not\b|never\b)\S+){{0,6}}? (?:who|that|doing|causing|"
    rf"starting|stealing|fighting|trashing) (?:\S+ ){{0,2}}?{_DOES}\b"
)
