"""Context tests shared by the rules: negation, quotation, reporting frames, counter-speech.

These decide when words that look hateful are someone else's words being condemned, a
negated claim, or a report, which the policy protects.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.context.another_cause import (
    _NOT_VERBS_IN_N,
    denied_for_another_cause,
    says_no_hate,
)
from moderation.policy.rules.context.banter import (
    admiring_banter,
    kind_manner,
    laughs,
    playful_threat,
    praises,
)
from moderation.policy.rules.context.condemnation import (
    CONDEMN_REACH,
    _listed_after,
    condemned_elsewhere,
    condemned_near,
    denied_then_refused,
    disgust_at_speakers,
    refuted_by_evidence,
)
from moderation.policy.rules.context.endorsement import endorsed, hedge_then_denial
from moderation.policy.rules.context.negation import (
    NEG_RAISE,
    WITHOUT_SAYING,
    neg_raised,
    negated_before,
    without_saying,
)
from moderation.policy.rules.context.questions import (
    _AFFIRMING_NO,
    _answered_no,
    _answered_yes,
    _echo_question,
    asked_if_hateful,
)
from moderation.policy.rules.context.quoting import depicted_as, quoted_claim
from moderation.policy.rules.context.said_after import (
    belief_then_regretted,
    dismissed_after,
    reported_after,
    speaker_named_after,
)
from moderation.policy.rules.context.treatment import (
    _refusal_after_modal,
    _treatment_ordered,
    _treatment_ordered_within,
    _treatment_refused_before,
)
from moderation.policy.rules.context.vouching import (
    _FRAME_ARTICLES,
    _TRUE_WORDS,
    _noun_frame_affirmed,
    _subject_frame_affirmed,
    naming_approved,
    naming_vouched,
)
from moderation.policy.rules.context.words import (
    _CONTRAST,
    _LEADING_ES,
    _NEGATIONS,
    _PUNCT,
    FRAME_REACH,
    _first_person_before,
    _negated_unit,
    _quoted_in,
    _sentence_initial,
    all_quoted,
    is_question,
    next_in_sentence,
    quote_closes,
    units_in,
)
from moderation.policy.rules.recanted import recanted


def report_frame_before(an: Analysis, first: int) -> bool:
    """Someone else's words or a claim under discussion: "people who say", "the myth that"."""
    sentence = an.units[first].sentence
    k = first - 1
    while k >= max(0, first - FRAME_REACH) and an.units[k].sentence == sentence:
        u = an.units[k]
        if u.text not in _FRAME_WORDS and (u.entry is None or "report" not in u.entry.classes):
            k -= 1  # every test below opens with one of these words or a report verb
            continue
        if u.text in _CONTRAST:
            return False  # "they think they are special, but they are ...": the writer again
        if (
            u.text in _SUBJECT_INFINITIVES
            and not _sentence_initial(an, k)
            and not _readers_reason(an, k)
            and not _bigotry_named_before(an, k)
        ):
            k -= 1
            continue  # "¿no es lógico pensar que ...?": the writer's view, not a frame
        if u.text in NEG_RAISE and (
            k == 0 or an.units[k - 1].sentence != sentence or an.units[k - 1].code in ("I", "A")
        ):
            return False  # "(I) don't think X are ...": the writer's own (negated) claim
        if (
            u.has("report")
            and k > 0
            and an.units[k - 1].code == "M"
            and not an.units[k - 1].text.startswith("que ")
            and not _refusal_after_modal(an, k)
        ):
            k -= 1
            continue  # "should be considered ...": the writer's own claim ("que alguien
            # diga que ...", someone saying it, is a frame)
        if (
            u.text == "que"
            and k > 0
            and an.units[k - 1].sentence == sentence
            and an.units[k - 1].text in _BELIEF_3P
        ):
            return True  # "hay gente que piensa que ...", "mi tío cree que ...": their view
        if u.text == "que" and said_before_speaker(an, k):
            return True  # "lo que dijo el pastor, que los X ...": the pastor's words
        if u.text == "que" and _said_with_aside(an, k):
            return True  # "el gobernador dijo en el mitin que los X ...": his words
        if heard_saying(an, k):
            return True  # "I heard him say X are ...": someone else's words, overheard
        if u.has("report") and _treatment_ordered(an, k):
            return False  # "Treat X like rats.", "we should treat X like ...": the writer's call
        if u.has("report") and _treatment_refused_before(an, k, first):
            return False  # "Stop treating X like people, they are rats": the writer's own
            # claim follows the refused treatment
        if u.has("report") and (_noun_frame_affirmed(an, k) or _subject_frame_affirmed(an, k)):
            return False  # "the theory that X ... is true", "Calling X Y is the truth": the
            # writer vouches for the claim
        if u.has("report") and naming_approved(an, k):
            k -= 1
            continue  # "There's nothing wrong with calling X Y": the writer's own name for
            # them, unless someone else says so ("he says there's nothing wrong with ...")
        if u.has("report") and not _first_person_before(an, k):
            # "Do you agree that X are ...?" with nothing condemning it is a leading question
            if u.text.startswith(("you ", "do you")) and is_question(an, first):
                return condemned_elsewhere(an, first, first)
            if (
                u.text in _LEADING_ES
                and k > 0
                and an.units[k - 1].text == "no"
                and an.units[k - 1].sentence == sentence
                and is_question(an, first)
            ):
                return condemned_elsewhere(an, first, first)  # "¿No crees que los X ...?"
            return True
        if _called_in_the_past(an, k):
            return True  # "el regidor llamó plaga a los X": the name someone gave them
        if _told_me_as_a_child(an, k):
            return True  # "when my teacher told me X are dirty I was seven": a memory
        k -= 1
    return False


