"""The shapes of hate left to the reader (`hate_everyday`): a knowing hint about a group, a
hint at who commits the crimes, a question asked in bad faith, a code name, a pet joke."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, any_stopwords

# A knowing hint about a group ("you know how they are", "ya saben a qué vienen").
KNOWING = re.compile(
    r"\b(?:read|check|look at|google|see) (?:the |their |the \S+ )?(?:names|last names|"
    r"surnames)(?: on \S+ \S+| in \S+ \S+)?$|"
    r"\b(?:it is |that is )?(?:not|never) (?:a )?coincidence\b|\bno es (?:casualidad|"
    r"coincidencia)\b|"
    r"\b(?:you know|we know|we all know|everybody knows|everyone knows) (?:how they are|what "
    r"they are like|what they are here for|what they come for|what they are|what to expect)\b|"
    r"\b(?:ya saben|ustedes saben|todos sabemos|ya sabemos|ya sabes) (?:como son|a que vienen|"
    r"lo que (?:te|les|nos) espera|de quienes hablo|quienes son|(?:perfectamente )?que clase de "
    r"gente)\b|"
    r"^(?:and )?(?:you know|ya saben|ya sabes)$|"
    r"\bGRP,? (?:como siempre|como de costumbre|as usual|of course)$"
)

# Hinting at who commits the crimes ("read the names", "we all know which crowd").
_WHO = (
    r"(?:who|which (?:crowd|group|side|people|ones|neighborhood|part of town|community|"
    r"religion|race|country|countries))"
)

INSINUATE = re.compile(
    rf"\b(?:everybody|everyone|we all|you all|y'?all|all of us) (?:already )?knows? "
    rf"{_WHO}\b|"
    r"\b(?:we|you) (?:all )?know (?:which|what) (?:crowd|group|side|kind of people)\b|"
    r"\b(?:read|check|look at|google|see) (?:the |their |the \S+ )?(?:names|last names|"
    r"surnames|mugshots|faces)(?: on \S+ \S+| in \S+ \S+)?$|"
    r"\b(?:point out|pointing out|notice|noticing|say|saying|mention|so|we know|asking|ask|"
    r"question|wonder|guess|look at|tell me) who (?:is |are )?(?:commits|committing|does|doing|"
    r"is doing|keeps|is behind) (?:the |all the |most of the |all of the )?(?:crimes?|"
    r"shootings|stealing|robberies|robbing|break ins|shoplifting|burglaries|car thefts|thefts?|"
    r"carjackings|drug dealing|dealing)\b|"
    r"\b(?:look|go look) at who is (?:in line|getting arrested|on the list|in the mugshots|"
    r"in jail|on welfare)\b|"
    r"\bwhy is it always (?:their|the same|GRP|those)\b|"
    r"\b(?:suspects?|perps?|perpetrators|shooters?|thieves|robbers|attackers) (?:were|was|"
    r"are|is),? (?:surprise|big surprise|what a surprise|shocker|surprise surprise|"
    r"you guessed it|guess who)\b|"
    # (not "quién manda": who rules the night is the plaza's boss, no people)
    r"\b(?:todos sabemos|ya sabemos|ya saben|todo mundo sabe|todos saben) (?:quienes|quien|"
    r"que gente|que clase de gente|de que (?:pais|religion|raza))\b"
    r"(?! (?:manda|mandan|gobierna|gobiernan|es el jefe|son los jefes|pone las reglas|controla "
    r"la plaza|controlan la plaza|maneja la plaza|manejan la plaza|cobra piso|cobran piso|mueve "
    r"la droga|mueven la droga)\b)|"
    r"\b(?:fijense|miren|lean|revisen|chequen) (?:en )?(?:los|sus) (?:apellidos|nombres|"
    r"caras)\b|"
    r"\bpor que siempre que hay (?:\S+ )?hay (?:un |una |algun )?GRP\b|"
    r"\bque casualidad,? (?:otra vez |siempre )?(?:puros|puras|son|eran) |"
    r"\bsame (?:people|type of \S+|kind of \S+|crowd|folks|tenants|families)\b.*"
    r"\bsame (?:results|problems|story|outcome)\b|"
    r"\b(?:the same|del mismo|de la misma|all the same) (?:race|color|colour|skin color|raza|"
    r"color de piel)\b|"
    r"\b(?:guess|adivinen|adivina) (?:which|what|de que) (?:color|colour|race|religion|raza)\b|"
    r"^(?:and )?(?:you know|you know why|we all know why|ya saben|ya saben por que|"
    r"todos sabemos por que)$"
)

# A people hinted at by where it lives or what kind it is, its name left to the reader ("we all
# know which neighborhoods", "the same few barrios", "the same kind of people show up", "you
# know the ones", "I won't say which"): it names no one, so it counts only beside a charge
# (`winks.charged`). "The same kind of people" counts only arriving: "it's always the same kind
# of people at the crime watch meetings" is a remark about a crowd.
_PLACES = (
    r"(?:neighbou?rhoods?|parts? of town|sides? of town|zip codes?|barrios?|blocks|"
    r"kinds? of people|types? of people|families|ones)"
)
PLACE_HINT = re.compile(
    rf"\b(?:we|you|y'?all) (?:all )?know (?:which|what) {_PLACES}\b|"
    rf"\b(?:everybody|everyone|we all|you all|y'?all|all of us)(?: here| around here)? "
    rf"(?:already )?knows? (?:exactly )?(?:which|what) {_PLACES}\b|"
    r"\byou know the ones\b|\byou know which ones\b|"
    r"\bthe same (?:few )?(?:zip codes|barrios|neighbou?rhoods|parts? of town)\b|"
    r"\bthe same (?:kinds?|types?) of people (?:\S+ ){0,2}?(?:show up|showed up|shows up|"
    r"move in|moved in|moves in|come in|came in|arrive|arrived|turn up|turned up)\b|"
    r"\bi (?:will not|would not) say which\b|\byou can guess (?:which|who|from)\b"
)

# Who is meant left for the reader to name ("you know who I mean", "if you catch my drift",
# "I'll let you guess which ones", "everyone knows, nobody says it", "nobody had to say it out
# loud"): like `PLACE_HINT` it names no one, so it counts only beside a charge and not when an
# office or a trade is what the comment speaks of (`winks.aimed_at_office`).
LEFT_TO_GUESS = re.compile(
    r"\b(?:know|knows|knew) (?:exactly |just )?(?:who|which ones|which people) (?:i|we) "
    r"(?:mean|meant|am talking about|are talking about)\b|"
    r"\bif you catch my drift\b|"
    r"\b(?:i will|i am going to|i am gonna|ill) let you (?:guess|figure out|fill in)\b|"
    r"\b(?:guess|figure out) (?:which|what) (?:ones|kind|group|crowd)\b|"
    r"\b(?:everyone|everybody) knows(?: it| this| that)?,? (?:but )?(?:nobody|no one) (?:says|"
    r"will say|wants to "
    r"say|dares to say) it\b|"
    r"\b(?:nobody|no one|you do not|you did not|we do not) (?:had |has |have |needs |need )?"
    r"(?:to )?(?:say|said) it out loud\b|"
    r"\b(?:we|you|i) (?:do not|did not) (?:need|have) to say who\b|\byou figure it out$"
)

# The same left to the reader for a hold on money or the press ("the bankers in New York. You
# know which ones.", "Globalists again. We all know who they mean."): it counts only beside
# such a hold (`POWER`), the old libel of a people behind the banks.
CABAL_HINT = re.compile(
    r"\b(?:you|we|y'?all) (?:all )?know (?:who|which ones|the ones|which tribe)\b|"
    r"\b(?:everybody|everyone) knows who\b|"
    r"\b(?:owned|run|funded) by,? (?:well,? )?you know\b"
)
POWER = re.compile(
    r"\b(?:(?:run|runs|running|own|owns|owning|owned|control|controls|controlling|fund|funds|"
    r"funding) (?:all )?(?:the |our |those |these )?(?:banks?|fed|federal reserve|media|press|"
    r"hollywood|studios|news|wall street|congress|newspapers?)|bankers?|globalists?|"
    r"international finance|financiers?|"
    # the same said the other way round ("the bank that denied my loan is owned by")
    r"(?:banks?|fed|media|press|papers?|newspapers?|networks?|studios|news|hollywood) "
    r"(?:\S+ ){0,8}?(?:is|are|was|were) (?:all |mostly |basically )?(?:owned|run|controlled|"
    r"funded) by)\b"
)

# Asking in bad faith, once crime and a group are in the comment ("just asking", "nomás
# pregunto").
ASKING = re.compile(
    r"\b(?:just asking(?! questions)|asking for a friend|just a question|nomas pregunto|"
    r"solo pregunto|pregunta inocente|nomas digo|yo nomas digo|just saying|just sayin|"
    r"just an observation|draw your own conclusions?|saquen sus conclusiones|"
    r"not saying anything)\b"
)

# Code names for Jews and a cabal ("the tribe always gets paid", "happy merchant").
CODE_NAMES = (
    r"\bhappy merchants?\b|"
    r"\bthe tribe (?:always |again )?(?:gets paid|got paid|wins again|strikes again|looks "
    r"after (?:its|their) own|takes care of (?:its|their) own)\b|"
    r"\b(?:crowd|people|tribe|folks|ones|bunch) (?:that|who) (?:owns?|runs?|controls?) "
    r"(?:hollywood|the banks|the media|wall street)\b|"
    r"\brootless cosmopolitans?\b|"
    r"\b(?:gay|homosexual|jewish|muslim|GRP) (?:mafia|lobby) (?:controls|runs|owns|is behind|"
    r"control|run|own)\b|"
    r"\blos de la tribu\b(?! (?:de )?(?:los )?(?:warm springs|yakamas?|umatillas?|nez perce|"
    r"navajos?|hopis?|apaches?|tohono|yaquis?|kickapoos?|seris?|comcaac|cucapas?|kumiai|lakotas?|"
    r"cherokees?|seminolas?|seminoles?|miccosukee|wixarikas?|huicholes|raramuris?|mayos?|"
    r"tarahumaras?|pimas?|otomies?|mazahuas?|triquis?|mixes?|zapotecas?|mixtecas?))|"
    r"\bla tribu (?:siempre|otra vez|de siempre)\b"
)

# The "13 percent" statistic: digits, so no string the needles can look for (its alternatives
# start with a digit, the others with a letter: last or first, they match the same).
_CODE_NUMBERS = (
    r"\b13 (?:percent|per cent|%)(?: \S+){0,3} (?:you know|does|do|commit|50|of the (?:crime|"
    r"murders|violent))|\b13 50\b"
)

CODE = re.compile(f"{CODE_NAMES}|{_CODE_NUMBERS}")

# The code's numbers read as quantities: a change or a point measured ("rent went up 13
# percent", "at 13:50"), a count of things ("50 families", "13 teachers") or a time.
_MEASURED_AFTER = frozenset(
    {"up", "down", "by", "rose", "fell", "grew", "jumped", "dropped", "climbed", "raised",
     "cut", "at", "subio", "bajo", "aumento", "crecio", "cayo", "las", "a las"}
)  # fmt: skip
_SHARE = frozenset({"percent", "per", "per cent", "cent", "por", "por ciento", "ciento"})
_CODE_NUMBER = re.compile(r"(?:13|50)%?")
# Things counted: a plural ("50 families", "13 teachers", "50 familias") or a plural without
# its -s; not a verb said of the statistic ("13/50 says it all").
_COUNTED = frozenset({"people", "men", "women", "children", "gente", "police", "staff"})
_SAID_OF_IT = frozenset(
    {"says", "shows", "explains", "proves", "tells", "speaks", "means", "does", "is", "has",
     "was", "dice", "dicen", "explica", "demuestra", "es", "lo"}
)  # fmt: skip


def numbers_counted(an: Analysis, units: list[int]) -> bool:
    """Whether a number of the code's matched `units` is a quantity: a change or a time
    measured (the word before it), a count of things (a plural after it in its
    sentence: "50 families"), or two numbers joined as a clock time ("13:50"). A share of
    people ("13 percent of ...", "13/50") is none of these."""
    stop = any_stopwords(an.lex)
    numbers = [k for k in units if _CODE_NUMBER.fullmatch(an.units[k].text)]
    for k in numbers:
        unit = an.units[k]
        if unit.text.endswith("%"):
            continue
        before = an.units[k - 1] if k else None
        if before is not None and before.sentence == unit.sentence:
            if before.text in _MEASURED_AFTER:
                return True
            if _CODE_NUMBER.fullmatch(before.text):
                between = an.norm.text[before.end : unit.start]
                if ":" in between:
                    return True
        after = an.units[k + 1] if k + 1 < len(an.units) else None
        if (
            after is not None
            and after.sentence == unit.sentence
            and after.text.isalpha()
            and after.text not in _SHARE | stop | _SAID_OF_IT
            and (after.text in _COUNTED or after.text.endswith("s"))
        ):
            return True
    return False


# A people's neighbours told to mind their pets.
PETS = re.compile(
    r"\b(?:keep an eye on|watch|lock up|hide|hold on to) your (?:cats|dogs|pets|cat|dog)\b|"
    r"\b(?:cuiden|cuida|escondan|guarden|encierren) (?:a )?(?:sus|tus|los) (?:gatos|perros|"
    r"mascotas|gatitos|perritos)\b"
)


# The libel of a people eating pets, said without the pets' owners warned: the group (or a
# stand-in) eating cats, dogs or park ducks, or pets gone missing since a people moved in.
_PET = r"(?:cats?|dogs?|pets|kittens|puppies|ducks|geese)"
_PET_ES = r"(?:gatos|perros|mascotas|gatitos|perritos|murcielagos|patos)"
_GONE = r"(?:disappearing|going missing|gone missing|vanishing|disappeared|vanished|went missing)"
_CAME = r"(?:GRP|families|people|folks|they) (?:\S+ )?(?:moved in|came|arrived|showed up|got here)"
PETS_EATEN = re.compile(
    rf"\bGRP (?:(?!not |never |no |nobody )\S+ ){{0,4}}?(?:eat|eats|eating|ate|cook|cooks|"
    rf"cooking|cooked|grill|grills|grilling|roast|roasting|roasted) (?:\S+ ){{0,2}}?{_PET}\b|"
    rf"\b{_PET} (?:\S+ ){{0,3}}?{_GONE}\b.* (?:since|after|when) (?:\S+ ){{0,3}}?{_CAME}\b|"
    rf"\b(?:since|after|ever since) (?:\S+ ){{0,3}}?{_CAME}\b.* {_PET} (?:\S+ ){{0,3}}?{_GONE}\b|"
    rf"\b(?:seen|noticed|spotted) (?:any|a) (?:stray )?(?:cats?|dogs?) (?:\S+ ){{0,2}}?"
    rf"(?:lately|around there|around here)\b|"
    # the same in Spanish: "los X se comen a los gatos", "que se regresen a comer murciélagos",
    # "otro barrio donde van a desaparecer los perros"
    rf"\bGRP (?:(?!no |nunca |ni |jamas )\S+ ){{0,5}}?(?:comen|se comen|comian|se comian|"
    rf"cocinan|a comer|se tragan) (?:\S+ ){{0,2}}?{_PET_ES}\b|"
    rf"\b(?:van a desaparecer|desaparecen|desaparecieron|ya no se ven|ya no hay) "
    rf"(?:los |las )?{_PET_ES}\b"
)
