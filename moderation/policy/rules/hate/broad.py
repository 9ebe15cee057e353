"""`hate.broad`: the derogation shapes with a few unknown words between (these only hold)."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.analysis.membership import group_cause_denied
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import (
    NEG_RAISE,
    counter_speech,
    kind_manner,
    negated_before,
    suppressed,
)
from moderation.policy.rules.fondness import teased_friend
from moderation.policy.rules.hate.arrived_with_little import only_belongings
from moderation.policy.rules.hate.blamed_group import contempt_for_the_act
from moderation.policy.rules.hate.care_advice import care_problem
from moderation.policy.rules.hate.comparison_favoured import harm_compared_less
from moderation.policy.rules.hate.conditioned import said_under_a_condition
from moderation.policy.rules.hate.danger import danger_they_face
from moderation.policy.rules.hate.denied_of_them import denied_of_them
from moderation.policy.rules.hate.emotion import elliptical_verdict
from moderation.policy.rules.hate.explained import difficulty_explained_outside
from moderation.policy.rules.hate.generalisation_guards import (
    act_or_words_subject,
    as_if,
    attributive,
    blame_refused,
    clause_mark_between,
    comparative_object,
    copula_disagrees,
    exclaimed_thing,
    law_stated,
    loose_link,
    made_to_live_so,
    neuter_subject_after_comma,
    nuisance_about_a_matter,
    object_pronoun,
    on_our_condition,
    own_subject_after_comma,
    post_named,
    reader_called,
    risk_of_being,
    singular_after_comma,
    toward_institution,
    wanted_there_by_others,
    words_judged,
)
from moderation.policy.rules.hate.guards import (
    RELATIVE_WORDS,
    finish,
    group_of_a_policy,
    hater_is_writer,
    negative_question,
    one_pointed_at,
    reader_feels,
    relative_object,
    scan,
)
from moderation.policy.rules.hate.hatred_approved import hatred_is_subject
from moderation.policy.rules.hate.hatred_noun import hatred_as_noun
from moderation.policy.rules.hate.held_refused import held_refused
from moderation.policy.rules.hate.helpers import (
    CRIME_TRADES,
    INFINITIVE_ES,
    LESS,
    RIGHTS,
    UNWANTING,
    a_few_before,
    all_alike_denied,
    barred_from_doing,
    clause_ends,
    cleared_of,
    done_to,
    equal_in_treatment,
    harm_unwanted,
    how_many_more,
    member_of_a_body,
    modal_between,
    none_of_this,
    not_the_group,
    of_a_thing,
    problem_for_them,
    talk_about_before,
    writer_future,
    yes_to_negation,
)
from moderation.policy.rules.hate.history_told import (
    charge_told_as_history,
    exclusion_told_as_history,
    placement_told_as_history,
)
from moderation.policy.rules.hate.implicit_spared import implicit_spared
from moderation.policy.rules.hate.legal_condition import legal_condition_after
from moderation.policy.rules.hate.lives_off import lives_off_handouts
from moderation.policy.rules.hate.modifier import typical_of_good
from moderation.policy.rules.hate.negated_negative import bad_kind
from moderation.policy.rules.hate.neglect import neglect_judged
from moderation.policy.rules.hate.no_one_subject import no_one_subject
from moderation.policy.rules.hate.not_merely import not_merely
from moderation.policy.rules.hate.own_manners import counted_manners, own_manners
from moderation.policy.rules.hate.quarrel_refused import quarrel_refused
from moderation.policy.rules.hate.reaction_verb import (
    clause_after_reaction,
    others_belief_resented,
    reaction_to_others_belief,
)
from moderation.policy.rules.hate.relative_object import aggressor_sanctioned, object_of_relative
from moderation.policy.rules.hate.some_members import said_to_exist
from moderation.policy.rules.hate.team_judged import team_judged
from moderation.policy.rules.hate.verb_not_noun import noun_read_as_verb
from moderation.policy.rules.hate.victims import victims_of
from moderation.policy.rules.hate.violence import event_named
from moderation.policy.rules.hate.violence_words import lawful_return
from moderation.policy.rules.hate.why_not_argued import why_not_argued
from moderation.policy.rules.hate.words import (
    ANSWERABLE,
    IMPERATIVE_K,
    PAST_COPULAS,
    WELLBEING,
)
from moderation.policy.types import Category, Submission

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
_GROUP_IMPERATIVE = re.compile(r"(?P<g>G)[AYU]*(?:C[AYU]*)?(?P<v>K)")
# A relative clause with its own verb between a group and its doom word ("las mujeres que
# trabajan fuera de casa", "the women who work out of town"): the word is that verb's.
_RELATIVE_VERB = re.compile(r"\b(?:que|quienes|who|that)\s+\w+")
_BROAD_VIOLENCE = (
    re.compile(r"(?P<p>[MF])[^BNg.]{0,3}?(?P<v>V)[^BNg.]{0,5}?(?P<g>G)"),
    re.compile(r"(?P<g>G)[^BNg.]{0,4}?(?P<p>M)[^BNg.]{0,3}?(?P<v>[VK])"),
    re.compile(r"(?P<p>[MF])[^BNg.]{0,4}?(?P<g>G)[^BNg.]{0,4}?(?P<v>[KV])"),
)


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


# What may stand between a contrastive "no"/"not" and the people it spares ("..., no a la
# gente china", "..., not the Chinese people", "..., not of Jews")
_CONTRAST_LINKS = frozenset(
    {"a", "al", "a la", "a las", "a los", "la", "las", "los", "el", "the", "of", "to", "at",
     "with", "con", "contra", "against"}
)  # fmt: skip


# What one person does that angers, after "me enoja cuando un X" (not being there: "se sienta
# junto a mí", "se muda a mi calle").
_ONES_ACT = frozenset(
    {"dice", "grita", "insulta", "pega", "golpea", "trata", "escribe", "publica", "habla",
     "burla", "burlan", "amenaza", "roba", "miente", "exige", "dicen", "gritan", "insultan",
     "pegan", "tratan", "escriben", "publican", "hablan", "amenazan", "roban", "sigue", "siguen"}
)  # fmt: skip
_CLITICS = frozenset({"me", "te", "le", "les", "nos", "se", "lo", "la"})


def _ones_act(an: Analysis, g: int) -> bool:
    """What the one (or few) after "cuando un X" does is an act of `_ONES_ACT`, past any
    clitic ("se burla", "me dice", "nos sigue") and before the next comma."""
    units = an.units
    k = g + 1
    while k < len(units) and units[k].sentence == units[g].sentence:
        if "," in an.norm.text[units[k - 1].end : units[k].start]:
            return False
        word = units[k].text.split()[0]
        if word not in _CLITICS:
            return word in _ONES_ACT
        k += 1
    return False


def _contrasted_people(an: Analysis, first: int, p: int) -> bool:
    """After a comma, "no"/"not" opens a bare contrast whose only words are a link and a
    people ("es una crítica al gobierno chino, no a la gente china"): the writer says whom the
    criticism is not aimed at, and denies the group nothing."""
    n = next((k for k in range(first, p + 1) if an.units[k].code == "N"), None)
    if n is None or n == 0 or "," not in an.norm.text[an.units[n - 1].end : an.units[n].start]:
        return False
    units = an.units
    k = n + 1
    while (
        k < len(units)
        and units[k].sentence == units[n].sentence
        and (units[k].text in _CONTRAST_LINKS or units[k].code == "A")
    ):
        k += 1
    rest = [u for u in units[k:] if u.sentence == units[n].sentence]
    return bool(rest) and all(u.code in ("P", "G", "g") for u in rest)


_THAT_WORDS = frozenset({"que", "that"})


_THE_ONES = frozenset({"ones", "those", "guys"})
# Who the verb after "the ones" harms ("the ones robbing people").
_HARMED = frozenset({"people", "folks", "families", "kids", "children", "women", "men", "migrants",
                     "neighbors", "neighbours", "workers", "customers", "residents"})  # fmt: skip


def _object_of_the_ones(an: Analysis, first: int, p: int) -> bool:
    """'X aren't the ones robbing people': the good word is the object of a verb said of "the
    ones", not what the group is denied being."""
    texts = [an.units[k].text for k in range(first, p)]
    return (
        p - 1 > first
        and an.units[p - 1].code in ("w", "V", "X")
        and an.units[p - 1].text.endswith("ing")
        and an.units[p].text in _HARMED
        and any(t in _THE_ONES for t in texts)
    )


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


