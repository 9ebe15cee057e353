"""General shapes of hateful speech, in English and Spanish: threats by the writer, calls that
a group be killed, hurt, removed or denied rights, hateful claims put as questions, and claims
made through a pronoun or a relative clause that points back to a group named earlier. Each
table of hits has its near misses (policies, cartels, criminals, good-faith questions,
counter-speech, reports, negation) that must stay approved. All examples are our own."""

import pytest

from moderation.policy import Submission, screen

# (text, language, action, words the hate finding's evidence must cover)
THREATS = [
    ("I will hunt down and kill every Muslim in this town.", "en", "reject", "kill every Muslim"),
    ("We are going to make every immigrant in this town bleed.", "en", "reject", "bleed"),
    ("I will not rest until every trans person is dead.", "en", "reject", "dead"),
    ("I really want to hurt gay people.", "en", "reject", "hurt gay people"),
    ("I feel like killing women today.", "en", "reject", "killing women"),
    ("Muslims will be killed, I promise you that.", "en", "reject", "killed"),
    ("If it were up to me, all immigrants would be shot.", "en", "reject", "shot"),
    ("I will put disabled people in the ground.", "en", "reject", "disabled people"),
    ("I'm going to take a gun to every black person I see.", "en", "reject", "gun"),
    ("I'm going to burn down Muslim homes.", "en", "reject", "burn down"),
    ("Count the days, trans people: we are coming to get you.", "en", "reject", "coming"),
    ("Women, I am going to strangle you all.", "en", "reject", "strangle"),
    ("I will kill you and every other Muslim like you.", "en", "reject", "kill"),
    ("Voy a estrangular al próximo gay que me hable.", "es", "reject", "estrangular"),
    ("Les voy a romper la cara a los musulmanes que vea.", "es", "reject", "musulmanes"),
    ("Como vea a un judío cerca de mi casa, lo mato.", "es", "reject", "mato"),
    ("Cuenta los días, gitanos: vamos a por vosotros.", "es", "reject", "vamos a por"),
    ("No voy a descansar hasta que los gays estén muertos.", "es", "reject", "muertos"),
    ("Musulmanes, os voy a apuñalar.", "es", "reject", "apuñalar"),
    ("Tengo planeado matar a algunos gays.", "es", "reject", "matar"),
]
CALLS = [
    ("Muslims should be publicly humiliated.", "en", "reject", "publicly humiliated"),
    ("Gay people should be thrown into the sea.", "en", "reject", "thrown into the sea"),
    ("Black people should be stripped of their citizenship.", "en", "reject", "stripped"),
    ("The only thing disabled people deserve is a bullet.", "en", "reject", "bullet"),
    ("Trans people deserve to be treated like dirt.", "en", "reject", "dirt"),
    ("Someone should put all the refugees against a wall.", "en", "flag", "refugees"),
    ("I wouldn't mind if all Muslims were killed.", "en", "reject", "killed"),
    ("Violence against women is justified.", "en", "flag", "justified"),
    ("Our only option is killing all gay people.", "en", "reject", "killing"),
    ("Los gays deberían ser humillados en público.", "es", "reject", "humillados"),
    ("Las personas trans deberían ser estranguladas.", "es", "reject", "estranguladas"),
    ("Hay que ahorcar a los judíos.", "es", "reject", "ahorcar"),
    ("A las personas trans habría que quitarles todos sus derechos.", "es", "reject", "quitarles"),
    ("Los refugiados merecen una bala.", "es", "flag", "bala"),
    ("Los negros no deberían tener acceso a la sanidad.", "es", "flag", "acceso"),
    ("Ningún musulmán debería tener derecho a votar.", "es", "flag", "derecho"),
    ("Los inmigrantes tendrían que ser arrojados al mar.", "es", "reject", "arrojados al mar"),
    ("La solución es exterminar a los gitanos.", "es", "reject", "exterminar"),
    ("May all trans people burn.", "en", "reject", "burn"),
    ("Que todos los judíos como tú sean fusilados.", "es", "reject", "fusilados"),
    ("Es necesario exterminar a todos los musulmanes.", "es", "reject", "exterminar"),
]
QUESTIONS = [
    ("Shouldn't we just kill all the Muslims?", "en", "reject", "kill"),
    ("Why don't we just get rid of immigrants?", "en", "flag", "get rid of"),
    ("Why are gay people allowed to exist?", "en", "hold", "allowed"),
    ("Don't you just hate trans people?", "en", "reject", "hate"),
    ("Who can stand women?", "en", "hold", "women"),
    ("How can anyone trust a Muslim?", "en", "hold", "Muslim"),
    ("Isn't it disgusting how black people behave?", "en", "hold", "disgusting"),
    ("¿Por qué no nos deshacemos de los gitanos de una vez?", "es", "reject", "deshacemos"),
    ("¿No odias a los judíos?", "es", "reject", "odias"),
    ("¿No te dan asco los gays?", "es", "reject", "asco"),
    ("¿Acaso los inmigrantes no son unos parásitos?", "es", "reject", "parásitos"),
    ("¿Quién puede soportar a las personas trans?", "es", "hold", "trans"),
    ("¿Para qué sirven los discapacitados?", "es", "hold", "discapacitados"),
    ("¿Por qué deberían los musulmanes tener derechos?", "es", "hold", "derechos"),
    ("¿No estaría mejor el mundo sin judíos?", "es", "flag", "sin judíos"),
]
REFERENCES = [
    ("Muslims, whom I despise, are everywhere.", "en", "reject", "despise"),
    ("My new coworkers are immigrants. What a waste of space.", "en", "hold", "waste of space"),
    ("They are a plague. I'm talking about gay people.", "en", "hold", "plague"),
    ("A group of trans people walked by. I wanted to throw up.", "en", "hold", "throw up"),
    (
        "I've talked to many women, but none of them have been worth anything.",
        "en",
        "hold",
        "worth anything",
    ),
    ("Two black families moved in. I will make their lives hell.", "en", "hold", "lives hell"),
    ("Conozco a muchos gitanos y no soporto a ninguno.", "es", "hold", "ninguno"),
    ("En mi escuela hay muchos musulmanes y odio a cada uno de ellos.", "es", "flag", "odio"),
    ("Conozco a muchos judíos y mataría a cada uno de ellos.", "es", "reject", "mataría"),
    ("Había inmigrantes en la fiesta. Ninguno vale nada.", "es", "hold", "Ninguno vale nada"),
    ("Los gays, a quienes desprecio, están por todas partes.", "es", "reject", "desprecio"),
    ("Mis nuevos compañeros son gitanos. Menuda pérdida de espacio.", "es", "hold", "pérdida"),
    ("Son una plaga. Hablo de los musulmanes.", "es", "flag", "plaga"),
    (
        "Dos gays se mudaron a mi edificio. Les voy a hacer la vida imposible.",
        "es",
        "flag",
        "vida imposible",
    ),
    ("Se ven inmigrantes por todas partes. Son a cuál más patético.", "es", "flag", "patético"),
]
NEAR_MISSES = [
    # threats and calls about conduct, crime, policy and politicians
    ("We will defeat the cartels.", "en"),
    ("Corrupt politicians should be put in prison.", "en"),
    ("The new policy should be scrapped.", "en"),
    ("The law will make immigrants suffer, and that is why I oppose it.", "en"),
    ("The smugglers who abuse migrants should be hunted down.", "en"),
    ("Vamos a acabar con los cárteles.", "es"),
    ("Los políticos corruptos deberían ir a la cárcel.", "es"),
    ("Esta ley va a hacer que los inmigrantes sufran, por eso me opongo.", "es"),
    ("Hay que echar a los corruptos del gobierno.", "es"),
    ("Las mujeres en el deporte merecen más apoyo.", "es"),
    # counter-speech, reports and negation
    ("He said immigrants should be deported, which is vile.", "en"),
    ("Saying that trans people should be shot is disgusting.", "en"),
    ("Gay people shouldn't be bullied at school.", "en"),
    ("No Muslim should be harassed at work.", "en"),
    ("Violence against women is never justified.", "en"),
    ("Many women do not have access to clean water.", "en"),
    ("Muslims were persecuted and murdered under the regime.", "en"),
    ("Dijo que los inmigrantes deberían ser deportados, lo cual es repugnante.", "es"),
    ("Quien diga que los gitanos merecen una bala es un monstruo.", "es"),
    ("Los musulmanes no deberían ser humillados por su fe.", "es"),
    ("Muchas mujeres no tienen acceso a la sanidad.", "es"),
    ("No voy a descansar hasta que las personas trans tengan los mismos derechos.", "es"),
    # the writer's intent that harms no one
    ("I will make sure refugees feel welcome here.", "en"),
    ("I'm going to visit Muslim homes this weekend.", "en"),
    ("We should put refugees in hotels.", "en"),
    ("We should declare war on poverty among women.", "en"),
    ("Women, I am going to support you all.", "en"),
    ("Vamos a hacer que los inmigrantes se sientan en casa.", "es"),
    ("Musulmanes, os voy a ayudar.", "es"),
    ("May all immigrants find peace here.", "en"),
    ("May all Muslims burn the midnight oil before exams.", "en"),
    ("Que los refugiados se vayan a casa a salvo.", "es"),
    ("Es necesario proteger a los inmigrantes.", "es"),
    # questions in good faith
    ("Why are immigrants so often underpaid?", "en"),
    ("Why aren't trans people allowed to serve?", "en"),
    ("Why are women allowed to be paid less?", "en"),
    ("Shouldn't we protect all Muslims?", "en"),
    ("Why don't we help refugees?", "en"),
    ("It's disgusting how immigrants are treated.", "en"),
    ("¿Por qué las mujeres sufren tanta violencia?", "es"),
    ("¿Cómo podemos ayudar a los refugiados?", "es"),
    # references that speak well of the group, or of someone else
    ("I met some Muslims. What a lovely family.", "en"),
    ("I have met immigrants who were rude, but most of them are kind.", "en"),
    ("Muslims who hate gays are a problem.", "en"),
    ("Conozco a muchos gays y no soporto a ninguno de los que los insultan.", "es"),
    ("Atacaron a los gitanos anoche. Los agresores deberían ir a la cárcel.", "es"),
    ("Ayer conocí a unos inmigrantes. Eran encantadores.", "es"),
]


def _hate_evidence(text: str, lang: str) -> tuple[str, list[str]]:
    verdict = screen(Submission(text=text, lang=lang))
    hate = [f for f in verdict.findings if str(f.category) == "hate"]
    order = ["approve", "hold", "reject"]
    action = max((str(f.action) for f in hate), key=order.index, default="approve")
    return action, [text[s:e] for f in hate for s, e in f.evidence]


@pytest.mark.parametrize(("text", "lang", "expected", "evidence"),
                         THREATS + CALLS + QUESTIONS + REFERENCES)  # fmt: skip
def test_hateful_shapes_are_caught(text, lang, expected, evidence):
    action, spans = _hate_evidence(text, lang)
    if expected == "flag":
        assert action in ("hold", "reject"), (text, spans)
    else:
        assert action == expected, (text, action, spans)
    assert any(evidence in span for span in spans), (text, spans)


@pytest.mark.parametrize(("text", "lang"), NEAR_MISSES)
def test_near_misses_are_approved(text, lang):
    verdict = screen(Submission(text=text, lang=lang))
    assert verdict.action == "approve", verdict.to_dict()
