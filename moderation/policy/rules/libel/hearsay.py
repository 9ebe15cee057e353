"""What only passes a claim on, never sources it: an impersonal rumour ("dicen que", "rumor has
it"), doubted or not, and hearsay (the writer's kin, "me dijeron", the writer's own vouching in
the first person): none of them a source that could be checked."""

from __future__ import annotations

import re

from moderation.policy import branch_trie
from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.libel.words import SOURCE_PREPOSITIONS

# An impersonal rumour ("Dicen que ...", "en el pueblo dicen que ...", "todos dicen que ...",
# "Rumor has it ...", "People say ...") repeats the charge: publishing it again, the writer
# publishes it. Another's claim ("los que dicen que ...", "algunos dicen que ...") is reported
# to be answered, a named body's finding ("los datos del INEGI dicen que ...") is a source, and
# a rumour the writer doubts ("..., pero nadie ha mostrado pruebas") stays a hedge.
RUMOURS = frozenset({"dicen que", "se dice que", "se rumora", "dicen q", "se dice q"})
_OTHERS_SAY = frozenset({"que", "q", "algunos", "muchos", "otros", "unos", "quienes", "ustedes",
                         "ellos", "ellas", "cuando", "no", "luego", "despues",
                         "tambien"})  # fmt: skip
# Tellers of "dicen que" that can be checked: records, figures, the press, officials.
_CHECKABLE_TELLERS = frozenset(
    {"datos", "numeros", "cifras", "documentos", "registros", "expedientes", "informes",
     "reportes", "estudios", "encuestas", "periodistas", "reporteros", "fiscales",
     "autoridades", "investigadores", "peritos", "auditores", "nota", "articulo", "medios",
     "periodicos", "diarios", "estadisticas", "resultados", "papeles", "actas", "abogados",
     "testigos", "jueces", "oficiales", "policias", "agentes", "militares", "soldados"}
)  # fmt: skip
# Rumour frames read off the text, with their teller: "rumor has it", "word is", "people say",
# "se comenta que", "corre el rumor de que", "andan diciendo que", "según dicen".
_RUMOUR_FRAME = re.compile(
    r"\b(?:rumou?rs? (?:has it|have it|is|are|says?|going around is)|"
    r"(?:the |there'?s (?:a |this )?)?rumou?r (?:going around |around town )?that|"
    r"(?:the )?word (?:is|on the street is|around (?:town|here|the \w+) is|going around is)|"
    r"(?:people|folks|everyone|everybody|they|the whole town|the neighbors|the neighbours)"
    r"(?: around here| in town| at \w+(?: \w+)?)? (?:say|says|are saying|keep saying|been saying|"
    r"tell me|told me)|"
    r"rumou?red|i'?m told|i was told|i'?ve been told|i have been told|i hear|i'?ve heard|i heard|"
    r"i keep hearing|(?:i'?ve|i have) been hearing|"
    r"se (?:comenta|rumora|rumorea|murmura|oye|escucha|sabe|cuenta) (?:que|q)|corre el rumor|"
    r"(?:anda|andan) diciendo|(?:comentan|cuentan|platican|murmuran) (?:que|q)|segun dicen|"
    r"dicen (?:en|por) (?:\w+ ){1,5}?(?:que|q)|"
    r"me (?:dijeron|contaron|platicaron|comentaron) (?:que|q))\b"
)
# The writer doubts the rumour: no proof shown, a lie, gossip, not believed.
_DOUBTED = re.compile(
    r"\b(?:(?:nadie|nunca|no)\s+(?:\w+\s+){0,2}?(?:mostrado|demostrado|probado|comprobado|"
    r"presentado|ensenado)|(?:nadie|nunca|no)\s+(?:\w+\s+){0,2}?(?:puesto|dado|traido|subido)\s+"
    r"(?:una sola |ninguna |ni una )?(?:prueba|pruebas|evidencia)|"
    r"no hay (?:ninguna |ni una )?(?:prueba|pruebas|evidencia|documento)|"
    r"sin (?:ninguna )?(?:prueba|pruebas|evidencia)|nadie sabe|no (?:lo |me lo )?creo|mentira|"
    r"(?:es|son) falso|chismes?|no se acusa|calumnia|difama|(?<!\bsi )no es (?:cierto|verdad)|"
    r"cuenta anonima|no lo defiendo|lo publico|lo publicaron|lo reporto|"
    r"(?:pero|aunque) (?:a mi |yo )?no (?:lo |me )?(?:he visto|vi|se|consta)|"
    r"(?:pero|aunque) no (?:hay|tengo) pruebas|"
    r"(?:no|zero|zilch|not a shred of|not one shred of|not any|without|without any) "
    r"(?:real |actual |hard )?(?:evidence|proof)|"
    r"(?:nobody|no one|no-one) (?:has |ever )?(?:shown|proven|proved|produced|backed)|"
    r"(?:never|not) (?:been )?(?:proven|proved|shown|substantiated)|"
    r"i (?:don'?t|do not) (?:believe|buy) (?:it|that|a word)|i doubt|"
    r"(?:it'?s|is|that'?s|a|just|pure) (?:a )?(?:lie|lies|gossip|slander|smear|false|untrue)|"
    r"(?:isn'?t|is not|not) true|baseless|unfounded|unproven|unsubstantiated)\b"
)


