"""Spanish lines that bar disabled, gay or trans people from a right, a role or a room
(`hate.es_barred`, hold only).

No slur and no insult: the group is named plainly and then kept out of what everyone else
has, for what they are. Disabled people told not to vote, work or be seen ("una persona ciega
no debería votar", "que se queden en sus casas", "a escuelas aparte con los de su tipo",
"habría que esterilizarlos"); a gay or trans teacher, candidate or player met with refusal
("¿un maestro gay en primaria? ni loco", "que no voten ni den clases"); a disabled person's
vote called wasted.

Every hit only holds: a moderator reads it. Families and advocates write the same words to
ask for the opposite ("no deberían quedarse en su casa por falta de rampas"), so a negation
before the bar, a line told as someone else's ("me dijeron que los de mi tipo no...") or
asked back, and a comment that calls some line discrimination or false let it pass.
"""

from __future__ import annotations

import re

from moderation.policy import branch_trie
from moderation.policy.analysis import Analysis
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context.others_belief import OTHERS_BELIEF
from moderation.policy.rules.hate_es_disability import DISABLED_ONE, DISABLED_PLURAL
from moderation.policy.rules.hate_es_held import held_shape
from moderation.policy.rules.hate_es_implicit import asked_es, reported_before
from moderation.policy.rules.hate_es_short import NEG_BEFORE_ES, masked_words, units_inside
from moderation.policy.rules.hate_es_tropes import marked_span
from moderation.policy.types import Category

_RULE = "hate.es_barred"
_SCORE = 0.75

# Disabled people by the words these comments use, plain or belittling: the nouns shared with
# hate_es_disability.py (one person by a noun that is nothing else: "un discapacitado como
# candidato", "¿un autista de maestro?"), and the belittling ones these bars use.
_DISABLED = (
    rf"{DISABLED_PLURAL}|{DISABLED_ONE}|"
    r"(?:personas?|ninos?|ninas?|gente|alguien|uno|los|las|nacieron) con "
    r"(?:alguna |una )?(?:discapacidad(?:es)?(?: \w+)?|(?:sindrome de )?down|autismo)|"
    r"(?:persona|gente) ciega|mongol(?:es|ic[oa]s?|itos?)|retrasad[oa]s|en silla de ruedas"
)
# Gay and trans people, named plainly.
_LGBT = r"gays?|lesbianas?|trans|travestis?|homosexual(?:es)?|transexual(?:es)?"
_MARK = branch_trie.compile(rf"\b(?:{_DISABLED}|{_LGBT})\b")
# Roles near children or in public life, for the "a gay teacher? not a chance" refusals.
_ROLE = (
    r"(?:maestr[oa]s?|profes?|profesor(?:a|es)?|educador(?:a|es)?|candidat[oa]s?|diputad[oa]s?|"
    r"alcaldes?a?|regidor(?:a)?|policias?|jueza?|portero|futbolistas?|entrenador(?:a)?|"
    r"pediatra|doctor(?:a)?|vendedor(?:a)?)"
)
# The bar: a right or a role denied, a room set apart, a body to be sterilised.
_BAR = re.compile(
    r"\b(?:no (?:deberia|deberian|debe|deben|tendria|tendrian)(?: ni)?(?: de)?(?: poder)?"
    r"(?: tener (?:derecho a|permitido))? (?:votar|gobernar|trabajar|dar clases|ser maestr\w+|"
    r"ser candidat\w+|estar (?:ahi|en (?:la|el|las|los) \w+)|decidir|adoptar|casarse|"
    r"tener hijos|nacer|existir|salir a la calle)|"
    r"(?:no les deberian dar|no hay que darles|que no les den) (?:trabajo|empleo|chamba|el voto|"
    r"derechos)|"
    r"que no (?:voten|den clases|adopten|trabajen|salgan)|"
    r"(?:se queden|quedarse|deberian estar|se deberian quedar|encerrados) en (?:su|sus) "
    r"casas?|"
    r"(?:escuelas?|salones?|lugares? de trabajo|trabajos?|oficinas?) aparten?|"
    r"(?:sus|su) propi[oa]s? (?:escuelas?|lugares? de trabajo|salones?|trabajos?)|"
    r"(?:estudien|vayan|trabajen|esten) aparten?|que los separen|separarl[oa]s|"
    r"esterilizar\w*|mejor seria que no nacieran|"
    r"(?:voto|dinero|plaza) (?:desperdiciad[oa]|tirad[oa] a la basura)|"
    r"no (?:contrataria|contrato|contratamos|contrataremos) a)\b"
)
# A member named in a role ("un maestro gay", "un discapacitado como candidato"), then
# refused in the same sentence or the next.
_IN_ROLE = re.compile(
    rf"\b(?:un|una) (?:(?:{_DISABLED}|{_LGBT}) (?:de|como) {_ROLE}|{_ROLE} (?:{_LGBT})|"
    rf"(?:{_DISABLED}) (?:votando|de candidat\w+|en la policia|gobernando))\b"
)
_REFUSED = re.compile(
    r"^(?: ,| \.)? en serio\b|"
    r"\b(?:ni loco|ni loca|no gracias|lo que nos faltaba|es una burla|"
    r"buscarse problemas|hay que correrl[oa]|que busque otra chamba|ni caminar puede|"
    r"voto desperdiciado)\b"
)
# Someone else's words told to the writer ("me dijeron que los de mi tipo no...").
_TOLD_ME = re.compile(
    r"\b(?:me|nos|te|le|les) (?:dijeron|decian|dicen|dijo|decia|gritaron|escribieron)"
    r"(?: [^ .]+){0,4}? (?:que )?$"
)
_BARRED = "disabled, gay or trans people barred from a right, a role or a room"
_REFUSE = "a disabled, gay or trans person refused a role for what they are"


