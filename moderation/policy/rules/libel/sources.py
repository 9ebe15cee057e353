"""What sources a claim (an attribution, a court, a report, a link) and what only looks like
one: hearsay, a report that is itself the act, someone's words the writer passes on."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.libel.words import _INDEFINITE

_URL = re.compile(r"https?://|www\.", re.IGNORECASE)


# A public body telling what it found, in any tense ("Police say ...", "prosecutors allege
# ...", "según ..." aside: "la policía dice que ..."): a source that can be checked, like the
# lexicon's "police said".
_BODY_SAYS = re.compile(
    r"\b(?:police|cops|prosecutors|investigators|detectives|authorities|officials|court "
    r"(?:records|filings|documents)|la policia|los policias|los investigadores|las autoridades|"
    r"los fiscales|la fiscalia|los agentes)\s+(?:say|says|said|allege|alleges|alleged|believe|"
    r"believes|dicen|dice|dijo|dijeron|afirman|afirma|afirmo|aseguran|asegura|aseguro|"
    r"sostienen|sostiene|senalan|senala|senalo|informaron)\b"
    # a body's finding on the act: "was cleared by the DA's review", "fue exonerado por la
    # fiscalia", "the shooting was ruled justified"
    r"|\b(?:cleared|exonerated)\s+by\s+(?:the|an|a)\s+(?:\w+(?:'s)?\s+){0,2}?(?:review|"
    r"investigation|inquiry|inquest|grand jury|jury|court|prosecutors?|da|district attorney|"
    r"internal affairs|board)\b|\bruled (?:it )?(?:justified|lawful|self-defen[cs]e)\b|"
    r"\b(?:exonerad[oa]s?|absuelt[oa]s?)\s+por\s+(?:el|la|un|una)\s+(?:juez|jueza|jurado|"
    r"tribunal|fiscalia|investigacion|corte)\b"
)


def _bodies_say(an: Analysis) -> set[int]:
    """The sentences in which a public body says what it found or clears the person
    (`_BODY_SAYS`)."""
    found = set()
    for m in _BODY_SAYS.finditer(an.norm.text):
        k = an.unit_at(m.start())
        if k is not None:
            found.add(an.units[k].sentence)
    return found


# A source named after the claim, closing its sentence: "..., the Ledger says.", "..., said the
# district attorney.", "..., per the Tribune.", "..., dice El Heraldo.", "..., dijo el fiscal."
# (the lexicon's sources mostly open a clause: "according to", "said that").
_SAYS_EN = (
    r"says|said|reports|reported|wrote|writes|alleges|alleged|claims|claimed|found|finds|"
    r"concluded|concludes|shows|showed|show|confirmed|confirms|notes|noted|revealed|reveals"
)
_SAYS_ES = (
    r"dice|dijo|informa|informo|reporta|reporto|publica|publico|asegura|aseguro|afirma|afirmo|"
    r"senala|senalo|revela|revelo|sostiene|sostuvo|acusa|acuso|documenta|documento|confirma|"
    r"confirmo|concluyo|encontro|establece|establecio"
)
_TRAILING_SOURCE = re.compile(
    r"[,;(—–]\s*(?:"
    rf"(?P<teller>(?:[\w'.&-]+\s+){{1,5}}?)(?:{_SAYS_EN}|{_SAYS_ES})"  # "the Ledger says"
    rf"|(?:{_SAYS_EN}|{_SAYS_ES}|per|as per)\s+"  # "dijo el fiscal", "per the Tribune"
    r"(?P<named>[\w'.&-]+(?:\s+[\w'.&-]+){0,5}?)"
    r")\s*(?:last\s+\w+|this\s+\w+|ayer|hoy|(?:la\s+)?semana\s+pasada)?\s*[.!?)]*\s*$"
)
# Who passes a rumour on rather than a source: "..., everybody says", "..., dice la gente".
_RUMOUR_TELLERS = re.compile(
    r"^(?:(?:my|mi|mis|our|nuestro|nuestra|everybody|everyone|people|folks|someone|somebody|"
    r"todo el mundo|todos|toda la gente|la gente|medio mundo|el pueblo|todo el pueblo|alguien|"
    r"nadie|nobody|no one|word|rumou?r|whatever|no matter|what|and|but|though|even if|aunque|"
    r"lo que|digan|pero|y|ni|yo|i|we|nosotros)\b|(?:they|he|she|you|uno|el|ella|ellos|ellas|"
    r"lo|la|le|les|los|las|se|me|te|nos)$)"  # "..., lo confirmo": the writer vouches
)


def _trailing_sources(an: Analysis) -> set[int]:
    """The sentences closed by a source named after the claim (`_TRAILING_SOURCE`), unless the
    teller is a rumour's ("..., my cousin says", "..., dice la gente")."""
    found = set()
    text = an.norm.text
    for base, codes in an.sentences:
        first, last = an.units[base], an.units[base + len(codes) - 1]
        end = text.find(".", last.end)
        end = len(text) if end < 0 else end + 1
        m = _TRAILING_SOURCE.search(text, first.start, end)
        if m is None:
            continue
        teller = (m.group("teller") or m.group("named") or "").strip()
        if teller and not _RUMOUR_TELLERS.match(teller):
            found.add(first.sentence)
    return found


