"""`hate.negated_positive`: a good quality, role or ability denied to a whole group."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, group_named_before
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import (
    counter_speech,
    is_question,
    neg_raised,
    negated_before,
    units_in,
)
from moderation.policy.rules.hate.guards import (
    WHY,
    _hit,
    finish,
    plural_group,
    scan,
)
from moderation.policy.rules.hate.hatred_approved import hatred_is_subject
from moderation.policy.rules.hate.helpers import (
    LESS,
    RIGHTS,
    WHO,
    all_alike_denied,
    barred_from_doing,
    cleared_of,
    equal_in_treatment,
    modal_between,
    not_the_group,
    yes_to_negation,
)
from moderation.policy.rules.hate.history_told import carried_into_now
from moderation.policy.rules.hate.legal_condition import legal_condition_after
from moderation.policy.rules.hate.negated_negative import bad_kind, not_all
from moderation.policy.rules.hate.no_one_subject import no_one_subject
from moderation.policy.rules.hate.not_merely import not_merely
from moderation.policy.rules.hate.regard_denied import regard_denied
from moderation.policy.rules.hate.status_policy import status_leave_doubted
from moderation.policy.rules.hate.words import (
    ANSWERABLE,
    CLEAR,
    EXCLUSION_WORDS,
    PAST_COPULAS,
    WELLBEING,
    F,
)
from moderation.policy.types import Category, Submission

_RAISED_POS = re.compile(rf"(?P<g>G){F}(?:[CMF]{F}){{1,2}}(?P<p>P)")
_NEG_POS = re.compile(rf"(?P<g>G){F}(?:[CMF]{F})?(?:N{F})+(?:[CMF]{F}){{0,2}}(?P<p>P)")
_NONE_OF_THEM = re.compile(rf"(?P<n>N){F}G?{F}(?:[CM]{F}){{1,2}}(?P<p>P)")
_NONE_WORDS = frozenset({"ninguno", "ninguna", "none of them", "not one of them", "none",
                         "ninguno de ellos", "ninguna de ellas", "not a single one", "none of",
                         "ninguno de", "ninguna de", "not one of"})  # fmt: skip


# "No X is honest", "Ningún X será nunca honrado" (a second negation only stresses the first)
_EXCLUDE = re.compile(
    rf"^[AB]*(?P<n>N){F}(?P<g>G){F}(?P<at>w{{1,4}})?(?:[CMF]{F}){{0,2}}(?:N{F})?(?P<p>P)"
)
# "No X has ever contributed anything": no member ever achieved a thing (a participle of
# the lexicon's worth, after "has/have ever"; the member may be one: "No Mexican has ever ...").
_NONE_EVER = re.compile(rf"^[AB]*(?P<n>N){F}(?P<g>[Gg]){F}(?P<hv>w)(?P<ev>A)(?P<p>P)")
_HAVE = frozenset({"has", "have", "had"})
# "Not one X in this town is decent", "No X around here is honest": the members where the writer
# lives, a place said between the group and its verb (words led by one of these).
_PLACE_LEADS = frozenset({"in", "around", "from", "on", "at", "here", "across", "near", "en",
                          "de", "aqui", "por"})  # fmt: skip
_UNIVERSAL_NEG = frozenset(
    {"no", "not a single", "not one", "none of the", "none", "ningun", "ninguna", "ninguno",
     "ni un solo", "ni una sola", "ni uno solo de", "ni una sola de", "ni uno de", "ni una de"}
)  # fmt: skip


# "Las X son menos capaces (que ...)": a group called lesser in a good quality, the Spanish of
# "X are less capable" (where "less" reads as a negation). Not "no son menos capaces".
_LESS_POS = re.compile(rf"(?P<g>G){F}(?:[CMF]{F}){{1,2}}(?P<n>w)(?P<p>P)")


def _less_than_others(an: Analysis) -> list[Hit]:
    hits: list[Hit] = []
    for first, last, idx, _m in scan(an, _LESS_POS, ("g", "n", "p")):
        if an.units[idx["n"]].text not in LESS:
            continue
        if counter_speech(an, first, last) or negated_before(an, first):
            continue
        if not_the_group(an, idx["g"]) or yes_to_negation(an, first):
            continue
        pred = an.units[idx["p"]]
        if pred.text in RIGHTS or pred.text in WELLBEING or equal_in_treatment(an, idx["p"]):
            continue  # "los X son menos libres aquí": what they suffer or receive
        if any(an.units[k].text in PAST_COPULAS for k in range(first, idx["p"])):
            continue
        finish(an, hits, "hate.negated_positive", 0.8, first, last,
                f"calls a protected group less {pred.text!r}")  # fmt: skip
        break
    return hits


# Codes that say nothing hostile: plain words, articles and adverbs, copulas, modals, fillers,
# good qualities, contrasts, groups and pronouns (`concession_kind` reads them too).
MILD_CODES = frozenset({"w", "A", "C", "M", "F", "P", "B", "G", "g", "I", "U"})


def _kind_after_contrast(an: Analysis, last: int) -> bool:
    """A contrast follows the denied "all" in its sentence, and nothing hostile after it to
    the end: the concession ("not all X are good") ends in praise or a neutral word, not a
    vice of "most of them"."""
    units = an.units
    after = units[last + 1 :]
    turn = next((i for i, u in enumerate(after) if u.code == "B"), None)
    if turn is None or after[turn].sentence != units[last].sentence:
        return False
    rest = after[turn + 1 :]
    return bool(rest) and all(u.code in MILD_CODES for u in rest)


@rule("hate.negated_positive", Category.HATE)
def negated_positive(an: Analysis, sub: Submission) -> list[Hit]:
    """'X are not human / not welcome / never any good': denial of worth or belonging."""
    hits: list[Hit] = []
    if "G" not in an.codes:
        # every shape here needs a named group, or one member before a relative clause
        if "g" not in an.codes or "P" not in an.codes:
            return hits
        return (_none_ever(an) if an.lang == "en" else []) or _no_good_one(an)
    for first, last, idx, _m in scan(an, _NEG_POS, ("g", "p"), virtual=True):
        if counter_speech(an, first, last) or negated_before(an, first):
            continue
        if not_merely(an, first, idx["p"]):
            continue  # "X are not only fit to clean floors, they run ...": more, not less
        if idx["g"] < idx["p"] and not_the_group(an, idx["g"]):
            continue  # "el futbol mexicano no es bueno"
        pred = an.units[idx["p"]]
        if pred.text in RIGHTS and not modal_between(an, first, idx["p"]):
            continue  # "X do not have access to clean water" reports a want, wishes nothing
        if no_one_subject(an, idx["p"]):
            continue  # "ninguna persona es ilegal": "no person" is the subject, not a denial
        if yes_to_negation(an, first):
            continue  # "¿Acaso los X no son personas?": they are
        if bad_kind(an, idx["p"]):
            continue  # "los X no son gente mala": a bad kind denied, a defence
        if pred.text in WELLBEING:
            continue  # "X are not safe here": what they suffer
        if pred.text in ANSWERABLE and cleared_of(an, idx["p"]):
            continue  # "X are not responsible for the war": cleared of a blame
        if equal_in_treatment(an, idx["p"]):
            continue  # "X are not equal in pay": how they are treated, not what they are worth
        if all_alike_denied(an, idx["p"]):
            continue  # "los mexicanos no somos todos iguales": not all alike, no verdict
        if any(
            an.units[k].text in PAST_COPULAS for k in range(first, idx["p"])
        ) and not carried_into_now(an, pred):
            continue  # history ("women were never allowed to vote") is not a slur
        if legal_condition_after(an.norm.text, pred.end):
            continue  # "X will never be citizens unless they naturalize": the law's step
        if hatred_is_subject(an, idx["g"]):
            continue  # "Odiar a los X no es normal": the hatred is what is not normal
        if barred_from_doing(an, idx["p"]) and not modal_between(an, first, idx["p"]):
            continue  # "X are not allowed to pray there": a rule others impose, reported
        score = CLEAR if pred.text in EXCLUSION_WORDS or "human" in pred.text else 0.8
        finish(an, hits, "hate.negated_positive", score, first, last,
                f"denies a protected group {pred.text!r}")  # fmt: skip
    if an.lang == "es" and not hits:
        hits.extend(_less_than_others(an))
    # "I don't think X are intelligent", "No creo que los X sean personas".
    for first, last, idx, _m in scan(an, _RAISED_POS, ("g", "p")):
        n = neg_raised(an, first)
        if n is None or counter_speech(an, first, last):
            continue
        if status_leave_doubted(an, idx["g"], idx["p"]):
            continue  # "I don't think asylum seekers should be allowed to work": policy
        if not_all(an, n, idx["g"]) and _kind_after_contrast(an, last):
            continue  # "No digo que todos los X sean buenos, pero la mayoría trabaja duro"
        pred = an.units[idx["p"]]
        score = CLEAR if pred.text in EXCLUSION_WORDS or "human" in pred.text else 0.8
        finish(an, hits, "hate.negated_positive", score, n, last,
                f"denies a protected group {pred.text!r}")  # fmt: skip
    for u in an.units:  # "... y ninguno vale nada": a verdict on every member at once
        if (
            u.code == "Z"
            and u.text.startswith(("ninguno ", "ninguna "))
            and group_named_before(an.units, u.index, reach=None) is not None
            and not counter_speech(an, u.index, u.index)
        ):
            finish(an, hits, "hate.negated_positive", 0.8, u.index, u.index,
                    "no member is worth anything")  # fmt: skip
            return hits[:1]
    # "Conozco a muchos X, y ninguno es inteligente": no member, after the group was named.
    for base, codes in an.sentences:
        for m in _NONE_OF_THEM.finditer(codes):
            n = an.units[base + m.start("n")]
            first, last = base + m.start(), base + m.end() - 1
            if (
                n.text in _NONE_WORDS
                and group_named_before(an.units, base + m.start("n"), reach=None) is not None
                and not counter_speech(an, first, last)
            ):
                finish(an, hits, "hate.negated_positive", 0.8, first, last, "no member is ...")
                return hits[:1]
    for first, last, idx, _m in scan(an, _EXCLUDE, ("n", "g", "at", "p")):
        if _answer_no(an, idx["n"]) and _less_between(an, idx["g"], idx["p"]):
            continue  # "No, X are not 'less intelligent'": a reply denying a lesser worth
        if "at" in idx and an.units[idx["at"]].text not in _PLACE_LEADS:
            continue  # "No X who works here is ...": a clause, not a place
        if an.units[idx["p"]].text in RIGHTS and not modal_between(an, first, idx["p"]):
            continue
        if any(an.units[k].text in PAST_COPULAS for k in range(first, idx["p"])):
            continue  # "Not a single X was hired": what happened to them, not a verdict
        if an.units[idx["p"]].text in WELLBEING:
            continue  # "No X is safe there": what they suffer
        if barred_from_doing(an, idx["p"]) and not modal_between(an, first, idx["p"]):
            continue  # "No X is allowed to vote here": a rule others impose, reported
        if not_all(an, idx["n"], idx["g"]) or bad_kind(an, idx["p"]):
            continue  # "no todos los X son iguales": some excepted, not all judged
        if an.units[idx["n"]].text in _UNIVERSAL_NEG and not counter_speech(an, first, last):
            score = CLEAR if an.units[idx["p"]].text in EXCLUSION_WORDS else 0.8
            finish(an, hits, "hate.negated_positive", score, first, last, "no member is ...")
    if not hits and an.lang == "en":
        hits.extend(_none_ever(an))
    if not hits and an.lang == "es":
        hits.extend(_denied_role(an))
    if not hits and an.lang == "es" and "Z" in an.codes:
        hits.extend(_none_worth_anything(an))
    if not hits and "P" in an.codes:
        hits.extend(_no_good_one(an))
    if not hits and "Q" in an.codes:
        hits.extend(regard_denied(an))
    if not hits:
        hits.extend(_denied_ability(an))
    if not hits and "?" in an.norm.text and "P" in an.codes:
        hits.extend(_ever_asked(an))
    return hits[:1]


# "Ningún X ha aportado nada", "Ni un solo X sirve para nada": a worth denied to every member.
# Spanish keeps "nada" after "ningún" (negative concord), so the predicate still says
# "nothing"; a negative charge after "ningún" ("ningún X roba") is a defence, not this.
_NONE_WORTH = re.compile(rf"^[AB]*(?P<n>N){F}(?P<g>G){F}(?:[CMF]{F}){{0,2}}(?P<p>Z)")
_NONE_EVERY = frozenset({"ningun", "ninguna", "ni un solo", "ni una sola", "ni un", "ni una"})


def _none_worth_anything(an: Analysis) -> list[Hit]:
    for first, last, idx, _m in scan(an, _NONE_WORTH, ("n", "g", "p")):
        if an.units[idx["n"]].text not in _NONE_EVERY:
            continue
        if an.units[idx["p"]].text.split()[-1] != "nada" or counter_speech(an, first, last):
            continue
        return [_hit(an, "hate.negated_positive", 0.8, first, last,
                     "no member is worth anything")]  # fmt: skip
    return []


def _none_ever(an: Analysis) -> list[Hit]:
    for first, last, idx, _m in scan(an, _NONE_EVER, ("n", "g", "hv", "ev", "p")):
        units = an.units
        if units[idx["n"]].text not in _UNIVERSAL_NEG or not units[idx["g"]].has("G"):
            continue
        if units[idx["hv"]].text not in _HAVE or units[idx["ev"]].text != "ever":
            continue
        if units[idx["p"]].text in RIGHTS or units[idx["p"]].text in WELLBEING:
            continue
        if not_all(an, idx["n"], idx["g"]) or counter_speech(an, first, last):
            continue
        return [_hit(an, "hate.negated_positive", 0.8, first, last, "no member ever ...")]
    return []


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
        if k < len(run) and run[k].text in WHO:
            if k + 1 >= len(run) or run[k + 1].text not in _WHO_IS:
                continue  # "... who was kind to me": an act of one, not a quality
            k += 2
        while k < len(run) and run[k].code in ("A", "Y"):
            k += 1
        if k >= len(run) or run[k].code != "P" or run[k].text in WELLBEING:
            continue
        if any(u.code not in ("P", "A") for u in run[k + 1 :]):
            continue  # the quality must close the sentence: "... who is good at chess"
        first, last = base, base + len(codes) - 1
        if counter_speech(an, first, last):
            continue
        return [_hit(an, "hate.negated_positive", 0.8, first, last, "no good member exists")]
    return []


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
    r"\s*+(?:(?:[,;]|y|pues|por eso|asi que)\s*+)?(?:(?:todos|todas|simplemente|pues)\s+)?"
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
        if u.code != "G" or not plural_group(u):
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
        if u.code != "G" or not plural_group(u):
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
        if is_question(an, g) and run[0].text in WHY and not any(x.text in _ENOUGH for x in run):
            continue  # "¿Por qué las X no pueden liderar?" may ask for the barriers
        if counter_speech(an, g, last) or (not why_cant and negated_before(an, g)):
            continue
        if yes_to_negation(an, g):
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
        why.text in WHY
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


def _answer_no(an: Analysis, n: int) -> bool:
    """ "No, ...": the word answers someone at the start of its sentence, a comma after it;
    it is no quantifier on the group after it."""
    u = an.units[n]
    if u.text != "no" or n + 1 >= len(an.units):
        return False
    base = an.sentence_of(n)[0]
    return n == base and "," in an.norm.text[u.end : an.units[n + 1].start]


def _less_between(an: Analysis, g: int, p: int) -> bool:
    """ "X are not less intelligent": a "less" between the group and the good word makes
    the negation deny a lesser worth (they are as intelligent)."""
    return any(
        "less" in an.units[k].text.split() or "menos" in an.units[k].text.split()
        for k in range(g + 1, p)
    )
