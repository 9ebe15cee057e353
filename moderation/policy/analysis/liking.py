"""Liking denied to a group ("I have never liked X", "No aprecio a los X"): the negation and
the verb folded into one hate-verb unit, when the writer says it and the group closes the
clause."""

from __future__ import annotations

from moderation.policy.analysis.units import Unit

# The writer's liking, respect or trust denied to a group ("I have never liked X", "I don't
# admire X", "No aprecio a los X", "No me caen bien los X"): read as a hate verb, its
# negation folded into it, so "I don't like how X are treated" (a clause after) and "No me
# gustan los X que ..." (some of them) stay as they are.
_LIKING = {
    "en": frozenset(
        {"like", "liked", "love", "loved", "respect", "respected", "admire", "admired", "accept",
         "accepted", "value", "valued", "trust", "trusted", "appreciate", "appreciated",
         "tolerate", "tolerated", "care about", "care for", "hire", "employ", "vote for",
         "marry", "date", "befriend", "be friends with", "rent to", "sell to", "work with",
         "live next to", "live near"}
    ),
    "es": frozenset(
        {"gustan", "caen bien", "aprecio", "acepto", "aceptare", "aceptaria", "respeto",
         "respetare", "respetaria", "valoro", "admiro", "tolero", "tolerare", "toleraria",
         "confio en", "confiare en", "confiaria en", "trago", "aguanto", "contrataria",
         "contratare", "contrato", "votaria por", "votare por", "casaria con", "casare con",
         "fio de", "fiaria de", "puedo confiar en", "podria confiar en",
         "podria querer", "podria respetar", "sere amigo de", "seria amigo de", "sere amiga de",
         "seria amiga de", "importan", "le rentaria", "le venderia", "viviria cerca de",
         "viviria al lado de", "trabajaria con",
         # after a modal or an auxiliary ("no puedo respetar a", "nunca me han gustado")
         "respetar", "aceptar", "tolerar", "soportar", "aguantar", "tragar", "apreciar",
         "admirar", "valorar", "querer", "confiar en", "fiarme de", "fiarnos de", "fiarse de",
         "gustado", "caido bien", "respetado", "aceptado", "tolerado", "soportado",
         "aguantado", "apreciado", "admirado", "confiado en", "gustaran", "gustaban",
         "gustaron", "caeran bien", "caian bien", "caen nada bien", "caido nada bien",
         "respetamos", "aceptamos", "toleramos", "apreciamos", "admiramos", "valoramos",
         "queremos", "aguantamos", "soportamos", "confiamos en", "fiamos de", "fiar de"}
    ),
}  # fmt: skip


# Spanish modals and auxiliaries between the negation and the liking ("no puedo respetar a",
# "nunca voy a aceptar a", "no somos capaces de tolerar a", "nunca me han gustado").
_LIKING_AUX_ES = frozenset(
    {"puedo", "podria", "podre", "podemos", "podriamos", "podremos", "voy a", "vamos a",
     "pienso", "pensamos", "sabria", "debemos", "deberiamos", "debo", "deberia", "he", "hemos",
     "han", "ha", "habia", "nos", "me han", "me ha", "llegare a", "llegaremos a", "logro",
     "consigo", "soy capaz de", "somos capaces de", "sere capaz de", "seremos capaces de",
     "estoy dispuesto a", "estoy dispuesta a", "estamos dispuestos a", "estamos dispuestas a",
     "tengo por que", "tenemos por que", "podido", "ni", "siquiera", "ni siquiera", "jamas",
     "nunca", "quiero", "queremos", "conseguire", "lograre", "voy", "vamos", "a", "soy",
     "somos", "capaz", "capaces", "de", "dispuesto", "dispuesta", "dispuestos", "dispuestas"}
)  # fmt: skip


# Before the group in Spanish: "no podemos aceptar a más X" (a number, a policy), not the X.
_LIKING_COUNT_ES = frozenset(
    {"mas", "menos", "tantos", "tantas", "demasiados", "demasiadas", "otros", "otras"}
)


_LIKING_NEG = frozenset(
    {"do not", "don't", "dont", "did not", "never", "will never", "would never", "could never",
     "can not", "cannot", "no", "nunca", "jamas", "nunca jamas", "not", "tampoco"}
)  # fmt: skip


