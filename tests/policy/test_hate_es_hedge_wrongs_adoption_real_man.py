"""Review mends of the polite Spanish hate rows (eshate15), as tables. A hedge ("No es odio,
es historia.") passes beside a wrong done to a people told outside it ("fueron perseguidos",
"les negaron sus derechos"), never for its own word ("No es discriminación, ...") nor for
"derechos" alone or a call for the act ("hay que expulsarlos"); "es preservación" is a hedge
word beside "presentación". "Un niño necesita papá y mamá" is held beside same-sex wording or
adoption refused, not beside one's own adoption, a report answered or "..., o dos mamás".
"Un hombre de verdad" is held of lesbians and feminists, not "no necesitan un hombre" nor
"nunca ha tenido un hombre" said plainly. Our own examples."""

import pytest

from tests.policy.expect import rule_action

HELD = [
    # the hedge's own word, "derechos" alone, a call for the act: no wrong told
    "Esos migrantes no deberían entrar. No es discriminación, es prevención.",
    "Esos migrantes no deberían entrar. No es xenofobia, es prevención.",
    "Esos migrantes solo vienen por los derechos que les regalamos. No es xenofobia, es "
    "prevención.",
    "Los migrantes vienen a exigir derechos que no se ganaron. No es racismo, es supervivencia.",
    "Yo no discrimino a nadie, pero esos migrantes no deberían entrar. No es odio, es prevención.",
    "Hay que expulsar a esos moros. No es odio, es prevención.",
    "Esos se merecen otra masacre. No es odio, es historia.",
    "Mi primo fue asesinado por un migrante. No es odio, es prevención.",
    "Esos migrantes asesinaron a mi vecino. No es odio, es prevención.",
    "Los gitanos no fueron perseguidos, eso es un invento. No es odio, es historia.",
    "Los gitanos no cambian nunca. No es odio, es historia.",
    # "preservación" as the hedge's word
    "Que mis hijas no se casen con indios. No es racismo, es preservación.",
    "Esos migrantes no deberían entrar. No es discriminación, es preservación.",
    # "a real man" of lesbians and feminists, or their lack of one as the cause
    "Las lesbianas solo necesitan un buen macho.",
    "Las lesbianas son mujeres que nunca han tenido un hombre.",
    "Las lesbianas son lesbianas porque nunca han probado un hombre.",
    "Las feministas nunca han tenido un hombre de verdad, por eso están así.",
    "Las feministas dicen que no necesitan un hombre, pero solo necesitan un buen macho.",
    "Las feministas no necesitan un hombre, necesitan un buen macho que las calme.",
    # adoption refused or same-sex wording before the saying
    "Los gays quieren adoptar, pero un niño necesita papá y mamá.",
    "La adopción homoparental es un error, un niño necesita papá y mamá.",
    "Que prohíban que los gays adopten, todo niño necesita papá y mamá.",
    "No dejen que esos adopten, un niño necesita papá y mamá.",
    "Las parejas gays no deberían adoptar, un niño necesita papá y mamá.",
]

PASSED = [
    # a wrong done to the people told beside the hedge
    "Los judíos fueron perseguidos y asesinados. No es odio, es historia.",
    "Los gitanos fueron perseguidos por siglos. No es odio, es historia.",
    "A los judíos los persiguieron por siglos. No es odio, es historia.",
    "Los nazis asesinaron a seis millones de judíos. No es odio, es historia.",
    "Los indígenas fueron despojados de sus tierras. No es racismo, es historia.",
    "A los chinos de Sonora los expulsaron en 1931. No es odio, es historia.",
    "Los gitanos sufrieron persecución en toda Europa. No es odio, es historia.",
    "Los negros fueron esclavizados durante siglos. No es racismo, es historia.",
    "A los afromexicanos les negaron sus derechos por décadas. No es odio, es historia.",
    # no man needed, or none had, said plainly
    "Las feministas no necesitan un hombre, necesitan igualdad salarial.",
    "Mi tía es lesbiana y nunca ha tenido un hombre en su vida, y es feliz.",
    "Muchas lesbianas nunca han tenido un hombre y viven felices.",
    "Las feministas no necesitan un hombre que las mantenga.",
    "Las lesbianas no necesitan un hombre para nada.",
    "Mi amiga lesbiana nunca ha conocido un buen hombre, todos la trataron mal.",
    # one's own adoption, the saying widened or reported and answered
    "Adopté a mi hija hace cinco años. Todo niño merece un papá y una mamá que lo quieran, o "
    "dos, o uno solo.",
    "Mi hijo es adoptado y sé que un niño necesita papá y mamá, o al menos alguien que lo quiera.",
    "Adoptamos a Luis hace tres años y sí, un niño necesita papá y mamá que lo quieran.",
    "Mis dos mamás me criaron. La gente dice que un niño necesita papá y mamá, pero se equivoca.",
    "Dos hombres adoptaron a mi primo. Mi tía dice que un niño necesita papá y mamá, pero "
    "está equivocada.",
    "Las parejas gay pueden adoptar: todo niño merece un papá y una mamá, o dos papás, o dos "
    "mamás.",
]


@pytest.mark.parametrize("text", HELD)
def test_held_as_coded_hate(text: str) -> None:
    assert rule_action(text, "es", "hate.coded") == "hold", text


@pytest.mark.parametrize("text", PASSED)
def test_coded_hate_passes(text: str) -> None:
    assert rule_action(text, "es", "hate.coded") is None, text
