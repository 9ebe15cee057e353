"""Guards several hate rules share: where a clause starts and ends, who is the subject, whether
the group is the one spoken of, questions, suggestions and the writer's own feelings; `_hit`
builds the Hit every rule returns."""

from __future__ import annotations

import re

from moderation.policy.analysis import (
    CRIMINAL_BODIES,
    Analysis,
    Unit,
    acted_on_by_others,
    group_named_before,
)
from moderation.policy.lexicon import unanchored
from moderation.policy.rules import Hit
from moderation.policy.rules.context import FRAME_REACH, is_question, speaker_named_after
from moderation.policy.rules.hate.words import (
    HOLD,
    PLACE_PREPS,
)
from moderation.policy.rules.recanted import TURN


def plural_group(u: Unit) -> bool:
    t = u.text
    return (
        t.endswith("s")
        or t.endswith(("people", "men", "folk", "women"))
        or t == "lgbt"
        or t.startswith(("personas ", "people "))  # "personas con discapacidad"
    )


def weak_group(u: Unit) -> bool:
    """Groups where a generalisation is held for a person to judge rather than rejected."""
    return u.meta("G") == "gender_m" if u.code == "G" and u.has("G") else False


PROTECTIVE = frozenset(
    {"protect", "protecting", "defend", "defending", "save", "saving", "help", "helping",
     "support", "supporting", "stop", "stopping", "prevent", "preventing", "against",
     "proteger", "defender", "salvar", "ayudar", "apoyar", "contra", "evitar", "frenar"}
)  # fmt: skip
_SUBJECT_OK = frozenset({"I", "A", "Y", "M", "F", "B"})
# Openers before "odio a ...": adverbs and "es que"/"de verdad que" keep the writer speaking.
_WRITER_OPENERS = frozenset(
    {"de", "verdad", "de verdad", "que", "es", "cuanto", "como", "pues", "bueno", "la", "en",
     "serio", "total", "y", "honestamente", "francamente", "sinceramente", "realmente"}
)  # fmt: skip


# Things a group word can modify ("the trans sports policies", "la ley migrante"): what is
# hated is the thing, which harsh opinion may judge.
_POLICY_NOUNS = frozenset(
    {"policy", "policies", "bill", "bills", "law", "laws", "ordinance", "ordinances", "rule",
     "rules", "mandate", "mandates", "program", "programs", "programme", "quota", "quotas",
     "debate", "agenda items", "politica", "politicas", "ley", "leyes", "reglamento",
     "programa", "programas", "cuotas", "reforma"}
)  # fmt: skip


def group_of_a_policy(an: Analysis, g: int) -> bool:
    """The group word modifies a policy noun right after it, one modifier between at most."""
    after = [u for u in an.units[g + 1 : g + 3] if u.sentence == an.units[g].sentence]
    for k, u in enumerate(after):
        if u.text in _POLICY_NOUNS:
            return True
        if k == 0 and u.code in ("G", "g", "U", "I"):
            return False
    return False


# Verbs of liking an English clause may set against a "hate" after a comma, which then shares
# that clause's subject ("Politicians love X at rallies, hate them in office").
_LIKING_EN = frozenset({"love", "loves", "like", "likes", "praise", "praises", "adore",
                        "adores", "welcome", "welcomes", "celebrate", "celebrates"})  # fmt: skip
_WRITER_EN = frozenset({"i", "we", "i'm", "we're", "me", "i just", "i really"})


def _paired_with_another_subject(an: Analysis, h: int, k: int) -> bool:
    """An English "hate" after a comma that pairs it with a verb of liking earlier in its
    sentence, whose subject opens the sentence and is not the writer: the same subject hates,
    a third party described ("Politicians love X ..., hate them ...")."""
    if an.lang != "en":
        return False
    sentence = an.units[h].sentence
    run = [u for u in an.units[: k + 1] if u.sentence == sentence]
    if any(u.text in _WRITER_EN or u.code in ("I", "U") for u in run):
        return False
    # the verb right after a subject of one or two words: "Politicians love", "The mayor loves"
    return any(
        u.text in _LIKING_EN
        and u.code == "w"
        and "," not in an.norm.text[run[0].start : u.start]
        and _subject_words(run[:i])
        for i, u in enumerate(run[1:3], start=1)
    )


