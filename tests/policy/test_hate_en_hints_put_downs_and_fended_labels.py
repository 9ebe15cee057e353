"""English hate said without the group's name next to it, and its near misses: a people hinted
at by its neighbourhood beside a charge ("we all know which neighborhoods", "the same few zip
codes", "you know the ones") or behind the banks ("the bankers in New York. You know which
ones."), the pet-eating libel, a place or success put down to a group with
the merit denied after it ("got the job because she's black, not because she's qualified", and
its Spanish twin), and a bigotry label fended off for saying the line ("they call you a racist
for noticing that X are Y"). Counter-speech, reports and everyday senses pass. Hand-written."""

import pytest

from tests.policy.expect import assert_category_action, by_lang, rules_flagging

HELD = by_lang(
    [
        # A people hinted at by where it lives, beside a charge.
        "Break-ins went up on our street this year and we all know which neighborhoods "
        "they come from.",
        "The crime is always in certain neighborhoods, you know the ones.",
        "Every shooting in this town comes from the same few zip codes. "
        "Everybody knows which kind of people live there.",
        "Landlords will tell you some tenants trash every unit. "
        "I will not say which, but you can guess.",
        # The same left to the reader beside a hold on the banks or the press.
        "The only people who profit from open borders are the bankers in New York. "
        "You know which ones.",
        "Globalists again. We all know who they mean.",
        # The pet-eating libel, the group named or stood in for.
        "The Haitians on our block are eating the ducks from the park.",
        "Those people are eating our pets.",
        "The Chinese restaurant on Main, seen any stray cats lately?",
        # A place or success put down to a group, the merit denied.
        "She only got the job because she's black.",
        "The new principal got the job because she's a Black woman, not because she's qualified.",
        "He got promoted because he's Hispanic, not because he earned it.",
        "She got the scholarship because she's Mexican. Not because of her grades.",
    ],
    [
        "La contrataron porque es indígena, no porque sea capaz.",
        "Lo ascendieron porque es gay, no porque lo merece.",
    ],
)

FLAGGED = [
    # A bigotry label fended off for saying the line: the line is the writer's own.
    "They call you a racist for noticing that Somalis are lazy.",
    "You get called a bigot for saying Mexicans bring crime.",
    "They'll call me a racist for saying immigrants are criminals, but it's true.",
]

NEAR_MISSES = by_lang(
    [
        # A neighbourhood named with no charge, or a charge laid on no people.
        "We all know which neighborhoods vote for the mayor.",
        "Everybody knows which part of town has the best tacos.",
        "We all know which neighborhoods got the new parks first: the rich ones.",
        "You know the ones, the bakeries on Fifth that stay open all night. Best bread in town.",
        "Everybody knows which part of town floods first when it rains.",
        "People blame 'those people' for the trash, but everyone knows who you mean, "
        "and it's racist.",
        # "You know who" answered, or beside no hold on money or the press.
        "My bike got stolen last night. You know who did it? My own brother.",
        "The bank raised its fees again. You know who pays for that? We do.",
        "We all know who runs the banks: shareholders and a board nobody elected.",
        # Pets in their everyday sense, eaten by animals, or the libel denied.
        "No, the Haitian families in Springfield were not eating anyone's pets. "
        "The city manager said so.",
        "Our cat went missing last week, has anyone seen her near the park?",
        "My cat went missing after the new family moved in next door, and they helped me find her.",
        "The coyotes are eating the cats in our neighborhood since the park closed.",
        "We grilled hot dogs for the neighbors' kids at the Fourth of July party.",
        # Merit named as the reason, a second good reason, or the put-down reported.
        "She got the job because she's qualified, not because she's a woman.",
        "She got the job because she's a woman, and that's great for the team.",
        "He got the job because he's a nurse, not because he knows anyone.",
        "He got the job because he's Mexican and he speaks both languages, which the clinic "
        "needed.",
        "People say she got the job because she's black, not because she's qualified. "
        "That's racist nonsense.",
        "Critics claimed she was hired because she's a woman, not because she's qualified. "
        "They were wrong.",
        "I painted it because it's black.",
        # A label the writer gives, or one fended off for a claim about no group.
        "I'd call you a racist for saying Somalis are lazy, because that's what it is.",
        "They call you a racist for pointing out that the council wasted the budget.",
        "My neighbor called me a bigot for saying the festival was too loud.",
    ],
    [
        "La contrataron porque es capaz, no porque sea indígena.",
        "La contrataron porque es indígena y habla tres lenguas, qué orgullo.",
    ],
)


@pytest.mark.parametrize(("text", "lang"), HELD)
def test_hint_pets_or_put_down_held(text: str, lang: str) -> None:
    assert_category_action(text, "hold", "hate", lang)


@pytest.mark.parametrize("text", FLAGGED)
def test_label_fended_for_saying_keeps_the_line(text: str) -> None:
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize(("text", "lang"), NEAR_MISSES)
def test_near_miss_passes_the_rules(text: str, lang: str) -> None:
    assert rules_flagging(text, lang, ("hate",)) == [], text
