"""Hate (clause `hate`): slurs, dehumanisation, derogatory generalisations, threats and calls
for exclusion aimed at a protected group, and anti-Semitic tropes. English and Spanish.

Patterns run over the sentence's unit codes (see analysis.py): G group, C copula, N negation,
X negative attribute, D dehumanising word, Z implicit derogation, P positive attribute,
H hate verb, W hate reaction, V violence or expulsion, K doom verb, M modal or wish,
F intent, E "better off without", Y profane modifier, A filler.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit, acted_on_by_others
from moderation.policy.lexicon import literal_alternation, skipping, unanchored
from moderation.policy.normalize import fold_term
from moderation.policy.rules import Hit, rule, threat_said
from moderation.policy.rules.context import (
    FRAME_REACH,
    NEG_RAISE,
    condemned_elsewhere,
    counter_speech,
    is_question,
    kind_manner,
    naming_vouched,
    neg_raised,
    negated_before,
    next_in_sentence,
    suppressed,
    units_in,
)
from moderation.policy.rules.recanted import act_condemned
from moderation.policy.rules.troll import threat as troll_threat
from moderation.policy.types import Category, Submission

_F = "[AYU]*"
_DEROG = re.compile(
    rf"(?P<g>G)[AYUw]{{0,3}}(?:[CMF]{_F})?(?P<n>N{_F})?(?:C{_F})?(?P<p>[XDZ])"
    rf"|[QH]{_F}(?P<g2>G){_F}(?P<p2>[XDZ])"
)
# "X are a bunch of assholes", "los X son unos gilipollas": a personal insult for everyone.
_INSULT_PRED = re.compile(r"(?P<g>G)[AY]*C[AY]*(?P<p>[wSYy])")
_GOOD_WORDS = frozenset(
    {"amazing", "awesome", "brilliant", "great", "incredible", "strong", "brave", "smart",
     "beautiful", "talented", "hilarious", "funny", "cool", "good", "right", "resilient"}
)  # fmt: skip
_PERSON_NOUNS = frozenset({"people", "humans", "human beings", "persons"})
_RAISED_POS = re.compile(rf"(?P<g>G){_F}(?:[CMF]{_F}){{1,2}}(?P<p>P)")
_VERB_FIRST = re.compile(r"^[AB]*(?P<p>Z)[AY]*(?P<g>G)")
_NEG_POS = re.compile(rf"(?P<g>G){_F}(?:[CMF]{_F})?(?:N{_F})+(?:[CMF]{_F}){{0,2}}(?P<p>P)")
_QUESTION = re.compile(rf"(?P<c>C){_F}(?P<g>G){_F}(?P<p>[XDZ])|(?P<p2>[XD])[AY]*C[AY]*(?P<g2>G)$")
# A quality presupposed of a group rather than stated: the predicate before its subject ("¿No
# les da vergüenza ser tan flojos a los X?", "¿Por qué son tan sucios los X?"), an
# exclamative ("lo sucios que son los X"), "Why are X this dirty?", and a superlative said as
# a comparison with nothing ("Is there anything more filthy than a X?", "nada más sucio que un X").
_PRESUPPOSED = re.compile(
    r"C[AY]*(?P<p>[XD])[AY]*(?P<g>G)$"
    r"|(?P<p2>[XD])(?P<que>w)C[AY]*(?P<g2>G)$"
    r"|C[AY]*(?P<g3>G)(?P<this>w)[AY]*(?P<p3>[XD])"
    r"|(?P<p4>X)(?P<than>w)[AY]*(?P<g4>G)$"
)
_THIS_MUCH = frozenset({"this", "that"})
_MORE = frozenset({"more", "mas"})
_NOTHING_ELSE = frozenset(
    {"anything", "anyone", "anybody", "nothing", "nobody", "no one", "algo", "nada", "nadie",
     "alguien", "something", "someone"}
)  # fmt: skip
_EMOTION = re.compile(
    rf"(?P<p>H)[AYUI]*(?P<g>G)|(?P<g2>G){_F}(?P<p2>W)|(?P<p3>W)[AY]*(?P<g3>G)"
    r"|(?P<g4>G)[AYw]{0,4}B[AY]*(?P<p4>W)"
)
_MODIFIER = re.compile(r"(?P<p>[XY])[AY]*(?P<g>G)|(?P<g2>G)(?P<p2>y)")
_VIOLENCE = (
    # "I will kill X", "hay que matar a los X"; two verbs joined ("hunt down and kill X")
    re.compile(rf"(?P<p>[MF])[AYIU]*(?:C{_F})?(?:V[AY]*(?P<and>B)[AY]*)?(?P<v>V)[AYI]*(?P<g>G)"),
    re.compile(rf"(?P<g>G){_F}(?P<p>M){_F}(?:C{_F})?(?P<v>[VK])"),
    re.compile(r"^[AYB]*(?P<v>V)[AY]*(?P<g>G)"),
    re.compile(rf"(?P<p>[MF])[AYIw]{{0,2}}(?P<g>G){_F}(?:[MC]{_F})?(?P<v>[KV])"),
    re.compile(r"(?P<v>[KE])[AY]*(?P<g>G)"),
    re.compile(rf"P(?P<g>G)C{_F}(?P<v>K)"),
    re.compile(rf"(?P<v>V)[AY]*(?P<g>G){_F}(?:[MC]{_F})?J"),
    # "X are (all) going to die": only with the doom verbs of death and suffering
    re.compile(rf"(?P<g>G){_F}(?:C{_F})?(?P<p>F){_F}(?:C{_F})?(?P<v>[KV])"),
    # "I'd (fucking) kill them", "I will hurt X": the writer, then "would"/"will" read as a
    # copula (the F and M forms are handled above)
    re.compile(r"(?P<p>I)[AY]*(?P<c>C)[AY]*(?P<v>V)[AYI]*(?P<g>G)"),
    # "habría que reunir a todos los X y fusilarlos": the clitic of the second verb is the group
    re.compile(r"(?P<p>[MF])[AYIw]{0,4}(?P<g>G)[AY]*B[AY]*(?P<v>V)"),
    # "I'll make every X in this town bleed": a place between the group and its fate
    re.compile(rf"(?P<p>F)[AYIw]{{0,2}}(?P<g>G)(?P<at>w)[Aw]{{0,2}}(?:[MC]{_F})?(?P<v>K)"),
    # the group's predicate, then "and" and a modal of harm: "X have no place here and should
    # be eliminated" (a negation after the modal blocks: "... and should not be attacked")
    re.compile(rf"(?P<g>G)[^BGgO.]{{0,8}}?(?P<and>B)(?P<p>M){_F}(?:C{_F})?(?P<v>V)"),
    # the Spanish verb before its subject: "me encantaría ver arder a los X", "quiero ver
    # morir a todos los X" (only after "ver": "quiero morir" is the writer's own)
    re.compile(r"(?P<p>F)(?P<see>w)?(?P<v>K)[AY]*(?P<g>G)"),
)
# Bare future forms: a threat only when the writer is their subject ("we will kill X"), not
# "the law will make X suffer" or "the cartels will kill X".
_BARE_FUTURE = frozenset(
    {"will", "going to", "gonna", "want to", "wanna", "feel like", "not hesitate to",
     "will not hesitate to", "would not hesitate to", "never stop", "will never stop", "start"}
)  # fmt: skip
# "van a": a third person's future, never the writer's ("van a deportar a los X" reports a plan)
_THIRD_FUTURE = frozenset({"van a"})
_BARE_FUTURE |= _THIRD_FUTURE
_AND = frozenset({"and", "y", "and then", "or", "o"})
_PLACE_PREPS = frozenset({"in", "at", "on", "from", "around", "near", "across", "of", "en",
                          "de", "del", "por"})  # fmt: skip
_WRITER_MODAL_C = frozenset({"would", "will", "shall", "would just", "will just"})
_DEATH_K = ("die", "suffer", "burn", "rot", "perish", "be killed", "be slaughtered", "morir",
            "sufrir", "arder", "pudrir", "be wiped", "be exterminated", "be eradicated",
            "be annihilated", "be massacred", "be hanged", "be shot", "be gassed", "be burned",
            "be executed", "be murdered", "extinct", "be dead", "all be dead", "pay with",
            "pay in", "pay for what", "pay for existing", "pay for being")  # fmt: skip
_DIRECTED = re.compile(rf"U{_F}(?:C{_F})?(?:(?P<p>[XDY]){_F}(?P<g>G)|(?P<g2>G){_F}(?P<p2>[XD]))")
# Wider windows: the same shapes with a few unknown words between; these only hold.
_BROAD = (
    re.compile(r"(?P<g>G)[^BNGg.]{0,8}?(?P<p>[XDZ])"),
    re.compile(r"(?P<p>[XD])[AY]*(?:C[AY]*)?(?P<g>G)"),
    re.compile(r"(?P<g>G)[^Gg.]{0,8}?B[AY]*C[AYU]*(?P<p>[XDZ])"),
    re.compile(r"(?P<p>[HQW])[^BNGg.]{0,6}?(?P<g>G)"),
    re.compile(r"(?P<g>G)[^BNGg.]{0,4}?(?P<p>W)"),
)
_BROAD_NEG_POS = re.compile(
    r"(?P<g>G)[^BGgXDZ.]{0,4}?N[^BNGgXDZ.]{0,4}?(?P<p>P)"
    r"|N[^BGgXDZ.]{0,4}?(?P<p2>P)[AY]*(?P<g2>G)"  # "never met a smart woman"
)
_IMPERATIVE_K = frozenset(
    {"fuck off", "piss off", "go to hell", "get lost", "go fuck themselves", "rot in hell",
     "burn in hell", "drop dead", "get out", "go back", "get out of our country",
     "can go fuck themselves", "fuck themselves", "get fucked", "go fuck yourselves",
     "fuera", "al infierno", "a la mierda", "que se jodan", "que se vayan a la mierda", "keep out",
     "que se vayan a tomar por culo", "a tomar por culo", "idos a tomar por culo",
     "fuck off back", "go back home", "bugger off", "sod off", "fuck right off", "piss right off",
     "bugger off back", "sod off back", "leave our country", "get out of here", "jodanse",
     "jodeos", "iros a la mierda", "vayanse a la mierda", "largaos", "largo de aqui",
     "shut up", "shut the fuck up", "shut the hell up", "shut your mouths", "fuck off and die",
     "piss off and die", "bugger off and die", "sod off and die",
     # Mexican and Central American curses of sending off ("lárguense a la verga, X")
     "que se chinguen", "chinguense", "a la verga", "que se vayan a la verga",
     "vayanse a la verga", "larguense a la verga", "al carajo", "que se vayan al carajo",
     "vayanse al carajo", "larguense al carajo", "a la chingada", "que se vayan a la chingada",
     "vayanse a la chingada", "que les den por culo", "que les follen", "larguense"}
)  # fmt: skip
_GROUP_IMPERATIVE = re.compile(r"(?P<g>G)[AYU]*(?:C[AYU]*)?(?P<v>K)")
# A relative clause with its own verb between a group and its doom word ("las mujeres que
# trabajan fuera de casa", "the women who work out of town"): the word is that verb's.
_RELATIVE_VERB = re.compile(r"\b(?:que|quienes|who|that)\s+\w+")
_BROAD_VIOLENCE = (
    re.compile(r"(?P<p>[MF])[^BNg.]{0,3}?(?P<v>V)[^BNg.]{0,5}?(?P<g>G)"),
    re.compile(r"(?P<g>G)[^BNg.]{0,4}?(?P<p>M)[^BNg.]{0,3}?(?P<v>[VK])"),
    re.compile(r"(?P<p>[MF])[^BNg.]{0,4}?(?P<g>G)[^BNg.]{0,4}?(?P<v>[KV])"),
)
_NONE_OF_THEM = re.compile(rf"(?P<n>N){_F}G?{_F}(?:[CM]{_F}){{1,2}}(?P<p>P)")
_NONE_WORDS = frozenset({"ninguno", "ninguna", "none of them", "not one of them", "none",
                         "ninguno de ellos", "ninguna de ellas", "not a single one", "none of",
                         "ninguno de", "ninguna de", "not one of"})  # fmt: skip


def _new_clause_after_comma(an: Analysis, first: int, p: int) -> bool:
    """Between the negation and the quality a comma opens a clause of its own with a copula."""
    n = next((k for k in range(first, p) if an.units[k].code == "N"), None)
    if n is None:
        return False
    text = an.norm.text
    return any(
        an.units[j].code == "C" and "," in text[an.units[j - 1].end : an.units[j].start]
        for j in range(n + 2, p)
    )


_THAT_WORDS = frozenset({"que", "that"})


def _negated_report(an: Analysis, first: int, p: int) -> bool:
    """'The data does not show that ...', 'las cifras no muestran que ...': the negation
    belongs to the verb before "that"; the words after it are the claim being refuted. An
    "I don't think that" moves its negation down, so it still counts."""
    n = next((k for k in range(first, p) if an.units[k].code == "N"), None)
    if n is None or an.units[n].text in NEG_RAISE:
        return False
    for k in range(n + 1, p):
        u = an.units[k]
        if u.text in _THAT_WORDS:
            return an.units[k - 1].text not in NEG_RAISE and k - 1 != n
        if u.text in NEG_RAISE:
            return False
    return False


def _antecedent_any(an: Analysis, k: int) -> bool:
    """A protected group was named before unit k, in this sentence or an earlier one."""
    return any(an.units[j].code == "G" and an.units[j].has("G") for j in range(k))


# "No X is honest", "Ningún X será nunca honrado" (a second negation only stresses the first)
_EXCLUDE = re.compile(rf"^[AB]*(?P<n>N){_F}(?P<g>G){_F}(?:[CMF]{_F}){{0,2}}(?:N{_F})?(?P<p>P)")
_UNIVERSAL_NEG = frozenset(
    {"no", "not a single", "not one", "none of the", "none", "ningun", "ninguna", "ninguno",
     "ni un solo", "ni una sola", "ni uno solo de", "ni una sola de", "ni uno de", "ni una de"}
)  # fmt: skip
_EXCLUSION_WORDS = frozenset({"allowed", "welcome", "wanted", "permitted", "bienvenidos"})
_PAST_COPULAS = frozenset({"were", "was", "fueron", "eran", "era", "fue", "estaba", "estaban"})
# Qualities of a person's situation rather than of their worth: denied, they say what the
# group suffers ("Immigrants are not safe here", "Ninguna mujer está segura en esa ciudad").
_NEG_SUBJECTS = frozenset({"nobody", "no one", "noone", "nadie"})
_WELLBEING = frozenset(
    {"safe", "happy", "healthy", "seguro", "segura", "seguros", "seguras", "feliz", "felices",
     "sano", "sana", "sanos", "sanas"}
)  # fmt: skip
# "Responsible" denied with what for ("Jews are not responsible for what Netanyahu does", "los
# judíos no son responsables de lo que hace Israel"): the group cleared of a blame, not a slight.
_ANSWERABLE = frozenset({"responsible", "responsable", "responsables"})
_ANSWERABLE_FOR = frozenset({"for", "de", "del", "por"})
# A denied excuse before a good word ("there is no excuse for killing innocent X", "no hay
# justificación para matar a X inocentes"): the negation is the excuse's, the group's is kept.
_NO_EXCUSE = frozenset(
    {"excuse", "excuses", "justification", "reason", "excusa", "excusas", "justificacion",
     "pretexto"}
)  # fmt: skip
# Doom verbs only count at the end of a clause ("should leave." but not "should leave abusers").
_CLAUSE_END_OK = frozenset(
    {"now", "here", "forever", "already", "immediately", "home", "back", "ya", "aqui", "todos",
     "once", "permanently",
     "todas", "all", "too", "again", "soon", "asap", "today", "for good", "en paz"}
)  # fmt: skip
_SUBJUNCTIVE_K = frozenset(
    {"mueran", "se mueran", "se murieran", "murieran", "desaparezcan", "se pudran",
     "muera", "se muera", "se muriera", "desaparezca", "se pudra", "se vaya", "se largue",
     "pudranse", "se vayan", "se larguen", "ardan", "se regresen", "que se regresen",
     "regresense", "que se larguen",
     "sufran", "fuera", "al infierno", "fuera de aqui", "fuera de mi pais",
     "fuera de nuestro pais", "rot in hell", "burn in hell", "go to hell"}
)  # fmt: skip
_EXPULSION = frozenset(
    {"deport", "deported", "deporting", "deportation", "mass deportation", "send back",
     "sent back", "expel", "expelled", "kick out", "kicked out", "throw out", "thrown out",
     "ban", "banned", "deportar", "deportarlos", "deportarlas", "deporten", "deportados",
     "deportadas", "deportacion", "expulsar", "expulsarlos", "expulsen", "expulsados", "echar",
     "echarlos", "echen", "keep out", "keep out all", "send back all", "ser deportados",
     "be deported", "ser expulsados", "shipped back", "shipped off", "shipped out",
     "sent home", "regresarlos", "regresarlas", "ser regresados"}
)  # fmt: skip
_PAST_FORMS = frozenset({"shot", "beaten", "burnt", "hung", "thrown", "sent", "caught", "beat"})
_HOLD, _CLEAR, _STRONG = 0.7, 0.9, 0.95


def _present_told_es(an: Analysis, v: Unit) -> bool:
    """A Spanish verb in the third person plural of the present ("golpean", "queman",
    "persiguen"): what others do, told; the command is another form ("golpeen", "persigan").
    Read only for a verb whose infinitive is a harm word of the lexicon."""
    if an.lang != "es" or " " in v.text:
        return False
    word = v.text
    if word.endswith("an"):
        infinitives: tuple[str, ...] = (word[:-2] + "ar",)
    elif word.endswith("en"):
        if _harm_infinitive(an, word[:-2] + "ar"):
            return False  # "golpeen": the command of an -ar verb
        infinitives = (word[:-2] + "er", word[:-2] + "ir")
    else:
        return False
    return any(_harm_infinitive(an, infinitive) for infinitive in infinitives)


def _harm_infinitive(an: Analysis, word: str) -> bool:
    entry = an.lex.lookup((word,))
    return entry is not None and entry.has("V")


def _plural_group(u: Unit) -> bool:
    t = u.text
    return (
        t.endswith("s")
        or t.endswith(("people", "men", "folk", "women"))
        or t == "lgbt"
        or t.startswith(("personas ", "people "))  # "personas con discapacidad"
    )


def _weak_group(u: Unit) -> bool:
    """Groups where a generalisation is held for a person to judge rather than rejected."""
    return u.meta("G") == "gender_m" if u.code == "G" and u.has("G") else False


_PROTECTIVE = frozenset(
    {"protect", "protecting", "defend", "defending", "save", "saving", "help", "helping",
     "support", "supporting", "stop", "stopping", "prevent", "preventing", "against",
     "proteger", "defender", "salvar", "ayudar", "apoyar", "contra", "evitar", "frenar"}
)  # fmt: skip
_SUBJECT_OK = frozenset({"I", "A", "Y", "M", "F", "B"})


# Spanish reactions that name the writer, so they may come before the group ("Me enojan los X").
_WRITER_REACTION = ("me ", "que asco")
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


def _group_of_a_policy(an: Analysis, g: int) -> bool:
    """The group word modifies a policy noun right after it, one modifier between at most."""
    after = [u for u in an.units[g + 1 : g + 3] if u.sentence == an.units[g].sentence]
    for k, u in enumerate(after):
        if u.text in _POLICY_NOUNS:
            return True
        if k == 0 and u.code in ("G", "g", "U", "I"):
            return False
    return False


def _hater_is_writer(an: Analysis, h: int) -> bool:
    """'I hate X' / 'fuck X' / 'odio a X' count; 'you hate X', 'people hate X' report others.
    A question that opens with a negation ("Don't you just hate X?", "¿No odias a los X?")
    asks the reader to agree: the writer's own hatred."""
    sentence = an.units[h].sentence
    if _negative_question(an, h):
        return True
    if an.lang == "es" and _reader_feels(an, h):
        return False  # "Odias a los X y eso te hace mala persona": the reader's hatred
    k = h - 1
    first_person = an.units[h].text.removesuffix(" a") in _HATE_VERBS_1SG
    while k >= 0 and an.units[k].sentence == sentence:
        u = an.units[k]
        if u.code == "I" or u.text in ("estoy", "estamos", "yo", "me tienen", "ya estoy"):
            return True
        if u.code == "B" and first_person and an.lang == "es":
            return True  # "... y odio a cada uno": the verb's own person is the writer
        if "," in an.norm.text[u.end : an.units[k + 1].start]:
            return True  # "Joder, odio a ...": an interjection, then the writer speaking
        if u.code == "U" and "trust" in an.units[h].text:
            return True  # "you can never trust X": the generic "you", the writer's advice
        if u.code not in _SUBJECT_OK and not (
            an.lang == "es" and (u.text in _WRITER_OPENERS or u.text.endswith("mente"))
        ):
            return False
        k -= 1
    return True


# Spanish hate verbs in the second person: the reader's feeling, described or asked about.
_READER_HATES = frozenset(
    {"odias", "detestas", "desprecias", "aborreces", "no soportas", "no aguantas", "odiais",
     "detestais", "despreciais", "odias a", "detestas a", "desprecias a", "aborreces a",
     "no soportas a", "no aguantas a"}
)  # fmt: skip


def _reader_feels(an: Analysis, h: int) -> bool:
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


def _scan(an: Analysis, pattern: re.Pattern, groups: tuple[str, ...], *, virtual: bool = False):
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
            if any(an.units[k].code == "r" or an.units[k].text in _PROTECTIVE for k in span):
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
            if g is not None and g == base + m.start() and _relative_object(an, base, g):
                continue  # "the men who attacked the Muslims should be jailed"
            found = True
            yield base + m.start(), base + m.end() - 1, idx, m
        if virtual and not found and an.lang == "es":
            yield from _scan_dropped(an, pattern, groups, base, codes)


_PRED_NAMES = ("p", "p2", "p3", "p4")
_WHY = frozenset({"why", "por que", "y por que"})


def _suggestion(an: Analysis, base: int, codes: str) -> str:
    """A question that opens with a negated modal or "why don't we" proposes what it negates:
    "Shouldn't we just kill all X?", "Why don't we deport X?", "¿Por qué no nos deshacemos
    de los X?". Read its negation as a modal (or as filler after one)."""
    k = 1 if an.units[base].text in _WHY else 2 if _why_es(an, base) else 0
    if k < len(codes) and codes[k] == "M" and k + 1 < len(codes) and codes[k + 1] == "N":
        return codes[: k + 1] + "A" + codes[k + 2 :]  # "shouldn't we", "¿no deberíamos?"
    if k and k < len(codes) and codes[k] == "N":
        return codes[:k] + "M" + codes[k + 1 :]  # "why don't we", "¿por qué no ...?"
    return codes


def _why_es(an: Analysis, base: int) -> bool:
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
        and prev.text in _PLACE_PREPS
        and an.capitalised(k)
        and an.capitalised(k + 1)
    )


def _negative_question(an: Analysis, k: int) -> bool:
    base = an.sentence_of(k)[0]
    first = an.units[base]
    return (
        is_question(an, k)
        and first.code == "N"
        and first.text in ("do not", "no", "no te", "does not")
        and all(u.code in ("N", "U", "A", "w") for u in an.units[base + 1 : k])
        and k - base <= 3
    )


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


def _relative_object(an: Analysis, base: int, g: int) -> bool:
    """The group is the object inside a relative clause ("those who attack X", "los que atacan
    a los X"), so what follows describes the clause's subject, not the group."""
    rel = None
    start = max(base, g - FRAME_REACH)  # a clause opened sixty words back is not this one's
    for k in range(start, g):
        u = an.units[k]
        words = u.text.split()
        if words[-1] in _RELATIVE_WORDS and (k > base or len(words) > 1):
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
    return False


_WHO_ES = frozenset({"los", "las", "aquellos", "aquellas"})
_CONTRAST = frozenset({"but", "pero", "though", "aunque", "yet"})
_HOSTILE_ACTS = (
    "attack", "harass", "abus", "assault", "bull", "insult", "target", "mistreat", "discriminat",
    "persecut", "beat", "hurt", "kill", "murder", "threat", "rob", "scam", "exploit", "oppress",
    "agred", "maltrat", "discrimin", "persig", "amenaz", "insult", "explot", "acos", "hit",
    "rape", "peg", "golpe", "viol",
)  # fmt: skip
_RELATIVE_WORDS = frozenset({"who", "whom", "that", "which", "que", "quienes", "quien"})
_EMBEDDED_QUESTION = frozenset({"whether", "about whether", "si acaso"})


def _scan_dropped(an: Analysis, pattern: re.Pattern, groups: tuple[str, ...], base: int,
                  codes: str):  # fmt: skip
    """Spanish drops the subject: "Son unas ratas." after a sentence naming a group, or "... y
    deberían morir todos" after a clause naming it, speak about that group; read such a clause
    with the group put back in front of it."""
    starts = [0] + [
        i + 1
        for i, c in enumerate(codes)
        if i + 1 < len(codes)
        and (
            c == "B"
            or _that_clause(an, base + i)
            or _comma_clause(an, base + i)
        )
    ]  # fmt: skip
    for cs in starts:
        first = base + cs
        clause = codes[cs:]
        antecedent = _antecedent(an, first)
        if antecedent is None or not _dropped_subject(an, first, clause):
            continue
        for m in pattern.finditer("G" + clause):
            if m.start() != 0:
                continue
            last = first + m.end() - 2
            if any(
                an.units[k].code == "r" or an.units[k].text in _PROTECTIVE
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


def _comma_clause(an: Analysis, k: int) -> bool:
    """'Los X no deberían cobrar, son una carga': after a comma, a clause that opens with a
    third-person plural verb goes on about the same subject."""
    nxt = an.units[k + 1]
    return (
        "," in an.norm.text[an.units[k].end : nxt.start]
        and _PLURAL_VERB_START.match(nxt.text) is not None
    )


def _that_clause(an: Analysis, k: int) -> bool:
    """'creo que', 'claro que', 'es obvio que': what follows is a clause of its own."""
    words = an.units[k].text.split()
    if words[-1] != "que":
        return False
    if len(words) > 1:
        return words[-2] in _THAT_CLAUSE
    return k > 0 and an.units[k - 1].text.split()[-1] in _THAT_CLAUSE


# Criminal organisations named between a group and a later pronoun: the nearer antecedent.
_CRIMINAL_BODIES = frozenset(
    {"banda", "bandas", "cartel", "carteles", "pandilla", "pandillas", "mafia", "mafias",
     "mara", "maras", "tren", "crimen organizado", "gang", "gangs", "cartels", "mob",
     "syndicate", "sindicato", "organizacion criminal", "criminal organization", "clan",
     "clanes", "grupo criminal", "grupos criminales", "celula", "celulas"}
)  # fmt: skip


def _after_copula(an: Analysis, k: int) -> bool:
    """Unit k is a predicate noun ("los X son mafia", "son una banda"), not a new subject."""
    s, j = an.units[k].sentence, k - 1
    while j >= 0 and an.units[j].code in ("A", "Y") and an.units[j].sentence == s:
        j -= 1
    return j >= 0 and an.units[j].sentence == s and an.units[j].code == "C"


def _antecedent(an: Analysis, first: int) -> int | None:
    """The most recent plural group named before unit `first`, else a group the comment names
    later as what "they" are ("Son unos vagos. Son inmigrantes.")."""
    for k in range(first - 1, -1, -1):
        u = an.units[k]
        if u.code == "G" and u.has("G"):
            if u.sentence != an.units[first].sentence and acted_on_by_others(an.units, k):
                return None  # "Unos nazis agredieron a los X. Habría que encerrarlos."
            return k if _plural_group(u) else None
        if (
            u.code in ("w", "X")
            and k > 0
            and u.text.endswith("s")
            and (an.units[k - 1].text in _ARTICLES)
        ):
            return None  # a later plural noun ("los traficantes") may be the subject
        if u.text in _CRIMINAL_BODIES and not _after_copula(an, k):
            return None  # "el Tren de Aragua es una banda ... hay que perseguirla": the gang
    for base, codes in an.sentences:
        for m in _CATAPHORA_ES.finditer(codes):
            g = base + m.end() - 1
            if g > first and an.units[base + m.start()].text.startswith(_CATAPHORA_VERBS):
                return g
    for u in an.units[first + 1 :]:  # "Son una plaga. Hablo de los X."
        if u.code == "G" and u.has("G") and _plural_group(u) and _topic_before(an, u.index):
            return u.index
    return None


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
     "extranar", "sorprendente", "evidentemente"}
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


_PLURAL_VERB_START = re.compile(r"^(?:son|sean|eran|seran|serian|fueron|deberian|deben|merecen|"
                                r"tienen|van|estan|no son|no merecen|no deberian|solo son|"
                                r"siempre son|nunca son|nunca seran|jamas seran|no pueden|"
                                r"necesitan|habria que|hay que)\b")  # fmt: skip


# Demonstratives as subjects: analysis.py codes one that points back at a group as "t"; one
# left as a filler points at something else.
_POINTING = frozenset({"those", "these", "esos", "esas", "estos", "estas", "aquellos", "aquellas"})
_OPENERS_ES = frozenset({"pues", "bueno", "total", "encima", "ademas", "y encima", "vamos"})


def _sentence_adverb(word: str) -> bool:
    return word.endswith("mente") or word in _OPENERS_ES


def _dropped_subject(an: Analysis, base: int, codes: str) -> bool:
    """A Spanish sentence that opens with a third-person plural verb and names no one else."""
    if an.lang != "es" or any(
        c in "GgSIUt" and not (c == "S" and "C" in codes[:i]) for i, c in enumerate(codes[:3])
    ):
        return False  # a subject of its own near the verb ("Son unas X": X is the predicate)
    if an.units[base].text in _POINTING:
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
    if an.units[k].code in ("Z", "K") and _plural_verb_first(head):
        return True  # "No valen nada.", "Merecen morir."
    return _PLURAL_VERB_START.match(head) is not None


def _hit(an: Analysis, rule_id: str, score: float, first: int, last: int, what: str) -> Hit:
    g_units = [an.units[k] for k in range(first, last + 1) if an.units[k].code == "G"]
    cap = any(_weak_group(u) for u in g_units)
    if cap:
        score = min(score, _HOLD)
    return Hit(rule_id, score, (an.span(first, last),), what)


def _pronoun_only(an: Analysis, first: int, last: int) -> bool:
    """The group is only a pronoun ("they"); hold rather than reject."""
    for k in range(first, last + 1):
        u = an.units[k]
        if u.code == "G" and u.has("G"):
            return False
    return True


def _finish(an: Analysis, hits: list[Hit], rule_id: str, score: float, first: int, last: int,
            what: str) -> None:  # fmt: skip
    if _pronoun_only(an, first, last):
        score = min(score, 0.8)
    hits.append(_hit(an, rule_id, score, first, last, what))


@rule("hate.derogation", Category.HATE)
def derogation(an: Analysis, sub: Submission) -> list[Hit]:
    """'X are vermin / criminals / a plague', 'X belong in a zoo'."""
    hits: list[Hit] = []
    if "G" not in an.codes:
        # every shape here needs a named group; "it's always the X who steal" names it
        # before a relative clause
        if "g" in an.codes:
            return (
                _perpetrators(an)
                or _past_the_clause(an)
                or _none_without_fault(an)
                or (_who_lets(an) if "?" in an.norm.text else [])
            )
        if an.lang == "en" and " people" in an.norm.text:
            return _people_of_a_place(an)
        return _unnamed_dehumanised(an) if "D" in an.codes or "Z" in an.codes else hits
    for first, last, idx, _m in _scan(an, _DEROG, ("g", "p", "n", "g2", "p2"), virtual=True):
        if "n" in idx and not _expects_yes(an, first):
            continue  # "X are not criminals": a negated slur on the group is no slur
        if suppressed(
            an, first, last, allow_negation=_object_then_clause(an, first, last)
        ) or _words_judged(an, first, last):
            continue
        pred = an.units[idx.get("p", idx.get("p2", last))]
        if pred.code == "X" and _attributive(an, pred):
            continue  # "migrants flee violent gangs": the adjective is on another noun
        if pred.code == "Z" and _pays_a_price(an, pred):
            continue  # "los X lo van a pagar en el súper": a cost, not retribution
        if pred.code == "Z" and _peaceful_wish(an, pred):
            continue  # "las personas trans solo quieren trabajar tranquilas"
        g = idx.get("g", idx.get("g2", first))
        if g < pred.index and (
            (pred.code in ("X", "D") and _loose_link(an, g, pred.index)) or _object_pronoun(an, g)
        ):
            continue
        if g < pred.index and _singular_after_comma(an, g, pred.index):
            continue  # "... deportar a los X, es una vergüenza": the plan is the shame
        if g < pred.index and _reader_called(an, g, pred):
            continue  # "Respeta a los X, imbécil": the insult is for the reader spoken to
        if g < pred.index and _copula_disagrees(an, g, pred.index):
            continue  # "tu odio hacia las X es patético": "es" is not said of the X
        if g < pred.index and _not_the_group(an, g):
            continue  # "el gobierno mexicano es un desastre"
        if g < pred.index and _nuisance_about_a_matter(an, g, pred):
            continue  # "my gay neighbors are a pain in the ass about parking"
        if g < pred.index and _wanted_there_by_others(an, g, pred):
            continue  # "quieren al latino en la cocina, pero no en el cabildo": a complaint
        if g < pred.index and _act_or_words_subject(an, g, pred.index):
            continue  # "blaming X for the shortage is lazy", "los ataques contra X fueron ..."
        if _exclaimed_thing(an, pred):
            continue  # "las X sí pueden, qué estereotipo tan flojo": the stereotype is
        if g < pred.index and _comparative_object(an, g, pred):
            continue  # "el INM trata a los migrantes peor que a delincuentes"
        if g < pred.index and _risk_of_being(an, g, pred):
            continue  # "ser gay en Honduras es peligroso": a danger to them
        if g < pred.index and _own_subject_after_comma(an, g, pred.index):
            continue  # "married a Jewish guy, our kids are confused": the kids are
        if g < pred.index and _as_if(an, g, pred.index):
            continue  # "los tratan como si fueran plaga": the writer marks it untrue
        if pred.code == "Z" and _law_stated(an, pred):
            continue  # "los X no tienen derechos en ese estado, es la ley": the law described
        if pred.code == "Z" and _on_our_condition(an, pred):
            continue  # "X will never integrate if we keep them in camps": our doing
        rid = "hate.derogation"
        what = f"generalisation about a protected group: {pred.text!r}"
        score = _STRONG if pred.code == "D" else _CLEAR
        _finish(an, hits, rid, score, first, last, what)
    for first, last, idx, _m in _scan(an, _INSULT_PRED, ("g", "p"), virtual=True):
        pred = an.units[idx["p"]]
        # a person noun ("assholes", "gilipollas"), not "bullshit" said about someone's words
        person = pred.has("INS") or pred.has("S") or pred.has("PROF") or pred.code == "y"
        if pred.code == "Y":  # "X are fucking <unknown word>", but not "fucking amazing"
            nxt = an.units[pred.index + 1] if pred.index + 1 < len(an.units) else None
            person = (
                nxt is None
                or nxt.sentence != pred.sentence
                or nxt.code == "X"
                or (nxt.code == "w" and nxt.text not in _GOOD_WORDS)
                or (nxt.code == "P" and nxt.text in _PERSON_NOUNS)  # "shitty people"
            )
        if not person or suppressed(an, first, last):
            continue
        if _attributive(an, pred) or (idx["g"] < pred.index and _object_pronoun(an, idx["g"])):
            continue
        if idx["g"] < pred.index and (
            _not_the_group(an, idx["g"]) or _act_or_words_subject(an, idx["g"], pred.index)
        ):
            continue
        if _toward_institution(an, pred):
            continue  # "los X están resentidos con el régimen": a feeling about a government
        _finish(an, hits, "hate.derogation", _CLEAR, first, last,
                f"insult for a whole protected group: {pred.text!r}")  # fmt: skip
    if not hits and ("Y" in an.codes or an.lang == "es"):
        hits.extend(_sworn_noun(an))
    # Spanish verb-first order: "Merecen morir todos los X."
    if an.lang == "es":
        for base, codes in an.sentences:
            m = _VERB_FIRST.match(codes)
            if m is None or not _plural_verb_first(an.units[base + m.start("p")].text):
                continue
            first, last = base + m.start("p"), base + m.end() - 1
            if not suppressed(an, first, last):
                _finish(an, hits, "hate.derogation", _CLEAR, first, last,
                        "generalisation about a protected group")  # fmt: skip
    for first, last, _idx, _m in _scan(an, _QUESTION, ("g", "p", "g2", "p2")):
        if not suppressed(an, first, last):
            _finish(an, hits, "hate.derogation", _CLEAR, first, last, "derogatory question")
    if not hits:
        hits.extend(_presupposed(an))
    if not hits and "?" in an.norm.text:
        hits.extend(_rhetorical(an) or _who_lets(an))
    # A later sentence with no subject ("Son unos animales.", "And are vermin.") continues
    # talking about the group named before it.
    if not hits and _group_before(an) and an.lang != "es":  # Spanish: see _scan_dropped
        for base, codes in an.sentences[1:]:
            m = _SUBJECTLESS.match(codes)
            if m is None or an.units[base].code == "G" or an.units[base].text in _POINTING:
                continue  # a demonstrative that is no group's "t": another plural noun's
            first, last = base, base + m.end() - 1
            if an.units[base + m.start("c")].text in _PLURAL_COPULA and not suppressed(
                an, first, last
            ):
                hits.append(_hit(an, "hate.derogation", 0.8, first, last, "about the group"))
                break
    if not hits and _group_before(an):
        hits.extend(_verbless_essence(an))
    if not hits and ("g" in an.codes or "G" in an.codes):
        hits.extend(_past_the_clause(an))
    if not hits and an.lang == "en" and " people" in an.norm.text:
        hits.extend(_people_of_a_place(an))
    if not hits:
        hits.extend(_perpetrators(an))
    if not hits and _ESSENTIAL_SEARCH.search(an.norm.text):
        hits.extend(_essentialist(an))
    if not hits:
        hits.extend(_wished_gone(an))
    if not hits and "X" in an.codes:
        hits.extend(_how_they_are(an))
    if not hits and an.lang == "es":
        hits.extend(_fault_explained(an) or _nothing_worse(an))
    if not hits and "N" in an.codes:
        hits.extend(_none_without_fault(an))
    if not hits and "r" in an.codes:
        hits.extend(_name_vouched(an))
    return hits[:1] if hits else hits


