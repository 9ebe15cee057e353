"""`hate.trope`: anti-Semitic tropes, unless the trope is discussed or called out."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.lexicon import literal_alternation
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import units_in
from moderation.policy.rules.context.condemnation import condemned_near
from moderation.policy.rules.context.denial_mocked import (
    denial_mocked,
    later_clause,
    mocking_lead_before,
)
from moderation.policy.rules.context.sentence_bounds import sentence_start
from moderation.policy.rules.hate.gang_meant import gang_meant
from moderation.policy.rules.hate.reaction_verb import others_belief_resented
from moderation.policy.rules.hate.saying_told import held_when_told_bare
from moderation.policy.rules.hate.words import (
    HOLD,
)
from moderation.policy.rules.masked_words import plainly_said
from moderation.policy.types import Category, Submission

# Every trope names Jews, the Holocaust, globalists or a coded word: a comment with none of
# these is not read.
_TROPE_CUES = (
    "jew", "zio", "judi", "juda", "hebr", "roth", "holo", "glob", "soros", "goyi", "kalergi",
    "khazar", "cabal", "zog", "(((", "sionis", "banker", "synagogue", "funny last", "hook",
    "who i mean", "who runs", "who controls", "replac", "reempla", "white genocide", "banquer",
    "financier", "final solution", "cattle", "box car", "boxcar", "freight car", "who own",
    "which group", "kipa", "apellidos", "no son catolicos", "no son cristianos", "elegido",
    "chosen", "candelabro", "shoah", "surviv", "sobrevivi", "tribe", "tribu", "estrella",
    "communit", "comunidad", "j*d", "j*w", "same peop", "same famil", "same few",
    "'ese'", "'esa'", "'that'", "'those'", "six million", "host ", "apellido",
    "israel", "6 million", "anne frank", "rabbis", "seis millones",
)  # fmt: skip
_TROPE_CUE = re.compile(literal_alternation(_TROPE_CUES))  # one branch per first letter
# The same cues, one regex each, for the rule's gate (`rule(needs=...)`)
_TROPE_CUE_GATE = tuple(re.compile(re.escape(cue)) for cue in _TROPE_CUES)


@rule("hate.trope", Category.HATE, needs=_TROPE_CUE_GATE)
def trope(an: Analysis, sub: Submission) -> list[Hit]:
    """Anti-Semitic tropes: control of banks or media, dual loyalty, Holocaust denial or
    mockery, Jews behind migration, coded 'globalist' language."""
    text = an.norm.text
    hits: list[Hit] = []
    if not _TROPE_CUE.search(text):
        return hits  # every trope names Jews, the Holocaust, globalists or a coded word
    searched = _EVERYDAY_BANK.sub(_blank_institution, text)
    for ident, _lang, rx in an.lex.tropes:
        m = rx.search(searched)
        while m is not None and ident.startswith("control"):
            end = _one_owner_end(searched, m.start())
            if end is None:
                break
            m = rx.search(searched, end)  # "a Jewish couple runs the bakery": read on past it
        if m is None:
            continue
        first, last = units_in(an, m.start(), m.end())
        if first is None:
            continue
        coded = ident.endswith(".coded")
        # a denial or a hint says its own "no" ("the Holocaust never happened")
        own_no = ident.startswith(("denial", "hint"))
        # a denial, or the toll called inflated, that "don't tell me" can wave away
        denies = own_no or ident.startswith("minimised")
        # "No me digan que los X no controlan ...": the denial waved away asserts the trope
        mocked = not denies and denial_mocked(an, first, last)
        if denies and mocking_lead_before(an, first):
            if later_clause(an, first, m.end()) is None:
                continue  # "Don't tell me the Holocaust never happened": the denial waved away
            # "Don't tell me it was real, it was a hoax": the lead waves away its own clause
            # only, and the denial after it is the writer's, read as a mocked denial is
            mocked = True
        if mocked and condemned_near(an, first, last):
            continue
        if not mocked and not plainly_said(an, first, last, negates=own_no):
            continue
        if others_belief_resented(an, last):
            continue  # "what bothers me about X is that people say they are greedy"
        if _word_discussed(an, first, last):
            continue  # "'globalist' is a dog whistle for Jews": the word's use is the topic
        if coded and _theory_named(an, first):
            continue  # "the language of the great replacement": the theory named as a thing
        if coded and _theory_noun_after(text, m.end()):
            continue  # "that's the Great Replacement conspiracy": the theory named, not held
        if ident.startswith("dogwhistle") and gang_meant(an, first):
            continue  # "the cartels run the drugs, you know who I mean": the gang is meant
        if coded and _called_out_trope(text):
            continue  # "someone wrote 'globalists' fund the caravans ... an antisemitic theory"
        score = HOLD if coded else 0.92
        hits.append(Hit("hate.trope", score, (an.norm.span(m.start(), m.end()),),
                        f"anti-Semitic trope ({ident.split('.')[0]})"))  # fmt: skip
        break
    return held_when_told_bare(an, hits)


# One Jewish owner, family or couple that owns or runs one named business ("the Jewish family
# that owns the paper sold it", "una pareja judía compró la panadería"): a fact about someone,
# not the trope of a people in control.
_TARGETS = (
    r"banks|media|world|government|politicians|congress|newspapers|stations|networks|press|"
    r"economy|hollywood|everything|bancos|medios|mundo|gobierno|politicos|prensa|economia|"
    r"periodicos|todo"
)
# No control target named as the object or later in its clause; a clause with a subject of
# its own ("... and it helps the local economy", "but Jews control the media") is read apart.
_TARGETS_LATER = (
    r"(?!(?:(?! but | pero | and it | and they | y eso | y ellos )[^.!?,;])*\b(?:"
    + _TARGETS
    + r")\b)"
)
_OBJECT = r"(?!(?:\w+ )?(?:" + _TARGETS + r")\b)"
_ONE_OWNER = re.compile(
    r"(?:(?:a|the|one|that|this) )?(?:jewish) (?:family|couple|man|woman|guy|lady|businessman|"
    r"businesswoman|owner|widow|doctor|friend|neighbou?r|developer|brothers)"
    r"(?: (?:that|who|from \w+))? (?:owns|runs|bought|owned|ran) (?:the|a|that|this) "
    + _OBJECT
    + r"(?:\w+ )?(?:\w*[^s\W]|business)\b"
    + _TARGETS_LATER
    + r"|(?:(?:una?|la|el|esa|ese) )?(?:familia|pareja|senora?|empresari[oa]|hombre|mujer|"
    r"viuda|vecin[oa]|amig[oa]|hermanos) judi[oa]s?(?: (?:que|de \w+))? (?:es duena? de|"
    r"son duenos de|compro|compraron|maneja|manejaba|tiene|tenia) (?:el|la|una?|esa|ese) "
    + _OBJECT
    + r"\w*[^s\W]\b"
    + _TARGETS_LATER
)


def _one_owner_end(text: str, start: int) -> int | None:
    """Where the `_ONE_OWNER` span that holds `start` ends ("la familia judía que maneja la
    ferretería"), or None: the match opening at `start` is one owner of one business."""
    for o in _ONE_OWNER.finditer(text, max(0, start - 30)):
        if o.start() <= start < o.end():
            return o.end()
    return None


# A bank that is an everyday or charitable thing, not finance: "Jews run the food bank on
# 5th street", "el banco de alimentos lo manejan los judíos de la sinagoga", "a Jewish couple
# runs the blood bank". Its institution word is blanked (same length, offsets kept) before the
# control rows are searched, so "the banks" beside it ("own the banks, the food bank is a
# front") is still read.
_EVERYDAY_BANK = re.compile(
    r"\b(?:food|blood|milk|breast milk|diaper|nappy|toy|clothing|clothes|coat|book|seed|sperm|"
    r"egg|organ|tissue|piggy|river|snow|time|tool|furniture|baby|pet food|community food)"
    r" (?P<w>banks?)\b"
    r"|\b(?P<w2>bancos?) de (?:alimentos|comida|viveres|sangre|leche|leche materna|ropa|"
    r"juguetes|libros|semillas|tiempo|panales|organos|tejidos|muebles|cobijas)\b"
)


def _blank_institution(m: re.Match[str]) -> str:
    key = "w" if m.group("w") is not None else "w2"
    a, b = m.start(key) - m.start(), m.end(key) - m.start()
    whole = m.group(0)
    return whole[:a] + "_" * (b - a) + whole[b:]


# Words that name a word or an image as a vehicle of hate: said of a trope word in the same
# sentence, they make the word's use the topic ("'globalist' is a dog whistle for Jews",
# "the hook-nosed banker on that banner was 1930s propaganda", "'globalista' es un código").
_META_WORDS = re.compile(
    r"\b(?:dog ?whistles?|code ?words?|codes?|coded|codigo|codigos|clave|en clave|euphemisms?|"
    r"eufemismos?|slurs?|propaganda|caricatures?|caricaturas?|antisemit\w*|anti semit\w*|"
    r"silbatos? para perros|dogwhistles?|nazi|nazis|1930s|los anos treinta|tropes?|tropos?|"
    r"stereotypes?|estereotipos?)\b"
)
# The writer denying the label of themselves ("I'm not antisemitic, but", "no soy antisemita,
# pero"): a disclaimer before the line, no discussion of a word.
_OWN_DENIAL = re.compile(
    r"\b(?:i'?m|i am|we'?re|we are)(?: not|n'?t)(?: an?)? anti-?semit\w*|"
    r"\b(?:yo )?no (?:soy|somos)(?: un| una)? antisemit\w*"
)
# ... unless the sentence also says what they do: "globalists, I mean Jews, control the banks"
_TROPE_DEEDS = re.compile(
    r"\b(?:control|controls|run|runs|own|owns|behind|controlan|dominan|manejan|detras|"
    r"financian|are|son|should|deberian)\b"
)


def _word_discussed(an: Analysis, first: int, last: int) -> bool:
    """A trope word named as a dog whistle, code, caricature or propaganda in its sentence,
    which says nothing else of the group."""
    units = an.units
    run = an.sentence_run(first)
    text = _OWN_DENIAL.sub(" ", an.norm.text[run[0].start : run[-1].end])
    if not _META_WORDS.search(text):
        return False  # "I'm not antisemitic, but ...": the writer's own label denied
    match = an.norm.text[units[first].start : units[last].end]
    quoted = any(units[k].quoted for k in range(first, last + 1))
    return not _TROPE_DEEDS.search(match) or quoted


# Words for a body of talk: "the language of", "la teoría del" before a coded name (great
# replacement, white genocide) speak of the theory as a thing, which the writer may condemn.
_DISCOURSE = frozenset(
    {"language", "rhetoric", "theory", "myth", "conspiracy", "talk", "idea", "ideology",
     "lenguaje", "retorica", "teoria", "mito", "discurso", "ideologia", "cuento",
     "narrativa"}
)  # fmt: skip


# A coded trope the comment itself names as antisemitism or a conspiracy theory (in any of its
# sentences), unless the writer wears the label ("call me antisemitic", "if that makes me ...").
_TROPE_CALLED_OUT = re.compile(r"\b(?:anti-?semit\w*|conspiracy theor\w*|dog ?whistles?)\b")
_LABEL_WORN = re.compile(r"\b(?:call (?:me|us)|if that makes me|so what if|and proud)\b")


def _called_out_trope(text: str) -> bool:
    return bool(_TROPE_CALLED_OUT.search(text)) and not _LABEL_WORN.search(text)


def _theory_named(an: Analysis, first: int) -> bool:
    """A word for talk or theory, then 'of'/'del' (and an article), right before the name."""
    k = first - 1
    while k >= 0 and an.units[k].code == "A" and an.units[k].sentence == an.units[first].sentence:
        k -= 1
    if k < 1 or an.units[k].text not in ("of", "del", "de", "de la", "about", "sobre"):
        return False
    prev = an.units[k - 1]
    return prev.sentence == an.units[first].sentence and prev.text in _DISCOURSE


# The name followed by its own word for a body of talk ("the Great Replacement conspiracy",
# "great replacement theory", "the white genocide myth") names the theory as a thing, as
# "the language of" before it does; not when its sentence vouches for it ("... theory is
# real", "it's not a theory, it's happening").
_THEORY_AFTER = re.compile(
    r"\s+(?:conspiracy|conspiracies|theory|theories|myth|lie|lies|hoax|garbage|nonsense|"
    r"rhetoric|talking points?|propaganda)\b"
)
_VOUCHED = re.compile(
    r"\b(?:is|are|it'?s|its|was) (?:\w+ )?(?:real|true|happening|a fact|facts|fact)\b|"
    r"\bnot (?:a|just a|some) (?:theory|conspiracy|myth)\b|\bno (?:theory|conspiracy|myth)\b"
)


def _theory_noun_after(text: str, end: int) -> bool:
    """A word for a theory or a lie right after the coded name ending at `end`, and nothing
    in the rest of its sentence vouching for it."""
    if not _THEORY_AFTER.match(text, end):
        return False
    cut = re.search(r"[.!?\n]", text[end:])
    rest = text[end : end + cut.start()] if cut else text[end:]
    opening = sentence_start(text, end)
    return not _VOUCHED.search(text[opening:end] + rest)
