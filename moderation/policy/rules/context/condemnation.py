"""Condemnation near the words: a word condemning hateful speech (shame and reports aimed at
the speaker), disgust at those who said quoted words, evidence set against a claim, and a
denial followed by "stop saying that".
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.literal_gate import LiteralGate
from moderation.policy.rules.context.label_fended_es import label_fended_off_es
from moderation.policy.rules.context.turned_from import turned_from
from moderation.policy.rules.context.vice_named import vice_laid_on_group
from moderation.policy.rules.context.words import NEGATIONS, negated_unit, quote_closes
from moderation.policy.rules.refuting import SET_AGAINST


def condemned_elsewhere(an: Analysis, first: int, last: int) -> bool:
    """Words condemning hateful speech outside the match (counter-speech), or after the
    closing quote of a claim quoted inside it."""
    units = an.units
    last = quote_closes(an, first, last)
    for k in an.by_class.get("condemn", ()):  # the units that carry the class, in order
        if first <= k <= last or own_words_called_lies(an, k) or vice_laid_on_group(an, k):
            continue
        if not negated_unit(an, units[k]):
            return True
    return False


# A verdict of falsehood on a group's own words ("Muslims make me sick, all their talk about
# peace is a lie", "sus promesas de paz son mentira"): the clause before it opens with "their"
# and a noun of speech or show, so it calls the group liars rather than a claim false. A claim
# with its content ("their claim that ...") or someone's report in the comment keeps it a
# refutation, and so does a verb of saying anywhere in the comment.
_LIE_VERDICTS = frozenset(
    {"nonsense", "is false", "is a lie", "a myth", "is a myth", "bullshit", "es mentira",
     "mentira", "falso", "un mito"}
)  # fmt: skip
_OWN_WORDS = re.compile(
    r"(?:^|[,;:.!?]|\b(?:and|but|y|pero)\b)\s*(?:(?:and |but |y |pero )?(?:all|todas?|todos?) )?"
    r"(?:their|sus) (?:\w+ )?(?:talk|words|promises|smiles|kindness|tolerance|religion|"
    r"peacefulness|apologies|tears|charity|niceness|friendliness|palabras|promesas|sonrisas|"
    r"bondad|tolerancia|religion|disculpas|lagrimas|caridad|amabilidad|discurso|cuento)"
    r"(?: (?:about|of|de) (?:\w+ ){0,3}?\w+)?\s*(?:(?:is|are|son|es)\s*)?$"
)


def own_words_called_lies(an: Analysis, k: int) -> bool:
    """The condemning unit at k calls a group's own words false (`_OWN_WORDS`), after a group
    named earlier in the comment and with no one's report in it."""
    u = an.units[k]
    if u.text not in _LIE_VERDICTS or "report" in an.by_class:
        return False
    if _OTHERS_CLAIM.search(an.norm.text):
        return False  # "Politicians say X are criminals; their talk is a lie": theirs
    if not any(v.code in ("G", "g") and v.index < k for v in an.units):
        return False
    text = an.norm.text
    return _OWN_WORDS.search(text, max(0, u.start - 60), u.start) is not None


# The evidence set against the claim (`refuting.SET_AGAINST`) in the words after it, up to the
# end of the next sentence; a "but" or a doubt after it takes it back ("..., but the numbers
# are cooked"), and a question only asks ("The data says otherwise?").
_SET_AGAINST_RX = LiteralGate(re.compile(rf"\b{SET_AGAINST}\b"))  # searched behind its strings


_SENTENCE_MARK = re.compile(r"[.!?\n]")


_TAKEN_BACK = re.compile(
    r"[^.!?]*?(?:\?|\b(?:but|yet|though|however|pero|aunque|sin embargo|cooked|fake|lies|lie|"
    r"lying|rigged|amanados|falsos|falsas|mienten|mentira)\b)"
)


