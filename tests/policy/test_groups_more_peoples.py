"""Peoples the group lexicon lacked (our own sentences)."""

import pytest

from moderation.policy import Submission, screen

# Peoples the group lexicon lacked ("argentinos", "sirios", "italianos", "the Irish"): a
# generalisation about them is read as about any other people; the country's name
# ("Argentina", "Siria") is no people, and praise passes.
MORE_PEOPLES_HELD = [
    ("Los argentinos que vienen acá siempre estafan.", "es"),
    ("Los sirios son todos terroristas.", "es"),
    ("Los italianos son unos ladrones.", "es"),
    ("The Irish are drunks, everyone knows it.", "en"),
]

MORE_PEOPLES_PASS = [
    ("En Argentina la inflación está terrible.", "es"),
    ("Siria está en guerra desde hace años.", "es"),
    ("Los argentinos juegan muy bien al fútbol.", "es"),
    ("Mi vecina es italiana y cocina delicioso.", "es"),
    ("The Irish built half of this town's railroads.", "en"),
    ("La asamblea fue un desastre, nadie respetaba los turnos.", "es"),
    ("No more Italians on the roster, sadly.", "en"),
    ("No more Mexicans on the roster, sadly.", "en"),
]


def _rules_in(text: str, lang: str) -> set[str]:
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    return {f.rule for f in verdict.findings if f.action != "approve"}


@pytest.mark.parametrize("text,lang", MORE_PEOPLES_HELD)
def test_more_peoples_generalised(text: str, lang: str) -> None:
    assert {r for r in _rules_in(text, lang) if r.startswith("hate.")}


@pytest.mark.parametrize("text,lang", MORE_PEOPLES_PASS)
def test_more_peoples_twins_pass(text: str, lang: str) -> None:
    assert _rules_in(text, lang) == set()
