"""Shortcuts taken for speed give the answers of the longer reading they replace."""

import copy
import random
import re

import pytest

from moderation.policy.analysis import analyse
from moderation.policy.rules import all_rules

# Our own sentences, EN and ES, with and without a named group (and "they" read as one).
_TEXTS = [
    ("Immigrants are lovely neighbours.", "en"),
    ("The new bridge opens on Monday.", "en"),
    ("Of course they are lazy. They are just refugees, after all.", "en"),
    ("Los migrantes que llegan a la ciudad trabajan mucho.", "es"),
    ("El puente nuevo abre el lunes.", "es"),
    ("Ellos siempre llegan tarde a la junta.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), _TEXTS)
def test_a_group_is_named_when_a_unit_codes_one(text, lang):
    all_rules()
    from moderation.policy.rules.hate import helpers

    an = analyse(text, lang)
    assert helpers.group_before(an) == any(u.code == "G" for u in an.units)


@pytest.mark.parametrize(
    "text",
    [
        "THIS IS THE WORST ARTICLE I HAVE EVER READ",
        "ESTE ARTÍCULO ES LO PEOR QUE HE LEÍDO EN AÑOS",
        "Ünïcode ÁÉÍÓÚ ñandú 123 ² _under_score",
        "A1 B2 C3 D4 E5 F6 G7 H8 I9 J0 K1 L2 M3 N4",
        "",
    ],
)
def test_letters_are_counted_as_the_letter_regex_finds_them(text):
    all_rules()
    from moderation.policy.rules.troll import letters

    assert letters._letter_count(text) == len(letters._LETTERS.findall(text))


@pytest.mark.parametrize(
    ("text", "shouting"),
    [
        ("THIS IS THE WORST ARTICLE I HAVE EVER READ", True),
        ("ESTE ARTÍCULO ES LO PEOR QUE HE LEÍDO EN AÑOS", True),
        ("ABCDEFGHIJKLMNOPQRSTUVWXYZ", False),  # one word, however loud
        ("NASA and the FBI and the CIA and the IRS met today in Washington", False),
        (
            "I read the whole piece twice and then this line came: THE MAYOR WILL NEVER EVER "
            "FIX THESE ROADS AGAIN FOLKS, which is wrong, and most people here know it well.",
            True,
        ),
        (
            "Leí la nota dos veces y luego esta frase: EL ALCALDE JAMÁS VA A ARREGLAR ESTAS "
            "CALLES PORQUE NO LE IMPORTA NADA, lo cual es falso, y los vecinos lo saben bien.",
            True,
        ),
        ("Leí la nota y luego esto: NO ME GUSTA NADA, y ya, cada quien opina.", False),
    ],
)
def test_shouting_en_and_es(text, shouting):
    from moderation.policy import Submission, screen

    rules = [f.rule for f in screen(Submission(text=text)).findings]
    assert ("troll.shouting" in rules) == shouting


@pytest.mark.parametrize(
    ("text", "lang", "attack"),
    [
        ("The breeder says our bitch had puppies last week.", "en", False),  # a dog
        ("You are a stupid bitch.", "en", True),
        ("Eres una perra mentirosa.", "es", True),
        ("Eres un idiota.", "es", True),
    ],
)
def test_personal_attack_reads_the_homonym_context_only_when_needed(text, lang, attack):
    from moderation.policy import Submission, screen

    rules = [f.rule for f in screen(Submission(text=text, lang=lang)).findings]
    assert ("troll.personal_attack" in rules) == attack


_SENTENCE_TEXTS = [
    ("The mayor took bribes. Everyone knows it! Does anyone care?", "en"),
    ('Dr. Ruiz said "no comment." Then he left.', "en"),
    ("El alcalde robó. ¿Quién lo duda? Nadie... nadie.", "es"),
    ("Sin puntos ni nada solo una frase larga", "es"),
]


@pytest.mark.parametrize(("text", "lang"), _SENTENCE_TEXTS)
def test_a_sentence_is_the_run_of_units_its_codes_cover(text, lang):
    an = analyse(text, lang)
    for base, codes in an.sentences:
        sentence = an.units[base].sentence
        expected = [u for u in an.units[base:] if u.sentence == sentence]
        assert list(an.units[base : base + len(codes)]) == expected


@pytest.mark.parametrize(("text", "lang"), _SENTENCE_TEXTS)
def test_the_sentence_of_a_unit_is_found_without_reading_the_others(text, lang):
    an = analyse(text, lang)
    for u in an.units:
        expected = [x for x in an.units if x.sentence == u.sentence]
        assert list(an.sentence_run(u.index)) == expected
        assert an.sentence_of(u.index)[1] == "".join(x.code for x in expected)


@pytest.mark.parametrize(("text", "lang"), _SENTENCE_TEXTS)
def test_the_unit_at_an_offset_is_found_without_reading_the_others(text, lang):
    an = analyse(text, lang)
    for offset in range(len(an.norm.text) + 2):
        expected = next((u.index for u in an.units if u.end > offset), None)
        assert an.unit_at(offset) == expected


def test_every_calling_word_holds_a_call_stem():
    all_rules()
    from moderation.policy.rules.hate import slur_calling as calling

    words = calling._CALL_WORDS | calling._CALLING
    assert [w for w in words if not calling._CALL_STEMS.search(w)] == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("I call him a clown and I mean it.", "en"),
        ("They called my cousin names at school.", "en"),
        ("Nobody yelled at the referee today.", "en"),
        ("Yo le llamo payaso y lo digo en serio.", "es"),
        ("Le decían cosas feas en la escuela.", "es"),
        ("El puente nuevo abre el lunes.", "es"),
    ],
)
def test_the_call_stems_skip_only_sentences_without_a_calling_word(text, lang):
    all_rules()
    from moderation.policy.rules.hate import slur_calling as calling

    an = analyse(text, lang)
    for u in an.units:
        run = an.sentence_run(u.index)
        slow = any(
            x.text in calling._CALLING or calling._call_word(x) in calling._CALL_WORDS for x in run
        )
        assert slow <= bool(calling._CALL_STEMS.search(" ".join(x.text for x in run)))


