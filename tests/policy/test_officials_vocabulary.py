"""The shared vocabulary of officials, forces, institutions and rivals (`policy/officials.py`) and
what the rules use it for: a "they" that stands for the police, a cartel, politicians or a team
named before it is harsh opinion, not hate ("ICE agents raided the plant. They are vermin.",
"Los narcos ... Los llaman plaga y con razón"), while the same words with a people named, or
with no one named, are still read. An insinuation or a blaming aimed at an office is no hint at
a people; the political class at large beside an insinuation still is. A capitalised office
told to leave town is no family ("The Mayors should be run out of town"), and a stand-in that
points back to officials or an outfit is no people ("The smugglers came through again. Those
people ...").
Hand-written, English and Spanish; the rules' call (no blog model)."""

import re

import pytest

from moderation.policy.officials import OFFICES, POLITICIANS, RIVALS, words_regex
from tests.policy.expect import category_action

CASES = [
    # (text, lang, expected action in "hate")
    # Someone else's name agreed with: a bare "them" holds, a criminal outfit, an office or a
    # team the pronoun may stand for passes (`hate.naming_agreed`)
    ("They call them vermin, and they're right.", "en", "hold"),
    ("The cartels run this town. They call them vermin, and they're right.", "en", "approve"),
    ("The refs ruined the game. People call them rats, and they're right.", "en", "approve"),
    ("Los llaman plaga y con razón.", "es", "hold"),
    ("Los narcos tienen el pueblo asustado. Los llaman plaga y con razón.", "es", "approve"),
    ("Los diputados cobran sin trabajar. Los llaman parásitos y con razón.", "es", "approve"),
    ("Los políticos no hacen nada. Les dicen ratas, y con razón.", "es", "approve"),
    # A "they" after officials, forces, outfits or a team, no group named (`hate.coded`)
    ("ICE agents raided the plant last night. They are vermin.", "en", "approve"),
    ("The cops beat a kid at the protest. They are animals.", "en", "approve"),
    ("The senators voted against the bill. They are parasites.", "en", "approve"),
    ("The refs ruined the game again. They are vermin.", "en", "approve"),
    ("They are vermin.", "en", "hold"),
    ("New families moved in last night. They are vermin.", "en", "hold"),
    # "Not all of them, but enough of ...": a concession about officials or a gang
    ("Not all of them, but enough of the commissioners took the money.", "en", "approve"),
    ("Not all of them, but enough of the gangs here are armed.", "en", "approve"),
    ("Not all of them, but enough of them are criminals.", "en", "hold"),
    # A people named, then officials open the next sentence: "they" are the officials
    # (`analysis.rival_subject`)
    ("Immigrants were attacked at the market. The police did nothing. They are useless.", "en",
     "approve"),
    ("Immigrants were robbed at the station. The sheriffs did nothing. They are useless.", "en",
     "approve"),
    ("Muslims were attacked at the mosque. The police did nothing. They are useless.", "en",
     "approve"),
    ("Immigrants were attacked at the market. They are useless.", "en", "hold"),
    ("Atacaron a unos migrantes en el mercado. Los policías no hicieron nada. Ellos son unos "
     "inútiles.", "es", "approve"),
    ("Los migrantes llegaron al pueblo. Los narcos los recibieron a balazos. Ellos son unas "
     "ratas.", "es", "approve"),
    ("Atacaron a unos migrantes en el mercado. Ellos son unos inútiles.", "es", "hold"),
    ("Muslims were attacked at the mosque. They are useless.", "en", "hold"),
    # Blaming by office-holders, insinuation aimed at an office (`hate.coded` spares them)
    ("¿Por qué será que en cada crisis los políticos culpan a los migrantes?", "es", "approve"),
    ("¿Por qué será que en cada crisis todo es culpa de los migrantes?", "es", "hold"),
    # ... but the political class doing nothing beside the hint does not aim it elsewhere
    ("Every year more of those people arrive and the politicians say nothing. Draw your own "
     "conclusions.", "en", "hold"),
    ("Cada año llegan más de los del sur, con cinco hijos cada familia, y los políticos "
     "callados. Saquen sus conclusiones sobre quién se va a quedar con esta tierra.", "es",
     "hold"),
    # A capitalised plural told to be run out of town: a family, unless it is an office, a
    # force or an outfit (`hate.hinted`)
    ("The Mayors should be run out of town.", "en", "approve"),
    ("The Cartels should be run out of town.", "en", "approve"),
    ("The Garzas should be run out of town.", "en", "hold"),
    # A stand-in ("those people") pointing back to officials or an outfit named before it
    # (`hate.habit_vice`)
    ("The judges at the fair were rude. Those people are always drunk.", "en", "approve"),
    ("The smugglers came through again. Those people are always drunk.", "en", "approve"),
    ("Those people are always drunk.", "en", "hold"),
    ("Los narcos llegaron otra vez. Esa gente siempre anda borracha.", "es", "approve"),
    ("Esa gente siempre anda borracha.", "es", "hold"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_an_official_as_the_subject(text, lang, expected):
    assert category_action(text, "hate", lang, blog_model=False) == expected, text


@pytest.mark.parametrize(
    ("words", "text", "found"),
    [
        (RIVALS, "border patrol agents", "border patrol"),
        (RIVALS, "los policias llegaron tarde", "policias"),
        (RIVALS, "an icebox full of beer", None),  # whole words: "ice" is not in "icebox"
        (OFFICES, "funny how the councilwoman's cousin won", "councilwoman"),
        (OFFICES, "qué casualidad que el alcalde", "alcalde"),
        (OFFICES, "our politicians know", None),
        (POLITICIANS, "our politicians know", "politicians"),
    ],
)
def test_words_regex_reads_whole_words(words, text, found):
    match = re.search(words_regex(words), text)
    assert (match and match.group()) == found


def test_the_political_class_is_no_office():
    """An insinuation beside "our politicians" still points at a people (`POLITICIANS`)."""
    assert not OFFICES & POLITICIANS