_DETERMINERS_EN = frozenset({"the", "these", "those", "some", "many", "most", "all", "his",
                             "her", "their", "our", "your", "my", "its"})  # fmt: skip


def _subject_words(words: list) -> bool:
    """One or two words before a verb that make a noun subject ("Politicians", "The mayor",
    "Donald Trump"); an adverb or modal before it ("Honestly love", "Gotta love") leaves the
    writer the unsaid subject."""
    *before, head = words
    if head.code in ("A", "M") or head.text.endswith("ly"):
        return False
    return all(
        w.text in _DETERMINERS_EN or (w.code not in ("A", "M") and not w.text.endswith("ly"))
        for w in before
    )


def hater_is_writer(an: Analysis, h: int) -> bool:
    """'I hate X' / 'fuck X' / 'odio a X' count; 'you hate X', 'people hate X' report others.
    A question that opens with a negation ("Don't you just hate X?", "¿No odias a los X?")
    asks the reader to agree: the writer's own hatred."""
    sentence = an.units[h].sentence
    if hatred_outgrown(an, h):
        return False  # "Odiaba a los X hasta que conocí a uno": a past hatred, dropped
    if negative_question(an, h) or shared_feeling_asked(an, h):
        return True
    if an.lang == "es" and reader_feels(an, h):
        return False  # "Odias a los X y eso te hace mala persona": the reader's hatred
    k = h - 1
    first_person = an.units[h].text.removesuffix(" a") in HATE_VERBS_1SG
    while k >= 0 and an.units[k].sentence == sentence:
        u = an.units[k]
        if u.code == "I" or u.text in ("estoy", "estamos", "yo", "me tienen", "ya estoy"):
            return True
        if u.code == "B" and first_person and an.lang == "es":
            return True  # "... y odio a cada uno": the verb's own person is the writer
        if "," in an.norm.text[u.end : an.units[k + 1].start]:
            # "Joder, odio a ...": an interjection, then the writer speaking; but not
            # "Politicians love X at the taquería, hate them onstage": their hatred
            return not _paired_with_another_subject(an, h, k)
        if u.code == "U" and "trust" in an.units[h].text:
            return True  # "you can never trust X": the generic "you", the writer's advice
        if u.code not in _SUBJECT_OK and not (
            an.lang == "es" and (u.text in _WRITER_OPENERS or u.text.endswith("mente"))
        ):
            return False
        k -= 1
    return True


# The writer's hatred in the past tense, and the turn that may follow it ("hasta que conocí a
# ...", "me equivoqué"): a hatred outgrown, told to disown it.
_PAST_HATE = frozenset(
    {"odiaba", "odiabamos", "detestaba", "detestabamos", "despreciaba", "despreciabamos",
     "aborrecia", "aborreci"}
)  # fmt: skip


def hatred_outgrown(an: Analysis, h: int) -> bool:
    """A past-tense hate verb followed, in its sentence or the next, by the turn that drops it."""
    u = an.units[h]
    if u.text.removesuffix(" a") not in _PAST_HATE:
        return False
    after = [x for x in an.units[h + 1 :] if x.sentence <= u.sentence + 1]
    end = after[-1].end if after else u.end
    return bool(TURN.search(an.norm.text, u.end, end))


# Spanish hate verbs in the second person: the reader's feeling, described or asked about.
_READER_HATES = frozenset(
    {"odias", "detestas", "desprecias", "aborreces", "no soportas", "no aguantas", "odiais",
     "detestais", "despreciais", "odias a", "detestas a", "desprecias a", "aborreces a",
     "no soportas a", "no aguantas a"}
)  # fmt: skip


