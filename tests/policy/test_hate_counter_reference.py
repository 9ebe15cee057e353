"""Counter-reference in English and Spanish: a comment that names hateful words in order to
refuse them. Someone else's name-calling in any person or tense ("quien llama X a los Y",
"nunca llames", "que le llamen X", "se les llama X", "dejen de decirles X"), a naming refused
behind a modal ("you need to stop calling", "hay que dejar de llamar", "no deberías llamar"),
"stop referring to X as", "don't you dare say", "por pensar que", a denial then "stop saying
that" / "deja de decir eso", and a group's name-calling told ("if you call women b*s").
Near misses keep the writer's own claim: the bare order ("Call X vermin.", "Llama ratas a
..."), the writer's plan ("we should call"), the naming called right ("Calling X Y is the
truth"), and a claim made after the refused naming ("stop calling them people, they are
animals", "dejen de llamarlos ratas, son una plaga", "..., aunque lo son"). Our own
examples."""

import pytest

from tests.policy.expect import by_lang, rules_flagging

APPROVE_EN = [
    "You need to stop calling refugees parasites.",
    "We have to stop calling Muslims savages.",
    "You must stop calling lesbians disgusting.",
    "Please stop referring to disabled people as burdens.",
    "Never describe immigrants as an infestation.",
    "Don't you dare say Jews are the scum of the earth.",
    "Don't ever claim that black people are less than human.",
    "Gay men are not perverts, stop saying that.",
    "Trans women aren't freaks. Stop calling them that.",
    "Women are not whores, so please stop repeating it.",
    "People call immigrants vermin because they are poor, and it is wrong.",
    "If you call women bitches, you are a misogynist.",
    "Anyone who calls lesbians dykes should be ashamed.",
]

FLAG_EN = [
    "Call immigrants vermin.",
    "We should call refugees parasites.",
    "Calling Muslims terrorists is just the truth.",
    "Saying that black people are criminals is simply true.",
    "You need to stop calling them people, they are animals.",
    "Don't say they are humans, they are animals.",
    "Stop calling them monkeys, because that's what they are.",
    "Stop referring to women as people, they are property.",
    "Women are whores, stop saying otherwise.",
    "I call women bitches.",
    "People call immigrants vermin because that's what they are.",
    "Stop calling refugees parasites, even though they are.",
]

APPROVE_ES = [
    "Odio cuando la gente llama parásitos a los refugiados.",
    "Quien llama zorras a las mujeres es un cerdo.",
    "Cualquiera que llame monos a los negros es un ignorante.",
    "Jamás llames maricones a los gays.",
    "Nadie merece que le llamen maricón.",
    "Me duele que nos llamen maricones.",
    "Es injusto que a los gitanos se les llame ladrones.",
    "Es repugnante que se refieran a los judíos como ratas.",
    "Dejen de decirles ratas a los migrantes.",
    "Dejen de referirse a los discapacitados como una carga.",
    "Hay que dejar de llamar salvajes a los indígenas.",
    "Tienes que dejar de llamar animales a los gays.",
    "No deberías llamar maricones a los homosexuales.",
    "No hay que llamar sudacas a los latinoamericanos.",
    "Eres un intolerante por pensar que los musulmanes son terroristas.",
    "Te equivocas al sostener que las mujeres son inferiores.",
    "¿Por qué dirías que las mujeres no valen nada? Es horrible.",
    "Las mujeres no son putas, deja de decir eso.",
    "Las personas trans no son travelos, dejen de llamarlas así.",
    "Los gays no son enfermos. Deberías dejar de decirlo.",
]

FLAG_ES = [
    "Llama ratas a los inmigrantes.",
    "Hay que llamar ratas a los inmigrantes.",
    "Deberíamos llamar parásitos a los refugiados.",
    "Yo llamo ratas a los inmigrantes.",
    "¿No dirías que los gitanos son ladrones?",
    "Es lógico pensar que los gitanos son ladrones.",
    "¿Me equivoco al pensar que los gitanos son ladrones?",
    "Llamar terroristas a los musulmanes es decir la verdad.",
    "Dejen de llamarlos ratas, son una plaga.",
    "Tienes que dejar de llamarlos personas, son animales.",
    "Deja de referirte a las mujeres como personas, son objetos.",
    "Dejen de llamarlos ratas: son parásitos.",
    "Deja de llamarlas putas, aunque lo son.",
    "Las mujeres son putas, deja de negarlo.",
    "Llaman ratas a los inmigrantes porque eso es lo que son.",
    "Nunca llames ratas a los inmigrantes, aunque lo sean.",
]


@pytest.mark.parametrize(("text", "lang"), by_lang(APPROVE_EN, APPROVE_ES))
def test_counter_reference(text: str, lang: str) -> None:
    assert rules_flagging(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), by_lang(FLAG_EN, FLAG_ES))
def test_own_claim(text: str, lang: str) -> None:
    assert rules_flagging(text, lang)
