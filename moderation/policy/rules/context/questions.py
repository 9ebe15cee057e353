"""A claim asked about and the answer: "Is it racist to say X ...?" is the writer's view unless
answered yes; a question answered no ("Are X criminals? No.") or echoed ("¿Que los X ...?")
asserts nothing.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.context.denials import DENIALS
from moderation.policy.rules.context.words import NEGATIONS, PUNCT, is_question

# "Is it racist to say that X are ...?", "¿Es racista decir que los X ...?", "Why is it
# sexist to think ...?": the claim held up as something one is wrongly blamed for saying. Said
# as a question without a negation (not "Isn't it racist to say ...?", "¿No es racista
# decir ...?", which expect a yes), the claim is the writer's own view. The frame is read
# back from the claim: "that"/"que", a verb of saying or thinking (a report unit, or "to" and
# a verb of noticing), the word of blame ("racist", "wrong", "está mal"), and before it only
# the copula, "it", adverbs and an opener ("why", "since when", "desde cuándo").
_BLAME_WORDS = frozenset(
    {"wrong", "bad", "hateful", "offensive", "bigoted", "a crime", "mal", "malo", "ofensivo",
     "un delito", "delito", "pecado", "un pecado", "odio", "incitar al odio"}
)  # fmt: skip


_NOTICING = frozenset(
    {"notice", "point out", "admit", "observe", "mention", "state", "suggest", "believe",
     "think", "say", "señalar que", "senalar que", "afirmar que", "notar que", "creer que",
     "admitir que", "reconocer que", "opinar que", "pensar que", "decir que"}
)  # fmt: skip


_ASK_OPENERS = frozenset(
    {"why", "so", "and", "but", "how", "since when", "since", "when", "now", "really",
     "por que", "desde cuando", "acaso", "y", "pero", "entonces", "ahora", "o sea", "de verdad",
     "en serio", "asi que", "how come", "what", "exactly", "exactamente", "honestly", "por",
     "que", "desde", "cuando"}
)  # fmt: skip


_ASK_FILLERS = frozenset({"it", "be", "really", "still", "now", "just", "actually", "ahora",
                          "de", "realmente", "tan", "so", "somehow"})  # fmt: skip


def asked_if_hateful(an: Analysis, first: int) -> int | None:
    """The index of the word of blame in a question "is it racist to say that ..." heading
    the claim at `first`, or None."""
    units = an.units
    sentence = units[first].sentence
    k = first - 1
    while k >= 0 and units[k].sentence == sentence and units[k].code == "A" and first - k < 3:
        k -= 1  # "los", "all the"
    if k >= 0 and units[k].sentence == sentence and units[k].text in ("that", "que"):
        k -= 1
    if k < 1 or units[k].sentence != sentence:
        return None
    verb = units[k]
    if not (verb.has("report") or verb.text in _NOTICING) or verb.quoted:
        return None
    k -= 1
    if units[k].text == "to" and units[k].sentence == sentence and verb.text in _NOTICING:
        k -= 1
    if k < 0 or units[k].sentence != sentence:
        return None
    blame = units[k]
    if not (blame.has("condemn") or blame.text in _BLAME_WORDS):
        return None
    inverted = False  # "is it": an English question without its mark
    for j in range(k - 1, -1, -1):
        u = units[j]
        if u.sentence != sentence:
            break
        if u.code == "N" or u.text in NEGATIONS:
            return None  # "isn't it racist to say ...?": a yes expected, counter-speech
        if u.code == "C" and j + 1 < len(units) and units[j + 1].text == "it":
            inverted = True
        if u.code == "C" or u.text in _ASK_FILLERS or u.text in _ASK_OPENERS:
            continue
        return None  # a subject or another clause before the frame ("he asked if ...")
    if (
        an.lang == "es"
        and not any(u.code == "C" for u in units[max(0, k - 3) : k])
        and not blame.text.startswith(("esta ", "es "))
    ):
        return None  # "¿Racista decir que ...?" is an echo; the frame needs its copula
    if not (is_question(an, first) or (an.lang == "en" and inverted)):
        return None
    return k


# A "yes" that opens the next sentence ("Yes.", "Yes, it is.", "Sí, lo es.", "Of course it
# is"): the question is answered with the blame, counter-speech.
_YES_WORDS = frozenset(
    {"yes", "yeah", "yep", "yup", "si", "of course", "obviously", "absolutely", "definitely",
     "certainly", "claro", "claro que si", "por supuesto", "desde luego", "obvio", "it is",
     "yes it is", "lo es", "si lo es"}
)  # fmt: skip


# A reply that affirms the blame without the word "yes": "It is.", "It absolutely is.",
# "That's exactly what it is", "Lo es.", "Claro que lo es", "Sin duda lo es" (not "It is not").
_AFFIRMED = re.compile(
    r"^(?:(?:well|honestly|sadly|um|uh|obviously|of course|simple|pues|claro que|claro|obvio|"
    r"por supuesto que|sin duda|desde luego|si)\s+)*(?:(?:it|that|yes it|yeah it)\s+(?:\w+ly\s+|"
    r"sure\s+|very much\s+|really\s+|still\s+)?(?:is|was)|that is exactly what it is|"
    r"(?:que\s+)?lo (?:es|era)|(?:que\s+)?si lo es)(?:\s+(?:indeed|too|obviously|definitely|"
    r"absolutely|totally|racist|bigoted|hateful|wrong|racista|y mucho|claro|obvio))*$"
)


def answered_yes(an: Analysis, first: int) -> bool:
    """The question at `first` is followed by a sentence that opens with a yes, or affirms
    the blame in a short reply ("It is.", "Lo es.")."""
    s = an.next_sentence(an.units[first].sentence)
    reply: list[str] = []
    for u in an.units[first + 1 :]:
        if u.sentence == s:
            if not reply and (u.text in _YES_WORDS or u.text.split()[0] in ("yes", "yeah", "si")):
                return True
            reply.append(u.text)
        elif u.sentence > s:
            break
    return 0 < len(reply) <= 6 and bool(_AFFIRMED.match(" ".join(reply)))


def echo_question(an: Analysis, first: int) -> bool:
    """'¿Que los X son flojos?': a Spanish question that opens with a bare "que" repeats a
    claim in disbelief in order to answer it; it does not assert it."""
    if an.lang != "es" or not is_question(an, first):
        return False
    sentence = an.units[first].sentence
    k = first
    while k > 0 and an.units[k - 1].sentence == sentence:
        k -= 1
    return an.units[k].text == "que" and k < first


# A negation that agrees: "No problem", "No doubt", "Not a bad idea", "No mercy", "Never been
# a better time", "No estaría mal", "No me tiembla la mano", "No lo dudes", "Sin piedad".
AFFIRMING_NO = re.compile(
    r"(?:no|not|never|nunca|nada|sin|ni)\b(?:\s+\w+){0,3}?\s+(?:problem|problems|problema|"
    r"doubt|doubts|duda|dudas|dudes|dudo|question|questions|hesitation|hesitating|mercy|piedad|"
    r"bad|mal|mala|malo|brainer|objection|objections|complaints?|regrets?|"
    r"better (?:time|idea|plan)|time to (?:waste|lose)|tiempo que perder|excuses?|excusas?|"
    r"tiembla|temblaria|pienses|pensarlo|lo pienso|wait|esperar|argument|argumento|"
    r"kidding|joke|broma|wonder|surprise|sorpresa|cabe|hay otra|other way|"
    r"choice|opcion|alternative|alternativa|exceptions?|excepciones?|excepcion)\b"
)


_NO_AFFIRMS = frozenset({"doubt", "question", "wonder", "kidding", "joke", "duda", "hay",
                         "cabe", "surprise", "sorpresa", "me"})  # fmt: skip


_DENIAL_WORDS = max(len(d.split()) for d in DENIALS)


def answered_no(an: Analysis, first: int) -> bool:
    """'Are immigrants really criminals? No, ...', '... Not at all.', '... En absoluto.': the
    writer asks only to deny it. The next sentence opens with a denial of one to four words
    (read over the units' words, since "not at all" may be split into several units)."""
    s = an.next_sentence(an.units[first].sentence)
    units = an.units
    for k in range(first + 1, len(units)):
        if units[k].sentence == s:
            words: list[str] = []
            j = k
            while j < len(units) and units[j].sentence == s and len(words) < _DENIAL_WORDS:
                words.extend(units[j].text.split())
                j += 1
            if words[1:2] and words[0] == "no" and words[1] in _NO_AFFIRMS:
                return False  # "No doubt.", "No hay duda.": a yes
            if AFFIRMING_NO.match(an.norm.text, units[k].start):
                return False  # "No problem.", "No mercy.", "No me tiembla la mano": a yes
            if _own_hate_denied(an, k):
                return False  # "No es odio, es curiosidad": the writer's motive, no answer
            if any(" ".join(words[:n]) in DENIALS for n in range(1, len(words) + 1)):
                return True
            # "Of course not.", "Claro que no."
            j = k + 2 if k + 2 < len(units) and units[k + 1].text == "que" else k + 1
            nxt = units[j] if j < len(units) else None
            return (
                units[k].text in _AFFIRM_WORDS
                and nxt is not None
                and nxt.sentence == s
                and (nxt.code == "N" or nxt.text in ("not", "no"))
            )
    return False


# What a writer denies of their own words to pass them off ("no es odio, es curiosidad", "not
# hate, just asking", "no offense, but"): hate and offence named under a leading "no".
_OWN_MOTIVES = frozenset(
    {"odio", "hate", "hatred", "racismo", "racista", "racist", "racism", "ofensa", "offense",
     "offence", "ofender", "ofendas", "ofendan", "malicia", "malice", "xenofobia", "homofobia",
     "bigotry", "prejuicio", "prejudice", "discriminacion", "discriminar"}
)  # fmt: skip


def _own_hate_denied(an: Analysis, k: int) -> bool:
    """The sentence opening at unit `k` is a bare "no"/"not" run straight into a hate or
    offence word of its clause ("No es odio", "No hate, just asking", "No te ofendas"): the
    writer disowns a motive, which answers nothing and condemns nothing."""
    units = an.units
    if units[k].text not in ("no", "not"):
        return False
    if PUNCT.search(an.norm.text[units[k].end : units[k].end + 2]):
        return False  # "No, ..." answers the question
    s = units[k].sentence
    for u in units[k + 1 : k + 5]:
        if u.sentence != s or PUNCT.search(an.norm.text[units[k].end : u.start]):
            return False
        if u.text in _OWN_MOTIVES or u.text.split()[-1] in _OWN_MOTIVES:
            return True
    return False


_AFFIRM_WORDS = frozenset(
    {"of course", "obviously", "absolutely", "claro", "claro que", "por supuesto",
     "por supuesto que", "certainly", "definitely"}
)  # fmt: skip
