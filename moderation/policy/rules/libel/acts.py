"""Where a crime or a disgraceful act begins (`_acts`): the lexicon's phrases, the act patterns
filed under the first letters of their verbs, unpaid taxes and wages, and a family named by its
surname read as a criminal party."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.libel.doer import identifies
from moderation.policy.rules.libel.frames_deeds import DEED_FRAMES
from moderation.policy.rules.libel.frames_everyday import EVERYDAY_FRAMES
from moderation.policy.rules.libel.frames_hidden import HIDDEN_FRAMES
from moderation.policy.rules.libel.frames_local import LOCAL_FRAMES
from moderation.policy.rules.libel.frames_office import OFFICE_FRAMES
from moderation.policy.rules.libel.frames_press import PRESS_FRAMES
from moderation.policy.rules.libel.frames_short import SHORT_FRAMES
from moderation.policy.rules.libel.frames_wider import WIDER_FRAMES
from moderation.policy.rules.libel.name_spans import family_spans, folded_at


def _frame(verbs: str, rest: str) -> re.Pattern:
    alts = verbs.split() + (["s"] if "is" in verbs.split() else [])  # "he's a cartel plant"
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b" + (r"\s+" + rest if rest else ""))


# Patterns whose verb is a very common word ("is", "on", "se") run only when the comment also
# holds a word beginning like one of these (the party or the object the pattern needs).
_BAD_KEYS = ("cart narc zeta sina cjng gulf smug coyo traf poll huac mafi mob gang ring mana "
             "viag unid guer arel tepi ardi rojo tlac barr marr zamb cuin line "
             "chap menc golf crim deli sica hitm halc secu kidn grup temp fami belt tren ms "
             "mara plaz ulti mala")  # fmt: skip
_NEEDS = {
    "recibe recibia recibio reciben recibian recibiendo agarra agarraba llegan llega llegaba "
    "llegaban pasan pasaban": "sobr",
    "takes took taking gets got getting receives received collects collected accepts": "enve",
    "is was s been are were": "payr",
    "esta estaba estan estuvo sigue cobra cobraba aparece": "nomi",
    "vende vendia vendio venden vendian vendieron revende revendia revenden": "mota huac gaso "
    "dies past acta docu carn sill desp medi cobi jugu vive arma drog trat padr traf cart asil "
    "fich cupo toma agua este alco " + _BAD_KEYS,
    "sells sold selling resells resold reselling": "fake forg coun stol dona seiz conf birt meth "
    "fent hero coke coca crac pill dope vote rul ruli verd pard offi stra asyl gree vape alco "
    "booz beer liqu weed ster " + _BAD_KEYS,
    "runs ran running run": "mone cash prod drug dope guns load prot exto kick brib ponz pyra "
    "ghos vote ball visa fake chop pupp pill frau coyo stas rack scam peop plat slav " + _BAD_KEYS,
    "lava lavaba lavan lavaban lavo lavando lavar lavarle": "lana dine plat bill",
    "recibe recibia recibio recibieron reciben recibian recibiendo": "dine lana plat sobr pago "
    "mill part cuot peso dola",
    "took takes taking got gets received accepted pocketed taken": "appr rezo vote kill bury drop "
    "push bloc look fix awar rule igno stee gran rele clea skip quas tank waiv sign rout dive "
    "rig",
    "paid handed": "appr rezo vote kill bury drop push bloc look fix awar rule igno stee gran "
    "rele clea skip quas tank waiv sign",
    "porque": "paga dier pasa depo solt",
    "pagaron pagaban dieron daban depositaron recibio recibe recibia recibieron reciben cobro "
    "cobra cobraba": "mil mill peso dola",
    "is was are been being": "paid bank fund",
    "is was are been": "mout shil prop spok",
    "is was s": "drun alco",
    "vende vendia vendio venden revende compra compraba compro": "roba",
    "tiene tenia maneja manejaba": "pira esqu frau",
    "da daba dio": "mord",
    "paid pays paying": "smug coyo hitm sica cart",
    "esta estaba": "mana narc cart deli comp",
    "es era": "defr esta exto viol pede abus",
    "pagado pagada": "more pri pan part camp cons inmo mine",
    "la lo": "mano toqu viol",
    "lo la los las": "mato ases bala bale apun acuc estr ahor ejec",
    "contrata contrato contrataba contrataron paga pago pagaba pagando pagaron": "golp mato "
    "sica porr",
    "takes took taking gets got accepts accepted": "kill bury spik squa",
    "es era fue": "voce tite piez borr alco",
    "takes took taking gets got receives received accepts accepted pockets pocketed": "mone "
    "cash paym enve brib",
    "took takes taking got gets accepted accepts pocketed pockets": "gran thou mill",
    "paid": "deve grow comp camp part cont lobb cand mayo gove casi cart look keep stay lose "
    "igno bury thro tank fix",
    "vive vivia viven vivian": "huac narc robo traf trat lava secu exto cobr cont moch mord",
    "protege protegia protegio protegen protegian solapa solapaba solapo solapan cubre cubria "
    "encubre encubria": _BAD_KEYS,
    "consume consumia consumio consumen consumes jala jalaba jalas aspira aspiraba fuma fumaba "
    "inhala inhalaba": "coca cris drog fent peri pied hero crac tach meta foco",
    "recibe recibio recibia recibieron reciben agarra agarro toma tomo dan dieron daban "
    "entregan entregaron entregaba": "male sobr bols cost port caja",
    "con": _BAD_KEYS,
    "usa usaba utiliza utilizaba aprovecha aprovechaba presta prestaba": "drog cris fent coca "
    "arma carg",
    "se le": "publ esta muni ayun cong erar sind pueb part dif gobi depe secr univ gent alca pres "
    "coop nues impu cont",
    "lleva llevaba maneja manejaba": _BAD_KEYS,
    "surte surtia surten provee proveia abastece abastecia": _BAD_KEYS + " arma drog cris fent "
    "coca muni",
    "reunio reune reunia reunen reunieron": _BAD_KEYS,
    "ties links connections dealings cahoots league bed": _BAD_KEYS + " knig line",
    "is was are were been being": _BAD_KEYS + " knig line",
    "nexos vinculos tratos relaciones acuerdos pacto pactos": _BAD_KEYS,
    "metido metida metidos metidas coludido coludida coludidos coludidas aliado aliada "
    "aliados pacto pacta pactaron pactaba pactado anda andan andaba andaban": _BAD_KEYS,
    "compadre comadre ahijado ahijada achichincle": _BAD_KEYS,
    "metido metida metidos metidas entra entraba entran entraron dedica dedicaba dedican": (
        "huac narc robo traf trat lava secu exto cobr cont"
    ),
    "dodged dodges dodging evaded evades evading cheats cheated cheating skipped skips": "taxe "
    "tax irs sat",
    "hides hid hiding stashes stashed parks parked": "offs shel swis caym pana have",
    "evade evadio evadia evaden evadieron evadiste": "impu fisc sat pago",
    "looted loots looting plundered plunders plundering raided raids raiding": "fund trea "
    "coff pens reli aid",
    "took collected raised received": "kept",
    "kept keeps keeping": "hims hers them your",
    "gets got getting takes took taking receives received pockets pocketed collects collected": (
        "kick brib payo swee enve prot exto"
    ),
    "cambio": "sobr lana dine moch mord sobo bill dola peso favo coch",
    "cobra cobraba cobran cobro recibe recibia saca sacaba": "part taja cuot comi porc moch",
    "sold sells selling": _BAD_KEYS + " knig line",
    "vende vendio vendia venden vendieron vendian": _BAD_KEYS,
    "gave gives handed hands awarded awards steered steers": "cont bid bids job jobs deal conc",
    "got gets hired hires appointed appoints": "son sons daug neph niec cous brot sist wife husb "
    "in-l fami girl boyf mist budd cron comp best dono",
    "dio da daba dieron otorgo otorga otorgaba asigno asigna asignaba adjudico adjudica "
    "adjudicaba entrego reparte repartio": "cont obra lici plaz pues cham conc perm",
    "roughed roughs roughing punched punches slapped slaps kicked kicks choked chokes tased "
    "tasered beat beats pistol-whipped": "hand unar rest defe slee home elde preg disa deta",
    "maneja manejaba manejo conduce conducia condujo": "ebri ebria borr drog pedo atra",
    "gets got buys bought scores scored": "coke coca meth crac hero fent pill drug dope blow oxy",
    "hooked addicted": "meth crac coke coca hero fent pill opio oxy pain drug",
    "fabrico fabrica fabricaron fabricaba": "prue deli culp evid expe carp carg acus test",
    "is was are were has became": _BAD_KEYS,
    "on": _BAD_KEYS + " mexi chin russ cuba vene fore us amer saud iran",
    "with": "cart narc dirt",
    "es era son fue eres fuiste": _BAD_KEYS,
    "se": "mita part ofre diez envi limo plat dife caja insc rent mil medi "
    "dine lana fond sobo recu apoy desp medi terr dona pres mill peso dola suel sala beca pred "
    "agui cuot comi cada cont obra drog deco carg merc moch taja erar mult mord inde ahor apor "
    "vive cobi vacu cole coop porc",
    "le les": "peso dola mil lana dine cart",
    "ordered had": "kill murd shot beat disa kidn exec",
    "put puts putting": "hosp er payr",
    "passes passed passing leaks leaked leaking feeds fed gives gave pasa pasaba paso filtra "
    "filtro filtraba da daba dio": _BAD_KEYS,
    "works worked working trabaja trabajaba trabajan trabajo": _BAD_KEYS,
    "took takes take taking taken get gets got getting receives received receiving accepts "
    "accepted accepting pockets pocketed pocketing collects collected": _BAD_KEYS
    + " chin russ saud beij mosc krem",
    "takes took gets got keeps kept skims skimmed pockets pocketed": "cont load deal ship perm "
    "paym bid fine payc",
    "compro compra compran compraron compraba": "voto juec juez peri elec pues plaz titu curu cand "
    "dipu alca gube sena regi",
    "steered steers steering gave gives handed hands awarded awards": "cont bid bids job jobs",
    "released releases freed frees dismissed dropped acquitted": "cash mone brib payo gran "
    "thou doll peso",
    "run runs ran running operates operated leads led heads headed": "ring rack netw busi sche "
    "cell gang",
    "maneja manejaba dirige dirigia encabeza encabezaba controla controlaba": "red band nego celu",
    "is was are were been": "addi crac coke meth hero opio pill drug fent dope junk toke "
    "high drun wast ston load twea",
    "does did snorts snorted smokes smoked shoots shot uses used": "coke coca crac meth hero "
    "fent line",
    "takes took taking gets got getting receives received accepts accepted pockets pocketed": (
        "mone cash paym enve gift chec brib"
    ),
    "te": "dine plat lana fond recu apoy desp dona cole coop cuot beca medi",
    "tiene tenia tuvo cuenta contaba": _BAD_KEYS,
    "has had enjoys enjoyed": _BAD_KEYS,
    "business partners partnered partner socio socia socios colludes colluded": _BAD_KEYS,
    "backed supported sponsored respaldado respaldada apoyado apoyada financiado financiada": (
        _BAD_KEYS
    ),
    "avisa avisaba aviso avisaron avisaban alerta alertaba alerto": _BAD_KEYS,
    "entrega entrego entregaron entregaba handed hands turned": _BAD_KEYS,
    "gave gives leaked leaks passed passes handed hands filtro filtra paso dio entrego": _BAD_KEYS,
    "makes made has had puts put forces forced uses used employs employed hires hired": "mino "
    "unde chil kids",
    "pone puso ponia ponen tiene tenia tienen usa usaba contrata contrataba explota explotaba": (
        "meno nino nina cham"
    ),
    "explota explotaba exploto explotan": "meno nino nina",
    "was were got been": "boug paid",
    "lo la": "comp",
    "for": "cart narc mob gang",
    "por": "cart narc crim mafi line golf",
    "is was": "payr",
    "falsified falsifies falsifying faked fakes faking forged forges forging doctored doctors "
    "doctoring altered alters altering fudged fudges inflated inflates inflating rigged rigs "
    "falsifico falsifica falsificaba falsificaron altero altera alteraba alteraron maquilla "
    "maquillaba maquillo infla inflaba inflo amano amana amanaba": "reco repo char grad scor "
    "tran titl sign deed docu pape book minu atte elig insp odom mile time invo rece regi info "
    "expe cali titu firm escr acta asis kilo fact reci bita test",
    "changed changes changing cambio cambia cambiaba cambiaron": "grad scor tran cali fech "
    "test will",
    "ordered orders had": "alte chan dele eras dest shre fals doct back wipe",
    "knowing knew sabiendo sabia": "fake forg fals apoc",
    "gets got getting takes took taking receives received walked walks pocketed pockets": (
        "enve kick payo side"
    ),
    "pay pays paid paying": "book tabl insp refe refs judg cops audi offi asse pros da cler magi",
    "pagan paga pagaron pagaba pagaban pago": "fuer deba mesa insp veri arbi juez poli agen "
    "audi func valu fisc mini mp magi",
    "took takes taking got gets pocketed accepted": "guys deve cont buil vend outf comp firm",
    "dinero lana plata": "qued embo clav",
    "hits hit hitting slaps slapped smacks smacked punches punched golpea golpeaba golpeo": (
        "kids chil mino stud nino nina cham alum meno"
    ),
    "is was es era fue": "boug comp rate esta defr",
    # the fifth list (`frames_deeds`). A key is a pattern's exact verb string and gates every
    # pattern with that string, so this list orders its verbs its own way ("selling sold sells")
    # where an earlier list has the same verbs: sharing a string would gate the earlier one too.
    "was is": "coke meth crac hero pill dope fent",
    "had has": "beat roug jump run",
    "got gets had has getting": "dui dwi duis tick arre reco rap spee assa drun",
    "got had": "wipe buri eras scru expu squa",
    "making makes made": "quot sour inte",
    "moves moved moving": "prod weig load dope meth coke drug",
    "set sets": "fire",
    "lets let letting": "off",
    "dio da daba": "nota cont obra plaz pues conc cham",
    "paid pays paying sent sends hired hires": "torc burn tag vand beat brea foll roug scar "
    "thre inti hurt atta kill tras spra key slas shoo jump stal hara dox pois",
    "ordered orders told tells": "fake fals alte doct cook pad shre dest dele hide bury eras lie",
    "cuts cut cutting": "meth coke coca hero fent dope",
    "took used spent": "boug",
    "keeps kept pockets pocketed": "mone cash diff proc depo fees dona tips coll",
    "selling sold sells": "own",
    "hit hits": "truc car suv pick van drov took sped ran fled left",
    "altered alters altering changed changes changing doctored": "tota tall ball vote resu",
    "shredded shreds shredding destroyed tossed dumped burned": "ball tall test",
    "dropped drops dismissed tossed buried killed quashed": "agai",
    "cooked cooks cooking fudged fudges": "book numb stat figu atte data payr invo expe acco "
    "ledg test crim arre ride coun tota",
    "deletes deleted deleting erases erased erasing destroys destroyed wipes wiped": "foot vide "
    "tape reco",
    "drugged drugs drugging": "cont girl wome woma gues play date",
    "levanto levantaron": "peri acti repo lide defe diri come maes",
    "quemo incendio pinto mando": "segu",
    "recibio recibe recibia recibieron reciben": "dine lana plat depa casa cami rega sobr",
    "arreglo arreglaba arregla arreglan arreglaron": "part pele carr elec vota lici sort conc",
    "borro borraba borraron borra": "voto bole grab regi acta expe prue",
    "casa casas rancho ranchos camioneta camionetas troca trocas departamento departamentos "
    "yate carro carros terreno terrenos residencia mansion familia boda viaje viajes": "comp paga",
    "fixing fixes fixed": "game matc figh bout race tabu the",
    "throws threw throwing": "ball vote test",
    "covers covered covering": "his her",
    "sold selling sells": "his her",
    "lying lied lies": "resu cv cred degr appl addr mili serv",
    "cobran cobra cobraba cobro": "cabe cada nota part segu",
    "cobran cobra cobraba": "cuot mord moch",
    "recibio recibe recibia": "mil mill",
    "compro compraba compraron": "insp magi juez juec diput regi cabi fisc agen poli coma audi "
    "sena",
    "vendia vende vendio venden": "cris mota past vape peri coca fent roba deco fals truc clon",
    "paid pays paying bought buys buying funded funds financed": "with out usin",
    # the seventh list (`frames_hidden`), its verb strings its own
    "tiene tenia tienen tenian": "cuen",
    "financio financiaba financiaron financia": "camp cand carr",
    "used uses using": "card fund mone acco cash",
    "paid paying pays": "mone fund budg acco card coff trea",
    "era es": "fach",
    "tiene": "prec",
    "got gets getting received receives accepted accepts": "free new bran",
    "hizo hicieron mando": "desa",
    "then": "dest dele wipe eras shre",
    "es era fue sigue": "pare aman novi quer lava",
    "pago pagaron pagaba paga pagan pagaban": "gobe alca pres regi dipu sena sind func dire secr "
    "juez magi comi insp dele teso",
    "pay paid pays paying": "gove mayo comm coun judg insp sena sher offi supe dire asse rep repr "
    "cong chie",
    "pasa pasaba pasan pasaban paso pasaron": "part taja lana moch mord sobr cuot",
    "cartel cartels narcos mob gang zetas crew mafia": "paid",
    "les le": "lleg",
    "was been got gets": "fire cann susp expe kick",
    "fue fueron": "desp corr expu",
    "taking takes took taken gets got getting receives received accepts accepted pockets": "mone "
    "cash paym chec enve gran",
    "recibe recibia recibio reciben recibieron cobra cobraba cobro agarra agarraba agarro": "para",
    "cambio cambiaba cambiaron cambia": "voto",
    "buys bought buying": "lice degr dipl cert cred scor grad cedu titl",
    "compro compraba": "titu cedu cert dipl lice cons cali",
    "pidio pide pedia piden pedian exige exigia exigio": "favo",
    "sells sold selling resells resold": "dist city coun clin hosp scho publ stat fede chur "
    "shel dona reli food",
    "destroyed destroys deleted deletes wiped wipes erased erases shredded shreds": "emai e-ma "
    "text hard call phon ball",
    "vendor vendors supplier suppliers contractor proveedor proveedores contratista": "son "
    "sons daug neph niec cous brot sist wife husb in-l fami girl boyf room hijo hija sobr cuna "
    "herm prim espo muje mari comp yern sueg novi",
}


# Acts stated in the many ways people phrase them, beyond the fixed phrases of libel.tsv: a
# verb, a few free words, and the object or partner that makes it a crime ("took forty grand
# from a coyote ring", "sells his rulings", "se quedó con el dinero de las despensas"). Each is
# (trigger verbs, the rest of the pattern); a pattern runs only when the comment holds a word
# beginning like one of its verbs, and always over the normalised text (lower case, no accents).
# The patterns are kept in eight lists, in the order they were written.
_FRAMES_SRC: tuple[tuple[str, str], ...] = (
    OFFICE_FRAMES
    + WIDER_FRAMES
    + SHORT_FRAMES
    + LOCAL_FRAMES
    + DEED_FRAMES
    + PRESS_FRAMES
    + HIDDEN_FRAMES
    + EVERYDAY_FRAMES
)


# Each pattern under the first four letters of its verbs: a comment runs only the patterns
# whose verb it holds, each anchored at that word (no scan of the whole text per pattern).
_BY_PREFIX: dict[str, list[tuple[frozenset[str] | None, re.Pattern]]] = {}
for _verbs, _rest in _FRAMES_SRC:
    _entry = (
        frozenset(_NEEDS[_verbs].split()) if _verbs in _NEEDS else None,
        _frame(_verbs, _rest),
    )
    for _v in _verbs.split():
        _found = _BY_PREFIX.setdefault(_v[:4], [])
        if _entry not in _found:
            _found.append(_entry)
_TRIGGERS = frozenset(_BY_PREFIX)


# Taxes never paid: the negation is the act itself ("hasn't paid a dime in taxes", "no paga ni
# un peso de impuestos"), so it is read over the text from the negation on.
_UNPAID_TAX = re.compile(
    r"\b(?:has not|hasn't|have not|haven't|never|doesn't|does not|didn't|did not)\s+(?:\w+\s+)?"
    r"(?:paid|pay|filed)\s+(?:[\w$,.']+\s+){0,4}?(?:taxes|tax returns?|income tax)\b|"
    r"\b(?:pays|paid|paying)\s+(?:no|zero)\s+(?:\w+\s+)?taxes\b|"
    r"\bno\s+(?:ha\s+|le\s+)?(?:paga|pagaba|pago|pagado|pagar|declara|declaraba|declaro|declarado|"
    r"declarar)\s+"
    r"(?:\w+\s+){0,5}?impuestos\b"
)


# Wages withheld: the negation is the act ("doesn't pay his workers", "no les paga a los
# lavaplatos"), read like unpaid taxes.
_UNPAID_WAGES = re.compile(
    r"\b(?:doesn't|does not|never|didn't|did not|won't|will not)\s+pay\s+(?:his|her|their|the)\s+"
    r"(?:workers|employees|staff|crew|dishwashers|cooks|foremen|nannies|housekeepers?|interns|"
    r"players|teachers)\b|\bno\s+(?:les\s+|le\s+)?(?:paga|pagaba|pago|pagan)\s+(?:a\s+)?(?:sus|los|las)"
    r"\s+(?:trabajadores|empleados|empleadas|lavaplatos|meseros|cocineros|jornaleros|albaniles|"
    r"peones|maestros|jugadores)\b"
)


# A killing or a shooting told in the passive with its agent after it ("fue asesinado por el
# alcalde Ruiz", "was murdered by Sheriff Ortega"): the agent is the one accused.
_PASSIVE_HARM = re.compile(
    r"\b(?:was|were|has been|had been|got|fue|fueron|ha sido|han sido|habia sido)\s+"
    r"(?:(?:brutally|fatally|shot and|cobardemente|brutalmente)\s+)?"
    r"(?P<act>killed|murdered|shot|stabbed|strangled|executed|gunned down|beaten to death|"
    r"asesinad[oa]s?|matad[oa]s?|balead[oa]s?|acribillad[oa]s?|apunalad[oa]s?|"
    r"acuchillad[oa]s?|estrangulad[oa]s?|ahorcad[oa]s?|ejecutad[oa]s?)\s+"
    r"(?:[\w']+\s+){0,3}?(?:by|por)\s+(?:(?:orders?\s+(?:of|from)|orden(?:es)?\s+del?)\s+)?"
    r"(?P<agent>[\w' ]+)"
)
_AGENT_SKIP = frozenset({"the", "el", "la", "former", "ex", "then", "el entonces", "la entonces"})


def passive_agents(an: Analysis) -> frozenset[int]:
    """The units of a passive killing whose agent is identified: a title that picks out one
    person or a name of two capitalised words ("por el alcalde Ruiz", "by Tom Brandt"); not
    "por sicarios", "by a stray bullet" (memoised on the analysis)."""
    key = "libel_passive_agents"
    if key in an.memo:
        return an.memo[key]
    found = set()
    text = an.norm.text
    if "por" in an.prefixes or "by" in an.prefixes:
        for m in _PASSIVE_HARM.finditer(text):
            a = an.unit_at(m.start("act"))
            k = next((u.index for u in an.units if u.start >= m.start("agent")), None)
            if a is None or k is None:
                continue
            act = an.units[a]
            while k < len(an.units) - 1 and an.units[k].text in _AGENT_SKIP:
                k += 1
            agent = an.units[k]
            if agent.sentence != act.sentence:
                continue
            if agent.has("title") and identifies(an, agent, an.norm.original):
                found.add(act.index)
            elif (
                agent.entry is None
                and k + 1 < len(an.units)
                and an.units[k + 1].sentence == agent.sentence
                and an.capitalised(k)
                and an.capitalised(k + 1)
            ):
                found.add(act.index)  # "by Tom Brandt"
    an.memo[key] = frozenset(found)
    return an.memo[key]


def _acts(an: Analysis) -> list[int]:
    """Indices of the units where a crime or disgraceful act begins: the lexicon's phrases
    and the act patterns above."""
    found = {
        k for k in an.by_class.get("crime", ()) if not _ordinary_use(an, k) and not _foreseen(an, k)
    }
    found |= passive_agents(an)
    words = an.prefixes
    if "taxe" in words or "impu" in words:
        for m in _UNPAID_TAX.finditer(an.norm.text):
            k = an.unit_at(m.start())
            if k is not None:
                found.add(k)
    if "pay" in words or "paga" in words or "pago" in words:
        for m in _UNPAID_WAGES.finditer(an.norm.text):
            k = an.unit_at(m.start())
            if k is not None:
                found.add(k)
    if family_spans(an, an.norm.original):
        words = words | {"mob"}  # a family named by its surname stands as a criminal party
    active = {}
    for key in words & _TRIGGERS:
        patterns = [
            rx for needs, rx in _BY_PREFIX[key] if needs is None or not needs.isdisjoint(words)
        ]
        if patterns:
            active[key] = patterns
    if not active:
        return sorted(found)
    text = _families_as_party(an)
    for u in an.units:
        # a unit of several words keys by its first ("set fire to" runs the patterns of "set")
        patterns = active.get(u.text.split(" ", 1)[0][:4])
        if patterns is None:
            continue
        pos = u.start
        if not text.startswith(u.text[:2], pos):  # "is" of "he's": match from the "s"
            pos = text.find("'", pos, u.end) + 1 or pos
        if any(rx.match(text, pos) for rx in patterns) and not _thing_did_it(an, u.index):
            found.add(u.index)
    return sorted(found)


# Crime words of the lexicon in their everyday use, told by the word after them: "traffic"
# in a road's compound nouns ("the bridge traffic cam", "traffic light"), and "pays her" with
# "her" a possessive ("pays her kitchen staff", "pays her rent"), not a payee.
_TRAFFIC_AFTER = (
    "cam cams camera cameras light lights jam jams stop stops ticket tickets court signal "
    "signals circle cone cones accident accidents flow safety study lane lanes congestion "
    "report reports engineer engineers enforcement cop cops officer officers control "
    "fatalities deaths noise backup backups calming island islands school laws law fines "
    "fine division unit patterns pattern count counts was is has at on"
)
_PAYS_HER_AFTER = (
    "staff workers employees crew cooks servers bills bill rent taxes tax dues tuition "
    "mortgage way share respects nanny housekeeper help own team interns aides"
)
# "paid off" of a debt cleared ("paid off his house", "her paid-off truck", "paid off the
# student loans"), not of a person bribed ("paid off the truck inspectors"): the thing paid
# for within three words, and no noun after it.
_PAID_OFF = re.compile(
    r"\s+(?:(?:his|her|their|the|a|my|our|your|its|that|this|own|old|new|whole|last|first|"
    r"remaining|student|car|house|home|credit|medical)\s+){0,3}?(?:house|home|houses|mortgages?|"
    r"loans?|debts?|truck|car|cars|note|bills|card|cards|balance|lien|ranch|farm|tractor|boat|"
    r"condo|trailer|taxes)(?!\s+(?:inspectors?|drivers?|dealers?|officials?|owners?|agents?|"
    r"guys?|people|company|companies|lenders?|clerks?|officers?|cops?|judges?|staff|broker|"
    r"brokers|appraisers?|assessors?|commissioners?|board|hands|workers|crew|foreman|"
    r"managers?|speaker\S*|guards?|staff\S*|witness\w*|neighbou?rs?)\b)"
)
_EVERYDAY_AFTER = {
    "traffic": frozenset(_TRAFFIC_AFTER.split()),
    "pays her": frozenset(_PAYS_HER_AFTER.split()),
}
# What "paid off" says worked out, just before it: "the gamble paid off", "her hard work paid
# off".
_WORKED_OUT = frozenset(
    {"gamble", "bet", "risk", "work", "effort", "efforts", "strategy", "patience", "investment",
     "hustle", "practice", "plan", "persistence", "training", "homework", "sacrifice",
     "sacrifices", "move", "decision", "idea", "hunch", "it"}
)  # fmt: skip

_CLOSES = re.compile(r"\s*(?:[,.;:!?)]|$)")
# What is trafficked: "the drug traffic." is the trade, not the road.
_TRADED = frozenset({"drug", "drugs", "gun", "guns", "arms", "weapons", "human", "people",
                     "child", "sex", "narcotics", "migrant", "organ", "dope", "meth",
                     "fentanyl", "cocaine", "coke", "heroin"})  # fmt: skip

# A pocket of one's own paid from, not money pocketed: "paid for it out of his own pocket"
# ("lining his own pocket" is the act).
_OWN_POCKET = re.compile(r"\b(?:out\s+of|from)\s+(?:his|her|their|my|your|our)\s+own\s+$")


# A debt cleared with money that is not one's own: "paid off his truck using the seized cash"
# (one's savings, salary or inheritance are one's own).
_PAID_WITH = re.compile(
    r"[^.!?;]{0,40}?\b(?:with|using|out\s+of|from)\s+(?:[\w'$,.-]+\s+){0,4}?(?:money|cash|"
    r"funds?|dollars|donations|grants?|payments?|kickbacks?|bribes?)\b"
)
_OWN_MONEY = re.compile(
    r"\b(?:own|savings|salary|paychecks?|inheritance|bonus|retirement|earnings|wages|pay|income|"
    r"sale|selling|lottery|overtime|tips)\b"
)


def _debt_paid(an: Analysis, k: int) -> bool:
    """The "paid off" at unit k clears a debt or says something worked out (`_PAID_OFF`,
    `_WORKED_OUT`), unless the money it was cleared with is not one's own (`_PAID_WITH`)."""
    if k > 0 and an.units[k - 1].text in _WORKED_OUT:
        return True  # "Coach Ruiz's gamble paid off"
    debt = _PAID_OFF.match(an.norm.text, an.units[k].end)
    if debt is None:
        return False
    paid_with = _PAID_WITH.match(an.norm.text, debt.end())
    if paid_with is None:
        return True
    clause = re.split(r"[.!?;]", an.norm.text[debt.end() : paid_with.end() + 30])[0]
    return bool(_OWN_MONEY.search(clause))  # "with the money from selling his ranch"


