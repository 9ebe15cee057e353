"""Veiled threats (our own sentences, `rules/threat_veiled.py`). Against a person: the writer
knows their car, routine or family's school, hints that something may befall them ("accidents
happen", "ya le toca su visita", "no termina el trienio"), says "some of us" are less polite
offline, or wraps it in a disclaimer. Against a group: an attack on it or its places cheered,
death wished on every one of them, harm met with a shrug, a call made by a hint. Near misses
must pass: idioms, sports, news and history of violence, condemnation that quotes a threat,
calls for a trial, care on the ice, a neighbour bringing soup, an ousting foretold.
"flag" means hold or reject in the row's category."""

import pytest

from .expect import assert_category_action

PERSON_EN = [
    ("You don't know who you're messing with, Councilman.", "flag"),
    ("We're watching you play tonight, good luck!", "approve"),
    ("Keep writing, sweetheart. We know your car.", "flag"),
    ("We know where your daughter catches the bus every morning.", "flag"),
    ("A lot of us know your schedule better than your staff does.", "flag"),
    ("Accidents happen, Mr. Mayor.", "flag"),
    ("Funny how accidents happen to reporters in this town.", "flag"),
    ("Some of us aren't this polite offline, pal.", "flag"),
    ("Not everyone here is this nice in person.", "flag"),
    ("Senator Ruelas better hope his security detail is good.", "flag"),
    ("Tell the senator his bodyguards can't be everywhere.", "flag"),
    ("Be a shame if your tires got slashed, Councilman.", "flag"),
    (
        "Judge Pierce keeps releasing thugs. Someday one of them will do the world a favor. "
        "Hopefully soon.",
        "flag",
    ),
    (
        "You talk a lot for someone who lives ten minutes from my place. Maybe we'll run into "
        "each other.",
        "flag",
    ),
    ("Fine, delete it. I'll say it to you in person, I know where your office is.", "reject"),
    ("Councilman, you'll find out what happens to people who vote like you.", "flag"),
    ("Kill the bill. Seriously, call your rep today.", "approve"),
    ("He should be tried and jailed, full stop.", "approve"),
    ("Watch your step on the ice out front, Mrs. Lee.", "approve"),
    ("I know where you live, I'll bring soup on Sunday. Get well soon!", "approve"),
    ("Accidents happen, don't beat yourself up over the spilled paint.", "approve"),
    ("We know your schedule is packed, so no rush on the reply.", "approve"),
    ("I know your street floods every spring, the city should fix the drains.", "approve"),
    ("The senator won't finish his term, the recall petition has the signatures.", "approve"),
    ("Lincoln and Kennedy were both assassinated, history class was grim today.", "approve"),
    ("My grandma used to say accidents happen to people who rush.", "approve"),
    ("Keep writing these, author. Even when I disagree I learn something.", "approve"),
    ("Someone told the author they know her car. That is a threat and I reported it.", "approve"),
]
PERSON_ES = [
    ("Te tenemos bien ubicado, licenciado.", "flag"),
    ("Aquí todos nos conocemos, por eso el mercado del domingo es tan bonito.", "approve"),
    ("Diputada Ferrer, ya sabemos a qué hora sale del Congreso.", "flag"),
    ("Sabemos a qué hora sales.", "flag"),
    ("Al regidor ya le toca su visita.", "flag"),
    ("Ese presidente municipal no termina el trienio.", "flag"),
    ("Esta periodista merece un susto para que aprenda.", "flag"),
    ("Cuídate las espaldas, periodista.", "flag"),
    ("El juez ya sabe lo que les pasa a los que sueltan narcos.", "flag"),
    (
        "Para ser tan valiente en los comentarios, qué cerca trabajas de mi casa. Un día de estos "
        "nos topamos.",
        "flag",
    ),
    (
        "Al moderador que borra mis comentarios: sé dónde queda la oficina del blog. Igual voy a "
        "platicar en persona.",
        "flag",
    ),
    ("Que lo juzguen y que pague, así de simple.", "approve"),
    ("Me muero de risa con este blog.", "approve"),
    ("Hay que matar esa reforma en el Senado, ya.", "approve"),
    ("Ya sé a qué hora sale el camión, gracias.", "approve"),
    ("Ese alcalde no termina el trienio, lo van a destituir por corrupto.", "approve"),
    ("Cuídate mucho, amiga, nos vemos el sábado.", "approve"),
    ("Ánimo a la autora. No coincido, pero nadie debe amenazarla.", "approve"),
]
GROUP_EN = [
    ("The Klan had the right idea about this town, honestly.", "flag"),
    ("That Christchurch guy had it figured out. More of that.", "flag"),
    ("The gunman at the synagogue did what a lot of us were thinking about the Jews.", "flag"),
    ("The Klan was never right about anything.", "approve"),
    ("The Klan had the right idea, said the defendant, and the jury gasped.", "approve"),
    ("Our shooter on the basketball team is a legend.", "approve"),
    ("Another caravan at the border. Let the desert take care of them.", "flag"),
    ("The desert heat will take care of the weeds in my yard.", "approve"),
    ("Whoever torched that gay bar did the neighborhood a favor.", "flag"),
    ("I'd shake the hand of whoever shot up that synagogue.", "flag"),
    ("Saw the news about the synagogue shooting. Sick that it wasn't bigger.", "flag"),
    ("Mosque on fire downtown. Bringing marshmallows.", "flag"),
    ("Mosques burn nicely this time of year.", "flag"),
    ("Illegals everywhere downtown. Line em up.", "reject"),
    ("This town needs a good cleansing. Too many Haitians.", "flag"),
    ("Another boat of migrants crossing tonight. Hope every last one drowns.", "flag"),
    ("If something happened to those Somalis nobody would cry.", "flag"),
    ("Any Muslim you see, shoot.", "reject"),
    ("The shooting at that Black church was the best thing to happen to this county.", "flag"),
    ("Whoever set fire to the mosque should rot in prison. Disgusting.", "approve"),
    (
        "The 1921 Tulsa massacre burned a Black neighborhood to the ground, and it was erased "
        "from textbooks.",
        "approve",
    ),
    (
        'Somebody wrote "whoever torched that gay bar did us a favor" and it\'s vile. Reported.',
        "approve",
    ),
    ("The Dodgers slaughtered us, line em up for the photo after the game.", "approve"),
    ("The church needs a good cleaning before Easter.", "approve"),
    pytest.param(
        "Hope every last one of those bills dies in committee.",
        "approve",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the blog model's short reading (from the seventeenth "
            "session) holds it as hate at p(flag) 0.97 (short cut 0.95); the rules approve",
        ),
    ),
    ("Nobody would cry if the old stadium got torn down.", "approve"),
    (
        "The best thing that happened after the mosque fire was how the neighbors raised money "
        "to rebuild.",
        "approve",
    ),
]
GROUP_ES = [
    ("El tirador nomás tuvo los huevos de hacer lo que pensábamos de los musulmanes.", "flag"),
    ("El tirador de la mezquita no es ningún héroe.", "approve"),
    ("Otra caravana de hondureños. Que el desierto se encargue.", "flag"),
    ("Al musulmán que veas, plomo.", "reject"),
    ("Al gringo que se te cruce, palo.", "reject"),
    ("Otra lancha de hondureños. Que se ahoguen todos.", "flag"),
    ("Gringos en Oaxaca, ojalá les den piso a todos.", "flag"),
    ("Lo del incendio en la mezquita fue lo mejor que le ha pasado a la ciudad.", "flag"),
    ("Los haitianos del campamento, si les pasa algo no voy a llorar.", "flag"),
    ("El que quemó la mezquita es un héroe.", "flag"),
    ("Esa gente entiende nada más de una forma. Los que entiendan, entiendan.", "flag"),
    ("La mezquita necesita una buena limpieza antes del Ramadán.", "approve"),
    (
        "Después del tiroteo en la sinagoga, lo mejor que puede hacer la ciudad es acompañar a "
        "las familias.",
        "approve",
    ),
    ("Condeno el ataque al albergue de migrantes. Nadie merece eso.", "approve"),
    ("Las Chivas masacraron al América, qué bonito domingo.", "approve"),
    ("Justicia para las víctimas de la masacre de San Fernando, y que no se repita.", "approve"),
]


@pytest.mark.parametrize(("text", "expected"), PERSON_EN + PERSON_ES)
def test_veiled_threat_person(text, expected):
    assert_category_action(text, expected, "troll")


@pytest.mark.parametrize(("text", "expected"), GROUP_EN + GROUP_ES)
def test_violence_cheered(text, expected):
    assert_category_action(text, expected, "hate")