# "Llamar putas a las X es lo correcto", "Calling X whores is just honest", "No veo nada de
# malo en llamar ratas a los X": a name for the group (a slur, an insult, a dehumanising or
# derogatory word) that the writer calls right or fine. The name and the group sit between
# the naming frame and the copula or approval, in either order ("llamar Y a los X", "calling
# X Y", "llamar a los X Y").
_NAMING = frozenset(
    {"calling", "to call", "call", "llamar", "llamarles", "llamarlos", "llamarlas", "decirles",
     "referring to", "describing"}
)  # fmt: skip


def _name_vouched(an: Analysis) -> list[Hit]:
    for k in an.by_class.get("report", ()):
        if an.units[k].text not in _NAMING or not naming_vouched(an, k):
            continue
        sentence = an.units[k].sentence
        group = name = None
        for u in an.units[k + 1 : k + 7]:
            if u.sentence != sentence or u.code in ("C", "J", "N"):
                break
            if u.code == "G":
                group = u.index
            elif u.code in ("S", "D", "X") or u.has("INS") or u.has("PROF"):
                name = u.index
        if group is None or name is None:
            continue
        first, last = min(group, name), max(group, name)
        if counter_speech(an, first, last):
            continue
        score = _STRONG if an.units[name].code in ("S", "D") else _CLEAR
        return [_hit(an, "hate.derogation", score, first, last, "a name for the group vouched")]
    return []


# "Who lets a X run for school board?", "¿Quién deja que una X dirija la policía?": nobody
# should, the question says; only before a verb of holding an office or a charge.
_WHO_LETS = frozenset(
    {"who lets", "who let's", "who would let", "who allows", "who would allow", "who let",
     "quien deja que", "quien dejaria que", "quien permite que", "quien permitiria que"}
)  # fmt: skip
_OFFICE_VERBS = frozenset(
    {"run", "lead", "teach", "govern", "vote", "drive", "fly", "manage", "command", "raise",
     "adopt", "judge", "preach", "dirija", "gobierne", "mande", "ensene", "maneje",
     "eduque", "adopte", "juzgue", "ocupe", "dirijan", "gobiernen", "manden", "voten",
     "ensenen", "manejen", "eduquen", "adopten"}
)  # fmt: skip


def _who_lets(an: Analysis) -> list[Hit]:
    for base, codes in an.sentences:
        if not is_question(an, base):
            continue
        run = an.units[base : base + len(codes)]
        lead = " ".join(u.text for u in run[:3])
        cue = next((c for c in _WHO_LETS if lead == c or lead.startswith(c + " ")), None)
        if cue is None:
            continue
        words = [u.text for u in run]
        j = next((i for i in range(len(run)) if " ".join(words[: i + 1]) == cue), None)
        if j is None:
            continue
        g = j + 1
        while g < len(run) and run[g].code == "A":
            g += 1
        if g + 1 >= len(run) or run[g].code not in ("G", "g") or not run[g].has("G"):
            continue
        if run[g + 1].text.split()[0] not in _OFFICE_VERBS:
            continue  # "Who lets women walk home alone?" asks about their safety
        last = base + len(codes) - 1
        if not suppressed(an, base, last):
            return [_hit(an, "hate.derogation", 0.8, base, last, "a question denying a role")]
    return []


# "X are a fucking joke", "Las X son una pinche broma", "son una puta vergüenza": a swear word
# between the article and an insulting noun that closes the sentence breaks up the lexicon's
# phrase ("una broma"); read it whole ("X are fucking tired" has no article: a state).
_SWORN_NOUN = re.compile(r"(?P<g>G)[AY]*C(?P<art>A)(?P<y>[Yw])(?P<p>[wcXD])A*$")
_ONE_ARTICLE = frozenset({"a", "an", "una", "un", "unos", "unas", "such a", "one"})


def _sworn_noun(an: Analysis) -> list[Hit]:
    for first, last, idx, m in _scan(an, _SWORN_NOUN, ("g", "p")):
        base = first - m.start()
        art, swear = an.units[base + m.start("art")], an.units[base + m.start("y")]
        if art.text not in _ONE_ARTICLE or not (swear.code == "Y" or _profane_word(swear)):
            continue
        noun = an.units[idx["p"]]
        whole = an.lex.lookup((*art.text.split(), *noun.text.split()))  # "una broma"
        if not any(
            e is not None and any(c in e.classes for c in ("X", "D", "INS", "PROF"))
            for e in (noun.entry, whole)
        ):
            continue  # "X are a fucking delight": only an insult the swear word broke up
        if not suppressed(an, first, last) and not _not_the_group(an, idx["g"]):
            return [_hit(an, "hate.derogation", _CLEAR, first, last, "a sworn insult")]
    return []


def _object_then_clause(an: Analysis, g: int, last: int) -> bool:
    """ "No contraten indios, son flojos": the negation is the imperative's, whose object is
    the group; after the comma a clause of its own (a third-person plural verb) says what
    the group is, and that is not negated."""
    if an.lang != "es" or g < 2 or an.units[g].code != "G":
        return False
    k = g - 1
    while k > 0 and an.units[k].code == "A":
        k -= 1
    verbs = 0
    while k > 0 and an.units[k].code == "w" and verbs < 2:  # "no contraten", "no dejen entrar"
        k, verbs = k - 1, verbs + 1
    neg = an.units[k]
    if not verbs or neg.code != "N" or neg.sentence != an.units[g].sentence:
        return False
    nxt = g + 1
    return (
        nxt <= last
        and "," in an.norm.text[an.units[g].end : an.units[nxt].start]
        and _PLURAL_VERB_START.match(an.units[nxt].text) is not None
    )


def _presupposed(an: Analysis) -> list[Hit]:
    """A fault taken as given of a whole group (see `_PRESUPPOSED`)."""
    names = ("g", "p", "g2", "p2", "g3", "p3", "g4", "p4")
    for first, last, idx, m in _scan(an, _PRESUPPOSED, names):
        base = first - m.start()
        if m.group("que") is not None:
            p = idx["p2"]
            if an.units[base + m.start("que")].text != "que" or an.units[p - 1].text != "lo":
                continue  # only "lo sucios que son los X"
        elif m.group("this") is not None:
            if an.units[base + m.start("this")].text not in _THIS_MUCH:
                continue
        elif m.group("than") is not None:
            p = idx["p4"]
            lead = [u.text for u in an.units[max(base, p - 4) : p]]
            if (
                an.units[base + m.start("than")].text not in ("than", "que")
                or not lead
                or lead[-1] not in _MORE
                or not _NOTHING_ELSE.intersection(lead)
            ):
                continue  # "X are more dirty than Y" compares; "anything more ... than" scorns
        elif _subject_before(an, first):
            continue
        pred = an.units[idx.get("p", idx.get("p2", idx.get("p3", idx.get("p4", last))))]
        if pred.code == "X" and _attributive(an, pred):
            continue
        if not suppressed(an, first, last):
            return [_hit(an, "hate.derogation", _CLEAR, first, last, "a fault presupposed")]
    return []


def _subject_before(an: Analysis, first: int) -> bool:
    """A subject of its own before the copula: the predicate is said of it, and the group
    after is what it concerns ("la ley es cruel con los X"), unlike "son tan sucios los X"."""
    return (
        first > 0
        and an.units[first - 1].sentence == an.units[first].sentence
        and (an.units[first - 1].code in ("G", "g", "S", "U"))
    )


# "I have never met a X who wasn't a thief", "Have you ever met a X who was not a criminal?",
# "Nunca he conocido a un X que no fuera un ladrón": no member without the fault, so every
# member has it.
_MET = frozenset(
    {"met", "seen", "known", "meet", "see", "know", "conocido", "visto", "conoci", "vi",
     "conozco"}
)  # fmt: skip
_EVER = frozenset({"never", "ever", "nunca", "jamas", "alguna vez", "vez", "nunca jamas"})
_WHO = frozenset({"who", "that", "que", "quien"})
_NOT = frozenset({"not", "no"})
_FAULT_AFTER = re.compile(r"^(?:[Cw]?)(?P<n>N)[AYCwK]{0,2}?(?P<p>[XD])")


def _none_without_fault(an: Analysis) -> list[Hit]:
    units = an.units
    for k, u in enumerate(units):
        if u.text not in _MET:
            continue
        lead = [v for v in units[max(0, k - 4) : k] if v.sentence == u.sentence]
        if not any(v.text in _EVER for v in lead):
            continue
        g = next((j for j in range(k + 1, min(k + 4, len(units))) if units[j].has("G")), None)
        if g is None or g + 1 >= len(units) or units[g + 1].text not in _WHO:
            continue
        tail = "".join(v.code for v in units[g + 2 : g + 8] if v.sentence == u.sentence)
        m = _FAULT_AFTER.match(tail)
        if m is None or units[g + 2 + m.start("n")].text not in _NOT:
            continue
        first, last = lead[0].index, g + 2 + m.end("p") - 1
        if not _clause_ends(an, last) or suppressed(an, first, last, allow_negation=True):
            continue
        return [_hit(an, "hate.derogation", 0.8, first, last, "no member without the fault")]
    return []


# Governments and powers a group's feelings can be about ("resentidos con el régimen").
_POWERS = frozenset(
    {"regimen", "gobierno", "dictadura", "estado", "sistema", "policia", "ejercito", "partido",
     "presidente", "congreso", "gobiernos", "regimenes", "regime", "government", "dictatorship",
     "state", "system", "police", "army", "party", "president", "congress", "governments",
     "regimes", "junta", "chavismo", "sandinismo", "dictador", "dictator", "autoridades",
     "authorities", "militares", "military"}
)  # fmt: skip
_TOWARD = frozenset({"con", "contra", "hacia", "with", "at", "toward", "towards", "against"})


def _toward_institution(an: Analysis, pred: Unit) -> bool:
    """A feeling word followed by "with/at/con/contra" and a government or power within three
    words ("están resentidos con el régimen", "are bitter at the government"): what the group
    feels about who rules them, not what the group is."""
    units = an.units
    k = pred.index + 1
    if k >= len(units) or units[k].sentence != pred.sentence or units[k].text not in _TOWARD:
        return False
    return any(
        x.sentence == pred.sentence and x.text.split()[-1] in _POWERS for x in units[k + 1 : k + 4]
    )


# Words that make a sentence about what the law says ("es la ley", "by law", "legalmente").
_LAW = re.compile(
    r"\b(?:ley|leyes|law|laws|legal|legally|legalmente|constitucion|constitution|"
    r"codigo|statute|estatuto|juridicamente|decreto|decree)\b"
)


def _law_stated(an: Analysis, pred: Unit) -> bool:
    """A predicate about rights ("no tienen derechos", "have no rights") in a sentence that
    names the law it describes ("..., es la ley", "by law", "under the constitution"): a
    statement of legal fact (often to criticise it), not a claim about the group's worth."""
    if not any(w in pred.text for w in ("derecho", "rights")):
        return False
    units = [x for x in an.units if x.sentence == pred.sentence]
    text = an.norm.text[units[0].start : units[-1].end]
    return bool(_LAW.search(text))


_IF = frozenset({"if", "unless", "si", "mientras", "as long as", "siempre que", "when", "cuando"})
_WE = frozenset({"we", "nosotros", "society", "la sociedad", "the government", "el gobierno",
                 "the state", "el estado", "this country", "este pais"})  # fmt: skip


def _on_our_condition(an: Analysis, pred: Unit) -> bool:
    """'X will never integrate if we keep them in camps', 'no se integrarán si los seguimos
    encerrando': right after the predicate, a condition on what we (or the state) do to them:
    the writer blames the treatment, not the group. Not for violence or crime."""
    if pred.has("crime") or pred.has("V") or pred.has("D"):
        return False
    units = an.units
    k = pred.index + 1
    if k >= len(units) or units[k].sentence != pred.sentence or units[k].text not in _IF:
        return False
    nxt = [x for x in units[k + 1 : k + 6] if x.sentence == pred.sentence]
    if not nxt or not (nxt[0].text in _WE or (an.lang == "es" and nxt[0].text.endswith("mos"))):
        return False
    return any(x.text.split()[0] in _TREATMENT for x in nxt[:5])


# Harsh treatment a condition can blame ("if we keep them in camps", "si los seguimos
# encerrando"); "if we let them in" blames the group and is not among them.
_TREATMENT = frozenset(
    {"keep", "keeps", "lock", "treat", "isolate", "segregate", "exclude", "deny", "ghettoize",
     "marginalize", "marginalise", "cage", "detain", "humiliate", "ban", "shut", "push",
     "encerrando", "encerramos", "tratando", "tratamos", "marginando", "marginamos",
     "excluyendo", "excluimos", "aislando", "aislamos", "negando", "negamos", "humillando",
     "humillamos", "manteniendo", "mantenemos", "segregando", "segregamos", "discriminando",
     "discriminamos", "persiguiendo", "perseguimos"}
)  # fmt: skip


# "¿Hay algo más asqueroso que los X?", "No existe nada más repugnante que un X": the group
# named as the worst there is.
_NOTHING_WORSE = re.compile(r"^[AB]*N?w{1,2}A(?P<p>X)w[AY]*(?P<g>G)$")
_THERE_IS = frozenset({"hay", "existe", "algo", "nada"})


def _nothing_worse(an: Analysis) -> list[Hit]:
    for base, codes in an.sentences:
        m = _NOTHING_WORSE.match(codes)
        if m is None:
            continue
        p, g = base + m.start("p"), base + m.start("g")
        words = [u.text for u in an.units[base:p]]
        if (
            an.units[p - 1].text == "mas"
            and an.units[p + 1].text == "que"
            and _THERE_IS.issuperset(w for w in words if w not in ("mas", "no"))
            and an.units[g].has("G")
            and not suppressed(an, base, g, allow_negation=True)
        ):
            return [_hit(an, "hate.derogation", 0.8, base, g, "the group named the worst")]
    return []


# "Claro que es estúpida. Al fin y al cabo es una X.", "Es un vago, es X": a fault said of
# someone with no subject named, then explained by their being one of a group.
_SINGULAR_IS = frozenset(
    {"es", "es un", "es una", "no es mas que", "solo es", "es solo", "era", "no deja de ser"}
)  # fmt: skip
_OPENER_WORDS = frozenset(
    {"al", "fin", "cabo", "y", "despues", "de", "todo", "total", "claro", "que", "porque",
     "pues", "si", "obvio", "normal", "logico", "por", "supuesto", "como", "ya"}
)  # fmt: skip


def _only_openers(an: Analysis, first: int, k: int) -> bool:
    """Units first..k-1 are only openers ("al fin y al cabo", "claro que", "porque")."""
    return all(
        u.code in ("A", "B") or u.text in _OPENER_WORDS or u.text.endswith("mente")
        for u in an.units[first:k]
    )


def _clause_start(an: Analysis, k: int) -> int:
    """The first unit of unit k's clause: its sentence's start or the unit after a comma."""
    base, _codes = an.sentence_of(k)
    text = an.norm.text
    for j in range(k, base, -1):
        if "," in text[an.units[j - 1].end : an.units[j].start]:
            return j
    return base


def _fault_explained(an: Analysis) -> list[Hit]:
    for g in an.units:
        one = g.index and an.units[g.index - 1].text in ("un", "una")
        if g.code != "G" or not g.has("G") or (_plural_group(g) and not one):
            continue
        c = g.index - 1
        while c >= 0 and an.units[c].code == "A" and an.units[c].sentence == g.sentence:
            c -= 1
        if c < 0 or an.units[c].code != "C" or an.units[c].text not in _SINGULAR_IS:
            continue
        if not _only_openers(an, _clause_start(an, c), c):
            continue
        for f in range(c - 1, -1, -1):  # the fault: "es estúpida" in an earlier clause
            u = an.units[f]
            if u.sentence < g.sentence - 1:
                break
            if u.code not in ("X", "D"):
                continue
            k = f - 1
            while k >= 0 and an.units[k].code in ("A", "Y"):
                k -= 1
            if k < 0 or an.units[k].code != "C" or an.units[k].text.split()[0] not in ("es", "era"):
                continue
            if _only_openers(an, _clause_start(an, k), k) and not suppressed(an, k, g.index):
                return [_hit(an, "hate.derogation", 0.8, k, g.index,
                             "a fault explained by the group")]  # fmt: skip
    return []


# "It's disgusting how X behave", "Isn't it pathetic the way X live?", "Qué asco cómo viven
# los X": a fault found in the group's ways of being. Not how a group is treated ("how X are
# treated" passes: no verb of the group's own conduct).
_LEAD_INS = frozenset({"ojala", "no", "nunca", "solo", "ya"})


def _plural_verb_first(pred: str) -> bool:
    """The predicate opens with a plural verb ("merecen morir"), maybe after a wish or a
    negation ("ojalá no existieran", "no merecen vivir"), so the group after it is its subject."""
    words = pred.split()
    while len(words) > 1 and words[0] in _LEAD_INS:
        words = words[1:]
    return words[0].endswith("n")


_HOW = frozenset({"how", "the way", "the way that", "como", "la forma en que", "la manera en que"})
_CONDUCT = frozenset(
    {"behave", "act", "live", "dress", "talk", "speak", "look", "smell", "think", "breed",
     "eat", "raise their kids", "raise their children", "se comportan", "actuan", "viven",
     "visten", "hablan", "huelen", "piensan", "crian a sus hijos", "se visten", "comen"}
)  # fmt: skip


def _how_they_are(an: Analysis) -> list[Hit]:
    for base, codes in an.sentences:
        end = base + len(codes)
        for k in range(base, end - 2):
            u = an.units[k]
            if u.code != "X" or an.units[k + 1].text not in _HOW:
                continue
            j = k + 2
            if an.units[j].text in _CONDUCT:  # "cómo viven los X": the verb first
                j += 1
                conduct = True
            else:
                conduct = False
            while j < end and an.units[j].code == "A":
                j += 1
            if j >= end or an.units[j].code != "G" or not _plural_group(an.units[j]):
                continue
            if not conduct:
                after = [x.text for x in an.units[j + 1 : min(end, j + 4)]]
                conduct = bool(after) and (after[0] in _CONDUCT or " ".join(after) in _CONDUCT)
            if conduct and not suppressed(an, k, j):
                return [_hit(an, "hate.derogation", 0.8, k, j, "a fault in how the group is")]
    return []


_COST = re.compile(
    r"^(?:(?:en|at|in) (?:el|la|los|las|the|their|sus|su)? ?(?:super|supermercado|tienda|"
    r"tiendas|mercado|caja|gasolinera|bomba|precio|precios|recibo|recibos|impuestos|bolsillo|"
    r"grocery|groceries|store|stores|supermarket|checkout|pump|pumps|prices|price|taxes|"
    r"bills?|wallets?|pockets?)\b|(?:mas|more|higher|extra)\b"
    # how much less, or what for: a price, a fee or a service ("will pay less for insurance",
    # "van a pagar menos por el seguro", "will pay $20 a month", "will pay for their own
    # insurance"); "will pay the price" and "pay for what they did" stay threats
    r"|(?:less|lower|fewer|menos|nothing|nada|zero|cero|half|la mitad|only|solo|solamente|"
    r"just|no more than|no mas de|the same|lo mismo|\$|\d|[a-z]+ (?:dollars|pesos|euros|"
    r"cents|centavos|bucks)\b)|(?:for|por) (?:the |their |su |sus |el |la |los |las |own |"
    r"propio |propia )*(?:insurance|seguro|seguros|rent|renta|alquiler|tuition|colegiatura|"
    r"matricula|medicine|medicines|medicinas|medicamentos|transit|transporte|bus|metro|"
    r"tickets|boletos|childcare|guarderia|housing|vivienda|healthcare|doctor|tolls?|peajes?|"
    r"fees?|cuotas?|tarifas?|permits?|permisos?|licen[cs]es?|licencias?|visas?|services?|"
    r"servicios?|water|agua|electricity|luz|gas|coverage|cobertura)\b)"
)


_EXPECT_YES = frozenset(
    {"acaso", "y acaso", "isn't it true that", "is not it true that", "a poco", "y a poco"}
)


def _expects_yes(an: Analysis, first: int) -> bool:
    """ "¿Acaso los X no son unos parásitos?": a question that opens with "acaso" and negates
    expects a yes; the negation asserts."""
    base = an.sentence_of(first)[0]
    return is_question(an, first) and an.units[base].text in _EXPECT_YES


def _yes_to_negation(an: Analysis, first: int) -> bool:
    """ "¿Acaso los X no son personas?", "¿A poco no son trabajadores?": the question's own
    negation expects a yes, so the quality it seems to deny is affirmed."""
    base = an.sentence_of(first)[0]
    return an.units[base].text in ("acaso", "y acaso", "a poco", "y a poco") and (
        is_question(an, first) or an.units[base].text.endswith("a poco")
    )


def _pays_a_price(an: Analysis, pred: Unit) -> bool:
    """'Will pay' followed by where or how much ('lo van a pagar en el súper', 'will pay
    more at the pump'): the group bears a cost, nobody is threatened."""
    if pred.text.split()[-1] not in ("pagar", "pay", "pagaran", "pagan"):
        return False
    nxt = [u.text for u in an.units[pred.index + 1 : pred.index + 5] if u.sentence == pred.sentence]
    return bool(nxt) and bool(_COST.match(" ".join(nxt)))


# What people only want when the wish is harmless: "solo quieren trabajar", "just want to live".
_PEACEFUL = frozenset(
    {"trabajar", "vivir", "estudiar", "sobrevivir", "paz", "ser", "estar", "existir", "respeto",
     "igualdad", "casarse", "jugar", "ayudar", "salir", "una", "un", "lo", "que", "llegar",
     "comer", "descansar", "volver", "regresar", "to", "peace", "respect", "equality", "a"}
)  # fmt: skip


def _peaceful_wish(an: Analysis, pred: Unit) -> bool:
    """'Solo quieren' / 'only want' followed by an ordinary wish (to work, to live, peace, a
    life): the writer says what the group wants, and it is no charge ("only want handouts" is
    one phrase of its own and does not reach here)."""
    if pred.text not in ("solo quieren", "solo quiere", "only want", "just want"):
        return False
    k = pred.index + 1
    if k >= len(an.units) or an.units[k].sentence != pred.sentence:
        return False
    words = [u.text for u in an.units[k : k + 3] if u.sentence == pred.sentence]
    if words[0].split()[0] not in _PEACEFUL:
        return False
    rest = " ".join(words)
    return not any(w in rest.split() for w in ("de", "del", "costa", "gratis", "off", "free"))


_RISKY = frozenset(
    {"peligroso", "peligrosa", "arriesgado", "riesgoso", "mortal", "dangerous", "risky", "deadly"}
)


def _risk_of_being(an: Analysis, g: int, pred: Unit) -> bool:
    """ "Ser gay en Honduras es peligroso", "being trans there is dangerous": the group word
    follows an infinitive of being, so the danger is the one its members run ("ser gay es
    una enfermedad" still names the state itself a fault and is read)."""
    if g == 0 or pred.text not in _RISKY:
        return False
    prev = an.units[g - 1]
    return prev.sentence == an.units[g].sentence and prev.text in ("ser", "siendo", "being")


def _comparative_object(an: Analysis, g: int, pred: Unit) -> bool:
    """Spanish: a group introduced by the object marker "a" and followed at once by "peor" or
    "mejor" ("trata a los migrantes peor que a delincuentes"): the comparison is of how they
    are treated, not of what they are."""
    if an.lang != "es" or pred.text not in ("peor", "mejor", "peores", "mejores"):
        return False
    if pred.index != g + 1 or g == 0:
        return False
    prev = an.units[g - 1]
    return prev.sentence == an.units[g].sentence and prev.text.split()[0] in ("a", "al")


def _as_if(an: Analysis, g: int, p: int) -> bool:
    """'como si fueran una plaga', 'as if they were animals': a counterfactual comparison
    says the group is treated or seen that way, not that it is so."""
    for k in range(g + 1, p):
        t = an.units[k].text
        if t in ("como si", "as if", "as though") or (t == "si" and an.units[k - 1].text == "como"):
            return True
    return False


# "Un buen X es un X deportado", "el único X bueno es el X muerto", "the only good X is a
# dead X", and "un país sin X sería un país limpio", "el mundo sin X estaría mejor": the
# group wished dead, gone or away, in a set phrase rather than with a violent verb.
_GONE_ES = r"(?:muert[oa]|deportad[oa]|encerrad[oa]|enterrad[oa]|fuera)"
_ONLY_GOOD = re.compile(
    r"\b(?:(?:el|la|un|una) (?:unic[oa] )?buen[oa]? (?P<w>\w+(?: \w+){0,2}?)"
    r"|(?:el|la) unic[oa] (?P<w2>\w+(?: \w+){0,2}?) buen[oa])"
    r" (?:es|era) (?:el|la|un|una) (?:(?P=w)|(?P=w2))s? " + _GONE_ES + r"\b"
    # "un X muerto es un X bueno"
    r"|\b(?:un|una) (?P<w4>\w+(?: \w+){0,2}?) " + _GONE_ES + r" (?:es|era) (?:un|una) (?P=w4)"
    r" buen[oa]\b"
    r"|\bthe only good (?P<w3>\w+) (?:is|was) (?:a|the) (?:dead|deported|gone) (?P=w3)\b"
)
_WITHOUT = re.compile(
    r"\b(?:pais|paises|mundo|ciudad|barrio|colonia|mexico|planeta|estado|world|country|city"
    r"|neighbou?rhood) (?:sin|without) (?:los |las |esos |esas |tanto |tantos |tantas |"
    r"any |the )?(?P<w>\w+)\b(?P<rest>[^.!?]{0,40})"
)
_WITHOUT_GOOD = re.compile(
    r"\b(?:seria|estaria|sera|estara|habria|habra|would be|will be|would have)\b[^.!?]{0,25}?"
    r"\b(?:mejor|limpi[oa]|paz|segur[oa]|feliz|tranquil[oa]|better|clean|cleaner|safer|"
    r"peace|happier|paradise|heaven|perfect|great|wonderful|nicer|a better place)\b"
)


# "Wouldn't the world be better without X?", "¿No estaría mejor el mundo sin X?"
_BETTER_WITHOUT = re.compile(
    r"\b(?:would|seria|estaria|sera|estara)\b[^.!?]{0,25}?\b(?:better|mejor|safer|cleaner|"
    r"happier|more peaceful)\b[^.!?]{0,25}?\b(?:pais|paises|mundo|ciudad|barrio|planeta|world"
    r"|country|city|planet|neighbou?rhood) (?:sin|without) (?:los |las |any |the |all )?(?P<w>\w+)"
)
_GONE_CUES = (" sin ", "buen", "without", "good")


def _wished_gone(an: Analysis) -> list[Hit]:
    """A group wished dead or away in a set phrase (see _ONLY_GOOD and _WITHOUT)."""
    text = an.norm.text
    if not any(cue in text for cue in _GONE_CUES):
        return []
    for m in _ONLY_GOOD.finditer(text):
        hit = _gone_hit(an, m.start(), m.end(), "the only good member is a gone one")
        if hit:
            return hit
    for m in _BETTER_WITHOUT.finditer(text):
        first, _ = units_in(an, m.start("w"), m.end("w"))
        if first is not None and an.units[first].code == "G":
            hit = _gone_hit(an, m.start(), m.end(), "a place better without the group")
            if hit:
                return hit
    for m in _WITHOUT.finditer(text):
        if _WITHOUT_GOOD.search(m.group("rest")):
            first, _ = units_in(an, m.start("w"), m.end("w"))
            if first is None or an.units[first].code != "G":
                continue
            hit = _gone_hit(an, m.start(), m.end(), "a place better without the group")
            if hit:
                return hit
    return []


def _gone_hit(an: Analysis, start: int, end: int, what: str) -> list[Hit]:
    first, last = units_in(an, start, end)
    if first is None or not any(an.units[k].code == "G" for k in range(first, last + 1)):
        return []
    if suppressed(an, first, last):
        return []
    return [_hit(an, "hate.derogation", _CLEAR, first, last, what)]


# "That's just what they are", "es lo que son", "it's in their blood", "así son", "every race
# has its role": a fault said to be the group's nature. Held only when the comment also names
# a group and a fault (a negative word, a crime): "it's who they are" after praise passes.
_ESSENTIAL = re.compile(
    r"\b(?:(?:that|this|it)(?:'s| is)|eso es|es)(?: just| simply| exactly| solo| simplemente)?"
    r" (?:what|who|lo que) (?:they are|they do|son|hacen)\b"
    r"|\b(?:in|en) (?:their|su|sus|los|la) (?:nature|blood|genes|dna|naturaleza|sangre|adn)\b"
    r"|\bthey(?:'re| are) all (?:like that|the same)\b|\b(?:todos|todas) son (?:asi|iguales)\b"
    r"|\bson (?:todos|todas) (?:asi|iguales)\b|\basi son(?! las| los| muchas| muchos)\b"
    r"|\b(?:every|each) race has (?:its|their) (?:role|place|purpose|job)\b"
    r"|\bcada raza tiene su (?:papel|lugar|rol|funcion)\b"
    r"|\b(?:es|son|asi es|es parte de) (?:su|de su) (?:naturaleza|condicion|raza)\b(?! humana)"
    r"|\b(?:nacieron|nacen|vienen) asi\b|\bes (?:cosa|algo) de (?:su )?raza\b"
)
# The same first match, found jumping between the characters it can open with.
_ESSENTIAL_SEARCH, _ESSENTIAL_GROUP = skipping(_ESSENTIAL)
_FAULT_CODES = frozenset("XDZV")


def _essentialist(an: Analysis) -> list[Hit]:
    m = _ESSENTIAL_SEARCH.search(an.norm.text)
    start, end = m.span(_ESSENTIAL_GROUP)
    first, last = units_in(an, start, end)
    if first is None or not any(u.code in ("G", "g") and u.has("G") for u in an.units):
        return []
    fault = any(
        u.code in _FAULT_CODES or any(w in _CRIME_NOUNS or w in _CRIME_ACTS for w in u.text.split())
        for u in an.units
    )
    before = an.norm.text[max(0, start - 5) : start].split()
    if not fault or (before and before[-1] in ("not", "no", "nunca", "never")):
        return []  # "it's not in their nature"
    if _subject_after(an, last):
        return []  # "infestar es lo que hacen las cucarachas": said of roaches, not a people
    if suppressed(an, first, last):
        return []
    return [_hit(an, "hate.derogation", 0.7, first, last, "a fault called the group's nature")]


def _subject_after(an: Analysis, last: int) -> bool:
    """Spanish "es lo que hacen/son" followed by its own subject, an article and a noun that
    names no group ("las cucarachas", "las plagas"): the nature said is theirs."""
    units = an.units
    k = last + 1
    if k + 1 >= len(units) or units[k].sentence != units[last].sentence:
        return False
    return units[k].text in ("las", "los", "el", "la") and units[k + 1].code not in ("G", "g")


def _unnamed_dehumanised(an: Analysis) -> list[Hit]:
    """'They're rats, all of them, and they breed like rabbits' with no group named: two
    dehumanising predicates of a bare "they" (or a Spanish plural verb) say who is meant.
    One alone ("The refs? They're animals.") passes; held, never rejected."""
    found: list[int] = []
    for u in an.units:
        if u.code not in ("D", "Z") or u.index == 0:
            continue
        k = u.index - 1
        subject = False
        while k >= 0 and an.units[k].sentence == u.sentence and an.units[k].code in "ACtY":
            w = an.units[k]
            subject = subject or w.code == "t" or (w.code == "C" and w.text in _PLURAL_COPULA)
            k -= 1
        if k >= 0 and an.units[k].sentence == u.sentence and an.units[k].code != "B":
            continue  # another subject or verb before it ("our rabbits breed like rabbits")
        if an.lang == "es" and k == u.index - 1:
            subject = any(w.endswith("n") for w in u.text.split()[:2])  # "se reproducen como"
        if subject and not negated_before(an, u.index):
            found.append(u.index)
    if len(found) < 2 or suppressed(an, found[0], found[-1]):
        return []
    return [_hit(an, "hate.derogation", 0.7, found[0], found[-1], "people called animals")]


