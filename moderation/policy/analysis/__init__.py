"""Read a comment once for all rules: normalised text, language, words, lexicon units, sentences.

A *unit* is the longest lexicon phrase (or an unknown word) at a position, with its classes and
one code letter; rules match patterns over the string of codes, so a pattern like "group,
copula, insult" is one small regex over a few dozen letters instead of a pass over the text.
"""

from __future__ import annotations

import bisect
import re
from types import MappingProxyType

from moderation.policy.analysis import lexicon_reads
from moderation.policy.analysis.canonical import (
    _past_as_wish,
    _phrase_heads,
    _spanish_only_words,
    canonical,
)
from moderation.policy.analysis.compounds import _compound_part, _compounds
from moderation.policy.analysis.group_words import (
    _FUNCTION,
    _NOT_SUBJECT_BEFORE,
    _RELATIVE,
    _UNIVERSAL,
    CRIMINAL_BODIES,
    _merge_relatives,
    _neutral_relative,
    _nounlike,
    _speaker_clause,
)
from moderation.policy.analysis.language import detect_language
from moderation.policy.analysis.lexicon_reads import (
    _content,
    _known_words,
    any_stopwords,
    per_lexicon,
)
from moderation.policy.analysis.phrase_slips import (
    _phrase_glue,
    _phrase_pairs,
    _phrase_slip,
    _phrase_slip_index,
)
from moderation.policy.analysis.pronouns import (
    _CATAPHORA,
    _demonstrative_subjects,
    _named_as_topic,
    _peoplehood_stand_ins,
    _spoken_about,
)
from moderation.policy.analysis.rivals import _opened_by_rival, acted_on_by_others, rival_subject
from moderation.policy.analysis.segment import _glue_terms, _segment
from moderation.policy.analysis.sentences import _boundaries, _carry_fragments, _quote_marks
from moderation.policy.analysis.spaced import (
    _STANDALONE,
    _glue,
    _glued_halves,
    _hyphen_apart,
    _join_runs,
    _letters_apart,
    _negation_after,
    _spaced_out,
    _split_spaced,
    _syllables_apart,
)
from moderation.policy.analysis.units import Analysis, Unit
from moderation.policy.es_verb_forms import other_person
from moderation.policy.lexicon import EACH_EN, Entry, Lexicon, load, split_words
from moderation.policy.normalize import Normalized, normalize


@per_lexicon
def _word_memos(lex: Lexicon) -> tuple[dict[str, dict], dict[str, dict]]:
    """Per-lexicon memos of `canonical` and `_segment`, pure functions of word and language:
    comments repeat their words, and the fuzzy lookups are the costly part of a word. Bounded
    (a full memo starts again) and thread-safe (single dict reads and writes); plain dicts of
    strings, so the garbage collector has nothing to traverse."""
    return {"en": {}, "es": {}}, {"en": {}, "es": {}}


@per_lexicon
def _phrase_index(lex: Lexicon, lang: str) -> dict:
    """`lex.phrases` as plain dicts for the unit loop, which reads it for every word: first
    word -> (second words of its longer phrases, ((length, {words: (entry, code)}), ...)
    longest first, (entry, code) of the word alone or None), codes for `lang`. Most words
    start no longer phrase, or are not followed by a second word of one: one lookup. Built
    once per lexicon and language, never changed after."""
    index = {}
    pairs: dict[int, tuple] = {}  # id(entry) -> (entry, code): the lexicon shares its entries

    def pair(e):
        got = pairs.get(id(e))
        if got is None:
            got = pairs[id(e)] = (e, e.codes.get(lang, "w"))
        return got

    seconds = _second_words(lex)
    for first, tables in lex.phrases.items():
        longer = tuple(
            (length, {words: pair(e) for words, e in table.items()})
            for length, table in tables
            if length > 1
        )
        single = lex.lookup((first,))
        index[first] = (
            seconds[first],
            longer,
            pair(single) if single is not None else None,
        )
    return index


@per_lexicon
def _second_words(lex: Lexicon) -> dict[str, frozenset[str]]:
    """First word -> the second words of its longer phrases, shared by the two languages'
    phrase indexes, and one empty set for the three words in four that start none (a set
    each, twice, was 3 MiB). Built once per lexicon."""
    none: frozenset[str] = frozenset()
    return {
        first: frozenset(words[1] for n, table in tables if n > 1 for words in table) or none
        for first, tables in lex.phrases.items()
    }


def _canonical_memo(word: str, lex: Lexicon, lang: str, memo: dict[str, dict]) -> str:
    table = memo.get(lang)
    if table is None:
        return canonical(word, lex, lang)
    found = table.get(word)
    if found is None:
        found = canonical(word, lex, lang)
        if len(table) >= lexicon_reads._MEMO_LIMIT:
            table.clear()  # starts again (see _MEMO_LIMIT)
        table[word] = found
    return found


def _segment_memo(word: str, lex: Lexicon, lang: str, memo: dict[str, dict]):
    table = memo.get(lang)
    if table is None:
        return _segment(word, lex, lang)
    found = table.get(word, table)
    if found is table:
        parts = _segment(word, lex, lang)
        found = tuple(parts) if parts else None
        if len(table) >= lexicon_reads._MEMO_LIMIT:
            table.clear()  # starts again (see _MEMO_LIMIT)
        table[word] = found
    return found


