"""The writer's agreement (`endorsed`): "tiene razón", "es verdad" or a "not racist, but" hedge
make a claim the writer's own, unless it agrees with something else or leads into a denial.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.context.words import (
    CONTRAST,
    QUESTION_OPENERS,
    is_question,
    marked_between,
    negated_unit,
)


def endorsed(an: Analysis, first: int | None = None) -> bool:
    """The writer signals agreement or a "not racist, but" hedge: claims are their own. An
    agreement with a subject of its own in another sentence than the claim ("el artículo tiene
    razón", "la gentrificación, que es real") agrees with that subject, not with the claim."""
    units = an.units
    return any(
        not units[k].quoted
        and not _agreement_negated(an, k)
        and not _likened(an, k)
        and not _agreement_asked(an, k)
        and not _concession(an, k)
        and not _condemnation_follows(an, k)
        and not (
            first is not None
            and units[k].sentence != units[first].sentence
            and (
                _own_subject(an, k)
                or _own_clause(an, k)
                or _admission_of_own(an, k)
                or _agrees_with_condemnation(an, k)
                or _ASKED_VIEW.search(units[k].text)
            )
        )
        and not (_ASKED_VIEW.search(units[k].text) and _held_up_after(an, k, first))
        and not _report_between(an, k, first)
        and not _quote_reported_apart(an, k, first)
        and not hedge_then_denial(an, k)
        and not _bigotry_asked(an, k)
        and not _bigotry_put_on_others(an, k)
        for k in an.by_class.get("endorse", ())
    )


# "keeps saying X like it's a fact", "lo repite como si fuera verdad": how someone says it,
# after a verb of saying or acting; "I feel like he's right" is the writer agreeing.
_SAID_LIKE = re.compile(
    r"\b(?:say|says|saying|said|post|posts|posting|posted|repeat|repeats|repeating|talk|talks|"
    r"talking|act|acts|acting|writes|writing|dice|dicen|decia|repite|repiten|repitiendo|habla|"
    r"hablan|escribe|escriben|publica|publican)\b"
    r"(?:(?!\b(?:and|y|i|feel|feels|felt|seem|seems|sound|sounds|look|looks|parece)\b)[^.!?]){0,80}"
    r"\b(?:like|as if|as though|como si)\s*$"
)
_TRUE_AFTER = re.compile(r"\s*(?:,\s*)?(?:because it is|and it is|y lo es|porque lo es)\b")


def _likened(an: Analysis, k: int) -> bool:
    """The agreement follows "like", "as if" or "como si" after a verb of saying or acting
    ("keeps saying X like it's a fact"): how someone else says it, which the writer doubts;
    not with "because it is" after it."""
    u = an.units[k]
    text = an.norm.text
    if not _SAID_LIKE.search(text[max(0, u.start - 140) : u.start]):
        return False
    return not _TRUE_AFTER.match(text, u.end)


_VIEW_ASKED_OPENERS = ("am i", "soy", "pues soy", "entonces soy")
_CLAUSE_MARKS = frozenset(",;:.!?¿¡")


def _agreement_negated(an: Analysis, k: int) -> bool:
    """A negation right before the agreement ("no estoy de acuerdo", "no tiene razón"); not
    an interjection set off by a comma ("y no, no se equivoca", "No, he's not wrong")."""
    units = an.units
    if k == 0 or units[k - 1].code != "N" or units[k - 1].sentence != units[k].sentence:
        return False
    return not marked_between(an, k - 1, k, _CLAUSE_MARKS)


def _agreement_asked(an: Analysis, k: int) -> bool:
    """An agreement asked ("¿Tiene razón mi tía cuando dice ...? Claro que no") agrees with
    nothing; not one with a tag question after a comma ("and he's right, isn't he?", "tiene
    razón, ¿verdad?"), and a view asked ("am I racist for thinking", "am I the only one who
    thinks") is still the writer's."""
    units = an.units
    text = units[k].text
    if not is_question(an, k) or text.startswith(_VIEW_ASKED_OPENERS) or _ASKED_VIEW.search(text):
        return False
    nxt = units[k + 1] if k + 1 < len(units) else None
    if nxt is None or nxt.sentence != units[k].sentence:
        return True  # the agreement ends its question: "¿Tiene razón?"
    return not marked_between(an, k, k + 1, _CLAUSE_MARKS)


# Words of saying or believing in a report unit ("those who claim", "people who think").
_SAYING = re.compile(
    r"\b(?:say|says|said|saying|claim|claims|claimed|think|thinks|believe|believes)\b"
)


def _quote_reported_apart(an: Analysis, k: int, first: int | None) -> bool:
    """The agreement sits in another sentence than the claim, and the claim's own sentence
    reports it as someone's quoted words (a report word before its first quote: "Lo racista es
    decir que los X 'no se integran'", "when people call X 'invaders'"): the writer's "no es
    racismo" or "just saying" is about their own point, not about the words they quote. A bare
    agreement after it ("Y es verdad.") is about the quote."""
    units = an.units
    if first is None or units[k].sentence == units[first].sentence:
        return False
    if k > first and len(an.sentence_run(k)) - (k - an.sentence_of(k)[0]) <= 3:
        return False  # "... 'los X son Y'. Y es verdad.": a bare agreement after the quote
    run = an.sentence_run(first)
    quoted = next((u.index for u in run if u.quoted), None)
    return quoted is not None and any(
        u.code == "r" and u.index < quoted and not _no_speaker(an, u.index) for u in run
    )


# A subject that says no one speaks: "Nothing says 'X' like ...", "nadie dice ..." is the
# writer's own figure of speech, not a report of anyone's words.
_NO_ONE = frozenset({"nothing", "nobody", "no one", "noone", "nadie", "nada"})


def _no_speaker(an: Analysis, k: int) -> bool:
    return k > 0 and an.units[k - 1].text in _NO_ONE


def _report_between(an: Analysis, k: int, first: int | None) -> bool:
    """A report frame opens between the agreement at k and the claim, in the claim's sentence
    ("Not gonna lie, people who say X are Y disgust me"): the writer's word is about the
    report, and the claim inside it stays someone else's."""
    units = an.units
    if first is None or k >= first or units[k].sentence != units[first].sentence:
        return False
    return any(
        units[j].code == "r" and (units[j + 1].code == "O" or _SAYING.search(units[j].text))
        for j in range(k + 1, first)
    )  # "people who" + "say", "those who claim": not "some people", "the calls"


def _bigotry_asked(an: Analysis, k: int) -> bool:
    """ "¿No es racismo decir que ...?", "..., ¿no es racismo?": the denial of the name opens or
    closes a question, which asks the reader to agree that it is racism; no hedge of the
    writer's."""
    u = an.units[k]
    if not u.text.startswith("no es") or not is_question(an, k):
        return False
    if k + 1 == len(an.units) or an.units[k + 1].sentence != u.sentence:
        return True  # the tag of the question: "Llamar ratas a los X, ¿no es racismo?"
    j = k - 1
    while j >= 0 and an.units[j].sentence == u.sentence and an.units[j].text in QUESTION_OPENERS:
        j -= 1
    return j < 0 or an.units[j].sentence != u.sentence


# Who the claim is then given to, after "no es racismo": "... de quien dice que", "..., pero
# decir que ... sí lo es" (the contrast makes the saying the racism).
_OTHERS_SAY = frozenset({"quien", "quienes", "pero", "sino", "el que", "los que", "la que",
                         "las que", "la gente que"})  # fmt: skip


def _bigotry_put_on_others(an: Analysis, k: int) -> bool:
    """ "Eso no es racismo, es ignorancia de quien dice que los X son flojos", "No es racismo
    criticar al gobierno, pero decir que los X son flojos sí lo es": the denial of the name
    is about something else, and the claim after it is put in another's mouth or set against
    it. "No es racismo decir que los X son flojos" (the saying right after the denial) stays
    a hedge."""
    units = an.units
    if not units[k].text.startswith("no es"):
        return False
    for j in range(k + 2, len(units)):
        u = units[j]
        if u.sentence != units[k].sentence or u.code in ("G", "g", "S"):
            return False
        if u.has("report"):
            return units[j - 1].text in _OTHERS_SAY
    return False


# A denial of what follows ("it's not true that", "es mentira que", "es falso que").
_DENIAL = re.compile(r"\b(?:not true|a lie|a myth|falso|mentira|no es cierto|un mito)\b")


def hedge_then_denial(an: Analysis, k: int) -> bool:
    """The "not racist, but" hedge at k goes on, in its sentence and before any group or slur,
    to deny the claim ("no soy racista, pero es mentira que los X roban"): the hedge introduces
    a denial, not a claim of the writer's own."""
    units = an.units
    if not units[k].text.endswith((" but", " pero")):
        return False
    for u in units[k + 1 :]:
        if u.sentence != units[k].sentence or u.code in ("G", "g", "S"):
            return False
        if _DENIAL.search(u.text) and (u.has("condemn") or u.has("report")):
            return True
    return False


# The writer's view asked as a question ("am I the only one who thinks", "does anyone else
# think", "¿soy el único que piensa que ...?"): it vouches for its own clause, not for words
# reported in another sentence ("My uncle says X are Y. Does anyone else think that is vile?").
_ASKED_VIEW = re.compile(
    r"\b(?:only one|anyone else|anybody else|who else|unic[oa]s?|alguien mas|nadie mas|"
    r"quien mas|solo yo)\b"
)


def _held_up_after(an: Analysis, k: int, first: int | None) -> bool:
    """The asked view at k is about the claim, not the claim itself: a condemnation ("am I
    the only one who thinks it's racist to say X are ...?") or someone's words ("did anyone
    else notice the op-ed claiming X ...?") between the frame and the claim, in its
    sentence."""
    if first is None or first <= k:
        return False
    return any(
        (u.has("condemn") or u.has("report")) and u.sentence == an.units[k].sentence
        for u in an.units[k + 1 : first]
    )


def _agrees_with_condemnation(an: Analysis, k: int) -> bool:
    """The agreement closes a sentence that condemns ("dijo que eso es pecado, y tiene razón",
    "she called it racism and she's right"): it agrees with the condemnation."""
    units = an.units
    for j in range(k - 1, -1, -1):
        u = units[j]
        if u.sentence != units[k].sentence or u.text in CONTRAST:
            return False
        if u.has("condemn"):
            return True
    return False


_AGREED_ACT = frozenset({"to", "for", "al"})


def _condemnation_follows(an: Analysis, k: int) -> bool:
    """The agreement at k is with an act ("to", "for", "al") that goes on, in its sentence and
    before any group or slur, to a condemnation ("she is right to call that racism", "tiene razón
    al decir que es racismo"): it agrees with the condemnation, not with a claim."""
    units = an.units
    if k + 1 >= len(units) or units[k + 1].text not in _AGREED_ACT:
        return False
    for u in units[k + 2 :]:
        if u.sentence != units[k].sentence or u.text in CONTRAST or u.code in ("G", "g", "S"):
            return False
        if u.has("condemn"):
            return not negated_unit(an, u)
    return False


# Determiners that open a noun subject of its own before an agreement ("el artículo tiene
# razón", "this article is right").
_SUBJECT_DETERMINERS = frozenset(
    {"el", "la", "los", "las", "este", "esta", "ese", "esa", "su", "tu", "mi", "the", "this",
     "that", "your", "his", "her", "my"}
)  # fmt: skip


# Nouns that stand for someone's words: agreeing with them agrees with what they said.
_WORDS_NOUNS = frozenset(
    {"comentario", "comentarios", "comment", "comments", "post", "mensaje", "tuit", "tweet",
     "que", "lo", "eso", "esto", "it", "that", "this"}
)  # fmt: skip


# An honest admission ("not gonna lie", "I won't lie") and the first person right after it.
_ADMISSION = re.compile(r"\b(?:lie|mentir)\b")
_I_AFTER = re.compile(r"[\W_]*(?:i|i'm|im|i was|i've|yo|me|my|mi)\b")


def _admission_of_own(an: Analysis, k: int) -> bool:
    """ "Not gonna lie, I was against the mosque at first.": the admission opens a sentence
    about the writer, which is what it admits; a claim in another sentence ("I grew up being
    told that X wanted to ...") is not endorsed by it."""
    u = an.units[k]
    return bool(_ADMISSION.search(u.text)) and _I_AFTER.match(an.norm.text, u.end) is not None


def _own_subject(an: Analysis, k: int) -> bool:
    """The endorsement at k says its subject is right or real: a determiner and a noun just
    before it, or a noun and "que" ("la gentrificación, que es real"), in the same sentence.
    Words of a comment ("ese comentario tiene razón", "lo que dice") do not count."""
    units = an.units
    s = units[k].sentence
    j = k - 1
    if j >= 0 and units[j].sentence == s and units[j].text == "que" and an.lang == "es":
        j -= 1  # a relative clause on the noun before it
    if j < 1 or units[j].sentence != s or units[j - 1].sentence != s:
        return False
    noun, det = units[j], units[j - 1]
    return (
        noun.code == "w"
        and noun.entry is None
        and noun.text not in _WORDS_NOUNS
        and not noun.quoted
        and det.text in _SUBJECT_DETERMINERS
    )


# The agreements that take a clause of their own ("estoy de acuerdo con que ...", "I agree
# that ..."), the words that open that clause, and the determiners of its subject.
_AGREEING = frozenset({"estoy de acuerdo", "i agree"})
_CLAUSE_OPENERS = (("con", "que"), ("en", "que"), ("that",))
_SUBJECT_DETS = frozenset(
    {"el", "la", "los", "las", "un", "una", "mis", "nuestros", "nuestras", "the", "our", "my",
     "more", "local", "some"}
)  # fmt: skip
# Subjects that stand for someone named before: no subject of its own.
_STAND_FOR = frozenset({"they", "them", "he", "she", "it", "everyone", "all", "todos", "todas",
                        "ellos", "ellas", "lo", "le", "les", "se"})  # fmt: skip


def _own_clause(an: Analysis, k: int) -> bool:
    """The agreement at k takes a clause with a subject noun of its own and no people named
    ("Yo estoy de acuerdo con que los papás tengan voz en la biblioteca", "I agree that
    parents should have a say"): it agrees with that, not with a claim in another sentence.
    "Estoy de acuerdo con eso", "... con que lo diga", "... con que todos se vayan" and "I
    agree that they should leave" agree with what came before."""
    u = an.units[k]
    if u.text not in _AGREEING:
        return False
    rest = [x for x in an.units[k + 1 :] if x.sentence == u.sentence]
    words = tuple(" ".join(x.text for x in rest[:2]).split())
    opener = next((o for o in _CLAUSE_OPENERS if words[: len(o)] == o), None)
    if opener is None or any(x.code in ("G", "g", "t", "T") for x in rest):
        return False
    j = len(opener)  # each opening word is a unit of its own
    dets = 0
    while j < len(rest) and rest[j].text in _SUBJECT_DETS:
        j, dets = j + 1, dets + 1
    if j + 1 >= len(rest) or (an.lang == "es" and not dets):
        return False
    noun = rest[j]
    return noun.code == "w" and noun.entry is None and noun.text not in _STAND_FOR


def _concession(an: Analysis, k: int) -> bool:
    """ "Es cierto que ..." opens a concession or the writer's own claim, which needs no
    endorsing; only "lo de que ... es verdad", said of a claim held up, endorses it."""
    u = an.units[k]
    return (
        u.text.startswith("es ")
        and k + 1 < len(an.units)
        and an.units[k + 1].text.split()[0] == "que"
    )
