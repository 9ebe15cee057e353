"""`hate.emotion`: hatred or disgust for a group said in the writer's voice."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, group_named_before
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import suppressed
from moderation.policy.rules.hate.generalisation_guards import nuisance_about_a_matter
from moderation.policy.rules.hate.guards import (
    HATE_VERBS_1SG,
    _hit,
    finish,
    group_of_a_policy,
    hater_is_writer,
    hatred_outgrown,
    negative_question,
    plural_group,
    scan,
    shared_feeling_asked,
)
from moderation.policy.rules.hate.hatred_approved import approved_hatred
from moderation.policy.rules.hate.hatred_owned import hatred_owned
from moderation.policy.rules.hate.helpers import (
    done_to,
    for_being,
    group_before,
    of_a_thing,
    problem_for_them,
    talk_about_before,
)
from moderation.policy.rules.hate.reaction_verb import (
    clause_after_reaction,
    reaction_to_others_belief,
    vice_after_reaction,
)
from moderation.policy.rules.hate.words import (
    CLEAR,
    F,
)
from moderation.policy.types import Category, Submission

_EMOTION = re.compile(
    rf"(?P<p>H)[AYUI]*(?P<g>G)|(?P<g2>G){F}(?P<p2>W)|(?P<p3>W)[AY]*(?P<g3>G)"
    r"|(?P<g4>G)[AYw]{0,4}B[AY]*(?P<p4>W)"
)


# A plural verb of disgust with no "me": the group, put back as its subject, is disgusting
# ("los vi en la tele y dan asco"), not the writer's pity ("... y dan pena").
_THEY_DISGUST = frozenset({"dan", "daban", "dieron", "producen", "provocan"})
# Spanish reactions that name the writer, so they may come before the group ("Me enojan los X",
# "No me caen bien los X").
_WRITER_REACTION = ("me ", "que asco", "no me ", "nunca me ")


@rule("hate.emotion", Category.HATE)
def emotion(an: Analysis, sub: Submission) -> list[Hit]:
    """'I hate X', 'X make me sick', 'odio a los X'."""
    hits: list[Hit] = []
    if "G" not in an.codes:
        return hits  # every shape here needs a named group
    for first, last, idx, m in scan(an, _EMOTION, ("p", "g")):
        if suppressed(an, first, last) and not shared_feeling_asked(an, first):
            continue  # "¿A nadie más le dan asco los X?": "nadie" asks, it negates nothing
        if (
            m.group("p3") is not None
            and not an.units[first].text.startswith(_WRITER_REACTION)
            and not (negative_question(an, first) and an.units[first - 1].text == "te")
            and not (
                shared_feeling_asked(an, first)
                and not {"pena", "lastima", "ternura"} & set(an.units[first].text.split())
            )
        ):
            continue  # "me dan asco los X" is the writer's; "dan pena los X" is pity
        w4 = an.units[last].text.split()
        if m.group("p4") is not None and (
            (
                (w4[0] != "me" or len(w4) < 2 or not w4[1].endswith("n"))
                and w4[0] not in _THEY_DISGUST
            )
            or "pena" in w4
        ):
            continue  # "vi a unos X y me dieron asco" (they), not "... y me da asco" (it)
        if m.group("p2") is not None and an.lang == "es" and clause_after_reaction(an, last):
            continue  # "De los X me enoja cómo los tratan": the clause after it is what angers
        if an.lang == "es" and reaction_to_others_belief(an, last):
            continue  # "... me enoja de los X es que la gente diga que ...": their talk
        if m.group("p2") is not None and nuisance_about_a_matter(an, first, an.units[last]):
            continue  # "Our trans roommates are so annoying about the dishes": the dishes
        if m.group("p2") is not None and talk_about_before(an, first):
            continue  # "All this talk about the X makes me sick": the talk, not the people
        if m.group("p2") is not None and an.lang == "es" and of_a_thing(an, first):
            continue  # "la comida china me da asco", "ese libro gay me repugna": the thing
        h = idx.get("p")
        if h is not None and not hater_is_writer(an, h):
            continue
        if h is not None and (_hatred_assumed(an, h) or elliptical_verdict(an, h, last)):
            continue  # "without someone assuming we hate X", "X isn't bigotry. Hating X is."
        if h is not None and problem_for_them(an, h, idx["g"]):
            continue  # "el problema de los migrantes es que nadie los protege"
        if h is not None and h < idx["g"] and done_to(an, idx["g"]):
            continue  # "I hate seeing X treated like that": the act is hated, not X
        if "g" in idx and group_of_a_policy(an, idx["g"]):
            continue  # "I can't stand the trans sports policies": the policy, not the people
        finish(an, hits, "hate.emotion", CLEAR, first, last, "hatred of a protected group")
    if not hits and "HNG" in an.codes and an.lang == "es":
        hits.extend(_hate_every_one(an))
    if not hits and "H" in an.codes:
        hits.extend(_hated_in_a_clause(an) or (_hate_none(an) if "N" in an.codes else []))
    if not hits and "H" in an.codes and (owned := hatred_owned(an)) is not None:
        hits.append(_hit(an, "hate.emotion", CLEAR, *owned, "hatred of a protected group"))
    if not hits and group_before(an):
        # A later sentence reacting to the group: "Me dan asco.", "Make me sick."
        for base, codes in an.sentences[1:]:
            g = next((u.index for u in reversed(an.units[:base]) if u.code == "G"), None)
            if an.lang == "es" and g is not None and of_a_thing(an, g):
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
                and u.text.removesuffix(" a") in HATE_VERBS_1SG
            )  # "Los detesto.", "y los odiaba a todos": the clitic is its own unit
            if (
                seen
                and u.code == "H"
                and clitic
                and not suppressed(an, u.index, u.index, allow_negation=True)
                and not hatred_outgrown(an, u.index)
            ):
                hits.append(_hit(an, "hate.emotion", 0.8, u.index, u.index, "hatred"))
                break
    if not hits:
        hits.extend(for_being(an, hatred=True) or approved_hatred(an) or _vice_resented(an))
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
            and group_named_before(an.units, h.index, reach=None) is not None
            and hater_is_writer(an, h.index)
            and not suppressed(an, h.index, u.index, allow_negation=True)
        ):
            return [_hit(an, "hate.emotion", 0.8, h.index, u.index, "hatred of every member")]
    return []


_NINGUN = frozenset({"ningun", "ninguna", "ninguno"})


def _hate_every_one(an: Analysis) -> list[Hit]:
    """Two negations make every member: "no soporto a ningún X", "no aguanto a ninguna X"."""
    for m in re.finditer("HNG", an.codes):
        h, n, g = (an.units[m.start() + i] for i in range(3))
        if not h.text.startswith("no ") or n.text not in _NINGUN or not g.has("G"):
            continue
        if hater_is_writer(an, h.index) and not suppressed(
            an, h.index, g.index, allow_negation=True
        ):
            return [_hit(an, "hate.emotion", CLEAR, h.index, g.index, "hatred of every member")]
    return []


def _last_in_clause(an: Analysis, k: int) -> bool:
    nxt = an.units[k + 1] if k + 1 < len(an.units) else None
    return nxt is None or nxt.sentence != an.units[k].sentence or nxt.code == "B"


def _hated_in_a_clause(an: Analysis) -> list[Hit]:
    """ "X, whom I despise, ...", "los X, a quienes desprecio, ...": the writer's hatred in a
    relative clause about the group."""
    for u in an.units:
        if u.code != "G" or not plural_group(u) or u.index + 2 >= len(an.units):
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
        if an.units[k - 1].code != "I" and h.text not in HATE_VERBS_1SG:
            continue  # "X who hate Y": the group hates, the writer does not
        if not suppressed(an, u.index, k):
            return [_hit(an, "hate.emotion", CLEAR, u.index, k, "hatred of a protected group")]
    return []


# Verbs that put a hatred on someone as an assumption or a charge ("without someone assuming
# we hate X", "they accuse us of hating X"): the hatred is denied or disputed, not felt.
_ASSUMING = frozenset(
    {"assuming", "assume", "assumes", "assumed", "accuse", "accuses", "accused", "accusing",
     "pretend", "pretends", "pretending", "imply", "implies", "implying", "insinuate",
     "insinuating", "suppose", "supposing", "suponer", "suponga", "supongan", "suponen",
     "acusan", "acusa", "acusar", "acusando", "insinuar", "insinuan", "insinuando"}
)  # fmt: skip
_ASSUMED_LINK = frozenset({"that", "we", "i", "us", "of", "que", "nos", "me", "de", "us of"})


def _hatred_assumed(an: Analysis, h: int) -> bool:
    """A verb of assuming or accusing, with at most a "that"/"we"/"us of" between, heads the
    hate verb: someone else's assumption about the writer ("assuming we hate X")."""
    k = h - 1
    sentence = an.units[h].sentence
    while k >= 0 and h - k <= 3 and an.units[k].sentence == sentence:
        u = an.units[k]
        if u.text in _ASSUMING:
            return k == 0 or an.units[k - 1].text not in ("i", "yo")
        if u.text not in _ASSUMED_LINK:
            return False
        k -= 1
    return False


