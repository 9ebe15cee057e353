"""English implicit hate that keeps a protected group "in its place" with no insult word: women
sent back to the kitchen or called unfit for a role ("Women who think they can lead should be put
back in the kitchen", "Women just aren't built for patrol work"), a group told to stay out of
sight ("Why can't gay people just keep it to themselves?"), a group blamed by habit for what it
leaves wherever it goes ("Those families from across the border always leave a mess wherever
they go"), and a quantifier that denies a whole group a virtue ("None of those migrants have any
morals").

Each shape is read over a sentence's unit texts with every protected group noun (`G`, not a
pronoun) and every stand-in of `hate/proxies.py` made one `GRP` (women `WMN`), so the same
words about a non-protected crowd ("Gentrifiers always leave a mess wherever they go", "Why
can't vegans keep it to themselves?", "None of the senators have any shame") name no group and
pass. A negation
before the group, a quotation, a report or a condemnation ("Saying women belong in the kitchen
is sexist") passes too. Every hit holds, never rejects: a moderator reads the shape.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.lexicon import skipping
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context.sentence_bounds import sentence_end
from moderation.policy.rules.hate.proxies import CONDITION, stand_ins
from moderation.policy.rules.hate.stereotype_rejected import stereotype_rejected
from moderation.policy.rules.masked_words import Masked, masked_words, plainly_said, shape_fits
from moderation.policy.types import Category, Submission

_SCORE = 0.72
_PRONOUNS = frozenset({"they", "them", "their", "he", "she", "him", "her", "it", "those", "these"})
_WOMAN_WORD = re.compile(r"\b(?:wom[ae]n|females?|girls?|lady|ladies|wife|wives|she|her)\b")
WRITER = frozenset({"we", "us", "our", "i", "me", "my", "as a", "as an"})

# The masked group tokens: a group noun (`GRP`), women (`WMN`), people named by immigration
# status (`MIG`: whether they may vote or work is a policy question), and a pronoun the analysis
# reads as the group named before it (`THEY`).
_G = r"(?:GRP|WMN|MIG|THEY)"
_NOUN = r"(?:GRP|WMN)"
# Women as the subject of a role sentence (by their own words: the G lexicon holds men too).
_WOMEN_NOUNS = frozenset({"women", "woman", "females", "female", "girls", "ladies", "wives"})
# Where women are sent back to, or the place they are told to know.
_ROLE_PLACE = (
    r"(?:(?:belongs?|be|stay|stays|stick|go|goes|get|gets|put|sent|kept|keep) (?:back )?"
    r"(?:in|to|into|at) (?:the |their |her |a )?kitchens?(?= where| and| barefoot|$)|"
    r"barefoot and pregnant|"
    r"know (?:their|her) place|(?:back )?in (?:their|her) place|"
    r"(?:stay|stayed|belong|belongs|kept|keep) (?:at )?home(?= where|$))"
)
# Unfit by nature for a role: "aren't built for", "not cut out to", "too emotional to lead".
_UNFIT = (
    r"(?:(?:are|is|were) not|are never|were never|will never be|can never be) (?:just |simply |"
    r"really |naturally )?(?:built|made|meant|cut out|wired|designed|suited|fit|smart enough|"
    r"strong enough) (?:for|to)|(?:are|is) (?:just |simply )?too (?:emotional|weak|hormonal|"
    r"soft) (?:for|to)|(?:should|must) (?:not|never) be allowed to (?:vote|lead|drive|preach|"
    r"serve|command|govern|run|hold office|coach|teach)"
)
_ROLE = re.compile(
    rf"(?:^|(?<= ))WMN(?: \S+){{0,8}}? (?:{_ROLE_PLACE}|{_UNFIT})(?= |$)|"
    r"^(?:now |just |so |and |then )?(?:stick to|get back (?:in|to)|go back (?:in|to)|back to) "
    r"(?:the |her |your |their )?kitchen(?= |$)|"
    r"(?:^|(?<= ))(?:belongs?|should be|should stay|should stick to) (?:back )?(?:in|to) "
    r"(?:the |her |their )?kitchen(?= where| and| barefoot|$)"
)

# Kept out of sight: "why can't GRP just keep it to themselves", "GRP should stay in the closet".
_HIDDEN_ACT = (
    r"(?:keep (?:it|that|that stuff|their \S+(?: \S+)?) (?:to themselves|private|in private|"
    r"behind closed doors|in the bedroom|at home|out of sight|in the closet)|"
    r"(?:stay|go back) (?:in|into) the closet|(?:stop|quit) (?:flaunting|parading|shoving|"
    r"pushing) (?:it|that|their \S+(?: \S+)?)|"
    r"(?:shove|flaunt|parade|push|rub) (?:it|that|their \S+(?: \S+)?) (?:down our throats|"
    r"in (?:our|everyone s|everybody s) faces?|on our kids|on everyone))"
)
_HIDDEN = re.compile(
    rf"(?:^|(?<= ))(?:why (?:can not|do not|will not|could not|does not) (?:the )?{_G} "
    rf"(?:just )?{_HIDDEN_ACT}|why do (?:the )?{_G} (?:always |even )?(?:have|need) to "
    rf"{_HIDDEN_ACT}|(?<!why should )(?<!why must )(?<!why would )"  # asked back: a defence
    rf"{_G} (?:should|need to|needs to|ought to|must|have to|had better|"
    rf"better) "
    rf"(?:just |all )?{_HIDDEN_ACT})(?= |$)"
)

# The same order with no subject, a group named in the comment: "Keep it behind closed doors",
# "Keep Pride in San Francisco where it belongs", "Let them keep it on their side of the river".
_KEPT_THING = (
    rf"(?:it|that|that stuff|that crap|that lifestyle|them|{_G}|the {_G}|those {_G}|pride|"
    r"(?:the |their |that |your )?(?:pride|rainbow) (?:flags?|stuff|parades?)|"
    r"(?:their|that|your) (?:religion|lifestyle|culture|language|spanish)(?: of theirs)?)"
)
_KEPT_PLACE = (
    r"(?:behind closed doors|in the bedroom|to themselves|to yourselves|in private|private|"
    r"out of sight|in the closet|away from (?:our |the |my |your )?(?:kids|children)|"
    r"(?:on|to) (?:their|the other|your) side of (?:the )?(?:river|border|wall|rio grande|"
    r"tracks|town)|south of the (?:border|rio grande|river))"
)
_KEPT = re.compile(
    r"^(?:just |so |please |then |and |now )?(?:keep|let them keep|they can keep) "
    rf"{_KEPT_THING} {_KEPT_PLACE}(?= |$)|"
    rf"(?:^|(?<= ))(?:keep|send|put|lock|ship|leave) (?:them|{_G}|the {_G}|those {_G}|pride|"
    rf"the \S+ ones)(?: \S+){{0,5}}? where (?:they|it|THEY) belongs?(?= |$)"
)

# A place of their own away from everyone else's: a bus, a class, a building, a school; not a
# section, a park or a town, which a group may be given to its pleasure ("Gays should have
# their own section at the parade, it was fun").
_APART = (
    r"(?:their own(?: separate| special)?|a separate|separate|a special|special) (?:buses|bus|"
    r"buildings?|class|classes|classrooms?|schools?|pools?|entrances?|wings?|lunch tables?|"
    r"facilit(?:y|ies))(?= |$)"
)
# A need met for them ("... with signing teachers", "... where they can pray"): no segregation.
_MET = r"(?! (?:with|where|so|staffed|that|run by|for their|to (?:learn|pray|meet|feel)))"
# A hostile reason for the place apart: "... so they stop bothering us", "..., away from our
# kids", "... where they belong".
_SPITE = (
    r"(?: \S+){0,3}? (?:so (?:that )?(?:THEY|they) (?:stop|quit|stay away|stay out|leave (?:us|"
    r"our|the rest))|so (?:that )?(?:we|our kids|our children|the rest of us|normal people|"
    r"normal kids|real americans) (?:do not|never) have to (?:see|look at|hear|deal with|"
    r"put up with|smell|be around|sit with)|so (?:that )?(?:our|the normal|the regular) "
    r"(?:kids|children|students) can|away from (?:us|everyone|everybody|(?:our|the|normal|"
    r"regular|decent|real) (?:kids|children|people|students|families|neighborhoods?))|"
    r"where (?:THEY|they) belongs?)(?= |$)"
)
# Shut out of ordinary life: "Deaf people shouldn't be on juries", "GRP shouldn't adopt".
_ORDINARY = (
    # a bare verb ends its clause: "Jews shouldn't teach that", "X shouldn't vote based on
    # one issue" are advice about what is taught or chosen, not a bar on the people
    r"(?:(?:vote|voting|teach|teaching|adopt|adopting|foster|fostering|serve|serving|coach|"
    r"coaching|preach|preaching|lead|govern|marry|get married|drive|driving|count)"
    r"(?=$| (?:anyway|period|at all|ever|either|kindergarten|school|kids|children)$)|"
    r"hold office|run for office|have cdls|have licenses|have a say|get a say|"
    r"(?:have|raise|be raising|be having|be adopting) (?:kids|children|babies)|"
    r"work with (?:kids|children)|"
    r"(?:be|live|be living) on their own|be out in public|hear \S+ cases|be hearing \S+ cases|"
    r"be (?:teachers|cops|judges|nurses|doctors|pilots|parents|soldiers|officers|coaches)|"
    r"be (?:on|in|near|around) (?:(?:a|the|our|public|regular|normal) ){0,2}(?:juries|jury|"
    r"schools?|public meetings|meetings|public|government|local government|office|congress|council|"
    r"military|army|kids|children|classrooms?|hospitals))"
)
# The subject's words before the bar: two words at most, or a put-down joined by "and"
# ("Blind people are helpless and shouldn't live on their own"); never a relative clause, which
# narrows the group to some of its people ("X who can't see the road shouldn't drive").
_BEFORE_BAR = (
    r"(?:(?: (?:at|in|on|from|near) (?:the |our |this |that )?\S+(?: \S+)?)?"
    r"(?: (?!who |that |which |if |when )\S+){0,2}?(?: (?:are|is)(?: \S+){1,2}? and)?)"
)
# Roles and places a group is barred from, whatever follows them: the say it has on a matter
# ("GRP shouldn't get a say on border land"), teaching or coaching the young, running the
# places a trope gives it ("Jews shouldn't run newspapers").
_YOUNG = (
    r"(?:(?:our|the|any|little|young|youth|public|high|elementary|middle) ){0,2}(?:kids|children|"
    r"kindergarten|sunday school|school|schools|students|boys|girls|sports|teams?|little league|"
    r"scouts|classes|class|classrooms?)"
)
_ROLE_ANY = (
    r"(?:(?:have|get|be given) (?:a|any) (?:say|voice)|(?:sit|serve|be seated) on (?:a |any |our )?"
    r"(?:jury|juries)|"
    rf"(?:teach|teaching|coach|coaching|mentor|mentoring|tutor|tutoring|babysit|babysitting) "
    rf"{_YOUNG}|"
    r"(?:run|running|own|owning) (?:our |the |a |any )?(?:newspapers?|media|banks?|schools?|"
    r"hospitals?|police|elections?|government|city hall|courts?))(?= |$)"
)
_SHUT = re.compile(
    rf"(?:^|(?<= )){_NOUN}{_BEFORE_BAR} (?:should|must) (?:not|never) (?:even )?"
    rf"(?:be allowed (?:to )?)?{_ORDINARY}(?= |$)"
    # "... without an interpreter", "... unless they are supervised": a condition, not a bar
    # "... vote for him": a ballot choice, not a bar
    r"(?! (?:without|unless|until|if|alone|unsupervised|except|before|for|against|on))|"
    rf"(?:^|(?<= )){_NOUN}{_BEFORE_BAR} (?:(?:should|must) (?:not|never) (?:even )?"
    rf"(?:be allowed (?:to )?)?|(?:have|has) no business (?:being allowed to )?){_ROLE_ANY}"
    r"(?! (?:without|unless|until|if|alone|unsupervised|except|before))|"
    rf"(?:^|(?<= )){_NOUN}{_BEFORE_BAR} (?:have|has) no business (?:being )?"
    r"(?:on|in|near|around) (?:(?:a|the|our|public|regular|normal) ){0,2}(?:juries|jury|"
    r"schools?|classrooms?|kids|children|government|office|council|congress|military)(?= |$)"
)

# Kept apart, asked for or a place given: "GRP need their own building". People with a
# disability are often met a need this way ("Deaf students should have their own classrooms",
# "Disabled people need special entrances"), so for them only a hostile reason holds it
# (`_disabled` refuses the plain need).
_NEED_APART = (
    rf"(?:^|(?<= ))(?:{_NOUN}|MIG|THEY){_BEFORE_BAR} (?:need|needs|should (?:get|have|be given|"
    r"go to)|ought to (?:get|have)) "
)
# Put or kept apart, whoever the group: "GRP should be put in a separate class", "Put them in
# a separate school".
_PUT_APART = (
    rf"(?:^|(?<= ))(?:{_NOUN}|MIG|THEY){_BEFORE_BAR} (?:should (?:be put in|be sent to|"
    r"be kept in|be locked in|be moved to)|ought to be put in) |"
    rf"(?:^|(?<= ))(?:put|keep|send|move|stick|lock) (?:them|THEY|{_NOUN}|MIG|the {_NOUN}|"
    rf"those {_NOUN}|these {_NOUN}) (?:all )?(?:away )?(?:in|into|to|at) "
)
_APART_SPITE = re.compile(
    rf"(?:{_NEED_APART}|{_PUT_APART}){_APART}{_SPITE}|(?:{_PUT_APART}){_APART}{_MET}"
)
_APART_NEED = re.compile(rf"{_NEED_APART}{_APART}{_MET}")

# Kept to lesser uses: a group granted a menial place and refused the one that matters ("I'd
# trust a GRP with my lawn but never with my daughter", "GRP are fine for changing bedpans, but I
# want an American doctor", "They're fine as friends, but you don't marry one"). The refusal
# must name the group's lesser worth: "... but we need more of them" praises.
_LESSER_BUT = (
    r"(?:(?:i|you|we) (?:want|need|would want|would rather have) (?:a |an )?(?:real|american|"
    r"white|proper|actual|smart|normal)|"
    r"(?:you|we|i) (?:do not|never|would never|would not|should never) (?:marry|trust|hire|date|"
    r"let|want) (?:one|them|THEY)|never (?:with|near|around|as|for) (?:my|our|your|a|the))"
)
_LESSER = re.compile(
    r"(?:^|(?<= ))(?:trust|hire) (?:a |an |one |the |those |these )?(?:GRP|WMN|MIG|THEY)"
    r"(?: \S+){1,6}? but (?:never|not) (?:\S+ )?(?:with|near|around) (?:my|our|your) \S+|"
    r"(?:^|(?<= ))(?:GRP|WMN|MIG|THEY)(?: \S+){0,2}? (?:are|is) (?:fine|ok|okay) "
    rf"(?:for|as|at) (?:\S+ ){{1,5}}?but (?:\S+ ){{0,10}}?{_LESSER_BUT}(?= |$)"
)

# Blamed by habit: "GRP always leave a mess", "GRP bring crime wherever they go".
_MESS = (
    r"(?:a mess|messes|trash|garbage|filth|litter|crime|drugs|disease|diseases|problems|"
    r"trouble|chaos|violence|gangs|dirt|squalor|nothing but (?:trouble|problems|crime))"
)
_DO = r"(?:leave|leaves|bring|brings|spread|spreads|cause|causes|make|makes|carry|carries)"
_WHEREVER = (
    r"(?:wherever|everywhere|anywhere) (?:they|THEY|he|she) (?:go|goes|move|moves|settle|settles|"
    r"live|lives|land|lands|show up|shows up|went)|"
    r"(?:in )?every (?:neighborhood|neighbourhood|town|city|place|country|school|street|"
    r"block|park|county|barrio) (?:they|THEY|he|she) (?:go|move|settle|touch|live|land)\S*"
)
_HABIT = re.compile(
    rf"(?:^|(?<= )){_G} (?:\S+ ){{0,2}}?(?:always |just |only |never fail to )?{_DO} "
    rf"(?:\S+ ){{0,2}}?{_MESS}(?: \S+){{0,4}}? (?:{_WHEREVER})(?= |$)|"
    rf"(?:^|(?<= )){_G} (?:\S+ ){{0,2}}?always {_DO} (?:\S+ ){{0,2}}?{_MESS}(?= |$)"
)

# Clannish by habit: "GRP always stick together no matter what", "... cover for each other".
_CLAN = (
    r"(?:stick together no matter what|cover for (?:each other|one another)|"
    r"side with (?:their|his|her) own(?: kind| people)?|hire only their own|only hire their own|"
    r"(?:take|takes) care of (?:their|its) own while)"
)
# A grievance called a group's trick, the subject a pronoun or "you people": the card's own
# words name race or faith ("They always play the race card when they get caught", "Always a
# victim with you people"); "Politicians always play the victim" names no one of a group.
_THEY_ALL = r"(?:they|you people|your people|his people|her people|their people|those people)"
_CARD = re.compile(
    rf"(?:^|(?<= )){_THEY_ALL} (?:(?!not |never |no )\S+ ){{0,2}}?(?:always|forever|"
    r"constantly|every time|first) (?:(?!not |never |no )\S+ )?(?:play|plays|playing|pull|"
    r"pulls|pulling|use|uses) the (?:race|racism|religion|bigotry|holocaust|discrimination) "
    r"card(?= |$)|"
    rf"(?:^|(?<= ))(?:always|forever) (?:a |the )?victims? with (?:you people|your people|"
    rf"those people|{_G})(?= |$)|"
    rf"(?:^|(?<= ))(?:{_G}|you people|your people|his people|her people|their people) "
    rf"(?:(?!not |never |no )\S+ ){{0,2}}?(?:always |only |just |will always )?{_CLAN}(?= |$)|"
    r"(?:^|(?<= ))(?:always|will always|only ever) (?:side|sides|stick|sticks|stand|stands) "
    r"with (?:his|her|their) own kind(?= |$)"
)

# Clannish loyalty praised in the same sentence ("..., and I admire that", "good for them").
_PRAISED = re.compile(
    r"\b(?:admire|admirable|respect (?:that|it|them)|good for them|love (?:that|it)|beautiful|"
    r"lovely|wish we|wish more|we could learn|should learn from|inspiring|how it should be)\b"
)


def _praised(text: str, start: int) -> bool:
    """The sentence from `start` praises what it tells."""
    end = sentence_end(text, start, ".!?")
    return _PRAISED.search(text, start, end) is not None


# A whole group denied a virtue: "none of those GRP have any morals", "GRP have no decency".
_VIRTUE = (
    r"(?:morals|morality|values|decency|shame|manners|honor|honour|integrity|hygiene|"
    r"conscience|self respect|dignity|work ethic|class|loyalty|scruples|civilization|"
    r"civilisation|culture)"
)
_HAVE = r"(?:have|has|show|shows|know|knows|had)"
_VIRTUE_END = r"(?: (?:at all|whatsoever|to begin with|to start with|left|anyway|either|period))?$"
_LACKING = re.compile(
    rf"(?:^|(?<= ))(?:none of (?:the |those |these |them )?{_G}|not (?:a |one )?(?:single )?"
    rf"(?:one of (?:the |those |these )?)?{_G}) {_HAVE} (?:any |an ounce of |a shred of )?"
    rf"{_VIRTUE}{_VIRTUE_END}|"
    rf"(?:^|(?<= ))(?:(?:all |most |the |those |these )?{_G}) (?:(?:have|has) (?:no|zero)|"
    rf"(?:do|does) not (?:have|show|know) (?:any|an ounce of)|(?:have|has) never had any|"
    rf"(?:have|has) not got any) {_VIRTUE}{_VIRTUE_END}"
)

# The rules' opening yes-or-no searches over the whole comment, which most comments fail (3-8%
# of the benchmark's pass each): in `skipping`'s form, the same answer found by jumping between
# the letters a match can open with instead of trying "\b(" at every position (about 40% less
# time for the six).
_ROLE_WORDS = re.compile(
    r"\b(?:kitchens?|barefoot|place|home|built|made|meant|cut out|wired|designed|suited|fit|"
    r"enough|emotional|weak|hormonal|soft|allowed)\b"
)
_ROLE_GATE = skipping(_ROLE_WORDS)[0]
_HIDDEN_WORDS = re.compile(
    r"\b(?:themselves|private|closed|bedroom|home|sight|closet|flaunt\w*|parad\w*|shov\w*|"
    r"push\w*|rub)\b"
)
_HIDDEN_GATE = skipping(_HIDDEN_WORDS)[0]
_HABIT_WORDS = re.compile(
    r"\b(?:always|wherever|everywhere|anywhere|every|together|each other|one another|own|"
    r"card|victims?)\b"
)
_CARD_GATE = re.compile(r"\b(?:card|victims?|together|each other|one another|own)\b")
_HABIT_GATE = skipping(_HABIT_WORDS)[0]
_KEPT_WORDS = re.compile(r"\b(?:keep|belongs?)\b")
_KEPT_GATE = skipping(_KEPT_WORDS)[0]
# `hate.en_shut` reads three families of shapes, each opened by its own words: a bar
# ("should", "must", "no business"), a place apart ("separate", "their own", "special") and a
# lesser use granted ("trust", "hire", "fine", "ok"), the last only with a "but".
_BAR_WORDS = re.compile(r"\b(?:should|must|business)")  # open end: "shouldn't", "mustn't"
_BAR_GATE = skipping(_BAR_WORDS)[0]
_APART_WORDS = re.compile(r"\b(?:separate|their own|special)\b")
_APART_GATE = skipping(_APART_WORDS)[0]
_LESSER_WORDS = re.compile(r"\b(?:trust|hire|fine|ok|okay)\b")
_LESSER_GATE = skipping(_LESSER_WORDS)[0]
_BUT = re.compile(r"\bbut\b")
_LACKING_WORDS = re.compile(
    r"\b(?:morals|morality|values|decency|shame|manners|honor|honour|integrity|hygiene|"
    r"conscience|respect|dignity|ethic|class|loyalty|scruples|civili[sz]ation|culture)\b"
)
_LACKING_GATE = skipping(_LACKING_WORDS)[0]


def _word(an: Analysis, u: Unit) -> tuple[str, ...]:
    """A unit as this module's shapes read it: a protected group noun (`G`, not quoted) one
    `GRP`, women `WMN`, people named by immigration status `MIG`, a pronoun the analysis reads
    as the group `THEY`; any other unit its own words."""
    del an
    if u.code == "G" and not u.quoted and u.text in _PRONOUNS:
        return ("THEY",)
    if u.code == "G" and not u.quoted:
        noun = u.text.split()[-1]
        mig = u.meta("G") == "immigrants"
        return ("WMN" if noun in _WOMEN_NOUNS else "MIG" if mig else "GRP",)
    return tuple(u.text.split())


def _masked(an: Analysis, s: int) -> Masked:
    """The sentence's unit texts, each protected group noun and stand-in one `GRP` (women
    `WMN`), joined by spaces; with the unit index of each word. Remembered per comment
    (`masked_words`): the five rules of this module and `hate_en_written_off` read the same
    sentences."""
    return masked_words(an, s, _word, then=stand_ins)


_TOKEN = re.compile(r"\b(?:GRP|WMN|MIG|THEY)\b")


def _group_named(an: Analysis) -> bool:
    """The comment names a protected group (a noun, not a pronoun) or its pride."""
    if any(u.code == "G" and not u.quoted and u.text not in _PRONOUNS for u in an.units):
        return True
    return any(u.text in ("pride", "rainbow", "drag") for u in an.units)


def _found(
    an: Analysis,
    rule_id: str,
    shape: re.Pattern,
    why: str,
    *,
    negates: bool = False,
    bare: bool = False,
    refused: Callable[[str, int], bool] | None = None,
    writer_speaks: bool = False,
) -> list[Hit]:
    """The first sentence whose masked words fit `shape`, asserted by the writer; a negation
    inside the match passes it unless the shape `negates` by its own words ("have no"); a
    `bare` shape needs no group in its sentence (the kitchen order); `refused(text, start)`
    passes a match the writer's own words refuse; `writer_speaks`: the writer is the shape's
    own subject ("I'd trust a GRP with ..."), not a member of the group."""
    present = None if bare else _TOKEN.search
    for s, first, last, _m in shape_fits(an, shape, _masked, present):
        base = an.sentences[s][0]
        if not writer_speaks and any(an.units[k].text in WRITER for k in range(base, first + 1)):
            continue  # "we women ...", "as a migrant ...": the writer's own group
        if not plainly_said(an, first, last, negates=negates):
            continue
        if refused is not None and refused(an.norm.text, an.units[first].start):
            continue
        return [Hit(rule_id, _SCORE, (an.span(first, last),), why, cap_hold=True)]
    return []


@rule("hate.en_role", Category.HATE, needs=(_ROLE_WORDS,))
def role(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold women sent back to the kitchen or called unfit by nature for a role."""
    del sub
    if an.lang != "en" or not _ROLE_GATE.search(an.norm.text):
        return []
    if "kitchen" in an.norm.text and not _WOMAN_WORD.search(an.norm.text):
        return []
    # "Women don't belong in the kitchen, they belong wherever they want": the stereotype refused
    return _found(
        an, "hate.en_role", _ROLE, "women kept to a role", negates=True, bare=True,
        refused=stereotype_rejected,
    )  # fmt: skip


