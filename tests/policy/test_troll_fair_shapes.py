"""`troll.personal_attack` and `troll.flame_bait` on harmless comments they held: an insult
word that rates a thing in an exclamation ("qué menso estuvo ese comercial", "that logo looks
so dumb", "a mediocre novel"), the interjection "cabrón" closing an exclamation about the
weather or a match or praising how a thing is done, the writer's own blunder ("bien pendejo yo
que no leí"), the doers of a crime named by the deed ("esos desgraciados que robaron la
escuela"), a "shut up" told of someone in a story or advised for a place after a condition,
"nadie te toma en serio" as what follows from a way of arguing, a jibe's words told of the
writer's own family, "ardidos" said of a crowd elsewhere, and a verdict on an argument that
goes on to rebut it. The twins beside them, aimed at a commenter or the author, stay held.
Hand-written, English and Spanish (Mexican and US Spanish); the rules alone."""

import pytest

from moderation.policy import Submission, screen
from tests.policy.expect import assert_rules_pass_all

_RULES = ("troll.personal_attack", "troll.flame_bait")

# Held on main by one of `_RULES`; each must now pass the rules whole.
PASS = [
    # An insult word rating a thing in an exclamation, in Spanish ...
    ("Qué menso estuvo ese comercial del gobierno, nadie lo entendió.", "es"),
    ("Qué tonto se ve el nuevo logo del municipio, parece de los noventa.", "es"),
    ("Qué pendeja estuvo la película, dos horas de nada.", "es"),
    ("jajaja qué menso estuvo eso, me caí de la silla de risa", "es"),
    ("El plan de movilidad está bien pendejo, nadie pensó en los camiones.", "es"),
    # ... and the interjection closing an exclamation about a thing or the weather.
    ("Qué partido tan malo, cabrón. Dos penales regalados.", "es"),
    ("Qué calor hace hoy, cabrón, ni con el abanico.", "es"),
    ("Qué tráfico tan horrible en la 10, cabrón.", "es"),
    # The writer's own blunder, "yo" and the reason after the word; "bien cabrón" after a
    # verb of doing, praise of how it is done; a laugh owed to the one told to shut up.
    ("Bien pendejo yo que no leí la letra chiquita del contrato.", "es"),
    ("Qué menso yo por creerle al del taller.", "es"),
    ("Ese tamal de rajas estaba de poca madre, la señora cocina bien cabrón.", "es"),
    ("El morro de los Aguilar juega bien cabrón, ojalá lo vean los del Monterrey.", "es"),
    ("jaja ya cállate güey, me vas a hacer llorar de risa con tus historias del rancho", "es"),
    # English: "so" in a predicate of a thing, an adjective before a thing.
    ("That new city logo looks so dumb, like something from 1995.", "en"),
    ("That new mural looks so stupid, the old one was way better.", "en"),
    ("Congrats, you turned a mediocre YA novel into the most requested book in the county.", "en"),
    ("You keep defending a stupid ordinance that fines people for parking on their lawn.", "en"),
    # The doers of a crime, known by the deed.
    ("Ojalá se pudran en la cárcel esos desgraciados que robaron la escuela.", "es"),
    ("Hope those scumbags who robbed the food bank rot in prison.", "en"),
    # "Shut up" told of someone, or advised for a place after a condition.
    ("The parent shut up. My daughter scored twice in the second half.", "en"),
    ("He finally shut up when the judge walked in.", "en"),
    ("If you don't want your team fined, shut up during the goal kicks and cheer.", "en"),
    ("Si no quieres que multen a tu equipo, cállate en el estadio y apoya.", "es"),
    ("Si no te gusta que multen al club, cállate en los despejes y ya.", "es"),
    # "Nadie te toma en serio" as what follows from a way of arguing.
    ("Si no citas la fuente, nadie te toma en serio, así de simple.", "es"),
    (
        'lol ok, "todos los regidores son rateros". ¿Todos? Si generalizas así luego nadie te '
        "toma en serio.",
        "es",
    ),
    # A jibe's words told of the writer's own family.
    ("Mi abuela no terminó la primaria y crió a nueve hijos vendiendo tortillas en Reynosa.", "es"),
    ("Mi papá no terminó la secundaria y aun así sacó adelante el taller.", "es"),
    # "Ardidos" of a crowd elsewhere.
    ("Los del face bien ardidos porque cantó en español jaja, es música, relájense.", "es"),
    ("La afición del América anda bien ardida por la final, jaja, así es el futbol.", "es"),
    # A verdict on an argument, rebutted at once.
    ("@Chuck your argument is laughable: the state paid for the bridge, not the city.", "en"),
    (
        "@Dana your argument is irrelevant because the ordinance only covers commercial lots, "
        "not homes.",
        "en",
    ),
]

