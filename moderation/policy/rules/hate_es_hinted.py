"""Spanish group hate left for the reader to finish (`hate.es_hinted`, hold only).

Writers who know a line would be removed leave the group unsaid and point at it: a place's
decline, a crime or a family name, then "saquen sus conclusiones", "ustedes saben de quiénes
hablo", "ahí se los dejo". The wink alone is common and harmless (a vote count, a rumour of a
UFO), so it counts only with a group, a people's marks (colour, accent, surname, a synagogue),
newcomers or a neighbourhood's crime and dirt within the two sentences around it ("cuidado con
las familias de Chiapas, ya saben cómo son"). Also here: a group said to come only to take ("no
vienen a trabajar, vienen a vivir del gobierno"), and a whole people told to be deported or
thrown out, all of them ("hay que juntarlos a todos y echarlos del país").

Every hit only holds: a moderator reads it. A negation before the shape, someone else's words
("los que dicen que vienen a robar"), quoted or reported lines, talk of politicians for the
wink, someone else's demand ("pidiendo que deporten a todos"), a comment that talks about the
line (`hate_es_traits._about_the_line`), and one that calls some line racist or false let it
pass.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.hate_es_held import held_shape
from moderation.policy.rules.hate_es_implicit import _POLITICS, _VICE, own_shape
from moderation.policy.rules.hate_es_short import _G, _PEOPLE_PLACE, _words
from moderation.policy.rules.hate_es_traits import _about_the_line
from moderation.policy.rules.hate_shapes import _group_units
from moderation.policy.types import Category

_RULE = "hate.es_hinted"
_SCORE = 0.75

# The wink: the reader is told to finish the thought.
_WINK = re.compile(
    r"\b(?:saquen|saque|saca|saquen ustedes) (?:sus|tus) (?:propias )?(?:conclusiones|cuentas)|"
    r"(?:ustedes|ya|todos) (?:ya )?(?:saben|sabemos|sabeis) (?:a que me refiero|"
    r"de quien(?:es)? (?:hablo|estoy hablando|hablamos)|quienes son|cuales|cual(?! es)|"
    r"de que (?:paises|pais|religion|raza|color|barrio|lado)|quienes)|"
    r"ustedes entienden|ahi se los dejo|nomas lo dejo ahi|ya saben como es esto|"
    r"ya me entend(?:eis|ieron|iste)|ustedes saben cual|"
    r"ya (?:sabes|saben|sabemos|se sabe) como son"
)
# What turns the wink on a people: a group, its marks, newcomers, or a place's crime and dirt.
_POINTED = re.compile(
    r"\b(?:GRP|albergues?|(?:llegaron|llegaran|llegar|llegan)(?! (?:tarde|temprano|a tiempo))|"
    r"los de fuera|los de afuera|morenos?|"
    r"morenitos?|acento|color|apellidos?|sinagoga|nariz|cierta gente|ciert[oa]s|nuevos|"
    r"hombres? sol[oa]s?|globalistas|comunidad|robos?|roban|asaltos?|rateros|limpieza|mugre|"
    r"basura|dengue|extranjeros|raza|religion|huarache|del sur|esos|esas|"
    rf"(?:los|las|gente|familias) de (?:la |el )?{_PEOPLE_PLACE})\b"
)
# The people of any other place point only with a vice or a danger beside them: "los de
# Saltillo manejan como locos, ya saben cómo es esto" is banter about a city.
_ANY_PLACE = re.compile(
    r"\b(?:los|las|gente|familias) de (?!(?:siempre|arriba|abajo|la|el|los|las|politica|"
    r"gobierno)\b)\w+\b"
)
# A wink at a people's virtue ("son bien unidas, ya saben cómo son") hints at nothing bad.
_PRAISE = re.compile(
    r"\b(?:trabajador[ae]?s?|unid[oa]s|amables?|buena gente|buenos vecinos|alegres?|"
    r"honrad[oa]s|sabros[oa]s?|ric[oa]s?|ayuda|ayudan|ayudaron|generos[oa]s|orgull\w+|"
    r"cocinan|cantan|bailan|comparten|celebran|festejan|invitan)\b"
)
_DANGER = re.compile(r"\b(?:banda|cuidado|arriesg\w+|malandr\w+|cholos?)\b")
# The people marks that keep the wink on a people even beside talk of politicians.
_PEOPLE_MARK = re.compile(
    r"\b(?:GRP|morenos?|morenitos?|acento|color|apellidos?|sinagoga|nariz|raza|religion|"
    r"huarache|del sur|los de fuera|los de afuera|extranjeros)\b"
)
# A group said to come only to take, what it comes for.
_COME_TO_TAKE = re.compile(
    rf"\b(?:{_G}|estos|esos|ellos)\b(?: [^ ,.]+){{0,3}}? (?:solo |nomas |nada mas )?"
    r"(?:vienen|viene|llegan|vinieron|llegaron) (?:a|por|pa) (?P<p>vivir del (?:cuento|sistema|"
    r"gobierno|erario)|cobrar (?:apoyos|ayudas|programas)|tener hijos|ocupar|delinquir|"
    r"que (?:el gobierno|les den|los mantengan)|quitarnos|robar|vender droga|llenar (?:las|los|"
    r"nuestros|nuestras)|ensuciar|imponer|reclamar derechos|poner bombas)\b|"
    r"\bno (?:vienen|viene|vinieron|llegan) a trabajar(?: honradamente)? , "
    r"(?P<q>vienen|viene|vinieron|llegan) a\b"
)

# Words every shape holds: most comments end at this search.
_OPENING = re.compile(
    r"\b(?:saque|saca|saben|sabes|sabemos|sabeis|sabe|entend|dejo|vien|vinieron|llega|hay que|"
    r"juntarlos|echarlos|sacarlos|correrlos|deportarlos|regresarlos|deporten|regresen|echen|"
    r"saquen|corran|devuelvan|remigracion)"
)

# A whole people told to be deported or thrown out, all of them.
_ALL_OUT = re.compile(
    r"\b(?:hay que|que) (?:juntarlos|echarlos|sacarlos|correrlos|deportarlos|regresarlos|"
    r"los (?:regresen|deporten|echen|saquen|corran|devuelvan))(?: a todos)?(?: \w+){0,3}? "
    r"(?:del pais|a todos|de mexico|de aqui|en el primer \w+)\b|"
    r"\b(?:deporten|regresen|echen) (?:primero|a todos)\b(?! (?:los|las) (?:ninos|ninas|"
    r"alumnos|estudiantes|trabajadores|empleados|maestros|pacientes))|\bremigracion\b"
)
_ALL = "a whole people told to be deported or thrown out"
# Someone else asking for it just before ("paisanos pidiendo que deporten a todos").
_ASKED_BEFORE = re.compile(r"\b(?:pidiendo|exigiendo|gritando|gritan|gritaban|grito|piden)\b")
# Someone else's words told right after the line ("que los deporten a todos, gritaban").
_TOLD_AFTER = re.compile(
    r" [,;]? ?(?:gritaban|gritaron|gritan|grito|decian|dijeron|dicen|dijo|decia|pedian|pedia|"
    r"exigian|coreaban|escribio|escribieron|ponia|ponian)\b"
)
# Offices, forces, teams and gangs thrown out "a todos": no people ("que los corran a todos
# del ayuntamiento", "sacarlos a todos del penal").
_NOT_A_PEOPLE = re.compile(
    r"\b(?:congreso|ayuntamiento|cabildo|gobierno|senado|camara|regidores|diputad\w+|"
    r"senador\w*|politicos?|funcionari\w+|polic\w+|agentes|militares|jueces|ministros|"
    r"magistrados|jugadores|equipo|directiva|tecnico|cartel\w*|mara|narcos?|penal|carcel|"
    r"sindicato|empresa|oficina|escuela|maestros|corrupt\w+|partido|morena|pri|pan|prd)\b"
)
_WINKED = "a group's crime or a place's decline left for the reader to finish"
_TAKERS = "a group said to come only to take"


def _window(words: str, at: int, end: int) -> str:
    """The sentence of the match with the sentence before it."""
    prev = words.rfind(" . ", 0, max(0, words.rfind(" . ", 0, at)))
    stop = words.find(" . ", end)
    return words[max(0, prev, at - 220) : stop if stop >= 0 else len(words)]


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    words, offsets, index = _words(an, _group_units(an))
    found: list[tuple[int, int, str]] = []
    if _about_the_line(words):
        return found
    for what, pattern in ((_WINKED, _WINK), (_TAKERS, _COME_TO_TAKE), (_ALL, _ALL_OUT)):
        for m in pattern.finditer(words):
            if what == _WINKED:
                around = _window(words, m.start(), m.end())
                if not (
                    _POINTED.search(around)
                    or (
                        _ANY_PLACE.search(around)
                        and (_VICE.search(around) or _DANGER.search(around))
                    )
                ):
                    continue
                if _POLITICS.search(around) and not _PEOPLE_MARK.search(around):
                    continue
                if _PRAISE.search(around) and not _VICE.search(around):
                    continue
            if what == _ALL and (
                _ASKED_BEFORE.search(words, max(0, m.start() - 30), m.start())
                or _NOT_A_PEOPLE.search(_window(words, m.start(), m.end()))
            ):
                continue
            if _TOLD_AFTER.match(words, m.end()):
                continue
            shape = own_shape(words, offsets, index, m, what, 60)
            if shape:
                found.append(shape)
                break
    return found


@rule(_RULE, Category.HATE)
def es_hinted(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that points at a group and leaves the reader to say it."""
    del sub
    if an.lang != "es" or not an.units or not _OPENING.search(an.norm.text):
        return []
    return held_shape(an, _RULE, _SCORE, _shapes(an))
