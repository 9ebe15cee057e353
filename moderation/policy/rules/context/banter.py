"""Play, not hate: praise, laughter and a threat between friends. A crude word beside thanks or
laughter admires; "kill them with kindness" and a threat over a game or a party are jokes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from moderation.policy.analysis import Analysis

# Thanks and praise for what someone wrote or did: with them, a crude word of banter
# ("Cabrón, qué bien explicado", "cabrón, te la rifaste, gracias") admires; "gracias por nada"
# is sarcasm and does not count.
_PRAISE = re.compile(
    r"\b(?:gracias(?! por nada)|que bien (?:explicad|dich|escrit|contad)[oa]|te la rifaste|"
    r"bien explicad[oa]|buenisim[oa]|genial|me hiciste el dia|thanks|thank you|well said|"
    # a play admired aloud: "¡Qué golazo, cabrón!", "qué atajada, cabrón"
    r"(?:que|vaya|tremendo|tremenda|pinche|pedazo de) (?:golazo|golazos|gol|jugadon|jugada|"
    r"partidazo|atajada|atajadon|chilena|tapada|remate|pase|pasezazo|canasta|clavada|jonron|"
    r"cuadrangular|ponche|bolazo|tiro|tirazo)|golazo|golazos|partidazo|jugadon|"
    r"que chingon|que chingona|que bien jugado|bien jugado|que bestia|que crack|que maquina)\b"
)


# The manner that makes a violence verb affection or a joke ("os mataremos a besos", "me
# mataste de risa", "kill them with kindness"): kisses, hugs, tickles, laughter, love, kindness.
_KIND_MANNER = re.compile(
    r"\s*(?:(?:you|u|ya|y'?all|them|him|her|me|us)\s+)?"
    r"(?:(?:a tod[oa]s|a ti|a ustedes|all|both|everyone)\s+)?"
    r"(?:a (?:besos|besitos|abrazos|cosquillas|mimos|carcajadas|piropos)"
    r"|de (?:risa|la risa|amor|ternura|carcajadas|gusto|envidia|la envidia|un susto|susto|"
    r"aburrimiento|la emocion|emocion|los nervios|nervios|la curiosidad|curiosidad)"
    r"|con (?:(?:mi|nuestra|tanta|su|pura)\s+)?(?:amabilidad|bondad|amor|carino|ternura|besos)"
    r"|with (?:(?:my|our|pure|so much|all (?:my|our))\s+)?(?:kisses|kindness|love|hugs|laughter"
    r"|tickles|compliments|cuteness|sweetness|politeness))\b"
)


def kind_manner(folded: str, end: int) -> bool:
    """The words right after a violence verb or threat ending at `end` (normalised text) make
    it affection or a joke: the killing is with kisses, laughter or kindness."""
    return bool(_KIND_MANNER.match(folded, end))


@lru_cache(maxsize=32)
def praises(folded: str) -> bool:
    """The comment (accent-folded, lower case) thanks or praises someone. Remembered for the
    last comments: the profanity and troll rules ask it once a crude word, and a comment of
    hundreds of them was read whole that many times."""
    return bool(_PRAISE.search(folded))


# Laughter as typed ("jajaja", "haha", "jsjs", "xD", "lol", the crying-laughing emoji).
_LAUGHTER = re.compile(
    r"\b(?:ja|je|ji|ha){2,}|\bjsj|\bxd+\b|\blol\b|\blmf?ao\b|\brofl\b|[\U0001F602\U0001F923]"
)


def laughs(an: Analysis) -> bool:
    """The comment laughs somewhere, as typed."""
    return _laughs_in(an.norm.original)


@lru_cache(maxsize=32)
def _laughs_in(original: str) -> bool:
    """`laughs` for a comment's original text, remembered as `praises` is."""
    return bool(_LAUGHTER.search(original.lower()))


def admiring_banter(an: Analysis) -> bool:
    """Laughter or praise in the comment: with them a crude word of banter ("qué cabrón,
    jajaja", "Cabrón, qué bien explicado") admires rather than insults. The troll and
    profanity rules ask the same question of their own banter words."""
    return laughs(an) or praises(an.norm.text)


