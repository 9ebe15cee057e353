"""`analyse`, the entry point: a comment read once into words (obfuscation undone, split and
run-together words repaired), lexicon units with their code letters, and sentences, then the
passes that recode units by their context (group words, pronouns, negated liking, ...)."""

from __future__ import annotations

import bisect
from types import MappingProxyType

from moderation.policy.analysis.canonical_words import past_as_wish
from moderation.policy.analysis.compounds import _compounds, compound_part, real_word_halves
from moderation.policy.analysis.glued_article import glued_article
from moderation.policy.analysis.group_nouns import adjective_noun, noun_group_es
from moderation.policy.analysis.group_words import (
    CRIMINAL_BODIES,
    FUNCTION,
    NOT_SUBJECT_BEFORE,
    PLACE_NAMED_BY,
    RELATIVE,
    UNIVERSAL,
    closes_noun_phrase,
    merge_relatives,
    neutral_relative,
    nounlike,
    remaining_after,
    speaker_clause,
)
from moderation.policy.analysis.indexes import (
    _indexes,
    _phrase_index,
    _segment_memo,
    _word_memos,
    canonical_memo,
)
from moderation.policy.analysis.language import detect_language
from moderation.policy.analysis.lexicon_reads import _content, _known_words, respelt_in_phrase
from moderation.policy.analysis.liking import negated_liking
from moderation.policy.analysis.link_paths import without_link_paths
from moderation.policy.analysis.membership import _membership, addressee_member, like_you
from moderation.policy.analysis.phrase_slips import phrase_glue, phrase_slip
from moderation.policy.analysis.pronouns import (
    CATAPHORA,
    demonstrative_subjects,
    members_named,
    named_as_topic,
    peoplehood_stand_ins,
    spoken_about,
)
from moderation.policy.analysis.rivals import acted_on_by_others, opened_by_rival, rival_subject
from moderation.policy.analysis.sentences import (
    CLOSING,
    _boundaries,
    carry_fragments,
    quote_marks,
)
from moderation.policy.analysis.spaced import (
    STANDALONE,
    glue,
    glued_halves,
    hyphen_apart,
    join_runs,
    letters_apart,
    negation_after,
    spaced_out,
    split_spaced,
    syllables_apart,
)
from moderation.policy.analysis.split_verbs import _split_verbs
from moderation.policy.analysis.units import Analysis, Unit
from moderation.policy.analysis.word_senses import (
    COUNTRY_PLURALS,
    club_named,
    country_named,
    curly_nickname,
    demote_intensifiers,
    entitled_by_law,
    entitlement_felt,
    no_matter_what,
    pronominal_se,
    tilde_words,
    upset_with,
    young_adult,
)
from moderation.policy.es_verb_forms import other_person
from moderation.policy.lexicon import EACH_EN, Entry, Lexicon, load, split_words
from moderation.policy.normalize import Normalized, normalize


def _degree_that(units: list[Unit], k: int) -> bool:
    """ "that" at k is a degree word before a fault closing the clause ("Are X that dumb?"),
    not a relative pronoun ("X that steal")."""
    if units[k].text != "that" or k + 1 >= len(units):
        return False
    fault, after = units[k + 1], units[k + 2] if k + 2 < len(units) else None
    return (
        fault.code in ("X", "D")
        and fault.sentence == units[k].sentence
        and (after is None or after.sentence != fault.sentence or after.code not in ("w", "P"))
    )


