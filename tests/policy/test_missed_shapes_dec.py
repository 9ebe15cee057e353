"""Shapes of violation the rules let through, in English and Spanish, with their near misses.

1. A group pinned to a bad conduct with no crime word ("The Roma always do that", "así son
   los gitanos"); a custom told with fondness, a question, a report and a denial pass.
2. A group's vice stated as its routine ("los indios se emborrachan todos los fines de
   semana", "those people are always drunk"); one person, "my uncle", "those people" that
   points back at the neighbours, and figures about alcohol pass.
3. A plural of people called a foul name ("The cops are pieces of shit"); one swear at a
   thing ("this budget is a piece of shit") passes: the policy allows a single swear for
   emphasis, and a thing is no one.
4. A visit to an official's home beside a warning ("Más le vale, o ya verá"); a visit to an
   office with its purpose, and a warning of the ballot, pass.
5. Contempt for a group closed by a judgement ("Los gitanos son lo último, qué asco");
   contempt for a council, a policy or a government passes.
6. A right taken from old people as a kind, with contempt ("they're a menace"); a road test
   for drivers over an age, or a licensing opinion with no contempt, passes.
7. After a source, the writer's own vouched claim about a bare surname ("According to the
   Sentinel, Ruiz took bribes, but I know he also beat his wife").

Our own examples. Every new hate shape holds only.
"""

import pytest

from moderation.policy import Submission, screen
from tests.policy.expect import rules_flagging

_NEW_HOLDS = frozenset(
    {"hate.habit_hinted", "hate.habit_vice", "hate.closing_contempt", "hate.en_aged",
     "hate.es_disability", "troll.veiled_threat_person"}
)  # fmt: skip

HINTED = [
    ("The Roma always do that", "en"),
    ("you know how the Gypsies are, always up to something", "en"),
    ("Gypsies are always up to something", "en"),
    ("You know how Somalis are.", "en"),
    ("Romanians will be Romanians", "en"),
    ("Honestly the Somalis always pull that.", "en"),
    ("Ya sabes cómo son los gitanos", "es"),
    ("Así son los gitanos.", "es"),
    ("Los gitanos siempre andan en algo", "es"),
    ("Los rumanos siempre andan tramando algo", "es"),
    ("Siempre andan haciendo de las suyas los gitanos", "es"),
    ("Los hondureños siempre hacen lo mismo", "es"),
    ("The Roma always do that, steal your stuff", "en"),
    ("Así son los gitanos, siempre robando", "es"),
    ("You know how the Gypsies are, lock your doors", "en"),
    ("That's what the Gypsies do.", "en"),
    ("Classic Roma move.", "en"),
    ("The Roma do that all the time", "en"),
    ("Somalis, always up to something", "en"),
    ("Los gitanos son así, siempre en algo", "es"),
    ("Eso es lo que hacen los gitanos.", "es"),
    ("My wallet went missing at the market. The Roma always do that.", "en"),
]
HINTED_TWINS = [
    ("The Roma always do that dance at weddings", "en"),
    ("Mexicans always do that, bring way too much food to a party and I love it", "en"),
    ("Do the Roma always do that at weddings?", "en"),
    ("My neighbor said the Roma always do that", "en"),
    ("It's not true that the Roma always do that", "en"),
    ("People claim Gypsies are always up to something, which is a racist myth", "en"),
    ("We Roma always do that at Easter", "en"),
    ("My cat always does that", "en"),
    ("Así son los gitanos, alegres y generosos, me encanta", "es"),
    ("¿Por qué dicen que los gitanos siempre andan en algo?", "es"),
    ("Los gitanos siempre hacen eso en las bodas, qué bonito", "es"),
    ("No es cierto que los gitanos siempre andan en algo", "es"),
    ("Mi primo siempre anda en algo", "es"),
    ("Los del cabildo siempre andan en algo", "es"),
    ("You know how the Irish are, any excuse for a song", "en"),
    ("My Mexican friends always do that, hug everyone when they arrive", "en"),
    ("Así son los mexicanos, siempre llegan tarde a las fiestas jaja", "es"),
    ("Pero bueno, así son los regios, todo lo arreglan con carne asada", "es"),
    ("Classic Mexican move, bringing extra tamales for everyone", "en"),
    ("Such a Mexican thing to do, I love it", "en"),
    ("The Roma do that all the time at weddings", "en"),
    ("Los mexicanos son así, muy cariñosos", "es"),
    ("They sang all night at the funeral. The Irish always do that.", "en"),
    ("Singing at funerals? That's what the Irish do.", "en"),
    ("Bailar flamenco es lo que hacen los gitanos", "es"),
    ("Cantaron toda la noche en el velorio. Eso es lo que hacen los irlandeses.", "es"),
]