# An impersonal rumour ("Dicen que ...", "en el pueblo dicen que ...", "todos dicen que ...")
# repeats the charge; another's claim ("los que dicen que ...", "algunos dicen que ...") is
# reported to be answered, and a rumour the writer doubts ("..., pero nadie ha mostrado pruebas")
# stays a hedge.
_RUMOURS = frozenset({"dicen que", "se dice que", "se rumora"})
_OTHERS_SAY = frozenset({"que", "algunos", "muchos", "otros", "unos", "quienes", "ustedes",
                         "ellos", "ellas", "cuando", "no", "luego", "despues",
                         "tambien"})  # fmt: skip
_DOUBTED = re.compile(
    r"\b(?:(?:nadie|nunca|no)\s+(?:\w+\s+){0,2}?(?:mostrado|demostrado|probado|comprobado|"
    r"presentado|ensenado)|no hay (?:ninguna |ni una )?(?:prueba|pruebas|evidencia|documento)|"
    r"sin (?:ninguna )?(?:prueba|pruebas|evidencia)|nadie sabe|no (?:lo |me lo )?creo|mentira|"
    r"(?:es|son) falso|chismes?|no se acusa|calumnia|difama|no es (?:cierto|verdad)|"
    r"cuenta anonima|no lo defiendo|lo publico|lo publicaron|lo reporto|"
    r"(?:pero|aunque) (?:a mi |yo )?no (?:lo |me )?(?:he visto|vi|se|consta)|"
    r"(?:pero|aunque) no (?:hay|tengo) pruebas)\b"
)


def _rumour_passed_on(an: Analysis, u: Unit) -> bool:
    """The hedge is an impersonal rumour the writer passes on without doubting it (see
    `_RUMOURS`): "Dicen que Lalo Muñiz, de tránsito, cobra mordidas." states the charge."""
    if u.text not in _RUMOURS or an.lang != "es":
        return False
    prev = an.units[u.index - 1] if u.index > 0 else None
    if prev is not None and prev.sentence == u.sentence and prev.text in _OTHERS_SAY:
        return False  # "los que dicen que ...", "algunos dicen que ...": another's claim
    text = an.norm.text
    if _DOUBTED.search(text) is not None:
        return False
    if prev is not None and prev.sentence == u.sentence and prev.text in _EVERYONE:
        return True  # "todos dicen que ...": vouched for as common knowledge
    return _ENDORSED.search(text) is not None


# The rumour vouched for: "yo sí le creo", "a mí no me extrañaría", "todo el pueblo lo comenta",
# "yo nomás repito lo que se dice", "eso andan diciendo"; a bare "Dicen que X mató al muchacho"
# stays hedged.
_EVERYONE = frozenset({"todos", "todo el mundo", "todo mundo", "todo el pueblo", "medio mundo"})
_ENDORSED = re.compile(
    r"\b(?:(?:yo )?(?:si )?(?:le|lo|se lo) creo|no me extranaria|no me extrana|"
    r"todo (?:el )?(?:pueblo|mundo) lo (?:sabe|comenta|dice)|todos lo (?:dicen|saben|comentan)|"
    r"lo comenta|(?:nomas|solo|nada mas) repito|andan diciendo|ya ni se esconde|"
    r"no es secreto|todo cuadra|esta clarisimo|no es casualidad)\b"
)


