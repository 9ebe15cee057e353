"""A vice put on a whole protected group as its habit or nature, in plain words (clause `hate`):
"X steal", "X people always want special treatment", "X are naturally bad leaders", "X have
babies to collect welfare", "X serve Rome, not America", "X don't care about Y. It's cultural."

The analysis codes most of these predicates as plain words (a verb, a noun phrase), so the
derogation shapes over the codes never see them. This rule reads each sentence as words with
every group word masked as `GRP` (as `hate_shapes` does) and a `,` wherever the text had a
clause mark, and asks for the whole sentence to open with the group as its subject:

    [opener] [all|most|the] GRP [people|folks|men|women|kids ...] [always|just|naturally ...]

followed by one predicate of a vice family (`_FAMILIES`). A crime said of the group as a bare
habit ("X steal", "X rape and kill") rejects; every other family only holds (incompetence,
dirt, disloyalty, living off welfare, entitlement, mistreating women, a group to be kept apart,
hating others, breeding, a harm laid on the group, a burden on others, a group left to fight it
out), and so does a crime when the subject is loose ("X in this town steal", "X in Juarez") or
the group is men. Two groups may share the subject ("the X and the Y should fight it out").
A predicate that is only a mild fault ("don't care about being on time") counts when the writer
puts it down to the group's nature or culture ("it's cultural", "by nature", "it's in their blood").

Passed: a negation ("X are not bad leaders", "not all X steal"), a question, a quotation,
a report or counter-speech ("people who say X steal are bigots", "my uncle thinks X steal",
"..., said no one"), a claim called a stereotype or a myth, one person or an institution as
the subject ("the X guy at work", "the X government"), "steal the show", statistics with a
source, positive or neutral traits, and groups that are not protected (the group words are
those of `lexicons/groups.tsv`).
"""

from __future__ import annotations

import re
from operator import attrgetter

from moderation.policy.analysis import Analysis, Unit, analyse
from moderation.policy.rules import Hit, rule
from moderation.policy.rules.context import suppressed
from moderation.policy.rules.hate import proxies
from moderation.policy.rules.hate.guards import _plural_group, _weak_group
from moderation.policy.rules.hate_shapes import _condemned
from moderation.policy.types import Category, Submission

_REJECT, _HOLD = 0.9, 0.7
# Group words the lexicon leaves out that name a disability with "people" after them.
_PROXY_BEFORE_PEOPLE = frozenset({"wheelchair", "wheelchair bound", "special needs", "crippled"})
# Names for a group that the group lexicon leaves out (most are derogatory shortenings).
_NAMED = frozenset(
    {"paisas", "salvis", "magrebies", "magrebis", "moros", "menas", "sudacas", "hmong",
     "apaches", "navajos", "queers", "bangladesies", "pakistani", "sordos", "sordomudos"}
)  # fmt: skip
# Stand-ins for a group named before them in the comment ("Mexicans ... Those people ...").
_STAND_INS = frozenset(
    {"those people", "these people", "such people", "people like that", "people like them",
     "esa gente", "esta gente", "gente asi", "gente como esa"}
)  # fmt: skip
# Group words that are plural as they stand ("the Chinese", "Roma").
_INVARIANT = frozenset(
    {"chinese", "japanese", "vietnamese", "lebanese", "congolese", "sudanese", "senegalese",
     "roma", "romani", "hmong", "navajo", "apache", "the disabled", "disabled", "handicapped",
     "lgbt", "lgbtq", "gente", "la gente", "indigenous"}
)  # fmt: skip
# Group words that also name a sports team ("Roma steal a late winner").
_TEAM_NAMES = frozenset({"roma", "indians"})
_SPORT = re.compile(
    r"\b(?:match|matches|game|games|derby|league|season|goal|goals|points?|coach|lazio|serie|"
    r"playoffs?|inning|pitcher|striker|keeper|penalty|win|wins|won|partido|liga|gol|goles)\b"
)

# A disclaimer that introduces the claim ("no lo digo por racista, pero ...", "no digo que
# todos, pero ..."): the claim after it is the writer's own.
_DISCLAIM_ES = (
    r"(?:no (?:lo )?digo (?:esto )?(?:por|de) (?:ser )?racista|no es (?:por )?(?:ser )?racista|"
    r"no es (?:por )?racismo|sin ser racista|no soy racista|no digo que (?:sean )?tod[oa]s|"
    r"no (?:todos|todas)|no quiero sonar (?:feo|mal|racista)|no es por nada|"
    r"nada contra (?:nadie|ellos|ellas)|no tengo nada contra (?:nadie|ellos|ellas))(?: ,)? pero"
)
# The same in English ("I'm not racist, but ...", "no offense, but ...").
_DISCLAIM_EN = (
    r"(?:(?:i am not|im not|i am no|not|not being|not to be|without being|i do not mean to be) "
    r"(?:a )?(?:racist|sexist|bigot|homophobic|xenophobic|islamophobic|mean|rude)"
    r"(?: or anything)?|no offen[cs]e(?: to anyone)?|with (?:all )?due respect|"
    r"i have nothing against (?:them|anyone|anybody|\S+)|not all of them|sorry)(?: ,)? but"
)
# Openers the writer may put before the group and still speak in their own voice.
_OPEN_EN = (
    r"(?:(?:and|but|so|honestly|frankly|seriously|look|yeah|yes|sorry|sorry but|face it|"
    r"let us be honest|let us be real|lets be honest|lets be real|truth is|the truth is|"
    r"fact is|the fact is|i mean|i think|i believe|we all know|everyone knows|everybody knows|"
    r"newsflash|lol|lmao|ugh|basically|simple|real talk|hard truth|news flash|ok|okay|"
    rf"{_DISCLAIM_EN})(?: ,)? )*"
)
_OPEN_ES = (
    r"(?:(?:y|pero|pues|la verdad|la verdad es que|honestamente|francamente|sinceramente|"
    r"seamos honestos|seamos sinceros|todo mundo sabe que|todos sabemos que|es que|o sea|"
    r"mira|neta|jaja|jajaja|ya|bueno|vamos|ojo|aguas|con todo respeto|con todo respeto pero|"
    rf"{_DISCLAIM_ES})(?: ,)? )*"
)
_TAIL_EN = (
    r"(?:(?:people|folks|men|women|kids|guys|families|parents|boys|girls|immigrants|"
    r"workers|neighbors|neighbours|tenants|students|drivers|americans) )?"
)
_TAIL_WORDS = frozenset(
    {"people", "folks", "men", "women", "kids", "guys", "families", "parents", "boys", "girls",
     "immigrants", "workers", "americans", "neighbors", "neighbours", "tenants", "students",
     "drivers"}
)  # fmt: skip
_WHERE_EN = (
    r"(?P<loose>(?:in general |as a group |as a rule |as a people |over there |around here |"
    r"here |(?:in|from|on|at|near|around) (?:this|our|the|my|your|that|these) (?:\S+ ){1,3}?|"
    r"(?:in|from) (?!the\b|a\b|an\b)\S+ (?:(?:and|or) \S+ )?)(?:(?:in|from) (?:\S+ ){1,3}?)?)?"
)
_SUBJ_EN = (
    rf"^{_OPEN_EN}(?:(?:all|most|the|these|those|all the|all these|all those|most of the) )?"
    rf"(?P<g>(?:GRP )+(?:(?:and|or|,) (?:the )?(?:GRP )+)*){_TAIL_EN}{_WHERE_EN}"
)
# Words that end a relative clause or turn it on someone else ("que les roban", "que no ...").
_NOT_IN_CLAUSE = r"(?:que|no|ni|nunca|les|le|los|las|lo|la|se|nos|me|te|y|e|o|pero|,|GRP)\b"
# A crime in the clause itself picks out the culprits ("los X que venden droga son
# delincuentes"): the sentence is about them, not the people.
_CRIME_IN_CLAUSE = (
    r"(?:roba\w*|vend\w+|trafica\w*|asalta\w*|mata\w*|delinqu\w*|viola\w*|estafa\w*|"
    r"comet\w+|secuestra\w*|extorsiona\w*|golpea\w*|agred\w+|asesina\w*|lava\w*|"
    r"abusa\w*|son|eran|fueron|estan|andan)\b"
)
_SUBJ_ES = (
    rf"(?:^|^(?:\S+ ){{2,12}}?, pero ){_OPEN_ES}(?:(?:todos|todas|casi todos|casi todas|"
    rf"la mayoria de) )?"
    rf"(?:(?:los|las|estos|estas|esos|esas) )?(?P<g>(?:GRP )+(?:(?:, |y |e )(?:los |las )?"
    r"(?:GRP )+)*)"
    r"(?:(?:esos|esas|estos|estas) )?"
    rf"(?P<loose>(?:en general |como grupo |de (?:aqui|este pais|mi barrio|mi colonia) |"
    r"(?:del|de la|de los|de las) \S+ |"
    r"que (?:llegan|llegaron|vienen|vinieron|estan llegando|viven|andan) "
    r"(?:a|en|por|de) (?:\S+ ){1,2}?|"
    # any relative clause of a plural verb, up to three words: "que abren tiendas aqui",
    # "que duermen en la plaza"; no negation, clitic or second clause inside it
    rf"que (?!{_NOT_IN_CLAUSE}|{_CRIME_IN_CLAUSE})\w+(?:an|en|aron|ieron) "
    rf"(?:(?!{_NOT_IN_CLAUSE})\S+ ){{0,3}}?))?"
)
_ADV_EN = (
    r"(?P<adv>(?:(?:all|always|just|naturally|simply|basically|only|really|literally|"
    r"generally|constantly|usually|typically|by nature|genetically|inherently|will|would|"
    r"already|obviously|clearly|"
    r"all just|tend to|love to|like to|will always|always will|still) )*)"
)
_ADV_ES = (
    r"(?P<adv>(?:(?:siempre|solo|nomas|nada mas|simplemente|naturalmente|todos|todas|"
    r"de por si|por naturaleza|ya|nunca) )*)"
)
# The clause ends, or goes on with words that keep the predicate whole ("X steal everywhere").
_END_EN = (
    r"(?:(?: on time| here| in this country| at all| anymore| ever| either))?"
    r"(?= ,|$| (?:and|everywhere|wherever|whenever|every|all the time|constantly|it is|"
    r"that is|period|plain and simple|simple as that|everyone knows|everybody knows|always|too|"
    r"lol|lmao|then|like)\b)"
)
_END_ES = (
    r"(?= ,|$| (?:y|siempre|en todos lados|donde sea|es|todo mundo|todos lo saben|jaja\w*|"
    r"eso lo sabe|como siempre|punto|asi de simple|por naturaleza)\b)"
)