VICE = [
    ("those people are always drunk", "en"),
    ("The Irish get drunk every weekend", "en"),
    ("Mexicans drink every single night", "en"),
    ("All those people ever do is drink", "en"),
    ("These people are always high", "en"),
    ("Gypsies are constantly drunk", "en"),
    ("los indios se emborrachan todos los fines de semana", "es"),
    ("siempre andan borrachos esos indios", "es"),
    ("esa gente siempre anda borracha", "es"),
    ("Los indios siempre andan pedos", "es"),
    ("Los gitanos se la pasan borrachos todo el tiempo", "es"),
    ("Los indígenas nomás viven para tomar", "es"),
    ("Los gitanos viven borrachos", "es"),
    ("Esos indios nomás andan de borrachos", "es"),
    ("Los indígenas toman como cosacos cada fin de semana", "es"),
    ("Natives spend every check on booze", "en"),
    ("Those people drink like fish", "en"),
    ("The Irish are always wasted", "en"),
]
VICE_TWINS = [
    ("My uncle is always drunk", "en"),
    ("Alcohol deaths are higher among Native Americans, the data says", "en"),
    ("My neighbors throw parties every night, those people are always drunk", "en"),
    ("Bars downtown are packed every weekend", "en"),
    ("Are the Irish always drunk? No, that's a stereotype", "en"),
    ("Jim gets drunk every weekend", "en"),
    ("It's a lie that Natives are always drunk", "en"),
    ("Mi tío se emborracha todos los fines de semana", "es"),
    ("Las muertes por alcohol son más altas entre los indígenas, según los datos", "es"),
    ("Los bares del centro se llenan todos los fines de semana", "es"),
    ("Mis vecinos hacen fiesta cada sábado, esa gente siempre anda borracha", "es"),
    ("Juan siempre anda pedo", "es"),
    ("Dicen que los indios siempre andan borrachos, puro racismo", "es"),
    ("Mexicans drink coffee every morning", "en"),
    ("Los gitanos siempre toman café", "es"),
    ("Los indios toman agua de jamaica todos los días", "es"),
    ("Natives spend millions on alcohol treatment programs", "en"),
    ("Those guys at the bar drink like fish", "en"),
    ("The Irish drink like fish, it's a stereotype and it's offensive", "en"),
    ("Los gitanos viven en el barrio de San Juan", "es"),
]

FOUL_PLURAL = [
    ("The cops are pieces of shit", "en"),
    ("The senators are sons of bitches", "en"),
    ("Those councilmen are pieces of shit", "en"),
    ("The inspectors were pieces of shit", "en"),
    ("Los regidores son una bola de pendejos", "es"),
    ("Los policías son unos pedazos de mierda", "es"),
    ("Los diputados son unas mierdas", "es"),
    ("Los del cabildo son unos hijos de la chingada", "es"),
]
FOUL_THING = [
    ("this budget is a piece of shit", "en"),
    ("The new parking meters are pieces of shit", "en"),
    ("The old printers are pieces of junk", "en"),
    ("este presupuesto es una mierda", "es"),
    ("el nuevo reglamento es una mierda", "es"),
    ("La obra del puente es una porquería", "es"),
    ("Los baches de la avenida están de la mierda", "es"),
    ("The new bus schedule is shit", "en"),
]