# "Los X son los que roban", "X are the ones who sell the drugs", "It's always the X who
# steal", "Son los X los que venden droga": a group named as the doers of a crime.
_CRIME_ACTS = frozenset(
    {"steal", "steals", "stealing", "rob", "robs", "robbing", "mug", "mugs", "mugging",
     "loot", "loots", "looting", "smuggle", "smuggles", "smuggling", "traffic", "trafficking",
     "break into", "breaks into", "burgle", "burgles", "shoplift", "shoplifts", "scam",
     "scams", "roban", "robando", "asaltan", "asaltando", "atracan", "trafican", "traficando",
     "delinquen", "delinquiendo", "estafan", "estafando", "saquean", "saqueando", "secuestran",
     "extorsionan", "violan", "matan", "apunalan"}
)  # fmt: skip
_CRIME_VERBS = frozenset(
    {"commit", "commits", "committing", "sell", "sells", "selling", "deal", "deals", "dealing",
     "push", "pushes", "pushing", "move", "moves", "moving", "bring", "brings", "bringing",
     "cause", "causes", "cometen", "cometiendo", "venden", "vendiendo", "mueven", "moviendo",
     "traen", "trayendo", "causan", "meten", "distribuyen", "fill", "llenan"}
)  # fmt: skip
_CRIME_NOUNS = frozenset(
    {"crime", "crimes", "drugs", "drug", "fentanyl", "meth", "heroin", "cocaine", "robberies",
     "murders", "rapes", "attacks", "terror", "violence", "prisons", "jails", "crimen",
     "crimenes", "delitos", "droga", "drogas", "robos", "asaltos", "asesinatos", "violaciones",
     "atentados", "carceles", "violencia", "delincuencia", "fentanilo", "cocaina", "narco"}
)  # fmt: skip
_DOER_HEADS = frozenset({"ones", "those", "los", "las", "aquellos", "aquellas", "quienes"})
_HABIT = frozenset({"always", "siempre", "mostly", "mainly", "sobre todo", "mas", "most",
                    "the most", "all", "todos", "todas", "just", "solo"})  # fmt: skip
_PASSIVE = frozenset({"get", "gets", "got", "are", "were", "be", "been", "son", "fueron",
                      "han sido", "sufren", "suffer", "sufre"})  # fmt: skip


def _crime_act(an: Analysis, k: int, end: int) -> bool:
    """Unit k opens a crime committed by the clause's subject ("roban", "sell drugs")."""
    u = an.units[k]
    if u.text in _CRIME_ACTS or (u.code == "X" and u.text.split()[0] in _CRIME_VERB_HEADS):
        return True
    if u.code == "V" and not u.text.endswith(("ed", "ados", "adas", "idos", "idas")):
        return True  # "los que violan", "the ones who rape"
    if u.text.split()[0] in _CRIME_VERBS:
        return any(
            w in _CRIME_NOUNS
            for j in range(k, min(end, k + 4))
            for w in an.units[j].text.split()[1 if j == k else 0 :]
        )
    return False


_CRIME_VERB_HEADS = _CRIME_ACTS | _CRIME_VERBS


def _perpetrators(an: Analysis) -> list[Hit]:
    for base, codes in an.sentences:
        end = base + len(codes)
        for g in range(base, end):
            gu = an.units[g]
            if gu.code not in ("G", "g") or not gu.has("G") or not _plural_group(gu):
                continue
            k = g + 1
            cleft = g > base and any(
                an.units[j].code == "C" for j in range(max(base, g - 4), g)
            )  # "It's (always) the X who ...", "Son los X los que ..."
            if not cleft:
                while k < end and an.units[k].code == "A" and an.units[k].text in _HABIT:
                    k += 1
                if k >= end or an.units[k].code != "C":
                    continue
                k += 1
            while k < end and an.units[k].code == "A" and an.units[k].text not in _DOER_HEADS:
                k += 1
            head = an.units[k].text if k < end else ""
            if head in _DOER_HEADS and head != "quienes":
                k += 1
            elif not cleft and head != "quienes":
                continue
            if k >= end or an.units[k].text.split()[-1] not in _RELATIVE_WORDS:
                continue
            k += 1
            while k < end and (an.units[k].code == "A" or an.units[k].text in _HABIT):
                k += 1
            if k >= end or an.units[k - 1].text in _PASSIVE:
                continue
            if any(an.units[j].code == "N" for j in range(g, k + 1)):
                continue  # "X are not the ones who steal"
            if _crime_act(an, k, end) and not suppressed(an, g, k):
                return [_hit(an, "hate.derogation", 0.8, g, k, "a group named as the culprits")]
    return []


# "Muslims who live in Dearborn are terrorists", "the gay teachers at that school are
# groomers": a neutral clause between the group and its predicate still speaks of the group.
# A clause that names a wrong ("Mexicans who join the cartels") picks out wrongdoers instead.
_PERSON_NOUNS = frozenset(
    {"activists", "teachers", "families", "kids", "children", "students", "workers", "men",
     "women", "neighbors", "neighbours", "parents", "voters", "doctors", "nurses", "guys",
     "folks", "people", "youth", "teens", "teenagers", "boys", "girls", "couples", "employees",
     "coworkers", "tenants", "residents", "communities", "priests", "imams", "rabbis",
     "pastors", "leaders", "moms", "dads", "mothers", "fathers", "athletes", "drivers",
     "bosses", "managers", "pilots", "players", "coaches", "colleagues", "soldiers", "lawyers",
     "surgeons", "scientists", "engineers", "writers", "actors", "actresses", "comedians",
     "gamers", "customers", "tourists", "referees", "refs"}
)  # fmt: skip
# (office-holders are left out: "Mexican politicians are corrupt" is opinion on officials)
_CLAUSE_OPENERS = frozenset(
    {"who", "that", "in", "at", "from", "on", "around", "near", "across", "with", "living",
     "coming", "crossing", "pushing", "working", "moving", "arriving", "running"}
)  # fmt: skip
_WRONG_STEMS = (
    "cartel", "gang", "crim", "drug", "smuggl", "traffick", "kill", "murder", "rob", "steal",
    "rap", "attack", "terror", "bomb", "abus", "assault", "shoot", "stab", "molest", "loot",
    "scam", "fraud", "illegal", "break", "broke", "violen", "weapon", "gun", "harass", "extort",
)  # fmt: skip
_AFTER_CLAUSE = re.compile(rf"^G(?:[CMF]{_F})?(?:C{_F})?(?P<p>[XDZ])|^G[AY]*C[AY]*(?P<p2>[wSY])")


def _past_the_clause(an: Analysis) -> list[Hit]:
    """A generalisation said of a group past a neutral clause ("X who live in Dearborn are
    ...") or of its members in a role ("female drivers are a menace")."""
    for g, c, codes_after in _group_past_clause(an):
        m = _AFTER_CLAUSE.match("G" + codes_after)
        if m is None:
            continue
        p = c + (m.start("p") if m.group("p") else m.start("p2")) - 1
        pred = an.units[p]
        if m.group("p2") and not (pred.has("INS") or pred.has("S") or pred.has("PROF")):
            continue
        if (pred.code == "X" and _attributive(an, pred)) or suppressed(an, g, p):
            continue
        if topic_of_speech(an, g):
            continue  # "the way the sheriff talks about X in press conferences is gross"
        if _nuisance_about_a_matter(an, g, pred):
            continue  # "my Mexican coworkers are a pain in the ass about the thermostat"
        if _wanted_there_by_others(an, g, pred):
            continue  # "quieren a los X en la cocina, pero no en el ayuntamiento"
        if an.units[g].quoted and _act_or_words_subject(an, g, p):
            continue  # 'Using "illegals" in every headline is lazy': the word is mentioned
        return [_hit(an, "hate.derogation", 0.8, g, p, "a generalisation past a clause")]
    return []


# Verbs of speech whose topic a group can be ("talks about X", "habla de los X"): what is said
# after the group's clause is said of the speech, not of the group.
_SPEECH_TOPIC_VERBS = frozenset(
    {"talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "speaking", "said",
     "says", "say", "wrote", "writes", "joked", "jokes", "preached", "preaches", "ranted",
     "rants", "posted", "tweeted", "habla", "hablo", "hablan", "hablaba", "hablaban",
     "hablando", "dijo", "dice", "dicen", "dijeron", "escribio", "escribe", "predica",
     "predico", "bromeo", "bromea", "se refiere", "se refirio", "opina", "opino"}
)  # fmt: skip
_TOPIC_PREPS = frozenset({"about", "of", "on", "de", "sobre", "acerca de", "a", "contra",
                          "against"})  # fmt: skip


def topic_of_speech(an: Analysis, g: int) -> bool:
    """The group is the object of "about"/"de" after a verb of speech, whose subject is not
    the writer ("the way he talks about X", "lo que dijo de los X")."""
    units = an.units
    k = g - 1
    while k >= 0 and units[k].code == "A" and units[k].text not in _TOPIC_PREPS:
        k -= 1
    if k < 1 or units[k].sentence != units[g].sentence or units[k].text not in _TOPIC_PREPS:
        return False
    v = units[k - 1]
    if v.sentence != units[g].sentence:
        return False
    words = v.text.split()
    if v.code == "r" and words[0] not in ("i", "we", "yo"):
        return True
    if words[-1] not in _SPEECH_TOPIC_VERBS and v.text not in _SPEECH_TOPIC_VERBS:
        return False
    return k < 2 or units[k - 2].code != "I"


def _group_past_clause(an: Analysis):
    """(group, first unit after its clause, codes from there) for a group, or a group
    adjective on a person noun ("gay teachers"), followed by a clause that names no wrong
    ("who live in Dearborn", "who speak up") or directly by its verb ("female drivers are")."""
    for base, codes in an.sentences:
        end = base + len(codes)
        for g in range(base, end - 2):
            gu = an.units[g]
            if gu.code not in ("G", "g") or not gu.has("G"):
                continue
            k = g + 1
            role = an.units[k].text in _PERSON_NOUNS
            if role:
                k += 1  # "gay teachers", "Muslim families"
            elif gu.code == "g" and not _plural_group(gu):
                continue  # "Mexican cartels": the adjective is on a noun of another kind
            if role and k < end and an.units[k].code in ("C", "M", "Z"):
                yield g, k, codes[k - base :]  # "female drivers are ...": no clause
                continue
            if k >= end or an.units[k].text not in _CLAUSE_OPENERS:
                continue
            c = k + 1
            while c < end and c - k <= 10 and an.units[c].code in ("w", "A", "P", "g"):
                c += 1
            if c >= end or c - k > 10 or an.units[c].code not in ("C", "M", "Z"):
                continue
            if (
                c == k + 1
                and an.units[k].text in _RELATIVE_WORDS
                and any(an.units[j].text in _CONTRAST for j in range(c + 1, min(end, c + 4)))
            ):
                continue  # "X who were rude, but most are kind": the clause picked some out
            clause = an.units[k:c]
            if any(w.startswith(_WRONG_STEMS) for x in clause for w in x.text.split()):
                continue
            yield g, c, codes[c - base :]


# Harm to a group's members for something harmless they do ("women who speak up should be
# slapped"): bodily harm only; jail, fines and deportation for an act are a policy debate.
_PAST_CLAUSE_HARM = re.compile(rf"^M{_F}(?:C{_F})?(?P<v>V)")
_SANCTION_STEMS = (
    "jail", "lock", "imprison", "arrest", "prosecut", "fine", "punish", "charg", "deport",
    "ban", "expel", "sent", "send", "kick", "throw out", "thrown out", "detain", "sue", "fire",
    "sack", "remov", "stopp", "report", "investigat", "held", "hold",
)  # fmt: skip


_ANY_MEMBER = frozenset(
    {"any", "any of", "any of the", "every", "each", "anyone of", "cualquier", "cualquiera",
     "cualquiera de", "todo", "toda", "cada"}
)  # fmt: skip
_FIRST_FUTURE_ES = ("are", "ere", "ire", "aria", "eria", "iria")


def _threat_on_members(an: Analysis) -> list[Hit]:
    """The writer's harm to any member of a group who does something harmless ("I'll kill any
    of the X who comes near me", "mataré a cualquiera de esos X que se acerque"): the clause
    picks out no wrongdoer, so every member is threatened. Held."""
    units = an.units
    for base, codes in an.sentences:
        end = base + len(codes)
        for k in range(base, end):
            u = units[k]
            if u.code != "V":
                continue
            prev = units[k - 1] if k > base else None
            if prev is not None and prev.code == "F" and _writer_future(an, prev.index):
                first = prev.index
            elif an.lang == "es" and u.text.split()[0].endswith(_FIRST_FUTURE_ES):
                first = k
            else:
                continue
            j, anyone = k + 1, False
            while j < end and units[j].code == "A":
                anyone = anyone or units[j].text in _ANY_MEMBER
                j += 1
            if not anyone or j + 1 >= end or units[j].code not in ("G", "g"):
                continue
            if not units[j].has("G") or units[j + 1].text not in _RELATIVE_WORDS:
                continue
            clause = units[j + 2 : min(end, j + 10)]
            if any(w.startswith(_WRONG_STEMS) for x in clause for w in x.text.split()):
                continue  # "any of the X who attack my family": a wrongdoer
            if suppressed(an, first, j):
                continue
            return [_hit(an, "hate.violence", 0.8, first, j, "harm to any member of a group")]
    return []


# What a member picked out only by a harmless act is promised: "any X who walks in here is
# getting shot", "cualquier X que pise mi barrio se lleva un tiro", "al primer X que vea le
# meto un tiro".
_MEMBER_HARM = re.compile(
    r"\b(?:will|'ll|is gonna|is going to|is getting|gonna) "
    r"(?:get |be )?(?:shot|stabbed|lynched|hanged|hung|killed|beaten|a beating|"
    r"a bullet|(?:his|her|their) (?:ass|head) (?:kicked|beaten in|blown off))\b"
    r"|\b(?:se (?:lleva|va a llevar|gana|va a ganar)|recibe|va a recibir|(?:le|les) (?:meto|pego|"
    r"doy|voy a meter|voy a pegar|voy a dar|vamos a meter|vamos a dar)) (?:un |una |unos |dos )?"
    r"(?:tiro|tiros|balazo|balazos|bala|plomazo|paliza|golpiza|madriza|punalada|machetazo)\b"
    r"|\b(?:lo|la|los|las) (?:mato|matamos|voy a matar|vamos a matar|quemo|cuelgo)\b"
)
_FIRST_MEMBER = frozenset({"al primer", "el primer", "the first", "al proximo", "el proximo",
                           "the next", "next"})  # fmt: skip


def _member_promised_harm(an: Analysis) -> list[Hit]:
    """Harm promised to any member of a group who does something harmless: the clause picks
    out no wrongdoer ("who attacks my family" does), so every member is threatened. Held."""
    units = an.units
    for base, codes in an.sentences:
        end = base + len(codes)
        for j in range(base + 1, end - 2):
            if not units[j].has("G") or units[j + 1].text not in _RELATIVE_WORDS:
                continue
            k, anyone = j - 1, False
            while k >= base and units[k].code == "A":
                anyone = anyone or units[k].text in _ANY_MEMBER or units[k].text in _FIRST_MEMBER
                k -= 1
            if not anyone:
                continue
            tail_at = units[j + 1].end
            harm = _MEMBER_HARM.search(an.norm.text[tail_at : units[end - 1].end])
            if harm is None:
                continue
            clause = [x for x in units[j + 2 : end] if x.start < tail_at + harm.start()]
            if any(w.startswith(_WRONG_STEMS) for x in clause for w in x.text.split()):
                continue  # "any X who attacks my family": a wrongdoer
            if suppressed(an, base, end - 1):
                continue
            return [_hit(an, "hate.violence", 0.8, base, end - 1, "harm to any member of a group")]
    return []


_EVERY_ONE = _ANY_MEMBER | _FIRST_MEMBER | {"todos", "todas", "a todos", "a todas", "all"}


def _group_threatened(an: Analysis, sub: Submission) -> list[Hit]:
    """A threat the troll rules read ("le voy a romper la cara al próximo X que vea") whose
    target is a protected group, named after the threat begins in its sentence as a plural or
    as any member: it attacks people for who they are, so it is hate as well."""
    found = [h for h in troll_threat(an, sub) if h.rule == "troll.threat"]
    if not found:
        return []
    start = found[0].evidence[0][0]
    units = an.units
    first = next((u.index for u in units if an.span(u.index, u.index)[1] > start), None)
    if first is None:
        return []
    sentence = units[first].sentence
    for u in units[first:]:
        if u.sentence != sentence:
            break
        if u.code not in ("G", "g") or not u.has("G"):
            continue
        before = units[u.index - 1] if u.index > 0 else None
        every = before is not None and (before.text in _EVERY_ONE or before.text == "next")
        if not (_plural_group(u) or every) or acted_on_by_others(units, u.index, an.norm.text):
            continue
        if any(x.text in _RELATIVE_WORDS for x in units[first : u.index]):
            break  # "al tipo que golpeó a los X": the group is the victim of the one threatened
        if suppressed(an, first, u.index):
            continue
        return [_hit(an, "hate.violence", _CLEAR, first, u.index, "a threat against a group")]
    return []


def _harm_past_the_clause(an: Analysis) -> list[Hit]:
    for g, c, codes_after in _group_past_clause(an):
        m = _PAST_CLAUSE_HARM.match(codes_after)
        if m is None:
            continue
        v = c + m.start("v")
        if an.units[v].text.startswith(_SANCTION_STEMS) or suppressed(an, g, v):
            continue
        return [_hit(an, "hate.violence", 0.8, g, v, "harm to a group's members for an act")]
    return []


# "these people" and "its people" are a nation or an ethnicity when the comment says where they
# come from ("they come from a culture of ...", "where they came from", "people from Haiti",
# "Haiti and its people"); after politicians or a team they are not a protected group.
_ORIGIN = re.compile(
    r"\b(?:comes?|came|coming) (?:over |here )?from (?:a |the |those |these )?(?:culture|"
    r"countr|place|third world|shithole|backward|jungle|desert|villages?)"
    r"|\bwhere (?:they|these people|those people) (?:came|come|are|were|'re) from\b"
    r"|\bthird[- ]world\b|\btheir (?:culture|countr(?:y|ies)|race|tribes?)\b"
)
_PLACE_PEOPLE = frozenset({"these people", "those people"})
_NEG_QUALITY = re.compile(rf"^G{_F}(?:[CMF]{_F}){{0,2}}(?:N{_F})+(?:[CMF]{_F}){{0,2}}(?P<p>P)")


# Capitalised, but not places: "these people from Congress" are politicians.
_INSTITUTIONS = frozenset(
    {"congress", "senate", "the senate", "house", "the house", "morena", "pan", "pri", "gop",
     "fox", "cnn", "msnbc", "ice", "cbp", "fbi", "dea", "atf", "hollywood", "washington",
     "the white house", "white house", "wall street", "google", "facebook", "twitter", "x",
     "the left", "the right", "antifa", "maga", "the government", "government", "city hall"}
)  # fmt: skip


def _origin_people(an: Analysis) -> frozenset[int]:
    """Units that stand for the people of a place: "these people" when the comment names an
    origin, "people from <Place>", "<Place> ... its people"."""
    cue = _ORIGIN.search(an.norm.text) is not None
    found = set()
    for u in an.units:
        k = u.index
        nxt = an.units[k + 1] if k + 1 < len(an.units) else None
        prev = an.units[k - 1] if k else None
        place_from = (
            nxt is not None and nxt.text == "from" and k + 2 < len(an.units)
            and an.capitalised(k + 2)
            and an.units[k + 2].text not in _INSTITUTIONS
        )  # fmt: skip
        its_people = (
            u.text == "people"
            and prev is not None
            and prev.text in ("its", "their")
            and any(
                an.capitalised(x.index) and x.text != "i"
                for x in an.units[:k]
                if x.sentence == u.sentence
            )
        )
        if (u.text in _PLACE_PEOPLE and (cue or place_from)) or its_people:
            found.add(k)
    return frozenset(found)


def _people_of_a_place(an: Analysis) -> list[Hit]:
    """A derogation or a denied quality said of the people of a place (held)."""
    people = _origin_people(an)
    for k in sorted(people):
        base = next(b for b, c in an.sentences if b <= k < b + len(c))
        codes = an.sentences[[b for b, _ in an.sentences].index(base)][1]
        rest = "G" + codes[k - base + 1 :]
        m = _AFTER_CLAUSE.match(rest)
        neg = None if m else _NEG_QUALITY.match(rest)
        if m is not None:
            p = k + (m.start("p") if m.group("p") else m.start("p2")) - 1
            pred = an.units[p]
            if m.group("p2") and not (pred.has("INS") or pred.has("S") or pred.has("PROF")):
                continue
            if pred.code == "X" and _attributive(an, pred):
                continue
        elif neg is not None:
            p = k + neg.start("p") - 1
        else:
            continue
        if not suppressed(an, k, p, allow_negation=neg is not None):
            return [_hit(an, "hate.derogation", 0.75, k, p, "about the people of a place")]
    return _verbless_essence(an, people) if people else []


# "Haitians, Venezuelans, same thing. Thieves by nature.": a verbless sentence of a
# derogatory noun said to be in a people's nature, after a sentence naming the group.
_VERBLESS = re.compile(r"^[AY]*(?P<p>[XD])")
_ESSENCE = re.compile(
    r"\b(by nature|in (the|their) (blood|genes|dna)|to the core|through and through|by birth|"
    r"por naturaleza|en la sangre|de nacimiento|en (los|sus) genes|hasta la medula)\b"
)


# "Venezuelans? Criminals, every one.", "Thieves, every last one of them.": the noun is said of
# each member of the group named in the sentence before.
_EVERY_MEMBER = re.compile(
    r"\b(every (last |single )?one|each and every one|all of them|the lot of them|to a man|"
    r"without exception|each one of them|all of em|every last of them|todos ellos|todas ellas|"
    r"cada uno de ellos|cada una de ellas|sin excepcion|todos y cada uno|todas y cada una|"
    r"todos sin excepcion|a cual mas)\b|,\s*(?:todos|todas|all)\W*$"
)
# "What a waste of space.", "Menuda pérdida de espacio.", "Such animals.": an exclamation
# said of the group named in the sentence before.
_EXCLAIM = frozenset({"what", "what a", "such", "such a", "menuda", "menudo", "menudos",
                      "menudas", "vaya", "que", "que panda de", "vaya panda de"})  # fmt: skip


def _verbless_essence(an: Analysis, extra: frozenset[int] = frozenset()) -> list[Hit]:
    for base, codes in an.sentences[1:]:
        m = _VERBLESS.match(codes)
        if m is None or not any(u.code == "G" or u.index in extra for u in an.units[:base]):
            continue
        last = base + len(codes) - 1
        sentence = an.norm.text[an.units[base].start : an.units[last].end]
        every = _EVERY_MEMBER.search(sentence) is not None and _named_just_before(an, base, extra)
        if (every or _ESSENCE.search(sentence)) and not suppressed(an, base, last):
            return [_hit(an, "hate.derogation", 0.8, base, last, "about the group's nature")]
    for base, codes in an.sentences[1:]:
        head = an.units[base]
        last = base + len(codes) - 1
        if (
            _people_called(an, base, codes)
            and _named_just_before(an, base, extra)
            and not suppressed(an, base, last)
        ):  # "Disgusting creatures."
            return [_hit(an, "hate.derogation", 0.8, base, last, "an exclamation about the group")]
        if head.text not in _EXCLAIM or not re.match(r"^w?[AY]*[XD]$", codes):
            continue  # "What a bunch of animals.": nothing after the insult
        if _named_just_before(an, base, extra) and not suppressed(an, base, base + len(codes) - 1):
            return [_hit(an, "hate.derogation", 0.8, base, base + len(codes) - 1,
                         "an exclamation about the group")]  # fmt: skip
    return []


# Nouns for people that a bare exclamation calls the group: "Disgusting creatures.",
# "Criaturas repugnantes.", "Gente asquerosa."
_PEOPLE_CALLED = frozenset(
    {"creatures", "people", "beings", "folk", "folks", "things", "lot", "bunch", "criaturas",
     "gente", "seres", "tipos", "gentuza", "sujetos", "individuos", "especimenes"}
)  # fmt: skip


def _people_called(an: Analysis, base: int, codes: str) -> bool:
    """A sentence of only a noun for people and a negative word ("Disgusting creatures.",
    "Criaturas repugnantes.", "Such vile people.")."""
    core = codes.lstrip("A")
    if core not in ("Xw", "wX"):
        return False
    noun = an.units[base + len(codes) - len(core) + core.index("w")]
    return noun.text in _PEOPLE_CALLED


def _named_just_before(an: Analysis, base: int, extra: frozenset[int]) -> bool:
    """The sentence before names the group, and no other plural noun after it ("Mexicans vote
    for senators. Crooks, every one." is about the senators), nor a negation in this one."""
    prev = an.units[base - 1].sentence
    units = [u for u in an.units[:base] if u.sentence == prev]
    k = max((i for i, u in enumerate(units) if u.code == "G" or u.index in extra), default=None)
    if k is None or any(u.code == "N" for u in an.units[base:] if u.sentence == prev + 1):
        return False
    return not any(
        u.code in ("w", "X") and u.text.endswith("s") and not u.text.endswith("ss")
        and not an.capitalised(u.index)
        for u in units[k + 1 :]
    )  # fmt: skip


def _rhetorical(an: Analysis) -> list[Hit]:
    """Questions that only make sense as contempt: "What use are X?", "Why don't X just go
    away?", "Are X even human?". Held, not rejected: a person reads the tone."""
    for base, codes in an.sentences:
        if not is_question(an, base) or "G" not in codes:
            continue
        end = base + len(codes)
        units = an.units[base:end]
        g = next(k for k in range(base, end) if an.units[k].code == "G")
        cue = None
        if any(u.has("rq") for u in units[: g - base]):
            if _others_treat(an, base, g):
                continue  # "Why do we let landlords treat X like this?": the group defended
            if _who_would_goes_on(an, base, g, end):
                continue  # "Who would hire a X for less pay than a man?": the terms asked about
            cue = "a question of what the group is for"  # "What use are X?", "Who needs X?"
        elif not _plural_group(an.units[g]) and not _generic_one(an, g):
            continue
        elif _why_rights(an, base, g, end):
            cue = "a question denying the group a right"  # "Why are X allowed to vote?"
        elif units[0].text == "why":
            # "Why don't X just go away?", "Why do X even exist?": a wish dressed as a question
            pushed = any(u.code == "N" or u.text in _RQ_PUSH for u in units[1:])
            after = " " + " ".join(u.text for u in an.units[g + 1 : end]) + " "
            if pushed and (
                any(u.code == "K" for u in an.units[g + 1 : end])
                or any(f" {w} " in after for w in _RQ_GONE)
            ):
                cue = "a question wishing the group gone"
        if cue is None:
            for k in range(g + 1, end - 1):
                pred = an.units[k + 1]
                if pred.code == "P" and (
                    an.units[k].text == "still"
                    or (an.units[k].text in _EVEN and pred.text not in _EXCLUSION_WORDS)
                ):  # "Are X even allowed to vote here?" may be a real question
                    cue = "a question denying the group a quality"  # "Are X even human?"
                    break
        if cue is not None and not suppressed(an, base, end - 1):
            return [_hit(an, "hate.derogation", 0.8, base, end - 1, cue)]
    return []


# Verbs of treating people (base forms after "let"/"allow"): what another party does to them.
_TREAT = frozenset(
    {"treat", "exploit", "abuse", "mistreat", "harass", "attack", "bully", "cheat", "rob",
     "underpay", "insult", "mock", "threaten", "target", "scapegoat", "demonize", "demonise",
     "blame", "use", "evict", "overcharge", "beat", "hurt", "discriminate", "profile", "push",
     "talk", "speak", "lie", "prey", "squeeze", "gouge", "rip", "scam", "shame", "humiliate"}
)  # fmt: skip


def _others_treat(an: Analysis, base: int, g: int) -> bool:
    """A tolerating question ("why do we let ...") whose object is another party doing
    something to the group ("... landlords treat X like this?"): the question asks why their
    conduct is allowed, it does not ask what the group is for. An actor word must stand
    between the cue and the verb."""
    cue = next(k for k in range(base, g) if an.units[k].has("rq"))
    between = an.units[cue + 1 : g]
    if not between or between[0].code == "G":
        return False  # "why do we let X treat us ...": the group is the one acting
    return any(u.text.split()[0] in _TREAT for u in between[1:])


_AFTER_WHO_WOULD = frozenset(
    {"anyway", "anymore", "these days", "nowadays", "seriously", "really", "today", "now",
     "de todos modos", "hoy en dia", "en serio", "hoy", "ahora", "ya"}
)  # fmt: skip


def _who_would_goes_on(an: Analysis, base: int, g: int, end: int) -> bool:
    """ "Who would (ever) hire / trust a X?" says nobody would only when the group closes the
    question; words after it ("... for less pay", "... sin papeles si la ley lo prohíbe") make
    the terms of the deal what is asked about."""
    cue = next(u for u in an.units[base:g] if u.has("rq"))
    if not cue.text.startswith(("who ", "quien ")):
        return False
    return any(
        u.code not in ("A", "G") and u.text not in _AFTER_WHO_WOULD for u in an.units[g + 1 : end]
    )


_GENERIC_ONE = frozenset({"un", "una", "cualquier", "todo", "toda", "a", "an", "any", "every"})


def _generic_one(an: Analysis, g: int) -> bool:
    """'un X', 'cualquier X', 'any X': one member standing for the group."""
    return g > 0 and an.units[g - 1].text in _GENERIC_ONE


_EVEN = frozenset({"even", "siquiera", "acaso"})
# What a right is for: a group asked why it may live, vote or have rights at all.
_LIFE_VERBS = frozenset(
    {"exist", "live", "vote", "breathe", "breed", "marry", "adopt", "work", "teach", "be here",
     "stay", "have children", "have kids", "existir", "existan", "vivir", "vivan", "votar",
     "voten", "respirar", "casarse", "se casen", "adoptar", "adopten", "trabajar", "trabajen",
     "tener hijos", "tengan hijos", "estar aqui", "esten aqui", "reproducirse", "se reproduzcan"}
)  # fmt: skip


def _why_rights(an: Analysis, base: int, g: int, end: int) -> bool:
    """ "Why are X allowed to exist?", "Why should X have any rights?", "¿Por qué deberían
    los X tener derechos?": the question asks why the group may have what everyone has."""
    if an.units[base].text not in _WHY and not _why_es(an, base):
        return False
    if any(an.units[k].code == "N" for k in range(base, end)):
        return False  # "Why aren't X allowed to vote?" asks about an injustice
    rest = [u for u in an.units[g + 1 : end]]
    if rest and rest[0].text in _RIGHTS and _modal_between(an, base, g + 1):
        return len(rest) <= 3  # "Why should X have (any) rights?"
    for j, u in enumerate(rest[:-1]):
        if u.text in ("allowed", "allowed to", "permitted", "permitted to"):
            words = " ".join(x.text for x in rest[j + 1 : j + 4]).removeprefix("to ")
            return any(words == v or words.startswith(v + " ") for v in _LIFE_VERBS) and (
                len(rest) - j <= 4
            )
    return False


_RQ_PUSH = frozenset({"just", "even", "all", "simply"})
_RQ_GONE = frozenset({"exist", "go away", "leave", "disappear", "vanish", "die", "go home"})
_SUBJECTLESS = re.compile(rf"^[AB]*(?P<c>C){_F}(?P<p>[XDZ])")
_PLURAL_COPULA = frozenset(
    {
        "son",
        "eran",
        "seran",
        "serian",
        "fueron",
        "son unos",
        "son unas",
        "son todos",
        "son todas",
        "are",
        "were",
        "are all",
        "are just",
        "are nothing but",
        "son solo",
        "no son mas que",
        "siguen siendo",
    }
)


def _group_before(an: Analysis) -> bool:
    return "G" in an.codes  # one code letter per unit


def _last_group_acted_on(an: Analysis, base: int) -> bool:
    """The last group named before unit `base` was the object of another party's act."""
    g = an.codes.rfind("G", 0, base)
    return g >= 0 and acted_on_by_others(an.units, g)


_EQUAL = frozenset({"equal", "equals", "igual", "iguales"})
_IN_RESPECT = frozenset(
    {"in", "under", "before", "at", "when it comes to", "in terms of", "en", "ante", "bajo",
     "en cuanto a", "en materia de", "frente a"}
)  # fmt: skip
# What a group receives from others: pay, the law, rights, access (not ability or worth).
_RECEIVED = frozenset(
    {"pay", "wages", "wage", "salary", "salaries", "income", "pensions", "pension", "wealth",
     "law", "laws", "eyes of the law", "rights", "treatment", "access", "opportunity",
     "opportunities", "representation", "hiring", "housing", "healthcare", "health care",
     "sentencing", "benefits", "protection", "protections", "court", "courts", "workplace",
     "salario", "salarios", "sueldo", "sueldos", "pago", "ingresos", "pensiones", "ley",
     "leyes", "derechos", "trato", "acceso", "oportunidades", "representacion", "vivienda",
     "salud", "justicia", "tribunales", "trabajo", "prestaciones"}
)  # fmt: skip


def _equal_in_treatment(an: Analysis, p: int) -> bool:
    """ "X are not equal in pay / under the law", "no son iguales ante la ley": equality
    denied in respect of what a group receives states unequal treatment, no lesser worth
    ("X are not equal", "... equal to men", "... in intelligence" still deny it)."""
    if an.units[p].text not in _EQUAL:
        return False
    sentence = an.units[p].sentence
    rest = [u for u in an.units[p + 1 : p + 6] if u.sentence == sentence]
    if not rest or rest[0].text not in _IN_RESPECT:
        return False
    return any(u.text in _RECEIVED for u in rest[1:4] if u.code != "A")


# "Las X son menos capaces (que ...)": a group called lesser in a good quality, the Spanish of
# "X are less capable" (where "less" reads as a negation). Not "no son menos capaces".
_LESS_POS = re.compile(rf"(?P<g>G){_F}(?:[CMF]{_F}){{1,2}}(?P<n>w)(?P<p>P)")
_LESS = frozenset({"menos"})


def _less_than_others(an: Analysis) -> list[Hit]:
    hits: list[Hit] = []
    for first, last, idx, _m in _scan(an, _LESS_POS, ("g", "n", "p")):
        if an.units[idx["n"]].text not in _LESS:
            continue
        if counter_speech(an, first, last) or negated_before(an, first):
            continue
        if _not_the_group(an, idx["g"]) or _yes_to_negation(an, first):
            continue
        pred = an.units[idx["p"]]
        if pred.text in _RIGHTS or pred.text in _WELLBEING or _equal_in_treatment(an, idx["p"]):
            continue  # "los X son menos libres aquí": what they suffer or receive
        if any(an.units[k].text in _PAST_COPULAS for k in range(first, idx["p"])):
            continue
        _finish(an, hits, "hate.negated_positive", 0.8, first, last,
                f"calls a protected group less {pred.text!r}")  # fmt: skip
        break
    return hits


def _cleared_of(an: Analysis, k: int) -> bool:
    """The unit after `k` is "for"/"de"/"por" in the same sentence: what the group is not
    responsible for follows."""
    nxt = next_in_sentence(an, an.units[k])
    return nxt is not None and nxt.text in _ANSWERABLE_FOR


