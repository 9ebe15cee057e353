"""A claim held up and called false: denied after a noun frame ("la idea de que ... no es
cierta"), vouched by a double denial, or labelled a trope, myth, lie or bigotry.
"""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.context.condemnation import listed_after
from moderation.policy.rules.context.vouching import FRAME_ARTICLES, TRUE_WORDS
from moderation.policy.rules.context.words import (
    CONTRAST,
    FRAME_REACH,
    NEGATIONS,
    PUNCT,
    quote_closes,
)

# Denials said of a claim held up by a noun frame ("... is not true", "... es mentira"); the
# Spanish "no es cierto/cierta" is its own lexicon class, `deny`, longer than the endorsing
# "es cierto", and counts only here: alone it may close a tag question ("..., ¿no es cierto?").
_CLAIM_DENIALS = frozenset(
    {"not true", "untrue", "false", "is false", "is a lie", "nonsense", "a myth", "is a myth",
     "bullshit", "no es verdad", "es mentira", "falso", "falsa", "un mito"}
)  # fmt: skip


_CLAIM_OPENERS = FRAME_ARTICLES | {"eso", "lo"}


def _claim_frame(an: Analysis, first: int) -> int | None:
    """The unit of the noun frame that holds up the claim at `first` earlier in its sentence
    ("the idea that", "the claim that", "la idea de que", "eso de que"), with no "but"
    between; None when there is none."""
    sentence = an.units[first].sentence
    for k in range(first - 1, max(-1, first - 1 - FRAME_REACH), -1):
        u = an.units[k]
        if u.sentence != sentence or u.text in CONTRAST:
            return None
        words = u.text.split()
        if u.has("report") and words[0] in _CLAIM_OPENERS and words[-1] in ("that", "que"):
            return k
    return None


def claim_denied(an: Analysis, first: int, last: int) -> bool:
    """A claim held up by a noun frame and denied later in the same sentence ("La idea de que
    los X ... no es cierta", "The claim that X ... is a lie", "Eso de que ... es un bulo"):
    counter-speech, even beside agreement elsewhere. "... is true", "... no es mentira" or a
    "but" before the denial leave the claim the writer's own."""
    if _claim_frame(an, first) is None:
        return False
    units = an.units
    sentence = units[last].sentence
    negated = False
    for u in units[last + 1 :]:
        if u.sentence != sentence or u.text in CONTRAST or u.has("endorse"):
            return False
        if u.text in TRUE_WORDS and not negated:
            return False  # "... is true, not a lie": affirmed first
        if u.has("deny") or u.text in _CLAIM_DENIALS or u.text.split()[-1] in _FALSE_LABELS:
            return not negated
        if u.code == "N" or u.text in NEGATIONS:
            negated = True
    return False


def claim_vouched(an: Analysis, first: int) -> bool:
    """The claim at `first` follows a noun frame whose sentence calls it no lie."""
    k = _claim_frame(an, first)
    return k is not None and _denial_denied(an, k)


# Articles between a negation and the label it denies ("is not a lie", "no es un bulo").
_ARTICLES = frozenset({"a", "an", "un", "una"})


def _denial_denied(an: Analysis, k: int) -> bool:
    """A noun frame whose claim the sentence goes on to call no lie ("Eso de que los X ... no
    es mentira", "The claim that X ... is not a lie"): a double denial vouches for it."""
    units = an.units
    sentence = units[k].sentence
    for j in range(k + 1, len(units)):
        u = units[j]
        if u.sentence != sentence or u.text in CONTRAST:
            return False
        if u.text in _CLAIM_DENIALS or u.text.split()[-1] in _FALSE_LABELS:
            i = j - 1
            while i > k and (units[i].code == "C" or units[i].text in _ARTICLES):
                i -= 1
            return i > k and (units[i].code == "N" or units[i].text in NEGATIONS)
    return False


# What a claim is called when the writer names it in order to reject it.
_FALSE_LABELS = frozenset(
    {"trope", "tropes", "myth", "lie", "lies", "canard", "stereotype", "conspiracy theory",
     "conspiracy", "hoax", "smear", "tropo", "mito", "mentira", "mentiras", "estereotipo",
     "bulo", "calumnia", "teoria conspirativa", "conspirativa", "conspiracion",
     "conspiranoia", "conspiranoica", "infundio", "patrana"}
)  # fmt: skip


_LABEL_WINDOW = 6


