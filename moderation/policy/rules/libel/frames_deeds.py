"""The act patterns (`acts._FRAMES_SRC`), fifth list: plain past-tense deeds of a named or
titled person told in everyday words, by the class of the act rather than by a fixed phrase:
ballots tampered with, an offence of one's own or of kin made to vanish, public money spent on
oneself, public property sold to kin, people hired to do harm, a beating or a hit-and-run,
credentials and figures faked, and their Spanish kin (money kept or spent on oneself, a fee
for an act of office, a bribe received for a vote, insurance fires). Who did it, and whether
the writer says so, is read by `claimed`; these patterns only find where the act begins."""

from __future__ import annotations

from moderation.policy.rules.libel.act_words import KIN_EN, KIN_ES, VICTIM_DET, W

# Public money or property: whose it was makes spending it on oneself a crime.
_PUBLIC_EN = (
    r"(?:city|county|state|public|taxpayer|taxpayers'?|district|school|church|campaign|union|"
    r"charity|relief|grant|department|agency|government|federal|pta|booster|parish|clinic|"
    r"hospital|town)"
)
_FUNDS_EN = r"(?:money|funds?|credit\s+cards?|cards?|cash|dollars|budget|accounts?|checkbook)"
# People hired or sent to do harm, and the harm.
_HIRELINGS = (
    r"(?:a\s+guy|some\s+guys?|somebody|someone|people|two\s+guys|three\s+guys|a\s+couple\s+"
    r"(?:of\s+)?guys|those\s+\w+|some\s+\w+|men|thugs|goons)"
)
_HARM_VERBS = (
    r"(?:torch|burn|tag|vandali[sz]e|beat|break|follow|rough|scare|threaten|intimidate|hurt|"
    r"attack|kill|trash|spray|key|slash|shoot|jump|stalk|harass|dox|poison)"
)
_PERSONS_EN = (
    r"(?:guy|man|woman|kid|child|boy|girl|teen|teenager|tenant|reporter|journalist|organi[sz]er|"
    r"student|player|wife|husband|girlfriend|boyfriend|protester|worker|inmate|prisoner|migrant|"
    r"neighbou?r|customer|fan|referee|ref|cyclist|pedestrian|activist|deputy|officer|clerk|"
    r"waitress|waiter|bartender|bouncer|homeless\s+man|old\s+man|teacher|nurse)"
)
# What a person keeps or signs that is faked: credentials and figures.
_FAKED_OWN = (
    r"(?:doctorate|degree|diploma|phd|credentials|resume|transcripts?|license|residency|address|"
    r"injury|disability|military\s+record|service\s+record)"
)
_BOOKS = (
    r"(?:books|numbers|stats|statistics|figures|attendance|data|payroll|invoices|expense\s+"
    r"reports?|accounts|ledgers?|test\s+scores|crime\s+stats|arrest\s+stats|ridership|"
    r"(?:\w+\s+)?counts?|totals)"
)
_UNDERLINGS = (
    r"(?:cops|officers|deputies|staff|teachers|clerks|workers|employees|guys|people|nurses|"
    r"aides|agents|inspectors|auditors|poll\s+workers|his\s+\w+|her\s+\w+)"
)
# Spanish: what is kept or spent of others' money.
_FUND_ES = (
    r"(?:dinero|fondos?|ofrendas|diezmos|cuotas|donativos|donaciones|apoyos|despensas|limosnas|"
    r"cooperaciones|colectas?|presupuesto|erario|impuestos|multas|becas?|recursos|lana|plata|"
    r"aguinaldos|fianzas|cheques|bonos|envios|remesas|viaticos)"
    # not "el dinero de su herencia", "el dinero de la herencia de su papá": one's own
    r"(?!\s+de\s+(?:su|sus|mi|mis|tu|tus)\b|\s+de\s+(?:la\s+|una\s+)?(?:herencia|venta|"
    r"jubilacion|liquidacion|loteria|ahorros|quincena)\b)"
)
_PUBLIC_ES = (
    r"(?:del\s+erario|publico|del\s+municipio|del\s+ayuntamiento|de\s+la\s+alcaldia|"
    r"del\s+agua(?:\s+potable)?|del\s+huachicol|del\s+narco|del\s+cartel|de\s+la\s+deuda|"
    r"del\s+pueblo|de\s+los\s+contribuyentes|del\s+presupuesto|de\s+la\s+obra|de\s+las\s+despensas|"
    r"de\s+los\s+damnificados|robado|de\s+la\s+escuela|del\s+templo|de\s+la\s+iglesia|"
    r"de\s+la\s+parroquia|del\s+sindicato|de\s+la\s+cooperativa|del\s+dif|de\s+seguridad)"
)

