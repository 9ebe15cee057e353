"""The shapes `hate_habits` reads over a sentence's masked words (`GRP` a protected group,
`PRX` a stand-in such as "those people"): a conduct hinted, a vice as routine, contempt closed
by a judgement."""

from __future__ import annotations

import re

_END = r"(?= ,| \.|$)"
_DET = r"(?:(?:the|all|all the|those|these|los|las|todos los|todas las|esos|esas|estos|estas) )?"

# 1. A conduct hinted at: "always do that", "up to something", "you know how X are".
HINTED = re.compile(
    rf"(?:^|(?<= )){_DET}GRP (?:\S+ )?(?:always|constantly|forever|just always|always just) "
    r"(?:do|does|pull|pulls|try|tries) (?:that|this|it|that stuff|this stuff|that crap|"
    rf"that shit|the same thing|the same|that kind of thing){_END}|"
    rf"(?:^|(?<= )){_DET}GRP (?:, )?(?:are |is )?(?:always |forever |constantly |just always )"
    r"(?:up to (?:something|no good|their (?:old )?tricks|mischief|some scheme|some scam)|"
    r"scheming|plotting something)(?= |$)|"
    rf"(?:^|(?<= ))you know how {_DET}GRP (?:are|get|operate|behave|act){_END}|"
    rf"(?:^|(?<= ))that is (?:just |so |exactly )?(?:how|what) {_DET}GRP (?:are|do|act|behave)"
    rf"{_END}|"
    r"(?:^|(?<= ))GRP will be GRP(?= |$)|"
    rf"(?:^|(?<= )){_DET}GRP (?:do|does|pull|pulls) (?:that|this|it) (?:all the time|every time|"
    rf"constantly){_END}|"
    r"(?:^|(?<= ))(?:typical|classic|such a) GRP (?:move|behavior|behaviour|thing|stuff|"
    rf"trick){_END}|"
    # Spanish
    rf"(?:^|(?<= ))(?:asi|como) son {_DET}GRP{_END}|"
    rf"(?:^|(?<= )){_DET}GRP son asi{_END}|"
    rf"^eso es (?:justo |precisamente |exactamente )?lo que (?:siempre )?hacen {_DET}GRP{_END}|"
    rf"(?:^|(?<= )){_DET}GRP (?:\S+ )?siempre (?:hacen|andan haciendo|salen con|hacen lo mismo"
    r"|andan en las mismas) ?(?:eso|lo mismo|las mismas|sus cosas|de las suyas|sus movidas)?"
    rf"{_END}|"
    rf"(?:^|(?<= )){_DET}GRP (?:\S+ )?(?:siempre |ya |nomas )?(?:andan|estan|van|se la pasan) "
    r"(?:siempre )?(?:en algo|tramando algo|en sus movidas|en sus cosas|haciendo de las suyas|"
    r"en las mismas|viendo (?:que|a quien) (?:se )?(?:roban|chingan|transan)|"
    r"viendo a ver que)(?= |$)|"
    r"(?:^|(?<= ))siempre (?:hacen eso|hacen lo mismo|andan en algo|andan tramando algo|"
    rf"andan en sus movidas|andan haciendo de las suyas) {_DET}GRP(?= |$)"
)

