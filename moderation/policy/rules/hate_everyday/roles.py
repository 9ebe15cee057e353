"""The shapes of a people kept out of a role for being who they are (`hate_everyday`):
"X shouldn't be allowed to vote", "X judges shouldn't be hearing asylum cases", "X should be
banned from teaching", or a people in a role met with "what could possibly go wrong".

Each regex reads a sentence with its groups masked as `GRP`. Said of a status ("asylum
seekers shouldn't be allowed to work", "illegals shouldn't vote") the same words are policy,
so `hate_everyday` does not count these shapes for a migrant group alone (`STATUS_BLIND`).
A belief reported just before the group ("my uncle says X shouldn't vote", "who says ...")
or the role granted ("X should not be banned from ...") is not the writer's exclusion.
"""

from __future__ import annotations

import re

_TAIL = (
    r"(?:(?:people|folks|adults|kids|men|women|couples|parents|judges|drivers|teachers|"
    r"reporters|agents|officers|students|athletes|players|candidates|voters) )?"
)
# No reported belief right before the group: "who says X shouldn't vote".
_UNSAID = r"(?<!says )(?<!said )(?<!say )(?<!think )(?<!thinks )(?<!believe )(?<!claim )"
# A bare role verb: the role itself, not one use of it ("X shouldn't vote for him" is advice
# at the ballot, "X shouldn't teach creationism" a view on what is taught), so only an end, a
# manner or the place of the role may follow it.
_PLAIN = (
    r"(?:vote|be voting|drive|be driving|teach|be teaching|adopt|be adopting|coach|lead|"
    r"govern|voting|driving|teaching|adopting|coaching|leading|governing)"
    r"(?= ,|$| (?:period|anymore|at all|ever|either|anyway|here|kindergarten|school|kids|"
    r"children|our kids|your kids|in (?:our|public|this|any) (?:schools?|classrooms?|country|"
    r"town|county|state))\b)"
)
_ROLE = (
    r"(?:hold (?:public )?office|run for (?:office|\S+)|serve (?:on juries|on a jury|in "
    r"(?:office|the military|the army|combat|government|congress))|"
    r"be (?:teachers|cops|police officers|pilots|judges|doctors|nurses|soldiers|priests|"
    r"pastors|preachers|coaches|referees|in charge|in office|in government|in combat|"
    r"in (?:public|regular|our|normal) (?:schools?|classrooms?|office|meetings?|pools?)|"
    r"on (?:juries|the jury|the bench|the court|homecoming court|the council|the board|"
    r"the school board|the air|tv)|(?:near|around) (?:our |your |the )?(?:kids|children)|"
    r"living on their own|out in public|hearing (?:\S+ )?cases|covering (?:the )?\S+|"
    r"commentating (?:\S+ ){0,2}?\S+|reporting on (?:\S+ )?\S+|refereeing \S+|"
    r"running (?:a|the|our) (?:\S+ )?(?:country|city|town|county|school|department|"
    r"company|business)|teaching (?:our |your )?(?:kids|children|kindergarten|school))|"
    r"get (?:a say|to vote|a vote|custody)|have (?:a say|the vote|custody|kids|children)|"
    r"raise (?:kids|children)|be allowed (?:near|around|in) (?:\S+ ){0,2}?\S+)"
)
_ROLE_ING = (
    r"(?:voting|driving|teaching|adopting|coaching|leading|governing|holding (?:public )?"
    r"office|running for (?:office|\S+)|serving (?:on juries|in (?:office|the military|"
    r"combat|government))|raising (?:kids|children)|being (?:teachers|cops|judges|pilots|"
    r"around kids|near kids|in charge))"
)
ROLE_DENIED = re.compile(
    rf"{_UNSAID}\bGRP {_TAIL}(?:(?:just|simply|honestly|really|also|even|obviously|clearly) )?"
    rf"(?:should not|should never|must not|must never|ought not to|have no business) "
    rf"(?:ever |even |really )?(?:be (?:allowed|permitted|let) to )?(?:ever )?"
    rf"(?:{_PLAIN}|{_ROLE}\b)|"
    rf"{_UNSAID}\bGRP {_TAIL}(?:(?:just|simply|also|all) )?(?:should|need to|needs to|must) "
    rf"(?:all )?be (?:banned|barred|kept|excluded|removed) from (?:{_ROLE_ING}|office|"
    rf"(?:the )?(?:military|jury|juries|ballot|polls|schools?|classrooms?|kids|children))\b"
)

# Interjections before a sneer that opens its sentence ("Well, there goes ...").
_OPENER = r"(?:(?:well|so|oh|great|yeah|ok|okay|welp|lol|lmao|cool|wow|and) )*"
# Sneers that open a sentence after a people is put in a role: the loss ("there goes the
# neighborhood", never "my excuse"), the goods to hide or lock up, the pets or the wallet to
# watch, the decline "no wonder" explains, or the next demand.
_SNEER_AT_START = (
    r"there (?:goes|go) (?:the|our|your|all the|any) \S+|"
    r"(?:hide|lock up|lock|guard|count|check) (?:the|your|all the|all your) \S+|"
    r"(?:keep an eye on|watch|hold on to|hang on to) (?:the|your) (?:\S+ )?(?:wallets?|purses?|"
    r"cats?|dogs?|pets?|kids|children|daughters?|tools|stuff|valuables|cars?|bikes?|silverware|"
    r"cash|money|change|back)\b|"
    r"say (?:goodbye|bye) to (?:the|our|your|any) \S+|"
    r"no wonder (?:\S+ ){0,4}?(?:is |are |was |were |goes |went |got )?(?:a joke|a mess|"
    r"a disaster|broke|bankrupt|failing|falling apart|going downhill|downhill|down the drain|"
    r"to hell|worse|dying|collapsing|in shambles|chaos)\b|"
    r"next (?:they will|they'll|you will|you'll|thing you know)(?: they| they will)? "
    r"(?:want to (?:be|run|lead|coach|teach|vote|command|fly|preach|play)|be running|run)\b"
)
# A people put in a role ("X teaching kindergarten") and, in that sentence or the next, the
# sneer that harm must follow ("what could possibly go wrong?"): `hate_everyday` finds the
# sneer ("... great idea if you want to lose", "this will end well") and reads the placing
# before it (`placed_before`).
PLACED = re.compile(
    r"\bGRP\b(?: \S+){0,6}? (?:teaching|in|running|near|around|reading to|coaching|raising|"
    r"adopting|as|at|on|with|in charge of|working with|babysitting|leading)\b|"
    # or named alone in a fragment before the sneer: "X pilots? Next they'll want ...",
    # "A X mayor? There goes the budget."
    r"^(?:(?:a|an|the|another|more|our|your|new|two|three|all) )*GRP(?: \S+){0,2} ?$"
)
GO_WRONG = re.compile(
    r"\bwhat (?:could|can) (?:possibly |ever )?go wrong\b|"
    r"\b(?:great|brilliant|genius|smart|wonderful) (?:idea|plan|move) if you want (?:to )?"
    r"(?:lose|fail|crash|go broke|get (?:\S+ )?killed|die)\b|"
    r"\b(?:that|this) (?:will|is going to|is gonna|gonna) end well\b|"
    # a sneer opening its sentence: what will be lost, what to hide or lock up, what comes next
    rf"^{_OPENER}(?:{_SNEER_AT_START})"
)
# The writer's own answer that nothing will: the question was not a sneer.
NOTHING_WRONG = re.compile(r"^(?:\S+ )?(?:nothing|not a thing|not much|absolutely nothing)\b")