def refuted_by_evidence(an: Analysis, last: int) -> bool:
    """After the claim, in its sentence or the next, evidence is said to show the opposite
    ("Every election someone says X bring crime. The county's own numbers say the opposite"):
    the claim is quoted to be refuted."""
    units = an.units
    s = units[last].sentence
    end = last
    while end + 1 < len(units) and units[end + 1].sentence <= s + 1:
        end += 1
    text = an.norm.text
    stop = _SENTENCE_MARK.search(text, units[end].end)
    rest = text[units[last].end : stop.end() if stop else len(text)]
    m = _SET_AGAINST_RX.search(rest)
    if m is None or _TAKEN_BACK.match(rest, m.end()) is not None:
        return False
    opening = max(rest.rfind(c, 0, m.start()) for c in ".!?;:,")
    return _OTHERS_CLAIM.search(rest, opening + 1, m.start()) is None


# Someone else said to claim the refutation ("Liberals say the data shows otherwise"): the
# writer distances themself from it rather than setting it against the claim.
_OTHERS_CLAIM = re.compile(
    r"\b(?:say|says|claim|claims|insist|insists|pretend|pretends|will tell you|tell you|"
    r"dicen|dice|afirman|afirma|aseguran|asegura|insisten|segun|quieren hacer creer)\b"
)


# How many sentences from the hateful words a condemnation may stand and still be about them
# (a story told, then judged: "... al grito de X. Lo cuento porque ... no con odio.")
CONDEMN_REACH = 2


# "Shame on", "should be ashamed": a condemnation of someone's conduct, about the hateful
# words only when its target is their speaker (a pronoun, "whoever wrote this", someone who
# said them), not "the club should be ashamed of ..." beside the writer's own slur.
_SHAME_CUES = frozenset({"should be ashamed", "shame on", "ought to be ashamed"})
# The writer's own shame at what they go on to say ("lo digo con vergüenza", "lo admito con
# vergüenza"): no one else's words are shamed.
# ... unless what follows is a belief the writer has left ("lo digo con vergüenza: de joven yo
# también creía que ..."): the shame condemns it.
_OWN_PAST = re.compile(
    r"\b(?:creia|pensaba|decia|me reia|crei|pense|ya no|me equivoque|de joven|de nino|de chavo|"
    r"antes|yo tambien|mi papa|mi mama|mi familia|mis tios|mi tio|mi abuelo|mi abuela|la gente|"
    r"les dice|les dicen|les gritan)\b"
)
_OWN_SHAME = re.compile(
    r"\b(?:lo )?(?:digo|admito|confieso|reconozco|escribo) con (?:mucha |toda la |algo de )?$"
)


_SPEAKER_WORDS = frozenset(
    {"you", "he", "she", "they", "him", "her", "them", "whoever", "anyone", "anybody",
     "people", "those", "whoever said", "whoever wrote", "whoever wrote this", "u", "ya"}
)  # fmt: skip


# A Spanish shame wished on the subject of its clause ("... deberían darles vergüenza", "a los
# ... les debería dar vergüenza", "... deberían avergonzarse", "... darles pena/asco"): when the
# matched words open that clause, the shame falls on the people they name, and condemns nothing
# said about them.
_SHAME_ES = frozenset(
    {"verguenza", "una verguenza", "pena", "asco", "avergonzarse", "avergonzarte",
     "avergonzarnos", "deberian avergonzarse"}
)  # fmt: skip
_CLAUSE_OPENERS = frozenset({"a", "los", "las", "esos", "esas", "estos", "estas", "todos"})
# Words that open a sentence without being its subject ("Neta, los ...", "Pues los ...", "Y
# los ..."): passed over before the subject.
_DISCOURSE_OPENERS = frozenset(
    {"neta", "la neta", "pues", "y", "o", "pero", "bueno", "oye", "mira", "en serio", "ya",
     "sinceramente", "honestamente", "la verdad", "es que", "o sea", "osea", "ademas", "ahora",
     "hoy", "jaja", "jajaja", "no manches", "ojo", "tambien", "en fin", "vaya", "uf"}
)  # fmt: skip
# A people narrowed to a team, an agency or an organisation after "de"/"del" ("los pinches
# argentinos del Boca", "los gringos del ICE", "los X del cartel"): the shame falls on the body.
_BODY_NOUNS = frozenset(
    {"equipo", "club", "seleccion", "tri", "partido", "cartel", "carteles", "banda",
     "pandilla", "mara", "empresa", "sindicato", "movimiento", "organizacion", "grupo",
     "agencia", "gobierno", "ejercito", "policia", "congreso", "senado", "gabinete",
     "ayuntamiento", "cabildo", "migra", "consulado", "embajada", "comite", "junta"}
)  # fmt: skip
_ARTICLES = frozenset({"el", "la", "los", "las"})
_OPENERS = _CLAUSE_OPENERS | _DISCOURSE_OPENERS  # what may stand before the subject


