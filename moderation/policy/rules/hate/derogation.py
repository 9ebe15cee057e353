"""`hate.derogation`: a group called something degrading, dehumanised, or named as the culprits."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.analysis.membership import group_cause_denied
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import (
    asked_by_opener,
    counter_speech,
    is_question,
    naming_vouched,
    suppressed,
)
from moderation.policy.rules.fondness import teased_friend
from moderation.policy.rules.hate.arrived_with_little import only_belongings
from moderation.policy.rules.hate.blamed_group import contempt_for_the_act
from moderation.policy.rules.hate.care_advice import care_problem
from moderation.policy.rules.hate.conditioned import said_under_a_condition
from moderation.policy.rules.hate.denied_of_them import denied_of_them
from moderation.policy.rules.hate.derogation_essence import (
    ESSENTIAL_SEARCH,
    PLURAL_COPULA,
    essentialist,
    past_the_clause,
    perpetrators,
    unnamed_dehumanised,
    wished_gone,
)
from moderation.policy.rules.hate.derogation_origin import (
    SUBJECTLESS,
    people_of_a_place,
    rhetorical,
    verbless_essence,
)
from moderation.policy.rules.hate.explained import difficulty_explained_outside
from moderation.policy.rules.hate.generalisation_guards import (
    KIND_NOUNS,
    act_or_words_subject,
    animal_sex,
    as_if,
    attributive,
    blame_refused,
    comparative_object,
    copula_disagrees,
    exclaimed_thing,
    law_stated,
    loose_link,
    made_to_live_so,
    nuisance_about_a_matter,
    object_pronoun,
    on_our_condition,
    own_subject_after_comma,
    post_named,
    reader_called,
    risk_of_being,
    said_of_something_else,
    singular_after_comma,
    toward_institution,
    wanted_there_by_others,
    words_judged,
)
from moderation.policy.rules.hate.guards import (
    PLURAL_VERB_START,
    POINTING,
    _hit,
    finish,
    one_pointed_at,
    plural_group,
    plural_verb_first,
    scan,
)
from moderation.policy.rules.hate.held_refused import held_refused
from moderation.policy.rules.hate.helpers import (
    PERSON_NOUNS,
    WHO,
    a_few_before,
    clause_ends,
    group_before,
    member_of_a_body,
    none_of_this,
    not_the_group,
    profane_word,
)
from moderation.policy.rules.hate.history_told import (
    exclusion_told_as_history,
    placement_told_as_history,
)
from moderation.policy.rules.hate.implicit_spared import implicit_spared
from moderation.policy.rules.hate.legal_condition import legal_condition_after
from moderation.policy.rules.hate.naming_agreed import naming_agreed
from moderation.policy.rules.hate.own_manners import counted_manners, own_manners
from moderation.policy.rules.hate.saying_told import held_when_told_bare
from moderation.policy.rules.hate.some_members import said_to_exist
from moderation.policy.rules.hate.team_judged import team_judged
from moderation.policy.rules.hate.why_not_argued import why_not_argued
from moderation.policy.rules.hate.words import (
    CLEAR,
    STRONG,
    F,
)
from moderation.policy.types import Category, Submission

_DEROG = re.compile(
    rf"(?P<g>G)[AYUw]{{0,3}}(?:[CMF]{F})?(?P<n>N{F})?(?:C{F})?(?:(?P<k>w)(?=X))?(?P<p>[XDZ])"
    rf"|[QH]{F}(?P<g2>G){F}(?P<p2>[XDZ])"
)
# "X are a bunch of assholes", "los X son unos gilipollas": a personal insult for everyone.
_INSULT_PRED = re.compile(r"(?P<g>G)[AY]*C[AY]*(?P<p>[wSYy])")
_GOOD_WORDS = frozenset(
    {"amazing", "awesome", "brilliant", "great", "incredible", "strong", "brave", "smart",
     "beautiful", "talented", "hilarious", "funny", "cool", "good", "right", "resilient"}
)  # fmt: skip
_VERB_FIRST = re.compile(r"^[AB]*(?P<p>Z)[AY]*(?P<g>G)")
_QUESTION = re.compile(rf"(?P<c>C){F}(?P<g>G){F}(?P<p>[XDZ])|(?P<p2>[XD])[AY]*C[AY]*(?P<g2>G)$")
# A quality presupposed of a group rather than stated: the predicate before its subject ("¿No
# les da vergüenza ser tan flojos a los X?", "¿Por qué son tan sucios los X?"), an
# exclamative ("lo sucios que son los X"), "Why are X this dirty?", and a superlative said as
# a comparison with nothing ("Is there anything more filthy than a X?", "nada más sucio que un X").
_PRESUPPOSED = re.compile(
    r"C[AY]*(?P<p>[XD])[AY]*(?:(?P<one>[wt])[AY]+)?(?P<g>G)$"
    r"|(?P<p2>[XD])(?P<que>w)C[AY]*(?P<g2>G)$"
    r"|C[AY]*(?P<g3>G)(?P<this>w)[AY]*(?P<p3>[XD])"
    r"|(?P<p4>X)(?P<than>w)[AY]*(?P<g4>G)$"
)
_THIS_MUCH = frozenset({"this", "that"})
_ONE = frozenset({"one", "last one", "single one", "every single one", "every last one",
                  "every one", "each one", "uno", "una"})  # fmt: skip
_MORE = frozenset({"more", "mas"})
_NOTHING_ELSE = frozenset(
    {"anything", "anyone", "anybody", "nothing", "nobody", "no one", "algo", "nada", "nadie",
     "alguien", "something", "someone"}
)  # fmt: skip


@rule("hate.derogation", Category.HATE)
def derogation(an: Analysis, sub: Submission) -> list[Hit]:
    """'X are vermin / criminals / a plague', 'X belong in a zoo'; held, not rejected, when
    it is a Spanish saying of someone else's left bare ('Mi abuela decía que ...')."""
    return held_when_told_bare(an, _derogation(an))


