"""The statement shapes of `hate.en_belittled`, over a sentence's masked words (`GRP`, women
`WMN`, immigration status `MIG`, a pronoun read as the group `THEY`)."""

from __future__ import annotations

import re

G = r"(?:GRP|WMN|MIG|THEY)"
A = r"(?:a |an |the |those |these |all |most |any )?"
_G = G  # the shapes below read the short private names
_A = A

# Low expectations: "what else would you expect from a X", "of course a X would mess it up".
_EXPECTED = (
    rf"(?:you can not|can not|you could not|do not|never) expect (?:anything|much|more|"
    rf"better|any better|intelligence|sense|manners|decency)(?: \S+)? (?:from|of) {_A}{_G}|"
    rf"of course {_A}{_G} (?:would|will|had to|managed to|did) (?:\S+ )?(?:mess|screw|muck|"
    r"fuck|cock|balls) (?:it |things |everything |that |this )?up|"
    rf"(?:that is|that s|there you go|such is) {_A}{_G} for you"
)
# A fault put in the group's nature ("it is in the nature of X to lie", "lying comes
# naturally to X"), a beast trusted over it, an old saying of greed aimed at it, crime blamed on
# its arrival.
_NATURED = (
    rf"it is in the (?:nature|blood|dna|genes|culture) of {_A}{_G} to \S+|"
    rf"(?:lying|stealing|cheating|violence|crime|laziness|begging|killing|deceit|deception) "
    rf"(?:comes|come) (?:so )?naturally to {_A}{_G}|"
    rf"(?:you can not|can not|you could not|do not) expect {_A}{_G} to (?:behave|act|live|"
    r"think|eat|talk) like (?:civili[sz]ed|normal|decent|real|proper) (?:people|humans|human "
    r"beings|adults|men|women)|"
    r"i (?:would|d|will) (?:rather )?(?:trust|respect|like|believe|hire) (?:a |an |my )?"
    r"(?:dog|rat|snake|pig|cat|goat|monkey|donkey|cockroach|parrot)s? (?:more )?(?:than|over|"
    rf"before) {_A}{_G}|"
    rf"give {_A}{_G} an inch|"
    rf"(?:ever )?since {_A}{_G} (?:arrived|came|moved in|showed up|got here|took over|came "
    r"here|started coming)(?: \S+){0,3}? (?:crime|rapes?|violence|theft|thefts|drugs|disease|"
    r"diseases|stabbings|robberies|murders) (?:has |have )?(?:gone up|risen|soared|exploded|"
    r"increased|skyrocketed|doubled|tripled)"
)
_THERE = r"(?! (?:in|there|here|at|during|under|these days|nowadays|living))"
# Being one, or like one, as the insult itself: "you throw like a X", "I'd be ashamed to be a
# X", "thank god I'm not a X", "nobody would ever want to marry a X", "just looking at a X
# makes me sick".
_LIKE_ONE = (
    # not a gift ("you run like a Kenyan", "you cook like an Italian grandmother")
    r"(?:you (?:\S+ ){0,2}?|(?:^|(?<= ))(?:quit|stop) )(?:throw|throws|throwing|cry|crying|"
    r"whine|whining|scream|screaming|drive|driving|behave|behaving|act|acting|smell|smelling|"
    r"complain|complaining|bitch|bitching|think|thinking) like (?:a |an |some )?"
    rf"{_G}(?:$| (?:so|lol|haha|grow up|man up|pathetic|gross|stop it|you idiot|loser))|"
    rf"you must be {_A}{_G} (?:given|since|because|seeing|judging by|with) how (?:stupid|dumb|"
    r"thick|lazy|ugly|useless|pathetic|weak|slow|dirty|smelly)|"
    r"(?:ew|eww|ugh|yuck|gross|yikes) what (?:a |an )?(?:GRP|WMN|MIG)$|"
    r"i (?:would|d|will) (?:be (?:so |really )?(?:embarrassed|ashamed|mortified|humiliated) to "
    rf"be|hate to be|rather die than be|rather be dead than) {_A}{_G}|"
    # not a place's danger: "thank god I'm not a X in that country"
    rf"thank (?:god|goodness|heavens|christ|fuck) (?:that )?(?:i am|i was) not {_A}{_G}{_THERE}|"
    r"i (?:would|d) (?:kill myself|shoot myself|end it all|end it|die of shame) if i (?:were|was|"
    rf"became|turned into|turned out to be) {_A}{_G}{_THERE}|"
    r"(?:nobody|no one|no man|no woman|no sane person|no decent person|no normal person) "
    r"(?:would|will|could) (?:ever )?(?:want to |wanna )?(?:marry|date|love|kiss|hire|befriend|"
    # a group named, not "them": "nobody will hire them" laments a barrier
    r"be friends with|live with|sleep with) (?:a |an |the |those |these |any )?"
    r"(?:GRP|WMN|MIG)$|"
    r"(?:shut (?:the fuck |the hell )?up|fuck off|piss off|get lost|screw you|fuck you),? you "
    rf"(?:stupid |dirty |fucking |filthy |damn |bloody )*{_G}$|"
    r"i am (?:so |fucking |so fucking |completely |totally |just )*(?:done|fed up) with "
    rf"{_A}{_G}$|"
    r"(?:enough of|sick of|tired of|no more of) (?:this|that|all this|all that|their|the) "
    rf"{_G} (?:bullshit|crap|shit|garbage|rubbish|nonsense)(?= |$)|"
    r"(?:just )?(?:looking at|seeing|being near|being around|the sight of|the thought of|"
    rf"thinking about) {_A}{_G} (?:makes|made) me (?:feel )?(?:sick|ill|nauseous|want to "
    r"(?:vomit|puke|throw up))"
)
# A member in charge or in a role as a disaster or a joke.
_ROLE = (
    r"(?:boss|manager|leader|president|prime minister|ceo|pilot|surgeon|doctor|teacher|judge|"
    r"captain|coach|supervisor|mayor|governor|in charge|in power|in a position of power|"
    r"in government|in office|at the wheel|behind the wheel|running (?:a|the|our|this) \S+)"
)
_CHARGED = (
    rf"(?:putting|having|letting|giving|electing|hiring|making) {_A}{_G} (?:as (?:a |an |the |"
    rf"your |our |my )?)?(?:be (?:a |an |the )?)?{_ROLE}(?: \S+){{0,3}}? (?:is|was|would be|"
    r"will be) (?:just )?(?:asking for (?:a )?(?:disaster|trouble)|(?:a |an )?(?:recipe for "
    r"(?:disaster|chaos|failure)|disaster|catastrophe|nightmare|joke|bad joke|mistake|"
    r"trainwreck|train wreck|accident waiting to happen)|doomed)|"
    rf"{_A}{_G} (?:as (?:a |an |the |our |your )?|in (?:a )?position of )?{_ROLE} (?:is|are|"
    r"would be) (?:a |an )?(?:joke|bad joke|disaster|nightmare|recipe for disaster|"
    r"accident waiting to happen)"
)
# Compared to animals, pets or things: "X have the manners of pigs", "X think like cavemen".
_BEASTS = (
    r"(?:an? )?(?:pigs?|animals?|dogs?|rats?|monkeys?|apes?|goats?|cattle|cows?|sheep|donkeys?|"
    r"mules?|goldfish|snakes?|cockroaches|roaches|vermin|parasites?|savages?|barbarians?|"
    r"cavemen|caveman|neanderthals?|toddlers?|children|child|babies|baby|beasts?|hyenas?|"
    r"jackals?|slugs?|leeches|leech|insects?|chimps?|chimpanzees?|gorillas?|baboons?)"
)
_LIKENED = (
    rf"{_G} (?:have|has|got) the (?:manners|brains|brain|intelligence|iq|hygiene|morals|"
    rf"table manners|attention span|self control|mind|smell|mentality) of {_BEASTS}|"
    rf"{_G} (?:think|thinks|act|acts|behave|behaves|eat|eats|live|lives|talk|talks|breed|"
    rf"breeds|smell|smells|fight|fights|dress|dresses)(?: \S+)? like {_BEASTS}(?= |$)|"
    rf"(?:trusting|dating|marrying|hiring|befriending|living with|talking to|reasoning with|"
    rf"arguing with|teaching) {_A}{_G} is (?:like|as (?:bad|pointless|useless) as) "
    rf"(?:\S+ )?{_BEASTS}|"
    rf"{_G} (?:is|are) (?:nothing more than|no more than|nothing but|just|only|little more "
    r"than) (?:a |an )?(?:pets?|toys?|objects?|property|livestock|breeding stock|tools?|"
    r"furniture|ornaments?|servants?|slaves?|cattle)(?= |$)|"
    rf"{_G} (?:is|are) (?:the )?(?:living |walking )?proof (?:that )?evolution (?:can |does |"
    r"sometimes )?(?:go|goes|went|run|runs|work|works) (?:backwards|in reverse)|"
    rf"{_G} (?:is|are) (?:about )?as (?:useful|helpful|smart|intelligent|clever|bright) as "
    r"(?:a |an )?(?:chocolate teapot|screen door|rock|rocks|brick|bricks|potato|doorknob|"
    r"plank|box of rocks|bag of hammers|lamp post|fence post|wet paper bag)"
)
# Shame and pity at the group's company: "I'd be ashamed to have a X in my family".
_SHAMED = (
    r"(?:it is|it s|it would be|it was|that is) (?:so |really |just |very )?(?:embarrassing|"
    r"shameful|humiliating|disgraceful|a disgrace|an embarrassment|degrading|mortifying) to be "
    rf"(?:seen|associated|related|friends|photographed|caught) with {_A}{_G}|"
    r"i (?:would|would be|d|am|was|will be) (?:so |really |be )?(?:ashamed|embarrassed|"
    r"mortified|humiliated) (?:to have|if i had|to be seen with|to be related to|to call|"
    rf"to be friends with|to work with|to live next to) {_A}{_G}|"
    r"(?:i )?(?:feel sorry for|pity) (?:anyone|anybody|everyone|the (?:poor )?\S+|those|"
    r"people|the people|whoever) (?:who|that) (?:has|have|had|is|are|gets|get|must)"
    rf"(?: \S+){{0,3}}? (?:live|work|deal|put up|share \S+|sit) (?:near|with|next to|around|"
    rf"beside|among|alongside) {_A}{_G}|"
    r"pity the (?:poor )?\S+(?: \S+)? (?:that|who|which) (?:gets|get|is|are|has|have|got|"
    r"will get) (?:been )?(?:flooded|stuck|saddled|overrun|infested|lumbered|cursed|filled|"
    rf"swamped) with {_A}{_G}|"
    rf"{_G} (?:make|makes) (?:me|us) (?:want to|wanna) (?:move|leave|emigrate|throw up|puke|"
    r"vomit|scream|leave the country|move abroad)"
)
# Kept to a lowly place: "X are only fit to scrub floors", "X are best seen and not heard".
_LOWLY = (
    rf"{_G} (?:are|is|should be|must be|ought to be) (?:best )?seen and not heard|"
    rf"{_G} (?:are|is) (?:only |just |really only )?(?:fit|good|suited|useful) (?:to|for) "
    r"(?:\S+ )?(?:clean|cleaning|scrub|scrubbing|sweep|sweeping|serve|serving|breed|breeding|"
    r"pick|picking|carry|carrying|labou?r|manual|cook|cooking|wash|washing|mop|mopping|"
    r"dig|digging|slave|slaving|low|menial|one thing|nothing|toilets|floors|dishes)|"
    rf"{_G} (?:are|is) (?:fit|good) for nothing(?: but)?|"
    rf"{_G} should (?:all )?(?:be )?(?:kept|stay|stick|live) (?:in|on|to) their own "
    r"(?:part|side|area|corner|end|quarter|neighbou?rhoods?|ghettos?) (?:of|in) (?:town|the "
    r"city|the country|the world)|"
    rf"{_G} (?:should|ought to|must|need to) (?:just )?be (?:thankful|grateful) (?:for "
    rf"(?:what|whatever|anything) (?:they|THEY) (?:get|are given|receive)|for (?:the )?scraps|"
    rf"for anything|we let (?:them|THEY))|"
    rf"{_G} (?:are|is) (?:always|forever|constantly) (?:begging|asking|looking|holding (?:out )?"
    r"their hands out|grabbing|whining) for (?:handouts|free stuff|freebies|charity|"
    r"scraps)|"
    rf"{_G} should stick to what (?:they|THEY) (?:are|is) good at,? which is nothing|"
    r"(?:normal|decent|regular|real|ordinary|civili[sz]ed) (?:people|folks|families|"
    r"citizens) (?:do not|never|would not) want (?:to be|to live|to work|to sit|to be seen)"
    rf"(?: \S+)? (?:around|near|with|next to|beside) {_A}{_G}"
)
# A member described after the group ("a X who grew up in a war zone"): one person's story.
_DESCRIBED = r"(?! (?:who|that|with|raised|born|growing|from|whose|after))"
# Worth denied by a negated good: "I have never seen a X do anything useful", "there is no way
# X are as smart as us", "nothing about X is admirable", "I will never treat a X as my equal".
_GOOD = (
    r"(?:useful|good|right|smart|intelligent|clever|worthwhile|of value|valuable|productive|"
    r"decent|admirable|impressive|helpful|nice)"
)
_DENIED = (
    r"i (?:do not|could not|can not) (?:care|give a (?:fuck|shit|damn|toss)) (?:less )?(?:what "
    rf"happens to|if anything happens to|if) {_A}{_G}(?: (?:live or die|die|starve|drown|"
    r"suffer|rot|perish|get hurt|get killed))?|"
    rf"i (?:have|ve) never (?:seen|met|known|heard of) {_A}{_G} (?:do|doing|say|saying|achieve|"
    rf"achieving|make|making|contribute|contributing|create|creating|build|building) anything "
    rf"{_GOOD}|"
    rf"there is no way {_A}{_G} (?:are|is|could be|can be|will ever be|would be) as (?:smart|"
    r"intelligent|good|clever|capable|competent|human|civili[sz]ed|hard working|honest) as "
    r"(?:us|we are|me|the rest of us|normal people|real people|anyone else|everyone else)|"
    rf"nothing (?:about|in) {_A}{_G} is (?:admirable|good|worth \S+|respectable|decent|"
    r"likeable|likable|attractive|valuable|impressive|redeemable|lovable)|"
    rf"(?:respecting|trusting|liking|loving|befriending) {_A}{_G} is (?:impossible|pointless|"
    r"a waste of time|not possible|unthinkable|out of the question)|"
    rf"(?:it is|that is) (?:impossible|not possible|pointless) to (?:respect|trust|like|love) "
    rf"{_A}{_G}|"
    rf"there is no (?:reason|point|need) (?:to|in) (?:respect|respecting|trust|trusting|like|"
    rf"liking) {_A}{_G}|"
    r"(?:it is|it s) (?:wrong|a mistake|madness|stupid|absurd|ridiculous) to (?:treat|see|"
    rf"regard|consider) {_A}{_G} as (?:equals|our equals|equal|people|humans|human beings)|"
    r"(?:never|not|refuse to|will not|would not|can not|could not) (?:ever )?(?:treat|see|"
    rf"regard|consider|accept) {_A}{_G} as (?:my |our |an |a )?(?:equals?|peers?|people|"
    r"humans?|human beings?|fellow humans)"
)
BELITTLED = re.compile(
    rf"(?:^|(?<= ))(?:{_EXPECTED}|{_DENIED}|{_NATURED}|{_LIKE_ONE}|{_CHARGED}|{_LIKENED}|"
    rf"{_SHAMED}|{_LOWLY})(?= |$){_DESCRIBED}"
)