# A trade noun that is also an animal and a team's name ("coyote"), told by what follows it:
# "Ruiz is a coyote fan", "es coyote de corazón" are a supporter, "Ruiz is a coyote who moves
# people" is the smuggler.
_MASCOTS = frozenset({"coyote", "coyotes"})
_SUPPORTER_AFTER = re.compile(
    r"\s+(?:fans?|fanatic|supporters?|diehard|die-hard|booster|boosters|alum|alumni|alumnus|"
    r"grad|graduate|jersey|mascot|season\s+ticket|game|games|football|basketball|baseball|"
    r"hockey|soccer|de\s+corazon|de\s+hueso|hasta\s+la\s+muerte|aficionad[oa]|hincha|"
    r"fanatic[oa]|de\s+toda\s+la\s+vida)\b"
)


def _ordinary_use(an: Analysis, k: int) -> bool:
    """The lexicon's crime phrase at unit k in its everyday sense (`_EVERYDAY_AFTER`): one of
    the next two words of its sentence tells it ("pays her kitchen staff"), "traffic"
    closing its clause after no traded goods, "paid off" of a debt (`_debt_paid`), or "pocket"
    paid from (`_OWN_POCKET`)."""
    if an.units[k].text == "paid off":
        return _debt_paid(an, k)
    if an.units[k].text.rsplit(" ", 1)[-1] in _MASCOTS:
        return bool(_SUPPORTER_AFTER.match(an.norm.text, an.units[k].end))
    if an.units[k].text == "pocket":
        # "paid for it out of his own pocket", not "lining his own pocket"
        start = an.units[k].start
        return bool(_OWN_POCKET.search(an.norm.text[max(0, start - 40) : start]))
    after = _EVERYDAY_AFTER.get(an.units[k].text)
    if after is None:
        return False
    if (
        an.units[k].text == "traffic"
        and _CLOSES.match(an.norm.text, an.units[k].end)
        and not (k > 0 and an.units[k - 1].text in _TRADED)
    ):
        return True  # "right about the bridge traffic, ...": the verb would take an object
    sentence = an.units[k].sentence
    return any(u.sentence == sentence and u.text in after for u in an.units[k + 1 : k + 3])