def _attributes(an: Analysis, u: Unit) -> bool:
    """A source or a court outcome; "reports them to ICE" and "lied on the report" are acts,
    not sources: a bare report counts only when it says or is by someone."""
    k = u.index + 1
    nxt = an.units[k].text if k < len(an.units) and an.units[k].sentence == u.sentence else ""
    if (u.text in _COURTS and _court_not_source(an, u)) or _object_of_crime(an, u):
        return False
    if u.text in _SOURCE_PREPOSITIONS:
        prev = an.units[u.index - 1] if u.index > 0 else None
        # "el alcalde está de acuerdo con ...": agreement, not a source
        return not (
            prev is not None
            and prev.sentence == u.sentence
            and (prev.code == "C" or prev.text in _ESTAR)
        )
    if nxt in _PIECES and u.index > 0 and an.units[u.index - 1].text in _INDEFINITE:
        return False  # "lifted paragraphs from a Reuters piece": what was copied, not a source
    if _public_adjective(an, u):
        return False  # "según la FGR": an article, not an object pronoun
    prev = an.units[u.index - 1] if u.index > 0 else None
    if u.text == "publico" and prev is not None and prev.text in _BEFORE_NOUN:
        return False  # "en público", "el público": not "publicó"
    officer = u.index >= 2 and _officer(an, u.index - 2)
    if u.text == "la fiscalia" and prev is not None and prev.text == "de" and officer:
        return False  # "el agente Castro de la Fiscalía": the person's office, not a source
    if prev is not None and prev.text in _SHELVED:
        return False  # "para que archivara la denuncia": the complaint dropped is the act's
    if u.text == "la fiscalia" and (
        (prev is not None and prev.text in ("ni", "a", "al", "que"))
        or _FISCALIA_IDLE.match(an.norm.text, u.end)
    ):
        return False  # "ni la Fiscalía lo toca", "la Fiscalía debería revisar a ...": no finding
    if u.text in _REPORT_WORDS:
        k = u.index - 1
        if k >= 0 and an.units[k].text in _OWN_PAPERS:
            return False  # "padded her expense reports by $80k": the act's object
        if any(an.units[j].text in _FALSIFYING for j in range(max(0, k - 2), k + 1)):
            return False  # "falsified the staffing reports": the act's object
        return nxt in _REPORT_SAYS
    return nxt not in _OBJECT_PRONOUNS


# What follows "la Fiscalía" when it found nothing: a demand on it or its inaction.
_FISCALIA_IDLE = re.compile(
    r"\s+(?:(?:no|nunca|ni)\b|deberia|debe\b|debia|tiene que|tendria|"
    r"(?:tambien\s+)?(?:le|les)\s+(?:responde|obedece|cubre|protege)|"
    r"esta (?:comprada|coludida|metida)|es (?:complice|parte))"
)


# Verbs that drop a complaint or a case: what follows is their object, not a source.
_SHELVED = frozenset({"archivara", "archivaran", "archivar", "archivo", "archiva", "archivaron",
                      "cerrara", "cerraran", "desechara", "desecharan", "tirara", "tiraran",
                      "congelara", "congelaran", "retirara", "retiraran", "desapareciera",
                      "toss", "tossed", "drop", "dropped", "dismiss", "dismissed", "bury",
                      "buried", "quash", "quashed"})  # fmt: skip


_COURTS = frozenset({"court", "a court", "the court", "jury", "a jury", "trial", "a trial",
                     "tribunal", "un tribunal", "el tribunal", "juzgado",
                     "el juzgado"})  # fmt: skip


def _court_not_source(an: Analysis, u: Unit) -> bool:
    """A court that is no source: the person's own ("Judge X of the 9th district court") or
    one the writer says is not needed or never ruled ("I don't need a court to tell me that"),
    or the trial the act was done in ("paid off the jury in his cousin's trial")."""
    if _object_of_crime(an, u):
        return True
    first = max(0, u.index - 6)
    near = [v for v in an.units[first : u.index] if v.sentence == u.sentence]
    if any(v.code == "N" for v in near):
        return True
    if not any(v.text in ("of", "del", "de") for v in near):
        return False
    start = max(0, u.index - 10)
    return any(v.has("title") and v.sentence == u.sentence for v in an.units[start : u.index])


_TO_COURT = frozenset({"to", "a", "al", "at"})


def _object_of_crime(an: Analysis, u: Unit) -> bool:
    """A source word right after a crime of the lexicon, maybe past "to"/"al": what was bought
    or lied to ("paid off the jury", "le mintió al tribunal"), not a source; a trial the act
    was done in."""
    k = u.index - 1
    if k >= 0 and an.units[k].text in _TO_COURT:
        k -= 1
    if k < 0 or an.units[k].sentence != u.sentence:
        return False
    if an.units[k].has("crime"):
        return True
    # "paid off the jury in his cousin's trial": the trial the act was done in
    return u.text in ("trial", "juicio") and _crime_before(an, u, 6)


def _crime_before(an: Analysis, u: Unit, reach: int) -> bool:
    """A crime of the lexicon within `reach` units before u in its sentence."""
    start = max(0, u.index - reach)
    return any(v.has("crime") and v.sentence == u.sentence for v in an.units[start : u.index])


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


def _hearsay(an: Analysis, u: Unit) -> bool:
    """A report whose teller is the writer's aunt, a cousin, a friend or "the guy at the shop"
    ("my aunt ... said", "el de servicio me dijo", "three owners told me"): a rumour passed on
    as fact, not a source that could be checked."""
    if u.text in _HEARD:
        return True  # "I heard Father X has been drinking ...": a rumour, no source
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


