"""`hate.reread` (clause `hate`): English hate that the other hate rules miss only because of
how it is worded, found by reading the comment again in plain words and asking them.

Three re-readings, each of one sentence, with the rest of the comment kept as written (so a
group named before, a denial or counter-speech around it, still count):

- profanity used as an intensifier is dropped: "X need to get the fuck out", "who the hell
  wants X around?" read as "X need to get out", "who wants X around?";
- a question is read as the statement it presumes: "Why do X lie so much?" as "X lie so
  much.", "Why can't X be normal?" as "X can not be normal.", and a yes/no question that
  expects "no" ("Can X even think?", "Do X ever work?") as "X can not think.", "X never
  work."; a question the writer answers with a denial ("They don't.") is left as asked;
- "don't have" and "lack" read as "have no", "have no idea how to" as "do not know how to",
  the words the lexicon's predicates use ("X don't have souls" as "X have no souls");
- a challenge to find a member without a fault read as the claim that all have it ("I've yet
  to meet an X who isn't a liar" as "Every X is a liar.");
- a group picked up again by "every single one", "the lot of them" at the end of a clause is
  read as "them", which the analysis resolves to the group ("I know many X and I hate every
  single one").

A hit of another hate rule inside the re-read sentence holds the comment (never rejects: the
re-reading is ours, a moderator reads it).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from moderation.policy.analysis import Analysis, Unit, analyse
from moderation.policy.rules import Hit, Rule, all_rules, rule
from moderation.policy.types import Category, Submission

_ID = "hate.reread"
_HOLD = 0.75
_MIN_SCORE = 0.5  # what the rules' hits must reach to hold on their own
_SKIPPED_RULES = frozenset({_ID})

# Profanity as an intensifier: dropping it leaves the sentence whole ("get the fuck out",
# "so fucking lazy", "who the hell wants"). Not "fuck X" or "X are shit": there the swear word
# is the insult, and the other rules read it.
_INFIX = re.compile(
    r"\b(?:(?:the )?(?:fucking|fuckin|fuckn|freaking|frickin|friggin|effing|motherfucking|"
    r"goddamn|goddamned|god damn|damn|damned|bloody)|the (?:fuck|hell|heck|f\*+ck|f\*+))"
    r"\b(?:'|\*)*\s+(?=[a-z])",
    re.IGNORECASE,
)

# "X don't have souls", "X lack any decency": the lexicon's predicates say "have no souls".
_NOT_HAVE = re.compile(
    r"\b(?:(?:do|does|did)(?: not|n'?t)|never) (?:even |really )?(?P<v>have|has|had) "
    r"(?:any |a single |a |an )?|\b(?P<lack>lack|lacks|lacked) (?:any |a |an )?",
    re.IGNORECASE,
)


# "X have no idea how to behave": the lexicon's predicates say "do not know how to".
_NO_IDEA = re.compile(r"\b(?:have|has) (?:no|zero) (?:idea|clue) how to\b", re.IGNORECASE)


def _have_no(m: re.Match) -> str:
    verb = (
        m.group("v") or {"lack": "have", "lacks": "has", "lacked": "had"}[m.group("lack").lower()]
    )
    return f"{'have' if verb == 'have' else verb} no "


# Words that may open the question before its "why" ("So why are ...", "Honestly, why ...").
_OPENERS = frozenset(
    {"so", "but", "and", "then", "honestly", "seriously", "ok", "okay", "well", "really",
     "like", "just", "yeah", "lol", "srsly", "genuinely", "sincerely", "tell me", "now"}
)  # fmt: skip
# "why" and the phrases that ask the same and keep the statement's word order after them.
_WHY = ("why",)
_WHY_STATEMENT = (
    ("how", "come"), ("why", "is", "it", "that"), ("how", "is", "it", "that"),
    ("why", "is", "it"), ("why", "do", "you", "think"), ("why", "would", "you", "say"),
)  # fmt: skip
_DO = frozenset({"do", "does", "did"})
_AUX = frozenset(
    {"are", "is", "were", "was", "can", "could", "will", "would", "should", "must", "have",
     "has", "had", "do", "does", "did"}
)  # fmt: skip
# The negated form of a yes/no question's auxiliary: "Can X even ...?" presumes "X can not".
_NEGATED = {
    "can": "can not", "could": "could not", "do": "do not", "does": "does not",
    "did": "did not", "are": "are not", "is": "is not", "will": "will not",
    "would": "would not", "have": "have not", "has": "has not",
}  # fmt: skip
# The words that make a yes/no question expect "no": "even", "ever", "at all".
_EXPECTS_NO = frozenset({"even", "ever"})
# Predicates after which a yes/no question asks about others' treatment of the group, not its
# nature ("Are X even allowed to vote there?", "Do X ever get a fair hearing?").
_TREATED = frozenset(
    {"allowed", "permitted", "let", "given", "paid", "treated", "welcome", "welcomed",
     "protected", "included", "invited", "hired", "heard", "asked", "consulted", "get", "gets",
     "got", "receive", "represented", "counted", "safe", "considered", "respected", "able"}
)  # fmt: skip
# What a negated "why" question must go on with to ask about a group's nature ("Why can't X
# ever be normal?", "Why don't X just behave?") rather than about a barrier put before it ("Why
# can't X lead?", "Why don't X vote more?").
_SAID_OF_NATURE = frozenset({"be", "ever", "just", "even", "simply", "stop", "learn", "behave"})
# Words that may stand before the group in its phrase ("all the X", "so many X").
_DETERMINERS = frozenset(
    {"all", "the", "these", "those", "most", "many", "so", "some", "all the", "all these",
     "all those", "so many", "most of the"}
)  # fmt: skip
# A denial that answers the question in the next sentence ("Why do X steal? They don't.").
_ANSWERED_NO = re.compile(
    r"^\s*(?:(?:well|but|of course|obviously|spoiler|answer|hint)\W+)*(?:they (?:do not|don'?t|"
    r"are not|aren'?t|can|do|are|don't|did not|didn'?t|never did)|no(?:pe)?\b|not at all|"
    r"it'?s a myth|they'?re not|that'?s a (?:myth|lie|stereotype)|they do\b|wrong)",
    re.IGNORECASE,
)
# A clause-final phrase that picks up a group named before it: read as "them".
_PICKED_UP = re.compile(
    r"\b(?:every (?:single |last )?one|each (?:and every )?one|the (?:whole )?lot|all)"
    r"(?: of (?:them|em|'em))?(?=\s*(?:[.!?;,]|$|\s(?:and|but|because)\b))",
    re.IGNORECASE,
)


# A challenge to find a member without the fault is a claim that every member has it: "I've yet
# to meet an X who isn't a liar" says "Every X is a liar."; "Name one X who contributed
# anything", "An X has never contributed anything."; "There's not a single X I'd trust", "I
# would never trust an X."
_CHALLENGE = (
    r"^(?:\W*(?:honestly|seriously|frankly|sorry|look|and|but)\W+)*(?:i(?:'ve| have)? (?:yet to "
    r"(?:meet|see|find)|never (?:once )?(?:met|seen|known|found))|show me|name (?:me )?(?:just )?"
    r"one|find me|point (?:me )?to|you(?:'ll| will) never (?:meet|find)|you won'?t (?:meet|find)|"
    r"there (?:is|'s) no such thing as) (?:(?:a|an|one|any|a single) )?(?P<noun>[^,.;:!?]{1,30}?) "
    r"(?:who|that) "
)
_WITHOUT = re.compile(
    _CHALLENGE + r"(?:is not|isn'?t|wasn'?t|was not|ain'?t) (?P<x>[^,.;:!?]+)", re.IGNORECASE
)
_NOTHING_DONE = re.compile(
    _CHALLENGE + r"(?:has |have |had |ever |actually |really )*(?P<v>contributed|done|did|built|"
    r"achieved|invented|created|made|given|gave) (?P<x>anything|something)(?P<rest>[^,.;:!?]*)",
    re.IGNORECASE,
)
_NONE_TRUSTED = re.compile(
    r"\bthere(?: is|'s|s)(?: not| no)? (?:not )?(?:a single|one) (?P<noun>[^,.;:!?]{1,30}?) "
    r"(?:i'?d|i would|i could|i can|you can|you could|anyone should|we should) (?:ever )?"
    r"(?P<v>trust|respect|like|hire|believe|rely on|love|stand)\b",
    re.IGNORECASE,
)
_PARTICIPLE = {"did": "done", "gave": "given"}
# "Name one X who contributed anything and I'll name you ten": a challenge the writer answers.
_ANSWERED = re.compile(r"\b(?:and|but|i'?ll|i will|i can|we can|you'?ll)\b", re.IGNORECASE)


def _an(noun: str) -> str:
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


def _challenged(said: str) -> tuple[str, tuple[int, int]] | None:
    """The claim a challenge to find a member makes, and where the member's noun is in
    `said`."""
    m = _WITHOUT.search(said)
    if m:
        return f"Every {m['noun']} is {m['x']}.", m.span("noun")
    m = _NOTHING_DONE.search(said)
    if m and not _ANSWERED.search(m["rest"]):
        verb = _PARTICIPLE.get(m["v"].lower(), m["v"])
        return f"{_an(m['noun'])} has never {verb} anything{m['rest']}.", m.span("noun")
    m = _NONE_TRUSTED.search(said)
    if m:
        return f"I would never {m['v']} {_an(m['noun'])}.", m.span("noun")
    return None


def _hate_rules() -> tuple[Rule, ...]:
    return tuple(
        r for r in all_rules() if r.category == Category.HATE and r.id not in _SKIPPED_RULES
    )


def _words(run: tuple[Unit, ...]) -> list[tuple[str, int]]:
    """The sentence's words, each with the position of its unit in `run`."""
    return [(w, i) for i, u in enumerate(run) for w in u.text.split()]


