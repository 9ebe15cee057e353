"""`hate_everyday`'s shapes in the order they are tried, each with what it says of a group,
and the comment's conditions some of them count under: a group named, crime spoken of."""

from __future__ import annotations

import re

from moderation.policy.rules.hate.proxies import CONTAINED
from moderation.policy.rules.hate_everyday.arrival import ARRIVED, NOT_OURS
from moderation.policy.rules.hate_everyday.blamed import (
    BARE_ESSENCE,
    ESSENCE,
    EVERY_ONE_MET,
    NATURE,
    THEIR_CULTURE,
)
from moderation.policy.rules.hate_everyday.cleft import CLEFT
from moderation.policy.rules.hate_everyday.faith import BELIEVERS, SLOPE
from moderation.policy.rules.hate_everyday.hints import (
    ASKING,
    CABAL_HINT,
    CODE,
    INSINUATE,
    KNOWING,
    LEFT_TO_GUESS,
    PETS,
    PETS_EATEN,
    PLACE_HINT,
)
from moderation.policy.rules.hate_everyday.kept_down import HABIT, HIDDEN, KITCHEN, NO_VIRTUE
from moderation.policy.rules.hate_everyday.roles import GO_WRONG, ROLE_DENIED
from moderation.policy.rules.hate_everyday.shut_out import DENY, EXPEL, EXPEL_BLIND, NEVER_FIT
from moderation.policy.rules.hate_everyday.vice import (
    BREED,
    BRING,
    EQUATE,
    OUTBREED,
    OWN,
    SHEEP,
)
from moderation.policy.rules.hate_everyday.winks import WINK

GO_WRONG_WHAT = "a people in a role met with a sneer"
WINK_WHAT = "a wink after a charge against a group"
KNOWING_WHAT = "a knowing hint about a group"
PLACE_HINT_WHAT = "a people hinted at by its neighbourhood beside a charge"
CABAL_HINT_WHAT = "a people hinted at behind the banks or the press"
LEFT_TO_GUESS_WHAT = "a people left for the reader to name beside a charge"
NOT_OURS_WHAT = "a place said to be no longer ours beside a people"
CLASSES: tuple[tuple[str, re.Pattern, bool], ...] = (
    # (what, pattern, needs a group named somewhere in the comment)
    ("a group sent away whatever its status", EXPEL, True),
    ("a group sent away whatever its status", EXPEL_BLIND, False),
    ("a group said to bring crime or disease", BRING, True),
    ("a group denied everything", DENY, True),
    ("a group said to shield its own or to be all criminals", OWN, True),
    (KNOWING_WHAT, KNOWING, True),
    ("a group said never to fit in", NEVER_FIT, True),
    ("a fault put down to culture or blood", ESSENCE, True),
    ("a fault put down to nature", NATURE, False),
    ("a people's culture said to scorn school or law", THEIR_CULTURE, False),
    ("a fault put down to culture", BARE_ESSENCE, True),
    ("a people judged by every one the writer met", EVERY_ONE_MET, True),
    ("a group equated with a vice", EQUATE, False),
    ("a group cast as breeding, recruiting or sick", BREED, True),
    ("a hint at who commits the crimes", INSINUATE, False),
    ("a code name for a group", CODE, False),
    ("a place of worship as a threat", SLOPE, False),
    ("a pet joke about a group", PETS, True),
    ("a people cast as eating pets", PETS_EATEN, False),
    ("a group said to outbreed us", OUTBREED, False),
    ("a faith's believers or places cast as a threat", BELIEVERS, False),
    ("a loaded question about a group and crime", ASKING, True),
    (WINK_WHAT, WINK, True),
    (PLACE_HINT_WHAT, PLACE_HINT, False),
    (LEFT_TO_GUESS_WHAT, LEFT_TO_GUESS, False),
    (CABAL_HINT_WHAT, CABAL_HINT, False),
    ("a group reduced to one trait", SHEEP, False),
    ("a people's home walled in or cleared", CONTAINED, False),
    ("a place's decline laid at a people's arrival", ARRIVED, False),
    (NOT_OURS_WHAT, NOT_OURS, True),
    ("a group sent back to the kitchen", KITCHEN, True),
    ("a group told to keep out of sight", HIDDEN, True),
    ("a group said to lack every virtue", NO_VIRTUE, True),
    ("a group said to leave a mess wherever it goes", HABIT, True),
    ("a people kept out of a role", ROLE_DENIED, True),
    (GO_WRONG_WHAT, GO_WRONG, True),
    ("a people singled out as the usual culprits", CLEFT, True),
)
# Shapes that are policy when said of a migrant status alone ("illegals shouldn't vote").
STATUS_BLIND = frozenset({"a people kept out of a role", GO_WRONG_WHAT})
# Shapes that count only with a group and a crime word in their sentence or the next to it.
NEAR_GROUP = frozenset({"a loaded question about a group and crime"})
# Shapes that count only with a group named in their sentence or the one next to it.
GROUP_NEAR = frozenset({KNOWING_WHAT, "a people cast as eating pets", NOT_OURS_WHAT})
# Shapes that count only when the comment speaks of crime (`CRIME_CONTEXT`).
NEEDS_CRIME = frozenset(
    {
        "a hint at who commits the crimes",
        "a loaded question about a group and crime",
        "a fault put down to culture",
    }
)
# Whether a shape counts only with a group named somewhere in the comment (its own flag, or
# "GRP" asked of the sentences around it).
NEEDS_NAMED = tuple(
    needs or what in NEAR_GROUP or what in GROUP_NEAR for what, _pattern, needs in CLASSES
)
# Crime, dirt, trash or disease spoken of: the comment's words that some shapes need.
CRIME_CONTEXT = re.compile(
    r"\b(?:crimes?|criminal|arrests?|arrested|suspects?|report|reports|fraud|trash|mess|"
    r"robb\w+|stealing|theft|shootings?|violence|mugshots?|police|cops|sheriff|lawsuits?|"
    r"doing it|behind|responsible|dirty|delincuen\w+|crimen(?:es)?|asaltos?|robos?|"
    r"nota roja|policia|detenid[oa]s?|basura|sucios?|sucias?|filthy|lazy|violent|drunk|"
    r"flojos?|violentos?|borrachos?|enfermedades|diseases?)\b"
)
