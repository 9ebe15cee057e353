"""Small readers several hate rules share: person and group nouns, a group's place in the
sentence, equal treatment and rights, harm the group suffers or the writer intends."""

from __future__ import annotations

import re
from itertools import pairwise

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules import Hit
from moderation.policy.rules.context import (
    asked_by_opener,
    is_question,
    next_in_sentence,
    suppressed,
)
from moderation.policy.rules.context.words import marked_between
from moderation.policy.rules.hate.guards import (
    CONTRAST,
    HATE_VERBS_1SG,
    RELATIVE_WORDS,
    _hit,
    hater_is_writer,
    plural_group,
)
from moderation.policy.rules.hate.rebutted_by_example import rebutted_by_example
from moderation.policy.rules.hate.why_not_argued import why_not_argued
from moderation.policy.rules.hate.words import (
    ANSWERABLE_FOR,
    BARE_FUTURE,
    CLAUSE_END_OK,
    CLEAR,
    STRONG,
    THIRD_FUTURE,
)

WHO = frozenset({"who", "that", "que", "quien"})


def yes_to_negation(an: Analysis, first: int) -> bool:
    """ "¿Acaso los X no son personas?", "¿A poco no son trabajadores?": the question's own
    negation expects a yes, so the quality it seems to deny is affirmed."""
    if asked_by_opener(an, first):
        return True
    base = an.sentence_of(first)[0]
    if _praise_asked(an, first, base):
        return True
    # "Women can't lead? Look at Merkel.", "Why should women not be treated as equals?"
    return rebutted_by_example(an, first) or why_not_argued(an, first)


_NEG_AUX = frozenset({"is", "are", "was", "were", "do", "does", "did", "has", "have"})
_TAG_SUBJECTS = frozenset({"it", "that", "this", "they", "you", "we"})


def _praise_asked(an: Analysis, first: int, base: int) -> bool:
    """ "Isn't it amazing how brave X are?": an English question opened by a negated auxiliary
    and its pronoun asks for a yes, and the quality after "how" is praise. A second negation
    later in the sentence ("... how brave X never are?") takes it back."""
    units = an.units
    if an.lang != "en" or first != base + 1 or not is_question(an, first):
        return False
    if units[base].text not in _NEG_AUX or units[first].code != "N":
        return False
    if first + 1 >= len(units) or units[first + 1].text not in _TAG_SUBJECTS:
        return False
    sentence = units[first].sentence
    rest = [u for u in units[first + 1 :] if u.sentence == sentence]
    how = next((i for i, u in enumerate(rest) if u.text == "how"), None)
    if how is None or how + 1 >= len(rest) or rest[how + 1].code != "P":
        return False
    return not any(u.code == "N" for u in rest)


# "Muslims who live in Dearborn are terrorists", "the gay teachers at that school are
# groomers": a neutral clause between the group and its predicate still speaks of the group.
# A clause that names a wrong ("Mexicans who join the cartels") picks out wrongdoers instead.
PERSON_NOUNS = frozenset(
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
WRONG_STEMS = (
    "cartel", "gang", "crim", "drug", "smuggl", "traffick", "kill", "murder", "rob", "steal",
    "rap", "attack", "terror", "bomb", "abus", "assault", "shoot", "stab", "molest", "loot",
    "scam", "fraud", "illegal", "break", "broke", "violen", "weapon", "gun", "harass", "extort",
)  # fmt: skip


def group_past_clause(an: Analysis):
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
            role = an.units[k].text in PERSON_NOUNS
            if role:
                k += 1  # "gay teachers", "Muslim families"
            elif gu.code == "g" and not plural_group(gu):
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
                and an.units[k].text in RELATIVE_WORDS
                and any(an.units[j].text in CONTRAST for j in range(c + 1, min(end, c + 4)))
            ):
                continue  # "X who were rude, but most are kind": the clause picked some out
            clause = an.units[k:c]
            if any(w.startswith(WRONG_STEMS) for x in clause for w in x.text.split()):
                continue
            yield g, c, codes[c - base :]