def shame_on_the_subject(an: Analysis, k: int, first: int, last: int) -> bool:
    """The Spanish shame at unit k closes the clause the match [first, last] opens, with no
    clause mark but a comma, relative or quotation between: "Los putos X de la marcha
    deberían darles vergüenza", "Neta, los putos X, deberían darles vergüenza" shame the X.
    "Los que dicen que los X son ... deberían darles vergüenza" and a shout quoted ('A los que
    gritaron "putos X" ...') shame the speakers, and a people narrowed to a body ("los pinches
    argentinos del Boca") the body (`narrowed_to_a_body`)."""
    units = an.units
    if an.lang != "es" or units[k].text not in _SHAME_ES or k <= last:
        return False
    s = units[first].sentence
    if units[k].sentence != s or any(x.quoted for x in units[first : k + 1]):
        return False
    opening = (x for x in an.sentence_run(first) if x.index < first)
    if any(x.text not in _OPENERS and x.code not in ("A", "Y") for x in opening):
        return False
    between = units[last + 1 : k]
    if any(x.text in ("que", "quien", "quienes") for x in between):
        return False
    if narrowed_to_a_body(an, last, k):
        return False
    return not any(c in ';:"' for c in an.norm.text[units[last].end : units[k].start])


def narrowed_to_a_body(an: Analysis, last: int, k: int) -> bool:
    """Right after the match ending at `last`, before unit k, "de"/"del" and a team, agency or
    organisation: a body's noun (`_BODY_NOUNS`, "del cartel"), an acronym written in capitals
    ("del ICE", "del ISIS"), or a capitalised name after "del" ("del Boca", "del Tri"). "De la
    marcha", "de Tijuana" name no body."""
    units = an.units
    j = last + 1
    if j >= k or units[j].text not in ("de", "del"):
        return False
    of = units[j].text
    j += 1
    if j < k and units[j].text in _ARTICLES:
        j += 1
    if j >= k:
        return False
    name = units[j]
    if name.text in _BODY_NOUNS:
        return True
    lo, hi = an.span(j, j)
    written = an.norm.original[lo:hi]
    if len(written) >= 2 and written.isalpha() and written.isupper():
        return True
    return of == "del" and an.capitalised(j)


# "Report", "reported": a complaint made ("I reported it", "report this", "lo reporté"), not
# a document ("the police report", "the county reported", "report back to Beijing").
_REPORTS = frozenset({"report", "reported", "reporting", "reporta", "reportado", "reportada"})


_REPORT_OBJECTS = frozenset(
    {"it", "this", "that", "him", "her", "them", "these", "those", "you", "the comment",
     "the post", "the account", "the user", "this comment", "this post"}
)  # fmt: skip


_REPORTERS = frozenset({"i", "we", "please", "just", "i just", "we just", "already", "and"})


def condemned_near(an: Analysis, first: int, last: int) -> bool:
    """Words condemning hateful speech about the words at first..last: in their sentence or
    the next or last one, and, for shame or a report, aimed at their speaker or at the speech
    itself. A condemnation of something else further off ("the club should be ashamed of
    ...", "read the police report") leaves the writer's own claim standing."""
    units = an.units
    last = quote_closes(an, first, last)
    lo = units[first].sentence - CONDEMN_REACH
    hi = units[last].sentence + CONDEMN_REACH
    for k in an.by_class.get("condemn", ()):
        if first <= k <= last or not lo <= units[k].sentence <= hi:
            continue
        if negated_unit(an, units[k]) or own_words_called_lies(an, k):
            continue
        if vice_laid_on_group(an, k):
            continue  # "corruption, machismo, violence": a vice charged, not condemned
        if turned_from(an, k, first):
            continue  # "Both are wrong. But I'll say this: ...": a verdict on something else
        if listed_after(an, last, k):
            continue  # "X are stupid and ignorant": one more word said of them, not a verdict
        if label_fended_off(an, k):
            continue  # "they call you a racist for noticing": the writer's own line defended
        if units[k].text in _SHAME_CUES and not _shame_at_speaker(an, k):
            continue
        if units[k].text == "verguenza" and _own_shame(an.norm.text, units[k]):
            continue  # "lo digo con vergüenza: ...": the writer's own shame at what follows
        if shame_on_the_subject(an, k, first, last):
            continue  # "Los putos X deberían darles vergüenza": the group itself is shamed
        if units[k].text in _REPORTS and not _report_made(an, k):
            continue
        return True
    return False