# Harsh opinion, blunt disagreement, banter and self-mockery that main already lets through:
# kept passing.
STILL_PASS = [
    ("El alcalde es un inútil, lleva tres años prometiendo arreglar los baches.", "es"),
    ("El sheriff del condado es un cobarde, no quiso dar la cara en el cabildo.", "es"),
    ("La CFE es una mafia, me cobraron 3 mil pesos por un mes que ni estuve.", "es"),
    ("@Rafa, eso es falso, los datos del censo dicen lo contrario.", "es"),
    ("@Chuy tu dato está mal, el puente se construyó en 2009, no en 2015.", "es"),
    ("jaja no manches güey, ya me hiciste reír con lo del perro del vecino.", "es"),
    ("qué onda carnal, ¿sí vas a ir a la kermés del sábado?", "es"),
    ("Soy un tonto, no leí bien la nota, pensé que era en Laredo.", "es"),
    ("Está cabrón de bueno el mole de la señora del mercado.", "es"),
    ("Sí, claro, el gobernador seguro va a bajar la gasolina, y yo soy astronauta.", "es"),
    ("Ese senador debería dedicarse a vender seguros, de política no sabe nada.", "es"),
    ("Governor Abbott is a clown and this bussing stunt proves it.", "en"),
    ("@Mike that's just wrong, the census numbers say the opposite.", "en"),
    ("I'm an idiot, didn't read the article properly, thought it was in Laredo.", "en"),
    ("Someone at the meeting called the teacher an idiot and that was out of line.", "en"),
    ("That brisket at the VFW was stupid good, seriously go get some.", "en"),
    ("If you generalize like that nobody will take you seriously, bring data.", "en"),
]

# Aimed at a commenter or the author, or bait with no argument: still held by a troll rule.
HELD = [
    ("Qué pendejo estuvo el wey de arriba.", "es"),
    ("Qué tonto se ve tu argumento, ni lo leíste.", "es"),
    ("@Chuy qué pendejo estuvo tu comentario.", "es"),
    ("Qué tonto eres, cabrón.", "es"),
    ("Qué mal juegas, cabrón.", "es"),
    ("Qué frío eres, cabrón, ni un saludo.", "es"),
    ("Esos desgraciados que comentan aquí no saben nada.", "es"),
    ("@Rafa eres de los desgraciados que robaron la escuela, ni lo niegues.", "es"),
    ("Cállate en los comentarios, pendejo.", "es"),
    ("Si no sabes, cállate en los comentarios.", "es"),
    ("Cállate en tu casa, nadie te quiere aquí.", "es"),
    ("Nadie te toma en serio, @Lalo, mejor vete.", "es"),
    ("Se nota que no terminaste la primaria, mi abuela escribe mejor.", "es"),
    ("Bien ardido andas, @Toño, jaja.", "es"),
    ("Ardidos todos ustedes los del hilo.", "es"),
    ("Más pendejo yo por contestarte.", "es"),
    ("Te crees bien cabrón, ¿verdad?", "es"),
    ("Ese wey es bien cabrón, ojalá se largue del blog.", "es"),
    ("Cállate güey, nadie te pidió tu opinión.", "es"),
    ("Ya cállate, me vas a hacer vomitar con tus pendejadas.", "es"),
    ("Eres un idiota, no sabes nada de nada.", "es"),
    ("@Chuy eres un vendido, seguro te pagan por comentar.", "es"),
    ("Quien escribió este artículo es un pendejo.", "es"),
    ("You are so dumb.", "en"),
    ("This guy is so dumb.", "en"),
    ("Lol you look so dumb", "en"),
    ("You are a pathetic excuse for a reporter.", "en"),
    ("Wow. Just wow. You really are the dumbest person on the internet.", "en"),
    ("Shut your stupid mouth, @Kevin.", "en"),
    ("Just shut up already.", "en"),
    ("If you don't like it, shut up in the comments.", "en"),
    ("My grandma writes better than you, and she never finished grade school.", "en"),
    ("@Chuck your argument is laughable, like you.", "en"),
    ("Your comments are worthless: nobody reads them, loser.", "en"),
    ("You're a paid shill, @Mike.", "en"),
    ("The author of this article is a moron who can't write.", "en"),
]


def _troll_rules(text: str, lang: str) -> set[str]:
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    return {f.rule for f in verdict.findings if str(f.action) != "approve"}


@pytest.mark.parametrize(("text", "lang"), PASS + STILL_PASS)
def test_harmless_shape_passes(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_attack_twin_held(text: str, lang: str) -> None:
    found = _troll_rules(text, lang)
    assert found & {*_RULES, "troll.brush_off", "troll.crowd_verdict"}, (text, found)