DEED_FRAMES: tuple[tuple[str, str], ...] = (
    # ballots and tallies tampered with: "stuffed the box", "shredded 400 absentee ballots",
    # "changed the totals on the tally sheet", "threw out the ESL kids' test sheets"
    ("stuffed stuffs stuffing", r"(?:the\s+|a\s+|those\s+)?(?:ballot\s+)?box(?:es)?\b"),
    (
        "shredded shreds shredding destroyed tossed dumped burned",
        rf"{W}{{0,4}}?(?:ballots|ballot\s+box(?:es)?|tally\s+sheets?|test\s+sheets)\b",
    ),
    (
        "altered alters altering changed changes changing doctored",
        r"(?:the\s+)?(?:vote\s+|final\s+)?(?:totals|tally|tallies|tally\s+sheets?|ballots|"
        r"vote\s+count|results\s+sheets?)\b",
    ),
    # records shredded; ballots thrown out; a contest rigged or fixed
    (
        "shredded shreds shredding",
        rf"(?:the\s+|those\s+|all\s+the\s+)?{W}{{0,2}}?(?:records|files|documents|emails|"
        r"evidence|receipts|minutes|invoices)\b",
    ),
    ("throws threw throwing", rf"out\s+{W}{{0,4}}?(?:ballots|votes|test\s+sheets)\b"),
    (
        "rigged rigs rigging",
        rf"(?:the\s+)?{W}{{0,3}}?(?:primary|primaries|bid|bids|race|count|raffle|lottery|"
        r"tabulators?|machines?|draw|hiring|audit|inspection|tryouts)\b",
    ),
    (
        "fixing fixes fixed",
        rf"(?:the\s+)?{W}{{0,2}}?(?:games|matches|fights?|bouts?|races|tabulators|"
        r"the\s+(?:game|match|race))\b(?!\s+(?:plan|plans|controller|console|engine|code))",
    ),
    # Spanish: a match or a tender fixed; votes and records erased
    (
        "arreglo arreglaba arregla arreglan arreglaron",
        r"(?:el|la|los|las)\s+(?:\w+\s+)?(?:partidos?|peleas?|carreras?|eleccion|votacion|"
        r"licitacion|sorteo|concurso)\b",
    ),
    (
        "borro borraba borraron borra",
        r"(?:los|las)\s+(?:\w+\s+)?(?:votos|boletas|grabaciones|registros|actas|expedientes|"
        r"pruebas)\b",
    ),
    # an offence of one's own made to vanish: "got his DUI dropped", "had it buried", "let
    # his son off for the hit and run", "dropped the charges against her own nephew"
    (
        "got gets had has getting",
        r"(?:his|her|their|the|a)\s+(?:own\s+)?(?:dui|dwi|duis|tickets?|arrest|record|rap\s+sheet|"
        r"speeding\s+ticket|assault\s+charge|drunk\s+driving\s+charge)\s+(?:\w+\s+)?"
        r"(?:dropped|fixed|buried|wiped|erased|expunged|scrubbed|squashed|disappeared|vanished|"
        r"made\s+to\s+disappear|made\s+to\s+go\s+away)\b",
    ),
    ("got had", r"it\s+(?:all\s+)?(?:wiped|buried|erased|scrubbed|expunged|squashed)\b"),
    (
        "lets let letting",
        rf"(?:his|her)\s+(?:own\s+)?{KIN_EN}\s+(?:\w+\s+)?off\s+(?:the\s+hook\s+)?for\s+"
        r"(?:the|a|an|his|her|that|drunk|dui|dwi|hitting|beating|assault|killing|dealing)\b",
    ),
    (
        "dropped drops dismissed tossed buried killed quashed",
        rf"(?:the\s+|all\s+)?(?:charges?|case|ticket|citation|investigation|complaints?)\s+against\s+"
        rf"(?:his|her)\s+(?:own\s+)?{KIN_EN}",
    ),
    (
        "buried buries burying",
        r"(?:the\s+|two\s+|three\s+|a\s+|all\s+the\s+|those\s+|every\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:complaints?|evidence|autopsy|use-of-force|abuse\s+(?:claims?|reports?)|allegations|"
        r"(?:his|her)\s+(?:own\s+)?(?:dui|dwi|arrest))\b",
    ),
    # public money spent on oneself or one's own: "paid his mistress with city credit cards",
    # "took the grant money and bought himself a cabin", "pays for it out of the travel budget"
    (
        "paid pays paying bought buys buying funded funds financed",
        rf"{W}{{0,3}}?(?:his|her|himself|herself)\s+{W}{{0,3}}?(?:with|out\s+of|using)\s+"
        rf"(?:the\s+)?{_PUBLIC_EN}(?:'s)?\s+{W}{{0,2}}?{_FUNDS_EN}\b",
    ),
    (
        "took used spent",
        r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:money|funds?|grant|donations?)\s+and\s+bought\s+"
        r"(?:himself|herself|his|her|a|an)\b",
    ),
    (
        "split splits splitting",
        r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:kickbacks?|bribes?|payoffs?|loot|take|(?:seized|camera|"
        r"fine|ticket|forfeiture)\s+(?:money|cash)|(?:money|cash|proceeds)\s+(?:between|among)\s+"
        r"them)\b",
    ),
    (
        "selling sold sells",
        rf"(?:the\s+)?(?:city|county|district|school|state|town|department|church|union|club|"
        rf"clinic|hospital)(?:'s)?\s+{W}{{0,4}}?to\s+(?:his|her)\s+(?:own\s+)?{KIN_EN}",
    ),
    (
        "keeps kept pockets pocketed",
        r"(?:all\s+)?the\s+(?:money|cash|difference|proceeds|"
        r"deposits?|fees|donations|tips|collection)\b"
        r"(?!\s+(?:in|into|at|within|local|flowing|for\s+(?:the|our|its)))",  # "in the reserve"
    ),
    # money taken for something and kept ("took the sign-up money for the trip and kept it")
    (
        "took takes",
        r"(?:the\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:money|cash|fees|donations|deposits?|"
        r"dues)\b[^.!?]{0,60}?\band\s+(?:(?:he|she|they)\s+)?(?:kept|pocketed)\s+(?:it|them|"
        r"all\s+of\s+it|most\s+of\s+it|every\s+(?:penny|cent|dime)|the\s+rest)\b"
        r"(?=\s*(?:[.!?,;]|$|for\s+(?:himself|herself|themselves)))",  # not "kept it open"
    ),
    # public land sold to the seller's kin; places on a team or papers of office sold
    (
        "sold sells",
        r"(?:(?:the\s+)?(?:city|county|town|public|zoo|park|ejido|school|municipal|state)\s+"
        r"(?:land|lot|lots|parcel|property|building)\s+to\s+(?:his|her)\s+(?:own\s+)?"
        r"(?:cousin|brother-in-law|sister-in-law|nephew|niece|son|daughter|wife|husband|brother|"
        r"sister|compadre|buddy|friend|son-in-law)\b|"
        r"(?:(?:a|the)\s+)?(?:starting\s+spots?|spots\s+on\s+the\s+(?:team|roster)(?!\s+(?:bus|van|trip))|grades|diplomas|permits|"
        r"licen[cs]es|plazas|jobs\s+at)\b)",
    ),
    # people hired or sent to do harm; a beating; a hit-and-run; property wrecked
    ("paid pays paying sent sends hired hires", rf"{_HIRELINGS}\s+(?:\w+\s+)?to\s+{_HARM_VERBS}"),
    (
        "had has",
        rf"(?:{VICTIM_DET})\s+{W}{{0,2}}?(?:beaten|beat\s+up|roughed\s+up|jumped|"
        r"run\s+off\s+the\s+road)\b",  # not "had a son killed in Iraq": suffered
    ),
    ("beat beats beating roughed", rf"up\s+(?:{VICTIM_DET})\s+{W}?{_PERSONS_EN}\b"),
    # people beaten, as a habit ("beats the Guatemalan guys who work on his farm", "beats
    # them if they complain"); not a team or a rival beaten in a game
    (
        "beat beats",
        r"(?:(?:the|those|his|her|their)\s+(?:\w+\s+){0,2}?(?:workers|employees|farmhands|"
        r"pickers|tenants|(?:guys|men|women)\s+(?:who|that)\s+(?:work|works|rent|live|clean|pick))\b"
        r"(?!\s+(?:to|at|in)\b)|"
        r"them\s+(?:up\s+)?(?:if|when|whenever|every\s+time)\s+they\s+(?:complain|talk\s+back|"
        r"refuse|speak\s+up|say\s+no|don't|do\s+not)\b)"
        r"(?![^.!?]*\b(?:contests?|rematch|dominoes|chess|softball|league|games?|match|season|"
        r"tournament|cards|pool|races?)\b)",  # not a game won
    ),
    (
        "hit hits",
        rf"(?:{VICTIM_DET})\s+{W}?{_PERSONS_EN}\s+{W}{{0,4}}?(?:with\s+(?:his|her)\s+"
        r"(?:truck|car|suv|pickup|van)|and\s+(?:drove|took|sped|ran)\s+off|and\s+fled|and\s+left)\b",
    ),
    (
        "slashed slashes keyed",
        r"(?:the\s+|his\s+|her\s+|their\s+|my\s+|our\s+|a\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:tires|cars?|trucks?)\b",
    ),
    (
        "set sets",
        rf"fire\s+to\s+(?:the|a|his|her|their|that|our)\s+{W}{{0,2}}?(?:shelter|house|home|shop|"
        r"store|church|truck|car|office|restaurant|building|business|warehouse|trailer|clinic|"
        r"mosque|synagogue|barn|bar|garage|place)\b",
    ),
    (
        "torched torches",
        rf"(?:the|a|his|her|their|that|our)\s+{W}{{0,2}}?(?:shelter|house|home|"
        r"shop|store|church|truck|car|office|restaurant|building|business|warehouse|trailer|"
        r"clinic|mosque|synagogue|barn|bar|garage|place)\b",
    ),
    # credentials and figures faked; staff ordered to fake them
    ("faked fakes faking falsified", rf"(?:his|her)\s+(?:own\s+)?{_FAKED_OWN}\b"),
    (
        "ordered orders told tells",
        rf"{W}?{_UNDERLINGS}\s+to\s+(?:fake|falsify|alter|doctor|"
        r"cook|pad|shred|destroy|delete|hide|bury|erase|lie\s+to)\b",
    ),
    ("cooked cooks cooking fudged fudges", rf"(?:the|his|her|their)\s+{W}{{0,2}}?{_BOOKS}\b"),
    (
        "making makes made",
        r"up\s+(?:the\s+|a\s+|those\s+|these\s+)?(?:quotes?|sources?|"
        r"interviews?)\b",
    ),
    # kin shielded, one's own games bet on, a cut of every payment, public goods sold to kin
    # for nothing, footage destroyed, drinks spiked, spyware planted, a résumé lied on
    # (a kin the writer marks as an offender: "covers for his wife at the store" is a favour)
    (
        "covers covered covering",
        r"for\s+(?:his|her)\s+(?:own\s+)?(?:drunk|drunken|drunk-driving|abusive|violent|crooked|"
        rf"dirty|criminal|reckless|drug-dealing|dealer|thieving|deadbeat)\s+{KIN_EN}\b",
    ),
    ("bets bet betting", r"on\s+(?:his|her|their)\s+own\s+(?:team|teams|games|matches|fights)\b"),
    (
        "pockets pocketed pocketing",
        rf"(?:every|each|a\s+cut\s+of|part\s+of|some\s+of|half\s+(?:of\s+)?(?:the\s+)?)\s*{W}?"
        r"(?:payments?|fees?|fines?|checks?|deposits?|donations?|tips?)\b",
    ),
    (
        "sold selling sells",
        rf"{W}{{0,4}}?to\s+(?:his|her)\s+{KIN_EN}\s+for\s+(?:\$1\b|a\s+dollar|nothing|"
        r"pennies|peanuts|next\s+to\s+nothing)",
    ),
    (
        "deletes deleted deleting erases erased erasing destroys destroyed wipes wiped",
        r"(?:the\s+|all\s+the\s+)?(?:\w+\s+)?(?:camera|dash\s?cam|dashcam|body\s?cam|bodycam|surveillance|"
        r"security|jail|cell)\s+(?:footage|video|videos|tapes?|recordings?)\b",
    ),
    (
        "drugged drugs drugging",
        r"(?:the\s+|his\s+|her\s+|two\s+|three\s+|a\s+|some\s+)?(?:\w+\s+)?(?:contestants|girls?|"
        r"women|woman|guests?|players|dates?)\b",
    ),
    (
        "spiking spikes spiked",
        r"(?:\w+\s+)?(?:girls'|women's|her|their|people's|customers')\s+drinks\b",
    ),
    ("installs installed installing", r"(?:spyware|malware|stalkerware|hidden\s+cameras?)\b"),
    (
        "lying lied lies",
        r"(?:on|about)\s+(?:his|her)\s+(?:resume|cv|credentials|degree|application|address|"
        r"military\s+service|service\s+record)\b",
    ),
    ("planted plants", r"(?:the\s+)?(?:graffiti|swastikas?)\b"),
    ("gambling gambled gambles", rf"away\s+(?:the|our)\s+{W}{{0,3}}?(?:money|funds?|budget)\b"),
    # drugs cut or moved
    ("cuts cut cutting", r"(?:his|her|the)\s+(?:meth|coke|cocaine|heroin|fentanyl|dope)\b"),
    ("moves moved moving", r"(?:product|loads|dope|meth|coke|drugs)\b"),
    ("escorts escorted escorting", r"(?:the\s+)?(?:loads|shipments|convoys)\b"),
    (
        "was is",
        r"(?:a|the)\s+(?:coke|meth|crack|heroin|pill|dope|fentanyl)\s+(?:dealer|pusher|"
        r"mule)\b",
    ),
    # Spanish: others' money kept ("se queda con la mitad de cada beca", "se lleva a su casa
    # la mitad de las despensas", "se ha quedado con el dinero de las cooperaciones")
    (
        "se",
        r"(?:queda|quedaba|quedo|ha\s+quedado|lleva|llevaba|llevo)\s+(?:con\s+)?(?:a\s+su\s+casa\s+)?"
        r"(?:la\s+mitad|parte|buena\s+parte|el\s+\d+\s?%|todo)\s+de\s+(?:los|las|la|el|cada|"
        r"lo\s+que)\b",
    ),
    ("se", rf"ha\s+quedado\s+con\s+(?:el|la|los|las)\s+{W}{{0,2}}?{_FUND_ES}\b"),
    # ... or spent on oneself: "se compró una Tahoe con ese dinero", "se hizo su casa con las
    # ofrendas", "estrenó camioneta con nuestras cuotas"
    (
        "se",
        rf"(?:compro|compra|compraba|hizo|construyo)\s+{W}{{0,5}}?con\s+(?:el|la|los|las|"
        rf"nuestr[oa]s|sus|ese|esa|esos|esas)\s+{W}?{_FUND_ES}\b",
    ),
    ("estreno estrena", rf"{W}{{0,3}}?con\s+(?:nuestr[oa]s|el|la|los|las)\s+{W}?{_FUND_ES}\b"),
    (
        # a possession of one's own, not a public programme ("un show pagado con el dinero de
        # los contribuyentes" is opinion on spending)
        "casa casas rancho ranchos camioneta camionetas troca trocas departamento departamentos "
        "yate carro carros terreno terrenos residencia mansion familia boda viaje viajes",
        rf"{W}{{0,4}}?(?:comprad|pagad)[oa]s?\s+con\s+(?:el\s+)?(?:dinero|lana|fondos|recursos)\s+"
        rf"{_PUBLIC_ES}",
    ),
    ("robaba robaban robarse robandose", rf"(?:el|la|los|las|sus)\s+{W}{{0,2}}?{_FUND_ES}\b"),
    # a fee for an act of office: "cobra por dar permisos", "cobra por fuera las cirugías"
    (
        "cobra cobraba cobran cobro",
        r"(?:[\w$,.]+\s+){0,3}?por\s+(?:dar|soltar|arreglar|liberar|otorgar)\s+(?:\w+\s+)?"
        r"(?:permisos?|licencias?|constancias?|plazas?|incapacidades|partidos?|presos|detenidos)\b",
    ),
    ("cobra cobraba cobran cobro", r"(?:\w+\s+){0,3}?por\s+(?:fuera|debajo\s+del\s+agua)\b"),
    # a gift or money received for a vote or a release
    (
        "recibio recibe recibia recibieron reciben",
        r"(?:dinero|lana|plata|un\s+departamento|una\s+casa|una\s+camioneta|regalos?|sobres?)\s+"
        rf"{W}{{0,5}}?(?:para\s+(?:votar|aprobar|liberar|soltar|firmar|otorgar|autorizar|anular|cerrar|"
        r"archivar|que)|"
        r"a\s+cambio\s+de|despues\s+de\s+(?:liberar|soltar|absolver))\b",
    ),
    # a contract or a post given to kin: "le dio la notaría a su amante"
    (
        "dio da daba",
        rf"(?:la|el)\s+(?:notaria|contrato|obra|plaza|puesto|concesion|chamba)\s+"
        rf"a\s+su\s+{KIN_ES}\b",
    ),
    # people abducted; insurance fires
    (
        "levanto levantaron",
        r"(?:al|a\s+la|a\s+los|a\s+las)\s+(?:periodista|activista|reportero|"
        r"reportera|lider|defensor|defensora|dirigente|comerciante|maestro|maestra)s?\b",
    ),
    ("quemo incendio pinto mando", rf"{W}{{0,6}}?(?:pa|para)\s+cobrar\s+(?:el\s+)?seguro\b"),
    # a fee per head or per favour, a quota, bribes: "les cobra 500 pesos por cabeza para
    # dejarlos pasar", "cobra cinco mil dólares por cada contenedor", "cobra cuota a los salones"
    (
        "cobran cobra cobraba cobro",
        r"(?:(?:le|les)\s+)?(?:[\w$,.]+\s+){0,6}?por\s+(?:cabeza|cada\s+(?:contenedor|trailer|"
        r"camion|migrante|persona|pollo|plaza|permiso|licencia|firma|expediente|caso|nota|"
        r"liberacion|contrato|obra)|nota|partido\s+arreglado)\b",
    ),
    (
        "cobran cobra cobraba",
        r"(?:(?:la|su|una)\s+)?(?:cuotas?\s+a|(?:mordidas?|moches?)\s+(?:a|de))\b",
    ),
    ("cobran cobra cobraba", r"(?:mordidas?|moches?)\b"),
    (
        "cobran cobra cobraba cobro",
        r"(?:(?:le|les)\s+)?al\s+seguro\s+(?:\w+\s+){0,2}?(?:que\s+nunca|que\s+no)\b",
    ),
    # others' money kept or carried off: "se quedó con la limosna", "se llevó la caja chica",
    # "se llevó 6 millones del presupuesto"
    (
        "se",
        r"(?:queda|quedaba|quedo|quedaron)\s+con\s+(?:el|la|los|las)\s+(?:\w+\s+)?(?:limosnas?|"
        r"diezmos?|plata|participaciones|diferencia|caja\s+chica|inscripciones|donaciones|"
        r"donativos|ofrendas|cuotas|rentas)\b",
    ),
    (
        "se",
        r"(?:llevo|lleva|llevaba|robo|clavo|embolso)\s+(?:la\s+caja\s+chica|(?:\d[\d.,]*|un|medio|"
        r"dos|tres|cinco|diez|cien)\s+(?:mil(?:\s+pesos|\s+dolares)?|millon(?:es)?)\b)",
    ),
    # money received from a criminal party or for an act of office ("recibió 300 mil de los de
    # la bodega"); inspectors and judges bought ("compró al inspector", "compró a tres
    # magistrados")
    (
        "recibio recibe recibia",
        r"(?:\d[\d.,]*|un|medio|dos|tres|cinco|diez|cien|doscientos|trescientos|quinientos)\s+"
        r"(?:mil|millon(?:es)?)\s+(?:de\s+pesos\s+|pesos\s+|dolares\s+)?(?:de\s+los\s+de\b|"
        r"(?:de|del)\s+(?:la\s+|el\s+|los\s+)?(?:constructora|contratista|empresa|empresario|"
        r"cartel|narcos?|mana|plaza|campana|candidato|partido|gobernador|alcalde)\b)",
    ),
    (
        "compro compraba compraron",
        r"(?:al|a\s+los|a\s+las|a\s+la|a\s+(?:dos|tres|cuatro|cinco|medio|todo\s+el|varios))\s+"
        r"(?:\w+\s+)?(?:inspector(?:es)?|magistrad[oa]s?|juez|jueces|jueza|diputad[oa]s?|regidor(?:es)?|"
        r"cabildo|fiscal(?:es)?|agentes|policias|comandantes?|auditor(?:es)?|senador(?:es)?)\b"
        r"(?=\s*(?:[.,;!?]|$|para\b|con\b|por\b|de\b|del\b|y\b))",  # not "les compró chalecos"
    ),
    # drugs and stolen goods sold: "le vende cristal a los muchachos", "vende las placas robadas"
    (
        "vendia vende vendio venden",
        r"(?:(?:le|les)\s+)?(?:las\s+|los\s+|el\s+|la\s+)?(?:cristal|mota|pastillas|vapeadores|"
        r"perico|coca|fentanilo|(?:\w+\s+)?(?:robad[oa]s|decomisad[oa]s|falsas|falsos|truchos|"
        r"clonad[oa]s))\b",
    ),
    # the defenceless robbed, beaten or shaken down as a habit, often by a named person's men
    # ("Sheriff X's deputies rob migrants at the checkpoint", "los agentes del comandante X
    # golpean a los paisanos"): people on the road or in custody, not "robs taxpayers"
    (
        "rob robs robbed robbing mug mugs mugged shake shakes shook",
        r"(?:down\s+)?(?:the\s+|those\s+)?(?:migrants|immigrants|travell?ers|truckers|paisanos|"
        r"vendors|street\s+vendors|detainees|inmates|prisoners|deportees|asylum\s+seekers|"
        r"tourists|families)\b",
    ),
    (
        "roban robaban robaron golpean golpeaban golpearon asaltan asaltaban asaltaron bajan "
        "bajaban",
        r"a\s+(?:los|las)\s+(?:migrantes|paisanos|traileros|choferes|vendedores|ambulantes|"
        r"detenidos|presos|deportados|turistas|familias)\b",
    ),
)