# A harm foreseen as what a decision will lead to ("cutting the ward is going to get somebody
# killed", "that road will get someone hurt", "va a provocar que maten a alguien"): a warning
# about a policy, not a deed anyone is said to have done.
_FORESEEN = re.compile(
    r"\b(?:(?:is|are|was|were)\s+going\s+to|gonna|will|would|could|might|(?:is|are)\s+about\s+to|"
    r"(?:is|are)\s+bound\s+to)\s+(?:\w+\s+)?get\s+(?:somebody|someone|people|a\s+kid|a\s+child|"
    r"kids|children|folks|a\s+patient|patients|a\s+mother|mothers|babies|us\s+all|us|me|"
    r"everyone|(?:a|an|some)\s+\w+)\s+(?:\w+\s+)?$"
)


def _foreseen(an: Analysis, k: int) -> bool:
    """The crime word at unit k is the outcome foreseen in `_FORESEEN` ("... going to get
    somebody killed")."""
    start = an.units[k].start
    return bool(_FORESEEN.search(an.norm.text[max(0, start - 60) : start]))


_CLITICS = frozenset({"lo", "la", "los", "las"})
_KILLED = ("mat", "asesin", "bale", "balace", "apunal", "acuchill", "estrangul", "ahorc", "ejecut")
_THING_DETERMINERS = frozenset(
    {"el", "la", "los", "las", "un", "una", "ese", "esa", "este", "esta"}
)


