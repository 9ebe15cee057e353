"""Whether an act found in a sentence is the writer's own statement that a person did it
(`_claimed`): not quoted, asked, negated, likened, fought, suffered or reported."""

from __future__ import annotations

import re

from moderation.policy import branch_trie
from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.libel.acts import passive_agents
from moderation.policy.rules.libel.bodies import names_organisation, relative_subject
from moderation.policy.rules.libel.deeds import (
    classified,
    counted,
    game_or_laugh,
    harm_suffered,
    no_victim,
    stops,
    writer_does,
)
from moderation.policy.rules.libel.doer import (
    addressee_did,
    new_subject,
    paid_one,
    paid_person,
    paid_to,
    plural_subject,
    you_did,
)
from moderation.policy.rules.libel.hearsay import RUMOURS, hearsay, rumour_passed_on
from moderation.policy.rules.libel.names import subject_name
from moderation.policy.rules.libel.opening_name import opening_surname
from moderation.policy.rules.libel.sources import (
    long_quote,
    public_adjective,
    vouched_from,
    writer_clause,
)
from moderation.policy.rules.libel.words import CLAUSE_BREAK
from moderation.policy.types import Submission

# A comparison right before the act ("like they pay him", "como si le pagaran") says the
# person acts as if it were so: a jibe, not a statement that it is.
_SIMILE = re.compile(r"\b(?:like|as if|as though|como si)\s*$")


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
    if crime.quoted and long_quote(sub.text, an.span(crime.index, crime.index)[0]):
        return False  # 'los mojados nomás vienen a robar', me gritaron: someone's words, told
    if an.asked(crime.sentence) and not _rhetorical(an, sub.text, units, crime):
        return False
    # "Lo que nadie dice es que ...", "the article forgot to mention that ...": the writer
    # asserts it; the negation and the saying are the frame, not a source or a denial.
    said = WRITER_SAYS.search(text, units[0].start, crime.start)
    said_end = said.end() if said else -1
    own = vouched_from(an, units)
    if own is not None and said_end < own <= crime.start:
        said_end = own  # "según X ..., pero yo sé que ...": a source before it is not his
    if any(
        u.code == "N"
        and u.start >= said_end
        and u.index < crime.index
        and not CLAUSE_BREAK.search(text, u.end, crime.start)
        and not _negation_ends(text, u.end, crime.start)
        and not (u.text == "no" and u.index > 0 and an.units[u.index - 1].text in _SAID_NO)
        and not _paralipsis(an, u)
        for u in units
    ):
        return False  # "never took a bribe"; a negation in an earlier clause does not count
    if _SIMILE.search(text[max(0, crime.start - 12) : crime.start]):
        return False  # "defending Walmart like they pay him": a joke simile, no claim
    if no_victim(an, crime) or writer_does(an, crime) or game_or_laugh(an, crime):
        return False  # "the author killed it", "se robó el show", "I'm stealing that"
    if harm_suffered(an, crime):
        return False  # "Officer Whitley was killed during the chase": the person suffered it
    before = [u for u in units if u.index < crime.index]
    if before and before[-1].text in _AGAINST:
        return False  # "a law against extortion", "la lucha contra el lavado"
    if classified(before) or counted(an, before, crime):
        return False  # "was classified as assault", "14 aggravated assaults in the county"
    if any(
        u.text in _VICTIM_NOUNS
        and not CLAUSE_BREAK.search(text, u.end, crime.start)
        and not new_subject(an, u, crime)
        for u in before
    ):
        return False  # "the killing of Mayor Ruiz is tied to the cartel": the person suffered it
    if any(
        u.has("report")
        and u.start >= said_end
        and not hearsay(an, u)
        and not rumour_passed_on(an, u)
        and not (u.text in RUMOURS and _CONTRAST_AFTER.search(text, u.end, crime.start))
        and not _denied_frame(an, u, crime)
        and not public_adjective(an, u)
        and not writer_clause(an, u)
        and not _said_closed(an, u, crime)
        and not _paralipsis(an, u)
        and not (u.index > 0 and _paralipsis(an, an.units[u.index - 1]))
        for u in before
    ):
        return False  # "Sheriff Dunn says the cartel ...": the person is a source
    punished = _PUNISHED.search(text, units[0].start, crime.start)
    if (not punished and any(stops(an, u, crime) for u in before)) or _FOUGHT.search(
        text, units[0].start, crime.start
    ):
        return False  # "Sheriff Bradley arrested two men for running guns", "denied taking"
    if names_organisation(an, crime):
        return False  # "Hezbollah is a terrorist organisation": a body, not a person
    if relative_subject(an, before):
        return False  # "filed charges against the man who beat his wife": someone else did it
    crime_start = an.span(crime.index, crime.index)[0]
    if not paid_to(an, crime) and plural_subject(an, before, named, titles):
        return False  # "the cartels don't use Western Union, they launder it through ..."
    person = (
        any(a < crime_start for a in named)
        or subject_name(an, sub.text, s_start, crime_start)
        or opening_surname(an, sub.text, s_start, crime_start)
        or any(k < crime.index for k in titles)
        or carried
        or you_did(before)
        or addressee_did(an, crime, before, punished)
        or paid_one(an, crime, titles, named, crime_start)
        or paid_person(an, sub.text, crime, recent)
        or crime.index in passive_agents(an)  # "... fue asesinado por el alcalde Ruiz"
    )
    if not person:
        return False
    # about a group: the hate rules judge that
    return not (any(u.code == "G" for u in before) and not (named or titles))