_GENERIC_ONE = frozenset({"un", "una", "cualquier", "todo", "toda", "a", "an", "any", "every"})


def generic_one(an: Analysis, g: int) -> bool:
    """'un X', 'cualquier X', 'any X': one member standing for the group."""
    return g > 0 and an.units[g - 1].text in _GENERIC_ONE


def group_before(an: Analysis) -> bool:
    return "G" in an.codes  # one code letter per unit


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


_ALIKE = frozenset({"iguales", "alike", "the same"})


def all_alike_denied(an: Analysis, p: int) -> bool:
    """ "No somos todos iguales", "they're not all the same": "all" right before the word of
    sameness denies that the members are alike, a plea against generalising."""
    return (
        an.units[p].text in _ALIKE
        and p > 0
        and an.units[p - 1].text in ("todos", "todas", "all")
        and an.units[p - 1].sentence == an.units[p].sentence
    )


def equal_in_treatment(an: Analysis, p: int) -> bool:
    """ "X are not equal in pay / under the law", "no son iguales ante la ley", "X do not get
    equal pay": equality denied in respect of what a group receives states unequal treatment,
    no lesser worth ("X are not equal", "... equal to men", "... in intelligence" still deny
    it)."""
    if an.units[p].text not in _EQUAL:
        return False
    sentence = an.units[p].sentence
    rest = [u for u in an.units[p + 1 : p + 6] if u.sentence == sentence]
    if rest and rest[0].text in _RECEIVED:
        return True  # "equal pay", "equal rights", "igual trato"
    if not rest or rest[0].text not in _IN_RESPECT:
        return False
    return any(u.text in _RECEIVED for u in rest[1:4] if u.code != "A")


_PERMITTED = frozenset({"allowed", "permitted"})


def barred_from_doing(an: Analysis, p: int) -> bool:
    """ "allowed to" + an act: a permission someone else gives or withholds ("are not allowed
    to pray there", "aren't permitted to vote"), unlike "not allowed here", which bars them."""
    if an.units[p].text not in _PERMITTED:
        return False
    nxt = next_in_sentence(an, an.units[p])
    return nxt is not None and nxt.text.split()[0] == "to"


LESS = frozenset({"menos"})


def cleared_of(an: Analysis, k: int) -> bool:
    """The unit after `k` is "for"/"de"/"por" in the same sentence: what the group is not
    responsible for follows."""
    nxt = next_in_sentence(an, an.units[k])
    return nxt is not None and nxt.text in ANSWERABLE_FOR


# Rights and access (hate_terms.tsv): denied to a group only as a wish, after a modal.
RIGHTS = frozenset(
    {"tener derecho a", "tener derechos", "tener ningun derecho", "tener acceso a",
     "tener acceso", "have rights", "have any rights", "have the right to", "have access to"}
)  # fmt: skip


def modal_between(an: Analysis, first: int, p: int) -> bool:
    return any(an.units[k].code == "M" for k in range(first, p))


# Refusals of a wish ("no quiero", "I don't want"): before a harm they wish it never happens.
UNWANTING = frozenset({"no quiero", "no queremos", "don't want", "do not want", "dont want",
                        "i do not want", "we do not want", "no deseo", "no deseamos"})  # fmt: skip
# Words a refusal may reach its harm over: "no quiero ver morir", "don't want to see ... die".
_TO_THE_HARM = frozenset({"que", "ver", "to", "see", "to see", "seeing", "a", "mas", "more",
                          "any more", "anymore", "ni", "one more", "otro", "otra", "otros",
                          "otras", "any", "one", "single", "un", "una", "solo",
                          "sola"})  # fmt: skip


