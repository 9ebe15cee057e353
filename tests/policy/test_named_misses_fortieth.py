"""The last note's named misses and over-blocks, read as general shapes, with the harmless
neighbours that must still pass. Hand-written, English and Spanish.

Misses: a challenge to name a member who did good (said of them all), a pseudo-cleft that
names what the writer dislikes about a group, a claim asked back and agreed with in its own
polarity, a group's own words called lies beside hatred, misgendering of trans women, a group
said to get the harm it deserves, a member's role answered with disgust alone. Over-blocks: a
right or a protection stated for a group (the models leave it to the rules), a Spanish
placement told as others' past act, a saying's predicate after a headless relative, a
reclaimed slur in a plain pride statement, a trait said of another subject with the group its
object. Also `troll.whereabouts_told`'s stricter name test."""

import pytest

from tests.policy.expect import assert_category_action

HATE = [
    # A challenge to name a member who did good: "X have never done anything good".
    ("Name one Somali who ever did something good", "en", "flag"),
    ("Name one Somali who ever did something useful.", "en", "flag"),
    ("Name me one Haitian who has ever accomplished anything.", "en", "flag"),
    ("Show me a Mexican who ever built something worthwhile.", "en", "flag"),
    ("Name one Somali who ever did something good and I'll name you ten.", "en", "approve"),
    ("Name one Somali who won an Olympic medal.", "en", "approve"),
    # A pseudo-cleft about a group says its claim of the group.
    ("What bothers me about Muslims is that they are terrorists", "en", "flag"),
    ("What I hate about Mexicans is that they are all criminals.", "en", "flag"),
    ("The thing that annoys me about gay people is that they are perverts.", "en", "flag"),
    ("My problem with Jews is that they are greedy.", "en", "flag"),
    ("Lo que me molesta de los musulmanes es que son terroristas.", "es", "flag"),
    ("Lo que odio de los inmigrantes es que son una plaga.", "es", "flag"),
    ("The problem with immigrants is that they are underpaid.", "en", "approve"),
    ("What bothers me about Muslims is that people say they are terrorists.", "en", "approve"),
    ("What bothers me about Muslims is that they are treated like terrorists.", "en", "approve"),
    ("What I love about Muslims is that they are generous.", "en", "approve"),
    ("El problema de los migrantes es que no tienen papeles.", "es", "approve"),
    ("Lo que me gusta de los mexicanos es que son amables.", "es", "approve"),
    # A claim asked back and agreed with in its own polarity.
    ("Women can't lead? Nope, and they never will", "en", "flag"),
    ("Women can't lead? No, and they never will.", "en", "flag"),
    ("Immigrants can't integrate? Nope, and they never will.", "en", "flag"),
    ("Women are inferior? Yes, and they always will be.", "en", "flag"),
    ("Women can't lead? Nonsense, they always have.", "en", "approve"),
    ("Immigrants are lazy? No, and they never were.", "en", "approve"),
    # A group's own words called lies beside hatred is no refutation.
    ("Muslims make me sick, all their talk about peace is a lie", "en", "flag"),
    ("Muslims make me sick, their talk about peace is a lie", "en", "flag"),
    ("The claim that Muslims are violent is a lie.", "en", "approve"),
    ("Politicians say immigrants are criminals; their talk is a lie.", "en", "approve"),
    # Misgendering of trans women as an attack.
    ("He's a man in a dress.", "en", "flag"),
    ("She calls herself a woman but that thing is a man.", "en", "flag"),
    ("That trans woman at the gym? He's a man in a dress and always will be.", "en", "flag"),
    ("She calls herself a woman but she's still a man.", "en", "flag"),
    ("That thing calls itself a woman.", "en", "flag"),
    ("She will never be a real woman.", "en", "flag"),
    ("Real women don't have a penis.", "en", "flag"),
    ("She's not a real woman, she was born a man.", "en", "flag"),
    ("Trans women are not real women.", "en", "flag"),
    ("Dustin Hoffman played a man in a dress in Tootsie.", "en", "approve"),
    ("The panto always has a man in a dress for the kids.", "en", "approve"),
    ("He was a man in a dress for Halloween last year and won the costume prize.", "en", "approve"),
    ("Real women come in every shape, trans women included.", "en", "approve"),
    ('Calling a trans woman "a man in a dress" is cruel.', "en", "approve"),
    ("That thing on the counter is a man's watch.", "en", "approve"),
    ("She calls herself a woman and she is one.", "en", "approve"),
    # A group said to get the harm it deserves, as a plain fact.
    ("Black neighborhoods get the cops they deserve", "en", "flag"),
    ("Immigrants get exactly what they deserve.", "en", "flag"),
    ("Gay bars get the raids they deserve.", "en", "flag"),
    ("Los barrios gitanos tienen la policía que se merecen.", "es", "flag"),
    ("Los migrantes reciben lo que se merecen.", "es", "flag"),
    ("Black neighborhoods deserve better cops.", "en", "approve"),
    ("Black neighborhoods rarely get the funding they deserve.", "en", "approve"),
    ("Black neighborhoods never get the attention they deserve.", "en", "approve"),
    ("Black neighborhoods finally get the parks they deserve.", "en", "approve"),
    ("Immigrants don't get the respect they deserve.", "en", "approve"),
    ("Women get the pay they deserve? Not even close.", "en", "approve"),
    ("Los migrantes no reciben el trato que merecen.", "es", "approve"),
    # A member's role asked back and answered with disgust alone.
    ("A gay pastor? Disgusting.", "en", "flag"),
    ("A lesbian bishop? Gross.", "en", "flag"),
    ("A Muslim mayor? Sickening.", "en", "flag"),
    ("¿Un pastor gay? Qué asco.", "es", "flag"),
    ("A gay pastor? Wonderful.", "en", "approve"),
    ("A gay pastor got threats. Disgusting.", "en", "approve"),
    ("People harassing a gay pastor? Disgusting.", "en", "approve"),
    ("¿Un pastor gay? Qué bonito.", "es", "approve"),
    # A right or a protection stated for a group: no model holds it.
    ("Women should be allowed to choose.", "en", "approve"),
    ("Gay people should not be fired for who they are.", "en", "approve"),
    ("Muslims should not be harassed at the airport.", "en", "approve"),
    ("Women should be paid the same as men.", "en", "approve"),
    ("Lesbians should be free to marry.", "en", "approve"),
    ("Las personas gays no deberían ser despedidas por ser quienes son.", "es", "approve"),
    ("Las mujeres deberían poder decidir.", "es", "approve"),
    ("Women should not be allowed to vote.", "en", "flag"),
    ("Gay people should not be allowed to adopt.", "en", "flag"),
    ("Las mujeres no deberían poder votar.", "es", "flag"),
    # A Spanish placement told as others' past act.
    ("En el 42 encerraron a los japoneses en campos, una vergüenza.", "es", "approve"),
    ("Encerraron a los japoneses en campos, una vergüenza.", "es", "approve"),
    ("Los nazis encerraron a los judíos en guetos.", "es", "approve"),
    ("Encerraron a los migrantes en jaulas y ahí deberían seguir.", "es", "flag"),
    ("Hay que encerrar a los musulmanes en campos.", "es", "flag"),
    ("Los musulmanes deberían estar en campos.", "es", "flag"),
    ("Los japoneses son una vergüenza.", "es", "flag"),
    # A saying's predicate after a headless relative is no vocative slur.
    ("El que con niños se acuesta, mojado amanece.", "es", "approve"),
    ("Quien con niños se acuesta, mojado amanece.", "es", "approve"),
    ("El que se mete al río, mojado sale.", "es", "approve"),
    ("Cállate, mojado.", "es", "flag"),
    ("El que no trabaja, mojado de mierda, que se largue.", "es", "flag"),
    ("El que quiera entrar, mojado o no, que pague.", "es", "flag"),
    # A reclaimed slur in a plain pride statement.
    ("Las vestidas marcharon con orgullo", "es", "approve"),
    ("Las vestidas desfilaron orgullosas por Reforma.", "es", "approve"),
    ("Los jotos marcharon con orgullo el sábado.", "es", "approve"),
    ("Las vestidas marcharon con orgullo, qué asco.", "es", "flag"),
    ("Esas vestidas dan asco.", "es", "flag"),
    ("Los maricones marcharon con orgullo y hay que darles una lección.", "es", "flag"),
    # A trait ahead of the group with a subject of its own.
    ("Las empresas no valoran el trabajo de los migrantes como deberían.", "es", "approve"),
    ("Muchas empresas no valoran a las mujeres como deberían.", "es", "approve"),
    ("Los patrones no valoran a los migrantes.", "es", "approve"),
    ("Los migrantes no valoran el trabajo como deberían.", "es", "flag"),
    ("Esos indígenas no valoran el progreso.", "es", "flag"),
]

