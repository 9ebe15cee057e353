"""Shapes the public suites showed weakest, read from their general form: negative commands
that shut a group out, a lesson or beating owed to a group, houses of worship attacked, harm in
more verbs, implicit derogation in more words, rhetorical questions about a group's worth,
vulgar fed-up reactions, threats on "the next X I see", and a "they" that may be another
party than the group. Each shape has near misses that must pass: threats against bills and
parties, questions asked in good faith, counter-speech, negation, and a pronoun that refers to
a party other than the protected group. All examples are our own."""

import pytest

from tests.policy.expect import assert_category_action

HITS = [
    # dehumanising treatment ordered ("Treat X like rats"), and a bare expulsion said to a
    # group ("Mujeres, fuera de aquí.", "Muslims, keep out.")
    ("Treat migrants like rats.", "en"),
    ("Treat Muslims like animals.", "en"),
    ("We should treat migrants like rats.", "en"),
    ("Just treat immigrants like cattle.", "en"),
    ("Traten a los migrantes como ratas.", "es"),
    ("Hay que tratar a los migrantes como ratas.", "es"),
    ("Mujeres, fuera de aquí.", "es"),
    ("Gitanos, ¡fuera de aquí!", "es"),
    ("Muslims, keep out.", "en"),
    ("Women, get out of here.", "en"),
    # negative commands of exclusion
    ("Don't rent to those people, trust me on this.", "en"),
    ("Never hire a Muslim, you will regret it.", "en"),
    ("Do not sell your house to immigrants.", "en"),
    ("No le rentes a venezolanos, te lo digo por experiencia.", "es"),
    ("Nunca contrates a un gitano.", "es"),
    ("No les vendan casas a los chinos.", "es"),
    # a lesson or a beating owed; houses of worship attacked
    ("Somebody needs to teach those Jews a lesson they won't forget.", "en"),
    ("We should give these immigrants a good beating.", "en"),
    ("Alguien debería darles un escarmiento a los inmigrantes.", "es"),
    ("Los negros merecen que les den una paliza.", "es"),
    ("Someone should burn down every mosque.", "en"),
    ("Me and my friends are going to burn the synagogue down.", "en"),
    ("Vamos a quemar la mezquita con todos dentro.", "es"),
    # harm in more verbs and participles
    ("We should enslave all Muslims.", "en"),
    ("Disabled people should be disposed of.", "en"),
    ("Hay que enjaular a todos los gitanos.", "es"),
    ("Los musulmanes merecen ser pisoteados.", "es"),
    ("Habría que desterrar a esos negros.", "es"),
    # threats on a condition the writer meets, intent in more words
    ("Next Muslim I see, I'll kill them.", "en"),
    ("El próximo gay que vea, lo voy a matar.", "es"),
    ("Watch me kill every Muslim on my street.", "en"),
    ("Alguien tiene que matar a estos gays.", "es"),
    # implicit derogation
    ("Immigrants are the lowest form of life.", "en"),
    ("Women have the brains of a toddler.", "en"),
    ("Los discapacitados son un peso muerto.", "es"),
    ("Los indígenas nacen defectuosos.", "es"),
    ("Las mujeres apenas saben pensar.", "es"),
    ("No quiero a ningún musulmán cerca de mi familia.", "es"),
    ("I would never let a Muslim near my kids.", "en"),
    # rhetorical questions
    ("How stupid can immigrants be?", "en"),
    ("Can women do anything right?", "en"),
    ("How are trans people even allowed to exist?", "en"),
    ("¿Para qué existen los gitanos?", "es"),
    ("¿Pueden las mujeres hacer algo bien?", "es"),
    ("¿Cuándo aprenderán los negros cuál es su lugar?", "es"),
    ("¿Por qué los musulmanes huelen tan mal?", "es"),
    # vulgar fed-up reactions and curses
    ("Los judíos me tienen hasta los cojones.", "es"),
    ("Los gays que se vayan a tomar por culo.", "es"),
    ("Vaya mierda de gente son los inmigrantes.", "es"),
    ("Gay people are the shittiest neighbours.", "en"),
    # a "they" after a group that is the subject of its sentence is still the group
    ("We have too many Muslims here. They are vermin.", "en"),
    ("I keep seeing gay people at the park. They disgust me.", "en"),
    ("Han llegado muchos inmigrantes al barrio. Son una plaga.", "es"),
]

