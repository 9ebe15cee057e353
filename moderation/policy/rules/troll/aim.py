"""Whether an insult word is aimed at someone in the thread (`_insult_at`): the order in which
what points it at a reader (`aim_cues`) and what turns it away (`aim_guards`, `things`, `public`,
`third_parties`) are weighed, and the fallbacks when neither decides."""

from __future__ import annotations

import re
from itertools import pairwise

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.analysis.word_senses import looks_nickname
from moderation.policy.normalize import fold_term
from moderation.policy.rules.context.thing_nouns import WEATHER, thing_noun
from moderation.policy.rules.hate.blamed_group import contempt_for_the_act
from moderation.policy.rules.profanity import holds_swear
from moderation.policy.rules.profanity_subject import said_of_a_thing
from moderation.policy.rules.troll.aim_crowd import (
    bare_bola,
    quoted_words_judged,
    verdict_on_reader,
)
from moderation.policy.rules.troll.aim_cues import (
    AT_PARTICIPANT,
    DONT_BE,
    SELF_AIMED,
    YOU_AFTER_RX,
    closing_vocative,
    demonstrative_estas,
    handle_before,
    pointed_at,
    you_after,
    you_are_before,
)
from moderation.policy.rules.troll.aim_guards import (
    about_self,
    act_after,
    article_next,
    bet_stake,
    cheer,
    counted,
    feeling,
    idiom_or_verb,
    name_is_subject,
    negated_before,
    no_reader,
    ugly_exclaimed,
)
from moderation.policy.rules.troll.animal_called import CONDUCT_ANIMALS
from moderation.policy.rules.troll.banter import PRAISE_AFTER
from moderation.policy.rules.troll.crime_doers import doers_of_a_crime
from moderation.policy.rules.troll.outsiders import outsider_by_role, stranger_in_a_story
from moderation.policy.rules.troll.public import (
    closing_word_on_public,
    exclaims_of_public,
    named_subject,
    names_public_subject,
    office_addressed,
    public_after_article,
)
from moderation.policy.rules.troll.referent import (
    exclaimed_of_another,
    said_of_a_third_party,
    seen_elsewhere,
    stranger_introduced,
)
from moderation.policy.rules.troll.things import (
    ACT_NOUNS,
    _said_of_a_thing,
    age_of_a_thing,
    crude_of_a_thing,
    exclaimed_thing,
    fact_judged,
    full_of,
    idea_judged,
    manner_or_thing,
    named_by_its_thing,
    nominal,
    opinion_of_a_thing,
    owner_of_a_thing,
    qualifies_conduct,
    there_are,
    thing_subject,
    words_aimed_subject,
    words_exclaimed,
)
from moderation.policy.rules.troll.third_parties import (
    _about_criminals,
    _third_parties,
    defined_by_deed,
    in_the_thread,
    no_one_of_the_thread,
    partisan_camp,
    people_elsewhere,
    sentence_before,
)
from moderation.policy.rules.troll.words import (
    AGE_WORDS,
    AIMING_VERBS,
    COMMENTER_CUES,
    DEGREE,
    ESTAR,
    EXCLAIM,
    EXPLETIVE_WORDS,
    PERSON_SUBJECT,
    THING_WORDS,
    YOU_NEAR,
    content_next,
    next_text,
    spoken_to,
    you,
)
from moderation.policy.rules.troll_idioms import harmless_idiom
from moderation.policy.types import Submission

_WEAK_SUBJECT = frozenset({"he", "she", "el", "este", "esta"})


def _vocative_after(an: Analysis, p: Unit, u: Unit) -> bool:
    """The word stands between commas or closes the sentence after one, past the negation
    ("ni arreglado ni madres, pendejo, ..."): a reader called it, outside the negation. Not
    "No, tontos no son": the word heads a clause that goes on."""
    text = an.norm.text
    if "," not in text[p.end : u.start]:
        return False
    nxt = an.units[u.index + 1] if u.index + 1 < len(an.units) else None
    return nxt is None or nxt.sentence != u.sentence or "," in text[u.end : nxt.start]


