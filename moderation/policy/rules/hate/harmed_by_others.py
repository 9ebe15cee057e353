"""A group told as the victim of an attack by others, in the active voice and the past tense:
"Thugs attacked Somali shop owners and threatened to come back", "Unos matones golpearon a
dos migrantes en la central". `victims.victims_of` reads the passive ("were attacked by
thugs"); here the attackers open the clause and the group is the act's object. The hostile
words in it ("thugs", "attacked") are the attackers' and their act, so `defence_frame` reads
the sentence as a report of harm done to the group and the models leave it to the rules.

A wish, a cheer or a laugh anywhere in the comment ("finally someone attacked ...", "good",
"ojalá") turns it off, and so does a modal or a present tense: only a told past is a report."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

_AGENTS = (
    r"(?:thugs?|men|man|guys?|gang|gang members|mob|vandals|attackers|assailants|racists|"
    r"neo-?nazis|nazis|skinheads|teenagers|teens|someone|somebody|strangers|bigots|"
    r"delincuentes|matones|maleantes|hombres|sujetos|tipos|pandilleros|vandalos|racistas|"
    r"neonazis|desconocidos|encapuchados|alguien|agresores)"
)
_ACTS = (
    r"(?:attacked|assaulted|threatened|beat|beat up|harassed|robbed|mugged|stabbed|shot|killed|"
    r"murdered|chased|insulted|spat on|yelled at|vandali[sz]ed|burned|torched|targeted|"
    r"terrori[sz]ed|intimidated|atacaron|amenazaron|golpearon|agredieron|asaltaron|robaron|"
    r"insultaron|mataron|balearon|acosaron|persiguieron|apedrearon|apunalaron|quemaron|"
    r"intimidaron)"
)
# Sentence text from its start up to the group: [a few words,] agents, act, the object's
# determiners (Spanish "a los").
_HARMED = re.compile(
    r"(?:[^.!?]*?(?:,|\b(?:that|que|and|y|when|cuando|after|despues de que))\s+)?"
    r"(?:(?:some|a|two|three|four|several|a gang of|a group of|a bunch of|masked|armed|local|"
    r"unknown|drunk|unos|unas|dos|tres|varios|un grupo de|una banda de)\s+){0,3}"
    + _AGENTS
    + r"\s+(?:\w+\s+)?"
    + _ACTS
    + r"\s+(?:(?:a|al|a los|a las|the|two|three|some|several|"
    r"local|los|las|unos|unas|dos|tres|varios|\w+)\s+){0,3}"
)
_CHEER = re.compile(
    r"\b(?:good|glad|finally|about time|deserved?|serves? them right|well done|bravo|hope|"
    r"wish|more of|should|must|need to|lol|lmao|haha\w*|ojala|por fin|bien hecho|merec\w+|"
    r"ya era hora|que bueno|jaja\w*|deberian|hay que|hace falta|ojala)\b|😂|🤣|👏"
)


def harmed_by_others(an: Analysis) -> list[int]:
    """Sentences in which attackers others than the writer did harm to a group (see the
    module), in a comment with no wish or cheer."""
    text = an.norm.text
    if _CHEER.search(text):
        return []
    units = an.units
    found = []
    for base, codes in an.sentences:
        start = units[base].start
        for k in range(base, base + len(codes)):
            u = units[k]
            if u.code in ("G", "g") and u.has("G") and _HARMED.fullmatch(text[start : u.start]):
                found.append(u.sentence)
                break
    return found
