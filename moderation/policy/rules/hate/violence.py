"""`hate.violence`: threats, calls for violence or expulsion and wished doom aimed at a group."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit, acted_on_by_others
from moderation.policy.rules import Hit, rule, threat_said
from moderation.policy.rules.context import kind_manner, suppressed
from moderation.policy.rules.hate.danger import danger_they_face
from moderation.policy.rules.hate.guards import (
    _hit,
    finish,
    plural_group,
    scan,
)
from moderation.policy.rules.hate.helpers import (
    WRONG_STEMS,
    clause_ends,
    for_being,
    group_before,
    harm_unwanted,
    how_many_more,
    wished_at_a_place,
    writer_future,
)
from moderation.policy.rules.hate.relative_object import aggressor_subject, object_of_relative
from moderation.policy.rules.hate.violence_camps import sent_to_camps
from moderation.policy.rules.hate.violence_clitics import (
    clitic_after_group,
    conditional_threat,
    topic_then_clitic,
)
from moderation.policy.rules.hate.violence_gathered import gathered_for
from moderation.policy.rules.hate.violence_idioms import (
    doom_idiom,
)
from moderation.policy.rules.hate.violence_members import (
    carried_group,
    group_threatened,
    harm_past_the_clause,
    member_promised_harm,
    threat_on_members,
)
from moderation.policy.rules.hate.violence_targets import (
    instrument_threat,
    place_attack,
    plan_is_harm,
    pronoun_threat,
)
from moderation.policy.rules.hate.violence_wished import (
    CLITIC_F,
    PAST_ENDINGS,
    addressed_threat,
    cleansing,
    deterrent,
    fate_goes_on,
    harm_approved,
    optative_fate,
)
from moderation.policy.rules.hate.violence_words import (
    AND,
    DEATH_K,
    EXPULSION,
    PASSIVE_FUTURE_C,
    PAST_FORMS,
    POSSESSED_THING,
    SPRAYS,
    SUBJUNCTIVE_K,
    VIOLENCE,
    WRITER_MODAL_C,
    contrast_denied,
    lawful_return,
    present_told_es,
)
from moderation.policy.rules.hate.words import (
    CLEAR,
    HOLD,
    IMPERATIVE_K,
    PLACE_PREPS,
    STRONG,
    THIRD_FUTURE,
)
from moderation.policy.rules.recanted import act_condemned
from moderation.policy.types import Category, Submission

# "I'll die on this hill": the writer's own stand on an opinion, said of no one's death.
_HILL = re.compile(r"die on (?:this|that|the same|my|any|every) hill\b")


def _last_group_acted_on(an: Analysis, base: int) -> bool:
    """The last group named before unit `base` was the object of another party's act."""
    g = an.codes.rfind("G", 0, base)
    return g >= 0 and acted_on_by_others(an.units, g)


@rule("hate.violence", Category.HATE)
def violence(an: Analysis, sub: Submission) -> list[Hit]:
    """Calls for or threats of violence, expulsion or extermination of a group: the shapes
    below, then the general reading of a threat's grammar (`threat_said`)."""
    return _violence_shapes(an, sub) or threat_said.hits(
        an, ("group",), "hate.violence", STRONG, HOLD
    )