@rule("hate.negated_positive", Category.HATE)
def negated_positive(an: Analysis, sub: Submission) -> list[Hit]:
    """'X are not human / not welcome / never any good': denial of worth or belonging."""
    hits: list[Hit] = []
    if "G" not in an.codes:
        # every shape here needs a named group, or one member before a relative clause
        return _no_good_one(an) if "g" in an.codes and "P" in an.codes else hits
    for first, last, idx, _m in _scan(an, _NEG_POS, ("g", "p"), virtual=True):
        if counter_speech(an, first, last) or negated_before(an, first):
            continue
        if idx["g"] < idx["p"] and _not_the_group(an, idx["g"]):
            continue  # "el futbol mexicano no es bueno"
        pred = an.units[idx["p"]]
        if pred.text in _RIGHTS and not _modal_between(an, first, idx["p"]):
            continue  # "X do not have access to clean water" reports a want, wishes nothing
        if _yes_to_negation(an, first):
            continue  # "¿Acaso los X no son personas?": they are
        if pred.text in _WELLBEING:
            continue  # "X are not safe here": what they suffer
        if pred.text in _ANSWERABLE and _cleared_of(an, idx["p"]):
            continue  # "X are not responsible for the war": cleared of a blame
        if _equal_in_treatment(an, idx["p"]):
            continue  # "X are not equal in pay": how they are treated, not what they are worth
        if any(an.units[k].text in _PAST_COPULAS for k in range(first, idx["p"])):
            continue  # history ("women were never allowed to vote") is not a slur
        score = _CLEAR if pred.text in _EXCLUSION_WORDS or "human" in pred.text else 0.8
        _finish(an, hits, "hate.negated_positive", score, first, last,
                f"denies a protected group {pred.text!r}")  # fmt: skip
    if an.lang == "es" and not hits:
        hits.extend(_less_than_others(an))
    # "I don't think X are intelligent", "No creo que los X sean personas".
    for first, last, idx, _m in _scan(an, _RAISED_POS, ("g", "p")):
        n = neg_raised(an, first)
        if n is None or counter_speech(an, first, last):
            continue
        pred = an.units[idx["p"]]
        score = _CLEAR if pred.text in _EXCLUSION_WORDS or "human" in pred.text else 0.8
        _finish(an, hits, "hate.negated_positive", score, n, last,
                f"denies a protected group {pred.text!r}")  # fmt: skip
    for u in an.units:  # "... y ninguno vale nada": a verdict on every member at once
        if (
            u.code == "Z"
            and u.text.startswith(("ninguno ", "ninguna "))
            and _antecedent_any(an, u.index)
            and not counter_speech(an, u.index, u.index)
        ):
            _finish(an, hits, "hate.negated_positive", 0.8, u.index, u.index,
                    "no member is worth anything")  # fmt: skip
            return hits[:1]
    # "Conozco a muchos X, y ninguno es inteligente": no member, after the group was named.
    for base, codes in an.sentences:
        for m in _NONE_OF_THEM.finditer(codes):
            n = an.units[base + m.start("n")]
            first, last = base + m.start(), base + m.end() - 1
            if (
                n.text in _NONE_WORDS
                and _antecedent_any(an, base + m.start("n"))
                and not counter_speech(an, first, last)
            ):
                _finish(an, hits, "hate.negated_positive", 0.8, first, last, "no member is ...")
                return hits[:1]
    for first, last, idx, _m in _scan(an, _EXCLUDE, ("n", "g", "p")):
        if an.units[idx["p"]].text in _RIGHTS and not _modal_between(an, first, idx["p"]):
            continue
        if any(an.units[k].text in _PAST_COPULAS for k in range(first, idx["p"])):
            continue  # "Not a single X was hired": what happened to them, not a verdict
        if an.units[idx["p"]].text in _WELLBEING:
            continue  # "No X is safe there": what they suffer
        if an.units[idx["n"]].text in _UNIVERSAL_NEG and not counter_speech(an, first, last):
            score = _CLEAR if an.units[idx["p"]].text in _EXCLUSION_WORDS else 0.8
            _finish(an, hits, "hate.negated_positive", score, first, last, "no member is ...")
    if not hits and an.lang == "es":
        hits.extend(_denied_role(an))
    if not hits and "P" in an.codes:
        hits.extend(_no_good_one(an))
    if not hits:
        hits.extend(_denied_ability(an))
    if not hits and "?" in an.norm.text and "P" in an.codes:
        hits.extend(_ever_asked(an))
    return hits[:1]


# "No existe un X inteligente", "Nunca he conocido a una X honrada", "No hay X que sea
# honrado", "I have never met a X who was honest", "You will never find a X who is decent":
# no good member exists, so none of the group is good.
_EXIST_WORDS = frozenset(
    {"existe", "existen", "hay", "he", "conocido", "visto", "conozco", "conoci", "vi",
     "encontrado", "encontre", "encontraras", "encontraran", "veras", "met", "seen", "known",
     "know", "find", "found", "there is", "there are", "there has been", "there was",
     "there will be", "there has ever been", "exists", "exist", "meet", "see"}
)  # fmt: skip
# Words before the negation: the writer or the generic reader and an auxiliary.
_EXIST_LEADS = frozenset(
    {"i", "you", "we", "yo", "tu", "have", "has", "had", "will", "would", "i have", "i've",
     "we have", "you will", "you'll", "ever", "simply", "just", "sencillamente", "simplemente"}
)  # fmt: skip
# One member standing for any: "a", "a single", "ningún" before the group.
_ONE_MEMBER = frozenset(
    {"a", "an", "any", "single", "a single", "one", "one single", "un", "una", "ningun",
     "ninguna", "solo", "sola", "un solo", "una sola", "hay", "existe", "such thing as a",
     "such thing as an"}
)  # fmt: skip
_WHO_IS = frozenset(
    {"is", "was", "are", "were", "could be", "can be", "would be", "es", "sea", "fuera",
     "fuese", "era", "haya sido", "has been", "had been", "sera"}
)  # fmt: skip


def _no_good_one(an: Analysis) -> list[Hit]:
    for base, codes in an.sentences:
        if "P" not in codes or not ("G" in codes or "g" in codes) or is_question(an, base):
            continue
        run = an.units[base : base + len(codes)]
        n = next((k for k, u in enumerate(run) if u.code == "N"), None)
        if (
            n is None
            or n > 3
            or not all(
                u.code in ("A", "B", "I", "U", "F") or u.text in _EXIST_LEADS for u in run[:n]
            )
        ):
            continue
        g = next((k for k, u in enumerate(run) if k > n and u.code in ("G", "g")), None)
        if g is None or g - n > 6 or not run[g].has("G"):
            continue
        between = run[n + 1 : g]
        if not any(w in _EXIST_WORDS for u in between for w in (u.text, u.text.split()[-1])):
            continue
        if any(u.code not in ("w", "A", "I", "U", "O", "Q", "F", "C", "N") for u in between):
            continue
        if run[g - 1].text not in _ONE_MEMBER and run[g - 1].code != "N":
            continue  # "I have never seen the Muslims so happy": not one member for all
        k = g + 1
        if k < len(run) and run[k].text in _WHO:
            if k + 1 >= len(run) or run[k + 1].text not in _WHO_IS:
                continue  # "... who was kind to me": an act of one, not a quality
            k += 2
        while k < len(run) and run[k].code in ("A", "Y"):
            k += 1
        if k >= len(run) or run[k].code != "P" or run[k].text in _WELLBEING:
            continue
        if any(u.code not in ("P", "A") for u in run[k + 1 :]):
            continue  # the quality must close the sentence: "... who is good at chess"
        first, last = base, base + len(codes) - 1
        if counter_speech(an, first, last):
            continue
        return [_hit(an, "hate.negated_positive", 0.8, first, last, "no good member exists")]
    return []


# Rights and access (hate_terms.tsv): denied to a group only as a wish, after a modal.
_RIGHTS = frozenset(
    {"tener derecho a", "tener derechos", "tener ningun derecho", "tener acceso a",
     "tener acceso", "have rights", "have any rights", "have the right to", "have access to"}
)  # fmt: skip


def _modal_between(an: Analysis, first: int, p: int) -> bool:
    return any(an.units[k].code == "M" for k in range(first, p))


# "Las X no deberían ser juezas", "no deberían ni opinar", "no sirven para ser maestras": a
# group denied an office, a profession or a civic act. The clause must end there or go on
# only with the office's place ("de la Suprema Corte", "en el gobierno"), so that "no deberían
# trabajar en esas condiciones" (a complaint about conditions) is left alone.
_ROLE_NOUNS = (
    r"juez|juezas?|jueces|maestr[oa]s?|profesor(?:a|as|es)?|medic[oa]s?|doctor(?:a|as|es)?|"
    r"policias?|soldados?|militares|politic[oa]s?|diputad[oa]s?|senador(?:a|as|es)?|"
    r"president(?:e|a|es|as)|alcald(?:e|esa|es|esas)|gobernador(?:a|as|es)?|jef(?:e|a|es|as)|"
    r"lider(?:es)?|pilotos?|ingenier[oa]s?|abogad[oa]s?|ministr[oa]s?|funcionari[oa]s?|"
    r"sacerdotes?|pastor(?:a|as|es)?|ciudadan[oa]s?|directiv[oa]s?|gerentes?|candidat[oa]s?|"
    r"magistrad[oa]s?|enfermer[oa]s?|cientific[oa]s?|periodistas?|padres|madres|empresari[oa]s?"
)
_CIVIC_VERBS = (
    r"votar|opinar|gobernar|mandar|manejar|conducir|estudiar|ensenar|dar clases|heredar|"
    r"postularse|competir|ejercer|dirigir|legislar|adoptar|casarse|hablar|decidir|tener voz|"
    r"tener voto|ocupar cargos|ocupar puestos|tener cargos|tener puestos|ser parte de"
)
_ROLE_DENIAL = re.compile(
    r"(?:\s*(?:[,;]|y|pues|por eso|asi que)?\s*)(?:(?:todos|todas|simplemente|pues)\s+)?"
    r"(?:no|nunca|jamas)\s+(?:deberian|deben|debieran|deberian poder|"
    r"tendrian que poder|sirven para|merecen)"
    r"(?:\s+(?:ni|nunca|jamas))?\s+"
    rf"(?:ser\s+(?:(?:unas?|unos|buen[oa]s?)\s+)?(?:{_ROLE_NOUNS})|(?:{_CIVIC_VERBS}))\b"
    r"(?P<rest>[^,;.!?]*)"
)
_ROLE_PLACE = re.compile(
    r"^(?:\s+(?:de|del|en|a|al|la|el|los|las|un|una|ni|nunca|jamas|tampoco|ya|aqui|nada|"
    r"publicos?|publicas?|politica|gobierno|pais|cargos?|puestos?|elecciones|escuelas?|"
    r"universidad(?:es)?|empresas?|hijos|ninos|corte|suprema|tribunal(?:es)?|congreso|senado|"
    r"ejercito|policia|iglesia|estado|nacion|mexico|ellas|ellos|nadie|importante|alto|nivel|"
    r"poder|mando|asamblea|juntas?|reuniones))*\s*$"
)


def _denied_role(an: Analysis) -> list[Hit]:
    """A group, or a clause that continues about it, followed by a denial of a role."""
    text = an.norm.text
    for g in an.by_class.get("G", ()):
        u = an.units[g]
        if u.code != "G" or not _plural_group(u):
            continue
        starts = [u.end]
        # a later clause of the same sentence or the next one, with no subject of its own
        for k in range(g + 1, len(an.units)):
            w = an.units[k]
            if w.sentence > u.sentence + 1 or w.code in ("G", "g", "S", "I", "U"):
                break
            gap = text[an.units[k - 1].end : w.start]
            if w.text in ("no", "nunca", "jamas") and (
                any(c in gap for c in ",;.") or an.units[k - 1].code == "B"
            ):
                starts.append(w.start)
        for start in starts:
            m = _ROLE_DENIAL.match(text, start)
            if m is None or not _ROLE_PLACE.match(m.group("rest")):
                continue
            first, last = units_in(an, m.start(), m.end())
            if first is None or counter_speech(an, g, last) or negated_before(an, g):
                continue
            return [_hit(an, "hate.negated_positive", 0.8, g, last,
                         "denies a protected group a role")]  # fmt: skip
    return []


# "Women can never lead", "X will never be able to raise children", "Las X no saben
# gobernar", "Los X nunca podrán pensar por sí mismos": a group denied a human ability, in
# the present or future (not "couldn't vote until 1920", which is history). The ability is a
# closed list of faculties (leading, thinking, raising children, loving, telling the truth),
# not rights or acts a law or a place allows ("can't vote", "can't work legally here"); and
# a circumstance after it ("in", "without", "until", "because", "sin", "hasta", "porque")
# makes it a report of conditions, not a verdict on what they are.
_ABILITIES_EN = (
    r"lead|be leaders|be good leaders|govern(?: themselves)?|rule|think|reason|learn|"
    r"raise (?:children|kids|a family|their kids|their children)|be (?:good )?parents|parent|"
    r"make decisions|make (?:good|rational|sound) decisions|control themselves|behave|love|"
    r"be faithful|tell the truth|be honest|drive|do math|work hard|handle (?:power|money|stress)"
)
_ABILITIES_ES = (
    r"liderar|gobernar(?:se)?|dirigir|mandar|pensar|razonar|aprender|"
    r"criar (?:a )?(?:sus )?(?:hijos|hijas|ninos|ninas|una familia)|"
    r"ser (?:buen[oa]s )?(?:padres|madres)|"
    r"ser lideres|ser buen[oa]s lideres|tomar decisiones|controlarse|comportarse|amar|"
    r"decir la verdad|ser honest[oa]s|ser honrad[oa]s|conducir|manejar|trabajar|convivir"
)
_ABILITY_DENIAL_EN = re.compile(
    r"\s+(?:all\s+)?(?:"
    r"(?:can't|cannot|can not|can never|will never|won't ever|will not ever)\s+"
    r"(?:ever\s+|even\s+|really\s+|truly\s+|possibly\s+)?(?:be\s+able\s+to\s+)?"
    r"|(?:are not|aren't|are never|will never be|won't ever be|will not ever be)\s+"
    r"(?:ever\s+|even\s+|really\s+|truly\s+)?(?:able to|capable of)\s+"
    r"|(?:don't|do not|never)\s+know\s+how\s+to\s+|are\s+(?:unable to|incapable of)\s+)"
    rf"(?:ever\s+|even\s+|really\s+)?(?P<v>{_ABILITIES_EN}|leading|thinking|reasoning|"
    r"learning|raising (?:children|kids)|loving|making decisions|governing)\b(?P<rest>[^,;.!?]*)"
)
_ABILITY_DENIAL_ES = re.compile(
    r"\s+(?:(?:no|nunca|jamas)\s+(?:pueden|podran|podrian|saben|sabran|sabrian|"
    r"son capaces de|seran capaces de|serian capaces de|estan capacitad[oa]s para)|"
    r"(?:pueden|podran|saben|son capaces de)\s+(?:nunca|jamas))\s+"
    rf"(?:ni\s+)?(?P<v>{_ABILITIES_ES})\b(?P<rest>[^,;.!?]*)"
)
# "Why can't X ever lead?": the question after the group, with "ever".
_EVER_ABILITY_EN = re.compile(
    rf"\s+ever\s+(?:be\s+able\s+to\s+)?(?P<v>{_ABILITIES_EN})\b(?P<rest>[^,;.!?]*)"
)
_WHY_CANT = frozenset({"can", "will", "could"})
# What after the ability turns the verdict into a circumstance or a condition.
_CIRCUMSTANCE = re.compile(
    r"\b(?:in|at|under|without|until|till|unless|if|because|since|yet|legally|here|there|"
    r"anymore|when|while|after|before|due|en|sin|hasta|si|porque|aun|todavia|legalmente|aqui|"
    r"alli|ahi|cuando|mientras|despues|antes|por ley|ya que|hoy|today|now|ahora)\b"
)
_ENOUGH = frozenset({"ever", "nunca", "jamas", "never"})


def _denied_ability(an: Analysis) -> list[Hit]:
    """A named plural group followed by the denial of a human ability."""
    text = an.norm.text
    pattern = _ABILITY_DENIAL_ES if an.lang == "es" else _ABILITY_DENIAL_EN
    for g in an.by_class.get("G", ()):
        u = an.units[g]
        if u.code != "G" or not _plural_group(u):
            continue
        m = pattern.match(text, u.end)
        why_cant = m is None and an.lang == "en" and _why_cant_before(an, g)
        if why_cant:
            m = _EVER_ABILITY_EN.match(text, u.end)
        if m is None or _CIRCUMSTANCE.search(m.group("rest")) or len(m.group("rest").split()) > 4:
            continue
        first, last = units_in(an, m.start(), m.end())
        if first is None:
            continue
        run = an.sentence_run(g)
        if is_question(an, g) and run[0].text in _WHY and not any(x.text in _ENOUGH for x in run):
            continue  # "¿Por qué las X no pueden liderar?" may ask for the barriers
        if counter_speech(an, g, last) or (not why_cant and negated_before(an, g)):
            continue
        if _yes_to_negation(an, g):
            continue
        return [_hit(an, "hate.negated_positive", 0.8, g, last,
                     f"denies a protected group an ability: {m.group('v')!r}")]  # fmt: skip
    return []


def _why_cant_before(an: Analysis, g: int) -> bool:
    """The words "why can't" right before the group at g, opening its sentence."""
    if g < 3:
        return False
    why, modal, neg = an.units[g - 3 : g]
    return (
        why.text in _WHY
        and modal.text in _WHY_CANT
        and neg.code == "N"
        and why.sentence == an.units[g].sentence
        and (g == 3 or an.units[g - 4].sentence != why.sentence)
    )


# "Can X ever be trusted?", "Will X ever be honest?": a question that expects "never".
_EVER_QUESTION = re.compile(r"^(?P<m>[MFC])(?P<g>G)(?P<e>[Aw])(?:C)?(?P<p>P)")


def _ever_asked(an: Analysis) -> list[Hit]:
    for base, codes in an.sentences:
        m = _EVER_QUESTION.match(codes)
        if m is None or not is_question(an, base):
            continue
        if an.units[base + m.start("e")].text != "ever":
            continue
        if an.units[base].text not in ("can", "could", "will", "would"):
            continue
        first, last = base, base + m.end() - 1
        if counter_speech(an, first, last):
            continue
        pred = an.units[base + m.start("p")]
        return [_hit(an, "hate.negated_positive", 0.8, first, last,
                     f"asks if a protected group can ever be {pred.text!r}")]  # fmt: skip
    return []


# Criminal trades: one before a nationality ("los narcos paraguayos", "traficantes
# hondureños") names those who ply it, not the people of that nation; an allegation about them is
# the libel rules' call.
_TRADES = frozenset(
    {"narcos", "narco", "traficantes", "traficante", "sicarios", "contrabandistas", "polleros",
     "coyotes", "huachicoleros", "lavadores", "smugglers", "traffickers", "dealers"}
)  # fmt: skip


# The verbs of the "Q" class that see or find rather than judge: "veo a un X en apuros" only
# sees, while "me parece justo deportar a los X" judges before the group is named.
_SEEING = frozenset({"see", "find", "view", "veo", "encuentro"})


def _act_word(u: Unit) -> bool:
    """A verb of acting on someone between a judgement and a group ("me parece bien culpar a
    los X", "I find it fair to deport X"): the judgement is of that act."""
    word = u.text.split()[-1] if u.text else ""
    return u.code in ("V", "H", "K", "W") or word == "to" or word.endswith(("ar", "er", "ir"))


def _judged_after(an: Analysis, g: int) -> bool:
    """A negative word after the group in its sentence: what a verb of finding or seeing
    before it judges ("I find X disgusting"); without one, "veo a un X" only sees. A group
    seen in a demeaning state ("tiradas en la banqueta", "passed out drunk") is judged too,
    unless the comment pities them or asks for help."""
    run = an.sentence_run(g)
    if any(u.code in "XDZ" for u in run if u.index > g):
        return True
    return _seen_lowly(an, g)


# States a group is shown in to demean it when a verb of seeing comes before it: lying about,
# drunk or drugged, dirty or in rags, begging, idling. Read in the three words after the group.
_LOWLY_STATE = re.compile(
    r"^(?:\W+\w+){0,2}?\W+(?:"
    r"tirad[oa]s|echad[oa]s|botad[oa]s|tumbad[oa]s|desparramad[oa]s|aplastad[oa]s|"
    r"borrach[oa]s|ebri[oa]s|pedos|crudos|drogad[oa]s|grifos|marihuanos|mariguanos|"
    r"mugrient[oa]s|piojos[oa]s|harapient[oa]s|andrajos[oa]s|apestando|"
    r"pidiendo limosna|limosneando|mendigando|pordioseando|de vagos|vagando|"
    r"rascandose|sin hacer nada|haciendo nada|de flojos|"
    r"lying around|lying about|laying around|lazing|loafing|loitering|lounging|sprawled|"
    r"passed out|drunk|wasted|stoned|strung out|smelly|stinking|begging|panhandling|"
    r"in rags|doing nothing|sitting around doing|hanging around doing"
    r")\b"
)
# Pity, shame on those who should help, or a call for help: the writer sees people suffer.
_PITY = re.compile(
    r"\b(?:nadie (?:les? |los |las )?(?:ayuda|hace nada|dice nada|hacen nada)|sin que nadie|"
    r"que triste|que tristeza|que pena|me duele|duele ver|me parte|pobres|pobrecit\w+|"
    r"ayuda|ayudarl\w+|apoyo|albergue|abandonad\w+|olvidad\w+|"
    r"help|heartbreaking|breaks my heart|broke my heart|so sad|it is sad|shameful that|"
    r"nobody (?:helps|does anything|cares)|no one (?:helps|does anything|cares)|shelter|"
    r"abandoned|forgotten|poor (?:things|souls|people)|need(?:s)? (?:help|care|support)|"
    r"clinic|clinica|treatment|tratamiento|rehab|services|servicios|programs|programas)"
)


def _seen_lowly(an: Analysis, g: int) -> bool:
    """The group is seen in a demeaning state (`_LOWLY_STATE` right after it) in a comment
    that shows no pity and asks no help for them."""
    text = an.norm.text
    return bool(_LOWLY_STATE.match(text[an.units[g].end :])) and not _PITY.search(text)


# Refusals of a wish ("no quiero", "I don't want"): before a harm they wish it never happens.
_UNWANTING = frozenset({"no quiero", "no queremos", "don't want", "do not want", "dont want",
                        "i do not want", "we do not want", "no deseo", "no deseamos"})  # fmt: skip
# Words a refusal may reach its harm over: "no quiero ver morir", "don't want to see ... die".
_TO_THE_HARM = frozenset({"que", "ver", "to", "see", "to see", "seeing", "a", "mas", "more",
                          "any more", "anymore", "ni", "one more", "otro", "otra", "otros",
                          "otras", "any", "one", "single", "un", "una", "solo",
                          "sola"})  # fmt: skip


def _harm_unwanted(an: Analysis, v: int) -> bool:
    """The harm word at `v` is what the writer refuses to want: "no quiero ver morir a más
    X", "no queremos que mueran más X", "I don't want to see X die": a wish that they live."""
    s = an.units[v].sentence
    for k in range(v - 1, max(-1, v - 8), -1):
        x = an.units[k]
        if x.sentence != s:
            return False
        if x.text in _UNWANTING or (
            x.code == "N" and x.text in ("nadie", "nobody", "no one") and k + 1 < v
        ):
            return True
        if x.code in ("G", "A", "Y") or x.text in _TO_THE_HARM:
            continue
        return False
    return False


@rule("hate.broad", Category.HATE)
def broad(an: Analysis, sub: Submission) -> list[Hit]:
    """Looser versions of the shapes above (a few unknown words in between): hold only."""
    hits: list[Hit] = []
    if "G" not in an.codes:
        return hits  # every shape here needs a named group
    for pattern in _BROAD:
        for first, last, idx, _m in _scan(an, pattern, ("g", "p")):
            pred = an.units[idx["p"]]
            if pred.code == "X" and _attributive(an, pred):
                continue
            if pred.code == "Z" and (_pays_a_price(an, pred) or _peaceful_wish(an, pred)):
                continue
            g = idx["g"]
            if g < pred.index and (_comparative_object(an, g, pred) or _risk_of_being(an, g, pred)):
                continue
            if g < pred.index and _reader_called(an, g, pred):
                continue  # "Respeta a los X, imbécil": the reader is the one insulted
            if _words_judged(an, first, last):
                continue  # 'el chiste de la "horda" de X no es gracioso'
            if pred.index + 1 == g and pred.text in _TRADES:
                continue  # "los narcos paraguayos le pagaron ...": a trade and where it plies
            if (
                pred.code == "W"
                and pred.index < g
                and an.lang == "es"
                and any(
                    an.units[k].text in ("que", "como", "lo que") for k in range(pred.index + 1, g)
                )
            ):
                continue  # "me molesta que los X ...": the reaction is to what the clause says
            if (
                pred.code == "Q"
                and pred.text in _SEEING
                and pred.index < g
                and not _judged_after(an, g)
            ):
                continue  # "veo a un X en apuros", "I see X at church": seeing judges no one
            if (
                pred.code == "Q"
                and pred.index < g
                and not any(u.code in "XDZ" for u in an.sentence_run(g) if u.index > pred.index)
                and not any(_act_word(u) for u in an.units[pred.index + 1 : g])
                and not _seen_lowly(an, g)
            ):
                continue  # "me parece bien lo del mixteco": a judgement with no bad word in it
            if (
                pred.code == "H"
                and pred.text in _UNWANTING
                and pred.index < g
                and any(
                    an.units[k].code in ("K", "V") and _harm_unwanted(an, k)
                    for k in range(pred.index + 1, min(g + 2, len(an.units)))
                    if an.units[k].sentence == pred.sentence
                )
            ):
                continue  # "no quiero ver morir a más X": the harm is what is refused
            if pred.code == "Q" and pred.index < g and _another_clause(an, pred.index, g):
                continue  # "me parece que los partidos usan a los X", "think of Y, X voted"
            if pred.code == "Q" and pred.index < g and _act_judged_wrong(an, pred.index, g):
                continue  # "me parece injusto culpar a los X": the blame is what is judged
            if pred.code in ("H", "W") and an.lang == "es" and _of_a_thing(an, g):
                continue  # "la comida china me da asco", "odio el chocolate negro"
            if (
                pred.code == "W"
                and an.lang == "es"
                and _reader_feels(an, pred.index)
                and not _negative_question(an, pred.index)
            ):
                continue  # "te dan asco los X porque eres un ignorante": the reader's
            if g < pred.index and (
                (pred.code in ("X", "D") and _loose_link(an, g, pred.index))
                or _object_pronoun(an, g)
            ):
                continue
            if g < pred.index and (
                _singular_after_comma(an, g, pred.index)
                or _copula_disagrees(an, g, pred.index)
                or _not_the_group(an, g)
                or _as_if(an, g, pred.index)
                or _own_subject_after_comma(an, g, pred.index)
                or _act_or_words_subject(an, g, pred.index)
                or _nuisance_about_a_matter(an, g, pred)
                or _wanted_there_by_others(an, g, pred)
            ):
                continue
            if _exclaimed_thing(an, pred):
                continue  # "las X sí pueden, qué estereotipo tan flojo"
            if pred.code == "H" and (
                _attributive(an, pred)
                or not _hater_is_writer(an, pred.index)
                or _problem_for_them(an, pred.index, g)
            ):
                continue  # "hate crimes against X", "they hate X", "the problem with X is"
            if pred.code in ("H", "W", "Q") and pred.index < g and _done_to(an, g):
                continue  # "tired of seeing X used as props": the feeling is about the act
            if pred.index < g and any(
                an.units[k].text in _EMBEDDED_QUESTION for k in range(pred.index + 1, g)
            ):
                continue  # "people arguing about whether X deserve ...": a debate reported
            if pred.index < g and any(
                an.units[k].text in _RELATIVE_WORDS for k in range(pred.index + 1, g)
            ):
                continue  # "harta de la gente que odia a los gays": another target
            if (
                pred.index < g
                and pred.code in ("X", "D")
                and "," in an.norm.text[pred.end : an.units[g].start]
                and not any(
                    x.code in ("C", "W") or x.text in ("que", "que asco")
                    for x in an.units[max(0, pred.index - 4) : pred.index]
                    if x.sentence == pred.sentence
                )
            ):
                continue  # "limpien el río de basura, los X lo piden": the noun ends a clause
            nxt = an.units[pred.index + 1] if pred.index + 1 < len(an.units) else None
            if pred.code == "H" and nxt is not None and nxt.text in ("it", "that", "when", "how"):
                continue  # "I hate it when women are abused"
            if pred.code == "Z" and (_law_stated(an, pred) or _on_our_condition(an, pred)):
                continue  # "no tienen derechos ahí, es la ley", "... if we keep them in camps"
            if pred.code not in ("H", "W") and _toward_institution(an, pred):
                continue  # "resentidos con el régimen"
            if g + 1 < pred.index and an.units[g + 1].code == "O":
                continue  # "X say the new rules are a disaster": the group is who speaks
            if pred.index < g and pred.code in ("H", "W") and _group_of_a_policy(an, g):
                continue  # "I can't stand the trans sports policies": the policy is hated
            if suppressed(an, first, last):
                continue
            _finish(an, hits, "hate.broad", 0.7, first, last, f"hostile words about a group: "
                    f"{pred.text!r}")  # fmt: skip
            return hits
    for first, last, idx, _m in _scan(an, _BROAD_NEG_POS, ("g", "p", "g2", "p2")):
        if counter_speech(an, first, last) or negated_before(an, first):
            continue
        p = idx.get("p", idx.get("p2", last))
        if an.units[p].text in _RIGHTS and not _modal_between(an, first, p):
            continue  # "X do not have access to clean water"
        if _new_clause_after_comma(an, first, p):
            continue  # "no deberían pagar más, son ciudadanos": the "no" is another clause's
        if _negated_report(an, first, p):
            continue  # "los datos no muestran que las personas X ...": the claim is denied
        if any(an.units[k].text in _PAST_COPULAS for k in range(first, last)):
            continue
        if an.units[p].text in _WELLBEING or _yes_to_negation(an, first):
            continue  # "X are not safe here": what they suffer; "¿A poco no son ...?"
        if an.units[p].text in _ANSWERABLE and _cleared_of(an, p):
            continue  # "X are not responsible for the war": cleared of a blame
        if any(an.units[k].text in _NO_EXCUSE for k in range(first, p)):
            continue  # "no excuse for killing innocent X": the negation is of the excuse
        if _equal_in_treatment(an, p):
            continue  # "X are not equal in pay": unequal treatment
        if any(an.units[k].text in _LESS for k in range(first, p)):
            continue  # "no son menos capaces que ...": a double negation, they are as capable
        if any(
            an.units[k].text in _NEG_SUBJECTS and an.units[k - 1].code == "w"
            for k in range(first + 1, p)
        ):
            continue  # "they're doing jobs nobody wanted": "nobody" is the clause's own subject
        _finish(an, hits, "hate.broad", 0.7, first, last, "denies a group a good quality")
        return hits
    for first, last, idx, _m in _scan(an, _GROUP_IMPERATIVE, ("g", "v")):
        v = an.units[idx["v"]]
        between = an.norm.text[an.units[idx["g"]].start : v.start]
        if _RELATIVE_VERB.search(between) and not any(c in between for c in ",:;!¡"):
            continue  # "las mujeres que trabajan fuera de casa": the relative clause's adverb
        if (
            v.text in _IMPERATIVE_K
            and _clause_ends(an, idx["v"])
            and not (v.text.startswith("shut") and _and_next(an, idx["v"]))
            and not suppressed(an, first, last)
        ):
            _finish(an, hits, "hate.broad", 0.8, first, last, f"telling a group {v.text!r}")
            return hits
    for pattern in _BROAD_VIOLENCE:
        for first, last, idx, _m in _scan(an, pattern, ("g", "v", "p")):
            v = an.units[idx["v"]]
            if v.code == "K" and not _clause_ends(an, idx["v"]):
                continue
            if an.units[idx["p"]].code == "F" and not _writer_future(an, idx["p"]):
                continue
            if idx["v"] < idx["g"] and _relative_object(an, idx["v"], idx["g"]):
                continue  # "castigar a los que atacan a los gays": someone else is the target
            if kind_manner(an.norm.text, v.end):
                continue  # "os vamos a matar a besos, chicas": affection
            if suppressed(an, first, last):
                continue
            _finish(an, hits, "hate.broad", 0.75, first, last, f"violence against a group: "
                    f"{v.text!r}")  # fmt: skip
            return hits
    return hits


def _and_next(an: Analysis, k: int) -> bool:
    """'Shut up and dance': a joined verb makes the order playful, not a silencing."""
    return k + 1 < len(an.units) and an.units[k + 1].code == "B"


# Words that judge an act wrong ("injusto culpar a ...", "unfair to blame ...").
_WRONG_ACT = frozenset(
    {"injusto", "injusta", "absurdo", "absurda", "ridiculo", "ridicula", "cruel", "mal",
     "feo", "vergonzoso", "vergonzosa", "indignante", "lamentable", "triste", "racista",
     "inaceptable", "hipocrita", "peligroso", "facil", "cobarde", "tramposo", "deshonesto",
     "unfair", "wrong", "shameful", "absurd", "ridiculous", "dishonest", "cowardly",
     "lazy", "dangerous", "racist", "unjust", "disgusting", "hypocritical"}
)  # fmt: skip
_INFINITIVE_ES = re.compile(r"(?:ar|er|ir)(?:le|les|lo|la|los|las)?$")


def _act_judged_wrong(an: Analysis, q: int, g: int) -> bool:
    """An opinion verb, a word judging an act wrong, then the act in the infinitive before the
    group ("me parece injusto culpar a los X", "I find it unfair to blame X"): the opinion is
    of what is done to the group. A hostile verb as the act ("deportar") is no excuse."""
    between = an.units[q + 1 : g]
    for j, u in enumerate(between[:-1]):
        if u.text not in _WRONG_ACT:
            continue
        act = between[j + 1]
        if an.lang == "en" and act.text == "to" and j + 2 < len(between):
            act = between[j + 2]
        elif an.lang != "es" or not _INFINITIVE_ES.search(act.text):
            return False
        return act.code not in ("V", "K", "H", "W", "Z", "D", "X")
    return False


def _another_clause(an: Analysis, p: int, g: int) -> bool:
    """Between an opinion verb and the group, a comma (the group opens a clause of its own:
    "whatever they think of Morena, Mexicans voted for it") or, after "que"/"that", a subject
    and verb of their own ("me parece que los partidos usan a los X"): the opinion is about
    what someone else does, the group is not its subject."""
    units = an.units
    if "," in an.norm.text[units[p].end : units[g].start]:
        return True
    between = units[p + 1 : g]
    if not between or between[0].text not in ("que", "q", "that"):
        return False
    return sum(1 for x in between[1:] if x.code == "w") >= 2


# Participles of things done to people: after the group they make it the object of someone
# else's act ("tired of seeing disabled people used as props", "harta de ver a los migrantes
# tratados como delincuentes"), and the writer's feeling is about the act.
_DONE_TO_EN = frozenset(
    {"used", "treated", "mistreated", "exploited", "abused", "attacked", "harassed", "bullied",
     "mocked", "targeted", "scapegoated", "blamed", "demonized", "demonised", "vilified",
     "portrayed", "painted", "depicted", "described", "called", "labeled", "labelled",
     "stereotyped", "excluded", "ignored", "denied", "deported", "detained", "arrested",
     "killed", "murdered", "beaten", "shot", "hurt", "insulted", "discriminated", "persecuted",
     "oppressed", "marginalized", "marginalised", "silenced", "erased", "dehumanized",
     "dehumanised", "ridiculed", "paraded", "weaponized", "weaponised", "tokenized", "pitted",
     "left", "forgotten", "turned", "locked", "caged", "separated", "dragged", "thrown",
     "kicked", "pushed", "held", "kept", "forced", "spat", "lumped", "singled", "profiled",
     "smeared", "written", "talked", "spoken", "lied", "preyed", "picked",
     "sacrificed", "cheated", "robbed", "underpaid", "overlooked", "punished", "fired"}
)  # fmt: skip
_DONE_TO_ES = re.compile(
    r"^(?:siendo |ser )?(?:usad|utilizad|tratad|maltratad|explotad|abusad|atacad|acosad|"
    r"humillad|insultad|discriminad|perseguid|señalad|senalad|culpad|estigmatizad|deportad|"
    r"detenid|encerrad|separad|expulsad|golpead|asesinad|ignorad|olvidad|excluid|agredid|"
    r"ridiculizad|manipulad|engañad|enganad|despedid|amenazad|criminalizad|marginad|"
    r"silenciad|exhibid|pisotead|ningunead)(?:o|a|os|as)?$"
)
_BEING = frozenset({"being", "getting", "get", "gets", "got", "be", "siendo", "ser"})


