"""Words whose lexicon code is not what they say here: "puta" as an intensifier ("la puta
vida"), a pronominal "se" before a predicate, "YA" as the young-adult book label, and a
people's plural that is also its country's name ("viajé a Filipinas"), and a word whose "ñ"
folding made a term of ("moño" is no "mono")."""

from __future__ import annotations

import re

from moderation.policy.analysis.units import Unit
from moderation.policy.lexicon import Lexicon
from moderation.policy.normalize import Normalized

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


def young_adult(units: list[Unit], norm: Normalized) -> None:
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


# Short feminine nouns of no person that the swear intensifies: "cállense de una puta vez",
# "otra puta vez", "déjenme en puta paz".
_SHORT_THINGS = frozenset({"vez", "paz"})
_AFTER_THE_NOUN = frozenset(
    {"barata", "baratas", "sucia", "sucias", "callejera", "callejeras", "rastrera", "rastreras",
     "arrastrada", "arrastradas", "cualquiera", "reprimida", "reprimidas", "operada", "vieja",
     "viejas", "tonta", "loca", "fea", "gorda", "mentirosa", "falsa", "interesada", "asquerosa"}
)  # fmt: skip


# The predicates a pronominal "se" may stand before without changing what they say of the
# subject: "los X se merecen la muerte" is "los X merecen la muerte".
_SE_PREDICATES = frozenset("MZ")


def pronominal_se(units: list[Unit]) -> None:
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


def demote_intensifiers(units: list[Unit], lex: Lexicon, lang: str, text: str) -> None:
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
            # "una puta tía": a short word may still follow the noun, but not a short thing
            and (len(nxt.text) > 3 or nxt.text in _SHORT_THINGS)
        ):
            units[k] = u._replace(code="w")


# Spanish plurals of a people that also name its country ("las filipinas" are women of the
# Philippines; "Filipinas" is the country).
COUNTRY_PLURALS = frozenset({"filipinas"})
# Plural determiners and quantifiers before the people ("las filipinas", "esas filipinas",
# "muchas filipinas"): a country takes none, or "las" after a preposition ("en las Filipinas").
_PEOPLE_BEFORE = frozenset(
    {"las", "unas", "esas", "estas", "aquellas", "muchas", "todas", "todas las", "algunas",
     "varias", "pocas", "otras", "tantas", "ciertas", "mis", "tus", "sus", "nuestras",
     "vuestras", "dos", "tres", "cuatro", "cinco", "diez", "cientos de", "miles de"}
)  # fmt: skip
_PREPOSITIONS = frozenset(
    {"a", "de", "en", "desde", "hacia", "hasta", "para", "por", "entre", "sobre", "con", "sin",
     "contra", "del", "al"}
)  # fmt: skip


def country_named(units: list[Unit], k: int, norm: Normalized) -> bool:
    """Unit k, one of `COUNTRY_PLURALS`, names the country: no determiner of people before it
    ("viajé a Filipinas", "Filipinas ganó"), or "las" after a preposition with the name
    capitalised ("en las Filipinas"). "Las filipinas que conozco" are people."""
    u = units[k]
    prev = units[k - 1] if k > 0 and units[k - 1].sentence == u.sentence else None
    if prev is None or prev.text not in _PEOPLE_BEFORE:
        return True
    if prev.text != "las" or k < 2 or units[k - 2].sentence != u.sentence:
        return False
    start, end = norm.span(u.start, u.end)
    return units[k - 2].text in _PREPOSITIONS and norm.original[start:end][:1].isupper()


# Terms that a word written with "ñ" folds into: "moño negro" (a mourning ribbon) is no "mono".
_TILDE_FOLDED = frozenset({"mono", "monos"})


def tilde_words(units: list[Unit], norm: Normalized) -> None:
    """A unit of `_TILDE_FOLDED` typed with "ñ" is the other word: no term."""
    for k, u in enumerate(units):
        if u.text in _TILDE_FOLDED:
            start, end = norm.span(u.start, u.end)
            if "ñ" in norm.original[start:end].lower():
                units[k] = u._replace(code="w", entry=None)


# "Chino" is also Mexican Spanish for curly-haired, and one person's nickname beside the other
# nicknames of looks ("todo mundo es chino, gordo o flaco", "el Chino, el Gordo y el Güero"):
# no people. A plural ("los chinos, gordos y feos") stays the people.
_CURLY = frozenset({"chino", "china"})
_LOOKS_NICKNAMES = frozenset(
    {"gordo", "gorda", "gordos", "gordas", "flaco", "flaca", "flacos", "flacas", "guero",
     "guera", "gueros", "gueras", "prieto", "prieta", "chaparro", "chaparra", "pelon", "pelona",
     "narizon", "narizona", "cabezon", "cabezona", "orejon", "orejona", "chato", "chata",
     "moreno", "morena", "canoso", "canosa", "pecoso", "pecosa", "lacio", "lacia", "bigotes",
     "barbas", "cejon", "cejona", "chimuelo", "chimuela", "grenudo", "lampino"}
)  # fmt: skip
# What may stand between the nicknames of one list: an article, "y", "o", "ni", "al otro".
_LIST_GLUE = frozenset({"el", "la", "los", "las", "un", "una", "y", "o", "ni", "al", "otro",
                        "al otro", "el otro", "la otra"})  # fmt: skip