@per_lexicon
def _indexes(lex: Lexicon) -> bool:
    """Build the per-lexicon indexes of the word loop at a lexicon's first comment, rather than
    at the first comment that needs each (the slip index, the phrase pairs, the phrase index of
    the other language, the words only Spanish phrases hold: some 0.2-0.5 s in all, paid by
    whichever comment came first, inside a server's stream of comments). Answers nothing; one
    lookup a comment after the first."""
    _phrase_heads(lex)
    _phrase_slip_index(lex)
    _phrase_pairs(lex)
    _glue_terms(lex)
    _spanish_only_words(lex)  # 40-60 ms, met by a comment with a near miss of a phrase word
    for lang in ("en", "es"):
        _phrase_index(lex, lang)
    return True


def analyse(text: str, lang_hint: str | None = None) -> Analysis:
    lex = load()
    _indexes(lex)
    canon_memo, segment_memo = _word_memos(lex)
    norm = normalize(text)
    raw = split_words(norm.text)
    raw_words = [w for w, _, _ in raw]
    lang = detect_language(raw_words, lex, lang_hint)

    # Canonical words: undo obfuscation, re-join split words, split run-together words.
    is_known = _known_words(lex).__contains__
    known = list(map(is_known, raw_words))
    syllables = _syllables_apart(raw, norm.text, lex, known)
    if "-" in norm.text:
        syllables = _hyphen_apart(raw, norm.text, lex) | syllables
    if syllables:  # "ma ri co nes": a slur or group word typed in syllables
        raw = _join_runs(raw, syllables)
        raw_words = [w for w, _, _ in raw]
    glued = _glued_halves(raw, raw_words, lex, lang, norm.text)
    if glued:  # "des pise", "ver min": two words that are one term with a space typed in it
        raw = _glue(raw, glued)
        raw_words = [w for w, _, _ in raw]
    words: list[tuple[str, int, int]] = []
    i = 0
    n = len(raw)
    if syllables or glued:  # the words changed
        known = list(map(is_known, raw_words))
    canon = canon_memo[lang]
    before, after = _compounds(lex)
    handles = _handles(raw, norm, lex) if "@" in text else frozenset()
    if all(known) and not handles:  # nothing to undo: every step below starts from an unknown word
        words, i = raw, n
    while i < n:
        if i in handles:  # "@NormaP": a name, never "anormap" read as "anormal"
            w, s, e = raw[i]
            words.append(("@" + w[1:], s, e))
            i += 1
            continue
        if known[i] and (i + 1 >= n or known[i + 1]):
            words.append(raw[i])
            i += 1
            continue
        w, s, e = raw[i]
        if len(w) == 1 and i + 2 < n and len(raw[i + 1][0]) == 1:
            spelt = _letters_apart(raw, i, norm.text, lex, lang)
            if spelt is not None:  # "g a y", "d i e": too short for normalisation to join
                term, j = spelt
                words.append((term, s, raw[j - 1][2]))
                i = j
                continue
        if not known[i] and len(w) >= 3 and w.isalpha():
            slip = _phrase_slip(w, raw, i, lex)
            if lang == "es" and (_past_as_wish(w, slip) or other_person(w, slip)):
                slip = w  # "me enoja" is no "me enojan", "respetar" no "respetaré"
            if slip != w:  # a word of a hateful phrase: "deth to all", "mke me sick"
                words.append((slip, s, e))
                i += 1
                continue
            pair = _phrase_glue(w, raw, i, lex)
            if pair:  # two words of a hateful phrase run together: "una cargapara la sociedad"
                words.extend((p, s, e) for p in pair)
                i += 1
                continue
        if (
            i + 1 < n
            and not (known[i] and known[i + 1])
            and not _negation_after(raw[i + 1], norm, lang)
        ):
            joined = w + raw[i + 1][0]
            if len(joined) >= 3 and joined in lex.words and norm.text[e : raw[i + 1][1]] == " ":
                entry = lex.lookup((joined,))
                heads = _compounds(lex)
                partner = i + 2 < n and raw[i + 2][0] in heads[1].get(joined, ())
                single = w if len(w) == 1 else raw[i + 1][0] if len(raw[i + 1][0]) == 1 else ""
                if (
                    (len(joined) >= 4 and entry is not None and _content(entry))
                    or (len(joined) >= 5 and (joined in heads[0] or joined in heads[1]))
                    or partner
                    or len(joined) >= 5  # "can't st and them", "deber ían"
                    # a stray letter that is no word of its own: "so n", "mori r"
                    or (single and single not in _STANDALONE.get(lang, ()))
                ):  # "peop le", "muje res", "g ay people": half of a two-word group name
                    words.append((joined, s, raw[i + 1][2]))
                    i += 2
                    continue
        c = w
        # the words around pin the reading down first: half of a two-word group name ("rans
        # people"; a word of a hateful phrase was read above)
        if (
            not known[i]
            and w.isalpha()
            and ((i + 1 < n and raw[i + 1][0] in before) or (i > 0 and raw[i - 1][0] in after))
        ):
            c = _compound_part(w, raw, i, lex)
        if c == w:
            c = canon.get(w) or _canonical_memo(w, lex, lang, canon_memo)
            if c != w and len(w) <= 4 and w not in lex.words and _spaced_out(norm, s, e):
                c = w  # "H-E-B", "A.C.L.U": initials typed apart are read only as spelt
        if c == w and not known[i] and _spaced_out(norm, s, e):
            pieces = _split_spaced(w, lex, lang)
            if pieces:  # "a p l a g u e" was joined into "aplague": "a plague"
                words.extend((p, s + k, s + k + len(p)) for p, k in pieces)
                i += 1
                continue
        if c == w and not known[i]:
            parts = _segment_memo(w, lex, lang, segment_memo)
            if parts:
                words.extend((p, s, e) for p in parts)
                i += 1
                continue
        words.append((c, s, e))
        i += 1

    # Sentences and quotes from the normalised text.
    ntext = norm.text
    boundaries = _boundaries(ntext)
    quotes = _quote_marks(ntext)

    units: list[Unit] = []
    texts = tuple([w for w, _, _ in words])
    n_words = len(texts)
    k = 0
    phrases_get = _phrase_index(lex, lang).get
    bisect_right, bisect_left = bisect.bisect_right, bisect.bisect_left
    make_unit = tuple.__new__  # Unit(...) without the generated __new__'s extra call
    while k < n_words:
        w0, start, end = words[k]
        m = 1
        entry: Entry | None = None
        code = "w"
        index = phrases_get(w0)
        if index is not None:
            seconds, longer, single = index
            if k + 1 < n_words and texts[k + 1] in seconds:
                for length, table in longer:
                    if k + length <= n_words:
                        found = table.get(texts[k : k + length])
                        if found is not None:
                            m = length
                            entry, code = found
                            break
            if (
                m > 1
                and " ".join(texts[k : k + m]) in _AINT_IDIOMS
                and not ntext[start:end].startswith("ain")
            ):
                m, entry, code = 1, None, "w"  # "are not shit" as typed: plain negation
            if m == 1 and single is not None:
                entry, code = single
        sentence = bisect_right(boundaries, start) if boundaries else 0
        text_ = w0
        if m > 1:
            end = words[k + m - 1][2]
            # a phrase may not run across a sentence boundary
            if boundaries and bisect_right(boundaries, end - 1) != sentence:
                m, entry = 1, lex.lookup((w0,))
                end = words[k][2]
                code = entry.codes.get(lang, "w") if entry is not None else "w"
            elif code == "G" and texts[k : k + m - 1] in EACH_EN:
                # "every Haitian": the quantifier's words are units of their own before the
                # group word, as in "every Mexican"
                for j in range(k, k + m - 1):
                    wj, sj, ej = words[j]
                    one = phrases_get(wj)
                    ej_entry, cj = one[2] if one is not None and one[2] is not None else (None, "w")
                    qj = bisect_right(quotes, sj) % 2 == 1 if quotes else False
                    units.append(
                        make_unit(Unit, (len(units), wj, sj, ej, sentence, qj, ej_entry, cj))
                    )
                k += m - 1
                m, start, text_ = 1, words[k][1], texts[k]
            else:
                text_ = " ".join(texts[k : k + m])
        quoted = bisect_right(quotes, start) % 2 == 1 if quotes else False
        units.append(
            make_unit(Unit, (len(units), text_, start, end, sentence, quoted, entry, code))
        )
        k += m

    # A group word used as an adjective of another noun ("Arab food", "Muslim women" stays),
    # after "non-"/"anti-", or restricted by a relative clause ("men who hit women") is not a
    # statement about the whole group.
    merges: list[tuple[int, int]] = []
    for k, u in enumerate(units):
        if u.code != "G":
            continue
        prev = units[k - 1] if k > 0 else None
        nxt = units[k + 1] if k + 1 < len(units) else None
        demote = prev is not None and (
            prev.text in _NOT_SUBJECT_BEFORE or (lang == "es" and prev.text in CRIMINAL_BODIES)
        )
        universal = any(
            units[j].text in _UNIVERSAL or units[j].text.split()[-1] in _UNIVERSAL
            for j in range(max(0, k - 2), k)
        )  # "the next X who ...", "any X that ..." still mean every member
        if lang == "es" and nxt is not None and nxt.text == "que" and not demote:
            rel_end = _neutral_relative(units, k, ntext)
            if rel_end is not None:  # "los X que llegan a la ciudad son ...": still the group
                merges.append((k, rel_end))
                continue
        if (
            nxt is not None
            and nxt.sentence == u.sentence
            and (
                (
                    nxt.text in _RELATIVE
                    and not universal
                    and "," not in ntext[u.end : nxt.start]
                    and not _speaker_clause(units, k + 2)
                )
                or (
                    lang == "en"
                    and nxt.code == "w"
                    and not (universal and nxt.text in _RELATIVE)
                    and nxt.text not in _FUNCTION
                    and not _nounlike(u.text)
                )
            )
        ):
            demote = True
        if demote:
            units[k] = u._replace(code="g")
    if merges:
        units = _merge_relatives(units, merges)

    if "who" in ntext or "if you" in ntext:
        _membership(units)
    if "N" in "".join([u.code for u in units[:-1]]):
        units = _negated_liking(units, lang)
    if " like you" in ntext or " como t" in ntext:
        _like_you(units)
    _demote_intensifiers(units, lex, lang, ntext)
    if "YA" in text:
        _young_adult(units, norm)
    if lang == "es":
        _pronominal_se(units)
    codes = "".join([u.code for u in units])
    if "G" in codes:
        units = _split_verbs(units, lang, lex)
        if len(boundaries) > 1:
            _carry_fragments(units, ntext, boundaries)
        codes = "".join([u.code for u in units])

    if "G" in codes and len(boundaries) > 0:
        _demonstrative_subjects(units, lang)
        codes = "".join([u.code for u in units])
    if "U" in codes and "G" in codes:
        _addressee_member(units)
        codes = "".join([u.code for u in units])
    # "they"/"them" refer back to a group once a group has been named.
    # ... or forward, when the comment says who "they" are: "Of course they are lazy. They
    # are just <group>, after all."
    if "t" in codes:
        seen_group = bool(_CATAPHORA.search(codes)) or _named_as_topic(units, ntext)
        resolved: list[Unit] = []
        acted_on = -1  # sentence whose last group was the object of another people's act
        rival = -1  # sentence after the last group opened by officials or the writer's kin
        for u in units:
            if u.code == "g" and _spoken_about(units, u.index):
                seen_group = True  # "Let me tell you about X. They are ..."
            if u.code == "G":
                seen_group = True
                # "ICE detained X at the plant. They ...": the officials opened the sentence
                rival = u.sentence if _opened_by_rival(resolved, u, ntext) else -1
                acted_on = u.sentence if acted_on_by_others(units, u.index, ntext) else -1
            elif seen_group and rival < 0 and rival_subject(units, u.index, ntext):
                rival = u.sentence  # "X were attacked. The police did nothing. They are ..."
            if (
                u.code == "t"
                and seen_group
                and not (0 <= acted_on < u.sentence)
                and not (0 <= rival < u.sentence)
            ):
                u = u._replace(code="G")
                if acted_on_by_others([*resolved, u], u.index, ntext):
                    acted_on = u.sentence  # "the landlords exploit them. They are ...": either
            resolved.append(u)
        units = resolved
        codes = "".join([u.code for u in units])
        if lang == "en" and "t" in codes and "G" not in codes and "(" not in ntext:
            units = _peoplehood_stand_ins(units, ntext)
            codes = "".join([u.code for u in units])
    n_sent = (units[-1].sentence + 1) if units else 0
    question = [ntext[b] == "?" for b in boundaries[:n_sent]]
    ends = tuple(question) + (False,) * (n_sent - len(question))
    # units are in text order, so each sentence is one run of units: find where each starts
    numbers = [u.sentence for u in units]
    firsts = [bisect_left(numbers, s) for s in sorted(set(numbers))] + [len(units)]
    sentences = [(firsts[j], codes[firsts[j] : firsts[j + 1]]) for j in range(len(firsts) - 1)]
    by_class: dict[str, list[int]] = {}
    for u in units:
        if u.entry is not None:
            for cls in u.entry.classes:
                if cls in by_class:
                    by_class[cls].append(u.index)
                else:
                    by_class[cls] = [u.index]
    return Analysis(
        norm=norm,
        lang=lang,
        units=tuple(units),
        codes=codes,
        sentences=tuple(sentences),
        sentence_ends=ends,
        lex=lex,
        by_class=MappingProxyType({k: tuple(v) for k, v in by_class.items()}),
        prefixes=frozenset([w[:4] for w in texts]),
    )


