"""A call or claim echoed as a bare question and rebutted in the next sentence ("Send the
refugees home? They have no home."): counter-speech when the answer carries no hate.
"""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis, Unit
from moderation.policy.rules.context.another_cause import NOT_VERBS_IN_N, says_no_hate
from moderation.policy.rules.context.denials import DENIALS
from moderation.policy.rules.context.questions import AFFIRMING_NO
from moderation.policy.rules.context.words import is_question

# "Send the refugees home? They have no home, it was bombed.", "Deport them all? Most of them
# were born here.": a call repeated as a bare question (its verb first, no one asked whether
# we should) and answered against it in the next sentence: counter-speech. The answer must
# rebut (a negation, "where?", born here) and carry no hate of its own ("... ? Yes, all of
# them", "... ? No, they should be shot" stay read).
_SLOGAN_LEAD = frozenset({"so", "just", "then", "and", "y", "entonces", "o sea", "pues"})


_NOT_AN_ANSWER = frozenset(
    {"yes", "yeah", "yep", "yup", "sure", "exactly", "absolutely", "definitely", "please",
     "good", "great", "si", "claro", "obvio", "exacto", "ojala", "por supuesto", "of course",
     "damn right", "hell yes", "hell yeah", "about time", "ya era hora", "why not", "por que no",
     "do it", "hagamoslo"}
)  # fmt: skip


_REBUTTAL_WORDS = frozenset(
    {"where", "which", "whose", "born", "nowhere", "donde", "adonde", "cual", "nacio",
     "nacieron", "nacidos", "nacidas"}
)  # fmt: skip


def slogan_answered(an: Analysis, first: int) -> bool:
    """A call ("Send the refugees home?") or a claim ("Mexicans are lazy?") repeated as a bare
    question, then answered against it in the next sentence with nothing hateful of its own."""
    units = an.units
    base, codes = an.sentence_of(first)
    k = base
    while k < first and (units[k].code == "A" or units[k].text in _SLOGAN_LEAD):
        k += 1
    if any(c in "IFUMO" for c in codes):
        return False  # "Should we send them home?" asks; a bare call repeated is an echo
    call = units[k].code == "V" and len(codes) <= 9
    # a claim in the order of a statement, the group first ("X are lazy?"), not "Are X lazy?"
    # or a good thing denied them ("Immigrants don't build anything?")
    said = codes[k - base :]
    claim = (
        units[k].code == "G"
        and len(codes) <= 12
        and (any(c in "CXDZ" for c in said) or ("N" in said and "P" in said))
    )
    if not (call or claim):
        return False
    end = base + len(codes)
    if end >= len(units):
        return False
    answer = [u for u in units[end:] if u.sentence == units[end].sentence]
    words = " ".join(u.text for u in answer[:3]).split()
    if any(" ".join(words[:n]) in _NOT_AN_ANSWER for n in range(1, len(words) + 1)):
        return False
    text = an.norm.text
    if AFFIRMING_NO.match(text, units[end].start):
        return False  # "No problem.", "No doubt about it", "No me tiembla la mano": a yes
    if _VICTIMS_POINTED.match(text, units[end].start):
        return False  # "X are dangerous? Tell that to the victims.": the claim affirmed
    rebuts = _REBUTTAL_OPENER.match(text, units[end].start) is not None
    if call and not rebuts:
        # a question back ("Back where?"), a word of place or birth, or a negation said of
        # them ("They have no home", "No tienen casa"), not a bare "No mercy"
        rebuts = (
            is_question(an, end)
            or any(u.text.split()[0] in _REBUTTAL_WORDS for u in answer)
            or (any(u.code == "N" for u in answer) and _them_in(an, answer))
        )
    if not rebuts:
        return False
    return says_no_hate(an, units[end].start, len(text))


