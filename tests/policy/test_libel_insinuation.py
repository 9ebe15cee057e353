"""Insinuation that leaves a charge to the reader ("qué casualidad que ...", "funny how ...",
"just an observation"): aimed at a person or an office held by one, with no protected group
named, it is held under libel (never rejected); with a group named, or a surname as the hint,
it stays coded hate. A criminal trade before a nationality ("los narcos paraguayos") in an
allegation is no group: the libel finding leads. Near misses: mockery of competence, a question
that asks for a source, an attributed allegation, a report. Hand-written, English and Spanish."""

import pytest

from moderation.policy import Submission, screen
from tests.policy.expect import assert_category_action, category_action

CASES = [
    # (text, lang, category, expected)
    # Insinuation aimed at a person or an office: libel, not hate.
    (
        "Qué casualidad que el contrato de la basura se lo dieron al primo del alcalde.",
        "es",
        "libel",
        "hold",
    ),
    (
        "Funny how the paving contract went to his brother-in-law. Just an observation.",
        "en",
        "libel",
        "hold",
    ),
    (
        "Judge Harlan Pruitt bought a ranch the same month the charges were dropped. Just an "
        "observation.",
        "en",
        "libel",
        "hold",
    ),
    (
        "Qué casualidad que el juez Ramírez estrenó rancho el mes que soltaron al detenido. "
        "Nomás digo.",
        "es",
        "libel",
        "hold",
    ),
    (
        "Qué casualidad que la regidora compró otra casa justo cuando llegó el dinero del fondo.",
        "es",
        "libel",
        "hold",
    ),
    # A trade before a nationality in an allegation: libel leads, hate stays out.
    (
        "Los narcos paraguayos le pagaron al regidor Benítez para que no investigara.",
        "es",
        "libel",
        "hold",
    ),
    (
        "El síndico Mario Treviño les vende los terrenos del municipio a los narcos.",
        "es",
        "libel",
        "hold",
    ),
    # With a protected group named, or a surname as the hint, it stays coded hate.
    (
        "Qué casualidad que cada vez que roban en la plaza hay inmigrantes cerca.",
        "es",
        "hate",
        "hold",
    ),
    (
        "Funny how every time the refugees move in the break-ins start. Just an observation.",
        "en",
        "hate",
        "hold",
    ),
    ("Qué casualidad que el director del banco se apellida Rosenberg.", "es", "hate", "hold"),
    ("Los paraguayos son todos narcos.", "es", "hate", "reject"),
    # Near misses: a source asked for, mockery of competence, an attributed allegation, a
    # report, and an office-holder's vote left to the reader.
    (
        "Who got the paving contract? Does anyone have a source for the brother-in-law story?",
        "en",
        "libel",
        "approve",
    ),
    (
        "¿Alguien tiene la fuente de lo del contrato del primo del alcalde?",
        "es",
        "libel",
        "approve",
    ),
    (
        "The mayor could not run a lemonade stand, let alone the water utility.",
        "en",
        "libel",
        "approve",
    ),
    (
        "El alcalde no sabría administrar ni una tiendita, mucho menos el agua.",
        "es",
        "libel",
        "approve",
    ),
    (
        "Según la Auditoría Superior, el contrato de la basura se lo dieron al primo del alcalde.",
        "es",
        "libel",
        "approve",
    ),
    (
        "The state auditor found the paving contract went to the mayor's brother-in-law.",
        "en",
        "libel",
        "approve",
    ),
    ("Los narcos le pagaron al alcalde, según la FGR.", "es", "libel", "approve"),
    (
        "Los narcos paraguayos cruzan por la triple frontera, informó la Policía Federal.",
        "es",
        "hate",
        "approve",
    ),
    ("Interesting how the senator voted no. Draw your own conclusions.", "en", "libel", "approve"),
    ("Don Chuy vende tacos en la esquina a los trabajadores de la obra.", "es", "libel", "approve"),
    # "the traffic" after a determiner is the roads; "traffic" with an object is the trade.
    ("We drove past Mayor Ruiz's house and the traffic was awful.", "en", "libel", "approve"),
    ("Sheriff Dale Moore made the traffic stop himself.", "en", "libel", "approve"),
    ("Councilman Ray Ortiz helps the cartel traffic guns across the river.", "en", "libel", "hold"),
    ("Mayor Tom Ruiz runs the traffic in stolen fuel.", "en", "libel", "hold"),
    ("El regidor Ortiz trafica armas para el cártel.", "es", "libel", "hold"),
    ("El regidor Ortiz se quejó del tráfico en el puente.", "es", "libel", "approve"),
]


@pytest.mark.parametrize(("text", "lang", "category", "expected"), CASES)
def test_libel_insinuation(text: str, lang: str, category: str, expected: str) -> None:
    assert_category_action(text, expected, category, lang)


# Held comments whose other clause must stay out: (text, lang, the clause that must not fire).
NOT_CALLED = [
    (
        "Qué casualidad que el contrato de la basura se lo dieron al primo del alcalde.",
        "es",
        "hate",
    ),
    (
        "Funny how the paving contract went to his brother-in-law. Just an observation.",
        "en",
        "hate",
    ),
    ("Los narcos paraguayos le pagaron al regidor Benítez para que no investigara.", "es", "hate"),
    ("Qué casualidad que el director del banco se apellida Rosenberg.", "es", "libel"),
    (
        "Funny how the new landlord on our block has that last name. Just an observation.",
        "en",
        "libel",
    ),
]


@pytest.mark.parametrize(("text", "lang", "category"), NOT_CALLED)
def test_the_other_clause_stays_out(text: str, lang: str, category: str) -> None:
    assert category_action(text, category, lang) == "approve", text


@pytest.mark.parametrize(
    "text",
    [
        "Qué casualidad que el contrato de la basura se lo dieron al primo del alcalde.",
        "Funny how the paving contract went to his brother-in-law. Just an observation.",
        "Los narcos paraguayos le pagaron al regidor Benítez para que no investigara.",
    ],
)
def test_the_held_comment_names_libel(text: str) -> None:
    """The clause a reader is told about is libel, and the comment is held, never rejected."""
    verdict = screen(Submission(text=text))
    assert verdict.action == "hold" and verdict.deciding.clause == "libel", verdict.to_dict()
