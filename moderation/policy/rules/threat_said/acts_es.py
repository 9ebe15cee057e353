"""The Spanish acts, built with `forms.es_alt`. Each `futures()` takes the first person futures
gathered since the one before, so these statements keep their order."""

from __future__ import annotations

import re

from moderation.policy.rules.threat_said.forms import es_alt, futures

# Spanish acts, in their common forms; most need a person or a group as their object.
ES_ACT = es_alt(
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
        "entierrenlo",
        "entierrenla",
        "entierrenlos",
        "entierrenlas",
        "desaparezcan",
        "desaparezco",
        "desaparezca",
    ),
)
ES_ACT_FUTURE = futures()
# "dar" and "meter" with a blow or a shot as their object: "les dé una golpiza", "metanle un tiro".
ES_GIVE = es_alt(
    "dar", "meter", "echar", "soltar", "aplicar", "poner",
    extra=("de", "den", "denle", "denles", "doy", "damos", "daremos", "dare", "daria", "dimos",
           "dieran", "diera", "demos", "dale", "dales", "metanle", "metanles", "echenle",
           "echenles", "pongan", "ponganle", "ponganles", "pongo"),
)  # fmt: skip
ES_GIVE_FUTURE = futures()
ES_BLOW = (
    r"(?:una (?:buena |gran |tremenda |santa )?(?:golpiza|paliza|madriza|putiza|chinga|"
    r"calentada|calentadita|zarandeada|tunda|felpa|sopa de su propio chocolate|bala|"
    r"cuchillada|pedrada|patada|madrina)|un (?:buen )?(?:tiro|balazo|plomazo|machetazo|"
    r"escarmiento|susto|levanton|cuetazo|madrazo|putazo|vergazo|fregadazo|corrector)|unos "
    r"(?:tiros|balazos|plomazos|madrazos|putazos|vergazos|cuantos (?:tiros|balazos|golpes|"
    r"madrazos|plomazos))|(?:de )?(?:plomo|bala|balazos|cran|piso|matarile|chicharron|"
    r"cuello|muerte)|fuego|candela|su merecido|una leccion|lo que (?:se merecen|se merece|"
    r"merecen|merece))"
)
# The blows of `ES_BLOW` that are weak alone: a lesson, a fright, what they deserve.
ES_WEAK_BLOW = re.compile(
    r"(?:un (?:buen )?(?:escarmiento|susto)|su merecido|una leccion|lo que (?:se )?merecen?|"
    r"una (?:buena |gran )?sopa de su propio chocolate)$"
)
ES_FIRE = es_alt("prender fuego", "pegar fuego", "echar gasolina", "rociar gasolina",
               extra=("prendan fuego", "peguen fuego", "prenderles fuego", "prenderle fuego",
                      "prendanle fuego", "prendanles fuego"))  # fmt: skip
ES_FIRE_FUTURE = futures()
ES_WEAK = es_alt(
    "acabar con", "eliminar", "encargarse de", "ajustar cuentas con", "cobrar", "agarrar",
    "esperar", "sacar", "ensenar", "chingar",
    extra=("nos encargamos de", "me encargo de", "vamos por", "voy por", "vamos a por",
           "les vamos a ensenar", "nos vamos a encargar de", "encarguense de",
           "se encarguen de", "acaben con"),
)  # fmt: skip
ES_WEAK_FUTURE = futures()
ES_MEANS = (
    r"\b(?:a|con|entre) (?:(?:unos|unas|puros|puras|los|las|mis|sus|nuestros|un|una) )?"
    r"(?:palos|pedradas|piedras|balazos|balas|tiros|plomo|plomazos|golpes|patadas|madrazos|"
    r"putazos|machetazos|machetes|cuchillos|navajas|bates?|tubos|cadenas|fuego|gasolina|"
    r"cuerdas?|sogas?|armas?|pistolas?|rifles?|cuernos de chivo|r-?15|ak|fierros|chingadazos|"
    r"cintarazos|cinturonazos|latigazos)\b|\bentre todos\b|\ba la (?:fuerza|mala)\b|"
    r"\bpor las malas\b|\bque no salga caminando\b|"
    r"\bque no (?:quede|salga) vivo\b"
)
ES_FATE = es_alt(
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
futures()  # "moriremos" is no threat: the fates' futures are left out
ES_DUE = (
    r"(?:la (?:muerte|horca|hoguera|silla electrica)|morir|una bala|un tiro|un balazo|"
    r"plomo|que (?:(?:los|las|les|le|lo|la|se) )+(?:"
    + ES_ACT
    + "|"
    + ES_GIVE
    + " "
    + ES_BLOW
    + r"|pase (?:el|un) (?:trailer|tren|camion) encima|caiga (?:una bala|un rayo))|"
    r"ser (?:golpead|asesinad|quemad|"
    r"colgad|linchad|fusilad|ahorcad|violad|torturad|exterminad|apalead|apedread|"
    r"masacrad|baleead|matad|ejecutad)[oa]s?|" + ES_BLOW + ")"
)
