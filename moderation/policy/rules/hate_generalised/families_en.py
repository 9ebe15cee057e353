"""The English vice families of `hate.generalised`: predicates that hold when said of a whole
group (a vice named, dishonesty, living off welfare, incompetence, dirt, disloyalty, entitlement,
mistreating their own, to be kept apart, a burden on others, ...), each a regex source under
its family's name; those read only of a stand-in for a group (`_PROXY_FAMILIES_EN`: "the rez
kids", "people from Haiti"; `hate.proxies`); and the faults that are mild on their own
(`_MILD_EN`), which count only when put down to the group's nature (`finder._essentialised`).
`patterns` frames and compiles them.
"""

from __future__ import annotations

from moderation.policy.rules.hate_generalised.frame import ARE_EN

_ROLE_EN = (
    r"(?:leaders?|drivers?|parents?|mothers?|fathers?|moms?|dads?|workers?|employees?|bosses|"
    r"managers?|tenants?|neighbors?|neighbours?|students?|teachers?|doctors?|pilots?|soldiers?|"
    r"engineers?|scientists?|athletes?|citizens?|cooks?|husbands?|wives|decision makers?|"
    r"negotiators?|politicians?|voters?|coworkers?|co workers?|officers?|cops?|nurses?|"
    r"presidents?|mayors?|ceos?|coaches|referees?|refs?|judges?|drivers?|human beings|people)"
)
_BORN = r"(?:naturally|just|all|such|really|so|genetically|inherently|simply|always|born|truly)"
_BAD_EN = r"(?:bad|terrible|lousy|awful|horrible|poor|useless|hopeless|incompetent|worse|the worst)"

# How much more a group is said to do of a harm, and the harms counted ("far more violent crime").
_MUCH = r"(?:way|far|much|a lot|so much|many times|twice as much|ten times|\d+ times)"
_CRIME_KIND = (
    r"(?:violent |serious |property |street |gun |sex )?(?:crimes?|violence|rapes?|murders?|"
    r"homicides?|shootings|robberies|stabbings|break ins|burglaries)"
)

_NOUN_VICE_EN = (
    r"(?:liars|cheats|cheaters|freeloaders|moochers|leeches|spongers|beggars|drunks|"
    r"alcoholics|junkies|addicts|deadbeats|copycats|welfare queens|welfare cases|"
    r"spies|traitors|savages|barbarians|primitives)"
)

FAMILIES_EN: tuple[tuple[str, str], ...] = (
    ("vice named", rf"(?:{ARE_EN}{_NOUN_VICE_EN}|are (?:always |all )?(?:drunk|high|wasted))"),
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
        # the mirror of `hate/comparison_favoured.py`: "X commit more crime than people born
        # here", "X are more likely to steal than ...", "X take more welfare than ..."
        "more crime than others",
        rf"(?:(?:commit|cause|do) (?:{_MUCH} )?more {_CRIME_KIND}|"
        rf"are (?:{_MUCH} )?(?:more (?:violent|criminal|dangerous)|(?:more likely|likelier) to "
        r"(?:commit (?:\S+ )?crimes?|rape|steal|kill|murder|rob|be criminals|end up in (?:jail|"
        rf"prison)))|(?:use|take|get|collect|live on) (?:{_MUCH} )?more (?:welfare|handouts|"
        r"benefits|food stamps))(?: than (?:\S+ ){0,4}?\S+)?",
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
DEHUMANISED = frozenset({"dehumanised"})
PROXY_ONLY = frozenset(
    {"dehumanised", "not belonging", "to be watched", "trouble", "a people's vice"}
)
PROXY_FAMILIES_EN: tuple[tuple[str, str], ...] = (
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
        # "People from X are lazy": of a country's people the vice needs no "by nature"; of a
        # group's own name `hate.derogation` reads it
        "a people's vice",
        r"(?:are|is) (?:(?:all|just|so|really|basically|always|such|mostly|a bunch of) )*"
        r"(?:lazy|filthy|dirty|stupid|dumb|savages?|primitive|uncivili[sz]ed|backward|liars|"
        r"freeloaders|bums|lazy bums|leeches|scum|trash|garbage|thieves|criminals|disgusting|"
        r"inferior)",
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
MILD_EN = (
    r"(?:(?:do not|never) (?:care (?:about|for)|value|show up|try|bother|respect)|"
    r"are (?:always )?(?:late|loud|rude|lazy|cheap|pushy|noisy|violent|aggressive|emotional|"
    r"dramatic|irrational|hysterical|stupid|dumb|slow|greedy|dishonest)|"
    r"can not (?:\S+)|(?:will|would) (?:\S+ )?(?:anything|everything) for|"
    r"(?:do not|never|can not) (?:know how to )?raise (?:their|\S+) (?:kids|children)|"
    r"(?:are|have been) (?:always )?(?:behind|backward|primitive)|drop out|are built for \S+)"
)