def insult_at(an: Analysis, u: Unit, sub: Submission) -> tuple[bool, str]:
    """Is this insult aimed at a person present (second person, vocative, the author)?"""
    strong = u.meta("INS") == "strong"
    # an insult an office-holder may be called as opinion on public conduct: any mild one, and
    # a strong one that is no swear word, slur or dehumanising word ("the senator is an
    # imbecile", "el diputado es un imbécil", "... es una rata"; not "... es un hijo de puta"):
    # an animal of greed names conduct, no lack of humanity
    profane = u.has("PROF") or holds_swear(an, u)  # "pinche pendejo", "pedazo de mierda"
    dehumanising = u.has("D") and u.text not in CONDUCT_ANIMALS
    civil = not strong or not (profane or u.has("S") or dehumanising)
    sentence = u.sentence
    prev = [an.units[k] for k in range(max(0, u.index - 4), u.index)
            if an.units[k].sentence == sentence]  # fmt: skip
    if any(p.code == "N" and not _vocative_after(an, p, u) for p in prev[-2:]):
        # "no seas pendejo" scolds; a mild word under "no seas" is advice, often teasing
        # ("no seas necio, Pedro, el puente cierra a las diez"), as "don't be silly" is
        if strong and any(p.text in DONT_BE for p in prev[-2:]):
            return True, "insult aimed at a commenter"
        return False, ""
    if (
        u.text in ACT_NOUNS
        and not _YOURS.search(an.norm.text)
        and not spoken_to(an, an.sentence_run(u.index))
    ):
        return False, ""  # "fue una payasada lo del cabildo": a deed judged, no one named
    if (
        an.lang == "es"
        and civil
        and (
            seen_elsewhere(an, u, sub.text)
            or exclaimed_of_another(an, u, sub.text)
            or stranger_introduced(an, u, sub.text)
        )
    ):
        return False, ""  # "esos mensos de la tele", "qué mentiroso el pronóstico", "la obra
        # tenía un payaso triste que ..."
    if (
        an.lang == "es"
        and looks_nickname(an.units, u.index)
        and not spoken_to(an, an.sentence_run(u.index))
    ):
        return False, ""  # "había un chino, un gordo y un flaco": nicknames of looks listed
    if an.lang == "es" and owner_of_a_thing(an, u, prev):
        return False, ""  # "el chiste del payaso", "se disfrazó de payaso": a clown, a costume
    if negated_before(an, u, prev):
        return False, ""  # "el autor no se volvió loco", "he is not an idiot"
    if profane and said_of_a_thing(an, u):
        return False, ""  # "that bill is a piece of shit": one swear word about a thing
    if u.text in THING_WORDS and not strong and said_of_a_thing(an, u):
        return False, ""  # "the new parking rules are so dumb": a policy judged, no one named
    if harmless_idiom(an, u, prev):
        return False, ""  # "como locos", "me cae gordo", "les ganamos bien feo"
    if not strong and (partisan_camp(an, u, sub) or people_elsewhere(an, u, sub)):
        return False, ""  # "chairos y fifís de acuerdo", "los prianistas de Twitter están ..."
    if words_aimed_subject(an, u):
        return False, ""  # "los chistes sobre los X son asquerosos": the jokes are
    if u.text in THING_WORDS and _blaming_judged(an, u) and no_reader(an, sub):
        return False, ""  # "Siempre culpan a los X de todo, qué patético": the blaming is
    if exclaimed_thing(an, u) and no_one_of_the_thread(an, sub):
        return False, ""  # "qué estereotipo tan viejo", in a comment aimed at no reader
    if words_exclaimed(an, u, sub.text):
        return False, ""  # "qué comentario tan ignorante": what was said is rated
    if an.lang == "es" and ugly_exclaimed(an, u, prev) and no_reader(an, sub):
        return False, ""  # "Chale, qué feo.", "Qué feas las cuentas después.": a thing, a state
    if u.text in _BEFORE_NOUN and content_next(an, u):
        return False, ""  # "la vieja casa", "el viejo puerto": an adjective of a thing
    if PRAISE_AFTER.match(an.norm.text, u.end) and (
        u.text in AGE_WORDS or (not strong and not spoken_to(an, an.sentence_run(u.index)))
    ):
        return False, ""  # "un viejo muy querido", "qué loco tan querido": said with love
    if an.lang == "es" and _praised_before(an, u, prev):
        return False, ""  # "Mi abuelo decía eso. Sabio el viejo.": a fond verdict on him
    if an.lang == "es" and age_of_a_thing(an, u, prev):
        return False, ""  # "tubería vieja", "ese cuento ya está muy viejo", "la vieja está rota"
    if an.lang == "es" and named_by_its_thing(prev):
        return False, ""  # "los de las gorditas", "la de los tamales": vendors named by their food
    if feeling(an, u, prev):
        return False, ""  # "te sientes tonto durante meses", "you feel stupid for months"
    if an.lang == "es" and manner_or_thing(an, u, prev):
        return False, ""  # "te equivocas feo", "te dije cosas feas": how it was said, or what
    if (
        prev
        and an.lang == "es"
        and (
            (prev[-1].text in ESTAR and u.text in _TOUGH)
            or (
                len(prev) >= 2
                and prev[-1].text in DEGREE
                and prev[-2].text in ESTAR
                and u.text in _TOUGH
            )
            or (prev[-1].text == "de" and u.text in ("locos", "locas"))
            or (
                len(prev) >= 2
                and prev[-1].text in WEATHER
                and prev[-2].text in _WEATHER_DETERMINERS
                and u.text in _TOUGH
                and an.norm.text[prev[-1].end : u.start] == " "
            )
        )
    ):
        return False, ""  # "está cabrón" (it's tough), "un día de locos", "el frío cabrón"
    if (
        an.lang == "es"
        and u.text in _TOUGH
        and (_weather_after(an, u) or (len(prev) == 1 and prev[0].text in _SURPRISE))
        and not _someone_in(an, u)
    ):
        return False, ""  # "Cabrón el frío de la madrugada", "Ay, cabrón, otra vez ...": the
        # cold is tough, the writer is surprised; nobody is insulted
    if an.lang == "es" and crude_of_a_thing(an, u, prev):
        return False, ""  # "qué cabrón está el calor": the heat is tough, nobody is insulted
    if an.lang == "es" and fact_judged(an, u, prev):
        return False, ""  # "qué cabrón que el gobierno gaste ...", "qué feo que la autora diga"
    if an.lang == "es" and cheer(an, u):
        return False, ""  # "¡viva México, cabrones!": a cheer to everyone
    if an.lang == "en" and (idiom_or_verb(an, u) or bet_stake(an, u)):
        return False, ""  # "a bitch of a morning", "loser buys the beers": no one is named
    if an.lang == "es" and not strong and opinion_of_a_thing(an, u, prev):
        return False, ""  # "me parece hipócrita cómo ...", "sé que parece inútil"
    if counted(an, u, prev):
        return False, ""  # "3 paletas de hielo", "por cuatro perras": things or people counted
    if prev and prev[-1].text in _MY and an.lang == "es":
        return False, ""  # "mi vieja", "mi gordita": family and endearment
    if prev and prev[-1].text in _KIN_POSSESSIVE and u.text in AGE_WORDS and an.lang == "es":
        return False, ""  # "cuiden a sus viejitos", "tus viejos": someone's parents
    if an.lang == "es" and about_self(an, u, prev):
        return False, ""  # "soy una pringada", "qué tonta soy": the writer about themself
    if (
        _about_criminals(an, u)
        or (an.lang == "es" and defined_by_deed(an, u))
        or doers_of_a_crime(an, u)
    ):
        return False, ""  # "los cárteles son unas ratas": harsh opinion of criminal groups
    if an.lang == "es" and idea_judged(an, u, prev):
        return False, ""  # "es repugnante que digas ...", "nada más asqueroso que el racismo"
    if thing_subject(an, u):
        return False, ""  # "Negarlo es repugnante", "lo de 'invasión' es asqueroso"
    if quoted_words_judged(an, u):
        return False, ""  # "the same 'I know who you are' garbage": the words quoted are
    if an.lang == "en" and _before_a_thing(an, u, prev):
        return False, ""  # "you made a mediocre novel the most popular book": the novel is
    if civil and office_addressed(an.norm.text, u.start):
        return False, ""  # "Senator, you are a pathetic old fool": an office-holder, not a reader
    if any(you(an, p) or p.code == "U" for p in prev) or (
        an.lang == "es"
        and any(p.text in YOU_NEAR and not demonstrative_estas(an, p) for p in prev[-3:])
    ):
        return True, "insult aimed at a commenter"  # "eres un...", "te ves ridícula"
    if u.text.startswith(SELF_AIMED):
        return True, "insult aimed at a commenter"
    if an.lang == "en" and any(p.text in _FIRST_SINGULAR for p in prev[-4:]):
        return False, ""  # "I am such a crybaby": the writer about themself
    if not prev and an.lang == "en" and next_text(an, u) in ("me", "myself"):
        return False, ""  # "Dumbass me forgot the parade": the writer about themself
    if (
        civil
        and not u.text.endswith("s")
        and "@" not in sub.text
        and _IN_OFFICE.match(an.norm.text, u.end)
        and not spoken_to(an, an.sentence_run(u.index))
    ):
        return False, ""  # "Un inútil en el cargo", "a clown in office": an office-holder judged
    if civil and _voted_on(prev):
        return False, ""  # "not voting for that clown again": a candidate, no reader
    if (you_are_before(an, u) or handle_before(an, u, sub.text)) and not (
        u.text in THING_WORDS and content_next(an, u)
    ):
        return True, "insult aimed at a commenter"  # "you're either a shill or stupid"
    if civil and an.lang == "es" and name_is_subject(an, sub, u):
        return False, ""  # "Saucedo es un mentiroso compulsivo": opinion of a named figure
    if civil and public_after_article(an, u) and "@" not in sub.text:
        return False, ""  # "estos payasos del cabildo", "ese inútil del alcalde": officials
    if an.lang == "es" and pointed_at(an, u, prev):
        return True, "insult aimed at a person"
    if an.lang == "es" and bare_bola(an, u, prev) and not names_public_subject(an, sub, u):
        return True, "insult hailing the thread's readers"  # "..., bola de huevones"
    if an.lang == "es" and you_after(an, u):
        return True, "insult aimed at a commenter"  # "qué asco me das", "qué idiota eres"
    if YOU_AFTER_RX.match(an.norm.text, u.end):
        return True, "insult aimed at a commenter"  # "tan bruta como tú", "even for you"
    if AT_PARTICIPANT.search(sentence_before(an, u)):
        return True, "insult aimed at a commenter or the author"  # "the guy above me is a"
    if in_the_thread(an, u):
        return True, "insult aimed at the thread's readers"  # "the idiots in this thread"
    if u.text in EXPLETIVE_WORDS:
        return False, ""  # "qué mierda", "qué asco": exasperation unless said of someone
    if there_are(an, u, prev):
        return False, ""  # "Hay ojetes en todos lados": people of a kind exist, no one is named
    if qualifies_conduct(an, u):
        return False, ""  # "Clown behavior.", "un movimiento de payaso": a deed judged
    if civil and names_public_subject(an, sub, u):
        return False, ""  # "el presidente es un idiota": opinion of an office-holder
    if not u.has("S") and (
        outsider_by_role(an, u, sub.text, sub.context.participants())
        or stranger_in_a_story(an, u, sub.text, sub.context.participants())
    ):
        return False, ""  # "la maestra de mi hijo es una bruja", "un idiota se pasó el alto"
    if civil and said_of_a_third_party(an, u, sub.text):
        return False, ""  # "el perro del vecino es un tonto", "la mentirosa fue la empresa"
    if full_of(an, u, prev):
        return False, ""  # "ese partido está lleno de ratas": who fills a body or a place
    if an.lang == "es" and _said_of_a_thing(an, u, prev):
        return False, ""  # "es una frase asquerosa", "esa teoría es vieja": a thing judged
    if an.lang == "es" and act_after(an, u):
        return False, ""  # "qué feo leer eso", "es asqueroso lo que dijo": an act judged
    if nominal(an, u, prev):
        return True, "insult used as a noun for a person"  # "la falsa esta", "es una ridícula"
    near = [p for p in prev[-3:] if p.code not in ("A", "Y") and p.text not in DEGREE]
    if near and near[-1].text in AIMING_VERBS and (u.text not in THING_WORDS or strong):
        return True, "insult aimed at a person"
    if u.text in THING_WORDS and article_next(an, u):
        return False, ""  # "qué ridículo el discurso del gobernador": said of the speech
    if u.text in THING_WORDS and exclaims_of_public(an, u, prev, sub.text):
        return False, ""  # "¿Escuchaste el discurso del gobernador? Qué ridículo."
    if (
        (prev and prev[-1].text in EXCLAIM) or (len(prev) >= 2 and prev[-2].text in EXCLAIM)
    ) and not _so_predicated(an, u, prev):
        return True, "insult aimed at a person"
    text_before = " ".join(p.text for p in prev)
    for name in sub.context.participants():
        if fold_term(name) and fold_term(name) in text_before:
            return True, "insult aimed at a named participant"
    for p in prev:
        if p.text in PERSON_SUBJECT:
            if p.text in _WEAK_SUBJECT and not strong:
                continue
            if p.text == "esta" and _written_accented(an, p, sub.text):
                continue  # "está lleno de ratas": the verb, not "this woman"
            return True, "insult aimed at a person"
    # vocative: the comment opens with the insult, or is a short jab at someone
    in_sentence = an.sentence_run(u.index)
    # A short jab is read as aimed at whoever it answers, unless it names a public subject
    # ("The senator is an idiot", "Trump is a liar"): harsh opinion on officials is allowed.
    if civil and names_public_subject(an, sub, u):
        return False, ""
    if civil and named_subject(an, sub, u) and not COMMENTER_CUES.search(an.norm.text):
        return False, ""  # "Senator Blake is a scumbag": opinion of a public figure
    if not strong and (_third_parties(an, u) or named_subject(an, sub, u)):
        return False, ""  # "Fox News hosts are idiots", "Trump is a clown": not a commenter
    if civil and closing_word_on_public(an, u, sub.text):
        return False, ""  # "... press release about the mayor lol. Clown.": the official
    if u.text not in THING_WORDS and closing_vocative(an, u):
        return True, "insult closing the comment, addressed to the reader"
    if verdict_on_reader(an, u, sub):
        return True, "a one-word verdict closing a comment said to a reader"  # "... Pathetic."
    short = len(an.units) <= 12 or (
        in_sentence and in_sentence[0].index == u.index and len(in_sentence) <= 3
    )
    if short and (u.text not in THING_WORDS or len(an.units) <= 3):
        return True, "insult"
    if u.index == 0 and an.lang == "es" and u.text not in THING_WORDS and not content_next(an, u):
        return True, "insult"  # the comment opens with it: "Hipócrita, ..."
    if strong and u.text not in THING_WORDS:
        return True, "strong insult"
    return False, ""