def reader_feels(an: Analysis, h: int) -> bool:
    """The hate verb is in the second person ("odias a los X") or its feeling is the reader's
    ("te dan asco los X"): the writer describes or questions someone else's hatred. A
    negative question ("¿No te dan asco los X?") asks for agreement and is read before this."""
    u = an.units[h]
    if u.text in _READER_HATES:
        return True
    prev = an.units[h - 1] if h else None
    return (
        u.code == "W"
        and prev is not None
        and prev.sentence == u.sentence
        and prev.text in ("te", "os")
    )


def scan(an: Analysis, pattern: re.Pattern, groups: tuple[str, ...], *, virtual: bool = False):
    if (
        not (virtual and an.lang == "es")
        and unanchored(pattern)
        and not pattern.search(an.codes)
        and not ("N" in an.codes and "?" in an.norm.text)  # see _suggestion
    ):
        return  # no sentence can match: each sentence's codes are a piece of the comment's
    for base, codes in an.sentences:
        found = False
        if "N" in codes[:4] and is_question(an, base):
            codes = _suggestion(an, base, codes)
        for m in pattern.finditer(codes):
            span = range(base + m.start(), base + m.end())
            if any(an.units[k].code == "r" or an.units[k].text in PROTECTIVE for k in span):
                continue
            idx = {}
            for name in groups:
                if name in m.groupdict() and m.group(name) is not None:
                    idx[name] = base + m.start(name)
            if any(
                _interjection(an, idx[n]) or _denies_a_fault(an, idx[n]) or _place_name(an, idx[n])
                for n in _PRED_NAMES
                if n in idx
            ):
                continue  # "Fuck, I love gay people"; "nunca serán inferiores"
            g = idx.get("g", idx.get("g2"))
            if g is not None and g == base + m.start() and relative_object(an, base, g):
                continue  # "the men who attacked the Muslims should be jailed"
            if g is not None and g == base + m.start() and _predicate_closed(an, g):
                continue  # "no son refugiados, son ...": the next clause's subject is dropped
            found = True
            yield base + m.start(), base + m.end() - 1, idx, m
        if virtual and not found and an.lang == "es":
            yield from scan_dropped(an, pattern, groups, base, codes)


_PRED_NAMES = ("p", "p2", "p3", "p4")
WHY = frozenset({"why", "por que", "y por que"})


def _suggestion(an: Analysis, base: int, codes: str) -> str:
    """A question that opens with a negated modal or "why don't we" proposes what it negates:
    "Shouldn't we just kill all X?", "Why don't we deport X?", "¿Por qué no nos deshacemos
    de los X?". Read its negation as a modal (or as filler after one)."""
    k = 1 if an.units[base].text in WHY else 2 if why_es(an, base) else 0
    if k < len(codes) and codes[k] == "M" and k + 1 < len(codes) and codes[k + 1] == "N":
        return codes[: k + 1] + "A" + codes[k + 2 :]  # "shouldn't we", "¿no deberíamos?"
    if k and k < len(codes) and codes[k] == "N":
        return codes[:k] + "M" + codes[k + 1 :]  # "why don't we", "¿por qué no ...?"
    return codes


def why_es(an: Analysis, base: int) -> bool:
    nxt = an.units[base + 1] if base + 1 < len(an.units) else None
    return an.units[base].text == "por" and nxt is not None and nxt.text == "que"


def _interjection(an: Analysis, k: int) -> bool:
    """A swear word that opens its sentence and is set off by a comma ("Fuck, ...", "Holy
    shit, ...", "Joder, ..."): it exclaims, it says nothing of the group named after it."""
    u = an.units[k]
    if not u.has("PROF") or k + 1 >= len(an.units):
        return False
    nxt = an.units[k + 1]
    if nxt.sentence != u.sentence or "," not in an.norm.text[u.end : nxt.start]:
        return False
    j = k - 1  # at most one word before it ("holy shit", "oh fuck")
    return (
        j < 0
        or an.units[j].sentence != u.sentence
        or (
            (j == 0 or an.units[j - 1].sentence != u.sentence)
            and an.units[j].code in ("w", "A", "Y")
        )
    )


