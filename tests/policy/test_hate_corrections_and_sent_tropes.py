"""Hateful shapes the rules read since the fifty-fourth session, and the harmless comments
nearest them, which must still pass the rules.

- A Spanish correction whose second clause drops its subject: "Los X no son refugiados, son
  delincuentes" says the second noun of the group (unless the sentence's subject is something
  else: "Los cárteles no son 'los X', son criminales").
- "They're animals, every one of those X": the group named after the predicate.
- Humanity denied, then a vermin word: "No son gente, son plaga", "They aren't even human.
  Vermin."
- A country said to send us its criminals or its human garbage.
- A bullet for every one who crosses; rope that "would fix" a group; "un X es un X aunque lo
  vistas de ..."; an invasion to be met with the army; "keep the country white"; a group sent
  back "a balazos"; "make X white again"; a group sent "a su desierto"; a crowd "de mojados";
  "Jews run the ... lobby"; "Hitler se quedó corto".
- "Great, more disease" after a group named; a picture of the group someone drew ("a cartoon of
  a Mexican guy as a rat") is described, not said; "los de la tribu" before a tribe's name is
  that tribe, not the code name.
- What others are told or made to seem is theirs: "someone tells you", "me dijo que", "makes
  migrants sound like a burden"; "let me tell you", "I'm telling you" are the writer's own.

Hand-written, English and Spanish. The must-pass rows are what a first version of these rows
held when a review probed them: literal garbage shipped, ropes and trees, wars, pride, history.
"""

import pytest

from tests.policy.expect import assert_rules_flag, assert_rules_pass_all

HATEFUL = [
    ("Los hondureños no son migrantes, son delincuentes.", "es"),
    ("Esos no son refugiados, son invasores, y el gobierno les abre la puerta.", "es"),
    ("They're animals, every one of those Haitians.", "en"),
    ("Son unos animales, cada uno de esos hondureños.", "es"),
    ("Ni son gente, son plaga. Que limpien el campamento.", "es"),
    ("They aren't even human. Vermin.", "en"),
    ("Human garbage, that's what Central America sends us.", "en"),
    ("Venezuela is dumping its criminals on us and calling it asylum.", "en"),
    ("Cuba vació sus cárceles y nos mandó su escoria.", "es"),
    ("A bullet for every one who jumps the wall, and the problem ends.", "en"),
    ("Una bala por cada uno que brinque el muro y se acaba el problema.", "es"),
    ("Nothing some rope wouldn't fix for these Haitians.", "en"),
    ("Un negro es un negro aunque lo vistes de ingeniero.", "es"),
    ("A Mexican is a Mexican no matter how you dress him.", "en"),
    ("Not refugees. A horde. Treat it like an invading army.", "en"),
    ("Es una invasión y hay que tratarla como tal: con el ejército.", "es"),
    ("Keep the country white. Simple as.", "en"),
    ("Llegaron más cubanos. Que los regresen a balazos.", "es"),
    ("Make Nebraska white again. Start with Lexington.", "en"),
    ("Somalíes a su desierto, con todo y su Alá.", "es"),
    ("Lexington ya parece rancho de m0jados. Ya no es pueblo americano.", "es"),
    ("Jews run the meatpacking lobby and the courts. Look it up.", "en"),
    ("Hitler se quedó corto.", "es"),
    ("Let me tell you, Mexicans are lazy.", "en"),
    ("Everyone tells me Mexicans are lazy, and they're right.", "en"),
    ("I'll make those Mexicans look like fools.", "en"),
    ("Haitians coming into Wenatchee now too? Great, more disease.", "en"),
    ("Los de la tribu siempre se ayudan entre ellos.", "es"),
    ("Su propia conducta hace ver a los venezolanos como la plaga que son.", "es"),
    ("My dad told me Jews control the media.", "en"),
]

