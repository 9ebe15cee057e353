"""Harmless comments the engine used to hold or reject (over-blocking), with their violating
near misses: amounts read as leetspeak, place names and acronyms read as misspelt slurs, quoted
claims condemned in the same comment, insults of criminal groups or of things, names and
animals that share a word with an insult. Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # Money and quantities are numbers, not leetspeak.
    ("The new fence cost $350k per mile and nobody audited it.", "en", "hate", "approve"),
    ("El muro costó $900k por kilómetro y nadie lo auditó.", "es", "hate", "approve"),
    # "dead wrong" is an opinion; "you're dead" alone is still a threat.
    ("Honestly you're dead wrong about the bond vote, read the audit.", "en", "troll", "approve"),
    ("Say that again and you're dead.", "en", "troll", "reject"),
    # Spanish "ya" (already) is no English "ya" (you).
    ("Ya ni chingan con las tarifas del agua, subieron otra vez.", "es", "profanity", "approve"),
    ("Chinga tu madre, pendejo.", "es", "profanity", "flag"),
    # Criminal organisations are not a protected group nor a commenter.
    ("Los narcos de la sierra son unas ratas y nadie los detiene.", "es", "troll", "approve"),
    ("The smuggling gangs on the river are scum, plain and simple.", "en", "troll", "approve"),
    ("Eres una rata, Julio.", "es", "troll", "flag"),
    ("You are scum and everybody here knows it.", "en", "troll", "flag"),
    # A thing or an act as the subject of the insult word.
    ("Negarlo después de tantos peritajes es repugnante.", "es", "troll", "approve"),
    ("Lo de 'plaga' que repiten en la radio es asqueroso.", "es", "troll", "approve"),
    ("Eres repugnante, Toño.", "es", "troll", "flag"),
    # Names and animals that share a word with an insult.
    ("Memo, creo que tienes razón sobre el presupuesto del DIF.", "es", "troll", "approve"),
    (
        "Mi perra es una bitch muy brava, cuida la casa mejor que la policía.",
        "es",
        "troll",
        "approve",
    ),
    ("Vimos una zorra gris en el camino a la presa.", "es", "hate", "approve"),
    ("Se compró un kilo de huevo a 60 pesos, carísimo.", "es", "troll", "approve"),
    # A place name or an acronym one letter off a slur is the name.
    ("Maricopa County certified the count on time.", "en", "hate", "approve"),
    ("We stopped at the HEB for ice before the rally.", "en", "hate", "approve"),
    # A swear word inside a capitalised surname or place is the name; swear compounds count.
    ("The Cockrell Hill council voted on the budget.", "en", "profanity", "approve"),
    ("What a Shitshow this budget is, damn it.", "en", "profanity", "flag"),
    # A quoted hateful claim held up to reject it; the same claim asserted is still hate.
    ("The whole 'lazy immigrant' myth falls apart on any job site.", "en", "hate", "approve"),
    (
        "Cuando oigo que los migrantes son 'una plaga' me da vergüenza ajena.",
        "es",
        "hate",
        "approve",
    ),
    ("Immigrants are a plague on this country.", "en", "hate", "flag"),
    ("Los migrantes son una plaga.", "es", "hate", "flag"),
    # Swearing at criminals is still judged as foul language; a person noun is no cartel.
    ("You are scum, just like the cartels you defend.", "en", "troll", "flag"),
    ("Esos narcos son unos hijos de puta de mierda.", "es", "profanity", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblock(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
