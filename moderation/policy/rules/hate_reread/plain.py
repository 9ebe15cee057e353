"""The plain words a sentence is re-read in (`hate_reread`): profanity as an intensifier
dropped, "don't have" as "have no", a group picked up by "every single one" as "them", and a
challenge to find a member without a fault as the claim that all have it."""

from __future__ import annotations

import re
import unicodedata

# Profanity as an intensifier: dropping it leaves the sentence whole ("get the fuck out",
# "so fucking lazy", "who the hell wants"). Not "fuck X" or "X are shit": there the swear word
# is the insult, and the other rules read it.
INFIX = re.compile(
    r"\b(?:(?:the )?(?:fucking|fuckin|fuckn|freaking|frickin|friggin|effing|motherfucking|"
    r"goddamn|goddamned|god damn|damn|damned|bloody)|the (?:fuck|hell|heck|f\*+ck|f\*+))"
    r"\b(?:'|\*)*\s+(?=[a-z])",
    re.IGNORECASE,
)


def folded(said: str) -> str | None:
    """`said` in lower case for the literal gates below, or None when it holds a character
    outside ASCII: the regexes here ignore case by Unicode's rules ("ı" matches "i"), which a
    lower-case test cannot follow. An ASCII sentence keeps its offsets in lower case."""
    return said.lower() if said.isascii() else None


def may_hold(low: str | None, words: tuple[str, ...]) -> bool:
    """Whether a sentence (`folded`) may match a regex every match of which holds one of
    `words`: the regexes are tried at every position of a sentence (a case-blind regex gets no
    quick scan), 3-10 µs each, and most sentences hold none of their words."""
    return low is None or any(w in low for w in words)


# Every match of INFIX holds one of these (in some case).
INFIX_WORDS = (
    "fuck", "freaking", "frickin", "friggin", "effing", "damn", "bloody", "the hell",
    "the heck", "the f*",
)  # fmt: skip

# "X don't have souls", "X lack any decency": the lexicon's predicates say "have no souls".
NOT_HAVE = re.compile(
    r"\b(?:(?:do|does|did)(?: not|n'?t)|never) (?:even |really )?(?P<v>have|has|had) "
    r"(?:any |a single |a |an )?|\b(?P<lack>lack|lacks|lacked) (?:any |a |an )?",
    re.IGNORECASE,
)


NOT_HAVE_WORDS = ("have", "has", "had", "lack")

# "X have no idea how to behave": the lexicon's predicates say "do not know how to".
NO_IDEA = re.compile(r"\b(?:have|has) (?:no|zero) (?:idea|clue) how to\b", re.IGNORECASE)
NO_IDEA_WORDS = ("how to",)


def have_no(m: re.Match) -> str:
    verb = (
        m.group("v") or {"lack": "have", "lacks": "has", "lacked": "had"}[m.group("lack").lower()]
    )
    return f"{'have' if verb == 'have' else verb} no "


# A clause-final phrase that picks up a group named before it: read as "them".
PICKED_UP = re.compile(
    r"\b(?:every (?:single |last )?one|each (?:and every )?one|the (?:whole )?lot|all)"
    r"(?: of (?:them|em|'em))?(?=\s*(?:[.!?;,]|$|\s(?:and|but|because)\b))",
    re.IGNORECASE,
)
# The end of every match of PICKED_UP, in lower case: searched in a `folded` sentence, it skips
# to the letters its words open with.
PICKED_UP_END = re.compile(
    r"(?:one|lot|all)(?: of (?:them|em|'em))?(?=\s*(?:[.!?;,]|$|\s(?:and|but|because)\b))"
)


