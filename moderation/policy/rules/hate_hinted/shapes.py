"""The regex shapes of `hate.hinted`, read over a sentence with its group words masked as
`GRP` (`hate_everyday.masking`): a stereotype said of a group or of "they" once a group is
named, a wished drowning, and a family name given as the target of a run-out threat."""

from __future__ import annotations

import re

from moderation.policy.officials import RIVALS

# A group, or a pronoun standing for one (counted only when the comment names a group).
_WHO = r"(?:GRP|they|them|those|these)"
_THEY = r"(?:GRP|they)"

# Stereotype predicates about a group: their nature settled ("that is just how they are"),
# respect denied ("they do not respect anything"), sent back where they belong, customs said
# not to fit, a place said to change once they came.
STEREOTYPE = re.compile(
    r"\b(?:that is|it is|this is) (?:just |simply |exactly |always )?(?:how|what|the way) "
    r"(?:they|(?:\S+ )?GRP) (?:are|act|behave|live)\b|"
    rf"\b{_THEY}(?: \S+){{0,3}}? (?:just |simply |all |really )?(?:do not|never|will never|"
    r"cannot|can not) "
    r"(?:respect|value|care about) (?:anything|anyone|nothing|our \w+|the law|laws|women|"
    r"us|this country|other people|property|their neighbou?rs)\b|"
    # the law taken as optional ("they raise their kids to think laws are optional")
    rf"\b{_THEY}(?: \S+){{0,6}}? (?:think|thinks|believe|believes|act like|acts like|acting "
    r"like|treat|treats)(?: that)? (?:the )?(?:laws?|rules) (?:are|is) (?:just )?(?:optional|"
    r"suggestions|for other people|for everyone else|for suckers)\b|"
    rf"\b(?:send|ship|put|kick|throw|get)(?: back)? (?:the |those |these |all the |all )?"
    r"(?:them|GRP|em)"
    r"(?: all| every one of them)? back "
    rf"(?:to )?where {_THEY} (?:belong|came from|come from|crawled out of)\b|"
    rf"\b{_THEY} (?:should|need to|ought to|can|must|better) (?:all )?go back (?:to )?where "
    rf"{_THEY} (?:belong|came from|come from)\b|"
    r"\b(?:customs|ways|traditions|culture|cultures|values|habits|practices|religion|beliefs) "
    r"(?:that|which) (?:just )?(?:do not|will never|never|does not|cannot|can not) "
    r"(?:fit|belong|work)(?: in)? (?:here|in here|with ours|in our \w+|in this \w+|in america)\b|"
    r"\b(?:neighbou?rhoods?|schools?|church|churches|parish|town|park|block|street|area|city|"
    r"community|district) (?:has |have |had |is |was |started |began |just |really )*"
    r"(?:changed|changing|gone downhill|went downhill|never been the same|not the same|"
    r"going downhill|falling apart|fell apart)\b(?: \S+){0,4}? (?:once|since|after|when|the "
    r"moment|as soon as) (?:the |all the |those |these )?(?:GRP|they) (?:\S+ )?(?:arrived|"
    r"came|moved in|moved here|showed up|got here|settled|took over|started coming)\b"
)

# A place said to have been fine before a group came ("the town was fine until they moved
# in", "the neighbourhood was quieter before the Somalis"); "they" only with an arrival
# verb after it ("the park was fine until they cut the budget" is no group).
_FINE = (
    r"(?:fine|nice|nicer|quiet|quieter|safe|safer|better|great|clean|cleaner|good|decent|"
    r"american|normal|beautiful|peaceful|lovely|pleasant|a heart)"
)
_ARRIVED = (
    r"(?:came|arrived|moved|started|took over|showed up|got here|settled|filled|began|"
    r"bought|hired|turned)"
)
BEFORE_THEM = re.compile(
    rf"\b(?:was|were|used to be|had been|stayed|had) (?:\S+ ){{0,3}}?{_FINE}\b(?: \S+){{0,4}}? "
    r"(?:before|until|till) (?:all |half of |so many |the first )?(?:the |those |these |that |"
    r"this |certain |some )?(?:\S+ )?(?:(?:GRP|newcomers|new arrivals|new families|new folks|"
    r"new neighbou?rs|diversity|it diversified|it became)\b|"
    rf"(?:they|them) (?:\S+ )?{_ARRIVED}\b|them$)"
)
# "They always do." said alone of a group named before.
ALWAYS = re.compile(r"^(?:and |which |but )?they (?:always|never|all) (?:are|do|did|will|were)$")

# A change welcomed rather than lamented: the place said to be better for them.
WELCOMED = re.compile(
    r"\b(?:for the better|better for it|better off|thriving|thrived|revived|reopened|livelier|"
    r"grateful|welcome|love|loved|richer|blessing|blessed|proud)\b"
)

