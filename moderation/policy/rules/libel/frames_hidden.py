"""The act patterns (`acts._FRAMES_SRC`), seventh list: gains hidden, goods kept, officials and
referees paid, votes traded and credentials bought. Things bought for oneself with public,
church or criminal money ("se compró la casa con dinero del fideicomiso", "used district credit
cards to pay for his mistress's hotel"), accounts abroad filled with such money, a business
that is a front, a judge with a price, gifts from the party an official decides for, evidence
made to vanish, a lover of a criminal party. Then sums handed to an official for a contract or
a permit ("le pagó al gobernador por el contrato", "paid the governor off for that wall
contract"), a share passed on ("le pasa su parte"), a party that paid someone to act ("the
cartel paid him to"), votes traded ("cambió votos por arrachera"), credentials bought ("bought
her license in Juárez"), a sexual favour asked, and public goods sold ("selling the clinic's
insulin to pharmacies"), money taken to sell an act of office, a dismissal for a crime or a
disgrace. Buying, owning, paying or deleting is no disgrace in itself: each pattern names the
money, the party or the thing that makes it one."""

from __future__ import annotations

from moderation.policy.rules.libel.act_words import PARTY_X, W

# Money that is not one's own to spend on oneself: public funds and the funds of the needy, a
# church's alms, and criminal money ("del fondo de pensiones", "de los damnificados", "de las
# limosnas", "del huachicol"). One's own inheritance, wages or scholarship are not listed.
_DIRTY_ES = (
    r"(?:fondo|fondos|fideicomiso|erario|pensiones|deuda\s+publica|damnificados|despensas|"
    r"limosnas?|diezmos?|colectas?|dif|presupuesto|municipio|ayuntamiento|gobierno|"
    r"huachicol|trata|narco|narcotrafico|moches?|sobornos?|mordidas?|"
    rf"{PARTY_X})"
)
_DIRTY_MONEY_ES = (
    r"(?:el\s+|la\s+|los\s+|las\s+)?(?:dinero|plata|lana|fondos|recursos|billetes)\s+"
    rf"(?:del|de\s+la|de\s+los|de\s+las|de)\s+{W}{{0,2}}?{_DIRTY_ES}\b|"
    r"(?:las\s+|los\s+)?(?:limosnas|diezmos|moches|sobornos|mordidas)\b"
)
# Whose money it was, in English: the public's, a church's, a charity's, a campaign's.
_NOT_OWN_EN = (
    r"(?:the\s+)?(?:city's|county's|district's|district|city|county|state|public|taxpayer|"
    r"taxpayers'|church's|church|charity's|charity|campaign|union|school|relief|pension|"
    r"department|office|agency|hospital|parish|nonprofit's|nonprofit)"
)
# What one buys for oneself and kin, not for the office.
_PERSONAL_EN = (
    r"(?:his|her|their)\s+(?:own|personal|mistress\S*|girlfriend\S*|boyfriend\S*|wife\S*|"
    r"husband\S*|sons?'?s?|daughters?'?s?|kids'?|family\S*|vacations?|wedding|divorce|"
    r"gambling|boat|house|home|mortgage|rent|pool|ranch|lake\s+house|truck|girlfriends)"
)
# Who decides and who must not pay them in kind: the parties an official rules on.
_INTERESTED_EN = (
    r"(?:developers?|contractors?|vendors?|builders?|landlords?|lobbyists?|lobby|"
    r"(?:jail|prison|county|city|school|road|bus|water)\s+contractor|bail\s+bonds?\s+\w+|"
    r"casino|cartel)"
)