def _place_name(an: Analysis, k: int) -> bool:
    """A quality word that opens a capitalised name after a place preposition ("en Buenos
    Aires", "from Good Hope"): a place, not a quality the writer gives or denies the group."""
    u = an.units[k]
    if u.code != "P" or k + 1 >= len(an.units) or an.sentence_of(k)[0] == k:
        return False
    nxt, prev = an.units[k + 1], an.units[k - 1]
    return (
        nxt.sentence == u.sentence
        and prev.text in PLACE_PREPS
        and an.capitalised(k)
        and an.capitalised(k + 1)
    )


def negative_question(an: Analysis, k: int) -> bool:
    base = an.sentence_of(k)[0]
    first = an.units[base]
    return (
        is_question(an, k)
        and first.code == "N"
        and first.text in ("do not", "no", "no te", "does not")
        and all(u.code in ("N", "U", "A", "w") for u in an.units[base + 1 : k])
        and k - base <= 3
    )


# The opening of a question that asks others to share the writer's feeling, with nothing but
# a copula or "le"/"les" before the feeling: "Anyone else sick of X?", "Who else is tired of
# X?", "Am I the only one disgusted by X?", "¿A nadie más le dan asco los X?", "¿Quién más
# está harto de los X?", "¿Soy el único al que le dan asco los X?", "¿No están hartos de X?".
_SHARED_ASKED = re.compile(
    r"(?:^|[^\w])(?:(?:anyone|anybody|who) else|am i the only one(?: who| that)?|"
    r"(?:a )?(?:nadie|alguien|quien) mas|"
    r"soy (?:el|la) unic[oa](?: que| al que| a la que| a quien)?|"
    r"(?:a ustedes )?no(?: les)?(?= (?:estan|andan|dan|da)\b))"
    r"(?: (?:is|are|feels?|gets?|getting|le|les|se|esta|estan|anda|andan|siente|sienten))*\s*$"
)


def shared_feeling_asked(an: Analysis, k: int) -> bool:
    """A question at k that asks the reader to share the feeling (`_SHARED_ASKED`): the
    writer's own, as "Don't you just hate X?" is."""
    if not is_question(an, k):
        return False
    base = an.sentence_of(k)[0]
    text = an.norm.text
    return bool(_SHARED_ASKED.search(text[an.units[base].start : an.units[k].start]))


_NEG_HEADS = frozenset({"nunca", "jamas", "never", "no", "not", "ni"})
_LESSER = frozenset({"menos", "less", "lesser", "worse", "peor", "peores", "inferior",
                     "inferiores", "menos que", "less than"})  # fmt: skip


def _denies_a_fault(an: Analysis, k: int) -> bool:
    """An implicit derogation made of a negated copula ("nunca serán", "will never be") whose
    complement is itself a fault ("nunca serán inferiores a nadie", "menos que"): a double
    negative that praises or defends the group."""
    u = an.units[k]
    if u.code != "Z" or u.text.split()[0] not in _NEG_HEADS or len(u.text.split()) > 3:
        return False
    j = k + 1
    while j < len(an.units) and an.units[j].sentence == u.sentence and an.units[j].code == "A":
        j += 1
    if j >= len(an.units) or an.units[j].sentence != u.sentence:
        return False
    nxt = an.units[j]
    return nxt.code in ("X", "Z", "D") or nxt.text in _LESSER


