"""A reader or the author talked down to as a child or as read by no one (`troll.talked_down`):
"dile a tu mamá que te quite el celular", "cuando seas adulto vienes a opinar", "deja la
política a los adultos", "ya es hora de dormir para los niños", "a lo mejor un día te lee
alguien que no sea tu mamá", "la única que lo lee es su mamá", "ni los lee nadie", "su blog
tiene menos lectores que ...", "algo que nadie va a leer" (said of the author or a commenter).

Every word is ordinary; said to someone here they answer the person, not the argument. Held
for a moderator, never rejected.

What passes: a parent's or teacher's talk about real children ("cuando seas grande lo vas a
entender, le digo a mi hijo"), the writer's own family ("la única que me lee es mi mamá,
jaja"), a report that nobody reads ("otro plan integral que nadie va a leer"), a quoted or
reported line, and warm banter between regulars.
"""

from __future__ import annotations

import re

from moderation.policy import branch_trie
from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context.sentence_bounds import sentence_start
from moderation.policy.rules.troll.banter import warm_banter
from moderation.policy.types import Category, Submission

_MOM = r"(?:mama|mami|papa|papi|jefa|abuela|abuelita)"
_DOWN = branch_trie.compile(
    rf"\b(?:dile|digale|diganle) a (?:tu|su) {_MOM} que (?:te|le) (?:quite|cambie|apague|"
    r"recoja|esconda|preste)\b|"
    r"\bque te cambie(?:n)? el panal\b|"
    r"\bcuando (?:seas|sea|sean) (?:adult[oa]s?|grandes?|mayor(?:es)?) (?:vienes|viene|vienen|"
    r"vuelves|vuelve|vuelvan|regresas|regresa|opinas|opina|hablamos)\b|"
    r"\b(?:deja|deje|dejen) (?:la politica|la discusion|los temas serios|esto|el debate) "
    r"a los (?:adultos|mayores|grandes)\b|"
    r"\blos adultos (?:seguimos|estamos|vamos a seguir) (?:platicando|hablando|discutiendo)\b|"
    r"\bhora de dormir para los (?:ninos|chamacos|bebes)\b|"
    r"\b(?:que no sea|aparte de|fuera de|excepto|salvo) (?:tu|su) " + _MOM + r"\b|"
    r"\b(?:la unica|el unico|los unicos) que (?:te|lo|la|los) (?:lee|leen|lea|pela|pelan)\b|"
    rf"\bni (?:tu|su) (?:{_MOM}|familia) (?:te|lo|la|los) (?:lee|pela|quiere leer)\b|"
    r"\bni (?:lo|la|los|las|te) (?:lee|leen) nadie\b|\bmenos lectores que\b|"
    r"\b(?:algo|un \w+|una \w+) que nadie (?:va a leer|lee|leera)\b|"
    r"\bnadie lee (?:este|esta) (?:blog|columna|pasquin|basura)\b|"
    r"\b(?:blog|columna|articulo) es un chiste,? quien (?:lo|la) lee\b|"
    r"\bcon el wifi de (?:tu|su) " + _MOM + r"\b|"
    r"\bsotano de (?:tu|su) " + _MOM + r"\b"
)  # fmt: skip
# The writer's own reading or family: "la única que me lee es mi mamá".
_OWN = re.compile(r"\b(?:me|mi|mis|yo|nos|nuestra)\b")
_REPORTED = re.compile(r"\b(?:le digo a|les digo a|me dijo|me decia|dicen que|dijo que)\b")
# "Read by no one" is a jibe at a writer here: the author, the blog or its comments in view.
_NOBODY = re.compile(r"\bnadie\b|\blectores\b")
_WRITING = re.compile(
    r"\b(?:blog|autor|autora|articulos?|columnas?|columnista|comentarios?|comentas|escribir|"
    r"escribes|escribe|escribiste)\b"
)
_THEIR_KIN = re.compile(rf"\b(?:tu|su) (?:{_MOM}|familia)\b")
_READ_NEAR = re.compile(r"\b(?:lee|leen|lea|leer|lectores?|pela|pelan)\b")


@rule("troll.talked_down", Category.TROLL, needs=(_DOWN,))
def talked_down(an: Analysis, sub: Submission) -> list[Hit]:
    text = an.norm.text
    for m in _DOWN.finditer(text):
        left = sentence_start(text, m.start())
        rights = [k for k in (text.find(c, m.end()) for c in ".!?\n") if k != -1]
        right = min(rights) if rights else len(text)
        sentence = text[left:right]
        if _REPORTED.search(sentence) or text.count('"', 0, m.start()) % 2:
            continue
        words = m.group(0)
        if _NOBODY.search(words) and (
            not _WRITING.search(text) or _OWN.search(text, left, m.start())
        ):
            continue  # "otro plan integral que nadie va a leer", "mi blog tiene menos lectores"

        if words.startswith(("la unica", "el unico", "los unicos", "que no sea", "aparte",
                             "fuera", "excepto", "salvo", "ni tu", "ni su")):  # fmt: skip
            # "nobody reads you but your mom": the reading must be the subject, not the writer's.
            if not (_READ_NEAR.search(sentence) and _THEIR_KIN.search(sentence)):
                continue
            if _OWN.search(sentence):
                continue
        if warm_banter(an):
            return []
        span = an.norm.span(m.start(), m.end())
        return [Hit("troll.talked_down", 0.65, (span,), "a reader talked down to")]
    return []
