"""Hate (clause `hate`): a protected group's name used as an insult or put-down ("don't be such
a X", "stop acting so X", "that's so X", "no seas X", "qué X eres"). The group word is found
as rules/hate/ finds it (a `G` unit of groups.tsv, via the Analysis); this module only reads the
put-down frame around it. English and Spanish.

How sure the frame is decides the action:
- an imperative put-down that closes its clause ("don't be a X", "no seas X y paga", "deja de
  ser tan X") or an exclamation with a put-down word nearby rejects: the name is the insult;
- an exclamation alone ("qué X eres", "that's so X"), "eres un X" (a stereotyped X), "pareces X"
  with a put-down nearby, "you sound like a X" / "hablas como un X" closing its clause (a core
  group), or an imperative with a qualifier after it holds: a person decides;
- an exclamation in a comment that admires ("qué gitano eres bailando, me encanta") passes;
  laughter does not count, it is how these put-downs are told;
- a condition that would take the group away ("si no fueras tan X, te darían trabajo", "if
  you weren't so X") holds, as "eres un X" does; its sentence names the fault;
- a nationality ("no seas gringo") counts only beside a put-down word or after a bare reducer
  ("nothing but a X", "no eres más que un X"): nationality banter ("don't be so British about
  it") is not the attack the policy means;
- a gender or faith word holds, and only in an imperative or a "you sound like" that closes its
  clause ("you sound like a woman"): sexism, and believers exhort each other ("no seas
  cristiano solo los domingos"; "habla como un cristiano" is to speak plainly); the
  stereotyped words ("judío", "gitano", "indio", "jew") count with the core groups;
- disability words with a figurative sense ("don't be blind to it", "no seas ciego") never count.
Quoting, reporting and condemning the words ("he told her 'don't be such a X' and got fired")
clear it, as they clear the other hate rules.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import next_in_sentence, suppressed
from moderation.policy.types import Category, Submission

RULE_ID = "hate.identity_insult"
_HOLD, _REJECT = 0.7, 0.9

# Groups whose name used as a put-down is the attack itself.
_CORE = frozenset({"ethnicity", "sexuality", "disability", "immigrants"})
# Group words whose insult sense is a stereotype (stingy, uncouth, thieving): counted with the
# core groups whatever their group column says, and the only ones the weak "eres un X" frame
# reads ("eres un judío" is a put-down; "eres un mexicano" a statement).
_STEREOTYPED = frozenset(
    {"jew", "jews", "judio", "judia", "judios", "judias", "indio", "india", "indios", "indias",
     "gitano", "gitana", "gitanos", "gitanas", "gypsy", "gypsies", "gipsy"}
)  # fmt: skip

# Disability words with an everyday figurative sense: "don't be blind to it", "no seas ciego".
_FIGURATIVE = frozenset(
    {"blind", "deaf", "ciego", "ciega", "ciegos", "ciegas", "sordo", "sorda", "sordos", "sordas"}
)

# Words that may stand between the frame and the group word.
_FILL = (
    r"(?:(?:such a|such an|such|so|a|an|like a|like an|like|a total|total|a complete|complete|"
    r"a typical|typical|a real|real|a fucking|fucking|a bloody|bloody|a bit of a|little|very|"
    r"un|una|tan|muy|mas|como|como un|como una|el|la|tremendo|tremenda|puto|puta)\s)*"
)
# Imperative put-downs: the hearer is told not to be, or to stop being, the group.
_IMPERATIVE = re.compile(
    r"(?:^|\s)(?:(?:do not|never) (?:be|act|behave)|(?:stop|quit) (?:being|acting|behaving)|"
    r"no (?:seas|sean|seais|te pongas|actues|te comportes)|"
    r"deja de (?:ser|actuar|comportarte)|dejate de ser)\s" + _FILL + r"$"
)
# Exclamations about the hearer or a thing: "qué X eres", "what a X", "that's so X",
# "you're such a X", "menudo X".
_EXCLAIM_ES = re.compile(r"(?:^|\s)(?:que|pero que|vaya|menudo|menuda)(?: tan| mas)? $")
_EXCLAIM_EN = re.compile(
    r"(?:^|\s)(?:(?P<what>what a|what an)|"
    r"(?P<thing>(?:that|this|it) is (?:so|such a|such an|just so|really so))|"
    r"you are (?:so|such a|such an|a total|a typical|a real|being so|being such a)) $"
)
# The hearer's being the group named as the fault a wish or a condition would take away: "si
# no fueras tan X", "si fueras menos X", "if you weren't so X".
_CONDITION = re.compile(
    r"(?:^|\s)(?:(?:si no (?:fueras|fuera|fueran|fueses|fuese|fuesen|fuerais|estuvieras)|"
    r"ojala no (?:fueras|fueran)|if you (?:were not|was not)) (?:tan|muy|so|too|such a|such an)|"
    r"si (?:fueras|fueran|fuerais) (?:un poco )?menos|si (?:dejaras|dejaran) de ser|"
    r"if you (?:were|was) (?:a (?:bit|little) )?less|if you (?:stopped|quit) (?:being|acting))"
    r"\s" + _FILL + "$"
)  # the degree word makes it a fault: "si no fueras judío" may tell of others' prejudice
_YOU_ES = frozenset({"eres", "sos", "es usted", "estas", "te pones", "son", "sois"})
# Weak frames: read only with a put-down nearby ("pareces X") or for a stereotyped word
# ("eres un X").
_LOOKS = re.compile(r"(?:^|\s)(?:pareces|parecen|you look like|you sound like)\s" + _FILL + "$")
# How the hearer talks or behaves likened to a member ("you sound like a X", "hablas como un
# X"): the group's name is the put-down, read for the core groups when it closes the clause.
_SOUNDS = re.compile(
    r"(?:^|\s)(?:you (?:sound|talk|act|are acting|are talking) like|(?:suenas|hablas|actuas|"
    r"te comportas) como)\s" + _FILL + "$"
)
_YOU_ARE_ES = re.compile(r"(?:^|\s)(?:eres|sos)\s(?:un|una|tan|muy)\s" + _FILL + "$")
# A person reduced to the group's name, "nothing but a X": "no eres más que un X", "solo eres
# una X", "you're nothing but a X". A put-down for any core group, and for gender and faith.
_REDUCTIVE = re.compile(
    r"(?:^|\s)(?:(?:tu )?(?:no eres|no sos|nunca seras|nunca vas a ser) (?:mas|nada mas|otra cosa) "
    r"que|(?:solo|solamente|simplemente) (?:eres|sos)|(?:eres|sos) (?:solo|solamente|simplemente)|"
    r"you are (?:just|only|nothing but|nothing more than|no more than|merely)|"
    r"you will (?:always|only) be)\s(?:un|una|a|an)\s" + _FILL + "$"
)
# The reducers that leave the person nothing else ("nothing but a X", "no eres más que un X"):
# with them even a nationality is the put-down; "you're just a X" may only place someone.
_BARE = re.compile(
    r"(?:nothing but|nothing more than|no more than|no (?:eres|sos) (?:mas|nada mas|otra cosa) "
    r"que|nunca (?:seras|vas a ser) (?:mas|nada mas|otra cosa) que)\s"
)
# "Hablar como un cristiano" is to speak plainly, like anyone: no faith is named.
_ANYONE = frozenset({"cristiano", "cristiana"})
_PUT_DOWN_CODES = frozenset("XDWZSYy")
# Admiration or affection in the comment: with it an exclamation alone ("qué gitano eres
# bailando, me encanta") admires. Laughter does not count: it is how the put-downs are told.
_WARMTH = re.compile(
    r"\b(?:me encantas?|te quiero|te amo|te admiro|que orgullo|orgullos[oa]|love you|love it|"
    r"so proud|proud of you|so brave|amazing|gracias|thank you|thanks|god bless|bless you|"
    r"amen|dios te bendiga)\b"
)
# What may follow the group word at a clause's end: a laugh, a hail or "about it" ("you're so
# gay lol", "don't be so gay about it") that the analysis reads as a noun the word describes.
_TAGS = frozenset(
    {"lol", "lmao", "haha", "bro", "dude", "man", "mate", "wey", "guey", "tio", "tia", "loco",
     "about"}
)  # fmt: skip


@rule(RULE_ID, Category.HATE)
def identity_insult(an: Analysis, sub: Submission) -> list[Hit]:
    """A protected group's name in a put-down frame; see the module docstring."""
    hits: list[Hit] = []
    if "G" not in an.codes and "g" not in an.codes:
        return hits
    for k in an.by_class.get("G", ()):
        u = an.units[k]
        if u.code != "G" and not (u.code == "g" and (_tag_follows(an, u) or _you_follow(an, u))):
            continue
        score, first = _score(an, u)
        # quoted, reported or condemned ('Es racista decir "no seas X"'): from the frame's start
        if score and not suppressed(an, first, k, allow_negation=True):
            what = f"group name as a put-down ({u.meta('G')})"
            hits.append(Hit(RULE_ID, score, (an.span(first, k),), what))
    return hits