# A challenge to find a member without the fault is a claim that every member has it: "I've yet
# to meet an X who isn't a liar" says "Every X is a liar."; "Name one X who contributed
# anything", "An X has never contributed anything."; "There's not a single X I'd trust", "I
# would never trust an X."
_CHALLENGE = (
    r"^(?:[^,.;:!?]{1,40},\s*but\s+)?(?:\W*(?:honestly|seriously|frankly|sorry|look|and|but)\W+)*"
    r"(?:i(?:'ve| have)? (?:yet to "
    r"(?:meet|see|find)|never (?:once )?(?:met|seen|known|found))|show me|name (?:me )?(?:just )?"
    r"one|find me|point (?:me )?to|you(?:'ll| will) never (?:meet|find)|you won'?t (?:meet|find)|"
    # asked: "Is there a single X who isn't a Y?", "Has anyone ever met an X who didn't Y?"
    r"is there(?: even)?(?= a single | one | any )|(?:has anyone|have you|did you|did anyone) "
    r"(?:ever )?(?:met|meet|seen|known)|"
    r"there(?: is|['\u2019]s|s) no such thing as) (?:(?:a|an|one|any|a single) )?"
    r"(?P<noun>[^,.;:!?]{1,30}?) (?:who|that) "
)
_WITHOUT = re.compile(
    _CHALLENGE + r"(?:is not|isn'?t|wasn'?t|was not|ain'?t) (?P<x>[^,.;:!?]+)", re.IGNORECASE
)
_NOTHING_DONE = re.compile(
    _CHALLENGE + r"(?:has |have |had |ever |actually |really )*(?P<v>contributed|done|did|built|"
    r"achieved|accomplished|produced|invented|created|made|given|gave) (?P<x>anything|something)"
    r"(?P<rest>[^,.;:!?]*)",
    re.IGNORECASE,
)
_NONE_TRUSTED = re.compile(
    r"\bthere(?: is|'s|s)(?: not| no)? (?:not )?(?:a single|one) (?P<noun>[^,.;:!?]{1,30}?) "
    r"(?:i'?d|i would|i could|i can|you can|you could|anyone should|we should) (?:ever )?"
    r"(?P<v>trust|respect|like|hire|believe|rely on|love|stand)\b",
    re.IGNORECASE,
)
# The same challenge with the virtue named: "I've yet to meet an honest X", "Name one X who is
# decent", "Is there a single decent X anywhere?", "You'll never meet a decent one of those X"
# say "No X is decent."; the member's noun closes its clause, so "Show me a good Mexican
# restaurant" names a restaurant (no group), and the virtue is a closed list of worth words.
_GOOD = (
    r"decent|honest|good|nice|smart|intelligent|trustworthy|clean|civili[sz]ed|hard-?working|"
    r"normal|law-abiding|peaceful|polite|respectable|productive|moral|sane|loyal"
)
_GOOD_ONE = re.compile(
    r"^(?:\W*(?:honestly|seriously|frankly|sorry|look|and|but|so)\W+)*(?:i(?:'ve| have)? "
    r"(?:yet to (?:meet|see|find)|never (?:once )?(?:met|seen|known|found))|show me|"
    r"(?:(?:can|could) (?:anyone|anybody|someone|somebody|you) (?:even )?)?name(?: me)? ?"
    r"(?:just)?(?= one | a single | even one )|you(?:'ll| will) never (?:meet|find|see)|"
    r"you won'?t (?:ever )?(?:meet|find|see)|there(?: is|['\u2019]s|s) no such thing as|"
    r"is there(?= a single | even one | one single ))"
    r" (?:(?:a|an|one|any|a single|even one|one single) )?"
    rf"(?:['\"\u2018\u201c]?(?P<adj>{_GOOD})['\"\u2019\u201d]? "
    r"(?:one (?:of|among) (?:those |these |the |all the |all those )?)?"
    r"(?P<noun>[^,.;:!?]{1,30}?)|(?:one (?:of|among) (?:those |these |the )?)?"
    r"(?P<noun2>[^,.;:!?]{1,30}?) (?:who|that) (?:is|was|are|were|could be|can be) "
    rf"(?:(?:even|actually|really|remotely|truly) )?(?P<adj2>{_GOOD}))"
    r"(?: (?:anywhere|around here|out there|on earth|in (?:this|the|that|my|our) \w+))?"
    r"\s*(?:[?.!,]|$)",
    re.IGNORECASE,
)
# The writer meets the challenge in the next words ("Name one decent X? Easy: my neighbour."),
# so it is asked to be answered, not a claim.
# "Most of them" or "All of them" answers only as a whole reply ("How many X have held a job?
# Most of them, my family included.", "All of them I know"), not as the subject of a new claim
# ("Most of them are on welfare").
CHALLENGE_MET = re.compile(
    r"^[\s?!.]*(?:(?:yes|yeah|sure|easy|i can|i have|plenty|lots|dozens|hundreds|many|my |here|"
    r"a lot|quite a few|the majority|(?:almost|nearly) all)\b|(?:most|all)(?: of them)?"
    r"(?=\s*(?:[,.;:!]|$)|\s+(?:i|we) (?:know|knew|met|have met|have known|work with|"
    r"worked with)\b))",
    re.IGNORECASE,
)
# "I've never met an X who didn't steal" says "X always steal." (the plural, which the analysis
# reads as the group; a re-read sentence is not re-read again).
_DIDNT = re.compile(
    _CHALLENGE + r"(?:did not|didn'?t|does not|doesn'?t|would not|wouldn'?t) (?:try to )?"
    r"(?P<v>[a-z]+)(?P<x>[^,.;:!?]*)",
    re.IGNORECASE,
)
# "I've never met an X worth talking to", "Never met an X who was any good" say "No X is worth
# talking to."; "Not one X has ever been worth ..." the same.
# Worth denied, not worth of a harm ("never met an X worth hating" or "worth less" pass).
_WORTH = (
    r"(?P<x>(?:worth(?! (?:being |getting )?(?:hat|fear|afraid|worr|blam|attack|hurt|harm|ban|"
    r"deport|mock|insult|bull|harass|punish|kill|less|the hate|the fear|the abuse))|any good|"
    r"any use|of any use|good for anything)\b[^,.;:!?]*)"
)
_WORTH_ONE = re.compile(
    r"^(?:\W*(?:honestly|seriously|frankly|sorry|look|and|but|so)\W+)*(?:(?:i(?:'ve| have)? )?"
    r"(?:yet to (?:meet|see|find)|never (?:once |ever )?(?:met|seen|known|found))|"
    r"you(?:'ll| will) never (?:meet|find|see)|you won'?t (?:ever )?(?:meet|find|see)|"
    r"there (?:has|have) never been) (?:(?:a|an|one|any|a single) )?"
    r"(?P<noun>[^,.;:!?]{1,30}?) (?:(?:who|that) (?:is|was|are|were|has ever been|had ever been|"
    r"could be|will ever be)(?: ever| even| actually| really| remotely)? )?" + _WORTH,
    re.IGNORECASE,
)
_NONE_WORTH = re.compile(
    r"^(?:\W*(?:honestly|seriously|frankly|and|but|so)\W+)*(?:not (?:one|a single)|no) "
    r"(?P<noun>[^,.;:!?]{1,30}?) (?:(?:has|have|had) (?:ever )?been|(?:is|was|are|were) "
    r"(?:ever )?|will (?:ever )?be) " + _WORTH,
    re.IGNORECASE,
)
_PARTICIPLE = {"did": "done", "gave": "given"}

