"""A group named as the object of a hostile relative clause ("los nazis que odian a los judíos
son escoria", "the racists who harass Haitians are trash"): the clause's antecedent, those who
hate, is the subject of what follows, so the scorn after the group falls on the haters. Scorn
for haters is counter-speech; the group itself is called nothing."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis
from moderation.policy.rules.context.second_person import SECOND_PERSON
from moderation.policy.rules.context.sentence_bounds import sentence_start

# The relative and its hostile verb, ending right before the group: "que odian a (los)",
# "quienes atacan a", "who hate", "that harass the".
_HOSTILE_RELATIVE = re.compile(
    r"\b(?:que|quienes|who|that)\s+(?:(?:siempre|todavia|aun|always|still|just|only)\s+)?"
    r"(?:odian?|odiaban|desprecian?|persiguen?|perseguian|atacan?|agreden?|acosan?|insultan?|"
    r"discriminan?|golpean?|maltratan?|humillan?|explotan?|matan?|mataron|asesinan?|"
    r"asesinaron|amenazan?|hate|hates|hated|harass|harasses|attack|attacks|attacked|"
    r"persecute|persecutes|bully|bullies|beat|beats|threaten|threatens|despise|despises|"
    r"insult|insults|target|targets|abuse|abuses|kill|kills|killed|murder|murdered|"
    r"discriminate against|discriminates against|spit on|spits on)"
    r"(?:\s+(?:a|al|a los|a las|a la|a el|the|all|every|any|our))?\s+$"
)


def haters_object(an: Analysis, k: int) -> bool:
    """The unit at `k` (a group) is the object of a hostile relative clause that ends right
    before it, in its sentence, whose antecedent is no people."""
    u = an.units[k]
    text = an.norm.text
    opening = sentence_start(text, u.start)
    m = _HOSTILE_RELATIVE.search(text, max(opening, u.start - 60), u.start)
    if m is None:
        return False
    # the haters named by a people ("los judíos que atacan a los X son escoria") are a people
    # scorned: the reading is for haters named by what they do or believe, or by no one
    antecedent = [x for x in an.units[:k] if x.end <= m.start() and x.sentence == u.sentence]
    return not (antecedent and antecedent[-1].has("G"))


# Between the group and the scorn word: the copula and its article or degree words.
_COPULA_AFTER = re.compile(
    r"\s*(?:son|es|eran|fueron|are|is|were)\s+(?:(?:unos|unas|un|una|la|el|pura|puros|puras|"
    r"just|a|an|the|total|absolute|complete|such|nothing but|lo mas|la mas)\s+)*$"
)
# The reader named: the shared second person (pronouns and "eres", "sos").
_SECOND_PERSON = re.compile(rf"\b(?:{SECOND_PERSON})\b")


def haters_scorned(an: Analysis, k: int) -> bool:
    """The insult at unit `k` follows a copula whose subject is those who hate a group ("los
    racistas que odian a los mexicanos son unos pendejos", "the Nazis who hate Jews are
    scum"), in a sentence that speaks to no reader."""
    u = an.units[k]
    text = an.norm.text
    sentence = text[sentence_start(text, u.start) : u.start]
    if _SECOND_PERSON.search(sentence) or "@" in sentence:
        return False
    for j in range(k - 1, -1, -1):
        g = an.units[j]
        if g.sentence != u.sentence:
            return False
        if g.code in ("G", "g") and g.has("G"):
            return bool(_COPULA_AFTER.match(text[g.end : u.start])) and haters_object(an, j)
    return False