def _violence_shapes(an: Analysis, sub: Submission) -> list[Hit]:
    hits: list[Hit] = []
    if "G" not in an.codes:
        # every shape here needs a named group ("esos X que cruzan" names it before a clause)
        if "g" in an.codes:
            return (
                harm_approved(an)
                or place_attack(an)
                or deterrent(an)
                or harm_past_the_clause(an)
                or threat_on_members(an)
                or member_promised_harm(an)  # "a todo X que me hable le voy a pegar"
                or group_threatened(an, sub)
            )
        # a threat whose group is a slur or a house of worship ("voy a ir a la mezquita ...")
        return (place_attack(an) or group_threatened(an, sub)) if "V" in an.codes else hits
    for n, pattern in enumerate(VIOLENCE):
        names = ("v", "g", "p", "c", "and", "at", "see")
        for first, last, idx, _m in scan(an, pattern, names, virtual=True):
            v = an.units[idx["v"]]
            if contrast_denied(an, first, idx["v"]):
                continue  # "fix the courts, not deport them": the harm is what is refused
            if event_named(an, v):
                continue  # "la masacre de chinos en Torreón en 1911": history, told
            if how_many_more(an, idx["g"], idx["v"]):
                continue  # "¿Cuántas mujeres más tienen que morir?": a lament, not a wish
            if idx["g"] < idx["v"] and object_of_relative(an, idx["g"]):
                continue  # "los policías que roban a los migrantes deben ir a la cárcel"
            if aggressor_subject(an, idx["v"], idx["g"]):
                continue  # "los que golpean a los migrantes son unos cobardes": the attackers
            if idx["g"] < idx["v"] and danger_they_face(an, idx["g"]):
                continue  # "going home could get them killed": a danger told, no one's hand
            if act_condemned(an, idx["v"], last):
                continue  # "Deportar a los X a una cárcel ... es inhumano": the act is judged
            if harm_unwanted(an, idx["v"]):
                continue  # "no queremos que mueran más X": a wish that they live
            if "and" in idx and an.units[idx["and"]].text not in AND:
                continue  # "hunt down and kill", not "beat them because ..."
            if "at" in idx and an.units[idx["at"]].text not in PLACE_PREPS:
                continue
            if n == 12 and not an.units[idx.get("see", idx["p"])].text.endswith("ver"):
                continue
            if n in (0, 3, 10) and not writer_future(an, idx["p"]):
                continue  # "the law will make X suffer" foretells; it threatens no one
            if n == 2 and (
                v.text.endswith(("ed", "ados", "idos", "adas"))
                or v.text in PAST_FORMS
                or present_told_es(an, v)
            ):
                continue  # "police killed X", "golpean a las mujeres" report, not command
            if n == 4 and v.code == "K" and not v.text.startswith(tuple(SUBJUNCTIVE_K)):
                continue
            if n == 8 and an.units[idx["c"]].text not in WRITER_MODAL_C:
                continue  # "I was attacked by ...", "I am shooting X" report or describe
            if n == 13 and not (
                (
                    v.code == "K" and _stops_after(an, idx["v"])
                    if "c" not in idx
                    else an.units[idx["c"]].text in PASSIVE_FUTURE_C
                    and v.code == "V"
                    and v.text.endswith(("ados", "adas", "idos", "idas"))
                )
                and _vouched(an, v)
            ):
                continue  # "serán asesinados" alone may be a fear; a vouch makes it a threat
            vouched = n == 7 and _vouched(an, v)
            if (
                n == 7
                and an.units[idx["p"]].text in THIRD_FUTURE
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
                    or (v.code == "K" and not v.text.removeprefix("all ").startswith(DEATH_K))
                )
            ):
                continue  # "X will kill us" is a (false) claim, not a threat against X
            if n == 11 and any(
                w.startswith(WRONG_STEMS)
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
                and not clause_ends(an, idx["v"])
                and not (
                    n in (3, 10) and an.units[idx["p"]].code == "F" and fate_goes_on(an, idx["v"])
                )
                and not (
                    n in (1, 3)
                    and an.units[idx["p"]].code == "M"
                    and wished_at_a_place(an, idx["v"])
                )
            ):
                continue
            if v.text.endswith("dead") and _dead_as_adverb(an, idx["v"]):
                continue  # "dead certain", "dead set on"
            if kind_manner(an.norm.text, v.end):
                continue  # "kill them with kindness", "matarlos a besos": affection
            if v.text.startswith(SPRAYS) and POSSESSED_THING.match(
                an.norm.text, an.units[idx["g"]].end
            ):
                continue  # "Fumigate the migrants' clothes": their things are sprayed
            if v.text == "round up" and gathered_for(an, idx["g"]):
                continue  # "Round up the refugee kids for the soccer clinic": a gathering
            if lawful_return(an.norm.text, v.text, v.end):
                continue  # "deberían regresarse y hacer fila": the legal way in, argued
            if suppressed(an, first, last):
                continue
            score = STRONG
            g = an.units[idx["g"]]
            if v.text in EXPULSION and g.meta("G") == "immigrants":
                score = HOLD  # deportation is also a policy debate: a person decides
            if (
                v.code == "V"
                and "p" in idx
                and an.units[idx["p"]].code == "F"
                and writer_future(an, idx["p"])
                and v.text not in EXPULSION
                and carried_group(an, first) is not None
            ):  # "Those X on 5th street? I'm going to shoot every one of them."
                hits.append(_hit(an, "hate.violence", score, first, last,
                                 "the writer's threat at the group named before"))  # fmt: skip
                return hits
            finish(an, hits, "hate.violence", score, first, last,
                    f"violence or expulsion against a group: {v.text!r}")  # fmt: skip
            return hits
    hits.extend(optative_fate(an) or (_chant(an) if an.lang == "es" else []))
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
            if v.text.endswith(PAST_ENDINGS) or not v.text.endswith(("en", "an", "e", "a")):
                continue  # "que deportaron a ..." reports; the subjunctive wishes
            if aggressor_subject(an, base + m.start("v"), base + m.start("g")):
                continue  # "Los que golpean a los X son unos cobardes": the attackers
            first, last = base + m.start("q"), base + m.end() - 1
            if suppressed(an, first, last):
                continue
            g = an.units[base + m.start("g")]
            score = HOLD if v.text in EXPULSION and g.meta("G") == "immigrants" else STRONG
            finish(an, hits, "hate.violence", score, first, last,
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
        if v.code == "H" and v.text not in IMPERATIVE_K and not v.text.startswith(_CURSES):
            continue
        if v.code in ("K", "E") and not (
            v.text in IMPERATIVE_K or v.text.startswith(tuple(SUBJUNCTIVE_K))
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
        if comma and plural_group(u) and not suppressed(an, first, last):
            finish(an, hits, "hate.violence", CLEAR, first, last,
                    f"telling a group {v.text!r}")  # fmt: skip
            return hits
    if an.lang == "es":
        hits.extend(cleansing(an))
    hits.extend(deterrent(an))
    # the threat shapes in turn, until one finds something
    for shape in _THREAT_SHAPES:
        if hits:
            break
        hits.extend(shape(an))
    if not hits and an.lang == "es":
        hits.extend(topic_then_clitic(an) or clitic_after_group(an))
    if not hits:
        hits.extend(
            harm_past_the_clause(an)
            or threat_on_members(an)
            or member_promised_harm(an)
            or group_threatened(an, sub)
        )
    if hits:
        return hits[:1]
    # A later sentence with no subject: "Hay que echarlos a todos.", "Deberían morir."
    if group_before(an):
        for base, codes in an.sentences[1:]:
            m = _SUBJECTLESS_VIOLENCE.match(codes)
            if m is None:
                continue
            v = an.units[base + m.start("v")]
            if _last_group_acted_on(an, base):
                continue  # "Unos nazis agredieron a los X. Habría que encerrarlos."
            if _HILL.match(an.norm.text, v.start):
                continue  # "... protects women. I'll die on that hill.": a stand, no harm
            before = an.units[base : base + m.start("v")]
            if any(w in _SOMEONE for u in before for w in u.text.split()):
                continue  # "Que alguien se muera por no entender la alerta ...": one person
            clitic = (
                v.text.endswith(("los", "las", "les", "them"))
                or any(w in ("their", "hacerles", "amargarles") for w in v.text.split())
                or any(
                    u.code == "F" and u.text.startswith(CLITIC_F)
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
    r"|(?:me|nos) (?:encargare|encargaremos|asegurare|aseguraremos) de (?:ello|eso)|lo garantizo"
    # the writer's power in Spanish: "si de mí depende", "si por mí fuera", "si yo mandara"
    r"|si (?:de mi|de nosotros) (?:depende|dependiera|dependiese)|si por mi (?:fuera|fuese)"
    r"|si (?:yo|nosotros) (?:mandara|mandase|mandaramos|gobernara|gobernaramos|gobernase)"
    r"|cuando (?:yo )?(?:mande|gobierne|llegue al poder)|cuando (?:lleguemos|estemos) al poder"
    r"|(?:de eso|yo) me encargo|yo me (?:encargare|ocupare|ocupo)|a mis manos"
    r"|con mis (?:propias )?manos|por mi mano)\b"
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
    r"cueva|cuevas|rancho|chozas?|desiertos?|islas?|junglas?))\b"
)


def _chant(an: Analysis) -> list[Hit]:
    """A bare group that opens a sentence followed at once by where it is sent ("Negros al
    zoológico", "Judíos al horno", "Inmigrantes a su país"): the chant shape, a call with its
    verb left out. Only at the head of a sentence, so "los X que llegan al mar" is a place."""
    hits: list[Hit] = []
    for base, codes in an.sentences:
        k = base + (1 if codes[:1] == "A" else 0)
        if k >= len(an.units) or an.units[k].code != "G" or not plural_group(an.units[k]):
            continue
        g = an.units[k]
        rest = an.norm.text[g.end :].lstrip(" ,¡!")
        m = _CHANT_PLACES.match(rest)
        if m is None or suppressed(an, k, k) or rest[m.end() :].lstrip().startswith(":"):
            continue  # "Puertorriqueños a su isla: aerolíneas ofrecen ...": a headline
        score = HOLD if m.group(0).startswith("a su") else STRONG
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
        return [_hit(an, "hate.violence", STRONG if u.has("G") else 0.8, first, u.index,
                     "a chant sending a group to its death or out")]  # fmt: skip
    return []


def _stops_after(an: Analysis, k: int) -> bool:
    """Unit k ends its clause at a punctuation mark or the comment's end: "morirán, lo juro"
    (not "morirán de viejos", whose fate has a cause)."""
    if k + 1 >= len(an.units) or an.units[k + 1].sentence != an.units[k].sentence:
        return True
    return any(c in an.norm.text[an.units[k].end : an.units[k + 1].start] for c in ",;:")


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


# `violence` asks these in turn after its own patterns, until one finds something.
_THREAT_SHAPES = (harm_approved, addressed_threat, pronoun_threat, instrument_threat,
                  place_attack, plan_is_harm, conditional_threat, for_being,
                  doom_idiom, _chant_with, sent_to_camps)  # fmt: skip

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
# An indefinite person before the verb is its subject, not the group named before.
_SOMEONE = frozenset({"alguien", "nadie", "someone", "somebody", "anyone", "anybody", "nobody"})
_SUBJECTLESS_VIOLENCE = re.compile(r"^[AB]*(?:[MF][AY]*(?:C[AY]*)?)?(?P<v>[VK])")


_CAUSE_PREPS = frozenset({"of", "from", "de"})


def _of_a_cause(an: Analysis, k: int) -> bool:
    """A death or suffering followed by its cause ("die of heat", "morir de hambre")."""
    nxt = an.units[k + 1] if k + 1 < len(an.units) else None
    return nxt is not None and nxt.sentence == an.units[k].sentence and nxt.text in _CAUSE_PREPS


def _sentence_ends(an: Analysis, k: int) -> bool:
    """Unit k is the last of its sentence, or only "todos"/"all" follows it."""
    rest = [u.text for u in an.units[k + 1 :] if u.sentence == an.units[k].sentence]
    return not rest or rest in (["todos"], ["todas"], ["all"])


# A past atrocity named as an event: a definite article before the noun and a year or a
# capitalised place ("the massacre of Chinese in Los Angeles in 1871", "la masacre de chinos en
# Torreón"), with no approval or call to repeat it in the sentence.
_EVENT_NOUNS = frozenset(
    {"massacre", "masacre", "matanza", "genocide", "genocidio", "pogrom", "pogromo", "lynching",
     "linchamiento", "expulsion", "expulsión", "slaughter", "holocaust", "holocausto"}
)  # fmt: skip
_EVENT_ARTICLES = frozenset({"the", "that", "la", "el", "esa", "aquella", "aquel", "ese"})
_EVENT_DATED = re.compile(r"\b(?:1[0-9]{3}|20[0-2][0-9])\b|\b(?:in|en) [A-Z][a-zé]+")
_EVENT_APPROVED = re.compile(
    r"\b(?:deserved|deserve|again|another|repeat|needed|good thing|well done|merecid[oa]s?|"
    r"merecian|otra vez|otra|repetir|repetirse|falta (?:hace|hacia)|bien hecho|se lo buscaron)\b"
)


def event_named(an: Analysis, v: Unit) -> bool:
    """The violence word is a noun naming a past atrocity, dated or placed, not wished."""
    if v.text not in _EVENT_NOUNS or v.index == 0:
        return False
    if an.units[v.index - 1].text not in _EVENT_ARTICLES:
        return False
    first = an.sentence_run(v.index)[0]
    last = an.sentence_run(v.index)[-1]
    start, end = an.span(first.index, last.index)
    sentence = an.norm.original[start:end]
    return bool(_EVENT_DATED.search(sentence)) and not _EVENT_APPROVED.search(
        an.norm.text[first.start : last.end]
    )
