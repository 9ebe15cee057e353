"""Slurs and hateful profanity (our own sentences, English and Spanish): who a first-person
word counts in (the writer is among a reclaimable slur's people only when the slur is their
predicate, stands right after them or is likened to them), swear words and curses whose
target is a protected group, and slurs with their spelling variants. Each table has near
misses that must pass: reclaimed use, profanity aimed at things, teams and officials, and
the ordinary senses of the words. "flag" means hold or reject in the hate category."""

import pytest

from .expect import assert_category_action, category_action

# A first-person word elsewhere in the sentence names the writer apart from the slur.
IN_GROUP = [
    ("I saw a dyke on the bus yesterday.", "en", "flag"),
    ("We hired a fag last week and regret it.", "en", "flag"),
    ("Keep the f*gs away from our schools.", "en", "flag"),
    ("Cripples get every parking spot and we get nothing.", "en", "flag"),
    ("The council hired a dyke as head of parks.", "en", "flag"),
    ("Ese portero es un m4ricón, se nota en cómo corre.", "es", "flag"),
    ("Si mi hijo me sale joto lo corro de la casa.", "es", "flag"),
    ("Los maricones no tienen carácter para hablar de la frontera, como todos saben.", "es",
     "flag"),
    ("I'm a dyke and this column made my week.", "en", "approve"),
    ("I've been a dyke for thirty years and I loved this piece.", "en", "approve"),
    ("Dykes like me have been marching since the eighties.", "en", "approve"),
    ("Being a fag myself, I laughed at the headline.", "en", "approve"),
    ("Some of us dykes still remember the old bar on Fifth.", "en", "approve"),
    ("Yo he sido marica toda la vida y me encantó la crónica.", "es", "approve"),
    ("Maricas como yo hemos marchado en Tijuana desde hace años.", "es", "approve"),
    ("Siendo bollera, me reí mucho con la columna.", "es", "approve"),
    ("Entre nosotros nos decimos jotos y no pasa nada.", "es", "approve"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "expected"), IN_GROUP)
def test_writer_counted_in(text, lang, expected):
    assert_category_action(text, expected, "hate", lang=lang)


# The ordinary senses of slurs that are homonyms, with a plural of a context word
# ("packs", "bins") and multi-word contexts read as whole words ("for a fag" is no context
# of "for a faggot").
HOMONYMS = [
    ("I stepped outside for a quick fag before the meeting.", "en", "approve"),
    ("I bought two packs of fags at the airport.", "en", "approve"),
    ("We cycled along the old dyke by the fields.", "en", "approve"),
    ("My nan makes the best faggots in the county.", "en", "approve"),
    ("I saw a coon raiding the bins last night.", "en", "approve"),
    ("I think the tariffs will cripple our exports.", "en", "approve"),
    ("La tortillera de la esquina me regaló medio kilo.", "es", "approve"),
    ("Comí unos panchitos con la cerveza.", "es", "approve"),
    ("Me compré unos conguitos para el cine.", "es", "approve"),
    ("You're pretty smart for a faggot.", "en", "flag"),
    ("Give nothing to cripples, they never pay it back.", "en", "flag"),
    ("That dyke from the council can get lost.", "en", "flag"),
    ("Ese panchito no debería trabajar aquí.", "es", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), HOMONYMS)
def test_slur_homonyms(text, lang, expected):
    assert_category_action(text, expected, "hate", lang=lang)


# A swear word or curse whose target is a protected group is hate; aimed at a policy, a
# team, the weather, a cartel or an office-holder it stays the profanity rules' business.
PROFANITY = [
    ("Que se chinguen los migrantes.", "es", "flag"),
    ("Lárguense a la verga, migrantes.", "es", "flag"),
    ("Que se vayan al carajo los musulmanes.", "es", "flag"),
    ("Chingue su madre todo indio.", "es", "flag"),
    ("Estoy hasta la madre de los venezolanos.", "es", "flag"),
    ("Los haitianos me caen como patada.", "es", "flag"),
    ("Me valen madre los migrantes muertos.", "es", "flag"),
    ("Esos hijos de puta musulmanes.", "es", "flag"),
    ("Las mujeres de los cojones siempre quejándose.", "es", "flag"),
    ("Los trans no valen un carajo.", "es", "flag"),
    ("Muslims are a pain in the ass.", "en", "flag"),
    ("Black people ain't shit.", "en", "flag"),
    ("I don't give a shit about dead immigrants.", "en", "flag"),
    ("A la verga, los migrantes de la caravana ya llegaron a Tijuana.", "es", "approve"),
    ("¡A la verga! Ganaron las mujeres de la selección.", "es", "approve"),
    ("Me valen madre los chismes de la farándula.", "es", "approve"),
    ("Estoy hasta la madre de los políticos que no hacen nada por los migrantes.", "es",
     "approve"),
    ("Que se chinguen los del cártel que extorsionan a los migrantes.", "es", "approve"),
    ("Me importan un carajo las encuestas.", "es", "approve"),
    ("Al carajo con la burocracia que frena a los refugiados.", "es", "approve"),
    ("Pinche gobierno, los migrantes se mueren de calor.", "es", "approve"),
    ("The visa paperwork for immigrants is a pain in the ass.", "en", "approve"),
    ("I don't give a shit about the Yankees.", "en", "approve"),
    ("I don't give a damn about the polls, I'll keep helping refugees.", "en", "approve"),
    ("Those fucking cartels keep preying on migrants.", "en", "approve"),
    ("Screw the commissioners who cut the women's shelter.", "en", "approve"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "expected"), PROFANITY)
