"""English hate said by its shape rather than a slur or a plain generalisation (rows of
`lexicons/coded.tsv` and `lexicons/tropes.tsv`), one block per shape: harm a people "brings
with them", women said to decide by their feelings, disease laid on a people, the "kicked out
of 109 countries" trope, a people's culture named as "the problem", a member put in an office
and its ruin foretold, a group barred from a role. Each block lists what the rule must flag
and near misses of our own on the same nouns and verbs that it must pass (the rows may still
be held by another rule: each row asks only its own). Hand-written."""

import pytest

from tests.policy.expect import rules_flagging

CODED, TROPE = "hate.coded", "hate.trope"

# (text, rule) the rule must flag
HITS = [
    # A people said to bring its harm along (row `bring_with.g` of `lexicons/coded.tsv`): chaos,
    # corruption, a gang, "the failed state" or a cartel mentality brought "with them", "here" or
    # "wherever they go". Near misses: the same verbs with a culture, skills, recipes or music,
    # cartels as the subject, counter-speech, negation, a question answered in good faith, and a
    # storm that brings disease.
    (
        "Salvadorans brought their gangs with them and now the kids can't walk to school.",
        CODED,
    ),
    ("Hondurans bring chaos wherever they go.", CODED),
    ("The Haitians bring the failed state with them.", CODED),
    ("Somalis bring clan warfare with them, every single time.", CODED),
    ("Afghans bring the same tribal mess with them.", CODED),
    ("Colombians brought the narco mentality here.", CODED),
    ("Mexicans bring corruption wherever they settle.", CODED),
    ("Guatemalans? They bring it wherever they go.", CODED),
    ("Venezuelans brought MS-13 with them.", CODED),
    ("Nigerians bring their scams and their corruption with them.", CODED),
    # Women said to decide by their feelings (row `too_emotional` of `lexicons/coded.tsv`):
    # voting, thinking, judging or governing "with their feelings", "more emotional and so ...",
    # "can't think past their feelings", "feelings-based" policy put on women. Near misses: voters
    # in general, women's records, a negated or condemned claim, a question, a council that
    # grieved at a memorial, and "feelings" about a bond issue.
    ("Women vote with their feelings, that's why the border is open.", CODED),
    ("Women on city council is how you end up with feelings-based budgets.", CODED),
    ("Women in politics is how you get feelings-based border policy.", CODED),
    (
        "Single women think with their feelings and vote for every bleeding-heart cause.",
        CODED,
    ),
    ("Feminists pushed open borders because women can't think past their feelings.", CODED),
    ("Of course she won, women vote with their feelings.", CODED),
    ("Women judges decide with their emotions, not the law.", CODED),
    ("Women get so emotional about everything and legislate from their feelings.", CODED),
    ("Typical, a woman thinks the border should be run on feelings.", CODED),
    ("Look, women are more emotional and that's why they vote for open borders.", CODED),
    ("Girls make decisions based on feelings, so keep them off the bench.", CODED),
    ("Women govern with their hormones, everyone knows it.", CODED),
    # A people said to carry, bring, spread or give "us" a disease (row `disease` of
    # `lexicons/coded.tsv`): AIDS, covid, cholera, measles, "the virus", "one plague already", or
    # the group called "carriers". Near misses: health workers, doctors and scientists of the same
    # groups doing their work, carriers of a gene or a trait, a mosquito as the carrier, counter-
    # speech, a negation, a question answered in good faith and "spread the word". A claim someone
    # else "insisted" on is reported, not said (`frames.tsv`).
    ("Haitians bring AIDS. They always have.", CODED),
    ("Gay men spread AIDS on purpose.", CODED),
    ("Those Asian nail salon people spread the virus.", CODED),
    ("The Chinese gave us covid and now they want our farmland.", CODED),
    ("These people are carriers, plain and simple.", CODED),
    ("Somalis carry cholera across the border.", CODED),
    ("Hondurans are disease carriers, every last one.", CODED),
    ("Venezuelans bring measles and scabies into our schools.", CODED),
    ("Haitians spread TB wherever they settle.", CODED),
    ("Those people gave us one plague already.", CODED),
    # The "kicked out of 109 countries" trope (row `expelled_en` of `lexicons/tropes.tsv`): Jews
    # said to have been expelled from a hundred-odd countries, the count that carries the verdict.
    # Near misses: a single expulsion told as history, refugees turned away, a person expelled
    # from a school or a library, delegates from a hundred countries, counter-speech, a negation
    # and a question answered by historians.
    ("Jews were kicked out of 109 countries for a reason.", TROPE),
    ("The Jews got thrown out of over a hundred countries, ask yourself why.", TROPE),
    ("Funny how the Jews were expelled from more than 100 nations through history.", TROPE),
    (
        "Jewish people have been kicked out of hundreds of countries and it is never their fault.",
        TROPE,
    ),
    (
        "Honestly the Jews were run out of a hundred countries, look at the common denominator.",
        TROPE,
    ),
    # A people's culture named as "the problem" (row `not_in_culture.g` of `lexicons/coded.tsv`):
    # "the problem with X is the culture", "the problem with X isn't the border, it's the
    # culture", "no problem with X, I have a problem with the culture", "X isn't the problem, the
    # culture is". Near misses: the culture of an institution (a police department, a tipping
    # custom, a school's secrecy), culture praised or described, culture denied as the cause,
    # counter-speech and a question answered in good faith.
    ("The problem with Mexicans isn't the border, it's the culture.", CODED),
    ("Honestly the real problem with Central Americans is cultural.", CODED),
    ("I have no problem with Black people, I have a problem with the culture.", CODED),
    ("The problem with Black folks is the culture, everyone knows it.", CODED),
    ("The problem with Haitians is their culture. Same thing every time.", CODED),
    ("The trouble with Somali families here is cultural, plain and simple.", CODED),
    ("The problem with Gypsies around here is their culture and everyone knows it.", CODED),
    (
        "The cartel isn't the problem here, the culture is. Every Mexican family has a cousin.",
        CODED,
    ),
    ("The issue with Muslim men isn't religion, it's the culture.", CODED),
    ("I got no problem with Arabs, my problem is with their culture.", CODED),
    # A member of a group put in an office, and the office's ruin foretold (row `role_doomed.g` of
    # `lexicons/coded.tsv`): "hire an X as police chief and crime goes up", "put an X in charge
    # and the pipes burst", "another X sheriff. Guess the cartels can relax", "an X running the
    # finance office? Hide the checkbook". Near misses: the same openings with a good outcome or a
    # neutral count, a myth refuted, a diet, a prediction quoted to be booed, a question answered
    # by the record.
    (
        "Put a woman in charge of the water department and surprise surprise, the pipes burst.",
        CODED,
    ),
    ("Hire a woman as police chief and watch the cartels laugh.", CODED),
    ("Hire a woman as police chief and crime goes up 20%.", CODED),
    ("Another woman sheriff. Guess the cartels can relax now.", CODED),
    (
        "A Mexican running the county's finance office? Hide the liquor and the checkbook.",
        CODED,
    ),
    ("A Muslim principal at Jefferson? Well, there goes the test scores.", CODED),
    ("Elect a Muslim as mayor and then the whole budget goes to hell.", CODED),
    (
        "Appoint a lesbian to run the fire department and the station falls apart in a year.",
        CODED,
    ),
    ("A Mexican judge on the county bench, well, there goes the rule of law.", CODED),
    ("Hire a Mexican as city manager and the budget goes bankrupt, watch.", CODED),
    # A group barred from a role or an office (row `barred.g` of `lexicons/coded.tsv`), in the
    # forms the row missed: "X had no business in the Senate", "X shouldn't be border agents,
    # cops, judges or teachers", "X should not be certified to teach", "X teachers shouldn't be
    # anywhere near kids", "X couples shouldn't be adopting". Near misses: what a group should not
    # suffer (paid less, profiled, purged, bullied, caged), what it should not have to do, a fear,
    # a report of the claim refuted, a condition ("without being elected", "without protection")
    # and a question answered in good faith.
    ("Women had no business in the Senate then and have no business there now.", CODED),
    ("Women shouldn't be border agents, they can't handle it.", CODED),
    ("Trans people should not be certified to teach children.", CODED),
    ("Gay couples shouldn't be adopting, kids need a normal home.", CODED),
    ("Transgender teachers shouldn't be anywhere near kids.", CODED),
    ("Muslims should not be in government, period.", CODED),
    ("Women judges shouldn't be judging men.", CODED),
    ("Gay men should never be coaches.", CODED),
    ("Jews should not be in congress.", CODED),
    ("Lesbians shouldn't be teachers.", CODED),
    ("Gays should not be anywhere near children.", CODED),
    ("Women shouldn't be firefighters.", CODED),
    ("Mexicans should not be cops in this county.", CODED),
    ("Muslims should never be pilots.", CODED),
    ("Gay couples should not be allowed to adopt.", CODED),
]

