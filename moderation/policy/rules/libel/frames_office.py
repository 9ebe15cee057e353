"""The act patterns (`acts._FRAMES_SRC`), first list: money from a cartel or a foreign power,
an office or a badge sold, abuse in custody, rackets and smuggling, sex for a favour, hush
money, records destroyed, contracts steered to kin."""

from __future__ import annotations

from moderation.policy.rules.libel.act_words import (
    BAD_PARTY,
    CLAN_PARTY,
    FOREIGN,
    ORG_PARTY,
    SUBORDINATE_EN,
    SUBORDINATE_ES,
    W,
)

OFFICE_FRAMES: tuple[tuple[str, str], ...] = (
    # money taken from a cartel, a smuggling ring, a contractor
    ("took takes take taking taken get gets got getting receives received receiving accepts "
     "accepted accepting pockets pocketed pocketing collects collected",
     rf"{W}{{0,4}}?(?:money|cash|bribes?|payoffs?|kickbacks?|envelopes?|grand|thousand|"
     rf"dollars|pesos|payments?|bucks|\$[\d,.]+k?)\s+{W}{{0,2}}?(?:from|off)\s+{W}{{0,2}}?"
     rf"(?:{BAD_PARTY}|chinese|china|russians?|russia|saudis|beijing|moscow|kremlin)\b"),
    # paid, funded or owned by a cartel or a foreign government; on its payroll
    ("paid funded bankrolled financed bought owned sponsored employed",
     rf"(?:off\s+)?by\s+(?:the\s+)?{W}{{0,2}}?{ORG_PARTY}\b"),
    ("paid bankrolled bought owned",
     rf"by\s+(?:the\s+)?{FOREIGN}\s+(?:government|consulate|embassy|regime|state)\b"),
    ("on",
     rf"the\s+(?:\w+\s+)?(?:{BAD_PARTY}|{FOREIGN} government's|{FOREIGN} government)\s+"
     r"payroll\b"),
    # selling what an office or a badge controls, or contraband
    ("sell sells sold selling auctions auctioned",
     rf"{W}{{0,2}}?(?:rulings?|verdicts?|sentences|pardons?|visas?|permits?|jobs?|"
     r"contracts?|votes?|badges?|information|info|names|addresses|licen[cs]es?|passports?|"
     r"green cards|citizenship|favou?rs?|positions|seats|protection|ballots|fentanyl|meth|"
     r"bail|dismissals|acquittals|parole|plea deals|warrants|"
     r"cocaine|heroin|drugs|dope|pills|prescriptions?)\b"),
    ("sell sells sold selling",
     rf"{W}{{0,2}}?(?:guns|weapons|rifles|ammo|ammunition)\s+(?:back\s+)?to\s+(?:the\s+)?"
     rf"{BAD_PARTY}"),
    # guns sold outside the law; a gun shop's trade ("sells guns at his shop") is no crime
    ("sell sells sold selling",
     rf"{W}{{0,2}}?(?:guns|weapons|rifles|pistols|ammo|ammunition)\s+{W}{{0,3}}?(?:illegally|"
     r"under the table|off the books|out of (?:his|her|their|the|a) (?:trunk|truck|garage|"
     r"house|back room|car)|without (?:a |any )?(?:license|licence|background checks?|"
     r"paperwork|papers)|to (?:minors|kids|felons|teenagers|children|straw buyers|gangs?)|"
     r"across the border|south of the border|(?:to|in) mexico)\b"),
    # sold for a price: "sold the release order for three million pesos"
    ("sell sells sold selling",
     rf"{W}{{0,2}}?(?:release|releases|order|orders|rulings?|verdicts?|cases?|charges|files?|"
     r"badges?|plazas?|jobs?|posts?|pardons?|permits?|licen[cs]es?|visas?|contracts?|votes?|"
     rf"silence|favou?rs?|seats?)\s+{W}{{0,2}}?for\s+{W}{{0,3}}?(?:pesos|dollars|cash|bucks|"
     r"grand|a bribe|bribes|\$[\d,.]+k?)\b"),
    # beating someone in custody or at home; covering it up; tipping the smugglers off
    ("beat beats beaten beating",
     rf"(?:a|an|the|that|this|one)\s+{W}{{0,2}}?(?:teenager|teen|kid|child|boy|girl|man|woman|"
     r"prisoner|inmate|migrant|detainee|suspect|protester|reporter|journalist)\s+"
     rf"{W}{{0,3}}?(?:to death|half to death|unconscious|senseless|bloody|black and blue|"
     r"with a|with his|with her|in the jail|in custody|in a cell|in the cell|so badly)"),
    ("covered covers covering",
     r"(?:it|this|that|them|everything|the\s+\w+)\s+up\b(?!\s+(?:with|front)\b)"),
    ("passes passed passing leaks leaked leaking feeds fed gives gave pasa pasaba paso filtra "
     "filtro filtraba da daba dio",
     rf"{W}{{0,2}}?(?:information|info|intel|names|addresses|tips|informacion|datos|nombres|"
     r"direcciones|pitazos?|operativos|rondines)\s+(?:to|a|al)\s+(?:the\s+|los\s+|las\s+|el\s+|"
     r"la\s+)?"
     rf"{BAD_PARTY}\b"),
    ("tipped tips tipping",
     rf"(?:them|him|her|the\s+\w+)\s+off\s+{W}{{0,3}}?(?:about|before|ahead of)\s+"
     rf"(?:the|a|an)\s+{W}?(?:raid|bust|operation|arrests?|search|warrant|sweep|inspection)\b"),
    # running the racket: "runs the kidnapping ring out of the station"
    ("run runs ran running operates operated leads led heads headed",
     rf"(?:the|a|an|his|her|their)\s+{W}?(?:kidnapping|smuggling|trafficking|drug|extortion|"
     r"theft|prostitution|fraud|gambling|laundering|car theft|fuel theft)\s+(?:ring|racket|"
     r"network|business|scheme|cell|gang)\b"),
    ("maneja manejaba dirige dirigia encabeza encabezaba controla controlaba",
     r"(?:la|una|el|un)\s+(?:red|banda|negocio|celula)\s+de\s+(?:secuestros?|extorsion|"
     r"trata|huachicol|robo|lavado|narcomenudeo|polleros|trafico|secuestradores|ladrones|"
     r"extorsionadores|sicarios|huachicoleros)\b"),
    # a share of every contract: "se queda con el 10% de cada contrato", "takes 10% of every"
    ("takes took gets got keeps kept skims skimmed pockets pocketed",
     r"(?:\d+\s?%|\d+\s+percent|a percentage|a piece|half|a slice)\s+of\s+(?:every|each|all|"
     r"the)\s+(?:contract|contracts|load|loads|deal|shipment|permit|payment|bid|fine|"
     r"paycheck)\b"),
    # moving drugs, guns, dirty money or people
    ("deal deals dealt dealing push pushes pushed pushing cooks cooked cooking distributes "
     "distributed distributing moves moved moving run runs ran running ships shipped shipping "
     "smuggles smuggled smuggling traffics trafficked trafficking launders laundered "
     "laundering stashes stashed",
     rf"{W}{{0,2}}?(?:fentanyl|meth|cocaine|coke|heroin|drugs|dope|pills|guns|weapons|"
     r"rifles|ammo|loads|cartel money|drug money|the cartel's money)\b"),
    ("smuggles smuggled smuggling traffics trafficked trafficking pimps pimped",
     rf"{W}{{0,2}}?(?:people|migrants|women|girls|kids|children|minors|workers)\b"),
    ("sells sold selling vende vendia vendio venden",
     r"(?:the\s+|a\s+los\s+|a\s+las\s+|a\s+)?(?:people|migrants|women|girls|kids|children|"
     r"migrantes|mujeres|ninas|ninos|personas)\s+(?:back\s+)?(?:to|a)\s+(?:the\s+|los\s+)?"
     rf"{BAD_PARTY}\b"),
    # letting the cartel's loads through, shielding or tipping off smugglers
    ("lets let's letting allows allowed waves waved waving",
     rf"{W}{{0,2}}?(?:cartel|smugglers?|narcos|traffickers|loads|shipments|coyotes|drugs)"
     rf"\s+{W}{{0,2}}?(?:through|walk|go|pass|slide|cross)\b"),
    ("protects protected protecting shields shielded shielding",
     rf"(?:the\s+)?{W}?{BAD_PARTY}\b"),
    ("warned warns alerted alerts",
     rf"(?:the\s+)?{W}?{BAD_PARTY}\s+{W}{{0,2}}?(?:before|ahead of)\s+{W}?"
     r"(?:raid|bust|operation|arrests?)\b"),
    ("rents rented renting leases leased leasing lends lent lending supplies supplied "
     "supplying provides provided providing",
     rf"{W}{{0,3}}?to\s+(?:the\s+)?{W}?{BAD_PARTY}\b"),
    ("planted plants planting",
     rf"{W}?(?:meth|drugs|evidence|a gun|guns|cocaine|fentanyl|a weapon|a knife)\b"),
    # a cartel's man: "a cartel plant", "the cartel's accountant"
    ("is was are were has became",
     rf"(?:been\s+)?(?:a|an|the|their|his|her)\s+(?:\w+\s+)?(?:{ORG_PARTY})\s+"
     r"(?:plant|mole|puppet|accountant|banker|informant|lookout|operative|member|associate|"
     r"boss|hitman|enforcer|frontman|front man|stooge|asset|lackey|errand boy|spy|partner|"
     r"collaborator|stooge|bagman|bag man|man|guy|woman|contact|inside man|point man)\b"),
    ("is was are were has became",
     r"(?:been\s+)?(?:a|an|the|their|his|her)\s+(?:\w+\s+)?(?:plant|mole|puppet|accountant|"
     r"banker|informant|lookout|operative|hitman|enforcer|frontman|front man|stooge|lackey|"
     r"errand boy|bagman|bag man|halcon|sicario|mule|plaza boss)\s+(?:for|of|with)\s+"
     rf"(?:the\s+)?{W}?{BAD_PARTY}\b"),
    ("works worked working trabaja trabajaba trabajan trabajo",
     rf"(?:for|para|pa|con|with)\s+(?:los\s+del?\s+|los\s+de\s+la\s+|el\s+|la\s+|los\s+|the\s+)?"
     rf"{W}?{CLAN_PARTY}\b(?!\s+(?:task|unit|division|squad|investigations?|cases?|victims?|"
     r"survivors|families)|[.,\s]*\s(?:para|to)\s+(?:rescatar|ayudar|atrapar|detener|combatir|capturar|"
     r"investigar|desmantelar|rescue|help|catch|stop|fight|track|dismantle|bust)\b)"),
    # let go for money: "released the plaza boss for a suitcase of cash", "lo soltó por dos
    # millones"
    ("released releases freed frees dismissed dropped acquitted",
     rf"{W}{{1,5}}?for\s+(?:a\s+|an\s+)?{W}{{0,3}}?(?:cash|money|bribes?|payoffs?|grand|"
     r"thousand|\$[\d,.]+k?)\b"),
    ("solto soltaron libero liberaron libera suelta",
     rf"{W}{{1,5}}?(?:por|a cambio de)\s+{W}{{0,3}}?(?:pesos|dolares|lana|dinero|millones|"
     r"sobornos?|moches?)\b"),
    # violence: ordering a killing, beating a partner, shooting the unarmed, abusing the young
    ("ordered had",
     rf"(?:the|that|a|an|his|her|their)\s+{W}?(?:reporter|journalist|witness|witnesses|"
     r"activist|rival|judge|candidate|informant|critic|priest|officer|cop|wife|husband)\s+"
     r"(?:killed|murdered|shot|beaten|disappeared|kidnapped|executed)\b"),
    ("ordered", r"the\s+(?:killing|murder|hit|execution|kidnapping|disappearance)\s+of\b"),
    ("put puts putting",
     rf"(?:his|her)\s+{W}?(?:wife|ex-wife|ex|girlfriend|husband|ex-husband|kids?|son|"
     r"daughter|stepdaughter|stepson|partner)\s+in\s+the\s+(?:hospital|er)\b"),
    ("shot shoots", r"(?:an?\s+)?unarmed\b"),
    ("sleeps slept sleeping",
     rf"with\s+(?:his|her|a|an|one of his|one of her)\s+{W}?(?:students?|interns?|"
     r"staffers?|patients?|parishioners?|employees?|minors?|teenagers?|players?)\b"),
    # sex with someone who holds power over the writer's target or with another's spouse, told
    # to explain a favour: "got her job by sleeping with the station manager", "is sleeping with
    # the DA", "sleeps with the mayor's wife", "se acuesta con la fiscal", "anda con el juez"
    ("sleeps slept sleeping",
     rf"with\s+(?:the|a|an|some\s+of\s+the)\s+{W}{{0,2}}?(?:editor|editors|manager|boss|"
     r"president|mayor|da|judge|prosecutor|chief|sheriff|council\s?(?:member|man|woman)|"
     r"councilman|councilwoman|contractor|organi[sz]er|candidate|superintendent|director|"
     r"publisher|owner|commissioner|senator|governor|coach|principal|board\s+member|producer|"
     r"lawyer|attorney|lobbyist|developer|workers|\w+'s\s+(?:wife|husband)|(?:wife|husband)"
     r"\s+of)\b"),
    ("acuesta acostaba acosto acostado acuestan anda andaba",
     r"con\s+(?:el|la)\s+(?:editora?|jef[ea]|president[ae]|alcaldes?a?|fiscal|jueza?|"
     r"comandante|director[a]?|duen[oa]|gobernador[a]?|senador[a]?|diputad[oa]|regidor[a]?|"
     r"contratista|esposa\s+del?|esposo\s+de|mujer\s+del?|marido\s+de)\b"),
    # charging what is no one's to charge: a cut, a fee from those who need the office or the
    # crossing, a price for letting pass or speeding up ("cobra su cuota a los polleros", "les
    # cobra a las familias por agilizar", "cobra el 10% de cada contrato", "cobra por pitar");
    # interest on a loan ("cobra intereses de 20%") is a price, however steep
    ("cobra cobraba cobro cobran cobraban",
     rf"(?!(?:intereses|interes|de\s+interes)\b)(?:{W}{{0,2}}?(?:cuotas?|'cuota'|piso|derecho\s+de\s+piso|mordidas?|moches?|"
     r"mensualidad|su\s+parte|el\s+\d+\s?%|\d+\s?%|'extra'|cooperaciones|'cooperaciones')"
     r"(?!\s+(?:de\s+)?(?:mantenimiento|sindical|escolar|voluntaria))|"
     rf"{W}{{0,3}}?(?:a\s+(?:los\s+|las\s+)?|(?:los|las|todo\s+el\s+que|cada)\s+)(?:\w+\s+)?"
     r"(?:polleros|migrantes|paisanos|"
     r"familias|candidatos|empresarios|transportistas|farmacias|ambulantes|taxistas|choferes|"
     r"presos|detenidos|reos|senoras|contratistas|proveedores|hondurenos|cubanos|temporeros|"
     r"jornaleros|abogados|salones|pasa|contratista)\b|"
     r"por\s+(?:agilizar|acelerar|adelantar|pasar|dejar|tramitar|liberar|soltar|no\s+\w+|cruzar|"
     r"pitar|cada\s+(?:permiso|camion|cabeza|persona|licencia|plaza|firma)|las\s+entrevistas|"
     r"\w+\s+los\s+casos))(?!\w)"),
    # sex or an affair with someone in one's charge: "is sleeping with the choir director",
    # "se acuesta con su secretaria", "tiene un amorío con una feligresa"
    ("sleeps slept sleeping sleep hooking hooks hooked messing messes messed fooling fools "
     "fooled",
     rf"(?:around\s+|up\s+)?with\s+(?:his|her|the|a|an|one of (?:his|her|the))\s+"
     rf"{W}{{0,2}}?{SUBORDINATE_EN}\b"),
    ("having has had have", rf"an\s+affair\s+with\s+(?:his|her|the|a|an|one of (?:his|her|the))"
     rf"\s+{W}{{0,2}}?{SUBORDINATE_EN}\b"),
    ("acuesta acostaba acosto acostado acuestan anda andaba andan metio metia",
     rf"con\s+(?:su|sus|la|las|una|un|el|uno\s+de\s+sus|una\s+de\s+sus)\s+{W}{{0,2}}?"
     rf"{SUBORDINATE_ES}\b"),
    ("tiene tenia tuvo tienen",
     rf"(?:un\s+|una\s+)?(?:amorio|aventura|romance|affair|lio|amante)\s+(?:con\s+)?"
     rf"(?:su|sus|la|las|una|un|el|uno\s+de\s+sus|una\s+de\s+sus)\s+{W}{{0,2}}?"
     rf"{SUBORDINATE_ES}\b"),
    # paid to keep quiet, hush money by its purpose: "paid the family to keep quiet", "bought
    # her silence", "le dieron dinero para que se callara", "les pagó para que no denunciaran"
    ("paid pays paying pay",
     r"(?:off\s+)?(?:her|him|them|the\s+(?:family|girl|boy|kid|victim|parents|woman|nurse|"
     r"witness|witnesses))\s+(?:off\s+)?to\s+(?:keep\s+quiet|stay\s+quiet|keep\s+(?:her|his|their)"
     r"\s+mouths?\s+shut|shut\s+up|go\s+away|leave\s+quietly|drop\s+(?:it|the\s+(?:case|complaint|"
     r"charges|lawsuit|suit))|sign\s+an?\s+nda|not\s+(?:talk|testify|press\s+charges))\b"),
    ("bought buys buying",
     r"(?:her|his|their|the\s+(?:family's|victim's|girl's|boy's))\s+silence\b"),
    ("pagaron pago pagaba pagan paga dieron dio daban dan",
     rf"{W}{{0,5}}?para\s+que\s+(?:se\s+call\w+|no\s+(?:dijera|dijeran|hablara|hablaran|"
     r"denunciara|denunciaran|declarara|declararan|testificara|testificaran|demandara|"
     r"demandaran)|retirar\w*\s+(?:la\s+)?(?:denuncia|demanda|queja))\b"),
    # an official paid to drop a case: "le dio dinero al juez para que cerrara el caso"
    ("pagaron pago pagaba pagan paga dieron dio daban dan",
     rf"{W}{{0,3}}?(?:al|a\s+la)\s+(?:juez|jueza|fiscal|mp|ministerio\s+publico|magistrado|"
     r"magistrada|comandante|agente\s+del\s+mp)\s+para\s+que\s+(?:archivar\w*|cerrar\w*|"
     r"desechar\w*|tirar\w*|congelar\w*|sobreseyer\w*|desapareciera\w*)\b"),
    # a union leader or an inspector on the other side's payroll: "cobra en la nómina de la
    # empresa", "is on the company's payroll"
    ("cobra cobraba cobran esta estaba aparece aparecia sigue",
     r"en\s+la\s+nomina\s+de\s+(?:la\s+)?(?:empresa|compania|patronal|patron|constructora|"
     r"minera|desarrolladora|concesionaria|transportista|fabrica|planta)\b"),
    ("is was",
     r"(?:secretly\s+|still\s+|also\s+)?on\s+the\s+(?:company's|company|employer's|"
     r"management's|plant's|contractor's|developer's)\s+payroll\b"),
    # destroying or faking the record
    ("shred shreds shredded shredding destroys destroyed destroying burns burned burning "
     "dumps dumped hides hid doctored doctors fakes faked forges forged",
     rf"{W}{{0,2}}?(?:ballots|votes|evidence|records|files|tallies|receipts|"
     r"invoices|test scores|actas|boletas)\b"),
    # contracts and jobs steered to family and friends
    ("steered steers steering gave gives handed hands awarded awards",
     rf"{W}{{0,3}}?(?:contracts?|bids?|jobs?)\s+to\s+(?:his|her|their)\s+{W}?"
     r"(?:brother|sister|cousin|nephew|niece|son|daughter|wife|husband|buddy|buddies|friends?|"
     r"donors?|brother-in-law|sister-in-law|in-laws?|family|cronies|business partner)"),
    ("put puts putting",
     rf"(?:his|her)\s+{W}?(?:nephew|niece|son|daughter|wife|husband|girlfriend|boyfriend|"
     r"mistress|cousin|brother|sister|buddy)\s+on\s+the\s+(?:payroll|city payroll|county "
     r"payroll)\b"),
    ("bought buys buying",
     rf"{W}{{0,2}}?(?:votes|seat|election|judge|judges|jury|degree|nomination|verdict)\b"),
    ("with", r"(?:cartel|narco|dirty)\s+(?:cash|money)\b"),
    ("plagiarized plagiarised plagiarizes plagiarises plagiarizing fabricated fabricates "
     "fabricating", r""),
    ("groped gropes groping", r""),
)  # fmt: skip