# Spanish third-person past calls, read only with the accent that sets them apart from the
# writer's own present ("llamó", "calificó" against "llamo", "califico": I call).
_PAST_CALLS = frozenset({"llamo", "califico", "tildo", "tacho"})


def _called_in_the_past(an: Analysis, k: int) -> bool:
    """Unit k is a Spanish verb of calling written in the third-person past ("llamó"):
    someone else named the group so, and the writer reports it."""
    u = an.units[k]
    if an.lang != "es" or u.text not in _PAST_CALLS:
        return False
    start, end = an.norm.span(u.start, u.end)
    return an.norm.original[start:end].lower().endswith(("ó", "ò"))


# The writer's childhood named in the sentence of "told me": what a grown-up or a classmate
# told the child is remembered, not vouched for ("My teacher told me X are dirty when I was
# seven", "As a kid, a neighbor told us X ..."). "told me" alone stays the writer's claim.
_CHILDHOOD = re.compile(
    r"\b(?:(?:when )?(?:i|we) (?:was|were) (?:a (?:kid|child|boy|girl|teenager)|kids|little|young|"
    r"small|in (?:school|\w+ grade|kindergarten)|(?:five|six|seven|eight|nine|ten|eleven|twelve|"
    r"\d{1,2})(?: years old)?)|growing up|as (?:a (?:kid|child|boy|girl)|kids|children)|"
    r"in (?:elementary|middle|grade|primary) school)\b"
)


def _told_me_as_a_child(an: Analysis, k: int) -> bool:
    units = an.units
    if an.lang != "en" or units[k].text != "told" or k + 1 >= len(units):
        return False
    if units[k + 1].text not in ("me", "us") or _first_person_before(an, k):
        return False
    sentence = [u for u in units if u.sentence == units[k].sentence]
    lo, hi = sentence[0].start, sentence[-1].end
    return bool(_CHILDHOOD.search(an.norm.text, lo, hi)) and not _PROVED_RIGHT.search(an.norm.text)


# The teller vouched for afterwards ("..., and she was right"): the claim is the writer's.
_PROVED_RIGHT = re.compile(r"\b(?:was|were|is|are) (?:right|correct|not wrong|onto something)\b")


# Spanish puts the speaker after the verb in a relative frame: "lo que dijo el pastor, que los
# X son ...", "eso que dijo mi tío de que ...", "aquello que gritaban en la marcha, que ...".
# The words after the last "que" are the speaker's, held up by the writer.
_RELATIVE_HEADS = frozenset({"lo", "eso", "esto", "aquello", "aquellos"})