_BEFORE_UNITS = 24


def _score(an: Analysis, u: Unit) -> tuple[float, int]:
    """The frame's score for group word u (0.0 when it is in no put-down frame) and the unit
    the frame starts at."""
    tier = _tier(u)
    if not tier:
        return 0.0, u.index
    # The frames end at the group word and are a few words long, with one word before them
    # read (`_subordinate`): the last _BEFORE_UNITS words of the sentence are enough, and a
    # sentence of thousands of group words no longer costs a pass over all before each.
    base = max(an.sentence_of(u.index)[0], u.index - _BEFORE_UNITS)
    before = "".join(v.text + " " for v in an.units[base : u.index])  # each word then a space
    kind, offset = _frame(an, before, u)
    if not kind:
        return 0.0, u.index
    nasty = _put_down_near(an, u)
    if tier == "nationality" and not nasty and not (kind == "reductive" and _bare(before, offset)):
        return 0.0, u.index  # "no seas gringo, ven a la fiesta": banter unless a put-down joins
    warm_kinds = ("exclaim", "sounds") if tier in ("gender", "faith") else ("exclaim",)
    if kind in warm_kinds and not nasty and _WARMTH.search(an.norm.text):
        return 0.0, u.index  # "qué gitano eres bailando, me encanta", "... a Christian, amen"
    closes = _closes_phrase(an, u)
    if tier in ("gender", "faith"):
        if kind != "reductive" and (kind not in ("imperative", "sounds") or not closes):
            return 0.0, u.index  # "qué mujer eres", "don't be a Muslim in name only"
        score = _HOLD
    elif (kind == "imperative" and closes) or (kind == "exclaim" and nasty):
        score = _REJECT if tier == "core" else _HOLD
    else:
        score = _HOLD
    return score, base + before.count(" ", 0, offset)