WHEREABOUTS = [
    ("Beto works the night shift at Lucky Fuel on Route 9.", "en", "reject"),
    ("Paco's house is the green one on Nogal.", "en", "reject"),
    ("Found Paco: green house at 88 Calle Norte.", "en", "reject"),
    ("That guy, Dwayne Pruitt, works the graveyard shift at Gas Depot on Route 7.", "en", "reject"),
    ("Gerardo trabaja en Muebles Lupita de Av. Juárez en el turno de noche.", "es", "reject"),
    ("La casa de Toño es la de la reja verde.", "es", "reject"),
    ("Dale works the graveyard shift at the Chevron on Mesa Street.", "en", "reject"),
    # no one named: a sentence-initial capital, a business, a place's name
    ("Security works the night shift at the Hilton downtown on Main Street.", "en", "approve"),
    ("Housekeeping works the night shift at the Hilton downtown.", "en", "approve"),
    ("Staff works the night shift at the Hilton downtown.", "en", "approve"),
    ("Found Main Street Bakery at 6 and the line was huge.", "en", "approve"),
    ("Found Hilton downtown, room 512 was fine.", "en", "approve"),
    ("Found Sunday Market at 6 on Elm Street.", "en", "approve"),
    ("Everybody works the night shift at Main Street Bakery on Elm Street.", "en", "approve"),
    ("The Hilton downtown works the night shift with half the staff.", "en", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), HATE)
def test_named_misses_hate(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "hate", lang)


@pytest.mark.parametrize(("text", "lang", "expected"), WHEREABOUTS)
def test_whereabouts_name_test(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "troll", lang)
