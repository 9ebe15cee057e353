"""`libel.unattributed_claim`: a crime or a disgraceful act stated as fact about a person the
comment identifies, with no source or hedge; the sentence walk that keeps a person as the subject
from one sentence to the next."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.lexicon import skipping
from moderation.policy.normalize import fold_term
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.libel.acts import _acts
from moderation.policy.rules.libel.bodies import body_or_place, of_body, office_of
from moderation.policy.rules.libel.claimed import WRITER_SAYS, _claimed
from moderation.policy.rules.libel.doer import identifies
from moderation.policy.rules.libel.framed_acts import outfit_trades_listed, proof_required
from moderation.policy.rules.libel.handles import HANDLE
from moderation.policy.rules.libel.hearsay import hearsay, rumour_doubted, rumour_passed_on
from moderation.policy.rules.libel.name_spans import CAP_WORD, _name_spans
from moderation.policy.rules.libel.names import (
    HONORIFIC,
    NAME,
    NOT_PEOPLE,
    ONE_NAME,
    OPENING_WORD,
)
from moderation.policy.rules.libel.other_subject import (
    accusation_told,
    group_does_it,
    road_traffic,
    writer_origin,
)
from moderation.policy.rules.libel.plain_acts import (
    office_called_sellout,
    sold_plainly,
    thing_called,
)
from moderation.policy.rules.libel.source_fronted import fronted_sources
from moderation.policy.rules.libel.sources import (
    URL,
    attributes,
    bodies_say,
    trailing_sources,
    vouched_from,
)
from moderation.policy.rules.libel.words import CONJUNCTIONS, DEFINITE
from moderation.policy.types import Category, Submission

# A date long past in the claim's sentence: the historical record ("in 1918", "during World
# War II", "en el siglo XIX"), about people no longer living.
_HISTORIC = re.compile(
    r"\b(?:1[5-8]\d\d|19[0-5]\d)\b|\b(?:ww ?(?:i|ii|1|2)|world war (?:i|ii|one|two|1|2)|"
    r"(?:first|second) world war|(?:primera|segunda) guerra mundial|guerra civil|civil war|"
    r"revolucion mexicana|mexican revolution|siglo (?:xv|xvi|xvii|xviii|xix)|"
    r"(?:15|16|17|18)th century)\b"
)


# A story's plot retold: what its characters do defames no one.
FICTION = re.compile(
    r"\b(?:telenovela|novela|episodio|capitulo de anoche|personaje|personajes|spoilers?|"
    r"episode|sitcom|the character|characters|the plot|la trama|pelicula|peli|"
    r"(?:the|this|that|new|a)\s+(?:\w+\s+)?(?:movie|film)|la serie)\b"
)


@rule("libel.unattributed_claim", Category.LIBEL)
def unattributed_claim(an: Analysis, sub: Submission) -> list[Hit]:
    if not _may_name_someone(an, sub):
        return []  # no title, name, @handle or "you are": nobody to defame
    acts = _acts(an)
    if not acts:
        return []
    if URL.search(sub.text):
        return []  # a link is a source for the whole comment
    if FICTION.search(an.norm.text):
        return []  # "en la novela ... mandó matar al esposo": a plot retold, no one defamed
    # A source covers its own sentence, the one before it ("Mayor X took bribes. The Ledger
    # reported it."), and later sentences about the same person or with no person of their
    # own; a report on homicide figures does not source a claim about the mayor.
    sourced = (
        {
            u.sentence
            for u in an.with_class("attribution")
            if attributes(an, u) and not hearsay(an, u)
        }
        | bodies_say(an)
        | trailing_sources(an)
        | fronted_sources(an)
    )
    names = _name_spans(an, sub)
    text = an.norm.text
    person_before = False  # the previous sentence named a person ("Diaz? He rigged it.")
    people_sourced: set[str] = set()  # the people named in sentences with a source
    last_start: int | None = None  # where the sentence before starts: its date dates this one
    for base, codes in an.sentences:
        sentence = an.units[base].sentence
        units = list(an.units[base : base + len(codes)])  # one code letter per unit
        prev_start = units[0].start if last_start is None else last_start
        last_start = units[0].start
        s_start = an.norm.origin[units[0].start] if an.norm.origin else 0
        s_end = an.span(units[-1].index, units[-1].index)[1]
        here = [(a, b) for a, b in names if s_start <= a < s_end]
        bodies = [(a, b) for a, b in here if of_body(sub.text, a, b)]
        # a surname read off a body's place ("Seca" of "la policía de Villa Seca") is the place
        named = [
            a
            for a, b in here
            if not body_or_place(sub.text, a, b)
            and not writer_origin(sub.text, a)
            and fold_term(sub.text[a:b]) not in NOT_PEOPLE  # "Chiapas se llenó de ...": a place
            and not any(p <= a and b <= q for p, q in bodies)
        ]
        titles = [
            u.index
            for u in units
            if u.has("title") and identifies(an, u, sub.text) and not office_of(an, u)
        ]
        crimes = [
            an.units[k]
            for k in acts
            if an.units[k].sentence == sentence and not _topic(an, k) and not road_traffic(an, k)
        ]
        opener = _opener(an, units)
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
        own = vouched_from(an, units)
        mine = [c for c in crimes if own is not None and c.start >= own]
        if mine:
            crimes = mine  # "Según X ..., pero yo sé que ...": the writer's own claim, unsourced
            # "..., but I know for a fact he also ...", "pero yo sé que también cobra ...": the
            # person named before the vouching is still the subject
            carried = carried or ((recent or bool(people)) and _goes_on(an, own))
        elif sentence in sourced or sentence + 1 in sourced:
            continue
        elif people_sourced and (carried or not people or people & people_sourced):
            continue  # "According to the indictment, Judge X ... He also ..."
        if any(u.text in _CONDITIONAL for u in units[:3]):
            continue  # "If the mayor took bribes, ...": a supposition
        if _HISTORIC.search(text, prev_start, units[-1].end):
            continue  # "The massacre of 1918. Rangers killed ...": history, no one living defamed
        crimes = [
            c
            for c in crimes
            if not _hedged(an, units, c)
            and not _quoted_and_refuted(an, c)
            and not _suffered(an, sub.text, c)
            and not thing_called(an, units, c)
            and not sold_plainly(an, c)
            and not office_called_sellout(an, units, c)
            and not outfit_trades_listed(an, units, c)
            and not proof_required(an, units, c)
            and not group_does_it(an, sub.text, c)
            and not accusation_told(text, units[0].start, c.start)
        ]
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


# A contrast that closes the clause before it: a hedge there qualifies that clause only.
_CONTRAST = re.compile(r"\b(?:but|however|though|pero|sin embargo|aunque|mas no)\b")


# What opens a vouched clause that keeps the subject before it: a pronoun, or (Spanish drops
# the subject) an adverb, a clitic or the verb itself.
_GOES_ON_AFTER = re.compile(
    r"\s*(?:that\s+)?(?:he|she|him|his|her|el|ella|also|still|even|already|tambien|ademas|"
    r"todavia|sigue|ya|siempre|se|le|les|lo|la)\b"
)


def _goes_on(an: Analysis, own: int | None) -> bool:
    """The clause the writer vouches for from `own` goes on about the person named before it
    (`_GOES_ON_AFTER`), or opens with its act."""
    if own is None:
        return False
    k = an.unit_at(own + 1)
    return bool(_GOES_ON_AFTER.match(an.norm.text, own)) or (
        k is not None and an.units[k].has("crime")
    )


def _hedged(an: Analysis, units: list[Unit], crime: Unit) -> bool:
    """A hedge qualifies the act unless a contrast closes the hedge's own clause before it:
    "Mayor X may have taken cash" and "X took cash, I think" are hedged, "I could be wrong
    about the budget, but Mayor X took cash" and "quizás el parque quedó bien, pero el alcalde
    se embolsó ..." state the act (as a negation is scoped, see `claimed._negation_ends`)."""
    text = an.norm.text
    if rumour_doubted(an, units[0].start, crime.start):
        return True  # "Se comenta que X desvió fondos, pero nadie ha presentado nada."
    for u in units:
        if not u.has("hedge"):
            continue
        if rumour_passed_on(an, u):
            continue  # "Dicen que el regidor X cobra mordidas.": a rumour spread, not a doubt
        if u.index < crime.index:
            m = _CONTRAST.search(text, u.end, crime.start)
            if m is not None and text[u.end : m.start()].strip(" ,;:"):
                continue  # "maybe the budget is fine, but ...": the hedge's clause is closed
        return True
    return False


