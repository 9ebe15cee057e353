"""Lexicon hygiene: ordinary words one edit from a group word read as themselves, the Spanish
quantities that name a plural of people a foul name ("un montón de pendejos", "puro
pendejo"), and the lists two rules or two coded rows share (disabled people; boycotts)."""

import pytest

from moderation.policy import Submission, lexicon, screen
from moderation.policy.analysis import analyse, canonical
from moderation.policy.rules.profanity import aimed
from moderation.policy.types import Action


@pytest.mark.parametrize(
    ("word", "lang"),
    [("sirvio", "es"), ("navaja", "es"), ("armonia", "es"), ("morenistas", "es"),
     ("kudos", "en"), ("invito", "es"), ("invita", "es"), ("indica", "es"), ("inedito", "es")],
)  # fmt: skip
def test_ordinary_words_one_edit_from_a_group_word_are_read_as_themselves(word, lang):
    """Words the readers write that near-word matching read as a group word ("sirvió" as
    "sirio", "navaja" as "navajo"), now listed in the vocabulary, and the everyday verbs that
    read as "indito"/"indita" while those were group words ("te invito", "el estudio indica"):
    read as themselves."""
    assert canonical(word, lexicon.load(), lang) == word


# Spanish quantities before a foul name for a plural of people: "un monton de" reaches the
# rules as one unit, "una bola de" as three, "puro" as one word.
FOUL_NAMED = [
    ("es", "Los regidores son un montón de pendejos"),
    ("es", "Los del cabildo son puro pendejo"),
    ("es", "Los del cabildo son puros pendejos"),
    ("es", "los diputados son una bola de pendejos"),
    ("es", "Esos senadores fueron puro pendejo"),
    ("en", "The senators are a bunch of assholes"),
    ("en", "The senators are a pack of bastards"),
    ("en", "The commissioners are a bunch of lying, thieving sons of bitches"),
]
NOT_NAMED = [
    ("es", "esas reformas son un montón de mierda"),  # things, not people
    ("es", "esas leyes son puras mamadas"),  # "puro" of things: nothing but nonsense
    ("es", "los diputados son puro pedo"),  # all talk: no foul name for a person
    ("es", "esas reformas son puro pendejo"),  # no person the name is said of
    ("es", "un montón de gente vino a la feria"),  # a quantity, no swear word
]


def _aimed(lang: str, text: str) -> list:
    return aimed(analyse(text, lang), Submission(text=text, lang=lang))


@pytest.mark.parametrize(("lang", "text"), FOUL_NAMED)
def test_a_plural_of_people_called_a_foul_name_through_a_quantity(lang, text):
    assert _aimed(lang, text)


@pytest.mark.parametrize(("lang", "text"), NOT_NAMED)
def test_a_quantity_of_things_or_no_person_is_not_a_name(lang, text):
    assert not _aimed(lang, text)


# The shared lists: disabled people (hate_es_disability.py and hate_es_barred.py) and the
# boycott pieces of coded.tsv ({BOYCOTT_EN}, {SHOPS_EN}, {SHOPS_ES}).
HELD = [
    ("es", "los sordos no deberian votar"),
    ("es", "las ciegas deberían quedarse en su casa, estorban"),
    ("es", "¿un autista como maestro? ni loco"),
    ("en", "Boycott all Jewish-owned businesses."),
    ("en", "don't shop at Muslim delis"),
    ("en", "never buy from Mexican-owned taquerias"),
    ("es", "boicot a las panaderías de los judíos."),
    ("es", "nunca compren en las fondas de los chinos."),
]
PASSED = [
    ("es", "no es cierto que los sordos no deberían votar; votan como todos"),
    ("es", "mi hermana es ciega y trabaja de maestra"),
    ("es", "no voten a ciegas, lean las propuestas"),  # "a ciegas": blindly
    ("es", "un voto inválido es un voto desperdiciado"),  # an adjective, no person
    ("en", "the Mexican restaurants downtown are the best in the state"),
    ("en", "We boycott companies that pollute the river."),
    ("es", "las tiendas del centro cierran temprano los domingos"),
]


@pytest.mark.parametrize(("lang", "text"), HELD)
def test_shared_lists_still_hold(lang, text):
    assert screen(Submission(text=text, lang=lang), blog_model=False).action != Action.APPROVE


@pytest.mark.parametrize(("lang", "text"), PASSED)
def test_shared_lists_leave_plain_talk(lang, text):
    assert screen(Submission(text=text, lang=lang), blog_model=False).action == Action.APPROVE


def test_a_coded_piece_is_written_into_the_rows_that_use_it():
    rows = {ident: rx for ident, _lang, rx in lexicon.coded_source_rows()}
    assert "{SHOPS_EN}" not in rows["boycott_people"] and "delis?" in rows["boycott_people"]
    assert "delis?" in rows["shun_people.g"] and "panaderias" in rows["shun_people_es.g"]
    assert not any(ident.startswith("{") for ident in rows)


def test_a_coded_piece_used_before_it_is_named_does_not_load(monkeypatch, tmp_path):
    (tmp_path / "coded.tsv").write_text("row  en  \\b{NOWHERE}\\b\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    with pytest.raises(lexicon.LexiconError, match="NOWHERE"):
        lexicon.coded_source_rows()