HARMLESS = [
    ("Los cárteles no son 'los mexicanos', son criminales y ya.", "es"),
    ("Los venezolanos no son delincuentes, son refugiados.", "es"),
    ("Los hondureños no son criminales, son trabajadores.", "es"),
    ("They're not animals, they're people.", "en"),
    ("They are people. Animals don't walk two thousand miles to feed their kids.", "en"),
    ("Mis gatos no son personas, son animales, no les pongas ropa.", "es"),
    (
        "Someone wrote 'they're not human, they're vermin' on the shelter wall. Disgusting.",
        "en",
    ),
    ("Un señor gritó 'no son gente, son plaga' en la junta. Qué vergüenza de señor.", "es"),
    ("Canada ships us its garbage, literally: Toronto's trash goes to Michigan landfills.", "en"),
    ("La ciudad manda su basura al relleno de Tepic.", "es"),
    ("Estados Unidos nos manda su basura electrónica y aquí la queman a cielo abierto.", "es"),
    ("The claim that Mexico is sending us its rapists was a lie then and it is a lie now.", "en"),
    ("My Mexican grandpa tied a rope to the mesquite tree so we kids could swing on it.", "en"),
    ("Amarramos la cuerda al árbol para la piñata y los niños mexicanos se divirtieron.", "es"),
    (
        "Over 500 Mexicans were lynched in the Southwest; the rope and the tree are part of our "
        "history.",
        "en",
    ),
    ("Un mexicano es un mexicano aunque viva en Chicago, y eso nadie se lo quita.", "es"),
    ("A Cuban is a Cuban even if he was born in Miami, according to my dad.", "en"),
    ("If Russia bombs Poland, NATO must treat it as an act of war.", "en"),
    ("Durante la invasión francesa, Juárez decidió enfrentarlos con las armas en Puebla.", "es"),
    ("A los cárteles hay que tratarlos como enemigos del Estado.", "es"),
    (
        "Sundown towns were designed to keep the town white, and historians have documented "
        "hundreds.",
        "en",
    ),
    ("We need more snow to keep the valley white through Christmas.", "en"),
    ("HOA rules keep the neighborhood white and gray, no bright colors allowed on houses.", "en"),
    ("Que me regresen mi dinero, el trámite nunca salió.", "es"),
    ("Make Christmas white again, we need snow.", "en"),
    ("AIPAC is a pro-Israel lobby that spends a lot in primaries.", "en"),
    ("The article makes returning migrants sound like a 'burden' on the town.", "en"),
    ("Los noticieros hacen ver a los migrantes como delincuentes.", "es"),
    (
        "Sudanese workers are not the problem. Next time someone tells you they're taking over, "
        "ask them when they last went to church.",
        "en",
    ),
    ("Me dijo que los haitianos son unos salvajes. Qué vergüenza de tío.", "es"),
    (
        "Somebody left a flyer on my car with a cartoon of a Mexican guy as a rat. I took a "
        "picture and turned it in to the police.",
        "en",
    ),
    ("Los de la tribu Warm Springs pescan con red desde los andamios como hace siglos.", "es"),
    ("The new clinic opened in Wenatchee. Great, more jobs and more doctors.", "en"),
    ("Soak the socks in vinegar overnight to make them white again.", "en"),
    ("One good storm would make Flagstaff white again.", "en"),
    ("The Jewish family that owns the hotel downtown just redid the lobby.", "en"),
    ("Después del aguacero, el camión venía lleno de mojados y nadie traía paraguas.", "es"),
    ("Hitler se quedó corto de combustible en las Ardenas y por eso perdió.", "es"),
    ("Puertorriqueños a su isla: aerolíneas ofrecen vuelos baratos para ir a votar.", "es"),
    (
        "Dicen que los haitianos no son refugiados, son invasores. Qué asco de gente la que dice "
        "eso.",
        "es",
    ),
]


@pytest.mark.parametrize(("text", "lang"), HATEFUL)
def test_hateful_shapes_are_flagged_as_hate(text: str, lang: str) -> None:
    assert_rules_flag(text, lang, "hate")


@pytest.mark.parametrize(("text", "lang"), HARMLESS)
def test_near_harmless_comments_pass(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)