_GERUND_HATE = frozenset({"hating", "odiar", "despreciar", "detestar"})
# A Spanish hate-verb unit that ends on an infinitive ("nunca respetar", "no aceptar"): with a
# copula after the group, the infinitive clause is the subject of a verdict
_INFINITIVE_END = re.compile(r"(?:ar|er|ir)$")
_COPULAS = frozenset({"is", "was", "has been", "would be", "es", "fue", "era", "ha sido", "seria"})


def elliptical_verdict(an: Analysis, h: int, last: int) -> bool:
    """ "X isn't bigotry. Hating X is.": a gerund or infinitive of hatred opens a sentence that
    ends on its copula, the verdict carried over from the sentence before; or goes on to refuse
    or condemn the hatred ("Hating X is not okay.", "Hating X is bigotry.", "Nunca respetar a
    los X fue el gran error del gobierno.")."""
    u = an.units[h]
    run = an.sentence_run(h)
    infinitive = u.text in _GERUND_HATE or (
        an.lang == "es" and _INFINITIVE_END.search(u.text) is not None
    )
    if not infinitive or run[0].index != h:
        return False
    tail = [x for x in run if x.index > last]
    if not tail or (tail[0].code != "C" and tail[0].text not in _COPULAS):
        return False
    if len(tail) == 1:
        return u.sentence != 0
    rest = [x.text for x in tail[1:]]
    if tail[1].code == "N":  # "Hating X is not (okay).": the hatred refused
        if len(rest) == 1 or (len(rest) == 2 and rest[1] in _ALLOWED):
            return True
        # "Hating X is not natural, it is taught": the hatred's nature refused, the clause
        # after it approving nothing ("..., it is a duty" stays read)
        return rest[1] in _NATURE_REFUSED and not any(
            w in _NATURE_REFUSED or w in _DUTY for x in rest[2:] for w in x.split()
        )
    # "Hating X is bigotry.", "Odiar a los X es racismo.", "... fue el gran error"
    return any(w in _CONDEMNED for x in rest[:4] for w in x.split())