_SAID_ES = frozenset(
    {"dijo", "dijeron", "dice", "dicen", "decia", "decian", "ha dicho", "han dicho", "escribio",
     "escribieron", "grito", "gritaron", "gritaba", "gritaban", "publico", "publicaron",
     "afirmo", "afirmaron", "aseguro", "aseguraron", "declaro", "declararon", "repitio",
     "repitieron", "solto", "soltaron", "predico", "predicaron", "anda diciendo"}
)  # fmt: skip


_SPEAKER_REACH = 5  # units between the verb and the "que": "el pastor", "en la radio"


def _said_with_aside(an: Analysis, k: int) -> bool:
    """The "que" at k follows a third person's verb of saying with a short aside between
    ("dijo en el mitin que", "declararon ayer ante la prensa que"): a speech reported."""
    units = an.units
    s = units[k].sentence
    for j in range(k - 1, max(-1, k - 2 - _SPEAKER_REACH), -1):
        x = units[j]
        if x.sentence != s:
            return False
        if x.text in _SAID_ES:
            return (
                j < k - 1
                and not (j > 0 and units[j - 1].code == "I")
                # "ya lo decía mi padre, que era guardia civil": a relative clause after a
                # comma names the speaker; the words said come elsewhere
                and not any(c in an.norm.text[x.end : units[k].start] for c in ",;:")
            )
        if x.code not in ("A", "w") or x.text in ("que", "y", "pero"):
            return False
    return False


def said_before_speaker(an: Analysis, k: int) -> bool:
    """The "que" at k closes "lo/eso que <dijo> <speaker>(, de) que": a relative frame that
    reports what someone said, the speaker after the verb."""
    units = an.units
    s = units[k].sentence
    j = k - 1
    if j >= 0 and units[j].text == "de":
        j -= 1
    steps = 0
    while j >= 0 and units[j].sentence == s and units[j].text not in _SAID_ES:
        if units[j].code not in ("A", "w") or steps >= _SPEAKER_REACH:
            return False  # a group, a copula or a verb: not a speaker's name
        j -= 1
        steps += 1
    if j < 2 or units[j].sentence != s or units[j].text not in _SAID_ES:
        return False
    return units[j - 1].text == "que" and units[j - 2].text in _RELATIVE_HEADS


# "I heard him say", "we overheard a guy at the bar saying": a verb of hearing, a third person
# and a verb of saying report someone else's words, though the hearer is the writer.
_HEARING = frozenset({"heard", "hear", "overheard", "overhear", "listened to", "listen to"})


_SAYING = frozenset(
    {"say", "saying", "said", "says", "tell", "telling", "claim", "claiming", "yell", "yelling",
     "shout", "shouting", "scream", "screaming", "call", "calling", "chant", "chanting"}
)  # fmt: skip


_HEARD_REACH = 4  # units between them: "him", "my uncle", "a guy at the bar"


def heard_saying(an: Analysis, k: int) -> bool:
    units = an.units
    if units[k].text not in _SAYING:
        return False
    s = units[k].sentence
    for j in range(k - 2, max(-1, k - 2 - _HEARD_REACH), -1):
        if units[j].sentence != s or units[j + 1].code in ("G", "S", "I", "C"):
            return False
        if units[j].text in _HEARING:
            return True
    return False


# Spanish infinitives of believing or saying that frame a claim only as the subject of the
# sentence ("Pensar que los X son ... es de ignorantes").
_SUBJECT_INFINITIVES = frozenset(
    f"{v} que"
    for v in ("pensar", "opinar", "sostener", "insinuar", "sugerir", "suponer", "asumir",
              "declarar")
)  # fmt: skip


# Prepositions that make the infinitive the reader's act ("eres un intolerante por pensar
# que ...", "te equivocas al sostener que ..."). Said of the writer ("¿me equivoco al pensar
# que ...?", "¿soy racista por pensar que ...?") it stays the writer's own view.
_REASON_PREPOSITIONS = frozenset({"por", "al", "de"})


_FIRST_PERSON_ES = frozenset({"yo", "me", "soy", "estoy", "mi", "nosotros", "somos"})