_ROLE_EN = (
    r"(?:leaders?|drivers?|parents?|mothers?|fathers?|moms?|dads?|workers?|employees?|bosses|"
    r"managers?|tenants?|neighbors?|neighbours?|students?|teachers?|doctors?|pilots?|soldiers?|"
    r"engineers?|scientists?|athletes?|citizens?|cooks?|husbands?|wives|decision makers?|"
    r"negotiators?|politicians?|voters?|coworkers?|co workers?|officers?|cops?|nurses?|"
    r"presidents?|mayors?|ceos?|coaches|referees?|refs?|judges?|drivers?|human beings|people)"
)
_BORN = r"(?:naturally|just|all|such|really|so|genetically|inherently|simply|always|born|truly)"
_BAD_EN = r"(?:bad|terrible|lousy|awful|horrible|poor|useless|hopeless|incompetent|worse|the worst)"
_ROLE_ES = (
    r"(?:lideres|conductor[ae]s|padres|madres|jefes|jefas|trabajador[ae]s|vecin[oa]s|"
    r"inquilin[oa]s|estudiantes|maestr[oa]s|medic[oa]s|pilotos|soldados|ingenier[oa]s|"
    r"politic[oa]s|president[ae]s|alcaldes|alcaldesas|arbitr[oa]s|jueces|juezas|"
    r"empleados|empleadas|vecinos|personas|gente|ciudadanos|ciudadanas)"
)
_BAD_ES = r"(?:malos|malas|pesimos|pesimas|terribles|fatales|inutiles|incompetentes|peores)"

_NOUN_CRIME_EN = (
    r"(?:thieves|criminals|crooks|rapists|murderers|killers|pickpockets|shoplifters|"
    r"gang ?members|in gangs|in a gang|in the cartels?|cartel members|gangbangers|drug dealers|"
    r"tren de aragua|ms 13|drug mules|mules for the cartels?|narcos|"
    r"dealers|smugglers|traffickers|scammers|"
    r"con artists|terrorists|pedophiles|predators|molesters)"
)
_NOUN_VICE_EN = (
    r"(?:liars|cheats|cheaters|freeloaders|moochers|leeches|spongers|beggars|drunks|"
    r"alcoholics|junkies|addicts|deadbeats|copycats|welfare queens|welfare cases|"
    r"spies|traitors|savages|barbarians|primitives)"
)
_ARE_EN = (
    r"(?:are|are all|all are|are just|are basically|are nothing but|are mostly) "
    r"(?:(?:all|just|basically|born|natural|natural born|a bunch of|a nation of|a race of|"
    r"a pack of|nothing but|always|such|total|complete|lying|thieving|filthy|dirty) )*"
)
# Crimes said of the group as a habit: reject when the subject is the whole group.
_CRIME_OBJ = (
    r"(?: (?:everything|anything|whatever|people|everyone|anyone|you|us|kids|children|women|"
    r"tourists|"
    r"girls|cars|bikes|copper|wallets|phones|purses|babies|it all|from (?:everyone|anyone|"
    r"everybody|anybody|you|us|tourists|stores|shops|employers|their \S+|the \S+)|"
    r"(?:your|our) (?:stuff|things|wallets|cars|bikes|phones|purses|kids|children|daughters|"
    r"women|money|copper)|anything not (?:bolted|nailed) down|(?:and|or) (?:lie|cheat|steal|"
    r"rob|scam|rape|kill|murder|beg)))*"
)
_CRIME_EN = re.compile(
    rf"{_SUBJ_EN}{_ADV_EN}(?P<p>{_ARE_EN}{_NOUN_CRIME_EN}(?: (?:by nature|from birth))?|steal|"
    r"rob|rape|murder|kill|pickpocket|shoplift|loot|smuggle|"
    rf"sell drugs|deal drugs|push drugs|traffic (?:drugs|kids|children|women|girls)|scam|"
    rf"swindle|con people|molest (?:kids|children)|abuse (?:kids|children))"
    rf"{_CRIME_OBJ}{_END_EN}"
)
# The same of a stand-in read as one ("everyone from X is a thief") or of a crime in progress.
_CRIME_EN_MORE = re.compile(
    rf"{_SUBJ_EN}{_ADV_EN}(?P<p>is (?:just |basically |always )?"
    r"(?:a |an )?(?:thief|criminal|crook|rapist|murderer|killer|drug dealer|dealer|smuggler|"
    r"scammer|terrorist|pedophile|predator|gang member|gangbanger)|"
    r"(?:will |would )?(?:rob|steal from|rip off) (?:you|us|anyone|everyone|everybody) blind|"
    r"(?:are|are all) (?:all |always |just |already |basically )*(?:stealing|robbing|dealing|"
    r"running scams|scamming (?:\S+ )?|dealing drugs|"
    r"selling drugs|shoplifting|looting|breaking into \S+|drug dealers?|gang members?|"
    r"criminals?|thie(?:f|ves)|rapists?|murderers?|terrorists?)"
    rf"){_CRIME_OBJ}{_END_EN}"
)
_CRIME_ES = re.compile(
    rf"{_SUBJ_ES}{_ADV_ES}(?P<p>estafan|trafican(?: con)? (?:droga|drogas|personas|ninos|"
    rf"mujeres|armas|hachis|cocaina|marihuana|mota|gente)|venden (?:droga|drogas|mota|"
    r"cocaina|hachis|armas)|lavan (?:dinero|lana|billete)|violan|asesinan|secuestran|"
    r"saquean|roban|asaltan|extorsionan|"
    r"(?:se dedican|viven) (?:a|de) (?:robar|asaltar|delinquir|estafar|traficar|extorsionar|"
    r"vender (?:droga|drogas))|se dedican al (?:robo|narco|narcotrafico|crimen|contrabando|"
    r"trafico de \S+|menudeo)|viven del (?:robo|narco|crimen|contrabando)|"
    r"se (?:lo )?roban(?: todo| lo que (?:sea|pueden|encuentran|ven))?|andan robando|"
    r"(?:vienen|van) (?:nomas |solo |nada mas )?a (?:robar|delinquir|asaltar|violar|matar)|"
    r"son (?:todos |todas |"
    r"puros |puras |unos |unas )?(?:narcos|pandilleros|mareros|rateros|malandros|"
    r"del tren de aragua|"
    r"de la mara|del cartel|ladrones|ladronas|delincuentes|criminales|violadores|asesinos|"
    r"estafadores|terroristas|carteristas|narcotraficantes|traficantes|contrabandistas|"
    r"lavador ?es de dinero|secuestradores|extorsionadores|sicarios))"
    rf"(?: (?:a|todo|a todos|a la gente|a cualquiera|lo que (?:sea|pueden)|y \w+an|"
    r"celulares|carteras|bolsas|carros|coches|autos|motos|bicis|casas|"
    rf"en (?:todos lados|todas partes)|a (?:los )?turistas|todos))*{_END_ES}"
)

