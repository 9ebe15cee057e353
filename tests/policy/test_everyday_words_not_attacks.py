"""Everyday words the rules used to hold, since the fifty-fourth session read as what they are,
and the near misses that must stay flagged.

- An insult heading a sentence before a plan or a rule judges the thing ("Stupid policy,
  honestly", "Dumbass idea of the week"); before a person it still insults.
- "Bloody hell" is one mild oath; "cock-and-bull" is the idiom.
- "Appreciate you not being a jerk" denies the name; a question that asks when you're not
  being one does not.
- Whom one votes for is a candidate ("not voting for that clown again").
- "The debate in this comment section has gotten stupid" judges the debate.
- Spanish "molestos con" is upset; "le enseñé a hacer pupusas" teaches a skill, "le voy a
  enseñar a temblar" threatens; "mi perra" is the writer's dog, "esa perra de la diputada" is
  not; "mayates" eating figs are beetles; a pet "está gorda y feliz".
- A capitalised insult word after a preposition of place or an article is a town ("tested in
  Lerdo"); "chulo" is praise; "cocksfoot" is a grass; "un inútil en el cargo" judges an office.
- A return argued as the first step of the legal way in ("should go back and get in line", "y
  hacer fila como hizo mi familia") is no call to expel; "go home and apply for a brain" is.

Hand-written, English and Spanish, checked with the rules alone (the blog model may hold some
of the shortest ones on its own reading).
"""

import pytest

from tests.policy.expect import assert_rules_flag, assert_rules_pass_all

HARMLESS = [
    ("Stupid policy, honestly.", "en"),
    (
        "Dumbass policy, honestly. You can't fine people for sleeping in the shade when there "
        "are no shelter beds.",
        "en",
    ),
    ("Dumbass idea of the week: a fee to visit family at the fence.", "en"),
    ("Bloody hell, another 40 degree day and no water in the colonia.", "en"),
    ("Cock-and-bull story, the whole plant announcement. No contract, no permit, no date.", "en"),
    ("Good-faith disagreement. Appreciate you not being a jerk about it.", "en"),
    ("Hell no I'm not voting for that clown again.", "en"),
    ("Nadie va a votar por ese payaso otra vez.", "es"),
    (
        "The debate in this comment section has gotten stupid. One side says the train is a "
        "crime, the other says critics hate the poor.",
        "en",
    ),
    ("Leo muchos comentarios de mexicanos molestos con nosotros por las rentas.", "es"),
    (
        "Mi vecino somalí me enseñó a ponerle cadenas a la troca y yo le enseñé a hacer pupusas.",
        "es",
    ),
    ("Mi perra Luna es una perra bien educada, más que varios que comentan aquí.", "es"),
    ("Los mayates se comieron todos mis higos este año.", "es"),
    ("Mi perra estaba flaquita cuando la encontré. Ahora está gorda y feliz.", "es"),
    ("Illegal immigrants should go back and get in line like everyone else.", "en"),
    ("Los que entran sin papeles deberían regresarse y hacer fila como hizo mi familia.", "es"),
    ("Where can I get well water tested in Lerdo, and how much?", "en"),
    ("Tacos de discada at the Lerdo feria were worth the heat.", "en"),
    ("Compré un sombrero negro en la feria de Lerdo. ¡Quedó bien chulo!", "es"),
    ("The agronomist said orchard grass, also called cocksfoot, handles our heat better.", "en"),
    ("El alcalde se lava las manos con todo. Un inútil en el cargo.", "es"),
    ("Llegamos al rancho todos mojados por la lluvia.", "es"),
]

FLAGGED = [
    ("Stupid idiot.", "en", "troll"),
    ("Dumbass hillbilly, go back under your rock.", "en", "troll"),
    ("You're a cock and your whole argument is bull.", "en", "profanity"),
    ("Is there a single day you're not being a complete moron?", "en", "troll"),
    ("You voted for that clown, you idiot.", "en", "troll"),
    ("This comment section is full of idiots.", "en", "troll"),
    ("Los mexicanos son molestos.", "es", "hate"),
    ("Le voy a enseñar a temblar a ese reportero.", "es", "troll"),
    ("A ese reportero le vamos a enseñar a escribir con un bate.", "es", "troll"),
    ("Mi perra tiene más cerebro que esa perra de la diputada.", "es", "hate"),
    ("Mi perra es una perra de verdad. Tu mamá es una perra.", "es", "hate"),
    ("Los mayates de la planta no trabajan, solo roban.", "es", "hate"),
    ("Muslims should go home and apply for a brain.", "en", "hate"),
    ("Los hondureños deberían regresarse a su país y quedarse allá.", "es", "hate"),
    ("Eres bien lerdo.", "es", "troll"),
    ("Lerdo, no entendiste nada.", "es", "troll"),
    ("Eres un inútil en el cargo, Pedro.", "es", "troll"),
    ("@Raul_77 un inútil en el cargo y en la vida.", "es", "troll"),
    ("Look at the Idiot who wrote the first comment.", "en", "troll"),
    ("Lástima que el Lerdo de arriba no entienda nada.", "es", "troll"),
    ("Típico de Pendejos como el que comentó arriba.", "es", "troll"),
    ("Illegals should go back and get in line behind a firing squad.", "en", "hate"),
]


@pytest.mark.parametrize(("text", "lang"), HARMLESS)
def test_everyday_words_pass(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)


@pytest.mark.parametrize(("text", "lang", "category"), FLAGGED)
def test_near_misses_stay_flagged(text: str, lang: str, category: str) -> None:
    assert_rules_flag(text, lang, category)
