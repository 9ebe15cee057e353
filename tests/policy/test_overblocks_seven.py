"""Named over-blocks and misses, fixed by shape, with the neighbours that keep their verdict.
Passed: a clown hired, brought or worked as, even "de circo" ("Contratamos un payaso de circo
para la fiesta"); a reaction whose clause is other people's belief, for the trait and trope
rules too ("De los judíos me molesta que la gente diga que son avaros", "What bothers me about
X is that people say ..."); "vestida" as the participle "dressed" ("las vestidas de novia");
harm for being one of a group under a modal no one or "no" negates ("Nadie merece que lo
golpeen por ser trans"); a man "who thinks he is a woman" in a sentence naming a work of
fiction. Flagged: a foul name after "they are" said of a body the sentence before opens on with
its head noun a word or two on ("The city council ignored us. They are a bunch of assholes.");
a noun run into "de mierda" ("indiosdemierda"); the indigenous diminutives called at a reader.
Hand-written, English and Spanish."""

import pytest

from tests.policy.expect import assert_category_action

# The rules pass it; the blog model, in the row's own category, still holds it.
_MODEL_HATE = pytest.mark.xfail(strict=True, reason="model.blog (hate) holds it; rules pass it")

CASES = [
    # (text, lang, category, expected)
    # A clown hired, brought, arriving or worked as is the entertainer ...
    ("Contratamos un payaso de circo para la fiesta", "es", "troll", "approve"),
    ("Para el cumpleaños de mi hija contratamos a un payaso", "es", "troll", "approve"),
    ("Llevamos un payaso a la fiesta de los niños", "es", "troll", "approve"),
    ("Vino un payaso de circo y los niños se rieron mucho", "es", "troll", "approve"),
    ("Mi tío trabajó como payaso de circo veinte años", "es", "troll", "approve"),
    ("El payaso de la fiesta hizo globos con forma de perro", "es", "troll", "approve"),
    ("Contratamos a unos payasos para la posada", "es", "troll", "approve"),
    ("We hired a circus clown for the party", "en", "troll", "approve"),
    ("A clown came to my son's birthday and made balloon animals", "en", "troll", "approve"),
    ("My uncle worked as a rodeo clown for years", "en", "troll", "approve"),
    ("The party clown was great with the kids", "en", "troll", "approve"),
    # ... not a reader, the author, or a commenter come to opine
    ("Eres un payaso de circo", "es", "troll", "flag"),
    ("Cállate, payaso", "es", "troll", "flag"),
    ("Contratamos un payaso de circo para la fiesta y tú eres otro payaso", "es", "troll", "flag"),
    ("El autor es un payaso de circo", "es", "troll", "flag"),
    ("Vino otro payaso de circo a opinar sin leer la nota", "es", "troll", "flag"),
    ("Trabajas como payaso de circo, se nota", "es", "troll", "flag"),
    ("You are a circus clown", "en", "troll", "flag"),
    ("Another circus clown came to comment without reading", "en", "troll", "flag"),
    # Other people's belief resented: the trait and trope rules too ...
    (
        "Lo que me indigna de los indígenas es que muchos crean que son flojos",
        "es",
        "hate",
        "approve",
    ),
    (
        "Lo que me molesta de los indígenas es que la gente piense que son flojos",
        "es",
        "hate",
        "approve",
    ),
    ("De los indígenas me indigna que se diga que son flojos", "es", "hate", "approve"),
    (
        "Lo que me enoja de los mexicanos es que todos crean que son flojos",
        "es",
        "hate",
        "approve",
    ),
    ("De los judíos me molesta que la gente diga que son avaros", "es", "hate", "approve"),
    (
        "Lo que me molesta de los judíos es que muchos crean que son avaros",
        "es",
        "hate",
        "approve",
    ),
    (
        "De los judíos me enoja que se piense que controlan los bancos",
        "es",
        "hate",
        "approve",
    ),
    (
        "Lo que me indigna de los judíos es que la gente diga que controlan los medios",
        "es",
        "hate",
        "approve",
    ),
    ("What bothers me about Jews is that people say they are greedy", "en", "hate", "approve"),
    (
        "What bothers me about Jews is that people think they control the banks",
        "en",
        "hate",
        "approve",
    ),
    (
        "What annoys me about Native people is that everyone thinks they are lazy",
        "en",
        "hate",
        "approve",
    ),
    # ... not the writer's own, nor the belief sided with after all
    ("Lo que me indigna de los indígenas es que son flojos", "es", "hate", "flag"),
    ("Lo que me molesta de los indígenas es que muchos son flojos", "es", "hate", "flag"),
    ("De los judíos me molesta que son avaros", "es", "hate", "flag"),
    ("De los judíos me molesta que controlan los bancos", "es", "hate", "flag"),
    ("La gente dice que los judíos son avaros y es verdad", "es", "hate", "flag"),
    (
        "Lo que me molesta de los judíos es que la gente diga que son avaros, y tienen razón",
        "es",
        "hate",
        "flag",
    ),
    ("What bothers me about Jews is that they are greedy", "en", "hate", "flag"),
    (
        "What bothers me about Jews is that people say they are greedy, and it's true",
        "en",
        "hate",
        "flag",
    ),
    # "Vestida" as "dressed" ...
    ("Las vestidas de novia estaban hermosas", "es", "hate", "approve"),
    ("Las chicas vestidas de blanco marcharon con orgullo", "es", "hate", "approve"),
    ("En la marcha, las vestidas de blanco cantaron y bailaron", "es", "hate", "approve"),
    ("Las vestidas de gala llegaron al baile", "es", "hate", "approve"),
    ("Iban vestidas con ropa tradicional", "es", "hate", "approve"),
    ("Todas iban muy bien vestidas", "es", "hate", "approve"),
    ("Las vestidas de catrina desfilaron por el centro", "es", "hate", "approve"),
    ("Mis hijas iban vestidas de princesas", "es", "hate", "approve"),
    # ... not a noun for trans women scorned
    ("Las vestidas de la colonia son una plaga", "es", "hate", "flag"),
    ("Pinches vestidas, dan asco", "es", "hate", "flag"),
    ("Eres una vestida", "es", "hate", "flag"),
    ("Las vestidas de mierda", "es", "hate", "flag"),
    # Harm for being one of a group that no one deserves ...
    ("Nadie merece que lo golpeen por ser trans", "es", "hate", "approve"),
    ("Nadie merece que le peguen por ser gay", "es", "hate", "approve"),
    ("Ninguna persona merece que la maten por ser trans", "es", "hate", "approve"),
    ("Nadie debería golpearte por ser indígena", "es", "hate", "approve"),
    ("Nadie tiene que morir por ser migrante", "es", "hate", "approve"),
    ("No merecen que los golpeen por ser trans", "es", "hate", "approve"),
    ("Nobody deserves to be beaten for being trans", "en", "hate", "approve"),
    ("No one should be attacked for being gay", "en", "hate", "approve"),
    # ... not harm deserved, promised or called for
    ("Merecen que los golpeen por ser trans", "es", "hate", "flag"),
    ("Te voy a golpear por ser trans", "es", "hate", "flag"),
    ("Hay que golpearlos por ser trans", "es", "hate", "flag"),
    ("Nadie te va a salvar, te voy a matar por ser trans", "es", "hate", "flag"),
    ("I will kill you for being gay", "en", "hate", "flag"),
    # A man "who thinks he is a woman" in a named work of fiction is a character ...
    ("Ese señor que se cree mujer es un personaje de la novela", "es", "hate", "approve"),
    (
        "En la película, el señor que se cree mujer es un personaje cómico",
        "es",
        "hate",
        "approve",
    ),
    ("El personaje de la serie es un hombre que se cree mujer", "es", "hate", "approve"),
    pytest.param(
        "En la obra de teatro, ese vato que se cree mujer hace reír a todos",
        "es",
        "hate",
        "approve",
        marks=_MODEL_HATE,
    ),
    (
        "En el capítulo de ayer, el señor que se viste de mujer engañó a todos",
        "es",
        "hate",
        "approve",
    ),
    # ... not a neighbour, the news, or "todo un personaje" with no work named
    ("Ese señor que se cree mujer es un enfermo", "es", "hate", "flag"),
    ("Ese señor que se cree mujer vive en mi calle", "es", "hate", "flag"),
    ("Ese señor que se cree mujer es un personaje", "es", "hate", "flag"),
    ("Ese señor que se cree mujer salió en las noticias", "es", "hate", "flag"),
    # A foul name after "they are", said of a body the sentence before opens on ...
    ("The city council ignored us. They are a bunch of assholes.", "en", "profanity", "flag"),
    ("The city council ignored us. They're assholes.", "en", "profanity", "flag"),
    (
        "The mayor's office never called back. They are a bunch of dicks.",
        "en",
        "profanity",
        "flag",
    ),
    ("The school board lied to us. They are all assholes.", "en", "profanity", "flag"),
    (
        "The county commission voted it down. They're a bunch of jerks and assholes.",
        "en",
        "profanity",
        "flag",
    ),
    ("City hall ignored our petition. They're a bunch of assholes.", "en", "profanity", "flag"),
    ("El cabildo nos ignoró. Son una bola de pendejos.", "es", "profanity", "flag"),
    # ... not a mild word, a thing, or praise
    ("The city council ignored us. They are a bunch of idiots.", "en", "profanity", "approve"),
    ("The city council ignored us. It is a bunch of crap.", "en", "profanity", "approve"),
    (
        "The city council ignored us. The weather is a bunch of crap today.",
        "en",
        "profanity",
        "approve",
    ),
    ("The city council ignored us. They are the best.", "en", "profanity", "approve"),
    # A noun run into "de mierda" reads as the three words ...
    ("indiosdemierda", "es", "hate", "flag"),
    ("travestisdemierda", "es", "hate", "flag"),
    ("negrosdemierda", "es", "hate", "flag"),
    ("malditos indiosdemierda fuera", "es", "hate", "flag"),
    ("esos judiosdemierda", "es", "hate", "flag"),
    ("mexicanosdemierda", "es", "hate", "flag"),
    ("migrantesdemierda", "es", "hate", "flag"),
    ("gaysdemierda", "es", "hate", "flag"),
    # ... as the spaced words are read: a town or the weather is no people
    ("ciudaddemierda", "es", "hate", "approve"),
    ("Qué clima demierda", "es", "hate", "approve"),
    ("La película Indios de la sierra es buena", "es", "hate", "approve"),
    # The indigenous diminutives called at a reader, or alone, are scorn ...
    ("cállate oaxaquito", "es", "hate", "flag"),
    ("pinches inditos", "es", "hate", "flag"),
    ("eres un oaxaquito", "es", "hate", "flag"),
    ("no seas indito", "es", "hate", "flag"),
    ("No seas oaxaquito, güey", "es", "hate", "flag"),
    ("Oaxaquito tenías que ser", "es", "hate", "flag"),
    ("ya cállate, indito", "es", "hate", "flag"),
    ("jaja oaxaquito", "es", "hate", "flag"),
    ("lárgate a tu pueblo, oaxaquito", "es", "hate", "flag"),
    ("oaxaquitos", "es", "hate", "flag"),
    ("inditos", "es", "hate", "flag"),
    # ... not the people in a plain sentence, a hurt remembered, or folk art
    ("Los oaxaquitos de la colonia trabajan mucho", "es", "hate", "approve"),
    (
        "Mi abuelo es de Oaxaca y le decían oaxaquito en la escuela, le dolía",
        "es",
        "hate",
        "approve",
    ),
    ("Mi abuela hacía muñequitos de inditos para vender", "es", "hate", "approve"),
    ("No eres un oaxaquito, eres oaxaqueño y con orgullo", "es", "hate", "approve"),
    (
        "En Baja California a los migrantes del sur les dicen oaxaquitos, y es racista",
        "es",
        "hate",
        "approve",
    ),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_overblocks_seven(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)
