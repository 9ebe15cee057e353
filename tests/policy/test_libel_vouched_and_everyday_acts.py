"""Four libel shapes. (1) Acts in everyday words the vocabulary lacked: money or goods kept or
diverted ("se clavó los bonos", "desviando las colectas"), cover-ups ("lo taparon con dinero"),
roles in a criminal party ("es el jefe de la plaza"), courts and votes bought, false papers,
goods sold off the books, rigged meters, votes paid for, kickbacks, loads waved through.
(2) "Según X ..., pero yo sé que ...": a source before the writer's own vouched claim does not
cover it. (3) "coyote" as a team or an animal: a fan is no smuggler. (4) A lexicon whose
choices nest fails to load with a clear error. Near misses: the same acts attributed, hedged,
denied, said of no one in particular, or in their everyday sense. Our own names and wording."""

import shutil

import pytest

from moderation import checks
from moderation.policy import lexicon
from tests.policy.expect import rule_action

RULE = "libel.unattributed_claim"

HELD = [
    # money and goods kept or diverted
    ("El tesorero Julián Orozco se clavó los aguinaldos de los barrenderos.", "es"),
    ("La regidora Pons se quedó con las despensas del huracán.", "es"),
    ("El alcalde Ruiz se lleva en efectivo lo de los parquímetros.", "es"),
    ("El padre Anselmo lleva años desviando las limosnas de la parroquia.", "es"),
    ("El director Ocampo anda desviando recursos del comedor escolar.", "es"),
    # cover-ups, people taken, roles in a criminal party
    ("Al maestro Lara lo denunciaron las alumnas y el director Ochoa lo encubre.", "es"),
    ("El doctor Meza dejó morir a un paciente y lo taparon con dinero.", "es"),
    ("El comandante Salas es el jefe de la plaza en Villa Encino.", "es"),
    ("@Tono_Reyes tú trabajas para los de la plaza, no te hagas.", "es"),
    ("El regidor Nava les cuida la plaza a los del cártel.", "es"),
    ("El inspector Robles está arreglado con los constructores.", "es"),
    ("El juez Tirado es socio escondido de la inmobiliaria.", "es"),
    ("La notaria Adame da escrituras falsas a quien le pague.", "es"),
    ("El encargado del almacén, Beto Rangel, vende el diésel por fuera.", "es"),
    ("Don Efrén tiene las bombas arregladas en su gasolinera.", "es"),
    ("El síndico Cázares le pagó a unos chavos para que rayaran la iglesia.", "es"),
    ("El comandante Leal mete celulares al penal cada semana.", "es"),
    # English
    ("Councilman Ortiz kicked back 15% to his brother's firm.", "en"),
    ("Officer Daniels let trucks through for cash at the port.", "en"),
    ("Precinct captain Lyle Moss was paying people twenty bucks a vote.", "en"),
    ("Commissioner Hale has been committing voter fraud for years.", "en"),
    ("Mr. Brandt keeps his workers off the books and pays them in cash.", "en"),
    ("Dr. Lindell has been overprescribing painkillers to half the town.", "en"),
    ("@ranch_dan is the one who set fire to the union office.", "en"),
]


@pytest.mark.parametrize("text,lang", HELD)
def test_everyday_acts_are_held(text: str, lang: str) -> None:
    assert rule_action(text, lang, RULE) == "hold", text


PASSES = [
    # the same acts attributed, hedged or denied
    ("Según la auditoría, el tesorero Julián Orozco se clavó los aguinaldos.", "es"),
    ("Supuestamente la regidora Pons se quedó con las despensas del huracán.", "es"),
    ("El padre Anselmo no desvió las limosnas, las cuentas están claras.", "es"),
    ("La fiscalía acusa al inspector Robles de estar arreglado con los constructores.", "es"),
    ("According to the indictment, Councilman Ortiz kicked back 15% to his brother's firm.", "en"),
    ("Commissioner Hale was charged with committing voter fraud.", "en"),
    ("The Sentinel reported that Dr. Lindell was overprescribing painkillers.", "en"),
    ("El periodista Beto Anaya dice en su columna que el comandante Salas cobra piso.", "es"),
    # said of no one in particular, or in the everyday sense
    ("Los que se quedan con el dinero de las despensas deberían ir a la cárcel.", "es"),
    ("Don Pepe vende elotes por fuera del estadio.", "es"),
    ("Somebody keeps dumping trash in the arroyo, the city should put a camera there.", "en"),
    ("Mayor Ruiz's gamble paid off, the new clinic opened on time.", "en"),
    ("Councilwoman Vega set fire to the room with her speech on water rights.", "en"),
]