_HEARD = frozenset({"heard", "i heard", "i've heard", "i have heard", "escuche", "oi"})
# The writer's own saying in Spanish, told by its unaccented first person after a clitic of the
# readers ("les aseguro que", "te digo que"; "les aseguró" is someone else's).
_VOUCHING = frozenset({"aseguro", "aseguro que", "afirmo", "afirmo que", "confirmo",
                       "confirmo que", "digo", "digo que", "juro", "juro que"})  # fmt: skip


def _first_person(an: Analysis, u: Unit) -> bool:
    """A Spanish saying in the first person after "les"/"te"/"yo": the writer vouches."""
    if u.text not in _VOUCHING or u.index == 0:
        return False
    if an.units[u.index - 1].text not in ("les", "te", "yo", "se los", "se lo", "os"):
        return False
    start, end = an.span(u.index, u.index)
    word = an.norm.original[start:end].split()[0].lower()
    return not word.endswith(("ó", "Ó"))


_QUOTES = "'\"‘’“”«»"


def _long_quote(text: str, k: int) -> bool:
    """The quotation around offset k holds three words or more: someone's words reported,
    not the writer's scare quotes round one word ("cobra 'mordida'")."""
    a = max(text.rfind(q, 0, k) for q in _QUOTES)
    ends = [e for e in (text.find(q, k) for q in _QUOTES) if e >= 0]
    if a < 0 or not ends:
        return False
    return len(text[a + 1 : min(ends)].split()) >= 3


def _writer_clause(an: Analysis, u: Unit) -> bool:
    """A relative clause naming who wrote ("el periodista que escribió esto"), not a source."""
    return (
        u.text in ("escribio", "escribe", "escribieron", "publico", "wrote", "writes")
        and u.index > 0
        and an.units[u.index - 1].text in ("que", "quien", "who")
    )


def _officer(an: Analysis, k: int) -> bool:
    """The unit is a title or a capitalised name ("el agente Castro", "el comandante")."""
    if k < 0:
        return False
    if an.units[k].has("title"):
        return True
    return an.capitalised(k)


def _public_adjective(an: Analysis, u: Unit) -> bool:
    """The adjective of "Seguridad Pública" or "el ministerio público", not "publicó"."""
    return u.text == "publico" and u.index > 0 and an.units[u.index - 1].text in _PUBLIC_NOUNS


_PUBLIC_NOUNS = frozenset(
    {"ministerio", "seguridad", "servicio", "servicios", "dinero", "espacio", "transporte",
     "funcionario", "servidor", "erario", "gasto", "sector", "orden", "registro", "notario",
     "salud", "cargo", "puesto", "recursos", "dominio", "interes", "obra", "obras", "deuda",
     "educacion", "via", "alumbrado", "opinion", "contador", "conocimiento"}
)  # fmt: skip
# Before these, "publico" is the adjective or the noun ("en público"), not "publicó".
_BEFORE_NOUN = frozenset({"en", "el", "al", "del", "un", "de", "su", "ante"})
_PIECES = frozenset({"piece", "story", "article", "column", "op-ed", "headline", "nota",
                     "articulo", "columna", "reportaje"})  # fmt: skip
_FALSIFYING = frozenset(
    {"falsified", "falsifies", "faked", "fakes", "forged", "doctored", "altered", "fudged",
     "inflated", "padded", "cooked", "shredded", "buried", "hid"}
)  # fmt: skip
_REPORT_WORDS = frozenset({"report", "reports", "reported", "the report"})
_OWN_PAPERS = frozenset({"expense", "his", "her", "their", "your", "travel", "mileage", "time"})
_REPORT_SAYS = frozenset(
    {"says", "said", "say", "shows", "showed", "show", "found", "finds", "by", "that", "from",
     "claims", "claimed", "notes", "noted", "on", "in", "of", "about", "to"}
)  # fmt: skip


_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "you", "me", "us", "lo", "la", "los", "las"})
_ESTAR = frozenset({"esta", "estan", "estoy", "estamos", "estaba", "estaban", "estuvo", "estar",
                    "este", "esten", "estuvieron", "is", "are", "was", "were"})  # fmt: skip
# Prepositions that name a source ("según la denuncia", "de acuerdo con la acusación",
# "conforme a la sentencia"): the article after them is no object pronoun.
_SOURCE_PREPOSITIONS = frozenset(
    {"segun", "de acuerdo con", "de acuerdo a", "conforme a", "conforme con", "a decir de",
     "according to", "as per"}
)  # fmt: skip
