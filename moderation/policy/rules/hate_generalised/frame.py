"""The frame around a predicate of `hate.generalised`, in English and Spanish: what may open
the sentence in the writer's own voice (fillers, a disclaimer such as "I'm not racist, but"),
the group as its subject (`GRP` in the masked sentence) with the words that may follow it
("people", "in this town", "que viven aqui"), the adverbs before the predicate, the copula with
its intensifiers that named vices and crimes open with ("are all just a bunch of"), and what may
end the clause. Regex sources: `crimes` and `patterns` compile them with each predicate.
"""

from __future__ import annotations

# A disclaimer that introduces the claim ("no lo digo por racista, pero ...", "no digo que
# todos, pero ..."): the claim after it is the writer's own.
DISCLAIM_ES = (
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
    rf"{DISCLAIM_ES})(?: ,)? )*"
)
_TAIL_EN = (
    r"(?:(?:people|folks|men|women|kids|guys|families|parents|boys|girls|immigrants|"
    r"workers|neighbors|neighbours|tenants|students|drivers|americans) )?"
)
TAIL_WORDS = frozenset(
    {"people", "folks", "men", "women", "kids", "guys", "families", "parents", "boys", "girls",
     "immigrants", "workers", "americans", "neighbors", "neighbours", "tenants", "students",
     "drivers"}
)  # fmt: skip
_WHERE_EN = (
    r"(?P<loose>(?:in general |as a group |as a rule |as a people |over there |around here |"
    r"here |(?:in|from|on|at|near|around) (?:this|our|the|my|your|that|these) (?:\S+ ){1,3}?|"
    r"(?:in|from) (?!the\b|a\b|an\b)\S+ (?:(?:and|or) \S+ )?)(?:(?:in|from) (?:\S+ ){1,3}?)?)?"
)
SUBJ_EN = (
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
SUBJ_ES = (
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
# "Not only" adds and denies nothing: "X not only work, they also steal" says the predicate
# after "also" / "but" ("no solo trabajan, también roban"). A crime before it is said as well
# ("X not only steal, they also kill", `_ADV_CRIME_EN`); a milder vice may be conceded to
# praise ("no solo traen problemas, también traen soluciones"), so only the half after counts.
_NOT_ONLY_EN = r"not (?:only|just|merely)"
_NOT_ONLY_ES = r"no (?:solo|solamente|nomas|unicamente|nada mas)"
_ALSO_EN = (
    rf"{_NOT_ONLY_EN} (?:(?!,)\S+ ){{1,5}}?, "
    r"(?:but (?:(?:they|GRP) )?(?:also |even )?|(?:(?:they|GRP) )?(?:also|even) )"
)
_ALSO_ES = (
    rf"{_NOT_ONLY_ES} (?:(?!,)\S+ ){{1,5}}?, "
    r"(?:(?:sino|pero) (?:que )?(?:tambien |ademas |hasta )?|(?:tambien|ademas|hasta) )"
)
_WORDS_EN = (
    r"all|always|just|naturally|simply|basically|only|really|literally|generally|constantly|"
    r"usually|typically|by nature|genetically|inherently|will|would|already|obviously|clearly|"
    r"all just|tend to|love to|like to|will always|always will|still"
)
_WORDS_ES = (
    r"siempre|solo|nomas|nada mas|simplemente|naturalmente|todos|todas|de por si|"
    r"por naturaleza|ya|nunca"
)
ADV_EN = rf"(?P<adv>(?:{_ALSO_EN})?(?:(?:{_WORDS_EN}) )*)"
ADV_ES = rf"(?P<adv>(?:{_ALSO_ES})?(?:(?:{_WORDS_ES}) )*)"
ADV_CRIME_EN = rf"(?P<adv>(?:{_ALSO_EN})?(?:(?:{_WORDS_EN}|{_NOT_ONLY_EN}) )*)"
ADV_CRIME_ES = rf"(?P<adv>(?:{_ALSO_ES})?(?:(?:{_WORDS_ES}|{_NOT_ONLY_ES}) )*)"
# The clause ends, or goes on with words that keep the predicate whole ("X steal everywhere").
END_EN = (
    r"(?:(?: on time| here| in this country| at all| anymore| ever| either))?"
    r"(?= ,|$| (?:and|everywhere|wherever|whenever|every|all the time|constantly|it is|"
    r"that is|period|plain and simple|simple as that|everyone knows|everybody knows|always|too|"
    r"lol|lmao|then|like)\b)"
)
END_ES = (
    r"(?= ,|$| (?:y|siempre|en todos lados|donde sea|es|todo mundo|todos lo saben|jaja\w*|"
    r"eso lo sabe|como siempre|punto|asi de simple|por naturaleza)\b)"
)

ARE_EN = (
    r"(?:are|are all|all are|are just|are basically|are nothing but|are mostly) "
    r"(?:(?:all|just|basically|born|natural|natural born|a bunch of|a nation of|a race of|"
    r"a pack of|nothing but|always|such|total|complete|lying|thieving|filthy|dirty) )*"
)