def _handles(raw: list[tuple[str, int, int]], norm: Normalized, lex: Lexicon) -> frozenset[int]:
    """Words typed as an @mention ("@NormaP", "@lupe_in_elpaso"): normalisation reads the "@" as
    an "a", which can spell an insult from a name ("anormap", one slip from "anormal"). The "@"
    is a letter only when it masks a lexicon word exactly and the rest is no word ("@ss",
    "@sshole"); otherwise the word is a handle, a name that no rule reads."""
    original = norm.original
    known = _known_words(lex)
    found = set()
    for i, (w, s, _e) in enumerate(raw):
        if not w.startswith("a") or len(w) < 2:
            continue
        o = norm.origin[s] if s < len(norm.origin) else -1
        if o < 0 or original[o] != "@" or (o > 0 and original[o - 1].isalnum()):
            continue
        rest = w[1:]
        if lex.lookup((w,)) is not None and rest not in known:
            continue  # "@ss", "@sshole": a masked "a"
        found.add(i)
    return frozenset(found)


# The writer's liking, respect or trust denied to a group ("I have never liked X", "I don't
# admire X", "No aprecio a los X", "No me caen bien los X"): read as a hate verb, its
# negation folded into it, so "I don't like how X are treated" (a clause after) and "No me
# gustan los X que ..." (some of them) stay as they are.
_LIKING = {
    "en": frozenset(
        {"like", "liked", "love", "loved", "respect", "respected", "admire", "admired", "accept",
         "accepted", "value", "valued", "trust", "trusted", "appreciate", "appreciated",
         "tolerate", "tolerated", "care about", "care for", "hire", "employ", "vote for",
         "marry", "date", "befriend", "be friends with", "rent to", "sell to", "work with",
         "live next to", "live near"}
    ),
    "es": frozenset(
        {"gustan", "caen bien", "aprecio", "acepto", "aceptare", "aceptaria", "respeto",
         "respetare", "respetaria", "valoro", "admiro", "tolero", "tolerare", "toleraria",
         "confio en", "confiare en", "confiaria en", "trago", "aguanto", "contrataria",
         "contratare", "contrato", "votaria por", "votare por", "casaria con", "casare con",
         "fio de", "fiaria de", "puedo confiar en", "podria confiar en",
         "podria querer", "podria respetar", "sere amigo de", "seria amigo de", "sere amiga de",
         "seria amiga de", "importan", "le rentaria", "le venderia", "viviria cerca de",
         "viviria al lado de", "trabajaria con",
         # after a modal or an auxiliary ("no puedo respetar a", "nunca me han gustado")
         "respetar", "aceptar", "tolerar", "soportar", "aguantar", "tragar", "apreciar",
         "admirar", "valorar", "querer", "confiar en", "fiarme de", "fiarnos de", "fiarse de",
         "gustado", "caido bien", "respetado", "aceptado", "tolerado", "soportado",
         "aguantado", "apreciado", "admirado", "confiado en", "gustaran", "gustaban",
         "gustaron", "caeran bien", "caian bien", "caen nada bien", "caido nada bien",
         "respetamos", "aceptamos", "toleramos", "apreciamos", "admiramos", "valoramos",
         "queremos", "aguantamos", "soportamos", "confiamos en", "fiamos de", "fiar de"}
    ),
}  # fmt: skip
# Spanish modals and auxiliaries between the negation and the liking ("no puedo respetar a",
# "nunca voy a aceptar a", "no somos capaces de tolerar a", "nunca me han gustado").
_LIKING_AUX_ES = frozenset(
    {"puedo", "podria", "podre", "podemos", "podriamos", "podremos", "voy a", "vamos a",
     "pienso", "pensamos", "sabria", "debemos", "deberiamos", "debo", "deberia", "he", "hemos",
     "han", "ha", "habia", "nos", "me han", "me ha", "llegare a", "llegaremos a", "logro",
     "consigo", "soy capaz de", "somos capaces de", "sere capaz de", "seremos capaces de",
     "estoy dispuesto a", "estoy dispuesta a", "estamos dispuestos a", "estamos dispuestas a",
     "tengo por que", "tenemos por que", "podido", "ni", "siquiera", "ni siquiera", "jamas",
     "nunca", "quiero", "queremos", "conseguire", "lograre", "voy", "vamos", "a", "soy",
     "somos", "capaz", "capaces", "de", "dispuesto", "dispuesta", "dispuestos", "dispuestas"}
)  # fmt: skip
# Before the group in Spanish: "no podemos aceptar a más X" (a number, a policy), not the X.
_LIKING_COUNT_ES = frozenset(
    {"mas", "menos", "tantos", "tantas", "demasiados", "demasiadas", "otros", "otras"}
)
_LIKING_NEG = frozenset(
    {"do not", "don't", "dont", "did not", "never", "will never", "would never", "could never",
     "can not", "cannot", "no", "nunca", "jamas", "nunca jamas", "not", "tampoco"}
)  # fmt: skip
_LIKING_AUX = frozenset(
    {"have", "had", "will", "would", "could", "can", "really", "ever", "me", "i would", "i will",
     "i could", "i", "we", "we would", "we will", "i'd", "we'd"}
)  # fmt: skip
_LIKING_LONGEST = 4  # words of the longest verb phrase above
# Dealings refused rather than feelings: said of a group only when it closes the clause.
_DEALINGS = frozenset(
    {"hire", "employ", "vote for", "marry", "date", "rent to", "sell to", "work with",
     "live next to", "live near", "contrataria", "contratare", "contrato", "votaria por",
     "votare por", "casaria con", "casare con", "le rentaria", "le venderia",
     "viviria cerca de", "viviria al lado de", "trabajaria con"}
)  # fmt: skip
_COMPARING = frozenset({"less", "more", "than", "menos", "mas"})
_ANYONE = frozenset(
    {"anyone", "anybody", "everyone", "everybody", "nobody", "nadie", "todo el mundo",
     "cualquiera", "ninguno", "ninguna"}
)  # fmt: skip
_LIKING_TAIL = frozenset({"bien", "en", "de", "por", "con", "to", "for", "with", "about", "near"})


