"""A hateful claim the writer denies is counter-speech: the pest denied where it stands ("no
son una plaga", "ningún X es una rata"), a claim under "jamás diría que", "no creo que", "no
estoy de acuerdo con que" or "I disagree that", an insult under such a frame about a third
party, a smell denied. The same claims affirmed, the denial elsewhere in the sentence ("they
aren't refugees, they're an infestation") and "not to sound racist, but ..." still count;
a "not racist, but" hedge that goes on to deny the claim ("es falso que ...") is a denial."""

import pytest

from moderation.policy import Action, Submission, screen

APPROVED = [
    ("Los refugiados no son una plaga.", "es"),
    ("Los migrantes nunca han sido una plaga, son vecinos.", "es"),
    ("Ningún inmigrante es una rata.", "es"),
    ("Jamás diría que los haitianos son una plaga.", "es"),
    ("Immigrants aren't a plague, they're neighbours.", "en"),
    ("No creo que los venezolanos sean ratas.", "es"),
    ("Nunca diría que los inmigrantes son escoria.", "es"),
    ("I don't think they're idiots, just misinformed.", "en"),
    ("No estoy de acuerdo con que los chinos sean sucios.", "es"),
    ("I don't agree that Mexicans are lazy.", "en"),
    ("I disagree that immigrants are criminals.", "en"),
    ("Los haitianos no huelen mal.", "es"),
    ("Los haitianos nunca huelen mal, qué mito tan viejo.", "es"),
    # "not one more" said of deaths and detentions is a call for their safety
    ("Ni un migrante más muerto en el desierto, exigimos rutas seguras.", "es"),
    ("Ni un refugiado más ahogado en el río.", "es"),
    # a want denied to someone else ("jobs nobody wanted"), a service a group lacks
    ('Guatemalans are not "stealing jobs." They\'re doing jobs nobody wanted.', "en"),
    ("Why do so many Native communities still lack running water? Serious question.", "en"),
    ("Immigrant workers lack legal help in these hearings.", "en"),
    # a "not racist, but" hedge that goes on to deny the claim
    ("No soy racista, pero es falso que los salvadoreños roben.", "es"),
    ("No quiero sonar racista, pero es mentira que los haitianos sean sucios.", "es"),
    ("I'm not racist, but it's a lie that Guatemalans are thieves.", "en"),
    ("Not to sound racist, but it's not true that Somalis are violent.", "en"),
]

FLAGGED = [
    ("Los refugiados son una plaga.", "es"),
    ("They aren't refugees, they're an infestation.", "en"),
    ("Los inmigrantes no son personas, son una plaga.", "es"),
    ("No, los inmigrantes son ratas.", "es"),
    ("Estoy de acuerdo con que los chinos son sucios.", "es"),
    ("I agree that Mexicans are lazy.", "en"),
    ("Los haitianos huelen mal.", "es"),
    ("No creo que tú seas más que una rata.", "es"),
    ("I don't think you're anything but a clown.", "en"),
    ("No es que sea racista, pero los mexicanos son unos flojos.", "es"),
    ("Not to sound racist, but Mexicans are lazy.", "en"),
    ("No quiero sonar racista pero los hondureños son rateros.", "es"),
    ("Ni un migrante más en mi colonia.", "es"),
    ("Muslims lack basic decency.", "en"),
    ("Mexicans lack manners.", "en"),
    # the hedge followed by the claim affirmed, or a denial only after the claim
    ("No soy racista, pero es verdad que los salvadoreños roban.", "es"),
    ("I'm not racist, but Guatemalans are thieves, and it's a lie that they work.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), APPROVED)
def test_denied_claim_is_approved(text, lang):
    verdict = screen(Submission(text, lang=lang), blog_model=False)
    assert verdict.action == Action.APPROVE, [f.rule for f in verdict.findings]


@pytest.mark.parametrize(("text", "lang"), FLAGGED)
def test_affirmed_claim_is_flagged(text, lang):
    verdict = screen(Submission(text, lang=lang), blog_model=False)
    assert verdict.action != Action.APPROVE
