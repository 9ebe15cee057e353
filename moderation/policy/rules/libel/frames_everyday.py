"""The act patterns (`acts._FRAMES_SRC`), eighth list: frauds and abuses of trust in everyday
words: papers faked for a fee, goods sold off the books, people paid to do a wrong, meters and
odometers rigged, contraband carried into a jail, money sent to terrorists, waste dumped,
workers kept off the books, kickbacks, loads waved through, votes paid for, fires set for the
insurance, unpaid labour."""

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

EVERYDAY_FRAMES: tuple[tuple[str, str], ...] = (
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
    # workers paid or kept off the books: "paying his foremen in cash to keep undocumented
    # workers off the books"
    (
        "keep keeps kept keeping hires hired hiring paying pays paid",
        r"(?:[\w'$]+\s+){0,6}?off\s+the\s+books\b",
    ),
    # a cut sent back: "kicked back 10% to his PAC"
    (
        "kicked kicks kicking",
        r"back\s+(?:\d+\s*%|(?:\d+\s+percent|a\s+cut|part|half|money|cash)\b)",
    ),
    # loads waved through for pay: "let loads through for money"
    (
        "let lets letting waved waves waving",
        r"(?:the\s+)?(?:loads|trucks|trailers|drugs|people|cargo)\s+through\s+for\s+(?:money|cash|"
        r"a\s+cut|bribes|a\s+fee)\b",
    ),
    # money taken to do a favour: "taking money to jump people ahead in the line"
    (
        "taking takes took",
        r"(?:money|cash|payments)\s+to\s+(?:jump|look|let|move|fix|write|skip|approve|push|bury|"
        r"kill|waive|pass|sign)\b",
    ),
    # a dead relative's benefits collected: "collecting Social Security for his dead brother"
    (
        "collecting collects collected cashing cashes cashed",
        r"(?:[\w']+\s+){0,3}?(?:checks|benefits|social\s+security|pension|disability)\s+for\s+"
        r"(?:his|her|their)\s+dead\b",
    ),
    # people moved over the line: "are the ones moving people through that gap"
    ("moving moves moved", r"people\s+(?:through|across|over)\s+(?:that|the|this)\b"),
    # votes bought: "paying people $20 a vote", "paying people twenty bucks a vote"
    ("paying pays paid", r"(?:people|voters|folks)\s+(?:[\w$]+\s+){1,2}?(?:a|per)\s+vote\b"),
    # minors given drink: "got that 16-year-old shortstop drunk"
    (
        "got gets getting",
        r"(?:a|the|that|those|his|her)\s+(?:\d+-year-old|minors?|underage)\s+"
        r"(?:\w+\s+)?drunk\b",
    ),
    # a fire or a crash for the insurance: "prendió la bodega pa cobrar el seguro", "chocan los
    # carros a propósito pa cobrar el seguro", "burned it down to collect the insurance"
    (
        "prendio quemo incendio choco chocan chocaba prende quema",
        r"(?:[\w']+\s+){0,6}?(?:pa|para)\s+cobrar\s+el\s+seguro\b",
    ),
    (
        "burned burns torched torches crashed",
        r"(?:[\w']+\s+){0,5}?(?:to\s+collect|for)\s+the\s+"
        r"insurance\b",
    ),
    # people made to work unpaid: "tenía a los internos trabajando gratis en su rancho"
    (
        "tenia tiene tienen",
        r"a\s+(?:los|las|sus)\s+(?:internos|presos|migrantes|trabajadores|"
        r"ninos|ninas|empleados)\s+trabajando\s+(?:gratis|sin\s+paga|sin\s+sueldo)\b",
    ),
    # children hired under age: "hires kids under 16 for the night cleaning crew"
    (
        "hires hired hiring employs employed",
        r"(?:\w+\s+)?(?:kids|children|minors|teens)\s+under\s+(?:1[0-7]|the\s+legal\s+age)\b",
    ),
    # a fee for freeing someone: "cobró medio millón por liberarlos"
    (
        "cobro cobra cobraba cobraron",
        r"(?:[\w$]+\s+){0,4}?por\s+(?:liberar|soltar|sacar)(?:lo|la|los|las)?\b",
    ),
    # detainees killed: "ejecutó a dos detenidos"
    (
        "ejecuto ejecutaron ejecutaba ejecuta",
        r"a\s+(?:\w+\s+)?(?:detenid[oa]s?|pres[oa]s?|muchach[oa]s|jovenes|civiles|migrantes)\b",
    ),
)
