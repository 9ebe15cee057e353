"""What a Spanish plural object pronoun ("desaparézcanlos", "eliminarlos", "quítenlas") stands
for when the comment names it: spending, programmes, taxes, fees and other things of policy are
abolished, not harmed. A pronoun is read as people unless every plural noun it may stand for,
in its sentence or the one before, is such a thing."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

# Things of policy, money and paper that a comment asks to abolish, cut or throw out
# ("esos gastos", "los subsidios", "las multas"), in the singular; homes and places stay out (a
# burnt home is a threat to whoever lives there).
_THINGS_ES = frozenset(
    {"gasto", "programa", "impuesto", "subsidio", "apoyo", "beca", "bono", "fideicomiso",
     "privilegio", "partida", "fondo", "presupuesto", "recurso", "contrato", "convenio",
     "tratado", "acuerdo", "arancel", "tarifa", "cuota", "multa", "cobro", "recargo", "peaje",
     "caseta", "tope", "tramite", "requisito", "permiso", "reglamento", "regla", "ley",
     "decreto", "articulo", "inciso", "plan", "proyecto", "puesto", "cargo", "salario",
     "sueldo", "aguinaldo", "viatico", "seguro", "credito", "prestamo", "deuda", "recibo",
     "factura", "papel", "documento", "boleta", "archivo", "expediente", "anuncio", "letrero",
     "espectacular", "comentario", "mensaje", "tuit", "video", "meme", "organismo",
     "instituto", "consejo", "comite", "horario", "examen", "curso", "evento", "festejo",
     "concurso", "premio", "medidor", "parquimetro", "semaforo", "bache"}
)  # fmt: skip
# Endings of Spanish nouns of acts and systems ("las concesiones", "los nombramientos"),
# plural; "-dades"/"-tades" and "-ajes" stay out, they name people as often ("las autoridades",
# "las nacionalidades", "esos personajes").
_THING_ENDINGS = ("ciones", "siones", "ismos", "mientos", "ncias")
# Paper that may be burnt or shredded as well as abolished ("quémenlos, esos recibos").
_PAPER_ES = frozenset(
    {"recibo", "factura", "papel", "documento", "boleta", "archivo", "expediente"}
)  # fmt: skip
# Verbs that abolish, cut or take away a thing, in any form with its clitics ("desaparézcanlos",
# "eliminarlos", "quítenlas"); killing, hanging or shooting never reads as abolishing.
_ABOLISH = re.compile(
    r"\b(?:desapare[cz]|elimin|quit|cancel|recort|aboli|abol[ae]|borr|suprim|derog)\w*"
)
_BURN = re.compile(r"\bquem\w*")
_DETERMINERS = frozenset(
    {"los", "las", "esos", "esas", "estos", "estas", "aquellos", "aquellas", "sus", "unos",
     "unas", "nuestros", "nuestras", "tus", "mis", "todos los", "todas las"}
)  # fmt: skip
# Words between a determiner and its noun that are no noun ("los mismos", "esos malditos").
_BEFORE_NOUN = frozenset(
    {"mismos", "mismas", "dichosos", "dichosas", "famosos", "famosas", "benditos", "benditas",
     "malditos", "malditas", "pinches", "supuestos", "supuestas", "nuevos", "nuevas",
     "viejos", "viejas", "otros", "otras", "demas", "tales"}
)  # fmt: skip


def thing_plural(word: str) -> bool:
    """A plural noun of a policy thing: "gastos", "subsidios", "concesiones"."""
    if word.endswith(_THING_ENDINGS):
        return True
    for cut in (1, 2):
        if len(word) > cut + 2 and word[-cut:] in ("s", "es") and word[:-cut] in _THINGS_ES:
            return True
    return False


def _plural_nouns(an: Analysis, lo: int, hi: int) -> list[int]:
    """The heads of the plural noun phrases among units lo..hi, opened by a determiner and
    not the complement of another noun ("los privilegios de los diputados" has one)."""
    heads = []
    for k in range(lo, hi + 1):
        u = an.units[k]
        if u.text not in _DETERMINERS and u.text.split()[-1] not in ("los", "las"):
            continue
        j = k + 1
        while j <= hi and an.units[j].text in _BEFORE_NOUN:
            j += 1
        if j > hi or an.units[j].sentence != u.sentence or an.units[j].text in _DETERMINERS:
            continue  # "quemen los esos recibos": a clitic split off, the next one opens
        before = an.units[k - 1].text if k > lo else ""
        if before in ("de", "del") or u.text in ("de los", "de las"):
            continue  # "los privilegios de los diputados": the privileges are the object
        if u.text in ("a los", "a las") and before and thing_plural(before):
            continue  # "los subsidios a las petroleras": given to them, the subsidies named
        heads.append(j)
    return heads


def _paper_plural(word: str) -> bool:
    """A plural noun of paper: "recibos", "papeles"."""
    return any(word[-cut:] in ("s", "es") and word[:-cut] in _PAPER_ES for cut in (1, 2))


def pronoun_stands_for_things(an: Analysis, k: int, act: str) -> bool:
    """The plural object pronoun at unit k stands for things: every plural noun phrase of its
    sentence and the one before ("Los subsidios no sirven. Desaparézcanlos.", "desaparézcanlos,
    esos gastos") has a policy thing for its head, and there is at least one. A person, a
    group or an unknown noun keeps it people ("Los periodistas no sirven. Desaparézcanlos.").
    Only a verb of abolishing (act, its text) reads so; burning also reads so for paper
    ("quémenlos, esos recibos"); killing, hanging or shooting keeps it people."""
    abolish = bool(_ABOLISH.search(act))
    if not abolish and not _BURN.search(act):
        return False
    sentence = an.units[k].sentence
    near = [u.index for u in an.units if sentence - 1 <= u.sentence <= sentence]
    if not near:
        return False
    heads = [j for j in _plural_nouns(an, near[0], near[-1]) if j != k]
    if not heads:
        return False
    for j in heads:
        u = an.units[j]
        if u.code in ("G", "g", "S", "P") or u.has("INS") or not thing_plural(u.text):
            return False
        if not abolish and not _paper_plural(u.text):
            return False  # "quémenlos, esos subsidios": only paper is burnt harmlessly
    return True
