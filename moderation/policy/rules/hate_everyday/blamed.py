"""The shapes of a group's faults put down to its culture, religion, blood or nature
(`hate_everyday`), said of a named group or bare ("It's cultural.")."""

from __future__ import annotations

import re

# A fault put down to culture, religion, blood or biology.
ESSENCE = re.compile(
    r"\b(?:it is|that is) (?:just )?(?:how|what) (?:the|their) (?:culture|religion) "
    r"(?:works|is|does|teaches)\b|"
    r"\b(?:es|son) (?:su|la) (?:cultura|sangre|naturaleza|raza)$|"
    r"\bson asi,? no (?:hay nada que hacer|tienen remedio|van a cambiar)\b|"
    r"\basi es (?:su|esa) gente\b|"
    r"\b(?:it is|that is|it's) (?:just )?how (?:they|GRP) (?:are|do business|live|operate|"
    r"behave|raise their kids|were raised)$|"
    r"\b(?:because of|it is|it's) (?:the|their) (?:culture|religion|blood|genes|race),? not "
    r"(?:the )?(?:poverty|economy|racism|policing|money|jobs|schools)\b|"
    r"\b(?:it is|is|a) (?:a )?culture of (?:freeloaders|violence|crime|laziness|dependency|"
    r"welfare|thieves|criminals|victimhood|handouts)\b|"
    r"\bes (?:culpa de )?como es esa gente\b|"
    r"\b(?:es|son) (?:una cultura|un pueblo|una raza) (?:atrasad[oa]|violent[oa]|primitiv[oa]|"
    r"salvaje|inferior)\b"
)

# A fault put down to culture or blood in a bare sentence ("It's cultural."), read only when
# the comment speaks of crime, dirt or trash (a people's cooking "is in their blood" too).
BARE_ESSENCE = re.compile(
    r"^(?:\S+ )?(?:it is|that is|it's|its) (?:just |all |purely |simply )?(?:cultural|"
    r"genetic|biological|biology|in their (?:blood|dna|genes|nature))$|"
    # "It's a cultural thing they bring from down there.", "Cultural thing."
    r"^(?:\S+ )?(?:(?:it is|that is|it's|its) )?(?:just |all |purely |simply )?(?:a )?"
    r"(?:cultural|culture) thing\b|"
    r"\b(?:lo llevan|lo traen) en la sangre\b|"
    r"^(?:\S+ )?es su (?:cultura|naturaleza|sangre|forma de ser)\b"
)

# A people's culture said to be crime or to scorn school, work or the law.
THEIR_CULTURE = re.compile(
    r"\btheir (?:culture|religion|way of life|whole culture|people) (?:is|are|=) "
    r"(?:\S+ )?(?:gangs|drugs|crime|violence|terror|welfare|laziness|hate|filth|backward|"
    r"primitive|violent|savage|sick)\b|"
    r"\btheir (?:culture|religion|way of life|whole culture|people) (?:does not|do not|never) "
    r"(?:value|respect|care about|teach) (?:education|school|work|women|life|the law|hygiene|"
    r"honesty|hard work)\b"
)

# A people's faults put down to nature, said without naming it ("some people are just
# naturally more violent, it's biology").
NATURE = re.compile(
    r"\b(?:it is|that is) (?:just )?(?:biology|genetics|nature) and history\b|"
    r"\b(?:naturally|genetically|inherently|biologically) (?:more|less) (?:violent|criminal|"
    r"lazy|stupid|aggressive|dishonest|intelligent|capable|civilized)\b|"
    r"\b(?:just |simply )?less (?:suited|fit|able|capable) (?:to|for) (?:academic|school|"
    r"intellectual|skilled|professional|civilized|modern)\b|"
    r"\bdemographics (?:is|are) destiny\b|"
    r"\b(?:por naturaleza|geneticamente|biologicamente) (?:mas|menos) (?:violent[oa]s|"
    r"flojo|flojos|criminales|tont[oa]s|inteligentes|capaces)\b"
)

# A people judged by every one of them the writer met ("every one of them I worked with
# stole", "every single X I ever hired lied about their hours"): a story that ends in a
# generalisation, counted only with the group named in the comment.
_MET = (
    r"(?:worked with|hired|met|knew|know|rented to|managed|employed|dealt with|had on my crew|"
    r"had in class)"
)
_FAULT = (
    r"(?:stole|steal|steals|lied|lie|lies|cheated|cheat|cheats|robbed (?:me|us|the \S+)|"
    r"(?:was|were|is|are|got|get) (?:lazy|drunk|violent|a thief|thieves|dirty|a liar|liars|"
    r"illegal|on welfare|on drugs)|drank on the job|trashed (?:the|every|my) \S+|"
    r"skipped out|ran off with)"
)
EVERY_ONE_MET = re.compile(
    r"\bevery (?:single |last )?(?:one of (?:them|GRP)|GRP|one) (?:that |who )?(?:i|we) "
    rf"(?:have |had |ever |have ever )?{_MET}(?: \S+){{0,4}}? {_FAULT}\b"
)
