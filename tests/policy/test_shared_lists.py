"""Lists and guards that two rules read alike are one object, not two copies that drift apart:
the well-wish that turns a known workplace into care (`troll.threat` and
`troll.veiled_threat_person`), the offices a civic visit is paid to (`troll/public.py`, read by
`troll/literal_errand.py`), the immigration statuses and licensed acts a policy debate names
(`hate/status_policy.py`, read by `coded.py`), and the questions `hate.derogation` and
`hate.broad` both ask of an implicit predicate. Each area keeps its verdicts: hits and their
near misses, in English and Spanish, rules only. Where the copies differed the shared list is
their union, so a few comments one copy held now pass for both ("I know you work at the bank.
Be careful out there.", "sé que trabajas en la farmacia, que te vaya bien", a visit to the
sheriff or "al gobierno" to ask or demand something). Our own examples."""

import pytest

from moderation.policy import Submission, screen
from moderation.policy.rules import coded
from moderation.policy.rules.hate import broad, derogation
from moderation.policy.rules.hate.generalisation_guards import BY_STATUS
from moderation.policy.rules.hate.implicit_spared import implicit_spared
from moderation.policy.rules.hate.status_policy import (
    LEGAL_ACTS,
    STATUS_GROUPS,
    STATUS_LEAVE_TEXT,
)
from moderation.policy.rules.threat_veiled import workplace_care
from moderation.policy.rules.troll import literal_errand, public, threat_guards


def test_workplace_care_is_one_reading() -> None:
    assert workplace_care.wished_well_unmenaced is threat_guards.wished_well_unmenaced


def test_civic_visit_reads_the_office_list() -> None:
    assert literal_errand._OFFICIAL is public.OFFICIAL_VISITED


@pytest.mark.parametrize("office", sorted(public._OFFICE_TITLES))
def test_every_office_title_can_be_visited(office: str) -> None:
    assert public.OFFICIAL_VISITED.search(f"pay the {office} a visit")


# The offices literal_errand.py listed on its own before it read public.py's list.
_ERRAND_OFFICES = [
    "alcalde", "alcaldesa", "presidente municipal", "presidenta municipal", "regidora",
    "diputados", "senadora", "gobernadores", "concejal", "cabildo", "ayuntamiento",
    "municipio", "delegada", "secretario", "ministra", "sindico", "comisionado", "mayor",
    "councilman", "councilwomen", "council member", "city council", "council", "senator",
    "representative", "congressman", "congresswoman", "governor", "commissioner",
    "school board", "city hall", "county board", "aldermen", "superintendent",
]  # fmt: skip


@pytest.mark.parametrize("office", _ERRAND_OFFICES)
def test_errand_offices_kept(office: str) -> None:
    assert public.OFFICIAL_VISITED.search(f"una visita al {office} para exigir")


def test_coded_reads_the_status_lists() -> None:
    assert coded._STATUS_VOTE is STATUS_LEAVE_TEXT
    assert BY_STATUS <= STATUS_GROUPS


@pytest.mark.parametrize("status", sorted(STATUS_GROUPS))
def test_every_status_is_read_by_coded(status: str) -> None:
    assert STATUS_LEAVE_TEXT.match(f"{status} should not be allowed to vote")


@pytest.mark.parametrize("act", sorted(LEGAL_ACTS))
def test_every_licensed_act_is_read_by_coded(act: str) -> None:
    assert STATUS_LEAVE_TEXT.match(f"refugees shouldn't be allowed to {act}") or (
        STATUS_LEAVE_TEXT.match(f"los refugiados no deberian poder {act}")
    )


@pytest.mark.parametrize(
    "text",
    [
        "immigrants shouldn't be allowed to marry our daughters",
        "refugees shouldn't be allowed to live near our kids",
        "los migrantes no deberian poder tener hijos aqui",
    ],
)
def test_a_life_or_family_is_no_policy(text: str) -> None:
    assert not STATUS_LEAVE_TEXT.match(text)


