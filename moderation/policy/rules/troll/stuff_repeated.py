"""Stuff said, not someone called it: "Try it before you repeat that garbage", "deja de
repetir esa basura". A noun of worthless stuff after a demonstrative that is the object of a
verb of saying, spreading or believing names a claim, whoever is told off for it."""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit

_STUFF = frozenset({"garbage", "trash", "crap", "nonsense", "rubbish", "drivel", "basura",
                    "porqueria", "porquerias", "estupidez", "estupideces"})  # fmt: skip
_POINTING = frozenset({"that", "this", "such", "esa", "esta", "esas", "estas", "tanta"})
_SAYING = frozenset(
    {"repeat", "repeating", "repeats", "repeated", "say", "saying", "said", "spread", "spreading",
     "post", "posting", "posted", "believe", "believing", "share", "sharing", "shared", "push",
     "pushing", "read", "write", "writing", "wrote", "swallow", "buy", "parrot", "parroting",
     "peddle", "peddling", "repetir", "repites", "repiten", "repitiendo", "decir", "dices",
     "dicen", "diciendo", "creer", "crees", "creen", "publicar", "publicas", "compartir",
     "compartes", "escribir", "escribes", "escribiste", "difundir", "difundes"}
)  # fmt: skip


# What may follow the stuff in its clause: the noun ends there ("repeat that garbage again",
# "... that garbage you post"), where "that trash mayor" goes on to a person.
_CLOSING = frozenset({"you", "again", "here", "on", "in", "about", "from", "anymore", "and",
                      "or", "around", "online", "everywhere", "otra", "aqui", "y", "o", "sobre",
                      "por"})  # fmt: skip


def stuff_repeated(an: Analysis, u: Unit) -> bool:
    """The insult at u is a noun of stuff (`_STUFF`) after "that/this/esa" and a verb of
    saying or believing (`_SAYING`) right before that, in the same sentence."""
    if u.text not in _STUFF or u.index < 2:
        return False
    det, verb = an.units[u.index - 1], an.units[u.index - 2]
    nxt = an.units[u.index + 1] if u.index + 1 < len(an.units) else None
    return (
        det.sentence == verb.sentence == u.sentence
        and det.text in _POINTING
        and verb.text.split()[-1] in _SAYING
        and (
            nxt is None
            or nxt.sentence != u.sentence
            or nxt.text in _CLOSING
            or "," in an.norm.text[u.end : nxt.start]
        )
    )