def harm_unwanted(an: Analysis, v: int) -> bool:
    """The harm word at `v` is what the writer refuses to want: "no quiero ver morir a más
    X", "no queremos que mueran más X", "I don't want to see X die": a wish that they live."""
    s = an.units[v].sentence
    for k in range(v - 1, max(-1, v - 8), -1):
        x = an.units[k]
        if x.sentence != s:
            return False
        if x.text in UNWANTING or (
            x.code == "N" and x.text in ("nadie", "nobody", "no one") and k + 1 < v
        ):
            return True
        if x.code in ("G", "A", "Y") or x.text in _TO_THE_HARM:
            continue
        return False
    return False


INFINITIVE_ES = re.compile(r"(?:ar|er|ir)(?:le|les|lo|la|los|las)?$")


# Participles of things done to people: after the group they make it the object of someone
# else's act ("tired of seeing disabled people used as props", "harta de ver a los migrantes
# tratados como delincuentes"), and the writer's feeling is about the act.
DONE_TO_EN = frozenset(
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
DONE_TO_ES = re.compile(
    r"^(?:siendo |ser )?(?:usad|utilizad|tratad|maltratad|explotad|abusad|atacad|acosad|"
    r"humillad|insultad|discriminad|perseguid|señalad|senalad|culpad|estigmatizad|deportad|"
    r"detenid|encerrad|separad|expulsad|golpead|asesinad|ignorad|olvidad|excluid|agredid|"
    r"ridiculizad|manipulad|engañad|enganad|despedid|amenazad|criminalizad|marginad|"
    r"silenciad|exhibid|pisotead|ningunead)(?:o|a|os|as)?$"
)


def done_to(an: Analysis, g: int) -> bool:
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
        return bool(DONE_TO_ES.match(units[k].text))
    return word in DONE_TO_EN


_PROBLEM = frozenset({"el problema de", "the problem with", "the trouble with"})
_THAT = frozenset({"es que", "is that", "es", "is"})


def problem_for_them(an: Analysis, h: int, g: int) -> bool:
    """'The problem with X is that ...' names what X suffer as often as what X are: the
    clause after it decides (the derogation rules read it). So does an English gerund after
    the group ("the trouble with Haitians finding work is the paperwork"): the problem is an
    activity of theirs."""
    if an.units[h].text not in _PROBLEM:
        return False
    k = g + 1
    if k >= len(an.units) or an.units[k].sentence != an.units[g].sentence:
        return False
    nxt = an.units[k]
    gerund = an.lang == "en" and nxt.code == "w" and nxt.text.endswith("ing") and len(nxt.text) > 4
    return nxt.text in _THAT or nxt.code == "C" or gerund


_THING_DETS = frozenset(
    {"el", "la", "los", "las", "un", "una", "ese", "esa", "este", "esta", "esos", "esas",
     "estos", "estas", "mi", "mis", "tu", "tus", "su", "sus", "aquel", "aquella"}
)  # fmt: skip
_CONTRACTED_DETS = frozenset({"del", "al"})
_OF = frozenset({"de"})  # "película de mujeres"; "las vidas de los X" are the group's


def profane_word(u: Unit) -> bool:
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
     "narcos", "carteles", "agentes", "oficiales",
     # dishes, and players judged for their play
     "tamales", "tacos", "platillos", "dulces", "quesos", "vinos", "cervezas", "jugadores",
     "futbolistas", "velocistas", "atletas", "boxeadores", "beisbolistas", "peloteros"}
)  # fmt: skip


# Crime trades a nationality follows as where they ply or come from ("los narcos paraguayos",
# "los sicarios hondureños", "Guatemalan smugglers"): the trade is what is spoken of, not the
# people (`broad`, `modifier`).
CRIME_TRADES = frozenset(
    {"narco", "narcos", "sicario", "sicarios", "sicaria", "sicarias", "traficante",
     "traficantes", "narcotraficante", "narcotraficantes", "contrabandista", "contrabandistas",
     "pollero", "polleros", "coyotes", "huachicoleros", "lavadores", "smugglers", "traffickers",
     "dealers"}
)  # fmt: skip