def rumour_passed_on(an: Analysis, u: Unit) -> bool:
    """The hedge or saying is an impersonal rumour the writer passes on without doubting it
    (see `RUMOURS`, `_RUMOUR_FRAME`): "Dicen que el regidor Lozano cobra mordidas", "Rumor
    has it the clerk Ana Ruiz ...", "I heard Sheriff X takes cash ..." state the charge."""
    if u.text in RUMOURS and an.lang == "es":
        if not _vague_teller(an, u):
            return False
    elif not any(a <= u.start < b for a, b in _rumour_frames(an)):
        return False
    return _DOUBTED.search(an.norm.text) is None


def rumour_doubted(an: Analysis, start: int, end: int) -> bool:
    """A rumour frame between `start` and `end` (the sentence up to the act) and the writer
    doubts it somewhere in the comment ("Se comenta que X desvió fondos, pero nadie ha
    presentado nada", "Rumor has it X takes bribes. That's baseless."): a hedge."""
    return any(start <= a < end for a, _b in _rumour_frames(an)) and (
        _DOUBTED.search(an.norm.text) is not None
    )


def _vague_teller(an: Analysis, u: Unit) -> bool:
    """Who says "dicen que" is nobody checkable: no one ("Dicen que ..."), everyone ("todos
    dicen que"), a place ("en el pueblo dicen que"); not another's claim answered ("los que
    dicen que", "algunos dicen que") nor a record, the press or a named body ("los datos del
    INEGI dicen que", "los periodistas dicen que", "El Heraldo dice que")."""
    prev = an.units[u.index - 1] if u.index > 0 else None
    if prev is None or prev.sentence != u.sentence:
        return True
    if prev.text in _OTHERS_SAY or prev.text in _CHECKABLE_TELLERS:
        return False
    k = u.index - 1
    before = an.units[k - 1] if k > 0 and an.units[k - 1].sentence == u.sentence else None
    if before is not None and an.capitalised(k) and before.text not in _PLACE_PREP:
        return False  # "los reporteros de La Jornada dicen que": a named body
    return not any(
        an.units[j].text in _CHECKABLE_TELLERS or an.units[j].has("attribution")
        for j in range(max(0, k - 3), k)
        if an.units[j].sentence == u.sentence
    )


_PLACE_PREP = frozenset({"en", "de", "del", "por", "desde"})
# Bodies an English "they say" may stand for when named before it ("Prosecutors filed the case
# Monday. They say ..."): then "they" is that source, not a rumour.
_CHECKABLE_EN = re.compile(
    r"\b(?:prosecutors|police|investigators|detectives|officials|authorities|reporters|"
    r"journalists|records|documents|auditors|inspectors|agents|feds|fbi|the court|jurors|"
    r"the jury|the paper|the article|the ledger|the times|the post|the tribune)\b"
)


def _rumour_frames(an: Analysis) -> list[tuple[int, int]]:
    """The spans of `_RUMOUR_FRAME` in the folded text (memoised on the analysis)."""
    found = an.memo.get("libel.rumours")
    if found is None:
        text = an.norm.text
        found = [
            m.span()
            for m in _RUMOUR_FRAME.finditer(text)
            if not (m.group().startswith("they") and _CHECKABLE_EN.search(text, 0, m.start()))
        ]
        an.memo["libel.rumours"] = found
    return found