# (text, rule) the rule must not flag
PASSES = [
    # A people said to bring its harm along (row `bring_with.g` of `lexicons/coded.tsv`): chaos,
    # corruption, a gang, "the failed state" or a cartel mentality brought "with them", "here" or
    # "wherever they go". Near misses: the same verbs with a culture, skills, recipes or music,
    # cartels as the subject, counter-speech, negation, a question answered in good faith, and a
    # storm that brings disease.
    (
        "Immigrants bring their culture with them, and our food scene is better for it.",
        CODED,
    ),
    ("Refugees bring their skills and their hopes with them.", CODED),
    ("Mexican cartels bring violence wherever they go.", CODED),
    ("It is a lie that Haitians bring disease with them.", CODED),
    ("Haitians do not bring crime with them, the county data says the opposite.", CODED),
    ("The rally claimed Mexicans bring crime with them, which is a racist lie.", CODED),
    (
        "Do Somali families bring clan politics with them? A researcher at the university says no.",
        CODED,
    ),
    (
        "Syrian refugees brought their recipes with them and opened the best bakery in town.",
        CODED,
    ),
    ("The Irish brought their music with them wherever they went.", CODED),
    ("Guatemalan workers bring their families here because the jobs are here.", CODED),
    ("Mexican teachers bring energy to every classroom.", CODED),
    ("The new Muslim doctors brought real change to the county clinic.", CODED),
    (
        "Every hurricane brings disease with it, and poor Honduran villages suffer most.",
        CODED,
    ),
    (
        "People who say Salvadorans brought MS-13 with them forget it was born in Los Angeles.",
        CODED,
    ),
    ("Chinese students bring their parents' savings here and pay full tuition.", CODED),
    ("The Jewish families who fled brought nothing with them but their children.", CODED),
    (
        "Vietnamese refugees brought almost nothing here in 1975 and built a whole neighborhood.",
        CODED,
    ),
    ("Black churches brought the civil rights movement everywhere they went.", CODED),
    (
        "Cuban exiles brought their politics with them, and Miami still votes that way.",
        CODED,
    ),
    ("Stop saying Hondurans bring chaos wherever they go, it is not true.", CODED),
    # Women said to decide by their feelings (row `too_emotional` of `lexicons/coded.tsv`):
    # voting, thinking, judging or governing "with their feelings", "more emotional and so ...",
    # "can't think past their feelings", "feelings-based" policy put on women. Near misses: voters
    # in general, women's records, a negated or condemned claim, a question, a council that
    # grieved at a memorial, and "feelings" about a bond issue.
    ("Women vote on healthcare more than men, according to the exit polls.", CODED),
    (
        "Voters decide with their hearts, not their heads, and every campaign knows it.",
        CODED,
    ),
    ("Women are not too emotional to lead, the governor proved that.", CODED),
    ("The claim that women vote with their feelings is sexist nonsense.", CODED),
    ("Women lead with empathy and the data on their councils is good.", CODED),
    ("Women in politics is how we got paid family leave in this state.", CODED),
    ("Men think with their feelings just as much as women do.", CODED),
    (
        "Ladies, the forum is Thursday, bring your questions and your feelings about the bond.",
        CODED,
    ),
    ("Women judges decide on the law, same as men.", CODED),
    ("Girls on the team play with their hearts every game.", CODED),
    ("The women's shelter runs on donations and a lot of goodwill.", CODED),
    ("Who says women are too emotional for office? Not me.", CODED),
    (
        "My grandmother voted with her head and her heart, and she never missed an election.",
        CODED,
    ),
    ("Women legislators voted on the budget numbers, not on anybody's feelings.", CODED),
    ("Women voters care about the border as much as anyone, the poll says.", CODED),
    (
        "The women on the council got emotional at the memorial, and so did everyone in the room.",
        CODED,
    ),
    ("Mothers know their kids' feelings better than any school counselor.", CODED),
    ("Women decide with their feet: they are leaving the party in droves.", CODED),
    ("It is sexist to say women think with their feelings.", CODED),
    # A people said to carry, bring, spread or give "us" a disease (row `disease` of
    # `lexicons/coded.tsv`): AIDS, covid, cholera, measles, "the virus", "one plague already", or
    # the group called "carriers". Near misses: health workers, doctors and scientists of the same
    # groups doing their work, carriers of a gene or a trait, a mosquito as the carrier, counter-
    # speech, a negation, a question answered in good faith and "spread the word". A claim someone
    # else "insisted" on is reported, not said (`frames.tsv`).
    ("Haitian nurses bring vaccines to the villages every spring.", CODED),
    ("Gay men spread awareness about HIV testing at the clinic on Fifth.", CODED),
    (
        "Black Americans are carriers of the sickle cell trait more often, the doctor explained.",
        CODED,
    ),
    ("Mexican doctors treat cholera for free at the border clinic.", CODED),
    ("Chinese scientists gave us the first covid genome in January 2020.", CODED),
    ("Mosquitoes carry the virus and Haitian kids are the ones who get sick.", CODED),
    ("UN peacekeepers brought cholera to Haiti, not Haitians.", CODED),
    ("It is a racist lie that Haitians bring AIDS.", CODED),
    ("Haitians do not bring disease, the county health office checked.", CODED),
    (
        "The Chinese government hid covid for weeks, and that is about a regime, not a people.",
        CODED,
    ),
    ("Gay men were the first to fight AIDS when the government would not.", CODED),
    ("Immigrant families bring their kids for measles shots at the county clinic.", CODED),
    ("Somali volunteers carry water and medicine to the flood victims.", CODED),
    ("Jewish doctors brought the polio vaccine to the world.", CODED),
    (
        "Did Haitians bring cholera to the Dominican Republic? The WHO says it came with the UN.",
        CODED,
    ),
    ("Asian Americans were blamed for covid and beaten on the street.", CODED),
    ("Women are carriers of the gene, so their sons have the higher risk.", CODED),
    ("The claim that gay men spread AIDS on purpose is homophobic garbage.", CODED),
    ("Mexican families spread the word about the free clinic.", CODED),
    ("Latino health workers brought covid testing to every colonia.", CODED),
    (
        "A guy at the bar insisted gay men spread AIDS on purpose. I paid my tab and left.",
        CODED,
    ),
    # The "kicked out of 109 countries" trope (row `expelled_en` of `lexicons/tropes.tsv`): Jews
    # said to have been expelled from a hundred-odd countries, the count that carries the verdict.
    # Near misses: a single expulsion told as history, refugees turned away, a person expelled
    # from a school or a library, delegates from a hundred countries, counter-speech, a negation
    # and a question answered by historians.
    ("Jews were expelled from Spain in 1492 and many settled in Mexico.", TROPE),
    ("The '109 countries' meme about Jews is a neo-Nazi lie.", TROPE),
    ("The myth that Jews were kicked out of 109 countries is antisemitic garbage.", TROPE),
    ("Jewish refugees were turned away from dozens of countries in 1939.", TROPE),
    (
        "Jewish families from Iraq were driven out in 1950 and rebuilt their lives in Israel.",
        TROPE,
    ),
    (
        "The Jewish museum has a room on the expulsions from England, France and Spain.",
        TROPE,
    ),
    ("My Jewish grandmother was kicked out of school in Vienna in 1938.", TROPE),
    ("Over a hundred countries sent delegates to the Holocaust remembrance forum.", TROPE),
    ("The Jewish students were kicked out of the library for being too loud.", TROPE),
    ("Jews were not kicked out of 109 countries, that number is made up.", TROPE),
    (
        "People who say Jews were kicked out of 109 countries should read a history book.",
        TROPE,
    ),
    (
        "Mexican workers were run out of a hundred towns in the repatriation drives of the 1930s.",
        TROPE,
    ),
    (
        "The rabbi spoke about Jews who were expelled from their homes in Ukraine last year.",
        TROPE,
    ),
    (
        "Is it true that Jews were expelled from 109 countries? No, historians say it is invented.",
        TROPE,
    ),
    (
        "Jewish doctors from over a hundred countries met in Tel Aviv for the conference.",
        TROPE,
    ),
    # A people's culture named as "the problem" (row `not_in_culture.g` of `lexicons/coded.tsv`):
    # "the problem with X is the culture", "the problem with X isn't the border, it's the
    # culture", "no problem with X, I have a problem with the culture", "X isn't the problem, the
    # culture is". Near misses: the culture of an institution (a police department, a tipping
    # custom, a school's secrecy), culture praised or described, culture denied as the cause,
    # counter-speech and a question answered in good faith.
    (
        "The problem with the police department is the culture, Black officers told the council.",
        CODED,
    ),
    (
        "The problem with Mexican restaurants in this town is the culture of cash tips.",
        CODED,
    ),
    ("My problem with Catholic schools is their culture of secrecy about abuse.", CODED),
    ("The problem with Muslims being profiled is the culture at the TSA.", CODED),
    (
        "It's not poverty, it's the culture of the police department that kills Black men.",
        CODED,
    ),
    ("The real problem with Mexican food is cultural appropriation by the chains.", CODED),
    (
        "People say the problem with Black neighborhoods is the culture. That is a racist lie.",
        CODED,
    ),
    ("Is the problem with Native schools cultural? No, it is funding.", CODED),
    (
        "I have no problem with Muslims, I have a problem with the culture of fear around them.",
        CODED,
    ),
    ("The difference between Korean and Japanese food is cultural.", CODED),
    ("Japanese people take their shoes off indoors, it's cultural.", CODED),
    (
        "Mexican families throw big quinceaneras, it's their culture and it is beautiful.",
        CODED,
    ),
    ("The problem with Jewish summer camps is the price, not the culture.", CODED),
    ("There is no problem with Haitian culture, the problem is the landlords.", CODED),
    ("The council's problem with the Hmong festival was parking, not culture.", CODED),
    (
        "Arguing that the problem with Black families is the culture ignores redlining completely.",
        CODED,
    ),
    (
        "The problem with immigrants is not the culture, it is that the asylum system is broken.",
        CODED,
    ),
    # A member of a group put in an office, and the office's ruin foretold (row `role_doomed.g` of
    # `lexicons/coded.tsv`): "hire an X as police chief and crime goes up", "put an X in charge
    # and the pipes burst", "another X sheriff. Guess the cartels can relax", "an X running the
    # finance office? Hide the checkbook". Near misses: the same openings with a good outcome or a
    # neutral count, a myth refuted, a diet, a prediction quoted to be booed, a question answered
    # by the record.
    ("Hire a woman as police chief and watch the crime rate drop.", CODED),
    (
        "Put a Mexican chef in charge of the kitchen and watch the line go around the block.",
        CODED,
    ),
    ("Another woman sheriff! Guess the old boys' club can relax, she is great.", CODED),
    ("A Black principal at Jefferson. Well, there goes my excuse, she is wonderful.", CODED),
    ("Hire a veteran as police chief and crime goes up, say critics.", CODED),
    (
        "They put a woman in charge of the water department and the pipes finally got fixed.",
        CODED,
    ),
    ("Hire a disabled worker for the job and then watch how much the team learns.", CODED),
    ("An Apache running the county finance office? About time, she has a CPA.", CODED),
    ("Another woman sheriff in Texas, the third this year.", CODED),
    (
        "The man who said hire a woman as chief and crime goes up was booed out of the meeting.",
        CODED,
    ),
    (
        "Elect a Latino mayor and the budget goes to hell? They said that in 1990. It did not.",
        CODED,
    ),
    (
        "A Jewish mayor in 1950s Texas? Well, there goes the myth that the South was closed.",
        CODED,
    ),
    (
        "Put a Somali nurse in charge of the night shift and the ward runs like clockwork.",
        CODED,
    ),
    (
        "Hire a Muslim as judge and the cartels laugh? What a bigoted thing to say in public.",
        CODED,
    ),
    ("Another Mexican restaurant on Main. Well, there goes my diet.", CODED),
    ("Make a Black woman governor and the state changes for the better, I hope.", CODED),
    ("A gay principal at Jefferson? Good, the last one was a crook.", CODED),
    ("Hire a woman for the fire chief job, she has twenty years on the line.", CODED),
    # A group barred from a role or an office (row `barred.g` of `lexicons/coded.tsv`), in the
    # forms the row missed: "X had no business in the Senate", "X shouldn't be border agents,
    # cops, judges or teachers", "X should not be certified to teach", "X teachers shouldn't be
    # anywhere near kids", "X couples shouldn't be adopting". Near misses: what a group should not
    # suffer (paid less, profiled, purged, bullied, caged), what it should not have to do, a fear,
    # a report of the claim refuted, a condition ("without being elected", "without protection")
    # and a question answered in good faith.
    ("Women shouldn't be paid less than men for the same work.", CODED),
    ("Muslims shouldn't be profiled at airports.", CODED),
    ("Gay couples shouldn't be denied the right to adopt.", CODED),
    ("Immigrant kids shouldn't be in cages.", CODED),
    ("Refugees shouldn't be in detention for years.", CODED),
    ("Women shouldn't have to choose between a career and a family.", CODED),
    ("Black voters shouldn't be purged from the rolls.", CODED),
    ("Trans kids shouldn't be bullied at school.", CODED),
    ("Women should not be afraid to run for office.", CODED),
    ("Nobody says women shouldn't be cops anymore.", CODED),
    ("People who say gays shouldn't be teachers are bigots.", CODED),
    ("My grandmother said women shouldn't be in the Senate, and she was wrong.", CODED),
    ("Muslim teachers shouldn't be singled out for wearing a scarf.", CODED),
    ("Women judges should not be harassed by defendants.", CODED),
    ("Gay coaches shouldn't have to hide who they are.", CODED),
    (
        "Jewish students shouldn't be in the classroom for fear of harassment, the rabbi said.",
        CODED,
    ),
    (
        "Mexican families should not be in government housing for ten years waiting for a hearing.",
        CODED,
    ),
    ("Women should not be in the senate without being elected, same as men.", CODED),
    ("Immigrant workers shouldn't be anywhere near pesticides without protection.", CODED),
    ("Should women be border agents? The ones I met at Santa Teresa were excellent.", CODED),
]


