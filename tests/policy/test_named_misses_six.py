"""Named misses and over-blocks, fixed by shape, with the neighbours that keep their verdict.
Passed: a story's character as the object of a killing ("que maten al personaje del alcalde");
a group word that is part of a place's name ("la colonia Roma", "el barrio Chino"); a reaction
to other people's belief about a group ("lo que me molesta de los X es que la gente crea que
...") ; the hatred's nature refused ("Hating X is not natural, it is taught"); a claim fronted
by a news source in an "as" frame ("Como dijo el periódico, ..."); a people's homes located with
no weapon or warning ("Sé dónde viven los X de mi ciudad, cerca de la sinagoga": the policy
makes that a threat only beside one, `threat_veiled/group_located.py`). Flagged: a foul name
after a bare plural copula, said of the force or body the sentence before opens on ("La policía
no hizo nada. Son unos hijos de puta."); an insult of the circus with the thread after it ("ese
payaso de circo del hilo"); a call to kill someone by a first name the dictionary also holds
("Someone should kill Maria"). Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action, held_elsewhere

_MODEL_HOLDS = held_elsewhere("model.blog.short holds it; the rules pass it")
# The rules pass it; the blog model, in the row's own category, still holds it.
_MODEL_HATE = pytest.mark.xfail(strict=True, reason="model.blog (hate) holds it; rules pass it")

CASES = [
    # (text, lang, category, expected)
    # A story's character killed off is fiction ...
    ("Que maten al personaje del alcalde ya, esta temporada de la serie", "es", "troll", "approve"),
    (
        "Que maten al personaje del doctor en el próximo capítulo de la novela",
        "es",
        "troll",
        "approve",
    ),
    ("Que se muera ya el personaje del alcalde en la telenovela", "es", "troll", "approve"),
    ("Ojalá maten al personaje de la jefa en la próxima temporada", "es", "troll", "approve"),
    (
        "Que maten ya al personaje del villano, la serie lo alarga demasiado",
        "es",
        "troll",
        "approve",
    ),
    ("I hope they kill off the sheriff character in the next episode", "en", "troll", "approve"),
    ("Somebody should kill the mayor's character this season", "en", "troll", "approve"),
    ("They should kill the mayor character off this season", "en", "troll", "approve"),
    # ... not the office-holder himself
    ("Que maten al alcalde ya", "es", "troll", "flag"),
    ("Que maten al alcalde ya, esta temporada de lluvias", "es", "troll", "flag"),
    ("Que se muera ya el alcalde", "es", "troll", "flag"),
    ("I hope they kill the sheriff", "en", "troll", "flag"),
    # A group word in a place's name is the place ...
    ("En la colonia Roma es un desastre", "es", "hate", "approve"),
    ("En la colonia Roma todo es un desastre", "es", "hate", "approve"),
    ("La colonia Roma es un desastre", "es", "hate", "approve"),
    ("En el barrio Chino es un caos", "es", "hate", "approve"),
    ("El barrio Judío de Toledo está sucio", "es", "hate", "approve"),
    ("In the Roma neighborhood it is a mess", "en", "hate", "approve"),
    ("Roma street is a disaster", "en", "hate", "approve"),
    # ... not the people
    ("En la colonia Roma los gitanos son un desastre", "es", "hate", "flag"),
    ("Los roma son un desastre", "es", "hate", "flag"),
    ("The Roma are a disaster", "en", "hate", "flag"),
    ("En el barrio los gitanos son un desastre", "es", "hate", "flag"),
    # Other people's generalisation resented ...
    (
        "Lo que me molesta de los migrantes es que la gente crea que todos son peligrosos",
        "es",
        "hate",
        "approve",
    ),
    pytest.param(
        "Lo que me molesta de los gitanos es que la gente piense que todos son ladrones",
        "es",
        "hate",
        "approve",
        marks=_MODEL_HATE,
    ),
    (
        "Lo que me enoja de los musulmanes es que la gente diga que todos son terroristas",
        "es",
        "hate",
        "approve",
    ),
    (
        "Lo que me molesta de los migrantes es que se piense que son criminales",
        "es",
        "hate",
        "approve",
    ),
    (
        "What bothers me about immigrants is that people think they are all dangerous",
        "en",
        "hate",
        "approve",
    ),
    (
        "What annoys me about Muslims is that everyone assumes they are terrorists",
        "en",
        "hate",
        "approve",
    ),
    # ... not the writer's own
    ("Lo que me molesta de los migrantes es que todos son peligrosos", "es", "hate", "flag"),
    ("Lo que me molesta de los migrantes es que son peligrosos", "es", "hate", "flag"),
    ("Lo que me molesta de los gitanos es que roben", "es", "hate", "flag"),
    ("La gente cree que los migrantes son peligrosos y tiene razón", "es", "hate", "flag"),
    # Hatred whose nature is refused is counter-speech ...
    ("Hating Muslims is not natural, it is taught", "en", "hate", "approve"),
    ("Hating Jews is not natural, it's learned", "en", "hate", "approve"),
    ("Hating immigrants isn't normal, it is taught", "en", "hate", "approve"),
    ("Hating gay people is not natural. It is taught.", "en", "hate", "approve"),
    ("Hating Muslims is not innate, kids learn it from their parents", "en", "hate", "approve"),
    ("Hating Black people is not instinctive, it is learned at home", "en", "hate", "approve"),
    ("Odiar a los musulmanes no es natural, se aprende", "es", "hate", "approve"),
    ("Odiar a los gitanos no es algo natural, lo enseñan en casa", "es", "hate", "approve"),
    # ... not hatred held natural, a crime denied, a duty, or the writer's own
    ("Hating Muslims is natural, it is not taught", "en", "hate", "flag"),
    ("Odiar a los musulmanes es natural", "es", "hate", "flag"),
    ("Hating Muslims is not a crime", "en", "hate", "flag"),
    ("Hating Muslims is not natural, it is a duty", "en", "hate", "flag"),
    ("Hating Muslims is not wrong", "en", "hate", "flag"),
    ("I hate Muslims, it is not taught", "en", "hate", "flag"),
    # A news source fronted with "as" attributes the claim ...
    ("Como dijo el periódico, Salinas cobra moches", "es", "libel", "approve"),
    ("Como informó el noticiero, el diputado Pérez cobra moches", "es", "libel", "approve"),
    ("Tal como publicó la prensa, Salinas recibe sobornos", "es", "libel", "approve"),
    ("Como lo dijo el periódico ayer, el alcalde Gómez roba", "es", "libel", "approve"),
    ("As the newspaper reported, Salinas takes kickbacks", "en", "libel", "approve"),
    ("As the paper said, Salinas takes bribes", "en", "libel", "approve"),
    (
        "Just as the news reported yesterday, Mayor Salinas embezzled funds",
        "en",
        "libel",
        "approve",
    ),
    # ... not the writer, a neighbour, a cousin, or no one
    ("Salinas cobra moches", "es", "libel", "flag"),
    ("Salinas takes kickbacks", "en", "libel", "flag"),
    ("Como dije, Salinas cobra moches", "es", "libel", "flag"),
    ("Como dijo mi vecino, Salinas cobra moches", "es", "libel", "flag"),
    ("As my cousin said, Salinas takes kickbacks", "en", "libel", "flag"),
    ("Como dijo el periódico, el tráfico está fatal. Salinas cobra moches.", "es", "libel", "flag"),
    # A foul name after a bare plural copula is said of the force or body named before ...
    ("La policía no hizo nada. Son unos hijos de puta.", "es", "profanity", "flag"),
    ("Los policías no hicieron nada. Son unos hijos de puta.", "es", "profanity", "flag"),
    ("El gobierno no hizo nada. Son unos hijos de puta.", "es", "profanity", "flag"),
    ("La policía llegó tarde otra vez. Todos son unos pendejos.", "es", "profanity", "flag"),
    ("The police did nothing. They are sons of bitches.", "en", "profanity", "flag"),
    ("The cops did nothing. They're assholes.", "en", "profanity", "flag"),
    ("Los policías no hicieron nada, son unos hijos de puta", "es", "profanity", "flag"),
    # ... not a thing, a mild word, other people, or the time
    ("La policía no hizo nada. Qué calor hace, es una mierda.", "es", "profanity", "approve"),
    ("La policía no hizo nada. Son unos inútiles.", "es", "profanity", "approve"),
    ("La policía no hizo nada. Los vecinos son unos héroes.", "es", "profanity", "approve"),
    ("La policía no hizo nada. Son las cinco de la tarde.", "es", "profanity", "approve"),
    ("The police did nothing. It is bullshit.", "en", "profanity", "approve"),
    # An insult with the thread after it is a commenter attacked ...
    ("Ese payaso de circo del hilo no sabe nada", "es", "troll", "flag"),
    ("El payaso de circo del hilo no sabe nada", "es", "troll", "flag"),
    ("Ese payaso de feria del foro no tiene idea", "es", "troll", "flag"),
    ("Ese payaso de circo de los comentarios no sabe leer", "es", "troll", "flag"),
    ("El payaso del hilo no sabe nada", "es", "troll", "flag"),
    ("Ese idiota del hilo no sabe nada de historia", "es", "troll", "flag"),
    ("That circus clown in the thread knows nothing", "en", "troll", "flag"),
    ("The clown from the circus in this thread has no clue", "en", "troll", "flag"),
    # ... not a clown of the screen or the street
    ("Ese payaso de circo de la tele no sabe nada", "es", "troll", "approve"),
    ("Los payasos del circo llegaron al pueblo", "es", "troll", "approve"),
    ("El tonto ese del comercial de seguros no sabe actuar", "es", "troll", "approve"),
    # A call to kill someone by a first name the dictionary holds ...
    ("Someone should kill Maria", "en", "troll", "flag"),
    ("Somebody should kill John", "en", "troll", "flag"),
    ("Someone needs to kill Maria", "en", "troll", "flag"),
    ("Alguien debería matar a María", "es", "troll", "flag"),
    ("Alguien tendría que matar a Pedro", "es", "troll", "flag"),
    ("Que alguien mate a Juan", "es", "troll", "flag"),
    # ... not a spider, a call, a denial, a story or a game
    ("Someone should kill the spider", "en", "troll", "approve"),
    ("Someone should call Maria", "en", "troll", "approve"),
    ("Nobody should kill Maria", "en", "troll", "approve"),
    ("Someone should kill Maria in the next episode of the show", "en", "troll", "approve"),
    ("Alguien debería llamar a María", "es", "troll", "approve"),
    ("Somebody should beat Mark at chess", "en", "troll", "approve"),
    # A people's homes located with no weapon or warning: no threat by the policy ...
    ("Sé dónde viven los judíos de mi ciudad, cerca de la sinagoga", "es", "troll", "approve"),
    ("Sé dónde viven los judíos de mi ciudad, cerca de la sinagoga", "es", "hate", "approve"),
    pytest.param(
        "Sé dónde viven los musulmanes del barrio, cerca de la mezquita",
        "es",
        "troll",
        "approve",
        marks=_MODEL_HOLDS,
    ),
    pytest.param(
        "Ya sé dónde viven los gitanos del pueblo, por el río",
        "es",
        "troll",
        "approve",
        marks=_MODEL_HOLDS,
    ),
    ("I know where the Jews in my town live, near the synagogue", "en", "troll", "approve"),
    # ... beside a weapon or a warning it is; a reader's or their children's homes still are
    ("Sé dónde viven los judíos de mi ciudad y tengo gasolina", "es", "hate", "flag"),
    ("Sé dónde viven los judíos de mi ciudad. Ya verán.", "es", "hate", "flag"),
    ("We know where the Jews live. Soon enough.", "en", "hate", "flag"),
    ("Sé dónde viven tus hijos", "es", "troll", "flag"),
    ("Ya sé dónde viven, cerca del parque", "es", "troll", "flag"),
    ("Sé dónde vives, cerca de la sinagoga", "es", "troll", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_named_misses_six(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
