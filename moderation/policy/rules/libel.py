"""Libel (clause `libel`): a statement of fact that an identifiable person committed a crime or
a disgraceful act, with no attribution or hedge. Always HOLD, never reject: a person decides.
"""

from __future__ import annotations

import bisect
import re

from moderation.policy.analysis import Analysis, Unit, any_stopwords
from moderation.policy.lexicon import Prefiltered
from moderation.policy.normalize import fold_term
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import laughs
from moderation.policy.types import Category, Submission

# Two or more capitalised words: a person's name ("Maria Lopez", "John R. Smith").
_NAME = re.compile(r"\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ'’-]+(?:\s+(?:[A-Z]\.\s+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñ'’-]+)+")
# An honorific and a surname: "Ms. Lindqvist", "Sr. Ramos", "Lic. Pérez"; an abbreviated title
# as typed ("DA Arredondo", "Lt. Garza", "Rev. Moreland"), in capitals so "da" is no title.
_HONORIFIC = re.compile(
    r"\b(?:Mr|Mrs|Ms|Mx|Sr|Sra|Srta|Lic|Ing|Profa?|DA|Lt|Sgt|Rev|Det|Capt|Cmdr|Gov|Sen|Supt|"
    r"Gral|Dip)\.?\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ'’-]+"
)
_URL = re.compile(r"https?://|www\.", re.IGNORECASE)
_NOT_NAMES = frozenset(
    {"the", "this", "that", "el", "la", "los", "las", "united", "states", "new", "north",
     "south", "mexico", "city", "estados", "unidos", "san", "santa", "santo", "fort", "port",
     "lake", "mount", "saint", "st", "east", "west", "del", "de", "eagle"}
)  # fmt: skip
# Armed groups, movements and parties named by one word ("Hezbollah took money from Iran"):
# an organisation, not an identifiable person, whatever the charge.
_ORGANISATION_NAMES = frozenset(
    {"hezbollah", "hizbollah", "hizballah", "hezbola", "hizbola", "hamas", "isis", "isil",
     "daesh", "taliban", "qaeda", "houthis", "houthi", "huties", "huti", "farc", "eta", "boko",
     "shabaab", "likud", "fatah"}
)  # fmt: skip


# A date long past in the claim's sentence: the historical record ("in 1918", "during World
# War II", "en el siglo XIX"), about people no longer living.
_HISTORIC = re.compile(
    r"\b(?:1[5-8]\d\d|19[0-5]\d)\b|\b(?:ww ?(?:i|ii|1|2)|world war (?:i|ii|one|two|1|2)|"
    r"(?:first|second) world war|(?:primera|segunda) guerra mundial|guerra civil|civil war|"
    r"revolucion mexicana|mexican revolution|siglo (?:xv|xvi|xvii|xviii|xix)|"
    r"(?:15|16|17|18)th century)\b"
)


# A story's plot retold: what its characters do defames no one.
_FICTION = re.compile(
    r"\b(?:telenovela|novela|episodio|capitulo de anoche|personaje|personajes|spoilers?|"
    r"episode|sitcom|the character|characters|the plot|la trama|pelicula|peli|the movie|"
    r"the film|la serie)\b"
)


# A comparison right before the act ("like they pay him", "como si le pagaran") says the
# person acts as if it were so: a jibe, not a statement that it is.
_SIMILE = re.compile(r"\b(?:like|as if|as though|como si)\s*$")


@rule("libel.unattributed_claim", Category.LIBEL)
def unattributed_claim(an: Analysis, sub: Submission) -> list[Hit]:
    if not _may_name_someone(an, sub):
        return []  # no title, name, @handle or "you are": nobody to defame
    acts = _acts(an)
    if not acts:
        return []
    if _URL.search(sub.text):
        return []  # a link is a source for the whole comment
    if _FICTION.search(an.norm.text):
        return []  # "en la novela ... mandó matar al esposo": a plot retold, no one defamed
    # A source covers its own sentence, the one before it ("Mayor X took bribes. The Ledger
    # reported it."), and later sentences about the same person or with no person of their
    # own; a report on homicide figures does not source a claim about the mayor.
    sourced = {
        u.sentence
        for u in an.with_class("attribution")
        if _attributes(an, u) and not _hearsay(an, u)
    }
    names = _name_spans(an, sub)
    text = an.norm.text
    person_before = False  # the previous sentence named a person ("Diaz? He rigged it.")
    people_sourced: set[str] = set()  # the people named in sentences with a source
    for base, codes in an.sentences:
        sentence = an.units[base].sentence
        units = list(an.units[base : base + len(codes)])  # one code letter per unit
        s_start = an.norm.origin[units[0].start] if an.norm.origin else 0
        s_end = an.span(units[-1].index, units[-1].index)[1]
        here = [(a, b) for a, b in names if s_start <= a < s_end]
        bodies = [(a, b) for a, b in here if _of_body(sub.text, a, b)]
        # a surname read off a body's place ("Seca" of "la policía de Villa Seca") is the place
        named = [
            a
            for a, b in here
            if not _body_or_place(sub.text, a, b) and not any(p <= a and b <= q for p, q in bodies)
        ]
        titles = [
            u.index
            for u in units
            if u.has("title") and _identifies(an, u, sub.text) and not _office_of(an, u)
        ]
        crimes = [
            an.units[k] for k in acts if an.units[k].sentence == sentence and not _topic(an, k)
        ]
        opener = _opener(units)
        recent = person_before or bool(named or titles)
        carried = person_before and (
            _pronoun_subject(an, sub.text, opener) or _act_first(an, opener, crimes)
        )
        # The person stays the subject while sentences go on about them ("Principal X is ...
        # She's the reason ... She signed ...", "La maestra X ... Es la razón ... Firmó ...").
        if named or titles or crimes or " ".join(u.text for u in units) not in _ASIDES:
            person_before = bool(named or titles) or (
                person_before and (carried or (opener.text in _GOES_ON_ES and an.lang == "es"))
            )
        # else: "Come on.", "Ajá.": a short aside keeps the person the comment is about
        people = {sub.text[a:b].split()[-1].lower() for a, b in names if s_start <= a < s_end}
        people.update(an.units[k].text for k in titles)
        if sentence in sourced:
            people_sourced |= people
        if not crimes:
            continue
        if sentence in sourced or sentence + 1 in sourced:
            continue
        if people_sourced and (carried or not people or people & people_sourced):
            continue  # "According to the indictment, Judge X ... He also ..."
        if any(u.has("hedge") for u in units):
            continue
        if any(u.text in _CONDITIONAL for u in units[:3]):
            continue  # "If the mayor took bribes, ...": a supposition
        if _HISTORIC.search(text, units[0].start, units[-1].end):
            continue  # "In 1918 Texas Rangers killed ...": history, nobody living is defamed
        crimes = [c for c in crimes if not _quoted_and_refuted(an, c)]
        # Each act of the sentence in turn: "the officers who beat the boy followed Ruelas's
        # orders, and then he had the video erased" accuses with its second act.
        for crime in crimes:
            if _claimed(an, sub, units, crime, named, titles, carried, s_start, recent):
                return [
                    Hit(
                        "libel.unattributed_claim",
                        0.6,
                        (an.span(units[0].index, crime.index),),
                        "crime or disgrace stated as fact about a person, no source",
                        True,
                    )
                ]
    return []


# What a writer says of a charge quoted to reject it: no argument, no evidence, false.
_REFUTED_AFTER = re.compile(
    r"\b(?:is ?n[o']t an argument|is not an argument|no es (?:un )?argumento|show me|"
    r"(?<!can )(?<!could )(?<!will )prove it|"
    r"where(?:'s| is) the (?:proof|evidence)|muestr\w+ (?:las|la|los|el) (?:prueba|pruebas|"
    r"contratos?|datos)|ensename|demuestr\w+|(?:is|it'?s) (?:a lie|false|not true)|"
    r"es (?:mentira|falso)|no es verdad|no es cierto|sin pruebas|without evidence|no proof)"
)
_QUOTED_SPAN = re.compile(r"[\"“«]([^\"“”«»]+)[\"”»]|(?<![\w])'([^']+)'(?![\w])")


def _quoted_and_refuted(an: Analysis, crime: Unit) -> bool:
    """The charge is inside a quotation of three or more words that the writer then answers
    as no argument, unproven or false ('"he's a cartel puppet" isn't an argument. Show me
    the contracts.'): held up to be rejected, not stated."""
    if not crime.quoted:
        return False
    text = an.norm.text
    for m in _QUOTED_SPAN.finditer(text):
        inner = m.group(1) or m.group(2) or ""
        lo, hi = m.span()
        if lo <= crime.start < hi and len(inner.split()) >= 3:
            return bool(_REFUTED_AFTER.search(text, hi))
    return False


# A name that is a place or a public body, not a person: after "in"/"en" ("the trucker in
# Casa Grande"), or before a body's word ("Cuervo Springs PD", "Pecos Gap Police").
_PLACE_BEFORE_NAME = re.compile(r"\b(?:in|at|near|en|cerca de|desde)\s+$", re.IGNORECASE)
_BODY_AFTER_NAME = re.compile(
    r"\s+(?:PD|P\.D\.|SO|FD|ISD|CBP|Police|Sheriff'?s?|Fire|Department|Dept|Council|County|"
    r"City|School|Schools|Board|Commission|Inc|LLC|Corp|Company|Co\.|Bank|Hospital|"
    r"University|College|Authority|District|Office|Party|Front|Army|Brigades?|Movement|"
    r"Guards?|Corps|Brotherhood|Jihad|Militia|Organi[sz]ation)\b"
)
_BODY_WORDS = frozenset({"Police", "Department", "Council", "County", "Board", "Commission",
                         "Inc", "Company", "Bank", "Hospital", "University", "College",
                         "Authority", "District", "Office", "Schools", "Party", "Front",
                         "Army", "Brigades", "Movement", "Guards", "Corps", "Brotherhood",
                         "Jihad", "Militia"})  # fmt: skip


# A name that places a body or an office: "la policía de Villa Seca", "los maestros de la
# secundaria Benito Juárez", "the sheriff of Arroyo Seco County" (the title, not the place,
# picks out the person); not kin ("la esposa de Juan Pérez").
_OF_PLACE_BEFORE_NAME = re.compile(
    r"\b(?:policía|policia|policías|policias|police|deputies|officers|cops|agentes|guardias|"
    r"maestros|maestras|teachers|empleados|staff|ayuntamiento|municipio|gobierno|cabildo|"
    r"autoridades|patrulleros|tránsitos|transitos)\s+(?:de|del|of)\s+"
    r"(?:(?:la|el|the)\s+(?:secundaria|primaria|preparatoria|prepa|escuela|school|colonia|"
    r"county|city|town|ciudad)\s+)?$"
)
# A body in lower case after the place that names it: "the Piedras Rojas police chief", "the
# Costa Verde deputies".
_LOWER_BODY_AFTER_NAME = re.compile(
    r"\s+(?:police|deputies|officers|cops|agents|council|schools?|teachers|guards|county|city|"
    r"sheriff's\s+office|department|pd)\b(?!\s+(?:union|association|president|head|chief|"
    r"captain|commander|director))"
)


def _of_body(text: str, a: int, b: int) -> bool:
    """The name at a..b places a body in lower case ("la policía de Villa Seca", "the Costa
    Verde deputies"): a surname read off it is the place too."""
    return bool(
        _OF_PLACE_BEFORE_NAME.search(text, max(0, a - 40), a)
        or _LOWER_BODY_AFTER_NAME.match(text, b)
    )


def _body_or_place(text: str, a: int, b: int) -> bool:
    """The name at a..b is a place or a public body: no person is defamed by it."""
    if _PLACE_BEFORE_NAME.search(text, max(0, a - 12), a):
        return True
    if _of_body(text, a, b):
        return True
    return bool(_BODY_AFTER_NAME.match(text, b)) or text[a:b].split()[-1] in _BODY_WORDS


# "the sheriff's office", "the mayor's administration", "la oficina del alcalde": the office
# as a body, not the one person who holds it.
_BODY_OF_TITLE = frozenset({"office", "department", "administration", "campaign", "staff",
                            "team", "deputies", "officers", "people", "agency"})  # fmt: skip
_AT_PLACE = frozenset({"at", "in", "from", "to", "into", "with", "for", "en", "a", "desde"})
_BODY_BEFORE_TITLE = frozenset({"oficina", "despacho", "equipo", "gente", "dependencia",
                                "administracion", "gobierno", "campana", "personal"})  # fmt: skip


def _office_of(an: Analysis, u: Unit) -> bool:
    """The title names its office as a body that acts ("the sheriff's office beat a man");
    a place someone works at ("works at the sheriff's office") is left to the other readers."""
    units = an.units
    j = u.index - 1
    if j >= 0 and units[j].text in ("the", "el", "la"):
        j -= 1
    if j >= 0 and units[j].sentence == u.sentence and units[j].text in _AT_PLACE:
        return False
    k = u.index + 1
    if k < len(units) and units[k].text in ("is", "s") and units[k].sentence == u.sentence:
        return k + 1 < len(units) and units[k + 1].text in _BODY_OF_TITLE
    k = u.index - 1
    if k >= 1 and units[k].text in ("del", "de la", "de") and units[k].sentence == u.sentence:
        return units[k - 1].text in _BODY_BEFORE_TITLE
    return False


def _claimed(
    an: Analysis,
    sub: Submission,
    units: list[Unit],
    crime: Unit,
    named: list[int],
    titles: list[int],
    carried: bool,
    s_start: int,
    recent: bool,
) -> bool:
    """The act is the writer's statement that a person did it: not quoted, asked, negated,
    likened, fought, suffered or reported by the person, and someone is there to have done it."""
    text = an.norm.text
    if crime.quoted and _long_quote(sub.text, an.span(crime.index, crime.index)[0]):
        return False  # 'los mojados nomás vienen a robar', me gritaron: someone's words, told
    if an.sentence_ends[crime.sentence] and not _rhetorical(an, sub.text, units, crime):
        return False
    # "Lo que nadie dice es que ...", "the article forgot to mention that ...": the writer
    # asserts it; the negation and the saying are the frame, not a source or a denial.
    said = _WRITER_SAYS.search(text, units[0].start, crime.start)
    said_end = said.end() if said else -1
    if any(
        u.code == "N"
        and u.start >= said_end
        and u.index < crime.index
        and not _CLAUSE_BREAK.search(text, u.end, crime.start)
        and not _negation_ends(text, u.end, crime.start)
        and not (u.text == "no" and u.index > 0 and an.units[u.index - 1].text in _SAID_NO)
        for u in units
    ):
        return False  # "never took a bribe"; a negation in an earlier clause does not count
    if _SIMILE.search(text[max(0, crime.start - 12) : crime.start]):
        return False  # "defending Walmart like they pay him": a joke simile, no claim
    if _no_victim(an, crime) or _writer_does(an, crime) or _game_or_laugh(an, crime):
        return False  # "the author killed it", "se robó el show", "I'm stealing that"
    before = [u for u in units if u.index < crime.index]
    if before and before[-1].text in _AGAINST:
        return False  # "a law against extortion", "la lucha contra el lavado"
    if _classified(before) or _counted(an, before, crime):
        return False  # "was classified as assault", "14 aggravated assaults in the county"
    if any(
        u.text in _VICTIM_NOUNS
        and not _CLAUSE_BREAK.search(text, u.end, crime.start)
        and not _new_subject(an, u, crime)
        for u in before
    ):
        return False  # "the killing of Mayor Ruiz is tied to the cartel": the person suffered it
    if any(
        u.has("report")
        and u.start >= said_end
        and not _hearsay(an, u)
        and not _denied_frame(an, u, crime)
        and not _public_adjective(an, u)
        and not _writer_clause(an, u)
        for u in before
    ):
        return False  # "Sheriff Dunn says the cartel ...": the person is a source
    punished = _PUNISHED.search(text, units[0].start, crime.start)
    if (not punished and any(_stops(an, u, crime) for u in before)) or _FOUGHT.search(
        text, units[0].start, crime.start
    ):
        return False  # "Sheriff Bradley arrested two men for running guns", "denied taking"
    if _names_organisation(an, crime):
        return False  # "Hezbollah is a terrorist organisation": a body, not a person
    if _relative_subject(an, before):
        return False  # "filed charges against the man who beat his wife": someone else did it
    crime_start = an.span(crime.index, crime.index)[0]
    if not _paid_to(an, crime) and _plural_subject(an, before, named, titles):
        return False  # "the cartels don't use Western Union, they launder it through ..."
    person = (
        any(a < crime_start for a in named)
        or _subject_name(an, sub.text, s_start, crime_start)
        or any(k < crime.index for k in titles)
        or carried
        or _you_did(before)
        or _addressee_did(an, crime, before, punished)
        or _paid_one(an, crime, titles, named, crime_start)
        or _paid_person(an, sub.text, crime, recent)
    )
    if not person:
        return False
    # about a group: the hate rules judge that
    return not (any(u.code == "G" for u in before) and not (named or titles))


_RELATIVES = frozenset({"who", "whom", "que", "quien"})
# Heads of a Spanish relative clause that are someone else: "al hombre que", "el tipo que".
_PERSON_HEADS_ES = frozenset({"hombre", "tipo", "muchacho", "senor", "sujeto", "conductor",
                              "chofer", "hijo", "joven", "vato", "cuate", "mismo"})  # fmt: skip
_RELATIVE_HEADS = frozenset({"the", "a", "an", "that", "this", "el", "la", "los", "las", "al",
                             "del", "un", "una", "ese", "esa", "aquel"})  # fmt: skip


def _relative_subject(an: Analysis, before: list[Unit]) -> bool:
    """The act is told in a relative clause about someone else, a few words before it ("filed
    charges against the man who beat his wife", "detuvo al que golpeó ..."): the person named is
    not its subject, unless a copula makes them that one ("Arredondo is the man who beat ..."),
    the clause is set off as an appositive ("Hill, the coach who ...") or its head is a title or
    a name ("reelected the mayor who took bribes")."""
    for k in range(len(before) - 1, max(-1, len(before) - 4), -1):
        if before[k].text not in _RELATIVES:
            continue
        j = k - 1
        if j >= 0 and before[j].text not in _RELATIVE_HEADS:
            j -= 1  # past the head noun: "the man who"
        if j < 1 or before[j].text not in _RELATIVE_HEADS:
            return False
        prev = before[j - 1]
        if prev.text in _COPULAS or prev.code == "C":
            return False
        if _CLAUSE_BREAK.search(an.norm.text, prev.end, before[j].start):
            return False
        if prev.code == "B" or prev.text in _CONJUNCTIONS:
            return False  # "pero el que de verdad se roba las pipas es ...": named after
        head = before[j + 1] if j + 1 < k else None
        if head is not None and before[k].text == "que" and head.text not in _PERSON_HEADS_ES:
            return False  # "el dinero que se robó": a thing, the clause's subject is outside
        return not (head is not None and (head.has("title") or an.capitalised(head.index)))
    return False


# A body that a charge's noun phrase ends on ("a terrorist organisation", "a terrorist state"):
# the subject is classed as an organisation, a party, a state or an armed group, which no
# libel reaches; the people of one ("a terrorist group member") are still persons.
_ORGANISATION_NOUNS = frozenset(
    {"organisation", "organization", "organisations", "organizations", "group", "groups",
     "outfit", "network", "militia", "militias", "regime", "state", "states", "movement",
     "army", "cell", "entity", "proxy", "faction", "party", "front", "organizacion", "grupo",
     "banda", "milicia", "regimen", "estado", "movimiento", "red", "celula", "partido",
     "faccion", "ejercito"}
)  # fmt: skip
_MEMBER_NOUNS = frozenset(
    {"member", "members", "leader", "leaders", "sympathizer", "sympathiser", "supporter",
     "financier", "funder", "recruiter", "commander", "operative", "chief", "boss", "founder",
     "fighter", "spokesman", "spokesperson", "plant", "asset", "agent", "miembro", "lider",
     "jefe", "simpatizante"}
)  # fmt: skip


_COPULAS = frozenset({"is", "was", "are", "were", "s", "es", "era", "fue", "son", "eran", "eres",
                      "sos", "fuiste", "fueron"})  # fmt: skip


def _names_organisation(an: Analysis, crime: Unit) -> bool:
    """The charge classes its subject as an organisation ("is a terrorist organisation", "is a
    terrorist state") rather than as a person who belongs to one."""
    if crime.text.split()[0] not in _COPULAS:
        return False  # "defrauded state taxpayers": the act's object, not what the doer is
    k = crime.index + 1
    units = an.units
    if k >= len(units) or units[k].sentence != crime.sentence:
        return False
    if units[k].text not in _ORGANISATION_NOUNS:
        return False
    start, end = an.span(k, k)
    if "'" in an.norm.original[start : end + 1] or "’" in an.norm.original[start : end + 1]:
        return False  # "a terrorist group's donor": a person who gives to one
    nxt = units[k + 1] if k + 1 < len(units) else None
    return nxt is None or nxt.sentence != crime.sentence or nxt.text not in _MEMBER_NOUNS