# Officials who sell what they decide, and what they decide.
_OFFICIAL_EN = (
    r"(?:governor|mayor|commissioners?|councilman|councilwoman|council\s+members?|judge|"
    r"inspectors?|senator|sheriff|officials?|superintendent|director|assessor|rep|"
    r"representative|congressman|congresswoman|chief)"
)
_DECIDED_EN = (
    r"(?:contracts?|permits?|bids?|zoning|rezoning|licen[cs]es?|variances?|approvals?|"
    r"concessions?|ruling|verdict|vote)"
)
_OFFICIAL_ES = (
    r"(?:gobernador|gobernadora|alcalde|alcaldesa|presidente\s+municipal|regidor|regidora|"
    r"diputad[oa]|senadora?|sindico|sindica|funcionari[oa]|directora?|secretari[oa]|"
    r"juez|jueza|magistrad[oa]|comisionad[oa]|inspectora?|delegad[oa]|tesorer[oa])"
)
_DECIDED_ES = (
    r"(?:contratos?|permisos?|licitaci\w+|obras?|concesi\w+|licencias?|plazas?|puestos?|"
    r"fallos?|sentencias?|amparos?)"
)
# Credentials that must be earned, bought: a degree, a licence to practise, test scores.
_CREDENTIAL_EN = (
    r"(?:(?:medical|nursing|law|teaching|indigenous|pilot's|real\s+estate|contractor's|"
    r"engineering|pharmacy)\s+)?(?:license|licence|degree|diploma|certificate|credentials|"
    r"test\s+scores|scores|grades|cedula|title)\b(?!\s+(?:plates?|of\s+ownership))"
)
# Public goods one is trusted with: sold, they are stolen.
_PUBLIC_GOODS_EN = (
    r"(?:the\s+)?(?:district|city|county|clinic's|hospital's|school's|public|state|city's|"
    r"county's|district's|church's|shelter's|federal|donated|relief|food\s+bank)\s+(?:\w+\s+)?"
    r"(?:water|insulin|medicines?|drugs|vaccines|equipment|asphalt|gas|fuel|vouchers|supplies|"
    r"food|donations|generators|tools)\b"
)

# Money taken, and what it buys that an office must not sell: looking away, a case dropped, a
# request lost, a patrol kept off ("takes cash to 'lose' detainer requests", "recibe dinero de
# la inmobiliaria para fallar a su favor"); raising money "to fix the roads" is no such act.
_TAKEN_EN = (
    r"(?:money|cash|payments?|a\s+(?:personal\s+|monthly\s+)?payment|a\s+check|checks|envelopes|"
    r"\$[\d,.]+\s*(?:k|grand|million)?|[\d,.]+k|[\d,.]+\s+grand)"
)
_SOLD_ACT_EN = (
    r"(?:look\s+the\s+other\s+way|look\s+away|['‘]?lose['’]?|bury|kill\s+(?:the\s+|a\s+|his\s+|"
    r"her\s+)?(?:story|stories|case|cases|charges|investigation|bill)|hand\s+(?:\w+\s+)?(?:that|the|a)|"
    r"throw\s+(?:the\s+)?(?:game|games|case|fight|match)|drop\s+(?:the\s+)?(?:charges|case)|"
    r"let\s+(?:\w+\s+){0,2}?(?:go|off|slide|through|walk)|ignore|dismiss|tip\s+(?:\w+\s+)?off|"
    r"leak|steer|rig|wave\s+(?:\w+\s+){0,2}?through|keep\s+(?:the\s+)?(?:patrols|cops|police|"
    r"deputies|inspectors|quiet|(?:his|her|their)\s+mouths?\s+shut)|"
    r"make\s+(?:\w+\s+){0,3}?go\s+away|sign\s+off|rezone|approve\s+(?:the\s+)?(?:permit|"
    r"permits|rezoning|variance|contract))"
)
_SOLD_ACT_ES = (
    r"(?:soltar\w*|liberar\w*|archivar\w*|callar\w*|tapar\w*|desaparecer\w*|ignorar\w*|"
    r"fallar\s+a\s+(?:su|favor)|absolver\w*|dejar(?:los|las|lo|la)?\s+(?:pasar|salir|ir|libres?|"
    r"operar|trabajar)|no\s+(?:tocar\w*|investigar\w*|multar\w*|clausurar\w*|revisar\w*|"
    r"auditar\w*|denunciar\w*|procesar\w*)|hacerse\s+(?:de\s+)?(?:la\s+vista\s+gorda|el\s+"
    r"ciego|de\s+la\s+vista)|voltear\w*\s+(?:para|hacia)\s+otro\s+lado)"
)