# Qualities of a person's situation rather than of their worth: denied, they say what the
# group suffers ("Immigrants are not safe here", "Ninguna mujer está segura en esa ciudad").
_NEG_SUBJECTS = frozenset({"nobody", "no one", "noone", "nadie"})
# A denied excuse before a good word ("there is no excuse for killing innocent X", "no hay
# justificación para matar a X inocentes"): the negation is the excuse's, the group's is kept.
_NO_EXCUSE = frozenset(
    {"excuse", "excuses", "justification", "reason", "excusa", "excusas", "justificacion",
     "pretexto"}
)  # fmt: skip
_EMBEDDED_QUESTION = frozenset({"whether", "about whether", "si acaso"})


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


# Verbs of fleeing and surviving: what follows "de"/"from" is what they got away from.
_FLEEING = frozenset(
    {"huyeron", "huyen", "huir", "huyendo", "huyo", "escaparon", "escapan", "escapar",
     "escapando", "sobrevivieron", "sobreviven", "fled", "flee", "flees", "fleeing", "escaped",
     "escaping", "escape", "survived", "surviving", "survive"}
)  # fmt: skip
_RUN = frozenset({"running", "run", "ran", "runs", "hiding", "hide", "hid"})  # with "from"
_FROM_OF = frozenset({"de", "del", "from", "un", "una", "el", "la", "los", "las", "a", "an",
                      "the", "that", "ese", "esa", "their", "sus", "su"})  # fmt: skip


