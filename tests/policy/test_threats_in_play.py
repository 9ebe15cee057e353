"""Threat words friends use in play: killing "de un susto" or "de la envidia", knowing where
someone lives and bringing them food or a gift, beating someone at a named game or coming for
their trivia title. The same words with a weapon, a grave or no game stay threats."""

import pytest

from moderation.policy import Action, Submission, screen

PLAY = [
    ("Te voy a matar de un susto cuando veas el recibo de luz", "es"),
    ("Te voy a matar de la envidia con mis fotos de la playa", "es"),
    ("Ya sabemos dónde vives, Nena, ahí te llevo tu regalo mañana", "es"),
    ("Ya sé dónde vives, güey, el sábado llego con las chelas 🍻", "es"),
    ("Ya sabemos dónde trabajas, Rosy: el viernes te caemos con pastel 🎂", "es"),
    ("I know where you live, Marta, I'm bringing soup tomorrow.", "en"),
    ("I'll murder you at dominoes Friday, bring cash, amigo.", "en"),
    ("I'm coming for your trivia title next week, Beto.", "en"),
    ("Te voy a matar en el dominó, prepárate", "es"),
]

THREATS = [
    ("Te voy a matar de un balazo", "es"),
    ("Que se mueran de hambre esos mojados.", "es"),
    ("Ya sabemos dónde vives, y te vamos a llevar un regalito de plomo.", "es"),
    ("Ya sé dónde vives, te llevo flores a tu tumba.", "es"),
    ("Ya sabemos dónde vives, ahí te llevo comida y un cuerno de chivo", "es"),
    ("I know where you live. I'm bringing a bat.", "en"),
    ("I'll kill you, and then we'll play bingo.", "en"),
    ("I'm coming for you at your house.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), PLAY)
def test_play_passes(text, lang):
    verdict = screen(Submission(text, lang=lang), blog_model=False)
    assert verdict.action == Action.APPROVE, [f.rule for f in verdict.findings]


@pytest.mark.parametrize(("text", "lang"), THREATS)
def test_threat_still_flagged(text, lang):
    verdict = screen(Submission(text, lang=lang), blog_model=False)
    assert verdict.action != Action.APPROVE