@pytest.mark.parametrize("text,lang", PASSES)
def test_everyday_acts_near_misses_pass(text: str, lang: str) -> None:
    assert rule_action(text, lang, RULE) is None, text


VOUCHED = [
    (
        "Según el periódico, el alcalde Ruiz desvió fondos, pero yo sé que también cobra piso "
        "a los comerciantes.",
        "es",
    ),
    (
        "Según el Heraldo, el alcalde Ruiz desvió fondos. Pero yo sé que también cobra piso a "
        "los comerciantes.",
        "es",
    ),
    (
        "La nota dice que la regidora Pons está acusada de fraude, pero me consta que se robó "
        "las becas.",
        "es",
    ),
    (
        "According to the Sentinel, Mayor Ruiz was charged with fraud, but I know for a fact he "
        "also took bribes from the cartel.",
        "en",
    ),
    (
        "The paper says Mayor Ruiz skimmed the fund, but I know for a fact he took bribes from "
        "the cartel.",
        "en",
    ),
]


@pytest.mark.parametrize("text,lang", VOUCHED)
def test_writer_vouching_after_a_source_is_held(text: str, lang: str) -> None:
    assert rule_action(text, lang, RULE) == "hold", text


VOUCHED_NEAR = [
    ("Según el periódico, el alcalde Ruiz desvió fondos.", "es"),
    ("Según el periódico, el alcalde Ruiz desvió fondos, pero yo sé que es un buen padre.", "es"),
    (
        "According to the Sentinel, Mayor Ruiz was charged with fraud, but I don't know if he "
        "took bribes.",
        "en",
    ),
    (
        "According to the Sentinel, Mayor Ruiz took bribes, but as far as I know nobody has "
        "proven it.",
        "en",
    ),
    ("The Sentinel reported that Mayor Ruiz took bribes, but I know the court cleared him.", "en"),
    ("According to the indictment, Mayor Ruiz took bribes. He also laundered money.", "en"),
]


@pytest.mark.parametrize("text,lang", VOUCHED_NEAR)
def test_sources_without_the_writer_vouching_pass(text: str, lang: str) -> None:
    assert rule_action(text, lang, RULE) is None, text


COYOTE = [
    ("Ruiz is a coyote fan", "en", None),
    ("Ruiz is a coyote fan, he never misses a home game.", "en", None),
    ("Ruiz es coyote de corazón, no se pierde un partido.", "es", None),
    ("Ruiz is a coyote who moves people for the cartel", "en", "hold"),
    ("Ruiz is a coyote.", "en", "hold"),
    ("Ruiz es un coyote que pasa gente para el cártel.", "es", "hold"),
]


@pytest.mark.parametrize("text,lang,expected", COYOTE)
def test_coyote_fan_is_no_smuggler(text: str, lang: str, expected: str | None) -> None:
    assert rule_action(text, lang, RULE) == expected, text


@pytest.mark.parametrize(
    "term", ["{took|{got|received}} bribes", "{took|got bribes", "took} bribes"]
)
def test_bad_braces_in_libel_lexicon_are_rejected(term: str) -> None:
    with pytest.raises(lexicon.LexiconError, match=r"libel\.tsv"):
        lexicon._check_choices("libel.tsv", term)


def test_nested_braces_fail_the_system_check(monkeypatch, tmp_path):
    """A libel.tsv row with nested choices stops the lexicon loading: the system check reports
    E001 and says which file and row."""
    for path in lexicon.LEXICON_DIR.iterdir():
        if path.is_file():
            shutil.copy(path, tmp_path / path.name)
    with open(tmp_path / "libel.tsv", "a", encoding="utf-8") as f:
        f.write("{took|{got|received}} bribes  crime  en\n")
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    lexicon.load.cache_clear()
    try:
        errors = checks.policy_engine_check()
        assert [e.id for e in errors] == ["moderation.E001"]
        assert "libel.tsv" in errors[0].msg and "nested braces" in errors[0].msg
    finally:
        lexicon.load.cache_clear()
        monkeypatch.undo()
        lexicon.load()
