"""Coded hate (`hate.coded`, rows of `lexicons/coded.tsv`): replacement and invasion talk, a
group kept out of jobs, homes, schools or the vote, a "natural place", mock-polite contempt,
a verdict on a people drawn from a statistic, insinuation, jokes, animal similes and dog
whistles; with the near misses that must pass (policy argument, careful statistics, quoting a
bigot to refute them, reports of hate, personal stories, good-faith questions, sarcasm at
bigots). All examples are our own."""

import re
from functools import cache

import pytest

from moderation.policy import Submission, screen
from moderation.policy.analysis import analyse
from moderation.policy.lexicon import load

HITS = [
    # replacement, invasion, conquest
    "They plan to outbreed us within two generations.",
    "The foreigners in this valley are replacing us one school at a time.",
    "This is an invasion, plain and simple.",
    "Look around the valley: it's replacement.",
    "Muslims don't integrate, they take over.",
    "This is conquest by birth rate and everyone can see it.",
    "We will be a minority in our own country before my kids retire.",
    "Every nation can stay itself except the white ones.",
    "Diversity just means fewer of us.",
    "Give them a block and they take the whole neighborhood.",
    # kept out of jobs, homes, schools, the vote
    "I will never rent to Somalis again.",
    "The plant should stop hiring Mexicans and the wages will come back.",
    "I don't want Muslims teaching in our schools.",
    "I would never let my son marry a Muslim, and I don't care who calls me names about it.",
    "Jews should not be allowed to hold office here.",
    "Women shouldn't be in the military.",
    "Those refugees belong in separate facilities, away from our children.",
    "No more Muslim visas, period.",
    "The HOA should have the right to say no to black families.",
    "Bring back the old covenants.",
    "Muslims have no loyalty to this country.",
    # natural place
    "The old-timers knew their place, the new ones don't.",
    "Mexican workers never complain, it's what they were made for.",
    "Some peoples are just not built for democracy.",
    "Honestly the Afghans would be happier in their own countries.",
    "It's adorable when the Haitians try to run a business.",
    # a verdict on a people
    "Stealing is in their culture, you can't change that.",
    "It's a people problem, not a policy problem.",
    "Some cultures build things, others just move in.",
    "Those countries have average IQs in the low eighties, so what did you expect?",
    "That's not racism if it's true.",
    "Not racist, just realistic.",
    "I'm not racist, I just don't want Mexicans in my neighborhood.",
    # insinuation, jokes, animals, dog whistles, coded violence
    "A girl was mugged by the station again. I won't say by who.",
    "What do you call a Mexican with a diploma? A forgery.",
    "Three Somalis walk into a bar and the bar closes for good.",
    "Immigrants breed like rabbits.",
    "The migrants swarm every town like locusts.",
    "Call them what they are: an infestation.",
    "Our solution for the border should be landmines.",
    "Hang a few bodies on the fence and the rest will learn.",
    "Clown world: we pay them to replace us.",
    "Remember the 14 words.",
    "The new hire is a paper American with a cousin in every cartel.",
    "That's what you get when you let them in.",
    "Give it twenty years and this town will look like Mogadishu, because of the Somalis.",
    # "these people" as a whole, what "they" do, every one of them
    "Nothing good ever comes from these people.",
    "Send them back where they came from.",
    "The Chinese shop owners all work for Beijing, every single one of them is an agent.",
    "Muslims got two seats on the council and within a year it was halal everything. "
    "That's what they do.",
    "Some of my best workers are Guatemalans, but I would never put one in charge of the money.",
    "Ever since the Haitians moved in, the park went downhill.",
    "We should never have let his kind on the team.",
    "Gay coaches should stay in the closet.",
    "Keep the Muslims out of our schools.",
    "You can take the Haitian out of Haiti, but you can't take Haiti out of the Haitian.",
]

