"""Implicit hate and trolling in longer comments (rows of `lexicons/coded.tsv` and
`lexicons/troll.tsv`): crime or disease laid at a group's door by timing or by "bringing it
with them", replacement and invasion in other words ("importing new voters", "strangers in our
own country", "an occupying army"), a fault called the group's culture or blood, insinuation
that leaves the conclusion to the reader, and put-downs or looking-up of a commenter with no
insult word. Each shape has near misses that must pass: reports, counter-speech, negation,
harsh opinion on policies and officials. All examples are our own."""

import re
from functools import cache

import pytest

from moderation.policy import Submission, screen
from moderation.policy.analysis import analyse
from moderation.policy.lexicon import load

HATE_EN = [
    # crime laid at a group's door by timing
    "Strange how the car break-ins on our street started the same week the refugee families "
    "moved in next to the church.",
    "Robberies went up right after the migrant shelter opened on Fifth, and the council still "
    "acts like nobody could have seen it coming.",
    "Every time another busload of Haitians shows up in this county the crime goes up, and "
    "we are told not to notice it.",
    # bringing crime or disease with them
    "Those Honduran families brought their gangs and their violence with them and now our "
    "kids have to walk past it every morning.",
    "The migrants from the south carry diseases we had wiped out decades ago and the "
    "clinic is paying for it.",
    "The Somali families brought their crime and their clan feuds with them, and the police "
    "are the ones left cleaning up after every wedding.",
    # a generalisation with no "all"
    "Those people from the south side don't value education the way we do, and the test "
    "scores at the middle school show it every year.",
    "The Haitians can take the classes and learn the language, but honesty is just not in their "
    "culture and no program will put it there.",
    "Look at the jails back home: their culture breeds criminals, and we keep letting the "
    "Hondurans in by the busload.",
    "The migrants in the new apartments came here to take what's ours, not to work, and the "
    "county hands them everything.",
    "Every new family from the south that moves onto our street is one less of us, and the "
    "immigrants know it.",
    "Funny how people like you always want more refugees in other people's towns, Hassan, your "
    "kind never stops taking.",
    # replacement and invasion in other words
    "Open the border wide and keep importing new voters, that is the whole plan and they are "
    "not even hiding it anymore.",
    "Look at the birth rates for ten minutes and you will see that in thirty years we will "
    "be strangers in our own country.",
    "They are not asylum seekers looking for safety, they are an occupying army that has not "
    "put on uniforms yet.",
    "Every caravan that reaches the river is another battalion, and the immigrants know "
    "exactly what they are doing here.",
    "Look at the kindergarten photos: the founding families of this valley are being bred "
    "out on purpose by the immigrants.",
    # a fault called culture, blood or breed
    "The Somali kids fight and steal at the rec center every weekend, that's their culture "
    "and no youth program is going to change it.",
    "Honestly the Guatemalans are a different breed, they lie to your face and then take the "
    "whole crew with them.",
    "Look at the police blotter and the names in it, that is just pattern recognition about "
    "the immigrants on the east side.",
    # insinuation
    "Ever since the Muslim family bought the corner store the block has felt different. "
    "Draw your own conclusions, neighbors.",
    "The schools here were fine until the migrants started arriving. Not saying why, just "
    "saying when, and you can fill in the rest.",
]

