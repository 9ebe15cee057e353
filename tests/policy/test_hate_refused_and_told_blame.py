"""Counter-speech that tells readers to stop repeating a claim or debates whether it holds, and
blame told of someone else. "Stop repeating that X are Y", "hay que dejar de repetir que los X
son Y" refuse the claim, as "stop saying" already did; "keep repeating" and "hay que repetir"
still assert it. A debate over whether X are Y puts the claim in question unless the writer
answers yes ("and the answer is yes", "la respuesta es sí"). "El cabildo
culpa a los X de la basura" reports what the council blames them for (the garbage is the matter,
not a name for the group); "culpo a los X de la basura" is the writer's own blame. Hand-written,
English and Spanish; rules only."""

import pytest

from tests.policy.expect import category_action

CASES = [
    # (text, lang, expected): "flag" is hold or reject
    # a claim the writer tells readers to stop repeating ...
    ("Stop repeating that Haitians are dirty.", "en", "approve"),
    (
        "We need to stop repeating that Mexicans are rapists, it was a lie in 2015 too.",
        "en",
        "approve",
    ),
    ("Quit claiming that Muslims are terrorists.", "en", "approve"),
    ("Hay que dejar de repetir que los salvadoreños son todos mareros.", "es", "approve"),
    ("Dejemos de creer que los haitianos son sucios.", "es", "approve"),
    ("Dejen de afirmar que los musulmanes son terroristas.", "es", "approve"),
    # ... not a claim to repeat, nor one made again after a comma
    ("We need to keep repeating that Haitians are dirty.", "en", "flag"),
    ("Hay que repetir que los salvadoreños son todos mareros.", "es", "flag"),
    ("Dejen de decir que los haitianos son gente trabajadora, son unas ratas.", "es", "flag"),
    # a debate over whether a claim holds ...
    (
        "No entiendo por qué seguimos discutiendo si los migrantes 'son criminales'. No lo son.",
        "es",
        "approve",
    ),
    (
        "Why are we still debating whether immigrants are criminals? They offend less.",
        "en",
        "approve",
    ),
    # ... not one the writer answers yes
    ("Seguimos discutiendo si los migrantes son criminales, y la respuesta es sí.", "es", "flag"),
    ("People keep arguing whether Haitians are animals. Yes they are.", "en", "flag"),
    ("Everyone is debating whether Haitians are animals, and the answer is yes.", "en", "flag"),
    # blame told of someone else ...
    ("El cabildo culpa a los migrantes de la basura, pero no pone contenedores.", "es", "approve"),
    ("El alcalde culpó a los haitianos de los robos sin una sola prueba.", "es", "approve"),
    ("The mayor blames migrants for the trash, but never adds bins.", "en", "approve"),
    # ... not the writer's own
    ("Culpo a los migrantes de la basura.", "es", "flag"),
    ("Todo el mundo culpa a los gitanos de los robos porque son ratas.", "es", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_hate_refused_and_told_blame(text: str, lang: str, expected: str) -> None:
    action = category_action(text, "hate", lang, blog_model=False)
    if expected == "flag":
        assert action in ("hold", "reject"), text
    else:
        assert action == "approve", text