def _derogation(an: Analysis) -> list[Hit]:
    hits: list[Hit] = []
    if "G" not in an.codes and "r" in an.codes:
        hits = naming_agreed(an)  # "They call them vermin, and they're right"
        if hits:
            return hits
    if "G" not in an.codes:
        # every shape here needs a named group; "it's always the X who steal" names it
        # before a relative clause
        if "g" in an.codes:
            return (
                perpetrators(an)
                or past_the_clause(an)
                or _none_without_fault(an)
                or (_who_lets(an) if "?" in an.norm.text else [])
            )
        if an.lang == "en" and " people" in an.norm.text:
            return people_of_a_place(an)
        return unnamed_dehumanised(an) if "D" in an.codes or "Z" in an.codes else hits
    for first, last, idx, _m in scan(an, _DEROG, ("g", "p", "n", "k", "g2", "p2"), virtual=True):
        if "n" in idx and not _expects_yes(an, first):
            continue  # "X are not criminals": a negated slur on the group is no slur
        if "k" in idx and an.units[idx["k"]].text not in KIND_NOUNS:
            continue  # "son una raza floja" is said of them; "son un trabajo duro" is not
        if suppressed(
            an, first, last, allow_negation=_object_then_clause(an, first, last)
        ) or words_judged(an, first, last):
            continue
        pred = an.units[idx.get("p", idx.get("p2", last))]
        if pred.code == "X" and attributive(an, pred):
            continue  # "migrants flee violent gangs": the adjective is on another noun
        if teased_friend(an, idx.get("g", idx.get("g2", first)), pred.index):
            continue  # "Feliz cumpleaños, mexicano loco": a friend teased
        if team_judged(an, idx.get("g", idx.get("g2", first)), pred):
            continue  # "Mexicans suck at penalties, every World Cup": a side's play
        if pred.text.startswith("no ") and why_not_argued(an, first):
            continue  # "¿Por qué los X no deberían tener derechos?": no reason expected
        if none_of_this(an, pred):
            continue  # "no merecen nada de esto": none of what befalls them is deserved
        if exclusion_told_as_history(an, first, pred):
            continue  # "growing up, Black families were not welcome here": what was done
        g = idx.get("g", idx.get("g2", first))
        if one_pointed_at(an, g):
            continue  # "Esa mujer es una rata": one person insulted, not the group
        if placement_told_as_history(an, g, pred):
            continue  # "en el 42 encerraron a los X en campos": what others did to them
        if implicit_spared(an, g, pred):
            continue  # a cost, a peaceful wish, a status's leave debated, care advice, ...
        if care_problem(an.norm.text, pred.text, pred.end):
            continue  # "los niños X son un problema de protección infantil": their welfare
        if g < pred.index and (
            (pred.code in ("X", "D") and loose_link(an, g, pred.index)) or object_pronoun(an, g)
        ):
            continue
        if g < pred.index and singular_after_comma(an, g, pred.index):
            continue  # "... deportar a los X, es una vergüenza": the plan is the shame
        if g < pred.index and reader_called(an, g, pred):
            continue  # "Respeta a los X, imbécil": the insult is for the reader spoken to
        if g < pred.index and copula_disagrees(an, g, pred.index):
            continue  # "tu odio hacia las X es patético": "es" is not said of the X
        if g < pred.index and group_cause_denied(an.units, g):
            continue  # "You're not lazy because you're an immigrant, you're lazy because ..."
        if g < pred.index and not_the_group(an, g):
            continue  # "el gobierno mexicano es un desastre"
        if g < pred.index and pred.code != "D" and member_of_a_body(an, g):
            continue  # "los X del CJNG son unos asesinos"; not "... son unos animales"
        if g < pred.index and nuisance_about_a_matter(an, g, pred):
            continue  # "my gay neighbors are a pain in the ass about parking"
        if g < pred.index and wanted_there_by_others(an, g, pred):
            continue  # "quieren al latino en la cocina, pero no en el cabildo": a complaint
        if g < pred.index and act_or_words_subject(an, g, pred.index):
            continue  # "blaming X for the shortage is lazy", "los ataques contra X fueron ..."
        if g < pred.index and blame_refused(an, g, pred.index):
            continue  # "dejen de culpar a los X de todo": what they are blamed for, refused
        if g < pred.index and contempt_for_the_act(an, g, pred):
            continue  # "Siempre culpan a los X de todo. Qué patético.": the blaming is
        if g < pred.index and post_named(an, g, pred.index):
            continue  # "the immigrant liaison post is a waste of money": the post is
        if exclaimed_thing(an, pred):
            continue  # "las X sí pueden, qué estereotipo tan flojo": the stereotype is
        if g < pred.index and comparative_object(an, g, pred):
            continue  # "el INM trata a los migrantes peor que a delincuentes"
        if g < pred.index and risk_of_being(an, g, pred):
            continue  # "ser gay en Honduras es peligroso": a danger to them
        if g < pred.index and own_subject_after_comma(an, g, pred.index):
            continue  # "married a Jewish guy, our kids are confused": the kids are
        if g < pred.index and as_if(an, g, pred.index):
            continue  # "los tratan como si fueran plaga": the writer marks it untrue
        if g < pred.index and made_to_live_so(an, g, pred):
            continue  # "los obligan a vivir como animales": how others make them live
        if pred.code == "Z" and only_belongings(an, pred):
            continue  # "refugees bring nothing but the clothes on their backs": poverty
        if pred.code == "Z" and held_refused(an, pred):
            continue  # "refugee children don't belong in cages": how they are held, refused
        if pred.code == "Z" and law_stated(an, pred):
            continue  # "los X no tienen derechos en ese estado, es la ley": the law described
        if pred.code == "Z" and on_our_condition(an, pred):
            continue  # "X will never integrate if we keep them in camps": our doing
        if pred.code == "Z" and legal_condition_after(an.norm.text, pred.end):
            continue  # "nunca serán españoles a menos que se naturalicen": the law's step
        if said_under_a_condition(an, g, pred):
            continue  # "women should stay home if they are sick": the condition, not a claim
        if g < pred.index and denied_of_them(an, pred):
            continue  # "Sobre las X: el problema no son ellas, es el sistema"
        if own_manners(an, g, pred) or counted_manners(an, g, pred):
            continue  # "We Mexicans are loud at parties", "dos católicos muy ruidosos"
        if said_to_exist(an, g, pred):
            continue  # "también hay gringos borrachos": some members, not the group
        if difficulty_explained_outside(an, pred):
            continue  # "no se integran porque no hay clases de idioma": an outside cause
        rid = "hate.derogation"
        what = f"generalisation about a protected group: {pred.text!r}"
        score = STRONG if pred.code == "D" else CLEAR
        finish(an, hits, rid, score, first, last, what)
    for first, last, idx, _m in scan(an, _INSULT_PRED, ("g", "p"), virtual=True):
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
                or (nxt.code == "P" and nxt.text in PERSON_NOUNS)  # "shitty people"
            )
        if not person or suppressed(an, first, last) or one_pointed_at(an, idx["g"]):
            continue
        if attributive(an, pred) or (idx["g"] < pred.index and object_pronoun(an, idx["g"])):
            continue
        if idx["g"] < pred.index and (
            not_the_group(an, idx["g"]) or act_or_words_subject(an, idx["g"], pred.index)
        ):
            continue
        if toward_institution(an, pred):
            continue  # "los X están resentidos con el régimen": a feeling about a government
        finish(an, hits, "hate.derogation", CLEAR, first, last,
                f"insult for a whole protected group: {pred.text!r}")  # fmt: skip
    if not hits and ("Y" in an.codes or an.lang == "es"):
        hits.extend(_sworn_noun(an))
    # Spanish verb-first order: "Merecen morir todos los X."
    if an.lang == "es":
        for base, codes in an.sentences:
            m = _VERB_FIRST.match(codes)
            if m is None or not plural_verb_first(an.units[base + m.start("p")].text):
                continue
            first, last = base + m.start("p"), base + m.end() - 1
            if not suppressed(an, first, last):
                finish(an, hits, "hate.derogation", CLEAR, first, last,
                        "generalisation about a protected group")  # fmt: skip
    for first, last, idx, _m in scan(an, _QUESTION, ("g", "p", "g2", "p2")):
        if animal_sex(an, idx.get("g", idx.get("g2", first))):
            continue  # "a bitch is a female dog": the literal word defined
        if "p2" in idx and a_few_before(an, an.units[idx["p2"]]):
            continue  # "Some criminals are Venezuelan": a few of the criminals, not the group
        asked = an.units[idx.get("p", idx.get("p2", last))]
        if asked.code == "Z" and said_of_something_else(an, asked):
            continue  # "son mexicanos de segunda generación": an ordinal, no rank, no question
        if not suppressed(an, first, last):
            finish(an, hits, "hate.derogation", CLEAR, first, last, "derogatory question")
    if not hits:
        hits.extend(_presupposed(an))
    if not hits and "?" in an.norm.text:
        hits.extend(rhetorical(an) or _who_lets(an))
    # A later sentence with no subject ("Son unos animales.", "And are vermin.") continues
    # talking about the group named before it.
    if not hits and group_before(an) and an.lang != "es":  # Spanish: see _scan_dropped
        for base, codes in an.sentences[1:]:
            m = SUBJECTLESS.match(codes)
            if m is None or an.units[base].code == "G" or an.units[base].text in POINTING:
                continue  # a demonstrative that is no group's "t": another plural noun's
            first, last = base, base + m.end() - 1
            if an.units[base + m.start("c")].text in PLURAL_COPULA and not suppressed(
                an, first, last
            ):
                hits.append(_hit(an, "hate.derogation", 0.8, first, last, "about the group"))
                break
    if not hits and group_before(an):
        hits.extend(verbless_essence(an))
    if not hits and ("g" in an.codes or "G" in an.codes):
        hits.extend(past_the_clause(an))
    if not hits and an.lang == "en" and " people" in an.norm.text:
        hits.extend(people_of_a_place(an))
    if not hits:
        hits.extend(perpetrators(an))
    if not hits and ESSENTIAL_SEARCH.search(an.norm.text):
        hits.extend(essentialist(an))
    if not hits:
        hits.extend(wished_gone(an))
    if not hits and "X" in an.codes:
        hits.extend(_how_they_are(an))
    if not hits and an.lang == "es":
        hits.extend(_fault_explained(an) or _nothing_worse(an))
    if not hits and "N" in an.codes:
        hits.extend(_none_without_fault(an))
    if not hits and "r" in an.codes:
        hits.extend(_name_vouched(an) or naming_agreed(an))
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
        score = STRONG if an.units[name].code in ("S", "D") else CLEAR
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
    for first, last, idx, m in scan(an, _SWORN_NOUN, ("g", "p")):
        base = first - m.start()
        art, swear = an.units[base + m.start("art")], an.units[base + m.start("y")]
        if art.text not in _ONE_ARTICLE or not (swear.code == "Y" or profane_word(swear)):
            continue
        noun = an.units[idx["p"]]
        whole = an.lex.lookup((*art.text.split(), *noun.text.split()))  # "una broma"
        if not any(
            e is not None and any(c in e.classes for c in ("X", "D", "INS", "PROF"))
            for e in (noun.entry, whole)
        ):
            continue  # "X are a fucking delight": only an insult the swear word broke up
        if not suppressed(an, first, last) and not not_the_group(an, idx["g"]):
            return [_hit(an, "hate.derogation", CLEAR, first, last, "a sworn insult")]
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
        and PLURAL_VERB_START.match(an.units[nxt].text) is not None
    )


