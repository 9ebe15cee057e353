"""A custom told with fondness: "es su cultura" after singing, "se cuidan entre ellos, qué
bonito", "ya saben cómo son: si hay fiesta, todos cocinan". The shapes that blame a group's
culture, clannishness or nature read a fault into words that also praise; with a kind act or
praise in the sentence and no fault, crime, dirt or insult in the comment, they pass."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

# Kind acts and praise, Spanish and English (folded text); not the shapes' own words ("se
# cuidan entre ellos" is what is read, not what praises it)
_KIND = re.compile(
    r"\b(?:cantan|canta|bailan|baila|cocinan|cocina|comparten|celebran|festejan|ayudan|"
    r"invitan|saludan|rezan|trabajan duro|que bonito|que bonita|"
    r"que lindo|que linda|que hermoso|que padre|que chido|que bien|me encanta|me encantan|"
    r"ojala (?:todos|fueramos)|asi deberia ser|da gusto|los admiro|las admiro|un ejemplo|"
    r"generos[oa]s|amables|sing|sings|dance|dances|cook|cooks|share|how lovely|how sweet|"
    r"so lovely|i love (?:it|that)|love that)\b"
)
# Anything that makes the custom a fault after all (folded text)
FAULT = re.compile(
    r"\b(?:crimen(?:es)?|delincuen\w+|rob\w*|asalt\w*|ruido\w*|escandal\w*|borrach\w+|"
    r"sucios?|sucias?|basura|mugre|peste|flojos?|violent\w+|drogas?|narcos?|tapan|encubren|"
    r"se protegen|nadie habla|no hablan|no dicen nada|crime|criminals?|noise|noisy|loud|"
    r"drunk|dirty|trash|lazy|violent|drugs?|cover for|protect their own|nobody talks|"
    # a habit that is a fault in itself: "always begging", "always sneaking in", "breed"
    r"steal\w*|stole|cheat\w*|lying|liars?|scam\w*|beg|begs|begging|beggars?|handouts?|"
    r"mooch\w*|freeload\w*|leech\w*|breed\w*|complain\w*|whin(?:e|es|ing|ers?)|moan\w*|"
    r"sneak\w*|invad\w*|(?:take|takes|taking|took) (?:over|our)|stab\w*|riot\w*|loot\w*|"
    r"litter\w*|germs|diseases?|late|drinking|boozing|crying|nagging|gossip\w*|(?:bring|brings|bringing|brought|cause|"
    r"causes|causing|caused|start|starts|starting|make|makes|making) (?:\w+ )?(?:trouble|"
    r"problems|fights?|chaos)|"
    # the group unwanted, or its custom a nuisance: "no los quiero de vecinos, ya sabes cómo
    # cocinan", "huele a ..."
    r"no (?:los|las|les) quiero|no (?:los|las) queremos|no quiero|que se vayan|no me gusta|"
    r"no soporto|asco|olor|huele\w*|apest\w+|don'?t want|stink\w*|smell\w*)\b"
)
_HOSTILE_CODES = frozenset("XDSVK")


def kindly_said(an: Analysis, first: int) -> bool:
    """The sentence of unit `first` holds a kind act or praise, and the comment no fault, no
    insult, no slur and no harm."""
    run = an.sentence_run(first)
    sentence = an.norm.text[run[0].start : run[-1].end]
    if not _KIND.search(sentence) or FAULT.search(an.norm.text):
        return False
    return not any(u.code in _HOSTILE_CODES or u.has("INS") for u in an.units)