def _done_to(an: Analysis, g: int) -> bool:
    """The group is followed by a participle of something done to it, maybe after "being" or
    "getting" ("migrants being blamed", "gays getting beaten"): the object of another's act."""
    units = an.units
    k = g + 1
    if k < len(units) and units[k].text in _BEING and units[k].sentence == units[g].sentence:
        k += 1
    if k >= len(units) or units[k].sentence != units[g].sentence:
        return False
    if re.search(r"[,;:.!?]", an.norm.text[units[g].end : units[k].start]):
        return False
    word = units[k].text.split()[0]
    nxt = units[k + 1].text if k + 1 < len(units) else ""
    if word == "used" and (nxt == "to" or units[k].text.startswith("used to")):
        return False  # "used to": a habit of the group's own
    if an.lang == "es":
        return bool(_DONE_TO_ES.match(units[k].text))
    return word in _DONE_TO_EN


_PROBLEM = frozenset({"el problema de", "the problem with"})
_THAT = frozenset({"es que", "is that", "es", "is"})


def _problem_for_them(an: Analysis, h: int, g: int) -> bool:
    """'The problem with X is that ...' names what X suffer as often as what X are: the
    clause after it decides (the derogation rules read it)."""
    if an.units[h].text not in _PROBLEM:
        return False
    k = g + 1
    return (
        k < len(an.units)
        and an.units[k].sentence == an.units[g].sentence
        and (an.units[k].text in _THAT or an.units[k].code == "C")
    )


@rule("hate.emotion", Category.HATE)
def emotion(an: Analysis, sub: Submission) -> list[Hit]:
    """'I hate X', 'X make me sick', 'odio a los X'."""
    hits: list[Hit] = []
    if "G" not in an.codes:
        return hits  # every shape here needs a named group
    for first, last, idx, m in _scan(an, _EMOTION, ("p", "g")):
        if suppressed(an, first, last):
            continue
        if (
            m.group("p3") is not None
            and not an.units[first].text.startswith(_WRITER_REACTION)
            and not (_negative_question(an, first) and an.units[first - 1].text == "te")
        ):
            continue  # "me dan asco los X" is the writer's; "dan pena los X" is pity
        w4 = an.units[last].text.split()
        if m.group("p4") is not None and (
            w4[0] != "me" or len(w4) < 2 or not w4[1].endswith("n") or "pena" in w4
        ):
            continue  # "vi a unos X y me dieron asco" (they), not "... y me da asco" (it)
        if m.group("p2") is not None and an.lang == "es" and _of_a_thing(an, first):
            continue  # "la comida china me da asco", "ese libro gay me repugna": the thing
        h = idx.get("p")
        if h is not None and not _hater_is_writer(an, h):
            continue
        if h is not None and _problem_for_them(an, h, idx["g"]):
            continue  # "el problema de los migrantes es que nadie los protege"
        if h is not None and h < idx["g"] and _done_to(an, idx["g"]):
            continue  # "I hate seeing X treated like that": the act is hated, not X
        if "g" in idx and _group_of_a_policy(an, idx["g"]):
            continue  # "I can't stand the trans sports policies": the policy, not the people
        _finish(an, hits, "hate.emotion", _CLEAR, first, last, "hatred of a protected group")
    if not hits and "HNG" in an.codes and an.lang == "es":
        hits.extend(_hate_every_one(an))
    if not hits and "H" in an.codes:
        hits.extend(_hated_in_a_clause(an) or (_hate_none(an) if "N" in an.codes else []))
    if not hits and _group_before(an):
        # A later sentence reacting to the group: "Me dan asco.", "Make me sick."
        for base, codes in an.sentences[1:]:
            g = next((u.index for u in reversed(an.units[:base]) if u.code == "G"), None)
            if an.lang == "es" and g is not None and _of_a_thing(an, g):
                continue  # "Odio el chocolate negro. Me da asco.": a thing, not the group
            if re.match(r"^[AB]*W", codes) and not suppressed(an, base, base):
                hits.append(_hit(an, "hate.emotion", 0.8, base, base + codes.index("W"), "hatred"))
                return hits
        # Spanish object clitics after the group was named: "Las odio", "No los soporto".
        seen = False
        for u in an.units:
            seen = seen or u.code == "G"
            clitic = u.text.split()[0] in ("los", "las", "no") and (
                " los " in f" {u.text} " or " las " in f" {u.text} "
            )
            prev = an.units[u.index - 1] if u.index else None
            clitic = clitic or (
                prev is not None
                and prev.sentence == u.sentence
                and prev.text in ("los", "las")
                and u.text in _HATE_VERBS_1SG
            )  # "Los detesto.": the clitic is its own unit
            if (
                seen
                and u.code == "H"
                and clitic
                and not suppressed(an, u.index, u.index, allow_negation=True)
            ):
                hits.append(_hit(an, "hate.emotion", 0.8, u.index, u.index, "hatred"))
                break
    if not hits:
        hits.extend(_for_being(an, hatred=True))
    return hits[:1]


_WHOM = frozenset({"who", "whom", "that", "que", "a quienes", "quienes", "a los que", "a las que"})


_NONE_OF_THE_GROUP = frozenset({"ninguno", "ninguna", "ninguno de ellos", "ninguna de ellas"})


def _hate_none(an: Analysis) -> list[Hit]:
    """ "Conozco a muchos X y no soporto a ninguno": the hatred's object is every member."""
    for u in an.units[1:]:
        h = an.units[u.index - 1]
        if (
            u.text in _NONE_OF_THE_GROUP
            and h.code == "H"
            and h.sentence == u.sentence
            and _last_in_clause(an, u.index)  # not "ninguno de los que ...": some members
            and _antecedent_any(an, h.index)
            and _hater_is_writer(an, h.index)
            and not suppressed(an, h.index, u.index, allow_negation=True)
        ):
            return [_hit(an, "hate.emotion", 0.8, h.index, u.index, "hatred of every member")]
    return []


_THING_DETS = frozenset(
    {"el", "la", "los", "las", "un", "una", "ese", "esa", "este", "esta", "esos", "esas",
     "estos", "estas", "mi", "mis", "tu", "tus", "su", "sus", "aquel", "aquella"}
)  # fmt: skip
_CONTRACTED_DETS = frozenset({"del", "al"})
_OF = frozenset({"de"})  # "película de mujeres"; "las vidas de los X" are the group's


def _profane_word(u: Unit) -> bool:
    return u.has("PROF") or u.has("INS") or u.text in _PROFANE_MODIFIERS


_PROFANE_MODIFIERS = frozenset(
    {"puto", "puta", "putos", "putas", "pinche", "pinches", "maldito", "maldita", "malditos",
     "malditas", "jodido", "jodida", "jodidos", "jodidas", "asqueroso", "asquerosa"}
)  # fmt: skip


# Nouns for people that a group adjective may follow without naming something else: "los
# trabajadores mexicanos son ..." is still said of Mexicans.
_PEOPLE_NOUNS = frozenset(
    {"trabajadores", "obreros", "jovenes", "estudiantes", "padres", "madres", "hijos", "hijas",
     "chavos", "chavas", "muchachos", "muchachas", "albaniles", "empleados", "alumnos",
     "vecinos", "hombres", "mujeres", "ninos", "ninas", "chicos", "chicas", "gente", "personas",
     "persona", "mujer", "hombre", "chica", "chico", "nino", "nina", "tipo", "tio", "tia",
     "senor", "senora", "vecino", "vecina", "trabajador", "estudiante", "joven",
     # collectives that stand for the group itself: "la raza negra", "el colectivo gay"
     "raza", "razas", "pueblo", "pueblos", "colectivo", "colectivos", "poblacion",
     "comunidad", "comunidades", "minoria", "minorias", "etnia", "etnias", "grupo", "grupos",
     "sexo", "genero", "mundo", "cultura", "religion", "ser", "seres", "especie", "tribu",
     "tribus", "familia", "familias", "sangre"}
)  # fmt: skip
_POSSESSIVES = frozenset({"mi", "tu", "su", "nuestra", "nuestro", "vuestra", "vuestro"})


# Things of public life a nationality describes in blog talk: "el gobierno mexicano es un
# desastre", "la selección mexicana no vale nada", "la comida china es asquerosa".
_PUBLIC_THINGS = frozenset(
    {"gobierno", "gobiernos", "sistema", "seleccion", "equipo", "futbol", "comida", "economia",
     "politica", "estado", "pais", "partido", "regimen", "congreso", "senado", "ejercito",
     "policia", "cocina", "musica", "cine", "mercado", "peso", "presidente", "presidenta",
     "gabinete", "ejecutivo", "justicia", "sanidad", "salud", "educacion", "television",
     "prensa", "liga", "industria", "empresa", "empresas", "banco", "bancos", "frontera",
     "pasaporte", "idioma", "acento", "bandera", "himno", "restaurante", "producto",
     "productos", "marca", "coche", "coches", "carro", "carros", "telenovela", "telenovelas",
     "serie", "series", "pelicula", "peliculas", "libro", "libros", "cancion", "canciones",
     # office-holders and armed men, whose criticism is opinion on public conduct
     "policias", "politicos", "diputados", "senadores", "funcionarios", "militares",
     "soldados", "jueces", "gobernantes", "autoridades", "alcaldes", "gobernadores",
     "narcos", "carteles", "agentes", "oficiales"}
)  # fmt: skip


# A mild complaint about particular people who happen to belong to a group, limited to an
# everyday matter ("my gay neighbors are a pain in the ass about parking", "mis suegros judíos
# son insoportables con lo de la cena"): the neighbours are judged, on the parking, not the
# group. It needs all three: people the writer knows (a possessive, or "next door"), a mild
# nuisance word, and "about"/"con" + a matter that is no group, no identity and not everything.
_NUISANCE = re.compile(
    r"^(?:(?:are |is |were |was )?(?:so |really |such |very )?(?:a |an )?"
    r"(?:real |total |huge |big )?pains? in the (?:ass|arse|butt|neck)"
    r"|(?:are |is |were |was )?(?:so |really |very )?(?:annoying|irritating|exhausting|picky|fussy)"
    r"|a nuisance|nuisances?|a headache"
    r"|(?:unos |unas )?(?:pesad|insoportabl|molest|latos|fastidios|encimos|quisquillos)\w*)$"
)
_KNOWN_PEOPLE_BEFORE = frozenset(
    {"my", "our", "mis", "nuestros", "nuestras", "mi", "nuestro", "nuestra"}
)  # fmt: skip
_KNOWN_PEOPLE_AFTER = re.compile(
    r"\b(?:next door|across the (?:street|hall)|upstairs|downstairs|de al lado|de enfrente"
    r"|de arriba|de abajo)\b"
)
_ABOUT_A_MATTER = frozenset(
    {"about", "over", "with", "when it comes to", "con", "por", "sobre", "cuando se trata de"}
)
_NOT_A_MATTER = frozenset(
    {"everything", "anything", "all", "nothing", "it all", "lifestyle", "religion", "faith",
     "culture", "agenda", "identity", "sexuality", "gender", "being", "existing", "pride",
     "todo", "nada", "estilo", "fe", "cultura", "identidad", "ser",
     "existir", "orgullo", "costumbres", "customs", "their", "them", "sus", "su"}
)  # fmt: skip


def _nuisance_about_a_matter(an: Analysis, g: int, pred: Unit) -> bool:
    if not _NUISANCE.match(pred.text):
        return False
    units = an.units
    s = pred.sentence
    before = [u for u in units[max(0, g - 3) : g] if u.sentence == s]
    known = any(u.text in _KNOWN_PEOPLE_BEFORE for u in before) or bool(
        _KNOWN_PEOPLE_AFTER.search(an.norm.text, units[g].end, pred.start)
    )
    if not known:
        return False
    k = pred.index + 1
    if k >= len(units) or units[k].sentence != s or units[k].text not in _ABOUT_A_MATTER:
        return False
    matter = [u for u in units[k + 1 :] if u.sentence == s]
    if not any(u.code not in ("A", "Y") for u in matter):
        return False  # "... about" with nothing after it
    return not any(
        u.code in ("G", "g", "S", "t", "U")
        or u.text in _NOT_A_MATTER
        or u.text.startswith("being ")
        for u in matter
    )


# A group's "place" as others want it, told by the writer as a complaint about exclusion ("They
# want women in the kitchen, not in the Senate", "Quieren al latino en la cancha y en la cocina,
# pero no en el cabildo", "A las mujeres las quieren en la cocina"): "they"/a third person
# plural verb of wanting, the group its object. Not the writer's own wish ("We want X in the
# kitchen", "Queremos al X en ...") nor a group that wants ("Los X quieren ...").
_OTHERS_WANT_ES = frozenset(
    {"quieren", "los quieren", "las quieren", "lo quieren", "la quieren", "nos quieren",
     "prefieren", "los prefieren", "las prefieren", "nos prefieren", "aceptan", "los aceptan",
     "las aceptan", "nos aceptan", "aplauden"}
)  # fmt: skip
_OTHERS_WANT_EN = frozenset({"want", "like", "prefer", "love", "accept", "cheer"})
_WRITER_WANTS = frozenset({"i", "we", "i want", "we want", "yo", "nosotros", "queremos",
                           "quiero", "prefiero", "preferimos"})  # fmt: skip
_OBJECT_MARKS = frozenset({"a", "al", "a los", "a las", "a la", "a el"})


def _wanted_there_by_others(an: Analysis, g: int, pred: Unit) -> bool:
    if pred.code != "Z":
        return False
    run = an.sentence_run(pred.index)
    if any(u.text in _WRITER_WANTS for u in run):
        return False
    for v in run:
        if v.index >= pred.index:
            return False
        if an.lang == "es" and v.text in _OTHERS_WANT_ES:
            break
        if (
            an.lang == "en"
            and v.text in _OTHERS_WANT_EN
            and v.index > 0
            and an.units[v.index - 1].text == "they"
            and an.units[v.index - 1].code != "G"
        ):
            break
    else:
        return False
    return all(
        u.index > v.index or an.units[u.index - 1].text in _OBJECT_MARKS
        for u in run
        if u.code == "G" and u.index > 0
    ) and not any(u.code == "G" and u.index == 0 for u in run)


def _not_the_group(an: Analysis, g: int) -> bool:
    """Spanish: the group word describes a thing or names one person, so a predicate after it
    is not said of the group: "el gobierno mexicano es un desastre", "la comida china",
    "la mujer del alcalde no vale nada", "mi mujer"."""
    if an.lang != "es":
        return False
    u = an.units[g]
    if _described_noun(an, g) in _PUBLIC_THINGS:
        return True  # "el gobierno mexicano", "los policías mexicanos"
    if _plural_group(u) or _generic_one(an, g):
        return False
    prev = an.units[g - 1] if g else None
    nxt = an.units[g + 1] if g + 1 < len(an.units) else None
    if prev is not None and prev.sentence == u.sentence and prev.text in _POSSESSIVES:
        return True  # "mi mujer"
    return (
        prev is not None
        and prev.text in ("el", "la")
        and nxt is not None
        and nxt.sentence == u.sentence
        and nxt.text.split()[0] in ("de", "del", "que")
    )  # "la mujer del alcalde", "la mujer que atendía"


def _of_a_thing(an: Analysis, g: int) -> bool:
    """The group word describes a noun before it ("la comida china", "una película de
    mujeres", "el sistema de salud mexicano"), which is what is said after it is about."""
    head = _described_noun(an, g)
    return head is not None and not _person_noun(head)


def _described_noun(an: Analysis, g: int) -> str | None:
    """The head noun a group word follows as an adjective, after a determiner ("el gobierno
    mexicano" -> "gobierno"), or None."""
    sentence = an.units[g].sentence
    k, nouns = g - 1, []
    while k >= 0 and an.units[k].sentence == sentence and len(nouns) < 4:
        u = an.units[k]
        if u.text in _CONTRACTED_DETS:
            # "la corrupción del gobierno cubano": "del" is "de el", the determiner of the
            # noun the group word follows
            return nouns[-1].text if nouns else None
        if u.code == "w" and u.text not in _THING_DETS and not _profane_word(u):
            nouns.append(u)
        elif not (u.code == "A" and u.text in _OF):
            break
        k -= 1
    if not nouns or k < 0 or an.units[k].sentence != sentence:
        return None
    return nouns[-1].text if an.units[k].text in _THING_DETS else None


_FAMILY = frozenset(
    {"hijo", "hija", "hijos", "hijas", "hermano", "hermana", "hermanos", "hermanas", "padre",
     "madre", "primo", "prima", "amigo", "amiga", "amigos", "amigas", "novio", "novia",
     "esposo", "esposa", "marido", "jefe", "jefa", "medico", "medica", "nieto", "nieta",
     "sobrino", "sobrina", "cunado", "cunada", "yerno", "nuera", "suegro", "suegra", "bebe"}
)  # fmt: skip
_PERSON_ENDINGS = ("ista", "istas", "or", "ora", "ores", "oras", "ero", "era", "eros", "eras",
                   "ante", "antes", "iente", "ientes")  # fmt: skip


# The subject is an act done to the group or words said about it, and the copula's predicate
# is said of that: "Blaming immigrants for the housing shortage is lazy", "los comentarios de
# odio contra la comunidad coreana fueron asquerosos", "the jokes about Muslims are vile".
_BLAME_GERUNDS = frozenset({"blaming", "scapegoating", "calling", "labeling", "labelling",
                            "attacking", "insulting", "mocking", "stereotyping", "demonizing",
                            "demonising", "harassing", "targeting", "profiling", "smearing",
                            "bashing", "vilifying", "dehumanizing", "dehumanising"})  # fmt: skip
# Verbs and nouns of using a word: a quoted group word after them is mentioned, not used
# ('Using "illegals" in headlines is lazy', 'Poner "ilegales" en cada titular es flojo').
_WORD_USE = frozenset({"using", "use", "writing", "write", "printing", "print", "saying",
                       "say", "word", "term", "label", "usar", "utilizar", "escribir", "poner",
                       "decir", "palabra", "termino", "etiqueta", "publicar"})  # fmt: skip
_AIMED_AT = frozenset({"against", "toward", "towards", "about", "at", "contra", "hacia",
                       "sobre", "en contra de", "en contra"})  # fmt: skip
_FRAME_FIRST = frozenset({"the", "those", "these", "all", "los", "las", "el", "la", "esos",
                          "esas", "estos", "estas", "todos", "todas", "tantos",
                          "tantas"})  # fmt: skip


def _act_or_words_subject(an: Analysis, g: int, p: int) -> bool:
    """The group is named inside a subject headed by an act or by words aimed at it (a
    gerund of blame, or a noun with "against"/"contra" before the group), and a copula after
    the group says the predicate of that subject."""
    units = an.units
    sentence = units[g].sentence
    if units[p].sentence != sentence or not any(units[k].code == "C" for k in range(g + 1, p)):
        return False
    base, _codes = an.sentence_of(g)
    head = [u for u in units[base:g] if u.text not in _FRAME_FIRST]
    if not head or head[0].code == "G" or any(u.code in ("C", "M", "V") for u in head):
        return False
    if head[0].text in _BLAME_GERUNDS:
        return True
    if units[g].quoted and any(u.text in _WORD_USE for u in head):
        return True  # 'Using "illegals" in every headline is lazy': the word's use is judged
    return any(u.text in _AIMED_AT for u in head[1:])


# "qué estereotipo tan flojo", "qué idea más vieja": the exclamation's adjective is of its
# noun, a thing (not a word for people, "qué gente tan floja").
_EXCLAIMED_DEGREE = frozenset({"tan", "mas", "so"})


def _exclaimed_thing(an: Analysis, pred: Unit) -> bool:
    k = pred.index
    if an.lang != "es" or k < 3:
        return False
    units = an.units
    degree, noun, que = units[k - 1], units[k - 2], units[k - 3]
    return (
        degree.text in _EXCLAIMED_DEGREE
        and que.text == "que"
        and noun.code in ("w", "c")
        and que.sentence == pred.sentence
        and not _person_noun(noun.text)
        and noun.text not in ("gente", "raza", "pueblo", "bola", "monton")
    )


# Nouns for words said: "the joke about the migrant horde", "el chiste de la 'horda' de X".
_WORDS_SAID = frozenset({"joke", "jokes", "word", "words", "term", "label", "line", "meme",
                         "memes", "slogan", "chant", "talk", "language", "comment", "comments",
                         "chiste", "chistes", "palabra", "palabras", "termino", "etiqueta",
                         "frase", "lema", "consigna", "comentario", "comentarios", "discurso",
                         "lenguaje"})  # fmt: skip
_WORDS_OF = frozenset({"about", "of", "de", "del", "sobre", "like"})


def _words_judged(an: Analysis, first: int, last: int) -> bool:
    """The match is what a joke, a word or a slogan says ("that joke about the migrant horde",
    'el chiste de la "horda" de X'), and its sentence then judges those words: a negation
    ("is not funny", "no es gracioso") or a condemnation after it."""
    units = an.units
    sentence = units[first].sentence
    head = [u for u in units[max(0, first - 4) : first] if u.sentence == sentence]
    if not any(
        u.text in _WORDS_SAID and j + 1 < len(head) and head[j + 1].text in _WORDS_OF
        for j, u in enumerate(head)
    ):
        return False
    after = [u for u in units[last + 1 : last + 8] if u.sentence == sentence]
    return any(u.code == "N" or u.has("condemn") for u in after)


def _person_noun(word: str) -> bool:
    """A noun for a person ("hijo", "compañero", "profesora"), so a group word after it still
    names what that person is."""
    return word in _PEOPLE_NOUNS or word in _FAMILY or word.endswith(_PERSON_ENDINGS)


_NINGUN = frozenset({"ningun", "ninguna", "ninguno"})


def _hate_every_one(an: Analysis) -> list[Hit]:
    """Two negations make every member: "no soporto a ningún X", "no aguanto a ninguna X"."""
    for m in re.finditer("HNG", an.codes):
        h, n, g = (an.units[m.start() + i] for i in range(3))
        if not h.text.startswith("no ") or n.text not in _NINGUN or not g.has("G"):
            continue
        if _hater_is_writer(an, h.index) and not suppressed(
            an, h.index, g.index, allow_negation=True
        ):
            return [_hit(an, "hate.emotion", _CLEAR, h.index, g.index, "hatred of every member")]
    return []


def _last_in_clause(an: Analysis, k: int) -> bool:
    nxt = an.units[k + 1] if k + 1 < len(an.units) else None
    return nxt is None or nxt.sentence != an.units[k].sentence or nxt.code == "B"


def _hated_in_a_clause(an: Analysis) -> list[Hit]:
    """ "X, whom I despise, ...", "los X, a quienes desprecio, ...": the writer's hatred in a
    relative clause about the group."""
    for u in an.units:
        if u.code != "G" or not _plural_group(u) or u.index + 2 >= len(an.units):
            continue
        k = u.index + 1
        if an.units[k].text == "a" and an.units[k + 1].text in ("quienes", "los que", "las que"):
            k += 1  # "los X, a quienes desprecio"
        rel = an.units[k]
        if rel.text not in _WHOM or rel.sentence != u.sentence:
            continue
        k += 1
        if an.units[k].code == "I":
            k += 1
        h = an.units[k] if k < len(an.units) else None
        if h is None or h.code != "H" or h.sentence != u.sentence:
            continue
        if an.units[k - 1].code != "I" and h.text not in _HATE_VERBS_1SG:
            continue  # "X who hate Y": the group hates, the writer does not
        if not suppressed(an, u.index, k):
            return [_hit(an, "hate.emotion", _CLEAR, u.index, k, "hatred of a protected group")]
    return []


_HATE_VERBS_1SG = frozenset(
    {"odio", "detesto", "desprecio", "aborrezco", "no soporto", "no aguanto"}
)


@rule("hate.modifier", Category.HATE)
def modifier(an: Analysis, sub: Submission) -> list[Hit]:
    """'filthy X', 'fucking X', 'X de mierda': a derogatory word fused with the group."""
    hits: list[Hit] = []
    if "G" not in an.codes:
        return hits  # every shape here needs a named group
    for first, last, idx, m in _scan(an, _MODIFIER, ("g", "g2", "p", "p2")):
        g = an.units[idx.get("g", idx.get("g2", first))]
        if not g.has("G") or _weak_group(g):
            continue
        if _self_named(an, first):
            continue  # "I'm a fucking immigrant and proud of it", "soy un pinche mexicano"
        if m.group("g") is not None and not _plural_group(g) and m.group("p") != "Y":
            continue  # "a stupid woman" may be about one person; "a fucking woman" is not
        if _adjective_of_noun_before(an, first):
            continue  # "se dijeron cosas horribles de las personas gays": the things said
        if m.group("g") is not None and _trade_with_origin(an, first, idx["g"]):
            continue  # "detuvieron a tres narcos paraguayos": some traffickers, not a people
        if suppressed(an, first, last):
            continue
        _finish(an, hits, "hate.modifier", 0.88, first, last, "derogatory word on a group")
    return hits[:1]


_SELF_COPULAS = frozenset({"am", "soy", "i am", "i'm", "im"})


def _self_named(an: Analysis, first: int) -> bool:
    """The writer names themself one of the group ("I am a fucking X", "soy un pinche X", "as
    a damn X"): a swear of the writer's own voice, not an attack on the group."""
    before = [
        u for u in an.units[max(0, first - 3) : first] if u.sentence == an.units[first].sentence
    ]
    while before and before[-1].code == "A":
        before.pop()
    if not before:
        return False
    last = before[-1]
    return (
        last.text in _SELF_COPULAS
        or (
            last.code == "C"
            and len(before) >= 2
            and before[-2].code == "I"
            and before[-2].text in ("i", "yo", "we", "nosotros")
        )
        or (last.text == "as" and len(before) == 1)
    )


_CRIME_TRADES = frozenset(
    {"narco", "narcos", "sicario", "sicarios", "traficante", "traficantes", "narcotraficante",
     "narcotraficantes", "contrabandista", "contrabandistas", "pollero", "polleros"}
)  # fmt: skip


def _trade_with_origin(an: Analysis, p: int, g: int) -> bool:
    """Spanish puts the origin after the noun: "narcos paraguayos" names traffickers of a
    nationality (a report of crime), where "malditos paraguayos" insults the people."""
    return an.lang == "es" and g == p + 1 and an.units[p].text in _CRIME_TRADES


def _adjective_of_noun_before(an: Analysis, first: int) -> bool:
    """Spanish: the derogatory word follows a plain noun and "de" follows it ("cosas horribles
    de los X", "las condiciones horribles de los migrantes"): an adjective of that noun, and
    the group is what the noun is about. The epithet "esos asquerosos de los X" has a
    determiner before the word, not a noun."""
    units = an.units
    p = units[first]
    if an.lang != "es" or p.code != "X" or first == 0 or first + 1 >= len(units):
        return False
    noun, nxt = units[first - 1], units[first + 1]
    stop = an.lex.stopwords.get("es", frozenset())
    return (
        noun.sentence == p.sentence
        and noun.code == "w"
        and noun.entry is None
        and noun.text not in stop
        and len(noun.text) > 3
        and nxt.text in ("de", "del", "sobre")
    )


@rule("hate.directed", Category.HATE)
def directed(an: Analysis, sub: Submission) -> list[Hit]:
    """Abuse of a person for belonging to a group: 'you stupid woman', 'you Muslim scum'."""
    hits: list[Hit] = []
    if "G" not in an.codes:
        return hits  # every shape here needs a named group
    for first, last, _idx, _m in _scan(an, _DIRECTED, ("g", "p")):
        if suppressed(an, first, last):
            continue
        _finish(an, hits, "hate.directed", _CLEAR, first, last, "abuse aimed at a group member")
    return hits[:1]


def _contrast_denied(an: Analysis, first: int, v: int) -> bool:
    """ "..., not deport them", "..., no echarlos": a negation right before the violence verb
    that opens a clause after a comma, inside the match, names the harm refused."""
    n = v - 1
    if n <= first or an.units[n].code != "N" or an.units[n].sentence != an.units[v].sentence:
        return False
    return "," in an.norm.text[an.units[n - 1].end : an.units[n].start]


@rule("hate.violence", Category.HATE)
def violence(an: Analysis, sub: Submission) -> list[Hit]:
    """Calls for or threats of violence, expulsion or extermination of a group: the shapes
    below, then the general reading of a threat's grammar (`threat_said`)."""
    return _violence_shapes(an, sub) or threat_said.hits(
        an, ("group",), "hate.violence", _STRONG, _HOLD
    )


def _violence_shapes(an: Analysis, sub: Submission) -> list[Hit]:
    hits: list[Hit] = []
    if "G" not in an.codes:
        # every shape here needs a named group ("esos X que cruzan" names it before a clause)
        if "g" in an.codes:
            return (
                _harm_approved(an)
                or _place_attack(an)
                or _deterrent(an)
                or _harm_past_the_clause(an)
                or _threat_on_members(an)
            )
        return _place_attack(an) if "V" in an.codes else hits
    for n, pattern in enumerate(_VIOLENCE):
        names = ("v", "g", "p", "c", "and", "at", "see")
        for first, last, idx, _m in _scan(an, pattern, names, virtual=True):
            v = an.units[idx["v"]]
            if _contrast_denied(an, first, idx["v"]):
                continue  # "fix the courts, not deport them": the harm is what is refused
            if act_condemned(an, idx["v"], last):
                continue  # "Deportar a los X a una cárcel ... es inhumano": the act is judged
            if _harm_unwanted(an, idx["v"]):
                continue  # "no queremos que mueran más X": a wish that they live
            if "and" in idx and an.units[idx["and"]].text not in _AND:
                continue  # "hunt down and kill", not "beat them because ..."
            if "at" in idx and an.units[idx["at"]].text not in _PLACE_PREPS:
                continue
            if n == 12 and not an.units[idx.get("see", idx["p"])].text.endswith("ver"):
                continue
            if n in (0, 3, 10) and not _writer_future(an, idx["p"]):
                continue  # "the law will make X suffer" foretells; it threatens no one
            if n == 2 and (
                v.text.endswith(("ed", "ados", "idos", "adas"))
                or v.text in _PAST_FORMS
                or _present_told_es(an, v)
            ):
                continue  # "police killed X", "golpean a las mujeres" report, not command
            if n == 4 and v.code == "K" and not v.text.startswith(tuple(_SUBJUNCTIVE_K)):
                continue
            if n == 8 and an.units[idx["c"]].text not in _WRITER_MODAL_C:
                continue  # "I was attacked by ...", "I am shooting X" report or describe
            vouched = n == 7 and _vouched(an, v)
            if (
                n == 7
                and an.units[idx["p"]].text in _THIRD_FUTURE
                and not vouched
                and not _sentence_ends(an, idx["v"])
            ):
                continue  # "van a morir de calor si ...": a fate feared, not promised
            if n == 7 and v.code == "K" and not vouched and _of_a_cause(an, idx["v"]):
                continue  # "X are going to die of heat": a cause named, no one's hand
            if (
                n == 7
                and not vouched
                and (
                    (
                        v.code == "V"
                        and not any(an.units[k].code == "C" for k in range(idx["p"], idx["v"]))
                    )
                    or (v.code == "K" and not v.text.removeprefix("all ").startswith(_DEATH_K))
                )
            ):
                continue  # "X will kill us" is a (false) claim, not a threat against X
            if n == 11 and any(
                w.startswith(_WRONG_STEMS)
                for x in an.units[idx["g"] + 1 : idx["and"]]
                for w in x.text.split()
            ):
                continue  # "X who broke in and should be jailed": the harm answers a wrong
            if n == 9 and not v.text.endswith(("los", "las", "les")):
                continue
            if (
                v.code == "K"
                and not vouched
                and n in (1, 3, 7, 10)
                and not _clause_ends(an, idx["v"])
                and not (
                    n in (3, 10) and an.units[idx["p"]].code == "F" and _fate_goes_on(an, idx["v"])
                )
            ):
                continue
            if v.text.endswith("dead") and _dead_as_adverb(an, idx["v"]):
                continue  # "dead certain", "dead set on"
            if suppressed(an, first, last):
                continue
            score = _STRONG
            g = an.units[idx["g"]]
            if v.text in _EXPULSION and g.meta("G") == "immigrants":
                score = _HOLD  # deportation is also a policy debate: a person decides
            _finish(an, hits, "hate.violence", score, first, last,
                    f"violence or expulsion against a group: {v.text!r}")  # fmt: skip
            return hits
    hits.extend(_optative_fate(an) or (_chant(an) if an.lang == "es" else []))
    if hits:
        return hits
    # Spanish optative "que" + subjunctive: "Que encierren a los X", "que deporten a todos
    # los X": a wish or an order, like the bare imperative.
    if an.lang == "es":
        for base, codes in an.sentences:
            m = _OPTATIVE.match(codes)
            if m is None or an.units[base + m.start("q")].text != "que":
                continue
            v = an.units[base + m.start("v")]
            if v.text.endswith(_PAST_ENDINGS) or not v.text.endswith(("en", "an", "e", "a")):
                continue  # "que deportaron a ..." reports; the subjunctive wishes
            first, last = base + m.start("q"), base + m.end() - 1
            if suppressed(an, first, last):
                continue
            g = an.units[base + m.start("g")]
            score = _HOLD if v.text in _EXPULSION and g.meta("G") == "immigrants" else _STRONG
            _finish(an, hits, "hate.violence", score, first, last,
                    f"a wish of violence or expulsion against a group: {v.text!r}")  # fmt: skip
            return hits
    # A group addressed by name, set off by a comma: "Fuck off home, X." / "X, go to hell."
    for base, codes in an.sentences:
        m = _VOCATIVE.match(codes)
        if m is None:
            continue
        g = base + (m.start("g") if m.group("g") else m.start("g2"))
        verb = "v" if m.group("v") else "v2" if m.group("v2") else "e"
        v = an.units[base + m.start(verb)]
        if v.code == "H" and v.text not in _IMPERATIVE_K and not v.text.startswith(_CURSES):
            continue
        if v.code in ("K", "E") and not (
            v.text in _IMPERATIVE_K or v.text.startswith(tuple(_SUBJUNCTIVE_K))
        ):
            continue  # "Women, get out there and win!" is encouragement
        text = an.norm.text
        u = an.units[g]
        comma = (
            "," in text[an.units[g - 1].end : u.start]
            if m.group("g")
            else "," in text[u.end : an.units[g + 1].start]
        )
        first, last = base, base + len(codes) - 1
        if comma and _plural_group(u) and not suppressed(an, first, last):
            _finish(an, hits, "hate.violence", _CLEAR, first, last,
                    f"telling a group {v.text!r}")  # fmt: skip
            return hits
    if an.lang == "es":
        hits.extend(_cleansing(an))
    hits.extend(_deterrent(an))
    # the threat shapes in turn, until one finds something
    for shape in _THREAT_SHAPES:
        if hits:
            break
        hits.extend(shape(an))
    if not hits and an.lang == "es":
        hits.extend(_topic_then_clitic(an) or _clitic_after_group(an))
    if not hits:
        hits.extend(
            _harm_past_the_clause(an)
            or _threat_on_members(an)
            or _member_promised_harm(an)
            or _group_threatened(an, sub)
        )
    if hits:
        return hits[:1]
    # A later sentence with no subject: "Hay que echarlos a todos.", "Deberían morir."
    if _group_before(an):
        for base, codes in an.sentences[1:]:
            m = _SUBJECTLESS_VIOLENCE.match(codes)
            if m is None:
                continue
            v = an.units[base + m.start("v")]
            if _last_group_acted_on(an, base):
                continue  # "Unos nazis agredieron a los X. Habría que encerrarlos."
            clitic = (
                v.text.endswith(("los", "las", "les", "them"))
                or any(w in ("their", "hacerles", "amargarles") for w in v.text.split())
                or any(
                    u.code == "F" and u.text.startswith(_CLITIC_F)
                    for u in an.units[base : base + m.start("v")]
                )
            )  # "Les voy a hacer la vida imposible."
            if (v.code == "K" or clitic) and not suppressed(an, base, base + m.end() - 1):
                hits.append(_hit(an, "hate.violence", 0.8, base, base + m.end() - 1,
                                 "violence against the group named before"))  # fmt: skip
                break
    return hits


