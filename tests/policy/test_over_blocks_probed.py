"""Harmless comments the engine once held or rejected (found by probing), each with
paraphrases on the same words in innocent use (must pass, the rules alone approve the whole
comment), and their hateful twins (must flag, so a fix opens no hole). Our own examples."""

import pytest

from moderation.policy import Submission, screen


def _verdict(text: str, lang: str):
    return screen(Submission(text=text, lang=lang), blog_model=False)


# Words reported as someone else's: the Spanish relative frame with the speaker after the
# verb ("lo que dijo el pastor, que ...", "eso que dijo X de que ..."), and "I heard him say"
PASS_REPORTED = [
    ("Lo que dijo el pastor, que los haitianos son una plaga, es asqueroso.", "es"),
    ("Eso que dijo el pastor de que los haitianos son una plaga es asqueroso.", "es"),
    ("Lo que dijo el regidor, que los hondureños son ratas, fue vergonzoso.", "es"),
    ("Eso que dijo tu tío de que los guatemaltecos son una plaga no tiene nombre.", "es"),
    ("Lo que gritaron en la marcha, que los haitianos son basura, me dio tristeza.", "es"),
    ("Aquello que dijo el locutor, que los migrantes son una plaga, le costó el programa.", "es"),
    ("Lo que dijeron en la radio, que los venezolanos son una plaga, es indignante.", "es"),
    ("Eso que escribió el concejal de que los salvadoreños son basura merece disculpa.", "es"),
    ("Lo que dijo el obispo, que hay que ayudar a los haitianos, me pareció muy bonito.", "es"),
    ("Lo que dijo la maestra, que los niños haitianos aprenden rapidísimo, es cierto.", "es"),
    ("Eso que dijo el alcalde de que los migrantes sostienen la economía es verdad.", "es"),
    (
        "Lo que publicó el diario, que los haitianos llegaron huyendo del terremoto, es cierto.",
        "es",
    ),
    ("Lo que dijo el pastor en misa, que los haitianos son hermanos, me hizo llorar.", "es"),
    ("Eso que dijo mi abuela de que los oaxaqueños cocinan como nadie es la verdad.", "es"),
    ("Lo que dijeron los vecinos, que los haitianos ayudaron en la inundación, es cierto.", "es"),
    ("I heard him say the Somalis are trash. Disgusting.", "en"),
    ("I overheard a guy at the bar say Mexicans are animals. I told the bartender.", "en"),
    ("We heard a man at the game yelling that Haitians are a plague. Shameful.", "en"),
    ("I heard my uncle say the Somalis are trash at dinner and I left the table.", "en"),
    ("I heard the mayor say the Somali shop owners saved the block during the flood.", "en"),
    ("I heard him say the Somali restaurant on 5th is the best in town.", "en"),
    ("I heard the pastor say the Haitian families are the heart of the church.", "en"),
    ("I heard the coach say the Mexican players carried the team.", "en"),
    ("I heard her say the Somalis on Elm helped everyone shovel snow.", "en"),
    ("We heard the officer say Somali volunteers found the lost kid.", "en"),
]

# The same claims as the writer's own, or endorsed after the frame
FLAG_REPORTED = [
    ("Lo que dijo el pastor, que los haitianos son una plaga, es la pura verdad.", "es"),
    ("Lo que dijo el pastor, que los haitianos son una plaga, es la verdad.", "es"),
    ("Los haitianos son una plaga, como dijo el pastor.", "es"),
    ("El pastor tiene razón: los haitianos son una plaga.", "es"),
    ("Eso que dijo el pastor de que los haitianos son una plaga, tiene toda la razón.", "es"),
    ("The Somalis are trash.", "en"),
    ("I heard the Somalis are trash.", "en"),
    ("I heard him say the Somalis are trash, and he is right.", "en"),
    ("I heard him say the Somalis are trash. He's right.", "en"),
    ("Somalis are trash, I heard him say it and I agree.", "en"),
]


PASS = PASS_REPORTED
FLAG = [(t, lang, "hate") for t, lang in FLAG_REPORTED]


@pytest.mark.parametrize(("text", "lang"), PASS)
def test_must_pass(text: str, lang: str) -> None:
    verdict = _verdict(text, lang)
    assert verdict.action == "approve", [(f.rule, round(f.score, 2)) for f in verdict.findings]


@pytest.mark.parametrize(("text", "lang", "category"), FLAG)
def test_must_flag(text: str, lang: str, category: str) -> None:
    verdict = _verdict(text, lang)
    assert any(str(f.category) == category for f in verdict.findings), verdict.to_dict()
