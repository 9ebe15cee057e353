"""Swear words that `profanity.excessive` counts half: Mexican crude praise ("qué chingón
estuvo el concierto") and a mild swear at a nuisance of the day that no one does ("pinche
tráfico"), beside the weather words `profanity.py` already reads so.

Why: the policy holds several swear words, not vulgar emphasis. "¡Qué chingón estuvo el
concierto, cabrones!" praises a thing and hails friends; "Pinche tráfico en el puente, carajo"
grumbles at a jam. Counted whole, each reaches the threshold of two. A curse at a person or a
body ("pinche gobierno", "chinguen a su madre") still counts whole.
"""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit

# "Chingón" and its forms: "awesome" in Mexican Spanish, crude but praise.
_CRUDE_PRAISE = frozenset({"chingon", "chingona", "chingones", "chingonas"})

# Words right before the praise word that make it a judgement of how good something is:
# a degree ("qué", "bien", "muy", "súper") or a copula ("estuvo", "está", "quedó"). Units are
# single words here, so a two-word lead ("se ve", "lo más") is read as the pair before it.
_PRAISE_LEADS = frozenset(
    {"que", "q", "bien", "muy", "super", "re", "mas", "tan", "bastante", "estuvo", "esta",
     "estan", "estuvieron", "es", "son", "fue", "fueron", "quedo", "quedaron", "suena", "sono",
     "salio", "salieron", "algo", "pinche"}
)  # fmt: skip
_PRAISE_LEAD_PAIRS = frozenset({"se ve", "se ven", "se oye", "se oyen", "se veia"})

# ... unless the clause sneers at someone's self-regard ("te crees muy chingón", "se hace el
# chingón"): that is a jab, and the word counts whole.
_SELF_REGARD = frozenset(
    {"crees", "cree", "creen", "creemos", "sientes", "siente", "sienten"}
)  # fmt: skip
_SELF_REGARD_PAIRS = frozenset({"hace el", "hacen los", "haces el", "hace la", "haces la"})


def _pair(units: list[Unit], j: int) -> str:
    """The words of units j-1 and j, when both are in one sentence."""
    if j < 1 or units[j - 1].sentence != units[j].sentence:
        return ""
    return f"{units[j - 1].text} {units[j].text}"


def crude_praise(an: Analysis, u: Unit) -> bool:
    """'Chingón' said as praise: right after a word of degree or a copula ("qué chingón",
    "estuvo bien chingón", "quedó chingona", "se ve chingón"), or right before
    "estuvo"/"está" ("chingón estuvo el concierto"), and not after "te crees" or "se hace el"."""
    if u.text not in _CRUDE_PRAISE:
        return False
    units = an.units
    k = u.index - 1
    led = k >= 0 and units[k].sentence == u.sentence
    led = led and (units[k].text in _PRAISE_LEADS or _pair(units, k) in _PRAISE_LEAD_PAIRS)
    nxt = u.index + 1
    followed = (
        nxt < len(units)
        and units[nxt].sentence == u.sentence
        and units[nxt].text in ("estuvo", "esta", "estan", "estuvieron", "quedo", "quedaron")
    )
    if not (led or followed):
        return False
    for j in range(u.index - 1, max(-1, u.index - 4), -1):
        if units[j].sentence != u.sentence:
            break
        if units[j].text in _SELF_REGARD or _pair(units, j) in _SELF_REGARD_PAIRS:
            return False
    return True


# Nuisances of the day that no one does, like the weather: a mild swear at them is a grumble
# ("pinche tráfico", "damn traffic"). Not a body, an office or a person ("pinche gobierno"),
# and not "tránsito", which is also the traffic cop ("pinche tránsito, me multó").
DAILY_NUISANCES = frozenset(
    {"traffic", "traffic jam", "gridlock", "commute", "congestion", "trafico",
     "embotellamiento", "atasco", "trancon", "congestionamiento"}
)  # fmt: skip