def _readers_reason(an: Analysis, k: int) -> bool:
    """The infinitive frame at k follows a preposition of reason in a sentence said to the
    reader (a second-person word before it) and not of the writer."""
    if k == 0 or an.units[k - 1].text not in _REASON_PREPOSITIONS:
        return False
    before = [u for u in an.units[: k - 1] if u.sentence == an.units[k].sentence]
    if any(u.code == "I" or u.text in _FIRST_PERSON_ES for u in before):
        return False
    return any(u.code == "U" or u.text in ("te", "tu", "eres", "estas") for u in before)


def _bigotry_named_before(an: Analysis, k: int) -> bool:
    """The infinitive frame at k comes right after the name of a bigotry it is the subject of:
    "es racismo pensar que ...", "¿no es racismo pensar que ...?" (asked, so the reader is to
    agree it is)."""
    if k == 0:
        return False
    prev = an.units[k - 1]
    if prev.sentence != an.units[k].sentence:
        return False
    if prev.has("endorse"):
        return prev.text.startswith("no es") and is_question(an, k - 1)
    return prev.has("condemn")


# The words a test of `report_frame_before` opens with (besides a unit of the "report" class):
# the walk steps over any other word at once, as the tests themselves would.
_FRAME_WORDS = (
    _CONTRAST | _SUBJECT_INFINITIVES | NEG_RAISE | _SAYING | _PAST_CALLS | {"que", "told"}
)


# Spanish verbs of belief in the third person: what follows "piensan que" is someone's view.
_BELIEF_3P = frozenset(
    {"piensa", "piensan", "piense", "piensen", "cree", "creen", "crea", "crean", "opina",
     "opinan", "opine", "opinen", "asegura", "aseguran", "jura", "juran"}
)  # fmt: skip


def counter_speech(an: Analysis, first: int, last: int) -> bool:
    """True when the match is quoted, reported or condemned rather than asserted."""
    if claim_denied(an, first, last):
        return True  # "la idea de que ... no es cierta": held up to be denied
    if labelled_false(an, first, last) or labelled_next(an, last, _quoted_in(an, first, last)):
        return True  # "X is the dual loyalty trope": said in the same breath, it outweighs
        # agreement elsewhere ("@Y tiene razón en señalarlo")
    if claim_vouched(an, first):
        return False  # "eso de que ... no es falso": a double denial vouches for the claim
    if endorsed(an, first):
        return False
    asked = asked_if_hateful(an, first)
    if asked is not None:
        # "Is it racist to say that X are ...?": the writer's view, unless answered "yes" or
        # condemned in other words than the frame's own
        return _answered_yes(an, first) or any(
            k != asked and not (first <= k <= last) and not _negated_unit(an, an.units[k])
            for k in an.by_class.get("condemn", ())
        )
    if depicted_as(an, first, last):
        return True
    if all_quoted(an, first, last):
        return True
    if quoted_claim(an, first, last):
        return True
    if (report_frame_before(an, first) and not _treatment_ordered_within(an, first, last)) or (
        reported_after(an, last)
    ):
        return True
    if without_saying(an, an.units[first].start):
        return True  # "debatirlo sin tratar a los X como ratas": the depiction refused
    if denied_then_refused(an, first, last):
        return True  # "X are not Y, stop saying that": the words denied, then refused
    if dismissed_after(an, last):
        return True  # "..., decía mi abuelo, qué tontería": someone's words, then rejected
    if belief_then_regretted(an, first, last):
        return True  # "mi abuela decía que los X ..., y qué vergüenza me da ahora"
    if is_question(an, first) and (
        _answered_no(an, first) or _echo_question(an, first) or slogan_answered(an, first)
    ):
        return True
    if disgust_at_speakers(an, first):
        return True
    if refuted_by_evidence(an, last):
        return True  # "... immigrants bring crime. The county's own numbers say the opposite."
    return condemned_near(an, first, last)


# "Send the refugees home? They have no home, it was bombed.", "Deport them all? Most of them
# were born here.": a call repeated as a bare question (its verb first, no one asked whether
# we should) and answered against it in the next sentence: counter-speech. The answer must
# rebut (a negation, "where?", born here) and carry no hate of its own ("... ? Yes, all of
# them", "... ? No, they should be shot" stay read).
_SLOGAN_LEAD = frozenset({"so", "just", "then", "and", "y", "entonces", "o sea", "pues"})