# Acts stated in the many ways people phrase them, beyond the fixed phrases of libel.tsv: a
# verb, a few free words, and the object or partner that makes it a crime ("took forty grand
# from a coyote ring", "sells his rulings", "se quedó con el dinero de las despensas"). Each is
# (trigger verbs, the rest of the pattern); a pattern runs only when the comment holds a word
# beginning like one of its verbs, and always over the normalised text (lower case, no accents).
_W = r"(?:[\w'$,.-]+\s+)"  # one free word ("forty", "$5,000", "brother-in-law's")
_BAD_PARTY = (
    r"(?:cartels?|cartel's|narcos?|zetas|sinaloa|cjng|gulf cartel|smugglers?|coyotes?|"
    r"traffickers?|polleros?|huachicoleros?|mafia|mob|gangs?|ring|maña|chapo|mencho|golfo|"
    r"crimen organizado|delincuencia|mana|sicarios|hitmen|halcones|secuestradores|kidnappers|"
    r"grupos? criminal(?:es)?|criminal groups?|(?:caballeros )?templarios|familia michoacana|"
    r"beltran leyva|chapitos|tren de aragua|ms-?\s?13|mara salvatrucha|knights templar|la linea|"
    r"viagras|carteles unidos|guerreros unidos|arellano felix|cartel del noreste|union tepito|"
    r"(?:los\s+)?ardillos|(?:los\s+)?rojos|(?:los\s+)?tlacos|(?:la\s+)?barredora|marro|"
    r"zambada|cuinis|criminales|delincuentes|santa rosa de lima|clanx|famx)"
)
# The parties that a family does not stand for: paid, owned or employed by a family, or one of
# its members, is no crime ("owned by the Ortiz family", "a Garza family member"); working for
# one is a job, unless the family is named as a clan ("trabaja para los Quintero").
_ORG_PARTY = _BAD_PARTY.replace("|clanx|famx", "")
_CLAN_PARTY = _BAD_PARTY.replace("|famx", "")
_FOREIGN = r"(?:mexican|chinese|russian|cuban|venezuelan|foreign|us|american|saudi|iranian)"
# A criminal party after a relation word, with its article: "the Gulf Cartel", "los de la maña",
# "los del Golfo", "el Cártel de Santa Rosa".
_PARTY_REF = (
    rf"(?:the\s+|el\s+|la\s+|los\s+|las\s+)?(?:(?:de|del)\s+(?:la\s+|los\s+|las\s+)?)?"
    rf"{_W}?{_BAD_PARTY}\b"
)
# Kin and cronies an official favours with contracts and jobs.
_KIN_EN = (
    r"(?:son|sons|daughter|daughters|nephew|niece|cousin|brother|sister|wife|husband|"
    r"brother-in-law|sister-in-law|son-in-law|in-laws?|family|girlfriend|boyfriend|mistress|"
    r"buddy|buddies|cronies|compadre|best friend|donors?)(?:'s)?"
)
_KIN_ES = (
    r"(?:hij[oa]s?|sobrin[oa]s?|cunad[oa]s?|herman[oa]s?|prim[oa]s?|espos[oa]|mujer|marido|"
    r"compadres?|comadres?|yerno|nuera|suegr[oa]s?|amantes?|novi[oa]|familia|familiares|"
    r"amig[oa]s?|cuates|compas)"
)
# A criminal trade someone is in: "metido en el huachicol", "le entra al narco".
_TRADE_ES = (
    r"(?:el\s+|la\s+|los\s+)?(?:negocio\s+(?:del?\s+|de\s+la\s+)?)?(?:huachicol|narco|"
    r"narcotrafico|narcomenudeo|robo de (?:combustible|gasolina|autos|carros|ganado|trenes)|"
    r"trafico de (?:armas|drogas|personas|migrantes|combustible)|trata|lavado|secuestro|"
    r"extorsion|cobro de piso|contrabando|huachigas|moches?|mordidas?)\b"
)
# What is taken when someone "se queda con", "se roba", "se lleva" it.
_LOOT_ES = (
    r"(?:dinero|lana|fondos|recursos|apoyos|despensas|medicinas|medicamentos|terrenos|uniformes|"
    r"donativos|presupuesto|millones|pesos|dolares|sueldos|salarios|becas|predios|"
    r"aguinaldos|cuotas|comision|comisiones|droga|decomiso|decomisos|cargamento|mercancia|"
    r"multas|mordidas|indemnizaciones|ahorros|aportaciones|donaciones|viveres|cobijas|"
    r"vacunas|colecta|cooperacion)"
)
# Records a person keeps or signs, which are falsified: "falsified the staffing reports",
# "infla las calificaciones", "firma escrituras falsas".
_RECORD = (
    r"(?:records?|reports?|charts?|grades|scores|transcripts|titles|signatures?|deeds?|"
    r"documents|paperwork|books|minutes|attendance|eligibility|inspections?|odometers?|"
    r"mileage|timesheets?|invoices|receipts|registros?|reportes?|informes?|expedientes?|"
    r"calificaciones|titulos|firmas?|escrituras?|documentos|papeles|actas?|asistencias?|"
    r"kilometrajes?|facturas|recibos|bitacoras?|testamentos?)"
)
# Someone in the person's charge or under them: an affair with one is a disgrace, not gossip.
_SUBORDINATE_EN = (
    r"(?:students?|interns?|staffers?|patients?|parishioners?|employees?|minors?|teenagers?|"
    r"players?|secretary|assistant|aide|nurses?|choir director|youth (?:pastor|leader|director)|"
    r"volunteers?|tenants?|babysitter|nanny|subordinates?|clients?|athletes?|receptionist|"
    r"paralegal|trainee|cheerleaders?|congregants?|member of (?:his|her) (?:staff|congregation|"
    r"team|flock)|married (?:parishioner|congregant|volunteer|employee|woman|man))"
)
_SUBORDINATE_ES = (
    r"(?:secretari[ao]s?|asistentes?|alumn[ao]s?|estudiantes?|enfermer[ao]s?|emplead[ao]s?|"
    r"subordinad[ao]s?|feligres(?:a|as|es)?|catequistas?|directora del coro|jugador(?:a|as|es)?|"
    r"becari[ao]s?|practicantes?|ninera|inquilin[ao]s?|pacientes?|menores|monaguillos?|"
    r"seminaristas?|maestras?|maestros?|voluntari[ao]s?|clientas?)"
)
# People a deed of violence is done to: "murdered that inmate", "mató al muchacho".
_VICTIM_DET = r"a|an|the|that|this|those|these|his|her|their|my|our|your|two|three|four|\d+"
_VICTIM_EN = (
    r"(?:inmates?|prisoners?|detainees?|suspects?|man|men|woman|women|kids?|child|children|"
    r"boys?|girls?|baby|babies|teens?|teenagers?|migrants?|wife|husband|girlfriend|boyfriend|"
    r"sons?|daughters?|mother|father|neighbou?rs?|workers?|employees?|patients?|residents?|"
    r"students?|reporters?|journalists?|witness|witnesses|rival|priest|informant|people|"
    r"protesters?|family|families|villagers|campers|tenants?|elderly|grandmother|grandfather)"
)
_VICTIM_DET_ES = r"un|una|el|la|los|las|su|sus|dos|tres|unos|unas|mi|tu|nuestro|nuestra"
_VICTIM_ES = (
    r"(?:muchach[oa]s?|chamac[oa]s?|chav[oa]s?|nin[oa]s?|hombres?|mujer|mujeres|senor|senora|"
    r"joven|jovenes|esposa|esposo|marido|novia|novio|hij[oa]s?|madre|padre|vecin[oa]s?|"
    r"trabajador(?:es|a|as)?|emplead[oa]s?|pacientes?|alumn[oa]s?|estudiantes?|migrantes?|"
    r"detenid[oa]s?|pres[oa]s?|reos?|periodistas?|reporter[oa]s?|testigos?|regidor[a]?|rival|"
    r"ancian[oa]s?|abuelit[oa]s?|abuel[oa]s?|bebes?|menores?|indigentes?|gente|personas?|"
    r"cura|sacerdote|activistas?|candidat[oa]s?|policias?|agentes?|campesin[oa]s?|jornaleros?)"
)
# The parties of `_BAD_PARTY` and a few more a partner or a buyer can be: the fuel-theft trade,
# traffickers of people, a plaza's bosses, drug crews.
_PARTY_X = _BAD_PARTY[:-1] + (
    r"|huachicol|huachicoleros|tratantes|capos?|jefes?\s+de\s+(?:la\s+)?plaza|de\s+la\s+plaza|"
    r"(?:meth|fentanyl|drug)\s+(?:crews?|dealers?|runners?)|plaza\s+boss(?:es)?|extorsion|"
    r"narcotrafico|trata\s+de\s+personas)"
)
# A sum of money: "$40,000", "$2 million", "fifty grand"; "dos millones de pesos", "80 mil pesos".
_SUM_EN = (
    r"\$[\d,.]+\s*(?:k|m|million|grand|thousand)?|[\d,.]+\s+(?:million|thousand|grand)|"
    r"(?:a|one|two|three|four|five|ten|twenty|fifty|a\s+hundred)\s+(?:million|thousand|grand)"
)
_SUM_ES = (
    r"(?:\d[\d,.]*\s*(?:mil|millones?|pesos|dolares)|(?:un|dos|tres|cuatro|cinco|diez|veinte|"
    r"cien|cincuenta|quinientos)\s+(?:mil|millon|millones))(?:\s+de\s+(?:pesos|dolares))?"
)
# Acts of office bought: rezoning, a vote, a case dropped, a prisoner freed.
_CORRUPT_EN = (
    r"(?:approve|rezone|vote|kill|bury|drop|push|block|look\s+the\s+other|fix|award|rule|"
    r"ignore|steer|grant|release|clear|skip|quash|tank|waive|sign\s+off|get\s+(?:\w+\s+){0,3}?"
    r"(?:approved|passed|cleared|dropped|waived|rezoned|through)|route|divert|rig)\b"
)
_CORRUPT_ES = (
    r"(?:soltar|soltarlo|soltarla|liberar|liberarlo|votar|voten|vote|aprobar|apruebe|archivar|"
    r"callar|tapar|cerrar|desaparecer|matar|ignorar|fallar|absolver|retirar|moderar|proteger|"
    r"publicar|firmar|otorgar|sacarlo|dejar(?:los|las|lo|la)?\s+(?:pasar|salir|ir|libres?)|"
    r"no\s+(?:tocar|investigar|multar|clausurar|revisar|auditar|denunciar))\b"
)
_FRAMES_SRC: tuple[tuple[str, str], ...] = (
    # money taken from a cartel, a smuggling ring, a contractor
    ("took takes take taking taken get gets got getting receives received receiving accepts "
     "accepted accepting pockets pocketed pocketing collects collected",
     rf"{_W}{{0,4}}?(?:money|cash|bribes?|payoffs?|kickbacks?|envelopes?|grand|thousand|"
     rf"dollars|pesos|payments?|bucks|\$[\d,.]+k?)\s+{_W}{{0,2}}?(?:from|off)\s+{_W}{{0,2}}?"
     rf"(?:{_BAD_PARTY}|chinese|china|russians?|russia|saudis|beijing|moscow|kremlin)\b"),
    # paid, funded or owned by a cartel or a foreign government; on its payroll
    ("paid funded bankrolled financed bought owned sponsored employed",
     rf"(?:off\s+)?by\s+(?:the\s+)?{_W}{{0,2}}?{_ORG_PARTY}\b"),
    ("paid bankrolled bought owned",
     rf"by\s+(?:the\s+)?{_FOREIGN}\s+(?:government|consulate|embassy|regime|state)\b"),
    ("on",
     rf"the\s+(?:\w+\s+)?(?:{_BAD_PARTY}|{_FOREIGN} government's|{_FOREIGN} government)\s+"
     r"payroll\b"),
    # selling what an office or a badge controls, or contraband
    ("sell sells sold selling auctions auctioned",
     rf"{_W}{{0,2}}?(?:rulings?|verdicts?|sentences|pardons?|visas?|permits?|jobs?|"
     r"contracts?|votes?|badges?|information|info|names|addresses|licen[cs]es?|passports?|"
     r"green cards|citizenship|favou?rs?|positions|seats|protection|ballots|fentanyl|meth|"
     r"bail|dismissals|acquittals|parole|plea deals|warrants|"
     r"cocaine|heroin|drugs|dope|pills|prescriptions?)\b"),
    ("sell sells sold selling",
     rf"{_W}{{0,2}}?(?:guns|weapons|rifles|ammo|ammunition)\s+(?:back\s+)?to\s+(?:the\s+)?"
     rf"{_BAD_PARTY}"),
    # sold for a price: "sold the release order for three million pesos"
    ("sell sells sold selling",
     rf"{_W}{{0,2}}?(?:release|releases|order|orders|rulings?|verdicts?|cases?|charges|files?|"
     r"badges?|plazas?|jobs?|posts?|pardons?|permits?|licen[cs]es?|visas?|contracts?|votes?|"
     rf"silence|favou?rs?|seats?)\s+{_W}{{0,2}}?for\s+{_W}{{0,3}}?(?:pesos|dollars|cash|bucks|"
     r"grand|a bribe|bribes|\$[\d,.]+k?)\b"),
    # beating someone in custody or at home; covering it up; tipping the smugglers off
    ("beat beats beaten beating",
     rf"(?:a|an|the|that|this|one)\s+{_W}{{0,2}}?(?:teenager|teen|kid|child|boy|girl|man|woman|"
     r"prisoner|inmate|migrant|detainee|suspect|protester|reporter|journalist)\s+"
     rf"{_W}{{0,3}}?(?:to death|half to death|unconscious|senseless|bloody|black and blue|"
     r"with a|with his|with her|in the jail|in custody|in a cell|in the cell|so badly)"),
    ("covered covers covering",
     r"(?:it|this|that|them|everything|the\s+\w+)\s+up\b(?!\s+(?:with|front)\b)"),
    ("passes passed passing leaks leaked leaking feeds fed gives gave pasa pasaba paso filtra "
     "filtro filtraba da daba dio",
     rf"{_W}{{0,2}}?(?:information|info|intel|names|addresses|tips|informacion|datos|nombres|"
     r"direcciones|pitazos?|operativos|rondines)\s+(?:to|a|al)\s+(?:the\s+|los\s+|las\s+|el\s+|"
     r"la\s+)?"
     rf"{_BAD_PARTY}\b"),
    ("tipped tips tipping",
     rf"(?:them|him|her|the\s+\w+)\s+off\s+{_W}{{0,3}}?(?:about|before|ahead of)\s+"
     rf"(?:the|a|an)\s+{_W}?(?:raid|bust|operation|arrests?|search|warrant|sweep|inspection)\b"),
    # running the racket: "runs the kidnapping ring out of the station"
    ("run runs ran running operates operated leads led heads headed",
     rf"(?:the|a|an|his|her|their)\s+{_W}?(?:kidnapping|smuggling|trafficking|drug|extortion|"
     r"theft|prostitution|fraud|gambling|laundering|car theft|fuel theft)\s+(?:ring|racket|"
     r"network|business|scheme|cell|gang)\b"),
    ("maneja manejaba dirige dirigia encabeza encabezaba controla controlaba",
     r"(?:la|una|el|un)\s+(?:red|banda|negocio|celula)\s+de\s+(?:secuestros?|extorsion|"
     r"trata|huachicol|robo|lavado|narcomenudeo|polleros|trafico|secuestradores|ladrones|"
     r"extorsionadores|sicarios|huachicoleros)\b"),
    # a share of every contract: "se queda con el 10% de cada contrato", "takes 10% of every"
    ("takes took gets got keeps kept skims skimmed pockets pocketed",
     r"(?:\d+\s?%|\d+\s+percent|a percentage|a piece|half|a slice)\s+of\s+(?:every|each|all|"
     r"the)\s+(?:contract|contracts|load|loads|deal|shipment|permit|payment|bid|fine|"
     r"paycheck)\b"),
    # moving drugs, guns, dirty money or people
    ("deal deals dealt dealing push pushes pushed pushing cooks cooked cooking distributes "
     "distributed distributing moves moved moving run runs ran running ships shipped shipping "
     "smuggles smuggled smuggling traffics trafficked trafficking launders laundered "
     "laundering stashes stashed",
     rf"{_W}{{0,2}}?(?:fentanyl|meth|cocaine|coke|heroin|drugs|dope|pills|guns|weapons|"
     r"rifles|ammo|loads|cartel money|drug money|the cartel's money)\b"),
    ("smuggles smuggled smuggling traffics trafficked trafficking pimps pimped",
     rf"{_W}{{0,2}}?(?:people|migrants|women|girls|kids|children|minors|workers)\b"),
    ("sells sold selling vende vendia vendio venden",
     r"(?:the\s+|a\s+los\s+|a\s+las\s+|a\s+)?(?:people|migrants|women|girls|kids|children|"
     r"migrantes|mujeres|ninas|ninos|personas)\s+(?:back\s+)?(?:to|a)\s+(?:the\s+|los\s+)?"
     rf"{_BAD_PARTY}\b"),
    # letting the cartel's loads through, shielding or tipping off smugglers
    ("lets let's letting allows allowed waves waved waving",
     rf"{_W}{{0,2}}?(?:cartel|smugglers?|narcos|traffickers|loads|shipments|coyotes|drugs)"
     rf"\s+{_W}{{0,2}}?(?:through|walk|go|pass|slide|cross)\b"),
    ("protects protected protecting shields shielded shielding",
     rf"(?:the\s+)?{_W}?{_BAD_PARTY}\b"),
    ("warned warns alerted alerts",
     rf"(?:the\s+)?{_W}?{_BAD_PARTY}\s+{_W}{{0,2}}?(?:before|ahead of)\s+{_W}?"
     r"(?:raid|bust|operation|arrests?)\b"),
    ("rents rented renting leases leased leasing lends lent lending supplies supplied "
     "supplying provides provided providing",
     rf"{_W}{{0,3}}?to\s+(?:the\s+)?{_W}?{_BAD_PARTY}\b"),
    ("planted plants planting",
     rf"{_W}?(?:meth|drugs|evidence|a gun|guns|cocaine|fentanyl|a weapon|a knife)\b"),
    # a cartel's man: "a cartel plant", "the cartel's accountant"
    ("is was are were has became",
     rf"(?:been\s+)?(?:a|an|the|their|his|her)\s+(?:\w+\s+)?(?:{_ORG_PARTY})\s+"
     r"(?:plant|mole|puppet|accountant|banker|informant|lookout|operative|member|associate|"
     r"boss|hitman|enforcer|frontman|front man|stooge|asset|lackey|errand boy|spy|partner|"
     r"collaborator|stooge|bagman|bag man|man|guy|woman|contact|inside man|point man)\b"),
    ("is was are were has became",
     r"(?:been\s+)?(?:a|an|the|their|his|her)\s+(?:\w+\s+)?(?:plant|mole|puppet|accountant|"
     r"banker|informant|lookout|operative|hitman|enforcer|frontman|front man|stooge|lackey|"
     r"errand boy|bagman|bag man|halcon|sicario|mule|plaza boss)\s+(?:for|of|with)\s+"
     rf"(?:the\s+)?{_W}?{_BAD_PARTY}\b"),
    ("works worked working trabaja trabajaba trabajan trabajo",
     rf"(?:for|para|pa|con|with)\s+(?:los\s+del?\s+|los\s+de\s+la\s+|el\s+|la\s+|los\s+|the\s+)?"
     rf"{_W}?{_CLAN_PARTY}\b(?!\s+(?:task|unit|division|squad|investigations?|cases?|victims?|"
     r"survivors|families)|[.,\s]*\s(?:para|to)\s+(?:rescatar|ayudar|atrapar|detener|combatir|capturar|"
     r"investigar|desmantelar|rescue|help|catch|stop|fight|track|dismantle|bust)\b)"),
    # let go for money: "released the plaza boss for a suitcase of cash", "lo soltó por dos
    # millones"
    ("released releases freed frees dismissed dropped acquitted",
     rf"{_W}{{1,5}}?for\s+(?:a\s+|an\s+)?{_W}{{0,3}}?(?:cash|money|bribes?|payoffs?|grand|"
     r"thousand|\$[\d,.]+k?)\b"),
    ("solto soltaron libero liberaron libera suelta",
     rf"{_W}{{1,5}}?(?:por|a cambio de)\s+{_W}{{0,3}}?(?:pesos|dolares|lana|dinero|millones|"
     r"sobornos?|moches?)\b"),
    # violence: ordering a killing, beating a partner, shooting the unarmed, abusing the young
    ("ordered had",
     rf"(?:the|that|a|an|his|her|their)\s+{_W}?(?:reporter|journalist|witness|witnesses|"
     r"activist|rival|judge|candidate|informant|critic|priest|officer|cop|wife|husband)\s+"
     r"(?:killed|murdered|shot|beaten|disappeared|kidnapped|executed)\b"),
    ("ordered", r"the\s+(?:killing|murder|hit|execution|kidnapping|disappearance)\s+of\b"),
    ("put puts putting",
     rf"(?:his|her)\s+{_W}?(?:wife|ex-wife|ex|girlfriend|husband|ex-husband|kids?|son|"
     r"daughter|stepdaughter|stepson|partner)\s+in\s+the\s+(?:hospital|er)\b"),
    ("shot shoots", r"(?:an?\s+)?unarmed\b"),
    ("sleeps slept sleeping",
     rf"with\s+(?:his|her|a|an|one of his|one of her)\s+{_W}?(?:students?|interns?|"
     r"staffers?|patients?|parishioners?|employees?|minors?|teenagers?|players?)\b"),
    # sex with someone who holds power over the writer's target or with another's spouse, told
    # to explain a favour: "got her job by sleeping with the station manager", "is sleeping with
    # the DA", "sleeps with the mayor's wife", "se acuesta con la fiscal", "anda con el juez"
    ("sleeps slept sleeping",
     rf"with\s+(?:the|a|an|some\s+of\s+the)\s+{_W}{{0,2}}?(?:editor|editors|manager|boss|"
     r"president|mayor|da|judge|prosecutor|chief|sheriff|council\s?(?:member|man|woman)|"
     r"councilman|councilwoman|contractor|organi[sz]er|candidate|superintendent|director|"
     r"publisher|owner|commissioner|senator|governor|coach|principal|board\s+member|producer|"
     r"lawyer|attorney|lobbyist|developer|workers|\w+'s\s+(?:wife|husband)|(?:wife|husband)"
     r"\s+of)\b"),
    ("acuesta acostaba acosto acostado acuestan anda andaba",
     r"con\s+(?:el|la)\s+(?:editora?|jef[ea]|president[ae]|alcaldes?a?|fiscal|jueza?|"
     r"comandante|director[a]?|duen[oa]|gobernador[a]?|senador[a]?|diputad[oa]|regidor[a]?|"
     r"contratista|esposa\s+del?|esposo\s+de|mujer\s+del?|marido\s+de)\b"),
    # charging what is no one's to charge: a cut, a fee from those who need the office or the
    # crossing, a price for letting pass or speeding up ("cobra su cuota a los polleros", "les
    # cobra a las familias por agilizar", "cobra el 10% de cada contrato", "cobra por pitar")
    ("cobra cobraba cobro cobran cobraban",
     rf"(?:{_W}{{0,2}}?(?:cuotas?|'cuota'|piso|derecho\s+de\s+piso|mordidas?|moches?|"
     r"mensualidad|su\s+parte|el\s+\d+\s?%|\d+\s?%|'extra'|cooperaciones|'cooperaciones')"
     r"(?!\s+(?:de\s+)?(?:mantenimiento|sindical|escolar|voluntaria))|"
     rf"{_W}{{0,3}}?(?:a\s+(?:los\s+|las\s+)?|(?:los|las|todo\s+el\s+que|cada)\s+)(?:\w+\s+)?"
     r"(?:polleros|migrantes|paisanos|"
     r"familias|candidatos|empresarios|transportistas|farmacias|ambulantes|taxistas|choferes|"
     r"presos|detenidos|reos|senoras|contratistas|proveedores|hondurenos|cubanos|temporeros|"
     r"jornaleros|abogados|salones|pasa|contratista)\b|"
     r"por\s+(?:agilizar|acelerar|adelantar|pasar|dejar|tramitar|liberar|soltar|no\s+\w+|cruzar|"
     r"pitar|cada\s+(?:permiso|camion|cabeza|persona|licencia|plaza|firma)|las\s+entrevistas|"
     r"\w+\s+los\s+casos))(?!\w)"),
    # sex or an affair with someone in one's charge: "is sleeping with the choir director",
    # "se acuesta con su secretaria", "tiene un amorío con una feligresa"
    ("sleeps slept sleeping sleep hooking hooks hooked messing messes messed fooling fools "
     "fooled",
     rf"(?:around\s+|up\s+)?with\s+(?:his|her|the|a|an|one of (?:his|her|the))\s+"
     rf"{_W}{{0,2}}?{_SUBORDINATE_EN}\b"),
    ("having has had have", rf"an\s+affair\s+with\s+(?:his|her|the|a|an|one of (?:his|her|the))"
     rf"\s+{_W}{{0,2}}?{_SUBORDINATE_EN}\b"),
    ("acuesta acostaba acosto acostado acuestan anda andaba andan metio metia",
     rf"con\s+(?:su|sus|la|las|una|un|el|uno\s+de\s+sus|una\s+de\s+sus)\s+{_W}{{0,2}}?"
     rf"{_SUBORDINATE_ES}\b"),
    ("tiene tenia tuvo tienen",
     rf"(?:un\s+|una\s+)?(?:amorio|aventura|romance|affair|lio|amante)\s+(?:con\s+)?"
     rf"(?:su|sus|la|las|una|un|el|uno\s+de\s+sus|una\s+de\s+sus)\s+{_W}{{0,2}}?"
     rf"{_SUBORDINATE_ES}\b"),
    # paid to keep quiet, hush money by its purpose: "paid the family to keep quiet", "bought
    # her silence", "le dieron dinero para que se callara", "les pagó para que no denunciaran"
    ("paid pays paying pay",
     r"(?:off\s+)?(?:her|him|them|the\s+(?:family|girl|boy|kid|victim|parents|woman|nurse|"
     r"witness|witnesses))\s+(?:off\s+)?to\s+(?:keep\s+quiet|stay\s+quiet|keep\s+(?:her|his|their)"
     r"\s+mouths?\s+shut|shut\s+up|go\s+away|leave\s+quietly|drop\s+(?:it|the\s+(?:case|complaint|"
     r"charges|lawsuit|suit))|sign\s+an?\s+nda|not\s+(?:talk|testify|press\s+charges))\b"),
    ("bought buys buying",
     r"(?:her|his|their|the\s+(?:family's|victim's|girl's|boy's))\s+silence\b"),
    ("pagaron pago pagaba pagan paga dieron dio daban dan",
     rf"{_W}{{0,5}}?para\s+que\s+(?:se\s+call\w+|no\s+(?:dijera|dijeran|hablara|hablaran|"
     r"denunciara|denunciaran|declarara|declararan|testificara|testificaran|demandara|"
     r"demandaran)|retirar\w*\s+(?:la\s+)?(?:denuncia|demanda|queja))\b"),
    # an official paid to drop a case: "le dio dinero al juez para que cerrara el caso"
    ("pagaron pago pagaba pagan paga dieron dio daban dan",
     rf"{_W}{{0,3}}?(?:al|a\s+la)\s+(?:juez|jueza|fiscal|mp|ministerio\s+publico|magistrado|"
     r"magistrada|comandante|agente\s+del\s+mp)\s+para\s+que\s+(?:archivar\w*|cerrar\w*|"
     r"desechar\w*|tirar\w*|congelar\w*|sobreseyer\w*|desapareciera\w*)\b"),
    # a union leader or an inspector on the other side's payroll: "cobra en la nómina de la
    # empresa", "is on the company's payroll"
    ("cobra cobraba cobran esta estaba aparece aparecia sigue",
     r"en\s+la\s+nomina\s+de\s+(?:la\s+)?(?:empresa|compania|patronal|patron|constructora|"
     r"minera|desarrolladora|concesionaria|transportista|fabrica|planta)\b"),
    ("is was",
     r"(?:secretly\s+|still\s+|also\s+)?on\s+the\s+(?:company's|company|employer's|"
     r"management's|plant's|contractor's|developer's)\s+payroll\b"),
    # destroying or faking the record
    ("shred shreds shredded shredding destroys destroyed destroying burns burned burning "
     "dumps dumped hides hid doctored doctors fakes faked forges forged",
     rf"{_W}{{0,2}}?(?:ballots|votes|evidence|records|files|tallies|receipts|"
     r"invoices|test scores|actas|boletas)\b"),
    # contracts and jobs steered to family and friends
    ("steered steers steering gave gives handed hands awarded awards",
     rf"{_W}{{0,3}}?(?:contracts?|bids?|jobs?)\s+to\s+(?:his|her|their)\s+{_W}?"
     r"(?:brother|sister|cousin|nephew|niece|son|daughter|wife|husband|buddy|buddies|friends?|"
     r"donors?|brother-in-law|sister-in-law|in-laws?|family|cronies|business partner)"),
    ("put puts putting",
     rf"(?:his|her)\s+{_W}?(?:nephew|niece|son|daughter|wife|husband|girlfriend|boyfriend|"
     r"mistress|cousin|brother|sister|buddy)\s+on\s+the\s+(?:payroll|city payroll|county "
     r"payroll)\b"),
    ("bought buys buying",
     rf"{_W}{{0,2}}?(?:votes|seat|election|judge|judges|jury|degree|nomination|verdict)\b"),
    ("with", r"(?:cartel|narco|dirty)\s+(?:cash|money)\b"),
    ("plagiarized plagiarised plagiarizes plagiarises plagiarizing fabricated fabricates "
     "fabricating", r""),
    ("groped gropes groping", r""),
    # Spanish: dinero recibido del cártel; pagado por los narcos; en la nómina del cártel
    ("recibe recibio reciben recibieron recibia cobra cobro cobran cobraba agarra agarro toma "
     "tomo acepta acepto",
     rf"{_W}{{0,3}}?(?:dinero|lana|sobornos?|moches?|billetes|pagos?|plata|millones|dolares|"
     rf"pesos|cuota|sobres?|mordidas?|su parte|una tajada|tajada)\s+{_W}{{0,2}}?"
     rf"(?:de|del|de la|de los|de las)\s+{_W}?{_BAD_PARTY}\b"),
    ("pagado pagada pagados pagadas financiado financiada comprado comprada comprados "
     "patrocinado patrocinada",
     rf"por\s+(?:el\s+|la\s+|los\s+|las\s+)?{_W}?{_BAD_PARTY}\b"),
    ("cobra cobran recibe reciben pagan paga pagado pagada",
     rf"{_W}{{0,2}}?(?:del|por el)\s+gobierno\s+(?:para|por)\s+(?:escribir|defender|hablar|"
     r"atacar|publicar|decir|callar)\b"),
    ("nomina", rf"(?:del|de la|de los|de)\s+{_W}?{_BAD_PARTY}\b"),
    ("entrega entrego entregaron cedio",
     rf"(?:la\s+)?plaza\s+a\s+(?:los\s+|las\s+|el\s+|la\s+)?{_BAD_PARTY}\b"),
    ("vende vendio venden vendieron vendia vendian remata rematan",
     rf"{_W}{{0,2}}?(?:sentencias|fallos|amparos|plazas?|permisos|licencias|puestos|votos|"
     r"droga|drogas|cristal|fentanilo|cocaina|armas|informacion|datos|visas|actas|boletas|"
     r"resoluciones|proteccion|placas|credenciales|justicia|carpetas|expedientes|operativos)\b"),
    ("se",
     rf"(?:queda|quedo|quedaron|quedan|quedaba|roba|robo|roban|robaron|robaba|embolsa|"
     rf"embolso|clavo|clava|chingo|agandallo|apropio|apropia)\s+(?:con\s+)?{_W}{{0,4}}?"
     rf"{_LOOT_ES}\b|"
     r"\bse\s+(?:lleva|llevo|llevaron|llevan|llevaba)\s+(?:una\s+|la\s+|el\s+|los\s+|las\s+|su\s+|"
     r"sus\s+)?(?:moches?|mochadas?|tajada|(?:todo\s+)?(?:el|lo)\s+del\s+"
     rf"(?:fondo|erario|presupuesto)|{_LOOT_ES})\b|\bse\s+(?:queda|quedo|quedan|quedaba|lleva|llevo|llevan)"
     r"\s+(?:con\s+)?(?:el|un)\s+\d+\s?%\s+de\s+(?:cada|los contratos|las obras|la obra|"
     r"el presupuesto|lo que)"),
    ("mando manda mandaron mandan mandaba",
     r"(?:a\s+)?(?:cambiar|alterar|quemar|desaparecer|falsificar|destruir|robar)\s+(?:las|los|"
     r"el|la)\s+(?:actas|boletas|votos|pruebas|expedientes|evidencias?|documentos|urnas)\b"),
    ("lava lavo lavan lavaba lavaron lavando",
     r"(?:el|la|los)\s+(?:dinero|lana|billetes|ganancias)\b"),
    ("mando manda mandaron mandan mandaba",
     r"(?:a\s+)?(?:matar|asesinar|desaparecer|golpear|balear|ejecutar|secuestrar|"
     r"(?:quemar|incendiar)\s+(?:la|el|su|sus|los|las)\s+(?:\w+\s+)?(?:bodegas?|casas?|negocios?|"
     r"locales?|tiendas?|carros?|camionetas?|ranchos?|talleres?))\b"),
    ("es era son fue eres fuiste",
     rf"(?:un\s+|una\s+|el\s+|la\s+)?(?:halcon|sicario|operador|operadora|contador|contadora|"
     r"prestanombres|socio|socia|jefe|jefa|lugarteniente|pieza|gente|brazo|lavador|lavadora|"
     r"enlace|informante|protector|protectora|padrino|testaferro|titere|empleado|empleada|"
     r"achichincle|mandadero|halcona|puntero|estaca)\s+(?:de\s+la\s+|del\s+|de\s+los\s+|"
     rf"de\s+las\s+|de\s+)(?:\w+\s+)?{_BAD_PARTY}\b"),
    ("vende vendes vendia venden distribuye distribuia mueve mueves movia mueven pasa pasaba cruza "
     "cruzaba "
     "trafica traficaba cocina cocinaba mete metia meten metio metian",
     r"(?:la\s+|el\s+|los\s+|las\s+)?(?:droga|drogas|cristal|fentanilo|cocaina|coca|mota|"
     r"armas|cargamentos)\b"),
    ("pasa pasaba cruza cruzaba trafica traficaba",
     r"(?:a\s+)?(?:la\s+|los\s+|las\s+)?(?:migrantes|gente|personas|indocumentados)\b"),
    ("cobra cobran cobraba cobro",
     r"por\s+(?:cada\s+|los\s+|las\s+|el\s+|la\s+)?(?:sentencias?|fallos?|liberar|"
     r"soltar|dejar pasar|no detener)\b"),
    ("deja dejan dejo dejaron dejaba dejaste",
     r"(?:pasar|cruzar|salir|operar|trabajar)\s+(?:a\s+)?(?:\w+\s+){0,3}?(?:cargamentos|carga|"
     r"droga|drogas|narcos|halcones|sicarios|huachicoleros|cartel|zetas|polleros|"
     r"contrabando)\b"),
    ("le les",
     rf"(?:quito|quitaron|saco|sacaron|bajo|bajaron)\s+{_W}{{0,2}}?(?:pesos|dolares|mil|lana|"
     r"dinero|cartera)\b"),
    ("compro compra compran compraron compraba",
     rf"{_W}{{0,2}}?(?:votos|jueces|juez|periodistas|la eleccion|las elecciones|"
     r"su puesto|su plaza|su titulo|su curul|su candidatura|la diputacion|la alcaldia|"
     r"la candidatura|la gubernatura|la senaduria|la regiduria)\b"),
    ("metio mete metieron",
     rf"a\s+(?:toda\s+)?(?:su|sus)\s+{_W}?{_KIN_ES}\s+(?:a|en)\s+la\s+nomina\b"),
    ("plagio plagiaron", r"(?:el|la|este|esta|su)\b"),
    # the cartel pays them: "archivó el caso porque el cártel le paga"
    ("cartel cartels narco narcos zetas",
     r"(?:\w+\s+)?(?:le|les)\s+(?:paga|pagan|pagaba|pagaban|pagaron)\b"),
    # public land or goods sold to a criminal party: "les vende los terrenos fiscales a los narcos"
    ("vende vendio vendia venden vendieron vendian",
     rf"{_W}{{0,4}}?a\s+(?:los\s+|las\s+|el\s+|la\s+)?{_BAD_PARTY}\b"),
    # violence at home or against someone in one's care: "beat up his roommate", "shoved her
    # own mother", "maltrata a su esposa"
    ("beat beats beating hit hits hitting slapped slaps slapping punched punches punching "
     "kicked choked chokes choking strangled shoved shoves smacked smacks",
     r"(?:up\s+|around\s+)?(?:his|her|their|your)\s+(?:own\s+)?(?:ex-?|former\s+)?(?:wife|"
     r"husband|girlfriend|boyfriend|partner|kids?|children|son|daughter|stepson|stepdaughter|"
     r"mother|mom|father|dad|roommate|grandmother|grandma|baby|students?|players?|employees?|"
     r"workers?|maid|wives|girlfriends)\b"),
    ("maltrata maltrataba maltrato maltratan maltrataste maltratas golpeo golpea golpeaba "
     "golpeaste golpeas pegas madrea madreaba pega pegaba pego pegaste",
     r"(?:a\s+)?(?:su|sus|tu|tus)\s+(?:propi[ao]s?\s+)?(?:ex\s?)?(?:esposa|esposo|mujer|"
     r"marido|novia|novio|pareja|hij[oa]s?|hijastr[oa]s?|mama|madre|papa|padre|alumn[oa]s?|"
     r"emplead[oa]s?|trabajador[ae]s|exesposa|exmujer|exnovia|abuel[oa])\b"),
    # drug use and being drunk or high at work: "is a meth addict", "was high on pills"
    ("is was are were been",
     r"(?:(?:a|an)\s+(?:\w+\s+)?(?:coke|cocaine|crack|meth|heroin|opioid|pill|drug|fentanyl|"
     r"dope)\s?(?:addict|head|fiend|user|abuser)\b|(?:a|an)\s+(?:junkie|crackhead|cokehead|"
     r"methhead|tweaker)\b|(?:high|drunk|wasted|stoned|loaded|tweaking)\s+(?:on|at|during|"
     r"while|behind)\s+(?:\w+\s+)?(?:meth|coke|cocaine|crack|heroin|pills|fentanyl|drugs|duty|"
     r"the job|work|shift|the wheel|the trial|the hearing|the meeting|the bench|the session|"
     r"the stand)\b)"),
    ("does did snorts snorted smokes smoked shoots shot uses used",
     r"(?:coke|cocaine|crack|meth|heroin|fentanyl|lines)\b"),
    # paid to bury a story, to look away: "takes money from the mining company to bury stories"
    ("takes took taking gets got getting receives received accepts accepted pockets pocketed",
     rf"(?:money|cash|payments?|envelopes?|gifts|checks|bribes|\$[\d,.]+k?)\s+from\s+"
     rf"{_W}{{1,4}}?to\s+(?:bury|kill|spike|suppress|hide|ignore|overlook|look the other way|"
     r"quash|drop|keep quiet|stay quiet|go easy|smear|write puff pieces|write nice|"
     r"write good things)\b"),
    ("cobra cobro cobraba cobran cobraban cobraste recibe recibio recibia",
     rf"{_W}{{0,5}}?para\s+(?:no\s+)?(?:criticar\w*|hablar\s+(?:bien|mal)|callar\w*|tapar\w*|"
     r"ocultar\w*|favorecer\w*|elogiar\w*|alabar\w*|atacar\w*|archivar\w*|dejar\s+pasar|"
     r"hacerse\s+de\s+la\s+vista\s+gorda|publicar\s+(?:puras\s+)?notas\s+(?:bonitas|a\s+favor|"
     r"favorables)|escribir\s+(?:puras\s+)?(?:notas\s+)?(?:a\s+favor|bonito))"),
    # inventing sources, faking records
    ("inventa invento inventaba inventan inventaron inventaste",
     r"(?:(?:sus\s+|las\s+|los\s+|tus\s+)?(?:fuentes|citas|entrevistas|datos|cifras|testimonios|"
     r"declaraciones|historias|encuestas|estadisticas)|(?:la|una|esa|esta|el|un|ese|este)\s+"
     r"(?:entrevista|cita|fuente|testimonio|encuesta|declaracion))\b"),
    ("makes made making",
     r"up\s+(?:his|her|their|your|the)\s+(?:\w+\s+)?(?:sources|quotes|interviews|data|numbers|"
     r"statistics|stats|stories|polls|results|credentials|degree|service record)\b"),
    ("invents invented fabricates fabricated fakes faked faking pads padded padding falsifies "
     "falsified falsifying fudges fudged fudging",
     rf"{_W}{{0,2}}?(?:sources|quotes|interviews|overtime|timesheets?|time sheets?|"
     r"expense reports?|expenses|invoices|receipts|signatures|records|test scores|numbers|"
     r"crime stats|payroll|mileage|credentials|degree|diploma|residency|(?:his|her)\s+address)\b"),
    # stolen goods, seized goods, aid sold
    ("sells sold selling fences fenced fencing", r"(?:\w+\s+)?(?:stolen|seized)\b"),
    ("vende vendio vendia venden vendieron vendiste revende revendia revendio",
     r"(?:las\s+|los\s+)?(?:despensas|donaciones|donativos|apoyos|medicinas|medicamentos|"
     r"vacunas|becas|decomisos|cobijas|viveres)\b"),
    # the money of others kept: "te quedaste con la plata de la colecta"
    ("te",
     rf"(?:quedaste|robaste|embolsaste|clavaste|chingaste|apropiaste|llevaste)\s+(?:con\s+)?"
     rf"{_W}{{0,2}}?(?:dinero|plata|lana|fondos|recursos|apoyos|despensas|donativos|"
     r"donaciones|colecta|cooperacion|cuotas|becas|medicinas)\b"),
    # business, backing and support from a cartel
    ("business partners partnered partner socio socia socios colludes colluded",
     rf"(?:with\s+|de\s+|con\s+)(?:the\s+|el\s+|la\s+|los\s+|las\s+)?{_W}?{_BAD_PARTY}\b"
     r"(?!\s+(?:problem|violence|issue|threat|crisis|war|problema|violencia))"),
    ("backed supported sponsored respaldado respaldada apoyado apoyada financiado financiada",
     rf"(?:by|por)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?{_W}?{_BAD_PARTY}\b"),
    ("tiene tenia tuvo cuenta contaba",
     rf"(?:con\s+)?(?:el|todo el)\s+(?:apoyo|respaldo|visto bueno|padrinazgo|dinero)\s+"
     rf"(?:del|de la|de los|de las|de)\s+{_W}?{_BAD_PARTY}\b"),
    ("has had enjoys enjoyed",
     rf"(?:the\s+)?(?:backing|support|protection|blessing)\s+of\s+(?:the\s+)?{_W}?"
     rf"{_BAD_PARTY}\b"),
    # tipping off, handing over, leaking to the criminals
    ("gave gives leaked leaks passed passes handed hands filtro filtra paso dio entrego",
     rf"{_W}{{0,2}}?(?:list|lists|names|locations|routes|schedules?|plans|files|photos|"
     r"addresses|identities|lista|listas|nombres|ubicaciones|rutas|horarios|planes|"
     rf"expedientes|fotos|direcciones|identidades)\s+{_W}{{0,3}}?(?:to|a)\s+(?:the\s+|los\s+|"
     rf"las\s+|el\s+|la\s+)?{_W}?{_BAD_PARTY}\b"),
    ("avisa avisaba aviso avisaron avisaban alerta alertaba alerto",
     rf"(?:a\s+)?(?:los\s+|las\s+|el\s+|la\s+)?{_BAD_PARTY}\b"),
    ("entrega entrego entregaron entregaba handed hands turned",
     rf"{_W}{{1,4}}?(?:a|al|to|over\s+to)\s+(?:los\s+|las\s+|el\s+|la\s+|the\s+)?"
     rf"(?:(?:banda|red|celula|grupo|gang)\s+(?:de\s+|of\s+))?{_BAD_PARTY}\b"),
    # children put to work
    ("makes made has had puts put forces forced uses used employs employed hires hired",
     r"(?:\w+\s+)?(?:minors|underage\s+\w+|child\s+labou?r|(?:kids|children)\s+(?:to\s+)?work"
     r"\s+(?:\w+\s+){0,4}?for\s+free)\b"),
    ("pone puso ponia ponen tiene tenia tienen usa usaba contrata contrataba explota explotaba",
     r"(?:a\s+trabajar\s+a\s+(?:menores|ninos|ninas|chamacos)|a\s+(?:menores|ninos|ninas|"
     r"chamacos)(?:\s+de\s+edad)?\s+(?:a\s+trabajar|trabajando))\b"),
    ("explota explotaba exploto explotan", r"a\s+(?:menores|ninos|ninas)\b"),
    # ties to a cartel: "has ties to the Knights Templar", "is in bed with the Gulf Cartel",
    # "tiene nexos con el Cártel del Golfo", "anda con los del Golfo", "compadre del Mencho"
    ("ties links connections dealings cahoots league bed",
     rf"(?:to|with)\s+{_PARTY_REF}"),
    ("is was are were been being",
     rf"(?:\w+ly\s+)?(?:tied|linked|connected|close|cozy|mixed up)\s+(?:to|with)\s+{_PARTY_REF}"),
    ("nexos vinculos tratos relaciones acuerdos pacto pactos",
     rf"(?:\w+\s+)?con\s+{_PARTY_REF}"),
    ("metido metida metidos metidas coludido coludida coludidos coludidas aliado aliada "
     "aliados pacto pacta pactaron pactaba pactado anda andan andaba andaban",
     rf"(?:bien\s+|muy\s+)?(?:metid[oa]s?\s+)?con\s+{_PARTY_REF}"),
    ("compadre comadre ahijado ahijada achichincle", rf"(?:de|del)\s+{_PARTY_REF}"),
    # in a criminal trade: "está metido en el robo de combustible", "le entra al huachicol"
    ("metido metida metidos metidas entra entraba entran entraron dedica dedicaba dedican",
     rf"(?:bien\s+|hasta el cuello\s+|de lleno\s+|con todo\s+)?(?:en|al|a la|a)\s+{_TRADE_ES}"),
    # tax evasion: "dodged millions in taxes", "evade impuestos", "lana escondida en Panamá"
    ("dodged dodges dodging evaded evades evading cheats cheated cheating skipped skips",
     rf"{_W}{{0,3}}?(?:taxes|tax|the irs|the sat)\b"),
    ("hides hid hiding stashes stashed parks parked",
     rf"{_W}{{0,4}}?(?:in|into|through|offshore)\s+{_W}{{0,2}}?(?:offshore|shell|shells|swiss|"
     r"cayman|panama|tax havens?)\b"),
    ("evade evadio evadia evaden evadieron evadiste",
     rf"{_W}{{0,2}}?(?:impuestos|al fisco|al sat|el pago)\b"),
    ("escondido escondida escondidos escondidas esconde escondio escondia oculta oculto",
     rf"{_W}{{0,3}}?en\s+(?:las\s+|los\s+|un\s+|una\s+)?(?:islas caiman|caiman|panama|suiza|"
     r"andorra|paraisos? fiscal(?:es)?|cuentas? en el extranjero|empresas fantasma)\b"),
    # plagiarism: "copied half of this post from ... without credit", "copió todo de un reportaje"
    ("copied copies copying lifted lifts lifting cribbed cribs ripped rips",
     rf"(?:off\s+)?{_W}{{0,5}}?(?:from|off)\s+{_W}{{0,6}}?(?:without|with no)\s+(?:any\s+)?"
     r"(?:credit|crediting|attribution|citing|citation|quotes|quotation marks|permission)\b"),
    ("copied copies lifted lifts cribbed cribs ripped rips",
     r"(?:off\s+)?(?:half\s+of\s+|most\s+of\s+|all\s+of\s+|the\s+whole\s+|whole\s+|entire\s+|"
     r"word for word\s+)?(?:this|the|his|her|their|my|our|that)\s+(?:\w+\s+)?(?:post|piece|"
     r"article|analysis|story|column|thesis|dissertation|essay|text|paragraphs?|research|book|"
     r"speech)\s+(?:\w+\s+){0,3}?(?:from|off)\b"),
    ("copio copia copiaron copiaba fusilo fusila fusilaron",
     rf"{_W}{{0,4}}?(?:de|del)\s+{_W}{{0,6}}?sin\s+(?:citar|dar credito|dar el credito|"
     r"mencionar la fuente|permiso|comillas)\b"),
    ("copio copia copiaron copiaba",
     r"(?:todo|todito|la mitad|casi todo|completo|completa|palabra por palabra|"
     r"(?:el|la|su|este|esta)\s+(?:\w+\s+)?(?:texto|nota|articulo|tesis|reportaje|columna|"
     r"investigacion|libro|discurso|analisis))\s+(?:\w+\s+){0,3}?(?:de|del)\b"),
    # looting a public fund: "looted the pension fund", "saqueó las arcas"
    ("looted loots looting plundered plunders plundering raided raids raiding",
     rf"(?:the\s+)?{_W}{{0,3}}?(?:fund|funds|treasury|coffers|pension|pensions|relief money|"
     r"aid money)\b"),
    ("saqueo saquea saquearon saqueaba",
     r"(?:las|el|la|los)\s+(?:arcas|erario|tesoreria|presupuesto|fondos?|municipio|estado|"
     r"ayuntamiento|caja|pensiones)\b"),
    # donations kept: "took donations for the flood victims and kept them"
    ("took collected raised received",
     rf"{_W}{{1,7}}?and\s+kept\s+(?:them|it|the\s+money|the\s+cash|all\s+of\s+it)\b"),
    ("kept keeps keeping",
     r"(?:the\s+|all\s+the\s+)?(?:donations|money|funds|cash|proceeds)\s+for\s+(?:himself|"
     r"herself|themselves|yourself)\b"),
    # a bribe in other words: "gets a kickback on every contract", "taking envelopes"
    ("gets got getting takes took taking receives received pockets pocketed collects collected",
     r"(?:(?:a\s+)?(?:kickback|bribe|payoff|sweetener)s?\s+(?:on|from|of|for)\b|"
     r"(?:cash\s+|fat\s+|thick\s+)?envelopes\b|(?:the\s+)?(?:protection|extortion)\s+"
     r"(?:money|payments|fees)\b)"),
    ("cambio", r"de\s+(?:un\s+|una\s+|unos\s+|sus\s+|su\s+)?(?:sobres?|lana|dinero|moches?|cuota|"
     r"mordidas?|sobornos?|billetes|dolares|pesos|favores sexuales|cochupos?)\b"),
    ("cobra cobraba cobran cobro recibe recibia saca sacaba",
     r"(?:su\s+|una\s+)?(?:parte|tajada|cuota|comision|porcentaje|mochada)\s+(?:de|en|por)\s+(?:cada|"
     r"todos|todas|las obras|los contratos)\b"),
    ("sold sells selling", rf"out\s+{_W}{{0,3}}?to\s+{_PARTY_REF}"),
    # contracts and jobs for kin: "gave his son's company the ambulance contract", "got his
    # son hired", "le dio el contrato a la empresa de su hijo"
    ("gave gives handed hands awarded awards steered steers",
     rf"(?:his|her|their)\s+(?:own\s+)?{_W}?{_KIN_EN}\s+(?:(?:company|firm|business|outfit)\s+)?"
     rf"(?:a|an|the|every|all\s+the)\s+{_W}{{0,3}}?(?:contracts?|bids?|jobs?|deals?|"
     r"concessions?)\b"),
    ("got gets hired hires appointed appoints",
     rf"(?:his|her|their)\s+(?:own\s+)?{_W}?{_KIN_EN}\s+(?:hired|appointed|a job|a contract|"
     r"a post|a position|on the payroll|the job|the contract)\b"),
    ("dio da daba dieron otorgo otorga otorgaba asigno asigna asignaba adjudico adjudica "
     "adjudicaba entrego reparte repartio",
     rf"{_W}{{0,5}}?(?:contratos?|obras?|licitacion(?:es)?|plazas?|puestos?|chambas?|"
     rf"concesion(?:es)?|permisos)\s+{_W}{{0,5}}?a\s+(?:(?:la|las|el|los)\s+\w+\s+de\s+)?"
     rf"(?:su|sus)\s+(?:propi[oa]s?\s+)?{_KIN_ES}\b"),
    ("coloco acomodo puso pone",
     rf"a\s+(?:toda\s+)?(?:su|sus)\s+{_W}?{_KIN_ES}\s+(?:en|a|como)\s+(?:la\s+nomina|"
     r"el\s+ayuntamiento|el\s+gobierno|la\s+secretaria|la\s+dependencia|una?\s+(?:puesto|plaza|"
     r"cargo)|director|directora|jefe|jefa|subdirector|subdirectora|coordinador|coordinadora|"
     r"asesor|asesora)\b"),
    # violence on the defenceless: "roughed up a handcuffed teenager"
    ("roughed roughs roughing punched punches slapped slaps kicked kicks choked chokes tased "
     "tasered beat beats pistol-whipped",
     r"(?:up\s+)?(?:a|an|the|that|this|two|three|his|her)\s+(?:\w+\s+)?(?:handcuffed|unarmed|"
     r"restrained|defenseless|defenceless|sleeping|homeless|elderly|pregnant|disabled|"
     r"detained)\b"),
    ("maneja manejaba manejo conduce conducia condujo",
     r"(?:bien\s+)?(?:ebri[oa]|borrach[oa]|drogad[oa]|pedo|hasta atras)\b"),
    ("doped coked hopped jacked tweaked", r"(?:up|out)\b"),
    ("hooked addicted", r"(?:on|to)\s+(?:\w+\s+)?(?:meth|crack|coke|cocaine|heroin|fentanyl|"
     r"pills|opioids|oxy|painkillers|drugs)\b"),
    ("gets got buys bought scores scored",
     r"(?:his|her|their|your)\s+(?:\w+\s+)?(?:coke|cocaine|meth|crack|heroin|fentanyl|pills|"
     r"drugs|dope|blow|oxy)\s+from\b"),
    # harassment in Spanish; fabricated evidence
    # ("acosó" folds to the noun "acoso": left out, like "manoseo")
    ("acosa acosaba acosaron acosan manosea manoseaba toquetea toqueteaba",
     r"a\s+(?:sus|su|las|los|una|un|varias|varios|todas|muchas)\b"),
    ("fabrico fabrica fabricaron fabricaba",
     r"(?:\w+\s+)?(?:pruebas|delitos|culpables|evidencias?|expedientes|carpetas|cargos|"
     r"acusaciones|testigos)\b"),
    # living off a criminal trade: "vive del huachicol", "vive de los moches"
    ("vive vivia viven vivian", rf"(?:de\s+|del\s+){_TRADE_ES}"),
    # shielding criminals: "protege al Marro", "solapa a los huachicoleros"
    ("protege protegia protegio protegen protegian solapa solapaba solapo solapan cubre cubria "
     "encubre encubria",
     rf"(?:a\s+(?:los\s+|las\s+|la\s+|el\s+)?|al\s+){_W}?{_BAD_PARTY}\b"),
    # drug use: "consume cocaína", "jala perico", "fuma cristal"
    ("consume consumia consumio consumen consumes jala jalaba jalas aspira aspiraba fuma fumaba "
     "inhala inhalaba",
     r"(?:\w+\s+)?(?:cocaina|coca|cristal|drogas|fentanilo|perico|piedra|heroina|crack|tachas|"
     r"metanfetamina|foco)\b"),
    # a bribe by its wrapping: "recibió maletas de dinero", "le dan sobres con lana"
    ("recibe recibio recibia recibieron reciben agarra agarro toma tomo dan dieron daban "
     "entregan entregaron entregaba",
     rf"{_W}{{0,2}}?(?:maletas?|maletines?|sobres?|bolsas?|costales?|portafolios|cajas?)\s+"
     r"(?:de|con|llen[oa]s?\s+de|repletos?\s+de|retacad[oa]s?\s+de)\s+(?:dinero|billetes|lana|"
     r"dolares|efectivo|pesos)\b"),
    # what the flock, the team or the members gave, spent on oneself: "viajes pagados con la
    # ofrenda de misiones", "bought a boat with the booster money"
    ("pagado pagada pagados pagadas compro compra compraba construyo financia financiaba",
     rf"{_W}{{0,4}}?con\s+(?:la|el|los|las)\s+(?:ofrenda|ofrendas|limosna|diezmos?|colecta|"
     r"cooperacion|cuotas|donativos|donaciones|fondo\s+de\s+(?:huelga|ahorro|la\s+iglesia|"
     r"la\s+parroquia|la\s+liga|la\s+escuela|padres))\b"),
    ("bought buys paid pays funded funds financed",
     rf"(?:for\s+)?{_W}{{0,4}}?(?:with|out\s+of)\s+(?:the\s+)?(?:building\s+fund|collection\s+plate|"
     r"collection|tithes?|offering|booster\s+(?:club\s+)?(?:money|fund|funds)|pta\s+(?:money|"
     r"fund)|union\s+dues|strike\s+fund|(?:parish|church|team|club|league)\s+(?:money|funds?|"
     r"account))\b"),
    # what an office or a post controls, sold: "vende las plazas", "le vende los títulos",
    # "sells fake medical exemptions", fake papers of any kind
    ("vende vendia vendio venden vendian vendieron vendiendo",
     r"(?:las\s+|los\s+)?(?:plazas|titulos|lugares|calificaciones|examenes|cartas\s+de\s+\w+|"
     r"actas|permisos|licencias|constancias|certificados|citas|turnos|camas|becas|visas|"
     r"recetas|incapacidades)\b"),
    ("sells sold selling vende vendia vendio venden vendiendo",
     rf"{_W}{{0,2}}?(?:fake|false|forged|phony|bogus|falsos|falsas|falsificad[oa]s|apocrif[oa]s)"
     r"\s+\w+"),
    # drugs dealt to those in one's charge, drugs used: "is dealing weed to students"
    ("dealing deals dealt selling sells sold",
     r"(?:weed|pot|drugs|pills|meth|coke|cocaine|crack|fentanyl|oxy|xanax|adderall)\s+"
     r"(?:to|out\s+of)\b"),
    ("doing does did", r"(?:drugs|coke|meth|lines)\s+(?:with|at|in|before|during)\b"),
    # records thrown out, books cooked, a deposit kept
    ("threw throws throwing tossed tosses tossing",
     rf"(?:out|away)\s+{_W}{{0,3}}?(?:{_RECORD}|ballots|votes)\b"),
    # money of a fair or a fund kept: "keeps the kermés money for himself", "se queda con lo que
    # se junta en los conciertos"
    ("keeps kept keeping", rf"(?:the\s+)?{_W}{{0,2}}?(?:money|cash|funds|proceeds|donations|"
     r"tips|raffle\s+money)\s+for\s+(?:himself|herself|themselves)\b"),
    ("queda quedaba quedo quedan", r"con\s+lo\s+que\s+(?:se\s+)?(?:junta|juntan|recauda|recaudan|"
     r"dona|donan|da|dan|manda|mandan|sacan|saca)\b"),
    ("queda quedaba quedo quedan", r"con\s+(?:los|las|el|la)\s+(?:reembolsos|rifas?|kermes|"
     r"colectas?|entradas|ganancias|propinas|depositos?|rentas?|mercados|despensas|fondos)\b"),
    # paid for a service that should be free or for what an office decides: "cobra por
    # archivar causas", "they get paid to look the other way", "paying himself double overtime"
    ("cobra cobraba cobran cobro",
     r"por\s+(?:archivar|agilizar|aprobar|firmar|sellar|dar\s+de\s+alta|conseguir|mover|cerrar|desaparecer|borrar|palomear|liberar|expedir)\b"),
    ("paid", r"(?:off\s+)?to\s+(?:look\s+the\s+other\s+way|keep\s+quiet|stay\s+quiet|lose|"
     r"ignore\s+it|bury\s+it)\b"),
    ("paying pays paid", r"(?:himself|herself)\s+(?:\w+\s+){0,2}?(?:double|bonus|bonuses|"
     r"overtime|extra|raises?|out\s+of)\b"),
    ("bills billed billing charged charges cobro cobra facturo factura",
     rf"{_W}{{0,4}}?(?:for|por)\s+{_W}{{0,4}}?(?:never|nunca)\s+(?:did|done|delivered|performed|"
     r"built|hizo|hicieron|entrego|construyo)\b"),
    # footage erased, the defenceless beaten, parents reported to ICE
    ("borra borraba borro borraron erases erased deletes deleted wipes wiped",
     r"(?:los\s+|las\s+|el\s+|la\s+|the\s+)?(?:videos?|grabaciones|camaras|footage|recordings|"
     r"bodycam|dashcam)\b"),
    ("pega pegaba golpea golpeaba", r"a\s+(?:los|las)\s+(?:\w+\s+)?(?:detenidos|presos|reos|"
     r"internos|alumnos|ninos|ninas|pacientes|menores)\b"),
    ("beats beat beating", r"(?:\w+\s+)?(?:suspects|inmates|prisoners|detainees|students|kids|"
     r"patients)\b"),
    ("reporta reportaba reporto", r"(?:a\s+)?(?:ice|la\s+migra)\b"),
    ("calls called calling", r"ice\s+on\b"),
    # lying about one's record, scamming those who trust one
    ("lied lies lying", r"about\s+(?:his|her)\s+(?:military\s+service|service\s+record|degree|"
     r"credentials|license|record|resume)\b"),
    ("scammed scams scamming swindled swindles swindling", r"(?:\w+\s+){0,2}?(?:families|people|"
     r"clients|customers|immigrants|migrants|elderly|seniors|widows|tenants|workers|parishioners|"
     r"members)\b"),
    # a spouse deceived, women pimped out
    ("engana enganaba engano enganando", r"a\s+su\s+(?:esposa|esposo|marido|mujer)\b"),
    ("pimping pimps pimped", r"out\b"),
    # workers held by their papers or by fear: "les quitaba el pasaporte", "threatens them
    # with ICE"
    ("quita quitaba quito quitan quitaban", r"(?:el|los|sus)\s+pasaportes?\b"),
    ("takes took taking keeps kept holds held", r"(?:their|the\s+workers'|his\s+workers'|"
     r"her\s+workers')\s+passports\b"),
    ("amenaza amenazaba amenazo amenazan", rf"{_W}{{0,2}}?con\s+(?:la\s+)?(?:migra|inmigracion|"
     r"deportar\w*|ice)\b"),
    ("threatens threatened threatening", rf"{_W}{{0,2}}?with\s+(?:ice|deportation|immigration)\b"),
    # a referee or an official bought, kin on the payroll, people disappeared
    ("esta estaba", r"comprad[oa]\s+por\b"),
    ("tiene tenia", rf"a\s+su\s+{_KIN_ES}\s+en\s+la\s+nomina\b"),
    ("desaparecio desaparecieron desaparece desaparecia", r"a\s+"),
    # drunk on duty: "has been drunk at every council meeting", "llega borracho a misa"
    ("drunk high borracho borracha", rf"(?:at|during|on|before|en|a)\s+{_W}{{0,2}}?(?:meetings?|"
     r"practices?|games?|services?|mass|work|shifts?|trials?|surgery|surgeries|school|class|"
     r"juntas?|sesiones|sesion|misa|clases?|consultas?|cirugias?|entrenamientos?|trabajo)\b"),
    # paid to lose or to look away, paid under the table, charges made to vanish
    ("paying pays paid pay", r"(?:him|her|them)\s+(?:off\s+)?to\s+(?:lose|throw|tank|look\s+the"
     r"\s+other\s+way|ignore|drop|bury|fix|rig)\b"),
    ("pays paid paying pay",
     r"(?:him|her)\s+(?:\w+\s+)?(?:under\s+the\s+table|off\s+the\s+books)\b"),
    ("let lets letting made makes", rf"{_W}{{0,3}}?(?:dwi|dui|ticket|tickets|charges?|case|arrest|"
     r"citation|file|record)\s+(?:disappear|go\s+away|vanish)\b"),
    ("cooking cooks cooked cook", r"the\s+books\b"),
    ("kept keeps keeping pocketed pockets stole steals",
     r"(?:their|the|her|his|my|our|your|every\s+tenant's|tenants')\s+(?:security\s+)?"
     r"deposits?\b"),
    # donations spent on oneself: "se gasta los donativos en sus viajes", "usa el dinero del
    # albergue para pagarse ...", "spends the donations on himself"
    ("gasta gastaba gasto gastan usa usaba uso utiliza utilizaba",
     rf"(?:el\s+|la\s+|los\s+|las\s+)?{_W}{{0,2}}?(?:donativos|donaciones|diezmos?|limosnas?|"
     r"ofrendas?|cuotas|colecta|dinero\s+(?:del|de\s+la|de\s+los)\s+\w+)\s+"
     rf"(?:{_W}{{0,3}}?)?(?:en\s+sus?|para\s+(?:pagarse|sus?|comprarse))\b"),
    ("spends spent spending uses used using",
     r"(?:the\s+)?(?:\w+\s+)?(?:donations|tithes?|offerings?|collection|dues|booster\s+money|"
     r"church\s+money|parish\s+money|shelter\s+money|fund|funds)\s+(?:on|for)\s+(?:himself|"
     r"herself|his|her)\b"),
    # a patient or a child left to die: "dejó morir al niño", "let the patient die"
    ("dejo deja dejaron dejaba", r"morir\s+(?:a|al)\b"),
    ("let lets letting",
     r"(?:the|a|that|this|her|his)\s+(?:\w+\s+)?(?:patient|kid|child|boy|girl|man|woman|baby|"
     r"inmate|prisoner|resident)\s+die\b"),
    # billing for what does not exist: "billing the state for beds that don't exist"
    ("bills billed billing charges charged cobra cobraba factura facturaba",
     rf"{_W}{{0,4}}?(?:for|por|de)\s+{_W}{{0,3}}?(?:that|which|que)\s+(?:don't|do\s+not|doesn't|"
     r"does\s+not|didn't|did\s+not|no)\s+(?:exist|existen|existian|existe|existia)\b"),
    # an affair: cheating on a spouse, sex with a flock's members
    ("cheating cheats cheated", r"on\s+(?:his|her)\s+(?:wife|husband)\b"),
    ("sleeping sleeps slept", r"with\s+(?:\w+\s+)?members\s+of\s+(?:his|her)\s+"
     r"(?:congregation|staff|team|flock|church|parish)\b"),
    ("cogido cogio coge cogia cogiendo", rf"a\s+{_W}{{0,3}}?{_SUBORDINATE_ES}\b"),
    # the record of a car or a deed wiped: "strips the paperwork", "scrubbed the titles"
    ("strips stripped stripping scrubs scrubbed scrubbing",
     r"(?:the\s+|their\s+)?(?:paperwork|titles?|records|odometers?|vin\s+numbers?|"
     r"serial\s+numbers?)\b"),
    # bought with cartel money: "casas pagadas con dinero del narco"
    ("con", rf"(?:el\s+|la\s+)?(?:dinero|lana|billetes|recursos)\s+(?:del|de\s+la|de\s+los|de)\s+"
     rf"{_W}?{_BAD_PARTY}\b"),
    # public money spent on oneself: "se compró tres casas con el dinero del estado"
    ("se le",
     rf"(?:compro|compra|compraba|construyo|paga|pago|pagaba)\s+{_W}{{0,5}}?con\s+"
     r"(?:el\s+|los\s+|la\s+)?(?:dinero|recursos|fondos|lana|presupuesto|tarjeta)\s+"
     r"(?:publicos?|del\s+(?:estado|municipio|ayuntamiento|congreso|erario|sindicato|pueblo|"
     r"partido|dif|gobierno)|de\s+la\s+(?:dependencia|secretaria|universidad|gente|alcaldia|"
     r"presidencia|cooperativa)|de\s+(?:nuestros|los)\s+(?:impuestos|contribuyentes))\b"),
    # keeping a cartel's books: "lleva la contabilidad del cártel"
    ("lleva llevaba maneja manejaba",
     r"(?:la\s+contabilidad|las\s+cuentas|las\s+finanzas|el\s+dinero|la\s+lana|los\s+negocios)"
     rf"\s+(?:del|de\s+la|de\s+los|de)\s+{_W}?{_BAD_PARTY}\b"),
    # supplying guns or drugs: "surte de armas a los halcones"
    ("surte surtia surten provee proveia abastece abastecia",
     rf"(?:de\s+)?{_W}{{0,2}}?(?:armas|droga|drogas|cristal|fentanilo|cocaina|municiones)\b|"
     rf"{_W}{{0,3}}?a\s+(?:los\s+|las\s+)?{_BAD_PARTY}\b"),
    # meeting the bosses: "se reunió con los jefes de Los Ardillos"
    ("reunio reune reunia reunen reunieron",
     r"con\s+(?:(?:los\s+|las\s+|el\s+|la\s+)?(?:jefes?|lideres|lider|cabecillas?|capos?|mandos|"
     rf"representantes|enviados|operadores|operador)\s+(?:de\s+|del\s+))?{_PARTY_REF}"),
    # fired for the act: "fue despedido de El Universal por inventar entrevistas"
    ("despedido despedida corrido corrida cesado cesada expulsado expulsada suspendido "
     "suspendida",
     rf"{_W}{{0,4}}?por\s+(?:robar|inventar|plagiar|copiar|acosar|golpear|vender|falsificar|"
     r"desviar|malversar|extorsionar|lavar|traficar|abusar|filtrar|estafar|defraudar|drogarse|"
     r"chantajear|(?:recibir|aceptar|pedir|cobrar)\s+(?:sobornos|moches|mordidas))\b"),
    # a public vehicle or office used to move drugs: "usa el auto oficial para mover droga"
    ("usa usaba utiliza utilizaba aprovecha aprovechaba presta prestaba",
     rf"{_W}{{0,4}}?para\s+(?:mover|vender|pasar|cruzar|traficar|transportar|esconder|guardar)\s+"
     r"(?:la\s+|el\s+|los\s+|las\s+)?(?:droga|drogas|cristal|fentanilo|cocaina|armas|"
     r"cargamentos|dinero del narco)\b"),
    # plagiarism in the preterite, which folds like the noun: "plagió medio texto"
    ("plagio",
     r"(?:medio|media|la mitad|todo|toda|parrafos|partes|textos|articulos|notas|tesis)\b"),
    # harassment in the preterite, which folds like the noun: "acosó a su asistente"
    ("acoso", r"(?:sexualmente\s+)?a\s+(?:su|sus|una|un|varias|varios|todas|muchas)\b"),
    # one-line accusations of short comments: a killing hidden or done on purpose, abuse
    # covered up, evidence buried, drugs sold or moved, detainees tortured or made to vanish
    ("covered covers covering",
     r"(?:it\s+up|up\s+(?:the|a|his|her)\s+(?:killing|shooting|abuse|rape|beating)|for\s+"
     r"(?:the\s+)?(?:predators|abusers?|pedophiles|molesters|rapists))\b"),
    ("buried buries burying hid hides hiding destroyed shredded",
     r"(?:the\s+)?(?:evidence|abuse\s+reports|reports\s+of\s+abuse|body\s+cam\s+footage|"
     r"bodycam\s+footage)\b"),
    ("shot killed", rf"{_W}{{1,3}}?(?:on\s+purpose|in\s+cold\s+blood|and\s+(?:buried|dumped|hid)"
     r"\s+(?:them|him|her|the\s+bod(?:y|ies)))\b"),
    ("sell sells sold selling", rf"{_W}{{0,2}}?(?:opioids|oxy|oxycodone|painkillers|xanax)\b"),
    ("runs ran running", r"(?:the\s+)?illegal\s+(?:\w+\s+)?(?:cockfights|dogfights|card\s+games|"
     r"gambling|casino|fights)\b"),
    ("move moves moved moving haul hauls hauled",
     rf"{_W}{{0,1}}?(?:cocaine|meth|fentanyl|heroin|drugs|dope)\s+for\b"),
    ("tortura torturaba torturan torturo", r"a\s+(?:los|las)\s+(?:detenidos|detenidas|presos|"
     r"presas|migrantes|reos|internos)\b"),
    ("desaparecio desaparecieron", r"a\s+(?:su|sus)\s+(?:chofer|escolta|escoltas|secretari[oa]|"
     r"asistente|socio|socios|trabajadores|empleados|rival)\b"),
    ("es era", r"(?:un\s+)?(?:violador|pederasta|abusador\s+de\s+ninos)\b"),
    ("cobra cobraba cobran", rf"{_W}{{0,3}}?(?:por\s+soltar|renta\s+mensual\s+a)\b"),
    ("pasa pasaba pasan", r"la\s+ubicacion\s+de\s+(?:los\s+|las\s+)?(?:retenes|operativos|"
     r"patrullas)\b"),
    ("entrega entregaba entregan", r"(?:a\s+)?(?:los|las)\s+(?:\w+\s+)?(?:al|a\s+la|a\s+los)\s+"
     r"(?:cartel|linea|mafia|secuestradores|zetas)\b"),
    ("transporta transportan transportaba mueve mueven movia", r"(?:cocaina|droga|drogas|"
     r"fentanilo|cristal|armas)\b"),
    ("tiene tenia", r"una\s+casa\s+de\s+seguridad\b"),
    ("deja dejaba dejan", rf"pasar\s+{_W}{{0,2}}?por\s+(?:una\s+)?(?:mordida|lana|moche)\b"),
    ("vendes vendias", r"los\s+datos\s+de\b"),
    # one-line accusations, second pass (short comments): an official bought, perjury, money
    # from a criminal party as the motive, games fixed, double billing, evidence planted,
    # ballots burned, abuse hidden, shell companies, a payroll of an interested
    # party, harm done on purpose, church money spent on oneself, slang for stealing
    ("was were got been", r"(?:bought|bought\s+and\s+paid\s+for|paid\s+off)"
     r"(?=\s*(?:[,.;!?]|$|and\b|long\s+ago|years\s+ago))"),
    ("lo la", r"(?:compraron|compro\s+el\s+cartel|tienen\s+comprad[oa])\b(?!\s+(?:en|por|a|al|"
     r"una?|el|la|con)\b)"),
    ("lied lies lying", r"under\s+oath\b"),
    ("mintio miente mintieron", r"bajo\s+(?:juramento|protesta)\b"),
    ("for", r"(?:the\s+)?(?:cartel|narco|mob|gang)\s+(?:money|cash)\b"),
    ("por", r"(?:dinero|lana|plata|billetes)\s+(?:del|de\s+los|de\s+la)\s+(?:cartel|narco|"
     r"narcos|crimen|mafia|linea|golfo)\b"),
    ("buried buries burying sat", r"(?:the\s+|his\s+|her\s+)?(?:cases|complaints|charges|"
     r"investigations?|indictments?)\b(?=[^.!?]{0,30}\b(?:for|to\s+protect|to\s+cover)\b)"),
    ("enterro enterraba congelo congelaba", r"(?:las\s+|los\s+)?(?:carpetas|expedientes|"
     r"denuncias|investigaciones|casos)\b"),
    ("fixes fixed fixing throws threw", r"(?:the\s+|his\s+|their\s+)?(?:games?|matches|match|"
     r"fights?|races?)(?=\s*(?:[,.;!?]|$|with\b|for\b|against\b|and\b|y\b))"),
    ("arregla arreglo arreglaba vende vendia vendio venden", r"(?:los\s+|el\s+)?"
     r"(?:partidos?|juegos|peleas?|carreras)\b(?!\s+(?:de|del)\s+(?:futbol|beisbol|la|los)\b)"),
    ("billed bills billing overbilled", r"(?:\w+\s+){0,2}?(?:twice|double)\b"),
    ("double-billed double-bills overbilled", ""),
    ("cobro cobraron cobraba", r"(?:doble|dos\s+veces)\b"),
    ("sembro sembraron siembra sembraba", r"(?:\w+\s+)?(?:droga|drogas|cristal|coca|cocaina|"
     r"armas?|pruebas|evidencia|mota|marihuana)\b"),
    ("planted plants planting", r"(?:\w+\s+)?(?:drugs|meth|a\s+gun|guns|coke|cocaine|evidence|"
     r"weed)\s+on\b"),
    ("quemo quemaron destruyo destruyeron rellenaron relleno tiro tiraron",
     r"(?:las\s+|los\s+)?(?:boletas|urnas|votos)\b"),
    ("burned burnt shredded destroyed stuffed dumped", r"(?:the\s+)?(?:ballots|ballot\s+boxes|"
     r"votes)\b"),
    ("tapo tapaba encubrio encubre encubria oculto ocultaba escondio escondia",
     r"(?:los\s+|el\s+|las\s+|la\s+)?(?:abusos?|violaciones|abuso\s+sexual|violacion|"
     r"crimenes|asesinatos?)\b"),
    ("covered covers", r"up\s+(?:the\s+)?(?:abuse|abuses|rapes?|murders?|assault)\b"),
    ("tiene tenia tienen", r"(?:una\s+red\s+de\s+)?empresas\s+fantasmas?\b"),
    ("has had runs owns", r"(?:a\s+(?:network|web|string)\s+of\s+)?shell\s+companies\b"),
    ("is was", r"on\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:developer|developers|contractor|"
     r"contractors|builder|casino|landlord|oil\s+company|lobby|realtor|mining\s+company)"
     r"(?:'s|s')?\s+payroll\b"),
    ("pago pagaron paga pagan pagaba", r"(?:la|el)\s+(?:inmobiliaria|constructora|"
     r"desarrolladora|minera|empresa|cartel|gobierno|alcaldia|partido|municipio)\s+"
     r"(?:\w+\s+){0,2}?por\s+(?:esta|este|escribir|la|su)\s+(?:nota|columna|articulo|resena|"
     r"reportaje)\b"),
    ("poisoned flooded burned torched", rf"{_W}{{1,3}}?(?:on\s+purpose|deliberately|knowingly)\b"),
    ("enveneno envenenaron incendio inundo", rf"{_W}{{1,3}}?(?:a\s+proposito|adrede|a\s+"
     r"sabiendas)\b"),
    ("compro compra", rf"{_W}{{0,4}}?con\s+(?:el|la|los|las)\s+(?:diezmos?|limosnas?|colecta|"
     r"donativos|donaciones|ofrendas)\b"),
    ("bought buys", rf"{_W}{{0,4}}?with\s+(?:the\s+)?(?:tithes?|church\s+money|collection\s+"
     r"plate|donations|offerings|building\s+fund)\b"),
    ("clavo afano agandallo transo chingo", r"(?:lo\s+de|el\s+dinero|la\s+lana|la\s+plata|"
     r"los\s+fondos|las\s+donaciones|los\s+apoyos|la\s+colecta|los\s+viaticos)\b"),
    ("sells sold selling peddles", r"(?:\w+\s+){0,2}?(?:scripts|prescriptions)\b"),
    ("got gets obtained won received", rf"{_W}{{0,4}}?(?:illegally|under\s+the\s+table)\b"),
    ("cobra cobran cobraba recibe", r"(?:\w+\s+)?(?:comisiones|cuotas|pagos)\s+ilegales\b"),
    ("cobra cobraba cobran cobraron", rf"(?:del|de\s+la|de\s+los)\s+{_BAD_PARTY}\b"),
    # Wrongs of local figures (a coach, a priest, a notary, a referee, a doctor), told as acts
    # rather than named as crimes: records falsified, fake papers signed, billing for what was
    # never done, payoffs by their wrapping, money moved to kin, harm hidden, kids hit, games
    # bet on, an official "bought", lying for gain.
    ("falsified falsifies falsifying faked fakes faking forged forges forging doctored doctors "
     "doctoring altered alters altering fudged fudges inflated inflates inflating rigged rigs "
     "falsifico falsifica falsificaba falsificaron altero altera alteraba alteraron maquilla "
     "maquillaba maquillo infla inflaba inflo amano amana amanaba",
     rf"{_W}{{0,3}}?{_RECORD}\b"),
    ("changed changes changing cambio cambia cambiaba cambiaron",
     rf"{_W}{{0,3}}?(?:grades|scores|test\s+scores|transcripts|calificaciones|boletas\s+de\s+"
     r"calificaciones|fecha\s+(?:al|del)\s+testamento|testamento|wills?)\b"),
    ("ordered orders had",
     rf"(?:the\s+|his\s+|her\s+)?{_W}{{0,2}}?{_RECORD}\s+(?:altered|changed|deleted|erased|"
     r"destroyed|shredded|falsified|doctored|backdated|wiped)\b"),
    ("mando manda mandaron ordeno ordena ordenaron",
     r"(?:a\s+)?(?:borrar|alterar|cambiar|falsificar|esconder|ocultar|destruir)\s+(?:el|la|los|"
     r"las)\s+(?:video|videos|grabacion|grabaciones|registros?|expedientes?|pruebas|documentos|"
     r"actas|reportes?|calificaciones|archivos|bitacoras?)\b"),
    ("signs signed signing sign certifies certified certifying notarizes notarized notarizing "
     "notarises notarised files filed submits submitted issues issued firma firmo firmaba "
     "firman certifica certifico expide expidio",
     rf"(?:(?:off\s+on\s+)?{_W}{{0,2}}?(?:fake|false|forged|phony|bogus|fraudulent|falsas?|"
     rf"falsos?|apocrif[oa]s?)\s|(?:off\s+on\s+)?{_W}{{0,2}}?{_RECORD}\s+(?:falsas?|falsos?|"
     r"apocrif[oa]s?|chuec[oa]s?)\b)"),
    ("fe", r"de\s+(?:las|los|unas|unos)\s+\w+\s+(?:falsas|falsos|apocrifas|apocrifos)\b"),
    ("knowing knew sabiendo sabia",
     rf"(?:that\s+|que\s+)?{_W}{{0,4}}?(?:were|was|eran|era)\s+(?:fake|forged|falsas?|"
     r"falsos?|apocrif[oa]s?)\b"),
    ("bills billed billing bill charges charged cobra cobraba factura facturaba facturo "
     "signed signs approved approves firmo firma aprobo aprueba",
     rf"{_W}{{0,4}}?(?:for|por|de)\s+{_W}{{0,3}}?(?:(?:who|that|que)\s+(?:\w+\s+){{0,2}}"
     r"(?:dead|muert[oa]s|fallecid[oa]s|murieron|fallecieron|died)|(?:that|which|que)\s+(?:\w+\s+)?(?:never|nunca)\s+"
     r"(?:showed|arrived|existed|came|happened|llego|llegaron|existio|existieron))\b"),
    ("gets got getting takes took taking receives received walked walks pocketed pockets",
     r"(?:out\s+(?:[\w'$,.-]+\s+){0,4}?with\s+)?(?:a|an|his|her|their)\s+(?:\w+\s+)?"
     r"(?:envelope|kickback|payoff|"
     r"side\s+payment)s?\b"),
    ("recibe recibio recibia reciben cobra cobraba cobro agarra agarro",
     rf"(?:(?:su|sus|un|una|el|la)\s+(?:moches?|mochadas?|mordidas?|sobornos?|tajada)\b|"
     rf"{_W}{{0,2}}?(?:pago|pagos|sueldo|dinero|lana|sobres?)\s+(?:aparte|por\s+fuera|por\s+"
     r"debajo\s+de\s+la\s+mesa|bajo\s+la\s+mesa)\s+(?:de|del)\b)"),
    ("pay pays paid paying",
     rf"(?:(?:him|her|them)\s+{_W}{{0,3}}?(?:off\s+the\s+books|under\s+the\s+table)\b|"
     r"(?:off\s+)?(?:the|a|an)\s+(?:inspectors?|referees?|refs?|judges?|cops?|auditors?|"
     r"officials?|assessors?|prosecutors?|da|clerk|magistrate)\s+to\b)"),
    ("pagan paga pagaron pagaba pagaban pago",
     rf"(?:{_W}{{0,3}}?(?:por\s+fuera|por\s+debajo\s+de\s+la\s+mesa|bajo\s+la\s+mesa)\b|"
     r"(?:al|a\s+la|a\s+los|a\s+las)\s+(?:inspector|inspectora|inspectores|verificador|"
     r"verificadores|arbitro|arbitros|juez|jueza|policia|policias|agente|agentes|auditor|"
     r"auditores|funcionario|funcionarios|valuador|fiscal|fiscales|ministerio\s+publico|mp|"
     r"magistrado|magistrada)\s+para\s+que\b)"),
    ("le", r"(?:(?:pago|pagaron|paga|pagan|pagaba)\s+(?:la|el|su|sus|las)\s+(?:casa|hipoteca|"
     r"deudas?|troca|camioneta|carro|viajes?)\b|pagaron(?=\s*(?:[,.;!?]|$)))"),
    ("they company companies developer developers contractor contractors firm builder builders",
     r"(?:\w+\s+)?paid\s+off\s+(?:his|her)\s+(?:house|mortgage|debts?|truck|car|loans?)\b"),
    ("took takes taking got gets pocketed accepted",
     r"(?:\$[\d,.]+k?|[\d,.]+\s*(?:grand|k|thousand))\s+from\s+(?:the\s+)?(?:\w+\s+){0,2}?"
     r"(?:guys|developers?|contractors?|builders?|vendors?|outfit|company|companies|firm)\b"),
    ("cobra cobraba cobro cobran",
     r"(?:una\s+|su\s+)?comision\s+(?:a|al|de|del)\s+(?:la|el|los|las)\s+(?:proveedor(?:es)?|"
     r"tiendas?|empresas?|constructoras?|contratistas?|distribuidoras?)\b"),
    ("se", r"(?:lleva|llevaba|llevo|queda|quedaba|quedo)\s+(?:con\s+)?(?:un|su|el)\s+"
     r"(?:porcentaje|comision)\b"),
    ("robandose robando", rf"{_W}{{0,3}}?(?:{_LOOT_ES}|fondo|caja|limosnas?|ofrendas?|diezmos)\b"),
    ("moves moved moving transfers transferred funnels funneled funnelled diverts diverted",
     rf"{_W}{{0,3}}?(?:money|funds?|cash|donations|dues|collection|tithes|offerings)\s+(?:in)?to\s+"
     rf"(?:his|her|their)\s+(?:own\s+)?(?:{_KIN_EN}\s+)?(?:accounts?|pockets?|company|"
     rf"business|{_KIN_EN})"),
    ("pasa pasaba paso desvia desvio desviaba transfiere transfirio",
     rf"{_W}{{0,2}}?(?:dinero|fondos|limosnas?|ofrendas?|diezmos|cuotas|donativos|donaciones|"
     rf"colecta|recursos)\s+{_W}{{0,2}}?a\s+(?:la\s+cuenta\s+de\s+)?(?:su|sus)\s+"
     rf"(?:{_KIN_ES}|cuentas?)\b"),
    ("dinero lana plata",
     r"(?:\w+\s+){0,3}?se\s+lo\s+(?:quedaba|quedo|queda|embolsaba|embolso|clavaba)\b"),
    ("covered covers covering",
     r"for\s+(?:the|a|his|her|their|that)\s+(?:\w+\s+){0,2}?(?:who|that)\s+(?:\w+\s+){0,3}?"
     r"(?:messing|abus\w*|molest\w*|harass\w*|grop\w*|rap\w*|assault\w*|hit\w*|stole|steal\w*)"),
    ("hid hides hiding escondio esconde escondia esconder oculto oculta ocultaba ocultar "
     "tapo tapaba",
     rf"{_W}{{0,3}}?(?:deaths|injuries|concussions|complaints|muertes|lesiones|conmociones|"
     r"quejas)\b"),
    ("hits hit hitting slaps slapped smacks smacked punches punched golpea golpeaba golpeo",
     r"(?:a\s+)?(?:the\s+|los\s+|las\s+|sus\s+|his\s+|her\s+)?(?:kids|children|minors|students|"
     r"ninos|ninas|chamacos|alumnos|alumnas|menores)\b"),
    ("messing messes messed fooling fondling fondled fondles",
     r"(?:around\s+)?with\s+(?:the\s+|young\s+|little\s+|his\s+|her\s+)?(?:girls|boys|kids|"
     r"children|students|minors|altar\s+boys)\b"),
    ("drinks drank drinking", r"(?:before|during)\s+(?:the\s+)?(?:practices?|work|duty|"
     r"shifts?|class|school|games?|mass|surgery|the\s+job)\b"),
    ("toma tomaba bebe bebia", r"(?:antes\s+de|durante)\s+(?:los\s+|el\s+|la\s+|las\s+)?"
     r"(?:entrenamientos?|trabajo|turnos?|clases?|partidos?|misa|cirugias?|servicio)\b"),
    ("bets bet betting apuesta apostaba aposto",
     r"(?:on|en)\s+(?:the\s+|los\s+|las\s+|sus\s+|his\s+|her\s+)?(?:games|matches|fights|"
     r"partidos|juegos|peleas)\s+(?:that\s+|que\s+)?(?:he\s+|she\s+)?(?:works|refs|referees|"
     r"officiates|calls|coaches|pita|arbitra|dirige|entrena)\b"),
    ("is was es era fue", r"(?:(?:a\s+|an\s+|un\s+|una\s+)?(?:bought|comprad[oa])"
     r"(?:\s+(?:ref|referee|judge|cop|official|inspector|arbitro|juez|policia|funcionario))?"
     r"(?=\s*(?:[,.;!?]|$))|(?:a|an)\s+bought\s+(?:ref|referee|judge|cop|official|inspector)\b|"
     r"(?:un|una)\s+(?:arbitro|juez|policia|funcionario|inspector)\s+comprad[oa]\b|"
     r"(?:un|una)\s+(?:rater[oa]|estafador|estafadora|defraudador|defraudadora)\b)"),
    ("regalo regalaron regala", r"(?:el|los)\s+partidos?\b"),
    ("fixing fixes fixed fix", r"(?:the\s+)?(?:eligibility|grades|transcripts|test\s+scores)\b"),
    ("lied lies lying", rf"to\s+(?:the\s+)?\w+\s+(?:about|on)\s+{_W}{{0,3}}?to\s+(?:get|receive|"
     r"collect|keep)\b"),
    ("mintio miente mentia", rf"a\s+(?:la|el|los|las)\s+\w+\s+(?:con|sobre|en)\s+{_W}{{0,3}}?"
     r"para\s+(?:recibir|cobrar|obtener|sacar|conseguir)\b"),
    ("vendor vendors supplier suppliers contractor proveedor proveedores contratista",
     rf"(?:\w+\s+)?(?:was|is|were|are|es|era|eran|fue)\s+(?:la\s+empresa\s+de\s+)?(?:his|her|"
     rf"their|su|sus)\s+{_W}?(?:{_KIN_EN}|{_KIN_ES})"),
    ("sells sold selling resells resold vende vendia vendio revende",
     rf"(?:{_W}{{0,4}}?(?:with|con)\s+(?:washed|fake|forged|altered|doctored|phony|bogus)\s+"
     rf"(?:titles|papers|paperwork)\b|{_W}{{0,3}}?(?:inundados|chocados|robados)\s+con\s+"
     r"papeles\b)"),
    ("rolls rolled rolling", r"back\s+(?:the\s+)?(?:odometers?|mileage|miles)\b"),
    ("lets let's let letting allows allowed",
     rf"{_W}{{0,3}}?(?:run|move|push|bring)\s+(?:product|dope|drugs|loads|weight)\s+through\b"),
    # Plain deeds of violence and abuse said of one person, the victim after the verb: "murdered
    # that inmate", "poisoned the wells", "touched kids at that camp", "ran over a kid", "mató al
    # muchacho", "envenenó los pozos", "atropelló a un niño", "golpeó a un esposado". The victim
    # must be people (or the water they drink): "murdered that song", "planted the trees" pass.
    ("murdered murders murdering strangled strangles strangling stabbed stabs stabbing "
     "drowned smothered suffocated tortures torturing executed",
     rf"(?:(?:{_VICTIM_DET})\s+)?(?:\w+\s+)?{_VICTIM_EN}\b(?!['’])"),
    ("poisoned poisons poisoning",
     rf"(?:us\b|everyone\b|(?:(?:{_VICTIM_DET})\s+)?(?:\w+\s+)?(?:{_VICTIM_EN}|wells?|water|"
     r"river|creek|colonias?|town|neighborhood|neighbourhood|food|dogs)\b(?!['’]))"),
    ("planted plants planting",
     r"(?:the|a|that|those|this|his|her|a\s+bag\s+of|the\s+bag\s+of)\s+(?:\w+\s+)?(?:gun|guns|"
     r"pistol|weapon|knife|drugs|dope|meth|coke|cocaine|fentanyl|crack|heroin|baggie|evidence|"
     r"casings?|shell\s+casings)\b"),
    ("touched touches touching groped gropes groping fondled fondles fondling",
     r"(?:(?:a|the|little|young|those|these|two|three|several|his|her|other)\s+)?(?:kids|children|"
     r"girls|boys|minors|students|altar\s+boys|kid|child|girl|boy|minor|student|"
     r"(?:little|young)\s+(?:girls?|boys?|ones))\b"
     r"(?!['’]|\s+(?:lives|hearts|souls|minds|with|through|in\s+(?:a|the)\s+(?:good|positive)))"),
    ("ran runs run running",
     rf"over\s+(?:(?:{_VICTIM_DET})\s+)?(?:\w+\s+)?(?:{_VICTIM_EN}|pedestrian|pedestrians|"
     r"cyclist|cyclists|jogger|biker)\b"),
    ("drives drove driving operates operated operating flies flew",
     r"(?:\w+\s+)?(?:drunk|high|wasted|hammered|blitzed|loaded|impaired)\b"
     r"(?!\s+(?:drivers?|people|folks|friends|guys|patrons|customers|home|ones|students))"),
    ("ordered orders", r"the\s+(?:hit|killing|murder|hit\s+job)\s+on\b"),
    ("set sets setting", r"(?:fire\s+to\s+)?(?:the|a|his|her|their)\s+(?:\w+\s+){0,2}?"
     r"(?:fire\s+)?(?:for|to\s+collect)\s+(?:the\s+)?insurance\b"),
    ("burned burnt burns torched torches", rf"{_W}{{1,4}}?(?:for|to\s+collect)\s+(?:the\s+)?"
     r"insurance\b"),
    ("beat beats beating roughed", r"up\s+(?:(?:a|an|the|that|this|two|three|some)\s+)?(?:\w+\s+)?"
     r"(?:kid|kids|teen|teens|teenager|boy|girl|woman|women|migrant|migrants|inmate|inmates|"
     r"detainee|detainees|prisoner|suspect|student|students|reporter|protester|protesters|"
     r"homeless\s+man|old\s+man|handcuffed\s+\w+)\b"),
    ("covered covers covering", r"for\s+(?:his|her|their)\s+(?:[\w'’]+\s+){0,2}?(?:duis?|dwis?|"
     r"crimes|abuse|beatings|thefts?|drug\s+\w+|assaults?|rapes?)\b"),
    ("fixes fixed fixing", r"(?:the\s+|his\s+|her\s+)?(?:cases|case|tickets|verdicts|rulings|"
     r"sentences)\s+(?:for|in\s+exchange)\b(?!\s+a\s+living)"),
    ("sell sells sold selling", r"(?:\w+\s+)?(?:bond\s+reductions|reduced\s+bonds|"
     r"probation|exemptions|passes\s+to)\b"),
    ("sell sells sold selling", r"(?:our|the|their|his|her)\s+(?:\w+\s+)?(?:pension|pensions|"
     r"fund)\s+for\s+(?:a|an|his|her)\b"),
    ("run runs ran running operates operated", r"(?:(?:a|an|the|his|her)\s+(?:\w+\s+){0,2}?"
     r"(?:scam|ponzi\s+scheme|pyramid\s+scheme|con\s+game)|coyotes|a\s+sex\s+ring)\b"
     r"(?!\s+(?:alerts?|awareness|prevention|hotline|workshop|seminar|warning))"),
    ("took takes taking got gets accepted accepts pocketed pockets",
     r"(?:\$[\d,.]+k?|\w+\s+(?:grand|thousand|million)|[\d,.]+\s*(?:grand|k|thousand))\s+to\s+"
     r"(?:free|release|drop|dismiss|let|look|bury|acquit|approve|vote|skip|ignore|kill|"
     r"overturn|reduce)\b"),
    ("takes took taking gets got receives received accepts accepted pockets pocketed",
     rf"(?:money|cash|payments?|envelopes?|bribes)\s+from\s+{_W}{{1,4}}?to\s+(?:skip|vote|"
     r"soften|spin|write|free|release|approve|pass|sign\s+off|let)\b"),
    ("paid", rf"by\s+(?:the\s+)?{_W}{{0,2}}?(?:developers?|growers|company|companies|campaign|"
     r"party|contractors?|lobby|candidate|mayor|governor|casino|cartel)\s+to\s+(?:write|"
     r"publish|soften|spin|smear|attack|praise|defend|push|bury)\b"),
    ("is was are been being", r"(?:(?:secretly|clearly|obviously)\s+)?(?:paid|bankrolled|"
     r"funded)\s+by\s+(?:the\s+)?\w+\s+(?:campaign|camp|party|developers?|company|growers|"
     r"lobby|cartel)\b"),
    ("is was are been", r"(?:a|an|the|their)\s+(?:\w+\s+)?(?:cartel|narco|cartel's)\s+"
     r"(?:mouthpiece|shill|propagandist|spokesman)\b"),
    ("mato asesino mata asesina mataba asesinaba estrangulo ahorco apuñalo apunalo acuchillo "
     "balaceo",
     rf"(?:a|al)\s+(?:(?:{_VICTIM_DET_ES})\s+)?(?:\w+\s+)?{_VICTIM_ES}\b"),
    ("enveneno envenena envenenaba envenenaron",
     rf"(?:a\s+)?(?:(?:{_VICTIM_DET_ES})\s+)?(?:\w+\s+)?(?:{_VICTIM_ES}|pozos?|agua|rio|presa|"
     r"colonias?|pueblo|comida|perros)\b"),
    ("atropello atropella atropellaba",
     rf"(?:a|al)\s+(?:(?:{_VICTIM_DET_ES})\s+)?(?:\w+\s+)?(?:{_VICTIM_ES}|peaton|peatones|"
     r"ciclista|ciclistas)\b"),
    ("golpeo golpea golpeaba madreo madrea madreaba tortura torturo torturaba",
     r"(?:(?:a|al)\s+(?:(?:un|una|el|la|los|las|dos|tres|varios|unos)\s+)?(?:\w+\s+)?(?:esposad[oa]s?|"
     r"detenid[oa]s?|pres[oa]s?|reos?|menor|menores|nin[oa]s?|muchach[oa]s?|chamac[oa]s?|"
     r"migrantes?|ancian[oa]s?|indigentes?|embarazada|alumn[oa]s?|pacientes?|internos?|"
     r"(?:ex\s?)?novia|(?:ex\s?)?esposa|manifestantes|trabajador(?:es)?|emplead[oa]s?)\b|"
     r"(?:a|al)\s+(?:uno|una)\s+de\s+sus\s+(?:trabajador(?:es|as)|emplead[oa]s|alumn[oa]s|"
     r"jugador(?:es|as)|hij[oa]s|pacientes)\b)"),
    ("manoseo toqueteo", r"a\s+(?:su|sus|una|un|varias|varios|las|los|la|el)\s+"),
    ("maltrata maltrataba maltrato", r"a\s+(?:los|las)\s+(?:\w+\s+)?(?:alumn[oa]s|nin[oa]s|"
     r"pacientes|ancian[oa]s|internos|menores|muchach[oa]s|detenidos|trabajadores|empleados)\b"),
    ("opera operaba opero trabaja trabajaba llega llegaba",
     r"(?:bien\s+|siempre\s+)?(?:borrach[oa]|ebri[oa]|drogad[oa]|pedo|hasta\s+atras)\b"),
    ("quemo quema quemaba incendio incendia incendiaba", rf"{_W}{{1,4}}?(?:por|para\s+cobrar)\s+"
     r"(?:el\s+)?seguro\b"),
    ("tiene tenia", r"fosas\s+(?:clandestinas\s+)?en\s+(?:su|sus)\s+(?:rancho|ranchos|casa|terreno|"
     r"terrenos|predio|predios|propiedad|finca|hacienda)\b"),
    ("arregla arreglaba arreglo", r"(?:los\s+)?(?:casos|juicios|sentencias|expedientes|multas)\s+"
     r"(?:por|a\s+cambio)\b"),
    ("cobra cobraba cobro cobran recibe recibio recibia",
     rf"{_W}{{0,5}}?para\s+(?:escribir\s+(?:esto|esta\s+nota|este\s+articulo|esta\s+columna)|"
     r"suavizar\w*|defender\w*)\b"),
    # A beating of someone the reader knows ("beat that kid in 2019"), hired thugs, people left
    # to die, money taken to kill stories, abuse in the gerund, a drunk who does harm at work
    ("beat", r"(?:that|those)\s+(?:\w+\s+)?(?:kid|kids|teen|teenager|boy|girl|woman|man|guy|"
     r"migrant|migrants|inmate|prisoner|detainee|suspect|student|reporter|protester|worker)\b"),
    ("sent sends hired hires", r"(?:\w+\s+){1,3}?to\s+(?:beat\s+up|rough\s+up|kill|shoot|torch|"
     r"burn\s+down|threaten|intimidate)\s+(?:the|a|an|that|his|her|their)\b"),
    ("contrata contrato contrataba contrataron paga pago pagaba pagando pagaron",
     r"(?:a\s+)?(?:unos\s+|sus\s+)?(?:golpeadores|matones|sicarios|porros)\b"),
    ("let lets letting", r"(?:those|these|two|three|four|the|his|her)\s+(?:\w+\s+)?(?:migrants|"
     r"people|patients|inmates|prisoners|kids|children|residents|workers)\s+die\b"),
    ("takes took taking gets got accepts accepted", r"(?:cash|money|bribes|payments)\s+to\s+"
     r"(?:kill|bury|spike|squash)\s+(?:stories|the\s+story|reports|complaints|cases|"
     r"investigations)\b"),
    ("abusing molesting", r"(?:\w+\s+)?(?:kids|children|girls|boys|minors|students|altar\s+boys|"
     r"patients|residents|inmates|detainees)\b"),
    ("is was s", r"(?:a|an)\s+(?:violent\s+|mean\s+|known\s+|functional\s+)?(?:drunk|alcoholic)"
     r"\s+(?:who|that)\s+(?:\w+\s+)?(?:crashed|rules|decides|sleeps|hits|beats|drives|operates|"
     r"falls|shows|comes|works|teaches|coaches|preaches|hit|beat|killed)\b"),
    ("es era fue", r"(?:un|una)\s+(?:borrach[oa]|alcoholic[oa])\s+que\s+(?:\w+\s+)?(?:choco|"
     r"golpea|golpeaba|maneja|opera|dicta|juzga|llega|atropello|mato|escribe)\b"),
    ("la lo", r"(?:manoseo|manoseaba|toqueteo|toqueteaba|violo|violaba)\b"),
    # More one-line deeds of short comments: stolen goods sold or bought, a pyramid scheme,
    # a bribe handed over, a witness coached to lie, smugglers paid, a game thrown for pay, a will
    # backdated, goods sold out the back door, a cartel's man by his trade
    ("vende vendia vendio venden revende compra compraba compro",
     r"(?:\w+\s+){0,2}?robad[oa]s?\b"),
    ("tiene tenia maneja manejaba",
     r"(?:una\s+)?(?:piramide|esquema\s+ponzi|fraude\s+piramidal)\b"),
    ("da daba dio", r"(?:su|una|la)\s+mordida\s+(?:a|al)\b"),
    ("coached coaches pressured pressures", r"(?:the\s+|a\s+|his\s+|her\s+)?witness(?:es)?\s+to\s+"
     r"(?:lie|change|recant)\b"),
    ("paid pays paying", r"(?:off\s+)?the\s+(?:smugglers|coyotes|hitmen|sicarios|cartel)\b"),
    ("paid", r"(?:off\s+)?to\s+(?:throw|tank|fix)\s+(?:the|that|a|this)\b"),
    ("backdated backdates backdating", r"(?:[\w'’]+\s+){0,3}?(?:will|wills|deeds?|documents?|"
     r"checks?|contracts?|records?|testamento|escrituras?)\b"),
    ("sells sold selling", r"(?:[\w'’-]+\s+){0,4}?out\s+(?:the|of\s+the)\s+back\s+(?:door|room)\b"),
    ("vende vendia vendio",
     r"(?:\w+\s+){0,4}?por\s+(?:atras|debajo\s+del?\s+agua|la\s+puerta\s+de\s+atras)\b"),
    ("trabaja trabajaba", r"de\s+(?:halcon|sicario|pollero|puntero|mula|burrero|estaca)\b"),
    ("esta estaba", r"con\s+(?:la\s+mana|los\s+narcos|el\s+cartel|la\s+delincuencia)\b"),
    ("es era", r"(?:defraudador|defraudadora|estafador|estafadora|extorsionador|extorsionadora)\s+"
     r"de\b"),
    ("pagado pagada", r"por\s+(?:morena|el\s+pri|el\s+pan|el\s+partido|la\s+campana|"
     r"la\s+constructora|la\s+inmobiliaria|la\s+minera)\b"),
    ("es era fue", r"(?:un\s+|una\s+|el\s+|la\s+)?(?:vocero|vocera|titere|pieza)\s+(?:del|de\s+los|"
     rf"de\s+la)\s+{_BAD_PARTY}\b"),
    # money in envelopes, month after month: "recibe sobres del gobernador", "le llegan sus
    # sobres cada quincena", "recibía un sobre cada viernes"; a single envelope only with its
    # round ("le llegó un sobre del SAT" is the mail)
    ("recibe recibia recibio reciben recibian recibiendo agarra agarraba llegan llega llegaba "
     "llegaban pasan pasaban",
     r"(?:(?:sus\s+|su\s+|los\s+)?(?:sobres|sobrecitos?)\b|"
     r"(?:(?:un|el)\s+)?sobre\s+(?:\w+\s+){0,3}?(?:cada|mensual|semanal|quincenal)\b)"),
    # handing envelopes round the council; a cut per contract ("se lleva un sobre por cada
    # contrato"), not the mail or a pay envelope
    ("reparte repartia repartio", r"sobres\s+(?:\w+\s+){0,3}?(?:(?:en\s+el|al)\s+cabildo|"
     r"(?:a|entre)\s+los\s+(?:regidores|diputados|jueces|policias|periodistas|funcionarios|"
     r"inspectores)|cada\s+que\s+hay)\b"),
    ("lleva llevaba", r"(?:su\s+|un\s+)sobre\s+(?:por|de)\s+cada\s+(?:contrato|obra|licitacion|"
     r"permiso|fallo|tramite|pipa|plaza)\b"),
    ("takes took taking gets got getting receives received collects collected accepts",
     r"(?:(?:\w+\s+){0,2}?envelopes\b(?!\s+(?:in\s+the\s+mail|from\s+the\s+(?:irs|county|state)))|"
     r"(?:an|the|his|her|their)\s+envelope\s+(?:\w+\s+){0,3}?(?:every|each)\b)"),
    # on someone's payroll who should not pay them: "he's on their payroll", "is on the Ochoa
    # payroll", "quietly on the growers association payroll"; not an employer's payroll
    ("is was s been are were",
     r"(?:\w+\s+){0,2}?on\s+(?!(?:the\s+|its\s+|our\s+)?(?:city|county|state|district|school|"
     r"town|federal|government|company|hospital|university|public|taxpayers?|department|team|"
     r"club|same|regular|official|tribal|church|parish|family|farm|ranch)(?:'s|s')?\b)"
     r"(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w'.-]+\s+){0,3}?payroll\b"),
    ("esta estaba estan estuvo sigue cobra cobraba aparece",
     r"(?:\w+\s+)?en\s+(?:la\s+)?nomina\s+(?:de|del)\s+(?:la\s+|los\s+|las\s+)?"
     r"(?:gobernador[a]?|alcalde(?:sa)?|presidente\s+municipal|diputad[oa]|senador[a]?|"
     r"candidat[oa]|campana|contratistas?|que\s+controlan|quienes|que\s+mandan|"
     rf"{_PARTY_X})\b"),
    # partners of a criminal party: "es socio del huachicol", "socia de la red de huachicol",
    # "a business partner of the Gulf Cartel's plaza boss"
    ("partner partners socio socia socios socias",
     r"(?:escondid[oa]s?\s+|silencios[oa]s?\s+|silent\s+)?(?:of|to|in|de|del|con)\s+"
     r"(?:the\s+|el\s+|la\s+|los\s+|las\s+)?(?:(?:de|del)\s+(?:la\s+|los\s+)?)?"
     rf"(?:red\s+de\s+|negocio\s+del?\s+)?{_W}?{_PARTY_X}\b"),
    # selling what is not theirs to sell: "vende huachicol", "vende mota", "vende a las
    # migrantes a los tratantes", "sells birth certificates", "sells the donated food"
    ("vende vendia vendio venden vendian vendieron revende revendia revenden",
     r"(?:(?:\w+\s+){0,3}?(?:mota|huachicol|gasolina\s+(?:robada|de\s+huachicol)|"
     r"diesel\s+robado|pastillas\s+controladas|actas\s+(?:de\s+nacimiento\s+)?falsas|"
     r"documentos\s+falsos|carne\s+de\s+(?:burro|perro|caballo)|"
     r"(?:sillas\s+de\s+ruedas|despensas|medicinas|cobijas|juguetes|viveres)\s+donad[oa]s|"
     r"armas\s+decomisadas|droga\s+decomisada|asilos|(?:las\s+)?fichas\s+de\s+inscripcion|"
     r"(?:los\s+)?cupos|(?:las\s+)?tomas\s+de\s+agua|el\s+agua\s+del?\s+(?:los\s+)?pozos?|"
     r"esteroides|alcohol\s+a\s+(?:los\s+)?(?:menores|muchachos|chavos|ninos))|"
     rf"(?:\w+\s+){{0,5}}?(?:a|con)\s+(?:{_PARTY_REF}|(?:los\s+|las\s+)?(?:tratantes|"
     r"padrotes|traficantes|(?:los\s+)?del?\s+cartel)))\b"),
    ("sells sold selling resells resold reselling",
     r"(?:(?:the\s+|his\s+|her\s+|their\s+)?(?:fake|forged|counterfeit|stolen|donated|seized|"
     r"confiscated)\s+(?:\w+\s+)?(?:ids?|documents?|papers|permits|licenses|birth\s+certificates|"
     r"food|medicine|insulin|goods|guns|drugs|cars|trucks|supplies|wheelchairs|coats|toys)|"
     r"(?:\w+\s+)?birth\s+certificates|(?:meth|fentanyl|fent|heroin|coke|cocaine|crack|pills|"
     r"dope)|(?:his|her|their)\s+(?:votes?|rulings?|verdicts?|pardons?|office)|"
     r"(?:\w+\s+){0,3}?to\s+(?:cartel\s+)?straw\s+(?:buyers|purchasers)|"
     r"asylum\s+(?:grants|cases)|green\s+card\s+sponsorships|(?:vapes|alcohol|booze|beer|"
     r"liquor|weed|pills|steroids|drugs)\s+to\s+(?:\w+\s+)?(?:students|minors|kids|children|"
     r"teens|teenagers)|"
     rf"(?:\w+\s+){{0,3}}?to\s+{_PARTY_REF})\b"),
    # money moved, laundered or protection sold for others: "runs money for the Valdez
    # brothers", "running protection for a meth crew", "runs a protection racket"
    ("runs ran running run",
     r"(?:(?:money|cash|product|drugs|dope|guns)\s+for|people\s+across|"
     rf"protection\s+for\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?{_W}?{_PARTY_X}|"
     rf"plates\s+for\s+(?:his\s+|her\s+|the\s+|their\s+)?{_W}?{_PARTY_X}|"
     r"(?:a|the|his|her)\s+slave\s+(?:operation|ring|racket)|"
     r"(?:a\s+|the\s+|his\s+|her\s+)?(?:protection\s+(?:racket|scheme)|(?:extortion|kickback|"
     r"bribery|ponzi|pyramid|ghost[- ]payroll|voter\s+fraud|ballot\s+(?:harvesting|stuffing)|"
     r"visa\s+fraud|fake\s+(?:id|document)s?)\s+(?:racket|scheme|scam|ring|operation|mill))|"
     r"(?:a|the|his|her)\s+(?:\w+\s+)?(?:chop\s+shop|puppy\s+mill|pill\s+mill|fraud\s+mill|"
     r"coyote\s+operation|stash\s+house|(?<!tennis\s)(?<!squash\s)racket|scam)(?!\s+(?:alerts?|"
     r"awareness|prevention|workshops?|class(?:es)?|seminars?|hotline|warnings?|watch|busters?|"
     r"team|unit|stringing))|"
     rf"(?:{_PARTY_REF})(?:'s)?\s+(?:trucks|money|loads|drugs|guns|routes))\b"),
    ("lava lavaba lavan lavaban lavo lavando lavar lavarle",
     r"(?:le\s+|les\s+)?(?:la\s+|el\s+)?(?:lana|dinero|plata|billetes)\b"),
    # money from a criminal party: "recibe dinero del huachicol", "de la gente de la plaza"
    ("recibe recibia recibio recibieron reciben recibian",
     r"(?:dinero|lana|plata|sobres?|pagos?|millones)\s+(?:de|del)\s+(?:la\s+|los\s+|las\s+)?"
     rf"(?:gente\s+de\s+la\s+plaza|{_PARTY_X})\b"),
    # paid a sum for an act of office: "took $40,000 from the X people to rezone", "le
    # pagaron dos millones por soltarlo", "recibió dos millones ... para votar a favor"
    ("took takes taking got gets received accepted pocketed taken",
     rf"(?:{_SUM_EN})\s+(?:dollars\s+)?(?:from|off)\s+(?:[\w'.-]+\s+){{1,5}}?to\s+"
     rf"(?:\w+\s+)?{_CORRUPT_EN}"),
    ("paid handed", rf"(?:{_SUM_EN})\s+(?:dollars\s+)?by\s+(?:[\w'.-]+\s+){{1,5}}?to\s+"
     rf"(?:\w+\s+)?{_CORRUPT_EN}"),
    ("porque", r"(?:a\s+\w+\s+)?(?:le|les)\s+(?:pagaron|dieron|pasaron|depositaron|soltaron)\s+"
     rf"(?:{_SUM_ES}|un\s+sobre|su\s+sobre)"),
    ("pagaron pagaban dieron daban depositaron recibio recibe recibia recibieron reciben cobro "
     "cobra cobraba",
     rf"(?:{_SUM_ES})\s+(?:[\w'.-]+\s+){{0,6}}?(?:por|para|a\s+cambio\s+de)\s+(?:que\s+)?"
     rf"(?:no\s+)?(?:\w+\s+)?{_CORRUPT_ES}"),
)  # fmt: skip