PASS_EN = [
    # reports, counter-speech and negation of the same shapes
    "People keep saying the break-ins started after the refugee shelter opened, but the police "
    "data show they began a year earlier.",
    "The claim that migrants bring diseases with them is an old racist lie that was told about "
    "the Irish and the Italians too.",
    "My neighbor says refugees carry diseases, which is false, and the county health officer "
    "said so at the meeting.",
    "Immigrants are not an occupying army, they are families who wait years in line for a "
    "hearing in front of a judge.",
    "The 'strangers in our own country' line is straight out of replacement propaganda and "
    "the author is right to call it out.",
    "Nobody is being bred out of anything; birth rates fall for every group as incomes rise.",
    # policy, officials, ordinary uses of the words
    "Crime went up after the new mayor cut the night patrols, and the council should restore "
    "them before the summer.",
    "We keep importing steel from overseas while the mill in our county sits empty, and "
    "both parties shrug about it.",
    "The shelter director said the donations from the church carry them through the winter "
    "months every single year.",
    "The senator is wrong about the border budget, and anyone who reads the bill can draw "
    "their own conclusions about her vote.",
    "The ranchers out here are a different breed, up at four every morning no matter the "
    "weather, and I love them for it.",
    "My grandmother brought her recipes and her songs with her from Oaxaca, and our family "
    "still cooks them every Christmas.",
    "The refugee kids at the camp keep getting sick because the ticks there carry diseases, "
    "and they need a clinic with more than one doctor.",
    pytest.param(
        "The refugee families I tutor value education more than anyone I know, and their kids "
        "are at the top of the class.",
        marks=pytest.mark.xfail(
            raises=AssertionError,
            strict=True,
            reason="the blog model holds it at p(flag) 0.64 (cut 0.59; held since the fourteenth "
            "session's retrain); the rules approve",
        ),
    ),
    # "The council's culture breeds more secrecy ...": the rules pass it, the blog model holds
    # it: tests/model/test_blog_model.py KNOWN_OVER_HOLDS
    "My grandparents came here to work the fields and build a life, and the immigrants on my "
    "street came for the same reason.",
    "People like you always show up at the food bank on Saturdays, Hassan, and the refugee "
    "families notice it.",
    "Mosquitoes carry diseases along the river every summer, so the county should spray "
    "before the kids are out of school.",
    "Since the refugee families moved in, the church choir doubled and the food bank has "
    "more volunteers than ever.",
    # insinuation aimed at an office-holder, a claim refuted, history
    "The senator voted against the refugee resettlement funds and then for the stadium tax "
    "break. Draw your own conclusions about her priorities.",
    "Crime went up after the migrants arrived, the sheriff claimed, but his own numbers show "
    "it fell every year since.",
    "The invading army crossed the Rio Grande in 1846 and the Mexican families on the north "
    "bank lost their land within a decade.",
]

HATE_ES = [
    "Desde que abrieron el albergue para migrantes en la colonia ya hubo tres robos en mi "
    "calle y nadie dice nada.",
    "Yo no digo nada, pero antes aquí no pasaba esto y ahora con tanto haitiano en la plaza "
    "ustedes saquen sus conclusiones.",
    "Esos migrantes que llegan del sur traen puras enfermedades y piojos, y luego los niños "
    "de aquí se contagian en la escuela.",
    "Nos están reemplazando poco a poco con extranjeros que votan como les dicen y el "
    "gobierno feliz de la vida.",
    "Llegan centroamericanos cada semana por el río, esto ya parece invasión y el gobierno "
    "les abre la puerta cada semana.",
    "Los hondureños del centro roban a plena luz del día, lo llevan en la sangre y no hay "
    "programa social que lo cambie.",
]

PASS_ES = [
    "Desde que abrieron el albergue para migrantes bajaron los robos en la colonia, porque "
    "ahora hay más luz y más gente en la calle.",
    "Decir que los migrantes traen enfermedades es mentira y racista, la secretaría de salud "
    "ya lo desmintió con datos.",
    "No es cierto que los haitianos traigan violencia; los datos de la fiscalía dicen lo "
    "contrario desde hace años.",
    "Las máquinas nos van a quitar el trabajo a todos si el gobierno no invierte en "
    "capacitación para los jóvenes del estado.",
    "Mi abuela trajo sus recetas y sus canciones de Guatemala, y todavía las cantamos en "
    "cada fiesta de la familia.",
    "El diputado votó contra el presupuesto de salud y luego se queja de los hospitales; "
    "saquen ustedes las cuentas de su votación.",
    "El diputado dice que los migrantes traen enfermedades, pero los datos de la secretaría "
    "de salud dicen otra cosa desde hace años.",
]

