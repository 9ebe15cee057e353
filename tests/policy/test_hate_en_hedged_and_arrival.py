"""English hate that the group readers missed because the group is a pronoun, a mocking
spelling or a stereotype: the "not racist but" hedge finished about "them", a people's men
said to treat women like property, arrival met with a guard ("lock your cars, they moved
in"), a town that "used to be American", every place "they" move into going "the same way",
"a minority in your own town", "always the same kind of people" in crime talk, the
Asian-driver joke, peoples the group lexicon lacked ("Natives", "Somalians") and two old
sneers ("papists", "Orientals"). Near misses of the same words (the hedge quoted or reported, a kind
neighbour, a party as the minority, a crash report, the stereotype refuted, history told)
must pass. Our own sentences."""

import pytest

from .expect import assert_rules_flag, assert_rules_pass_all

FLAGGED = [
    ("Not racist but they're all gang members.", "en"),
    ("I'm not racist, I just don't want my daughter dating one.", "en"),
    ("Im not racist but I'd never rent to them again, the place was trashed.", "en"),
    ("Not racist, but those people ruin every town they settle in.", "en"),
    ("Lock your cars, they moved in across the street.", "en"),
    ("A Venezuelan family moved in next door. Time to buy a gun.", "en"),
    ("The Guatemalans moved in down the block, now I keep a bat by the door.", "en"),
    ("Lock the doors and hide the copper, the Salvadorans just moved in next door.", "en"),
    ("Give it twenty years and we'll be the minority in our own country.", "en"),
    ("Within a generation you're a minority in your own hometown.", "en"),
    ("Wake up before you're a minority in your own town.", "en"),
    ("Always the same kind of people in the police reports.", "en"),
    ("Funny how every time there's a cartel bust it's the same kind of people.", "en"),
    ("Asian drivers strike again.", "en"),
    ("Every Asian driver I've been behind at Costco was a disaster.", "en"),
    ("mooslims breeding like rabbits in Dearborn", "en"),
    ("the joos run the banks and the media", "en"),
    ("Muzlims can build whatever they want, just not here.", "en"),
    ("The only good border jumper is one that's back in Mexico.", "en"),
    ("Muslim men treat their women like property and we're supposed to welcome them.", "en"),
    ("They treat their women like property, they look at ours like meat.", "en"),
    ("The Afghans look at our daughters like meat.", "en"),
    ("This town used to be American. Now look at it.", "en"),
    ("Border towns used to be American.", "en"),
    ("Remember when this town was white?", "en"),
    ("The festival used to be American, now everyone answers in Spanish.", "en"),
    ("Our whole neighborhood used to be white, now listen to the music at 2am.", "en"),
    ("Every neighborhood they move into looks like Juarez inside five years.", "en"),
    ("Every neighborhood 'they' move into goes the same way.", "en"),
    ("Every town the Somalis settle in changes, and not for the better.", "en"),
    ("Every neighborhood that turns majority Hispanic goes the same way.", "en"),
    ("Every time a city elects a Black mayor it goes the same way.", "en"),
    ("Can't have a nice neighborhood with Mexicans around.", "en"),
    ("You can't have clean government with that population.", "en"),
    ("Natives are lazy, that's why the reservations are poor.", "en"),
    ("Somalians are just not compatible with a modern society.", "en"),
    ("Papists built half of these sanctuary programs.", "en"),
    ("That's what happens when you let the Orientals set up their own enclaves.", "en"),
    ("No soy racista, pero los hondureños son todos pandilleros.", "es"),
]
APPROVED = [
    ('People who say "I\'m not racist but" should stop right before the "but."', "en"),
    ("Half the comments here start with 'not racist but' and then say something racist.", "en"),
    ("He said he's not racist but would never rent to them. I reported him.", "en"),
    ("I'm not racist and I'm tired of hearing that border security is racist.", "en"),
    ("It's not racist to ask whether the city can afford the shelter budget.", "en"),
    ("Lock your cars, there have been break-ins on Mesa this week.", "en"),
    ("A Venezuelan family moved in next door and brought us arepas. Best neighbors ever.", "en"),
    ("The Guatemalans who moved in next door helped me fix my fence.", "en"),
    ("My sister moved in next door, time to buy a bigger grill.", "en"),
    ("We moved in last spring and neighbors said to lock our cars because of thefts.", "en"),
    ("Democrats will be the minority in the state senate after this election.", "en"),
    ("Republicans will be the minority in our own county council if turnout holds.", "en"),
    ("Always the same kind of people at the farmers market, retirees with tote bags.", "en"),
    ("It's always the same people who show up to complain at council meetings.", "en"),
    ("An Asian driver was injured in the crash on I-10, police said.", "en"),
    ("The union represents Asian drivers and Latino drivers alike at the port.", "en"),
    ("Calling Muslims 'mooslims' is just childish bigotry.", "en"),
    ('The person who wrote "joos" in the comments got banned, good.', "en"),
    ("Border jumper is a slur and the deputy who used it should be disciplined.", "en"),
    ("It's always the same kind of people who call the police on a kid selling lemonade.", "en"),
    ("It's always the same kind of people at the crime watch meetings, retirees.", "en"),
    ("The claim that Mexican men treat women like property is a lazy stereotype.", "en"),
    ("The cartels treat women like property, and the girls they traffic are Mexican too.", "en"),
    ("Not all Muslim men treat their women like property, that's a myth.", "en"),
    ("The migrants in the detention center are treated like livestock.", "en"),
    ("Los musulmanes no tratan a sus mujeres como propiedad, eso es un prejuicio.", "es"),
    ("Los cárteles tratan a las mujeres como mercancía y nadie hace nada.", "es"),
    ("This neighborhood used to be white because of redlining and racial covenants.", "en"),
    ("This county used to be American Indian land, then Spanish, then Mexican.", "en"),
    ("The town used to be American-owned mills, now it's all warehouses.", "en"),
    ("El Paso was Mexican before it was American, and that's worth remembering.", "en"),
    ("Remember when the Cowboys were good?", "en"),
    ("Remember when American cars were cheap to fix?", "en"),
    ("The fence used to be white before the flood ruined the paint.", "en"),
    ("Every neighborhood they move into gets a new taqueria and a soccer league. Love it.", "en"),
    ("Every town the refugees settle in changes, and mostly for the better, the data says.", "en"),
    ("Every neighborhood the developers take over goes the same way: pricey condos.", "en"),
    ("Every time a city elects a new mayor it goes the same way, promises and potholes.", "en"),
    ("You can't have a nice neighborhood with landlords who never fix anything.", "en"),
    ("You can't have clean government with that much cartel money around.", "en"),
    ("You can't have a functioning city with them in charge of the budget.", "en"),
    ("Este pueblo antes era más tranquilo, ahora hay demasiado tráfico.", "es"),
    ("Cada barrio al que llegan los desarrolladores termina igual: condominios caros.", "es"),
    ("No puedes tener un gobierno limpio con tanto dinero del cártel.", "es"),
    ("Do tribal police have authority over non-Natives who commit crimes on the rez?", "en"),
    ("Someone said Natives 'don't do anything but drink.' That's an ugly old stereotype.", "en"),
    ("The natives of El Paso know where to get the best menudo.", "en"),
    ("Natives of this valley have farmed it for centuries.", "en"),
    ("Natives and newcomers alike showed up to the cleanup on Saturday.", "en"),
    ("The plants that are natives to the desert need almost no water.", "en"),
    ("Native plants are the best choice, natives survive the drought.", "en"),
    ("The natives are restless at the council meeting tonight, lol.", "en"),
    (
        "In the 1850s the Know-Nothings called Irish Catholics papists and burned their churches.",
        "en",
    ),
    ("My grandma still says Orientals, and we keep telling her nobody says that anymore.", "en"),
    ("The Somalian restaurant on Dyer has the best goat stew in town.", "en"),
    ("Gazans have been without clean water for months, and the aid trucks can't get in.", "en"),
    ("Puerto Ricans are US citizens, so nobody there needs a visa.", "en"),
    ("The Navajo Nation runs its own courts and its own police.", "en"),
    ("Turks and Kurds both showed up to the cultural fair on Saturday.", "en"),
    ("A Sikh cab driver found my wallet and drove it back to me.", "en"),
    ("No soy racista y me cansa que digan que todo el que pide seguridad lo es.", "es"),
    ("Los vecinos hondureños que llegaron nos trajeron tamales, buena gente.", "es"),
    ("En mi colonia cerramos el carro con llave por los robos, nada que ver con nadie.", "es"),
]


@pytest.mark.parametrize(("text", "lang"), FLAGGED)
def test_hedged_and_arrival_hate_is_flagged(text, lang):
    assert_rules_flag(text, lang, "hate")


@pytest.mark.parametrize(("text", "lang"), APPROVED)
def test_near_misses_pass(text, lang):
    assert_rules_pass_all(text, lang)
