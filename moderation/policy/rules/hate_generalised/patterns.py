"""The compiled patterns `finder` tries on a masked sentence: each vice family of a language
framed by its subject, adverbs and clause end (`_EN`, `_ES`, the mild fault last), and the
shapes where the group does not open the sentence (`_FREE_EN`, `_FREE_ES`).
"""

from __future__ import annotations

import re

from moderation.policy.rules.hate_generalised.families_en import (
    FAMILIES_EN,
    MILD_EN,
    PROXY_FAMILIES_EN,
)
from moderation.policy.rules.hate_generalised.families_es import FAMILIES_ES, MILD_ES
from moderation.policy.rules.hate_generalised.frame import (
    ADV_EN,
    ADV_ES,
    END_EN,
    END_ES,
    SUBJ_EN,
    SUBJ_ES,
)


def _patterns(subject: str, adverbs: str, families, mild: str, end: str):
    out = [(what, re.compile(rf"{subject}{adverbs}(?P<p>{body}){end}")) for what, body in families]
    out.append(("a fault", re.compile(rf"{subject}{adverbs}(?P<p>{mild})\b")))
    return tuple(out)


EN = _patterns(SUBJ_EN, ADV_EN, FAMILIES_EN + PROXY_FAMILIES_EN, MILD_EN, END_EN)
ES = _patterns(SUBJ_ES, ADV_ES, FAMILIES_ES, MILD_ES, END_ES)
# Shapes where the group is not the sentence's opener: "nomas llegan los X y el parque se
# vuelve un desorden", "every X I've done business with tried to cheat me", "if X wanted respect
# they'd stop ...", "put an X teacher in ... and act surprised when ...". Each holds; `one`
# marks a shape that names one member standing for all ("every X", "put an X ...").
FREE_ES: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    (
        "bringing disorder",
        re.compile(
            r"(?:^|, |\b(?:y|pero|pues) )(?:nomas|nada mas|apenas|en cuanto|donde|desde que|"
            r"cada vez que|basta que) (?:llegan|llegaron|se instalan|se meten|entran|vienen|hay) "
            r"(?:los |las |esos |esas |unos |unas |puros |tantos |tantas |muchos |muchas )?"
            r"(?P<g>(?:GRP )+)(?:\S+ ){0,8}?(?P<p>se (?:vuelve|pone|llena|hace|convierte)(?: en|"
            r" de)? "
            r"(?:un |una |puro |pura )?(?:desorden|cochinero|basurero|chiquero|pocilga|muladar|"
            r"mugrero|insegur[oa]|peligros[oa]|basura|delincuencia|ratas|caos|un asco|desastre)|"
            r"(?:empiezan?|empiezan|comienzan?) (?:los robos|los problemas|la delincuencia|"
            r"el desorden|los asaltos)|(?:hay|sube|suben) (?:mas )?(?:robos|delincuencia|crimen|"
            r"inseguridad|asaltos))"
        ),
        False,
    ),
)
FREE_ES = (
    *FREE_ES,
    (
        "respect to be earned",
        re.compile(
            r"\bsi (?:los |las )?(?P<g>(?:GRP )+)(?:de verdad )?quieren (?:respeto|que (?:los|las) "
            r"respeten|que (?:los|las) traten (?:bien|igual|como \S+)) ,? (?P<p>que (?:se lo ganen|"
            r"dejen de \S+|se comporten|aprendan a \S+|primero \S+))"
        ),
        False,
    ),
)
FREE_EN: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    (
        "dishonesty",
        re.compile(
            r"\bevery (?:single )?(?P<g>(?:GRP )+)(?:\S+ )?(?:i|we) (?:have |had |ever |ve )*"
            r"(?:done business with|met|known|worked with|hired|rented to|dealt with|employed|"
            r"lent money to|sold to|bought from|had|rented|had as \S+(?: \S+)?) (?:has |have |"
            r"had )?(?:ever )?"
            r"(?:always )?(?P<p>(?:tried to |tries to |wanted to |managed to )?(?:cheat|scam|rob|"
            r"steal|swindle|chisel|lie|con|rip (?:me|us) off|screw (?:me|us)|stiff (?:me|us)|"
            r"skip|trash|destroy|wreck|left the place|stolen|cheated|scammed|robbed|lied|trashed|"
            r"wrecked|destroyed)\S*)"
        ),
        True,
    ),
    (
        "respect to be earned",
        re.compile(
            r"\bif (?P<g>(?:GRP )+)(?:people )?(?:really |actually )?(?:want|wanted) (?:respect|"
            r"to be respected|to be treated (?:\S+ ?){1,3}?|acceptance|to be accepted|equality|"
            r"to be taken seriously)(?: \S+){0,3}? ,? (?:then )?(?:they would|they d|theyd) "
            r"(?P<p>(?:stop|quit) \S+(?: \S+){0,3})"
        ),
        False,
    ),
    (
        "a danger to children",
        re.compile(
            r"\bput (?:a|an|one) (?P<g>(?:GRP )+)(?:\S+ )?(?:in|into|near|around|with|"
            r"in charge of) "
            r"(?:\S+ ){0,8}?(?P<p>and (?:then )?(?:act|be|pretend to be|play) (?:all )?"
            r"(?:surprised|shocked|dumb) when)"
        ),
        True,
    ),
)