def not_the_group(an: Analysis, g: int) -> bool:
    """Spanish: the group word describes a thing or names one person, so a predicate after it
    is not said of the group: "el gobierno mexicano es un desastre", "la comida china",
    "la mujer del alcalde no vale nada", "mi mujer"."""
    if an.lang != "es":
        return False
    u = an.units[g]
    if _described_noun(an, g) in _PUBLIC_THINGS:
        return True  # "el gobierno mexicano", "los policías mexicanos"
    if plural_group(u) or generic_one(an, g):
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


def of_a_thing(an: Analysis, g: int) -> bool:
    """The group word describes a noun before it ("la comida china", "una película de
    mujeres", "el sistema de salud mexicano"), which is what is said after it is about."""
    head = _described_noun(an, g)
    return head is not None and not person_noun(head)


# A group word followed by the body its members belong to: a cartel, a government, a party.
_OF_A_BODY = re.compile(
    r"\s+(?:(?:del|de la|de los)\s+(?:cjng|cartel|carteles|gobierno|congreso|cabildo|"
    r"ayuntamiento|gabinete|senado|la familia michoacana|mafia)|de palacio nacional)\b"
)


def member_of_a_body(an: Analysis, g: int) -> bool:
    """Spanish: the group word is followed by the named body its members belong to ("los X del
    CJNG", "de Palacio Nacional"): those members are judged, not the people."""
    return an.lang == "es" and _OF_A_BODY.match(an.norm.text, an.units[g].end) is not None


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
        if (u.code == "w" or u.text in _PUBLIC_THINGS) and (
            u.text not in _THING_DETS and not profane_word(u)
        ):
            nouns.append(u)  # "los narcos mexicanos": a trade the lexicon calls bad
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


def person_noun(word: str) -> bool:
    """A noun for a person ("hijo", "compañero", "profesora"), so a group word after it still
    names what that person is."""
    return word in _PEOPLE_NOUNS or word in _FAMILY or word.endswith(_PERSON_ENDINGS)


def writer_future(an: Analysis, p: int) -> bool:
    """A bare "will" or "going to" is the writer's intent only with the writer in its subject
    ("me and my mates will", "our militia will") or no subject (the F phrases with "I" are
    one unit)."""
    u = an.units[p]
    if u.code != "F" or u.text not in BARE_FUTURE:
        return True
    if u.text in THIRD_FUTURE:
        return False  # "van a deportar a los X": what others will do
    before = [x for x in an.units[max(0, p - 4) : p] if x.sentence == u.sentence]
    return not before or any(x.code == "I" or x.text in _WRITER_WORDS for x in before)


_WRITER_WORDS = frozenset({"me", "my", "our", "us", "mi", "mis", "nuestro", "nuestra"})
# mataría, mataré, mataremos, mataríamos: the writer's own future or conditional (not -arías)
WRITER_FORMS = ("aria", "eria", "iria", "are", "ere", "ire", "aremos", "eremos", "iremos",
                 "ariamos", "eriamos", "iriamos")  # fmt: skip
CLITICS = frozenset({"lo", "la", "los", "las", "le", "les"})


_FOR = frozenset({"por", "for"})
_BEING = frozenset({"ser", "being", "be"})
_HATE_1SG = frozenset(w for w in HATE_VERBS_1SG if " " not in w) | {"hate", "despise"}
_TO_WHOM = CLITICS | {"te", "os", "yo", "i"}
_OBJECTS_EN = frozenset({"you", "you all", "all of you", "him", "her", "them"})


def for_being(an: Analysis, *, hatred: bool = False) -> list[Hit]:
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
                    and (all(x.text in _TO_WHOM for x in before) or hater_is_writer(an, j))
                )
            else:
                ok = v.code == "V" and (
                    v.text.endswith(WRITER_FORMS) or any(x.code in ("F", "M") for x in before)
                )
                ok = ok and not _modal_denied(before)
            if ok and not suppressed(an, j, k + 1):
                if hatred:
                    return [_hit(an, "hate.emotion", CLEAR, j, k + 1,
                                 "hatred for being one of a group")]  # fmt: skip
                return [_hit(an, "hate.violence", STRONG, j, k + 1,
                             "harm aimed at someone for being one of a group")]  # fmt: skip
    return []


