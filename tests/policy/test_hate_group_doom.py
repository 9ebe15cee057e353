"""Threats against a group in stock words, a group seen in a demeaning state, and two
over-blocks: a wish that a group NOT die, and harsh punishment asked for criminals.
Hand-written, English and Spanish, with the harmless sentences that share their words."""

import pytest

from tests.policy.expect import assert_category_action

DOOM = [
    # (text, lang, category, expected)
    # A group declared open to harm: hunting season, fair game, legitimate targets ...
    ("It's open season on Sikhs in this county now.", "en", "hate", "reject"),
    ("Open season on lesbians, lads.", "en", "hate", "reject"),
    ("Somalis are fair game as far as I'm concerned.", "en", "hate", "reject"),
    ("Trans people are fair game for anyone now.", "en", "hate", "reject"),
    ("Es temporada de caza de hondureños.", "es", "hate", "reject"),
    ("Los gitanos son blanco legítimo.", "es", "hate", "reject"),
    # ... a doom foretold to the group or to "all you X" ...
    ("All you Pakistanis will burn.", "en", "hate", "reject"),
    ("All you gays will hang, one by one.", "en", "hate", "reject"),
    ("Hindus will burn, mark my words.", "en", "hate", "reject"),
    ("Los musulmanes morirán.", "es", "hate", "reject"),
    ("Todos los haitianos morirán como ratas.", "es", "hate", "reject"),
    ("Ustedes los judíos van a arder.", "es", "hate", "reject"),
    ("Las feministas las van a pagar.", "es", "hate", "flag"),
    # ... a call to execute, or a curse on the group.
    ("Refugees should be lined up.", "en", "hate", "reject"),
    ("Every Roma should be lined up against the wall.", "en", "hate", "reject"),
    ("Al paredón con los venezolanos.", "es", "hate", "reject"),
    ("Paredón para todas las lesbianas.", "es", "hate", "reject"),
    ("Los gays a la hoguera.", "es", "hate", "reject"),
    ("Malditos sean los musulmanes.", "es", "hate", "reject"),
    ("Malditas sean todas las indígenas.", "es", "hate", "reject"),
    ("Ojalá se mueran todos los guatemaltecos.", "es", "hate", "reject"),
    # ... the means of a lynching brought, a weapon asked for, death named as the solution,
    # a place they will not leave alive, a comeuppance promised.
    ("Bring the rope for the Somalis.", "en", "hate", "reject"),
    ("Traigan las antorchas para los gitanos.", "es", "hate", "reject"),
    ("Give me a rifle and I'll deal with the Haitians.", "en", "hate", "reject"),
    ("Denme un arma y me encargo de los venezolanos.", "es", "hate", "reject"),
    ("The only solution for Roma is a bullet.", "en", "hate", "reject"),
    ("La única solución para los judíos es el paredón.", "es", "hate", "reject"),
    ("I will make sure the Sikhs never leave this town alive.", "en", "hate", "reject"),
    ("Los haitianos no saldrán vivos de este pueblo.", "es", "hate", "reject"),
    ("Los gitanos van a recibir su merecido.", "es", "hate", "reject"),
    ("Esos musulmanes se van a enterar de lo que es bueno.", "es", "hate", "reject"),
    ("Mejor muertos los gays.", "es", "hate", "reject"),
    # The same frames with a remedy, a chair, a prize or a feared fate pass.
    ("The only solution for immigrants is a path to citizenship.", "en", "hate", "approve"),
    ("La única solución para los migrantes es una reforma migratoria.", "es", "hate", "approve"),
    ("Bring the chairs for the Mexicans who come to the fiesta.", "en", "hate", "approve"),
    ("Traigan las sillas para los indígenas que vienen a la asamblea.", "es", "hate", "approve"),
    ("If nobody helps, those refugees won't make it out alive.", "en", "hate", "approve"),
    ("Sin agua, los migrantes no saldrán vivos del desierto.", "es", "hate", "approve"),
    ("Los migrantes van a recibir su merecido reconocimiento.", "es", "hate", "approve"),
    # The same words with no group, with a group's own plans, feared, refused or reported pass.
    ("Open season for deer starts Monday, check the county rules.", "en", "hate", "approve"),
    ("It's open season on the mayor's budget now.", "en", "hate", "approve"),
    ("Her voting record is fair game for criticism.", "en", "hate", "approve"),
    ("Muslim candidates are fair game for criticism like anyone else.", "en", "hate", "approve"),
    (
        "Gay kids here are fair game for every bully, and the school shrugs.",
        "en",
        "hate",
        "approve",
    ),
    ("It's not open season on Muslims, whatever the trolls say.", "en", "hate", "approve"),
    ("Open season on Muslims is what those posters want; report them.", "en", "hate", "approve"),
    ("The bill will die in committee.", "en", "hate", "approve"),
    ("Immigrants will burn out if they keep working three jobs.", "en", "hate", "approve"),
    ("Jews will hang the lights together for Hanukkah.", "en", "hate", "approve"),
    ("Refugees will be lined up for vaccines at 9 am.", "en", "hate", "approve"),
    ("All you Mexicans will love this recipe.", "en", "hate", "approve"),
    ("Me muero de risa con este video.", "es", "hate", "approve"),
    ("Si cierran el albergue, los migrantes morirán.", "es", "hate", "approve"),
    ("Sin agua, los migrantes morirán en el desierto.", "es", "hate", "approve"),
    ("Los corruptos al paredón, ya basta.", "es", "hate", "approve"),
    ("Maldita sea, los migrantes siguen muriendo en el río.", "es", "hate", "approve"),
    ("El pollo al horno de la fonda es el mejor.", "es", "hate", "approve"),
]