@pytest.mark.parametrize(
    ("text", "lang", "criminals"),
    [
        ("The cartels are scum.", "en", True),
        ("Los cárteles son unas ratas.", "es", True),
        ("Your neighbour is scum.", "en", False),
        ("Ese vecino es una rata.", "es", False),
        ("You and the cartels are scum.", "en", False),
    ],
)
def test_the_criminal_exception_reads_a_criminal_first(text, lang, criminals):
    all_rules()
    from moderation.policy.rules.troll import third_parties

    an = analyse(text, lang)
    insults = [u for u in an.units if u.has("INS")]
    assert insults
    assert third_parties._about_criminals(an, insults[-1]) is criminals


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Patel spoke. Then Mr. and Mrs. Ruiz left! Why? Gen. X; rep. y\nnew line",
        "la sra. lópez y el lic. ruiz llegaron. adr. x. dr.dr. y",
        "no marks at all",
        "...!!!??;;",
        "hon. capt. prof.lt.sgt.det. rev. ing. gov. sen. jr. srta. sr. ms. end.",
        "",
    ],
)
def test_sentence_boundaries_are_the_marks_not_after_an_abbreviation(text):
    from moderation.policy.analysis import sentences
    from moderation.policy.normalize import normalize

    reference = re.compile(
        r"[.!?;\n]" + "".join(rf"(?<!\b{a}\.)" for a in sentences._ABBREVIATIONS)
    )
    ntext = normalize(text).text
    assert sentences._boundaries(ntext) == [m.start() for m in reference.finditer(ntext)]