def _liking_at(units: list[Unit], v: int, verbs: frozenset[str]) -> int:
    """How many units from v spell a verb phrase of `verbs` (longest first), or 0."""
    s = units[v].sentence
    for n in range(_LIKING_LONGEST, 0, -1):
        run = units[v : v + n]
        if (
            len(run) == n
            and all(u.sentence == s and u.code in "wPCFA" for u in run)
            and " ".join(u.text for u in run) in verbs
        ):
            return n
    return 0


def _negated_liking(units: list[Unit], lang: str) -> list[Unit]:
    """The units with each denied liking folded into one hate-verb unit ("never liked")."""
    verbs = _LIKING.get(lang)
    if not verbs:
        return units
    folds: dict[int, int] = {}
    for k, u in enumerate(units[:-1]):
        if u.code != "N" or u.text not in _LIKING_NEG:
            continue
        # the writer: "I (have) never", "I would not", "nunca", "no" opening the clause
        j = k - 1
        while (
            j >= 0
            and units[j].sentence == u.sentence
            and units[j].text in _LIKING_AUX
            and units[j].code not in ("I", "F")
        ):
            j -= 1
        writer = j >= 0 and units[j].sentence == u.sentence and units[j].code in ("I", "F")
        if lang == "es":
            writer = j < 0 or units[j].sentence != u.sentence or units[j].code in ("I", "B")
        if not writer:
            continue
        v = k + 1
        aux = _LIKING_AUX | _LIKING_AUX_ES if lang == "es" else _LIKING_AUX
        while v < len(units) and units[v].text in aux and units[v].sentence == u.sentence:
            v += 1
        if v >= len(units) or units[v].sentence != u.sentence:
            continue
        n = _liking_at(units, v, verbs)
        if not n:
            continue
        g = v + n
        while g < len(units) and units[g].code == "A" and units[g].sentence == u.sentence:
            if lang == "es" and units[g].text in _LIKING_COUNT_ES:
                break  # "no podemos aceptar a más X": how many, not the people
            g += 1
        if g >= len(units) or units[g].code != "G" or units[g].sentence != u.sentence:
            continue
        rest = [x for x in units[g + 1 :] if x.sentence == u.sentence]
        if any(x.text in _ANYONE or x.text in _COMPARING for x in rest):
            continue  # "I don't hire women, or anyone"; "... Muslims less than ...": a comparison
        phrase = " ".join(x.text for x in units[v : v + n])
        if phrase in _DEALINGS and any(x.code != "A" for x in rest):
            continue  # "I would never hire a X for less pay": the terms, not the group
        folds[j + 1 if lang == "en" else k] = v + n
    if not folds:
        return units
    out: list[Unit] = []
    k = 0
    while k < len(units):
        end = folds.get(k)
        if end is None:
            u = units[k]
            out.append(u._replace(index=len(out)) if u.index != len(out) else u)
            k += 1
            continue
        run = units[k:end]
        out.append(
            next(x for x in reversed(run) if x.text not in _LIKING_TAIL)._replace(
                index=len(out),
                text=" ".join(x.text for x in run),
                start=run[0].start,
                end=run[-1].end,
                code="H",
            )
        )
        k = end
    return out