def _may_name_someone(an: Analysis, sub: Submission) -> bool:
    """A cheap first test: something in the comment could identify a person."""
    ctx = sub.context
    return bool(
        "title" in an.by_class
        or "@" in sub.text
        or "you" in an.prefixes
        or "eres" in an.prefixes
        or "fuis" in an.prefixes
        or ctx.participants()
        or _NAME.search(sub.text)
        or _HONORIFIC.search(sub.text)
        or _ONE_NAME.search(sub.text)
        or _OPENING_WORD.search(sub.text)
        or _CAP_WORD.search(sub.text)
        or sub.text == sub.text.lower()  # a name typed in lower case (`_lower_subject`)
    )


def _frame(verbs: str, rest: str) -> re.Pattern:
    alts = verbs.split() + (["s"] if "is" in verbs.split() else [])  # "he's a cartel plant"
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b" + (r"\s+" + rest if rest else ""))


# Patterns whose verb is a very common word ("is", "on", "se") run only when the comment also
# holds a word beginning like one of these (the party or the object the pattern needs).
_BAD_KEYS = ("cart narc zeta sina cjng gulf smug coyo traf poll huac mafi mob gang ring mana "
             "viag unid guer arel tepi ardi rojo tlac barr marr zamb cuin line "
             "chap menc golf crim deli sica hitm halc secu kidn grup temp fami belt tren ms "
             "mara")  # fmt: skip