# The writer vouches for a harm foretold to a group: "X will be killed, I promise you that",
# "X are going to die, I will make sure of it", "will die at my hands", "te lo juro".
_VOUCH = re.compile(
    r"\b(?:i promise|i swear|i guarantee|mark my words|i(?:'ll| will) make sure of (?:it|that)"
    r"|i(?:'ll| will) see to it|(?:by|at) my (?:own )?hands?|with my (?:own )?(?:bare )?hands"
    r"|te lo (?:juro|prometo)|os lo (?:juro|prometo)|lo juro|lo prometo|me encargare yo"
    r"|(?:de eso|yo) me encargo|a mis manos|con mis (?:propias )?manos|por mi mano)\b"
    # power the writer would use: "if I have my way", "once we are in power", "when I rule"
    r"|\b(?:if|once|when|as soon as) (?:i|we) (?:have|had|get|got) (?:my|our) way\b"
    r"|\b(?:if|once|when|as soon as) (?:i|we) (?:am|are|'m|'re|get|got|come|gets) (?:in|into|to)"
    r" (?:power|charge|office)\b|\b(?:if|once|when|as soon as) (?:i|we) (?:rule|run|take over)"
    r"(?: (?:this|the) (?:country|town|city|place))?\b|\bgive (?:me|us) (?:the )?power\b"
)


# Where a Spanish chant sends a group: death, a cage, the sea, back to a supposed place.
_CHANT_PLACES = re.compile(
    r"^(?:al (?:paredon|horno|mar|zoologico|zoo|rio|muro|matadero|crematorio|campo de "
    r"concentracion|gulag)|a la (?:hoguera|horca|camara de gas|jaula|fosa|selva|jungla)|a los "
    r"(?:hornos|leones)|a (?:su|sus) (?:pais|paises|tierra|tierras|selva|monte|jaula|jaulas|"
    r"cueva|cuevas|rancho|chozas?))\b"
)


def _chant(an: Analysis) -> list[Hit]:
    """A bare group that opens a sentence followed at once by where it is sent ("Negros al
    zoológico", "Judíos al horno", "Inmigrantes a su país"): the chant shape, a call with its
    verb left out. Only at the head of a sentence, so "los X que llegan al mar" is a place."""
    hits: list[Hit] = []
    for base, codes in an.sentences:
        k = base + (1 if codes[:1] == "A" else 0)
        if k >= len(an.units) or an.units[k].code != "G" or not _plural_group(an.units[k]):
            continue
        g = an.units[k]
        rest = an.norm.text[g.end :].lstrip(" ,¡!")
        m = _CHANT_PLACES.match(rest)
        if m is None or suppressed(an, k, k):
            continue
        score = _HOLD if m.group(0).startswith("a su") else _STRONG
        end = g.end + (len(an.norm.text[g.end :]) - len(rest)) + m.end()
        last = max((u.index for u in an.units if u.start < end), default=k)
        hits.append(_hit(an, "hate.violence", score, k, last, "a group sent to its death or out"))
        return hits
    return hits


# A chant that sends the people after "con"/"with" to their death or out, opening its clause:
# "A la hoguera con ellos", "Al río con todos", "Fuera con ellos", "To the stake with them".
_CHANT_WITH = re.compile(
    r"(?:^|[,;:\u00a1!]\s*|\by\s+|\band\s+)(?:al (?:paredon|mar|rio|horno|matadero)|"
    r"a la (?:hoguera|horca|camara de gas|fosa)|a los hornos|fuera|to the (?:stake|gallows|"
    r"ovens|wall)|into the (?:sea|river|ocean|ovens|fire)|out|off to the (?:ovens|gallows|camps))"
    r" (?:con|with) (?:(?:todos|todas|all of|all|every one of) )?$"
)
_CHANT_ALL = frozenset({"todos", "todas", "all", "them all", "all of them"})
_CHANT_SPAN = 80  # characters: longer than any chant `_CHANT_WITH` reads, with its separator


def _chant_with(an: Analysis) -> list[Hit]:
    """A chant with its target after "con"/"with" (`_CHANT_WITH`): a named group, or "ellos",
    "them" standing for the group named before ("Los X mandan. A la hoguera con ellos."). The
    clause ends with the target, so "fuimos al río con ellos" (a trip) has no chant opening it
    and "fuera con ellos de vacaciones" goes on."""
    text = an.norm.text
    for u in an.units:
        if u.code != "G" or not (u.has("G") or u.has("T")):
            continue
        run = an.sentence_run(u.index)
        # The chant ends right before the group: read only its last stretch, so a long
        # sentence of group words is not searched again from its start for each of them.
        # A cut stretch gets a dummy head, so its first words do not pass for the clause start.
        start = max(run[0].start, u.start - _CHANT_SPAN)
        head = "" if start == run[0].start else "x "
        m = _CHANT_WITH.search(head + text[start : u.start])
        if m is None:
            continue
        nxt = u.index + 1
        if nxt < len(an.units) and an.units[nxt].text in _CHANT_ALL:
            nxt += 1
        goes_on = nxt < len(an.units) and an.units[nxt].sentence == u.sentence
        if goes_on and not re.search(r"[,;:]", text[an.units[nxt - 1].end : an.units[nxt].start]):
            continue  # the clause goes on: "fuera con ellos de vacaciones"
        first = next(x.index for x in run if x.end > start + m.start() - len(head))
        if suppressed(an, first, u.index):
            continue
        return [_hit(an, "hate.violence", _STRONG if u.has("G") else 0.8, first, u.index,
                     "a chant sending a group to its death or out")]  # fmt: skip
    return []


def _vouched(an: Analysis, v: Unit) -> bool:
    """The sentence of the harm, or the next one, holds the writer's word that it will come."""
    s = v.sentence
    ends = [u.end for u in an.units if u.sentence in (s, s + 1)]
    start = next(u.start for u in an.units if u.sentence == s)
    return _VOUCH.search(an.norm.text, start, max(ends)) is not None


_DEAD_ADVERB = frozenset(
    {"certain", "sure", "serious", "set", "right", "wrong", "tired", "broke", "last", "ahead",
     "against", "on", "in", "center", "centre", "even", "easy", "simple", "quiet", "silent"}
)  # fmt: skip


def _dead_as_adverb(an: Analysis, k: int) -> bool:
    """ "dead" that intensifies the next word ("dead certain", "dead set on") is no death."""
    return k + 1 < len(an.units) and an.units[k + 1].text.split()[0] in _DEAD_ADVERB


def _writer_future(an: Analysis, p: int) -> bool:
    """A bare "will" or "going to" is the writer's intent only with the writer in its subject
    ("me and my mates will", "our militia will") or no subject (the F phrases with "I" are
    one unit)."""
    u = an.units[p]
    if u.code != "F" or u.text not in _BARE_FUTURE:
        return True
    if u.text in _THIRD_FUTURE:
        return False  # "van a deportar a los X": what others will do
    before = [x for x in an.units[max(0, p - 4) : p] if x.sentence == u.sentence]
    return not before or any(x.code == "I" or x.text in _WRITER_WORDS for x in before)


_WRITER_WORDS = frozenset({"me", "my", "our", "us", "mi", "mis", "nuestro", "nuestra"})


def _fate_goes_on(an: Analysis, k: int) -> bool:
    """A death or suffering the writer intends may go on with its cause or manner ("suffer
    for everything", "sufran como nunca"); not with a negation ("suffer no more")."""
    u = an.units[k]
    if not u.text.startswith((*_DEATH_K, "bleed", "sangr", "sufran", "mueran")):
        return False
    nxt = an.units[k + 1]
    return nxt.code != "N" and nxt.text not in ("less", "menos", "no more", "nunca mas")


# A wish for the group's fate that opens its sentence: "May all X die", "May X burn",
# "Que todos los X se mueran", "Que los X sean fusilados".
_MAY_FATE = re.compile(r"^(?P<q>w)[AY]*(?P<g>G)[AY]*(?P<c>C[AY]*)?(?P<v>[KV])")


def _optative_fate(an: Analysis) -> list[Hit]:
    for base, codes in an.sentences:
        m = _MAY_FATE.match(codes)
        if m is None:
            continue
        q, v = an.units[base], an.units[base + m.start("v")]
        c = an.units[base + m.start("c")] if m.group("c") else None
        if q.text == "may" and an.lang == "en":
            ok = (c is None and (v.code == "K" or v.has("K"))) or (
                c is not None and c.text == "be" and v.code == "V"
            )  # "May X burn", "May X be hanged"
        elif q.text == "que" and an.lang == "es":
            ok = (c is None and v.code == "K" and v.text.startswith(tuple(_SUBJUNCTIVE_K))) or (
                c is not None and c.text in ("sean", "fueran") and v.code == "V"
            )  # "Que los X se mueran", "Que los X sean fusilados"
        else:
            ok = False
        first, last = base, base + m.end() - 1
        nxt = an.units[last + 1] if last + 1 < base + len(codes) else None
        if nxt is not None and (v.code == "K" or c is None) and nxt.text not in _CLAUSE_END_OK:
            continue  # "que se vayan a casa a salvo": a journey wished well
        if ok and not suppressed(an, first, last):
            g = an.units[base + m.start("g")]
            score = _HOLD if v.text in _EXPULSION and g.meta("G") == "immigrants" else _STRONG
            return [_hit(an, "hate.violence", score, first, last, "a wish for a group's fate")]
    return []


# "Hay que limpiar la ciudad de X", "Ojalá alguien limpie el barrio de tanto X", "Limpiemos el
# país de X": a place to be cleaned of a group. The verb is the writer's wish (a modal or
# intent before it, or a subjunctive or imperative form), never a report ("limpian las casas
# de ...", "quiere limpiar ...").
_CLEAN_WISH = re.compile(
    r"^(?:limpi(?:en|e|emos|ara|aran|aremos|aria|ariamos|arian)|purg(?:uen|ue|uemos)|"
    r"desinfect(?:en|e|emos)|fumig(?:uen|ue|uemos)|barran|barramos)(?:l[oa]s?)?$"
)
_CLEAN_INF = re.compile(r"^(?:limpiar|purgar|desinfectar|fumigar|barrer)(?:l[oa]s?)?$")
_CLEAN_OF = frozenset({"de", "de tanto", "de tanta", "de tantos", "de tantas", "de todos",
                       "de todas", "de esos", "de esas", "de estos", "de estas"})  # fmt: skip
_CLEAN_DETS = frozenset({"tanto", "tanta", "tantos", "tantas", "todos", "todas", "esos", "esas",
                         "estos", "estas", "los", "las", "a todos", "a todas"})  # fmt: skip


def _cleansing(an: Analysis) -> list[Hit]:
    for u in an.units:
        if u.code != "w" or not u.text.startswith(("limpi", "purg", "desinf", "fumig", "barr")):
            continue
        prev = an.units[u.index - 1] if u.index else None
        same = prev is not None and prev.sentence == u.sentence
        bare = False  # an infinitive opening its sentence: a call, or the subject of "es"
        if _CLEAN_INF.match(u.text):
            if same and prev.code not in ("M", "F"):
                continue  # "quiere limpiar ...": someone else's plan
            bare = not same
        elif not _CLEAN_WISH.match(u.text):
            continue
        k, end = u.index + 1, min(len(an.units), u.index + 7)
        while k < end and an.units[k].sentence == u.sentence:
            w = an.units[k]
            j = k - 1
            while j > u.index and an.units[j].text in _CLEAN_DETS:
                j -= 1
            if w.code in ("G", "g") and w.has("G") and an.units[j].text in _CLEAN_OF:
                first = prev.index if same and prev.code in ("M", "F") else u.index
                if suppressed(an, first, k) or (
                    bare
                    and any(x.code == "C" for x in an.units[k + 1 :] if x.sentence == u.sentence)
                ):
                    break  # "Limpiar la ciudad de X es limpieza étnica": the act discussed
                violent = any(
                    x.code == "V" for x in an.units if u.sentence <= x.sentence <= u.sentence + 1
                ) or re.search(r"\b(?:balas|balazos|plomo|a tiros)\b", an.norm.text)
                score = _HOLD if w.meta("G") == "immigrants" and not violent else _CLEAR
                return [_hit(an, "hate.violence", score, first, k, "a place cleaned of a group")]
            if w.code in ("B", "N") or (w.code == "G" and not w.has("G")):
                break
            k += 1
    return []


# Violence as a lesson to the rest: "shoot a few and the rest will turn back", "si matan a
# unos cuantos, los demás dejarán de venir", "a ver si así aprenden".
_REST = re.compile(
    r"\b(?:the rest|the others|everyone else|all the others|los demas|el resto|los otros)\b"
    r"(?P<after>.{0,40})"
)
_LESSON = re.compile(
    r"\ba ver si (?:asi )?(?:aprenden|dejan|se van|se regresan|entienden|no vuelven|se largan)"
    r"|\bpara que (?:aprendan|dejen de|se vayan|no vuelvan|entiendan|se regresen)"
    r"|\b(?:so|and) (?:they|the rest)(?:'ll| will)? (?:stop coming|learn|get the message|"
    r"think twice|turn back|go home|stay home|stay away)\b"
)
_FUTURE = re.compile(r"\b(?:will|'ll|would|are going to|will soon)\b|\b\w+(?:ran|ra|rian)\b")
_PAST_ENDINGS = ("ed", "aron", "ieron", "ados", "adas", "idos", "idas")


def _past(v: Unit) -> bool:
    """A verb in the past ("shot", "mataron"): a report of what happened, not a threat."""
    return v.text.endswith(_PAST_ENDINGS) or v.text in _PAST_FORMS


def _deterrent(an: Analysis) -> list[Hit]:
    """A call to attack some of a group so that the others leave or stay away."""
    if not any(u.code in ("G", "g", "t") for u in an.units):
        return []
    text = an.norm.text
    for base, codes in an.sentences:
        if "V" not in codes:
            continue
        end = base + len(codes) - 1
        v = base + codes.index("V")
        vu = an.units[v]
        if _past(vu):
            continue  # "they shot a few and the rest ran": a report
        if not any(
            u.code in ("G", "g", "t") and u.sentence >= vu.sentence - 1 for u in an.units[: end + 1]
        ):
            continue  # the group is named in this sentence or the one before
        rest = text[vu.end : an.units[end].end]
        m = _REST.search(rest)
        lesson = (m is not None and _FUTURE.search(m.group("after"))) or _LESSON.search(rest)
        if lesson and not suppressed(an, v, end):
            return [_hit(an, "hate.violence", 0.8, v, end, "violence to frighten off a group")]
    return []


# "Violence against X is justified", "La violencia contra los X está justificada": harm to a
# group, named after "against" (which otherwise takes the group out of the subject), approved.
_AGAINST_APPROVED = re.compile(
    r"^[AY]*(?P<v>[Vw])(?P<ag>w)A?(?P<g>[gG])[AYw]{0,3}(?:C|(?P<esta>w))[AY]*(?P<j>J)"
)
# "está" folds to "esta" (this), which the lexicon cannot read as a copula
_ESTA = frozenset({"esta", "estan"})
_VIOLENCE_NOUNS = frozenset({"violence", "violencia", "la violencia", "attacks", "ataques"})
_AGAINST = frozenset({"against", "contra", "towards", "toward", "hacia"})


# Approval first, then the act: "Está bien matar a los X", "es lo correcto exterminar a ...",
# "It's acceptable to beat X", "There is nothing wrong with hurting X".
_APPROVED_ACT = re.compile(
    r"^[AB]*(?P<it>w)?(?:C[AY]*)?(?P<j>J)[AY]*(?:(?P<is>C)[AY]*)?(?P<to>w)?(?:C[AY]*)?(?P<v>V)"
    r"[AYI]*(?P<g>G)"
)
_DUMMY_SUBJECTS = frozenset({"it", "there", "that", "this"})
# "The solution is to deport X" is a policy, however harsh: only harm is approved this way.
_POLICY_VERBS = frozenset(
    {"deport", "expel", "ban", "remove", "detain", "jail", "arrest", "send back", "kick out",
     "deportar", "expulsar", "prohibir", "encarcelar", "detener", "echar", "sacar"}
)  # fmt: skip
_TO = frozenset({"to"})

# The act as the subject, approved: "Attacking X is justified", "Punching a X is totally okay",
# "X getting beaten is a good thing".
_GERUND_APPROVED = re.compile(r"^[AB]*(?P<v>[Vw])[AYI]*(?P<g>G)[AY]*C[AY]*(?P<j>J)")
_SUFFERED_APPROVED = re.compile(r"^[AB]*(?P<g>G)[AY]*(?P<get>w)(?P<v>V)[AY]*C[AY]*(?P<j>J)")
_HARM_GERUNDS = frozenset(
    {"attacking", "punching", "slapping", "kicking", "assaulting", "harming", "hitting",
     "bashing", "beating up", "stoning", "torturing", "raping", "shooting", "stabbing",
     "killing", "beating", "lynching", "hurting", "murdering", "strangling", "burning"}
)  # fmt: skip
_GETTING = frozenset({"getting", "being", "get"})
_HARM_INFINITIVES_ES = ("pegar", "golpear", "patear", "apalear", "agredir", "madrear")


# Approval of a harm put as a condition: "It would be a good thing if all X were shot".
_APPROVED_IF = re.compile(
    r"^[AB]*(?:w[AY]*)?(?:C[AY]*)?(?P<j>J)[AY]*(?P<if>w)[AY]*(?P<g>G)[AY]*C[AY]*(?P<v>[VK])"
)
_IF_THAT = frozenset({"if", "when", "that", "si", "que"})


def _act_approved(an: Analysis, base: int, codes: str) -> list[Hit]:
    """Harm to a group as the subject of an approval: "Attacking X is justified", "X getting
    killed is a good thing"; "Defending X is justified" and "... is never okay" pass."""
    m = _GERUND_APPROVED.match(codes) or _SUFFERED_APPROVED.match(codes)
    if m is None or not an.units[base + m.start("g")].has("G"):
        return []
    v = an.units[base + m.start("v")]
    if "get" in m.groupdict():
        if an.units[base + m.start("get")].text not in _GETTING:
            return []
    elif an.lang == "es":
        if not _INFINITIVE_ES.search(v.text.split()[0]) or (
            v.code != "V" and not v.text.startswith(_HARM_INFINITIVES_ES)
        ):
            return []  # "Golpear a los X es divertido", "pegarles a los X está justificado"
    elif not v.text.endswith("ing") or (v.code != "V" and v.text not in _HARM_GERUNDS):
        return []
    last = base + m.end() - 1
    if not _clause_ends(an, last) or suppressed(an, base, last):
        return []
    return [_hit(an, "hate.violence", _CLEAR, base, last, "violence against a group approved")]


def _harm_approved(an: Analysis) -> list[Hit]:
    for base, codes in an.sentences:
        m = _APPROVED_IF.match(codes)
        if (
            m is not None
            and an.units[base + m.start("if")].text in _IF_THAT
            and an.units[base + m.start("g")].has("G")
            and _clause_ends(an, base + m.end() - 1)
            and not suppressed(an, base, base + m.end() - 1)
        ):
            what = "violence against a group approved"
            return [_hit(an, "hate.violence", _CLEAR, base, base + m.end() - 1, what)]
        hit = _act_approved(an, base, codes)
        if hit:
            return hit
        m = _APPROVED_ACT.match(codes)
        if (
            m is not None
            and an.units[base + m.start("g")].has("G")
            and (m.start("it") < 0 or an.units[base + m.start("it")].text in _DUMMY_SUBJECTS)
            and (m.start("to") < 0 or an.units[base + m.start("to")].text in _TO)
            and (m.start("is") < 0 or an.units[base + m.start("v")].text not in _POLICY_VERBS)
        ):
            last = base + m.end() - 1
            v = an.units[base + m.start("v")]
            if not v.text.endswith(_PAST_ENDINGS) and not suppressed(an, base, last):
                what = "violence against a group approved"
                return [_hit(an, "hate.violence", _CLEAR, base, last, what)]
        m = _AGAINST_APPROVED.match(codes)
        if m is None:
            continue
        g, j = base + m.start("g"), base + m.start("j")
        if an.units[base + m.start("ag")].text not in _AGAINST or not an.units[g].has("G"):
            continue
        if m.group("esta") and an.units[base + m.start("esta")].text not in _ESTA:
            continue
        v = an.units[base + m.start("v")]
        if v.code == "w" and v.text not in _VIOLENCE_NOUNS:
            continue
        if j + 1 < base + len(codes) and an.units[j + 1].code not in ("B", "A"):
            continue  # "... is necessary to report": the approval is of something else
        if not suppressed(an, base, j):
            return [_hit(an, "hate.violence", _CLEAR, base, j, "violence against a group approved")]
    return []


# A threat spoken to a group: "We're coming for you, X", "X: your days are numbered",
# "Vamos a por vosotros, X", "Vosotros, X, vais a morir".
_ADDRESSED_THREAT = re.compile(
    r"\b(?:(?:we|i)(?:'re| are|'m| am) coming (?:for|to get) (?:you|all of you|every one of you)"
    r"|you(?:'re| are) (?:all )?next\b(?! (?:in|to|up|on|for|week|year|time|door))"
    r"|your days are numbered|watch your backs?\b|sleep with one eye open"
    r"|(?:we|i)(?:'ll| will| are going to|'re going to|'m going to| am going to) "
    r"(?:find|get|hunt|kill|hurt|shoot|burn|hang|end) (?:you|all of you|every one of you)\b"
    r"|you(?:'ll| will| are going to|'re going to) (?:all )?(?:die|pay|bleed|suffer|burn|hang)\b"
    r"|you(?:'re| are) (?:all )?(?:dead|going to die|gonna die)\b|we know where you live"
    r"|\b(?:vamos|voy) a (?:ir a )?por (?:vosotr[oa]s|ustedes)\b|\b(?:vais|van) a (?:morir|pagar"
    r"|sufrir|arder|sangrar)\b|\b(?:sois|son) (?:los|las) siguientes\b"
    r"|\b(?:teneis|tienen) los dias contados|\b(?:os|les) (?:vamos|voy) a (?:matar|encontrar"
    r"|cazar|quemar|colgar|reventar|partir|romper|linchar|hacer pagar)\b"
    r"|\bsabemos donde (?:vivis|viven)\b|\bos vais a enterar\b)"
)
_YOU_ALL = frozenset({"you", "vosotros", "vosotras", "ustedes", "you all", "y'all"})


def _addressed_threat(an: Analysis) -> list[Hit]:
    """A threat phrase in a comment that speaks to a protected group: "you X", or the group
    named alone at either end of its sentence, set off by a comma or a colon."""
    m = None
    for u in an.units:
        if u.code != "G" or not u.has("G") or not _plural_group(u):
            continue
        if not (u.index and an.units[u.index - 1].text in _YOU_ALL) and not _vocative(an, u):
            continue
        m = m or _ADDRESSED_THREAT.search(an.norm.text)
        if m is None:
            return []
        if kind_manner(an.norm.text, m.end()):
            return []  # "os vamos a matar a besos, chicas": affection in a threat's words
        first, last = units_in(an, m.start(), m.end())
        if first is None or suppressed(an, first, last):
            continue
        lo, hi = min(first, u.index), max(last, u.index)
        return [_hit(an, "hate.violence", _STRONG, lo, hi, "a threat spoken to a group")]
    return []


_CLITIC_F = ("os ", "los ", "las ", "les ")
_VERB_CODES = re.compile("[VK]")
# mataría, mataré, mataremos, mataríamos: the writer's own future or conditional (not -arías)
_WRITER_FORMS = ("aria", "eria", "iria", "are", "ere", "ire", "aremos", "eremos", "iremos",
                 "ariamos", "eriamos", "iriamos")  # fmt: skip
_PRONOUN_OBJECTS = frozenset({"you", "you all", "all of you", "every one of you", "os",
                              "vosotros", "ustedes"})  # fmt: skip


def _pronoun_threat(an: Analysis) -> list[Hit]:
    """The writer's violence aimed at a group by a pronoun: "X, I'm going to strangle you
    all", "Musulmanes, os voy a apuñalar", "... Los voy a matar." after the group is named."""
    addressed = None
    for found in _VERB_CODES.finditer(an.codes):
        v = an.units[found.start()]
        if _past(v):
            continue
        before = [u for u in an.units[max(0, v.index - 3) : v.index] if u.sentence == v.sentence]
        intent = next((u for u in reversed(before) if u.code in ("F", "M")), None)
        head = v.text.split()[0]
        if intent is None and an.lang == "es" and head.endswith(_WRITER_FORMS):
            intent = v  # "mataría a cada uno de ellos": the writer's own future or conditional
        if intent is None or not _writer_future(an, intent.index):
            continue
        if kind_manner(an.norm.text, v.end):
            continue
        if _contrast_denied(an, intent.index, v.index):
            continue  # "hay que ayudarlos, no deportarlos": the harm is what is refused
        if head.endswith(("los", "las", "les")) and _antecedent(an, v.index) is not None:
            if not suppressed(an, intent.index, v.index):  # "quiero hacerles daño"
                return [_hit(an, "hate.violence", _STRONG, intent.index, v.index,
                             "a threat aimed at a group by a pronoun")]  # fmt: skip
            continue
        if v.code == "K":
            continue
        nxt = an.units[v.index + 1] if v.index + 1 < len(an.units) else None
        to_you = nxt is not None and nxt.sentence == v.sentence and nxt.text in _PRONOUN_OBJECTS
        if to_you and _and_the_group(an, nxt.index):
            addressed = True  # "kill you and every other X"
        os_before = (
            intent.index > 0
            and an.units[intent.index - 1].text == "os"
            and an.units[intent.index - 1].sentence == intent.sentence
        )  # "os mataremos": the clitic read as its own unit
        if addressed is None and (to_you or intent.text.startswith("os ") or os_before):
            addressed = any(
                u.code == "G" and u.has("G") and _plural_group(u)
                and ((u.index and an.units[u.index - 1].text in _YOU_ALL) or _vocative(an, u))
                for u in an.units
            )  # fmt: skip
        clitic = intent.text.startswith(_CLITIC_F) or (
            intent is not v
            and intent.index > 0
            and an.units[intent.index - 1].text in ("los", "las", "les")
            and an.units[intent.index - 1].sentence == intent.sentence
        )  # "X: los vamos a matar": the clitic read as its own unit
        if (clitic and intent.text.startswith("os ")) or os_before:
            aimed = addressed
        elif clitic:
            aimed = _antecedent(an, intent.index) is not None
        elif intent is v:
            aimed = any(
                u.code == "G" and u.sentence == v.sentence
                for u in an.units[v.index + 1 : v.index + 4]
            ) and all(u.code in ("A", "G") for u in an.units[v.index + 1 : v.index + 4])
        else:
            aimed = addressed and to_you
        if aimed and not suppressed(an, intent.index, v.index):
            return [_hit(an, "hate.violence", _STRONG, intent.index, v.index,
                         "a threat aimed at a group by a pronoun")]  # fmt: skip
    return []


def _and_the_group(an: Analysis, k: int) -> bool:
    """After the pronoun at k: "and (all the other) X", the group joined to the person."""
    run = [u for u in an.units[k + 1 : k + 6] if u.sentence == an.units[k].sentence]
    if not run or run[0].text not in _AND:
        return False
    for u in run[1:]:
        if u.code == "G" and u.has("G"):
            return True
        if u.code not in ("A", "w"):
            return False
    return False


# A weapon or a campaign of violence the writer means to bring to a group: "I'm going to take
# a gun to every X", "we should declare war on X", "vamos a llevar gasolina a ...".
_INSTRUMENTS = frozenset(
    {"gun", "guns", "knife", "knives", "bat", "axe", "machete", "hammer", "blade", "rifle",
     "shotgun", "pistol", "crowbar", "chainsaw", "grenade", "bomb", "bombs", "bullet", "bullets",
     "rope", "noose", "torch", "torches", "pitchfork", "war", "crusade", "pogrom", "purge",
     "genocide", "massacre", "pistola", "cuchillo", "navaja", "bate", "hacha", "martillo",
     "escopeta", "bomba", "bala", "balas", "soga", "cuerda", "antorcha", "gasolina", "guerra",
     "cruzada", "pogromo", "purga", "genocidio", "masacre"}
)  # fmt: skip
_INSTRUMENT_STARTS = frozenset(w[:4] for w in _INSTRUMENTS)
_TOWARDS = frozenset({"to", "on", "against", "into", "at", "through", "for", "upon", "contra",
                      "a", "en", "sobre", "al"})  # fmt: skip


def _instrument_threat(an: Analysis) -> list[Hit]:
    if an.prefixes.isdisjoint(_INSTRUMENT_STARTS):
        return []
    units = an.units
    for k, u in enumerate(units):
        if u.text not in _INSTRUMENTS:
            continue
        s = u.sentence
        before = [x for x in units[max(0, k - 6) : k] if x.sentence == s]
        intent = next((x for x in before if x.code in ("F", "M")), None)
        if intent is None or not _writer_future(an, intent.index):
            continue
        after = [x for x in units[k + 1 : k + 5] if x.sentence == s]
        if not after or after[0].text not in _TOWARDS:
            continue
        for x in after[1:]:
            if x.code in ("G", "g") and x.has("G"):
                if not suppressed(an, intent.index, x.index):
                    return [_hit(an, "hate.violence", _STRONG, intent.index, x.index,
                                 f"a weapon or war for a group: {u.text!r}")]  # fmt: skip
                break
            if x.code != "A":
                break
    return []


# "I'm going to burn down their mosques", "vamos a quemar las casas de los X": the group's
# places attacked.
_PLACES = frozenset(
    {"mosque", "mosques", "church", "churches", "synagogue", "synagogues", "temple", "temples",
     "home", "homes", "house", "houses", "businesses", "shops", "stores", "bars", "clubs",
     "shelters", "centre", "center", "centers", "centres", "neighbourhoods", "neighborhoods",
     "schools", "parade", "parades", "march", "marches", "events", "camps", "mezquita",
     "mezquitas", "iglesia", "iglesias", "sinagoga", "sinagogas", "casa", "casas", "negocios",
     "tiendas", "bares", "discotecas", "albergues", "centro", "centros", "barrios", "escuelas",
     "desfile", "marcha", "campamentos"}
)  # fmt: skip


_PLACE_STARTS = frozenset(w[:4] for w in _PLACES)
# A house of worship names its faith: "burn down every mosque" is an attack on Muslims.
_WORSHIP = frozenset(
    {"mosque", "mosques", "synagogue", "synagogues", "temple", "temples", "mezquita",
     "mezquitas", "sinagoga", "sinagogas"}
)  # fmt: skip


def _place_attack(an: Analysis) -> list[Hit]:
    if an.prefixes.isdisjoint(_PLACE_STARTS):
        return []
    units = an.units
    for v in units:
        if v.code != "V" or _past(v):
            continue
        s = v.sentence
        before = [x for x in units[max(0, v.index - 3) : v.index] if x.sentence == s]
        intent = next((x for x in reversed(before) if x.code in ("F", "M")), None)
        if intent is None or not _writer_future(an, intent.index):
            continue
        run = [x for x in units[v.index + 1 : v.index + 7] if x.sentence == s]
        place = next((x for x in run[:4] if x.text in _PLACES), None)
        if place is None:
            continue
        group = any(x.code in ("G", "g") and x.has("G") for x in run[: place.index - v.index + 3])
        theirs = any(x.text in ("their", "sus") for x in run[: place.index - v.index]) and (
            _antecedent(an, v.index) is not None
        )
        worship = place.text in _WORSHIP
        if (group or theirs or worship) and not suppressed(an, intent.index, place.index):
            return [_hit(an, "hate.violence", _STRONG, intent.index, place.index,
                         "an attack on a group's places")]  # fmt: skip
    return []


# "Our only option is killing all X", "la solución es exterminar a los X": harm to the group
# named as the plan.
_PLAN_NOUNS = frozenset(
    {"solution", "answer", "option", "plan", "duty", "job", "goal", "aim", "priority", "wish",
     "dream", "cure", "remedy", "fix", "response", "policy", "mission", "idea", "way",
     "solucion", "respuesta", "opcion", "deber", "objetivo", "meta", "prioridad", "deseo",
     "sueno", "remedio", "mision"}
)  # fmt: skip
_PLAN = re.compile(r"^[AY]*(?:w[AY]*){0,2}?(?P<n>w)[AY]*C[AY]*(?P<to>w)?(?P<v>V)[AYI]*(?P<g>G)")


def _plan_is_harm(an: Analysis) -> list[Hit]:
    for base, codes in an.sentences:
        m = _PLAN.match(codes)
        if m is None or an.units[base + m.start("n")].text not in _PLAN_NOUNS:
            continue
        if m.group("to") and an.units[base + m.start("to")].text not in ("to", "a"):
            continue
        v, g = an.units[base + m.start("v")], an.units[base + m.start("g")]
        if _past(v):
            continue
        first, last = base, base + m.end() - 1
        if suppressed(an, first, last):
            continue
        score = _HOLD if v.text in _EXPULSION and g.meta("G") == "immigrants" else _STRONG
        return [_hit(an, "hate.violence", score, first, last, "harm to a group as the plan")]
    return []


def _vocative(an: Analysis, u: Unit) -> bool:
    """The group named alone at the start or end of its sentence, set off by punctuation."""
    text = an.norm.text
    prev = an.units[u.index - 1] if u.index else None
    nxt = an.units[u.index + 1] if u.index + 1 < len(an.units) else None
    opens = prev is None or prev.sentence != u.sentence
    closes = nxt is None or nxt.sentence != u.sentence
    if opens and nxt is not None and not closes:
        return any(c in text[u.end : nxt.start] for c in ",:")
    if closes and prev is not None and not opens:
        return any(c in text[prev.end : u.start] for c in ",:")
    return (  # "Count the days, X: ...": set off on both sides
        prev is not None
        and nxt is not None
        and any(c in text[prev.end : u.start] for c in ",:")
        and any(c in text[u.end : nxt.start] for c in ",:")
    )


# "If I see a X near my house, I'll kill him", "Como vea a un X cerca de mi casa, lo mato":
# a condition the writer meets, then the writer's violence.
_CONDITIONS = frozenset({"if", "when", "whenever", "si", "como", "cuando", "the next time",
                         "next time", "la proxima vez que"})  # fmt: skip
_WRITER_MEETS = frozenset(
    {"vea", "veo", "encuentre", "encuentro", "pille", "pillo", "cruce", "cruzo", "tope",
     "topo", "agarre", "agarro", "me encuentro", "me cruzo", "me encuentre", "me cruce",
     "ves", "veis", "ven", "encuentras", "te encuentras", "te cruzas"}
)  # fmt: skip
_CLITICS = frozenset({"lo", "la", "los", "las", "le", "les"})
_CLITIC_ENDINGS = tuple(sorted(_CLITICS))
_OBJECT_PRONOUNS = _CLITICS | {"him", "her", "them", "it"}


_FOR = frozenset({"por", "for"})
_BEING = frozenset({"ser", "being", "be"})
_HATE_1SG = frozenset(w for w in _HATE_VERBS_1SG if " " not in w) | {"hate", "despise"}
_TO_WHOM = _CLITICS | {"te", "os", "yo", "i"}
_OBJECTS_EN = frozenset({"you", "you all", "all of you", "him", "her", "them"})


