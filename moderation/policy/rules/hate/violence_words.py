"""Patterns, word lists and small checks `hate.violence` reads: the threat shapes over unit
codes, futures, subjunctives, expulsion and death verbs."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.hate.words import (
    F,
)

VIOLENCE = (
    # "I will kill X", "hay que matar a los X"; two verbs joined ("hunt down and kill X")
    re.compile(rf"(?P<p>[MF])[AYIU]*(?:C{F})?(?:V[AY]*(?P<and>B)[AY]*)?(?P<v>V)[AYI]*(?P<g>G)"),
    re.compile(rf"(?P<g>G){F}(?P<p>M){F}(?:C{F})?(?P<v>[VK])"),
    re.compile(r"^[AYB]*(?P<v>V)[AY]*(?P<g>G)"),
    re.compile(rf"(?P<p>[MF])[AYIw]{{0,2}}(?P<g>G){F}(?:[MC]{F})?(?P<v>[KV])"),
    re.compile(r"(?P<v>[KE])[AY]*(?P<g>G)"),
    re.compile(rf"P(?P<g>G)C{F}(?P<v>K)"),
    re.compile(rf"(?P<v>V)[AY]*(?P<g>G){F}(?:[MC]{F})?J"),
    # "X are (all) going to die": only with the doom verbs of death and suffering
    re.compile(rf"(?P<g>G){F}(?:C{F})?(?P<p>F){F}(?:C{F})?(?P<v>[KV])"),
    # "I'd (fucking) kill them", "I will hurt X": the writer, then "would"/"will" read as a
    # copula (the F and M forms are handled above)
    re.compile(r"(?P<p>I)[AY]*(?P<c>C)[AY]*(?P<v>V)[AYI]*(?P<g>G)"),
    # "habría que reunir a todos los X y fusilarlos": the clitic of the second verb is the group
    re.compile(r"(?P<p>[MF])[AYIw]{0,4}(?P<g>G)[AY]*B[AY]*(?P<v>V)"),
    # "I'll make every X in this town bleed": a place between the group and its fate
    re.compile(rf"(?P<p>F)[AYIw]{{0,2}}(?P<g>G)(?P<at>w)[Aw]{{0,2}}(?:[MC]{F})?(?P<v>K)"),
    # the group's predicate, then "and" and a modal of harm: "X have no place here and should
    # be eliminated" (a negation after the modal blocks: "... and should not be attacked")
    re.compile(rf"(?P<g>G)[^BGgO.]{{0,8}}?(?P<and>B)(?P<p>M){F}(?:C{F})?(?P<v>V)"),
    # the Spanish verb before its subject: "me encantaría ver arder a los X", "quiero ver
    # morir a todos los X" (only after "ver": "quiero morir" is the writer's own)
    re.compile(r"(?P<p>F)(?P<see>w)?(?P<v>K)[AY]*(?P<g>G)"),
    # the Spanish future or conditional passive, vouched for by the writer: "los X serán
    # ejecutados si de mí depende", "los X serían fusilados si yo mandara"; or a fate in the
    # future: "los X morirán, lo juro" (`_vouched`)
    re.compile(rf"(?P<g>G){F}(?:(?P<c>C){F})?(?P<v>[VK])"),
)
# Verbs of pest control ("fumigar", "fumigate", "desinfectar"): violent said of people, not of
# their rooms or belongings, which the readings of a people's places and things leave out.
SPRAYS = ("fumig", "desinf")
# What is sprayed when the people are only its owners: Spanish nouns before "de los X" ("las
# casas de los migrantes"), English ones after the possessive ("the migrants' clothes").
SPRAYED_THINGS = frozenset(
    {"casas", "casa", "cuartos", "cuarto", "camas", "colchones", "cobijas", "ropa", "banos",
     "celdas", "barracas", "dormitorios", "albergue", "albergues", "tiendas", "carpas"}
)  # fmt: skip
POSSESSED_THING = re.compile(
    r"['’]s?\s+(?:\w+\s+)?(?:clothes|clothing|beds|bedding|mattresses|blankets|laundry|rooms|"
    r"dorms|bunks|luggage|bags|shoes|belongings)\b"
)
# The copulas of that passive: what will or would be done to the group.
PASSIVE_FUTURE_C = frozenset({"seran", "serian", "seran todos", "serian todos"})
AND = frozenset({"and", "y", "and then", "or", "o"})
WRITER_MODAL_C = frozenset({"would", "will", "shall", "would just", "will just"})
DEATH_K = ("die", "suffer", "burn", "rot", "perish", "be killed", "be slaughtered", "morir",
            "sufrir", "arder", "pudrir", "ser fumigad", "ser gasead", "ser envenenad",
            "ser ahogad", "ser quemad", "be wiped", "be exterminated", "be eradicated",
            "be annihilated", "be massacred", "be hanged", "be shot", "be gassed", "be burned",
            "be executed", "be murdered", "extinct", "be dead", "all be dead", "pay with",
            "pay in", "pay for what", "pay for existing", "pay for being")  # fmt: skip
SUBJUNCTIVE_K = frozenset(
    {"mueran", "se mueran", "se murieran", "murieran", "desaparezcan", "se pudran",
     "muera", "se muera", "se muriera", "desaparezca", "se pudra", "se vaya", "se largue",
     "pudranse", "se vayan", "se larguen", "ardan", "se regresen", "que se regresen",
     "regresense", "que se larguen",
     "sufran", "fuera", "al infierno", "fuera de aqui", "fuera de mi pais",
     "fuera de nuestro pais", "rot in hell", "burn in hell", "go to hell"}
)  # fmt: skip
EXPULSION = frozenset(
    {"deport", "deported", "deporting", "deportation", "mass deportation", "send back",
     "sent back", "expel", "expelled", "kick out", "kicked out", "throw out", "thrown out",
     "ban", "banned", "deportar", "deportarlos", "deportarlas", "deporten", "deportados",
     "deportadas", "deportacion", "expulsar", "expulsarlos", "expulsen", "expulsados", "echar",
     "echarlos", "echen", "keep out", "keep out all", "send back all", "ser deportados",
     "be deported", "ser expulsados", "shipped back", "shipped off", "shipped out",
     "sent home", "regresarlos", "regresarlas", "ser regresados"}
)  # fmt: skip
PAST_FORMS = frozenset({"shot", "beaten", "burnt", "hung", "thrown", "sent", "caught", "beat"})


def present_told_es(an: Analysis, v: Unit) -> bool:
    """A Spanish verb in the third person plural of the present ("golpean", "queman",
    "persiguen"): what others do, told; the command is another form ("golpeen", "persigan").
    Read only for a verb whose infinitive is a harm word of the lexicon."""
    if an.lang != "es" or " " in v.text:
        return False
    word = v.text
    if word.endswith("an"):
        infinitives: tuple[str, ...] = (word[:-2] + "ar",)
    elif word.endswith("en"):
        if _harm_infinitive(an, word[:-2] + "ar"):
            return False  # "golpeen": the command of an -ar verb
        infinitives = (word[:-2] + "er", word[:-2] + "ir")
    else:
        return False
    return any(_harm_infinitive(an, infinitive) for infinitive in infinitives)


def _harm_infinitive(an: Analysis, word: str) -> bool:
    entry = an.lex.lookup((word,))
    return entry is not None and entry.has("V")


def contrast_denied(an: Analysis, first: int, v: int) -> bool:
    """ "..., not deport them", "..., no echarlos": a negation right before the violence verb
    that opens a clause after a comma, inside the match, names the harm refused."""
    n = v - 1
    if n <= first or an.units[n].code != "N" or an.units[n].sentence != an.units[v].sentence:
        return False
    return "," in an.norm.text[an.units[n - 1].end : an.units[n].start]


# "Deberían regresarse y hacer fila como todos", "should go back and get in line like my
# family did": a return asked as the first step of the legal way in, an argument about the
# process, not a group driven out.
_RETURN_VERBS = ("regres", "volver", "vuelvan", "go back", "go home", "return", "leave")
_LAWFUL_NEXT = re.compile(
    r"(?:\s+(?:home|a casa|a su pais|a sus paises|to (?:their|his|her) (?:own )?countr(?:y|ies)|"
    r"de donde vinieron|where they came from))?"
    r"\s*,?\s+(?:and|y|e)\s+(?:then\s+|luego\s+|despues\s+)?(?:get in line|wait in line|"
    r"get in the line|wait (?:their|his|her) turn|(?:re)?apply(?= *(?:[.,;!]|$|legally|the legal|"
    r"for (?:a |an |the )?(?:visa|asylum|papers|citizenship|green card|residency|permit)))|"
    r"come back legally|"
    r"come back the (?:legal|right) way|do it (?:legally|the legal way|the right way)|"
    r"go through the process|hacer (?:la )?fila|hacer cola|hacer (?:el|los) tramites?|tramitar|"
    r"esperar su turno|entrar (?:legal|legalmente|por la buena|con papeles|como se debe)|"
    r"volver (?:legal|legalmente|con papeles|por la buena)|pedir (?:su |la )?(?:visa|asilo|"
    r"permiso|papeles))\b"
    r"(?![^.!?]{0,30}\b(?:firing squad|gas chambers?|panteon|cementerio|paredon|horca|infierno|"
    r"graves?|coffins?|morgue|fosa|hell)\b)"
)


def lawful_return(text: str, v_text: str, v_end: int) -> bool:
    """The return verb `v_text` ending at `v_end` goes on into the legal way back in."""
    return v_text.startswith(_RETURN_VERBS) and _LAWFUL_NEXT.match(text, v_end) is not None
