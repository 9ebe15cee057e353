"""Stand-ins for a protected group that name no group word: where its people are said to live
("the ones from the rez", "Section 8 tenants", "folks in certain neighborhoods"), what they
are said to practise or look like ("people who pray five times a day", "folks with accents",
"the ones who just got off the bus"), a country or people after "from" ("everyone from X").
A bare "these people" is left out: with no group named it is as often a council or Congress.

`hate.generalised` reads such a phrase as the group it stands for (`GRP`) in its subject slot,
so its predicates (crime, dirt, idleness, not belonging, a call to keep them out) apply. A
stand-in only ever holds, except a placed one with a dehumanising predicate: the phrase is
vaguer than a group's name, and a moderator reads it. `KEYS` is the cheap gate: the unit texts
one of which every stand-in holds, tested before any sentence is masked. `stand_ins` is the
English masking's last step (`hate_en_kept`, `hate_en_belittled`), with two stand-ins more.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Unit
from moderation.policy.literal_gate import LiteralGate
from moderation.policy.rules.masked_words import Masked

# Countries whose people a comment may name as "everyone from X".
_COUNTRIES = (
    "mexico", "honduras", "guatemala", "salvador", "venezuela", "haiti", "somalia", "africa",
    "nigeria", "afghanistan", "syria", "iraq", "iran", "pakistan", "india", "china", "cuba",
    "colombia", "nicaragua", "ecuador", "yemen", "gaza", "palestine", "israel", "sudan", "congo",
    "bangladesh", "vietnam", "philippines", "russia", "oaxaca", "chiapas", "guerrero",
    "sinaloa", "michoacan", "morocco", "algeria", "romania", "albania", "jamaica", "peru",
    "bolivia",
)  # fmt: skip
# Unit texts one of which each stand-in below holds (as the analysis splits them).
KEYS = frozenset(
    {"rez", "reservation", "reservations", "rancheria", "section", "projects", "barrio",
     "barrios", "ghetto", "ghettos", "hood", "colonia", "colonias", "neighborhoods",
     "neighborhood", "town", "tracks", "river", "border", "welfare", "pray", "prays", "wear",
     "cover", "bus", "boat", "raft", "fence", "accents", "accent", "turbans", "turban",
     "headscarves", "hijabs", "hijab", "names", "skin", "english", "zip", "jumped",
     "snuck", "countries", "south", *_COUNTRIES}
)  # fmt: skip

_HEAD = (
    r"(?:(?:all |most |many |half |some )?(?:of )?(?:the |those |these |them |all )?"
    r"(?:people|folks|families|guys|kids|men|women|ones|types|residents|tenants|crowd|bunch|"
    r"lot|element|immigrants|voters)|everyone|everybody|anyone|anybody|nobody|no one|"
    r"none of (?:the|them|those|these))"
)
_PLACE = (
    r"(?:the )?(?:rez|reservations?|rancheria|section 8|(?:the )?projects|housing projects|"
    r"public housing|barrios?|ghettos?|hood|colonias?|"
    r"(?:other|wrong) side of (?:the )?(?:river|border|tracks|town|wall|fence)|"
    r"south of the border|(?:certain|those|these|some|that) (?:neighborhoods?|parts? of town|"
    r"side of town|areas|zip codes|part of the world)|"
    rf"(?:el )?(?:{'|'.join(_COUNTRIES)})|"
    r"(?:those|these|that|such) countr(?:y|ies))"
)
# A group's home given as where its people live: "the ones from the rez", "Section 8 tenants",
# "people who come from X".
_PLACED = (
    rf"{_HEAD} (?:from|on|in|off|out of|over in|across|of) {_PLACE}|"
    rf"(?:{_HEAD}|those) (?:who|that) (?:come|came|comes|moved|move|moves) (?:up |down |over |"
    rf"here )?(?:from|out of) {_PLACE}|"
    r"(?:the |those |these |all the |all those )?(?:section 8|rez|reservation|rancheria|barrio|"
    r"ghetto|projects|project|hood|colonia|welfare|food stamp|third world) (?:people|folks|"
    r"families|kids|guys|types|crowd|tenants|women|moms|mothers|dads|men|boys|girls|residents|"
    r"rats|trash|babies|element)"
)
# A group named by what its people practise, wear or look like, or how they came.
_MARKED = (
    r"(?:(?:the |those |these |all the |all those )?(?:people|folks|ones|men|women|guys|"
    r"families) )?(?:who|that) (?:all )?(?:pray (?:five times a day|to mecca|toward mecca|"
    r"towards mecca|on (?:rugs|mats|carpets|the floor))|wear (?:turbans?|headscarves|"
    r"headscarfs|hijabs?|burqas?|burkas?|niqabs?|yarmulkes|kippahs|(?:rags|towels|diapers) on "
    r"their heads)|cover (?:their|the) (?:faces|heads|women|wives)|eat with their hands|"
    r"(?:just )?(?:got|get|came|come|jumped|stepped|fell) off (?:the|a) (?:bus|boat|raft|"
    r"truck|banana boat)|jumped (?:the|our) (?:fence|wall|border)|(?:snuck|sneak|swam|swim|"
    r"waded|wade|crossed|cross|walked|walk|hopped|hop|came|come|got|ran) "
    r"(?:in|over|across|through) (?:the|our) "
    r"(?:river|border|fence|wall|rio grande)|(?:can not|do not|does not|will not|never|barely|"
    r"refuse to) (?:speak|learn) (?:english|the language)|speak no english)|"
    r"(?:the |those |these |all the |all those )?(?:people|folks|men|women|guys|families|kids|"
    r"anyone|everyone|everybody|ones) with (?:(?:thick|heavy|funny|foreign|strong|those|that|"
    r"these|such|dark|darker|brown|black|weird|unpronounceable) )*(?:accents?|turbans?|"
    r"headscarves|hijabs?|burqas?|skin|complexions?|(?:last )?names)"
    r"(?: like (?:that|those|theirs|them))?"
)
# A people named after "from": "everyone from X", "the folks from X" (X a group word).
_FROM_GROUP = rf"{_HEAD} from (?:the )?(?:GRP )*GRP"

# The stand-ins that need no group named beside them, for `hate_everyday`'s masking.
STAND_IN = rf"{_PLACED}|{_MARKED}"

# The place a people lives walled in, cleared out or destroyed ("put a fence around the
# reservation", "build a wall around the projects", "clear out the colonias too").
_HOME = (
    r"(?:the |those |these |that |this )?(?:rez|reservations?|rancheria|projects|barrios?|"
    r"ghettos?|hood|colonias?|(?:those|these|certain) neighborhoods|that part of town)"
)
CONTAINED = re.compile(
    r"\b(?:put|build|throw|need|needs|should (?:put|build)|let us (?:put|build)) (?:up )?"
    r"(?:a |another )?(?:fence|wall|moat|razor wire|barbed wire|a cage)(?: \S+)? around "
    rf"{_HOME}\b|"
    rf"\b(?:wall|fence|seal|cordon) off {_HOME}\b|"
    rf"\b(?:nuke|firebomb|bomb|gas|burn down|torch|raze|flatten) {_HOME}\b|"
    rf"\b(?:clear|clean|sweep|wipe) out {_HOME}(?: too| as well| next| first)?$|"
    rf"\b(?:clear|clean|sweep|wipe) {_HOME} out\b"
)

PROXY = re.compile(
    rf"(?:^|(?<= ))(?:(?P<placed>{_PLACED})|(?P<marked>{_MARKED})|(?P<from>{_FROM_GROUP}))"
    r"(?= |$)"
)


def collapse(words: list[str], index: list[int]) -> tuple[list[str], list[int], dict[int, str]]:
    """`words` (a sentence's masked words) with each stand-in phrase made one `GRP`, each word's
    unit index, and the kind of each stand-in ("placed", "marked", "from") by the unit
    index of its first word."""
    text = " ".join(words)
    spans = [(m.start(), m.end(), m.lastgroup or "placed") for m in PROXY.finditer(text)]
    if not spans:
        return words, index, {}
    out_words: list[str] = []
    out_index: list[int] = []
    kinds: dict[int, str] = {}
    pos = 0
    denied = False  # the stand-in opened with "nobody": its verb is read as negated
    for word, k in zip(words, index, strict=True):
        span = next((s for s in spans if s[0] <= pos < s[1]), None)
        if span is None:
            if denied and word in _DENIED:
                word = _DENIED[word]
            denied = False
            out_words.append(word)
            out_index.append(k)
        elif span[0] == pos:
            out_words.append("GRP")
            out_index.append(k)
            kinds[k] = span[2]
            denied = word in _NOBODY
        pos += len(word) + 1
    return out_words, out_index, kinds


_NOBODY = frozenset({"nobody", "no one", "none"})
# "Nobody from X can Y" read as "X can not Y" (the shape the predicates know).
_DENIED = {
    "can": "can not", "could": "can not", "will": "will not", "would": "will not",
    "do": "do not", "does": "do not", "ever": "never",
}  # fmt: skip


# People named by the side of the border they came from, which `PROXY` reads only after
# "from" a place it lists: "those families from across the border", "folks from over the river".
_ACROSS = re.compile(
    r"(?:^|(?<= ))(?:all |most |the |those |these )?(?:people|folks|families|guys|men|ones|"
    r"crowds?|types) from (?:across|over|south of|the other side of) (?:the )?(?:border|river|"
    r"rio grande)(?= |$)"
)
# Disabled people named by their condition, which the group lexicon lists only as "disabled
# people", "deaf people": "kids with Down syndrome", "special needs kids", "wheelchair users".
CONDITION = re.compile(
    r"(?:^|(?<= ))(?:the |those |these )?(?:(?:kids|children|people|folks|students|adults) "
    r"(?:with (?:down syndrome|autism|disabilities|special needs|cerebral palsy)|in "
    r"wheelchairs?)|(?:special needs|special ed|wheelchair|autistic) (?:kids|children|people|"
    r"folks|students|users|adults))(?= |$)"
)


# `_ACROSS` behind the strings one of which its every match holds ("from across the border"):
# it opens with a lead-in the engine tries at every position of every sentence, and hardly any
# sentence holds one. (`CONDITION`'s strings are many: its own search is cheaper.)
_STAND_IN_SEARCHES = (LiteralGate(_ACROSS), CONDITION)


def may_stand_in(units: tuple[Unit, ...]) -> bool:
    """Whether `stand_ins` may make a `GRP` of some sentence of these units when none of them
    is a group word: a unit of `KEYS` (every stand-in of `collapse` holds one), or people from
    across the border or named by a condition among their words. The sentences' words joined
    are runs of these words joined, and both phrases open and close at a space or an end, so
    none is found in a sentence when it is not found here."""
    if any(u.text in KEYS for u in units):
        return True
    words = " ".join(w for u in units for w in u.text.split())
    return any(stand_in.search(words) for stand_in in _STAND_IN_SEARCHES)


def stand_ins(units: tuple[Unit, ...], words: list[str], index: list[int]) -> Masked:
    """The masked words with each stand-in above, and people named by the side of the border or
    by a condition, made one `GRP`: the last step (`masked_words`' `then`) of the sentences
    `hate_en_kept` and `hate_en_belittled` read."""
    if any(u.text in KEYS for u in units):
        words, index, _ = collapse(words, index)
    text = " ".join(words)
    for stand_in in _STAND_IN_SEARCHES:
        m = stand_in.search(text)
        if m is not None:
            first, n = text.count(" ", 0, m.start()), len(m.group(0).split())
            words[first : first + n] = ["GRP"]
            index[first : first + n] = [index[first]]
            text = " ".join(words)
    return text, index