# A question that asks what a group ever gave "besides" a harm says it gave nothing but the
# harm: "What have X ever given this town besides crime?" as "X have never given anything
# except crime."; the harm is the rules' to judge ("... besides great food" flags nothing).
# The words a question may open with before it asks ("Honestly, what have ...", "So how many
# ..."); shared by the two questions below.
_ASK_OPENER = r"^(?:\W*(?:honestly|seriously|frankly|so|and|but|ok|okay|really)\W+)*"
_WHAT_GIVEN = re.compile(
    _ASK_OPENER + r"what (?:have|has|did) "
    r"(?:the |these |those |all the |all those )?(?P<noun>[^,.;:!?]{1,30}?) (?:ever |really |"
    r"actually )*(?P<v>given|give|done|do|contributed|contribute|added|add|brought|bring|"
    r"offered|offer|built|build|made|make)\b(?P<rest>[^,.;:!?]{0,40}?) (?:besides|except|"
    r"other than|apart from|aside from|but) (?P<x>[^,.;:!?]+?)\s*\?",
    re.IGNORECASE,
)
# What "besides" names must be a harm: "besides its best restaurants" praises.
_HARM = re.compile(
    r"\b(?:crime|crimes|criminals|trouble|problems|drugs|terror|terrorism|terrorists|violence|"
    r"gangs?|disease|diseases|fraud|welfare|debt|misery|chaos|filth|trash|garbage|rapes?|"
    r"rapists|murders?|bombs?|noise|dirt|poverty|handouts|headaches|grief|hate|hatred|"
    r"corruption|cartels?|theft|thieves|riots?|looting|squalor|slums?)\b",
    re.IGNORECASE,
)
# "How many of these X have ever held a real job?" asks for none: "X have never held a real
# job."
_HOW_MANY = re.compile(
    _ASK_OPENER + r"how many (?:of )?"
    r"(?:the |them )?(?P<noun>[^,.;:!?]{1,30}?) (?:have |has |had )?"
    r"(?:ever |actually |even |really )*(?P<p>(?:held|had|kept|got) (?:a |an )?(?:real|steady|"
    r"honest|actual|proper) jobs?|worked (?:a |an )?(?:real |honest |single |full )?(?:day|"
    r"job|shift)|paid (?:a dime|a cent|a penny|taxes|rent))(?P<rest>[^,.;:!?]*)\?",
    re.IGNORECASE,
)


