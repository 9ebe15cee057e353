"""Spanish counter-speech, reports and over-blocks read in general shapes, and two short
Spanish hate shapes: a claim held up as a noun or an infinitive subject ("eso de que ...",
"pensar que ... es de ignorantes"), the reader's own words and feelings in the second person
("afirmas que ...", "odias a los X y ..."), a danger run by a group ("ser gay allí es
peligroso"), a treatment compared ("trata a los X peor que ..."), an ordinary wish ("solo
quieren trabajar"); and the chant with its verb left out ("X al paredón") and a disease
pinned on a group ("los X traen la peste"). Each table has its near misses. Our own
examples."""

import pytest

from moderation.policy import Submission, screen

APPROVE = [
    "Esa frase de que las mujeres son estúpidas muestra tu ignorancia.",
    "Eso de que los gitanos son ladrones es un prejuicio.",
    "Tus palabras de que los inmigrantes son escoria son vergonzosas.",
    "Lo que dijiste de que las mujeres son inútiles me ha ofendido.",
    "Estoy cansada de escuchar que las mujeres son inferiores.",
    "Dejen de tratar a los negros como animales.",
    "Pensar que los negros son inferiores es de ignorantes.",
    "Insinuar que los gays son una plaga es cruel.",
    "Afirmas que los judíos son unas ratas. No tienes razón.",
    "Según tú, los inmigrantes son escoria. Estás muy equivocado.",
    "Opinas que las mujeres no valen nada, pero estás equivocado.",
    "Odias a los gays y eso te hace mala persona.",
    "Te dan asco los inmigrantes porque eres un ignorante.",
    "El odio hacia los judíos no tiene cabida aquí.",
    "Las amenazas de matar a los inmigrantes deben ser castigadas.",
    "Es cierto que hay racismo: decir que los negros son monos es asqueroso.",
    "Ser gay en Honduras es peligroso, no es cuento.",
    "El INM trata a los migrantes peor que a delincuentes.",
    "Las personas trans en Chihuahua solo quieren trabajar tranquilas.",
    "Los migrantes solo quieren vivir en paz.",
    "Los inmigrantes llegaron al mar.",
    "Los turistas al mar.",
    'Gritaban "judíos al horno" y es repugnante.',
    "Los inmigrantes traen comida a la fiesta.",
    "Nunca me sentaría al lado de un político corrupto.",
    "Me lavo las manos después de tocar a mi perro.",
    "Los migrantes deberían conocer sus derechos.",
    "Nunca comería algo que haya tocado un gato.",
    "Los refugiados traen cultura y trabajo.",
]

FLAG = [
    "Lo de que los inmigrantes son unas ratas es verdad.",
    "La teoría de que los judíos controlan los bancos es cierta.",
    "Pensar que los gitanos son ladrones no es racismo, es realismo.",
    "¿No es normal pensar que las mujeres son inferiores?",
    "¿No te dan asco los gays?",
    "¿No odias a los judíos?",
    "Ser gay es una enfermedad.",
    "Los gitanos solo quieren robar.",
    "Los inmigrantes solo quieren vivir de ayudas.",
    "Negros al zoológico.",
    "Haitianos al mar, que naden de regreso.",
    "¡Inmigrantes a su país!",
    "Los venezolanos traen la peste.",
    "Los haitianos traen pura enfermedad.",
]


def _hate(text: str) -> list[str]:
    v = screen(Submission(text=text, lang="es"), blog_model=False)
    return [f.rule for f in v.findings if f.category == "hate"]


@pytest.mark.parametrize("text", APPROVE)
def test_not_hate(text: str) -> None:
    assert _hate(text) == []


@pytest.mark.parametrize("text", FLAG)
def test_hate(text: str) -> None:
    assert _hate(text)


def test_chant_needs_the_head_of_the_sentence() -> None:
    v = screen(Submission(text="Muchos inmigrantes mueren en el mar.", lang="es"))
    assert not [f for f in v.findings if f.category == "hate"]
