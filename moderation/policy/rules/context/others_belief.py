"""Other people's belief or talk, not the writer's own: held up before a line ("if you think X",
"people who say X", "los que dicen que X") or named as what a reaction is about ("what bothers
me is that people think X", "me molesta que la gente crea que X"). One definition for the rules
that set such a line apart (`hate_everyday`, the Spanish held shapes, `hate.reaction_verb`)."""

from __future__ import annotations

import re

# the believers named in a clause of their belief ("que la gente crea", "that people think")
_PEOPLE_ES = (
    r"la gente|mucha gente|tanta gente|muchos|mucha|muchas personas|otros|los demas|"
    r"todo el mundo|todo mundo|todos|tantos|algunos|alguna gente|la sociedad|los medios|"
    r"la prensa|se|nos|les"
)
_BELIEVE_ES = (
    r"crea|crean|cree|creen|piense|piensen|piensa|piensan|diga|digan|dice|dicen|asuma|"
    r"asuman|suponga|supongan|generalice|generalicen|vea|vean|considere|consideren|juzgue|"
    r"juzguen|etiquete|etiqueten|tache|tachen|pinte|pinten|presente|presenten"
)
_PEOPLE_EN = (
    r"people|everyone|everybody|many|others|folks|some people|the media|society|strangers|"
    r"the news"
)
_BELIEVE_EN = (
    r"think|thinks|say|says|assume|assumes|believe|believes|claim|claims|call|calls|label|"
    r"labels|see|sees|paint|paints|portray|portrays|treat|treats|stereotype|stereotypes"
)

OTHERS_BELIEF = re.compile(
    # held up: "if you think", "the guy saying", "the idea that", "los que dicen que"
    r"\b(?:if you think|if you believe|you think|people who (?:think|say|believe)|"
    r"those who (?:say|think)|anyone who (?:says|thinks)|(?:guy|man|woman|person|people|folks|"
    r"commenter|poster|one) (?:saying|who says|who said|claiming)|(?:the |that )?(?:idea|"
    r"claim|notion|myth|argument|arguments|line) that|to say that|si crees que|si piensan que|"
    r"los que dicen|quienes dicen|el que dice|la que dice|decir que|eso de que|"
    # a clause of their belief: "que la gente crea", "that people still think"; "(qué
    # quieren) que les diga" is the writer's own tag, even in a window that cuts its start
    rf"que (?!les diga\b)(?:{_PEOPLE_ES}) "
    rf"(?:(?:todavia|aun|siempre|luego|nomas|de volada) )?(?:{_BELIEVE_ES})|"
    rf"(?:that|how|when|the way) (?:so many |too many )?(?:{_PEOPLE_EN}) "
    rf"(?:still |always |just |automatically |immediately )?(?:{_BELIEVE_EN}))\b"
)
