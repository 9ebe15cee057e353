"""Misses and an over-block in shapes, not sentences. A death wished in a prayer ("I pray for
the family of that judge to die", "Rezo para que ... se muera") is a wish of harm: a judge named
before the fate is its target, not a court handing down a sentence. A killing or a shooting
stated as fact of someone named or titled ("Councilman Ortega shot a man", "fue asesinado por
el alcalde Ruiz", "el alcalde Ruiz lo mató") is a claim to hold, unless the person is the
victim, a source tells it ("Police say ...", "según la fiscalía") or a body's review cleared
them. A group sent to camps is a call to confine it, also as the answer to an echo question
("Send the refugees home? No, send them to the camps."), but not when the call is itself the
echo that the writer condemns. A team beaten on its match day ("a los Halcones el sábado") is
sport, not a threat; a person, a group or lower-case neighbours are still threatened.
Hand-written, English and Spanish; rules only."""

import pytest

from tests.policy.expect import category_action

CASES = [
    # (text, lang, category, expected): "flag" is hold or reject
    # A death wished in a prayer, at a judge's family or anyone's ...
    ("I pray for the family of that judge to die", "en", "troll", "flag"),
    ("I pray that judge dies.", "en", "troll", "flag"),
    ("I hope the judge's family dies.", "en", "troll", "flag"),
    ("I pray every night that the mayor dies.", "en", "troll", "flag"),
    ("Rezo para que la familia del juez se muera.", "es", "troll", "flag"),
    ("Le pido a Dios que ese juez se muera.", "es", "troll", "flag"),
    ("Ojalá ese periodista se muera.", "es", "troll", "flag"),
    # ... not a prayer for the family, for peace, for a recovery, or a court's sentence.
    ("I pray for the family of that judge", "en", "troll", "approve"),
    ("I pray the judge's family finds peace after he died", "en", "troll", "approve"),
    ("I pray for the judge to recover.", "en", "troll", "approve"),
    ("I pray the judge does not die.", "en", "troll", "approve"),
    ("I hope he is sentenced to die.", "en", "troll", "approve"),
    ("Rezo por la familia del juez", "es", "troll", "approve"),
    ("Rezo para que el juez se recupere.", "es", "troll", "approve"),
    ("Le pido a Dios que el juez no se muera.", "es", "troll", "approve"),
    # A shooting or a killing stated as the named or titled person's act ...
    ("Councilman Ortega shot a man outside the bar", "en", "libel", "flag"),
    ("Daniel Ortega shot a man outside the bar.", "en", "libel", "flag"),
    ("Councilman Ortega gunned down two teenagers.", "en", "libel", "flag"),
    ("The boy was murdered by Sheriff Ortega.", "en", "libel", "flag"),
    ("El regidor Tomás Vela fue asesinado por el alcalde Ruiz", "es", "libel", "flag"),
    ("Un hombre fue asesinado por el alcalde Ruiz.", "es", "libel", "flag"),
    ("El regidor Tomás Vela fue asesinado por órdenes del alcalde Ruiz.", "es", "libel", "flag"),
    ("El alcalde Ruiz lo mató.", "es", "libel", "flag"),
    ("El alcalde Ruiz baleó a un hombre afuera del bar.", "es", "libel", "flag"),
    # ... not as its victim, told by a source, cleared by a review, or an unnamed agent.
    ("Councilman Ortega was shot outside the bar", "en", "libel", "approve"),
    ("Police say Councilman Ortega shot a man", "en", "libel", "approve"),
    ("the sheriff's deputy shot a man, the Ledger reported", "en", "libel", "approve"),
    ("Councilman Ortega was shot by a stray bullet.", "en", "libel", "approve"),
    ("Councilman Ortega shot a video of the kids.", "en", "libel", "approve"),
    ("My cousin shot a family portrait last week.", "en", "libel", "approve"),
    (
        "The officer who shot the man on Calle Ocho was cleared by the DA's review.",
        "en",
        "libel",
        "approve",
    ),
    ("El regidor fue asesinado ayer", "es", "libel", "approve"),
    ("según la fiscalía, el alcalde Ruiz lo mató", "es", "libel", "approve"),
    ("El regidor Tomás Vela fue asesinado por sicarios.", "es", "libel", "approve"),
    ("A Tomás lo mató el cártel.", "es", "libel", "approve"),
    ("El cáncer lo mató.", "es", "libel", "approve"),
    # a thing just before the clitic is what killed the person named before it
    ("Mi abuelo Pedro Ruiz, el cáncer lo mató", "es", "libel", "approve"),
    ("A mi tío Julián Sosa un infarto lo mató en 2019.", "es", "libel", "approve"),
    ("El alcalde lo mató, todos lo saben.", "es", "libel", "flag"),
    ("Ese cura Ramiro Lozano lo violó de niño.", "es", "libel", "flag"),
    # A group sent to camps, said outright or as the answer to an echo ...
    ("Send the refugees home? No, send them to the camps.", "en", "hate", "flag"),
    ("Deport the Muslims? No, lock them all in camps.", "en", "hate", "flag"),
    ("The refugees are here. Send them to camps.", "en", "hate", "flag"),
    (
        "¿Mandar a los refugiados a casa? No, mándenlos a campos de concentración.",
        "es",
        "hate",
        "flag",
    ),
    ("Los refugiados llegaron ayer. Mándenlos a campos de concentración.", "es", "hate", "flag"),
    # ... not the echo condemned, the call quoted to condemn it, aid camps or fields to work.
    (
        "Send them to the camps? That is what they did in 1942, never again.",
        "en",
        "hate",
        "approve",
    ),
    ('People who say "send them to the camps" are monsters.', "en", "hate", "approve"),
    ('Someone wrote "send them to the camps", which is disgusting.', "en", "hate", "approve"),
    ("We should never send refugees to camps.", "en", "hate", "approve"),
    (
        "Send the refugees to the camps in Jordan where the UN can feed them.",
        "en",
        "hate",
        "approve",
    ),
    ("Send the refugees home? No, send them to school.", "en", "hate", "approve"),
    (
        "¿Mandarlos a campos de concentración? Eso hicieron en 1942, nunca más.",
        "es",
        "hate",
        "approve",
    ),
    ("Manden a los migrantes a los campos a trabajar.", "es", "hate", "approve"),
    # A team beaten on its match day is sport ...
    ("Le vamos a partir la madre a los Halcones el sábado", "es", "troll", "approve"),
    ("Les vamos a partir la madre a los Pumas este domingo", "es", "troll", "approve"),
    ("Le vamos a partir la madre a los Tigres en la final", "es", "troll", "approve"),
    # ... a person, a group, neighbours, no match day or where they live are still threats.
    ("le vamos a partir la madre a ese pendejo", "es", "troll", "flag"),
    ("vamos a partir la madre a los migrantes", "es", "hate", "flag"),
    ("Le vamos a partir la madre a los Migrantes el sábado", "es", "hate", "flag"),
    ("Le vamos a partir la madre a los vecinos el sábado", "es", "troll", "flag"),
    ("Le vamos a partir la madre a los Halcones", "es", "troll", "flag"),
    (
        "Le vamos a partir la madre a los Halcones el sábado, ya saben dónde viven",
        "es",
        "troll",
        "flag",
    ),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_misses_prayers_shootings_camps(text: str, lang: str, category: str, expected: str) -> None:
    action = category_action(text, category, lang, blog_model=False)
    if expected == "flag":
        assert action in ("hold", "reject"), text
    else:
        assert action == "approve", text
