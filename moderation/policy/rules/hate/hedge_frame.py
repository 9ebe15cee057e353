"""Which reporting cues tell someone's speech, and which are only the writer's hedge.

`decide.speech_frame` reads every cue of the frames lexicon's "report" class as a frame that may
put the hate words in someone else's mouth, so the blog model leaves such a comment to the rules.
Some of those cues put words in no one's mouth: the writer's own hedge ("I'm just saying", "no
digo que", "es decir"), a generic subject ("people who", "anyone who", "si alguien"), the
writer's own naming ("I call them ...", "call me old-fashioned"), treating and pretence; and a
bigotry label denied ("I'm not racist", "not racism") among the condemnations.
`told_frame` is the frame without them, which the engine asks only when the blog model is sure
of a comment (`decide.BLOG_SURE_FLAG`): a hedge then shields nothing."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.context.vice_named import vice_laid_on_group
from moderation.policy.rules.hate.defence_frame import defence_frame

_HEDGED = frozenset({"saying", "thinking"})
_HEDGE_BEFORE = frozenset({"just", "not", "i'm", "im", "i am", "am", "i", "only", "solo"})
_GENERIC = frozenset(
    {"people who", "anyone who", "those who", "whoever", "someone who", "if you", "if someone",
     "if anyone", "si alguien", "some people"}
)  # fmt: skip
# Naming is the writer's own, or a figure of speech, at the start of its sentence or after a
# first- or second-person subject ("Call me old-fashioned", "I call it", "you can call it", "we
# called it"); after anyone else ("Trump called them", "Trump used to call them", "los llaman",
# "un proyecto llamado") it tells.
_NAMING = frozenset(
    {"call", "calls", "calling", "called", "called a", "called them", "llamar", "llamando",
     "llaman", "llamas"}
)  # fmt: skip
_NAMER_OWN = frozenset(
    {"i", "we", "you", "yo", "nosotros", "can", "could", "i will", "i would", "i just"}
)  # fmt: skip
# The writer's other asides, treating and pretence.
_ASIDES = frozenset(
    {"to say", "would say", "could say", "decir", "no digo que", "no digo q", "no diria que",
     "no diria q", "thinks", "to think", "pretending", "pretend", "imply", "implying",
     "suggesting", "to suggest", "treat", "treats", "treated like", "treated as", "get treated",
     "considered", "seen as", "viewed", "viewed as", "regarded as", "considerados",
     "consideradas", "vistos como", "vistas como"}
)  # fmt: skip
# The report cues that tell nothing by themselves (`_told` reads the first three further).
_NOT_TOLD = _HEDGED | _GENERIC | _NAMING | _ASIDES
# Stems of saying and believing after a generic subject: "people who say", "si alguien dice".
_SPEECH = ("say", "said", "think", "thought", "believe", "claim", "call", "tell", "told", "argue",
           "insist", "dice", "dicen", "dije", "piens", "cree", "creen", "llam")  # fmt: skip


# A bigotry label denied among the condemnation cues ("I'm not racist, but", "it's not racism,
# it's arithmetic", "sin racismo, solo realidad"): the writer's own disclaimer, not a
# condemnation. A label affirmed ("Racist garbage on my feed today: ...") still condemns.
_BIGOTRY_LABEL = re.compile(
    r"^(?:racis|xenofob|xenophob|antisemit|anti-semit|sexis|bigot|homofob|homophob|islamofob|"
    r"islamophob|transfob|transphob|machis|clasis|misogin|misogyn)"
)
_DENYING = frozenset({"sin", "without", "ni"})


def _label_denied(an: Analysis, k: int) -> bool:
    """The condemnation cue at unit k is a bigotry label right after a negation."""
    units = an.units
    if k == 0 or not _BIGOTRY_LABEL.match(units[k].text):
        return False
    prev = units[k - 1]
    return prev.sentence == units[k].sentence and (prev.code == "N" or prev.text in _DENYING)


def told_frame(an: Analysis) -> bool:
    """A condemnation (not a bigotry label denied), a defence of the group, or a report cue that
    tells speech or belief ("they say", "dicen que", "chanted", "the myth that"): the frame of
    `speech_frame` without the writer's own hedges."""
    if any(
        not vice_laid_on_group(an, k) and not _label_denied(an, k)
        for k in an.by_class.get("condemn", ())
    ):
        return True
    if defence_frame(an):
        return True
    return any(_told(an, k) for k in an.by_class.get("report", ()))


def _told(an: Analysis, k: int) -> bool:
    """The report cue at unit k tells speech or belief: not the writer's hedge ("I'm just
    saying"), unless a generic subject goes on to speak ("people who say", "if you think")."""
    units = an.units
    text = units[k].text
    if text not in _NOT_TOLD:
        return True
    if text in _HEDGED:  # "keeps saying", "imagine thinking" tell; "just saying" hedges
        return k == 0 or units[k - 1].text not in _HEDGE_BEFORE
    if text in _NAMING:
        prev = units[k - 1] if k else None  # "Call me old-fashioned" opens its sentence
        if prev is None or prev.sentence != units[k].sentence:
            return False
        return prev.text not in _NAMER_OWN
    if text in _GENERIC:
        after = units[k + 1 : k + 3]
        return any(u.sentence == units[k].sentence and u.text.startswith(_SPEECH) for u in after)
    return False
