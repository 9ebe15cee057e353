"""Two Spanish ways of owning a line without saying it plainly, read as the line (`hate_reread`):
someone's saying the writer sides with right after ("Mi suegra dice que los X roban, y tiene
toda la razón", "Mi abuela decía que ... . Y nunca se equivocaba") as "Los X roban.", and a
habit put in a periphrasis ("Los X se la pasan robando", "viven pidiendo", "se dedican a
robar") as "Los X roban.". A saying the writer denies or does not take up stays a report."""

from __future__ import annotations

import re

from moderation.policy.rules.context.said_after import AGREES_ES
from moderation.policy.rules.hate_reread.typical import gerund_plural_es, plural_es

# The speaker of the agreement, when named again ("la señora", "ella", "el viejo").
_AGREE_WHO = (
    r"(?:(?:la|el|mi) (?:se[nñ]ora|se[nñ]or|viej[oa]|mujer|hombre|do[nñ]a|don|abuel[oa]|"
    r"suegr[oa]|jef[ea]|t[ií][oa]|pap[aá]|mam[aá]|padre|madre|comadre|compadre) |"
    r"(?:ella|[eé]l|ellos|ellas) |(?:la verdad|la neta)\s*,? |(?:s[ií]|pues) )*"
)
# Agreement in the same sentence, after a comma or "y": the saying's end.
_AGREE_IN = re.compile(rf"\s*[,;]?\s*(?:y|e)\s+{_AGREE_WHO}{AGREES_ES}", re.IGNORECASE)
# Agreement opening the next sentence ("Y la señora nunca se equivocaba.").
_AGREE_NEXT = re.compile(
    rf"^\s*(?:(?:y|e|pues|la verdad|la neta|y la verdad|y la neta),?\s+)?{_AGREE_WHO}{AGREES_ES}"
    r"\s*(?:[.!]|$)",
    re.IGNORECASE,
)
# Someone else's saying opening the sentence: "Mi suegra (siempre) dice que", "Mi abuela
# siempre dijo que", "Dicen que"; not the writer's ("yo digo"), nor a denied one ("nadie dice").
_SAYING = re.compile(
    r"^(?:(?:y|pero|pues|bueno|es que|ojo),?\s+)?"
    r"(?P<who>(?:(?:mi|mis|nuestr[oa]s?|tu|tus|su|sus|el|la|los|las|un|una)\s+)?"
    r"(?:[\wáéíóúñ]+\s+){0,3}?)"
    r"(?:(?:siempre|ya|tambi[eé]n|me|nos|lo)\s+)*"
    r"(?:dice|dicen|dec[ií]a|dec[ií]an|dijo|dijeron|piensa|piensan|pensaba|pensaban|cree|creen|"
    r"cre[ií]a|cre[ií]an|opina|opinaba|repite|repet[ií]a|sol[ií]a decir|sol[ií]an decir|"
    r"ha dicho|asegura|aseguraba)\s+que\s+(?P<claim>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
_NOT_OTHERS = re.compile(
    r"\b(?:yo|no|nadie|nunca|jam[aá]s|ni|qui[eé]n|qui[eé]nes|quienes|alguien|algunos|hay)\b",
    re.IGNORECASE,
)


def sided_report_es(said: str, after: str) -> tuple[str, int, bool] | None:
    """The sentence `said` read as the saying it reports, when the writer sides with it right
    after in the sentence or at the start of the next one (`after`): (the saying as its own
    sentence with whatever followed the agreement, where the saying starts in `said`, whether
    the next sentence's agreement was taken in). None when no one else is said to say it or
    the writer does not side with it."""
    m = _SAYING.match(said)
    if m is None or _NOT_OTHERS.search(m["who"]):
        return None
    claim = m["claim"]
    inside = _AGREE_IN.search(claim)
    if inside is not None:
        rest = claim[inside.end() :]
        claim = claim[: inside.start()]
    elif _AGREE_NEXT.match(after):
        rest = ""
    else:
        return None
    claim = claim.rstrip(" ,;")
    if not claim:
        return None
    if rest.strip(" .!") == "":
        rest = "."
    plain = claim[:1].upper() + claim[1:] + rest
    return plain, m.start("claim"), inside is None


# A habit in a periphrasis: "se la pasan robando", "se la viven pidiendo", "viven mintiendo",
# "nomás andan robando", "se dedican a robar"; read as the present ("roban", "piden").
_HABIT_GERUND = re.compile(
    r"\b(?P<p>se la (?:pasan|viven)|se lo pasan|(?:(?:nom[aá]s|siempre|puro) )?viven|"
    r"(?:nom[aá]s|siempre|puro) andan|(?:nom[aá]s|siempre) est[aá]n)\s+"
    r"(?P<v>[a-zñ]+?)(?P<e>ando|iendo|yendo)\b",
    re.IGNORECASE,
)
_HABIT_INFINITIVE = re.compile(
    r"\b(?P<p>(?:solo |nom[aá]s )?se dedican a)\s+(?P<v>[a-zñ]+(?:ar|er|ir))\b", re.IGNORECASE
)
# Every match of the two periphrases holds one of these (`plain.may_hold`).
HABIT_WORDS = ("pasan", "viven", "andan", "estan", "dedican")


def habit_es(said: str) -> tuple[str, int] | None:
    """The sentence `said` with its habit periphrasis put in the present ("Los X se la pasan
    robando" as "Los X roban"), and where the periphrasis starts in `said`; None without one."""
    m = _HABIT_GERUND.search(said)
    if m is not None:
        verb = gerund_plural_es(m)
    else:
        m = _HABIT_INFINITIVE.search(said)
        if m is None:
            return None
        verb = plural_es(m["v"])
    return said[: m.start()] + verb + said[m.end() :], m.start()


# A teller who is one person of the writer's ("mi abuela", "el vecino"), not the reader asked
# ("¿Ustedes creen que ...?") nor a people speaking for itself ("Los X dicen que ...").
_ONE_TELLER = re.compile(
    r"^(?:(?:y|pero|pues|bueno|es que|ojo),?\s+)?(?:mi|tu|su|el|la|un|una|nuestr[oa])\s+"
    r"[\wáéíóúñ]+(?:\s+[\wáéíóúñ]+)?\s*$",
    re.IGNORECASE,
)
# The saying's words turned into the writer's own after a contrast ("..., pero ...").
_TURN = re.compile(r"\b(?:pero|sino|aunque|mas bien)\b|[;:]", re.IGNORECASE)


def told_unsided_es(said: str, after: str, at: int) -> bool:
    """The sentence `said` opens with one person's saying ("Mi abuela decía que los X eran
    ...") that holds offset `at` of `said`, with no contrast before it, and nothing right
    after shows the writer sides with it (`sided_report_es`): a bare report whose owner only
    a reader of the whole comment can tell."""
    m = _SAYING.match(said)
    if m is None or _NOT_OTHERS.search(m["who"]) or not _ONE_TELLER.match(m["who"]):
        return False
    if at < m.start("claim") or _TURN.search(said, m.start("claim"), at):
        return False
    return sided_report_es(said, after) is None
