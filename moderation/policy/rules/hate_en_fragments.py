"""Short English verdicts on a group that carry no verb: a fault noun set down as a sentence of
its own after the group was named ("The women just keep having babies. Parasites.", "Freeloaders,
all of them."), a list of groups called the same breed ("Gypsies, Mexicans, same thieving
breed."), a pest simile opening the sentence after the group ("Hondurans everywhere at the Home
Depot. Like ants on sugar."), a pest emoji as the predicate ("Haitians 🪳🪳"), and the slogan
that bans a group ("No more Muslims.", "No dogs, no blacks, no Mexicans.").

The derogation rules read a group, a copula and an attribute inside one clause; these shapes
drop the copula and lean on the sentence before for the subject. Each is read only when the
group is a protected group named as a noun (`G`), not an adjective on a non-protected noun
("Mexican cartels"), the writer does not speak for the group ("we", "us"), the group is not the
victim of the sentence before ("Three Mexicans were robbed by thugs. Animals."), and nothing
quotes, reports, negates or condemns the words. Every hit holds, never rejects: a fragment
leans on its neighbour, and a moderator reads it.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.masked_words import plainly_said
from moderation.policy.types import Category, Submission

_SCORE = 0.72
_RULE = "hate.en_fragment"

# Nouns of fault or vermin that, standing alone, are said of the people just named.
_FAULT_NOUNS = frozenset(
    {"parasites", "leeches", "freeloaders", "moochers", "scroungers", "criminals", "thieves",
     "rapists", "thugs", "savages", "barbarians", "animals", "vermin", "rats", "roaches",
     "cockroaches", "pigs", "swine", "apes", "monkeys", "frauds", "spies", "terrorists",
     "invaders", "degenerates", "perverts", "groomers", "subhumans", "filth", "scum", "trash",
     "garbage", "lowlifes", "mongrels", "predators", "pests", "locusts", "termites", "maggots",
     "lice", "cockroach", "parasite", "leech", "freeloader", "savage", "animal", "lowlife",
     "trash people", "breeders", "welfare queens", "drug mules", "gangbangers"}
)  # fmt: skip
# What may stand beside the noun in its fragment: "all of them", "every last one", "probably".
_TAILS = frozenset(
    {"all of them", "every last one of them", "every single one of them", "every one of them",
     "every last one", "every single one", "every one", "the lot of them", "the lot",
     "each and every one", "probably", "anyway", "basically", "just", "all", "total", "pure",
     "complete", "absolute", "literally", "actual", "nothing but", "bunch of", "a bunch of",
     "pack of", "a pack of", "same", "the same", "every", "last", "one", "of", "them", "a",
     "lot", "each", "and", "single", "filthy", "dirty", "thieving", "lazy", "disgusting"}
)  # fmt: skip
_WRITER = frozenset({"we", "us", "our", "ours", "i", "me", "my"})
# The group as the one harmed in the sentence before: the fragment is about someone else.
_VICTIM = frozenset(
    {"by", "robbed", "attacked", "beaten", "killed", "murdered", "shot", "stabbed", "victims",
     "victim", "against", "targeted", "harassed", "assaulted", "mugged", "threatened"}
)  # fmt: skip
# "same thieving breed", "same filthy lot": a list of groups made one kind.
_BREEDS = frozenset({"breed", "lot", "kind", "sickness", "rot", "disease", "plague", "trash",
                     "vermin", "animals", "scum", "filth"})  # fmt: skip
# Pests a group is likened to in a sentence of its own ("Like ants on sugar.").
_PESTS = frozenset(
    {"ants", "rats", "roaches", "cockroaches", "locusts", "termites", "lice", "fleas", "mice",
     "maggots", "vermin", "rabbits", "flies", "mosquitoes", "mosquitos", "leeches", "pests",
     "parasites", "bedbugs", "bed bugs", "animals", "cattle", "monkeys", "apes"}
)  # fmt: skip
_LIKE = frozenset({"like", "just like", "same as", "breeding like", "multiplying like"})
# Vermin and disease emoji used as a predicate about a group.
_PEST_EMOJI = "🐀🐁🪳🦗🐜🦟🪰🪱🐛🐒🐵🦍🦠🐖🐷🐍"
_EMOJI_RE = re.compile(f"[{_PEST_EMOJI}]")
# What may close the banning slogan after the group ("No more Muslims here.", "... period.").
_SLOGAN_END = frozenset({"here", "allowed", "please", "period", "ever", "thanks", "again"})
_SLOGAN_PLACES = frozenset({"in", "on", "near", "around"})
_ING = frozenset({"being", "dying"})
# A side or a line-up, not a place to live in: "no more X on the roster" asks who is picked
_LINEUPS = frozenset(
    {"roster", "rosters", "team", "teams", "squad", "squads", "lineup", "line-up", "bench",
     "depth chart", "eleven", "xi", "cast", "playlist", "podcast", "panel", "show"}
)  # fmt: skip
_WORSHIP = frozenset({"mosque", "mosques", "synagogue", "synagogues", "gurdwara", "gurdwaras"})


def _group(u: Unit) -> bool:
    return u.code == "G" and not u.quoted


def _sentence(an: Analysis, s: int) -> tuple[Unit, ...]:
    base, codes = an.sentences[s]
    return an.units[base : base + len(codes)]


def _names_group(run: tuple[Unit, ...]) -> bool:
    """The sentence names a protected group as a noun, as its own people: not the writer's own
    ("we Mexicans") and not as the one harmed ("robbed by thugs"). A pronoun that stands for
    the group ("all of them") names none: the sentence it points back to is read instead."""
    if not any(_group(u) and "them" not in u.text.split() for u in run):
        return False
    return not any(u.text in _WRITER or u.text in _VICTIM or u.code == "V" for u in run)


# Fault nouns no one says of a party or a gang's new faces ("Same vermin, different boat.").
_DEHUMANISING = frozenset(
    {"vermin", "parasites", "rats", "roaches", "cockroaches", "pests", "locusts",
     "lice", "maggots", "leeches", "savages", "subhumans", "filth", "mongrels", "apes", "monkeys"}
)  # fmt: skip


def _groups_only(run: tuple[Unit, ...]) -> bool:
    """A sentence that is only a list of peoples ("Gypsies, Jews and Mexicans.")."""
    return len(run) >= 2 and all(_group(u) or u.code in ("A", "B") for u in run)


def _fault_fragment(run: tuple[Unit, ...]) -> Unit | None:
    """The fault noun of a sentence that is only that noun and its tails ("Parasites.",
    "Freeloaders, all of them.", "Spies, probably.")."""
    noun = None
    texts = [u.text for u in run]
    for k, u in enumerate(run):
        if u.quoted:
            return None
        if u.text in _FAULT_NOUNS and noun is None:
            noun = u
        elif u.text == "different" and noun is not None and "same" in texts[:k]:
            # "Same parasites, different hats.": one more word may close the saying
            return noun if len(run) - k <= 2 else None
        elif u.text not in _TAILS and u.code != "A":
            return None
    return noun


def _breed_list(run: tuple[Unit, ...]) -> Unit | None:
    """'Gypsies, Mexicans, same thieving breed.': two groups and 'same ... breed' alone."""
    groups = [u for u in run if _group(u)]
    if len(groups) < 2 or any(u.code == "V" or u.text in _WRITER for u in run):
        return None
    texts = [u.text for u in run]
    if "same" not in texts:
        return None
    k = texts.index("same")
    if any(not _group(u) and u.code not in ("A", "B") for u in run[:k]):
        return None  # a verb before "same": "Mexicans and Cubans want the same thing"
    rest = run[k + 1 :]
    if not rest or len(rest) > 3 or rest[-1].text not in _BREEDS:
        return None
    return rest[-1]


def _pest_simile(run: tuple[Unit, ...]) -> Unit | None:
    """'Like ants on sugar.': a sentence that opens with a pest simile."""
    k = 0
    while k < len(run) - 1 and run[k].text in ("just", "basically", "and", "all"):
        k += 1
    first = run[k]
    if first.quoted:
        return None
    words = first.text.split()
    if len(words) > 1 and " ".join(words[:-1]) in _LIKE and words[-1] in _PESTS:
        return first  # "like rats" read as one phrase of the lexicon
    if len(run) < k + 2 or first.text not in _LIKE:
        return None
    for u in run[k + 1 : k + 3]:
        if u.text in _PESTS:
            return u
        if u.code != "A":
            return None
    return None


def _no_more(run: tuple[Unit, ...]) -> Unit | None:
    """'No more Muslims.', 'No mosques in my town.', 'No dogs, no blacks, no Mexicans.': a
    sentence of "no (more) X" items, one of them a group or its house of worship, and nothing
    after the last item but a place or a closing word."""
    if not run or run[0].text not in ("no", "no more") or run[0].quoted:
        return None
    hit = None
    k = 0
    while k < len(run):
        u = run[k]
        if u.text not in ("no", "no more"):
            break
        k += 1
        if k < len(run) and run[k].text == "more":
            k += 1
        if k >= len(run):
            return None
        item = run[k]
        if _group(item) or item.text in _WORSHIP:
            hit = hit or item
        elif item.text not in _FAULT_NOUNS and item.text not in ("dogs", "irish"):
            return None
        k += 1
    if hit is None:
        return None
    rest = run[k:]
    if not rest:
        return hit
    if rest[0].text in _SLOGAN_END and len(rest) == 1:
        return hit
    if rest[0].text in _SLOGAN_PLACES and any(x.text in _LINEUPS for x in rest[1:4]):
        return None  # "No more Mexicans on the roster, sadly": who plays, not who may live here
    placed = rest[0].text in _SLOGAN_PLACES and len(rest) <= 4
    if placed and all(x.code in ("A", "w") and x.text not in _ING for x in rest[1:]):
        return hit  # "No more X in this county"; "No more X being harassed" passes
    return None


def _emoji_predicate(an: Analysis, run: tuple[Unit, ...]) -> Unit | None:
    """'Haitians 🪳🪳', 'Somalis = 🐀', 'Mexicans are 🐀': a group whose sentence closes on
    pest emoji, with at most a copula and an article between."""
    text = an.norm.text
    groups = [u for u in run if _group(u)]
    if not groups:
        return None
    g = groups[-1]
    after = [u for u in run if u.index > g.index]
    if len(after) > 2 or any(u.code not in ("A", "C") for u in after):
        return None  # only a copula or an article between: "Haitians love pets 🐍" passes
    end = after[-1].end if after else g.end
    # the emoji must follow within the sentence's tail, before the next sentence's words
    nxt = an.units[run[-1].index + 1].start if run[-1].index + 1 < len(an.units) else len(text)
    tail = text[end:nxt]
    return g if _EMOJI_RE.search(tail) else None


# Orders that move a group away with words the phrasal verbs of the reader lack ("Send them
# somewhere else.", "Ship them south.", "Keep the Mexicans in the fields and out of the voting
# booth."): the head opens its sentence, the object is the group (or "them" standing for it).
_ORDER_HEADS = frozenset({"send", "ship", "bus", "fly", "kick", "boot", "deport", "keep"})
_ORDER_OPENERS = frozenset({"just", "now", "so", "and", "then", "simply", "please"})
_ELSEWHERE = ("somewhere else", "elsewhere", "south", "packing", "back where they came from",
              "back to where they came from", "back across", "over the border")  # fmt: skip


def _order_away(run: tuple[Unit, ...]) -> Unit | None:
    """'Send them somewhere else.', 'Keep the X in the fields and out of the voting booth.'"""
    k = 0
    while k < len(run) and run[k].text in _ORDER_OPENERS:
        k += 1
    if k >= len(run) or run[k].text not in _ORDER_HEADS or run[k].quoted:
        return None
    head = run[k]
    j = k + 1
    group = None
    while j < len(run) and run[j].code in ("A", "G"):
        if _group(run[j]):
            group = run[j]
        j += 1
    if group is None:
        return None
    rest = " ".join(u.text for u in run[j:])
    if head.text == "keep":
        return group if " and out of " in f" {rest} " else None
    return group if rest.startswith(_ELSEWHERE) else None


@rule(_RULE, Category.HATE)
def fragments(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a verbless fragment that calls a named group vermin, criminals or a breed, likens
    it to pests, closes on pest emoji, or bans it by slogan."""
    del sub
    if an.lang != "en":
        return []
    if "G" not in an.codes and not any(u.text in _WORSHIP for u in an.units):
        return []
    emoji = bool(_EMOJI_RE.search(an.norm.text))
    for s in range(len(an.sentences)):
        run = _sentence(an, s)
        if not run:
            continue
        found: tuple[Unit, str] | None = None
        if len(run) <= 8:
            before = _sentence(an, s - 1) if s > 0 else ()
            noun = _fault_fragment(run)
            # "Same parasites, different hats." only after a bare list of peoples: after a
            # sentence with a verb it is said of what that sentence told (parties, gangs)
            said_different = "different" in (u.text for u in run)
            if (
                noun is not None
                and said_different
                and not _groups_only(before)
                and noun.text not in _DEHUMANISING
            ):
                noun = None
            if noun is not None and (_names_group(before) or _names_group(run)):
                found = (noun, "a fault noun said of the group named")
            pest = _pest_simile(run) if found is None else None
            if pest is not None and _names_group(before):
                found = (pest, "a group likened to pests")
            breed = _breed_list(run) if found is None else None
            if breed is not None:
                found = (breed, "groups called one breed")
            banned = _no_more(run) if found is None else None
            if banned is not None:
                found = (banned, "a group banned by slogan")
        if found is None:
            sent = _order_away(run)
            if sent is not None and "them" in sent.text.split():
                # "them" points back: the sentence before must complain of the group, not ask
                # help for it ("The X at the shelter need beds. Send them somewhere warm.")
                before = _sentence(an, s - 1) if s > 0 else ()
                if not any(u.code in ("X", "D", "H", "Z") for u in before):
                    sent = None
            if sent is not None:
                found = (sent, "a group ordered away")
        if found is None and emoji:
            g = _emoji_predicate(an, run)
            if g is not None:
                found = (g, "a group called vermin by emoji")
        if found is None:
            continue
        unit, why = found
        first, last = run[0].index, run[-1].index
        if not plainly_said(an, first, last, negates=True):
            continue  # negation inside the fragment not read here, as before
        return [Hit(_RULE, _SCORE, (an.span(unit.index, unit.index),), why, cap_hold=True)]
    return []