# A bigotry label the writer fends off rather than pins on anyone: aimed at the writer or the
# reader for saying the line ("they call you a racist for noticing", "don't call me a bigot",
# "so I'm the racist?", "scared of being called Islamophobic", "they call anyone who objects a
# racist"), waved away ("you don't have to be racist to notice", "call it racist if you want"),
# mocked as a cry or in scare quotes ("the people screaming racism", "every 'antisemitism'
# story"), or a stereotype vouched for ("the stereotype exists for a reason"). It defends the
# words near it, so it condemns none of them. The writer's own verdict on someone ("I'd call
# you a racist", "that's called racism") stays a condemnation.
LABELS = frozenset(
    {"racist", "racists", "racism", "bigot", "bigots", "bigoted", "bigotry", "xenophobe",
     "xenophobic", "xenophobia", "islamophobe", "islamophobic", "islamophobia", "homophobe",
     "homophobic", "transphobe", "transphobic", "sexist", "antisemite", "antisemitic",
     "antisemitism"}
)  # fmt: skip
_FENDED_BEFORE = re.compile(
    r"(?:(?<!\bi )(?<!\bi'd )(?<!\bwould )(?<!\bwill )\b(?:call|calls|called|calling) "
    r"(?:me|us|you|anyone|anybody|everyone|everybody|people|folks|someone)"
    r"(?: (?:who|that)(?: [^\s,.;:!?]+){1,3})?|"
    r"\b(?:don't|do not|never) call (?:him|her|them)|"
    r"\b(?:getting|get|gets|got|being|been) called|\bi(?:'m| am) the|"
    r"\b(?:don't|do not|doesn't|does not) have to be|"
    r"\b(?:screaming|scream|screams|crying|cry|cries|yelling|yell|yells|shouting|"
    r"hysteria (?:about|over))) (?:an? )?['\"]?$"
)
_CALLED_IT = re.compile(r"\bcall (?:it|that|this) (?:an? )?$")
# "Is it racist to notice ...?", "since when is it bigoted to point out ...": whether seeing is
# bigotry, asked so that the answer is no ("isn't it racist to say ...?" asks the opposite).
_ASKED_IT = re.compile(r"(?:^|[,;:.!?] |\bso |\band )(?:since when )?is it $")
_TO_SEE = re.compile(
    r"^ to (?:notice|see|point out|observe|ask|admit|state (?:the )?facts|tell the truth)\b"
)
_TO_NOTICE = re.compile(r"^['\"]? ?to (?:notice|see|say|admit|want|point|observe|ask)\b")
_CALLED_IT_AFTER = re.compile(r"^ (?:if you (?:want|like|must|wish)|all you want|whatever)\b")
# After a cry the label is a noun, not a word for what was shouted ("screaming racist slurs").
_CRY = re.compile(r"\b(?:scream|cry|cries|crying|yell|shout|hysteria)")
_STEREOTYPES = frozenset({"stereotype", "stereotypes"})
_VOUCHED = re.compile(
    r"^ (?:exists?|is there|are there) for a reason|^ (?:exists?|exist) because|"
    r"^ (?:is|are) (?:true|accurate|based on (?:truth|facts|reality))\b"
)