# What someone was fired for, when it is a crime or a disgrace of their own (not
# "arrested for praying", "fired for faltar mucho").
_RECORD_CRIME_EN = (
    r"(?:dui|dwi|duis|drunk\s+driving|driving\s+drunk|child\s+abuse|abuse|abusing|domestic\s+"
    r"violence|beating|hitting|assault\w*|dealing|selling\s+(?:drugs|meth|pills|dope)|"
    r"possession|fraud|theft|stealing|shoplifting|embezzl\w+|solicit\w+|prostitution|harass\w+|"
    r"groping|molest\w+|indecent\s+exposure|stalking|battery|bribery|cheating|plagiari\w+|"
    r"falsifying|faking|overprescribing|drinking\s+on\s+the\s+job)"
)
_RECORD_CRIME_ES = (
    r"(?:(?:andar\s+)?(?:pegar\w*|golpear\w*|robar\w*|manosear\w*|manoseando|acosar\w*|"
    r"acosando|abusar\w*|violar\w*|maltratar\w*|inventar\w*|falsificar\w*|plagiar\w*|"
    r"extorsionar\w*|vender\s+droga\w*)|manejar\s+(?:borrach[oa]|ebri[oa]|drogad[oa])|"
    r"narcomenudeo|fraude|extorsion|acoso|abuso|robo|violencia\s+(?:familiar|domestica))\b"
)

# Records whose loss hides a deed: mail, messages, drives, logs, ballots.
_DESTROYED_RECORDS = (
    r"(?:the|his|her|their|those|all\s+the|all\s+of\s+the)\s+(?:\w+\s+)?(?:emails|e-mails|"
    r"texts|text\s+messages|hard\s+drives?|call\s+logs|phone\s+records|ballots)\b"
)