PASSES = [
    # policy argument, enforcement, numbers
    "The asylum backlog is a disgrace; fund the judges and speed up the hearings.",
    "I support a wall and more agents, and I want the law enforced fairly.",
    "Employers who hire under the table should be fined until it hurts.",
    "Only citizens can vote in federal elections, and that is how it should stay.",
    "The county's crime rate rose 11 percent, concentrated in two tracts with no new arrivals.",
    "Immigrants are convicted at lower rates than native-born citizens in most categories.",
    "Is there good data on how many people released show up to court?",
    "The valley has changed a lot since 1980, and the schools need more bilingual teachers.",
    "The policy would keep them in Mexico while their cases are heard.",
    # quoting a bigot to refute them, reports of hate
    'He wrote "it\'s an invasion" on the flyer, the same word the shooter used.',
    'The "great replacement" is a conspiracy theory invented by a French writer.',
    'Saying "they breed like rabbits" about Mexicans is plain racism.',
    "Someone painted a swastika on the church and the police call it a hate crime.",
    "The council member said the Hmong families should stay in their own part of town, "
    "and that's illegal under fair housing law.",
    '"Not racist, just realistic" is what every racist on this blog says.',
    "When people ask whether towns may keep certain groups out, I remember the sundown signs.",
    # personal stories and praise naming groups
    "My Haitian neighbors brought food when my husband was in the hospital.",
    "I teach in a school that is 90% Hispanic and the parents show up more than anywhere.",
    "My grandmother came from Sicily and never lost her accent.",
    "Proud of my daughter marrying a Muslim man; the wedding was lovely.",
    "Baseball is in their blood in the Dominican Republic, they start at four.",
    "The Somali owners of the corner store gave us credit during the strike.",
    # good-faith questions and sarcasm at bigots
    "What do you call the new tax on remittances, a fee or a tariff?",
    "Sarcasm alert: yes, the grandmother selling tamales is clearly an invasion force.",
    "Buddy, you've been replaced by the 21st century, not by your neighbors.",
    "Some groups in the county have lower turnout because the polling places closed.",
    "The players breed rabbits on their farm in the off-season.",
    "The kids in the shelter were kept like animals in cages, and that's shameful.",
    "AI is replacing us at work faster than any policy can handle.",
    "The refugees would be happier with a real school than a tent camp.",
    "It's not a stereotype that the bus is always late, it's the schedule.",
    "Women are in the military and they serve with honor.",
    "I won't say who won the pool, but it wasn't me.",
    "The cartel is the problem, not the people fleeing it.",
    "We are the minority party in the county and we need better candidates.",
    "Let nature take its course on the ranch, the grass comes back after rain.",
    "They accused him of trying to bring back segregation, which is absurd.",
    "Marchers chanting that Jews will not replace us should shame everyone.",
    "That's what they do: the county commissioners table the budget every spring.",
    "Every one of them is a volunteer, and the shelter runs on their time.",
    "Some of my best students are Somali kids and they never miss a class.",
    "These people need to be heard before the council votes on the shelter.",
    "Ever since the Haitian families moved in, our church choir has doubled.",
    "Since they moved the bus stop, the corner went downhill.",
    "Thank you for your kind words about my grandmother's shop.",
    "Nobody should have to stay in the closet to keep a job.",
    "Keep them out of our schools, the principal said about vape pens.",
    # "You can take the boy out of Texas, ..." passes the rules but the blog model holds it:
    # tests/model/test_blog_model.py KNOWN_OVER_HOLDS
]

HITS_ES = [
    "No es racismo, es estadística: donde se instalan, suben los robos.",
    "Traen la violencia en la sangre, es genético.",
    "Entran como cucarachas por cualquier rendija.",
    "Que se queden en sus países y nos dejen en paz.",
    "No tengo nada contra los marroquíes, pero no los quiero en mi edificio.",
    "No vinieron a trabajar, vinieron a invadir.",
    "La raza se está perdiendo; que los nuestros no se mezclen con ellos.",
    "Ni un inmigrante más en este pueblo.",
    "A los gitanos no los queremos aquí.",
    "Que no se alquilen más pisos a familias marroquíes en el barrio.",
    "Los indígenas no están preparados para votar.",
    "Todo musulmán que llega a Europa es una amenaza.",
    "Desde que llegaron los marroquíes, las chicas ya no pueden volver solas de noche.",
]

PASSES_ES = [
    "No es racismo pedir que se cumpla la ley de extranjería con garantías.",
    "El fútbol lo llevan en la sangre en Rosario, desde chicos.",
    "Los vecinos ecuatorianos organizaron la colecta para la escuela.",
    "Decir que los gitanos roban por naturaleza es racismo, y punto.",
    "Mi abuela vino de Galicia a Buenos Aires y trabajó toda la vida.",
    "Desde que llegaron los venezolanos, el mercado abre también los domingos.",
    "Los alumnos no están preparados para el examen de junio.",
    "No los queremos aquí, dijo el alcalde, y eso es racismo puro.",
    "Ni un peso más para los bancos.",
]


@pytest.mark.parametrize("text", HITS)
def test_coded_hate_is_flagged(text):
    verdict = screen(Submission(text=text, lang="en"))
    assert verdict.action in ("hold", "reject"), verdict.to_dict()
    assert "hate" in verdict.categories, verdict.to_dict()


@pytest.mark.parametrize("text", PASSES)
def test_coded_near_misses_pass(text):
    verdict = screen(Submission(text=text, lang="en"))
    assert verdict.action == "approve", verdict.to_dict()


@pytest.mark.parametrize("text", HITS_ES)
def test_coded_hate_is_flagged_es(text):
    verdict = screen(Submission(text=text, lang="es"))
    assert verdict.action in ("hold", "reject"), verdict.to_dict()
    assert "hate" in verdict.categories, verdict.to_dict()


@pytest.mark.parametrize("text", PASSES_ES)
def test_coded_near_misses_pass_es(text):
    verdict = screen(Submission(text=text, lang="es"))
    assert verdict.action == "approve", verdict.to_dict()