def label_fended_off(an: Analysis, k: int) -> bool:
    """The bigotry label at unit k is fended off by the writer (`_FENDED_BEFORE`), held in
    scare quotes, or a stereotype vouched for: not pinned on the line or its speaker."""
    u = an.units[k]
    if an.lang == "es":
        return label_fended_off_es(an, k)
    text = an.norm.text
    after = text[u.end : u.end + 30]
    if u.text in _STEREOTYPES:
        return _VOUCHED.match(after) is not None
    if u.text not in LABELS:
        return False
    if u.quoted and not _quoted_neighbour(an, k):
        return True  # "every 'antisemitism' story is just cover": the word itself mocked
    before = text[max(0, u.start - 50) : u.start]
    if _ASKED_IT.search(before) and _TO_SEE.match(after):
        return True  # "Is it racist to notice a pattern?": the label asked away
    if _CALLED_IT.search(before):
        return _CALLED_IT_AFTER.match(after) is not None
    m = _FENDED_BEFORE.search(before)
    if m is None:
        return False
    if _CRY.search(m.group(0)):
        return not u.text.endswith(("ist", "ic")) or not re.match(r"^ [a-z]", after)
    if "have to be" in m.group(0):
        return _TO_NOTICE.match(after) is not None
    return True


def _quoted_neighbour(an: Analysis, k: int) -> bool:
    """A unit next to k in its sentence is quoted too: the label is part of a quoted line."""
    s = an.units[k].sentence
    return any(
        0 <= j < len(an.units) and an.units[j].sentence == s and an.units[j].quoted
        for j in (k - 1, k + 1)
    )


def listed_after(an: Analysis, last: int, k: int) -> bool:
    """The condemning word at k only continues the list of words the match ends with ("X are
    lazy, dirty and ignorant", "son flojos e ignorantes", "X are all lazy racist pigs"): joined
    by "and", or standing on the list's noun, in the same sentence with nothing else between."""
    units = an.units
    if not last < k <= last + 4 or units[k].sentence != units[last].sentence:
        return False
    between = units[last + 1 : k]
    if not all(u.code in ("B", "X") for u in between):
        return False
    if between and between[-1].code == "B":
        return True
    # or it stands on the list's noun with no pause before it: "X are all lazy racist pigs"
    # ("X are lazy, racist garbage" labels the claim)
    nxt = units[k + 1] if k + 1 < len(units) else None
    return (
        nxt is not None
        and nxt.sentence == units[k].sentence
        and nxt.code == "D"
        and not any(c in an.norm.text[units[last].end : units[k].start] for c in ",;:-")
    )


def _own_shame(text: str, u: Unit) -> bool:
    """The shame at `u` is the writer's own at what they go on to say: `_OWN_SHAME` before
    it, a colon or a comma after it, and no belief left behind or father quoted next ("lo digo
    con vergüenza: ..."). Said after the words ("... que los colgaran. Lo digo con vergüenza.")
    it regrets them."""
    return (
        _OWN_SHAME.search(text, max(0, u.start - 30), u.start) is not None
        and text[u.end : u.end + 2].lstrip().startswith((":", ","))
        and _OWN_PAST.search(text, u.end, u.end + 80) is None
    )


def _shame_at_speaker(an: Analysis, k: int) -> bool:
    units = an.units
    s = units[k].sentence
    if units[k].text == "shame on":
        nxt = units[k + 1] if k + 1 < len(units) else None
        return nxt is None or nxt.sentence != s or nxt.text.split()[0] in _SPEAKER_WORDS
    prev = units[k - 1] if k > 0 else None
    if prev is None or prev.sentence != s:
        return True  # "Should be ashamed." said of the words just quoted
    return prev.text.split()[0] in _SPEAKER_WORDS or _SPOKE.search(prev.text) is not None


def _report_made(an: Analysis, k: int) -> bool:
    units = an.units
    s = units[k].sentence
    prev = units[k - 1] if k > 0 and units[k - 1].sentence == s else None
    nxt = units[k + 1] if k + 1 < len(units) and units[k + 1].sentence == s else None
    if prev is not None and prev.code == "A":
        return False  # "the report", "a report": a document
    return (
        (prev is None and nxt is not None and nxt.text in _REPORT_OBJECTS)
        or (prev is not None and (prev.text in _REPORTERS or prev.code == "I"))
        or (nxt is not None and nxt.text in _REPORT_OBJECTS)
    )


