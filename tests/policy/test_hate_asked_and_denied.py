"""Two shapes that state a claim about a group as the writer's own while looking like
something else, in English and Spanish. A question that blames the claim for being hateful to
say, or asks whether the writer alone holds it ("Is it racist to say that X are ...?", "¿Soy
el único que piensa que los X ...?"), a naming called right or fine ("Calling X Y is fair",
"No veo nada de malo en llamar Y a los X"); and a group denied a human ability ("X can never
lead", "Las X no saben gobernar"). Near misses: real questions and questions about a person
or a policy, the negative question that expects a yes ("Isn't it racist to say ...?"), the
question answered "yes", a naming called wrong, a report of someone else's view, a defence
of the group, a law or a circumstance ("can't vote there", "sin papeles"), history. Our own
examples."""

import pytest

from tests.policy.expect import by_lang, rules_flagging

ASKED_EN = [
    "Is it racist to say that black people are dangerous?",
    "Is it sexist to say women are stupid?",
    "Would it be homophobic to say gay men are perverts?",
    "Since when is it racist to say that Muslims are violent?",
    "Is it really wrong to think that immigrants are parasites?",
    "How is it racist to notice that gypsies are thieves?",
    "Is it racist to say that black people are dangerous? No, it's just facts.",
    "Am I the only one that thinks immigrants are parasites?",
    "I can't be the only one who thinks women are stupid.",
    "Does anybody else feel like gay people are disgusting?",
    "Did anyone else notice that Mexican immigrants are criminals?",
]

ASKED_ES = [
    "¿Es racista decir que los negros son violentos?",
    "¿Es machista decir que las mujeres son tontas?",
    "¿Está mal decir que los inmigrantes son parásitos?",
    "¿Desde cuándo es racista decir que los gitanos son ladrones?",
    "¿Es de racistas pensar que los musulmanes son peligrosos?",
    "¿Acaso es racista afirmar que los negros son violentos?",
    "¿Soy el único que piensa que los musulmanes son peligrosos?",
    "¿Soy la única que cree que los inmigrantes son unos vagos?",
    "¿A nadie más le parece que los inmigrantes son parásitos?",
    "¿Es racista decir que los gitanos son ladrones? No, es la pura verdad.",
]

ASKED_KEPT_EN = [
    "Isn't it racist to say that black people are dangerous?",
    "It is racist to say that black people are dangerous.",
    "Is it racist to say that black people are dangerous? Yes, it is.",
    "Is it racist to say that Muslims are violent? Of course, and it is false too.",
    "Is it racist to say that the mayor lied?",
    "Is it racist to say Muslims are a religious group?",
    "He asked me if it is racist to say that Muslims are violent.",
    "Is it true that crime rose after the new policy?",
    "Am I the only one who thinks the mayor lied?",
    "Am I the only one who thinks it's racist to say Muslims are savages?",
    "Am I the only one who thinks Muslims are not terrorists?",
    "My uncle says Muslims are savages. Does anyone else think that is disgusting?",
    "Did anyone else notice the column claiming refugees 'refuse to work' cited 1995 numbers?",
]

ASKED_KEPT_ES = [
    "¿No es racista decir que los negros son violentos?",
    "Es racista decir que los negros son violentos.",
    "¿Es racista decir que los negros son violentos? Sí, lo es.",
    "¿Es racista decir que el alcalde mintió?",
    "Mi profesora dice que es racista decir que los gitanos roban.",
    "Me preguntó si es racista decir que los gitanos roban.",
    "¿Es cierto que subió el crimen después de la reforma?",
    "¿Soy el único que piensa que el alcalde mintió?",
    "¿Soy el único que piensa que es racista decir que los gitanos roban?",
    "¿Soy el único que piensa que los gitanos no son ladrones?",
    "¿Soy el único que piensa que los inmigrantes trabajan duro?",
    "Mi tío dice que los gitanos son ladrones. ¿Soy la única que piensa que eso es racismo?",
    "¿Alguien más notó que la columna dice que los refugiados 'no quieren trabajar'?",
]