_LIKING_AUX = frozenset(
    {"have", "had", "will", "would", "could", "can", "really", "ever", "me", "i would", "i will",
     "i could", "i", "we", "we would", "we will", "i'd", "we'd"}
)  # fmt: skip


_LIKING_LONGEST = 4  # words of the longest verb phrase above


# Dealings refused rather than feelings: said of a group only when it closes the clause.
_DEALINGS = frozenset(
    {"hire", "employ", "vote for", "marry", "date", "rent to", "sell to", "work with",
     "live next to", "live near", "contrataria", "contratare", "contrato", "votaria por",
     "votare por", "casaria con", "casare con", "le rentaria", "le venderia",
     "viviria cerca de", "viviria al lado de", "trabajaria con"}
)  # fmt: skip


_COMPARING = frozenset({"less", "more", "than", "menos", "mas"})


_ANYONE = frozenset(
    {"anyone", "anybody", "everyone", "everybody", "nobody", "nadie", "todo el mundo",
     "cualquiera", "ninguno", "ninguna"}
)  # fmt: skip


_LIKING_TAIL = frozenset({"bien", "en", "de", "por", "con", "to", "for", "with", "about", "near"})


def _liking_at(units: list[Unit], v: int, verbs: frozenset[str]) -> int:
    """How many units from v spell a verb phrase of `verbs` (longest first), or 0."""
    s = units[v].sentence
    for n in range(_LIKING_LONGEST, 0, -1):
        run = units[v : v + n]
        if (
            len(run) == n
            and all(u.sentence == s and u.code in "wPCFA" for u in run)
            and " ".join(u.text for u in run) in verbs
        ):
            return n
    return 0


def negated_liking(units: list[Unit], lang: str) -> list[Unit]:
    """The units with each denied liking folded into one hate-verb unit ("never liked")."""
    verbs = _LIKING.get(lang)
    if not verbs:
        return units
    folds: dict[int, int] = {}
    for k, u in enumerate(units[:-1]):
        if u.code != "N" or u.text not in _LIKING_NEG:
            continue
        # the writer: "I (have) never", "I would not", "nunca", "no" opening the clause
        j = k - 1
        while (
            j >= 0
            and units[j].sentence == u.sentence
            and units[j].text in _LIKING_AUX
            and units[j].code not in ("I", "F")
        ):
            j -= 1
        writer = j >= 0 and units[j].sentence == u.sentence and units[j].code in ("I", "F")
        if lang == "es":
            writer = j < 0 or units[j].sentence != u.sentence or units[j].code in ("I", "B")
        if not writer:
            continue
        v = k + 1
        aux = _LIKING_AUX | _LIKING_AUX_ES if lang == "es" else _LIKING_AUX
        while v < len(units) and units[v].text in aux and units[v].sentence == u.sentence:
            v += 1
        if v >= len(units) or units[v].sentence != u.sentence:
            continue
        n = _liking_at(units, v, verbs)
        if not n:
            continue
        g = v + n
        while g < len(units) and units[g].code == "A" and units[g].sentence == u.sentence:
            if lang == "es" and units[g].text in _LIKING_COUNT_ES:
                break  # "no podemos aceptar a más X": how many, not the people
            g += 1
        if g >= len(units) or units[g].code != "G" or units[g].sentence != u.sentence:
            continue
        rest = [x for x in units[g + 1 :] if x.sentence == u.sentence]
        if any(x.text in _ANYONE or x.text in _COMPARING for x in rest):
            continue  # "I don't hire women, or anyone"; "... Muslims less than ...": a comparison
        phrase = " ".join(x.text for x in units[v : v + n])
        if phrase in _DEALINGS and any(x.code != "A" for x in rest):
            continue  # "I would never hire a X for less pay": the terms, not the group
        folds[j + 1 if lang == "en" else k] = v + n
    if not folds:
        return units
    out: list[Unit] = []
    k = 0
    while k < len(units):
        end = folds.get(k)
        if end is None:
            u = units[k]
            out.append(u._replace(index=len(out)) if u.index != len(out) else u)
            k += 1
            continue
        run = units[k:end]
        out.append(
            next(x for x in reversed(run) if x.text not in _LIKING_TAIL)._replace(
                index=len(out),
                text=" ".join(x.text for x in run),
                start=run[0].start,
                end=run[-1].end,
                code="H",
            )
        )
        k = end
    return out
