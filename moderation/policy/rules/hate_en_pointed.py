"""English group hate said in two steps, so no single clause holds a group and an insult: a
people named (often as the object: "We hired a couple of Guatemalans for the roof") and then
called its vices in a clause or sentence of its own ("Never again, lazy and filthy, all of
them."), and a people let into a place that is then said to stink ("They let the Somalis into
the complex and now it stinks."). The English twin of `hate.es_hinted`'s pointed-back shapes.

Read over the comment's words with groups masked as `GRP` and commas and sentence breaks kept
(`hate_es_short.masked_words`). A bare vice counts only with a people named before it in its
sentence or the two before, and only when it is said of all of them (two vices, "all of them",
"never again", "always"). It passes beside men arrested or charged, offices and police, the writer's
own people ("we Mexicans"), a negation or someone else's words before the vice. Every hit only
holds (`hate_es_held.held_shape`: condemned, quoted or reported lines pass).
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.lexicon import skipping
from moderation.policy.officials import EMPLOYERS, FORCES, OFFICE_HOLDERS, OUTFITS, words_regex
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.hate_es_held import held_shape
from moderation.policy.rules.hate_es_short import masked_words, units_inside
from moderation.policy.rules.hate_shapes import group_units
from moderation.policy.types import Category

_RULE = "hate.en_pointed"
_SCORE = 0.72

_VICE = (
    r"(?:lazy|filthy|dirty|smelly|stinky|stinking|thieves|thieving|crooks|liars|lying|cheats|"
    r"drunks|drunk|animals|savages|pigs|rats|vermin|parasites|leeches|freeloaders|criminals|"
    r"useless|worthless|stupid|dumb|rude|violent|disgusting|nasty|trash|trashy|scum|scammers|"
    r"lowlifes|degenerates|feral|unwashed|good for nothing|lazy bums|bums)"
)
# A clause that is nothing but vices, opened by a comma or a full stop: "..., lazy and filthy,
# all of them", ". Thieves and liars, every one."
_BARE_VICE = re.compile(
    r"(?:^|(?<=[,.] ))(?:and |but |just |total |pure |nothing but |a bunch of |bunch of )?"
    r"(?P<all>(?:all|every one of them) )?"
    rf"{_VICE}(?P<more>(?: ,| and| &)(?: (?:so|very|really|totally|just))? {_VICE})*"
    r"(?P<tail>(?: ,)? (?:all of them|every one of them|every last one(?: of them)?|every one|"
    r"the lot of them|the whole lot|all|GRP|like always|as always|every time|each and every "
    r"one))?(?= [,.?!]|$)"
)
# Words that make one vice a verdict on the whole people rather than on one crew.
_EVERY_TIME = re.compile(r"\b(?:never again|always|every time|all of them|every one of them)\b")
# Men arrested or charged, offices, forces, outfits and bosses: the vice is theirs, not their
# people's ("Mexican cartels are vicious, all of them"); one boss or firm too. Of the bodies,
# only those that sit: "on the government dole" names a payer, not the one with the vice.
_ONE_BOSS = frozenset(
    {"landlord", "manager", "contractor", "company", "gang", "council", "congress"}
)
_NOT_A_PEOPLE = re.compile(
    r"\b(?:arrested|charged|convicted|caught|busted|detained|indicted)\b|"
    + words_regex(FORCES | OFFICE_HOLDERS | OUTFITS | EMPLOYERS | _ONE_BOSS)
)
# The writer's own people ("we Mexicans", "us Hondurans"), or the people named as the wronged.
_OWN_OR_WRONGED = re.compile(
    r"\b(?:we|us) GRP\b|\b(?:robbed|cheated|abused|attacked|exploited|underpaid|mistreated) "
    r"(?:the |those |these |some |a few )?GRP\b"
)
# "never again" is the writer's verdict, not a denial of the vices after it.
_NEGATED = re.compile(r"\b(?:not|never(?! again)|no|nor|neither|hardly)(?: \S+)?$")
_SAID = re.compile(
    r"\b(?:said|says|say|called|call|calls|calling|told|yelled|shouted|claimed|claim|"
    r"think|thinks|thought)\b(?: \S+){0,4}$"
)

# A people let or moved into a place, then the place said to stink or be ruined.
_LET_IN = (
    r"(?:let|lets|letting|moved|moving|moves|put|putting|brought|bringing|housed|housing|"
    r"rented|renting|sold|settled|dumped|placed|relocated)"
)
_PLACE = (
    r"(?:it|(?:the|our|my|this) (?:whole )?(?:place|building|complex|block|street|neighborhood|"
    r"neighbourhood|area|hallways?|stairwell|park|pool|town|apartment|apartments|motel|school|bus))"
)
_STINKS = (
    r"(?:stinks|reeks|smells(?= ,| \.|$)|smells (?:awful|terrible|bad|horrible|disgusting|"
    r"like (?:shit|garbage|trash|piss|a zoo|animals|a barn|a sewer))|"
    r"is (?:filthy|a pigsty|a slum|a zoo|trashed|disgusting|a dump|a ghetto|a shithole|a sty|"
    r"infested)|went to (?:hell|shit|crap))"
)
_STINKS_SINCE = re.compile(
    rf"\b(?:{_LET_IN}(?: \S+){{0,4}}? GRP|GRP (?:moved|came|arrived|showed up|got here))"
    rf"(?: \S+){{0,6}}? (?:and|,|so) (?:now|since then|ever since|guess what ,?|of course) "
    rf"{_PLACE} (?:\S+ )?{_STINKS}\b|"
    # the other order: "Ever since the Haitians moved in the whole building reeks"
    rf"\b(?:since|ever since|once|after) (?:the |those |these |all the |all those )?GRP "
    rf"(?:moved in|moved here|came|arrived|showed up|got here|took over)(?: ,)? {_PLACE} "
    rf"(?:\S+ )?{_STINKS}\b"
)
# The stink put down to the owner or the pipes, not to the people: "... now it stinks of mold,
# the landlord never fixed the sewer".
_OTHER_CAUSE = re.compile(
    r"\b(?:mold|mould|sewage|sewer|pipes?|plumbing|landlord|management|owner|owners|county|"
    r"city|garbage pickup|trash pickup|smoke|fire)\b"
)
_POINTED = "a people named, then called its vices in a clause of their own"
_STUNK = "a people let into a place, then the place said to stink"

_GATE_WORDS = re.compile(
    rf"\b(?:{_VICE}|stinks|reeks|smells|filthy|dump|pigsty|slum|zoo|trashed|ghetto|"
    r"shithole|sty|infested|went to)\b"
)
_GATE = skipping(_GATE_WORDS)[0]


def _sentences_back(words: str, at: int, n: int) -> int:
    """Where the sentence `n` sentences before the one holding `at` opens (a short aside may
    stand between the people and the vices: "... to a Somali family once. Never again.
    Filthy.")."""
    start = at
    for _ in range(n + 1):
        start = words.rfind(" . ", 0, max(0, start))
        if start < 0:
            return 0
    return start


def _pointed_back(words: str, offsets: list[int], index: list[int]) -> tuple[int, int] | None:
    """The units of the first bare vice clause said of all of a people named before it in its
    sentence or the two before, or None."""
    for m in _BARE_VICE.finditer(words):
        before = words[max(0, _sentences_back(words, m.start(), 2), m.start() - 220) : m.start()]
        end = words.find(" . ", m.end())
        around = before + words[m.start() : end if end >= 0 else len(words)]
        if "GRP" not in before or _NOT_A_PEOPLE.search(around) or _OWN_OR_WRONGED.search(around):
            continue
        said_of_all = m.group("all") or m.group("more") or m.group("tail")
        if not said_of_all and not _EVERY_TIME.search(around):
            continue
        lead = words[max(0, m.start() - 40) : m.start()].rstrip(" ,.")
        if _NEGATED.search(lead) or _SAID.search(lead):
            continue
        inside = units_inside(offsets, index, m.start(), m.end())
        if inside:
            return inside[0], inside[-1]
    return None


def _stunk(words: str, offsets: list[int], index: list[int]) -> tuple[int, int] | None:
    """The units of a people let into a place that then stinks, or None."""
    for m in _STINKS_SINCE.finditer(words):
        end = words.find(" . ", m.end())
        after = words[m.end() : end if end >= 0 else len(words)]
        if _OTHER_CAUSE.search(after) or _NEGATED.search(words[: m.start()].rstrip(" ,.")):
            continue
        inside = units_inside(offsets, index, m.start(), m.end())
        if inside:
            return inside[0], inside[-1]
    return None


@rule(_RULE, Category.HATE, needs=(_GATE_WORDS,))
def en_pointed(an: Analysis, sub) -> list[Hit]:
    """Hold an English comment that names a people, then insults all of it in a clause of its
    own, or says a place stinks since the people were let in."""
    del sub
    if an.lang != "en" or not an.units or not _GATE.search(an.norm.text):
        return []
    groups = group_units(an)
    if not groups:
        return []
    words, offsets, index = masked_words(an, groups)
    shapes: list[tuple[int, int, str]] = []
    for what, find in ((_POINTED, _pointed_back), (_STUNK, _stunk)):
        found = find(words, offsets, index)
        if found:
            shapes.append((found[0], found[1], what))
    return held_shape(an, _RULE, _SCORE, shapes)