def told(words: str, at: int) -> bool:
    """The line at `at` is someone else's, told or reported, or negated just before."""
    lo = max(0, at - 60)
    before = words[lo:at]
    if OTHERS_BELIEF.search(before) or _TOLD_ME.search(before):
        return True
    if reported_before(before, words, lo):
        return True
    clause = max(words.rfind(",", 0, at), words.rfind(" . ", 0, at), at - 45, 0)
    return bool(NEG_BEFORE_ES.search(words, clause, at))


def _asked_at(an: Analysis, offsets: list[int], index: list[int], at: int) -> bool:
    """The sentence holding `at` is a question ("¿por qué no deberían votar?")."""
    units = units_inside(offsets, index, at, at + 60)
    return bool(units) and asked_es(an, units[0])


def _shapes(an: Analysis) -> list[tuple[int, int, str]]:
    words, offsets, index = masked_words(an, set())
    found: list[tuple[int, int, str]] = []
    # one search first: `marked_span` rescans the sentences around every mark
    span = marked_span(words, _MARK, _BAR) if _BAR.search(words) else None
    if span is not None:
        a, b = span
        bar = next(_BAR.finditer(words, a, b), None)
        at = bar.start() if bar else a
        if not (told(words, at) or told(words, a) or _asked_at(an, offsets, index, at)):
            inside = units_inside(offsets, index, a, b)
            if inside:
                found.append((inside[0], inside[-1], _BARRED))
    for m in _IN_ROLE.finditer(words):
        end = words.find(" . ", m.end())
        end = words.find(" . ", end + 3) if end >= 0 else -1
        tail = words[m.end() : end if end >= 0 else len(words)]
        r = _REFUSED.search(tail)
        if r is None or told(words, m.start()) or told(words, m.end() + r.start()):
            continue
        inside = units_inside(offsets, index, m.start(), m.end() + r.end())
        if inside:
            found.append((inside[0], inside[-1], _REFUSE))
            break
    return found


@rule(_RULE, Category.HATE, needs=(_MARK,))
def es_barred(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that bars disabled, gay or trans people for what they are."""
    del sub
    if an.lang != "es" or not an.units or not _MARK.search(an.norm.text):
        return []
    return held_shape(an, _RULE, _SCORE, _shapes(an))
