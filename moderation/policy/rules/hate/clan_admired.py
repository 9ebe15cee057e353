"""A loyalty the writer admires in the sentence that calls a people clannish ("they always
stick together no matter what, and I admire that", "siempre se ayudan entre ellos, y eso lo
admiro"): praise, not the charge of `own_kind_loyal`. Read by `hate.coded`.

The admiration must be the writer's own and meant: denied just before ("I will never admire
that", "eso no lo admiro"), set beside a wrong the loyalty covers ("se cubren entre ellos
cuando roban"), or asked back in a tag question ("qué bonito, ¿no?"), it is the charge again.
"""

from __future__ import annotations

import re

# Words of admiration for the loyalty, or a wish that the writer's own people were so. A wish
# for them all to go ("ojalá todos se fueran", "I wish we could ship them back") is none.
_ADMIRED = re.compile(
    r"\b(?:admir\w*|lo respeto|respect (?:that|it|them)|good for them|que bonito|que bueno|"
    r"ojala (?:nosotros|fueramos|todos (?:fueramos|hicieramos|tuvieramos|fueran asi|"
    r"hicieran (?:lo mismo|eso)))|wish we (?:all )?(?:were|did|had|stuck|cared|looked|"
    r"could be|could do)|wish more (?:people|of us|families|folks|americans|mexicans)|"
    r"deberiamos aprender|we could learn|should learn from|inspiring|how it should be|"
    r"asi debe ser)\b"
)
# A denial within three words before the admiration.
_DENIED_BEFORE = re.compile(
    r"(?:\b(?:no|not|never|nunca|jamas|ni|dont|doesnt|didnt|wont|cant|cannot|hardly)\b|n't)"
    r"(?:\W+\w+){0,3}\W*$"
)
# A wrong the loyalty is said to cover, anywhere in the sentence.
_WRONG = re.compile(
    r"\b(?:rob(?:a|an|ar|ando|aron|aba|aban|o|os)|rob|robs|robb\w*|steal\w*|stole|stolen|"
    r"crimes?|criminal\w*|crimen|delinc\w*|delitos?|fraud\w*|scam\w*|estaf\w*|cheat\w*|"
    r"lie|lies|lying|mienten|mafia\w*|corrup\w*|drugs?|drogas?|narco\w*|gangs?|pandill\w*|"
    r"transas?|tranzas?|kill\w*|mat(?:an|ar|aron)|launder\w*|lavan|abus\w*|cover(?:s|ing)? up|"
    r"encubr\w*|fechorias?|chueco|chuecos|trampas?)\b"
)
# The admiration asked back in a tag question: "qué bonito, ¿no?", "how nice, right?".
_TAG_ASKED = re.compile(r"\W*(?:(?:no|verdad|eh|cierto|right|huh|no way)\W*)?\?")


def clan_admired(sentence: str) -> bool:
    """The sentence (normalised) admires the loyalty it names: an admiring word, not denied
    before it nor asked back after it, in a sentence that names no wrong."""
    if _WRONG.search(sentence):
        return False
    return any(
        not _DENIED_BEFORE.search(sentence[max(0, m.start() - 60) : m.start()])
        and not _TAG_ASKED.match(sentence, m.end())
        for m in _ADMIRED.finditer(sentence)
    )
