"""The shapes of a group cast as a vice (`hate_everyday`): equated with one, said to bring
crime or disease, to shield its own or be all criminals, to breed, recruit or be sick, to
outbreed us, or reduced to one contemptible trait."""

from __future__ import annotations

import re

# A group said to shield its own, to ruin all it touches, to be all criminals, or to be
# watched as a whole.
OWN = re.compile(
    r"\b(?:protect|protects|protecting|cover for|covers for|covering for|look after|looks "
    r"after|looking after|take care of|takes care of|only hire|hire|hiring|never catch\w*) "
    r"(?:one of )?their own\b|"
    r"\b(?:protegiendo|cubriendo|protege|protegen|cubre|cubren|cuidan|contratan) a (?:los suyos|"
    r"sus paisanos)\b|\bse cuidan entre ellos\b|"
    r"\b(?:GRP|they)(?: (?!no\b|not\b|never\b|nunca\b)\S+){0,4} "
    r"(?:wreck|ruin|destroy|trash|wrecks|ruins|destroys|trashes) "
    r"(?:everything|every \S+|whatever) (?:they|GRP) (?:touch|get|go|move into|move to|"
    r"settle in|live in|take over|go to)\b|"
    r"\b(?:all of them|they are all|every one of them|todos ellos|todos esos|todas esas) "
    r"(?:are |son )?(?:the same |unos |unas |puros |puras )?(?:\S+ )?(?:criminals|thieves|"
    r"terrorists|trash|rapists|gangbangers|animals|delincuentes|ladrones|basura|criminales|"
    r"terroristas|rateros|malandros)\b|"
    r"\b(?:every|all|each) (?:GRP|one of them)(?: \S+){0,5} (?:should|must|needs? to|ought to) "
    r"be (?:on a (?:watch ?list|list|registry)|watched|tracked|registered|monitored)\b|"
    r"\btodos los GRP(?: \S+){0,4} (?:deberian|deben) estar (?:en una lista|vigilados|"
    r"fichados|registrados)\b"
)

# Crime, drugs or disease said to come with a group.
BRING = re.compile(
    r"\bGRP(?: (?!no\b|not\b|never\b|nunca\b|ni\b)\S+){0,4} "
    r"(?:bring|brings|brought|bringing|carry|carries|spread|spreads|"
    r"traen|trajeron|traen consigo|contagian) (?:\S+ ){0,2}(?:diseases?|drugs|crime|gangs|"
    r"violence|filth|lice|tb|enfermedades|drogas|delincuencia|crimen|pandillas|violencia|"
    r"piojos|sarna)\b"
)

# A group equated with a vice or a crime ("Pride = perverts on parade").
_EQUATE_RIGHT = (
    r"(?:perverts?|degenerates?|deviants?|groomers?|predators?|pedophiles?|criminals?|"
    r"terrorists?|gangbangers?|rapists?|thieves|parasites?|leeches|welfare|crime|disease|"
    r"filth|trash|garbage|sickness|pervertidos?|degenerados?|delincuentes?|criminales|"
    r"terroristas?|ladrones|violadores|parasitos|basura|enfermos?|"
    r"future (?:criminals|gangbangers|terrorists|rapists|thieves)|"
    r"mujeres que no \S+ hombre)\b"
)

EQUATE = re.compile(rf"\b(?:GRP)(?: \S+)? = (?:\S+ )?{_EQUATE_RIGHT}")

# Breeding, recruiting and sickness said of a group or of a place of worship.
BREED = re.compile(
    r"\b(?:GRP|they|their \S+|(?:that|this|the|their) (?:neighborhood|neighbourhood|community|"
    r"side of town|shelter|camp|barrio|colonia|albergue)) (?:is|are|has become|have become|es|"
    r"son)(?: \S+)? (?:a |just a |un |una )?(?:breeding grounds?|semillero|nido)\b|"
    r"\b(?:GRP)\b.*\b(?:so they can|to|want to|wants to|just want to) (?:recruit|groom)$|"
    r"\b(?:GRP)\b.*\b(?:recruit|recruiting|groom|grooming) (?:your |our |the |young |"
    r"confused )?(?:kids|children|teens|teenagers|youth|boys|girls)\b|"
    r"\b(?:GRP|they)\b.*\b(?:coming for|going after|after) (?:your|our) (?:kids|children)\b|"
    r"\byour (?:kids|children) are the (?:target|targets)\b|"
    r"\b(?:GRP) (?:is|are) (?:a |an )?(?:sickness|disease|mental illness|mental disorder|"
    r"perversion|sick in the head|mentally ill)\b|"
    r"\b(?:get them|give them|need|needs) (?:treatment|help|therapy|a psychiatrist|"
    r"medication|an exorcism),? not (?:a |an )?(?:permit|parade|rights|law|laws|flag|stage|"
    r"platform|microphone|month|holiday)\b|"
    r"\b(?:GRP|they)\b.*\b(?:always |just )?(?:go|goes|going) (?:for|after) (?:the |our |your )?"
    r"(?:kids|children)\b|"
    r"\bque les den (?:terapia|tratamiento),? (?:y )?no (?:leyes|derechos|permisos|desfiles)\b|"
    r"\b(?:necesitan|ocupan) (?:terapia|tratamiento|un psiquiatra),? no (?:leyes|derechos|"
    r"permisos|desfiles|un escenario|un mes)\b|"
    r"\b(?:GRP)\b.*\b(?:reclutar|reclutan|reclutando) (?:a )?(?:los |nuestros |sus )?"
    r"(?:ninos|hijos|jovenes)\b"
)

# A group said to outbreed the rest ("a punta de hijos").
OUTBREED = re.compile(
    r"\b(?:out ?breed|out-breed|outbreed|out breed) (?:you|us|everyone|the rest of us)\b|"
    r"\b(?:nos|les) (?:ganan|van a ganar) (?:a punta de hijos|por numero|en numero)\b"
)

# A whole group reduced to one contemptible trait ("X are sheep who'll believe anything").
SHEEP = re.compile(
    r"\b(?:GRP) (?:are|is) (?:all |just |basically |mostly |nothing but )?(?:a bunch of |a "
    r"herd of )?(?:sheep|lemmings|cattle|robots|drones|zombies|brainwashed \S+)\b|"
    r"\b(?:GRP)\b(?: \S+){0,4} (?:is|are) (?:mostly |all |just )?(?:degenerates|perverts|"
    r"deviants|freaks|sick in the head)\b|"
    r"\b(?:GRP) (?:son|es) (?:como |puro |pura |un |una )?(?:ganado|borregos|rebano|"
    r"secta de lavados de cerebro)\b"
)
