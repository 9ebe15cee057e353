"""The act patterns (`acts._FRAMES_SRC`), eighth list: frauds and abuses of trust in everyday
words: papers faked for a fee, goods sold off the books, people paid to do a wrong, meters and
odometers rigged, contraband carried into a jail, money sent to terrorists, waste dumped."""

from __future__ import annotations

# Papers an office or a trade issues, said to be false: "da incapacidades falsas", "hace las
# escrituras falsas", "firma cargos inventados". (Accounts and profiles online are left out:
# "cuentas falsas" are trolls, a matter for other rules.)
_PAPERS_ES = (
    r"(?:escrituras|constancias|incapacidades|recetas|facturas|actas|titulos|licencias|cedulas|"
    r"certificados|firmas|avaluos|permisos|cargos|recibos|notas|justificantes|diplomas)"
)
_FALSE_ES = r"(?:falsas|falsos|falsificad[oa]s|inventad[oa]s|apocrif[oa]s|chuec[oa]s|patito)"

# Those paid to do a wrong: referees, juries, judges, witnesses, youths hired to vandalise.
_PAID_TO_ES = (
    r"(?:arbitros|jurados|jueces|juez|testigos|inspectores|policias|agentes|chavos|muchachos|"
    r"chamacos|golpeadores|porros|reporteros|periodistas|ninos)"
)

_EVERYDAY_FRAMES: tuple[tuple[str, str], ...] = (
    # false papers issued: "da incapacidades falsas a quien le pague", "hace las escrituras
    # falsas de los ranchos", "cobra por dar constancias falsas"
    (
        "da daba dio hace hacia hizo firma firmaba firmo expide expedia expidio tramita tramitaba "
        "vende vendia vendio dar",
        rf"(?:(?:las|los|unas|unos)\s+)?{_PAPERS_ES}\s+(?:[\w\"']+\s+){{0,2}}?{_FALSE_ES}\b",
    ),
    # goods of one's charge sold on the side: "vende los perritos por fuera", "está vendiendo
    # el cloro por fuera", "se la vende por fuera a las nogaleras"
    (
        "vende vendia vendio venden vendiendo revende revendia",
        r"(?:[\w']+\s+){0,4}?por\s+fuera\b(?!\s+(?:de|del)\b)",
    ),
    # someone paid to do a wrong: "le paga a los jurados para que pasen a sus artistas", "le
    # pagó a unos chavos para que pintaran la sinagoga"
    (
        "paga pago pagaba pagaron pagan",
        rf"(?:a\s+)?(?:los|las|unos|unas|al|el|la)\s+{_PAID_TO_ES}\s+para\s+que\b",
    ),
    # measures rigged against customers: "tiene las bombas arregladas", "regresan el
    # kilometraje", "rolls back the odometers"
    (
        "tiene tenia tienen",
        r"(?:las|los|sus)\s+(?:bombas|basculas|medidores|taximetros)\s+"
        r"(?:arreglad[oa]s|alterad[oa]s|chuec[oa]s)\b",
    ),
    ("regresa regresan regresaba regresaban baja bajan bajaba", r"el\s+kilometraje\b"),
    ("rolls rolled rolling", r"back\s+(?:the\s+)?(?:odometers?|mileage)\b"),
    # contraband carried into a jail: "mete celulares a la cárcel para sus clientes"
    (
        "mete metia meten metian",
        r"(?:celulares|droga|drogas|armas|cristal)\s+(?:a|al)\s+"
        r"(?:la\s+)?(?:carcel|penal|reclusorio|cereso|prision)\b",
    ),
    # money sent to terrorists: "manda dinero a grupos terroristas", "is raising money for
    # terrorists overseas"
    (
        "manda mandaba envia enviaba financia financiaba",
        r"(?:sus\s+ganancias\s+|dinero\s+)?a\s+"
        r"(?:grupos\s+terroristas|terroristas|hezbola|hamas|isis|al\s+qaeda)\b",
    ),
    (
        "raising raises raised sends sent funnels funneled funneling",
        r"(?:money|cash|funds)\s+(?:for|to)\s+(?:terrorists|terror\s+groups|hezbollah|hamas|isis|"
        r"al[- ]qaeda)\b",
    ),
    # waste dumped where it is forbidden: "is the one dumping tires in the arroyo"
    (
        "dumping dumps dumped",
        r"(?:the\s+|his\s+|her\s+|their\s+)?(?:tires|trash|waste|"
        r"chemicals|sewage|used\s+oil|oil|toxic\s+\w+)\s+(?:in|into)\s+(?:the\s+)?(?:arroyo|river|"
        r"canal|creek|ditch|lake|desert|drain)\b",
    ),
    # paid twice for one job: "got paid twice for the same roof repair"
    ("got billed charged", r"(?:paid\s+)?twice\s+for\s+the\s+same\b"),
    # people on a phone or in a shelter spied on, the public's goods kept: "la diócesis lo
    # tapó", "para taparlo"
    ("para", r"(?:taparlo|taparla|tapar\s+el\s+caso|tapar\s+todo|encubrirlo|encubrirla)\b"),
    # collections and alms diverted: "lleva tres años desviando las colectas", "se clava la
    # limosna"
    (
        "desviando desvia desvio desviaba desviaron",
        r"(?:las\s+|la\s+|los\s+)?(?:colectas|limosnas?|donativos|diezmos?|cuotas)\b",
    ),
    ("clava clavo clavaba", r"(?:la\s+|las\s+)?(?:limosnas?|colectas?|diezmos?)\b"),
    # gear and goods of a ring run from a hidden place: "tiene una pista clandestina", "tiene su
    # propio grupo de sicarios"
    (
        "tienen tiene tenia tenian",
        r"(?:una\s+|su\s+)?(?:pista\s+clandestina|pista\s+de\s+"
        r"avionetas|(?:propio\s+)?grupo\s+de\s+sicarios)\b",
    ),
    # grades and elections fixed: "arregla las calificaciones de sus estrellas"
    ("arregla arreglaba arreglan", r"las\s+(?:calificaciones|elecciones|boletas)\b"),
    # a hit-and-run: "atropelló a un chaval y se dio a la fuga"
    ("dio", r"a\s+la\s+fuga\b"),
)