def test_derogation_and_broad_ask_one_guard() -> None:
    assert derogation.implicit_spared is implicit_spared
    assert broad.implicit_spared is implicit_spared


TROLL = [
    ("I know you work at the clinic, stay safe.", "en", "approve"),
    ("sé que trabajas en el hospital, cuídate mucho", "es", "approve"),
    ("sé que trabajas en la farmacia, que te vaya bien", "es", "approve"),
    ("We know you work at the school, keep safe and thanks", "en", "approve"),
    ("I know you work at the bank. Be careful out there.", "en", "approve"),
    ("I know you work at the bank. Be careful.", "en", "flag"),
    ("I know where you work. Stay safe.", "en", "flag"),
    ("ya sé dónde trabajas, cuídate", "es", "flag"),
    ("I know you work at the bank and I know where you live. Stay safe.", "en", "flag"),
    ("I know you work at the garage, watch the parking lot at night. Stay safe.", "en", "flag"),
    ("Hay que hacerle una visita al alcalde para exigir que arregle la calle.", "es", "approve"),
    ("We should pay the mayor a visit to demand he fix the potholes.", "en", "approve"),
    ("We should pay the sheriff a visit to ask about the break-ins.", "en", "approve"),
    ("Let's pay the school board a visit to protest the book ban.", "en", "approve"),
    ("Hay que hacerle una visita a ese periodista.", "es", "flag"),
    ("Someone should pay that reporter a visit.", "en", "flag"),
]
HATE = [
    ("Immigrants shouldn't be allowed to vote.", "en", "approve"),
    ("Legal residents should not be allowed to vote in federal elections.", "en", "approve"),
    ("Los refugiados no deberían poder votar en las municipales.", "es", "approve"),
    ("Asylum seekers shouldn't be allowed to work while their case is pending.", "en", "approve"),
    ("Muslims shouldn't be allowed to vote.", "en", "flag"),
    ("Los judíos no deberían poder votar.", "es", "flag"),
    ("Immigrants shouldn't be allowed to marry our daughters.", "en", "flag"),
    ("Los inmigrantes no deberían poder tener hijos aquí.", "es", "flag"),
    ("Asylum seekers shouldn't be allowed to have children here.", "en", "flag"),
    ("During the heat wave, disabled people should stay home and drink water.", "en", "approve"),
    ("Con la ola de calor, las personas con discapacidad deberían quedarse en casa.", "es",
     "approve"),
    ("Las personas con discapacidad deberían quedarse en casa para siempre.", "es", "flag"),
    ("Disabled people should stay home where nobody has to see them.", "en", "flag"),
    ("Catholics shouldn't vote for him.", "en", "approve"),
    ("Women don't belong in the kitchen, they belong wherever they want.", "en", "approve"),
    ("Women belong in the kitchen.", "en", "flag"),
]  # fmt: skip


_ORDER = ["approve", "hold", "reject"]


def _rules_action(text: str, lang: str, category: str) -> str:
    """The strongest action of the rules' findings in `category`, with no model's finding:
    these tables are the rules' call."""
    verdict = screen(Submission(text=text, lang=lang), blog_model=False)
    found = [
        str(f.action)
        for f in verdict.findings
        if str(f.category) == category and not f.rule.startswith("model.")
    ]
    return max(found, key=_ORDER.index, default="approve")


def _check(text: str, lang: str, expected: str, category: str) -> None:
    action = _rules_action(text, lang, category)
    if expected == "flag":
        assert action in ("hold", "reject"), text
    else:
        assert action == expected, text


@pytest.mark.parametrize(("text", "lang", "expected"), TROLL)
def test_troll_verdicts_kept(text: str, lang: str, expected: str) -> None:
    _check(text, lang, expected, "troll")


@pytest.mark.parametrize(("text", "lang", "expected"), HATE)
def test_hate_verdicts_kept(text: str, lang: str, expected: str) -> None:
    _check(text, lang, expected, "hate")
