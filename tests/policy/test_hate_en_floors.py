"""English hate below HateCheck's floors, in shapes of our own writing: profanity that sits
inside the attack ("I wouldn't let a fucking X near my kids") or makes an insult of the group's
name ("you X bitch"), hate asked as a question ("why would anyone hire a X?", "what good has a X
ever done?", "who cares what happens to X?", "do X really deserve rights?", "what purpose do X
serve?"), a good thing denied to the whole group ("X are never grateful for anything", "X
aren't exactly geniuses", "... They don't deserve any."), a "they" that takes up a group named
after "talk to me about", and plain hate after a lead clause whose negation or overruled words
are its own ("I don't care what anyone says, X are vermin", "Don't forget, X are inferior", "I
don't know about you, but X are ..."). Each hit failed on the engine before this branch. The
near misses must pass: the same questions answered in the group's favour or asked about a
policy, profanity about a stranger, a bar or the writer, the same shapes about a council, a
landlord or mosquitoes, denials after a lead clause, and counter-speech. All examples are our
own.
"""

import pytest

from tests.policy.expect import assert_category_action

HITS_EN = [
    "I wouldn't let a fucking Muslim near my kids.",
    "You Muslim bitch.",
    "You gay piece of shit.",
    "Shut up, you disabled piece of shit.",
    "You're a Mexican bastard.",
    "Why would anyone let a gay person near their kids?",
    "Why would I ever hire a black person?",
    "Who wants trans people around their kids?",
    "Who the fuck wants immigrants in our neighbourhood?",
    "Why does anyone think women can lead?",
    "Why do women even bother trying to think?",
    "Why do black people even try to learn?",
    "What good has a black person ever done for this country?",
    "What have immigrants ever done for us?",
    "Why do gay people push their perversion on everyone?",
    "Trans people keep pushing their sick agenda on our kids.",
    "What is it with Jews and money?",
    "What's it with Mexicans and crime?",
    "Women in charge? What a fucking disaster.",
    "Muslims in power? What a nightmare.",
    "Disabled people are such a fucking pain to deal with.",
    "Black people can't swim for shit.",
    "Refugees are never grateful for anything.",
    "Immigrants are never thankful.",
    "It's always a Muslim causing problems.",
    "It's always immigrants causing trouble.",
    "Of course you'd say that, you're a woman.",
    "How can anyone love Muslims?",
    "What makes women think they're equal to us?",
    "Do gay people really deserve rights?",
    "Should we really treat disabled people as equals?",
    "Why do immigrants think anyone cares about them?",
    "How long until we can be rid of Muslims?",
    "Who cares what happens to refugees?",
    "Who cares if immigrants drown?",
    "Why does anyone bother with disabled people?",
    "Black people want equal rights. They don't deserve any.",
    "Don't talk to me about Muslims. They make me sick.",
    "Muslims are hated for a reason.",
    "There's a reason nobody likes gay people.",
    "Raise your hand if you hate trans people.",
    "What purpose do disabled people serve?",
    "Why did God make gay people?",
    "Name one good thing Muslims have done.",
    "Name one useful trans person.",
    "Why can't black people act normal for once?",
    "Why can't immigrants be more like us?",
    "Who asked women for their opinion?",
    "Who let Muslims in here?",
    "Why is a gay man allowed to teach our kids?",
    "I have yet to meet a Mexican with a brain.",
    "Women aren't exactly geniuses.",
    "Immigrants are not known for their intelligence.",
    "Black people aren't exactly known for hard work.",
    "Muslims are not the sharpest tools in the shed.",
    "Trans people are not exactly an asset to society.",
    # a lead clause with its own negation or others' words overruled, then the claim
    "I don't care what anyone says, Muslims are vermin.",
    "I don't care what people think, immigrants are disgusting.",
    "I don't care, trans people are disgusting.",
    "I can't help it, gay people are disgusting.",
    "Don't forget, women are inferior.",
    "No matter what they say, black people are animals.",
    "I don't care what anyone says, I hate disabled people.",
    "I don't know about you, but Mexicans are disgusting.",
]

NEAR_MISSES_EN = [
    "I wouldn't let a fucking stranger near my kids.",
    "Love the new bakery, the Muslim owners are fucking great.",
    "Why would anyone refuse to hire a trans person?",
    "Why would anyone want to live next to that noisy bar?",
    "Who would date a Muslim? Me, I married one and she's wonderful.",
    "Why would I hire a black person? Because she was the best candidate.",
    "Who wants more parks near our kids' schools?",
    "Why do people think women can't lead?",
    "Why do politicians even bother trying to look honest?",
    "What good has the council ever done for this town?",
    "What have the Romans ever done for us?",
    "Why do marketers push their junk on everyone?",
    "What is it with my neighbours and their leaf blowers?",
    "Women in charge? About time, great news.",
    "The council in charge? What a disaster.",
    "Kids are such a pain to deal with at bedtime.",
    "Mosquitoes are a nuisance.",
    "I can't sing for shit.",
    "Refugees are grateful for the help they got.",
    "My cat is never grateful for anything.",
    "It's always the same landlord causing problems.",
    "Of course you'd say that, you're a Yankees fan.",
    "How can anyone hate Muslims?",
    "How can anyone love Muslims? Easily, they are my neighbours.",
    "What makes women think they're unsafe here? The attacks last year.",
    "Do gay people deserve rights? Of course they do.",
    "Should we treat disabled people as equals? Yes, obviously.",
    "Who cares if immigrants pray in the park? Let them.",
    "Why does anyone bother with disabled people? Because they are human beings.",
    "How long until women get equal pay?",
    "Black people want equal rights. They deserve no less.",
    "Don't talk to me about Muslims. They are my friends.",
    "Muslims are hated for no reason at all.",
    "Nobody should say that gay people are a nuisance.",
    "What purpose do disabled support groups serve? They save lives.",
    "Name one good thing the council has done.",
    "Name one good thing Muslims have done? Easy, the hospital wing.",
    "Name one useful Muslim charity in town, I want to donate.",
    "Why can't gay people just live in peace without being harassed?",
    "Who asked the mayor for his opinion?",
    "Who let the dog in here?",
    "I have yet to meet a Mexican who was rude to me.",
    "Immigrants aren't exactly rich, most of them work two jobs.",
    "The Jets aren't exactly the brightest team this year.",
    "Saying women aren't exactly geniuses is bigoted.",
    "I don't care what anyone says, Muslims are welcome here.",
    "No matter what they say, immigrants are our neighbours and friends.",
    "Not true, refugees are not criminals.",
    "Don't believe the hate, trans people are not dangerous.",
    "I don't agree, disabled people are not a burden.",
    "Don't be fooled by the trolls, gay people are good people.",
    "I don't know about you, but women are my heroes.",
    "Never forget, Jews were called vermin by the Nazis.",
    "Whatever people say, black people are human beings.",
]


@pytest.mark.parametrize("text", HITS_EN)
def test_hits(text: str) -> None:
    assert_category_action(text, "flag", "hate", "en")


@pytest.mark.parametrize("text", NEAR_MISSES_EN)
def test_near_misses_pass(text: str) -> None:
    assert_category_action(text, "approve", "hate", "en")