MISSES = [
    # treatment refused, reported or humane; expulsion of a thing, of officials, or quoted
    ("Don't treat migrants like rats.", "en"),
    ("Nobody should treat migrants like rats.", "en"),
    ("We should not treat migrants like rats.", "en"),
    ("Treat migrants like neighbors.", "en"),
    ("The guards treat migrants like animals.", "en"),
    ("No traten a los migrantes como ratas.", "es"),
    ("Traten a los migrantes como vecinos.", "es"),
    ("Dejen de tratar a los migrantes como ratas.", "es"),
    ("Mujeres, no hay lugar para el miedo.", "es"),
    ("Mujeres, fuera de aquí el machismo.", "es"),
    ("Corruptos, fuera de aquí.", "es"),
    ("Decir 'mujeres, fuera de aquí' es machismo puro.", "es"),
    ("Politicians, get out of here.", "en"),
    ("Women, out of the kitchen and into the boardroom!", "en"),
    # negative commands about no group, or against discrimination
    ("Don't rent to anyone without checking references.", "en"),
    ("Don't hire them, their quotes are too high.", "en"),
    ("Don't say that immigrants are criminals.", "en"),
    ("No contrates a esa empresa, son carísimos.", "es"),
    ("No discrimines a los inmigrantes.", "es"),
    # threats against bills, parties, and idioms
    ("We should kill this bill before it reaches the floor.", "en"),
    ("Someone should teach the city council a lesson at the ballot box.", "en"),
    ("Hay que darle una lección al gobierno en las urnas.", "es"),
    ("Hay que destruir esta reforma en el congreso.", "es"),
    ("Watch me kill it at karaoke tonight.", "en"),
    ("Alguien tiene que matar esta ley en el senado.", "es"),
    ("El próximo inmigrante que vea, lo voy a invitar a cenar.", "es"),
    # worship places protected, attacks reported or condemned
    ("We should protect every mosque and synagogue from attacks.", "en"),
    ("Someone tried to burn down the mosque last night; the police must find them.", "en"),
    ("Los vándalos quemaron la sinagoga anoche.", "es"),
    # harm done to a group, reported; nouns of harm
    ("Smugglers enslave migrants on the route north, which is horrific.", "en"),
    ("Los inmigrantes heridos fueron llevados al hospital.", "es"),
    ("Los refugiados huyen de los bombardeos.", "es"),
    # the derogation words about things, officials, or negated
    ("Immigrants are not dead weight, they work harder than anyone.", "en"),
    ("Politicians have the brains of a goldfish.", "en"),
    ("Esta reforma es un atraso para el país.", "es"),
    ("Decir que las mujeres nacen defectuosas es machismo puro.", "es"),
    ("No quiero a ningún desconocido cerca de mis hijos.", "es"),
    # questions in good faith
    ("Why do Muslims fast during Ramadan?", "en"),
    ("How are immigrants allowed to work while they wait for asylum?", "en"),
    ("Can the government do anything right?", "en"),
    ("¿Por qué se culpa siempre a los gitanos de todo?", "es"),
    ("¿Pueden los políticos hacer algo bien?", "es"),
    ("¿Por qué los musulmanes creen que el ayuno purifica?", "es"),
    # vulgar reactions to other things
    ("El tráfico de esta ciudad me toca los cojones.", "es"),
    ("Los racistas que insultan a los gitanos me tocan los cojones.", "es"),
    ("This is the shittiest weather of the year.", "en"),
    # a "they" that may be the other party
    ("Some people attacked Muslims yesterday. They should be locked up.", "en"),
    ("Racists keep harassing immigrants in my town. They should be locked up.", "en"),
    ("Unos nazis agredieron a los gays del barrio. Habría que encerrarlos.", "es"),
    ("Unos racistas insultaron a los gitanos del mercado. Son escoria.", "es"),
]


@pytest.mark.parametrize("text,lang", HITS)
def test_shape_is_flagged(text, lang):
    assert_category_action(text, "flag", "hate", lang)


@pytest.mark.parametrize("text,lang", MISSES)
def test_near_miss_is_approved(text, lang):
    assert_category_action(text, "approve", "hate", lang)