def _beside_looks(units: list[Unit], k: int) -> bool:
    """The nearest words either side of unit k, past articles and conjunctions, include a
    nickname of looks (`_LOOKS_NICKNAMES`) or a "chino"."""
    u = units[k]
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(units) and units[j].sentence == u.sentence:
            text = units[j].text
            if text in _LOOKS_NICKNAMES or text in _CURLY:
                return True
            if text not in _LIST_GLUE:
                break
            j += step
    return False


def curly_nickname(units: list[Unit], k: int) -> bool:
    """Unit k, a "chino" of `_CURLY`, stands in a list of nicknames of looks."""
    return units[k].text in _CURLY and _beside_looks(units, k)


def looks_nickname(units: list[Unit], k: int) -> bool:
    """Unit k, a nickname of looks ("gordo", "flaco", "güero"), stands in a list of them ("un
    chino, un gordo y un flaco"): the kinds of people in a class or a family, no one insulted
    (the caller asks that the sentence speaks to no one)."""
    return units[k].text in _LOOKS_NICKNAMES and _beside_looks(units, k)


# Words that open a sports club's name ("Atlético Norteño", "Deportivo Chiapaneco", "Club
# Sonorense"): a people's word after one, both capitalised, is the club's name, not the people.
_CLUB_OPENERS = frozenset(
    {"atletico", "deportivo", "club", "racing", "sporting", "union", "athletic",
     "cf", "fc", "cd", "ud", "sd", "independiente", "dynamo", "dinamo"}
)  # fmt: skip


def club_named(units: list[Unit], k: int, norm: Normalized) -> bool:
    """Unit k, a group word, is the second word of a club's name: the word before it opens
    one, in the same sentence, and both are written with a capital ("el Atlético Norteño")."""
    if k == 0:
        return False
    prev, u = units[k - 1], units[k]
    if prev.text not in _CLUB_OPENERS or prev.sentence != u.sentence:
        return False
    return all(_capital(norm, x) for x in (prev, u))


def _capital(norm: Normalized, u: Unit) -> bool:
    start, end = norm.span(u.start, u.end)
    return norm.original[start:end][:1].isupper()


# "Entitled to" a benefit is the law's word ("refugees are entitled to welfare for eight
# months"), no charge of entitlement. Felt, acted or believed ("they act entitled to it", "they
# think they're entitled to"), or to everything or to what is ours, it is the charge again.
_ENTITLEMENT_FELT = frozenset(
    {"feel", "feels", "felt", "feeling", "act", "acts", "acting", "acted", "think", "thinks",
     "thought", "believe", "believes", "believed", "seem", "seems", "behave", "behaves",
     "behaving", "so", "too", "very", "such", "how", "more", "most", "like", "pretend"}
)  # fmt: skip
_ENTITLEMENT_CLAIMED = frozenset(
    {"everything", "anything", "whatever", "all", "it", "more", "our", "your", "my", "free",
     "nothing", "special", "handouts", "everyone", "own"}
)  # fmt: skip


# A benefit resented as a burden on the writer's people: "and we pay for it", "eight months
# too long", "on our dime". It proves a felt entitlement ("they feel entitled to it and we pay
# for it"), not the law's: "Refugees are entitled to welfare and we pay for it" complains of a
# policy, however resentfully, and names no inferiority, crime or vermin.
_BENEFIT_RESENTED = re.compile(
    r"\b(?:we (?:pay|paid|foot)|we(?:'re| are) (?:paying|footing)|our (?:taxes|dime|money)|"
    r"taxpayers?|too (?:long|much|generous))\b"
)


# "Free" before a service the law provides ("entitled to free healthcare", "to free legal
# aid") is the law's word too; "free stuff", "free money" stay the claim.
_FREE_SERVICES = frozenset(
    {"healthcare", "health", "housing", "education", "school", "schooling", "lunch", "lunches",
     "meals", "legal", "lawyer", "lawyers", "counsel", "medical", "care", "treatment", "tuition",
     "transport", "interpreter", "interpreters", "translation", "translators"}
)  # fmt: skip


def entitled_by_law(units: list[Unit], lang: str, text: str) -> None:
    """An English "entitled" (X) followed by "to" and a benefit, with no verb of feeling or
    degree word in the four words before it, is the legal sense: a plain word. Not in a
    sentence that also calls names ("..., disgusting leeches"): there the benefit is the
    charge's proof. A burden resented ("... and we pay for it") is a complaint of the policy
    and leaves the law's word plain."""
    if lang == "es":
        return
    for k, u in enumerate(units[:-2]):
        if u.text != "entitled" or u.code != "X":
            continue
        to, what = units[k + 1], units[k + 2]
        if to.text != "to" or what.sentence != u.sentence:
            continue
        if what.text in _ENTITLEMENT_CLAIMED and not _free_service(units, k + 2):
            continue
        before = [p.text for p in units[max(0, k - 4) : k] if p.sentence == u.sentence]
        if _ENTITLEMENT_FELT.isdisjoint(before) and not _entitlement_charged(
            units, u, text, burden=False
        ):
            units[k] = u._replace(code="w")