# "En la marcha gritaron 'fuera indios'. Qué asco de gente.", "Alguien pintó 'fuera negros' en
# la barda. Qué asco me da.", "Someone yelled 'go back to Mexico' at my mom. Disgusting people.":
# the writer's disgust, in a sentence that names no group, right after hateful words quoted as
# someone's (shouted, painted, written): it is for those who said them. Not when a group is the
# one said to speak ("Los X gritaron ... Qué asco de gente").
_DISGUST_OPENS = re.compile(
    r"(?:(?:y|and|pero|but|la verdad|honestly|simplemente)\s+)?(?:que asco|que verguenza|"
    r"me da asco|me dan asco|da asco|dan asco|what (?:a )?(?:disgrace|disgusting)|disgusting|"
    r"sickening|vile|makes me sick|made me sick|shameful|que gentuza|que lacras)\b"
)


_SPOKE = re.compile(
    r"\b(?:grito|gritaron|gritaba|gritaban|gritan|pinto|pintaron|escribio|escribieron|"
    r"dijo|dijeron|decia|decian|le dijeron|corearon|coreaban|rayaron|publico|publicaron|"
    r"yelled|shouted|screamed|wrote|painted|sprayed|spray-painted|scrawled|said|called|"
    r"chanted|posted|tweeted)\b"
)


def disgust_at_speakers(an: Analysis, first: int) -> bool:
    units = an.units
    base, codes = an.sentence_of(first)
    if "G" in codes or "S" in codes:
        return False
    text = an.norm.text
    if not _DISGUST_OPENS.match(text, units[base].start):
        return False
    s = units[base].sentence
    for prev in range(s - 1, max(-1, s - 3), -1):
        run = [u for u in units if u.sentence == prev]
        if not run:
            continue
        quoted = [u for u in run if u.quoted]
        if not any(u.code in "GSXDVK" for u in quoted):
            continue
        outside = text[run[0].start : run[-1].end]
        m = _SPOKE.search(outside)
        if m is None:
            continue
        speaker_side = [u for u in run if not u.quoted and u.start < m.start()]
        return not any(u.code == "G" for u in speaker_side)
    return False


# A refusal of the words just said, closing the clause or sentence after them ("..., stop
# saying that.", "... Deja de decir eso."): the writer tells someone to stop saying them.
_REFUSED_AFTER = re.compile(
    r"^[^.!?]*?[.!?,;:]+\s*(?:(?:so|please|and|y|por favor|asi que),?\s+){0,2}"
    r"(?:(?:you should|you need to|you have to|deberias|debes|tienes que|hay que)\s+)?(?:"
    r"(?:stop|quit) (?:saying|repeating) (?:that|this|it|so)|don'?t (?:say|repeat) (?:that|this)|"
    r"(?:deja|dejen|dejad|dejemos|dejar) de (?:decir|repetir) (?:eso|esto|esas cosas|esa tonteria)|"
    r"(?:deja|dejen|dejad|dejemos|dejar) de (?:decirlo|repetirlo)|"
    r"no (?:digas|digan|repitas|repitan|vuelvas a decir) (?:eso|esto)|no lo (?:digas|digan)|"
    r"(?:ya )?basta de decir (?:eso|esto)|basta de decirlo|"
    r"(?:stop|quit) calling (?:them|us|her|him) (?:that|so)|"
    r"(?:deja|dejen|dejad|dejemos|dejar) de (?:llamarlos|llamarlas|llamarles|llamarnos|decirles) "
    r"(?:asi|eso))\s*(?:[.!?,;]|$)"
)


def denied_then_refused(an: Analysis, first: int, last: int) -> bool:
    """The words are denied in their own sentence ("X are not Y", "Los X no son Y") and then
    refused as speech right after ("..., stop saying that", ". Deja de decir eso."): the
    writer rejects the label, counter-speech. Without the denial ("X are Y, stop saying
    otherwise") the claim stays the writer's own."""
    sentence = an.units[first].sentence
    if not any(
        u.sentence == sentence and (u.code == "N" or u.text in NEGATIONS)
        for u in an.units[max(0, first - 4) : first]
    ):
        return False
    return bool(_REFUSED_AFTER.match(an.norm.text[an.units[last].end :]))