_NEEDS = {
    "recibe recibia recibio reciben recibian recibiendo agarra agarraba llegan llega llegaba "
    "llegaban pasan pasaban": "sobr",
    "takes took taking gets got getting receives received collects collected accepts": "enve",
    "is was s been are were": "payr",
    "esta estaba estan estuvo sigue cobra cobraba aparece": "nomi",
    "vende vendia vendio venden vendian vendieron revende revendia revenden": "mota huac gaso "
    "dies past acta docu carn sill desp medi cobi jugu vive arma drog trat padr traf cart asil "
    "fich cupo toma agua este alco " + _BAD_KEYS,
    "sells sold selling resells resold reselling": "fake forg coun stol dona seiz conf birt meth "
    "fent hero coke coca crac pill dope vote rul ruli verd pard offi stra asyl gree vape alco "
    "booz beer liqu weed ster " + _BAD_KEYS,
    "runs ran running run": "mone cash prod drug dope guns load prot exto kick brib ponz pyra "
    "ghos vote ball visa fake chop pupp pill frau coyo stas rack scam peop plat slav " + _BAD_KEYS,
    "lava lavaba lavan lavaban lavo lavando lavar lavarle": "lana dine plat bill",
    "recibe recibia recibio recibieron reciben recibian": "dine lana plat sobr pago mill",
    "took takes taking got gets received accepted pocketed taken": "appr rezo vote kill bury drop "
    "push bloc look fix awar rule igno stee gran rele clea skip quas tank waiv sign rout dive "
    "rig",
    "paid handed": "appr rezo vote kill bury drop push bloc look fix awar rule igno stee gran "
    "rele clea skip quas tank waiv sign",
    "porque": "paga dier pasa depo solt",
    "pagaron pagaban dieron daban depositaron recibio recibe recibia recibieron reciben cobro "
    "cobra cobraba": "mil mill peso dola",
    "is was are been being": "paid bank fund",
    "is was are been": "mout shil prop spok",
    "is was s": "drun alco",
    "vende vendia vendio venden revende compra compraba compro": "roba",
    "tiene tenia maneja manejaba": "pira esqu frau",
    "da daba dio": "mord",
    "paid pays paying": "smug coyo hitm sica cart",
    "esta estaba": "mana narc cart deli comp",
    "es era": "defr esta exto viol pede abus",
    "pagado pagada": "more pri pan part camp cons inmo mine",
    "la lo": "mano toqu viol",
    "contrata contrato contrataba contrataron paga pago pagaba pagando pagaron": "golp mato "
    "sica porr",
    "takes took taking gets got accepts accepted": "kill bury spik squa",
    "es era fue": "voce tite piez borr alco",
    "takes took taking gets got receives received accepts accepted pockets pocketed": "mone "
    "cash paym enve brib",
    "took takes taking got gets accepted accepts pocketed pockets": "gran thou mill",
    "paid": "deve grow comp camp part cont lobb cand mayo gove casi cart look keep stay lose "
    "igno bury thro tank fix",
    "vive vivia viven vivian": "huac narc robo traf trat lava secu exto cobr cont moch mord",
    "protege protegia protegio protegen protegian solapa solapaba solapo solapan cubre cubria "
    "encubre encubria": _BAD_KEYS,
    "consume consumia consumio consumen consumes jala jalaba jalas aspira aspiraba fuma fumaba "
    "inhala inhalaba": "coca cris drog fent peri pied hero crac tach meta foco",
    "recibe recibio recibia recibieron reciben agarra agarro toma tomo dan dieron daban "
    "entregan entregaron entregaba": "male sobr bols cost port caja",
    "con": _BAD_KEYS,
    "usa usaba utiliza utilizaba aprovecha aprovechaba presta prestaba": "drog cris fent coca "
    "arma carg",
    "se le": "publ esta muni ayun cong erar sind pueb part dif gobi depe secr univ gent alca pres "
    "coop nues impu cont",
    "lleva llevaba maneja manejaba": _BAD_KEYS,
    "surte surtia surten provee proveia abastece abastecia": _BAD_KEYS + " arma drog cris fent "
    "coca muni",
    "reunio reune reunia reunen reunieron": _BAD_KEYS,
    "ties links connections dealings cahoots league bed": _BAD_KEYS + " knig line",
    "is was are were been being": _BAD_KEYS + " knig line",
    "nexos vinculos tratos relaciones acuerdos pacto pactos": _BAD_KEYS,
    "metido metida metidos metidas coludido coludida coludidos coludidas aliado aliada "
    "aliados pacto pacta pactaron pactaba pactado anda andan andaba andaban": _BAD_KEYS,
    "compadre comadre ahijado ahijada achichincle": _BAD_KEYS,
    "metido metida metidos metidas entra entraba entran entraron dedica dedicaba dedican": (
        "huac narc robo traf trat lava secu exto cobr cont"
    ),
    "dodged dodges dodging evaded evades evading cheats cheated cheating skipped skips": "taxe "
    "tax irs sat",
    "hides hid hiding stashes stashed parks parked": "offs shel swis caym pana have",
    "evade evadio evadia evaden evadieron evadiste": "impu fisc sat pago",
    "looted loots looting plundered plunders plundering raided raids raiding": "fund trea "
    "coff pens reli aid",
    "took collected raised received": "kept",
    "kept keeps keeping": "hims hers them your",
    "gets got getting takes took taking receives received pockets pocketed collects collected": (
        "kick brib payo swee enve prot exto"
    ),
    "cambio": "sobr lana dine moch mord sobo bill dola peso favo coch",
    "cobra cobraba cobran cobro recibe recibia saca sacaba": "part taja cuot comi porc moch",
    "sold sells selling": _BAD_KEYS + " knig line",
    "vende vendio vendia venden vendieron vendian": _BAD_KEYS,
    "gave gives handed hands awarded awards steered steers": "cont bid bids job jobs deal conc",
    "got gets hired hires appointed appoints": "son sons daug neph niec cous brot sist wife husb "
    "in-l fami girl boyf mist budd cron comp best dono",
    "dio da daba dieron otorgo otorga otorgaba asigno asigna asignaba adjudico adjudica "
    "adjudicaba entrego reparte repartio": "cont obra lici plaz pues cham conc perm",
    "roughed roughs roughing punched punches slapped slaps kicked kicks choked chokes tased "
    "tasered beat beats pistol-whipped": "hand unar rest defe slee home elde preg disa deta",
    "maneja manejaba manejo conduce conducia condujo": "ebri ebria borr drog pedo atra",
    "gets got buys bought scores scored": "coke coca meth crac hero fent pill drug dope blow oxy",
    "hooked addicted": "meth crac coke coca hero fent pill opio oxy pain drug",
    "fabrico fabrica fabricaron fabricaba": "prue deli culp evid expe carp carg acus test",
    "is was are were has became": _BAD_KEYS,
    "on": _BAD_KEYS + " mexi chin russ cuba vene fore us amer saud iran",
    "with": "cart narc dirt",
    "es era son fue eres fuiste": _BAD_KEYS,
    "se": "dine lana fond recu apoy desp medi terr dona pres mill peso dola suel sala beca pred "
    "agui cuot comi cada cont obra drog deco carg merc moch taja erar mult mord inde ahor apor "
    "vive cobi vacu cole coop porc",
    "le les": "peso dola mil lana dine cart",
    "ordered had": "kill murd shot beat disa kidn exec",
    "put puts putting": "hosp er payr",
    "passes passed passing leaks leaked leaking feeds fed gives gave pasa pasaba paso filtra "
    "filtro filtraba da daba dio": _BAD_KEYS,
    "works worked working trabaja trabajaba trabajan trabajo": _BAD_KEYS,
    "took takes take taking taken get gets got getting receives received receiving accepts "
    "accepted accepting pockets pocketed pocketing collects collected": _BAD_KEYS
    + " chin russ saud beij mosc krem",
    "takes took gets got keeps kept skims skimmed pockets pocketed": "cont load deal ship perm "
    "paym bid fine payc",
    "compro compra compran compraron compraba": "voto juec juez peri elec pues plaz titu curu cand",
    "steered steers steering gave gives handed hands awarded awards": "cont bid bids job jobs",
    "released releases freed frees dismissed dropped acquitted": "cash mone brib payo gran "
    "thou doll peso",
    "run runs ran running operates operated leads led heads headed": "ring rack netw busi sche "
    "cell gang",
    "maneja manejaba dirige dirigia encabeza encabezaba controla controlaba": "red band nego celu",
    "is was are were been": "addi crac coke meth hero opio pill drug fent dope junk toke "
    "high drun wast ston load twea",
    "does did snorts snorted smokes smoked shoots shot uses used": "coke coca crac meth hero "
    "fent line",
    "takes took taking gets got getting receives received accepts accepted pockets pocketed": (
        "mone cash paym enve gift chec brib"
    ),
    "te": "dine plat lana fond recu apoy desp dona cole coop cuot beca medi",
    "tiene tenia tuvo cuenta contaba": _BAD_KEYS,
    "has had enjoys enjoyed": _BAD_KEYS,
    "business partners partnered partner socio socia socios colludes colluded": _BAD_KEYS,
    "backed supported sponsored respaldado respaldada apoyado apoyada financiado financiada": (
        _BAD_KEYS
    ),
    "avisa avisaba aviso avisaron avisaban alerta alertaba alerto": _BAD_KEYS,
    "entrega entrego entregaron entregaba handed hands turned": _BAD_KEYS,
    "gave gives leaked leaks passed passes handed hands filtro filtra paso dio entrego": _BAD_KEYS,
    "makes made has had puts put forces forced uses used employs employed hires hired": "mino "
    "unde chil kids",
    "pone puso ponia ponen tiene tenia tienen usa usaba contrata contrataba explota explotaba": (
        "meno nino nina cham"
    ),
    "explota explotaba exploto explotan": "meno nino nina",
    "was were got been": "boug paid",
    "lo la": "comp",
    "for": "cart narc mob gang",
    "por": "cart narc crim mafi line golf",
    "is was": "payr",
    "falsified falsifies falsifying faked fakes faking forged forges forging doctored doctors "
    "doctoring altered alters altering fudged fudges inflated inflates inflating rigged rigs "
    "falsifico falsifica falsificaba falsificaron altero altera alteraba alteraron maquilla "
    "maquillaba maquillo infla inflaba inflo amano amana amanaba": "reco repo char grad scor "
    "tran titl sign deed docu pape book minu atte elig insp odom mile time invo rece regi info "
    "expe cali titu firm escr acta asis kilo fact reci bita test",
    "changed changes changing cambio cambia cambiaba cambiaron": "grad scor tran cali fech "
    "test will",
    "ordered orders had": "alte chan dele eras dest shre fals doct back wipe",
    "knowing knew sabiendo sabia": "fake forg fals apoc",
    "gets got getting takes took taking receives received walked walks pocketed pockets": (
        "enve kick payo side"
    ),
    "pay pays paid paying": "book tabl insp refe refs judg cops audi offi asse pros da cler magi",
    "pagan paga pagaron pagaba pagaban pago": "fuer deba mesa insp veri arbi juez poli agen "
    "audi func valu fisc mini mp magi",
    "took takes taking got gets pocketed accepted": "guys deve cont buil vend outf comp firm",
    "dinero lana plata": "qued embo clav",
    "hits hit hitting slaps slapped smacks smacked punches punched golpea golpeaba golpeo": (
        "kids chil mino stud nino nina cham alum meno"
    ),
    "is was es era fue": "boug comp rate esta defr",
    "vendor vendors supplier suppliers contractor proveedor proveedores contratista": "son "
    "sons daug neph niec cous brot sist wife husb in-l fami girl boyf room hijo hija sobr cuna "
    "herm prim espo muje mari comp yern sueg novi",
}