@pytest.mark.parametrize(("text", "rule"), HITS)
def test_shape_is_flagged(text: str, rule: str) -> None:
    assert rule in rules_flagging(text, "en", ("hate",)), text


@pytest.mark.parametrize(("text", "rule"), PASSES)
def test_near_miss_is_not_read_as_the_shape(text: str, rule: str) -> None:
    assert rule not in rules_flagging(text, "en", ("hate",)), text


# Advice at the ballot or on what is taught is no group barred from voting or teaching
# (`barred.g`, and the derogation rules' "should not vote"): none of the hate rules flag it
# (the statistical model is asked elsewhere), while the bare bar ("X shouldn't vote", "X
# shouldn't teach") stays flagged.
BALLOT_ADVICE = [
    "Catholics shouldn't vote for him, he is against everything the church teaches.",
    "Christians shouldn't teach creationism in science class.",
    "Women shouldn't vote against their own interests, but plenty do.",
    "Muslims shouldn't teach their religion in public schools any more than Baptists should.",
    "Evangelicals shouldn't vote based on one issue alone.",
    "Jews shouldn't teach that to their kids, the rabbi said, it is not in the Torah.",
]
BARRED = [
    "Muslims should not vote, period.",
    "Women shouldn't vote.",
    "Gays shouldn't teach.",
    "Jews should never teach our kids.",
    "Lesbians shouldn't adopt.",
]


@pytest.mark.parametrize("text", BALLOT_ADVICE)
def test_advice_at_the_ballot_is_not_hate(text: str) -> None:
    found = [r for r in rules_flagging(text, "en", ("hate",)) if not r.startswith("model.")]
    assert found == [], text


@pytest.mark.parametrize("text", BARRED)
def test_a_bare_bar_stays_flagged(text: str) -> None:
    assert rules_flagging(text, "en", ("hate",)), text
