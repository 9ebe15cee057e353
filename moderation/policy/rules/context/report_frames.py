"""Report frames before the words (`report_frame_before`): "people who say", "the myth that",
"mi tío cree que", "I heard him say": someone else's words, which the policy protects, and
the frames that are the writer's own claim after all.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.context.condemnation import condemned_elsewhere, label_fended_off
from moderation.policy.rules.context.label_for_saying import label_for_saying
from moderation.policy.rules.context.negation import NEG_RAISE
from moderation.policy.rules.context.treatment import (
    refusal_after_modal,
    treatment_ordered,
    treatment_refused_before,
)
from moderation.policy.rules.context.vouching import (
    naming_approved,
    noun_frame_affirmed,
    subject_frame_affirmed,
)
from moderation.policy.rules.context.words import (
    CONTRAST,
    FRAME_REACH,
    LEADING_ES,
    first_person_before,
    is_question,
    sentence_initial,
)

# "I don't care what anyone says", "no matter what they think", "whatever people say": others'
# words named only to be overruled, so what follows is the writer's own claim.
_DEFIANT_HEADS = frozenset({"care", "matter", "whatever"})


def _others_defied(an: Analysis, k: int) -> bool:
    """The report verb at `k` is led by "don't care what", "no matter what" or "whatever" at
    most three words back in its sentence (English)."""
    if an.lang != "en" or not an.units[k].has("report"):
        return False
    sentence = an.units[k].sentence
    for j in range(k - 1, max(-1, k - 4), -1):
        u = an.units[j]
        if u.sentence != sentence:
            return False
        if u.text == "whatever":
            return True
        if u.text == "what" and j > 1 and an.units[j - 1].text in _DEFIANT_HEADS:
            lead = an.units[j - 2]
            return lead.code == "N" or lead.text in ("no", "not", "never")
    return False


def report_frame_before(an: Analysis, first: int) -> bool:
    """Someone else's words or a claim under discussion: "people who say", "the myth that"."""
    sentence = an.units[first].sentence
    k = first - 1
    while k >= max(0, first - FRAME_REACH) and an.units[k].sentence == sentence:
        u = an.units[k]
        if u.text not in _FRAME_WORDS and (u.entry is None or "report" not in u.entry.classes):
            k -= 1  # every test below opens with one of these words or a report verb
            continue
        if u.text in CONTRAST:
            return False  # "they think they are special, but they are ...": the writer again
        if _who_does_else(an, k):
            k -= 1
            continue  # "The people who decide which plants close are ...": no one's words
        if _others_defied(an, k):
            k -= 1
            continue  # "I don't care what anyone says, X are ...": the writer's own claim
        if _witness_vouches(an, k, first):
            k -= 1
            continue  # "Anyone who has lived there knows X are ...": the writer's own claim
        if u.text == "if you" and _acted_on(an, k):
            k -= 1
            continue  # "If you look at who owns X, ...": a step the reader takes, no belief
        if _no_speech(an, k) or _group_speaks(an, k, first):
            k -= 1
            continue  # "That said, ...", "the call center", "la escribieron los X": no one's
            # words about the group
        if u.text in LEADING_ES and k > 0 and an.units[k - 1].text in _WHO_ES:
            return condemned_elsewhere(an, first, first)  # "¿Quién crees que financia ...?":
            # the writer's insinuation, asked of no one's words
        if (
            u.text in _SUBJECT_INFINITIVES
            and not sentence_initial(an, k)
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
            and not refusal_after_modal(an, k)
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
        if u.has("report") and treatment_ordered(an, k):
            return False  # "Treat X like rats.", "we should treat X like ...": the writer's call
        if u.has("report") and treatment_refused_before(an, k, first):
            return False  # "Stop treating X like people, they are rats": the writer's own
            # claim follows the refused treatment
        if u.has("report") and _bigotry_denied_before(an, k):
            return False  # "It's not racist to say X ...": the writer's own claim, fended off
        if u.has("report") and (noun_frame_affirmed(an, k) or subject_frame_affirmed(an, k)):
            return False  # "the theory that X ... is true", "Calling X Y is the truth": the
            # writer vouches for the claim
        if u.has("report") and naming_approved(an, k):
            k -= 1
            continue  # "There's nothing wrong with calling X Y": the writer's own name for
            # them, unless someone else says so ("he says there's nothing wrong with ...")
        if u.has("report") and not first_person_before(an, k):
            # "Do you agree that X are ...?" with nothing condemning it is a leading question
            if u.text.startswith(("you ", "do you")) and is_question(an, first):
                return condemned_elsewhere(an, first, first)
            if (
                u.text in LEADING_ES
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


# What "people who" / "those who" must go on with to frame someone's words: a verb of saying
# or believing, or an adverb before one ("people who honestly believe").
_WHO_SAYS = frozenset(
    {"say", "says", "said", "claim", "claims", "claimed", "think", "thinks", "thought",
     "believe", "believes", "believed", "insist", "insists", "tell", "tells", "told", "repeat",
     "repeats", "call", "calls", "called", "keep", "keeps", "yell", "yells", "post", "posts",
     "write", "writes", "wrote", "argue", "argues", "chant", "chants", "scream", "screams",
     "shout", "shouts", "spread", "spreads", "push", "pushes", "honestly", "really",
     "actually", "still", "always", "seriously", "genuinely", "constantly", "truly", "somehow",
     "act", "acts", "pretend", "pretends", "assume", "assumes", "feel", "feels", "want",
     "wants", "comment", "comments", "blame", "blames", "hate", "hates", "fear", "fears",
     # alarm and grievance voiced: "the same people who panicked about X 'eating pets'"
     "panic", "panicked", "panicking", "worry", "worried", "freak", "freaked", "complain",
     "complained", "complaining", "whine", "whined", "cry", "cried", "rant", "ranted", "rage",
     "raged", "warn", "warned", "swear", "swore", "accuse", "accused", "screamed",
     "shouted", "yelled", "talk", "talked", "spoke", "speak", "preach", "preached", "retweet",
     "retweets", "retweeted", "share", "shares", "shared", "repost", "reposts", "reposted",
     "forward", "forwards", "upvote", "upvotes", "like", "likes", "liked"}
)  # fmt: skip


def _who_does_else(an: Analysis, k: int) -> bool:
    """An English "people who" / "those who" at k goes on with a verb that is no saying or
    believing (`_WHO_SAYS`): the people are described by what they do, not quoted."""
    u = an.units[k]
    if an.lang != "en" or not u.text.endswith(" who") or k + 1 >= len(an.units):
        return False
    nxt = an.units[k + 1]
    if nxt.sentence != u.sentence or nxt.code != "w" or nxt.text in _WHO_SAYS:
        return False
    # "anyone who suggests that X ...", "people who unironically believe X ...": a clause or
    # a group right after the verb is what they say, whatever the verb
    after = [x for x in an.units[k + 2 : k + 4] if x.sentence == u.sentence]
    return not any(x.text in ("that", "que") or x.quoted or x.code in ("G", "g") for x in after)


# "If you" opens someone's belief ("if you think X are ...") but also a step the writer asks the
# reader to take or a want it answers ("if you look at who runs X", "if you want your town
# safe, you keep X out", "if you need me to spell it out"): the line after it is the writer's.
_STEPS = frozenset(
    {"look", "want", "need", "go", "drive", "walk", "check", "visit", "take", "compare",
     "count", "pick", "spend"}
)  # fmt: skip


def _acted_on(an: Analysis, k: int) -> bool:
    """The "if you" at unit k is followed by a step or a want (`_STEPS`), not a belief."""
    nxt = an.units[k + 1] if k + 1 < len(an.units) else None
    if nxt is None or nxt.sentence != an.units[k].sentence:
        return False
    return nxt.text.split()[0] in _STEPS


# Report words that speak of no one's words: "that said," opening the writer's turn, and a
# call as a noun ("the call center", "the calls from ...").
_CALL_NOUNS = frozenset({"center", "centers", "centre", "centres", "volume", "log", "logs"})
_ARTICLES = frozenset({"the", "a", "those", "these", "every", "all the"})


# "Who" before "crees que": the reader is asked to name someone, no belief is told.
_WHO_ES = frozenset({"quien", "quienes"})


def _group_speaks(an: Analysis, k: int, first: int) -> bool:
    """A bare one-word report verb at k ("escribieron", "publicó") whose subject is the group
    right after it behind an article, where the line starts ("la reforma la escribieron los
    X"): the group did the writing, and nothing after it is someone's words about them."""
    u = an.units[k]
    if an.lang != "es" or not u.has("report") or " " in u.text:
        return False  # "dicen que", "según tú", "se refieran a": a frame, not a bare verb
    j = k + 1
    while j < len(an.units) and an.units[j].text in _ARTICLES_ES:
        j += 1
    return (
        k + 1 < j < len(an.units)
        and first <= j
        and an.units[j].code in ("G", "g")
        and an.units[j].sentence == u.sentence
    )


_ARTICLES_ES = frozenset({"los", "las", "esos", "esas", "estos", "estas", "unos", "unas"})


def _no_speech(an: Analysis, k: int) -> bool:
    """The report word at unit k is a discourse marker or a noun, not someone speaking, or it
    puts a fended-off label on the writer."""
    units, text = an.units, an.norm.text
    u = units[k]
    if an.lang == "en" and label_for_saying(an, k):
        return True  # "They call you a racist for noticing that ...": the writer's own line
    prev = units[k - 1] if k > 0 and units[k - 1].sentence == u.sentence else None
    nxt = units[k + 1] if k + 1 < len(units) and units[k + 1].sentence == u.sentence else None
    if u.text == "said" and prev is not None and prev.text == "that":
        return sentence_initial(an, k - 1) and text[u.end : u.end + 1] == ","
    if u.text in ("call", "calls"):
        return (nxt is not None and nxt.text in _CALL_NOUNS) or (
            prev is not None and prev.text in _ARTICLES
        )
    # "Que me llamen racista si quieren, ...": the call names the writer, fending a label off
    return an.lang == "es" and nxt is not None and label_fended_off(an, nxt.index)


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
    if units[k + 1].text not in ("me", "us") or first_person_before(an, k):
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
# sentence ("Pensar que los X son ... es de ignorantes", "Repetir hoy que ..."): after "voy a",
# "no me canso de" they are the writer's own act ("Voy a repetir que los X son ...").
_SUBJECT_INFINITIVES = frozenset(
    f"{v} que"
    for v in ("pensar", "opinar", "sostener", "insinuar", "sugerir", "suponer", "asumir",
              "declarar", "repetir")
) | {"repetir"}  # fmt: skip


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


def _bigotry_denied_before(an: Analysis, k: int) -> bool:
    """The saying at k comes right after a bigotry's name denied in its sentence ("it's not
    racist to say ...", "it isn't bigotry to point out ..."): the writer fends the label off
    the claim that follows and says it as their own."""
    if k < 2:
        return False
    named, denied = an.units[k - 1], an.units[k - 2]
    sentence = an.units[k].sentence
    return (
        named.has("condemn")
        and denied.code == "N"
        and named.sentence == sentence
        and denied.sentence == sentence
    )


# The words a test of `report_frame_before` opens with (besides a unit of the "report" class):
# the walk steps over any other word at once, as the tests themselves would.
_FRAME_WORDS = CONTRAST | _SUBJECT_INFINITIVES | NEG_RAISE | _SAYING | _PAST_CALLS | {"que", "told"}


# Spanish verbs of belief in the third person: what follows "piensan que" is someone's view.
_BELIEF_3P = frozenset(
    {"piensa", "piensan", "piense", "piensen", "cree", "creen", "crea", "crean", "opina",
     "opinan", "opine", "opinen", "asegura", "aseguran", "jura", "juran"}
)  # fmt: skip


# "Anyone who has been to X knows ...", "anybody who lives here can tell you ...": the
# witnesses the writer calls on know what follows, so it is the writer's claim, not theirs put
# up for discussion (as "anyone who thinks/says ..." is).
_WITNESSES = frozenset({"anyone who", "anybody who", "everyone who", "everybody who"})
_KNOWS_BEFORE = re.compile(
    r"\b(?:knows?|already knows?|can tell you|will tell you|could tell you)(?: that)?\W*$"
)


def _witness_vouches(an: Analysis, k: int, first: int) -> bool:
    """Unit k opens "anyone who ..." and the words right before the claim say the witnesses
    know it, with no word of saying or thinking between."""
    if an.units[k].text not in _WITNESSES:
        return False
    if any(an.units[j].has("report") for j in range(k + 1, first)):
        return False
    gap = an.norm.text[an.units[k].end : an.units[first].start]
    return len(gap) <= 80 and _KNOWS_BEFORE.search(gap) is not None
