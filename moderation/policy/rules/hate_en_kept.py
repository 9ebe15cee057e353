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
from moderation.policy.rules.hate.proxies import stand_ins
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
_SHUT = re.compile(
    rf"(?:^|(?<= )){_NOUN}(?: \S+){{0,2}}? (?:should|must) (?:not|never) (?:even )?"
    rf"(?:be allowed (?:to )?)?{_ORDINARY}(?= |$)"
    # "... without an interpreter", "... unless they are supervised": a condition, not a bar
    # "... vote for him": a ballot choice, not a bar
    r"(?! (?:without|unless|until|if|alone|unsupervised|except|before|for|against|on))"
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
_HABIT_WORDS = re.compile(r"\b(?:always|wherever|everywhere|anywhere|every)\b")
_HABIT_GATE = skipping(_HABIT_WORDS)[0]
_KEPT_WORDS = re.compile(r"\b(?:keep|belongs?)\b")
_KEPT_GATE = skipping(_KEPT_WORDS)[0]
_SHUT_WORDS = re.compile(r"\b(?:should|must)")
_SHUT_GATE = skipping(_SHUT_WORDS)[0]
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
) -> list[Hit]:
    """The first sentence whose masked words fit `shape`, asserted by the writer; a negation
    inside the match passes it unless the shape `negates` by its own words ("have no"); a
    `bare` shape needs no group in its sentence (the kitchen order); `refused(text, start)`
    passes a match the writer's own words refuse."""
    present = None if bare else _TOKEN.search
    for s, first, last, _m in shape_fits(an, shape, _masked, present):
        base = an.sentences[s][0]
        if any(an.units[k].text in WRITER for k in range(base, first + 1)):
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
    return _found(an, "hate.en_habit", _HABIT, "a group blamed by habit")


@rule("hate.en_lacking", Category.HATE, needs=(_LACKING_WORDS,))
def lacking(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a whole group denied a virtue ("none of them have any morals")."""
    del sub
    if an.lang != "en" or not _LACKING_GATE.search(an.norm.text):
        return []
    return _found(an, "hate.en_lacking", _LACKING, "a group denied a virtue", negates=True)


@rule("hate.en_shut", Category.HATE, needs=(_SHUT_WORDS,))
def shut(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a group shut out of ordinary life: voting, juries, schools, parenthood, living
    alone (people named by immigration status are left to the policy debate)."""
    del sub
    if an.lang != "en" or not _SHUT_GATE.search(an.norm.text):
        return []
    return _found(an, "hate.en_shut", _SHUT, "a group shut out of ordinary life", negates=True)
