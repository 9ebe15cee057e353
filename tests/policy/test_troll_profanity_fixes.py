"""Troll and profanity families read by their shape (our own sentences, English and Spanish):
a kitchen order told of workers, a civic visit with a stated purpose, care for someone whose
workplace is known and a swear at a town pass; the kitchen taunt at a woman, a visit with no
purpose, "I know where you work", a routine named back with a warning, spelled-out swears and
"hijo de la chingada" aimed at someone are still flagged."""

import pytest

from moderation.policy import Submission, screen

from .expect import assert_rules_pass_all

# Must pass on the rules alone.
PASS = [
    ("The chef told the line cooks to get back in the kitchen", "en"),
    ("The manager yelled at the prep cooks to get back in the kitchen before the rush.", "en"),
    ("Our head chef sent the interns to get back in the kitchen and plate the desserts.", "en"),
    ("El jefe les gritó a los meseros: regresa a la cocina, que hay pedidos.", "es"),
    ("Hay que hacerle una visita al alcalde para exigir que arregle la calle", "es"),
    ("Tenemos que hacerle una visita a la diputada para entregar las firmas", "es"),
    ("Habría que hacerle una visita al regidor para pedir luminarias en el parque.", "es"),
    ("We should pay the mayor a visit at city hall to demand the potholes get fixed.", "en"),
    ("Let's pay her a visit at the council office to deliver the petition.", "en"),
    ("Vamos a hacerle una visita al gobernador para pedir que abra el hospital.", "es"),
    ("Hay que hacerles una visita a los regidores con las firmas.", "es"),
    ("The sous chef told the dishwashers to get back in the kitchen after their break.", "en"),
    ("I know you work at the clinic, stay safe", "en"),
    ("I know you work at the library, take care!", "en"),
    ("Sé que trabaja en la clínica, cuídese mucho.", "es"),
    ("Detroit is a shithole in February.", "en"),
    ("Tijuana es un asco en verano.", "es"),
    ("Acapulco es una mierda en Semana Santa.", "es"),
    ("I know you work at the fire station, take care out there", "en"),
    ("We all know you work at the ER, stay safe and thank you", "en"),
    ("Sé que trabajas en el hospital, cuídate mucho", "es"),
    ("Phoenix is a shithole in July", "en"),
    ("Juárez es una mierda en verano", "es"),
    ("Monterrey es una mierda en hora pico", "es"),
    ("Tucson is shit in August, stay indoors.", "en"),
    ("hace un calor de la chingada", "es"),
    ("el tráfico está de la chingada hoy", "es"),
    ("You leave the gym at six every night, right? Want to grab dinner after?", "en"),
    ("I leave the gym at six every night and the parking lot gets dark, so I carry a light.", "en"),
    ("Sales del gimnasio a las 6, ¿verdad? Vamos a cenar después.", "es"),
    ("Salgo del trabajo a las 7 todos los días y la calle está muy oscura, pongan luces.", "es"),
]

# Must still be flagged by the rules alone.
FLAG = [
    ("Get back in the kitchen, sweetie, nobody asked you", "en"),
    ("Regresa a la cocina, mujer, nadie te preguntó", "es"),
    ("Hay que hacerle una visita a ese periodista", "es"),
    ("Hay que hacerle una visita al alcalde", "es"),
    ("Hay que hacerle una visita a ese comentarista para que aprenda", "es"),
    ("I know where you work", "en"),
    ("Someone should pay that reporter a visit.", "en"),
    ("We should pay him a visit.", "en"),
    ("Someone should pay the mayor a visit to teach him a lesson.", "en"),
    ("She should get back in the kitchen where she belongs.", "en"),
    ("Vuelve a la cocina, nadie quiere leer a una mujer opinar de fútbol.", "es"),
    ("I know you work at the clinic, stay safe, I know where you live too.", "en"),
    ("Sé que trabajas en el hospital. Cuídate, de noche está oscuro.", "es"),
    ("@Memo hijo de la chingada", "es"),
    ("Eres una hija de la chingada", "es"),
    ("El alcalde es un hijo de la chingada", "es"),
    ("I know you work at the bank. Nice parking lot. Stay safe.", "en"),
    ("Pérez es una mierda", "es"),
    ("Gómez es un pendejo en verano", "es"),
    ("You leave the gym at six every night, right? Parking lots get dark.", "en"),
    ("Your daughter gets out of school at 3 every day, right? Would be a shame.", "en"),
    ("You jog by the river every morning. That path gets lonely.", "en"),
    (
        "Sales del trabajo a las 7 todos los días, ¿no? El estacionamiento se pone oscuro.",
        "es",
    ),
    ("Tu hija sale de la escuela a las 2, ¿verdad? Sería una pena que le pasara algo.", "es"),
    ("f-u-c-k y-o-u", "en"),
    ("you are a f.u.c.k.i.n.g idiot", "en"),
    ("eres un p.u.t.o", "es"),
    ("c h i n g a t u m a d r e", "es"),
    ("eres un hijo de la chingada", "es"),
    ("Ese güey es un hijo de la chingada", "es"),
]


@pytest.mark.parametrize(("text", "lang"), PASS)
def test_passes(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang"), FLAG)
def test_flagged(text: str, lang: str) -> None:
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    assert verdict.action != "approve", text