# A victim's clitic before an impersonal third-person plural ("me robaron", "les robaron todo
# en el camino", "nos extorsionaron", "a Chuy lo estafaron"): a crime suffered, its doers
# unnamed.
_VICTIM_CLITICS = frozenset({"me", "te", "nos", "os", "le", "les", "lo", "la"})
_THIRD_PLURAL = re.compile(r"(?:aron|ieron|eron|aban|ian)$")
# Acts whose clitic is their victim: robbed, mugged, extorted, beaten, threatened, swindled,
# kidnapped, shot at ("le pagaron a Soto" is a bribe, its clitic the one paid).
_VICTIM_ACTS = (
    "rob",
    "asalt",
    "extorsion",
    "golpe",
    "amenaz",
    "quit",
    "estaf",
    "secuestr",
    "dispar",
    "balace",
    "atac",
    "agred",
    "despoj",
    "bajaron",
    "tranz",
    "defraud",
    "violaron",
    "mataron",
)


def _suffered(an: Analysis, text: str, crime: Unit) -> bool:
    """The act is told by its victim, in Spanish's impersonal plural (see `_VICTIM_CLITICS`),
    and its sentence names no one before it: no title, no capitalised name but a place after
    "de", "en", "a" or "por" ("el alcalde Ruiz y su hermano me robaron", "los policías de
    Tapachula me extorsionaron" name the doers; "son de Honduras y les robaron" does not)."""
    if an.lang != "es" or crime.index < 1 or " " in crime.text:
        return False
    prev = an.units[crime.index - 1]
    if prev.sentence != crime.sentence or prev.text not in _VICTIM_CLITICS:
        return False
    if not _THIRD_PLURAL.search(crime.text) or not crime.text.startswith(_VICTIM_ACTS):
        return False
    before = [u for u in an.units[: prev.index] if u.sentence == crime.sentence]
    victim = False  # "Al alcalde Urrutia le robaron ...": the office after "a" and its name
    for k, u in enumerate(before):
        start, _end = an.span(u.index, u.index)
        upper = text[start : start + 1].isupper()
        if u.has("title") or u.text in _DOERS:
            j = k - 1 if k > 0 and before[k - 1].text not in ("la", "los", "las") else k - 2
            victim = j >= 0 and before[j].text in _TO  # "a la regidora Pons le robaron ..."
            if not victim:
                return False  # "el alcalde ... me robaron", "los policías me extorsionaron"
            continue
        if victim and upper:
            continue
        victim = False
        if k > 0 and upper and before[k - 1].text not in _PLACE_PREP:
            return False  # a name in the sentence: the doers may be named
    return True


