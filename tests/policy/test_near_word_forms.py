"""Near-word readings that changed what a comment says, fixed at their cause, with the slips
still read. A Spanish verb keeps its person and number ("matarnos" is no "matarlos",
"regrese" no "regresen", "mereces" no "merecen") and an infinitive stays one ("ensuciar" is no
"ensucian"): `es_verb_forms.other_person`. Names that are words too (Prieto, Chona) stay names
to the libel rules (names_near.txt), and names, places and ordinary words one edit or a
squeezed letter from a term (Voss, Manny, Calvillo, Uruguay, "malla", "léelos", "oof") are
read as typed. An infinitive after "y a" goes on with the errand of the plural verb before it
("vienen a pedir y a ensuciar"), and a reply's brush-off ("@DonRamiro ... váyase a dormir") is
said to the reader it answers. Hand-written, English and Spanish, rules alone."""

import pytest

from moderation.policy.analysis import canonical
from moderation.policy.es_verb_forms import other_person
from moderation.policy.lexicon import load
from tests.policy.expect import assert_rules_flag, assert_rules_pass_all

READINGS = [
    # (word, lang, read as)
    # a verb's person, number or kind is its own ...
    ("matarnos", "es", "matarnos"),  # us, not them
    ("sacarnos", "es", "sacarnos"),
    ("atacarnos", "es", "atacarnos"),
    ("callarte", "es", "callarte"),
    ("regrese", "es", "regrese"),  # one person, not a people
    ("vuelva", "es", "vuelva"),
    ("vayase", "es", "vayase"),
    ("estuviera", "es", "estuviera"),
    ("cuelgue", "es", "cuelgue"),
    ("pareces", "es", "pareces"),  # you, not they
    ("mereces", "es", "mereces"),
    ("ensuciar", "es", "ensuciar"),  # now a term of its own
    ("respetar", "es", "respetar"),  # no "respetaré"
    ("entra", "es", "entra"),  # no "entrar"
    ("puteros", "es", "putero"),  # a noun's number is a form: no verb read in "-eros"
    # ... words, names and places one edit or a squeezed letter away are themselves ...
    ("chingo", "es", "chingo"),  # "un chingo": no "chino"
    ("malla", "es", "malla"),
    ("leelos", "es", "leelos"),
    ("infectar", "es", "infectar"),
    ("uruguay", "es", "uruguay"),
    ("calvillo", "es", "calvillo"),
    ("voss", "en", "voss"),
    ("manny", "en", "manny"),
    ("oof", "en", "oof"),
    # ... and a slip, an imperative's own object or a diminutive of an insult is still read
    ("matalos", "es", "matarlos"),
    ("borralos", "es", "borrarlos"),
    ("jotito", "es", "joto"),
    ("mamoncito", "es", "mamon"),
    ("mexicaanos", "en", "mexicanos"),
    ("fueraa", "es", "fuera"),
    ("pnche", "es", "pinche"),
]


@pytest.mark.parametrize(("word", "lang", "read"), READINGS)
def test_near_word_reading(word: str, lang: str, read: str) -> None:
    assert canonical(word, load(), lang) == read


@pytest.mark.parametrize(
    ("word", "term", "changed"),
    [
        ("matarnos", "matarlos", True),
        ("regrese", "regresen", True),
        ("regresese", "regresense", True),
        ("contaminas", "contaminan", True),
        ("ahogar", "ahogara", True),
        ("castigan", "castigar", True),
        ("matalos", "matarlos", False),  # the same command
        ("indio", "indios", False),  # a noun's number
        ("mujr", "mujer", False),  # a slip inside the word
        ("marero", "mareros", False),
    ],
)
def test_other_person(word: str, term: str, changed: bool) -> None:
    assert other_person(word, term) is changed


FLAG = [
    # (text, lang, category): the comment still says what a right reading says
    ("No mereces ni respirar, mamarracho.", "es", "troll"),
    ("Tú no mereces el aire que respiras, payaso.", "es", "troll"),
    ("Los indios nomás vienen a pedir y a ensuciar las banquetas.", "es", "hate"),
    ("Esa gente de Oaxaca nomás viene a ensuciar la ciudad.", "es", "hate"),
    ("Los migrantes nomás vienen a infestar el barrio.", "es", "hate"),
    ("Los migrantes vienen a robar y a ensuciar las calles.", "es", "hate"),
    (
        "Pues los indios que se queden en su sierra, aquí nomás vienen a pedir y a ensuciar",
        "es",
        "hate",
    ),
    ("Que los deporten a todos y se regresen a su país.", "es", "hate"),
    # a surname that is also a word, or one edit from one, is a name the claim is about
    ("Ayer en la junta Prieto se robó el dinero de la cooperativa.", "es", "libel"),
    ("Ayer en la junta Chona se robó la lana de la tanda.", "es", "libel"),
    ("Todos saben que Armenta cobra moches en la alcaldía.", "es", "libel"),
    ("La diputada Calvillo es una corrupta que se robó el agua.", "es", "libel"),
    ("Everyone knows Manny steals from the register.", "en", "libel"),
    ("Deputy Voss deals meth out of his patrol car.", "en", "libel"),
    ("Those mexicaaanos are vermin.", "en", "hate"),
    # "váyase" is one reader: a reply's brush-off is said to the reader it answers
    (
        "@DonRamiro ya se le olvidó lo que dijo ayer. Mejor váyase a dormir que ya es muy "
        "tarde para usted.",
        "es",
        "troll",
    ),
    (
        "@Karen you posted this three times already. Honestly just go outside once in a "
        "while and touch grass.",
        "en",
        "troll",
    ),
]

PASS = [
    # (text, lang): what a wrong reading would have turned into a call or a charge
    ("No mereces ese trato, amiga, échale ganas.", "es"),
    ("Los halcones quisieron matarnos a palos a los migrantes en el tren.", "es"),
    ("Al migrante que deportaron por error, ojalá que se regrese pronto con su familia.", "es"),
    ("No vengan a ensuciar el parque, recojan su basura.", "es"),
    ("Los turistas vienen a comer y a ensuciar la playa.", "es"),
    ("Los migrantes vienen a trabajar y a ganarse la vida.", "es"),
    ("Los indígenas vienen a vender y a visitar a sus familias.", "es"),
    ("Un virus puede infectar a cualquiera, hay que vacunarse.", "es"),
    ("La fábrica va a contaminar el río si no la paran.", "es"),
    ("Ese prieto de la esquina saluda a todos.", "es"),
    ("Hay familias que se hablan a través de la malla fronteriza.", "es"),
    ("Léelos con calma antes de opinar.", "es"),
    ("Uruguay siempre da la talla en las eliminatorias.", "es"),
    ("Me dio un chingo de gusto verte.", "es"),
    ("Ask for Manny, he fixes fences cheap.", "en"),
    ("Oof, that poll is brutal for the mayor.", "en"),
    ("She gets SSI, about 900 dollars a month.", "en"),
    ("The church on Redd Road holds a food drive on Sundays.", "en"),
    ("Mexicans are fine neighbours.", "en"),
    ("@DonRamiro ya es tarde, yo también me voy a dormir, buenas noches.", "es"),
    ("@Karen thanks for the recipe, I'll try it tonight.", "en"),
]


@pytest.mark.parametrize(("text", "lang", "category"), FLAG)
def test_flagged(text: str, lang: str, category: str) -> None:
    assert_rules_flag(text, lang, category)


@pytest.mark.parametrize(("text", "lang"), PASS)
def test_passes(text: str, lang: str) -> None:
    assert_rules_pass_all(text, lang)