def _presupposed(an: Analysis) -> list[Hit]:
    """A fault taken as given of a whole group (see `_PRESUPPOSED`)."""
    names = ("g", "p", "g2", "p2", "g3", "p3", "g4", "p4")
    for first, last, idx, m in scan(an, _PRESUPPOSED, names):
        base = first - m.start()
        if m.group("one") is not None and an.units[base + m.start("one")].text not in _ONE:
            continue  # only "they're animals, every one of those X"
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
        if pred.code == "X" and attributive(an, pred):
            continue
        if not suppressed(an, first, last):
            return [_hit(an, "hate.derogation", CLEAR, first, last, "a fault presupposed")]
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
        if g is None or g + 1 >= len(units) or units[g + 1].text not in WHO:
            continue
        tail = "".join(v.code for v in units[g + 2 : g + 8] if v.sentence == u.sentence)
        m = _FAULT_AFTER.match(tail)
        if m is None or units[g + 2 + m.start("n")].text not in _NOT:
            continue
        first, last = lead[0].index, g + 2 + m.end("p") - 1
        if not clause_ends(an, last) or suppressed(an, first, last, allow_negation=True):
            continue
        return [_hit(an, "hate.derogation", 0.8, first, last, "no member without the fault")]
    return []


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
        if g.code != "G" or not g.has("G") or (plural_group(g) and not one):
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
            if j >= end or an.units[j].code != "G" or not plural_group(an.units[j]):
                continue
            if not conduct:
                after = [x.text for x in an.units[j + 1 : min(end, j + 4)]]
                conduct = bool(after) and (after[0] in _CONDUCT or " ".join(after) in _CONDUCT)
            if conduct and not suppressed(an, k, j):
                return [_hit(an, "hate.derogation", 0.8, k, j, "a fault in how the group is")]
    return []


_EXPECT_YES = frozenset({"isn't it true that", "is not it true that"})


def _expects_yes(an: Analysis, first: int) -> bool:
    """ "¿Acaso los X no son unos parásitos?": a question that opens with "acaso" and negates
    expects a yes; the negation asserts. "acaso" asks without its "?"; English needs it."""
    if asked_by_opener(an, first):
        return True
    base = an.sentence_of(first)[0]
    return is_question(an, first) and an.units[base].text in _EXPECT_YES
