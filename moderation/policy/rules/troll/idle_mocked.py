"""Readers mocked as idle, jobless or lifeless (`troll.idle_mocked`): "¿de verdad no tienen
trabajo?", "se nota que no trabajas", "no han trabajado un día en su vida", "¿no tienes nada
mejor que hacer?", "consíganse un trabajo", "ya vayan a trabajar".

The words are ordinary; said to the readers they answer a comment with the writer's guess at
the commenter's life instead of an argument. Held for a moderator, never rejected.

What passes: the writer's own work ("no tengo trabajo desde marzo"), advice or a condition ("si
no tienes trabajo, el programa de empleo te ayuda"), people out in the world ("los jóvenes del
pueblo no tienen trabajo"), office-holders ("los diputados nunca han trabajado un día en su
vida"), a quoted or reported line, and warm banter between regulars.
"""

from __future__ import annotations

import re

from moderation.policy import branch_trie
from moderation.policy.analysis import Analysis
from moderation.policy.officials import OFFICES, POLITICIANS, words_regex
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context.sentence_bounds import sentence_start
from moderation.policy.rules.troll.banter import warm_banter
from moderation.policy.types import Category, Submission

# Each phrase is in the second person or names the readers: it points at someone here.
_IDLE = branch_trie.compile(
    r"\b(?:de verdad|acaso|a poco) no tiene(?:s|n) (?:trabajo|oficio|chamba)\b|"
    r"\bno tiene(?:s|n) (?:trabajo|oficio|chamba)(?= *(?:\?|o que|o (?:se|te) la pasa))|"
    r"\bno tiene(?:s|n) (?:nada|algo) mejor que hacer\b|"
    r"\bse (?:nota|ve) que no (?:trabajas|trabajan|tienes (?:vida|trabajo|oficio)|"
    r"tienen (?:vida|trabajo|oficio))\b|"
    r"\b(?:nunca|no) (?:has|han) trabajado (?:un (?:solo )?dia|en (?:tu|su) (?:vida|perra vida)|"
    r"de verdad)\b|"
    r"\bno sabes? (?:ni )?lo que es trabajar\b|"
    r"\btienes todo el dia para (?:escribir|comentar|opinar|quejarte)\b|"
    r"\bde que vives? (?:aparte|ademas) de (?:escribir|comentar|opinar|quejarte)\b|"
    r"\balguno de ustedes trabaja\b|"
    r"\b(?:consiganse|se consiguieran|se consigan|que se consigan) (?:un trabajo|una vida|"
    r"chamba|oficio)\b|"
    r"\blo que necesitas? es (?:un trabajo|una vida|chamba)\b|"
    r"\b(?:ya|mejor) (?:vayan|ve|vete|ponte|pongase|ponganse|vayase) a trabajar"
    r"(?= *(?:[.!?,]|$|y dej))|"
    r"\bno tiene(?:s|n) vida(?= *(?:[?,.!]|$|social|propia|y\b))"
)  # fmt: skip
# A condition, an advice or a general "you" opening the phrase: not a guess at a reader.
_CONDITION = re.compile(r"\b(?:si|cuando|aunque|porque|mientras|quien|el que|la gente que)\s*$")
# A job offered or asked about: "¿no tienes trabajo? pásame tu CV" helps.
_HELP = re.compile(r"\b(?:cv|curriculum|vacantes?|contratando|solicitud|bolsa de trabajo)\b")
# An office-holder named before it: harsh opinion of public conduct ("los diputados nunca han
# trabajado un día en su vida, y así legislan").
_OFFICE = re.compile(words_regex(OFFICES | POLITICIANS))
_OWN = re.compile(r"\b(?:yo|mi|mis|nosotros)\b")
_REPORTED = re.compile(r"\b(?:me dijo|me dijeron|me dicen|dicen que|dijo que|le dijo)\b")


@rule("troll.idle_mocked", Category.TROLL, needs=(_IDLE,))
def idle_mocked(an: Analysis, sub: Submission) -> list[Hit]:
    text = an.norm.text
    if _HELP.search(text):
        return []
    for m in _IDLE.finditer(text):
        left = sentence_start(text, m.start(), ".!?;,\n")
        before = text[left : m.start()]
        if _CONDITION.search(text[max(0, m.start() - 25) : m.start()]) or _OWN.search(before):
            continue
        if _OFFICE.search(text, sentence_start(text, m.start()), m.start()):
            continue
        if _REPORTED.search(text, sentence_start(text, m.start()), m.start()):
            continue
        if text.count('"', 0, m.start()) % 2:
            continue  # inside a quotation
        if warm_banter(an):
            return []
        span = an.norm.span(m.start(), m.end())
        return [Hit("troll.idle_mocked", 0.65, (span,), "a reader mocked as idle or jobless")]
    return []
