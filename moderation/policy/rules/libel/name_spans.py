"""Where a comment names people (`_name_spans`, kept on the analysis): full names, families
and clans, surnames; and `names_person`, which `coded` asks."""

from __future__ import annotations

import bisect
import re

from moderation.policy.analysis import Analysis, any_stopwords
from moderation.policy.normalize import fold_term
from moderation.policy.rules.libel.doer import identifies
from moderation.policy.rules.libel.handles import handle_spans
from moderation.policy.rules.libel.names import (
    HONORIFIC,
    NAME,
    NOT_NAMES,
    ONE_NAME,
    dictionary_word,
    name_word,
)
from moderation.policy.rules.libel.said_before import SAID_BEFORE
from moderation.policy.rules.libel.words import QUANTITIES
from moderation.policy.types import Submission


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


_DEMONSTRATIVES = frozenset({"That", "This"})
_ARTICLES_ES = frozenset({"El", "La"})
# Spanish nicknames that go with "el"/"la" and are capitalised as a name ("el Güero Lozano",
# "la Chata", "el Flaco de la taquería"): they pick out one person as a name does.
_NICKNAMES = frozenset(
    {"guero", "guera", "guerito", "guerita", "huero", "huera", "chapo", "flaco", "flaca",
     "flaquito", "gordo", "gorda", "gordito", "gordita", "chato", "chata", "chino",
     "mocho", "tuerto", "tuerta", "pelon", "pelona", "zurdo", "zurda", "profe", "chaparro",
     "chaparra", "morro", "gringo", "gringa", "charro", "junior", "mencho", "padrino", "compa",
     "primo", "grenas", "cabezon", "cabezona", "chueco", "chueca", "chuy", "viejon", "licen",
     "inge", "teco", "tito"}
)  # fmt: skip


def _full_name(words: list[str]) -> bool:
    """Two or three capitalised words none of which opens a place or a body ("Jenny Ortega",
    not "United States", "San Pedro")."""
    return len(words) <= 3 and not any(w.lower() in NOT_NAMES for w in words)


def _find_name_spans(an: Analysis, sub: Submission) -> list[tuple[int, int]]:
    spans = []
    text = sub.text
    stop = any_stopwords(an.lex)
    for m in NAME.finditer(text):
        words = m.group().split()
        if words[0].lower() in NOT_NAMES:
            if words[0] == "The" and len(words) > 2 and _PLACED_TITLE.match(text, m.end()):
                # "The Costa Verde DA": the sentence's article, then the place of an office
                spans.append((m.start() + m.group().index(words[1], len(words[0])), m.end()))
            elif words[0] in _DEMONSTRATIVES and len(words) > 2 and _full_name(words[1:]):
                # "That Jenny Ortega from the water board ...": a demonstrative, then a name
                spans.append((m.start() + m.group().index(words[1], len(words[0])), m.end()))
            elif words[0] in _ARTICLES_ES and fold_term(words[1]) in _NICKNAMES:
                # "El Güero Lozano", "La Chata Medina", "El Flaco": a nickname is a name
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
    spans.extend(m.span() for m in HONORIFIC.finditer(text))
    for m in ONE_NAME.finditer(text):
        spans.append(next(m.span(g) for g in range(1, 6) if m.group(g)))
    for m in re.finditer(r"@\w+", text):
        spans.append(m.span())
    spans.extend(handle_spans(text))  # "Marcus1978", "Tavo_Reynosa": a handle with no "@"
    spans.extend(_surname_spans(an, text, spans))
    spans.extend(family_spans(an, text))
    return spans


# A family or a clan named by its surname: "los Quintero", "la familia Ochoa", "el clan
# Salazar", "the Vance family", "the Garza brothers". Spanish plurals after "los" ("Los Pinos",
# "los Halcones", "Las Palmas") are places and teams: a surname after "los" ends in no "s"
# (or in "-ez": "los Domínguez").
_FAMILY = re.compile(
    r"\b(?:[Ll]os|[Ll]as)\s+([A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+(?:ez)?)(?<![^z]s)\b(?!\s+[A-ZÁÉÍÓÚÑÜ])"
    r"|\b(?:[Ff]amilia|[Cc]lan)\s+([A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+)\b"
    r"|\b([A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]+)\s+(?:brothers|family|clan|cousins)\b"
)


