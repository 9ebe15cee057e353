"""Harmless comments the rules used to hold, eleventh round, with the near misses that must
still be caught: a death wish negated ("no quiero que se muera"), a service's number, "shut
up" after a modal or a negation, or with a concession to a friend, a put-down of a thing
("qué feo comentario", "qué cifras tan feas"), an idea judged rather than its speaker, the
doers of a deed called scum, a named figure mocked with the stock "map" jibe, a joke simile
("like they pay him"), farm animals as animals, a union's members judged as a public body, and
an insinuation cue about a game or the writer's own family. Hand-written, English and
Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # A death wish negated is a fear; the wish itself, or one aimed at the reader, rejects.
    ("Mi tía está en el hospital y no quiero que se muera.", "es", "troll", "approve"),
    ("Mi perro está viejito y no queremos que se muera todavía.", "es", "troll", "approve"),
    ("Que se muera el autor.", "es", "troll", "reject"),
    ("Ojalá te mueras.", "es", "troll", "reject"),
    # A service's number is a public line; a person's number with an invitation is doxxing.
    (
        "The food pantry moved to Elm St; their number is 555-0190 if you need a ride.",
        "en",
        "troll",
        "approve",
    ),
    (
        "Her number is 555-0177, call her at night and tell her what you think.",
        "en",
        "troll",
        "reject",
    ),
    # "Shut up" said of others after a modal, negated, or with a concession to a friend ...
    ("Senators should shut up and read the bill.", "en", "troll", "approve"),
    ("Nurses will not shut up about staffing, and good for them.", "en", "troll", "approve"),
    ("Shut up, Rosa, you were right about the bridge.", "en", "troll", "approve"),
    ("Ya cállate, Beto, tienes toda la razón 😂", "es", "troll", "approve"),
    # ... but aimed at a commenter, or with a jeer, it is still held.
    ("Shut up, you idiot.", "en", "troll", "flag"),
    ("You should shut up and listen for once.", "en", "troll", "flag"),
    ("Why don't you shut up?", "en", "troll", "flag"),
    ("Cállate ya, nadie te preguntó.", "es", "troll", "flag"),
    # "Feo" of a thing: a remark, a figure, the inflation ...
    ("Qué feo comentario, la familia todavía está buscando a su hijo.", "es", "troll", "approve"),
    ("Uf, qué cifras tan feas de desempleo este trimestre.", "es", "troll", "approve"),
    ("Qué fea la situación en el valle este verano.", "es", "troll", "approve"),
    # ... but of the reader it is still an insult.
    ("Qué feo eres.", "es", "troll", "flag"),
    ("Qué fea estás.", "es", "troll", "flag"),
    # An idea judged, not its speaker ...
    ("Es asqueroso que digas que los pobres se lo merecen.", "es", "troll", "approve"),
    ("No hay nada más repugnante que la corrupción en los hospitales.", "es", "troll", "approve"),
    # ... but the reader called the word is still held.
    ("Eres repugnante.", "es", "troll", "flag"),
    ("Qué asqueroso eres, de verdad.", "es", "troll", "flag"),
    # The doers of a deed, or wrongdoers named by it, called scum ...
    ("Los hombres que abandonan a sus hijos son escoria.", "es", "troll", "approve"),
    ("Unos neonazis pintaron la sinagoga. Son escoria.", "es", "troll", "approve"),
    # ... but commenters, or a people, are not.
    ("Los que comentan aquí son escoria.", "es", "troll", "flag"),
    ("Los gitanos que viven aquí son escoria.", "es", "hate", "flag"),
    ("Estos gringos son unos racistas ignorantes.", "es", "hate", "flag"),
    # The stock map jibe at a named figure is opinion; at the reader it is bait.
    (
        "Morales couldn't find the budget hole with a map and a flashlight.",
        "en",
        "troll",
        "approve",
    ),
    ("You couldn't find the bridge with a map and a tour guide.", "en", "troll", "flag"),
    ("@Rick couldn't find a budget surplus with a map.", "en", "troll", "flag"),
    # A joke simile is no claim; the same act stated as the reason is.
    ("My uncle talks up the new stadium like they pay him.", "en", "libel", "approve"),
    ("Tío Chuy defends Walmart because they pay him.", "en", "libel", "flag"),
    # Farm animals as animals; the same word at a person is an insult.
    ("Fuimos a la feria y las carreras de cerdos estuvieron buenísimas.", "es", "troll", "approve"),
    ("Eres un cerdo.", "es", "troll", "flag"),
    # A union's members judged as a public body; the reader called lazy is still held.
    ("Profesores sí, huevones del sindicato no.", "es", "troll", "approve"),
    ("Eres un huevón.", "es", "troll", "flag"),
    # An insinuation cue about a game or the writer's own family hints at no people ...
    ("Qué casualidad que el Toluca siempre gana con ese árbitro.", "es", "hate", "approve"),
    pytest.param(
        "Funny how my sister always wins at cards. Just an observation.",
        "en",
        "hate",
        "approve",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the blog model's short reading (from the seventeenth "
            "session) holds it as hate at p(flag) 0.97 (short cut 0.95); the rules approve",
        ),
    ),
    # ... but with "the same ones" or a quoted label it is still read.
    ("Qué casualidad que los mismos de siempre ganan los contratos.", "es", "hate", "flag"),
    ('Funny how the "urban" kids always win. Just an observation.', "en", "hate", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock_eleventh(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