# What "is not" may refuse of the hatred ("is not okay"), and the words that condemn it.
_ALLOWED = frozenset({"okay", "ok", "fine", "acceptable", "normal", "right", "allowed",
                      "aceptable", "valido", "justo"})  # fmt: skip
# What "is not" may refuse of the hatred's nature ("is not natural, it is taught").
_NATURE_REFUSED = _ALLOWED | frozenset({"natural", "innate", "inborn", "instinctive", "inevitable",
                                        "healthy", "justified", "logical", "innato", "sano",
                                        "justificado", "logico", "instintivo"})  # fmt: skip
_DUTY = frozenset({"duty", "necessary", "obligation", "must", "deber", "necesario", "obligacion",
                   "needed", "required", "good", "bueno"})  # fmt: skip
_CONDEMNED = frozenset(
    {"wrong", "bigotry", "racism", "racist", "hateful", "evil", "cowardly", "disgusting",
     "shameful", "un-american", "mal", "racismo", "racista", "intolerancia", "odio",
     "xenofobia", "vergonzoso", "cobarde", "mistake", "error", "crime", "sin", "shame",
     "injustice", "crimen", "pecado", "verguenza", "injusticia"}
)  # fmt: skip


def _vice_resented(an: Analysis) -> list[Hit]:
    """ "De los X me molesta que sean tan sucios": the reaction is to a vice the writer gives
    the group, unless quoted or reported."""
    found = vice_after_reaction(an)
    if found is None or suppressed(an, *found):
        return []
    return [_hit(an, "hate.emotion", 0.8, *found, "a vice of a group resented")]