# Each pattern under the first four letters of its verbs: a comment runs only the patterns
# whose verb it holds, each anchored at that word (no scan of the whole text per pattern).
_BY_PREFIX: dict[str, list[tuple[frozenset[str] | None, re.Pattern]]] = {}
for _verbs, _rest in _FRAMES_SRC:
    _entry = (
        frozenset(_NEEDS[_verbs].split()) if _verbs in _NEEDS else None,
        _frame(_verbs, _rest),
    )
    for _v in _verbs.split():
        _found = _BY_PREFIX.setdefault(_v[:4], [])
        if _entry not in _found:
            _found.append(_entry)
_TRIGGERS = frozenset(_BY_PREFIX)


# Taxes never paid: the negation is the act itself ("hasn't paid a dime in taxes", "no paga ni
# un peso de impuestos"), so it is read over the text from the negation on.
_UNPAID_TAX = re.compile(
    r"\b(?:has not|hasn't|have not|haven't|never|doesn't|does not|didn't|did not)\s+(?:\w+\s+)?"
    r"(?:paid|pay|filed)\s+(?:[\w$,.']+\s+){0,4}?(?:taxes|tax returns?|income tax)\b|"
    r"\b(?:pays|paid|paying)\s+(?:no|zero)\s+(?:\w+\s+)?taxes\b|"
    r"\bno\s+(?:ha\s+|le\s+)?(?:paga|pagaba|pago|pagado|pagar|declara|declaraba|declaro|declarado|"
    r"declarar)\s+"
    r"(?:\w+\s+){0,5}?impuestos\b"
)


