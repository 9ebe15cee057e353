"""What a people is, put first and pointed at ("Cucarachas, eso son los X.", "Una plaga, eso
es lo que son los X."), read as the plain copula "Los X son cucarachas." (`hate_reread`, hold
only). Asked ("¿Cucarachas, eso son los X?") or answered right after ("No, son personas.") it
stays a question. The copula turned round ("El cáncer de este país son los X.", "La plaga
de este barrio eran los X") is read the same way: a singular subject with a plural "son"
agrees with the people after it, so they are what the sentence is about (`inverted_es`).
"El cáncer de este país es la corrupción" keeps its "es" and is no such sentence."""

from __future__ import annotations

import re

# The people after the copula: a determiner and words, nothing else ("los X", "los X que no
# se integran"). A comma, a quote or any other mark ends them, and only closing marks may
# follow, so a quoted sentence judged ('"... son los X" es una frase racista') or reported
# ('..., decían los racistas') is no such sentence. Words and the closing run are possessive:
# a long run of spaces is read once (the lazy "\S.*?" before "\s*$" took minutes).
_PEOPLE = (
    r"(?:los|las|esos|esas|estos|estas|todos\s++los|todas\s++las)"
    r"(?:\s++[\wáéíóúñü]++)++"
)
_CLOSE = r"\s*+[.!…]*+[\s\"'”»)]*+$"

# The noun phrase put first, "eso (es lo que) son", and the people after it.
_FRONTED = re.compile(
    r"^\s*(?P<what>(?:(?:un|una|unos|unas)\s+)?[\wáéíóúñ]+(?:\s+[\wáéíóúñ]+)?)\s*[,:]\s*"
    r"(?:eso|esto|es[oa]s)\s+(?:es lo que\s+|son lo que\s+|y nada m[aá]s\s+)?son\s+"
    rf"(?P<who>{_PEOPLE}){_CLOSE}",
    re.IGNORECASE | re.DOTALL,
)
# The people named in a relative clause ("los que duermen en el puente"): no people.
_RELATIVE = re.compile(r"^(?:todos |todas )?(?:los|las|esos|esas|estos|estas) (?:que|cual)\b", re.I)
# A denial right after: a bare "No." or "No, ...", "No son ...", "No es verdad", "Mentira";
# a sentence that only starts with "No" ("No hay más que ver las noticias.") is none.
_ANSWERED = re.compile(
    r"^\s*(?:no\s*(?:[.,;!]|$)|no\s+(?:son|eran|es\s+(?:verdad|cierto|así|asi))\b|mentira"
    r"|falso|son (?:personas|seres humanos|gente))",
    re.I,
)


def fronted_es(said: str, after: str) -> tuple[str, int] | None:
    """The sentence `said` as "Los X son <lo puesto delante>.", with where the people start
    in `said`; None for any other sentence, or one answered with a denial right after."""
    m = _FRONTED.match(said)
    if m is None or "?" in said or _RELATIVE.match(m["who"]) or _ANSWERED.match(after):
        return None
    who = m["who"]
    return f"{who[:1].upper()}{who[1:]} son {m['what'].lower()}.", m.start("who")


# A singular noun phrase first ("el cáncer de este país"), a plural copula that agrees with
# what comes after it, and the people.
_INVERTED = re.compile(
    r"^\s*(?:(?:pero|y|porque|pues)\s+)?(?P<what>(?:el|la)\s+[\wáéíóúñ]+"
    r"(?:\s+(?:de|del|en)\s+(?:(?:este|esta|nuestro|nuestra|mi|la|el)\s+)?[\wáéíóúñ]+)?)\s+"
    r"(?:son|eran|fueron|serán|seran)\s+"
    rf"(?P<who>{_PEOPLE}){_CLOSE}",
    re.IGNORECASE | re.DOTALL,
)


# The head of the people after the copula: the determiner and the next word or two ("los X",
# "todos los X", "los X jóvenes"); a people named further on ("son los locales vacíos porque
# los dueños de ...") is not what the subject is said to be.
_HEAD = re.compile(r"(?:todos |todas )?\S+\s+\S+(?:\s+\S+)?")


def inverted_es(said: str, after: str) -> tuple[str, int, int] | None:
    """The sentence `said` as "Los X son <el sujeto>.", with where the people's head starts
    and ends in `said`; None for any other sentence, a question, or one answered with a denial
    right after."""
    m = _INVERTED.match(said)
    if m is None or "?" in said or _RELATIVE.match(m["who"]) or _ANSWERED.match(after):
        return None
    who = m["who"]
    head = _HEAD.match(who)
    end = m.start("who") + (head.end() if head else len(who))
    return f"{who[:1].upper()}{who[1:]} son {m['what'].lower()}.", m.start("who"), end