def _for_being(an: Analysis, *, hatred: bool = False) -> list[Hit]:
    """Harm or hatred the writer aims at someone for being one of a group: "te mataré por ser
    X", "I'll kill you for being X", "te odio por ser X". A report ("lo mataron por ser X",
    "me odian por ser X") passes: the verb must be the writer's (a future or conditional of
    the first person or an intent or modal before it; for hatred, the first person)."""
    for k, u in enumerate(an.units):
        if u.code != "C" or u.text not in _BEING or k < 2 or k + 1 >= len(an.units):
            continue
        g = an.units[k + 1]
        if an.units[k - 1].text not in _FOR or not (g.code == "G" and g.has("G")):
            continue
        if g.sentence != u.sentence:
            continue
        for j in range(k - 2, -1, -1):
            v = an.units[j]
            if v.sentence != u.sentence:
                break
            if j < k - 2 and not all(
                x.code == "A" or x.text in _TO_WHOM or x.text in _OBJECTS_EN
                for x in an.units[j + 1 : k - 1]
            ):
                break  # "odio que te traten mal por ser X": the nearest verb is someone else's
            before = [x for x in an.units[:j] if x.sentence == v.sentence]
            if hatred:
                head = v.text.split()
                ok = (
                    head[-1] in _HATE_1SG
                    and all(w in _TO_WHOM for w in head[:-1])
                    and (all(x.text in _TO_WHOM for x in before) or _hater_is_writer(an, j))
                )
            else:
                ok = v.code == "V" and (
                    v.text.endswith(_WRITER_FORMS) or any(x.code in ("F", "M") for x in before)
                )
            if ok and not suppressed(an, j, k + 1):
                if hatred:
                    return [_hit(an, "hate.emotion", _CLEAR, j, k + 1,
                                 "hatred for being one of a group")]  # fmt: skip
                return [_hit(an, "hate.violence", _STRONG, j, k + 1,
                             "harm aimed at someone for being one of a group")]  # fmt: skip
    return []


# "A todos los X los mataré", "A los X los voy a quemar": the group put first as the topic,
# then the writer's harm through a clitic.
_TOPIC_CLITIC = re.compile(r"^[AB]*(?P<g>G)(?P<c>A)(?P<f>[FM]?)(?P<v>V)")


def _topic_then_clitic(an: Analysis) -> list[Hit]:
    for base, codes in an.sentences:
        m = _TOPIC_CLITIC.match(codes)
        if m is None or an.units[base].text.split()[0] != "a":
            continue
        c, v = an.units[base + m.start("c")], an.units[base + m.start("v")]
        head = v.text.split()[0]
        writer = (
            m.group("f")
            or head.endswith(_WRITER_FORMS)
            or (head.endswith("o") and not head.endswith(("ado", "ido")))  # "los mato"
        )
        if c.text not in _CLITICS or not writer or v.text.endswith(_PAST_ENDINGS):
            continue
        last = base + m.end() - 1
        if not suppressed(an, base, last):
            return [
                _hit(an, "hate.violence", _STRONG, base, last, "a threat to the group named first")
            ]
    return []


# The writer's own harm to a group named before, by its clitic: "Yo los mataría a todos.",
# "... y sinceramente los quiero muertos". Only the plural clitics, and only in a clause that
# opens with the writer or nothing (a third party's "los matan" reports).
_CLITIC_HARM = re.compile(r"(?:^|[BI])(?P<adv>[AYw]*?)(?P<c>A)(?:(?P<v>V)|(?P<f>F)[AY]*(?P<k>K))")
_PLURAL_CLITICS = frozenset({"los", "las", "les"})
_WANTING = ("quiero", "queremos", "quisiera", "quisieramos", "los quiero", "las quiero")


def _clitic_after_group(an: Analysis) -> list[Hit]:
    for base, codes in an.sentences:
        for m in _CLITIC_HARM.finditer(codes):
            c = base + m.start("c")
            if an.units[c].text not in _PLURAL_CLITICS or _antecedent(an, c) is None:
                continue
            adverbs = an.units[base + m.start("adv") : c]
            if any(u.code == "w" and not u.text.endswith("mente") for u in adverbs):
                continue  # only "francamente", "sinceramente" between the clause and its verb
            if m.group("v") is not None:
                head = an.units[base + m.start("v")].text.split()[0]
                if not head.endswith(_WRITER_FORMS) or head.endswith(_PAST_ENDINGS):
                    continue  # "los mataría" is the writer's; "los matarían" someone else's
            elif not an.units[base + m.start("f")].text.startswith(_WANTING):
                continue  # "los quiero muertos", not "los van a dejar morir"
            last = base + m.end() - 1
            if not suppressed(an, c, last):
                return [_hit(an, "hate.violence", 0.8, c, last, "a threat to a group named before")]
    return []


def _next_time_es(an: Analysis, base: int) -> bool:
    """The sentence opens with "la próxima vez que" (read as its words: "próxima" folds)."""
    words = [u.text for u in an.units[base : base + 4]]
    return (
        an.lang == "es"
        and words[:1] == ["la"]
        and words[1:2] in (["proxima"], ["proximo"])
        and words[2:4] == ["vez", "que"]
    )


def _clitic_on(verb: str) -> bool:
    words = verb.split()
    return words[0].endswith(_CLITIC_ENDINGS)  # a clitic alone, or one joined to its verb


_NEXT = frozenset({"next", "proximo", "proxima"})
_NEXT_OPENERS = _NEXT | {"the", "el", "la", "al", "a la"}


def _next_one(an: Analysis, base: int) -> bool:
    """The sentence opens on "the next X I see" / "el próximo X que vea": a condition the
    writer meets, like "if I see a X"."""
    units = an.units[base : base + 2]
    return units[0].text in _NEXT_OPENERS and any(u.text in _NEXT for u in units)


def _conditional_threat(an: Analysis) -> list[Hit]:
    text = an.norm.text
    for base, codes in an.sentences:
        head = an.units[base]
        if "V" not in codes or "G" not in codes:
            continue
        if head.text not in _CONDITIONS and not _next_time_es(an, base) and not _next_one(an, base):
            continue
        end = base + len(codes)
        comma = next(
            (
                k
                for k in range(base + 1, end)
                if "," in text[an.units[k - 1].end : an.units[k].start]
            ),
            None,
        )
        if comma is None and an.lang == "es":  # "Cuando vea a un X lo mato"
            comma = next((k for k in range(base + 1, end) if an.units[k].code == "V"), None)
        if comma is None:
            continue
        cond = an.units[base:comma]
        if not any(u.code == "G" and u.has("G") for u in cond):
            continue
        if not any(u.code == "I" or u.text in _WRITER_MEETS for u in cond):
            continue  # "if they see a X": someone else's act; "si ves a un X" tells the reader
        act = an.units[comma:end]
        v = next((u for u in act if u.code == "V"), None)
        if v is None or _past(v):
            continue
        before = act[: v.index - comma]
        writer = any(u.code in ("I", "F") for u in before) or (
            an.lang == "es" and all(u.code in ("A", "w") for u in before)
        )  # "lo mato", "le pego un tiro": the verb's person is the writer's
        after = an.units[v.index + 1] if v.index + 1 < end else None
        aimed = (
            any(u.text in _CLITICS for u in before)
            or (after is not None and (after.text in _OBJECT_PRONOUNS or after.code == "G"))
            or (an.lang == "es" and _clitic_on(v.text))
        )  # "le daré una paliza", "mátalo": the clitic is part of the verb
        if writer and aimed and not suppressed(an, base, v.index):
            return [_hit(an, "hate.violence", _STRONG, base, v.index, "a threat on a condition")]
    return []


_DET = r"(?:(?:all|todos|todas) )?(?:(?:the|those|these|los|las|esos|esas|estos|estas) )?"
# Stock ways of declaring a group open to harm, or its doom, around the group's name: the
# words before it ("open season on", "al paredón con", "malditos sean") ...
_IDIOM_BEFORE = re.compile(
    r"(?:\b(?:open|hunting) season (?:on|for|against)|\btemporada de (?:caza|cacer[ia]a) "
    r"(?:de|contra|a)|\b(?:al paredon|paredon|a la hoguera|a la horca|a la camara de gas|"
    r"a los hornos|al horno)(?: (?:con|para|a))?|\bmaldit[oa]s sean|\bmejor muert[oa]s"
    # the means of a lynching brought for the group: "bring the rope for", "traigan la soga"
    r"|\b(?:bring|get|grab|fetch|ready|sharpen|traigan|saquen|preparen|consigan|alisten) "
    r"(?:the|your|some|a|la|las|el|los|unas|unos) (?:rope|ropes|noose|nooses|torches|"
    r"pitchforks|gasoline|ammo|soga|sogas|antorchas|gasolina|mecates|balas)"
    r"(?: (?:for|para|pa|ready for))"
    # a weapon asked for to deal with the group: "give me a gun and I'll deal with"
    r"|\b(?:give me|hand me|get me|denme|dame|pasenme|consiganme) (?:a|an|un|una|my|mi) "
    r"(?:gun|rifle|weapon|bat|machete|knife|shotgun|arma|pistola|bate|cuchillo|escopeta)"
    r"(?: \w+){0,2} (?:and|y) (?:i(?:'ll| will) |yo )?(?:deal with|take care of|handle|"
    r"clean up|finish off|me encargo de|acabo con|limpio|les doy a)"
    r"|\b(?:all )?(?:you|ya) (?:all )?)"
    r" (?:\w+ )?" + _DET + r"$"
)
# ... and after it: a doom foretold or a call to execute, in the words right after the name.
_END = r"(?=\s*(?:[.!?,;:)]|$|\s(?:and|y|too|tambien)\b))"
_IDIOM_AFTER = re.compile(
    r"^(?:,? (?:are|is) (?:now |all |officially |still |totally |basically |just )?"
    r"(?:fair game|free game|legitimate targets|fair targets|free targets|open targets)\b"
    # "fair game for criticism", "... for every bigot with a truck": what they are open to is
    # named, and it is not the writer's hand; "fair game for anyone" leaves it to all
    r"(?! (?:for|to|in) (?!(?:anyone|anybody|us|me)\b))"
    r"|,? (?:son|seran|ya son) (?:un |unos )?(?:blancos? legitimos?|objetivos? legitimos?|"
    r"presa libre|presas? legitimas?)\b"
    r"|,? (?:should|must|ought to|need to|needs to|deserve to|will|are going to|gonna) (?:all )?"
    r"(?:be )?(?:lined up|strung up|put against (?:a|the) wall|put up against (?:a|the) wall)"
    r"(?: against (?:a|the) wall| and (?:shot|hanged|executed|gassed|killed)|" + _END + r")"
    r"|,? (?:will|shall|are going to|gonna|are gonna) (?:all |soon |one day |someday )?"
    r"(?:burn|hang|rot|bleed|swing|be (?:hanged|hung|gassed|exterminated|hunted(?: down)?|"
    r"wiped out|burned alive|lined up|strung up|executed|put down))(?: all| alive)?"
    r"(?:" + _END + r"| (?:in hell|like (?:the )?(?:dogs|rats|animals|vermin|pigs)|for (?:it|this|"
    r"that|what)|one by one|soon|first|together|mark my words|i promise))"
    r"|,? (?:todos |todas )?(?:moriran|arderan|se pudriran|sufriran|desapareceran|"
    r"seran (?:exterminad|fusilad|ahorcad|quemad|colgad|aniquilad|eliminad|cazad)[oa]s|"
    r"van a (?:arder|pudrirse|ser (?:exterminad|fusilad|ahorcad|quemad|colgad|cazad)[oa]s)|"
    r"se van a pudrir|(?:me |nos )?las (?:van a pagar|pagaran)|pagaran caro)"
    r"(?: todos| todas)?(?:" + _END + r"| (?:como (?:perros|ratas|cucarachas|animales|cerdos)|"
    r"uno por uno|una por una|en la hoguera|quemad[oa]s|pronto|muy pronto|ya veran|lo juro|"
    r"se los juro|te lo juro|tarde o temprano|en el infierno))"
    r"|,? (?:al paredon|a la hoguera|a la horca|a la camara de gas|a los hornos|al horno)\b"
    # their comeuppance promised: "van a recibir su merecido", "se van a enterar"
    r"|,? (?:van a recibir|recibiran|tendran|van a tener) (?:su|lo) merecido"
    + _END
    + r"|,? (?:se van a enterar|van a ver|veran) (?:de )?lo que es bueno\b"
    r"|,? (?:estarian |estan |were |are |would be )?(?:mejor muert[oa]s|better dead)"
    + _END
    + r"|,? (?:que )?maldit[oa]s sean\b)"
)
# A group that will not leave a place alive: "los X no saldrán vivos de aquí", "I will make
# sure the X never leave this town alive" (the negation is the threat, not a refusal).
_NOT_ALIVE = re.compile(
    r"^ (?:no|never|won'?t|will not|will never|nunca) (?:saldran|salen|van a salir|leave|"
    r"get out|make it out|make it home|regresaran|volveran|go home)[^.!?]{0,30}? "
    r"(?:alive|vivos|vivas|con vida)\b"
)
# "The only solution for X is a bullet", "la única solución para los X es el paredón": the
# group's fate named as a killing (both sides of the group's name must agree).
_SOLUTION_BEFORE = re.compile(
    r"\b(?:only|final|best|real|one|unica|mejor|verdadera|ultima) (?:solution|answer|cure|fix|"
    r"remedy|solucion|respuesta|cura|salida) (?:for|to|with|para|con|contra) "
    + _DET
    + r"(?:\w+ )?$"
)
_SOLUTION_AFTER = re.compile(
    r"^ (?:is|es|son|would be|seria|will be|sera) (?:a |an |the |una |un |el |la |los |las )?"
    r"(?:bullet|bullets|rope|noose|gas|gas chamber|firing squad|wall|extermination|bomb|"
    r"genocide|mass grave|bala|balas|plomo|paredon|horca|soga|exterminio|bomba|"
    r"camara de gas|fosa comun|genocidio|matarlos|matarlas|exterminarlos|exterminarlas|"
    r"kill them|kill them all|shoot them)\b"
)
# A fate feared rather than promised: a cause, a condition or a lack named in the sentence
# ("si cierran el albergue los X morirán", "without water X will die").
_FEARED = re.compile(
    r"\b(?:if|unless|without|because|when|si|sin|porque|cuando|a menos que|de (?:hambre|sed|"
    r"frio|calor)|of (?:hunger|thirst|cold|heat))\b"
)
# A copula right after "open season on X": the phrase is the subject of the sentence.
_IDIOM_SUBJECT = re.compile(
    r"\s+(?:is|was|seems|sounds|has become|becomes|es|era|fue|parece|se volvio|se ha vuelto)\b"
)
# Words that refuse the idiom inside its own span: "it's not open season on X".
_REFUSED = re.compile(r"\b(?:not|no|never|nunca|isnt|arent|ni)\b|n't\b")


def _doom_idiom(an: Analysis) -> list[Hit]:
    """A group declared open to harm or doomed in stock words, either side of its name:
    "open season on X", "X are fair game", "all you X will burn", "X should be lined up",
    "los X morirán", "al paredón con los X", "malditos sean los X". The game, the season
    or the bill of other sentences names no group, so it never reaches here."""
    text = an.norm.text
    for u in an.units:
        if u.code != "G" or not u.has("G"):
            continue
        run = an.sentence_run(u.index)
        start = run[0].start
        rest = text[u.end : run[-1].end + 2]
        whole = text[start : run[-1].end]
        alive = _NOT_ALIVE.match(rest)
        solution = _SOLUTION_AFTER.match(rest)
        if (alive and not _FEARED.search(whole)) or (
            solution and _SOLUTION_BEFORE.search(text, max(start, u.start - 80), u.start)
        ):
            m = alive or solution
            lo = _SOLUTION_BEFORE.search(text, max(start, u.start - 80), u.start)
            first = next(x.index for x in run if x.end > (lo.start() if lo else u.start))
            last = max(x.index for x in run if x.start < u.end + m.end())
            if not suppressed(an, first, last, allow_negation=alive is not None):
                return [_hit(an, "hate.violence", _STRONG, first, last,
                             "a group's death promised or named as the solution")]  # fmt: skip
        before = _IDIOM_BEFORE.search(text, max(start, u.start - 80), u.start)
        after = None if before else _IDIOM_AFTER.match(rest)
        if before is None and after is None:
            continue
        if before is not None:
            lo, hi = before.start(), u.end
            span = text[lo : u.start]
            if _IDIOM_SUBJECT.match(text, u.end):
                continue  # "open season on X is what they want": the phrase is talked about
            if span.lstrip().startswith(("you", "ya", "all")):
                tail = _IDIOM_AFTER.match(text[u.end : run[-1].end + 2])
                if tail is None or "fair" in tail.group() or "son" in tail.group()[:5]:
                    continue  # "all you X" needs a doom after the name
                hi = u.end + tail.end()
                span = text[lo:hi]
        else:
            lo, hi = u.start, u.end + after.end()
            span = text[u.end : hi]
            foretold = any(w in span for w in (" moriran", "sufriran", " will ", "gonna"))
            if foretold and _FEARED.search(text[start : run[-1].end]):
                continue  # "sin agua los X morirán": a fate feared, no one's hand
        if _REFUSED.search(span):
            continue
        first = next(x.index for x in run if x.end > lo)
        last = max(x.index for x in run if x.start < hi)
        if suppressed(an, first, last):
            continue
        return [_hit(an, "hate.violence", _STRONG, first, last,
                     "a group declared open to harm or doomed")]  # fmt: skip
    return []


# `violence` asks these in turn after its own patterns, until one finds something.
_THREAT_SHAPES = (_harm_approved, _addressed_threat, _pronoun_threat, _instrument_threat,
                  _place_attack, _plan_is_harm, _conditional_threat, _for_being,
                  _doom_idiom, _chant_with)  # fmt: skip

_OPTATIVE = re.compile(r"^[AB]*(?P<q>w)(?P<v>V)[AY]*(?P<g>G)")
# A group addressed and sent off ("Fuck off home, X.", "X, go to hell.", "Mujeres, fuera de
# aquí."): an exclusion phrase (E) that is also an order of expulsion counts when it ends the
# sentence after the group.
_VOCATIVE = re.compile(
    r"^[AB]*(?P<v>[KH])[AUYw]*?(?P<g>G)$|^(?P<g2>G)[AB]*(?:(?P<v2>[KH])[AUYw]*|(?P<e>E)[AB]*)$"
)
_CURSES = ("fuck", "screw", "a la mierda", "que se jodan", "jodanse", "me cago en", "damn",
           "que os jodan", "que os den", "que se chinguen", "chingue", "chinguen",
           "que se vayan a la verga")  # fmt: skip
_SUBJECTLESS_VIOLENCE = re.compile(r"^[AB]*(?:[MF][AY]*(?:C[AY]*)?)?(?P<v>[VK])")


_SINGULAR_COPULA_ES = frozenset({"es", "era", "fue", "sera", "seria", "es una", "es un"})


def _copula_disagrees(an: Analysis, g: int, p: int) -> bool:
    """A plural group, then a singular copula before the predicate: the copula's subject is
    something else ("tu odio hacia las X es patético", "el trato a los X es cruel")."""
    if not _plural_group(an.units[g]) or _generic_one(an, g):
        return False
    if an.lang == "en":  # "the visa paperwork for X is a pain": the paperwork is
        base, _codes = an.sentence_of(g)
        if all(u.code in ("A", "B") for u in an.units[base:g]):
            return False
        before = " ".join(u.text for u in an.units[max(base, g - 4) : g]).split()
        if any(w in before for w in ("every", "each", "one", "any", "none", "neither")):
            return False  # "every one of these X is ...": one member, every time
        copulas = [an.units[k] for k in range(g + 1, p) if an.units[k].code == "C"]
        return bool(copulas) and all(c.text in ("is", "was", "has been") for c in copulas)
    if an.lang != "es":
        return False
    before = " ".join(u.text for u in an.units[max(0, g - 4) : g])
    if any(w in before.split() for w in ("cada", "uno", "una", "cualquiera", "ninguno", "ninguna")):
        return False  # "cada uno de los X es ...": one member, every time
    base, _codes = an.sentence_of(g)
    if all(
        u.code in ("A", "B") and not _INFINITIVE_ES.search(u.text.split()[0])
        for u in an.units[base:g]
    ):
        return False  # "Los X es lo peor": the group opens the sentence, its topic (not
        # "echarle la culpa a los X es ...", where the infinitive is the subject)
    copulas = [an.units[k] for k in range(g + 1, p) if an.units[k].code == "C"]
    return bool(copulas) and all(c.text in _SINGULAR_COPULA_ES for c in copulas)


def _singular_after_comma(an: Analysis, g: int, p: int) -> bool:
    """A plural group, a comma, then a singular Spanish copula: a new clause about what was
    said or done, not about the group."""
    if an.lang != "es" or not _plural_group(an.units[g]):
        return False
    for k in range(p - 1, g, -1):  # the copula nearest the predicate
        u = an.units[k]
        if u.code == "C":
            return u.text in _SINGULAR_COPULA_ES and "," in an.norm.text[an.units[g].end : u.start]
    return False


_OWN_POSSESSIVES = frozenset(
    {"our", "my", "your", "mi", "mis", "nuestro", "nuestra", "nuestros", "nuestras", "tu", "tus"}
)  # fmt: skip


def _reader_called(an: Analysis, g: int, pred: Unit) -> bool:
    """A singular insult closing the sentence after a comma and a plural group ("Respeta a los
    X, imbécil", "Respect X, you idiot"): a reader addressed, not the group described."""
    if not pred.has("INS") or pred.text.endswith("s") or not _plural_group(an.units[g]):
        return False
    nxt = pred.index + 1
    if nxt < len(an.units) and an.units[nxt].sentence == pred.sentence:
        return False
    between = an.norm.text[an.units[g].end : pred.start]
    return "," in between and all(
        an.units[k].text in ("you", "u", "tu", "pedazo de") for k in range(g + 1, pred.index)
    )


def _own_subject_after_comma(an: Analysis, g: int, p: int) -> bool:
    """After the group a comma opens a clause whose subject is the writer's or the reader's
    own ("a Jewish guy, our kids are ..."): the predicate is about them, not the group.
    "Their" is left out: "X, their kids are ..." still speaks of the group."""
    text = an.norm.text
    for k in range(g + 1, p):
        u = an.units[k]
        if u.text in _OWN_POSSESSIVES and "," in text[an.units[k - 1].end : u.start]:
            return True
    return False


# Verbs that pin a disease or filth word on the group that carries it.
_BRING = frozenset({"traen", "contagian", "propagan", "transmiten", "esparcen", "bring",
                    "spread", "carry"})  # fmt: skip


def _loose_link(an: Analysis, g: int, p: int) -> bool:
    """Between group and predicate there are other words but no copula or modal: the
    predicate probably describes something else ("migrants suffer terrible abuse")."""
    if an.units[g].sentence != an.units[p].sentence:
        return False  # the group was named in an earlier sentence (dropped subject)
    between = an.units[g + 1 : p]
    if not any(u.code == "w" and u.text not in _BRING for u in between):
        return False  # "los X traen la peste": what they bring is said of them
    return not any(u.code in ("C", "M") for u in between)


def _postnominal(an: Analysis, u: Unit) -> bool:
    """'violencia brutal', 'abusos terribles': an adjective right after another noun."""
    if u.index == 0:
        return False
    prev = an.units[u.index - 1]
    return (
        prev.sentence == u.sentence and prev.code == "w" and not prev.text.endswith(("ly", "mente"))
    )


def _object_pronoun(an: Analysis, g: int) -> bool:
    return an.units[g].text in ("them", "los", "las", "les")


def _attributive(an: Analysis, u: Unit) -> bool:
    """An adjective directly followed by an unknown word modifies that word, not the group."""
    if u.code == "X" and an.lang == "es" and _postnominal(an, u):
        return True
    if " " in u.text or u.text.endswith("s"):
        return False
    k = u.index + 1
    if k >= len(an.units):
        return False
    nxt = an.units[k]
    if _insult_noun(nxt) and _predicate_after_copula(an, u.index):
        return False  # "X are disgusting bastards": the adjective and the insult are both theirs
    if nxt.text.endswith("ly") or nxt.text.endswith("mente") or nxt.text in _NOT_A_NOUN:
        return False  # "inferior intellectually", "dangerous to", "peligrosos para"
    return nxt.sentence == u.sentence and nxt.code == "w"


def _insult_noun(u: Unit) -> bool:
    """A plural swear word or insult for people ("bastards", "assholes", "shits"): an
    adjective before it is said, with it, of whoever the sentence is about."""
    return u.code == "w" and u.text.endswith("s") and (u.has("INS") or u.has("PROF"))


_LINKS = frozenset({"of", "de", "by", "por", "from", "with", "con", "for", "para"})


def _predicate_after_copula(an: Analysis, k: int) -> bool:
    """Unit k follows a copula over fillers only ("are (a bunch of) disgusting ..."), not a
    preposition ("victims of violent ..."): it is the predicate of the sentence's subject."""
    s, j = an.units[k].sentence, k - 1
    while j >= 0 and an.units[j].sentence == s and an.units[j].code in ("A", "Y"):
        if an.units[j].text in _LINKS:
            return False
        j -= 1
    return j >= 0 and an.units[j].sentence == s and an.units[j].code == "C"


_NOT_A_NOUN = frozenset(
    {"to", "than", "in", "at", "for", "with", "by", "from", "and", "or", "but", "because",
     "para", "que", "con", "en", "por", "y", "o", "pero", "porque", "as", "like", "too",
     "enough", "now", "anyway", "today", "tbh", "lol", "af", "without", "when", "whenever",
     "if", "after", "before", "compared", "sin", "cuando", "si"}
)  # fmt: skip


_CAUSE_PREPS = frozenset({"of", "from", "de"})


def _of_a_cause(an: Analysis, k: int) -> bool:
    """A death or suffering followed by its cause ("die of heat", "morir de hambre")."""
    nxt = an.units[k + 1] if k + 1 < len(an.units) else None
    return nxt is not None and nxt.sentence == an.units[k].sentence and nxt.text in _CAUSE_PREPS


def _sentence_ends(an: Analysis, k: int) -> bool:
    """Unit k is the last of its sentence, or only "todos"/"all" follows it."""
    rest = [u.text for u in an.units[k + 1 :] if u.sentence == an.units[k].sentence]
    return not rest or rest in (["todos"], ["todas"], ["all"])


def _clause_ends(an: Analysis, k: int) -> bool:
    u = an.units[k]
    if k + 1 >= len(an.units):
        return True
    nxt = an.units[k + 1]
    if nxt.sentence != u.sentence:
        return True
    if nxt.text == "for" and k + 2 < len(an.units) and an.units[k + 2].text == "good":
        return True  # "for good", read as two words
    return nxt.text in _CLAUSE_END_OK or nxt.code in ("A", "B", "G", "D")


# Slurs that Colombian and Caribbean Spanish also use as a hail between friends ("Marica, qué
# susto el temblor", "Parce, marica, ¿viste el partido?", "Qué golazo, marica").
_HAILS = frozenset({"marica"})
_SECOND_ES = frozenset({"eres", "sos", "es", "das", "usted"})
# Telling someone off: with these the slur is said to a person, no hail ("Marica, lárgate").
_SENT_OFF_ES = frozenset(
    {"largate", "larguese", "callate", "callese", "calla", "calle", "vete", "vayase", "salte",
     "salgase", "quitate", "quitese", "pierdete", "esfumate", "muerete", "desaparece",
     "andate", "tomatelas", "fuera", "largo", "chupala", "chupamela", "callado", "callada"}
)  # fmt: skip
# What may come before the hail in its sentence: laughter, an interjection, another friendly
# vocative ("Jajaja marica", "Ay marica", "Parce, marica", "Qué más, marica").
_HAIL_OPENERS = frozenset(
    {"ay", "uy", "uf", "ufff", "oye", "oiga", "mire", "mira", "parce", "parcero", "parcera",
     "mano", "hermano", "hermana", "llave", "pues", "bueno", "que mas", "que", "mas", "hola",
     "ole", "ve", "jaja", "jajaja", "jajajaja", "jeje", "jsjs", "uyy", "ayy", "no", "si"}
)  # fmt: skip


def _hail(an: Analysis, u: Unit) -> bool:
    """The hail is a vocative set off by a comma: it opens its sentence (after at most laughter,
    an interjection or another friendly word) or closes it, and the comment holds no other
    slur, insult, swear word, hatred, violence or group, and no "eres"/"sos" that could say it
    of someone ("Marica, qué asco me das", "Marica, eres un asco" and "No seas marica" are
    still read)."""
    if u.text not in _HAILS or len(an.units) < 3:
        return False
    same = an.sentence_run(u.index)
    text = an.norm.text
    pos = u.index - same[0].index
    after = same[pos + 1] if pos + 1 < len(same) else None
    before = same[pos - 1] if pos > 0 else None
    if before is not None and not all(x.text in _HAIL_OPENERS or x.text.startswith("jaj")
                                      for x in same[:pos]):  # fmt: skip
        if after is not None or "," not in text[before.end : u.start]:
            return False  # neither opening nor closing its sentence: "ese marica no debería"
    elif after is not None and not any(c in text[u.end : after.start] for c in ",!?¿¡"):
        return False  # "marica de mierda", "marica el que lo lea"
    if before is None and after is None:
        return False
    return not any(
        x.text in _SECOND_ES
        or x.text in _SENT_OFF_ES
        or x.code in ("U", "S", "D", "G", "g", "H", "V", "K", "W", "Z", "Y")
        or x.has("INS")
        or x.has("PROF")
        for x in an.units
        if x.index != u.index
    )


@rule("hate.slur", Category.HATE)
def slur(an: Analysis, sub: Submission) -> list[Hit]:
    """A slur for a protected group, unless reclaimed, a homonym, or quoted to condemn it."""
    hits: list[Hit] = []
    if "S" not in an.codes:
        return hits  # no slur in the comment
    allowed = {t.lower() for t in sub.config.extra_allowed_terms}
    words = {u.text for u in an.units}
    for u in an.units:
        if u.code != "S":
            continue
        group, severity, flags = ([*u.meta("S").split("|"), "", "", ""])[:3]
        if u.text in allowed:
            continue
        if "homonym" in flags and _homonym(an, u, words):
            continue
        # "call him a X", "called you a X", "porque lo es" override the exceptions below; it
        # is read only when one of them applies (most slurs meet none), at most once
        aimed: list[bool] = []
        if "reclaimable" in flags and _in_group(an, u) and not _aimed(an, u, aimed):
            continue
        if self_named_slur(an, u):
            continue  # "we beaners built this town", "nosotros los sudacas": the writer's own
        if "soft" in flags and not _hostile_sentence(an, u) and not _masked(an, sub.text, u):
            continue  # mostly in-group usage; only hostile contexts count (or a masked
            # spelling: "n1gg@s" hides the word, which in-group use does not)
        if "noun" in flags and not _noun_use(an, u):
            continue
        if (_mention(an, u) or counter_speech(an, u.index, u.index)) and not _aimed(an, u, aimed):
            continue
        if _reported_name(an, u) and not _aimed(an, u, aimed):
            continue  # "they called my uncle a X", "le decían X": what was said to someone
        if _names_refused(an, u):
            continue  # "Ni X ni Y: personas", "not X, not Y: people": the names rejected
        if _proper_name(an, sub.text, u):
            continue  # "Dora Pike", "Matamoros": a capitalised name, not the slur
        if an.lang == "es" and _hail(an, u):
            continue  # "Marica, qué susto el temblor": the Colombian hail between friends
        if _respelt_name(an, sub.text, u):
            continue  # "HEB", "the Kikes' ranch": a name or acronym one letter off a slur
        if an.lang == "es" and _accented_other_word(an, sub.text, u):
            continue  # "tortillería", "controló": a Spanish word spelt with its accent
        score = 0.92 if severity == "reject" else _HOLD
        hits.append(Hit("hate.slur", score, (an.span(u.index, u.index),), f"slur ({group})"))
    return hits


# Verbs of name-calling whose subject is someone else: "they called him", "le decían".
# First-person and present forms that double as the writer's own act ("llamo", "grito",
# "call him a ...") are left out: those are the writer using the word.
_CALLING = frozenset(
    {"called", "called a", "called an", "called them", "calling", "yelled", "yelled at",
     "shouted", "shouted at", "screamed", "screamed at", "used to call", "call", "calls",
     "decian", "decia", "dijeron", "llamaban", "llamaron", "gritaban", "gritaron", "gritaba",
     "han llamado", "ha llamado", "habian llamado", "llamado", "llamada", "llamados",
     "llamadas", "apodaban", "insultaban"}
)  # fmt: skip
_CALLERS = frozenset(
    {"they", "he", "she", "people", "kids", "someone", "somebody", "everyone", "everybody",
     "others", "men", "guys", "cops", "classmates", "neighbors", "neighbours", "teachers",
     "was", "were", "been", "got", "get", "gets", "being", "be", "is", "are", "ellos",
     "has been", "have been", "had been",
     "fue", "fueron", "era", "eran", "sido", "me", "le", "les", "nos", "lo", "la", "los",
     "las"}
)  # fmt: skip
_CALLED_ONE = frozenset(
    {"me", "him", "her", "us", "them", "my", "his", "our", "their", "a", "an", "mi", "mis",
     "su", "sus", "nuestro", "nuestra", "uncle", "dad", "mom", "father", "mother", "brother",
     "sister", "son", "daughter", "cousin", "grandpa", "grandfather", "abuelo", "padre",
     "madre", "hermano", "hermana", "tio", "tia", "primo", "prima", "hijo", "hija"}
)  # fmt: skip
_WHAT_WAS = frozenset({"what", "lo que", "how", "como", "that", "eso", "those", "all of", "all"})
_ENDORSING = frozenset(
    {"right", "rightly", "deserved", "deserves", "accurate", "true", "razon", "merecia",
     "merece", "cierto", "verdad", "because he is", "porque lo es", "and he is"}
)  # fmt: skip


_REFUSING = frozenset({"ni", "not", "no", "nor", "neither"})
_LIST_WORDS = _REFUSING | {"o", "or", "y", "and", "son", "are", "somos", "we are"}
_INSTEAD = frozenset({"son", "are", "somos", "we are", "sino", "but", "just", "solo", "only",
                      "simplemente", "simply", "todos", "all", "sino que son", "they are",
                      "our", "my", "nuestros", "nuestras", "mis", "just our", "they", "ellos",
                      "ellas"})  # fmt: skip
_PERSON_WORDS = frozenset(
    {"personas", "seres humanos", "humanos", "vecinos", "vecinas", "gente", "hermanos",
     "ciudadanos", "companeros", "people", "human beings", "humans", "neighbours", "neighbors",
     "citizens", "brothers", "persons", "fellow citizens"}
)  # fmt: skip


def _names_refused(an: Analysis, u: Unit) -> bool:
    """The slur is one of a list of names refused for what the people are: "Ni X ni Y:
    personas", "No son X, son vecinos", "Not X, not Y: people". The list (slurs and group
    words joined by "ni", "not", "or") opens with a refusal word and closes on a word for
    persons; "ni X ni Y en mi barrio" names no persons and stays."""
    run = an.sentence_run(u.index)
    i = u.index - run[0].index
    heads = [x for x in run[max(0, i - 2) : i] if x.text in _REFUSING]
    if not heads:
        return False
    k = i + 1
    while k < len(run) and (run[k].code in ("S", "G") or run[k].text in _LIST_WORDS):
        k += 1
    while k < len(run) and run[k].text in _INSTEAD:
        k += 1
    return k < len(run) and run[k].text in _PERSON_WORDS


def _masked(an: Analysis, text: str, u: Unit) -> bool:
    """The word as typed holds digits or symbols between its letters ("n1gg@s", "n*ggas")."""
    start, end = an.span(u.index, u.index)
    word = text[start:end].strip()
    return len(word) > 2 and any(
        not c.isalpha() and not c.isspace() and c not in "'’-" for c in word[1:-1]
    )  # an apostrophe or hyphen is spelling ("nigga's"), not a mask