# 2. A vice stated as a habit: drunk, high, passed out, drinking or drugging by routine.
_HABIT_EN = (
    r"(?:always|all the time|every (?:single )?(?:weekend|night|day|friday|saturday|payday)|"
    r"constantly|24/7|day and night|all day(?: long)?|non ?stop|half the time)"
)
_VICE_EN = (
    r"(?:drunk|wasted|hammered|plastered|boozed up|high|stoned|strung out|passed out|"
    r"drinking|boozing|getting drunk|getting high|doing drugs|on drugs|on the bottle)"
)
_HABIT_ES = (
    r"(?:siempre|todo el tiempo|todos los (?:dias|fines de semana|fines|viernes|sabados|"
    r"domingos)|cada (?:fin de semana|fin|quincena|viernes|sabado|rato)|diario|a diario|"
    r"de lunes a domingo|dia y noche|noche y dia)"
)
_VICE_ES = (
    r"(?:borrach[oa]s?|bien pedos?|pedos?|briag[oa]s?|ebri[oa]s?|tomad[oa]s?|drogad[oa]s?|"
    r"grif[oa]s?|marihuan[oa]s?|tirad[oa]s? de borrach[oa]s?|hasta atras|crud[oa]s?)"
)
# Getting drunk or high by its own words; a plain "toman"/"drink" counts only with a drink of
# alcohol or a "like crazy" between ("toman agua de jamaica todos los días" is no vice).
_DRUNK_ES = (
    r"(?:se emborrachan|se ponen (?:bien )?(?:pedos|borrachos|hasta atras|hasta el gorro)|"
    r"se drogan|pistean|se la pasan (?:tomando|chupando|pisteando|borrach[oa]s|drogad[oa]s|"
    r"pedos))"
)
_BOOZE = (
    r"(?:booze|liquor|alcohol|beer|beers|wine|tequila|mezcal|pulque|cerveza|cheve|chelas|"
    r"pisto|chupe|vino|aguardiente)"
)
_DRINK_WORDS = (
    rf"(?:{_BOOZE}|like crazy|hard|heavily|a lot|too much|mucho|como (?:cosacos|locos|peces|"
    r"esponjas)|hasta caerse|hasta perderse)"
)
_DRINK_FILL = rf"(?:{_DRINK_WORDS} )?"
_DRINK_ES = rf"(?:{_DRUNK_ES}|(?:toman|beben|chupan) {_DRINK_WORDS})"
_G = r"(?:GRP|PRX)"
VICE = re.compile(
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:are|is|get|gets|seem) (?:\S+ )?{_HABIT_EN} "
    rf"{_VICE_EN}(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:are always|are constantly|always|constantly) {_VICE_EN}(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:are|is|get|gets) {_VICE_EN} {_HABIT_EN}(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:get drunk|get wasted|get high|do drugs|"
    rf"drink themselves stupid) (?:\S+ ){{0,2}}?{_HABIT_EN}(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:drink|drinks|booze) {_DRINK_FILL}{_HABIT_EN}(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?{_HABIT_EN} (?:drink|drinks|booze|get drunk|get high|"
    r"do drugs)(?= |$)|"
    rf"(?:^|(?<= ))all {_G} (?:ever )?do is (?:drink|get drunk|get high|do drugs|booze)(?= |$)|"
    # Spanish
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:{_HABIT_ES} |nomas |puro )(?:andan?|estan?|van?|viven?|"
    rf"se la pasan?|pasan?|vienen?) (?:bien |todos |puro |siempre )?{_VICE_ES}(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:andan?|estan?|viven?|se la pasan?) (?:bien |puro )?"
    rf"{_VICE_ES} {_HABIT_ES}(?= |$)|"
    rf"(?:^|(?<= )){_HABIT_ES} (?:andan?|estan?|viven?|se la pasan?) (?:bien |puro )?{_VICE_ES} "
    rf"{_DET}{_G}(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:{_HABIT_ES} )?{_DRUNK_ES} (?:\S+ ){{0,3}}?"
    rf"{_HABIT_ES}(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:{_HABIT_ES} )?(?:toman|beben|chupan) {_DRINK_FILL}"
    rf"{_HABIT_ES}(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:siempre|nomas|nada mas|puro) {_DRINK_ES}(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:viven|andan de|nomas andan de|siempre andan de) "
    rf"(?:bien |puro )?{_VICE_ES}(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:drink|drinks|booze|beben|toman|chupan|pistean) "
    r"(?:like|como) (?:fish|sailors|there is no tomorrow|cosacos|peces|esponjas|camellos|"
    r"agujeros)(?= |$)|"
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:spend|spends|blow|blows|waste|wastes|drink away|"
    r"se gastan|se chupan|se beben|se toman) (?:\S+ ){0,3}?(?:on |en )?(?:booze|liquor|"
    r"alcohol|beer|drugs|crack|meth|pisto|chupe|cerveza|cheve|vino|mezcal|drogas)(?= |$)"
    r"(?! (?:treatment|prevention|programs?|education|awareness|research|taxes|sales|licenses?|"
    r"abuse|tratamiento|prevencion|programas?|impuestos|venta|permisos?))|"
    rf"(?:^|(?<= )){_DET}{_G} (?:nomas|nada mas|solo) (?:viven|sirven|saben) (?:para )?"
    r"(?:tomar|chupar|pistear|emborracharse|drogarse)(?= |$)"
)
# Figures, law and care about drinking: a rate, a study, a program, a death toll.
FIGURES = re.compile(
    r"\b(?:rates?|percent|statistics?|stats|study|studies|data|deaths?|died|program|programs|"
    r"treatment|rehab|addiction|alcoholism|disease|tasas?|por ciento|estadistic\w+|estudios?|"
    r"datos|muertes?|murieron|programas?|tratamiento|adiccion\w*|alcoholismo|enfermedad|"
    r"law|laws|ley|leyes|ban|prohibicion|veda)\b|%"
)

# 5. Contempt, then a closing judgement: "X are the worst, disgusting".
_WORST = (
    r"(?:the worst|the lowest|the scum of the earth|the bottom of the barrel|a joke|a disgrace|"
    r"lo ultimo|lo peor|lo mas bajo|la peor|una verguenza|un asco|la escoria)"
)
_FREEBIES = (
    r"(?:handouts?|free stuff|free money|freebies|welfare|a check|checks|government money|"
    r"something for nothing|a free ride|special treatment)"
)
_NEEDY = (
    rf"(?:(?:waiting for|looking for|asking for|begging for|expecting|living off|living on) "
    rf"{_FREEBIES}|whining|complaining|crying|playing the victim|"
    r"pidiendo (?:apoyos|dinero|limosna|todo regalado|algo|que les den)|estirando la mano|"
    r"esperando (?:apoyos|que les den|todo regalado|limosna|el cheque)|quejandose|llorando|"
    r"de victimas|viviendo de (?:apoyos|los apoyos|limosna|nosotros|los demas|nuestros "
    r"impuestos))"
)
_JUDGED = (
    r"(?:disgusting|pathetic|gross|vile|sickening|revolting|repulsive|despicable|nasty|"
    r"ugh|yuck|que asco|asco|asquerosos|que asquerosos|asquerosas|patetico|pateticos|"
    r"pateticas|que pena|lamentable|repugnantes?|que repugnante|guacala|fuchi)"
)
CONTEMPT = re.compile(
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:are|is|son|es) (?:just |simply |really |all |"
    rf"todos |todas |de )?{_WORST}(?: \S+){{0,4}} , (?:so |just |que |y |and )?{_JUDGED}"
    rf"(?: \S+)?$|"
    rf"(?:^|(?<= )){_DET}{_G} (?:\S+ )?(?:are |son |estan |andan )?(?:always |siempre |"
    rf"nomas |just )+{_NEEDY}(?: \S+){{0,6}} , (?:so |just |que |y |and )?{_JUDGED}"
    r"(?: \S+)?$"
)