def test_profanity_aimed_at_a_group(text, lang, expected):
    assert_category_action(text, expected, "hate", lang=lang)


# "ain't" is read as "are not", but "X ain't shit" (worthless) is an idiom only as typed: the
# same words typed out ("are not shit", "aren't shit") are a plain negation. The Spanish
# idiom of worthlessness ("no valen madre") holds its negation in every spelling.
AINT = [
    ("Immigrants ain't shit.", "en", "flag"),
    ("Gay people aint shit to me.", "en", "flag"),
    ("Immigrants are not shit, they built this town.", "en", "approve"),
    ("Muslims aren't shit, they're our neighbors.", "en", "approve"),
    ("Saying immigrants ain't shit is plain racism.", "en", "approve"),
    ("Los inmigrantes no son una mierda, levantaron este pueblo.", "es", "approve"),
    ("Decir que los inmigrantes son una mierda es racismo.", "es", "approve"),
    ("Los inmigrantes no valen madre.", "es", "flag"),
    ("Los inmigrantes son una mierda.", "es", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), AINT)
def test_aint_idiom_only_as_typed(text, lang, expected):
    assert_category_action(text, expected, "hate", lang=lang)


# A mild nuisance word said of particular people the writer knows (a possessive, "next door")
# about an everyday matter ("about parking", "con lo de la cena") judges those people on that
# matter, not their group; the group itself, "about everything", an identity matter or a
# dehumanising word are still hate.
NUISANCE = [
    ("My gay neighbors are a pain in the ass about parking.", "en", "approve"),
    ("The Muslim family next door is a pain in the ass about the fence.", "en", "approve"),
    ("My Jewish in-laws are a pain in the ass about Thanksgiving seating.", "en", "approve"),
    ("Our trans roommates are so annoying about the dishes.", "en", "approve"),
    ("Mis vecinos gays son unos pesados con lo del estacionamiento.", "es", "approve"),
    ("Mis suegros judíos son insoportables con lo de la cena.", "es", "approve"),
    ("Los vecinos musulmanes de al lado son molestos con el ruido.", "es", "approve"),
    ("Gay people are a pain in the ass about parking.", "en", "flag"),
    ("My gay neighbors are a pain in the ass about everything.", "en", "flag"),
    ("My gay neighbors are a pain in the ass about their lifestyle.", "en", "flag"),
    ("My Muslim neighbors are vermin about the parking.", "en", "flag"),
    ("Los judíos son insoportables con lo de la cena.", "es", "flag"),
    ("Mis vecinos gays son insoportables con todo.", "es", "flag"),
    ("Mis vecinos gays son unas ratas con lo del estacionamiento.", "es", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), NUISANCE)
def test_nuisance_about_a_matter(text, lang, expected):
    assert_category_action(text, expected, "hate", lang=lang)


# The Colombian hail "marica" between friends: a vocative set off by a comma, opening its
# sentence (after laughter, an interjection or "parce") or closing it, in a comment with no
# other slur, insult, swear word, hatred, group or sending-off. An English slur is no hail.
HAIL = [
    ("Marica, ¿viste el partido? Qué golazo de James.", "es", "approve"),
    ("Parce, marica, qué nota ese concierto.", "es", "approve"),
    ("Jajaja marica, me muero, qué partidazo.", "es", "approve"),
    ("Marica, te quedó buenísimo el asado.", "es", "approve"),
    ("Ay marica, no puedo creer que ganamos.", "es", "approve"),
    ("Qué golazo, marica.", "es", "approve"),
    ("Ese marica no debería dar clases.", "es", "flag"),
    ("Marica, eres un asco.", "es", "flag"),
    ("Marica, los gays deberían estar en la cárcel.", "es", "flag"),
    ("Marica, cállate la boca, nadie te preguntó.", "es", "flag"),
    ("Qué asco, marica.", "es", "flag"),
    ("marica de mierda", "es", "flag"),
    ("No seas marica, ven a la fiesta.", "es", "flag"),
    ("Marica.", "es", "flag"),
    ("Dude, what a game last night.", "en", "approve"),
    ("Faggot, what a game last night.", "en", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), HAIL)