_NOT_AN_ANSWER = frozenset(
    {"yes", "yeah", "yep", "yup", "sure", "exactly", "absolutely", "definitely", "please",
     "good", "great", "si", "claro", "obvio", "exacto", "ojala", "por supuesto", "of course",
     "damn right", "hell yes", "hell yeah", "about time", "ya era hora", "why not", "por que no",
     "do it", "hagamoslo"}
)  # fmt: skip


_REBUTTAL_WORDS = frozenset(
    {"where", "which", "whose", "born", "nowhere", "donde", "adonde", "cual", "nacio",
     "nacieron", "nacidos", "nacidas"}
)  # fmt: skip


def slogan_answered(an: Analysis, first: int) -> bool:
    """A call ("Send the refugees home?") or a claim ("Mexicans are lazy?") repeated as a bare
    question, then answered against it in the next sentence with nothing hateful of its own."""
    units = an.units
    base, codes = an.sentence_of(first)
    k = base
    while k < first and (units[k].code == "A" or units[k].text in _SLOGAN_LEAD):
        k += 1
    if any(c in "IFUMO" for c in codes):
        return False  # "Should we send them home?" asks; a bare call repeated is an echo
    call = units[k].code == "V" and len(codes) <= 9
    # a claim in the order of a statement, the group first ("X are lazy?"), not "Are X lazy?"
    claim = (
        units[k].code == "G" and len(codes) <= 12 and any(c in "CXDZ" for c in codes[k - base :])
    )
    if not (call or claim):
        return False
    end = base + len(codes)
    if end >= len(units):
        return False
    answer = [u for u in units[end:] if u.sentence == units[end].sentence]
    words = " ".join(u.text for u in answer[:3]).split()
    if any(" ".join(words[:n]) in _NOT_AN_ANSWER for n in range(1, len(words) + 1)):
        return False
    text = an.norm.text
    if _AFFIRMING_NO.match(text, units[end].start):
        return False  # "No problem.", "No doubt about it", "No me tiembla la mano": a yes
    rebuts = _REBUTTAL_OPENER.match(text, units[end].start) is not None
    if call and not rebuts:
        # a question back ("Back where?"), a word of place or birth, or a negation said of
        # them ("They have no home", "No tienen casa"), not a bare "No mercy"
        rebuts = (
            is_question(an, end)
            or any(u.text.split()[0] in _REBUTTAL_WORDS for u in answer)
            or (any(u.code == "N" for u in answer) and _them_in(an, answer))
        )
    if not rebuts:
        return False
    return says_no_hate(an, units[end].start, len(text))


def _them_in(an: Analysis, answer: list[Unit]) -> bool:
    """The answer speaks of the people themselves: "they", the group, or (Spanish) a plural
    verb with its subject dropped ("no tienen casa")."""
    for u in answer:
        if u.code in ("G", "g", "t") or u.text in ("they", "ellos", "ellas"):
            return True
        word = u.text.split()[-1]
        if (
            an.lang == "es"
            and u.code in ("w", "C")
            and word.endswith(("an", "en"))
            and word not in _NOT_VERBS_IN_N
        ):
            return True
    return False


# How an answer opens when it sets a fact or a person against the claim just echoed: "Tell
# that to the guys roofing in July heat", "There are about five of them", "Los datos dicen lo
# contrario", "Díselo a los albañiles", a denial.
_REBUTTAL_OPENER = re.compile(
    r"(?:no|nope|nah|not at all|never|nunca|jamas|of course not|claro que no|para nada)\s*[,.!;:]"
    r"|(?:(?:go |try )?(?:tell|say) (?:that|it) to|try telling that to|"
    r"there (?:are|were) (?:only |just |about |maybe |like |barely )?(?:\d+|a few|a handful|two|"
    r"three|four|five|six|ten|twelve)|(?:the )?(?:data|numbers|stats|statistics|studies|facts|"
    r"census|fbi|records?) (?:says?|shows?|disagrees?|tells? (?:a )?different)|"
    r"diselo a|dile eso a|diganselo a|preguntale a|pregunten a|preguntales a|"
    r"hay (?:solo |apenas |como |unos |unas )?(?:\d+|cinco|cuatro|tres|dos|diez|doce|un punado)|"
    r"(?:los )?(?:datos|numeros|cifras|estudios|hechos|registros) (?:dicen|muestran|demuestran)|"
    r"mi (?:vecino|vecina|abuelo|abuela|papa|mama|jefe|jefa|cunado|cunada|suegro|suegra))\b"
)


