"""The statement an English question presumes (`hate_reread`): "Why do X always lie?" as
"X always lie.", "Can X even think?" as "X can not think."; a question about a barrier put
before a group, or about how others treat it, presumes nothing of the group."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit

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
# Auxiliaries whose negated "why" question argues for the positive: "Why shouldn't X be
# allowed to adopt?" means they should be; "Why shouldn't X be deported?" means they should be;
# "Why wouldn't X be good neighbours?" means they would be.
_ROOTED_FOR = frozenset({"should", "must", "would", "could"})
# Words that may stand before the group in its phrase ("all the X", "so many X").
_DETERMINERS = frozenset(
    {"all", "the", "these", "those", "most", "many", "so", "some", "all the", "all these",
     "all those", "so many", "most of the"}
)  # fmt: skip
# A denial that answers the question in the next sentence ("Why do X steal? They don't.").
ANSWERED_NO = re.compile(
    r"^\s*(?:(?:well|but|of course|obviously|spoiler|answer|hint)\W+)*(?:they (?:do not|don'?t|"
    r"are not|aren'?t|can|do|are|don't|did not|didn'?t|never did)|no(?:pe)?\b|not at all|"
    r"it'?s a myth|they'?re not|that'?s a (?:myth|lie|stereotype)|they do\b|wrong)",
    re.IGNORECASE,
)


# "When will people admit that X are ...?" presumes what it asks them to admit; "When will we
# finally ...?" presumes the writer's plan ("We will finally ..."). Either is only read again:
# "When will we help refugees?" says nothing the rules flag.
_ADMIT = re.compile(
    r"^(?:(?:so|but|and|honestly|seriously)\W+)*(?:when (?:will|are|do|is)|why (?:won'?t|don'?t|"
    r"can'?t|will not|do not|can not|cannot)) (?:people|we|you|folks|everyone|everybody|they|"
    r"the media|the left|liberals|the country|society|this town) (?:finally |ever |just )?"
    r"(?:going to |gonna )?(?:admit|accept|see|realize|realise|understand|face the fact|"
    r"wake up to the fact|say out loud) that (?P<rest>[^?]+?)\W*$",
    re.IGNORECASE,
)
_ADMIT_VERB = re.compile(r"(?:admit|accept|see|realize|realise|understand)\b", re.IGNORECASE)
_WHEN_WE = re.compile(
    r"^(?:(?:so|but|and|honestly|seriously)\W+)*when (?:will|are|do|can) we (?:finally |ever |"
    r"all )?(?:going to |gonna )?(?P<rest>[^?]+?)\W*$",
    re.IGNORECASE,
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


# "Are X really that dumb?", "Are X all so lazy?": a question of how far a fault goes takes
# the fault as given; a word of doubt may stand before the degree word.
_BE = frozenset({"are", "is", "were", "was"})
_DOUBT = frozenset({"really", "truly", "all", "actually", "honestly", "seriously", "even"})
_DEGREE = frozenset({"that", "this", "so"})


def _degree_asked(run: tuple[Unit, ...], aux: int) -> tuple[int, int] | None:
    """(where the group phrase after the copula at `aux` ends, where its degree word is) for
    "are X [really] that|so <fault>", or None."""
    if run[aux].text not in _BE:
        return None
    end = _group_phrase(run, aux + 1)
    if end is None:
        return None
    k = end
    while k < len(run) and run[k].text in _DOUBT:
        k += 1
    if k + 1 < len(run) and run[k].text in _DEGREE and run[k + 1].code in ("X", "D"):
        return end, k
    return None


def presumed(an: Analysis, run: tuple[Unit, ...]) -> str | None:
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

    whole = text(0, len(run) - 1)
    m = _ADMIT.match(whole)
    if m:
        return m["rest"]
    m = _WHEN_WE.match(whole)
    if m and not _ADMIT_VERB.match(m["rest"]):
        return f"We will {m['rest']}"
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
        group_end = end
        if end is not None and not negated and end < len(run) and run[end].text == "not":
            negated, end = True, end + 1  # "Why should X not be ...": as "Why shouldn't X be"
        tail = rest(end) if end is not None else None
        if tail is None:
            return None
        after = run[end].text.split()[0] if end < len(run) else ""
        if after in _TREATED or (negated and after not in _SAID_OF_NATURE):
            return None  # "Why aren't X allowed to serve?", "Why can't X lead?": a barrier
        verb = first_aux if first_aux not in _DO else ""
        if negated and first_aux in _ROOTED_FOR:
            verb = first_aux  # "Why shouldn't X be allowed to adopt?" argues they should be
        elif negated:
            verb = _NEGATED.get(first_aux, f"{first_aux} not")
        return " ".join(p for p in (text(g, group_end - 1), verb, tail) if p)
    aux = run[words[at][1]]
    degree = _degree_asked(run, words[at][1])
    if degree is not None:  # "Are X really that dumb?" presumes "X are really that dumb"
        end, k = degree
        return f"{text(words[at][1] + 1, end - 1)} {aux.text} {text(k, len(run) - 1)}"
    # a yes/no question that expects "no": "Can X even think?", "Do X ever work?"
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
