"""Everyday group talk (`hate.everyday`): a group sent away whatever its papers, denied
everything, said never to fit in, its faults put down to culture or nature, equated with a
vice, hinted at behind crime or named in code; with the near misses that must pass (policy
criticism, doctrine, statistics, counter-speech, negation, a condition, a report)."""

import pytest

from moderation.policy import Submission, screen

RULE = "hate.everyday"

HITS = [
    # sent away, papers or not
    "Every Guatemalan in the county, papers or not, back across the river.",
    "Deport em all and let God sort it out.",
    "Every last one of them, citizens included, should be sent back.",
    "Haitians? Put them on a bus and ship them all back.",
    # denied everything
    "Lesbians shouldn't get a float in the parade. Shouldn't get anything.",
    "Give them nothing, Somalis have taken enough from this town.",
    # never fitting in
    "Pakistanis don't integrate, they colonize.",
    "Those people will never share our values.",
    "Afghans don't want to be Americans, they want America to become Kabul.",
    # culture, nature
    "Their culture doesn't value work, that's why Hondurans are always on the corner.",
    "Some folks are just naturally more violent. Demographics is destiny.",
    # equated, breeding, recruiting
    "Gays = groomers in rainbow wigs.",
    "The Pride crowd wants the library so they can recruit.",
    "Mosques are breeding grounds for extremists.",
    # hints and code
    "Check the crime blotter and read the names.",
    "Everybody knows which crowd leaves the trash after the fair.",
    "The happy merchant bought another city block.",
    "13 50. You know what I mean.",
    "Mosque parking lot this year, sharia court next year.",
    "Catholics are sheep who'll follow any priest.",
    "Typical. Those Haitians always protect their own.",
    "Every Muslim family on the east side should be on a watchlist.",
    "Nice fair until the Roma families showed up. You know.",
    "Funny how the 'refugees' always have new phones.",
    "They should crawl back in the closet where they came from.",
    "Anyone who follows that religion is either a terrorist or a fool.",
    # Spanish
    "Que esos jotos regresen al clóset.",
    "¿Y por qué no se van a su país a pedir limosna?",
    "Cuídense de los venezolanos, ya saben a qué vienen.",
    "El juez salvadoreño protegiendo a los suyos, como siempre.",
    "A los hondureños, con papeles o sin papeles, mándenlos de vuelta.",
    "Los haitianos no se van a adaptar nunca, no tienen nuestra cultura.",
    "Esos venezolanos convierten cada colonia en un basurero.",
    "Los gays necesitan terapia, no desfiles.",
    "Lesbianas = pervertidas.",
    "Otro asalto en la colonia. Todos sabemos quiénes son, fíjense en los apellidos.",
    "Los evangélicos son borregos.",
    # a line vouched for ("no lie") is not refuted
    "Los haitianos no se van a adaptar nunca, y eso no es mentira.",
    "Catholics are sheep who will follow any priest, and that is no lie.",
]
PASSES = [
    # doctrine and policy, however harsh
    "Catholic teaching on contraception is cruel and outdated.",
    "The deportation quota is a cruel policy and the raids should stop.",
    "Illegal border crossings fell 30% last year, according to the CBP monthly report.",
    # counter-speech, negation, report, condition
    'The graffiti said "deport them all" and the sheriff called it a hate crime.',
    "People who say immigrants never assimilate should meet my Salvadoran neighbours.",
    "It's a myth that Mexicans don't assimilate; the census numbers show otherwise.",
    "¿Que los haitianos no se van a adaptar nunca? Eso es mentira, mi vecino lleva diez años aquí.",
    "Haitians will never adapt? That is a lie, my neighbour has been here ten years.",
    "Refugees will never integrate if we keep them in camps for years.",
    "Reporters counted about forty people at the rally chanting 'send them back'.",
    # same words, no group or a different sense
    "Send the forms back by Friday or the permit lapses.",
    "We need to get the campers out of the flood zone tonight.",
    "Read the names of the fallen at the memorial on Sunday.",
    "The union always protects its own members in a grievance, that's its job.",
    "They won't go back in the closet, and good for them.",
    'Not sure why the article calls the new families "migrants"; most are citizens.',
    "Teachers look after their own kids first, who doesn't?",
    "Keep an eye on your cats when the coyotes come down in winter.",
    "The tribe could run the bingo hall under the 1987 act, the court ruled.",
    "Team 13 = champions again, third year running.",
    # Spanish
    "Esa ley migratoria es un desastre y el gobernador la firmó por cálculo electoral.",
    "Los que dicen que los migrantes no se adaptan no conocen a mis vecinos.",
    "Si me caso con un hondureño, ¿él tiene que regresar a su país para arreglar papeles?",
    "Los gitanos cantan muy bien, lo llevan en la sangre.",
    "Soy lesbiana y no vamos a regresar al clóset.",
    "Ya saben cómo es el tráfico en diciembre, salgan temprano.",
    "Los sindicatos protegen a los suyos, como cualquier gremio.",
    "Decir que los haitianos traen enfermedades es racismo puro.",
    "El 13 por ciento de los votos fue para el partido verde.",
]


@pytest.mark.parametrize("text", HITS)
def test_held_as_hate(text):
    verdict = screen(Submission(text=text), blog_model=False)
    assert verdict.action in ("hold", "reject"), verdict.to_dict()
    assert "hate" in verdict.categories, verdict.to_dict()


@pytest.mark.parametrize("text", PASSES)
def test_passes(text):
    verdict = screen(Submission(text=text), blog_model=False)
    assert RULE not in {f.rule for f in verdict.findings}, verdict.to_dict()
    assert verdict.action == "approve", verdict.to_dict()