NAMED_EN = [
    "Calling women whores is just honest.",
    "Calling Mexicans rats is perfectly fine.",
    "There's nothing wrong with calling Mexicans wetbacks.",
    "I don't see anything wrong with calling gay people faggots.",
    "I see nothing wrong with calling immigrants animals.",
]

NAMED_ES = [
    "Llamar putas a las mujeres es lo correcto.",
    "Llamar a las mujeres putas es lo correcto.",
    "Llamarles ratas a los gitanos es decir la verdad.",
    "Llamarlas putas a las feministas está bien.",
    "No veo nada de malo en llamar sudacas a los latinos.",
    "No hay nada de malo en llamar ratas a los inmigrantes.",
    "Llamar maricones a los gays no tiene nada de malo.",
]

NAMED_KEPT_EN = [
    "Is there anything wrong with calling immigrants animals?",
    "He says there's nothing wrong with calling Mexicans rats, which is disgusting.",
    "Calling Mexicans rats is not fine.",
    "Calling Mexicans rats is wrong.",
    "Calling refugees criminals is a lie.",
    "There's nothing wrong with being gay.",
    "There's nothing wrong with calling out racism against Mexicans.",
]

NAMED_KEPT_ES = [
    "Llamar ratas a los gitanos no está bien.",
    "Llamar ratas a los gitanos es racismo.",
    "Llamar putas a las mujeres no es lo correcto.",
    "Ser gay no tiene nada de malo.",
    "No hay nada de malo en ser gitano.",
    "Mi vecino dice que no hay nada de malo en llamar ratas a los gitanos, qué vergüenza.",
]

DENIED_EN = [
    "Women can never lead.",
    "Women can't be leaders.",
    "Gay people can't raise children.",
    "Women don't know how to drive.",
    "Women will never be able to lead.",
    "Women are not capable of thinking.",
    "Why can't women ever lead?",
    "Can Muslims ever be trusted?",
]

DENIED_ES = [
    "Las mujeres nunca podrán liderar.",
    "Las mujeres no pueden liderar.",
    "Los gays no saben criar a sus hijos.",
    "Las mujeres jamás sabrán gobernar.",
    "Los gitanos nunca pueden decir la verdad.",
    "¿Por qué las mujeres no pueden liderar nunca?",
]

DENIED_KEPT_EN = [
    "Women can't vote in Saudi Arabia.",
    "Women can't lead without support from the board.",
    "Women can't lead because the board blocks them.",
    "Women are not leading most companies.",
    "Women couldn't vote until 1920.",
    "It's not true that women can't lead.",
    "Who says women can't lead?",
    "My uncle says women can't lead, and he's wrong.",
    "People think women can't lead, but they can.",
    "Women can't lead? Nonsense.",
    "Why can't women lead?",
    "Can the mayor ever be trusted?",
    "Can women ever vote there?",
    "Women can lead.",
]

DENIED_KEPT_ES = [
    "¿Por qué las mujeres no pueden liderar en la Iglesia?",
    "Las mujeres no pueden votar en ese país.",
    "Los inmigrantes no pueden trabajar sin papeles.",
    "Los inmigrantes no pueden trabajar legalmente hasta tener permiso.",
    "No es verdad que las mujeres no puedan liderar.",
    "Mi tío dice que las mujeres no saben conducir, y se equivoca.",
    "¿Quién dice que las mujeres no pueden liderar?",
    "Las mujeres sí pueden liderar.",
    "Las mujeres no pudieron votar hasta 1931.",
    "El alcalde nunca podrá gobernar con este presupuesto.",
]


@pytest.mark.parametrize(
    ("text", "lang"),
    by_lang(ASKED_EN + NAMED_EN + DENIED_EN, ASKED_ES + NAMED_ES + DENIED_ES),
)
def test_claim_held_as_own(text: str, lang: str) -> None:
    assert rules_flagging(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    by_lang(
        ASKED_KEPT_EN + NAMED_KEPT_EN + DENIED_KEPT_EN,
        ASKED_KEPT_ES + NAMED_KEPT_ES + DENIED_KEPT_ES,
    ),
)
def test_question_report_or_defence_kept(text: str, lang: str) -> None:
    assert rules_flagging(text, lang) == []