_FAMILIES_EN: tuple[tuple[str, str], ...] = (
    ("vice named", rf"(?:{_ARE_EN}{_NOUN_VICE_EN}|are (?:always |all )?(?:drunk|high|wasted))"),
    (
        "dishonesty",
        r"(?:lie|cheat|lie and cheat|beg|hustle|lie about everything|"
        r"stick together and cover for (?:each other|their own)|cheat at (?:everything|"
        r"anything)|will (?:say|do) anything(?: (?:to|for) (?:\S+ ?){1,4})?|cover for each other|"
        r"(?:game|milk|abuse|scam|work|cheat) the system|"
        r"steal (?:our |your |american )?jobs)",
    ),
    (
        "living off welfare",
        r"(?:(?:live|living) off (?:welfare|handouts|benefits|the state|the system|taxpayers|"
        r"our taxes|the government|food stamps|the dole|checks|everyone else)|"
        r"(?:have|pop out|keep having|push out) (?:more )?(?:babies|kids|children) (?:\S+ )?"
        r"(?:just |only )?(?:to|for) (?:collect |get |cash |milk |keep )?(?:the |more |bigger )?"
        r"(?:welfare(?: checks?| money)?|checks|benefits|handouts|food stamps|money|check|"
        r"government money)|"
        r"collect (?:welfare|checks|handouts|benefits)|take (?:more )?(?:\S+ )?from the system|"
        r"(?:are|stay) (?:all )?on welfare|"
        r"get (?:free everything|everything for free|everything free|everything handed))",
    ),
    (
        "incompetence",
        rf"(?:are (?:{_BORN} )?{_BAD_EN} (?:at \S+|{_ROLE_EN})|"
        rf"make (?:{_BORN} )?{_BAD_EN} {_ROLE_EN}|"
        r"can not (?:lead|drive|think|do math|do anything right|run anything|run a country|"
        r"run their own countries|run a business|govern|manage money|handle (?:\S+ )?"
        r"(?:pressure|stress|money|power|authority|responsibility|math|numbers|the job)|"
        r"hold down a job|keep a job|stay sober|stay out of (?:jail|trouble)|"
        r"control themselves|learn)|are (?:not|never) (?:smart|intelligent|capable|"
        r"competent) enough|"
        r"are (?:just |simply |honestly |really |basically )*not (?:equipped|built|made|cut out|"
        r"fit) (?:for|to)(?: (?:modern life|civili[sz]ation|civili[sz]ed society|self government|"
        r"democracy|leadership|office|politics|combat|the job|freedom|this country|society|"
        r"thinking|\S+ work|(?:lead|govern|think|vote|lead anything)))?|"
        r"have (?:lower|low) (?:iqs?|"
        r"intelligence)|"
        r"(?:have )?never (?:built|invented|created|contributed) (?:anything|the wheel)|"
        r"vote with their (?:skin color|skin|race|feelings|emotions|hormones)(?: ,? not (?:with )?"
        r"their (?:brains?|heads?|minds?))?|are not like (?:us|the rest of us|normal people|"
        r"other (?:religious groups|religions|immigrants|people|groups)))",
    ),
    (
        "dirt",
        r"(?:smell|stink|reek|smell (?:bad|awful|terrible|funny|like \S+)|(?:do not|never) "
        r"(?:bathe|wash|shower|clean up after themselves)|eat (?:anything|everything|dogs|cats|"
        r"pets|bats|the pets)(?: that (?:moves|crawls|walks|flies|swims))?|"
        r"(?:make|leave) (?:the |our |every |the whole |a |their )?(?:\S+ )?(?:smell|stink|"
        r"filthy|dirty|a mess|trashed|a dump)|live like (?:pigs|animals|rats|savages)|"
        r"trash (?:every|everything|our|the))",
    ),
    (
        "disloyalty",
        r"(?:serve (?:rome|the pope|beijing|china|israel|moscow|mecca|the vatican|mexico|"
        r"a foreign \S+|their \S+) ,? (?:not|before|over|first)(?: \S+){0,2}|(?:take|"
        r"get) (?:their )?orders "
        r"from(?: \S+){0,2}|are loyal (?:only )?to (?:\S+ ){1,2}(?:first|not|before)|(?:are|"
        r"all are) spies|"
        r"can not be trusted(?: with (?:\S+ ){0,2}?\S+)?|(?:answer|report) to (?:rome|beijing|"
        r"the pope|israel|mecca|moscow|"
        r"the vatican)|(?:put|place) (?:rome|israel|china|mexico|islam|the pope|their \S+) "
        r"(?:first|before|above|over)|(?:have|hold) dual loyalt\w+)",
    ),
    (
        "entitlement",
        r"(?:(?:want special treatment|want special rights|(?:want|expect|demand) "
        r"(?:special treatment|special rights|special privileges|handouts|free stuff|"
        r"everything for free|everything handed to them|everyone else to (?:adjust|pay|cater|"
        r"accommodate|bend|change)))(?: from (?:everyone|everybody|anyone|us|"
        r"society)(?: else)?)?|play the (?:victim|race card|victim card|gender card)|"
        r"(?:whine|complain|cry) about everything|never stop (?:whining|complaining|crying)|"
        r"(?:all )?get (?:a free ride|everything(?: for free| handed to them)?)|(?:already )?have "
        r"more rights than (?:us|everyone|everybody|the rest of us|(?:normal|regular|real) \S+))",
    ),
    (
        "mistreating their own",
        r"(?:treat (?:their |our )?(?:women|wives|daughters|girls|GRP) like (?:property|dirt|"
        r"slaves|dogs|animals|cattle|objects|trash)|see (?:their |our )?(?:women|wives|"
        r"daughters|girls|GRP) as (?:property|objects)|beat their (?:wives|women|kids|children)|"
        r"abandon their (?:kids|children|families|babies)|(?:do not|never) respect (?:women|GRP|"
        r"the law|our laws|laws|authority|anyone|anything|our \S+)|have no respect for "
        r"(?:the law|women|anyone|anything|our \S+))",
    ),
    (
        "to be kept apart",
        r"(?:should|need to|needs to|ought to|had better|better|must) (?:just )?"
        r"(?:stay (?:at )?home|"
        r"stay (?:on their (?:own )?(?:side(?: of \S+)?|farms?(?: out \S+)?|land|"
        r"reservations?|rez)|in their own (?:\S+ )?(?:country|"
        r"countries|neighborhoods?|part of town|side of town|lane)|(?:at )?home where they "
        r"belong|where they belong|in (?:their|the) (?:kitchen|closet|barrio|ghetto|"
        r"reservation|rez)|off (?:our|the) (?:streets|campus)|out of (?:our|this) (?:\S+ )?"
        r"(?:country|town|city|state|neighborhood|schools?|county))|"
        r"be kept (?:home|out|away|apart|separate|separated|locked up|off the streets|"
        r"out of (?:our|the|regular|normal|public) \S+)|move on|go back where they came from|"
        r"be (?:segregated|separated|fenced in|fenced off|walled off)|"
        r"have (?:their own|a separate) (?:class|school|bathroom|section|entrance)"
        r"(?:es|s)?)",
    ),
    (
        "a burden on others",
        r"(?:(?:drag|hold|bring|pull) (?:down|back) (?:every(?:one|body)(?: else)?|every (?:class|"
        r"school|classroom|neighborhood)(?: they are in)?|the rest of (?:us|the class|the school)|"
        r"(?:our|regular|normal) (?:\S+ )?(?:classrooms?|classes|schools|kids|students|"
        r"neighborhoods))|(?:will )?(?:wreck|ruin) the curve for (?:everyone|everybody)(?: else)?)",
    ),
    (
        "tolerated only in their place",
        r"(?:were|was) (?:fine|ok|okay|better off|tolerable|alright|all right) (?:back )?(?:when|"
        r"until) they (?:kept (?:it|to themselves|quiet|their heads down)(?: private| hidden| "
        r"quiet)?|stayed (?:out of (?:\S+ ){0,2}(?:politics|office|government|sports|our \S+)|"
        r"in (?:the closet|their lane|their place|their own \S+|their (?:country|countries|"
        r"neighborhoods?|side))|on their side)|knew their place)",
    ),
    (
        "a danger to children",
        r"(?:(?:have )?(?:always )?(?:go|gone|went|come|came) after (?:kids|children|our kids|"
        r"our children)|prey on (?:kids|children|our kids|our children|little \S+)|"
        r"(?:want|are coming for) (?:our|your) (?:kids|children)(?: too| next)?|"
        r"groom (?:kids|children|our kids|our children)|are (?:all )?(?:groomers|"
        r"a danger to (?:kids|children|our kids|our children)))",
    ),
    (
        "left to fight",
        r"(?:should|can|could|ought to) (?:just )?(?:fight it out|kill each other|finish each "
        r"other off|sort it out among themselves)(?: (?:for|over) (?:\S+ ){0,2}\S+)?",
    ),
    (
        "hating others",
        r"(?:hate|despise|want to kill|want to destroy) (?:men|women|us|america|this country|"
        r"white people|whites|christians|our (?:country|way of life|values|kids|children|"
        r"freedom)|everyone else|everybody else|GRP)",
    ),
    (
        "breeding",
        r"(?:(?:have|keep having|pop out|push out) (?:way )?too many (?:babies|kids|children)"
        r"(?: (?:just |only )?(?:to|for) (?:anchor|collect|get|milk|stay|cash)(?: \S+){0,3})?|"
        r"breed like (?:rabbits|rats|flies|cockroaches|roaches|animals)|"
        r"are (?:all )?(?:pregnant|having babies) on purpose)",
    ),
    (
        "a harm laid on them",
        r"(?:did 9 11|(?:ate|eat) bats and (?:gave us|started|spread) (?:covid|the virus)|"
        r"(?:made|created|started|released|unleashed|spread) (?:covid|the virus|the plague|"
        r"aids|the pandemic)(?: on purpose)?|gave us (?:covid|the virus|aids|the plague)|"
        r"killed (?:jesus|christ|(?:the|our|every|all the) (?:\S+ ){0,3}?(?:stores?|shops?|"
        r"business(?:es)?|economy|jobs))|(?:ruined|destroyed|wrecked|poisoned) (?:the family|"
        r"families|marriage|our (?:kids|children|schools|neighborhoods|town|country|culture|"
        r"neighborhood))|built the whole (?:\S+ )?(?:gang|crime|drug) problem)",
    ),
    (
        "idleness",
        r"(?:(?:do not|will not|never) (?:ever )?(?:work|want to work|hold down a job|keep a job|"
        r"get a job|pay (?:taxes|rent|their rent|their "
        r"bills|their debts|anything|their way)|tip|learn english|follow (?:the )?rules)|"
        r"do not work they \S+)",
    ),
)
# Families said only of a stand-in for a group (`proxies`): of a group's own name, other rules
# read them (and "X should be deported" may be a policy about status, not a people).
_DEHUMANISED = frozenset({"dehumanised"})
_PROXY_ONLY = frozenset({"dehumanised", "not belonging", "to be watched", "trouble"})
_PROXY_FAMILIES_EN: tuple[tuple[str, str], ...] = (
    (
        "dehumanised",
        r"(?:are|is) (?:(?:all|just|nothing but|basically|literally|like|a bunch of|a pack of|"
        r"a plague of|such|total|complete|filthy|dirty|disgusting|no better than) )*"
        r"(?:animals|vermin|rats|cockroaches|roaches|parasites|leeches|savages|beasts|pigs|dogs|"
        r"monkeys|apes|(?:a |an )?(?:infestation|infection|disease|plague|cancer|virus|pest|"
        r"parasite)|subhuman|sub human|not (?:even )?human|(?:human )?(?:trash|garbage|scum|"
        r"filth))",
    ),
    (
        "to be watched",
        r"should (?:all )?be (?:on a (?:watch ?list|list|registry)|watched|tracked|registered|"
        r"monitored|profiled|followed|searched|screened|frisked|stopped|checked|vetted)"
        r"(?: (?:more|extra|twice|again|harder))?"
        r"(?: (?:at|in|on|by|when|before) (?:\S+ ){0,3}?\S+)?",
    ),
    (
        "trouble",
        r"(?:are (?:always |usually |all )*(?:the ones|the first ones|first) (?:fighting|"
        r"starting (?:fights|trouble|it|the fights)|causing (?:trouble|problems)|stealing|"
        r"getting arrested|in trouble|in fights|robbing|selling drugs|breaking in)|"
        r"are (?:always |all )*(?:fighting|starting fights|causing trouble|in trouble)|"
        r"start (?:all )?the (?:fights|trouble))",
    ),
    (
        "not belonging",
        r"(?:(?:do not|does not|will never|never will|never) (?:belong|fit in|integrate|"
        r"assimilate)|do not belong|(?:are not|will never be) (?:real )?americans|"
        r"are not welcome|should (?:not|never) be (?:allowed|let) (?:in|here|into (?:\S+ ){1,3}?"
        r"\S+)|should (?:not|never) (?:be (?:allowed to )?)?(?:teach\w*|fly\w*(?: \S+)?|vote|"
        r"voting|run for \S+|be (?:pilots|cops|police|teachers|doctors|nurses|judges|in charge|"
        r"in office|in government|hired|around kids|near kids)|get (?:hired|jobs)|"
        r"hold office|own (?:land|property|homes|businesses)|live (?:here|near us|next to us|"
        r"among us|in (?:this|our) \S+)|be (?:near|around) (?:our )?(?:kids|children))|"
        r"should (?:all )?(?:be (?:deported|sent back|shipped back|kicked out|run out of town|"
        r"thrown out|rounded up|removed|banned)|go back(?: (?:where|to where) they came from| "
        r"home)?|get out(?! and| to))|need to (?:go|leave|go back))"
        r"(?: (?:here|anywhere|in (?:this|our) (?:\S+ )?(?:country|town|city|state|"
        r"neighborhood|society|schools?|community)|(?:our )?(?:kids|children|schools)))?",
    ),
)
# A fault that is mild on its own: it counts when the writer puts it down to the group's
# nature or culture.
_MILD_EN = (
    r"(?:(?:do not|never) (?:care (?:about|for)|value|show up|try|bother|respect)|"
    r"are (?:always )?(?:late|loud|rude|lazy|cheap|pushy|noisy|violent|aggressive|emotional|"
    r"dramatic|irrational|hysterical|stupid|dumb|slow|greedy|dishonest)|"
    r"can not (?:\S+)|(?:will|would) (?:\S+ )?(?:anything|everything) for|"
    r"(?:do not|never|can not) (?:know how to )?raise (?:their|\S+) (?:kids|children)|"
    r"(?:are|have been) (?:always )?(?:behind|backward|primitive)|drop out|are built for \S+)"
)
_FAMILIES_ES: tuple[tuple[str, str], ...] = (
    (
        "dishonesty",
        r"(?:mienten|enganan|mienten y roban|todos mienten|todas mienten|(?:le |les )?sacan "
        r"(?:provecho|ventaja|tajada) (?:de|a)(?: \S+){1,5}?|se aprovechan (?:de|"
        r"del)(?: \S+){1,4}?|"
        r"buscan (?:sacar )?(?:ventaja|provecho)|viven del cuento)",
    ),
    (
        "a danger to children",
        r"(?:(?:estan|andan|vienen a|quieren) (?:corrompiendo|corromper|pervirtiendo|pervertir|"
        r"danando|danar|adoctrinando|adoctrinar|reclutando|reclutar) a (?:nuestros|nuestras|los|"
        r"las|tus|mis) (?:ninos|ninas|hijos|hijas|jovenes|chamacos|chavos|escuelas)|"
        r"(?:corrompen|pervierten|acosan|reclutan) a (?:nuestros|los|las|tus) (?:ninos|ninas|"
        r"hijos|hijas|jovenes|chamacos)|son un peligro para (?:nuestros|nuestras|los|las) "
        r"(?:ninos|ninas|hijos|hijas))",
    ),
    (
        "violence",
        r"(?:tienden (?:mas )?a (?:la violencia|delinquir|robar|el crimen|la delincuencia|"
        r"ser violent[oa]s|la criminalidad|pelear)|son (?:mas )?propens[oa]s a (?:la violencia|"
        r"delinquir|robar|el crimen|la delincuencia)|solo (?:entienden|conocen) (?:la violencia|"
        r"a golpes|a la mala))",
    ),
    (
        "bringing disorder",
        r"(?:(?:solo |nomas |siempre )?traen (?:puro |pura |mucho |mucha |solo |nomas |puros |"
        r"puras )?(?:desorden|problemas|delincuencia|crimen|violencia|enfermedades|basura|droga|"
        r"drogas|inseguridad|suciedad|mugre|cochinero|caos|ratas|piojos)|(?:llenan|ensucian) "
        r"(?:\S+ ){1,3}de (?:basura|mugre|delincuencia|droga|ratas))",
    ),
    (
        "named a traitor race or a plague",
        r"(?:son (?:una|otra) raza (?:traicioner\w*|inferior|maldita|sucia|floja|violenta|"
        r"podrida|degenerada|salvaje|de (?:ladrones|flojos|traidores|salvajes|delincuentes))|"
        r"son (?:unas )?razas (?:inferiores|malditas|degeneradas|salvajes)|"
        r"son (?:una|la) (?:plaga|lacra|peste|infeccion|enfermedad|invasion)|"
        r"son (?:pura |puro )?(?:basura|escoria|parasitos|alimanas))",
    ),
    (
        "a vile trait",
        r"(?:son (?:(?:todos|todas|unos|unas|puros|puras|bien|muy|mas) )*(?:traicioner[oa]s|"
        r"sucios|sucias|cochin[oa]s|mugros[oa]s|salvajes|hipocritas|tramposos|tramposas|"
        r"mentiros[oa]s|aprovechad[oa]s|inferiores|incivilizad[oa]s|degenerad[oa]s|"
        r"pervertid[oa]s|enferm[oa]s mentales|parasitos|mantenid[oa]s)|"
        r"son (?:(?:todos|todas|puros|puras|unos|unas) )+(?:sumis[oa]s|flojos|flojas|"
        r"huevones|ignorantes|brut[oa]s|violent[oa]s|peligros[oa]s|problematic[oa]s|"
        r"conflictiv[oa]s|interesad[oa]s|atrasad[oa]s|primitiv[oa]s|irresponsables|"
        r"manos[oa]s|ruidos[oa]s|corrupt[oa]s))",
    ),
    (
        "worth less",
        r"(?:(?:no valen (?:igual|lo mismo|nada)|valen menos|rinden menos|no rinden (?:igual|"
        r"lo mismo))(?: (?:en|que) (?:el |la |los |las |un |una )?\S+)?|no dan para mas|"
        r"no les da (?:la cabeza|el cerebro)|son inferiores|"
        r"no tienen la misma (?:capacidad|inteligencia)|no son (?:igual de )?(?:capaces|"
        r"inteligentes) (?:que|como) (?:nosotros|los demas|\S+))",
    ),
    (
        "to be kept out",
        r"(?:no deberian (?:ni )?(?:poder )?(?:manejar|conducir|votar|ser maestr[oa]s|dar clases|"
        r"adoptar|tener (?:tantos )?hijos|casarse|mandar|gobernar|tener derechos|tener papeles|"
        r"vivir aqui|"
        r"estar aqui|estar (?:cerca de|con) (?:los )?ninos|trabajar con ninos|ser policias|"
        r"ser juez(?:as)?|ser jueces|estar en (?:la )?politica|estar en el gobierno|"
        r"salir (?:a la calle|de su casa|solas))|deberian (?:vivir|estar|quedarse) (?:aparte|"
        r"separad[oa]s|encerrad[oa]s|vigilad[oa]s|fichad[oa]s|registrad[oa]s|"
        r"lejos(?: de (?:la gente|nosotros|aqui|"
        r"nuestros|las familias)(?: \S+)?)?|en su (?:pais|casa|tierra|rancho))(?: todos| todas)?"
        r"(?: (?:por|ante) (?:la|el) (?:policia|gobierno|estado))?|deberian (?:registrarse|"
        r"ser fichad[oa]s|ser registrad[oa]s|ser vigilad[oa]s)(?: (?:ante|por) (?:la|el) "
        r"(?:policia|gobierno|estado))?)",
    ),
    (
        "living off welfare",
        r"(?:cobran (?:pensiones|ayudas|subsidios|apoyos|paguitas)(?: y ni trabajan)?|"
        r"tienen hijos (?:\S+ )?(?:solo |nomas |nada mas )?para (?:cobrar|vivir de|recibir|"
        r"sacar|pedir)(?: (?:el |la |los |las )?\S+)?|viven (?:de|del) (?:las ayudas|"
        r"los subsidios|la asistencia|nuestros "
        r"impuestos|el estado|papa estado|los apoyos|el gobierno|los demas|la beneficencia))",
    ),
    (
        "incompetence",
        rf"(?:son (?:\S+ )?{_BAD_ES} {_ROLE_ES}|no (?:saben|pueden) (?:manejar|conducir|liderar|"
        r"mandar|gobernar|pensar|hacer nada bien|administrar)|no saben (?:ni )?(?:votar|trabajar|"
        r"leer)|"
        r"son (?:muy |demasiado |bien |mas )?(?:emocionales|sentimentales|debiles|histericas|"
        r"hormonales) (?:para|pa)(?: \S+){1,3}?|"
        r"no tienen (?:el|la) "
        r"(?:temple|temperamento|cerebro|capacidad|cabeza|inteligencia)(?: para (?:\S+ ?){1,3})?|"
        r"no estan (?:preparad[oa]s|"
        r"hech[oa]s) (?:para|pa)(?: \S+)?|(?:votan|gobiernan|deciden|piensan|mandan) con (?:el "
        r"corazon|las emociones|la emocion|el sentimiento|el higado|las hormonas)(?: ,? (?:no|y no|"
        r"nunca) con (?:el cerebro|la cabeza|la razon))?|se dejan llevar por (?:el sentimiento|"
        r"las emociones|el corazon|la emocion)|(?:no|nunca) se (?:van a )?civiliza\w*(?: por mas "
        r"(?:\S+ ?){1,6}?)?|no tienen (?:el )?caracter (?:para|pa)(?: \S+)?|no sirven (?:ni )?"
        r"(?:para|pa) (?:nada|mandar|gobernar|trabajar|estudiar|pensar)|(?:solo|"
        r"nomas) saben (?:robar|pedir|quejarse|llorar|estirar la mano|"
        r"parir|"
        r"hacer hijos))",
    ),
    (
        "dirt",
        r"(?:no se (?:banan|lavan|asean)|apestan|(?:se )?comen (?:de todo|cualquier cosa|"
        r"lo que sea|"
        r"perros|gatos|todo lo que se mueve)|viven como (?:cerdos|animales|ratas|puercos))",
    ),
    (
        "disloyalty",
        r"(?:sirven a (?:roma|pekin|china|israel|moscu|el papa|la meca|el vaticano|\S+) ,? "
        r"(?:no a|antes que)(?: \S+){0,2}|reciben ordenes de|son espias|no son de fiar|"
        r"no se puede confiar "
        r"en ellos)",
    ),
    (
        "entitlement",
        r"(?:(?:quieren|exigen|esperan) (?:trato especial|privilegios|derechos especiales|todo "
        r"gratis|que les regalen|que todos se adapten)|se hacen (?:siempre )?las victimas)",
    ),
    (
        "mistreating their own",
        r"(?:tratan a (?:sus |las |nuestras )?(?:mujeres|esposas|hijas|GRP) como (?:propiedad|"
        r"basura|esclavas|perros|animales|objetos)|abandonan a sus (?:hijos|familias)|"
        r"golpean a sus (?:mujeres|esposas|hijos)|odian a (?:los|las|todos los|todas las) "
        r"(?:hombres|mujeres|blancos|cristianos|catolicos|mexicanos|ninos))",
    ),
    (
        "idleness",
        r"(?:ni trabajan|no se (?:mezclan|juntan) con nadie|no (?:trabajan|quieren trabajar|"
        r"pagan (?:impuestos|la renta|el alquiler|"
        r"sus "
        r"deudas|nada)|dan propina|se integran|aprenden el idioma))",
    ),
)
_MILD_ES = (
    r"(?:no (?:les importa|respetan|valoran|llegan a tiempo|cuidan)|son (?:siempre )?"
    r"(?:impuntuales|ruidos[oa]s|groser[oa]s|flojos|flojas|violent[oa]s|agresiv[oa]s))"
)
# The fault put down to nature or culture, in the same sentence or the next.
_ESSENCE = re.compile(
    r"\b(?:(?:it is|that is|its|thats|this is)(?: just| all| so| simply| purely| totally| "
    r"literally)? (?:cultural|(?:in |part of )?(?:their|the) (?:culture|blood|dna|nature|"
    r"genes|religion)|genetic|in the blood|how they are(?: raised| built| wired| made)?|"
    r"a cultural thing|the culture|just who they are|who they are|biology|science|genetics|"
    r"biologico|biologia|ciencia|genetica)|because (?:of )?(?:the|their) culture|by nature|"
    r"in their "
    r"(?:blood|dna|genes|nature)|(?:es|eso es) (?:algo )?(?:cultural|de su cultura|su cultura|"
    r"genetico|de raza)|lo llevan en la sangre|(?:esta|va) en su (?:sangre|adn|naturaleza|"
    r"cultura|raza)|por naturaleza)\b"
)
# The line held up as someone's claim, a stereotype or a myth.
_HELD_UP = re.compile(
    r"\b(?:stereotypes?|myths?|tropes?|prejudice|generaliz\w+|generalis\w+|estereotipos?|"
    r"mitos?|prejuicios?|generaliza\w*|racist\w*|racism|bigot\w*|xenophob\w*|racista|"
    r"racismo|xenofob\w*|said no one|said nobody|is what \S+ (?:say|says|said|think|thinks|"
    r"believe|believes)|that is what \S+ (?:say|says|said|think|thinks)|(?:people|they|some) "
    r"(?:say|claim|think)|or so (?:they|he|she|people) (?:say|said|claim)|supposedly|"
    r"dicen que|segun (?:ellos|el|ella|mi)|eso dicen)\b"
)
_NOT_HELD_UP = re.compile(
    r"\b(?:not|no|is not|isnt|ni) (?:a |an |un |una |just )?(?:stereotype|myth|prejudice|"
    r"estereotipo|mito|prejuicio|racist|racista|racism|racismo)\b|"
    r"\b(?:i am|im) not (?:a )?(?:racist|bigot)|\bno soy racista\b|\bcall me (?:a )?racist|"
    r"\bno (?:lo )?digo (?:esto )?(?:por|de) (?:ser )?racista|\bno es (?:por )?(?:ser )?"
    r"(?:racista|racismo)|\bsin ser racista|\bnot (?:being|to be|trying to be) racist"
)
_SOURCE = re.compile(
    r"\b(?:study|studies|data|statistics|stats|census|survey|per capita|percent|according to|"
    r"report|reports|fbi|doj|estudio|estudios|datos|estadisticas|encuesta|censo|segun el)\b|%"
)