def _asker(noun: str) -> bool:
    """The question's subject is the asker or the one asked ("What have you ever given ...",
    "How many of you have held ..."), not a group."""
    return noun.split()[0].lower() in ("you", "we", "i", "they")


def _asked_for_none(said: str) -> tuple[str, tuple[int, int]] | None:
    """The claim of a question that asks for what a group never gave or did (above)."""
    m = _WHAT_GIVEN.search(said)
    if m and not _asker(m["noun"]) and _HARM.search(m["x"]):
        return f"{m['noun']} have never contributed anything except {m['x']}.", m.span("noun")
    m = _HOW_MANY.search(said)
    if m and not _asker(m["noun"]):
        return f"{m['noun']} have never {m['p']}{m['rest']}.", m.span("noun")
    return None


# "Name one X who contributed anything and I'll name you ten": a challenge the writer answers.
_ANSWERED = re.compile(r"\b(?:and|but|i'?ll|i will|i can|we can|you'?ll)\b", re.IGNORECASE)


def _an(noun: str) -> str:
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


# "I've never known an X who could do math": no member able to do it, said of them all.
_COULD = re.compile(
    _CHALLENGE + r"(?:could|can|was able to)(?: ever| even)? (?P<x>[^,.;:!?]+)", re.IGNORECASE
)
# "Every X I've ever met is a liar": the writer's acquaintance standing for the group.
_EVERY_MET = re.compile(
    r"^(?:\W*(?:honestly|seriously|frankly|and|but|so)\W+)*(?:every|each|any) "
    r"(?P<noun>[^,.;:!?]{1,30}?) (?:i(?:'ve| have)?|i'?ve) (?:ever )?(?:met|known|seen|dated|"
    r"worked with) (?:(?:in my life|so far|till now|until now) )?(?:is|was|has been) "
    r"(?P<x>[^,.;:!?]+)",
    re.IGNORECASE,
)
# "Not one X in history has ever done anything useful", "No X has ever built anything".
_NONE_EVER = re.compile(
    r"^(?:\W*(?:honestly|seriously|and|but|so)\W+)*(?:not (?:one|a single)|no|never (?:has|did) "
    r"(?:a|an|one)) (?P<noun>[^,.;:!?]{1,30}?) (?:(?:in (?:all of )?(?:history|the world|"
    r"human history|my life(?:time)?)|alive|ever|in \w+ years) )*(?:has |have |had )?(?:ever )?"
    r"(?P<v>contributed|done|did|built|achieved|invented|created|made|given|gave) "
    r"(?P<x>anything|something)(?P<rest>[^,.;:!?]*)",
    re.IGNORECASE,
)
# What no member "could" do in praise: "who could hurt a fly", "who could resist a taco".
_KIND_FAILING = re.compile(
    r"(?:ever |even )?(?:hurt|harm|resist|say no|refuse|turn down|pass up|stay mad|be mean|be "
    r"rude|be cruel|hate|do wrong|do without|sit still|keep quiet|stop smiling|stop talking)\b",
    re.IGNORECASE,
)
_PLURALS = {"woman": "women", "man": "men", "person": "people", "child": "children"}