SEEN = [
    # A group seen in a demeaning state (lying about, drunk, drugged, begging) is judged ...
    ("Lo único que veo son mixtecas tiradas en la plaza.", "es", "hate", "hold"),
    ("Yo nomás veo hondureños drogados en cada esquina.", "es", "hate", "hold"),
    ("All I see downtown is Somalis passed out on the benches.", "en", "hate", "hold"),
    ("I see Native Americans drunk on every corner.", "en", "hate", "hold"),
    # ... seeing them at work, or in need with pity or a call for help, judges no one.
    ("Lo que veo son mixtecas vendiendo artesanías en la plaza.", "es", "hate", "approve"),
    ("Veo migrantes tirados en el desierto y nadie los ayuda.", "es", "hate", "approve"),
    (
        "I see refugees sprawled on the station floor and it breaks my heart.",
        "en",
        "hate",
        "approve",
    ),
    ("All I see are immigrants working two jobs.", "en", "hate", "approve"),
]

OVERBLOCK = [
    # A wish that a group NOT die is no threat ...
    ("No quiero ver morir a más migrantes en ese río.", "es", "hate", "approve"),
    ("No queremos que mueran más jornaleros haitianos.", "es", "hate", "approve"),
    ("Nadie quiere ver morir a los refugiados en el mar.", "es", "hate", "approve"),
    ("I don't want to see one more refugee die at sea.", "en", "hate", "approve"),
    # ... wishing it still is.
    ("Quiero ver morir a los migrantes.", "es", "hate", "reject"),
    ("Queremos que mueran los haitianos.", "es", "hate", "reject"),
    ("I want to see the refugees die.", "en", "hate", "reject"),
    ("No quiero más migrantes aquí, que se mueran.", "es", "hate", "flag"),
    # Harsh punishment asked for criminals named by their crime is opinion on punishment ...
    ("Gang members who shot those kids should be hanged.", "en", "troll", "approve"),
    ("The men who murdered that family should be hanged.", "en", "troll", "approve"),
    ("Los que mataron a esos niños deberían colgarlos.", "es", "troll", "approve"),
    ("Deberían colgarlos a los secuestradores.", "es", "troll", "approve"),
    # ... a call on "someone" to do it, a commenter or an official named are threats.
    ("Someone should string up the gang members who shot those kids.", "en", "troll", "reject"),
    ("You should be hanged.", "en", "troll", "reject"),
    ("The mayor should be hanged.", "en", "troll", "reject"),
    ("Deberían colgarlo al regidor.", "es", "troll", "reject"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), DOOM + SEEN + OVERBLOCK)
def test_hate_group_doom(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