def _patterns(subject: str, adverbs: str, families, mild: str, end: str):
    out = [(what, re.compile(rf"{subject}{adverbs}(?P<p>{body}){end}")) for what, body in families]
    out.append(("a fault", re.compile(rf"{subject}{adverbs}(?P<p>{mild})\b")))
    return tuple(out)


_EN = _patterns(_SUBJ_EN, _ADV_EN, _FAMILIES_EN + _PROXY_FAMILIES_EN, _MILD_EN, _END_EN)
_ES = _patterns(_SUBJ_ES, _ADV_ES, _FAMILIES_ES, _MILD_ES, _END_ES)
# Shapes where the group is not the sentence's opener: "nomas llegan los X y el parque se
# vuelve un desorden", "every X I've done business with tried to cheat me", "if X wanted respect
# they'd stop ...", "put an X teacher in ... and act surprised when ...". Each holds; `one`
# marks a shape that names one member standing for all ("every X", "put an X ...").
_FREE_ES: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    (
        "bringing disorder",
        re.compile(
            r"(?:^|, |\b(?:y|pero|pues) )(?:nomas|nada mas|apenas|en cuanto|donde|desde que|"
            r"cada vez que|basta que) (?:llegan|llegaron|se instalan|se meten|entran|vienen|hay) "
            r"(?:los |las |esos |esas |unos |unas |puros |tantos |tantas |muchos |muchas )?"
            r"(?P<g>(?:GRP )+)(?:\S+ ){0,8}?(?P<p>se (?:vuelve|pone|llena|hace|convierte)(?: en|"
            r" de)? "
            r"(?:un |una |puro |pura )?(?:desorden|cochinero|basurero|chiquero|pocilga|muladar|"
            r"mugrero|insegur[oa]|peligros[oa]|basura|delincuencia|ratas|caos|un asco|desastre)|"
            r"(?:empiezan?|empiezan|comienzan?) (?:los robos|los problemas|la delincuencia|"
            r"el desorden|los asaltos)|(?:hay|sube|suben) (?:mas )?(?:robos|delincuencia|crimen|"
            r"inseguridad|asaltos))"
        ),
        False,
    ),
)
_FREE_ES = (
    *_FREE_ES,
    (
        "respect to be earned",
        re.compile(
            r"\bsi (?:los |las )?(?P<g>(?:GRP )+)(?:de verdad )?quieren (?:respeto|que (?:los|las) "
            r"respeten|que (?:los|las) traten (?:bien|igual|como \S+)) ,? (?P<p>que (?:se lo ganen|"
            r"dejen de \S+|se comporten|aprendan a \S+|primero \S+))"
        ),
        False,
    ),
)
_FREE_EN: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    (
        "dishonesty",
        re.compile(
            r"\bevery (?:single )?(?P<g>(?:GRP )+)(?:\S+ )?(?:i|we) (?:have |had |ever |ve )*"
            r"(?:done business with|met|known|worked with|hired|rented to|dealt with|employed|"
            r"lent money to|sold to|bought from|had|rented|had as \S+(?: \S+)?) (?:has |have |"
            r"had )?(?:ever )?"
            r"(?:always )?(?P<p>(?:tried to |tries to |wanted to |managed to )?(?:cheat|scam|rob|"
            r"steal|swindle|chisel|lie|con|rip (?:me|us) off|screw (?:me|us)|stiff (?:me|us)|"
            r"skip|trash|destroy|wreck|left the place|stolen|cheated|scammed|robbed|lied|trashed|"
            r"wrecked|destroyed)\S*)"
        ),
        True,
    ),
    (
        "respect to be earned",
        re.compile(
            r"\bif (?P<g>(?:GRP )+)(?:people )?(?:really |actually )?(?:want|wanted) (?:respect|"
            r"to be respected|to be treated (?:\S+ ?){1,3}?|acceptance|to be accepted|equality|"
            r"to be taken seriously)(?: \S+){0,3}? ,? (?:then )?(?:they would|they d|theyd) "
            r"(?P<p>(?:stop|quit) \S+(?: \S+){0,3})"
        ),
        False,
    ),
    (
        "a danger to children",
        re.compile(
            r"\bput (?:a|an|one) (?P<g>(?:GRP )+)(?:\S+ )?(?:in|into|near|around|with|"
            r"in charge of) "
            r"(?:\S+ ){0,8}?(?P<p>and (?:then )?(?:act|be|pretend to be|play) (?:all )?"
            r"(?:surprised|shocked|dumb) when)"
        ),
        True,
    ),
)
_NATURE_ADV = re.compile(r"\b(?:naturally|by nature|genetically|inherently|por naturaleza)\b")


