"""What sources a claim (an attribution, a court, a report, a link, someone's words quoted at
length) and the words that only look like one: a report that is itself the act, a court that is
the person's own. Rumours and hearsay, which only pass a claim on, are `hearsay`'s."""

from __future__ import annotations

import re

from moderation.policy import branch_trie
from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.libel.said_before import SAID_BEFORE
from moderation.policy.rules.libel.words import INDEFINITE, SOURCE_PREPOSITIONS

URL = re.compile(r"https?://|www\.", re.IGNORECASE)


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


# An officer of the law, a court or an audit (or a witness under oath) telling what they found,
# maybe past whom they told and where: "El fiscal les aseguró a las familias que ...", "la
# fiscal declaró ante el juez que ...", "the DA told the families that ...", "a deputy
# testified that ...", "the inspector general found that ...". Their word is on the record.
_OFFICIAL_ROLE = (
    r"(?:fiscal|fiscala|fiscales|fiscalia(?: general)?|procurador|procuradora|procuraduria|"
    r"ministerio publico|agente del (?:mp|ministerio publico)|mp|juez|jueza|jueces|jurado|"
    r"tribunal|magistrad[oa]s?|testigos?|peritos?|auditor|auditora|auditores|"
    r"auditoria(?: superior)?|contralor|contralora|contraloria|policia|vocero|vocera|portavoz|"
    r"fgr|fge|fbi|dea|prosecutors?|district attorney|da|attorney general|judge|jury|"
    r"grand jury|witness|witnesses|inspector general|auditors?|investigators?|detectives?|"
    r"police chief|police|spokes(?:man|woman|person)|indictment|complaint|affidavit|"
    r"court filings?|ethics (?:board|commission|committee)|comision de etica|expediente|"
    r"denuncia|acusacion|carpeta de investigacion|sentencia|ruling|verdict)"
)
_TELLS = (
    r"(?:aseguro|aseguraron|asegura|aseguran|declaro|declararon|declara|declaran|afirmo|"
    r"afirmaron|afirma|afirman|sostuvo|sostuvieron|sostiene|sostienen|dijo|dijeron|dice|dicen|"
    r"informo|informaron|informa|explico|explicaron|senalo|senalaron|senala|acuso|acusaron|"
    r"acusa|testifico|testificaron|atestiguo|revelo|revelaron|confirmo|confirmaron|concluyo|"
    r"concluyeron|determino|determinaron|establecio|establece|detallo|expuso|argumento|alego|"
    r"alegaron|documento|demostro|probo|encontro|hallo|resolvio|dictamino|told|tells|testified|"
    r"testifies|said|says|stated|states|alleged|alleges|found|finds|concluded|determined|ruled|"
    r"confirmed|revealed|argued|argues|claimed|charged|accused|accuses|wrote|showed|shows|"
    r"established|documented|reported|announced|swore)"
)
_SWORN = (
    r"(?:under oath|bajo juramento|in a sworn (?:statement|deposition|affidavit)|"
    r"en su declaracion ministerial|ante (?:el|la) (?:juez|jueza|ministerio publico|tribunal|"
    r"jurado)|at (?:the |his |her )?trial|in court|en (?:el|la) (?:juicio|audiencia))"
)
_OFFICIAL_TELLS = branch_trie.compile(
    rf"\b(?:el|la|los|las|un|una|the|a|an)\s+(?:(?:federal|state|county|special|assistant|"
    rf"former|ex|district|general|estatal|especial|anticorrupcion|de distrito|"
    rf"del caso|principal|protegido|protegida|clave)\s+)*{_OFFICIAL_ROLE}"
    rf"(?:\s+(?:del caso|de distrito|estatal|federal|general|anticorrupcion))?\s+"
    rf"(?:[\w']+\s+){{0,6}}?{_TELLS}\b"
    # sworn words whoever speaks: "testificó", "testified", or a saying under oath or in court
    r"|\b(?:testified|testifies|testifico|testificaron|atestiguo)\b"
    rf"|\b{_SWORN}\W+(?:[\w']+\s+){{0,6}}?{_TELLS}\b|\b{_TELLS}\s+(?:[\w']+\s+){{0,3}}?{_SWORN}"
)
# Before an official's word, these make the teller the writer's own (not the record's).
_MY_TELLER = re.compile(r"\b(?:my|mi|mis|our|nuestro|nuestra)\s+(?:\w+\s+)?$")
_SILENT = re.compile(r"\b(?:no|nunca|jamas|ni|never|not|nothing|nada|won'?t|didn'?t|doesn'?t)\b")
# The writer waves the teller away: "I don't care what the police say", "digan lo que digan".
_DISMISSED = re.compile(
    r"\b(?:(?:don'?t|do not|doesn'?t) (?:care|matter) what|no importa lo que|"
    r"me vale lo que|(?:forget|ignore|olvidense de|olvidate de|ignoren) (?:what|lo que)?)\s+$"
)
_CONTRAST_AFTER_SOURCE = re.compile(r",?\s+(?:but|pero|sin embargo|however|aunque)\s")


def officially_told(an: Analysis) -> bool:
    """A public body, an officer of the law or a court, or a witness under oath tells something
    in the comment (`bodies_say`): a charge there is on the record, so whether one is stated
    as the writer's own is the libel rules' call, not the blog model's."""
    return bool(bodies_say(an))


