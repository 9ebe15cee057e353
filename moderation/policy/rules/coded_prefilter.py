"""Cheap first searches for the coded.tsv rows that cost the most and almost never match.

Each of these rows pairs the {G} alternation (some 400 group words, tried at every word) or a
wide gap with rare words after it, so a search cost 20-250 µs and found nothing in nearly every
comment. Each regex here is a piece that every match of its row holds (the rare words, copied
from the row): a comment without it is answered without the row, and without compiling it.
Edit a row's prefilter with the row (tests/policy/test_coded_prefilter.py checks the words).
"""

from __future__ import annotations

import re

_SCARE_WORDS = (
    r"refugees?|asylum seekers?|asylum-seekers?|vibrant|teens?|young men|oppressed|hardworking|"
    r"hard-working|new arrivals|newcomers|migrants?|families|family|children|kids|good people|"
    r"community|cultural enrichment|enrichment|diversity|joggers?|paisanos?|ninos|"
    r"recien llegados|ciertos vecinos|la diversidad|enriquecimiento cultural|refugiados?|"
    r"solicitantes de asilo|menores|nuevos vecinos|nuevos residentes|new residents|"
    r"new neighbors|dreamers|inclusivos"
)

# row id -> what every match of the row holds
PREFILTERS: dict[str, re.Pattern] = {
    name: re.compile(rx)
    for name, rx in {
        "question_sneer": r"\? (?:that'?s how|that explains|this is how it starts|figures|"
        r"say no more|enough said|explains (?:a lot|everything))\b",
        "crime_share": r"%|percent|per cent",
        "thirteen_fifty": r"13 ?(?:%|percent)|thirteen percent",
        "every_mule": r"(?:is|'s) (?:just )?(?:a |an )?(?:drug mule|mule|gang member|terrorist|"
        r"criminal|rapist|predator|thief|spy|dealer|drug dealer|groomer|pedophile|paedophile)\b|"
        r"(?:are|=) (?:all )?(?:ms[- ]?13|drug mules|mules|drug dealers|dealers|"
        r"cartel members|gang members)\b|(?:more like|=) (?:ms[- ]?13|gang|cartel)\b",
        "equated": r"=|->|equals",
        "fewer_equals": r"=|->|equals|igual a",
        "no_value": r"value ",
        "like_pests": r"like (?:locusts|rats|roaches|cockroaches|weeds|termites|vermin|lice|"
        r"parasites|leeches|a swarm|a plague|an infestation|mosquitoes|ants|maggots|strays|"
        r"stray dogs|a disease)\b",
        "again": r"again|otra vez|de nuevo|as usual|como siempre|another day|otro dia",
        "most_crime": r"of (?:the )?(?:crime|crimes|murders|violence|rapes|robberies|shootings|"
        r"break-ins)\b|(?:la mayoria de|casi todos|todos|la mitad de) (?:los |las )?(?:delitos|"
        r"crimenes|asaltos|robos|violaciones|homicidios|crimen)\b",
        "only_force.g": r"(?:only|just) (?:understand|respect|respond to|know) (?:force|violence|"
        r"the gun|the sword|bombs|a beating)\b|(?:solo|nomas|nada mas) (?:entienden|respetan|"
        r"conocen) (?:la fuerza|la violencia|las bombas|a palos|a balazos|a golpes)\b",
        "fuera_G": r"fuera|out(?:[.!]|\s*$| or (?:in|into|else)\b| now\b)",
        "expel.g": r"(?:back|home|out|south)(?=[.!?,]|$| where| to their| across| over| in)",
        "scare_quotes": rf"['\"“‘](?:{_SCARE_WORDS})['\"”’]",
        "equals": r"=|\+",
        "unfit.g": r"for (?:the job|office|politics|command|combat|leadership|the badge|"
        r"the bench)\b|=",
        "temperament": r"(?:no tienen|carecen de|no tienen ni) (?:el |la )?(?:temperamento|"
        r"cabeza|capacidad|caracter|inteligencia|nivel|madera) (?:para|de)\b|the (?:temperament|"
        r"brains|intelligence|aptitude|head|character|backbone) (?:for|to)\b|no saben |"
        r"en su lugar\b(?! de)",
        "bred_out": r"bred|breed",
        "expel_all": r"one of|them all|'em all|all of|lot of them|round|cattle|boxcars|"
        r"speak english or",
        "disclaimer.g": r"racist|nothing against|don'?t hate|some of my|(?:fine|ok|okay) with|"
        r"i'?m sure",
        "contact_refused": r"(?:never|not|refuse to|won'?t|will not|wouldn'?t|would not|do not|"
        r"don'?t) (?:ever |even )?(?:sit|stand|shake|live|share|eat|be|sleep|let) ",
        "we_know.g": r"knows? (?:why|which ones|what (?:they|these \w+|those \w+) (?:become|are|"
        r"do|turn into)|who (?:they|it) (?:is|are))\b|always are with that",
        "barred_field.g": r"(?:in|on|to (?:study|go to|work in)) (?:engineering|science|"
        r"the sciences|stem|math|tech|medicine|surgery|college|university|the workforce|"
        r"the boardroom|management|the newsroom|the cockpit|sports|the fire department|"
        r"the police|the force)\b|belong(?:s)? at home",
    }.items()
}