def _modal_denied(before: list[Unit]) -> bool:
    """The modal or intent before the harm is negated, by "no" or by a subject that is no one
    ("Nadie merece que lo golpeen por ser X", "No one should be killed for being X"): the harm
    is refused."""
    modals = [i for i, x in enumerate(before) if x.code in ("F", "M")]
    return bool(modals) and any(x.code == "N" for x in before[max(0, modals[0] - 3) : modals[0]])


def clause_ends(an: Analysis, k: int) -> bool:
    u = an.units[k]
    if k + 1 >= len(an.units):
        return True
    nxt = an.units[k + 1]
    if nxt.sentence != u.sentence:
        return True
    if nxt.text == "for" and k + 2 < len(an.units) and an.units[k + 2].text == "good":
        return True  # "for good", read as two words
    return nxt.text in CLAUSE_END_OK or nxt.code in ("A", "B", "G", "D")


# Where a death is wished on people, not a cause or a manner of it: "should die in the
# desert", "deberían morirse en el río Bravo", "rot in the gutter". Read only by the death
# wishes of `hate.violence` (a modal or an optative before the verb), never by `clause_ends`,
# whose other readers ("get out on the streets") would take a march for an expulsion. Jail and
# prison are left out: "should rot in prison" is said of offenders.
_PLACE_IN = frozenset({"in", "at", "on", "into", "en", "al"})
_PLACE_DET = frozenset({"the", "el", "la", "los", "las", "un", "una", "that", "this", "ese",
                        "esa", "este", "esta", "some", "algun", "alguna"})  # fmt: skip
HOSTILE_PLACES = frozenset(
    {"river", "rio", "desert", "desierto", "sea", "mar", "ocean", "oceano", "gutter", "ditch",
     "cuneta", "zanja", "sewer", "sewers", "alcantarilla", "cloaca", "hell", "infierno",
     "mud", "lodo", "trench", "swamp", "pantano", "fire", "fuego", "flames", "llamas",
     "hoguera", "border", "frontera", "street", "streets", "calle", "calles"}
)  # fmt: skip
_NAME_JOINS = frozenset({"de", "del", "of"})
_CLAUSE_MARKS = frozenset(",;:.!")


def wished_at_a_place(an: Analysis, k: int) -> bool:
    """After the verb at unit k, a hostile place ("in the river", "en el desierto de Sonora",
    "in the Rio Grande") and then the sentence's end. Not a question ("¿Por qué tienen que
    morir en el río?" protests), and nothing more in the sentence ("... in the river now that
    the buoys are up", "..., eso quiere Abbott")."""
    units = an.units
    n = len(units)
    s = units[k].sentence
    j = k + 1
    if j >= n or units[j].sentence != s or units[j].text not in _PLACE_IN:
        return False
    j += 1
    if j < n and units[j].sentence == s and units[j].text in _PLACE_DET:
        j += 1
    if j >= n or units[j].sentence != s or units[j].text not in HOSTILE_PLACES:
        return False
    original = an.norm.original
    last = j
    for _ in range(3):  # a proper name after it: "el río Bravo", "the Sea of Cortez"
        m = last + 1
        if m >= n or units[m].sentence != s or marked_between(an, last, last + 1, _CLAUSE_MARKS):
            break
        if units[m].text in _NAME_JOINS:
            m += 1
            if m >= n or units[m].sentence != s:
                break
        a, _b = an.norm.span(units[m].start, units[m].end)
        if not original[a : a + 1].isupper():
            break
        last = m
    if last + 1 < n and units[last + 1].sentence == s:
        return False  # "..., eso quiere Abbott": the sentence goes on, as "se mueran, eso" does
    rest = an.norm.text[units[last].end : units[last].end + 3]
    return "?" not in rest


