"""Banter: affection, praise or laughter between friends that makes a mild jab no attack
(`warm_banter`, which `troll_jabs` reads too)."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.context import admiring_banter

# Praise right after an age word makes it a word of age, not an insult ("un viejo sabio").
PRAISE_AFTER = re.compile(
    r"\s+(?:(?:muy|tan|bien|re|super|mas)\s+)?(?:querid[oa]s?|sabi[oa]s?|lind[oa]s?|"
    r"encantador(?:a|es|as)?|entranables?|amables?|buena onda|bonach[oa]n[oa]?s?|"
    r"respetad[oa]s?|generos[oa]s?|trabajador(?:a|es|as)?|simpatic[oa]s?)\b"
)
# Affection said outright: love, a friendship named, a friend missed, a laugh or a tear owed
# to them ("te queremos", "pero eres mi mejor amigo", "ya te extrañábamos", "me hiciste reír",
# "you magnificent idiot"): even a crude banter word (`_BANTER`) is no attack beside it.
_AFFECTION = (
    r"\b(?:te quiero|te queremos|os queremos|os quiero|te amo|te adoro|love you|love u)\b|"
    # affection for the one talked about: "... pero lo queremos", "but we love him"
    r"\b(?:lo|la|los|las) (?:queremos|quiero|adoramos|adoro)(?: mucho| un chingo| igual)?"
    r"(?=\s*(?:[.!,]|$|ja|[^\w\s]))|"
    r"\b(?:we|i) (?:love|adore) (?:him|her)(?: to bits| dearly| anyway| though)?(?=\s*[.!,]|$)|"
    r"\b(?:mi|my) (?:mejor amig[oa]|best friend)\b|"
    r"\b(?:me hiciste|me hicieron|you made me) (?:reir|llorar|sonreir|laugh|cry|smile)\b|"
    # a laugh still to come or a fit of it: "me vas a hacer llorar de risa" (a bare "me haces
    # reír" may be a sneer)
    r"\b(?:me vas a hacer|me van a hacer) (?:reir|sonreir|(?:llorar|morir) de (?:la )?risa)\b|"
    r"\bme (?:haces|hacen) (?:llorar|morir) de (?:la )?risa\b|"
    r"(?<!nadie )(?<!no )\b(?:ya )?(?:te|los|las|os) (?:extranabamos|extranamos|extrane|extrano)\b|"
    r"(?<!nobody )(?<!no one )(?<!never )\b(?:we|i) missed (?:you|u|ya)\b|"
    # an endearment glued to the jab: "you magnificent idiot", "you beautiful dumb dog"
    r"\byou (?:magnificent|beautiful|glorious|lovely|gorgeous|wonderful|sweet|adorable)\b|"
    # a treat the writer offers: "el lunes invito los tacos", "the beers are on me"
    r"\b(?:yo )?(?:invito|pago|llevo|traigo) (?:los|las|unos|unas|el|la) (?:tacos|cheves|chelas|"
    r"cervezas|cafes?|carnes asadas?|birria|tortas|elotes|pizzas?|tragos|caguamas)\b|"
    r"\b(?:i'?ll|i will|i'?m|im) (?:bring|bringing|buy|buying) (?:the |some )?(?:beers?|drinks|"
    r"tacos|pizza|coffee|chips|brisket|first round|next round)\b|"
    r"\b(?:the )?(?:beers?|drinks|tacos|pizza|coffee|first round|next round|rounds?) (?:are |is )?"
    r"on me\b"
)
AFFECTION = re.compile(_AFFECTION)
# Affection or praise in the same comment makes a mild insult banter ("tonta, te quiero").
FRIENDLY = re.compile(
    r"\b(ily|crack|idolo|idola|maquina|"
    r"guapa|guapo|preciosa|precioso|bonita|bonito|genio|amo|mi vida|cariño|carino|bro|"
    r"hermano|hermana|tio bueno|jefe|reina|rey)\b|"
    + _AFFECTION
    + r"|[\u2764\U0001F495-\U0001F49F\U0001F60D\U0001F618\U0001F970\U0001F973]"
)


# Laughter beside a sign of friendship between the two makes a mild jab or a tease banter
# between regulars: a debt or a date they share ("me debés un asado", "el jueves lo vemos"), a
# hug sent, or the tease owned as a joke ("jk", "es broma") and not taken back ("jk... unless?",
# "es broma... o no"). Laughter alone does not ("jajaja sos un boludo, no entendés nada"), nor
# "compa", which a mocker says as often as a friend ("qué ardido andas, compa").
_WARM = re.compile(
    r"\b(?:me debes|te debo|me debe|(?:un |otro |mandame un |te mando un )?abrazos?|abrazote|"
    r"nos vemos|lo vemos|te veo (?:el|en|manana|al rato)|see you (?:at|on|tomorrow|saturday|"
    r"sunday)|you owe me|i owe you|"
    # a moment or a bet shared off the blog: "te vi en la fila", "tú apostaste por el Cruz Azul"
    r"te vi en|me viste en|nos vimos en|saw you (?:at|in|on)|(?:le )?apostaste|la apuesta|"
    r"la quiniela|your bet|the bet|"
    r"(?:jk|j k|just kidding|only kidding|es broma|de broma|no te creas)"
    r"(?![\s.,!?]*(?:jk[\s.,!?]*)?(?:unless|or not|or am i|o no|o sea no|ya veremos|o tal vez no|"
    r"maybe not|we'?ll see)\b))\b"
)


def warm_banter(an: Analysis) -> bool:
    """Laughter and a sign of friendship in the same comment (`_WARM`)."""
    return admiring_banter(an) and bool(_WARM.search(an.norm.text))


# Swear-word nouns that Spanish speakers also use in admiration or banter, mostly with laughter
# ("qué cabrón, jajaja, cómo lo clava").
BANTER = frozenset({"cabron", "cabrona", "cabrones", "cabronas", "cabronazo", "hijo de puta",
                     "hija de puta", "mamon", "mamona"})  # fmt: skip


# A mild word followed by the point conceded to the one it names is a grudging compliment
# ("ese cuate es necio, pero tiene razón", "he's a stubborn old goat but he has a point").
CONCEDED_AFTER = re.compile(
    r"\b(?:pero|but)\b[^.!?]{0,30}\b(?:(?:tiene|tuvo|tenia|tienes|tuviste|tenias) (?:toda la |"
    r"algo de |un poco de )?razon|(?:has|had|you have|makes|made) a (?:good |fair |real )?point|"
    r"(?:he|she|you)(?:'s| is| was|'re| are| were) (?:right|not wrong)|no (?:esta|estaba|estas|"
    r"estabas) (?:tan |nada )?equivocad[oa]|no (?:se|te) equivoca(?:s|ba|bas)?)\b"
)
