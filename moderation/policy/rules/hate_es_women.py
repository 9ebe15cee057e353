"""Spanish misogyny said as a trait of women (`hate.es_women`, hold only).

The blog's sexist comments rarely insult: they say women as a class are unfit to govern, judge
or police ("no tienen carácter para eso", "gobiernan con las emociones", "se ponen a llorar"),
that their place is the home ("que se regresen a su casa", "su lugar es el hogar"), that the
job is "trabajo de hombres", or that women who report abuse all lie. Each shape counts only
with women named in its sentence or the one before, so the same words about a team, a man or
a coach pass.

Every hit only holds: a moderator reads it. A negation right before the shape, a line told as
someone else's ("decir que las mujeres no tienen cabeza es machismo"), a quoted or reported
line, and a comment that calls some line sexist or false let it pass.
"""

from __future__ import annotations

import re

from moderation.policy import branch_trie
from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.hate_es_held import held_shape
from moderation.policy.rules.hate_es_implicit import own_shape
from moderation.policy.rules.hate_es_short import masked_words
from moderation.policy.types import Category

_RULE = "hate.es_women"
_SCORE = 0.75

# Women as a class, never one official by her title: harsh words about a mayor who happens to
# be a woman are political opinion ("la gobernadora no tiene carácter, que renuncie").
_WOMEN = branch_trie.compile(
    r"\b(?:mujer|mujeres|viejas?|ellas|feministas|muchachas|senoras|tias)\b"
)
# Office, command and hard work, which the shapes say women are unfit for.
_OFFICE = (
    r"(?:mandar|gobernar|dirigir|decidir|votar|opinar|eso|la politica|politica|seguridad|"
    r"el poder|un operativo|la policia|el ejercito|la defensa|tomar decisiones|controlar|"
    r"enfrentar|manejar|un municipio|una ciudad|un estado|un pais|cargos?|puestos?|liderar)"
)

_UNFIT = "women held unfit to govern, judge or command"
_HOME = "women told their place is the home"
_LIARS = "women who report abuse said to lie"