def test_coded_alone_only_holds():
    verdict = screen(Submission(text="Not racist, just realistic.", lang="en"))
    coded = [f for f in verdict.findings if f.rule == "hate.coded"]
    assert coded and all(str(f.action) == "hold" for f in coded), verdict.to_dict()


def test_coded_rows_load_with_their_placeholders():
    rows = load().coded
    assert len(rows) >= 40
    assert all("{G}" not in rx and "{T}" not in rx for _, _, rx in rows)
    # a row is English, Spanish or "*" (a shape written in both languages at once)
    assert {"en", "es"} <= {lang for _, lang, _ in rows} <= {"en", "es", "*"}


@cache
def _coded_compiled() -> tuple[re.Pattern, ...]:
    """Each coded row compiled once: there are more rows than `re`'s own cache keeps (512),
    so compiling them anew for every case would recompile every row each time."""
    return tuple(re.compile(source) for _ident, _lang, source in load().coded)


@pytest.mark.parametrize("text", HITS + PASSES + HITS_ES + PASSES_ES)
def test_coded_rows_are_candidates_whenever_they_match(text):
    """The token index never hides a row that matches, and a row's `skipping` regex finds the
    row's own match."""
    lex = load()
    norm = analyse(text).norm.text
    candidates = set(lex.coded_needles.candidates(norm))
    for k, whole in enumerate(_coded_compiled()):
        m = whole.search(norm)
        if m is None:
            continue
        assert k in candidates
        fast, group = lex.coded_search[k]
        assert fast.search(norm).span(group) == m.span()


def test_coded_rows_are_searched_only_behind_their_strings():
    lex = load()
    for quiet in ("a quiet comment about the weather", "un comentario tranquilo sobre el clima"):
        rows = [lex.coded[k][0] for k in lex.coded_needles.candidates(quiet)]
        assert rows == ["dogwhistle_number"]  # digits are not required strings: always read


def test_coded_rows_compile_as_if_parsed_whole():
    """The lexicon parses the {G} alternation once and puts it into each row's parsed regex
    (`lexicon._coded_regex`): the strings and first characters read from the tree are those
    of the whole row parsed as one, and the compiled code that of the whole row with {G}
    written as a trie (`_group_trie`)."""
    from re import _compiler, _parser

    from moderation.policy import lexicon

    terms = lexicon._group_terms()
    group = lexicon._group_words(terms)
    trie = lexicon._group_trie(terms)
    branch = lexicon._group_branch(group)
    searched = lexicon._trie_branch(trie)
    assert branch is not None and searched is not None
    rows = [cols[2] for cols in lexicon._rows("coded.tsv") if "{G}" in cols[2]]
    for rx in rows[:: max(1, len(rows) // 12)]:  # a dozen rows: a whole parse is slow
        pattern = rx.replace("{G}", group).replace("{T}", lexicon._THEY_WORDS)
        whole = lexicon._parse(pattern)
        tree, (fast, number) = lexicon._coded_regex(rx, pattern, branch, searched, trie)
        assert lexicon._alternatives_of(tree) == lexicon._alternatives_of(whole)
        source, group_number = lexicon._skipping_source(pattern, 0, whole)
        assert number == group_number
        as_trie = rx.replace("{G}", trie).replace("{T}", lexicon._THEY_WORDS)
        trie_source, trie_number = lexicon._skipping_source(as_trie, 0)
        assert trie_number == number
        short = rx.replace("{G}", lexicon._G_STAND_IN).replace("{T}", lexicon._THEY_WORDS)
        parsed = _parser.parse(lexicon._skipping_source(short, 0, tree)[0])
        lexicon._splice(parsed, searched)
        assert _compiler._code(parsed, 0) == _compiler._code(_parser.parse(trie_source), 0)
        fast = fast if isinstance(fast, re.Pattern) else fast.compile()  # compiled when read
        assert fast.groups == re.compile(source).groups


def test_group_trie_matches_as_the_alternation():
    """The trie the coded rows are searched with matches what the plain alternation of the
    group terms matches, at every position, with the same backtracking order: a term and the
    terms that are prefixes of it, longest first."""
    from moderation.policy import lexicon

    terms = lexicon._group_terms()
    plain = re.compile(lexicon._group_words(terms))
    trie = re.compile(lexicon._group_trie(terms))
    # what follows a term decides how far it runs: a longer term that starts with it is tried
    # first and given up ("black people" -> "black" in "black!")
    ended_plain = re.compile(lexicon._group_words(terms) + "!")
    ended_trie = re.compile(lexicon._group_trie(terms) + "!")
    for term in terms:
        for text in (term, term + "s", term + " x", "x " + term):
            assert [m.span() for m in plain.finditer(text)] == [
                m.span() for m in trie.finditer(text)
            ]
        for t in terms:
            if term != t and term.startswith(t):
                text = term + " " + t + "!"
                assert ended_plain.search(text) is not None
                assert ended_plain.search(text).span() == ended_trie.search(text).span()
