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
# a degree ("qué", "bien", "muy", "súper") or a copula ("estuvo", "está", "quedó").
_PRAISE_LEADS = frozenset(
    {"que", "q", "bien", "muy", "super", "re", "mas", "tan", "bastante", "estuvo", "esta",
     "estan", "estuvieron", "es", "son", "fue", "fueron", "quedo", "quedaron", "se ve",
     "se oye", "suena", "sono", "salio", "salieron", "lo mas", "algo", "bien pinche",
     "pinche", "muy pinche"}
)  # fmt: skip

# ... unless the clause sneers at someone's self-regard ("te crees muy chingón"): that is a
# jab, and the word counts whole.
_SELF_REGARD = frozenset(
    {"crees", "cree", "creen", "creemos", "sientes", "siente", "sienten", "hace el", "hacen los",
     "haces el", "se cree", "te crees", "se creen", "te sientes", "se siente", "se sienten"}
)  # fmt: skip


def crude_praise(an: Analysis, u: Unit) -> bool:
    """'Chingón' said as praise: right after a word of degree or a copula ("qué chingón",
    "estuvo bien chingón", "quedó chingona"), or right before "estuvo"/"está" ("chingón
    estuvo el concierto"), and not after "te crees"."""
    if u.text not in _CRUDE_PRAISE:
        return False
    units = an.units
    k = u.index - 1
    led = k >= 0 and units[k].sentence == u.sentence and units[k].text in _PRAISE_LEADS
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
        if units[j].text in _SELF_REGARD:
            return False
    return True


# Nuisances of the day that no one does, like the weather: a mild swear at them is a grumble
# ("pinche tráfico", "damn traffic"). Not a body, an office or a person ("pinche gobierno").
DAILY_NUISANCES = frozenset(
    {"traffic", "traffic jam", "gridlock", "commute", "congestion", "trafico", "transito",
     "embotellamiento", "atasco", "trancon", "congestionamiento"}
)  # fmt: skip
