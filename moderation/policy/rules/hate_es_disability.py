"""Spanish lines that shut disabled people away, with no slur in them (`hate.es_disability`,
hold only).

Disabled people named ("los discapacitados", "los sordos", "niños con autismo", "los de silla
de ruedas", "el que nace con síndrome de Down") and then sent home or to an institution ("que
se queden en su casa", "en instituciones aparte"), kept apart ("que estudien aparte", "sus
propios lugares de trabajo", "que los separen"), bred out ("esterilizarlos", "mejor que no
nacieran"), held unfit to take part ("ni caminar puede y quiere gobernar", "no debería estar
en la boleta", "carga pública", "atrasan a todos"), a weight on everyone ("nomás estorban",
"son una carga") or said to fake it ("muchos ni están mal, nomás se hacen"). Old people as a
kind ("los viejos", "los ancianos", "los adultos mayores") are read the same way: "los viejos
ya no deberían votar, nomás estorban"; a tally of how they vote is no line.

Every hit only holds: a moderator reads it. Parents and teachers quote these very lines to
answer them ("leí que 'los ciegos deberían quedarse en casa'; mi madre es ciega"): a negation
before the line, a quoted, reported or denied line, and a comment that calls some line cruel,
false or ignorance let it pass.
"""

from __future__ import annotations

import re

from moderation.policy import branch_trie
from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.hate_es_held import asserted_units, held_shape
from moderation.policy.rules.hate_es_implicit import asked_es
from moderation.policy.rules.hate_es_short import NEG_BEFORE_ES, masked_words
from moderation.policy.rules.hate_es_tropes import without_disclaimers
from moderation.policy.types import Category

_RULE = "hate.es_disability"
_SCORE = 0.75