VISIT_MENACE = [
    ("Vamos a ir a visitar al alcalde a su casa. Más le vale, o ya verá", "es"),
    ("We'll pay the councilman a visit. He'd better watch it.", "en"),
    ("Le vamos a caer al diputado en su casa, más le vale que se cuide", "es"),
    ("We're going to pay that commissioner a little visit. Or else.", "en"),
    ("Hay que visitar al regidor en su casa, o si no ya verá", "es"),
    ("I'll pay the superintendent a visit. She'd better behave.", "en"),
    ("Voy a ir a su casa a ver al síndico. Ya verá.", "es"),
    ("Let's go to his house and see the alderman. He'd better watch himself.", "en"),
]
VISIT_TWINS = [
    ("vamos a ir a la junta de cabildo a exigir respuestas", "es"),
    ("We'll pay the councilman a visit at city hall to demand answers about the water.", "en"),
    ("Vamos a visitar al regidor en su oficina para entregarle las firmas", "es"),
    ("Más le vale al alcalde cumplir, o ya verá en las elecciones", "es"),
    ("The mayor had better watch it, voters remember in November", "en"),
    ("I'll visit him at his home tomorrow to drop off the casserole", "en"),
    ("We'll pay grandma a visit this weekend", "en"),
    ("Vamos a visitar a mi abuela a su casa el domingo, ya verás qué rico cocina", "es"),
]

CONTEMPT = [
    ("Immigrants are always waiting for handouts, pathetic", "en"),
    ("Those people are the worst, disgusting", "en"),
    ("These people are the lowest, gross", "en"),
    ("Muslims are always playing the victim, pathetic", "en"),
    ("Los gitanos son lo último, qué asco", "es"),
    ("Esa gente es lo peor, qué asco", "es"),
    ("Los migrantes siempre pidiendo algo, qué asco", "es"),
    ("Los hondureños nomás estirando la mano, patéticos", "es"),
]
CONTEMPT_TWINS = [
    ("the council is the worst, pathetic", "en"),
    ("This policy is the worst, disgusting", "en"),
    ("Disabled kids are always the last priority in this district, pathetic", "en"),
    (
        "It's a myth that immigrants are always waiting for handouts, pathetic that people "
        "believe it",
        "en",
    ),
    ("El cabildo es lo peor, qué asco", "es"),
    ("Los del ayuntamiento son lo último, qué asco", "es"),
    ("Este gobierno es lo peor, patético", "es"),
    ("Mis vecinos ponen música a las 3am, esa gente es lo peor, qué asco", "es"),
    ("Los migrantes siempre esperando su cita que nunca llega, qué pena", "es"),
    ("Decir que los gitanos son lo último es racista, qué asco", "es"),
]

AGED = [
    ("Old people should just lose their licenses at seventy, they're a menace", "en"),
    ("Seniors should have their licenses revoked, they are a danger to everyone", "en"),
    ("Take the keys away from old people, they're a menace", "en"),
    ("Boomers should be banned from driving, senile idiots", "en"),
    ("The elderly shouldn't be allowed to drive, they're all a hazard", "en"),
    ("Los viejos deberían perder la licencia a los setenta, son un peligro", "es"),
    ("A los ancianos hay que quitarles la licencia, son un peligro", "es"),
    ("Los adultos mayores deberían entregar las llaves, son una amenaza", "es"),
]
AGED_TWINS = [
    ("Drivers over 75 should retake the road test, like in Illinois", "en"),
    ("Seniors should lose their licenses at 85", "en"),
    ("My grandpa should give up his license, he's a danger", "en"),
    ("Should seniors lose their licenses at 85? Some say they are a danger, I disagree", "en"),
    ("Los conductores mayores de 75 deberían volver a hacer el examen, como en Illinois", "es"),
    ("Mi abuelo debería entregar las llaves, ya no ve bien", "es"),
    ("Los adultos mayores deberían renovar la licencia cada dos años", "es"),
    ("Old people are wonderful drivers, they should keep their licenses", "en"),
]