def _frame(an: Analysis, before: str, u: Unit) -> tuple[str, int]:
    """Which put-down frame ends just before the group word, and its offset in `before`."""
    m = _IMPERATIVE.search(before)
    if m and not _modifies_noun(an, u) and not _subordinate(before[: m.start()]):
        return "imperative", _word_start(before, m)
    m = _exclaimed(an, before, u)
    if m:
        return "exclaim", _word_start(before, m)
    m = _CONDITION.search(before)
    if m and not _modifies_noun(an, u):
        return "condition", _word_start(before, m)
    m = _LOOKS.search(before)
    if m and _put_down_near(an, u):
        return "looks", _word_start(before, m)
    m = _SOUNDS.search(before)
    if m and u.text not in _ANYONE and (_put_down_near(an, u) or _closes_phrase(an, u)):
        return "sounds", _word_start(before, m)
    m = _REDUCTIVE.search(before)
    if m and not _modifies_noun(an, u) and not _contrast_follows(an, u):
        return "reductive", _word_start(before, m)
    m = _YOU_ARE_ES.search(before)
    if m and u.text in _STEREOTYPED:
        return "you are", _word_start(before, m)
    return "", 0


# A subject, modal, negation or conjunction just before "stop being", "no seas": not a command
# but a statement or a clause ("I'll never stop being gay", "me da igual que no seas judío").
_NOT_COMMAND = frozenset(
    {"i", "we", "you", "he", "she", "they", "will", "would", "can", "cannot", "could", "should",
     "must", "might", "never", "not", "to", "yo", "nosotros", "nunca", "jamas", "que", "aunque",
     "cuando", "si", "porque", "aun", "ni"}
)  # fmt: skip