def _starts(words: list[tuple[str, int]], at: int, phrase: tuple[str, ...]) -> bool:
    return tuple(w for w, _ in words[at : at + len(phrase)]) == phrase


def _group_phrase(run: tuple[Unit, ...], i: int) -> int | None:
    """Where the group phrase opening at unit `i` ends (exclusive), if it names a group:
    determiners, then group words ("all the gay people", "these Muslims", "they" resolved)."""
    while i < len(run) and (run[i].text in _DETERMINERS or run[i].code == "A"):
        i += 1
    if i >= len(run) or run[i].code != "G" or run[i].quoted:
        return None
    while i < len(run) and run[i].code in ("G", "g"):
        i += 1
    return i


def _presumed(an: Analysis, run: tuple[Unit, ...]) -> str | None:
    """The statement a question presumes, in the original text's words, or None."""
    original = an.norm.original
    words = _words(run)
    at = 0
    while at < len(words) and words[at][0] in _OPENERS:
        at += 1
    if at >= len(words):
        return None

    def text(first: int, last: int) -> str:
        start, end = an.span(run[first].index, run[last].index)
        return original[start:end]

    def rest(after: int) -> str | None:
        if after >= len(run):
            return None
        return text(after, len(run) - 1)

    for phrase in _WHY_STATEMENT:
        if _starts(words, at, phrase):
            unit = words[at + len(phrase)][1] if at + len(phrase) < len(words) else len(run)
            end = _group_phrase(run, unit)
            if end is None:
                return None
            tail = rest(end)
            return f"{text(unit, end - 1)} {tail}" if tail else None
    if _starts(words, at, _WHY) and at + 1 < len(words):
        aux_unit = words[at + 1][1]
        aux = run[aux_unit]
        first_aux = aux.text.split()[0]
        if first_aux not in _AUX:
            return None
        negated = aux.code == "N" or (aux_unit + 1 < len(run) and run[aux_unit + 1].code == "N")
        g = aux_unit + 1 + (1 if aux.code != "N" and negated else 0)
        end = _group_phrase(run, g)
        tail = rest(end) if end is not None else None
        if tail is None:
            return None
        after = run[end].text.split()[0] if end < len(run) else ""
        if after in _TREATED or (negated and after not in _SAID_OF_NATURE):
            return None  # "Why aren't X allowed to serve?", "Why can't X lead?": a barrier
        verb = first_aux if first_aux not in _DO else ""
        if negated:
            verb = _NEGATED.get(first_aux, f"{first_aux} not")
        return " ".join(p for p in (text(g, end - 1), verb, tail) if p)
    # a yes/no question that expects "no": "Can X even think?", "Do X ever work?"
    aux = run[words[at][1]]
    if aux.text not in _NEGATED:
        return None
    end = _group_phrase(run, words[at][1] + 1)
    if end is None or end >= len(run):
        return None
    after = [u.text for u in run[end:]]
    at_all = after[-2:] == ["at", "all"] or (after and after[-1] == "at all")
    if not (after[0] in _EXPECTS_NO or at_all):
        return None
    skip = end + 1 if after[0] in _EXPECTS_NO else end
    if skip >= len(run) or run[skip].text in _TREATED:
        return None
    if at_all and len(after) <= 2:
        return None
    last = len(run) - (1 if after[-1] == "at all" else 2 if at_all else 0) - 1
    if last < skip:
        return None
    verb = f"{aux.text} never" if after[0] == "ever" else _NEGATED[aux.text]
    if aux.text in _DO and after[0] == "ever":
        verb = "never"
    return f"{text(words[at][1] + 1, end - 1)} {verb} {text(skip, last)}"


