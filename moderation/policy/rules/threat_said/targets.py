"""Whom a threat is aimed at: the second person, a role or a person word, a group, what a
plural pronoun stands for, the object right after the act."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.hate_shapes import PROXIES
from moderation.policy.rules.threat_said.acts_en import EN_HOME
from moderation.policy.rules.threat_said.acts_es import ES_MEANS
from moderation.policy.rules.threat_said.guards import in_game
from moderation.policy.rules.threat_said.named import one_name
from moderation.policy.rules.threat_said.shapes import ES_BODY_PART, Shape, group_or_none
from moderation.policy.rules.threat_said.things import pronoun_stands_for_things
from moderation.policy.rules.threat_veiled.group import GROUP_PLACE

# Targets. Second person (a commenter, the author spoken to), the author or a role, a person
# word; a plural pronoun stands for the group or people named near it.
YOU = {
    "en": frozenset({"you", "u", "ya", "your", "yours", "yourself", "y'all", "yall", "ur"}),
    "es": frozenset({"te", "ti", "tu", "tus", "usted", "ustedes", "vos", "contigo", "os",
                     "vosotros", "vosotras", "vuestro", "vuestra", "vuestros", "vuestras"}),
}  # fmt: skip
ROLE = frozenset(
    {"author", "writer", "columnist", "reporter", "journalist", "editor", "moderator", "mods",
     "blogger", "autor", "autora", "columnista", "periodista", "reportero", "reportera",
     "editora", "moderador", "moderadora", "mayor", "alcalde", "alcaldesa", "senator",
     "senador", "senadora", "councilman", "councilwoman", "sheriff", "judge", "juez", "jueza",
     "governor", "gobernador", "presidente", "diputado", "diputada", "regidor", "regidora",
     "commissioner", "teacher", "maestro", "maestra", "profesor", "profesora", "priest", "cura",
     "padre", "pastor", "neighbor", "neighbour", "vecino", "vecina", "worker", "guy", "dude",
     "man", "woman", "boy", "girl", "kid", "lady", "tipo", "tipa", "wey", "guey", "vato",
     "cabron", "morro", "morra", "sujeto", "senor", "senora", "ratero", "ratera", "dueno",
     "duena", "activist", "activista", "owner", "clerk", "official", "politician", "politico",
     "family", "familia", "wife", "esposa", "husband", "esposo", "son", "daughter", "hijo",
     "hija", "kids", "hijos", "poll", "clown", "idiot", "moron", "imbecil", "pendejo",
     "pendeja", "idiota", "payaso", "traitor", "traidor", "traidora", "snitch", "soplon",
     "rata", "bastard", "bitch", "scum", "him", "her", "usted", "mod", "admin",
     "administrador", "administradora", "commenter", "comentarista", "fulano", "fulana"}
)  # fmt: skip
PEOPLE = frozenset(
    {"them", "they", "those people", "these people", "people", "folks", "protesters",
     "protestors", "activists", "reporters", "journalists", "liberals", "conservatives",
     "democrats", "republicans", "leftists", "commies", "traitors", "neighbors", "teens",
     "kids", "boys", "men", "families", "ellos", "ellas", "gente",
     "esa gente", "esta gente", "todos", "todas", "vecinos", "activistas", "periodistas",
     "manifestantes", "chairos", "fifis", "zurdos", "fachos", "a todos", "a todas",
     "every last one of them", "every one of them", "each one of them", "each of them",
     "all of them", "them all", "every single one of them", "every last one", "one of them",
     "anyone", "anybody", "everyone", "whoever", "voters", "supporters", "marchers"}
)  # fmt: skip
# Not people: vermin and weeds ("kill every last one of them" after "the roaches"), things.
PESTS = re.compile(
    r"\b(?:roach(?:es)?|cockroach(?:es)?|rats? (?:in|under) (?:the|my|our)|mice|bugs|weeds|"
    r"mosquito(?:e?s)?|ants|termites|flies|wasps|hornets|ticks|fleas|lice|zombies|orcs|"
    r"goblins|enemies in|boss(?:es)? in|cucarachas|ratones|plagas? (?:del|de la) (?:jardin|"
    r"casa)|mosquitos|hormigas|moscas|chinches|malezas|hierbas|zombis|zombies)\b"
)


def person_word(u: Unit) -> bool:
    """The unit names a person by role or title ("al alcalde", "the mayor"), not a pronoun that
    may stand for things."""
    return u.text in ROLE or u.text.split()[-1] in ROLE or u.has("title")


# ---------------------------------------------------------------------------------------------


def sentence_spans(an: Analysis) -> list[tuple[int, int, int, int]]:
    """(start, end, first unit, last unit) of every sentence, in the normalised text."""
    out = []
    for base, codes in an.sentences:
        if not codes:
            continue
        last = base + len(codes) - 1
        out.append((an.units[base].start, an.units[last].end, base, last))
    return out


def unit_at(an: Analysis, pos: int, lo: int, hi: int) -> int:
    """The unit covering (or first after) normalised offset `pos`, among units lo..hi."""
    for k in range(lo, hi + 1):
        if an.units[k].end > pos:
            return k
    return hi


def _group_units(an: Analysis, lo: int, hi: int) -> list[int]:
    """Units lo..hi that name a protected group: group words, slurs, the proxies `hate_shapes`
    reads ("esa gente", "la caravana"), a capitalised adjective whose plural is a group
    ("every Haitian")."""
    found = []
    for k in range(lo, hi + 1):
        u = an.units[k]
        if u.code == "S" or (u.code in ("G", "g") and u.has("G")) or u.text in PROXIES:
            found.append(k)
        elif u.code == "w" and u.text.isalpha() and an.capitalised(k):
            entry = an.lex.lookup((u.text + "s",))
            if entry is not None and "G" in entry.classes:
                found.append(k)
    return found


STOPS = re.compile(r"[,;:]|\b(?:because|since|porque|pues|if|si|until|hasta que|but|pero|when|"
                    r"cuando|so that|para que|unless|a menos que|while|mientras)\b")  # fmt: skip
_HANDLE = re.compile(r"@\w+")
_RELATIVE = frozenset({"who", "that", "which", "que", "quien", "quienes", "whom"})
_NAME = re.compile(r"\b(?:[A-Z][a-z]+|Mr|Mrs|Ms|Dr|Sheriff|Mayor|Senator|Judge) [A-Z][a-z]+\b")
HOME_ES = (
    r"\b(?:casas?|carros?|camionetas?|coches?|negocios?|tiendas?|templos?|iglesias?|hogares?|"
    r"mezquitas?|sinagogas?|locales?|barrios?)\b"
)
_POSSESSOR = re.compile(r"\b(?:his|her|your|ur|tu|tus|their|su|sus|vuestr[oa]s?)\b|'s\b")


def _target(
    an: Analysis, s: tuple[int, int, int, int], lo: int, hi: int, fire: bool = False
) -> tuple[str, int] | None:
    """Who the words lo..hi (normalised offsets, inside sentence s) name: ("group", unit) for a
    protected group or one of its places, ("person", unit) for someone spoken to or named,
    ("people", unit) for the people a plural word stands for."""
    if hi <= lo:
        return None
    text = an.norm.text
    inside = [
        k
        for k in range(s[2], s[3] + 1)
        if an.units[k].end > lo and an.units[k].start < hi and not an.units[k].quoted
    ]
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    relative = next((k for k in inside if an.units[k].text in _RELATIVE), None)
    if relative is not None and relative > first and not _group_units(an, first, relative):
        last = relative  # "the smugglers who abuse migrants": the group is the victim
    groups = _group_units(an, first, last)
    if groups:
        return "group", groups[0]
    chunk = text[lo:hi]
    if GROUP_PLACE.search(chunk):
        return "group", first
    if fire and re.search(EN_HOME + "|" + HOME_ES, chunk):
        owner = _POSSESSOR.search(chunk)  # "burn his house down"; "this house" is no one's
        if owner is not None:
            return ("people" if owner.group(0) in ("their", "sus") else "person"), first
    for k in inside:
        w = an.units[k].text
        if w in YOU[an.lang] or w.split()[0] in YOU[an.lang]:
            return "person", k
    body = _BODY_OF.search(chunk)
    if body is not None:  # "throw his body in the river": the person, dead
        return ("people" if body.group(1) == "their" else "person"), first
    for k in inside:
        w = an.units[k].text
        if (w in PEOPLE or w.split()[-1] in PEOPLE) and not _of_things(an, k, inside):
            return "people", k
        if person_word(an.units[k]):
            return "person", k
    if re.search(r"\b(?:los|las|esos|esas|todos los|todas las) de\b", chunk):
        return "people", first
    span = an.norm.span(lo, hi)
    original = an.norm.original[span[0] : span[1]]
    if _HANDLE.search(original):
        return "person", first
    if an.lang == "en" and _NAME.search(original):
        return "person", first  # "Gary Wilkes"; a Spanish name is as often a team's
    return None


# Someone's dead body as the object of a dumping or a burial ("throw his body in the river");
# the body of a bill or a text is "the body of ..." and no one's.
_BODY_OF = re.compile(
    r"\b(his|her|their) (?:dead )?(?:body|bodies|corpse|corpses|carcass)\b(?! of\b)"
)


_ALL_WORDS = frozenset({"todos", "todas", "a todos", "a todas", "all", "everyone"})
# Words of place after the quantifier, which say where the people are, not what is counted.
_PLACE_ADVERBS = frozenset(
    {"there", "here", "inside", "in there", "out there", "alli", "ahi", "alla", "aqui",
     "adentro", "dentro"}
)  # fmt: skip


def _of_things(an: Analysis, k: int, inside: list[int]) -> bool:
    """A quantifier at unit k that opens a noun phrase of things ("todos los libros", "all the
    chairs"): its noun, after a determiner, is no person word."""
    if an.units[k].text not in _ALL_WORDS or an.units[k].text.startswith("a "):
        return False
    if k and an.units[k - 1].text in ("a", "al", "a los", "a las"):
        return False  # the personal "a": "matar a todos los costeños" names people
    if an.units[k].text == "everyone":
        return False  # a pronoun, never a quantifier: "everyone there" is people
    rest = [j for j in inside if j > k and an.units[j].text not in _DETERMINERS]
    if not rest or an.units[rest[0]].text in ("of", "de"):
        return False  # "a todos", "todos ellos", "all of them"
    if an.units[rest[0]].text in _PLACE_ADVERBS:
        return False  # "shoot them all inside", "matar a todos alli": where, not what
    head = an.units[rest[0]]
    if head.text in PEOPLE or head.text in ROLE or head.text in YOU[an.lang]:
        return False
    return not _group_units(an, rest[0], rest[0])


def antecedent(an: Analysis, k: int) -> str:
    """What a plural word at unit k stands for: "group" when a protected group is named in its
    sentence (before or after it) or the two before, else "people". Not the analysis's
    `group_named_before`: a threat's "them" may name its group after it ("burn them all, those
    X"), reaches two sentences back, and counts what `_group_units` counts (slurs, proxies, a
    capitalised adjective of a people) as the group; it tells a kind, not which unit."""
    sentence = an.units[k].sentence
    for g in _group_units(an, 0, len(an.units) - 1):
        if sentence - 2 <= an.units[g].sentence <= sentence:
            return "group"
    return "people"


def _person_near(an: Analysis, k: int) -> bool:
    """Someone named in the sentence of unit k or the two before: a role or title word, an
    @handle or a full name, the writer's "vecinos" ("el dueño del taller, Jorge Cantú")."""
    sentence = an.units[k].sentence
    near = [u for u in an.units if sentence - 2 <= u.sentence <= sentence]
    if any(person_word(u) for u in near):
        return True
    lo, hi = an.norm.span(near[0].start, near[-1].end)
    original = an.norm.original[lo:hi]
    return bool(_HANDLE.search(original))


# The reader spoken to in the mood or the verb: "te", Spain's plural "os", "vais", "arderéis".
_SPOKEN_TO = re.compile(r"\b(?:te|os|vais)\b|\w(?:ar|er|ir)(?:te|os)\b|\w\w(?:areis|ereis|ireis)\b")


# Spain's plural "you" in the mood or the verb: "os", "vais", "arderéis".
_PLURAL_YOU = re.compile(r"\b(?:os|vais)\b|\w(?:ar|er|ir)os\b|\w\w(?:areis|ereis|ireis)\b")


def _clitic_target(words: str) -> str | None:
    """A Spanish object pronoun in the mood or glued to the verb: "te" speaks to someone, "lo"
    and "la" name one person, "los", "las", "les" a plural."""
    if re.search(r"\bte\b|\w(?:ar|er|ir)te\b", words):
        return "person"
    if re.search(r"\b(?:los|las|les)\b|\w(?:ar|er|ir|en|an|ando|iendo)(?:los|las|les)\b", words):
        return "people"
    if re.search(r"\b(?:os|vais)\b|\w(?:ar|er|ir)os\b|\w\w(?:areis|ereis|ireis)\b", words):
        return "person"  # Spain's plural "you": "os colgaremos", "vais a arder", "arderéis"
    if re.search(r"\b(?:lo|la|le)\b|\w(?:ar|er|ir|en|an|ando|iendo)(?:lo|la|le)\b", words):
        return "person"
    return None


_FIRE_ACT = re.compile(
    r"burn|torch|fire|bomb|blow|blew|shot up|shoot up|quem|incendi|fuego|gasolina|bombarde"
)


# Words an object may open with before its head ("a todos los", "those", "your").
_DETERMINERS = frozenset(
    {"the", "a", "an", "that", "this", "those", "these", "his", "her", "their", "your", "my",
     "next", "proximo", "proxima", "cualquier", "primer", "primera", "vivos", "vivas", "alive",
     "our", "its", "every", "each", "all", "some", "any", "last", "single", "el", "la", "los",
     "las", "un", "una", "unos", "unas", "al", "ese", "esa", "esos", "esas", "este", "esta",
     "estos", "estas", "aquel", "aquella", "aquellos", "su", "sus", "tu", "tus", "mi", "mis",
     "nuestro", "nuestra", "nuestros", "todos", "todas", "todo", "toda", "cada", "of", "de"}
)  # fmt: skip
# Words that end an object: a preposition or a conjunction ("la oficina del regidor").
_OBJECT_ENDS = frozenset(
    {"of", "for", "with", "from", "about", "on", "in", "at", "to", "over", "and", "or", "by",
     "de", "del", "sobre", "con", "para", "por", "en", "desde", "y", "o", "entre", "sin"}
)  # fmt: skip


def _headed(an: Analysis, k: int, act_end: int, fire: bool) -> bool:
    """Unit k heads the act's object: nothing but determiners and at most two other words
    between the act and k, and no preposition ("desaparecer la oficina del regidor" falls on
    an office), but "of" after a quantifier ("each of them") and a burning's home of someone
    ("quemar la casa de ese ratero")."""
    if an.units[k].start < act_end:
        return True
    words = [w for j in range(k) if an.units[j].start >= act_end for w in an.units[j].text.split()]
    content: list[str] = []
    for i, w in enumerate(words):
        if w in _DETERMINERS:
            continue
        if w in ("of", "de", "del"):
            before = content[-1] if content else (words[i - 1] if i else "")
            if before in _QUANTIFIERS or (fire and re.fullmatch(EN_HOME + "|" + HOME_ES, before)):
                continue
            return False
        if w in _OBJECT_ENDS:
            return False
        if content and w in _AGAINST:
            return False  # "acabar con el racismo contra los X": the act falls on the racism
        content.append(w)
    return len(content) <= 2


# After the act's own object, "against" names whom that object harms ("end the hatred against
# X"); right after the act ("disparar contra los X") it names the target.
_AGAINST = frozenset({"contra", "hacia", "against", "towards", "toward"})


_QUANTIFIERS = frozenset({"each", "all", "every", "one", "some", "any", "most", "cada", "uno",
                          "una", "todos", "todas", "none", "both", "many", "alguno"})  # fmt: skip


def _floating_of_things(an: Analysis, target: tuple[str, int], act: tuple[int, int]) -> bool:
    """A Spanish "todos" floated after a plural object pronoun ("desaparézcanlos todos") that
    stands for things named near; "a todos" marks people and stays."""
    kind, k = target
    if an.lang != "es" or kind != "people" or an.units[k].text not in ("todos", "todas"):
        return False
    j = unit_at(an, act[0], 0, len(an.units) - 1)
    return _clitic_target(an.norm.text[act[0] : act[1]]) == "people" and (
        pronoun_stands_for_things(an, j, an.norm.text[act[0] : act[1]])
    )


def whom(an: Analysis, s, shape: Shape, m: re.Match, who, act, stop) -> tuple[str, int] | None:
    """Who is harmed: after the act (its object), in the clitics of the mood and the verb, or
    before the mood (the subject of a passive, a fate or a due)."""
    text = an.norm.text
    start, end, ufirst, ulast = s
    fire = bool(_FIRE_ACT.search(text, act[0], act[1])) or group_or_none(m, "fire") is not None
    if shape.where == "before":
        target = _target(an, s, start, act[0], fire)
        if target is not None:
            return target
    target = None
    burial = _BURIAL.match(text, act[0], act[1]) if an.lang != "es" else None
    if burial is not None:
        # "put him in the ground": whom the grave takes; an order's bare "them" needs people
        # named near, a promise's ("I'm going to put them in the ground") stays as it was
        target = _buried(an, s, act, burial, shape.name == "imperative")
    elif shape.where in ("after", "both"):
        target = _target(an, s, act[0], stop.start() if stop else end, fire)
        if target is not None and not _headed(an, target[1], act[1], fire):
            target = None  # "desaparecer la oficina del regidor": the act falls on a thing
        if (target is None or target[0] == "people") and stop is not None:
            # "Wipe them out, all the X", "..., a los X": a group set off right after
            later = _target(an, s, stop.start(), min(end, stop.end() + 30), fire)
            if later is not None and (target is None or later[0] == "group"):
                target = later
        if target is not None and _floating_of_things(an, target, act):
            target = None  # "Los privilegios, desaparézcanlos todos": "todos" is the things
        if target is None:
            k = one_name(an, s, act, stop.start() if stop else end)
            target = None if k is None else ("name", k)  # strong acts only (`_reading`)
    if target is None and an.lang == "es":
        words = re.sub(ES_BODY_PART, "", text[who[0] : act[1]])
        kind = _clitic_target(words)
        k = unit_at(an, act[0], ufirst, ulast)
        means = re.search(ES_MEANS, text[act[0] : end])
        if kind == "person" and not _SPOKEN_TO.search(words) and not means:
            kind = kind if _person_near(an, k) else None  # "esta ley hay que matarla": a thing
        elif kind == "person" and _PLURAL_YOU.search(words) and antecedent(an, k) == "group":
            kind = "group"  # "Moros, os echaremos al mar": the readers are the group named
        elif kind == "people" and pronoun_stands_for_things(an, k, text[act[0] : act[1]]):
            kind = None  # "Los subsidios no sirven. Desaparézcanlos.": things abolished
        if kind is not None:
            target = (kind, k)
    if target is None and shape.where == "both":
        target = _target(an, s, start, act[0], fire)
    return target


# A burial ordered or promised ("put him in the ground", "put that reporter six feet under"):
# the object stands between "put" and the grave; a grave's owner ("flowers in her grave") is
# the one already dead.
_BURIAL = re.compile(
    r"put(?:s|ting)? ((?:[\w']+ ){1,3}?)(?:in the ground|six feet under|in (?:a|the|his|her|"
    r"their) (?:grave|graves|coffin|body bags?))"
)
# Words after the object's head that are no head ("put them all in the ground").
_AFTER_HEAD = frozenset({"all", "both", "each", "too", "alive", "now", "already"})
# A plural pronoun that stands for whatever was named before it.
_BARE_PLURALS = frozenset({"them", "em", "'em", "those", "these", "all of them", "them all"})
# A tackle or a game: "Put him in the ground, ref! What a tackle." is a hit in play.
_TACKLE = re.compile(
    r"\b(?:tackles?|tackled|tackling|ref|refs|referee|linebackers?|defenders?|rugby|scrum|"
    r"sacks?|sacked|quarterback|qb|what a hit)\b"
)


def _plural_people_named(an: Analysis, k: int) -> bool:
    """People or a group named in the sentence of unit k or the one before, other than by a
    pronoun: what a bare "them" may stand for ("Those traitors lie. Put them in the ground.");
    bulbs, seeds and ashes are no one ("Soak the seeds overnight and put them in the ground")."""
    sentence = an.units[k].sentence
    for u in an.units:
        if u.index == k or not sentence - 1 <= u.sentence <= sentence:
            continue
        if _group_units(an, u.index, u.index):
            return True
        last = u.text.split()[-1]
        if last in ("them", "they", "ellos", "ellas", "em", "all", "one"):
            continue
        if u.text in PEOPLE or last[:-1] in ROLE or last[:-2] in ROLE or last in ("kids", "mods"):
            return True
    return False


def _buried(
    an: Analysis, s, act: tuple[int, int], m: re.Match, ordered: bool
) -> tuple[str, int] | None:
    """Whom a burial falls on: the head of the object between "put" and the grave, when it is
    someone spoken to, a person word, a group, a name, or a bare "them" (in an order, only one
    that stands for people named near: `ordered`). Ashes, flowers, bulbs, an urn ("Put
    Grandma's ashes in the ground", "Put flowers in her grave") are no one, and a tackle in a
    game ("Put him in the ground, ref!") is no burial."""
    lo, hi = m.span(1)
    units = [
        k
        for k in range(s[2], s[3] + 1)
        if lo <= an.units[k].start and an.units[k].end <= hi and not an.units[k].quoted
    ]
    while units and an.units[units[-1]].text in _AFTER_HEAD:
        units.pop()
    if not units or _TACKLE.search(an.norm.text) or in_game(an.norm.text):
        return None
    k = units[-1]
    head = an.units[k]
    if head.text in YOU[an.lang] or head.text.split()[0] in YOU[an.lang]:
        return "person", k
    groups = _group_units(an, units[0], k)
    if groups:
        return "group", groups[-1]
    if head.text in _BARE_PLURALS:
        return ("people", k) if not ordered or _plural_people_named(an, k) else None
    if person_word(head):
        return "person", k
    if head.text in PEOPLE:
        return "people", k
    span = an.norm.span(lo, hi)
    original = an.norm.original[span[0] : span[1]]
    full = _NAME.search(original)
    if full is not None and not original[full.end() :].startswith(("'s", "’s")):
        return "person", k  # "put Gary Wilkes in the ground"
    name = one_name(an, s, act, act[1])
    return None if name is None else ("name", name)  # "put Valdez in the ground"
