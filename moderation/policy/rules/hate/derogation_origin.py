"""Shapes `hate.derogation` reads: the people of a place, verbless essences ("X, thieves"), and
rhetorical questions about a group."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.analysis.pronouns import POSTS
from moderation.policy.rules import Hit
from moderation.policy.rules.context import is_question, suppressed
from moderation.policy.rules.hate.blamed_group import contempt_for_the_act
from moderation.policy.rules.hate.derogation_essence import (
    AFTER_CLAUSE,
)
from moderation.policy.rules.hate.generalisation_guards import (
    attributive,
)
from moderation.policy.rules.hate.guards import (
    WHY,
    _hit,
    plural_group,
    why_es,
)
from moderation.policy.rules.hate.helpers import (
    RIGHTS,
    generic_one,
    modal_between,
)
from moderation.policy.rules.hate.words import (
    EXCLUSION_WORDS,
    F,
)

# "these people" and "its people" are a nation or an ethnicity when the comment says where they
# come from ("they come from a culture of ...", "where they came from", "people from Haiti",
# "Haiti and its people"); after politicians or a team they are not a protected group.
_ORIGIN = re.compile(
    r"\b(?:comes?|came|coming) (?:over |here )?from (?:a |the |those |these )?(?:culture|"
    r"countr|place|third world|shithole|backward|jungle|desert|villages?)"
    r"|\bwhere (?:they|these people|those people) (?:came|come|are|were|'re) from\b"
    r"|\bthird[- ]world\b|\btheir (?:culture|countr(?:y|ies)|race|tribes?)\b"
)
# A region pointed at ("an accent from that part of the world"): an origin too, unless the
# comment speaks of office holders ("the senators from that part of the world").
_REGION = re.compile(r"\b(?:from|in|of) (?:that|this) part of the (?:world|globe)\b")
_PLACE_PEOPLE = frozenset({"these people", "those people"})
_NEG_QUALITY = re.compile(rf"^G{F}(?:[CMF]{F}){{0,2}}(?:N{F})+(?:[CMF]{F}){{0,2}}(?P<p>P)")


# Capitalised, but not places: "these people from Congress" are politicians.
_INSTITUTIONS = frozenset(
    {"congress", "senate", "the senate", "house", "the house", "morena", "pan", "pri", "gop",
     "fox", "cnn", "msnbc", "ice", "cbp", "fbi", "dea", "atf", "hollywood", "washington",
     "the white house", "white house", "wall street", "google", "facebook", "twitter", "x",
     "the left", "the right", "antifa", "maga", "the government", "government", "city hall"}
)  # fmt: skip


def _origin_people(an: Analysis) -> frozenset[int]:
    """Units that stand for the people of a place: "these people" when the comment names an
    origin, "people from <Place>", "<Place> ... its people"."""
    text = an.norm.text
    cue = _ORIGIN.search(text) is not None or (
        _REGION.search(text) is not None and POSTS.search(text) is None
    )
    found = set()
    for u in an.units:
        k = u.index
        nxt = an.units[k + 1] if k + 1 < len(an.units) else None
        prev = an.units[k - 1] if k else None
        place_from = (
            nxt is not None and nxt.text == "from" and k + 2 < len(an.units)
            and an.capitalised(k + 2)
            and an.units[k + 2].text not in _INSTITUTIONS
        )  # fmt: skip
        its_people = (
            u.text == "people"
            and prev is not None
            and prev.text in ("its", "their")
            and any(
                an.capitalised(x.index) and x.text != "i"
                for x in an.units[:k]
                if x.sentence == u.sentence
            )
        )
        if (u.text in _PLACE_PEOPLE and (cue or place_from)) or its_people:
            found.add(k)
    return frozenset(found)


def people_of_a_place(an: Analysis) -> list[Hit]:
    """A derogation or a denied quality said of the people of a place (held)."""
    people = _origin_people(an)
    for k in sorted(people):
        base = next(b for b, c in an.sentences if b <= k < b + len(c))
        codes = an.sentences[[b for b, _ in an.sentences].index(base)][1]
        rest = "G" + codes[k - base + 1 :]
        m = AFTER_CLAUSE.match(rest)
        neg = None if m else _NEG_QUALITY.match(rest)
        if m is not None:
            p = k + (m.start("p") if m.group("p") else m.start("p2")) - 1
            pred = an.units[p]
            if m.group("p2") and not (pred.has("INS") or pred.has("S") or pred.has("PROF")):
                continue
            if pred.code == "X" and attributive(an, pred):
                continue
        elif neg is not None:
            p = k + neg.start("p") - 1
        else:
            continue
        if not suppressed(an, k, p, allow_negation=neg is not None):
            return [_hit(an, "hate.derogation", 0.75, k, p, "about the people of a place")]
    return verbless_essence(an, people) if people else []


# "Haitians, Venezuelans, same thing. Thieves by nature.": a verbless sentence of a
# derogatory noun said to be in a people's nature, after a sentence naming the group.
_VERBLESS = re.compile(r"^[AY]*(?P<p>[XD])")
_ESSENCE = re.compile(
    r"\b(by nature|in (the|their) (blood|genes|dna)|to the core|through and through|by birth|"
    r"por naturaleza|en la sangre|de nacimiento|en (los|sus) genes|hasta la medula)\b"
)


# "Venezuelans? Criminals, every one.", "Thieves, every last one of them.": the noun is said of
# each member of the group named in the sentence before.
_EVERY_MEMBER = re.compile(
    r"\b(every (last |single )?one|each and every one|all of them|the lot of them|to a man|"
    r"without exception|each one of them|all of em|every last of them|todos ellos|todas ellas|"
    r"cada uno de ellos|cada una de ellas|sin excepcion|todos y cada uno|todas y cada una|"
    r"todos sin excepcion|a cual mas)\b|,\s*(?:todos|todas|all)\W*$"
)
# "What a waste of space.", "Menuda pérdida de espacio.", "Such animals.": an exclamation
# said of the group named in the sentence before.
_EXCLAIM = frozenset({"what", "what a", "such", "such a", "menuda", "menudo", "menudos",
                      "menudas", "vaya", "que", "que panda de", "vaya panda de"})  # fmt: skip


def verbless_essence(an: Analysis, extra: frozenset[int] = frozenset()) -> list[Hit]:
    for base, codes in an.sentences[1:]:
        m = _VERBLESS.match(codes)
        if m is None or not any(u.code == "G" or u.index in extra for u in an.units[:base]):
            continue
        last = base + len(codes) - 1
        sentence = an.norm.text[an.units[base].start : an.units[last].end]
        every = _EVERY_MEMBER.search(sentence) is not None and _named_just_before(an, base, extra)
        if (every or _ESSENCE.search(sentence)) and not suppressed(an, base, last):
            return [_hit(an, "hate.derogation", 0.8, base, last, "about the group's nature")]
    for base, codes in an.sentences[1:]:
        head = an.units[base]
        last = base + len(codes) - 1
        if (
            _people_called(an, base, codes)
            and _named_just_before(an, base, extra)
            and not suppressed(an, base, last)
        ):  # "Disgusting creatures."
            return [_hit(an, "hate.derogation", 0.8, base, last, "an exclamation about the group")]
        if head.text not in _EXCLAIM or not re.match(r"^w?[AY]*[XD]$", codes):
            continue  # "What a bunch of animals.": nothing after the insult
        if any(
            contempt_for_the_act(an, j, an.units[last])
            for j in range(base)
            if an.units[j].code == "G"
        ):
            continue  # "Siempre culpan a los X de todo. Qué patético.": the blaming is
        if _named_just_before(an, base, extra) and not suppressed(an, base, base + len(codes) - 1):
            return [_hit(an, "hate.derogation", 0.8, base, base + len(codes) - 1,
                         "an exclamation about the group")]  # fmt: skip
    return []


# Nouns for people that a bare exclamation calls the group: "Disgusting creatures.",
# "Criaturas repugnantes.", "Gente asquerosa."
_PEOPLE_CALLED = frozenset(
    {"creatures", "people", "beings", "folk", "folks", "things", "lot", "bunch", "criaturas",
     "gente", "seres", "tipos", "gentuza", "sujetos", "individuos", "especimenes"}
)  # fmt: skip


def _people_called(an: Analysis, base: int, codes: str) -> bool:
    """A sentence of only a noun for people and a negative word ("Disgusting creatures.",
    "Criaturas repugnantes.", "Such vile people.")."""
    core = codes.lstrip("A")
    if core not in ("Xw", "wX"):
        return False
    noun = an.units[base + len(codes) - len(core) + core.index("w")]
    return noun.text in _PEOPLE_CALLED


def _named_just_before(an: Analysis, base: int, extra: frozenset[int]) -> bool:
    """The sentence before names the group, and no other plural noun after it ("Mexicans vote
    for senators. Crooks, every one." is about the senators), nor a negation in this one."""
    prev = an.units[base - 1].sentence
    units = [u for u in an.units[:base] if u.sentence == prev]
    k = max((i for i, u in enumerate(units) if u.code == "G" or u.index in extra), default=None)
    if k is None or any(u.code == "N" for u in an.units[base:] if u.sentence == prev + 1):
        return False
    return not any(
        u.code in ("w", "X") and u.text.endswith("s") and not u.text.endswith("ss")
        and not an.capitalised(u.index)
        for u in units[k + 1 :]
    )  # fmt: skip


def rhetorical(an: Analysis) -> list[Hit]:
    """Questions that only make sense as contempt: "What use are X?", "Why don't X just go
    away?", "Are X even human?". Held, not rejected: a person reads the tone."""
    for base, codes in an.sentences:
        if not is_question(an, base) or "G" not in codes:
            continue
        end = base + len(codes)
        units = an.units[base:end]
        g = next(k for k in range(base, end) if an.units[k].code == "G")
        cue = None
        if any(u.has("rq") for u in units[: g - base]):
            if _others_treat(an, base, g):
                continue  # "Why do we let landlords treat X like this?": the group defended
            if _who_would_goes_on(an, base, g, end):
                continue  # "Who would hire a X for less pay than a man?": the terms asked about
            cue = "a question of what the group is for"  # "What use are X?", "Who needs X?"
        elif not plural_group(an.units[g]) and not generic_one(an, g):
            continue
        elif _why_rights(an, base, g, end):
            cue = "a question denying the group a right"  # "Why are X allowed to vote?"
        elif units[0].text == "why":
            # "Why don't X just go away?", "Why do X even exist?": a wish dressed as a question
            pushed = any(u.code == "N" or u.text in _RQ_PUSH for u in units[1:])
            after = " " + " ".join(u.text for u in an.units[g + 1 : end]) + " "
            if pushed and (
                any(u.code == "K" for u in an.units[g + 1 : end])
                or any(f" {w} " in after for w in _RQ_GONE)
            ):
                cue = "a question wishing the group gone"
        if cue is None:
            for k in range(g + 1, end - 1):
                pred = an.units[k + 1]
                if pred.code == "P" and (
                    an.units[k].text == "still"
                    or (an.units[k].text in _EVEN and pred.text not in EXCLUSION_WORDS)
                ):  # "Are X even allowed to vote here?" may be a real question
                    cue = "a question denying the group a quality"  # "Are X even human?"
                    break
        if cue is not None and not suppressed(an, base, end - 1):
            return [_hit(an, "hate.derogation", 0.8, base, end - 1, cue)]
    return []


# Verbs of treating people (base forms after "let"/"allow"): what another party does to them.
_TREAT = frozenset(
    {"treat", "exploit", "abuse", "mistreat", "harass", "attack", "bully", "cheat", "rob",
     "underpay", "insult", "mock", "threaten", "target", "scapegoat", "demonize", "demonise",
     "blame", "use", "evict", "overcharge", "beat", "hurt", "discriminate", "profile", "push",
     "talk", "speak", "lie", "prey", "squeeze", "gouge", "rip", "scam", "shame", "humiliate"}
)  # fmt: skip


def _others_treat(an: Analysis, base: int, g: int) -> bool:
    """A tolerating question ("why do we let ...") whose object is another party doing
    something to the group ("... landlords treat X like this?"): the question asks why their
    conduct is allowed, it does not ask what the group is for. An actor word must stand
    between the cue and the verb."""
    cue = next(k for k in range(base, g) if an.units[k].has("rq"))
    between = an.units[cue + 1 : g]
    if not between or between[0].code == "G":
        return False  # "why do we let X treat us ...": the group is the one acting
    return any(u.text.split()[0] in _TREAT for u in between[1:])


_AFTER_WHO_WOULD = frozenset(
    {"anyway", "anymore", "these days", "nowadays", "seriously", "really", "today", "now",
     "de todos modos", "hoy en dia", "en serio", "hoy", "ahora", "ya"}
)  # fmt: skip


def _who_would_goes_on(an: Analysis, base: int, g: int, end: int) -> bool:
    """ "Who would (ever) hire / trust a X?" says nobody would only when the group closes the
    question; words after it ("... for less pay", "... sin papeles si la ley lo prohíbe") make
    the terms of the deal what is asked about."""
    cue = next(u for u in an.units[base:g] if u.has("rq"))
    if not cue.text.startswith(("who ", "quien ")):
        return False
    return any(
        u.code not in ("A", "G") and u.text not in _AFTER_WHO_WOULD for u in an.units[g + 1 : end]
    )


_EVEN = frozenset({"even", "siquiera", "acaso"})
# What a right is for: a group asked why it may live, vote or have rights at all.
_LIFE_VERBS = frozenset(
    {"exist", "live", "vote", "breathe", "breed", "marry", "adopt", "work", "teach", "be here",
     "stay", "have children", "have kids", "existir", "existan", "vivir", "vivan", "votar",
     "voten", "respirar", "casarse", "se casen", "adoptar", "adopten", "trabajar", "trabajen",
     "tener hijos", "tengan hijos", "estar aqui", "esten aqui", "reproducirse", "se reproduzcan"}
)  # fmt: skip


def _why_rights(an: Analysis, base: int, g: int, end: int) -> bool:
    """ "Why are X allowed to exist?", "Why should X have any rights?", "¿Por qué deberían
    los X tener derechos?": the question asks why the group may have what everyone has."""
    if an.units[base].text not in WHY and not why_es(an, base):
        return False
    if any(an.units[k].code == "N" for k in range(base, end)):
        return False  # "Why aren't X allowed to vote?" asks about an injustice
    rest = [u for u in an.units[g + 1 : end]]
    if rest and rest[0].text in RIGHTS and modal_between(an, base, g + 1):
        return len(rest) <= 3  # "Why should X have (any) rights?"
    for j, u in enumerate(rest[:-1]):
        if u.text in ("allowed", "allowed to", "permitted", "permitted to"):
            words = " ".join(x.text for x in rest[j + 1 : j + 4]).removeprefix("to ")
            return any(words == v or words.startswith(v + " ") for v in _LIFE_VERBS) and (
                len(rest) - j <= 4
            )
    return False


_RQ_PUSH = frozenset({"just", "even", "all", "simply"})
_RQ_GONE = frozenset({"exist", "go away", "leave", "disappear", "vanish", "die", "go home"})
SUBJECTLESS = re.compile(rf"^[AB]*(?P<c>C){F}(?P<p>[XDZ])")