def _them_in(an: Analysis, answer: list[Unit]) -> bool:
    """The answer speaks of the people themselves: "they", the group, or (Spanish) a plural
    verb with its subject dropped ("no tienen casa")."""
    for u in answer:
        if u.code in ("G", "g", "t") or u.text in ("they", "ellos", "ellas"):
            return True
        word = u.text.split()[-1]
        if (
            an.lang == "es"
            and u.code in ("w", "C")
            and word.endswith(("an", "en"))
            and word not in NOT_VERBS_IN_N
        ):
            return True
    return False


# An answer that sends the claim to its victims affirms it: "Muslims are dangerous? Tell that
# to the victims.", "¿Son peligrosos? Pregúntale a las familias de las víctimas." The people
# pointed at are the harm the claim names, not people set against it ("Tell that to the doctors
# who saved you").
_VICTIMS_POINTED = re.compile(
    r"(?:(?:go |try )?(?:tell|say|explain) (?:that|it|this) to|try telling that to|ask|"
    r"diselo a|dile eso a|diganselo a|digaselo a|cuentaselo a|cuentenselo a|explicaselo a|"
    r"preguntale a|pregunten a|preguntales a|preguntenle a|que se lo (?:digan|expliquen) a) "
    r"(?:all |every |todas |todos )?(?:the |their |his |las |los |la |sus |a las |a los |a la )?"
    r"(?:(?:families|relatives|parents|mothers|widows|children|kids) of (?:the |their |all "
    r"the )?|(?:familias|familiares|padres|madres|viudas|hijos|hijas) de (?:las |los |sus )?)?"
    r"(?:victims|victimas|dead|muertos|murdered|asesinados|asesinadas|widows|viudas|orphans|"
    r"huerfanos|survivors|sobrevivientes|supervivientes|raped|violadas|(?:people|women|girls|"
    r"kids|children|families|ones) (?:they|who were|that were) (?:killed|murdered|raped|"
    r"robbed|stabbed|attacked|bombed|shot|beheaded|beat|beaten)|(?:gente|mujeres|ninas|"
    r"ninos|familias) (?:que )?(?:mataron|asesinaron|violaron|robaron|atacaron|apunalaron))\b"
)


# How an answer opens when it sets a fact or a person against the claim just echoed: "Tell
# that to the guys roofing in July heat", "There are about five of them", "Los datos dicen lo
# contrario", "Díselo a los albañiles", a denial (the shared `denials`, "Ni de lejos.", "Far
# from it."), or the claim called false ("False, they built this country", "Mentira: ...");
# a denial or label is a whole clause: punctuation or the comment's end follows it.
_DENIED_OR_FALSE = "|".join(
    sorted(
        DENIALS
        | {"never", "nunca", "jamas", "false", "wrong", "not true", "untrue", "incorrect",
           "nonsense", "falso", "mentira", "no es cierto", "no es verdad"},
        key=len,
        reverse=True,
    )
)  # fmt: skip
_REBUTTAL_OPENER = re.compile(
    rf"(?:{_DENIED_OR_FALSE})\s*(?:[,.!;:]|$)"
    r"|(?:(?:go |try )?(?:tell|say) (?:that|it) to|try telling that to|"
    r"there (?:are|were) (?:only |just |about |maybe |like |barely )?(?:\d+|a few|a handful|two|"
    r"three|four|five|six|ten|twelve)|(?:the )?(?:data|numbers|stats|statistics|studies|facts|"
    r"census|fbi|records?) (?:says?|shows?|disagrees?|tells? (?:a )?different)|"
    r"diselo a|dile eso a|diganselo a|preguntale a|pregunten a|preguntales a|"
    r"hay (?:solo |apenas |como |unos |unas )?(?:\d+|cinco|cuatro|tres|dos|diez|doce|un punado)|"
    r"(?:los )?(?:datos|numeros|cifras|estudios|hechos|registros) (?:dicen|muestran|demuestran)|"
    r"mi (?:vecino|vecina|abuelo|abuela|papa|mama|jefe|jefa|cunado|cunada|suegro|suegra))\b"
)