HIDDEN_FRAMES: tuple[tuple[str, str], ...] = (
    # bought for oneself with money not one's own: "se compró una casa con dinero del
    # fideicomiso", "se hizo su rancho con la lana del huachicol"
    (
        "se",
        r"(?:compro|compra|compraba|compraron|construyo|construye|hizo|pago|pagaba)\s+"
        rf"{W}{{0,6}}?con\s+(?:{_DIRTY_MONEY_ES})",
    ),
    # accounts filled with it: "tiene cuentas en Andorra con el dinero del fondo de pensiones"
    (
        "tiene tenia tienen tenian",
        r"(?:una\s+|unas\s+|sus\s+|varias\s+|dos\s+|tres\s+)?"
        r"cuentas?\s+(?:secretas?\s+|bancarias?\s+)?en\s+(?:un\s+banco\s+de\s+)?(?:las\s+|el\s+)?"
        r"(?:andorra|suiza|caiman|islas\s+caiman|panama|belice|bahamas|luxemburgo|chipre|"
        rf"extranjero|otro\s+lado|estados\s+unidos|texas)\s+(?:\w+\s+){{0,3}}?con\s+(?:{_DIRTY_MONEY_ES})",
    ),
    # a campaign paid with criminal money: "financió su campaña con plata de los paras"
    (
        "financio financiaba financiaron financia",
        r"(?:su|sus)\s+(?:campana|campanas|"
        rf"candidatura|carrera)\s+con\s+(?:{_DIRTY_MONEY_ES})",
    ),
    # paid for oneself out of public money: "used district credit cards to pay for his
    # mistress's hotel rooms", "pays for it out of the city's travel budget"
    (
        "used uses using",
        rf"{_NOT_OWN_EN}\s+(?:\w+\s+)?(?:credit\s+cards?|cards?|funds|money|"
        rf"accounts?|cash|gas\s+cards?)\s+(?:to\s+pay\s+for|for|on)\s+{_PERSONAL_EN}",
    ),
    (
        "paid paying pays",
        rf"for\s+(?:it|them|{_PERSONAL_EN}{W}{{0,2}}?)\s*(?:out\s+of|with|"
        rf"from)\s+{_NOT_OWN_EN}\s+(?:\w+\s+)?(?:money|funds|budget|accounts?|credit\s+cards?|"
        r"coffers|treasury)\b",
    ),
    # a business that is a front: "is a front for the Valdez cartel", "es fachada"
    (
        "front fronts",
        rf"for\s+(?:the\s+)?(?:{W}{{0,2}}?{PARTY_X}|{W}?(?:guys|boys|crew)\b|"
        r"(?:money\s+)?laundering|(?:drug|drugs|meth|coke)\s+(?:money|sales|dealing))",
    ),
    (
        "era es",
        r"(?:(?:una\s+|puro\s+|pura\s+)?fachada\s+(?:para\s+lavar|de\s+lavado|"
        rf"(?:del|de\s+la|de\s+los|para\s+los|para\s+el)\s+{W}?{PARTY_X})\b|"
        r"fachada(?=\s*(?:[,.;!?]|$)))",
    ),
    # a judge with a price: "el juez X tiene precio, 200 mil y sales libre"
    ("tiene", r"precio(?=\s*(?:[,.;!?]|$))"),
    # a gift from the party one decides for: "got a free condo from Pruitt's contractor",
    # "got a new truck from the developer the week before the vote"
    (
        "got gets getting received receives accepted accepts",
        r"(?:(?:a\s+|an\s+)?free\s+(?:\w+\s+)?(?:truck|condo|house|car|boat|lease|trip|vacation|"
        r"apartment|ranch|suv|cruise|pickup)|(?:a\s+)?(?:new|brand\s+new)\s+(?:truck|car|boat|suv|"
        r"pickup))\s+from\s+"
        rf"(?:the\s+|a\s+)?{W}?{_INTERESTED_EN}\b",
    ),
    # evidence made to vanish: "desapareció las pruebas", "hizo desaparecer el expediente",
    # "trituró las boletas"; a singular verb before a plural object is the person's act
    # ("desaparecieron las pruebas" may say the evidence vanished)
    (
        "desaparecio desaparece desaparecia trituro tritura trituraba",
        r"(?:personalmente\s+)?(?:las|los|unas|unos|todas\s+las|todos\s+los)\s+(?:\w+\s+)?"
        r"(?:pruebas|evidencias|archivos|expedientes|carpetas|boletas|actas|documentos|videos|"
        r"grabaciones|facturas|registros|denuncias)\b"
        r"(?![^.!?]{0,40}\b(?:como\s+(?:marca|manda|ordena|establece)|conforme\s+a|por\s+ley|"
        r"de\s+acuerdo\s+con)\b)",
    ),
    (
        "hizo hicieron mando",
        r"desaparecer\s+(?:las|los|el|la)\s+(?:pruebas?|evidencias?|"
        r"archivos?|expedientes?|carpetas?|boletas|actas?|documentos?|videos?|grabaci\w+)\b",
    ),
    # records destroyed to hide something: "destroyed the emails before the subpoena", "and
    # then wiped the hard drives"; deleting one's mail is no disgrace without the purpose
    (
        "destroyed destroys deleted deletes wiped wipes erased erases shredded shreds",
        rf"{_DESTROYED_RECORDS}(?=[^.!?]{{0,60}}\b(?:before\s+(?:the\s+|a\s+|an\s+|any\s+)?"
        r"(?:hearing|audit|auditors|trial|subpoena|investigation|investigators|inspection|raid|"
        r"recount|deposition|feds|fbi|election|lawsuit|court)|to\s+(?:hide|cover)|so\s+(?:nobody|no\s+"
        r"one)|after\s+(?:the\s+)?(?:subpoena|audit|request|investigation|complaint|lawsuit)|"
        r"from\s+the\s+(?:investigators|auditors|fbi|feds))\b)",
    ),
    ("then", rf"(?:destroyed|deleted|wiped|erased|shredded)\s+{_DESTROYED_RECORDS}"),
    # the lover of a criminal party: "es pareja del jefe de plaza", "amante de un narco"; a
    # business that launders for one: "es lavadero de la maña", "a laundromat for the cartel"
    ("es era fue sigue", r"(?:(?:la\s+|el\s+)?(?:pareja|amante|novia|novio|querida)\s+"
     rf"(?:del|de\s+la|de\s+los|de\s+un|de\s+una)\s+{W}?{PARTY_X}\b|"
     r"(?:el\s+|la\s+|un\s+|una\s+|puro\s+|pura\s+)?(?:lavadero|lavanderia)\s+"
     rf"(?:del|de\s+la|de\s+los|de\s+las|para\s+(?:el|la|los|las))\s+{W}?{PARTY_X}\b)"),
    # a price a judge was paid: "le llegaron al precio" (not "al precio de la casa")
    ("les le", r"(?:llegaron|llegan|llegaban)\s+al\s+precio\b(?!\s+(?:de|del|que)\b)"),
    ("laundromat launderette", rf"for\s+(?:the\s+)?{W}?{PARTY_X}\b"),
    # a sum for a contract or a permit: "le pagó al gobernador por el contrato", "paid the
    # governor off for that wall contract"
    ("pago pagaron pagaba paga pagan pagaban",
     rf"(?:al|a\s+la|a\s+los|a\s+las)\s+{_OFFICIAL_ES}\s+(?:\w+\s+){{0,2}}?por\s+(?:el|la|los|"
     rf"las|ese|esa|esos|esas|sus|su)\s+(?:\w+\s+)?{_DECIDED_ES}\b"),
    ("pay paid pays paying",
     rf"(?:the\s+|a\s+)?{_OFFICIAL_EN}\s+(?:[A-Za-z]+\s+)?(?:off\s+)?(?:for|to\s+get|to\s+win|to\s+approve)\s+"
     rf"(?:the|that|this|a|his|her|their|its)\s+(?:[\w-]+\s+){{0,2}}?{_DECIDED_EN}\b"),
    # a share passed on: "le pasa su parte", "le pasa una lana cada mes"
    ("pasa pasaba pasan pasaban paso pasaron",
     r"(?:su\s+|una\s+|la\s+|buena\s+)?(?:parte|tajada|lana|mochada|moche|mordida|sobre|"
     r"cuota)\b(?!\s+(?:de\s+(?:la|su|sus|mi|el)\s+)?(?:renta|herencia|cuenta|tanda|venta|"
     r"gasto|comida|luz|agua|colegiatura|pension))"),
    # a party that paid someone to act: "because the cartel paid him to", "the Garza crew paid
    # him off"
    ("cartel cartels narcos mob gang zetas crew mafia", r"(?:\w+\s+)?paid\s+(?:him|her|them)\s*"
     r"(?:to\b|off\b|for\s+it\b|(?=[.,;!?]))"),
    # money taken to sell an act of office: "takes cash to 'lose' detainer requests", "has been
    # taking money from the Reyes organization to keep patrols off", "recibe dinero de la
    # inmobiliaria para fallar a su favor"
    ("taking takes took taken gets got getting receives received accepts accepted pockets",
     rf"{_TAKEN_EN}\s+(?:[\w'’$,.-]+\s+){{0,7}}?to\s+{_SOLD_ACT_EN}"),
    ("recibe recibia recibio reciben recibieron cobra cobraba cobro agarra agarraba agarro",
     r"(?:dinero|lana|plata|un\s+sobre|sobres|billetes|(?:\d[\d,.]*\s*)?(?:mil|millones|pesos|"
     rf"dolares))\s+(?:[\w'$,.-]+\s+){{0,7}}?para\s+(?:que\s+)?{_SOLD_ACT_ES}"),
    # a dismissal for a crime or a disgrace: "got fired from her teaching job for hitting a
    # kid", "lo corrieron por andar manoseando a las alumnas" (an arrest is a court record, read
    # as a source)
    ("was been got gets", r"(?:fired|canned|suspended|expelled|kicked\s+out)\s+"
     rf"(?:[\w'’-]+\s+){{0,4}}?for\s+{_RECORD_CRIME_EN}\b"),
    ("fue fueron", r"(?:despedid[oa]s?|corrid[oa]s?|expulsad[oa]s?)\s+"
     rf"(?:\w+\s+){{0,4}}?por\s+{_RECORD_CRIME_ES}"),
    ("corrieron", rf"(?:\w+\s+){{0,4}}?por\s+{_RECORD_CRIME_ES}"),
    # votes traded: "cambió votos por kilos de arrachera"
    ("cambio cambiaba cambiaron cambia", r"votos\s+por\b"),
    # credentials bought: "bought her license in Juárez", "buys his test scores", "compró su
    # título"
    ("buys bought buying", rf"(?:his|her|their)\s+{_CREDENTIAL_EN}"),
    ("compro compraba", r"(?:su|sus)\s+(?:titulo|titulos|cedula|certificado|diploma|"
     r"licencia\s+(?:medica|de\s+medico)|constancia|calificaciones)\b(?!\s+de\s+propiedad)"),
    # a sexual favour asked: "le pidió favores sexuales a Valeria a cambio del protagónico"
    ("pidio pide pedia piden pedian exige exigia exigio",
     r"(?:\w+\s+){0,2}?favores\s+sexuales\b"),
    # public goods sold: "selling the clinic's insulin to pharmacies", "has been selling
    # district water to his brother-in-law's orchard"
    ("sells sold selling resells resold", rf"{_PUBLIC_GOODS_EN}"),
)  # fmt: skip