def _reported_name(an: Analysis, u: Unit) -> bool:
    """The slur is named as what someone else called a person ("they called my uncle a X",
    "X is what they called him", "le decían X", "X, Y, Z: my family has been called all of
    it"): reported speech, not use. Not when the writer is the caller, when the one called
    is the reader ("you"), or when the writer agrees with the name."""
    same = an.sentence_run(u.index)  # one run of units, read without the rest of the comment
    if any(
        x.text in _ENDORSING or x.code in ("I", "U") or _agreement_unit(x)
        for x in same
        if x.index != u.index
    ):
        return False
    # after the verb: "<someone> called <someone> (a) SLUR"
    for k in range(u.index - 1, max(-1, u.index - 5), -1):
        v = an.units[k]
        if v.sentence != u.sentence:
            break
        if v.text in _CALLING:
            between = an.units[k + 1 : u.index]
            return _caller_ok(an, k) and all(
                x.text in _CALLED_ONE or x.code == "A" for x in between
            )
    # before the verb: "SLUR is what they called ...", "SLUR, ... . My family was called all of it"
    nxt_sentence = u.sentence + 1
    for k in range(u.index + 1, min(len(an.units), u.index + 12)):
        v = an.units[k]
        if v.sentence not in (u.sentence, nxt_sentence):
            break
        if v.text in _CALLING and _caller_ok(an, k):
            if v.sentence == u.sentence:
                return any(
                    an.units[j].text in _WHAT_WAS
                    or (an.units[j].text == "que" and an.units[j - 1].text == "lo")
                    for j in range(u.index + 1, k)
                )
            after = an.units[k + 1 : k + 4]
            return any(x.text in _WHAT_WAS or x.text == "it" for x in after) and all(
                x.code in "SXGwA" for x in same
            )
    return False


def _caller_ok(an: Analysis, k: int) -> bool:
    """Someone other than the writer calls (or a passive "was called"), not an imperative."""
    v = an.units[k]
    for j in range(k - 1, max(-1, k - 6), -1):  # "the kids on my block called"
        x = an.units[j]
        if x.sentence != v.sentence:
            break
        if x.code == "I" or x.text in ("i", "we", "yo", "nosotros", "you", "te", "tu"):
            return False
        if x.text in _CALLERS or x.code == "t":
            return True
    return v.text in ("decian", "llamaban", "llamaron", "dijeron", "gritaban", "gritaron")


# Forms that are an order on their own: "call him a X", "llámenle X", "dile X".
_ORDER_CALLS = frozenset(
    {"call", "llamale", "llamalo", "llamala", "llamales", "llamalos", "llamalas", "llamenle",
     "llamenlo", "llamenla", "llamenles", "llamenlos", "llamadle", "llamadlo", "llamadles",
     "dile", "diles", "diganle", "diganles", "decidle", "decidles", "gritale", "gritenle"}
)  # fmt: skip
# Name-calling verbs, read off a unit's last word ("stop calling", "do not call" are units).
# A reporting verb before a slur is no frame when the writer calls, orders the calling, calls
# the reader, or agrees with the name: then the slur is used, not reported.
_CALL_WORDS = (
    frozenset(
        {"call", "calls", "called", "calling", "yell", "yelled", "shout", "shouted", "scream",
         "screamed", "llamo", "llamamos", "llama", "llaman", "llamas", "llamaba", "llamaban",
         "llamaron", "llamaste", "llamado", "digo", "decimos", "dice", "dicen", "dices", "decia",
         "decian", "dijo", "dije", "dijeron", "grito", "gritan", "gritaba", "gritaban",
         "gritaron", "gritamos", "apodaban", "insultaban"}
    )
    | _ORDER_CALLS
)  # fmt: skip
# First-person forms: the writer is the caller ("llamo" only without the accent of "llamó").
_MY_CALLS = frozenset({"llamamos", "digo", "decimos", "dije", "gritamos", "llamo"})
# Words that may open an order before its verb: "just call them X", "so call him X".
_ORDER_OPENERS = frozenset(
    {"just", "so", "please", "go ahead and", "then", "now", "and", "let is", "let us", "y",
     "pues", "mejor", "asi que", "ahora", "entonces", "ya"}
)  # fmt: skip
_WRITER = frozenset({"i", "we", "yo", "nosotros", "nosotras"})
_READER = frozenset({"you", "u", "ya", "te", "os", "usted", "ustedes", "vosotros"})
_SELF = frozenset({"me", "myself", "us", "ourselves", "each other", "one another", "nos"})
# A calling that is refused, stopped or only supposed: "don't call him X", "if anyone calls
# you X", "nadie te llame X".
_NOT_CALLING = frozenset(
    {"not", "no", "never", "nunca", "jamas", "ni", "stop", "quit", "nobody", "no one",
     "nadie", "if", "si", "when", "whenever", "cuando", "anyone", "anybody", "alguien",
     "whoever", "cualquiera", "deja", "dejen", "dejad", "should", "shouldnt"}
)  # fmt: skip
_PRESENT_COPULAS = frozenset({"is", "are", "am", "es", "eres", "son", "sois", "soy"})
_PERSONS = frozenset(
    {"he", "she", "you", "they", "u", "el", "ella", "tu", "usted", "ustedes", "ellos", "ellas",
     "ese", "esa", "este", "esta", "this guy", "that guy", "guy", "dude", "man", "woman",
     "tipo", "wey", "guey"}
)  # fmt: skip
_COPULAS = _PRESENT_COPULAS | frozenset({"was", "were", "era", "eran", "fue", "eras"})
_ONE = frozenset({"one", "ones", "uno", "una", "unos", "unas"})
_RIGHT = frozenset({"right", "rightly", "correct", "accurate", "razon", "con razon"})
_RIGHT_AFTER = _COPULAS | frozenset({"tenian", "tenia", "tienen", "tiene", "con", "totally"})
_WRONG = frozenset({"wrong", "equivocaban", "equivocaron", "equivocados", "equivocado",
                    "equivocaba", "mentian", "lying"})  # fmt: skip


# The last words of the frames that agree with someone just reported ("they were right",
# "he's not wrong", "she has a point", "tienen razón", "no se equivoca"): frames.tsv reads
# each as one unit, so the word alone is not there to be asked about.
_AGREEING_ENDS = frozenset({"right", "correct", "wrong", "on", "point", "razon", "equivoca",
                            "equivocan"})  # fmt: skip


def _agreement_unit(x: Unit) -> bool:
    return x.has("endorse") and not x.quoted and x.text.split()[-1] in _AGREEING_ENDS


# A stem in every word of _CALL_WORDS and _CALLING (tests check it): a sentence whose units
# hold none of them has no calling verb.
_CALL_STEMS = re.compile("call|yell|shout|scream|llam|grit|apod|insult|d[eiu][cgjl]")


def _aimed(an: Analysis, u: Unit, memo: list[bool]) -> bool:
    """`_aimed_name`, remembered in `memo` (empty until first asked) for the slur's checks."""
    if not memo:
        memo.append(_aimed_name(an, u))
    return memo[0]


def _call_word(u: Unit) -> str:
    return u.text.rsplit(" ", 1)[-1]


def _aimed_name(an: Analysis, u: Unit) -> bool:
    """The slur is the name in a calling the writer owns: the writer calls ("I call him a X",
    "yo le llamo X"), orders it ("call him a X", "llámenle X"), calls the reader ("they
    called you a X"), says a person is "what they call a X", or agrees with the name
    ("because you are one", "and they were right", "porque lo es"). Someone else's calling
    of someone else stays a report; a refused or supposed calling ("don't call him X", "if
    anyone calls you X") and the writer named ("they call me X") are no aim."""
    units = an.units
    # the sentence is one run of units: read it alone, not every unit of the comment, and
    # only when its words hold the stem of a calling verb (most sentences do not)
    run = an.sentence_run(u.index)
    if not _CALL_STEMS.search(" ".join([x.text for x in run])):
        return False
    calls = [x.index for x in run if x.text in _CALLING or _call_word(x) in _CALL_WORDS]
    if not calls:
        return False
    before = [k for k in calls if u.index - 7 < k < u.index]
    if before:
        v = before[-1]
        between = units[v + 1 : u.index]
        if any(x.code == "B" for x in between):
            before = []
    if not before:  # "X is what they called him ...": only agreement counts
        if _called_a_slur(an, calls[0]):
            return False  # "X ... she's right to call it a slur": the word is what is named
        return _agrees(an, u, calls[0])
    if _refused(an, v):
        return False
    verb = units[v]
    word = _call_word(verb)
    prev = units[v - 1] if v > 0 and units[v - 1].sentence == u.sentence else None
    if any(x.text in _SELF for x in between) or (prev is not None and prev.text in _SELF):
        return False  # "I call myself a X", "me llaman X": the writer is the one named
    if _agrees(an, u, v):
        return True
    if word in _MY_CALLS and (word != "llamo" or not _accented(an, verb)):
        return True  # "le llamo X", "les digo X" (not "le llamó", he called)
    if _writer_calls(an, v):
        return True
    if word in _ORDER_CALLS and word == verb.text and _opens_clause(an, v):
        return True  # "Call him a X", "Llámenle X"
    reader = any(x.text in _READER or x.code == "U" for x in between) or (
        prev is not None and prev.text in ("te", "os")
    )
    if reader:  # "they called you a X", "te dicen X", unless asked or condemned
        return not (is_question(an, u.index) or condemned_elsewhere(an, u.index, u.index))
    return _what_they_call(an, v)


def _called_a_slur(an: Analysis, v: int) -> bool:
    """The calling after the slur names the word itself a slur or bigotry ("call it a slur",
    "lo llaman un insulto racista"): a pronoun object, then a word for a slur or a
    condemnation within three words."""
    run = [x for x in an.units[v + 1 : v + 5] if x.sentence == an.units[v].sentence]
    if not run or run[0].text not in ("it", "that", "this", "lo", "eso", "esto"):
        return False
    return any(x.text in _WORD_WORDS or x.has("condemn") for x in run[1:])


_ACCENTED = re.compile(r"[áéíóú]")
_WORD_CHARS = re.compile(r"[\wáéíóúüñÁÉÍÓÚÜÑ]+")


def _accented_other_word(an: Analysis, text: str, u: Unit) -> bool:
    """The whole written word around the unit is a shop noun in "-ería" written with its
    accent ("tortillería", one letter off a slur): the writer typed an ordinary word. (A word
    split into two, "controló", is left alone: glued evasions look the same.)"""
    start, end = an.span(u.index, u.index)
    while start > 0 and _WORD_CHARS.match(text[start - 1]):
        start -= 1
    while end < len(text) and _WORD_CHARS.match(text[end]):
        end += 1
    word = text[start:end]
    if not _ACCENTED.search(word.lower()) or fold_term(word) == u.text:
        return False
    return fold_term(word).endswith(("eria", "erias"))  # a shop: "tortillería"


def _accented(an: Analysis, u: Unit) -> bool:
    start, end = an.norm.span(u.start, u.end)
    return an.norm.original[start:end].lower().endswith(("ó", "ò"))


def _refused(an: Analysis, v: int) -> bool:
    """Negation, "stop", or a condition before the verb in its clause: no one is called."""
    units = an.units
    words = units[v].text.split()[:-1]
    text = an.norm.text
    for k in range(v - 1, max(-1, v - 5), -1):
        x = units[k]
        if x.sentence != units[v].sentence or x.code == "B":
            break
        words.extend(x.text.split())
        words.append(x.text)
        if x.code == "N":
            return True
        if "," in text[x.end : units[k + 1].start]:
            break
    return any(w in _NOT_CALLING for w in words)


def _writer_calls(an: Analysis, v: int) -> bool:
    """The nearest subject before the verb is the writer ("I'd call him", "yo le llamo")."""
    units = an.units
    for k in range(v - 1, max(-1, v - 5), -1):
        x = units[k]
        if x.sentence != units[v].sentence or x.code == "B":
            return False
        if x.code == "I" or x.text in _WRITER:
            return True
        if x.code == "t" or (x.text in _CALLERS and x.text not in ("le", "les", "lo", "la")):
            return False  # "they call him", "kids called him": someone else
    return False


def _opens_clause(an: Analysis, v: int) -> bool:
    """The verb opens its sentence or clause, alone or after "just", "so", "y": an order."""
    units = an.units
    text = an.norm.text
    k = v
    while True:
        if k == 0 or units[k - 1].sentence != units[v].sentence:
            return True
        if "," in text[units[k - 1].end : units[k].start]:
            return True
        if units[k - 1].text not in _ORDER_OPENERS or v - k >= 2:
            return False
        k -= 1


def _what_they_call(an: Analysis, v: int) -> bool:
    """'He's what they call a X', 'eres lo que llaman un X': a person, now, is named."""
    units = an.units
    for k in range(v - 1, max(0, v - 4), -1):
        x = units[k]
        if x.sentence != units[v].sentence:
            return False
        is_what = x.text == "what" or (x.text == "que" and units[k - 1].text == "lo")
        if not is_what:
            continue
        c = k - 1 if x.text == "what" else k - 2
        if c < 0 or units[c].text not in _PRESENT_COPULAS:
            return False
        if units[c].text in ("eres", "sois"):
            return True
        s = c - 1
        return (
            s >= 0
            and units[s].sentence == x.sentence
            and (units[s].code == "U" or units[s].text in _PERSONS)
        )
    return False


def _agrees(an: Analysis, u: Unit, v: int) -> bool:
    """After the named slur the writer agrees with it: "because he is one", "porque lo es",
    "and they were right", "y tenían razón", "they weren't wrong", in the same sentence or
    opening the next. Not when the one named is the writer ("because I am")."""
    units = an.units
    end = min(len(units), u.index + 12)
    for k in range(u.index + 1, end):
        x = units[k]
        if x.sentence > u.sentence + 1:
            break
        nxt_sentence = x.sentence != u.sentence
        if nxt_sentence and k - _sentence_start(an, k) > 3:
            break
        negated = any(
            units[j].code == "N" or units[j].text in ("not", "no", "never", "nunca")
            for j in range(max(u.index + 1, k - 2), k)
        )
        if _agreement_unit(x) or (
            x.text in _RIGHT
            and (x.text in ("rightly", "con razon") or units[k - 1].text in _RIGHT_AFTER)
        ):
            return not negated  # "they were right", "tenían razón" (not "right in front")
        if x.text in _WRONG:
            return negated
        if x.text in _COPULAS or (x.code == "C" and x.text in _COPULAS):
            subject = units[k - 1]
            if subject.text == "lo" and k >= 2:
                subject = units[k - 2]
            if subject.code == "I" or subject.text in _WRITER or x.text in ("am", "soy"):
                continue
            after = units[k + 1] if k + 1 < len(units) else None
            if negated or (after is not None and after.code == "N"):
                continue
            if after is not None and after.sentence == x.sentence and after.text in _ONE:
                return True
            if units[k - 1].text == "lo":
                return True  # "porque lo es", "y lo eres"
            if not nxt_sentence and (after is None or after.sentence != x.sentence):
                return True  # "... because he is.", "... because that's what you are."
    return False


def _sentence_start(an: Analysis, k: int) -> int:
    s = an.units[k].sentence
    while k > 0 and an.units[k - 1].sentence == s:
        k -= 1
    return k


def _proper_name(an: Analysis, text: str, u: Unit) -> bool:
    """Capitalised inside a sentence (not shouted) and beside another capitalised word or a
    preposition of place: a surname or a place ("Dora Pike", "in Matamoros")."""
    start, end = an.span(u.index, u.index)
    word = text[start:end]
    if not word[:1].isupper() or word.isupper() or start == 0:
        return False
    before = text[max(0, start - 3) : start].rstrip()
    if not before or before[-1] in '.!?\n"':
        return False  # first word of a sentence: capitalised anyway
    head = text[:start].rsplit(None, 2)[-2:]  # the two words before, no more
    prev_word = head[-1] if head else ""
    opener = len(head) < 2 or head[-2][-1:] in ".!?"  # the previous word opens a sentence
    next_words = text[end:].split(None, 1)
    next_word = next_words[0] if next_words else ""
    return (
        (prev_word[:1].isupper() and not opener)
        or next_word[:1].isupper()
        or prev_word.lower() in _PLACE_WORDS
    )


def _respelt_name(an: Analysis, text: str, u: Unit) -> bool:
    """A word read as a slur only by changing a letter, written as a name is written: an
    acronym in capitals in a comment that is not shouting ("the HEB on Main"), or capitalised
    inside a sentence. Obfuscation hides a slur with symbols, not with a capital letter."""
    start, end = an.span(u.index, u.index)
    word = text[start:end]
    if not word.isalpha() or fold_term(word) == u.text:
        return False
    if word.isupper():
        letters = [c for c in text if c.isalpha()]
        shouting = sum(c.isupper() for c in letters) * 2 > len(letters)
        return len(word) <= 4 and not shouting
    if not word[:1].isupper() or start == 0:
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?\n\"'“‘:"


_PLACE_WORDS = frozenset(
    {"in", "from", "to", "near", "at", "en", "de", "desde", "a", "hacia", "cerca", "por"}
)  # fmt: skip
_DETERMINERS = frozenset(
    {"a", "an", "you", "una", "un", "unas", "unos", "las", "los", "esa", "esas", "eres", "es",
     "son", "sois", "those", "these", "that", "such", "stupid", "dumb", "silly", "fat", "ugly",
     "esta", "estas", "menuda", "vaya", "pedazo de", "so", "que", "you are", "eres una", "dirty",
     "filthy", "little", "old", "crazy", "loca", "gorda", "fea", "maldita", "malditas", "puta"}
)  # fmt: skip
# Quantifiers that make the word a noun for women only when no noun follows it ("otra guarra
# más", "demasiadas furcias en el país"; "otra puta vez" intensifies "vez").
_QUANTIFIERS = frozenset(
    {"otra", "otras", "demasiadas", "tantas", "muchas", "aquella", "aquellas", "cualquier",
     "ninguna", "todas", "todas las", "another", "other",
     # the masculine forms, for "mojados" ("otros mojados", "ningún mojado")
     "otros", "demasiados", "tantos", "muchos", "varios", "algunos", "todos los",
     "ningun", "ninguno"}
)  # fmt: skip
# Numbers count people only before a masculine plural ("a dos o tres mojados"): "por cuatro
# perras" is a pittance, "hijo de mil putas" a curse.
_COUNTS = frozenset({"dos", "tres", "cuatro", "cinco", "diez", "cien", "mil", "miles de",
                     "cientos de"})  # fmt: skip
_AFTER_NOUN = frozenset(
    {"en", "de", "del", "que", "mas", "aqui", "alli", "ahi", "por", "con", "y", "como", "in",
     "of", "from", "here", "there", "and", "more", "like"}
)  # fmt: skip


def _noun_use(an: Analysis, u: Unit) -> bool:
    """Misogynist insults count as slurs only used as a noun for someone ("eres una zorra")."""
    k = u.index - 1
    nxt = an.units[u.index + 1] if u.index + 1 < len(an.units) else None
    if nxt is not None and nxt.sentence == u.sentence and nxt.code == "y":
        return True  # "Mojados de mierda, ...": a curse fused to the word makes it a noun
    if k < 0 or an.units[k].sentence != u.sentence:
        if (
            nxt is not None
            and nxt.sentence == u.sentence
            and nxt.code == "C"
            and any(x.code == "U" or x.text in ("eres", "sois") for x in an.sentence_run(u.index))
        ):
            return True  # "Zorra es lo que eres."
        return len(an.units) <= 3
    prev = an.units[k]
    if an.lang == "es" and "," in an.norm.text[prev.end : u.start]:
        return True  # "Cállate, zorra.": called by the word
    if prev.code == "H" and (prev.text.split()[-1] in _DETERMINERS or u.text.endswith("s")):
        return True  # "odio a las zorras", "no quiero putas aquí": the object of hatred
    if prev.text in _QUANTIFIERS or (prev.text in _COUNTS and u.text.endswith("os")):
        return (
            nxt is None or nxt.sentence != u.sentence or nxt.code != "w" or nxt.text in _AFTER_NOUN
        )
    if (
        prev.text in _ARTICLE_DETERMINERS
        and not u.text.endswith("s")
        and not _predicate_article(an, k)
        and _thing_after(an, u)
    ):
        return False  # "esta puta ley", "la puta vida": a swear word intensifying a thing
        # (not the plural: "esas putas X" may name people the lexicon does not know)
    return prev.text in _DETERMINERS or prev.code in ("U", "X", "Y")


# Articles and demonstratives (no copulas: "eres una X ..." still names the reader).
_ARTICLE_DETERMINERS = frozenset({"una", "un", "la", "esa", "esta", "menuda", "vaya", "que"})


# Slang for a woman or girl that the person-noun test does not know.
_WOMEN_SLANG = frozenset(
    {"tipa", "tipas", "morra", "morras", "chava", "chavas", "chavala", "chavalas", "piba",
     "pibas", "maestra", "maestras", "doña", "dona", "nena", "nenas", "zorra", "perra"}
)  # fmt: skip


def _predicate_article(an: Analysis, k: int) -> bool:
    """'eres una ...', 'es un ...': an indefinite article after a copula or "you" opens a
    predicate said of someone, where the word keeps its sense."""
    if an.units[k].text not in ("una", "un") or k == 0:
        return False
    before = an.units[k - 1]
    return before.sentence == an.units[k].sentence and before.code in ("C", "U", "I")


def _thing_after(an: Analysis, u: Unit) -> bool:
    """An unknown noun right after the word in its sentence, not a word for a person, nor a
    preposition or adverb, with no protected group named before it in its sentence ("los X
    son una puta vergüenza" stays held): the word stands before a thing as an intensifier. A
    group named after the thing is what the thing acts on ("esta puta ley protege a los X")."""
    k = u.index + 1
    if k >= len(an.units):
        return False
    nxt = an.units[k]
    base, codes = an.sentence_of(u.index)
    return (
        nxt.sentence == u.sentence
        and "G" not in codes[: u.index - base]
        and nxt.code == "w"
        and nxt.entry is None
        and nxt.text not in _AFTER_NOUN
        and not _person_noun(nxt.text)
        and nxt.text not in _WOMEN_SLANG
        and not nxt.text.endswith("mente")
        and "," not in an.norm.text[u.end : nxt.start]
    )


def _homonym(an: Analysis, u: Unit, words: set[str]) -> bool:
    ctx = an.lex.homonym_context.get(u.text)
    if not ctx:
        return False
    if words & ctx:
        return True
    if any(w[-1:] == "s" and (w[:-1] in ctx or w[:-2] in ctx) for w in words):
        return True  # a plural of a context word: "packs of fags", "raiding the bins"
    text = an.norm.text
    # whole words only: "for a fag" is no context of "for a faggot"
    return any(
        " " in c and c in text and re.search(rf"(?<!\w){re.escape(c)}(?!\w)", text) for c in ctx
    )


_IN_GROUP = frozenset(
    {"i", "we", "us", "my", "our", "fellow", "proud", "mi", "mis", "nuestro", "nuestra",
     "soy", "somos", "nosotros", "nosotras", "me", "as", "am", "como"}
)  # fmt: skip


# First-person subjects, copulas that make the slur their predicate, and what a slur is
# likened to after it ("dykes like me", "maricas como yo").
_FIRST_SUBJECTS = frozenset({"i", "we", "yo", "nosotros", "nosotras"})
_FIRST_COPULAS = frozenset(
    {"am", "soy", "somos", "fui", "fuimos", "sido", "he sido", "hemos sido", "been",
     "being", "siendo"}
)  # fmt: skip
_SELF_AFTER = frozenset({"me", "us", "myself", "ourselves", "yo", "nosotros", "nosotras"})
_LIKENED = frozenset({"like", "como", "including", "such as"})
_SELF_VERBS = frozenset(
    {"considero", "declaro", "identifico", "asumo", "siento", "defino", "presento", "acepto"}
)  # fmt: skip
# A Spanish possessive owns the noun after it: "mis maricas" counts the writer in; "mi
# vecino es un X" and "en mi trabajo hay un X" name someone else.
# Spanish only: English keeps "my" anywhere ("... called my sister" is read as reported speech).
_MY_BEFORE_SLUR = frozenset({"mi", "mis"})


def _counts_writer_in(an: Analysis, x: Unit, u: Unit) -> bool:
    """`x` is a first-person word of the slur's sentence that counts the writer in: right
    before the slur ("my niggas", "us dykes", "as a proud X"), the subject of a copula whose
    predicate is the slur ("I've been a dyke for years", "yo he sido marica"), or the one the
    slur is likened to after it ("dykes like me", "maricas como yo", "being a fag myself").
    A first-person word elsewhere names the writer apart from the slur: "Keep the f*gs away
    from our schools", "cripples get everything, we get nothing", "cuando mi hijo me diga
    ... un hijo joto", "the mayor hired a dyke as police chief"."""
    if x.text in _MY_BEFORE_SLUR:
        return x.index + 1 == u.index or (
            x.index + 2 == u.index and an.units[x.index + 1].code in ("w", "P")
        )
    if not (x.code == "I" or x.text in _IN_GROUP or x.text in _SELF_AFTER):
        return False
    units = an.units
    if x.text == "me" and x.index < u.index:
        # "me considero marica" counts the writer in; "si mi hijo me sale joto" does not
        return x.index + 2 <= u.index and units[x.index + 1].text in _SELF_VERBS
    if u.index - 3 <= x.index < u.index and (x.index + 1 == u.index or not _bare_subject(an, x, u)):
        return True
    if x.index < u.index:  # "I have always been a X": a copula between, no clause break
        between = units[x.index + 1 : u.index]
        return (
            (x.code == "I" or x.text in _FIRST_SUBJECTS)
            and len(between) <= 5
            and any(b.code == "C" or b.text in _FIRST_COPULAS for b in between)
            and not any(b.code in ("B", "U") or b.text in _SELF for b in between)
            and "," not in an.norm.text[x.end : u.start]
        )
    if x.text not in _SELF_AFTER or x.index - u.index > 3:
        return False
    if x.text in ("myself", "ourselves"):
        return True  # "being a fag myself"
    if any(b.text in ("being", "siendo") for b in units[max(0, u.index - 2) : u.index]):
        return True  # "Siendo bollera, me reí"
    return any(b.text in _LIKENED for b in units[u.index + 1 : x.index])


def _bare_subject(an: Analysis, x: Unit, u: Unit) -> bool:
    """A first-person subject a few words before the slur with no copula between: "I saw a
    X", "we hired a X" name someone else."""
    if not (x.code == "I" or x.text in _FIRST_SUBJECTS):
        return False
    between = an.units[x.index + 1 : u.index]
    return not any(
        b.code == "C" or b.text in _FIRST_COPULAS or b.text in _IN_GROUP or b.text in _SELF
        for b in between
    )  # "nosotros nos decimos X", "we call ourselves X": the writer names themself


_HOSTILE = frozenset("HVXDWKZEY")


def _hostile_sentence(an: Analysis, u: Unit) -> bool:
    return not _HOSTILE.isdisjoint(an.sentence_of(u.index)[1])  # the sentence's codes


def _in_group(an: Analysis, u: Unit) -> bool:
    """Reclaimed use: the writer counts themself in ("I'm a proud dyke", "us queers", "my
    niggas") and the sentence holds nothing hostile."""
    same = an.sentence_run(u.index)
    aimed_elsewhere = any(
        x.code == "U" or x.text in ("he", "she", "they", "him", "her", "them", "el", "ella")
        for x in same
    ) or any(  # "we pay for other countries' cripples": the slur names others
        an.units[k].text in _OTHERS
        for k in range(max(0, u.index - 3), u.index)
        if an.units[k].sentence == u.sentence
    )
    if (
        not aimed_elsewhere
        and not _hostile_sentence(an, u)
        and any(_counts_writer_in(an, x, u) for x in same)
    ):
        return True
    if not aimed_elsewhere and not _hostile_sentence(an, u) and _worn_with_pride(an, same):
        return True  # "Jotos, lenchas, así nos decíamos ... y ahora lo usamos con orgullo"
    if not aimed_elsewhere and not _hostile_sentence(an, u) and _we_verb_after(an, u):
        return True  # "Los jotos también jugamos futbol": the writer among them
    for k in range(u.index - 1, max(-1, u.index - 4), -1):
        prev = an.units[k]
        if prev.sentence != u.sentence or prev.code in ("H", "V", "X", "D", "Y", "W"):
            return False
        if (prev.text in _IN_GROUP or prev.code == "I") and (
            prev.text in _MY_BEFORE_SLUR or _counts_writer_in(an, prev, u)
        ):
            return True  # "mi primo es joto": family speaking of its own
    nxt = an.units[u.index + 1] if u.index + 1 < len(an.units) else None
    return nxt is not None and nxt.sentence == u.sentence and nxt.text in ("and proud", "pride")


_PRIDE = frozenset({"orgullo", "orgullosa", "orgulloso", "orgullosas", "orgullosos",
                    "orgullosamente", "proudly", "pride"})  # fmt: skip
_WE_VERB = re.compile(r"^[a-z]{2,}(?:amos|emos|imos)$")


def _worn_with_pride(an: Analysis, same: tuple[Unit, ...]) -> bool:
    """Reclaimed words: the sentence speaks of pride and has a first-person plural ("nos
    decíamos ... lo usamos con orgullo", "we wear it proudly"): the writer's own people use
    the word of themselves."""
    if not any(x.text in _PRIDE for x in same):
        return False
    return any(
        x.text in ("we", "us", "nos", "nosotros", "nosotras")
        or (an.lang == "es" and x.entry is None and bool(_WE_VERB.match(x.text)))
        for x in same
    )


_WE_ADVERBS = frozenset({"tambien", "no", "si", "ya", "aun", "todavia", "siempre", "nunca",
                         "solo", "igual", "mismos", "mismas"})  # fmt: skip
_WE_COMMON = frozenset({"somos", "estamos", "vamos", "tenemos", "hacemos", "podemos",
                        "queremos", "sabemos", "vivimos", "trabajamos", "existimos"})  # fmt: skip


def _we_verb_after(an: Analysis, u: Unit) -> bool:
    """Spanish: the word as the subject of a first-person plural verb after it, with only
    adverbs between ("los jotos también jugamos", "las gordas no somos"): the writer speaks as
    one of them. Verbs of the lexicons (hate verbs and the like) never count."""
    if an.lang != "es":
        return False
    k = u.index + 1
    while k < len(an.units) and an.units[k].text in _WE_ADVERBS:
        k += 1
    if k >= len(an.units) or an.units[k].sentence != u.sentence:
        return False
    x = an.units[k]
    return x.text in _WE_COMMON or (x.entry is None and bool(_WE_VERB.match(x.text)))


_WE = frozenset({"we", "us", "nosotros", "nosotras", "we the", "us the"})
_WE_ARTICLES = frozenset({"los", "las", "the", "a", "A"})


def self_named_slur(an: Analysis, u: Unit) -> bool:
    """The slur stands beside "we"/"us"/"nosotros (los)" as the writer's own name for their
    people ("We beaners built this town", "us sudacas", "nosotros los sudacas sabemos"), or
    after "as a" with "myself" ("as a beaner myself"), and the sentence holds nothing hostile
    nor anyone else it could be aimed at: in-group use, whatever the word."""
    units = an.units
    k = u.index - 1
    while k >= 0 and units[k].sentence == u.sentence and units[k].text in _WE_ARTICLES:
        k -= 1
    first = k >= 0 and units[k].sentence == u.sentence and units[k].text in _WE
    if not first:
        nxt = units[u.index + 1] if u.index + 1 < len(units) else None
        first = (
            u.index >= 2
            and units[u.index - 1].text in ("a", "an")
            and units[u.index - 2].text == "as"
            and nxt is not None
            and nxt.sentence == u.sentence
            and nxt.text in ("myself", "yo")
        )
    if not first or _hostile_sentence(an, u):
        return False
    same = an.sentence_run(u.index)
    return not any(
        x.code == "U" or x.text in ("they", "them", "he", "she", "ellos", "ellas") for x in same
    )


_OTHERS = frozenset({"other", "others", "those", "these", "their", "otros", "otras", "esos",
                     "esas", "estos", "estas", "sus", "ajenos"})  # fmt: skip
_WORD_WORDS = frozenset({"word", "term", "slur", "insult", "palabra", "termino", "insulto",
                         "words", "terms", "slurs", "palabras", "insultos", "n-word", "phrase",
                         "phrases", "expression", "frase", "frases", "expresion"})  # fmt: skip


def _mention(an: Analysis, u: Unit) -> bool:
    """Talking about the word itself: 'the word X', 'X is a slur', 'la palabra X'."""
    for k in range(max(0, u.index - 2), min(len(an.units), u.index + 5)):
        unit = an.units[k]
        if k != u.index and unit.sentence == u.sentence and unit.text in _WORD_WORDS:
            return True
    return False


@rule("hate.trope", Category.HATE)
def trope(an: Analysis, sub: Submission) -> list[Hit]:
    """Anti-Semitic tropes: control of banks or media, dual loyalty, Holocaust denial or
    mockery, Jews behind migration, coded 'globalist' language."""
    text = an.norm.text
    hits: list[Hit] = []
    if not _TROPE_CUE.search(text):
        return hits  # every trope names Jews, the Holocaust, globalists or a coded word
    for ident, _lang, rx in an.lex.tropes:
        m = rx.search(text)
        if m is None:
            continue
        first, last = units_in(an, m.start(), m.end())
        if first is None:
            continue
        coded = ident.endswith(".coded")
        if negated_before(an, first) or counter_speech(an, first, last):
            continue
        if _word_discussed(an, first, last):
            continue  # "'globalist' is a dog whistle for Jews": the word's use is the topic
        if coded and _theory_named(an, first):
            continue  # "the language of the great replacement": the theory named as a thing
        if coded and _called_out_trope(text):
            continue  # "someone wrote 'globalists' fund the caravans ... an antisemitic theory"
        if not ident.startswith(("denial", "hint")) and any(
            an.units[k].code == "N" for k in range(first, last + 1)
        ):
            continue
        score = _HOLD if coded else 0.92
        hits.append(Hit("hate.trope", score, (an.norm.span(m.start(), m.end()),),
                        f"anti-Semitic trope ({ident.split('.')[0]})"))  # fmt: skip
        break
    return hits


# Words that name a word or an image as a vehicle of hate: said of a trope word in the same
# sentence, they make the word's use the topic ("'globalist' is a dog whistle for Jews",
# "the hook-nosed banker on that banner was 1930s propaganda", "'globalista' es un código").
_META_WORDS = re.compile(
    r"\b(?:dog ?whistles?|code ?words?|codes?|coded|codigo|codigos|clave|en clave|euphemisms?|"
    r"eufemismos?|slurs?|propaganda|caricatures?|caricaturas?|antisemit\w*|anti semit\w*|"
    r"silbatos? para perros|dogwhistles?|nazi|nazis|1930s|los anos treinta|tropes?|tropos?|"
    r"stereotypes?|estereotipos?)\b"
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
    text = an.norm.text[run[0].start : run[-1].end]
    if not _META_WORDS.search(text):
        return False
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


_TROPE_CUES = (
    "jew", "zio", "judi", "juda", "hebr", "roth", "holo", "glob", "soros", "goyi", "kalergi",
    "khazar", "cabal", "zog", "(((", "sionis", "banker", "synagogue", "funny last", "hook",
    "who i mean", "who runs", "who controls", "replac", "reempla", "white genocide", "banquer",
    "financier", "final solution", "cattle", "box car", "boxcar", "freight car", "who own",
    "which group", "kipa", "apellidos", "no son catolicos", "no son cristianos", "elegido",
    "chosen", "candelabro", "shoah", "surviv", "sobrevivi", "tribe", "tribu", "estrella",
    "communit", "comunidad", "j*d", "j*w", "same peop", "same famil", "same few",
    "'ese'", "'esa'", "'that'", "'those'", "six million", "host ", "apellido",
    "israel", "6 million", "anne frank",
)  # fmt: skip
_TROPE_CUE = re.compile(literal_alternation(_TROPE_CUES))  # one branch per first letter