@rule("hate.en_hidden", Category.HATE, needs=(_HIDDEN_WORDS, _KEPT_WORDS))
def hidden(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a group told to keep itself out of sight."""
    del sub
    if an.lang != "en":
        return []
    if not _HIDDEN_GATE.search(an.norm.text) and not _KEPT_GATE.search(an.norm.text):
        return []
    found = _found(an, "hate.en_hidden", _HIDDEN, "a group told to stay out of sight", negates=True)
    if found or not _KEPT_GATE.search(an.norm.text) or not _group_named(an):
        return found
    return _found(an, "hate.en_hidden", _KEPT, "a group kept out of sight", bare=True)


@rule("hate.en_habit", Category.HATE, needs=(_HABIT_WORDS,))
def habit(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a group blamed by habit for the mess or crime it brings wherever it goes."""
    del sub
    if an.lang != "en" or not _HABIT_GATE.search(an.norm.text):
        return []
    found = _found(an, "hate.en_habit", _HABIT, "a group blamed by habit")
    if found or not _CARD_GATE.search(an.norm.text):
        return found
    # "no matter what" is the shape's own "no"
    return _found(
        an, "hate.en_habit", _CARD, "a grievance or a clan called a group's habit", bare=True,
        negates=True, refused=_praised,
    )  # fmt: skip


@rule("hate.en_lacking", Category.HATE, needs=(_LACKING_WORDS,))
def lacking(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a whole group denied a virtue ("none of them have any morals")."""
    del sub
    if an.lang != "en" or not _LACKING_GATE.search(an.norm.text):
        return []
    return _found(an, "hate.en_lacking", _LACKING, "a group denied a virtue", negates=True)


@rule("hate.en_shut", Category.HATE, needs=(_BAR_WORDS, _APART_WORDS, _LESSER_WORDS))
def shut(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a group shut out of ordinary life: voting, juries, schools, parenthood, living
    alone, a place apart from everyone else's, a lesser use (people named by immigration status
    are left to the policy debate)."""
    del sub
    if an.lang != "en":
        return []
    text = an.norm.text
    why = "a group shut out of ordinary life"
    if _BAR_GATE.search(text):
        found = _found(an, "hate.en_shut", _SHUT, why, negates=True)
        if found:
            return found
    if _APART_GATE.search(text):
        found = _found(an, "hate.en_shut", _APART_SPITE, why, negates=True) or _found(
            an, "hate.en_shut", _APART_NEED, why, negates=True, refused=_disabled(an)
        )
        if found:
            return found
    if not _LESSER_GATE.search(text) or not _BUT.search(text):
        return []
    return _found(
        an, "hate.en_shut", _LESSER, "a group kept to lesser uses", negates=True,
        writer_speaks=True,
    )  # fmt: skip


def _disabled(an: Analysis) -> Callable[[str, int], bool]:
    """Whether the group a match opens with (at a text offset) is people with a disability:
    a group word the lexicon files under disability, or people named by their condition
    (`hate/proxies.py`)."""

    def refused(text: str, start: int) -> bool:
        k = an.unit_at(start)
        if k is None:
            return False
        u = an.units[k]
        if u.code == "G":
            return u.meta("G") == "disability"
        return CONDITION.match(text, start) is not None

    return refused
