"""The pieces the act patterns are built from: criminal parties, kin, trades, loot, records,
subordinates, victims, sums and acts of office bought."""

from __future__ import annotations

# The pieces the act patterns (`acts._FRAMES_SRC`) are built from.
W = r"(?:[\w'$,.-]+\s+)"  # one free word ("forty", "$5,000", "brother-in-law's")
BAD_PARTY = (
    r"(?:cartels?|cartel's|narcos?|zetas|sinaloa|cjng|gulf cartel|smugglers?|coyotes?|"
    r"traffickers?|polleros?|huachicoleros?|mafia|mob|gangs?|ring|maña|chapo|mencho|golfo|"
    r"crimen organizado|delincuencia|mana|sicarios|hitmen|halcones|secuestradores|kidnappers|"
    r"grupos? criminal(?:es)?|criminal groups?|(?:caballeros )?templarios|familia michoacana|"
    r"beltran leyva|chapitos|tren de aragua|ms-?\s?13|mara salvatrucha|knights templar|la linea|"
    r"viagras|carteles unidos|guerreros unidos|arellano felix|cartel del noreste|union tepito|"
    r"(?:los\s+)?ardillos|(?:los\s+)?rojos|(?:los\s+)?tlacos|(?:la\s+)?barredora|marro|"
    r"zambada|cuinis|criminales|delincuentes|santa rosa de lima|jefes? de (?:la )?plaza|"
    r"contador de la plaza|(?:los de )?la ultima letra|malandros|"
    r"clanx|famx)"
)
# The parties that a family does not stand for: paid, owned or employed by a family, or one of
# its members, is no crime ("owned by the Ortiz family", "a Garza family member"); working for
# one is a job, unless the family is named as a clan ("trabaja para los Quintero").
ORG_PARTY = BAD_PARTY.replace("|clanx|famx", "")
CLAN_PARTY = BAD_PARTY.replace("|famx", "")
FOREIGN = r"(?:mexican|chinese|russian|cuban|venezuelan|foreign|us|american|saudi|iranian)"
# A criminal party after a relation word, with its article: "the Gulf Cartel", "los de la maña",
# "los del Golfo", "el Cártel de Santa Rosa".
PARTY_REF = (
    rf"(?:the\s+|el\s+|la\s+|los\s+|las\s+)?(?:(?:de|del)\s+(?:la\s+|los\s+|las\s+)?)?"
    rf"{W}?{BAD_PARTY}\b"
)
# Kin and cronies an official favours with contracts and jobs.
KIN_EN = (
    r"(?:son|sons|daughter|daughters|nephew|niece|cousin|brother|sister|wife|husband|"
    r"brother-in-law|sister-in-law|son-in-law|in-laws?|family|girlfriend|boyfriend|mistress|"
    r"buddy|buddies|cronies|compadre|best friend|donors?)(?:'s)?"
)
KIN_ES = (
    r"(?:hij[oa]s?|sobrin[oa]s?|cunad[oa]s?|herman[oa]s?|prim[oa]s?|espos[oa]|mujer|marido|"
    r"compadres?|comadres?|yerno|nuera|suegr[oa]s?|amantes?|novi[oa]|familia|familiares|"
    r"amig[oa]s?|cuates|compas)"
)
# A criminal trade someone is in: "metido en el huachicol", "le entra al narco".
TRADE_ES = (
    r"(?:el\s+|la\s+|los\s+)?(?:negocio\s+(?:del?\s+|de\s+la\s+)?)?(?:huachicol|narco|"
    r"narcotrafico|narcomenudeo|robo de (?:combustible|gasolina|autos|carros|ganado|trenes)|"
    r"trafico de (?:armas|drogas|personas|migrantes|combustible)|trata|lavado|secuestro|"
    r"extorsion|cobro de piso|contrabando|huachigas|moches?|mordidas?)\b"
)
# What is taken when someone "se queda con", "se roba", "se lleva" it.
LOOT_ES = (
    r"(?:dinero|lana|fondos|recursos|apoyos|despensas|medicinas|medicamentos|terrenos|uniformes|"
    r"donativos|presupuesto|millones|pesos|dolares|sueldos|salarios|becas|predios|"
    r"aguinaldos|cuotas|comision|comisiones|droga|decomiso|decomisos|cargamento|mercancia|"
    r"multas|mordidas|indemnizaciones|ahorros|aportaciones|donaciones|viveres|cobijas|"
    r"vacunas|colecta|cooperacion)"
)
# Records a person keeps or signs, which are falsified: "falsified the staffing reports",
# "infla las calificaciones", "firma escrituras falsas".
RECORD = (
    r"(?:records?|reports?|charts?|grades|scores|transcripts|titles|signatures?|deeds?|"
    r"documents|paperwork|books|minutes|attendance|eligibility|inspections?|odometers?|"
    r"mileage|timesheets?|invoices|receipts|registros?|reportes?|informes?|expedientes?|"
    r"calificaciones|titulos|firmas?|escrituras?|documentos|papeles|actas?|asistencias?|"
    r"kilometrajes?|facturas|recibos|bitacoras?|testamentos?)"
)
# Someone in the person's charge or under them: an affair with one is a disgrace, not gossip.
SUBORDINATE_EN = (
    r"(?:students?|interns?|staffers?|patients?|parishioners?|employees?|minors?|teenagers?|"
    r"players?|secretary|assistant|aide|nurses?|choir director|youth (?:pastor|leader|director)|"
    r"volunteers?|tenants?|babysitter|nanny|subordinates?|clients?|athletes?|receptionist|"
    r"paralegal|trainee|cheerleaders?|congregants?|member of (?:his|her) (?:staff|congregation|"
    r"team|flock)|married (?:parishioner|congregant|volunteer|employee|woman|man))"
)
SUBORDINATE_ES = (
    r"(?:secretari[ao]s?|asistentes?|alumn[ao]s?|estudiantes?|enfermer[ao]s?|emplead[ao]s?|"
    r"subordinad[ao]s?|feligres(?:a|as|es)?|catequistas?|directora del coro|jugador(?:a|as|es)?|"
    r"becari[ao]s?|practicantes?|ninera|inquilin[ao]s?|pacientes?|menores|monaguillos?|"
    r"seminaristas?|maestras?|maestros?|voluntari[ao]s?|clientas?)"
)
# People a deed of violence is done to: "murdered that inmate", "mató al muchacho".
VICTIM_DET = r"a|an|the|that|this|those|these|his|her|their|my|our|your|two|three|four|\d+"
VICTIM_EN = (
    r"(?:inmates?|prisoners?|detainees?|suspects?|man|men|woman|women|kids?|child|children|"
    r"boys?|girls?|baby|babies|teens?|teenagers?|migrants?|wife|husband|girlfriend|boyfriend|"
    r"sons?|daughters?|mother|father|neighbou?rs?|workers?|employees?|patients?|residents?|"
    r"students?|reporters?|journalists?|witness|witnesses|rival|priest|informant|people|"
    r"protesters?|family|families|villagers|campers|tenants?|elderly|grandmother|grandfather|"
    r"ranchers?|farmers?|farmhands?|ranch\s+hands?|drivers?|truckers?|miners?|fishermen|"
    r"fisherman|customers?|brothers?|sisters?|cousins?|nephews?|nieces?|uncle|aunt|guys?|"
    r"youths?|victims?|hostages?|deputies|deputy|officers?|cops?|guards?|soldiers?|teachers?)"
)
VICTIM_DET_ES = r"un|una|el|la|los|las|su|sus|dos|tres|unos|unas|mi|tu|nuestro|nuestra"
VICTIM_ES = (
    r"(?:muchach[oa]s?|chamac[oa]s?|chav[oa]s?|nin[oa]s?|hombres?|mujer|mujeres|senor|senora|"
    r"joven|jovenes|esposa|esposo|marido|novia|novio|hij[oa]s?|madre|padre|vecin[oa]s?|"
    r"trabajador(?:es|a|as)?|emplead[oa]s?|pacientes?|alumn[oa]s?|estudiantes?|migrantes?|"
    r"detenid[oa]s?|pres[oa]s?|reos?|periodistas?|reporter[oa]s?|testigos?|regidor[a]?|rival|"
    r"ancian[oa]s?|abuelit[oa]s?|abuel[oa]s?|bebes?|menores?|indigentes?|gente|personas?|"
    r"cura|sacerdote|activistas?|candidat[oa]s?|policias?|agentes?|campesin[oa]s?|jornaleros?|"
    r"rancheros?|ganaderos?|agricultores?|choferes?|chofer|traileros?|mineros?|pescadores?|"
    r"herman[oa]s?|prim[oa]s?|sobrin[oa]s?|comerciantes?|taxistas?|soldados?|guardias?)"
)
# The parties of `BAD_PARTY` and a few more a partner or a buyer can be: the fuel-theft trade,
# traffickers of people, a plaza's bosses, drug crews.
PARTY_X = BAD_PARTY[:-1] + (
    r"|huachicol|huachicoleros|tratantes|capos?|jefes?\s+de\s+(?:la\s+)?plaza|de\s+la\s+plaza|"
    r"(?:meth|fentanyl|drug)\s+(?:crews?|dealers?|runners?)|plaza\s+boss(?:es)?|extorsion|"
    r"narcotrafico|trata\s+de\s+personas)"
)
# A sum of money: "$40,000", "$2 million", "fifty grand"; "dos millones de pesos", "80 mil pesos".
SUM_EN = (
    r"\$[\d,.]+\s*(?:k|m|million|grand|thousand)?|[\d,.]+\s+(?:million|thousand|grand)|"
    r"(?:a|one|two|three|four|five|ten|twenty|fifty|a\s+hundred)\s+(?:million|thousand|grand)"
)
SUM_ES = (
    r"(?:\d[\d,.]*\s*(?:mil|millones?|pesos|dolares)|(?:un|dos|tres|cuatro|cinco|diez|veinte|"
    r"cien|cincuenta|quinientos)\s+(?:mil|millon|millones))(?:\s+de\s+(?:pesos|dolares))?"
)
# Acts of office bought: rezoning, a vote, a case dropped, a prisoner freed.
CORRUPT_EN = (
    r"(?:approve|rezone|vote|kill|bury|drop|push|block|look\s+the\s+other|fix|award|rule|"
    r"ignore|steer|grant|release|clear|skip|quash|tank|waive|sign\s+off|get\s+(?:\w+\s+){0,3}?"
    r"(?:approved|passed|cleared|dropped|waived|rezoned|through)|route|divert|rig)\b"
)
CORRUPT_ES = (
    r"(?:soltar|soltarlo|soltarla|liberar|liberarlo|votar|voten|vote|aprobar|apruebe|archivar|"
    r"callar|tapar|cerrar|desaparecer|matar|ignorar|fallar|absolver|retirar|moderar|proteger|"
    r"publicar|firmar|otorgar|sacarlo|dejar(?:los|las|lo|la)?\s+(?:pasar|salir|ir|libres?)|"
    r"no\s+(?:tocar|investigar|multar|clausurar|revisar|auditar|denunciar))\b"
)