def _plural(noun: str) -> str:
    """`noun` (a member: "woman", "trans person", "Somali") in the plural."""
    head, _, last = noun.rpartition(" ")
    many = _PLURALS.get(last.lower()) or (
        last + ("es" if last.endswith(("s", "sh", "ch")) else "s")
    )
    return f"{head} {many}" if head else many


def challenged(said: str) -> tuple[str, tuple[int, int]] | None:
    """The claim a challenge to find a member makes, and where the member's noun is in
    `said`."""
    m = _EVERY_MET.search(said)
    if m:
        return f"Every {m['noun']} is {m['x']}.", m.span("noun")
    m = _NONE_EVER.search(said)
    if m and not _ANSWERED.search(m["rest"]):
        verb = _PARTICIPLE.get(m["v"].lower(), m["v"])
        return f"{_plural(m['noun'])} have never {verb} anything{m['rest']}.", m.span("noun")
    m = _WITHOUT.search(said)
    if m:
        return f"Every {m['noun']} is {m['x']}.", m.span("noun")
    m = _DIDNT.search(said)
    if m and not _ANSWERED.search(m["x"]):
        return f"{_plural(m['noun'])} always {m['v']}{m['x']}.", m.span("noun")
    m = _WORTH_ONE.search(said) or _NONE_WORTH.search(said)
    if m and not _ANSWERED.search(m["x"]):
        return f"No {m['noun']} is {m['x']}.", m.span("noun")
    m = _NOTHING_DONE.search(said)
    if m and not _ANSWERED.search(m["rest"]):
        # said of them all, as the challenge means it: the plural is what the rules read as a
        # group ("Name one X who ever did something good": "X have never done anything good")
        verb = _PARTICIPLE.get(m["v"].lower(), m["v"])
        return f"{_plural(m['noun'])} have never {verb} anything{m['rest']}.", m.span("noun")
    asked = _asked_for_none(said) if "?" in said else None
    if asked is not None:
        return asked
    m = _COULD.search(said)
    if m and not _ANSWERED.search(m["x"]) and not _KIND_FAILING.match(m["x"]):
        return f"{_plural(m['noun'])} can not {m['x']}.", m.span("noun")
    m = _GOOD_ONE.search(said)
    if m:
        noun = "noun" if m["noun"] is not None else "noun2"
        return f"No {m[noun]} is {m['adj'] or m['adj2']}.", m.span(noun)
    low = folded(said)
    m = _NONE_TRUSTED.search(said) if may_hold(low, ("there",)) else None
    if m:
        return f"I would never {m['v']} {_an(m['noun'])}.", m.span("noun")
    return None