# Denials said of a claim held up by a noun frame ("... is not true", "... es mentira"); the
# Spanish "no es cierto/cierta" is its own lexicon class, `deny`, longer than the endorsing
# "es cierto", and counts only here: alone it may close a tag question ("..., ¿no es cierto?").
_CLAIM_DENIALS = frozenset(
    {"not true", "untrue", "false", "is false", "is a lie", "nonsense", "a myth", "is a myth",
     "bullshit", "no es verdad", "es mentira", "falso", "falsa", "un mito"}
)  # fmt: skip


_CLAIM_OPENERS = _FRAME_ARTICLES | {"eso", "lo"}


def _claim_frame(an: Analysis, first: int) -> int | None:
    """The unit of the noun frame that holds up the claim at `first` earlier in its sentence
    ("the idea that", "the claim that", "la idea de que", "eso de que"), with no "but"
    between; None when there is none."""
    sentence = an.units[first].sentence
    for k in range(first - 1, max(-1, first - 1 - FRAME_REACH), -1):
        u = an.units[k]
        if u.sentence != sentence or u.text in _CONTRAST:
            return None
        words = u.text.split()
        if u.has("report") and words[0] in _CLAIM_OPENERS and words[-1] in ("that", "que"):
            return k
    return None


def claim_denied(an: Analysis, first: int, last: int) -> bool:
    """A claim held up by a noun frame and denied later in the same sentence ("La idea de que
    los X ... no es cierta", "The claim that X ... is a lie", "Eso de que ... es un bulo"):
    counter-speech, even beside agreement elsewhere. "... is true", "... no es mentira" or a
    "but" before the denial leave the claim the writer's own."""
    if _claim_frame(an, first) is None:
        return False
    units = an.units
    sentence = units[last].sentence
    negated = False
    for u in units[last + 1 :]:
        if u.sentence != sentence or u.text in _CONTRAST or u.has("endorse"):
            return False
        if u.text in _TRUE_WORDS and not negated:
            return False  # "... is true, not a lie": affirmed first
        if u.has("deny") or u.text in _CLAIM_DENIALS or u.text.split()[-1] in _FALSE_LABELS:
            return not negated
        if u.code == "N" or u.text in _NEGATIONS:
            negated = True
    return False


def claim_vouched(an: Analysis, first: int) -> bool:
    """The claim at `first` follows a noun frame whose sentence calls it no lie."""
    k = _claim_frame(an, first)
    return k is not None and _denial_denied(an, k)


# Articles between a negation and the label it denies ("is not a lie", "no es un bulo").
_ARTICLES = frozenset({"a", "an", "un", "una"})


def _denial_denied(an: Analysis, k: int) -> bool:
    """A noun frame whose claim the sentence goes on to call no lie ("Eso de que los X ... no
    es mentira", "The claim that X ... is not a lie"): a double denial vouches for it."""
    units = an.units
    sentence = units[k].sentence
    for j in range(k + 1, len(units)):
        u = units[j]
        if u.sentence != sentence or u.text in _CONTRAST:
            return False
        if u.text in _CLAIM_DENIALS or u.text.split()[-1] in _FALSE_LABELS:
            i = j - 1
            while i > k and (units[i].code == "C" or units[i].text in _ARTICLES):
                i -= 1
            return i > k and (units[i].code == "N" or units[i].text in _NEGATIONS)
    return False


# What a claim is called when the writer names it in order to reject it.
_FALSE_LABELS = frozenset(
    {"trope", "tropes", "myth", "lie", "lies", "canard", "stereotype", "conspiracy theory",
     "conspiracy", "hoax", "smear", "tropo", "mito", "mentira", "mentiras", "estereotipo",
     "bulo", "calumnia", "teoria conspirativa", "conspirativa", "conspiracion",
     "conspiranoia", "conspiranoica", "infundio", "patrana"}
)  # fmt: skip


