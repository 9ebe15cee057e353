"""English hate the training rows still missed at the fortieth session's end, read as general
shapes (rows of `lexicons/coded.tsv` from `names_behind` on, and the witness frame of
`rules/context/report_frames.py`): a claim vouched for by "anyone who has been there knows",
surnames or "one small group" behind the banks and boards, the people "who built" a place
replaced, arrivals named invaders, trans women as "men in dresses", gay people said to recruit
children, vermin said of "them", neighbourhoods the reader is told to know, disabled people as a
drain, a people reduced to an equation, violence cheered in words no verb list holds, old
wrongs wished back, a place "we built" fallen to others, a title in scare quotes doubted of a
people, a knowing "Figures." after a group, hygiene and smell. Near misses: the same words
about officials, lobbies, donors, literal pests, criticism of policy, counter-speech, quotation
and reporting. Hand-written."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, expected)
    # A witness frame that vouches: "anyone who has been there knows X are ..."
    ("Anyone who has lived in Reynosa knows Hondurans are thieves.", "flag"),
    ("Anybody who works nights at the ER can tell you Somalis are liars.", "flag"),
    # ... but a frame of saying or thinking, or a denial, stays someone else's words.
    ("Anyone who says Hondurans are thieves has never met one.", "approve"),
    ("Anyone who has read the county numbers knows Hondurans are not thieves.", "approve"),
    # Surnames, families or one small group behind the banks, the media, the boards
    ("Check who sits on the bank boards: the same kind of names every time.", "flag"),
    ("Look at the names on the studio credits and tell me it's a coincidence.", "flag"),
    ("One small group has way too much control over what we read and watch.", "flag"),
    ("Rootless globalists are writing our immigration bills.", "flag"),
    # ... but a lobby, a donor list or the names of a crash's victims are no people hinted at.
    ("The same two donors fund both campaigns for county judge, check the filings.", "approve"),
    ("The memorial lists the names of the workers who died in the mine collapse.", "approve"),
    ("The same three families have run the county fair board since the fifties.", "approve"),
    ("Calling Jewish donors 'rootless globalists' is an antisemitic slur, full stop.", "approve"),
    # The people who built a place replaced; replacement said to be happening; invaders named
    ("They're slowly replacing the people who built this county, one bus at a time.", "flag"),
    ("The replacement is happening and the schools are the proof.", "flag"),
    ("These people are not refugees, they are invaders.", "flag"),
    ("Our valley is occupied territory now.", "flag"),
    # ... but replacement of a bridge, a roof or workers by machines is not.
    ("The replacement of the Elm Street bridge is happening next spring.", "approve"),
    ("The packing plant is replacing the people who built its trucks with robots.", "approve"),
    (
        "People chanting 'you will not replace us' are repeating a shooter's manifesto.",
        "approve",
    ),
    # Trans women as men in dresses; gay people said to recruit children
    ("Men in dresses teaching story hour at the library now. Great.", "flag"),
    ("They let trans 'women' into the girls' locker room at the rec center.", "flag"),
    ("They can't have kids of their own, so they go after ours.", "flag"),
    # ... but the slur reported as bullying, or kilts at a parade, are not.
    (
        "My trans niece was called a man in a dress at school and the principal did nothing.",
        "approve",
    ),
    ("Scottish men in kilts led the parade and the pipes were wonderful.", "approve"),
    ("My grandson went as a man in a dress for the school play and stole the show.", "approve"),
    # Vermin said of "them", neighbourhoods the reader is told to know
    ("They keep crossing in the heat, they're basically lizards.", "flag"),
    ("The border towns are being invaded by vermin.", "flag"),
    ("We all know which neighborhoods to avoid. And why.", "flag"),
    ("Same zip codes, same trouble. You know why.", "flag"),
    # ... but real pests, or a flood map, are no people.
    ("The old barn is full of vermin, call the county before the rats reach the feed.", "approve"),
    ("We all know which neighborhoods to avoid during the marathon road closures.", "approve"),
    # Disabled people cast as a drain on the budget
    ("Every wheelchair user suing the city is bleeding the budget dry.", "flag"),
    ("The ramp cost more than planned because the contractor padded the bill.", "approve"),
    # A people reduced to an equation; violence cheered in words no verb list holds
    ("Less Haitians = less crime. Simple.", "flag"),
    ("Every migrant wading across is fair game if you ask me.", "flag"),
    ("Can't wait for open season on the river crossers.", "flag"),
    ("Somebody should hunt the illegals down at the river.", "flag"),
    ("Beating up a couple of migrants isn't a crime, it's a public service.", "flag"),
    ("Whoever burned the Pride flag at the park deserves a medal.", "flag"),
    # ... but a politician's record called fair game, or a sign quoted to condemn it, are not.
    ("The mayor's voting record is fair game, his kids are not.", "approve"),
    ("Someone at the rally held up a 'Somalis = crime' sign and it made me sick.", "approve"),
    ("Open season on Fridays at the trout pond starts in April.", "approve"),
    # Old wrongs wished back
    ("Bring back the boarding schools for the native kids, they need discipline.", "flag"),
    ("Bring back the old bus routes that went out to the colonias.", "approve"),
    # A place "we built" fallen to others; a title doubted of a people; the knowing close
    ("White people built this town. Now look at it.", "flag"),
    ('Bet he\'s a "refugee." They always are.', "flag"),
    ("Of course the new clerk is a Muslim. Explains the delays.", "flag"),
    ("Our grandparents built this church with their own hands in 1911.", "approve"),
    ("Of course the new clerk is a Muslim, and she's the best clerk we've had.", "approve"),
    # Hygiene and smell said of a people
    ("Those Pakistani cooks have no hygiene, everyone on the block knows it.", "flag"),
    ("The restaurant on Mesa failed its inspection for poor hygiene in the walk-in.", "approve"),
    # A fault in the blood with a hedge, a culture past fixing
    ("The drinking and the fighting, it's almost in their blood by now.", "flag"),
    ("Refugees from over there? Nothing good ever comes from those people.", "flag"),
    ("Musical talent runs in the family, it's almost in the blood.", "approve"),
    ("Nothing good comes from skipping the budget hearing.", "approve"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hate_en_shapes_fortyfirst(text: str, expected: str) -> None:
    assert_category_action(text, expected, "hate", "en")