def _groupish(an: Analysis, u: Unit, nxt: Unit | None) -> bool:
    """A group word, a name for a group, a disability word before "people", or a stand-in
    ("those people") for a group the comment named before."""
    if (u.code in ("G", "g") and u.has("G")) or u.text in _NAMED:
        return True
    if u.text in _PROXY_BEFORE_PEOPLE:
        return nxt is not None and nxt.text == "people"
    if u.text in _STAND_INS:  # or read as a group by the analysis (a people's nature told)
        return u.code == "G" or any(
            an.units[k].has("G") for k in an.by_class.get("G", ()) if k < u.index
        )
    return False


_GROUP_CODES = frozenset({"G", "g"})
_MAY_NAME = _NAMED | _PROXY_BEFORE_PEOPLE | _STAND_INS
_CODE, _TEXT = attrgetter("code"), attrgetter("text")


def _may_name(an: Analysis, units) -> bool:
    """A unit that is or may stand for a group's name (`_groupish` reads which), tested in C."""
    return not _GROUP_CODES.isdisjoint(map(_CODE, units)) or not _MAY_NAME.isdisjoint(
        map(_TEXT, units)
    )


_CLAUSE_MARK = re.compile(r"[,;:()—–-]")  # between two units: a "," in the masked sentence


def _may_stand_in(units) -> bool:
    """A unit one of the stand-ins for a group (`proxies`) holds, tested in C."""
    return not proxies.KEYS.isdisjoint(map(_TEXT, units))