_SHAPES: tuple[tuple[str, re.Pattern], ...] = (
    (
        _UNFIT,
        re.compile(
            r"\b(?P<p>(?:gobiernan|gobierna|piensan|piensa|deciden|decide|lo deciden|"
            r"todo lo deciden|votan|mandan|actuan|juzgan)(?: todo| siempre)? con (?:el|las|los|la) "
            r"(?:sentimiento|sentimientos|emociones|corazon|utero|hormonas)|"
            r"se (?:dejan|deja) llevar por (?:el|las|los|la|lo que) (?:sentimiento|sentimientos|"
            r"emociones|corazon|hormonas|sienten|siente)|"
            r"(?:no|nunca) (?:tienen|tiene) (?:el |la )?(?:caracter|temple|cabeza|temperamento|"
            rf"huevos|fuerza|capacidad) (?:para|pa) {_OFFICE}|"
            r"no (?:les|le) da la cabeza|no estan hechas (?:para|pa)|"
            r"(?:son|es) (?:muy |mas |demasiado )?(?:emocionales|emocional|histericas)|"
            r"se (?:pone|ponen) (?:a llorar|histericas?)|"
            r"(?:cuanto (?:dura|aguanta)) antes de (?:ponerse a )?llorar|"
            r"nacieron para otras cosas|"
            r"(?:nomas|solo|nada mas) sirven (?:para|pa) (?:levantar|adornar|hacer cafe|"
            r"la cocina|cocinar|planchar|tener hijos)|sirven para la (?:cocina|cama)|"
            r"(?:trabajo|cosa|cosas) de hombres|se necesitan? (?:un )?(?:hombres?|huevos)|"
            # worth nothing in office, no use in uniform, a man would have done better
            rf"(?:no|ni) (?:valen|vale|sirven|sirve) (?:para|pa) {_OFFICE}|"
            r"(?:poner|meter) (?:a )?(?:mujeres|viejas) (?:de|en (?:la|el)) \w+ no sirve|"
            r"(?:no|ni) valen igual|rinden menos|"
            r"un hombre ya (?:hubiera|habria) (?:puesto orden|resuelto|arreglado|controlado)|"
            r"se (?:va|van) a poner a llorar|asi son todas|"
            rf"no (?:es|son) tema (?:para|pa) (?:mujeres|viejas|ellas))\b"
        ),
    ),
    (
        _HOME,
        re.compile(
            r"\b(?P<p>su lugar es (?:el hogar|la casa|la cocina)|sabian cual era su lugar|"
            r"(?:pertenecen|pertenece) (?:solo |nomas |unicamente )?"
            r"(?:(?:a|en) (?:la cocina|la casa|el hogar|su casa)|al hogar)(?! (?:de|del)\b)|"
            r"el lugar de (?:la mujer|las mujeres) es (?:la cocina|la casa|el hogar)|"
            r"(?:deberian|deberia|debe|deben) estar en (?:su|la|sus) (?:casa|casas|cocina|hogar) "
            r"(?:cuidando|atendiendo|con)|"
            r"que (?:se )?(?:regresen|queden|vuelvan|vuelva|regrese|quede) (?:a|al|en) "
            r"(?:su casa|la casa|sus casas|casa|hogar|el hogar|la cocina)|"
            r"(?:la mujer|las mujeres) (?:deberia|deberian|debe|deben) estar con (?:sus|los) hijos|"
            r"q vuelva a escribir recetas|la mujer en la casa)\b"
        ),
    ),
    (
        _LIARS,
        re.compile(
            r"\b(?:denuncia|denuncian)\b[^.]{0,50}? (?P<p>(?:todas|casi todas|la mitad) "
            r"mienten|mienten (?:para|pa) sacar|seguro algo hizo|nomas quieren sacar dinero)\b|"
            r"\b(?:mujeres|ellas) (?P<q>mienten (?:sobre|para|pa)|(?:todas|siempre) mienten)\b|"
            r"\b(?:denuncia|denuncian)\b[^.]{0,50}? (?P<r>mienten (?:casi )?todas)\b"
        ),
    ),
)
# Feelings and tears alone are no unfitness ("las señoras se ponen a llorar con las
# mañanitas", "deciden con el corazón y les va bien"): they count with an office, a vote, a
# reason or a ruin named around them.
_EMOTION = re.compile(
    r"(?:con (?:el|las|los|la) (?:sentimiento|sentimientos|emociones|corazon|utero|hormonas)|"
    r"llevar por|emocional(?:es)?|histericas?|llorar)\b"
)
_AT_STAKE = re.compile(
    rf"\b(?:{_OFFICE[3:-1]}|presidenta|alcaldesa|gobernadora|juez\w*|candidata|congresista|"
    r"diputada|senadora|jef[ae]s?|poder|gobiern\w+|mandan|vot\w+|ley|leyes|"
    r"decisiones|decidan|juzgan|cabeza|cerebro|razon|por eso|como estamos|estamos asi|"
    r"pasa lo que pasa|"
    r"deberian?|no pueden|no sirven|policia|ejercito|cabildo|consejo|economia|municipio|"
    r"distrito|crisis|serias?|comandancia|balacera\w*|balazos?|patrulla|garita|alcald\w+|"
    r"presidencia)\b"
)
# Women named as the subject of the shape: in its sentence or the one before.
_NEAR = 200


def _women_near(words: str, m: re.Match) -> bool:
    """Women named in the match's sentence or the sentence before it."""
    prev = words.rfind(" . ", 0, max(0, words.rfind(" . ", 0, m.start())))
    start = max(0, prev, m.start() - _NEAR)
    end = words.find(" . ", m.end())
    return bool(_WOMEN.search(words, start, end if end >= 0 else len(words)))


def _at_stake(words: str, m: re.Match) -> bool:
    """An office, a vote, a reason or a ruin in the match's sentence or the one before."""
    prev = words.rfind(" . ", 0, max(0, words.rfind(" . ", 0, m.start())))
    end = words.find(" . ", m.end())
    around = words[max(0, prev, m.start() - _NEAR) : end if end >= 0 else len(words)]
    return bool(_AT_STAKE.search(around))


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    words, offsets, index = masked_words(an, set())
    found: list[tuple[int, int, str]] = []
    for what, pattern in _SHAPES:
        for m in pattern.finditer(words):
            if not _women_near(words, m):
                continue
            if what == _UNFIT and _EMOTION.search(m.group("p")) and not _at_stake(words, m):
                continue
            shape = own_shape(words, offsets, index, m, what, 60)
            if shape:
                found.append(shape)
                break
    return found


@rule(_RULE, Category.HATE, needs=(_WOMEN,))
def es_women(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that says women as a class are unfit, belong home, or lie."""
    del sub
    if an.lang != "es" or not an.units or not _WOMEN.search(an.norm.text):
        return []
    return held_shape(an, _RULE, _SCORE, _shapes(an), asked=True)