# A claim the writer puts in the group's mouth and denies: "X think they are equal to us, but
# they are not" says "X are not equal to us."; the denial is all that follows.
_CLAIM_DENIED = re.compile(
    r"\b(?:think|thinks|believe|believes|claim|claims|pretend|pretends|act like|say|says|"
    r"want (?:us|everyone|people) to (?:think|believe)) (?:that )?(?:they(?:'re| are|re)) "
    r"(?P<p>[^,.;:!?]{2,40}?),? (?:but|yet) (?:they )?(?:are not|aren'?t|'re not|re not|are "
    r"never|will never be|never will be|can'?t be|cannot be)(?: really| even| at all)?"
    r"(?=\s*(?:[.!?]|$))",
    re.IGNORECASE,
)
CLAIM_DENIED_WORDS = ("but", "yet")


def claim_denied(said: str) -> str | None:
    """`said` with a claim put in the group's mouth and denied read as the denial (see
    `_CLAIM_DENIED`), or None."""
    m = _CLAIM_DENIED.search(said)
    if m is None:
        return None
    return f"{said[: m.start()]}are not {m['p']}{said[m.end() :]}"


# A question typed without its mark ("Why are X so lazy", "Aren't X just vile"): the words
# that open a question, so the last sentence is read again with the "?" it lacks. "Do"/"don't"
# ask only before their subject ("Don't you think ..."), not as a command ("Don't let ...").
_ASKED = re.compile(
    r"^\W*(?:(?:so|but|and|honestly|seriously|ok|okay|well|really)\W+)?(?:why|how come|"
    r"how (?:can|could|is|are|do|does)|what (?:good|use) (?:are|is)|what is it (?:about|with)|"
    r"who (?:would|wants|needs|could)|(?:is|are|isn'?t|aren'?t|was|were|wasn'?t|weren'?t|can|"
    r"can'?t|could|couldn'?t|would|wouldn'?t|should|shouldn'?t|will|won'?t) \w|(?:do|does|did|"
    r"don'?t|doesn'?t|didn'?t) (?:you|we|they|all|any|these|those|the|\w+ people)\b)",
    re.IGNORECASE,
)


# A pseudo-cleft that names what the writer dislikes about a group says it of the group: "What
# bothers me about X is that they are Y" says "X are Y."; "Lo que me molesta de los X es que
# son Y", "Los X son Y.". The re-read words are screened again, so "The problem with X is that
# they are underpaid" says nothing hateful. What follows "that" must be said of the group itself
# ("they ...", a Spanish verb with the group its dropped subject), not of others ("... es que la
# gente crea que ...").
_CLEFT_EN = re.compile(
    r"^(?:\W*(?:honestly|seriously|frankly|look|and|but|so)\W+)*(?:what|the (?:only |one )?thing"
    r"(?: that)?|the (?:main |real |only |big |biggest )?(?:problem|issue|trouble)|my (?:only |"
    r"main |real )?(?:problem|issue)) (?:(?:i (?:really |just )?(?:hate|dislike|can'?t stand|"
    r"cannot stand|don'?t like|do not like|despise|have)|(?:really |just |always )?(?:bothers|"
    r"annoys|bugs|irritates|gets to|disgusts|worries|scares|sickens|angers|upsets) me) )?"
    r"(?:about|with) (?P<g>[^,.;:!?]{1,30}?) (?:is|was) (?:that |how )?(?:they|those people|"
    r"these people|all of them|most of them) (?P<rest>[^.;!?]+)",
    re.IGNORECASE,
)
_CLEFT_ES = re.compile(
    r"^(?:\W*(?:sinceramente|la verdad|mira|y|pero)\W+)*(?:lo que|el (?:unico |gran |verdadero )?"
    r"problema|lo (?:unico|malo|peor)) (?:(?:no soporto|odio|detesto|me (?:molesta|fastidia|"
    r"jode|revienta|enferma|da asco|irrita|choca)|(?:tengo|hay)) )?(?:de|con) (?P<g>(?:los|las) "
    r"[^,.;:!?]{1,30}?) (?:es|era) (?:que |como )(?P<rest>(?:(?:no|solo|nomas|siempre|todos|"
    r"todas|ya|nunca|jamas|casi) )*[a-z]+(?:an|en|on)\b[^.;!?]*)",
    re.IGNORECASE,
)
CLEFT_WORDS = ("about", "with", " de ", " con ")