# Wages withheld: the negation is the act ("doesn't pay his workers", "no les paga a los
# lavaplatos"), read like unpaid taxes.
_UNPAID_WAGES = re.compile(
    r"\b(?:doesn't|does not|never|didn't|did not|won't|will not)\s+pay\s+(?:his|her|their|the)\s+"
    r"(?:workers|employees|staff|crew|dishwashers|cooks|foremen|nannies|housekeepers?|interns|"
    r"players|teachers)\b|\bno\s+(?:les\s+|le\s+)?(?:paga|pagaba|pago|pagan)\s+(?:a\s+)?(?:sus|los|las)"
    r"\s+(?:trabajadores|empleados|empleadas|lavaplatos|meseros|cocineros|jornaleros|albaniles|"
    r"peones|maestros|jugadores)\b"
)


def _acts(an: Analysis) -> list[int]:
    """Indices of the units where a crime or disgraceful act begins: the lexicon's phrases
    and the act patterns above."""
    found = set(an.by_class.get("crime", ()))
    words = an.prefixes
    if "taxe" in words or "impu" in words:
        for m in _UNPAID_TAX.finditer(an.norm.text):
            k = next((u.index for u in an.units if u.end > m.start()), None)
            if k is not None:
                found.add(k)
    if "pay" in words or "paga" in words or "pago" in words:
        for m in _UNPAID_WAGES.finditer(an.norm.text):
            k = next((u.index for u in an.units if u.end > m.start()), None)
            if k is not None:
                found.add(k)
    if _family_spans(an, an.norm.original):
        words = words | {"mob"}  # a family named by its surname stands as a criminal party
    active = {}
    for key in words & _TRIGGERS:
        patterns = [
            rx for needs, rx in _BY_PREFIX[key] if needs is None or not needs.isdisjoint(words)
        ]
        if patterns:
            active[key] = patterns
    if not active:
        return sorted(found)
    text = _families_as_party(an)
    for u in an.units:
        patterns = active.get(u.text[:4])
        if patterns is None:
            continue
        pos = u.start
        if not text.startswith(u.text[:2], pos):  # "is" of "he's": match from the "s"
            pos = text.find("'", pos, u.end) + 1 or pos
        if any(rx.match(text, pos) for rx in patterns):
            found.add(u.index)
    return sorted(found)


# What a family named by its surname reads as in the act patterns: one more criminal party of
# `_BAD_PARTY` ("trabaja para los Quintero", "takes money from the Ortiz family").
# A clan ("los Quintero", "the Valdez brothers", "el clan Ochoa") and a family ("the Ortiz
# family", "la familia Sandoval"), which some patterns do not take (`_CLAN_PARTY`).
_CLAN_WORD, _FAMILY_WORD = "clanx", "famx"


def _families_as_party(an: Analysis) -> str:
    """The normalised text with each family named by its surname (`_family_spans`) written as
    a party word of `_BAD_PARTY`, padded to its length so every offset stays the same."""
    text = an.norm.text
    spans = _family_spans(an, an.norm.original)
    if not spans:
        return text
    original = an.norm.original
    for a, b in spans:
        fa, fb = _folded_at(an, a), _folded_at(an, b)
        word = _FAMILY_WORD if "famil" in original[a:b].lower() else _CLAN_WORD
        if fb - fa >= len(word):
            text = text[:fa] + word.ljust(fb - fa) + text[fb:]
    return text


