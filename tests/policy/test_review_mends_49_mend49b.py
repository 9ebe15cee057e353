"""The forty-ninth review's mends: five guards that let aimed words through. A "cabrón" of
surprise is no surprise when a second-person future threatens ("ya verás"); "los del hilo"
are the readers, not a crowd elsewhere; "everybody shut up" and "oh my gosh shut up" are
imperatives, not a story; a noun not known as a thing ("el chamaco", "los admins") may be
someone; and "cold" before "ass" describes a person, not the weather. Probes of the review
and our own sentences, with the harmless readings each guard was written for."""

from __future__ import annotations

import pytest

from .expect import assert_rules_flag, assert_rules_pass_all

FLAG = [
    # oath: a second person in the verb's ending addresses, or threatens, someone
    ("¡Cabrón, ya verás!", "es", "troll"),
    ("¡Cabrón, ya vas a ver!", "es", "troll"),
    # sore_elsewhere: the thread itself is no elsewhere
    ("Los del hilo bien ardidos porque ganó", "es", "troll"),
    ("Los de los comentarios bien ardidos.", "es", "troll"),
    # quiet: an imperative to all, or after an exclamation
    ("Everybody shut up, I'm talking.", "en", "troll"),
    ("Everyone shut up and listen.", "en", "troll"),
    ("Oh my gosh shut up already.", "en", "troll"),
    ("Oh my god shut up about the refs.", "en", "troll"),
    # thing_exclaimed, aim: a noun not known as a thing may be someone
    ("Qué menso se ve el chamaco.", "es", "troll"),
    ("Qué menso se ve la señorita.", "es", "troll"),
    ("Qué pendejo se oye el conductor.", "es", "troll"),
    ("Qué escuincle tan malo, cabrón.", "es", "troll"),
    ("Qué menso se oye el chamaco ese.", "es", "troll"),
    ("admins are so stupid", "en", "troll"),
    ("mods are so stupid", "en", "troll"),
    # profanity: "cold ass" describes someone, the swear counts whole
    ("that damn cold ass landlord", "en", "profanity"),
    ("this damn cold ass neighbor", "en", "profanity"),
]

PASS = [
    ("¡Ay cabrón, no me esperaba ese final!", "es"),
    ("¡Ah cabrón, no me lo esperaba!", "es"),
    ("¡Ay cabrón, ya empezó el partido!", "es"),
    ("los del face bien ardidos porque cantó en español", "es"),
    ("Everybody shut up when the judge walked in.", "en"),
    ("Everyone shut up as soon as the coach walked in.", "en"),
    ("The parent shut up.", "en"),
    ("he finally shut up", "en"),
    ("qué menso estuvo ese comercial", "es"),
    ("qué tonto se ve el logo", "es"),
    ("Qué partido tan malo, cabrón.", "es"),
    ("qué calor hace, cabrón", "es"),
    ("The new parking rules are so dumb", "en"),
    ("a mediocre YA novel", "en"),
    ("This damn heat", "en"),
    ("This damn heat today, ugh.", "en"),
    ("Qué pinche calor", "es"),
]


@pytest.mark.parametrize(("text", "lang", "category"), FLAG)
def test_aimed_words_are_flagged(text: str, lang: str, category: str) -> None:
    assert_rules_flag(text, lang, category)


@pytest.mark.parametrize(("text", "lang"), PASS)
def test_the_harmless_readings_still_pass(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)