def _free_service(units: list[Unit], k: int) -> bool:
    """The unit at k is "free" before a service the law provides ("free healthcare")."""
    if units[k].text != "free" or k + 1 >= len(units):
        return False
    nxt = units[k + 1]
    return nxt.sentence == units[k].sentence and nxt.text.split()[0] in _FREE_SERVICES


def _entitlement_charged(units: list[Unit], u: Unit, text: str, *, burden: bool = True) -> bool:
    """The sentence of "entitled" at `u` holds another derogation or insult, or (with `burden`)
    resents the benefit as a burden the writer's people bear. A scornful word predicated after
    a copula ("..., and the caseworkers are lazy") may be said of someone else and does not
    count."""
    sentence = [x for x in units if x.sentence == u.sentence]
    for j, x in enumerate(sentence):
        if x is u:
            continue
        if x.has("D") or x.has("INS"):
            return True
        if x.has("X") and all(p.code != "C" for p in sentence[max(0, j - 2) : j]):
            return True
    lo, hi = sentence[0].start, sentence[-1].end
    return burden and _BENEFIT_RESENTED.search(text, lo, hi) is not None


# "Feel" before the charge itself ("X feel entitled", "they feel so entitled to welfare"):
# a feeling of entitlement is the charge, said as "are entitled" would be, so the verb links
# its subject to the word as a copula does. Other feelings ("feel unsafe") stay opinions. Felt
# entitlement to a right, to equal treatment or to the vote ("Gay couples feel entitled to the
# same rights", "Women who felt entitled to vote were jailed") is a claim of right, no charge:
# only bare or to a benefit resented (`_FELT_BENEFITS`) is it read so.
_FEEL = frozenset({"feel", "feels", "felt"})
_FELT_DEGREE = frozenset({"so", "too", "very", "really", "totally", "completely", "just"})
_FELT_BENEFITS = _ENTITLEMENT_CLAIMED | frozenset(
    {"welfare", "benefits", "handouts", "handout", "freebies", "free stuff", "free money",
     "free housing", "food stamps", "subsidies", "charity", "special treatment", "our taxes",
     "taxpayer", "taxpayers", "other people's"}
)  # fmt: skip


def entitlement_felt(units: list[Unit], text: str) -> None:
    """An English "feel"/"feels"/"felt" right before "entitled" read as the charge (code X),
    a degree word between at most, is read as a copula (code C) when the entitlement is bare
    or to a benefit resented (`_FELT_BENEFITS`, `_entitlement_charged`)."""
    for k, u in enumerate(units[:-1]):
        if u.text not in _FEEL:
            continue
        j = k + 1
        if units[j].text in _FELT_DEGREE and j + 1 < len(units):
            j += 1
        x = units[j]
        if x.text != "entitled" or x.code != "X" or x.sentence != u.sentence:
            continue
        to = units[j + 1] if j + 1 < len(units) else None
        if to is not None and to.sentence == x.sentence and to.text == "to":
            what = units[j + 2] if j + 2 < len(units) else None
            resented = what is not None and what.text in _FELT_BENEFITS
            if not resented and not _entitlement_charged(units, x, text):
                continue  # "feel entitled to the same rights", "felt entitled to vote"
        units[k] = u._replace(code="C")


# "No matter what" is a concession ("they stick together no matter what"): its "no" negates
# nothing and its "matter" is no worth denied to anyone.
_NO_MATTER_AFTER = frozenset(
    {"what", "how", "where", "who", "whom", "when", "which", "whether", "if", "the", "your",
     "their", "his", "her", "our"}
)  # fmt: skip


def no_matter_what(units: list[Unit]) -> None:
    """An English "no matter" before a wh-word or a determiner is a concession: both words
    plain."""
    for k, u in enumerate(units[:-2]):
        nxt, after = units[k + 1], units[k + 2]
        if (
            u.text == "no"
            and nxt.text == "matter"
            and after.text in _NO_MATTER_AFTER
            and after.sentence == u.sentence
        ):
            units[k] = u._replace(code="w")
            units[k + 1] = nxt._replace(code="w")


_UPSET = frozenset({"molesto", "molesta", "molestos", "molestas"})
_UPSET_AT = frozenset({"con", "por", "porque"})


def upset_with(units: list[Unit]) -> None:
    """Spanish "molesto con / por": upset with someone or about something, a feeling, not the
    trait "annoying" ("mexicanos molestos con nosotros por las rentas")."""
    for k, u in enumerate(units[:-1]):
        nxt = units[k + 1]
        if (
            u.text in _UPSET
            and u.code == "X"
            and nxt.text in _UPSET_AT
            and nxt.sentence == u.sentence
        ):
            units[k] = u._replace(code="w")
