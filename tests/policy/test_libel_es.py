"""Spanish libel in the phrasings the first rules missed: plurals and other tenses of the acts
("moches", "cobraba piso", "robaste"), preterites that fold like nouns ("plagió", "acosó"),
objects and parties ("se queda con las multas", "protege al Marro", "maletas de dinero"),
roles with a place or a demonstrative ("el gerente de la CFE en Ensenada", "ese reportero"),
the writer described ("el periodista que escribió esto"), and near misses that must pass (a
source, "habría", "dicen que", "está señalado", "en público", a group, opinion). Our own words."""

import pytest

from moderation.policy import Submission, screen

HITS = [
    # plurals and tenses of listed acts
    "Muy bonito todo pero el secretario de obras de Hermosillo cobra moches del diez por ciento "
    "en cada contrato.",
    "Felipe Quiroga, el de la constructora, le da moches al alcalde para quedarse con la obra.",
    "Jaime Rodríguez sigue evadiendo impuestos con sus empresas de papel.",
    "Hugo Salinas, el del noticiero, tiene cuentas en Panamá para no pagar impuestos.",
    "A ver @ruben_mx, tú plagiaste tu tesis completita, ¿con qué cara hablas de honestidad?",
    "Tú, @mariana_ggz, le robaste la tesis a tu compañera, no vengas a dar clases de ética.",
    "Esa columnista, Paola Ríos, plagia a otros periodistas sin dar crédito.",
    # preterites that fold like nouns
    "El autor plagió medio texto de un blog argentino, qué vergüenza.",
    "El diputado Ruelas acosó a su asistente y la corrió cuando lo denunció internamente.",
    # what is kept, whom one shields, how a bribe is wrapped
    "El director de Tránsito de Mexicali se queda con las multas, ni pasan por caja.",
    "El delegado de Bienestar en Oaxaca se queda con la mitad de los apoyos a los adultos mayores.",
    "La presidenta del DIF municipal se llevó las despensas a su casa y las revendió.",
    "El secretario de seguridad de Guanajuato protege al Marro, por eso nunca lo agarraron antes.",
    "El gobernador Mauricio Vila recibió maletas de dinero de las farmacéuticas.",
    "El alcalde de Celaya tiene casas en Texas pagadas con dinero del narco.",
    "Hablan mucho de transparencia, pero la secretaria de finanzas se compró tres casas con el "
    "dinero del estado.",
    "El diputado local Adrián Zavala le paga el departamento a su amante con dinero del congreso.",
    "El diputado Fonseca vive del huachicol, sus pipas salen diario de la toma de Tlahuelilpan.",
    "El jefe de la policía ministerial de Celaya vende los expedientes a los criminales.",
    "El comisionado de la policía de Zacatecas filtra los operativos al cártel.",
    "El jefe de la policía de Ciudad Juárez es socio de La Línea.",
    "Javier Ocaña es el que lleva la contabilidad del cártel en Mazatlán.",
    "Don Efrén, el de la ferretería, es el que surte de armas a los halcones.",
    "El alcalde de Chilpancingo se reunió con los jefes de Los Ardillos y pactó con ellos.",
    "La regidora Isabel Cárdenas usa el auto oficial para mover droga.",
    "El director de la preparatoria 5 consume cocaína en su oficina, los alumnos lo han visto.",
    "El autor de la nota fue despedido de El Universal por inventar entrevistas.",
    # the person: a role with a place, a demonstrative, the writer described
    "El gerente de la CFE en Ensenada se roba el cobre de las subestaciones y lo vende.",
    "Ese reportero se droga antes de salir a cuadro, se le nota.",
    "Ese tipo, el contador Villanueva, le lava el dinero a medio gabinete.",
    "El que escribió esta porquería es narco, vive en Las Quintas sin trabajar.",
    "El que escribió este artículo es un acosador, le manda mensajes asquerosos a sus alumnas.",
    "El periodista que escribió esto chantajea a los empresarios con publicar cosas si no le "
    "pagan.",
    "Aquí el autor no dice que él mismo fue halcón de joven y todavía trabaja para ellos.",
    # the frame is the writer's own, not a source; "en público" is not "publicó"
    "Concuerdo con el texto, aunque hay que decir que Genaro Castillo, el de la cámara de "
    "comercio, es prestanombres del gobernador.",
    "El senador Beltrán golpea a su esposa, por eso ella ya no sale en público.",
    "Neta, el agente Castro de la Fiscalía vende droga decomisada, lo ha hecho siempre.",
]

NEAR_MISSES = [
    "Según la FGR, el alcalde de Cajeme habría recibido sobornos de constructoras.",
    "El jefe de la policía de Nogales fue vinculado a proceso por extorsión, según informó la "
    "fiscalía estatal.",
    "Al regidor Treviño lo acusan de comprar votos, aunque él lo niega.",
    "Si es cierto que el comandante Herrera trabaja para la maña, que lo investiguen.",
    "El alcalde de Cajeme está señalado en la investigación de la UIF por lavado de dinero.",
    pytest.param(
        "Dicen que el director del penal deja salir a los reos, pero yo no tengo cómo comprobarlo.",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the blog model holds it as libel at p(flag) 0.64 (cut 0.59; held since the "
            "sixteenth session's retrain); the rules approve",
        ),
    ),
    "El senador Beltrán fue denunciado por su expareja por violencia familiar.",
    "El reportaje de Proceso documenta que el alcalde de Chilpancingo se reunió con el líder de "
    "Los Ardillos; él dijo que fue para pacificar.",
    "El presidente municipal de Cajeme es el peor alcalde que ha tenido Obregón.",
    "La política de seguridad del gobernador es corrupta y fracasada.",
    "Algunos policías cobran mordida en los retenes, eso no es ningún secreto.",
    "Los cárteles compran policías y alcaldes en todo el país.",
    "Los diputados de todos los partidos reciben moches, es una práctica que lleva décadas.",
    "Los cárteles usan camiones de carga para mover droga a la frontera.",
    "El alcalde se reunió con víctimas del crimen organizado en la plaza principal.",
    "El gobierno construyó el hospital con dinero del estado y quedó muy bien.",
    "La presidenta municipal de Uruapan pidió ayuda federal porque los Viagras la amenazaron.",
    "El comisario de Zitácuaro denunció que los Templarios le ofrecieron dinero y lo rechazó.",
    "El rector Medina no ha respondido a las críticas sobre su manejo del acoso en la universidad.",
    "No creo que el autor haya plagiado nada, las ideas se parecen porque el tema es el mismo.",
    "Esa columnista es pésima, pero acusarla de plagio sin pruebas es injusto.",
    "El diputado Fonseca es un vividor de la política, lleva 20 años cobrando sin hacer nada.",
    "Las empresas grandes usan paraísos fiscales para no pagar impuestos.",
    "Con información de la Fiscalía, el diario publicó que el tesorero se llevó doce millones.",
]


def _libel(text: str) -> bool:
    return "libel" in screen(Submission(text=text, lang="es")).categories


@pytest.mark.parametrize("text", HITS)
def test_spanish_libel_held(text: str) -> None:
    assert _libel(text)


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_spanish_near_miss_passes(text: str) -> None:
    assert not _libel(text)


def test_libel_is_held_not_rejected() -> None:
    verdict = screen(Submission(text=HITS[0], lang="es"))
    assert verdict.action.value == "hold"