def fled_from(an: Analysis, g: int, pred: Unit) -> bool:
    """The hostile word is what the group named before it fled ("Son familias que huyeron de
    un desastre", "X here are families who fled the violence"): they got away from it, it is
    not said of them. Not when the group comes after ("families flee the filth X bring")."""
    k = pred.index - 1
    while k >= 0 and pred.index - k <= 3 and an.units[k].text in _FROM_OF:
        k -= 1
    if not (g < k and an.units[k].sentence == pred.sentence):
        return False
    fled = an.units[k].text
    if fled in _RUN and an.units[k + 1].text != "from":
        return False  # "running drugs" runs them; "running from criminals" flees
    if fled not in _FLEEING and fled not in _RUN:
        return False
    text = an.norm.text
    if any(
        x.has("G") and not _COMPARED.search(text, pred.end, x.start)
        for x in an.sentence_run(pred.index)
        if x.index > pred.index
    ):
        return False  # "families flee the filth X bring"; not "..., just as many X left"
    rest = an.norm.text[pred.end : an.sentence_run(pred.index)[-1].end]
    return not _TURNED_BACK.search(rest)


_TIRED = re.compile(r"\b(?:sick|tired|harto|harta|hartos|hartas|cansado|cansada|fed up)\b")
_BOTH = re.compile(r"\s*(?:both of (?:them|you)|both|ambos|ambas|los dos|las dos)\b")
# A group after a comma or a comparison is another clause's subject ("huyeron de un desastre,
# igual que muchos X se fueron a Tijuana").
_COMPARED = re.compile(r",|\b(?:igual que|como|like|just as|the way)\b")
# What lays the fled thing back on the group: "fled murderers just like themselves",
# "huyeron de asesinos, y también son asesinos".
_TURNED_BACK = re.compile(
    r"\b(?:like (?:them|themselves)|by becoming|are too|"
    r"como ellos|iguales a ellos|igual que ellos|tambien son|y son igual|ahora son)\b"
)


