"""`troll.wits_mocked`, `troll.idle_mocked` and `troll.talked_down` search each sentence or
clause once for all of its jabs (`SpanSearches`), where they searched it again for every jab: the
same verdicts when one sentence holds several jabs, each weighed against its own clause, and the
shared search answering as a search stopped at the jab would. Our own examples."""

import re

import pytest

from moderation.policy import Submission, screen
from moderation.policy.rules.context.sentence_searches import SpanSearches


def _rules(text: str) -> set[str]:
    verdict = screen(Submission(text=text, lang="es"))
    return {f.rule for f in verdict.findings if str(f.action) != "approve"}


_RUN = "el vecino no sabe ni leer, " * 40

HELD = [
    # the writer's family in the first jab's clause, the author in the second's
    ("Mi hija no sabe ni leer, pero el autor no sabe ni leer tampoco.", "troll.wits_mocked"),
    # forty jabs of no one, then a reader spoken to in the same sentence
    (_RUN + "¿verdad, señor?", "troll.wits_mocked"),
    # a reader pointed at in the sentence before the third jab, not before the first
    (
        "Mi vecino no sabe ni leer. Señor, lea bien. Y el de la tienda no sabe ni leer.",
        "troll.wits_mocked",
    ),
    # the writer's cousins in the first clause, the readers in the second
    (
        "Mis primos no tienen nada mejor que hacer, pero ustedes no tienen nada mejor que hacer.",
        "troll.idle_mocked",
    ),
    # a report with few readers in the first clause, the reader's blog in the second
    (
        "El informe tiene menos lectores que el blog, y tu blog tiene menos lectores que el "
        "informe.",
        "troll.talked_down",
    ),
]


@pytest.mark.parametrize(("text", "rule"), HELD)
def test_a_later_jab_in_the_sentence_is_still_read(text, rule):
    assert rule in _rules(text), text


APPROVED = [
    # forty jabs of a neighbour, no reader anywhere
    _RUN,
    # every jab's clause names the writer's family, though the author is in the sentence
    "El autor dice que mi hija no sabe ni leer, y mi sobrino no sabe ni leer.",
    # the author named in a later sentence only
    "Mi vecino no sabe ni leer. Mi vecino no sabe ni leer. El autor escribe bien.",
    # the writer's cousins, people in the world, again and again
    "Mis primos no tienen nada mejor que hacer, " * 20,
    "Los vecinos no tienen nada mejor que hacer, y los del pueblo no tienen nada mejor que hacer.",
    # a report nobody reads, over and over
    "el informe tiene menos lectores que el blog, " * 20,
]


@pytest.mark.parametrize("text", APPROVED)
def test_jabs_of_no_one_here_pass_however_many(text):
    assert not _rules(text) & {"troll.wits_mocked", "troll.idle_mocked", "troll.talked_down"}, text


_SAID = re.compile(r"\b(?:me dijo|dijo que|dicen que)\b")
_MULTI = re.compile(r"\bde aqui\b|\bel de\b")
SEARCHES = [
    # (pattern, text, the jab's start word): the span is the whole text
    (_SAID, "me dijo que no sabes ni leer", "no"),
    (_SAID, "no sabes ni leer y dicen que no sabes ni leer", "no"),
    (_SAID, "ya no sabe ni leer", "sabe"),
    (_SAID, "dicen que ya no sabe ni leer", "ya"),
    # the span's first match runs across the jab: searched again up to it
    (_MULTI, "la de aqui el de aqui", "aqui"),
    (_MULTI, "el de aqui", "aqui"),
]


@pytest.mark.parametrize(("pattern", "text", "word"), SEARCHES)
def test_a_shared_search_answers_as_one_stopped_at_the_jab(pattern, text, word):
    searches = SpanSearches(text)
    for m in re.finditer(rf"\b{word}\b", text):
        at = m.start()
        found = searches.before(pattern, 0, at, len(text))
        wanted = pattern.search(text, 0, at)
        assert (found and found.group(0)) == (wanted and wanted.group(0)), (text, at)
