"""`hate.violence` shapes by target: a threat to "you" or "them", with an instrument, on a
place of worship or gathering, or a plan that is harm."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.analysis.group_words import remaining_after
from moderation.policy.rules import Hit
from moderation.policy.rules.context import kind_manner, suppressed
from moderation.policy.rules.context.sentence_bounds import sentence_start
from moderation.policy.rules.hate.guards import (
    _antecedent,
    _hit,
    plural_group,
)
from moderation.policy.rules.hate.helpers import (
    CLITICS,
    WRITER_FORMS,
    writer_future,
)
from moderation.policy.rules.hate.violence_wished import (
    CLITIC_F,
    YOU_ALL,
    past,
    vocative,
)
from moderation.policy.rules.hate.violence_words import (
    AND,
    EXPULSION,
    SPRAYS,
    contrast_denied,
)
from moderation.policy.rules.hate.words import (
    HOLD,
    STRONG,
)
from moderation.policy.rules.threat_said import team_beaten

_VERB_CODES = re.compile("[VK]")
_PRONOUN_OBJECTS = frozenset({"you", "you all", "all of you", "every one of you", "os",
                              "vosotros", "vosotras", "ustedes", "ti", "usted"})  # fmt: skip


_CLITIC_WORDS = frozenset({"te", "le", "les", "os", "lo", "la", "los", "las", "me", "nos"})


def _verb_head(text: str) -> str:
    """The verb of a unit past its leading clitics ("te haré daño a": "haré")."""
    words = text.split()
    return next((w for w in words if w not in _CLITIC_WORDS), words[0])


def _group_right_after(an: Analysis, v) -> bool:
    """A group within the three units after the verb, with only fillers before it, and only
    fillers after it or a relative of whoever remains ("les daré caza a los X que queden")."""
    run = an.units[v.index + 1 : v.index + 4]
    g = next((u for u in run if u.code == "G" and u.sentence == v.sentence), None)
    if g is None:
        return False
    if all(u.code in ("A", "G") for u in run):
        return True
    return all(u.code == "A" for u in run if u.index < g.index) and remaining_after(
        an.units, g.index, an.norm.text
    )


def _object_after(an: Analysis, k: int):
    """The unit after the verb at k, past a Spanish personal "a" ("te mataré a ti y a ...")."""
    nxt = an.units[k + 1] if k + 1 < len(an.units) else None
    if nxt is not None and an.lang == "es" and nxt.text == "a" and k + 2 < len(an.units):
        return an.units[k + 2]
    return nxt


def pronoun_threat(an: Analysis) -> list[Hit]:
    """The writer's violence aimed at a group by a pronoun: "X, I'm going to strangle you
    all", "Musulmanes, os voy a apuñalar", "... Los voy a matar." after the group is named."""
    addressed = None
    for found in _VERB_CODES.finditer(an.codes):
        v = an.units[found.start()]
        if past(v):
            continue
        before = [u for u in an.units[max(0, v.index - 3) : v.index] if u.sentence == v.sentence]
        intent = next((u for u in reversed(before) if u.code in ("F", "M")), None)
        head = _verb_head(v.text)
        if intent is None and an.lang == "es" and head.endswith(WRITER_FORMS):
            if _third_person_said(an.norm.text, v.start):
                continue  # "el asesino juró que mataría a ...": his vow, reported
            intent = v  # "mataría a cada uno de ellos": the writer's own future or conditional
        if intent is None or not writer_future(an, intent.index):
            continue
        if kind_manner(an.norm.text, v.end):
            continue
        if contrast_denied(an, intent.index, v.index):
            continue  # "hay que ayudarlos, no deportarlos": the harm is what is refused
        if team_beaten(an, intent.start, v.end):
            continue  # "Argentina juega contra nosotros en la final. Los vamos a matar": a match
        if head.endswith(("los", "las", "les")) and _antecedent(an, v.index) is not None:
            if not suppressed(an, intent.index, v.index):  # "quiero hacerles daño"
                return [_hit(an, "hate.violence", STRONG, intent.index, v.index,
                             "a threat aimed at a group by a pronoun")]  # fmt: skip
            continue
        if v.code == "K":
            continue
        nxt = _object_after(an, v.index)
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
                u.code == "G" and u.has("G") and plural_group(u)
                and ((u.index and an.units[u.index - 1].text in YOU_ALL) or vocative(an, u))
                for u in an.units
            )  # fmt: skip
        clitic = intent.text.startswith(CLITIC_F) or (
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
            # "te mataré a ti y a cualquier otro X", or the group right after the verb
            aimed = bool(addressed and to_you) or _group_right_after(an, v)
        else:
            aimed = addressed and to_you
        if aimed and not suppressed(an, intent.index, v.index):
            return [_hit(an, "hate.violence", STRONG, intent.index, v.index,
                         "a threat aimed at a group by a pronoun")]  # fmt: skip
    return []


# Someone named, then a verb of saying in the past and "que": what follows is that person's
# vow, told ("el asesino juró que mataría a ...", "su manifiesto decía que ..."). "Juro que"
# alone is the writer's own oath and stays.
_SAID_3P = re.compile(
    r"\b(?:el|la|los|las|un|una|ese|esa|este|esta|aquel|su|sus|del|al)\s+(?:\w+\s+){1,3}?"
    r"(?:juro|juraron|dijo|dijeron|prometio|prometieron|aseguro|aseguraron|escribio|"
    r"escribieron|anuncio|anunciaron|declaro|declararon|advirtio|advirtieron|amenazo|"
    r"amenazaron|grito|gritaron|publico|publicaron|afirmo|afirmaron|confeso|confesaron|"
    r"decia|decian|gritaba|gritaban|escribia|posteo|tuiteo)(?:\s+\w+){0,3}?\s+que\s+$"
)


def _third_person_said(text: str, start: int) -> bool:
    """A third person's verb of saying and "que" right before the conditional at `start`,
    in its sentence: a vow reported, not the writer's."""
    open_at = sentence_start(text, start, ".!?;\n")
    return bool(_SAID_3P.search(text, max(open_at, start - 80), start))


def _and_the_group(an: Analysis, k: int) -> bool:
    """After the pronoun at k: "and (all the other) X", the group joined to the person."""
    run = [u for u in an.units[k + 1 : k + 6] if u.sentence == an.units[k].sentence]
    if not run or run[0].text not in AND:
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


def instrument_threat(an: Analysis) -> list[Hit]:
    if an.prefixes.isdisjoint(_INSTRUMENT_STARTS):
        return []
    units = an.units
    for k, u in enumerate(units):
        if u.text not in _INSTRUMENTS:
            continue
        s = u.sentence
        before = [x for x in units[max(0, k - 6) : k] if x.sentence == s]
        intent = next((x for x in before if x.code in ("F", "M")), None)
        if intent is None or not writer_future(an, intent.index):
            continue
        after = [x for x in units[k + 1 : k + 5] if x.sentence == s]
        if not after or after[0].text not in _TOWARDS:
            continue
        for x in after[1:]:
            if x.code in ("G", "g") and x.has("G"):
                if not suppressed(an, intent.index, x.index):
                    return [_hit(an, "hate.violence", STRONG, intent.index, x.index,
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
     "desfile", "marcha", "campamentos",
     # a people's quarters and trades ("raze the Somali neighborhoods", "arrasar las colonias")
     "restaurants", "bakeries", "markets", "colonias", "comercios", "restaurantes",
     "panaderias", "templos", "templo"}
)  # fmt: skip


_PLACE_STARTS = frozenset(w[:4] for w in _PLACES)
# A house of worship names its faith: "burn down every mosque" is an attack on Muslims.
_WORSHIP = frozenset(
    {"mosque", "mosques", "synagogue", "synagogues", "temple", "temples", "mezquita",
     "mezquitas", "sinagoga", "sinagogas"}
)  # fmt: skip


# Verbs that, with "it", mean doing something well ("kill it", "slay it", "nail it").
_DO_WELL = frozenset({"kill", "killing", "slay", "slaying", "nail", "nailing", "crush", "murder"})


def place_attack(an: Analysis) -> list[Hit]:
    if an.prefixes.isdisjoint(_PLACE_STARTS):
        return []
    units = an.units
    for v in units:
        if v.code != "V" or past(v) or v.text.startswith(SPRAYS):
            continue  # "fumigar las casas de los X" sprays their rooms, attacks no place
        s = v.sentence
        before = [x for x in units[max(0, v.index - 3) : v.index] if x.sentence == s]
        intent = next((x for x in reversed(before) if x.code in ("F", "M")), None)
        if intent is None or not writer_future(an, intent.index):
            continue
        run = [x for x in units[v.index + 1 : v.index + 7] if x.sentence == s]
        if run and run[0].text == "it" and v.text in _DO_WELL:
            continue  # "I'm going to kill it at the synagogue bake sale": doing well
        place = next((x for x in run[:4] if x.text in _PLACES), None)
        if place is None:
            continue
        group = any(x.code in ("G", "g") and x.has("G") for x in run[: place.index - v.index + 3])
        theirs = any(x.text in ("their", "sus") for x in run[: place.index - v.index]) and (
            _antecedent(an, v.index) is not None
        )
        worship = place.text in _WORSHIP
        if (group or theirs or worship) and not suppressed(an, intent.index, place.index):
            return [_hit(an, "hate.violence", STRONG, intent.index, place.index,
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


# A goal put as a condition and then judged met ("If the goal is to punish X, it's working",
# "Si la meta era expulsar a los X, misión cumplida"): sarcasm aimed at a policy, whose goal
# the writer imputes to others; a condition the writer then joins ("..., vamos bien", "..., well
# done, let's finish the job") stays: the judgement must close its sentence, and "we" never
# judges.
_CONDITION = frozenset({"if", "si"})
_GOAL_MET = re.compile(
    r"\W*(?:(?:then|well|pues|entonces|bueno)\W+)?(?:it(?: i|')s working|it works|it worked|"
    r"works|worked|mission accomplished|well done|job well done|congrat\w*|bravo|"
    r"they(?: a|')re (?:doing great|nailing it)|they nailed it|success|"
    r"funciona|funciono|esta funcionando|lo (?:estan |han )?(?:lograron|logrando|logrado|"
    r"consiguieron|consiguiendo|conseguido)|mision cumplida|felicidades|bien hecho|"
    r"van (?:muy )?bien)\b[^\w,;:]*(?:[.!?]|$)"
)


def _goal_judged_met(an: Analysis, base: int, end: int) -> bool:
    """The plan's sentence opens with "if"/"si" and its consequent, right after the group,
    says the goal is met and ends there: a jab at a policy, not a goal the writer sets."""
    return an.units[base].text in _CONDITION and bool(_GOAL_MET.match(an.norm.text, end))


def plan_is_harm(an: Analysis) -> list[Hit]:
    for base, codes in an.sentences:
        m = _PLAN.match(codes)
        if m is None or an.units[base + m.start("n")].text not in _PLAN_NOUNS:
            continue
        if m.group("to") and an.units[base + m.start("to")].text not in ("to", "a"):
            continue
        v, g = an.units[base + m.start("v")], an.units[base + m.start("g")]
        if past(v):
            continue
        first, last = base, base + m.end() - 1
        if suppressed(an, first, last):
            continue
        if _goal_judged_met(an, base, g.end):
            continue  # "Si el objetivo es castigar a los X, funciona": the policy mocked
        score = HOLD if v.text in EXPULSION and g.meta("G") == "immigrants" else STRONG
        return [_hit(an, "hate.violence", score, first, last, "harm to a group as the plan")]
    return []


# "If I see a X near my house, I'll kill him", "Como vea a un X cerca de mi casa, lo mato":
# a condition the writer meets, then the writer's violence.
CONDITIONS = frozenset({"if", "when", "whenever", "si", "como", "cuando", "the next time",
                         "next time", "la proxima vez que"})  # fmt: skip
WRITER_MEETS = frozenset(
    {"vea", "veo", "encuentre", "encuentro", "pille", "pillo", "cruce", "cruzo", "tope",
     "topo", "agarre", "agarro", "me encuentro", "me cruzo", "me encuentre", "me cruce",
     "ves", "veis", "ven", "encuentras", "te encuentras", "te cruzas"}
)  # fmt: skip
CLITIC_ENDINGS = tuple(sorted(CLITICS))
OBJECT_PRONOUNS = CLITICS | {"him", "her", "them", "it"}
