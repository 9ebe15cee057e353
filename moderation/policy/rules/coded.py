"""Coded hate (clause `hate`): the shapes of implicit hate that name no slur and often no
group by name, listed as regexes in `lexicons/coded.tsv`: dog whistles, "replacement" and
"invasion" talk, a group to be kept out of jobs, schools, towns or the vote, a group praised
for knowing its "natural place", mock-polite contempt, twisted statistics drawn into a verdict
on a people, insinuation ("you know who"), animal similes and jokes at a group's expense.

Each finding holds for a moderator (never rejects): the shapes are coded, so a person reads
them. A row whose id ends in `.g` counts only when the comment names a protected group; the
usual counter-speech guards apply (quoted, reported, condemned or negated).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.literal_gate import LiteralGate
from moderation.policy.officials import OFFICES, POLITICIANS, RIVALS, words_regex
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import (
    belief_then_regretted,
    denied_for_another_cause,
    hedge_then_denial,
    units_in,
    without_saying,
)
from moderation.policy.rules.context.sentence_bounds import sentence_start
from moderation.policy.rules.hate.care_advice import care_advised
from moderation.policy.rules.hate.clan_admired import clan_admired
from moderation.policy.rules.hate.coded_phrase_topic import phrase_about_no_people
from moderation.policy.rules.hate.concession_kind import kind_after_concession
from moderation.policy.rules.hate.credited import takeover_cheered
from moderation.policy.rules.hate.estranged import estranged_by_event
from moderation.policy.rules.hate.nod_at_outcome import nod_at_an_outcome
from moderation.policy.rules.hate.rebutted_by_example import denial_rebutted
from moderation.policy.rules.hate.stand_in_at_post import stand_in_at_post
from moderation.policy.rules.hate.status_policy import STATUS_LEAVE_TEXT
from moderation.policy.rules.hate.stereotype_rejected import stereotype_rejected
from moderation.policy.rules.hate.wrong_told import wrong_told
from moderation.policy.rules.hate_es_hinted import kind_act_plainly_defends
from moderation.policy.rules.hate_everyday.kindly import kindly_said
from moderation.policy.rules.hate_shapes import names_an_outfit
from moderation.policy.rules.libel import kin_favoured, names_person
from moderation.policy.rules.libel.name_spans import _name_spans
from moderation.policy.rules.masked_words import plainly_said
from moderation.policy.rules.recanted import recanted
from moderation.policy.rules.refuting import REFUTING
from moderation.policy.rules.town_welcomed import UNRECOGNISED, welcomed
from moderation.policy.rules.writer_member import of_the_writers_own, writer_of_group_unhostile
from moderation.policy.types import Category, Submission

_HOLD = 0.7
_LIBEL_HOLD = 0.6  # libel only ever holds (decide.py): a person reads it
# Insinuation that names no one ("qué casualidad que ...", "funny how ...", "just an
# observation", "just noticing") is as often a charge against an official ("qué casualidad que
# el alcalde estrenó camioneta", "funny how the contract went to his brother-in-law") as a hint
# at a group. With a protected group named it stays coded hate; aimed at a person or an office
# held by one (named in its sentence or the one before) and with no group named, it is read by
# `libel.insinuation` instead: still held, under the clause it breaks.
_AIMABLE = frozenset(
    {"casualidad_es", "insinuate_said", "funny_how", "funny_pattern", "insinuate", "innuendo"}
)
# ... unless the hint is someone's surname, accent, faith or origin ("la dueña de la ONG se
# apellida Goldberg"): that points at a people, not at a deed.
_ORIGIN_HINT = re.compile(
    r"\b(?:apellid\w*|last names?|surnames?|acento|accent|religion|de donde (?:es|son|viene)|"
    r"where (?:he|she|they) (?:is|are|comes?|came) from|background)\b"
)
# Spanish stand-ins for a people the writer does not name: where they come from or stay ("los
# del albergue", "los que vienen del sur", "los recién llegados"), a colour or a "community"
# hinted at ("del mismo color", "cierta comunidad", "la misma tribu").
PROXY_ES = (
    r"\b(?:los|las|esos|esas|estos|estas) (?:del?|de la) (?:albergue|caravana|sur|caribe|"
    r"turbante|kipa|estrellita|otro lado|afuera|fuera|sierra)\b|"
    r"\b(?:uno|una) de (?:esos|esas)(?=\s*[.!?,]|$)|['\"](?:esos|esas|esa gente)['\"]|"
    r"\b(?:los|las|esos|esas|estos|estas|gente|la gente) que (?:vienen|llegan|llegaron|vinieron|"
    r"cruzan|cruzaron|bajan|se cuelan) (?:del?|de la|por el|por la) (?:sur|sierra|caribe|africa|"
    r"centroamerica|frontera|rio|suchiate|darien|otro lado|fuera|afuera)\b|"
    r"\b(?:los|las) recien llegad[oa]s\b|"
    r"\b(?:del mismo|de ese|de cierto|de aquel) color\b|"
    r"\b(?:cierta|ciertas|la misma|esa|esta) [\"']?(?:comunidad|comunidades|tribu|raza|"
    r"colectividad)\b|\bde cierto grupo\b|"
    r"\b(?:la|esa|esta) [\"'](?:raza|gente|comunidad)[\"']|"
    r"\bacento (?:caribeno|costeno|extranjero|centroamericano|venezolano|haitiano|africano)\b|"
    r"\b(?:cierto|ciertos) (?:grupos?|pueblos?|paises) que (?:no voy a|no puedo|prefiero no) "
    r"nombrar\b|\bciertos grupos\b"
)
# "these people" stands for a group the writer need not name, and a house of worship for its
# faithful ("a mosque next to a school, what could go wrong", "así empiezan" of a mezquita)
_VAGUE_GROUP = re.compile(
    r"\b(?:these|those) people\b|\b(?:esa|esta) gente\b|"
    r"\b(?:mosques?|synagogues?|mezquitas?|sinagogas?)\b|" + PROXY_ES
)
# Searched behind the strings one of which its every match holds: its Spanish stand-ins open
# with a lead-in tried at every position, and most comments hold none of them.
_VAGUE_GROUP_SEARCH = LiteralGate(_VAGUE_GROUP)
# Insinuation that leaves the conclusion to the reader ("draw your own conclusions", "saquen
# sus conclusiones"), and surnames as a hint ("look up the last names", "siempre los mismos
# apellidos", "ya sabemos quiénes"), are as often aimed at an office-holder or a donor (nepotism,
# cronyism): not read as coded hate when the comment names one.
_INSINUATION = frozenset(
    {"insinuate3", "saquen_es", "names_hint", "apellidos_es", "apellidos_end_es", "quienes_es",
     "same_names", "we_all_know", "we_all_know_kind", "which_community_quoted", "same_kind",
     "let_in_expect", "curioso_es", "guino_es", "hilos_es", "names_behind", "look_names"}
)  # fmt: skip
_OFFICE = re.compile(words_regex(OFFICES))
# Rows whose "them" or "those people" is as often a party, an office or a crowd of voters as a
# people ("you can't reason with those people in Congress", "Trump voters? You can't reason with
# them"): read only when the comment names a protected group or none of those.
_STAND_IN_ROWS = frozenset(
    {
        "reason_with",
        "not_like_us",
        "not_like_us_t",
        "not_like_us_they",
        "let_in_t",
        "turn_into_dump",
    }
)
# Rows whose "they" is all the comment says of whom it means: when an earlier sentence names
# what "they" are and names no group or stand-in ("The raccoons got in again. They should never
# have been let in to begin with."), the guests, pets or pests of the comment are meant. Alone,
# under an article about the border, the line stays held: its readers know whom it means.
_THEY_ONLY_ROWS = frozenset({"let_in_t", "turn_into_dump"})
_POSSESSIVES_EN = frozenset({"my", "our", "your", "his", "her", "their", "its"})
# Person classes of the lexicon: a subject with one of them is people ("the neighbors").
_PERSON_CODES = frozenset({"G", "g", "S", "P", "T", "t"})
# Plurals of time and circumstance, no thing let in ("Things used to be fine here.").
_VAGUE_PLURALS = frozenset({"things", "times", "days", "years", "ones", "others"})


def _things_named_before(an: Analysis, start: int) -> bool:
    """An earlier sentence has for subject a plural noun the lexicon knows as no person or
    group ("The raccoons got into the garage again."): what "they" stands for. Any earlier
    text is not enough ("Our town used to be safe.", "Sad."): "they" stays whom the row
    means."""
    k = an.unit_at(start)
    if k is None:
        return False
    sentence = an.units[k].sentence
    firsts: dict[int, Unit] = {}
    for u in an.units[:k]:
        if u.sentence == sentence:
            break
        if u.sentence not in firsts and u.code != "A" and u.text not in _POSSESSIVES_EN:
            firsts[u.sentence] = u
    return any(
        u.text.endswith("s")
        and not u.text.endswith("ss")
        and u.code in ("w", "D")
        and u.text not in _VAGUE_PLURALS
        and not (u.entry is not None and _PERSON_CODES & set(u.entry.classes))
        for u in firsts.values()
    )


# The stand-in itself ("those people"), which the analysis codes as a group: it names no people.
_STAND_IN_WORDS = re.compile(r"(?:those|these) people|that crowd|their kind|people like that")
_RIVAL_NAMED = re.compile(
    words_regex(RIVALS | OFFICES) + r"|\b(?:voters|maga|trumpers|supporters|fans)\b"
)
# The concession that makes a generalisation ("not all of them, but enough") is about a
# people only when no other kind of "them" is named: officials, police, cartels, a team.
_CONCESSIONS = frozenset({"not_all_but"})
_UNPROTECTED = re.compile(
    r"\b(?:of|all) (?:the |these |those |our |my |your |this |that )?(?:\w+ )?"
    + words_regex(RIVALS)
)


# "ICE agents raided the plant. They are vermin.": with no protected group named, a "they" that
# opens a pronoun row stands for the officials, forces or outfits named before it (harsh
# opinion about institutions, which the policy leaves alone).
_THEY = re.compile(r"(?:they|they'?re|them)\b")
_OFFICIALS_BEFORE = re.compile(words_regex(RIVALS))


# Rows whose charge only newcomers can carry ("They don't assimilate", "they should go back"):
# the "they" is never the officials or landlords named before it.
_NEWCOMERS_ONLY = frozenset({"no_assimilate", "no_assimilate2", "go_back_they"})
_OTHERS_AFTER = re.compile(r"\b(?:them|'em|these|those|people|families|folks|men|women|kids)\b")


def _officials_before(an: Analysis, start: int) -> bool:
    """A pronoun match at `start` whose "they" can only be officials or an outfit named in
    the 200 characters before it; no protected group is named anywhere."""
    text = an.norm.text
    if not _THEY.match(text, start) or named_group(an):
        return False
    found = list(_OFFICIALS_BEFORE.finditer(text, max(0, start - 200), start))
    if not found:
        return False
    after = found[-1].end()
    # "Border Patrol should shoot on sight at the river. They're invaders": a violent or
    # exclusion verb (lexicon class V) the officials are to use makes its target the "they"
    force = any(u.code == "V" and after <= u.start < start for u in an.units)
    # "The Democrats keep bringing them in. They are ...": others were named after them
    return not force and not _OTHERS_AFTER.search(text, after, start)


def _rival_not_people(an: Analysis, start: int, end: int) -> bool:
    """The comment names no protected group but a party, an office, a crew or voters: the
    "them" of a stand-in row is theirs. The row's own stand-in between `start` and `end`
    ("those people") is coded as a group unit, but it is the word the row reads, not a name."""
    text = an.norm.text
    for u in an.units:
        if u.code not in ("G", "g"):
            continue
        own = start <= u.start and u.end <= end and _STAND_IN_WORDS.fullmatch(text, u.start, u.end)
        if not own:
            return False
    return bool(_RIVAL_NAMED.search(text))


def named_group(an: Analysis) -> bool:
    """The comment names a protected group (a word of groups.tsv, or a vague stand-in)."""
    return "G" in an.codes or "g" in an.codes or bool(_VAGUE_GROUP_SEARCH.search(an.norm.text))


# Dual loyalty said of a government, a lobby, a party or an office-holder ("Netanyahu's cabinet
# answers to Jerusalem", "AIPAC's first loyalty is to Israel, not to America") is policy talk
# about those who hold power, not a charge against a people.
_LOYALTY = frozenset({"dual_loyalty", "dual_loyalty_es"})
_LOYALTY_POLICY = re.compile(
    r"\b(?:governments?|gobiernos?|administration|administracion|cabinet|gabinete|ministers?|"
    r"ministros?|netanyahu|likud|idf|tsahal|army|ejercito|lobby\w*|aipac|pacs?|donors?|"
    r"donantes|senators?|senador\w*|congress(?:men|man|women|woman|people)|representatives|"
    r"diputad[oa]s|lawmakers|legisladores|politicians?|politicos?|officials|funcionarios|"
    r"diplomats?|diplomaticos?|ambassadors?|embajador\w*|embass(?:y|ies)|embajadas?|spy|espia|"
    r"candidat\w+|party|partido|president|presidente|regime|regimen)\b"
)
# The rows that blame a group for crime, disease or "invasion" are claims a comment may be
# refuting ("the sheriff claimed crime went up after they arrived, but his numbers show ...",
# "decir que traen enfermedades es mentira"): not read when the comment calls something a
# claim, a myth or false, or sets data against it ("eso no es mentira" vouches, refutes nothing).
_REFUTABLE = frozenset(
    {"crime_since", "crime_every_time", "bring_with", "importing", "strangers_own",
     "bred_out", "occupy_army", "their_culture", "desde_robos_es", "traen_es", "reemplazo_es",
     "invasion_es", "sangre_es2", "arrival_crime", "arrival_coded", "llegaron_es", "disease",
     "disease_es", "born_crime", "nacen_es", "eat_pets", "sends_worst", "funny_how",
     "funny_pattern", "why_always", "are_all", "cant_run", "values_group", "values_next",
     "arrival_decline", "arrival_decline_es", "no_assimilate2", "no_adaptan_es", "otra_cultura",
     "valor_es", "crowding", "turned_into", "women_property", "every_place_they",
     "handouts_they", "traen_sur_es"}
)  # fmt: skip
_REFUTED = re.compile(
    rf"\b(?:{REFUTING}|claim|claims|claimed|claiming|isn'?t true|"
    r"(?:is|are|it'?s|that'?s) an? (?:\w+ )?lie|"
    r"(?<!no es )(?<!no son )mentira|los estudios|desmenti\w*)\b"
)

# A wink ("nomás digo", "ustedes me entienden") hints at a people only with a charge of crime,
# dirt, disease, decline or hidden control in the comment, and none of the goods a defence
# names ("pagan impuestos", "trabajan más que nadie") or blame called a stereotype.
_WINKS = frozenset({"guino_es"})
_CHARGE = re.compile(
    r"\b(?:rob\w*|rateros?|ladron\w*|asalt\w+|delincu\w+|crimen\w*|criminal\w*|insegur\w+|"
    r"malandr\w+|drogas?|narco\w*|violen\w+|violador\w*|mugre|mugros\w+|suci[oa]s?|"
    r"ensucia\w*|huele|olia|apest\w+|cochin\w+|enfermedad\w*|contagi\w+|plaga|bombas?|"
    r"terror\w*|controlan|mandan|mueven los hilos|los hilos|los medios|los bancos|el dinero|"
    r"invasion|invaden|invadi\w+|se apoderan|se adue\w+|llenando|se llen\w+|ya no es|"
    r"antes no|antes era|ya no se puede|no se integran|no se adaptan|flojos?|vagos?|"
    r"viven del|vivir del|mantenidos?|cobran|hijos|se multiplican|reemplaz\w+|"
    r"(?:los|las|son los|son las) duenos de|televisoras|hollywood|wall street)\b"
)
_DEFENCE = re.compile(
    r"\b(?:pagan (?:sus )?impuestos|aportan|trabajan (?:mas|duro|mucho)|son inocentes|"
    r"estereotipo\w*|culpan|culpar|"
    r"chivos? expiatorios?)\b"
)


# A wink that closes the comment, a surname that "says it all", "luego no se quejen": read with
# no charge beside them, so a comment that names a good of the people, a wrong done to them or
# praise is no hint against them.
_CLOSING_WINKS = frozenset({"guino_cierre_es", "apellido_dice_es", "luego_quejas_es"})
_SPARED = re.compile(
    r"\b(?:da gusto|que gusto|ejemplo|admir\w+|orgull\w+|como cualquiera|como todos|"
    r"(?:no tiene|no tienen) nada que ver con (?:la gente|el pueblo|los|las))\b"
)


def _wink_defends(text: str) -> bool:
    """The comment defends, praises or pities the people it names."""
    return any(rx.search(text) for rx in (_DEFENCE, _DEFENDED, _PRAISE, _SPARED))


def _charged(text: str) -> bool:
    """The comment charges someone with crime, dirt, disease, decline or control, and names
    no good of theirs and no blame or stereotype in their defence."""
    return _CHARGE.search(text) is not None and _DEFENCE.search(text) is None


# A hedge ("no es racismo, es estadística") is coded hate only when a people is named or
# pointed at ("ellos", "los de ...", "esos"), and not when what follows prescribes care for
# everyone ("hay que vacunar a todos los niños que llegan al albergue").
_HEDGES = frozenset({"no_es_racismo", "no_es_excusa_es"})
_POINTED = re.compile(
    r"\b(?:ellos|ellas|esos|esas|estos|estas|(?:los|las) (?:del?|que)|su raza|su cultura|"
    r"sus paises|su pais|donde (?:llegan|hay|se juntan|viven)|"
    r"hay (?:culturas|razas|pueblos|gente|paises|religiones) que|la raza \w+|"
    r"prietos|prietas|prietitos)\b"
)
_CARE = re.compile(
    r"^[^.!?]{0,30}\b(?:vacunar|vacunen|atender|atiendan|cuidar|cuiden|proteger|protejan|"
    r"ayudar|ayuden|alimentar|revisar la salud de|dar de comer) a tod[oa]s\b"
)


# The saying of `papa_y_mama_es` ("un niño necesita papá y mamá"), where it starts in a match.
_CHILD_NEEDS = re.compile(
    r"\b(?:un nino|una nina|los ninos|las ninas|todo nino|toda nina|cualquier nino) "
    r"(?:necesita|necesitan|merece|merecen|debe|deben|tiene|tienen) "
)


def _saying_regretted(an: Analysis, start: int, end: int) -> bool:
    """The match's "un niño necesita papá y mamá" is told as others' belief and answered ("La
    gente dice que ..., pero se equivoca"), though adoption came before it ("Mis dos mamás
    me criaron.")."""
    said = list(_CHILD_NEEDS.finditer(an.norm.text, start, end))
    if not said:
        return False
    first, last = units_in(an, said[-1].start(), end)
    return first is not None and belief_then_regretted(an, first, last)


def _hedge_unaimed(an: Analysis, end: int) -> bool:
    """The hedge ending at `end` points at no people, or what follows it is care for all."""
    text = an.norm.text
    if _CARE.search(text[end:]):
        return True
    return not (named_group(an) or _POINTED.search(text))


# A hint whose answer is that officials or the press blame the group ("¿por qué será que cada
# vez que hay crisis los políticos culpan a los migrantes?", "funny how every campaign the
# candidates blame immigrants"): the insinuation is about those who scapegoat, counter-speech.
_HINTS = frozenset(
    {
        "casualidad_es",
        "casualidad_es2",
        "funny_how",
        "funny_pattern",
        "funny_every",
        "insinuate",
        "insinuate3",
        "you_know_kind",
        "curioso_es",
        "guino_es",
    }
)
# ... or the press, when it is the one blaming a group ("the media always blame X")
_MEDIA = frozenset({"the media", "the press", "los medios", "la prensa"})
_BLAMED_BY_OFFICE = re.compile(
    words_regex(OFFICES | POLITICIANS | _MEDIA)
    + r"[^.?!]{0,30}\b(?:culpan|culparon|culpan siempre|echan la culpa|les echan "
    r"la culpa|le echan la culpa|blame|blamed|scapegoat\w*|always blame)\b"
)


@rule("hate.coded", Category.HATE)
def coded(an: Analysis, sub: Submission) -> list[Hit]:
    """Coded hate: the first row of coded.tsv that matches and is not counter-speech (an
    insinuation aimed at a person, no group named, is left to `libel.insinuation`)."""
    own = writer_of_group_unhostile(an)
    for name, span, aimed in _matches(an, sub):
        if name in _AIMABLE and _no_one_hinted(an, sub):
            continue  # "qué casualidad que el Monterrey siempre gana en casa": no people hinted
        if own is not None and of_the_writers_own(an, span, own):
            continue  # "As a lesbian I can confirm the gay agenda this week is: brunch"
        if not aimed:
            return [Hit("hate.coded", _HOLD, (span,), f"coded hate ({name})", cap_hold=True)]
    return []


@rule("libel.insinuation", Category.LIBEL)
def insinuation(an: Analysis, sub: Submission) -> list[Hit]:
    """An insinuation of coded.tsv aimed at a person or an office held by one, with no
    protected group named: a charge left to the reader, held under libel, never rejected."""
    if "G" in an.codes or "g" in an.codes:
        return []  # cheap: a named group keeps every insinuation coded hate
    for name, span, aimed in _matches(an, sub, _AIMABLE):
        if aimed:
            return [Hit("libel.insinuation", _LIBEL_HOLD, (span,), f"insinuation ({name})", True)]
    return []


# Knowing nods ("ya saben cómo son", "así son ellos") that a kind custom can finish
_KNOWING_NODS = frozenset({"ya_saben_es", "ya_sabemos_es", "casualidad_es2"})


def _matches(
    an: Analysis, sub: Submission, only: frozenset[str] | None = None
) -> Iterator[tuple[str, tuple[int, int], bool]]:
    """(row name, evidence span, aimed at a person) for each row of coded.tsv that matches
    and is not counter-speech, in file order; `only`: just these rows."""
    text = an.norm.text
    named = None  # whether a protected group is named anywhere (read once, when needed)
    rows, search, prefilters = an.lex.coded, an.lex.coded_search, an.lex.coded_prefilters
    proven = an.lex.coded_prefilter_proven  # rows whose prefilter would pass: not asked
    # one pass over the text's tokens tells which rows may match (their required strings)
    for k in an.lex.coded_needles.candidates(text):
        ident, lang = rows.head(k)
        if lang not in ("*", an.lang):
            continue
        name = ident.split(".")[0]
        if only is not None and name not in only:
            continue
        if ident.endswith(".g"):  # asked before the regex: most comments name no group
            if named is None:
                named = "G" in an.codes or "g" in an.codes or bool(_VAGUE_GROUP_SEARCH.search(text))
            if not named:
                continue
        needed = prefilters[k]  # strings one of which every match holds (`regex_literals`)
        if needed is not None and k not in proven and needed.search(text) is None:
            continue  # none is there: the row cannot match, its costly search is skipped
        rx, group = search[k]  # the row's match is `group` of rx (lexicon.skipping)
        m = rx.search(text)
        if m is None:
            continue
        start, end = m.span(group)
        first, last = units_in(an, start, end)
        if first is None:
            continue
        if not plainly_said(an, first, last, negates=True):
            continue  # a row's own words may hold its "no": only what stands before and around it
        if phrase_about_no_people(name, text, start, end):
            continue  # "así empiezan las guerras", "model minority" named as a stereotype
        if names_an_outfit(an, first):
            continue  # "los carteles mexicanos traen violencia": the outfit, not the people
        if stand_in_at_post(text, start):
            continue  # "those people in Congress are ruining the country": office-holders
        if denied_for_another_cause(an, first, last):
            continue  # "it isn't that X are thieves, it's that nobody will hire them"
        if hedge_then_denial(an, first):
            continue  # "no soy racista, pero es falso que los X roban": the hedge denies
        if without_saying(an, start):
            continue  # "discutirlo sin tratar a la gente como hormigas": the depiction refused
        if name in _KNOWING_NODS and kindly_said(an, first):
            continue  # "ya saben cómo son: si hay fiesta, todos cocinan": a custom, fondly
        if name in _KNOWING_NODS and nod_at_an_outcome(an, first, end):
            continue  # "si se hace como Pemex, ya sabemos cómo acaba": an outcome, no people
        if recanted(an, first, last):
            continue  # "not because the X are criminals", "I used to think ... until I met"
        if denial_rebutted(an, first, last):
            continue  # "¿Las mujeres no saben gobernar? Ahí está Bachelet.": asked back, answered
        if _in_quoted_words(text, start, end):
            continue  # 'que se regresen a su país', me gritaron: someone else's words, told
        span = an.norm.span(start, end)
        if name in _INSINUATION and _OFFICE.search(text):
            continue
        if name in _STAND_IN_ROWS and _rival_not_people(an, start, end):
            continue  # "Trump voters? You can't reason with them."
        if (
            name in _THEY_ONLY_ROWS
            and text[start:end].startswith("they")
            and _things_named_before(an, start)
            and not named_group(an)
        ):
            continue  # "The raccoons got in. They should never have been let in.": no people
        if name in _WINKS and not _charged(text):
            continue  # "los migrantes también pagan impuestos, nomás digo": no charge winked at
        if (
            an.lang == "es"
            and name in _INSINUATION | _CLOSING_WINKS
            and kind_act_plainly_defends(text[:start])
        ):
            continue  # "los X cometen menos delitos que nosotros. Saquen sus conclusiones."
        if name in _CLOSING_WINKS and _wink_defends(text):
            continue  # "las mujeres ganan menos que los hombres. Ustedes me entienden."
        if name in _HEDGES and _hedge_unaimed(an, end):
            continue  # "no es racismo, es salud pública: hay que vacunar a todos los niños"
        if name == "no_es_excusa_es" and wrong_told(text, start, end):
            continue  # "No es racismo, es historia. A los yaquis les quitaron el agua."
        if name == "papa_y_mama_es" and _saying_regretted(an, start, end):
            continue  # "La gente dice que un niño necesita papá y mamá, pero se equivoca."
        if name in _CONCESSIONS and not named_group(an) and _UNPROTECTED.search(text):
            continue  # "Not all of them, but enough of the commissioners took the money"
        if name in _CONCESSIONS and kind_after_concession(an, first):
            continue  # "not saying all X are good, but most of them work hard": a good granted
        if (
            not ident.endswith(".g")
            and name not in _NEWCOMERS_ONLY
            and _officials_before(an, start)
        ):
            continue  # "ICE agents raided the plant. They are vermin."
        if name in _RIGHTS_ROWS and _STATUS_VOTE.match(text, start, end):
            continue  # "immigrants shouldn't be allowed to vote": citizenship law debated
        if name in _CARE_ROWS and care_advised(text, start):
            continue  # "during the heat wave disabled people should stay home": advice
        if name == "carry_disease_across" and CARRIERS.search(text):
            continue  # "Mosquitoes breed there; they carry disease across the river"
        if name in UNRECOGNISED and welcomed(text, end):
            continue  # "No reconozco el pueblo ... Algunos se quejan, yo no. Me da gusto"
        if name in _KITCHEN_ROWS and stereotype_rejected(text, start):
            continue  # "women don't belong in the kitchen, they belong wherever they want"
        if name in _LOYALTY and _LOYALTY_POLICY.search(text):
            continue  # "AIPAC's first loyalty is to Israel, not America": a lobby criticised
        if name in _REFUTABLE and _REFUTED.search(text):
            continue
        if name in _HINTS and _BLAMED_BY_OFFICE.search(text):
            continue  # "¿por qué será que en cada crisis los políticos culpan a los X?"
        if name in _HINTS and _hint_defends(text, end):
            continue  # "qué casualidad que las mujeres siempre ganen menos": a wrong pointed at
        if name in _PRAISED_CANCELS and _PRAISE.search(_sentence_at(text, start)):
            continue  # "the Mexican bakeries, you know the ones, have the best conchas"
        if name in _CLANNISH and clan_admired(_sentence_at(text, start)):
            continue  # "siempre se ayudan entre ellos, y eso lo admiro": a loyalty praised
        if name in _FONDLY_TOLD and _PRAISE.search(text, max(0, start - 150), end + 60):
            continue  # "they hug everyone at the door, that's just how they are down there"
        if name in _TAKEOVERS and takeover_cheered(text, end):
            continue  # "Latinos are taking over the city council, and it's about time"
        if name in _OPENED_IN_PRAISE and _PRAISE_OPENING.search(_sentence_at(text, start)):
            continue  # "what I love about Mexicans isn't the food, it's the culture"
        if name == "curioso_es" and _NOBODY_SAYS.search(text, max(0, start - 200), start):
            continue  # "... y nadie les dice 'plaga'. Curioso, ¿no?": the double standard
        if name in _HINTS and _double_standard(text, start):
            continue  # "funny how nobody calls it terrorism when ...": the irony is at others
        if name in _STRANGERS and estranged_by_event(an, end):
            continue  # "We felt like strangers in our own town after the plant closed"
        if name in _REFUSALS and _refused_by_others(an, first, start):
            continue  # "my manager said he would never hire a woman": a report of it
        yield name, span, name in _AIMABLE and _aimed(an, sub, first)


# Rows of feeling a stranger at home, which an event given as the cause makes a loss told.
_STRANGERS = frozenset({"strangers_own", "strangers_street"})
# Rows that deny a group a right: the vote denied to a legal status ("immigrants", "non
# citizens") is a debated matter of citizenship law, not a people shut out.
_RIGHTS_ROWS = frozenset({"rights_denied", "barred", "barred_es", "barred_acts_es"})
# ... and what else the law licenses a status for (hate/status_policy.py, whose lists of
# statuses and acts it reads): work, a licence, benefits ("los refugiados no deberían poder
# votar en las municipales").
_STATUS_VOTE = STATUS_LEAVE_TEXT
# Rows that keep a group at home or out of a place, which a hazard turns into care advice
# ("con la ola de calor, las personas con discapacidad deberían quedarse en casa").
_CARE_ROWS = frozenset(
    {"barred_es", "barred_acts_es", "barred", "burden_lobby", "relegated", "callados_es"}
)
# Rows that send a group to the kitchen, which a negation before the place refuses ("las
# mujeres no deben estar en la cocina, deben estar donde quieran").
_KITCHEN_ROWS = frozenset({"kitchen_es", "kitchen_en", "lugar_cocina_es", "relegated"})
# Animals that carry disease over a river or a border ("Mosquitoes breed in the reeds. They
# carry disease across the river"): the "they" of `carry_disease_across` is theirs.
CARRIERS = re.compile(
    r"\b(?:mosquito\w*|zancudo\w*|ticks?|garrapatas?|flies|moscas?|birds?|pajaros|aves|rats?|"
    r"ratas?|ratones|mice|bats?|murcielagos?|cattle|cows?|vacas?|ganado|deer|venados?|hogs?|"
    r"pigs?|cerdos?|puercos?|jabalies|dogs?|perros?|coyotes?|animals?|animales|insects?|"
    r"insectos?|bugs?|fleas?|pulgas?|livestock|ducks?|geese|patos?|fish|peces|snails?|"
    r"caracoles|parasites?|parasitos?)\b"
)


# What a hint says of the group when it points at a wrong done to it or a good it does ("qué
# casualidad que las mujeres siempre ganen menos por el mismo trabajo", "... que los migrantes
# siempre sean los primeros culpados", "funny how every study finds immigrants commit less
# crime"): the irony is aimed at those who say otherwise. Not when the same sentence also
# charges the group with more crime or disorder ("más robos", "sube el crimen").
_DEFENDED = re.compile(
    r"\b(?:(?:ganen|ganan|cobran|cobren|earn|earns|paid|get paid) (?:menos|less)|culpad[oa]s?|"
    r"culpen|culpan|culparon|echen la culpa|echan la culpa|"
    r"(?:get|gets|got|are|get the) blamed|(?:los|las) primer[oa]s en (?:ser )?culpad|"
    r"(?:who|that|ones|los que|las que|quienes) (?:always |usually |siempre )?"
    r"(?:get|gets|got|getting|are|were|end up|son|fueron|salen|terminan) (?:\w+ )?"
    r"(?:robbed|mugged|attacked|beaten|assaulted|cheated|scammed|ripped off|shot|stabbed|"
    r"killed|exploited|evicted|targeted|underpaid|stopped|profiled|harassed|abused|"
    r"robad[oa]s|asaltad[oa]s|atacad[oa]s|golpead[oa]s|estafad[oa]s|extorsionad[oa]s|"
    r"asesinad[oa]s|desalojad[oa]s|acosad[oa]s|maltratad[oa]s)|"
    r"(?:a (?:los|las) que|a quienes) (?:les )?(?:roban|asaltan|atacan|golpean|estafan|"
    r"extorsionan|matan|explotan|desalojan|acosan|maltratan)|"
    r"discriminad[oa]s?|discriminated|sin pruebas|without (?:proof|evidence)|"
    # a member of the group harmed ("every time a Black man is shot the police say ...")
    r"(?:man|men|woman|women|boy|girl|kid|teen|teenager|child|person|guy|family|worker|"
    r"driver|customer|student) (?:is|are|was|were|gets|get|got) (?:shot|killed|beaten|"
    r"stabbed|choked|attacked|lynched|tased|tasered|profiled|harassed)|"
    r"(?:pagan|paguen|pay|pays) (?:sus |their )?(?:impuestos|taxes)|"
    r"(?:menos|less|lower) (?:crimen|crimes?|delitos|crime rates?)|"
    r"(?:mas|the most|hardest) (?:trabajan|trabajadores|work)|(?:trabajan|work) (?:mas|harder)|"
    r"mejor conservad[oa]s|better (?:kept|preserved)|despojad[oa]s|explotad[oa]s|exploited)\b"
)
_CHARGED = re.compile(
    r"\b(?:mas|more) (?:robos|crimen|crimes?|delitos|violencia|violence)|"
    r"(?:sube|aumenta|goes up|rises) (?:el |the )?(?:crimen|crime)\b"
)


# Rows that read "it's the culture" as the blame, unless the sentence opens by saying what the
# writer loves or admires about the people ("what I love about X isn't the food, it's ...").
_OPENED_IN_PRAISE = frozenset({"culture_not"})
# Rows that read a takeover: cheered by the writer, it is no alarm (see hate/credited.py).
_TAKEOVERS = frozenset({"bring_down", "take_whole"})
_PRAISE_OPENING = re.compile(
    r"^(?:\W*)(?:and |but )?what (?:i|we) (?:love|like|admire|respect|miss|enjoy)"
    r"(?: most)? about\b|"
    r"^(?:\W*)(?:y |pero )?lo que (?:mas )?(?:me gusta|me encanta|amo|admiro|respeto|extrano) de\b"
)

# Hints that point at a people only when nothing is praised in their sentence.
_PRAISED_CANCELS = frozenset({"you_know_kind", "whats_next", "curioso_es", "guino_es"})
# Rows that call a people clannish, which the writer's admiration in the same sentence makes a
# loyalty praised ("they always stick together no matter what, and I admire that").
_CLANNISH = frozenset({"own_kind_loyal"})
# Rows that put a custom down to how a people are "down there": a custom told fondly around it
# ("tamales every Christmas Eve, that's just how they are down there, and I love it") is no fault
_FONDLY_TOLD = frozenset({"how_they_are_there"})
_PRAISE = re.compile(
    r"\b(?:best|great|greatest|love|loved|amazing|delicious|wonderful|kindest|generous|"
    r"thank\w*|favou?rite|beautiful|lovely|proud|finally|about time|congrat\w*|"
    r"me alegra\w*|me encanta\w*|me gusta\w*|delicios[oa]s?|sabros[oa]s?|hermos[oa]s?|"
    r"bonit[oa]s?|gracias|orgullos[oa]s?|amables?|generos[oa]s?|las mejores|los mejores)\b"
)


def _sentence_at(text: str, start: int) -> str:
    """The sentence of `text` that holds offset `start`."""
    opening = sentence_start(text, start)
    cut = re.search(r"[.!?\n](?=\s|$)", text[start:])
    return text[opening : start + cut.end()] if cut else text[opening:]


def _hint_defends(text: str, end: int) -> bool:
    """The rest of the hint's sentence names a wrong done to the group or a good it does,
    and charges it with nothing."""
    cut = re.search(r"[.!?\n]", text[end:])
    rest = text[end : end + cut.start()] if cut else text[end:]
    return bool(_DEFENDED.search(rest)) and not _CHARGED.search(rest)


# A hint that points at a double standard or at how others treat the group, not at the group:
# "funny how nobody calls it terrorism when ...", "qué curioso que nadie diga ... cuando ...";
# a label in scare quotes pinned on the favoured party ("funny how the white kid who did the
# same was 'a troubled youth'"); someone who "discovers" the group every season.
_DOUBLE_STANDARD = re.compile(
    r"\b(?:nobody|no one|nadie|never|nunca)\b[^.!?]{0,60}\b(?:calls?|called|says?|said|llama\w*|"
    r"dice\w*|dijo|diga\w*|habla\w*|talks?|mentions?|menciona\w*|blames?|culpa\w*)\b"
    r"[^.!?]{0,80}\b(?:when|while|cuando|si)\b"
    r"|\b(?:the|a|el|la|un|una|los|las)\s+(?:white|blanc[oa]s?|gringos?|gringas?|rich|wealthy|"
    r"ric[oa]s?)\s+\w+[^.!?]{0,80}\s['‘\"“][^'’\"”]{3,40}['’\"”]"
    r"|\b(?:someone|somebody|alguien|the media|los medios)\s+(?:suddenly\s+|de pronto\s+)?"
    r"(?:discovers?|rediscovers?|remembers?|descubre\w*|redescubre\w*|se acuerda\w*)\b"
)


# "Nobody calls them that" just before a tag like "Curioso, ¿no?": the irony is at a double
# standard ("los gringos jubilados suben la renta y nadie les dice plaga. Curioso, ¿no?").
_NOBODY_SAYS = re.compile(
    r"\bnadie (?:les |le |lo |los )?(?:dice|llama|reclama|critica|se queja|señala|senala)\w*\b"
)


def _double_standard(text: str, start: int) -> bool:
    """The hint's sentence points at a double standard or at others' treatment of the group."""
    while start < len(text) and not text[start].isalnum():
        start += 1  # a row's match may open on the stop before its sentence (". Funny how")
    opening = sentence_start(text, start)
    cut = re.search(r"[.!?\n](?=\s|$)", text[start:])
    sentence = text[opening : start + cut.end()] if cut else text[opening:]
    return bool(_DOUBLE_STANDARD.search(sentence))


# A refusal to hire, trust, serve or rent to a group: the writer's own ("I don't hire X", "never
# trust a X", "don't rent to X") or another's, told ("my manager said he would never hire a
# woman", "banks do not trust Black applicants"): a report of discrimination, not a call to it.
_REFUSALS = frozenset({"dont_serve", "contact_refused"})
# Words between a subject and its refusal that leave the subject as it is.
_PASSED = frozenset(
    {"would", "will", "still", "just", "really", "often", "usually", "simply", "also", "ever",
     "even", "probably", "apparently", "allegedly", "literally", "basically", "openly",
     "routinely", "clearly", "supposedly", "already", "then", "now", "sometimes"}
)  # fmt: skip
# Subjects that are the writer's own voice or a call: "I", "we", "you", an imperative.
_OWN_VOICE = frozenset(
    {"i", "we", "you", "y'all", "yall", "and", "so", "but", "please", "just", "or", "if", "then",
     "i'd", "we'd", "you'd", "i'll", "we'll", "you'll", "i'm", "we're", "you're"}
)  # fmt: skip
# A subject the writer holds up as a model ("smart landlords don't rent to X"), or a modal of
# duty ("employers should never hire X"): advice, still the writer's call.
_ENDORSED = frozenset(
    {"smart", "wise", "sensible", "good", "real", "sane", "decent", "any", "every", "no",
     "should", "must", "ought", "shall", "need", "better", "rule", "advice", "lesson"}
)  # fmt: skip


def _refused_by_others(an: Analysis, first: int, start: int) -> bool:
    """The refusal matched at `start` (in unit `first`) has a subject other than the writer
    or the reader ("he", "my boss", "employers", "banks"), held up as no model: the comment
    tells of someone else's refusal."""
    sentence = an.units[first].sentence
    opening = next(u.start for u in an.units if u.sentence == sentence)
    before = re.findall(r"[\w']+|,", an.norm.text[opening:start])
    while before and before[-1] in _PASSED:
        before.pop()
    if not before or before[-1] in _OWN_VOICE or before[-1] == ",":
        return False
    if any(w in _ENDORSED for w in before[-4:]):
        return False
    return not any(
        an.units[k].code in ("G", "g")
        for k in range(first)
        if an.units[k].sentence == sentence and an.units[k].end >= start - 1
    )


# "they", "ellos", "los mismos": the unnamed people an insinuation may point at
_THEY = re.compile(
    r"\b(?:they|them|their|ellos|ellas|esos|esas|those|these|los mismos|las mismas|ciertos|"
    r"ciertas|certain|over there|you know who|ya saben)\b"
)
# What the insinuation is about when it hints at no people: a team's or a player's results, or
# the writer's own family ("qué casualidad que el Monterrey siempre gana en casa", "funny how
# my brother-in-law always gets the biggest slice").
_HARMLESS_TOPIC = re.compile(
    r"\b(?:gana|ganan|pierde|pierden|wins?|loses?|arbitro|arbitros|referees?|refs?|partido|"
    r"game|match|(?:my|mi|mis) (?:brother-in-law|sister-in-law|mom|dad|brother|sister|cousin|"
    r"uncle|aunt|kids?|son|daughter|wife|husband|cunado|cunada|mama|papa|hermano|hermana|"
    r"primo|prima|tio|tia|hijo|hija|hijos|esposa|esposo|suegra|suegro)|"
    # a campaign's candidates ("qué casualidad que en elecciones los candidatos van a misa")
    r"candidatos|candidatas|candidates|politicos|politicians|diputados|regidores|"
    r"elecciones|elections?)\b"
)


def _no_one_hinted(an: Analysis, sub: Submission) -> bool:
    """An insinuation cue about a game, the writer's family or a campaign, with no group
    named, no vague "they", no quoted label, no @handle or reader, no surname or origin hint:
    nobody's character or people is hinted at."""
    if "G" in an.codes or "g" in an.codes or "U" in an.codes:
        return False
    text = an.norm.text
    if any(q in sub.text for q in "'\"‘“«@") or not _HARMLESS_TOPIC.search(text):
        return False
    return not (_VAGUE_GROUP_SEARCH.search(text) or _ORIGIN_HINT.search(text) or _THEY.search(text))


def _aimed(an: Analysis, sub: Submission, first: int) -> bool:
    """The insinuation at unit `first` is aimed at a person or office, not a group: none is
    named in the comment, no surname or origin is the hint, and its sentence or the one
    before names a person or an office held by one, or someone's kin handed a contract or a
    job ("the contract went to his brother-in-law")."""
    if "G" in an.codes or "g" in an.codes or _ORIGIN_HINT.search(an.norm.text):
        return False
    s = an.units[first].sentence
    window = range(max(0, s - 1), s + 1)
    return _names_someone(an, sub, window) or kin_favoured(an, window)


# Capitalised words that name a people or a region, not a person ("Hire Americans. Actual
# Americans.", "a certain tiny country in the Middle East"): a span of only these is no name.
_PEOPLE_OR_PLACE = re.compile(
    r"(?:\w+(?:ans|eses|ese|ians|ers)|hire|actual|real|true|middle|east|west|north|south|"
    r"near|far|eastern|western|northern|southern|central)"
)


def _names_someone(an: Analysis, sub: Submission, window: range) -> bool:
    """`names_person`, save that a name span made only of words for a people or a region
    ("Americans", "the Middle East") is no person: the hint is then at a people."""
    if not names_person(an, sub, window):
        return False
    units = [u for u in an.units if u.sentence in window]
    if any(u.has("title") for u in units):
        return True
    start = an.span(units[0].index, units[0].index)[0]
    end = an.span(units[-1].index, units[-1].index)[1]
    return any(
        start <= a < end
        and not all(_PEOPLE_OR_PLACE.fullmatch(w.lower()) for w in sub.text[a:b].split())
        for a, b in _name_spans(an, sub)
    )


# A quotation of three or more words, in single or double quotes (scare quotes round one or two
# words, "the 'new residents'", are the writer's own sneer and stay read).
_QUOTED = re.compile(
    r"(?:(?<=^)|(?<=[\s(:,;]))(['\"‘“«])([^'\"‘’“”«»]+?)"
    r"['\"’”»](?=$|[\s.,;:!?)])"
)


def _in_quoted_words(text: str, start: int, end: int) -> bool:
    """The match lies inside a quotation of three or more words: reported, not asserted."""
    if not any(q in text for q in "'\"‘“«"):
        return False
    for m in _QUOTED.finditer(text):
        if m.start(2) <= start and end <= m.end(2) and len(m.group(2).split()) >= 3:
            return True
    return False