# A threat made on a trivial condition between friends: a game won or lost, a party missed, a
# lateness, a spoiler ("como no ganéis os voy a matar", "if you don't come to the party I'll
# kill you"); the condition opens with "si", "como", "if" or "unless", its verb a few words on.
_TRIVIAL_IF = re.compile(
    r"\b(?:si|como|if|unless)\s+(?:[\w']+\s+){0,4}?(?:ganais|ganan|ganas|gana|ganamos|ganen|"
    r"ganeis|pierdes|perdeis|pierden|perdemos|pierdan|perdais|vienes|venis|vienen|venes|vengas|"
    r"vengais|vengan|llegas tarde|llegais tarde|llegan tarde|faltas|faltais|me invitas|"
    r"me invitais|nos invitas|me haces spoiler|me cuentas el final|me spoileas|"
    r"win|wins|lose|loses|lost|come|show up|invite me|invite us|spoil|spoiler|are late|"
    r"bail|forget my)\b"
    # gossip, news or food between friends: "si no me cuentas el chisme", "if you don't spill
    # the tea", "si te comes mi pastel", "if you eat my fries"
    r"|\b(?:si|como|if|unless)\s+(?:no\s+|you\s+(?:don'?t|do not)\s+)?(?:me\s+|nos\s+)?"
    r"(?:cuentas|cuentan|contais|dices|dicen|pasas|pasan|mandas|mandan|traes|traen|guardas|"
    r"tell me|tell us|spill|share|send me|bring me|save me|call me|text me)\s+(?:[\w']+\s+){0,3}?"
    r"(?:chisme|chismes|chismecito|cotilleo|salseo|tea|gossip|goss|details|detalles|todo|"
    r"everything|news|noticia|noticias|chisme completo|receta|recipe|fotos|pics|photos|"
    r"pastel|tarta|tacos|postre|cake|pie|fries|leftovers|sobras|galletas|cookies|what happened|"
    r"que paso|como te fue|how it went)\b"
    r"|\b(?:si|como|if)\s+(?:te\s+comes|os\s+comeis|se\s+comen|you\s+eat|you\s+ate|"
    r"te\s+acabas|you\s+finish)\s+(?:mi|mis|my|el|la|los|las|the)\s+\w+"
)


# A friend addressed by a word of endearment ("amiga", "bro", "girl"), opening or closing the
# comment or set off by commas: the threat is said to someone close.
_FRIEND_CALLED = re.compile(
    r"(?:^|[,.!¡¿?]\s*)(?:amiga|amigo|amix|amigui|mana|mano|manita|manito|hermana|hermano|"
    r"hermanita|sis|bro|bestie|girl|girlie|babe|dude|wey|guey|compa|comadre|compadre|"
    r"tia|tio|nena|nene|chama|chamo|loca|cielo|reina)(?=\s*(?:[,.!?]|$))"
)


# Menace that no joke excuses: a weapon, a home or workplace known, "not joking", the word
# "serio"; then the friendly reading does not hold.
_MENACE = re.compile(
    r"\b(?:gun|knife|bat|address|where you (?:live|work)|find you|watch your back|for real|"
    r"not (?:joking|kidding)|no joke|i mean it|seriously|pistola|cuchillo|navaja|bate|"
    r"donde vives|donde trabajas|en serio|no es broma|va en serio|ya sabemos|te encontrare|"
    r"os encontraremos|cuidate|cuidaos)\b"
)


# A game or a party named: the friends' occasion a threat of theirs is about.
_OCCASION = re.compile(
    r"\b(?:game|match|final|finals|team|party|birthday|bbq|barbecue|wedding|partido|final|"
    r"equipo|fiesta|cumple|cumpleanos|boda|carrera|torneo|liga|quiniela|porra)\b"
)


def playful_threat(an: Analysis) -> bool:
    """A threat to friends said in play: two of a trivial condition (`_TRIVIAL_IF`), laughter,
    and a game or a party named (`_OCCASION`), and nothing that menaces (`_MENACE`). "Te voy a
    matar si no vienes a la fiesta", "Como no ganéis os voy a matar jajaja" pass; "si no me
    pagas te mato", "if you come near my house again I will kill you" (a condition alone) and
    "te voy a matar, sé dónde vives" do not."""
    text = an.norm.text
    if _MENACE.search(text):
        return False
    signs = (
        bool(_TRIVIAL_IF.search(text)),
        laughs(an),
        bool(_OCCASION.search(text)),
        bool(_FRIEND_CALLED.search(text)),
    )
    return sum(signs) >= 2