# "Anyone who is X is trash", "If you are (one of those) X, you are scum": whoever belongs to
# the group, that is the group; the frame ("anyone who", "if you") reports nobody's words here.
_MEMBERSHIP_FRAMES = frozenset({"anyone who", "if you", "whoever", "everyone who", "anybody who"})
_MEMBERSHIP_COPULAS = frozenset({"is", "are", "re", "happens to be", "happen to be"})
_ONE_OF = frozenset({"one", "one of", "of"})


def _membership(units: list[Unit]) -> None:
    """Read the frame and its copula as filler before a group that names what one is."""
    for k in range(len(units) - 2):
        u, cop = units[k], units[k + 1]
        if u.text not in _MEMBERSHIP_FRAMES or cop.text not in _MEMBERSHIP_COPULAS:
            continue
        j = k + 2
        while j < len(units) and j <= k + 6 and (units[j].code == "A" or units[j].text in _ONE_OF):
            j += 1
        g = units[j] if j < len(units) else None
        if g is None or g.sentence != u.sentence or g.code != "G":
            continue
        units[k] = u._replace(code="A", entry=None)  # no report frame either
        units[k + 1] = cop._replace(code="A")


# The reader told what group they belong to ("You are gay.", "Eres judío", "As a woman you
# ..."): a "you" after it is a member of that group, so what is said of "you" is said of one
# for being one. Insults that hold their own second person ("eres basura", "me das asco",
# "te odio") are read as a predicate or reaction after the group.
_ASCRIBING = re.compile(r"U[AC]*A*(?P<g>G)|A*(?P<g2>G)U")
_AS_A = frozenset({"as a", "as an", "como", "siendo", "as"})
_ADDRESSEE_WINDOW = 2  # sentences after the one that names what the reader is
_INSULT_AS = {"eres ": "X", "sos ": "X", "me das ": "W", "das ": "W", "te odio": "W",
              "te desprecio": "W", "te detesto": "W", "me repugnas": "W",
              "me enfermas": "W"}  # fmt: skip


