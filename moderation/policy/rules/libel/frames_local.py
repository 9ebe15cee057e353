"""The act patterns (`acts._FRAMES_SRC`), fourth list: the schemes of local figures told as
plain acts in the words of the street: people bought, work done for the cartel, tip-offs to
its lookouts, a fee charged for each favour, a cut taken, assets held in a relative's name, a
firm of one's own paid by one's office, a fire set for the insurance, police paid to act, a
record made to vanish, evidence planted, ballots filled in for others."""

from __future__ import annotations

from moderation.policy.rules.libel.act_words import KIN_ES, W

# The criminal party as the street names it: "los de la maña", "la plaza", "la letra".
_STREET_PARTY = (
    r"(?:(?:la\s+)?gente\s+(?:de|del)\s+)?(?:(?:el|la|los|las|al|del)\s+)?(?:(?:de|del)\s+(?:la\s+|los\s+|las\s+)?)?"
    r"(?:cartel|narcos?|narco|mana|plaza|letra|ultima\s+letra|zetas|cjng|chapitos|mayitos|"
    r"linea|delincuencia|crimen\s+organizado|halcones|sicarios|mafia|golfo|contras|polleros|"
    r"coyotes)\b"
)

# A firm, a house or land: what is held in someone else's name.
_HOLDINGS_ES = (
    r"(?:constructora|empresa|empresas|negocio|negocios|casas?|terrenos?|ranchos?|edificios?|"
    r"propiedades|gasolineras?|cuentas|bodegas?|camionetas?|departamentos?|hoteles?|"
    r"transportista|despacho)"
)

# Who holds it for them: a relative, a crony, a front man.
_FRONT_ES = rf"(?:{KIN_ES}|chofer|secretari[oa]|escolta|prestanombres?|socio|socios)"

