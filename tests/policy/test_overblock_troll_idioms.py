"""Spanish idioms in which a mild insult word insults no one ("como locos", "me cae gordo",
"¡qué loco!", "les ganamos bien feo", "si es cierto, está feo", "ese dato es falso"), and
"a nadie le importa X hasta que ...", which argues rather than dismisses; a thread called a
"dumpster fire"; "don't feed the troll"; "you should be ashamed" for someone's quoted words
(counter-speech); "shut up, you're right". The near misses said to or of a person are still
personal attacks. Hand-written, Spanish and English."""

import pytest

from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, category, expected)
    # "como loco(s)": a manner, "like crazy".
    ("Las hormigas se meten como locas a la cocina cuando llueve.", "es", "troll", "approve"),
    ("Los camiones pasan como locos por la calle de la escuela.", "es", "troll", "approve"),
    # "caer gordo": a dislike the writer owns.
    ("A mi tía le caen gordos los políticos de todos los partidos.", "es", "troll", "approve"),
    ("Me cae gordo el nuevo horario del puente.", "es", "troll", "approve"),
    # "¡qué loco!": a story exclaimed at.
    ("Qué loco, mi abuelo trabajó en esa misma fábrica.", "es", "troll", "approve"),
    ("Jaja qué loca, justo ayer pasé por esa esquina.", "es", "troll", "approve"),
    # "feo" as how something went, or of a situation.
    ("Nos fue bien feo en la final, ni modo.", "es", "troll", "approve"),
    ("Llovió bien feo anoche en la colonia.", "es", "troll", "approve"),
    ("Si resulta cierto lo del contrato, está feo.", "es", "troll", "approve"),
    ("Dicen que cerraron el albergue sin avisar. Feísimo.", "es", "troll", "approve"),
    # "falso" of a claim.
    ("Tu dato es falso: el puente se inauguró en 1998.", "es", "troll", "approve"),
    ("Ese video es falso, ya lo desmintió la alcaldía.", "es", "troll", "approve"),
    # "a nadie le importa X hasta que ...": an argument, not a dismissal.
    ("A nadie le importa el río hasta que se seca.", "es", "troll", "approve"),
    ("A nadie le importa que cierren la clínica hasta que la necesitan.", "es", "troll", "approve"),
    # Near misses: said to or of a person, or a dismissal of the reader.
    ("Estás bien loco si crees eso.", "es", "troll", "flag"),
    ("Qué loco eres, de verdad.", "es", "troll", "flag"),
    ("Eres feísimo y tu opinión también.", "es", "troll", "flag"),
    ("Ese tipo está bien feo y encima es tonto.", "es", "troll", "flag"),
    ("Eres un falso y un hipócrita.", "es", "troll", "flag"),
    ("A nadie le importa tu opinión.", "es", "troll", "flag"),
    ("A nadie le importa lo que opinas.", "es", "troll", "flag"),
    ("Cállate, a nadie le importa.", "es", "troll", "flag"),
    # A thread called a mess is no insult of its readers; a cesspool of them is.
    ("Wow, this comment section is a dumpster fire tonight.", "en", "troll", "approve"),
    ("This comment section is a cesspool.", "en", "troll", "flag"),
    # Shame for someone's quoted words is counter-speech; shame alone, or with an insult or
    # scare quotes for the person, is still a jeer.
    (
        "Calling the new neighbours 'invaders' is ugly, and you should be ashamed if you cheered.",
        "en",
        "troll",
        "approve",
    ),
    (
        "Llamar 'plaga' a los vecinos nuevos es bajo; deberías darte vergüenza.",
        "es",
        "troll",
        "approve",
    ),
    ("You should be ashamed. Log off.", "en", "troll", "flag"),
    ('You should be ashamed of your "reporting".', "en", "troll", "flag"),
    ("Deberías darte vergüenza, payaso.", "es", "troll", "flag"),
    # "Shut up, you're right": a point conceded, laughing.
    ("Shut up, Mel, you're right and I hate it.", "en", "troll", "approve"),
    ("Shut up, Mel, you're wrong.", "en", "troll", "flag"),
    # A dog named by its breed is the "bitch" of the sentence.
    ("Our old greyhound is a lazy bitch and we love her.", "en", "troll", "approve"),
    ("The terrier next door is a loud little bitch at 5 a.m.", "en", "troll", "approve"),
    ("Stop replying to me, you stupid bitch.", "en", "troll", "flag"),
    # A word that judges whoever does a deed is a saying about the deed.
    ("Tonto el que tire basura al río y luego se queje del agua.", "es", "troll", "approve"),
    ("Naco es el que se burla del que trabaja.", "es", "troll", "approve"),
    ("Tonto el que lea esto.", "es", "troll", "flag"),
    ("Idiota, el que no entiende eres tú.", "es", "troll", "flag"),
    # "Gorditas" at a fair are food; "chula" to a friend is a compliment.
    ("Las gorditas de la kermés se acabaron en una hora.", "es", "troll", "approve"),
    ("Te guardo un lugar en la posada, chula.", "es", "troll", "approve"),
    ("Oye gordita, ya deja de comentar, nadie te pela.", "es", "troll", "flag"),
    # Words that look like slurs: "trol" (an internet troll), fire "retardante", a dog walked.
    ("Ignoren al trol de arriba, solo quiere pleito.", "es", "hate", "approve"),
    ("El retardante de los aviones frenó el incendio en la sierra.", "es", "hate", "approve"),
    ("Mi perra Luna y yo caminamos por el parque cada tarde.", "es", "hate", "approve"),
    ("Ese trolo de mierda otra vez.", "es", "hate", "flag"),
    # English: no such idioms, the insult aimed at a reader is still one.
    ("You are an idiot if you believe that.", "en", "troll", "flag"),
    ("Nobody cares about the river until it runs dry.", "en", "troll", "approve"),
    # "don't feed the troll": the forum's advice to ignore someone, no name called; a troll
    # named to a reader's face, or an insult beside the advice, is still an attack.
    (
        "Stop feeding the troll, folks. He posts the same thing every article.",
        "en",
        "troll",
        "approve",
    ),
    ("Don't feed the trolls, just report and scroll past.", "en", "troll", "approve"),
    ("No le den de comer al troll, siempre pega lo mismo.", "es", "troll", "approve"),
    ("You're a troll and everybody here knows it.", "en", "troll", "flag"),
    ("Don't feed the troll. @GilaGus is a senile idiot.", "en", "troll", "flag"),
    ("Don't feed him, he's a troll.", "en", "troll", "flag"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_troll_idioms(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