def family_spans(an: Analysis, text: str) -> tuple[tuple[int, int], ...]:
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
            if not name_word(an, text, word, dictionary=True):
                continue
            if folded in an.lex.words or folded + "s" in an.lex.words:
                continue  # a people or a faith the lexicon knows ("the Korean family")
            at = folded_at(an, m.start(g))
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


# A whole locative ("en la colonia", "in our town") before a capitalised word that is called
# "una ladrona", "a thief": the place is told, and the word is the one called it.
_LOCATIVE_DONE = re.compile(
    r"\b(?:en|in)\s+(?:la|el|the|our|my|mi|nuestra|nuestro|this|esta|este)\s+(?:colonia|barrio|"
    r"pueblo|rancho|ejido|cuadra|neighbou?rhood|town|village|block|building|edificio)\s+$",
    re.IGNORECASE,
)
_ONE_CALLED = re.compile(r"\s+(?:es|era|fue|is|was)\s+(?:un|una|a|an)\s", re.IGNORECASE)
# A capitalised word: a possible surname ("Kessler", "Olvera").
CAP_WORD = re.compile(r"(?<![\w'’])[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü]{2,}(?![\w-])")
# Before a capitalised word these make it a sentence's first word, not evidence of a name.
_OPENS = re.compile(r"(?:^|[.!?¿¡\n]|\.\.\.)[\W_]*$")
# A source set before its clause ("According to the Sentinel, Ruiz took ...", "Según El Sol,
# Ruiz ..."): the word after its comma opens the claim as a sentence's first word would.
_AFTER_SOURCE = re.compile(
    r"(?:^|[.!?\n]\s*)(?:according to|as per|per|segun|según|de acuerdo con|de acuerdo a|"
    r"conforme a)\s[^.!?,;\n]{1,60},\s*$",
    re.IGNORECASE,
)
# Before a capitalised word these make it a place or a body ("in Reynosa", "de Monterrey").
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|from|to|near|of|into|en|de|del|desde|hacia|cerca de|the|el|la|los|las|"
    r"colonia|barrio|fraccionamiento|calle|street|avenue|avenida|county|condado|city|ciudad|"
    r"town|pueblo|ejido|rancho|parish|parroquia|school|escuela)\s+$",
    re.IGNORECASE,
)

# The writer's own knowledge set before a clause ("I know Ruiz beats his wife", "we all know
# that ...", "trust me, ..."): the word after it opens the claim as a sentence's first word
# would, so a surname the dictionary holds is read as `_opening_surname` reads it.
_VOUCHED = re.compile(
    r"\b(?:(?:i|we|you|they|everyone|everybody|people)(?:\s+(?:all|just|happen\s+to|"
    r"already|damn\s+well|sure\s+as\s+hell))*\s+(?:know|knows|knew)(?:\s+for\s+a\s+fact)?|"
    r"(?:trust|believe)\s+me,|i'?m\s+telling\s+you,|let\s+me\s+tell\s+you,|"
    r"(?<!no\s)(?:sé|se|sabe|saben|sabemos)\s+(?:muy\s+bien\s+|de\s+buena\s+fuente\s+)?que|"
    r"cr[ée]eme,|te\s+lo\s+digo,|" + SAID_BEFORE + r")\s+(?:that\s+)?$",
    re.IGNORECASE,
)
# A patronymic surname ("Ruiz", "Ortiz", "Chávez", "Pérez"): some are in the word lists (names
# in the train splits' counts), no English or Spanish common word ends so ("quiz", "fez" are
# too short for it), so after a vouching frame it is read as a name like any other.
_PATRONYMIC = re.compile(r"[a-z]{2,}[aeiou]z")


def _vouched_surname(an: Analysis, text: str, m: re.Match) -> bool:
    """A capitalised word after the writer's vouching frame that is a name though a dictionary
    holds it: a patronymic surname before its verb, or a word `_opening_surname` reads as one
    ("I know Hill beats his wife": the sentence refers back to one person)."""
    folded = fold_term(m.group())
    if _PATRONYMIC.fullmatch(folded) and name_word(an, text, m.group(), dictionary=True):
        return _NEXT_WORD.match(text, m.end()) is not None
    return _opening_surname(an, text, m)


_NEXT_CAP = re.compile(r"[A-ZÁÉÍÓÚÑÜ][\w'’.-]*\s+$|\s+[A-ZÁÉÍÓÚÑÜ]")
# The capitalised word right before (its own end at the surname's start): "Guardia Nacional".
# Searched on the few characters before, so only the word next to it counts, not "County" in
# "in Cuervo County knows Pruitt".
_CAP_BEFORE = re.compile(r"[A-ZÁÉÍÓÚÑÜ][\w'’.-]*\s+$")