TROLL_EN = [
    "Must be nice to have so much free time to argue under every article, some of us have "
    "to work for a living.",
    "Let me guess, you type all this from your mom's basement and have never seen the border "
    "with your own eyes.",
    "Did your parents drop you on your head as a kid, or did you just learn to read last "
    "week? Honest question.",
    "You have been wrong about literally everything on this blog since the election and you "
    "are still posting, impressive.",
    "Scroll past him folks, don't feed the troll, he has never once made a point in good "
    "faith here.",
    "I looked you up after your last comment, nice place you have out there by the river, "
    "would hate for the neighbors to see this.",
    "Saw your truck at the feed store on Main this morning, hard to miss with that bumper "
    "sticker of yours.",
    "Keep talking, I know you work at the tire shop on Nogal Rd. Maybe I'll stop by and we "
    "can finish this in person.",
    "Your boss at the glass shop is going to love reading these comments, I already found "
    "the email address.",
    "Every time I read one of your comments I lose a few IQ points, and this one cost me "
    "more than usual.",
    "Another history lecture nobody asked for from the resident expert, and this is a blog, "
    "not your dissertation defense.",
    "People like you shouldn't be allowed to write about the border, you have never even "
    "been south of Dallas.",
    "Aww, somebody got her feelings hurt because we disagreed. Do you need a juice box and a "
    "nap before you reply?",
]

PASS_TROLL_EN = [
    "I grew up in my mom's basement apartment in Laredo and it was the happiest home I ever "
    "had, thanks for this piece.",
    "Retirement means I finally have so little free time, between the grandkids and the "
    "garden, that I only read the blog on Sundays.",
    "The experts quoted here have been wrong about the river levels before, so I'd like to "
    "see the 2019 data too.",
    "I looked up the hearing schedule after reading this and the next one is on Tuesday at "
    "the county building.",
    "I looked you up on the county site, Maria, and you were right about the Somali "
    "community center permit, my apologies.",
    "Our mosque has so much free time on Sunday afternoons that we opened the hall to the "
    "refugee families for English classes.",
    "Saw your article shared at the library board meeting this morning, great work on the "
    "water rights story.",
    "My toddler needed a juice box and a nap before the parade, and honestly so did I after "
    "three hours in the heat.",
    "The county clerk said I can stop by the office and talk in person about the permit, "
    "which is more than I expected.",
    "My boss is going to love the new bus route, she has been asking the council for it "
    "since the plant opened.",
    "The senator has a lot to say about schools, but the data show test scores rose every "
    "year she was on the board.",
    "People like you should be allowed to write here more often, your piece on the water "
    "rights was the best thing this month.",
]

TROLL_ES = [
    "Ni le contesten a ese, vive en el sótano de su mamá y se la pasa buscando pleito en "
    "todas las notas del blog.",
    "Dichoso tú que tienes tanto tiempo libre para comentar cada nota del blog, algunos sí "
    "trabajamos de lunes a sábado.",
    "Sigue escribiendo tonterías, que a tu jefe le va a encantar leer lo que publicas aquí "
    "en horas de trabajo.",
    "Ya sé dónde está tu taller, un día de estos paso por tu negocio y platicamos en persona "
    "de tus comentarios.",
    "Gente como tú no debería poder escribir en un blog serio, ni siquiera sabes dónde queda "
    "la frontera.",
    "Ya sé en qué escuela das clases, mañana les cuento a los papás lo que escribes aquí y "
    "vemos si sigues tan valiente.",
    "Sé a qué hora sales de la oficina de la Hidalgo, así que ya estás avisado, sigue "
    "riéndote de nosotros.",
    "¿De dónde sacaste tu título, de la caja de cereal? Nadie aquí te toma en serio desde "
    "hace años, Marisol.",
    "Llevas cuarenta comentarios hoy, ¿no tienes otra cosa que hacer? Busca trabajo, mijo, "
    "y deja el blog en paz.",
]

