"""Libel told as pay from the wrong hands or a trade in what is not one's to sell: envelopes
month after month ("recibe sobres", "le llegan sus sobres cada quincena", "takes envelopes"), a
place on a payroll that should not pay ("on the Ochoa payroll", "en la nómina del gobernador"),
partnership with a criminal party ("es socio del huachicol"), selling drugs, fuel theft, fake
papers or donated goods, running money or protection for someone, laundering, and a sum paid for
an act of office ("took $2 million from X to get the permit approved", "porque le pagaron dos
millones"). The near misses stay approved: a group or an institution as subject, a lawful job
or salary, a source, a hedge, a good-faith question, a film, a past conviction stated as such,
a negation, the mail, and everyday sales and jobs. Hand-written, English and Spanish."""

import pytest

from moderation.policy import Submission, screen
from tests.policy.expect import assert_category_action

CASES = [
    # (text, lang, expected)
    ("La fiscal Estrada recibe sobres de los de la plaza cada mes.", "es", "hold"),
    ("Al columnista Ramírez le llegan sus sobres cada quincena del ayuntamiento.", "es", "hold"),
    ("El licenciado Ochoa recibía un sobre cada viernes de un abogado.", "es", "hold"),
    ("Commissioner Hale takes envelopes from the towing companies.", "en", "hold"),
    ("Mayor Ornelas is on the Ochoa payroll.", "en", "hold"),
    ("The author of this piece is quietly on the developers association payroll.", "en", "hold"),
    ("El columnista Peralta está en la nómina del gobernador.", "es", "hold"),
    ("El vocero Ibarra está en la nómina de los que controlan la carretera.", "es", "hold"),
    ("El diputado Echeverría es socio del huachicol en Hidalgo.", "es", "hold"),
    ("La regidora Campos es socia de la red de huachicol de la zona.", "es", "hold"),
    ("La maestra Bermúdez vende mota afuera de la secundaria.", "es", "hold"),
    ("El gasolinero Mauricio Peña vende gasolina robada a medio pueblo.", "es", "hold"),
    (
        "La directora del albergue, Sor Inés Parra, vende a las muchachas a los tratantes.",
        "es",
        "hold",
    ),
    ("The clerk Ramos sells fake birth certificates on the side.", "en", "hold"),
    ("The food bank director, Carla Duarte, sells the donated food at her stall.", "en", "hold"),
    ("Tony Reyes has been selling to straw buyers for years.", "en", "hold"),
    ("Chuy Mendez runs money for the Valdez brothers.", "en", "hold"),
    ("Sheriff Whitcomb runs a protection racket on Sixth.", "en", "hold"),
    ("Chief Varela has been running protection for a meth crew by the rail yard.", "en", "hold"),
    ("El contador Esquivel lavaba dinero para los de la plaza.", "es", "hold"),
    ("The deputy Ruiz was the cartel's bagman for years.", "en", "hold"),
    ("Senator Quiroga took $2 million from Hualong to get the permit approved.", "en", "hold"),
    ("Board chair Vance was paid $50k by the union to kill every complaint.", "en", "hold"),
    ("El juez Barragán soltó al líder porque le pagaron dos millones.", "es", "hold"),
    ("La diputada Ibarrola recibió dos millones de la minera para votar a favor.", "es", "hold"),
    ("Don Martín tiene dos aviadores en nómina, su cuñada y su compadre.", "es", "hold"),
    ("Chente Maldonado reparte sobres en el cabildo cada que hay licitación.", "es", "hold"),
    ("La delegada Sarrión se lleva un sobre por cada contrato.", "es", "hold"),
    ("El diputado Lozano recibe dinero del huachicol.", "es", "hold"),
    ("El licenciado Pulido ayuda a lavar el dinero de los fraudes telefónicos.", "es", "hold"),
    ("El regidor Benítez vende las fichas de inscripción a mil pesos.", "es", "hold"),
    ("El director Lezama vende los videos de las cámaras a los secuestradores.", "es", "hold"),
    (
        "El director del penal, Hugo Montemayor, cobró dos millones por dejarlos salir.",
        "es",
        "hold",
    ),
    ("Immigration Judge Halvorsen sells asylum grants.", "en", "hold"),
    ("Officer Kincaid runs plates for his cartel buddies.", "en", "hold"),
    ("Coach Sturgis sells vapes to students after practice.", "en", "hold"),
    (
        "Governor Lucero took two million dollars from a grower to route the water to his fields.",
        "en",
        "hold",
    ),
    ("Mayor Hill runs a scam out of city hall.", "en", "hold"),
    # near misses: groups and institutions, lawful jobs and salaries
    ("Los carteles venden droga en toda la frontera.", "es", "approve"),
    ("Cartels sell drugs and launder money through car dealerships.", "en", "approve"),
    ("Mi primo está en la nómina del municipio desde 2015.", "es", "approve"),
    ("El regidor Pérez cobra del erario como cualquier funcionario.", "es", "approve"),
    (
        "El alcalde Ruiz está en la nómina del ayuntamiento, como todos los regidores.",
        "es",
        "approve",
    ),
    ("My uncle has been on the county payroll for thirty years.", "en", "approve"),
    ("Councilman Hill is on the city payroll like every other council member.", "en", "approve"),
    # ... sources, hedges, questions, films, convictions, negations
    ("Según el periódico, el alcalde Ruiz recibe sobres de la constructora.", "es", "approve"),
    ("¿Es cierto que el diputado Lara recibe sobres cada mes?", "es", "approve"),
    ("El exalcalde Gómez fue condenado en 2019 por lavar dinero para el cártel.", "es", "approve"),
    ("Sheriff Dunn was charged with taking envelopes from the cartel.", "en", "approve"),
    ("According to the Ledger, Mayor Ortiz is on the Ochoa payroll.", "en", "approve"),
    ("In the movie, Sheriff Dunn runs money for the cartel.", "en", "approve"),
    (
        "Is Judge Reyes on the developer's payroll? Genuine question, I can't find anything.",
        "en",
        "approve",
    ),
    (
        "Mayor Ortiz was convicted in 2015 of taking $40,000 from a contractor to rezone a lot.",
        "en",
        "approve",
    ),
    ("El periodista Gómez nunca ha recibido sobres de nadie.", "es", "approve"),
    ("Sheriff Dunn never took envelopes from anyone.", "en", "approve"),
    # ... the mail, everyday sales, jobs and partnerships
    ("A mi tía le llegó un sobre del SAT la semana pasada.", "es", "approve"),
    (
        "El señor Pérez recibe sobres de la paquetería cada semana para repartirlos.",
        "es",
        "approve",
    ),
    ("Maria Lopez sells tamales and coffee outside the church.", "en", "approve"),
    ("Mayor Ortiz sold his house to a developer last year.", "en", "approve"),
    ("El diputado Lara vende su rancho al mejor postor.", "es", "approve"),
    ("Juan Pérez runs a food truck on Sixth street.", "en", "approve"),
    ("Coach Lee runs practice for the varsity team.", "en", "approve"),
    ("Senator Quiroga took $2 million from investors to build the plant.", "en", "approve"),
    ("Juan es socio de la constructora de su primo.", "es", "approve"),
    ("El cartero Juan Ruiz reparte sobres en la colonia cada mañana.", "es", "approve"),
    ("La maestra Pérez reparte sobres con las invitaciones de la graduación.", "es", "approve"),
    ("El velador Ruiz recibe su sobre cada quincena como todos.", "es", "approve"),
    ("El alcalde Ruiz recibe millones de la federación para obras.", "es", "approve"),
    ("Juan Ruiz lava el carro cada domingo.", "es", "approve"),
    ("Maria Lopez sells beer to adults at her bar on Sixth.", "en", "approve"),
    ("Coach Lee sells candy to students for the band fundraiser.", "en", "approve"),
    ("Coach Hill runs a scam alert workshop at the library.", "en", "approve"),
    ("Agent Cole runs protection for the governor at every rally.", "en", "approve"),
    ("Clerk Ana Ruiz runs the ballot operation for the county.", "en", "approve"),
    ("La alcaldesa Ruiz recibió dos millones del gobierno federal para obras.", "es", "approve"),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_libel_payrolls_envelopes(text, lang, expected):
    assert_category_action(text, expected, "libel", lang)


# Near misses the blog model holds on its own (its words, not the rules'): the rules must pass them.
RULES_ONLY_PASS = [
    ("Dicen que el juez Tirado es socio del huachicol, pero a mí no me consta.", "es"),
    ("En la película, el comandante Ruiz vende huachicol a los de la sierra.", "es"),
    ("In the film, the sheriff sells fake birth certificates to a smuggling ring.", "en"),
    ("El cartero Ruiz lleva un sobre cada día a la casa.", "es"),
    ("La doctora Ramírez recibe dinero del seguro por cada consulta.", "es"),
]


@pytest.mark.parametrize("text,lang", RULES_ONLY_PASS)
def test_libel_payrolls_envelopes_rules_pass(text, lang):
    verdict = screen(Submission(text, lang=lang), blog_model=False)
    assert not [f.rule for f in verdict.findings if str(f.category) == "libel"], text


# The same near misses as a reader meets them, the blog model on: the ones it holds are a known
# over-hold (strict xfails, so a model that stops holding them shows here).
_MODEL_HELD = pytest.mark.xfail(strict=True, reason="known blog-model over-hold (libel)")


@pytest.mark.parametrize(
    "text,lang",
    [
        pytest.param(*RULES_ONLY_PASS[0], marks=_MODEL_HELD),  # the hedged partner
        pytest.param(*RULES_ONLY_PASS[1], marks=_MODEL_HELD),  # the film
        RULES_ONLY_PASS[2],  # the film, in English: approved
        pytest.param(*RULES_ONLY_PASS[3], marks=_MODEL_HELD),  # the postman
        pytest.param(*RULES_ONLY_PASS[4], marks=_MODEL_HELD),  # the doctor's insurance
    ],
)
def test_libel_payrolls_envelopes_near_misses_approved(text, lang):
    assert screen(Submission(text, lang=lang)).action == "approve", text
