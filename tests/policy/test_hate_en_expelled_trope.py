"""The "kicked out of 109 countries" trope (row `expelled_en` of `lexicons/tropes.tsv`): Jews
said to have been expelled from a hundred-odd countries, the count that carries the verdict.
Near misses: a single expulsion told as history, refugees turned away, a person expelled from
a school or a library, delegates from a hundred countries, counter-speech, a negation and a
question answered by historians. Hand-written."""

import pytest

from tests.policy.expect import rules_flagging

RULE = "hate.trope"

HITS = [
    "Jews were kicked out of 109 countries for a reason.",
    "The Jews got thrown out of over a hundred countries, ask yourself why.",
    "Funny how the Jews were expelled from more than 100 nations through history.",
    "Jewish people have been kicked out of hundreds of countries and it is never their fault.",
    "Honestly the Jews were run out of a hundred countries, look at the common denominator.",
]

PASSES = [
    "Jews were expelled from Spain in 1492 and many settled in Mexico.",
    "The '109 countries' meme about Jews is a neo-Nazi lie.",
    "The myth that Jews were kicked out of 109 countries is antisemitic garbage.",
    "Jewish refugees were turned away from dozens of countries in 1939.",
    "Jewish families from Iraq were driven out in 1950 and rebuilt their lives in Israel.",
    "The Jewish museum has a room on the expulsions from England, France and Spain.",
    "My Jewish grandmother was kicked out of school in Vienna in 1938.",
    "Over a hundred countries sent delegates to the Holocaust remembrance forum.",
    "The Jewish students were kicked out of the library for being too loud.",
    "Jews were not kicked out of 109 countries, that number is made up.",
    "People who say Jews were kicked out of 109 countries should read a history book.",
    "Mexican workers were run out of a hundred towns during the repatriation drives of the 1930s.",
    "The rabbi spoke about Jews who were expelled from their homes in Ukraine last year.",
    "Is it true that Jews were expelled from 109 countries? No, historians say it is invented.",
    "Jewish doctors from over a hundred countries met in Tel Aviv for the conference.",
]


@pytest.mark.parametrize("text", HITS)
def test_expulsion_count_trope_is_flagged(text: str) -> None:
    assert RULE in rules_flagging(text, "en", ("hate",)), text


@pytest.mark.parametrize("text", PASSES)
def test_near_miss_is_not_read_as_expulsion_trope(text: str) -> None:
    assert RULE not in rules_flagging(text, "en", ("hate",)), text
