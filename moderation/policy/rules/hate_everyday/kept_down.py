"""The shapes of a group told to keep to its place or out of sight (`hate_everyday`), and of a
group whose members are all said to lack a virtue or always to leave a mess behind them.

Each regex reads a sentence with its groups masked as `GRP`, so a group's own name (or a
stand-in for one, "those families from across the border") must be there: "politicians
should keep it to themselves" or "gentrifiers always leave a mess" names no protected people.
A negation before the verb breaks each shape ("X should not have to keep it to themselves",
"X don't always leave a mess"); every hit only holds.
"""

from __future__ import annotations

import re

# A relative clause or a few words may stand between the group and its verb ("women who
# think they can lead should be ..."), never a negation.
_GAP = r"(?: (?!not\b|never\b|no\b|nobody\b)\S+){0,8}?"
_KITCHEN = r"(?:the|their|her|a) kitchens?"

# A group sent back to the kitchen, its "place": the role itself is the insult.
KITCHEN = re.compile(
    rf"\bGRP{_GAP} (?:belongs?|(?:should|must|need to|needs to|ought to|have to|has to)"
    rf"(?: just)?(?: be (?:put|sent|kept|locked|chained)| go| get| stay| stick| be)?|"
    rf"(?:go|get|goes|gets|put|send|sent|stick|sticks|stay|stays)) (?:back )?"
    rf"(?:in|to|into|inside) {_KITCHEN}\b|"
    rf"\b(?:put|send|get|sent|shove|lock|chain) (?:the |those |these |all )?(?:GRP|them|em|"
    rf"her)(?: \S+)? back (?:in|to|into) {_KITCHEN}\b|"
    rf"\b{_KITCHEN} where (?:GRP|she|they) belongs?\b|"
    rf"\bGRP{_GAP} (?:belongs?|should (?:be|stay|be kept)) barefoot and pregnant\b"
)

# A group told to hide what it is ("why can't X just keep it to themselves").
_HIDE = (
    r"(?:keep (?:it|that|that stuff|their (?:lifestyle|sexuality|relationships?|business|"
    r"affection|pride|flags?))(?: to themselves| private| behind closed doors| in the bedroom|"
    r" in private| at home| in the closet| out of sight| hidden| quiet| out of (?:our|my|"
    r"the) (?:faces?|sight|streets|schools?))|stop (?:flaunting|shoving|parading|pushing|"
    r"rubbing) (?:it|that|their \S+)(?: in (?:our|my|everyone's|everyones) faces?)?|"
    r"(?:stay|be) (?:hidden|invisible|out of sight|in the closet)|tone it down)"
)
HIDDEN = re.compile(
    rf"\bwhy (?:can not|can t|cant|could not|do not|dont|won t|wont|will not) (?:the |those |"
    rf"these |all )?GRP (?:(?:people|folks|couples) )?(?:just )?(?:ever )?{_HIDE}\b|"
    rf"(?<!should )(?<!would )\bGRP (?:(?:people|folks|couples) )?(?:should|need to|needs to|"
    rf"ought to|must|have to|has to|can|could|better) (?:just )?(?:learn to )?{_HIDE}\b|"
    rf"\bwhy (?:do|does|must) (?:the |those |these )?GRP (?:(?:people|folks) )?(?:always )?"
    rf"(?:have to|need to|got to|gotta|insist on) (?:flaunt|flaunting|shove|shoving|parade|"
    rf"parading|rub|rubbing) (?:it|that|their \S+)\b"
)

# Every member said to lack a virtue: "none of those X have any morals", "not one of them
# has an ounce of decency", "X have zero shame".
_VIRTUE = (
    r"(?:morals|morality|decency|shame|honou?r|values|integrity|manners|conscience|class|"
    r"dignity|self respect|work ethic|hygiene|loyalty|respect for (?:anything|anyone|"
    r"the law|our \S+|women|life)|regard for (?:life|the law|anyone))"
)
NO_VIRTUE = re.compile(
    rf"\b(?:none|not one|not a single one|not a one|not any) of (?:the |those |these |them |"
    rf"em )?(?:GRP )?(?:(?:people|folks|men|women|families) )?(?:have|has|had|show|shows|"
    rf"know|knows|got) (?:any|an ounce of|a shred of|a drop of|a lick of|the slightest|"
    rf"the first idea of) {_VIRTUE}\b|"
    rf"\b(?:not a single|not one|no) GRP (?:\S+ )?(?:has|have|had|shows|knows) (?:any|an ounce "
    rf"of|a shred of|the slightest) {_VIRTUE}\b|"
    rf"\bGRP (?:(?:people|folks|families) )?(?:just |simply |all |really )?(?:have|has|got) "
    rf"(?:zero|no|not an ounce of|not a shred of|not one ounce of) {_VIRTUE}"
    rf"(?: (?:to begin with|at all|whatsoever|period|none))?$"
)

# A people said always to leave dirt or bring trouble wherever they go.
_HARM = (
    r"(?:a mess|messes|trash|garbage|filth|dirt|crime|trouble|problems|chaos|drugs|violence|"
    r"disease|diseases|gangs|noise|graffiti|their (?:trash|garbage|filth|crime|gangs|drugs|"
    r"problems|mess))"
)
_LEAVE = r"(?:leave|leaves|bring|brings|cause|causes|start|starts|spread|spreads|make|makes)"
_WHEREVER = (
    r"(?:wherever|everywhere|anywhere|every place|everyplace|any place) (?:they|GRP) "
    r"(?:go|goes|went|move|moved|settle|settled|live|land|show up|end up)"
)
HABIT = re.compile(
    rf"\bGRP (?:(?:people|folks|families|kids|men|guys|crowds?) )?(?:(?:from|in|around|on|"
    rf"across|of) (?:\S+ ){{1,4}}?)?(?:always|constantly|all|just|will always|always just) "
    rf"{_LEAVE} (?:behind )?{_HARM}(?: (?:behind|with them|along))?(?: ,)?"
    rf"(?: (?:wherever|everywhere|anywhere|every time|whenever)\b|$)|"
    rf"\bGRP (?:(?:people|folks|families|kids|men|guys|crowds?) )?(?:(?:from|in|around|on|"
    rf"across|of) (?:\S+ ){{1,4}}?)?(?:always |just )?{_LEAVE} (?:behind )?{_HARM}"
    rf"(?: (?:behind|with them|along))?(?: ,)? {_WHEREVER}\b"
)