_TO = frozenset({"a", "al"})
_PLACE_PREP = frozenset({"de", "en", "a", "al", "por", "desde", "hasta", "para", "del"})
# Bodies that do wrong as one: named as the doers, the act is charged to them.
_DOERS = frozenset(
    {"policias", "policia", "agentes", "militares", "soldados", "guardias", "uniformados",
     "funcionarios", "autoridades", "aduaneros", "federales", "municipales", "oficiales"}
)  # fmt: skip


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


def _may_name_someone(an: Analysis, sub: Submission) -> bool:
    """A cheap first test: something in the comment could identify a person."""
    ctx = sub.context
    # yes-or-no tests, the cheapest and likeliest first: a capitalised word passes 70% of the
    # benchmark's comments in under a microsecond, where `ONE_NAME` and `_HANDLE` try every
    # position (20-30 us each) and rarely match
    return bool(
        "title" in an.by_class
        or "@" in sub.text
        or "you" in an.prefixes
        or "eres" in an.prefixes
        or "fuis" in an.prefixes
        or ctx.participants()
        or sub.text == sub.text.lower()  # a name typed in lower case (`_lower_subject`)
        or _CAP_WORD_SEARCH.search(sub.text)
        or OPENING_WORD.search(sub.text)
        or _NAME_SEARCH.search(sub.text)
        or _HONORIFIC_SEARCH.search(sub.text)
        or HANDLE.search(sub.text)
        or ONE_NAME.search(sub.text)
    )


# `_may_name_someone`'s searches in `skipping`'s form: the same yes or no, found by jumping
# between the characters a match can open with (3-5x faster on the benchmark's comments).
_CAP_WORD_SEARCH = skipping(CAP_WORD)[0]
_NAME_SEARCH = skipping(NAME)[0]
_HONORIFIC_SEARCH = skipping(HONORIFIC)[0]


_CONDITIONAL = frozenset({"if", "si", "when", "cuando", "unless", "whether", "even if"})


def _topic(an: Analysis, k: int) -> bool:
    """A crime named as a topic ("documentó el fraude", "the smuggling case") or a third
    party ("el secuestrador", "the smuggler"), not an act of the person: a noun after a
    determiner (agent nouns after "a"/"un" stay predicates: "is a smuggler")."""
    u = an.units[k]
    if k == 0 or an.units[k - 1].sentence != u.sentence:
        return False
    before = an.units[k - 1].text
    if before in _CLEFT_ONE:
        return False  # "Linda's husband is the one trafficking kids": the doer, named
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
            and an.units[k - 2].text in DEFINITE
        )
    return u.text in _AGENT_NOUNS and before in DEFINITE


_CLEFT_ONE = frozenset({"one", "the one", "ones", "the ones"})
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


_DETERMINERS = DEFINITE | {"un", "una", "unos", "unas", "a", "an", "su", "sus", "his", "her"}