@rule("hate.broad", Category.HATE)
def broad(an: Analysis, sub: Submission) -> list[Hit]:
    """Looser versions of the shapes above (a few unknown words in between): hold only."""
    hits: list[Hit] = []
    if "G" not in an.codes:
        return hits  # every shape here needs a named group
    for pattern in _BROAD:
        dropped = pattern is _BROAD[0]
        for first, last, idx, _m in scan(an, pattern, ("g", "p"), virtual=dropped):
            pred = an.units[idx["p"]]
            if pred.code == "X" and attributive(an, pred):
                continue
            if teased_friend(an, idx["g"], pred.index):
                continue  # "Love you, you crazy Mexican!": a friend teased
            if one_pointed_at(an, idx["g"]):
                continue  # "This woman is a pig": one person insulted, not the group
            if pred.index < idx["g"] and typical_of_good(an, pred.index, idx["g"]):
                continue  # "Typical X, always helping the neighbours": a good called typical
            if exclusion_told_as_history(an, first, pred) or placement_told_as_history(
                an, idx["g"], pred
            ):
                continue  # "Jews were not welcome at the club back then": what was done
            if charge_told_as_history(an, idx["g"], pred):
                continue  # "Italians in 1910 were said to be criminals": a charge once laid
            if noun_read_as_verb(an, pred, idx["g"]):
                continue  # "It's not a reason to trash X": the verb, refused
            if idx["g"] < pred.index and denied_of_them(an, pred):
                continue  # "Sobre las X: el problema no son ellas, es el sistema"
            if own_manners(an, idx["g"], pred) or counted_manners(an, idx["g"], pred):
                continue  # "los mexicanos somos ruidosos", "two loud Catholics argued"
            if said_to_exist(an, idx["g"], pred):
                continue  # "también hay gringos borrachos": some members
            if idx["g"] < pred.index and pred.code != "D" and member_of_a_body(an, idx["g"]):
                continue  # "los X de Palacio Nacional son unos corruptos": its members
            if _TIRED.search(pred.text) and _BOTH.match(an.norm.text, pred.end):
                continue  # "I'm sick of both of them": two parties or people, not a group
            if implicit_spared(an, idx["g"], pred) or (
                pred.code == "Z" and care_problem(an.norm.text, pred.text, pred.end)
            ):
                continue
            g = idx["g"]
            if (
                pred.code == "X"
                and pred.index < g <= pred.index + 2
                and an.units[g].has("G")
                and clause_mark_between(an, pred.index, g)
            ):
                continue  # "stay home when they're sick, women included": two phrases
            if g < pred.index and (comparative_object(an, g, pred) or risk_of_being(an, g, pred)):
                continue
            if said_under_a_condition(an, g, pred):
                continue  # "women should stay home if they are sick"
            if pred.text.startswith("no ") and why_not_argued(an, first):
                continue  # "¿Por qué los X no deberían tener derechos?": no reason expected
            if g < pred.index and reader_called(an, g, pred):
                continue  # "Respeta a los X, imbécil": the reader is the one insulted
            if words_judged(an, first, last):
                continue  # 'el chiste de la "horda" de X no es gracioso'
            if pred.index + 1 == g and pred.text in CRIME_TRADES:
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
                and pred.text in UNWANTING
                and pred.index < g
                and any(
                    an.units[k].code in ("K", "V") and harm_unwanted(an, k)
                    for k in range(pred.index + 1, min(g + 2, len(an.units)))
                    if an.units[k].sentence == pred.sentence
                )
            ):
                continue  # "no quiero ver morir a más X": the harm is what is refused
            if pred.code == "Q" and pred.index < g and _another_clause(an, pred.index, g):
                continue  # "me parece que los partidos usan a los X", "think of Y, X voted"
            if pred.code == "Q" and pred.index < g and _act_judged_wrong(an, pred.index, g):
                continue  # "me parece injusto culpar a los X": the blame is what is judged
            if pred.code in ("H", "W") and an.lang == "es" and of_a_thing(an, g):
                continue  # "la comida china me da asco", "odio el chocolate negro"
            if (
                pred.code == "W"
                and an.lang == "es"
                and reader_feels(an, pred.index)
                and not negative_question(an, pred.index)
            ):
                continue  # "te dan asco los X porque eres un ignorante": the reader's
            if g < pred.index and (
                (pred.code in ("X", "D") and loose_link(an, g, pred.index)) or object_pronoun(an, g)
            ):
                continue
            if g < pred.index and (
                singular_after_comma(an, g, pred.index)
                or copula_disagrees(an, g, pred.index)
                or not_the_group(an, g)
                or group_cause_denied(an.units, g)
                or as_if(an, g, pred.index)
                or made_to_live_so(an, g, pred)
                or neuter_subject_after_comma(an, g, pred.index)
                or own_subject_after_comma(an, g, pred.index)
                or act_or_words_subject(an, g, pred.index)
                or blame_refused(an, g, pred.index)
                or contempt_for_the_act(an, g, pred)
                or post_named(an, g, pred.index)
                or nuisance_about_a_matter(an, g, pred)
                or wanted_there_by_others(an, g, pred)
                or _reason_given_for_an_act(an, g, pred)
                or neglect_judged(an, g, pred)
            ):
                continue
            if exclaimed_thing(an, pred):
                continue  # "las X sí pueden, qué estereotipo tan flojo"
            if pred.code == "H" and (
                attributive(an, pred)
                or hatred_as_noun(an, pred)
                or not hater_is_writer(an, pred.index)
                or problem_for_them(an, pred.index, g)
            ):
                continue  # "hate crimes against X", "they hate X", "the problem with X is"
            if pred.code in ("H", "W", "Q") and pred.index < g and done_to(an, g):
                continue  # "tired of seeing X used as props": the feeling is about the act
            if pred.index < g and any(
                an.units[k].text in _EMBEDDED_QUESTION for k in range(pred.index + 1, g)
            ):
                continue  # "people arguing about whether X deserve ...": a debate reported
            if pred.index < g and any(
                an.units[k].text in RELATIVE_WORDS for k in range(pred.index + 1, g)
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
            if pred.code == "H" and pred.index < g and _object_then_comma(an, pred.index, g):
                continue  # "Screw the haters, gay people deserve love": the haters are cursed
            nxt = an.units[pred.index + 1] if pred.index + 1 < len(an.units) else None
            if pred.code == "H" and nxt is not None and nxt.text in ("it", "that", "when", "how"):
                continue  # "I hate it when women are abused"
            if (
                pred.code == "W"
                and nxt is not None
                and nxt.text == "cuando"
                and g > pred.index
                and an.units[g - 1].text in ("un", "una", "unos", "unas", "algun", "alguna")
                and _ones_act(an, g)
            ):
                continue  # "me enoja cuando un gringo dice que ...": one man's act angers
            if pred.code == "H" and quarrel_refused(an, pred.index, g):
                continue  # "no queremos pleito con los X": a fight with them is what is refused
            if pred.code == "H" and elliptical_verdict(an, pred.index, last):
                continue  # "Criticizing a faith is fine. Hating its people is not."
            if pred.code == "Z" and (
                law_stated(an, pred)
                or on_our_condition(an, pred)
                or difficulty_explained_outside(an, pred)
                or legal_condition_after(an.norm.text, pred.end)
                or only_belongings(an, pred)
                or held_refused(an, pred)
            ):
                continue  # "no tienen derechos ahí, es la ley", "... if we keep them in camps"
            if pred.code == "W" and g < pred.index and clause_after_reaction(an, pred.index):
                continue  # "De los X me enoja cómo los tratan": the clause is what angers
            if others_belief_resented(an, pred.index) or (
                pred.code == "W" and reaction_to_others_belief(an, pred.index)
            ):
                continue  # "me molesta de los X que la gente crea que son Y": their belief
            if pred.code == "Z" and none_of_this(an, pred):
                continue  # "no merecen nada de esto": none of what befalls them is deserved
            if g < pred.index and pred.code == "W" and talk_about_before(an, g):
                continue  # "All this talk about the X makes me sick": the talk
            if pred.index < g and pred.code == "X" and a_few_before(an, pred):
                continue  # "Some criminals are Venezuelan": a few criminals, not the group
            if pred.code not in ("H", "W") and toward_institution(an, pred):
                continue  # "resentidos con el régimen"
            if g + 1 < pred.index and an.units[g + 1].code == "O":
                continue  # "X say the new rules are a disaster": the group is who speaks
            if pred.index < g and pred.code in ("H", "W") and group_of_a_policy(an, g):
                continue  # "I can't stand the trans sports policies": the policy is hated
            if victims_of(an, g, pred) or fled_from(an, g, pred):
                continue  # "X were attacked by thugs", "huyeron de un desastre": not their own
            if team_judged(an, g, pred):
                continue  # "Mexicans suck at penalties, every World Cup": a side's play
            if pred.index < g and _fought(an, pred):
                continue  # "la clínica es para prevenir enfermedades, las de todos, gringos
                # y latinos": the illness is what care fights, for everyone
            if suppressed(an, first, last):
                continue
            finish(an, hits, "hate.broad", 0.7, first, last, f"hostile words about a group: "
                    f"{pred.text!r}")  # fmt: skip
            return hits
    for first, last, idx, _m in scan(an, _BROAD_NEG_POS, ("g", "p", "g2", "p2")):
        if counter_speech(an, first, last) or negated_before(an, first):
            continue
        p = idx.get("p", idx.get("p2", last))
        if "g" in idx and neuter_subject_after_comma(an, idx["g"], p):
            continue  # "Good Jew or bad Jew, it doesn't matter": "it" is what does not
        if an.units[p].text in RIGHTS and not modal_between(an, first, p):
            continue  # "X do not have access to clean water"
        if _new_clause_after_comma(an, first, p):
            continue  # "no deberían pagar más, son ciudadanos": the "no" is another clause's
        if _contrasted_people(an, first, p):
            continue  # "una crítica al gobierno chino, no a la gente china": not at them
        if _negated_report(an, first, p):
            continue  # "los datos no muestran que las personas X ...": the claim is denied
        if any(an.units[k].text in PAST_COPULAS for k in range(first, last)):
            continue
        if bad_kind(an, p):
            continue  # "X are not bad people": a bad kind denied, a defence
        if _object_of_the_ones(an, first, p):
            continue  # "X aren't the ones robbing people": "people" is who is robbed
        if an.units[p].text in WELLBEING or yes_to_negation(an, first):
            continue  # "X are not safe here": what they suffer; "¿A poco no son ...?"
        if an.units[p].text in ANSWERABLE and cleared_of(an, p):
            continue  # "X are not responsible for the war": cleared of a blame
        if legal_condition_after(an.norm.text, an.units[p].end):
            continue  # "X will never be citizens unless they naturalize": the law's step
        if hatred_is_subject(an, idx.get("g", idx.get("g2", first))):
            continue  # "Odiar a los X no es normal": the hatred is what is not normal
        if any(an.units[k].text in _NO_EXCUSE for k in range(first, p)):
            continue  # "no excuse for killing innocent X": the negation is of the excuse
        if equal_in_treatment(an, p):
            continue  # "X are not equal in pay": unequal treatment
        if all_alike_denied(an, p):
            continue  # "no somos todos iguales": not all alike
        if barred_from_doing(an, p) and not modal_between(an, first, p):
            continue  # "X are not allowed to pray there": a rule others impose, reported
        if any(an.units[k].text in LESS for k in range(first, p)):
            continue  # "no son menos capaces que ...": a double negation, they are as capable
        if harm_compared_less(an, first, p):
            continue  # "X commit less crime than people born here": a comparison in their favour
        if any(
            an.units[k].text in _NEG_SUBJECTS and an.units[k - 1].code == "w"
            for k in range(first + 1, p)
        ):
            continue  # "they're doing jobs nobody wanted": "nobody" is the clause's own subject
        if no_one_subject(an, p):
            continue  # "ninguna persona es ilegal": "no person" is the subject
        if not_merely(an, first, p):
            continue  # "X are not only capable, they are better leaders": more, not less
        if lives_off_handouts(an, p):
            continue  # "no vinieron a vivir del welfare": living off others, denied
        finish(an, hits, "hate.broad", 0.7, first, last, "denies a group a good quality")
        return hits
    for first, last, idx, _m in scan(an, _GROUP_IMPERATIVE, ("g", "v")):
        v = an.units[idx["v"]]
        between = an.norm.text[an.units[idx["g"]].start : v.start]
        if _RELATIVE_VERB.search(between) and not any(c in between for c in ",:;!¡"):
            continue  # "las mujeres que trabajan fuera de casa": the relative clause's adverb
        if v.text == "go home" and not _opens_sentence(an, idx["g"]):
            continue  # "after the game the Mexicans go home": they leave for home, told
        if (
            v.text in IMPERATIVE_K
            and clause_ends(an, idx["v"])
            and not (v.text.startswith("shut") and _and_next(an, idx["v"]))
            and not suppressed(an, first, last)
        ):
            finish(an, hits, "hate.broad", 0.8, first, last, f"telling a group {v.text!r}")
            return hits
    for pattern in _BROAD_VIOLENCE:
        for first, last, idx, _m in scan(an, pattern, ("g", "v", "p")):
            v = an.units[idx["v"]]
            if v.code == "K" and not clause_ends(an, idx["v"]):
                continue
            if how_many_more(an, idx["g"], idx["v"]):
                continue  # "How many more Haitians must die at the border?": a lament
            if _named_as_a_thing(an, idx["v"]):
                continue  # "could smell the tear gas": the word is a noun, no act
            if an.units[idx["p"]].code == "F" and not writer_future(an, idx["p"]):
                continue
            if idx["v"] < idx["g"] and relative_object(an, idx["v"], idx["g"]):
                continue  # "castigar a los que atacan a los gays": someone else is the target
            if idx["v"] < idx["g"] and aggressor_sanctioned(an, idx["v"]):
                continue  # "voy a denunciar a quien agreda a los gays": the group is defended
            if idx["g"] < idx["v"] and object_of_relative(an, idx["g"]):
                continue  # "los policías que roban a los migrantes deben ir a la cárcel"
            if idx["g"] < idx["v"] and danger_they_face(an, idx["g"]):
                continue  # "going home could get them killed": a danger told, no one's hand
            if kind_manner(an.norm.text, v.end):
                continue  # "os vamos a matar a besos, chicas": affection
            if lawful_return(an.norm.text, v.text, v.end):
                continue  # "should go back and get in line": the legal way in, argued
            if event_named(an, v):
                continue  # "recordar la masacre de chinos en Torreón en 1911": history, told
            if suppressed(an, first, last):
                continue
            finish(an, hits, "hate.broad", 0.75, first, last, f"violence against a group: "
                    f"{v.text!r}")  # fmt: skip
            return hits
    return hits


# Particular members told of as done to, for a reason someone gave ("the Jewish students were
# kicked out of the library for being too loud", "dos haitianos fueron detenidos por estar
# ebrios"): the predicate is the reason for another's act, and the act is an episode.
_SOME_OF_THEM = frozenset(
    {"the", "two", "three", "four", "some", "a few", "los", "las", "dos", "tres", "unos", "unas"}
)
_REASON_FOR_ACT = re.compile(
    r"^ (?:were|got|fueron|los|las|les)(?: \S+){1,7} (?:for being|por ser|por estar)"
    r"(?: too| so| muy| demasiado)?$"
)


# Verbs of care right before an illness: what is fought ("prevenir enfermedades").
_FIGHTING = frozenset(
    {"prevenir", "prevent", "preventing", "prevents", "tratar", "treat", "treating", "treats",
     "curar", "cure", "curing", "detectar", "detect", "combatir", "combat", "fight", "fighting",
     "vacunar", "vaccinate"}
)  # fmt: skip
_ILLNESSES = frozenset(
    {"enfermedades", "enfermedad", "disease", "diseases", "illness", "illnesses", "dengue",
     "infecciones", "infections", "epidemias", "epidemics", "virus"}
)  # fmt: skip


def _fought(an: Analysis, pred: Unit) -> bool:
    """The hostile noun is the object of care or defence ("prevenir enfermedades")."""
    k = pred.index - 1
    return (
        k >= 0
        and an.units[k].sentence == pred.sentence
        and an.units[k].text in _FIGHTING
        and pred.text in _ILLNESSES
        and ":" not in an.norm.text[pred.end : pred.end + 3]
    )  # not "Hay que combatir plaga: los X", which names the plague


def _object_then_comma(an: Analysis, h: int, g: int) -> bool:
    """A hate verb at `h` takes a noun of its own ("screw the haters") and a comma closes it
    before the group at `g`: the group opens another clause."""
    between = an.units[h + 1 : g]
    nouns = [u for u in between if u.code != "A"]
    return (
        bool(nouns)
        and all(u.code == "w" for u in nouns)
        and len(nouns) <= 3
        and "," in an.norm.text[between[-1].end : an.units[g].start]
    )


def _reason_given_for_an_act(an: Analysis, g: int, pred: Unit) -> bool:
    k = g - 1
    while k >= 0 and an.units[k].code == "g" and an.units[k].sentence == pred.sentence:
        k -= 1
    if k < 0 or an.units[k].text not in _SOME_OF_THEM:
        return False
    between = an.norm.text[an.units[g].end : pred.start].rstrip()
    return _REASON_FOR_ACT.search(between) is not None


def _named_as_a_thing(an: Analysis, v: int) -> bool:
    """The violence word at v is a noun after an article or "tear" ("the tear gas", "the
    shooting"): a thing named, not an act called for."""
    if v == 0 or an.units[v - 1].sentence != an.units[v].sentence:
        return False
    before = an.units[v - 1]
    return before.text == "tear" or (before.code == "A" and before.text in ("the", "a", "an"))


def _opens_sentence(an: Analysis, g: int) -> bool:
    """The group word is the first of its sentence: the slogan "Mexicans go home", not a
    report of where some people go ("the Mexican families go home at nine")."""
    return g == 0 or an.units[g - 1].sentence != an.units[g].sentence


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
        elif an.lang != "es" or not INFINITIVE_ES.search(act.text):
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