def test_friendly_hail(text, lang, expected):
    assert_category_action(text, expected, "hate", lang=lang)


# A plural group before a singular "is" is not the subject in English either, unless one
# member is picked out each time.
SUBJECT = [
    ("The visa paperwork for immigrants is a disgrace.", "en", "approve"),
    ("The waiting list for disabled people was a scandal.", "en", "approve"),
    ("Every one of these immigrants is a disgrace.", "en", "flag"),
    ("Each of the Muslims in this town is a criminal.", "en", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), SUBJECT)
def test_singular_copula_after_plural_group(text, lang, expected):
    assert_category_action(text, expected, "hate", lang=lang)


# More slurs, with their ordinary senses and look-alike words as near misses.
MORE_SLURS = [
    ("Those troons should stay out of the locker room.", "en", "flag"),
    ("Another jewboy running the bank.", "en", "flag"),
    ("Lezzies like her shouldn't coach girls.", "en", "flag"),
    ("Goddamn queers everywhere now.", "en", "flag"),
    ("You're a dirty skank.", "en", "flag"),
    ("Midgets shouldn't be allowed to drive.", "en", "flag"),
    ("Typical polack, can't do anything right.", "en", "flag"),
    ("Los macacos vienen a robar.", "es", "flag"),
    ("Fuera los menas de nuestro barrio.", "es", "flag"),
    ("Toda esa indiada nomás sirve para bloquear carreteras.", "es", "flag"),
    ("Los machupichus no se integran.", "es", "flag"),
    ("Eres una manflora asquerosa.", "es", "flag"),
    ("No quiero bugarrones en mi edificio.", "es", "flag"),
    ("We're queer and we're proud.", "en", "approve"),
    ("Queer people deserve the same rights as everyone.", "en", "approve"),
    ("My midget racing car finally won a heat.", "en", "approve"),
    ("The midget hockey league starts Saturday.", "en", "approve"),
    ("The troop leader took the scouts camping.", "en", "approve"),
    ("The grid went down in the storm.", "en", "approve"),
    ("En el zoo hay una familia de macacos rhesus.", "es", "approve"),
    ("Las menas de hierro de la zona se agotaron.", "es", "approve"),
    ("La persona indicada para el puesto llegó tarde.", "es", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), MORE_SLURS)
def test_more_slurs(text, lang, expected):
    assert_category_action(text, expected, "hate", lang=lang)


# Words that are slurs only as a noun for someone ("mojados", "putas"): a curse fused to
# them, a number or quantifier before them, or a hate verb's bare plural object makes them
# one; an adjective after a verb ("llegaron todos mojados") stays an adjective.
NOUN_USE = [
    ("Mojados de mierda, regrésense a su rancho.", "es", "flag"),
    ("Ningún mojado merece respeto.", "es", "flag"),
    ("Con que vean que a dos o tres mojados los bajan de un tiro, los demás se lo piensan.",
     "es", "flag"),
    ("No quiero putas en mi calle.", "es", "flag"),
    ("Llegaron todos mojados por la lluvia.", "es", "approve"),
    ("Los niños llegaron mojados y con frío.", "es", "approve"),
    ("Tres mojados cruzaron el río anoche y los ayudamos a secarse.", "es", "approve"),
    ("No quiero zorras en mi gallinero.", "es", "approve"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "expected"), NOUN_USE)
def test_noun_use_of_slurs(text, lang, expected):
    assert_category_action(text, expected, "hate", lang=lang)


# Numbers count people only before a masculine plural: a pittance and a curse at someone,
# not women counted (the curse is the profanity and troll rules' business).
NOUN_USE_IDIOMS = [
    "Aquí los invernaderos funcionan gracias a marroquíes que curran por cuatro perras.",
    "Hijo de mil putas, ojalá pierdas.",
]


@pytest.mark.parametrize("text", NOUN_USE_IDIOMS)
def test_numbers_before_feminine_words(text):
    assert category_action(text, "hate", lang="es") == "approve"


# A mostly in-group word typed masked is hidden on purpose; a diminutive of a group word
# names the group.
MASKED_AND_DIMINUTIVE = [
    ("n1gg@s and illegals, the same crowd every election", "en", "flag"),
    ("Those n*ggas ruin everything.", "en", "flag"),
    ("chinitos de mierda, siempre copiando todo", "es", "flag"),
    ("My niggas came through for my birthday.", "en", "approve"),
    ("Shout out to my nigga's mom for the food.", "en", "approve"),
    ("Los chinitos de la tienda de la esquina son bien amables.", "es", "approve"),
    ("Compré unos negritos en la tienda para el café.", "es", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), MASKED_AND_DIMINUTIVE)
def test_masked_and_diminutive(text, lang, expected):
    assert_category_action(text, expected, "hate", lang=lang)