# A sentence opening with one of these continues about the person named just before.
_PRONOUN_SUBJECTS = frozenset(
    {"he", "she", "he is", "she is", "ella", "this guy", "that guy", "ese tipo", "ese wey",
     "guy", "the guy", "the man", "this man", "that man", "this woman", "that woman", "dude",
     "el tipo", "ese guey", "ese vato", "el vato", "the dude", "ese senor", "esa senora",
     "este senor", "esta senora", "ese hombre", "esa mujer", "ese sujeto", "ese individuo",
     "ese cuate", "that dude", "this dude"}
)  # fmt: skip


# A short aside between the person and what the comment says of them ("Come on. He met ...").
_ASIDES = frozenset({"come on", "aja", "please", "seriously", "really", "sure", "right",
                     "en serio", "claro", "vaya", "wow", "oh", "mmm", "hmm", "por favor",
                     "oh please", "give me a break", "no mames"})  # fmt: skip


# A Spanish sentence opening with a verb of the subject named before ("Es la razón por la que
# ...", "Tiene una casa ..."): it goes on about that person.
_GOES_ON_ES = frozenset({"es", "era", "fue", "tiene", "tenia", "ha", "lleva", "llevaba",
                         "sabe", "sabia", "siempre", "nunca", "ademas"})  # fmt: skip
_BEFORE_VERB_ES = frozenset({"le", "les", "se", "luego", "despues", "tambien", "ya", "hasta"})


def _opener(an: Analysis, units: list[Unit]) -> Unit:
    """The sentence's first unit past a conjunction, and past the writer's own frame of saying
    ("People should know she ...", "Solo quiero decir que él ...", `WRITER_SAYS`)."""
    first = units[1] if len(units) > 1 and units[0].text in CONJUNCTIONS else units[0]
    said = WRITER_SAYS.match(an.norm.text, first.start)
    if said is None:
        return first
    after = [u for u in units if u.start >= said.end()]
    if after and after[0].text in ("that", "que"):
        after = after[1:]
    return after[0] if after else first


def _act_first(an: Analysis, opener: Unit, crimes: list[Unit]) -> bool:
    """A sentence with no subject of its own that opens with the act, maybe past a clitic, an
    adverb or a copula ("Firmó las órdenes ...", "Le cambió las calificaciones ...", "Es un
    corrupto y un ladrón.", "Bought and paid for.", "Stealing from the taxpayers ..."): the
    subject is the one named before."""
    if not crimes or crimes[0].text in _ACT_NOUNS:
        return False  # "Fraude.": a verdict on something named before, maybe a firm
    if _NOTHING.match(an.norm.text, crimes[0].end):
        return False  # "Stole nothing, gave everything."
    if an.lang != "es" and (
        crimes[0].text.startswith(_HARM_EN)
        or any(u.code in ("C", "N") for u in an.sentence_units(crimes[0].sentence))
    ):
        return False  # "Killed at a traffic stop.": suffered; "stealing is a serious charge",
        # "Stole nothing."
    skip = _BEFORE_VERB_ES if an.lang == "es" else _BEFORE_ACT_EN
    k = opener.index
    copula = an.lang == "es" and opener.text in _COPULA_ES
    while k < crimes[0].index and (
        an.units[k].text in skip
        or (copula and (an.units[k].code in _VERDICT_CODES or an.units[k].text in _COPULA_ES))
    ):
        k += 1
    return k == crimes[0].index


_NOTHING = re.compile(r"\s+(?:nothing|no one|nobody|nada|a nadie)\b")
# "Es un corrupto y un ladrón.": past a dropped subject's copula, articles, "y" and other
# verdicts on the person ("corrupto") lead to the act.
_COPULA_ES = frozenset({"es", "era", "fue", "un", "una"})
_VERDICT_CODES = frozenset({"A", "B", "C", "X"})
# "Also paid off the inspector.", "A thief.": an English fragment whose subject is the person
# named before.
_BEFORE_ACT_EN = frozenset({"a", "an", "also", "just", "and", "then", "even", "plain"})
# A fragment opening with one of these tells harm suffered ("Killed at a traffic stop").
_HARM_EN = ("kill", "shot", "murder", "stabb", "beaten", "kidnap", "attack", "rob", "assault",
            "wound", "injur", "abduct", "rape", "hit", "run over", "gunned")  # fmt: skip


def _pronoun_subject(an: Analysis, text: str, first: Unit) -> bool:
    """The sentence opens with "he"/"she"/"él"/"ella"; "el" without its accent is the article
    ("El cártel cobra piso" is about the cartel), as are "este"/"ese" before a noun."""
    if first.text in _PRONOUN_SUBJECTS:
        return True
    k = first.index + 1
    if (
        k < len(an.units)
        and an.units[k].sentence == first.sentence
        and f"{first.text} {an.units[k].text}" in _PRONOUN_SUBJECTS
    ):
        return True  # "Ese señor vende ...", "This guy took ...": two words, two units
    start, end = an.span(first.index, first.index)
    return text[start:end].lower() == "él"