_HOW_MANY = frozenset({"cuantos", "cuantas"})
_MORE = frozenset({"more", "mas"})
# What turns the question into a wish: an answer after it that wants more deaths ("Not enough
# yet", "Ojalá todos", "As many as it takes").
_LAMENT_ANSWERED = re.compile(
    r"\b(?:ojala|not enough|no (?:son )?suficientes|as many as|all of them|every (?:last )?one|"
    r"todos|todas|muchos mas|muchas mas|many more|hopefully|good|bien|mejor|que bueno|"
    r"que se mueran|let them|dejenlos|que se ahoguen)\b"
)


def how_many_more(an: Analysis, g: int, v: int) -> bool:
    """The protest's question: the group at unit g counted by "how many more" or "cuántos ...
    más", its own death at unit v (a fate, not a killing: "how many more should we kill" is
    no lament), asked with a question mark and not answered with a wish for more. "How many
    more Haitians must die at the border?" asks that the deaths stop."""
    units = an.units
    if units[v].code != "K" and not units[v].text.startswith(("drown", "ahog", "se ahog")):
        return False
    run = an.sentence_run(g)
    texts = [u.text for u in run if g - 6 <= u.index <= g + 1]
    if not any(t in _MORE for t in texts):
        return False
    counted = any(t in _HOW_MANY for t in texts) or any(
        a == "how" and b == "many" for a, b in pairwise(texts)
    )
    if not counted:
        return False
    text = an.norm.text
    after = run[-1].end
    if "?" not in text[after : after + 3]:
        return False
    return _LAMENT_ANSWERED.search(text, after, after + 120) is None


WE = frozenset({"we", "us", "nosotros", "nosotras", "we the", "us the"})


# "nothing" narrowed to what befalls the group: "no merecen nada de esto", "don't deserve
# anything of what happened" is sympathy, not a group denied everything
_NONE_OF_THIS = re.compile(r" (?:de (?:todo )?(?:esto|eso|lo que)|of (?:this|that|what))\b")


def none_of_this(an: Analysis, pred: Unit) -> bool:
    """A "deserve nothing" predicate followed by "of this": the plight, not the people."""
    return pred.text.endswith(("nada", "anything")) and bool(
        _NONE_OF_THIS.match(an.norm.text, pred.end)
    )


# A part of the predicate's people, not all of them, before "X are G" ("Some criminals are
# Mexican", "Algunos delincuentes son hondureños"): a fact about a few, not about the group.
_A_FEW_BEFORE = re.compile(
    r"\b(?:some|a few|certain|a handful of|algunos|algunas|unos cuantos|unas cuantas|ciertos|"
    r"ciertas|unos|unas) $"
)


def a_few_before(an: Analysis, pred: Unit) -> bool:
    """'Some criminals are Venezuelan': the noun before the group is a few people, not all."""
    return _A_FEW_BEFORE.search(an.norm.text, 0, pred.start) is not None


# Words said about a group before the reaction ("this talk about the X makes me sick", "los
# chistes sobre los X me dan asco"): the reaction's subject is what is said, not the group.
_TALK_ABOUT = re.compile(
    r"\b(?:talk|comments?|rhetoric|jokes?|stereotypes?|lies|slurs?|hate|hatred|racism|bigotry|"
    r"generali[sz]ations?|posts?|coverage|propaganda|fear ?mongering|insults?|memes?|"
    r"comentarios?|chistes?|burlas?|insultos?|odio|racismo|discurso|mentiras?|estereotipos?)"
    r"(?: \w+)? (?:about|of|against|toward|towards|on|sobre|contra|hacia|de) "
    r"(?:the |these |those |all |los |las |esos |esas |estos |estas )?$"
)


def talk_about_before(an: Analysis, g: int) -> bool:
    """Words said about the group at unit g come just before it ("talk about the X")."""
    start = an.units[g].start
    return _TALK_ABOUT.search(an.norm.text, max(0, start - 60), start) is not None
