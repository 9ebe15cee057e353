"""Animal names as insults (`troll.personal_attack`): "that guy is a rat", "this woman is a pig",
"you pig". Spanish calls one person "una rata" or "una cerda" in the same way; the English words
also name the animals themselves ("my guinea pig", "the lab rat escaped", "ate like a pig"), so
they count only when said of a person: the reader, or one pointed at. In either language an
insult said of a pet ("Ese perro es un cerdo con la comida") judges the animal's manners.

The animal names of greed or treachery (`CONDUCT_ANIMALS`: "rata", "rat", "pig") said of one
office-holder ("Ese político es una rata", "That politician is a rat") judge public conduct, so
they are harsh opinion like "el diputado es un imbécil"; said of a group they stay dehumanising.
"""

from __future__ import annotations

from moderation.policy.analysis import Analysis, Unit

ANIMALS_EN = frozenset({"pig", "rat", "swine", "snake"})
# One person's greed or treachery named by an animal, no denial of a people's humanity.
CONDUCT_ANIMALS = ANIMALS_EN | {"rata", "cerdo", "cerda", "puerco", "marrano", "vibora"}
# Pets and farm animals an insult may be said of ("mi perra Lola es una cabrona").
PETS = frozenset(
    {"perro", "perra", "perrito", "perrita", "gato", "gata", "gatito", "gatita", "gallo",
     "loro", "caballo", "dog", "cat", "puppy", "kitten", "parrot", "horse"}
)  # fmt: skip

# Nouns for one person after "this" / "that" ("that guy", "this woman").
_PERSON = frozenset(
    {"guy", "dude", "man", "woman", "girl", "boy", "lady", "person", "bloke", "chick", "kid",
     "fella", "fellow", "gentleman", "individual", "character", "clown", "idiot"}
)  # fmt: skip
_POINTING = frozenset({"this", "that"})
# What may stand between the copula and the animal ("is such a", "is a dirty", "are a").
_BETWEEN = frozenset(
    {"a", "an", "such a", "such", "total", "complete", "real", "dirty", "filthy", "lying",
     "little", "fat", "sneaky", "absolute", "fucking"}
)  # fmt: skip
_COPULAS = frozenset({"is", "was", "are", "were", "is such", "is just", "are just", "is being"})


def animal_called(an: Analysis, u: Unit) -> bool:
    """The animal word at `u` names a person: "you pig", "you're a rat", or a person pointed
    at and said to be one ("that guy is a rat", "this woman is a pig")."""
    run = an.sentence_run(u.index)
    pos = u.index - run[0].index  # a sentence is one run of units
    k = pos - 1
    if k >= 0 and (run[k].code == "U" or run[k].text == "you"):
        return True  # "you pig"
    while k >= 0 and run[k].text in _BETWEEN:
        k -= 1
    if k < 0 or run[k].text not in _COPULAS:
        return False
    subject = run[:k]
    if subject and (subject[-1].code == "U" or subject[-1].text == "you"):
        return True  # "you are a rat"
    return (
        len(subject) >= 2
        and subject[-2].text in _POINTING
        and (subject[-1].text in _PERSON or subject[-1].meta("G").startswith("gender"))
    )


# Determiners of a pet as subject ("ese perro", "mi gata", "that cat").
_PET_DETERMINERS = frozenset(
    {"ese", "esa", "este", "esta", "el", "la", "mi", "tu", "su", "aquel", "aquella", "nuestro",
     "nuestra", "that", "this", "the", "my", "your", "our", "his", "her"}
)  # fmt: skip


def said_of_a_pet(an: Analysis, u: Unit) -> bool:
    """The insult at `u` is the predicate of a pet named as the sentence's subject ("Ese perro
    es un cerdo con la comida", "my cat is a little monster"), with no second person in it."""
    run = an.sentence_run(u.index)
    pos = u.index - run[0].index  # a sentence is one run of units
    k = pos - 1
    while k >= 0 and (run[k].code in ("A", "Y") or run[k].text in _BETWEEN):
        k -= 1
    if k < 0 or (run[k].code != "C" and run[k].text not in _STATE):
        return False
    if any(x.code == "U" or x.text == "you" for x in run):
        return False
    if k < 2:  # no subject: "Ahora está gorda y feliz" after "mi perra ..."
        return all(x.text in _NOW for x in run[:k]) and _own_pet_before(an, run[0].index)
    if run[k].code != "C":
        return False
    return run[k - 1].text in PETS and run[k - 2].text in _PET_DETERMINERS


_NOW = frozenset({"ahora", "ya", "todavia", "hoy", "siempre", "ahorita", "now", "still"})
_STATE = frozenset({"esta", "estaba", "anda", "andaba", "quedo", "se puso", "se ve"})
_MY = frozenset({"mi", "my", "nuestra", "nuestro", "our"})


def _own_pet_before(an: Analysis, end: int) -> bool:
    """The writer's own pet ("mi perra", "my dog") is named before unit `end`, and no one is
    spoken to: a sentence with no subject that follows goes on about the pet."""
    before = an.units[:end]
    if any(x.code == "U" or x.text in ("you", "tu", "te", "usted") for x in before):
        return False
    return any(x.text in PETS and x.index and an.units[x.index - 1].text in _MY for x in before)