def relative_object(an: Analysis, base: int, g: int) -> bool:
    """The group is the object inside a relative clause ("those who attack X", "los que atacan
    a los X"), so what follows describes the clause's subject, not the group."""
    rel = None
    start = max(base, g - FRAME_REACH)  # a clause opened sixty words back is not this one's
    for k in range(start, g):
        u = an.units[k]
        words = u.text.split()
        if words[-1] in RELATIVE_WORDS and (k > base or len(words) > 1):
            # "who"/"that" after a noun; Spanish "los que", "quienes" (a verb follows)
            rel = k
            before = an.units[k - 1].text if k > base else ""
            after = an.units[k + 1].text if k + 1 < g else ""
            spanish = (
                words[0] in _WHO_ES
                or before in _WHO_ES
                or words[-1] in ("quienes", "quien")
                or (words[-1] == "que" and after.endswith(("an", "en")) and before.endswith("s"))
            )  # "who <verb>", "los hombres que pegan a ...": a verb, then the group as object
        elif (
            rel is not None
            and k > rel
            and (
                u.code in ("V", "H", "r")
                or (u.code == "w" and (spanish or u.text.startswith(_HOSTILE_ACTS)))
            )
        ):
            return True  # the clause does something to the group
    # "the officials who processed them should go to jail": "them" is an object, never the
    # subject of what follows, so after a relative word it is the clause's object
    return rel is not None and an.lang == "en" and an.units[g].text == "them"


_WHO_ES = frozenset({"los", "las", "aquellos", "aquellas"})
CONTRAST = frozenset({"but", "pero", "though", "aunque", "yet"})
_HOSTILE_ACTS = (
    "attack", "harass", "abus", "assault", "bull", "insult", "target", "mistreat", "discriminat",
    "persecut", "beat", "hurt", "kill", "murder", "threat", "rob", "scam", "exploit", "oppress",
    "agred", "maltrat", "discrimin", "persig", "amenaz", "insult", "explot", "acos", "hit",
    "rape", "peg", "golpe", "viol", "smuggl", "traffick", "kidnap", "extort", "cheat", "prey",
    "lynch", "tortur", "scapegoat", "demoniz", "demonis", "mock", "smear", "slander", "profil",
    "evict", "deport", "detain", "cage", "shoot", "stab",
)  # fmt: skip
RELATIVE_WORDS = frozenset({"who", "whom", "that", "which", "que", "quienes", "quien"})


def scan_dropped(an: Analysis, pattern: re.Pattern, groups: tuple[str, ...], base: int,
                  codes: str):  # fmt: skip
    """Spanish drops the subject: "Son unas ratas." after a sentence naming a group, or "... y
    deberían morir todos" after a clause naming it, speak about that group; read such a clause
    with the group put back in front of it."""
    for first, clause, antecedent in dropped_clauses(an, base, codes):
        m = pattern.match(clause)  # the first match of a search, when that starts at 0
        if m is None:
            continue
        last = first + m.end() - 2
        if any(
            an.units[k].code == "r" or an.units[k].text in PROTECTIVE
            for k in range(first, last + 1)
        ):
            continue
        idx = {}
        for name in groups:
            if name in m.groupdict() and m.group(name) is not None:
                pos = m.start(name)
                idx[name] = antecedent if pos == 0 else first + pos - 1
        yield first, last, idx, m
        return


def dropped_clauses(an: Analysis, base: int, codes: str) -> tuple[tuple[int, str, int], ...]:
    """(first unit, "G" + its codes, antecedent) of each clause of the sentence that opens
    with a dropped subject and has a group to put back. It depends on the sentence alone, not
    on the pattern, and several rules read it with a dozen patterns: kept in the analysis."""
    key = ("hate.dropped", base, codes)
    found = an.memo.get(key)
    if found is not None:
        return found
    starts = [0] + [
        i + 1
        for i, c in enumerate(codes)
        if i + 1 < len(codes)
        and (
            c == "B"
            or that_clause(an, base + i)
            or comma_clause(an, base + i)
        )
    ]  # fmt: skip
    clauses = []
    for cs in starts:
        first = base + cs
        clause = codes[cs:]
        antecedent = _antecedent(an, first)
        if antecedent is None or not dropped_subject(an, first, clause):
            continue
        clauses.append((first, "G" + clause, antecedent))
    found = an.memo[key] = tuple(clauses)
    return found


