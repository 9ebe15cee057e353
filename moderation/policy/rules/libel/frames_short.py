"""The act patterns (`acts._FRAMES_SRC`), third list: the one-line accusations of short
comments, the wrongs of local figures told as acts, plain deeds of violence, envelopes,
payrolls, partners of a criminal party and sums paid for an act of office."""

from __future__ import annotations

from moderation.policy.rules.libel.act_words import (
    BAD_PARTY,
    CORRUPT_EN,
    CORRUPT_ES,
    KIN_EN,
    KIN_ES,
    LOOT_ES,
    PARTY_REF,
    PARTY_X,
    RECORD,
    SUM_EN,
    SUM_ES,
    VICTIM_DET,
    VICTIM_DET_ES,
    VICTIM_EN,
    VICTIM_ES,
    W,
)

# Money, a share or a sum, maybe by the month, from a criminal party.
_MONEY_FROM_PARTY = (
    rf"(?:dinero|lana|plata|sobres?|pagos?|millones|su\s+parte|una\s+parte|cuotas?|{SUM_ES})"
    r"(?:\s+(?:pesos|dolares))?\s+(?:(?:al|cada|por|a\s+la)\s+(?:mes|semana|quincena|ano)\s+)?(?:de|del)\s+"
    rf"(?:la\s+|los\s+|las\s+)?(?:gente\s+de\s+la\s+plaza|{PARTY_X})\b"
)