def bodies_say(an: Analysis) -> set[int]:
    """The sentences in which a public body says what it found or clears the person
    (`_BODY_SAYS`), or an officer of the law or a witness under oath tells it
    (`_OFFICIAL_TELLS`), unless the writer's own "but" follows ("el fiscal dijo que no hay
    pruebas, pero el comandante X ...")."""
    found = set()
    text = an.norm.text
    for m in _BODY_SAYS.finditer(text):
        k = an.unit_at(m.start())
        if k is not None:
            found.add(an.units[k].sentence)
    for m in _OFFICIAL_TELLS.finditer(text):
        k = an.unit_at(m.start())
        if k is None or _MY_TELLER.search(text, max(0, m.start() - 20), m.start()):
            continue
        if _SILENT.search(m.group()) or _DISMISSED.search(text, max(0, m.start() - 30), m.start()):
            continue  # "la policía no lo dice", "I don't care what the police report says"
        run = an.sentence_run(k)
        if _CONTRAST_AFTER_SOURCE.search(text, m.end(), run[-1].end):
            continue
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


def trailing_sources(an: Analysis) -> set[int]:
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


def attributes(an: Analysis, u: Unit) -> bool:
    """A source or a court outcome; "reports them to ICE" and "lied on the report" are acts,
    not sources: a bare report counts only when it says or is by someone."""
    k = u.index + 1
    nxt = an.units[k].text if k < len(an.units) and an.units[k].sentence == u.sentence else ""
    if (u.text in _COURTS and _court_not_source(an, u)) or _object_of_crime(an, u):
        return False
    if _NEGATED_SAYING.search(an.norm.text, max(0, u.start - 14), u.start) or _SAYS_NOTHING.match(
        an.norm.text, u.end
    ):
        return False  # "El Heraldo nunca publica que ...", "the Ledger never reported it"
    if u.text in SOURCE_PREPOSITIONS:
        prev = an.units[u.index - 1] if u.index > 0 else None
        # "el alcalde está de acuerdo con ...": agreement, not a source
        return not (
            prev is not None
            and prev.sentence == u.sentence
            and (prev.code == "C" or prev.text in _ESTAR)
        )
    if nxt in _PIECES and u.index > 0 and an.units[u.index - 1].text in INDEFINITE:
        return False  # "lifted paragraphs from a Reuters piece": what was copied, not a source
    if public_adjective(an, u):
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


# A saying or a publishing denied right before it: no source ("nunca publica", "no lo
# reportó", "never reported", "won't print").
_NEGATED_SAYING = re.compile(
    r"\b(?:no|nunca|jamas|ni|never|not|n't|won'?t|don'?t|doesn'?t|didn'?t|wouldn'?t)"
    r"(?:\s+(?:lo|la|los|las|se|le|les|even|ever|once))?\s+$"
)


# A source named, then its silence: "the Ledger never reported it", "El Heraldo nunca lo
# publicó", "la prensa no dice nada".
_SAYS_NOTHING = re.compile(
    r"\s+(?:never|no|nunca|jamas|ni|didn'?t|did not|doesn'?t|does not|won'?t|will not|"
    r"wouldn'?t|would not)\s+(?:(?:lo|la|se|le|even|ever|once|dare|to)\s+){0,2}(?:report|"
    r"reports|reported|publish|publishes|published|print|prints|printed|cover|covers|covered|"
    r"mention|mentions|mentioned|touch|touches|touched|publica|publico|publican|publicaron|"
    r"reporta|reporto|menciona|menciono|informa|informo|toca|toco|dice|dijo|sacan|saca|saco)\b"
)


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


_QUOTES = "'\"‘’“”«»"


def long_quote(text: str, k: int) -> bool:
    """The quotation around offset k holds three words or more: someone's words reported,
    not the writer's scare quotes round one word ("cobra 'mordida'")."""
    a = max(text.rfind(q, 0, k) for q in _QUOTES)
    ends = [e for e in (text.find(q, k) for q in _QUOTES) if e >= 0]
    if a < 0 or not ends:
        return False
    return len(text[a + 1 : min(ends)].split()) >= 3


def writer_clause(an: Analysis, u: Unit) -> bool:
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


def public_adjective(an: Analysis, u: Unit) -> bool:
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


# The writer vouching for what follows after a "but" or a clause break: "..., but I know for a
# fact he ...", "... pero yo sé que ...", "Pero me consta que ...". A source named before it
# does not cover it ("as far as I know" and "I don't know" never match: the word before "I"
# must be the contrast or the break).
_VOUCHED = re.compile(
    r"(?:^|[,;:.]\s*|\b(?:but|and|though|although|pero|y|aunque|mas)\s+)"
    r"(?:(?:i|we)\s+(?:know|knew|can\s+tell\s+you|can\s+confirm)"
    r"(?:\s+for\s+(?:a\s+fact|sure|certain))?|i\s+saw\s+it\s+myself|"
    r"(?:yo\s+)?(?:se|sabemos|lo\s+se)\s+(?:(?:de\s+cierto|de\s+buena\s+fuente|bien|muy\s+bien|"
    r"perfectamente|a\s+ciencia\s+cierta|de\s+primera\s+mano)\s+)?que|"
    r"(?:a\s+mi\s+)?me\s+consta\s+que)\b|" + SAID_BEFORE
)


def vouched_from(an: Analysis, units: list[Unit]) -> int | None:
    """Where the writer's own vouched claim begins in the sentence (`_VOUCHED`), if no source
    is named after it: the acts after it are the writer's, whatever source came before."""
    text = an.norm.text
    start, end = units[0].start, units[-1].end
    for m in _VOUCHED.finditer(text, max(0, start - 2), end):
        later = [
            u for u in units if u.start >= m.end() and u.has("attribution") and attributes(an, u)
        ]
        if not later:
            return m.end()
    return None
