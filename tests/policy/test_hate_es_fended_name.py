"""A writer fending off the name of a bigotry ("No es racismo, es prudencia.", "No es
homofobia, es que ...", "Es cuestión de salud pública, no de racismo.") does not talk about
the line: the short sentence neither parts the group from the trait said across it nor counts
as counter-speech. Nor does the line vouched for with what everyone says ("No lo digo yo,
lo dicen los papás", "Lo dice cualquiera que vea los números"), a knowing nod ("No hace falta
decir más") or agreement with another comment on something else. Near misses that must pass:
the name said of the line ("es racismo"), the line denied or reported, the fending-off beside
kind or neutral words. Our own sentences."""

import pytest

from .expect import assert_rules_flag, assert_rules_pass_all

HITS = [
    "No dejen que sus hijos jueguen con niños de migrantes. No es racismo, es prudencia. "
    "Traen piojos, enfermedades y malas costumbres.",
    "Los haitianos que llegaron a Tijuana traen enfermedades que ya no teníamos. No deberían "
    "dejarlos quedarse. Es cuestión de salud pública, no de racismo.",
    "Lo de los gays en el ejército no es buena idea. No es homofobia, es que esa gente no "
    "tiene la disciplina ni la fortaleza.",
    "En la sierra los indígenas tienen más hijos que nosotros, y así nos van a sustituir. "
    "Lo dice cualquiera que vea los números.",
    "No es racismo, los hondureños son unos flojos.",
    "Los hondureños son unos flojos. ¿No es racismo? No, es la verdad.",
    "Desde que llegaron los hondureños la colonia cambió. No lo digo yo, lo dicen todos. "
    "Esa gente no quiere trabajar.",
    "Desde que llegaron los senegaleses el barrio huele distinto y nadie se siente seguro. "
    "No hace falta decir más.",
    "El albergue está mal planeado, en eso coincido con el comentario de arriba. Pero el "
    "problema es otro: los haitianos son como plaga, se reproducen sin control.",
]

PASSES = [
    "Decir que los haitianos son sucios no es opinión, es racismo.",
    "Que los gays están enfermos no es ciencia, es homofobia.",
    "¿No es xenofobia llamar plaga a los venezolanos?",
    "Los haitianos no traen enfermedades. No es racismo, es ignorancia de quien lo dice.",
    "No es odio, es miedo: los migrantes llegan asustados y sin nada.",
    "Yo no soy racista, tengo vecinos hondureños y son buena gente.",
    "No es homofobia lo que tienen, es ignorancia. Los gays merecen respeto.",
    "Los migrantes traen enfermedades, dicen los racistas. No es verdad, es propaganda.",
    "No es racismo pedir papeles en la frontera, es la ley; los migrantes lo saben y cumplen.",
    "Los venezolanos llegaron con hambre. No es racismo decirlo, es la realidad de la crisis.",
    "No es odio, es tristeza ver cómo tratan a los haitianos en Tijuana.",
    "Las mujeres trans merecen respeto. No es ideología, es humanidad.",
    "Dicen que los haitianos son sucios. No lo digo yo, lo dicen los racistas de siempre.",
    "Los migrantes trabajan más que nadie. Lo sabe cualquiera que haya ido al campo.",
    "Los hondureños que llegan huyen de las maras. Pregúntale a cualquier policía y te dice "
    "lo mismo.",
    "Que los venezolanos no quieren trabajar es mentira. No lo digo yo, lo dicen los datos.",
    "Los haitianos huelen diferente, dicen los ignorantes. No lo digo yo, lo dicen ellos.",
    # the name denied in a question asks the reader to call it racism
    "¿No es racismo decir que los hondureños son flojos?",
    "Llamar ratas a los migrantes, ¿no es racismo?",
    "Coincido con el comentario de arriba: decir que los haitianos son como plaga es racismo.",
    "Estoy de acuerdo con el vecino que dice que los migrantes no son una plaga.",
    "Coincido con el autor: los haitianos no se reproducen como plaga, eso es un mito.",
    "Coincido con el comentario de arriba, los haitianos que llegaron son gente trabajadora.",
    "Desde que llegaron los senegaleses la feria tiene más color y música. No hace falta decir "
    "más.",
    "Coincido con el análisis: los indígenas de la sierra viven sin agua ni luz por culpa del "
    "gobierno.",
    "Los niños migrantes no tienen vacunas. No es racismo decirlo: hay que vacunarlos ya.",
]


@pytest.mark.parametrize("text", HITS)
def test_flagged_as_hate(text):
    assert_rules_flag(text, "es", "hate")


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    assert_rules_pass_all(text, "es")