# Phrases before the act that make the person one who fought it.
_FOUGHT = re.compile(
    r"\b(?:took down|takes down|shut down|shuts down|broke up|breaks up|operation|operativo|"
    r"crackdown|sting|task force|dismantled|desmantelo|desarticulo)\b"
)


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
WRITER_SAYS = branch_trie.compile(
    r"\b(?:falto decir|falto mencionar|se (?:les|te|le) olvido (?:decir|mencionar)|"
    r"(?:lo que )?nadie (?:dice|menciona|quiere decir|te dice)|what (?:nobody|no one) "
    r"(?:says|mentions|tells you|will tell you|wants to say)|(?:nobody|no one) (?:mentions|"
    r"will tell you|wants to say)|(?:forgot|failed|neglected) to (?:mention|say)|"
    r"(?:does not|doesn't|didn't|did not) mention|what (?:\w+ ){0,3}?(?:does not|doesn't|"
    r"do not|don't|won't|will not) (?:say|tell you)|"
    r"never (?:mentions|mentioned|discloses|disclosed)|no (?:menciona|dice|dijo)|"
    r"(?:nunca|no|jamas|never|won'?t|doesn'?t|didn'?t|does not|did not|will not) (?:(?:lo|se|le|"
    r"ever|even)\s+)?(?:publica|publico|publican|publicaron|reporta|reporto|reportan|informa|"
    r"informo|saca|saco|sacan|report|reports|reported|publish|publishes|published|print|"
    r"prints|printed|cover|covers|covered)|"
    r"lo que no (?:dicen|mencionan|cuentan|te dicen|nos dicen|van a decir)|"
    r"(?:lo que )?nadie se atreve a decir|(?:nobody|no one) (?:dares|dared) (?:to )?say|"
    r"(?:hay que|cabe|vale|hay que|les) (?:decir|recordar|mencionar|aclarar|recuerdo)|"
    r"(?:solo |nomas )?(?:aclaro|recuerdo|les recuerdo|(?<!no )digo)|(?:lo )?digo claro|"
    r"(?:solo |nomas )?(?:quiero|quisiera) (?:decir|aclarar|recordar|comentar|agregar)(?= que)|"
    r"i (?:just )?(?:want|wanted) to (?:say|point out|mention|add)(?= that)|i'?d like to (?:say|"
    r"point out|mention|add)(?= that)|(?:people|you|voters|everyone|everybody|folks|parents|"
    r"readers|the public) (?:should|need to|ought to|deserve to|must) know|"
    r"(?:la gente|los votantes|todos|ustedes|el pueblo|los padres) (?:debe|deben|deberia|"
    r"deberian|tiene que|tienen que|merece|merecen) saber)\b"
    r"(?:\s+(?:es\s+)?(?:that|que|is that|es que))?"
)