_LABEL_WINDOW = 6


def labelled_false(an: Analysis, first: int, last: int) -> bool:
    """The sentence goes on to call the matched claim a trope, a myth or a lie ("... is the
    dual loyalty trope", "... y eso es una mentira"): a copula (inside the match or after
    it), then one of those labels after the match, a few words on, in the same clause and
    with no negation between."""
    units = an.units
    last = quote_closes(an, first, last)  # a quoted claim: its label may sit inside the match
    sentence = units[last].sentence
    copula = None
    for k in range(first + 1, min(len(units), last + 1 + _LABEL_WINDOW + 4)):
        u = units[k]
        if u.sentence != sentence:
            return False
        if k > last and (u.text in _CONTRAST or u.code == "N" or u.text in _NEGATIONS):
            return False
        if u.code == "C":
            copula = k
            continue
        if copula is None or k <= last:
            continue
        if k - copula > _LABEL_WINDOW or _PUNCT.search(an.norm.text[units[copula].end : u.start]):
            return False
        if _listed_after(an, last, k):
            continue  # "X are all lazy racist pigs": a word of the list, not a label
        if u.text in _FALSE_LABELS or u.text.split()[-1] in _FALSE_LABELS:
            return True
        if _hate_label(an, k):
            return True  # "... running Congress, which is the oldest hate in the book"
    return False


# What the writer calls a claim when naming it as bigotry ("which is racist", "eso es
# racismo", "the oldest hate in the book").
_HATE_LABELS = frozenset(
    {"racist", "racism", "antisemitic", "antisemitism", "anti semitic", "bigotry", "bigoted",
     "xenophobic", "xenophobia", "homophobic", "homophobia", "hate speech", "hate", "racista",
     "racistas", "racismo", "antisemita", "antisemitismo", "xenofobo", "xenofoba", "xenofobia",
     "homofobo", "homofoba", "homofobia", "discurso de odio", "odio"}
)  # fmt: skip


_LABEL_SUBJECTS = frozenset({"i", "we", "you", "they", "yo", "me", "te", "los", "les", "them"})


def _hate_label(an: Analysis, k: int) -> bool:
    """A bigotry label as a noun or adjective said of the claim, not a verb with a subject of
    its own ("which is why I hate them" is no label)."""
    u = an.units[k]
    if u.text not in _HATE_LABELS:
        return False
    prev = an.units[k - 1]
    return prev.code not in ("I", "U", "G") and prev.text not in _LABEL_SUBJECTS


# Demonstratives that take up the sentence before as a subject ("That is a lie.", "Eso es
# falso y racista.", "That word is a smear.").
_TAKE_UP = frozenset({"that", "this", "eso", "esto", "ese", "esa", "este", "esta", "it"})


_FALSE_WORDS = frozenset({"false", "untrue", "wrong", "falso", "falsa", "mentira"})


# What a quoted claim is called in the next sentence when the writer dismisses it as junk
# ("Es la misma basura de siempre."): only for a claim held up in quotes.
_JUNK_LABELS = frozenset(
    {"garbage", "rubbish", "nonsense", "crap", "bullshit", "drivel", "basura", "tonteria",
     "tonterias", "estupidez", "estupideces", "porqueria", "disparate", "disparates"}
)  # fmt: skip


def _group_in(run: list[Unit]) -> bool:
    """A group named in the words ("es la misma basura que los X"): junk said of them."""
    return any(x.code in ("G", "t", "g") for x in run)


