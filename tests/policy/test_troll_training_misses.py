"""Troll shapes the training rows shared and the engine let through, in our own words: a side
or a reader mocked as crying, a writer sneered at as paid, one demand for a source fired again
and again, the moderators dared to delete, a reader's return greeted with a sneer, a reader's
age turned against their posting, and "vendepatrias" said to a reader. Beside each, the
harmless neighbours that must pass: news of someone in tears, sympathy, a question about who
pays for a bridge, an official called bought (protected opinion), one honest request for a
source, asking the mods to delete one's own comment, a warm welcome back, age spoken of
oneself, and the taunt quoted to object to it. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, expected in the troll category)
    # A side or a reader mocked as crying.
    ("Oh look, another socialist crying about the heat again lol", "en", "hold"),
    ("Here come the liberals to whine, right on schedule 😂", "en", "hold"),
    ("Conservatives in this thread are about to cry, haha, enjoy.", "en", "hold"),
    ("Crying again, Martin? So sad.", "en", "hold"),
    ("Your tears are delicious, keep them coming.", "en", "hold"),
    ("Look at all the trumpers whining about the tariffs, lmao.", "en", "hold"),
    ("Otro chairo llorando porque perdió su candidato jajaja", "es", "hold"),
    ("Ahí vienen los fifís a llorar otra vez, qué flojera", "es", "hold"),
    ("Ya llegaron los progres a chillar, no aguantan nada", "es", "hold"),
    ("Jaja lloren, conservadores, ganamos.", "es", "hold"),
    ("Qué lloradera hay hoy en este hilo.", "es", "hold"),
    ("Mírenlo, el licenciado llorando otra vez 😭", "es", "hold"),
    # Tears as news or sympathy; the taunt quoted to object to it; one's own tears.
    ("Another child crying at the border crossing, heartbreaking to watch.", "en", "approve"),
    ("The mother was crying on camera when she talked about her son.", "en", "approve"),
    ("I cried when I read this, it brought back memories of my grandmother.", "en", "approve"),
    ("I'm going to cry, this is such a beautiful story about the bakery.", "en", "approve"),
    ("Otro niño llorando en el albergue, qué tristeza.", "es", "approve"),
    ("Ahí vienen las madres llorando a buscar a sus hijos desaparecidos.", "es", "approve"),
    ("No lloren, todo va a salir bien con la cosecha.", "es", "approve"),
    ('Decir "otro chairo llorando" no es un argumento.', "es", "approve"),
    ("Lloré como niño con la nota del reencuentro familiar.", "es", "approve"),
    # A writer sneered at as paid.
    ("Who pays you to write this stuff, seriously?", "en", "hold"),
    ("Does anyone actually pay you for these columns?", "en", "hold"),
    ("Do you get paid per meltdown, Karen?", "en", "hold"),
    ("@rio_dave is obviously a paid shill, ignore him.", "en", "hold"),
    ("¿Quién te paga por escribir estas cosas?", "es", "hold"),
    ("¿Al columnista le pagan por palabra o por mentira?", "es", "hold"),
    ("Seguro cobras por comentar, no hay otra explicación.", "es", "hold"),
    ("Ese usuario es un bot pagado, no le contesten.", "es", "hold"),
    ("No le hagan caso a Rubén, seguro es pagado.", "es", "hold"),
    # Who pays for something; an official called bought; the label denied or taken back.
    ("Who pays for the new bridge, the county or the state?", "en", "approve"),
    ("The senator is a paid mouthpiece of the oil lobby.", "en", "approve"),
    ("Calling everyone who disagrees a paid shill is lazy.", "en", "approve"),
    ("I'm not a paid troll, just a nurse who disagrees with you.", "en", "approve"),
    ("I wish someone paid me for this hobby, lol, I write for free.", "en", "approve"),
    ("¿Quién paga el muro? Nosotros, como siempre.", "es", "approve"),
    ("¿Quién les paga a los maestros cuando cierran las escuelas?", "es", "approve"),
    ("A los jornaleros les pagan por hora, no por caja.", "es", "approve"),
    ("Los diputados cobran por no hacer nada.", "es", "approve"),
    # One demand fired again and again.
    ("Source? Got a source? Source for any of that? Hello?", "en", "hold"),
    ("What's your source, and what's the source of that source? Who funds it?", "en", "hold"),
    ("Define 'fair'. And 'safe'. And 'legal'. Then we can talk.", "en", "hold"),
    ("Can you clarify? Clarify that too? One more clarification, please?", "en", "hold"),
    ("¿Fuente? ¿Tienes fuente? Sigo esperando la fuente, ¿hola?", "es", "hold"),
    ("Cita tus fuentes. ¿Y la fuente de la fuente? Ya te lo pedí.", "es", "hold"),
    ("Primero define 'seguridad', luego 'frontera', luego 'ilegal'. Aquí espero.", "es", "hold"),
    # One honest request; a comment about its own sources; an appointment ("cita").
    ("Do you have a source for the 30% figure? I'd like to read it.", "en", "approve"),
    ("The article's sources are solid: the county data and the UTEP study.", "en", "approve"),
    ("¿Tienes la fuente de ese dato? Me interesa leerla.", "es", "approve"),
    ("Las fuentes son buenas: la CBP, el municipio y una fuente de la UTEP.", "es", "approve"),
    (
        "Ojo: las citas del consulado son gratis, no paguen a gestores por una cita.",
        "es",
        "approve",
    ),
    # The moderators dared to delete.
    ("Moderador, borra esto si tienes huevos.", "es", "hold"),
    ("A ver si la admin tiene el valor de borrarme, cobarde.", "es", "hold"),
    ("Seguro me borran este comentario porque les duele la verdad.", "es", "hold"),
    ("Delete this if you dare, mods.", "en", "hold"),
    ("Go ahead, ban me, I have ten more accounts.", "en", "hold"),
    ("Do the mods have the guts to delete this? Didn't think so.", "en", "hold"),
    ("Mods, please delete my comment above, I posted the wrong link.", "en", "approve"),
    ("Does the council have the guts to ban plastic bags?", "en", "approve"),
    ("Pueden borrar mi comentario de ayer, tenía un error.", "es", "approve"),
    # A reader's return greeted with a sneer.
    ("Oh look who's back. Missed you. Not.", "en", "hold"),
    ("Brenda found her keyboard again, everyone run.", "en", "hold"),
    ("Miren quién volvió. Qué flojera, otra vez con lo mismo.", "es", "hold"),
    ("El señor del rancho encontró su teclado otra vez.", "es", "hold"),
    ("Look who's back! Welcome home, Sergeant Ruiz, we missed you.", "en", "approve"),
    ("¡Miren quién regresó! Bienvenida de nuevo, doña Rosa.", "es", "approve"),
    # A reader's age or family turned against their posting.
    ("At your age you should be fishing, not arguing online all day.", "en", "hold"),
    ("Imagine being 70 and spending your mornings losing arguments on a blog.", "en", "hold"),
    ("Don't you have a family to bother?", "en", "hold"),
    ("A tu edad deberías estar con tus nietos, no discutiendo en los comentarios.", "es", "hold"),
    ("¿No tienes nietos a quienes aburrir?", "es", "hold"),
    ("At your age I was already working two jobs on the farm.", "en", "approve"),
    ("I'm 72 and spend my mornings commenting here, it keeps me sharp.", "en", "approve"),
    ("Don't you have a family doctor you can ask about this?", "en", "approve"),
    ("Imagine being 18 and voting for the first time this fall.", "en", "approve"),
    ("A tu edad yo ya trabajaba en el campo con mi papá.", "es", "approve"),
    # "Vendepatrias" said to a reader or the author; of an official, about oneself, quoted.
    ("El autor es un vendepatrias.", "es", "hold"),
    ("Eres un vendepatrias, Memo, y lo sabes.", "es", "hold"),
    ("Cállate, vende patrias.", "es", "hold"),
    ("El senador es un vendepatrias por firmar ese tratado.", "es", "approve"),
    ("Me llamaron vendepatrias por trabajar del otro lado y me dolió.", "es", "approve"),
    ('Decirle "vendepatrias" a alguien que emigró es injusto.', "es", "approve"),
    ("No soy ningún vendepatrias, solo opino distinto.", "es", "approve"),
    # Harsh opinion of officials and civil disagreement stay protected.
    ("The mayor cried poverty again while handing out raises to his staff.", "en", "approve"),
    ("El gobernador llora por el presupuesto y luego se compra otra camioneta.", "es", "approve"),
    ("I disagree with you, Pete, but I read the same report and see your point.", "en", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_troll_training_misses(text: str, lang: str, expected: str) -> None:
    assert_category_action(text, expected, "troll", lang)