def comma_clause(an: Analysis, k: int) -> bool:
    """'Los X no deberían cobrar, son una carga': after a comma (or a colon: "No lo son: son
    ..."), a clause that opens with a third-person plural verb goes on about the same subject."""
    nxt = an.units[k + 1]
    head = nxt.text
    if nxt.code == "N" and k + 2 < len(an.units) and an.units[k + 2].sentence == nxt.sentence:
        head = f"{head} {an.units[k + 2].text}"  # "..., no son ni personas"
    gap = an.norm.text[an.units[k].end : nxt.start]
    return any(c in gap for c in ",:;") and PLURAL_VERB_START.match(head) is not None


def that_clause(an: Analysis, k: int) -> bool:
    """'creo que', 'claro que', 'es obvio que': what follows is a clause of its own."""
    words = an.units[k].text.split()
    if words[-1] != "que":
        return False
    if len(words) > 1:
        return words[-2] in _THAT_CLAUSE
    return k > 0 and an.units[k - 1].text.split()[-1] in _THAT_CLAUSE


def _predicate_closed(an: Analysis, g: int) -> bool:
    """Spanish: the group is a predicate noun ("los X no son refugiados, ...") that a comma
    closes, so it is no subject of what follows. Only when the clause's own subject is a
    group, a relative pronoun or dropped: "Los cárteles no son 'los X', son criminales" says
    it of the cartels."""
    if not (
        an.lang == "es"
        and g + 1 < len(an.units)
        and _after_copula(an, g)
        and "," in an.norm.text[an.units[g].end : an.units[g + 1].start]
    ):
        return False
    s, j = an.units[g].sentence, g - 1
    while j >= 0 and an.units[j].sentence == s and an.units[j].code in ("A", "Y", "C", "N"):
        j -= 1
    return (
        j < 0
        or an.units[j].sentence != s
        or an.units[j].code in ("G", "t")
        or an.units[j].text in ("que", "quien", "quienes")  # "..., que es latina, ..."
    )


def _after_copula(an: Analysis, k: int) -> bool:
    """Unit k is a predicate noun ("los X son mafia", "son una banda"), not a new subject."""
    s, j = an.units[k].sentence, k - 1
    while j >= 0 and an.units[j].code in ("A", "Y") and an.units[j].sentence == s:
        j -= 1
    return j >= 0 and an.units[j].sentence == s and an.units[j].code == "C"


def _antecedent(an: Analysis, first: int) -> int | None:
    """The most recent plural group named before unit `first`, else a group the comment names
    later as what "they" are ("Son unos vagos. Son inmigrantes."). Unlike a "they" read back
    (`group_named_before` with its one sentence of reach), a dropped subject may go back over
    the whole comment, but a nearer plural noun or criminal body (`_nearer_subject`) is the
    subject instead, and a group others acted on in an earlier sentence is none."""
    units = an.units
    g = group_named_before(units, first, reach=None)
    if any(_nearer_subject(an, k) for k in range(0 if g is None else g.index + 1, first)):
        return None
    if g is not None:
        if g.sentence != units[first].sentence and acted_on_by_others(units, g.index):
            return None  # "Unos nazis agredieron a los X. Habría que encerrarlos."
        return g.index if plural_group(g) or _all_of_them(an, first) else None
    for base, codes in an.sentences:
        for m in _CATAPHORA_ES.finditer(codes):
            later = base + m.end() - 1
            if later > first and an.units[base + m.start()].text.startswith(_CATAPHORA_VERBS):
                return later
    for u in an.units[first + 1 :]:  # "Son una plaga. Hablo de los X."
        if u.code == "G" and u.has("G") and plural_group(u) and _topic_before(an, u.index):
            return u.index
    return None


def _nearer_subject(an: Analysis, k: int) -> bool:
    """Unit k, between a group and a dropped subject, may be that subject instead: a later
    plural noun ("los traficantes") or a criminal organisation that is no predicate noun ("el
    Tren de Aragua es una banda ... hay que perseguirla" is the gang)."""
    u = an.units[k]
    if (
        u.code in ("w", "X")
        and k > 0
        and u.text.endswith("s")
        and an.units[k - 1].text in _ARTICLES
    ):
        return True
    return u.text in CRIMINAL_BODIES and not _after_copula(an, k)