def folded_at(an: Analysis, k: int) -> int:
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
    caps = list(CAP_WORD.finditer(text))
    if not caps:
        return []
    starts = [u.start for u in an.units]
    for m in caps:
        word = m.group()
        if word in known:
            continue
        before = text[max(0, m.start() - 16) : m.start()]
        if _OPENS.search(before) or _AFTER_SOURCE.search(text, max(0, m.start() - 80), m.start()):
            if not _opening_surname(an, text, m):
                continue
        elif _VOUCHED.search(text, max(0, m.start() - 40), m.start()):
            if not (name_word(an, text, word) or _vouched_surname(an, text, m)):
                continue
        elif _LOCATIVE_DONE.search(text, max(0, m.start() - 30), m.start()) and (
            _ONE_CALLED.match(text, m.end())
        ):
            if not name_word(an, text, word, dictionary=True):
                continue  # "En la colonia Chona es una ladrona": the place said, then who
        elif not name_word(an, text, word) or _PLACE_BEFORE.search(before):
            continue
        if _CAP_BEFORE.search(before) or _NEXT_CAP.match(text, m.end()):
            continue  # a word of a longer proper name ("Guardia Nacional", "Santo Domingo")
        at = folded_at(an, m.start())
        k = bisect.bisect_left(starts, at)  # the word's own unit, not the "is" of its "'s"
        if k == len(starts) or starts[k] != at:
            k -= 1
        if k >= 0 and an.units[k].entry is not None:
            continue  # a lexicon term: a country, a group, a title
        known.add(word)
    taken = set(spans)
    return [m.span() for m in caps if m.group() in known and m.span() not in taken]


# After a sentence's first word: its verb, maybe an "'s" ("Tate's a lovely person").
_NEXT_WORD = re.compile(r"(['’]s\b)?\s+([a-záéíóúñü]+)")
# Stop words that may follow a surname as its verb ("Rivers is ...", "Soto le pagó ...").
_AUX = frozenset({"is", "was", "has", "had", "does", "did", "will", "would", "can", "es", "era",
                  "fue", "ha", "habia", "tiene", "tenia", "le", "les", "se", "lo", "la",
                  "sigue", "siempre", "nunca", "never", "always", "also", "still",
                  "just"})  # fmt: skip
# A singular person referred back to: what shows a sentence's first word to be someone.
_PERSON_PRONOUN = re.compile(r"\b(?:he|she|him|his|her|himself|herself|él|ella)\b")
_SENTENCE_END = re.compile(r"[.!?\n]")
_CLITIC_ONE = re.compile(r"\b(?:le|lo)\b")


def _opening_surname(an: Analysis, text: str, m: re.Match) -> bool:
    """A sentence's first word that is a surname though a dictionary holds it ("Delgado took
    the offer because they paid off his house", "Tate's a lovely person ..., I'll give her
    that"): no stop word, adverb, place word or word written in lower case, followed by its
    verb, and the sentence or the next refers back to one person ("he", "his", "her", "él")."""
    word = m.group()
    if not name_word(an, text, word, dictionary=True) or word.endswith(("ly", "mente")):
        return False
    nxt = _NEXT_WORD.match(text, m.end())
    if nxt is None:
        return False
    verb = nxt.group(2)
    folded = fold_term(word)
    if folded in QUANTITIES:
        return False  # "Two years for ...", "Muchos se salen ...": no one
    if not nxt.group(1):
        if verb in any_stopwords(an.lex) and verb not in _AUX:
            return False  # "Yesterday he ...": the subject comes after
        if an.lang == "en" and word.endswith("s") and not (verb in _AUX or verb.endswith("s")):
            return False  # "Parents know ...": a plural
    # A word the dictionary holds needs "he"/"her" in its own sentence; another, in the next.
    end = m.end()
    for _ in range(1 if dictionary_word(an, folded) else 2):
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
        and not dictionary_word(an, folded)
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
    if any(u.has("title") and identifies(an, u, sub.text) for u in units):
        return True
    start = an.span(units[0].index, units[0].index)[0]
    end = an.span(units[-1].index, units[-1].index)[1]
    for a, _end in _name_spans(an, sub):
        if start <= a < end and not _LOCATIVE.search(sub.text, max(0, a - 12), a):
            return True
    return False