# A drowning wished on a group ("hope the next boat of them sinks", "pray their raft
# capsizes", "wish they would all drown"), or the river or the heat wished to take them.
_WISH = r"\b(?:hope|hoping|pray|praying|wish|wishing|fingers crossed|here is hoping)\b"
_SINK = r"(?:sinks?|sank|capsizes?|capsized|goes down|go down|flips?|drowns?|drown)\b"
_VESSEL = r"(?:boats?|rafts?|dinghy|dinghies|ships?|vessels?|boatloads?|inner tubes?|tubes?)"
DROWNING = re.compile(
    rf"{_WISH}(?: that)?(?: \S+){{0,3}}? {_VESSEL} (?:\S+ )?(?:of|full of|with|carrying|"
    rf"loaded with) (?:\S+ )?{_WHO}(?: \S+){{0,2}}? {_SINK}|"
    rf"{_WISH}(?: that)? (?:the |every |each |the next |their )?(?:GRP|their) (?:\S+ )?"
    rf"{_VESSEL} (?:\S+ )?{_SINK}|"
    rf"{_WISH}(?: that)? {_WHO}(?: all| every one of them| each one)? (?:would |will |\S+ )?"
    rf"(?:all )?(?:drown|sink)s?\b(?! out)|"
    rf"{_WISH}(?: that)? (?:the |this |that |next )?(?:river|sea|ocean|gulf|rio grande|current|"
    r"heat|heat wave|heatwave|desert|sun|cold|cold snap|freeze) (?:takes|gets|swallows|claims|"
    r"kills|finishes off|wipes out) (?:them|GRP|every (?:last )?one of them|all of them)\b"
)
# A wish turned the other way ("hope no boat sinks", "pray none of them drown").
WISH_DENIED = re.compile(
    r"\b(?:not|no|never|none|nobody|no one|nothing|neither|safe|safely|rescue|rescued|save|"
    r"saved)\b"
)

# A family name in the plural as the target of a run-out or lynching threat ("the Hendersons
# should be run out of town"); the place keeps a team's loss ("out of the playoffs") apart.
SURNAME_THREAT = re.compile(
    r"\bthe (\w+s) (?:should|need to|needs to|ought to|must|deserve to|better|are going to|"
    r"will|gotta) (?:all )?(?:be |get )?(?:run|driven|chased|burned|burnt|smoked|kicked|"
    r"thrown|hounded|forced|dragged) out of (?:town|the county|the neighbou?rhood|the state|"
    r"the country|here|our town|this town|the city|the valley|the area|their house|"
    r"their home)\b|"
    r"\bthe (\w+s) (?:should|need to|needs to|ought to|must|deserve to) (?:all )?(?:be |get )?"
    r"(?:lynched|hanged|hung|strung up|burned alive|burnt alive|tarred and feathered)\b"
)
# Strings every match of SURNAME_THREAT holds, one of them at least (tested with `in` first).
SURNAME_NEEDS = (
    "out of", "lynched", "hanged", "hung", "strung up", "burned alive", "burnt alive",
    "tarred and feathered",
)  # fmt: skip
# Plurals that name a team, a party, an office or a crowd, not a family (`officials.RIVALS`).
NOT_FAMILY = RIVALS
# Sport in the comment: "the Cowboys should be run out of town after that loss".
SPORT = re.compile(
    r"\b(?:game|games|season|playoffs?|coach|league|team|fans|score|quarterback|qb|roster|"
    r"draft|innings?|touchdown|super bowl|world series|series|match|stadium|lost|loss)\b"
)


def _any(words: str) -> frozenset[str]:
    return frozenset(words.split())


# What each shape cannot match a masked sentence without, as (all of these) tuples, one per
# top-level alternative of the shape, each a set of words of which one must be there: a word
# of a match with a non-word character or an end on both sides (a space or \b in the shape),
# so one of the sentence's runs of word characters as the units spell them (masking only
# drops words or writes GRP). Of a phrase ("care about") one word stands for it. `hate.hinted`
# masks a sentence only when a shape may match it: most sentences have "all", "never" or
# "how" (the rule's first gate) but not the rest of what a shape needs.
SHAPE_NEEDS: dict[re.Pattern, tuple[tuple[frozenset[str], ...], ...]] = {
    STEREOTYPE: (
        (_any("is"), _any("how what way"), _any("are act behave live")),
        (_any("not never cannot"), _any("respect value care")),
        (_any("law laws rules"), _any("optional suggestions other everyone suckers")),
        (_any("back"), _any("where")),
        (_any("that which"), _any("fit belong work")),
        (_any("changed changing downhill same apart"), _any("once since after when moment soon")),
    ),
    DROWNING: (
        (
            _any("hope hoping pray praying wish wishing crossed"),
            _any(
                "sink sinks sank capsize capsizes capsized down flip flips drown drowns takes "
                "gets swallows claims kills finishes wipes"
            ),
        ),
    ),
    BEFORE_THEM: (
        (
            _any("was were used had stayed"),
            _any("before until till"),
            _any(
                "fine nice nicer quiet quieter safe safer better great clean cleaner good decent "
                "american normal beautiful peaceful lovely pleasant heart"
            ),
        ),
    ),
    ALWAYS: ((_any("they"), _any("always never all"), _any("are do did will were")),),
}