def labelled_false(an: Analysis, first: int, last: int) -> bool:
    """The sentence goes on to call the matched claim a trope, a myth or a lie ("... is the
    dual loyalty trope", "... y eso es una mentira"): a copula (inside the match or after
    it), then one of those labels after the match, a few words on, in the same clause and
    with no negation between."""
    units = an.units
    last = quote_closes(an, first, last)  # a quoted claim: its label may sit inside the match
    sentence = units[last].sentence
    copula = None
    for k in range(first + 1, min(len(units), last + 1 + _LABEL_WINDOW + 4)):
        u = units[k]
        if u.sentence != sentence:
            return False
        if k > last and (u.text in CONTRAST or u.code == "N" or u.text in NEGATIONS):
            return False
        if u.code == "C":
            copula = k
            continue
        if copula is None or k <= last:
            continue
        if k - copula > _LABEL_WINDOW or PUNCT.search(an.norm.text[units[copula].end : u.start]):
            return False
        if listed_after(an, last, k):
            continue  # "X are all lazy racist pigs": a word of the list, not a label
        if u.text in _FALSE_LABELS or u.text.split()[-1] in _FALSE_LABELS:
            return True
        if _hate_label(an, k):
            return True  # "... running Congress, which is the oldest hate in the book"
    return False


# What the writer calls a claim when naming it as bigotry ("which is racist", "eso es
# racismo", "the oldest hate in the book").
_HATE_LABELS = frozenset(
    {"racist", "racism", "antisemitic", "antisemitism", "anti semitic", "bigotry", "bigoted",
     "xenophobic", "xenophobia", "homophobic", "homophobia", "hate speech", "hate", "racista",
     "racistas", "racismo", "antisemita", "antisemitismo", "xenofobo", "xenofoba", "xenofobia",
     "homofobo", "homofoba", "homofobia", "discurso de odio", "odio"}
)  # fmt: skip


_LABEL_SUBJECTS = frozenset({"i", "we", "you", "they", "yo", "me", "te", "los", "les", "them"})


def _hate_label(an: Analysis, k: int) -> bool:
    """A bigotry label as a noun or adjective said of the claim, not a verb with a subject of
    its own ("which is why I hate them" is no label)."""
    u = an.units[k]
    if u.text not in _HATE_LABELS:
        return False
    prev = an.units[k - 1]
    return prev.code not in ("I", "U", "G") and prev.text not in _LABEL_SUBJECTS


# Demonstratives that take up the sentence before as a subject ("That is a lie.", "Eso es
# falso y racista.", "That word is a smear.").
_TAKE_UP = frozenset({"that", "this", "eso", "esto", "ese", "esa", "este", "esta", "it"})


_FALSE_WORDS = frozenset({"false", "untrue", "wrong", "falso", "falsa", "mentira"})


# What a quoted claim is called in the next sentence when the writer dismisses it as junk
# ("Es la misma basura de siempre."): only for a claim held up in quotes.
_JUNK_LABELS = frozenset(
    {"garbage", "rubbish", "nonsense", "crap", "bullshit", "drivel", "basura", "tonteria",
     "tonterias", "estupidez", "estupideces", "porqueria", "disparate", "disparates"}
)  # fmt: skip


def _group_in(run: list[Unit]) -> bool:
    """A group named in the words ("es la misma basura que los X"): junk said of them."""
    return any(x.code in ("G", "t", "g") for x in run)


def labelled_next(an: Analysis, last: int, quoted: bool = False) -> bool:
    """The sentence after the claim takes it up with a demonstrative (and at most one noun:
    "that word", "ese comentario") and calls it false, a myth or bigotry ("Alguien publicó que
    'X'. Le respondimos que eso es falso y racista."), with no negation or "but" between.
    After a claim in quotes, a Spanish copula with no subject ("Es la misma basura de
    siempre.") takes it up too, and junk words count as labels."""
    units = an.units
    s = units[last].sentence + 1
    run = [u for u in units[last + 1 : last + 40] if u.sentence == s]
    if quoted and an.lang == "es" and run and run[0].code == "C":
        run = [run[0]._replace(text="eso"), *run]  # the dropped subject is the claim
    for j, u in enumerate(run[:8]):
        if u.text not in _TAKE_UP or (j and run[j - 1].text in ("if", "si")):
            continue  # "If that's racist, then I'm a racist": a condition, not a verdict
        rest = run[j + 1 :]
        if rest and rest[0].code == "w" and rest[0].entry is None and len(rest) > 1:
            rest = rest[1:]  # "that word", "ese comentario"
        if not rest or rest[0].code != "C":
            continue
        for x in rest[1:7]:
            if x.code == "N" or x.text in NEGATIONS or x.text in CONTRAST:
                return False
            if (
                x.text in _FALSE_LABELS
                or x.text in _FALSE_WORDS
                or x.text.split()[-1] in _FALSE_LABELS
                or _hate_label(an, x.index)
                or (quoted and x.text in _JUNK_LABELS and not _group_in(rest))
            ):
                return True
        return False
    return False
