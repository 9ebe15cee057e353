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
from moderation.policy.rules.context.sentence_bounds import sentence_end, sentence_start
from moderation.policy.rules.context.sentence_searches import SpanSearches
from moderation.policy.rules.troll.banter import warm_banter
from moderation.policy.rules.troll.said_of import TO_YOU, shown
from moderation.policy.types import Category, Submission

_MOM = r"(?:mama|mami|papa|papi|jefa|abuela|abuelita)"
_DOWN = branch_trie.compile(
    rf"\b(?:dile|digale|diganle) a (?:tu|su) {_MOM} que (?:te|le) (?:quite|cambie|apague|"
    r"recoja|esconda)\b|"
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
# The writer's own reading or family, in the reader or the kin slot: "la única que me lee es mi
# mamá", "mi blog tiene menos lectores" (not an opinion frame: "yo creo que", "me parece").
_OWN_SLOT = re.compile(
    rf"\b(?:que|ni) (?:me|nos) (?:lee|leen|lea|pela|pelan)\b|\b(?:me|nos) (?:lee|leen)\b|"
    rf"\b(?:mi|mis|nuestra|nuestro|nuestros) (?:\w+ )?(?:{_MOM}|familia|blog|blogs|columna|"
    r"columnas|articulos?|textos?|libros?|comentarios?|notas?|lectores)\b"
)
# A hearsay frame around words said to a reader or the author is the jab itself.
_TO_YOU = re.compile(rf"\b(?:{TO_YOU})\b")
# A line a parent says to a child, told as such: the writer's own ("cuando seas grande lo vas
# a entender, le digo a mi hijo") or remembered ("mi mamá me decía ..."). One of three hearsay
# lists kept apart on purpose: read in the whole sentence, since the frame often follows the
# line, and unlike `wits_mocked`'s and `idle_mocked`'s it holds the parent's "le digo a" and
# "me decía", what these childhood lines are told with.
_REPORTED = re.compile(r"\b(?:le digo a|les digo a|me dijo|me decia|dicen que|dijo que)\b")
# "Read by no one" is a jibe at a writer here: the author, the blog or its comments in view.
_NOBODY = re.compile(r"\bnadie\b|\blectores\b")
_WRITING = re.compile(
    r"\b(?:blog|autor|autora|articulos?|columnas?|columnista|comentarios?|comentas|escribir|"
    r"escribes|escribe|escribiste)\b"
)
_THEIR_KIN = re.compile(rf"\b(?:tu|su) (?:{_MOM}|familia)\b")
# A writing of the reader's or the author's as the subject of "read by no one", in its clause:
# "tu blog tiene menos lectores", "otro artículo que nadie va a leer", "escribes algo que nadie
# va a leer". The writer's own ("escribí un libro que nadie va a leer") is not.
_WORK = (
    r"(?:blog|blogs|columna|columnas|articulo|articulos|comentario|comentarios|texto|textos|"
    r"nota|notas|pasquin|rollo|libro|libros|post|posts|publicacion)"
)
_THEIR_WORK = re.compile(
    rf"\b(?:tu|tus|su|sus|este|esta|estos|estas|ese|esa|el|la|otro|otra|otros|otras)"
    rf" (?:\w+ )?{_WORK}\b|\b(?:escribes|escribiste|publicas|publicaste|comentas|lo que escribe)\b"
)
_YOU_WRITE = re.compile(
    r"\b(?:escribes|escribiste|publicas|publicaste|comentas|escribe|escribir|publicar)\b"
)
_WORK_IN_MATCH = re.compile(rf"^(?:algo|un {_WORK}|una {_WORK}|otro {_WORK}|otra {_WORK})\b")
_MINE = re.compile(r"\b(?:escribi|escribo|publique|publico|mi|mis|me|yo|nuestro|nuestra)\b")
# Real children at bedtime or a parent's message: the writer's home and family.
_FAMILY = re.compile(
    r"\b(?:mi casa|en casa|mis hijos|mis ninos|mi hij[oa]|hij[oa]|mis nietos|mi niet[oa]|"
    r"manana hay (?:escuela|clases?)|buenas noches|te extrano|te quiero|los suyos|sus hijos)\b"
)
_CHILD_TALK = ("dile", "digale", "diganle", "que te cambie", "hora de dormir")
_READ_NEAR = re.compile(r"\b(?:lee|leen|lea|leer|lectores?|pela|pelan)\b")


@rule("troll.talked_down", Category.TROLL, needs=(_DOWN,))
def talked_down(an: Analysis, sub: Submission) -> list[Hit]:
    text = an.norm.text
    # Every phrase of a sentence shares its searches of that sentence, and of the whole text
    # (`wits_mocked`'s reason).
    searches = SpanSearches(text)
    whole = len(text)
    for m in _DOWN.finditer(text):
        left = sentence_start(text, m.start())
        right = sentence_end(text, m.end())
        said = searches.first(_REPORTED, left, right)
        if said and not (said.group(0) == "dicen que" and searches.first(_TO_YOU, left, right)):
            continue  # "le digo a mi hijo"; but "dicen que ... te lee ..., autor" is a jab
        if shown(an, m.start(), m.end()):
            continue
        words = m.group(0)
        if words.startswith(_CHILD_TALK) and searches.first(_FAMILY, 0, whole):
            continue  # "es hora de dormir para los niños, mañana hay escuela"
        if _NOBODY.search(words) and (
            not searches.first(_WRITING, 0, whole)
            or searches.before(_OWN_SLOT, left, m.start(), right)
        ):
            continue  # "otro plan integral que nadie va a leer", "mi blog tiene menos lectores"
        if _NOBODY.search(words) and not words.startswith("nadie lee"):
            clause = sentence_start(text, m.start(), ".!?;,\n")
            clause_end = sentence_end(text, m.start(), ".!?;,\n")
            if searches.before(_MINE, clause, m.start(), clause_end):
                continue  # "escribí un libro que nadie va a leer"
            if " te " in words:
                pass  # "ni te lee nadie": said to the reader
            elif words.endswith(("va a leer", "lee", "leera")) and " que nadie " in words:
                # "un blog que nadie lee", "escribes algo que nadie va a leer": the thing
                # nobody reads is a writing, not "un poeta" or "una novela".
                if words.startswith("algo"):
                    if not searches.before(_YOU_WRITE, clause, m.start(), clause_end):
                        continue
                elif not _WORK_IN_MATCH.match(words):
                    continue
            elif not (
                searches.before(_THEIR_WORK, left, m.start(), right)
                if words.startswith("ni ")
                else searches.before(_THEIR_WORK, clause, m.start(), clause_end)
            ):
                # "ni los lee nadie" points back within its sentence ("sus artículos, ah no,
                # que ni los lee nadie"); "menos lectores" needs its subject in the clause.
                continue  # "el informe tiene menos lectores", "ni lo lee nadie" of a report

        if words.startswith(("la unica", "el unico", "los unicos", "que no sea", "aparte",
                             "fuera", "excepto", "salvo", "ni tu", "ni su")):  # fmt: skip
            # "nobody reads you but your mom": the reading must be the subject, not the writer's.
            if not (
                searches.first(_READ_NEAR, left, right) and searches.first(_THEIR_KIN, left, right)
            ):
                continue
            if searches.first(_OWN_SLOT, left, right):
                continue  # "la única que me lee es mi mamá", not "yo creo que ..."
        if warm_banter(an):
            return []
        span = an.norm.span(m.start(), m.end())
        return [Hit("troll.talked_down", 0.65, (span,), "a reader talked down to")]
    return []