def _sentence_span(an: Analysis, run: tuple[Unit, ...]) -> tuple[int, int]:
    """The original-text span of the sentence, through its closing mark(s)."""
    start, end = an.span(run[0].index, run[-1].index)
    original = an.norm.original
    while end < len(original) and original[end] in "?!.":
        end += 1
    return start, end


def _rereadings(an: Analysis) -> Iterator[tuple[str, int, int, tuple[int, int], bool]]:
    """(the comment re-read, where the re-read sentence starts and ends in it, the span of
    the sentence in the comment as written, whether `hate.broad` may answer for it), one
    sentence at a time. `hate.broad` reads any "have no" + good word as a denial ("have no
    equal pay"), so it does not answer for a "don't have" re-read."""
    original = an.norm.original
    for s, (base, codes) in enumerate(an.sentences):
        if "G" not in codes and "g" not in codes:
            continue
        run = an.units[base : base + len(codes)]
        start, end = _sentence_span(an, run)
        said = original[start:end]
        challenge = _challenged(said)
        if challenge is not None:
            claim, (a, b) = challenge
            if any(
                u.code in ("G", "g")
                and u.has("G")
                and a <= an.span(u.index, u.index)[0] - start < b
                for u in run
            ):
                claim = claim[0].upper() + claim[1:]
                yield (
                    original[:start] + claim + original[end:],
                    start,
                    start + len(claim),
                    (start, end),
                    True,
                )
        if "G" not in codes:
            continue
        picked = _PICKED_UP.search(said)
        if picked and any(
            u.code == "G" and an.span(u.index, u.index)[1] <= start + picked.start()
            for u in an.units[: base + len(codes)]
        ):
            plain = _PICKED_UP.sub("them", said)
            yield (
                original[:start] + plain + original[end:],
                start,
                start + len(plain),
                (start, end),
                True,
            )
        if _NOT_HAVE.search(said) or _NO_IDEA.search(said):
            plain = _NO_IDEA.sub("do not know how to", _NOT_HAVE.sub(_have_no, said))
            yield (
                original[:start] + plain + original[end:],
                start,
                start + len(plain),
                (start, end),
                False,
            )
        if _INFIX.search(said):
            plain = _INFIX.sub("", said)
            yield (
                original[:start] + plain + original[end:],
                start,
                start + len(plain),
                (start, end),
                True,
            )
        if not an.sentence_ends[s] or any(u.quoted for u in run):
            continue
        if _ANSWERED_NO.match(original[end:]):
            continue  # "Why do X steal? They don't.": asked to be answered
        statement = _presumed(an, run)
        if statement:
            statement = _INFIX.sub("", statement).rstrip(" ?!.") + "."
            yield (
                original[:start] + statement + original[end:],
                start,
                start + len(statement),
                (start, end),
                True,
            )


@rule(_ID, Category.HATE)
def reread(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold a sentence that the other hate rules flag once re-read in plain words."""
    if an.lang != "en" or ("G" not in an.codes and "g" not in an.codes):
        return []
    for text, start, end, span, broad in _rereadings(an):
        again = analyse(text, "en")
        asked = dataclasses.replace(sub, text=text, lang="en")
        for r in _hate_rules():
            for hit in r.fn(again, asked):
                if hit.rule in _SKIPPED_RULES or hit.score < _MIN_SCORE:
                    continue
                if hit.rule == "hate.broad" and not broad:
                    continue
                if not any(start <= a < end or start < b <= end for a, b in hit.evidence):
                    continue
                return [
                    Hit(_ID, _HOLD, (span,), f"read as {text[start:end]!r}: {hit.explanation}",
                        cap_hold=True)
                ]  # fmt: skip
    return []