def _all_of_them(an: Analysis, first: int) -> bool:
    """The dropped subject is said to be all of them ("Conocí a un X. Son todos unos ..."):
    one member named before, the clause speaks of the whole people."""
    words = " ".join(u.text for u in an.units[first : first + 2]).split()[:3]
    return "todos" in words or "todas" in words


def _topic_before(an: Analysis, g: int) -> bool:
    words = " ".join(u.text for u in an.units[max(0, g - 3) : g])
    return words.endswith(_TOPIC_CUES) or words.replace(" a los", "").endswith(_TOPIC_CUES)


_TOPIC_CUES = ("hablo de los", "hablo de las", "hablo de", "me refiero a los", "me refiero a las",
               "estoy hablando de los", "estoy hablando de las", "hablando de los",
               "como todos los", "como todas las", "como todo", "como toda")  # fmt: skip


_ARTICLES = frozenset({"los", "las", "unos", "unas", "esos", "esas", "estos", "estas", "sus"})
_THAT_CLAUSE = frozenset(
    {"claro", "obvio", "normal", "extrana", "extrano", "seguro", "cierto", "verdad", "creo",
     "pienso", "parece", "supuesto", "es", "evidente", "sabido", "opino", "dudo", "sorprende",
     "raro", "logico", "natural", "entiendo", "ves", "lastima", "pena", "obviamente",
     "extranar", "sorprendente", "evidentemente",
     # "sé que", "sabemos que", "noto que": the writer's knowledge, a clause of its own
     "se", "sabemos", "sabes", "noto", "veo", "demuestra", "demuestran"}
)  # fmt: skip
_CATAPHORA_ES = re.compile(r"C[AY]*G")
_CATAPHORA_VERBS = (
    "son",
    "eran",
    "sean",
    "no son mas que",
    "solo son",
    "no eran mas que",
    "no dejan de ser",
)


PLURAL_VERB_START = re.compile(r"^(?:son|sean|eran|seran|serian|fueron|deberian|deben|merecen|"
                                r"tienen|van|estan|no son|no merecen|no deberian|solo son|"
                                r"siempre son|nunca son|nunca seran|jamas seran|no pueden|"
                                r"necesitan|habria que|hay que)\b")  # fmt: skip


# Demonstratives as subjects: analysis/pronouns.py codes one that points back at a group as "t"; one
# left as a filler points at something else.
POINTING = frozenset({"those", "these", "esos", "esas", "estos", "estas", "aquellos", "aquellas"})
_OPENERS_ES = frozenset({"pues", "bueno", "total", "encima", "ademas", "y encima", "vamos"})


def _sentence_adverb(word: str) -> bool:
    return word.endswith("mente") or word in _OPENERS_ES


def dropped_subject(an: Analysis, base: int, codes: str) -> bool:
    """A Spanish sentence that opens with a third-person plural verb and names no one else."""
    if an.lang != "es" or any(
        c in "GgSIUt" and not (c == "S" and "C" in codes[:i]) for i, c in enumerate(codes[:3])
    ):
        return False  # a subject of its own near the verb ("Son unas X": X is the predicate)
    if an.units[base].text in POINTING:
        return False  # "Abrieron tiendas. Esas son ...": the analysis codes a group's as "t"
    k = base
    while k < base + len(codes) and (
        an.units[k].code in ("A", "B")
        or (an.units[k].code == "w" and _sentence_adverb(an.units[k].text))
    ):
        k += 1  # "Evidentemente son ...", "Pues son ..."
    if k >= base + len(codes):
        return False
    head = an.units[k].text
    if an.units[k].code == "N" and k + 1 < base + len(codes):
        head = f"{head} {an.units[k + 1].text}"
    if an.units[k].code in ("Z", "K") and plural_verb_first(head):
        return True  # "No valen nada.", "Merecen morir."
    if an.units[k].code == "Z" and _errand_goes_on(an, k):
        return True  # "nomás vienen a pedir y a ensuciar"
    return PLURAL_VERB_START.match(head) is not None