def clefted(said: str, lang: str) -> tuple[str, tuple[int, int]] | None:
    """The plain claim a pseudo-cleft about a group makes, and where the group's words are in
    `said`."""
    m = (_CLEFT_ES if lang == "es" else _CLEFT_EN).search(said)
    if m is None:
        return None
    g = m["g"]
    return f"{g[0].upper()}{g[1:]} {m['rest'].strip()}.", m.span("g")


# A claim about a group asked back as a bare question and then answered by the writer in its
# own words: "X can't lead? Nope, and they never will." says "X can't lead."; "X are inferior?
# Yes, and they always will be." says "X are inferior.". The tail agrees only in the claim's
# own polarity: "never" after a denied ability, "always" after a positive claim ("X can't lead?
# They always have." rebuts it).
_NEVER_TAIL = re.compile(
    r"^\s*(?:(?:no(?:pe)?|nah|never|nunca|jamas)\b\W*)?(?:(?:they |ellos |ellas )?(?:can'?t|"
    r"cannot|can not|don'?t|do not|aren'?t|are not|pueden|saben|son|sirven|deben)\W*)?"
    r"(?:and |y |ni |& ?)?(?:they |ellos |ellas )?"
    r"(?:never (?:will|have|could|did|can|shall|had)|will never|won'?t ever|never have and "
    r"never will|(?:nunca|jamas) (?:lo )?(?:podran|haran|seran|lograran|han podido|han sabido|"
    r"sabran|van a poder))\b",
    re.IGNORECASE,
)
_ALWAYS_TAIL = re.compile(
    r"^\s*(?:(?:yes|yep|yeah|yup|exactly|correct|si|claro|exacto)\b\W*)?(?:and |y |& ?)?"
    r"(?:they |ellos |ellas )?(?:always (?:will|have|had|were|did)|(?:will|would) always|"
    r"(?:siempre lo )?(?:han sido|seran) siempre|siempre (?:lo )?(?:seran|han sido|fueron))\b",
    re.IGNORECASE,
)

# A negated claim asked back and agreed with by a bare emphatic "no" that ends the comment
# ("¿Las X no saben ...? Claro que no."); a word after it ("..., qué tontería") may refute.
_AGREED_NO = re.compile(
    r"^\W*(?:(?:claro|por supuesto|obvio|obviamente|desde luego|pues claro) que no|"
    r"(?:of course|obviously|definitely|certainly) not)\W*$",
    re.IGNORECASE,
)


def unmarked_question(said: str, after: str) -> str | None:
    """`said` (the comment's last sentence, with nothing but space `after` it) with the "?" it
    lacks, when its words open a question and no mark closes it; else None."""
    if after.strip() or not said or said.rstrip()[-1:] in ".!?;:" or not _ASKED.search(said):
        return None
    return said.rstrip() + "?"


def _unaccented(text: str) -> str:
    """`text` without its accents, as the tails above are written ("nunca podrán")."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def echo_agreed(said: str, after: str, negated: bool) -> str | None:
    """The statement a claim asked back as a bare question makes when the writer's next words
    (`after`) agree with it in its own polarity; None otherwise."""
    if not said.rstrip().endswith("?"):
        return None
    tail = _unaccented(after)
    if (_NEVER_TAIL if negated else _ALWAYS_TAIL).match(tail) is None and not (
        negated and _AGREED_NO.match(tail)
    ):
        return None
    claim = said.strip().lstrip("¿").rstrip(" ?")
    return claim + "." if claim else None
