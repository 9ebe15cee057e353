"""Trolling with no insult word, in the shapes that escaped the insult rules: put-downs by
comparison ("smarter fence posts"), "nobody asked", scare quotes around the author's trade,
concern trolling, announced disruption, sealioning, a phrase pasted over and over, threats
dressed as warnings or jokes, and doxxing that sends readers to someone's door. Each comes
with the near misses that must stay approved: sharp disagreement with the argument, honest
questions (even several), thanks, jokes among regulars, quoting an attack to object to it,
criticism of public officials. Hand-written, English and Spanish."""

import pytest

from moderation.policy import Submission, screen
from tests.policy.expect import assert_category_action, held_elsewhere

CASES = [
    # (text, lang, category, expected)
    # Put-downs by comparison or stock jibe, no insult word.
    ("If being wrong were a crime, Marty, you'd be serving life.", "en", "troll", "hold"),
    ("I've met smarter doorknobs than whoever wrote this.", "en", "troll", "hold"),
    ("Arguing with Jim is like talking to a toaster.", "en", "troll", "hold"),
    ("Your brain is running on a single hamster wheel, isn't it?", "en", "troll", "hold"),
    ("Half the regulars here read the column with their lips moving.", "en", "troll", "hold"),
    ("This guy couldn't find the river with a map and a canoe.", "en", "troll", "hold"),
    ("You'd learn more from a fortune cookie than from this blog.", "en", "troll", "hold"),
    ("Si la ignorancia fuera delito, a ti te darían cadena perpetua.", "es", "troll", "hold"),
    ("Discutir contigo es como discutir con una pared.", "es", "troll", "hold"),
    ("Este no encontraría el río Bravo ni con mapa.", "es", "troll", "hold"),
    # ... but comparisons of a thing or an office, and sincere reading advice, pass.
    ("Talking to the county about potholes is like talking to a wall.", "en", "troll", "approve"),
    pytest.param(
        "The senator couldn't find a compromise with a map, and that is why the bill died.",
        "en",
        "troll",
        "approve",
        # The rules approve it (troll reads the jibe as aimed at an office); the blog model
        # holds it as libel at p(flag) 0.85 (cut 0.59).
        marks=held_elsewhere("the blog model holds it as libel at p(flag) 0.85; the rules approve"),
    ),
    (
        "I'd rather read the full report than the summary; the details matter.",
        "en",
        "troll",
        "approve",
    ),
    ("Hablar con el ayuntamiento es como hablar con la pared.", "es", "troll", "approve"),
    # "Nobody asked" and worthless opinions.
    ("Nobody asked, Gary.", "en", "troll", "hold"),
    ("The fact that you think your opinion matters here is adorable.", "en", "troll", "hold"),
    ("Nobody's going to read your wall of text, Ana.", "en", "troll", "hold"),
    ("¿Y a ti quién te preguntó?", "es", "troll", "hold"),
    ("Primero aprende a escribir y luego opinas.", "es", "troll", "hold"),
    ("Vuelve cuando termines la prepa y hablamos.", "es", "troll", "hold"),
    ("¿No tienes nada mejor que hacer que comentar aquí todo el día?", "es", "troll", "hold"),
    # ... but "nobody asked, but" opens the writer's own aside, and "nobody asked the
    # residents" is about the officials.
    ("Nobody asked, but here is my two cents on the bridge tolls.", "en", "troll", "approve"),
    ("Nobody asked the residents before they closed the clinic.", "en", "troll", "approve"),
    ("Nadie le preguntó a los vecinos antes de cerrar la clínica.", "es", "troll", "approve"),
    (
        "Aprendí a escribir en esa escuela y luego opiné en el periódico local.",
        "es",
        "troll",
        "approve",
    ),
    # Mockery of the author or a commenter: scare quotes around their trade, the regular.
    ('Another gem from our "journalist" who has never crossed the bridge.', "en", "troll", "hold"),
    ('Your "facts" come from a group chat, Lou.', "en", "troll", "hold"),
    ("Every time you post, a librarian somewhere weeps.", "en", "troll", "hold"),
    ("Otra vez el de siempre con sus teorías.", "es", "troll", "hold"),
    ('Lo que escribe la "periodista" no lo firmaría ni un becario.', "es", "troll", "hold"),
    ("El autor debería dedicarse a otra cosa.", "es", "troll", "hold"),
    # ... but quotes that report or object, and praise, pass.
    ('The mayor called the reporter a "liar", which is a disgrace.', "en", "troll", "approve"),
    ('Great piece. The word "journalist" still means something here.', "en", "troll", "approve"),
    ("Every time the author writes about the river I learn something.", "en", "troll", "approve"),
    ("Gracias al autor por la nota; se nota el trabajo de campo.", "es", "troll", "approve"),
    # The readers insulted as one, and provocations.
    ("You're all sheep, every one of you.", "en", "troll", "hold"),
    ("This comment section is a landfill.", "en", "troll", "hold"),
    ("Ban me, cowards.", "en", "troll", "hold"),
    ("Anyone who disagrees is a clown.", "en", "troll", "hold"),
    ("Blog de quinta, lectores de quinta.", "es", "troll", "hold"),
    ("El que diga lo contrario es un ardido.", "es", "troll", "hold"),
    # ... but disagreement with everyone's argument, and jokes among regulars, pass.
    (
        "I think you're all wrong about the tariffs, and here is why: prices rose first.",
        "en",
        "troll",
        "approve",
    ),
    ("Pineapple on pizza is great and I will die on this hill, friends.", "en", "troll", "approve"),
    ("Todos somos responsables de cuidar el río.", "es", "troll", "approve"),
    # Concern trolling.
    ("Have you considered a break from the internet? Like, forever?", "en", "troll", "hold"),
    ("It would be better for everyone if the author stopped writing.", "en", "troll", "hold"),
    ("Le haría bien tomarse un descanso del blog, por el bien de todos.", "es", "troll", "hold"),
    ("Por el bien de la comunidad, claro.", "es", "troll", "hold"),
    # ... but real care passes.
    ("Take care of yourself, Tom, and thank you for the series.", "en", "troll", "approve"),
    (
        "El autor anunció que se tomará un descanso en agosto; lo vamos a extrañar.",
        "es",
        "troll",
        "approve",
    ),
    # Announced disruption and sockpuppet talk.
    ("I'll keep posting this on every article until someone answers.", "en", "troll", "hold"),
    ("The mods can delete it all they want, I have copies.", "en", "troll", "hold"),
    ("Every one of your comments gets reported from now on.", "en", "troll", "hold"),
    ("Same person posting as three different usernames, we all see it.", "en", "troll", "hold"),
    ("Voy a seguir preguntando lo mismo en cada nota.", "es", "troll", "hold"),
    ("Mañana te vuelvo a preguntar, y pasado también.", "es", "troll", "hold"),
    # ... but persistence with an office, and asking again politely, pass.
    (
        "I'll keep asking the council about the drainage until they fix it.",
        "en",
        "troll",
        "approve",
    ),
    ("Seguiré pidiendo al municipio que publique el presupuesto.", "es", "troll", "approve"),
    # Sealioning: questions fired at a commenter with a taunt.
    ("Which study? Which year? Who paid? Why won't you answer? I'll wait.", "en", "troll", "hold"),
    (
        "¿De dónde sacaste eso? ¿De tu primo? ¿De la tele? ¿No contestas? Lo suponía.",
        "es",
        "troll",
        "hold",
    ),
    # ... but honest questions, even many, and questions to an office, pass.
    (
        "Which study? Which year? What sample size? Could you link it? Thanks!",
        "en",
        "troll",
        "approve",
    ),
    (
        "Still waiting for the county: when? how much? who signed? why the delay?",
        "en",
        "troll",
        "approve",
    ),
    (
        "¿Cuándo abre el puente? ¿A qué hora? ¿Cobran peaje? ¿Hay fila? Gracias de antemano.",
        "es",
        "troll",
        "approve",
    ),
    # A phrase pasted over and over inside one comment.
    (
        "Lock them up now. Lock them up now. Lock them up now. Lock them up now.",
        "en",
        "troll",
        "hold",
    ),
    (
        "Read the report before commenting please. Read the report before commenting please.",
        "en",
        "troll",
        "hold",
    ),
    (
        "Fuera corruptos ya. Fuera corruptos ya. Fuera corruptos ya. Fuera corruptos ya. "
        "Fuera corruptos ya.",
        "es",
        "troll",
        "hold",
    ),
    # ... but cheers, thanks and laughter repeated pass.
    ("Gol gol gol gol gol gol, what a match!", "en", "troll", "approve"),
    ("Thank you thank you thank you thank you for this article.", "en", "troll", "approve"),
    ("Jajaja jajaja jajaja jajaja qué buena anécdota la del tío.", "es", "troll", "approve"),
    # Threats dressed as warnings, jokes or descriptions reject.
    ("Keep talking like that and you'll find out what happens.", "en", "troll", "reject"),
    (
        "Your car sits outside the gym every night, doesn't it? Just noticing.",
        "en",
        "troll",
        "reject",
    ),
    ('Someone should "accidentally" trip the councilman on the stairs.', "en", "troll", "reject"),
    ("I know your IP, buddy.", "en", "troll", "reject"),
    ("Hope you like company, Ray.", "en", "troll", "reject"),
    ("Sigue escribiendo así y vas a ver lo que te pasa.", "es", "troll", "reject"),
    ("Ya te tengo ubicado, Pepe.", "es", "troll", "reject"),
    ("Sabemos a qué escuela va tu hija.", "es", "troll", "reject"),
    ("Habría que hacerle una visita a ese comentarista.", "es", "troll", "reject"),
    # ... a joke taken back and then not holds.
    ("He'll need new tires after the meeting, jk. Unless?", "en", "troll", "hold"),
    ("Que le lluevan tomates en el mitin, es broma... o no.", "es", "troll", "hold"),
    # ... but warnings about a real danger, parking news and a plain joke pass.
    ("If you keep parking on Elm Street at night you'll get towed, FYI.", "en", "troll", "approve"),
    ("I'm moving to Canada if the tolls go up. Just kidding. Mostly.", "en", "troll", "approve"),
    pytest.param(
        "We all know what happens to journalists in Tamaulipas, and it is a national shame.",
        "en",
        "troll",
        "approve",
        # The rules approve it; the blog model holds it at p(flag) 0.72 (cut 0.59; held since the
        # tenth session's retrain). A known over-hold, listed in the session's note.
        marks=pytest.mark.xfail(strict=True, reason="known blog-model over-hold"),
    ),
    (
        "Ya sabemos cómo terminan los periodistas en este país, y es una vergüenza.",
        "es",
        "troll",
        "approve",
    ),
    # Doxxing as an invitation: where someone lives or works, and readers sent there.
    (
        "That commenter works at the tire shop on 10th, every afternoon. Let him know what you "
        "think.",
        "en",
        "troll",
        "reject",
    ),
    (
        "She lives off Cedar Road, the blue house. In case anyone wants to drop by and say hi.",
        "en",
        "troll",
        "reject",
    ),
    (
        "El que escribe eso trabaja en la ferretería del centro, sale a las seis. Por si alguien "
        "le quiere reclamar en persona.",
        "es",
        "troll",
        "reject",
    ),
    # ... but a help line, an office, and the writer's own family pass.
    (
        "The mayor's office is on Main Street, open every morning; let her know what you think "
        "about the bridge.",
        "en",
        "troll",
        "approve",
    ),
    (
        "Mi hermana trabaja en el albergue y sale a las seis; por si alguien le quiere llevar "
        "ropa, avísenme.",
        "es",
        "troll",
        "approve",
    ),
    # Stock idioms for someone's wits or life, challenges to meet outside, the boss told.
    ("Not the sharpest tool in the shed, are you, Rick?", "en", "troll", "hold"),
    ("Dumber than a bag of hammers, this take.", "en", "troll", "hold"),
    ("Did your last brain cell write that?", "en", "troll", "hold"),
    ("No wonder you're still single, Carl.", "en", "troll", "hold"),
    ("Con razón sigues soltero, Beto.", "es", "troll", "hold"),
    ("Más bruto que una piedra, el comentarista de arriba.", "es", "troll", "hold"),
    ("A ti te falta un tornillo.", "es", "troll", "hold"),
    ("Meet me outside and say that, tough guy.", "en", "troll", "reject"),
    ("Te espero a la salida, bocón.", "es", "troll", "reject"),
    ("I'll send your comments to your boss, Linda.", "en", "troll", "hold"),
    ("Ya vi tu Facebook, Ramiro.", "es", "troll", "hold"),
    ("I hope you lose your job over this, Kyle.", "en", "troll", "hold"),
    # ... but the same words about a thing, a plan to meet, or an official's record, pass.
    (
        "The council is not the sharpest tool in the shed, and the budget shows it.",
        "en",
        "troll",
        "approve",
    ),
    (
        "Meet me outside the library at five for the cleanup, everyone welcome.",
        "en",
        "troll",
        "approve",
    ),
    ("Nos vemos a la salida del concierto, ahí está el puesto de tacos.", "es", "troll", "approve"),
    ("I hope you get the job, Maria, you deserve it.", "en", "troll", "approve"),
    (
        "El tornillo que le falta a la puerta del albergue ya lo compramos.",
        "es",
        "troll",
        "approve",
    ),
    # Spanish insult words said of a thing (after its noun, or as its predicate) pass...
    ("Es una frase asquerosa y el diputado debe disculparse.", "es", "troll", "approve"),
    ("Esa teoría es vieja y ya fue desmentida.", "es", "troll", "approve"),
    ("Qué gala tan aburrida y qué vestido más feo.", "es", "troll", "approve"),
    (
        "La perra de mi vecina es una pastor alemán que ladra toda la noche.",
        "es",
        "troll",
        "approve",
    ),
    # ... but said of a person, or with the reader addressed, they are still attacks.
    ("Eres una persona asquerosa.", "es", "troll", "flag"),
    ("Qué frase tan asquerosa la tuya, idiota.", "es", "troll", "flag"),
    ("Esta señora es una vieja asquerosa.", "es", "troll", "flag"),
    ("Tu idea es estúpida, como tú.", "es", "troll", "flag"),
    # Plain talk that shares words with the shapes above passes.
    ("They built the wall and nobody asked.", "en", "troll", "approve"),
    ("I'll read this series, and the next one, and the next one.", "en", "troll", "approve"),
    ("Hope you enjoy visits from the grandkids this summer!", "en", "troll", "approve"),
    ("Maybe they'd enjoy a visit from the church choir.", "en", "troll", "approve"),
    ("Meet me outside city hall at noon for the rally.", "en", "troll", "approve"),
    ("See you after the game, I'll bring the chairs.", "en", "troll", "approve"),
    ("I'll tell your mom you said hi, she misses the old neighborhood.", "en", "troll", "approve"),
    ("I saw your Facebook post about the food drive, count me in.", "en", "troll", "approve"),
    ("Ojalá despidan al jefe de policía después de esto.", "es", "troll", "approve"),
    (
        "¿La policía no tiene nada mejor que hacer que multar a los taqueros?",
        "es",
        "troll",
        "approve",
    ),
    ("¡Qué ternurita tu bebé en la foto!", "es", "troll", "approve"),
    ("Nos vemos a la salida del trabajo para el mitin, compas.", "es", "troll", "approve"),
    # An @handle is a name: its "@" is no masked "a" ("@NormaP" is no "anormal"), unless it
    # masks a word exactly and the rest is none ("@sshole").
    ("@NormaP tienes razón", "es", "troll", "approve"),
    ("@Norma tienes razón, gracias por el dato", "es", "troll", "approve"),
    ("Agree with @NormaP. Publish the logs.", "en", "troll", "approve"),
    ("@Normal_Dude good point about the tariffs", "en", "troll", "approve"),
    ("@Norma eres una anormal", "es", "troll", "flag"),
    ("@Dave you're an idiot", "en", "troll", "flag"),
    ("You're an @sshole.", "en", "troll", "flag"),
    # Crowd swearing that closes a celebration addresses no one; a command, a second person or
    # a verdict still does.
    ("¡Liguilla, cabrones!", "es", "troll", "approve"),
    ("¡Ganamos, cabrones!", "es", "troll", "approve"),
    ("¡A la final, cabrones!", "es", "troll", "approve"),
    ("¡Feliz año, cabrones!", "es", "troll", "approve"),
    ("¡Vamos Rayados, cabrones!", "es", "troll", "approve"),
    ("Let's go, motherfuckers!", "en", "troll", "approve"),
    ("We did it, bitches!", "en", "troll", "approve"),
    ("¡Cállense, cabrones!", "es", "troll", "flag"),
    ("Ustedes, cabrones, no saben nada.", "es", "troll", "flag"),
    ("¡Los odiamos, cabrones!", "es", "troll", "flag"),
    ("¡Son unos cabrones!", "es", "troll", "flag"),
    ("Shut up, motherfuckers!", "en", "troll", "flag"),
    # "Sure, Jan." and "ok boomer" as the whole reply, or said to someone, dismiss the person
    # with no argument (held, see docs/moderation.md); "Sure, Jan" beside a claim the writer
    # names, with no one addressed, mocks the claim.
    ("Another 'temporary' tax. Sure, Jan.", "en", "troll", "approve"),
    ('LMAO at "fiscally responsible." Sure, Jan.', "en", "troll", "approve"),
    ("The council says the bridge will open on time. Sure, Jan.", "en", "troll", "approve"),
    ("Sure, Jan.", "en", "troll", "flag"),
    ("Sure, Jan, whatever you say.", "en", "troll", "flag"),
    ("@Mike sure, jan", "en", "troll", "flag"),
    ("ok boomer", "en", "troll", "flag"),
    ("Ok boomer.", "es", "troll", "flag"),
    ("Jaja ok boomer", "es", "troll", "flag"),
    ("Otro impuesto 'temporal'. Sí, claro.", "es", "troll", "approve"),
    # "stick to recipes" said to a commenter is condescension; a cook's habit is not
    ("Maybe stick to recipes, Carol.", "en", "troll", "flag"),
    ("Mejor dedícate a tus recetas, Doña Lupe.", "es", "troll", "flag"),
    ("We stick to recipes that use local chiles.", "en", "troll", "approve"),
    ("Me quedo con las recetas de mi abuela.", "es", "troll", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_troll_shapes(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)


def test_emoji_line_holds_and_a_few_emoji_pass() -> None:
    assert screen(Submission(text="🤡" * 12)).action != "approve"
    assert screen(Submission(text="Great match today 🎉🎉🎉")).action == "approve"
    assert screen(Submission(text="❤️" * 10)).action == "approve"
    assert screen(Submission(text="Sí se puede, sí se puede, sí se puede.")).action == "approve"
