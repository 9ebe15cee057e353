"""Phrasal verbs split by their object ("drive all the X out", "sacar a los X de aqui", "put X
in the ground"): the verb unit read as the whole expelling or killing verb."""

from __future__ import annotations

from moderation.policy.analysis.units import Unit
from moderation.policy.lexicon import Lexicon

# Expulsion verbs whose particle follows the object: "drive all the X out", "ship them back",
# "sacar a los X de aqui". The verb unit is read as the whole phrasal verb.
_SPLIT_HEADS = {
    "en": frozenset({"drive", "run", "kick", "throw", "chase", "force", "push", "ship", "send",
                     "boot", "round", "keep", "wipe", "smoke", "burn", "root", "weed", "hound",
                     "purge"}),
    "es": frozenset({"sacar", "saquen", "sacarlos", "echar", "echen", "correr", "corran",
                     "mandar", "manden", "regresar", "regresen", "devolver", "devuelvan",
                     "expulsar", "expulsen", "botar", "boten", "largar", "quitar", "quiten"}),
}  # fmt: skip


_SPLIT_PARTICLES = {
    "en": frozenset({"out", "away", "back", "off", "up", "home"}),
    "es": frozenset({"de aqui", "de aca", "del pais", "de este pais", "de nuestro pais",
                     "a su pais", "a sus paises", "de mi pais", "de la ciudad", "de mexico",
                     "de eeuu", "de estados unidos", "de", "del", "a"}),
}  # fmt: skip


# Verbs that harm only with their own particle ("put X against a wall", "throw X into the
# sea", "lock X up"): "put X up in hotels" or "push X into leadership" harm no one.
_OWN_PARTICLES = {
    "throw": frozenset({"into", "in", "overboard"}),
    "drag": frozenset({"out", "away"}),
    "lock": frozenset({"up", "away"}),
    "string": frozenset({"up"}),
    "hunt": frozenset({"down"}),
    "gun": frozenset({"down"}),
    "mow": frozenset({"down"}),
    "beat": frozenset({"up"}),
    "line": frozenset({"up"}),
}


_PUT_PLACES = ("down", "against", "behind bars", "in the ground", "in their graves",
               "in the grave", "in camps", "in cages", "in prison", "in jail", "in ovens",
               "in the ovens", "in chains", "to death", "to sleep", "six feet under")  # fmt: skip


_SPLIT_OBJECT = frozenset({"A", "G", "t", "g"})


# Places of a killing after a driving verb ("drive X into the sea"); "drive X into poverty" is
# a consequence and stays a plain verb.
_DEATH_WATERS = ("into the sea", "into the ocean", "into the river", "into the fire",
                 "into the ovens", "off a cliff", "off the cliff")  # fmt: skip


_PLACED_HEADS = {"put": _PUT_PLACES, "drive": _DEATH_WATERS, "push": _DEATH_WATERS,
                 "chase": _DEATH_WATERS, "force": _DEATH_WATERS}  # fmt: skip


# Places and plights a group is taken out of to help it ("sacar a los X del albergue a una
# vivienda", "de la pobreza", "de las jaulas"): the verb moves or rescues, it expels no one.
_RESCUE_PLACES = frozenset(
    {"albergue", "albergues", "refugio", "refugios", "centro", "centros", "jaula", "jaulas",
     "carcel", "carceles", "celda", "celdas", "campamento", "campamentos", "estacion",
     "estaciones", "calle", "calles", "pobreza", "miseria", "frio", "peligro", "hacinamiento",
     "limbo", "abandono", "detencion", "hielera", "hieleras", "bodega", "bodegas"}
)  # fmt: skip


def _rescued_from(units: list[Unit], j: int) -> bool:
    """The "de"/"del" at unit j opens a place or plight of `_RESCUE_PLACES` (past its article)."""
    if units[j].text not in ("de", "del"):
        return False
    k = j + 1
    while k < len(units) and units[k].code == "A" and units[k].text in ("los", "las", "la", "el"):
        k += 1
    return (
        k < len(units)
        and units[k].sentence == units[j].sentence
        and units[k].text in _RESCUE_PLACES
    )


def _split_verbs(units: list[Unit], lang: str, lex: Lexicon) -> list[Unit]:
    heads, particles = _SPLIT_HEADS.get(lang), _SPLIT_PARTICLES.get(lang)
    if not heads:
        return units
    out = list(units)
    n = len(units)
    own = _OWN_PARTICLES if lang == "en" else {}
    for k, u in enumerate(units):
        if u.code not in ("w", "V") or (
            u.text not in heads
            and u.text not in own
            and (u.text not in _PLACED_HEADS or lang != "en")
        ):
            continue
        ok = own.get(u.text, particles)
        j, group = k + 1, False
        while j < n and j <= k + 5 and units[j].code in _SPLIT_OBJECT:
            if units[j].sentence != u.sentence or (group and units[j].text in ok):
                break
            group = group or units[j].code in ("G", "t")
            j += 1
        if not group or j >= n or units[j].sentence != u.sentence:
            continue
        nxt = units[j]
        if u.text in _PLACED_HEADS and lang == "en":
            place = " ".join(x.text for x in units[j : j + 4] if x.sentence == u.sentence)
            spot = next((p for p in _PLACED_HEADS[u.text] if place.startswith(p)), None)
            if spot is not None:  # "put X in the ground", "put X to death", "drive X into the sea"
                entry = lex.lookup(("put", "down")) or u.entry
                out[k] = u._replace(code="V", entry=entry, text=f"{u.text} {spot}")
                continue
            if u.text == "put":
                continue
        if nxt.text in ok or nxt.text.split()[0] in ok:
            if lang == "es" and nxt.text in ("de", "del", "a") and units[j - 1].code != "G":
                continue
            if lang == "es" and _rescued_from(units, j):
                continue  # "sacar a los X del albergue", "de la pobreza": moved, not expelled
            particle = nxt.text.split()[0] if lang == "en" else nxt.text
            entry = lex.lookup((u.text, particle)) or u.entry
            out[k] = u._replace(code="V", entry=entry, text=f"{u.text} {particle}")
    return out
