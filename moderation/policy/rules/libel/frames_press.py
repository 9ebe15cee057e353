"""The act patterns (`acts._FRAMES_SRC`), sixth list: words sold. A writer or a commenter paid by
an interested party for what they write or post: a paid mouthpiece of a cartel or a foreign
power, paid to post in the comments, paid "para escribir bien de" the one who pays, "pagado por
los cárteles". Being paid to write is a job; the disgrace is the payer or the purpose, so each
pattern names one of them."""

from __future__ import annotations

from moderation.policy.rules.libel.act_words import BAD_PARTY, FOREIGN, W

# Who pays a mouthpiece: a criminal party (Spanish plural too), a foreign power, a political
# machine ("the Quintanilla machine").
_PAYER = (
    rf"(?:{BAD_PARTY}|carteles|cartel-connected|consulate|embassy|{FOREIGN}\s+government|"
    r"kremlin|beijing|regime|machine|embajada|consulado)"
)
# Paid to write what pleases the payer, to attack, to keep quiet: the purpose that makes it a
# disgrace ("para escribir bien de él", "para golpear a la oposición", "para que escribiera a
# su favor").
_PURPOSE_ES = (
    r"(?:escribir|publicar|sacar|hablar)\s+(?:bien|mal|a\s+favor|en\s+contra|puras?|"
    r"est[oa]s\s+(?:notas|articulos|columnas)|notas\s+(?:bonitas|a\s+favor))|"
    r"(?:golpear|atacar|desprestigiar|defender)\s+(?:a|al)\b|no\s+publicar"
)
_PURPOSE_SUBJ_ES = (
    r"(?:escribiera|escribieran|publicara|publicaran|hablara|hablaran)\s+(?:bien|mal|a\s+su\s+"
    r"favor|a\s+favor|en\s+contra)"
)

PRESS_FRAMES: tuple[tuple[str, str], ...] = (
    # "is a paid shill for the consulate", "a paid mouthpiece for the cartel-connected NGOs"
    ("paid hired",
     rf"(?:shill|mouthpiece|propagandist|stooge|lackey|troll|operative)\s+(?:for|of)\s+"
     rf"(?:the\s+)?{W}{{0,2}}?{_PAYER}"),
    # paid to post in the comments: "gets paid to post here", "got paid by the Barragán people
    # to post here"
    ("paid compensated",
     rf"(?:by\s+{W}{{1,4}}?)?to\s+(?:post|comment|troll)\s+(?:here|on\s+(?:this|here|the)\s+"
     r"(?:blog|site|thread|page|comments?)|in\s+(?:these|the|this)\s+(?:comments?|threads?))\b"),
    # money from the people one writes about: "takes cash from the developers he writes about"
    ("takes took taking gets got getting accepts accepted",
     r"(?:cash|money|checks|payments|envelopes|gifts)\s+from\s+(?:[\w'-]+\s+){1,4}?(?:he|she|they)\s+"
     r"(?:writes|wrote|reports|reported|covers|covered)\s+(?:about|on)?\b"),
    # "vocero pagado del cártel", "militante pagado de los narcos", "está pagado por los
    # cárteles"
    ("pagado pagada pagados pagadas",
     rf"(?:por|del|de\s+la|de\s+los|de\s+las|de)\s+(?:el\s+|la\s+|los\s+|las\s+)?{W}?"
     rf"{_PAYER}"),
    # money taken to write what pleases: "recibió dinero del gobernador para escribir bien de
    # él", "cobra cada mes de la embajada para escribir estas notas"
    ("recibe recibio recibia reciben recibieron cobra cobraba cobro cobran pagan pagaban "
     "pagado pagada",
     rf"{W}{{0,10}}?para\s+(?:{_PURPOSE_ES})"),
    ("pago pagaron pagan paga pagaba dio dieron",
     rf"{W}{{0,5}}?para\s+que\s+{_PURPOSE_SUBJ_ES}\b"),
)  # fmt: skip
