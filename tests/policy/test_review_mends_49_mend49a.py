"""The forty-ninth review's mends: a Spanish plural pronoun reads as things only with a verb of
abolishing (burning only for paper), and nouns of people ending "-dades" or "-ajes" are no
things; a goal "judged met" must close its sentence and "vamos" joins it; a liking verb pairs a
"hate" with another subject only when a noun opens the clause; a "they" let-in line is cleared
only after an earlier sentence names a plural that is no person; "siguiente" picks the next
member like "próximo". The review's probes and our own sentences."""

from __future__ import annotations

import pytest

from .expect import assert_rules_flag, assert_rules_pass_all

FLAG = [
    # 1. killing or burning is never abolishing; people in "-dades"/"-ajes" are people
    ("Esos personajes no sirven para nada. Mátenlos.", "es", "troll"),
    ("Las autoridades de Morena no sirven. Hay que fusilarlas.", "es", "troll"),
    ("Esas nacionalidades no sirven. Quémenlas.", "es", "troll"),
    ("Esos periodistas no sirven. Quémenlos.", "es", "troll"),
    # 2. the writer joining, or a judgement that goes on to urge more
    ("Si el objetivo es matar a los judíos, vamos bien.", "es", "hate"),
    ("If the goal is to kill all Muslims, well done, let's finish the job.", "en", "hate"),
    # 3. an adverb or modal before the liking verb leaves the writer the subject
    ("Honestly love the tacos, hate the Mexicans.", "en", "hate"),
    ("Gotta love the tacos, hate the Mexicans.", "en", "hate"),
    ("Totally love the tacos, hate the Mexicans.", "en", "hate"),
    ("Really love the tacos, hate the Mexicans.", "en", "hate"),
    # 4. earlier text that names no non-person plural
    ("Our town used to be safe. They should never have been let in to begin with.", "en", "hate"),
    ("Sad. They should never have been let in to begin with.", "en", "hate"),
    (
        "Things used to be fine here. They should never have been let in to begin with.",
        "en",
        "hate",
    ),
    # 5. "siguiente" like "próximo"
    ("Al siguiente judío que vea lo mato.", "es", "hate"),
    ("A la siguiente judía que vea la mato.", "es", "hate"),
]

PASS = [
    ("Desaparézcanlos del presupuesto, esos gastos.", "es"),
    ("Los subsidios a las petroleras no sirven. Desaparézcanlos.", "es"),
    ("Los impuestos a la gasolina hay que eliminarlos de una vez.", "es"),
    ("Las cuotas de la universidad no sirven. Cancélenlas.", "es"),
    ("Quémenlos, esos recibos viejos, no sirven para nada.", "es"),
    ("Esos papeles viejos no sirven. Quémenlos.", "es"),
    ("Si el objetivo es castigar a los migrantes, funciona.", "es"),
    ("Si la meta era expulsar a los migrantes, misión cumplida.", "es"),
    ("If the goal is to punish immigrants, it's working.", "en"),
    ("Politicians love Mexicans at the taquería, hate them onstage.", "en"),
    ("The mayor loves Mexicans at the taquería, hates them onstage.", "en"),
    (
        "The raccoons got into the garage again. They should never have been let in to begin with.",
        "en",
    ),
    ("The pigeons are back on the balcony. They should never have been let in.", "en"),
]


@pytest.mark.parametrize(("text", "lang", "category"), FLAG)
def test_mended_readings_flag(text: str, lang: str, category: str) -> None:
    assert_rules_flag(text, lang, category)


@pytest.mark.parametrize(("text", "lang"), PASS)
def test_harmless_readings_still_pass(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)