VOUCHED = [
    ("According to the Sentinel, Ruiz took bribes, but I know he also beat his wife", "en"),
    ("According to the Herald, Delgado took kickbacks, but I know he also beats his kids", "en"),
    ("Según El Sol, Ruiz recibió sobornos, pero yo sé que también golpeaba a su esposa", "es"),
    ("Según el Diario, Ibarra desvió fondos, pero yo sé que además le pega a su esposa", "es"),
    (
        "Según el Diario, Ibarra desvió fondos, pero me consta que él también cobra moches",
        "es",
    ),
    ("As per the Ledger, Pruett rigged the bids, but I know he also stole from the church", "en"),
    ("De acuerdo con El Norte, Garza lavó dinero, pero yo sé que él también extorsiona", "es"),
    (
        "According to the Courier, Whitlock took bribes, but I know for a fact he also stole "
        "from the pension fund",
        "en",
    ),
]
VOUCHED_TWINS = [
    ("According to the Sentinel, Ruiz took bribes", "en"),
    ("Según El Sol, Ruiz recibió sobornos", "es"),
    ("According to the Sentinel, Ruiz won the election, and I know he also loves his wife", "en"),
    (
        "According to the Sentinel, Ruiz took bribes, and the Herald reports he also beat his wife",
        "en",
    ),
    ("Según El Sol, Ruiz ganó la elección, y yo sé que también quiere a su esposa", "es"),
    ("According to the Sentinel, Ruiz opened a bakery, but I know he also sells tamales", "en"),
    ("Según el Diario, Ibarra inauguró el parque, pero yo sé que él también lo diseñó", "es"),
    ("According to the Ledger, Pruett won the bid, but I know he also paid his taxes", "en"),
]


def _findings(text: str, lang: str) -> list[tuple[str, str]]:
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    return [(f.rule, f.action.value) for f in verdict.findings]


def _held_only(text: str, lang: str) -> None:
    """Each new shape's finding holds and never rejects."""
    for rule, action in _findings(text, lang):
        if rule in _NEW_HOLDS:
            assert action == "hold", (text, rule)


@pytest.mark.parametrize(("text", "lang"), HINTED + VICE + CONTEMPT + AGED)
def test_group_shape_held(text: str, lang: str) -> None:
    assert rules_flagging(text, lang, ("hate",)), text
    _held_only(text, lang)


@pytest.mark.parametrize(("text", "lang"), HINTED_TWINS + VICE_TWINS + CONTEMPT_TWINS + AGED_TWINS)
def test_group_twin_passes(text: str, lang: str) -> None:
    assert rules_flagging(text, lang, ("hate",)) == [], text


@pytest.mark.parametrize(("text", "lang"), FOUL_PLURAL)
def test_plural_called_foul_name_flagged(text: str, lang: str) -> None:
    assert "profanity.aimed" in rules_flagging(text, lang, ("profanity",)), text


@pytest.mark.parametrize(("text", "lang"), FOUL_THING)
def test_swear_at_a_thing_passes(text: str, lang: str) -> None:
    assert rules_flagging(text, lang, ("profanity", "troll")) == [], text


@pytest.mark.parametrize(("text", "lang"), VISIT_MENACE)
def test_visit_with_warning_flagged(text: str, lang: str) -> None:
    assert rules_flagging(text, lang, ("troll",)), text


@pytest.mark.parametrize(("text", "lang"), VISIT_TWINS)
def test_civic_or_family_visit_passes(text: str, lang: str) -> None:
    assert rules_flagging(text, lang, ("troll", "hate")) == [], text


@pytest.mark.parametrize(("text", "lang"), VOUCHED)
def test_vouched_claim_after_source_held(text: str, lang: str) -> None:
    assert "libel.unattributed_claim" in rules_flagging(text, lang, ("libel",)), text


@pytest.mark.parametrize(("text", "lang"), VOUCHED_TWINS)
def test_sourced_or_harmless_claim_passes(text: str, lang: str) -> None:
    assert rules_flagging(text, lang, ("libel",)) == [], text