def _addressee_member(units: list[Unit]) -> None:
    """Code the reader as the group they were said to belong to (see `_ASCRIBING`)."""
    codes = "".join(u.code for u in units)
    for m in _ASCRIBING.finditer(codes):
        g = m.start("g") if m.group("g") else m.start("g2")
        first = m.start()
        if m.group("g2") and not (g > 0 and units[g - 1].text in _AS_A):
            continue  # "as a woman, you ...", not "women you ..."
        if len({units[k].sentence for k in range(first, m.end())}) > 1:
            continue
        group = units[g]
        if group.entry is None or "G" not in group.entry.classes:
            continue
        last = group.sentence + _ADDRESSEE_WINDOW
        for k in range(m.end(), len(units)):
            u = units[k]
            if u.sentence > last:
                break
            adjacent = all(units[j].code in "AYU" for j in range(g + 1, k))
            if u.code == "U" and not (u.sentence == group.sentence and adjacent):
                units[k] = u._replace(code="G")  # (a "you" right after the group reads as is)
            elif u.code == "w" and u.entry is not None and "INS" in u.entry.classes:
                code = next((c for p, c in _INSULT_AS.items() if u.text.startswith(p)), None)
                if code is not None:
                    units[k] = u._replace(code=code)
        return


_LIKE = frozenset({"like", "como"})
_YOU_FORMS = frozenset({"you", "yourself", "yourselves", "tu", "ti", "vosotros", "ustedes"})


def _like_you(units: list[Unit]) -> None:
    """ "X like you", "los X como tú": the one addressed is counted among the group; the two
    words read as filler so what follows is said of the group ("X like you should die")."""
    for k in range(1, len(units) - 1):
        u, nxt = units[k], units[k + 1]
        if (
            u.text in _LIKE
            and nxt.text in _YOU_FORMS
            and units[k - 1].code == "G"
            and nxt.sentence == u.sentence
        ):
            units[k] = u._replace(code="A")
            units[k + 1] = nxt._replace(code="A")


