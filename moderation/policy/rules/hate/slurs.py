"""`hate.slur`: a slur aimed at a person or group. Whether it is aimed, another word or worn by
its own group is read beside it (`slur_calling`, `slur_homonyms`, `slur_in_group`)."""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import counter_speech
from moderation.policy.rules.context.names_called import titled_name
from moderation.policy.rules.hate.slur_calling import (
    WORD_WORDS,
    _aimed,
    _masked,
    accented_other_word,
    names_refused,
    reported_name,
)
from moderation.policy.rules.hate.slur_homonyms import (
    homonym,
    noun_use,
    proper_name,
    respelt_name,
)
from moderation.policy.rules.hate.slur_in_group import (
    hostile_sentence,
    in_group,
    self_named_slur,
)
from moderation.policy.rules.hate.words import (
    HOLD,
)
from moderation.policy.types import Category, Submission

# Slurs that Colombian and Caribbean Spanish also use as a hail between friends ("Marica, qué
# susto el temblor", "Parce, marica, ¿viste el partido?", "Qué golazo, marica").
_HAILS = frozenset({"marica"})
_SECOND_ES = frozenset({"eres", "sos", "es", "das", "usted"})
# Telling someone off: with these the slur is said to a person, no hail ("Marica, lárgate").
_SENT_OFF_ES = frozenset(
    {"largate", "larguese", "callate", "callese", "calla", "calle", "vete", "vayase", "salte",
     "salgase", "quitate", "quitese", "pierdete", "esfumate", "muerete", "desaparece",
     "andate", "tomatelas", "fuera", "largo", "chupala", "chupamela", "callado", "callada"}
)  # fmt: skip
# What may come before the hail in its sentence: laughter, an interjection, another friendly
# vocative ("Jajaja marica", "Ay marica", "Parce, marica", "Qué más, marica").
_HAIL_OPENERS = frozenset(
    {"ay", "uy", "uf", "ufff", "oye", "oiga", "mire", "mira", "parce", "parcero", "parcera",
     "mano", "hermano", "hermana", "llave", "pues", "bueno", "que mas", "que", "mas", "hola",
     "ole", "ve", "jaja", "jajaja", "jajajaja", "jeje", "jsjs", "uyy", "ayy", "no", "si"}
)  # fmt: skip


def _hail(an: Analysis, u: Unit) -> bool:
    """The hail is a vocative set off by a comma: it opens its sentence (after at most laughter,
    an interjection or another friendly word) or closes it, and the comment holds no other
    slur, insult, swear word, hatred, violence or group, and no "eres"/"sos" that could say it
    of someone ("Marica, qué asco me das", "Marica, eres un asco" and "No seas marica" are
    still read)."""
    if u.text not in _HAILS or len(an.units) < 3:
        return False
    same = an.sentence_run(u.index)
    text = an.norm.text
    pos = u.index - same[0].index
    after = same[pos + 1] if pos + 1 < len(same) else None
    before = same[pos - 1] if pos > 0 else None
    if before is not None and not all(x.text in _HAIL_OPENERS or x.text.startswith("jaj")
                                      for x in same[:pos]):  # fmt: skip
        if after is not None or "," not in text[before.end : u.start]:
            return False  # neither opening nor closing its sentence: "ese marica no debería"
    elif after is not None and not any(c in text[u.end : after.start] for c in ",!?¿¡"):
        return False  # "marica de mierda", "marica el que lo lea"
    if before is None and after is None:
        return False
    return not any(
        x.text in _SECOND_ES
        or x.text in _SENT_OFF_ES
        or x.code in ("U", "S", "D", "G", "g", "H", "V", "K", "W", "Z", "Y")
        or x.has("INS")
        or x.has("PROF")
        for x in an.units
        if x.index != u.index
    )