def _masked(
    an: Analysis, units: tuple[Unit, ...], stand_ins: bool = False
) -> tuple[str, list[int], list[int], dict[int, str]]:
    """A sentence's words with groups as `GRP` and a `,` where the text had a clause mark,
    plus each word's offset in that text, its unit index (-1 for a mark), and with
    `stand_ins`, each stand-in for a group (`proxies`) made one `GRP` too, its kind by the
    index of its first unit."""
    words: list[str] = []
    offsets: list[int] = []
    index: list[int] = []
    pos = 0
    text = an.norm.text
    for i, u in enumerate(units):
        gap = u.start - units[i - 1].end if i else 0
        # most gaps are one space, which holds no mark: no search for them
        if (
            gap > 0
            and (gap > 1 or text[u.start - 1] != " ")
            and (_CLAUSE_MARK.search(text, u.start - gap, u.start))
        ):
            words.append(",")
            offsets.append(pos)
            index.append(-1)
            pos += 2
        nxt = units[i + 1] if i + 1 < len(units) else None
        words.append("GRP" if _groupish(an, u, nxt) else u.text)
        offsets.append(pos)
        index.append(u.index)
        pos += len(words[-1]) + 1
    kinds: dict[int, str] = {}
    if stand_ins:
        words, index, kinds = proxies.collapse(words, index)
        offsets = []
        pos = 0
        for word in words:
            offsets.append(pos)
            pos += len(word) + 1
    return " ".join(words), offsets, index, kinds