def _subordinate(head: str) -> bool:
    words = head.split()
    return bool(words) and words[-1] in _NOT_COMMAND


def _bare(before: str, offset: int) -> bool:
    """The reduction that starts at `offset` of `before` is a bare one (see `_BARE`)."""
    return _BARE.search(before, offset) is not None


def _word_start(before: str, m: re.Match) -> int:
    return m.start() + (before[m.start() : m.start() + 1] == " ")


def _tier(u: Unit) -> str:
    """core, faith, gender or nationality: how the group's name reads as a put-down."""
    if u.text in _FIGURATIVE:
        return ""
    group = u.meta("G")
    if u.text in _STEREOTYPED or group in _CORE:
        return "core"
    if group == "religion":
        return "faith"  # "no seas cristiano solo los domingos": believers exhort each other
    if group in ("gender", "nationality"):
        return group
    return ""


_CLOSERS = frozenset({"and", "y", "or", "o", "about", "con", "of you", "lol", "jaja"})


def _closes_phrase(an: Analysis, u: Unit) -> bool:
    """The group word ends its clause (punctuation, "and", "about it" or the end follow): "no
    seas judío y paga", not "don't be an immigrant here" (a qualifier makes it advice)."""
    nxt = next_in_sentence(an, u)
    if nxt is None or an.norm.text[u.end : nxt.start].strip(" "):
        return True
    return nxt.text in _CLOSERS or nxt.text in _TAGS


def _contrast_follows(an: Analysis, u: Unit) -> bool:
    """ "Solo eres una X, no un superhéroe", "you're just a X like anyone else": the reduction
    comforts, it puts nothing down."""
    nxt = next_in_sentence(an, u)
    return nxt is not None and nxt.text.split()[0] in {"no", "not", "como", "like", "igual"}


def _modifies_noun(an: Analysis, u: Unit) -> bool:
    """The group word only describes a noun after it ("don't be gay people's enemy"): not the
    hearer's name."""
    nxt = next_in_sentence(an, u)
    return nxt is not None and nxt.text in {"people", "person", "persons", "folk"}


def _exclaimed(an: Analysis, before: str, u: Unit) -> re.Match | None:
    """ "qué X eres", "what a X", "that's so X" (a thing, not a person, is the X), "you're
    such a X": an exclamation that makes the group's name a quality."""
    m = _EXCLAIM_ES.search(before)
    if m:
        return m if _you_follow(an, u) else None
    m = _EXCLAIM_EN.search(before)
    if m is None or (m.group("thing") and not _ends_clause(an, u)):
        return None
    if m.group("what") and u.text not in _STEREOTYPED and not _put_down_near(an, u):
        return None  # "what a Muslim woman she is, so brave"
    return m


def _you_follow(an: Analysis, u: Unit) -> bool:
    """ "eres" (or "que eres") after the group word: "qué X eres", "qué X que eres"."""
    nxt = next_in_sentence(an, u)
    if nxt is not None and nxt.text == "que":
        nxt = next_in_sentence(an, nxt)
    return nxt is not None and nxt.text in _YOU_ES


def _tag_follows(an: Analysis, u: Unit) -> bool:
    nxt = next_in_sentence(an, u)
    return nxt is not None and nxt.text in _TAGS


def _ends_clause(an: Analysis, u: Unit) -> bool:
    """Nothing but "of you", a laugh or the sentence's end follows: "that's so gay" and not
    "that's so gay people can marry"."""
    nxt = next_in_sentence(an, u)
    if nxt is None:
        return True
    gap = an.norm.text[u.end : nxt.start]
    return bool(gap.strip(" ")) or nxt.text in {"of you", "of", "and", "but"} or nxt.text in _TAGS


def _put_down_near(an: Analysis, u: Unit) -> bool:
    """A negative word, insult, swear or slur in the sentence or the next one: "qué judío
    eres, tacaño", "don't be so French, you snob"."""
    last_sentence = u.sentence + 1
    for v in an.units:
        if v.sentence < u.sentence or v.index == u.index:
            continue
        if v.sentence > last_sentence:
            break
        if v.code in _PUT_DOWN_CODES or v.has("INS") or v.has("PROF"):
            return True
    return False