def _attributes(an: Analysis, u: Unit) -> bool:
    """A source or a court outcome; "reports them to ICE" and "lied on the report" are acts,
    not sources: a bare report counts only when it says or is by someone."""
    k = u.index + 1
    nxt = an.units[k].text if k < len(an.units) and an.units[k].sentence == u.sentence else ""
    if u.text in _COURTS and _court_not_source(an, u):
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
    if u.text in _REPORT_WORDS:
        k = u.index - 1
        if k >= 0 and an.units[k].text in _OWN_PAPERS:
            return False  # "padded her expense reports by $80k": the act's object
        if any(an.units[j].text in _FALSIFYING for j in range(max(0, k - 2), k + 1)):
            return False  # "falsified the staffing reports": the act's object
        return nxt in _REPORT_SAYS
    return nxt not in _OBJECT_PRONOUNS


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
    one the writer says is not needed or never ruled ("I don't need a court to tell me that")."""
    first = max(0, u.index - 6)
    near = [v for v in an.units[first : u.index] if v.sentence == u.sentence]
    if any(v.code == "N" for v in near):
        return True
    if not any(v.text in ("of", "del", "de") for v in near):
        return False
    start = max(0, u.index - 10)
    return any(v.has("title") and v.sentence == u.sentence for v in an.units[start : u.index])


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
     "educacion", "via", "alumbrado", "opinion", "contador"}
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
_CONDITIONAL = frozenset({"if", "si", "when", "cuando", "unless", "whether", "even if"})
# Before the act, these make the person one who fights, exposes or denies it.
_NOT_COMMITTED = frozenset(
    {"arrested", "arrests", "arresting", "caught", "catches", "busted", "busts", "raided",
     "raid", "raids", "seized", "seizes", "prosecuted", "prosecutes", "prosecuting", "jailed",
     "fined", "fired", "exposed", "exposes", "exposing", "denied", "denies", "deny", "denying",
     "stopped", "stops", "fights", "fought", "fighting", "cracked down", "cracks down",
     "detuvo", "detienen", "detuvieron", "arresto", "arrestaron", "capturo", "capturaron",
     "nego", "niega", "negaron", "niegan", "combate", "persigue", "expuso", "exhibio",
     "investigates", "investigated", "investigating", "uncovered", "blocked", "banned",
     "outlawed", "prohibio", "castigo", "sanciono", "sentencio", "condeno", "juzgo",
     "shot", "chased", "identified", "rescued", "confronted", "captured", "nabbed",
     "apprehended", "extradited", "extradito", "extraditaron", "abatio", "abatieron"}
)  # fmt: skip
# Phrases before the act that make the person one who fought it.
_FOUGHT = re.compile(
    r"\b(?:took down|takes down|shut down|shuts down|broke up|breaks up|operation|operativo|"
    r"crackdown|sting|task force|dismantled|desmantelo|desarticulo)\b"
)
# A commenter accused to their face: "you're paid by the consulate", "you launder money".
# Only "you are ..." and its kin: "you pay off the cop and drive on" is anyone at all.
_YOU_BE = frozenset({"are", "were", "have been", "has been", "are still"})


def _you_did(before: list[Unit]) -> bool:
    """The act follows "you are"/"you were"/"eres" directly."""
    if before and before[-1].text in ("eres", "fuiste"):
        return True
    return len(before) >= 2 and before[-1].text in _YOU_BE and before[-2].text in ("you", "u")


# Being fired or caught for the act says the person did it ("he was fired for faking
# overtime", "te corrieron por dejar pasar contrabando"), unlike firing or catching others.
_PUNISHED = re.compile(
    r"\b(?:(?:you|u|he|she|they|who|\w+,?)\s+(?:were|was|got|have been|has been|had been|"
    r"just got)\s+"
    r"(?:\w+\s+)?(?:fired|caught|busted|kicked out|thrown out|expelled|suspended|removed|"
    r"discharged|canned|sacked|demoted|disbarred|defrocked)|(?:te|lo|la|los|las)\s+"
    r"(?:corrieron|despidieron|echaron|cacharon|agarraron|pillaron|botaron|sacaron|"
    r"suspendieron|expulsaron|corrio|despidio|echo|cacho|pillo|boto|expulso))\b"
)
_WRITER_SAYS = re.compile(
    r"\b(?:falto decir|falto mencionar|se (?:les|te|le) olvido (?:decir|mencionar)|"
    r"(?:lo que )?nadie (?:dice|menciona|quiere decir|te dice)|what (?:nobody|no one) "
    r"(?:says|mentions|tells you|will tell you|wants to say)|(?:nobody|no one) (?:mentions|"
    r"will tell you|wants to say)|(?:forgot|failed|neglected) to (?:mention|say)|"
    r"(?:does not|doesn't|didn't|did not) mention|no (?:menciona|dice|dijo)|"
    r"(?:hay que|cabe|vale|hay que|les) (?:decir|recordar|mencionar|aclarar|recuerdo)|"
    r"(?:solo |nomas )?(?:aclaro|recuerdo|les recuerdo|digo)|(?:lo )?digo claro)\b"
    r"(?:\s+(?:es\s+)?(?:that|que|is that|es que))?"
)
# Past forms that, right after "you", state a deed ("you stole", "you sold"); the present
# "you take a bribe, you go to jail" is anyone at all.
_PAST = frozenset({"stole", "took", "sold", "beat", "hid", "gave", "paid", "ran", "made", "got",
                   "bought", "shot", "slept", "kept", "put", "fed", "let", "led", "dealt",
                   "hit", "sent", "fled"})  # fmt: skip
_CLITICS = frozenset({"le", "les", "lo", "la", "los", "las", "te", "se", "me"})
_MANNER = frozenset({"in cold blood", "execution style", "execution-style"})
_SECOND_PRESENT = re.compile(r"[a-z]{3,}(?:as|es)\b")
_SECOND_PRETERITE = re.compile(r"(?:te\s+)?[a-z]{3,}(?:aste|iste)\b")


# A negation does not reach past "but" or a reason: "Not to be dramatic but Councilman X paid
# off ...", "voted no because he gets a cut ...".
_NEGATION_ENDS = re.compile(r"\b(?:but|pero|because|porque|that's why|that is why|por eso)\b")

# "voted no", "dijo que no": a vote or an answer, not a negation of what follows.
_SAID_NO = frozenset({"voted", "vote", "votes", "said", "says", "voto", "vota", "votaron",
                      "dijo", "dice", "answered", "respondio"})  # fmt: skip


def _negation_ends(text: str, start: int, end: int) -> bool:
    """ "but" or a reason between a negation and the act, not right after the negation ("no
    porque crea que se robó algo", "not because he stole": the negation takes the reason)."""
    m = _NEGATION_ENDS.search(text, start, end)
    return m is not None and bool(text[start : m.start()].strip())


# A comma, colon or semicolon closes a clause: "let's not pretend ...: Judge X takes ..."
_CLAUSE_BREAK = re.compile(r"[,:;]")


def _denied_frame(an: Analysis, u: Unit, crime: Unit) -> bool:
    """A negated saying closed by a clause break ("let's not pretend ...: Judge X takes ...")
    is the writer's own frame, not a source."""
    return (
        u.index > 0
        and an.units[u.index - 1].code == "N"
        and bool(_CLAUSE_BREAK.search(an.norm.text, u.end, crime.start))
    )


# The sentence asks only when it opens like a question; "X is a drunk who hits his wife, and
# he wants to be sheriff?" states the act and asks about what follows.
_ASKS = frozenset(
    {"did", "does", "do", "is", "was", "are", "were", "has", "have", "had", "can", "could",
     "would", "will", "should", "who", "what", "why", "how", "where", "when", "which",
     "whether", "isn't", "didn't", "doesn't", "que", "quien", "quienes", "como", "cuando",
     "donde", "por que", "acaso", "sera", "es", "fue", "hay", "so"}
)  # fmt: skip
_LATER_CLAUSE = re.compile(
    r",\s+(?:and|but|y|pero)\s|[,;:]\s*¿|,\s+(?:(?:do\s+)?you\s+think|remember|right|huh|"
    r"verdad|o\s+ya|o\s+no)\b"
)


def _rhetorical(an: Analysis, text: str, units: list[Unit], crime: Unit) -> bool:
    """A question mark after a statement of the act: the act is asserted and only the later
    clause is asked ("..., and he wants to be our sheriff?")."""
    if units[0].text in _ASKS:
        return False
    start, end = an.span(units[0].index, crime.index)
    if "¿" in text[max(0, start - 1) : end]:
        return False
    return bool(_LATER_CLAUSE.search(an.norm.text, crime.end, units[-1].end))


_VICTIM_NOUNS = frozenset(
    {"killing", "murder", "death", "assassination", "kidnapping", "disappearance", "attack",
     "ambush", "asesinato", "muerte", "homicidio", "secuestro", "desaparicion", "ataque",
     "emboscada"}
)  # fmt: skip


def _addressee_did(an: Analysis, crime: Unit, before: list[Unit], punished) -> bool:
    """The commenter addressed is the one accused: a Spanish second-person preterite
    ("te robaste", "vendiste"), "you" with a past verb ("you stole from the fund"), "usted",
    or "you were fired for ..." / "te corrieron por ..."."""
    text = an.norm.text
    if punished and punished.group().startswith(("you", "u ", "te ")):
        return True
    if _SECOND_PRETERITE.match(text, crime.start):
        return True
    near = [u.text for u in before[-2:] if u.text not in _CLITICS]
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


def _paid_one(
    an: Analysis, crime: Unit, titles: list[int], named: list[int], crime_start: int
) -> bool:
    """The act is a criminal party paying someone, and the one paid is named or titled after
    it: the person bribed is the accused, though named last."""
    if not _PAID_TO.match(an.norm.text, crime.end):
        return False
    return any(k > crime.index for k in titles) or any(a > crime_start for a in named)


def _stops(an: Analysis, u: Unit, crime: Unit) -> bool:
    """A verb of fighting or denying the act ("arrested", "denied") before it; not inside a
    relative clause whose person then does the act ("the agent who shot the teen was high
    on meth": a copula after the clause carries the claim)."""
    if u.text not in _NOT_COMMITTED or crime.text in _MANNER:
        return False  # "shot the kid in cold blood": the shooting is the act
    if _caught_doing(an, u, crime):
        return False  # "they caught Ramírez stealing": the one caught did it
    k = u.index - 1
    if k < 0 or an.units[k].text not in ("who", "que", "quien"):
        return True
    return not any(an.units[j].code == "C" for j in range(u.index + 1, crime.index + 1))


_CAUGHT = frozenset({"caught", "catches", "busted", "saw", "seen", "watched", "filmed",
                     "recorded", "cacharon", "cacho", "agarraron", "agarro", "pillaron",
                     "pillo", "vieron", "vio", "grabaron", "grabo"})  # fmt: skip
_GERUND = re.compile(r"[a-z]{3,}(?:ing|ando|iendo)\b")


def _caught_doing(an: Analysis, u: Unit, crime: Unit) -> bool:
    """ "caught Ramírez stealing", "cacharon a Soto robando": the act in its -ing form right
    after the one caught, who is a name or "him"/"her"; the catching tells the act as fact."""
    if u.text not in _CAUGHT or not _GERUND.match(crime.text):
        return False
    between = an.units[u.index + 1 : crime.index]
    if not between or len(between) > 3:
        return False
    return all(
        v.text in ("him", "her", "a", "al", "lo", "la") or an.capitalised(v.index) for v in between
    )


# Pay verbs whose object is the one paid: "Candidates pay him in cash", "le pagan por fuera".
_PAY_WORDS = frozenset({"pay", "pays", "paid", "paying", "paga", "pagan", "pagaba", "pagaban",
                        "pagaron", "pago", "dan", "dieron", "dio", "daban"})  # fmt: skip
_PAID_NAME = re.compile(r"(?:\s+[\w$,.]+){0,3}?\s+(?:a|al)\s+[A-ZÁÉÍÓÚÑ]")


def _paid_person(an: Analysis, text: str, crime: Unit, recent: bool) -> bool:
    """The act pays someone, and the one paid is the person named before ("Big Jim ... He's the
    bagman. Candidates pay him in cash") or a capitalised name after "a" ("le pagaron a Soto
    para que ...", a surname a dictionary may hold)."""
    words = crime.text.split()
    if words[0] in ("le", "les"):
        words = words[1:]
    elif crime.index == 0 or an.units[crime.index - 1].text not in ("le", "les"):
        k = crime.index + 1
        if not (recent and words[0] in _PAY_WORDS and k < len(an.units)):
            return False
        return an.units[k].text in ("him", "her") and len(words) == 1
    if not words or words[0] not in _PAY_WORDS:
        return False
    if recent:
        return True  # "le pagan en efectivo": the one named before
    return _PAID_NAME.match(text, an.span(crime.index, crime.index)[1]) is not None


def _topic(an: Analysis, k: int) -> bool:
    """A crime named as a topic ("documentó el fraude", "the smuggling case") or a third
    party ("el secuestrador", "the smuggler"), not an act of the person: a noun after a
    determiner (agent nouns after "a"/"un" stay predicates: "is a smuggler")."""
    u = an.units[k]
    if k == 0 or an.units[k - 1].sentence != u.sentence:
        return False
    before = an.units[k - 1].text
    if u.text == "traffic" and before in _DETERMINERS:
        return not (k >= 2 and an.units[k - 2].text in _RUNS)  # "the traffic was awful"
    if u.text in _ACT_NOUNS:
        if before in _DETERMINERS:
            # "is the one running the stash houses": run or own it, not a topic
            return not (k >= 2 and an.units[k - 2].text in _RUNS)
        # "the firearms trafficking", "el tráfico ..." after one plain modifier
        prev = an.units[k - 1]
        return (
            k >= 2
            and prev.entry is None
            and an.units[k - 2].sentence == u.sentence
            and an.units[k - 2].text in _DEFINITE
        )
    return u.text in _AGENT_NOUNS and before in _DEFINITE


_RUNS = frozenset({"run", "runs", "running", "ran", "operates", "operating", "owns", "owned",
                   "controls", "controlling", "manages", "maneja", "controla", "opera",
                   "dirige", "encabeza"})  # fmt: skip
_ACT_NOUNS = frozenset(
    {"plagio", "acoso", "manoseo", "toqueteo",
     "robo", "fraude", "soborno", "sobornos", "lavado de dinero", "trafico", "moche",
     "mochada", "mordida", "mordidas", "mercado negro", "fraud", "bribery", "embezzlement",
     "trafficking", "smuggling", "laundering", "kickbacks", "hush money", "drunk driving",
     "hit and run", "stash house", "stash houses", "narco", "skimming", "extorsion"}
)  # fmt: skip
_AGENT_NOUNS = frozenset(
    {"secuestrador", "secuestradora", "extorsionador", "extorsionadora", "huachicolero",
     "huachicolera", "huachicoleros", "ladron", "narcotraficante", "trafficker", "traffickers",
     "smuggler", "drug dealer", "drug trafficker", "drug lord", "kidnapper", "money launderer",
     "cartel boss", "extortionist", "swindler", "embezzler", "con man", "con artist",
     "arsonist", "child abuser", "fraudster", "rapist", "murderer", "pedophile", "drogadicto",
     "drogadicta", "tecato", "tecata"}
)  # fmt: skip
_DEFINITE = frozenset({"el", "la", "los", "las", "del", "al", "este", "esta", "ese", "esa",
                       "estos", "esos", "the", "this", "that", "these", "those"})  # fmt: skip
_DETERMINERS = _DEFINITE | {"un", "una", "unos", "unas", "a", "an", "su", "sus", "his", "her"}


# "a cop", "un agente", "some judge": nobody in particular, so nobody is defamed.
_INDEFINITE = frozenset({"a", "an", "un", "una", "some", "any", "algun", "alguna", "cualquier",
                         "every", "cada", "ningun", "ninguna", "unos", "unas"})  # fmt: skip


def _identifies(an: Analysis, u: Unit, text: str) -> bool:
    """A title picks out one person: not after "a"/"un", and a role many people hold
    ("the officer", "el agente", "the teacher") only with a name after it ("Officer Reyes",
    "el padre Ezequiel"); an office held by one ("the mayor", "the author") on its own."""
    k = u.index - 1
    if (
        k >= 0
        and an.units[k].sentence == u.sentence
        and an.units[k].text in _INDEFINITE
        and not (an.lang == "es" and an.units[k].text == "a")  # "a la autora": a preposition
    ):
        return False
    if u.text not in _MANY_HOLD:
        return True
    if k >= 0 and an.units[k].sentence == u.sentence and an.units[k].text in _DEMONSTRATIVE:
        return True  # "ese reportero", "esa columnista": the one the reader knows
    end = an.span(u.index, u.index)[1]
    if _NAME_AFTER.match(text, end) or _PLACE_AFTER.match(text, end):
        return True  # "Officer Reyes", "el comandante de Sásabe"
    # "the deputy who pulled over my nephew": the one the clause picks out
    k = u.index + 1
    return (
        k < len(an.units)
        and an.units[k].text in ("who", "que")
        and any(
            an.units[j].text in _DEFINITE and an.units[j].sentence == u.sentence
            for j in range(max(0, u.index - 3), u.index)
        )
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
     "notary", "entrenador", "entrenadora"}
)  # fmt: skip
# A name after the role, maybe past one adjective of office ("el líder sindical Romero").
_NAME_AFTER = re.compile(r"(?:\s+[a-záéíóúñ]+(?:al|ar))?\.?,?\s+(?:[A-ZÁÉÍÓÚÑ]|@)")
# A place named within a few words: "el comandante de la policía estatal de Guerrero".
_PLACE_AFTER = re.compile(
    r"\s+(?:(?:de\s+la|de\s+los|del|de|of\s+the|of)\s+[a-záéíóúñ]+(?:\s+[a-záéíóúñ]+)?\s+)?"
    r"(?:de|del|of|in|en|from|at)\s+(?:(?:la|el|los|las|the)\s+)?[A-ZÁÉÍÓÚÑ]"
)


# A sentence opening with one of these continues about the person named just before.
_PRONOUN_SUBJECTS = frozenset(
    {"he", "she", "he is", "she is", "ella", "this guy", "that guy", "ese tipo", "ese wey",
     "guy", "the guy", "the man", "this man", "that man", "this woman", "that woman", "dude",
     "el tipo", "ese guey", "ese vato", "el vato", "the dude"}
)  # fmt: skip


# A short aside between the person and what the comment says of them ("Come on. He met ...").
_ASIDES = frozenset({"come on", "aja", "please", "seriously", "really", "sure", "right",
                     "en serio", "claro", "vaya", "wow", "oh", "mmm", "hmm", "por favor",
                     "oh please", "give me a break", "no mames"})  # fmt: skip
# A conjunction before the subject ("But she changed ...", "Pero le cambió ...").
_CONJUNCTIONS = frozenset({"but", "and", "so", "then", "also", "plus", "pero", "y", "e",
                           "luego", "entonces", "ademas", "y luego", "and then"})  # fmt: skip
# A Spanish sentence opening with a verb of the subject named before ("Es la razón por la que
# ...", "Tiene una casa ..."): it goes on about that person.
_GOES_ON_ES = frozenset({"es", "era", "fue", "tiene", "tenia", "ha", "lleva", "llevaba",
                         "sabe", "sabia", "siempre", "nunca", "ademas"})  # fmt: skip
_BEFORE_VERB_ES = frozenset({"le", "les", "se", "luego", "despues", "tambien", "ya", "hasta"})


def _opener(units: list[Unit]) -> Unit:
    """The sentence's first unit past a conjunction."""
    if len(units) > 1 and units[0].text in _CONJUNCTIONS:
        return units[1]
    return units[0]


def _act_first(an: Analysis, opener: Unit, crimes: list[Unit]) -> bool:
    """A Spanish sentence that opens with the act, maybe past a clitic or an adverb ("Firmó las
    órdenes ...", "Le cambió las calificaciones ..."): the subject is the one named before."""
    if an.lang != "es" or not crimes or crimes[0].text in _ACT_NOUNS:
        return False  # "Fraude.": a verdict on something named before, maybe a firm
    k = opener.index
    while k < crimes[0].index and an.units[k].text in _BEFORE_VERB_ES:
        k += 1
    return k == crimes[0].index


def _pronoun_subject(an: Analysis, text: str, first: Unit) -> bool:
    """The sentence opens with "he"/"she"/"él"/"ella"; "el" without its accent is the article
    ("El cártel cobra piso" is about the cartel), as are "este"/"ese" before a noun."""
    if first.text in _PRONOUN_SUBJECTS:
        return True
    start, end = an.span(first.index, first.index)
    return text[start:end].lower() == "él"


# A crime word right after these is fought, not committed.
_AGAINST = frozenset({"against", "fight", "fighting", "fights", "combat", "combating", "on",
                      "contra", "combatir", "combate", "investigate", "investigating",
                      "investiga", "investigar", "denounced", "denuncio", "denuncia", "report",
                      "about", "sobre", "prevent", "stop", "del", "de", "cut", "cuts", "reduced",
                      "reduces", "curbed", "lowered", "slashed", "redujo", "reduce",
                      "freno"})  # fmt: skip


def _new_subject(an: Analysis, u: Unit, crime: Unit) -> bool:
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


def _paid_to(an: Analysis, crime: Unit) -> bool:
    """A payment, or an act with a person as its object ("families pay her under the table",
    "le pagan por cada nota"): the one paid or done to is who the claim is about."""
    if crime.text.split()[0] in _PAY_WORDS or crime.text.startswith(("pay", "pag", "le ", "les ")):
        return True
    k = crime.index + 1
    return k < len(an.units) and an.units[k].text in ("him", "her", "le", "lo", "la", "les")


def _plural_subject(an: Analysis, before: list[Unit], named: list[int], titles: list[int]) -> bool:
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
    plural = subject.text in _THEY or (
        subject.code in ("w", "G")
        and subject.text.endswith("s")
        and len(subject.text) > 3
        and subject.entry is None
        and (first_word or (before[k - 1].text in _PLURAL_DETERMINERS))
        and (not an.capitalised(subject.index) or subject.text in an.lex.vocab)
    )
    if not plural:
        return False  # "y además cobra comisión": an adverb, not a plural subject
    text = an.norm.text
    opener = k - 1 if k >= 1 and before[k - 1].text in _PLURAL_DETERMINERS else k
    if opener > 0 and not (
        before[opener - 1].code == "B"
        or _CLAUSE_BREAK.search(text, before[opener - 1].end, before[opener].start)
    ):
        return False  # "he buys back the bad trucks, strips ...": an object, not the subject
    j = k
    while j > 0 and not _CLAUSE_BREAK.search(text, before[j - 1].end, before[j].start):
        j -= 1
    clause_start = an.span(before[j].index, before[j].index)[0]
    crime_at = an.span(subject.index, subject.index)[1]
    if any(clause_start <= a <= crime_at for a in named):
        return False
    return not any(before[j].index <= t <= subject.index for t in titles)


# Killing and stealing, which the lexicon lists as bare verbs: a crime with a victim or
# someone's property after them, not with a performance, a plant, a bill or a recruit ("the
# author killed it", "killed nine blueberry bushes", "se robó el show", "stole three of our
# deputies" from another department).
_BARE_ACTS = frozenset({"killed", "kill", "kills", "killing", "stole", "steal", "steals",
                        "stealing", "is stealing", "robo", "roba", "robar", "roban", "robaron",
                        "robado", "robando", "robaste", "se robo", "se roba",
                        "se robaron"})  # fmt: skip
# People hired away: "stole three of our deputies", "se robaron a nuestro mejor maestro".
_PEOPLE_TAKEN = frozenset({"deputies", "officers", "players", "teachers", "nurses", "staff",
                           "workers", "employees", "coaches", "cooks", "customers", "clients",
                           "jugadores", "jugador", "maestros", "maestro", "maestras",
                           "enfermeras", "trabajadores", "empleados", "clientes", "entrenador",
                           "cocineros"})  # fmt: skip
_NO_VICTIM = _PEOPLE_TAKEN | frozenset(
    {"it", "show", "spotlight", "scene", "room", "crowd", "set", "song", "performance",
     "speech", "debate", "game", "match", "bill", "amendment", "proposal", "deal", "vibe",
     "mood", "momentum", "joke", "line", "recipe", "look", "heart", "hearts", "ball", "base",
     "bases", "plants", "plant", "bushes", "bush", "trees", "tree", "tomatoes", "garden",
     "lawn", "grass", "roses", "flowers", "battery", "buzz", "conversation", "paragraph",
     "ending", "interview", "escena", "pelicula", "atencion", "miradas", "corazon",
     "corazones", "balon", "pelota", "receta", "chiste", "frase", "ambiente", "platica",
     "plantas", "rosas", "flores", "pasto", "jardin", "espectaculo", "protagonismo",
     "aplausos", "cancion", "partido", "final", "entrevista", "parrafo"}
)  # fmt: skip
# Words between the verb and its object: determiners, possessives, numbers, "of".
_BEFORE_OBJECT = frozenset(
    {"a", "an", "the", "el", "la", "los", "las", "un", "una", "su", "sus", "our", "my",
     "your", "their", "his", "her", "nuestro", "nuestra", "nuestros", "nuestras", "mi", "mis",
     "tu", "tus", "of", "de", "del", "all", "best", "top", "whole", "entire", "todo", "toda",
     "mejor", "mejores", "that", "this", "ese", "esa", "este", "esta"}
)  # fmt: skip
_OURS = frozenset({"our", "my", "nuestro", "nuestra", "nuestros", "nuestras", "mi", "mis"})


def _no_victim(an: Analysis, crime: Unit) -> bool:
    """A bare verb of killing or stealing whose object, past a few modifiers, is a thing no
    one is wronged by: "killed it", "killed the bill", "killed nine blueberry bushes", "se
    robó el show", "robar su receta"; people only when hired away from the writer's side
    ("stole three of our deputies"). A person, a preposition or the sentence's end stops."""
    if crime.text not in _BARE_ACTS:
        return False
    units = an.units
    ours = False
    for k in range(crime.index + 1, min(crime.index + 6, len(units))):
        u = units[k]
        if u.sentence != crime.sentence:
            return False
        if u.text in _NO_VICTIM:
            return u.text not in _PEOPLE_TAKEN or ours
        ours = ours or u.text in _OURS
        if u.text in _BEFORE_OBJECT or u.text.isdigit() or u.text in _QUANTITIES:
            continue
        if u.entry is None and u.code == "w" and k > crime.index + 1:
            continue  # a modifier: "blueberry bushes", "closing paragraph"
        return False
    return False


# A score in the sentence ("killed Fabens 42-7", "by 30 points", "3 a 0") makes "killed" a win;
# "killed me" with laughter is a joke that landed.
_SCORE = re.compile(
    r"\b\d{1,3}\s*(?:-|–|to|a)\s*\d{1,3}\b(?!\s*(?:years?|anos|%|percent|weeks?|days?|"
    r"months?|hours?|semanas|dias|meses|horas|people|men|women|personas))|"
    r"\bby\s+\d{1,3}\s+(?:points?|runs?|goals?|touchdowns?|strokes?)\b|"
    r"\b(?:cero|uno|dos|tres|cuatro|cinco|seis|siete|zero|one|two|three|four|five|six|seven)\s+"
    r"(?:a|to)\s+(?:cero|nada|uno|dos|tres|cuatro|zero|nothing|nil|one|two|three|four)\b|"
    r"\bpor\s+\d{1,3}\s+(?:puntos|goles|carreras)\b"
)
_GAME_ACTS = frozenset({"killed", "kills", "murdered", "destroyed", "mato", "mataron"})


def _game_or_laugh(an: Analysis, crime: Unit) -> bool:
    """ "Tigres killed Rayados 3-0", "we got killed by 30 points", "the Tajín comment killed
    me 😂": a game's score or a laugh, no one harmed."""
    if crime.text.split()[0] not in _GAME_ACTS:
        return False
    rest = _SENTENCE_REST.match(an.norm.text, crime.end)
    if rest and _SCORE.search(rest.group()[:60]) and not _PEOPLE.search(rest.group()[:60]):
        return True
    nxt = an.units[crime.index + 1] if crime.index + 1 < len(an.units) else None
    return bool(nxt and nxt.text in ("me", "us") and laughs(an))


_SENTENCE_REST = re.compile(r"[^.!?\n]*")
_PEOPLE = re.compile(
    r"\b(?:people|persons?|men|women|man|woman|kids|children|migrants|civilians|personas|"
    r"hombres|mujeres|ninos|migrantes|civiles|victims|victimas)\b"
)


# Before the act, what says the writer does it: "I'm stealing that for the group chat", "le
# voy a robar su receta": no one else is accused.
_FIRST_PERSON = frozenset({"i", "we", "yo", "nosotros", "voy a", "vamos a", "im"})
_AUXILIARIES = frozenset({"am", "is", "are", "was", "have", "had", "will", "would", "gonna",
                          "going to", "just", "totally", "definitely", "so", "le", "les", "te",
                          "me", "se", "lo", "la"})  # fmt: skip


def _writer_does(an: Analysis, crime: Unit) -> bool:
    """The act's subject, past auxiliaries and clitics, is the writer ("I", "we", "voy a")."""
    k = crime.index - 1
    while k >= 0 and an.units[k].sentence == crime.sentence:
        word = an.units[k].text
        if word in _FIRST_PERSON:
            return True
        if word not in _AUXILIARIES:
            return False
        k -= 1
    return False


# "was classified as assault", "se tipificó como robo": the offence a case was filed under,
# not someone said to have done it.
_CLASSIFYING = frozenset(
    {"classified", "reclassified", "ruled", "treated", "filed", "logged", "listed", "counted",
     "recorded", "coded", "labeled", "labelled", "categorized", "investigated", "clasifico",
     "clasificaron", "reclasifico", "tipifico", "tipificaron", "catalogo", "catalogaron",
     "registro", "registraron", "califico", "calificaron", "trato", "trataron", "investiga",
     "investigan", "investigo", "clasificado", "clasificada", "tipificado", "tipificada"}
)  # fmt: skip


def _classified(before: list[Unit]) -> bool:
    return (
        len(before) >= 2 and before[-1].text in ("as", "como") and before[-2].text in _CLASSIFYING
    )


# A clause that opens with a count of offences is a statistic ("Sheriff's office released
# numbers: 14 aggravated assaults in the county", "hubo 30 robos en la colonia").
_COUNT_OPENERS = frozenset({"there were", "there are", "hubo", "hay", "se registraron", "with",
                            "con", "were", "fueron", "about", "over", "unos", "mas de",
                            "more than"})  # fmt: skip


def _counted(an: Analysis, before: list[Unit], crime: Unit) -> bool:
    """A plural offence after a number that opens its clause: a count of cases, about no one."""
    if not crime.text.endswith("s") or not before:
        return False
    k = len(before) - 1
    if before[k].entry is None and not before[k].text.isdigit() and k > 0:
        k -= 1  # one modifier: "aggravated"
    number = before[k]
    if not (number.text.isdigit() or number.text in _QUANTITIES):
        return False
    if k == 0 or before[k - 1].text in _COUNT_OPENERS:
        return True
    return bool(_CLAUSE_BREAK.search(an.norm.text, before[k - 1].end, number.start))


# One given name that still picks out a person: a commenter placed in the thread ("Frank in
# these comments", "Rosaura la de los comentarios", "el comentarista Teo"), someone's kin
# ("Rita's husband", "el esposo de Marta"), or a name set before its role ("Villegas, el
# comandante, ..."); the first word of a sentence is capitalised anyway, so one capitalised
# word alone is no name.
_KIN_WORDS = (
    r"(?:husband|wife|brother|sister|son|daughter|father|mother|dad|mom|boyfriend|girlfriend|"
    r"cousin|uncle|aunt|nephew|esposo|esposa|marido|mujer|hermano|hermana|hijo|hija|papa|papá|"
    r"mamá|novio|novia|primo|prima|sobrino|cuñado|suegro)"
)
_ONE_NAME = re.compile(
    r"\b([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+),?\s+(?:(?:in|from|on)\s+(?:the|these|this)\s+(?:comments|"
    r"comment\s+section|thread|forum)|(?:from\s+)?upthread|(?:el|la)\s+(?:de\s+(?:los|estos)\s+"
    r"comentarios|del\s+foro|del\s+blog|de\s+aquí|de\s+aqui|de\s+arriba))\b"
    r"|\b(?:[Ee]l|[Ll]a|[Tt]he|[Tt]his|[Tt]hat|[Ee]se|[Ee]sa)\s+(?:comentarista|commenter|forista|"
    r"usuari[oa]|user)\s+[\"“'@]?([A-Za-zÁÉÍÓÚÑáéíóúñ][\w.-]*[\w])"
    rf"|\b([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)['’]s\s+{_KIN_WORDS}\b"
    rf"|\b{_KIN_WORDS}\s+de\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\b"
    r"|^\W*([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+),\s+(?:el|la|the|our|nuestro|nuestra)\s+[a-záéíóúñ]+"
    r"(?:\s+(?:de|del|of)\s+\w+)?,"
)


# A sentence's first word, capitalised as every first word is (see `_subject_name`).
_OPENING_WORD = re.compile(r"(?:^|[.!?]\s+|\n)[\W_]*([A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,})(?=['’]s?\b|[\s,])")


# The blog model's floor (decide.BLOG_MIN_WORDS): below it only the rules read a comment. On
# the blog set's test rows the opening-name reading held 3 harmless comments of 15 words or more
# for 2 catches, and 0 under 15 words for 3.
_SUBJECT_NAME_WORDS = 15
_SUBJECT_GAP = re.compile(
    r"(?:['’]s?)?(?:\s+(?!(?:que|quien|who|that|which|the|el|la|los|las|un|una|an?|por|for|to|de|"
    r"of|y|and|con|with|get|gets|got|getting|being|fue|fueron)\b)[a-záéíóúñ]+){0,3}\s+"
)
# Words that may stand between a long comment's opening name and its act past the first
# ("Mendoza lleva años robándose ...", "Kessler has been taking ...").
_AUX_GAP = frozenset({"has", "have", "had", "been", "is", "was", "keeps", "still", "always",
                      "also", "lleva", "llevaba", "anos", "sigue", "seguia", "siempre", "ya",
                      "tambien", "le", "les", "se", "lo", "la"})  # fmt: skip
