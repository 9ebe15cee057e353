"""Acts that read as crimes by their words and charge no one: a measure called a fraud by
name, one's own goods sold, a people "sold out" by a politician. Each is a guard of
`unattributed_claim`."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.officials import OFFICES, words_regex

# A plan, a law or a vote called a crime by name ("the mayor's water plan is a fraud", "la
# reforma del gobernador es una estafa"): the sentence's subject is the measure, judged as
# policy; its author is named only as its owner. "El socio del alcalde es un estafador" keeps
# a person as the subject.
_THING_CALLED = re.compile(
    r"[\W_]*(?:(?:and|but|honestly|so|y|pero|la verdad|o sea)\s+)?"
    r"(?:(?:the|this|that|his|her|their|el|la|este|esta|ese|esa|su)\s+)?(?:[\w']+\s+){0,2}?"
    r"(?:new\s+|whole\s+|nuevo\s+|nueva\s+)?"
    r"(?:plan|plans|proposal|reform|project|budget|deal|tax|fee|fees|program|programme|bill|"
    r"ordinance|law|policy|scheme|rate hike|election|recount|audit|contest|raffle|"
    r"propuesta|reforma|proyecto|presupuesto|acuerdo|impuesto|cobro|cuota|tarifa|aumento|"
    r"programa|ley|politica|iniciativa|eleccion|consulta|licitacion|rifa|sorteo|auditoria)"
    r"(?:\s+(?:de|del|de la|of|of the|for|para)\s+[\w\s']{1,40}?)?"
    r"\s+(?:(?:is|was|es|fue|era)\s+)?(?:(?:a|an|un|una|just|total|complete|puro|pura|"
    r"otra|another)\s+)*"
)


def thing_called(an: Analysis, units: list[Unit], crime: Unit) -> bool:
    """The act is a noun said of a measure, not of a person (`_THING_CALLED`)."""
    text = an.norm.text
    return _THING_CALLED.fullmatch(text, units[0].start, crime.start) is not None and (
        crime.text.startswith(("is ", "es ", "was ", "fue "))
        or text[: crime.start]
        .rstrip()
        .endswith((" is", " es", " was", " fue", " era", " a", " an", " un", " una"))
    )


# Spanish "vendió" stands alone in the lexicon for the many things an official may not sell
# (a ruling, a vote, the ejido's land, donated ambulances). Two objects are no crime: what one
# owns ("vendió el rancho", "vendió su casa") and a people sold out, political opinion as the
# English "sold out the ranchers" is ("el gobernador vendió a los rancheros por una foto").
_SOLD = frozenset({"vendio", "vende", "vendia", "vendieron", "venden"})
_OWN_GOODS = frozenset(
    {"acciones", "boletos", "caballos", "camioneta", "carro", "casa", "casita", "coche",
     "comida", "cosecha", "depa", "departamento", "elotes", "fonda", "fruta", "ganado",
     "lancha", "negocio", "pan", "rancho", "raspados", "restaurante", "ropa",
     "tacos", "tamales", "taqueria", "tienda", "tortillas", "troca", "vacas"}
)  # fmt: skip
_PEOPLE_SOLD = frozenset(
    {"rancheros", "pueblo", "gente", "trabajadores", "campesinos", "votantes", "mexicanos",
     "pais", "patria", "mexico", "ciudadanos", "vecinos", "colonos", "familias", "agricultores",
     "paisanos", "obreros", "maestros", "productores", "ganaderos", "texanos",
     "frontera", "estado", "nacion", "base"}
)  # fmt: skip
_OWNERS = frozenset({"el", "la", "los", "las", "su", "sus", "un", "una", "el viejo", "la vieja"})
_TAINTED = frozenset(
    {"falsos", "falsas", "falso", "falsa", "robados", "robadas", "robado", "robada", "piratas",
     "pirata", "clonados", "adulterados", "adulterada", "ajenos", "ajenas", "ajeno", "ajena",
     "donados", "donadas", "de contrabando", "contrabando", "chuecos", "chuecas"}
)  # fmt: skip
_FILLERS = frozenset({"propia", "propio", "toda", "todo", "pobre", "pobres", "querido", "querida"})
_TO_PEOPLE = frozenset({"a", "a los", "a las", "al", "a su", "a sus", "a la", "a toda la"})


def sold_plainly(an: Analysis, crime: Unit) -> bool:
    """'Vendió' with its own goods or a whole people as the object (`_OWN_GOODS`,
    `_PEOPLE_SOLD`): a sale or a political betrayal, not a crime charged."""
    if crime.text not in _SOLD:
        return False
    after = [u for u in an.units[crime.index + 1 : crime.index + 5] if u.sentence == crime.sentence]
    if len(after) < 2:
        return False
    words = [u.text for u in after]
    if words[0] == "a" and words[1] in _OWNERS:
        words = ["a " + words[1], *words[2:]]  # "a" and its article read as one unit
    words = [w for w in words if w not in _FILLERS]
    if len(words) < 2:
        return False
    lead, noun = words[0], words[1]
    if words[0] in _OWN_GOODS or (lead in _OWNERS and noun in _OWN_GOODS):
        # "vendió tamales", "vendió el rancho"; not "vende boletos falsos"
        return not any(w in _TAINTED for w in words[1:4])
    if lead not in _TO_PEOPLE or noun not in _PEOPLE_SOLD:
        return False
    # "vende a los paisanos a los polleros": a people sold TO someone is trafficking told
    rest = [u.text for u in an.units[after[-1].index + 1 : after[-1].index + 4]]
    return not any(w in _TO_PEOPLE or w in ("a", "al") for w in words[2:] + rest)


# "El alcalde es un vendido, punto.": a one-word verdict on an office-holder with nothing
# after it, the harsh opinion the posted policy keeps ("sharp criticism"); no bribe, payer or
# deed is stated. The same words of the author or a reader ("el autor es un vendido") and any
# object or reason after them ("... al cartel", "..., le pagan") stay an accusation.
_SELLOUT = frozenset({"es un vendido", "es una vendida"})
_OFFICE_SUBJECT = re.compile(
    r"[\W_]*(?:(?:el|la|nuestr[oa]|este|esta|ese|esa)\s+)?"
    + words_regex(OFFICES - {"partido", "gobierno", "cabildo", "congreso", "lobby"})
    + r"(?:\s+(?:de|del)\s+[\w\s]{1,30}?)?\s*"
)
_VERDICT_ENDS = re.compile(r"[\W_]*(?:(?:y\s+)?punto|asi de (?:simple|claro|facil)|y ya)?[\W_]*")


def office_called_sellout(an: Analysis, units: list[Unit], crime: Unit) -> bool:
    """The sentence is only an office-holder called "un vendido" (`_OFFICE_SUBJECT`), ending
    there or with "punto": opinion of a public figure, not a deed charged."""
    if crime.text not in _SELLOUT:
        return False
    text = an.norm.text
    end = units[-1].end
    return (
        _OFFICE_SUBJECT.fullmatch(text, units[0].start, crime.start) is not None
        and _VERDICT_ENDS.fullmatch(text, crime.end, end) is not None
    )
