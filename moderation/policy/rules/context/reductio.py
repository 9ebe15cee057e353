"""A blame laid on a group and mocked in the next breath by blaming it for the weather ("Sí,
claro, los migrantes tienen la culpa de que cierren la tienda. Seguro también del granizo",
"Sure, immigrants wrecked the economy. Next they'll be blamed for the rain"): the writer
ridicules the charge, which is counter-speech, not a charge."""

from __future__ import annotations

import re

from moderation.policy.analysis import Analysis

# Things no people causes, in the running folded text.
_NATURE = (
    r"(?:granizo|granizada|clima|lluvia|lluvias|calor|frio|sequia|temblor|terremoto|huracan|"
    r"eclipse|tormenta|nevada|helada|weather|rain|hail|heat|drought|earthquake|hurricane|"
    r"snow|tornado|storm|full moon|luna llena|cambio de horario|daylight saving)"
)
# The mocking sentence repeats the blame onto the weather: "seguro también (tienen la culpa)
# del granizo", "next they'll be blamed for the hail", "I bet they caused the drought too".
_REDUCTIO = re.compile(
    r"(?:^|[.!?]\s*)(?:y |and |oh,? |ah,? )?(?:seguro|seguramente|de seguro|capaz|a lo mejor|"
    r"i bet|i suppose|probably|next|and next|surely)\b[^.!?]{0,40}?"
    r"(?:\btambien (?:tienen la culpa |son (?:los )?culpables |fueron )?(?:de|del|de la|de los|"
    r"de las)|\b(?:blamed for|blame them for|to blame for|responsible for|caused|cause|the "
    r"cause of|at fault for)(?: the)?) " + _NATURE + r"\b"
)
# The claim mocked is a blame laid on the group ("tienen la culpa de ...", "ruined the town").
_BLAME = re.compile(
    r"\b(?:culpa|culpables?|blame|blamed|fault|caused|cause|ruined|ruin|are why|es por ellos|"
    r"por su culpa)\b"
)


def mocked_by_reductio(an: Analysis, first: int, last: int) -> bool:
    """The match lays a blame on the group and the sentence after it blames the weather in
    the same mocking breath."""
    text = an.norm.text
    if not any(w in text for w in ("seguro", "tambien", "bet", "suppose", "probably", "next",
                                   "capaz", "surely")):  # fmt: skip
        return False
    if not _BLAME.search(text, an.sentence_run(first)[0].start, an.sentence_run(last)[-1].end):
        return False  # only a blame is mocked so: "X are animals. Probably the heat" is not
    end = an.closed_at(an.next_sentence(an.units[last].sentence))
    return _REDUCTIO.search(text, an.units[first].start, end) is not None