PASS_TROLL_ES = [
    "Ahora que me jubilé tengo mucho más tiempo para leer el blog y para ir a las juntas "
    "del cabildo cada mes.",
    "Guardamos las cajas de la mudanza en el sótano de mi mamá mientras terminamos de "
    "arreglar la casa nueva.",
    "Mañana paso por tu negocio a comprar las piñatas para la fiesta de mi hija, gracias por "
    "la recomendación.",
    "A mi jefe le va a encantar el nuevo horario del camión, llevamos años pidiéndolo en el "
    "cabildo.",
    "La directora ya sabe en qué escuela van a poner el comedor nuevo y lo anuncia el lunes "
    "en la junta de padres.",
    "Ya sé a qué hora sale el camión de la colonia y en qué calle van a poner la parada "
    "nueva, por fin.",
    "Mi hijo busca trabajo de medio tiempo en el centro, si alguien sabe de algo en la "
    "colonia le agradezco mucho.",
    "Mi mamá está muy orgullosa de la biblioteca nueva del barrio, va todos los sábados con "
    "mis sobrinos.",
]


def _flags(text: str, lang: str, category: str) -> None:
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    assert verdict.action in ("hold", "reject"), verdict.to_dict()
    assert category in verdict.categories, verdict.to_dict()


def _passes(text: str, lang: str) -> None:
    # the rules alone pass it, and so does the whole engine
    assert screen(Submission(text=text, lang=lang), blog_model=False).action == "approve", text
    assert screen(Submission(text=text, lang=lang)).action == "approve", text


@pytest.mark.parametrize("text", HATE_EN)
def test_long_implicit_hate_en_is_held(text: str) -> None:
    _flags(text, "en", "hate")


@pytest.mark.parametrize("text", HATE_ES)
def test_long_implicit_hate_es_is_held(text: str) -> None:
    _flags(text, "es", "hate")


@pytest.mark.parametrize("text", TROLL_EN)
def test_long_put_downs_en_are_held(text: str) -> None:
    _flags(text, "en", "troll")


@pytest.mark.parametrize("text", TROLL_ES)
def test_long_put_downs_es_are_held(text: str) -> None:
    _flags(text, "es", "troll")


@pytest.mark.parametrize("text", PASS_EN + PASS_TROLL_EN)
def test_long_near_misses_en_pass(text: str) -> None:
    _passes(text, "en")


@pytest.mark.parametrize("text", PASS_ES + PASS_TROLL_ES)
def test_long_near_misses_es_pass(text: str) -> None:
    _passes(text, "es")


def test_long_implicit_hate_only_holds() -> None:
    text = HATE_EN[0]
    verdict = screen(Submission(text=text, lang="en"), blog_model=False)
    coded = [f for f in verdict.findings if f.rule == "hate.coded"]
    assert coded and all(str(f.action) == "hold" for f in coded), verdict.to_dict()


def _texts(rows: list) -> list[str]:
    """The texts of a table, marked rows (pytest.param) unwrapped."""
    return [getattr(r, "values", (r,))[0] for r in rows]


@cache
def _coded_compiled() -> tuple[re.Pattern, ...]:
    """Each coded row compiled once: there are more rows than `re`'s own cache keeps (512)."""
    return tuple(re.compile(source) for _ident, _lang, source in load().coded)


@pytest.mark.parametrize("text", _texts(HATE_EN + PASS_EN + HATE_ES + PASS_ES))
def test_long_rows_are_candidates_whenever_they_match(text: str) -> None:
    """The token index never hides one of these rows when it matches."""
    lex = load()
    norm = analyse(text).norm.text
    candidates = set(lex.coded_needles.candidates(norm))
    for k, whole in enumerate(_coded_compiled()):
        m = whole.search(norm)
        if m is not None:
            assert k in candidates
            fast, group = lex.coded_search[k]
            assert fast.search(norm).span(group) == m.span()