# A negation does not reach past "but" or a reason: "Not to be dramatic but Councilman X paid
# off ...", "voted no because he gets a cut ...".
_NEGATION_ENDS = re.compile(r"\b(?:but|pero|because|porque|that's why|that is why|por eso)\b")

# "Dicen que es 'empresario', pero el tal X mueve droga ...": the rumour's clause is closed.
_CONTRAST_AFTER = re.compile(r"\b(?:but|however|pero|sin embargo|mas no)\b")


# A contrast that closes what someone said; "pero que"/"but that" carries the saying on.
_SAID_CONTRAST = re.compile(r"\b(?:but|however|pero|sin embargo|mas no)\b(?!\s+(?:que|that)\b)")


def _said_closed(an: Analysis, u: Unit, crime: Unit) -> bool:
    """A contrast after the words said and before the act closes the saying: "El alcalde dice
    que es honesto, pero se robó las becas", "Pruitt claims the deal was clean, but he took a
    bribe": the act after it is the writer's own, not the speaker's."""
    text = an.norm.text
    m = _SAID_CONTRAST.search(text, u.end, crime.start)
    return m is not None and bool(text[u.end : m.start()].strip(" ,;:"))


# "I'm not saying X took it ... but who else had the keys?", "Not saying she's on the take.
# Just saying.", "no digo que ..., nomás digo": the denial of saying it is the insinuation's
# frame when the comment closes by pointing at the person.
_NOT_SAYING = re.compile(
    r"\s*(?:saying|say|gonna say|going to say|accusing|decir|digo|diciendo|acuso|acusando)\b"
)
_POINTED = re.compile(
    r"\b(?:just saying|i'?m just saying|i'?ll just say|who else|think about it|draw your own "
    r"conclusions?|connect the dots|do the math|you do the math|just asking|if you know you know|"
    r"nomas digo|solo digo|nada mas digo|ahi lo dejo|quien mas|saquen sus (?:propias )?"
    r"(?:conclusiones|cuentas)|haganle como quieran|ustedes saquen)\b|"
    r"[.!?]\s+(?:yo\s+)?(?:solo\s+|nomas\s+)?digo que\b"  # "No digo que ... . Digo que ..."
)


def _paralipsis(an: Analysis, u: Unit) -> bool:
    """The negation denies saying it ("I'm not saying", "won't say", "no digo que") and the
    comment points at the person anyway (`_POINTED`): an insinuation, not a denial."""
    text = an.norm.text
    one_unit = u.has("report") and u.text.startswith(("no ", "not "))  # "no digo que"
    if not one_unit and (u.code != "N" or not _NOT_SAYING.match(text, u.end)):
        return False
    return _POINTED.search(text) is not None


# "voted no", "dijo que no": a vote or an answer, not a negation of what follows.
_SAID_NO = frozenset({"voted", "vote", "votes", "said", "says", "voto", "vota", "votaron",
                      "dijo", "dice", "answered", "respondio"})  # fmt: skip


def _negation_ends(text: str, start: int, end: int) -> bool:
    """ "but" or a reason between a negation and the act, not right after the negation ("no
    porque crea que se robó algo", "not because he stole": the negation takes the reason)."""
    m = _NEGATION_ENDS.search(text, start, end)
    return m is not None and bool(text[start : m.start()].strip())


def _denied_frame(an: Analysis, u: Unit, crime: Unit) -> bool:
    """A negated saying closed by a clause break ("let's not pretend ...: Judge X takes ...")
    is the writer's own frame, not a source."""
    return (
        u.index > 0
        and an.units[u.index - 1].code == "N"
        and bool(CLAUSE_BREAK.search(an.norm.text, u.end, crime.start))
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


# A crime word right after these is fought, not committed.
_AGAINST = frozenset({"against", "fight", "fighting", "fights", "combat", "combating", "on",
                      "contra", "combatir", "combate", "investigate", "investigating",
                      "investiga", "investigar", "denounced", "denuncio", "denuncia", "report",
                      "about", "sobre", "prevent", "stop", "del", "de", "cut", "cuts", "reduced",
                      "reduces", "curbed", "lowered", "slashed", "redujo", "reduce",
                      "freno"})  # fmt: skip
