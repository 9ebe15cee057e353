"""A question about a people answered with a sincere "yes" before a musing emoji ("¿Los
migrantes pagan impuestos? Según el SAT sí, y bastante 🤔"): the writer affirms a fact, so
`hate.es_shape` reads no sneer in the emoji. The yes is sincere when it cites a source ("según
el SAT", "de acuerdo con el INEGI") or a measure ("y bastante", "y mucho", "más que tú"); a
mocking yes ("Sí, claro 🙄", "Sí, cómo no", "según ellos sí") stays a sneer, and so does a yes
to a charge asked ("¿Los X roban? Según la policía sí 🤔"): the caller tests that.
"""

from __future__ import annotations

import re

# "según el SAT", "de acuerdo con los datos del IMSS": a source that is not the people
# themselves or the reader ("según ellos", "según tú" mock their word).
_SOURCE = (
    r"(?:segun|de acuerdo (?:con|a)|conforme a|por lo que dice) "
    r"(?!(?:ellos|ellas|el mismo|ella misma|tu|usted|ustedes|ellos mismos|GRP)\b)"
    r"(?:[^ .,]+ ){0,5}?"
)
# "y bastante", "y mucho", "más que tú": how much, said as a plain fact.
_MEASURE = (
    r"(?:y )?(?:bastante|mucho|muchisimo|harto|un chingo|un monton|mas que (?:tu|usted|"
    r"nosotros|muchos|cualquiera)|mas de lo que (?:crees|creen|piensas|piensan)|cada (?:ano|mes|"
    r"quincena)|todos los (?:anos|meses|dias))"
)
# The answer sentence, from its opening to the emoji: a source and a yes, or a yes and a
# measure. A mocking "sí, claro" / "sí, cómo no" has neither, so it stays a sneer.
_SINCERE_YES = re.compile(
    rf"(?:{_SOURCE}si(?: ,)? (?:{_MEASURE} )?|(?:{_SOURCE})?si(?: ,)? {_MEASURE} )SNEER"
)


def sincere_yes(answer: str) -> bool:
    """The answer sentence, which ends at a `SNEER` token, is a sincere yes (see the module's
    docstring)."""
    return _SINCERE_YES.fullmatch(answer) is not None