# Who passes a rumour on: the writer's kin, friends and acquaintances ("my aunt", "mi primo").
_MY = frozenset({"my", "mi", "mis", "our", "nuestro", "nuestra", "nuestros"})
_HEARSAY_TELLERS = frozenset(
    {"aunt", "uncle", "cousin", "husband", "wife", "friend", "friends", "neighbor", "neighbour",
     "brother", "sister", "mom", "dad", "mother", "father", "coworker", "buddy", "boss", "son",
     "daughter", "nephew", "niece", "tia", "tio", "primo", "prima", "esposo", "esposa",
     "marido", "amigo", "amiga", "amigos", "vecino", "vecina", "hermano", "hermana", "mama",
     "papa", "compadre", "comadre", "suegro", "suegra", "jefe", "hijo", "hija", "sobrino",
     "sobrina", "cunado", "cunada"}
)  # fmt: skip
_TOLD_ME = frozenset({"me", "us", "nos"})


def hearsay(an: Analysis, u: Unit) -> bool:
    """A report whose teller is the writer's aunt, a cousin, a friend or "the guy at the shop"
    ("my aunt ... said", "el de servicio me dijo", "three owners told me"): a rumour passed on
    as fact, not a source that could be checked."""
    if u.text in _HEARD:
        return True  # "I heard Father X has been drinking ...": a rumour, no source
    if u.text in SOURCE_PREPOSITIONS and _no_one_checkable(an, u):
        return True  # "según dicen", "según él", "according to my cousin"
    if _first_person(an, u):
        return True  # "les aseguro que ...": the writer vouches, no one else tells
    k = u.index + 1
    if k < len(an.units) and an.units[k].sentence == u.sentence and an.units[k].text in _TOLD_ME:
        return True
    if u.index > 0 and an.units[u.index - 1].text in _TOLD_ME:
        return True  # "me dijo", "nos contó"
    first = max(1, u.index - 8)
    return any(
        an.units[j].text in _HEARSAY_TELLERS
        and an.units[j - 1].text in _MY
        and an.units[j].sentence == u.sentence
        for j in range(first, u.index)
    )


# After "según"/"according to": a rumour, the writer's kin, or the accused's own word ("según
# él, es empresario"), none of them a source that could be checked.
_UNCHECKABLE_AFTER = branch_trie.compile(
    r"\s*,?\s*(?:dicen|cuentan|se (?:dice|cuenta|comenta|rumora)|parece|me (?:dijeron|contaron|"
    r"dicen|cuentan|platicaron)|(?:la |mucha )?gente|(?:los |las )?(?:rumores|chismes|"
    r"malas lenguas|vecinos|vecinas|comadres)|el (?:rumor|chisme|mismo)|ella misma|"
    r"radio pasillo|(?:mi|mis|my|our|nuestro|nuestra) \w+|yo|ellos mismos|"
    r"su (?:propia )?(?:version|palabra|dicho)|(?:him|her|himself|herself|them|themselves)\b"
    r"(?!\s+(?:the|a|an)\b)|rumou?rs?|gossip|(?:the )?grapevine|people|everyone|everybody|"
    r"folks|the (?:neighbors|neighbours|rumor|rumour|gossip))\b"
)
# "el" after "según" is the pronoun "él" when a pause or a verb follows it, not a noun.
_PRONOUN_EL = re.compile(r"\s*,?\s*(?:el|ella)\s*(?:[,.;:!?)]|$|(?:es|era|fue|solo|nomas)\b)")


def _no_one_checkable(an: Analysis, u: Unit) -> bool:
    """What follows "según"/"according to" is no source: a rumour, the writer's kin, the
    accused's own word."""
    text = an.norm.text
    return bool(_UNCHECKABLE_AFTER.match(text, u.end) or _PRONOUN_EL.match(text, u.end))


_HEARD = frozenset({"heard", "i heard", "i've heard", "i have heard", "escuche", "oi"})
# The writer's own saying in Spanish, told by its unaccented first person after a clitic of the
# readers ("les aseguro que", "te digo que"; "les aseguró" is someone else's).
_VOUCHING = frozenset({"aseguro", "aseguro que", "afirmo", "afirmo que", "confirmo",
                       "confirmo que", "digo", "digo que", "juro", "juro que", "aseguro q",
                       "afirmo q", "confirmo q", "digo q", "juro q"})  # fmt: skip


def _first_person(an: Analysis, u: Unit) -> bool:
    """A Spanish saying in the first person after "les"/"te"/"yo": the writer vouches."""
    if u.text not in _VOUCHING or u.index == 0:
        return False
    if an.units[u.index - 1].text not in ("les", "te", "yo", "se los", "se lo", "os"):
        return False
    start, end = an.span(u.index, u.index)
    word = an.norm.original[start:end].split()[0].lower()
    return not word.endswith(("ó", "Ó"))