def _thing_did_it(an: Analysis, k: int) -> bool:
    """A killing told with a clitic whose subject is a thing just before it ("a mi abuelo el
    cáncer lo mató", "un infarto lo mató"): a determiner and a lower-case word that is no
    title, so no person is said to have done it."""
    if an.units[k].text not in _CLITICS or k < 2 or k + 1 >= len(an.units):
        return False
    if not an.units[k + 1].text.startswith(_KILLED):
        return False  # "ese cura lo violó": a person's act, the clitic its victim
    noun, det = an.units[k - 1], an.units[k - 2]
    return (
        det.text in _THING_DETERMINERS
        and noun.sentence == an.units[k].sentence
        and noun.text.isalpha()
        and not an.capitalised(k - 1)
        and not noun.has("title")
    )


# What a family named by its surname reads as in the act patterns: one more criminal party of
# `_BAD_PARTY` ("trabaja para los Quintero", "takes money from the Ortiz family").
# A clan ("los Quintero", "the Valdez brothers", "el clan Ochoa") and a family ("the Ortiz
# family", "la familia Sandoval"), which some patterns do not take (`_CLAN_PARTY`).
_CLAN_WORD, _FAMILY_WORD = "clanx", "famx"


def _families_as_party(an: Analysis) -> str:
    """The normalised text with each family named by its surname (`_family_spans`) written as
    a party word of `_BAD_PARTY`, padded to its length so every offset stays the same."""
    text = an.norm.text
    spans = family_spans(an, an.norm.original)
    if not spans:
        return text
    original = an.norm.original
    for a, b in spans:
        fa, fb = folded_at(an, a), folded_at(an, b)
        word = _FAMILY_WORD if "famil" in original[a:b].lower() else _CLAN_WORD
        if fb - fa >= len(word):
            text = text[:fa] + word.ljust(fb - fa) + text[fb:]
    return text
