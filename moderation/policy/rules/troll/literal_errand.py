"""Taunt rows whose words also tell a plain errand: a kitchen of workers, a civic visit.

"The chef told the line cooks to get back in the kitchen" is a workplace order told of
workers; "get back in the kitchen, sweetie" said to a commenter stays the sexist taunt.
"Hay que hacerle una visita al alcalde para exigir que arregle la calle" is a civic visit to
an official with a peaceful purpose; "hay que hacerle una visita a ese periodista", with no
purpose or aimed at a writer or commenter, stays a veiled threat.
"""

from __future__ import annotations

import re

from moderation.policy.rules.context.sentence_bounds import sentence_end, sentence_start
from moderation.policy.rules.troll.public import OFFICIAL_VISITED as _OFFICIAL

# People who work in a kitchen or under a boss, named before the order in its sentence.
_WORKERS = re.compile(
    r"\b(?:(?:line |prep |sous |head )?cooks?|chefs?|staff|crew|waiters?|waitress(?:es)?|"
    r"servers|dishwashers?|busboys?|interns?|employees?|workers?|trainees?|apprentices?|"
    r"bakers?|cocineros?|cocineras?|meseros?|meseras?|ayudantes?|personal|empleados?|"
    r"empleadas?|trabajadores?|trabajadoras?|lavaplatos|becarios?|aprendices|panaderos?|"
    r"chef|jefe de cocina|gerente|manager|restaurant|restaurante|shift|turno)\b"
)
_KITCHEN = re.compile(r"\b(?:kitchen|cocina)\b")
# Said to a woman or a reader: the taunt, whatever else the sentence names.
_TAUNT_AIM = re.compile(
    r"\b(?:you|your|u|ur|sweetie|honey|sweetheart|toots|lady|ladies|women|woman|girl|girls|"
    r"sandwich|tu|tus|mujer|mujeres|mujercita|nena|mija|senora|senoras|muchachita|vieja|viejas)\b"
)
_KITCHEN_ROWS = frozenset({"flame.labels", "flame.s_go_back_x"})


def workers_told(text: str, ident: str, start: int, end: int) -> bool:
    """A kitchen order told of named kitchen workers, with no woman or reader addressed."""
    if ident not in _KITCHEN_ROWS or not _KITCHEN.search(text, start, end):
        return False
    left = sentence_start(text, start)
    right = sentence_end(text, end)
    sentence = text[left:right]
    return bool(_WORKERS.search(text, left, start)) and not _TAUNT_AIM.search(sentence)


# A peaceful purpose stated after the visit: to demand, ask, protest, deliver, be heard.
_PURPOSE = re.compile(
    r"\b(?:para|a) (?:exigir\w*|pedir\w*|reclamar\w*|solicitar\w*|entregar\w*|protestar|"
    r"presentar\w*|mostrar\w*|explicar\w*|platicar|hablar|que (?:arregle|cumpla|nos escuche|"
    r"escuche|responda|explique|atienda|reparen|arreglen|ponga|pongan))\b|"
    r"\bto (?:demand|ask|request|deliver|hand|present|protest|petition|discuss|talk about|"
    r"raise|show (?:him|her|them)|explain|complain about|press (?:him|her|them))\b|"
    r"\b(?:con (?:la|las|una|unas|nuestra|nuestras|sus) (?:peticion|peticiones|carta|cartas|"
    r"lista|firmas|demandas)|with (?:a|the|our) (?:petition|letter|signatures|list of))\b"
)
# A menace told of the official elsewhere in the comment: "y que se cuide", "más le vale ...
# o ya verá", "que no se le olvide que tiene hijos". The visit then is no errand but the threat
# it reads as. Care for health ("que se cuide de la gripe") is no menace.
_MENACE = re.compile(
    r"\bque se (?:cuide|cuiden)\b(?! (?:de la (?:gripa|gripe|tos|lluvia|influenza)|del "
    r"(?:frio|calor|sol|covid|dengue|virus)|la salud))|"
    r"\b(?:mas le vale|mejor que)\b[^.!?]{0,60}\bo (?:ya |si no )?(?:vera|va a ver|veremos)\b|"
    r"\bya (?:vera|va a ver) (?:lo que (?:le )?(?:pasa|espera)|lo que es bueno)\b|"
    r"\bque se atenga(?:n)? a las consecuencias\b|"
    r"\b(?:que no se (?:le|les) olvide|recuerde|que recuerde|no olvide) que tiene"
    r"(?:n)? (?:hijos|hijas|familia|esposa|nietos)\b|"
    r"\bnunca se sabe lo que (?:le )?(?:puede|pueda|podria) pasar\b|"
    r"\bluego no (?:se queje|diga que no se lo advertimos)|\bno respondemos\b|"
    r"\bpor las buenas o por las malas\b|"
    r"\b(?:had|d) better (?:watch (?:his|her|their) backs?|be careful)|\bor else\b|"
    r"\b(?:shame|pity) if something (?:happened|were to happen)\b|"
    r"\bnice (?:family|house|kids) (?:he|she|they) (?:has|have|got)\b"
)
# Ballots and courts: "que se cuide, en las urnas se lo vamos a cobrar" warns of a vote.
_LAWFUL_COST = re.compile(
    r"\b(?:urnas?|votos?|votar|elecciones|eleccion|boletas?|demanda|denuncia|tribunales|"
    r"juicio politico|revocacion|ballot|vote|votes|election|recall|lawsuit|court)\b"
)


def menaced(text: str) -> bool:
    """A menace outside the visit's words: a sentence with one and no ballot or court in it."""
    for m in _MENACE.finditer(text):
        left = sentence_start(text, m.start())
        right = sentence_end(text, m.end())
        if not _LAWFUL_COST.search(text, left, right):
            return True
    return False


_VISIT = re.compile(r"\b(?:visita|visit)\b")
_VISIT_ROWS = frozenset({"threat.shapes", "threat.es_call", "dox.visit"})


def civic_visit(text: str, ident: str, start: int, end: int) -> bool:
    """A visit called for, paid to a named official, with a peaceful purpose stated after."""
    if ident not in _VISIT_ROWS or not _VISIT.search(text, start, end):
        return False
    after = text[end : end + 120]
    official = _OFFICIAL.search(after[:50]) or _OFFICIAL.search(text, max(0, start - 40), end)
    return bool(official and _PURPOSE.search(after)) and not menaced(text)


def civic_visit_in(text: str) -> bool:
    """Any visit in the comment is a civic one (`civic_visit`) and no reader is warned."""
    visits = list(_VISIT.finditer(text))
    return bool(visits) and all(civic_visit(text, "dox.visit", m.start(), m.end()) for m in visits)