# The nouns for disabled people that these lines and hate_es_barred.py's share. In the plural
# they name the kind (a referee called "ciego" is not one); in the singular, the nouns that are
# nothing else name one person ("un discapacitado como candidato"), and "inválido", also an
# adjective ("un voto inválido"), only after an article or a demonstrative.
_DISABLED_STEMS = ("discapacitad", "minusvalid", "invalid", "sordomud", "sord", "cieguit")
# ("a ciegas" is "blindly": "no voten a ciegas" bars no one)
DISABLED_PLURAL = rf"(?:{'|'.join(_DISABLED_STEMS)})[oa]s|ciegos|(?<!\ba )ciegas|autistas"
DISABLED_ONE = r"(?:discapacitad|sordomud|minusvalid)[oa]|autista"
DISABLED_NAMED_ONE = rf"(?:un|una|ese|esa|el|la) (?:{DISABLED_ONE}|invalid[oa])"
_WITH = r"(?:discapacidad|autismo|sindrome de down|tdah|paralisis cerebral|silla de ruedas)"
# Disabled people as a kind: plural nouns, a noun "with" a condition, or whoever is born with
# one.
_MARK = branch_trie.compile(
    rf"\b(?:{DISABLED_PLURAL}|mudos|gente defectuosa|{DISABLED_NAMED_ONE}|"
    r"(?:personas?|gente|ninos|ninas|hijos|alumnos|candidatos?|diputad[oa]s?|un|una|los|las)"
    rf" (?:con|en) {_WITH}|(?:los|las) de silla de ruedas|"
    rf"(?:el|la|los|las|quien|quienes) que (?:nace|nacen|nacieron|nacio) con {_WITH}|"
    # old people as a kind, by the noun that heads the phrase ("los viejos", "los ancianos")
    r"(?:los|las|esos|esas|unos|unas|pinches|a los|a las) (?:viejos|viejitos|viejitas|ancianos|"
    r"ancianas|rucos|ruquitos|(?:adultos|personas) mayores|(?:viejos|ancianos) jubilados)"
    r"(?! (?:tiempos|edificios|amigos|conocidos|lobos|camiones|carros|coches|muebles|libros|"
    r"discos|juegos|modelos|programas|equipos|habitos|zorros|sistemas|partidos|politicos)\b)|"
    r"(?:la|esa) gente (?:mayor|grande|de la tercera edad))\b"
)
_SHOULD = (
    r"(?:deberia|deberian|deben|debe|tendrian que|tienen que|habria que|hay que|que|mejor que|"
    r"mejor)"
)
# What the line does with them: home or an institution, apart, bred out, unfit, faking.
_SAID = re.compile(
    r"\b(?:"
    rf"(?:{_SHOULD} (?:se )?|se (?:deberian?|tienen que|tendrian que) )(?:quedar(?:se)?|queden|"
    r"quede) (?:en (?:su|sus) casas?|encerrad[oa]s)|"
    r"(?:encerrarl[oa]s|internarl[oa]s|en instituciones(?: aparte)?|en el cuarto de atras)|"
    r"(?:estudien|trabajen|vivan|esten|estudiar|trabajar|vivir) aparte|"
    r"(?:sus|su) propi[oa]s? (?:lugares de trabajo|escuelas?|trabajos|transporte|oficinas|salones)|"
    r"que los (?:separen|aparten)|separarl[oa]s|con los de su tipo|"
    r"esterilizarl[oa]s|esterilizar a|"
    r"no (?:deberian?|deben) (?:ni )?(?:nacer|tener hijos|casarse|reproducirse)|"
    r"(?:mejor|mas humano) (?:seria )?que no (?:nacieran|nazcan)|castigo para la familia|"
    r"ni (?:caminar|ver|oir|hablar|moverse) (?:puede|pueden)|"
    r"(?:puede|pueden) ni (?:caminar|ver|oir|hablar|moverse|subir una escalera)|"
    r"no (?:deberia|deberian) (?:ni )?(?:estar (?:ahi|en la boleta|en el congreso|en el cabildo)|"
    r"decidir|gobernar|ser candidat[oa]s?|votar)|en la boleta|"
    r"carga publica|no (?:va|van) a aguantar el ritmo|"
    r"(?:retrasando|atrasando|atrasar|estorbar|estorbando) a (?:todos|los demas|los normales)|"
    r"los demas se atrasan|decidir por los normales|"
    r"nomas se hacen|ni estan (?:mal|enfermos)|(?:son|es) un castigo|"
    # held to be a weight on everyone else, or kept from a normal school
    r"(?:nomas |solo |nada mas |puro )?estorb(?:an|ar|o)|"
    r"(?<!\bque )(?<!\bque si )(?:son|es|somos) (?:una carga|un gasto|un estorbo|"
    r"una molestia|un lastre)|"
    r"(?:atrasan|retrasan|frenan) a (?:todos|los demas|los otros|los normales|la clase)|"
    r"no (?:deberian|deben|deberia|debe|tienen por que) (?:estar|estudiar|ir) en (?:escuelas|"
    r"salones|clases|grupos) (?:normales|regulares)|"
    r"(?:dejar|dejen) de (?:atenderl[oa]s|darles (?:pension|atencion|medicinas))|"
    r"no (?:deben|tienen por que) (?:votar|manejar|opinar|decidir)|"
    # a licence taken from them with contempt after it ("deberían perder la licencia a los
    # setenta, son un peligro"); a retest or an age rule for drivers is an opinion on licensing
    r"(?:perder|entregar|que (?:les )?quiten|quitarles|quitenles) (?:la|las|su|sus) "
    r"(?:licencias?|llaves|placas)(?: [^ .]+){0,6} , (?:ya )?(?:son|es) (?:un |una )?"
    r"(?:peligro|amenaza|estorbo|lastre|plaga)"
    r")\b"
)
# A condition right after the line: the writer names a need, not a bar.
_UNLESS_AFTER = re.compile(r" (?:, )?(?:sin|si no|hasta que|mientras no|a menos que)\b")
_SHUT = "disabled people sent home, kept apart, bred out, or held unfit to take part"


def _span(words: str) -> tuple[int, int] | None:
    """The span of a mark and a line said of it later in its sentence or in the next two (the
    line often comes after a question or a reason: "¿en serio? Ni caminar puede"), with no
    negation in the line's own clause before it ("no es que deban quedarse en casa")."""
    words = without_disclaimers(words)
    for m in _MARK.finditer(words):
        end = m.end()
        for _ in range(3):
            end = words.find(" . ", end + 1)
            if end < 0:
                end = len(words)
                break
        for c in _SAID.finditer(words, m.end(), end):
            if _UNLESS_AFTER.match(words, c.end()):
                continue  # "... en escuelas normales sin intérprete": a need, not a bar
            clause = max(words.rfind(" , ", 0, c.start()), words.rfind(" . ", 0, c.start()))
            if not NEG_BEFORE_ES.search(words, max(clause, m.end()), c.start()):
                return m.start(), c.end()
    return None


def _shape(an: Analysis) -> tuple[int, int] | None:
    words, offsets, index = masked_words(an, set())
    span = _span(words)
    if span is None:
        return None
    return asserted_units(words, offsets, index, span, _SAID)


@rule(_RULE, Category.HATE, needs=(_MARK,))
def es_disability(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that shuts disabled people away or calls them unfit."""
    del sub
    if an.lang != "es" or not an.units or not _MARK.search(an.norm.text):
        return []
    found = _shape(an)
    if found is None or asked_es(an, found[1]):
        return []  # the line asked back ("¿y por qué deberían quedarse en su casa?")
    return held_shape(an, _RULE, _SCORE, [(found[0], found[1], _SHUT)])
