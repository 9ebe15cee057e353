"""The act patterns (`acts._FRAMES_SRC`), second list: the cartel's money and payroll in
Spanish, violence at home, drug use, plagiarism, tax evasion, looting, donations kept, favours
to kin, harassment, and the preterites that fold like nouns."""

from __future__ import annotations

from moderation.policy.rules.libel.act_words import (
    BAD_PARTY,
    KIN_EN,
    KIN_ES,
    LOOT_ES,
    PARTY_REF,
    RECORD,
    SUBORDINATE_ES,
    TRADE_ES,
    W,
)

WIDER_FRAMES: tuple[tuple[str, str], ...] = (
    # Spanish: dinero recibido del cártel; pagado por los narcos; en la nómina del cártel
    ("recibe recibio reciben recibieron recibia cobra cobro cobran cobraba agarra agarro toma "
     "tomo acepta acepto",
     rf"{W}{{0,3}}?(?:dinero|lana|sobornos?|moches?|billetes|pagos?|plata|millones|dolares|"
     rf"pesos|cuota|sobres?|mordidas?|su parte|una tajada|tajada)\s+{W}{{0,2}}?"
     rf"(?:de|del|de la|de los|de las)\s+{W}?{BAD_PARTY}\b"),
    ("pagado pagada pagados pagadas financiado financiada comprado comprada comprados "
     "patrocinado patrocinada",
     rf"por\s+(?:el\s+|la\s+|los\s+|las\s+)?{W}?{BAD_PARTY}\b"),
    ("cobra cobran recibe reciben pagan paga pagado pagada",
     rf"{W}{{0,2}}?(?:del|por el)\s+gobierno\s+(?:para|por)\s+(?:escribir|defender|hablar|"
     r"atacar|publicar|decir|callar)\b"),
    ("nomina", rf"(?:del|de la|de los|de)\s+{W}?{BAD_PARTY}\b"),
    ("entrega entrego entregaron cedio",
     rf"(?:la\s+)?plaza\s+a\s+(?:los\s+|las\s+|el\s+|la\s+)?{BAD_PARTY}\b"),
    ("vende vendio venden vendieron vendia vendian remata rematan",
     rf"{W}{{0,2}}?(?:sentencias|fallos|amparos|plazas?|permisos|licencias|puestos|votos|"
     r"droga|drogas|cristal|fentanilo|cocaina|armas|informacion|datos|visas|actas|boletas|"
     r"resoluciones|proteccion|placas|credenciales|justicia|carpetas|expedientes|operativos)\b"),
    ("se",
     rf"(?:queda|quedo|quedaron|quedan|quedaba|roba|robo|roban|robaron|robaba|embolsa|"
     rf"embolso|clavo|clava|chingo|agandallo|apropio|apropia)\s+(?:con\s+)?{W}{{0,4}}?"
     rf"{LOOT_ES}\b|"
     r"\bse\s+(?:lleva|llevo|llevaron|llevan|llevaba)\s+(?:una\s+|la\s+|el\s+|los\s+|las\s+|su\s+|"
     r"sus\s+)?(?:moches?|mochadas?|tajada|(?:todo\s+)?(?:el|lo)\s+del\s+"
     rf"(?:fondo|erario|presupuesto)|{LOOT_ES})\b|\bse\s+(?:queda|quedo|quedan|quedaba|lleva|llevo|llevan)"
     r"\s+(?:con\s+)?(?:el|un)\s+\d+\s?%\s+de\s+(?:cada|los contratos|las obras|la obra|"
     r"el presupuesto|lo que)"),
    ("mando manda mandaron mandan mandaba",
     r"(?:a\s+)?(?:cambiar|alterar|quemar|desaparecer|falsificar|destruir|robar)\s+(?:las|los|"
     r"el|la)\s+(?:actas|boletas|votos|pruebas|expedientes|evidencias?|documentos|urnas)\b"),
    ("lava lavo lavan lavaba lavaron lavando",
     r"(?:el|la|los)\s+(?:dinero|lana|billetes|ganancias)\b"),
    ("mando manda mandaron mandan mandaba",
     r"(?:a\s+)?(?:matar|asesinar|desaparecer|golpear|balear|ejecutar|secuestrar|"
     r"(?:quemar|incendiar)\s+(?:la|el|su|sus|los|las)\s+(?:\w+\s+)?(?:bodegas?|casas?|negocios?|"
     r"locales?|tiendas?|carros?|camionetas?|ranchos?|talleres?))\b"),
    ("es era son fue eres fuiste",
     rf"(?:un\s+|una\s+|el\s+|la\s+)?(?:halcon|sicario|operador|operadora|contador|contadora|"
     r"prestanombres|socio|socia|jefe|jefa|lugarteniente|pieza|gente|brazo|lavador|lavadora|"
     r"enlace|informante|protector|protectora|padrino|testaferro|titere|empleado|empleada|"
     r"achichincle|mandadero|halcona|puntero|estaca)\s+(?:de\s+la\s+|del\s+|de\s+los\s+|"
     rf"de\s+las\s+|de\s+)(?:\w+\s+)?{BAD_PARTY}\b"),
    ("vende vendes vendia venden distribuye distribuia mueve mueves movia mueven pasa pasaba cruza "
     "cruzaba "
     "trafica traficaba cocina cocinaba mete metia meten metio metian",
     r"(?:la\s+|el\s+|los\s+|las\s+)?(?:droga|drogas|cristal|fentanilo|cocaina|coca|mota|"
     r"armas|cargamentos)\b"),
    ("pasa pasaba cruza cruzaba trafica traficaba",
     r"(?:a\s+)?(?:la\s+|los\s+|las\s+)?(?:migrantes|gente|personas|indocumentados)\b"),
    ("cobra cobran cobraba cobro",
     r"por\s+(?:cada\s+|los\s+|las\s+|el\s+|la\s+)?(?:sentencias?|fallos?|liberar|"
     r"soltar|dejar pasar|no detener)\b"),
    ("deja dejan dejo dejaron dejaba dejaste",
     r"(?:pasar|cruzar|salir|operar|trabajar)\s+(?:a\s+)?(?:\w+\s+){0,3}?(?:cargamentos|carga|"
     r"droga|drogas|narcos|halcones|sicarios|huachicoleros|cartel|zetas|polleros|"
     r"contrabando)\b"),
    ("le les",
     rf"(?:quito|quitaron|saco|sacaron|bajo|bajaron)\s+{W}{{0,2}}?(?:pesos|dolares|mil|lana|"
     r"dinero|cartera)\b"),
    ("compro compra compran compraron compraba",
     rf"{W}{{0,2}}?(?:votos|jueces|juez|periodistas|la eleccion|las elecciones|"
     r"su puesto|su plaza|su titulo(?!\s+de\s+propiedad)|su curul|su candidatura|"
     r"la diputacion|la alcaldia|la candidatura|la gubernatura|la senaduria|la regiduria)\b"),
    ("metio mete metieron",
     rf"a\s+(?:toda\s+)?(?:su|sus)\s+{W}?{KIN_ES}\s+(?:a|en)\s+la\s+nomina\b"),
    ("plagio plagiaron", r"(?:el|la|este|esta|su)\b"),
    # the cartel pays them: "archivó el caso porque el cártel le paga"
    ("cartel cartels narco narcos zetas",
     r"(?:\w+\s+)?(?:le|les)\s+(?:paga|pagan|pagaba|pagaban|pagaron)\b"),
    # public land or goods sold to a criminal party: "les vende los terrenos fiscales a los narcos"
    ("vende vendio vendia venden vendieron vendian",
     rf"{W}{{0,4}}?a\s+(?:los\s+|las\s+|el\s+|la\s+)?{BAD_PARTY}\b"),
    # violence at home or against someone in one's care: "beat up his roommate", "shoved her
    # own mother", "maltrata a su esposa"
    ("beat beats beating hit hits hitting slapped slaps slapping punched punches punching "
     "kicked choked chokes choking strangled shoved shoves smacked smacks",
     r"(?:up\s+|around\s+)?(?:his|her|their|your)\s+(?:own\s+)?(?:ex-?|former\s+)?(?:wife|"
     r"husband|girlfriend|boyfriend|partner|kids?|children|son|daughter|stepson|stepdaughter|"
     r"mother|mom|father|dad|roommate|grandmother|grandma|baby|students?|players?|employees?|"
     r"workers?|maid|wives|girlfriends)\b"),
    ("maltrata maltrataba maltrato maltratan maltrataste maltratas golpeo golpea golpeaba "
     "golpeaste golpeas pegas madrea madreaba pega pegaba pego pegaste",
     r"(?:a\s+)?(?:su|sus|tu|tus)\s+(?:propi[ao]s?\s+)?(?:ex\s?)?(?:esposa|esposo|mujer|"
     r"marido|novia|novio|pareja|hij[oa]s?|hijastr[oa]s?|mama|madre|papa|padre|alumn[oa]s?|"
     r"emplead[oa]s?|trabajador[ae]s|exesposa|exmujer|exnovia|abuel[oa])\b"),
    # drug use and being drunk or high at work: "is a meth addict", "was high on pills"
    ("is was are were been",
     r"(?:(?:a|an)\s+(?:\w+\s+)?(?:coke|cocaine|crack|meth|heroin|opioid|pill|drug|fentanyl|"
     r"dope)\s?(?:addict|head|fiend|user|abuser)\b|(?:a|an)\s+(?:junkie|crackhead|cokehead|"
     r"methhead|tweaker)\b|(?:high|drunk|wasted|stoned|loaded|tweaking)\s+(?:on|at|during|"
     r"while|behind)\s+(?:\w+\s+)?(?:meth|coke|cocaine|crack|heroin|pills|fentanyl|drugs|duty|"
     r"the job|work|shift|the wheel|the trial|the hearing|the meeting|the bench|the session|"
     r"the stand)\b)"),
    ("does did snorts snorted smokes smoked shoots shot uses used",
     r"(?:coke|cocaine|crack|meth|heroin|fentanyl|lines)\b"),
    # paid to bury a story, to look away: "takes money from the mining company to bury stories"
    ("takes took taking gets got getting receives received accepts accepted pockets pocketed",
     rf"(?:money|cash|payments?|envelopes?|gifts|checks|bribes|\$[\d,.]+k?)\s+from\s+"
     rf"{W}{{1,4}}?to\s+(?:bury|kill|spike|suppress|hide|ignore|overlook|look the other way|"
     r"quash|drop|keep quiet|stay quiet|go easy|smear|write puff pieces|write nice|"
     r"write good things)\b"),
    ("cobra cobro cobraba cobran cobraban cobraste recibe recibio recibia",
     rf"{W}{{0,5}}?para\s+(?:no\s+)?(?:criticar\w*|hablar\s+(?:bien|mal)|callar\w*|tapar\w*|"
     r"ocultar\w*|favorecer\w*|elogiar\w*|alabar\w*|atacar\w*|archivar\w*|dejar\s+pasar|"
     r"hacerse\s+de\s+la\s+vista\s+gorda|publicar\s+(?:puras\s+)?notas\s+(?:bonitas|a\s+favor|"
     r"favorables)|escribir\s+(?:puras\s+)?(?:notas\s+)?(?:a\s+favor|bonito))"),
    # inventing sources, faking records
    ("inventa invento inventaba inventan inventaron inventaste",
     r"(?:(?:sus\s+|las\s+|los\s+|tus\s+)?(?:fuentes|citas|entrevistas|datos|cifras|testimonios|"
     r"declaraciones|historias|encuestas|estadisticas)|(?:la|una|esa|esta|el|un|ese|este)\s+"
     r"(?:entrevista|cita|fuente|testimonio|encuesta|declaracion))\b"),
    ("makes made making",
     r"up\s+(?:his|her|their|your|the)\s+(?:\w+\s+)?(?:sources|quotes|interviews|data|numbers|"
     r"statistics|stats|stories|polls|results|credentials|degree|service record)\b"),
    ("invents invented fabricates fabricated fakes faked faking pads padded padding falsifies "
     "falsified falsifying fudges fudged fudging",
     rf"{W}{{0,2}}?(?:sources|quotes|interviews|overtime|timesheets?|time sheets?|"
     r"expense reports?|expenses|invoices|receipts|signatures|records|test scores|numbers|"
     r"crime stats|payroll|mileage|credentials|degree|diploma|residency|(?:his|her)\s+address)\b"),
    # stolen goods, seized goods, aid sold
    ("sells sold selling fences fenced fencing", r"(?:\w+\s+)?(?:stolen|seized)\b"),
    ("vende vendio vendia venden vendieron vendiste revende revendia revendio",
     r"(?:las\s+|los\s+)?(?:despensas|donaciones|donativos|apoyos|medicinas|medicamentos|"
     r"vacunas|becas|decomisos|cobijas|viveres)\b"),
    # the money of others kept: "te quedaste con la plata de la colecta"
    ("te",
     rf"(?:quedaste|robaste|embolsaste|clavaste|chingaste|apropiaste|llevaste)\s+(?:con\s+)?"
     rf"{W}{{0,2}}?(?:dinero|plata|lana|fondos|recursos|apoyos|despensas|donativos|"
     r"donaciones|colecta|cooperacion|cuotas|becas|medicinas)\b"),
    # business, backing and support from a cartel
    ("business partners partnered partner socio socia socios colludes colluded",
     rf"(?:with\s+|de\s+|con\s+)(?:the\s+|el\s+|la\s+|los\s+|las\s+)?{W}?{BAD_PARTY}\b"
     r"(?!\s+(?:problem|violence|issue|threat|crisis|war|problema|violencia))"),
    ("backed supported sponsored respaldado respaldada apoyado apoyada financiado financiada",
     rf"(?:by|por)\s+(?:the\s+|el\s+|la\s+|los\s+|las\s+)?{W}?{BAD_PARTY}\b"),
    ("tiene tenia tuvo cuenta contaba",
     rf"(?:con\s+)?(?:el|todo el)\s+(?:apoyo|respaldo|visto bueno|padrinazgo|dinero)\s+"
     rf"(?:del|de la|de los|de las|de)\s+{W}?{BAD_PARTY}\b"),
    ("has had enjoys enjoyed",
     rf"(?:the\s+)?(?:backing|support|protection|blessing)\s+of\s+(?:the\s+)?{W}?"
     rf"{BAD_PARTY}\b"),
    # tipping off, handing over, leaking to the criminals
    ("gave gives leaked leaks passed passes handed hands filtro filtra paso dio entrego",
     rf"{W}{{0,2}}?(?:list|lists|names|locations|routes|schedules?|plans|files|photos|"
     r"addresses|identities|lista|listas|nombres|ubicaciones|rutas|horarios|planes|"
     rf"expedientes|fotos|direcciones|identidades)\s+{W}{{0,3}}?(?:to|a)\s+(?:the\s+|los\s+|"
     rf"las\s+|el\s+|la\s+)?{W}?{BAD_PARTY}\b"),
    ("avisa avisaba aviso avisaron avisaban alerta alertaba alerto",
     rf"(?:a\s+)?(?:los\s+|las\s+|el\s+|la\s+)?{BAD_PARTY}\b"),
    ("entrega entrego entregaron entregaba handed hands turned",
     rf"{W}{{1,4}}?(?:a|al|to|over\s+to)\s+(?:los\s+|las\s+|el\s+|la\s+|the\s+)?"
     rf"(?:(?:banda|red|celula|grupo|gang)\s+(?:de\s+|of\s+))?{BAD_PARTY}\b"),
    # children put to work
    ("makes made has had puts put forces forced uses used employs employed hires hired",
     r"(?:\w+\s+)?(?:minors|underage\s+\w+|child\s+labou?r|(?:kids|children)\s+(?:to\s+)?work"
     r"\s+(?:\w+\s+){0,4}?for\s+free)\b"),
    ("pone puso ponia ponen tiene tenia tienen usa usaba contrata contrataba explota explotaba",
     r"(?:a\s+trabajar\s+a\s+(?:menores|ninos|ninas|chamacos)|a\s+(?:menores|ninos|ninas|"
     r"chamacos)(?:\s+de\s+edad)?\s+(?:a\s+trabajar|trabajando))\b"),
    ("explota explotaba exploto explotan", r"a\s+(?:menores|ninos|ninas)\b"),
    # ties to a cartel: "has ties to the Knights Templar", "is in bed with the Gulf Cartel",
    # "tiene nexos con el Cártel del Golfo", "anda con los del Golfo", "compadre del Mencho"
    ("ties links connections dealings cahoots league bed",
     rf"(?:to|with)\s+{PARTY_REF}"),
    ("is was are were been being",
     rf"(?:\w+ly\s+)?(?:tied|linked|connected|close|cozy|mixed up)\s+(?:to|with)\s+{PARTY_REF}"),
    ("nexos vinculos tratos relaciones acuerdos pacto pactos",
     rf"(?:\w+\s+)?con\s+{PARTY_REF}"),
    ("metido metida metidos metidas coludido coludida coludidos coludidas aliado aliada "
     "aliados pacto pacta pactaron pactaba pactado anda andan andaba andaban",
     rf"(?:bien\s+|muy\s+)?(?:metid[oa]s?\s+)?con\s+{PARTY_REF}"),
    ("compadre comadre ahijado ahijada achichincle", rf"(?:de|del)\s+{PARTY_REF}"),
    # in a criminal trade: "está metido en el robo de combustible", "le entra al huachicol"
    ("metido metida metidos metidas entra entraba entran entraron dedica dedicaba dedican",
     rf"(?:bien\s+|hasta el cuello\s+|de lleno\s+|con todo\s+)?(?:en|al|a la|a)\s+{TRADE_ES}"),
    # tax evasion: "dodged millions in taxes", "evade impuestos", "lana escondida en Panamá"
    ("dodged dodges dodging evaded evades evading cheats cheated cheating skipped skips",
     rf"{W}{{0,3}}?(?:taxes|tax|the irs|the sat)\b"),
    ("hides hid hiding stashes stashed parks parked",
     rf"{W}{{0,4}}?(?:in|into|through|offshore)\s+{W}{{0,2}}?(?:offshore|shell|shells|swiss|"
     r"cayman|panama|tax havens?)\b"),
    ("evade evadio evadia evaden evadieron evadiste",
     rf"{W}{{0,2}}?(?:impuestos|al fisco|al sat|el pago)\b"),
    ("escondido escondida escondidos escondidas esconde escondio escondia oculta oculto",
     rf"{W}{{0,3}}?en\s+(?:las\s+|los\s+|un\s+|una\s+)?(?:islas caiman|caiman|panama|suiza|"
     r"andorra|paraisos? fiscal(?:es)?|cuentas? en el extranjero|empresas fantasma)\b"),
    # plagiarism: "copied half of this post from ... without credit", "copió todo de un reportaje"
    ("copied copies copying lifted lifts lifting cribbed cribs ripped rips",
     rf"(?:off\s+)?{W}{{0,5}}?(?:from|off)\s+{W}{{0,6}}?(?:without|with no)\s+(?:any\s+)?"
     r"(?:credit|crediting|attribution|citing|citation|quotes|quotation marks|permission)\b"),
    ("copied copies lifted lifts cribbed cribs ripped rips",
     r"(?:off\s+)?(?:half\s+of\s+|most\s+of\s+|all\s+of\s+|the\s+whole\s+|whole\s+|entire\s+|"
     r"word for word\s+)?(?:this|the|his|her|their|my|our|that)\s+(?:\w+\s+)?(?:post|piece|"
     r"article|analysis|story|column|thesis|dissertation|essay|text|paragraphs?|research|book|"
     r"speech)\s+(?:\w+\s+){0,3}?(?:from|off)\b"),
    ("copio copia copiaron copiaba fusilo fusila fusilaron",
     rf"{W}{{0,4}}?(?:de|del)\s+{W}{{0,6}}?sin\s+(?:citar|dar credito|dar el credito|"
     r"mencionar la fuente|permiso|comillas)\b"),
    ("copio copia copiaron copiaba",
     r"(?:todo|todito|la mitad|casi todo|completo|completa|palabra por palabra|"
     r"(?:el|la|su|este|esta)\s+(?:\w+\s+)?(?:texto|nota|articulo|tesis|reportaje|columna|"
     r"investigacion|libro|discurso|analisis))\s+(?:\w+\s+){0,3}?(?:de|del)\b"),
    # looting a public fund: "looted the pension fund", "saqueó las arcas"
    ("looted loots looting plundered plunders plundering raided raids raiding",
     rf"(?:the\s+)?{W}{{0,3}}?(?:fund|funds|treasury|coffers|pension|pensions|relief money|"
     r"aid money)\b"),
    ("saqueo saquea saquearon saqueaba",
     r"(?:las|el|la|los)\s+(?:arcas|erario|tesoreria|presupuesto|fondos?|municipio|estado|"
     r"ayuntamiento|caja|pensiones)\b"),
    # donations kept: "took donations for the flood victims and kept them"
    ("took collected raised received",
     rf"{W}{{1,7}}?and\s+kept\s+(?:them|it|the\s+money|the\s+cash|all\s+of\s+it)\b"),
    ("kept keeps keeping",
     r"(?:the\s+|all\s+the\s+)?(?:donations|money|funds|cash|proceeds)\s+for\s+(?:himself|"
     r"herself|themselves|yourself)\b"),
    # a bribe in other words: "gets a kickback on every contract", "taking envelopes"
    ("gets got getting takes took taking receives received pockets pocketed collects collected",
     r"(?:(?:a\s+)?(?:kickback|bribe|payoff|sweetener)s?\s+(?:on|from|of|for)\b|"
     r"(?:cash\s+|fat\s+|thick\s+)?envelopes\b|(?:the\s+)?(?:protection|extortion)\s+"
     r"(?:money|payments|fees)\b)"),
    ("cambio", r"de\s+(?:un\s+|una\s+|unos\s+|sus\s+|su\s+)?(?:sobres?|lana|dinero|moches?|cuota|"
     r"mordidas?|sobornos?|billetes|dolares|pesos|favores sexuales|cochupos?)\b"),
    ("cobra cobraba cobran cobro recibe recibia saca sacaba",
     r"(?:su\s+|una\s+)?(?:parte|tajada|cuota|comision|porcentaje|mochada)\s+(?:de|en|por)\s+(?:cada|"
     r"todos|todas|las obras|los contratos)\b"),
    ("sold sells selling", rf"out\s+{W}{{0,3}}?to\s+{PARTY_REF}"),
    # contracts and jobs for kin: "gave his son's company the ambulance contract", "got his
    # son hired", "le dio el contrato a la empresa de su hijo"
    ("gave gives handed hands awarded awards steered steers",
     rf"(?:his|her|their)\s+(?:own\s+)?{W}?{KIN_EN}\s+(?:(?:company|firm|business|outfit)\s+)?"
     rf"(?:a|an|the|every|all\s+the)\s+{W}{{0,3}}?(?:contracts?|bids?|jobs?|deals?|"
     r"concessions?)\b"),
    ("got gets hired hires appointed appoints",
     rf"(?:his|her|their)\s+(?:own\s+)?{W}?{KIN_EN}\s+(?:hired|appointed|a job|a contract|"
     r"a post|a position|on the payroll|the job|the contract)\b"),
    ("dio da daba dieron otorgo otorga otorgaba asigno asigna asignaba adjudico adjudica "
     "adjudicaba entrego reparte repartio",
     rf"{W}{{0,5}}?(?:contratos?|obras?|licitacion(?:es)?|plazas?|puestos?|chambas?|"
     rf"concesion(?:es)?|permisos)\s+{W}{{0,5}}?a\s+(?:(?:la|las|el|los)\s+\w+\s+de\s+)?"
     rf"(?:su|sus)\s+(?:propi[oa]s?\s+)?{KIN_ES}\b"),
    ("coloco acomodo puso pone",
     rf"a\s+(?:toda\s+)?(?:su|sus)\s+{W}?{KIN_ES}\s+(?:en|a|como)\s+(?:la\s+nomina|"
     r"el\s+ayuntamiento|el\s+gobierno|la\s+secretaria|la\s+dependencia|una?\s+(?:puesto|plaza|"
     r"cargo)|director|directora|jefe|jefa|subdirector|subdirectora|coordinador|coordinadora|"
     r"asesor|asesora)\b"),
    # violence on the defenceless: "roughed up a handcuffed teenager"
    ("roughed roughs roughing punched punches slapped slaps kicked kicks choked chokes tased "
     "tasered beat beats pistol-whipped",
     r"(?:up\s+)?(?:a|an|the|that|this|two|three|his|her)\s+(?:\w+\s+)?(?:handcuffed|unarmed|"
     r"restrained|defenseless|defenceless|sleeping|homeless|elderly|pregnant|disabled|"
     r"detained)\b"),
    ("maneja manejaba manejo conduce conducia condujo",
     r"(?:bien\s+)?(?:ebri[oa]|borrach[oa]|drogad[oa]|pedo|hasta atras)\b"),
    ("doped coked hopped jacked tweaked", r"(?:up|out)\b"),
    ("hooked addicted", r"(?:on|to)\s+(?:\w+\s+)?(?:meth|crack|coke|cocaine|heroin|fentanyl|"
     r"pills|opioids|oxy|painkillers|drugs)\b"),
    ("gets got buys bought scores scored",
     r"(?:his|her|their|your)\s+(?:\w+\s+)?(?:coke|cocaine|meth|crack|heroin|fentanyl|pills|"
     r"drugs|dope|blow|oxy)\s+from\b"),
    # harassment in Spanish; fabricated evidence
    # ("acosó" folds to the noun "acoso": left out, like "manoseo")
    ("acosa acosaba acosaron acosan manosea manoseaba toquetea toqueteaba",
     r"a\s+(?:sus|su|las|los|una|un|varias|varios|todas|muchas)\b"),
    ("fabrico fabrica fabricaron fabricaba",
     r"(?:\w+\s+)?(?:pruebas|delitos|culpables|evidencias?|expedientes|carpetas|cargos|"
     r"acusaciones|testigos)\b"),
    # living off a criminal trade: "vive del huachicol", "vive de los moches"
    ("vive vivia viven vivian", rf"(?:de\s+|del\s+){TRADE_ES}"),
    # shielding criminals: "protege al Marro", "solapa a los huachicoleros"
    ("protege protegia protegio protegen protegian solapa solapaba solapo solapan cubre cubria "
     "encubre encubria",
     rf"(?:a\s+(?:los\s+|las\s+|la\s+|el\s+)?|al\s+){W}?{BAD_PARTY}\b"),
    # drug use: "consume cocaína", "jala perico", "fuma cristal"
    ("consume consumia consumio consumen consumes jala jalaba jalas aspira aspiraba fuma fumaba "
     "inhala inhalaba",
     r"(?:\w+\s+)?(?:cocaina|coca|cristal|drogas|fentanilo|perico|piedra|heroina|crack|tachas|"
     r"metanfetamina|foco)\b"),
    # a bribe by its wrapping: "recibió maletas de dinero", "le dan sobres con lana"
    ("recibe recibio recibia recibieron reciben agarra agarro toma tomo dan dieron daban "
     "entregan entregaron entregaba",
     rf"{W}{{0,2}}?(?:maletas?|maletines?|sobres?|bolsas?|costales?|portafolios|cajas?)\s+"
     r"(?:de|con|llen[oa]s?\s+de|repletos?\s+de|retacad[oa]s?\s+de)\s+(?:dinero|billetes|lana|"
     r"dolares|efectivo|pesos)\b"),
    # what the flock, the team or the members gave, spent on oneself: "viajes pagados con la
    # ofrenda de misiones", "bought a boat with the booster money"
    ("pagado pagada pagados pagadas compro compra compraba construyo financia financiaba",
     rf"{W}{{0,4}}?con\s+(?:la|el|los|las)\s+(?:ofrenda|ofrendas|limosna|diezmos?|colecta|"
     r"cooperacion|cuotas|donativos|donaciones|fondo\s+de\s+(?:huelga|ahorro|la\s+iglesia|"
     r"la\s+parroquia|la\s+liga|la\s+escuela|padres))\b"),
    ("bought buys paid pays funded funds financed",
     rf"(?:for\s+)?{W}{{0,4}}?(?:with|out\s+of)\s+(?:the\s+)?(?:building\s+fund|collection\s+plate|"
     r"collection|tithes?|offering|booster\s+(?:club\s+)?(?:money|fund|funds)|pta\s+(?:money|"
     r"fund)|union\s+dues|strike\s+fund|(?:parish|church|team|club|league)\s+(?:money|funds?|"
     r"account))\b"),
    # what an office or a post controls, sold: "vende las plazas", "le vende los títulos",
    # "sells fake medical exemptions", fake papers of any kind
    ("vende vendia vendio venden vendian vendieron vendiendo",
     r"(?:las\s+|los\s+)?(?:plazas|titulos|lugares|calificaciones|examenes|cartas\s+de\s+\w+|"
     r"actas|permisos|licencias|constancias|certificados|citas|turnos|camas|becas|visas|"
     r"recetas|incapacidades)\b"),
    ("sells sold selling vende vendia vendio venden vendiendo",
     rf"{W}{{0,2}}?(?:fake|false|forged|phony|bogus|falsos|falsas|falsificad[oa]s|apocrif[oa]s)"
     r"\s+\w+"),
    # drugs dealt to those in one's charge, drugs used: "is dealing weed to students"
    ("dealing deals dealt selling sells sold",
     r"(?:weed|pot|drugs|pills|meth|coke|cocaine|crack|fentanyl|oxy|xanax|adderall)\s+"
     r"(?:to|out\s+of)\b"),
    ("doing does did", r"(?:drugs|coke|meth|lines)\s+(?:with|at|in|before|during)\b"),
    # records thrown out, books cooked, a deposit kept
    ("threw throws throwing tossed tosses tossing",
     rf"(?:out|away)\s+{W}{{0,3}}?(?:{RECORD}|ballots|votes)\b"),
    # money of a fair or a fund kept: "keeps the kermés money for himself", "se queda con lo que
    # se junta en los conciertos"
    ("keeps kept keeping", rf"(?:the\s+)?{W}{{0,2}}?(?:money|cash|funds|proceeds|donations|"
     r"tips|raffle\s+money)\s+for\s+(?:himself|herself|themselves)\b"),
    ("queda quedaba quedo quedan", r"con\s+lo\s+que\s+(?:se\s+)?(?:junta|juntan|recauda|recaudan|"
     r"dona|donan|da|dan|manda|mandan|sacan|saca)\b"),
    ("queda quedaba quedo quedan", r"con\s+(?:los|las|el|la)\s+(?:reembolsos|rifas?|kermes|"
     r"colectas?|entradas|ganancias|propinas|depositos?|rentas?|mercados|despensas|fondos)\b"),
    # paid for a service that should be free or for what an office decides: "cobra por
    # archivar causas", "they get paid to look the other way", "paying himself double overtime"
    ("cobra cobraba cobran cobro",
     r"por\s+(?:archivar|agilizar|aprobar|firmar|sellar|dar\s+de\s+alta|conseguir|mover|cerrar|desaparecer|borrar|palomear|liberar|expedir)\b"),
    ("paid", r"(?:off\s+)?to\s+(?:look\s+the\s+other\s+way|keep\s+quiet|stay\s+quiet|lose|"
     r"ignore\s+it|bury\s+it)\b"),
    ("paying pays paid", r"(?:himself|herself)\s+(?:\w+\s+){0,2}?(?:double|bonus|bonuses|"
     r"overtime|extra|raises?|out\s+of)\b"),
    ("bills billed billing charged charges cobro cobra facturo factura",
     rf"{W}{{0,4}}?(?:for|por)\s+{W}{{0,4}}?(?:never|nunca)\s+(?:did|done|delivered|performed|"
     r"built|hizo|hicieron|entrego|construyo)\b"),
    # footage erased, the defenceless beaten, parents reported to ICE
    ("borra borraba borro borraron erases erased deletes deleted wipes wiped",
     r"(?:los\s+|las\s+|el\s+|la\s+|the\s+)?(?:videos?|grabaciones|camaras|footage|recordings|"
     r"bodycam|dashcam)\b"),
    ("pega pegaba golpea golpeaba", r"a\s+(?:los|las)\s+(?:\w+\s+)?(?:detenidos|presos|reos|"
     r"internos|alumnos|ninos|ninas|pacientes|menores)\b"),
    ("beats beat beating", r"(?:\w+\s+)?(?:suspects|inmates|prisoners|detainees|students|kids|"
     r"patients)\b"),
    ("reporta reportaba reporto", r"(?:a\s+)?(?:ice|la\s+migra)\b"),
    ("calls called calling", r"ice\s+on\b"),
    # lying about one's record, scamming those who trust one
    ("lied lies lying", r"about\s+(?:his|her)\s+(?:military\s+service|service\s+record|degree|"
     r"credentials|license|record|resume)\b"),
    ("scammed scams scamming swindled swindles swindling", r"(?:\w+\s+){0,2}?(?:families|people|"
     r"clients|customers|immigrants|migrants|elderly|seniors|widows|tenants|workers|parishioners|"
     r"members)\b"),
    # a spouse deceived, women pimped out
    ("engana enganaba engano enganando", r"a\s+su\s+(?:esposa|esposo|marido|mujer)\b"),
    ("pimping pimps pimped", r"out\b"),
    # workers held by their papers or by fear: "les quitaba el pasaporte", "threatens them
    # with ICE"
    ("quita quitaba quito quitan quitaban", r"(?:el|los|sus)\s+pasaportes?\b"),
    ("takes took taking keeps kept holds held", r"(?:their|the\s+workers'|his\s+workers'|"
     r"her\s+workers')\s+passports\b"),
    ("amenaza amenazaba amenazo amenazan", rf"{W}{{0,2}}?con\s+(?:la\s+)?(?:migra|inmigracion|"
     r"deportar\w*|ice)\b"),
    ("threatens threatened threatening", rf"{W}{{0,2}}?with\s+(?:ice|deportation|immigration)\b"),
    # a referee or an official bought, kin on the payroll, people disappeared
    ("esta estaba", r"comprad[oa]\s+por\b"),
    ("tiene tenia", rf"a\s+su\s+{KIN_ES}\s+en\s+la\s+nomina\b"),
    ("desaparecio desaparecieron desaparece desaparecia", r"a\s+"),
    # drunk on duty: "has been drunk at every council meeting", "llega borracho a misa"
    ("drunk high borracho borracha", rf"(?:at|during|on|before|en|a)\s+{W}{{0,2}}?(?:meetings?|"
     r"practices?|games?|services?|mass|work|shifts?|trials?|surgery|surgeries|school|class|"
     r"juntas?|sesiones|sesion|misa|clases?|consultas?|cirugias?|entrenamientos?|trabajo)\b"),
    # paid to lose or to look away, paid under the table, charges made to vanish
    ("paying pays paid pay", r"(?:him|her|them)\s+(?:off\s+)?to\s+(?:lose|throw|tank|look\s+the"
     r"\s+other\s+way|ignore|drop|bury|fix|rig)\b"),
    ("pays paid paying pay",
     r"(?:him|her)\s+(?:\w+\s+)?(?:under\s+the\s+table|off\s+the\s+books)\b"),
    ("let lets letting made makes", rf"{W}{{0,3}}?(?:dwi|dui|ticket|tickets|charges?|case|arrest|"
     r"citation|file|record)\s+(?:disappear|go\s+away|vanish)\b"),
    ("cooking cooks cooked cook", r"the\s+books\b"),
    ("kept keeps keeping pocketed pockets stole steals",
     r"(?:their|the|her|his|my|our|your|every\s+tenant's|tenants')\s+(?:security\s+)?"
     r"deposits?\b"),
    # donations spent on oneself: "se gasta los donativos en sus viajes", "usa el dinero del
    # albergue para pagarse ...", "spends the donations on himself"
    ("gasta gastaba gasto gastan usa usaba uso utiliza utilizaba",
     rf"(?:el\s+|la\s+|los\s+|las\s+)?{W}{{0,2}}?(?:donativos|donaciones|diezmos?|limosnas?|"
     r"ofrendas?|cuotas|colecta|dinero\s+(?:del|de\s+la|de\s+los)\s+\w+)\s+"
     rf"(?:{W}{{0,3}}?)?(?:en\s+sus?|para\s+(?:pagarse|sus?|comprarse))\b"),
    ("spends spent spending uses used using",
     r"(?:the\s+)?(?:\w+\s+)?(?:donations|tithes?|offerings?|collection|dues|booster\s+money|"
     r"church\s+money|parish\s+money|shelter\s+money|fund|funds)\s+(?:on|for)\s+(?:himself|"
     r"herself|his|her)\b"),
    # a patient or a child left to die: "dejó morir al niño", "let the patient die"
    ("dejo deja dejaron dejaba", r"morir\s+(?:a|al)\b"),
    ("let lets letting",
     r"(?:the|a|that|this|her|his)\s+(?:\w+\s+)?(?:patient|kid|child|boy|girl|man|woman|baby|"
     r"inmate|prisoner|resident)\s+die\b"),
    # billing for what does not exist: "billing the state for beds that don't exist"
    ("bills billed billing charges charged cobra cobraba factura facturaba",
     rf"{W}{{0,4}}?(?:for|por|de)\s+{W}{{0,3}}?(?:that|which|que)\s+(?:don't|do\s+not|doesn't|"
     r"does\s+not|didn't|did\s+not|no)\s+(?:exist|existen|existian|existe|existia)\b"),
    # an affair: cheating on a spouse, sex with a flock's members
    ("cheating cheats cheated", r"on\s+(?:his|her)\s+(?:wife|husband)\b"),
    ("sleeping sleeps slept", r"with\s+(?:\w+\s+)?members\s+of\s+(?:his|her)\s+"
     r"(?:congregation|staff|team|flock|church|parish)\b"),
    ("cogido cogio coge cogia cogiendo", rf"a\s+{W}{{0,3}}?{SUBORDINATE_ES}\b"),
    # the record of a car or a deed wiped: "strips the paperwork", "scrubbed the titles"
    ("strips stripped stripping scrubs scrubbed scrubbing",
     r"(?:the\s+|their\s+)?(?:paperwork|titles?|records|odometers?|vin\s+numbers?|"
     r"serial\s+numbers?)\b"),
    # bought with cartel money: "casas pagadas con dinero del narco"
    ("con", rf"(?:el\s+|la\s+)?(?:dinero|lana|billetes|recursos)\s+(?:del|de\s+la|de\s+los|de)\s+"
     rf"{W}?{BAD_PARTY}\b"),
    # public money spent on oneself: "se compró tres casas con el dinero del estado"
    ("se le",
     rf"(?:compro|compra|compraba|construyo|paga|pago|pagaba)\s+{W}{{0,5}}?con\s+"
     r"(?:el\s+|los\s+|la\s+)?(?:dinero|recursos|fondos|lana|presupuesto|tarjeta)\s+"
     r"(?:publicos?|del\s+(?:estado|municipio|ayuntamiento|congreso|erario|sindicato|pueblo|"
     r"partido|dif|gobierno)|de\s+la\s+(?:dependencia|secretaria|universidad|gente|alcaldia|"
     r"presidencia|cooperativa)|de\s+(?:nuestros|los)\s+(?:impuestos|contribuyentes))\b"),
    # keeping a cartel's books: "lleva la contabilidad del cártel"
    ("lleva llevaba maneja manejaba",
     r"(?:la\s+contabilidad|las\s+cuentas|las\s+finanzas|el\s+dinero|la\s+lana|los\s+negocios)"
     rf"\s+(?:del|de\s+la|de\s+los|de)\s+{W}?{BAD_PARTY}\b"),
    # supplying guns or drugs: "surte de armas a los halcones"
    ("surte surtia surten provee proveia abastece abastecia",
     rf"(?:de\s+)?{W}{{0,2}}?(?:armas|droga|drogas|cristal|fentanilo|cocaina|municiones)\b|"
     rf"{W}{{0,3}}?a\s+(?:los\s+|las\s+)?{BAD_PARTY}\b"),
    # meeting the bosses: "se reunió con los jefes de Los Ardillos"
    ("reunio reune reunia reunen reunieron",
     r"con\s+(?:(?:los\s+|las\s+|el\s+|la\s+)?(?:jefes?|lideres|lider|cabecillas?|capos?|mandos|"
     rf"representantes|enviados|operadores|operador)\s+(?:de\s+|del\s+))?{PARTY_REF}"),
    # fired for the act: "fue despedido de El Universal por inventar entrevistas"
    ("despedido despedida corrido corrida cesado cesada expulsado expulsada suspendido "
     "suspendida",
     rf"{W}{{0,4}}?por\s+(?:robar|inventar|plagiar|copiar|acosar|golpear|vender|falsificar|"
     r"desviar|malversar|extorsionar|lavar|traficar|abusar|filtrar|estafar|defraudar|drogarse|"
     r"chantajear|(?:recibir|aceptar|pedir|cobrar)\s+(?:sobornos|moches|mordidas))\b"),
    # a public vehicle or office used to move drugs: "usa el auto oficial para mover droga"
    ("usa usaba utiliza utilizaba aprovecha aprovechaba presta prestaba",
     rf"{W}{{0,4}}?para\s+(?:mover|vender|pasar|cruzar|traficar|transportar|esconder|guardar)\s+"
     r"(?:la\s+|el\s+|los\s+|las\s+)?(?:droga|drogas|cristal|fentanilo|cocaina|armas|"
     r"cargamentos|dinero del narco)\b"),
    # plagiarism in the preterite, which folds like the noun: "plagió medio texto"
    ("plagio",
     r"(?:medio|media|la mitad|todo|toda|parrafos|partes|textos|articulos|notas|tesis)\b"),
    # harassment in the preterite, which folds like the noun: "acosó a su asistente"
    ("acoso", r"(?:sexualmente\s+)?a\s+(?:su|sus|una|un|varias|varios|todas|muchas)\b"),
)  # fmt: skip
