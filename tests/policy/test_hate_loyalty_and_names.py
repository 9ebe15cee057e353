"""Implicit hate with no slur and often no group word, English and Spanish: dual loyalty said of
"them" or "those people" ("their first loyalty is to a foreign country, not to America", "they
answer to Tel Aviv"); an expulsion whose target narrows to a people in a later clause ("deport
every pro-X student, especially the Muslim ones"); a slur or a dehumanising word defended as a
fair name ("What's wrong with calling them X?", "Why can't I call a X a X?"). Near misses that
must pass: criticism of Israel's government, a lobby's spending, Hamas as an organisation;
reports of such statements, negation, counter-speech, a thing named ("calling it a genocide").
Rules alone (the blog model is not asked). All examples are our own."""

import pytest

from moderation.policy import Submission, screen
from tests.policy.expect import by_lang, rules_flagging

HITS_EN = [
    # dual loyalty, no Jewish word
    "Their first loyalty is to a foreign country, not to America.",
    "Those people's real allegiance lies with Israel, not with this country.",
    "Their true loyalty will always be to Israel, never to the United States.",
    "You can't trust them in Congress, they answer to Tel Aviv.",
    "They all take their orders from Tel Aviv.",
    "Don't vote for any of them, they answer to Israel.",
    # expulsion narrowed to a people
    "Deport every pro-Hamas student, especially the Muslim ones.",
    "Deport all the campus protesters, especially the Arab ones.",
    "We need to expel every foreign agitator, starting with the Palestinians.",
    "Kick out every activist on that campus, particularly the Muslim ones.",
    "Round up all the gang members, especially the Mexican ones.",
    # a slur or a dehumanising word defended as a name
    "What's wrong with calling them animals?",
    "So what's wrong with calling them cockroaches?",
    "Why can't we call them what they are, vermin?",
    "There's nothing wrong with calling them parasites.",
    "Can't we just call them animals?",
    "Why can't I call a savage a savage?",
    "Since when is it wrong to call them savages?",
    "What is wrong with calling Mexicans wetbacks?",
]

HITS_ES = [
    "Su primera lealtad es con un país extranjero, no con España.",
    "Su verdadera lealtad es con Israel y no con México.",
    "No se puede confiar en ellos, responden a Tel Aviv.",
    "Todos ellos reciben órdenes de Israel.",
    "Deporten a todos los estudiantes pro-Hamás, sobre todo a los musulmanes.",
    "Hay que expulsar a todos los agitadores del campus, empezando por los árabes.",
    "Hay que deportar a todos los manifestantes, sobre todo a los negros.",
    "¿Qué tiene de malo llamarlos animales?",
    "¿Qué tiene de malo decirles ratas?",
    "¿Por qué no puedo llamar maricón a un maricón?",
    "¿Por qué no puedo llamarle sudaca a un sudaca?",
]

PASSES_EN = [
    # Israel's government, a lobby, Hamas as an organisation
    "Israel's government is committing war crimes in Gaza.",
    "AIPAC spends millions lobbying Congress and that should be illegal.",
    "AIPAC's first loyalty is to Israel, not to America.",
    "Our senators answer to Tel Aviv's lobby money, not to voters.",
    "Netanyahu's cabinet answers to no one, and its first loyalty is to Israel, not to America.",
    "Hamas is a terrorist organisation and its leaders should be arrested.",
    "Criticising Hamas or Israel's government is not hate.",
    "My neighbours' first loyalty is to their family, not to the company.",
    # reports, negation, counter-speech
    "The flyer claimed their first loyalty is to a foreign country, not to America. "
    "That is the dual loyalty smear.",
    "It is a lie that their first loyalty is to a foreign country, not to America.",
    "Saying they answer to Tel Aviv is an antisemitic trope.",
    "They want to deport every pro-Hamas student, especially the Muslim ones.",
    "The governor wants to deport every pro-Hamas student, especially the Muslim ones, "
    "and that is bigotry.",
    "Don't deport every pro-Hamas student, especially not the Muslim ones.",
    "Deport every student who assaulted someone, especially the violent ones.",
    "Deport every visa holder who joined the riot, especially the organisers.",
    "We should ban every Hamas fundraiser, especially the ones on campus.",
    "Throw out every old chair, especially the black ones.",
    "Ban every book that mentions sex, especially the gay ones.",
    # things and political names, answered questions, reported questions
    "What's wrong with calling it a genocide?",
    "Why can't we call it an invasion of Ukraine?",
    "Why can't I call a spade a spade?",
    "What's wrong with calling Hamas terrorists?",
    "Why can't we call the Russian troops invaders?",
    "What's wrong with calling them refugees?",
    "What's wrong with calling them undocumented instead of illegal?",
    "What's wrong with calling the shooter an animal?",
    "What's wrong with calling them people, not animals?",
    "Can't we just call it a war?",
    "Why can't I call a rat a rat when he sold out his own crew?",
    "What's wrong with calling them animals? Everything. They are people.",
    "My uncle keeps asking what's wrong with calling them animals, "
    "and I keep telling him it's dehumanising.",
    '"What\'s wrong with calling them vermin?" is the kind of thing bigots say.',
]

PASSES_ES = [
    "El gobierno de Netanyahu responde a sus socios de ultraderecha.",
    "El lobby proisraelí gasta millones en el Congreso.",
    "Hamás es una organización terrorista y el gobierno de Israel comete crímenes de guerra.",
    "Decir que su primera lealtad es con Israel y no con España es un bulo antisemita.",
    "Mi lealtad es con mi familia, no con la empresa.",
    "No deporten a todos los estudiantes, sobre todo no a los musulmanes.",
    "Hay que deportar a los que cometieron delitos, sobre todo a los reincidentes.",
    "Tiren todos los muebles viejos, sobre todo los negros.",
    "¿Qué tiene de malo llamarlo genocidio?",
    "¿Por qué no podemos llamarlo invasión de Ucrania?",
    "¿Qué tiene de malo llamarlos refugiados?",
    "¿Qué tiene de malo llamarlos vecinos en vez de ratas?",
    "¿Qué tiene de malo llamar terroristas a los de Hamás?",
    "Mi tío pregunta qué tiene de malo llamarlos animales, y le digo que es deshumanizante.",
]


@pytest.mark.parametrize(("text", "lang"), by_lang(HITS_EN, HITS_ES))
def test_implicit_hate_is_flagged_by_the_rules(text, lang):
    assert [r for r in rules_flagging(text, lang, ("hate",)) if r != "hate.broad"], text


@pytest.mark.parametrize(("text", "lang"), by_lang(PASSES_EN, PASSES_ES))
def test_near_misses_pass_the_hate_rules(text, lang):
    assert rules_flagging(text, lang, ("hate",)) == [], text


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Their first loyalty is to a foreign country, not to America.", "en"),
     ("Deport every pro-Hamas student, especially the Muslim ones.", "en"),
     ("What's wrong with calling them animals?", "en"),
     ("¿Qué tiene de malo llamarlos animales?", "es")],
)  # fmt: skip
def test_implicit_shapes_only_hold(text, lang):
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    assert verdict.action == "hold", text
