"""English hate found by reading a sentence again in plain words (`rules/hate_reread/`):
profanity as an intensifier dropped, a question read as the statement it presumes, a yes/no
question that expects "no" read as the denial, "don't have" read as "have no", a challenge to
find a member without a fault read as the claim that all have it, and "every single one" read
as "them". Beside them, a people stand-in ("these people") read as a group when the sentence
blames a people's culture or blood (`analysis._peoplehood_stand_ins`). Near misses: questions
about a wrong done to a group, questions answered with a denial, positive predicates, harsh
words about offices and parties. Hand-written."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, expected)
    # Profanity as an intensifier hides nothing ...
    ("Haitians need to get the fuck out of here.", "flag"),
    ("Muslims can get the hell out of our town.", "flag"),
    # ... and a swear word in praise or in anger at haters stays harmless.
    ("Fucking finally, the council hired more Somali interpreters.", "approve"),
    ("Why the hell are people still harassing Muslim families on this street?", "approve"),
    # A question presumes its statement ...
    ("Why do Gypsies always lie?", "flag"),
    ("So why can't lesbians ever be normal?", "flag"),
    ("Honestly, why do Haitians never do anything useful?", "flag"),
    ("Can Somalis even think?", "flag"),
    ("Do Haitians ever do anything useful?", "flag"),
    # ... unless it asks about a wrong done to the group, is answered no, or presumes good.
    ("Why are Haitians blamed for every break-in on this street?", "approve"),
    ("Why do Somalis get followed around in every store?", "approve"),
    ("Are Muslims even allowed to pray at work in that plant?", "approve"),
    ("Can disabled people even get into city hall with those stairs?", "approve"),
    ("Why do Gypsies steal? They don't, that is a myth.", "approve"),
    ("Why are immigrants so hardworking?", "approve"),
    ("Why do Muslims fast during Ramadan?", "approve"),
    ("Why do people hate immigrants so much?", "approve"),
    ("Why can't Muslim women lead prayers in that mosque?", "approve"),
    ("Why aren't lesbians allowed to adopt in that state?", "approve"),
    ("Why don't immigrants vote more in local elections?", "approve"),
    # "Don't have" says what "have no" says ...
    ("Somalis don't have souls.", "flag"),
    ("Lesbians do not have brains.", "flag"),
    ("Haitians have no idea how to behave.", "flag"),
    # ... but a lack of papers, access or pay is a fact or a wrong, not a slur.
    ("Most Haitians here don't have papers yet.", "approve"),
    ("Disabled people don't have access to the second floor of the library.", "approve"),
    ("Immigrants in detention don't have lawyers.", "approve"),
    # A challenge to find a member without the fault claims every member has it ...
    ("I have yet to meet a Mexican who isn't a liar.", "flag"),
    ("Show me a Gypsy who isn't a thief.", "flag"),
    ("Name one immigrant who ever contributed anything.", "flag"),
    ("There's not a single Muslim I'd trust.", "flag"),
    # ... not when the fault is a virtue, the challenge is answered, or no group is named.
    ("I've never met an immigrant who wasn't hardworking.", "approve"),
    ("Show me a Muslim who isn't peaceful and I'll show you a rare bird.", "approve"),
    ("Name one woman who contributed anything to physics and I'll name you twenty.", "approve"),
    ("Show me a politician who isn't a liar.", "approve"),
    ("There's not a single senator I'd trust with the budget.", "approve"),
    # "Every single one" picks up the group named before it ...
    ("I've worked with plenty of Somalis, and I despise every single one.", "flag"),
    # ... in praise too, which stays praise.
    ("I taught a class of Somalis last year and I miss every single one.", "approve"),
    ("This council is a disgrace and every single one of them should resign.", "approve"),
    # A people stand-in with its culture or blood blamed names a group ...
    ("Those people don't respect the law, it's how they're raised.", "flag"),
    ("These people are thieves by nature, it's in the culture.", "flag"),
    # ... but not the holders of an office, a party, or a restricted few.
    ("Those people in the county office are slow by nature.", "approve"),
    ("Those people in Congress are all liars, it's in their culture.", "approve"),
    ("Those people at the DMV are useless by nature.", "approve"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_hate_en_reread(text: str, expected: str) -> None:
    assert_category_action(text, expected, "hate", "en")