def _last_unit(offsets: list[int], index: list[int], end: int) -> int:
    inside = [index[i] for i, o in enumerate(offsets) if o < end and index[i] >= 0]
    return inside[-1]


def _group_is_plural(an: Analysis, units: list[Unit], tail_after: bool) -> bool:
    last = units[-1]
    return (
        tail_after
        or _plural_group(last)
        or last.text in _INVARIANT
        or last.text in _STAND_INS
        or last.text in _NAMED
    )


def _find(an: Analysis) -> list[tuple[int, int, str, bool]]:
    """(first unit, last unit, family, rejects) for each generalising sentence."""
    found: list[tuple[int, int, str, bool]] = []
    es = an.lang == "es"
    families = _ES if es else _EN
    crime = _CRIME_ES if es else _CRIME_EN
    for s, (base, codes) in enumerate(an.sentences):
        if an.sentence_ends[s]:
            continue  # a question: asked, not said
        units = an.units[base : base + len(codes)]
        stand_ins = _may_stand_in(units)
        if "G" not in codes and "g" not in codes and not stand_ins and not _may_name(an, units):
            continue
        text, offsets, index, kinds = _masked(an, units, stand_ins)
        if "GRP" not in text:
            continue
        hit = None
        m = crime.search(text)
        if m is None and not es:
            m = _CRIME_EN_MORE.search(text)
        if m is not None:
            hit = (m, "a crime", True)
        else:
            for what, rx in families:
                m = rx.search(text)
                if m is None:
                    continue
                if what == "a fault" and not _essentialised(an, s, text, m):
                    continue
                if what in _PROXY_ONLY and (
                    kinds.get(_last_unit(offsets, index, m.start("g") + 1)) is None
                ):
                    continue
                hit = (m, what, False)
                break
        one = False
        if hit is None:
            for what, rx, single in _FREE_ES if es else _FREE_EN:
                m = rx.search(text)
                if m is not None:
                    hit, one = (m, what, False), single
                    break
        if hit is None:
            continue
        m, what, rejects = hit
        g_first = _last_unit(offsets, index, m.start("g") + 1)
        g_last = _last_unit(offsets, index, m.end("g") - 1)
        groups = [an.units[k] for k in range(g_first, g_last + 1)]
        after = text[m.end("g") :].split(" ", 1)[0]
        tail = after in _TAIL_WORDS
        kind = kinds.get(g_first)
        if kind is None and not one and not _group_is_plural(an, groups, tail):
            continue
        first = index[next(i for i, o in enumerate(offsets) if o >= m.start("g"))]
        last = _last_unit(offsets, index, m.end("p"))
        if rejects and (m.groupdict().get("loose") or any(_weak_group(u) for u in groups)):
            rejects = False
        if kind is not None:
            rejects = what in _DEHUMANISED and kind == "placed"
        found.append((first, last, what, rejects))
    return found