SHORT_FRAMES: tuple[tuple[str, str], ...] = (
    # one-line accusations of short comments: a killing hidden or done on purpose, abuse
    # covered up, evidence buried, drugs sold or moved, detainees tortured or made to vanish
    ("covered covers covering",
     r"(?:it\s+up|up\s+(?:the|a|his|her)\s+(?:killing|shooting|abuse|rape|beating)|for\s+"
     r"(?:the\s+)?(?:predators|abusers?|pedophiles|molesters|rapists))\b"),
    ("buried buries burying hid hides hiding destroyed shredded",
     r"(?:the\s+)?(?:evidence|abuse\s+reports|reports\s+of\s+abuse|body\s+cam\s+footage|"
     r"bodycam\s+footage)\b"),
    ("shot killed", rf"{W}{{1,3}}?(?:on\s+purpose|in\s+cold\s+blood|and\s+(?:buried|dumped|hid)"
     r"\s+(?:them|him|her|the\s+bod(?:y|ies)))\b"),
    ("sell sells sold selling", rf"{W}{{0,2}}?(?:opioids|oxy|oxycodone|painkillers|xanax)\b"),
    ("runs ran running", r"(?:the\s+)?illegal\s+(?:\w+\s+)?(?:cockfights|dogfights|card\s+games|"
     r"gambling|casino|fights)\b"),
    ("move moves moved moving haul hauls hauled",
     rf"{W}{{0,1}}?(?:cocaine|meth|fentanyl|heroin|drugs|dope)\s+for\b"),
    ("tortura torturaba torturan torturo", r"a\s+(?:los|las)\s+(?:detenidos|detenidas|presos|"
     r"presas|migrantes|reos|internos)\b"),
    ("desaparecio desaparecieron", r"a\s+(?:su|sus)\s+(?:chofer|escolta|escoltas|secretari[oa]|"
     r"asistente|socio|socios|trabajadores|empleados|rival)\b"),
    ("es era", r"(?:un\s+)?(?:violador|pederasta|abusador\s+de\s+ninos)\b"),
    ("cobra cobraba cobran", rf"{W}{{0,3}}?(?:por\s+soltar|renta\s+mensual\s+a)\b"),
    ("pasa pasaba pasan", r"la\s+ubicacion\s+de\s+(?:los\s+|las\s+)?(?:retenes|operativos|"
     r"patrullas)\b"),
    ("entrega entregaba entregan", r"(?:a\s+)?(?:los|las)\s+(?:\w+\s+)?(?:al|a\s+la|a\s+los)\s+"
     r"(?:cartel|linea|mafia|secuestradores|zetas)\b"),
    ("transporta transportan transportaba mueve mueven movia", r"(?:cocaina|droga|drogas|"
     r"fentanilo|cristal|armas)\b"),
    ("tiene tenia", r"una\s+casa\s+de\s+seguridad\b"),
    ("deja dejaba dejan", rf"pasar\s+{W}{{0,2}}?por\s+(?:una\s+)?(?:mordida|lana|moche)\b"),
    ("vendes vendias", r"los\s+datos\s+de\b"),
    # one-line accusations, second pass (short comments): an official bought, perjury, money
    # from a criminal party as the motive, games fixed, double billing, evidence planted,
    # ballots burned, abuse hidden, shell companies, a payroll of an interested
    # party, harm done on purpose, church money spent on oneself, slang for stealing
    ("was were got been", r"(?:bought|bought\s+and\s+paid\s+for|paid\s+off)"
     r"(?=\s*(?:[,.;!?]|$|and\b|long\s+ago|years\s+ago))"),
    ("lo la", r"(?:compraron|compro\s+el\s+cartel|tienen\s+comprad[oa])\b(?!\s+(?:en|por|a|al|"
     r"una?|el|la|con)\b)"),
    ("lied lies lying", r"under\s+oath\b"),
    ("mintio miente mintieron", r"bajo\s+(?:juramento|protesta)\b"),
    ("for", r"(?:the\s+)?(?:cartel|narco|mob|gang)\s+(?:money|cash)\b"),
    ("por", r"(?:dinero|lana|plata|billetes)\s+(?:del|de\s+los|de\s+la)\s+(?:cartel|narco|"
     r"narcos|crimen|mafia|linea|golfo)\b"),
    ("buried buries burying sat", r"(?:the\s+|his\s+|her\s+)?(?:cases|complaints|charges|"
     r"investigations?|indictments?)\b(?=[^.!?]{0,30}\b(?:for|to\s+protect|to\s+cover)\b)"),
    ("enterro enterraba congelo congelaba", r"(?:las\s+|los\s+)?(?:carpetas|expedientes|"
     r"denuncias|investigaciones|casos)\b"),
    ("fixes fixed fixing throws threw", r"(?:the\s+|his\s+|their\s+)?(?:games?|matches|match|"
     r"fights?|races?)(?=\s*(?:[,.;!?]|$|with\b|for\b|against\b|and\b|y\b))"),
    # numbers of record changed by hand: "fixed the state test scores", "fixed the count"
    ("fixes fixed fixing", r"(?:the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+){0,2}?(?:test\s+scores|"
     r"scores|grades|ballots|vote\s+count|the\s+count|election)\b(?!\s+(?:problems?|issues?|"
     r"errors?|glitch(?:es)?|findings|mistakes?))"
     r"(?![^.!?]{0,40}\b(?:scoreboard|glitch|typo|error|mistake|malfunction|after\s+the\s+"
     r"(?:storm|outage)))"),
    # money taken from people on the job ("les quita dinero a los mexicanos en cada parada")
    ("quita quitaba quitan quitaban quito", r"(?:dinero|la\s+lana|lana|feria|la\s+feria|"
     r"el\s+sueldo|la\s+quincena|mordida)\s+a\s+(?:los|las|sus|la|cada)\b[^.!?]{0,60}?"
     r"(?:en\s+cada|y\s+se\s+(?:lo|la|los|las)\s+queda|retenes?|paradas?|revisiones?)\b"),
    ("arregla arreglo arreglaba vende vendia vendio venden", r"(?:los\s+|el\s+)?"
     r"(?:partidos?|juegos|peleas?|carreras)\b(?!\s+(?:de|del)\s+(?:futbol|beisbol|la|los)\b)"),
    ("billed bills billing overbilled", r"(?:\w+\s+){0,2}?(?:twice|double)\b"),
    ("double-billed double-bills overbilled", ""),
    ("cobro cobraron cobraba", r"(?:doble|dos\s+veces)\b"),
    ("sembro sembraron siembra sembraba", r"(?:\w+\s+)?(?:droga|drogas|cristal|coca|cocaina|"
     r"armas?|pruebas|evidencia|mota|marihuana)\b"),
    ("planted plants planting", r"(?:\w+\s+)?(?:drugs|meth|a\s+gun|guns|coke|cocaine|evidence|"
     r"weed)\s+on\b"),
    ("quemo quemaron destruyo destruyeron rellenaron relleno tiro tiraron",
     r"(?:las\s+|los\s+)?(?:boletas|urnas|votos)\b"),
    ("burned burnt shredded destroyed stuffed dumped", r"(?:the\s+)?(?:ballots|ballot\s+boxes|"
     r"votes)\b"),
    ("tapo tapaba encubrio encubre encubria oculto ocultaba escondio escondia",
     r"(?:los\s+|el\s+|las\s+|la\s+)?(?:abusos?|violaciones|abuso\s+sexual|violacion|"
     r"crimenes|asesinatos?)\b"),
    ("covered covers", r"up\s+(?:the\s+)?(?:abuse|abuses|rapes?|murders?|assault)\b"),
    ("tiene tenia tienen", r"(?:una\s+red\s+de\s+)?empresas\s+fantasmas?\b"),
    ("has had runs owns", r"(?:a\s+(?:network|web|string)\s+of\s+)?shell\s+companies\b"),
    ("is was", r"on\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:developer|developers|contractor|"
     r"contractors|builder|casino|landlord|oil\s+company|lobby|realtor|mining\s+company)"
     r"(?:'s|s')?\s+payroll\b"),
    ("pago pagaron paga pagan pagaba", r"(?:la|el)\s+(?:inmobiliaria|constructora|"
     r"desarrolladora|minera|empresa|cartel|gobierno|alcaldia|partido|municipio)\s+"
     r"(?:\w+\s+){0,2}?por\s+(?:esta|este|escribir|la|su)\s+(?:nota|columna|articulo|resena|"
     r"reportaje)\b"),
    ("poisoned flooded burned torched", rf"{W}{{1,3}}?(?:on\s+purpose|deliberately|knowingly)\b"),
    ("enveneno envenenaron incendio inundo", rf"{W}{{1,3}}?(?:a\s+proposito|adrede|a\s+"
     r"sabiendas)\b"),
    ("compro compra", rf"{W}{{0,4}}?con\s+(?:el|la|los|las)\s+(?:diezmos?|limosnas?|colecta|"
     r"donativos|donaciones|ofrendas)\b"),
    ("bought buys", rf"{W}{{0,4}}?with\s+(?:the\s+)?(?:tithes?|church\s+money|collection\s+"
     r"plate|donations|offerings|building\s+fund)\b"),
    ("clavo afano agandallo transo chingo", r"(?:lo\s+de|el\s+dinero|la\s+lana|la\s+plata|"
     r"los\s+fondos|las\s+donaciones|los\s+apoyos|la\s+colecta|los\s+viaticos)\b"),
    ("sells sold selling peddles", r"(?:\w+\s+){0,2}?(?:scripts|prescriptions)\b"),
    ("got gets obtained won received", rf"{W}{{0,4}}?(?:illegally|under\s+the\s+table)\b"),
    ("cobra cobran cobraba recibe", r"(?:\w+\s+)?(?:comisiones|cuotas|pagos)\s+ilegales\b"),
    ("cobra cobraba cobran cobraron", rf"(?:del|de\s+la|de\s+los)\s+{BAD_PARTY}\b"),
    # Wrongs of local figures (a coach, a priest, a notary, a referee, a doctor), told as acts
    # rather than named as crimes: records falsified, fake papers signed, billing for what was
    # never done, payoffs by their wrapping, money moved to kin, harm hidden, kids hit, games
    # bet on, an official "bought", lying for gain.
    ("falsified falsifies falsifying faked fakes faking forged forges forging doctored doctors "
     "doctoring altered alters altering fudged fudges inflated inflates inflating rigged rigs "
     "falsifico falsifica falsificaba falsificaron altero altera alteraba alteraron maquilla "
     "maquillaba maquillo infla inflaba inflo amano amana amanaba",
     rf"{W}{{0,3}}?{RECORD}\b"),
    ("changed changes changing cambio cambia cambiaba cambiaron",
     rf"{W}{{0,3}}?(?:grades|scores|test\s+scores|transcripts|calificaciones|boletas\s+de\s+"
     r"calificaciones|fecha\s+(?:al|del)\s+testamento|testamento|wills?)\b"),
    ("ordered orders had",
     rf"(?:the\s+|his\s+|her\s+)?{W}{{0,2}}?{RECORD}\s+(?:altered|changed|deleted|erased|"
     r"destroyed|shredded|falsified|doctored|backdated|wiped)\b"),
    ("mando manda mandaron ordeno ordena ordenaron",
     r"(?:a\s+)?(?:borrar|alterar|cambiar|falsificar|esconder|ocultar|destruir)\s+(?:el|la|los|"
     r"las)\s+(?:video|videos|grabacion|grabaciones|registros?|expedientes?|pruebas|documentos|"
     r"actas|reportes?|calificaciones|archivos|bitacoras?)\b"),
    ("signs signed signing sign certifies certified certifying notarizes notarized notarizing "
     "notarises notarised files filed submits submitted issues issued firma firmo firmaba "
     "firman certifica certifico expide expidio",
     rf"(?:(?:off\s+on\s+)?{W}{{0,2}}?(?:fake|false|forged|phony|bogus|fraudulent|falsas?|"
     rf"falsos?|apocrif[oa]s?)\s|(?:off\s+on\s+)?{W}{{0,2}}?{RECORD}\s+(?:falsas?|falsos?|"
     r"apocrif[oa]s?|chuec[oa]s?)\b)"),
    ("fe", r"de\s+(?:las|los|unas|unos)\s+\w+\s+(?:falsas|falsos|apocrifas|apocrifos)\b"),
    ("knowing knew sabiendo sabia",
     rf"(?:that\s+|que\s+)?{W}{{0,4}}?(?:were|was|eran|era)\s+(?:fake|forged|falsas?|"
     r"falsos?|apocrif[oa]s?)\b"),
    ("bills billed billing bill charges charged cobra cobraba factura facturaba facturo "
     "signed signs approved approves firmo firma aprobo aprueba",
     rf"{W}{{0,4}}?(?:for|por|de)\s+{W}{{0,3}}?(?:(?:who|that|que)\s+(?:\w+\s+){{0,2}}"
     r"(?:dead|muert[oa]s|fallecid[oa]s|murieron|fallecieron|died)|(?:that|which|que)\s+(?:\w+\s+)?(?:never|nunca)\s+"
     r"(?:showed|arrived|existed|came|happened|llego|llegaron|existio|existieron))\b"),
    ("gets got getting takes took taking receives received walked walks pocketed pockets",
     r"(?:out\s+(?:[\w'$,.-]+\s+){0,4}?with\s+)?(?:a|an|his|her|their)\s+(?:\w+\s+)?"
     r"(?:envelope|kickback|payoff|"
     r"side\s+payment)s?\b"),
    ("recibe recibio recibia reciben cobra cobraba cobro agarra agarro",
     rf"(?:(?:su|sus|un|una|el|la)\s+(?:moches?|mochadas?|mordidas?|sobornos?|tajada)\b|"
     rf"{W}{{0,2}}?(?:pago|pagos|sueldo|dinero|lana|sobres?)\s+(?:aparte|por\s+fuera|por\s+"
     r"debajo\s+de\s+la\s+mesa|bajo\s+la\s+mesa)\s+(?:de|del)\b)"),
    ("pay pays paid paying",
     rf"(?:(?:him|her|them)\s+{W}{{0,3}}?(?:off\s+the\s+books|under\s+the\s+table)\b|"
     r"(?:off\s+)?(?:the|a|an)\s+(?:inspectors?|referees?|refs?|judges?|cops?|auditors?|"
     r"officials?|assessors?|prosecutors?|da|clerk|magistrate)\s+to\b)"),
    ("pagan paga pagaron pagaba pagaban pago",
     rf"(?:{W}{{0,3}}?(?:por\s+fuera|por\s+debajo\s+de\s+la\s+mesa|bajo\s+la\s+mesa)\b|"
     r"(?:al|a\s+la|a\s+los|a\s+las)\s+(?:inspector|inspectora|inspectores|verificador|"
     r"verificadores|arbitro|arbitros|juez|jueza|policia|policias|agente|agentes|auditor|"
     r"auditores|funcionario|funcionarios|valuador|fiscal|fiscales|ministerio\s+publico|mp|"
     r"magistrado|magistrada)\s+para\s+que\b)"),
    ("le", r"(?:(?:pago|pagaron|paga|pagan|pagaba)\s+(?:la|el|su|sus|las)\s+(?:casa|hipoteca|"
     r"deudas?|troca|camioneta|carro|viajes?)\b|pagaron(?=\s*(?:[,.;!?]|$)))"),
    ("they company companies developer developers contractor contractors firm builder builders",
     r"(?:\w+\s+)?paid\s+off\s+(?:his|her)\s+(?:house|mortgage|debts?|truck|car|loans?)\b"),
    ("took takes taking got gets pocketed accepted",
     r"(?:\$[\d,.]+k?|[\d,.]+\s*(?:grand|k|thousand))\s+from\s+(?:the\s+)?(?:\w+\s+){0,2}?"
     r"(?:guys|developers?|contractors?|builders?|vendors?|outfit|company|companies|firm)\b"),
    ("cobra cobraba cobro cobran",
     r"(?:una\s+|su\s+)?comision\s+(?:a|al|de|del)\s+(?:la|el|los|las)\s+(?:proveedor(?:es)?|"
     r"tiendas?|empresas?|constructoras?|contratistas?|distribuidoras?)\b"),
    ("se", r"(?:lleva|llevaba|llevo|queda|quedaba|quedo)\s+(?:con\s+)?(?:un|su|el)\s+"
     r"(?:porcentaje|comision)\b"),
    ("robandose robando", rf"{W}{{0,3}}?(?:{LOOT_ES}|fondo|caja|limosnas?|ofrendas?|diezmos)\b"),
    ("moves moved moving transfers transferred funnels funneled funnelled diverts diverted",
     rf"{W}{{0,3}}?(?:money|funds?|cash|donations|dues|collection|tithes|offerings)\s+(?:in)?to\s+"
     rf"(?:his|her|their)\s+(?:own\s+)?(?:{KIN_EN}\s+)?(?:accounts?|pockets?|company|"
     rf"business|{KIN_EN})"),
    ("pasa pasaba paso desvia desvio desviaba transfiere transfirio",
     rf"{W}{{0,2}}?(?:dinero|fondos|limosnas?|ofrendas?|diezmos|cuotas|donativos|donaciones|"
     rf"colecta|recursos)\s+{W}{{0,2}}?a\s+(?:la\s+cuenta\s+de\s+)?(?:su|sus)\s+"
     rf"(?:{KIN_ES}|cuentas?)\b"),
    ("dinero lana plata",
     r"(?:\w+\s+){0,3}?se\s+lo\s+(?:quedaba|quedo|queda|embolsaba|embolso|clavaba)\b"),
    ("covered covers covering",
     r"for\s+(?:the|a|his|her|their|that)\s+(?:\w+\s+){0,2}?(?:who|that)\s+(?:\w+\s+){0,3}?"
     r"(?:messing|abus\w*|molest\w*|harass\w*|grop\w*|rap\w*|assault\w*|hit\w*|stole|steal\w*)"),
    ("hid hides hiding escondio esconde escondia esconder oculto oculta ocultaba ocultar "
     "tapo tapaba",
     rf"{W}{{0,3}}?(?:deaths|injuries|concussions|complaints|muertes|lesiones|conmociones|"
     r"quejas)\b"),
    ("hits hit hitting slaps slapped smacks smacked punches punched golpea golpeaba golpeo",
     r"(?:a\s+)?(?:the\s+|los\s+|las\s+|sus\s+|his\s+|her\s+)?(?:kids|children|minors|students|"
     r"ninos|ninas|chamacos|alumnos|alumnas|menores)\b"),
    ("messing messes messed fooling fondling fondled fondles",
     r"(?:around\s+)?with\s+(?:the\s+|young\s+|little\s+|his\s+|her\s+)?(?:girls|boys|kids|"
     r"children|students|minors|altar\s+boys)\b"),
    ("drinks drank drinking", r"(?:before|during)\s+(?:the\s+)?(?:practices?|work|duty|"
     r"shifts?|class|school|games?|mass|surgery|the\s+job)\b"),
    ("toma tomaba bebe bebia", r"(?:antes\s+de|durante)\s+(?:los\s+|el\s+|la\s+|las\s+)?"
     r"(?:entrenamientos?|trabajo|turnos?|clases?|partidos?|misa|cirugias?|servicio)\b"),
    ("bets bet betting apuesta apostaba aposto",
     r"(?:on|en)\s+(?:the\s+|los\s+|las\s+|sus\s+|his\s+|her\s+)?(?:games|matches|fights|"
     r"partidos|juegos|peleas)\s+(?:that\s+|que\s+)?(?:he\s+|she\s+)?(?:works|refs|referees|"
     r"officiates|calls|coaches|pita|arbitra|dirige|entrena)\b"),
    ("is was es era fue", r"(?:(?:a\s+|an\s+|un\s+|una\s+)?(?:bought|comprad[oa])"
     r"(?:\s+(?:ref|referee|judge|cop|official|inspector|arbitro|juez|policia|funcionario))?"
     r"(?=\s*(?:[,.;!?]|$))|(?:a|an)\s+bought\s+(?:ref|referee|judge|cop|official|inspector)\b|"
     r"(?:un|una)\s+(?:arbitro|juez|policia|funcionario|inspector)\s+comprad[oa]\b|"
     r"(?:un|una)\s+(?:rater[oa]|estafador|estafadora|defraudador|defraudadora)\b)"),
    ("regalo regalaron regala", r"(?:el|los)\s+partidos?\b"),
    ("fixing fixes fixed fix", r"(?:the\s+)?(?:eligibility|grades|transcripts|test\s+scores)\b"),
    ("lied lies lying", rf"to\s+(?:the\s+)?\w+\s+(?:about|on)\s+{W}{{0,3}}?to\s+(?:get|receive|"
     r"collect|keep)\b"),
    ("mintio miente mentia", rf"a\s+(?:la|el|los|las)\s+\w+\s+(?:con|sobre|en)\s+{W}{{0,3}}?"
     r"para\s+(?:recibir|cobrar|obtener|sacar|conseguir)\b"),
    ("vendor vendors supplier suppliers contractor proveedor proveedores contratista",
     rf"(?:\w+\s+)?(?:was|is|were|are|es|era|eran|fue)\s+(?:la\s+empresa\s+de\s+)?(?:his|her|"
     rf"their|su|sus)\s+{W}?(?:{KIN_EN}|{KIN_ES})"),
    ("sells sold selling resells resold vende vendia vendio revende",
     rf"(?:{W}{{0,4}}?(?:with|con)\s+(?:washed|fake|forged|altered|doctored|phony|bogus)\s+"
     rf"(?:titles|papers|paperwork)\b|{W}{{0,3}}?(?:inundados|chocados|robados)\s+con\s+"
     r"papeles\b)"),
    ("rolls rolled rolling", r"back\s+(?:the\s+)?(?:odometers?|mileage|miles)\b"),
    ("lets let's let letting allows allowed",
     rf"{W}{{0,3}}?(?:run|move|push|bring)\s+(?:product|dope|drugs|loads|weight)\s+through\b"),
    # Plain deeds of violence and abuse said of one person, the victim after the verb: "murdered
    # that inmate", "poisoned the wells", "touched kids at that camp", "ran over a kid", "mató al
    # muchacho", "envenenó los pozos", "atropelló a un niño", "golpeó a un esposado". The victim
    # must be people (or the water they drink): "murdered that song", "planted the trees" pass.
    ("murdered murders murdering strangled strangles strangling stabbed stabs stabbing "
     "drowned smothered suffocated tortures torturing executed",
     rf"(?!(?:the\s+)?other\s|everyone\s+else)(?:(?:{VICTIM_DET})\s+)?(?:\w+\s+)?{VICTIM_EN}\b(?!['’])"
     r"(?!\s+(?:\w+\s+)?(?:in|at|during|on)\s+(?:the\s+)?(?:qualifying|race|practice|game|match|"
     r"polls?|debate|primary|tournament|final|semifinal|playoffs?|ring|court|field|stage|"
     r"back|karaoke|dance\s+floor)\b)"),
    # a shooting likewise, its victim people (no suspect a deputy shoots, no photo taken):
    # "shot a man outside the bar", "gunned down two kids"; not "shot a video of the kids"
    ("shot shoots gunned",
     rf"(?:down\s+|dead\s+)?(?:(?:{VICTIM_DET})\s+)?(?:\w+\s+)?(?!suspects?\b){VICTIM_EN}\b"
     r"(?!['’]|\s+(?:portraits?|photos?|pictures?|videos?|footage|headshots?|scenes?|"
     r"on\s+(?:film|camera|video))|[^.!?]{0,40}\bfor\s+(?:his|her|their|a|the)\s+(?:\w+\s+)?"
     r"(?:series|shoot|documentary|book|magazine|project|portraits?|exhibit|calendar|film)"
     r"|[^.!?]{0,50}\b(?:graduation|wedding|quinceanera|beautiful|gorgeous|photos?|pictures?))"),
    ("poisoned poisons poisoning",
     rf"(?:us\b|everyone\b|(?:(?:{VICTIM_DET})\s+)?(?:\w+\s+)?(?:{VICTIM_EN}|wells?|water|"
     r"river|creek|colonias?|town|neighborhood|neighbourhood|food|dogs)\b(?!['’]|\s+against\b))"),
    ("planted plants planting",
     r"(?:the|a|that|those|this|his|her|a\s+bag\s+of|the\s+bag\s+of)\s+(?:\w+\s+)?(?:gun|guns|"
     r"pistol|weapon|knife|drugs|dope|meth|coke|cocaine|fentanyl|crack|heroin|baggie|evidence|"
     r"casings?|shell\s+casings)\b"),
    ("touched touches touching groped gropes groping fondled fondles fondling",
     r"(?:(?:a|the|little|young|those|these|two|three|several|his|her|other)\s+)?(?:kids|children|"
     r"girls|boys|minors|students|altar\s+boys|kid|child|girl|boy|minor|student|"
     r"(?:little|young)\s+(?:girls?|boys?|ones))\b"
     r"(?!['’]|\s+(?:lives|hearts|souls|minds|with|through|in\s+(?:a|the)\s+(?:good|positive)))"),
    ("ran runs run running",
     rf"over\s+(?:(?:{VICTIM_DET})\s+)?(?:\w+\s+)?(?:{VICTIM_EN}|pedestrian|pedestrians|"
     r"cyclist|cyclists|jogger|biker)\b"),
    ("drives drove driving operates operated operating flies flew",
     r"(?:\w+\s+)?(?:drunk|high|wasted|hammered|blitzed|loaded|impaired)\b"
     r"(?!\s+(?:drivers?|people|folks|friends|guys|patrons|customers|home|ones|students))"),
    ("ordered orders", r"the\s+(?:hit|killing|murder|hit\s+job)\s+on\b"),
    ("set sets setting", r"(?:fire\s+to\s+)?(?:the|a|his|her|their)\s+(?:\w+\s+){0,2}?"
     r"(?:fire\s+)?(?:for|to\s+collect)\s+(?:the\s+)?insurance\b"),
    ("burned burnt burns torched torches", rf"{W}{{1,4}}?(?:for|to\s+collect)\s+(?:the\s+)?"
     r"insurance\b"),
    ("beat beats beating roughed", r"up\s+(?:(?:a|an|the|that|this|two|three|some)\s+)?(?:\w+\s+)?"
     r"(?:kid|kids|teen|teens|teenager|boy|girl|woman|women|migrant|migrants|inmate|inmates|"
     r"detainee|detainees|prisoner|suspect|student|students|reporter|protester|protesters|"
     r"homeless\s+man|old\s+man|handcuffed\s+\w+)\b"),
    ("covered covers covering", r"for\s+(?:his|her|their)\s+(?:[\w'’]+\s+){0,2}?(?:duis?|dwis?|"
     r"crimes|abuse|beatings|thefts?|drug\s+\w+|assaults?|rapes?)\b"),
    ("fixes fixed fixing", r"(?:the\s+|his\s+|her\s+)?(?:cases|case|tickets|verdicts|rulings|"
     r"sentences)\s+(?:for|in\s+exchange)\b(?!\s+a\s+living)"),
    ("sell sells sold selling", r"(?:\w+\s+)?(?:bond\s+reductions|reduced\s+bonds|"
     r"probation|exemptions|passes\s+to)\b"),
    ("sell sells sold selling", r"(?:our|the|their|his|her)\s+(?:\w+\s+)?(?:pension|pensions|"
     r"fund)\s+for\s+(?:a|an|his|her)\b"),
    ("run runs ran running operates operated", r"(?:(?:a|an|the|his|her)\s+(?:\w+\s+){0,2}?"
     r"(?:scam|ponzi\s+scheme|pyramid\s+scheme|con\s+game)|coyotes|a\s+sex\s+ring)\b"
     r"(?!\s+(?:alerts?|awareness|prevention|hotline|workshop|seminar|warning))"),
    ("took takes taking got gets accepted accepts pocketed pockets",
     r"(?:\$[\d,.]+k?|\w+\s+(?:grand|thousand|million)|[\d,.]+\s*(?:grand|k|thousand))\s+to\s+"
     r"(?:free|release|drop|dismiss|let|look|bury|acquit|approve|vote|skip|ignore|kill|"
     r"overturn|reduce)\b"),
    ("takes took taking gets got receives received accepts accepted pockets pocketed",
     rf"(?:money|cash|payments?|envelopes?|bribes)\s+from\s+{W}{{1,4}}?to\s+(?:skip|vote|"
     r"soften|spin|write|free|release|approve|pass|sign\s+off|let)\b"),
    ("paid", rf"by\s+(?:the\s+)?{W}{{0,2}}?(?:developers?|growers|company|companies|campaign|"
     r"party|contractors?|lobby|candidate|mayor|governor|casino|cartel)\s+to\s+(?:write|"
     r"publish|soften|spin|smear|attack|praise|defend|push|bury)\b"),
    ("is was are been being", r"(?:(?:secretly|clearly|obviously)\s+)?(?:paid|bankrolled|"
     r"funded)\s+by\s+(?:the\s+)?\w+\s+(?:campaign|camp|party|developers?|company|growers|"
     r"lobby|cartel)\b"),
    ("is was are been", r"(?:a|an|the|their)\s+(?:\w+\s+)?(?:cartel|narco|cartel's)\s+"
     r"(?:mouthpiece|shill|propagandist|spokesman)\b"),
    ("mato asesino mata asesina mataba asesinaba estrangulo ahorco apuñalo apunalo acuchillo "
     "balaceo baleo",
     rf"(?:a|al)\s+(?:(?:{VICTIM_DET_ES})\s+)?(?:\w+\s+)?{VICTIM_ES}\b"),
    ("enveneno envenena envenenaba envenenaron",
     rf"(?:a\s+)?(?:(?:{VICTIM_DET_ES})\s+)?(?:\w+\s+)?(?:{VICTIM_ES}|pozos?|agua|rio|presa|"
     r"colonias?|pueblo|comida|perros)\b"),
    ("atropello atropella atropellaba",
     rf"(?:a|al)\s+(?:(?:{VICTIM_DET_ES})\s+)?(?:\w+\s+)?(?:{VICTIM_ES}|peaton|peatones|"
     r"ciclista|ciclistas)\b"),
    ("golpeo golpea golpeaba madreo madrea madreaba tortura torturo torturaba",
     r"(?:(?:a|al)\s+(?:(?:un|una|el|la|los|las|dos|tres|varios|unos)\s+)?(?:\w+\s+)?(?:esposad[oa]s?|"
     r"detenid[oa]s?|pres[oa]s?|reos?|menor|menores|nin[oa]s?|muchach[oa]s?|chamac[oa]s?|"
     r"migrantes?|ancian[oa]s?|indigentes?|embarazada|alumn[oa]s?|pacientes?|internos?|"
     r"(?:ex\s?)?novia|(?:ex\s?)?esposa|manifestantes|trabajador(?:es)?|emplead[oa]s?)\b|"
     r"(?:a|al)\s+(?:uno|una)\s+de\s+sus\s+(?:trabajador(?:es|as)|emplead[oa]s|alumn[oa]s|"
     r"jugador(?:es|as)|hij[oa]s|pacientes)\b)"),
    ("manoseo toqueteo", r"a\s+(?:su|sus|una|un|varias|varios|las|los|la|el)\s+"),
    ("maltrata maltrataba maltrato", r"a\s+(?:los|las)\s+(?:\w+\s+)?(?:alumn[oa]s|nin[oa]s|"
     r"pacientes|ancian[oa]s|internos|menores|muchach[oa]s|detenidos|trabajadores|empleados)\b"),
    ("opera operaba opero trabaja trabajaba llega llegaba",
     r"(?:bien\s+|siempre\s+)?(?:borrach[oa]|ebri[oa]|drogad[oa]|pedo|hasta\s+atras)\b"),
    ("quemo quema quemaba incendio incendia incendiaba", rf"{W}{{1,4}}?(?:por|para\s+cobrar)\s+"
     r"(?:el\s+)?seguro\b"),
    ("tiene tenia", r"fosas\s+(?:clandestinas\s+)?en\s+(?:su|sus)\s+(?:rancho|ranchos|casa|terreno|"
     r"terrenos|predio|predios|propiedad|finca|hacienda)\b"),
    ("arregla arreglaba arreglo", r"(?:los\s+)?(?:casos|juicios|sentencias|expedientes|multas)\s+"
     r"(?:por|a\s+cambio)\b"),
    ("cobra cobraba cobro cobran recibe recibio recibia",
     rf"{W}{{0,5}}?para\s+(?:escribir\s+(?:esto|esta\s+nota|este\s+articulo|esta\s+columna)|"
     r"suavizar\w*|defender\w*)\b"),
    # A beating of someone the reader knows ("beat that kid in 2019"), hired thugs, people left
    # to die, money taken to kill stories, abuse in the gerund, a drunk who does harm at work
    ("beat", r"(?:that|those)\s+(?:\w+\s+)?(?:kid|kids|teen|teenager|boy|girl|woman|man|guy|"
     r"migrant|migrants|inmate|prisoner|detainee|suspect|student|reporter|protester|worker)\b"),
    ("sent sends hired hires", r"(?:\w+\s+){1,3}?to\s+(?:beat\s+up|rough\s+up|kill|shoot|torch|"
     r"burn\s+down|threaten|intimidate)\s+(?:the|a|an|that|his|her|their)\b"),
    ("contrata contrato contrataba contrataron paga pago pagaba pagando pagaron",
     r"(?:a\s+)?(?:unos\s+|sus\s+)?(?:golpeadores|matones|sicarios|porros)\b"),
    ("let lets letting", r"(?:those|these|two|three|four|the|his|her)\s+(?:\w+\s+)?(?:migrants|"
     r"people|patients|inmates|prisoners|kids|children|residents|workers)\s+die\b"),
    ("takes took taking gets got accepts accepted", r"(?:cash|money|bribes|payments)\s+to\s+"
     r"(?:kill|bury|spike|squash)\s+(?:stories|the\s+story|reports|complaints|cases|"
     r"investigations)\b"),
    ("abusing molesting", r"(?:\w+\s+)?(?:kids|children|girls|boys|minors|students|altar\s+boys|"
     r"patients|residents|inmates|detainees)\b"),
    ("is was s", r"(?:a|an)\s+(?:violent\s+|mean\s+|known\s+|functional\s+)?(?:drunk|alcoholic)"
     r"\s+(?:who|that)\s+(?:\w+\s+)?(?:crashed|rules|decides|sleeps|hits|beats|drives|operates|"
     r"falls|shows|comes|works|teaches|coaches|preaches|hit|beat|killed)\b"),
    ("es era fue", r"(?:un|una)\s+(?:borrach[oa]|alcoholic[oa])\s+que\s+(?:\w+\s+)?(?:choco|"
     r"golpea|golpeaba|maneja|opera|dicta|juzga|llega|atropello|mato|escribe)\b"),
    ("la lo", r"(?:manoseo|manoseaba|toqueteo|toqueteaba|violo|violaba)\b"),
    # a killing with its victim a clitic ("el alcalde Ruiz lo mató"); not with the killer
    # after the verb ("a Tomás lo mató el cártel": who is named before is the victim)
    ("lo la los las", r"(?:mato|asesino|balaceo|baleo|apunalo|acuchillo|estrangulo|ahorco|"
     r"ejecuto)\b(?!\s+(?:el|la|los|las|un|una|unos|unas|su|sus|mi|tu)\b)"),
    # More one-line deeds of short comments: stolen goods sold or bought, a pyramid scheme,
    # a bribe handed over, a witness coached to lie, smugglers paid, a game thrown for pay, a will
    # backdated, goods sold out the back door, a cartel's man by his trade
    ("vende vendia vendio venden revende compra compraba compro",
     r"(?:\w+\s+){0,2}?robad[oa]s?\b"),
    ("tiene tenia maneja manejaba",
     r"(?:una\s+)?(?:piramide|esquema\s+ponzi|fraude\s+piramidal)\b"),
    ("da daba dio", r"(?:su|una|la)\s+mordida\s+(?:a|al)\b"),
    ("coached coaches pressured pressures", r"(?:the\s+|a\s+|his\s+|her\s+)?witness(?:es)?\s+to\s+"
     r"(?:lie|change|recant)\b"),
    ("paid pays paying", r"(?:off\s+)?the\s+(?:smugglers|coyotes|hitmen|sicarios|cartel)\b"),
    ("paid", r"(?:off\s+)?to\s+(?:throw|tank|fix)\s+(?:the|that|a|this)\b"),
    ("backdated backdates backdating", r"(?:[\w'’]+\s+){0,3}?(?:will|wills|deeds?|documents?|"
     r"checks?|contracts?|records?|testamento|escrituras?)\b"),
    ("sells sold selling", r"(?:[\w'’-]+\s+){0,4}?out\s+(?:the|of\s+the)\s+back\s+(?:door|room)\b"),
    ("vende vendia vendio",
     r"(?:\w+\s+){0,4}?por\s+(?:atras|debajo\s+del?\s+agua|la\s+puerta\s+de\s+atras)\b"),
    ("trabaja trabajaba", r"de\s+(?:halcon|sicario|pollero|puntero|mula|burrero|estaca)\b"),
    ("esta estaba", r"con\s+(?:la\s+mana|los\s+narcos|el\s+cartel|la\s+delincuencia)\b"),
    ("es era", r"(?:defraudador|defraudadora|estafador|estafadora|extorsionador|extorsionadora)\s+"
     r"de\b"),
    ("pagado pagada", r"por\s+(?:morena|el\s+pri|el\s+pan|el\s+partido|la\s+campana|"
     r"la\s+constructora|la\s+inmobiliaria|la\s+minera)\b"),
    ("es era fue", r"(?:un\s+|una\s+|el\s+|la\s+)?(?:vocero|vocera|titere|pieza)\s+(?:del|de\s+los|"
     rf"de\s+la)\s+{BAD_PARTY}\b"),
    # money in envelopes, month after month: "recibe sobres del gobernador", "le llegan sus
    # sobres cada quincena", "recibía un sobre cada viernes"; a single envelope only with its
    # round ("le llegó un sobre del SAT" is the mail)
    ("recibe recibia recibio reciben recibian recibiendo agarra agarraba llegan llega llegaba "
     "llegaban pasan pasaban",
     r"(?:(?:sus\s+|su\s+|los\s+)?(?:sobres|sobrecitos?)\b|"
     r"(?:(?:un|el)\s+)?sobre\s+(?:\w+\s+){0,3}?(?:cada|mensual|semanal|quincenal)\b)"),
    # handing envelopes round the council; a cut per contract ("se lleva un sobre por cada
    # contrato"), not the mail or a pay envelope
    ("reparte repartia repartio", r"sobres\s+(?:\w+\s+){0,3}?(?:(?:en\s+el|al)\s+cabildo|"
     r"(?:a|entre)\s+los\s+(?:regidores|diputados|jueces|policias|periodistas|funcionarios|"
     r"inspectores)|cada\s+que\s+hay)\b"),
    ("lleva llevaba", r"(?:su\s+|un\s+)sobre\s+(?:por|de)\s+cada\s+(?:contrato|obra|licitacion|"
     r"permiso|fallo|tramite|pipa|plaza)\b"),
    ("takes took taking gets got getting receives received collects collected accepts",
     r"(?:(?:\w+\s+){0,2}?envelopes\b(?!\s+(?:in\s+the\s+mail|from\s+the\s+(?:irs|county|state)))|"
     r"(?:an|the|his|her|their)\s+envelope\s+(?:\w+\s+){0,3}?(?:every|each)\b)"),
    # on someone's payroll who should not pay them: "he's on their payroll", "is on the Ochoa
    # payroll", "quietly on the growers association payroll"; not an employer's payroll
    ("is was s been are were",
     r"(?:\w+\s+){0,2}?on\s+(?!(?:the\s+|its\s+|our\s+)?(?:city|county|state|district|school|"
     r"town|federal|government|company|hospital|university|public|taxpayers?|department|team|"
     r"club|same|regular|official|tribal|church|parish|family|farm|ranch)(?:'s|s')?\b)"
     r"(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w'.-]+\s+){0,3}?payroll\b"),
    ("esta estaba estan estuvo sigue cobra cobraba aparece",
     r"(?:\w+\s+)?en\s+(?:la\s+)?nomina\s+(?:de|del)\s+(?:la\s+|los\s+|las\s+)?"
     r"(?:gobernador[a]?|alcalde(?:sa)?|presidente\s+municipal|diputad[oa]|senador[a]?|"
     r"candidat[oa]|campana|contratistas?|que\s+controlan|quienes|que\s+mandan|"
     rf"{PARTY_X})\b"),
    # partners of a criminal party: "es socio del huachicol", "socia de la red de huachicol",
    # "a business partner of the Gulf Cartel's plaza boss"
    ("partner partners socio socia socios socias",
     r"(?:escondid[oa]s?\s+|silencios[oa]s?\s+|silent\s+)?(?:of|to|in|de|del|con)\s+"
     r"(?:the\s+|el\s+|la\s+|los\s+|las\s+)?(?:(?:de|del)\s+(?:la\s+|los\s+)?)?"
     rf"(?:red\s+de\s+|negocio\s+del?\s+)?{W}?{PARTY_X}\b"),
    # selling what is not theirs to sell: "vende huachicol", "vende mota", "vende a las
    # migrantes a los tratantes", "sells birth certificates", "sells the donated food"
    ("vende vendia vendio venden vendian vendieron revende revendia revenden",
     r"(?:(?:\w+\s+){0,3}?(?:mota|huachicol|gasolina\s+(?:robada|de\s+huachicol)|"
     r"diesel\s+robado|pastillas\s+controladas|actas\s+(?:de\s+nacimiento\s+)?falsas|"
     r"documentos\s+falsos|carne\s+de\s+(?:burro|perro|caballo)|"
     r"(?:sillas\s+de\s+ruedas|despensas|medicinas|cobijas|juguetes|viveres)\s+donad[oa]s|"
     r"armas\s+decomisadas|droga\s+decomisada|asilos|(?:las\s+)?fichas\s+de\s+inscripcion|"
     r"(?:los\s+)?cupos|(?:las\s+)?tomas\s+de\s+agua|el\s+agua\s+del?\s+(?:los\s+)?pozos?|"
     r"esteroides|alcohol\s+a\s+(?:los\s+)?(?:menores|muchachos|chavos|ninos))|"
     rf"(?:\w+\s+){{0,5}}?(?:a|con)\s+(?:{PARTY_REF}|(?:los\s+|las\s+)?(?:tratantes|"
     r"padrotes|traficantes|(?:los\s+)?del?\s+cartel)))\b"),
    ("sells sold selling resells resold reselling",
     r"(?:(?:the\s+|his\s+|her\s+|their\s+)?(?:fake|forged|counterfeit|stolen|donated|seized|"
     r"confiscated)\s+(?:\w+\s+)?(?:ids?|documents?|papers|permits|licenses|birth\s+certificates|"
     r"food|medicine|insulin|goods|guns|drugs|cars|trucks|supplies|wheelchairs|coats|toys)|"
     r"(?:\w+\s+)?birth\s+certificates|(?:meth|fentanyl|fent|heroin|coke|cocaine|crack|pills|"
     r"dope)|(?:his|her|their)\s+(?:votes?|rulings?|verdicts?|pardons?|office)|"
     r"(?:\w+\s+){0,3}?to\s+(?:cartel\s+)?straw\s+(?:buyers|purchasers)|"
     r"asylum\s+(?:grants|cases)|green\s+card\s+sponsorships|(?:vapes|alcohol|booze|beer|"
     r"liquor|weed|pills|steroids|drugs)\s+to\s+(?:\w+\s+)?(?:students|minors|kids|children|"
     r"teens|teenagers)|"
     rf"(?:\w+\s+){{0,3}}?to\s+{PARTY_REF})\b"),
    # money moved, laundered or protection sold for others: "runs money for the Valdez
    # brothers", "running protection for a meth crew", "runs a protection racket"
    ("runs ran running run",
     r"(?:(?:money|cash|product|drugs|dope|guns)\s+for|people\s+across|"
     rf"protection\s+for\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?{W}?{PARTY_X}|"
     rf"plates\s+for\s+(?:his\s+|her\s+|the\s+|their\s+)?{W}?{PARTY_X}|"
     r"(?:a|the|his|her)\s+slave\s+(?:operation|ring|racket)|"
     r"(?:a\s+|the\s+|his\s+|her\s+)?(?:protection\s+(?:racket|scheme)|(?:extortion|kickback|"
     r"bribery|ponzi|pyramid|ghost[- ]payroll|voter\s+fraud|ballot\s+(?:harvesting|stuffing)|"
     r"visa\s+fraud|fake\s+(?:id|document)s?)\s+(?:racket|scheme|scam|ring|operation|mill))|"
     r"(?:a|the|his|her)\s+(?:\w+\s+)?(?:chop\s+shop|puppy\s+mill|pill\s+mill|fraud\s+mill|"
     r"coyote\s+operation|stash\s+house|(?<!tennis\s)(?<!squash\s)racket|scam)(?!\s+(?:alerts?|"
     r"awareness|prevention|workshops?|class(?:es)?|seminars?|hotline|warnings?|watch|busters?|"
     r"team|unit|stringing))|"
     rf"(?:{PARTY_REF})(?:'s)?\s+(?:trucks|money|loads|drugs|guns|routes))\b"),
    ("lava lavaba lavan lavaban lavo lavando lavar lavarle",
     r"(?:le\s+|les\s+)?(?:la\s+|el\s+)?(?:lana|dinero|plata|billetes)\b"),
    # money from a criminal party: "recibe dinero del huachicol", "de la gente de la plaza",
    # "recibe 200 mil pesos al mes de la gente de la plaza", "su parte de la extorsión"
    ("recibe recibia recibio recibieron reciben recibian recibiendo", _MONEY_FROM_PARTY),
    # paid a sum for an act of office: "took $40,000 from the X people to rezone", "le
    # pagaron dos millones por soltarlo", "recibió dos millones ... para votar a favor"
    ("took takes taking got gets received accepted pocketed taken",
     rf"(?:{SUM_EN})\s+(?:dollars\s+)?(?:from|off)\s+(?:[\w'.-]+\s+){{1,5}}?to\s+"
     rf"(?:\w+\s+)?{CORRUPT_EN}"),
    # with no payer named, only the acts no honest fee buys: "takes cash to release
    # smugglers", "took 2 million pesos to vote for the contract" (not "took $500 to fix")
    ("took takes taking pocketed",
     rf"(?:(?:{SUM_EN})\s+(?:dollars\s+|pesos\s+|bucks\s+)?|(?:cash|envelopes?|an\s+envelope|"
     r"bribes|kickbacks|payoffs)\s+)to\s+(?:vote|(?:release|free)\s+(?:the\s+|those\s+|these\s+|"
     r"his\s+|her\s+|their\s+)?(?:smugglers|inmates|prisoners|detainees|suspects|traffickers|"
     r"him|her|them|criminals|sicarios|narcos|coyotes|polleros|drivers|dealers)|"
     r"look\s+the\s+other\s+way|"
     r"drop\s+(?:the\s+)?(?:case|charges)|rezone|quash|bury|kill\s+the\s+(?:case|story|"
     r"investigation|probe))\b"),
    ("paid handed", rf"(?:{SUM_EN})\s+(?:dollars\s+)?by\s+(?:[\w'.-]+\s+){{1,5}}?to\s+"
     rf"(?:\w+\s+)?{CORRUPT_EN}"),
    ("porque", r"(?:a\s+\w+\s+)?(?:le|les)\s+(?:pagaron|dieron|pasaron|depositaron|soltaron)\s+"
     rf"(?:{SUM_ES}|un\s+sobre|su\s+sobre)"),
    ("pagaron pagaban dieron daban depositaron recibio recibe recibia recibieron reciben cobro "
     "cobra cobraba",
     rf"(?:{SUM_ES})\s+(?:[\w'.-]+\s+){{0,6}}?(?:por|para|a\s+cambio\s+de)\s+(?:que\s+)?"
     rf"(?:no\s+)?(?:\w+\s+)?{CORRUPT_ES}"),
)  # fmt: skip
