"""Spanish anti-LGBT lines with no slur in them (`hate.es_lgbt`, hold only).

Gay, lesbian and trans people named (a trans woman also by misgendering: "un hombre con
peluca", "un señor es señora"), then called ill ("es una enfermedad", "enfermos de la cabeza",
"necesitan psiquiatra", a later "estos enfermos"), to be cured or shut away, not real men or
women ("un hombre disfrazado", "les falta un hombre de verdad"), or a danger to be kept from
children ("no deberían dar clases", "que no adopten"); a son or a daughter thrown out
for being gay or lesbian, or rather dead or a thief. A slur for gay, lesbian or trans people
names them as well ("si me sale marimacha la echo de la casa"): the Spanish words mask every
slur as a group token, and here a sexuality slur's token counts as the group.

Every hit only holds: a moderator reads it. These lines are the ones the blog's readers quote
most to answer them ("ser gay no es enfermedad, lo dice la OMS"): a negation between the group
and the line or before it, a quoted, reported or denied line, and a comment that calls some
line homophobic, false or ignorance let it pass.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.hate_es_held import asserted_units, held_shape
from moderation.policy.rules.hate_es_short import masked_words
from moderation.policy.rules.hate_es_tropes import marked_span
from moderation.policy.types import Category

_RULE = "hate.es_lgbt"
_SCORE = 0.75

_MARK = re.compile(
    r"\b(?:GAY|gays?|trans|lesbianas?|homosexual(?:es)?|travestis?|jotos?|lgbt\w*|"
    r"marcha del orgullo|el orgullo|marcha gay|transexual(?:es)?|identidad de genero|"
    r"boda gay|parejas? del mismo sexo|"
    # a trans woman named by misgendering her ("un hombre con peluca", "un señor es señora")
    r"(?:hombres?|senor|senores|tipos?|varon|varones) (?:con peluca|con falda|vestidos? de mujer|"
    r"disfrazados? de mujer)|un (?:senor|hombre) es (?:una )?(?:senora|mujer))\b"
)
# What the line says of them: ill, to be cured, not real, a danger to children, thrown out.
_SAID = re.compile(
    r"\b(?:(?:son|es|esta|estan|andan|gente|unos|unas|persona|personas|por|de) "
    r"enferm(?:o|a|os|as)(?! de (?:cancer|covid|diabetes|vih|sida|gripa))|"
    r"enferm(?:o|a|os|as) (?:mentales?|de la cabeza)|"
    r"(?:gente|personas) que (?:esta|estan) enferm(?:a|as|os)|"
    r"(?:estos|esos|estas|esas) enferm(?:os|as|itos|itas)(?! (?:de|del) (?:cancer|covid|diabetes|"
    r"vih|sida|gripa|hospital))|(?:es|son) (?:una )?enfermedad|"
    r"enfermedad mental|(?:es )?un trastorno|mal de la cabeza|problemas mentales|"
    r"(?:mandarlos|mandarlas|llevarlos) a terapia|curarl[oa]s|que se curen|"
    r"(?:necesitan?|deberia\w* estar en un|meterlos en un|al) (?:psiquiatra|psiquiatrico|"
    r"manicomio)|psiquiatra ,? no derechos|"
    r"(?:falta|faltan|encontraron|conocido|conocen|necesitan)(?: es)? (?:a )?(?:un )?"
    r"hombre de verdad|"
    r"no son (?:mujeres|hombres|una familia)(?: de verdad)?|hombres? disfrazad[oa]s?|"
    r"hombres enfermos|nunca (?:sera|seran|van a ser|lo van a ser) (?:mujer|mujeres|hombre|"
    r"hombres|una familia)|abominacion|sodoma|"
    r"no deberian? (?:estar (?:con|cerca de) (?:ninos|los ninos|mis hijos)|dar clases|adoptar)|"
    r"(?:que|mejor que) no (?:adopten|den clases|se acerquen a (?:mi|mis|nuestros|los))|"
    r"quitarles los hijos|l[oa] (?:saco|corro|echo|sacaria|correria|echaria) (?:de (?:la|mi) casa|"
    r"a patadas)|prefiero (?:un hij[oa]|una hija) (?:muert[oa]|ladron|ladrona|drogadict[oa]|"
    r"narco|pres[oa]|en la carcel)|"
    r"no (?:es|sea) normal|nada normal|un monstruo|esos fenomenos)\b"
)
# The gate's words for a comment with a sexuality slur in it (`slurs.tsv`, group sexuality):
# the common stems; the slur itself is read from its unit (`_slur_named`).
_SLUR_GATE = re.compile(
    r"\b(?:maric\w*|mariquit\w*|marik\w*|amaricon\w*|jot[oa]s?|jotolon\w*|tortiller\w*|"
    r"boller\w*|marimach\w*|machorr\w*|sarasas?|bujarr\w*|mariposon\w*|trolos?|maracos?|"
    r"lenchas?|putos?)\b"
)
_AS_GROUP = "GAY"  # as long as the mask's "GRP", so the offsets stay right
_ILL = "gay, lesbian or trans people called ill, unreal, or a danger to children"


# "estos enfermos" points back to people already named, however far back.
_THESE_ILL = re.compile(r"\b(?:estos|esos|estas|esas) enferm(?:os|as|itos|itas)\b")


def _sexuality_slur(u: Unit) -> bool:
    """A slur whose target group is gay, lesbian or trans people."""
    return u.code == "S" and u.meta("S").split("|", 1)[0] == "sexuality"


def _slur_named(an: Analysis) -> tuple[str, list[int], list[int]]:
    """`masked_words` with each sexuality slur's group token written as `GAY`, a name of the
    people this rule reads; other slurs stay the generic group token."""
    words, offsets, index = masked_words(an, set())
    if not any(_sexuality_slur(u) for u in an.units):
        return words, offsets, index
    chars = list(words)
    for o, k in zip(offsets, index, strict=True):
        if words.startswith("GRP", o) and _sexuality_slur(an.units[k]):
            chars[o : o + 3] = _AS_GROUP
    return "".join(chars), offsets, index


def _shapes(an: Analysis) -> list[tuple[int, int]]:
    """The units of the group-and-line span, and, when the line is a sentence of its own after
    the people were named ("... a un hombre con peluca. Son enfermos."), of that sentence
    alone: a frame around the naming does not reach it."""
    words, offsets, index = _slur_named(an)
    span = marked_span(words, _MARK, _SAID)
    if span is None:
        mark = _MARK.search(words)
        these = _THESE_ILL.search(words, mark.end()) if mark else None
        if these is None:
            return []
        span = these.span()
    a, b = span
    spans = [span]
    brk = words.rfind(" . ", a, b)
    line = _SAID.search(words, brk, b) if brk >= 0 and _MARK.match(words, a) else None
    if line is not None:
        spans.append((line.start(), b))
    found = (asserted_units(words, offsets, index, s, _SAID) for s in spans)
    return [f for f in found if f is not None]


@rule(_RULE, Category.HATE, needs=(_MARK, _SLUR_GATE))
def es_lgbt(an: Analysis, sub) -> list[Hit]:
    """Hold a Spanish comment that calls gay, lesbian or trans people ill or unreal."""
    del sub
    if an.lang != "es" or not an.units:
        return []
    if not _MARK.search(an.norm.text) and not any(_sexuality_slur(u) for u in an.units):
        return []
    shapes = [(first, last, _ILL) for first, last in _shapes(an)]
    return held_shape(an, _RULE, _SCORE, shapes, asked=True)
