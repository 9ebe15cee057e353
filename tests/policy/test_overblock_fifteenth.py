"""Harmless comments the rules used to hold, fifteenth round, with the near misses that must
still be caught. Short talk between friends: a death threat of surprise or envy ("te voy a matar
de un susto"), knowing where a friend lives when the writer brings food, a game's prize or a
flood of comments as what is "murdered" or "buried", "watch your back" before a pothole, the
loser of a bet who pays, love declared beside a crude word, "chingona" as praise, "chula" as an
endearment. Animals as animals ("las vacas se reproducen"), "como locos" as a manner. Spanish
insinuation ("qué casualidad que ...") that credits a group or names a wrong done to it;
"nobody cares" opening a lament over a public matter. Blame denied ("not responsible for"), an
inequality denied ("no son menos capaces que"), "jobs nobody wanted". Counter-speech that judges
a comment or an old lie, and a lone verdict on what was told ("Feísimo."). A demonstrative before
an agency is no name for libel. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # Killing "de un susto", "de la envidia", "with envy": a feeling, not a blow ...
    ("Te voy a matar de un susto cuando veas la foto del gato.", "es", "troll", "approve"),
    ("Les voy a matar de la envidia con las fotos de la playa.", "es", "troll", "approve"),
    ("I'm going to kill you with envy when you see the lake photos.", "en", "troll", "approve"),
    # ... but a blow, a shot or a bare threat still threatens.
    ("Te voy a matar de un balazo si vuelves a la colonia.", "es", "troll", "reject"),
    ("Te voy a matar si sigues escribiendo de mí.", "es", "troll", "reject"),
    ("I'm going to kill you with a bat.", "en", "troll", "reject"),
    # Knowing where a friend lives, then bringing food or a present ...
    ("Ya sé dónde vives, Lalo, el domingo te llevo pozole.", "es", "troll", "approve"),
    ("Ya sabemos dónde trabajas, Caro: el lunes te caemos con galletas.", "es", "troll", "approve"),
    ("I know where you live, Dana, I'm bringing a casserole on Sunday.", "en", "troll", "approve"),
    # ... but a visit with nothing to give, or a weapon or a funeral in it, is a threat.
    ("Ya sé dónde vives, Lalo, el domingo llego con mis primos.", "es", "troll", "reject"),
    ("Ya sabemos dónde vives, te llevamos flores para tu velorio.", "es", "troll", "reject"),
    ("I know where you live, Dana, I'm bringing my gun.", "en", "troll", "reject"),
    ("I know where you live. See you tonight.", "en", "troll", "reject"),
    # A game's prize, a game named, a flood of comments ...
    ("I'll destroy you at cornhole on Saturday, bring cash.", "en", "troll", "approve"),
    ("I'm coming for your bowling trophy next month, Lou.", "en", "troll", "approve"),
    ("Voy por tu corona de lotería este viernes, Chayo.", "es", "troll", "approve"),
    ("Te voy a destrozar en la lotería el viernes, Chayo.", "es", "troll", "approve"),
    ("We'll bury the council in letters until they fix the bridge.", "en", "troll", "approve"),
    (
        "Vamos a enterrar al cabildo en firmas hasta que arreglen el puente.",
        "es",
        "troll",
        "approve",
    ),
    # ... but a person, a place or a grave after the verb still threatens.
    ("I'm coming for your family next week, Lou.", "en", "troll", "flag"),
    ("We'll bury them in the desert.", "en", "troll", "reject"),
    ("Los vamos a enterrar en el monte.", "es", "troll", "reject"),
    # "Watch your back" before a hazard of the road or the weather ...
    ("Watch your back, the ice on Elm Street is back tonight.", "en", "troll", "approve"),
    ("Cuídate la espalda, los baches de la avenida están peor.", "es", "troll", "approve"),
    # ... but before the writer or a person it threatens.
    ("Watch your back, we are coming.", "en", "troll", "reject"),
    ("Cuídate la espalda, porque vamos por ti.", "es", "troll", "reject"),
    # The loser of a bet pays ...
    ("Loser pays for the wings after the game, deal?", "en", "troll", "approve"),
    ("El perdedor invita los tacos después del partido, ¿va?", "es", "troll", "approve"),
    # ... but "loser" said to someone is still an insult.
    ("You loser, buy your own wings.", "en", "troll", "flag"),
    ("Eres un perdedor y lo sabes.", "es", "troll", "flag"),
    # "Shut up" beside "you're right" is a friend conceding.
    ("Shut up, Mike, you're right again and it bugs me.", "en", "troll", "approve"),
    ("Shut up, you're not right about anything.", "en", "troll", "flag"),
    # Love declared beside a crude word or a tease ...
    ("Siempre pierdes las llaves, pero te queremos, cabrón.", "es", "troll", "approve"),
    ("Siempre pierdes las llaves, pero te queremos, cabrón.", "es", "profanity", "approve"),
    ("Qué feo bailas, Memo, pero eres mi mejor amigo.", "es", "troll", "approve"),
    ("You dance like a clown, Ben, but you're my best friend.", "en", "troll", "approve"),
    # ... but "te queremos fuera" wants something else, and a bare jab stays one.
    ("Te queremos fuera del grupo, cabrón.", "es", "troll", "flag"),
    ("Te queremos fuera, cabrón.", "es", "profanity", "flag"),
    ("Qué feo estás, Memo.", "es", "troll", "flag"),
    # "Chingona" praises, "chula" is an endearment set off as a vocative.
    ("Eres una chingona, prima, sacaste diez en el examen.", "es", "profanity", "approve"),
    ("Te veo en la kermés, chula, lleva el pastel.", "es", "troll", "approve"),
    ("Eres una chula prepotente.", "es", "troll", "flag"),
    # Animals as animals ...
    ("Las cabras se reproducen en primavera si tienen buen forraje.", "es", "troll", "approve"),
    ("Las ratas de la bodega son un problema, pongan trampas.", "es", "troll", "approve"),
    ("Los conejos se reproducen como locos en el jardín.", "es", "troll", "approve"),
    ("The rats in the shed are a plague, set more traps.", "en", "troll", "approve"),
    # ... but the same words said to someone or of a party's people still insult.
    ("Eres una vaca y todos lo saben.", "es", "troll", "flag"),
    ("Las ratas del cabildo se reparten el presupuesto.", "es", "troll", "flag"),
    # Insinuation that credits a group or names a wrong done to it ...
    (
        "Qué casualidad que los pueblos indígenas siempre cuiden mejor el agua.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Qué casualidad que las migrantes siempre cobren menos por el mismo turno.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Qué casualidad que los migrantes siempre sean culpados sin pruebas.",
        "es",
        "hate",
        "approve",
    ),
    (
        "Funny how towns with more immigrants have less crime, according to the data.",
        "en",
        "hate",
        "approve",
    ),
    ("Funny how immigrants always get blamed without evidence.", "en", "hate", "approve"),
    # ... but a charge or a negation keeps it a hint.
    ("Qué casualidad que los migrantes nunca pagan impuestos.", "es", "hate", "flag"),
    (
        "Qué casualidad que los gitanos siempre estén cerca cuando desaparece algo.",
        "es",
        "hate",
        "flag",
    ),
    ("Funny how immigrants never pay taxes but always get welfare.", "en", "hate", "flag"),
    # "Nobody cares" opening a lament over a public matter ...
    ("A nadie le importa el drenaje hasta que se inunda la calle.", "es", "troll", "approve"),
    ("Nobody cares about the library until it closes.", "en", "troll", "approve"),
    # ... but about the reader's words or life it dismisses a person.
    ("A nadie le importa tu opinión.", "es", "troll", "flag"),
    ("A nadie le importa el comentario de este señor.", "es", "troll", "flag"),
    ("Nobody cares about your opinion.", "en", "troll", "flag"),
    # Blame denied, an inequality denied, a clause about the jobs ...
    ("Muslims are not responsible for the refinery fire, stop it.", "en", "hate", "approve"),
    ("Los musulmanes no son responsables del incendio, ya basta.", "es", "hate", "approve"),
    ("Las mujeres ingenieras no son menos capaces que los hombres.", "es", "hate", "approve"),
    ("Women engineers are not less capable than men.", "en", "hate", "approve"),
    ("Hondurans are doing work nobody wanted.", "en", "hate", "approve"),
    # ... but a virtue denied, or "less capable than", still derogates.
    ("Muslims are not responsible people.", "en", "hate", "flag"),
    ("Women are less capable than men.", "en", "hate", "flag"),
    ("Las mujeres no son capaces.", "es", "hate", "flag"),
    ("Hondurans are people nobody wanted.", "en", "hate", "flag"),
    # Counter-speech that judges a comment or an old lie, a verdict on what was told ...
    ("Los migrantes no son flojos, qué comentario tan ignorante.", "es", "troll", "approve"),
    (
        "Dijo que los judíos controlan los bancos. Mentira antisemita vieja.",
        "es",
        "troll",
        "approve",
    ),
    ('Le gritaron "vete a tu país" a mi vecina. Feísimo.', "es", "troll", "approve"),
    # ... but the same words at a named reader or on their own are a jab.
    ("Qué comentario tan pendejo, Rosaura.", "es", "troll", "flag"),
    ("Qué comentario tan ignorante el tuyo.", "es", "troll", "flag"),
    ("Eres feísimo.", "es", "troll", "flag"),
    ("Eres una racista vieja.", "es", "troll", "flag"),
    # A demonstrative before an agency is no name; before a person it still points at one.
    ("Esa policía municipal abusa de la fuerza; exijan cámaras.", "es", "libel", "approve"),
    ("Esa señora roba en la tienda de don Pepe.", "es", "libel", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_fifteenth(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
