"""Threats against a group and profane abuse of it in more forms (our own sentences): the
Spanish pronominal "se merecen", a group's own future ("los X van a arder"), the verb before
its subject after "ver" ("me encantaría ver arder a los X"), violence against a group
approved as the only answer, harm promised to any member picked out by a harmless act, the
writer's verdict on "the best thing to do with X", a wish "in a perfect world", and swear
words in the writer's own voice ("I'm a fucking immigrant and proud") or as an interjection
("Damn, X have it rough"). Each table has near misses that must pass: causes of death that
are nobody's hand, plans of others reported, negation, help, and non-protected targets.
"flag" means hold or reject in the hate category."""

import pytest

from .expect import assert_category_action

SE_MERECEN = [
    ("Los judíos se merecen la muerte.", "reject"),
    ("Se merecen morir todos los gitanos.", "reject"),
    ("Las personas trans se merecen una bala.", "reject"),
    ("Los gitanos no se merecen respeto.", "flag"),
    ("Los inmigrantes se merecen respeto.", "approve"),
    ("Las mujeres se merecen lo mejor.", "approve"),
    ("Los gitanos no se merecen esto.", "approve"),
    ("Los narcos se merecen la cárcel.", "approve"),
]
GROUP_FUTURE_ES = [
    ("Los gitanos van a arder.", "reject"),
    ("Los musulmanes van a ser masacrados.", "reject"),
    ("Los judíos van a morir todos.", "reject"),
    ("Las lesbianas van a morir por mi mano.", "reject"),
    ("Van a deportar a los inmigrantes.", "approve"),
    ("Los migrantes van a morir de calor si no abren los albergues.", "approve"),
    ("Los inmigrantes van a morir en el desierto si no cambian las leyes.", "approve"),
    ("Los inmigrantes van a votar en noviembre.", "approve"),
    ("Las mujeres van a ganar la final.", "approve"),
]
SEE_IT_ES = [
    ("Me encantaría ver arder a los gitanos.", "reject"),
    ("Quiero ver morir a todos los judíos.", "reject"),
    ("Quiero morir con las mujeres de mi familia cerca.", "approve"),
    ("Me gustaría ver crecer a las mujeres del barrio.", "approve"),
]
APPROVED_HARM = [
    ("La violencia contra los gitanos es la única respuesta.", "reject"),
    ("La violencia contra las mujeres está justificada.", "reject"),
    ("Violence against Muslims is the only answer.", "reject"),
    ("Pegarle a los gitanos es divertido.", "reject"),
    ("Golpear a los inmigrantes es lo correcto.", "reject"),
    ("La violencia contra las mujeres no está justificada.", "approve"),
    ("La violencia contra los gitanos nunca es la respuesta.", "approve"),
    ("Pegarle a las mujeres nunca está justificado.", "approve"),
    ("Ayudar a los inmigrantes es lo correcto.", "approve"),
    ("Education is the only answer for immigrants.", "approve"),
    ("Helping immigrants is fun.", "approve"),
]
ANY_MEMBER = [
    ("Any immigrant who crosses my property will get shot.", "hold"),
    ("Any Muslim who walks in here is getting a beating.", "hold"),
    ("Any trans person who uses my bathroom will be shot.", "hold"),
    ("Cualquier musulmán que pise mi barrio se lleva un tiro.", "hold"),
    ("Al primer inmigrante que vea en mi calle le meto un tiro.", "hold"),
    ("Any immigrant who robs my store will get shot.", "approve"),
    ("Any immigrant who crosses the desert in July could get killed by the heat.", "approve"),
    (
        "Any gay kid who comes out at that school gets beaten, and the principal does nothing.",
        "approve",
    ),
    ("Cualquier inmigrante que cruce el río se lleva un susto.", "approve"),
]
VERDICTS_EN = [
    ("I can't wait until Muslims are all dead.", "reject"),
    ("I will not rest until Jews are gone from this earth.", "reject"),
    ("The best thing to do with gay people is kill them.", "reject"),
    ("In a perfect world, Black people would all be dead.", "reject"),
    ("Trans people should have their throats cut.", "reject"),
    ("Lo mejor que se puede hacer con los gitanos es matarlos.", "reject"),
    ("No veo la hora de que los gitanos estén todos muertos.", "reject"),
    ("Immigrants are going to die of heat if they don't open the shelters.", "approve"),
    ("I can't wait until the exams are over.", "approve"),
    ("I can't wait until immigrants are allowed to vote.", "approve"),
    ("In a perfect world, immigrants would all be citizens.", "approve"),
    ("The best thing to do with immigrants is help them.", "approve"),
]
# A verb of seeing before a group judges no one without a negative word after it; the blow
# promised in the present after "si veo a un X" is a threat.
SEEING = [
    ("Veo a muchos inmigrantes en misa los domingos.", "approve"),
    ("Si veo a un gay en apuros, lo ayudo.", "approve"),
    ("I see immigrants at church every Sunday.", "approve"),
    ("Si veo a mi hermano, le pego un abrazo.", "approve"),
    ("Le pego el cartel a la puerta.", "approve"),
    ("Veo a los gitanos como una plaga.", "reject"),
    ("I see Muslims as a threat to this country.", "reject"),
    ("Si veo a un gay besando a otro, le parto la cara.", "reject"),
]
OWN_VOICE = [
    ("I'm a fucking immigrant and proud of it.", "approve"),
    ("We are fucking immigrants and we built this town.", "approve"),
    ("Soy un pinche mexicano y a mucha honra.", "approve"),
    ("Damn, immigrants have it rough in this town.", "approve"),
    ("Fucking immigrants ruin everything.", "reject"),
    ("Damn immigrants.", "reject"),
    ("Pinches inmigrantes.", "flag"),
    ("Los gitanos son unos hijos de puta.", "flag"),
    ("You are a fucking immigrant.", "reject"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    SE_MERECEN
    + GROUP_FUTURE_ES
    + SEE_IT_ES
    + APPROVED_HARM
    + ANY_MEMBER
    + VERDICTS_EN
    + OWN_VOICE
    + SEEING,
)
def test_threat_and_profane_forms(text, expected):
    assert_category_action(text, expected, "hate")
