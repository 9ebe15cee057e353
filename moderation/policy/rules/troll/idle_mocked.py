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
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context.sentence_bounds import sentence_end, sentence_start
from moderation.policy.rules.context.sentence_searches import SpanSearches
from moderation.policy.rules.troll.banter import warm_banter
from moderation.policy.rules.troll.said_of import OFFICE, shown
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
_CONDITION = re.compile(r"\b(?:si|cuando|aunque|mientras|quien|el que|la gente que)\s*$")
# A job offered, a contact passed on or an invitation, in the words after the phrase: "¿no
# tienes trabajo? te paso el contacto de mi jefe", "hoy es domingo, ¿no tienes trabajo? ven a
# comer".
_HELP = re.compile(
    r"\b(?:cv|curriculum|vacantes?|contratando|solicitud|bolsa de trabajo|buscan gente|"
    r"necesitan gente|te paso (?:el|su|mi) (?:contacto|numero|telefono)|te recomiendo|"
    r"ven a|vente|vamos a|vamos al|vamonos|que suerte|a disfrutar|felicidades|te invito)\b"
)
# A time word right after "trabajo" ("¿no tienes trabajo mañana?"): a day off, not a life.
_WHEN = re.compile(
    r" *(?:hoy|manana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|"
    r"esta (?:semana|tarde|noche)|este (?:fin|finde|sabado|domingo)|en la tarde|en la noche)\b"
)
# The plural forms ("no tienen", "nunca han trabajado") point at the readers only when the
# sentence addresses them; a group named before the phrase in its clause ("los migrantes no
# tienen trabajo", "ellos no tienen vida") is people out in the world.
_PLURAL = re.compile(r"\b(?:tienen|han|trabajan)\b")
_ADDRESSED = re.compile(
    r"\bustedes\b|\blos (?:de arriba|que (?:comentan|escriben|opinan))\b|"
    r"\b(?:comentaristas|de aqui)\b|"
    r"\btodo el dia aqui\b|\b(?:chavos|muchachos|amigos|senores|senoras)\b"
)
# ("son unos amargados que no tienen vida" names no subject; "los comentaristas de aquí" are
# the readers.)
_GROUP_BEFORE = re.compile(
    r"\b(?<!son )(?:los|las|esos|esas|estos|estas|ellos|ellas|muchos|muchas|unos|unas|"
    r"mucha gente|la gente|sus|mis|nuestros)\b(?! (?:comentaristas|de aqui|de arriba|que comentan))"
)
# A commenter named by handle anywhere in the comment as typed (the folded text reads "@" as
# "a") ("@MarioTX y su combo ... no tienen vida").
_HANDLE = re.compile(r"@\w")
# "¿de verdad no tienen trabajo?" asks the people it is put to.
_ASKED = ("de verdad", "acaso", "a poco")
_OWN = re.compile(r"\b(?:yo|mi|mis|nosotros)\b")
# Someone else's words, before the phrase in its sentence ("me dijeron que no tienes nada
# mejor que hacer"). One of three hearsay lists kept apart on purpose: the plain frames only,
# and unlike `wits_mocked` no "dicen que" is taken back for a second person, since being out
# of work is also news passed on ("dicen que no tienes trabajo, ¿te ayudo?") where "dicen que
# no sabes ni leer" can only be the jab; no parent's frame, which is `talked_down`'s.
_REPORTED = re.compile(r"\b(?:me dijo|me dijeron|me dicen|dicen que|dijo que|le dijo)\b")


@rule("troll.idle_mocked", Category.TROLL, needs=(_IDLE,))
def idle_mocked(an: Analysis, sub: Submission) -> list[Hit]:
    text = an.norm.text
    # Every phrase of a sentence shares its searches of that sentence (`wits_mocked`'s reason).
    searches = SpanSearches(text)
    handle: bool | None = None  # a handle in the typed text, asked once
    for m in _IDLE.finditer(text):
        # The help or invitation is in the phrase's sentence or the one after it.
        start = sentence_start(text, m.start())
        end = sentence_end(text, m.end())
        reach = sentence_end(text, end + 1) if end < len(text) else end
        if searches.first(_HELP, start, reach):
            continue
        left = sentence_start(text, m.start(), ".!?;,\n")
        clause_end = sentence_end(text, m.start(), ".!?;,\n")
        if _CONDITION.search(text[max(0, m.start() - 25) : m.start()]) or searches.before(
            _OWN, left, m.start(), clause_end
        ):
            continue
        if searches.before(OFFICE, start, m.start(), end):
            continue  # "los diputados nunca han trabajado un día en su vida": public conduct
        if searches.before(_REPORTED, start, m.start(), end):
            continue
        if shown(an, m.start(), m.end()):
            continue  # quoted, or after a verb of saying
        if m.group(0).endswith(("trabajo", "oficio", "chamba")) and _WHEN.match(text, m.end()):
            continue  # "¿no tienes trabajo mañana?"
        # A plural form needs the readers addressed in its sentence or the next ("¿de verdad
        # no tienen trabajo? todo el día aquí peleando"). `_GROUP_BEFORE`'s look past a word
        # cannot reach a phrase's first words, so its clause is searched once too.
        if _PLURAL.search(m.group(0)):
            if searches.before(_GROUP_BEFORE, left, m.start(), clause_end):
                continue  # "los migrantes no tienen trabajo": people out in the world
            if not (m.group(0).startswith(_ASKED) or searches.first(_ADDRESSED, start, reach)):
                if handle is None:
                    handle = _HANDLE.search(sub.text) is not None
                if not handle:
                    continue
        if warm_banter(an):
            return []
        span = an.norm.span(m.start(), m.end())
        return [Hit("troll.idle_mocked", 0.65, (span,), "a reader mocked as idle or jobless")]
    return []