# A plural verb of coming or going and the errand it names, at the end of the text before.
_ERRAND_BEFORE = re.compile(
    r"\b(?:vienen|van|llegan|bajan|suben|entran|salen|cruzan|pasan|regresan|vuelven|vinieron|"
    r"fueron|llegaron|bajaron|subieron|entraron|salieron|cruzaron|pasaron|regresaron|volvieron)"
    r" a \w+(?: \w+){0,3}\s*$"
)


def _errand_goes_on(an: Analysis, k: int) -> bool:
    """Unit k, a predicate infinitive after "y a", goes on with the errand of the plural verb
    just before ("nomás vienen a pedir y a ensuciar las banquetas"): its subject is theirs."""
    if k < 2 or an.units[k - 1].text != "a" or an.units[k - 2].text != "y":
        return False
    end = an.units[k - 2].start
    return _ERRAND_BEFORE.search(an.norm.text[max(0, end - 60) : end]) is not None


def _hit(an: Analysis, rule_id: str, score: float, first: int, last: int, what: str) -> Hit:
    g_units = [an.units[k] for k in range(first, last + 1) if an.units[k].code == "G"]
    cap = any(weak_group(u) for u in g_units)
    if cap or speaker_named_after(an, last):  # "..., dice mi vecino": reported, held
        score = min(score, HOLD)
    return Hit(rule_id, score, (an.span(first, last),), what)


def _pronoun_only(an: Analysis, first: int, last: int) -> bool:
    """The group is only a pronoun ("they"); hold rather than reject."""
    for k in range(first, last + 1):
        u = an.units[k]
        if u.code == "G" and u.has("G"):
            return False
    return True


def finish(an: Analysis, hits: list[Hit], rule_id: str, score: float, first: int, last: int,
            what: str) -> None:  # fmt: skip
    if _pronoun_only(an, first, last):
        score = min(score, 0.8)
    hits.append(_hit(an, rule_id, score, first, last, what))


# "It's disgusting how X behave", "Isn't it pathetic the way X live?", "Qué asco cómo viven
# los X": a fault found in the group's ways of being. Not how a group is treated ("how X are
# treated" passes: no verb of the group's own conduct).
_LEAD_INS = frozenset({"ojala", "no", "nunca", "solo", "ya"})


def plural_verb_first(pred: str) -> bool:
    """The predicate opens with a plural verb ("merecen morir"), maybe after a wish or a
    negation ("ojalá no existieran", "no merecen vivir"), so the group after it is its subject."""
    words = pred.split()
    while len(words) > 1 and words[0] in _LEAD_INS:
        words = words[1:]
    return words[0].endswith("n")


HATE_VERBS_1SG = frozenset(
    {"odio", "detesto", "desprecio", "aborrezco", "no soporto", "no aguanto",
     # the past ("... y los odiaba a todos"); not "odié", which folds to the subjunctive
     "odiaba", "odiabamos", "detestaba", "detestabamos", "despreciaba", "despreciabamos",
     "aborrecia", "aborreci"}
)  # fmt: skip


# "Esa mujer es una rata", "This woman is a pig": one person pointed at, not the group; "esa
# gente" and "these women" stay groups. Only the gender words, which are just words for a
# person: "ese negro es un mono" marks one person by race and stays hate.
_ONE_POINTED = frozenset(
    {"this", "that", "ese", "esa", "este", "esta", "aquel", "aquella"}
)  # fmt: skip


def one_pointed_at(an: Analysis, g: int) -> bool:
    """The group word is a singular gender word, right after a singular demonstrative. The
    demonstrative is read as typed: near-word matching reads "aquella" as the lexicon's
    "aquellas", yet "Aquella mujer es una víbora" points at one woman."""
    u = an.units[g]
    if g == 0 or u.code != "G" or not u.has("G") or not u.meta("G").startswith("gender"):
        return False
    this = an.units[g - 1]
    typed = an.norm.text[this.start : this.end]
    return (
        (this.text in _ONE_POINTED or typed in _ONE_POINTED)
        and this.sentence == u.sentence
        and not plural_group(u)
    )
