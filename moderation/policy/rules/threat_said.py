"""Threats and calls for violence read as grammar (clauses `hate` and `troll`).

A threat is three slots in one clause: who is to act or how the harm is wanted (the writer's
intent, "I'll", "vamos a"; a call, "someone should", "hay que", an imperative, "let's"; a wish,
"I hope", "ojalá", a jussive "que" + subjunctive; a due, "deserve", "se merecen"; a norm,
"beating them is fine"), the act (a verb of harm from a class of such verbs, with its idioms:
"teach a lesson with a bat", "darles una golpiza", "prenderles fuego", or a fate the target
suffers: "drown", "se mueran", "aparecer colgados") and the target (a protected group, the
people a pronoun stands for, the author, a commenter or someone named). Stock phrases are the
other rules' business (`troll.tsv`, `hate.violence`'s shapes); this reader sees the forms no
stock phrase holds.

`hate.violence` reads the threats whose target is a protected group, `troll.threat` the rest.
Nothing here counts when the clause is negated ("nobody deserves to be beaten"), reported or
quoted to be condemned, a punishment through the courts, self-defence, a sports result or a
figure of speech ("this bill will kill small farms", "me muero de risa", "killed it on stage").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from moderation.policy.analysis import Analysis
from moderation.policy.lexicon import conjugate, expand, literal_alternation, pattern_needles
from moderation.policy.rules import Hit
from moderation.policy.rules.context import (
    all_quoted,
    condemned_elsewhere,
    dismissed_after,
    kind_manner,
    playful_threat,
    quoted_claim,
    reported_after,
    suppressed,
)
from moderation.policy.rules.hate_shapes import _PROXIES
from moderation.policy.rules.threat_veiled.group import _GROUP_PLACE


@dataclass(frozen=True, slots=True)
class Threat:
    target: str  # "group" (a protected group), "person" (someone named or spoken to), "people"
    strong: bool  # a clear act of harm; a weak one ("deal with", "teach a lesson") holds
    first: int  # units
    last: int
    why: str


# The first four letters of the first word of every act, fate and due (the gate below): a
# comment none of whose words starts so holds no threat this reader can see.
_TRIGGERS: dict[str, set[str]] = {"en": set(), "es": set()}


_LIGHT = frozenset(
    {"get", "gets", "be", "are", "is", "end", "ends", "wind", "turn", "up", "set", "sets",
     "setting", "make", "makes", "made", "se", "le", "les", "lo", "la", "los", "las", "ir",
     "a", "al", "el", "en", "de", "con", "por",
     "caiga", "caigan", "toque", "pase", "van", "vayan", "what's", "what", "me", "nos",
     "un", "una", "unos", "todos", "todas", "te", "que", "y"}
)  # fmt: skip


def _trigger(form: str) -> str:
    """The first four letters of a form's first word that is not a light one ("get shot":
    "shot"; "se mueran": "muer")."""
    words = form.split()
    return next((w for w in words if w not in _LIGHT), words[-1])[:4]


def _alt(*terms: str) -> str:
    """One regex alternation (a trie) of the English terms with their `{a|b}` choices
    expanded; their first words are triggers."""
    forms = {f for t in terms for f in expand(t)}
    _TRIGGERS["en"].update(_trigger(f) for f in forms)
    return "(?:" + literal_alternation(forms) + ")"


# The third person plural subjunctives (the plural imperatives: "maten", "quémenlos") of the
# Spanish acts, filled by `_es`.
_SUBJUNCTIVE: set[str] = set()
# The first person futures of the Spanish acts ("mataremos", "colgaré"), filled by `_es`: the
# writer's intent with no "voy a" ("os colgaremos", "los mataremos a todos").
_FUTURE: set[str] = set()


def _futures() -> str:
    """The futures `_es` gathered since the last call, as one alternation (none: no match)."""
    forms = set(_FUTURE)
    _FUTURE.clear()
    return "(?:" + literal_alternation(forms) + ")" if forms else "(?!x)x"


def _es(*infinitives: str, extra: tuple[str, ...] = ()) -> str:
    """The common forms of Spanish verbs (`lexicon.conjugate`), with the plural imperatives and
    their object pronouns ("mátenlos", "denles"), as one alternation."""
    forms = set(extra)
    _SUBJUNCTIVE.update(f for f in extra if f.endswith(("en", "an", "enlos", "enlas", "enles")))
    for inf in infinitives:
        head, _, tail = inf.partition(" ")
        plural = "en" if head.endswith("ar") else "an"
        stem = head[:-2]
        for f in conjugate(head):
            if f.endswith(plural) and len(f) <= len(stem) + 3 and not f.endswith(("ran", "ian")):
                _SUBJUNCTIVE.update(f + c for c in ("", "los", "las", "les", "le", "lo", "la"))
            forms.add(f"{f} {tail}".strip())
            if f.endswith(("en", "ar", "er", "ir")) and not f.endswith("ien"):
                for c in ("los", "las", "les", "lo", "la", "le", "te"):
                    forms.add(f"{f}{c} {tail}".strip())
                if f.endswith(("ar", "er", "ir")):
                    forms.add(f"{f}os {tail}".strip())  # Spain's "mataros", "quemaros"
            if f in (head + "e", head + "emos"):  # "matare", "mataremos"; not "masacre"
                _FUTURE.add(f"{f} {tail}".strip())
    _TRIGGERS["es"].update(_trigger(f) for f in forms)
    return "(?:" + literal_alternation(forms) + ")"


# ---------------------------------------------------------------------------------------------
# The act: verbs of harm. Strong ones name a blow, a killing or a burning; weak ones ("deal
# with", "handle", "dar su merecido") threaten only with their target plain, and hold.
_EN_ACT = _alt(
    "kill{|s|ed|ing}",
    "murder{|s|ed|ing}",
    "shoot{|s|ing}",
    "shot",
    "stab{|s|bed|bing}",
    "hang{|s|ed|ing}",
    "hung",
    "lynch{|es|ed|ing}",
    "beat{|s|en|ing} {up|the shit out of|"
    "the hell out of|the crap out of|to death|to a pulp|senseless|bloody}",
    "burn{|s|ed|ing|t}",
    "torch{|es|ed|ing}",
    "gassed",
    "gassing",
    "bomb{|s|ed|ing}",
    "nuke{|s|d}",
    "nuking",
    "slaughter{|s|ed|ing}",
    "butcher{|s|ed|ing}",
    "massacre{|s|d}",
    "massacring",
    "exterminate{|s|d}",
    "exterminating",
    "eradicate{|d}",
    "annihilate{|d}",
    "wipe{|s|d} out",
    "wiping out",
    "string{|s|ing} up",
    "strung up",
    "drown{|s|ed|ing}",
    "hurt{|s|ing}",
    "punch{|es|ed|ing}",
    "strangle{|s|d}",
    "strangling",
    "choke{|s|d}",
    "choking",
    "behead{|s|ed|ing}",
    "decapitate{|d}",
    "rape{|s|d}",
    "raping",
    "torture{|s|d}",
    "torturing",
    "whip{|s|ped|ping}",
    "flog{|s|ged|ging}",
    "stone{|d}",
    "stoning",
    "run{|s|ning} over",
    "ran over",
    "run{|s|ning} down",
    "ran down",
    "mow{|s|ed|ing|n} down",
    "gun{|s|ned|ning} down",
    "blow{|s|ing|n} up",
    "blew up",
    "put{|s|ting} down",
    "bash{|es|ed|ing}",
    "curb{ |-}stomp{|s|ed|ing}",
    "stomp{|s|ed|ing}",
    "crucify",
    "crucified",
    "hunt{|s|ed|ing} down",
    "finish{|es|ed|ing} off",
    "rough{|s|ed|ing} up",
    "smash{|es|ed|ing} {in|up}",
    "knee{|d}cap",
    "pistol{-| }whip{|ped}",
    "skin{|ned} alive",
    "bury{|ied} alive",
    "set{|s|ting} fire to",
    "light{|s|ing} up",
)
# Acts that are harm only with a body part or a home as their object: "break your legs",
# "smash their faces in", "burn down their houses", "set their homes on fire".
_EN_BODY = (
    r"(?:legs?|neck|necks|jaws?|face|faces|skulls?|heads?|bones|kneecaps|teeth|ribs|arms?|"
    r"fingers|throats?|nose|noses|spine|back|backs)"
)
_EN_BODY_ACT = _alt(
    "break{|s|ing}",
    "broke",
    "smash{|es|ed|ing}",
    "bash{|es|ed|ing}",
    "bust{|s|ed|ing}",
    "crack{|s|ed|ing}",
    "cave{|d} in",
    "cut{|s|ting}",
    "slit{|s|ting}",
    "snap{|s|ped|ping}",
    "knock{|s|ed|ing} out",
)
_EN_HOME = (
    r"(?:house|houses|home|homes|car|cars|truck|shop|shops|store|stores|church|churches|"
    r"mosque|mosques|synagogue|synagogues|temple|temples|office|business|businesses|trailer|"
    r"apartment|camp|camps|village|neighbou?rhood)"
)
_EN_FIRE = _alt(
    "burn{|s|ed|ing|t} down",
    "torch{|es|ed|ing}",
    "firebomb{|s|ed|ing}",
    "set{|s|ting} fire to",
    "blow{|s|ing|n} up",
    "blew up",
    "bomb{|s|ed|ing}",
    "burn{|s|ed|ing|t}",
    "shoot{|s|ing} up",
    "shot up",
)
_EN_WEAK = _alt(
    "deal{|s|t|ing} with",
    "make{|s} pay",
    "made pay",
    "settle{|s|d} {the score|accounts} with",
    "come{|s} for",
    "run{|s} out of town",
    "beat{|s|ing}",
)
# The same acts with a weapon or a blow named make the weak ones strong: "teach those X a
# lesson with a bat", "deal with them with live rounds".
_EN_MEANS = (
    r"\b(?:with|using|and) (?:a |an |my |our |some |the |his |their )?(?:(?:baseball|aluminum|"
    r"louisville) )?(?:bats?|clubs?|guns?|rifles?|shotguns?|pistols?|ar|ar-?15|ak|glock|"
    r"live rounds|bullets?|lead|rope|ropes|noose|machetes?|knife|knives|fists?|fire|gasoline|"
    r"tire irons?|crowbars?|pipes?|chains?|brass knuckles|pitchforks|torches|molotovs?|"
    r"something heavy|boots)\b"
)
# A fate the target suffers (the target is its subject): "hope they drown", "deserve to die".
_EN_FATE = _alt(
    "die",
    "dies",
    "drown{|s}",
    "burn{|s}",
    "hang{|s}",
    "fry",
    "fries",
    "bleed{|s} out",
    "choke{|s}",
    "rot{|s} in hell",
    "burn{|s} alive",
    "burn{|s} in hell",
    "{get|gets|be|are|is|end up|ends up|wind up|turn up} {shot|killed|murdered|stabbed|lynched|"
    "hanged|hung|burned|burnt|beaten|beaten up|hurt|raped|run over|slaughtered|wiped out|"
    "gassed|beheaded|tortured|strung up|put down|executed by|dead|blown up|bombed|"
    "torched|drowned|exterminated|massacred}",
    "{get|gets|be} what{'s| is} coming{| to them| to him| to her| to you}",
    "{get|gets|be|is|are} {hit|run over|flattened} by a {truck|bus|car|train|semi}",
)
# What the target is owed or should get, as a noun: "deserve a bullet", "need a beating".
_EN_DUE = (
    r"(?:a (?:good |proper |real )?(?:beating|bullet|kicking|thrashing|hiding|lynching|"
    r"hanging|rope|noose|bat to the (?:head|face|knees)|bullet (?:in|to) the (?:head|face)|"
    r"shot in the head|knife|pounding)|the (?:rope|noose|bullet)|bullets|lead|to die|to hang|"
    r"death|to be (?:shot|killed|hanged|hung|beaten|lynched|burned|gassed|hurt|raped|"
    r"exterminated|wiped out|strung up|put down|stabbed|tortured|murdered|slaughtered)|"
    r"whatever (?:happens|comes|they get|he gets|she gets)|what(?:'s| is) coming|"
    r"what happens to (?:them|him|her|you)|"
    r"everything (?:they|he|she) get)"
)

# Spanish acts, in their common forms; most need a person or a group as their object.
_ES_ACT = _es(
    "matar",
    "asesinar",
    "balear",
    "plomear",
    "fusilar",
    "ahorcar",
    "colgar",
    "linchar",
    "quemar",
    "incendiar",
    "golpear",
    "pegar",
    "madrear",
    "apalear",
    "apedrear",
    "acuchillar",
    "apunalar",
    "degollar",
    "decapitar",
    "descuartizar",
    "violar",
    "torturar",
    "exterminar",
    "aniquilar",
    "masacrar",
    "ahogar",
    "gasear",
    "bombardear",
    "atropellar",
    "reventar",
    "desaparecer",
    "secuestrar",
    "partir la madre",
    "partir la cara",
    "partir la ma",
    "romper la cara",
    "romper la madre",
    "romper las piernas",
    "romper el hocico",
    "romper los huesos",
    "romper la boca",
    "quebrar",
    "enterrar",
    "tronar",
    "cazar",
    "rematar",
    # thrown into the sea or a river to drown: "os echaremos al mar", "tirarlos al río"
    "echar al mar",
    "tirar al mar",
    "arrojar al mar",
    "echar al rio",
    "tirar al rio",
    "arrojar al rio",
    extra=(
        "cuelguen",
        "cuelguenlos",
        "cuelguenlas",
        "cuelgan",
        "cuelga",
        "cuelgo",
        "cuelgue",
        "revienten",
        "reviento",
        "revientan",
        "ahorquen",
        "ahorquenlos",
        "peguen",
        "peguenles",
        "peguenle",
        "maten",
        "matenlos",
        "matenlas",
        "quemen",
        "quemenlos",
        "chinguenlos",
        "se los chinguen",
        "se los chingaran",
        "truenen",
        "linchen",
        "lynchen",
        "fusilen",
        "fusilenlos",
        "violen",
        "ahoguen",
        "apedreen",
        "atropellen",
        "golpeen",
        "golpeenlos",
        "entierren",
        "entierrenlos",
        "desaparezcan",
        "desaparezco",
        "desaparezca",
    ),
)
_ES_ACT_FUTURE = _futures()
# "dar" and "meter" with a blow or a shot as their object: "les dé una golpiza", "metanle un tiro".
_ES_GIVE = _es(
    "dar", "meter", "echar", "soltar", "aplicar", "poner",
    extra=("de", "den", "denle", "denles", "doy", "damos", "daremos", "dare", "daria", "dimos",
           "dieran", "diera", "demos", "dale", "dales", "metanle", "metanles", "echenle",
           "echenles", "pongan", "ponganle", "ponganles", "pongo"),
)  # fmt: skip
_ES_GIVE_FUTURE = _futures()
_ES_BLOW = (
    r"(?:una (?:buena |gran |tremenda |santa )?(?:golpiza|paliza|madriza|putiza|chinga|"
    r"calentada|calentadita|zarandeada|tunda|felpa|sopa de su propio chocolate|bala|"
    r"cuchillada|pedrada|patada|madrina)|un (?:buen )?(?:tiro|balazo|plomazo|machetazo|"
    r"escarmiento|susto|levanton|cuetazo|madrazo|putazo|vergazo|fregadazo|corrector)|unos "
    r"(?:tiros|balazos|plomazos|madrazos|putazos|vergazos|cuantos (?:tiros|balazos|golpes|"
    r"madrazos|plomazos))|(?:de )?(?:plomo|bala|balazos|cran|piso|matarile|chicharron|"
    r"cuello|muerte)|fuego|candela|su merecido|una leccion|lo que (?:se merecen|se merece|"
    r"merecen|merece))"
)
# The blows of `_ES_BLOW` that are weak alone: a lesson, a fright, what they deserve.
_ES_WEAK_BLOW = re.compile(
    r"(?:un (?:buen )?(?:escarmiento|susto)|su merecido|una leccion|lo que (?:se )?merecen?|"
    r"una (?:buena |gran )?sopa de su propio chocolate)$"
)
_ES_FIRE = _es("prender fuego", "pegar fuego", "echar gasolina", "rociar gasolina",
               extra=("prendan fuego", "peguen fuego", "prenderles fuego", "prenderle fuego",
                      "prendanle fuego", "prendanles fuego"))  # fmt: skip
_ES_FIRE_FUTURE = _futures()
_ES_WEAK = _es(
    "acabar con", "eliminar", "encargarse de", "ajustar cuentas con", "cobrar", "agarrar",
    "esperar", "sacar", "ensenar", "chingar",
    extra=("nos encargamos de", "me encargo de", "vamos por", "voy por", "vamos a por",
           "les vamos a ensenar", "nos vamos a encargar de", "encarguense de",
           "se encarguen de", "acaben con"),
)  # fmt: skip
_ES_WEAK_FUTURE = _futures()
_ES_MEANS = (
    r"\b(?:a|con|entre) (?:(?:unos|unas|puros|puras|los|las|mis|sus|nuestros|un|una) )?"
    r"(?:palos|pedradas|piedras|balazos|balas|tiros|plomo|plomazos|golpes|patadas|madrazos|"
    r"putazos|machetazos|machetes|cuchillos|navajas|bates?|tubos|cadenas|fuego|gasolina|"
    r"cuerdas?|sogas?|armas?|pistolas?|rifles?|cuernos de chivo|r-?15|ak|fierros|chingadazos|"
    r"cintarazos|cinturonazos|latigazos)\b|\bentre todos\b|\ba la (?:fuerza|mala)\b|"
    r"\bpor las malas\b|\bque no salga caminando\b|"
    r"\bque no (?:quede|salga) vivo\b"
)
_ES_FATE = _es(
    "morir", "ahogar", "arder", "aparecer muertos", "aparecer muertas", "aparecer colgados",
    "aparecer colgadas", "aparecer descuartizados", "aparecer en bolsas", "aparecer en una fosa",
    "terminar muertos", "terminar colgados", "acabar muertos", "acabar colgados",
    "llegar en bolsas", "volar en pedazos",
    extra=("ir a la hoguera", "ir a la horca", "ir al paredon", "vayan al paredon", "mueran",
           "volar junto con sus", "volar con sus", "vuelen junto con sus", "vuelen con sus",
           "muera", "se mueran", "se muera", "moriran", "morira", "murieran",
           "muriera", "se ahoguen", "se ahogue", "se ahogaran", "ardan", "arda", "ardieran",
           "se pudran", "aparezcan muertos", "aparezcan muertas", "aparezcan colgados",
           "aparezcan colgadas", "aparezcan todos muertos", "aparezcan todos colgados",
           "aparecer todos colgados", "aparecer todos muertos", "vayan a la hoguera",
           "vayan a la horca", "van a arder", "van a morir", "se van a morir",
           "les caiga una bala", "les caiga un rayo", "les caiga una bomba", "le caiga una bala",
           "le caiga un rayo", "les caigan balas", "les toque una bala", "le toque una bala",
           "les pase el trailer encima", "les pase un trailer encima", "les pase el tren encima",
           "balacera le toque", "balacera les toque", "bala le toque", "bala les toque",
           "bomba le toque", "bomba les toque"),
)  # fmt: skip
_futures()  # "moriremos" is no threat: the fates' futures are left out
_ES_DUE = (
    r"(?:la (?:muerte|horca|hoguera|silla electrica)|morir|una bala|un tiro|un balazo|"
    r"plomo|que (?:(?:los|las|les|le|lo|la|se) )+(?:"
    + _ES_ACT
    + "|"
    + _ES_GIVE
    + " "
    + _ES_BLOW
    + r"|pase (?:el|un) (?:trailer|tren|camion) encima|caiga (?:una bala|un rayo))|"
    r"ser (?:golpead|asesinad|quemad|"
    r"colgad|linchad|fusilad|ahorcad|violad|torturad|exterminad|apalead|apedread|"
    r"masacrad|baleead|matad|ejecutad)[oa]s?|" + _ES_BLOW + ")"
)

# ---------------------------------------------------------------------------------------------
# Who acts, or how the harm is wanted.
_EN_INTENT = (
    r"\b(?:i|we)(?:'ll| will| shall|'d| would)(?: (?:just|personally|gladly|happily|"
    r"gonna|go|come|finally|really|all))*"
    r"|\b(?:i|we)(?:'m| am|'re| are) (?:going to|gonna|about to|fixing to|finna|coming to|"
    r"ready to|itching to|dying to|happy to|willing to)(?: (?:go|come|personally|just))?"
    r"|\b(?:i|we)(?: really| would|'d)? (?:want|wanna|love|like|plan|intend|mean|need|have|"
    r"got|gotta)(?: to)?(?: (?:go|come|personally|just))?"
    r"|\blet(?:'s| us)(?: (?:go|just|all|finally))*"
    r"|\b(?:i|we) (?:can't|cannot|can not) wait to"
)
_EN_PROGRESSIVE = r"\b(?:i|we)(?:'m| am|'re| are)(?: (?:just|personally|gonna))?"
_EN_CALL = (
    r"\b(?:someone|somebody|anyone|anybody|people|y'?all|you guys|you all|everyone|everybody|"
    r"we all|we|real men|patriots|citizens|the (?:town|neighbou?rhood|community))"
    r"(?: (?:really|just|seriously|honestly|finally))? (?:should|ought to|oughta|needs? to|"
    r"has to|have to|must|gotta|better|should've|should have|could|can)"
    r"(?: (?:just|finally|really|go|come|all))*"
    r"|\b(?:time to|it'?s time (?:we|to)|someone please|somebody please|"
    r"why (?:doesn'?t|don'?t|won'?t) (?:someone|somebody|anyone|we|you guys))"
    r"(?: (?:just|finally|go))*"
    r"|\b(?:should've|should have|shoulda|should|need to|needs to|ought to|must)"
    r"(?: (?:just|all|finally|go))*"
)
_EN_WISH = (
    r"\b(?:i |we )?(?:hope|pray|wish|hoping|praying)(?: to god)?(?: that)?"
    r"|\b(?:hopefully|god willing|here'?s hoping|pray that|inshallah|fingers crossed)"
    r"|\b(?:i|we)(?:'d| would) (?:pay (?:good )?money|give anything|love|like) to see"
    r"|\b(?:can'?t|cannot) wait (?:to see|until|till|for the day)"
    r"|\b(?:i|we) (?:want|wanna|need) to see"
)
# The clause a wish opens: its subject, then the act or fate (up to five words between).
_WISH_SUBJECT = r"(?:\s+[\w'@*-]+){0,8}?"

_ES_INTENT = (
    r"\b(?:(?:te|lo|la|los|las|les|le|nos|os)\s+)?(?:voy|vamos|iremos|ire) a"
    r"(?: (?:ir a|venir a|tener que))?(?: (?:te|lo|la|los|las|les|le|os))?"
    r"|\b(?:yo|nosotros) (?:mismos? )?(?:(?:te|lo|la|los|las|les|le) )?"
    r"|\b(?:me|nos) (?:encantaria|gustaria|dan ganas de|muero por)"
)
# "vamos a empezar a matarlos": a verb of starting between the mood and the act
_ES_LEAD = r"(?:(?:empezar|comenzar|ponernos|ponerme|salir|ir) a\s+)?"
_ES_CALL = (
    r"\b(?:hay que|hay q|habria que|habra que|tenemos que|tendriamos que|deberiamos|debemos|"
    r"deberian|deben|tienen que|tendrian que|toca|urge|hace falta|necesitamos|se tiene que|"
    r"se deberia|se debe|alguien (?:deberia|tiene que|tendria que|debe|deberia de)|"
    r"que alguien|falta que alguien|ya es hora de|es hora de|a ver cuando)"
    r"(?: (?:de|ir a|juntarnos y|organizarnos y|salir a|ya|de una vez))*"
    r"(?: (?:te|lo|la|los|las|les|le|se))?"
)
_ES_WISH = (
    r"(?:^|[,;:]\s*|\by\s+|\bpues\s+)que(?: (?:alguien|todos|todas|ya|de una vez|dios))?"
    r"|\b(?:ojala|ojala que|espero que|quiero que|quisiera que|deseo que|pido que|"
    r"dios quiera que|a ver si|ojala y)(?: (?:alguien|todos|todas|ya|pronto|de una vez|"
    r"un dia|algun dia|la proxima))*"
)
_ES_CLITICS = r"(?:\s+(?:te|lo|la|los|las|les|le|se|me|os))*"

# ---------------------------------------------------------------------------------------------
# Targets. Second person (a commenter, the author spoken to), the author or a role, a person
# word; a plural pronoun stands for the group or people named near it.
_YOU = {
    "en": frozenset({"you", "u", "ya", "your", "yours", "yourself", "y'all", "yall", "ur"}),
    "es": frozenset({"te", "ti", "tu", "tus", "usted", "ustedes", "vos", "contigo", "os",
                     "vosotros", "vosotras", "vuestro", "vuestra", "vuestros", "vuestras"}),
}  # fmt: skip
_ROLE = frozenset(
    {"author", "writer", "columnist", "reporter", "journalist", "editor", "moderator", "mods",
     "blogger", "autor", "autora", "columnista", "periodista", "reportero", "reportera",
     "editora", "moderador", "moderadora", "mayor", "alcalde", "alcaldesa", "senator",
     "senador", "senadora", "councilman", "councilwoman", "sheriff", "judge", "juez", "jueza",
     "governor", "gobernador", "presidente", "diputado", "diputada", "regidor", "regidora",
     "commissioner", "teacher", "maestro", "maestra", "profesor", "profesora", "priest", "cura",
     "padre", "pastor", "neighbor", "neighbour", "vecino", "vecina", "worker", "guy", "dude",
     "man", "woman", "boy", "girl", "kid", "lady", "tipo", "tipa", "wey", "guey", "vato",
     "cabron", "morro", "morra", "sujeto", "senor", "senora", "ratero", "ratera", "dueno",
     "duena", "activist", "activista", "owner", "clerk", "official", "politician", "politico",
     "family", "familia", "wife", "esposa", "husband", "esposo", "son", "daughter", "hijo",
     "hija", "kids", "hijos", "poll", "clown", "idiot", "moron", "imbecil", "pendejo",
     "pendeja", "idiota", "payaso", "traitor", "traidor", "traidora", "snitch", "soplon",
     "rata", "bastard", "bitch", "scum", "him", "her", "usted"}
)  # fmt: skip
_PEOPLE = frozenset(
    {"them", "they", "those people", "these people", "people", "folks", "protesters",
     "protestors", "activists", "reporters", "journalists", "liberals", "conservatives",
     "democrats", "republicans", "leftists", "commies", "traitors", "neighbors", "teens",
     "kids", "boys", "men", "families", "ellos", "ellas", "gente",
     "esa gente", "esta gente", "todos", "todas", "vecinos", "activistas", "periodistas",
     "manifestantes", "chairos", "fifis", "zurdos", "fachos", "a todos", "a todas",
     "every last one of them", "every one of them", "each one of them", "each of them",
     "all of them", "them all", "every single one of them", "every last one", "one of them",
     "anyone", "anybody", "everyone", "whoever", "voters", "supporters", "marchers"}
)  # fmt: skip
# Not people: vermin and weeds ("kill every last one of them" after "the roaches"), things.
_PESTS = re.compile(
    r"\b(?:roach(?:es)?|cockroach(?:es)?|rats? (?:in|under) (?:the|my|our)|mice|bugs|weeds|"
    r"mosquito(?:e?s)?|ants|termites|flies|wasps|hornets|ticks|fleas|lice|zombies|orcs|"
    r"goblins|enemies in|boss(?:es)? in|cucarachas|ratones|plagas? (?:del|de la) (?:jardin|"
    r"casa)|mosquitos|hormigas|moscas|chinches|malezas|hierbas|zombis|zombies)\b"
)

# ---------------------------------------------------------------------------------------------
# Readings that are no threat, in the clause of the act.
_FIGURE_EN = re.compile(
    r"\b(?:kill|murder|strangle|stab|shoot|die|fight|punch)(?: (?:a man|someone|somebody|"
    r"anyone|my (?:own )?\w+))? for (?:a|an|some|one|that|this|just one)\b|"
    r"\b(?:kill(?:s|ed|ing)? (?:it|time|me|myself|the messenger)|killing it|killed it|"
    r"(?:kill|murder|shoot|torch|burn|bury|strangle|gut|hang|nuke|blow up)\w* (?:the |a |this |"
    r"that |their |our |his |her |any |every )?(?:[\w-]+ ){0,2}(?:bill|bills|deal|vibe|mood|"
    r"show|competition|idea|momentum|lights?|engine|music|buzz|proposal|amendment|measure|"
    r"ordinance|plan|project|reform|budget|program|policy|initiative|motion|tax|levy|"
    r"zoning|rezoning|permit|contract|merger|debate|conversation|thread|joke|argument)\b|"
    r"die (?:of|from) (?:laughter|laughing|embarrassment|boredom|shame|cringe)|"
    r"(?:kill|killing|murder|murdering|destroy|destroying|crush|crushing|beat|beating|"
    r"shoot|shooting) (?:a|the|my|our|that|this|those|these|some)? ?(?:burger|pizza|beer|"
    r"sandwich|song|game|exam|test|interview|record|workout|traffic|odds|clock|deadline|"
    r"competition|market|photos?|video|film|scene|ball|shot|hoops|breeze|bill|proposal|"
    r"polls?|budget|farms?|jobs|business|economy|industry|town|city|deal|point|argument)\b)|"
    r"\bwith (?:kindness|love|laughter|kisses|facts|logic|votes|ballots)\b|"
    r"\b(?:at|in) the (?:polls|ballot box|ballot|election|midterms|primaries|primary|debate|"
    r"next election|courts?|courtroom|marketplace|market|box office)\b|"
    r"\b(?:hang(?:s|ing)? out|hang in there|hung up|blow(?:s|ing)? up (?:my|your|the) "
    r"(?:phone|inbox|feed|mentions)|burn(?:s|ed|ing)? (?:calories|fat|bridges|the midnight "
    r"oil|money|cash|daylight|rubber)|shoot(?:s|ing)? (?:me|us|him|her|them) (?:a|an) "
    r"(?:message|email|text|dm|note|line)|beat (?:the|this|that) (?:heat|rush|system|odds|"
    r"record|traffic|clock|deadline|virus|cancer|addiction)|take care of (?:yourself|"
    r"themselves|himself|herself|each other|your|their|the kids|my|our|the paperwork|"
    r"business|it|this|that))\b"
)
_FIGURE_ES = re.compile(
    r"\b(?:me muero de|nos morimos de|se mueren de|morir de (?:risa|hambre|ganas|sed|"
    r"calor|frio|amor|pena|verguenza|envidia|aburrimiento)|muero de|me mata(?:s|n)? de|"
    r"matar (?:el tiempo|el hambre|la sed|dos pajaros|al mensajero)|mato de risa|"
    r"(?:mat|asesin|quem|enterr|revent|ahorc|sepult|fusil)\w* (?:la|esa|esta|una|el|ese|este|un|"
    r"los|las|esos|esas|estas|estos) (?:propuestas?|reformas?|ley|leyes|iniciativas?|"
    r"proyectos?|ideas?|dictamen|presupuestos?|negocios?|temas?|debates?|contratos?|"
    r"acuerdos?|planes?|plan|licitacion|concesion|tratado|votacion)|mataria por|"
    r"muerto de (?:risa|"
    r"hambre|cansancio|sueno|miedo)|morirme de|a besos|de risa|matar la (?:iniciativa|"
    r"reforma|propuesta|ley)|en las urnas|en las elecciones|en la cancha|en el ring|"
    r"en el debate|a (?:preguntas|abrazos|cosquillas|mimos)|spoilers?|en (?:audiencia|redes|las "
    r"redes|la gala|el concurso|el programa|los votos|las votaciones|el casting)|si no (?:vienes|"
    r"venis|votais|votas|me invitas|me invitais|me llamas|me llamais|me escribes)|"
    r"pegar (?:un|una|el|la|los|las) (?:cartel|carteles|anuncio|anuncios|"
    r"foto|fotos|grito|brinco|salto|vistazo|ojo)|colg\w* (?:el|la|un|una|los|las) "
    r"(?:telefono|video|foto|fotos|post|ropa|cuadro|tenis|guantes|botas)|quemar "
    r"(?:calorias|grasa|las naves|los ojos|el arroz|la comida|cartuchos|la basura|"
    r"incienso|basura|hojas)|se me quema|quemo la cena|darle (?:like|me gusta|una "
    r"oportunidad)|echar(?:le)? (?:ganas|la culpa|un ojo|un vistazo)|cazar (?:ofertas|"
    r"pokemon|talentos)|matar(?:se)? (?:trabajando|estudiando))\b"
)
_SPORT = re.compile(
    r"\b(?:game|match|matchup|season|playoffs?|finals?|tournament|league|(?:first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|final|next|\d+(?:st|nd|rd|"
    r"th)) round|ring|"
    r"fight night|boxing|boxer|ufc|mma|knockout|ko|score|scored|goals?|points|innings?|"
    r"quarter|halftime|touchdown|rematch|team|coach|court|field|pitch|stadium|"
    r"partido|juego|temporada|liguilla|final|torneo|liga|asalto|boxeo|boxeador|"
    r"pelea|nocaut|marcador|goles?|gol|cancha|estadio|equipo|seleccion|tri|clasico|"
    r"\d+\s*(?:-|a|to)\s*\d+)\b"
)
# The harm is the courts' or the state's (a sentence, prison) or the writer's defence.
_COURTS = re.compile(
    r"\b(?:jail|prison|locked up|lock (?:him|her|them) up|behind bars|life sentence|for life|"
    r"death penalty|death row|electric chair|sentenced|convicted|trial|court|courts|judge|"
    r"jury|the law|legally|carcel|prision|tras las rejas|cadena perpetua|pena de muerte|"
    r"sentencia|juicio|juez|jueza|condena|condenado|condenados|la ley|legalmente)\b"
)
_DEFENCE = re.compile(
    r"\b(?:self[- ]defen[cs]e|defend (?:myself|my family|my home|ourselves|my kids)|"
    r"(?:breaks?|broke|breaking) into (?:my|our)|break in|breaks in|broke in|attacks? "
    r"(?:me|my|us|our)|comes? at (?:me|us)|threatens? (?:me|my|us|our)|"
    r"defensa propia|defender(?:me|nos)? a mi (?:familia|casa)|legitima defensa|"
    r"(?:se mete|se meta|se metio|entra|entre|entro) a (?:mi|nuestra) casa|me ataca|nos ataca|"
    r"me quiere (?:matar|robar)|intruders?|home invaders?|burglars?|rapists?|"
    r"(?:a|the) bear|bears|coyotes?|dogs? attack)\b"
)
# Someone other than the writer who would do it as their job or in a war: a report or a
# policy debate ("should police be allowed to shoot", "the army should bomb the cartel").
_STATE_AGENTS = re.compile(
    r"\b(?:police|cops?|officers?|troops|army|military|soldiers|marines|navy|air force|"
    r"government|the state|swat|guards|sniper|policias?|ejercito|militares|soldados|marina|"
    r"gobierno|guardia nacional|la guardia|agentes|allowed to|permitted to|authori[sz]ed|"
    r"the right to|legal to|should it be legal|permitir|permitido|autorizad[oa]s?)\b"
)
# Criminals as the target: a penal opinion, not a threat to a group ("cartel members should
# be hanged"); a call on "someone" or a vigilante "we" stays a threat to a person.
_CRIMINALS = re.compile(
    r"(?:\b(?:who|that)|\b(?:los|las|el|la|aquel|aquellos|esos|esas|unos) que|\bquienes)\s+"
    r"(?:\w+\s+)?(?:shot|killed|murdered|raped|kidnapped|"
    r"stabbed|tortured|molested|abused?|trafficked|mataron|mato|asesinaron|asesino|violaron|"
    r"violo|secuestraron|secuestro|torturaron|abusaron|balearon|desaparecieron)\b|"
    r"\b(?:gang ?members?|gangbangers?|smugglers?|pandilleros?|polleros?|abusers?|"
    r"murderers?|killers?|rapists?|pedophiles?|pedos|child molesters?|molesters?|"
    r"terrorists?|shooters?|gunman|gunmen|traffickers?|cartels?|cartel members|sicarios?|"
    r"narcos?|narcotraficantes?|secuestradores?|violadores?|asesinos?|pederastas?|"
    r"feminicidas?|terroristas?|mass shooters?|school shooters?|war criminals?)\b"
)

_NEGATION = re.compile(
    r"\b(?:not|never|no|nobody|no one|noone|nothing|nunca|jamas|nadie|ningun|ninguna|ni|"
    r"don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|shouldn'?t|can'?t|cannot|mustn'?t|isn'?t|"
    r"aren'?t|stop|deja de|dejen de|dejar de|instead of|en vez de|en lugar de|rather than|"
    r"sin)\b"
)
# What a sentence says when it is grief, fear for someone or a report of harm done.
_GRIEF = re.compile(
    r"\b(?:rest in peace|rip|descanse en paz|condolences|pesame|thoughts and prayers|"
    r"praying for|afraid (?:that|they|he|she|someone)|scared (?:that|they|someone)|worried "
    r"(?:that|they|someone)|tengo miedo de que|me da miedo que|temo que|miedo a que|"
    r"for the families|por las familias|victims?|victimas?)\b"
)


@dataclass(frozen=True, slots=True)
class _Shape:
    name: str
    rx: re.Pattern
    where: str  # where the target is: "after" the act, "before" (its subject), "both"


def _compile(name: str, pattern: str, where: str) -> _Shape:
    return _Shape(name, re.compile(pattern), where)


# Verbs with their object between the verb and its particle: "wipe them out", "beat him up".
_EN_PARTICLE = (
    r"(?:wip(?:e|es|ed|ing)|beat(?:s|ing)?|string(?:s|ing)?|strung|rough(?:s|ed|ing)?|"
    r"finish(?:es|ed|ing)?|hunt(?:s|ed|ing)?|gun(?:s|ned|ning)?|mow(?:s|ed|ing)?|"
    r"blow(?:s|ing)?|blew|burn(?:s|ed|ing|t)?|smash(?:es|ed|ing)?|shoot(?:s|ing)?|shot|"
    r"light(?:s|ing)?|lit|run(?:s|ning)?|ran|cut(?:s|ting)?|"
    r"knock(?:s|ed|ing)?) (?:[\w']+ ){1,3}?(?:out|up|down|off|to death|to a pulp|alive|"
    r"on fire|over|senseless|bloody|black and blue|half to death|within an inch)\b"
)
# Thrown into the sea or a river to drown: "we'll drive you into the sea".
_EN_SEA = (
    r"(?:throw|throws|throwing|threw|thrown|drive|drives|driving|drove|push|pushes|pushing|"
    r"pushed|dump|dumps|dumping|dumped|toss|tosses|tossing|tossed) (?:[\w']+ ){1,3}?into the "
    r"(?:sea|ocean|river)\b"
)
_EN_PUT = (
    r"(?:put|stick|shove|drive)(?:s|ting)? (?:a|my|our|his|this|the) (?:fist|boot|foot|knife|"
    r"blade|bat|brick|bullet) (?:through|in|into|down)\b|"
    r"(?:put(?:s|ting)?|pump(?:s|ed|ing)?) (?:a bullet|bullets|a round|rounds|one|two|lead|a knife|"
    r"a blade|a hole|holes|a slug|some lead|a cap) (?:in|into|through)\b|"
    r"put(?:s|ting)? (?:[\w']+ ){1,3}?(?:in the ground|six feet under|in the hospital|in a body "
    r"bags?|in (?:a|the) (?:grave|coffin|morgue|icu)|on (?:a|the) (?:slab|rope))"
)
# A massacre of history held up as the thing to do again: "do to the X what they did in ...",
# "darles lo que les dieron en Europa", "hacer lo que hicieron en ... con los X".
_EN_ECHO = (
    r"do to (?:[\w']+ ){1,4}?what (?:they|he|hitler|the nazis|the germans|the hutus|the klan) "
    r"did (?:in|to|at|with)\b|do what (?:they|hitler|the nazis|the klan) did (?:to|with) "
)
_ES_ECHO = (
    r"(?:hacer(?:les|le)?|darles|darle)"
    r"(?: (?:a|con) (?:los|las|esos|esas|todos los)(?: \w+){1,3}?)?"
    r" lo (?:mismo )?que (?:les |le )?(?:hicieron|dieron|hizo|"
    r"hacian|daban) (?:en|a|con|los nazis|hitler)\b"
)
# What may stand between a mood and its act: a verb of starting ("it's time we started
# shooting them") or of getting to the target ("gonna find that reporter and beat ...").
_EN_LEAD = (
    r"(?:(?:start|started|begin|began|go|come) (?:to )?|(?:find|catch|track down|grab|get|"
    r"corner|wait for|meet|visit|go find) (?:[\w'@]+ ){0,4}?and (?:then )?)?"
)
_EN_ACTS = (
    rf"(?P<act>{_EN_ECHO}|{_EN_SEA}|{_EN_PUT}|{_EN_PARTICLE}|{_EN_ACT}|{_EN_FIRE}|"
    rf"{_EN_BODY_ACT}(?= (?:[\w']+ ){{0,4}}?{_EN_BODY}\b))"
)
_EN_WEAK_ACT = (
    rf"(?P<weak>(?:teach|teaches|teaching|taught|round|rounds|rounded|run|runs|ran|take|takes|"
    rf"taking|took) (?:them|him|her|you|'?em|those|these|every|all|each)"
    rf"(?: [\w']+){{0,2}}? (?:a lesson|a thing or two|up|out of town|out)\b"
    rf"(?! (?:in|on|about|of|to|for|from|with the|and)\b)|{_EN_WEAK})"
)
_EN_SHAPES = (
    # "I'll break your legs", "we're gonna deal with every last one of them", "let's burn ..."
    _compile(
        "intent", rf"(?P<who>{_EN_INTENT})\s+{_EN_LEAD}(?:{_EN_ACTS}|{_EN_WEAK_ACT})\b", "after"
    ),
    # "I'm burning his house down", "we're coming for you"
    _compile(
        "progressive",
        rf"(?P<who>{_EN_PROGRESSIVE})\s+(?P<act>(?:burning|shooting|killing|stabbing|"
        rf"lynching|hanging|torching|gassing|bombing|beating|hunting|driving (?:straight )?"
        rf"(?:through|into)|running over)|(?P<weak>coming for|coming after|going after))\b",
        "after",
    ),
    # "someone ought to teach those X a lesson with a bat", "hay que quemar ..."
    _compile("call", rf"(?P<who>{_EN_CALL})\s+{_EN_LEAD}(?:{_EN_ACTS}|{_EN_WEAK_ACT})\b", "after"),
    # "Wipe them out, all the X", "Shoot every last one of them": an imperative opening a clause
    _compile(
        "imperative",
        r"(?:^|[,:]\s+|\b(?:just|so|now|and|please|go|then)\s+)(?P<who>)"
        r"(?:(?P<act>(?:(?:wipe|beat|string|burn|blow|gun|mow|hunt|finish|rough|light|smash)"
        r" (?:[\w']+ ){1,3}?(?:out|up|down|off|on fire)|put (?:a bullet|bullets|one|lead) in|"
        r"kill|murder|shoot|stab|hang|lynch|burn|torch|bomb|nuke|"
        r"slaughter|butcher|massacre|exterminate|wipe out|string up|drown|hurt|strangle|"
        r"behead|rape|torture|whip|stone|run over|mow down|gun down|blow up|put down|bash|"
        r"hunt down|finish off|rough up|set fire to|lynch))|(?P<weak>(?:take|round|run|teach)"
        r" (?:them|him|her|you|'?em|those|these|every|all|each)(?: [\w']+){0,2}? "
        r"(?:out|up|out of town|a lesson)|deal with|get rid of))\b"
        r"(?! (?:in|on|about|of|to|for|from|and)\b)",
        "after",
    ),
    # "hope every last one of them drowns", "I'd pay good money to see that reporter's car on
    # fire", "hope someone beats them"
    _compile(
        "wish",
        rf"(?P<who>{_EN_WISH}){_WISH_SUBJECT}\s+(?:(?P<fate>{_EN_FATE})|{_EN_ACTS}|"
        rf"(?P<fire>on fire|in flames|burn(?:ed|t|ing)? down|(?:blown|shot) up))\b",
        "both",
    ),
    # "X deserve to be beaten", "any X who shows up deserves whatever happens to him"
    _compile(
        "due",
        rf"(?P<who>\b(?:deserves?|deserved|deserving|earned|earns?))\s+(?:(?:nothing but|only|"
        rf"all|every one of them|each|a|what)\s+)?(?P<act>{_EN_DUE})"
        rf"|(?P<who2>\b(?:needs?|could use|should get|should all get|are owed|is owed))\s+"
        rf"(?P<act2>a (?:good |proper |real )?(?:beating|bullet|kicking|thrashing|lynching|"
        rf"bat to the (?:head|face|knees)|bullet (?:in|to) the (?:head|face)))\b",
        "before",
    ),
    # "X should be shot", "X need to be taught a lesson with live rounds", "deben ser ..."
    _compile(
        "passive",
        r"(?P<who>\b(?:should|shoulda|ought to|needs? to|must|have to|has to|gotta|deserves? to|"
        r"are gonna|are going to|is gonna|is going to|will|'ll|need(?:s)? to be|all need to)"
        r"(?: all| really| just| each)?(?: have)? be(?:en)?(?: all)?)\s+(?P<act>shot|killed|"
        r"murdered|lynched|hanged|hung|burned|burnt|beaten|beaten up|stabbed|gassed|"
        r"exterminated|wiped out|strung up|put down|tortured|raped|slaughtered|massacred|"
        r"bombed|nuked|run over|mowed down|gunned down|stoned|whipped|flogged|beheaded|"
        r"torched|drowned|hurt|roughed up|finished off|hunted down|burned alive|"
        r"a target|targets|fair game|shot on sight|taught (?:a lesson|their place))\b",
        "before",
    ),
    # "X are fair game", "beating X is fine", "it's ok to hit X"
    _compile(
        "norm",
        rf"(?:(?P<act>(?:killing|shooting|beating|lynching|hanging|stabbing|burning|torching|"
        rf"gassing|bombing|hitting|punching|hurting|raping|hunting|beating up)) (?:[\w']+ ){{1,4}}?"
        rf"(?P<who>is|are|was)(?: (?:totally|perfectly|completely|just|only|actually))? "
        rf"(?:fine|ok|okay|normal|justified|deserved|fair|only fair|acceptable|what they "
        rf"deserve|the answer|the only answer|the only way|the right thing|a public service|"
        rf"self[- ]defen[cs]e|fun)\b"
        rf"|(?P<who2>\b(?:it'?s|its|it is|it would be|it'd be)(?: (?:totally|perfectly|just|only))?"
        rf" (?:fine|ok|okay|normal|justified|fair|only fair|acceptable|right) to) "
        rf"(?P<act2>{_EN_ACT}|hit|punch|slap)\b"
        rf"|(?P<who3>\b(?:are|is) (?:all )?(?:fair game|open season|legitimate targets?)))",
        "both",
    ),
)

# A blow to the body with its clitic: "romperle el cuello", "partirles la cara".
_ES_BODY = (
    r"(?:romper|partir|quebrar|reventar|cortar|rebanar|volar|torcer|tronar|desbaratar|"
    r"rompan|partan|quiebren|revienten|corten|tuerzan|rompo|parto|quiebro|reviento|corto|"
    r"rompere|partire)(?:le|les|te|selo|selos)?\s+(?:el|la|los|las|su|sus|tu|tus)\s+"
    r"(?:cuello|cara|madre|ma|piernas?|brazos?|cabeza|craneo|hocico|jeta|boca|huesos|"
    r"costillas|dientes|espalda|garganta|pescuezo|nariz|rodillas?|manos?)"
)
_ES_ACTS = (
    rf"(?P<act>{_ES_BODY}|{_ES_ECHO}|{_ES_ACT}|{_ES_FIRE}|{_ES_GIVE}{_ES_CLITICS}\s+{_ES_BLOW}|"
    rf"sacar(?:los|las|le|les)? a (?:pedradas|patadas|golpes|balazos|palos|madrazos|"
    rf"chingadazos)|agarrar(?:los|las|lo|la)? a (?:palos|pedradas|golpes|patadas|balazos|"
    rf"madrazos|chingadazos|plomazos))"
)
_ES_WEAK_ACT = rf"(?P<weak>{_ES_WEAK})"
_ES_SHAPES = (
    _compile(
        "intent",
        rf"(?P<who>{_ES_INTENT})\s*{_ES_CLITICS}\s*{_ES_LEAD}(?:{_ES_ACTS}|{_ES_WEAK_ACT})\b",
        "after",
    ),
    _compile(
        "call",
        rf"(?P<who>{_ES_CALL})(?:[^.!?;]{{0,60}}?,\s*)?{_ES_CLITICS}\s*"
        rf"(?:{_ES_ACTS}|{_ES_WEAK_ACT})\b",
        "after",
    ),
    # "Este viernes lo agarramos entre todos", "si no renuncia, lo sacamos a la fuerza",
    # "mañana vamos por él": the writer's plan in the present, with its time or condition
    # "Quemen vivos a los X", "Cuélguenlos a todos": a plural imperative opening a clause
    _compile(
        "imperative",
        rf"(?:^|[,:;\u00a1!]\s*|\by\s+|\bya\s+)(?P<who>)(?P<act>(?:{_ES_BODY}|{_ES_ACT}|"
        rf"{_ES_GIVE}{_ES_CLITICS}\s+{_ES_BLOW}))\b",
        "after",
    ),
    _compile(
        "plan",
        r"(?P<who>\b(?:manana|pasado manana|este (?:lunes|martes|miercoles|jueves|viernes|"
        r"sabado|domingo|fin)|esta (?:noche|semana|tarde)|hoy|ahorita|al rato|en la noche|"
        r"el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|la proxima(?: vez)?|"
        r"a la salida|saliendo)\b(?:[^.!?;]{0,40}?)|\bsi\b[^.!?;]{3,80}?(?:,\s*|\s+)"
        r"(?:(?:nosotros|yo|entonces|pues)\s+)?)(?:(?:te|lo|la|los|las|le|les|se)\s+)+"
        r"(?P<act>\w+(?:amos|emos|imos|o))\b(?P<rest>[^.!?;]{0,60})",
        "both",
    ),
    _compile(
        "plan",
        r"(?P<who>\b(?:vamos|voy|iremos|ire|venimos|vengo) (?:a )?por)\s+"
        r"(?P<weak>el|ella|ti|ustedes|usted|ellos|ellas|(?:ese|esa|esos|esas) \w+)\b",
        "after",
    ),
    # "Iremos a por vosotros", "vamos a ir a por vosotros uno a uno": the readers hunted, the
    # clause ending there ("iremos a por vosotros al aeropuerto" is a lift)
    _compile(
        "plan",
        r"(?P<who>\b(?:vamos|voy|iremos|ire|venimos|vengo|ir) a por)\s+(?P<weak>vosotros|"
        r"vosotras)(?=(?:\s+(?:uno a uno|uno por uno|a todos|todos|tambien))?\s*(?:$|[.!;,]))",
        "after",
    ),
    # "Os colgaremos", "Los mataremos a todos", "Quemaremos vuestra mezquita": the writer's
    # intent in the future tense, opening a clause
    _compile(
        "future",
        r"(?:^|[,:;\u00a1!]\s*|\by\s+|\bpues\s+|\bya\s+|\bluego\s+|\bentonces\s+)"
        r"(?P<who>(?:(?:a )?(?:vosotros|vosotras|ustedes|todos|todas)\s+)?"
        r"(?:(?:os|te|los|las|les|lo|la|le)\s+)*)"
        rf"(?:(?P<act>{_ES_BODY}|{_ES_ACT_FUTURE}|{_ES_FIRE_FUTURE}|"
        rf"{_ES_GIVE_FUTURE}{_ES_CLITICS}\s+{_ES_BLOW})|(?P<weak>{_ES_WEAK_FUTURE}))\b",
        "after",
    ),
    # "Los X morirán en mis manos", "moriréis por mi mano": a fate the writer's hand brings
    _compile(
        "by_hand",
        rf"(?P<fate>{_ES_FATE}|ardereis|morireis|sangrareis)(?:\s+(?:todos|todas))?\s+"
        r"(?P<who>(?:en|a|por|entre|bajo) (?:mis|nuestras) manos|"
        r"por (?:mi|nuestra) (?:propia )?mano)\b",
        "both",
    ),
    # "Vais a arder", "Moriréis todos", "Acabaréis colgados": a fate foretold to the readers,
    # the clause ending with it ("vais a arder de envidia", "moriréis de risa" pass)
    _compile(
        "foretold",
        r"(?:^|[,:;\u00a1!]\s*|\by\s+|\bpues\s+|\bya\s+|\b(?:vosotros|vosotras|todos)\s+)"
        r"(?P<who>(?:os\s+)?(?:vais a\s+)?)"
        r"(?P<fate>(?:(?<=vais a )(?:arder|sangrar)|ardereis|sangrareis|"
        r"(?:(?<=vais a )(?:morir|palmar)|morireis)(?=\s+(?:todos|todas|como|uno|en el|en la))|"
        r"(?:(?<=vais a )(?:acabar|terminar)|acabareis|terminareis)\s+(?:todos\s+)?"
        r"(?:muert[oa]s|colgad[oa]s|ahorcad[oa]s|quemad[oa]s|fusilad[oa]s|en (?:una|la) "
        r"(?:cuneta|zanja|fosa|hoguera)|bajo tierra|en bolsas|en el cementerio)))"
        r"(?=\s*(?:$|[.!;,]|\.\.\.)|\s+(?:todos|todas|vivos|vivas|como (?:ratas|perros|"
        r"cerdos|cucarachas)|en el infierno|en la hoguera|uno a uno|uno por uno|malditos|"
        r"malditas|cabrones|os lo juro|os lo prometo|ya lo vereis)\b)",
        "both",
    ),
    _compile(
        "wish",
        rf"(?P<who>{_ES_WISH})(?:\s+(?:a|al|a los|a las|a la|a todos los|a todas las|la|el|una|"
        rf"un)(?:\s+[\w-]+){{1,4}}?)?{_ES_CLITICS}\s+(?:(?P<fate>{_ES_FATE})|{_ES_ACTS})\b",
        "both",
    ),
    # "se van a ir por las buenas o por las malas": an ultimatum, force left unnamed (holds)
    _compile(
        "ultimatum",
        r"(?P<who>\b(?:se van a ir|se van|se largan|se tienen que ir|los vamos a sacar|los "
        r"sacamos|se van a largar))\s+(?:de aqui\s+|del \w+\s+)?(?P<weak>por las buenas o "
        r"por las malas)\b",
        "before",
    ),
    # "Las X merecen una golpiza", "se merecen que les peguen", "merecen ser golpeados"
    _compile(
        "due",
        rf"(?P<who>\b(?:se )?(?:merecen|merece|merecian|merecia|merecerian|se lo (?:merecen|"
        rf"merece|buscaron|busco|ganaron|gano)|se la (?:merecen|buscaron|ganaron)|necesitan|"
        rf"ocupan))\s+(?:(?:todos|todas|cada uno|cada una)\s+)?(?P<act>{_ES_DUE})",
        "before",
    ),
    # "deberían aparecer colgados", "deberían llegar en bolsas negras", "van a arder"
    _compile(
        "passive",
        rf"(?P<who>\b(?:deberian|deben|tienen que|merecen|ojala|deberia|debe|tiene que|"
        rf"(?:se )?van? a(?=\s+(?:todos\s+|todas\s+|ya\s+)?\w+(?:\s+\w+)?\s*(?:$|[.!;]|,\s*ya "
        rf"(?:veran|vas a ver|lo veran)|,\s*(?:lo|se los|te lo) (?:juro|prometo))))"
        rf"(?: (?:todos|todas|ya))?)\s+(?P<fate>{_ES_FATE}|ser (?:golpead|"
        rf"asesinad|quemad|colgad|linchad|fusilad|ahorcad|violad|torturad|exterminad|apalead|"
        rf"apedread|masacrad|matad|baleead|quemad)[oa]s?)\b",
        "before",
    ),
    # "pegarles está bien", "golpear a los X es lo correcto": the act approved as normal
    _compile(
        "norm",
        rf"(?P<act>{_ES_ACT}|{_ES_GIVE}{_ES_CLITICS}\s+{_ES_BLOW})(?:\s+[\w-]+){{0,5}}?\s+"
        rf"(?P<who>(?:esta|es|seria|estaria) (?:bien|normal|justo|lo correcto|lo justo|"
        rf"merecido|necesario|lo que se merecen|lo unico que entienden|la unica (?:salida|"
        rf"solucion|respuesta))|se vale|se lo merecen|se lo buscaron|se lo ganaron)\b",
        "both",
    ),
    # "Qué bueno que mataron a esos X": a killing cheered
    _compile(
        "cheer",
        rf"(?P<who>\b(?:que bueno que|que bien que|me alegra que|me alegro de que|"
        rf"bien merecido|bien hecho|ojala fueran todos|uno menos|menos mal que))\s*"
        rf"{_ES_CLITICS}\s*(?P<act>mataron|quemaron|colgaron|lincharon|balearon|golpearon|"
        rf"asesinaron|desaparecieron|acribillaron|masacraron|se murieron|murieron|se ahogaron)\b",
        "after",
    ),
)
# Which shapes may match a comment, from the strings each needs (read with the token index the
# lexicon rows share): a shape missing from the whole comment is searched in none of its
# sentences, where each search tries every position of the sentence.
_SEARCHED = {
    "en": pattern_needles(tuple(shape.rx for shape in _EN_SHAPES)),
    "es": pattern_needles(tuple(shape.rx for shape in _ES_SHAPES)),
}


# ---------------------------------------------------------------------------------------------
def _sentences(an: Analysis) -> list[tuple[int, int, int, int]]:
    """(start, end, first unit, last unit) of every sentence, in the normalised text."""
    out = []
    for base, codes in an.sentences:
        if not codes:
            continue
        last = base + len(codes) - 1
        out.append((an.units[base].start, an.units[last].end, base, last))
    return out


def _unit_at(an: Analysis, pos: int, lo: int, hi: int) -> int:
    """The unit covering (or first after) normalised offset `pos`, among units lo..hi."""
    for k in range(lo, hi + 1):
        if an.units[k].end > pos:
            return k
    return hi


def _group_units(an: Analysis, lo: int, hi: int) -> list[int]:
    """Units lo..hi that name a protected group: group words, slurs, the proxies `hate_shapes`
    reads ("esa gente", "la caravana"), a capitalised adjective whose plural is a group
    ("every Haitian")."""
    found = []
    for k in range(lo, hi + 1):
        u = an.units[k]
        if u.code == "S" or (u.code in ("G", "g") and u.has("G")) or u.text in _PROXIES:
            found.append(k)
        elif u.code == "w" and u.text.isalpha() and an.capitalised(k):
            entry = an.lex.lookup((u.text + "s",))
            if entry is not None and "G" in entry.classes:
                found.append(k)
    return found


_STOPS = re.compile(r"[,;:]|\b(?:because|since|porque|pues|if|si|until|hasta que|but|pero|when|"
                    r"cuando|so that|para que|unless|a menos que|while|mientras)\b")  # fmt: skip
_HANDLE = re.compile(r"@\w+")
_RELATIVE = frozenset({"who", "that", "which", "que", "quien", "quienes", "whom"})
_NAME = re.compile(r"\b(?:[A-Z][a-z]+|Mr|Mrs|Ms|Dr|Sheriff|Mayor|Senator|Judge) [A-Z][a-z]+\b")
_HOME_ES = (
    r"\b(?:casas?|carros?|camionetas?|coches?|negocios?|tiendas?|templos?|iglesias?|hogares?|"
    r"mezquitas?|sinagogas?|locales?|barrios?)\b"
)
_POSSESSOR = re.compile(r"\b(?:his|her|your|ur|tu|tus|their|su|sus|vuestr[oa]s?)\b|'s\b")


def _target(
    an: Analysis, s: tuple[int, int, int, int], lo: int, hi: int, fire: bool = False
) -> tuple[str, int] | None:
    """Who the words lo..hi (normalised offsets, inside sentence s) name: ("group", unit) for a
    protected group or one of its places, ("person", unit) for someone spoken to or named,
    ("people", unit) for the people a plural word stands for."""
    if hi <= lo:
        return None
    text = an.norm.text
    inside = [
        k
        for k in range(s[2], s[3] + 1)
        if an.units[k].end > lo and an.units[k].start < hi and not an.units[k].quoted
    ]
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    relative = next((k for k in inside if an.units[k].text in _RELATIVE), None)
    if relative is not None and relative > first and not _group_units(an, first, relative):
        last = relative  # "the smugglers who abuse migrants": the group is the victim
    groups = _group_units(an, first, last)
    if groups:
        return "group", groups[0]
    chunk = text[lo:hi]
    if _GROUP_PLACE.search(chunk):
        return "group", first
    if fire and re.search(_EN_HOME + "|" + _HOME_ES, chunk):
        owner = _POSSESSOR.search(chunk)  # "burn his house down"; "this house" is no one's
        if owner is not None:
            return ("people" if owner.group(0) in ("their", "sus") else "person"), first
    for k in inside:
        w = an.units[k].text
        if w in _YOU[an.lang] or w.split()[0] in _YOU[an.lang]:
            return "person", k
    for k in inside:
        w = an.units[k].text
        if (w in _PEOPLE or w.split()[-1] in _PEOPLE) and not _of_things(an, k, inside):
            return "people", k
        if w in _ROLE or w.split()[-1] in _ROLE or an.units[k].has("title"):
            return "person", k
    if re.search(r"\b(?:los|las|esos|esas|todos los|todas las) de\b", chunk):
        return "people", first
    span = an.norm.span(lo, hi)
    original = an.norm.original[span[0] : span[1]]
    if _HANDLE.search(original):
        return "person", first
    if an.lang == "en" and _NAME.search(original):
        return "person", first  # "Gary Wilkes"; a Spanish name is as often a team's
    return None


_ALL_WORDS = frozenset({"todos", "todas", "a todos", "a todas", "all", "everyone"})


def _of_things(an: Analysis, k: int, inside: list[int]) -> bool:
    """A quantifier at unit k that opens a noun phrase of things ("todos los libros", "all the
    chairs"): its noun, after a determiner, is no person word."""
    if an.units[k].text not in _ALL_WORDS or an.units[k].text.startswith("a "):
        return False
    if k and an.units[k - 1].text in ("a", "al", "a los", "a las"):
        return False  # the personal "a": "matar a todos los costeños" names people
    rest = [j for j in inside if j > k and an.units[j].text not in _DETERMINERS]
    if not rest or an.units[rest[0]].text in ("of", "de"):
        return False  # "a todos", "todos ellos", "all of them"
    head = an.units[rest[0]]
    if head.text in _PEOPLE or head.text in _ROLE or head.text in _YOU[an.lang]:
        return False
    return not _group_units(an, rest[0], rest[0])


def _antecedent(an: Analysis, k: int) -> str:
    """What a plural word at unit k stands for: "group" when a protected group is named in its
    sentence (before or after it) or the two before, else "people"."""
    sentence = an.units[k].sentence
    for g in _group_units(an, 0, len(an.units) - 1):
        if sentence - 2 <= an.units[g].sentence <= sentence:
            return "group"
    return "people"


def _person_near(an: Analysis, k: int) -> bool:
    """Someone named in the sentence of unit k or the two before: a role or title word, an
    @handle or a full name, the writer's "vecinos" ("el dueño del taller, Jorge Cantú")."""
    sentence = an.units[k].sentence
    near = [u for u in an.units if sentence - 2 <= u.sentence <= sentence]
    if any(u.text in _ROLE or u.text.split()[-1] in _ROLE or u.has("title") for u in near):
        return True
    lo, hi = an.norm.span(near[0].start, near[-1].end)
    original = an.norm.original[lo:hi]
    return bool(_HANDLE.search(original))


# The reader spoken to in the mood or the verb: "te", Spain's plural "os", "vais", "arderéis".
_SPOKEN_TO = re.compile(r"\b(?:te|os|vais)\b|\w(?:ar|er|ir)(?:te|os)\b|\w\w(?:areis|ereis|ireis)\b")


# Spain's plural "you" in the mood or the verb: "os", "vais", "arderéis".
_PLURAL_YOU = re.compile(r"\b(?:os|vais)\b|\w(?:ar|er|ir)os\b|\w\w(?:areis|ereis|ireis)\b")


def _clitic_target(words: str) -> str | None:
    """A Spanish object pronoun in the mood or glued to the verb: "te" speaks to someone, "lo"
    and "la" name one person, "los", "las", "les" a plural."""
    if re.search(r"\bte\b|\w(?:ar|er|ir)te\b", words):
        return "person"
    if re.search(r"\b(?:los|las|les)\b|\w(?:ar|er|ir|en|an|ando|iendo)(?:los|las|les)\b", words):
        return "people"
    if re.search(r"\b(?:os|vais)\b|\w(?:ar|er|ir)os\b|\w\w(?:areis|ereis|ireis)\b", words):
        return "person"  # Spain's plural "you": "os colgaremos", "vais a arder", "arderéis"
    if re.search(r"\b(?:lo|la|le)\b|\w(?:ar|er|ir|en|an|ando|iendo)(?:lo|la|le)\b", words):
        return "person"
    return None


def _guarded(clause: str, right: str, lang: str, writer: bool = False) -> bool:
    """Readings of the clause that are no threat: a figure of speech, sport, self-defence, grief,
    a debate of what police may do; and, after the mood, a punishment through the courts."""
    figure = _FIGURE_ES if lang == "es" else _FIGURE_EN
    if figure.search(clause) or _SPORT.search(clause) or _DEFENCE.search(clause):
        return True
    if _GAMES.search(clause):
        return True
    if _GRIEF.search(clause) or (not writer and _STATE_AGENTS.search(clause)):
        return True
    return bool(_COURTS.search(right))


_DONE = re.compile(
    r"(?<!should )(?<!would )(?<!could )(?<!must )(?<!ought to )(?<!'d )(?<!'ve )"
    r"\b(?:was|were|been|being|had|has|have|fue|fueron|han sido|ha sido)\s+$"
)


def in_play(text: str, start: int, end: int, lang: str) -> bool:
    """The sentence around start..end is a figure of speech or a game ("we will beat them at
    the ballot box", "I'm going to destroy you at chess"): for the stock threat rows too."""
    lo = max(text.rfind(c, 0, start) for c in ".!?;\n") + 1
    ends = [k for k in (text.find(c, end) for c in ".!?;\n") if k != -1]
    sentence = text[lo : min(ends) if ends else len(text)]
    figure = _FIGURE_ES if lang == "es" else _FIGURE_EN
    return bool(figure.search(sentence) or in_game(sentence))


def in_game(sentence: str) -> bool:
    """A contest or a game named in the sentence ("si te veo en el partido", "at chess"); not the
    figures of `in_play` ("at the market" is a place a warning names, not a market share)."""
    return bool(_RESULT.search(sentence) or _GAMES.search(sentence))


# A contest's result named (not its venue: "te encuentro en el estadio" stays a threat).
_RESULT = re.compile(
    r"\b(?:game|match|season|playoffs?|finals?|tournament|league|score|goals?|points|"
    r"knockout|touchdowns?|partido|temporada|liguilla|torneo|liga|marcador|goles?|nocaut|"
    r"\d+\s*(?:-|a|to)\s*\d+)\b"
)


_GAMES = re.compile(
    r"\b(?:at|in) (?:chess|checkers|poker|cards|scrabble|monopoly|mario ?kart|fortnite|"
    r"call of duty|halo|video ?games?|trivia|pool|darts|ping ?pong|tennis|golf|bowling|"
    r"basketball|soccer|football|arm wrestling|dominoes|dominos|bingo|karaoke|cornhole|"
    r"horseshoes|softball|baseball|volleyball|loteria|the cook-?off|the bake-?off)\b|"
    r"\b(?:trivia|chess|poker|dominoes|bingo|karaoke|cook-?off|bake-?off|fantasy|bowling|"
    r"darts|pool) (?:title|crown|trophy|championship|belt)\b|"
    r"\ben (?:ajedrez|damas|poker|cartas|"
    r"domino|futbol|basquet|tenis|boliche|videojuegos?|el fifa|el fut|el mario ?kart|el fortnite|"
    r"el parchis|el mus|el padel|la play|la consola|la partida|el domino|la loteria|el bingo|"
    r"el karaoke|el beis|el softbol|el voli)\b"
)


def _negated(text: str, lo: int, start: int) -> bool:
    """A negation in the clause from lo up to the act ("nobody deserves", "I would never",
    "no hay que")."""
    return bool(_NEGATION.search(text, lo, start))


# Words of the hand-written pieces (particles, dues, blows, the shapes' own acts) as triggers.
_TRIGGER_WORDS_EN = (
    "wipe wiped wipes wiping beat beats beating string strung rough finish hunt gun "
    "guns gunned mow mowed blow blew burn burnt smash shoot shot light lit run ran cut "
    "knock put pump teach taught take took taking round fair open legitimate target fire "
    "flames lesson deserve deserves deserved deserving earned earn killing shooting "
    "beating lynching hanging stabbing burning torching gassing bombing hitting punching "
    "hurting raping hunting hit punch slap drive driving coming bullet bullets rope noose "
    "throw throws throwing threw thrown drives drove push pushes pushing pushed dump dumps "
    "dumping dumped toss tosses tossing tossed "
    "death die lead happens coming did"
)
_TRIGGER_WORDS_ES = (
    "sacar sacarlos sacarlas agarrar agarrarlos mataron quemaron colgaron lincharon "
    "balearon golpearon asesinaron desaparecieron acribillaron masacraron murieron "
    "ahogaron vamos voy iremos ire venimos vengo merecen merece merecian merecia "
    "merecerian necesitan ocupan golpiza paliza madriza putiza chinga calentada tunda "
    "felpa tiro balazo plomazo machetazo escarmiento susto plomo bala balazos cran piso "
    "matarile muerte fuego candela merecido leccion hacer hacerles darles malas"
)
_TRIGGERS["en"].update(w[:4] for w in _TRIGGER_WORDS_EN.split())
_TRIGGERS["es"].update(w[:4] for w in _TRIGGER_WORDS_ES.split())
# Function words some forms open with ("dé" is "de" folded): never a trigger on their own.
_NOT_TRIGGERS = frozenset(
    {"de", "con", "por", "en", "a", "o", "an", "do", "id", "ida",
     "idas", "ido", "idos", "dan", "dad", "ire", "ira", "imos", "amos", "iend"}
)  # fmt: skip
_TRIGGER_SETS = {lang: frozenset(words) - _NOT_TRIGGERS for lang, words in _TRIGGERS.items()}


def read(an: Analysis) -> tuple[Threat, ...]:
    """Every threat the comment makes in the grammar above (memoised on the analysis)."""
    key = "threat_said"
    if key not in an.memo:
        text = an.norm.text
        gate = _TRIGGER_SETS["es" if an.lang == "es" else "en"]
        readable = an.units and not gate.isdisjoint(an.prefixes) and not _PESTS.search(text)
        an.memo[key] = tuple(_read(an)) if readable else ()
    return an.memo[key]


def _read(an: Analysis):
    text = an.norm.text
    lang = "es" if an.lang == "es" else "en"
    ready = set(_SEARCHED[lang].candidates(text))
    shapes = [
        shape for k, shape in enumerate(_ES_SHAPES if lang == "es" else _EN_SHAPES) if k in ready
    ]
    if not shapes:
        return
    gate = _TRIGGER_SETS[lang]
    for s in _sentences(an):
        if not any(w[:4] in gate for w in text[s[0] : s[1]].split()):
            continue
        for shape in shapes:
            for m in shape.rx.finditer(text, s[0], s[1]):
                threat = _reading(an, s, shape, m)
                if threat is not None:
                    yield threat
                    break


def _g(m: re.Match, name: str) -> str | None:
    """The named group's text, or None when the pattern has no such group or it is unset."""
    return m.group(name) if name in m.re.groupindex else None


_VIGILANTE = re.compile(r"\b(?:someone|somebody|alguien|we|nosotros|let'?s|vamos|i'll|i will)\b")


def _span(m: re.Match, names: tuple[str, ...]) -> tuple[int, int] | None:
    for name in names:
        if _g(m, name) is not None:
            return m.start(name), m.end(name)
    return None


# An explicit agent for a weak act: "someone should deal with him", "hay que acabar con ellos";
# "the county should go after them" (an office doing its job) is not one.
_AGENT = re.compile(
    r"\b(?:someone|somebody|anyone|people|we|y'?all|you guys|everyone|let'?s|let us|i|"
    r"alguien|hay que|habria que|tenemos que|vamos|voy|nosotros|yo|deberiamos|debemos)\b"
)
_FIRE_ACT = re.compile(
    r"burn|torch|fire|bomb|blow|blew|shot up|shoot up|quem|incendi|fuego|gasolina|bombarde"
)


# Acts as often figures or everyday deeds when their object is one person ("enterrar a su
# abuelo", "colgarle la medalla", "quemar al candidato", "crucify him in the press", "bury him
# in paperwork"): they threaten a person spoken to, or with a weapon or a blow named.
_AMBIGUOUS = re.compile(
    r"(?:quem|incendi|colg|cuelg|peg|ahog|bombarde|atropell|revent|revient|desaparec|viol|"
    r"ech|tir|arroj|throw|threw|drive|drove|push|dump|toss|"
    r"quebr|enterr|entierr|tron|cazar|caz|rematar|remat|hang|hung|burn|torch|bur(?:y|ied)|"
    r"drown|crucif|smash|blow|blew|nuk|bomb|chok|whip|skin|stone|hunt|finish|gas)"
)


def _plain(an: Analysis, m: re.Match, act: tuple[int, int], k: int) -> bool:
    """The act is plainly violent: it falls on someone spoken to ("te", "you"), names a weapon
    or a blow, or a burning falls on a home."""
    text = an.norm.text
    u = an.units[k].text
    if u in _YOU[an.lang] or u.split()[0] in _YOU[an.lang]:
        return True
    if re.search(r"\bte\b|\w(?:ar|er|ir)te\b", text[m.start() : act[1]]):
        return True
    means = _ES_MEANS if an.lang == "es" else _EN_MEANS
    rest = text[act[0] : min(len(text), act[1] + 80)]
    if re.search(means, rest) or re.search(rf"\b{_EN_HOME}\b|{_HOME_ES}", rest):
        return True  # ("carteles" holds no "car")
    if an.lang == "es" and re.match(r"\s+" + _ES_BLOW, text[act[1] :]):
        return True  # "os pegaremos un tiro": the blow named
    # "os colgaremos" falls on the readers, "os colgaremos las fotos" on a thing given them
    return bool(re.search(r"\bos\b|\w(?:ar|er|ir)os\b", text[m.start() : act[1]])) and not (
        _THING_AFTER.match(text, act[1])
    )


_THING_AFTER = re.compile(
    r"\s+(?:el|la|los|las|un|una|unos|unas|mi|mis|tu|tus|su|sus|vuestr[oa]s?|nuestr[oa]s?)\b"
)


def _imperative_es(act: str) -> bool:
    """The act opens with a plural imperative: a subjunctive of the acts ("maten",
    "quémenlos"), or "denles", "rómpanles" and the like."""
    word = act.split()[0]
    return word in _SUBJUNCTIVE or bool(_GIVE_IMPERATIVE.fullmatch(word))


_GIVE_IMPERATIVE = re.compile(r"(?:den|metan|echen|rompan|partan|quiebren|revienten|corten)\w*")
# Weak acts that threaten only with a weapon or a crowd named ("lo esperamos con palos").
_MEANS_ONLY = re.compile(r"(?:esper|agarr|sac|saqu)\w*\b")


def _reading(an: Analysis, s, shape: _Shape, m: re.Match) -> Threat | None:
    """The threat one match of a shape makes, once its guards and its target are read."""
    text = an.norm.text
    start, end, ufirst, ulast = s
    who = _span(m, ("who", "who2", "who3")) or (m.start(), m.start())
    act = _span(m, ("act", "act2", "weak", "fate", "fire")) or (who[1], who[1])
    lo_all = min(who[0], act[0])
    weak = _g(m, "weak") is not None
    stop = _STOPS.search(text, act[1], end)
    clause = text[start:end]
    writer = shape.name in ("intent", "progressive", "plan", "future", "by_hand")  # the writer
    if _guarded(clause, text[lo_all : stop.start() if stop else end], an.lang, writer):
        return None
    if kind_manner(text, act[1]):
        return None  # "kill them with kindness", "matarlos a besos"
    said = range(_unit_at(an, lo_all, ufirst, ulast),
                  _unit_at(an, max(act[0], act[1] - 1), ufirst, ulast) + 1)  # fmt: skip
    if all(an.units[k].quoted for k in said):
        return None  # '"Ojalá se mueran todos" escribió un señor ... Lo reporté': quoted
    if shape.name != "passive" and _DONE.search(text, max(start, act[0] - 12), act[0]):
        return None  # "the man who was shot", "after they were beaten": harm done, reported
    if shape.name == "imperative" and an.lang == "es" and not _imperative_es(text[act[0] : act[1]]):
        return None  # "golpearon a ...", "matar a ..." open a report or a subject
    if shape.name == "plan":
        plan = _plan(an, s, m, act)
        if plan is None or isinstance(plan, Threat):
            return plan
        weak = plan
    lo = max(start, max(text.rfind(c, start, lo_all) for c in ",;:") + 1)
    if _negated(text, lo, act[0]):
        if not text.startswith(("si ", "if "), who[0]):
            return None
        near = max(start, max(text.rfind(c, start, act[0]) for c in ",;:") + 1)
        if _negated(text, near, act[0]):
            return None  # "si no renuncia, lo sacamos": the condition's negation is not ours
    target = _whom(an, s, shape, m, who, act, stop)
    if target is None:
        return None
    kind, k = target
    if kind == "people":
        kind = _antecedent(an, k)
    if _g(m, "who3") is not None and kind != "group":
        return None  # "politicians are fair game" (for criticism)
    if kind != "group" and playful_threat(an):
        return None  # "if you guys don't win tonight I'll kill you all haha": friends in play
    u = an.units[k]
    if u.end <= act[0]:
        side = text[start : act[0]]
    elif u.start >= act[1] and u.text not in _PEOPLE:
        side = text[act[1] : end]
    else:
        side = clause  # a clitic or a pronoun stands for someone named anywhere before
    if _CRIMINALS.search(side) and not _VIGILANTE.search(clause):
        return None  # "cartel members should be hanged": a penal opinion
    if kind == "person" and _AMBIGUOUS.match(text, act[0]) and not _plain(an, m, act, k):
        return None  # "hay que enterrar a su abuelo", "the press will crucify him": figures
    strong = not weak
    if weak and kind == "person" and re.match(r"beat\b", text[act[0] : act[1]]):
        strong = True  # "someone should beat the author": a team is beaten in a game
    if an.lang == "es" and _g(m, "act") and _ES_WEAK_BLOW.search(_g(m, "act")):
        strong = False
    if shape.name == "ultimatum":
        return _finish(an, s, kind, False, lo_all, act[1], shape.name, m, k)
    if not strong:
        means = _ES_MEANS if an.lang == "es" else _EN_MEANS
        strong = bool(re.search(means, text[act[0] : end]))
        if not strong and shape.name not in (
            "intent",
            "future",
            "call",
            "plan",
            "imperative",
            "ultimatum",
            "progressive",
        ):
            return None
        if not strong and _MEANS_ONLY.match(text, act[0]):
            return None  # "hay que esperar el fallo": waiting harms only with clubs in hand
        if not strong and shape.name == "call" and not _AGENT.search(text, lo, act[0]):
            return None  # "the county should go after them": an office at its job
        if not strong and kind == "group" and shape.name == "call":
            return None  # "we need to deal with the immigration backlog": policy
    return _finish(an, s, kind, strong, lo_all, act[1], shape.name, m, k)


def _plan(an: Analysis, s, m: re.Match, act: tuple[int, int]) -> bool | Threat | None:
    """A plan in the present ("lo agarramos entre todos", "vamos por él"): None when the verb
    names no harm, the finished threat when the shape names its target, else whether weak."""
    if _g(m, "rest") is None:
        who = m.group("weak").split()[0]
        k = _unit_at(an, act[0], s[2], s[3])
        if who in ("el", "ella", "ti", "usted", "vosotros", "vosotras"):
            return _finish(an, s, "person", False, m.start(), act[1], "plan", m)
        if who in ("ellos", "ellas", "ustedes"):
            return _finish(an, s, _antecedent(an, k), False, m.start(), act[1], "plan", m)
        return False
    verb, rest = m.group("act"), m.group("rest")
    if re.fullmatch(_ES_GIVE, verb) is not None:
        blow = re.match(r"\s+(?:(?:te|lo|la|los|las|le|les)\s+)?" + _ES_BLOW, rest)
        return None if blow is None else bool(_ES_WEAK_BLOW.search(blow.group(0)))
    if re.fullmatch(_ES_ACT, verb) is not None:
        return False
    return True if re.fullmatch(_ES_WEAK, verb) is not None else None


# Words an object may open with before its head ("a todos los", "those", "your").
_DETERMINERS = frozenset(
    {"the", "a", "an", "that", "this", "those", "these", "his", "her", "their", "your", "my",
     "next", "proximo", "proxima", "cualquier", "primer", "primera", "vivos", "vivas", "alive",
     "our", "its", "every", "each", "all", "some", "any", "last", "single", "el", "la", "los",
     "las", "un", "una", "unos", "unas", "al", "ese", "esa", "esos", "esas", "este", "esta",
     "estos", "estas", "aquel", "aquella", "aquellos", "su", "sus", "tu", "tus", "mi", "mis",
     "nuestro", "nuestra", "nuestros", "todos", "todas", "todo", "toda", "cada", "of", "de"}
)  # fmt: skip
# Words that end an object: a preposition or a conjunction ("la oficina del regidor").
_OBJECT_ENDS = frozenset(
    {"of", "for", "with", "from", "about", "on", "in", "at", "to", "over", "and", "or", "by",
     "de", "del", "sobre", "con", "para", "por", "en", "desde", "y", "o", "entre", "sin"}
)  # fmt: skip


def _headed(an: Analysis, k: int, act_end: int, fire: bool) -> bool:
    """Unit k heads the act's object: nothing but determiners and at most two other words
    between the act and k, and no preposition ("desaparecer la oficina del regidor" falls on
    an office), but "of" after a quantifier ("each of them") and a burning's home of someone
    ("quemar la casa de ese ratero")."""
    if an.units[k].start < act_end:
        return True
    words = [w for j in range(k) if an.units[j].start >= act_end for w in an.units[j].text.split()]
    content: list[str] = []
    for i, w in enumerate(words):
        if w in _DETERMINERS:
            continue
        if w in ("of", "de", "del"):
            before = content[-1] if content else (words[i - 1] if i else "")
            if before in _QUANTIFIERS or (fire and re.fullmatch(_EN_HOME + "|" + _HOME_ES, before)):
                continue
            return False
        if w in _OBJECT_ENDS:
            return False
        content.append(w)
    return len(content) <= 2


_QUANTIFIERS = frozenset({"each", "all", "every", "one", "some", "any", "most", "cada", "uno",
                          "una", "todos", "todas", "none", "both", "many", "alguno"})  # fmt: skip


def _whom(an: Analysis, s, shape: _Shape, m: re.Match, who, act, stop) -> tuple[str, int] | None:
    """Who is harmed: after the act (its object), in the clitics of the mood and the verb, or
    before the mood (the subject of a passive, a fate or a due)."""
    text = an.norm.text
    start, end, ufirst, ulast = s
    fire = bool(_FIRE_ACT.search(text, act[0], act[1])) or _g(m, "fire") is not None
    if shape.where == "before":
        target = _target(an, s, start, act[0], fire)
        if target is not None:
            return target
    target = None
    if shape.where in ("after", "both"):
        target = _target(an, s, act[0], stop.start() if stop else end, fire)
        if target is not None and not _headed(an, target[1], act[1], fire):
            target = None  # "desaparecer la oficina del regidor": the act falls on a thing
        if (target is None or target[0] == "people") and stop is not None:
            # "Wipe them out, all the X", "..., a los X": a group set off right after
            later = _target(an, s, stop.start(), min(end, stop.end() + 30), fire)
            if later is not None and (target is None or later[0] == "group"):
                target = later
    if target is None and an.lang == "es":
        words = text[who[0] : act[1]]
        kind = _clitic_target(words)
        k = _unit_at(an, act[0], ufirst, ulast)
        means = re.search(_ES_MEANS, text[act[0] : end])
        if kind == "person" and not _SPOKEN_TO.search(words) and not means:
            kind = kind if _person_near(an, k) else None  # "esta ley hay que matarla": a thing
        elif kind == "person" and _PLURAL_YOU.search(words) and _antecedent(an, k) == "group":
            kind = "group"  # "Moros, os echaremos al mar": the readers are the group named
        if kind is not None:
            target = (kind, k)
    if target is None and shape.where == "both":
        target = _target(an, s, start, act[0], fire)
    return target


# Frames that describe the target rather than report speech ("anyone who votes for him
# deserves ..."): the context rules read them as "anyone who says ...".
_DESCRIBERS = frozenset(
    {"anyone who", "whoever", "everyone who", "those who", "people who", "anybody who",
     "cualquiera que", "quien", "quienes", "el que", "los que"}
)  # fmt: skip


def _described(an: Analysis, first: int) -> bool:
    """The report frame before `first` in its sentence is a target's description: the nearest
    frame unit is "anyone who" (or the like) and nothing else quotes or condemns."""
    sentence = an.units[first].sentence
    for k in range(first - 1, -1, -1):
        u = an.units[k]
        if u.sentence != sentence:
            return False
        if u.has("report"):
            return u.text in _DESCRIBERS and not any(x.quoted for x in an.units[k:first])
    return False


def _countered(an: Analysis, first: int, last: int) -> bool:
    """Quoted, condemned, reported after or dismissed: counter-speech but for the report frame
    before (which `_described` reads)."""
    return (
        all_quoted(an, first, last)
        or quoted_claim(an, first, last)
        or condemned_elsewhere(an, first, last)
        or reported_after(an, last)
        or dismissed_after(an, last)
    )


def _finish(an, s, kind, strong, lo, hi, name, m, k=None) -> Threat | None:
    """The threat over normalised offsets lo..hi (and the target's unit k), unless the words
    are quoted, reported or condemned."""
    first = _unit_at(an, lo, s[2], s[3])
    last = _unit_at(an, max(lo, hi - 1), s[2], s[3])
    if k is not None:
        first, last = min(first, k), max(last, k)
    if suppressed(an, first, last, allow_negation=True) and not (
        _described(an, first) and not _countered(an, first, last)
    ):
        return None
    return Threat(kind, strong, first, last, f"{name}: {m.group(0)[:40]!r}")


def hits(
    an: Analysis, targets: tuple[str, ...], rule_id: str, strong: float, weak: float
) -> list[Hit]:
    """The first threat on one of these kinds of target as a hit of `rule_id` (`hate.violence`
    asks for groups, `troll.threat` for persons and people), scored `strong` or `weak`."""
    for t in read(an):
        if t.target in targets:
            score = strong if t.strong else weak
            return [Hit(rule_id, score, (an.span(t.first, t.last),), f"a threat ({t.why})")]
    return []