# English verbs that link a subject to "so <word>" ("filters are so dumb", "it looks so dumb").
_LINKING_EN = frozenset({"looks", "look", "looked", "seems", "seem", "seemed", "sounds", "sound",
                         "sounded", "feels", "feel", "felt", "gets", "got"})  # fmt: skip


def _so_predicated(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """English "so" between a linking verb and a word that also describes things ("filters are
    so dumb", "that logo looks so dumb"): a degree word in a predicate, not the exclaimed "so
    stupid!" of a retort; who the subject is, the tests after this one read."""
    if not (
        an.lang == "en"
        and u.text in THING_WORDS
        and len(prev) >= 3
        and prev[-1].text == "so"
        and (prev[-2].code == "C" or prev[-2].text in _LINKING_EN)
    ):
        return False
    subject = prev[-3]
    return subject.text in _IT or _thing_en(an, subject)


_YOU_ARE = frozenset({"you are", "youre", "ur", "you re", "are", "is", "was", "were"})
_THING_ARTICLES = frozenset({"a", "an", "the", "this", "that", "these", "those"})
# Insults that, heading a sentence before a noun for a thing, are that thing's adjective.
_THING_ONLY_BEFORE = frozenset({"dumbass", "moronic", "asinine", "braindead"})
_PLAN_WORDS = frozenset({"idea", "ideas", "plan", "plans", "policy", "policies", "bill", "bills",
                         "law", "laws", "rule", "rules", "move", "moves", "decision", "proposal",
                         "ordinance", "budget", "program", "project", "scheme", "deal", "tax",
                         "fee", "fees", "system", "mandate", "order", "ruling"})  # fmt: skip
# What a reader writes: "a stupid take", "that dumb comment" are said of its writer.
_READER_WORDS = frozenset({"take", "takes", "comment", "comments", "post", "posts", "reply",
                           "replies", "opinion", "opinions", "argument", "arguments", "point",
                           "question", "rant", "response", "answer", "thing", "things",
                           "face", "mouth", "brain", "head", "self", "ass", "life"})  # fmt: skip


_IN_OFFICE = re.compile(r"\s+(?:en el (?:cargo|puesto)|in office)\b(?! y\b| and\b)")
_VOTE_STEMS = ("vot", "elect", "reelect", "re-elect", "elig", "reelig")
_VOTE_PREPS = frozenset({"for", "against", "por", "contra", "a", "al"})
_POINTERS = frozenset({"that", "this", "the", "ese", "esa", "este", "esta", "el", "la", "aquel"})


def _voted_on(prev: list[Unit]) -> bool:
    """The insult names whom one votes for or against ("voting for that clown", "votar por
    ese payaso", "vote that idiot out"): a candidate, a public figure, not a reader."""
    if len(prev) < 2 or prev[-1].text not in _POINTERS:
        return False
    if prev[-2].text.startswith(_VOTE_STEMS):
        return True
    return len(prev) >= 3 and prev[-2].text in _VOTE_PREPS and prev[-3].text.startswith(_VOTE_STEMS)


def _before_a_thing(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """English: a word that also describes things, after an article and before a noun for a
    thing (at most one word between, "a mediocre YA novel"): an adjective of the thing, not a
    name for anyone. Not "your stupid face", "a stupid take" (a reader's words). At the head
    of a sentence no article is needed: "Stupid policy, honestly.", "Dumbass idea." judge the
    thing."""
    if u.text not in THING_WORDS and u.text not in _THING_ONLY_BEFORE:
        return False
    if (
        prev
        and prev[-1].sentence == u.sentence
        and (prev[-1].text not in _THING_ARTICLES or u.text not in THING_WORDS)
    ):
        return False
    if any(p.code == "C" or p.text in _YOU_ARE for p in prev[-4:]):
        return False  # "you are a pathetic excuse for ...": predicated of someone
    after = [x for x in an.units[u.index + 1 : u.index + 3] if x.sentence == u.sentence]
    if after and _acronym(an, after[0]):
        after = after[1:]  # "a mediocre YA novel"
    if not after or after[0].text in _READER_WORDS or after[0].has("INS"):
        return False
    if u.text in _THING_ONLY_BEFORE and after[0].text not in _PLAN_WORDS:
        return False  # "Dumbass hillbilly, ...": only a plan or a rule is judged so
    return _thing_en(an, after[0])


def _acronym(an: Analysis, x: Unit) -> bool:
    start, end = an.span(x.index, x.index)
    word = an.norm.original[start:end]
    return 2 <= len(word) <= 4 and word.isupper()


_IT = frozenset({"it", "this", "that", "its", "thats"})


def _thing_en(an: Analysis, x: Unit) -> bool:
    """A plain English noun for a thing (`thing_noun`), no stopword, written in lower case."""
    if not thing_noun(x, "en") or x.text in an.lex.stopwords.get("en", frozenset()):
        return False  # "the dumbest person on ...": "on" is no noun
    start, end = an.span(x.index, x.index)
    word = an.norm.original[start:end]
    return word[:1].islower() or (x.index == 0 and not word.isupper())


_KIN_POSSESSIVE = frozenset({"su", "sus", "tu", "tus"})
_YOURS = re.compile(r"\b(?:tuy[oa]s?|vuestr[oa]s?|de ustedes|yours|your)\b")


def _written_accented(an: Analysis, u: Unit, text: str) -> bool:
    """The writer put an accent on the word ("está"), which folding took away."""
    start, end = an.span(u.index, u.index)
    return any(c in "áéíóú" for c in text[start:end].lower())


_BEFORE_NOUN = frozenset({"viejo", "vieja", "viejos", "viejas", "pobre", "pobres"})


_FIRST_SINGULAR = frozenset({"i", "i am", "am", "im", "i was", "myself"})


def _praised_before(an: Analysis, u: Unit, prev: list[Unit]) -> bool:
    """An age word right after a word of praise and its article, opening the sentence ("Sabio
    el viejo", "Qué sabia la vieja"): the writer's fond verdict on an elder told of before."""
    if u.text not in AGE_WORDS or len(prev) < 2 or prev[-1].text not in ("el", "la"):
        return False
    praise = prev[-2]
    opening = [p for p in prev[:-2] if p.sentence == u.sentence]
    return (
        praise.code == "P"
        and praise.sentence == u.sentence
        and all(p.text in ("que", "pero", "y") for p in opening)
        and not spoken_to(an, an.sentence_run(u.index))
    )


_MY = frozenset({"mi", "mis", "nuestra", "nuestro", "nuestras", "nuestros"})


_TOUGH = frozenset({"cabron", "cabrona", "canijo", "canija", "gacho", "gacha"})
# The article a weather word (`WEATHER`) takes before a tough word describes it ("el frío
# cabrón de enero"; not "Lluvia cabrona, ...", a woman's name)
_WEATHER_DETERMINERS = frozenset({"el", "la", "un", "una", "este", "esta", "ese", "esa", "que"})
# Interjections a tough word rounds off at a sentence's opening ("¡Ay, cabrón!", "Uy, cabrón").
_SURPRISE = frozenset({"ay", "uy", "huy", "ah", "ups", "chin", "uf", "uff", "chale"})


# Hardships a tough word says are hard ("cabrón el tráfico", "cabrona la fila del puente").
_HARDSHIP = frozenset({"trafico", "fila", "examen", "precio", "chamba", "jale", "tramite",
                       "desvelada", "subida", "bajada", "camino", "renta", "dolar", "inflacion",
                       "vida", "bache", "luz", "gasolina"})  # fmt: skip
# Who a tough word is said to ("te", "eres", "vas a pasar ...").
_TO_SOMEONE = frozenset({"te", "tu", "eres", "ustedes", "usted", "vas", "tienes", "estas"})


def _weather_after(an: Analysis, u: Unit) -> bool:
    """The tough word is followed by an article and a weather word ("cabrón el frío")."""
    units = an.units
    k = u.index
    if k + 2 >= len(units):
        return False
    det, noun = units[k + 1], units[k + 2]
    return (
        det.sentence == noun.sentence == u.sentence
        and det.text in ("el", "la", "este", "esta", "ese", "esa")
        and (noun.text in WEATHER or noun.text in _HARDSHIP)
    )


def _someone_in(an: Analysis, u: Unit) -> bool:
    """The tough word's sentence speaks to someone or puts someone down ("Uy, cabrona, ni quien
    te quiera", "Ay cabrón, mira nomás quién habla"): the word is said to them."""
    near = an.units[max(0, u.index - 3) : u.index + 12]
    return any(
        x.sentence == u.sentence
        and x.index != u.index
        and (x.code == "U" or x.text in _TO_SOMEONE or x.has("INS"))
        for x in near
    ) or any(  # "mira quién habla": the one who speaks is answered
        a.text in ("quien", "quienes") and b.text in ("habla", "hablan") for a, b in pairwise(near)
    )


def _blaming_judged(an: Analysis, u: Unit) -> bool:
    """The thing word at u closes, after a comma or a full stop, a clause in which a group is
    blamed or branded by others ("Immigrants are always scapegoated, so pathetic"): contempt
    for the blaming, as `hate.derogation` reads it."""
    return any(contempt_for_the_act(an, j, u) for j in range(u.index) if an.units[j].code == "G")
