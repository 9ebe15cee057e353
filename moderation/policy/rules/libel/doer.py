"""Who did the act: the addressee ("you stole"), someone a criminal party pays, a plural subject
(a group, not a person), a title that picks out one person."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.libel.words import CLAUSE_BREAK, CLITICS, DEFINITE, INDEFINITE

# A commenter accused to their face: "you're paid by the consulate", "you launder money".
# Only "you are ..." and its kin: "you pay off the cop and drive on" is anyone at all.
_YOU_BE = frozenset({"are", "were", "have been", "has been", "are still"})


def you_did(before: list[Unit]) -> bool:
    """The act follows "you are"/"you were"/"eres" directly."""
    if before and before[-1].text in ("eres", "fuiste"):
        return True
    return len(before) >= 2 and before[-1].text in _YOU_BE and before[-2].text in ("you", "u")


# Past forms that, right after "you", state a deed ("you stole", "you sold"); the present
# "you take a bribe, you go to jail" is anyone at all.
_PAST = frozenset({"stole", "took", "sold", "beat", "hid", "gave", "paid", "ran", "made", "got",
                   "bought", "shot", "slept", "kept", "put", "fed", "let", "led", "dealt",
                   "hit", "sent", "fled"})  # fmt: skip


_SECOND_PRESENT = re.compile(r"[a-z]{3,}(?:as|es)\b")
_SECOND_PRETERITE = re.compile(r"(?:te\s+)?[a-z]{3,}(?:aste|iste)\b")


def addressee_did(an: Analysis, crime: Unit, before: list[Unit], punished) -> bool:
    """The commenter addressed is the one accused: a Spanish second-person preterite
    ("te robaste", "vendiste"), "you" with a past verb ("you stole from the fund"), "usted",
    or "you were fired for ..." / "te corrieron por ..."."""
    text = an.norm.text
    if punished and punished.group().startswith(("you", "u ", "te ")):
        return True
    if _SECOND_PRETERITE.match(text, crime.start):
        return True
    near = [u.text for u in before[-2:] if u.text not in CLITICS]
    if near and near[-1] == "tu" and _SECOND_PRESENT.match(text, crime.start):
        return True  # "tú golpeas a tu esposa"
    if any(u.text in ("usted", "vos") for u in before[-3:]):
        return True
    if not any(u.text in ("you", "u") for u in before[-2:]):
        return False
    first = crime.text.split()[0]
    return first in _PAST or first.endswith("ed")


# A criminal party that pays someone named after it: "los narcos le pagaron al regidor Benítez".
_PAID_TO = re.compile(r"\s+(?:\w+\s+)?(?:le|les)\s+pag\w*\s+(?:\w+\s+)?(?:a|al)\s")


def paid_one(
    an: Analysis, crime: Unit, titles: list[int], named: list[int], crime_start: int
) -> bool:
    """The act is a criminal party paying someone, and the one paid is named or titled after
    it: the person bribed is the accused, though named last."""
    if not _PAID_TO.match(an.norm.text, crime.end):
        return False
    return any(k > crime.index for k in titles) or any(a > crime_start for a in named)


# Pay verbs whose object is the one paid: "Candidates pay him in cash", "le pagan por fuera".
PAY_WORDS = frozenset({"pay", "pays", "paid", "paying", "paga", "pagan", "pagaba", "pagaban",
                       "pagaron", "pago", "dan", "dieron", "dio", "daban"})  # fmt: skip
_PAID_NAME = re.compile(r"(?:\s+[\w$,.]+){0,3}?\s+(?:a|al)\s+[A-ZÁÉÍÓÚÑÜ]")


def paid_person(an: Analysis, text: str, crime: Unit, recent: bool) -> bool:
    """The act pays someone, and the one paid is the person named before ("Big Jim ... He's the
    bagman. Candidates pay him in cash") or a capitalised name after "a" ("le pagaron a Soto
    para que ...", a surname a dictionary may hold)."""
    words = crime.text.split()
    if words[0] in ("le", "les"):
        words = words[1:]
    elif crime.index == 0 or an.units[crime.index - 1].text not in ("le", "les"):
        k = crime.index + 1
        if not (recent and words[0] in PAY_WORDS and k < len(an.units)):
            return False
        return an.units[k].text in ("him", "her") and len(words) == 1
    if not words or words[0] not in PAY_WORDS:
        return False
    if recent:
        return True  # "le pagan en efectivo": the one named before
    return _PAID_NAME.match(text, an.span(crime.index, crime.index)[1]) is not None


def identifies(an: Analysis, u: Unit, text: str) -> bool:
    """A title picks out one person: not after "a"/"un", and a role many people hold
    ("the officer", "el agente", "the teacher") only with a name after it ("Officer Reyes",
    "el padre Ezequiel"); an office held by one ("the mayor", "the author") on its own."""
    if _modifies(an, u):
        return False  # "the DWTS judge scoring was rigged": the scoring, not the judge
    k = u.index - 1
    if (
        k >= 0
        and an.units[k].sentence == u.sentence
        and an.units[k].text in INDEFINITE
        and not (an.lang == "es" and an.units[k].text == "a")  # "a la autora": a preposition
    ):
        return False
    if u.text not in _MANY_HOLD:
        return True
    if k >= 0 and an.units[k].sentence == u.sentence and an.units[k].text in _DEMONSTRATIVE:
        return True  # "ese reportero", "esa columnista": the one the reader knows
    end = an.span(u.index, u.index)[1]
    if NAME_AFTER.match(text, end) or _PLACE_AFTER.match(text, end):
        return True  # "Officer Reyes", "el comandante de Sásabe"
    # the role's own article ("el comandante" as one unit) or the unit before it
    first = u.text.split()[0]
    article = first if first in DEFINITE else (an.units[k].text if k >= 0 else "")
    one = article in DEFINITE and article not in _PLURAL_DEFINITE  # not "los agentes de ..."
    if one and _LOCAL_AFTER.match(text, end):
        return True  # "el comandante de la municipal", "the owner of the taco shop on 5th"
    if one and _THIS_PIECE.match(text, end):
        return True  # "the reporter on this story", "el reportero de esta nota": its author
    # "the deputy who pulled over my nephew": the one the clause picks out
    k = u.index + 1
    return (
        k < len(an.units)
        and an.units[k].text in ("who", "que", "q")
        and any(
            an.units[j].text in DEFINITE and an.units[j].sentence == u.sentence
            for j in range(max(0, u.index - 3), u.index)
        )
    )


# Nouns of an office's business that a title before them qualifies ("judge scoring", "mayor
# race", "sheriff election"): the noun, not the office holder, is the phrase's head.
_OFFICE_THINGS = frozenset(
    {"scoring", "race", "races", "campaign", "campaigns", "election", "elections", "seat",
     "panel", "panels", "ruling", "rulings", "candidates", "candidate", "primary", "debate",
     "debates", "salary", "budget", "nominee", "nominees", "position", "contest",
     "appointment", "appointments", "results", "decisions", "forum", "hopefuls"}
)  # fmt: skip


def _modifies(an: Analysis, u: Unit) -> bool:
    """The title stands right before a noun of its office's business, no mark between: it
    qualifies that noun ("the judge scoring", "the mayor race") and names no one."""
    k = u.index + 1
    if k >= len(an.units) or an.units[k].sentence != u.sentence:
        return False
    nxt = an.units[k]
    return nxt.text in _OFFICE_THINGS and not an.norm.text[u.end : nxt.start].strip()


# The piece the comment is under, after a role: "the reporter on this story", "the columnist
# of this blog", "la reportera de esta nota": there is one such writer.
_THIS_PIECE = re.compile(
    r"\s+(?:on|of|for|behind|in|at|de|en)\s+(?:this|esta|este)\s+(?:story|article|piece|post|"
    r"column|blog|site|paper|nota|articulo|columna|blog|reportaje|periodico)\b",
    re.IGNORECASE,
)
_DEMONSTRATIVE = frozenset({"ese", "esa", "este", "esta", "aquel", "aquella", "that", "this"})
# Roles many people hold: identifying only with a name after them.
_MANY_HOLD = frozenset(
    {"officer", "deputy", "agent", "detective", "sergeant", "lieutenant", "captain", "teacher",
     "professor", "doctor", "dr", "coach", "landlord", "pastor", "priest", "reverend", "rabbi",
     "imam", "clerk", "inspector", "auditor", "trustee", "marshal", "constable", "reporter",
     "journalist", "columnist", "blogger", "owner", "the owner", "oficial", "agente", "maestro",
     "maestra", "profesor", "profesora", "doctora", "el doctor", "la doctora", "padre",
     "sargento", "teniente", "capitan", "licenciado", "licenciada", "ingeniero", "periodista",
     "reportero", "reportera", "columnista", "comandante", "delegado", "delegada", "el dueño",
     "la dueña", "dueño", "dueña", "gerente", "comisionado", "comisionada", "contador",
     "contadora", "notario", "notaria", "el cura", "parroco", "coordinador", "coordinadora",
     "administrador", "administradora", "empresario", "empresaria", "rep", "father", "profe",
     "notary", "entrenador", "entrenadora", "sacerdote"}
)  # fmt: skip
_PLURAL_DEFINITE = frozenset({"los", "las", "estos", "esos", "these", "those"})
# A name after the role, maybe past one adjective of office ("el líder sindical Romero").
NAME_AFTER = re.compile(r"(?:\s+[a-záéíóúñü]+(?:al|ar))?\.?,?\s+(?:[A-ZÁÉÍÓÚÑÜ]|@)")
# A place named within a few words: "el comandante de la policía estatal de Guerrero".
# One local post or place of work in lower case after the role, with its article: there is one
# such commander, owner or priest in the place the comment is about ("el padre de la iglesia
# del centro", "el dueño del taller", "the priest at the parish", "the owner of the shop").
_LOCAL_AFTER = re.compile(
    r"\s+(?:de\s+la|del|de\s+los|of\s+the|at\s+the|from\s+the)\s+(?:[a-záéíóúñü]+\s+)?"
    r"(?:municipal|estatal|parroquia|iglesia|templo|capilla|escuela|secundaria|primaria|prepa|"
    r"preparatoria|kinder|hospital|cl[ií]nica|albergue|c[aá]rcel|penal|aduana|garita|ret[eé]n|"
    r"sal[oó]n|restaurante|taller|tienda|gasolinera|ferreter[ií]a|funeraria|rancho|mercado|"
    r"video|estaci[oó]n|comandancia|delegaci[oó]n|parish|church|school|jail|restaurant|shop|"
    r"station|clinic|shelter|store|precinct|garage|ranch|gas\s+station|taco\s+shop|video)\b"
)
_PLACE_AFTER = re.compile(
    r"\s+(?:(?:de\s+la|de\s+los|del|de|of\s+the|of)\s+[a-záéíóúñü]+(?:\s+[a-záéíóúñü]+)?\s+)?"
    r"(?:de|del|of|in|en|from|at)\s+(?:(?:la|el|los|las|the)\s+)?[A-ZÁÉÍÓÚÑÜ]"
)


def new_subject(an: Analysis, u: Unit, crime: Unit) -> bool:
    """Between u and the act, "and"/"y" and a capitalised name open a clause of its own ("beat
    a man to death ... and Pruitt ordered the cover-up")."""
    return any(
        an.units[k].code == "B" and an.capitalised(k + 1)
        for k in range(u.index + 1, crime.index - 1)
    )


# Words between a subject and its verb: "they already launder", "los cárteles ya lavan".
_SUBJECT_GAP_WORDS = frozenset({"already", "also", "just", "still", "all", "simply",
                                "ya", "tambien", "todavia", "solo", "nomas", "siempre",
                                "always", "now", "ahora"})  # fmt: skip
_THEY = frozenset({"they", "ellos", "ellas"})
_PLURAL_DETERMINERS = frozenset({"the", "these", "those", "los", "las", "estos", "esos", "estas",
                                 "esas"})  # fmt: skip


def paid_to(an: Analysis, crime: Unit) -> bool:
    """A payment, or an act with a person as its object ("families pay her under the table",
    "le pagan por cada nota"): the one paid or done to is who the claim is about."""
    if crime.text.split()[0] in PAY_WORDS or crime.text.startswith(("pay", "pag", "le ", "les ")):
        return True
    k = crime.index + 1
    return k < len(an.units) and an.units[k].text in ("him", "her", "le", "lo", "la", "les")


_SAYING = frozenset({"say", "says", "said", "claim", "claims", "dicen", "dice", "dijo"})


def _says(u: Unit) -> bool:
    """A verb of saying: what follows it has a subject of its own ("say smugglers rob ...")."""
    return u.has("report") or u.text in _SAYING


def plural_subject(an: Analysis, before: list[Unit], named: list[int], titles: list[int]) -> bool:
    """The act's own subject is plural and common ("they", "the cartels", "los coyotes"),
    with no name or title in its clause: what a kind of people or an organisation does,
    not a claim about one person ("Ruiz and his brothers launder money" keeps its name)."""
    k = len(before) - 1
    while k >= 0 and before[k].text in _SUBJECT_GAP_WORDS:
        k -= 1
    if k < 0:
        return False
    subject = before[k]
    first_word = k == 0 or before[k - 1].sentence != subject.sentence
    # "Smugglers rob migrants": an English plural of doers, capitalised as a first word
    agents = an.lang == "en" and subject.text.endswith(("ers", "ists", "ants"))
    plural = subject.text in _THEY or (
        subject.code in ("w", "G")
        and subject.text.endswith("s")
        and len(subject.text) > 3
        and subject.entry is None
        and (first_word or before[k - 1].text in _PLURAL_DETERMINERS or _says(before[k - 1]))
        and (not an.capitalised(subject.index) or subject.text in an.lex.vocab or agents)
    )
    if not plural:
        return False  # "y además cobra comisión": an adverb, not a plural subject
    text = an.norm.text
    opener = k - 1 if k >= 1 and before[k - 1].text in _PLURAL_DETERMINERS else k
    if opener > 0 and not (
        before[opener - 1].code == "B"
        or _says(before[opener - 1])  # "the deputies say smugglers rob ..."
        or CLAUSE_BREAK.search(text, before[opener - 1].end, before[opener].start)
    ):
        return False  # "he buys back the bad trucks, strips ...": an object, not the subject
    j = k
    while j > 0 and not CLAUSE_BREAK.search(text, before[j - 1].end, before[j].start):
        if _says(before[j - 1]):
            break  # the clause said opens after its verb of saying
        j -= 1
    clause_start = an.span(before[j].index, before[j].index)[0]
    crime_at = an.span(subject.index, subject.index)[1]
    if any(clause_start <= a <= crime_at for a in named):
        return False
    return not any(before[j].index <= t <= subject.index for t in titles)