def _essentialised(an: Analysis, s: int, text: str, m: re.Match) -> bool:
    """The mild fault is put down to the group's nature: an adverb of nature before it, or
    "it's cultural" / "by nature" after it in the sentence or opening the next one."""
    if _NATURE_ADV.search(m.group("adv") or ""):
        return True
    if _ESSENCE.search(text[m.end() :]):
        return True
    if s + 1 < len(an.sentences):
        base, codes = an.sentences[s + 1]
        nxt = " ".join(u.text for u in an.units[base : base + min(len(codes), 10)])
        return bool(_ESSENCE.match(nxt) or _ESSENCE.search(nxt[:40]))
    return False


# The disclaimer as it stands in the comment, ending just before the claim it introduces.
_DISCLAIMER = re.compile(
    rf"\b{_DISCLAIM_ES}(?: (?:todos|todas|casi todos|la mayoria de))?"
    r"(?: (?:los|las|estos|estas|esos|esas))?$"
)


# "No lo digo por racista", "no es por ser machista", "a mí no me digan homofóbico" anywhere
# in the comment, up to the clause's end.
_DISCLAIM_ANY = re.compile(
    r"\b(?:no (?:lo )?digo (?:esto )?(?:por|de) (?:ser )?|no es (?:por )?(?:ser )?|no soy |"
    r"sin ser |sin (?:animo|intencion) de ser |a mi no me (?:digan|llamen) |que conste que no soy )"
    r"(?:racist\w*|machist\w*|homofob\w*|xenofob\w*|racismo|machismo|homofobia|xenofobia|"
    r"clasista|transfob\w*)\b(?: ni \w+)?(?: ,)?(?: pero\b)?"
)


def _held_up(an: Analysis, first: int, last: int) -> bool:
    """The comment calls such lines a stereotype, a myth or racist, attributes them, or
    discusses figures with a source; or the words are quoted, reported, denied or refuted.
    A disclaimer that introduces the claim ("no lo digo por racista, pero los X ...") is
    neither a negation of it nor counter-speech."""
    folded = an.norm.text
    if _DISCLAIM_ANY.search(folded):
        return _held_up_without_disclaimer(an, _DISCLAIM_ANY.sub(" ", folded))
    if _HELD_UP.search(folded):
        spans = [m.span() for m in _NOT_HELD_UP.finditer(folded)]
        if any(not any(a <= h.start() <= b for a, b in spans) for h in _HELD_UP.finditer(folded)):
            return True
    if any(u.quoted for u in an.units[first : last + 1]):
        return True
    sentence = an.sentence_run(first)
    lead = " ".join(u.text for u in sentence if u.index < first)
    if lead and _DISCLAIMER.search(lead):
        but = max(u.index for u in sentence if u.index < first and u.text.endswith("pero"))
        text = an.norm.text
        return _held_up_without_disclaimer(
            an, text[: sentence[0].start] + text[an.units[but + 1].start :]
        )
    return suppressed(an, first, last) or _condemned(an, first, last)


def _held_up_without_disclaimer(an: Analysis, text: str) -> bool:
    """Every claim is held up in the comment read again without its disclaimer (`text`): the
    disclaimer's "no" and "racista" are the writer's cover for the claim, not a denial or a
    condemnation of it."""
    again = analyse(text, an.lang)
    return all(_held_up(again, a, b) for a, b, _, _ in _find(again))


@rule("hate.generalised", Category.HATE)
def generalised(an: Analysis, sub: Submission) -> list[Hit]:
    """Hold (or, for a crime, reject) a sentence that puts a vice on a whole protected group."""
    del sub
    if not an.units or an.lang not in ("en", "es"):
        return []
    if (
        "G" not in an.codes
        and "g" not in an.codes
        and not _may_name(an, an.units)
        and not _may_stand_in(an.units)
    ):
        return []
    for first, last, what, rejects in _find(an):
        if _held_up(an, first, last):
            continue
        sentence = " ".join(u.text for u in an.sentence_run(first))
        if _SOURCE.search(sentence):
            continue  # figures with a source: a discussion of data
        group_words = {an.units[k].text for k in range(first, last + 1)}
        if group_words & _TEAM_NAMES and _SPORT.search(an.norm.text):
            continue  # "Roma steal it late against Lazio"
        strong = rejects and not _SOURCE.search(an.norm.text)
        return [
            Hit(
                "hate.generalised",
                _REJECT if strong else _HOLD,
                (an.span(first, last),),
                f"a vice put on a whole protected group: {what}",
                cap_hold=not strong,
            )
        ]
    return []