# Substances and things that open a sentence as the doer of a killing or a theft.
_THINGS = frozenset({"fentanyl", "fentanilo", "cocaine", "cocaina", "meth", "heroin", "heroina",
                     "narcan", "covid", "cancer", "inflation", "inflacion"})  # fmt: skip


def _common_plural(folded: str, an: Analysis) -> bool:
    """An English plural in "-ies" ("Pharmacies", "Agencies", "Utilities"): a kind of business
    or body, not one person. The engine has no English dictionary to tell other plurals from
    surnames ("Sanders", "Torres"), so only this ending is read; "Davies" is the price."""
    return an.lang == "en" and folded.endswith("ies")


def _subject_name(an: Analysis, text: str, s_start: int, crime_start: int) -> bool:
    """The sentence opens with one capitalised word, the act follows within three lower-case
    words ("Saucedo desvió ...", "Benavides has been selling ...", "Nacho le pega ..."), and
    the word is no stop word, lexicon term or word written in lower case elsewhere: a name.
    A vocative ("Memo, me robo ...") has its comma, and an act further on may have another
    subject. In a longer comment (`_SUBJECT_NAME_WORDS`), which opens more sentences with words
    no list holds, the act must follow the word at once or past one word ("Costa notarized",
    "Mendoza lleva años robándose")."""
    long = len(text.split()) >= _SUBJECT_NAME_WORDS
    m = _GREETED_WORD.match(text, s_start) or _OPENING_WORD.match(text, s_start)
    m = m or _OPENING_WORD.match(text, max(0, s_start - 2))
    if m is None and not long and an.lang == "es" and text == text.lower():
        # Spanish only: an English lower-case opener is as often a handle ("bigjim took ..."),
        # a person only when the thread names them (`Context.participants`)
        return _lower_subject(an, text, s_start, crime_start)
    if m is None or m.start(1) < s_start or m.end(1) >= crime_start:
        return False
    gap = _SUBJECT_GAP.fullmatch(text, m.end(1), crime_start)
    if gap is None or (long and not set(gap.group().split()[1:]) <= _AUX_GAP):
        return False  # a long comment: the act right after the word ("Costa notarized ...")
    word = m.group(1)
    folded = fold_term(word)
    # A given name that is also a word ("Carmen", "Rosa", "Ray"): a name only when the act
    # follows it at once or past a clitic ("Rosa lava dinero", "Guadalupe le robó"), so
    # "Rosa mexicano" and "Ray of hope" stay words.
    given = folded in _GIVEN_WORDS and set(gap.group().split()) <= _CLITICS
    if not _name_word(an, text, word, dictionary=given):
        return False
    return given or not any(u.text == folded and u.code != "w" for u in an.units)


# Given names that are also dictionary words, ours: read as a name only as the subject right
# before an act (`_subject_name`).
_GIVEN_WORDS = frozenset(
    {"carmen", "rosa", "ray", "guadalupe", "luz", "dolores", "pilar", "mercedes", "consuelo",
     "soledad", "rocio", "amparo", "esperanza", "paz", "gloria", "cruz", "rey", "socorro",
     "angeles", "concepcion", "remedios", "milagros", "victoria", "clemente", "modesto",
     "prudencio", "leal", "bill", "rob", "mark", "jack", "frank", "grace", "hope",
     "faith", "joy", "dawn", "april", "june", "rose", "lily", "ivy", "pat", "sue", "rich",
     "carol", "ruby", "hunter", "art", "bob", "pierce", "mike", "nick", "sandy", "dean",
     "gene", "miles", "wade", "rusty", "bud", "sal", "trini"}
)  # fmt: skip
# A sentence's first word after a greeting ("Hola, Carmen estafó ...", "Hey, Ray took ...").
_GREETED_WORD = re.compile(
    r"[\W_]*(?i:hola|hi|hey|hello|oye|oigan|buenas|fyi|psst)(?:\s+(?i:all|todos|a\s+todos))?"
    r"[\s,!:.]+([A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,})(?=['’]s?\b|[\s,])"
)


# Times and places that open a sentence typed in lower case.
_WHEN = frozenset({"ayer", "hoy", "anoche", "manana", "ahora", "aqui", "aca", "alla", "neta",
                   "today", "yesterday", "tonight", "tomorrow", "here", "there", "now",
                   "lol", "jaja", "jajaja", "omg"})  # fmt: skip
# A sentence's first word in a comment typed all in lower case.
_OPENING_LOWER = re.compile(r"(?:^|[.!?]\s+|\n)[\W_]*([a-záéíóúñ]{3,})(?=\s)")


def _lower_subject(an: Analysis, text: str, s_start: int, crime_start: int) -> bool:
    """A short Spanish comment typed all in lower case names someone in lower case too ("mendoza
    cobra en la nómina de la empresa"): the sentence's first word, the act right after it,
    and the word no stop word, dictionary word, lexicon term, place word or substance."""
    m = _OPENING_LOWER.match(text, s_start) or _OPENING_LOWER.match(text, max(0, s_start - 2))
    if m is None or m.start(1) < s_start or not text[m.end(1) : crime_start].isspace():
        return False
    folded = fold_term(m.group(1))
    if folded in any_stopwords(an.lex) or folded in an.lex.vocab or folded in _QUANTITIES:
        return False
    if folded in _WHEN or (an.lang == "es" and text[crime_start:].split()[0].endswith("n")):
        return False  # "ayer roban en la tienda": a time, and a plural verb names no one
    if folded in _NOT_NAMES or folded in _THINGS or _common_plural(folded, an):
        return False
    return not any(u.text == folded and u.entry is not None for u in an.units)


def _name_word(an: Analysis, text: str, word: str, *, dictionary: bool = False) -> bool:
    """The one test of the name readers: a capitalised word may be a person's name unless it is
    a stop word of either language, a dictionary word (unless `dictionary`: the comment shows
    it to be a name otherwise), a word of a place's name ("San", "Lake"), a substance that does
    harm ("Fentanyl"), an "-ies" plural ("Pharmacies": a kind of business) or a word the comment
    also writes in lower case."""
    folded = fold_term(word)
    if folded in any_stopwords(an.lex) or (folded in an.lex.vocab and not dictionary):
        return False
    if folded in _NOT_NAMES or folded in _THINGS or _common_plural(folded, an):
        return False
    if folded in _ORGANISATION_NAMES:
        return False  # "Hezbollah", "Hamas": a named organisation
    return word.lower() not in _lower_words(an, text)


# A whole word in lower case (letters only, between word boundaries).
_LOWER_WORD = re.compile(r"\b[a-záéíóúñ]+\b")


def _lower_words(an: Analysis, text: str) -> frozenset[str]:
    """The words the comment writes in lower case, found once per comment."""
    found = an.memo.get("libel.lower")
    if found is None or found[0] is not text:
        found = (text, frozenset(_LOWER_WORD.findall(text)))
        an.memo["libel.lower"] = found
    return found[1]


def _name_spans(an: Analysis, sub: Submission) -> tuple[tuple[int, int], ...]:
    """Where the comment names a person: a full name, a commenter, an honorific's surname, one
    given name placed by the comment, an @handle, and every use of a surname these show. The
    claim reader, `insinuated_gain` and `names_person` (for each coded insinuation) all ask for
    it, so it is found once per comment and kept on the analysis."""
    found = an.memo.get("libel.names")
    if found is None or found[0] is not sub:
        found = (sub, tuple(_find_name_spans(an, sub)))
        an.memo["libel.names"] = found
    return found[1]


def _find_name_spans(an: Analysis, sub: Submission) -> list[tuple[int, int]]:
    spans = []
    text = sub.text
    stop = any_stopwords(an.lex)
    for m in _NAME.finditer(text):
        words = m.group().split()
        if words[0].lower() in _NOT_NAMES:
            if words[0] == "The" and len(words) > 2 and _PLACED_TITLE.match(text, m.end()):
                # "The Costa Verde DA": the sentence's article, then the place of an office
                spans.append((m.start() + m.group().index(words[1], len(words[0])), m.end()))
            continue
        if fold_term(words[0]) in stop and len(words) == 2:
            continue  # "En Reynosa", "In Laredo": a capitalised first word and a place
        spans.append(m.span())
    folded = an.norm.text
    for name in sub.context.participants():
        f = fold_term(name)
        if f and f in folded:
            k = folded.index(f)
            spans.append(an.norm.span(k, k + len(f)))
    spans.extend(m.span() for m in _HONORIFIC.finditer(text))
    for m in _ONE_NAME.finditer(text):
        spans.append(next(m.span(g) for g in range(1, 6) if m.group(g)))
    for m in re.finditer(r"@\w+", text):
        spans.append(m.span())
    spans.extend(_surname_spans(an, text, spans))
    spans.extend(_family_spans(an, text))
    return spans


# A family or a clan named by its surname: "los Quintero", "la familia Ochoa", "el clan
# Salazar", "the Vance family", "the Garza brothers". Spanish plurals after "los" ("Los Pinos",
# "los Halcones", "Las Palmas") are places and teams: a surname after "los" ends in no "s"
# (or in "-ez": "los Domínguez").
_FAMILY = re.compile(
    r"\b(?:[Ll]os|[Ll]as)\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:ez)?)(?<![^z]s)\b(?!\s+[A-ZÁÉÍÓÚÑ])"
    r"|\b(?:[Ff]amilia|[Cc]lan)\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\b"
    r"|\b([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\s+(?:brothers|family|clan|cousins)\b"
)


def _family_spans(an: Analysis, text: str) -> tuple[tuple[int, int], ...]:
    """Where the comment names a family by its surname (`_FAMILY`), the whole phrase: no stop
    word, place word, group or other lexicon term ("the Muslim family", "my family")."""
    found = an.memo.get("libel.families")
    if found is not None and found[0] is text:
        return found[1]
    spans = []
    if (
        "famil" in text
        or "clan" in text
        or "brothers" in text
        or "cousins" in text
        or ("los " in text.lower() or "las " in text.lower())
    ):
        starts = [u.start for u in an.units]
        for m in _FAMILY.finditer(text):
            g = next(g for g in (1, 2, 3) if m.group(g))
            word = m.group(g)
            folded = fold_term(word)
            if not _name_word(an, text, word, dictionary=True):
                continue
            if folded in an.lex.words or folded + "s" in an.lex.words:
                continue  # a people or a faith the lexicon knows ("the Korean family")
            at = _folded_at(an, m.start(g))
            k = bisect.bisect_right(starts, at) - 1
            if k >= 0 and an.units[k].entry is not None and an.units[k].start == at:
                continue  # a group or a party the lexicon knows ("the Muslim family", "los Zetas")
            spans.append(m.span())
    found = (text, tuple(spans))
    an.memo["libel.families"] = found
    return found[1]


# An office right after a capitalised place ("The Costa Verde DA", "The Piedras Rojas police
# chief"): one person, as a name would be.
_PLACED_TITLE = re.compile(
    r"\s+(?:DA|D\.A\.|sheriff|mayor|police\s+chief|fire\s+chief|constable|judge|coach|principal|"
    r"superintendent|city\s+manager|county\s+judge|district\s+attorney)\b"
)


# A capitalised word: a possible surname ("Kessler", "Olvera").
_CAP_WORD = re.compile(r"(?<![\w'’])[A-ZÁÉÍÓÚÑ][a-záéíóúñ]{2,}(?![\w-])")
# Before a capitalised word these make it a sentence's first word, not evidence of a name.
_OPENS = re.compile(r"(?:^|[.!?¿¡\n]|\.\.\.)[\W_]*$")
# Before a capitalised word these make it a place or a body ("in Reynosa", "de Monterrey").
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|from|to|near|of|into|en|de|del|desde|hacia|cerca de|the|el|la|los|las|"
    r"colonia|barrio|fraccionamiento|calle|street|avenue|avenida|county|condado|city|ciudad|"
    r"town|pueblo|ejido|rancho|parish|parroquia|school|escuela)\s+$",
    re.IGNORECASE,
)


_NEXT_CAP = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’.-]*\s+$|\s+[A-ZÁÉÍÓÚÑ]")
# The capitalised word right before (its own end at the surname's start): "Guardia Nacional".
# Searched on the few characters before, so only the word next to it counts, not "County" in
# "in Cuervo County knows Pruitt".
_CAP_BEFORE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’.-]*\s+$")


def _folded_at(an: Analysis, k: int) -> int:
    """The normalised-text offset of original offset k (the first that maps at or after it)."""
    origin = an.norm.origin
    if not origin:
        return k
    return bisect.bisect_left(origin, k)


def _surname_spans(an: Analysis, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Every capitalised use of a word the comment shows to be a surname: the last word of a
    full name or an honorific's ("Frank Delgado ... Delgado took"), or a word no dictionary
    holds, written capitalised inside a sentence and never in lower case ("since everyone is
    talking about Kessler"). A long comment opens its sentences with such a surname as often
    as with a name; a place keeps its preposition ("in Reynosa")."""
    stop = any_stopwords(an.lex)
    known = set()
    for a, b in spans:
        word = text[a:b].split()[-1].strip("@.,")
        if len(word) >= 3 and word[:1].isupper() and fold_term(word) not in stop:
            known.add(word)
    caps = list(_CAP_WORD.finditer(text))
    if not caps:
        return []
    starts = [u.start for u in an.units]
    for m in caps:
        word = m.group()
        if word in known:
            continue
        before = text[max(0, m.start() - 16) : m.start()]
        if _OPENS.search(before):
            if not _opening_surname(an, text, m):
                continue
        elif not _name_word(an, text, word) or _PLACE_BEFORE.search(before):
            continue
        if _CAP_BEFORE.search(before) or _NEXT_CAP.match(text, m.end()):
            continue  # a word of a longer proper name ("Guardia Nacional", "Santo Domingo")
        at = _folded_at(an, m.start())
        k = bisect.bisect_left(starts, at)  # the word's own unit, not the "is" of its "'s"
        if k == len(starts) or starts[k] != at:
            k -= 1
        if k >= 0 and an.units[k].entry is not None:
            continue  # a lexicon term: a country, a group, a title
        known.add(word)
    taken = set(spans)
    return [m.span() for m in caps if m.group() in known and m.span() not in taken]


# After a sentence's first word: its verb, maybe an "'s" ("Tate's a lovely person").
_NEXT_WORD = re.compile(r"(['’]s\b)?\s+([a-záéíóúñ]+)")
# Stop words that may follow a surname as its verb ("Rivers is ...", "Soto le pagó ...").
_AUX = frozenset({"is", "was", "has", "had", "does", "did", "will", "would", "can", "es", "era",
                  "fue", "ha", "habia", "tiene", "tenia", "le", "les", "se", "lo", "la",
                  "sigue", "siempre", "nunca", "never", "always", "also", "still",
                  "just"})  # fmt: skip
# A singular person referred back to: what shows a sentence's first word to be someone.
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|himself|herself|él|ella)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")
_CLITIC_ONE = re.compile(r"\b(?:le|lo)\b")
# Numbers, quantities and times that open a sentence: never someone.
_QUANTITIES = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
     "hundred", "thousand", "first", "second", "third", "last", "next", "many", "several",
     "dozens", "hundreds", "thousands", "half", "uno", "dos", "tres", "cuatro", "cinco", "seis",
     "siete", "ocho", "nueve", "diez", "veinte", "cien", "mil", "primero", "primera", "ultimo",
     "ultima", "muchos", "muchas", "varios", "varias", "algunos", "algunas", "pocos", "pocas",
     "otros", "otras", "ambos", "ambas", "cientos", "miles", "decenas", "mitad"}
)  # fmt: skip


def _opening_surname(an: Analysis, text: str, m: re.Match) -> bool:
    """A sentence's first word that is a surname though a dictionary holds it ("Delgado took
    the offer because they paid off his house", "Tate's a lovely person ..., I'll give her
    that"): no stop word, adverb, place word or word written in lower case, followed by its
    verb, and the sentence or the next refers back to one person ("he", "his", "her", "él")."""
    word = m.group()
    if not _name_word(an, text, word, dictionary=True) or word.endswith(("ly", "mente")):
        return False
    nxt = _NEXT_WORD.match(text, m.end())
    if nxt is None:
        return False
    verb = nxt.group(2)
    folded = fold_term(word)
    if folded in _QUANTITIES:
        return False  # "Two years for ...", "Muchos se salen ...": no one
    if not nxt.group(1):
        if verb in any_stopwords(an.lex) and verb not in _AUX:
            return False  # "Yesterday he ...": the subject comes after
        if an.lang == "en" and word.endswith("s") and not (verb in _AUX or verb.endswith("s")):
            return False  # "Parents know ...": a plural
    # A word the dictionary holds needs "he"/"her" in its own sentence; another, in the next.
    end = m.end()
    for _ in range(1 if folded in an.lex.vocab else 2):
        found = _SENTENCE_END.search(text, end + 1)
        end = found.end() if found else len(text)
    rest = text[m.end() : end].lower()
    if _PERSON_PRONOUN.search(rest):
        return True
    # a word no dictionary holds, before a verb of the third person ("aceptó", "sigue"): a
    # Spanish clitic for one person does ("Mendoza aceptó ... porque la empresa le pagó la
    # casa"); "Llevo treinta años ...", "Conozco a un muchacho ..." are the writer's verbs
    return (
        an.lang == "es"
        and folded not in an.lex.vocab
        and (verb in _AUX or verb.endswith("ó"))
        and _CLITIC_ONE.search(rest) is not None
    )


# A capitalised pair after one of these is a place ("in Harlan Flats", "en Cedar Bluff").
_LOCATIVE = re.compile(
    r"\b(?:in|at|from|to|near|of|into|en|de|del|desde|hacia|por|cerca de)\s*$", re.IGNORECASE
)


def names_person(an: Analysis, sub: Submission, sentences: range) -> bool:
    """The sentences name one person or an office held by one: a title that identifies ("the
    mayor", "el juez"), a name that is no place ("Roberto Fierro", not "in Harlan Flats"), an
    honorific or an @handle. What an insinuation is aimed at when no protected group is named
    (rules/coded.py): a charge against that person, which is libel, not hate."""
    units = [u for u in an.units if u.sentence in sentences]
    if not units:
        return False
    if any(u.has("title") and _identifies(an, u, sub.text) for u in units):
        return True
    start = an.span(units[0].index, units[0].index)[0]
    end = an.span(units[-1].index, units[-1].index)[1]
    for a, _end in _name_spans(an, sub):
        if start <= a < end and not _LOCATIVE.search(sub.text, max(0, a - 12), a):
            return True
    return False


# Someone's kin handed public money or a post: "the contract went to his brother-in-law",
# "la obra se la dieron a su cuñado", "metió a su primo en la nómina".
_FAVOUR = re.compile(
    r"\b(?:contracts?|bids?|jobs?|payroll|posts?|permits?|licen[cs]es?|grants?|contratos?|"
    r"obras?|licitacion\w*|plazas?|puestos?|nomina|permisos?|concesion\w*|chambas?)\b"
)
_OWN_KIN = re.compile(
    rf"\b(?:his|her|su|sus)\s+(?:own\s+|propi[oa]s?\s+)?(?:{_KIN_EN}|{_KIN_ES})\b"
)


def kin_favoured(an: Analysis, sentences: range) -> bool:
    """The sentences tell of someone's kin and a contract or a post: a charge of nepotism
    against whoever gave it, a person even when unnamed."""
    units = [u for u in an.units if u.sentence in sentences]
    if not units:
        return False
    text = an.norm.text
    start, end = units[0].start, units[-1].end
    return bool(_FAVOUR.search(text, start, end) and _OWN_KIN.search(text, start, end))


# A charge left to the reader: the comment points at a gain or a tie and closes with a cue
# that the reader should draw the conclusion ("think about it", "saquen sus conclusiones",
# "qué curioso que ...", "nomás pregunto", "claro, coincidencia").
# Behind a substring test (`Prefiltered`): its lead-in ("^" or a mark) opens no literal, so the
# regex engine tries it at every position of every comment; hardly any holds one of its phrases.
_LEFT_TO_READER = Prefiltered(
    re.compile(
        r"(?:^|[.!?,:;]\s*|\.\.\.\s*)(?:think about it|piensenle|piensenlo|pienselo|"
        r"(?:you )?do the math|haganle cuentas|(?:ustedes )?saquen (?:sus )?(?:propias )?"
        r"(?:conclusiones|cuentas)|(?:yo )?nomas pregunto|solo pregunto|just asking(?: questions)?|"
        r"connect the dots|aten cabos|claro,? (?:pura )?coincidencia|pura coincidencia|"
        r"total coincidence)\s*(?:[.!?]|$)|"
        r"\b(?:que curioso que|everyone knows where|(?:todos|todo (?:el )?mundo) sabe[n]? "
        r"(?:de )?donde)\b"
    )
)
# What the reader is pointed at: money or goods come by, a payer, a tie, a timing.
_GAIN = re.compile(
    r"\b(?:estreno|estrena|new (?:truck|house|car|boat)|lake house|cash|money|dinero|lana|"
    r"troca|camioneta|casa|house|sponsor|patrocinador|paid|pago|pagaron|contracts?|contratos?|"
    r"right after|justo despues|same month|mismo mes|donations|limosna|cuentas|load|"
    rf"cargamento|laundromat|lavadero|{_BAD_PARTY})\b"
)


# A coincidence pointed at ("funny how ...", "interesting that ...", "qué casualidad que ...",
# "raro que ...", "... coincidence?"): the writer hints, and the charge is what it points at.
_HINTED = Prefiltered(
    re.compile(
        r"\b(?:(?:funny|interesting|curious) (?:how|that)|(?:(?:que|q|muy|bien|nada) )?"
        r"(?:casualidad|raro|curioso|conveniente) (?:que|q)|se me hace (?:muy )?(?:raro|curioso|"
        r"conveniente) que)\b|\b(?:coincidence|coincidencia|casualidad)\?|"
        r"\b(?:que|q|what a) (?:casualidad|coincidencia|coincidence)\b"
    )
)
# What a hint points at about a person: kin handed a contract or a post, a purchase or a new
# possession, a gain timed right after a vote or a ruling ("got the paving contract", "bought a
# lake house right after the ruling", "se compró un rancho", "estrena camioneta").
# Kin words a hint names, in English and Spanish.
_KIN_WORDS = (
    r"brother-in-law|sister-in-law|son-in-law|brother|sister|wife|husband|son|daughter|"
    r"nephew|niece|cousin|cunad[oa]|herman[oa]|espos[oa]|hij[oa]|sobrin[oa]|prim[oa]|yerno|"
    r"compadre"
)
_HINTED_GAIN = re.compile(
    rf"\b(?:{_KIN_WORDS})(?:'s)?\s+(?:\w+\s+){{0,4}}?(?:got|gets|landed|won|opened|sits|tiene|gano|"
    r"consiguio|abrio|se quedo)\b|"
    r"\b(?:got|gets|landed|won|went to)\s+(?:the\s+|that\s+|a\s+)?(?:\w+\s+){0,2}?"
    r"(?:contract|bid|permit|job|abatement)\b|"
    r"\b(?:new|brand new|nueva|nuevo)\s+(?:truck|boat|house|car|f-\d+|ranch|camioneta|casa|"
    r"troca|rancho)\b|\b(?:lake house|estren\w*|se compro|bought (?:a|that|the) (?:\w+\s+)?"
    r"(?:house|ranch|boat|truck))\b|"
    r"\b(?:right after|the same (?:month|week|spring|year)|weeks? after|months? after|"
    r"justo despues|justo la semana|a los (?:dos|tres|pocos) (?:meses|dias|semanas))\b"
)
# Kin and a post, a contract or a business in the same few sentences: "the bid went to
# Pruitt's brother-in-law", "owned by the sheriff's brother-in-law", "la sobrina del regidor
# es ahora la jefa", "la agencia del cuñado de la secretaria".
_HINTED_KIN = re.compile(rf"\b(?:{_KIN_WORDS}|kid|suegr[oa])(?:'s)?\b")
_HINTED_POST = re.compile(
    rf"{_FAVOUR.pattern}|\b(?:company|companies|firm|outfit|business|llc|agency|empresa|"
    r"agencia|constructora|despacho|jef[ea]|director[a]?|board|owned by|works (?:in|at|for)|"
    r"trabaja (?:en|para))\b"
)


def _hinted_gain(an: Analysis, sub: Submission) -> re.Match | None:
    """A coincidence pointed at in a sentence that, with the next one, tells of a gain."""
    text = an.norm.text
    for cue in _HINTED.finditer(text):
        k = _folded_unit(an, cue.start())
        sentence = an.units[k].sentence if k is not None else 0
        units = [u for u in an.units if sentence - 1 <= u.sentence <= sentence + 1]
        if not units:
            continue
        start, end = units[0].start, units[-1].end
        if _HINTED_GAIN.search(text, start, end) or (
            _HINTED_KIN.search(text, start, end) and _HINTED_POST.search(text, start, end)
        ):
            return cue
    return None


def _folded_unit(an: Analysis, at: int) -> int | None:
    """The unit at or right after normalised offset `at`."""
    return next((u.index for u in an.units if u.end > at), None)


@rule("libel.insinuated_gain", Category.LIBEL)
def insinuated_gain(an: Analysis, sub: Submission) -> list[Hit]:
    """A gain or a tie hinted about a named person and left to the reader, with no source:
    held as libel, never rejected (a group named is left to the hate rules)."""
    text = an.norm.text
    cue = _LEFT_TO_READER.search(text)
    if cue is not None and not (_GAIN.search(text) or _OWN_KIN.search(text)):
        cue = None
    hinted = cue is None
    if hinted:
        cue = _hinted_gain(an, sub)
    if cue is None or _URL.search(sub.text):
        return []
    if "G" in an.codes or "g" in an.codes:
        return []
    if any(_attributes(an, u) and not _hearsay(an, u) for u in an.with_class("attribution")):
        return []
    if not (
        _name_spans(an, sub)
        or _opening_name(an, sub.text)
        or _titled_name(an, sub.text)
        or (hinted and any(_identifies(an, u, sub.text) for u in an.with_class("title")))
    ):
        return []  # a name, not an office many hold ("the same commissioners")
    return [
        Hit(
            "libel.insinuated_gain",
            0.6,
            (an.norm.span(cue.start(), cue.end()),),
            "a gain or tie hinted about a person and left to the reader",
            True,
        )
    ]


def _titled_name(an: Analysis, text: str) -> bool:
    """A title with a name after it ("el padre Anselmo", "Coach H")."""
    return any(
        _NAME_AFTER.match(text, an.span(u.index, u.index)[1]) for u in an.with_class("title")
    )


def _opening_name(an: Analysis, text: str) -> bool:
    """Some sentence opens with a capitalised word that is no stop word, dictionary word or
    word the comment writes in lower case: a surname ("Mendoza firmó ...")."""
    return any(_name_word(an, text, m.group(1)) for m in _OPENING_WORD.finditer(text))