def analyse(text: str, lang_hint: str | None = None) -> Analysis:
    lex = load()
    _indexes(lex)
    canon_memo, segment_memo = _word_memos(lex)
    norm = normalize(text)
    raw = split_words(norm.text)
    if "/" in norm.text:
        raw = without_link_paths(raw, norm.text)  # a link's slug is a page's name, not words
    raw_words = [w for w, _, _ in raw]
    lang = detect_language(raw_words, lex, lang_hint)
    if lang == "en" and ("fk" in raw_words or "fked" in raw_words):
        raw = respelt_in_phrase(raw, norm.text)  # "fk off", "fk you": the swear, not a key
        raw_words = [w for w, _, _ in raw]

    # Canonical words: undo obfuscation, re-join split words, split run-together words.
    known_words = _known_words(lex)
    known = known_words.flags(raw_words)
    syllables = syllables_apart(raw, norm.text, lex, known)
    if "-" in norm.text:
        syllables = hyphen_apart(raw, norm.text, lex) | syllables
    if syllables:  # "ma ri co nes": a slur or group word typed in syllables
        raw = join_runs(raw, syllables)
        raw_words = [w for w, _, _ in raw]
    glued = glued_halves(raw, raw_words, lex, lang, norm.text)
    if glued:  # "des pise", "ver min": two words that are one term with a space typed in it
        raw = glue(raw, glued)
        raw_words = [w for w, _, _ in raw]
    words: list[tuple[str, int, int]] = []
    i = 0
    n = len(raw)
    if syllables or glued:  # the words changed
        known = known_words.flags(raw_words)
    canon = canon_memo[lang]
    before, after = _compounds(lex)
    handles = _handles(raw, norm, lex) if "@" in text else frozenset()
    glued_alas = lang == "es" and "alas" in raw_words  # "Odio alas mujeres": "a las"
    halves = real_word_halves(raw, known, after, lex, norm.text) if lang == "es" else ()
    if all(known) and not handles and not glued_alas and not halves:
        words, i = raw, n  # nothing to undo: every step below starts from an unknown word
    while i < n:
        if glued_alas and raw[i][0] == "alas":
            pair = glued_article(raw, i, lex)
            if pair is not None:
                w, s, e = raw[i]
                words.extend(((pair[0], s, s + 1), (pair[1], s + 1, e)))
                i += 1
                continue
        if i in handles:  # "@NormaP": a name, never "anormap" read as "anormal"
            w, s, e = raw[i]
            words.append(("@" + w[1:], s, e))
            i += 1
            continue
        if known[i] and (i + 1 >= n or known[i + 1]) and i not in halves:
            words.append(raw[i])
            i += 1
            continue
        w, s, e = raw[i]
        if len(w) == 1 and i + 2 < n and len(raw[i + 1][0]) == 1:
            spelt = letters_apart(raw, i, norm.text, lex, lang)
            if spelt is not None:  # "g a y", "d i e": too short for normalisation to join
                term, j = spelt
                words.append((term, s, raw[j - 1][2]))
                i = j
                continue
        if not known[i] and len(w) >= 3 and w.isalpha():
            slip = phrase_slip(w, raw, i, lex)
            if lang == "es" and (
                past_as_wish(w, slip) or (other_person(w, slip) and slip != w + "n")
            ):
                # "respetar" is no "respetaré"; a plural's dropped "n" inside a hateful phrase
                # is the evasion ("los X merece morir"), so that one slip is still read
                slip = w
            if slip != w:  # a word of a hateful phrase: "deth to all", "mke me sick"
                words.append((slip, s, e))
                i += 1
                continue
            pair = phrase_glue(w, raw, i, lex)
            if pair:  # two words of a hateful phrase run together: "una cargapara la sociedad"
                words.extend((p, s, e) for p in pair)
                i += 1
                continue
        if (
            i + 1 < n
            and not (known[i] and known[i + 1])
            and not negation_after(raw[i + 1], norm, lang)
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
                    or (single and single not in STANDALONE.get(lang, ()))
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
        ) or i in halves:  # "las personas tras son ...": a real word as the second half
            c = compound_part(w, raw, i, lex)
        if c == w:
            c = canon.get(w) or canonical_memo(w, lex, lang, canon_memo)
            if c != w and len(w) <= 4 and w not in lex.words and spaced_out(norm, s, e):
                c = w  # "H-E-B", "A.C.L.U": initials typed apart are read only as spelt
        if c == w and not known[i] and spaced_out(norm, s, e):
            pieces = split_spaced(w, lex, lang)
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
    quotes = quote_marks(ntext)

    units: list[Unit] = []
    texts = tuple([w for w, _, _ in words])
    n_words = len(texts)
    k = 0
    phrases_get = _phrase_index(lex, lang).get
    bisect_right, bisect_left = bisect.bisect_right, bisect.bisect_left
    make_unit = tuple.__new__  # Unit(...) without the generated __new__'s extra call
    nouns = lex.adjective_nouns
    adjectives = nouns.adjectives if nouns is not None else {}
    spanish_nouns = nouns.es_nouns if nouns is not None and lang == "es" else {}
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
            if (
                m == 2
                and texts[k : k + 2] in _SWORN_DETERMINERS
                and _noun_closes(words, k + 1, ntext)
            ):
                m, entry, code = 1, None, "w"  # "son todas unas putas.": the noun
            if m == 1 and single is not None:
                entry, code = single
        if w0 in adjectives:  # "Pakistani taxi drivers": one group unit
            found_noun = adjective_noun(texts, k, nouns)
            if found_noun is not None and found_noun[0] > m:
                m, entry = found_noun
                code = entry.codes.get(lang, "w")
        elif spanish_nouns and m == 1 and code == "w" and w0 in spanish_nouns and k + 1 < n_words:
            after = phrases_get(texts[k + 1])  # "los taxistas paquistanies": one group unit
            if (
                after is not None
                and after[2] is not None
                and after[2][1] == "G"
                and not (k + 2 < n_words and texts[k + 2] in after[0])
                and texts[k + 1] not in lex.homonym_context
                and noun_group_es(w0, texts[k + 1], after[2][0], nouns)
            ):
                m, (entry, code) = 2, after[2]
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
        if prev is not None and prev.text in PLACE_NAMED_BY and prev.sentence == u.sentence:
            units[k] = u._replace(code="w", entry=None)  # "en la colonia Roma": a place's name
            continue
        if club_named(units, k, norm):
            units[k] = u._replace(code="w", entry=None)  # "el Atlético Norteño": a club's name
            continue
        if u.text in COUNTRY_PLURALS and country_named(units, k, norm):
            units[k] = u._replace(code="w", entry=None)  # "viajé a Filipinas": the country
            continue
        if lang == "es" and curly_nickname(units, k):
            units[k] = u._replace(code="w", entry=None)  # "chino, gordo o flaco": curly hair
            continue
        demote = prev is not None and (
            prev.text in NOT_SUBJECT_BEFORE or (lang == "es" and prev.text in CRIMINAL_BODIES)
        )
        universal = any(
            units[j].text in UNIVERSAL or units[j].text.split()[-1] in UNIVERSAL
            for j in range(max(0, k - 2), k)
        ) or remaining_after(
            units, k, norm.text
        )  # "the next X who ...", "any X that ...", "los X que
        # queden" still mean every member
        if lang == "es" and nxt is not None and nxt.text == "que" and not demote:
            rel_end = neutral_relative(units, k, ntext)
            if rel_end is not None:  # "los X que llegan a la ciudad son ...": still the group
                merges.append((k, rel_end))
                continue
        if (
            nxt is not None
            and nxt.sentence == u.sentence
            and (
                (
                    nxt.text in RELATIVE
                    and not universal
                    and "," not in ntext[u.end : nxt.start]
                    and not speaker_clause(units, k + 2)
                    and not _degree_that(units, k + 1)
                )
                or (
                    lang == "en"
                    and nxt.code == "w"
                    and not (universal and nxt.text in RELATIVE)
                    and nxt.text not in FUNCTION
                    and not nounlike(u.text)
                    and not closes_noun_phrase(prev, ntext[u.end : nxt.start])
                )
            )
        ):
            demote = True
        if demote:
            units[k] = u._replace(code="g")
    if merges:
        units = merge_relatives(units, merges)

    if "who" in ntext or "if you" in ntext:
        _membership(units)
    if "N" in "".join([u.code for u in units[:-1]]):
        units = negated_liking(units, lang)
    if " like you" in ntext or " como t" in ntext:
        like_you(units)
    demote_intensifiers(units, lex, lang, ntext)
    if "entitled to" in ntext:
        entitled_by_law(units, lang, ntext)
    if "entitled" in ntext and lang != "es":
        entitlement_felt(units, ntext)
    if "no matter" in ntext and lang != "es":
        no_matter_what(units)
    if "YA" in text:
        young_adult(units, norm)
    if lang == "es":
        pronominal_se(units)
        if "molest" in ntext:
            upset_with(units)
        if "ñ" in text or "Ñ" in text:
            tilde_words(units, norm)
    codes = "".join([u.code for u in units])
    if "G" in codes:
        units = _split_verbs(units, lang, lex)
        if len(boundaries) > 1:
            carry_fragments(units, ntext, boundaries)
        codes = "".join([u.code for u in units])

    if "G" in codes and len(boundaries) > 0:
        demonstrative_subjects(units, lang)
        codes = "".join([u.code for u in units])
    if "U" in codes and "G" in codes:
        addressee_member(units)
        codes = "".join([u.code for u in units])
    # "they"/"them" refer back to a group once a group has been named.
    # ... or forward, when the comment says who "they" are: "Of course they are lazy. They
    # are just <group>, after all."
    if "t" in codes:
        seen_group = bool(CATAPHORA.search(codes)) or named_as_topic(units, ntext)
        resolved: list[Unit] = []
        acted_on = -1  # sentence whose last group was the object of another people's act
        rival = -1  # sentence after the last group opened by officials or the writer's kin
        for u in units:
            if u.code == "g" and spoken_about(units, u.index):
                seen_group = True  # "Let me tell you about X. They are ..."
            if u.code == "G" or (u.code == "g" and members_named(units, u.index)):
                # (a group word describing people: "These Somali newcomers ... They are ...")
                seen_group = True
                # "ICE detained X at the plant. They ...": the officials opened the sentence
                rival = u.sentence if opened_by_rival(resolved, u, ntext) else -1
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
            units = peoplehood_stand_ins(units, ntext)
            codes = "".join([u.code for u in units])
    n_sent = (units[-1].sentence + 1) if units else 0
    # a sentence closes with the whole run of marks at its boundary ("??", "!?", "...?"): a
    # question if the run holds a "?", and its answer begins past the run
    runs = [(b, CLOSING.match(ntext, b)) for b in boundaries[:n_sent]]
    question = [m is not None and "?" in m.group() for _b, m in runs]
    ends = tuple(question) + (False,) * (n_sent - len(question))
    closes = tuple([(b, m.end() if m is not None else b + 1) for b, m in runs])
    closes += ((len(ntext), len(ntext)),) * (n_sent - len(closes))
    # units are in text order, so each sentence is one run of units: find where each starts
    # (only the sentences that hold units: see `Analysis.sentences` for the two counts)
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
        sentence_closes=closes,
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


# Idioms whose negation belongs to them only as typed with "ain't" ("X ain't shit": worthless).
# The analysis reads "ain't" as "are not", so the phrase is kept only when the "not" came from
# "ain't"/"aint": "X are not shit" or "aren't shit" typed out is a plain negation.
_AINT_IDIOMS = frozenset({"not shit"})
# "unas putas", "unos putos" before a noun only swear at it ("unos putos ladrones"); closing
# the clause ("son todas unas putas.", "unas putas y ...") the second word is the noun.
_SWORN_DETERMINERS = frozenset({("unas", "putas"), ("unos", "putos")})
_AFTER_A_NOUN = frozenset(
    {"y", "e", "o", "que", "de", "del", "sin", "con", "todas", "todos", "como", "pero", "jaja",
     "jajaja", "lo", "la", "las", "los"}
)  # fmt: skip


def _noun_closes(words: list[tuple[str, int, int]], k: int, ntext: str) -> bool:
    """Word k ends its clause: nothing, a mark or a word that follows a noun comes after it."""
    if k + 1 >= len(words):
        return True
    return bool(ntext[words[k][2] : words[k + 1][1]].strip()) or words[k + 1][0] in _AFTER_A_NOUN
