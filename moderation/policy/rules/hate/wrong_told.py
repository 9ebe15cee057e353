"""A wrong done to a people told beside a hedge: "Los judíos fueron perseguidos y asesinados. No
es odio, es historia.", "A los yaquis les quitaron el agua.": the "no es odio, es historia" of a
comment that tells the group's grievance or defends it, read by `hate.coded` for
`no_es_excusa_es`.

Only a wrong done to them counts: a past or passive act ("fueron perseguidos", "los
deportaron", "les negaron sus derechos"), a named atrocity ("la esclavitud", "el genocidio"),
or a myth about them refuted ("no tienen la culpa", "no es una enfermedad"). The hedge's own
word ("no es discriminación") is no wrong told, nor is a word the writer denies ("yo no
discrimino"), a call for the act ("hay que expulsarlos", "que los deporten") or "derechos"
alone ("los derechos que les regalamos")."""

from __future__ import annotations

import re

# Acts done to a people, by stem: the past participle after a past or passive auxiliary
# ("fueron perseguidos"), the preterite with its object pronoun before it ("los expulsaron"),
# the preterite with a people of many after it ("asesinaron a miles").
_STEMS = (
    r"(?:asesin|esclaviz|deport|expuls|masacr|extermin|encarcel|linch|tortur|desplaz|margin|"
    r"segreg|discrimin|estigmatiz|fusil|despoj|humill|maltrat|exili|aniquil|gase|vej|"
    r"despreci|explot|reprim|oprim|persegu|persig)"
)
# plural: a people, not one man ("mi primo fue asesinado")
_PARTICIPLE = _STEMS + r"(?:ados|adas|idos|idas)"
# ... unless "these" or "some" did it: "fueron asesinados por esos ..." tells the writer's own side
_NOT_BY_THEM = r"(?! por (?:esos|esas|estos|estas|ellos|ellas|unos|unas)\b)"
_PRETERITE = _STEMS + r"(?:aron|ieron|uieron)"
_WRONGED = re.compile(
    r"\b(?:"
    # a passive or past perfect: "fueron perseguidos (y asesinados)", "han sido discriminados"
    r"(?:fueron|han sido|habian sido|hayan sido|eran|siendo|sido|estuvieron|estaban|"
    r"vivieron|murieron|quedaron)(?: \w+){0,3}? " + _PARTICIPLE + _NOT_BY_THEM + r"|"
    # the act with its object pronoun before it: "los expulsaron", "les quitaron el agua"
    r"(?:los|las|les) (?:tambien |luego |despues |ya )?" + _PRETERITE + r"|"
    r"les (?:quitaron|robaron|negaron|arrebataron|quitan|roban|niegan|arrebatan)|"
    # the act with a people of many after it: "asesinaron a seis millones"
    + _PRETERITE
    + r" a (?:\w+ )?(?:miles|millones|cientos|pueblos|comunidades|familias|generaciones|"
    r"naciones)|"
    # a named atrocity or wrong
    r"persecucion\w*|esclavitud|genocidio|exterminio|masacres?|matanzas?|despojo|"
    r"linchamientos?|discriminacion(?:es)?|discriminad[oa]s|injusticias?|"
    # rights taken from them: "violaron sus derechos", "sin derechos", "derechos negados"
    r"(?:violaron|violan|pisotearon|pisotean|negaron|niegan|quitaron|quitan|violacion de|"
    r"violaciones de|sin) (?:sus |los |tus )?derechos|"
    r"derechos (?:humanos )?(?:violados|negados|pisoteados)|"
    # a myth about them refuted, their mistreatment told
    r"no (?:es|son) (?:una )?enfermedad\w*|no tienen? la culpa|que no se repita|"
    r"(?:los|las|les|nos) trataron"
    r")\b"
)
# The word is denied where it stands: "no es discriminación", "yo no discrimino", "ni ...".
_DENIED = re.compile(r"\b(?:no|ni|nada de)(?: \w+){0,2} $")
# A call for the act in its clause: "hay que", "que los deporten", "ojalá".
_CALLED = re.compile(
    r"\b(?:hay que|hace falta|habria que|deberian|deben|debe|merecen|se merecen|necesitan|"
    r"ojala|urge|exijo|exigimos|pido|pedimos|otra|otro|un nuevo|una nueva|a ver si)\b"
)
_CLAUSE_END = re.compile(r"[.!?,;:]")


def wrong_told(text: str, start: int, end: int) -> bool:
    """The comment tells a wrong done to a people (see the module) outside the hedge at
    [start, end), not denied and not called for."""
    for m in _WRONGED.finditer(text):
        if m.start() < end and m.end() > start:
            continue  # the hedge's own word: "no es discriminación, es prevención"
        if _DENIED.search(text, max(0, m.start() - 20), m.start()):
            continue  # "yo no discrimino", "no es discriminación"
        before = text[max(0, m.start() - 60) : m.start()]  # its clause, read back a little
        clause = _CLAUSE_END.split(before)[-1]
        if _CALLED.search(clause):
            continue  # "hay que expulsarlos", "merecen otra masacre"
        return True
    return False
