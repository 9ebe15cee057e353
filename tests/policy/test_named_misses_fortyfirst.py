"""The forty-first note's named misses, read as general shapes, with the harmless neighbours
that must still pass. Hand-written, English and Spanish.

Threats (`hate.vowed`): the writer going to a house of worship or a group's venue to harm the
people there, a group thrown somewhere that kills, getting rid of a group after a time word or
as a wish, every member the writer meets promised a bad end. Claims (`hate.plain_claim`): a
group said to bring nothing good, denied equal standing after a modal, a protected trait called
disgusting. A claim asked back and affirmed by pointing at its victims, or answered by the
writer in agreement (Spanish accents read), and Mexican "puto" as a noun for a gay man
(`hate.es_puto`), not the swear word that intensifies a noun."""

import pytest

from tests.policy.expect import assert_category_action

HATE = [
    # 1. The writer going to a house of worship (or a group's venue) to harm the people there.
    ("Mañana voy a la sinagoga a matarlos a todos", "es", "flag"),
    ("El viernes voy a ir a la mezquita a balearlos.", "es", "flag"),
    ("Vamos al bar gay a golpear a todos.", "es", "flag"),
    ("Tomorrow I'm going to the synagogue to kill them all.", "en", "flag"),
    ("We are going to the mosque on Friday to shoot everyone.", "en", "flag"),
    ("Mañana voy a la sinagoga a rezar con todos.", "es", "approve"),
    ("Voy a la mezquita a ayudarlos a todos con la mudanza.", "es", "approve"),
    ("Voy a la iglesia a matar el tiempo antes de la boda.", "es", "approve"),
    ("I'm going to the synagogue to kill time before the wedding.", "en", "approve"),
    ("We are going to the mosque to help them all after the flood.", "en", "approve"),
    ("Voy a la iglesia a matarlos de risa con mis chistes.", "es", "approve"),
    # 2. A claim asked back and affirmed by pointing at its victims; people set against it rebut.
    ("Muslims are dangerous? Tell that to the victims.", "en", "flag"),
    ("Gypsies are thieves? Tell that to the families of the victims.", "en", "flag"),
    ("¿Los musulmanes son peligrosos? Díselo a las víctimas.", "es", "flag"),
    ("¿Los gitanos son ladrones? Pregúntale a la gente que robaron.", "es", "flag"),
    ("Muslims are dangerous? Tell that to the doctors who saved you", "en", "approve"),
    ("Mexicans are lazy? Tell that to the crews roofing in July.", "en", "approve"),
    ("¿Los musulmanes son peligrosos? Díselo a los médicos que te salvaron.", "es", "approve"),
    # 3. A group said to bring nothing good.
    ("Immigrants bring nothing good", "en", "flag"),
    ("Somalis have brought nothing good to this town.", "en", "flag"),
    ("The Haitians moved in last year. They bring nothing but misery.", "en", "flag"),
    ("Nothing good ever comes from Muslims.", "en", "flag"),
    ("Los inmigrantes no traen nada bueno.", "es", "flag"),
    ("De los marroquíes no sale nada bueno.", "es", "flag"),
    ("Haitians moved in. Nothing good comes from people like that.", "en", "flag"),
    ("The council met again. Nothing good comes from that crowd.", "en", "approve"),
    ("Refugees arrived with nothing.", "en", "approve"),
    ("It's a lie that immigrants bring nothing good.", "en", "approve"),
    ("The new law brings nothing good for immigrants.", "en", "approve"),
    ("Los migrantes llegan sin nada.", "es", "approve"),
    ("Los refugiados no traen nada más que lo puesto.", "es", "approve"),
    # 4. A group denied equal standing after a modal.
    ("Gays should not be treated as equals", "en", "flag"),
    ("Women should never be treated as our equals.", "en", "flag"),
    ("We should stop treating Muslims as equals.", "en", "flag"),
    ("Los gitanos no deberían ser tratados como iguales", "es", "flag"),
    ("Hay que dejar de tratar a las mujeres como iguales.", "es", "flag"),
    ("Women should not be treated as lesser.", "en", "approve"),
    ("Immigrants should not be treated as criminals.", "en", "approve"),
    ("Women should be treated as equals.", "en", "approve"),
    ("Women were not treated as equals in the 1950s.", "en", "approve"),
    ("Las mujeres deberían ser tratadas como iguales.", "es", "approve"),
    ("¿Por qué las mujeres no deberían ser tratadas como iguales?", "es", "approve"),
    ("Why should gays not be treated as equals?", "en", "approve"),
    ("Los migrantes no deberían ser tratados como criminales.", "es", "approve"),
    # 5. A protected trait called disgusting or an abomination.
    ("Being gay is disgusting", "en", "flag"),
    ("Homosexuality is an abomination.", "en", "flag"),
    ("Two men kissing is disgusting.", "en", "flag"),
    ("La homosexualidad es una aberración.", "es", "flag"),
    ("Ser lesbiana es repugnante.", "es", "flag"),
    ("Being gay is not disgusting.", "en", "approve"),
    ("Homosexuality is not a disease.", "en", "approve"),
    ("Being homophobic is disgusting.", "en", "approve"),
    ("Saying that being gay is disgusting is bigotry.", "en", "approve"),
    ("Being treated like that is disgusting.", "en", "approve"),
    ("Decir que la homosexualidad es una enfermedad es mentira.", "es", "approve"),
    # 6. A group thrown somewhere that kills, in the writer's or a command's voice.
    ("Voy a tirar a los inmigrantes al mar", "es", "flag"),
    ("Tiraremos a los gitanos al río.", "es", "flag"),
    ("We'll toss the Muslims off a bridge.", "en", "flag"),
    ("Throw the gays off the roof.", "en", "flag"),
    ("Los traficantes tiran a los migrantes al mar.", "es", "approve"),
    ("Voy a tirar la basura al contenedor.", "es", "approve"),
    ("I'm going to throw the ball into the river for the dog.", "en", "approve"),
    # 7. Getting rid of a group, after a time word or as a wish.
    ("Pronto nos desharemos de los musulmanes", "es", "flag"),
    ("Quiero deshacerme de todos los gitanos.", "es", "flag"),
    ("Ojalá nos libremos de los judíos.", "es", "flag"),
    ("One day we will be rid of the Mexicans.", "en", "flag"),
    ("Pronto nos desharemos de los prejuicios contra los gitanos.", "es", "approve"),
    ("Pronto nos desharemos de los muebles viejos.", "es", "approve"),
    ("Soon we will be free of the old rules.", "en", "approve"),
    # 8. Every member the writer meets promised a bad end.
    ("Cada gitano que se me cruce va a terminar muerto", "es", "flag"),
    ("Todo musulmán que vea por mi calle acabará en el hospital.", "es", "flag"),
    ("Every Muslim I meet is going to end up dead.", "en", "flag"),
    ("Cada migrante que cruza el desierto puede terminar muerto.", "es", "approve"),
    ("Cada gitano que conozco termina siendo mi amigo.", "es", "approve"),
    ("Every Muslim I meet ends up being my friend.", "en", "approve"),
    ("Every Black kid I see is going to end up dead if the police keep this up.", "en", "approve"),
    ("Cada migrante que veo va a terminar muerto si no cambian las leyes.", "es", "approve"),
    # 9. A question answered by the writer in agreement with it (accents read).
    ("¿Las mujeres no pueden mandar? No, y nunca podrán.", "es", "flag"),
    ("¿Las mujeres no pueden mandar? No pueden y nunca podrán.", "es", "flag"),
    ("¿Los gitanos no saben trabajar? No, ni nunca sabrán.", "es", "flag"),
    ("Women can't lead? They can't, and they never will.", "en", "flag"),
    ("¿Las mujeres no pueden mandar? Claro que pueden, y siempre han podido.", "es", "approve"),
    # 10. "puto" as a noun for a gay man, not the swear word that intensifies a noun.
    ("Ese puto de tu amigo se viste de rosa.", "es", "flag"),
    ("Mira a ese puto, anda de la mano con su novio.", "es", "flag"),
    ("Eres un puto, seguro te gustan los hombres.", "es", "flag"),
    ("Puro puto en el gimnasio, qué asco.", "es", "flag"),
    ("el puto tráfico otra vez", "es", "approve"),
    ("Ese puto árbitro no vio el penal.", "es", "approve"),
    ("Mi amigo gay odia el puto tráfico.", "es", "approve"),
    ("El grito de puto en el estadio es homofóbico.", "es", "approve"),
    ("Le gritaron puto por ser gay y eso es homofobia.", "es", "approve"),
    ("Qué puto calor hace hoy en la marcha del orgullo.", "es", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), HATE)
def test_hate(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "hate", lang)


# The swear word keeps its profanity reading: the rule only adds the hate finding.
PROFANITY = [
    ("el puto tráfico otra vez", "es", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), PROFANITY)
def test_profanity_unchanged(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "profanity", lang)