# Words a "YA" (young adult) label stands before: a kind of book, not a reader addressed.
_BOOK_WORDS = frozenset(
    {"novel", "novels", "book", "books", "fiction", "series", "author", "authors", "writer",
     "writers", "title", "titles", "shelf", "shelves", "section", "fantasy", "romance",
     "dystopia", "dystopian", "genre", "lit", "literature", "trilogy", "readers", "market",
     "publishing", "imprint", "audience", "adaptation", "adaptations", "thriller", "saga",
     "story", "stories", "bestseller", "classic", "classics", "horror", "mystery"}
)  # fmt: skip
# Words a "YA" as an adjective stands after: an article or a describing word before a noun.
_BEFORE_LABEL = frozenset(
    {"a", "an", "the", "this", "that", "these", "those", "my", "your", "his", "her", "their",
     "our", "some", "any", "another", "more"}
)  # fmt: skip


def _young_adult(units: list[Unit], norm: Normalized) -> None:
    """An upper-case "YA" before a book word ("a YA novel") or used as an adjective between
    an article or a describing word and a noun ("a mediocre YA thriller") is the young-adult
    label, never a coded "you" (so "mediocre" is no insult said to the reader)."""
    for k, u in enumerate(units):
        if u.text != "ya" or u.code != "U":
            continue
        start, end = norm.span(u.start, u.end)
        if norm.original[start:end] != "YA" or k + 1 >= len(units):
            continue
        nxt, prev = units[k + 1], units[k - 1] if k else None
        if nxt.sentence != u.sentence:
            continue
        adjective = (
            prev is not None
            and prev.sentence == u.sentence
            and (prev.text in _BEFORE_LABEL or prev.code in "Aw" or prev.entry is not None)
            and nxt.entry is None
            and nxt.code == "w"
            and nxt.text.isalpha()
        )
        if nxt.text in _BOOK_WORDS or adjective:
            units[k] = u._replace(code="w")


# "puta"/"puto" before a noun only intensifies it ("una puta pasada", "la puta vida", "ni puta
# idea"): no slur for a woman. Before these, or a hostile word ("putas inmigrantes", "putas
# criminales"), it is still the noun.
_INTENSIFIER_SLURS = frozenset({"puta", "putas"})
_AFTER_THE_NOUN = frozenset(
    {"barata", "baratas", "sucia", "sucias", "callejera", "callejeras", "rastrera", "rastreras",
     "arrastrada", "arrastradas", "cualquiera", "reprimida", "reprimidas", "operada", "vieja",
     "viejas", "tonta", "loca", "fea", "gorda", "mentirosa", "falsa", "interesada", "asquerosa"}
)  # fmt: skip


# The predicates a pronominal "se" may stand before without changing what they say of the
# subject: "los X se merecen la muerte" is "los X merecen la muerte".
_SE_PREDICATES = frozenset("MZ")


def _pronominal_se(units: list[Unit]) -> None:
    """Spanish "se" before a modal or a predicate ("se merecen", "se deberían") reads as
    filler, so the group's predicate reaches its subject; "sé" (I know) before "que" stays."""
    for k, u in enumerate(units[:-1]):
        nxt = units[k + 1]
        if (
            u.text == "se"
            and u.code == "O"
            and nxt.code in _SE_PREDICATES
            and nxt.sentence == u.sentence
        ):
            units[k] = u._replace(code="A")


def _demote_intensifiers(units: list[Unit], lex: Lexicon, lang: str, text: str) -> None:
    if lang != "es":
        return
    stop = lex.stopwords.get("es", frozenset())
    for k, u in enumerate(units[:-1]):
        if u.code != "S" or u.text not in _INTENSIFIER_SLURS:
            continue
        nxt = units[k + 1]
        if (
            nxt.sentence == u.sentence
            and not text[u.end : nxt.start].strip()  # "puta, vete": a noun, then a new phrase
            and nxt.text not in stop
            and nxt.text not in _AFTER_THE_NOUN
            and not (
                nxt.entry is not None and ("INS" in nxt.entry.classes or "S" in nxt.entry.classes)
            )
            and nxt.text.isalpha()
            and len(nxt.text) > 3  # "una puta tía": a short word may still follow the noun
        ):
            units[k] = u._replace(code="w")


# Idioms whose negation belongs to them only as typed with "ain't" ("X ain't shit": worthless).
# The analysis reads "ain't" as "are not", so the phrase is kept only when the "not" came from
# "ain't"/"aint": "X are not shit" or "aren't shit" typed out is a plain negation.
_AINT_IDIOMS = frozenset({"not shit"})


