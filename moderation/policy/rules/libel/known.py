"""A misdeed passed off as common knowledge ("everybody at the courthouse knows", "todo el
pueblo lo sabe", "es cosa sabida", "it's no secret"): the town's say-so is no source, so the
charge it vouches for is the writer's own. Read by `libel.insinuated_gain`."""

from __future__ import annotations

import re

from moderation.policy import branch_trie
from moderation.policy.analysis import Analysis
from moderation.policy.lexicon import Prefiltered

# The town vouching for a charge. Spanish places after "todo el" / "todos en" are any word
# (a town's name too); English names the group that knows.
_PLACE_ES = (
    r"(?:pueblo|mundo|barrio|rancho|ejido|mercado|municipio|colonia|ciudad|region|gremio|"
    r"sindicato|valle|estado|puerto|puente|cuartel|ayuntamiento|palacio|hospital|juzgado|"
    r"penal|foro|blog|medio|sector|tianguis|campo|condado)"
)
_KNOWN = Prefiltered(
    re.compile(
        rf"\b(?:(?:todo|toda)\s+(?:el\s+|la\s+)?{_PLACE_ES}\s+(?:\w+\s+){{0,3}}?(?:lo\s+)?"
        r"(?:sabe|sabemos|saben)|todo\s+(?:el\s+)?mundo\s+(?:\w+\s+){0,3}?(?:lo\s+)?sabe|"
        r"tod[oa]s\s+(?:\w+\s+){0,4}?(?:lo\s+)?(?:saben|sabemos)|"
        r"lo\s+(?:sabe|saben|sabemos)\s+(?:todo|toda|todos|todas|cualquiera|hasta)|"
        r"(?:lo\s+)?sabe\s+cualquiera|es\s+cosa\s+sabida|secreto\s+a\s+voces|"
        r"no\s+es\s+(?:ningun\s+)?secreto|"
        r"(?:everybody|everyone|the\s+whole\s+(?:town|county|valley|city|block|department|"
        r"precinct|neighborhood|school|church|barrio|ward|station|office))"
        r"(?:\s+(?:in|at|on|around|from|down\s+at|over\s+at)\s+(?:[\w'-]+\s+){0,4}?)?\s*knows|"
        r"it'?s\s+(?:no|not\s+a|an\s+open)\s+secret|common\s+knowledge)\b"
    )
)
# A denial or a doubt before the cue: "no todos lo saben", "not everyone knows", "if
# everybody knew".
_DOUBTED = re.compile(r"\b(?:no|not|nadie|never|if|si|ni|dizque|supposedly)\s+(?:\w+\s+)?$")

# Anyone at all before the cue: "the guy in uniform everybody knows is dirty" speaks of a kind
# of person, not of one.
_ANYONE = re.compile(
    r"\b(?:the|a|an|any|some|every|that|el|la|un|una|cualquier)\s+(?:guy|one|cop|man|woman|"
    r"person|officer|official|politician|kind|tipo|policia|politico|funcionario)\b"
    r"(?:\s+[\w']+){0,3}\s*$"
)

# The misdeed the town is said to know: money taken, a cut, a cartel tie, theft, fraud,
# violence, abuse, evidence or records doctored.
_MISDEED = branch_trie.compile(
    r"\b(?:cartel\w*|narco\w*|mana|los de la (?:plaza|letra)|halcones|sicarios?|lana|moches?|"
    r"mordidas?|sobres|sobrecito|(?:el|un) sobre|soborn\w*|cuotas?|derecho de piso|roba\w*|"
    r"robo|robado|robaron|ratero|ratera|rateros|ladron\w*|fraude\w*|transas?|chanchullos?|"
    r"lava dinero|lavaba dinero|lavadero|huachicol\w*|levanta gente|levanto a|levantaron a|"
    r"golpea\w*|abusa\w*|abuso|acosa\w*|amante|se queda con|se quedo con|se lleva|se llevo|"
    r"desvi\w*|embols\w*|comprad[oa]s?|aviador\w*|prestanombres?|a nombre de|tajada|"
    r"extorsion\w*|extorsiona\w*|trafica\w*|mato|mando matar|encubre|encubrio|"
    r"(?:took|takes|taking|taken|gets|got|getting) (?:money|cash|bribes|kickbacks|payoffs|"
    r"envelopes|a cut)|bribes?|bribed|kickbacks?|payoffs?|paid off|on the take|payroll|steals?|"
    r"stole|stolen|stealing|theft|embezzl\w*|launder\w*|skim\w*|pockets|pocketed|pocketing|"
    r"crook\w*|corrupt|dirty|smuggl\w*|traffick\w*|beats (?:his|her)|beat up|abus\w*|"
    r"molest\w*|covered up|covers? (?:up|for)|cooking the|cooked the|fudg\w*|rigged|rigs|"
    r"fixed the|bought off|cheats|cheated|scam\w*|fraud|extort\w*|shakes? down|hush money|"
    r"under the table|off the books|let (?:his|her) \w+ off|cash from|cut of|"
    r"(?:sells?|sold|selling) (?:drugs|dope|meth|pills|votes|permits|jobs|contracts|visas))\b"
)
# A negation right before the misdeed word: "nunca ha robado", "never took a dime".
_DENIED = re.compile(
    r"\b(?:no|nunca|jamas|ni|not|never|didn't|doesn't|isn't|wasn't)\s+(?:\w+\s+)?$"
)


def known_misdeed(an: Analysis) -> re.Match | None:
    """A common-knowledge cue, not doubted, with a misdeed word that no negation takes back in
    its sentence or the one before or after it."""
    text = an.norm.text
    if _KNOWN.search(text) is None:
        return None
    for cue in _KNOWN.finditer(text):
        if _DOUBTED.search(text, max(0, cue.start() - 20), cue.start()):
            continue
        if _ANYONE.search(text, max(0, cue.start() - 40), cue.start()):
            continue
        if text[max(0, cue.start() - 2) : cue.start()].strip() in {"'", '"'}:
            continue  # "you lost me at 'everybody knows'": the phrase named, not used
        k = an.unit_at(cue.start())
        if k is None:
            continue
        sentence = an.units[k].sentence
        units = [u for u in an.units if sentence - 1 <= u.sentence <= sentence + 1]
        start, end = units[0].start, units[-1].end
        for m in _MISDEED.finditer(text, start, end):
            if cue.start() <= m.start() < cue.end():
                continue
            j = an.unit_at(m.start())
            if j is not None and an.asked(an.units[j].sentence):
                continue  # "Is it true that Judge X takes cash?": a question, no claim
            if not _DENIED.search(text, max(start, m.start() - 20), m.start()):
                return cue
    return None