@pytest.mark.parametrize(
    "text",
    [
        "THIS IS THE WORST ARTICLE I HAVE EVER READ",
        "ESTE ARTÍCULO ES LO PEOR QUE HE LEÍDO EN AÑOS",
        "Ünïcode ÁÉÍÓÚ ñandú 123 ² _under_score",
        "lower case only",
        "",
    ],
)
def test_capitals_are_counted_as_the_capital_regex_finds_them(text):
    all_rules()
    from moderation.policy.rules.troll import letters

    assert letters._upper_count(text) == len(letters._UPPER.findall(text))


@pytest.mark.parametrize(
    "text",
    [
        "visit example dot com",
        "example (dot) net today",
        "see site . org",
        "come and run now",
        "nothing here",
        "a*com b]net c)org\tinfo",
        "buy now at mysite dot mx",
        "mysite (dot) io",
        "mysite dot example",
    ],
)
def test_the_hidden_link_hint_needs_one_of_its_endings(text):
    all_rules()
    from moderation.policy.rules import spam

    lower = text.lower()
    expected = spam._HIDDEN_HINT_LOWER.search(lower) is not None
    assert (any(e in lower for e in spam._HIDDEN_ENDINGS) and expected) == expected


@pytest.mark.parametrize(
    "text",
    ["it's 10% of 2,000 people; don't", "a1b2 c3 @user_name #tag http://x.co/abc", "", "..."],
)
def test_model_tokens_of_ascii_text_are_the_unicode_tokens(text):
    from moderation.policy.model import scorer

    lower = text.lower()
    assert scorer._TOKEN_ASCII.findall(lower) == scorer._TOKEN.findall(lower)