def labelled_next(an: Analysis, last: int, quoted: bool = False) -> bool:
    """The sentence after the claim takes it up with a demonstrative (and at most one noun:
    "that word", "ese comentario") and calls it false, a myth or bigotry ("Alguien publicó que
    'X'. Le respondimos que eso es falso y racista."), with no negation or "but" between.
    After a claim in quotes, a Spanish copula with no subject ("Es la misma basura de
    siempre.") takes it up too, and junk words count as labels."""
    units = an.units
    s = units[last].sentence + 1
    run = [u for u in units[last + 1 : last + 40] if u.sentence == s]
    if quoted and an.lang == "es" and run and run[0].code == "C":
        run = [run[0]._replace(text="eso"), *run]  # the dropped subject is the claim
    for j, u in enumerate(run[:8]):
        if u.text not in _TAKE_UP or (j and run[j - 1].text in ("if", "si")):
            continue  # "If that's racist, then I'm a racist": a condition, not a verdict
        rest = run[j + 1 :]
        if rest and rest[0].code == "w" and rest[0].entry is None and len(rest) > 1:
            rest = rest[1:]  # "that word", "ese comentario"
        if not rest or rest[0].code != "C":
            continue
        for x in rest[1:7]:
            if x.code == "N" or x.text in _NEGATIONS or x.text in _CONTRAST:
                return False
            if (
                x.text in _FALSE_LABELS
                or x.text in _FALSE_WORDS
                or x.text.split()[-1] in _FALSE_LABELS
                or _hate_label(an, x.index)
                or (quoted and x.text in _JUNK_LABELS and not _group_in(rest))
            ):
                return True
        return False
    return False


# "Si odias a los X, ...", "Quien odia a los X ...": the group is the object of a hater the
# sentence describes, and what follows is said of that hater.
_HATER_OPENERS = frozenset(
    {"si", "quien", "quienes", "el que", "la que", "los que", "las que", "la gente que",
     "cualquiera que", "todo el que", "aquel que", "aquellos que"}
)  # fmt: skip


_WRITER_HATES = ("odio", "detesto", "desprecio", "aborrezco", "no soporto", "no aguanto")


def _hater_described(an: Analysis, first: int, last: int) -> bool:
    if an.lang != "es":
        return False
    sentence = an.units[first].sentence
    gs = [k for k in range(first, last + 1) if an.units[k].code == "G"]
    if not gs:
        before = (k for k in range(first - 1, -1, -1) if an.units[k].sentence == sentence)
        gs = [next((k for k in before if an.units[k].code == "G"), -1)]
    g = gs[0]
    if g < 0 or any(
        an.units[k].code == "C" and an.units[k].text.startswith(("son", "eran", "seran", "sean"))
        for k in range(first, last + 1)
    ):
        return False  # "..., son unos X": a plural verb is said of the group, not the hater
    for k in range(g - 1, max(-1, g - 4), -1):
        u = an.units[k]
        if u.sentence != sentence:
            return False
        if u.code == "H":
            if u.text.split()[0] in _WRITER_HATES or u.text.startswith(_WRITER_HATES) or k == 0:
                return False
            prev = an.units[k - 1]
            return prev.sentence == sentence and prev.text in _HATER_OPENERS
        if u.code not in ("A", "w"):
            return False
    return False


def suppressed(an: Analysis, first: int, last: int, *, allow_negation: bool = False) -> bool:
    if not allow_negation and negated_before(an, first):
        return True
    if _hater_described(an, first, last):
        return True
    if recanted(an, first, last):
        return True  # "I used to think X were ... until I met", "no porque ellos sean ..."
    if counter_speech(an, first, last):
        return True
    return denied_for_another_cause(an, first, last)


__all__ = [
    "CONDEMN_REACH",
    "FRAME_REACH",
    "NEG_RAISE",
    "WITHOUT_SAYING",
    "admiring_banter",
    "all_quoted",
    "asked_if_hateful",
    "belief_then_regretted",
    "claim_denied",
    "claim_vouched",
    "condemned_elsewhere",
    "condemned_near",
    "counter_speech",
    "denied_for_another_cause",
    "denied_then_refused",
    "depicted_as",
    "disgust_at_speakers",
    "dismissed_after",
    "endorsed",
    "heard_saying",
    "hedge_then_denial",
    "is_question",
    "kind_manner",
    "labelled_false",
    "labelled_next",
    "laughs",
    "naming_approved",
    "naming_vouched",
    "neg_raised",
    "negated_before",
    "next_in_sentence",
    "playful_threat",
    "praises",
    "quote_closes",
    "quoted_claim",
    "refuted_by_evidence",
    "report_frame_before",
    "reported_after",
    "said_before_speaker",
    "says_no_hate",
    "slogan_answered",
    "speaker_named_after",
    "suppressed",
    "units_in",
    "without_saying",
]