# Expulsion verbs whose particle follows the object: "drive all the X out", "ship them back",
# "sacar a los X de aqui". The verb unit is read as the whole phrasal verb.
_SPLIT_HEADS = {
    "en": frozenset({"drive", "run", "kick", "throw", "chase", "force", "push", "ship", "send",
                     "boot", "round", "keep", "wipe", "smoke", "burn", "root", "weed", "hound",
                     "purge"}),
    "es": frozenset({"sacar", "saquen", "sacarlos", "echar", "echen", "correr", "corran",
                     "mandar", "manden", "regresar", "regresen", "devolver", "devuelvan",
                     "expulsar", "expulsen", "botar", "boten", "largar", "quitar", "quiten"}),
}  # fmt: skip
_SPLIT_PARTICLES = {
    "en": frozenset({"out", "away", "back", "off", "up", "home"}),
    "es": frozenset({"de aqui", "de aca", "del pais", "de este pais", "de nuestro pais",
                     "a su pais", "a sus paises", "de mi pais", "de la ciudad", "de mexico",
                     "de eeuu", "de estados unidos", "de", "del", "a"}),
}  # fmt: skip
# Verbs that harm only with their own particle ("put X against a wall", "throw X into the
# sea", "lock X up"): "put X up in hotels" or "push X into leadership" harm no one.
_OWN_PARTICLES = {
    "throw": frozenset({"into", "in", "overboard"}),
    "drag": frozenset({"out", "away"}),
    "lock": frozenset({"up", "away"}),
    "string": frozenset({"up"}),
    "hunt": frozenset({"down"}),
    "gun": frozenset({"down"}),
    "mow": frozenset({"down"}),
    "beat": frozenset({"up"}),
    "line": frozenset({"up"}),
}
_PUT_PLACES = ("down", "against", "behind bars", "in the ground", "in their graves",
               "in the grave", "in camps", "in cages", "in prison", "in jail", "in ovens",
               "in the ovens", "in chains", "to death", "to sleep", "six feet under")  # fmt: skip
_SPLIT_OBJECT = frozenset({"A", "G", "t", "g"})
# Places of a killing after a driving verb ("drive X into the sea"); "drive X into poverty" is
# a consequence and stays a plain verb.
_DEATH_WATERS = ("into the sea", "into the ocean", "into the river", "into the fire",
                 "into the ovens", "off a cliff", "off the cliff")  # fmt: skip
_PLACED_HEADS = {"put": _PUT_PLACES, "drive": _DEATH_WATERS, "push": _DEATH_WATERS,
                 "chase": _DEATH_WATERS, "force": _DEATH_WATERS}  # fmt: skip


# Places and plights a group is taken out of to help it ("sacar a los X del albergue a una
# vivienda", "de la pobreza", "de las jaulas"): the verb moves or rescues, it expels no one.
_RESCUE_PLACES = frozenset(
    {"albergue", "albergues", "refugio", "refugios", "centro", "centros", "jaula", "jaulas",
     "carcel", "carceles", "celda", "celdas", "campamento", "campamentos", "estacion",
     "estaciones", "calle", "calles", "pobreza", "miseria", "frio", "peligro", "hacinamiento",
     "limbo", "abandono", "detencion", "hielera", "hieleras", "bodega", "bodegas"}
)  # fmt: skip


def _rescued_from(units: list[Unit], j: int) -> bool:
    """The "de"/"del" at unit j opens a place or plight of `_RESCUE_PLACES` (past its article)."""
    if units[j].text not in ("de", "del"):
        return False
    k = j + 1
    while k < len(units) and units[k].code == "A" and units[k].text in ("los", "las", "la", "el"):
        k += 1
    return (
        k < len(units)
        and units[k].sentence == units[j].sentence
        and units[k].text in _RESCUE_PLACES
    )


def _split_verbs(units: list[Unit], lang: str, lex: Lexicon) -> list[Unit]:
    heads, particles = _SPLIT_HEADS.get(lang), _SPLIT_PARTICLES.get(lang)
    if not heads:
        return units
    out = list(units)
    n = len(units)
    own = _OWN_PARTICLES if lang == "en" else {}
    for k, u in enumerate(units):
        if u.code not in ("w", "V") or (
            u.text not in heads
            and u.text not in own
            and (u.text not in _PLACED_HEADS or lang != "en")
        ):
            continue
        ok = own.get(u.text, particles)
        j, group = k + 1, False
        while j < n and j <= k + 5 and units[j].code in _SPLIT_OBJECT:
            if units[j].sentence != u.sentence or (group and units[j].text in ok):
                break
            group = group or units[j].code in ("G", "t")
            j += 1
        if not group or j >= n or units[j].sentence != u.sentence:
            continue
        nxt = units[j]
        if u.text in _PLACED_HEADS and lang == "en":
            place = " ".join(x.text for x in units[j : j + 4] if x.sentence == u.sentence)
            spot = next((p for p in _PLACED_HEADS[u.text] if place.startswith(p)), None)
            if spot is not None:  # "put X in the ground", "put X to death", "drive X into the sea"
                entry = lex.lookup(("put", "down")) or u.entry
                out[k] = u._replace(code="V", entry=entry, text=f"{u.text} {spot}")
                continue
            if u.text == "put":
                continue
        if nxt.text in ok or nxt.text.split()[0] in ok:
            if lang == "es" and nxt.text in ("de", "del", "a") and units[j - 1].code != "G":
                continue
            if lang == "es" and _rescued_from(units, j):
                continue  # "sacar a los X del albergue", "de la pobreza": moved, not expelled
            particle = nxt.text.split()[0] if lang == "en" else nxt.text
            entry = lex.lookup((u.text, particle)) or u.entry
            out[k] = u._replace(code="V", entry=entry, text=f"{u.text} {particle}")
    return out


__all__ = [
    "CRIMINAL_BODIES",
    "Analysis",
    "Unit",
    "acted_on_by_others",
    "analyse",
    "any_stopwords",
    "canonical",
    "detect_language",
    "rival_subject",
]