def test_flood_finds_the_same_longest_repeat_as_scanning_every_run_length():
    import random

    from moderation.policy.rules.troll import flood

    rng = random.Random(20261130)
    lists = [
        [
            "vote",
            "no",
            "on",
            "prop",
            "nine",
            "vote",
            "no",
            "on",
            "prop",
            "nine",
            "vote",
            "no",
            "on",
            "prop",
            "nine",
        ],
        ["gol", "gol", "gol", "gol", "gol"],
        [
            "the",
            "mayor",
            "said",
            "the",
            "budget",
            "was",
            "the",
            "budget",
            "and",
            "the",
            "council",
            "agreed",
        ],
        [],
    ]
    for _ in range(3000):
        words = [rng.choice("abcd"[: rng.randint(1, 4)]) for _ in range(rng.randint(0, 40))]
        if rng.random() < 0.4:
            unit = words[: rng.randint(1, 6)]
            words = words + unit * rng.randint(2, 5) + words
        lists.append(words)
    for words in lists:
        every_length = range(1, min(20, len(words) // 2) + 1)
        assert flood._longest_repeat(words) == flood._longest_repeat(words, every_length), words
    assert flood._longest_repeat(lists[0]) == (5, 3, 0)


def test_repeat_sizes_are_the_run_lengths_that_follow_themselves():
    import random

    from moderation.policy.rules.troll import flood

    def by_definition(words: list[str], longest: int) -> list[int]:
        return [
            s
            for s in range(1, longest + 1)
            if any(
                words[k : k + s] == words[k + s : k + 2 * s] for k in range(len(words) - 2 * s + 1)
            )
        ]

    rng = random.Random(20261130)
    for _ in range(20_000):
        alphabet = "abcdef"[: rng.randint(1, 6)]
        words = [rng.choice(alphabet) for _ in range(rng.randint(0, 30))]
        for longest in (min(20, len(words) // 2), rng.randint(0, 16)):
            assert flood._repeat_sizes(words, longest) == by_definition(words, longest), words


# Required-string sets with and without white space (" my ", "por dm": looked for in the text
# once their letters were seen), shared strings across regexes, and a regex with no set.
_NEEDS = [
    (frozenset({"casino"}),),
    (frozenset({"like", "share"}), frozenset({" my ", " our "}), frozenset({"video", "canal"})),
    (frozenset({"sub4sub"}),),
    (frozenset({"por dm", "al dm"}), frozenset({"precio", "info"})),
    (frozenset({"bit.ly"}), frozenset({"gratis", "free"})),
    (),
    (frozenset({"my"}), frozenset({"channel", "canal"})),
]


@pytest.mark.parametrize(
    "text",
    [
        "like my video please",
        "like the video please",  # near miss: no " my "
        "myvideo like share",  # near miss: "my" inside a word, not " my "
        "an online casino and a free bit.ly link",
        "sub4sub anyone",
        "the city council meets on monday",
        "dale like a mi canal y comparte",
        "escribeme por dm para precio",
        "escribeme por el dm para precio",  # near miss: not "por dm"
        "visita mi canal, my friend",
        "el consejo municipal se reune el lunes",
    ],
)
def test_needle_candidates_are_the_regexes_whose_every_set_is_in_the_text(text):
    from moderation.policy.lexicon import build_needles

    needles = build_needles(_NEEDS)
    expected = [k for k, sets in enumerate(_NEEDS) if all(any(s in text for s in x) for x in sets)]
    assert needles.candidates(text) == expected


def test_shared_needles_answer_as_an_index_of_their_own():
    """Groups sharing one index (`shared_needles`), and a group registered once that index was
    built (it gets an index of its own), give the candidates of an index of their own."""
    from moderation.policy.lexicon import build_needles, shared_needles

    head, tail = _NEEDS[:3], _NEEDS[3:]
    first, second = shared_needles([(head, None), (tail, [5, 6, 7, 8])])
    texts = [
        "like my video please",
        "myvideo like share",  # near miss: "my" inside a word, not " my "
        "an online casino and a free bit.ly link",
        "escribeme por dm para precio",
        "escribeme por el dm para precio",  # near miss: not "por dm"
        "el consejo municipal se reune el lunes",
    ]
    for text in texts:
        assert first.candidates(text) == build_needles(head).candidates(text), text
        own = build_needles(tail, [5, 6, 7, 8]).candidates(text)
        assert second.candidates(text) == own, text
    late = shared_needles([(_NEEDS, None)])[0]
    assert late.index is not first.index is second.index
    for text in texts:
        assert late.candidates(text) == build_needles(_NEEDS).candidates(text), text
        assert copy.copy(late).candidates(text) == late.candidates(text), text


def test_slip_index_keys_are_every_phrase_word_and_its_deletions():
    from moderation.policy.analysis.phrase_slips import _phrase_slip_index, places
    from moderation.policy.lexicon import deletions, load

    index = _phrase_slip_index(load())
    expected: dict[str, set[str]] = {}
    for w in index.phrases:
        for key in deletions(w) | {w}:
            expected.setdefault(key, set()).add(w)
    assert index.keys == {
        k: next(iter(v)) if len(v) == 1 else tuple(sorted(v)) for k, v in expected.items()
    }
    assert all(all(ws[k] == w for ws, k in places(v)) for w, v in index.phrases.items())


@pytest.mark.parametrize(
    "text, lang, caught",
    [
        ("Deth to all immigrants.", "en", True),  # a phrase word read through a dropped letter
        ("Death to all immigrants.", "en", True),
        ("Deth Valley is hot in summer.", "en", False),  # near miss: no phrase around it
        ("Hay que matr a todos los inmigrantes.", "es", True),
        ("Hay que matar el tiempo en la fila.", "es", False),  # near miss: no group
    ],
)
def test_phrase_slips_still_read_en_and_es(text, lang, caught):
    from moderation.policy import Submission, screen

    verdict = screen(Submission(text=text, lang=lang))
    assert any(f.category == "hate" for f in verdict.findings) is caught


_THREATS = [
    ("I will find you and hurt you.", "en", True),
    ("Voy a encontrar a los migrantes y les voy a romper la cara.", "es", False),
    ("The bridge opens on Monday.", "en", False),
]


@pytest.mark.parametrize(("text", "lang", "threat"), _THREATS)
def test_a_remembered_rule_answers_as_a_fresh_reading(text, lang, threat):
    """`troll.threat` keeps its answer on the comment's analysis for `hate.violence`, which
    reads it first: asked again about the same comment it gives the same hits, and another
    comment is read anew."""
    from moderation.policy.rules import troll
    from moderation.policy.types import Submission

    sub = Submission(text=text, lang=lang)
    an = analyse(text, lang)
    first = troll.threat(an, sub)
    assert bool(first) is threat  # a person threatened; a group threatened is hate's
    assert troll.threat(an, sub) == first == troll.threat.__wrapped__(an, sub)
    other = analyse("Thanks for the article.", "en")
    assert troll.threat(other, Submission(text="Thanks for the article.", lang="en")) == []
    fresh = analyse(text, lang)  # equal, not the same object: read anew, same answer
    assert troll.threat(fresh, sub) == first


def test_needle_candidates_remember_only_the_same_text():
    from moderation.policy.lexicon import load

    lex = load()
    needles = lex.coded_needles
    texts = ["fuera los migrantes ya", "a quiet comment about the weather"]
    fresh = [needles._candidates(t, needles.index.mask(t)) for t in texts]
    for _ in range(2):
        assert [needles.candidates(t) for t in texts] == fresh
        assert needles.candidates(texts[0]) == needles.candidates(texts[0]) == fresh[0]


# Threats and near misses, EN and ES, in our own words: what the threat reader finds when it
# searches only the shapes whose needed strings are in the comment.
_THREAT_SHAPES = [
    ("We're gonna burn their shop down tonight.", "en"),
    ("Someone should beat him up after the meeting.", "en"),
    ("I hope they all drown in that river.", "en"),
    ("People like that deserve a beating.", "en"),
    ("This bill will kill small farms.", "en"),
    ("The team got beaten badly on Sunday.", "en"),
    ("Hay que darles una golpiza a esos.", "es"),
    ("Vamos a quemar su casa esta noche.", "es"),
    ("Ojalá se mueran todos los de ese barrio.", "es"),
    ("Me muero de risa con este artículo.", "es"),
    ("El equipo perdió el domingo por tres goles.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), _THREAT_SHAPES)
def test_threat_reader_searching_fewer_shapes_reads_the_same_threats(text, lang, monkeypatch):
    """`threat_said` skips a shape whose needed strings are not in the comment: it reads the
    same threats as a search of every shape."""
    from moderation.policy.rules import threat_said
    from moderation.policy.rules.threat_said import shapes

    skipping = threat_said.read(analyse(text, lang))

    class Every:
        def candidates(self, text):
            return range(len(shapes.ES_SHAPES if lang == "es" else shapes.EN_SHAPES))

    monkeypatch.setitem(shapes.SEARCHED, "es" if lang == "es" else "en", Every())
    assert threat_said.read(analyse(text, lang)) == skipping


def test_a_needle_set_ranks_as_rare_as_the_comments_without_any_of_its_strings():
    """The primary set of a regex (the one whose bit the index walks) is the rarest by the
    estimate of `_needle_rank`: longer strings are rarer, a part of a stop word is common, many
    strings add up, and a rule's capitalised stand-in ("GRP") is always there."""
    from moderation.policy.lexicon import needle_rank

    def rarer(a, b):
        return needle_rank(frozenset(a)) > needle_rank(frozenset(b))

    assert rarer({"casino"}, {"bet"})
    assert rarer({"bala"}, {"ale", "art", "ase", "ote", "ura"})  # many short strings add up
    assert rarer({"grit"}, {"that"})  # "that" is a stop word
    assert rarer({"mezquitas"}, {"hat"})  # "hat" is part of "what" and "that"
    assert rarer({" ya "}, {" GRP"})  # only its letters are looked up; "GRP" is always there
    assert rarer({"vete"}, {" al "}) and not rarer({" al "}, {"al"})  # " al " is read as "al"


@pytest.mark.parametrize("seed", range(5))
def test_needle_candidates_do_not_depend_on_which_set_is_primary(seed):
    """Whatever set of a regex the index walks first, a regex is a candidate exactly when each
    of its sets has a string in the text (random sets over a small alphabet, common and rare
    strings mixed, with and without white space)."""
    from moderation.policy.lexicon import build_needles

    rng = random.Random(seed)
    strings = ["ab", "ba", "abc", "cab", "bca", "abcab", "a b", " ab ", "ca bc", "cccc", "acbac"]
    needs = [
        tuple(frozenset(rng.sample(strings, rng.randint(1, 4))) for _ in range(rng.randint(0, 3)))
        for _ in range(12)
    ]
    needles = build_needles(needs)
    for _ in range(400):
        text = "".join(rng.choice("abc  ") for _ in range(rng.randint(0, 16)))
        expected = [
            k for k, sets in enumerate(needs) if all(any(s in text for s in x) for x in sets)
        ]
        assert needles.candidates(text) == expected, (text, needs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ab", [0]),
        ("say my name", [1]),
        ("mystery", []),  # the letters of " my " without its spaces
        ("a b", [2]),
        ("cd", [2]),
        ("wow ! ok", [3]),
        ("ab a b ! ", [0, 2, 3]),
        ("", []),
    ],
)
def test_needle_sets_have_a_letters_bit_only_when_they_need_one(text, expected):
    """A set whose strings all lie inside one token, or whose spaced strings have no letters,
    has one bit in the masks; a set with a spaced string of letters has two (its letters
    looked up by token, the string itself then looked for). The answers are the same."""
    from moderation.policy.lexicon import build_needles

    needs = [
        (frozenset({"ab"}),),
        (frozenset({" my "}),),
        (frozenset({"a b", "cd"}),),
        (frozenset({" ! "}),),
    ]
    needles = build_needles(needs)
    assert bin(needles.index.certain).count("1") == 4
    assert bin(needles.index.spaced).count("1") == 2
    assert needles.index.certain.bit_length() <= 6
    assert needles.candidates(text) == expected


# Our own Spanish sentences: a group named, then clauses with the subject dropped ("y deberían
# ...", "son ..."), after a comma, after "creo que", and plain civic talk.
_DROPPED_ES = [
    "Los migrantes llegaron al pueblo en marzo. Son trabajadores y merecen respeto.",
    "Las mujeres del club ganaron la liga, merecen un homenaje.",
    "Creo que los musulmanes del barrio son buena gente. Merecen una mezquita nueva.",
    "Los gitanos de mi calle tocan la guitarra, son artistas y deberían grabar un disco.",
    "Los judíos celebran la Pascua en abril. Son una comunidad antigua y hay que protegerla.",
    "Los refugiados llegaron ayer y deberían tener casa pronto.",
    "El puente nuevo abre el lunes y la biblioteca cierra a las ocho.",
]


@pytest.mark.parametrize("text", _DROPPED_ES)
def test_dropped_subject_clauses_read_once_give_the_scan_of_each_pattern(text):
    """`_scan_dropped` reads the sentence's clauses from the memo (`_dropped_clauses`) and
    matches at each clause's start: the hits of finding the clauses anew for every pattern and
    keeping a search's first match when it starts at 0."""
    all_rules()
    from moderation.policy.rules.hate import guards
    from moderation.policy.rules.hate.violence_words import VIOLENCE

    def reference(an, pattern, groups, base, codes):
        starts = [0] + [
            i + 1
            for i, c in enumerate(codes)
            if i + 1 < len(codes)
            and (c == "B" or guards.that_clause(an, base + i) or guards.comma_clause(an, base + i))
        ]
        for cs in starts:
            first, clause = base + cs, codes[cs:]
            antecedent = guards._antecedent(an, first)
            if antecedent is None or not guards.dropped_subject(an, first, clause):
                continue
            for m in pattern.finditer("G" + clause):
                if m.start() != 0:
                    continue
                last = first + m.end() - 2
                if any(
                    an.units[k].code == "r" or an.units[k].text in guards.PROTECTIVE
                    for k in range(first, last + 1)
                ):
                    continue
                idx = {}
                for name in groups:
                    if name in m.groupdict() and m.group(name) is not None:
                        pos = m.start(name)
                        idx[name] = antecedent if pos == 0 else first + pos - 1
                yield first, last, idx, m.span()
                return

    an = analyse(text, "es")
    clauses = sum(len(guards.dropped_clauses(an, base, codes)) for base, codes in an.sentences)
    assert clauses or "G" not in an.codes  # the sentences with a group have such clauses
    for base, codes in an.sentences:
        for pattern in (*VIOLENCE, re.compile(r"G(?P<p>[A-Za-z])"), re.compile(r"GZ")):
            names = ("v", "g", "p", "c", "and", "at", "see")
            got = [
                (f, la, i, m.span())
                for f, la, i, m in guards.scan_dropped(an, pattern, names, base, codes)
            ]
            assert got == list(reference(an, pattern, names, base, codes)), (text, pattern)


_SHAPES_ES = [
    "Los migrantes que llegan a la ciudad trabajan mucho y pagan impuestos.",
    "Los policías del barrio ayudaron a las familias tras la inundación.",
    "Mi iglesia reparte comida cada domingo, y los voluntarios son un ejemplo.",
    "Decir que los judíos controlan los bancos es un bulo antisemita.",
    "El restaurante de la esquina cierra los lunes, qué pena.",
    "Los gitanos son todos iguales, dicen algunos, y eso es racismo.",
]


@pytest.mark.parametrize("text", _SHAPES_ES)
def test_spanish_shape_prefilters_keep_every_shape_that_matches(text):
    """`hate.es_implicit` and `hate.es_shape` search only the shapes the token index lets
    through: every shape that matches the masked words is among them."""
    all_rules()
    from moderation.policy.rules import hate_es_implicit, hate_es_short
    from moderation.policy.rules.hate_shapes import group_units

    an = analyse(text, "es")
    for groups in (group_units(an), set()):
        words = hate_es_short.masked_words(an, groups)[0]
        for module in (hate_es_implicit, hate_es_short):
            ready = set(module._SEARCHED.candidates(words))
            for k, (_what, pattern) in enumerate(module._SHAPES):
                assert k in ready or pattern.search(words) is None, (text, k)


@pytest.mark.parametrize(
    "text",
    [
        "Ünïcödé ÁÉÍÓÚ ñandú",
        "zero\u200bwidth joiner\u200d here",  # characters that fold to nothing
        "ﬁne ligatures and ½ a cup",  # characters that fold to two
        "señal 👍🏽 ok ✌️",
        "\u200b",
        "",
    ],
)
def test_folded_characters_are_those_of_the_character_loop(text):
    from moderation.policy import normalize

    chars, origin = [], []
    for i, ch in enumerate(text):
        for c in normalize._fold(ch):
            chars.append(c)
            origin.append(i)
    assert normalize._fold_chars(text) == (chars, origin)


def test_token_masks_are_the_bits_of_every_piece_or_ed_one_by_one():
    """A piece of many sets keeps its bits as one int (`_WHOLE_BITS`): a token's mask is still
    the OR of every bit of every piece it holds."""
    all_rules()
    from moderation.policy.lexicon import load

    memo = load().spam_needles.index.memo
    assert any(isinstance(b, int) for b in memo.masks.values())
    assert any(isinstance(b, tuple) for b in memo.masks.values())
    for token in ["that", "casino", "bit.ly", "subscribe", "migrantes", "restaurant", "xyzzy"]:
        want = 0
        for piece in memo.rx.findall(token):
            bits = memo.masks[piece]
            numbers = (
                [k for k in range(bits.bit_length()) if bits >> k & 1]
                if isinstance(bits, int)
                else bits
            )
            for k in numbers:
                want |= 1 << k
        assert memo.__missing__(token) == want, token