LOCAL_FRAMES: tuple[tuple[str, str], ...] = (
    # people bought: "tiene comprados a los del ejido", "ya tiene comprado al juez"
    ("tiene tienen tenia tenian", r"(?:ya\s+|bien\s+)?comprad[oa]s?\s+(?:a|al)\s+"
     r"(?:los|las|el|la|todos|todas|sus|medio|toda|unos)?\b(?!\s*(?:en|por|con)\b)"),
    # working for the cartel in the street's spelling: "trabaja pa'l cártel", "para la maña"
    ("trabaja trabajaba trabajan trabajaban chambea chambeaba jala jalaba",
     rf"(?:pa'?l|pal|pa|para)\s+{_STREET_PARTY}"),
    # tip-offs to the lookouts: "avisa a los halcones", "le pasa información a los de la plaza"
    ("avisa avisaba avisan avisaban avisaron pitaza", rf"(?:a\s+|al\s+)?{_STREET_PARTY}"),
    ("pasa pasaba pasan pasaban pasaron filtra filtraba filtran filtro",
     rf"(?:la\s+|toda\s+la\s+)?(?:informacion|info|pitazo|pitazos|datos)\s+{W}{{0,4}}?"
     rf"(?:a\s+|al\s+)?"
     rf"{_STREET_PARTY}"),
    # people picked up and handed over: "levanta gente para los Zetas"
    ("levanta levantaba levantan levantaban levanto levantaron mueve movia mueven cruza cruzaba",
     rf"(?:gente|personas|muchachos|chavos|jovenes|migrantes)\s+(?:{W}{{0,3}}?)?"
     rf"(?:para|pa|pa'l|pal)\s+{_STREET_PARTY}"),
    ("entrego entregaron entregaba entrega", rf"(?:(?:a|al)\s+{W}{{1,4}}?)?(?:a|al)\s+"
     rf"{_STREET_PARTY}"),
    # a fee for each favour: "cobra por cada tráiler que pasa", "les cobra cuota a los puestos"
    ("cobra cobraba cobran cobraban cobro cobraron", r"(?:le\s+|les\s+)?(?:por\s+cada\s+\w+\s+"
     r"(?:\w+\s+)?que\s+(?:pasa|pasan|cruza|cruzan|entra|entran|sale|salen|suelta|sueltan)|"
     r"(?:la\s+|una\s+)?(?:cuota|piso|derecho\s+de\s+piso|moche|mordida)\s+(?:a|al|de)\b|"
     r"(?:una\s+)?comision\s+(?:\w+\s+){0,4}?a\s+(?:los|las|cada)\s+(?:proveedores|"
     r"contratistas|constructoras|empresas|vendedor\w*|comerciantes|locatarios))"),
    # a cut of every deal: "se lleva su parte de cada pipa", "se llevó la lana"
    ("lleva llevaba llevo llevaron llevan", r"(?:su|una|la)\s+(?:parte|tajada|rebanada|"
     r"comision|mochada|lana|feria)\b(?!\s+de\s+(?:la\s+)?(?:culpa|responsabilidad|razon|"
     r"trabajo|camino))"),
    ("repartio repartieron repartia repartian reparte reparten",
     r"(?:la\s+|el\s+|los\s+)?(?:lana|dinero|diferencia|sobreprecio|millones|botin|moche|"
     r"moches|ganancia|ganancias)\s+(?:con|entre)\b"),
    # assets held in a relative's name: "tiene su constructora a nombre de su suegro"
    ("constructora empresa empresas negocio negocios casa casas terreno terrenos rancho "
     "ranchos edificio edificios propiedades gasolinera gasolineras cuentas bodega bodegas",
     rf"{W}{{0,5}}?a\s+nombre\s+de\s+(?:su|sus)\s+(?:{W})?{_FRONT_ES}\b"),
    # a firm of one's own paid by one's office: "tiene acciones en la constructora que ganó la
    # licitación", "es dueño de la empresa que le cobra al municipio"
    ("acciones socio socia dueno duena", rf"(?:en|de)\s+(?:la|una|las)\s+{_HOLDINGS_ES}\s+"
     rf"{W}{{0,3}}?que\s+(?:gano|ganaron|se\s+quedo\s+con|le\s+vende|vende\s+al|surte|"
     r"cobra\s+al|le\s+cobra|factura\s+al|obtuvo)\b"),
    # violence ordered: "mandó quemar el puesto", "mandó golpear al reportero"
    ("mando mandaron manda mandaba", r"(?:a\s+)?(?:quemar|incendiar|golpear|levantar|matar|"
     r"balear|madrear|desaparecer|amenazar|callar\s+a)\s+(?:el|la|los|las|al|a)\b"),
    # a favour of office paid in kind or cash: "recibió un departamento a cambio de liberar
    # a ...", "deja pasar la mercancía a cambio de su cuota"
    ("recibio recibe recibia recibieron reciben firma firmaba firmo otorga otorgo otorgaba "
     "deja dejaba dejo suelta soltaba solto libera liberaba libero",
     rf"{W}{{0,6}}?a\s+cambio\s+de\s+(?:(?:un|una|su|sus|el|la|los|las)\s+)?(?:dinero|lana|"
     r"moches?|mordidas?|cuotas?|sobres?|departamento|depa|casa|terreno|rancho|camioneta|"
     r"troca|viajes?|regalos?|favores\s+sexuales|acciones|porcentaje|comision|tajada|"
     r"liberar|soltar|no\s+publicar|proteccion|\d[\d,.]*|dos|tres|cinco|diez|cien|mil|"
     r"millones?)\b"),
    # a home or a truck bought with public money: "se compró la casa con el dinero del agua"
    ("compro construyo", rf"{W}{{1,5}}?con\s+(?:el|ese|los|esos|la|esa)\s+(?:dinero|lana|"
     r"fondos?|recursos|moches?|sobornos|donativos|donaciones|cooperaciones|apoyos)\s+"
     r"(?:del|de\s+la|de\s+las|de\s+los)\s+(?:agua|municipio|pueblo|despensas|programa|"
     r"fondo|pensiones|ayuntamiento|damnificados|becas|escuela|iglesia|limosna|sindicato|"
     r"cooperativa|obra|presupuesto|erario|dif|parroquia|ejido|hospital|albergue)\b"),
    # English: a known offender, fired for a misdeed, caught in the act, a cut of every deal
    ("is was been", r"(?:a\s+)?known\s+(?:fraud|pedo|pedophile|predator|child\s+predator|"
     r"child\s+abuser|abuser|coyote|dealer|drug\s+dealer|smuggler|thief|crook|scammer|"
     r"con\s+artist|wife\s+beater|molester|trafficker|launderer|bookie|fence|pimp)\b"),
    ("fired", rf"(?:from\s+{W}{{0,5}}?)?for\s+(?:making\s+up|fabricating|faking|stealing|"
     r"embezzling|skimming|groping|harassing|molesting|theft|fraud|plagiari\w+|taking\s+"
     r"bribes|selling|dealing|abusing|beating|lying\s+under\s+oath|cooking|fudging|"
     r"padding|forging|drinking\s+on)\b"),
    ("caught", r"(?:red-handed\s+)?(?:hauling|running|stealing|selling|dealing|smuggling|"
     r"skimming|embezzling|harvesting|stuffing|forging|faking|taking\s+(?:bribes|cash|"
     r"money)|with\s+(?:a\s+)?(?:kilo|trunk\s+full|bag\s+of|pounds\s+of|bricks?))\b"),
    ("taking taken takes took getting gets got", r"a\s+cut\s+(?:of|from|on)\s+(?:every|each|"
     r"all|the)\b"),
    # protection paid to the cartel, people moved for smugglers, a writer paid by the office
    # he covers: "le paga protección al cártel", "cobra del ayuntamiento por escribir a favor"
    ("paga pagaba pagan pagaban", rf"(?:la\s+)?(?:proteccion|cuota|piso|derecho\s+de\s+piso)\s+"
     rf"(?:a|al)\s+{_STREET_PARTY}"),
    ("cobra cobraba cobran cobraban", r"(?:del|de\s+la|al)\s+(?:ayuntamiento|gobierno|municipio|"
     r"alcaldia|presidencia|gobernador|partido|alcalde|diputado|cabildo)\s+(?:\w+\s+){0,4}?"
     r"por\s+(?:escribir|publicar|hablar|callar|no\s+publicar|defender)\b"),
    # a fire set for the insurance: "le prendió fuego a su tienda para cobrar el seguro"
    ("prendio quemo incendio torched burned", rf"{W}{{0,6}}?(?:para|for)\s+(?:cobrar\s+el\s+"
     r"seguro|the\s+insurance)\b"),
    ("set", rf"{W}{{0,4}}?(?:on\s+fire|ablaze|the\s+fire|it)\s+(?:\w+\s+)?for\s+the\s+"
     r"insurance\b"),
    # the police paid to act, a record made to vanish: "pays cops to shut down his rivals",
    # "made the dashcam tape disappear"
    ("pays paid paying", r"(?:the\s+)?(?:cops|police|inspectors?|deputies|officers|guards)\s+to\s+"
     r"(?:shut|look|ignore|raid|harass|drop|let|keep|close|arrest|lose|bury|beat|scare)\b"),
    ("made makes making", rf"(?:the\s+|his\s+|her\s+){W}{{0,2}}?(?:tape|video|footage|evidence|"
     r"report|file|records?|complaints?|charges?|ticket|citation|dwi|dui)\s+(?:disappear|vanish|"
     r"go\s+away)\b"),
    # English: evidence planted on someone, ballots filled in for others, cartel money washed
    ("planted plants planting", r"(?:the\s+|that\s+|a\s+)?(?:bag|drugs|gun|dope|meth|pills|"
     r"evidence|baggie|weapon|knife|coke|cocaine|fentanyl|graffiti)\s+(?:on|in)\b"),
    ("harvesting harvested harvests harvest", r"ballots\b"),
    ("washing washes washed", rf"(?:{W}{{0,2}}?)?(?:cartel|narco|drug|dirty|mob)\s+money\b"),
    ("running runs ran", r"protection\s+for\s+(?:a|the)\s+(?:\w+\s+)?(?:crew|ring|gang|cartel|"
     r"dealers?|smugglers?|coyotes?)\b"),
    # a fee for each act of office: "drops cases for anyone who pays", "hands out the road
    # contracts to whoever pays him"
    ("drops dropped hands handed gives gave awards awarded", rf"{W}{{0,4}}?(?:to|for)\s+"
     r"(?:anyone|whoever|whomever|anybody)\s+(?:who\s+)?pays\b"),
    # money taken to do an act of office or of the pulpit: "gets paid by the casino lobby to
    # preach", "took a $50,000 donation from Orr to endorse"
    ("took takes taking gets got getting", rf"(?:paid\s+(?:off\s+)?by|cash\s+from|money\s+from|"
     rf"a\s+\$[\d,.]+k?\s+\"?donation\"?\s+from|checks?\s+from)\s+{W}{{1,3}}?to\s+"
     r"(?:endorse|preach|vote|approve|rezone|rule|drop|look\s+the\s+other|bury|kill|block|"
     r"push|sign|back|write|publish|make\s+sure|let)\b"),
    # a public card spent on oneself: "uses the city credit card for her Vegas trips"
    ("uses used using charges charged", r"(?:the\s+)?(?:city|county|district|school|campaign|"
     r"church|union|department's|city's|county's)\s+(?:credit\s+)?card\s+(?:for|to\s+pay\s+"
     r"for)\s+(?:his|her|their)\b"),
    # wages paid off the books and workers threatened: "threatens to call ICE on anyone who"
    ("threatens threatened threatening", r"to\s+(?:call|report)\s+(?:ice|la\s+migra|"
     r"immigration|border\s+patrol)\s+on\s+(?:anyone|anybody|workers|his|her|them|the)\b"),
    ("gambling gambled", rf"away\s+{W}{{0,3}}?(?:repair|parks?|school|city|county|church|"
     r"union|relief|campaign|bridge|road)\s+(?:\w+\s+)?(?:money|fund|funds|budget)\b"),
)  # fmt: skip