@rule("hate.slur", Category.HATE)
def slur(an: Analysis, sub: Submission) -> list[Hit]:
    """A slur for a protected group, unless reclaimed, a homonym, or quoted to condemn it."""
    hits: list[Hit] = []
    if "S" not in an.codes:
        return hits  # no slur in the comment
    allowed = {t.lower() for t in sub.config.extra_allowed_terms}
    words = {u.text for u in an.units}
    for u in an.units:
        if u.code != "S":
            continue
        group, severity, flags = ([*u.meta("S").split("|"), "", "", ""])[:3]
        if u.text in allowed:
            continue
        if "homonym" in flags and homonym(an, u, words):
            continue
        # "call him a X", "called you a X", "porque lo es" override the exceptions below; it
        # is read only when one of them applies (most slurs meet none), at most once
        aimed: list[bool] = []
        if "reclaimable" in flags and in_group(an, u) and not _aimed(an, u, aimed):
            continue
        if self_named_slur(an, u):
            continue  # "we beaners built this town", "nosotros los sudacas": the writer's own
        if "soft" in flags and not hostile_sentence(an, u) and not _masked(an, sub.text, u):
            continue  # mostly in-group usage; only hostile contexts count (or a masked
            # spelling: "n1gg@s" hides the word, which in-group use does not)
        if "noun" in flags and not noun_use(an, u):
            continue
        if swear_intensifies(an, u):
            continue  # "un puto genio", "qué puto asco": the swear word, not the slur
        if (
            _mention(an, u)
            or counter_speech(an, u.index, u.index)
            or (an.lang == "es" and _quoted_word(an, sub.text, u))
        ) and not _aimed(an, u, aimed):
            continue
        if reported_name(an, u) and not _aimed(an, u, aimed):
            continue  # "they called my uncle a X", "le decían X": what was said to someone
        if names_refused(an, u):
            continue  # "Ni X ni Y: personas", "not X, not Y: people": the names rejected
        if proper_name(an, sub.text, u) or ("name" in flags and titled_name(an, sub.text, u)):
            continue  # "Dora Pike", "Matamoros", "mi primo Kike": a capitalised name
        if an.lang == "es" and _hail(an, u):
            continue  # "Marica, qué susto el temblor": the Colombian hail between friends
        if respelt_name(an, sub.text, u):
            continue  # "HEB", "the Kikes' ranch": a name or acronym one letter off a slur
        if an.lang == "es" and accented_other_word(an, sub.text, u):
            continue  # "tortillería", "controló": a Spanish word spelt with its accent
        score = 0.92 if severity == "reject" else HOLD
        hits.append(Hit("hate.slur", score, (an.span(u.index, u.index),), f"slur ({group})"))
    return hits


# Slurs that are also the commonest swear intensifier: read as the slur only where nothing
# they could qualify follows them.
SWEAR_SLURS = frozenset({"puto", "putos"})
_NOT_QUALIFIED = frozenset("CWHVMKFBNZQ")


def swear_intensifies(an: Analysis, u: Unit) -> bool:
    """A slur that is also the swear intensifier stands before a noun or adjective it
    qualifies, with no pause between ("putos políticos"): the swear word, no group named."""
    if u.text not in SWEAR_SLURS:
        return False
    k = u.index + 1
    if k >= len(an.units) or an.units[k].sentence != u.sentence:
        return False
    nxt = an.units[k]
    if an.norm.text[u.end : nxt.start].strip():
        return False  # "Eres un puto, ...": a pause ends the phrase
    return nxt.code not in _NOT_QUALIFIED and nxt.text not in ("de", "que", "y", "o", "como")


def _mention(an: Analysis, u: Unit) -> bool:
    """Talking about the word itself: 'the word X', 'X is a slur', 'la palabra X'."""
    for k in range(max(0, u.index - 2), min(len(an.units), u.index + 5)):
        unit = an.units[k]
        if k != u.index and unit.sentence == u.sentence and unit.text in WORD_WORDS:
            return True
    return False


_QUOTES = "\"'«»“”‘’"


def _quoted_word(an: Analysis, text: str, u: Unit) -> bool:
    """The word alone between quotes ('"naco" y "buchón" se volvieron estética'): the word is
    talked about, not called at anyone (`_aimed` still reads "le dijo 'X'" as aimed)."""
    start, end = an.span(u.index, u.index)
    if not (text[start - 1 : start] in tuple(_QUOTES) and text[end : end + 1] in tuple(_QUOTES)):
        return False
    # scare quotes on a word said to the reader ('Eres un "X"') still call them it
    return not any(x.code == "U" or x.text in _CALLED_ES for x in an.sentence_run(u.index))


_CALLED_ES = frozenset({"eres", "sos", "sois", "usted", "ustedes"})
